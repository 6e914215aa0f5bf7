import { UsageError } from '../errors.js'
import type { RowSelection } from './predictions.js'
import { selectionSize } from './predictions.js'

/**
 * Label-based classification metrics with scikit-learn 1.2.1 semantics (sklearn.metrics
 * accuracy_score, confusion_matrix, precision_recall_fscore_support, log_loss). Every function
 * takes an optional row selection so bootstrap replicates and slices never copy the data.
 * An empty selection gives NaN (sklearn raises).
 */

/**
 * How per-class scores combine (sklearn's `average`): `binary` reports the positive class only,
 * `macro` the unweighted mean over classes, `weighted` the mean weighted by true-class support,
 * `micro` pools the counts (equals accuracy for single-label multiclass data).
 */
export type ClassAverage = 'binary' | 'macro' | 'weighted' | 'micro'

export interface PrecisionRecallF1 {
  precision: number
  recall: number
  f1: number
}

export interface ClassScores extends PrecisionRecallF1 {
  /** Class code. */
  classCode: number
  /** Rows whose true class is this one. */
  support: number
}

/** Share of rows whose predicted class equals the true class (sklearn accuracy_score). */
export function accuracy(
  actual: ArrayLike<number>,
  predicted: ArrayLike<number>,
  rows?: RowSelection
): number {
  const n = selectionSize(rows, actual.length)
  if (n === 0) return NaN
  let correct = 0
  for (let k = 0; k < n; k++) {
    const i = rows === undefined ? k : rows[k]!
    if (actual[i] === predicted[i]) correct++
  }
  return correct / n
}

/**
 * Confusion matrix C[true][predicted] with counts, over every class code 0..K−1 (sklearn
 * confusion_matrix(y, p, labels=range(K))): rows are true classes, columns predictions.
 */
export function confusionMatrix(
  actual: ArrayLike<number>,
  predicted: ArrayLike<number>,
  classCount: number,
  rows?: RowSelection
): number[][] {
  const matrix = Array.from({ length: classCount }, () => new Array<number>(classCount).fill(0))
  const n = selectionSize(rows, actual.length)
  for (let k = 0; k < n; k++) {
    const i = rows === undefined ? k : rows[k]!
    matrix[actual[i]!]![predicted[i]!]! += 1
  }
  return matrix
}

interface ClassCounts {
  truePositives: Float64Array
  predictedCount: Float64Array
  trueCount: Float64Array
  rowCount: number
}

function countByClass(
  actual: ArrayLike<number>,
  predicted: ArrayLike<number>,
  classCount: number,
  rows: RowSelection
): ClassCounts {
  const truePositives = new Float64Array(classCount)
  const predictedCount = new Float64Array(classCount)
  const trueCount = new Float64Array(classCount)
  const n = selectionSize(rows, actual.length)
  for (let k = 0; k < n; k++) {
    const i = rows === undefined ? k : rows[k]!
    const truth = actual[i]!
    const guess = predicted[i]!
    trueCount[truth]! += 1
    predictedCount[guess]! += 1
    if (truth === guess) truePositives[truth]! += 1
  }
  return { truePositives, predictedCount, trueCount, rowCount: n }
}

/**
 * sklearn's `_prf_divide` with zero_division="warn" (its default): 0/0 is reported as 0, so a
 * class that is never predicted has precision 0 and a class that never occurs has recall 0.
 */
function divideOrZero(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator
}

/**
 * F1 from precision and recall exactly as sklearn 1.2.1 computes it (β = 1):
 * 2·P·R / (P + R), with a zero denominator replaced by 1 (so F1 = 0). Computing it from P and R
 * rather than 2TP/(2TP+FP+FN) keeps results bit-identical to sklearn.
 */
function f1FromPrecisionRecall(precision: number, recall: number): number {
  const denominator = precision + recall
  return (2 * precision * recall) / (denominator === 0 ? 1 : denominator)
}

function scoresFromCounts(tp: number, predicted: number, truth: number): PrecisionRecallF1 {
  const precision = divideOrZero(tp, predicted)
  const recall = divideOrZero(tp, truth)
  return { precision, recall, f1: f1FromPrecisionRecall(precision, recall) }
}

/**
 * Precision, recall and F1 for every class code 0..K−1 (sklearn precision_recall_fscore_support
 * with average=None and labels=range(K)); classes absent from the selection report 0.
 */
export function perClassPrecisionRecallF1(
  actual: ArrayLike<number>,
  predicted: ArrayLike<number>,
  classCount: number,
  rows?: RowSelection
): ClassScores[] {
  const counts = countByClass(actual, predicted, classCount, rows)
  const result: ClassScores[] = []
  for (let c = 0; c < classCount; c++) {
    result.push({
      classCode: c,
      support: counts.trueCount[c]!,
      ...scoresFromCounts(counts.truePositives[c]!, counts.predictedCount[c]!, counts.trueCount[c]!)
    })
  }
  return result
}

/**
 * Averaged precision, recall and F1 with sklearn's default `labels=None`: macro and weighted
 * averages run over the classes present in the selection (in the true or predicted labels),
 * exactly as sklearn's unique_labels(y_true, y_pred) does, so a bootstrap resample that lacks a
 * class averages over the remaining ones. `binary` reports `positiveClass` only (sklearn
 * pos_label; default code 1) and requires a two-class problem.
 */
export function precisionRecallF1(
  actual: ArrayLike<number>,
  predicted: ArrayLike<number>,
  classCount: number,
  average: ClassAverage,
  positiveClass = 1,
  rows?: RowSelection
): PrecisionRecallF1 {
  const counts = countByClass(actual, predicted, classCount, rows)
  if (counts.rowCount === 0) return { precision: NaN, recall: NaN, f1: NaN }
  const { truePositives: tp, predictedCount: pred, trueCount: truth } = counts
  if (average === 'binary') {
    if (classCount !== 2) {
      throw new UsageError(
        `average "binary" needs a two-class problem; this one has ${classCount} classes ` +
          '(use macro, weighted or micro)'
      )
    }
    return scoresFromCounts(tp[positiveClass]!, pred[positiveClass]!, truth[positiveClass]!)
  }
  if (average === 'micro') {
    let tpSum = 0
    let predSum = 0
    let trueSum = 0
    for (let c = 0; c < classCount; c++) {
      tpSum += tp[c]!
      predSum += pred[c]!
      trueSum += truth[c]!
    }
    return scoresFromCounts(tpSum, predSum, trueSum)
  }
  let precisionSum = 0
  let recallSum = 0
  let f1Sum = 0
  let weightSum = 0
  for (let c = 0; c < classCount; c++) {
    if (pred[c] === 0 && truth[c] === 0) continue // not a present label
    const scores = scoresFromCounts(tp[c]!, pred[c]!, truth[c]!)
    const weight = average === 'weighted' ? truth[c]! : 1
    precisionSum += scores.precision * weight
    recallSum += scores.recall * weight
    f1Sum += scores.f1 * weight
    weightSum += weight
  }
  // weightSum > 0: a non-empty selection has at least one true label.
  return {
    precision: precisionSum / weightSum,
    recall: recallSum / weightSum,
    f1: f1Sum / weightSum
  }
}

/**
 * Machine epsilon of float64, sklearn 1.2.1's `eps="auto"` for float64 predictions: probabilities
 * are clipped to [eps, 1 − eps] before the logarithm.
 */
export const LOG_LOSS_EPSILON = 2.220446049250313e-16

/**
 * Mean negative log-likelihood (natural log) of the true class, as sklearn 1.2.1
 * `log_loss(y, p, labels=range(K))`: clip every probability to [eps, 1 − eps]; a one-column
 * binary score p becomes the row (1 − p, p) AFTER clipping; each row is renormalised by its sum;
 * the loss is −ln(p_true) averaged over rows. `scores` is one positive-class (code 1) score per
 * row for a binary problem, or a row-major N×K matrix.
 */
export function logLoss(
  actual: ArrayLike<number>,
  scores: ArrayLike<number>,
  classCount: number,
  rows?: RowSelection
): number {
  const n = selectionSize(rows, actual.length)
  if (n === 0) return NaN
  const oneColumn = scores.length === actual.length && classCount === 2
  const width = oneColumn ? 1 : classCount
  let total = 0
  for (let k = 0; k < n; k++) {
    const i = rows === undefined ? k : rows[k]!
    const truth = actual[i]!
    let probabilityOfTruth: number
    if (oneColumn) {
      const positive = clipProbability(scores[i]!)
      const negative = 1 - positive
      probabilityOfTruth = (truth === 1 ? positive : negative) / (negative + positive)
    } else {
      let rowSum = 0
      for (let c = 0; c < width; c++) rowSum += clipProbability(scores[i * width + c]!)
      probabilityOfTruth = clipProbability(scores[i * width + truth]!) / rowSum
    }
    total += -Math.log(probabilityOfTruth)
  }
  return total / n
}

function clipProbability(p: number): number {
  return Math.min(Math.max(p, LOG_LOSS_EPSILON), 1 - LOG_LOSS_EPSILON)
}
