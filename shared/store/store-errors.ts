import { TollgateError } from '../errors.js'

/**
 * A write that would change something already stored: the same bundle name, record key or claim
 * with different content. Stored items are immutable (DESIGN.md §3), so the second writer is told
 * instead of overwriting; an idempotent re-run that writes identical content never sees this.
 */
export class ConflictError extends TollgateError {
  override name = 'ConflictError'
}
