import { quantileSorted } from '../stats/quantile.js'
import { proportionsOf, type BinnedDistribution } from './binned-distribution.js'
import type { CategoryTable } from './category-table.js'
import { countSortedIntoBins, sumWeightsIntoBins } from './histogram-bins.js'

/**
 * Tollgate's default PSI binning, "reference-quantile bins" (statistics-reference §2.5 (1)):
 * - numeric: edges = the distinct values among quantile(ref, k/10), k = 0..10 (numpy's default
 *   linear interpolation, Hyndman–Fan type 7); the first and last edge are replaced by −∞ and
 *   +∞ so current values outside the reference range land in the outer bins; bins [e_j, e_{j+1})
 *   with the last closed. Ties stay in one bin (Minitab Model Ops does the same).
 *   Degenerate references: with only two distinct edges a < b the bins are (−∞, b), [b, +∞);
 *   with one (a constant reference c) they are (−∞, c), [c, c], (c, +∞), so a move away from the
 *   constant in either direction shows.
 * - categorical: one bin per category in reference ∪ current.
 * - every proportion is clipped from below at ε = 1e-4 before the formula (no renormalisation),
 *   so an empty bin contributes a finite amount.
 */

export const QUANTILE_BIN_COUNT = 10
export const QUANTILE_BIN_EPSILON = 1e-4

/** max(p, ε) elementwise. */
function clipProportions(proportions: Float64Array): Float64Array {
  const clipped = new Float64Array(proportions.length)
  for (let i = 0; i < proportions.length; i++) {
    clipped[i] = Math.max(proportions[i]!, QUANTILE_BIN_EPSILON)
  }
  return clipped
}

/** Bin edges from the ascending distinct quantile values (see the module comment). */
export function quantileEdgesFromCutPoints(cutPoints: number[]): Float64Array {
  if (cutPoints.length >= 3) {
    return Float64Array.from([-Infinity, ...cutPoints.slice(1, -1), Infinity])
  }
  if (cutPoints.length === 2) return Float64Array.from([-Infinity, cutPoints[1]!, Infinity])
  const constant = cutPoints[0]!
  // [c, nextUp(c)) holds exactly c.
  return Float64Array.from([-Infinity, constant, nextUp(constant), Infinity])
}

/** The smallest double greater than x (x finite). */
function nextUp(x: number): number {
  if (x === 0) return Number.MIN_VALUE
  const buffer = new Float64Array([x])
  const bits = new BigInt64Array(buffer.buffer)
  bits[0] = x > 0 ? bits[0]! + 1n : bits[0]! - 1n
  return buffer[0]!
}

function distinctAscending(values: number[]): number[] {
  const distinct: number[] = []
  for (const value of values)
    if (distinct.length === 0 || value > distinct.at(-1)!) distinct.push(value)
  return distinct
}

/** Reference-quantile bins of two ascending, finite, non-empty samples. */
export function quantileNumericBins(
  reference: Float64Array,
  current: Float64Array
): BinnedDistribution {
  const cutPoints: number[] = []
  for (let k = 0; k <= QUANTILE_BIN_COUNT; k++) {
    cutPoints.push(quantileSorted(reference, k / QUANTILE_BIN_COUNT))
  }
  const edges = quantileEdgesFromCutPoints(distinctAscending(cutPoints))
  return finish(edges, countSortedIntoBins(reference, edges), reference.length, current)
}

/**
 * The same for a reference known as weighted points (approximate mode). Quantiles of a weighted
 * point set are taken as the inverted weighted ECDF (the smallest point whose cumulative weight
 * reaches q·W; q = 0 and 1 give the extreme points), since type-7 interpolation has no weighted
 * analogue.
 */
export function quantileNumericBinsWeighted(
  referencePoints: Float64Array,
  referenceWeights: Float64Array,
  current: Float64Array
): BinnedDistribution {
  let total = 0
  for (const w of referenceWeights) total += w
  const cutPoints: number[] = [referencePoints[0]!]
  let index = 0
  let cumulative = referenceWeights[0]!
  for (let k = 1; k < QUANTILE_BIN_COUNT; k++) {
    const target = (k / QUANTILE_BIN_COUNT) * total
    while (cumulative < target && index < referencePoints.length - 1) {
      index++
      cumulative += referenceWeights[index]!
    }
    cutPoints.push(referencePoints[index]!)
  }
  cutPoints.push(referencePoints[referencePoints.length - 1]!)
  const edges = quantileEdgesFromCutPoints(distinctAscending(cutPoints))
  return finish(edges, sumWeightsIntoBins(referencePoints, referenceWeights, edges), total, current)
}

function finish(
  edges: Float64Array,
  referenceCounts: Float64Array,
  referenceTotal: number,
  current: Float64Array
): BinnedDistribution {
  const currentCounts = countSortedIntoBins(current, edges)
  return {
    layout: { type: 'intervals', edges },
    referenceCounts,
    currentCounts,
    referenceTotal,
    currentTotal: current.length,
    reference: clipProportions(proportionsOf(referenceCounts, referenceTotal)),
    current: clipProportions(proportionsOf(currentCounts, current.length))
  }
}

/** Reference-quantile convention for a categorical column: one bin per category, ε clipping. */
export function quantileCategoricalBins(table: CategoryTable): BinnedDistribution {
  return {
    layout: { type: 'categories', labels: table.labels },
    referenceCounts: table.reference,
    currentCounts: table.current,
    referenceTotal: table.referenceTotal,
    currentTotal: table.currentTotal,
    reference: clipProportions(proportionsOf(table.reference, table.referenceTotal)),
    current: clipProportions(proportionsOf(table.current, table.currentTotal))
  }
}
