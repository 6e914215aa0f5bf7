/** Releases and release assets: the model registry's storage. */
import {
  bodyOf,
  json,
  NO_CONTENT,
  pathInt,
  pathString,
  queryOf,
  queryString
} from './fake-github-call.js'
import type { OperationHandler } from './fake-github-call.js'
import { assetBlobUrl, assetJson, releaseJson } from './fake-github-json.js'
import { notFound, paginate } from './fake-github-responses.js'
import type { FakeResponse } from './fake-github-responses.js'
import type { CreateReleaseInput, UpdateReleaseInput } from './fake-github-records.js'

interface ReleaseBody {
  tag_name?: string
  target_commitish?: string
  name?: string
  body?: string
  draft?: boolean
  prerelease?: boolean
  make_latest?: 'true' | 'false' | 'legacy'
}

function releaseInput(body: ReleaseBody): UpdateReleaseInput {
  return {
    tagName: body.tag_name,
    targetCommitish: body.target_commitish,
    name: body.name,
    body: body.body,
    draft: body.draft,
    prerelease: body.prerelease,
    makeLatest: body.make_latest
  }
}

export const releaseHandlers: Record<string, OperationHandler> = {
  'repos/create-release': (c, call) => {
    const input = releaseInput(bodyOf<ReleaseBody>(c)) as CreateReleaseInput
    const release = call.repository().releases.create(input, call.actor)
    const body = releaseJson(call.render(), release)
    return json(201, body, { location: String(body.url) })
  },

  'repos/get-release': (c, call) =>
    json(200, releaseJson(call.render(), call.repository().releases.get(pathInt(c, 'release_id')))),

  'repos/get-release-by-tag': (c, call) =>
    json(
      200,
      releaseJson(call.render(), call.repository().releases.getByTag(pathString(c, 'tag')))
    ),

  'repos/get-latest-release': (_c, call) =>
    json(200, releaseJson(call.render(), call.repository().releases.latest())),

  'repos/list-releases': (c, call) => {
    const { page, headers } = paginate(
      call.repository().releases.list(),
      queryOf(c),
      call.requestUrl
    )
    return json(
      200,
      page.map((release) => releaseJson(call.render(), release)),
      headers
    )
  },

  'repos/update-release': (c, call) => {
    const release = call
      .repository()
      .releases.update(pathInt(c, 'release_id'), releaseInput(bodyOf<ReleaseBody>(c)))
    return json(200, releaseJson(call.render(), release))
  },

  'repos/delete-release': (c, call) => {
    call.repository().releases.delete(pathInt(c, 'release_id'))
    return NO_CONTENT
  },

  'repos/list-release-assets': (c, call) => {
    const repository = call.repository()
    const releaseId = pathInt(c, 'release_id')
    repository.releases.get(releaseId)
    const { page, headers } = paginate(
      repository.releases.assetsOf(releaseId),
      queryOf(c),
      call.requestUrl
    )
    return json(
      200,
      page.map((asset) => assetJson(call.render(), asset)),
      headers
    )
  },

  'repos/upload-release-asset': (c, call) => {
    const name = queryString(c, 'name') ?? ''
    const contentType = String(call.headers['content-type'] ?? 'application/octet-stream')
    const asset = call
      .repository()
      .releases.upload(
        pathInt(c, 'release_id'),
        { name, label: queryString(c, 'label') ?? null, contentType, bytes: call.rawBody },
        call.actor
      )
    return json(201, assetJson(call.render(), asset))
  },

  /**
   * JSON metadata, or with `Accept: application/octet-stream` the bytes: a 302 to a signed blob
   * URL on the fake (the default, like github.com) or a direct 200 stream; both are documented.
   */
  'repos/get-release-asset': (c, call): FakeResponse => {
    const asset = call.repository().releases.asset(pathInt(c, 'asset_id'))
    const accept = String(call.headers.accept ?? '')
    if (!accept.includes('application/octet-stream'))
      return json(200, assetJson(call.render(), asset))
    if (call.assetDownload === 'redirect')
      return { status: 302, headers: { location: assetBlobUrl(call.api, asset) } }
    asset.downloadCount += 1
    return {
      status: 200,
      raw: asset.bytes,
      headers: {
        'content-type': 'application/octet-stream',
        'content-disposition': `attachment; filename=${asset.name}`
      }
    }
  },

  'repos/delete-release-asset': (c, call) => {
    call.repository().releases.deleteAsset(pathInt(c, 'asset_id'))
    return NO_CONTENT
  },

  'repos/check-immutable-releases': (_c, call) => {
    if (!call.repository().releases.immutable) throw notFound()
    return json(200, { enabled: true, enforced_by_owner: false })
  }
}
