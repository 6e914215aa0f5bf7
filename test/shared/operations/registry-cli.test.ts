import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { main } from '../../../shared/cli/main.js'
import { makeTempDir, type TempDir } from '../../helpers/temp-dir.js'
import { churnCsv } from './train-fixture-data.js'

/**
 * The registry's command line end to end, as DESIGN.md §1 names it: train, register twice,
 * assign, history, list, get — against a local store, with the documented exit codes.
 */
let dir: TempDir
let store: string
const savedRunId = process.env.GITHUB_RUN_ID

beforeAll(() => {
  dir = makeTempDir()
  store = join(dir.path, 'registry')
  dir.file('churn.csv', churnCsv(300, 5))
  // The CLI records a workflow run only inside Actions; these tests are laptop runs.
  delete process.env.GITHUB_RUN_ID
})
afterAll(() => {
  if (savedRunId !== undefined) process.env.GITHUB_RUN_ID = savedRunId
  dir.remove()
})

async function tollgate(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = []
  const err: string[] = []
  const code = await main(argv, { out: (line) => out.push(line), err: (line) => err.push(line) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

describe('tollgate train | register | assign | history | list | get', () => {
  it('runs the registry lifecycle on a local store', async () => {
    const model = join(dir.path, 'model')
    const trained = await tollgate(
      'train',
      '--data',
      join(dir.path, 'churn.csv'),
      '--target',
      'churned',
      '--model',
      'logistic-regression',
      '--output',
      model,
      '--params',
      'C: 2',
      '--report-path',
      join(dir.path, 'train.json')
    )
    expect(trained.err).toBe('')
    expect(trained.code).toBe(0)
    expect(trained.out).toMatch(
      /trained logistic-regression \(binary\) on 300 rows, target churned/
    )
    expect(trained.out).toMatch(/validation metrics:\n {2}accuracy/)
    const trainReport = JSON.parse(readFileSync(join(dir.path, 'train.json'), 'utf8')) as {
      params: { C: number }
    }
    expect(trainReport.params.C).toBe(2)

    const reportPath = join(dir.path, 'register.json')
    const first = await tollgate(
      'register',
      '--name',
      'churn',
      '--model-path',
      model,
      '--store',
      store,
      '--report-path',
      reportPath
    )
    expect(first.code).toBe(0)
    expect(first.out).toMatch(/registered churn@v0.0.1 \(6 files\)/)
    expect((JSON.parse(readFileSync(reportPath, 'utf8')) as { version: string }).version).toBe(
      'v0.0.1'
    )
    const second = await tollgate(
      'register',
      '--name',
      'churn',
      '--model-path',
      model,
      '--store',
      store,
      '--report-path',
      reportPath
    )
    expect(second.out).toMatch(/version: v0.0.2/)
    expect((JSON.parse(readFileSync(reportPath, 'utf8')) as { version: string }).version).toBe(
      'v0.0.2'
    )

    const assigned = await tollgate(
      'assign',
      'churn@v0.0.2',
      '--stage',
      'staging',
      '--store',
      store,
      '--reason',
      'best AUC'
    )
    expect(assigned.out).toBe('assigned churn v0.0.2 to staging (churn#staging#1)')
    const promoted = await tollgate(
      'assign',
      'churn@staging',
      '--stage',
      'production',
      '--store',
      store
    )
    expect(promoted.out).toBe('assigned churn v0.0.2 to production (churn#production#2)')
    const byName = await tollgate(
      'assign',
      '--name',
      'churn',
      '--version',
      'v0.0.1',
      '--stage',
      'staging',
      '--store',
      store
    )
    expect(byName.out).toBe('assigned churn v0.0.1 to staging (churn#staging#3)')
    const again = await tollgate('assign', 'churn@v0.0.1', '--stage', 'staging', '--store', store)
    expect(again.out).toMatch(/already in staging \(churn#staging#3\); nothing written/)

    const history = await tollgate(
      'history',
      'churn',
      '--store',
      store,
      '--report-path',
      join(dir.path, 'history.json')
    )
    expect(history.code).toBe(0)
    const lines = history.out.split('\n')
    expect(lines.filter((line) => /register v0\.0\.[12]/.test(line))).toHaveLength(2)
    expect(history.out).toMatch(/assign staging -> v0.0.2 +churn#staging#1 by \S+ — best AUC/)
    expect(history.out).toMatch(/current staging: v0.0.1\ncurrent production: v0.0.2/)
    const historyReport = JSON.parse(readFileSync(join(dir.path, 'history.json'), 'utf8')) as {
      entries: { action: string; tag: string }[]
    }
    expect(historyReport.entries.map((entry) => entry.tag)).toEqual([
      'churn@v0.0.1',
      'churn@v0.0.2',
      'churn#staging#1',
      'churn#production#2',
      'churn#staging#3'
    ])
    const stagingOnly = await tollgate('history', 'churn', '--stage', 'staging', '--store', store)
    expect(stagingOnly.out.split('\n').filter((line) => line.includes('#staging#'))).toHaveLength(2)
    expect(stagingOnly.out).not.toContain('production#2')

    const models = await tollgate('list', '--store', store)
    expect(models.out).toMatch(/^churn +v0.0.2 +2 version\(s\), staging=v0.0.1 production=v0.0.2$/)
    const versions = await tollgate('list', 'churn', '--store', store)
    expect(versions.out).toMatch(
      /churn@v0.0.1 +complete +\S+ \[staging\]\nchurn@v0.0.2 +complete +\S+ \[production\]/
    )

    const output = join(dir.path, 'prod-model')
    const got = await tollgate('get', 'churn@production', '--output', output, '--store', store)
    expect(got.code).toBe(0)
    expect(got.out).toMatch(/churn@v0.0.2 \(stage production\): 6 files verified and written to/)
    expect(
      readFileSync(join(output, 'model.json')).equals(readFileSync(join(model, 'model.json')))
    ).toBe(true)
  })

  it('exits 2 with one sentence on usage and input errors', async () => {
    const missing = await tollgate(
      'get',
      'nobody@latest',
      '--output',
      join(dir.path, 'x'),
      '--store',
      store
    )
    expect(missing.code).toBe(2)
    expect(missing.err).toMatch(/^tollgate get: Model nobody has no versions in directory /)
    const noArgument = await tollgate('get', '--output', join(dir.path, 'x'), '--store', store)
    expect(noArgument.code).toBe(2)
    expect(noArgument.err).toMatch(/Expected one model reference/)
    const both = await tollgate(
      'assign',
      'churn@v0.0.1',
      '--name',
      'churn',
      '--stage',
      'x',
      '--store',
      store
    )
    expect(both.err).toMatch(/either MODEL@VERSION or --name and --version, not both/)
    const badTarget = await tollgate(
      'train',
      '--data',
      join(dir.path, 'churn.csv'),
      '--target',
      'nope',
      '--output',
      join(dir.path, 'm2')
    )
    expect(badTarget.code).toBe(2)
    expect(badTarget.err).toMatch(/no target column of that name/)
    const badParams = await tollgate(
      'train',
      '--data',
      join(dir.path, 'churn.csv'),
      '--target',
      'churned',
      '--output',
      join(dir.path, 'm3'),
      '--params',
      '[1, 2]'
    )
    expect(badParams.err).toMatch(/option --params must be a mapping of parameter names to values/)
  })

  it('lists the commands in --help', async () => {
    const help = await tollgate('--help')
    for (const name of ['train', 'register', 'assign', 'history', 'list', 'get']) {
      expect(help.out).toMatch(new RegExp(`^ {2}${name} +\\S`, 'm'))
    }
    expect(help.out).not.toMatch(/planned: .*(train|register|get)/)
  })
})
