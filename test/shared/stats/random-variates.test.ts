import { describe, expect, it } from '@jest/globals'
import { mulberry32 } from '../../../shared/stats/random.js'
import {
  bernoulliVariate,
  categoricalVariate,
  logNormalVariate,
  normalVariate,
  poissonVariate
} from '../../../shared/stats/random-variates.js'

/**
 * Sample moments of 200 000 seeded draws against the distributions' exact moments. The
 * tolerances are about 5 standard errors of each estimate, so a wrong transform (a missing
 * square root, an off-by-one in the Poisson walk) fails while a correct one cannot flake: the
 * seed fixes the sample.
 */
const N = 200_000

function moments(draw: () => number): { mean: number; variance: number } {
  let sum = 0
  let squares = 0
  for (let i = 0; i < N; i++) {
    const value = draw()
    sum += value
    squares += value * value
  }
  const mean = sum / N
  return { mean, variance: squares / N - mean * mean }
}

describe('normalVariate (Box–Muller)', () => {
  it('has the requested mean and standard deviation', () => {
    const random = mulberry32(1)
    const { mean, variance } = moments(() => normalVariate(random, 10, 3))
    expect(Math.abs(mean - 10)).toBeLessThan((5 * 3) / Math.sqrt(N))
    expect(Math.abs(Math.sqrt(variance) - 3)).toBeLessThan(0.03)
  })

  it('puts 95 % of the draws within 1.96 sigma and is finite even for u = 0', () => {
    const random = mulberry32(2)
    let inside = 0
    for (let i = 0; i < N; i++) if (Math.abs(normalVariate(random)) <= 1.959964) inside++
    expect(Math.abs(inside / N - 0.95)).toBeLessThan(0.0025)
    let calls = 0
    const zeros = () => (calls++ === 0 ? 0 : 0.25)
    expect(Number.isFinite(normalVariate(zeros))).toBe(true)
  })

  it('is reproducible from the seed', () => {
    const a = mulberry32(99)
    const b = mulberry32(99)
    expect(Array.from({ length: 5 }, () => normalVariate(a))).toEqual(
      Array.from({ length: 5 }, () => normalVariate(b))
    )
  })
})

describe('logNormalVariate', () => {
  it('has mean exp(mu + sigma²/2)', () => {
    const random = mulberry32(3)
    const { mean } = moments(() => logNormalVariate(random, 1, 0.5))
    expect(Math.abs(mean - Math.exp(1 + 0.125))).toBeLessThan(0.02)
  })
})

describe('poissonVariate', () => {
  it.each([0.3, 1.5, 12])('has mean and variance %p', (lambda) => {
    const random = mulberry32(4)
    const { mean, variance } = moments(() => poissonVariate(random, lambda))
    expect(Math.abs(mean - lambda)).toBeLessThan(5 * Math.sqrt(lambda / N))
    expect(Math.abs(variance / lambda - 1)).toBeLessThan(0.02)
  })

  it('gives P(0) = exp(-lambda) and refuses a negative mean', () => {
    const random = mulberry32(5)
    let zeros = 0
    for (let i = 0; i < N; i++) if (poissonVariate(random, 2) === 0) zeros++
    expect(Math.abs(zeros / N - Math.exp(-2))).toBeLessThan(0.004)
    expect(poissonVariate(random, 0)).toBe(0)
    expect(() => poissonVariate(random, -1)).toThrow(RangeError)
  })
})

describe('categoricalVariate and bernoulliVariate', () => {
  it('draws categories in proportion to their weights', () => {
    const random = mulberry32(6)
    const counts = [0, 0, 0, 0]
    for (let i = 0; i < N; i++) counts[categoricalVariate(random, [2, 0, 1, 1])]!++
    expect(counts[1]).toBe(0)
    expect(Math.abs(counts[0]! / N - 0.5)).toBeLessThan(0.006)
    expect(Math.abs(counts[2]! / N - 0.25)).toBeLessThan(0.005)
    expect(() => categoricalVariate(random, [0, 0])).toThrow(RangeError)
    expect(() => categoricalVariate(random, [1, -1])).toThrow(RangeError)
    let heads = 0
    for (let i = 0; i < N; i++) if (bernoulliVariate(random, 0.3)) heads++
    expect(Math.abs(heads / N - 0.3)).toBeLessThan(0.006)
  })
})
