import { populationStandardDeviation } from '../stats/moments.js'
import { categoryTableFromDistinct } from './category-table.js'
import type { DriftMethod } from './drift-methods.js'
import {
  evidentlyNumericBins,
  evidentlyNumericBinsWeighted,
  evidentlyNumericHellinger
} from './evidently-binning.js'
import { ksStatisticsWeightedSorted } from './ks/ks-statistic.js'
import { ksTwoSampleP, ksTwoSampleSorted } from './ks/ks-two-sample.js'
import {
  binnedDistanceScore,
  categoryTableScore,
  type MethodScore,
  type ScoreOptions
} from './method-scores.js'
import { quantileNumericBins, quantileNumericBinsWeighted } from './quantile-binning.js'
import { distinctValueCounts } from './sorted-sample.js'
import {
  normalizeWasserstein,
  WASSERSTEIN_NORM_FLOOR,
  wassersteinSorted,
  wassersteinWeightedSorted
} from './wasserstein.js'

/**
 * Scores of a numeric column by each method, from the exact samples (ascending, finite,
 * non-empty) or, in the approximate mode, from a reference given as weighted points.
 * KS and Wasserstein need only the sorted arrays (one O(n + m) walk each); the binned methods
 * use Evidently's binning, PSI the selected convention.
 */

/** Exact data: both samples ascending, finite and non-empty. */
export function numericMethodScore(
  method: DriftMethod,
  reference: Float64Array,
  current: Float64Array,
  options: ScoreOptions
): MethodScore {
  switch (method) {
    case 'ks': {
      const result = ksTwoSampleSorted(reference, current)
      return {
        statistic: result.statistic,
        pValue: result.pValue,
        score: result.pValue,
        details: {
          ks: {
            d: result.statistic,
            d_plus: result.dPlus,
            d_minus: result.dMinus,
            location: result.statisticLocation,
            sign: result.statisticSign,
            p_method: result.method,
            ...(result.fallback === undefined ? {} : { fallback: result.fallback })
          }
        },
        binned: evidentlyNumericBins(reference, current, false)
      }
    }
    case 'wasserstein': {
      const distance = wassersteinSorted(reference, current)
      const deviation = populationStandardDeviation(reference)
      const value = normalizeWasserstein(distance, deviation)
      return {
        statistic: value,
        pValue: null,
        score: value,
        details: {
          wasserstein: {
            distance,
            reference_std: deviation,
            normalizer: Math.max(deviation, WASSERSTEIN_NORM_FLOOR)
          }
        },
        binned: evidentlyNumericBins(reference, current, false)
      }
    }
    case 'psi':
      return {
        ...binnedDistanceScore(
          'psi',
          options.psiBinning === 'evidently'
            ? evidentlyNumericBins(reference, current, true)
            : quantileNumericBins(reference, current),
          options
        ),
        details: { binning: options.psiBinning }
      }
    case 'jensenshannon':
      return binnedDistanceScore(
        'jensenshannon',
        evidentlyNumericBins(reference, current, false),
        options
      )
    case 'kl_div':
      return binnedDistanceScore('kl_div', evidentlyNumericBins(reference, current, true), options)
    case 'hellinger': {
      const { distance, binned } = evidentlyNumericHellinger(reference, current)
      return {
        statistic: distance,
        pValue: null,
        score: distance,
        binned,
        details: { binning: 'evidently-hellinger' }
      }
    }
    case 'chisquare':
    case 'z':
      return categoryTableScore(
        method,
        categoryTableFromDistinct(distinctValueCounts(reference, current)),
        options
      )
  }
}

/**
 * Approximate mode: the reference is known only as weighted points (ascending values, positive
 * weights; e.g. sketch centroids or histogram-bin midpoints with counts) standing for
 * `referenceRows` rows. KS uses the weighted ECDF and the asymptotic p-value with n₁ =
 * referenceRows (the lattice of the exact method does not apply to a weighted D); Wasserstein
 * uses weights (normalised by the weighted population standard deviation); binned methods put
 * each point's weight in the bin of its value.
 */
export function numericMethodScoreWeighted(
  method: DriftMethod,
  points: Float64Array,
  weights: Float64Array,
  referenceRows: number,
  current: Float64Array,
  options: ScoreOptions
): MethodScore {
  switch (method) {
    case 'ks': {
      const statistics = ksStatisticsWeightedSorted(points, weights, current)
      const useMinus = statistics.dMinus > statistics.dPlus
      const d = useMinus ? statistics.dMinus : statistics.dPlus
      const p = ksTwoSampleP(
        d,
        Math.max(1, Math.round(referenceRows)),
        current.length,
        'two-sided',
        'asymp'
      )
      return {
        statistic: d,
        pValue: p.pValue,
        score: p.pValue,
        details: {
          ks: {
            d,
            d_plus: statistics.dPlus,
            d_minus: statistics.dMinus,
            location: useMinus ? statistics.locationMinus : statistics.locationPlus,
            sign: useMinus ? -1 : 1,
            p_method: 'asymp'
          }
        },
        binned: evidentlyNumericBinsWeighted(points, weights, referenceRows, current, false),
        note: `approximate: D from the reference profile's weighted ECDF (${points.length} points); asymptotic p-value with n_reference = ${Math.round(referenceRows)}`
      }
    }
    case 'wasserstein': {
      const distance = wassersteinWeightedSorted(points, weights, current)
      const deviation = weightedPopulationStandardDeviation(points, weights)
      const value = normalizeWasserstein(distance, deviation)
      return {
        statistic: value,
        pValue: null,
        score: value,
        details: {
          wasserstein: {
            distance,
            reference_std: deviation,
            normalizer: Math.max(deviation, WASSERSTEIN_NORM_FLOOR)
          }
        },
        binned: evidentlyNumericBinsWeighted(points, weights, referenceRows, current, false),
        note: `approximate: Wasserstein distance from the reference profile's ${points.length} weighted points`
      }
    }
    case 'psi':
      return {
        ...binnedDistanceScore(
          'psi',
          options.psiBinning === 'evidently'
            ? evidentlyNumericBinsWeighted(points, weights, referenceRows, current, true)
            : quantileNumericBinsWeighted(points, weights, current),
          options
        ),
        details: { binning: options.psiBinning },
        note: "approximate: reference bins filled from the profile's weighted points"
      }
    case 'jensenshannon':
    case 'kl_div':
      return {
        ...binnedDistanceScore(
          method,
          evidentlyNumericBinsWeighted(
            points,
            weights,
            referenceRows,
            current,
            method === 'kl_div'
          ),
          options
        ),
        note: "approximate: reference bins filled from the profile's weighted points"
      }
    case 'hellinger': {
      const { distance, binned } = evidentlyNumericHellinger(points, current, weights)
      return {
        statistic: distance,
        pValue: null,
        score: distance,
        binned,
        details: { binning: 'evidently-hellinger' },
        note: "approximate: reference density from the profile's weighted points"
      }
    }
    case 'chisquare':
    case 'z': {
      const score = categoryTableScore(
        method,
        categoryTableFromDistinct(distinctValueCounts(points, current, weights)),
        options
      )
      const approximate =
        "approximate: reference counts per value from the profile's weighted points"
      return {
        ...score,
        note: score.note === undefined ? approximate : `${approximate}; ${score.note}`
      }
    }
  }
}

/** √(Σw(x − μ)²/Σw), μ = Σwx/Σw (two passes). */
export function weightedPopulationStandardDeviation(
  values: Float64Array,
  weights: Float64Array
): number {
  let total = 0
  let sum = 0
  for (let i = 0; i < values.length; i++) {
    total += weights[i]!
    sum += weights[i]! * values[i]!
  }
  const mean = sum / total
  let squares = 0
  for (let i = 0; i < values.length; i++) squares += weights[i]! * (values[i]! - mean) ** 2
  return Math.sqrt(squares / total)
}
