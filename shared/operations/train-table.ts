import type { TableCells } from '../adapters/load-table.js'
import { InputError, UsageError } from '../errors.js'
import { columnFromText, isMissingCell, parseDecimalCell } from '../learn/column-from-text.js'
import type { DataColumn, DataTable } from '../learn/data-table.js'
import { closestName } from '../text/closest-name.js'

/**
 * Turns the cells of a training file into the learners' columns. A column is numeric when its
 * values are numbers; a column that is mostly numbers with a stray word ("12", "7", "n/a?",
 * "15") is an error naming the row — read silently as categories, it would turn a measurement
 * into hundreds of unrelated levels and train a much worse model without a word. Columns the
 * user lists as `categorical` are taken as categories whatever they hold (codes such as ZIP codes).
 */
export function trainingTable(
  cells: TableCells,
  options: { categorical?: readonly string[] } = {}
): DataTable {
  const categorical = new Set(options.categorical ?? [])
  for (const name of categorical) {
    if (!cells.header.includes(name)) {
      const suggestion = closestName(name, cells.header)
      throw new UsageError(
        `categorical column ${JSON.stringify(name)} is not in the training data` +
          (suggestion === undefined ? '' : ` (did you mean ${JSON.stringify(suggestion)}?)`) +
          `; its columns are ${cells.header.map((column) => JSON.stringify(column)).join(', ')}`
      )
    }
  }
  const file = cells.files.length === 1 ? cells.files[0] : undefined
  const columns: DataColumn[] = cells.header.map((name, k) => {
    const values = cells.cells[k]!
    if (categorical.has(name)) return columnFromText(name, values, 'categorical')
    const { present, numbers, firstOther } = countNumbers(values)
    if (present > 0 && numbers === present) return columnFromText(name, values, 'numeric')
    if (numbers * 2 > present && firstOther !== undefined) {
      throw new InputError(
        { ...(file === undefined ? {} : { file }), row: firstOther + 1, field: name },
        `expected a number: ${numbers} of the ${present} values in this column are numbers, but ` +
          `this row holds ${JSON.stringify(values[firstOther])}. Fix the value (or leave it empty ` +
          'for a missing value), or list the column as categorical to treat every value as a ' +
          'category.'
      )
    }
    return columnFromText(name, values, 'categorical')
  })
  return { columns }
}

function countNumbers(values: readonly (string | null)[]): {
  present: number
  numbers: number
  firstOther: number | undefined
} {
  let present = 0
  let numbers = 0
  let firstOther: number | undefined
  for (let i = 0; i < values.length; i++) {
    const cell = values[i]
    if (isMissingCell(cell)) continue
    present++
    if (Number.isFinite(parseDecimalCell(cell!))) numbers++
    else if (firstOther === undefined) firstOther = i
  }
  return { present, numbers, firstOther }
}
