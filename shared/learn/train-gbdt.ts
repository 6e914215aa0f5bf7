import { boostingLoss } from './boosting-loss.js'
import type { DataColumn } from './data-table.js'
import { normalisedImportances } from './feature-importance.js'
import { fitGradientBoosting } from './gradient-boosting.js'
import type { GbdtParams } from './learner-params.js'
import { modelHeader, plainNumbers } from './model-header.js'
import type { ModelBase } from './model-header.js'
import type { GbdtModel, ModelFeature, ParamValue } from './model-format.js'
import { binColumns, fitTreeBinning } from './tree-binning.js'
import { exportTree } from './tree-export.js'

const MIN_HESSIAN_TO_SPLIT = 1e-3 // sklearn's default min_hessian_to_split

/**
 * Fits gradient-boosted trees: bins the features on the training rows, boosts (monitoring the
 * validation rows for early stopping when there are any), and writes the model file with the
 * trees restated on raw values. `early_stopping` arrives already resolved from 'auto'.
 */
export function trainGbdt(
  base: ModelBase,
  columns: readonly DataColumn[],
  trainRows: Int32Array,
  trainTarget: Float64Array,
  validationRows: Int32Array,
  validationTarget: Float64Array,
  params: GbdtParams & { early_stopping: boolean },
  onIteration?: (done: number, total: number) => void
): GbdtModel {
  const binnings = fitTreeBinning(columns, trainRows, params.max_bins, base.summary.seed)
  const layout = {
    binCounts: Int32Array.from(binnings, (binning) => binning.binCount),
    isCategorical: Uint8Array.from(binnings, (binning) => (binning.kind === 'categorical' ? 1 : 0))
  }
  const classCount = base.classes?.length ?? 0
  const result = fitGradientBoosting(
    {
      bins: binColumns(binnings, columns, trainRows),
      rowCount: trainRows.length,
      featureCount: binnings.length,
      target: trainTarget
    },
    validationRows.length === 0
      ? null
      : {
          bins: binColumns(binnings, columns, validationRows),
          rowCount: validationRows.length,
          featureCount: binnings.length,
          target: validationTarget
        },
    layout,
    boostingLoss(base.task, classCount),
    {
      learningRate: params.learning_rate,
      maxIterations: params.max_iter,
      maxLeafNodes: params.max_leaf_nodes,
      maxDepth: params.max_depth ?? Infinity,
      minSamplesLeaf: params.min_samples_leaf,
      l2Regularization: params.l2_regularization,
      minHessianToSplit: MIN_HESSIAN_TO_SPLIT,
      earlyStopping: params.early_stopping,
      nIterNoChange: params.n_iter_no_change,
      tolerance: params.tol
    },
    onIteration
  )
  const features: ModelFeature[] = columns.map((column, f) => ({
    name: column.name,
    kind: column.kind,
    encoding: binnings[f]!.encoding
  }))
  const trees = result.trees.map((iteration) =>
    iteration.map((tree) => {
      const json = exportTree(tree, binnings)
      json.value = plainNumbers(json.value)
      json.threshold = plainNumbers(json.threshold)
      return json
    })
  )
  return {
    ...modelHeader(base, 'gbdt', params as unknown as Record<string, ParamValue>, features),
    featureImportances: normalisedImportances(
      features.map((feature) => feature.name),
      result.featureGains
    ),
    algorithm: 'gbdt',
    gbdt: { baseline: plainNumbers(result.baseline), trees }
  }
}
