import { minimizeLbfgs } from './lbfgs.js'
import type { DesignMatrix } from './linear-encoding.js'

/**
 * L2-penalised logistic regression with scikit-learn's parameterisation (LogisticRegression,
 * penalty='l2', solver='lbfgs', sklearn 1.2 `_logistic_regression_path`): minimise
 *   C · Σ_i loss_i + ½‖W‖²,
 * the intercepts unpenalised. Binary: loss_i = log(1 + e^{z_i}) − y_i·z_i with z = x·w + b.
 * Multinomial (K ≥ 3, sklearn's multi_class='auto' for lbfgs): K weight vectors, softmax,
 * loss_i = log Σ_k e^{z_ik} − z_{i,y_i}, and the penalty on all K vectors (the over-parameterised
 * form sklearn uses; the penalty makes it identifiable).
 *
 * Solved on the equivalent scaled objective (1/n)·Σ loss_i + ‖W‖²/(2·C·n) — sklearn 1.2 scales
 * the same way (sample weights normalised to sum 1) — so the gradient tolerance means the same
 * thing as sklearn's `tol`, independent of the row count.
 */

export interface LogisticRegressionOptions {
  /** Inverse penalty strength (sklearn C), > 0. */
  C: number
  /** Gradient max-norm tolerance on the scaled objective. */
  tolerance: number
  maxIterations: number
}

export interface LogisticRegressionFit {
  /** coefficients[output][column]: 1 output for binary (class 1 vs 0), K for multinomial. */
  coefficients: Float64Array[]
  intercepts: Float64Array
  iterations: number
  converged: boolean
  /** max |gradient| of the scaled objective at the solution. */
  gradientNorm: number
}

/**
 * Fits on an encoded design matrix. `labels` are class codes 0..classCount−1 (as doubles);
 * two classes give the binary model, more the multinomial one.
 */
export function fitLogisticRegression(
  design: DesignMatrix,
  labels: ArrayLike<number>,
  classCount: number,
  options: LogisticRegressionOptions
): LogisticRegressionFit {
  const p = design.columnCount
  const outputs = classCount === 2 ? 1 : classCount
  const stride = p + 1
  const objective =
    outputs === 1
      ? binaryObjective(design, labels, options.C)
      : multinomialObjective(design, labels, outputs, options.C)
  const result = minimizeLbfgs(objective, new Float64Array(outputs * stride), {
    gradientTolerance: options.tolerance,
    maxIterations: options.maxIterations
  })
  const coefficients: Float64Array[] = []
  const intercepts = new Float64Array(outputs)
  for (let k = 0; k < outputs; k++) {
    coefficients.push(result.x.slice(k * stride, k * stride + p))
    intercepts[k] = result.x[k * stride + p]!
  }
  return {
    coefficients,
    intercepts,
    iterations: result.iterations,
    converged: result.converged,
    gradientNorm: result.gradientNorm
  }
}

/** log(1 + e^z) without overflow. */
export function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))
}

/** 1 / (1 + e^{−z}) without overflow. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z))
  const e = Math.exp(z)
  return e / (1 + e)
}

function binaryObjective(design: DesignMatrix, labels: ArrayLike<number>, C: number) {
  const { values: X, rowCount: n, columnCount: p } = design
  const penalty = 1 / (C * n)
  return (w: Float64Array, gradient: Float64Array): number => {
    gradient.fill(0)
    let loss = 0
    const intercept = w[p]!
    for (let i = 0; i < n; i++) {
      const base = i * p
      let z = intercept
      for (let j = 0; j < p; j++) z += X[base + j]! * w[j]!
      const y = labels[i]!
      loss += softplus(z) - y * z
      const residual = sigmoid(z) - y
      for (let j = 0; j < p; j++) gradient[j]! += residual * X[base + j]!
      gradient[p]! += residual
    }
    let squaredNorm = 0
    for (let j = 0; j < p; j++) {
      squaredNorm += w[j]! * w[j]!
      gradient[j] = gradient[j]! / n + penalty * w[j]!
    }
    gradient[p] = gradient[p]! / n
    return loss / n + 0.5 * penalty * squaredNorm
  }
}

function multinomialObjective(
  design: DesignMatrix,
  labels: ArrayLike<number>,
  K: number,
  C: number
) {
  const { values: X, rowCount: n, columnCount: p } = design
  const stride = p + 1
  const penalty = 1 / (C * n)
  const scores = new Float64Array(K)
  const codes = Int32Array.from(labels)
  return (w: Float64Array, gradient: Float64Array): number => {
    gradient.fill(0)
    let loss = 0
    for (let i = 0; i < n; i++) {
      const base = i * p
      let max = -Infinity
      for (let k = 0; k < K; k++) {
        const offset = k * stride
        let z = w[offset + p]!
        for (let j = 0; j < p; j++) z += X[base + j]! * w[offset + j]!
        scores[k] = z
        if (z > max) max = z
      }
      let sum = 0
      for (let k = 0; k < K; k++) sum += Math.exp(scores[k]! - max)
      const logSumExp = max + Math.log(sum)
      const y = codes[i]!
      loss += logSumExp - scores[y]!
      for (let k = 0; k < K; k++) {
        const residual = Math.exp(scores[k]! - logSumExp) - (k === y ? 1 : 0)
        const offset = k * stride
        for (let j = 0; j < p; j++) gradient[offset + j]! += residual * X[base + j]!
        gradient[offset + p]! += residual
      }
    }
    let squaredNorm = 0
    for (let k = 0; k < K; k++) {
      const offset = k * stride
      for (let j = 0; j < p; j++) {
        const weight = w[offset + j]!
        squaredNorm += weight * weight
        gradient[offset + j] = gradient[offset + j]! / n + penalty * weight
      }
      gradient[offset + p] = gradient[offset + p]! / n
    }
    return loss / n + 0.5 * penalty * squaredNorm
  }
}
