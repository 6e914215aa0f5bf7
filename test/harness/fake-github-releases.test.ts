import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { getOctokit } from '@actions/github'
import { apiRejection } from './api-rejection.js'
import { startFakeGitHub } from './fake-github.js'
import type { FakeGitHub } from './fake-github.js'
import { sanitizeAssetName } from './release-asset-name.js'

const owner = 'octo-org'
const repo = 'models'
let gh: FakeGitHub
let octokit: ReturnType<typeof getOctokit>

beforeAll(async () => {
  gh = await startFakeGitHub({ owner, repo })
  octokit = getOctokit('ghs_test', { baseUrl: gh.url })
})
afterEach(() => {
  expect(gh.contractViolations).toEqual([])
})
afterAll(async () => {
  await gh.close()
})

async function upload(releaseId: number, uploadUrl: string, name: string, body: string) {
  return octokit.rest.repos.uploadReleaseAsset({
    owner,
    repo,
    release_id: releaseId,
    url: uploadUrl,
    name,
    data: body,
    headers: { 'content-type': 'application/json' }
  })
}

describe('releases and assets with the real Octokit', () => {
  it('creates a release, uploads, rejects a duplicate name and downloads through a 302', async () => {
    const { data: release } = await octokit.rest.repos.createRelease({
      owner,
      repo,
      tag_name: 'churn@v1.0.0',
      name: 'churn v1.0.0'
    })
    expect(release.upload_url).toBe(
      `${gh.url}/repos/${owner}/${repo}/releases/${release.id}/assets{?name,label}`
    )
    expect(gh.repository().git.refs.get('refs/tags/churn@v1.0.0')).toBe(gh.repository().headSha)

    const bytes = '{"version":1}'
    const uploaded = await upload(release.id, release.upload_url, 'model.json', bytes)
    expect(uploaded.status).toBe(201)
    expect(uploaded.data).toMatchObject({
      name: 'model.json',
      size: bytes.length,
      state: 'uploaded',
      content_type: 'application/json',
      digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`
    })

    const duplicate = await apiRejection(upload(release.id, release.upload_url, 'model.json', '{}'))
    expect(duplicate.status).toBe(422)
    expect(duplicate.data.errors).toEqual([
      { resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }
    ])

    const download = await octokit.rest.repos.getReleaseAsset({
      owner,
      repo,
      asset_id: uploaded.data.id,
      headers: { accept: 'application/octet-stream' }
    })
    expect(Buffer.from(download.data as unknown as ArrayBuffer).toString()).toBe(bytes)
    const assetPath = `/repos/${owner}/${repo}/releases/assets/${uploaded.data.id}`
    expect(gh.requestsTo('GET', assetPath).map((r) => r.status)).toEqual([302])
    expect(gh.repository().releases.asset(uploaded.data.id).downloadCount).toBe(1)

    const browser = await fetch(uploaded.data.browser_download_url)
    expect(await browser.text()).toBe(bytes)
  })

  it('streams octet-stream downloads directly when configured to', async () => {
    const { data: release } = await octokit.rest.repos.createRelease({
      owner,
      repo,
      tag_name: 'stream-1'
    })
    const { data: asset } = await upload(release.id, release.upload_url, 'a.json', '[1]')
    gh.assetDownload = 'stream'
    try {
      const download = await octokit.rest.repos.getReleaseAsset({
        owner,
        repo,
        asset_id: asset.id,
        headers: { accept: 'application/octet-stream' }
      })
      expect(download.status).toBe(200)
      expect(Buffer.from(download.data as unknown as ArrayBuffer).toString()).toBe('[1]')
    } finally {
      gh.assetDownload = 'redirect'
    }
  })

  it('answers 422 already_exists for a second release of a published tag', async () => {
    await octokit.rest.repos.createRelease({ owner, repo, tag_name: 'dup@v1' })
    const second = await apiRejection(
      octokit.rest.repos.createRelease({ owner, repo, tag_name: 'dup@v1' })
    )
    expect(second.status).toBe(422)
    expect(second.data).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]
    })
  })

  it('keeps drafts out of get-by-tag and creates the tag when the draft is published', async () => {
    const { data: draft } = await octokit.rest.repos.createRelease({
      owner,
      repo,
      tag_name: 'draft@v1',
      draft: true
    })
    expect(draft.published_at).toBeNull()
    expect(gh.repository().git.refs.has('refs/tags/draft@v1')).toBe(false)
    expect(
      (await apiRejection(octokit.rest.repos.getReleaseByTag({ owner, repo, tag: 'draft@v1' })))
        .status
    ).toBe(404)

    await upload(draft.id, draft.upload_url, 'index.json', '{}')
    const { data: published } = await octokit.rest.repos.updateRelease({
      owner,
      repo,
      release_id: draft.id,
      draft: false
    })
    expect(published.draft).toBe(false)
    expect(published.published_at).not.toBeNull()
    expect(gh.repository().git.refs.has('refs/tags/draft@v1')).toBe(true)
    const { data: byTag } = await octokit.rest.repos.getReleaseByTag({
      owner,
      repo,
      tag: 'draft@v1'
    })
    expect(byTag.assets.map((a) => a.name)).toEqual(['index.json'])
  })

  it('refuses uploads to a published release when immutable releases are on', async () => {
    gh.repository().releases.immutable = true
    try {
      const { data: draft } = await octokit.rest.repos.createRelease({
        owner,
        repo,
        tag_name: 'immutable@v1',
        draft: true
      })
      await upload(draft.id, draft.upload_url, 'before.json', '{}')
      const { data: published } = await octokit.rest.repos.updateRelease({
        owner,
        repo,
        release_id: draft.id,
        draft: false
      })
      expect(published.immutable).toBe(true)
      const refused = await apiRejection(upload(draft.id, draft.upload_url, 'after.json', '{}'))
      expect(refused.status).toBe(422)
      expect(refused.data.message).toBe('Cannot upload assets to an immutable release')

      const { data: setting } = await octokit.request(
        'GET /repos/{owner}/{repo}/immutable-releases',
        {
          owner,
          repo
        }
      )
      expect(setting.enabled).toBe(true)

      await octokit.rest.repos.deleteRelease({ owner, repo, release_id: draft.id })
      const reuse = await apiRejection(
        octokit.rest.repos.createRelease({ owner, repo, tag_name: 'immutable@v1' })
      )
      expect(reuse.data.errors?.[0]?.message).toBe('tag_name was used by an immutable release')
    } finally {
      gh.repository().releases.immutable = false
    }
  })

  it('enforces the per-release asset cap with 422', async () => {
    const repository = gh.repository()
    repository.releases.maxAssetsPerRelease = 3
    try {
      const { data: release } = await octokit.rest.repos.createRelease({
        owner,
        repo,
        tag_name: 'cap@v1'
      })
      for (const name of ['a', 'b', 'c'])
        await upload(release.id, release.upload_url, `${name}.json`, '{}')
      const full = await apiRejection(upload(release.id, release.upload_url, 'd.json', '{}'))
      expect(full.status).toBe(422)
      expect(full.data.errors?.[0]).toMatchObject({ resource: 'ReleaseAsset', field: 'release' })
    } finally {
      repository.releases.maxAssetsPerRelease = 1000
    }
  })

  it('renames special characters in asset names like GitHub', async () => {
    const { data: release } = await octokit.rest.repos.createRelease({
      owner,
      repo,
      tag_name: 'names@v1'
    })
    const { data: asset } = await upload(
      release.id,
      release.upload_url,
      'my model (v2)~final.json',
      '{}'
    )
    expect(asset.name).toBe('my.model.v2.final.json')
    // Observed renames reported in travis-ci/dpl#821 and softprops/action-gh-release#159.
    expect(sanitizeAssetName('a5_ð_æ_©_ŋ.txt')).toBe('a5_d_ae_._ng.txt')
    expect(sanitizeAssetName(`a5_ !#$%&'()+,-.0123456789;=@XYZ[]^_\`xyz{}~.txt`)).toBe(
      'a5_.-.0123456789.XYZ._.xyz.txt'
    )
    expect(sanitizeAssetName('tobwen-1.1.0-1~buster_amd64.deb')).toBe(
      'tobwen-1.1.0-1.buster_amd64.deb'
    )
    expect(sanitizeAssetName('.hidden.')).toBe('hidden')
  })

  it('paginates releases and assets with a Link header that octokit.paginate follows', async () => {
    const { data: release } = await octokit.rest.repos.createRelease({
      owner,
      repo,
      tag_name: 'many@v1'
    })
    for (let i = 0; i < 5; i += 1)
      await upload(release.id, release.upload_url, `part-${i}.json`, '{}')
    const page = await octokit.rest.repos.listReleaseAssets({
      owner,
      repo,
      release_id: release.id,
      per_page: 2,
      page: 2
    })
    expect(page.data.map((a) => a.name)).toEqual(['part-2.json', 'part-3.json'])
    expect(page.headers.link).toContain('rel="next"')
    expect(page.headers.link).toContain('rel="prev"')
    const all = await octokit.paginate(octokit.rest.repos.listReleaseAssets, {
      owner,
      repo,
      release_id: release.id,
      per_page: 2
    })
    expect(all.map((a) => a.name)).toEqual([0, 1, 2, 3, 4].map((i) => `part-${i}.json`))
    const releases = await octokit.paginate(octokit.rest.repos.listReleases, {
      owner,
      repo,
      per_page: 3
    })
    expect(releases.map((r) => r.id)).toEqual(
      [...gh.repository().releases.byId.keys()].sort((a, b) => b - a)
    )
  })

  it('leaves an `open` asset holding the name when an upload dies midway', async () => {
    const { data: release } = await octokit.rest.repos.createRelease({
      owner,
      repo,
      tag_name: 'killed@v1'
    })
    gh.faults.add(
      { method: 'POST', path: `/repos/${owner}/${repo}/releases/*/assets` },
      { kind: 'reset-mid-body', afterBytes: 10, leavePartialAsset: true }
    )
    await expect(
      upload(release.id, release.upload_url, 'big.json', 'x'.repeat(100_000))
    ).rejects.toThrow()
    const { data: assets } = await octokit.rest.repos.listReleaseAssets({
      owner,
      repo,
      release_id: release.id
    })
    expect(assets).toMatchObject([{ name: 'big.json', state: 'open', size: 0, digest: null }])
    const retry = await apiRejection(upload(release.id, release.upload_url, 'big.json', '{}'))
    expect(retry.data.errors?.[0]?.code).toBe('already_exists')
    await octokit.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: assets[0]!.id })
    expect((await upload(release.id, release.upload_url, 'big.json', '{}')).status).toBe(201)
  })
})
