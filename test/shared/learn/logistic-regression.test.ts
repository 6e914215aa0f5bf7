import { describe, expect, it } from '@jest/globals'
import { encodeLinear, fitLinearEncoding } from '../../../shared/learn/linear-encoding.js'
import { fitLogisticRegression } from '../../../shared/learn/logistic-regression.js'
import { predict } from '../../../shared/learn/predict.js'
import { train } from '../../../shared/learn/train.js'
import type { LinearModel } from '../../../shared/learn/model-format.js'
import { oracle } from './sklearn-oracle.js'
import { everyFifthRow, syntheticTable } from './synthetic-data.js'

/**
 * Parity with sklearn 1.2.1 LogisticRegression on the same encoded design matrix. The reference
 * is sklearn's newton-cg at tol 1e-12 (max |gradient| ~1e-11): sklearn's lbfgs stops early on
 * scipy's default ftol, ~1e-5 (binary) to ~7e-4 (multinomial, flat directions) from the optimum,
 * so it is compared more loosely.
 */
describe.each(oracle.logistic_regression)('logistic regression ($name) vs sklearn', (reference) => {
  const table = syntheticTable(reference.rows, reference.seed, reference.target)
  const validationRows = everyFifthRow(reference.rows)
  const result = train({
    table,
    target: 'y',
    algorithm: 'logistic-regression',
    params: { C: reference.C, max_categories: reference.max_categories, tol: 1e-10 },
    validationRows
  })
  const model = result.model as LinearModel

  it('encodes the same design-matrix columns', () => {
    expect(model.linear.columns).toEqual(reference.columns)
  })

  it('finds the same coefficients (to 1e-6) and intercepts', () => {
    const { coefficients, intercepts } = model.linear
    expect(coefficients).toHaveLength(reference.coefficients.length)
    coefficients.forEach((row, k) =>
      row.forEach((value, j) =>
        expect(Math.abs(value - reference.coefficients[k]![j]!)).toBeLessThan(1e-6)
      )
    )
    // Multinomial intercepts are defined up to a common shift; compare them centred.
    const centre = (values: number[]): number[] => {
      if (values.length === 1) return values
      const mean = values.reduce((a, b) => a + b, 0) / values.length
      return values.map((value) => value - mean)
    }
    const mine = centre(intercepts)
    centre(reference.intercepts).forEach((value, k) =>
      expect(Math.abs(mine[k]! - value)).toBeLessThan(1e-6)
    )
  })

  it('is at least as close to sklearn lbfgs as sklearn lbfgs is to the optimum', () => {
    let lbfgsError = 0
    let mine = 0
    model.linear.coefficients.forEach((row, k) =>
      row.forEach((value, j) => {
        lbfgsError = Math.max(
          lbfgsError,
          Math.abs(reference.lbfgs_coefficients[k]![j]! - reference.coefficients[k]![j]!)
        )
        mine = Math.max(mine, Math.abs(value - reference.lbfgs_coefficients[k]![j]!))
      })
    )
    expect(mine).toBeLessThanOrEqual(lbfgsError + 1e-6)
  })

  it('predicts the same validation probabilities', () => {
    const output = predict(model, table)
    if (output.task === 'regression') throw new Error('expected a classifier')
    const K = output.classes.length
    reference.validation_probabilities.forEach((row, r) => {
      const i = validationRows[r]!
      row.forEach((p, k) =>
        expect(Math.abs(output.probabilities[i * K + k]! - p)).toBeLessThan(1e-7)
      )
    })
  })
})

describe('fitLogisticRegression', () => {
  it('converges to a tiny gradient and reports it', () => {
    const table = syntheticTable(300, 5, 'binary')
    const rows = Int32Array.from({ length: 300 }, (_, i) => i)
    const { features } = fitLinearEncoding(table.columns.slice(0, 6), rows, 20)
    const design = encodeLinear(features, table.columns.slice(0, 6), rows)
    const labels = Float64Array.from(table.columns[7]!.values as string[], (v) =>
      v === 'yes' ? 1 : 0
    )
    const fit = fitLogisticRegression(design, labels, 2, {
      C: 1,
      tolerance: 1e-9,
      maxIterations: 500
    })
    expect(fit.converged).toBe(true)
    expect(fit.gradientNorm).toBeLessThan(1e-8)
    expect(fit.coefficients).toHaveLength(1)
  })

  it('says so when max_iter is too small', () => {
    const table = syntheticTable(300, 5, 'binary')
    const result = train({
      table,
      target: 'y',
      algorithm: 'logistic-regression',
      params: { max_iter: 2 }
    })
    expect(result.warnings.join(' ')).toMatch(/did not converge in 2 iterations/)
  })
})
