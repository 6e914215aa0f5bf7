import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { LocalStore } from '../../../shared/adapters/local-store.js'
import { spcCheck } from '../../../shared/operations/spc-check.js'
import { EMPTY_SPC_SETTINGS } from '../../../shared/spc-history/metric-settings.js'
import type { MetricSettings } from '../../../shared/spc-history/metric-settings.js'
import { repoRoot } from '../../helpers/paths.js'
import { makeTempDir, type TempDir } from '../../helpers/temp-dir.js'

/** Real reports of every shape validate against shared/report/schemas/spc-report.schema.json. */

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv
const schema = JSON.parse(
  readFileSync(join(repoRoot, 'shared/report/schemas/spc-report.schema.json'), 'utf8')
) as object
const validate = addFormats(new Ajv({ allErrors: true, allowUnionTypes: true })).compile(schema)
const NOW = Date.parse('2026-03-14T12:00:00Z')

let dir: TempDir
beforeAll(() => {
  dir = makeTempDir()
})
afterAll(() => dir.remove())

function check(report: unknown): void {
  const roundTripped = JSON.parse(JSON.stringify(report)) as unknown
  expect(validate(roundTripped) ? [] : validate.errors).toEqual([])
}

describe('spc-check report JSON Schema', () => {
  it.each([
    ['imr', 'value\n1\n2\n3\n2.5\n1.5\n', {}],
    ['xbar-s', 'subgroup,value\na,1\na,2\nb,2\nb,3\nc,1\nc,1.5\n', { chart: 'xbar-s' }],
    ['ewma', 'value\n1\n2\n3\n2.5\n1.5\n', { chart: 'ewma', lambda: 0.3 }],
    ['cusum', 'value\n1\n2\n3\n2.5\n9\n', { chart: 'cusum', h: 2 }],
    ['u', 'count,exposure\n3,1.5\n2,1\n4,2\n', {}]
  ] as [string, string, MetricSettings][])(
    'accepts a stateless %s report',
    async (name, csv, inputs) => {
      const valuesPath = dir.file(`${name}.csv`, csv)
      check(
        await spcCheck({
          mode: 'values',
          valuesPath,
          config: EMPTY_SPC_SETTINGS,
          inputs,
          failOn: 'error',
          now: NOW
        })
      )
    }
  )

  it('accepts a history report with a collecting chart, a damaged and a superseded record', async () => {
    const store = new LocalStore(join(dir.path, 'store'))
    const run = (id: string, attempt: number, metrics: unknown) =>
      spcCheck({
        mode: 'history',
        series: 's',
        metricsPaths: [dir.file(`m-${id}-${attempt}.json`, JSON.stringify(metrics))],
        store,
        run: { id, attempt, sha: '', ref: '', event: '' },
        config: EMPTY_SPC_SETTINGS,
        inputs: {},
        failOn: 'warn',
        now: NOW
      })
    await run('1', 1, { a: 1 })
    await run('2', 1, { a: 2 })
    await run('2', 2, { a: 2.5 })
    await store.appendRecord('spc-history.s', 'broken-1', new TextEncoder().encode('not json'))
    const report = await run('3', 1, { a: 3, b: { count: 1 } })
    expect(report.damaged_records.map((entry) => entry.key)).toEqual(['broken-1'])
    expect(report.superseded_records).toHaveLength(1)
    expect(report.charts.map((chart) => chart.status)).toContain('collecting-baseline')
    check(report)
  })
})
