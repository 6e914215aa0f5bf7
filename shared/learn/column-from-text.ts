import { InputError } from '../errors.js'
import type { ColumnKind, DataColumn } from './data-table.js'

/**
 * Turns the cells of one file column (text, as a CSV reader yields them) into a learner column.
 * Kept beside the learners so training and prediction read a file the same way: a column that
 * was numeric at training time is parsed as numeric at prediction time (pass the model's feature
 * kinds), and a stray word in it is an error naming the row instead of a silent missing value.
 */

/**
 * Cells that mean "no value", as pandas' read_csv treats them by default (a subset: the common
 * spellings), so a file that pandas reads with NaNs reads here with the same missing values.
 */
export const MISSING_TOKENS: ReadonlySet<string> = new Set([
  '',
  'NA',
  'N/A',
  'NaN',
  'nan',
  'null',
  'NULL',
  'None'
])

/** Decimal syntax: optional sign, digits with an optional fraction, optional exponent. */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/

/** True when the cell is absent or one of MISSING_TOKENS (after trimming spaces). */
export function isMissingCell(cell: string | null | undefined): boolean {
  return cell === null || cell === undefined || MISSING_TOKENS.has(cell.trim())
}

/** The number a cell holds, or NaN when it is not a decimal number (`1,5`, `abc`, `inf`). */
export function parseDecimalCell(cell: string): number {
  const text = cell.trim()
  return DECIMAL.test(text) ? Number(text) : NaN
}

/**
 * A column from text cells. With `kind` given, the cells must fit it: a `numeric` column with a
 * cell that is neither missing nor a number fails with an InputError naming the column and the
 * 1-based data row. Without `kind`, the column is numeric when every non-missing cell is a
 * number (and at least one is present), categorical otherwise.
 */
export function columnFromText(
  name: string,
  cells: readonly (string | null | undefined)[],
  kind?: ColumnKind
): DataColumn {
  const numbers = new Float64Array(cells.length)
  let isNumeric = kind !== 'categorical'
  let present = 0
  for (let i = 0; i < cells.length && isNumeric; i++) {
    const cell = cells[i]
    if (isMissingCell(cell)) {
      numbers[i] = NaN
      continue
    }
    present++
    const value = parseDecimalCell(cell!)
    if (Number.isNaN(value) || !Number.isFinite(value)) {
      if (kind === 'numeric') {
        throw new InputError(
          { field: name, row: i + 1 },
          `expected a number (the column is numeric), found ${JSON.stringify(cell)}`
        )
      }
      isNumeric = false
    }
    numbers[i] = value
  }
  if (isNumeric && (present > 0 || kind === 'numeric')) {
    return { name, kind: 'numeric', values: numbers }
  }
  const values = cells.map((cell) => (isMissingCell(cell) ? null : cell!))
  return { name, kind: 'categorical', values }
}
