import { quantileSorted, type QuantileMethod } from '../stats/quantile.js'

/**
 * A column's exact numbers as several ascending arrays (one per scanned range), used without
 * merging them into one copy: quantiles need only a few order statistics and a histogram only
 * counts, so a wide table never holds its numbers twice (PERFORMANCE.md §3 memory targets).
 */
export type SortedParts = readonly Float64Array[]

export function partsLength(parts: SortedParts): number {
  let total = 0
  for (const part of parts) total += part.length
  return total
}

/** The values at the given 0-based ranks of the merged order (ranks ascending, distinct). */
export function valuesAtRanks(parts: SortedParts, ranks: readonly number[]): number[] {
  const values: number[] = []
  if (ranks.length === 0) return values
  if (parts.length === 1) return ranks.map((rank) => parts[0]![rank]!)
  const positions = new Int32Array(parts.length)
  let next = 0
  const last = ranks[ranks.length - 1]!
  for (let rank = 0; rank <= last; rank++) {
    // The smallest head among the parts (few parts: a linear scan beats a heap).
    let best = -1
    let bestValue = Infinity
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p]!
      const position = positions[p]!
      if (position < part.length) {
        const value = part[position]!
        if (best < 0 || value < bestValue || (value !== value && bestValue === bestValue)) {
          best = p
          bestValue = value
        }
      }
    }
    positions[best]!++
    if (rank === ranks[next]) {
      values.push(bestValue)
      next++
    }
  }
  return values
}

/** Quantiles of the merged parts, identical to quantileSorted on the merged array. */
export function quantilesOfParts(
  parts: SortedParts,
  qs: readonly number[],
  method: QuantileMethod = 'linear'
): number[] {
  const n = partsLength(parts)
  if (n === 0) return qs.map(() => NaN)
  const needed = new Set<number>([0, n - 1])
  for (const q of qs) {
    const below = Math.floor(Math.min(Math.max(q, 0), 1) * (n - 1))
    needed.add(below)
    needed.add(Math.min(below + 1, n - 1))
  }
  const ranks = [...needed].sort((a, b) => a - b)
  const values = valuesAtRanks(parts, ranks)
  // quantileSorted reads only these indices, so a sparse stand-in for the merged array suffices.
  const sparse: Record<number, number> & { length: number } = { length: n }
  ranks.forEach((rank, index) => (sparse[rank] = values[index]!))
  return qs.map((q) => quantileSorted(sparse as ArrayLike<number>, q, method))
}

/** First index in an ascending array whose value is ≥ x. */
function lowerBound(array: Float64Array, x: number): number {
  let low = 0
  let high = array.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (array[middle]! < x) low = middle + 1
    else high = middle
  }
  return low
}

/** First index whose value is > x. */
function upperBound(array: Float64Array, x: number): number {
  let low = 0
  let high = array.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (array[middle]! <= x) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * Counts per bin with numpy.histogram's convention: [e_j, e_j+1), the last bin closed; values
 * outside [e_0, e_last] are not counted.
 */
export function histogramOfParts(parts: SortedParts, edges: readonly number[]): number[] {
  const bins = edges.length - 1
  const counts = new Array<number>(bins).fill(0)
  for (const part of parts) {
    for (let j = 0; j < bins; j++) {
      const start = lowerBound(part, edges[j]!)
      const end = j === bins - 1 ? upperBound(part, edges[j + 1]!) : lowerBound(part, edges[j + 1]!)
      counts[j]! += Math.max(0, end - start)
    }
  }
  return counts
}

/** Merges ascending arrays into one ascending array (for consumers that need one array). */
export function mergeSortedParts(parts: SortedParts): Float64Array {
  if (parts.length === 1) return parts[0]!
  const out = new Float64Array(partsLength(parts))
  const positions = new Int32Array(parts.length)
  for (let k = 0; k < out.length; k++) {
    let best = -1
    let bestValue = Infinity
    for (let p = 0; p < parts.length; p++) {
      const position = positions[p]!
      if (position < parts[p]!.length) {
        const value = parts[p]![position]!
        if (best < 0 || value < bestValue) {
          best = p
          bestValue = value
        }
      }
    }
    out[k] = bestValue
    positions[best]!++
  }
  return out
}
