import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fixturePath, repoRoot } from '../helpers/paths.js'
import { makeTempDir } from '../helpers/temp-dir.js'

const dir = makeTempDir('tollgate-cli-')
afterAll(() => {
  dir.remove()
})

/** The installed `tollgate` command: the committed bundle's CLI entry in a child process. */
function tollgate(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(
    process.execPath,
    [join(repoRoot, 'actions/dist/tollgate.js'), ...args],
    {
      cwd: dir.path,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, TOLLGATE_NOW: '2026-11-24T00:00:00Z' }
    }
  )
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('tollgate validate (exit codes 0 pass, 1 failed check, 2 bad input)', () => {
  const data = fixturePath('data', 'customers.csv')

  it('exits 0 when every check passes and writes the report', () => {
    const checks = dir.file('ok.yml', 'columns:\n  id: { unique: true }\n')
    const result = tollgate(
      'validate',
      '--data',
      data,
      '--checks',
      checks,
      '--report-path',
      'out/report.json'
    )
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^PASS {2}id\.unique: All 8 values meet/m)
    const report = JSON.parse(readFileSync(join(dir.path, 'out/report.json'), 'utf8')) as {
      passed: boolean
    }
    expect(report.passed).toBe(true)
  })

  it('exits 1 when a check fails and lists failing rows', () => {
    const checks = dir.file('fail.yml', 'columns:\n  age: { between: [18, 60] }\n')
    const result = tollgate('validate', '--data', data, '--checks', checks)
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('row 5: "17"')
  })

  it('exits 2 on usage errors and bad input, with the reason on stderr', () => {
    const checks = dir.file('plain.yml', 'columns:\n  id: { not_null: true }\n')
    expect(tollgate('validate', '--checks', checks)).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('No data files were given')
    })
    expect(tollgate('validate', '--data', data)).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('Missing required option --checks')
    })
    expect(tollgate('validate', '--data', data, '--chekcs', 'x.yml')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('Did you mean --checks?')
    })
    const typo = dir.file('typo.yml', 'columns:\n  age: { beteen: [1, 2] }\n')
    expect(tollgate('validate', '--data', data, '--checks', typo)).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/typo\.yml:2:10: columns\.age\.beteen: unknown check/)
    })
    expect(tollgate('nonsense')).toMatchObject({ status: 2 })
  })

  it('prints help', () => {
    const result = tollgate('validate', '--help')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('--fail-on')
    expect(result.stdout).not.toContain('--token')
  })
})
