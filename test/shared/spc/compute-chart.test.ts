import { describe, expect, it } from '@jest/globals'
import { computeChart } from '../../../shared/spc/compute-chart.js'
import { processCapability } from '../../../shared/spc/process-capability.js'

describe('the result is the JSON report', () => {
  const points = [10.1, 9.8, 10.3, 10.0, 9.7, 10.2, 13.5].map((value, i) => ({
    value,
    metadata: { run: 1000 + i, at: `2024-05-0${i + 1}T00:00:00Z` }
  }))
  const result = computeChart({
    chart: 'imr',
    series: 'row_count',
    points,
    baseline: 6,
    specification: { upper: 12 }
  })

  it('survives a JSON round trip unchanged (plain data, no undefined, no NaN)', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result)
  })

  it('passes metadata through untouched and numbers points from 1', () => {
    const individual = result.panels[0]!
    expect(individual.points.map((p) => p.metadata)).toEqual(points.map((p) => p.metadata))
    expect(individual.points[6]).toMatchObject({ index: 7, phase: 'II', excluded: false })
    expect(individual.points[6]!.metadata).toBe(points[6]!.metadata)
  })

  it('carries the full chart-level summary', () => {
    expect(result).toMatchObject({
      chart: 'imr',
      series: 'row_count',
      nsigmas: 3,
      constants: 'qcc',
      centerSource: 'baseline',
      sigmaSource: 'average-moving-range',
      baseline: { requested: 6, size: 6, used: 6, excluded: [] },
      rules: ['we-1', 'we-2', 'we-3', 'we-4'],
      ewma: null,
      cusum: null
    })
    expect(result.panels.map((p) => p.statistic)).toEqual(['individual', 'moving-range'])
    expect(result.violations).toContainEqual({
      rule: 'we-1',
      index: 7,
      phase: 'II',
      severity: 'error',
      statistic: 'individual'
    })
  })

  it('computes one-sided capability with the within sigma', () => {
    expect(result.capability).toEqual({
      lower: null,
      upper: 12,
      mean: result.center,
      sigma: result.sigma,
      cp: null,
      cpl: null,
      cpu: (12 - result.center) / (3 * result.sigma),
      cpk: (12 - result.center) / (3 * result.sigma)
    })
  })

  it('has no capability for attribute charts', () => {
    const p = computeChart({
      chart: 'p',
      points: [
        { count: 1, size: 9 },
        { count: 2, size: 9 }
      ]
    })
    expect(p.capability).toBeNull()
  })
})

describe('processCapability', () => {
  it('Cp, Cp_l, Cp_u and Cpk from the formulas of §1.9', () => {
    expect(processCapability(10, 0.5, { lower: 8, upper: 13 })).toEqual({
      lower: 8,
      upper: 13,
      mean: 10,
      sigma: 0.5,
      cp: 5 / 3,
      cpl: 2 / 1.5,
      cpu: 3 / 1.5,
      cpk: 2 / 1.5
    })
  })
})
