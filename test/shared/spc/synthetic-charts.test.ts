import { describe, expect, it } from '@jest/globals'
import type { ConstantsSource } from '../../../shared/spc/chart-constants.js'
import { computeChart } from '../../../shared/spc/compute-chart.js'
import type { IndividualsSigmaMethod } from '../../../shared/spc/sigma-estimators.js'
import { expectNear, loadSpcFixture } from './spc-fixtures.js'

/**
 * Unequal subgroup sizes, varying sample sizes and exposures, and the sigma variants, against an
 * independent numpy transcription of qcc's formulas (scripts/oracles/spc-charts.py).
 */
interface Synthetic {
  subgroups: {
    baseline: number
    data: number[][]
    center: number
    sigma_uwave_r: number
    sigma_uwave_sd: number
    sigma_rmsdf: number
    xbar_r: Record<'lcl' | 'ucl' | 'r_lcl' | 'r_ucl', number[]> & { r_center: number }
    xbar_s: Record<'lcl' | 'ucl' | 's_lcl' | 's_ucl', number[]> & { s_center: number }
    'ewma_lambda0.3': Record<'z' | 'lcl' | 'ucl', number[]>
  }
  large_subgroups: { data: number[][]; sigma_rmsdf: number; sigma_uwave_sd: number }
  p_varying: Record<'counts' | 'sizes' | 'sigma' | 'lcl' | 'ucl' | 'z', number[]> & {
    baseline: number
    pbar: number
  }
  u_varying: Record<'counts' | 'sizes' | 'lcl' | 'ucl', number[]> & {
    baseline: number
    ubar: number
  }
  individuals: {
    baseline: number
    values: number[]
    center: number
    sigma_average_mr: number
    sigma_median_mr: number
    sigma_median_mr_exact: number
    sigma_sd: number
  }
}
const oracle = loadSpcFixture<Synthetic>('synthetic-charts.json')

function expectSeries(
  actual: readonly (number | null)[],
  expected: readonly number[],
  tol = 1e-12
) {
  expect(actual).toHaveLength(expected.length)
  expected.forEach((value, i) => expectNear(actual[i], value, tol * Math.max(1, Math.abs(value))))
}

describe('subgroups of unequal size', () => {
  const data = oracle.subgroups
  const points = data.data.map((subgroup) => ({ subgroup }))

  it('X̄-R: n-weighted centre, UWAVE-R sigma, per-point limits, weighted R centre', () => {
    const result = computeChart({ chart: 'xbar-r', points, baseline: data.baseline })
    expectNear(result.center, data.center, 1e-12)
    expectNear(result.sigma, data.sigma_uwave_r, 1e-14)
    const [means, ranges] = result.panels
    expectSeries(
      means!.points.map((p) => p.lcl),
      data.xbar_r.lcl
    )
    expectSeries(
      means!.points.map((p) => p.ucl),
      data.xbar_r.ucl
    )
    expectNear(ranges!.center, data.xbar_r.r_center, 1e-14)
    expectSeries(
      ranges!.points.map((p) => p.lcl),
      data.xbar_r.r_lcl
    )
    expectSeries(
      ranges!.points.map((p) => p.ucl),
      data.xbar_r.r_ucl
    )
    expect(means!.points.map((p) => p.size)).toEqual(data.data.map((g) => g.length))
  })

  it('X̄-S: UWAVE-SD sigma, weighted S centre, per-point S limits', () => {
    const result = computeChart({ chart: 'xbar-s', points, baseline: data.baseline })
    expectNear(result.sigma, data.sigma_uwave_sd, 1e-14)
    const [means, sds] = result.panels
    expectSeries(
      means!.points.map((p) => p.lcl),
      data.xbar_s.lcl
    )
    expectSeries(
      means!.points.map((p) => p.ucl),
      data.xbar_s.ucl
    )
    expectNear(sds!.center, data.xbar_s.s_center, 1e-14)
    expectSeries(
      sds!.points.map((p) => p.lcl),
      data.xbar_s.s_lcl
    )
    expectSeries(
      sds!.points.map((p) => p.ucl),
      data.xbar_s.s_ucl
    )
  })

  it('the sigma method can be chosen (RMSDF)', () => {
    const result = computeChart({
      chart: 'xbar-s',
      points,
      baseline: data.baseline,
      sigmaMethod: 'rmsdf'
    })
    expectNear(result.sigma, data.sigma_rmsdf, 1e-12)
    expect(result.sigmaSource).toBe('rmsdf')
  })

  it('EWMA of subgroup means uses each point’s own n', () => {
    const result = computeChart({ chart: 'ewma', points, baseline: data.baseline, lambda: 0.3 })
    const panel = result.panels[0]!
    expectSeries(
      panel.points.map((p) => p.value),
      data['ewma_lambda0.3'].z
    )
    expectSeries(
      panel.points.map((p) => p.lcl),
      data['ewma_lambda0.3'].lcl
    )
    expectSeries(
      panel.points.map((p) => p.ucl),
      data['ewma_lambda0.3'].ucl
    )
  })

  it('a known sigma gives R centre lines d2(n_i)·σ per point', () => {
    const result = computeChart({ chart: 'xbar-r', points, sigma: 2, target: 50 })
    const ranges = result.panels[1]!
    expect(ranges.center).toBeNull()
    expect(ranges.points[0]!.center).toBe(1.693 * 2)
    expect(ranges.points[1]!.center).toBe(2.704 * 2)
    expect(result.warnings).toEqual([])
    expect(result.centerSource).toBe('target')
  })
})

describe('subgroups larger than 25', () => {
  const points = oracle.large_subgroups.data.map((subgroup) => ({ subgroup }))

  it('X̄-S switches to RMSDF like qcc, unless told otherwise', () => {
    const result = computeChart({ chart: 'xbar-s', points })
    expect(result.sigmaSource).toBe('rmsdf')
    expectNear(result.sigma, oracle.large_subgroups.sigma_rmsdf, 1e-12)
    const chosen = computeChart({ chart: 'xbar-s', points, sigmaMethod: 'uwave-sd' })
    expectNear(chosen.sigma, oracle.large_subgroups.sigma_uwave_sd, 1e-14)
  })
})

describe('p chart with varying sample sizes', () => {
  const data = oracle.p_varying
  const points = data.counts.map((count, i) => ({ count, size: data.sizes[i]! }))

  it('pools p̄ and gives step limits clipped to [0, 1]', () => {
    const result = computeChart({ chart: 'p', points, baseline: data.baseline })
    expectNear(result.center, data.pbar, 1e-15)
    const panel = result.panels[0]!
    expectSeries(
      panel.points.map((p) => p.sigma),
      data.sigma
    )
    expectSeries(
      panel.points.map((p) => p.lcl),
      data.lcl
    )
    expectSeries(
      panel.points.map((p) => p.ucl),
      data.ucl
    )
    expect(panel.points.some((p) => p.lcl === 0)).toBe(true)
  })

  it('the standardized p chart plots z_i against ±3', () => {
    const result = computeChart({ chart: 'p-standardized', points, baseline: data.baseline })
    const panel = result.panels[0]!
    expectSeries(
      panel.points.map((p) => p.value),
      data.z,
      1e-11
    )
    expect(panel.points.every((p) => p.center === 0 && p.lcl === -3 && p.ucl === 3)).toBe(true)
    expectNear(result.center, data.pbar, 1e-15)
  })
})

describe('u chart with varying exposure', () => {
  it('pools ū and clips the LCL at 0', () => {
    const data = oracle.u_varying
    const points = data.counts.map((count, i) => ({ count, size: data.sizes[i]! }))
    const result = computeChart({ chart: 'u', points, baseline: data.baseline })
    expectNear(result.center, data.ubar, 1e-14)
    expectSeries(
      result.panels[0]!.points.map((p) => p.lcl),
      data.lcl
    )
    expectSeries(
      result.panels[0]!.points.map((p) => p.ucl),
      data.ucl
    )
  })
})

describe('individuals sigma variants', () => {
  const data = oracle.individuals
  const points = data.values.map((value) => ({ value }))

  const variants: [IndividualsSigmaMethod, ConstantsSource, number][] = [
    ['average-moving-range', 'qcc', data.sigma_average_mr],
    ['median-moving-range', 'qcc', data.sigma_median_mr],
    ['median-moving-range', 'exact', data.sigma_median_mr_exact],
    ['standard-deviation', 'qcc', data.sigma_sd]
  ]
  it.each(variants)('%s (%s constants)', (sigmaMethod, constants, expected) => {
    const result = computeChart({ chart: 'imr', points, sigmaMethod, constants })
    expectNear(result.sigma, expected, 1e-12)
    expectNear(result.center, data.center, 1e-12)
    expect(result.sigmaSource).toBe(sigmaMethod)
    expect(result.constants).toBe(constants)
    // The MR panel centre is d2(2)·σ̂ except for the average-MR estimate, where it is MRbar itself.
    const d2 = constants === 'qcc' ? 1.128 : 2 / Math.sqrt(Math.PI)
    expectNear(result.panels[1]!.center, d2 * result.sigma, 1e-12)
  })

  it('exact constants change the average-MR sigma by the d2 rounding only', () => {
    const qcc = computeChart({ chart: 'imr', points })
    const exact = computeChart({ chart: 'imr', points, constants: 'exact' })
    expectNear(exact.sigma / qcc.sigma, 1.128 / (2 / Math.sqrt(Math.PI)), 1e-12)
  })
})
