import { describe, expect, it } from '@jest/globals'
import { InputError, UsageError } from '../../../shared/errors.js'
import { hashFloat64, hashString53 } from '../../../shared/sketch/hash-bytes.js'
import { HyperLogLog } from '../../../shared/sketch/hyperloglog.js'
import { mulberry32 } from '../../../shared/stats/random.js'

const location = { file: 'profiles/shard-1.json', field: 'customer_id' }

/** Hashes of n distinct keys from a seeded stream (prefix keeps data sets apart). */
function distinctHashes(n: number, prefix: string): Float64Array {
  const hashes = new Float64Array(n)
  for (let i = 0; i < n; i++) hashes[i] = hashString53(`${prefix}-${i}`)
  return hashes
}

/** Splits indexes 0..n−1 into `parts` random shards (seeded), each in a shuffled order. */
function randomShards(n: number, parts: number, seed: number): number[][] {
  const random = mulberry32(seed)
  const shards: number[][] = Array.from({ length: parts }, () => [])
  for (let i = 0; i < n; i++) shards[Math.floor(random() * parts)]!.push(i)
  for (const shard of shards) {
    for (let i = shard.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[shard[i], shard[j]] = [shard[j]!, shard[i]!]
    }
  }
  return shards
}

describe('HyperLogLog estimate', () => {
  it.each([1_000, 10_000, 100_000, 1_000_000])(
    'is within 3 standard errors (1.04/sqrt(m)) for %i distinct values at p = 14',
    (n) => {
      const sketch = new HyperLogLog()
      // Strings up to 1e5; numbers (cheaper to hash) for the million.
      if (n < 1_000_000) for (const hash of distinctHashes(n, `e${n}`)) sketch.add(hash)
      else for (let i = 0; i < n; i++) sketch.add(hashFloat64(i * 0.37))
      const standardError = 1.04 / Math.sqrt(2 ** 14)
      expect(Math.abs(sketch.estimate() / n - 1)).toBeLessThan(3 * standardError)
    }
  )

  it('is near exact for small cardinalities and 0 when empty', () => {
    const empty = new HyperLogLog()
    expect(empty.estimate()).toBe(0)
    expect(empty.isEmpty).toBe(true)
    for (const n of [1, 2, 10, 100, 500]) {
      const sketch = new HyperLogLog()
      for (const hash of distinctHashes(n, 'small')) sketch.add(hash)
      // With few values in 16384 registers almost every value has its own register.
      expect(Math.abs(sketch.estimate() - n)).toBeLessThanOrEqual(Math.max(1, 0.01 * n))
    }
  })

  it('ignores repeats: adding the same values again changes no register', () => {
    const sketch = new HyperLogLog(12)
    const random = mulberry32(5)
    const hashes = Array.from({ length: 20_000 }, () => hashFloat64(Math.floor(random() * 5000)))
    for (const hash of hashes) sketch.add(hash)
    const before = sketch.registers.slice()
    for (const hash of hashes) sketch.add(hash)
    expect(sketch.registers).toEqual(before)
    const distinct = new Set(hashes).size
    expect(Math.abs(sketch.estimate() / distinct - 1)).toBeLessThan(3 * (1.04 / 64))
  })

  it('keeps the error at other precisions within 3 standard errors on average', () => {
    for (const precision of [4, 8, 16]) {
      const m = 2 ** precision
      const standardError = 1.04 / Math.sqrt(m)
      let squaredError = 0
      const runs = precision === 16 ? 2 : 10
      for (let run = 0; run < runs; run++) {
        const sketch = new HyperLogLog(precision)
        const n = 20_000
        for (const hash of distinctHashes(n, `p${precision}r${run}`)) sketch.add(hash)
        squaredError += (sketch.estimate() / n - 1) ** 2
      }
      expect(Math.sqrt(squaredError / runs)).toBeLessThan(3 * standardError)
    }
  })
})

describe('HyperLogLog merge', () => {
  const n = 60_000
  const hashes = distinctHashes(n, 'merge')
  // Repeats across shards: every third key appears twice.
  const stream = Array.from({ length: n + n / 3 }, (_, i) => hashes[i < n ? i : (i - n) * 3]!)
  const single = new HyperLogLog()
  for (const hash of stream) single.add(hash)

  it.each([2, 3, 7])('merging %i shards in any order gives the single-pass registers', (parts) => {
    const shards = randomShards(stream.length, parts, parts * 101).map((indexes) => {
      const sketch = new HyperLogLog()
      for (const i of indexes) sketch.add(stream[i]!)
      return sketch
    })
    const forward = new HyperLogLog()
    for (const shard of shards) forward.merge(shard)
    const backward = shards[shards.length - 1]!.clone()
    for (let s = shards.length - 2; s >= 0; s--) backward.merge(shards[s]!)
    expect(forward.registers).toEqual(single.registers)
    expect(backward.registers).toEqual(single.registers)
    expect(forward.toJSON()).toEqual(single.toJSON())
    expect(forward.estimate()).toBe(single.estimate())
  })

  it('reducedTo() equals a sketch built at the lower precision', () => {
    for (const precision of [4, 10, 13]) {
      const direct = new HyperLogLog(precision)
      for (const hash of stream) direct.add(hash)
      expect(single.reducedTo(precision).registers).toEqual(direct.registers)
    }
  })

  it('refuses to merge different precisions and to raise precision', () => {
    expect(() => single.clone().merge(new HyperLogLog(12))).toThrow(UsageError)
    expect(() => single.reducedTo(15)).toThrow(UsageError)
    expect(() => new HyperLogLog(3)).toThrow(UsageError)
    expect(() => new HyperLogLog(19)).toThrow(UsageError)
  })
})

describe('HyperLogLog JSON', () => {
  it('round-trips empty, sparse and full sketches, compactly when sparse', () => {
    const empty = new HyperLogLog()
    const sparse = new HyperLogLog()
    for (const hash of distinctHashes(25, 'sparse')) sparse.add(hash)
    const full = new HyperLogLog(10)
    for (const hash of distinctHashes(200_000, 'full')) full.add(hash)
    for (const sketch of [empty, sparse, full]) {
      const json = JSON.parse(JSON.stringify(sketch)) as unknown
      const back = HyperLogLog.fromJSON(json, location)
      expect(back.precision).toBe(sketch.precision)
      expect(back.registers).toEqual(sketch.registers)
    }
    expect(JSON.stringify(empty).length).toBeLessThan(120)
    expect(JSON.stringify(sparse).length).toBeLessThan(300)
  })

  it('round-trips alternating empty and full registers (worst case of the run-length code)', () => {
    const sketch = new HyperLogLog(8)
    for (let j = 0; j < 256; j += 2) sketch.registers[j] = 1 + (j % 40)
    const back = HyperLogLog.fromJSON(sketch.toJSON(), location)
    expect(back.registers).toEqual(sketch.registers)
  })

  function corrupt(change: (json: Record<string, unknown>) => void): () => HyperLogLog {
    const sketch = new HyperLogLog(6)
    for (const hash of distinctHashes(30, 'corrupt')) sketch.add(hash)
    const json = { ...sketch.toJSON() } as unknown as Record<string, unknown>
    change(json)
    return () => HyperLogLog.fromJSON(json, location)
  }

  const encode = (bytes: number[]): string => Buffer.from(bytes).toString('base64')

  it.each<[string, (json: Record<string, unknown>) => void, RegExp]>([
    ['a wrong type', (j) => (j.type = 'tdigest'), /"type" must be "hyperloglog"/],
    ['a future version', (j) => (j.version = 2), /"version" must be 1/],
    ['another hash function', (j) => (j.hash = 'murmur3'), /"hash" must be "tollgate-h53-v1"/],
    [
      'a precision out of range',
      (j) => (j.precision = 30),
      /"precision" must be an integer in \[4, 18\]/
    ],
    [
      'a missing register string',
      (j) => delete j.registers,
      /"registers" must be a string, got nothing/
    ],
    ['invalid base64', (j) => (j.registers = 'AB$='), /"registers" is not valid base64/],
    [
      'too few registers',
      (j) => (j.registers = encode([0, 10])),
      /decodes to only 10 registers, expected 64/
    ],
    [
      'too many registers',
      (j) => (j.registers = encode([0, 64, 3])),
      /decodes to more than 64 registers/
    ],
    [
      'a register above the maximum rank',
      (j) => (j.registers = encode([60, 0, 63])),
      /register 0 holds 60, more than 48/
    ],
    [
      'a truncated run length',
      (j) => (j.registers = encode([5, 0, 0x80])),
      /ends inside a run length/
    ],
    ['an empty run', (j) => (j.registers = encode([0, 0, 0, 64])), /empty run/]
  ])('rejects %s with an InputError naming the file and column', (_, change, message) => {
    const read = corrupt(change)
    expect(read).toThrow(InputError)
    expect(read).toThrow(message)
    expect(read).toThrow(/^profiles\/shard-1\.json \(column "customer_id"\): HyperLogLog sketch: /)
  })

  it('rejects a value that is not an object', () => {
    expect(() => HyperLogLog.fromJSON([1, 2], location)).toThrow(
      /expected a JSON object, got an array of 2/
    )
    expect(() => HyperLogLog.fromJSON(null, location)).toThrow(InputError)
  })
})
