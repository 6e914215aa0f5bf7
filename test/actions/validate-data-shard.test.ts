import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import {
  startFakeActionsRuntime,
  type FakeActionsRuntime
} from '../harness/fake-actions-runtime.js'
import { startFakeOpenLineage } from '../harness/fake-openlineage.js'
import { removeRunDirectories, runAction, type RunActionResult } from '../harness/run-action.js'
import { makeTempDir, type TempDir } from '../helpers/temp-dir.js'

/**
 * validate-data sharded as the template runs it: matrix jobs with `shard: k/3` upload their
 * partials through the real @actions/artifact client to the fake Actions runtime; a merge job
 * with `merge: true` downloads them and reports exactly what one job over all the data reports.
 */
let runtime: FakeActionsRuntime
let workspace: TempDir

const CHECKS = `table:
  row_count: { min: 5 }
columns:
  id: { unique: true, not_null: true }
  amount: { between: { min: 0, max: 500 }, median: { min: 0 } }
  plan: { in_set: [free, pro] }
`

beforeAll(async () => {
  runtime = await startFakeActionsRuntime()
  workspace = makeTempDir('tollgate-shard-e2e-')
  for (let file = 0; file < 5; file++) {
    const rows = Array.from({ length: 400 }, (_, i) => {
      const id = file === 4 && i === 7 ? 12 : file * 400 + i // a duplicate of a row in the first file
      return `${id},${(i * 7.3) % 600},${i % 11 === 0 ? 'gold' : i % 2 === 0 ? 'free' : 'pro'}`
    })
    workspace.file(`data/part-${file}.csv`, `id,amount,plan\n${rows.join('\n')}\n`)
  }
  workspace.file('checks.yml', CHECKS)
})
afterAll(async () => {
  await runtime.close()
  workspace.remove()
  removeRunDirectories()
})

function job(
  runId: string,
  jobId: string,
  inputs: Record<string, string>
): Promise<RunActionResult> {
  return runAction({
    action: 'validate-data',
    inputs: { checks: 'checks.yml', comment: 'false', 'html-report': 'false', ...inputs },
    cwd: workspace.path,
    runtime: { env: () => runtime.env(runId, jobId) },
    env: { GITHUB_SERVER_URL: 'https://github.com', TOLLGATE_NOW: '2026-11-24T12:00:00Z' }
  })
}

/** stderr without Node's deprecation notice for `new Buffer()` inside the artifact client's zip code. */
function errors(result: RunActionResult): string {
  return result.stderr
    .split('\n')
    .filter(
      (line) => line !== '' && !line.includes('[DEP0005]') && !line.includes('--trace-deprecation')
    )
    .join('\n')
}

function reportOf(result: RunActionResult): Record<string, unknown> {
  const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8')) as Record<string, unknown>
  delete report.generated_at
  return report
}

describe('validate-data in a sharded matrix', () => {
  it('shard jobs upload partials; the merge job reports what a single job reports', async () => {
    const lineage = await startFakeOpenLineage()
    try {
      await shardsThenMerge(lineage.url)
      // Only the merge job sends lineage: one event for the whole data, every file an input.
      expect(lineage.events()).toHaveLength(1)
      expect(lineage.events()[0]).toMatchObject({
        eventType: 'COMPLETE',
        job: { name: 'Tollgate.tollgate.validate-data' },
        inputs: [0, 1, 2, 3, 4].map((file) => ({ name: `data/part-${file}.csv` }))
      })
    } finally {
      await lineage.close()
    }
  }, 180_000)

  async function shardsThenMerge(lineageUrl: string): Promise<void> {
    for (const k of [1, 2, 3]) {
      const shard = await job('run-1', `job-${k}`, {
        data: 'data/*.csv',
        shard: `${k}/3`,
        threads: '1',
        'lineage-url': lineageUrl
      })
      expect(errors(shard)).toBe('')
      expect(shard.exitCode).toBe(0)
      expect(shard.outputs).toMatchObject({
        passed: '',
        'failed-checks': '',
        warnings: '',
        profile: ''
      })
      expect(Number(shard.outputs.rows)).toBeGreaterThan(0)
      expect(shard.summary).toContain(`### validate-data shard ${k}/3`)
    }
    // A re-run of a shard job replaces its artifact instead of failing on the name.
    expect(
      (await job('run-1', 'job-2-attempt-2', { data: 'data/*.csv', shard: '2/3', threads: '1' }))
        .exitCode
    ).toBe(0)
    const names = runtime
      .artifacts()
      .filter((artifact) => artifact.runId === 'run-1' && artifact.finalized)
      .map((artifact) => artifact.name)
      .sort()
    expect(names).toEqual([
      'tollgate-partial-1-of-3',
      'tollgate-partial-2-of-3',
      'tollgate-partial-3-of-3'
    ])

    const merged = await job('run-1', 'job-merge', { merge: 'true', 'lineage-url': lineageUrl })
    const single = await job('run-single', 'job-1', { data: 'data/*.csv', threads: '1' })
    expect(errors(merged)).toBe('')
    expect(merged.exitCode).toBe(1)
    expect(single.exitCode).toBe(1)
    expect(merged.outputs).toEqual({
      ...single.outputs,
      report: merged.outputs.report,
      profile: merged.outputs.profile
    })
    expect(reportOf(merged)).toEqual(reportOf(single))
    expect(merged.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual(
      single.annotations.filter((a) => a.level === 'error').map((a) => a.message)
    )
    const unique = (reportOf(merged).results as { id: string; unexpected_samples: unknown }[]).find(
      (result) => result.id === 'columns.id.unique'
    )
    expect(unique?.unexpected_samples).toEqual([
      { row: 13, value: '12' },
      { row: 1608, value: '12' }
    ])
  }

  it('the merge fails clearly when a shard did not upload its partial', async () => {
    for (const k of [1, 3])
      expect(
        (await job('run-2', `job-${k}`, { data: 'data/*.csv', shard: `${k}/3`, threads: '1' }))
          .exitCode
      ).toBe(0)
    const merged = await job('run-2', 'job-merge', { merge: 'true' })
    expect(merged.exitCode).toBe(1)
    expect(merged.annotations.map((a) => a.message).join('\n')).toMatch(
      /validate-data failed: The shard set is incomplete: missing shard 2\/3 \(got 2 of 3\)/
    )
    const none = await job('run-3', 'job-merge', { merge: 'true' })
    expect(none.annotations.map((a) => a.message).join('\n')).toMatch(
      /No shard partials were found in this workflow run/
    )
  }, 120_000)
})
