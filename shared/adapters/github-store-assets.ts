import { setTimeout as sleep } from 'node:timers/promises'
import { IntegrityError } from '../errors.js'
import { digestOf, sha256Hex, type ContentDigest } from '../store/content-digest.js'
import {
  UPLOADED,
  compareAssetWith,
  type ReleaseAssetView
} from '../store/github-release-assets.js'
import { isAlreadyExists, isNotFound, statusOf } from './github-store-errors.js'
import type { GitHubStoreContext } from './github-store-context.js'

/**
 * Release-asset requests of the GitHub store: list, upload, download, delete. Uploads always go
 * to the release's own `upload_url` (uploads.github.com on github.com, `/api/uploads` on GitHub
 * Enterprise Server), never to a URL derived from the API base.
 */

/** A release the store uploads to. */
export interface UploadTarget {
  id: number
  /** The release's `upload_url` template (`…/assets{?name,label}`). */
  uploadUrl: string
}

interface AssetJson {
  id: number
  name: string
  label: string | null
  size: number
  state: string
  digest?: string | null
  created_at: string
  updated_at: string
}

/** The fields the store uses, from GitHub's `release-asset` object. */
export function assetView(asset: AssetJson): ReleaseAssetView {
  return {
    id: asset.id,
    name: asset.name,
    label: asset.label,
    size: asset.size,
    state: asset.state,
    digest: asset.digest ?? null,
    createdAt: asset.created_at,
    updatedAt: asset.updated_at
  }
}

/** GitHub's clock from an answer's `date` header (falls back to this machine's clock). */
export function serverTime(headers: { date?: string }): number {
  const time = headers.date === undefined ? Number.NaN : Date.parse(headers.date)
  return Number.isNaN(time) ? Date.now() : time
}

export interface AssetListing {
  assets: ReleaseAssetView[]
  /** GitHub's clock when the listing was taken (ms since the epoch). */
  serverNow: number
}

/** Every asset of a release, 100 per request, in upload order. */
export async function listReleaseAssets(
  context: GitHubStoreContext,
  releaseId: number
): Promise<AssetListing> {
  let serverNow = Date.now()
  const assets = await context.client.paginate(
    context.client.rest.repos.listReleaseAssets,
    { ...context.repository, release_id: releaseId, per_page: 100 },
    (response) => {
      serverNow = serverTime(response.headers)
      return response.data.map(assetView)
    }
  )
  return { assets, serverNow }
}

/** One asset by id, or undefined when it no longer exists. */
export async function getReleaseAsset(
  context: GitHubStoreContext,
  assetId: number
): Promise<ReleaseAssetView | undefined> {
  try {
    const { data } = await context.client.rest.repos.getReleaseAsset({
      ...context.repository,
      asset_id: assetId
    })
    return assetView(data)
  } catch (error) {
    if (isNotFound(error)) return undefined
    throw error
  }
}

/**
 * Uploads `bytes` as asset `name`, retrying a failed upload itself. A 5xx or a dropped connection
 * can leave an unfinished asset that holds the name (state `open`, or `starter` after a 502), so
 * the next attempt would meet 422 already_exists; after its own failed attempt the writer knows
 * whose leftover that is, deletes it and uploads again, or finds that the failed attempt did
 * land. A 422 already_exists on the first attempt (the name was taken before) is the caller's to
 * settle and is thrown unchanged.
 *
 * GitHub would silently rename a name with other characters; the store's names never need it,
 * and an answer under another name is refused.
 */
export async function uploadReleaseAsset(
  context: GitHubStoreContext,
  target: UploadTarget,
  name: string,
  bytes: Uint8Array,
  options: { label?: string; contentType?: string } = {}
): Promise<ReleaseAssetView> {
  const delays = context.settings.uploadRetryDelaysMs
  const expected = digestOf(bytes)
  let failures = 0
  for (let attempt = 0; attempt <= delays.length + 1; attempt++) {
    try {
      return await uploadOnce(context, target, name, bytes, options)
    } catch (error) {
      if (failures > 0 && isAlreadyExists(error)) {
        const leftover = (await listReleaseAssets(context, target.id)).assets.find(
          (asset) => asset.name === name
        )
        if (leftover === undefined) continue
        if (leftover.state === UPLOADED) {
          if (await assetHolds(context, leftover, expected)) return leftover
          throw error
        }
        await deleteReleaseAsset(context, leftover.id)
        continue
      }
      const delay = delays[failures]
      if (!isTransient(error) || delay === undefined) throw error
      failures++
      await sleep(delay)
    }
  }
  throw new Error(`Uploading ${name} to ${context.location} kept failing; giving up.`)
}

async function uploadOnce(
  context: GitHubStoreContext,
  target: UploadTarget,
  name: string,
  bytes: Uint8Array,
  options: { label?: string; contentType?: string }
): Promise<ReleaseAssetView> {
  const { data } = await context.client.rest.repos.uploadReleaseAsset({
    ...context.repository,
    release_id: target.id,
    url: target.uploadUrl,
    name,
    ...(options.label === undefined ? {} : { label: options.label }),
    // Octokit types `data` as string; it sends binary bodies (Uint8Array) unchanged.
    data: bytes as unknown as string,
    headers: { 'content-type': options.contentType ?? 'application/octet-stream' },
    // The retry plugin would resend blindly into the name a failed attempt may hold.
    request: { retries: 0 }
  })
  const asset = assetView(data)
  if (asset.name !== name) {
    throw new IntegrityError(
      `GitHub stored the asset ${JSON.stringify(name)} as ${JSON.stringify(asset.name)} in ` +
        `${context.location}; the store cannot use a renamed asset.`
    )
  }
  return asset
}

/** 5xx answers and failures without an answer (Octokit reports those as status 500). */
function isTransient(error: unknown): boolean {
  const status = statusOf(error)
  return status === undefined || status >= 500
}

/** True when an uploaded asset holds `expected`; downloads it when GitHub gives no digest. */
export async function assetHolds(
  context: GitHubStoreContext,
  asset: ReleaseAssetView,
  expected: ContentDigest
): Promise<boolean> {
  const compared = compareAssetWith(asset, expected)
  if (compared !== 'unknown') return compared === 'match'
  const bytes = await downloadReleaseAsset(context, asset.id)
  return bytes.byteLength === expected.size && sha256Hex(bytes) === expected.sha256
}

const REDIRECTS = new Set([301, 302, 303, 307, 308])

/**
 * The bytes of an asset. GitHub answers `Accept: application/octet-stream` with a 302 to a signed
 * URL or with the bytes themselves (both are documented); fetch follows the redirect without the
 * token, and a redirect that reaches this code anyway is followed here without it too.
 */
export async function downloadReleaseAsset(
  context: GitHubStoreContext,
  assetId: number
): Promise<Uint8Array> {
  const response = await context.client.request(
    'GET /repos/{owner}/{repo}/releases/assets/{asset_id}',
    {
      ...context.repository,
      asset_id: assetId,
      headers: { accept: 'application/octet-stream' }
    }
  )
  const location = response.headers.location
  if (REDIRECTS.has(response.status) && typeof location === 'string') {
    const redirected = await fetch(location)
    if (!redirected.ok) {
      throw new Error(
        `Downloading asset ${assetId} of ${context.location} failed: ${redirected.status} ` +
          `${redirected.statusText} from its signed URL.`
      )
    }
    return new Uint8Array(await redirected.arrayBuffer())
  }
  return binaryBody(response.data)
}

function binaryBody(data: unknown): Uint8Array {
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
  if (typeof data === 'string') return new TextEncoder().encode(data)
  throw new Error('GitHub answered an asset download with JSON instead of the asset bytes.')
}

/** Deletes an asset; false when it was already gone. */
export async function deleteReleaseAsset(
  context: GitHubStoreContext,
  assetId: number
): Promise<boolean> {
  try {
    await context.client.rest.repos.deleteReleaseAsset({ ...context.repository, asset_id: assetId })
    return true
  } catch (error) {
    if (isNotFound(error)) return false
    throw error
  }
}
