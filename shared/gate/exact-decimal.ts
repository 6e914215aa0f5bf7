import { UsageError } from '../errors.js'

/**
 * Exact decimal arithmetic on the numbers as people write them. A double such as 0.8 is really
 * 0.8000000000000000444…; adding two of them rounds again (0.8 + 0.05 = 0.8500000000000001).
 * Here each double is read as its shortest round-trip decimal — the text JavaScript and Python
 * print for it ("0.8", "0.05") — and sums, differences and products are exact BigInt operations,
 * so 0.85 ≥ 0.8 + 0.05 holds as it does on paper.
 */

/** coefficient × 10^exponent. */
export interface ExactDecimal {
  readonly coefficient: bigint
  readonly exponent: number
}

const NUMBER_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/

/** The shortest round-trip decimal of a finite double (ECMAScript Number::toString). */
export function decimalFromNumber(value: number): ExactDecimal {
  if (!Number.isFinite(value)) throw new UsageError(`not a finite number: ${value}`)
  const match = NUMBER_TEXT.exec(String(value))
  if (match === null) throw new UsageError(`cannot read ${value} as a decimal`)
  const [, sign, whole, fraction = '', exponent = '0'] = match
  const digits = BigInt(`${whole!}${fraction}`)
  return {
    coefficient: sign === '-' ? -digits : digits,
    exponent: Number(exponent) - fraction.length
  }
}

function scaleTo(value: ExactDecimal, exponent: number): bigint {
  return value.coefficient * 10n ** BigInt(value.exponent - exponent)
}

/** a + b, exactly (both scaled to the smaller exponent). */
export function addDecimals(a: ExactDecimal, b: ExactDecimal): ExactDecimal {
  const exponent = Math.min(a.exponent, b.exponent)
  return { coefficient: scaleTo(a, exponent) + scaleTo(b, exponent), exponent }
}

/** a − b, exactly. */
export function subtractDecimals(a: ExactDecimal, b: ExactDecimal): ExactDecimal {
  return addDecimals(a, { coefficient: -b.coefficient, exponent: b.exponent })
}

/** a · b, exactly (coefficients multiply, exponents add). */
export function multiplyDecimals(a: ExactDecimal, b: ExactDecimal): ExactDecimal {
  return { coefficient: a.coefficient * b.coefficient, exponent: a.exponent + b.exponent }
}

/** |a|. */
export function absoluteDecimal(a: ExactDecimal): ExactDecimal {
  return a.coefficient < 0n ? { coefficient: -a.coefficient, exponent: a.exponent } : a
}

/** −1, 0 or 1 as a is below, equal to or above b. */
export function compareDecimals(a: ExactDecimal, b: ExactDecimal): -1 | 0 | 1 {
  const exponent = Math.min(a.exponent, b.exponent)
  const left = scaleTo(a, exponent)
  const right = scaleTo(b, exponent)
  return left < right ? -1 : left > right ? 1 : 0
}

/** Plain decimal text without exponent, e.g. "0.85" or "-1200" (for messages and tests). */
export function formatDecimal(a: ExactDecimal): string {
  const negative = a.coefficient < 0n
  let digits = (negative ? -a.coefficient : a.coefficient).toString()
  let text: string
  if (a.exponent >= 0) {
    text = digits === '0' ? '0' : digits + '0'.repeat(a.exponent)
  } else {
    const places = -a.exponent
    digits = digits.padStart(places + 1, '0')
    const whole = digits.slice(0, digits.length - places)
    const fraction = digits.slice(digits.length - places).replace(/0+$/, '')
    text = fraction === '' ? whole : `${whole}.${fraction}`
  }
  return negative && text !== '0' ? `-${text}` : text
}
