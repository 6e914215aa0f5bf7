import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../shared/errors.js'
import type { DataColumn, DataTable } from '../../../shared/learn/data-table.js'
import type { LinearModel } from '../../../shared/learn/model-format.js'
import { predict } from '../../../shared/learn/predict.js'
import type { ClassificationOutput } from '../../../shared/learn/predict.js'
import { train } from '../../../shared/learn/train.js'
import { syntheticTable } from './synthetic-data.js'

const column = (table: DataTable, name: string): DataColumn =>
  table.columns.find((c) => c.name === name)!

/** The synthetic table without its target, rows [0, count), with some cells replaced. */
function probeTable(
  source: DataTable,
  count: number,
  cat: (string | null)[],
  x5: number[]
): DataTable {
  return {
    columns: source.columns
      .filter((c) => c.name !== 'y')
      .map((c): DataColumn => {
        if (c.name === 'cat') return { name: 'cat', kind: 'categorical', values: cat }
        if (c.name === 'x5') return { name: 'x5', kind: 'numeric', values: Float64Array.from(x5) }
        return c.kind === 'numeric'
          ? { ...c, values: c.values.slice(0, count) }
          : { ...c, values: c.values.slice(0, count) }
      })
      .reverse() // column order does not matter
  }
}

describe('predict', () => {
  const source = syntheticTable(1500, 17, 'binary')

  it.each(['gbdt', 'logistic-regression'] as const)(
    '%s: unseen categories and missing values give valid probabilities',
    (algorithm) => {
      const { model } = train({
        table: source,
        target: 'y',
        algorithm,
        params: algorithm === 'gbdt' ? { max_iter: 30 } : { max_categories: 3 }
      })
      const probe = probeTable(source, 4, ['a', 'zebra', null, 'e'], [NaN, 0.5, NaN, -1])
      const output = predict(model, probe) as ClassificationOutput
      expect(output.classes).toEqual(['no', 'yes'])
      expect(output.labels).toHaveLength(4)
      for (let i = 0; i < 4; i++) {
        const p0 = output.probabilities[2 * i]!
        const p1 = output.probabilities[2 * i + 1]!
        expect(Number.isFinite(p1)).toBe(true)
        expect(p0 + p1).toBeCloseTo(1, 14)
        expect(output.labels[i]).toBe(p1 > 0.5 ? 'yes' : 'no')
      }
    }
  )

  it('linear: an unseen category encodes as "other" (same as an infrequent training level)', () => {
    const { model } = train({
      table: source,
      target: 'y',
      algorithm: 'logistic-regression',
      params: { max_categories: 3 }
    })
    expect((model as LinearModel).linear.columns).toContain('cat=(other)')
    // 'e' is infrequent in training, so it is in "other" as an unseen value is.
    const probe = probeTable(source, 2, ['e', 'never-seen'], [0.1, 0.1])
    const withSameNumbers = probe.columns.map((c) =>
      c.kind === 'numeric' && c.name !== 'x5'
        ? { ...c, values: Float64Array.from([c.values[0]!, c.values[0]!]) }
        : c
    )
    const output = predict(model, { columns: withSameNumbers }) as ClassificationOutput
    expect(output.probabilities[1]).toBe(output.probabilities[3])
  })

  it('gbdt: with no "other" bucket an unseen category is treated as missing', () => {
    const { model } = train({
      table: source,
      target: 'y',
      algorithm: 'gbdt',
      params: { max_iter: 30 }
    })
    const probe = probeTable(source, 2, [null, 'never-seen'], [0.3, 0.3])
    const same = probe.columns.map((c) =>
      c.kind === 'numeric' && c.name !== 'x5'
        ? { ...c, values: Float64Array.from([c.values[0]!, c.values[0]!]) }
        : c
    )
    const output = predict(model, { columns: same }) as ClassificationOutput
    expect(output.probabilities[1]).toBe(output.probabilities[3])
  })

  it('a value missing at prediction time but never in training: mean-imputed / larger child', () => {
    const linear = train({ table: source, target: 'y', algorithm: 'logistic-regression' })
      .model as LinearModel
    const x1 = linear.features.find((f) => f.name === 'x1')!
    if (x1.encoding.type !== 'standardize') throw new Error('expected a standardised x1')
    expect(x1.encoding.missingIndicator).toBe(false)
    const withX1 = (value: number): DataTable => ({
      columns: source.columns.map((c) =>
        c.name === 'x1'
          ? { name: 'x1', kind: 'numeric', values: Float64Array.from([value]) }
          : ({ ...c, values: c.values.slice(0, 1) } as DataColumn)
      )
    })
    const imputed = predict(linear, withX1(NaN)) as ClassificationOutput
    const atMean = predict(linear, withX1(x1.encoding.mean)) as ClassificationOutput
    expect(imputed.probabilities[1]).toBeCloseTo(atMean.probabilities[1]!, 14)
    const trees = train({
      table: source,
      target: 'y',
      algorithm: 'gbdt',
      params: { max_iter: 20 }
    }).model
    const output = predict(trees, withX1(NaN)) as ClassificationOutput
    expect(Number.isFinite(output.probabilities[1])).toBe(true)
  })

  it('a missing feature column is an error naming it', () => {
    const { model } = train({
      table: source,
      target: 'y',
      algorithm: 'gbdt',
      params: { max_iter: 5 }
    })
    const without: DataTable = {
      columns: source.columns.filter((c) => c.name !== 'x2' && c.name !== 'cat')
    }
    expect(() => predict(model, without)).toThrow(InputError)
    expect(() => predict(model, without)).toThrow(
      /column "x2"\): the data has no column "x2", "cat", which the model uses as features/
    )
  })

  it('reads a numeric feature given as text, and rejects a word in it', () => {
    const { model } = train({ table: source, target: 'y', algorithm: 'logistic-regression' })
    const x1 = column(source, 'x1').values as Float64Array
    const asText: DataTable = {
      columns: source.columns.map((c) =>
        c.name === 'x1'
          ? { name: 'x1', kind: 'categorical', values: Array.from(x1, (v) => String(v)) }
          : c
      )
    }
    expect(predict(model, asText)).toEqual(predict(model, source))
    const withWord: DataTable = {
      columns: asText.columns.map((c) =>
        c.name === 'x1'
          ? { ...c, values: (c.values as string[]).map((v, i) => (i === 4 ? 'oops' : v)) }
          : c
      ) as DataColumn[]
    }
    expect(() => predict(model, withWord)).toThrow(/row 5, column "x1"\): expected a number/)
  })

  it('regression predictions are numbers; multiclass probabilities sum to one', () => {
    const regression = syntheticTable(600, 2, 'regression')
    const r = predict(
      train({ table: regression, target: 'y', algorithm: 'gbdt', params: { max_iter: 10 } }).model,
      regression
    )
    expect(r.task).toBe('regression')
    const multiclass = syntheticTable(600, 3, 'multiclass')
    const m = predict(
      train({ table: multiclass, target: 'y', algorithm: 'logistic-regression' }).model,
      multiclass
    ) as ClassificationOutput
    expect(m.classes).toEqual([0, 1, 2])
    for (let i = 0; i < 600; i++) {
      const row = Array.from(m.probabilities.subarray(3 * i, 3 * i + 3))
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12)
      expect(m.classCodes[i]).toBe(row.indexOf(Math.max(...row)))
    }
  })
})
