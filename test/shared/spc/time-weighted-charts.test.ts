import { describe, expect, it } from '@jest/globals'
import { computeChart } from '../../../shared/spc/compute-chart.js'
import { ewmaSigma } from '../../../shared/spc/ewma-chart.js'
import { expectNear } from './spc-fixtures.js'

/** NIST/SEMATECH e-Handbook 6.3.2.4 EWMA example (stats-reference.md §1.6). */
const NIST_DATA = [
  52.0, 47.0, 53.0, 49.3, 50.1, 47.0, 51.0, 50.1, 51.2, 50.5, 49.6, 47.6, 49.9, 51.3, 47.8, 51.2,
  52.6, 52.4, 53.6, 52.1
]
const NIST_EWMA = [
  50.6, 49.52, 50.56, 50.18, 50.16, 49.21, 49.75, 49.85, 50.26, 50.33, 50.11, 49.36, 49.52, 50.05,
  49.38, 49.92, 50.73, 51.23, 51.94, 51.99
]

/** Montgomery Table 9.1: 30 observations, μ0 = 10, σ = 1 (the first 20 from N(10, 1), then a shift). */
const MONTGOMERY_9_1 = [
  9.45, 7.99, 9.29, 11.66, 12.16, 10.18, 8.04, 11.46, 9.2, 10.34, 9.03, 11.47, 10.51, 9.4, 10.08,
  9.37, 10.62, 10.31, 8.52, 10.84, 10.9, 9.33, 12.29, 11.5, 10.6, 11.08, 10.38, 11.62, 11.31, 10.52
]
/** C+ of Table 9.1 for periods 1..29 (2 dp). */
const MONTGOMERY_C_PLUS = [
  0, 0, 0, 1.16, 2.82, 2.5, 0.04, 1.0, 0, 0, 0, 0.97, 0.98, 0, 0, 0, 0.12, 0, 0, 0.34, 0.74, 0,
  1.79, 2.79, 2.89, 3.47, 3.35, 4.47, 5.28
]

describe('NIST e-Handbook 6.3.2.4 EWMA', () => {
  const result = computeChart({
    chart: 'ewma',
    points: NIST_DATA.map((value) => ({ value })),
    lambda: 0.3,
    target: 50,
    sigma: 2.0539,
    steadyState: true
  })
  const points = result.panels[0]!.points

  it('reproduces the 20 EWMA values to 2 dp', () => {
    NIST_EWMA.forEach((expected, i) => expectNear(points[i]!.value, expected, 0.005 + 1e-12))
  })

  it('has the steady-state limits 52.5884 / 47.4115 and no signal', () => {
    // NIST prints the LCL truncated (exactly 47.411566); both agree to 1e-4.
    for (const point of points) {
      expectNear(point.ucl, 52.5884, 1e-4)
      expectNear(point.lcl, 47.4115, 1e-4)
    }
    expectNear(points[0]!.ucl, 50 + 3 * 2.0539 * Math.sqrt(0.3 / 1.7), 1e-12)
    expect(result.violations).toEqual([])
    expect(result.ewma).toEqual({ lambda: 0.3, limits: 'steady-state' })
    expect(result.center).toBe(50)
    expect([result.centerSource, result.sigmaSource]).toEqual(['target', 'known'])
  })

  it('time-varying limits (the default) start narrower and approach the steady state', () => {
    const varying = computeChart({
      chart: 'ewma',
      points: NIST_DATA.map((value) => ({ value })),
      lambda: 0.3,
      target: 50,
      sigma: 2.0539
    })
    const first = varying.panels[0]!.points[0]!
    expectNear(first.ucl, 50 + 3 * 2.0539 * 0.3, 1e-12) // σ_z(1) = λσ
    expectNear(varying.panels[0]!.points[19]!.ucl, 52.5884, 1e-4)
    expect(varying.ewma?.limits).toBe('time-varying')
  })

  it('λ = 1 reduces to the Shewhart individuals limits', () => {
    expectNear(ewmaSigma(2, 1, 1, 1, false), 2, 1e-15)
    expectNear(ewmaSigma(2, 4, 1, 7, true), 1, 1e-15)
  })
})

describe('Montgomery Table 9.1 tabular CUSUM (μ0 = 10, σ = 1, k = 0.5, h = 5)', () => {
  const result = computeChart({
    chart: 'cusum',
    points: MONTGOMERY_9_1.map((value, i) => ({ value, metadata: { period: i + 1 } })),
    target: 10,
    sigma: 1,
    k: 0.5,
    h: 5
  })
  const upper = result.panels[0]!.points

  it('reproduces C+ for periods 1..29', () => {
    MONTGOMERY_C_PLUS.forEach((expected, i) => expectNear(upper[i]!.value, expected, 0.005 + 1e-9))
  })

  it('first signals at period 29 with N+ = 7: the shift began after period 22', () => {
    const signals = result.violations.filter((v) => v.statistic === 'cusum-upper')
    expect(signals.map((v) => v.index)).toEqual([29, 30])
    expect(upper[28]!.runLength).toBe(7)
    expect(result.cusum?.shifts).toEqual([
      {
        side: 'upper',
        firstSignal: 29,
        runLength: 7,
        firstAffected: 23,
        shiftAfter: 22,
        estimatedMean: 10 + 0.5 + upper[28]!.value! / 7
      }
    ])
    expectNear(result.cusum!.shifts[0]!.estimatedMean, 11.25, 0.005)
    expect(result.violations.filter((v) => v.statistic === 'cusum-lower')).toEqual([])
    expect(upper[28]!.metadata).toEqual({ period: 29 })
  })

  it('keeps accumulating after a signal (no automatic reset)', () => {
    expect(upper[29]!.value).toBeCloseTo(upper[28]!.value! + 10.52 - 10 - 0.5, 12)
  })

  it('the signal is strict: C+ exactly equal to h does not signal', () => {
    // z = 3 three times with k = 0.5 → C+ = 2.5, 5 (= h), 7.5.
    const exact = computeChart({
      chart: 'cusum',
      points: [3, 3, 3].map((value) => ({ value })),
      target: 0,
      sigma: 1,
      h: 5
    })
    expect(exact.panels[0]!.points.map((p) => p.value)).toEqual([2.5, 5, 7.5])
    expect(exact.violations.map((v) => v.index)).toEqual([3])
  })

  it('a head start raises both sums from the first period (FIR)', () => {
    const fir = computeChart({
      chart: 'cusum',
      points: [10.2, 9.6].map((value) => ({ value })),
      target: 10,
      sigma: 1,
      headStart: 2.5
    })
    expectNear(fir.panels[0]!.points[0]!.value, 2.5 + 0.2 - 0.5, 1e-12)
    expectNear(fir.panels[1]!.points[0]!.value, 2.5 - 0.2 - 0.5, 1e-12)
    expect(fir.cusum).toMatchObject({ k: 0.5, h: 5, headStart: 2.5 })
  })

  it('a downward shift signals on the lower sum with its own shift estimate', () => {
    const down = computeChart({
      chart: 'cusum',
      points: [10, 10, 8, 8, 8].map((value) => ({ value })),
      target: 10,
      sigma: 1,
      h: 4
    })
    // C− = 0, 0, 1.5, 3, 4.5 → signal at 5, N− = 3, shift after period 2.
    expect(down.panels[1]!.points.map((p) => p.value)).toEqual([0, 0, 1.5, 3, 4.5])
    expect(down.cusum?.shifts).toEqual([
      {
        side: 'lower',
        firstSignal: 5,
        runLength: 3,
        firstAffected: 3,
        shiftAfter: 2,
        estimatedMean: 10 - (0.5 + 4.5 / 3)
      }
    ])
  })
})

describe('Montgomery Table 9.1 EWMA (λ = 0.1, L = 2.7)', () => {
  it('first signals at observation 29', () => {
    const result = computeChart({
      chart: 'ewma',
      points: MONTGOMERY_9_1.map((value) => ({ value })),
      target: 10,
      sigma: 1,
      lambda: 0.1,
      nsigmas: 2.7
    })
    expect(result.violations[0]).toEqual({
      rule: 'ewma',
      index: 29,
      phase: 'II',
      severity: 'error',
      statistic: 'ewma'
    })
    expect(result.violations.map((v) => v.index)).toEqual([29, 30])
  })
})

describe('EWMA and CUSUM on subgroups', () => {
  it('use subgroup means, σ/√n and the n-weighted grand mean', () => {
    const subgroups = [
      [4, 5, 6],
      [2, 3, 4],
      [1, 3, 5],
      [0, 2, 4]
    ]
    const ewma = computeChart({
      chart: 'ewma',
      points: subgroups.map((subgroup) => ({ subgroup })),
      lambda: 0.5
    })
    const rbar = (2 + 2 + 4 + 4) / 4
    const sigma = rbar / 1.693
    expectNear(ewma.sigma, sigma, 1e-12)
    expect(ewma.center).toBe(3.25)
    const first = ewma.panels[0]!.points[0]!
    expect(first.value).toBe(0.5 * 5 + 0.5 * 3.25)
    expect([first.size, first.observed]).toEqual([3, 5])
    expectNear(first.sigma, (sigma / Math.sqrt(3)) * Math.sqrt((0.5 / 1.5) * (1 - 0.25)), 1e-15)
    const cusum = computeChart({
      chart: 'cusum',
      points: subgroups.map((subgroup) => ({ subgroup }))
    })
    expectNear(cusum.panels[0]!.points[0]!.value, (5 - 3.25) / (sigma / Math.sqrt(3)) - 0.5, 1e-12)
  })
})
