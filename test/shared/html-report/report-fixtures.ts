import { buildLineageGraph, type LineageGraph } from '../../../shared/lineage/lineage-graph.js'
import {
  buildRunEvent,
  type LineageRunContext,
  type RunEvent
} from '../../../shared/lineage/openlineage-event.js'
import { validateData, type ValidateOutcome } from '../../../shared/operations/validate-data.js'
import type { TempDir } from '../../helpers/temp-dir.js'
import { LocalStore } from '../../../shared/adapters/local-store.js'
import type { DeploymentRecord } from '../../../shared/deploy/deployment-record.js'
import { evaluateGate } from '../../../shared/operations/gate-evaluation.js'
import { ModelRegistry } from '../../../shared/registry/model-registry.js'
import type { DeployReport } from '../../../shared/report/deploy-report.js'
import type { GateReport } from '../../../shared/report/gate-report.js'
import { TRAIN_REPORT_SCHEMA, type TrainReport } from '../../../shared/report/train-report.js'
import { registerModel, syntheticCsv, trainOn } from '../operations/gate-test-models.js'
import { computeChart } from '../../../shared/spc/compute-chart.js'
import {
  buildSpcReport,
  chartReport,
  collectingReport,
  type SpcReport
} from '../../../shared/report/spc-report.js'

/**
 * Inputs for the HTML report tests: a real validate-data run (the operation, not a hand-made
 * report) over data whose column name and values try to break out of HTML and SVG, and a
 * lineage graph of the whole lifecycle built from OpenLineage events.
 */

/** Values that would run script or close an element if any renderer forgot to escape. */
export const HOSTILE = {
  script: '<script>alert(1)</script>',
  attribute: '"><img src=x onerror=alert(2)>',
  svg: '</svg><script>alert(3)</script>'
} as const

export const HOSTILE_COLUMN = HOSTILE.script

const CSV = [
  `id,age,score,city,"${HOSTILE_COLUMN.replace(/"/g, '""')}"`,
  `1,34,0.91,Berlin,fine`,
  `2,17,0.42,Paris,"${HOSTILE.attribute.replace(/"/g, '""')}"`,
  `3,45,0.77,Berlin,"${HOSTILE.svg}"`,
  `4,29,0.55,Lyon,ok`,
  `5,71,0.13,Paris,${HOSTILE.script}`,
  `6,38,0.66,Berlin,fine`,
  `7,52,0.88,Madrid,ok`,
  `8,23,0.31,Paris,fine`,
  `9,41,0.59,Berlin,ok`,
  `10,36,0.71,Lyon,fine`
].join('\n')

const CHECKS = `table:
  row_count: { min: 5 }
columns:
  id: { unique: true, not_null: true }
  age: { between: { min: 18, max: 65 } }
  score: { between: { min: 0, max: 1 } }
  city: { in_set: [Berlin, Paris, Lyon], severity: warn }
  "${HOSTILE_COLUMN}": { regex: '^[a-z]+$' }
`

/** Writes the hostile table and its checks file into `dir`: `customers.csv` and `checks.yml`. */
export function writeHostileTable(dir: TempDir): { data: string; checks: string } {
  return { data: dir.file('customers.csv', `${CSV}\n`), checks: dir.file('checks.yml', CHECKS) }
}

/** validate-data over the hostile table: fails (age), warns (city), and the regex fails on every hostile value. */
export async function hostileValidateOutcome(dir: TempDir): Promise<ValidateOutcome> {
  const { data, checks: checksPath } = writeHostileTable(dir)
  return validateData({
    data: [data],
    checksPath,
    format: 'auto',
    failOn: 'error',
    threads: 1,
    now: Date.parse('2026-03-01T00:00:00Z'),
    cwd: dir.path
  })
}

const base: LineageRunContext = {
  producer: 'https://github.com/octo-org/tollgate/tree/v1',
  namespace: 'github://octo-org/models',
  workflowRunId: '100',
  attempt: 1,
  job: 'ml',
  action: 'train'
}

const modelVersion = (version: string) => ({
  namespace: 'github://octo-org/models',
  name: `churn@${version}`,
  modelVersion: { model: 'churn', version }
})

/**
 * The lifecycle of DESIGN.md §7 with two validate runs, SPC, training, registration, a gate, a
 * failed and a successful deployment and a drift check; one dataset carries a hostile name.
 */
export function lifecycleEvents(): RunEvent[] {
  const train = 'a'.repeat(64)
  const holdout = 'b'.repeat(64)
  const model = 'c'.repeat(64)
  const today = 'd'.repeat(64)
  const context = (action: string, run: string): LineageRunContext => ({
    ...base,
    action,
    workflowRunId: run
  })
  const at = (minute: number): string =>
    new Date(Date.parse('2026-03-01T10:00:00Z') + minute * 60_000).toISOString()
  return [
    buildRunEvent({
      context: context('validate-data', '90'),
      eventType: 'COMPLETE',
      eventTime: at(0),
      inputs: [{ namespace: 'file', name: 'data/train.csv', sha256: train }]
    }),
    buildRunEvent({
      context: context('spc-check', '91'),
      eventType: 'COMPLETE',
      eventTime: at(1),
      inputs: [{ namespace: 'file', name: 'data/train.csv', sha256: train }]
    }),
    buildRunEvent({
      context: context('validate-data', '92'),
      eventType: 'FAIL',
      eventTime: at(2),
      inputs: [{ namespace: 'file', name: `data/${HOSTILE.attribute}.csv`, sha256: holdout }]
    }),
    buildRunEvent({
      context: context('train', '100'),
      eventType: 'COMPLETE',
      eventTime: at(5),
      inputs: [{ namespace: 'file', name: 'data/train.csv', sha256: train }],
      outputs: [{ namespace: 'file', name: 'out/model.json', sha256: model }]
    }),
    buildRunEvent({
      context: context('register-model', '100'),
      eventType: 'COMPLETE',
      eventTime: at(6),
      inputs: [{ namespace: 'github://octo-org/models', name: 'model.json', sha256: model }],
      outputs: [modelVersion('v0.0.1')]
    }),
    buildRunEvent({
      context: context('evaluate-gate', '101'),
      eventType: 'COMPLETE',
      eventTime: at(60),
      inputs: [modelVersion('v0.0.1'), { namespace: 'file', name: 'holdout.csv', sha256: holdout }],
      outcome: { gateVerdict: { passed: true } }
    }),
    buildRunEvent({
      context: context('deploy', '102'),
      eventType: 'FAIL',
      eventTime: at(120),
      inputs: [modelVersion('v0.0.1')],
      outcome: {
        deployment: { environment: 'staging', model: 'churn', version: 'v0.0.1', status: 'failure' }
      }
    }),
    buildRunEvent({
      context: context('deploy', '103'),
      eventType: 'COMPLETE',
      eventTime: at(180),
      inputs: [modelVersion('v0.0.1')],
      outcome: {
        deployment: {
          environment: 'production',
          model: 'churn',
          version: 'v0.0.1',
          status: 'success'
        }
      }
    }),
    buildRunEvent({
      context: context('drift-check', '104'),
      eventType: 'COMPLETE',
      eventTime: at(1440),
      inputs: [
        modelVersion('v0.0.1'),
        { namespace: 'file', name: 'data/today.csv', sha256: today }
      ],
      outcome: { drift: { drifted: true, driftedColumns: 2 } }
    })
  ]
}

export function lifecycleGraph(): LineageGraph {
  return buildLineageGraph(lifecycleEvents())
}

/** Individuals with a shift at the end (rule hits), sizes for a p chart (step limits). */
const IMR_VALUES = [
  10.2, 9.8, 10.5, 10.1, 9.6, 10.4, 10.0, 9.9, 10.3, 10.6, 10.2, 9.7, 10.1, 10.0, 9.8, 10.4, 10.2,
  9.9, 10.1, 10.3, 13.9, 10.0, 11.1, 11.2, 11.0, 11.3, 11.1, 11.4
]
const P_COUNTS = [4, 6, 5, 3, 7, 5, 4, 6, 5, 4, 6, 5, 3, 5, 4, 6, 5, 4, 5, 6, 14, 5]
const P_SIZES = [
  100, 120, 90, 110, 130, 100, 95, 105, 115, 100, 125, 100, 90, 110, 100, 120, 100, 95, 105, 110,
  100, 120
]

/**
 * A real spc-check report (charts computed by shared/spc): an I-MR chart with rule violations,
 * a p chart with varying subgroup sizes (step limits), a CUSUM chart and a metric still
 * collecting its baseline. One metric name is hostile.
 */
export function spcFixtureReport(): SpcReport {
  const last = (n: number): number[] => [n]
  const imr = computeChart({
    chart: 'imr',
    points: IMR_VALUES.map((value) => ({ value })),
    baseline: 20,
    rules: 'nelson'
  })
  const p = computeChart({
    chart: 'p',
    points: P_COUNTS.map((count, index) => ({ count, size: P_SIZES[index]! })),
    baseline: 20
  })
  const cusum = computeChart({
    chart: 'cusum',
    points: IMR_VALUES.map((value) => ({ value })),
    baseline: 20
  })
  return buildSpcReport({
    mode: 'history',
    series: 'nightly',
    store: 'directory .tollgate',
    record: { key: 'run-28', outcome: 'created' },
    failOn: 'error',
    charts: [
      chartReport({
        name: `nightly/${HOSTILE.svg}`,
        metric: HOSTILE.svg,
        kind: 'measurement',
        result: imr,
        current: last(IMR_VALUES.length)
      }),
      chartReport({
        name: 'nightly/null_rate',
        metric: 'null_rate',
        kind: 'proportion',
        result: p,
        current: last(P_COUNTS.length)
      }),
      chartReport({
        name: 'nightly/rows_cusum',
        metric: 'rows',
        kind: 'measurement',
        result: cusum,
        current: last(IMR_VALUES.length)
      }),
      collectingReport({
        name: 'nightly/new_metric',
        metric: 'new_metric',
        kind: 'measurement',
        chart: 'imr',
        points: 3,
        needed: 20
      })
    ],
    damaged: [],
    superseded: [],
    warnings: [],
    generatedAt: '2026-03-01T00:00:00.000Z',
    version: '0.1.0'
  })
}

/**
 * A real evaluate-gate report (shared/operations/gate-evaluation.ts): a strong candidate against
 * a weaker production champion, with McNemar, DeLong and bootstrap intervals and per-class
 * metrics. Training two small logistic regressions takes a moment.
 */
export async function gateFixtureReport(dir: TempDir): Promise<GateReport> {
  const store = new LocalStore(`${dir.path}/.tollgate`)
  const trainCsv = syntheticCsv(600, 1)
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
  const rules = dir.file(
    'gate.yml',
    [
      'bootstrap: { replicates: 1000, seed: 7 }',
      'metrics:',
      '  accuracy:',
      '    min: 0.6',
      '    min_improvement: 0.02',
      '    require_significance: { test: mcnemar, alpha: 0.05 }',
      '  roc_auc:',
      '    max_regression: 0.0',
      '    require_significance: delong',
      '  f1: { min: 0.99 }',
      '  log_loss: { max_regression: 0.0 }'
    ].join('\n')
  )
  const { report } = await evaluateGate({
    candidate: 'churn@v0.0.2',
    champion: 'production',
    data: [dir.file('eval.csv', syntheticCsv(400, 2))],
    target: 'label',
    thresholdsPath: rules,
    task: 'auto',
    format: 'auto',
    cwd: dir.path,
    openRegistry: async () => new ModelRegistry(store),
    now: Date.parse('2026-03-01T00:00:00Z')
  })
  return report
}

const approver = { login: 'alice', at: '2026-03-01T12:00:00Z' }

function deploymentRecord(overrides: Partial<DeploymentRecord>): DeploymentRecord {
  return {
    schema: 'tollgate.deployment/1',
    model: 'churn',
    version: 'v0.0.2',
    environment: 'production',
    kind: 'deploy',
    status: 'success',
    previousVersion: 'v0.0.1',
    approval: { via: 'issue', required: 1, approvers: [approver], issue: 7 },
    initiator: 'bob',
    run: { id: '103', attempt: 1 },
    step: { kind: 'command', exitCode: 0, detail: 'ran ./deploy.sh: exit code 0' },
    startedAt: '2026-03-01T12:00:00Z',
    finishedAt: '2026-03-01T12:03:00Z',
    ...overrides
  }
}

/** A deployment history: a staging deploy, a failed production deploy rolled back, then a success. */
export function deploymentHistory(): DeploymentRecord[] {
  return [
    deploymentRecord({
      environment: 'staging',
      previousVersion: null,
      approval: { via: 'none', required: 0, approvers: [] },
      finishedAt: '2026-03-01T10:03:00Z',
      startedAt: '2026-03-01T10:00:00Z',
      run: { id: '101', attempt: 1 }
    }),
    deploymentRecord({
      status: 'rolled-back',
      rollback: { version: 'v0.0.1', status: 'success' },
      step: {
        kind: 'command',
        exitCode: 1,
        detail: `ran ./deploy.sh: exit code 1 (${HOSTILE.script})`
      },
      finishedAt: '2026-03-01T11:03:00Z',
      startedAt: '2026-03-01T11:00:00Z',
      run: { id: '102', attempt: 1 }
    }),
    deploymentRecord({
      kind: 'rollback',
      version: 'v0.0.1',
      previousVersion: 'v0.0.2',
      finishedAt: '2026-03-01T11:04:00Z',
      run: { id: '102', attempt: 1 }
    }),
    deploymentRecord({})
  ]
}

/** The deploy report of the last, successful production deployment. */
export function deployFixtureReport(): DeployReport {
  const history = deploymentHistory()
  return {
    $schema: 'https://tollgate.dev/schemas/deploy-report.schema.json',
    tool: { name: 'tollgate', version: '0.1.0' },
    action: 'deploy',
    generated_at: '2026-03-01T12:03:00Z',
    model: 'churn',
    version: 'v0.0.2',
    environment: 'production',
    status: 'success',
    passed: true,
    message: 'churn v0.0.2 is deployed to production (was v0.0.1).',
    previous_version: 'v0.0.1',
    promotion: {
      allowed: true,
      checks: [
        { requirement: 'staging before production', passed: true, detail: 'v0.0.2 was in staging' },
        { requirement: 'a passing gate verdict', passed: true, detail: 'promote on 2026-03-01' }
      ]
    },
    approval: {
      via: 'issue',
      required: 1,
      state: 'approved',
      approvals: [{ login: 'alice', kind: 'approve', at: approver.at, commentId: 11 }],
      denials: [],
      ignored: [
        {
          login: 'mallory',
          kind: 'approve',
          at: approver.at,
          commentId: 12,
          reason: `not an approver ${HOSTILE.attribute}`
        }
      ],
      request: 'req-1',
      issue: { number: 7, url: 'https://github.com/octo-org/models/issues/7' },
      expires_at: null
    },
    deployment: history[3]!,
    rollback: null,
    evidence: { gate_verdicts: [], stage_history: [], reports: [] }
  }
}

/** A training report of a gradient-boosted model with hostile parameter and feature names. */
export function trainFixtureReport(): TrainReport {
  return {
    schema: TRAIN_REPORT_SCHEMA,
    tollgate_version: '0.1.0',
    generated_at: '2026-03-01T10:05:00Z',
    run_id: '0195f3a0-0000-7000-8000-000000000000',
    model: 'gbdt',
    command: null,
    target: 'churned',
    task: 'binary',
    output: '/tmp/out',
    files: [],
    metrics: { accuracy: 0.81, roc_auc: 0.88 },
    metrics_source: 'validation',
    training_metrics: { accuracy: 0.93, roc_auc: 0.97 },
    params: { learning_rate: 0.1, max_depth: 3, [HOSTILE.script]: HOSTILE.attribute },
    feature_importances: Array.from({ length: 25 }, (_, index) => ({
      feature: index === 0 ? HOSTILE.svg : `x${index}`,
      importance: 1 / (index + 1)
    })),
    rows: { total: 1000, train: 800, validation: 200, dropped_missing_target: 3 },
    data: [{ path: 'data/train.csv', format: 'csv', bytes: 123456, sha256: 'a'.repeat(64) }],
    code: { commit: 'b'.repeat(40), dirty: true },
    environment: {
      tollgate: '0.1.0',
      node: 'v20',
      os: { platform: 'linux', release: '6', arch: 'x64' }
    },
    duration_ms: 1234,
    warnings: [`feature ${HOSTILE.script} is constant`],
    lineage: '/tmp/out/lineage.json'
  }
}
