import { UsageError } from '../errors.js'
import { assertRecordKey, assertSeriesName } from '../store/store-names.js'

/**
 * How spc-check names things. A user's `series` (e.g. `orders`) is one store series holding one
 * record per run, `spc-history.<series>`; every metric in those records is charted as its own control
 * chart named `<series>/<metric>` (`orders/rows`, `orders/email.null_fraction`). A run's record
 * key is `<run id>-<attempt>`, so a re-run of the same attempt finds its own record (idempotent)
 * and a new attempt writes a new one.
 */

/** Prefix of the store series that hold spc-check histories. */
export const HISTORY_SERIES_PREFIX = 'spc-history.'

const SERIES_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/

/**
 * Checks a user's series name. Store series become release-asset names on GitHub, which allow only
 * `[A-Za-z0-9._-]`, so the name is checked here with a message about the `series` input rather
 * than about store internals.
 */
export function assertSpcSeriesName(series: string): void {
  if (!SERIES_NAME.test(series) || series.includes('..') || series.endsWith('.')) {
    throw new UsageError(
      `The series name ${JSON.stringify(series)} is not allowed: use letters, digits and the ` +
        'characters . _ -, starting with a letter or digit (it names the history in the store)'
    )
  }
  assertSeriesName(historySeriesName(series))
}

/** The store series holding the history of a user's series. */
export function historySeriesName(series: string): string {
  return `${HISTORY_SERIES_PREFIX}${series}`
}

/** The chart name of one metric of a series, `<series>/<metric>`. */
export function chartSeriesName(series: string, metric: string): string {
  return `${series}/${metric}`
}

/** The record key of one workflow run attempt, `<run id>-<attempt>`. */
export function historyRecordKey(runId: string, attempt: number): string {
  const key = `${runId}-${attempt}`
  assertRecordKey(key)
  return key
}
