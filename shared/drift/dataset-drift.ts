import type { ColumnDriftResult } from './drift-result.js'

/**
 * Dataset-level drift as Evidently decides it (`data_drift.py::get_dataset_drift`,
 * statistics-reference §2.1): share = drifted columns / tested columns, and the dataset drifts
 * when share ≥ drift_share (0.5 by default) — exactly half drifted IS dataset drift.
 * Columns whose test could not run (status 'error': empty side, bad profile, wrong method) are
 * listed separately and left out of both counts; with no tested column there is no drift.
 */
export const DEFAULT_DRIFT_SHARE = 0.5

export interface DatasetDriftResult {
  tested_columns: number
  drifted_columns: number
  share: number
  drift_share: number
  dataset_drift: boolean
  drifted: string[]
  errors: { column: string; error: string }[]
  /** False when any tested column came from an approximate (profile) reference. */
  exact: boolean
}

export function datasetDrift(
  columns: readonly ColumnDriftResult[],
  driftShare: number = DEFAULT_DRIFT_SHARE
): DatasetDriftResult {
  const tested = columns.filter((column) => column.status === 'ok')
  const drifted = tested.filter((column) => column.drifted).map((column) => column.column)
  const share = tested.length === 0 ? 0 : drifted.length / tested.length
  return {
    tested_columns: tested.length,
    drifted_columns: drifted.length,
    share,
    drift_share: driftShare,
    dataset_drift: tested.length > 0 && share >= driftShare,
    drifted,
    errors: columns
      .filter((column) => column.status === 'error')
      .map((column) => ({ column: column.column, error: column.error ?? 'unknown error' })),
    exact: tested.every((column) => column.exact)
  }
}
