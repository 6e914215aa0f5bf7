import { describe, expect, it } from '@jest/globals'
import { UsageError } from '../../../shared/errors.js'
import { chooseChart } from '../../../shared/spc/chart-choice.js'
import type { MetricKind } from '../../../shared/spc/chart-choice.js'

describe('automatic chart choice per metric kind', () => {
  it.each([
    ['proportion', undefined, 'p'],
    ['defect-count', undefined, 'c'],
    ['event-rate', undefined, 'u'],
    ['measurement', undefined, 'imr'],
    ['measurement', 1, 'imr'],
    ['measurement', 2, 'xbar-r'],
    ['measurement', 10, 'xbar-r'],
    ['measurement', 11, 'xbar-s'],
    ['measurement', 40, 'xbar-s']
  ] as [MetricKind, number | undefined, string][])('%s (n = %p) → %s', (kind, n, chart) => {
    expect(chooseChart({ kind, ...(n === undefined ? {} : { subgroupSize: n }) })).toBe(chart)
  })

  it('the per-metric override wins', () => {
    expect(chooseChart({ kind: 'proportion', chart: 'np' })).toBe('np')
    expect(chooseChart({ kind: 'measurement', chart: 'ewma' })).toBe('ewma')
  })

  it('rejects unknown kinds and charts', () => {
    expect(() => chooseChart({ kind: 'ratio' as MetricKind })).toThrow(UsageError)
    expect(() => chooseChart({ kind: 'measurement', chart: 'g' as 'p' })).toThrow(
      /unknown chart "g"/
    )
  })
})
