import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { InputError, UsageError } from '../../../shared/errors.js'
import { spcCheck } from '../../../shared/operations/spc-check.js'
import type { SpcValuesRequest } from '../../../shared/operations/spc-check.js'
import { EMPTY_SPC_SETTINGS } from '../../../shared/spc-history/metric-settings.js'
import type { MetricSettings } from '../../../shared/spc-history/metric-settings.js'
import { fixturePath } from '../../helpers/paths.js'
import { makeTempDir, type TempDir } from '../../helpers/temp-dir.js'

/**
 * Stateless mode end to end (file → points → chart → report) against qcc's published numbers
 * (stats-reference.md §1.3–§1.6; test/fixtures/spc, from scripts/oracles/spc-charts.py and the
 * qcc vignette) and NIST e-Handbook 6.3.2.4.
 */

const NOW = Date.parse('2026-03-14T12:00:00Z')
let dir: TempDir

beforeAll(() => {
  dir = makeTempDir()
})
afterAll(() => dir.remove())

function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(fixturePath('spc', name), 'utf8')) as T
}

async function chartValues(
  csv: string,
  inputs: MetricSettings = {},
  extra: Partial<SpcValuesRequest> = {}
) {
  const path = dir.file(`v-${Math.random().toString(36).slice(2)}.csv`, csv)
  return spcCheck({
    mode: 'values',
    valuesPath: path,
    config: EMPTY_SPC_SETTINGS,
    inputs,
    failOn: 'error',
    now: NOW,
    ...extra
  })
}

async function inputError(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected an InputError')
}

/** Maps 1-based positions of a sequence with excluded points removed back to input indices. */
function toInputIndices(
  positions: readonly number[],
  total: number,
  excluded: readonly number[]
): number[] {
  const kept = Array.from({ length: total }, (_, i) => i + 1).filter((i) => !excluded.includes(i))
  return positions.map((position) => kept[position - 1]!)
}

interface Viscosity {
  batches: { batch: number; viscosity: number }[]
  published_qcc: {
    individuals_trial_without_batch4: { center: number; std_dev: number; lcl: number; ucl: number }
  }
  computed: { rules_without_batch4_34points: Record<string, number[] | string> }
}

describe('I-MR from a CSV: qcc viscosity without batch 4', () => {
  const data = fixture<Viscosity>('qcc_viscosity_imr.json')
  const csv = `label,value\n${data.batches.map((b) => `batch ${b.batch},${b.viscosity}`).join('\n')}\n`

  it('reproduces the re-baselined limits and every Nelson rule hit', async () => {
    const report = await chartValues(
      csv,
      { baseline: 20, exclude: ['4'], rules: 'nelson' },
      { series: 'viscosity' }
    )
    const chart = report.charts[0]!
    const published = data.published_qcc.individuals_trial_without_batch4
    expect(chart.chart).toBe('imr')
    expect(chart.result!.center).toBeCloseTo(published.center, 5)
    expect(chart.result!.sigma).toBeCloseTo(published.std_dev, 7)
    const first = chart.result!.panels[0]!.points[0]!
    expect(first.lcl).toBeCloseTo(published.lcl, 4)
    expect(first.ucl).toBeCloseTo(published.ucl, 4)
    expect(chart.result!.baseline.excluded).toEqual([4])
    const expected: Record<string, number[]> = {}
    for (const [key, positions] of Object.entries(data.computed.rules_without_batch4_34points)) {
      if (!key.startsWith('nelson') || typeof positions === 'string' || positions.length === 0)
        continue
      expected[`nelson-${key.slice(6)}`] = toInputIndices(positions, 35, [4])
    }
    // The individuals panel carries the Nelson rules; the MR panel only nelson-1 (limits).
    const movingRange = chart.result!.panels[1]!.points.filter(
      (point) => point.violations.length > 0
    )
    for (const point of movingRange) {
      expected['nelson-1'] = [...new Set([...(expected['nelson-1'] ?? []), point.index])].sort(
        (a, b) => a - b
      )
    }
    expect(chart.rule_hits).toEqual(expected)
    // The newest point (35) completes a Nelson-2 run: this run is out of control.
    expect(chart.current).toEqual([35])
    expect(chart.current_violations.map((violation) => violation.rule)).toContain('nelson-2')
    expect(report).toMatchObject({
      mode: 'values',
      series: 'viscosity',
      in_control: false,
      passed: false
    })
    expect(chart.result!.panels[0]!.points[0]!.metadata).toEqual({ row: 1, label: 'batch 1' })
  })

  it('judges the newest point: an outlier at the end fails, the same outlier earlier does not', async () => {
    const base = [10, 11, 9, 10, 10.4, 9.8, 10.2, 9.6, 10.1, 10.3, 9.9, 10]
    const late = await chartValues(`value\n${[...base, 30].join('\n')}\n`, { baseline: 12 })
    expect(late.in_control).toBe(false)
    expect(late.charts[0]!.current_violations.map((v) => `${v.rule}@${v.index}`)).toContain(
      'we-1@13'
    )
    // Older violations are history: reported, not failed on again. (Point 14's moving range
    // back from the outlier is itself beyond the MR limit, so the series runs on to 16.)
    const early = await chartValues(`value\n${[...base, 30, 10, 10.2, 9.9].join('\n')}\n`, {
      baseline: 12
    })
    expect(early.charts[0]!.rule_hits['we-1']).toEqual([13, 14])
    expect(early.charts[0]!.current).toEqual([16])
    expect(early).toMatchObject({ in_control: true, passed: true })
    // Point 13 is beyond the I limit and its MR beyond the MR limit: three violations in all.
    expect(early.summary).toMatchObject({ current_violations: 0, violations: 3 })
  })
})

interface OrangeJuice {
  samples: { sample: number; D: number; size: number }[]
  published_qcc: { p_revised_excluding_15_23: { center: number; lcl: number; ucl: number } }
  computed: { rules_on_revised_limits: Record<string, number[] | string> }
}

describe('p chart from count,size columns: qcc orangejuice re-baselined', () => {
  const data = fixture<OrangeJuice>('qcc_orangejuice_p.json')
  const csv = `count,size\n${data.samples.map((s) => `${s.D},${s.size}`).join('\n')}\n`

  it('chooses a p chart, excludes samples 15 and 23, and flags what qcc flags (rules 1 and 4)', async () => {
    const report = await chartValues(csv, { baseline: 30, exclude: ['15', '23'] })
    const chart = report.charts[0]!
    const published = data.published_qcc.p_revised_excluding_15_23
    expect(chart).toMatchObject({ chart: 'p', kind: 'proportion' })
    expect(chart.result!.center).toBeCloseTo(published.center, 7)
    const point = chart.result!.panels[0]!.points[0]!
    expect(point.lcl).toBeCloseTo(published.lcl, 7)
    expect(point.ucl).toBeCloseTo(published.ucl, 7)
    const rules = data.computed.rules_on_revised_limits
    expect(chart.rule_hits).toEqual({
      'we-1': toInputIndices(rules.we1 as number[], 54, [15, 23]),
      'we-4': toInputIndices(rules.we4 as number[], 54, [15, 23])
    })
  })

  it('rejects a negative count, naming the file, row and column', async () => {
    const error = await inputError(chartValues('count,size\n3,50\n-1,50\n'))
    expect(error.location).toMatchObject({ row: 2, field: 'count' })
    expect(error.message).toMatch(/must not be negative, got -1/)
  })

  it('rejects unequal sizes on an np chart, naming the series and point', async () => {
    const error = await inputError(
      chartValues(
        'count,size\n3,50\n4,50\n5,40\n',
        { chart: 'np', baseline: 3 },
        { series: 'defects' }
      )
    )
    expect(error.location.field).toBe('defects')
    expect(error.detail).toMatch(/^point 3: size 40 differs from the first point's size 50/)
  })
})

interface Pistonrings {
  subgroups: number[][]
  published_qcc: { xbar: { center: number; lcl: number; ucl: number }; R: { ucl: number } }
}

describe('subgroups in long format: qcc pistonrings X̄-R', () => {
  it('groups rows by subgroup id, picks X̄-R for n = 5 and reproduces the published limits', async () => {
    const data = fixture<Pistonrings>('qcc_pistonrings.json')
    const rows = data.subgroups.flatMap((group, i) => group.map((x) => `s${i + 1},${x}`))
    const report = await chartValues(`subgroup,value\n${rows.join('\n')}\n`, { baseline: 25 })
    const chart = report.charts[0]!
    expect(chart.chart).toBe('xbar-r')
    expect(chart.points).toBe(40)
    const mean = chart.result!.panels[0]!.points[0]!
    expect(mean.center).toBeCloseTo(data.published_qcc.xbar.center, 5)
    expect(mean.lcl).toBeCloseTo(data.published_qcc.xbar.lcl, 5)
    expect(mean.ucl).toBeCloseTo(data.published_qcc.xbar.ucl, 4)
    expect(chart.result!.panels[1]!.points[0]!.ucl).toBeCloseTo(data.published_qcc.R.ucl, 7)
    expect(mean.metadata).toEqual({ row: 1, label: 's1' })
    // stats-reference §1.4: phase II subgroups 37, 38, 39 are beyond the X̄ UCL.
    expect(chart.rule_hits['we-1']).toEqual(expect.arrayContaining([37, 38, 39]))
  })
})

describe('EWMA from a headerless list: NIST e-Handbook 6.3.2.4', () => {
  it('gives the NIST limits and no signal', async () => {
    const data = [
      52.0, 47.0, 53.0, 49.3, 50.1, 47.0, 51.0, 50.1, 51.2, 50.5, 49.6, 47.6, 49.9, 51.3, 47.8,
      51.2, 52.6, 52.4, 53.6, 52.1
    ]
    const report = await chartValues(`${data.join('\n')}\n`, {
      chart: 'ewma',
      lambda: 0.3,
      target: 50,
      sigma: 2.0539,
      steadyState: true
    })
    const chart = report.charts[0]!
    const points = chart.result!.panels[0]!.points
    expect(points).toHaveLength(20)
    expect(points[0]!.value).toBeCloseTo(50.6, 2)
    expect(points[19]!.value).toBeCloseTo(51.99, 2)
    expect(points[19]!.ucl).toBeCloseTo(52.5884, 4)
    expect(points[19]!.lcl).toBeCloseTo(47.4115, 3)
    expect(chart.result!.violations).toEqual([])
    expect(report.in_control).toBe(true)
  })
})

describe('bad input', () => {
  it('names the file, row and column of a non-numeric point', async () => {
    const error = await inputError(chartValues('value\n1.5\n2.5\nabc\n'))
    expect(error.location).toMatchObject({ row: 3, field: 'value' })
    expect(error.message).toMatch(/expected a number, got "abc"/)
  })

  it('refuses to estimate limits from one point, naming the series', async () => {
    const error = await inputError(chartValues('value\n4.2\n', {}, { series: 'latency' }))
    expect(error.location.field).toBe('latency')
    expect(error.detail).toMatch(/needs at least 2 baseline \(phase I\) points/)
  })

  it('warns below 20 baseline points', async () => {
    const report = await chartValues('value\n1\n2\n3\n2\n1\n')
    expect(report.charts[0]!.result!.warnings.join(' ')).toMatch(/at least 20 are recommended/)
  })

  it('rejects a chart that cannot plot the points', async () => {
    const error = await inputError(chartValues('value\n1\n2\n3\n', { chart: 'p' }, { series: 'x' }))
    expect(error.message).toMatch(/a p chart cannot plot single values; use imr, ewma, cusum/)
  })

  it('ignores run exclusions from the settings file (they belong to histories)', async () => {
    const config = { ...EMPTY_SPC_SETTINGS, defaults: { exclude: ['9876543210'] } }
    const report = await chartValues('value\n1\n2\n3\n', {}, { config })
    expect(report.charts[0]!.result!.baseline.excluded).toEqual([])
  })

  it('rejects unknown columns and exclusions that are not point numbers', async () => {
    const error = await inputError(chartValues('when,amount\n1,2\n'))
    expect(error.message).toMatch(/expected the columns value/)
    await expect(chartValues('value\n1\n2\n3\n', { exclude: ['run-7'] })).rejects.toThrow(
      UsageError
    )
  })
})
