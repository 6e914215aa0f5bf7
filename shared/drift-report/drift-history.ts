import { DRIFT_METHODS } from '../drift/drift-methods.js'
import type { MetricPoint } from '../spc-history/metric-point.js'
import { MAX_METRIC_NAME_LENGTH } from '../spc-history/metric-point.js'
import { buildSpcRecord, type SpcRecord, type SpcRunIdentity } from '../spc-history/spc-record.js'
import type { DriftReport } from './drift-report.js'

/**
 * A drift run as an SPC point. drift-check appends one spc-check history record per run to the
 * subject's series (`drift-<subject>`, in the store under historySeriesName, key `<run id>-<attempt>`),
 * so `spc-check` with `series: drift-<subject>` charts drift over time without further input.
 * The same numbers are also written as a flat metrics JSON `{ "<metric>": number }` (the user
 * metrics file spc-check reads) for pipelines that keep their own series.
 *
 * Metrics:
 * - `share` (proportion: drifted of tested columns → p chart; a plain number in the flat JSON);
 * - `drifted_columns`, `schema_changes` (counts → c chart);
 * - `<method>:<column>` (measurement): the score compared with the threshold — a p-value for
 *   ks, chisquare and z, the distance otherwise — per tested column with a finite score. The
 *   method is part of the name, so a series never mixes a p-value with a distance when the
 *   automatic choice changes;
 * - `<method>-statistic:<column>` (measurement): for the p-value tests, the test statistic
 *   (KS D, χ², z), which unlike a p-value does not collapse to 0 under large drift.
 * Column names are kept except `/` (spc-check's series/metric separator, written `∕`) and
 * control characters.
 */
export function driftHistoryMetrics(report: DriftReport): Record<string, MetricPoint> {
  const metrics: Record<string, MetricPoint> = {}
  const { dataset } = report
  if (dataset.tested_columns > 0) {
    metrics.share = {
      kind: 'proportion',
      count: dataset.drifted_columns,
      size: dataset.tested_columns
    }
  }
  metrics.drifted_columns = { kind: 'defect-count', count: dataset.drifted_columns }
  metrics.schema_changes = { kind: 'defect-count', count: report.schema_changes.length }
  for (const entry of report.columns) {
    const test = entry.test
    if (entry.status !== 'tested' || test === undefined || test.method === null) continue
    const column = metricColumnName(entry.column)
    const add = (name: string, value: number | null): void => {
      if (value === null || name.length > MAX_METRIC_NAME_LENGTH || name in metrics) return
      metrics[name] = { kind: 'measurement', value }
    }
    add(`${test.method}:${column}`, test.score)
    if (DRIFT_METHODS[test.method].scoreKind === 'p_value') {
      add(`${test.method}-statistic:${column}`, test.statistic)
    }
  }
  return metrics
}

/** The same metrics as plain numbers (the proportion `share` as its ratio). */
export function driftMetricsJson(report: DriftReport): Record<string, number> {
  const flat: Record<string, number> = {}
  for (const [name, point] of Object.entries(driftHistoryMetrics(report))) {
    if (point.kind === 'proportion') flat[name] = point.count / point.size
    else if (point.kind === 'measurement' && 'value' in point) flat[name] = point.value
    else if (point.kind === 'defect-count') flat[name] = point.count
  }
  return flat
}

/** The spc-check history record of this run (no wall-clock time: re-runs write identical bytes). */
export function driftHistoryRecord(
  report: DriftReport,
  series: string,
  run: SpcRunIdentity
): SpcRecord {
  return buildSpcRecord({
    series,
    run,
    sources: [report.reference.source, report.current.source],
    metrics: driftHistoryMetrics(report)
  })
}

function metricColumnName(column: string): string {
  // eslint-disable-next-line no-control-regex
  return column.replace(/\//g, '∕').replace(/[\u0000-\u001f\u007f]/g, '?')
}
