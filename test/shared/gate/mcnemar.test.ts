import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { fixturePath } from '../../helpers/paths.js'
import type { McNemarMethod } from '../../../shared/gate/mcnemar.js'
import { discordantCounts, mcnemarTest } from '../../../shared/gate/mcnemar.js'

interface McNemarCase {
  b: number
  c: number
  exact: [number, number] | null
  'chi-square-corrected': [number, number] | null
  'chi-square': [number, number] | null
}
const oracle = JSON.parse(readFileSync(fixturePath('gate', 'mcnemar.json'), 'utf8')) as {
  cases: McNemarCase[]
}

function expectClose(actual: number, expected: number, relative = 1e-12): void {
  expect(Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300)).toBeLessThanOrEqual(
    relative
  )
}

describe('McNemar matches the published examples (stats-reference.md §3.1)', () => {
  it('b=12, c=5: chi-square with correction 2.1176 (p 0.1456), exact p 0.1435', () => {
    const corrected = mcnemarTest({ b: 12, c: 5 }, 'chi-square-corrected')
    expect(corrected.statistic).toBeCloseTo(2.1176, 4)
    expect(corrected.pValue).toBeCloseTo(0.1456, 4)
    expect(mcnemarTest({ b: 12, c: 5 }).pValue).toBeCloseTo(0.1435, 4)
  })

  it('b=11, c=3: exact p 0.057373046875 (= 2·(1+14+91+364)/2¹⁴)', () => {
    expectClose(mcnemarTest({ b: 11, c: 3 }, 'exact').pValue, 0.057373046875, 1e-14)
  })

  it('b=121, c=59: uncorrected chi-square 21.36', () => {
    expect(mcnemarTest({ b: 121, c: 59 }, 'chi-square').statistic).toBeCloseTo(21.36, 2)
  })

  it('no discordant rows is no evidence: p = 1', () => {
    for (const method of ['exact', 'chi-square', 'chi-square-corrected'] as const) {
      expect(mcnemarTest({ b: 0, c: 0 }, method)).toMatchObject({ statistic: 0, pValue: 1 })
    }
  })
})

describe.each(oracle.cases)('McNemar matches statsmodels 0.13.5: b=$b, c=$c', (row) => {
  const methods: McNemarMethod[] = ['exact', 'chi-square-corrected', 'chi-square']
  it.each(methods)('%s', (method) => {
    const expected = row[method]
    const result = mcnemarTest({ b: row.b, c: row.c }, method)
    if (expected === null) {
      expect(result.pValue).toBe(1)
      return
    }
    expectClose(result.statistic, expected[0])
    expectClose(result.pValue, expected[1], 1e-10)
    expect(result.favoursCandidate).toBe(row.c > row.b)
  })
})

describe('discordant counts', () => {
  it('counts b (champion right only) and c (candidate right only)', () => {
    const actual = [1, 0, 1, 1, 0, 0]
    const champion = [1, 0, 0, 1, 1, 0]
    const candidate = [1, 1, 1, 0, 1, 0]
    expect(discordantCounts(actual, champion, candidate)).toEqual({
      b: 2,
      c: 1,
      bothCorrect: 2,
      bothWrong: 1
    })
    expect(discordantCounts(actual, champion, candidate, [1, 1, 2])).toEqual({
      b: 2,
      c: 1,
      bothCorrect: 0,
      bothWrong: 0
    })
  })

  it('rejects counts that are not non-negative integers', () => {
    expect(() => mcnemarTest({ b: -1, c: 2 })).toThrow(/non-negative integer/)
    expect(() => mcnemarTest({ b: 1.5, c: 2 })).toThrow(/non-negative integer/)
  })
})
