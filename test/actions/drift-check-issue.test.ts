import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { driftDispatchPayload, sendDriftDispatch } from '../../shared/adapters/drift-dispatch.js'
import { syncDriftIssue, type DriftIssueOutcome } from '../../shared/adapters/drift-issue.js'
import { createGitHubClient, type GitHubClient } from '../../shared/adapters/github-client.js'
import { driftIssueMarker } from '../../shared/drift-report/drift-issue-text.js'
import type { DriftReport } from '../../shared/drift-report/drift-report.js'
import { UsageError } from '../../shared/errors.js'
import type { FakeIssue } from '../harness/fake-github-records.js'
import { startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js'
import { withEnv } from '../harness/with-env.js'
import { smallFixtureReport, withoutDrift } from '../shared/drift-report/drift-report-fixture.js'

/**
 * The drift issue's lifecycle against the fake GitHub (every request and answer checked against
 * GitHub's OpenAPI description): open → update → close → reopen, never a second issue for a
 * subject, also when runs race.
 */

const REPOSITORY = { owner: 'octo-org', repo: 'models' }
const RUN_URL = 'https://github.com/octo-org/models/actions/runs/9876543210'

let gh: FakeGitHub
let client: GitHubClient
let drifted: DriftReport

beforeAll(async () => {
  gh = await startFakeGitHub()
  // A plain client keeps these tests fast; the production client (whose throttling spaces
  // content-creating requests seconds apart) is exercised in the retry test below.
  client = getOctokit('ghs_drift_token', { baseUrl: gh.url })
  drifted = await smallFixtureReport()
})
afterEach(() => expect(gh.contractViolations).toEqual([]))
afterAll(() => gh.close())

function reportFor(subject: string, drift = true): DriftReport {
  const report = { ...drifted, subject }
  return drift ? report : withoutDrift(report)
}

function sync(report: DriftReport, label = 'drift', using = client): Promise<DriftIssueOutcome> {
  return syncDriftIssue({ client: using, repository: REPOSITORY, report, label, runUrl: RUN_URL })
}

function issuesOf(subject: string): FakeIssue[] {
  return [...gh.repository().issues.byNumber.values()]
    .filter((issue) => issue.body?.includes(driftIssueMarker(subject)) === true)
    .sort((a, b) => a.number - b.number)
}

const comments = (issueNumber: number): string[] =>
  gh
    .repository()
    .issues.commentsOn(issueNumber)
    .map((comment) => comment.body)

describe('the issue lifecycle', () => {
  it('opens, updates, closes and reopens one issue per subject', async () => {
    const subject = 'churn'
    const opened = await sync(reportFor(subject))
    expect(opened).toMatchObject({ action: 'opened', duplicatesClosed: [] })
    const [issue] = issuesOf(subject)
    expect(issue).toMatchObject({
      number: opened.issueNumber,
      title: 'Drift detected: churn',
      state: 'open',
      labels: ['drift']
    })
    expect(issue!.body!.startsWith(driftIssueMarker(subject))).toBe(true)
    expect(issue!.body).toContain(`](${RUN_URL})`)
    expect(gh.repository().issues.labels.get('drift')).toMatchObject({
      color: 'd93f0b',
      description: 'Data drift found by Tollgate drift-check'
    })

    const updated = await sync(reportFor(subject))
    expect(updated).toMatchObject({ action: 'commented', issueNumber: opened.issueNumber })
    expect(comments(opened.issueNumber!)).toHaveLength(1)
    expect(comments(opened.issueNumber!)[0]).toMatch(/^### Drift still detected — \[run/)

    const resolved = await sync(reportFor(subject, false))
    expect(resolved).toMatchObject({ action: 'closed', issueNumber: opened.issueNumber })
    expect(issuesOf(subject)[0]).toMatchObject({ state: 'closed', stateReason: 'completed' })
    expect(comments(opened.issueNumber!)[1]).toMatch(/^### No drift — /)

    expect(await sync(reportFor(subject, false))).toEqual({ action: 'none', duplicatesClosed: [] })

    const reopened = await sync(reportFor(subject))
    expect(reopened).toMatchObject({ action: 'reopened', issueNumber: opened.issueNumber })
    expect(issuesOf(subject)).toHaveLength(1)
    expect(issuesOf(subject)[0]).toMatchObject({ state: 'open', stateReason: 'reopened' })
    expect(comments(opened.issueNumber!)[2]).toMatch(/^### Drift detected again — /)
  })

  it('leaves other subjects, other labels and pull requests alone', async () => {
    await sync(reportFor('orders'))
    const repository = gh.repository()
    const foreign = repository.issues.create({
      title: 'Not ours',
      body: `${driftIssueMarker('orders-eu')}\nsomething else`,
      labels: ['drift'],
      user: 'alice'
    })
    const pr = repository.issues.addPullRequest({
      title: 'June data',
      user: 'alice',
      headRef: 'data/june'
    })
    repository.issues.addLabels(pr.number, ['drift'])
    const outcome = await sync(reportFor('orders-eu', false))
    expect(outcome).toMatchObject({ action: 'closed', issueNumber: foreign.number })
    expect(issuesOf('orders')[0]!.state).toBe('open')
    expect(repository.issues.byNumber.get(pr.number)!.state).toBe('open')
  })

  it('repairs leftover duplicates: comments on the oldest open issue, closes the others', async () => {
    const subject = 'leftovers'
    const repository = gh.repository()
    const body = `${driftIssueMarker(subject)}\nold`
    const first = repository.issues.create({
      title: 'a',
      body,
      labels: ['drift'],
      user: 'github-actions[bot]'
    })
    const second = repository.issues.create({
      title: 'b',
      body,
      labels: ['drift'],
      user: 'github-actions[bot]'
    })
    const outcome = await sync(reportFor(subject))
    expect(outcome).toMatchObject({
      action: 'commented',
      issueNumber: first.number,
      duplicatesClosed: [second.number]
    })
    expect(
      issuesOf(subject).map((issue) => [issue.number, issue.state, issue.stateReason])
    ).toEqual([
      [first.number, 'open', null],
      [second.number, 'closed', 'duplicate']
    ])
    expect(comments(second.number)[0]).toMatch(
      new RegExp(`^Closing as a duplicate of #${first.number}`)
    )
  })
})

describe('concurrent runs', () => {
  it.each([2, 3])('%i runs that all find no issue leave exactly one open', async (runs) => {
    const subject = `race-${runs}`
    // Hold every create back until all runs have listed (none sees another's issue yet).
    gh.faults.add({ method: 'POST', path: '/repos/*/*/issues' }, { kind: 'delay', ms: 300 }, runs)
    const outcomes = await Promise.all(Array.from({ length: runs }, () => sync(reportFor(subject))))
    const issues = issuesOf(subject)
    expect(issues).toHaveLength(runs)
    const open = issues.filter((issue) => issue.state === 'open')
    expect(open).toHaveLength(1)
    const keeper = open[0]!
    expect(keeper.number).toBe(issues[0]!.number)
    for (const issue of issues.slice(1)) {
      expect(issue).toMatchObject({ state: 'closed', stateReason: 'duplicate' })
      const [only, ...rest] = comments(issue.number)
      expect(rest).toEqual([])
      expect(only).toMatch(new RegExp(`^Closing as a duplicate of #${keeper.number}`))
    }
    expect(outcomes.every((outcome) => outcome.issueNumber === keeper.number)).toBe(true)
    expect(outcomes.filter((outcome) => outcome.action === 'opened')).toHaveLength(1)
    // Every losing run reported its findings on the kept issue.
    expect(comments(keeper.number)).toHaveLength(runs - 1)

    // A duplicate is never reopened: later runs keep working on the kept issue.
    await sync(reportFor(subject, false))
    const again = await sync(reportFor(subject))
    expect(again).toMatchObject({ action: 'reopened', issueNumber: keeper.number })
    expect(
      issuesOf(subject)
        .filter((issue) => issue.state === 'open')
        .map((issue) => issue.number)
    ).toEqual([keeper.number])
  })

  it('two runs creating the label at once both succeed', async () => {
    gh.faults.add({ method: 'GET', path: '/repos/*/*/labels/*' }, { kind: 'delay', ms: 200 }, 2)
    const outcomes = await Promise.all([
      sync(reportFor('label-race-a'), 'data-drift'),
      sync(reportFor('label-race-b'), 'data-drift')
    ])
    expect(outcomes.map((outcome) => outcome.action)).toEqual(['opened', 'opened'])
    const creations = gh.requestsTo('POST', '/repos/octo-org/models/labels').slice(-2)
    expect(creations.map((request) => request.status).sort()).toEqual([201, 422])
    expect(gh.repository().issues.labels.get('data-drift')?.color).toBe('d93f0b')
  })
})

describe('errors', () => {
  it('a token without issues: write is a usage error that says which permission is missing', async () => {
    gh.faults.add(
      { method: 'GET', path: '/repos/*/*/issues' },
      { kind: 'status', status: 403, message: 'Resource not accessible by integration' },
      1
    )
    await expect(sync(reportFor('forbidden'))).rejects.toThrow(UsageError)
    gh.faults.add(
      { method: 'GET', path: '/repos/*/*/issues' },
      { kind: 'status', status: 403, message: 'Resource not accessible by integration' },
      1
    )
    await expect(sync(reportFor('forbidden'))).rejects.toThrow(/issues: write/)
  })

  it('transient 502 answers are retried by the production client', async () => {
    const production = await withEnv({ GITHUB_API_URL: gh.url }, async () =>
      createGitHubClient('ghs_drift_token')
    )
    gh.faults.add({ method: 'POST', path: '/repos/*/*/issues' }, { kind: 'status', status: 502 }, 1)
    const outcome = await sync(reportFor('flaky'), 'drift', production)
    expect(outcome.action).toBe('opened')
    expect(issuesOf('flaky')).toHaveLength(1)
  })

  it('refuses a label list', async () => {
    await expect(sync(reportFor('x'), 'drift,data')).rejects.toThrow(/one non-empty label/)
  })
})

describe('repository_dispatch', () => {
  it('sends the subject, drifted columns, share, issue and run to start retraining', async () => {
    const payload = driftDispatchPayload(reportFor('churn'), 12, RUN_URL)
    await sendDriftDispatch(client, REPOSITORY, 'retrain', payload)
    const dispatch = gh.repository().dispatches.at(-1)!
    expect(dispatch.eventType).toBe('retrain')
    expect(dispatch.clientPayload).toEqual({
      subject: 'churn',
      drifted_columns: ['segment', 'channel <b>@ops|x</b>', 'age', 'prediction'],
      drifted_column_count: 4,
      share: 4 / 6,
      dataset_drift: true,
      schema_changes: 3,
      issue_number: 12,
      run_url: RUN_URL
    })
    await expect(sendDriftDispatch(client, REPOSITORY, ' ', payload)).rejects.toThrow(
      /dispatch-event/
    )
  })
})
