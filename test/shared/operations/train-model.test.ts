import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { InputError, UsageError } from '../../../shared/errors.js'
import { parseModelText } from '../../../shared/learn/model-loading.js'
import { loadTableCells } from '../../../shared/adapters/load-table.js'
import { predict } from '../../../shared/learn/predict.js'
import { lineageRunId } from '../../../shared/lineage/run-id.js'
import { parseRunEvent } from '../../../shared/lineage/openlineage-event.js'
import {
  COMMAND_ENVIRONMENT,
  trainModel,
  type TrainRequest
} from '../../../shared/operations/train-model.js'
import { trainingTable } from '../../../shared/operations/train-table.js'
import { fixturePath } from '../../helpers/paths.js'
import { makeTempDir, type TempDir } from '../../helpers/temp-dir.js'
import { churnCsv } from './train-fixture-data.js'
import { schemaErrors } from './train-report-schemas.js'

let dir: TempDir
let data: string
const NOW = Date.parse('2026-11-24T10:00:00Z')
const trainer = fixturePath('train', 'train-command.mjs')

beforeAll(() => {
  dir = makeTempDir()
  data = dir.file('churn.csv', churnCsv(600, 7))
})
afterAll(() => dir.remove())

let counter = 0
function request(extra: Partial<TrainRequest> = {}): TrainRequest {
  counter++
  return {
    data: [data],
    target: 'churned',
    model: 'gbdt',
    output: join(dir.path, `out-${counter}`),
    cwd: dir.path,
    env: {},
    clock: () => NOW,
    ...extra
  }
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'))
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected the call to fail')
}

describe('train with a built-in learner', () => {
  it('writes the model, metrics, params, profile, provenance and lineage', async () => {
    const outcome = await trainModel(request())
    const out = outcome.outputDir
    expect(readdirSync(out).sort()).toEqual([
      'lineage.json',
      'metrics.json',
      'model.json',
      'params.json',
      'profile.json',
      'training-run.json'
    ])
    const { report } = outcome
    expect(schemaErrors('train-report.schema.json', report)).toEqual([])
    expect(report).toMatchObject({
      model: 'gbdt',
      task: 'binary',
      target: 'churned',
      metrics_source: 'validation',
      rows: { total: 600, train: 480, validation: 120, dropped_missing_target: 0 }
    })
    // The data carries signal: a real model beats the majority class by a wide margin.
    expect(report.metrics.roc_auc).toBeGreaterThan(0.8)
    expect(report.metrics.accuracy).toBeGreaterThan(0.7)
    expect(readJson(join(out, 'metrics.json'))).toEqual(report.metrics)
    expect(report.feature_importances.map((entry) => entry.feature)).toContain('tenure')
    const importance = new Map(report.feature_importances.map((e) => [e.feature, e.importance]))
    expect(importance.get('tenure')!).toBeGreaterThan(importance.get('region') ?? 0)

    const modelBytes = readFileSync(join(out, 'model.json'))
    const model = parseModelText(modelBytes.toString('utf8'))
    const table = trainingTable(await loadTableCells([data]))
    const output = predict(model, table)
    expect(output.task).toBe('binary')

    const params = readJson(join(out, 'params.json')) as Record<string, unknown>
    expect(params).toMatchObject({
      model: 'gbdt',
      target: 'churned',
      task: 'binary',
      seed: 0,
      validation_fraction: 0.2,
      learning_rate: 0.1,
      max_iter: 100
    })

    const record = readJson(join(out, 'training-run.json')) as Record<string, unknown>
    expect(record).toMatchObject({
      schema: 'tollgate.training-run/1',
      run_id: report.run_id,
      model: 'gbdt',
      target: 'churned',
      rows: 600,
      started_at: '2026-11-24T10:00:00.000Z',
      data: [{ path: data, format: 'csv', sha256: sha256(readFileSync(data)), rows: 600 }],
      files: [{ name: 'model.json', size: modelBytes.length, sha256: sha256(modelBytes) }],
      metrics_source: 'validation',
      environment: { tollgate: '0.1.0', node: process.version }
    })
    expect(record.workflow).toBeUndefined()

    const profile = readJson(join(out, 'profile.json')) as {
      rows: number
      columns: { name: string; type: string }[]
    }
    expect(profile.rows).toBe(600)
    expect(profile.columns.map((c) => [c.name, c.type])).toEqual([
      ['tenure', 'integer'],
      ['monthly_charges', 'number'],
      ['plan', 'string'],
      ['region', 'string'],
      ['support_calls', 'integer'],
      ['churned', 'string']
    ])

    const lineage = readJson(outcome.lineagePath) as { schema: string; events: unknown[] }
    expect(lineage.schema).toBe('tollgate.lineage/1')
    const event = parseRunEvent(lineage.events[0], 'lineage.json')
    expect(event.run.runId).toBe(report.run_id)
    expect(event.eventType).toBe('COMPLETE')
    expect(event.inputs[0]?.facets?.tollgate_digest).toMatchObject({
      sha256: sha256(readFileSync(data))
    })
    expect(event.inputs[0]?.facets?.schema).toMatchObject({
      fields: expect.arrayContaining([{ name: 'tenure', type: 'integer' }])
    })
    expect(event.inputs[0]?.inputFacets?.dataQualityMetrics).toMatchObject({ rowCount: 600 })
    const outputDigests = event.outputs.map((o) => [
      o.name,
      (o.facets?.tollgate_digest as { sha256?: string })?.sha256
    ])
    expect(outputDigests).toEqual([
      ['model.json', sha256(modelBytes)],
      ['training-run.json', sha256(readFileSync(join(out, 'training-run.json')))]
    ])
  })

  it('is deterministic: the same data, options and seed give the same model bytes', async () => {
    const a = await trainModel(request({ model: 'logistic-regression', params: { C: 0.5 } }))
    const b = await trainModel(request({ model: 'logistic-regression', params: { C: 0.5 } }))
    const bytes = (outcome: { outputDir: string }) =>
      readFileSync(join(outcome.outputDir, 'model.json'))
    expect(bytes(a).equals(bytes(b))).toBe(true)
    expect(a.report.params).toMatchObject({ C: 0.5, model: 'logistic-regression' })
    const c = await trainModel(
      request({ model: 'logistic-regression', params: { C: 0.5 }, seed: 3 })
    )
    expect(bytes(c).equals(bytes(a))).toBe(false)
  })

  it('records the workflow run, runner and commit, and derives the run id from them', async () => {
    const env = {
      GITHUB_ACTIONS: 'true',
      GITHUB_RUN_ID: '77',
      GITHUB_RUN_ATTEMPT: '2',
      GITHUB_JOB: 'train-job',
      GITHUB_WORKFLOW: 'Train',
      GITHUB_ACTOR: 'alice',
      GITHUB_REPOSITORY: 'octo-org/models',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_REF: 'refs/heads/main',
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_NAME: 'GitHub Actions 3'
    }
    const outcome = await trainModel(request({ env, model: 'linear-regression', target: 'tenure' }))
    const runId = lineageRunId({
      workflowRunId: '77',
      attempt: 2,
      job: 'train-job',
      action: 'train'
    })
    expect(outcome.report.run_id).toBe(runId)
    expect(outcome.report.task).toBe('regression')
    expect(Object.keys(outcome.report.metrics).sort()).toEqual(['mae', 'mape', 'r2', 'rmse'])
    const record = readJson(join(outcome.outputDir, 'training-run.json'))
    expect(record).toMatchObject({
      workflow: { run_id: '77', attempt: 2, job: 'train-job', workflow: 'Train', actor: 'alice' },
      code: { commit: 'a'.repeat(40), ref: 'refs/heads/main', repository: 'octo-org/models' },
      environment: { runner: { os: 'Linux', arch: 'X64', name: 'GitHub Actions 3' } }
    })
    expect(outcome.events[0]?.job.namespace).toBe('github://octo-org/models')
    expect(outcome.events[0]?.job.facets?.sourceCodeLocation).toMatchObject({
      version: 'a'.repeat(40)
    })
  })

  it('replaces an earlier training output but refuses a directory with other files', async () => {
    const output = join(dir.path, 'replaced')
    await trainModel(request({ output, model: 'logistic-regression' }))
    const second = await trainModel(request({ output, model: 'gbdt' }))
    expect(second.outputDir).toBe(output)
    expect((readJson(join(output, 'params.json')) as { model: string }).model).toBe('gbdt')
    expect(readdirSync(dir.path).filter((name) => name.includes('tollgate-'))).toEqual([])

    dir.file('foreign/notes.txt', 'mine')
    const error = await rejection(trainModel(request({ output: join(dir.path, 'foreign') })))
    expect(error).toBeInstanceOf(UsageError)
    expect(error.message).toMatch(/is not empty and does not hold an earlier training output/)
    expect(readdirSync(join(dir.path, 'foreign'))).toEqual(['notes.txt'])

    dir.file('mixed/extra.bin', 'x')
    await trainModel(request({ output: join(dir.path, 'mixed-2') }))
    const mixed = join(dir.path, 'mixed-2')
    dir.file('mixed-2/extra.bin', 'x')
    const again = await rejection(trainModel(request({ output: mixed })))
    expect(again.message).toMatch(/plus "extra.bin", which that run did not write/)
  })

  it('warns when nothing is held out and reports training-row metrics', async () => {
    const outcome = await trainModel(request({ validationFraction: 0 }))
    expect(outcome.report.metrics_source).toBe('training')
    expect(outcome.report.warnings.join(' ')).toMatch(/no rows were held out/)
  })
})

describe('train refuses bad input and leaves no output', () => {
  it('a missing target column, with a suggestion', async () => {
    const req = request({ target: 'churn' })
    const error = await rejection(trainModel(req))
    expect(error).toBeInstanceOf(InputError)
    expect(error.message).toMatch(/no target column of that name \(did you mean "churned"\?\)/)
    expect(existsSync(req.output)).toBe(false)
    expect(readdirSync(dir.path).filter((name) => name.includes('tollgate-'))).toEqual([])
  })

  it('a constant target', async () => {
    const constant = dir.file('constant.csv', 'x,y\n1,a\n2,a\n3,a\n4,a\n5,a\n6,a\n')
    const req = request({ data: [constant], target: 'y' })
    const error = await rejection(trainModel(req))
    expect(error).toBeInstanceOf(InputError)
    expect(error.message).toMatch(/the target is constant/)
    expect(existsSync(req.output)).toBe(false)
  })

  it('a word in a numeric column names the row, unless the column is declared categorical', async () => {
    const rows = ['x,g,y']
    for (let i = 0; i < 40; i++)
      rows.push(`${i === 17 ? 'abc' : i},${i % 3},${i % 2 === 0 ? 'a' : 'b'}`)
    const mixed = dir.file('mixed.csv', `${rows.join('\n')}\n`)
    const error = await rejection(
      trainModel(request({ data: [mixed], target: 'y', model: 'logistic-regression' }))
    )
    expect(error).toBeInstanceOf(InputError)
    expect(error.message).toContain(
      'mixed.csv (row 18, column "x"): expected a number: 39 of the 40 values'
    )
    expect(error.message).toContain('holds "abc"')
    const outcome = await trainModel(
      request({ data: [mixed], target: 'y', model: 'logistic-regression', categorical: ['x'] })
    )
    expect(outcome.report.metrics.accuracy).toBeDefined()
    const typo = await rejection(
      trainModel(request({ data: [mixed], target: 'y', categorical: ['xx'] }))
    )
    expect(typo.message).toMatch(
      /categorical column "xx" is not in the training data \(did you mean "x"\?\)/
    )
  })

  it('options that contradict each other', async () => {
    expect(await rejection(trainModel(request({ model: 'command' })))).toBeInstanceOf(UsageError)
    const both = await rejection(trainModel(request({ model: 'gbdt', command: 'node x.mjs' })))
    expect(both.message).toMatch(/set model to command/)
    const fraction = await rejection(trainModel(request({ validationFraction: 1 })))
    expect(fraction.message).toMatch(/validation fraction must be from 0 to below 1/)
    const param = await rejection(trainModel(request({ params: { max_itr: 5 } })))
    expect(param.message).toMatch(
      /unknown parameter "max_itr" for gbdt \(did you mean "max_iter"\?\)/
    )
  })
})

describe('train with a training command', () => {
  const command = (mode = 'ok') => `node ${JSON.stringify(trainer)} ${mode}`
  const sink = () => {
    const chunks = { stdout: '', stderr: '' }
    return {
      chunks,
      output: {
        stdout: (c: string) => (chunks.stdout += c),
        stderr: (c: string) => (chunks.stderr += c)
      }
    }
  }

  it('passes the TOLLGATE_* variables and collects the files and metrics.json it writes', async () => {
    const { chunks, output } = sink()
    const outcome = await trainModel(
      request({
        model: 'command',
        command: command(),
        params: { depth: 4, loss: 'log' },
        seed: 5,
        validationFraction: 0.25,
        features: ['tenure', 'plan'],
        commandOutput: output
      })
    )
    expect(chunks.stdout).toMatch(/majority class no, validation accuracy/)
    const out = outcome.outputDir
    const env = readJson(join(out, 'env.json')) as Record<string, string>
    // The command inherits the environment; TOLLGATE_* variables of this process (CI sets
    // TOLLGATE_PG_BIN) pass through unchanged, the contract's own are set by train.
    const inherited = Object.keys(process.env).filter((name) => name.startsWith('TOLLGATE_'))
    expect(Object.keys(env).sort()).toEqual(
      [...new Set([...COMMAND_ENVIRONMENT, ...inherited])].sort()
    )
    expect(env).toMatchObject({
      TOLLGATE_DATA: data,
      TOLLGATE_DATA_FORMAT: 'csv',
      TOLLGATE_TARGET: 'churned',
      TOLLGATE_PARAMS: '{"depth":4,"loss":"log"}',
      TOLLGATE_SEED: '5',
      TOLLGATE_VALIDATION_FRACTION: '0.25',
      TOLLGATE_TASK: 'auto',
      TOLLGATE_FEATURES: 'tenure,plan',
      TOLLGATE_RUN_ID: outcome.report.run_id
    })
    // The command wrote into a private folder that became the output only when all went well.
    expect(env.TOLLGATE_OUTPUT_DIR).not.toBe(out)
    const { report } = outcome
    expect(schemaErrors('train-report.schema.json', report)).toEqual([])
    expect(report.metrics_source).toBe('command')
    expect(report.metrics).toEqual({ accuracy: expect.any(Number), validation_rows: 150 })
    expect(report.params).toMatchObject({
      model: 'command',
      depth: 4,
      loss: 'log',
      learner: 'majority-class',
      classes: 2,
      seed: 5
    })
    expect(report.feature_importances).toEqual([
      { feature: 'tenure', importance: 0.75 },
      { feature: 'plan', importance: 0.25 }
    ])
    expect(report.files.map((file) => file.name)).toEqual([
      'env.json',
      'feature-importances.json',
      'model.txt'
    ])
    expect(report.rows.total).toBe(600)
    expect(readdirSync(out).sort()).toEqual([
      'env.json',
      'feature-importances.json',
      'lineage.json',
      'metrics.json',
      'model.txt',
      'params.json',
      'profile.json',
      'training-run.json'
    ])
    expect(readJson(join(out, 'training-run.json'))).toMatchObject({
      model: 'command',
      command: command()
    })
  })

  it('a command that exits non-zero fails with its exit code and last error lines', async () => {
    const { output } = sink()
    const req = request({ model: 'command', command: command('fail'), commandOutput: output })
    const error = await rejection(trainModel(req))
    expect(error).toBeInstanceOf(UsageError)
    expect(error.message).toMatch(/The training command exited with code 3 after [\d.]+ s/)
    expect(error.message).toContain('ValueError: could not convert string to float: "abc"')
    expect(error.message).toContain('Nothing was written to the output directory.')
    expect(existsSync(req.output)).toBe(false)
  })

  it.each([
    ['no-metrics', /wrote no metrics.json/],
    [
      'bad-metrics',
      /metrics.json \(written by the training command\) \(column "accuracy"\): expected a finite number for metric "accuracy", found "high"/
    ],
    ['no-model', /wrote no model files/],
    ['reserved', /wrote "README.md", a name Tollgate reserves/],
    ['subdir', /wrote a directory "weights" into the output/]
  ])(
    'a command whose output is unusable (%s) fails clearly, leaving no output',
    async (mode, message) => {
      const { output } = sink()
      const req = request({ model: 'command', command: command(mode), commandOutput: output })
      const error = await rejection(trainModel(req))
      expect(error.message).toMatch(message)
      expect(existsSync(req.output)).toBe(false)
      expect(readdirSync(dir.path).filter((name) => name.includes('tollgate-'))).toEqual([])
    }
  )
})
