import { IntegrityError } from '../errors.js'
import { digestOf, sha256Hex, type ContentDigest } from '../store/content-digest.js'
import {
  UPLOADED,
  isAbandonedUpload,
  recordOfAsset,
  type ReleaseAssetView
} from '../store/github-release-assets.js'
import { recordAssetLabel } from '../store/github-store-layout.js'
import { compareRecords } from '../store/record-order.js'
import { ConflictError } from '../store/store-errors.js'
import {
  assertRecordKey,
  assertSeriesName,
  assertStorableSize,
  compareCodeUnits
} from '../store/store-names.js'
import type { CreateOutcome, DamagedRecord, RecordInfo, RecordListing } from '../store/store.js'
import { explainAccessError, isAlreadyExists, isNotFound, statusOf } from './github-store-errors.js'
import {
  deleteReleaseAsset,
  downloadReleaseAsset,
  getReleaseAsset,
  listReleaseAssets,
  uploadReleaseAsset,
  type AssetListing
} from './github-store-assets.js'
import type { GitHubStoreContext } from './github-store-context.js'
import { missingSegment, type RecordSegment, type RecordSegments } from './github-store-segments.js'

/** One asset of a series, with the segment it is in and GitHub's clock when it was listed. */
interface SeriesEntry {
  segment: RecordSegment
  asset: ReleaseAssetView
  serverNow: number
}

interface SeriesScan {
  segments: RecordSegment[]
  entries: SeriesEntry[]
  /** Assets per segment release id. */
  counts: Map<number, number>
}

/** Rounds of scan → write before giving up on a key other writers keep changing. */
const MAX_APPEND_ROUNDS = 6
/** Segments an append may move forward through when GitHub reports one full. */
const MAX_SEGMENT_HOPS = 4

/**
 * Append-only record series as release assets (DESIGN.md §3). A record is the asset named by its
 * key in one segment of the series (see RecordSegments), labelled with the SHA-256 the writer
 * recorded; GitHub's asset-name uniqueness makes "create if absent" atomic, and its `created_at`
 * is the record's store time. New records always go into the newest segment; when it is full the
 * writer starts (or joins) the next one, having made sure the key is in no earlier segment, so a
 * key exists at most once in a series.
 *
 * Listing reads asset metadata only (one request per 100 records); a full segment never changes,
 * so its listing is read once per store.
 */
export class GitHubRecords {
  private readonly fullSegments = new Map<number, AssetListing>()

  constructor(
    private readonly context: GitHubStoreContext,
    private readonly segments: RecordSegments
  ) {}

  async appendRecord(series: string, key: string, bytes: Uint8Array): Promise<CreateOutcome> {
    assertSeriesName(series)
    assertRecordKey(key)
    assertStorableSize(bytes.byteLength, `Record ${JSON.stringify(key)}`)
    const digest = digestOf(bytes)
    for (let round = 0; round < MAX_APPEND_ROUNDS; round++) {
      const scan = await this.scan(series)
      const found = scan.entries.find((entry) => entry.asset.name === key)
      if (found !== undefined) {
        const settled = await this.settleExisting(series, key, found, digest)
        if (settled !== 'removed') return settled
        continue
      }
      if ((await this.uploadToNewest(series, scan, key, bytes, digest)) === 'created') {
        return 'created'
      }
    }
    throw new Error(
      `Could not append record ${JSON.stringify(key)} to series ${JSON.stringify(series)} in ` +
        `${this.context.location} after ${MAX_APPEND_ROUNDS} attempts: other writers kept changing it.`
    )
  }

  async listRecords(series: string): Promise<RecordListing> {
    assertSeriesName(series)
    const scan = await this.scan(series)
    const records: RecordInfo[] = []
    const damaged: DamagedRecord[] = []
    const segmentOfKey = new Map<string, number>()
    for (const { segment, asset } of scan.entries) {
      const key = asset.name
      if (!isRecordKey(key)) {
        damaged.push({ key, problem: 'its asset name is not a valid record key.' })
        continue
      }
      const earlier = segmentOfKey.get(key)
      if (earlier !== undefined) {
        damaged.push({
          key,
          problem: `segment ${segment.number} holds a second entry under this key (the first is in segment ${earlier}).`
        })
        continue
      }
      segmentOfKey.set(key, segment.number)
      const inspected = recordOfAsset(asset)
      if ('problem' in inspected) damaged.push({ key, problem: inspected.problem })
      else records.push(inspected.record)
    }
    records.sort(compareRecords)
    damaged.sort((a, b) => compareCodeUnits(a.key, b.key))
    return { records, damaged }
  }

  async readRecord(series: string, key: string): Promise<Uint8Array | undefined> {
    assertSeriesName(series)
    assertRecordKey(key)
    for (const segment of await this.segments.list(series)) {
      const asset = (await this.listing(segment)).assets.find((item) => item.name === key)
      if (asset !== undefined) return this.readVerified(series, key, asset)
    }
    return undefined
  }

  // ---- internals -------------------------------------------------------------------------------

  /** Every asset of every segment of the series, oldest segment first. */
  private async scan(series: string): Promise<SeriesScan> {
    const segments = await this.segments.list(series)
    const entries: SeriesEntry[] = []
    const counts = new Map<number, number>()
    for (const segment of segments) {
      const listing = await this.listing(segment)
      counts.set(segment.releaseId, listing.assets.length)
      for (const asset of listing.assets) {
        entries.push({ segment, asset, serverNow: listing.serverNow })
      }
    }
    return { segments, entries, counts }
  }

  private async listing(segment: RecordSegment, fresh = false): Promise<AssetListing> {
    const known = fresh ? undefined : this.fullSegments.get(segment.releaseId)
    if (known !== undefined) return known
    let listing: AssetListing
    try {
      listing = await listReleaseAssets(this.context, segment.releaseId)
    } catch (error) {
      if (isNotFound(error)) throw missingSegment(segment, this.context.location)
      throw explainAccessError(error, `list the records of series ${segment.series}`)
    }
    if (listing.assets.length >= this.context.settings.segmentCapacity) {
      this.fullSegments.set(segment.releaseId, listing)
    }
    return listing
  }

  /**
   * Uploads the record into the newest segment, moving to the next when it is full: by count,
   * or because GitHub refused the upload without naming the key (its 1000-asset cap). 'retry'
   * when the key turned up meanwhile (the caller settles it).
   */
  private async uploadToNewest(
    series: string,
    scan: SeriesScan,
    key: string,
    bytes: Uint8Array,
    digest: ContentDigest
  ): Promise<'created' | 'retry'> {
    let segment = scan.segments.at(-1)
    // Whether `segment` is known to be full; every later hop follows a refusal, so it stays true.
    let full =
      segment !== undefined &&
      (scan.counts.get(segment.releaseId) ?? 0) >= this.context.settings.segmentCapacity
    for (let hop = 0; hop < MAX_SEGMENT_HOPS; hop++) {
      if (segment === undefined || full) {
        segment = await this.segments.start(series, (segment?.number ?? 0) + 1)
      }
      const target = await this.segments.uploadTarget(segment)
      try {
        await uploadReleaseAsset(this.context, target, key, bytes, {
          label: recordAssetLabel(digest.sha256)
        })
        return 'created'
      } catch (error) {
        if (isAlreadyExists(error)) return 'retry'
        if (isNotFound(error)) throw missingSegment(segment, this.context.location)
        if (statusOf(error) !== 422) {
          throw explainAccessError(error, `append record ${key} to series ${series}`)
        }
        // Refused without naming the key: the segment is full. Once full it takes no new
        // record, so checking it for the key now settles whether the key is anywhere before
        // the next segment.
        const listing = await this.listing(segment, true)
        if (listing.assets.some((asset) => asset.name === key)) return 'retry'
        if (listing.assets.length === 0) throw error
        this.fullSegments.set(segment.releaseId, listing)
        full = true
      }
    }
    throw new Error(
      `Could not find room for record ${JSON.stringify(key)} in series ${JSON.stringify(series)} ` +
        `of ${this.context.location}: GitHub refused uploads to ${MAX_SEGMENT_HOPS} segments.`
    )
  }

  /**
   * The key is taken: identical bytes are an idempotent re-run ('exists'), other bytes a
   * ConflictError, a damaged record an IntegrityError. An upload that never finished is not a
   * record; once it is old enough to be abandoned it is deleted ('removed') and the caller
   * appends afresh. A younger one may still be written by a live writer, so it is reported.
   */
  private async settleExisting(
    series: string,
    key: string,
    found: SeriesEntry,
    digest: ContentDigest
  ): Promise<CreateOutcome | 'removed'> {
    const what = recordDescription(series, key, this.context.location)
    if (found.asset.state === UPLOADED) {
      const stored = await this.readVerified(series, key, found.asset)
      if (stored.byteLength === digest.size && sha256Hex(stored) === digest.sha256) return 'exists'
      throw new ConflictError(
        `${what} already exists with other content (sha256 ${sha256Hex(stored)}, ` +
          `${stored.byteLength} bytes; this write has ${digest.sha256}, ${digest.size} bytes). ` +
          'Records are immutable: a re-run must write identical bytes, anything else needs a new key.'
      )
    }
    const after = this.context.settings.abandonedUploadAfterMs
    if (!isAbandonedUpload(found.asset, found.serverNow, after)) {
      const retryAt = new Date(Date.parse(found.asset.updatedAt) + after).toISOString()
      throw new IntegrityError(
        `${what} is damaged: an upload of it (started ${found.asset.createdAt}) has not finished. ` +
          'If no other run is writing this key, append it again after ' +
          `${retryAt}; the unfinished upload is then replaced.`
      )
    }
    // Check again just before deleting: an upload that completed meanwhile is a record.
    const current = await getReleaseAsset(this.context, found.asset.id)
    if (current !== undefined && current.state !== UPLOADED) {
      await deleteReleaseAsset(this.context, found.asset.id)
    }
    this.fullSegments.delete(found.segment.releaseId)
    return 'removed'
  }

  /** A record's bytes, verified against the SHA-256 its label recorded (via the cache). */
  private async readVerified(
    series: string,
    key: string,
    asset: ReleaseAssetView
  ): Promise<Uint8Array> {
    const what = recordDescription(series, key, this.context.location)
    const inspected = recordOfAsset(asset)
    if ('problem' in inspected) throw new IntegrityError(`${what} is damaged: ${inspected.problem}`)
    const { size, sha256 } = inspected.record
    return this.context.cache.readThrough({ size, sha256 }, what, async () => {
      try {
        return await downloadReleaseAsset(this.context, asset.id)
      } catch (error) {
        if (isNotFound(error)) throw new IntegrityError(`${what} vanished while being read.`)
        throw error
      }
    })
  }
}

function recordDescription(series: string, key: string, location: string): string {
  return `Record ${JSON.stringify(key)} of series ${JSON.stringify(series)} in ${location}`
}

function isRecordKey(key: string): boolean {
  try {
    assertRecordKey(key)
    return true
  } catch {
    return false
  }
}
