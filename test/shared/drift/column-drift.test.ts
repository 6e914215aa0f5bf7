import { describe, expect, it } from '@jest/globals'
import { detectColumnDrift, type ColumnDriftInput } from '../../../shared/drift/column-drift.js'
import { datasetDrift } from '../../../shared/drift/dataset-drift.js'
import {
  chooseDefaultMethod,
  type ColumnKind,
  type DriftMethod
} from '../../../shared/drift/drift-methods.js'
import type { ColumnDriftResult } from '../../../shared/drift/drift-result.js'
import { oracleSample, readDriftFixture, relativeError, type SampleSpec } from './oracle-samples.js'

interface EvidentlyColumn {
  method: DriftMethod
  score: number | null
  statistic: number | null
  drifted: boolean
  n_reference: number
  n_current: number
  distinct: number
}
interface Oracle {
  columns: ({
    name: string
    kind: 'numeric' | 'categorical'
    x: SampleSpec
    y: SampleSpec
  } & EvidentlyColumn)[]
  missing: {
    x: SampleSpec
    y: SampleSpec
    every_x: number
    every_y: number
    result: EvidentlyColumn
    ks: EvidentlyColumn
    psi_quantile: EvidentlyColumn
  }
}
const oracle = readDriftFixture<Oracle>('distances-scipy.json')

function labelsOf(spec: SampleSpec): string[] {
  return Array.from(oracleSample(spec), (v) => `c${v}`)
}

/** The oracle's with_missing(): NaN every `every`, +∞ and −∞ at offsets 3 and 5. */
function withMissing(values: Float64Array, every: number): Float64Array {
  const copy = values.slice()
  for (let i = 0; i < copy.length; i++) {
    if (i % every === 0) copy[i] = NaN
    if (i >= 3 && (i - 3) % (every * 2) === 0) copy[i] = Infinity
    if (i >= 5 && (i - 5) % (every * 3) === 0) copy[i] = -Infinity
  }
  return copy
}

function expectMatches(result: ColumnDriftResult, expected: EvidentlyColumn): void {
  expect(result.status).toBe('ok')
  expect(result.method).toBe(expected.method)
  expect(result.n_reference).toBe(expected.n_reference)
  expect(result.n_current).toBe(expected.n_current)
  expect(result.distinct_values).toBe(expected.distinct)
  expect(result.drifted).toBe(expected.drifted)
  if (expected.score === null) expect(result.score).toBeNull()
  else expect(relativeError(result.score!, expected.score)).toBeLessThanOrEqual(1e-10)
}

describe('default method choice (Evidently _get_default_stattest)', () => {
  const cases: [ColumnKind, number, number, DriftMethod][] = [
    ['numeric', 1000, 6, 'ks'],
    ['numeric', 1000, 5, 'chisquare'],
    ['numeric', 1000, 3, 'chisquare'],
    ['numeric', 1000, 2, 'z'],
    ['numeric', 1001, 6, 'wasserstein'],
    ['numeric', 1001, 5, 'jensenshannon'],
    ['numeric', 1001, 2, 'jensenshannon'],
    ['categorical', 1000, 3, 'chisquare'],
    ['categorical', 1000, 2, 'z'],
    ['categorical', 1001, 2, 'jensenshannon'],
    ['categorical', 1001, 50, 'jensenshannon']
  ]
  it.each(cases)('%s, %p reference rows, %p distinct -> %s', (kind, rows, distinct, method) => {
    expect(chooseDefaultMethod(kind, rows, distinct).method).toBe(method)
  })
})

describe('detectColumnDrift against Evidently semantics (scipy 1.10.1)', () => {
  it.each(oracle.columns.map((column) => [column.name, column] as const))('%s', (_name, column) => {
    const input: ColumnDriftInput =
      column.kind === 'numeric'
        ? {
            name: column.name,
            kind: 'numeric',
            reference: oracleSample(column.x),
            current: oracleSample(column.y)
          }
        : {
            name: column.name,
            kind: 'categorical',
            reference: labelsOf(column.x),
            current: labelsOf(column.y)
          }
    expectMatches(detectColumnDrift(input), column)
  })
})

describe('missing values', () => {
  const { x, y, every_x, every_y } = oracle.missing
  const reference = withMissing(oracleSample(x), every_x)
  const current = withMissing(oracleSample(y), every_y)
  it('drops NaN and ±inf per side before choosing and testing', () => {
    const result = detectColumnDrift({ name: 'm', kind: 'numeric', reference, current })
    expectMatches(result, oracle.missing.result)
    expect(result.dropped_reference + result.n_reference).toBe(reference.length)
    expect(result.dropped_current + result.n_current).toBe(current.length)
  })
  it('honours a requested method and the PSI binning', () => {
    expectMatches(
      detectColumnDrift({ name: 'm', kind: 'numeric', reference, current, method: 'ks' }),
      oracle.missing.ks
    )
    expectMatches(
      detectColumnDrift({
        name: 'm',
        kind: 'numeric',
        reference,
        current,
        method: 'psi',
        psiBinning: 'quantile'
      }),
      oracle.missing.psi_quantile
    )
  })
  it('does not modify the caller arrays unless asked to', () => {
    const before = reference.slice()
    detectColumnDrift({ name: 'm', kind: 'numeric', reference, current })
    expect(reference).toEqual(before)
  })
  it('treats null categories as missing', () => {
    const result = detectColumnDrift({
      name: 'c',
      kind: 'categorical',
      reference: ['a', null, 'b', 'a', undefined],
      current: ['a', 'b', null]
    })
    expect(result.n_reference).toBe(3)
    expect(result.dropped_reference).toBe(2)
    expect(result.dropped_current).toBe(1)
  })
})

describe('bad input is reported per column, not thrown', () => {
  it('an all-missing current column', () => {
    const result = detectColumnDrift({
      name: 'age',
      kind: 'numeric',
      reference: Float64Array.of(1, 2, 3),
      current: Float64Array.of(NaN, Infinity)
    })
    expect(result.status).toBe('error')
    expect(result.error).toMatch(/"age".*no non-missing values in the current data/)
    expect(result.drifted).toBe(false)
  })
  it('an empty reference', () => {
    const result = detectColumnDrift({
      name: 'plan',
      kind: 'categorical',
      reference: [],
      current: ['a']
    })
    expect(result.status).toBe('error')
    expect(result.error).toMatch(/reference/)
  })
  it('a numeric-only method on a categorical column', () => {
    const result = detectColumnDrift({
      name: 'plan',
      kind: 'categorical',
      reference: ['a'],
      current: ['a'],
      method: 'ks'
    })
    expect(result.status).toBe('error')
    expect(result.error).toMatch(/needs a numeric column/)
  })
  it('an unknown method name', () => {
    const result = detectColumnDrift({
      name: 'plan',
      kind: 'categorical',
      reference: ['a'],
      current: ['a'],
      method: 'toString' as DriftMethod
    })
    expect(result.status).toBe('error')
    expect(result.error).toMatch(/unknown drift method/)
  })
  it('a malformed profile', () => {
    const result = detectColumnDrift({
      name: 'x',
      kind: 'numeric',
      reference: { values: Float64Array.of(1, 2), weights: Float64Array.of(1) },
      current: Float64Array.of(1, 2)
    })
    expect(result.status).toBe('error')
  })
})

describe('chi-square and Z edge cases through the column entry point', () => {
  it('a category absent from the reference drifts with an infinite statistic', () => {
    const result = detectColumnDrift({
      name: 'country',
      kind: 'categorical',
      reference: ['US', 'DE', 'FR', 'US'],
      current: ['US', 'DE', 'FR', 'XX'],
      method: 'chisquare'
    })
    expect(result.p_value).toBe(0)
    expect(result.statistic).toBeNull()
    expect(result.drifted).toBe(true)
    expect(result.note).toMatch(/absent from the reference/)
    expect(result.details?.chi_square?.new_categories).toEqual(['XX'])
  })
  it('Z gives p = 1 when both samples are the same constant', () => {
    const result = detectColumnDrift({
      name: 'flag',
      kind: 'categorical',
      reference: ['y', 'y'],
      current: ['y']
    })
    expect(result.method).toBe('z')
    expect(result.p_value).toBe(1)
    expect(result.drifted).toBe(false)
  })
})

describe('approximate mode (reference from a profile)', () => {
  const referenceValues = oracleSample([700, 5000, 'sum4', 0, 1])
  const current = oracleSample([701, 4000, 'sum4', 0.3, 1])
  // A 40-bin histogram of the reference: midpoints with counts.
  const bins = 40
  const low = 0
  const high = 4
  const counts = new Float64Array(bins)
  for (const value of referenceValues)
    counts[Math.min(bins - 1, Math.floor(((value - low) / (high - low)) * bins))]!++
  const midpoints = Float64Array.from(
    { length: bins },
    (_, i) => low + ((i + 0.5) * (high - low)) / bins
  )
  const profile = { values: midpoints, weights: counts }

  it.each(['ks', 'wasserstein', 'psi', 'jensenshannon', 'kl_div', 'hellinger'] as const)(
    '%s is close to the exact result and marked approximate',
    (method) => {
      const exact = detectColumnDrift({
        name: 'v',
        kind: 'numeric',
        reference: referenceValues,
        current,
        method
      })
      const approximate = detectColumnDrift({
        name: 'v',
        kind: 'numeric',
        reference: profile,
        current,
        method
      })
      expect(approximate.status).toBe('ok')
      expect(approximate.exact).toBe(false)
      expect(approximate.note).toMatch(/approximate/)
      expect(approximate.n_reference).toBe(5000)
      expect(approximate.drifted).toBe(exact.drifted)
      expect(Math.abs(approximate.statistic! - exact.statistic!)).toBeLessThan(
        0.25 * Math.abs(exact.statistic!) + 0.02
      )
    }
  )
  it('chooses the method from the profile row count', () => {
    expect(
      detectColumnDrift({ name: 'v', kind: 'numeric', reference: profile, current }).method
    ).toBe('wasserstein')
  })
  it('category counts are exact unless marked incomplete', () => {
    const reference = { counts: { a: 600, b: 400, c: 10 } }
    const current = ['a', 'b', 'b', 'c']
    expect(detectColumnDrift({ name: 'k', kind: 'categorical', reference, current }).exact).toBe(
      true
    )
    const truncated = detectColumnDrift({
      name: 'k',
      kind: 'categorical',
      reference: {
        counts: new Map([
          ['a', 600],
          ['b', 400]
        ]),
        exact: false
      },
      current
    })
    expect(truncated.exact).toBe(false)
    expect(truncated.note).toMatch(/approximate/)
  })
})

describe('result shape', () => {
  it('is plain JSON that survives a round trip', () => {
    const result = detectColumnDrift({
      name: 'v',
      kind: 'numeric',
      reference: oracleSample([1, 3000, 'sum4', 0, 1]),
      current: oracleSample([2, 2000, 'sum4', 0.2, 1]),
      method: 'psi'
    })
    expect(JSON.parse(JSON.stringify(result))).toEqual(result)
    expect(result.histogram?.type).toBe('intervals')
    if (result.histogram?.type === 'intervals') {
      expect(result.histogram.open_lower).toBe(true)
      expect(result.histogram.edges.every(Number.isFinite)).toBe(true)
      expect(result.histogram.reference.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12)
    }
  })
  it('reports the KS details', () => {
    const result = detectColumnDrift({
      name: 'v',
      kind: 'numeric',
      reference: Float64Array.of(1, 2, 3, 4, 5, 6, 7),
      current: Float64Array.of(3, 4, 5, 6, 7, 8, 9)
    })
    expect(result.method).toBe('ks')
    expect(result.details?.ks).toMatchObject({ d: 2 / 7, p_method: 'exact', sign: 1 })
    expect(result.operator).toBe('<=')
  })
})

describe('dataset drift', () => {
  const column = (name: string, drifted: boolean): ColumnDriftResult => ({
    ...detectColumnDrift({ name, kind: 'categorical', reference: ['a', 'b'], current: ['a', 'b'] }),
    drifted
  })
  it('drifts when exactly half of the tested columns drift', () => {
    const result = datasetDrift([column('a', true), column('b', false)])
    expect(result.share).toBe(0.5)
    expect(result.dataset_drift).toBe(true)
  })
  it('does not drift below the share, and leaves errors out of the count', () => {
    const failed = detectColumnDrift({
      name: 'e',
      kind: 'categorical',
      reference: [],
      current: ['a']
    })
    const result = datasetDrift([column('a', true), column('b', false), column('c', false), failed])
    expect(result.tested_columns).toBe(3)
    expect(result.dataset_drift).toBe(false)
    expect(result.errors).toEqual([{ column: 'e', error: failed.error }])
  })
  it('honours a custom drift share', () => {
    expect(
      datasetDrift([column('a', true), column('b', false), column('c', false)], 0.3).dataset_drift
    ).toBe(true)
  })
})

describe('scale', () => {
  it('tests 1M against 1M values exactly (sort, KS with p-value, Wasserstein) in linear time after sorting', () => {
    const reference = oracleSample([800, 1_000_000, 'sum4', 0, 1])
    const current = oracleSample([801, 1_000_000, 'sum4', 0.004, 1])
    const scratch = new Float64Array(1_000_000)
    for (const method of ['ks', 'wasserstein'] as const) {
      const started = process.cpuUsage()
      const result = detectColumnDrift({
        name: 'x',
        kind: 'numeric',
        reference,
        current,
        method,
        scratch
      })
      const used = process.cpuUsage(started)
      expect(result.status).toBe('ok')
      expect(result.exact).toBe(true)
      expect((used.user + used.system) / 1000).toBeLessThan(2500)
    }
  })
})
