import { betaIncomplete, gammaP, gammaQ, logChoose } from './special-functions.js'

/**
 * Distribution functions used by the drift and gate tests. Tails are computed directly (never as
 * 1 − CDF) so small p-values keep their relative precision.
 */

const SQRT_TWO = Math.SQRT2
const INV_SQRT_TWO_PI = 0.3989422804014327

/** erfc(x) via the incomplete gamma identity erfc(x) = Q(1/2, x²) for x ≥ 0. */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN
  return x >= 0 ? gammaQ(0.5, x * x) : 1 + gammaP(0.5, x * x)
}

/** Standard normal density φ(z). */
export function normalPdf(z: number): number {
  return INV_SQRT_TWO_PI * Math.exp(-0.5 * z * z)
}

/** Standard normal CDF Φ(z) = erfc(−z/√2)/2. */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / SQRT_TWO)
}

/** Upper tail 1 − Φ(z), accurate for large z. */
export function normalSf(z: number): number {
  return 0.5 * erfc(z / SQRT_TWO)
}

/**
 * Φ⁻¹(p): start from Abramowitz & Stegun 26.2.23 (|error| < 4.5e-4), then Halley steps on the
 * accurate CDF until the change is below machine precision.
 */
export function normalQuantile(p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN
  if (p === 0) return -Infinity
  if (p === 1) return Infinity
  if (p === 0.5) return 0
  const lower = p < 0.5
  const tail = lower ? p : 1 - p
  const t = Math.sqrt(-2 * Math.log(tail))
  let x =
    t -
    (2.515517 + 0.802853 * t + 0.010328 * t * t) /
      (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t)
  if (lower) x = -x
  for (let i = 0; i < 8; i++) {
    // Work in the tail nearest to p so the residual keeps its relative precision.
    const residual = lower ? normalCdf(x) - p : tail - normalSf(x) // = Φ(x) − p
    const density = normalPdf(x)
    if (density === 0) break
    const u = residual / density
    const step = u / (1 + (x * u) / 2)
    x -= step
    if (Math.abs(step) <= 1e-15 * Math.max(1, Math.abs(x))) break
  }
  return x
}

/** Chi-square survival function P(X > x) with k degrees of freedom. */
export function chiSquareSf(x: number, degreesOfFreedom: number): number {
  if (x <= 0) return 1
  return gammaQ(degreesOfFreedom / 2, x / 2)
}

/** Chi-square CDF. */
export function chiSquareCdf(x: number, degreesOfFreedom: number): number {
  if (x <= 0) return 0
  return gammaP(degreesOfFreedom / 2, x / 2)
}

/** Binomial CDF P(X ≤ k) for X ~ Bin(n, p), via I_{1−p}(n − k, k + 1). */
export function binomialCdf(k: number, n: number, p: number): number {
  if (k < 0) return 0
  if (k >= n) return 1
  const kk = Math.floor(k)
  if (p <= 0) return 1
  if (p >= 1) return 0
  return betaIncomplete(1 - p, n - kk, kk + 1)
}

/** Binomial probability mass P(X = k). */
export function binomialPmf(k: number, n: number, p: number): number {
  if (k < 0 || k > n) return 0
  return Math.exp(logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p))
}

/** Student t two-sided p-value P(|T| > |t|) with ν degrees of freedom. */
export function studentTTwoSidedP(t: number, degreesOfFreedom: number): number {
  if (!Number.isFinite(t)) return Number.isNaN(t) ? NaN : 0
  const x = degreesOfFreedom / (degreesOfFreedom + t * t)
  return betaIncomplete(x, degreesOfFreedom / 2, 0.5)
}
