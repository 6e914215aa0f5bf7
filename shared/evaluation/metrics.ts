import { UsageError } from '../errors.js'
import { closestName } from '../text/closest-name.js'
import type { ClassAverage } from './classification-metrics.js'
import { accuracy, logLoss, precisionRecallF1 } from './classification-metrics.js'
import type { ModelPredictions, RowSelection } from './predictions.js'
import type { RocAucAverage } from './roc-auc.js'
import { prepareBinaryRocAuc, prepareOneVsRestRocAuc } from './roc-auc.js'
import {
  meanAbsoluteError,
  meanAbsolutePercentageError,
  rootMeanSquaredError,
  rSquared
} from './regression-metrics.js'

/**
 * The catalogue of evaluation metrics by their public (snake_case) names, with the direction
 * that counts as better — what the gate rules, reports and learners refer to — and one entry
 * point that computes any of them on a selection of rows.
 */

export const METRIC_NAMES = [
  'accuracy',
  'precision',
  'recall',
  'f1',
  'roc_auc',
  'log_loss',
  'rmse',
  'mae',
  'r2',
  'mape'
] as const

export type MetricName = (typeof METRIC_NAMES)[number]

export type MetricTask = 'classification' | 'regression'

export interface MetricDefinition {
  readonly name: MetricName
  readonly task: MetricTask
  /** True when a larger value is a better model (accuracy), false for losses and errors. */
  readonly greaterIsBetter: boolean
  /** True when the metric reads class scores/probabilities rather than predicted labels. */
  readonly needsScores: boolean
  /** One line for reports. */
  readonly description: string
}

function define(
  name: MetricName,
  task: MetricTask,
  greaterIsBetter: boolean,
  needsScores: boolean,
  description: string
): MetricDefinition {
  return { name, task, greaterIsBetter, needsScores, description }
}

export const METRICS: Readonly<Record<MetricName, MetricDefinition>> = {
  accuracy: define('accuracy', 'classification', true, false, 'share of correct predictions'),
  precision: define('precision', 'classification', true, false, 'TP / (TP + FP)'),
  recall: define('recall', 'classification', true, false, 'TP / (TP + FN)'),
  f1: define('f1', 'classification', true, false, 'harmonic mean of precision and recall'),
  roc_auc: define('roc_auc', 'classification', true, true, 'area under the ROC curve'),
  log_loss: define('log_loss', 'classification', false, true, 'mean negative log-likelihood'),
  rmse: define('rmse', 'regression', false, false, 'root mean squared error'),
  mae: define('mae', 'regression', false, false, 'mean absolute error'),
  r2: define('r2', 'regression', true, false, 'coefficient of determination'),
  mape: define('mape', 'regression', false, false, 'mean absolute percentage error (fraction)')
}

/** Whether a name from a rules file or option is one of METRIC_NAMES. */
export function isMetricName(name: string): name is MetricName {
  return (METRIC_NAMES as readonly string[]).includes(name)
}

/** The definition of a metric by name; an unknown name fails with a did-you-mean. */
export function metricDefinition(name: string): MetricDefinition {
  if (isMetricName(name)) return METRICS[name]
  throw new UsageError(unknownMetricMessage(name))
}

/** "unknown metric "acurracy" (did you mean "accuracy"?); known metrics: …" */
export function unknownMetricMessage(name: string): string {
  const suggestion = closestName(name, METRIC_NAMES)
  return (
    `unknown metric ${JSON.stringify(name)}` +
    (suggestion === undefined ? '' : ` (did you mean ${JSON.stringify(suggestion)}?)`) +
    `; known metrics: ${METRIC_NAMES.join(', ')}`
  )
}

export interface MetricOptions {
  /**
   * Averaging for precision, recall and F1; default `binary` for two classes and `macro` for
   * more (sklearn's default `binary` would raise on multiclass data).
   */
  readonly average?: ClassAverage
  /** Positive class code for `binary` precision/recall/F1 (sklearn pos_label); default 1. */
  readonly positiveClass?: number
  /** Averaging of one-vs-rest ROC AUC for more than two classes; default `macro`. */
  readonly rocAucAverage?: RocAucAverage
}

/** A metric bound to one model's predictions, evaluated on any selection of rows. */
export type RowMetric = (rows?: RowSelection) => number

/** The averaging precision/recall/F1 use for a problem with this many classes. */
export function defaultAverage(classCount: number): ClassAverage {
  return classCount === 2 ? 'binary' : 'macro'
}

/**
 * Binds a metric to predictions, doing once what every evaluation needs (ROC AUC sorts the
 * scores here), so bootstrap replicates and slices only pay for their own rows. The result is
 * NaN where sklearn would raise on the selection (empty selection, one-class AUC, R² of one row).
 * Throws a UsageError when the predictions cannot give this metric at all (wrong task, no scores).
 */
export function prepareMetric(
  name: MetricName,
  predictions: ModelPredictions,
  options: MetricOptions = {}
): RowMetric {
  const definition = METRICS[name]
  if (definition.task !== predictions.task) {
    throw new UsageError(
      `metric ${name} is a ${definition.task} metric; these predictions are from a ` +
        `${predictions.task} model`
    )
  }
  const { actual, predicted } = predictions
  if (predictions.task === 'regression') {
    switch (name) {
      case 'rmse':
        return (rows) => rootMeanSquaredError(actual, predicted, rows)
      case 'mae':
        return (rows) => meanAbsoluteError(actual, predicted, rows)
      case 'r2':
        return (rows) => rSquared(actual, predicted, rows)
      default: // 'mape', the remaining regression metric (the task check above ran first)
        return (rows) => meanAbsolutePercentageError(actual, predicted, rows)
    }
  }
  const k = predictions.classCount
  const average = options.average ?? defaultAverage(k)
  const positiveClass = options.positiveClass ?? 1
  switch (name) {
    case 'accuracy':
      return (rows) => accuracy(actual, predicted, rows)
    case 'precision':
      return (rows) =>
        precisionRecallF1(actual, predicted, k, average, positiveClass, rows).precision
    case 'recall':
      return (rows) => precisionRecallF1(actual, predicted, k, average, positiveClass, rows).recall
    case 'f1':
      return (rows) => precisionRecallF1(actual, predicted, k, average, positiveClass, rows).f1
    default:
      break
  }
  const scores = predictions.scores
  if (scores === undefined) {
    throw new UsageError(
      `metric ${name} needs class scores (probabilities) from the model, and none were given`
    )
  }
  if (name === 'log_loss') return (rows) => logLoss(actual, scores, k, rows)
  return k === 2
    ? prepareBinaryRocAuc(actual, scores)
    : prepareOneVsRestRocAuc(actual, scores, k, options.rocAucAverage ?? 'macro')
}

/** One metric on one selection of rows (all rows by default); see prepareMetric. */
export function computeMetric(
  name: MetricName,
  predictions: ModelPredictions,
  options: MetricOptions = {},
  rows?: RowSelection
): number {
  return prepareMetric(name, predictions, options)(rows)
}
