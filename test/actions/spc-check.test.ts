import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { LocalStore } from '../../shared/adapters/local-store.js'
import { listLineageEvents } from '../../shared/operations/lineage-record-store.js'
import type { SpcReport } from '../../shared/report/spc-report.js'
import { githubEvent, pullRequestEvent } from '../harness/event-fixtures.js'
import { startFakeGitHub } from '../harness/fake-github.js'
import { expectRunEvent, startFakeOpenLineage } from '../harness/fake-openlineage.js'
import type { FakeGitHub } from '../harness/fake-github.js'
import { removeRunDirectories, runAction } from '../harness/run-action.js'
import type { RunActionResult } from '../harness/run-action.js'
import { fixturePath } from '../helpers/paths.js'
import { makeTempDir, type TempDir } from '../helpers/temp-dir.js'

/**
 * spc-check as the runner runs it (actions/dist/spc-check.js, rebuilt with `node scripts/build.mjs`)
 * with the history in a directory store: 30 simulated scheduled runs, two of them concurrent,
 * with a shift injected from run 26 (scenario and expected charts: scripts/oracles/spc-history.py).
 * The same scenario against the GitHub store is in spc-check-github.test.ts.
 */

interface ShiftHistory {
  shift_from_run: number
  runs: { run: number; rows: number; late_rows: number }[]
  final: Record<
    string,
    {
      order: number[]
      rows: { center: number; sigma: number; rule_hits: Record<string, number[]> }
      late_rows: { center: number; rule_hits: Record<string, number[]> }
    }
  >
  run_verdicts: Record<string, Record<string, string[]>>
}

const scenario = JSON.parse(
  readFileSync(fixturePath('spc-check', 'shift-history.json'), 'utf8')
) as ShiftHistory
const runId = (run: number) => String(1000000000 + run)

let workspace: TempDir
let gh: FakeGitHub

beforeAll(async () => {
  workspace = makeTempDir('tollgate-spc-e2e-')
  gh = await startFakeGitHub()
})
afterAll(async () => {
  removeRunDirectories()
  workspace.remove()
  await gh.close()
})

function writeMetrics(run: number): string {
  const data = scenario.runs[run - 1]!
  const name = `metrics-${run}.json`
  workspace.file(
    name,
    JSON.stringify({ rows: data.rows, late_rows: { count: data.late_rows, size: data.rows } })
  )
  return name
}

async function scheduledRun(
  run: number,
  store: string,
  extra: Record<string, string> = {}
): Promise<RunActionResult> {
  return runAction({
    action: 'spc-check',
    inputs: { metrics: writeMetrics(run), series: 'orders', store, ...extra },
    event: githubEvent('schedule'),
    cwd: workspace.path,
    githubApiUrl: gh.url,
    env: { GITHUB_RUN_ID: runId(run), GITHUB_RUN_ATTEMPT: '1' }
  })
}

function reportOf(result: RunActionResult): SpcReport {
  return JSON.parse(readFileSync(result.outputs.report!, 'utf8')) as SpcReport
}

function expectClean(result: RunActionResult, run: number): void {
  expect({
    run,
    stderr: result.stderr,
    errors: result.fileCommandErrors,
    warnings: result.runnerWarnings
  }).toEqual({
    run,
    stderr: '',
    errors: [],
    warnings: []
  })
}

describe('spc-check with a directory store over 30 scheduled runs', () => {
  it('grows the history, stays in control for 25 runs and flags the injected shift', async () => {
    const store = join(workspace.path, 'history')
    const verdicts = new Map<number, RunActionResult>()
    for (let run = 1; run <= 30; run++) {
      if (run === 13) continue
      if (run === 12) {
        const [twelve, thirteen] = await Promise.all([
          scheduledRun(12, store),
          scheduledRun(13, store)
        ])
        verdicts.set(12, twelve)
        verdicts.set(13, thirteen)
        continue
      }
      verdicts.set(run, await scheduledRun(run, store))
    }
    for (const [run, result] of verdicts) {
      expectClean(result, run)
      const shifted = run >= scenario.shift_from_run
      expect({
        run,
        inControl: result.outputs['in-control'],
        conclusion: result.conclusion
      }).toEqual({
        run,
        inControl: String(!shifted),
        conclusion: shifted ? 'failure' : 'success'
      })
    }
    // The history holds one record per run: nothing lost to the concurrent pair.
    const records = readdirSync(join(store, 'records', 'spc-history.orders')).filter((name) =>
      name.endsWith('.record')
    )
    expect(records.sort()).toEqual(Array.from({ length: 30 }, (_, i) => `${runId(i + 1)}-1.record`))

    const last = verdicts.get(30)!
    const report = reportOf(last)
    const rows = report.charts.find((chart) => chart.name === 'orders/rows')!
    const order = rows.result!.panels[0]!.points.map(
      (point) => Number((point.metadata as { run: string }).run) - 1000000000
    )
    const oracle = scenario.final[order[11] === 12 ? 'order_12_13' : 'order_13_12']!
    expect(order).toEqual(oracle.order)
    expect(rows.result!.center).toBeCloseTo(oracle.rows.center, 9)
    expect(rows.result!.sigma).toBeCloseTo(oracle.rows.sigma, 9)
    expect(rows.rule_hits).toEqual(oracle.rows.rule_hits)
    const late = report.charts.find((chart) => chart.name === 'orders/late_rows')!
    expect(late.result!.center).toBeCloseTo(oracle.late_rows.center, 12)
    expect(late.rule_hits).toEqual(oracle.late_rows.rule_hits)
    expect(last.outputs.violations).toBe(String(rows.current_violations.length))
    expect(rows.current_violations.map((violation) => violation.rule).sort()).toEqual(
      expect.arrayContaining(scenario.run_verdicts.order_12_13!['30']!)
    )

    // The shift's first run: an error annotation naming the chart, the rule and the point.
    const first = verdicts.get(scenario.shift_from_run)!
    expect(first.annotations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          level: 'error',
          message: expect.stringMatching(/^orders\/rows: point 26 of 26 violates we-1/)
        }),
        expect.objectContaining({
          level: 'error',
          message: expect.stringMatching(
            /^spc-check: 1 chart\(s\) out of control on this run: orders\/rows \(we-1\)/
          )
        })
      ])
    )
    // The job summary draws the control chart with its limits and lists the violating points.
    expect(last.summary).toMatch(/^### Tollgate spc-check: ❌ out of control/)
    expect(last.summary).toContain('```mermaid\n%%{init:')
    expect(last.summary).toContain(
      'xychart-beta\n  title "orders/rows (imr)"\n  x-axis "point" 1 --> 30'
    )
    expect(last.summary).toMatch(
      /\| 26 \| run `1000000026-1` \d{4}-\d\d-\d\d \| 10634 \| II \| `we-1` \| error \| {2}\|/
    )
  }, 600_000)

  it('records a re-run of the same attempt once, and reports a damaged record without touching it', async () => {
    const store = join(workspace.path, 'rerun')
    for (let run = 1; run <= 4; run++) expectClean(await scheduledRun(run, store), run)
    const again = await scheduledRun(4, store)
    expect(reportOf(again).record).toEqual({ key: `${runId(4)}-1`, outcome: 'exists' })
    const folder = join(store, 'records', 'spc-history.orders')
    const damaged = join(folder, `${runId(2)}-1.record`)
    writeFileSync(damaged, '{"not": "a record header"}\n{}')
    const result = await scheduledRun(5, store)
    expect(result.conclusion).toBe('success')
    const report = reportOf(result)
    expect(report.damaged_records.map((entry) => entry.key)).toEqual([`${runId(2)}-1`])
    expect(report.charts[0]!.points).toBe(4)
    expect(result.annotations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          level: 'warning',
          message: expect.stringMatching(
            new RegExp(`^History record ${runId(2)}-1 is damaged and was skipped`)
          )
        })
      ])
    )
    expect(readFileSync(damaged, 'utf8')).toBe('{"not": "a record header"}\n{}')
  }, 120_000)

  it('fails with the file and metric of a bad metric, writing nothing', async () => {
    const store = join(workspace.path, 'bad')
    workspace.file('bad.json', JSON.stringify({ rows: 10, late_rows: { count: -3, size: 10 } }))
    const result = await runAction({
      action: 'spc-check',
      inputs: { metrics: 'bad.json', series: 'orders', store },
      cwd: workspace.path,
      env: { GITHUB_RUN_ID: runId(1) }
    })
    expect(result.conclusion).toBe('failure')
    expect(result.annotations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          level: 'error',
          file: 'bad.json',
          message: 'metric "late_rows": count must not be negative, got -3'
        })
      ])
    )
    expect(result.annotations.map((annotation) => annotation.message).join('\n')).toMatch(
      /spc-check failed: bad\.json \(column "late_rows"\)/
    )
    expect(() => readdirSync(join(store, 'records'))).toThrow()
  }, 60_000)

  it('charts a values file in stateless mode', async () => {
    workspace.file(
      'points.csv',
      `label,value\n${[10, 11, 9, 10, 10.4, 9.8, 10.2, 9.6, 10.1, 10.3, 9.9, 10].map((v, i) => `day ${i + 1},${v}`).join('\n')}\n`
    )
    const result = await runAction({
      action: 'spc-check',
      inputs: { values: 'points.csv', chart: 'imr', baseline: 12, rules: 'nelson' },
      cwd: workspace.path
    })
    expectClean(result, 0)
    expect(result.outputs).toMatchObject({ 'in-control': 'true', violations: '0' })
    expect(reportOf(result)).toMatchObject({ mode: 'values', series: 'points', store: null })
    expect(result.summary).toContain(
      'Series `points` (stateless: the given points, newest point judged)'
    )
  }, 60_000)
})

describe('spc-check on a pull request', () => {
  it('writes one comment per series and updates it in place', async () => {
    const repository = gh.repository()
    const pr = repository.issues.addPullRequest({
      title: 'New orders extract',
      user: 'alice',
      headRef: 'data/orders'
    })
    const store = join(workspace.path, 'pr-history')
    const event = pullRequestEvent({
      number: pr.number,
      headRef: pr.pull?.headRef,
      headSha: pr.pull?.headSha,
      baseSha: pr.pull?.baseSha
    })
    const run = async (n: number) =>
      runAction({
        action: 'spc-check',
        inputs: { metrics: writeMetrics(n), series: 'orders', store },
        event,
        sha: pr.pull?.headSha,
        cwd: workspace.path,
        githubApiUrl: gh.url,
        token: gh.tokenFor('github-actions[bot]'),
        env: { GITHUB_RUN_ID: runId(n) }
      })
    for (let n = 1; n <= 3; n++) expectClean(await run(n), n)
    const comments = repository.issues.commentsOn(pr.number)
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body).toMatch(
      /^<!-- tollgate:spc-check:orders -->\n### Tollgate spc-check: ✅ in control/
    )
    expect(comments[0]!.body).toContain('| ✅ in control | `orders/rows` | imr (measurement) | 3 |')
    expect(gh.contractViolations).toEqual([])
  }, 120_000)
})

describe('spc-check lineage', () => {
  it('keeps each run event in the store lineage series and POSTs it with the API key', async () => {
    const store = join(workspace.path, 'lineage-history')
    const backend = await startFakeOpenLineage()
    try {
      const run = (n: number) =>
        runAction({
          action: 'spc-check',
          inputs: {
            metrics: writeMetrics(n),
            series: 'orders',
            store,
            baseline: '2',
            'html-report': 'false',
            'lineage-url': backend.url
          },
          event: githubEvent('schedule'),
          cwd: workspace.path,
          githubApiUrl: gh.url,
          env: {
            GITHUB_RUN_ID: runId(n),
            GITHUB_RUN_ATTEMPT: '1',
            OPENLINEAGE_API_KEY: 'ol-key-spc'
          }
        })
      for (let n = 1; n <= 3; n++) expectClean(await run(n), n)
      // A re-run of the same attempt derives the same OpenLineage run: stored once.
      const again = await run(3)
      expectClean(again, 3)
      expect(again.stdout).toMatch(/Lineage: COMPLETE event of run \S+ already stored in /)

      const stored = await listLineageEvents(new LocalStore(store))
      expect(stored.problems).toEqual([])
      expect(stored.events).toHaveLength(3)
      // Once the baseline (2 points) is there, each charted metric is an assertion on the input.
      expect(stored.events[2]!.inputs[0]!.inputFacets?.dataQualityAssertions).toMatchObject({
        assertions: expect.arrayContaining([
          { assertion: 'spc:imr', success: true, column: 'rows', failures: 0 },
          { assertion: 'spc:p', success: true, column: 'late_rows', failures: 0 }
        ])
      })
      for (const [index, event] of stored.events.entries()) {
        expectRunEvent(event, { eventTypes: ['COMPLETE'], action: 'spc-check' })
        const metrics = readFileSync(join(workspace.path, `metrics-${index + 1}.json`))
        expect(event.inputs).toEqual([
          expect.objectContaining({
            name: `metrics-${index + 1}.json`,
            facets: expect.objectContaining({
              tollgate_digest: expect.objectContaining({
                sha256: createHash('sha256').update(metrics).digest('hex')
              })
            })
          })
        ])
        expect(event.outputs).toEqual([
          expect.objectContaining({
            namespace: 'github://octo-org/models',
            name: 'spc-history.orders'
          })
        ])
      }
      // What the backend received is what the store kept (the re-run is sent again: the backend
      // deduplicates by run id and event type, as OpenLineage backends do).
      expect(backend.events()).toHaveLength(4)
      expect(backend.events().slice(0, 3)).toEqual(stored.events)
      expect(backend.events()[3]).toMatchObject({
        eventType: 'COMPLETE',
        run: { runId: stored.events[2]!.run.runId }
      })
      expect(new Set(backend.received.map((request) => request.headers.authorization))).toEqual(
        new Set(['Bearer ol-key-spc'])
      )
    } finally {
      await backend.close()
    }
  }, 120_000)

  it('warns, and still succeeds, when the store refuses the lineage record', async () => {
    const store = join(workspace.path, 'lineage-refused')
    // A file where the lineage series' folder would go: the store cannot write the record.
    mkdirSync(join(store, 'records'), { recursive: true })
    writeFileSync(join(store, 'records', 'lineage'), 'not a folder')
    const result = await runAction({
      action: 'spc-check',
      inputs: { metrics: writeMetrics(1), series: 'orders', store, 'html-report': 'false' },
      event: githubEvent('schedule'),
      cwd: workspace.path,
      githubApiUrl: gh.url,
      env: { GITHUB_RUN_ID: runId(1), GITHUB_RUN_ATTEMPT: '1' }
    })
    expect(result.conclusion).toBe('success')
    expect(result.outputs['in-control']).toBe('true')
    expect(result.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        title: 'spc-check: lineage',
        message: expect.stringMatching(/^Could not store the lineage event in /)
      })
    )
  }, 60_000)
})
