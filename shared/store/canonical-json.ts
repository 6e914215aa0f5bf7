import { UsageError } from '../errors.js'

/** A value JSON can represent exactly (no undefined, NaN, Infinity, functions or class instances). */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject

/** A JSON object: what claim metadata and stored documents are made of. */
export interface JsonObject {
  [key: string]: JsonValue
}

/**
 * Serialises a value with sorted object keys, two-space indentation and a final newline.
 *
 * Stored documents must be byte-for-byte reproducible: an idempotent re-run compares what it
 * would write with what is already stored, and key order or a NaN that `JSON.stringify` silently
 * turns into `null` would make an identical result look different (or a different one look
 * identical). `what` names the document in the error, e.g. "metrics.json".
 */
export function canonicalJson(value: unknown, what: string): string {
  return `${JSON.stringify(toCanonical(value, what, '$'), null, 2)}\n`
}

/** The same canonical form on one line without a final newline (headers, tag messages). */
export function compactCanonicalJson(value: unknown, what: string): string {
  return JSON.stringify(toCanonical(value, what, '$'))
}

/** The canonical JSON text as UTF-8 bytes, ready to store. */
export function canonicalJsonBytes(value: unknown, what: string): Uint8Array {
  return new TextEncoder().encode(canonicalJson(value, what))
}

function toCanonical(value: unknown, what: string, path: string): JsonValue {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new UsageError(
        `${what}: the value at ${path} is ${String(value)}, which JSON cannot represent; ` +
          'store a finite number or null.'
      )
    }
    return value
  }
  if (Array.isArray(value)) {
    return value.map((item: unknown, index) => toCanonical(item, what, `${path}[${index}]`))
  }
  if (typeof value === 'object' && isPlainObject(value)) {
    const result: JsonObject = {}
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key]
      if (item === undefined) continue
      result[key] = toCanonical(item, what, `${path}.${key}`)
    }
    return result
  }
  throw new UsageError(
    `${what}: the value at ${path} is a ${typeof value}, which JSON cannot represent.`
  )
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value) as unknown
  return prototype === Object.prototype || prototype === null
}

/**
 * Parses stored JSON bytes strictly (invalid UTF-8 is an error, not a replacement character), so
 * a damaged stored document is reported rather than half-read.
 */
export function parseJsonBytes(
  bytes: Uint8Array
): { ok: true; value: unknown } | { ok: false; problem: string } {
  try {
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) }
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message : String(error) }
  }
}

/** True for a JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
