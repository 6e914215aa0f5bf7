import { InputError, UsageError } from '../errors.js'

/**
 * The column-oriented table the built-in learners read: one typed column per field, so a
 * 100 000-row training set is a handful of flat arrays rather than 100 000 objects, and the
 * learners can scan a feature without touching the others.
 *
 * Missing values: NaN in a numeric column, `null` in a categorical one. A column's kind is a
 * statement about its values, not a guess made later: a numeric column must hold numbers
 * (`columnFromText` turns file cells into columns and rejects a non-number there).
 */

export type ColumnKind = 'numeric' | 'categorical'

export interface NumericColumn {
  readonly name: string
  readonly kind: 'numeric'
  /** One value per row; NaN marks a missing value. ±Infinity is rejected by the learners. */
  readonly values: Float64Array
}

export interface CategoricalColumn {
  readonly name: string
  readonly kind: 'categorical'
  /** One value per row; `null` marks a missing value. */
  readonly values: readonly (string | null)[]
}

export type DataColumn = NumericColumn | CategoricalColumn

export interface DataTable {
  readonly columns: readonly DataColumn[]
}

/**
 * Number of rows of a table, after checking that the columns agree on it and that names are
 * unique (two columns called `age` would make "the column age" ambiguous everywhere after).
 */
export function tableRowCount(table: DataTable): number {
  const first = table.columns[0]
  if (first === undefined) throw new UsageError('the table has no columns')
  const seen = new Set<string>()
  for (const column of table.columns) {
    if (seen.has(column.name)) {
      throw new InputError(
        { field: column.name },
        'the column name appears twice; column names must be unique'
      )
    }
    seen.add(column.name)
    if (column.values.length !== first.values.length) {
      throw new InputError(
        { field: column.name },
        `the column has ${column.values.length} values but column ${JSON.stringify(first.name)} ` +
          `has ${first.values.length}; every column needs one value per row`
      )
    }
  }
  return first.values.length
}

/** The column called `name`, or undefined. */
export function findColumn(table: DataTable, name: string): DataColumn | undefined {
  return table.columns.find((column) => column.name === name)
}

/**
 * Checks that a column's values have the type its kind promises. The type system already says
 * so for TypeScript callers; this catches JavaScript callers and JSON-built tables, where a
 * string in a numeric column would otherwise become NaN (a silent "missing") downstream.
 * Infinite numbers are rejected too: no learner can fit or encode them.
 */
export function checkColumnValues(column: DataColumn): void {
  if (column.kind === 'numeric') {
    const values: ArrayLike<unknown> = column.values
    for (let i = 0; i < values.length; i++) {
      const value = values[i]
      if (typeof value !== 'number') {
        throw new InputError(
          { field: column.name, row: i + 1 },
          `expected a number (the column is numeric), found ${describeValue(value)}`
        )
      }
      if (value === Infinity || value === -Infinity) {
        throw new InputError(
          { field: column.name, row: i + 1 },
          `expected a finite number or a missing value, found ${value}`
        )
      }
    }
    return
  }
  const values: ArrayLike<unknown> = column.values
  for (let i = 0; i < values.length; i++) {
    const value = values[i]
    if (value !== null && typeof value !== 'string') {
      throw new InputError(
        { field: column.name, row: i + 1 },
        `expected a text value or null (the column is categorical), found ${describeValue(value)}`
      )
    }
  }
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (value === undefined) return 'nothing (undefined)'
  if (typeof value === 'object' && value !== null) return 'an object'
  return `${typeof value} ${JSON.stringify(value) ?? typeof value}`
}
