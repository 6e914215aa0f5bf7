import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import {
  HASH53_RANGE,
  combineHash53,
  hashBytes32,
  hashBytes53,
  hashFloat64,
  hashString32,
  hashString53
} from '../../../shared/sketch/hash-bytes.js'
import { chiSquareSf } from '../../../shared/stats/distributions.js'
import { mulberry32 } from '../../../shared/stats/random.js'
import { fixturePath } from '../../helpers/paths.js'

interface MurmurOracle {
  cases: [string, number, number][]
}
const murmur = JSON.parse(
  readFileSync(fixturePath('sketch', 'murmur3-sklearn.json'), 'utf8')
) as MurmurOracle

/** Bytes of `text` placed inside a larger buffer, so start/end offsets are exercised. */
function embedded(text: string): { bytes: Uint8Array; start: number; end: number } {
  const utf8 = Buffer.from(text, 'utf8')
  const bytes = new Uint8Array(utf8.length + 7)
  bytes.fill(0x2c)
  bytes.set(utf8, 3)
  return { bytes, start: 3, end: 3 + utf8.length }
}

/** A random string mixing ASCII, Latin-1, BMP, astral pairs and lone surrogates. */
function randomText(random: () => number, maxLength: number): string {
  const length = Math.floor(random() * maxLength)
  let text = ''
  for (let i = 0; i < length; i++) {
    const kind = random()
    if (kind < 0.5) text += String.fromCharCode(32 + Math.floor(random() * 95))
    else if (kind < 0.65) text += String.fromCharCode(0xa0 + Math.floor(random() * 0x700))
    else if (kind < 0.8) text += String.fromCharCode(0x800 + Math.floor(random() * 0xd000))
    else if (kind < 0.95) text += String.fromCodePoint(0x10000 + Math.floor(random() * 0xfffff))
    else text += String.fromCharCode(0xd800 + Math.floor(random() * 0x800))
  }
  return text
}

/** Number of equal adjacent values after sorting: the collisions among the hashes. */
function collisions(hashes: Float64Array): number {
  const sorted = hashes.slice().sort()
  let count = 0
  for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) count++
  return count
}

describe('hashBytes32 / hashString32 (MurmurHash3_x86_32)', () => {
  it('matches scikit-learn murmurhash3_32 for ASCII, non-ASCII and long keys', () => {
    expect(murmur.cases.length).toBeGreaterThan(40)
    for (const [text, seed, expected] of murmur.cases) {
      expect(hashString32(text, seed)).toBe(expected)
      const { bytes, start, end } = embedded(text)
      expect(hashBytes32(bytes, start, end, seed)).toBe(expected)
    }
  })
})

describe('hashBytes53 / hashString53', () => {
  it('gives the same hash for bytes and strings, including é, emoji, CJK and lone surrogates', () => {
    const samples = ['', 'a', 'abcd', 'abcde', 'é', 'café', '😀', 'a😀', '日本語', 'x'.repeat(200)]
    const random = mulberry32(7)
    for (let i = 0; i < 3000; i++) samples.push(randomText(random, i % 3 === 0 ? 150 : 20))
    for (const text of samples) {
      // Buffer.from(text, 'utf8') is WHATWG UTF-8: lone surrogates become EF BF BD.
      const { bytes, start, end } = embedded(text)
      const fromString = hashString53(text)
      expect(hashBytes53(bytes, start, end)).toBe(fromString)
      expect(hashString32(text)).toBe(hashBytes32(bytes, start, end))
    }
  })

  it('treats a lone surrogate as U+FFFD, like TextEncoder', () => {
    expect(hashString53('a\ud800b')).toBe(hashString53('a\ufffdb'))
    expect(hashString53('\udc00')).toBe(hashString53('\ufffd'))
    expect(hashString53('😀')).not.toBe(hashString53('\ufffd\ufffd'))
  })

  it('returns integers in [0, 2^53) that depend on every byte and on the length', () => {
    const seen = new Set<number>()
    for (const text of [
      '',
      '\0',
      '\0\0',
      '\0\0\0',
      '\0\0\0\0',
      '\0\0\0\0\0',
      'a',
      'b',
      'ab',
      'ba'
    ]) {
      const hash = hashString53(text)
      expect(Number.isInteger(hash)).toBe(true)
      expect(hash).toBeGreaterThanOrEqual(0)
      expect(hash).toBeLessThan(HASH53_RANGE)
      seen.add(hash)
    }
    expect(seen.size).toBe(10)
  })

  it('has no collisions among a million structured keys and 32-bit lanes that collide at the birthday rate', () => {
    const n = 1_000_000
    const full = new Float64Array(n)
    const high = new Float64Array(n)
    const low = new Float64Array(n)
    for (let i = 0; i < n; i++) {
      const hash = hashString53(i % 2 === 0 ? `customer-${i}` : `${i * 37}`)
      full[i] = hash
      high[i] = Math.floor(hash / 2 ** 21) // the 32 bits of lane 1
      low[i] = hash % 2 ** 32 // lane 2's 21 bits and lane 1's low 11
    }
    // Birthday bound: expected pairs n²/2^54 ≈ 5.6e-5 for 53 bits, n²/2^33 ≈ 116 for 32 bits.
    expect(collisions(full)).toBe(0)
    const expected = (n * (n - 1)) / 2 / 2 ** 32
    for (const lane of [high, low]) {
      const observed = collisions(lane)
      // Poisson(116): ±6 standard deviations.
      expect(Math.abs(observed - expected)).toBeLessThan(6 * Math.sqrt(expected))
    }
  })

  it('spreads sequential keys evenly over the top and bottom bits (chi-square)', () => {
    const bins = 1024
    const n = 200_000
    const top = new Float64Array(bins)
    const bottom = new Float64Array(bins)
    for (let i = 0; i < n; i++) {
      const hash = hashString53(`${i}`)
      top[Math.floor(hash / 2 ** 43)]! += 1
      bottom[hash % bins]! += 1
    }
    const expected = n / bins
    for (const observed of [top, bottom]) {
      let statistic = 0
      for (const o of observed) statistic += (o - expected) ** 2 / expected
      expect(chiSquareSf(statistic, bins - 1)).toBeGreaterThan(1e-4)
    }
  })

  it('avalanches: flipping one input bit flips each output bit about half the time', () => {
    const random = mulberry32(11)
    const flips = new Float64Array(53)
    const trials = 4000
    const bytes = new Uint8Array(12)
    for (let t = 0; t < trials; t++) {
      for (let j = 0; j < bytes.length; j++) bytes[j] = Math.floor(random() * 256)
      const before = hashBytes53(bytes, 0, bytes.length)
      const bit = Math.floor(random() * 96)
      bytes[bit >> 3]! ^= 1 << (bit & 7)
      const after = hashBytes53(bytes, 0, bytes.length)
      for (let b = 0; b < 53; b++) {
        if (Math.floor(before / 2 ** b) % 2 !== Math.floor(after / 2 ** b) % 2) flips[b]! += 1
      }
    }
    // Binomial(4000, 0.5): sd 31.6; allow ±6 sd.
    for (const count of flips) expect(Math.abs(count - trials / 2)).toBeLessThan(190)
  })
})

describe('hashFloat64', () => {
  it('hashes the 8 little-endian IEEE-754 bytes', () => {
    const random = mulberry32(3)
    for (const value of [1, -1, 0.1, 1e300, -5e-324, Math.PI, random() * 1e6, 2 ** 53]) {
      const bytes = new Uint8Array(8)
      new DataView(bytes.buffer).setFloat64(0, value, true)
      expect(hashFloat64(value)).toBe(hashBytes53(bytes, 0, 8))
    }
  })

  it('treats −0 as 0 and all NaNs as one value', () => {
    expect(hashFloat64(-0)).toBe(hashFloat64(0))
    const otherNaN = new Float64Array(new BigUint64Array([0x7ff0000000000001n]).buffer)[0]!
    expect(Number.isNaN(otherNaN)).toBe(true)
    expect(hashFloat64(otherNaN)).toBe(hashFloat64(NaN))
    expect(hashFloat64(1)).not.toBe(hashFloat64(-1))
  })

  it('has no collisions among half a million distinct doubles', () => {
    const n = 500_000
    const hashes = new Float64Array(n)
    for (let i = 0; i < n; i++) hashes[i] = hashFloat64(i % 2 === 0 ? i : i / 1000)
    expect(collisions(hashes)).toBe(0)
  })
})

describe('combineHash53', () => {
  it('is order-dependent, deterministic and stays in [0, 2^53)', () => {
    const a = hashString53('alice')
    const b = hashString53('bob')
    expect(combineHash53(a, b)).toBe(combineHash53(a, b))
    expect(combineHash53(a, b)).not.toBe(combineHash53(b, a))
    expect(combineHash53(a, a)).not.toBe(combineHash53(b, b))
    const c = combineHash53(combineHash53(a, b), hashFloat64(3))
    expect(Number.isInteger(c) && c >= 0 && c < HASH53_RANGE).toBe(true)
  })

  it('has no collisions over a 500 × 500 grid of tuples', () => {
    const firsts = Array.from({ length: 500 }, (_, i) => hashString53(`k${i}`))
    const seconds = Array.from({ length: 500 }, (_, i) => hashFloat64(i))
    const hashes = new Float64Array(250_000)
    let at = 0
    for (const first of firsts)
      for (const second of seconds) hashes[at++] = combineHash53(first, second)
    expect(collisions(hashes)).toBe(0)
  })
})

describe('hashString53 ASCII fast path', () => {
  it('equals the byte hash for every ASCII length and for a non-ASCII unit at every position', () => {
    const problems: string[] = []
    for (let length = 0; length <= 40; length++) {
      const ascii = Array.from({ length }, (_, i) => String.fromCharCode(33 + ((i * 7) % 94))).join(
        ''
      )
      const variants = [ascii]
      for (let at = 0; at < length; at++) {
        variants.push(`${ascii.slice(0, at)}é${ascii.slice(at + 1)}`)
        variants.push(`${ascii.slice(0, at)}\u007f${ascii.slice(at + 1)}`)
        variants.push(`${ascii.slice(0, at)}\u0080${ascii.slice(at + 1)}`)
      }
      for (const text of variants) {
        const { bytes, start, end } = embedded(text)
        if (hashString53(text) !== hashBytes53(bytes, start, end))
          problems.push(JSON.stringify(text))
      }
    }
    expect(problems).toEqual([])
  })
})
