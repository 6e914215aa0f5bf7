/**
 * Population Stability Index over matching bins (statistics-reference §2.5):
 *   PSI = Σ_b (ref_b − cur_b) ln(ref_b / cur_b)
 * — the symmetric (Jeffreys) divergence of the two binned distributions, written as Evidently
 * writes it; (cur − ref) ln(cur/ref) is the same number. The proportions must already be free of
 * zeros (each binning convention has its own zero handling: see quantile-binning.ts and
 * evidently-binning.ts). Practitioner reading (Siddiqi 2017, after Lewis 1994): < 0.10 no
 * significant shift, 0.10–0.25 moderate, ≥ 0.25 significant.
 */
export function populationStabilityIndex(
  reference: ArrayLike<number>,
  current: ArrayLike<number>
): number {
  let sum = 0
  for (let i = 0; i < reference.length; i++) {
    const r = reference[i]!
    const c = current[i]!
    sum += (r - c) * Math.log(r / c)
  }
  return sum
}
