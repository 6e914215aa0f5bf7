import { InputError } from '../errors.js'

/**
 * What a model produced on an evaluation set, in the column-oriented form every metric reads.
 * Arrays may be plain arrays or typed arrays; they are never modified.
 *
 * Class labels are integer codes 0..classCount−1 (see label-encoding.ts, which assigns codes in
 * scikit-learn's sorted-label order so code 1 of a binary problem is sklearn's positive class).
 */

/**
 * Row indices to evaluate on, repetitions allowed (a bootstrap resample is a list of drawn
 * indices), so replicates never copy the data. `undefined` means every row in order.
 */
export type RowSelection = ArrayLike<number> | undefined

export interface ClassificationPredictions {
  readonly task: 'classification'
  /** Number of classes K ≥ 2. */
  readonly classCount: number
  /** True class code of each row. */
  readonly actual: ArrayLike<number>
  /** Predicted class code of each row. */
  readonly predicted: ArrayLike<number>
  /**
   * Scores for ROC AUC and log loss. Binary: one score per row for the positive class (or a
   * row-major N×2 matrix). Multiclass: a row-major N×K matrix of class probabilities.
   */
  readonly scores?: ArrayLike<number>
}

export interface RegressionPredictions {
  readonly task: 'regression'
  readonly actual: ArrayLike<number>
  readonly predicted: ArrayLike<number>
}

export type ModelPredictions = ClassificationPredictions | RegressionPredictions

/** Number of rows a selection covers. */
export function selectionSize(rows: RowSelection, rowCount: number): number {
  return rows === undefined ? rowCount : rows.length
}

/**
 * Multiplicity of each row in a selection (how often a bootstrap drew it). Lets pairwise
 * statistics such as AUC run in O(N) per replicate over a ranking sorted once.
 */
export function rowMultiplicities(rows: RowSelection, rowCount: number): Float64Array {
  const weights = new Float64Array(rowCount)
  if (rows === undefined) {
    weights.fill(1)
    return weights
  }
  for (let k = 0; k < rows.length; k++) weights[rows[k]!]! += 1
  return weights
}

/**
 * Checks shapes and codes once, before any metric or resample runs, so a bad prediction file
 * fails with the row and column at fault instead of a NaN deep inside a bootstrap.
 * `label` names the model ("candidate", "champion") in the message.
 */
export function validatePredictions(predictions: ModelPredictions, label = 'model'): void {
  const { actual, predicted } = predictions
  const n = actual.length
  if (predicted.length !== n) {
    throw new InputError(
      { field: 'predicted' },
      `${label}: ${predicted.length} predictions for ${n} actual values; expected one per row`
    )
  }
  if (predictions.task === 'regression') {
    checkFinite(actual, 'actual', label)
    checkFinite(predicted, 'predicted', label)
    return
  }
  const k = predictions.classCount
  if (!Number.isInteger(k) || k < 2) {
    throw new InputError({ field: 'classes' }, `${label}: expected at least 2 classes, got ${k}`)
  }
  checkClassCodes(actual, k, 'actual', label)
  checkClassCodes(predicted, k, 'predicted', label)
  const scores = predictions.scores
  if (scores === undefined) return
  const expected = k === 2 ? [n, 2 * n] : [k * n]
  if (!expected.includes(scores.length)) {
    throw new InputError(
      { field: 'scores' },
      `${label}: ${scores.length} scores for ${n} rows and ${k} classes; expected ` +
        (k === 2 ? `${n} (positive-class score) or ${2 * n} (N×2)` : `${k * n} (N×K, row-major)`)
    )
  }
  checkFinite(scores, 'scores', label, scores.length === n ? 1 : k)
}

function checkClassCodes(codes: ArrayLike<number>, k: number, field: string, label: string): void {
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!
    if (!Number.isInteger(code) || code < 0 || code >= k) {
      throw new InputError(
        { field, row: i + 1 },
        `${label}: class code ${code} is not one of 0..${k - 1}`
      )
    }
  }
}

function checkFinite(values: ArrayLike<number>, field: string, label: string, width = 1): void {
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i]!)) {
      throw new InputError(
        { field, row: Math.floor(i / width) + 1 },
        `${label}: expected a finite number, got ${values[i]}`
      )
    }
  }
}
