import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { LocalStore } from '../../shared/adapters/local-store.js'
import { modelVersionNodeId } from '../../shared/lineage/lineage-graph.js'
import { DEMO_MARKER_FILE } from '../../shared/operations/demo-directory.js'
import { DEMO_SHIFT, runDemo, type DemoOutcome } from '../../shared/operations/demo.js'
import { ModelRegistry } from '../../shared/registry/model-registry.js'
import { repoRoot } from '../helpers/paths.js'
import { makeTempDir } from '../helpers/temp-dir.js'

/**
 * The demo end to end, in process (the operations themselves, smaller data so the suite stays
 * quick), then once through the bundled command line as a new user runs it.
 */

const temp = makeTempDir('tollgate-demo-')
afterAll(() => temp.remove())

const NOW = Date.parse('2026-11-24T09:30:00Z')
let outcome: DemoOutcome
const progressEvents: string[] = []

beforeAll(async () => {
  outcome = await runDemo({
    directory: 'demo',
    cwd: temp.path,
    rows: 1500,
    holdoutRows: 900,
    scoringRows: 800,
    now: NOW,
    progress: {
      stageStarted: (stage) =>
        progressEvents.push(`start ${stage.id} ${stage.index}/${stage.total}`),
      stageProgress: (done, total) => progressEvents.push(`progress ${done}/${total}`),
      stageFinished: (result) => progressEvents.push(`finish ${result.id} ${result.tone}`)
    }
  })
}, 300_000)

describe('tollgate demo, stage by stage', () => {
  it('runs every stage in order, each as expected', () => {
    expect(outcome.stages.map((stage) => stage.id)).toEqual([
      'generate',
      'validate',
      'spc',
      'train-1',
      'register-1',
      'train-2',
      'register-2',
      'champion',
      'gate',
      'deploy-staging',
      'deploy-production',
      'drift',
      'report'
    ])
    expect(outcome.stages.filter((stage) => stage.tone === 'fail')).toEqual([])
    expect(outcome.passed).toBe(true)
    expect(outcome.directory).toBe(join(temp.path, 'demo'))
    // The findings the demo exists to show are findings, not failures.
    const tones = Object.fromEntries(outcome.stages.map((stage) => [stage.id, stage.tone]))
    expect(tones).toMatchObject({ validate: 'warn', spc: 'warn', drift: 'warn', gate: 'pass' })
  })

  it('reports progress: one start and finish per stage, and a bar for training and the gate', () => {
    expect(progressEvents.filter((event) => event.startsWith('start'))).toHaveLength(13)
    expect(progressEvents.filter((event) => event.startsWith('finish'))).toHaveLength(13)
    const between = (id: string) => {
      const start = progressEvents.indexOf(
        progressEvents.find((e) => e.startsWith(`start ${id} `))!
      )
      const end = progressEvents.findIndex((e) => e.startsWith(`finish ${id} `))
      return progressEvents.slice(start + 1, end)
    }
    // gbdt iterations of v2 (80 at most) and the gate's 3 metrics x 1000 replicates.
    expect(between('train-2').at(-1)).toMatch(/^progress \d+\/80$/)
    expect(between('gate').at(-1)).toBe('progress 3000/3000')
    expect(between('spc').at(-1)).toBe('progress 30/30')
  })

  it('validates the extract with one warning and no failure', () => {
    expect(outcome.validate.summary.failed).toBe(0)
    const warned = outcome.validate.results.filter((result) => result.status === 'warn')
    expect(warned.map((result) => `${result.column}.${result.check}`)).toEqual(['email.format'])
    expect(outcome.validate.data.rows).toBe(1500)
  })

  it('flags the injected shift on the control chart of monthly charges, from the shift on', () => {
    const chart = outcome.spc.charts.find((entry) => entry.metric === DEMO_SHIFT.metric)!
    expect(chart.points).toBe(30)
    expect(chart.status).toBe('out-of-control')
    expect(chart.current).toEqual([30])
    const flagged = new Set(Object.values(chart.rule_hits).flat())
    // The shift starts on day 24: today's point and most days since are flagged.
    expect(flagged.has(30)).toBe(true)
    expect([24, 25, 26, 27, 28, 29, 30].filter((day) => flagged.has(day)).length).toBeGreaterThan(4)
    expect(outcome.spc.charts.map((entry) => entry.metric).sort()).toEqual([
      'email.null_fraction',
      'monthly_charges.mean',
      'rows',
      'support_calls_90d.mean'
    ])
  })

  it('registers two versions and promotes the second through the gate', () => {
    expect(outcome.trained.map(({ register }) => register.tag)).toEqual([
      'churn@v0.0.1',
      'churn@v0.0.2'
    ])
    expect(outcome.gate.verdict).toBe('promote')
    expect(outcome.gate.candidate.version).toBe('v0.0.2')
    expect(outcome.gate.champion?.version).toBe('v0.0.1')
    expect(outcome.gate.reasons.every((reason) => reason.passed === true)).toBe(true)
  })

  it('deploys v0.0.2 to staging, then to production only after the named approval', async () => {
    const { staging, request, production } = outcome.deployments
    expect(staging.status).toBe('success')
    expect(request.status).toBe('awaiting-approval')
    expect(request.approval?.approvals).toEqual([])
    expect(production.status).toBe('success')
    expect(production.approval?.approvals.map((vote) => vote.login)).toEqual(['dana'])
    expect(production.deployment?.initiator).toBe('sam')
    expect(production.previous_version).toBe('v0.0.1')

    const registry = new ModelRegistry(new LocalStore(join(outcome.directory, '.tollgate')))
    expect((await registry.currentStage('churn', 'production'))?.version).toBe('v0.0.2')
    expect((await registry.currentStage('churn', 'staging'))?.version).toBe('v0.0.2')
    // The copy step put v0.0.2's model file where production serves from.
    const served = readFileSync(join(outcome.directory, 'serving/production/model.json'), 'utf8')
    expect(served).toBe(readFileSync(join(outcome.directory, 'models/churn-v2/model.json'), 'utf8'))
  })

  it("finds drift in the campaign batch against the production model's training profile", () => {
    expect(outcome.drift.drift_detected).toBe(true)
    expect(outcome.drift.reference.model?.version).toBe('v0.0.2')
    expect(outcome.drift.dataset.share).toBeGreaterThanOrEqual(0.5)
    const tested = outcome.drift.columns.filter((column) => column.status === 'tested')
    expect(tested.map((column) => column.column)).not.toContain('customer_id')
    expect(outcome.drift.schema_changes).toEqual([])
  })

  it('builds one lineage graph from data to drift out of the stored events', () => {
    const { graph, problems } = outcome.lineage
    expect(problems).toEqual([])
    const kinds = graph.nodes.map((node) => node.kind)
    expect(kinds.filter((kind) => kind === 'model-version')).toHaveLength(2)
    expect(kinds.filter((kind) => kind === 'gate-verdict')).toHaveLength(1)
    expect(kinds.filter((kind) => kind === 'deployment')).toHaveLength(2)
    expect(kinds.filter((kind) => kind === 'drift-run')).toHaveLength(1)
    const labels = graph.nodes.map((node) => node.label)
    for (const action of ['validate-data run', 'spc-check run', 'train run', 'register-model run'])
      expect(labels.some((label) => label.startsWith(action))).toBe(true)

    // One customers.csv node (by digest) feeds validation and both trainings.
    const customers = graph.nodes.filter((node) => node.label.startsWith('customers.csv'))
    expect(customers).toHaveLength(1)
    const readers = graph.edges.filter((edge) => edge.from === customers[0]!.id)
    expect(readers).toHaveLength(3)
    // A directed path from the data to the drift run, through the production version.
    const reach = new Set([customers[0]!.id])
    for (let changed = true; changed;) {
      changed = false
      for (const edge of graph.edges)
        if (reach.has(edge.from) && !reach.has(edge.to)) changed = reach.add(edge.to) !== undefined
    }
    expect(reach.has(modelVersionNodeId('churn', 'v0.0.2'))).toBe(true)
    expect(graph.nodes.filter((node) => reach.has(node.id)).map((node) => node.kind)).toContain(
      'drift-run'
    )
  })

  it('writes a self-contained HTML report with every section and the lineage as Mermaid', () => {
    expect(outcome.reportPath).toBe(join(outcome.directory, 'report.html'))
    const html = readFileSync(outcome.reportPath, 'utf8')
    for (const id of [
      'demo-overview',
      'validate-checks',
      'spc-charts',
      'demo-training',
      'gate-verdict',
      'deploy-staging-run',
      'deploy-production-history',
      'drift-summary',
      'lineage'
    ])
      expect(html).toContain(`id="${id}"`)
    expect(html).not.toMatch(/<script/i)
    expect(html).toContain('<svg')
    const mermaid = readFileSync(outcome.lineagePath, 'utf8')
    expect(mermaid).toContain('```mermaid\nflowchart LR')
    expect(mermaid).toContain('churn v0.0.2')
  })

  it('starts from scratch in its own directory and refuses to wipe anything else', async () => {
    const foreign = join(temp.path, 'precious')
    mkdirSync(foreign)
    writeFileSync(join(foreign, 'thesis.tex'), 'do not delete')
    await expect(runDemo({ directory: foreign, rows: 1000 })).rejects.toThrow(
      /not empty and was not made by `tollgate demo`/
    )
    expect(existsSync(join(foreign, 'thesis.tex'))).toBe(true)
    expect(existsSync(join(outcome.directory, DEMO_MARKER_FILE))).toBe(true)
  })
})

describe('npm run demo (the bundled command line in a fresh directory)', () => {
  it('exits 0 and ends with the path of the HTML report', () => {
    const cwd = join(temp.path, 'fresh-clone')
    mkdirSync(cwd)
    const result = spawnSync(
      process.execPath,
      [join(repoRoot, 'actions/dist/tollgate.js'), 'demo', '--rows', '1200'],
      {
        cwd,
        encoding: 'utf8',
        // No token, no GitHub variables: the demo needs neither.
        env: { PATH: process.env.PATH, HOME: temp.path },
        timeout: 240_000
      }
    )
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const lines = result.stdout.trimEnd().split('\n')
    const report = join(cwd, 'tollgate-demo', 'report.html')
    expect(lines.at(-1)).toBe(`report: ${report}`)
    expect(existsSync(report)).toBe(true)
    // Plain lines (no progress bar) when the output is not a terminal: one per stage.
    expect(lines.filter((line) => /^\s*\d+\/13 {2}/.test(line))).toHaveLength(13)
    expect(result.stdout).not.toContain('\r')
  }, 240_000)
})
