import { InputError } from '../errors.js'
import type { RangePartial } from '../scan/range-scan.js'
import { decodePartialJson, PartialJsonError } from './partial-json.js'
import { MAX_SHARDS, type ShardSpec } from './shard-spec.js'

/**
 * What one shard of a validate-data matrix writes: everything the merge needs to produce exactly
 * the report a single run over all the data gives (schema:
 * shared/shard/schemas/validate-partial.schema.json).
 *
 * The scan state is kept per scanned byte range (`RangePartial`, the same objects worker threads
 * return), with rows counted from 0 inside each range: a shard over a byte range of a file cannot
 * know how many rows precede it, so the merge lays all segments of all shards out in table order
 * and offsets every row exactly as a single run offsets its worker ranges (mergePartials'
 * rowsBefore). Counts, samples, order-check boundaries and uniqueness are therefore exact.
 *
 * Size (documented for users, see the validate-data README):
 * - per row: 8 bytes for each `unique` column and each compound key (the row-ordered key arrays
 *   the exact duplicate search needs; 10.7 characters after base64, compressed by the artifact
 *   zip for sequential ids);
 * - per numeric value kept exactly for quantiles: 8 bytes, at most `exact_value_budget` values per
 *   shard; above that the shard folds its values into the mergeable DDSketch and the merged
 *   quantiles carry its relative error (checks report `exact: false`);
 * - per range and column: the value-count table (≤ 1000 entries), a 16 KiB HyperLogLog and a
 *   DDSketch when one exists.
 */
export const VALIDATE_PARTIAL_FORMAT = 'tollgate-validate-partial'
/** The same structure for drift-check's current data (no checks; `checks` names none). */
export const DRIFT_PARTIAL_FORMAT = 'tollgate-drift-partial'
export const VALIDATE_PARTIAL_VERSION = 1

export type PartialFileFormat = 'csv' | 'tsv' | 'jsonl' | 'parquet'

/** One data file of the table as every shard resolved it (the same list in every partial). */
export interface PartialFile {
  path: string
  format: PartialFileFormat
  gzip: boolean
  bytes: number
  /** Offset of the first data row (after BOM and header) for uncompressed delimited files, else 0. */
  data_start: number
}

/** The rows of one file that a shard scanned, as one or more consecutive ranges. */
export interface PartialSegment {
  /** Index into `data.files`. */
  file: number
  /** Byte where the segment's first row starts (0 for a whole file). */
  start: number
  /** Byte just after the segment's last row (the file size for a whole file). */
  end_offset: number
  whole: boolean
  ranges: RangePartial[]
}

export interface ValidatePartial {
  format: typeof VALIDATE_PARTIAL_FORMAT | typeof DRIFT_PARTIAL_FORMAT
  version: typeof VALIDATE_PARTIAL_VERSION
  tool: { name: 'tollgate'; version: string }
  generated_at: string
  shard: ShardSpec
  /** The checks file the shard ran (sha256 of its bytes): the merge must be given the same file. */
  checks: { file: string; sha256: string }
  data: { files: PartialFile[]; delimiter: string; header: string[] }
  scan: {
    sample_limit: number
    /** Exact numeric values the shard may carry before folding them into sketches. */
    exact_value_budget: number
    /** False when the shard folded exact values into sketches to stay within the budget. */
    exact_values_kept: boolean
  }
  /** Data rows in this shard. */
  rows: number
  segments: PartialSegment[]
  /**
   * Texts of rows that a uniqueness check may show as samples, by check id: [row within the
   * shard (1-based), text]. The shard reads the first rows of the duplicates it can see itself;
   * duplicates that span shards are shown with texts read at merge time.
   */
  sample_texts: Record<string, [number, string][]>
}

/** Parses and checks a partial file's text; every problem is an InputError naming the file. */
export function readValidatePartial(
  text: string,
  file: string,
  format: ValidatePartial['format'] = VALIDATE_PARTIAL_FORMAT
): ValidatePartial {
  let parsed: unknown
  try {
    parsed = decodePartialJson(text)
  } catch (error) {
    if (error instanceof PartialJsonError)
      throw new InputError({ file }, `the shard partial is unreadable: ${error.message}`)
    throw error
  }
  const reader = new PartialReader(file)
  const root = reader.object(parsed, 'the file')
  if (root.format !== format) {
    reader.fail(
      `not a ${format === VALIDATE_PARTIAL_FORMAT ? 'validate-data' : 'drift-check'} shard partial (format is ${JSON.stringify(root.format)}, expected "${format}"); give the files its shard runs wrote`
    )
  }
  if (root.version !== VALIDATE_PARTIAL_VERSION) {
    reader.fail(
      `partial format version ${JSON.stringify(root.version)} is not supported (this Tollgate reads version ${VALIDATE_PARTIAL_VERSION}); write all partials and merge with the same Tollgate version`
    )
  }
  const shard = reader.object(root.shard, 'shard')
  const count = reader.integer(shard.count, 'shard.count', 1, MAX_SHARDS)
  reader.integer(shard.index, 'shard.index', 1, count)
  const checks = reader.object(root.checks, 'checks')
  reader.string(checks.file, 'checks.file')
  reader.string(checks.sha256, 'checks.sha256')
  const data = reader.object(root.data, 'data')
  const files = reader.array(data.files, 'data.files')
  files.forEach((entry, i) => {
    const fileEntry = reader.object(entry, `data.files[${i}]`)
    reader.string(fileEntry.path, `data.files[${i}].path`)
    if (!['csv', 'tsv', 'jsonl', 'parquet'].includes(fileEntry.format as string))
      reader.fail(`"data.files[${i}].format" is not a data format`)
    if (typeof fileEntry.gzip !== 'boolean')
      reader.fail(`"data.files[${i}].gzip" must be true or false`)
    reader.integer(fileEntry.bytes, `data.files[${i}].bytes`)
    reader.integer(fileEntry.data_start, `data.files[${i}].data_start`)
  })
  reader.string(data.delimiter, 'data.delimiter')
  const header = reader.array(data.header, 'data.header')
  header.forEach((name, i) => reader.string(name, `data.header[${i}]`))
  const scan = reader.object(root.scan, 'scan')
  reader.integer(scan.sample_limit, 'scan.sample_limit')
  reader.integer(scan.exact_value_budget, 'scan.exact_value_budget')
  if (typeof scan.exact_values_kept !== 'boolean')
    reader.fail('"scan.exact_values_kept" must be true or false')
  const rows = reader.integer(root.rows, 'rows')
  let segmentRows = 0
  reader.array(root.segments, 'segments').forEach((entry, i) => {
    const segment = reader.object(entry, `segments[${i}]`)
    reader.integer(segment.file, `segments[${i}].file`, 0, files.length - 1)
    reader.integer(segment.start, `segments[${i}].start`)
    reader.integer(segment.end_offset, `segments[${i}].end_offset`)
    if (typeof segment.whole !== 'boolean')
      reader.fail(`"segments[${i}].whole" must be true or false`)
    reader.array(segment.ranges, `segments[${i}].ranges`).forEach((range, r) => {
      segmentRows += checkRange(reader, range, `segments[${i}].ranges[${r}]`, header.length)
    })
  })
  if (segmentRows !== rows)
    reader.fail(`"rows" is ${rows} but the segments hold ${segmentRows} rows`)
  const texts = reader.object(root.sample_texts, 'sample_texts')
  for (const [checkId, entries] of Object.entries(texts)) {
    reader.array(entries, `sample_texts.${checkId}`).forEach((entry, i) => {
      const pair = reader.array(entry, `sample_texts.${checkId}[${i}]`)
      reader.integer(pair[0], `sample_texts.${checkId}[${i}][0]`, 1, Math.max(1, rows))
      reader.string(pair[1], `sample_texts.${checkId}[${i}][1]`)
    })
  }
  return parsed as ValidatePartial
}

/** Structural checks of one range (the fields the merge reads); returns its row count. */
function checkRange(reader: PartialReader, value: unknown, where: string, columns: number): number {
  const range = reader.object(value, where)
  const rows = reader.integer(range.rows, `${where}.rows`)
  reader.integer(range.lines, `${where}.lines`)
  const list = reader.array(range.columns, `${where}.columns`)
  if (list.length !== columns)
    reader.fail(`"${where}.columns" has ${list.length} columns, the header ${columns}`)
  list.forEach((entry, c) => {
    const column = reader.object(entry, `${where}.columns[${c}]`)
    for (const key of ['values', 'nulls'])
      reader.integer(column[key], `${where}.columns[${c}].${key}`)
    for (const key of ['types', 'moments', 'tally', 'textLength', 'epoch', 'checks', 'order'])
      reader.object(column[key], `${where}.columns[${c}].${key}`)
    for (const key of ['sortedNumbers', 'uniqueKeys']) {
      if (column[key] !== undefined && !(column[key] instanceof Float64Array))
        reader.fail(`"${where}.columns[${c}].${key}" must be a "$f64" array`)
    }
    if (column.uniqueKeys instanceof Float64Array && column.uniqueKeys.length !== rows) {
      reader.fail(
        `"${where}.columns[${c}].uniqueKeys" holds ${column.uniqueKeys.length} keys for ${rows} rows`
      )
    }
  })
  for (const [checkId, entry] of Object.entries(
    reader.object(range.compound, `${where}.compound`)
  )) {
    const compound = reader.object(entry, `${where}.compound.${checkId}`)
    if (!(compound.keys instanceof Float64Array) || compound.keys.length !== rows) {
      reader.fail(`"${where}.compound.${checkId}.keys" must be a "$f64" array with one key per row`)
    }
  }
  return rows
}

/** Field checks with messages that name the partial file and the JSON path. */
class PartialReader {
  constructor(private readonly file: string) {}

  fail(detail: string): never {
    throw new InputError({ file: this.file }, `shard partial: ${detail}`)
  }

  object(value: unknown, where: string): Record<string, unknown> {
    if (
      typeof value !== 'object' ||
      value === null ||
      Array.isArray(value) ||
      value instanceof Float64Array
    ) {
      this.fail(`"${where}" must be an object`)
    }
    return value as Record<string, unknown>
  }

  array(value: unknown, where: string): unknown[] {
    if (!Array.isArray(value)) this.fail(`"${where}" must be an array`)
    return value
  }

  string(value: unknown, where: string): string {
    if (typeof value !== 'string') this.fail(`"${where}" must be a string`)
    return value
  }

  integer(value: unknown, where: string, min = 0, max = Number.MAX_SAFE_INTEGER): number {
    if (!Number.isSafeInteger(value) || (value as number) < min || (value as number) > max) {
      this.fail(`"${where}" must be an integer from ${min} to ${max}, got ${JSON.stringify(value)}`)
    }
    return value as number
  }
}
