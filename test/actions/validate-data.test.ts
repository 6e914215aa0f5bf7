import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js'
import { pullRequestEvent } from '../harness/event-fixtures.js'
import {
  expectRunEvent,
  startFakeOpenLineage,
  type FakeOpenLineage
} from '../harness/fake-openlineage.js'
import { removeRunDirectories, runAction } from '../harness/run-action.js'
import { makeTempDir, type TempDir } from '../helpers/temp-dir.js'
import { fixturePath } from '../helpers/paths.js'

/**
 * validate-data as GitHub runs it: the committed bundle in a child process, inputs as INPUT_*,
 * outputs and summary through the runner's files, the PR comment through the fake GitHub API.
 */
let gh: FakeGitHub
let workspace: TempDir
let lineage: FakeOpenLineage

const CHECKS = `table:
  row_count: { min: 5 }
columns:
  id: { unique: true, not_null: true }
  age: { between: { min: 18, max: 65 } }
  country: { in_set: [US, DE, FR], severity: warn }
  email: { regex: '[^@]+@[^@]+\\.[a-z]+' }
`

beforeAll(async () => {
  gh = await startFakeGitHub()
  lineage = await startFakeOpenLineage()
  workspace = makeTempDir('tollgate-validate-e2e-')
  mkdirSync(join(workspace.path, 'data'))
  writeFileSync(
    join(workspace.path, 'data', 'customers.csv'),
    readFileSync(fixturePath('data', 'customers.csv'))
  )
  workspace.file('checks.yml', CHECKS)
})
afterEach(() => {
  expect(gh.contractViolations).toEqual([])
})
afterAll(async () => {
  await gh.close()
  await lineage.close()
  workspace.remove()
  removeRunDirectories()
})

describe('validate-data bundle on a pull request', () => {
  it('fails on failed checks, writes outputs, summary, annotations and one sticky PR comment', async () => {
    const repo = gh.repository()
    const pr = repo.issues.addPullRequest({
      title: 'New customers',
      user: 'alice',
      headRef: 'data/new'
    })
    const run = (): ReturnType<typeof runAction> =>
      runAction({
        action: 'validate-data',
        inputs: { data: 'data/*.csv', checks: 'checks.yml' },
        event: pullRequestEvent({
          number: pr.number,
          headRef: 'data/new',
          headSha: pr.pull?.headSha
        }),
        sha: pr.pull?.headSha,
        cwd: workspace.path,
        githubApiUrl: gh.url,
        token: gh.tokenFor('github-actions[bot]')
      })
    const result = await run()
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(1)
    expect(result.conclusion).toBe('failure')
    expect(result.outputs).toMatchObject({
      passed: 'false',
      'failed-checks': '1',
      warnings: '1',
      rows: '8'
    })
    const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8')) as {
      results: { id: string; status: string }[]
    }
    expect(report.results.find((r) => r.id === 'columns.age.between')?.status).toBe('fail')
    const profile = JSON.parse(readFileSync(result.outputs.profile!, 'utf8')) as {
      format: string
      rows: number
    }
    expect(profile).toMatchObject({ format: 'tollgate-profile', rows: 8 })

    // Annotations point at the checks file line that declared the failing check.
    const age = result.annotations.find(
      (a) => a.level === 'error' && a.message.includes('columns.age.between')
    )
    expect(age).toMatchObject({ file: 'checks.yml', line: 5 })
    expect(
      result.annotations.some(
        (a) => a.level === 'warning' && a.message.includes('columns.country.in_set')
      )
    ).toBe(true)
    expect(
      result.annotations.some(
        (a) => a.level === 'error' && a.message.startsWith('validate-data: 1 check(s) failed')
      )
    ).toBe(true)

    // The summary names the failures and escapes values from the data.
    expect(result.summary).toContain('### Tollgate validate-data: ❌ failed')
    expect(result.summary).toContain('row 5: `17`')
    expect(result.summary).toContain('```mermaid')

    // One comment, updated in place on the next push.
    const comments = (): { body: string }[] => repo.issues.commentsOn(pr.number)
    expect(comments()).toHaveLength(1)
    expect(comments()[0]!.body).toContain('<!-- tollgate:validate-data -->')
    const again = await run()
    expect(again.exitCode).toBe(1)
    expect(comments()).toHaveLength(1)
  })

  it('passes with fail-on never and reports bad input as a failed step naming the file and line', async () => {
    const passing = await runAction({
      action: 'validate-data',
      inputs: {
        data: 'data/customers.csv',
        checks: 'checks.yml',
        'fail-on': 'never',
        comment: 'false'
      },
      cwd: workspace.path,
      githubApiUrl: gh.url
    })
    expect(passing.exitCode).toBe(0)
    expect(passing.outputs.passed).toBe('true')

    workspace.file('bad.csv', 'id,age\n1,30\n2\n')
    const bad = await runAction({
      action: 'validate-data',
      inputs: { data: 'bad.csv', checks: 'checks.yml', comment: 'false' },
      cwd: workspace.path,
      githubApiUrl: gh.url
    })
    expect(bad.exitCode).toBe(1)
    const failure = bad.annotations.find(
      (a) => a.level === 'error' && a.message.startsWith('validate-data failed')
    )
    expect(failure?.message).toMatch(
      /checks\.yml:6:3: column "country" is not in the data \(bad\.csv has: id, age\)/
    )

    workspace.file('typo.yml', 'columns:\n  id:\n    beteen: [1, 2]\n')
    const typo = await runAction({
      action: 'validate-data',
      inputs: { data: 'data/customers.csv', checks: 'typo.yml', comment: 'false' },
      cwd: workspace.path,
      githubApiUrl: gh.url
    })
    expect(typo.exitCode).toBe(1)
    expect(typo.annotations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          level: 'error',
          file: 'typo.yml',
          line: 3,
          message: expect.stringContaining('did you mean "between"')
        })
      ])
    )
  })
})

describe('validate-data bundle with lineage-url', () => {
  it('POSTs the run event, failed checks included, with the API key, and still fails on the checks', async () => {
    lineage.received.length = 0
    lineage.answerWith(201)
    const result = await runAction({
      action: 'validate-data',
      inputs: {
        data: 'data/customers.csv',
        checks: 'checks.yml',
        comment: 'false',
        'html-report': 'false',
        'lineage-url': lineage.url
      },
      env: { OPENLINEAGE_API_KEY: 'ol-key-validate' },
      cwd: workspace.path,
      githubApiUrl: gh.url
    })
    expect(result.stderr).toBe('')
    // The checks fail (age out of range); lineage is sent all the same and fails nothing itself.
    expect(result.exitCode).toBe(1)
    expect(result.outputs.passed).toBe('false')
    expect(lineage.received).toHaveLength(1)
    const [request] = lineage.received
    expect(request).toMatchObject({
      method: 'POST',
      path: '/api/v1/lineage',
      headers: { authorization: 'Bearer ol-key-validate', 'content-type': 'application/json' }
    })
    expectRunEvent(request!.body, { eventTypes: ['COMPLETE'], action: 'validate-data' })
    const event = request!.body as {
      inputs: {
        name: string
        facets: Record<string, { sha256?: string; fields?: { name: string }[] }>
        inputFacets: Record<string, { rowCount?: number; assertions?: { success: boolean }[] }>
      }[]
      outputs: { name: string }[]
    }
    const data = readFileSync(join(workspace.path, 'data', 'customers.csv'))
    expect(event.inputs).toHaveLength(1)
    expect(event.inputs[0]).toMatchObject({
      name: 'data/customers.csv',
      facets: { tollgate_digest: { sha256: createHash('sha256').update(data).digest('hex') } }
    })
    expect(event.inputs[0]!.facets.schema?.fields?.map((field) => field.name)).toEqual(
      expect.arrayContaining(['id', 'age', 'country', 'email'])
    )
    expect(event.inputs[0]!.inputFacets.dataQualityMetrics?.rowCount).toBe(8)
    expect(
      event.inputs[0]!.inputFacets.dataQualityAssertions?.assertions?.some((a) => !a.success)
    ).toBe(true)
    // The profile and report it wrote are the outputs, so a later spc-check links to this run.
    expect(event.outputs.map((output) => output.name).sort()).toEqual(
      [result.outputs.profile, result.outputs.report].sort()
    )
    // The key is masked before anything could print it.
    expect(result.commands).toContainEqual(
      expect.objectContaining({ command: 'add-mask', message: 'ol-key-validate' })
    )
    expect(result.stdout).toContain(
      `Lineage: 1 OpenLineage event(s) sent to ${lineage.url}/api/v1/lineage`
    )
  })

  it('turns a backend answering 500 into a warning; the step still succeeds', async () => {
    lineage.received.length = 0
    lineage.answerWith(500)
    try {
      const result = await runAction({
        action: 'validate-data',
        inputs: {
          data: 'data/customers.csv',
          checks: 'checks.yml',
          'fail-on': 'never',
          comment: 'false',
          'html-report': 'false',
          'lineage-url': lineage.url
        },
        cwd: workspace.path,
        githubApiUrl: gh.url
      })
      expect(result.stderr).toBe('')
      expect(result.exitCode).toBe(0)
      expect(result.conclusion).toBe('success')
      // A 5xx is retried (3 attempts), then given up with a warning.
      expect(lineage.events()).toHaveLength(3)
      expect(lineage.received[0]!.headers.authorization).toBeUndefined()
      expect(result.stdout).toMatch(/^::warning title=validate-data%3A lineage not delivered::/m)
      expect(result.annotations).toContainEqual(
        expect.objectContaining({
          level: 'warning',
          message: expect.stringContaining('the backend answered 500')
        })
      )
    } finally {
      lineage.answerWith(201)
    }
  })
})
