import { computeMetric } from '../evaluation/metrics.js'
import type { MetricName } from '../evaluation/metrics.js'
import type { ModelPredictions } from '../evaluation/predictions.js'
import type { LearningTask } from './learning-task.js'
import type { ModelOutput } from './predict.js'

/**
 * The metrics a training run reports on its training and validation rows, computed by the
 * shared evaluation metrics (sklearn-compatible), so a number in a train report means the same
 * as the number evaluate-gate computes. A metric undefined on the rows (ROC AUC of a
 * one-class validation set) is null, which JSON can carry (NaN cannot).
 */

export type MetricValues = Partial<Record<MetricName, number | null>>

export const CLASSIFICATION_METRICS: readonly MetricName[] = [
  'accuracy',
  'precision',
  'recall',
  'f1',
  'roc_auc',
  'log_loss'
]

export const REGRESSION_METRICS: readonly MetricName[] = ['rmse', 'mae', 'r2', 'mape']

/**
 * Metrics of `output` against `actual` (class codes, or target values for regression).
 * Multiclass precision/recall/F1 are macro averages and ROC AUC is one-vs-rest macro.
 */
export function modelMetrics(
  task: LearningTask,
  actual: ArrayLike<number>,
  output: ModelOutput
): MetricValues {
  const values: MetricValues = {}
  if (actual.length === 0) return values
  let predictions: ModelPredictions
  let names: readonly MetricName[]
  if (output.task === 'regression') {
    predictions = { task: 'regression', actual, predicted: output.values }
    names = REGRESSION_METRICS
  } else {
    predictions = {
      task: 'classification',
      classCount: output.classes.length,
      actual,
      predicted: output.classCodes,
      scores: output.probabilities
    }
    names = CLASSIFICATION_METRICS
  }
  if ((task === 'regression') !== (output.task === 'regression')) {
    throw new Error(`predictions of a ${output.task} model for a ${task} target`)
  }
  for (const name of names) {
    const value = computeMetric(name, predictions)
    values[name] = Number.isFinite(value) ? value : null
  }
  return values
}
