import { afterAll, describe, expect, it } from '@jest/globals'
import { copyFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DriftReport } from '../../../shared/drift-report/drift-report.js'
import { main } from '../../../shared/cli/main.js'
import { fixturePath } from '../../helpers/paths.js'
import { makeTempDir } from '../../helpers/temp-dir.js'

/**
 * `tollgate drift --shard k/n` and `tollgate drift --merge`: partials of the current data, merged
 * into the report one run over all of it gives (the design documented in actions/drift-check).
 */

const dir = makeTempDir('tollgate-drift-shard-cli-')
afterAll(() => dir.remove())

async function cli(...argv: string[]): Promise<{ code: number; out: string[]; err: string }> {
  const out: string[] = []
  const err: string[] = []
  const code = await main(['drift', ...argv], {
    out: (line) => out.push(line),
    err: (line) => err.push(line)
  })
  return { code, out, err: err.join('\n') }
}

const reference = fixturePath('drift-check', 'small-reference.csv')
const current = fixturePath('drift-check', 'small-current.csv')

function reportOf(name: string): DriftReport {
  const report = JSON.parse(readFileSync(join(dir.path, name), 'utf8')) as DriftReport
  return { ...report, generated_at: '', current: { ...report.current, source: '' } }
}

describe('tollgate drift --shard / --merge', () => {
  it('writes partials of the current data and merges them into the single-run report', async () => {
    for (let k = 1; k <= 3; k++) {
      const shard = await cli(
        '--current',
        current,
        '--shard',
        `${k}/3`,
        '--report-path',
        join(dir.path, 'parts', `part-${k}.json`),
        '--threads',
        '1'
      )
      expect(shard.err).toBe('')
      expect(shard.code).toBe(0)
      expect(shard.out[0]).toMatch(
        new RegExp(`^shard ${k}/3: [\\d,]+ rows from .*small-current\\.csv bytes \\d+–\\d+$`)
      )
      expect(shard.out[1]).toContain('tollgate drift --merge --reference REF --current')
    }
    const merged = await cli(
      '--merge',
      '--reference',
      reference,
      '--current',
      join(dir.path, 'parts', 'part-*.json'),
      '--report-path',
      join(dir.path, 'merged.json')
    )
    const single = await cli(
      '--reference',
      reference,
      '--current',
      current,
      '--report-path',
      join(dir.path, 'single.json'),
      '--threads',
      '1'
    )
    expect(merged.err).toBe('')
    expect(single.code).toBe(1)
    expect(merged.code).toBe(1)
    expect(merged.out.slice(0, -1)).toEqual(single.out.slice(0, -1))
    expect(reportOf('merged.json')).toEqual(reportOf('single.json'))
  })

  it('exits 2 naming a missing or a duplicate shard, or the wrong kind of partial', async () => {
    const part = (k: number) => join(dir.path, 'parts', `part-${k}.json`)
    const missing = await cli(
      '--merge',
      '--reference',
      reference,
      '--current',
      `${part(1)},${part(3)}`
    )
    expect(missing.code).toBe(2)
    expect(missing.err).toMatch(/The shard set is incomplete: missing shard 2\/3 \(got 2 of 3\)/)

    const copy = join(dir.path, 'parts', 'again-1.json')
    copyFileSync(part(1), copy)
    const duplicate = await cli(
      '--merge',
      '--reference',
      reference,
      '--current',
      [part(1), part(2), part(3), copy].join(',')
    )
    expect(duplicate.code).toBe(2)
    expect(duplicate.err).toMatch(/Each shard must be merged exactly once: shard 1\/3 is in both/)

    const checks = dir.file('checks.yml', 'columns:\n  age: { not_null: true }\n')
    const validatePartial = join(dir.path, 'validate-part.json')
    const validate = await main(
      [
        'validate',
        '--data',
        current,
        '--checks',
        checks,
        '--shard',
        '1/1',
        '--report-path',
        validatePartial
      ],
      { out: () => undefined, err: () => undefined }
    )
    expect(validate).toBe(0)
    const wrongKind = await cli('--merge', '--reference', reference, '--current', validatePartial)
    expect(wrongKind.code).toBe(2)
    expect(wrongKind.err).toMatch(/not a drift-check shard partial/)

    const both = await cli('--current', current, '--shard', '1/2', '--merge')
    expect(both.code).toBe(2)
    expect(both.err).toMatch(/either --shard k\/n .* or --merge/)
    const noCurrent = await cli('--merge', '--reference', reference)
    expect(noCurrent.code).toBe(2)
    expect(noCurrent.err).toMatch(/Missing required option --current/)
  })
})
