/**
 * Fast non-cryptographic hashes of field contents, for distinct counting (HyperLogLog), value
 * tables (top values) and uniqueness keys. The scan engine calls these once per field, so they
 * work on bytes in place and never allocate.
 *
 * One rule makes shards and file formats agree: a value hashes by its UTF-8 bytes, so a CSV field
 * read as bytes and the same text arriving as a JS string (JSON Lines, Parquet) give the same
 * hash. Strings are encoded into a reusable scratch buffer first (WHATWG UTF-8: a lone surrogate
 * becomes U+FFFD, exactly as `TextEncoder` and `Buffer.from(text, 'utf8')` do).
 *
 * Two families:
 * - `hash53`: Tollgate's own two-lane hash (algorithm id {@link HASH53_ALGORITHM}). Its structure
 *   is MurmurHash3 x86_128's (Appleby 2011) reduced to two 32-bit lanes that both consume every
 *   4-byte word with different constants and are cross-added, so the 64-bit state is mixed as
 *   one; the finaliser is Murmur's fmix32 on both lanes plus cross-additions. The 53 output bits
 *   are exact JS integers in [0, 2^53): `h1 · 2^21 + (h2 >>> 11)`.
 * - `hash32`: exactly MurmurHash3_x86_32 (Appleby's reference MurmurHash3.cpp; the same values
 *   as scikit-learn's `murmurhash3_32`), for 32-bit hash tables and interoperability.
 *
 * Collisions (birthday bound): among n distinct values, the chance that any two share a hash is
 * 1 − exp(−n² / 2^(b+1)) for b output bits, ≈ n² / 2^(b+1) while small. For hash53: 1e6 values
 * ≈ 5.6e-5, 1e7 ≈ 5.5e-3, 1e8 ≈ 0.43. For hash32: 1e4 values ≈ 1.2%, 1e5 ≈ 69% — use it only
 * where a collision costs accuracy, never correctness. Neither resists deliberately crafted
 * collisions (MurmurHash does not).
 */

/** Identifier stored in serialised sketches so that incompatible hashes are never merged. */
export const HASH53_ALGORITHM = 'tollgate-h53-v1'

/** 2^53: every hash53 value is an integer in [0, HASH53_RANGE). */
export const HASH53_RANGE = 9007199254740992

const TWO_POW_21 = 2097152

// Lane constants: MurmurHash3 x86_128's c1..c3 and lane increments (nothing-up-my-sleeve values
// chosen by Appleby); the seeds are the first hexadecimal digits of π.
const LANE1_K1 = 0x239b961b
const LANE1_K2 = 0xab0e9789
const LANE2_K1 = 0xab0e9789
const LANE2_K2 = 0x38b34ae5
const LANE1_ADD = 0x561ccd1b
const LANE2_ADD = 0x0bcaa747
const SEED1 = 0x243f6a88
const SEED2 = 0x85a308d3 | 0

// MurmurHash3_x86_32 constants.
const MURMUR32_C1 = 0xcc9e2d51
const MURMUR32_C2 = 0x1b873593

/** Murmur3's fmix32 avalanche finaliser: every input bit affects every output bit. */
function fmix32(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  return h ^ (h >>> 16)
}

/** Word transform of lane 1 (also used for the 1–3 byte tail). */
function scrambleLane1(word: number): number {
  const k = Math.imul(word, LANE1_K1)
  return Math.imul((k << 15) | (k >>> 17), LANE1_K2)
}

/** Word transform of lane 2: different constants and rotation, so the lanes decorrelate. */
function scrambleLane2(word: number): number {
  const k = Math.imul(word, LANE2_K1)
  return Math.imul((k << 16) | (k >>> 16), LANE2_K2)
}

/** One block step of lane 1; `other` is lane 2's state (cross-addition as in x86_128). */
function stepLane1(h: number, other: number, word: number): number {
  h ^= scrambleLane1(word)
  h = (((h << 19) | (h >>> 13)) + other) | 0
  return (Math.imul(h, 5) + LANE1_ADD) | 0
}

/** One block step of lane 2, taking lane 1's already-updated state. */
function stepLane2(h: number, other: number, word: number): number {
  h ^= scrambleLane2(word)
  h = (((h << 17) | (h >>> 15)) + other) | 0
  return (Math.imul(h, 5) + LANE2_ADD) | 0
}

/** Length mixing, fmix32 on both lanes and cross-additions; packs 53 bits into a double. */
function finish53(h1: number, h2: number, byteLength: number): number {
  h1 ^= byteLength
  h2 ^= byteLength
  h1 = (h1 + h2) | 0
  h2 = (h2 + h1) | 0
  h1 = fmix32(h1)
  h2 = fmix32(h2)
  h1 = (h1 + h2) | 0
  h2 = (h2 + h1) | 0
  return (h1 >>> 0) * TWO_POW_21 + (h2 >>> 11)
}

/**
 * 53-bit hash of the UTF-8 bytes `bytes[start, end)`. Equal to {@link hashString53} of the same
 * text. Measured (Node 20, this 2-core machine): about 18 ns for an 11-byte field and 11 ns for
 * a 2-byte one, against 8 ns for hashBytes32 on the 11 bytes — two lanes cost two multiplies
 * per lane and word.
 */
export function hashBytes53(bytes: Uint8Array, start: number, end: number): number {
  let h1 = SEED1
  let h2 = SEED2
  let at = start
  const blocksEnd = start + ((end - start) & ~3)
  while (at < blocksEnd) {
    const word =
      bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)
    at += 4
    // stepLane1 and stepLane2 written out by hand: through the helpers V8's inlining budget ran
    // out in this loop (measured 24 → 18 ns for an 11-byte field).
    let k1 = Math.imul(word, LANE1_K1)
    k1 = Math.imul((k1 << 15) | (k1 >>> 17), LANE1_K2)
    h1 ^= k1
    h1 = (((h1 << 19) | (h1 >>> 13)) + h2) | 0
    h1 = (Math.imul(h1, 5) + LANE1_ADD) | 0
    let k2 = Math.imul(word, LANE2_K1)
    k2 = Math.imul((k2 << 16) | (k2 >>> 16), LANE2_K2)
    h2 ^= k2
    h2 = (((h2 << 17) | (h2 >>> 15)) + h1) | 0
    h2 = (Math.imul(h2, 5) + LANE2_ADD) | 0
  }
  const tailLength = end - at
  if (tailLength > 0) {
    let word = bytes[at]!
    if (tailLength > 1) word |= bytes[at + 1]! << 8
    if (tailLength > 2) word |= bytes[at + 2]! << 16
    const k1 = Math.imul(word, LANE1_K1)
    h1 ^= Math.imul((k1 << 15) | (k1 >>> 17), LANE1_K2)
    const k2 = Math.imul(word, LANE2_K1)
    h2 ^= Math.imul((k2 << 16) | (k2 >>> 16), LANE2_K2)
  }
  return finish53(h1, h2, end - start)
}

// ---------------------------------------------------------------------------------------------
// UTF-8 encoding of strings into a reusable scratch buffer (one per thread: module state).

let scratch = new Uint8Array(256)
const encoder = new TextEncoder()
/** Above this many UTF-16 units the native encoder's call overhead is worth paying. */
const NATIVE_ENCODE_FROM = 64

/**
 * Writes the UTF-8 encoding of `text` into the module scratch buffer (growing it as needed) and
 * returns the byte length. Matches WHATWG encode: lone surrogates become U+FFFD (EF BF BD).
 */
function encodeToScratch(text: string): number {
  const length = text.length
  // Each UTF-16 unit needs at most 3 bytes (a surrogate pair: 4 bytes for 2 units).
  if (scratch.length < length * 3)
    scratch = new Uint8Array(Math.max(length * 3, scratch.length * 2))
  if (length > NATIVE_ENCODE_FROM) return encoder.encodeInto(text, scratch).written
  const out = scratch
  let at = 0
  for (let i = 0; i < length; i++) {
    let code = text.charCodeAt(i)
    if (code < 0x80) {
      out[at++] = code
      continue
    }
    if (code < 0x800) {
      out[at++] = 0xc0 | (code >> 6)
      out[at++] = 0x80 | (code & 0x3f)
      continue
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = i + 1 < length ? text.charCodeAt(i + 1) : 0
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        const point = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00)
        out[at++] = 0xf0 | (point >> 18)
        out[at++] = 0x80 | ((point >> 12) & 0x3f)
        out[at++] = 0x80 | ((point >> 6) & 0x3f)
        out[at++] = 0x80 | (point & 0x3f)
        i++
        continue
      }
      code = 0xfffd
    }
    out[at++] = 0xe0 | (code >> 12)
    out[at++] = 0x80 | ((code >> 6) & 0x3f)
    out[at++] = 0x80 | (code & 0x3f)
  }
  return at
}

/**
 * 53-bit hash of a string's UTF-8 encoding; equals {@link hashBytes53} over those bytes.
 * ASCII text (the usual case) is hashed straight from its character codes, which are its UTF-8
 * bytes (measured about 22 ns for 11 characters); anything else is first encoded into the
 * scratch buffer.
 */
export function hashString53(text: string): number {
  const length = text.length
  let h1 = SEED1
  let h2 = SEED2
  let at = 0
  const blocksEnd = length & ~3
  while (at < blocksEnd) {
    const c0 = text.charCodeAt(at)
    const c1 = text.charCodeAt(at + 1)
    const c2 = text.charCodeAt(at + 2)
    const c3 = text.charCodeAt(at + 3)
    if ((c0 | c1 | c2 | c3) > 0x7f) return hashEncodedString53(text)
    const word = c0 | (c1 << 8) | (c2 << 16) | (c3 << 24)
    at += 4
    // The block step of hashBytes53, written out for the same inlining reason.
    let k1 = Math.imul(word, LANE1_K1)
    k1 = Math.imul((k1 << 15) | (k1 >>> 17), LANE1_K2)
    h1 ^= k1
    h1 = (((h1 << 19) | (h1 >>> 13)) + h2) | 0
    h1 = (Math.imul(h1, 5) + LANE1_ADD) | 0
    let k2 = Math.imul(word, LANE2_K1)
    k2 = Math.imul((k2 << 16) | (k2 >>> 16), LANE2_K2)
    h2 ^= k2
    h2 = (((h2 << 17) | (h2 >>> 15)) + h1) | 0
    h2 = (Math.imul(h2, 5) + LANE2_ADD) | 0
  }
  const tailLength = length - at
  if (tailLength > 0) {
    const c0 = text.charCodeAt(at)
    const c1 = tailLength > 1 ? text.charCodeAt(at + 1) : 0
    const c2 = tailLength > 2 ? text.charCodeAt(at + 2) : 0
    if ((c0 | c1 | c2) > 0x7f) return hashEncodedString53(text)
    const word = c0 | (c1 << 8) | (c2 << 16)
    h1 ^= scrambleLane1(word)
    h2 ^= scrambleLane2(word)
  }
  return finish53(h1, h2, length)
}

/** The general path of hashString53: UTF-8 encode into the scratch buffer, then hash bytes. */
function hashEncodedString53(text: string): number {
  const length = encodeToScratch(text)
  return hashBytes53(scratch, 0, length)
}

// ---------------------------------------------------------------------------------------------
// Numbers and compound keys.

const floatScratch = new Float64Array(1)
const floatWords = new Uint32Array(floatScratch.buffer)
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1
const LOW_WORD = LITTLE_ENDIAN ? 0 : 1
const HIGH_WORD = LITTLE_ENDIAN ? 1 : 0

/**
 * 53-bit hash of a float64 for numeric columns: hashes the 8 IEEE-754 bytes in little-endian
 * order (so it equals {@link hashBytes53} of those bytes). −0 hashes as 0 and every NaN as the
 * canonical NaN, matching how pandas' `nunique` treats them as one value each. Numbers and
 * strings are separate domains: `1` and `"1"` are not meant to hash alike. About 14 ns.
 */
export function hashFloat64(value: number): number {
  // `value === 0` is true for −0 as well; NaN is replaced by the canonical quiet NaN.
  floatScratch[0] = value === 0 ? 0 : value === value ? value : NaN
  const low = floatWords[LOW_WORD]! | 0
  const high = floatWords[HIGH_WORD]! | 0
  let h1 = stepLane1(SEED1, SEED2, low)
  let h2 = stepLane2(SEED2, h1, low)
  h1 = stepLane1(h1, h2, high)
  h2 = stepLane2(h2, h1, high)
  return finish53(h1, h2, 8)
}

/**
 * Combines the hash of a compound key's next column into the hash of the columns before it:
 * `combineHash53(combineHash53(hA, hB), hC)` for key (A, B, C). Order matters, as it should for
 * a tuple. Each 53-bit input is split into two words (high 32 bits, low 21 bits) and the four
 * words are hashed like a 16-byte value. Two different tuples collide with probability about
 * (columns) · 2^-53: either a column's own hashes collide or the combination does. About 35 ns.
 */
export function combineHash53(previous: number, next: number): number {
  const previousHigh = Math.floor(previous / TWO_POW_21)
  const previousLow = previous - previousHigh * TWO_POW_21
  const nextHigh = Math.floor(next / TWO_POW_21)
  const nextLow = next - nextHigh * TWO_POW_21
  let h1 = stepLane1(SEED1, SEED2, previousHigh | 0)
  let h2 = stepLane2(SEED2, h1, previousHigh | 0)
  h1 = stepLane1(h1, h2, previousLow)
  h2 = stepLane2(h2, h1, previousLow)
  h1 = stepLane1(h1, h2, nextHigh | 0)
  h2 = stepLane2(h2, h1, nextHigh | 0)
  h1 = stepLane1(h1, h2, nextLow)
  h2 = stepLane2(h2, h1, nextLow)
  return finish53(h1, h2, 16)
}

// ---------------------------------------------------------------------------------------------
// MurmurHash3_x86_32.

/**
 * MurmurHash3_x86_32 (Appleby 2011) of `bytes[start, end)` as an unsigned 32-bit integer; the
 * same value as scikit-learn's `murmurhash3_32(key, seed, positive=True)` for the UTF-8 key.
 */
export function hashBytes32(bytes: Uint8Array, start: number, end: number, seed = 0): number {
  let h = seed | 0
  let at = start
  const blocksEnd = start + ((end - start) & ~3)
  while (at < blocksEnd) {
    let k = bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)
    at += 4
    k = Math.imul(k, MURMUR32_C1)
    k = (k << 15) | (k >>> 17)
    k = Math.imul(k, MURMUR32_C2)
    h ^= k
    h = (h << 13) | (h >>> 19)
    h = (Math.imul(h, 5) + 0xe6546b64) | 0
  }
  const tailLength = end - at
  if (tailLength > 0) {
    let k = bytes[at]!
    if (tailLength > 1) k |= bytes[at + 1]! << 8
    if (tailLength > 2) k |= bytes[at + 2]! << 16
    k = Math.imul(k, MURMUR32_C1)
    k = (k << 15) | (k >>> 17)
    k = Math.imul(k, MURMUR32_C2)
    h ^= k
  }
  h ^= end - start
  return fmix32(h) >>> 0
}

/** MurmurHash3_x86_32 of a string's UTF-8 encoding; equals {@link hashBytes32} of those bytes. */
export function hashString32(text: string, seed = 0): number {
  const length = encodeToScratch(text)
  return hashBytes32(scratch, 0, length, seed)
}
