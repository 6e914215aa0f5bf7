/**
 * Two samples reduced to counts over the same bins, plus the proportions a divergence formula
 * uses (after that binning convention's zero handling). The bins are either numeric intervals
 * [e_j, e_{j+1}) (last closed; ±∞ outer edges allowed) or categories.
 */
export type BinLayout =
  { type: 'intervals'; edges: Float64Array } | { type: 'categories'; labels: (string | number)[] }

export interface BinnedDistribution {
  layout: BinLayout
  referenceCounts: Float64Array
  currentCounts: Float64Array
  referenceTotal: number
  currentTotal: number
  /** Proportions as the formula uses them (zero-filled or clipped when the convention says so). */
  reference: Float64Array
  current: Float64Array
}

/** counts / total, elementwise. */
export function proportionsOf(counts: Float64Array, total: number): Float64Array {
  const proportions = new Float64Array(counts.length)
  for (let i = 0; i < counts.length; i++) proportions[i] = counts[i]! / total
  return proportions
}
