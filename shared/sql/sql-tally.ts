import { hashFloat64, hashString53 } from '../sketch/hash-bytes.js'
import type { HyperLogLog } from '../sketch/hyperloglog.js'
import {
  QUANTILE_SKETCH_DEFAULT_ACCURACY,
  QUANTILE_SKETCH_DEFAULT_MAX_BUCKETS,
  QuantileSketch,
  type QuantileSketchJson
} from '../sketch/quantile-sketch.js'
import { TopValues, type TopValuesJson } from '../sketch/top-values.js'

/**
 * The mergeable value statistics of the streaming engine (value-tally.ts), rebuilt from the
 * aggregates a database returns, so a profile computed in the database has the same `state` as
 * one computed from files: value counts keyed by the same 53-bit hashes (numbers by value, text by
 * its UTF-8 bytes), the HyperLogLog of the distinct values, a DDSketch of the numbers.
 */

/** One distinct value with its count: a number (numeric values) or a text. */
export interface ValueCount {
  number: number | null
  text: string | null
  count: number
}

const LOCATION = { file: '<database>' }

function keyOf(value: ValueCount): { hash: number; display: string } {
  if (value.number !== null)
    return { hash: hashFloat64(value.number), display: String(value.number) }
  return { hash: hashString53(value.text ?? ''), display: value.text ?? '' }
}

/**
 * The value-count table. `exact`: `counts` lists every distinct value (at most the exact cap),
 * giving the table a single pass would build. Otherwise `counts` holds the most frequent values
 * with exact counts and `nextCount` the count of the most frequent value not listed: an
 * approximate table whose listed counts are exact (error 0) and whose unlisted bound is
 * nextCount — within the guarantees a SpaceSaving summary promises (top-values.ts).
 */
export function topValuesFromCounts(
  counts: readonly ValueCount[],
  total: number,
  exact: boolean,
  nextCount: number
): TopValuesJson {
  // Display values go through setValue so long texts are cut exactly as a scan cuts them.
  const display = new TopValues({ exactCap: Math.max(counts.length, 2), counters: 2 })
  for (const value of counts) {
    const { hash, display: text } = keyOf(value)
    if (display.add(hash)) display.setValue(text)
  }
  const texts = new Map(display.toJSON().items.map(([hash, , , text]) => [hash, text]))
  const template = new TopValues().toJSON()
  const items = counts.map((value): [number, number, number, string] => {
    const { hash } = keyOf(value)
    return [hash, value.count, 0, texts.get(hash) ?? '']
  })
  const json: TopValuesJson = exact
    ? { ...template, total, exact: true, unlistedBound: 0, items }
    : {
        ...template,
        total,
        exact: false,
        unlistedBound: nextCount,
        items: items.slice(0, template.counters)
      }
  return TopValues.fromJSON(json, LOCATION).toJSON()
}

/** Adds distinct values to a HyperLogLog (the registers depend only on the set of hashes). */
export function addDistinctValues(
  hll: HyperLogLog,
  numbers: readonly (number | null)[],
  texts: readonly (string | null)[]
): void {
  for (const x of numbers) if (x !== null) hll.add(hashFloat64(x))
  for (const text of texts) if (text !== null) hll.add(hashString53(text))
}

/** Counts of the numbers per DDSketch bucket, as the database grouped them. */
export interface SketchBucket {
  /** 1 positive, −1 negative, 0 zero. */
  sign: number
  /** ⌈ln|x| · multiplier⌉ for non-zero values. */
  index: number | null
  count: number
}

/** 1 / ln γ of the default sketch: the database computes ⌈ln|x| · multiplier⌉ per value. */
export function sketchIndexMultiplier(alpha = QUANTILE_SKETCH_DEFAULT_ACCURACY): number {
  return 1 / (Math.log1p(alpha) - Math.log1p(-alpha))
}

/**
 * The DDSketch of a column from bucket counts, identical to adding the values one by one except
 * where the database's logarithm and JS's differ in the last bit at a bucket boundary (a value
 * then sits in the neighbouring bucket, still within the sketch's relative accuracy). Buckets
 * beyond the budget are collapsed into the lowest kept one, as the sketch's own store does.
 */
export function quantileSketchFromBuckets(
  buckets: readonly SketchBucket[],
  min: number,
  max: number
): QuantileSketchJson {
  const maxBuckets = QUANTILE_SKETCH_DEFAULT_MAX_BUCKETS
  let zeros = 0
  let count = 0
  const positive = new Map<number, number>()
  const negative = new Map<number, number>()
  for (const bucket of buckets) {
    count += bucket.count
    if (bucket.sign === 0 || bucket.index === null) zeros += bucket.count
    else {
      const store = bucket.sign > 0 ? positive : negative
      store.set(bucket.index, (store.get(bucket.index) ?? 0) + bucket.count)
    }
  }
  let collapsed = false
  const storeJson = (store: Map<number, number>): { offset: number; counts: number[] } => {
    if (store.size === 0) return { offset: 0, counts: [] }
    const indexes = [...store.keys()].sort((a, b) => a - b)
    const highest = indexes[indexes.length - 1]!
    const lowestKept = highest - maxBuckets + 1
    const merged = new Map<number, number>()
    for (const index of indexes) {
      const target = Math.max(index, lowestKept)
      if (target !== index) collapsed = true
      merged.set(target, (merged.get(target) ?? 0) + store.get(index)!)
    }
    const kept = [...merged.keys()].sort((a, b) => a - b)
    const counts: number[] = []
    let previous = kept[0]!
    for (const index of kept) {
      if (index - previous > 1) counts.push(-(index - previous - 1))
      counts.push(merged.get(index)!)
      previous = index
    }
    return { offset: kept[0]!, counts }
  }
  const json: QuantileSketchJson = {
    type: 'ddsketch',
    version: 1,
    relativeAccuracy: QUANTILE_SKETCH_DEFAULT_ACCURACY,
    maxBucketsPerSign: maxBuckets,
    count,
    min: count === 0 ? null : min,
    max: count === 0 ? null : max,
    zeroCount: zeros,
    collapsed: false,
    positive: storeJson(positive),
    negative: storeJson(negative)
  }
  json.collapsed = collapsed
  return QuantileSketch.fromJSON(json, LOCATION).toJSON()
}
