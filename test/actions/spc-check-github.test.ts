import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import type { SpcReport } from '../../shared/report/spc-report.js'
import { githubEvent } from '../harness/event-fixtures.js'
import { startFakeGitHub } from '../harness/fake-github.js'
import type { FakeGitHub } from '../harness/fake-github.js'
import { removeRunDirectories, runAction } from '../harness/run-action.js'
import type { RunActionResult } from '../harness/run-action.js'
import { fixturePath } from '../helpers/paths.js'
import { makeTempDir, type TempDir } from '../helpers/temp-dir.js'

/**
 * The acceptance test: spc-check as the runner runs it, with its default store (release
 * assets of the repository) on the fake GitHub, over 30 simulated scheduled runs — two of them
 * concurrent — with a shift injected from run 26 (scripts/oracles/spc-history.py). The history
 * must grow by one record per run, lose nothing to the concurrent pair, and flag the shift.
 * (Without the Actions cache runtime: it would only add a cache round trip per record read,
 * doubling the run time; the store's cache has its own tests.)
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
}

const scenario = JSON.parse(
  readFileSync(fixturePath('spc-check', 'shift-history.json'), 'utf8')
) as ShiftHistory
const runId = (run: number) => String(1000000000 + run)

let workspace: TempDir
let gh: FakeGitHub

beforeAll(async () => {
  workspace = makeTempDir('tollgate-spc-github-')
  gh = await startFakeGitHub()
})
afterAll(async () => {
  removeRunDirectories()
  workspace.remove()
  await gh.close()
})

async function scheduledRun(run: number): Promise<RunActionResult> {
  const data = scenario.runs[run - 1]!
  const metrics = workspace.file(
    `metrics-${run}.json`,
    JSON.stringify({ rows: data.rows, late_rows: { count: data.late_rows, size: data.rows } })
  )
  return runAction({
    action: 'spc-check',
    inputs: { metrics, series: 'orders' },
    event: githubEvent('schedule'),
    sha: gh.repository().headSha,
    cwd: workspace.path,
    githubApiUrl: gh.url,
    token: gh.tokenFor('github-actions[bot]'),
    env: { GITHUB_RUN_ID: runId(run), GITHUB_RUN_ATTEMPT: '1' },
    timeoutMs: 120_000
  })
}

describe('spc-check with the GitHub store over 30 scheduled runs', () => {
  it('keeps every run in release assets, loses nothing to concurrent runs and flags the shift', async () => {
    const results = new Map<number, RunActionResult>()
    for (let run = 1; run <= 30; run++) {
      if (run === 13) continue
      if (run === 12) {
        const [twelve, thirteen] = await Promise.all([scheduledRun(12), scheduledRun(13)])
        results.set(12, twelve)
        results.set(13, thirteen)
        continue
      }
      results.set(run, await scheduledRun(run))
    }
    for (const [run, result] of results) {
      const shifted = run >= scenario.shift_from_run
      expect({
        run,
        stderr: result.stderr,
        inControl: result.outputs['in-control'],
        conclusion: result.conclusion
      }).toEqual({
        run,
        stderr: '',
        inControl: String(!shifted),
        conclusion: shifted ? 'failure' : 'success'
      })
      const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8')) as SpcReport
      expect({ run, record: report.record, damaged: report.damaged_records }).toEqual({
        run,
        record: { key: `${runId(run)}-1`, outcome: 'created' },
        damaged: []
      })
      expect(report.store).toMatch(/octo-org\/models/)
    }
    // One release asset per run across the series' segment release(s); never deleted or replaced.
    const repository = gh.repository()
    const assets = repository.releases
      .list()
      .filter((release) => release.tagName.includes('spc-history.orders'))
      .flatMap((release) => repository.releases.assetsOf(release.id))
    expect(assets.map((asset) => asset.name).sort()).toEqual(
      Array.from(
        { length: 30 },
        (_, i) => expect.stringContaining(`${runId(i + 1)}-1`) as unknown as string
      )
    )
    expect(gh.requests.filter((request) => request.method === 'DELETE')).toEqual([])

    const final = JSON.parse(readFileSync(results.get(30)!.outputs.report!, 'utf8')) as SpcReport
    const rows = final.charts.find((chart) => chart.name === 'orders/rows')!
    const order = rows.result!.panels[0]!.points.map(
      (point) => Number((point.metadata as { run: string }).run) - 1000000000
    )
    const oracle = scenario.final[order[11] === 12 ? 'order_12_13' : 'order_13_12']!
    expect(order).toEqual(oracle.order)
    expect(rows.result!.center).toBeCloseTo(oracle.rows.center, 9)
    expect(rows.result!.sigma).toBeCloseTo(oracle.rows.sigma, 9)
    expect(rows.rule_hits).toEqual(oracle.rows.rule_hits)
    expect(final.charts.find((chart) => chart.name === 'orders/late_rows')!.rule_hits).toEqual(
      oracle.late_rows.rule_hits
    )
    expect(results.get(30)!.summary).toContain('xychart-beta\n  title "orders/rows (imr)"')
    expect(gh.contractViolations).toEqual([])
  }, 900_000)
})
