import { chiSquareSf } from '../stats/distributions.js'

/**
 * Evidently's chi-square drift test (statistics-reference §2.1): over the union of categories,
 * expected = reference count × (n_current / n_reference), observed = current count, Pearson
 * statistic Σ (o − e)²/e with k − 1 degrees of freedom (scipy `chisquare(f_obs, f_exp)`).
 * A category the reference never saw has e = 0, so the statistic is +∞ and p = 0: drift.
 * With a single category the test is undefined (0 degrees of freedom); p is NaN as in scipy.
 */
export interface ChiSquareResult {
  statistic: number
  pValue: number
  degreesOfFreedom: number
}

export function chiSquareDriftTest(
  referenceCounts: ArrayLike<number>,
  currentCounts: ArrayLike<number>,
  referenceTotal: number,
  currentTotal: number
): ChiSquareResult {
  const scale = currentTotal / referenceTotal
  let statistic = 0
  for (let i = 0; i < referenceCounts.length; i++) {
    const expected = referenceCounts[i]! * scale
    const observed = currentCounts[i]!
    statistic +=
      expected === 0 ? (observed === 0 ? NaN : Infinity) : (observed - expected) ** 2 / expected
  }
  const degreesOfFreedom = referenceCounts.length - 1
  const pValue =
    degreesOfFreedom < 1 || Number.isNaN(statistic) ? NaN : chiSquareSf(statistic, degreesOfFreedom)
  return { statistic, pValue, degreesOfFreedom }
}
