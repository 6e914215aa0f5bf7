import type { RowSelection } from './predictions.js'
import { selectionSize } from './predictions.js'

/**
 * Regression metrics with scikit-learn 1.2.1 semantics (sklearn.metrics mean_squared_error,
 * mean_absolute_error, r2_score, mean_absolute_percentage_error), in the units of the target
 * (MAPE is a fraction, not a percentage, as in sklearn). An empty selection gives NaN.
 */

/** Root mean squared error √(mean (y − ŷ)²) (sklearn mean_squared_error(squared=False)). */
export function rootMeanSquaredError(
  actual: ArrayLike<number>,
  predicted: ArrayLike<number>,
  rows?: RowSelection
): number {
  const n = selectionSize(rows, actual.length)
  if (n === 0) return NaN
  let sum = 0
  for (let k = 0; k < n; k++) {
    const i = rows === undefined ? k : rows[k]!
    const error = actual[i]! - predicted[i]!
    sum += error * error
  }
  return Math.sqrt(sum / n)
}

/** Mean absolute error mean |y − ŷ| (sklearn mean_absolute_error). */
export function meanAbsoluteError(
  actual: ArrayLike<number>,
  predicted: ArrayLike<number>,
  rows?: RowSelection
): number {
  const n = selectionSize(rows, actual.length)
  if (n === 0) return NaN
  let sum = 0
  for (let k = 0; k < n; k++) {
    const i = rows === undefined ? k : rows[k]!
    sum += Math.abs(actual[i]! - predicted[i]!)
  }
  return sum / n
}

/**
 * Coefficient of determination R² = 1 − SS_res/SS_tot with SS_tot about the mean of y
 * (sklearn r2_score, force_finite=True): a perfect fit (SS_res = 0) is 1 even for constant y,
 * constant y with errors is 0 instead of −∞, and fewer than two rows give NaN.
 */
export function rSquared(
  actual: ArrayLike<number>,
  predicted: ArrayLike<number>,
  rows?: RowSelection
): number {
  const n = selectionSize(rows, actual.length)
  if (n < 2) return NaN
  let sum = 0
  for (let k = 0; k < n; k++) sum += actual[rows === undefined ? k : rows[k]!]!
  const meanActual = sum / n
  let residual = 0
  let total = 0
  for (let k = 0; k < n; k++) {
    const i = rows === undefined ? k : rows[k]!
    const error = actual[i]! - predicted[i]!
    const deviation = actual[i]! - meanActual
    residual += error * error
    total += deviation * deviation
  }
  if (residual === 0) return 1
  if (total === 0) return 0
  return 1 - residual / total
}

/** float64 machine epsilon: sklearn's floor on |y| in the MAPE denominator. */
export const MAPE_EPSILON = 2.220446049250313e-16

/**
 * Mean absolute percentage error as a fraction: mean |ŷ − y| / max(|y|, eps) (sklearn
 * mean_absolute_percentage_error). A zero target gives a huge but finite term (|ŷ|/eps), as in
 * sklearn, rather than Infinity.
 */
export function meanAbsolutePercentageError(
  actual: ArrayLike<number>,
  predicted: ArrayLike<number>,
  rows?: RowSelection
): number {
  const n = selectionSize(rows, actual.length)
  if (n === 0) return NaN
  let sum = 0
  for (let k = 0; k < n; k++) {
    const i = rows === undefined ? k : rows[k]!
    sum += Math.abs(predicted[i]! - actual[i]!) / Math.max(Math.abs(actual[i]!), MAPE_EPSILON)
  }
  return sum / n
}
