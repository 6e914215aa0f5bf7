import { normalSf } from '../stats/distributions.js'

/**
 * Evidently's two-proportion Z drift test (statistics-reference §2.1): the first category in
 * sorted order counts as 0, every other as 1; p₁, p₂ are the shares of 1 in reference and
 * current, P the pooled share, z = (p₁ − p₂)/√(P(1 − P)(1/n₁ + 1/n₂)), two-sided p = 2(1 − Φ(|z|)).
 * When both samples hold the same single value Evidently sets p = 1 (z would be 0/0).
 * The tail is computed as 2·Φ(−|z|) directly, which equals Evidently's 2(1 − Φ(|z|)) except that it
 * keeps relative precision for tiny p instead of rounding to 0.
 */
export interface ZTestResult {
  statistic: number
  pValue: number
}

/**
 * @param referenceOthers reference values that are not the first sorted category (the "1"s)
 * @param currentOthers the same for current
 * @param bothSameConstant both samples consist of one and the same value
 */
export function proportionsZTest(
  referenceOthers: number,
  referenceTotal: number,
  currentOthers: number,
  currentTotal: number,
  bothSameConstant: boolean
): ZTestResult {
  if (bothSameConstant) return { statistic: 0, pValue: 1 }
  const p1 = referenceOthers / referenceTotal
  const p2 = currentOthers / currentTotal
  const pooled = (p1 * referenceTotal + p2 * currentTotal) / (referenceTotal + currentTotal)
  const z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / referenceTotal + 1 / currentTotal))
  const pValue = Number.isNaN(z) ? NaN : Math.min(1, 2 * normalSf(Math.abs(z)))
  return { statistic: z, pValue }
}
