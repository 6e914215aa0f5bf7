import { IntegrityError } from '../errors.js'
import { segmentNumberOfTag, segmentTag, segmentTagPrefix } from '../store/github-store-layout.js'
import { formatSegmentMessage, releaseIdOfSegmentMessage } from '../store/github-tag-messages.js'
import { explainAccessError, isNotFound } from './github-store-errors.js'
import type { UploadTarget } from './github-store-assets.js'
import type { GitHubStoreContext } from './github-store-context.js'
import { mapWithLimit } from './github-store-parallel.js'
import type { GitHubClaims, TagTarget } from './github-store-refs.js'

/** One segment of a record series: a draft release holding up to `segmentCapacity` records. */
export interface RecordSegment {
  series: string
  /** 1, 2, ... in the order the segments were started. */
  number: number
  releaseId: number
}

/**
 * The segments of record series (DESIGN.md §3: histories roll over to a new segment before the
 * 1000-asset cap). A segment is a draft release, so it accepts assets forever, also in
 * repositories with immutable releases, and its records never show up as a public release.
 * Drafts own no tag, so each segment is claimed by the annotated tag
 * `_tollgate/records/<series>@<n>` whose message names the draft's release id: starting segment n
 * is itself an atomic claim, and of two writers that both found segment n-1 full exactly one
 * starts segment n (the other deletes its unused draft and uses the winner's).
 */
export class RecordSegments {
  private readonly starting = new Map<string, Promise<RecordSegment>>()
  private readonly uploadUrls = new Map<number, string>()

  constructor(
    private readonly context: GitHubStoreContext,
    private readonly claims: GitHubClaims
  ) {}

  /** The series' segments, oldest first (one request, plus one per segment tag not read before). */
  async list(series: string): Promise<RecordSegment[]> {
    const targets = await this.claims.matchingTags(segmentTagPrefix(series))
    const numbered = targets
      .map((target) => ({ target, number: segmentNumberOfTag(series, target.tag) }))
      .filter((item): item is { target: TagTarget; number: number } => item.number !== undefined)
    const segments = await mapWithLimit(
      numbered,
      this.context.settings.readConcurrency,
      ({ target, number }) => this.segmentOf(series, number, target)
    )
    return segments.sort((a, b) => a.number - b.number)
  }

  /**
   * Segment `number` of the series, starting it if nobody has. Concurrent calls in this process
   * share one attempt; concurrent writers elsewhere are settled by the tag claim.
   */
  start(series: string, number: number): Promise<RecordSegment> {
    const key = `${series}@${number}`
    let pending = this.starting.get(key)
    if (pending === undefined) {
      pending = this.claimSegment(series, number).finally(() => this.starting.delete(key))
      this.starting.set(key, pending)
    }
    return pending
  }

  /** Where to upload a segment's records (the release's `upload_url`, read once). */
  async uploadTarget(segment: RecordSegment): Promise<UploadTarget> {
    let uploadUrl = this.uploadUrls.get(segment.releaseId)
    if (uploadUrl === undefined) {
      try {
        const { data } = await this.context.client.rest.repos.getRelease({
          ...this.context.repository,
          release_id: segment.releaseId
        })
        uploadUrl = data.upload_url
      } catch (error) {
        if (isNotFound(error)) throw missingSegment(segment, this.context.location)
        throw explainAccessError(error, `read segment ${segment.number} of ${segment.series}`)
      }
      this.uploadUrls.set(segment.releaseId, uploadUrl)
    }
    return { id: segment.releaseId, uploadUrl }
  }

  private async claimSegment(series: string, number: number): Promise<RecordSegment> {
    const existing = (await this.list(series)).find((segment) => segment.number === number)
    if (existing !== undefined) return existing
    const tag = segmentTag(series, number)
    let release
    try {
      release = (
        await this.context.client.rest.repos.createRelease({
          ...this.context.repository,
          tag_name: tag,
          name: `Tollgate records: ${series} (segment ${number})`,
          body:
            `Records of the Tollgate series \`${series}\`, one asset per record; each asset's ` +
            'label is the SHA-256 recorded when it was written. Written by Tollgate; do not edit, ' +
            'publish or delete.',
          draft: true,
          make_latest: 'false'
        })
      ).data
    } catch (error) {
      throw explainAccessError(error, `start segment ${number} of record series ${series}`)
    }
    this.uploadUrls.set(release.id, release.upload_url)
    const message = formatSegmentMessage({ series, segment: number, releaseId: release.id })
    const claim = await this.claims.claimTag(tag, message, await this.context.defaultCommit())
    if (claim.outcome === 'created') return { series, number, releaseId: release.id }
    // Another writer started this segment first: use theirs; our draft never held anything.
    try {
      await this.context.client.rest.repos.deleteRelease({
        ...this.context.repository,
        release_id: release.id
      })
    } catch (error) {
      if (!isNotFound(error)) throw error
    }
    this.uploadUrls.delete(release.id)
    return this.segmentOf(series, number, claim.target)
  }

  private async segmentOf(
    series: string,
    number: number,
    target: TagTarget
  ): Promise<RecordSegment> {
    const releaseId =
      target.type === 'tag'
        ? releaseIdOfSegmentMessage(
            (await this.claims.tagObject(target.sha)).message,
            series,
            number
          )
        : undefined
    if (releaseId === undefined) {
      throw new IntegrityError(
        `Tag ${target.tag} in ${this.context.location} should name the release of segment ` +
          `${number} of record series ${JSON.stringify(series)}, but its message is not a ` +
          'segment claim; the series cannot be read until the tag is restored.'
      )
    }
    return { series, number, releaseId }
  }
}

/**
 * The error for a segment whose draft release GitHub does not show: deleted (its records are
 * gone), or hidden from a token without push access (drafts are visible only with it).
 */
export function missingSegment(segment: RecordSegment, location: string): IntegrityError {
  return new IntegrityError(
    `Segment ${segment.number} of record series ${JSON.stringify(segment.series)} in ${location} ` +
      `cannot be read: GitHub does not show its draft release ${segment.releaseId}. Either it was ` +
      'deleted, and its records are lost, or the token cannot see draft releases (that needs ' +
      'push access, which a fork pull request does not get).'
  )
}
