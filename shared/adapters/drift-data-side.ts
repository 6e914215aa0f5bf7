import { inferType } from '../checks/infer-type.js'
import type { ChecksConfig } from '../checks/check-types.js'
import type { ColumnResult, PositionedPartial, ScanResult } from '../scan/merge-partials.js'
import { mergePartials } from '../scan/merge-partials.js'
import { buildScanPlan, type ScanPlan } from '../scan/scan-plan.js'
import { distinctCount, type ValueTallyState } from '../scan/value-tally.js'
import { QuantileSketch } from '../sketch/quantile-sketch.js'
import { delimiterByte } from './csv-source.js'
import { resolveDataFiles, type DataFile, type DataFormat } from './data-files.js'
import { getDistDirectory } from './dist-location.js'
import type { CategorySample, DriftSide, DriftSideColumn, NumericSample } from './drift-side.js'
import { scanCsvParallel } from './parallel-csv-scan.js'
import { readTableHeader, scanTable, type TableInput } from './table-scan.js'

/**
 * Numbers kept exactly per scanned range (8 bytes each: 400 MB). Exact KS and Wasserstein need
 * every value; beyond this a range folds its numbers into the DDSketch and the column is
 * compared approximately (reference) or reported as not testable (current).
 */
export const DRIFT_EXACT_VALUE_BUDGET = 50_000_000

/** Below this size a worker thread costs more to start than it saves. */
const OWN_WORKER_MIN_BYTES = 4 << 20

/** No checks: a drift scan only needs the profile statistics every scan computes. */
const NO_CHECKS: ChecksConfig = { file: '', columns: [], tableChecks: [], nullValues: [] }

export interface DriftDataRequest {
  /** Paths or globs of one table (all files share the header). */
  patterns: string[]
  /** What the user wrote, for the report. */
  source: string
  format: DataFormat | 'auto'
  delimiter?: string
  /**
   * Threads for this side. With 1 and `ownWorker`, an uncompressed CSV/TSV side is scanned by one
   * worker thread, so the reference and the current data can be read in parallel on 2 cores.
   */
  threads: number
  ownWorker?: boolean
  cwd?: string
}

/**
 * Reads a data file (or several of one table) with validate-data's streaming scan, keeping every
 * numeric value (sorted, for exact KS and Wasserstein) and the value counts of every column.
 * An empty file (0 bytes) is not an error here: the side then has no columns and no rows, and
 * the drift report says so per column instead of failing.
 */
export async function readDriftDataSide(request: DriftDataRequest): Promise<DriftSide> {
  const files = resolveDataFiles(request.patterns, request.format, request.cwd)
  const summaries = files.map((file) => ({
    path: file.path,
    format: file.format,
    bytes: file.bytes
  }))
  if (files.every((file) => file.bytes === 0)) {
    return { kind: 'data', source: request.source, files: summaries, rows: 0, columns: undefined }
  }
  const input: TableInput = {
    files,
    delimiter: request.delimiter,
    threads: Math.max(1, request.threads)
  }
  const header = await readTableHeader(input)
  const plan = buildScanPlan(
    NO_CHECKS,
    header.header,
    {},
    {
      exactValueBudget: DRIFT_EXACT_VALUE_BUDGET,
      sampleLimit: 0
    }
  )
  const parts =
    request.ownWorker === true && input.threads === 1 && files.every(ownWorkerWorth)
      ? await scanOnOwnWorker(input, header.csv, plan)
      : await scanTable(input, header, plan)
  return driftSideFromScan(mergePartials(parts, 0), summaries, request.source)
}

/**
 * A merged scan as a drift side: the sorted exact numbers of integer and number columns, the value
 * counts of every column and the inferred types. Also the entry point for scans assembled from
 * shard partials (a sharded current side).
 */
export function driftSideFromScan(
  scan: ScanResult,
  files: DriftSide['files'],
  source: string
): DriftSide {
  return { kind: 'data', source, files, rows: scan.rows, columns: scan.columns.map(driftColumnOf) }
}

function ownWorkerWorth(file: DataFile): boolean {
  return (
    (file.format === 'csv' || file.format === 'tsv') &&
    !file.gzip &&
    file.bytes >= OWN_WORKER_MIN_BYTES &&
    getDistDirectory() !== undefined
  )
}

/** Each file on one worker thread, in file order (the scan of table-scan.ts with 1 range). */
async function scanOnOwnWorker(
  input: TableInput,
  csvHeaders: Awaited<ReturnType<typeof readTableHeader>>['csv'],
  plan: ScanPlan
): Promise<PositionedPartial[]> {
  const parts: PositionedPartial[] = []
  let rowsBefore = 0
  for (const file of input.files) {
    const delimiter = delimiterByte(file, input.delimiter)
    const fileParts = await scanCsvParallel(
      file,
      plan,
      delimiter,
      csvHeaders.get(file.path)!,
      rowsBefore,
      1
    )
    for (const part of fileParts) {
      parts.push(part)
      rowsBefore += part.partial.rows
    }
  }
  return parts
}

function driftColumnOf(column: ColumnResult): DriftSideColumn {
  const type = inferType(column.types, column.values)
  const result: DriftSideColumn = {
    name: column.name,
    type,
    values: column.values,
    nulls: column.nulls,
    distinct: distinctCount(column.tally),
    categories: categoriesOf(column.tally)
  }
  if (type === 'integer' || type === 'number') result.numbers = numbersOf(column)
  return result
}

function numbersOf(column: ColumnResult): NumericSample {
  if (column.sortedNumbers !== undefined) {
    return { kind: 'exact', sorted: column.sortedNumbers, origin: 'data' }
  }
  const sketch = column.tally.quantiles
  if (sketch === undefined) {
    return { kind: 'unavailable', reason: 'the scan kept neither the values nor a sketch' }
  }
  const points = QuantileSketch.fromJSON(sketch, { field: column.name }).toWeightedPoints()
  return {
    kind: 'sketch',
    weighted: { values: points.values, weights: points.counts, missing: column.nulls }
  }
}

/** The value table of a scanned or profiled column, keyed by value hash. */
export function categoriesOf(tally: ValueTallyState): CategorySample {
  return {
    items: tally.top.items.map(([hash, count, , label]) => ({ hash, label, count })),
    exact: tally.top.exact,
    total: tally.top.total
  }
}
