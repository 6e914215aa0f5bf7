import type { RecordInfo } from './store.js'
import { compareCodeUnits } from './store-names.js'

/**
 * The order every store lists records in: oldest first, then by key. Creation times come from
 * the store, so two readers of the same series always see the same sequence (an SPC history's
 * points, a deployment log).
 */
export function compareRecords(a: RecordInfo, b: RecordInfo): number {
  return compareCodeUnits(a.createdAt, b.createdAt) || compareCodeUnits(a.key, b.key)
}
