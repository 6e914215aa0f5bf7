import type { BoostingLoss } from './boosting-loss.js'
import type { FeatureLayout } from './split-finder.js'
import { TreeGrower, grownTreeValue } from './tree-grower.js'
import type { BinnedRows, GrownTree, TreeGrowthParams } from './tree-grower.js'

/**
 * The boosting loop of scikit-learn's HistGradientBoosting (BaseHistGradientBoosting.fit,
 * sklearn 1.2): start from the loss-minimising constant, then each iteration computes gradients
 * and hessians at the current raw scores and fits one tree per output (one per class for
 * multiclass, all from the same gradients), adding each tree's leaf values to the raw scores.
 *
 * Early stopping (sklearn's scoring='loss'): the monitored loss is recorded for the baseline and
 * after every iteration; training stops once none of the last `nIterNoChange` iterations
 * improved on the loss `nIterNoChange` + 1 positions back by more than `tol`. As in sklearn, the
 * iterations fitted up to the stop are all kept. The monitored set is the validation rows when
 * there are any, the training rows otherwise (sklearn with validation_fraction=None).
 */

export interface BoostingParams extends TreeGrowthParams {
  readonly maxIterations: number
  readonly earlyStopping: boolean
  readonly nIterNoChange: number
  readonly tolerance: number
}

export interface BoostingData extends BinnedRows {
  /** Class code or target value per row. */
  readonly target: Float64Array
}

export interface BoostingResult {
  /** Raw score before any tree, per output. */
  readonly baseline: number[]
  /** trees[iteration][output]. */
  readonly trees: GrownTree[][]
  /** Total split gain per feature over all trees. */
  readonly featureGains: Float64Array
  /** Monitored loss after 0, 1, … iterations (empty without early stopping). */
  readonly monitoredLosses: number[]
  readonly stoppedEarly: boolean
}

/**
 * Boosts on binned training rows; `validation` (binned with the same binning) is only monitored,
 * for early stopping. Returns the trees in bin space (tree-export.ts restates them on raw values).
 * `onIteration` (iterations done, maximum) drives a progress bar; it does not change the result.
 */
export function fitGradientBoosting(
  train: BoostingData,
  validation: BoostingData | null,
  layout: FeatureLayout,
  loss: BoostingLoss,
  params: BoostingParams,
  onIteration?: (done: number, total: number) => void
): BoostingResult {
  const n = train.rowCount
  const K = loss.outputs
  const baseline = loss.baseline(train.target)
  const raw = outputMajor(baseline, n)
  const gradient = new Float64Array(K * n)
  const hessian = new Float64Array(K * n)
  const monitored = validation !== null && validation.rowCount > 0 ? validation : null
  const monitoredRaw = monitored === null ? null : outputMajor(baseline, monitored.rowCount)
  const grower = new TreeGrower(train, layout, params)
  const featureGains = new Float64Array(layout.binCounts.length)
  const trees: GrownTree[][] = []
  const monitoredLosses: number[] = []
  const monitorLoss = (): void => {
    monitoredLosses.push(
      monitored === null
        ? loss.meanLoss(train.target, raw)
        : loss.meanLoss(monitored.target, monitoredRaw!)
    )
  }
  if (params.earlyStopping) monitorLoss()
  let stoppedEarly = false

  for (let iteration = 0; iteration < params.maxIterations; iteration++) {
    loss.gradients(train.target, raw, gradient, hessian)
    const iterationTrees: GrownTree[] = []
    for (let k = 0; k < K; k++) {
      const tree = grower.grow(
        gradient.subarray(k * n, (k + 1) * n),
        hessian.subarray(k * n, (k + 1) * n),
        raw.subarray(k * n, (k + 1) * n),
        featureGains
      )
      iterationTrees.push(tree)
      if (monitored !== null) {
        const m = monitored.rowCount
        for (let i = 0; i < m; i++) {
          monitoredRaw![k * m + i]! += grownTreeValue(tree, monitored, i)
        }
      }
    }
    trees.push(iterationTrees)
    onIteration?.(iteration + 1, params.maxIterations)
    if (params.earlyStopping) {
      monitorLoss()
      if (shouldStop(monitoredLosses, params.nIterNoChange, params.tolerance)) {
        stoppedEarly = true
        break
      }
    }
  }
  return { baseline, trees, featureGains, monitoredLosses, stoppedEarly }
}

/** sklearn's `_should_stop`, on losses (lower is better) instead of scores. */
export function shouldStop(losses: readonly number[], nIterNoChange: number, tol: number): boolean {
  const referencePosition = nIterNoChange + 1
  if (losses.length < referencePosition) return false
  const reference = losses[losses.length - referencePosition]! - tol
  for (let k = losses.length - referencePosition + 1; k < losses.length; k++) {
    if (losses[k]! < reference) return false
  }
  return true
}

function outputMajor(baseline: readonly number[], n: number): Float64Array {
  const raw = new Float64Array(baseline.length * n)
  baseline.forEach((value, k) => raw.fill(value, k * n, (k + 1) * n))
  return raw
}
