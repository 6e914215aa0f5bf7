import { UsageError } from '../errors.js'

/**
 * One shard of a set: `index` of `count`, both 1-based as users write them (`--shard 3/16` is the
 * third of sixteen), so a GitHub Actions matrix `shard: [1, 2, 3, 4]` maps to `${{ matrix.shard }}/4`.
 */
export interface ShardSpec {
  index: number
  count: number
}

/** Largest shard count accepted: GitHub Actions runs at most 256 jobs per matrix. */
export const MAX_SHARDS = 256

/** Parses `k/n` (1 ≤ k ≤ n ≤ 256); anything else is a UsageError that shows the expected form. */
export function parseShardSpec(text: string, what = 'shard'): ShardSpec {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text)
  if (match === null) {
    throw new UsageError(
      `${what} must look like k/n (e.g. 3/16: the third of sixteen shards), got ${JSON.stringify(text)}`
    )
  }
  const index = Number(match[1])
  const count = Number(match[2])
  if (count < 1 || count > MAX_SHARDS) {
    throw new UsageError(
      `${what}: the number of shards must be from 1 to ${MAX_SHARDS}, got ${count}`
    )
  }
  if (index < 1 || index > count) {
    throw new UsageError(
      `${what}: the shard number must be from 1 to ${count} (shards count from 1), got ${index}`
    )
  }
  return { index, count }
}

/** `3/16`. */
export function formatShardSpec(spec: ShardSpec): string {
  return `${spec.index}/${spec.count}`
}

/** What a set of shards computes: validate-data checks, or the current data of drift-check. */
export type ShardWork = 'validate' | 'drift'

const ARTIFACT_PREFIX: Record<ShardWork, string> = {
  validate: 'tollgate-partial',
  drift: 'tollgate-drift-partial'
}

/** The artifact a shard's partial is uploaded as: `tollgate-partial-3-of-16` (drift: `tollgate-drift-partial-3-of-16`). */
export function partialArtifactName(spec: ShardSpec, work: ShardWork = 'validate'): string {
  return `${ARTIFACT_PREFIX[work]}-${spec.index}-of-${spec.count}`
}

/** The shard named by an artifact written by partialArtifactName, or undefined for other names. */
export function shardOfArtifactName(
  name: string,
  work: ShardWork = 'validate'
): ShardSpec | undefined {
  if (!name.startsWith(`${ARTIFACT_PREFIX[work]}-`)) return undefined
  const match = /^(\d+)-of-(\d+)$/.exec(name.slice(ARTIFACT_PREFIX[work].length + 1))
  if (match === null) return undefined
  const index = Number(match[1])
  const count = Number(match[2])
  return index >= 1 && index <= count && count <= MAX_SHARDS ? { index, count } : undefined
}
