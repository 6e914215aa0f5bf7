import { describe, expect, it } from '@jest/globals'
import { mulberry32 } from '../../../shared/stats/random.js'
import { sortFloat64 } from '../../../shared/stats/sort-float64.js'

/** The reference order: ECMAScript's typed-array sort (−0 before +0, NaN last). */
function referenceSort(values: Float64Array): Float64Array {
  return values.slice().sort()
}

/** Element-wise identity including the sign of zero and NaN positions. */
function expectSameOrder(actual: Float64Array, expected: Float64Array): void {
  expect(actual.length).toBe(expected.length)
  for (let i = 0; i < expected.length; i++) {
    if (!Object.is(actual[i], expected[i])) {
      throw new Error(`index ${i}: got ${actual[i]}, expected ${expected[i]}`)
    }
  }
}

function negativeNaN(): number {
  const view = new DataView(new ArrayBuffer(8))
  view.setUint32(0, 0xfff80000)
  view.setUint32(4, 1)
  return view.getFloat64(0)
}

const SPECIALS = [
  0,
  -0,
  Infinity,
  -Infinity,
  NaN,
  negativeNaN(),
  Number.MIN_VALUE,
  -Number.MIN_VALUE,
  2.2250738585072014e-308,
  -2.225073858507201e-308,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  1,
  -1,
  0.1,
  -0.1
]

function generate(length: number, seed: number, kind: string): Float64Array {
  const next = mulberry32(seed)
  const values = new Float64Array(length)
  for (let i = 0; i < length; i++) {
    const u = next()
    switch (kind) {
      case 'mixed-sign':
        values[i] = (u - 0.5) * 1e6
        break
      case 'integers':
        values[i] = Math.floor(u * 80)
        break
      case 'wide-exponents':
        values[i] =
          (u < 0.5 ? -1 : 1) * Math.pow(2, Math.floor(next() * 2000) - 1000) * (1 + next())
        break
      case 'adversarial':
        values[i] = u < 0.3 ? SPECIALS[Math.floor(next() * SPECIALS.length)]! : (next() - 0.5) * 10
        break
      case 'constant':
        values[i] = 42.5
        break
      default:
        throw new Error(kind)
    }
  }
  return values
}

describe('sortFloat64 equals the typed-array reference sort', () => {
  const kinds = ['mixed-sign', 'integers', 'wide-exponents', 'adversarial', 'constant']
  const lengths = [0, 1, 2, 255, 256, 257, 5000, 100003]
  for (const kind of kinds) {
    it.each(lengths)(`${kind}, length %p`, (length) => {
      const values = generate(length, length + 17, kind)
      const expected = referenceSort(values)
      expectSameOrder(sortFloat64(values), expected)
    })
  }
  it('handles already sorted and reversed input', () => {
    const ascending = Float64Array.from({ length: 3000 }, (_, i) => i - 1500.5)
    expectSameOrder(sortFloat64(ascending.slice()), ascending)
    expectSameOrder(sortFloat64(ascending.slice().reverse()), ascending)
  })
  it('puts every NaN last, whatever its sign bit', () => {
    const values = generate(1000, 5, 'mixed-sign')
    values[3] = negativeNaN()
    values[700] = NaN
    const sorted = sortFloat64(values)
    expect(sorted[998]).toBeNaN()
    expect(sorted[999]).toBeNaN()
    expect(Number.isNaN(sorted[997]!)).toBe(false)
  })
  it('orders −0 before +0 and keeps subnormals in place', () => {
    const values = Float64Array.from(
      { length: 600 },
      (_, i) => [0, -0, Number.MIN_VALUE, -Number.MIN_VALUE, 1e-310, -1e-310][i % 6]!
    )
    expectSameOrder(sortFloat64(values.slice()), referenceSort(values))
  })
  it('reuses a caller scratch buffer and sorts a subarray view in place', () => {
    const scratch = new Float64Array(10000)
    const backing = generate(12000, 9, 'mixed-sign')
    const view = backing.subarray(1000, 9000)
    const expected = referenceSort(view)
    const before = backing.slice(0, 1000)
    expect(sortFloat64(view, scratch)).toBe(view)
    expectSameOrder(view, expected)
    expectSameOrder(backing.subarray(0, 1000), before)
  })
  it('rejects a scratch buffer that is too small', () => {
    expect(() => sortFloat64(new Float64Array(1000), new Float64Array(10))).toThrow(RangeError)
  })
})
