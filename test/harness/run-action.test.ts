import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { githubEvent, pullRequestEvent } from './event-fixtures.js'
import { startFakeActionsRuntime } from './fake-actions-runtime.js'
import { startFakeGitHub } from './fake-github.js'
import { inputVariable, removeRunDirectories, runAction } from './run-action.js'

const writer = fileURLToPath(new URL('./command-writer.mjs', import.meta.url))

afterAll(removeRunDirectories)

describe('runAction with a real bundled action', () => {
  it('runs actions/dist/validate-data.js, which fails the step on a missing data file', async () => {
    const result = await runAction({
      action: 'validate-data',
      inputs: { data: 'missing.csv', checks: 'checks.yml', comment: 'false' },
      event: githubEvent('workflow_dispatch')
    })
    expect(result.exitCode).toBe(1)
    expect(result.conclusion).toBe('failure')
    expect(result.outputs).toEqual({})
    const errors = result.annotations.filter((annotation) => annotation.level === 'error')
    expect(errors.length).toBeGreaterThanOrEqual(1)
    expect(errors.at(-1)).toMatchObject({ level: 'error', stream: 'stdout' })
    expect(errors.at(-1)?.message).toMatch(/^validate-data failed: .*checks\.yml/)
    expect(result.runnerWarnings).toEqual([])
  })
})

describe('a spawned step against both fakes', () => {
  it('comments on the pull request through GITHUB_API_URL and uploads an artifact', async () => {
    const gh = await startFakeGitHub()
    const runtime = await startFakeActionsRuntime()
    try {
      const repository = gh.repository()
      const pr = repository.issues.addPullRequest({
        title: 'June extract',
        user: 'alice',
        headRef: 'data/june'
      })
      const result = await runAction({
        script: writer,
        inputs: { mode: 'github', token: gh.tokenFor('github-actions[bot]') },
        event: pullRequestEvent({
          number: pr.number,
          headRef: pr.pull?.headRef,
          headSha: pr.pull?.headSha,
          baseSha: pr.pull?.baseSha
        }),
        sha: pr.pull?.headSha,
        githubApiUrl: gh.url,
        runtime
      })
      expect(result.stderr).toBe('')
      expect(result.conclusion).toBe('success')
      const comment = repository.issues.comment(Number(result.outputs['comment-id']))
      expect(comment).toMatchObject({
        issueNumber: pr.number,
        userLogin: 'github-actions[bot]',
        body: `checks passed for ${pr.pull?.headSha}`
      })
      const [artifact] = runtime.artifacts()
      expect(artifact?.id).toBe(Number(result.outputs['artifact-id']))
      expect(artifact?.files.get('report.txt')?.toString()).toBe('report')
      expect(gh.contractViolations).toEqual([])
    } finally {
      await gh.close()
      await runtime.close()
    }
  })
})

describe('runAction as the runner', () => {
  it('gives the step the runner environment, inputs and event, and parses what it writes', async () => {
    // (the fixture action's inputs: name, version, environment, token)
    expect(process.env.NODE_OPTIONS).toContain('--experimental-vm-modules') // jest has it...
    const result = await runAction({
      actionDir: fileURLToPath(new URL('../fixtures/actions/example-step', import.meta.url)), // its action.yml supplies the input defaults
      script: writer,
      inputs: { name: 'churn', 'dry-run': true, version: 3, mode: 'core' },
      token: 'ghs_from_github_token',
      event: pullRequestEvent({ number: 12 }),
      githubApiUrl: 'http://127.0.0.1:9',
      runtimeUrl: 'http://127.0.0.1:10',
      env: { EXTRA: '1' }
    })
    expect(result.conclusion).toBe('success')

    const env = JSON.parse(result.outputs.env ?? '{}') as Record<string, string>
    expect(env.NODE_OPTIONS).toBeUndefined() // ...the step does not
    expect(
      Object.fromEntries(Object.entries(env).filter(([name]) => name.startsWith('INPUT_')))
    ).toEqual({
      INPUT_NAME: 'churn',
      'INPUT_DRY-RUN': 'true',
      INPUT_VERSION: '3',
      INPUT_MODE: 'core',
      INPUT_TOKEN: 'ghs_from_github_token'
    })
    expect(inputVariable('fail on')).toBe('INPUT_FAIL_ON')
    expect(result.runnerWarnings).toEqual([
      "Unexpected input(s) 'dry-run', 'mode', valid inputs are ['name', 'version', 'environment', 'token']"
    ])
    expect(env).toMatchObject({
      EXTRA: '1',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REF: 'refs/pull/12/merge',
      GITHUB_REF_NAME: '12/merge',
      GITHUB_HEAD_REF: 'data/june-extract',
      GITHUB_BASE_REF: 'main',
      GITHUB_REPOSITORY: 'octo-org/models',
      GITHUB_REPOSITORY_OWNER: 'octo-org',
      GITHUB_ACTOR: 'alice',
      GITHUB_API_URL: 'http://127.0.0.1:9',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_WORKSPACE: result.workspace,
      RUNNER_TEMP: result.runnerTemp,
      ACTIONS_RESULTS_URL: 'http://127.0.0.1:10/',
      ACTIONS_CACHE_SERVICE_V2: 'true',
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      CI: 'true',
      GITHUB_ACTIONS: 'true'
    })
    expect(JSON.parse(readFileSync(env.GITHUB_EVENT_PATH as string, 'utf8'))).toMatchObject({
      action: 'opened',
      number: 12,
      pull_request: { number: 12, url: 'https://api.github.com/repos/octo-org/models/pulls/12' }
    })
    expect(env.GITHUB_OUTPUT).toMatch(/_runner_file_commands\/set_output_[0-9a-f-]{36}$/)

    expect(result.outputs.notes).toBe('line 1\nline 2\n\nline 4')
    expect(result.outputs.pair).toBe('a=b<<c')
    expect(result.env).toEqual({ REGISTRY_TAG: 'registry-v7' })
    expect(result.state).toEqual({ 'release-id': '42' })
    expect(result.path).toEqual(['/opt/tollgate/bin'])
    expect(result.summary).toContain('<h1>Data checks</h1>')
    expect(result.summaryError).toBeUndefined()
    expect(result.annotations.map((a) => [a.level, a.message])).toEqual([
      ['error', 'Column "age" is not numeric'],
      ['warning', '3 rows have nulls, 100%: done'],
      ['notice', 'profile written']
    ])
    expect(result.annotations[0]).toMatchObject({
      title: 'Schema',
      file: 'data/customers.csv',
      line: 3,
      endLine: 3,
      col: 5
    })
  })

  it('fails the step when GITHUB_OUTPUT does not parse, like the runner', async () => {
    const result = await runAction({
      script: writer,
      inputs: { mode: 'raw-output', content: 'ok=1\nreport<<EOF\n{"rows": 3}' }
    })
    expect(result.exitCode).toBe(0)
    expect(result.conclusion).toBe('failure')
    expect(result.outputs).toEqual({ ok: '1' })
    expect(result.fileCommandErrors).toEqual([
      "Unable to process file command 'output' successfully.",
      'Invalid value. EOF marker missing new line.'
    ])
  })

  it('reports an oversized summary with the runner message without failing the step', async () => {
    const result = await runAction({ script: writer, inputs: { mode: 'big-summary' } })
    expect(result.conclusion).toBe('success')
    expect(result.summaryError).toBe(
      '$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k, got 1026k.'
    )
  })
})
