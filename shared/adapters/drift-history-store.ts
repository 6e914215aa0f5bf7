import { driftHistoryRecord } from '../drift-report/drift-history.js'
import type { DriftReport } from '../drift-report/drift-report.js'
import {
  assertSpcSeriesName,
  historyRecordKey,
  historySeriesName
} from '../spc-history/series-naming.js'
import { serializeSpcRecord, type SpcRunIdentity } from '../spc-history/spc-record.js'
import { ConflictError } from '../store/store-errors.js'
import type { CreateOutcome, Store } from '../store/store.js'

export interface DriftHistoryWrite {
  /** The spc-check series (`series` input of spc-check). */
  series: string
  /** The store series the record went to. */
  storeSeries: string
  key: string
  /** 'exists' when this run attempt had already written the identical record. */
  outcome: CreateOutcome
}

/**
 * Appends this run's drift scores to the subject's spc-check history (drift-history.ts). The key
 * is the run id and attempt, so re-running the same attempt finds its own identical record
 * ('exists') instead of adding a second point; different scores under the same key are refused.
 */
export async function appendDriftHistory(
  store: Store,
  report: DriftReport,
  series: string,
  run: SpcRunIdentity
): Promise<DriftHistoryWrite> {
  assertSpcSeriesName(series)
  const storeSeries = historySeriesName(series)
  const key = historyRecordKey(run.id, run.attempt)
  const bytes = serializeSpcRecord(driftHistoryRecord(report, series, run))
  try {
    const outcome = await store.appendRecord(storeSeries, key, bytes)
    return { series, storeSeries, key, outcome }
  } catch (error) {
    if (error instanceof ConflictError) {
      throw new ConflictError(
        `Run ${run.id} attempt ${run.attempt} already recorded different drift scores for ${series} ` +
          `in ${store.location}; a re-run of the same attempt must read the same data. ${error.message}`
      )
    }
    throw error
  }
}
