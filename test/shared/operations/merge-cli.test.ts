import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { main } from '../../../shared/cli/main.js'
import { makeTempDir } from '../../helpers/temp-dir.js'

const dir = makeTempDir()
afterAll(() => {
  dir.remove()
})

async function cli(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = []
  const err: string[] = []
  const code = await main(argv, { out: (line) => out.push(line), err: (line) => err.push(line) })
  return { code, out, err }
}

describe('tollgate validate --shard and tollgate merge', () => {
  const rows = Array.from({ length: 3000 }, (_, i) => `${i % 2900},${i % 13 === 0 ? '' : i % 101}`)
  const data = dir.file('data.csv', `id,x\n${rows.join('\n')}\n`)
  const checks = dir.file(
    'checks.yml',
    'columns:\n  id: { unique: true }\n  x: { between: [0, 99], not_null: true, median: { min: 0 } }\n'
  )

  it('writes partials and merges them into the single-run report (exit 1: checks fail)', async () => {
    const parts: string[] = []
    for (let k = 1; k <= 3; k++) {
      const path = join(dir.path, `part-${k}.json`)
      const run = await cli(
        'validate',
        '--data',
        data,
        '--checks',
        checks,
        '--shard',
        `${k}/3`,
        '--report-path',
        path,
        '--threads',
        '1'
      )
      expect(run.code).toBe(0)
      expect(run.out[0]).toMatch(
        new RegExp(`^shard ${k}/3: [\\d,]+ rows from .*data\\.csv bytes \\d+–\\d+$`)
      )
      parts.push(path)
    }
    const merged = await cli(
      'merge',
      ...parts,
      '--checks',
      checks,
      '--report-path',
      join(dir.path, 'merged.json'),
      '--profile-path',
      join(dir.path, 'profile.json')
    )
    const single = await cli(
      'validate',
      '--data',
      data,
      '--checks',
      checks,
      '--report-path',
      join(dir.path, 'single.json'),
      '--threads',
      '1'
    )
    expect(merged.code).toBe(1)
    expect(single.code).toBe(1)
    expect(merged.out.slice(1, -2)).toEqual(single.out.slice(0, -1))
    const report = (name: string): unknown => {
      const value = JSON.parse(readFileSync(join(dir.path, name), 'utf8')) as {
        generated_at?: string
      }
      delete value.generated_at
      return value
    }
    expect(report('merged.json')).toEqual(report('single.json'))
  })

  it('exit 2 with the missing shard named', async () => {
    const path = join(dir.path, 'lonely.json')
    expect(
      (
        await cli(
          'validate',
          '--data',
          data,
          '--checks',
          checks,
          '--shard',
          '1/2',
          '--report-path',
          path
        )
      ).code
    ).toBe(0)
    const merged = await cli('merge', path, '--checks', checks)
    expect(merged.code).toBe(2)
    expect(merged.err.join('\n')).toMatch(/missing shard 2\/2/)
    expect(
      (await cli('validate', '--data', data, '--checks', checks, '--shard', '3/2')).err.join('\n')
    ).toMatch(/option --shard: the shard number must be from 1 to 2/)
    expect((await cli('merge', '--checks', checks)).code).toBe(2)
  })
})
