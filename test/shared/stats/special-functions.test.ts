import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import {
  binomialCdf,
  chiSquareSf,
  normalCdf,
  normalQuantile,
  normalSf,
  studentTTwoSidedP
} from '../../../shared/stats/distributions.js'
import {
  betaIncomplete,
  gammaP,
  gammaQ,
  logGamma
} from '../../../shared/stats/special-functions.js'
import { quantileSorted } from '../../../shared/stats/quantile.js'
import {
  addValue,
  emptyMoments,
  mergeMoments,
  sampleVariance
} from '../../../shared/stats/moments.js'
import { mulberry32 } from '../../../shared/stats/random.js'

interface Oracle {
  lgamma: [number, number][]
  gammainc: [number, number, number, number][]
  betainc: [number, number, number, number][]
  normcdf: [number, number, number][]
  normppf: [number, number][]
  chi2sf: [number, number, number][]
  binomcdf: [number, number, number, number][]
  tp: [number, number, number][]
  quantile: { values: number[]; linear: [number, number][]; nearest: [number, number][] }
  nearest_half: [number, number][]
}
const oracle = JSON.parse(
  readFileSync(new URL('../../fixtures/stats/scipy-special.json', import.meta.url), 'utf8')
) as Oracle

/** Relative closeness that also copes with exact zeros. */
function expectClose(actual: number, expected: number, relative = 1e-12): void {
  const scale = Math.max(Math.abs(expected), 1e-300)
  expect(Math.abs(actual - expected) / scale).toBeLessThanOrEqual(relative)
}

describe('special functions match scipy.special', () => {
  it.each(oracle.lgamma)('logGamma(%p)', (x, expected) => {
    if (expected === 0) expect(Math.abs(logGamma(x))).toBeLessThan(1e-14)
    else expectClose(logGamma(x), expected, 1e-13)
  })
  it.each(oracle.gammainc)('P and Q of (%p, %p)', (a, x, p, q) => {
    expectClose(gammaP(a, x), p, 1e-12)
    expectClose(gammaQ(a, x), q, 1e-11)
  })
  it.each(oracle.betainc)('I_%p(%p, %p)', (x, a, b, expected) => {
    expectClose(betaIncomplete(x, a, b), expected, 1e-11)
  })
})

describe('distributions match scipy.stats', () => {
  it.each(oracle.normcdf)('normal cdf and sf at %p', (z, cdf, sf) => {
    expectClose(normalCdf(z), cdf, 1e-12)
    expectClose(normalSf(z), sf, 1e-12)
  })
  it.each(oracle.normppf)('normal quantile at %p', (p, expected) => {
    expectClose(normalQuantile(p), expected, 1e-12)
  })
  it.each(oracle.chi2sf)('chi-square sf(%p, %p)', (x, k, expected) => {
    expectClose(chiSquareSf(x, k), expected, 1e-11)
  })
  it.each(oracle.binomcdf)('binomial cdf(%p; %p, %p)', (k, n, p, expected) => {
    expectClose(binomialCdf(k, n, p), expected, 1e-11)
  })
  it.each(oracle.tp)('student t two-sided p(%p, %p)', (t, df, expected) => {
    expectClose(studentTTwoSidedP(t, df), expected, 1e-11)
  })
})

describe('quantiles match numpy', () => {
  it.each(oracle.quantile.linear)('linear q=%p', (q, expected) => {
    expect(quantileSorted(oracle.quantile.values, q, 'linear')).toBe(expected)
  })
  it.each(oracle.quantile.nearest)('nearest q=%p', (q, expected) => {
    expect(quantileSorted(oracle.quantile.values, q, 'nearest')).toBe(expected)
  })
  it.each(oracle.nearest_half)('nearest rounds half to even at q=%p', (q, expected) => {
    expect(quantileSorted([1, 2, 3, 4], q, 'nearest')).toBe(expected)
  })
})

describe('moments', () => {
  it('merging two halves equals one pass', () => {
    const random = mulberry32(7)
    const values = Array.from({ length: 1001 }, () => 1e6 + random())
    const whole = emptyMoments()
    const left = emptyMoments()
    const right = emptyMoments()
    values.forEach((v, i) => {
      addValue(whole, v)
      addValue(i < 400 ? left : right, v)
    })
    const merged = mergeMoments(left, right)
    expect(merged.count).toBe(whole.count)
    expectClose(merged.mean, whole.mean, 1e-15)
    expectClose(sampleVariance(merged), sampleVariance(whole), 1e-9)
    expect(merged.min).toBe(whole.min)
    expect(merged.max).toBe(whole.max)
  })
})

describe('mulberry32', () => {
  it('is deterministic per seed and uniform in [0, 1)', () => {
    const a = mulberry32(42)
    const b = mulberry32(42)
    const draws = Array.from({ length: 1000 }, () => a())
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b()))
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...draws)).toBeLessThan(1)
    expect(Math.abs(draws.reduce((s, v) => s + v, 0) / 1000 - 0.5)).toBeLessThan(0.05)
  })
})
