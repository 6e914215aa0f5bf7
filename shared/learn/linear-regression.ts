import { choleskyFactor, choleskySolve } from './cholesky.js'
import type { DesignMatrix } from './linear-encoding.js'

/**
 * Least squares with an optional ridge, in scikit-learn's parameterisation (Ridge / and
 * LinearRegression for alpha = 0): minimise ‖y − X·w − b‖² + alpha·‖w‖², the intercept b
 * unpenalised. Closed form on centred data (sklearn's `_preprocess_data` route): with
 * Xc = X − x̄ and yc = y − ȳ, w solves (XcᵀXc + alpha·I)·w = Xcᵀyc and b = ȳ − x̄·w; the normal
 * equations are solved by Cholesky.
 *
 * Rank deficiency (collinear columns — e.g. a full one-hot block, whose columns sum to the
 * intercept's): the Cholesky pivot test fails, and the solve is repeated with a tiny ridge
 * λ = 1e-10 · trace(XcᵀXc)/p added. As λ → 0 the ridge solution tends to the minimum-norm
 * least-squares solution, which is what sklearn's LinearRegression (scipy lstsq) returns, so
 * predictions agree and coefficients agree to ~λ/σ²_min. The caller reports that this happened.
 */

export const RANK_DEFICIENCY_RIDGE = 1e-10

export interface LinearRegressionFit {
  coefficients: Float64Array
  intercept: number
  /** The ridge added for rank deficiency (0 when none was needed). */
  addedRidge: number
}

/** Least squares (alpha = 0) or ridge on an encoded design matrix; `target` one value per row. */
export function fitLinearRegression(
  design: DesignMatrix,
  target: ArrayLike<number>,
  alpha: number
): LinearRegressionFit {
  const { values: X, rowCount: n, columnCount: p } = design
  const columnMeans = new Float64Array(p)
  let targetMean = 0
  for (let i = 0; i < n; i++) {
    targetMean += target[i]!
    for (let j = 0; j < p; j++) columnMeans[j]! += X[i * p + j]!
  }
  targetMean /= n
  for (let j = 0; j < p; j++) columnMeans[j]! /= n

  // Gram matrix (lower triangle) and right-hand side of the centred problem.
  const gram = new Float64Array(p * p)
  const rhs = new Float64Array(p)
  const row = new Float64Array(p)
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < p; j++) row[j] = X[i * p + j]! - columnMeans[j]!
    const y = target[i]! - targetMean
    for (let j = 0; j < p; j++) {
      const xj = row[j]!
      if (xj === 0) continue
      rhs[j]! += xj * y
      const base = j * p
      for (let k = 0; k <= j; k++) gram[base + k]! += xj * row[k]!
    }
  }
  for (let j = 0; j < p; j++) gram[j * p + j]! += alpha

  let addedRidge = 0
  let factor = p === 0 ? new Float64Array(0) : choleskyFactor(gram, p)
  if (factor === null) {
    let trace = 0
    for (let j = 0; j < p; j++) trace += gram[j * p + j]!
    addedRidge = (RANK_DEFICIENCY_RIDGE * trace) / p
    for (let j = 0; j < p; j++) gram[j * p + j]! += addedRidge
    factor = choleskyFactor(gram, p, 0)
    if (factor === null) throw new Error('least squares: the Gram matrix is not positive definite')
  }
  const coefficients = choleskySolve(factor, p, rhs)
  let intercept = targetMean
  for (let j = 0; j < p; j++) intercept -= columnMeans[j]! * coefficients[j]!
  return { coefficients, intercept, addedRidge }
}
