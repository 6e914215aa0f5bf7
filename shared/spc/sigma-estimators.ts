import { mean, sampleStandardDeviation } from '../stats/moments.js'
import { medianSorted } from '../stats/quantile.js'
import { c4, d2, medianMovingRangeFactor } from './chart-constants.js'
import type { ConstantsSource } from './chart-constants.js'
import type { SigmaMethod } from './chart-types.js'

/**
 * Within-process sigma estimators of stats-reference.md §1.3–§1.4, for individuals and for
 * subgroups. Each is unbiased under normality through its constant (d2, c4, 0.954).
 */

/** |x_i − x_{i−1}| for i = 2..N: moving ranges of span 2. */
export function movingRanges(values: readonly number[]): number[] {
  const ranges: number[] = []
  for (let i = 1; i < values.length; i++) ranges.push(Math.abs(values[i]! - values[i - 1]!))
  return ranges
}

export type IndividualsSigmaMethod =
  'average-moving-range' | 'median-moving-range' | 'standard-deviation'

export const INDIVIDUALS_SIGMA_METHODS: readonly SigmaMethod[] = [
  'average-moving-range',
  'median-moving-range',
  'standard-deviation'
]

/**
 * Sigma of individual values (at least two):
 * - average MR / d2(2) (Montgomery §6.4, qcc `sd.xbar.one` "MR"; the default);
 * - median MR / 0.954 (JMP; robust to a few large jumps);
 * - s / c4(N) (qcc "SD"; viscosity example 0.5769854).
 */
export function individualsSigma(
  values: readonly number[],
  method: IndividualsSigmaMethod,
  source: ConstantsSource
): number {
  switch (method) {
    case 'average-moving-range':
      return mean(movingRanges(values)) / d2(2, source)
    case 'median-moving-range': {
      const sorted = movingRanges(values).sort((a, b) => a - b)
      return medianSorted(sorted) / medianMovingRangeFactor(source)
    }
    case 'standard-deviation':
      return sampleStandardDeviation(values) / c4(values.length)
  }
}

/** Summary statistics of one subgroup. */
export interface SubgroupSummary {
  size: number
  mean: number
  range: number
  /** Sample standard deviation (ddof 1). */
  sd: number
}

/** Mean, range and sample sd (ddof 1, as qcc's S chart) of one subgroup. */
export function summarizeSubgroup(values: readonly number[]): SubgroupSummary {
  return {
    size: values.length,
    mean: mean(values),
    range: Math.max(...values) - Math.min(...values),
    sd: sampleStandardDeviation(values)
  }
}

export type SubgroupSigmaMethod = 'uwave-r' | 'uwave-sd' | 'rmsdf'

export const SUBGROUP_SIGMA_METHODS: readonly SigmaMethod[] = ['uwave-r', 'uwave-sd', 'rmsdf']

/**
 * Sigma from subgroups of possibly unequal size (qcc 3.0 `sd.xbar`):
 * - UWAVE-R: mean over subgroups of R_i / d2(n_i) (n_i ≤ 25);
 * - UWAVE-SD: mean over subgroups of s_i / c4(n_i);
 * - RMSDF: sqrt(Σ(n_i − 1)s_i² / Σ(n_i − 1)) / c4(Σ(n_i − 1) + 1), the pooled sd.
 * For equal n the first two are Rbar/d2 and sbar/c4.
 */
export function subgroupSigma(
  subgroups: readonly SubgroupSummary[],
  method: SubgroupSigmaMethod,
  source: ConstantsSource
): number {
  switch (method) {
    case 'uwave-r':
      return mean(subgroups.map((s) => s.range / d2(s.size, source)))
    case 'uwave-sd':
      return mean(subgroups.map((s) => s.sd / c4(s.size)))
    case 'rmsdf': {
      let weightedSquares = 0
      let degreesOfFreedom = 0
      for (const s of subgroups) {
        weightedSquares += (s.size - 1) * s.sd * s.sd
        degreesOfFreedom += s.size - 1
      }
      return Math.sqrt(weightedSquares / degreesOfFreedom) / c4(degreesOfFreedom + 1)
    }
  }
}
