import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { copyFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { getOctokit } from '@actions/github'
import { GitHubStore } from '../../shared/adapters/github-store.js'
import { LocalStore } from '../../shared/adapters/local-store.js'
import { GATE_RECORD_SCHEMA } from '../../shared/deploy/gate-verdict-record.js'
import { listDeployments } from '../../shared/operations/deploy-record-store.js'
import { saveGateVerdict } from '../../shared/operations/gate-record-store.js'
import { ModelRegistry } from '../../shared/registry/model-registry.js'
import { parseRegistryConfig } from '../../shared/registry/registry-config.js'
import { sha256Hex } from '../../shared/store/content-digest.js'
import { githubEvent } from '../harness/event-fixtures.js'
import { startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js'
import {
  expectRunEvent,
  startFakeOpenLineage,
  type FakeOpenLineage
} from '../harness/fake-openlineage.js'
import { removeRunDirectories, runAction, type RunActionResult } from '../harness/run-action.js'
import { fixturePath } from '../helpers/paths.js'
import { makeTempDir, type TempDir } from '../helpers/temp-dir.js'

/**
 * deploy as the runner runs it (the committed bundle) against the fake GitHub: Deployments and
 * their statuses, rollback on a failing command, and the issue-based approval flow with its
 * quorum, team approvers, ignored votes, denial and expiry. The registry lives in a store
 * directory of the workspace, which persists between the runs as a GitHub store would.
 */

// Each test spawns several bundled runs; a loaded machine needs more than jest's default.
jest.setTimeout(240_000)

const T0 = Date.parse('2025-06-12T09:00:00Z')
let gh: FakeGitHub
let workspace: TempDir
let store: LocalStore
let lineage: FakeOpenLineage
let runId = 7000

beforeAll(async () => {
  gh = await startFakeGitHub()
  lineage = await startFakeOpenLineage()
  gh.state.clock.set(new Date(T0))
  gh.state.setTeam('octo-org', 'ml-leads', ['erin', 'carol'])
  workspace = makeTempDir('tollgate-deploy-e2e-')
  copyFileSync(fixturePath('deploy', 'tollgate.yml'), join(workspace.path, '.tollgate.yml'))
  store = new LocalStore(join(workspace.path, '.tollgate'))
  const registry = new ModelRegistry(store)
  for (const weights of ['1', '2', '3', '4']) {
    const { version } = await registry.registerVersion({
      model: 'churn',
      files: new Map([['model.json', new TextEncoder().encode(`{"weights":${weights}}`)]]),
      metrics: { accuracy: 0.9 },
      trainingData: [{ name: 'train.csv', sha256: sha256Hex(new TextEncoder().encode(weights)) }],
      profile: {}
    })
    await saveGateVerdict(store, {
      schema: GATE_RECORD_SCHEMA,
      model: 'churn',
      version,
      verdict: 'promote',
      passed: true,
      summary: 'Promote: all 2 rules passed.',
      champion: null,
      metrics: { candidate: { accuracy: 0.9 }, champion: null },
      data: { rows: 400, files: [] },
      rules: { source: 'gate.yml', sha256: 'x' },
      run: { id: `gate-${version}`, attempt: 1 },
      recordedAt: '2025-06-11T00:00:00.000Z'
    })
  }
})
afterAll(async () => {
  removeRunDirectories()
  workspace.remove()
  await gh.close()
  await lineage.close()
})

interface RunOptions {
  inputs?: Record<string, string>
  /** Extra step environment. */
  env?: Record<string, string>
  actor?: string
  comment?: { issue: number; id: number; login: string }
  schedule?: boolean
  now?: number
}

async function runDeploy(options: RunOptions): Promise<RunActionResult> {
  runId++
  const event = options.schedule
    ? githubEvent('schedule')
    : options.comment === undefined
      ? githubEvent('workflow_dispatch', (payload) => {
          payload.sender = { ...(payload.sender as object), login: options.actor ?? 'dana' }
        })
      : githubEvent('issue_comment', (payload) => {
          const issue = payload.issue as Record<string, unknown>
          issue.number = options.comment!.issue
          const comment = payload.comment as Record<string, unknown>
          comment.id = options.comment!.id
          comment.user = { ...(comment.user as object), login: options.comment!.login }
          payload.sender = { ...(payload.sender as object), login: options.comment!.login }
        })
  const result = await runAction({
    action: 'deploy',
    inputs: { store: '.tollgate', ...options.inputs },
    event,
    sha: gh.repository().headSha,
    cwd: workspace.path,
    githubApiUrl: gh.url,
    token: gh.tokenFor('github-actions[bot]'),
    actor: options.comment?.login ?? options.actor ?? 'dana',
    env: {
      TOLLGATE_NOW: new Date(options.now ?? gh.state.clock.now().getTime()).toISOString(),
      GITHUB_RUN_ID: String(runId),
      ...options.env
    }
  })
  expect(gh.contractViolations).toEqual([])
  return result
}

async function stageOf(environment: string): Promise<string | undefined> {
  return (
    await new ModelRegistry(
      store,
      parseRegistryConfig({ stages: ['staging', 'production'] }, 'x')
    ).currentStage('churn', environment)
  )?.version
}

function deploymentsOf(environment: string) {
  return [...gh.repository().deployments.byId.values()].filter(
    (deployment) => deployment.environment === environment
  )
}

function comment(issue: number, login: string, body: string) {
  gh.state.clock.advance(60_000)
  return gh.repository().issues.addComment({ issueNumber: issue, body, user: login })
}

describe('deploy (bundled) against the fake GitHub', () => {
  it('deploys to staging inside a GitHub Deployment and assigns the stage after success', async () => {
    const result = await runDeploy({
      inputs: { name: 'churn', version: 'v0.0.1', environment: 'staging' }
    })
    expect(result.stderr).toBe('')
    expect(result.conclusion).toBe('success')
    expect(result.outputs).toMatchObject({
      status: 'success',
      version: 'v0.0.1',
      'previous-version': ''
    })
    const [deployment] = deploymentsOf('staging')
    expect(deployment).toMatchObject({
      id: Number(result.outputs['deployment-id']),
      sha: gh.repository().headSha,
      payload: { model: 'churn', version: 'v0.0.1', kind: 'deploy' },
      productionEnvironment: false,
      creatorLogin: 'github-actions[bot]'
    })
    expect(deployment?.statuses.map((status) => status.state)).toEqual(['in_progress', 'success'])
    expect(deployment?.statuses[1]).toMatchObject({
      environmentUrl: 'https://staging.models.example.com',
      logUrl: `https://github.com/octo-org/models/actions/runs/${runId}`
    })
    expect(readFileSync(join(workspace.path, 'served/staging/model.json'), 'utf8')).toBe(
      '{"weights":1}'
    )
    expect(await stageOf('staging')).toBe('v0.0.1')
    expect(result.summary).toContain('Tollgate deploy: ✅ deployed')
    // The lifecycle graph read back from the store, this deployment included.
    const block = /#### Lineage\n\n```mermaid\nflowchart LR\n([\s\S]*?)```/.exec(
      result.summary
    )?.[1]
    expect(block?.split('\n')).toEqual([
      '  n1[["deploy staging: success run 7001#35;1"]]',
      '  n2(["churn v0.0.1"])',
      '  n2 --> n1',
      ''
    ])
  })

  it('rolls back to the previous version when the deploy command fails, and records both', async () => {
    lineage.received.length = 0
    const result = await runDeploy({
      inputs: {
        name: 'churn',
        version: 'v0.0.2',
        environment: 'staging',
        command: 'test "$TOLLGATE_VERSION" != v0.0.2 || exit 4',
        'lineage-url': lineage.url
      },
      env: { OPENLINEAGE_API_KEY: 'ol-key-deploy' }
    })
    expect(result.exitCode).toBe(1)
    expect(result.outputs).toMatchObject({
      status: 'rolled-back',
      version: 'v0.0.2',
      'previous-version': 'v0.0.1'
    })
    const [, failed, rollback] = deploymentsOf('staging')
    expect(failed).toMatchObject({ payload: { version: 'v0.0.2', kind: 'deploy' } })
    expect(failed?.statuses.map((status) => status.state)).toEqual(['in_progress', 'failure'])
    expect(rollback).toMatchObject({
      payload: { version: 'v0.0.1', kind: 'rollback', previousVersion: 'v0.0.2' }
    })
    expect(rollback?.statuses.map((status) => status.state)).toEqual(['in_progress', 'success'])
    expect(await stageOf('staging')).toBe('v0.0.1')
    const records = await listDeployments(store, 'churn', 'staging')
    expect(records.slice(-2).map((record) => [record.kind, record.version, record.status])).toEqual(
      [
        ['rollback', 'v0.0.1', 'success'],
        ['deploy', 'v0.0.2', 'rolled-back']
      ]
    )
    expect(result.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: expect.stringMatching(/exited with 4\); rolled back to v0\.0\.1/)
      })
    )

    // Both records' OpenLineage events reach the backend: the failed deployment, then the rollback.
    const events = lineage.events()
    expect(events).toHaveLength(2)
    expect(lineage.received.map((request) => request.headers.authorization)).toEqual([
      'Bearer ol-key-deploy',
      'Bearer ol-key-deploy'
    ])
    expectRunEvent(events[0], { eventTypes: ['FAIL'], action: 'deploy' })
    expectRunEvent(events[1], { eventTypes: ['COMPLETE'], action: 'deploy' })
    expect(
      events.map((event) => (event.inputs as { name: string }[]).map((input) => input.name))
    ).toEqual([['churn@v0.0.2'], ['churn@v0.0.1']])
    expect(events[0]).toMatchObject({
      run: {
        facets: {
          tollgate_deployment: {
            environment: 'staging',
            model: 'churn',
            version: 'v0.0.2',
            status: 'rolled-back'
          }
        }
      }
    })
    expect(events).toEqual(
      records
        .slice(-2)
        .reverse()
        .map((record) => record.lineage)
    )
    expect(result.summary).toContain('#### Lineage\n\n```mermaid\n')
    expect(result.summary).toContain('deploy staging: rolled-back')
  })

  it('waits for a quorum on an approval issue without holding a runner, then deploys once', async () => {
    const opened = await runDeploy({
      inputs: { name: 'churn', version: 'staging', environment: 'production' },
      actor: 'dana'
    })
    expect(opened.conclusion).toBe('success')
    expect(opened.outputs).toMatchObject({
      status: 'awaiting-approval',
      version: 'v0.0.1',
      'deployment-id': ''
    })
    const number = Number(opened.outputs['approval-issue'])
    const issue = gh.repository().issues.get(number)
    expect(issue).toMatchObject({
      title: 'Approve deployment of churn v0.0.1 to production',
      state: 'open',
      labels: ['tollgate:approval'],
      assignees: ['alice']
    })
    expect(issue.body).toMatch(
      /<!-- tollgate:approval-request churn production-v0\.0\.1-\d+-1-tollgate -->/
    )
    expect(issue.body).toContain('@alice @octo-org/ml-leads')
    expect(issue.body).toContain('#### Promotion policy')
    expect(deploymentsOf('production')).toEqual([])

    // Votes that do not count: the requester, an edited comment, an outsider.
    comment(number, 'dana', '/approve')
    const edited = comment(number, 'carol', 'lgtm?')
    gh.state.clock.advance(60_000)
    gh.repository().issues.editComment(edited.id, '/approve')
    comment(number, 'mallory', '/approve')
    const alice = comment(number, 'alice', '/approve')
    const pending = await runDeploy({ comment: { issue: number, id: alice.id, login: 'alice' } })
    expect(pending.outputs).toMatchObject({ status: 'awaiting-approval' })
    const report = JSON.parse(readFileSync(pending.outputs.report!, 'utf8')) as {
      approval: { ignored: { login: string; reason: string }[] }
    }
    expect(report.approval.ignored.map((entry) => [entry.login, entry.reason])).toEqual([
      ['dana', 'the initiator cannot approve their own deployment'],
      ['carol', 'the comment was edited after it was written'],
      ['mallory', 'not an allowed approver']
    ])
    expect(gh.repository().issues.commentsOn(number).at(-1)?.body).toBe(
      'Approvals so far: 1 of 2 (`alice`).'
    )

    const erin = comment(number, 'erin', '/approve')
    const approved = await runDeploy({ comment: { issue: number, id: erin.id, login: 'erin' } })
    expect(approved.conclusion).toBe('success')
    expect(approved.outputs).toMatchObject({ status: 'success', version: 'v0.0.1' })
    const [deployment] = deploymentsOf('production')
    expect(deployment?.productionEnvironment).toBe(true)
    expect(deployment?.statuses.map((status) => status.state)).toEqual(['in_progress', 'success'])
    expect(await stageOf('production')).toBe('v0.0.1')
    expect(gh.repository().issues.get(number)).toMatchObject({
      state: 'closed',
      stateReason: 'completed'
    })
    expect(gh.repository().issues.commentsOn(number).at(-1)?.body).toMatch(
      /^Deployed churn v0\.0\.1 to production[\s\S]*Approved by `alice`, `erin`\./
    )
    const [record] = await listDeployments(store, 'churn', 'production')
    expect(record).toMatchObject({
      status: 'success',
      initiator: 'dana',
      approval: {
        via: 'issue',
        required: 2,
        issue: number,
        approvers: [{ login: 'alice' }, { login: 'erin' }]
      }
    })

    // A late approval starts another run: the decision is taken, nothing is deployed twice.
    const late = comment(number, 'carol', '/approve')
    const again = await runDeploy({ comment: { issue: number, id: late.id, login: 'carol' } })
    expect(again.outputs).toMatchObject({ status: 'skipped' })
    expect(deploymentsOf('production')).toHaveLength(1)
  })

  it('closes the request as not planned when an approver denies it', async () => {
    await new ModelRegistry(store).assignStage({
      model: 'churn',
      stage: 'staging',
      version: 'v0.0.3'
    })
    const opened = await runDeploy({
      inputs: { name: 'churn', version: 'v0.0.3', environment: 'production' },
      actor: 'dana'
    })
    const number = Number(opened.outputs['approval-issue'])
    const deny = comment(number, 'erin', '/deny latency budget exceeded')
    const denied = await runDeploy({ comment: { issue: number, id: deny.id, login: 'erin' } })
    expect(denied.exitCode).toBe(1)
    expect(denied.outputs).toMatchObject({ status: 'denied', version: 'v0.0.3' })
    expect(gh.repository().issues.get(number)).toMatchObject({
      state: 'closed',
      stateReason: 'not_planned'
    })
    expect(gh.repository().issues.commentsOn(number).at(-1)?.body).toContain(
      'Denied by `erin` (latency budget exceeded).'
    )
    expect(await stageOf('production')).toBe('v0.0.1')
    expect((await listDeployments(store, 'churn', 'production')).at(-1)).toMatchObject({
      version: 'v0.0.3',
      status: 'denied'
    })
  })

  it('expires a request that did not reach its quorum in time', async () => {
    await new ModelRegistry(store).assignStage({
      model: 'churn',
      stage: 'staging',
      version: 'v0.0.4'
    })
    const opened = await runDeploy({
      inputs: { name: 'churn', version: 'v0.0.4', environment: 'production' },
      actor: 'dana'
    })
    const number = Number(opened.outputs['approval-issue'])
    comment(number, 'alice', '/approve')
    gh.state.clock.advance(2 * 3_600_000)
    const late = comment(number, 'erin', '/approve')
    const expired = await runDeploy({ comment: { issue: number, id: late.id, login: 'erin' } })
    expect(expired.exitCode).toBe(1)
    expect(expired.outputs).toMatchObject({ status: 'expired' })
    expect(gh.repository().issues.get(number)).toMatchObject({
      state: 'closed',
      stateReason: 'not_planned'
    })
    expect(gh.repository().issues.commentsOn(number).at(-1)?.body).toMatch(
      /expired at .* with 1 of 2 approvals/
    )
    expect(await stageOf('production')).toBe('v0.0.1')
  })

  it('closes requests whose time ran out on a scheduled run, without a new comment', async () => {
    const opened = await runDeploy({
      inputs: { name: 'churn', version: 'v0.0.3', environment: 'production' },
      actor: 'dana'
    })
    const number = Number(opened.outputs['approval-issue'])
    comment(number, 'erin', '/approve')
    gh.state.clock.advance(30 * 60_000)
    const early = await runDeploy({ schedule: true })
    expect(early.outputs).toMatchObject({ status: 'skipped' })
    expect(gh.repository().issues.get(number).state).toBe('open')
    gh.state.clock.advance(2 * 3_600_000)
    const swept = await runDeploy({ schedule: true })
    expect(swept.conclusion).toBe('success')
    const report = JSON.parse(readFileSync(swept.outputs.report!, 'utf8')) as {
      expired: { status: string; version: string }[]
    }
    expect(report.expired).toEqual([
      expect.objectContaining({ status: 'expired', version: 'v0.0.3' })
    ])
    expect(gh.repository().issues.get(number)).toMatchObject({
      state: 'closed',
      stateReason: 'not_planned'
    })
    expect((await listDeployments(store, 'churn', 'production')).at(-1)).toMatchObject({
      version: 'v0.0.3',
      status: 'expired'
    })
  })

  it('ignores comments on issues that are not approval requests', async () => {
    const other = gh.repository().issues.create({ title: 'Question', user: 'bob' })
    const note = comment(other.number, 'bob', '/approve')
    const result = await runDeploy({ comment: { issue: other.number, id: note.id, login: 'bob' } })
    expect(result.conclusion).toBe('success')
    expect(result.outputs).toMatchObject({ status: 'skipped' })
  })
})

describe('deploy (bundled) with the GitHub store', () => {
  let github: FakeGitHub
  let dir: TempDir
  beforeAll(async () => {
    github = await startFakeGitHub()
    github.state.clock.set(new Date(T0))
    dir = makeTempDir('tollgate-deploy-github-')
    dir.file('.tollgate.yml', readFileSync(fixturePath('deploy', 'tollgate.yml'), 'utf8'))
  })
  afterAll(async () => {
    dir.remove()
    await github.close()
  })

  function repositoryStore(): GitHubStore {
    const token = github.tokenFor('github-actions[bot]')
    return new GitHubStore({
      client: getOctokit(token, { baseUrl: github.url }),
      owner: 'octo-org',
      repo: 'models',
      commit: github.repository().headSha
    })
  }

  async function run(options: {
    inputs?: Record<string, string>
    comment?: { issue: number; id: number; login: string }
  }): Promise<RunActionResult> {
    runId++
    const event =
      options.comment === undefined
        ? githubEvent('workflow_dispatch')
        : githubEvent('issue_comment', (payload) => {
            ;(payload.issue as Record<string, unknown>).number = options.comment!.issue
            ;(payload.comment as Record<string, unknown>).id = options.comment!.id
          })
    const result = await runAction({
      action: 'deploy',
      inputs: options.inputs ?? {},
      event,
      sha: github.repository().headSha,
      cwd: dir.path,
      githubApiUrl: github.url,
      token: github.tokenFor('github-actions[bot]'),
      actor: options.comment?.login ?? 'dana',
      env: { TOLLGATE_NOW: github.state.clock.now().toISOString(), GITHUB_RUN_ID: String(runId) },
      timeoutMs: 120_000
    })
    expect(github.contractViolations).toEqual([])
    return result
  }

  it('keeps the request, the decision and the deployment history in the repository between runs', async () => {
    const githubStore = repositoryStore()
    const registry = new ModelRegistry(githubStore)
    const { version } = await registry.registerVersion({
      model: 'churn',
      files: new Map([['model.json', new TextEncoder().encode('{"weights":1}')]]),
      metrics: { accuracy: 0.9 },
      trainingData: [{ name: 'train.csv', sha256: sha256Hex(new TextEncoder().encode('1')) }],
      profile: {}
    })
    await saveGateVerdict(githubStore, {
      schema: GATE_RECORD_SCHEMA,
      model: 'churn',
      version,
      verdict: 'promote',
      passed: true,
      summary: 'Promote: all 2 rules passed.',
      champion: null,
      metrics: { candidate: { accuracy: 0.9 }, champion: null },
      data: { rows: 400, files: [] },
      rules: { source: 'gate.yml', sha256: 'x' },
      run: { id: 'gate', attempt: 1 },
      recordedAt: '2025-06-11T00:00:00.000Z'
    })
    await registry.assignStage({ model: 'churn', stage: 'staging', version })

    const opened = await run({ inputs: { name: 'churn', version, environment: 'production' } })
    expect(opened.stderr).toBe('')
    expect(opened.outputs).toMatchObject({ status: 'awaiting-approval' })
    const number = Number(opened.outputs['approval-issue'])
    github.state.clock.advance(60_000)
    github.repository().issues.addComment({ issueNumber: number, body: '/approve', user: 'alice' })
    github.state.clock.advance(60_000)
    const last = github
      .repository()
      .issues.addComment({ issueNumber: number, body: '/approve', user: 'erin' })
    github.state.setTeam('octo-org', 'ml-leads', ['erin'])
    const approved = await run({ comment: { issue: number, id: last.id, login: 'erin' } })
    expect(approved.stderr).toBe('')
    expect(approved.outputs).toMatchObject({ status: 'success', version })
    expect(
      (await new ModelRegistry(repositoryStore()).currentStage('churn', 'production'))?.version
    ).toBe(version)
    const [record] = await listDeployments(repositoryStore(), 'churn', 'production')
    expect(record).toMatchObject({
      status: 'success',
      approval: { via: 'issue', approvers: [{ login: 'alice' }, { login: 'erin' }] }
    })
    expect(github.repository().issues.get(number)).toMatchObject({
      state: 'closed',
      stateReason: 'completed'
    })
  }, 240_000)
})
