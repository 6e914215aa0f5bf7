import { isoDatetimeSql } from './iso-datetime-sql.js'
import type { ColumnKind, SqlDialect } from './sql-dialect.js'

/**
 * How one table column is seen by the checks, as SQL expressions over the base table: the same
 * interpretations the streaming engine gives a field (FieldValue): missing or not, its number,
 * whether it was written as an integer, its text, its date-time, whether it is a boolean. They
 * are computed once per row in a derived table (`derivedColumns`), so checks and profile
 * aggregates refer to short aliases.
 */
export interface ColumnSql {
  name: string
  kind: ColumnKind
  /** Aliases in the derived table (m = missing, n = number, i = integer literal, t = text, e = epoch, h = has time, b = boolean). */
  missing: string
  number: string
  integerLiteral: string
  text: string
  epoch: string
  hasTime: string
  boolean: string
}

/** Number syntax of parse-number.ts: optional spaces, sign, digits with fraction, exponent. */
const NUMBER_TEXT = '^ *[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)? *$'
const INTEGER_TEXT = '^ *[+-]?[0-9]+ *$'
const BOOLEAN_TEXTS = ['true', 'True', 'TRUE', 'false', 'False', 'FALSE']

export function columnAliases(index: number, name: string, kind: ColumnKind): ColumnSql {
  return {
    name,
    kind,
    missing: `m${index}`,
    number: `n${index}`,
    integerLiteral: `i${index}`,
    text: `t${index}`,
    epoch: `e${index}`,
    hasTime: `h${index}`,
    boolean: `b${index}`
  }
}

/** The select list of the derived table for one column (`<expression> AS <alias>, ...`). */
export function derivedColumnSql(
  dialect: SqlDialect,
  column: ColumnSql,
  nullValues: readonly string[]
): string {
  const q = dialect.quoteIdentifier(column.name)
  const double = (expression: string): string => `CAST(${expression} AS ${dialect.doubleType})`
  // Typed NULLs: a bare NULL in a derived table is text to PostgreSQL, which AVG and MIN reject.
  let number = `CAST(NULL AS ${dialect.doubleType})`
  let integerLiteral = 'FALSE'
  let text: string
  let epoch = `CAST(NULL AS ${dialect.doubleType})`
  let hasTime = 'FALSE'
  let boolean = 'FALSE'
  switch (column.kind) {
    case 'integer':
      number = double(q)
      integerLiteral = 'TRUE'
      text = dialect.toText(q)
      break
    case 'float':
      number = `(CASE WHEN ${dialect.isFinite(q)} THEN ${double(q)} END)`
      integerLiteral = `(${q} = FLOOR(${q}))`
      text = dialect.floatText(q)
      break
    case 'decimal':
      number = double(q)
      text = dialect.toText(q)
      integerLiteral = `(POSITION('.' IN ${text}) = 0)`
      break
    case 'boolean':
      text = dialect.toText(q)
      boolean = 'TRUE'
      break
    case 'date':
      text = dialect.toText(q)
      epoch = dialect.epochMillis(q, 'date')
      break
    case 'timestamp':
    case 'timestamptz':
      text = dialect.isoTimestampText(q, column.kind)
      epoch = dialect.epochMillis(q, column.kind)
      hasTime = 'TRUE'
      break
    case 'text': {
      const isNumber = dialect.regexMatches(q, NUMBER_TEXT, { search: true, ignoreCase: false })
      number = `(CASE WHEN ${isNumber} THEN ${double(`TRIM(${q})`)} END)`
      integerLiteral = dialect.regexMatches(q, INTEGER_TEXT, { search: true, ignoreCase: false })
      text = q
      const iso = isoDatetimeSql(dialect, q)
      epoch = iso.epoch
      hasTime = iso.hasTime
      boolean = `(${q} IN (${BOOLEAN_TEXTS.map((value) => dialect.quoteLiteral(value)).join(', ')}))`
      break
    }
  }
  // Only null texts that a value of this kind could spell need comparing (`NA` is never a number).
  const possible = nullValues.filter((value) => couldSpell(column.kind, value))
  const nullTexts =
    possible.length === 0
      ? ''
      : ` OR ${text} IN (${possible.map((value) => dialect.quoteLiteral(value)).join(', ')})`
  const missing =
    column.kind === 'text'
      ? `(${q} IS NULL OR ${q} = ''${nullTexts})`
      : `(${q} IS NULL${nullTexts})`
  return [
    `${missing} AS ${column.missing}`,
    `${number} AS ${column.number}`,
    `${integerLiteral} AS ${column.integerLiteral}`,
    `${text} AS ${column.text}`,
    `${epoch} AS ${column.epoch}`,
    `${hasTime} AS ${column.hasTime}`,
    `${boolean} AS ${column.boolean}`
  ].join(', ')
}

/**
 * The classification of one non-missing value into the streaming engine's type counts
 * (column-scan.ts acceptView): a number first, else a date or date-time, else a boolean, else text.
 */
export function typeOfValueSql(column: ColumnSql): {
  integer: string
  decimal: string
  date: string
  datetime: string
  boolean: string
  text: string
} {
  const numeric = `${column.number} IS NOT NULL`
  const dated = `${column.number} IS NULL AND ${column.epoch} IS NOT NULL`
  const other = `${column.number} IS NULL AND ${column.epoch} IS NULL`
  return {
    integer: `${numeric} AND ${column.integerLiteral}`,
    decimal: `${numeric} AND NOT ${column.integerLiteral}`,
    date: `${dated} AND NOT ${column.hasTime}`,
    datetime: `${dated} AND ${column.hasTime}`,
    boolean: `${other} AND ${column.boolean}`,
    text: `${other} AND NOT ${column.boolean}`
  }
}

/** Whether a value of this kind can be written as `text` (so a null text could match it). */
function couldSpell(kind: ColumnKind, text: string): boolean {
  switch (kind) {
    case 'integer':
    case 'float':
    case 'decimal':
      return new RegExp(NUMBER_TEXT).test(text) || /^-?(NaN|Infinity|nan|inf)$/.test(text)
    case 'boolean':
      return text === 'true' || text === 'false'
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(text)
    case 'timestamp':
    case 'timestamptz':
      return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(text)
    case 'text':
      return true
  }
}
