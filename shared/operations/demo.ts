import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { LocalStore } from '../adapters/local-store.js'
import { loadProjectConfig } from '../adapters/project-config.js'
import {
  driftCheckRunEvents,
  spcCheckRunEvents,
  validateDataRunEvents
} from '../adapters/data-run-lineage.js'
import { lineageContextFor } from '../adapters/run-provenance.js'
import { writeJsonFile, writeTextFile } from '../adapters/user-files.js'
import { configuredStep } from './deploy-effects.js'
import { LocalApprovalChannel } from './deploy-approval.js'
import { deployModel } from './deploy-model.js'
import { listDeployments } from './deploy-record-store.js'
import { driftCheck } from './drift-check.js'
import { resolveDriftSettings } from './drift-settings.js'
import { evaluateGate } from './gate-evaluation.js'
import { gateVerdictRecordOf, saveGateVerdict } from './gate-record-store.js'
import { collectLifecycleLineage, type LifecycleLineage } from './lifecycle-lineage.js'
import { saveLineageEvent } from './lineage-record-store.js'
import { prepareDemoDirectory } from './demo-directory.js'
import { registerModel } from './register-model.js'
import { spcCheck, type SpcCheckRequest } from './spc-check.js'
import { trainModel } from './train-model.js'
import { validateData } from './validate-data.js'
import { environmentDeployConfig } from '../deploy/deploy-config.js'
import { runIdentityOf } from '../deploy/run-key.js'
import {
  CUSTOMER_COLUMNS,
  customersCsv,
  formatDay,
  generateCustomers
} from '../demo/churn-customers.js'
import {
  DEMO_CHECKS_YAML,
  DEMO_FEATURES,
  DEMO_GATE_RULES_YAML,
  DEMO_PEOPLE,
  demoProjectYaml
} from '../demo/demo-files.js'
import {
  demoOverviewSection,
  trainedVersionsSection,
  type DemoStageResult
} from '../demo/demo-sections.js'
import {
  deployVerdict,
  driftVerdict,
  gateVerdict,
  spcVerdict,
  trainVerdict,
  validateVerdict,
  type StageVerdict
} from '../demo/demo-summaries.js'
import { simulatePipelineHistory } from '../demo/pipeline-history.js'
import type { DriftReport } from '../drift-report/drift-report.js'
import { deployReportSections } from '../html-report/deploy-sections.js'
import { driftReportSections } from '../html-report/drift-sections.js'
import { gateReportSections } from '../html-report/gate-sections.js'
import { renderHtmlReport } from '../html-report/html-report.js'
import { lineageSection } from '../html-report/lineage-section.js'
import type { ReportSection } from '../html-report/report-section.js'
import { spcReportSections } from '../html-report/spc-sections.js'
import { validateReportSections } from '../html-report/validate-sections.js'
import { renderLineageMermaidBlock } from '../lineage/mermaid-lineage.js'
import type { LineageRunContext, RunEvent } from '../lineage/openlineage-event.js'
import { ModelRegistry } from '../registry/model-registry.js'
import type { DeployReport } from '../report/deploy-report.js'
import type { GateReport } from '../report/gate-report.js'
import type { RegisterReport } from '../report/registry-report.js'
import type { SpcReport } from '../report/spc-report.js'
import type { TrainReport } from '../report/train-report.js'
import type { ValidateReport } from '../report/validate-report.js'
import { parseSpcConfig } from '../spc-history/spc-config.js'
import type { SpcRunIdentity } from '../spc-history/spc-record.js'
import { TOLLGATE_VERSION } from '../version.js'
import { groupedInteger } from '../text/grouped-integer.js'

/**
 * `tollgate demo`: the whole lifecycle on generated data, with a local store and no network or
 * token, calling the same operations the actions call:
 * generate → validate → spc (29 simulated earlier days + today, one injected shift) → train and
 * register v0.0.1 → train and register v0.0.2 → v0.0.1 becomes the champion → gate v0.0.2 against
 * production → deploy to staging → deploy to production after a named approver's approval →
 * drift of a campaign batch against the production model → one HTML report with the lineage.
 */

export const DEMO_MODEL = 'churn'
/** The series spc-check keeps the daily extract's history under. */
export const DEMO_SPC_SERIES = 'customers'
/** The injected process shift: the pipeline starts reporting charges 6 % higher. */
export const DEMO_SHIFT = { metric: 'monthly_charges.mean', chargesFactor: 1.06 } as const

/**
 * Parameters of the two versions: a quick first model (8 boosting rounds of stumps), then a tuned
 * one that beats it at every data size the demo allows (checked for 1,000 to 5,000 rows).
 */
const VERSION_PARAMS = [
  { max_iter: 8, max_leaf_nodes: 2 },
  { max_iter: 80, learning_rate: 0.08, max_leaf_nodes: 4, min_samples_leaf: 30 }
] as const

export interface DemoOptions {
  /** The demo directory (wiped and recreated; see demo-directory.ts). */
  directory: string
  cwd?: string
  /** Rows of today's extract, the training data (default 5000). */
  rows?: number
  /** Rows of the evaluation data the gate scores (default 2000). */
  holdoutRows?: number
  /** Rows of the campaign batch drift-check compares (default 2000). */
  scoringRows?: number
  /** Simulated daily runs before today (default 29, so 30 points with today's). */
  historyDays?: number
  seed?: number
  /** "Now", ms since the epoch (default the clock). */
  now?: number
  progress?: DemoProgress
}

/** What the command line shows while the demo runs. */
export interface DemoProgress {
  stageStarted(stage: { index: number; total: number; id: string; title: string }): void
  /** Long stages (training, the gate's bootstrap) report their progress. */
  stageProgress(done: number, total: number): void
  stageFinished(result: DemoStageResult): void
}

export interface DemoOutcome {
  directory: string
  /** The self-contained HTML report. */
  reportPath: string
  /** The lineage graph as Mermaid, in a markdown file GitHub renders. */
  lineagePath: string
  stages: DemoStageResult[]
  /** True when every stage went as the demo expects. */
  passed: boolean
  validate: ValidateReport
  spc: SpcReport
  trained: { train: TrainReport; register: RegisterReport }[]
  gate: GateReport
  deployments: { staging: DeployReport; request: DeployReport; production: DeployReport }
  drift: DriftReport
  lineage: LifecycleLineage
}

const STAGES = [
  ['generate', 'generate data'],
  ['validate', 'validate-data'],
  ['spc', 'spc-check'],
  ['train-1', 'train v1'],
  ['register-1', 'register v1'],
  ['train-2', 'train v2'],
  ['register-2', 'register v2'],
  ['champion', 'champion'],
  ['gate', 'evaluate-gate'],
  ['deploy-staging', 'deploy staging'],
  ['deploy-production', 'deploy production'],
  ['drift', 'drift-check'],
  ['report', 'report']
] as const

type StageId = (typeof STAGES)[number][0]

/** Provenance is recorded as on a laptop even inside a workflow: each step is its own run. */
const DEMO_ENV: NodeJS.ProcessEnv = {}

const DAY_MS = 86_400_000

export async function runDemo(options: DemoOptions): Promise<DemoOutcome> {
  const rows = options.rows ?? 5000
  const holdoutRows = options.holdoutRows ?? 2000
  const scoringRows = options.scoringRows ?? 2000
  const historyDays = options.historyDays ?? 29
  const seed = options.seed ?? 7
  const now = options.now ?? Date.now()
  const today = formatDay(Math.floor(now / DAY_MS))
  const shiftFromDay = Math.max(2, historyDays - 5)
  const progress = options.progress
  const stages: DemoStageResult[] = []

  const stage = async <T>(
    id: StageId,
    work: () => Promise<{ value: T; verdict: StageVerdict }>
  ): Promise<T> => {
    const index = STAGES.findIndex(([name]) => name === id)
    const title = STAGES[index]![1]
    progress?.stageStarted({ index: index + 1, total: STAGES.length, id, title })
    const started = performance.now()
    const { value, verdict } = await work()
    const result: DemoStageResult = {
      id,
      title,
      ...verdict,
      durationMs: Math.round(performance.now() - started)
    }
    stages.push(result)
    progress?.stageFinished(result)
    return value
  }

  const dir = prepareDemoDirectory(options.directory, options.cwd)
  const path = (...parts: string[]) => join(dir, ...parts)
  const reportPath = (name: string) => path('reports', name)
  const data = {
    customers: path('data', 'customers.csv'),
    holdout: path('data', 'holdout.csv'),
    scoring: path('data', 'scoring-batch.csv')
  }
  const checksPath = path('checks.yml')

  // ---- generate --------------------------------------------------------------------------------
  const history = await stage('generate', async () => {
    const todayShift = { chargesFactor: DEMO_SHIFT.chargesFactor }
    writeTextFile(path('.tollgate.yml'), demoProjectYaml())
    writeTextFile(checksPath, DEMO_CHECKS_YAML)
    writeTextFile(path('gate.yml'), DEMO_GATE_RULES_YAML)
    const customers = generateCustomers({ rows, seed, snapshotDate: today, shift: todayShift })
    writeTextFile(data.customers, customersCsv(customers))
    writeTextFile(
      data.holdout,
      customersCsv(
        generateCustomers({
          rows: holdoutRows,
          seed: seed + 1,
          snapshotDate: today,
          firstId: 500_001,
          shift: todayShift
        })
      )
    )
    const scoringColumns = CUSTOMER_COLUMNS.filter((column) => column !== 'churned')
    writeTextFile(
      data.scoring,
      customersCsv(
        generateCustomers({
          rows: scoringRows,
          seed: seed + 2,
          snapshotDate: today,
          firstId: 800_001,
          shift: { ...todayShift, campaign: true },
          withTarget: false
        }),
        scoringColumns
      )
    )
    const runs = simulatePipelineHistory({
      days: historyDays,
      rows,
      seed,
      today,
      shift: { fromDay: shiftFromDay, chargesFactor: DEMO_SHIFT.chargesFactor }
    })
    for (const run of runs) {
      writeJsonFile(path('history', `day-${String(run.day).padStart(2, '0')}.json`), run.metrics)
    }
    return {
      value: runs,
      verdict: {
        tone: 'pass',
        summary:
          `${groupedInteger(rows)} customers today + ${runs.length} earlier days, ` +
          `${groupedInteger(holdoutRows)} holdout, ` +
          `${groupedInteger(scoringRows)} to score`
      }
    }
  })

  const project = loadProjectConfig(dir)
  const store = new LocalStore(path('.tollgate'))
  const registry = new ModelRegistry(store, project.registry)
  const context = (action: string): LineageRunContext =>
    lineageContextFor(action, { env: DEMO_ENV })

  // ---- validate --------------------------------------------------------------------------------
  const validated = await stage('validate', async () => {
    const outcome = await validateData({
      data: [data.customers],
      checksPath,
      format: 'auto',
      failOn: 'error',
      threads: 1,
      now,
      cwd: dir
    })
    const files = {
      report: reportPath('validate-report.json'),
      profile: reportPath('profile.json')
    }
    writeJsonFile(files.report, outcome.report)
    writeJsonFile(files.profile, outcome.profile)
    await storeLineageEvents(
      store,
      await validateDataRunEvents({
        report: outcome.report,
        profile: outcome.profile,
        reportPath: files.report,
        profilePath: files.profile,
        env: DEMO_ENV
      })
    )
    return {
      value: { ...outcome, profilePath: files.profile },
      verdict: validateVerdict(outcome.report)
    }
  })

  // ---- spc -------------------------------------------------------------------------------------
  const spc = await stage('spc', async () => {
    const config = parseSpcConfig(project.section('spc'))
    const runOf = (day: number): SpcRunIdentity => ({
      id: `day-${String(day).padStart(2, '0')}`,
      attempt: 1,
      sha: '',
      ref: '',
      event: 'schedule'
    })
    const total = history.length + 1
    for (const run of history) {
      await spcCheck({
        mode: 'history',
        series: DEMO_SPC_SERIES,
        metricsPaths: [path('history', `day-${String(run.day).padStart(2, '0')}.json`)],
        store,
        run: runOf(run.day),
        config,
        inputs: {},
        failOn: 'error',
        now: now - (total - run.day) * DAY_MS
      })
      progress?.stageProgress(run.day, total)
    }
    const today: SpcCheckRequest = {
      mode: 'history',
      series: DEMO_SPC_SERIES,
      metricsPaths: [validated.profilePath],
      store,
      run: runOf(total),
      config,
      inputs: {},
      failOn: 'error',
      now
    }
    const report = await spcCheck(today)
    progress?.stageProgress(total, total)
    writeJsonFile(reportPath('spc-report.json'), report)
    await storeLineageEvents(
      store,
      await spcCheckRunEvents({ request: today, report, env: DEMO_ENV })
    )
    return {
      value: report,
      verdict: spcVerdict(report, total, { metric: DEMO_SHIFT.metric, fromDay: shiftFromDay })
    }
  })

  // ---- train and register two versions ----------------------------------------------------------
  const trained: { train: TrainReport; register: RegisterReport }[] = []
  for (const [index, params] of VERSION_PARAMS.entries()) {
    const number = index + 1
    const train = await stage(`train-${number}` as StageId, async () => {
      const outcome = await trainModel({
        data: [data.customers],
        target: 'churned',
        model: 'gbdt',
        output: path('models', `churn-v${number}`),
        params,
        features: DEMO_FEATURES,
        seed,
        cwd: dir,
        env: DEMO_ENV,
        onProgress: (done, total) => progress?.stageProgress(done, total)
      })
      writeJsonFile(reportPath(`train-v${number}.json`), outcome.report)
      return { value: outcome, verdict: trainVerdict(outcome.report) }
    })
    const register = await stage(`register-${number}` as StageId, async () => {
      const outcome = await registerModel({
        name: DEMO_MODEL,
        modelPath: train.outputDir,
        registry,
        description:
          number === 1
            ? 'Churn risk of a customer in the next month: a quick first model (8 rounds of stumps).'
            : 'Churn risk of a customer in the next month: gradient-boosted trees, tuned.',
        cwd: dir,
        env: DEMO_ENV
      })
      writeJsonFile(reportPath(`register-${outcome.report.version}.json`), outcome.report)
      return {
        value: outcome.report,
        verdict: {
          tone: 'pass',
          summary: `${outcome.report.tag} (${outcome.report.files.length} files, lineage recorded)`
        }
      }
    })
    trained.push({ train: train.report, register })
  }
  const [first, second] = [trained[0]!.register.version, trained[1]!.register.version]

  // ---- the champion: the first version is what runs in staging and production -----------------
  await stage('champion', async () => {
    for (const stageName of ['staging', 'production']) {
      await registry.assignStage({
        model: DEMO_MODEL,
        stage: stageName,
        version: first,
        actor: DEMO_PEOPLE.initiator,
        reason: 'the model that ran before the demo'
      })
    }
    return {
      value: undefined,
      verdict: {
        tone: 'pass',
        summary: `${DEMO_MODEL} ${first} assigned to staging and production: the champion to beat`
      }
    }
  })

  // ---- gate ------------------------------------------------------------------------------------
  const gate = await stage('gate', async () => {
    const outcome = await evaluateGate({
      candidate: `${DEMO_MODEL}@${second}`,
      champion: 'production',
      data: [data.holdout],
      target: 'churned',
      gateSection: project.section('gate'),
      task: 'auto',
      format: 'auto',
      cwd: dir,
      openRegistry: async () => registry,
      now: Date.now(),
      onProgress: (done, total) => progress?.stageProgress(done, total)
    })
    const record = gateVerdictRecordOf(
      outcome.report,
      localRun(),
      undefined,
      context('evaluate-gate')
    )
    if (record !== undefined) await saveGateVerdict(store, record)
    writeJsonFile(reportPath('gate-report.json'), outcome.report)
    return { value: outcome.report, verdict: gateVerdict(outcome.report) }
  })

  // ---- deploy ----------------------------------------------------------------------------------
  const deploy = (environment: string, vote?: { login: string; kind: 'approve' }) => {
    const config = environmentDeployConfig(project.section('deploy'), environment)
    return deployModel({
      model: DEMO_MODEL,
      version: second,
      environment,
      store,
      registryConfig: project.registry,
      config,
      initiator: DEMO_PEOPLE.initiator,
      run: localRun(),
      now: () => Date.now(),
      approval: new LocalApprovalChannel(store, vote),
      step: configuredStep(config, dir, () => undefined),
      workDir: path('.work'),
      lineage: context('deploy'),
      reason: 'demo: the gate promoted it'
    })
  }
  mkdirSync(path('serving'), { recursive: true })
  const staging = await stage('deploy-staging', async () => {
    const report = await deploy('staging')
    writeJsonFile(reportPath('deploy-staging.json'), report)
    return { value: report, verdict: deployVerdict(report, 'success') }
  })
  const production = await stage('deploy-production', async () => {
    const request = await deploy('production')
    writeJsonFile(reportPath('deploy-production-request.json'), request)
    if (request.status !== 'awaiting-approval') {
      const verdict = deployVerdict(request, 'awaiting-approval')
      return { value: { request, production: request }, verdict }
    }
    const approved = await deploy('production', { login: DEMO_PEOPLE.approver, kind: 'approve' })
    writeJsonFile(reportPath('deploy-production.json'), approved)
    const verdict = deployVerdict(approved, 'success')
    return {
      value: { request, production: approved },
      verdict: {
        tone: verdict.tone,
        summary: `requested by ${DEMO_PEOPLE.initiator}, approved by ${DEMO_PEOPLE.approver}: ${verdict.summary}`
      }
    }
  })

  // ---- drift -----------------------------------------------------------------------------------
  const drift = await stage('drift', async () => {
    const report = await driftCheck({
      reference: `registry:${DEMO_MODEL}@production`,
      current: [data.scoring],
      format: 'auto',
      settings: resolveDriftSettings(
        { columnMethods: [], columns: [], ignore: [] },
        project.section('drift')
      ),
      threads: 1,
      now: Date.now(),
      cwd: dir,
      openStore: async () => store,
      registryConfig: project.registry
    })
    writeJsonFile(reportPath('drift-report.json'), report)
    await storeLineageEvents(store, await driftCheckRunEvents({ report, cwd: dir, env: DEMO_ENV }))
    return { value: report, verdict: driftVerdict(report) }
  })

  // ---- report ----------------------------------------------------------------------------------
  const htmlPath = path('report.html')
  const lineagePath = path('lineage.md')
  const lineage = await stage('report', async () => {
    const collected = await collectLifecycleLineage(store, DEMO_MODEL)
    writeTextFile(
      lineagePath,
      `# Lineage of ${DEMO_MODEL}\n\nFrom the OpenLineage events in ${store.location}.\n\n` +
        renderLineageMermaidBlock(collected.graph)
    )
    const sections: ReportSection[] = [
      demoOverviewSection(stages, [
        { key: 'Directory', value: dir },
        { key: 'Store', value: store.location },
        { key: 'In production', value: `${DEMO_MODEL} ${production.production.version ?? '?'}` },
        { key: 'Approved by', value: DEMO_PEOPLE.approver }
      ]),
      ...validateReportSections(validated.report, validated.profile),
      ...spcReportSections(spc),
      trainedVersionsSection(trained),
      ...gateReportSections(gate),
      ...deployReportSections(staging, { idPrefix: 'deploy-staging' }),
      ...deployReportSections(production.production, {
        idPrefix: 'deploy-production',
        history: await listDeployments(store, DEMO_MODEL)
      }),
      ...driftReportSections(drift),
      lineageSection(collected.graph, {
        title: `Lineage of ${DEMO_MODEL}`,
        source: 'OpenLineage events in the store'
      })
    ]
    const failed = stages.some((entry) => entry.tone === 'fail')
    writeTextFile(
      htmlPath,
      renderHtmlReport(sections, {
        title: 'Tollgate demo: a churn model from data to drift',
        subtitle: `Generated data for ${today}; store ${store.location}`,
        status: failed
          ? { tone: 'fail', text: 'a stage failed' }
          : { tone: 'pass', text: 'lifecycle complete' },
        generatedAt: new Date().toISOString(),
        toolVersion: TOLLGATE_VERSION
      })
    )
    const { graph, problems } = collected
    return {
      value: collected,
      verdict: {
        tone: problems.length === 0 && graph.nodes.length > 0 ? 'pass' : 'fail',
        summary:
          `lineage of ${graph.nodes.length} nodes and ${graph.edges.length} links; report.html` +
          (problems.length === 0 ? '' : `; ${problems.length} unreadable lineage record(s)`)
      }
    }
  })
  const passed = stages.every((entry) => entry.tone !== 'fail')
  return {
    directory: dir,
    reportPath: htmlPath,
    lineagePath,
    stages,
    passed,
    validate: validated.report,
    spc,
    trained,
    gate,
    deployments: { staging, request: production.request, production: production.production },
    drift,
    lineage
  }
}

/** A fresh command-line run identity (`local-<time>-<nonce>`) for each step. */
function localRun() {
  return runIdentityOf({ runId: '', runAttempt: '1', job: '', workflow: '' }, Date.now())
}

/** Keeps a run's events in the store's `lineage` series, where collectLifecycleLineage reads them. */
async function storeLineageEvents(store: LocalStore, events: readonly RunEvent[]): Promise<void> {
  for (const event of events) await saveLineageEvent(store, event)
}
