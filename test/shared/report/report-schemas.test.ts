import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { LocalStore } from '../../../shared/adapters/local-store.js'
import { parseYamlSource } from '../../../shared/config/yaml-source.js'
import { environmentDeployConfig } from '../../../shared/deploy/deploy-config.js'
import { LocalApprovalChannel, type LocalVote } from '../../../shared/operations/deploy-approval.js'
import type { DeployStep } from '../../../shared/operations/deploy-effects.js'
import { deployModel, type DeployRequest } from '../../../shared/operations/deploy-model.js'
import { rollbackEnvironment } from '../../../shared/operations/deploy-rollback.js'
import { evaluateGate, type GateRequest } from '../../../shared/operations/gate-evaluation.js'
import {
  gateVerdictRecordOf,
  saveGateVerdict
} from '../../../shared/operations/gate-record-store.js'
import { ModelRegistry } from '../../../shared/registry/model-registry.js'
import { DEPLOY_REPORT_SCHEMA_ID } from '../../../shared/report/deploy-report.js'
import { GATE_REPORT_SCHEMA_ID } from '../../../shared/report/gate-report.js'
import { repoRoot } from '../../helpers/paths.js'
import { makeTempDir, type TempDir } from '../../helpers/temp-dir.js'
import { registerModel, syntheticCsv, trainOn } from '../operations/gate-test-models.js'

/**
 * The JSON Schemas that the gate and deploy reports' `$schema` name, checked against real
 * reports of every shape: promote with slices and required bootstrap evidence, no champion,
 * regression, and deployments that succeed, wait for approval, are planned, blocked, rolled back.
 */

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv
function compile(file: string): ValidateFunction {
  const schema = JSON.parse(
    readFileSync(join(repoRoot, 'shared/report/schemas', file), 'utf8')
  ) as {
    $id: string
  }
  return addFormats(new Ajv({ allErrors: true, allowUnionTypes: true, strict: true })).compile(
    schema
  )
}
function problems(validate: ValidateFunction, report: unknown): unknown[] {
  return validate(JSON.parse(JSON.stringify(report))) ? [] : (validate.errors ?? [])
}

let dir: TempDir
let store: LocalStore
beforeAll(async () => {
  dir = makeTempDir('tollgate-schemas-')
  store = new LocalStore(join(dir.path, '.tollgate'))
  const trainCsv = syntheticCsv(500, 1)
  await registerModel(
    store,
    'churn',
    trainOn(trainCsv, 'label', 'logistic-regression', { drop: ['x1'] })
  )
  await registerModel(store, 'churn', trainOn(trainCsv, 'label', 'logistic-regression'))
  await registerModel(store, 'amount', trainOn(trainCsv, 'amount', 'linear-regression'))
  await new ModelRegistry(store).assignStage({
    model: 'churn',
    stage: 'production',
    version: 'v0.0.1'
  })
})
afterAll(() => dir.remove())

function gateRequest(overrides: Partial<GateRequest> & { rules: string }): GateRequest {
  return {
    candidate: 'churn@v0.0.2',
    champion: 'production',
    data: [dir.file('eval.csv', syntheticCsv(300, 2, { missingLabelEvery: 37 }))],
    target: 'label',
    thresholdsPath: dir.file(`rules-${Math.random().toString(36).slice(2)}.yml`, overrides.rules),
    task: 'auto',
    format: 'auto',
    cwd: dir.path,
    openRegistry: async () => new ModelRegistry(store),
    now: Date.parse('2026-11-24T09:00:00Z'),
    ...overrides
  }
}

describe('gate-report.schema.json', () => {
  const validate = compile('gate-report.schema.json')

  it('is the schema the reports name', () => {
    expect((validate.schema as { $id: string }).$id).toBe(GATE_REPORT_SCHEMA_ID)
  })

  it('accepts a promotion with slices, per-class metrics and required bootstrap evidence', async () => {
    const { report } = await evaluateGate(
      gateRequest({
        slice: 'region',
        rules: `bootstrap: { replicates: 1000, seed: 3, stratified: true }
metrics:
  accuracy:
    min: 0.6
    require_significance: { test: bootstrap, alpha: 0.05 }
  roc_auc: { max_regression: 0.05, require_significance: { test: delong, margin: 0.05 } }
  f1: { min_improvement: { value: 0.0, relative: true } }
`
      })
    )
    expect(report.champion).not.toBeNull()
    expect(report.slices).not.toBeNull()
    expect(report.evidence.bootstrap.some((entry) => entry.required)).toBe(true)
    expect(problems(validate, report)).toEqual([])
  })

  it('accepts a verdict without champion and a regression gate', async () => {
    const alone = await evaluateGate(
      gateRequest({ champion: 'none', rules: 'metrics:\n  accuracy: { min: 0.99 }\n' })
    )
    expect(alone.report.verdict).toBe('reject')
    expect(problems(validate, alone.report)).toEqual([])
    const regression = await evaluateGate(
      gateRequest({
        candidate: 'amount@v0.0.1',
        champion: 'none',
        target: 'amount',
        rules: 'metrics:\n  rmse: { max: 5 }\n  r2: { min: 0.5 }\n'
      })
    )
    expect(regression.report.task).toBe('regression')
    expect(problems(validate, regression.report)).toEqual([])
  })

  it('rejects a report that lost a field or has a wrong verdict', async () => {
    const { report } = await evaluateGate(
      gateRequest({ rules: 'metrics:\n  accuracy: { min: 0.5 }\n' })
    )
    const { evidence: _evidence, ...missing } = report
    expect(problems(validate, missing)).not.toEqual([])
    expect(problems(validate, { ...report, verdict: 'maybe' })).not.toEqual([])
  })
})

describe('deploy-report.schema.json', () => {
  const validate = compile('deploy-report.schema.json')
  const CONFIG = parseYamlSource(
    `deploy:
  environments:
    staging:
      requires: { gate: true }
    production:
      requires: { gate: true, stage: staging }
      approval: { required: 1, approvers: [dana] }
`,
    '.tollgate.yml'
  ).get('deploy')
  let runs = 0
  /** A deploy command that fails for one version (and succeeds when rolling back). */
  const step = (failFor?: string): DeployStep => ({
    kind: 'command',
    run: async (input) => {
      const ok = input.version !== failFor
      return {
        ok,
        kind: 'command',
        exitCode: ok ? 0 : 1,
        detail: ok ? 'the command exited with 0' : 'the command exited with 1'
      }
    }
  })
  const request = (
    environment: string,
    overrides: Partial<DeployRequest> & { vote?: LocalVote } = {}
  ): DeployRequest => ({
    model: 'churn',
    version: 'v0.0.2',
    environment,
    store,
    registryConfig: { promotion: 'any' },
    config: environmentDeployConfig(CONFIG, environment),
    initiator: 'sam',
    run: { id: `run-${++runs}`, attempt: 1, url: `https://github.com/o/r/actions/runs/${runs}` },
    now: () => Date.parse('2026-11-24T10:00:00Z') + runs * 1000,
    approval: new LocalApprovalChannel(store, overrides.vote),
    step: step(),
    workDir: join(dir.path, 'work', String(runs)),
    lineage: {
      producer: 'urn:tollgate:test',
      namespace: 'local',
      workflowRunId: `run-${runs}`,
      attempt: 1,
      job: '',
      action: 'deploy'
    },
    ...overrides
  })

  it('is the schema the reports name', () => {
    expect((validate.schema as { $id: string }).$id).toBe(DEPLOY_REPORT_SCHEMA_ID)
  })

  it('accepts reports of every outcome', async () => {
    const reports = []
    reports.push(await deployModel(request('staging'))) // blocked: no gate verdict yet
    const { report: gate } = await evaluateGate(
      gateRequest({ rules: 'metrics:\n  accuracy: { min: 0.5 }\n' })
    )
    await saveGateVerdict(store, gateVerdictRecordOf(gate, { id: 'gate-1', attempt: 1 })!)
    reports.push(await deployModel(request('staging'))) // success, with evidence
    reports.push(await deployModel(request('production', { dryRun: true }))) // planned
    reports.push(await deployModel(request('production'))) // awaiting approval
    reports.push(
      await deployModel(request('production', { vote: { login: 'dana', kind: 'approve' } }))
    )
    // v0.0.1 passes a gate of its own, then fails to deploy: staging goes back to v0.0.2.
    const { report: first } = await evaluateGate(
      gateRequest({
        candidate: 'churn@v0.0.1',
        champion: 'none',
        rules: 'metrics:\n  accuracy: { min: 0.5 }\n'
      })
    )
    await saveGateVerdict(store, gateVerdictRecordOf(first, { id: 'gate-2', attempt: 1 })!)
    reports.push(await deployModel(request('staging', { version: 'v0.0.1', step: step('v0.0.1') })))
    reports.push(await rollbackEnvironment({ ...request('production'), reason: 'bad metrics' }))
    expect(reports.map((report) => report.status)).toEqual([
      'blocked',
      'success',
      'planned',
      'awaiting-approval',
      'success',
      'rolled-back',
      'success'
    ])
    for (const report of reports) expect(problems(validate, report)).toEqual([])
    expect(reports[4]!.approval?.approvals.map((vote) => vote.login)).toEqual(['dana'])
    expect(reports[5]!.rollback).not.toBeNull()
  })

  it('rejects an unknown status and a malformed record', async () => {
    const report = await deployModel(request('staging', { dryRun: true }))
    expect(problems(validate, { ...report, status: 'maybe' })).not.toEqual([])
    expect(problems(validate, { ...report, previous_version: '1.0' })).not.toEqual([])
  })
})
