import { compactCanonicalJson, isJsonObject, type JsonObject } from './canonical-json.js'

/**
 * The messages of the annotated tags the GitHub store creates. A claim's message is its metadata
 * as canonical one-line JSON, so `git show churn@v0.0.1` shows it and GTO, which reads only tag
 * names, is not disturbed. A record segment's claim tag names the draft release that holds the
 * segment, because drafts have no tag GitHub could look them up by.
 */

/** Identifies a segment claim's message (and its version, should the format ever change). */
export const SEGMENT_MESSAGE_SCHEMA = 'tollgate.record-segment/1'

/**
 * The message of a claim's tag. Throws UsageError (before anything is written) when the
 * metadata holds something JSON cannot represent.
 */
export function formatClaimMessage(metadata: JsonObject, refName: string): string {
  return compactCanonicalJson(metadata, `The metadata of ref ${JSON.stringify(refName)}`)
}

/**
 * The metadata in a tag message. Tags that Tollgate did not write (GTO's own annotated tags,
 * whose message is prose) carry no metadata: `{}`, which the registry reads as a foreign tag.
 */
export function parseClaimMessage(message: string): JsonObject {
  try {
    const value: unknown = JSON.parse(message.trim())
    return isJsonObject(value) ? (value as JsonObject) : {}
  } catch {
    return {}
  }
}

export interface SegmentClaim {
  series: string
  segment: number
  /** Id of the draft release whose assets are the segment's records. */
  releaseId: number
}

export function formatSegmentMessage(claim: SegmentClaim): string {
  return compactCanonicalJson(
    {
      schema: SEGMENT_MESSAGE_SCHEMA,
      series: claim.series,
      segment: claim.segment,
      releaseId: claim.releaseId
    },
    'segment claim'
  )
}

/**
 * The release id a segment tag's message names, or undefined when the message is not a segment
 * claim for exactly this series and segment (a tag someone else wrote, or a damaged one).
 */
export function releaseIdOfSegmentMessage(
  message: string,
  series: string,
  segment: number
): number | undefined {
  const parsed = parseClaimMessage(message)
  const { releaseId } = parsed
  if (
    parsed.schema !== SEGMENT_MESSAGE_SCHEMA ||
    parsed.series !== series ||
    parsed.segment !== segment ||
    typeof releaseId !== 'number' ||
    !Number.isSafeInteger(releaseId) ||
    releaseId <= 0
  ) {
    return undefined
  }
  return releaseId
}
