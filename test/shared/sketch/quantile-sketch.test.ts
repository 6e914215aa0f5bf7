import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { InputError, UsageError } from '../../../shared/errors.js'
import { QuantileSketch } from '../../../shared/sketch/quantile-sketch.js'
import type { QuantileSketchJson } from '../../../shared/sketch/quantile-sketch.js'
import { normalQuantile } from '../../../shared/stats/distributions.js'
import { quantileSorted } from '../../../shared/stats/quantile.js'
import { mulberry32 } from '../../../shared/stats/random.js'
import { fixturePath } from '../../helpers/paths.js'

interface NumpyDataset {
  values: number[]
  lower: number[]
  linear: number[]
  edges: number[]
  histogram: number[]
}
const numpy = JSON.parse(readFileSync(fixturePath('sketch', 'numpy-quantiles.json'), 'utf8')) as {
  qs: number[]
  datasets: Record<string, NumpyDataset>
}

const location = { file: 'reference-profile.json', field: 'amount' }
const ALPHA = 0.005
/** Floating-point slack on the α bound (log/exp rounding at bucket boundaries). */
const SLACK = 1e-12

function sketchOf(values: ArrayLike<number>, options = {}): QuantileSketch {
  const sketch = new QuantileSketch(options)
  sketch.addMany(values)
  return sketch
}

function sortedCopy(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort()
}

/**
 * |estimate − exact| ≤ α·|exact| (with rounding slack; subnormals, which carry no relative
 * precision, get an absolute slack of 1e-320).
 */
function expectWithinAlpha(estimate: number, exact: number, alpha = ALPHA): void {
  expect(Math.abs(estimate - exact)).toBeLessThanOrEqual(
    alpha * Math.abs(exact) * (1 + SLACK) + 1e-320
  )
}

/** Seeded data sets covering the shapes a profile meets. */
function generated(name: string, n: number, seed: number): Float64Array {
  const random = mulberry32(seed)
  const values = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const u = random()
    switch (name) {
      case 'uniform':
        values[i] = u
        break
      case 'normal':
        values[i] = 50 + 15 * normalQuantile(Math.min(Math.max(u, 1e-12), 1 - 1e-12))
        break
      case 'exponential':
        values[i] = -Math.log(1 - u) * 1000
        break
      case 'integers':
        values[i] = Math.floor(u * 20)
        break
      default:
        values[i] = (u < 0.4 ? -1 : 1) * Math.exp(normalQuantile(Math.max(random(), 1e-12)) * 3)
    }
  }
  return values
}

const QS = Array.from({ length: 101 }, (_, i) => i / 100).concat([0.001, 0.999, 0.9999])

describe('QuantileSketch against numpy (fixture from scripts/oracles/sketch-oracles.py)', () => {
  for (const [name, data] of Object.entries(numpy.datasets)) {
    it(`${name}: every quantile is within α of numpy 'lower' and consistent with 'linear'`, () => {
      const sketch = sketchOf(data.values)
      const sorted = sortedCopy(data.values)
      const n = sorted.length
      const estimates = sketch.quantiles(numpy.qs)
      numpy.qs.forEach((q, j) => {
        // The repository's quantileSorted reproduces numpy exactly; the sketch is within α.
        expect(quantileSorted(sorted, q, 'lower')).toBe(data.lower[j])
        expectWithinAlpha(estimates[j]!, data.lower[j]!)
        // 'linear' lies between x_(k) and x_(k+1), so the estimate is within α|x_(k)| + gap.
        const k = Math.floor(q * (n - 1))
        const gap = sorted[Math.min(k + 1, n - 1)]! - sorted[k]!
        expect(Math.abs(estimates[j]! - data.linear[j]!)).toBeLessThanOrEqual(
          ALPHA * Math.abs(sorted[k]!) * (1 + SLACK) + gap
        )
      })
      expect(estimates[0]).toBe(data.lower[0])
      expect(estimates[numpy.qs.length - 1]).toBe(data.lower[numpy.qs.length - 1])
    })

    it(`${name}: histogram over numpy's Sturges edges differs only by values within α of an edge`, () => {
      const sketch = sketchOf(data.values)
      const bins = sketch.histogram(data.edges)
      expect(bins.reduce((a, b) => a + b, 0)).toBe(data.values.length)
      const nearEdge = data.edges.map(
        (edge) =>
          data.values.filter((v) => Math.abs(v - edge) <= ALPHA * Math.abs(v) * (1 + 1e-9)).length
      )
      bins.forEach((count, j) => {
        expect(Math.abs(count - data.histogram[j]!)).toBeLessThanOrEqual(
          nearEdge[j]! + nearEdge[j + 1]!
        )
      })
    })
  }
})

describe('QuantileSketch accuracy on generated data', () => {
  for (const name of ['uniform', 'normal', 'exponential', 'integers', 'signed-lognormal']) {
    it(`${name}: quantile(q) is within α of the order statistic ⌊q(n−1)⌋ for 104 levels`, () => {
      const values = generated(name, 20_000, name.length * 17)
      const sorted = sortedCopy(values)
      const estimates = sketchOf(values).quantiles(QS)
      QS.forEach((q, j) => expectWithinAlpha(estimates[j]!, quantileSorted(sorted, q, 'lower')))
    })
  }

  it('honours other accuracies (α = 0.01 and 0.05)', () => {
    const values = generated('exponential', 10_000, 99)
    const sorted = sortedCopy(values)
    for (const alpha of [0.01, 0.05]) {
      const estimates = sketchOf(values, { relativeAccuracy: alpha }).quantiles(QS)
      QS.forEach((q, j) =>
        expectWithinAlpha(estimates[j]!, quantileSorted(sorted, q, 'lower'), alpha)
      )
    }
  })

  it('cdf(x) lies between the exact CDF at x/(1+α) and x/(1−α), and is exact at 0 and outside [min, max)', () => {
    const values = generated('signed-lognormal', 5_000, 4)
    values[0] = 0
    values[1] = 0
    const sketch = sketchOf(values)
    const sorted = sortedCopy(values)
    const exactCdf = (x: number): number => {
      let count = 0
      for (const v of sorted) if (v <= x) count++
      return count / sorted.length
    }
    const random = mulberry32(8)
    const probes = [0, sorted[0]! - 1, sorted[sorted.length - 1]!, sorted[2500]!]
    for (let i = 0; i < 300; i++)
      probes.push(sorted[Math.floor(random() * sorted.length)]! * (0.98 + 0.04 * random()))
    for (const x of probes) {
      const a = x / (1 + ALPHA)
      const b = x / (1 - ALPHA)
      const estimate = sketch.cdf(x)
      expect(estimate).toBeGreaterThanOrEqual(exactCdf(Math.min(a, b)) - 1e-12)
      expect(estimate).toBeLessThanOrEqual(exactCdf(Math.max(a, b)) + 1e-12)
    }
    expect(sketch.cdf(0)).toBe(exactCdf(0))
    expect(sketch.cdf(sorted[0]! - 1)).toBe(0)
    expect(sketch.cdf(sorted[sorted.length - 1]!)).toBe(1)
  })

  it('toWeightedPoints() is ascending, inside [min, max], and accounts for every value', () => {
    const values = generated('signed-lognormal', 8_000, 5)
    const sketch = sketchOf(values)
    const { values: points, counts } = sketch.toWeightedPoints()
    expect(points.length).toBe(counts.length)
    for (let i = 1; i < points.length; i++) expect(points[i]!).toBeGreaterThan(points[i - 1]!)
    expect(points[0]).toBeGreaterThanOrEqual(sketch.min)
    expect(points[points.length - 1]).toBeLessThanOrEqual(sketch.max)
    expect(counts.reduce((a, b) => a + b, 0)).toBe(values.length)
    // Points are at most 1 + 2·ln(range)/ln(γ) buckets, far fewer than the values.
    expect(points.length).toBeLessThan(values.length / 2)
  })
})

describe('QuantileSketch edge values', () => {
  it('a single value and a constant column return that value exactly for every q', () => {
    for (const value of [42.5, -3, 0, 5e-324, -1.7976931348623157e308]) {
      for (const n of [1, 1000]) {
        const sketch = sketchOf(new Float64Array(n).fill(value))
        expect(sketch.quantiles([0, 0.1, 0.5, 0.99, 1])).toEqual([
          value,
          value,
          value,
          value,
          value
        ])
        expect(sketch.min).toBe(value)
        expect(sketch.max).toBe(value)
        expect(sketch.count).toBe(n)
        expect(sketch.toWeightedPoints().values).toEqual(Float64Array.of(value))
      }
    }
  })

  it('handles zeros, −0, negatives, ±tiny and huge magnitudes in one column', () => {
    const values = [
      0, -0, 0, -5e-324, 5e-324, 1e-300, -1e-300, 1.7976931348623157e308, -1e308, 1, -1, 2.5
    ]
    const sketch = sketchOf(values, { maxBucketsPerSign: 1 << 20 })
    const sorted = sortedCopy(values.map((v) => (v === 0 ? 0 : v)))
    for (const q of [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]) {
      expectWithinAlpha(sketch.quantile(q), quantileSorted(sorted, q, 'lower'))
    }
    expect(sketch.min).toBe(-1e308)
    expect(sketch.max).toBe(1.7976931348623157e308)
    expect(sketch.quantile(0)).toBe(-1e308)
    expect(sketch.quantile(1)).toBe(1.7976931348623157e308)
    expect(Object.is(sketchOf([-0]).min, 0)).toBe(true)
    expect(sketch.collapsed).toBe(false)
  })

  it('uses the DDSketch rank ⌊q(n−1)⌋ (numpy lower) on a small exact example', () => {
    const sketch = sketchOf([1, 2, 3, 4, 100])
    expectWithinAlpha(sketch.quantile(0.5), 3)
    expectWithinAlpha(sketch.quantile(0.74), 3) // rank 2.96 → lower = x_(2)
    expectWithinAlpha(sketch.quantile(0.75), 4)
    expectWithinAlpha(sketch.quantile(0.99), 4)
  })

  it('returns NaN when empty and rejects non-finite values and bad levels', () => {
    const empty = new QuantileSketch()
    expect(empty.quantile(0.5)).toBeNaN()
    expect(empty.cdf(1)).toBeNaN()
    expect(empty.min).toBeNaN()
    expect(empty.toWeightedPoints().values.length).toBe(0)
    for (const bad of [NaN, Infinity, -Infinity]) expect(() => empty.add(bad)).toThrow(RangeError)
    expect(empty.count).toBe(0)
    expect(() => sketchOf([1]).quantile(1.5)).toThrow(RangeError)
    expect(() => sketchOf([1]).quantile(NaN)).toThrow(RangeError)
    expect(() => new QuantileSketch({ relativeAccuracy: 0 })).toThrow(UsageError)
    expect(() => new QuantileSketch({ maxBucketsPerSign: 8 })).toThrow(UsageError)
  })

  it('bounds memory by collapsing the smallest magnitudes, keeping the top ranks accurate', () => {
    // Uniform on [1, 1000] needs ~690 buckets at α = 0.005; 256 keep the top factor γ^256 ≈ 12.9.
    const random = mulberry32(12)
    const values = Array.from({ length: 5_000 }, () => 1 + 999 * random())
    const sketch = sketchOf(values, { maxBucketsPerSign: 256 })
    expect(sketch.collapsed).toBe(true)
    const json = sketch.toJSON()
    const span = json.positive.counts.reduce((a, c) => a + (c < 0 ? -c : 1), 0)
    expect(span).toBeLessThanOrEqual(256)
    const sorted = sortedCopy(values)
    for (const q of [0.5, 0.93, 0.95, 0.99, 1]) {
      expectWithinAlpha(sketch.quantile(q), quantileSorted(sorted, q, 'lower'))
    }
    // Below the kept window the bound is lost (documented): the 1% quantile (~11) reads ~77.
    expect(sketch.quantile(0.01)).toBeGreaterThan(5 * quantileSorted(sorted, 0.01, 'lower'))
    expect(sketch.quantile(0)).toBe(sorted[0])
    expect(sketch.count).toBe(values.length)
  })
})

describe('QuantileSketch merge', () => {
  const values = generated('signed-lognormal', 30_000, 77)
  values[10] = 0
  values[20] = 0

  /** Splits into `parts` shards by a seeded random assignment, each shard shuffled. */
  function shards(parts: number, seed: number): Float64Array[] {
    const random = mulberry32(seed)
    const groups: number[][] = Array.from({ length: parts }, () => [])
    for (const value of values) groups[Math.floor(random() * parts)]!.push(value)
    return groups.map((group) => {
      for (let i = group.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1))
        ;[group[i], group[j]] = [group[j]!, group[i]!]
      }
      return Float64Array.from(group)
    })
  }

  for (const options of [{}, { maxBucketsPerSign: 32 }]) {
    const single = sketchOf(values, options)
    const label = 'maxBucketsPerSign' in options ? ' with collapsing' : ''
    it.each([2, 3, 7])(`%i shards merged in any order equal the single pass${label}`, (parts) => {
      const pieces = shards(parts, parts).map((shard) => sketchOf(shard, options))
      const forward = new QuantileSketch(options)
      for (const piece of pieces) forward.merge(piece)
      // A different grouping: ((last ⊕ first) ⊕ rest in reverse).
      const tree = pieces[pieces.length - 1]!.clone()
      tree.merge(pieces[0]!)
      for (let s = pieces.length - 2; s >= 1; s--) tree.merge(pieces[s]!)
      for (const merged of [forward, tree]) {
        expect(merged.toJSON()).toEqual(single.toJSON())
        expect(merged.quantiles(QS)).toEqual(single.quantiles(QS))
      }
      expect(forward.collapsed).toBe(single.collapsed)
    })
  }

  it('refuses to merge sketches with different settings', () => {
    expect(() =>
      new QuantileSketch().merge(new QuantileSketch({ relativeAccuracy: 0.01 }))
    ).toThrow(UsageError)
    expect(() =>
      new QuantileSketch().merge(new QuantileSketch({ maxBucketsPerSign: 100 }))
    ).toThrow(/same settings/)
  })
})

describe('QuantileSketch JSON', () => {
  const values = generated('signed-lognormal', 3_000, 21)
  values[5] = 0
  const sketch = sketchOf(values)

  it('round-trips exactly, including empty and collapsed sketches', () => {
    const collapsed = sketchOf(values, { maxBucketsPerSign: 16 })
    for (const original of [sketch, new QuantileSketch(), collapsed, sketchOf([7])]) {
      const text = JSON.stringify(original)
      const back = QuantileSketch.fromJSON(JSON.parse(text), location)
      expect(JSON.stringify(back)).toBe(text)
      expect(back.collapsed).toBe(original.collapsed)
      if (original.count > 0) expect(back.quantiles(QS)).toEqual(original.quantiles(QS))
    }
  })

  it('run-length encodes empty buckets', () => {
    const json = sketchOf([1, 1e6]).toJSON()
    expect(json.positive.counts.length).toBe(3)
    expect(json.positive.counts[1]).toBeLessThan(-1000)
  })

  const base = (): Record<string, unknown> =>
    JSON.parse(JSON.stringify(sketch)) as Record<string, unknown>
  const store = (
    json: Record<string, unknown>,
    sign: 'positive' | 'negative'
  ): QuantileSketchJson['positive'] => json[sign] as QuantileSketchJson['positive']

  it.each<[string, (json: Record<string, unknown>) => void, RegExp]>([
    ['a wrong type', (j) => (j.type = 'tdigest'), /"type" must be "ddsketch"/],
    [
      'an accuracy out of range',
      (j) => (j.relativeAccuracy = 2),
      /"relativeAccuracy" must be a finite number in \[0.0001, 0.5\]/
    ],
    [
      'a count that disagrees with the buckets',
      (j) => (j.count = (j.count as number) + 1),
      /"count" is 3001 but zeroCount and the buckets hold 3000/
    ],
    [
      'a fractional bucket count',
      (j) => (store(j, 'positive').counts[0] = 1.5),
      /"counts" entry 0 must be a non-zero integer/
    ],
    [
      'a leading empty run',
      (j) => store(j, 'negative').counts.unshift(-3),
      /an empty run must lie between two counts/
    ],
    [
      'a missing store',
      (j) => delete j.negative,
      /"negative": expected a JSON object, got nothing/
    ],
    ['min above max', (j) => ([j.min, j.max] = [j.max, j.min]), /min <= max/],
    [
      'a min outside its bucket',
      (j) => (j.min = (j.min as number) * 10),
      /"min" .* does not lie in the bucket of the largest negative magnitude/
    ],
    [
      'a max of the wrong sign',
      (j) => (j.max = -1),
      /"max" -1 is negative but the highest values are positive/
    ],
    [
      'a bucket span above the limit',
      (j) => (j.maxBucketsPerSign = 16),
      /the buckets span \d+ indexes, more than the limit of 16/
    ],
    [
      'min and max on an empty sketch',
      (j) =>
        Object.assign(j, {
          count: 0,
          zeroCount: 0,
          positive: { offset: 0, counts: [] },
          negative: { offset: 0, counts: [] }
        }),
      /empty sketch must have null "min" and "max"/
    ]
  ])('rejects %s with an InputError naming the file and column', (_, change, message) => {
    const json = base()
    change(json)
    const read = (): QuantileSketch => QuantileSketch.fromJSON(json, location)
    expect(read).toThrow(InputError)
    expect(read).toThrow(message)
    expect(read).toThrow(/^reference-profile\.json \(column "amount"\): quantile sketch/)
  })
})
