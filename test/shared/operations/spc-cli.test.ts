import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { main } from '../../../shared/cli/main.js'
import type { CommandOutput } from '../../../shared/cli/command.js'
import type { SpcReport } from '../../../shared/report/spc-report.js'
import { makeTempDir, type TempDir } from '../../helpers/temp-dir.js'

/** `tollgate spc`: the DESIGN.md §1 contract (stateless and --series/--store), exit codes 0/1/2. */

let dir: TempDir
let cwd: string
let env: NodeJS.ProcessEnv

beforeEach(() => {
  dir = makeTempDir()
  cwd = process.cwd()
  env = { ...process.env }
  process.chdir(dir.path)
  for (const name of [
    'GITHUB_RUN_ID',
    'GITHUB_RUN_ATTEMPT',
    'GITHUB_SHA',
    'GITHUB_REF',
    'TOLLGATE_NOW'
  ]) {
    delete process.env[name]
  }
})
afterEach(() => {
  process.chdir(cwd)
  process.env = env
  dir.remove()
})

async function tollgate(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = []
  const err: string[] = []
  const output: CommandOutput = { out: (line) => out.push(line), err: (line) => err.push(line) }
  const code = await main(argv, output)
  return { code, out: out.join('\n'), err: err.join('\n') }
}

const STABLE = [10, 11, 9, 10, 10.4, 9.8, 10.2, 9.6, 10.1, 10.3, 9.9, 10]

describe('tollgate spc --values (stateless)', () => {
  it('charts the points, writes the report and exits 0 when the newest point is in control', async () => {
    dir.file('points.csv', `value\n${STABLE.join('\n')}\n`)
    const result = await tollgate(
      'spc',
      '--values',
      'points.csv',
      '--chart',
      'imr',
      '--baseline',
      '12',
      '--rules',
      'nelson',
      '--report-path',
      'r.json'
    )
    expect(result.code).toBe(0)
    expect(result.out).toMatch(
      /^OK {4}points \(imr, 12 points\): point 12 = 10, CL 10\.025, LCL 8\.284188, UCL 11\.76581$/m
    )
    expect(result.out).toMatch(/in control: 1 chart\(s\)/)
    const report = JSON.parse(readFileSync(join(dir.path, 'r.json'), 'utf8')) as SpcReport
    expect(report).toMatchObject({
      mode: 'values',
      series: 'points',
      in_control: true,
      passed: true,
      store: null
    })
    expect(report.charts[0]!.result!.rules).toEqual([
      'nelson-1',
      'nelson-2',
      'nelson-3',
      'nelson-4',
      'nelson-5',
      'nelson-6',
      'nelson-7',
      'nelson-8'
    ])
  })

  it('exits 1 when a rule fires on the newest point, and lists the rule hits', async () => {
    dir.file('points.csv', `value\n${[...STABLE, 30].join('\n')}\n`)
    const result = await tollgate('spc', '--values', 'points.csv', '--baseline', '12')
    expect(result.code).toBe(1)
    expect(result.out).toMatch(/^FAIL {2}points/m)
    expect(result.out).toMatch(/we-1: points 13/)
    expect(result.out).toMatch(/OUT OF CONTROL/)
  })

  it('passes the chart parameters through (CUSUM with k and h, EWMA with lambda and nsigmas)', async () => {
    dir.file('points.csv', `value\n${[...STABLE, 10.8, 10.9, 11, 10.9, 11.1].join('\n')}\n`)
    await tollgate(
      'spc',
      '--values',
      'points.csv',
      '--chart',
      'cusum',
      '--baseline',
      '12',
      '--target',
      '10',
      '--sigma',
      '0.4',
      '--k',
      '0.5',
      '--h',
      '4',
      '--report-path',
      'c.json'
    )
    const cusum = (JSON.parse(readFileSync(join(dir.path, 'c.json'), 'utf8')) as SpcReport)
      .charts[0]!.result!
    expect(cusum.cusum).toMatchObject({ k: 0.5, h: 4 })
    expect(cusum.center).toBe(10)
    expect(cusum.sigma).toBe(0.4)
    await tollgate(
      'spc',
      '--values',
      'points.csv',
      '--chart',
      'ewma',
      '--lambda',
      '0.1',
      '--nsigmas',
      '2.7',
      '--report-path',
      'e.json'
    )
    const ewma = (JSON.parse(readFileSync(join(dir.path, 'e.json'), 'utf8')) as SpcReport)
      .charts[0]!.result!
    expect(ewma).toMatchObject({ nsigmas: 2.7, ewma: { lambda: 0.1, limits: 'time-varying' } })
  })

  it('exits 2 with the file, row and column of a bad point', async () => {
    dir.file('points.csv', 'value\n1\ntwo\n3\n')
    const result = await tollgate('spc', '--values', 'points.csv')
    expect(result.code).toBe(2)
    expect(result.err).toMatch(
      /points\.csv \(row 2, column "value"\): expected a number, got "two"/
    )
  })

  it('exits 2 for unknown rules and for a store given with values', async () => {
    dir.file('points.csv', 'value\n1\n2\n3\n')
    const rules = await tollgate('spc', '--values', 'points.csv', '--rules', 'nelsen')
    expect(rules.code).toBe(2)
    expect(rules.err).toMatch(/unknown rule "nelsen" \(did you mean "nelson"\?\)/)
    const store = await tollgate('spc', '--values', 'points.csv', '--store', 'history')
    expect(store.code).toBe(2)
    expect(store.err).toMatch(/drop option --store/)
  })
})

describe('tollgate spc --series --store (history)', () => {
  it('records each run under --run-id, charts the history, and only reads without --metrics', async () => {
    for (let run = 1; run <= 12; run++) {
      dir.file(
        `m${run}.json`,
        JSON.stringify({ duration_s: STABLE[run - 1], bad_rows: { count: run % 3, size: 100 } })
      )
      const result = await tollgate(
        'spc',
        '--series',
        'nightly',
        '--metrics',
        `m${run}.json`,
        '--store',
        'history',
        '--run-id',
        `n${run}`
      )
      expect({ run, code: result.code }).toEqual({ run, code: 0 })
    }
    const read = await tollgate(
      'spc',
      '--series',
      'nightly',
      '--store',
      'history',
      '--report-path',
      'h.json'
    )
    expect(read.code).toBe(0)
    expect(read.out).toMatch(/nightly\/duration_s \(imr, 12 points\)/)
    expect(read.out).toMatch(/nightly\/bad_rows \(p, 12 points\)/)
    const report = JSON.parse(readFileSync(join(dir.path, 'h.json'), 'utf8')) as SpcReport
    expect(report.record).toBeNull()
    expect(report.store).toBe(`directory ${join(dir.path, 'history')}`)
  })

  it('defaults the store to .tollgate/ and the run id to a local timestamp', async () => {
    process.env.TOLLGATE_NOW = '2026-03-14T12:00:00Z'
    dir.file('m.json', JSON.stringify({ rows: 5 }))
    const result = await tollgate('spc', '--series', 'local', '--metrics', 'm.json')
    expect(result.code).toBe(0)
    expect(result.out).toMatch(/WAIT {2}local\/rows \(imr\): 1 point so far/)
    expect(result.out).toMatch(/Record local-20260314T120000Z-1 added/)
    const again = await tollgate('spc', '--series', 'local', '--metrics', 'm.json')
    expect(again.out).toMatch(/Record local-20260314T120000Z-1 already stored/)
  })
})
