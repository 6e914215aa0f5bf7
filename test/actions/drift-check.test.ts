import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { copyFileSync, existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { LocalStore } from '../../shared/adapters/local-store.js'
import { driftIssueMarker } from '../../shared/drift-report/drift-issue-text.js'
import { listLineageEvents } from '../../shared/operations/lineage-record-store.js'
import type { DriftReport } from '../../shared/drift-report/drift-report.js'
import { ModelRegistry } from '../../shared/registry/model-registry.js'
import { historySeriesName } from '../../shared/spc-history/series-naming.js'
import { parseSpcRecord } from '../../shared/spc-history/spc-record.js'
import type { JsonValue } from '../../shared/store/canonical-json.js'
import { sha256Hex } from '../../shared/store/content-digest.js'
import { githubEvent } from '../harness/event-fixtures.js'
import {
  startFakeActionsRuntime,
  type FakeActionsRuntime
} from '../harness/fake-actions-runtime.js'
import type { FakeIssue } from '../harness/fake-github-records.js'
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
 * The bundled drift-check action (actions/dist/drift-check.js) run as the runner runs it, against
 * the fake GitHub: outputs, report, summary, the issue lifecycle across runs, the drift history,
 * repository_dispatch, and bad input.
 */

let gh: FakeGitHub
let runtime: FakeActionsRuntime
let workspace: TempDir
let lineage: FakeOpenLineage

beforeAll(async () => {
  gh = await startFakeGitHub()
  runtime = await startFakeActionsRuntime()
  lineage = await startFakeOpenLineage()
  workspace = makeTempDir('tollgate-drift-action-')
  for (const name of ['small-reference', 'small-current', 'large-reference', 'large-current']) {
    copyFileSync(fixturePath('drift-check', `${name}.csv`), join(workspace.path, `${name}.csv`))
  }
})
afterEach(() => expect(gh.contractViolations).toEqual([]))
afterAll(async () => {
  removeRunDirectories()
  workspace.remove()
  await runtime.close()
  await gh.close()
  await lineage.close()
})

async function driftStep(
  inputs: Record<string, string>,
  env: Record<string, string> = {}
): Promise<RunActionResult> {
  return runAction({
    action: 'drift-check',
    inputs: { token: gh.tokenFor('github-actions[bot]'), ...inputs },
    event: githubEvent('schedule'),
    cwd: workspace.path,
    githubApiUrl: gh.url,
    runtime,
    sha: gh.repository().headSha,
    env: { TOLLGATE_NOW: '2026-11-24T06:00:00Z', ...env },
    timeoutMs: 120_000
  })
}

function subjectIssues(subject: string): FakeIssue[] {
  return [...gh.repository().issues.byNumber.values()]
    .filter((issue) => issue.body?.includes(driftIssueMarker(subject)) === true)
    .sort((a, b) => a.number - b.number)
}

function reportOf(result: RunActionResult): DriftReport {
  return JSON.parse(readFileSync(result.outputs.report!, 'utf8')) as DriftReport
}

const HISTORY = historySeriesName('drift-small-reference')

describe('drift-check on a schedule, with a local history store', () => {
  const store = (): string => join(workspace.path, 'history-store')

  it('finds drift on shifted data: outputs, report, summary, issue and history', async () => {
    const result = await driftStep({
      reference: 'small-reference.csv',
      current: 'small-current.csv',
      store: 'history-store',
      'dispatch-event': 'retrain',
      'lineage-url': lineage.url
    })
    expect(result.stderr).toBe('')
    expect(result.conclusion).toBe('success')
    expect(result.runnerWarnings).toEqual([])
    const issue = subjectIssues('small-reference')
    expect(issue).toHaveLength(1)
    expect(result.outputs).toMatchObject({
      'drift-detected': 'true',
      'drifted-columns': 'segment,channel <b>@ops|x</b>,age,prediction',
      share: String(4 / 6),
      'issue-number': String(issue[0]!.number)
    })
    const report = reportOf(result)
    expect(report).toMatchObject({
      action: 'drift-check',
      subject: 'small-reference',
      drift_detected: true
    })
    expect(report.run).toEqual({
      id: '9876543210',
      attempt: '1',
      url: 'https://github.com/octo-org/models/actions/runs/9876543210'
    })
    expect(JSON.parse(readFileSync(result.outputs.metrics!, 'utf8'))).toMatchObject({
      share: 4 / 6,
      drifted_columns: 4
    })

    expect(result.summary).toContain('## drift-check: small-reference — drift detected')
    expect(result.summary).toContain('```mermaid')
    // Outside code spans (where GitHub renders text literally) no mention survives.
    expect(result.summary.replace(/(`+)[\s\S]*?\1/g, '')).not.toMatch(/@ops|@admin/)
    expect(result.annotations).toEqual([
      expect.objectContaining({ level: 'warning', title: 'drift-check: column not tested' })
    ])
    expect(result.annotations[0]?.message).toContain(
      'bonus: all values are missing in the current data'
    )

    expect(issue[0]).toMatchObject({
      title: 'Drift detected: small-reference',
      state: 'open',
      labels: ['drift']
    })
    expect(gh.repository().dispatches.at(-1)).toMatchObject({
      eventType: 'retrain',
      clientPayload: expect.objectContaining({
        subject: 'small-reference',
        issue_number: issue[0]!.number
      })
    })

    const records = await new LocalStore(store()).listRecords(HISTORY)
    expect(records.records.map((record) => record.key)).toEqual(['9876543210-1'])
    const bytes = await new LocalStore(store()).readRecord(HISTORY, '9876543210-1')
    const record = parseSpcRecord(bytes!, 'drift-small-reference')
    expect(record).toMatchObject({
      run: { id: '9876543210', attempt: 1, event: 'schedule' },
      metrics: { share: { kind: 'proportion', count: 4, size: 6 } }
    })

    // The run's lineage event is kept beside the history, and sent to the backend.
    const stored = await listLineageEvents(new LocalStore(store()))
    expect(stored.events).toHaveLength(1)
    const [event] = stored.events
    expectRunEvent(event, { eventTypes: ['COMPLETE'], action: 'drift-check' })
    expect(
      event!.inputs.map((input) => [input.name, input.facets?.tollgate_digest?.sha256])
    ).toEqual(
      ['small-reference.csv', 'small-current.csv'].map((name) => [
        name,
        sha256Hex(readFileSync(join(workspace.path, name)))
      ])
    )
    expect(event!.run.facets?.tollgate_drift).toMatchObject({ drifted: true, driftedColumns: 4 })
    expect(lineage.events()).toEqual([event])
  })

  it('a re-run of the same attempt comments on the issue and writes no second history point', async () => {
    const result = await driftStep({
      reference: 'small-reference.csv',
      current: 'small-current.csv',
      store: 'history-store'
    })
    expect(result.conclusion).toBe('success')
    expect(result.stdout).toContain('already recorded 9876543210-1')
    const [issue] = subjectIssues('small-reference')
    expect(
      gh
        .repository()
        .issues.commentsOn(issue!.number)
        .map((comment) => comment.body)
    ).toEqual([expect.stringMatching(/^### Drift still detected — /) as unknown as string])
    const records = await new LocalStore(store()).listRecords(HISTORY)
    expect(records.records).toHaveLength(1)
  })

  it('a later run without drift closes the issue and records a new point', async () => {
    const result = await driftStep(
      { reference: 'small-reference.csv', current: 'small-reference.csv', store: 'history-store' },
      { GITHUB_RUN_ID: '9876543299' }
    )
    expect(result.conclusion).toBe('success')
    const [issue] = subjectIssues('small-reference')
    expect(result.outputs).toMatchObject({
      'drift-detected': 'false',
      'drifted-columns': '',
      share: '0',
      'issue-number': String(issue!.number)
    })
    expect(issue).toMatchObject({ state: 'closed', stateReason: 'completed' })
    expect(gh.repository().issues.commentsOn(issue!.number).at(-1)?.body).toMatch(
      /^### No drift — /
    )
    const records = await new LocalStore(store()).listRecords(HISTORY)
    expect(records.records.map((record) => record.key).sort()).toEqual([
      '9876543210-1',
      '9876543299-1'
    ])
  })

  it('fail-on-drift fails the step after writing everything', async () => {
    const result = await driftStep({
      reference: 'large-reference.csv',
      current: 'large-current.csv',
      history: 'false',
      'fail-on-drift': 'true',
      subject: 'large sample'
    })
    expect(result.conclusion).toBe('failure')
    expect(result.outputs['drift-detected']).toBe('true')
    expect(result.outputs['drifted-columns']).toBe('x,few')
    expect(result.annotations.at(-1)?.message).toMatch(
      /drift-check: drift detected for large sample in x, few/
    )
    expect(subjectIssues('large sample')).toHaveLength(1)
  })
})

describe('drift-check with a registry reference and the GitHub store', () => {
  it('compares with the production model training profile and keeps history in the repository', async () => {
    // Register a model whose training profile is the small reference, in a local store.
    const profile = await runAction({
      action: 'validate-data',
      inputs: { data: 'small-reference.csv', checks: 'checks.yml', comment: 'false' },
      cwd: (() => {
        workspace.file('checks.yml', 'table:\n  row_count: { min: 1 }\n')
        return workspace.path
      })()
    })
    expect(profile.conclusion).toBe('success')
    const registryStore = new LocalStore(join(workspace.path, 'registry-store'))
    const registry = new ModelRegistry(registryStore)
    const version = await registry.registerVersion({
      model: 'churn',
      files: new Map([['model.json', new TextEncoder().encode('{}')]]),
      metrics: { auc: 0.9 },
      trainingData: [
        { name: 'small-reference.csv', sha256: sha256Hex(new Uint8Array(1)), rows: 600 }
      ],
      profile: JSON.parse(readFileSync(profile.outputs.profile!, 'utf8')) as JsonValue
    })
    await registry.assignStage({ model: 'churn', stage: 'production', version: version.version })

    lineage.received.length = 0
    const result = await driftStep({
      reference: 'registry:churn@production',
      current: 'small-current.csv',
      store: 'registry-store',
      history: 'false',
      'lineage-url': lineage.url
    })
    expect(result.stderr).toBe('')
    expect(result.conclusion).toBe('success')
    // Without history nothing is written to the store; the event, which reads the model version
    // itself, is only sent.
    expect((await listLineageEvents(registryStore)).events).toEqual([])
    expect(lineage.events()).toHaveLength(1)
    expect(lineage.events()[0]).toMatchObject({
      inputs: [
        {
          name: `churn@${version.version}`,
          facets: { tollgate_modelVersion: { model: 'churn', version: version.version } }
        },
        { name: 'small-current.csv' }
      ]
    })
    expect(reportOf(result).reference).toMatchObject({
      kind: 'registry',
      model: { name: 'churn', stage: 'production' }
    })
    expect(subjectIssues('churn')).toHaveLength(1)

    // History in the repository itself (the action's default store).
    const github = await driftStep(
      { reference: 'small-reference.csv', current: 'small-current.csv', subject: 'churn' },
      { GITHUB_RUN_ID: '9876543300' }
    )
    expect(github.stderr).toBe('')
    expect(github.conclusion).toBe('success')
    expect(github.stdout).toContain(
      `Drift history: recorded 9876543300-1 in ${historySeriesName('drift-churn')}`
    )
    const assets = gh
      .repository()
      .releases.list()
      .flatMap((release) =>
        gh
          .repository()
          .releases.assetsOf(release.id)
          .map((asset) => asset.name)
      )
    expect(assets.some((name) => name.includes('9876543300-1'))).toBe(true)
  })
})

describe('bad input', () => {
  it('a missing reference file fails the step with a message naming it', async () => {
    const result = await driftStep({
      reference: 'nope.csv',
      current: 'small-current.csv',
      history: 'false'
    })
    expect(result.conclusion).toBe('failure')
    expect(result.annotations.map((annotation) => annotation.message).join('\n')).toMatch(
      /nope\.csv.*no such file/
    )
    expect(existsSync(join(workspace.path, 'nope.csv'))).toBe(false)
  })

  it('an unknown method is a usage error', async () => {
    const result = await driftStep({
      reference: 'small-reference.csv',
      current: 'small-current.csv',
      method: 'kss',
      history: 'false'
    })
    expect(result.conclusion).toBe('failure')
    expect(result.annotations.at(-1)?.message).toMatch(
      /unknown drift method "kss" \(did you mean "ks"\?\)/
    )
  })
})
