import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { LocalStore } from '../../../shared/adapters/local-store.js'
import { parseYamlSource } from '../../../shared/config/yaml-source.js'
import type { DeployStepInput, DeployStepOutcome } from '../../../shared/adapters/deploy-command.js'
import {
  environmentDeployConfig,
  type EnvironmentDeployConfig
} from '../../../shared/deploy/deploy-config.js'
import { GATE_RECORD_SCHEMA } from '../../../shared/deploy/gate-verdict-record.js'
import { LocalApprovalChannel, type LocalVote } from '../../../shared/operations/deploy-approval.js'
import {
  configuredStep,
  type DeploymentTracker,
  type DeployStep
} from '../../../shared/operations/deploy-effects.js'
import { deployModel, type DeployRequest } from '../../../shared/operations/deploy-model.js'
import {
  listDeployments,
  readApprovalLedger
} from '../../../shared/operations/deploy-record-store.js'
import { rollbackEnvironment } from '../../../shared/operations/deploy-rollback.js'
import { saveGateVerdict } from '../../../shared/operations/gate-record-store.js'
import { ModelRegistry } from '../../../shared/registry/model-registry.js'
import { sha256Hex } from '../../../shared/store/content-digest.js'
import { makeTempDir, type TempDir } from '../../helpers/temp-dir.js'
import {
  buildLineageGraph,
  lineageAround,
  modelVersionNodeId
} from '../../../shared/lineage/lineage-graph.js'
import type { LineageRunContext, RunEvent } from '../../../shared/lineage/openlineage-event.js'

const dirs: TempDir[] = []
afterAll(() => dirs.forEach((dir) => dir.remove()))

const CONFIG = `deploy:
  environments:
    staging:
      requires: { gate: true }
    production:
      requires: { gate: true, stage: staging }
      approval:
        required: 2
        approvers: [alice, bob, carol]
        expires-after: 1d
`

let dir: TempDir
let store: LocalStore
let clock: number
let runCounter = 0

beforeEach(async () => {
  dir = makeTempDir('tollgate-deploy-')
  dirs.push(dir)
  store = new LocalStore(join(dir.path, '.tollgate'))
  clock = Date.parse('2025-06-12T09:00:00Z')
  const registry = new ModelRegistry(store)
  for (const weights of ['1', '2', '3']) {
    await registry.registerVersion({
      model: 'churn',
      files: new Map([['model.json', new TextEncoder().encode(`{"weights":${weights}}`)]]),
      metrics: { accuracy: 0.8 },
      trainingData: [{ name: 'train.csv', sha256: sha256Hex(new TextEncoder().encode(weights)) }],
      profile: {}
    })
  }
})

function configFor(environment: string, text = CONFIG): EnvironmentDeployConfig {
  return environmentDeployConfig(parseYamlSource(text, '.tollgate.yml').get('deploy'), environment)
}

async function passGate(version: string): Promise<void> {
  await saveGateVerdict(store, {
    schema: GATE_RECORD_SCHEMA,
    model: 'churn',
    version,
    verdict: 'promote',
    passed: true,
    summary: 'Promote: all 1 rules passed.',
    champion: null,
    metrics: { candidate: { accuracy: 0.9 }, champion: null },
    data: { rows: 100, files: [] },
    rules: { source: 'gate.yml', sha256: 'x' },
    run: { id: `gate-${version}`, attempt: 1 },
    recordedAt: '2025-06-11T00:00:00.000Z'
  })
}

/** A step that records what it was asked to deploy and fails for the listed versions. */
function fakeStep(failFor: string[] = []): DeployStep & { calls: DeployStepInput[] } {
  const calls: DeployStepInput[] = []
  return {
    kind: 'command',
    calls,
    async run(input): Promise<DeployStepOutcome> {
      calls.push(input)
      const files = existsSync(join(input.modelDir, 'model.json'))
        ? readFileSync(join(input.modelDir, 'model.json'), 'utf8')
        : ''
      const ok = !failFor.includes(input.version) && files.startsWith('{"weights"')
      return {
        ok,
        kind: 'command',
        exitCode: ok ? 0 : 3,
        detail: ok ? 'the command exited with 0' : 'the command exited with 3'
      }
    }
  }
}

function fakeTracker(): DeploymentTracker & { events: string[] } {
  const events: string[] = []
  let id = 100
  return {
    events,
    async start(input) {
      id++
      events.push(`start ${id} ${input.kind} ${input.version} ${input.environment}`)
      return { id }
    },
    async status(deployment, state) {
      events.push(`status ${deployment} ${state}`)
    }
  }
}

function request(overrides: Partial<DeployRequest> & { vote?: LocalVote }): DeployRequest {
  const environment = overrides.environment ?? 'staging'
  runCounter++
  return {
    model: 'churn',
    version: 'v0.0.1',
    environment,
    store,
    registryConfig: { promotion: 'any' },
    config: configFor(environment),
    initiator: 'dave',
    run: { id: `run-${runCounter}`, attempt: 1 },
    now: () => clock,
    approval: new LocalApprovalChannel(store, overrides.vote),
    step: fakeStep(),
    workDir: join(dir.path, 'work', String(runCounter)),
    ...overrides
  }
}

async function stageOf(environment: string): Promise<string | undefined> {
  return (await new ModelRegistry(store).currentStage('churn', environment))?.version
}

describe('deployModel without approval', () => {
  it('runs the step inside a tracked deployment, then assigns the stage and records it', async () => {
    await passGate('v0.0.1')
    const step = fakeStep()
    const tracker = fakeTracker()
    const report = await deployModel(request({ step, tracker, reason: 'weekly refresh' }))
    expect(report).toMatchObject({
      status: 'success',
      passed: true,
      version: 'v0.0.1',
      previous_version: null
    })
    expect(step.calls).toEqual([
      expect.objectContaining({
        version: 'v0.0.1',
        environment: 'staging',
        kind: 'deploy',
        previousVersion: null,
        deploymentId: 101
      })
    ])
    expect(tracker.events).toEqual([
      'start 101 deploy v0.0.1 staging',
      'status 101 in_progress',
      'status 101 success'
    ])
    expect(await stageOf('staging')).toBe('v0.0.1')
    const [record] = await listDeployments(store, 'churn', 'staging')
    expect(record).toMatchObject({
      kind: 'deploy',
      status: 'success',
      version: 'v0.0.1',
      initiator: 'dave',
      reason: 'weekly refresh',
      githubDeployment: { id: 101 },
      approval: { via: 'none', required: 0, approvers: [] }
    })
    const history = await new ModelRegistry(store).stageHistory('churn', 'staging')
    expect(history.at(-1)).toMatchObject({ actor: 'dave', reason: 'weekly refresh' })
  })

  it('copies the model files with the built-in target', async () => {
    await passGate('v0.0.2')
    const config = { ...configFor('staging'), target: join(dir.path, 'served') }
    const report = await deployModel(
      request({
        version: 'v0.0.2',
        config,
        step: configuredStep(config, dir.path, () => undefined)
      })
    )
    expect(report.status).toBe('success')
    expect(readFileSync(join(dir.path, 'served', 'model.json'), 'utf8')).toBe('{"weights":2}')
    expect(existsSync(join(dir.path, 'served', 'metrics.json'))).toBe(true)
  })

  it('refuses a version without a passing gate verdict, or not yet in staging, before anything runs', async () => {
    const step = fakeStep()
    const blocked = await deployModel(request({ step }))
    expect(blocked).toMatchObject({ status: 'blocked', passed: false })
    expect(blocked.message).toMatch(/No gate verdict is recorded for churn v0.0.1/)
    await passGate('v0.0.1')
    const production = await deployModel(request({ environment: 'production', step }))
    expect(production.status).toBe('blocked')
    expect(production.message).toMatch(/has never been in staging/)
    expect(step.calls).toEqual([])
    expect(await listDeployments(store, 'churn')).toEqual([])
  })

  it('is idempotent for a re-run of the same run and attempt', async () => {
    await passGate('v0.0.1')
    const step = fakeStep()
    const first = request({ step })
    await deployModel(first)
    const again = await deployModel({ ...first, approval: new LocalApprovalChannel(store) })
    expect(again.status).toBe('success')
    expect(again.message).toMatch(/this run already deployed/)
    expect(step.calls).toHaveLength(1)
    expect(await listDeployments(store, 'churn')).toHaveLength(1)
  })
})

describe('rollback on a failing step', () => {
  it('puts the previous version back, keeps the stage, and records both', async () => {
    for (const version of ['v0.0.1', 'v0.0.2']) await passGate(version)
    await deployModel(request({}))
    const tracker = fakeTracker()
    const step = fakeStep(['v0.0.2'])
    const report = await deployModel(request({ version: 'v0.0.2', step, tracker }))
    expect(report).toMatchObject({
      status: 'rolled-back',
      passed: false,
      previous_version: 'v0.0.1'
    })
    expect(step.calls.map((call) => [call.version, call.kind, call.previousVersion])).toEqual([
      ['v0.0.2', 'deploy', 'v0.0.1'],
      ['v0.0.1', 'rollback', 'v0.0.2']
    ])
    expect(tracker.events).toEqual([
      'start 101 deploy v0.0.2 staging',
      'status 101 in_progress',
      'status 101 failure',
      'start 102 rollback v0.0.1 staging',
      'status 102 in_progress',
      'status 102 success'
    ])
    expect(await stageOf('staging')).toBe('v0.0.1')
    const records = await listDeployments(store, 'churn', 'staging')
    expect(records.map((record) => [record.kind, record.version, record.status])).toEqual([
      ['deploy', 'v0.0.1', 'success'],
      ['rollback', 'v0.0.1', 'success'],
      ['deploy', 'v0.0.2', 'rolled-back']
    ])
    expect(records[2]).toMatchObject({
      rollback: { version: 'v0.0.1', status: 'success' },
      step: { exitCode: 3 }
    })
  })

  it('runs the real command with the documented variables, and fails when nothing can be rolled back', async () => {
    await passGate('v0.0.3')
    const log = join(dir.path, 'deploy.log')
    const command = `echo "$TOLLGATE_MODEL $TOLLGATE_VERSION $TOLLGATE_ENVIRONMENT $TOLLGATE_DEPLOYMENT_KIND [$TOLLGATE_PREVIOUS_VERSION]" >> "${log}"; test -f "$TOLLGATE_MODEL_DIR/model.json"; exit 7`
    const config = { ...configFor('staging'), command }
    const echoed: string[] = []
    const report = await deployModel(
      request({
        version: 'v0.0.3',
        config,
        step: configuredStep(config, dir.path, (text) => echoed.push(text))
      })
    )
    expect(report).toMatchObject({ status: 'failure', passed: false })
    expect(report.message).toMatch(/exited with 7.*no earlier version/)
    expect(readFileSync(log, 'utf8')).toBe('churn v0.0.3 staging deploy []\n')
    expect(await stageOf('staging')).toBeUndefined()
    expect(report.deployment).toMatchObject({
      status: 'failure',
      step: { kind: 'command', exitCode: 7 }
    })
  })

  it('rollbackEnvironment returns to the previous deployment on request', async () => {
    for (const version of ['v0.0.1', 'v0.0.2']) await passGate(version)
    await deployModel(request({}))
    await deployModel(request({ version: 'v0.0.2' }))
    const step = fakeStep()
    const report = await rollbackEnvironment({
      ...request({ step }),
      environment: 'staging',
      reason: 'latency regression'
    })
    expect(report).toMatchObject({
      status: 'success',
      version: 'v0.0.1',
      previous_version: 'v0.0.2'
    })
    expect(step.calls[0]).toMatchObject({
      version: 'v0.0.1',
      kind: 'rollback',
      previousVersion: 'v0.0.2'
    })
    expect(await stageOf('staging')).toBe('v0.0.1')
    const last = (await listDeployments(store, 'churn', 'staging')).at(-1)
    expect(last).toMatchObject({
      kind: 'rollback',
      version: 'v0.0.1',
      status: 'success',
      reason: 'latency regression'
    })
    await expect(
      rollbackEnvironment({ ...request({}), environment: 'production' })
    ).rejects.toThrow(/no version in production/)
  })
})

describe('local approval', () => {
  async function readyForProduction(): Promise<void> {
    await passGate('v0.0.2')
    await deployModel(request({ version: 'v0.0.2' }))
  }

  it('waits for a quorum of distinct approvers, not counting the initiator, then deploys once', async () => {
    await readyForProduction()
    const step = fakeStep()
    const opened = await deployModel(
      request({ environment: 'production', version: 'staging', step })
    )
    expect(opened).toMatchObject({ status: 'awaiting-approval', passed: true, version: 'v0.0.2' })
    expect(opened.message).toMatch(/approval requested: 0 of 2/)
    const id = opened.approval?.request
    expect(id).toMatch(/^production-v0\.0\.2-run-\d+-1$/)

    clock += 60_000
    const self = await deployModel(
      request({
        environment: 'production',
        version: 'v0.0.2',
        step,
        vote: { login: 'dave', kind: 'approve' }
      })
    )
    expect(self.status).toBe('awaiting-approval')
    expect(self.approval?.ignored.map((entry) => entry.reason)).toEqual([
      'the initiator cannot approve their own deployment'
    ])

    const alice = await deployModel(
      request({
        environment: 'production',
        version: 'v0.0.2',
        step,
        vote: { login: 'alice', kind: 'approve' }
      })
    )
    expect(alice).toMatchObject({ status: 'awaiting-approval', approval: { request: id } })
    expect(alice.approval?.approvals.map((vote) => vote.login)).toEqual(['alice'])
    expect(step.calls).toEqual([])

    clock += 60_000
    const bob = await deployModel(
      request({
        environment: 'production',
        version: 'v0.0.2',
        step,
        vote: { login: 'bob', kind: 'approve' }
      })
    )
    expect(bob).toMatchObject({ status: 'success', approval: { state: 'approved', request: id } })
    expect(step.calls).toHaveLength(1)
    expect(await stageOf('production')).toBe('v0.0.2')
    const [record] = await listDeployments(store, 'churn', 'production')
    expect(record).toMatchObject({
      status: 'success',
      initiator: 'dave',
      approval: {
        via: 'local',
        required: 2,
        request: id,
        approvers: [{ login: 'alice' }, { login: 'bob' }]
      }
    })

    // A late vote finds the request decided and opens a new one; nothing runs again.
    const late = await deployModel(
      request({
        environment: 'production',
        version: 'v0.0.2',
        step,
        vote: { login: 'carol', kind: 'approve' }
      })
    )
    expect(late.status).toBe('awaiting-approval')
    expect(step.calls).toHaveLength(1)
  })

  it('records a denial and deploys nothing', async () => {
    await readyForProduction()
    const step = fakeStep()
    await deployModel(request({ environment: 'production', version: 'v0.0.2', step }))
    const denied = await deployModel(
      request({
        environment: 'production',
        version: 'v0.0.2',
        step,
        vote: { login: 'carol', kind: 'deny', reason: 'drift unresolved' }
      })
    )
    expect(denied).toMatchObject({ status: 'denied', passed: false })
    expect(denied.message).toMatch(/denied by carol/)
    expect(step.calls).toEqual([])
    expect(await stageOf('production')).toBeUndefined()
    const [record] = await listDeployments(store, 'churn', 'production')
    expect(record).toMatchObject({ status: 'denied', step: { kind: 'none' } })
    const ledger = await readApprovalLedger(store, 'churn')
    expect([...ledger.decisions.values()].map((decision) => decision.state)).toEqual(['denied'])
  })

  it('expires a request after its time, and opens a new one for the next attempt', async () => {
    await readyForProduction()
    const first = await deployModel(request({ environment: 'production', version: 'v0.0.2' }))
    clock += 2 * 86_400_000
    const next = await deployModel(
      request({
        environment: 'production',
        version: 'v0.0.2',
        vote: { login: 'alice', kind: 'approve' }
      })
    )
    expect(next.status).toBe('awaiting-approval')
    expect(next.approval?.request).not.toBe(first.approval?.request)
    const resumed = await deployModel(
      request({
        environment: 'production',
        version: 'v0.0.2',
        resume: (await readApprovalLedger(store, 'churn')).requests[0]!
      })
    )
    expect(resumed).toMatchObject({ status: 'expired', passed: false })
    expect(
      (await listDeployments(store, 'churn', 'production')).map((record) => record.status)
    ).toEqual(['expired'])
  })
})

describe('lineage', () => {
  it('links the version to its deployments in the lineage graph', async () => {
    await passGate('v0.0.1')
    await passGate('v0.0.2')
    const lineage: LineageRunContext = {
      workflowRunId: '900',
      attempt: 1,
      job: 'deploy',
      action: 'deploy',
      producer: 'urn:tollgate:test',
      namespace: 'github://octo-org/models'
    }
    await deployModel(request({ lineage }))
    await deployModel(
      request({
        version: 'v0.0.2',
        step: fakeStep(['v0.0.2']),
        lineage: { ...lineage, workflowRunId: '901' }
      })
    )
    const records = await listDeployments(store, 'churn', 'staging')
    const events = records
      .map((record) => record.lineage)
      .filter((event): event is RunEvent => event !== undefined)
    expect(
      events.map((event) => [event.eventType, event.run.facets?.tollgate_deployment?.status])
    ).toEqual([
      ['COMPLETE', 'success'],
      ['COMPLETE', 'success'],
      ['FAIL', 'rolled-back']
    ])
    const graph = lineageAround(buildLineageGraph(events), modelVersionNodeId('churn', 'v0.0.2'))
    expect(graph.nodes.map((node) => [node.kind, node.label])).toEqual([
      ['deployment', 'deploy staging: rolled-back run 901#1 (failed)'],
      ['model-version', 'churn v0.0.2']
    ])
  })
})
