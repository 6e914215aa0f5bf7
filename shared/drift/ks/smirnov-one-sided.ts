import { binomialProbabilityInterior } from './binomial-saddle-point.js'

/**
 * Survival function of the one-sided one-sample Kolmogorov–Smirnov statistic,
 * P(D⁺ₙ ≥ x) — scipy.special.smirnov(n, x), which scipy's `kstwo.sf` uses as 2·smirnov in the
 * upper tail.
 *
 * Formula (Smirnov 1944; Birnbaum & Tingey 1951):
 *   P(D⁺ₙ ≥ x) = x Σ_{v=0}^{⌊n(1−x)⌋} C(n, v) (x + v/n)^(v−1) (1 − x − v/n)^(n−v).
 * Every term is positive, so the sum has no cancellation; each term equals
 * Binomial(n, p_v).pmf(v) / p_v with p_v = x + v/n and is evaluated in Loader's saddle-point form,
 * with n·x split exactly into two doubles so that n·q_v = (n − v) − n·x keeps full relative
 * precision even when q_v is tiny. scipy evaluates the same sum in double-double arithmetic
 * (van Mulbregt 2018, arXiv:1802.06966); both agree to ~1e-13 relative.
 *
 * Special cases follow scipy's `_smirnov`: n = 1; x ≤ 1/n (closed form); −2nx² below cephes'
 * MINLOG (0); x ≥ 1 − 1/n (closed form (1 − x)ⁿ); n > 10⁶ (the approximation
 * exp(−(6nx + 1)²/(18n)), as scipy).
 */

const CEPHES_MINLOG = -745.1332191019412 // cephes MINLOG = ln(2^-1075)
const SMIRNOV_MAX_COMPUTE_N = 1000000
const SPLITTER = 134217729 // 2^27 + 1, Veltkamp/Dekker splitting constant

/** P(D⁺ₙ ≥ x) for integer n ≥ 1 and 0 ≤ x ≤ 1 (NaN outside). */
export function smirnovSf(n: number, x: number): number {
  if (!(n > 0 && x >= 0 && x <= 1)) return NaN
  if (n === 1) return 1 - x
  if (x === 0) return 1
  if (x === 1) return 0

  // n·x = nxHigh + nxLow exactly (Dekker's two-product; n < 2^26 so it needs no split).
  const nxHigh = n * x
  const xHigh = SPLITTER * x - (SPLITTER * x - x)
  const xLow = x - xHigh
  const nxLow = n * xHigh - nxHigh + n * xLow
  let floorNx = Math.floor(nxHigh)
  if (floorNx === nxHigh && nxLow < 0) floorNx -= 1
  let alpha = nxHigh - floorNx + nxLow // fractional part of n·x
  if (alpha >= 1) {
    floorNx += 1
    alpha = 0
  }

  if (floorNx === 0 || (floorNx === 1 && alpha === 0)) {
    // x ≤ 1/n: P(D⁺ < x) = x (1 + x)^(n−1)
    return clip01(1 - x * Math.exp((n - 1) * Math.log1p(x)))
  }
  if (-2 * n * x * x < CEPHES_MINLOG) return 0
  if (floorNx >= n - 1) return clip01(Math.exp(n * Math.log1p(-x)))
  if (n > SMIRNOV_MAX_COMPUTE_N) {
    const logP = -Math.pow(6 * n * x + 1, 2) / 18 / n
    return logP < -Math.LN2 ? Math.exp(logP) : 1 - -Math.expm1(logP)
  }

  const lastV = n - floorNx - 1
  const termCount = lastV + 1
  const middle = Math.floor(n / 2)
  // v = 0: (1 − x)^n / x
  let sum = Math.exp(n * Math.log1p(-x)) / x
  for (let v = 1; v < termCount; v++) {
    const np = nxHigh + v + nxLow
    const nq = n - v - nxHigh - nxLow
    const term = binomialProbabilityInterior(v, n, np, nq) / (np / n)
    sum += term
    // scipy's stopping rule: the remaining terms cannot change the sum.
    if (term !== 0) {
      if (4 * (termCount - v) * term < Number.EPSILON * sum && v !== termCount - 1) break
    } else if (v > middle) {
      break
    }
  }
  return clip01(x * sum)
}

function clip01(p: number): number {
  return p < 0 ? 0 : p > 1 ? 1 : p
}
