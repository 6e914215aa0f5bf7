import { createHash } from 'node:crypto'
import { loadChecks } from '../checks/checks-loader.js'
import { UsageError } from '../errors.js'
import { partialFiles, scanShardSegments, shardSegments } from '../adapters/shard-scan.js'
import { shardSampleTexts } from '../adapters/shard-rows.js'
import { readUserFile } from '../adapters/user-files.js'
import type { RangeRunner } from '../adapters/parallel-csv-scan.js'
import { capExactValues, DEFAULT_PARTIAL_EXACT_VALUES } from '../shard/exact-value-cap.js'
import { formatShardSpec, type ShardSpec } from '../shard/shard-spec.js'
import {
  VALIDATE_PARTIAL_FORMAT,
  VALIDATE_PARTIAL_VERSION,
  type ValidatePartial
} from '../shard/validate-partial.js'
import { TOLLGATE_VERSION } from '../version.js'
import { prepareScan, type ValidateRequest } from './validate-data.js'
import { groupedInteger } from '../text/grouped-integer.js'

export interface ShardValidateRequest extends ValidateRequest {
  shard: ShardSpec
  /** Exact numeric values the partial may carry (default DEFAULT_PARTIAL_EXACT_VALUES). */
  exactValueBudget?: number
  /** Scans byte ranges with this runner (tests); worker threads or this thread by default. */
  runRange?: RangeRunner
  /** Byte ranges at least this large are split over `threads` (default 8 MiB; tests lower it). */
  minSplitBytes?: number
}

/**
 * One shard of a validate-data matrix: scans the rows dealt to shard k of n (whole files, or a
 * byte range of a large CSV file: shard-segments.ts) and returns the partial result that
 * `tollgate merge` combines with the other shards' into the report a single run would write.
 * Checks are not evaluated here: a shard sees only part of the data.
 */
export async function validateShard(request: ShardValidateRequest): Promise<ValidatePartial> {
  const checksText = readUserFile(request.checksPath, 'checks file')
  const checks = loadChecks(checksText, request.checksPath)
  if (checks.source !== undefined) {
    throw new UsageError(
      `${request.checksPath} checks a database table (source:): the checks run inside the database, so there is nothing to shard; drop --shard`
    )
  }
  const { files, input, header, plan } = await prepareScan(checks, request)
  const described = partialFiles(input, header)
  const segments = await shardSegments(files, described, request.shard)
  const scanned = await scanShardSegments(input, header, plan, request.shard, segments, {
    runRange: request.runRange,
    minSplitBytes: request.minSplitBytes
  })
  const sampleTexts = await shardSampleTexts(input, header, plan, scanned)
  const budget = request.exactValueBudget ?? DEFAULT_PARTIAL_EXACT_VALUES
  const exactValuesKept = capExactValues(
    scanned.flatMap((segment) => segment.ranges),
    budget
  )
  const rows = scanned.reduce(
    (sum, segment) => sum + segment.ranges.reduce((total, range) => total + range.rows, 0),
    0
  )
  return {
    format: VALIDATE_PARTIAL_FORMAT,
    version: VALIDATE_PARTIAL_VERSION,
    tool: { name: 'tollgate', version: TOLLGATE_VERSION },
    generated_at: new Date(request.now).toISOString(),
    shard: request.shard,
    checks: { file: request.checksPath, sha256: sha256Hex(checksText) },
    data: { files: described, delimiter: request.delimiter ?? '', header: header.header },
    scan: {
      sample_limit: plan.sampleLimit,
      exact_value_budget: budget,
      exact_values_kept: exactValuesKept
    },
    rows,
    segments: scanned,
    sample_texts: sampleTexts
  }
}

/** sha256 of a text's UTF-8 bytes, lowercase hex: identifies the checks file across jobs. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/** One line for logs: `shard 3/16: 1,234 rows from 2 segment(s)`. */
export function describeShard(partial: ValidatePartial): string {
  const segments = partial.segments
    .map((segment) => {
      const file = partial.data.files[segment.file]!.path
      return segment.whole ? file : `${file} bytes ${segment.start}–${segment.end_offset}`
    })
    .join(', ')
  return `shard ${formatShardSpec(partial.shard)}: ${groupedInteger(partial.rows)} rows${segments === '' ? ' (no data dealt to this shard)' : ` from ${segments}`}`
}
