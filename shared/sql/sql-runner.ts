import type { SqlDialect } from './sql-dialect.js'

/** A value as engine adapters return it: integers and decimals as JS numbers, text as strings. */
export type SqlValue = null | boolean | number | string

export type SqlRow = Record<string, SqlValue>

/**
 * What the pushdown needs from a database connection: its dialect and a way to run one query and
 * get all rows back (every query Tollgate sends returns few rows: aggregates and samples). Engine
 * adapters live in shared/adapters/sql-engines/.
 */
export interface SqlRunner {
  readonly dialect: SqlDialect
  query(sql: string): Promise<SqlRow[]>
}

/** A number from a row (engines may return counts as numbers or numeric strings); null stays null. */
export function numberOrNull(value: SqlValue | undefined): number | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'number') return value
  if (typeof value === 'boolean') return value ? 1 : 0
  const parsed = Number(value)
  if (Number.isNaN(parsed))
    throw new Error(
      `Bug: the database returned ${JSON.stringify(value)} where a number was expected`
    )
  return parsed
}

/** A count or other number that must be present (0 for NULL: SUM over no rows). */
export function numberOf(value: SqlValue | undefined): number {
  return numberOrNull(value) ?? 0
}

/** A text from a row; numbers and booleans are written as text, null stays null. */
export function textOrNull(value: SqlValue | undefined): string | null {
  if (value === null || value === undefined) return null
  return typeof value === 'string' ? value : String(value)
}
