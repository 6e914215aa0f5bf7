/**
 * Strict ISO 8601 dates and date-times from bytes, with calendar validation. `Date.parse` is not
 * used because V8 accepts impossible dates such as 2026-02-30 and silently rolls them over
 * (PERFORMANCE.md §1), which would let a freshness or format check pass on corrupt data.
 *
 * Accepted: `YYYY-MM-DD`, optionally followed by `T` or a space and `HH:MM`, `HH:MM:SS` or
 * `HH:MM:SS.fraction` (any number of fraction digits; milliseconds kept), optionally followed by
 * `Z` or an offset `±HH:MM` / `±HHMM` / `±HH`. A date-time without an offset is taken as UTC.
 */

/** Side result of the last successful parse: whether a time part was present. */
export const lastParsedDatetime = { hasTime: false }

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

function digitsAt(bytes: Uint8Array, at: number, count: number): number {
  let value = 0
  for (let i = 0; i < count; i++) {
    const d = bytes[at + i]! - 48
    if (d < 0 || d > 9) return -1
    value = value * 10 + d
  }
  return value
}

/** Epoch milliseconds of `bytes[start, end)`, or NaN when it is not a valid ISO date/date-time. */
export function parseDatetimeBytes(bytes: Uint8Array, start: number, end: number): number {
  if (end - start < 10) return NaN
  const year = digitsAt(bytes, start, 4)
  if (year < 0 || bytes[start + 4] !== 45 || bytes[start + 7] !== 45) return NaN
  const month = digitsAt(bytes, start + 5, 2)
  const day = digitsAt(bytes, start + 8, 2)
  if (month < 1 || month > 12 || day < 1) return NaN
  const maxDay = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!
  if (day > maxDay) return NaN
  let i = start + 10
  let millis = 0
  let offsetMinutes = 0
  lastParsedDatetime.hasTime = false
  if (i < end) {
    const separator = bytes[i]
    if (separator !== 84 /* T */ && separator !== 116 /* t */ && separator !== 32) return NaN
    i++
    if (end - i < 5 || bytes[i + 2] !== 58 /* : */) return NaN
    const hour = digitsAt(bytes, i, 2)
    const minute = digitsAt(bytes, i + 3, 2)
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return NaN
    i += 5
    let second = 0
    if (i < end && bytes[i] === 58) {
      second = digitsAt(bytes, i + 1, 2)
      if (second < 0 || second > 59 || i + 3 > end) return NaN
      i += 3
      if (i < end && (bytes[i] === 46 || bytes[i] === 44) /* . or , */) {
        i++
        let scale = 100
        let fractionDigits = 0
        while (i < end) {
          const d = bytes[i]! - 48
          if (d < 0 || d > 9) break
          millis += d * scale
          scale /= 10
          fractionDigits++
          i++
        }
        if (fractionDigits === 0) return NaN
        millis = Math.floor(millis)
      }
    }
    if (i < end) {
      const zone = bytes[i]
      if (zone === 90 /* Z */ || zone === 122 /* z */) {
        i++
      } else if (zone === 43 || zone === 45) {
        const sign = zone === 45 ? -1 : 1
        i++
        const offsetHours = digitsAt(bytes, i, 2)
        if (offsetHours < 0 || offsetHours > 23) return NaN
        i += 2
        let offsetMins = 0
        if (i < end) {
          if (bytes[i] === 58) i++
          offsetMins = digitsAt(bytes, i, 2)
          if (offsetMins < 0 || offsetMins > 59) return NaN
          i += 2
        }
        offsetMinutes = sign * (offsetHours * 60 + offsetMins)
      } else {
        return NaN
      }
    }
    if (i !== end) return NaN
    lastParsedDatetime.hasTime = true
    return utcTime(year, month, day, hour, minute, second, millis) - offsetMinutes * 60000
  }
  return utcTime(year, month, day, 0, 0, 0, 0)
}

/**
 * Milliseconds since 1970-01-01T00:00Z of a proleptic Gregorian date-time, by Howard Hinnant's
 * days_from_civil (http://howardhinnant.github.io/date_algorithms.html): pure arithmetic, several
 * times faster than Date.UTC on the hot path, and right for years 0–99, which Date.UTC maps to
 * 1900–1999.
 */
function utcTime(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  millis: number
): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  const days = era * 146097 + dayOfEra - 719468
  return days * 86400000 + hour * 3600000 + minute * 60000 + second * 1000 + millis
}

/** The same as `parseDatetimeBytes` for a string (JSON Lines and Parquet string values). */
export function parseDatetimeString(text: string): number {
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code > 127) return NaN
    bytes[i] = code
  }
  return parseDatetimeBytes(bytes, 0, bytes.length)
}

/** Parses a duration such as `90s`, `15m`, `2h`, `2d`, `1w` (or combinations like `1d12h`) to ms. */
export function parseDuration(text: string): number {
  const units: Record<string, number> = {
    ms: 1,
    s: 1000,
    m: 60000,
    h: 3600000,
    d: 86400000,
    w: 604800000
  }
  const pattern = /(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)/gy
  const trimmed = text.trim()
  let total = 0
  let consumed = 0
  let match: RegExpExecArray | null
  pattern.lastIndex = 0
  while ((match = pattern.exec(trimmed)) !== null) {
    total += Number(match[1]) * units[match[2]!]!
    consumed = pattern.lastIndex
    while (trimmed[consumed] === ' ') consumed++
    pattern.lastIndex = consumed
  }
  if (consumed !== trimmed.length || trimmed.length === 0) return NaN
  return total
}
