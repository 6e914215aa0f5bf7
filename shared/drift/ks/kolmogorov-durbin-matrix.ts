/**
 * P(Dₙ ≤ d) for the two-sided one-sample Kolmogorov–Smirnov statistic by Durbin's matrix
 * formula (Durbin 1968) in the form of Marsaglia, Tsang & Wang (2003, J. Stat. Softw. 8(18)):
 * write d = (k − h)/n with k = ⌈nd⌉, 0 ≤ h < 1, build the m×m matrix H (m = 2k − 1), and
 *   P(Dₙ ≤ d) = n!/nⁿ · (Hⁿ)_{k,k}.
 * Hⁿ is taken by repeated squaring with a separate power-of-two exponent so nothing overflows.
 * Cost O(m³ log n): the method of choice when nd is small (scipy `_kolmogn_DMTW`).
 */

const SCALE_EXPONENT = 128
const BIG = 2 ** SCALE_EXPONENT
const SMALL = 2 ** -SCALE_EXPONENT

export function kolmogorovCdfDurbin(n: number, d: number): number {
  if (d >= 1) return 1
  const nd = n * d
  if (nd <= 0.5) return 0
  const k = Math.ceil(nd)
  const h = k - nd
  const m = 2 * k - 1

  // First column v_j = (1 − h^j)/j!, last row its reverse, with a corner correction; the
  // upper part holds 1/(i − j + 1)! on and below the super-diagonal.
  const v = new Float64Array(m)
  const w = new Float64Array(m)
  let factorialInverse = 1
  for (let j = 1; j <= m; j++) {
    w[j - 1] = factorialInverse
    factorialInverse /= j
    v[j - 1] = (1 - Math.pow(h, j)) * factorialInverse
  }
  const corner = Math.pow(Math.max(2 * h - 1, 0), m) - 2 * Math.pow(h, m)
  v[m - 1] = (1 + corner) * factorialInverse

  let power: Float64Array = new Float64Array(m * m)
  for (let column = 1; column < m; column++) {
    for (let row = column - 1; row < m; row++) power[row * m + column] = w[row - column + 1]!
  }
  for (let row = 0; row < m; row++) power[row * m] = v[row]!
  for (let column = 0; column < m; column++) power[(m - 1) * m + column] = v[m - 1 - column]!

  let result: Float64Array = identity(m)
  let remaining = n
  let resultExponent = 0
  let powerExponent = 0
  const centre = (k - 1) * m + (k - 1)
  while (remaining > 0) {
    if (remaining % 2 === 1) {
      result = multiply(result, power, m)
      resultExponent += powerExponent
    }
    power = multiply(power, power, m)
    powerExponent *= 2
    if (Math.abs(power[centre]!) > BIG) {
      for (let i = 0; i < power.length; i++) power[i] = power[i]! / BIG
      powerExponent += SCALE_EXPONENT
    }
    remaining = Math.floor(remaining / 2)
  }

  let p = result[centre]!
  // Multiply by n!/nⁿ one factor at a time, rescaling before underflow.
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n
    if (Math.abs(p) < SMALL) {
      p *= BIG
      resultExponent -= SCALE_EXPONENT
    }
  }
  if (resultExponent !== 0) p = scaleByPowerOfTwo(p, resultExponent)
  return p < 0 ? 0 : p > 1 ? 1 : p
}

/** p · 2^exponent without the intermediate 2^exponent under- or overflowing (C's ldexp). */
export function scaleByPowerOfTwo(p: number, exponent: number): number {
  let result = p
  let remaining = exponent
  while (remaining > 1000) {
    result *= 2 ** 1000
    remaining -= 1000
  }
  while (remaining < -1000) {
    result *= 2 ** -1000
    remaining += 1000
  }
  return result * 2 ** remaining
}

function identity(m: number): Float64Array {
  const matrix = new Float64Array(m * m)
  for (let i = 0; i < m; i++) matrix[i * m + i] = 1
  return matrix
}

function multiply(a: Float64Array, b: Float64Array, m: number): Float64Array {
  const product = new Float64Array(m * m)
  for (let i = 0; i < m; i++) {
    const rowOffset = i * m
    for (let l = 0; l < m; l++) {
      const a_il = a[rowOffset + l]!
      if (a_il === 0) continue
      const bOffset = l * m
      for (let j = 0; j < m; j++) product[rowOffset + j]! += a_il * b[bOffset + j]!
    }
  }
  return product
}
