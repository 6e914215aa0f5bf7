/**
 * Hellinger distance in Evidently's form (statistics-reference §2.1, §2.4):
 *   H = √(1 − clip(BC, 0, 1)),  BC = Σ √(pᵢ qᵢ)  (the Bhattacharyya coefficient),
 * in [0, 1]. For categories p and q are proportions; for numeric columns Evidently builds density
 * histograms on shared Sturges bins and uses BC = Σ √(fᵢ gᵢ)·width (see evidently-binning.ts).
 */
export function hellingerFromCoefficient(bhattacharyya: number): number {
  const clipped = Math.min(Math.max(bhattacharyya, 0), 1)
  return Math.sqrt(1 - clipped)
}

/** Hellinger distance between two proportion vectors over the same categories. */
export function hellingerDistance(p: ArrayLike<number>, q: ArrayLike<number>): number {
  let coefficient = 0
  for (let i = 0; i < p.length; i++) coefficient += Math.sqrt(p[i]! * q[i]!)
  return hellingerFromCoefficient(coefficient)
}
