import { describe, expect, it } from '@jest/globals'
import { choleskyFactor, choleskySolve } from '../../../shared/learn/cholesky.js'
import { fitLinearRegression } from '../../../shared/learn/linear-regression.js'
import type { LinearModel } from '../../../shared/learn/model-format.js'
import { predict } from '../../../shared/learn/predict.js'
import { train } from '../../../shared/learn/train.js'
import { oracle } from './sklearn-oracle.js'
import { everyFifthRow, syntheticTable } from './synthetic-data.js'

/** Parity with sklearn 1.2.1 Ridge(solver='cholesky') and LinearRegression on the same design. */
describe.each(oracle.linear_regression)('linear regression ($name) vs sklearn', (reference) => {
  const table = syntheticTable(reference.rows, reference.seed, 'regression')
  const validationRows = everyFifthRow(reference.rows)
  const result = train({
    table,
    target: 'y',
    algorithm: 'linear-regression',
    features: reference.features,
    params: { alpha: reference.alpha, max_categories: reference.max_categories },
    validationRows
  })
  const model = result.model as LinearModel
  const rankDeficient = reference.name === 'ols-rank-deficient'

  it('encodes the same columns', () => {
    expect(model.linear.columns).toEqual(reference.columns)
  })

  it('predicts the same validation values (to 1e-9 relative)', () => {
    const output = predict(model, table)
    if (output.task !== 'regression') throw new Error('expected a regression')
    reference.validation_predictions.forEach((expected, r) => {
      const actual = output.values[validationRows[r]!]!
      expect(Math.abs(actual - expected)).toBeLessThan(1e-9 * Math.max(1, Math.abs(expected)))
    })
  })

  it(
    rankDeficient
      ? 'finds the minimum-norm coefficients up to the tiny ridge (1e-5) and says so'
      : 'finds the same coefficients (1e-10)',
    () => {
      const tolerance = rankDeficient ? 1e-5 : 1e-10
      model.linear.coefficients[0]!.forEach((value, j) =>
        expect(Math.abs(value - reference.coefficients[j]!)).toBeLessThan(tolerance)
      )
      expect(Math.abs(model.linear.intercepts[0]! - reference.intercept)).toBeLessThan(tolerance)
      const warned = result.warnings.some((warning) => /collinear/.test(warning))
      expect(warned).toBe(rankDeficient)
    }
  )
})

describe('least squares pieces', () => {
  it('Cholesky solves a small SPD system and refuses a singular one', () => {
    const a = Float64Array.from([4, 2, 2, 2, 3, 1, 2, 1, 3])
    const factor = choleskyFactor(a, 3)!
    const x = choleskySolve(factor, 3, [1, 2, 3])
    // A·x = b
    for (let i = 0; i < 3; i++) {
      let sum = 0
      for (let j = 0; j < 3; j++) sum += a[i * 3 + j]! * x[j]!
      expect(sum).toBeCloseTo(i + 1, 12)
    }
    expect(choleskyFactor(Float64Array.from([1, 1, 1, 1]), 2)).toBeNull()
  })

  it('fits an exact line exactly', () => {
    const values = Float64Array.from([0, 1, 2, 3, 4])
    const fit = fitLinearRegression(
      { values, rowCount: 5, columnCount: 1 },
      Array.from(values, (x) => 3 - 2 * x),
      0
    )
    expect(fit.coefficients[0]).toBeCloseTo(-2, 12)
    expect(fit.intercept).toBeCloseTo(3, 12)
    expect(fit.addedRidge).toBe(0)
  })
})
