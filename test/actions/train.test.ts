import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { githubEvent } from '../harness/event-fixtures.js'
import { expectRunEvent, startFakeOpenLineage } from '../harness/fake-openlineage.js'
import { removeRunDirectories, runAction } from '../harness/run-action.js'
import { fixturePath } from '../helpers/paths.js'
import { churnCsv } from '../shared/operations/train-fixture-data.js'

/** The bundled train action, run as the runner runs it (actions/dist/train.js). */
let workspaceRoot: string
let count = 0

function workspace(): string {
  const dir = join(workspaceRoot, `ws-${++count}`)
  mkdirSync(join(dir, 'data'), { recursive: true })
  writeFileSync(join(dir, 'data', 'train.csv'), churnCsv(500, 3))
  copyFileSync(fixturePath('train', 'train-command.mjs'), join(dir, 'train.mjs'))
  return dir
}

beforeAll(() => {
  workspaceRoot = mkdtempSync(join(tmpdir(), 'tollgate-train-e2e-'))
})
afterAll(() => {
  removeRunDirectories()
  rmSync(workspaceRoot, { recursive: true, force: true })
})

describe('train action (bundled)', () => {
  it('trains gbdt, sets every output and writes the summary with metrics, importances and lineage', async () => {
    const cwd = workspace()
    const backend = await startFakeOpenLineage()
    const result = await runAction({
      action: 'train',
      inputs: {
        data: 'data/train.csv',
        target: 'churned',
        params: 'max_iter: 50',
        'lineage-url': backend.url
      },
      event: githubEvent('push'),
      cwd
    }).finally(() => backend.close())
    expect(result.stderr).toBe('')
    expect(result.conclusion).toBe('success')
    expect(result.runnerWarnings).toEqual([])
    const modelPath = join(cwd, 'model')
    expect(result.outputs['model-path']).toBe(modelPath)
    expect(readdirSync(modelPath).sort()).toEqual([
      'lineage.json',
      'metrics.json',
      'model.json',
      'params.json',
      'profile.json',
      'training-run.json'
    ])
    const metrics = JSON.parse(result.outputs.metrics!) as Record<string, number>
    expect(metrics.roc_auc).toBeGreaterThan(0.75)
    expect(result.outputs['run-id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-/)
    expect(result.outputs.lineage).toBe(join(modelPath, 'lineage.json'))
    const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8')) as {
      run_id: string
      params: { max_iter: number }
      code: { commit: string }
      environment: { runner: { os: string } }
    }
    expect(report.run_id).toBe(result.outputs['run-id'])
    expect(report.params.max_iter).toBe(50)
    expect(report.environment.runner.os).toBe('Linux')
    expect(report.code.commit).toMatch(/^[0-9a-f]{40}$/)
    expect(result.summary).toContain('### Tollgate train: `gbdt` (binary)')
    expect(result.summary).toMatch(/\| `roc_auc` \| 0\.\d+ \| 0\.\d+ \|/)
    expect(result.summary).toContain('xychart-beta')
    expect(result.summary).toContain('flowchart LR')
    // The event sent to the lineage backend is the one lineage.json keeps for register-model.
    const written = JSON.parse(readFileSync(result.outputs.lineage!, 'utf8')) as {
      events: unknown[]
    }
    expect(backend.events()).toEqual(written.events)
    expectRunEvent(backend.events()[0], { eventTypes: ['COMPLETE'], action: 'train' })
    expect(backend.events()[0]).toMatchObject({ inputs: [{ name: 'data/train.csv' }] })
  })

  it('runs a training command with the TOLLGATE_* variables and collects its files', async () => {
    const cwd = workspace()
    const result = await runAction({
      action: 'train',
      inputs: {
        data: 'data/train.csv',
        target: 'churned',
        model: 'command',
        command: 'node train.mjs',
        params: '{"depth": 3}',
        output: 'out/model'
      },
      cwd
    })
    expect(result.conclusion).toBe('success')
    expect(result.stdout).toContain('::group::Training command')
    expect(result.stdout).toMatch(/majority class no, validation accuracy/)
    const env = JSON.parse(readFileSync(join(cwd, 'out', 'model', 'env.json'), 'utf8')) as Record<
      string,
      string
    >
    expect(env).toMatchObject({
      TOLLGATE_DATA: join(cwd, 'data', 'train.csv'),
      TOLLGATE_TARGET: 'churned',
      TOLLGATE_PARAMS: '{"depth":3}',
      TOLLGATE_RUN_ID: result.outputs['run-id']
    })
    expect(JSON.parse(result.outputs.metrics!)).toEqual({
      accuracy: expect.any(Number),
      validation_rows: 100
    })
    expect(result.summary).toContain('reported by the command')
  })

  it('fails clearly and writes nothing on a missing target column', async () => {
    const cwd = workspace()
    const result = await runAction({
      action: 'train',
      inputs: { data: 'data/train.csv', target: 'churn' },
      cwd
    })
    expect(result.conclusion).toBe('failure')
    const errors = result.annotations.filter((annotation) => annotation.level === 'error')
    expect(errors.map((annotation) => annotation.message).join('\n')).toMatch(
      /train failed: data\/train.csv \(column "churn"\): the training data has no target column of that name \(did you mean "churned"\?\)/
    )
    expect(existsSync(join(cwd, 'model'))).toBe(false)
    expect(result.outputs).toEqual({})
  })

  it('fails with the exit code and last error lines of a failing command', async () => {
    const cwd = workspace()
    const result = await runAction({
      action: 'train',
      inputs: {
        data: 'data/train.csv',
        target: 'churned',
        model: 'command',
        command: 'node train.mjs fail'
      },
      cwd
    })
    expect(result.conclusion).toBe('failure')
    const message =
      result.annotations.find((annotation) => annotation.level === 'error')?.message ?? ''
    expect(message).toMatch(/train failed: The training command exited with code 3/)
    expect(message).toContain('ValueError: could not convert string to float')
    expect(existsSync(join(cwd, 'model'))).toBe(false)
  })
})
