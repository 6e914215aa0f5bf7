import { kolmogorovCdfDurbin } from './kolmogorov-durbin-matrix.js'
import { kolmogorovCdfPelzGood } from './kolmogorov-pelz-good.js'
import { kolmogorovCdfPomeranz } from './kolmogorov-pomeranz.js'
import { smirnovSf } from './smirnov-one-sided.js'

/**
 * Survival function P(Dₙ ≥ x) of the exact two-sided one-sample Kolmogorov–Smirnov statistic
 * Dₙ = sup|Fₙ − F| — scipy's `kstwo.sf(x, n)`, which `ks_2samp` uses for its asymptotic
 * two-sample p-value with n = round(n₁n₂/(n₁ + n₂)).
 *
 * The choice among exact and approximate methods is Simard & L'Ecuyer's (2011, "Computing the
 * two-sided Kolmogorov–Smirnov distribution", J. Stat. Softw. 39(11)) as implemented in scipy
 * 1.10 `_ksstats._kolmogn(n, x, cdf=False)`:
 * - x ≤ 1/(2n): 1; 1/(2n) < x ≤ 1/n: Ruben–Gambino closed form 1 − n!/nⁿ (2nx − 1)ⁿ;
 * - x ≥ 1 − 1/n: 2(1 − x)ⁿ; x ≥ 1/2: 2·P(D⁺ₙ ≥ x) exactly (the two tails cannot both be hit);
 * - n ≤ 140: Durbin matrix if nx² ≤ 0.754693, Pomeranz if nx² ≤ 4, else 2·P(D⁺ₙ ≥ x);
 * - n > 140: 0 if nx² ≥ 370; 2·P(D⁺ₙ ≥ x) if nx² ≥ 2.2; otherwise 1 − CDF with the CDF from the
 *   Durbin matrix (n ≤ 100000 and n·x^1.5 ≤ 1.4) or the Pelz–Good expansion.
 * The result is clipped to [0, 1].
 */
export function kolmogorovSmirnovSf(n: number, x: number): number {
  if (!(n >= 1) || !Number.isInteger(n) || Number.isNaN(x)) return NaN
  if (x >= 1) return 0
  if (x <= 0) return 1
  const t = n * x
  if (t <= 1) {
    if (t <= 0.5) return 1
    let cdf: number
    if (n <= 140) {
      cdf = 1
      for (let i = 1; i <= n; i++) cdf *= i * (1 / n) * (2 * t - 1)
    } else {
      cdf = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1))
    }
    return clip01(1 - cdf)
  }
  if (t >= n - 1) return clip01(2 * Math.pow(1 - x, n))
  if (x >= 0.5) return clip01(2 * smirnovSf(n, x))

  const nxSquared = t * x
  if (n <= 140) {
    if (nxSquared <= 0.754693) return clip01(1 - kolmogorovCdfDurbin(n, x))
    if (nxSquared <= 4) return clip01(1 - kolmogorovCdfPomeranz(n, x))
    return clip01(2 * smirnovSf(n, x))
  }
  if (nxSquared >= 370) return 0
  if (nxSquared >= 2.2) return clip01(2 * smirnovSf(n, x))
  const cdf =
    n <= 100000 && n * Math.pow(x, 1.5) <= 1.4
      ? kolmogorovCdfDurbin(n, x)
      : clip01(kolmogorovCdfPelzGood(n, x))
  return clip01(1 - cdf)
}

// Stirling-series coefficients B_{2j}/(2j(2j−1)) for j = 8..1, highest power first (the same
// doubles as scipy's 20-digit literals).
const STIRLING_COEFFICIENTS = [
  -3617 / 122400,
  1 / 156,
  -691 / 360360,
  1 / 1188,
  -1 / 1680,
  1 / 1260,
  -1 / 360,
  1 / 12
]
const LOG_TWO_PI = Math.log(2 * Math.PI)

/**
 * ln(n!/nⁿ) by Stirling's series with the n ln n terms cancelled analytically:
 * ½ ln n − n + ½ ln 2π + Σ_j B_{2j}/(2j(2j−1)) n^(1−2j).
 */
function logFactorialOverPower(n: number): number {
  const reciprocal = 1 / n
  const argument = reciprocal / n
  let series = 0
  for (const coefficient of STIRLING_COEFFICIENTS) series = series * argument + coefficient
  return Math.log(n) / 2 - n + LOG_TWO_PI / 2 + reciprocal * series
}

function clip01(p: number): number {
  return p < 0 ? 0 : p > 1 ? 1 : p
}
