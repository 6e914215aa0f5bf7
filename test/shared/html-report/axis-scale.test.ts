import { describe, expect, it } from '@jest/globals'
import {
  linearScale,
  niceTicks,
  tickLabel,
  ticksWithin
} from '../../../shared/html-report/axis-scale.js'

/** Expected values follow Heckbert's loose labelling (Graphics Gems I, "Nice numbers for graph labels"). */
describe('niceTicks', () => {
  it('covers the data with steps of 1, 2 or 5 × 10ⁿ', () => {
    expect(niceTicks(0, 1, 5)).toEqual({
      min: 0,
      max: 1,
      step: 0.2,
      values: [0, 0.2, 0.4, 0.6, 0.8, 1]
    })
    expect(niceTicks(3, 97, 5)).toEqual({
      min: 0,
      max: 100,
      step: 20,
      values: [0, 20, 40, 60, 80, 100]
    })
    // range nice(0.055) = 0.1, step nice(0.1 / 4 = 0.025, rounded) = 0.02
    expect(niceTicks(-0.013, 0.042, 5).values).toEqual([-0.02, 0, 0.02, 0.04, 0.06])
    expect(niceTicks(9.6, 13.9, 6).values).toEqual([9, 10, 11, 12, 13, 14])
  })

  it('widens a zero-width range and keeps integer steps whole', () => {
    expect(niceTicks(5, 5, 5)).toMatchObject({ min: 4.4, max: 5.6 })
    expect(niceTicks(0, 0, 5).values).toEqual([-1, -0.5, 0, 0.5, 1])
    expect(niceTicks(1, 3, 10, true).step).toBe(1)
  })

  it('has no binary noise in tick values', () => {
    for (const value of niceTicks(0.1, 0.7, 7).values) expect(String(value).length).toBeLessThan(6)
  })
})

describe('ticksWithin', () => {
  it('keeps the domain and only the ticks inside it', () => {
    expect(ticksWithin(0.5, 28.5, 8, true)).toEqual({
      min: 0.5,
      max: 28.5,
      step: 10,
      values: [10, 20]
    })
    expect(ticksWithin(1, 5, 5, true).values).toEqual([1, 2, 3, 4, 5])
  })
})

describe('tickLabel', () => {
  it('uses the decimals the step needs, groups thousands and shortens large values', () => {
    expect(tickLabel(0.25, 0.05)).toBe('0.25')
    expect(tickLabel(3000, 1000)).toBe('3,000')
    expect(tickLabel(1_500_000, 500_000)).toBe('1.5M')
    expect(tickLabel(250_000, 50_000)).toBe('250k')
    expect(tickLabel(-2, 1)).toBe('−2')
    expect(tickLabel(-0, 0.5)).toBe('0.0')
  })
})

describe('linearScale', () => {
  it('maps a domain onto a range, also backwards (SVG y grows downwards)', () => {
    const y = linearScale([0, 10], [100, 0])
    expect(y(0)).toBe(100)
    expect(y(2.5)).toBe(75)
    expect(linearScale([3, 3], [0, 10])(7)).toBe(5)
  })
})
