import { describe, expect, it } from '@jest/globals'
import { InputError, UsageError } from '../../../shared/errors.js'
import type { DataColumn, DataTable } from '../../../shared/learn/data-table.js'
import type { Algorithm, TollgateModel } from '../../../shared/learn/model-format.js'
import { parseModelText } from '../../../shared/learn/model-loading.js'
import { predict } from '../../../shared/learn/predict.js'
import { train } from '../../../shared/learn/train.js'
import { syntheticTable } from './synthetic-data.js'

const numeric = (name: string, values: number[]): DataColumn => ({
  name,
  kind: 'numeric',
  values: Float64Array.from(values)
})
const categorical = (name: string, values: (string | null)[]): DataColumn => ({
  name,
  kind: 'categorical',
  values
})
const range = (n: number, f: (i: number) => number): number[] =>
  Array.from({ length: n }, (_, i) => f(i))

describe('train: determinism and the portable model', () => {
  const cases: [Algorithm, ReturnType<typeof syntheticTable>][] = [
    ['logistic-regression', syntheticTable(400, 1, 'binary')],
    ['logistic-regression', syntheticTable(400, 2, 'multiclass')],
    ['linear-regression', syntheticTable(400, 3, 'regression')],
    ['gbdt', syntheticTable(1200, 4, 'binary')],
    ['gbdt', syntheticTable(1200, 5, 'multiclass')],
    ['gbdt', syntheticTable(1200, 6, 'regression')]
  ]
  it.each(cases)(
    '%s: same seed → identical JSON; another seed → another split',
    (algorithm, table) => {
      const options = {
        table,
        target: 'y',
        algorithm,
        params: algorithm === 'gbdt' ? { max_iter: 20 } : {}
      }
      const first = JSON.stringify(train({ ...options, seed: 9 }).model)
      const second = JSON.stringify(train({ ...options, seed: 9 }).model)
      expect(second).toBe(first)
      expect(JSON.stringify(train({ ...options, seed: 10 }).model)).not.toBe(first)
    }
  )

  it.each(cases)(
    '%s: round-trips through JSON exactly and still predicts the same',
    (algorithm, table) => {
      const { model } = train({
        table,
        target: 'y',
        algorithm,
        params: algorithm === 'gbdt' ? { max_iter: 20 } : {}
      })
      const text = JSON.stringify(model)
      const loaded = parseModelText(text, 'model.json')
      expect(loaded).toEqual(model)
      expect(JSON.stringify(loaded)).toBe(text)
      expect(predict(loaded, table)).toEqual(predict(model, table))
    }
  )

  it('records the format, task, classes, params and row counts', () => {
    const table = syntheticTable(500, 1, 'binary')
    const result = train({
      table,
      target: 'y',
      algorithm: 'gbdt',
      params: { max_iter: 5 },
      seed: 3
    })
    const model: TollgateModel = result.model
    expect(model.format).toBe('tollgate-model')
    expect(model.formatVersion).toBe(1)
    expect(model.task).toBe('binary')
    expect(model.classes).toEqual(['no', 'yes'])
    expect(model.params).toMatchObject({
      learning_rate: 0.1,
      max_iter: 5,
      max_leaf_nodes: 31,
      early_stopping: false
    })
    expect(model.training).toEqual({
      seed: 3,
      validationFraction: 0.2,
      rows: { train: 400, validation: 100 }
    })
    expect(result.rowCounts).toEqual({
      total: 500,
      droppedMissingTarget: 0,
      train: 400,
      validation: 100
    })
    expect(Object.keys(result.validationMetrics!)).toEqual([
      'accuracy',
      'precision',
      'recall',
      'f1',
      'roc_auc',
      'log_loss'
    ])
  })

  it('reports validation metrics equal to scoring the validation rows with predict', () => {
    const table = syntheticTable(800, 12, 'regression')
    const validationRows = Int32Array.from({ length: 100 }, (_, k) => 7 * k)
    const result = train({
      table,
      target: 'y',
      algorithm: 'gbdt',
      params: { max_iter: 30 },
      validationRows
    })
    const output = predict(result.model, table)
    if (output.task !== 'regression') throw new Error('expected a regression')
    const y = table.columns[7]!.values as Float64Array
    let squares = 0
    for (const row of validationRows) squares += (output.values[row]! - y[row]!) ** 2
    expect(result.validationMetrics!.rmse).toBeCloseTo(Math.sqrt(squares / 100), 12)
    expect(result.model.training.validationFraction).toBeNull()
  })

  it('trains without a validation split at fraction 0', () => {
    const result = train({
      table: syntheticTable(60, 1, 'binary'),
      target: 'y',
      algorithm: 'logistic-regression',
      validationFraction: 0
    })
    expect(result.validationMetrics).toBeNull()
    expect(result.rowCounts.train).toBe(60)
  })
})

describe('train: learns what the data says', () => {
  it('learns from missingness and from unordered categories (gbdt)', () => {
    const n = 2000
    // y is 1 when x is missing, or when x > 0.5; and independently when g is "a" or "c".
    const x = range(n, (i) => (i % 4 === 0 ? NaN : ((i * 7919) % 1000) / 1000))
    const g = range(n, (i) => i % 5).map((k) => ['a', 'b', 'c', 'd', 'e'][k]!)
    const y = range(n, (i) =>
      Number.isNaN(x[i]!) || x[i]! > 0.5 || g[i] === 'a' || g[i] === 'c' ? 1 : 0
    )
    const table: DataTable = { columns: [numeric('x', x), categorical('g', g), numeric('y', y)] }
    const result = train({ table, target: 'y', algorithm: 'gbdt', params: { max_iter: 50 } })
    expect(result.validationMetrics!.accuracy).toBe(1)
    const probe: DataTable = {
      columns: [numeric('x', [NaN, 0.2, 0.2, 0.9]), categorical('g', ['b', 'b', 'c', 'd'])]
    }
    const output = predict(result.model, probe)
    if (output.task === 'regression') throw new Error('expected classes')
    expect(output.labels).toEqual([1, 0, 1, 1])
  })

  it('standardises, imputes and one-hot encodes for the linear models', () => {
    const n = 300
    const x = range(n, (i) => (i % 10 === 0 ? NaN : (i % 17) - 8))
    const g = range(n, (i) => i % 3).map((k) => ['p', 'q', 'r'][k]!)
    const y = range(n, (i) => 2 + 0.5 * (Number.isNaN(x[i]!) ? 3 : x[i]!) + (g[i] === 'q' ? 1 : 0))
    const table: DataTable = { columns: [numeric('x', x), categorical('g', g), numeric('y', y)] }
    const result = train({
      table,
      target: 'y',
      algorithm: 'linear-regression',
      params: { alpha: 0 }
    })
    expect(result.validationMetrics!.rmse!).toBeLessThan(1e-8)
    expect(result.model.features.map((f) => f.encoding.type)).toEqual(['standardize', 'one-hot'])
    if (result.model.algorithm === 'gbdt') throw new Error('expected a linear model')
    // Levels are ordered by training frequency, so only the set is fixed here.
    expect(result.model.linear.columns.slice(0, 2)).toEqual(['x', 'x (missing)'])
    expect(result.model.linear.columns.slice(2).sort()).toEqual(['g=p', 'g=q', 'g=r'])
    expect(result.featureImportances[0]!.feature).toBe('x')
  })
})

describe('train: bad input gives a clear error and no model', () => {
  const table = syntheticTable(200, 1, 'binary')

  it('missing target column (with a suggestion)', () => {
    expect(() => train({ table, target: 'Y', algorithm: 'gbdt' })).toThrow(InputError)
    expect(() => train({ table, target: 'Y', algorithm: 'gbdt' })).toThrow(
      /column "Y"\): the training data has no target column of that name \(did you mean "y"\?\)/
    )
  })

  it('constant target', () => {
    const constant: DataTable = {
      columns: [
        numeric(
          'x',
          range(50, (i) => i)
        ),
        categorical(
          'label',
          range(50, () => 0).map(() => 'spam')
        )
      ]
    }
    expect(() =>
      train({ table: constant, target: 'label', algorithm: 'logistic-regression' })
    ).toThrow(
      /column "label"\): the target is constant \(every one of the 50 rows with a value is "spam"\)/
    )
  })

  it('target entirely missing', () => {
    const empty: DataTable = { columns: [numeric('x', [1, 2, 3]), numeric('y', [NaN, NaN, NaN])] }
    expect(() => train({ table: empty, target: 'y', algorithm: 'gbdt' })).toThrow(
      /target column has no values/
    )
  })

  it('drops rows with a missing target and says how many', () => {
    const columns = syntheticTable(300, 2, 'regression').columns.map((column): DataColumn =>
      column.name === 'y'
        ? numeric(
            'y',
            Array.from(column.values as Float64Array, (v, i) => (i < 7 ? NaN : v))
          )
        : column
    )
    const result = train({ table: { columns }, target: 'y', algorithm: 'linear-regression' })
    expect(result.warnings).toContain('dropped 7 of 300 rows whose target "y" is missing')
    expect(result.rowCounts.droppedMissingTarget).toBe(7)
    expect(result.rowCounts.train + result.rowCounts.validation).toBe(293)
  })

  it('non-numeric values in a numeric column (JavaScript callers), naming the row', () => {
    const bad = {
      columns: [
        { name: 'x', kind: 'numeric', values: [1, 2, 'three', 4] as unknown as Float64Array },
        numeric('y', [0, 1, 0, 1])
      ]
    } as DataTable
    expect(() => train({ table: bad, target: 'y', algorithm: 'gbdt' })).toThrow(
      /row 3, column "x"\): expected a number \(the column is numeric\), found "three"/
    )
    const infinite: DataTable = {
      columns: [numeric('x', [1, Infinity, 3]), numeric('y', [0, 1, 0])]
    }
    expect(() => train({ table: infinite, target: 'y', algorithm: 'gbdt' })).toThrow(
      /row 2.*finite number/
    )
  })

  it('a text target for regression, or a class target for linear-regression', () => {
    expect(() => train({ table, target: 'y', algorithm: 'gbdt', task: 'regression' })).toThrow(
      /regression needs a numeric target/
    )
    expect(() => train({ table, target: 'y', algorithm: 'linear-regression' })).toThrow(UsageError)
    const regression = syntheticTable(100, 1, 'regression')
    expect(() =>
      train({ table: regression, target: 'y', algorithm: 'logistic-regression' })
    ).toThrow(/logistic-regression is a classifier/)
  })

  it('no usable features', () => {
    const flat: DataTable = {
      columns: [
        numeric(
          'a',
          range(40, () => 1)
        ),
        categorical(
          'b',
          range(40, () => 0).map(() => null)
        ),
        numeric(
          'y',
          range(40, (i) => i % 2)
        )
      ]
    }
    expect(() => train({ table: flat, target: 'y', algorithm: 'gbdt' })).toThrow(
      /no usable feature columns/
    )
    const onlyTarget: DataTable = {
      columns: [
        numeric(
          'y',
          range(40, (i) => i % 2)
        )
      ]
    }
    expect(() => train({ table: onlyTarget, target: 'y', algorithm: 'gbdt' })).toThrow(
      /no feature columns besides the target/
    )
  })

  it('too few rows for a validation split', () => {
    const tiny: DataTable = {
      columns: [numeric('x', [1, 2, 3, 4, 5, 6]), numeric('y', [0, 1, 0, 1, 0, 1])]
    }
    expect(() => train({ table: tiny, target: 'y', algorithm: 'logistic-regression' })).toThrow(
      /only 6 rows have a target value; holding out a validation split needs at least 10/
    )
  })

  it('unknown algorithm, parameter, feature, seed', () => {
    expect(() => train({ table, target: 'y', algorithm: 'gdbt' as Algorithm })).toThrow(
      /did you mean "gbdt"/
    )
    expect(() =>
      train({ table, target: 'y', algorithm: 'gbdt', params: { learning_rat: 0.1 } })
    ).toThrow(/unknown parameter "learning_rat" for gbdt \(did you mean "learning_rate"\?\)/)
    expect(() =>
      train({ table, target: 'y', algorithm: 'gbdt', params: { max_bins: 300 } })
    ).toThrow(/max_bins of gbdt must be an integer from 2 to 255, got 300/)
    expect(() => train({ table, target: 'y', algorithm: 'gbdt', features: ['x9'] })).toThrow(
      /no feature column/
    )
    expect(() => train({ table, target: 'y', algorithm: 'gbdt', features: ['y'] })).toThrow(
      /cannot also be a feature/
    )
    expect(() => train({ table, target: 'y', algorithm: 'gbdt', seed: 1.5 })).toThrow(UsageError)
  })

  it('columns of different lengths or duplicate names', () => {
    const ragged: DataTable = { columns: [numeric('x', [1, 2]), numeric('y', [1, 2, 3])] }
    expect(() => train({ table: ragged, target: 'y', algorithm: 'gbdt' })).toThrow(
      /has 3 values but column "x" has 2/
    )
    const twice: DataTable = { columns: [numeric('x', [1]), numeric('x', [2])] }
    expect(() => train({ table: twice, target: 'x', algorithm: 'gbdt' })).toThrow(/appears twice/)
  })
})
