import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { fixturePath } from '../../helpers/paths.js'
import type { MetricName, RowMetric } from '../../../shared/evaluation/metrics.js'
import { prepareMetric } from '../../../shared/evaluation/metrics.js'
import type { ModelPredictions, RowSelection } from '../../../shared/evaluation/predictions.js'
import { pairedBootstrap } from '../../../shared/gate/bootstrap.js'

interface BootstrapCase {
  name: string
  metric: MetricName
  task: 'classification' | 'regression'
  seed: number
  replicates: number
  confidenceLevel: number
  stratified?: boolean
  actual: number[]
  candidate: number[]
  champion: number[]
  estimate: number
  firstIndices?: number[][]
  percentile: [number, number]
  basic: [number, number]
  bca?: [number, number]
  standardError: number
  /** scipy's bootstrap_distribution (cases compared with scipy.stats.bootstrap). */
  distribution?: number[]
  used?: number
  dropped?: number
}
const oracle = JSON.parse(readFileSync(fixturePath('gate', 'bootstrap.json'), 'utf8')) as {
  cases: BootstrapCase[]
}

function expectClose(actual: number, expected: number, relative = 1e-12): void {
  expect(Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-15)).toBeLessThanOrEqual(
    relative
  )
}

/** Predictions of one model in a case: class codes for accuracy, scores for AUC, values for RMSE. */
function predictionsOf(c: BootstrapCase, model: 'candidate' | 'champion'): ModelPredictions {
  const values = c[model]
  if (c.task === 'regression') return { task: 'regression', actual: c.actual, predicted: values }
  if (c.metric === 'accuracy') {
    return { task: 'classification', classCount: 2, actual: c.actual, predicted: values }
  }
  return {
    task: 'classification',
    classCount: 2,
    actual: c.actual,
    predicted: values.map((s) => (s > 0.5 ? 1 : 0)),
    scores: values
  }
}

/** Wraps a metric to record the row selections it is asked for. */
function recording(metric: RowMetric, calls: (number[] | undefined)[]): RowMetric {
  return (rows?: RowSelection) => {
    calls.push(rows === undefined ? undefined : Array.from(rows))
    return metric(rows)
  }
}

function run(c: BootstrapCase, calls: (number[] | undefined)[] = []) {
  return pairedBootstrap(
    recording(prepareMetric(c.metric, predictionsOf(c, 'candidate')), calls),
    prepareMetric(c.metric, predictionsOf(c, 'champion')),
    c.actual.length,
    {
      replicates: c.replicates,
      seed: c.seed,
      confidenceLevel: c.confidenceLevel,
      keepReplicates: true,
      ...(c.stratified === true ? { strata: c.actual } : {})
    }
  )
}

describe.each(oracle.cases.slice(0, 3))(
  'paired bootstrap equals scipy.stats.bootstrap on the same mulberry32 resamples: $name',
  (c) => {
    const scipyDistribution = c.distribution!

    it('draws idx = floor(u·N) sequentially from mulberry32(seed)', () => {
      const calls: (number[] | undefined)[] = []
      run(c, calls)
      expect(calls[0]).toBeUndefined() // θ̂ on all rows first
      if (c.firstIndices !== undefined) expect(calls.slice(1, 3)).toEqual(c.firstIndices)
    })

    it('replicate differences are scipy’s bootstrap_distribution', () => {
      const result = run(c)
      expect(result.replicatesUsed).toBe(c.replicates)
      expect(result.replicatesDropped).toBe(0)
      const ours = Array.from(result.replicates!)
      expect(ours.length).toBe(scipyDistribution.length)
      ours.forEach((value, b) =>
        expect(Math.abs(value - scipyDistribution[b]!)).toBeLessThan(1e-12)
      )
    })

    it('estimate, standard error and percentile, basic and BCa intervals', () => {
      const result = run(c)
      expect(result.resampling).toBe('paired')
      expectClose(result.estimate, c.estimate)
      expectClose(result.standardError, c.standardError, 1e-10)
      for (const method of ['percentile', 'basic', 'bca'] as const) {
        const expected = c[method]!
        expect(Math.abs(result[method][0] - expected[0])).toBeLessThan(1e-12)
        expect(Math.abs(result[method][1] - expected[1])).toBeLessThan(1e-12)
      }
      expect(result.bcaDetails.jackknife).toBe('leave-one-out')
    })
  }
)

describe('undefined replicates are dropped and counted; stratified resampling avoids them', () => {
  const dropped = oracle.cases[3]!
  const stratified = oracle.cases[4]!

  it('drops single-class resamples of a 2-positive set (numpy/sklearn on the same indices)', () => {
    const result = run(dropped)
    expect(result.resampling).toBe('paired')
    expect(result.replicatesDropped).toBe(dropped.dropped)
    expect(result.replicatesUsed).toBe(dropped.used)
    expectClose(result.percentile[0], dropped.percentile[0])
    expectClose(result.percentile[1], dropped.percentile[1])
    expectClose(result.basic[0], dropped.basic[0])
    expectClose(result.basic[1], dropped.basic[1])
    expectClose(result.standardError, dropped.standardError, 1e-10)
  })

  it('resamples within each class (class 0 rows first, then class 1) and drops nothing', () => {
    const calls: (number[] | undefined)[] = []
    const result = run(stratified, calls)
    expect(result.resampling).toBe('stratified')
    expect(calls.slice(1, 3)).toEqual(stratified.firstIndices)
    expect(result.replicatesDropped).toBe(0)
    expectClose(result.percentile[0], stratified.percentile[0])
    expectClose(result.percentile[1], stratified.percentile[1])
    expectClose(result.standardError, stratified.standardError, 1e-10)
    for (const rows of calls.slice(1, 50)) {
      const positives = rows!.filter((i) => stratified.actual[i] === 1).length
      expect(positives).toBe(2)
    }
  })
})

describe('bootstrap sanity', () => {
  const c = oracle.cases[0]!
  const champion = prepareMetric('accuracy', predictionsOf(c, 'champion'))

  it('identical models give the degenerate interval [0, 0] for every method', () => {
    const result = pairedBootstrap(champion, champion, c.actual.length, { replicates: 1000 })
    expect(result.percentile).toEqual([0, 0])
    expect(result.basic).toEqual([0, 0])
    expect(result.bca).toEqual([0, 0])
    expect(result.bcaDetails).toMatchObject({ z0: 0, acceleration: 0 })
  })

  it('a clearly better model has an interval above 0', () => {
    const n = 400
    const actual = Array.from({ length: n }, (_, i) => i % 2)
    const perfect = prepareMetric('accuracy', {
      task: 'classification',
      classCount: 2,
      actual,
      predicted: actual
    })
    const coinFlip = prepareMetric('accuracy', {
      task: 'classification',
      classCount: 2,
      actual,
      predicted: actual.map((y, i) => (i % 3 === 0 ? 1 - y : y))
    })
    const result = pairedBootstrap(perfect, coinFlip, n)
    expect(result.replicatesRequested).toBe(2000)
    expect(result.percentile[0]).toBeGreaterThan(0.25)
    expect(result.bca[0]).toBeGreaterThan(0.25)
    expect(result.basic[0]).toBeGreaterThan(0.25)
  })

  it('is deterministic for a seed and changes with the seed', () => {
    const candidate = prepareMetric('accuracy', predictionsOf(c, 'candidate'))
    const first = pairedBootstrap(candidate, champion, c.actual.length, { seed: 5 })
    const again = pairedBootstrap(candidate, champion, c.actual.length, { seed: 5 })
    const other = pairedBootstrap(candidate, champion, c.actual.length, { seed: 6 })
    expect(again).toEqual(first)
    expect(other.standardError).not.toBe(first.standardError)
  })

  it('uses a grouped jackknife above 1000 rows', () => {
    const n = 1500
    const actual = Array.from({ length: n }, (_, i) => ((i * 7) % 3 === 0 ? 1 : 0))
    const model = (flip: number) =>
      prepareMetric('accuracy', {
        task: 'classification',
        classCount: 2,
        actual,
        predicted: actual.map((y, i) => (i % flip === 0 ? 1 - y : y))
      })
    const result = pairedBootstrap(model(5), model(4), n, { replicates: 1000 })
    expect(result.bcaDetails.jackknife).toBe('grouped')
    expect(result.bca[0]).toBeLessThan(result.estimate)
    expect(result.bca[1]).toBeGreaterThan(result.estimate)
  })

  it('refuses fewer than 1000 replicates, bad seeds and levels', () => {
    expect(() => pairedBootstrap(champion, champion, 40, { replicates: 999 })).toThrow(
      /at least 1000/
    )
    expect(() => pairedBootstrap(champion, champion, 40, { seed: -1 })).toThrow(/seed/)
    expect(() => pairedBootstrap(champion, champion, 40, { confidenceLevel: 95 })).toThrow(
      /confidence level/
    )
  })
})
