/**
 * Loader's saddle-point form of the binomial probability (C. Loader, "Fast and accurate
 * computation of binomial probabilities", 2000; the method behind R's `dbinom`). Writing
 *   ln P(X = k) = −stirlerr(n) … − bd0(k, np) − bd0(n − k, nq) − ½ ln(2π k (n−k)/n)
 * keeps every piece small, so the probability keeps ~14 significant digits even when n is in the
 * millions, where ln C(n, k) + k ln p + (n−k) ln q cancels catastrophically. The one-sided
 * Smirnov sum (smirnov-one-sided.ts) needs exactly that: hundreds of thousands of positive terms
 * each of which must be relatively accurate.
 */

/**
 * stirlerr(n) = ln n! − (n + ½) ln n + n − ½ ln 2π for n = 1..15, computed in 50-digit decimal
 * arithmetic by scripts/oracles/drift-stirling-table.py (Loader tabulates the same values).
 */
const STIRLING_ERROR_TABLE = [
  0, 0.08106146679532726, 0.0413406959554093, 0.02767792568499834, 0.020790672103765093,
  0.016644691189821193, 0.013876128823070748, 0.01189670994589177, 0.010411265261972096,
  0.009255462182712733, 0.00833056343336287, 0.007573675487951841, 0.00694284010720953,
  0.006408994188004207, 0.0059513701127588475, 0.005554733551962801
]

// Coefficients of the Stirling series 1/(12n) − 1/(360n³) + 1/(1260n⁵) − 1/(1680n⁷) + 1/(1188n⁹).
const S0 = 1 / 12
const S1 = 1 / 360
const S2 = 1 / 1260
const S3 = 1 / 1680
const S4 = 1 / 1188

/** The error of Stirling's formula for ln n!, for a non-negative integer n. */
export function stirlingError(n: number): number {
  if (n <= 15) return STIRLING_ERROR_TABLE[n]!
  const nn = n * n
  // Loader's truncation points: fewer terms suffice as n grows.
  if (n > 500) return (S0 - S1 / nn) / n
  if (n > 80) return (S0 - (S1 - S2 / nn) / nn) / n
  if (n > 35) return (S0 - (S1 - (S2 - S3 / nn) / nn) / nn) / n
  return (S0 - (S1 - (S2 - (S3 - S4 / nn) / nn) / nn) / nn) / n
}

/**
 * Deviance term bd0(x, m) = x ln(x/m) + m − x ≥ 0, evaluated without cancellation when x ≈ m by
 * the series 2x Σ v^(2j+1)/(2j+1) − (x − m)v with v = (x − m)/(x + m) (Loader 2000, §2).
 */
export function binomialDeviance(x: number, m: number): number {
  if (Math.abs(x - m) < 0.1 * (x + m)) {
    let v = (x - m) / (x + m)
    let sum = (x - m) * v
    let ej = 2 * x * v
    v *= v
    for (let j = 1; j < 1000; j++) {
      ej *= v
      const next = sum + ej / (2 * j + 1)
      if (next === sum) return next
      sum = next
    }
    return sum
  }
  return x * Math.log(x / m) + m - x
}

const LOG_TWO_PI = 1.8378770664093453

/**
 * P(X = k) for X ~ Binomial(n, p), given the means `np` = n·p and `nq` = n·(1 − p) directly so a
 * caller that knows them more accurately than 1 − p (as the Smirnov sum does) can pass them.
 * Requires 0 < k < n.
 */
export function binomialProbabilityInterior(k: number, n: number, np: number, nq: number): number {
  const logCore =
    stirlingError(n) -
    stirlingError(k) -
    stirlingError(n - k) -
    binomialDeviance(k, np) -
    binomialDeviance(n - k, nq)
  const logFactor = LOG_TWO_PI + Math.log(k) + Math.log1p(-k / n)
  return Math.exp(logCore - 0.5 * logFactor)
}
