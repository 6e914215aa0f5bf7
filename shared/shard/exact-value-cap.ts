import type { RangePartial } from '../scan/range-scan.js'
import { QuantileSketch } from '../sketch/quantile-sketch.js'

/**
 * Exact numeric values a shard partial may carry by default: 2M values = 16 MB (21 MB of base64).
 * A single run keeps up to 4M values per scanned range in memory; a partial travels through an
 * artifact upload and download and is read back by the merge job next to every other shard's, so
 * it is kept smaller.
 */
export const DEFAULT_PARTIAL_EXACT_VALUES = 2_000_000

const CAP_LOCATION = { file: '<shard partial>' }

/**
 * Keeps a shard's exact numeric values within `budget` by folding whole columns (largest first)
 * into their mergeable DDSketch, as a scan does when it goes over its own budget. The merge then
 * treats those columns as approximate: merged quantiles are DDSketch estimates within its relative
 * accuracy α (0.5%), and checks on them report `exact: false`. Counts, moments, min/max and every
 * value check stay exact. Returns false when some values were folded. Mutates the ranges.
 */
export function capExactValues(ranges: readonly RangePartial[], budget: number): boolean {
  const columns = ranges[0]?.columns.length ?? 0
  const kept: { column: number; values: number }[] = []
  let total = 0
  for (let c = 0; c < columns; c++) {
    let values = 0
    for (const range of ranges) values += range.columns[c]!.sortedNumbers?.length ?? 0
    kept.push({ column: c, values })
    total += values
  }
  if (total <= budget) return true
  kept.sort((a, b) => b.values - a.values)
  for (const { column, values } of kept) {
    if (total <= budget) break
    for (const range of ranges) foldIntoSketch(range, column)
    total -= values
  }
  return false
}

function foldIntoSketch(range: RangePartial, column: number): void {
  const partial = range.columns[column]!
  const numbers = partial.sortedNumbers
  if (numbers === undefined) return
  // The values are already counted in the value table and HyperLogLog (addSortedNumbers at the
  // end of the range); only the quantile sketch is missing them.
  const sketch =
    partial.tally.quantiles === undefined
      ? new QuantileSketch()
      : QuantileSketch.fromJSON(partial.tally.quantiles, CAP_LOCATION)
  sketch.addMany(numbers)
  partial.tally = { ...partial.tally, quantiles: sketch.toJSON() }
  partial.sortedNumbers = undefined
}
