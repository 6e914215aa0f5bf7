import type { ContentDigest } from './content-digest.js'
import { sha256OfAssetDigest, sha256OfRecordLabel } from './github-store-layout.js'
import type { RecordInfo } from './store.js'

/**
 * What the GitHub store needs to know about one release asset, independent of Octokit's types,
 * and the decisions it takes from that alone: is an entry a readable record, does an uploaded
 * file hold the bytes a manifest expects, and may an unfinished upload be taken as abandoned.
 */
export interface ReleaseAssetView {
  id: number
  name: string
  label: string | null
  /** Bytes, as GitHub stored them. */
  size: number
  /** `uploaded` when complete; `open` or `starter` when an upload did not finish (yet). */
  state: string
  /** GitHub's `sha256:<hex>` of the stored bytes; null on servers that do not compute it. */
  digest: string | null
  /** ISO-8601, GitHub's clock. */
  createdAt: string
  updatedAt: string
}

export const UPLOADED = 'uploaded'

/**
 * Reads a record's metadata from its asset: the key is the asset name, the SHA-256 the label the
 * writer set, size and time what GitHub recorded. An asset that never finished uploading, or whose
 * label and GitHub digest disagree, is not a record (`problem` says why).
 */
export function recordOfAsset(
  asset: ReleaseAssetView
): { record: RecordInfo } | { problem: string } {
  if (asset.state !== UPLOADED) {
    return {
      problem:
        `its upload did not finish (GitHub reports the asset in state "${asset.state}"); ` +
        'appending the same key again replaces it once the upload is abandoned.'
    }
  }
  const sha256 = sha256OfRecordLabel(asset.label)
  if (sha256 === undefined) {
    return { problem: 'its asset label does not hold the sha256 recorded when it was written.' }
  }
  const served = sha256OfAssetDigest(asset.digest)
  if (served !== undefined && served !== sha256) {
    return {
      problem: `GitHub's digest of the stored bytes (${served}) differs from the recorded sha256 ${sha256}.`
    }
  }
  const createdAt = isoTime(asset.createdAt)
  if (createdAt === undefined) return { problem: 'GitHub gives it no valid creation time.' }
  return { record: { key: asset.name, size: asset.size, createdAt, sha256 } }
}

/**
 * Compares an uploaded asset with the file a manifest expects, without downloading it: 'match'
 * or 'mismatch' from size and GitHub's digest, 'unknown' when GitHub gives no digest (the caller
 * must download to decide).
 */
export function compareAssetWith(
  asset: ReleaseAssetView,
  expected: ContentDigest
): 'match' | 'mismatch' | 'unknown' {
  if (asset.size !== expected.size) return 'mismatch'
  const served = sha256OfAssetDigest(asset.digest)
  if (served === undefined) return 'unknown'
  return served === expected.sha256 ? 'match' : 'mismatch'
}

/**
 * How long ago (ms) GitHub last changed the asset, by GitHub's clock: `serverNow` is the `date`
 * header of the answer that listed it, so the runner's clock skew does not matter.
 */
export function assetAgeMs(asset: ReleaseAssetView, serverNow: number): number {
  const updated = Date.parse(asset.updatedAt)
  return Number.isNaN(updated) ? Number.POSITIVE_INFINITY : serverNow - updated
}

/**
 * True when an unfinished upload may be treated as abandoned: its writer died, rather than still
 * sending bytes. GitHub keeps the name of such an asset (state `open`, or `starter` after a 502),
 * so the name stays taken until it is deleted; only a writer that is sure the upload is dead may
 * delete it, and the only evidence is age.
 */
export function isAbandonedUpload(
  asset: ReleaseAssetView,
  serverNow: number,
  abandonedAfterMs: number
): boolean {
  return asset.state !== UPLOADED && assetAgeMs(asset, serverNow) >= abandonedAfterMs
}

/** GitHub's `2025-06-01T10:00:00Z` as the store's ISO form (`…:00.000Z`). */
export function isoTime(text: string): string | undefined {
  const time = Date.parse(text)
  return Number.isNaN(time) ? undefined : new Date(time).toISOString()
}
