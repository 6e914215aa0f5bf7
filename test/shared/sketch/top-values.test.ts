import { describe, expect, it } from '@jest/globals'
import { InputError, UsageError } from '../../../shared/errors.js'
import { hashBytes53, hashString53 } from '../../../shared/sketch/hash-bytes.js'
import { TopValues } from '../../../shared/sketch/top-values.js'
import type { TopValuesJson, TopValuesOptions } from '../../../shared/sketch/top-values.js'
import { mulberry32 } from '../../../shared/stats/random.js'

const location = { file: 'shard-3/profile.json', field: 'country' }

/** Zipf-like values: P(rank r) ∝ 1/(r+1) over `distinct` values (rank = ⌊distinct^u⌋ − 1). */
function zipf(n: number, distinct: number, seed: number, prefix = 'v'): string[] {
  const random = mulberry32(seed)
  return Array.from({ length: n }, () => `${prefix}${Math.floor(distinct ** random()) - 1}`)
}

/** Feeds strings the way the JSON Lines path does. */
function addStrings(summary: TopValues, values: readonly string[]): void {
  for (const value of values) if (summary.add(hashString53(value))) summary.setValue(value)
}

function summaryOf(values: readonly string[], options: TopValuesOptions = {}): TopValues {
  const summary = new TopValues(options)
  addStrings(summary, values)
  return summary
}

function exactCounts(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return counts
}

/** Splits values into `parts` shards by a seeded random assignment (order kept within shards). */
function shards(values: readonly string[], parts: number, seed: number): string[][] {
  const random = mulberry32(seed)
  const groups: string[][] = Array.from({ length: parts }, () => [])
  for (const value of values) groups[Math.floor(random() * parts)]!.push(value)
  return groups
}

/**
 * Asserts the SpaceSaving / mergeable-summary guarantees against the true counts. Violations are
 * collected and compared once: an expect() per value would dominate the run time.
 */
function expectGuarantees(summary: TopValues, truth: Map<string, number>, n: number): void {
  const k = summary.counters
  const bound = summary.unlistedBound
  expect(summary.total).toBe(n)
  expect(summary.isExact).toBe(false)
  expect(bound).toBeLessThanOrEqual(n / k)
  const rows = summary.top()
  expect(rows.length).toBeLessThanOrEqual(k)
  const violations: string[] = []
  const listed = new Set<string>()
  for (const row of rows) {
    const actual = truth.get(row.value) ?? 0
    const error = row.error ?? NaN
    if (!(row.count - error <= actual && actual <= row.count)) {
      violations.push(`${row.value}: true ${actual} outside [${row.count - error}, ${row.count}]`)
    }
    if (!(error <= bound)) violations.push(`${row.value}: error ${error} above bound ${bound}`)
    listed.add(row.value)
  }
  for (const [value, count] of truth) {
    // Unlisted values are bounded, hence every value above n/k is listed.
    if (!listed.has(value) && count > bound) violations.push(`${value} (${count}) is not listed`)
  }
  expect(violations).toEqual([])
}

describe('TopValues, exact phase', () => {
  const values = zipf(50_000, 300, 1)
  const truth = exactCounts(values)

  it('counts exactly and sorts by count, then value', () => {
    const summary = summaryOf(values)
    expect(summary.isExact).toBe(true)
    expect(summary.distinctExact).toBe(truth.size)
    expect(summary.total).toBe(values.length)
    const expected = [...truth]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([value, count]) => ({ value, count }))
    expect(summary.top()).toEqual(expected)
    expect(summary.top(3)).toEqual(expected.slice(0, 3))
    expect(summary.unlistedBound).toBe(0)
  })

  it('asks for the text only the first time a value is seen', () => {
    const summary = new TopValues()
    let requests = 0
    for (const value of values) {
      if (summary.add(hashString53(value))) {
        requests++
        summary.setValue(value)
      }
    }
    expect(requests).toBe(truth.size)
  })

  it('gives the same table from CSV bytes as from strings, including non-ASCII values', () => {
    const words = ['é', 'café', '😀', '東京', 'plain', 'naïve', 'Zürich']
    const random = mulberry32(2)
    const stream = Array.from({ length: 2_000 }, () => words[Math.floor(random() * words.length)]!)
    const csv = Buffer.from(stream.join(','), 'utf8')
    const fromBytes = new TopValues()
    let start = 0
    for (let i = 0; i <= csv.length; i++) {
      if (i < csv.length && csv[i] !== 0x2c) continue
      if (fromBytes.add(hashBytes53(csv, start, i))) fromBytes.setValueBytes(csv, start, i)
      start = i + 1
    }
    expect(fromBytes.toJSON()).toEqual(summaryOf(stream).toJSON())
  })

  it('cuts long display values at a character boundary, alike for bytes and strings', () => {
    const long = 'ü'.repeat(150) // 300 UTF-8 bytes
    const fromString = summaryOf([long, long])
    const bytes = Buffer.from(long, 'utf8')
    const fromBytes = new TopValues()
    for (let r = 0; r < 2; r++)
      if (fromBytes.add(hashBytes53(bytes, 0, bytes.length)))
        fromBytes.setValueBytes(bytes, 0, bytes.length)
    const shown = fromString.top()[0]!.value
    expect(shown).toBe(`${'ü'.repeat(100)}…`)
    expect(fromBytes.top()).toEqual(fromString.top())
  })

  it.each([2, 3, 7])('merging %i shards in any order equals the single pass', (parts) => {
    const single = summaryOf(values).toJSON()
    const pieces = shards(values, parts, parts).map((shard) => summaryOf(shard))
    const forward = new TopValues()
    for (const piece of pieces) forward.merge(piece)
    const backward = new TopValues()
    for (let s = pieces.length - 1; s >= 0; s--) backward.merge(pieces[s]!)
    expect(forward.toJSON()).toEqual(single)
    expect(backward.toJSON()).toEqual(single)
  })

  it('turns an exact union above the cap into a summary seeded with exact counts', () => {
    const options = { exactCap: 200, counters: 20 }
    const left = summaryOf(zipf(20_000, 150, 3, 'a'), options)
    const right = summaryOf(zipf(20_000, 150, 4, 'b'), options)
    expect(left.isExact && right.isExact).toBe(true)
    const merged = left.clone()
    merged.merge(right)
    const all = [...zipf(20_000, 150, 3, 'a'), ...zipf(20_000, 150, 4, 'b')]
    const truth = exactCounts(all)
    expectGuarantees(merged, truth, all.length)
    // Seeded from exact counts: the listed counts are the true ones.
    for (const row of merged.top()) {
      expect(row.count).toBe(truth.get(row.value))
      expect(row.error).toBe(0)
    }
  })
})

describe('TopValues, SpaceSaving phase', () => {
  const options = { exactCap: 100, counters: 50 }
  const values = zipf(100_000, 20_000, 9)
  const truth = exactCounts(values)

  it('switches past the cap and keeps the SpaceSaving guarantees', () => {
    const summary = summaryOf(values, options)
    expect(summary.isExact).toBe(false)
    expect(summary.distinctExact).toBeUndefined()
    expectGuarantees(summary, truth, values.length)
    // The most frequent values are found with their exact rank order at the top.
    const heaviest = [...truth]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([value]) => value)
    expect(summary.top(3).map((row) => row.value)).toEqual(heaviest)
  })

  it('does not ask for the text of a value it already monitors', () => {
    const summary = summaryOf(values, options)
    const heaviest = summary.top(1)[0]!.value
    expect(summary.add(hashString53(heaviest))).toBe(false)
  })

  it('keeps byte display values in its arena until they are shown', () => {
    const summary = new TopValues(options)
    const csv = Buffer.from(values.slice(0, 20_000).join('\n') + '\n', 'utf8')
    let start = 0
    for (let i = 0; i < csv.length; i++) {
      if (csv[i] !== 0x0a) continue
      if (summary.add(hashBytes53(csv, start, i))) summary.setValueBytes(csv, start, i)
      start = i + 1
    }
    const strings = summaryOf(values.slice(0, 20_000), options)
    expect(summary.toJSON()).toEqual(strings.toJSON())
  })

  it.each([2, 3, 7])(
    'merging %i approximate shards keeps the guarantees for the union',
    (parts) => {
      const pieces = shards(values, parts, 40 + parts).map((shard) => summaryOf(shard, options))
      expect(pieces.every((piece) => !piece.isExact)).toBe(true)
      const forward = new TopValues(options)
      for (const piece of pieces) forward.merge(piece)
      const tree = pieces[pieces.length - 1]!.clone()
      for (let s = 0; s < pieces.length - 1; s++) tree.merge(pieces[s]!)
      for (const merged of [forward, tree]) {
        expectGuarantees(merged, truth, values.length)
        expect(merged.top().length).toBeLessThanOrEqual(options.counters - 1)
      }
    }
  )

  it('merges commutatively, also an exact side into an approximate one', () => {
    const a = summaryOf(values.slice(0, 50_000), options)
    const b = summaryOf(zipf(3_000, 60, 5), options)
    expect(b.isExact).toBe(true)
    const ab = a.clone()
    ab.merge(b)
    const ba = b.clone()
    ba.merge(a)
    expect(ab.toJSON()).toEqual(ba.toJSON())
    expectGuarantees(ab, exactCounts([...values.slice(0, 50_000), ...zipf(3_000, 60, 5)]), 53_000)
  })

  it('keeps the guarantees when values are added after a merge', () => {
    const pieces = shards(values, 2, 77)
    const merged = summaryOf(pieces[0]!, options)
    merged.merge(summaryOf(pieces[1]!.slice(0, 20_000), options))
    addStrings(merged, pieces[1]!.slice(20_000))
    expectGuarantees(merged, truth, values.length)
  })
})

describe('TopValues JSON', () => {
  const approximate = summaryOf(zipf(30_000, 5_000, 12), { exactCap: 100, counters: 40 })
  const exact = summaryOf(zipf(5_000, 80, 13))

  it('round-trips exact and approximate summaries', () => {
    for (const summary of [exact, approximate, new TopValues()]) {
      const text = JSON.stringify(summary)
      const back = TopValues.fromJSON(JSON.parse(text), location)
      expect(JSON.stringify(back)).toBe(text)
      expect(back.isExact).toBe(summary.isExact)
      expect(back.top()).toEqual(summary.top())
    }
  })

  it('a summary read back keeps counting correctly', () => {
    const values = zipf(10_000, 50, 14)
    const back = TopValues.fromJSON(
      JSON.parse(JSON.stringify(summaryOf(values.slice(0, 4_000)))),
      location
    )
    addStrings(back, values.slice(4_000))
    expect(back.toJSON()).toEqual(summaryOf(values).toJSON())
  })

  const cases: [string, TopValues, (json: TopValuesJson) => void, RegExp][] = [
    [
      'a wrong type',
      exact,
      (j) => ((j as { type: string }).type = 'histogram'),
      /"type" must be "top-values"/
    ],
    [
      'another hash',
      exact,
      (j) => ((j as { hash: string }).hash = 'fnv'),
      /"hash" must be "tollgate-h53-v1"/
    ],
    [
      'counts that do not add up',
      exact,
      (j) => (j.total += 1),
      /the counts add up to 5000, but "total" is 5001/
    ],
    ['a duplicated hash', exact, (j) => j.items.push([...j.items[0]!]), /is listed twice/],
    [
      'a hash out of range',
      exact,
      (j) => (j.items[0]![0] = 2 ** 53),
      /the hash must be an integer in \[0, 2\^53\)/
    ],
    [
      'a non-string value',
      exact,
      (j) => ((j.items[0] as unknown[])[3] = 7),
      /the value must be a string/
    ],
    [
      'a malformed item',
      exact,
      (j) => ((j.items as unknown[])[0] = { value: 'x' }),
      /item 0 must be \[hash, count, error, value\]/
    ],
    [
      'an error on an exact count',
      exact,
      (j) => (j.items[0]![2] = 1),
      /an exact summary cannot have errors/
    ],
    [
      'a bound on an exact summary',
      exact,
      (j) => (j.unlistedBound = 3),
      /must have "unlistedBound" 0/
    ],
    [
      'an error above the count',
      approximate,
      (j) => (j.items[0]![2] = j.items[0]![1] + 1),
      /the error must be an integer from 0 to the count/
    ],
    [
      'an error above the bound',
      approximate,
      (j) => (j.unlistedBound = 0),
      /every count must be at least "unlistedBound" and every error at most/
    ],
    [
      'more items than counters',
      approximate,
      (j) => (j.counters = 10),
      /lists 40 values, more than its 10 counters/
    ],
    ['counts above the total', approximate, (j) => (j.total = 100), /inconsistent with "total" 100/]
  ]
  it.each(cases)(
    'rejects %s with an InputError naming the file and column',
    (_, summary, change, message) => {
      const json = JSON.parse(JSON.stringify(summary)) as TopValuesJson
      change(json)
      const read = (): TopValues => TopValues.fromJSON(json, location)
      expect(read).toThrow(InputError)
      expect(read).toThrow(message)
      expect(read).toThrow(/^shard-3\/profile\.json \(column "country"\): top-values summary: /)
    }
  )
})

describe('TopValues misuse', () => {
  it('rejects inconsistent options and merges of different settings', () => {
    expect(() => new TopValues({ exactCap: 10, counters: 20 })).toThrow(UsageError)
    expect(() => new TopValues({ counters: 1 })).toThrow(UsageError)
    expect(() => new TopValues({ maxDisplayBytes: 4 })).toThrow(UsageError)
    expect(() => new TopValues().merge(new TopValues({ counters: 50 }))).toThrow(/same settings/)
  })

  it('fails loudly when the text of a new value was never given', () => {
    const summary = new TopValues()
    expect(() => summary.setValue('x')).toThrow(/must follow an add\(\) that returned true/)
    summary.add(hashString53('x'))
    expect(() => summary.top()).toThrow(/no setValue\(\)\/setValueBytes\(\) followed/)
  })
})
