/**
 * Midranks: 1-based ranks where tied values share the mean of the ranks they occupy (the
 * "average" method of scipy.stats.rankdata). DeLong's fast algorithm (Sun & Xu 2014) is built on
 * them; ties between a positive and a negative then count ½, as in the AUC.
 */
export function midranks(values: ArrayLike<number>): Float64Array {
  const n = values.length
  const order = new Uint32Array(n)
  for (let i = 0; i < n; i++) order[i] = i
  order.sort((a, b) => values[a]! - values[b]!)
  const ranks = new Float64Array(n)
  let start = 0
  while (start < n) {
    let end = start + 1
    while (end < n && values[order[end]!] === values[order[start]!]) end++
    // Positions start..end−1 (0-based) hold ranks start+1..end; their mean is (start+1+end)/2.
    const rank = (start + 1 + end) / 2
    for (let k = start; k < end; k++) ranks[order[k]!] = rank
    start = end
  }
  return ranks
}
