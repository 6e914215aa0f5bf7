import { InputError } from '../errors.js'
import type { SourceLocation } from '../errors.js'

/**
 * Validated reading of a serialised sketch. Profiles travel between workers, matrix shards and
 * runs as JSON files a user can edit or truncate, so every field is checked and a bad one is an
 * InputError naming the file (and column, when the caller puts it in the location), the sketch
 * and the field — never a NaN that surfaces later as a wrong quantile.
 */
export class SketchJsonReader {
  private readonly fields: Record<string, unknown>

  /**
   * @param json the parsed JSON value
   * @param location where it came from (file, and `field` = column name when known)
   * @param sketchName how messages name the sketch, e.g. `quantile sketch`
   */
  constructor(
    json: unknown,
    readonly location: SourceLocation,
    readonly sketchName: string
  ) {
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      throw new InputError(
        location,
        `${sketchName}: expected a JSON object, got ${describeJsonValue(json)}`
      )
    }
    this.fields = json as Record<string, unknown>
  }

  /** Throws the InputError for this sketch with `detail` appended. */
  fail(detail: string): never {
    throw new InputError(this.location, `${this.sketchName}: ${detail}`)
  }

  /** Checks a fixed string field such as `type` or `hash`. */
  expectConstant(key: string, expected: string | number): void {
    const value = this.fields[key]
    if (value !== expected) {
      this.fail(`"${key}" must be ${JSON.stringify(expected)}, got ${describeJsonValue(value)}`)
    }
  }

  /** A required boolean. */
  boolean(key: string): boolean {
    const value = this.fields[key]
    if (typeof value !== 'boolean')
      this.fail(`"${key}" must be true or false, got ${describeJsonValue(value)}`)
    return value
  }

  /** A required string. */
  string(key: string): string {
    const value = this.fields[key]
    if (typeof value !== 'string')
      this.fail(`"${key}" must be a string, got ${describeJsonValue(value)}`)
    return value
  }

  /** A required finite number within [min, max]. */
  number(key: string, min = -Infinity, max = Infinity): number {
    const value = this.fields[key]
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
      this.fail(
        `"${key}" must be a finite number in [${min}, ${max}], got ${describeJsonValue(value)}`
      )
    }
    return value
  }

  /** A required finite number, or null (for statistics of an empty sketch). */
  numberOrNull(key: string): number | null {
    const value = this.fields[key]
    if (value === null) return null
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.fail(`"${key}" must be a finite number or null, got ${describeJsonValue(value)}`)
    }
    return value
  }

  /** A required integer within [min, max] (counts are exact integers up to 2^53). */
  integer(key: string, min = 0, max = Number.MAX_SAFE_INTEGER): number {
    const value = this.fields[key]
    if (!Number.isSafeInteger(value) || (value as number) < min || (value as number) > max) {
      this.fail(`"${key}" must be an integer in [${min}, ${max}], got ${describeJsonValue(value)}`)
    }
    return value as number
  }

  /** A required array. */
  array(key: string): unknown[] {
    const value = this.fields[key]
    if (!Array.isArray(value))
      this.fail(`"${key}" must be an array, got ${describeJsonValue(value)}`)
    return value
  }

  /** A nested object read with the same location, named `sketchName.key` in messages. */
  object(key: string): SketchJsonReader {
    return new SketchJsonReader(this.fields[key], this.location, `${this.sketchName} "${key}"`)
  }
}

/** A short description of an unexpected JSON value for error messages. */
export function describeJsonValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)'
  if (value === null) return 'null'
  if (Array.isArray(value)) return `an array of ${value.length}`
  if (typeof value === 'object') return 'an object'
  const text = JSON.stringify(value)
  return text.length > 40 ? `${text.slice(0, 37)}...` : text
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

/** Standard base64 (RFC 4648 §4, padded) of bytes. */
export function encodeBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')
}

/**
 * Decodes strict base64; Node's own decoder skips invalid characters silently, which would turn
 * a corrupted file into a plausible but wrong sketch, so the alphabet and padding are checked.
 */
export function decodeBase64(text: string, reader: SketchJsonReader, key: string): Uint8Array {
  if (!BASE64.test(text)) reader.fail(`"${key}" is not valid base64`)
  const buffer = Buffer.from(text, 'base64')
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}
