import { proportionsOf, type BinnedDistribution } from './binned-distribution.js'
import { categoryTableFromDistinct, type CategoryTable } from './category-table.js'
import { hellingerFromCoefficient } from './hellinger.js'
import { countSortedIntoBins, sturgesBinEdges, sumWeightsIntoBins } from './histogram-bins.js'
import { countDistinct, countDistinctInUnion, distinctValueCounts } from './sorted-sample.js'

/**
 * Evidently's binning for PSI, KL and Jensen–Shannon (`legacy/calculations/stattests/utils.py::
 * get_binned_data`, statistics-reference §2.1):
 * - numeric column whose reference has more than 20 distinct values: equal-width Sturges bins
 *   over the COMBINED sample (`np.histogram_bin_edges(concat(ref, cur), 'sturges')`), counted with
 *   `np.histogram` ([e_j, e_{j+1}), last bin closed), divided by each side's row count;
 * - otherwise (categorical, or ≤ 20 distinct reference values): one bin per distinct value of
 *   the union, proportion = count / rows.
 * Zero filling (PSI and KL only, `feel_zeroes=True`): per side, zeros become min(non-zero)/10⁶
 * when the smallest non-zero proportion is ≤ 1e-4, else 1e-4 (no renormalisation).
 */

/** More distinct reference values than this switches numeric columns to Sturges bins. */
export const EVIDENTLY_DISTINCT_VALUE_BINS_MAX = 20

/** Evidently's zero filling of one side's proportions (in place). */
export function fillZeroProportions(proportions: Float64Array): Float64Array {
  let smallest = Infinity
  for (const p of proportions) if (p !== 0 && p < smallest) smallest = p
  if (smallest === Infinity) return proportions
  const fill = smallest <= 0.0001 ? smallest / 10 ** 6 : 0.0001
  for (let i = 0; i < proportions.length; i++) if (proportions[i] === 0) proportions[i] = fill
  return proportions
}

function finish(
  layout: BinnedDistribution['layout'],
  referenceCounts: Float64Array,
  currentCounts: Float64Array,
  referenceTotal: number,
  currentTotal: number,
  zeroFill: boolean
): BinnedDistribution {
  const reference = proportionsOf(referenceCounts, referenceTotal)
  const current = proportionsOf(currentCounts, currentTotal)
  if (zeroFill) {
    fillZeroProportions(reference)
    fillZeroProportions(current)
  }
  return {
    layout,
    referenceCounts,
    currentCounts,
    referenceTotal,
    currentTotal,
    reference,
    current
  }
}

/** `get_binned_data` for a categorical column given its category table. */
export function evidentlyCategoricalBins(
  table: CategoryTable,
  zeroFill: boolean
): BinnedDistribution {
  return finish(
    { type: 'categories', labels: table.labels },
    table.reference,
    table.current,
    table.referenceTotal,
    table.currentTotal,
    zeroFill
  )
}

/** `get_binned_data` for a numeric column from ascending, finite, non-empty samples. */
export function evidentlyNumericBins(
  reference: Float64Array,
  current: Float64Array,
  zeroFill: boolean
): BinnedDistribution {
  if (countDistinct(reference) > EVIDENTLY_DISTINCT_VALUE_BINS_MAX) {
    const edges = sturgesBinEdges(
      Math.min(reference[0]!, current[0]!),
      Math.max(reference[reference.length - 1]!, current[current.length - 1]!),
      reference.length + current.length
    )
    return finish(
      { type: 'intervals', edges },
      countSortedIntoBins(reference, edges),
      countSortedIntoBins(current, edges),
      reference.length,
      current.length,
      zeroFill
    )
  }
  const table = categoryTableFromDistinct(distinctValueCounts(reference, current))
  return evidentlyCategoricalBins(table, zeroFill)
}

/**
 * The same from a weighted reference (ascending points with weights, e.g. histogram midpoints
 * with counts): an approximation, since the reference's true values inside a bin are unknown.
 * The combined size for Sturges' rule is the reference's row count plus the current rows.
 */
export function evidentlyNumericBinsWeighted(
  referencePoints: Float64Array,
  referenceWeights: Float64Array,
  referenceRows: number,
  current: Float64Array,
  zeroFill: boolean
): BinnedDistribution {
  let weightTotal = 0
  for (const w of referenceWeights) weightTotal += w
  if (countDistinct(referencePoints) > EVIDENTLY_DISTINCT_VALUE_BINS_MAX) {
    const edges = sturgesBinEdges(
      Math.min(referencePoints[0]!, current[0]!),
      Math.max(referencePoints[referencePoints.length - 1]!, current[current.length - 1]!),
      Math.round(referenceRows) + current.length
    )
    return finish(
      { type: 'intervals', edges },
      sumWeightsIntoBins(referencePoints, referenceWeights, edges),
      countSortedIntoBins(current, edges),
      weightTotal,
      current.length,
      zeroFill
    )
  }
  const table = categoryTableFromDistinct(
    distinctValueCounts(referencePoints, current, referenceWeights)
  )
  return evidentlyCategoricalBins(table, zeroFill)
}

/**
 * Evidently's numeric Hellinger distance: Sturges edges over the DISTINCT values of the union
 * (`histogram_bin_edges(keys, 'sturges')`), density histograms of each side
 * (count / (total · bin width), numpy `density=True`), BC = Σ √(f g) · w with
 * w = (last edge − first edge)/bins, H = √(1 − clip(BC, 0, 1)).
 * `referenceWeights` makes it the approximate (weighted-points) version.
 */
export function evidentlyNumericHellinger(
  reference: Float64Array,
  current: Float64Array,
  referenceWeights?: Float64Array
): { distance: number; binned: BinnedDistribution } {
  // Only the extremes and the number of the distinct values enter Sturges' rule.
  const edges = sturgesBinEdges(
    Math.min(reference[0]!, current[0]!),
    Math.max(reference[reference.length - 1]!, current[current.length - 1]!),
    countDistinctInUnion(reference, current)
  )
  const referenceCounts =
    referenceWeights === undefined
      ? countSortedIntoBins(reference, edges)
      : sumWeightsIntoBins(reference, referenceWeights, edges)
  const currentCounts = countSortedIntoBins(current, edges)
  const binCount = edges.length - 1
  let referenceTotal = 0
  let currentTotal = 0
  for (let i = 0; i < binCount; i++) {
    referenceTotal += referenceCounts[i]!
    currentTotal += currentCounts[i]!
  }
  const width = (edges[binCount]! - edges[0]!) / binCount
  let coefficient = 0
  for (let i = 0; i < binCount; i++) {
    const binWidth = edges[i + 1]! - edges[i]!
    const f = referenceCounts[i]! / binWidth / referenceTotal
    const g = currentCounts[i]! / binWidth / currentTotal
    coefficient += Math.sqrt(f * g) * width
  }
  return {
    distance: hellingerFromCoefficient(coefficient),
    binned: finish(
      { type: 'intervals', edges },
      referenceCounts,
      currentCounts,
      referenceTotal,
      currentTotal,
      false
    )
  }
}
