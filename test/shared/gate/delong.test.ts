import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { fixturePath } from '../../helpers/paths.js'
import { aucComponents, aucWithVariance, delongTest } from '../../../shared/gate/delong.js'
import { midranks } from '../../../shared/gate/midranks.js'

interface DeLongCase {
  name: string
  actual: number[]
  champion: number[]
  candidate: number[]
  championAuc: number
  candidateAuc: number
  championVariance: number
  candidateVariance: number
  covariance: number
  difference: number
  variance: number
  z: number
  pValue: number
  ci95: [number, number]
  sklearnAucs: [number, number]
}
const oracle = JSON.parse(readFileSync(fixturePath('gate', 'delong.json'), 'utf8')) as {
  cases: DeLongCase[]
}

function expectClose(actual: number, expected: number, relative = 1e-12): void {
  expect(Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300)).toBeLessThanOrEqual(
    relative
  )
}

describe('the hand-checkable 7-row case', () => {
  // Positives 0.9, 0.7, 0.5 against negatives 0.6, 0.4, 0.3, 0.2: V10 = (1, 1, ¾), AUC 11/12.
  // Candidate positives 0.8, 0.6, 0.6 against 0.7, 0.5, 0.6, 0.1: V10 = (1, ⅝, ⅝), AUC ¾
  // (each 0.6 beats 0.5 and 0.1, ties 0.6 for ½, loses to 0.7).
  const c = oracle.cases[0]!
  it('has the components worked out by hand', () => {
    const champion = aucComponents(c.actual, c.champion)
    expect(Array.from(champion.positiveComponents)).toEqual([1, 1, 0.75])
    expect(champion.auc).toBe(11 / 12)
    const candidate = aucComponents(c.actual, c.candidate)
    expect(Array.from(candidate.positiveComponents)).toEqual([1, 0.625, 0.625])
    // V01_j: share of positives above negative j (ties ½): 0.7 → ⅓ (0.8 only), 0.5 → 1,
    // 0.6 → (1 + ½ + ½)/3 = ⅔, 0.1 → 1.
    const expected = [1 / 3, 1, 2 / 3, 1]
    candidate.negativeComponents.forEach((v, j) => expect(v).toBeCloseTo(expected[j]!, 15))
    expect(candidate.auc).toBe(0.75)
  })
})

describe.each(oracle.cases)('DeLong matches the direct O(mn) formula: $name', (c) => {
  it('AUCs equal sklearn roc_auc_score', () => {
    const result = delongTest(c.actual, c.champion, c.candidate)
    expectClose(result.championAuc, c.sklearnAucs[0])
    expectClose(result.candidateAuc, c.sklearnAucs[1])
  })

  it('variance, z, p and the 95% interval', () => {
    const result = delongTest(c.actual, c.champion, c.candidate)
    expectClose(result.difference, c.difference)
    expectClose(result.variance, c.variance, 1e-10)
    expectClose(result.z, c.z, 1e-10)
    expectClose(result.pValue, c.pValue, 1e-9)
    expectClose(result.confidenceInterval[0], c.ci95[0], 1e-10)
    expectClose(result.confidenceInterval[1], c.ci95[1], 1e-10)
    expect(result.confidenceLevel).toBe(0.95)
  })

  it('single-model variances', () => {
    expectClose(aucWithVariance(c.actual, c.champion).variance, c.championVariance, 1e-10)
    expectClose(aucWithVariance(c.actual, c.candidate).variance, c.candidateVariance, 1e-10)
  })
})

describe('DeLong edge cases', () => {
  const c = oracle.cases[1]!
  it('identical models: difference 0, z 0, p 1', () => {
    const result = delongTest(c.actual, c.champion, c.champion)
    expect(result).toMatchObject({ difference: 0, variance: 0, z: 0, pValue: 1 })
    expect(result.confidenceInterval).toEqual([0, 0])
  })

  it('swapping the models flips the sign and keeps p', () => {
    const forward = delongTest(c.actual, c.champion, c.candidate)
    const backward = delongTest(c.actual, c.candidate, c.champion)
    expect(backward.z).toBeCloseTo(-forward.z, 12)
    expect(backward.pValue).toBeCloseTo(forward.pValue, 12)
  })

  it('a wider level gives a wider interval around the same difference', () => {
    const at95 = delongTest(c.actual, c.champion, c.candidate)
    const at99 = delongTest(c.actual, c.champion, c.candidate, { confidenceLevel: 0.99 })
    expect(at99.confidenceInterval[0]).toBeLessThan(at95.confidenceInterval[0])
    expect(at99.confidenceInterval[1]).toBeGreaterThan(at95.confidenceInterval[1])
  })

  it('needs two rows of each class and one score per row', () => {
    expect(() => delongTest([1, 0, 0], [0.1, 0.2, 0.3], [0.3, 0.2, 0.1])).toThrow(
      /at least 2 positive and 2 negative/
    )
    expect(() => delongTest([1, 1, 0, 0], [0.1, 0.2, 0.3], [0.3, 0.2, 0.1, 0])).toThrow(
      /champion: 3 scores for 4 rows/
    )
  })
})

describe('midranks', () => {
  it('averages the ranks of ties (scipy rankdata "average")', () => {
    expect(Array.from(midranks([3, 1, 4, 1, 5, 9, 2, 6, 5]))).toEqual([
      4, 1.5, 5, 1.5, 6.5, 9, 3, 8, 6.5
    ])
  })
})
