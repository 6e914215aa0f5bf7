/**
 * Kullback–Leibler divergence and its elementwise building block, as scipy defines them
 * (statistics-reference §2.4; scipy 1.10 `stats.entropy`, `special.rel_entr`).
 */

/** scipy `rel_entr(x, y)`: x ln(x/y) for x, y > 0; 0 for x = 0, y ≥ 0; +∞ otherwise. */
export function relativeEntropyTerm(x: number, y: number): number {
  if (x > 0 && y > 0) return x * Math.log(x / y)
  if (x === 0 && y >= 0) return 0
  return Infinity
}

/** Σ of an array-like (plain loop; the inputs are a few dozen bins). */
export function sumOf(values: ArrayLike<number>): number {
  let sum = 0
  for (let i = 0; i < values.length; i++) sum += values[i]!
  return sum
}

/**
 * KL(p‖q) = Σ pᵢ ln(pᵢ/qᵢ) after normalising p and q to sum 1 — scipy `entropy(p, q, base)`.
 * +∞ when some qᵢ = 0 < pᵢ. `base` divides by ln(base) (natural log by default). Evidently's
 * `kl_div` test calls it on zero-filled bin proportions, so it stays finite there.
 */
export function klDivergence(p: ArrayLike<number>, q: ArrayLike<number>, base?: number): number {
  const pTotal = sumOf(p)
  const qTotal = sumOf(q)
  let sum = 0
  for (let i = 0; i < p.length; i++) sum += relativeEntropyTerm(p[i]! / pTotal, q[i]! / qTotal)
  return base === undefined ? sum : sum / Math.log(base)
}
