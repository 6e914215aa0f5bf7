import type { FieldValue } from '../data/field-value.js'
import { hashString53 } from '../sketch/hash-bytes.js'
import type { Bounds, ValueCheck, ValueFormat, ValueType } from './check-types.js'

/**
 * Per-value pass/fail rules, compiled once per scan from the parsed checks. A predicate returns
 * true when the (non-null) value PASSES. It also receives the value's key (the number itself, or
 * the 53-bit hash of its text, computed once per value by the scan) so set membership needs no
 * text. Order-dependent (increasing/decreasing), set-based (unique, references) and null checks
 * are handled by the scan itself.
 */
export type ValuePredicate = (value: FieldValue, key: number) => boolean

/** True when x lies within the bounds (inclusive unless strict); NaN never does. */
export function withinBounds(x: number, bounds: Bounds): boolean {
  if (Number.isNaN(x)) return false
  if (bounds.min !== undefined && (bounds.strictMin ? x <= bounds.min : x < bounds.min))
    return false
  if (bounds.max !== undefined && (bounds.strictMax ? x >= bounds.max : x > bounds.max))
    return false
  return true
}

export function typePredicate(type: ValueType): ValuePredicate {
  switch (type) {
    case 'integer':
      return (v) => Number.isInteger(v.number)
    case 'number':
      return (v) => !Number.isNaN(v.number)
    case 'string':
      return () => true
    case 'boolean':
      return (v) => v.booleanValue !== undefined
    case 'date':
      return (v) => !Number.isNaN(v.epoch) && !v.hasTime
    case 'datetime':
      return (v) => !Number.isNaN(v.epoch)
  }
}

/**
 * Set membership by text, or by number when the value and a listed item are both numbers, so
 * `in_set: [1, 2]` accepts `1.0` in a numeric column the way a typed comparison would.
 */
export function membershipPredicate(values: readonly string[]): ValuePredicate {
  // A value's key is its number when it spells one, else the hash of its text: listing both the
  // hash of every item's text and the number of every numeric item matches exactly the values
  // whose text is listed or whose number equals a listed number (hash collisions: ~2^-53).
  const keys = new Set<number>()
  for (const value of values) {
    keys.add(hashString53(value))
    if (DECIMAL.test(value.trim())) {
      const number = Number(value)
      keys.add(number === 0 ? 0 : number)
    }
  }
  return (_value, key) => keys.has(key)
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/

/** Full match unless `search` (Great Expectations' regex is a search; ours anchors by default). */
export function regexPredicate(pattern: string, flags: string, search: boolean): ValuePredicate {
  const regex = new RegExp(search ? pattern : `^(?:${pattern})$`, flags)
  return (v) => regex.test(v.text)
}

const FORMAT_PATTERNS: Partial<Record<ValueFormat, RegExp>> = {
  // Pragmatic shape checks (RFC 5322 is not what users mean by "an email column").
  email: /^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$/u,
  uuid: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
  ipv4: /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/
}

export function formatPredicate(format: ValueFormat): ValuePredicate {
  switch (format) {
    case 'date':
      return (v) => !Number.isNaN(v.epoch) && !v.hasTime
    case 'datetime':
      return (v) => !Number.isNaN(v.epoch)
    case 'json':
      return (v) => {
        try {
          JSON.parse(v.text)
          return true
        } catch {
          return false
        }
      }
    case 'url':
      return (v) => {
        if (!/^https?:\/\//i.test(v.text)) return false
        try {
          new URL(v.text)
          return true
        } catch {
          return false
        }
      }
    default: {
      const pattern = FORMAT_PATTERNS[format]!
      return (v) => pattern.test(v.text)
    }
  }
}

/** The predicate for a value check that is decided by the value alone, or undefined. */
export function compilePredicate(check: ValueCheck): ValuePredicate | undefined {
  switch (check.check) {
    case 'type':
      return typePredicate(check.type)
    case 'between':
      return (v) => withinBounds(v.number, check.bounds)
    case 'in_set':
      return membershipPredicate(check.values)
    case 'not_in_set': {
      const member = membershipPredicate(check.values)
      return (v, key) => !member(v, key)
    }
    case 'regex':
      return regexPredicate(check.pattern, check.flags, check.search)
    case 'not_regex': {
      const matches = regexPredicate(check.pattern, check.flags, check.search)
      return (v, key) => !matches(v, key)
    }
    case 'length':
      return (v) => withinBounds(v.codePointLength, check.bounds)
    case 'format':
      return formatPredicate(check.format)
    default:
      return undefined
  }
}
