import { InputError } from '../errors.js'
import type { DataColumn } from './data-table.js'
import { linearImportances } from './feature-importance.js'
import type { LinearRegressionParams, LogisticRegressionParams } from './learner-params.js'
import {
  encodeLinear,
  encodedColumnNames,
  encodedWidth,
  fitLinearEncoding
} from './linear-encoding.js'
import { fitLinearRegression } from './linear-regression.js'
import { fitLogisticRegression } from './logistic-regression.js'
import { modelHeader, plainNumbers } from './model-header.js'
import type { ModelBase } from './model-header.js'
import type { LinearModel, ParamValue } from './model-format.js'

/**
 * Fits a linear model (logistic or least squares) on the training rows: learns the encoding,
 * drops features that encode to nothing, solves, and writes the model file. Returns the columns
 * of the features the model kept, aligned with its `features`.
 */
export function trainLinear(
  base: ModelBase,
  algorithm: 'logistic-regression' | 'linear-regression',
  params: LogisticRegressionParams | LinearRegressionParams,
  columns: readonly DataColumn[],
  trainRows: Int32Array,
  trainTarget: Float64Array
): { model: LinearModel; columns: DataColumn[] } {
  const fitted = fitLinearEncoding(columns, trainRows, params.max_categories)
  base.warnings.push(...fitted.warnings)
  const keep = fitted.features.map((feature) => encodedWidth(feature.encoding) > 0)
  const features = fitted.features.filter((_, f) => keep[f])
  const keptColumns = columns.filter((_, f) => keep[f])
  if (features.length === 0) {
    throw new InputError(
      { field: base.target },
      'no usable feature columns: every feature is constant on the training rows'
    )
  }
  const design = encodeLinear(features, keptColumns, trainRows)
  let coefficients: ArrayLike<number>[]
  let intercepts: ArrayLike<number>
  if (algorithm === 'logistic-regression') {
    const lr = params as LogisticRegressionParams
    const fit = fitLogisticRegression(design, trainTarget, base.classes!.length, {
      C: lr.C,
      tolerance: lr.tol,
      maxIterations: lr.max_iter
    })
    if (!fit.converged) {
      base.warnings.push(
        `logistic regression did not converge in ${fit.iterations} iterations (largest gradient ` +
          `${fit.gradientNorm.toExponential(2)} > tol ${lr.tol}); raise max_iter or tol`
      )
    }
    coefficients = fit.coefficients
    intercepts = fit.intercepts
  } else {
    const fit = fitLinearRegression(design, trainTarget, (params as LinearRegressionParams).alpha)
    if (fit.addedRidge > 0) {
      base.warnings.push(
        'the encoded features are collinear (e.g. a one-hot block, or duplicated columns); a ' +
          `ridge of ${fit.addedRidge.toExponential(2)} was added to solve, which gives ` +
          'approximately the minimum-norm least-squares solution'
      )
    }
    coefficients = [fit.coefficients]
    intercepts = [fit.intercept]
  }
  const model: LinearModel = {
    ...modelHeader(base, algorithm, params as unknown as Record<string, ParamValue>, features),
    featureImportances: linearImportances(features, coefficients, design),
    algorithm,
    linear: {
      columns: encodedColumnNames(features),
      coefficients: coefficients.map(plainNumbers),
      intercepts: plainNumbers(intercepts)
    }
  }
  return { model, columns: keptColumns }
}
