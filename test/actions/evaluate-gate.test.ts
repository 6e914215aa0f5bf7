import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { copyFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { LocalStore } from '../../shared/adapters/local-store.js'
import { listGateVerdicts } from '../../shared/operations/gate-record-store.js'
import { ModelRegistry } from '../../shared/registry/model-registry.js'
import type { GateReport } from '../../shared/report/gate-report.js'
import { pullRequestEvent } from '../harness/event-fixtures.js'
import { startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js'
import { expectRunEvent, startFakeOpenLineage } from '../harness/fake-openlineage.js'
import { removeRunDirectories, runAction } from '../harness/run-action.js'
import { fixturePath } from '../helpers/paths.js'
import { makeTempDir, type TempDir } from '../helpers/temp-dir.js'
import { registerModel, syntheticCsv, trainOn } from '../shared/operations/gate-test-models.js'

/**
 * evaluate-gate as the runner runs it: the committed bundle (actions/dist), against the fake
 * GitHub, with the registry in a store directory of the workspace.
 */

// Each test spawns several bundled runs; a loaded machine needs more than jest's default.
jest.setTimeout(240_000)

let gh: FakeGitHub
let workspace: TempDir

beforeAll(async () => {
  gh = await startFakeGitHub()
  workspace = makeTempDir('tollgate-gate-e2e-')
  const trainCsv = syntheticCsv(600, 1)
  const store = new LocalStore(join(workspace.path, '.tollgate'))
  await registerModel(
    store,
    'churn',
    trainOn(trainCsv, 'label', 'logistic-regression', { drop: ['x1'] })
  )
  await registerModel(store, 'churn', trainOn(trainCsv, 'label', 'logistic-regression'))
  await new ModelRegistry(store).assignStage({
    model: 'churn',
    stage: 'production',
    version: 'v0.0.1'
  })
  workspace.file('data/holdout.csv', syntheticCsv(400, 2))
  copyFileSync(fixturePath('gate-action', 'gate.yml'), join(workspace.path, 'gate.yml'))
})
afterAll(async () => {
  removeRunDirectories()
  workspace.remove()
  await gh.close()
})

async function runGate(
  inputs: Record<string, string>,
  pr: { number: number; headSha: string; baseSha: string }
) {
  return runAction({
    action: 'evaluate-gate',
    inputs: {
      data: 'data/holdout.csv',
      target: 'label',
      thresholds: 'gate.yml',
      store: '.tollgate',
      ...inputs
    },
    event: pullRequestEvent({
      number: pr.number,
      headRef: 'model/refresh',
      headSha: pr.headSha,
      baseSha: pr.baseSha
    }),
    sha: pr.headSha,
    cwd: workspace.path,
    githubApiUrl: gh.url,
    token: gh.tokenFor('github-actions[bot]'),
    env: { TOLLGATE_NOW: '2025-06-12T09:00:00Z', GITHUB_RUN_ID: '5001' }
  })
}

describe('evaluate-gate (bundled) against the fake GitHub', () => {
  it('promotes a better candidate: success check run on the PR head, outputs, comment, stored verdict', async () => {
    const repository = gh.repository()
    const pull = repository.issues.addPullRequest({
      title: 'Refresh churn',
      user: 'alice',
      headRef: 'model/refresh'
    })
    const pr = { number: pull.number, headSha: pull.pull!.headSha, baseSha: pull.pull!.baseSha }
    const result = await runGate({ candidate: 'churn@v0.0.2' }, pr)
    expect(result.stderr).toBe('')
    expect(result.conclusion).toBe('success')
    expect(result.outputs).toMatchObject({ passed: 'true', decision: 'promote' })
    const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8')) as GateReport
    expect(report.champion).toMatchObject({ reference: 'churn@v0.0.1', stage: 'production' })

    const run = [...repository.checks.runs.values()].find(
      (check) => check.id === Number(result.outputs['check-run-id'])
    )
    expect(run).toMatchObject({
      name: 'Tollgate gate: churn',
      headSha: pr.headSha,
      status: 'completed',
      conclusion: 'success',
      externalId: 'churn@v0.0.2'
    })
    expect(run?.output.title).toBe('promote: churn@v0.0.2 vs churn@v0.0.1 (production)')
    expect(run?.output.summary).toContain('| Metric | Candidate | Champion |')
    expect(run?.output.text).toMatch(/roc_auc significance: .*DeLong/)
    expect(result.summary).toContain('Tollgate evaluate-gate: ✅ promote')

    const comments = repository.issues.commentsOn(pr.number)
    expect(comments).toHaveLength(1)
    expect(comments[0]?.body).toContain('<!-- tollgate:evaluate-gate:churn -->')

    const verdicts = await listGateVerdicts(
      new LocalStore(join(workspace.path, '.tollgate')),
      'churn',
      'v0.0.2'
    )
    expect(verdicts).toEqual([
      expect.objectContaining({
        passed: true,
        verdict: 'promote',
        run: expect.objectContaining({ id: '5001', attempt: 1 }),
        checkRun: expect.objectContaining({ id: run?.id })
      })
    ])

    // A second push re-runs the gate: the comment is updated in place, not duplicated.
    await runGate({ candidate: 'churn@v0.0.2' }, pr)
    expect(repository.issues.commentsOn(pr.number)).toHaveLength(1)
    expect(gh.contractViolations).toEqual([])
  })

  it('rejects a worse candidate: failure check run, failed step, reasons in the summary', async () => {
    const repository = gh.repository()
    const pull = repository.issues.addPullRequest({
      title: 'Try weak model',
      user: 'bob',
      headRef: 'model/weak'
    })
    const pr = { number: pull.number, headSha: pull.pull!.headSha, baseSha: pull.pull!.baseSha }
    const backend = await startFakeOpenLineage()
    const result = await runGate(
      {
        candidate: 'churn@v0.0.1',
        champion: 'churn@v0.0.2',
        'check-name': 'gate / churn',
        'lineage-url': backend.url
      },
      pr
    ).finally(() => backend.close())
    expect(result.exitCode).toBe(1)
    expect(result.outputs).toMatchObject({ passed: 'false', decision: 'reject' })
    expect(
      result.annotations.some(
        (annotation) =>
          annotation.level === 'error' && /gate rejected churn@v0.0.1/.test(annotation.message)
      )
    ).toBe(true)
    const run = [...repository.checks.runs.values()].find((check) => check.name === 'gate / churn')
    expect(run).toMatchObject({ conclusion: 'failure', headSha: pr.headSha })
    expect(run?.output.summary).toMatch(/❌ \| `accuracy` \| max regression/)
    // A rejection is the run's outcome, not a failure of it: the stored verdict's event is sent.
    const [verdict] = await listGateVerdicts(
      new LocalStore(join(workspace.path, '.tollgate')),
      'churn',
      'v0.0.1'
    )
    expect(backend.events()).toEqual([verdict!.lineage])
    expectRunEvent(backend.events()[0], { eventTypes: ['COMPLETE'], action: 'evaluate-gate' })
    expect(backend.events()[0]).toMatchObject({
      run: { facets: { tollgate_gateVerdict: { passed: false } } }
    })
    expect(gh.contractViolations).toEqual([])
  })

  it('is neutral when the champion stage is empty, and says so', async () => {
    const repository = gh.repository()
    const pull = repository.issues.addPullRequest({
      title: 'First model',
      user: 'carol',
      headRef: 'model/first'
    })
    const pr = { number: pull.number, headSha: pull.pull!.headSha, baseSha: pull.pull!.baseSha }
    const result = await runGate(
      { candidate: 'churn@v0.0.2', champion: 'staging', 'check-name': 'first gate' },
      pr
    )
    expect(result.conclusion).toBe('success')
    expect(result.outputs).toMatchObject({ passed: 'true', decision: 'no-champion' })
    const run = [...repository.checks.runs.values()].find((check) => check.name === 'first gate')
    expect(run?.conclusion).toBe('neutral')
    expect(run?.output.summary).toContain('No version of churn is in staging')
  })

  it('fails with the rules file line when the rules are wrong', async () => {
    workspace.file('bad-gate.yml', 'metrics:\n  accuracy:\n    min: high\n')
    const repository = gh.repository()
    const pull = repository.issues.addPullRequest({
      title: 'Bad rules',
      user: 'dave',
      headRef: 'model/bad'
    })
    const pr = { number: pull.number, headSha: pull.pull!.headSha, baseSha: pull.pull!.baseSha }
    const result = await runGate({ candidate: 'churn@v0.0.2', thresholds: 'bad-gate.yml' }, pr)
    expect(result.exitCode).toBe(1)
    expect(result.annotations).toContainEqual(
      expect.objectContaining({ level: 'error', file: 'bad-gate.yml', line: 3 })
    )
    expect(result.outputs).toEqual({})
  })
})
