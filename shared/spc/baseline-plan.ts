import type { BaselineSummary, Phase } from './chart-types.js'
import { seriesError } from './series-input.js'
import type { SeriesContext } from './series-input.js'

/**
 * The phase I / phase II split of a series (stats-reference.md §1.1): the first `baseline` points
 * are phase I, the rest phase II; phase-I points marked as assignable causes are excluded from
 * estimation and from the run-rule sequence, exactly as if they had been removed from the data
 * (the qcc vignette's orangejuice, circuit and viscosity re-baselining).
 */
export const DEFAULT_BASELINE = 20
/** Below this many phase-I points the limits are unreliable (NIST, Montgomery: m ≥ 20–25). */
export const RECOMMENDED_BASELINE = 20
/** The fewest points from which any limits can be estimated (I-MR needs two for one moving range). */
export const MINIMUM_BASELINE = 2

export interface BaselinePlan {
  phases: Phase[]
  excluded: boolean[]
  summary: BaselineSummary
  /** 0-based indices of the points the estimates use (phase I, not excluded), in order. */
  estimationIndices: number[]
  /** 0-based indices of every point not excluded, in order: the sequence the rules test. */
  sequenceIndices: number[]
  warnings: string[]
}

export interface BaselineRequest {
  pointCount: number
  baseline?: number
  exclude?: readonly number[]
  /** False when the caller supplied every parameter (nothing is estimated). */
  needsEstimation: boolean
  /** How messages name the chart ("an I-MR chart"). */
  chartName: string
}

/**
 * Splits a series into phase I and II, validates `baseline` and `exclude`, and refuses to estimate
 * from fewer than 2 points (warning below 20). Throws InputError naming the series.
 */
export function planBaseline(context: SeriesContext, request: BaselineRequest): BaselinePlan {
  const { pointCount } = request
  if (pointCount === 0) throw seriesError(context, 'the series has no points')
  const requested = request.baseline ?? DEFAULT_BASELINE
  if (!Number.isInteger(requested) || requested < 0) {
    throw seriesError(context, `baseline must be a whole number of points ≥ 0, got ${requested}`)
  }
  const warnings: string[] = []
  const size = Math.min(requested, pointCount)
  if (requested > pointCount) {
    warnings.push(
      `baseline of ${requested} points requested but the series has only ${pointCount}; ` +
        `all ${pointCount} points are phase I`
    )
  }
  const excluded = new Array<boolean>(pointCount).fill(false)
  for (const index of request.exclude ?? []) {
    if (!Number.isInteger(index) || index < 1 || index > size) {
      throw seriesError(
        context,
        `exclude lists point ${index}, but only phase-I points 1..${size} can be excluded ` +
          '(they are left out of the limit estimation)'
      )
    }
    excluded[index - 1] = true
  }
  const phases: Phase[] = []
  const estimationIndices: number[] = []
  const sequenceIndices: number[] = []
  const excludedIndices: number[] = []
  for (let i = 0; i < pointCount; i++) {
    phases.push(i < size ? 'I' : 'II')
    if (excluded[i]) {
      excludedIndices.push(i + 1)
      continue
    }
    sequenceIndices.push(i)
    if (i < size) estimationIndices.push(i)
  }
  const used = estimationIndices.length
  if (request.needsEstimation) {
    if (used < MINIMUM_BASELINE) {
      throw seriesError(
        context,
        `${request.chartName} needs at least ${MINIMUM_BASELINE} baseline (phase I) points ` +
          `to estimate its limits, got ${used}` +
          (excludedIndices.length > 0 ? ` after excluding ${excludedIndices.length}` : '')
      )
    }
    if (used < RECOMMENDED_BASELINE) {
      warnings.push(
        `limits estimated from only ${used} baseline points; at least ${RECOMMENDED_BASELINE} are ` +
          'recommended, so treat the limits as provisional'
      )
    }
  }
  return {
    phases,
    excluded,
    summary: { requested, size, used, excluded: excludedIndices },
    estimationIndices,
    sequenceIndices,
    warnings
  }
}
