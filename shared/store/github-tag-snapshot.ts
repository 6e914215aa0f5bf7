import { canonicalJsonBytes, isJsonObject, parseJsonBytes } from './canonical-json.js'

/**
 * A snapshot of annotated tag objects, so a new workflow run need not read every claim's tag
 * object from GitHub again (one request each against the GITHUB_TOKEN's 1000 per hour). A tag
 * object never changes once written (git names it by the hash of its content), so a snapshot
 * never goes stale; it can only lack tags created since.
 */

/** The fields of an annotated tag object the store reads. */
export interface TagObject {
  sha: string
  message: string
  /** The tagger's date: when GitHub created the tag (the store sends no date of its own). */
  date: string
  objectSha: string
  objectType: string
}

export const TAG_SNAPSHOT_SCHEMA = 'tollgate.tag-objects/1'

/** The snapshot's bytes: canonical JSON, tags sorted by sha, so equal sets give equal bytes. */
export function serializeTagSnapshot(tags: readonly TagObject[]): Uint8Array {
  const sorted = [...tags].sort((a, b) => (a.sha < b.sha ? -1 : a.sha > b.sha ? 1 : 0))
  return canonicalJsonBytes({ schema: TAG_SNAPSHOT_SCHEMA, tags: sorted }, 'tag snapshot')
}

/** The tags of a snapshot, or undefined when the bytes are not one (damaged or another format). */
export function parseTagSnapshot(bytes: Uint8Array): TagObject[] | undefined {
  const parsed = parseJsonBytes(bytes)
  if (!parsed.ok || !isJsonObject(parsed.value)) return undefined
  const { schema, tags } = parsed.value
  if (schema !== TAG_SNAPSHOT_SCHEMA || !Array.isArray(tags)) return undefined
  const result: TagObject[] = []
  for (const tag of tags as unknown[]) {
    if (!isJsonObject(tag)) return undefined
    const { sha, message, date, objectSha, objectType } = tag
    if (
      typeof sha !== 'string' ||
      !/^[0-9a-f]{40,64}$/.test(sha) ||
      typeof message !== 'string' ||
      typeof date !== 'string' ||
      typeof objectSha !== 'string' ||
      typeof objectType !== 'string'
    ) {
      return undefined
    }
    result.push({ sha, message, date, objectSha, objectType })
  }
  return result
}
