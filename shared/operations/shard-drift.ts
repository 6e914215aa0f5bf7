import { availableParallelism } from 'node:os'
import type { ChecksConfig } from '../checks/check-types.js'
import { UsageError } from '../errors.js'
import { resolveDataFiles, type DataFormat } from '../adapters/data-files.js'
import { driftSideFromScan } from '../adapters/drift-data-side.js'
import type { DriftSide } from '../adapters/drift-side.js'
import type { RangeRunner } from '../adapters/parallel-csv-scan.js'
import { readPartialFile } from '../adapters/shard-partial-file.js'
import { partialFiles, scanShardSegments, shardSegments } from '../adapters/shard-scan.js'
import { readTableHeader, type TableInput } from '../adapters/table-scan.js'
import { Options, splitList } from '../options/option-table.js'
import { mergePartials, type ScanResult } from '../scan/merge-partials.js'
import { buildScanPlan } from '../scan/scan-plan.js'
import { capExactValues } from '../shard/exact-value-cap.js'
import { assembleShards, type SourcedPartial } from '../shard/shard-set.js'
import type { ShardSpec } from '../shard/shard-spec.js'
import {
  DRIFT_PARTIAL_FORMAT,
  VALIDATE_PARTIAL_VERSION,
  type ValidatePartial
} from '../shard/validate-partial.js'
import { TOLLGATE_VERSION } from '../version.js'
import {
  driftInvocation,
  type DriftInvocation,
  type DriftOptions,
  type DriftSurface
} from './drift-request.js'
import { sha256Hex } from './shard-validate.js'

/**
 * Exact numbers a drift shard may carry: 16M values = 128 MB. Drift tests on the current data
 * (exact KS, Wasserstein) need every value, so unlike validate-data's partials these stay exact
 * as long as possible; a column folded into its sketch cannot be tested exactly on the current
 * side (drift-check then reports it as not testable).
 */
export const DRIFT_SHARD_EXACT_VALUES = 16_000_000

/** A drift scan has no checks: the scan computes only the column statistics. */
const NO_CHECKS: ChecksConfig = { file: '', nullValues: [], tableChecks: [], columns: [] }
/** What a drift partial records instead of a checks file's hash. */
const NO_CHECKS_HASH = sha256Hex('')

export interface DriftShardRequest {
  data: string[]
  format: DataFormat | 'auto'
  delimiter?: string
  /** 0 = one per available core (at most 8). */
  threads: number
  now: number
  shard: ShardSpec
  cwd?: string
  exactValueBudget?: number
  runRange?: RangeRunner
  minSplitBytes?: number
}

/**
 * The shard scan a `shard: k/n` step or `tollgate drift --shard k/n` asks for: the current data
 * and how to read it, from the same options a normal run reads.
 */
export function driftShardRequest(
  options: DriftOptions,
  shard: ShardSpec,
  now: number
): DriftShardRequest {
  return {
    data: splitList(options.requiredString('current')),
    format: options.choice<DataFormat | 'auto'>('format')!,
    delimiter: options.string('delimiter'),
    threads: options.integer('threads') ?? 0,
    now,
    shard
  }
}

/**
 * One shard of drift-check's CURRENT data: the same scan validate-data's shards run (whole files or
 * a byte range of a large CSV file, shard-segments.ts), without checks, keeping the numbers exact.
 */
export async function scanDriftShard(request: DriftShardRequest): Promise<ValidatePartial> {
  const files = resolveDataFiles(request.data, request.format, request.cwd)
  const threads =
    request.threads > 0 ? request.threads : Math.max(1, Math.min(availableParallelism(), 8))
  const input: TableInput = { files, delimiter: request.delimiter, threads }
  const header = await readTableHeader(input)
  const budget = request.exactValueBudget ?? DRIFT_SHARD_EXACT_VALUES
  const plan = buildScanPlan(
    NO_CHECKS,
    header.header,
    {},
    { exactValueBudget: budget, sampleLimit: 0 }
  )
  const described = partialFiles(input, header)
  const segments = await shardSegments(files, described, request.shard)
  const scanned = await scanShardSegments(input, header, plan, request.shard, segments, {
    runRange: request.runRange,
    minSplitBytes: request.minSplitBytes
  })
  const ranges = scanned.flatMap((segment) => segment.ranges)
  // A range scan past its share of the budget has already folded its numbers into the sketch
  // (a tally holds a quantile sketch only then); the cap below folds whole columns beyond it.
  const scansKeptAll = ranges.every((range) =>
    range.columns.every((column) => column.tally.quantiles === undefined)
  )
  const exactValuesKept = capExactValues(ranges, budget) && scansKeptAll
  return {
    format: DRIFT_PARTIAL_FORMAT,
    version: VALIDATE_PARTIAL_VERSION,
    tool: { name: 'tollgate', version: TOLLGATE_VERSION },
    generated_at: new Date(request.now).toISOString(),
    shard: request.shard,
    checks: { file: '', sha256: NO_CHECKS_HASH },
    data: { files: described, delimiter: request.delimiter ?? '', header: header.header },
    scan: { sample_limit: 0, exact_value_budget: budget, exact_values_kept: exactValuesKept },
    rows: scanned.reduce(
      (sum, segment) => sum + segment.ranges.reduce((total, range) => total + range.rows, 0),
      0
    ),
    segments: scanned,
    sample_texts: {}
  }
}

/** The current data of drift-check, merged from its shards. */
export interface MergedDriftShards {
  files: { path: string; format: string; bytes: number }[]
  header: string[]
  /**
   * Exactly the scan a single run over all the current data gives (mergePartials of every range in
   * table order): per column the sorted numbers (`sortedNumbers`, while every shard kept them), the
   * value counts, HyperLogLog, moments and null counts.
   */
  scan: ScanResult
  /** False when some shard folded numbers into sketches (those columns are not exact). */
  exactValuesKept: boolean
  /** Shards merged (n of `k/n`). */
  shards: number
}

/** Checks the set (every shard once, same data) and merges it; see assembleShards for the errors. */
export function mergeDriftShards(partials: readonly SourcedPartial[]): MergedDriftShards {
  const shards = assembleShards(partials, NO_CHECKS_HASH, '(drift-check current data)')
  return {
    files: shards.files.map((file) => ({
      path: file.path,
      format: file.format,
      bytes: file.bytes
    })),
    header: shards.header,
    scan: mergePartials(shards.parts, 0),
    exactValuesKept: shards.exactValuesKept,
    shards: shards.count
  }
}

/** Files named in the current side's source before the rest is summarised as a count. */
const SOURCE_FILES_SHOWN = 3

/**
 * The merged current data as the drift tests read a scanned side (driftSideFromScan): the same
 * sorted numbers, value counts and types a single scan gives. Its source names the shards and
 * files, since the patterns the shard jobs were given are not recorded in their partials.
 */
export function mergedCurrentSide(merged: MergedDriftShards): DriftSide {
  const paths = merged.files.map((file) => file.path)
  const shown = paths.slice(0, SOURCE_FILES_SHOWN).join(', ')
  const more =
    paths.length > SOURCE_FILES_SHOWN ? ` and ${paths.length - SOURCE_FILES_SHOWN} more` : ''
  return driftSideFromScan(
    merged.scan,
    merged.files,
    `${shown}${more} (merged from ${merged.shards} shard${merged.shards === 1 ? '' : 's'})`
  )
}

/**
 * Reads drift partials from files: paths or globs, expanded as data files are (each pattern must
 * match; matches sorted). Every file must be a drift-check partial, not a validate-data one.
 */
export function readDriftPartialFiles(patterns: readonly string[], cwd?: string): SourcedPartial[] {
  // The format only satisfies the resolver's extension rule: partials are read as JSON below.
  return resolveDataFiles([...patterns], 'jsonl', cwd).map((file) => ({
    partial: readPartialFile(file.openPath, DRIFT_PARTIAL_FORMAT),
    source: file.path
  }))
}

/**
 * drift-check's merge mode: the options and project configuration read as in a normal run, with
 * the current side merged from `partials` (checked to be one complete shard set). Issue,
 * history, summary and report then follow as for a single run over all the current data.
 */
export function mergedDriftInvocation(
  options: DriftOptions,
  surface: DriftSurface,
  partials: readonly SourcedPartial[]
): DriftInvocation {
  if (partials.length === 0) {
    throw new UsageError(
      'No drift partials were given; pass the files written by `tollgate drift --shard k/n`.'
    )
  }
  const currentSide = mergedCurrentSide(mergeDriftShards(partials))
  // driftInvocation requires `current`; in a merge it names the partials, never data to read.
  const sources = partials.map((entry) => entry.source).join('\n')
  const invocation = driftInvocation(
    new Options(options.table, {
      get: (name) => (name === 'current' ? sources : options.source.get(name)),
      describe: (name) => options.source.describe(name)
    }),
    surface
  )
  return { ...invocation, request: { ...invocation.request, current: [], currentSide } }
}
