import { InputError, UsageError } from '../errors.js'
import { closestName } from '../text/closest-name.js'
import { findColumn } from './data-table.js'
import type { DataColumn, DataTable } from './data-table.js'

/**
 * Which columns a model learns from: the ones the user named (or every column but the target),
 * minus those that cannot teach anything on the rows with a target.
 */

/** The requested feature columns (default: all but the target), each checked to exist. */
export function selectFeatureColumns(
  table: DataTable,
  target: string,
  requested: readonly string[] | undefined
): DataColumn[] {
  if (requested === undefined) return table.columns.filter((column) => column.name !== target)
  const names = table.columns.map((column) => column.name)
  const seen = new Set<string>()
  return requested.map((name) => {
    if (name === target) {
      throw new UsageError(`the target column ${JSON.stringify(target)} cannot also be a feature`)
    }
    if (seen.has(name)) throw new UsageError(`feature ${JSON.stringify(name)} is listed twice`)
    seen.add(name)
    const column = findColumn(table, name)
    if (column === undefined) {
      const suggestion = closestName(name, names)
      throw new InputError(
        { field: name },
        'the training data has no feature column of that name' +
          (suggestion === undefined ? '' : ` (did you mean ${JSON.stringify(suggestion)}?)`)
      )
    }
    return column
  })
}

/**
 * Drops (with a warning) features with no variation on the rows with a target: all missing, or
 * one value with no missing. None left is an error — there is nothing to learn from.
 */
export function usableFeatureColumns(
  columns: readonly DataColumn[],
  rows: Int32Array,
  warnings: string[],
  target: string
): DataColumn[] {
  const usable = columns.filter((column) => {
    const varies =
      column.kind === 'numeric'
        ? numericVaries(column.values, rows)
        : categoricalVaries(column.values, rows)
    if (!varies) {
      warnings.push(
        `feature ${JSON.stringify(column.name)} has the same value (or no value) in every row ` +
          'and is not used'
      )
    }
    return varies
  })
  if (usable.length === 0) {
    throw new InputError(
      { field: target },
      columns.length === 0
        ? 'the training data has no feature columns besides the target'
        : 'no usable feature columns: every feature is constant or empty on the rows with a target'
    )
  }
  return usable
}

function numericVaries(values: Float64Array, rows: Int32Array): boolean {
  let first = NaN
  let sawMissing = false
  let sawPresent = false
  for (let k = 0; k < rows.length; k++) {
    const value = values[rows[k]!]!
    if (Number.isNaN(value)) sawMissing = true
    else if (!sawPresent) {
      sawPresent = true
      first = value
    } else if (value !== first) return true
    if (sawMissing && sawPresent) return true
  }
  return false
}

function categoricalVaries(values: readonly (string | null)[], rows: Int32Array): boolean {
  const first = values[rows[0]!]
  for (let k = 1; k < rows.length; k++) if (values[rows[k]!] !== first) return true
  return false
}
