import type { SqlDialect } from './sql-dialect.js'

/**
 * SQL that reads ISO 8601 dates and date-times in a text column exactly as the streaming engine's
 * parse-datetime.ts does: `YYYY-MM-DD`, optionally `T`/`t`/space and `HH:MM[:SS[.fraction]]`
 * (`.` or `,`, milliseconds kept, the rest cut), optionally `Z`/`z` or `±HH[[:]MM]`; no offset
 * means UTC; impossible dates (2026-02-30) and times are not dates. Engines' own casts accept
 * other shapes and reject some of these, so the value is computed from its digits with the
 * proleptic Gregorian day count (Howard Hinnant, "chrono-compatible low-level date algorithms",
 * days_from_civil) — plain arithmetic every SQL engine evaluates alike.
 */

/** The shape, checked before any digit is cast (CASTs on other texts would fail). */
const ISO_SHAPE =
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}([.,][0-9]+)?)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?$'

export interface IsoDatetimeSql {
  /** Epoch milliseconds (double), NULL when the text is not a valid ISO date or date-time. */
  epoch: string
  /** True when the text has a time part (meaningful when epoch is not NULL). */
  hasTime: string
}

export function isoDatetimeSql(dialect: SqlDialect, text: string): IsoDatetimeSql {
  const part = (start: number, length: number): string =>
    `CAST(SUBSTRING(${text}, ${start}, ${length}) AS INTEGER)`
  const year = part(1, 4)
  const month = part(6, 2)
  const day = part(9, 2)
  const timed = `(CHAR_LENGTH(${text}) > 10)`
  const hour = `(CASE WHEN ${timed} THEN ${part(12, 2)} ELSE 0 END)`
  const minute = `(CASE WHEN ${timed} THEN ${part(15, 2)} ELSE 0 END)`
  const second = `(CASE WHEN SUBSTRING(${text}, 17, 1) = ':' THEN ${part(18, 2)} ELSE 0 END)`
  const fraction = dialect.regexCapture(text, '^.{19}[.,]([0-9]+)')
  const millis = `COALESCE(CAST(RPAD(SUBSTRING(${fraction}, 1, 3), 3, '0') AS INTEGER), 0)`
  const offset = `(CASE WHEN ${timed} THEN ${dialect.regexCapture(text, '([+-][0-9]{2}(?::?[0-9]{2})?)$')} END)`
  const offsetHours = `COALESCE(CAST(SUBSTRING(${offset}, 2, 2) AS INTEGER), 0)`
  const offsetMinutes = `(CASE WHEN CHAR_LENGTH(${offset}) > 3 THEN CAST(RIGHT(${offset}, 2) AS INTEGER) ELSE 0 END)`
  const offsetSign = `(CASE WHEN SUBSTRING(${offset}, 1, 1) = '-' THEN -1 ELSE 1 END)`
  const leap = `((MOD(${year}, 4) = 0 AND MOD(${year}, 100) <> 0) OR MOD(${year}, 400) = 0)`
  const daysInMonth = `(CASE ${month} WHEN 2 THEN (CASE WHEN ${leap} THEN 29 ELSE 28 END) WHEN 4 THEN 30 WHEN 6 THEN 30 WHEN 9 THEN 30 WHEN 11 THEN 30 ELSE 31 END)`
  const valid =
    `${month} BETWEEN 1 AND 12 AND ${day} BETWEEN 1 AND ${daysInMonth} AND ${hour} <= 23 AND ${minute} <= 59 AND ${second} <= 59 ` +
    `AND ${offsetHours} <= 23 AND ${offsetMinutes} <= 59`
  // days_from_civil with doubles and FLOOR, so negative years divide like the algorithm expects.
  const shiftedYear = `(CAST(${year} AS ${dialect.doubleType}) - (CASE WHEN ${month} <= 2 THEN 1 ELSE 0 END))`
  const era = `FLOOR(${shiftedYear} / 400)`
  const yearOfEra = `(${shiftedYear} - ${era} * 400)`
  const dayOfYear = `(FLOOR((153 * (CASE WHEN ${month} > 2 THEN ${month} - 3 ELSE ${month} + 9 END) + 2) / CAST(5 AS ${dialect.doubleType})) + ${day} - 1)`
  const dayOfEra = `(${yearOfEra} * 365 + FLOOR(${yearOfEra} / 4) - FLOOR(${yearOfEra} / 100) + ${dayOfYear})`
  const days = `(${era} * 146097 + ${dayOfEra} - 719468)`
  const epoch =
    `(${days} * 86400000 + ${hour} * 3600000 + ${minute} * 60000 + ${second} * 1000 + ${millis} ` +
    `- ${offsetSign} * (${offsetHours} * 60 + ${offsetMinutes}) * 60000)`
  return {
    epoch: `(CASE WHEN ${dialect.regexMatches(text, ISO_SHAPE, { search: true, ignoreCase: false })} THEN (CASE WHEN ${valid} THEN ${epoch} END) END)`,
    hasTime: timed
  }
}
