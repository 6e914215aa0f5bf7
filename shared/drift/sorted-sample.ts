import { sortFloat64 } from '../stats/sort-float64.js'

/**
 * Helpers on ascending-sorted Float64Arrays, the form every exact numeric drift statistic works
 * on: one sort per column and side, then binary searches and merge walks with no per-value
 * allocation.
 */

/** First index whose value is ≥ `value` (numpy `searchsorted(side='left')`). */
export function lowerBound(sorted: Float64Array, value: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (sorted[middle]! < value) low = middle + 1
    else high = middle
  }
  return low
}

/** First index whose value is > `value` (numpy `searchsorted(side='right')`). */
export function upperBound(sorted: Float64Array, value: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (sorted[middle]! <= value) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * The finite part of an ascending array sorted by `sortFloat64` (−∞ first, then finite values,
 * then +∞, then NaN), as a view without copying. This is Evidently's per-side
 * `replace([-inf, inf], nan).dropna()`.
 */
export function finitePart(sorted: Float64Array): Float64Array {
  let end = sorted.length
  while (end > 0 && !(sorted[end - 1]! < Infinity)) end-- // NaN and +∞ at the end
  let start = 0
  while (start < end && sorted[start] === -Infinity) start++
  return sorted.subarray(start, end)
}

/**
 * Sorts (a copy of, unless `inPlace`) the values and returns the finite part. `scratch` is the
 * radix sort's reusable buffer (see sortFloat64).
 */
export function sortedFinite(
  values: Float64Array,
  options: { inPlace?: boolean; scratch?: Float64Array } = {}
): Float64Array {
  const target = options.inPlace === true ? values : values.slice()
  return finitePart(sortFloat64(target, options.scratch))
}

/** Number of distinct values in the union of two ascending arrays (−0 and +0 are one value). */
export function countDistinctInUnion(first: Float64Array, second: Float64Array): number {
  let i = 0
  let j = 0
  let distinct = 0
  const n1 = first.length
  const n2 = second.length
  while (i < n1 && j < n2) {
    const a = first[i]!
    const b = second[j]!
    const value = a <= b ? a : b
    if (a <= value) {
      i++
      while (i < n1 && first[i]! <= value) i++
    }
    if (b <= value) {
      j++
      while (j < n2 && second[j]! <= value) j++
    }
    distinct++
  }
  // One side is used up; what is left of the other lies above every value counted so far.
  return distinct + countDistinct(first.subarray(i)) + countDistinct(second.subarray(j))
}

/** Number of distinct values in one ascending array. */
export function countDistinct(sorted: Float64Array): number {
  let distinct = 0
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i]! > sorted[i - 1]!) distinct++
  return distinct
}

/** Distinct values of the union with their counts (or summed weights) on each side. */
export interface DistinctValueCounts {
  values: Float64Array
  reference: Float64Array
  current: Float64Array
}

/**
 * Run-length counts of the union of two ascending arrays: one entry per distinct value, with
 * how many times (or, given weights, how much weight) it occurs on each side.
 */
export function distinctValueCounts(
  reference: Float64Array,
  current: Float64Array,
  referenceWeights?: Float64Array
): DistinctValueCounts {
  const size = countDistinctInUnion(reference, current)
  const values = new Float64Array(size)
  const referenceCounts = new Float64Array(size)
  const currentCounts = new Float64Array(size)
  let i = 0
  let j = 0
  for (let k = 0; k < size; k++) {
    const value =
      i < reference.length && (j >= current.length || reference[i]! <= current[j]!)
        ? reference[i]!
        : current[j]!
    values[k] = value
    let referenceCount = 0
    while (i < reference.length && reference[i]! <= value) {
      referenceCount += referenceWeights === undefined ? 1 : referenceWeights[i]!
      i++
    }
    const currentStart = j
    while (j < current.length && current[j]! <= value) j++
    referenceCounts[k] = referenceCount
    currentCounts[k] = j - currentStart
  }
  return { values, reference: referenceCounts, current: currentCounts }
}
