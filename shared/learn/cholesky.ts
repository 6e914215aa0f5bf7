/**
 * Cholesky factorisation A = L·Lᵀ of a symmetric positive-definite matrix and the matching
 * solve (Golub & Van Loan, "Matrix Computations", 4th ed., Algorithm 4.2.1, the column-by-column
 * "gaxpy" form). Used for the normal equations of (ridge) least squares, where A is a Gram matrix
 * plus a ridge: symmetric, and positive definite unless the columns are collinear.
 */

/**
 * The lower-triangular factor L of the row-major p×p matrix `a` (only its lower triangle is
 * read), or null when a pivot is not clearly positive: when pivot² ≤ `relativePivotTolerance`
 * times the diagonal entry it came from, column j is (numerically) a combination of the
 * columns before it, and the caller has a rank-deficient problem to handle.
 */
export function choleskyFactor(
  a: Float64Array,
  p: number,
  relativePivotTolerance = 1e-10
): Float64Array | null {
  const factor = new Float64Array(p * p)
  for (let j = 0; j < p; j++) {
    let diagonal = a[j * p + j]!
    for (let k = 0; k < j; k++) diagonal -= factor[j * p + k]! ** 2
    if (!(diagonal > relativePivotTolerance * Math.abs(a[j * p + j]!)) || !(diagonal > 0)) {
      return null
    }
    const pivot = Math.sqrt(diagonal)
    factor[j * p + j] = pivot
    for (let i = j + 1; i < p; i++) {
      let sum = a[i * p + j]!
      for (let k = 0; k < j; k++) sum -= factor[i * p + k]! * factor[j * p + k]!
      factor[i * p + j] = sum / pivot
    }
  }
  return factor
}

/** Solves L·Lᵀ·x = b by forward then back substitution. */
export function choleskySolve(factor: Float64Array, p: number, b: ArrayLike<number>): Float64Array {
  const z = new Float64Array(p)
  for (let i = 0; i < p; i++) {
    let sum = b[i]!
    for (let k = 0; k < i; k++) sum -= factor[i * p + k]! * z[k]!
    z[i] = sum / factor[i * p + i]!
  }
  const x = new Float64Array(p)
  for (let i = p - 1; i >= 0; i--) {
    let sum = z[i]!
    for (let k = i + 1; k < p; k++) sum -= factor[k * p + i]! * x[k]!
    x[i] = sum / factor[i * p + i]!
  }
  return x
}
