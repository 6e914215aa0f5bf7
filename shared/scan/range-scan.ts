import { InputError } from '../errors.js'
import { CsvScanner, CsvSyntaxError } from '../data/csv-scanner.js'
import { combineHash53 } from '../sketch/hash-bytes.js'
import {
  ColumnScan,
  InvalidUtf8Error,
  type CheckCounter,
  type ColumnPartial
} from './column-scan.js'
import { GrowableFloat64 } from './growable-float64.js'
import type { ScanPlan } from './scan-plan.js'

/** What one byte range (or one whole non-CSV file) contributes. Plain data for postMessage. */
export interface RangePartial {
  /** Data rows in the range. */
  rows: number
  /** Physical lines consumed by those rows (for absolute line numbers of later ranges). */
  lines: number
  columns: ColumnPartial[]
  compound: Record<string, { keys: Float64Array; counter: CheckCounter }>
}

/** Where a row came from, for error messages. */
export interface RangeOrigin {
  file: string
  /** 1-based line of the range's first byte in the file, when known (undefined in workers). */
  firstLine?: number
  /** Data rows before this range (0 for the first), when known. */
  rowsBefore?: number
}

/**
 * Scans the rows of one range: feeds every field to its column and builds compound keys. Rows are
 * counted from 0 within the range; the merge adds the offsets of earlier ranges.
 */
export class RangeScan {
  readonly columns: ColumnScan[]
  private rows = 0
  private readonly compound: {
    checkId: string
    indexes: number[]
    keys: GrowableFloat64
    counter: CheckCounter
  }[]
  private readonly keysOfRow: Float64Array
  private csv: CsvScanner | undefined

  constructor(
    readonly plan: ScanPlan,
    readonly origin: RangeOrigin
  ) {
    const budget = { remaining: plan.exactValueBudget }
    this.columns = plan.columns.map(
      (column) => new ColumnScan(column, plan.sampleLimit, plan.nullValues, budget)
    )
    this.compound = plan.compoundKeys.map((key) => ({
      checkId: key.checkId,
      indexes: key.columnIndexes,
      keys: new GrowableFloat64(),
      counter: { unexpected: 0, samples: [] }
    }))
    this.keysOfRow = new Float64Array(plan.header.length)
  }

  /**
   * Feeds CSV bytes; returns the offset of an incomplete trailing row to carry over. Rows that
   * start at or after `stopBefore` are left unread (the end of a worker's byte range).
   */
  scanCsv(
    bytes: Uint8Array,
    from: number,
    to: number,
    atEnd: boolean,
    delimiter: number,
    stopBefore = Infinity
  ): number {
    if (this.csv === undefined) {
      this.csv = new CsvScanner(delimiter)
      this.csv.skipBlankLines = this.plan.header.length > 1
    }
    try {
      return this.csv.scan(bytes, from, to, atEnd, this.onCsvRow, stopBefore)
    } catch (error) {
      if (error instanceof CsvSyntaxError)
        throw this.syntaxError(error.line, { reason: 'csv', detail: error.detail })
      throw error
    }
  }

  /** Physical lines consumed so far by the CSV scanner. */
  get linesConsumed(): number {
    return this.csv?.linesConsumed ?? 0
  }

  private readonly onCsvRow = (bytes: Uint8Array, scanner: CsvScanner): void => {
    const expected = this.columns.length
    if (scanner.fieldCount !== expected) {
      throw this.syntaxError(scanner.rowLine, {
        reason: 'ragged',
        row: this.rows,
        fields: scanner.fieldCount,
        header: this.plan.header
      })
    }
    const row = this.rows
    const keys = this.keysOfRow
    try {
      for (let k = 0; k < expected; k++) {
        keys[k] = this.columns[k]!.acceptBytes(
          bytes,
          scanner.starts[k]!,
          scanner.ends[k]!,
          scanner.flags[k]!,
          row
        )
      }
    } catch (error) {
      if (error instanceof InvalidUtf8Error) {
        throw this.syntaxError(scanner.rowLine, { reason: 'utf8', row, column: error.column })
      }
      throw error
    }
    this.finishRow()
  }

  /** One record from a typed format, values in header order. */
  scanRecord(values: readonly unknown[]): void {
    const row = this.rows
    for (let k = 0; k < this.columns.length; k++)
      this.keysOfRow[k] = this.columns[k]!.acceptValue(values[k], row)
    this.finishRow()
  }

  private finishRow(): void {
    for (const compound of this.compound) {
      // Great Expectations' default ignore_row_if='all_values_are_missing'.
      let key = NaN
      let allMissing = true
      for (const index of compound.indexes) {
        const part = this.keysOfRow[index]!
        if (part === part) allMissing = false
        const partHash = part === part ? part : 0.5 // a missing part is its own value
        key = key === key ? combineHash53(key, partHash) : combineHash53(0, partHash)
      }
      compound.keys.push(allMissing ? NaN : key)
    }
    this.rows++
  }

  private syntaxError(relativeLine: number, problem: SyntaxProblem): InputError | RangeSyntaxError {
    if (this.origin.firstLine === undefined || this.origin.rowsBefore === undefined) {
      return new RangeSyntaxError(relativeLine, problem)
    }
    return syntaxInputError(
      this.origin.file,
      this.origin.firstLine,
      this.origin.rowsBefore,
      relativeLine,
      problem
    )
  }

  /**
   * Tells the scan how far through its input it is, once: from the rows seen in the first bytes
   * it reserves the per-row arrays for the whole range (PERFORMANCE.md: presized arrays keep
   * memory at 8 bytes per kept value instead of up to 16 with doubling).
   */
  progress(bytesConsumed: number, totalBytes: number): void {
    if (this.sized || this.rows < 1000 || bytesConsumed <= 0 || totalBytes <= bytesConsumed) return
    this.sized = true
    const expected = Math.ceil((this.rows * totalBytes) / bytesConsumed)
    for (const column of this.columns) column.expectRows(expected)
    for (const entry of this.compound) entry.keys.reserve(expected * 1.05)
  }

  private sized = false

  finish(): RangePartial {
    const compound: RangePartial['compound'] = {}
    for (const entry of this.compound)
      compound[entry.checkId] = { keys: entry.keys.take(), counter: entry.counter }
    // One radix-sort scratch buffer for every column of the range.
    const largest = Math.max(0, ...this.columns.map((column) => column.keptNumbers))
    const scratch = largest >= 256 ? new Float64Array(largest) : undefined
    return {
      rows: this.rows,
      lines: this.linesConsumed,
      columns: this.columns.map((column) => column.finish(scratch)),
      compound
    }
  }
}

/** A malformed row, described without its absolute position (workers do not know it yet). */
export type SyntaxProblem =
  | { reason: 'ragged'; row: number; fields: number; header: string[] }
  | { reason: 'utf8'; row: number; column: string }
  | { reason: 'csv'; detail: string }

/**
 * A syntax error found by a worker; the driver re-raises it with `syntaxInputError` once the
 * ranges before it have reported their line and row counts.
 */
export class RangeSyntaxError extends Error {
  constructor(
    readonly relativeLine: number,
    readonly problem: SyntaxProblem
  ) {
    super(problem.reason)
  }
}

/** The user-facing error for a malformed row at its absolute line and row. */
export function syntaxInputError(
  file: string,
  firstLine: number,
  rowsBefore: number,
  relativeLine: number,
  problem: SyntaxProblem
): InputError {
  const line = firstLine + relativeLine - 1
  switch (problem.reason) {
    case 'ragged':
      return new InputError(
        { file, line, row: rowsBefore + problem.row + 1 },
        `the row has ${problem.fields} field(s) but the header has ${problem.header.length} (${problem.header.join(', ')}); quote fields that contain the delimiter`
      )
    case 'utf8':
      return new InputError(
        { file, line, row: rowsBefore + problem.row + 1, field: problem.column },
        'invalid UTF-8 bytes; the file must be UTF-8 encoded'
      )
    case 'csv':
      return new InputError({ file, line }, problem.detail)
  }
}
