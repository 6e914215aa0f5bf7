import { createHash } from 'node:crypto'
import { IntegrityError } from '../errors.js'

/** Size and SHA-256 of stored bytes, as recorded when they were written. */
export interface ContentDigest {
  /** Length in bytes. */
  size: number
  /** Lower-case hexadecimal SHA-256 (64 characters). */
  sha256: string
}

/** Lower-case hexadecimal SHA-256 of the bytes (the form GitHub shows as `digest: sha256:<hex>`). */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** The digest of bytes about to be stored. */
export function digestOf(bytes: Uint8Array): ContentDigest {
  return { size: bytes.byteLength, sha256: sha256Hex(bytes) }
}

/** True when the value looks like a hexadecimal SHA-256 as this module writes it. */
export function isSha256Hex(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{64}$/.test(value)
}

/**
 * Checks bytes read back from a store against the digest recorded at write time, so a truncated
 * download, a flipped bit on disk or a tampered asset is reported instead of being used.
 * `what` names the stored item in the error ("file model.json of bundle churn@v0.0.1").
 */
export function verifyDigest(bytes: Uint8Array, expected: ContentDigest, what: string): void {
  if (bytes.byteLength !== expected.size) {
    throw new IntegrityError(
      `${what} is damaged: it has ${bytes.byteLength} bytes but ${expected.size} were recorded ` +
        'when it was written.'
    )
  }
  const actual = sha256Hex(bytes)
  if (actual !== expected.sha256) {
    throw new IntegrityError(
      `${what} is damaged: its sha256 is ${actual} but ${expected.sha256} was recorded when it ` +
        'was written.'
    )
  }
}
