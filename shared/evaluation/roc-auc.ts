import { InputError, UsageError } from '../errors.js'
import type { RowSelection } from './predictions.js'
import { rowMultiplicities } from './predictions.js'

/**
 * Area under the ROC curve, equal to sklearn 1.2.1 roc_auc_score. Instead of integrating the
 * curve we count concordant (positive, negative) pairs — the Mann–Whitney form
 * AUC = P(score⁺ > score⁻) + ½·P(tie), which is the same number (Hanley & McNeil 1982) and is
 * exact: the pair count is a multiple of ½ below 2⁵³, followed by one division.
 *
 * Rows are sorted by score once (`prepare…`); a bootstrap replicate then costs O(N): each row
 * counts with its multiplicity in the resample, walking the presorted order.
 */

/** AUC of a selection of rows; NaN when the selection lacks positives or negatives. */
export type RowAuc = (rows?: RowSelection) => number

/** Row indices sorted by ascending score (a stable sort, ties kept in row order). */
function orderByScore(scores: ArrayLike<number>, rowCount: number, column = 0, width = 1) {
  const order = new Uint32Array(rowCount)
  for (let i = 0; i < rowCount; i++) order[i] = i
  order.sort((a, b) => scores[a * width + column]! - scores[b * width + column]!)
  return order
}

/**
 * Pair count over rows in `order` with the given weights: for each group of tied scores,
 * positives gain every negative below the group plus half of the negatives tied with them.
 */
function weightedAuc(
  order: ArrayLike<number>,
  isPositive: (row: number) => boolean,
  score: (row: number) => number,
  weightOf: (row: number) => number
): number {
  let concordant = 0
  let negativesBelow = 0
  let positiveTotal = 0
  let k = 0
  while (k < order.length) {
    const groupScore = score(order[k]!)
    let groupPositives = 0
    let groupNegatives = 0
    while (k < order.length && score(order[k]!) === groupScore) {
      const row = order[k]!
      const weight = weightOf(row)
      if (weight !== 0) {
        if (isPositive(row)) groupPositives += weight
        else groupNegatives += weight
      }
      k++
    }
    concordant += groupPositives * negativesBelow + 0.5 * groupPositives * groupNegatives
    negativesBelow += groupNegatives
    positiveTotal += groupPositives
  }
  if (positiveTotal === 0 || negativesBelow === 0) return NaN
  return concordant / (positiveTotal * negativesBelow)
}

/**
 * A selection much smaller than the data (a slice) is cheaper to sort on its own than to walk
 * the whole presorted order; a resample of the full size is not.
 */
function isSmallSelection(rows: RowSelection, rowCount: number): rows is ArrayLike<number> {
  return rows !== undefined && rows.length * 16 < rowCount
}

/**
 * Binary ROC AUC: `positive(row)` says whether the row's true class is the positive one, and
 * `scores[row * width + column]` is its score for that class.
 */
function prepareOneVsRest(
  scores: ArrayLike<number>,
  rowCount: number,
  positive: (row: number) => boolean,
  column: number,
  width: number
): RowAuc {
  const order = orderByScore(scores, rowCount, column, width)
  const score = (row: number) => scores[row * width + column]!
  return (rows?: RowSelection) => {
    if (isSmallSelection(rows, rowCount)) {
      const subset = Array.from(rows).sort((a, b) => score(a) - score(b))
      return weightedAuc(subset, positive, score, () => 1)
    }
    const weights = rowMultiplicities(rows, rowCount)
    return weightedAuc(order, positive, score, (row) => weights[row]!)
  }
}

/**
 * Binary ROC AUC (sklearn roc_auc_score(y, s)): class code 1 is the positive class, as sklearn
 * takes the greater label; `scores` holds one score per row for class 1, or a row-major N×2
 * matrix whose second column is used (predict_proba[:, 1]).
 */
export function prepareBinaryRocAuc(actual: ArrayLike<number>, scores: ArrayLike<number>): RowAuc {
  const n = actual.length
  const width = scores.length === 2 * n && n > 0 ? 2 : 1
  return prepareOneVsRest(scores, n, (row) => actual[row] === 1, width - 1, width)
}

/** Binary ROC AUC of a selection; see prepareBinaryRocAuc. */
export function binaryRocAuc(
  actual: ArrayLike<number>,
  scores: ArrayLike<number>,
  rows?: RowSelection
): number {
  return prepareBinaryRocAuc(actual, scores)(rows)
}

/** How one-vs-rest AUCs combine: sklearn's `macro` (plain mean) or `weighted` (by prevalence). */
export type RocAucAverage = 'macro' | 'weighted'

/**
 * Multiclass one-vs-rest ROC AUC (sklearn roc_auc_score(y, P, multi_class='ovr',
 * labels=range(K))): the AUC of "class k vs the rest" on column k, averaged over classes. A
 * selection where any class has no rows (or every row) gives NaN, as sklearn raises there.
 * sklearn requires each probability row to sum to 1 (np.allclose): checked here on all rows.
 */
export function prepareOneVsRestRocAuc(
  actual: ArrayLike<number>,
  scores: ArrayLike<number>,
  classCount: number,
  average: RocAucAverage = 'macro'
): RowAuc {
  const n = actual.length
  if (scores.length !== n * classCount) {
    throw new UsageError(
      `one-vs-rest ROC AUC needs an N×K probability matrix (${n * classCount} values), got ` +
        `${scores.length}`
    )
  }
  for (let i = 0; i < n; i++) {
    let sum = 0
    for (let c = 0; c < classCount; c++) sum += scores[i * classCount + c]!
    // np.allclose(1, sum): |sum − 1| ≤ atol + rtol·|sum| with atol 1e-8, rtol 1e-5.
    if (!(Math.abs(sum - 1) <= 1e-8 + 1e-5 * Math.abs(sum))) {
      throw new InputError(
        { field: 'scores', row: i + 1 },
        `multiclass ROC AUC needs class probabilities that sum to 1 per row; this row sums to ${sum}`
      )
    }
  }
  const perClass: RowAuc[] = []
  for (let c = 0; c < classCount; c++) {
    perClass.push(prepareOneVsRest(scores, n, (row) => actual[row] === c, c, classCount))
  }
  return (rows?: RowSelection) => {
    const prevalence = new Float64Array(classCount)
    if (average === 'weighted') {
      const count = rows === undefined ? n : rows.length
      for (let k = 0; k < count; k++) prevalence[actual[rows === undefined ? k : rows[k]!]!]! += 1
    }
    let total = 0
    let weightTotal = 0
    for (let c = 0; c < classCount; c++) {
      const auc = perClass[c]!(rows)
      if (Number.isNaN(auc)) return NaN
      const weight = average === 'weighted' ? prevalence[c]! : 1
      total += auc * weight
      weightTotal += weight
    }
    return total / weightTotal
  }
}
