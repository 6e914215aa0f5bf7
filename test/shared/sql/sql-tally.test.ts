import { describe, expect, it } from '@jest/globals'
import { hashFloat64, hashString53 } from '../../../shared/sketch/hash-bytes.js'
import { HyperLogLog } from '../../../shared/sketch/hyperloglog.js'
import { QuantileSketch } from '../../../shared/sketch/quantile-sketch.js'
import { TopValues } from '../../../shared/sketch/top-values.js'
import {
  addDistinctValues,
  quantileSketchFromBuckets,
  sketchIndexMultiplier,
  topValuesFromCounts
} from '../../../shared/sql/sql-tally.js'
import { mulberry32 } from '../../../shared/stats/random.js'

describe('profile state rebuilt from database aggregates', () => {
  it('value counts equal the table a scan builds, long texts cut the same way', () => {
    const long = 'é'.repeat(300)
    const values: (number | string)[] = [1, 1, 2.5, 'a', 'b', 'a', long, 1, -0.5]
    const scan = new TopValues()
    for (const value of values) {
      const hash = typeof value === 'number' ? hashFloat64(value) : hashString53(value)
      if (scan.add(hash)) scan.setValue(String(value))
    }
    const counts = [
      { number: 1, text: null, count: 3 },
      { number: 2.5, text: null, count: 1 },
      { number: -0.5, text: null, count: 1 },
      { number: null, text: 'a', count: 2 },
      { number: null, text: 'b', count: 1 },
      { number: null, text: long, count: 1 }
    ]
    expect(topValuesFromCounts(counts, values.length, true, 0)).toEqual(scan.toJSON())
  })

  it('above the exact cap the listed counts are exact and the bound holds', () => {
    const counts = Array.from({ length: 101 }, (_, i) => ({
      number: i,
      text: null,
      count: 1000 - i
    }))
    const total = counts.reduce((sum, value) => sum + value.count, 0) + 5000
    const json = topValuesFromCounts(counts.slice(0, 100), total, false, counts[100]!.count)
    expect(json.exact).toBe(false)
    expect(json.unlistedBound).toBe(900)
    const top = TopValues.fromJSON(json, {}).top(3)
    expect(top).toEqual([
      { value: '0', count: 1000, error: 0 },
      { value: '1', count: 999, error: 0 },
      { value: '2', count: 998, error: 0 }
    ])
  })

  it('the HyperLogLog of the distinct values equals one over all values', () => {
    const direct = new HyperLogLog()
    const numbers: number[] = []
    const texts: string[] = []
    const random = mulberry32(5)
    for (let i = 0; i < 5000; i++) {
      const x = Math.floor(random() * 3000)
      direct.add(hashFloat64(x))
      numbers.push(x)
      const t = `v${Math.floor(random() * 2000)}`
      direct.add(hashString53(t))
      texts.push(t)
    }
    const fromDistinct = new HyperLogLog()
    addDistinctValues(fromDistinct, [...new Set(numbers), null], [...new Set(texts), null])
    expect(fromDistinct.toJSON()).toEqual(direct.toJSON())
  })

  it('the DDSketch from bucket counts equals adding the values', () => {
    const random = mulberry32(9)
    const values = Array.from({ length: 20_000 }, () =>
      random() < 0.1 ? 0 : (random() - 0.3) * 10 ** (random() * 6)
    )
    const direct = new QuantileSketch()
    direct.addMany(values)
    const multiplier = sketchIndexMultiplier()
    const groups = new Map<string, { sign: number; index: number | null; count: number }>()
    for (const x of values) {
      const sign = x > 0 ? 1 : x < 0 ? -1 : 0
      const index = x === 0 ? null : Math.ceil(Math.log(Math.abs(x)) * multiplier)
      const key = `${sign}:${index}`
      const entry = groups.get(key) ?? { sign, index, count: 0 }
      entry.count++
      groups.set(key, entry)
    }
    const rebuilt = quantileSketchFromBuckets(
      [...groups.values()],
      Math.min(...values),
      Math.max(...values)
    )
    expect(rebuilt).toEqual(direct.toJSON())
  })
})
