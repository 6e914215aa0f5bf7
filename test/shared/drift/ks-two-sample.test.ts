import { describe, expect, it } from '@jest/globals'
import { kolmogorovSmirnovSf } from '../../../shared/drift/ks/kolmogorov-two-sided.js'
import {
  ksTwoSampleP,
  ksTwoSampleSorted,
  type KsAlternative,
  type KsMethod
} from '../../../shared/drift/ks/ks-two-sample.js'
import { mulberry32 } from '../../../shared/stats/random.js'
import { sortFloat64 } from '../../../shared/stats/sort-float64.js'
import { oracleSample, readDriftFixture, relativeError, type SampleSpec } from './oracle-samples.js'

interface Row {
  alternative: KsAlternative
  method: KsMethod
  statistic: number
  pvalue: number | null
  location: number
  sign: 1 | -1
}
interface Oracle {
  mulberry_sequence: number[]
  explicit: { name: string; x: number[]; y: number[]; results: Row[] }[]
  generated: { name: string; x: SampleSpec; y: SampleSpec; results: Row[] }[]
  kstwo_sf: [number, number, number][]
  exact_grid: [number, number, number, KsAlternative, boolean, number, number | null][]
}
const oracle = readDriftFixture<Oracle>('ks-scipy.json')

function sorted(values: ArrayLike<number>): Float64Array {
  return sortFloat64(Float64Array.from(values))
}

function expectRow(x: Float64Array, y: Float64Array, row: Row, pTolerance = 1e-10): void {
  const result = ksTwoSampleSorted(x, y, row.alternative, row.method)
  expect(relativeError(result.statistic, row.statistic)).toBeLessThanOrEqual(1e-15)
  expect(result.statisticLocation).toBe(row.location)
  expect(result.statisticSign).toBe(row.sign)
  if (row.pvalue === null) expect(result.pValue).toBeNaN()
  else expect(relativeError(result.pValue, row.pvalue)).toBeLessThanOrEqual(pTolerance)
}

describe('oracle sample generator', () => {
  it('reproduces the Python mulberry32 sequence', () => {
    const next = mulberry32(2024)
    expect(oracle.mulberry_sequence.map(() => next())).toEqual(oracle.mulberry_sequence)
  })
})

describe('ks_2samp on hand-sized samples (scipy 1.10.1)', () => {
  for (const testCase of oracle.explicit) {
    it.each(testCase.results.map((row) => [row.alternative, row.method, row] as const))(
      `${testCase.name}: %s %s`,
      (_alternative, _method, row) => expectRow(sorted(testCase.x), sorted(testCase.y), row)
    )
  }
})

describe('ks_2samp on generated samples (scipy 1.10.1)', () => {
  for (const testCase of oracle.generated) {
    const x = sorted(oracleSample(testCase.x))
    const y = sorted(oracleSample(testCase.y))
    it.each(testCase.results.map((row) => [row.alternative, row.method, row] as const))(
      `${testCase.name}: %s %s`,
      (_alternative, _method, row) => expectRow(x, y, row)
    )
  }
})

describe('kstwo.sf (exact one-sample two-sided KS distribution)', () => {
  it.each(oracle.kstwo_sf)('n = %p, x = %p', (n, x, expected) => {
    const actual = kolmogorovSmirnovSf(n, x)
    if (expected < 1e-300) expect(actual).toBeLessThan(1e-290)
    else expect(relativeError(actual, expected)).toBeLessThanOrEqual(1e-10)
  })
})

describe('exact p-values across the lattice (scipy _attempt_exact_2kssamp)', () => {
  it.each(oracle.exact_grid)(
    'n1 = %p, n2 = %p, D = %p, %s',
    (n1, n2, d, alternative, ok, snapped, p) => {
      const result = ksTwoSampleP(d, n1, n2, alternative, 'exact')
      expect(result.method).toBe(ok ? 'exact' : 'asymp')
      expect(result.statistic).toBe(snapped)
      if (ok && p !== null) {
        if (p < 1e-300) expect(result.pValue).toBeLessThan(1e-290)
        else expect(relativeError(result.pValue, p)).toBeLessThanOrEqual(1e-10)
      }
    }
  )
})

describe('p-value method selection', () => {
  it('switches from exact to asymptotic above 10000 values per side', () => {
    expect(ksTwoSampleP(0.02, 10000, 10000).method).toBe('exact')
    expect(ksTwoSampleP(0.02, 10001, 9000).method).toBe('asymp')
  })
  it('gives p = 1 for D = 0', () => {
    expect(ksTwoSampleP(0, 30, 40).pValue).toBe(1)
    expect(ksTwoSampleP(0, 30000, 40000).pValue).toBe(1)
  })
  it('falls back to asymptotic when the lcm is too large for an explicit exact request', () => {
    const result = ksTwoSampleP(0.01, 100003, 100019, 'two-sided', 'exact')
    expect(result.method).toBe('asymp')
    expect(result.fallback).toMatch(/lcm/)
  })
  it('finishes the slowest exact case (10000 vs 9999, D near 0.5) in well under a second of CPU', () => {
    const started = process.cpuUsage()
    const result = ksTwoSampleP(0.5, 10000, 9999)
    const used = process.cpuUsage(started)
    expect(result.method).toBe('exact')
    expect(result.pValue).toBe(0)
    expect((used.user + used.system) / 1000).toBeLessThan(1000)
  })
})
