import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { LocalStore } from '../../../shared/adapters/local-store.js'
import { parseYamlSource } from '../../../shared/config/yaml-source.js'
import { InputError, UsageError } from '../../../shared/errors.js'
import { columnFromText } from '../../../shared/learn/column-from-text.js'
import type { TollgateModel } from '../../../shared/learn/model-format.js'
import { predict } from '../../../shared/learn/predict.js'
import { evaluateGate, type GateRequest } from '../../../shared/operations/gate-evaluation.js'
import {
  gateVerdictRecordOf,
  listGateVerdicts,
  saveGateVerdict
} from '../../../shared/operations/gate-record-store.js'
import { ModelRegistry } from '../../../shared/registry/model-registry.js'
import { gateSummaryMarkdown } from '../../../shared/report/gate-summary.js'
import { makeTempDir, type TempDir } from '../../helpers/temp-dir.js'
import { registerModel, syntheticCsv, trainOn } from './gate-test-models.js'

const NOW = Date.parse('2025-06-12T09:00:00Z')
let dir: TempDir
let store: LocalStore
let strong: TollgateModel
let weak: TollgateModel
let evalCsv: string
let evalPath: string

beforeAll(async () => {
  dir = makeTempDir('tollgate-gate-')
  store = new LocalStore(`${dir.path}/.tollgate`)
  const trainCsv = syntheticCsv(600, 1)
  strong = trainOn(trainCsv, 'label', 'logistic-regression')
  weak = trainOn(trainCsv, 'label', 'logistic-regression', { drop: ['x1'] })
  evalCsv = syntheticCsv(400, 2)
  evalPath = dir.file('eval.csv', evalCsv)
  // v0.0.1 (weak) is production; v0.0.2 (strong) is the candidate.
  await registerModel(store, 'churn', weak)
  await registerModel(store, 'churn', strong)
  await new ModelRegistry(store).assignStage({
    model: 'churn',
    stage: 'production',
    version: 'v0.0.1'
  })
})
afterAll(() => dir.remove())

function request(overrides: Partial<GateRequest> & { rules?: string }): GateRequest {
  const rulesPath = dir.file(
    `rules-${Math.random().toString(36).slice(2)}.yml`,
    overrides.rules ?? 'metrics:\n  accuracy: { min: 0.6 }\n'
  )
  return {
    candidate: 'churn@v0.0.2',
    champion: 'production',
    data: [evalPath],
    target: 'label',
    thresholdsPath: rulesPath,
    task: 'auto',
    format: 'auto',
    cwd: dir.path,
    openRegistry: async () => new ModelRegistry(store),
    now: NOW,
    ...overrides
  }
}

/** Independent reference: the labels and probabilities each model gives, by a plain loop. */
function referencePredictions(model: TollgateModel) {
  const [headerLine, ...lines] = evalCsv.trim().split('\n')
  const header = headerLine!.split(',')
  const cells = header.map((_, k) => lines.map((line) => line.split(',')[k]!))
  const output = predict(model, {
    columns: header.map((name, k) => columnFromText(name, cells[k]!))
  })
  if (output.task === 'regression') throw new Error('expected a classifier')
  const actual = cells[header.indexOf('label')]!
  const positive = Array.from({ length: actual.length }, (_, i) => output.probabilities[2 * i + 1]!)
  return { actual, predicted: output.labels.map(String), positive }
}

function pairwiseAuc(actual: string[], scores: number[]): number {
  let sum = 0
  let pairs = 0
  for (let i = 0; i < actual.length; i++) {
    if (actual[i] !== 'yes') continue
    for (let j = 0; j < actual.length; j++) {
      if (actual[j] !== 'no') continue
      pairs++
      sum += scores[i]! > scores[j]! ? 1 : scores[i] === scores[j] ? 0.5 : 0
    }
  }
  return sum / pairs
}

describe('evaluateGate against a registry champion', () => {
  it('computes both models on the same rows and matches an independent count', async () => {
    const { report, decision } = await evaluateGate(
      request({
        rules: [
          'metrics:',
          '  accuracy:',
          '    min: 0.6',
          '    min_improvement: 0.02',
          '    require_significance: { test: mcnemar, alpha: 0.05 }',
          '  roc_auc:',
          '    max_regression: 0.0',
          '    require_significance: delong',
          '  f1: { min: 0.5 }'
        ].join('\n')
      })
    )
    const cand = referencePredictions(strong)
    const champ = referencePredictions(weak)
    const accuracy = (p: string[]) =>
      p.filter((label, i) => label === cand.actual[i]).length / p.length
    expect(report.metrics.candidate.accuracy).toBeCloseTo(accuracy(cand.predicted), 12)
    expect(report.metrics.champion!.accuracy).toBeCloseTo(accuracy(champ.predicted), 12)
    expect(report.metrics.candidate.roc_auc).toBeCloseTo(
      pairwiseAuc(cand.actual, cand.positive),
      12
    )
    expect(report.metrics.champion!.roc_auc).toBeCloseTo(
      pairwiseAuc(champ.actual, champ.positive),
      12
    )
    // McNemar discordant cells, counted independently.
    let b = 0
    let c = 0
    cand.actual.forEach((truth, i) => {
      const candRight = cand.predicted[i] === truth
      const champRight = champ.predicted[i] === truth
      if (champRight && !candRight) b++
      if (candRight && !champRight) c++
    })
    expect(report.evidence.mcnemar).toMatchObject({ b, c, method: 'exact' })
    expect(report.evidence.delong?.candidate_auc).toBeCloseTo(report.metrics.candidate.roc_auc!, 12)
    expect(report.classes).toEqual(['no', 'yes'])
    expect(report.champion).toMatchObject({ reference: 'churn@v0.0.1', stage: 'production' })
    expect(report.candidate).toMatchObject({
      reference: 'churn@v0.0.2',
      source: 'registry',
      version: 'v0.0.2'
    })
    expect(decision.verdict).toBe('promote')
    expect(report.passed).toBe(true)
    expect(report.reasons.map((reason) => [reason.metric, reason.rule, reason.passed])).toEqual([
      ['accuracy', 'min', true],
      ['accuracy', 'min_improvement', true],
      ['accuracy', 'significance', true],
      ['roc_auc', 'max_regression', true],
      ['roc_auc', 'significance', true],
      ['f1', 'min', true]
    ])
    expect(report.per_class?.map((row) => row.label)).toEqual(['no', 'yes'])
    expect(report.per_class?.reduce((sum, row) => sum + row.support, 0)).toBe(400)
    expect(report.data.files[0]?.sha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it('is reproducible: the same seed gives the same bootstrap interval', async () => {
    const rules =
      'bootstrap: { replicates: 1000, seed: 7 }\nmetrics:\n  accuracy: { min_improvement: 0.0 }\n'
    const first = await evaluateGate(request({ rules }))
    const second = await evaluateGate(request({ rules }))
    expect(first.report.evidence.bootstrap).toEqual(second.report.evidence.bootstrap)
    const entry = first.report.evidence.bootstrap[0]!
    expect(entry).toMatchObject({
      metric: 'accuracy',
      seed: 7,
      required: false,
      replicates_used: 1000,
      interval: 'bca'
    })
    expect(entry.estimate).toBeCloseTo(
      first.report.metrics.candidate.accuracy! - first.report.metrics.champion!.accuracy!,
      12
    )
    expect(entry.lower!).toBeLessThan(entry.estimate!)
    expect(entry.upper!).toBeGreaterThan(entry.estimate!)
  })

  it('rejects a weaker candidate against a stronger champion, naming the rule', async () => {
    const { report } = await evaluateGate(
      request({
        candidate: 'churn@v0.0.1',
        champion: 'churn@v0.0.2',
        rules: 'metrics:\n  accuracy: { max_regression: 0.01 }\n'
      })
    )
    expect(report.verdict).toBe('reject')
    expect(report.reasons[0]).toMatchObject({
      metric: 'accuracy',
      rule: 'max_regression',
      passed: false
    })
    expect(gateSummaryMarkdown(report)).toContain('❌ reject')
  })

  it('decides on thresholds alone when the stage is empty, and says so', async () => {
    const { report } = await evaluateGate(
      request({
        champion: 'staging',
        rules: 'metrics:\n  accuracy: { min: 0.6, min_improvement: 0.01 }\n'
      })
    )
    expect(report.verdict).toBe('no-champion')
    expect(report.passed).toBe(true)
    expect(report.champion).toBeNull()
    expect(report.champion_note).toMatch(/No version of churn is in staging/)
    expect(report.reasons.map((reason) => reason.passed)).toEqual([true, null])
    expect(gateSummaryMarkdown(report)).toContain('No version of churn is in staging')
  })
})

describe('evaluateGate inputs', () => {
  it('scores a local model directory and a predictions file of a command-trained champion', async () => {
    dir.file('candidate/model.json', JSON.stringify(strong))
    const champ = referencePredictions(weak)
    const lines = ['prediction,probability_no,probability_yes']
    champ.predicted.forEach((label, i) =>
      lines.push(`${label},${1 - champ.positive[i]!},${champ.positive[i]!}`)
    )
    const predictions = dir.file('champion-predictions.csv', `${lines.join('\n')}\n`)
    const { report } = await evaluateGate(
      request({
        candidate: 'candidate',
        champion: 'none',
        rules: 'metrics:\n  roc_auc: { min: 0.7 }\n'
      })
    )
    expect(report.verdict).toBe('no-champion')
    expect(report.candidate).toMatchObject({ source: 'directory', model: null })
    const withChampion = await evaluateGate(
      request({
        candidate: 'candidate',
        champion: 'churn@v0.0.1',
        championPredictions: predictions,
        rules: 'metrics:\n  roc_auc: { min: 0.7, min_improvement: 0.0 }\n'
      })
    )
    expect(withChampion.report.metrics.champion!.roc_auc).toBeCloseTo(
      pairwiseAuc(champ.actual, champ.positive),
      12
    )
    expect(withChampion.report.champion?.predictions).toBe(predictions)
  })

  it('reports slices and rows without a target', async () => {
    const data = dir.file('eval-missing.csv', syntheticCsv(300, 5, { missingLabelEvery: 10 }))
    const { report } = await evaluateGate(request({ data: [data], slice: 'region' }))
    expect(report.data.rows_without_target).toBe(30)
    expect(report.data.rows).toBe(270)
    expect(report.slices?.slices.map((slice) => slice.value).sort()).toEqual([
      'east',
      'north',
      'south'
    ])
    expect(report.slices?.slices.reduce((sum, slice) => sum + slice.rows, 0)).toBe(270)
    expect(report.warnings[0]).toMatch(/30 row\(s\)/)
  })

  it('evaluates regression models', async () => {
    const csv = syntheticCsv(500, 11)
    const candidate = trainOn(csv, 'amount', 'linear-regression')
    const data = dir.file('eval-reg.csv', syntheticCsv(200, 12))
    dir.file('reg/model.json', JSON.stringify(candidate))
    const { report } = await evaluateGate(
      request({
        candidate: 'reg',
        champion: 'none',
        target: 'amount',
        data: [data],
        rules: 'metrics:\n  rmse: { max: 1.5 }\n  r2: { min: 0.8 }\n'
      })
    )
    expect(report.task).toBe('regression')
    expect(Object.keys(report.metrics.candidate).sort()).toEqual(['mae', 'mape', 'r2', 'rmse'])
    expect(report.metrics.candidate.rmse!).toBeLessThan(1.5)
    expect(report.passed).toBe(true)
  })

  it('points at the rule line when a metric does not fit the task', async () => {
    const error = await evaluateGate(
      request({ rules: 'metrics:\n  accuracy: { min: 0.5 }\n  rmse:\n    max: 3\n' })
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).location).toMatchObject({ line: 3, field: 'metrics.rmse' })
    expect((error as InputError).message).toMatch(/rmse is a regression metric/)
  })

  it('reads the gate section of .tollgate.yml when no rules file is given', async () => {
    const section = parseYamlSource(
      'gate:\n  metrics:\n    accuracy: { min: 0.99 }\n',
      '.tollgate.yml'
    ).get('gate')
    const { report } = await evaluateGate(
      request({ thresholdsPath: undefined, gateSection: section })
    )
    expect(report.rules.source).toBe('.tollgate.yml (gate)')
    expect(report.verdict).toBe('reject')
    await expect(evaluateGate(request({ thresholdsPath: undefined }))).rejects.toThrow(
      /No gate rules/
    )
  })

  it('refuses a command-trained candidate without predictions and a stage champion for a local model', async () => {
    dir.file('opaque/weights.bin', 'xx')
    await expect(evaluateGate(request({ candidate: 'opaque', champion: 'none' }))).rejects.toThrow(
      /not a built-in Tollgate model/
    )
    await expect(
      evaluateGate(request({ candidate: 'candidate', champion: 'production' }))
    ).rejects.toThrow(UsageError)
  })
})

describe('gate verdict records', () => {
  it('stores one verdict per version and run, idempotently, and lists them', async () => {
    const { report } = await evaluateGate(request({}))
    const run = { id: '42', attempt: 1 }
    const record = gateVerdictRecordOf(report, run)!
    expect(record).toMatchObject({
      model: 'churn',
      version: 'v0.0.2',
      passed: true,
      champion: { reference: 'churn@production', version: 'v0.0.1' }
    })
    expect(await saveGateVerdict(store, record)).toBe('created')
    expect(
      await saveGateVerdict(store, { ...record, recordedAt: '2025-06-12T10:00:00.000Z' })
    ).toBe('exists')
    await saveGateVerdict(store, {
      ...record,
      run: { id: '43', attempt: 1 },
      passed: false,
      verdict: 'reject'
    })
    const verdicts = await listGateVerdicts(store, 'churn', 'v0.0.2')
    expect(verdicts.map((verdict) => [verdict.run.id, verdict.passed])).toEqual([
      ['42', true],
      ['43', false]
    ])
    expect(await listGateVerdicts(store, 'churn', 'v0.0.1')).toEqual([])
  })

  it('carries an OpenLineage event linking the data and both versions to the verdict', async () => {
    const { report } = await evaluateGate(request({}))
    const context = {
      workflowRunId: '77',
      attempt: 1,
      job: 'gate',
      action: 'evaluate-gate',
      producer: 'urn:tollgate:test',
      namespace: 'github://octo-org/models'
    }
    const record = gateVerdictRecordOf(report, { id: '77', attempt: 1 }, undefined, context)!
    expect(record.lineage?.eventType).toBe('COMPLETE')
    expect(record.lineage?.run.facets?.tollgate_gateVerdict).toMatchObject({
      passed: true,
      summary: report.summary
    })
    expect(record.lineage?.inputs.map((input) => input.name)).toEqual([
      evalPath,
      'churn@v0.0.2',
      'churn@v0.0.1'
    ])
    expect(record.lineage?.inputs[0]?.facets?.tollgate_digest).toMatchObject({
      sha256: report.data.files[0]!.sha256
    })
  })
})
