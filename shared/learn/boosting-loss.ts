import type { LearningTask } from './learning-task.js'
import { sigmoid, softplus } from './logistic-regression.js'

/**
 * The losses gradient boosting descends, as scikit-learn's HistGradientBoosting defines them
 * (sklearn/_loss/loss.py, 1.2): half squared error for regression, half binomial (log) loss for
 * two classes, half multinomial loss for K classes with one raw score per class. Gradients and
 * hessians are with respect to the raw score; they are what the trees fit.
 *
 * Raw scores and gradients are output-major: value of output k at row i is at k·n + i, so the
 * tree for output k reads one contiguous block.
 */
export interface BoostingLoss {
  /** Raw scores per row (1, or K for multiclass). */
  readonly outputs: number
  /** The constant raw score that minimises the loss (sklearn fit_intercept_only). */
  baseline(target: Float64Array): number[]
  /** Fills gradients and hessians (length outputs·n) at the current raw scores. */
  gradients(
    target: Float64Array,
    raw: Float64Array,
    gradient: Float64Array,
    hessian: Float64Array
  ): void
  /** Mean loss at the raw scores (sklearn's early-stopping "loss" scorer, sign flipped). */
  meanLoss(target: Float64Array, raw: Float64Array): number
  /** True when the hessian is the same for every row (squared error): counts stand in for it. */
  readonly constantHessian: boolean
}

/** Probabilities are clipped this far from 0 and 1 for the baseline's logarithms. */
const PROBABILITY_EPSILON = 2.220446049250313e-16

/** The loss sklearn's HistGradientBoosting uses for the task (loss='auto'). */
export function boostingLoss(task: LearningTask, classCount: number): BoostingLoss {
  if (task === 'regression') return squaredError
  if (task === 'binary') return binomial
  return multinomial(classCount)
}

const squaredError: BoostingLoss = {
  outputs: 1,
  constantHessian: true,
  baseline(target) {
    let sum = 0
    for (let i = 0; i < target.length; i++) sum += target[i]!
    return [sum / target.length]
  },
  gradients(target, raw, gradient, hessian) {
    for (let i = 0; i < target.length; i++) {
      gradient[i] = raw[i]! - target[i]!
      hessian[i] = 1
    }
  },
  meanLoss(target, raw) {
    let sum = 0
    for (let i = 0; i < target.length; i++) sum += 0.5 * (raw[i]! - target[i]!) ** 2
    return sum / target.length
  }
}

const binomial: BoostingLoss = {
  outputs: 1,
  constantHessian: false,
  baseline(target) {
    let positives = 0
    for (let i = 0; i < target.length; i++) positives += target[i]!
    const p = clipProbability(positives / target.length)
    return [Math.log(p / (1 - p))]
  },
  gradients(target, raw, gradient, hessian) {
    for (let i = 0; i < target.length; i++) {
      const p = sigmoid(raw[i]!)
      gradient[i] = p - target[i]!
      hessian[i] = p * (1 - p)
    }
  },
  meanLoss(target, raw) {
    let sum = 0
    for (let i = 0; i < target.length; i++) sum += softplus(raw[i]!) - target[i]! * raw[i]!
    return sum / target.length
  }
}

function multinomial(K: number): BoostingLoss {
  return {
    outputs: K,
    constantHessian: false,
    baseline(target) {
      const counts = new Float64Array(K)
      for (let i = 0; i < target.length; i++) counts[target[i]!]!++
      const logs = Array.from(counts, (count) => Math.log(clipProbability(count / target.length)))
      const average = logs.reduce((sum, value) => sum + value, 0) / K
      return logs.map((value) => value - average)
    },
    gradients(target, raw, gradient, hessian) {
      const n = target.length
      for (let i = 0; i < n; i++) {
        let max = -Infinity
        for (let k = 0; k < K; k++) max = Math.max(max, raw[k * n + i]!)
        let sum = 0
        for (let k = 0; k < K; k++) sum += Math.exp(raw[k * n + i]! - max)
        for (let k = 0; k < K; k++) {
          const p = Math.exp(raw[k * n + i]! - max) / sum
          gradient[k * n + i] = p - (target[i] === k ? 1 : 0)
          hessian[k * n + i] = p * (1 - p)
        }
      }
    },
    meanLoss(target, raw) {
      const n = target.length
      let total = 0
      for (let i = 0; i < n; i++) {
        let max = -Infinity
        for (let k = 0; k < K; k++) max = Math.max(max, raw[k * n + i]!)
        let sum = 0
        for (let k = 0; k < K; k++) sum += Math.exp(raw[k * n + i]! - max)
        total += max + Math.log(sum) - raw[target[i]! * n + i]!
      }
      return total / n
    }
  }
}

function clipProbability(p: number): number {
  return Math.min(Math.max(p, PROBABILITY_EPSILON), 1 - PROBABILITY_EPSILON)
}
