import { lowerBound, upperBound } from './sorted-sample.js'

/**
 * numpy's histogram conventions, which Evidently's binned drift tests inherit (numpy 1.24
 * `lib/histograms.py`).
 */

/**
 * `np.histogram_bin_edges(a, bins='sturges')` from the minimum, maximum and size of `a`:
 * width = ptp/(log₂ size + 1), k = ⌈(last − first)/width⌉ bins (normally ⌈log₂ size + 1⌉, but the
 * rounding of the two divisions decides, as in numpy), edges = np.linspace(first, last, k + 1),
 * i.e. edge_j = j·((last − first)/k) + first with the last edge set to `last`. A constant sample
 * gets the single bin [v − 0.5, v + 0.5].
 */
export function sturgesBinEdges(minimum: number, maximum: number, size: number): Float64Array {
  let first = minimum
  let last = maximum
  if (first === last) {
    first -= 0.5
    last += 0.5
  }
  const width = (maximum - minimum) / (Math.log2(size) + 1)
  const binCount = width !== 0 && size > 0 ? Math.ceil((last - first) / width) : 1
  return linspace(first, last, binCount + 1)
}

/** `np.linspace(start, stop, count)` (endpoint included), with numpy's operation order. */
export function linspace(start: number, stop: number, count: number): Float64Array {
  const edges = new Float64Array(count)
  const divisions = count - 1
  const delta = stop - start
  const step = delta / divisions
  for (let j = 0; j < count; j++) {
    edges[j] = (step === 0 ? (j / divisions) * delta : j * step) + start
  }
  if (count > 1) edges[count - 1] = stop
  return edges
}

/**
 * Counts of an ascending sample in the bins [e_j, e_{j+1}) with the last bin closed, values
 * outside [e_0, e_k] ignored — `np.histogram(a, bins=edges)` for an explicit edge array
 * (numpy's searchsorted path). O(k log n).
 */
export function countSortedIntoBins(sorted: Float64Array, edges: ArrayLike<number>): Float64Array {
  const binCount = edges.length - 1
  const counts = new Float64Array(binCount)
  let below = lowerBound(sorted, edges[0]!)
  for (let j = 0; j < binCount; j++) {
    const upper =
      j === binCount - 1 ? upperBound(sorted, edges[j + 1]!) : lowerBound(sorted, edges[j + 1]!)
    counts[j] = upper - below
    below = upper
  }
  return counts
}

/** The same with weights: each bin gets the summed weight of the values falling in it. */
export function sumWeightsIntoBins(
  sortedValues: Float64Array,
  weights: Float64Array,
  edges: ArrayLike<number>
): Float64Array {
  const binCount = edges.length - 1
  const sums = new Float64Array(binCount)
  let index = lowerBound(sortedValues, edges[0]!)
  for (let j = 0; j < binCount; j++) {
    const upper =
      j === binCount - 1
        ? upperBound(sortedValues, edges[j + 1]!)
        : lowerBound(sortedValues, edges[j + 1]!)
    let sum = 0
    for (; index < upper; index++) sum += weights[index]!
    sums[j] = sum
  }
  return sums
}
