import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { LocalStore } from '../../../shared/adapters/local-store.js'
import type { DriftReport } from '../../../shared/drift-report/drift-report.js'
import { main } from '../../../shared/cli/main.js'
import { historySeriesName } from '../../../shared/spc-history/series-naming.js'
import { fixturePath } from '../../helpers/paths.js'
import { makeTempDir, type TempDir } from '../../helpers/temp-dir.js'

/** `tollgate drift`: the same operation as the action, with the CLI's exit codes. */

let dir: TempDir
beforeAll(() => {
  dir = makeTempDir('tollgate-drift-cli-')
})
afterAll(() => dir.remove())

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = []
  const err: string[] = []
  const code = await main(['drift', ...args], {
    out: (line) => out.push(line),
    err: (line) => err.push(line)
  })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

const small = (name: string): string => fixturePath('drift-check', `small-${name}.csv`)

describe('tollgate drift', () => {
  it('exits 1 on drift, prints one line per column and writes the report', async () => {
    const reportPath = join(dir.path, 'drift.json')
    const result = await cli([
      '--reference',
      small('reference'),
      '--current',
      small('current'),
      '--report-path',
      reportPath,
      '--threads',
      '1'
    ])
    expect(result.err).toBe('')
    expect(result.code).toBe(1)
    expect(result.out).toMatch(/^DRIFT {2}"age" ks: 7\.17e-13 \(drift when <= 0\.05\)$/m)
    expect(result.out).toMatch(/^ok {5}"income" ks: 0\.7626 \(drift when <= 0\.05\)$/m)
    expect(result.out).toMatch(/^SCHEMA "zip": the type changed from integer to string$/m)
    expect(result.out).toMatch(/^ERROR {2}"bonus": all values are missing in the current data$/m)
    expect(result.out).toContain(
      'DRIFT DETECTED for small-reference: 4 of 6 tested columns drifted (share 0.6667, dataset drift at ≥ 0.5); 3 schema change(s)'
    )
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as DriftReport
    expect([...report.dataset.drifted].sort()).toEqual(
      ['age', 'channel <b>@ops|x</b>', 'prediction', 'segment'].sort()
    )
    expect(report.run).toBeUndefined()
  })

  it('exits 0 without drift; --method and --column-methods choose the tests', async () => {
    const result = await cli([
      '--reference',
      small('reference'),
      '--current',
      small('reference'),
      '--method',
      'psi',
      '--column-methods',
      'age=ks',
      '--threads',
      '1'
    ])
    expect(result.code).toBe(0)
    expect(result.out).toMatch(/^ok {5}"age" ks: 1 /m)
    expect(result.out).toMatch(/^ok {5}"prediction" psi: 0 /m)
    expect(result.out).toContain('no drift for small-reference: 0 of')
  })

  it('records history only when a store is given', async () => {
    const first = await cli([
      '--reference',
      small('reference'),
      '--current',
      small('current'),
      '--threads',
      '1'
    ])
    expect(first.out).not.toContain('history:')
    const store = join(dir.path, 'store')
    const result = await cli([
      '--reference',
      small('reference'),
      '--current',
      small('current'),
      '--store',
      store,
      '--threads',
      '1'
    ])
    expect(result.out).toMatch(
      /^history: recorded as local-\d{8}T\d{6}Z-1 in series drift-small-reference$/m
    )
    const listing = await new LocalStore(store).listRecords(
      historySeriesName('drift-small-reference')
    )
    expect(listing.records).toHaveLength(1)
  })

  it('exits 2 with a clear message on bad input', async () => {
    const missing = await cli([
      '--reference',
      join(dir.path, 'none.csv'),
      '--current',
      small('current')
    ])
    expect(missing.code).toBe(2)
    expect(missing.err).toMatch(/none\.csv: no such file/)
    const usage = await cli([
      '--reference',
      small('reference'),
      '--current',
      small('current'),
      '--threshold',
      '0.1'
    ])
    expect(usage.code).toBe(2)
    expect(usage.err).toMatch(/threshold for all columns needs a method/)
    const noCurrent = await cli(['--reference', small('reference')])
    expect(noCurrent.code).toBe(2)
    expect(noCurrent.err).toMatch(/current/)
  })
})
