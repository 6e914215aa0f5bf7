import { encodeBase64 } from '../sketch/sketch-json.js'

/**
 * JSON for shard partials. Partials carry what plain JSON cannot: Float64Arrays (exact numeric
 * values, row-ordered uniqueness keys) and non-finite numbers (the ±Infinity of an empty column's
 * min/max). Typed arrays become `{"$f64": "<base64 of the little-endian IEEE-754 bytes>"}` —
 * 8 bytes per value, 10.7 characters after base64 — and non-finite numbers
 * `{"$num": "Infinity" | "-Infinity" | "NaN"}`. Every other value is written as is.
 */

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

/** Serialises a value holding Float64Arrays and non-finite numbers (compact, one line). */
export function encodePartialJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item instanceof Float64Array) return { $f64: encodeBase64(littleEndianBytes(item)) }
    if (typeof item === 'number' && !Number.isFinite(item)) return { $num: String(item) }
    return item
  })
}

/** Why a partial's JSON could not be decoded (the caller names the file). */
export class PartialJsonError extends Error {}

/** Parses JSON written by encodePartialJson, restoring typed arrays and non-finite numbers. */
export function decodePartialJson(text: string): unknown {
  let parsed: unknown
  try {
    parsed = JSON.parse(text, (_key, item: unknown) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) return item
      const record = item as Record<string, unknown>
      const keys = Object.keys(record)
      if (keys.length !== 1) return item
      if (keys[0] === '$f64') return decodeFloat64(record.$f64)
      if (keys[0] === '$num') return decodeNonFinite(record.$num)
      return item
    })
  } catch (error) {
    if (error instanceof PartialJsonError) throw error
    throw new PartialJsonError(
      `not valid JSON (${(error as Error).message}); was the file truncated?`
    )
  }
  return parsed
}

function littleEndianBytes(array: Float64Array): Uint8Array {
  const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength)
  if (LITTLE_ENDIAN) return bytes
  const swapped = new Uint8Array(bytes.length)
  for (let i = 0; i < bytes.length; i += 8)
    for (let j = 0; j < 8; j++) swapped[i + j] = bytes[i + 7 - j]!
  return swapped
}

function decodeFloat64(text: unknown): Float64Array {
  if (typeof text !== 'string' || text.length % 4 !== 0)
    throw new PartialJsonError('a "$f64" array is not base64 text')
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0
  const expected = (text.length / 4) * 3 - padding
  const buffer = Buffer.from(text, 'base64')
  // Node skips characters outside the alphabet: a shorter result means the text was corrupted.
  if (buffer.length !== expected || expected % 8 !== 0)
    throw new PartialJsonError('a "$f64" array is not valid base64 of 8-byte numbers')
  const bytes = new Uint8Array(expected)
  bytes.set(buffer)
  if (!LITTLE_ENDIAN) {
    for (let i = 0; i < bytes.length; i += 8) bytes.subarray(i, i + 8).reverse()
  }
  return new Float64Array(bytes.buffer)
}

function decodeNonFinite(text: unknown): number {
  if (text === 'Infinity') return Infinity
  if (text === '-Infinity') return -Infinity
  if (text === 'NaN') return NaN
  throw new PartialJsonError(
    `"$num" must be Infinity, -Infinity or NaN, got ${JSON.stringify(text)}`
  )
}
