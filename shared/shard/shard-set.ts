import { InputError, UsageError } from '../errors.js'
import type { PositionedPartial } from '../scan/merge-partials.js'
import { checkSegmentChain, type ScannedSegment, type ShardableFile } from './shard-segments.js'
import { formatShardSpec } from './shard-spec.js'
import type { PartialFile, ValidatePartial } from './validate-partial.js'

/** A partial with the file (or artifact) it was read from, for messages. */
export interface SourcedPartial {
  partial: ValidatePartial
  source: string
}

/** A complete, consistent set of shard partials laid out in table order. */
export interface AssembledShards {
  count: number
  header: string[]
  files: PartialFile[]
  delimiter: string
  rows: number
  sampleLimit: number
  /** Every scanned range of every shard, in table order, with absolute row offsets. */
  parts: PositionedPartial[]
  /** Data rows before each shard (by shard index − 1): shard rows are contiguous in table order. */
  shardRowsBefore: number[]
  /** Texts the shards read for uniqueness samples: check id → absolute row → text. */
  sampleTexts: Map<string, Map<number, string>>
  /** False when some shard folded exact values into sketches (quantiles become estimates). */
  exactValuesKept: boolean
}

/**
 * Checks that the partials form one complete set — every shard k/n exactly once, the same checks
 * file (by hash), the same data files, header and delimiter, the same scan settings — and that
 * their segments tile the data (see checkSegmentChain); then positions every range in the table.
 * Each problem is reported with the files involved, because a matrix job that silently lost a
 * shard would otherwise pass on a fraction of the data.
 */
export function assembleShards(
  partials: readonly SourcedPartial[],
  checksSha256: string,
  checksFile: string
): AssembledShards {
  const first = partials[0]
  if (first === undefined)
    throw new UsageError(
      'No shard partials were given; pass the files written by `tollgate validate --shard k/n`.'
    )
  const count = first.partial.shard.count
  for (const { partial, source } of partials) {
    if (partial.shard.count !== count) {
      throw new InputError(
        { file: source },
        `this partial is shard ${formatShardSpec(partial.shard)} but ${first.source} is shard ${formatShardSpec(first.partial.shard)}: all partials of a merge must come from one ${count}-shard run`
      )
    }
    if (partial.checks.sha256 !== checksSha256) {
      throw new InputError(
        { file: source },
        `this partial was made with a different checks file (${partial.checks.file}, sha256 ${partial.checks.sha256.slice(0, 12)}…) than ${checksFile} (sha256 ${checksSha256.slice(0, 12)}…); merge with the checks file the shards ran`
      )
    }
    const difference = dataDifference(first.partial, partial)
    if (difference !== undefined) {
      throw new InputError(
        { file: source },
        `this partial describes different data than ${first.source}: ${difference}; all shards must read the same files`
      )
    }
  }
  const byIndex = new Map<number, SourcedPartial>()
  const duplicates: string[] = []
  for (const entry of partials) {
    const seen = byIndex.get(entry.partial.shard.index)
    if (seen !== undefined)
      duplicates.push(
        `shard ${formatShardSpec(entry.partial.shard)} is in both ${seen.source} and ${entry.source}`
      )
    else byIndex.set(entry.partial.shard.index, entry)
  }
  if (duplicates.length > 0)
    throw new UsageError(`Each shard must be merged exactly once: ${duplicates.join('; ')}.`)
  const missing: number[] = []
  for (let k = 1; k <= count; k++) if (!byIndex.has(k)) missing.push(k)
  if (missing.length > 0) {
    const shown = missing.slice(0, 20).map((k) => `${k}/${count}`)
    throw new UsageError(
      `The shard set is incomplete: missing shard${missing.length === 1 ? '' : 's'} ${shown.join(', ')}${missing.length > 20 ? ', …' : ''} (got ${partials.length} of ${count}); did a matrix job fail or not upload its partial?`
    )
  }
  const ordered = [...byIndex.values()].sort(
    (a, b) => a.partial.shard.index - b.partial.shard.index
  )
  const files = first.partial.data.files
  const shardable: ShardableFile[] = files.map((file) => ({
    bytes: file.bytes,
    dataStart: file.data_start,
    splittable: !file.gzip && (file.format === 'csv' || file.format === 'tsv')
  }))
  const scanned: ScannedSegment[] = []
  for (const { partial } of ordered) {
    for (const segment of partial.segments) {
      scanned.push({
        fileIndex: segment.file,
        start: segment.start,
        endOffset: segment.end_offset,
        whole: segment.whole,
        shard: partial.shard.index
      })
    }
  }
  const chainProblem = checkSegmentChain(shardable, scanned, (index) => files[index]!.path)
  if (chainProblem !== undefined)
    throw new UsageError(`The shard partials cannot be merged: ${chainProblem}.`)
  const parts: PositionedPartial[] = []
  const shardRowsBefore: number[] = []
  const sampleTexts = new Map<string, Map<number, string>>()
  let rows = 0
  for (const { partial } of ordered) {
    shardRowsBefore.push(rows)
    for (const [checkId, entries] of Object.entries(partial.sample_texts)) {
      let texts = sampleTexts.get(checkId)
      if (texts === undefined) sampleTexts.set(checkId, (texts = new Map<number, string>()))
      for (const [row, text] of entries) texts.set(rows + row, text)
    }
    for (const segment of partial.segments) {
      for (const range of segment.ranges) {
        parts.push({ partial: range, rowsBefore: rows })
        rows += range.rows
      }
    }
  }
  return {
    count,
    header: first.partial.data.header,
    files,
    delimiter: first.partial.data.delimiter,
    rows,
    sampleLimit: first.partial.scan.sample_limit,
    parts,
    shardRowsBefore,
    sampleTexts,
    exactValuesKept: ordered.every(({ partial }) => partial.scan.exact_values_kept)
  }
}

/** How two partials' data descriptions differ, or undefined when they agree. */
function dataDifference(a: ValidatePartial, b: ValidatePartial): string | undefined {
  if (a.data.header.join('\u0000') !== b.data.header.join('\u0000'))
    return `the columns differ (${a.data.header.join(', ')} vs ${b.data.header.join(', ')})`
  if (a.data.delimiter !== b.data.delimiter) return 'the delimiter differs'
  if (a.data.files.length !== b.data.files.length)
    return `${a.data.files.length} vs ${b.data.files.length} data files`
  for (let i = 0; i < a.data.files.length; i++) {
    const x = a.data.files[i]!
    const y = b.data.files[i]!
    if (x.path !== y.path) return `file ${i + 1} is ${x.path} in one and ${y.path} in the other`
    if (
      x.bytes !== y.bytes ||
      x.data_start !== y.data_start ||
      x.format !== y.format ||
      x.gzip !== y.gzip
    ) {
      return `${x.path} has ${x.bytes} bytes in one and ${y.bytes} in the other (was it changed between the shard jobs?)`
    }
  }
  if (a.scan.sample_limit !== b.scan.sample_limit) return 'the sample limits differ'
  return undefined
}
