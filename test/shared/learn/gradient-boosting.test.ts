import { describe, expect, it } from '@jest/globals'
import { boostingLoss } from '../../../shared/learn/boosting-loss.js'
import type { DataColumn } from '../../../shared/learn/data-table.js'
import { fitGradientBoosting, shouldStop } from '../../../shared/learn/gradient-boosting.js'
import type { GbdtModel } from '../../../shared/learn/model-format.js'
import { predictColumns } from '../../../shared/learn/predict.js'
import { binColumns, fitTreeBinning } from '../../../shared/learn/tree-binning.js'
import { exportTree } from '../../../shared/learn/tree-export.js'
import { train } from '../../../shared/learn/train.js'
import { oracle } from './sklearn-oracle.js'
import { everyFifthRow, syntheticTable } from './synthetic-data.js'

/**
 * Accuracy parity with sklearn 1.2.1 HistGradientBoosting{Classifier,Regressor} (default
 * parameters; early_stopping=False, except the 20 000-row case where both use 'auto') trained
 * on the same rows and scored on the same validation rows (every fifth row). Trees cannot match
 * split for split (tie-breaking, categorical handling details), so the validation metrics must
 * be within these margins of sklearn's:
 */
const MARGINS = {
  roc_auc: 0.005, // mine ≥ sklearn − 0.005
  accuracy: 0.01, // mine ≥ sklearn − 0.01
  log_loss: 0.01, // mine ≤ sklearn + 0.01
  rmseRatio: 1.02, // mine ≤ 1.02 × sklearn
  r2: 0.01 // mine ≥ sklearn − 0.01
}

describe.each(oracle.gbdt)('gbdt ($name) vs sklearn HistGradientBoosting', (reference) => {
  const table = syntheticTable(reference.rows, reference.seed, reference.target)
  const result = train({
    table,
    target: 'y',
    algorithm: 'gbdt',
    validationRows: everyFifthRow(reference.rows),
    params: reference.name.includes('auto') ? {} : { early_stopping: false }
  })
  const metrics = result.validationMetrics!
  const sk = reference.metrics

  if (reference.target === 'regression') {
    it(`RMSE ≤ ${MARGINS.rmseRatio} × sklearn's ${sk.rmse!.toFixed(4)} and R² close`, () => {
      expect(metrics.rmse!).toBeLessThanOrEqual(MARGINS.rmseRatio * sk.rmse!)
      expect(metrics.r2!).toBeGreaterThanOrEqual(sk.r2! - MARGINS.r2)
      // The trees capture what a linear model cannot (sanity: this comparison can fail).
      expect(metrics.rmse!).toBeLessThan(0.5 * reference.linear_baseline.rmse!)
    })
  } else {
    it(`ROC AUC ≥ sklearn's ${sk.roc_auc!.toFixed(4)} − ${MARGINS.roc_auc}`, () => {
      expect(metrics.roc_auc!).toBeGreaterThanOrEqual(sk.roc_auc! - MARGINS.roc_auc)
      expect(metrics.roc_auc!).toBeGreaterThan(reference.linear_baseline.roc_auc! + 0.05)
    })
    it(`accuracy ≥ sklearn's ${sk.accuracy!.toFixed(4)} − ${MARGINS.accuracy}`, () => {
      expect(metrics.accuracy!).toBeGreaterThanOrEqual(sk.accuracy! - MARGINS.accuracy)
    })
    it(`log-loss ≤ sklearn's ${sk.log_loss!.toFixed(4)} + ${MARGINS.log_loss}`, () => {
      expect(metrics.log_loss!).toBeLessThanOrEqual(sk.log_loss! + MARGINS.log_loss)
    })
  }

  it('uses the informative features and not the noise', () => {
    const importance = new Map(result.featureImportances.map((f) => [f.feature, f.importance]))
    const total = result.featureImportances.reduce((sum, f) => sum + f.importance, 0)
    expect(total).toBeCloseTo(1, 12)
    for (const name of ['x1', 'x2', 'x5', 'cat']) {
      expect(importance.get(name)!).toBeGreaterThan(importance.get('noise')!)
    }
  })
})

describe('binning', () => {
  const table = syntheticTable(5000, 21, 'binary')
  const trainRows = Int32Array.from({ length: 5000 }, (_, i) => i).filter((i) => i % 5 !== 0)
  const noise = table.columns[6]!.values as Float64Array
  const columns: DataColumn[] = [
    table.columns[0]!,
    table.columns[4]!,
    { name: 'noise_floor8', kind: 'numeric', values: noise.map((v) => Math.floor(v * 8) / 8) }
  ]
  const binnings = fitTreeBinning(columns, trainRows, 255, 0)

  it.each(oracle.bin_thresholds.map((entry, f) => [entry.feature, f] as const))(
    'thresholds of %s match sklearn _BinMapper',
    (_, f) => {
      const expected = oracle.bin_thresholds[f]!.thresholds
      const actual = Array.from(binnings[f]!.thresholds)
      expect(actual).toHaveLength(expected.length)
      actual.forEach((value, k) =>
        expect(Math.abs(value - expected[k]!)).toBeLessThanOrEqual(1e-15 * Math.abs(expected[k]!))
      )
    }
  )

  it('puts missing values in bin 255 and values by #thresholds below them', () => {
    const bins = binColumns(binnings, columns, Int32Array.from([0, 1, 2, 3]))
    const x5 = columns[1]!.values as Float64Array
    for (let i = 0; i < 4; i++) {
      const bin = bins[i * 3 + 1]!
      if (Number.isNaN(x5[i]!)) expect(bin).toBe(255)
      else {
        const thresholds = binnings[1]!.thresholds
        expect(thresholds.filter((t) => t < x5[i]!).length).toBe(bin)
      }
    }
  })
})

describe('boosting loop', () => {
  it('the stored (raw-value) trees reproduce the bin-space predictions exactly', () => {
    const table = syntheticTable(3000, 31, 'multiclass')
    const features = table.columns.slice(0, 7)
    const trainRows = Int32Array.from({ length: 2400 }, (_, i) => i)
    const validationRows = Int32Array.from({ length: 600 }, (_, i) => 2400 + i)
    const y = table.columns[7]!.values as Float64Array
    const binnings = fitTreeBinning(features, trainRows, 255, 0)
    const layout = {
      binCounts: Int32Array.from(binnings, (b) => b.binCount),
      isCategorical: Uint8Array.from(binnings, (b) => (b.kind === 'categorical' ? 1 : 0))
    }
    const data = (rows: Int32Array) => ({
      bins: binColumns(binnings, features, rows),
      rowCount: rows.length,
      featureCount: features.length,
      target: Float64Array.from(rows, (row) => y[row]!)
    })
    const validation = data(validationRows)
    const loss = boostingLoss('multiclass', 3)
    const result = fitGradientBoosting(data(trainRows), validation, layout, loss, {
      learningRate: 0.1,
      maxIterations: 30,
      maxLeafNodes: 31,
      maxDepth: Infinity,
      minSamplesLeaf: 20,
      l2Regularization: 0,
      minHessianToSplit: 1e-3,
      earlyStopping: true,
      nIterNoChange: 1000,
      tolerance: 0
    })
    const model = {
      task: 'multiclass',
      classes: [0, 1, 2],
      algorithm: 'gbdt',
      features: features.map((column, f) => ({
        name: column.name,
        kind: column.kind,
        encoding: binnings[f]!.encoding
      })),
      gbdt: {
        baseline: result.baseline,
        trees: result.trees.map((iteration) => iteration.map((tree) => exportTree(tree, binnings)))
      }
    } as unknown as GbdtModel
    const output = predictColumns(model, features, validationRows)
    if (output.task === 'regression') throw new Error('expected classes')
    let total = 0
    for (let i = 0; i < 600; i++)
      total -= Math.log(output.probabilities[i * 3 + validation.target[i]!]!)
    expect(Math.abs(total / 600 - result.monitoredLosses.at(-1)!)).toBeLessThan(1e-12)
    expect(result.monitoredLosses).toHaveLength(31)
  })

  it('stops early as sklearn _should_stop does', () => {
    expect(shouldStop([1, 0.9, 0.8], 2, 0)).toBe(false)
    expect(shouldStop([1, 0.9, 0.95, 0.91], 2, 0)).toBe(true)
    expect(shouldStop([1, 0.9, 0.95, 0.89], 2, 0)).toBe(false)
    expect(shouldStop([1, 0.9, 0.95, 0.89], 2, 0.02)).toBe(true)
    expect(shouldStop([1, 0.9], 2, 0)).toBe(false)
  })

  it('stops a noisy problem before max_iter when early stopping is on', () => {
    const table = syntheticTable(1500, 41, 'binary')
    const kept = table.columns.filter((column) => ['noise', 'x3', 'y'].includes(column.name))
    const result = train({
      table: { columns: kept },
      target: 'y',
      algorithm: 'gbdt',
      params: { early_stopping: true, max_iter: 500, learning_rate: 0.3 }
    })
    const model = result.model as GbdtModel
    expect(model.gbdt.trees.length).toBeLessThan(500)
    expect(model.params.early_stopping).toBe(true)
  })

  it("resolves early_stopping 'auto' by row count, as sklearn does", () => {
    const small = train({
      table: syntheticTable(600, 3, 'regression'),
      target: 'y',
      algorithm: 'gbdt',
      params: { max_iter: 5 }
    })
    expect(small.model.params.early_stopping).toBe(false)
  })

  it('honours max_depth, max_leaf_nodes and min_samples_leaf', () => {
    const table = syntheticTable(2000, 8, 'regression')
    const result = train({
      table,
      target: 'y',
      algorithm: 'gbdt',
      params: { max_iter: 5, max_depth: 2, min_samples_leaf: 50 }
    })
    const model = result.model as GbdtModel
    for (const [tree] of model.gbdt.trees) {
      const leaves = tree!.feature.filter((f) => f === -1).length
      expect(leaves).toBeLessThanOrEqual(4)
    }
    const wide = train({
      table,
      target: 'y',
      algorithm: 'gbdt',
      params: { max_iter: 3, max_leaf_nodes: 7 }
    })
    for (const [tree] of (wide.model as GbdtModel).gbdt.trees) {
      expect(tree!.feature.filter((f) => f === -1).length).toBeLessThanOrEqual(7)
    }
  })
})
