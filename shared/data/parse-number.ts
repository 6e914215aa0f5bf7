/**
 * Decimal number parsing straight from UTF-8/ASCII bytes, without building a string per field
 * (PERFORMANCE.md §2.1 and §2.6: the byte path is what makes the scan fast).
 *
 * Exactness: values with at most 15 significant digits and a decimal exponent within ±22 take
 * Clinger's fast path (an exact integer mantissa times or divided by an exact power of ten is
 * correctly rounded by one IEEE operation; Clinger 1990, "How to read floating point numbers
 * accurately"). Anything else falls back to `parseFloat` on the field's text, so the result is
 * always bit-identical to `parseFloat`.
 *
 * Accepted syntax: optional surrounding ASCII spaces, optional sign, digits with an optional
 * fraction, optional exponent: `[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?`. Anything else
 * (including `NaN`, `inf`, `0x1F`, `1,000`) is not a number and yields NaN.
 */

const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i)
const MAX_FAST_DIGITS = 15

/**
 * Side result of the last successful `parseNumberBytes` call: whether the text was written as an
 * integer (no fraction, no exponent). Returned this way so the hot path allocates nothing.
 */
export const lastParsedNumber = { integerLiteral: false }

/** Parses `bytes[start, end)`; returns NaN when the text is not a decimal number. */
export function parseNumberBytes(bytes: Uint8Array, start: number, end: number): number {
  while (start < end && bytes[start] === 32) start++
  while (end > start && bytes[end - 1] === 32) end--
  if (start >= end) return NaN
  let i = start
  let negative = false
  let c = bytes[i]!
  if (c === 45 /* - */ || c === 43 /* + */) {
    negative = c === 45
    i++
    if (i >= end) return NaN
  }
  const bodyStart = i
  let mantissa = 0
  let significantDigits = 0
  let exponent = 0
  let sawDigit = false
  let integerLiteral = true
  // Integer part.
  while (i < end) {
    c = bytes[i]!
    const d = c - 48
    if (d < 0 || d > 9) break
    sawDigit = true
    if (significantDigits > 0 || d !== 0) significantDigits++
    if (significantDigits <= MAX_FAST_DIGITS) mantissa = mantissa * 10 + d
    else exponent++
    i++
  }
  // Fraction.
  if (i < end && bytes[i] === 46 /* . */) {
    integerLiteral = false
    i++
    while (i < end) {
      c = bytes[i]!
      const d = c - 48
      if (d < 0 || d > 9) break
      sawDigit = true
      if (significantDigits > 0 || d !== 0) significantDigits++
      if (significantDigits <= MAX_FAST_DIGITS) {
        mantissa = mantissa * 10 + d
        exponent--
      }
      i++
    }
  }
  if (!sawDigit) return NaN
  // Exponent.
  if (i < end && (bytes[i] === 101 || bytes[i] === 69) /* e E */) {
    integerLiteral = false
    i++
    let exponentNegative = false
    if (i < end && (bytes[i] === 45 || bytes[i] === 43)) {
      exponentNegative = bytes[i] === 45
      i++
    }
    let explicit = 0
    let exponentDigits = 0
    while (i < end) {
      const d = bytes[i]! - 48
      if (d < 0 || d > 9) break
      if (explicit < 1e6) explicit = explicit * 10 + d
      exponentDigits++
      i++
    }
    if (exponentDigits === 0) return NaN
    exponent += exponentNegative ? -explicit : explicit
  }
  if (i !== end) return NaN
  lastParsedNumber.integerLiteral = integerLiteral
  let value: number
  if (significantDigits <= MAX_FAST_DIGITS && exponent >= -22 && exponent <= 22) {
    value =
      exponent < 0 ? mantissa / POWERS_OF_TEN[-exponent]! : mantissa * POWERS_OF_TEN[exponent]!
  } else {
    value = parseFloat(latin1(bytes, bodyStart, end))
  }
  return negative ? -value : value
}

function latin1(bytes: Uint8Array, start: number, end: number): string {
  let text = ''
  for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i]!)
  return text
}
