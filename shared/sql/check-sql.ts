import type { Bounds, ValueCheck } from '../checks/check-types.js'
import { InputError } from '../errors.js'
import type { ColumnSql } from './column-expressions.js'
import { doubleLiteral, type SqlDialect } from './sql-dialect.js'

/**
 * The pass condition of a value check as SQL over the derived column aliases, for one
 * non-missing value — the SQL twin of value-predicates.ts (compilePredicate), with the same
 * semantics: bounds inclusive unless strict and never met by a non-number; set membership by text
 * or, for numeric items, by number; regex full match unless `search`. Never NULL. Checks that need
 * more than the value itself (not_null, unique, increasing, decreasing) have their own queries;
 * `references` cannot run in the database (its keys come from a file).
 */
export function valuePassSql(dialect: SqlDialect, check: ValueCheck, column: ColumnSql): string {
  const { number, text, epoch, hasTime, boolean } = column
  switch (check.check) {
    case 'type':
      switch (check.type) {
        case 'integer':
          return `(${number} IS NOT NULL AND ${number} = FLOOR(${number}))`
        case 'number':
          return `(${number} IS NOT NULL)`
        case 'string':
          return 'TRUE'
        case 'boolean':
          return `(${boolean})`
        case 'date':
          return `(${epoch} IS NOT NULL AND NOT ${hasTime})`
        case 'datetime':
          return `(${epoch} IS NOT NULL)`
      }
      break
    case 'between':
      return `(${number} IS NOT NULL AND ${boundsSql(dialect, number, check.bounds)})`
    case 'in_set':
      return membershipSql(dialect, column, check.values)
    case 'not_in_set':
      return `(NOT ${membershipSql(dialect, column, check.values)})`
    case 'regex':
    case 'not_regex': {
      const matches = `COALESCE(${dialect.regexMatches(text, check.pattern, { search: check.search, ignoreCase: check.flags.includes('i') })}, FALSE)`
      return check.check === 'regex' ? matches : `(NOT ${matches})`
    }
    case 'length':
      return boundsSql(dialect, dialect.charLength(text), check.bounds)
    case 'format':
      switch (check.format) {
        case 'date':
          return `(${epoch} IS NOT NULL AND NOT ${hasTime})`
        case 'datetime':
          return `(${epoch} IS NOT NULL)`
        case 'email':
        case 'uuid':
        case 'ipv4':
          return `COALESCE(${dialect.regexMatches(text, FORMAT_PATTERNS[check.format], { search: true, ignoreCase: false })}, FALSE)`
        case 'json': {
          const valid = dialect.jsonValid(text)
          if (valid === undefined)
            throw unsupported(check, `${dialect.name} before version 16 cannot test JSON text`)
          return `COALESCE(${valid}, FALSE)`
        }
        case 'url':
          throw unsupported(
            check,
            'URL parsing (the WHATWG URL rules the file engine applies) has no SQL equivalent'
          )
      }
      break
    case 'references':
      throw unsupported(
        check,
        'its keys come from a file, which the database cannot read; load the referenced table and check it with SQL, or validate files'
      )
    case 'not_null':
    case 'unique':
    case 'increasing':
    case 'decreasing':
      throw new Error(`Bug: ${check.check} has its own query`)
  }
  throw new Error(`Bug: unhandled check ${check.check}`)
}

/**
 * format: email, uuid and ipv4 — the patterns of value-predicates.ts (FORMAT_PATTERNS), written
 * in the syntax JS, POSIX AREs and RE2 share. The parity tests compare both engines on the same data.
 */
const FORMAT_PATTERNS = {
  email: '^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$',
  uuid: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
  ipv4: '^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$'
} as const

function unsupported(check: ValueCheck, why: string): InputError {
  return new InputError(
    check.location,
    `${check.check}${check.check === 'format' ? `: ${check.format}` : ''} cannot run in the database: ${why}`
  )
}

/** withinBounds as SQL (inclusive unless strict; an absent side is unbounded). */
export function boundsSql(dialect: SqlDialect, expression: string, bounds: Bounds): string {
  const parts: string[] = []
  if (bounds.min !== undefined)
    parts.push(
      `${expression} ${bounds.strictMin ? '>' : '>='} ${doubleLiteral(bounds.min, dialect)}`
    )
  if (bounds.max !== undefined)
    parts.push(
      `${expression} ${bounds.strictMax ? '<' : '<='} ${doubleLiteral(bounds.max, dialect)}`
    )
  return parts.length === 0 ? 'TRUE' : `COALESCE(${parts.join(' AND ')}, FALSE)`
}

/** membershipPredicate: the value's text is listed, or its number equals a numeric item. */
function membershipSql(dialect: SqlDialect, column: ColumnSql, values: readonly string[]): string {
  const numbers = [
    ...new Set(
      values
        .map((value) =>
          /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value.trim()) ? Number(value) : NaN
        )
        .filter((n) => Number.isFinite(n))
    )
  ]
  const byText =
    values.length === 0
      ? 'FALSE'
      : `COALESCE(${column.text} IN (${values.map((value) => dialect.quoteLiteral(value)).join(', ')}), FALSE)`
  const byNumber =
    numbers.length === 0
      ? 'FALSE'
      : `COALESCE(${column.number} IN (${numbers.map((n) => doubleLiteral(n, dialect)).join(', ')}), FALSE)`
  return `(${byText} OR ${byNumber})`
}
