import { relativeEntropyTerm, sumOf } from './kl-divergence.js'

/**
 * Jensen–Shannon distance √((KL(p‖m) + KL(q‖m))/2), m = (p + q)/2, with p and q normalised to
 * sum 1 — scipy 1.10 `spatial.distance.jensenshannon(p, q, base)` (statistics-reference §2.4).
 * Natural log by default, so the maximum (disjoint supports) is √(ln 2) ≈ 0.8326; base 2 gives
 * [0, 1]. Evidently's `jensenshannon` test (threshold 0.1) uses the natural log.
 */
export function jensenShannonDistance(
  p: ArrayLike<number>,
  q: ArrayLike<number>,
  base?: number
): number {
  const pTotal = sumOf(p)
  const qTotal = sumOf(q)
  let left = 0
  let right = 0
  for (let i = 0; i < p.length; i++) {
    const pi = p[i]! / pTotal
    const qi = q[i]! / qTotal
    const mi = (pi + qi) / 2
    left += relativeEntropyTerm(pi, mi)
    right += relativeEntropyTerm(qi, mi)
  }
  let divergence = left + right
  if (base !== undefined) divergence /= Math.log(base)
  return Math.sqrt(divergence / 2)
}
