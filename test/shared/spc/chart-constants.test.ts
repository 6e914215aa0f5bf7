import { describe, expect, it } from '@jest/globals'
import {
  c4,
  chartConstants,
  d2,
  d3,
  medianMovingRangeFactor
} from '../../../shared/spc/chart-constants.js'
import { exactD2, exactD3 } from '../../../shared/spc/normal-range-moments.js'
import { expectNear, loadSpcFixture } from './spc-fixtures.js'

interface ConstantsOracle {
  E2: number
  median_moving_range_factor: number
  rows: {
    n: number
    d2: number
    d3: number
    c4: number
    A2: number
    A3: number
    B3: number
    B4: number
    D3: number
    D4: number
  }[]
}
const oracle = loadSpcFixture<ConstantsOracle>('constants.json')

/** stats-reference.md §1.2 printed table (Montgomery Appendix VI = NIST), 3 dp, c4 4 dp. */
const PRINTED: [number, number, number, number, number, number, number, number, number, number][] =
  [
    [2, 1.88, 2.659, 0.7979, 0, 3.267, 1.128, 0.853, 0, 3.267],
    [3, 1.023, 1.954, 0.8862, 0, 2.568, 1.693, 0.888, 0, 2.574],
    [4, 0.729, 1.628, 0.9213, 0, 2.266, 2.059, 0.88, 0, 2.282],
    [5, 0.577, 1.427, 0.94, 0, 2.089, 2.326, 0.864, 0, 2.114],
    [6, 0.483, 1.287, 0.9515, 0.03, 1.97, 2.534, 0.848, 0, 2.004],
    [7, 0.419, 1.182, 0.9594, 0.118, 1.882, 2.704, 0.833, 0.076, 1.924],
    [8, 0.373, 1.099, 0.965, 0.185, 1.815, 2.847, 0.82, 0.136, 1.864],
    [9, 0.337, 1.032, 0.9693, 0.239, 1.761, 2.97, 0.808, 0.184, 1.816],
    [10, 0.308, 0.975, 0.9727, 0.284, 1.716, 3.078, 0.797, 0.223, 1.777]
  ]

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits

describe('exact constants match numerical integration in scipy (n = 2..25)', () => {
  it.each(oracle.rows.map((row) => [row.n, row] as const))('n = %p', (n, row) => {
    const exact = chartConstants(n, 'exact')
    expectNear(exactD2(n), row.d2, 1e-12)
    expectNear(exactD3(n), row.d3, 2e-9)
    expectNear(exact.c4, row.c4, 1e-13)
    for (const key of ['A2', 'A3', 'B3', 'B4', 'D3', 'D4'] as const) {
      expectNear(exact[key], row[key], 1e-8)
    }
    expectNear(exact.E2, oracle.E2, 1e-12)
  })

  it('d3(2) has the closed form sqrt(2 − 4/π) and E2 = 3/d2(2) = 2.660', () => {
    expect(exactD3(2)).toBe(Math.sqrt(2 - 4 / Math.PI))
    expect(exactD2(2)).toBeCloseTo(2 / Math.sqrt(Math.PI), 13)
    expect(round(chartConstants(5).E2, 3)).toBe(2.66)
  })

  it('the median moving range factor is √2·Φ⁻¹(0.75) exactly, 0.954 as JMP prints it', () => {
    expectNear(medianMovingRangeFactor('exact'), oracle.median_moving_range_factor, 1e-14)
    expect(medianMovingRangeFactor('qcc')).toBe(0.954)
  })
})

describe('the printed Montgomery/NIST table reproduces (stats-reference.md §1.2)', () => {
  it.each(PRINTED)('n = %p', (n, A2, A3, c4Printed, B3, B4, d2Printed, d3Printed, D3, D4) => {
    const exact = chartConstants(n, 'exact')
    expect(round(exact.A2, 3)).toBe(A2)
    expect(round(exact.A3, 3)).toBe(A3)
    expect(round(exact.c4, 4)).toBe(c4Printed)
    expect(round(exact.B3, 3)).toBe(B3)
    expect(round(exact.B4, 3)).toBe(B4)
    expect(round(exact.d2, 3)).toBe(d2Printed)
    expect(round(exact.d3, 3)).toBe(d3Printed)
    expect(round(exact.D3, 3)).toBe(D3)
    // D4(3): printed tables use rounded d2/d3 (exact 2.5746 → 2.575); qcc's tables give 2.574.
    if (n === 3) {
      expect(round(exact.D4, 4)).toBe(2.5746)
      expect(round(chartConstants(3, 'qcc').D4, 3)).toBe(D4)
    } else {
      expect(round(exact.D4, 3)).toBe(D4)
    }
  })
})

describe("qcc's tables", () => {
  it('d2 is the exact value rounded to 3 dp for n = 2..25', () => {
    for (let n = 2; n <= 25; n++) expect(d2(n, 'qcc')).toBe(round(exactD2(n), 3))
  })

  it("d3 holds qcc's 7-dp values (about 1e-6 to 1.2e-5 above the exact ones)", () => {
    expect(d3(2)).toBe(0.8525033)
    expect(d3(5)).toBe(0.8640855)
    expect(d3(10)).toBe(0.7970584)
    expect(d3(25)).toBe(0.7084528)
    for (let n = 2; n <= 25; n++) {
      expect(d3(n, 'qcc') - exactD3(n)).toBeGreaterThan(0)
      expectNear(d3(n, 'qcc'), exactD3(n), 1.3e-5)
    }
  })

  it('is the default source and refuses sizes outside 2..25', () => {
    expect(d2(5)).toBe(2.326)
    expect(() => d2(26)).toThrow(RangeError)
    expect(() => d3(1)).toThrow(RangeError)
    expect(() => exactD2(1)).toThrow(RangeError)
    expect(d2(30, 'exact')).toBeGreaterThan(d2(25, 'exact'))
  })

  it('c4 works for the large n of the RMSDF estimator', () => {
    expectNear(c4(1001), 1 - 1 / (4 * 1000), 1e-6)
    expect(() => c4(1)).toThrow(RangeError)
  })
})
