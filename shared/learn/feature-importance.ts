import type { DesignMatrix } from './linear-encoding.js'
import { encodedWidth } from './linear-encoding.js'
import type { FeatureImportance, ModelFeature } from './model-format.js'

/**
 * Which input columns a model leans on, normalised to sum to 1 and sorted largest first (ties
 * in feature order), so reports of different algorithms read the same way.
 *
 * Trees: the total split gain of each feature over all trees (LightGBM's importance_type='gain';
 * sklearn's HistGradientBoosting offers none, and impurity-based importance of its other trees is
 * the same idea).
 *
 * Linear models: |coefficient| × the training standard deviation of the encoded column — the
 * change in the raw score for a one-sd change of that column — summed over a feature's encoded
 * columns (one-hot levels, missing indicator) and over the outputs of a multinomial model.
 */

/** Normalised importances from per-feature totals (all zero when every total is zero). */
export function normalisedImportances(
  names: readonly string[],
  totals: ArrayLike<number>
): FeatureImportance[] {
  let sum = 0
  for (let f = 0; f < names.length; f++) sum += totals[f]!
  return names
    .map((feature, f) => ({ feature, importance: sum > 0 ? totals[f]! / sum : 0, f }))
    .sort((a, b) => b.importance - a.importance || a.f - b.f)
    .map(({ feature, importance }) => ({ feature, importance }))
}

/** Importances of a linear model from its coefficients and the training design matrix. */
export function linearImportances(
  features: readonly ModelFeature[],
  coefficients: readonly ArrayLike<number>[],
  training: DesignMatrix
): FeatureImportance[] {
  const { values: X, rowCount: n, columnCount: p } = training
  const totals = new Float64Array(features.length)
  let column = 0
  features.forEach((feature, f) => {
    const width = encodedWidth(feature.encoding)
    for (let j = column; j < column + width; j++) {
      let sum = 0
      for (let i = 0; i < n; i++) sum += X[i * p + j]!
      const mean = sum / n
      let squares = 0
      for (let i = 0; i < n; i++) squares += (X[i * p + j]! - mean) ** 2
      const sd = Math.sqrt(squares / n)
      for (const weights of coefficients) totals[f]! += Math.abs(weights[j]!) * sd
    }
    column += width
  })
  return normalisedImportances(
    features.map((feature) => feature.name),
    totals
  )
}
