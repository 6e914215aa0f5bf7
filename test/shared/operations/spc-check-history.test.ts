import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { LocalStore } from '../../../shared/adapters/local-store.js'
import { InputError } from '../../../shared/errors.js'
import { spcCheck } from '../../../shared/operations/spc-check.js'
import type { SpcHistoryRequest } from '../../../shared/operations/spc-check.js'
import { validateData } from '../../../shared/operations/validate-data.js'
import type { SpcReport } from '../../../shared/report/spc-report.js'
import { EMPTY_SPC_SETTINGS } from '../../../shared/spc-history/metric-settings.js'
import type { PointLabel } from '../../../shared/spc-history/metric-series.js'
import { parseSpcConfig } from '../../../shared/spc-history/spc-config.js'
import { parseYamlSource } from '../../../shared/config/yaml-source.js'
import { ConflictError } from '../../../shared/store/store-errors.js'
import { fixturePath } from '../../helpers/paths.js'
import { makeTempDir, type TempDir } from '../../helpers/temp-dir.js'

/**
 * History mode against a local store: records appended per run, the history read back, limits
 * frozen from the baseline, this run's point judged. The 30-run scenario and its expected limits
 * and rule hits come from scripts/oracles/spc-history.py (an independent numpy transcription).
 */

interface ChartOracle {
  center: number
  lcl: number | number[]
  ucl: number | number[]
  rule_hits: Record<string, number[]>
}
interface ShiftHistory {
  baseline: number
  shift_from_run: number
  runs: { run: number; rows: number; late_rows: number }[]
  final: Record<
    string,
    { order: number[]; rows: ChartOracle & { sigma: number }; late_rows: ChartOracle }
  >
  run_verdicts: Record<string, Record<string, string[]>>
}

const scenario = JSON.parse(
  readFileSync(fixturePath('spc-check', 'shift-history.json'), 'utf8')
) as ShiftHistory

let dir: TempDir
let store: LocalStore
let tick: number

beforeEach(() => {
  dir = makeTempDir()
  tick = Date.parse('2026-01-01T00:00:00Z')
  // One second per store write keeps the record order deterministic.
  store = new LocalStore(join(dir.path, 'store'), { now: () => new Date((tick += 1000)) })
})
afterEach(() => dir.remove())

const runId = (run: number) => String(1000000000 + run)

function metricsFile(name: string, metrics: unknown): string {
  return dir.file(`${name}.json`, JSON.stringify(metrics))
}

function request(
  run: number,
  metricsPaths: string[],
  extra: Partial<SpcHistoryRequest> = {}
): SpcHistoryRequest {
  return {
    mode: 'history',
    series: 'orders',
    metricsPaths,
    store,
    run: { id: runId(run), attempt: 1, sha: 'abc123', ref: 'refs/heads/main', event: 'schedule' },
    config: EMPTY_SPC_SETTINGS,
    inputs: {},
    failOn: 'error',
    now: Date.parse('2026-03-14T12:00:00Z'),
    ...extra
  }
}

async function recordRun(
  run: number,
  extra: Partial<SpcHistoryRequest> = {}
): Promise<SpcReport<PointLabel>> {
  const data = scenario.runs[run - 1]!
  const path = metricsFile(`run-${run}`, {
    rows: data.rows,
    late_rows: { count: data.late_rows, size: data.rows }
  })
  return spcCheck(request(run, [path], extra))
}

function chart(report: SpcReport<PointLabel>, name: string) {
  const found = report.charts.find((entry) => entry.name === name)
  if (found === undefined) throw new Error(`no chart ${name}`)
  return found
}

describe('30 runs with a shift from run 26 (oracle: scripts/oracles/spc-history.py)', () => {
  it('collects a baseline, stays in control for 25 runs, then flags every shifted run', async () => {
    const oracle = scenario.final.order_12_13!
    let report: SpcReport<PointLabel> | undefined
    for (let run = 1; run <= 30; run++) {
      report = await recordRun(run)
      const rows = chart(report, 'orders/rows')
      expect(report.record).toEqual({ key: `${runId(run)}-1`, outcome: 'created' })
      expect(rows.points).toBe(run)
      expect(rows.current).toEqual([run])
      if (run === 1) {
        expect(rows.status).toBe('collecting-baseline')
        expect(report.in_control).toBe(true)
        continue
      }
      const expectedRules = scenario.run_verdicts.order_12_13![String(run)] ?? []
      expect({
        run,
        rules: [...new Set(rows.current_violations.map((v) => v.rule))].sort()
      }).toEqual({
        run,
        rules: expectedRules
      })
      expect({ run, inControl: report.in_control }).toEqual({
        run,
        inControl: run < scenario.shift_from_run
      })
    }
    const rows = chart(report!, 'orders/rows')
    expect(rows.result!.center).toBeCloseTo(oracle.rows.center, 9)
    expect(rows.result!.sigma).toBeCloseTo(oracle.rows.sigma, 9)
    expect(rows.result!.panels[0]!.points[29]!.ucl).toBeCloseTo(oracle.rows.ucl as number, 9)
    expect(rows.rule_hits).toEqual(oracle.rows.rule_hits)
    // Point 5 violates in the final chart but was judged in control when it was recorded.
    expect(rows.rule_hits['we-1']).toContain(5)
    const late = chart(report!, 'orders/late_rows')
    expect(late.chart).toBe('p')
    expect(late.result!.center).toBeCloseTo(oracle.late_rows.center, 12)
    late.result!.panels[0]!.points.forEach((point, i) => {
      expect(point.ucl).toBeCloseTo((oracle.late_rows.ucl as number[])[i]!, 12)
      expect(point.lcl).toBeCloseTo((oracle.late_rows.lcl as number[])[i]!, 12)
    })
    expect(late.rule_hits).toEqual(oracle.late_rows.rule_hits)
    expect(late.result!.panels[0]!.points[29]!.metadata).toMatchObject({
      key: `${runId(30)}-1`,
      run: runId(30),
      attempt: 1,
      sha: 'abc123'
    })
    expect(report!.summary).toMatchObject({ charts: 2, out_of_control: 1 })
    expect(report!.damaged_records).toEqual([])
  })

  it('loses nothing when two runs record at the same time', async () => {
    for (let run = 1; run <= 11; run++) await recordRun(run)
    const [twelve, thirteen] = await Promise.all([recordRun(12), recordRun(13)])
    expect(twelve.record?.outcome).toBe('created')
    expect(thirteen.record?.outcome).toBe('created')
    expect(twelve.in_control && thirteen.in_control).toBe(true)
    for (let run = 14; run <= 30; run++) await recordRun(run)
    const final = await spcCheck(request(31, []))
    expect(final.record).toBeNull()
    const rows = chart(final, 'orders/rows')
    expect(rows.points).toBe(30)
    const order = rows.result!.panels[0]!.points.map(
      (point) => Number(point.metadata!.run) - 1000000000
    )
    const name = order[11] === 12 ? 'order_12_13' : 'order_13_12'
    const oracle = scenario.final[name]!
    expect(order).toEqual(oracle.order)
    expect(rows.result!.center).toBeCloseTo(oracle.rows.center, 9)
    expect(rows.result!.sigma).toBeCloseTo(oracle.rows.sigma, 9)
    expect(rows.rule_hits).toEqual(oracle.rows.rule_hits)
    expect(chart(final, 'orders/late_rows').rule_hits).toEqual(oracle.late_rows.rule_hits)
    // Read-only: the newest point (30, shifted) is judged.
    expect(final.in_control).toBe(false)
  })
})

describe('records: idempotent, immutable, one point per run', () => {
  it('writes the same record again as a no-op on a re-run of the same attempt', async () => {
    await recordRun(1)
    await recordRun(2)
    const again = await recordRun(2)
    expect(again.record).toEqual({ key: `${runId(2)}-1`, outcome: 'exists' })
    expect((await store.listRecords('spc-history.orders')).records).toHaveLength(2)
    expect(chart(again, 'orders/rows').points).toBe(2)
  })

  it('refuses other metrics under the same run and attempt', async () => {
    await recordRun(1)
    const other = metricsFile('other', { rows: 1 })
    await expect(spcCheck(request(1, [other]))).rejects.toThrow(ConflictError)
    await expect(spcCheck(request(1, [other]))).rejects.toThrow(
      /already recorded other metrics for series orders/
    )
  })

  it('charts a re-run attempt in place of the earlier attempt', async () => {
    for (let run = 1; run <= 3; run++) await recordRun(run)
    const path = metricsFile('retry', { rows: 10001, late_rows: { count: 200, size: 10001 } })
    const retry = await spcCheck(
      request(2, [path], {
        run: { id: runId(2), attempt: 2, sha: 'abc123', ref: '', event: 'schedule' }
      })
    )
    expect(retry.record?.key).toBe(`${runId(2)}-2`)
    expect(retry.superseded_records).toEqual([{ key: `${runId(2)}-1`, by: `${runId(2)}-2` }])
    const rows = chart(retry, 'orders/rows')
    expect(rows.points).toBe(3)
    expect(rows.current).toEqual([3])
    expect(rows.result!.panels[0]!.points.map((point) => point.value)).toEqual([
      scenario.runs[0]!.rows,
      scenario.runs[2]!.rows,
      10001
    ])
  })

  it('reports a corrupted record and charts the rest, leaving the record untouched', async () => {
    for (let run = 1; run <= 5; run++) await recordRun(run)
    const folder = join(store.root, 'records', 'spc-history.orders')
    const file = join(
      folder,
      readdirSync(folder).find((name) => name.startsWith(runId(3)))!
    )
    const bytes = readFileSync(file)
    const corrupted = Buffer.from(bytes)
    corrupted[corrupted.length - 5] = corrupted[corrupted.length - 5]! ^ 0x20
    writeFileSync(file, corrupted)
    const report = await recordRun(6)
    expect(report.damaged_records).toHaveLength(1)
    expect(report.damaged_records[0]!.key).toBe(`${runId(3)}-1`)
    expect(report.damaged_records[0]!.problem).toMatch(/sha-?256|digest|checksum|integrity/i)
    expect(report.warnings.join('\n')).toMatch(
      new RegExp(`history record ${runId(3)}-1 of series orders is damaged`)
    )
    expect(chart(report, 'orders/rows').points).toBe(5)
    expect(readFileSync(file).equals(corrupted)).toBe(true)
  })

  it('rejects a metric whose shape changed, naming the series, point and run', async () => {
    await recordRun(1)
    await recordRun(2)
    const changed = metricsFile('changed', {
      rows: { count: 3, size: 10 },
      late_rows: { count: 1, size: 10 }
    })
    const error = await spcCheck(request(3, [changed])).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).location.field).toBe('orders/rows')
    expect((error as InputError).detail).toMatch(
      new RegExp(
        `^point 1 \\(run ${runId(1)}-1\\) is a single value but this run's point is a proportion`
      )
    )
  })

  it('rejects series names a store cannot hold', async () => {
    await expect(spcCheck(request(1, [], { series: 'orders/eu' }))).rejects.toThrow(
      /series name "orders\/eu" is not allowed/
    )
  })
})

describe('assignable causes and settings', () => {
  interface OrangeJuice {
    samples: { D: number; size: number }[]
    published_qcc: { p_revised_excluding_15_23: { center: number; lcl: number; ucl: number } }
  }

  it('re-baselines without the runs marked as assignable causes (qcc orangejuice)', async () => {
    const data = JSON.parse(
      readFileSync(fixturePath('spc', 'qcc_orangejuice_p.json'), 'utf8')
    ) as OrangeJuice
    let report: SpcReport<PointLabel> | undefined
    const config = parseSpcConfig(
      parseYamlSource(
        `baseline: 30\nmetrics:\n  nonconforming:\n    exclude: ["${runId(15)}", "${runId(23)}-1"]\n`,
        'spc.yml'
      )
    )
    for (let run = 1; run <= 54; run++) {
      const sample = data.samples[run - 1]!
      const path = metricsFile(`oj-${run}`, {
        nonconforming: { count: sample.D, size: sample.size }
      })
      report = await spcCheck(request(run, [path], { series: 'juice', config }))
    }
    const p = chart(report!, 'juice/nonconforming')
    const published = data.published_qcc.p_revised_excluding_15_23
    expect(p.result!.baseline.excluded).toEqual([15, 23])
    expect(p.result!.center).toBeCloseTo(published.center, 7)
    expect(p.result!.panels[0]!.points[0]!.ucl).toBeCloseTo(published.ucl, 7)
    expect(p.result!.panels[0]!.points[0]!.lcl).toBeCloseTo(published.lcl, 7)
    expect(report!.warnings).toEqual([])
  })

  it('refuses to exclude a run after the baseline, naming it', async () => {
    for (let run = 1; run <= 4; run++) await recordRun(run)
    await expect(recordRun(5, { inputs: { baseline: 3, exclude: [runId(4)] } })).rejects.toThrow(
      new RegExp(`exclude lists run ${runId(4)}-1, which is point 4, after the baseline`)
    )
  })

  it('applies include, ignore and per-metric overrides', async () => {
    const config = parseSpcConfig(
      parseYamlSource(
        'rules: nelson\nmetrics:\n  late_rows: { ignore: true }\n  "r*": { chart: ewma, lambda: 0.1 }\n',
        'spc.yml'
      )
    )
    for (let run = 1; run <= 3; run++) await recordRun(run, { config })
    const report = await recordRun(4, { config })
    expect(report.charts.map((entry) => entry.name)).toEqual(['orders/rows'])
    expect(report.charts[0]!.result!.ewma).toEqual({ lambda: 0.1, limits: 'time-varying' })
    const included = await recordRun(5, { include: ['late_rows'], inputs: { rules: 'nelson' } })
    expect(included.charts.map((entry) => [entry.name, entry.chart])).toEqual([
      ['orders/late_rows', 'p']
    ])
    expect(included.charts[0]!.result!.rules).toContain('nelson-8')
  })
})

describe('metrics from validate-data', () => {
  it('records rows, null fractions, means, distinct counts and failed checks', async () => {
    const checksPath = dir.file(
      'checks.yml',
      'columns:\n  age: { between: [18, 65] }\n  country: { in_set: [US, DE], severity: warn }\n'
    )
    const { report, profile } = await validateData({
      data: [fixturePath('data', 'customers.csv')],
      checksPath,
      format: 'auto',
      failOn: 'error',
      threads: 1,
      now: Date.parse('2026-03-14T12:00:00Z')
    })
    const reportPath = metricsFile('report', report)
    const profilePath = metricsFile('profile', profile)
    await spcCheck(request(1, [reportPath, profilePath]))
    const second = await spcCheck(request(2, [profilePath, reportPath]))
    const names = second.charts.map((entry) => entry.metric)
    expect(names).toEqual(
      expect.arrayContaining([
        'rows',
        'failed_checks',
        'warned_checks',
        'age.mean',
        'age.null_fraction',
        'country.distinct',
        'columns.age.between.unexpected'
      ])
    )
    const age = profile.columns.find((column) => column.name === 'age')!
    const mean = chart(second, 'orders/age.mean').result!.panels[0]!.points
    expect(mean.map((point) => point.value)).toEqual([age.mean, age.mean])
    const nulls = chart(second, 'orders/age.null_fraction')
    expect(nulls.chart).toBe('p')
    expect(nulls.result!.panels[0]!.points[0]!.size).toBe(profile.rows)
    expect(chart(second, 'orders/failed_checks').chart).toBe('c')
    expect(chart(second, 'orders/rows').result!.panels[0]!.points[1]!.value).toBe(profile.rows)
  })
})
