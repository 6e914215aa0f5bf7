import type { FieldValue } from '../data/field-value.js'
import type { Bounds, ValueCheck, ValueFormat, ValueType } from './check-types.js'

/**
 * Per-value pass/fail rules, compiled once per scan from the parsed checks. A predicate returns
 * true when the (non-null) value PASSES. Order-dependent (increasing/decreasing), set-based
 * (unique, references) and null checks are handled by the scan itself.
 */
export type ValuePredicate = (value: FieldValue) => boolean

/** True when x lies within the bounds (inclusive unless strict); NaN never does. */
export function withinBounds(x: number, bounds: Bounds): boolean {
  if (Number.isNaN(x)) return false
  if (bounds.min !== undefined && (bounds.strictMin ? x <= bounds.min : x < bounds.min)) return false
  if (bounds.max !== undefined && (bounds.strictMax ? x >= bounds.max : x > bounds.max)) return false
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
  const texts = new Set(values)
  const numbers = new Set(
    values.map((value) => (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value.trim()) ? Number(value) : NaN)).filter((n) => !Number.isNaN(n))
  )
  return (v) => texts.has(v.text) || (numbers.size > 0 && numbers.has(v.number))
}

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
      return (v) => !member(v)
    }
    case 'regex':
      return regexPredicate(check.pattern, check.flags, check.search)
    case 'not_regex': {
      const matches = regexPredicate(check.pattern, check.flags, check.search)
      return (v) => !matches(v)
    }
    case 'length':
      return (v) => withinBounds(v.codePointLength, check.bounds)
    case 'format':
      return formatPredicate(check.format)
    default:
      return undefined
  }
}
