import type { RowMetric } from './metrics.js'

/**
 * Metrics per slice of the evaluation set (rows grouped by the value of one column, e.g.
 * region or device), so a model that is better on average but worse for one group is visible.
 * Rows are grouped once and each slice is evaluated through a row selection, without copying.
 */

export type SliceValue = string | number | boolean | null

export interface RowSlice {
  /** The column value shared by the slice's rows (null for missing values). */
  value: SliceValue
  /** Row indices in ascending order. */
  rows: Uint32Array
}

/**
 * Groups row indices by value, slices ordered by their first row so reports follow the data.
 * Values are compared with SameValueZero (1 and "1" are different slices).
 */
export function groupRowsBySlice(values: ArrayLike<SliceValue>): RowSlice[] {
  const groups = new Map<SliceValue, number[]>()
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!
    let rows = groups.get(value)
    if (rows === undefined) {
      rows = []
      groups.set(value, rows)
    }
    rows.push(i)
  }
  return Array.from(groups, ([value, rows]) => ({ value, rows: Uint32Array.from(rows) }))
}

export interface SliceMetricValue {
  value: SliceValue
  rowCount: number
  /** NaN when the metric is undefined on the slice (e.g. AUC of a one-class slice). */
  metric: number
}

/** One prepared metric evaluated on every slice. */
export function metricBySlice(metric: RowMetric, slices: readonly RowSlice[]): SliceMetricValue[] {
  return slices.map((slice) => ({
    value: slice.value,
    rowCount: slice.rows.length,
    metric: metric(slice.rows)
  }))
}
