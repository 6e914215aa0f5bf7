import { InputError } from '../errors.js'
import type { MetricPoint } from './metric-point.js'
import { describeShape, sameShape } from './metric-point.js'
import { chartSeriesName } from './series-naming.js'
import type { SpcRecord } from './spc-record.js'

/**
 * Turns a history (records in store order, oldest first) into one sequence of points per metric.
 * A run has one point: when a workflow run is re-run, its latest attempt's record stands for the
 * run and the earlier attempts are listed as superseded (they stay in the store, immutable), so a
 * re-run does not chart the same data twice and bias the run rules.
 */

/** A readable record with the store's metadata. */
export interface HistoryEntry {
  key: string
  /** When the store wrote it (ISO-8601 UTC): the order of the points. */
  createdAt: string
  record: SpcRecord
}

/** What every charted point carries through computeChart into the report. */
export interface PointLabel {
  /** The record key, `<run id>-<attempt>`. */
  key: string
  run: string
  attempt: number
  created_at: string
  sha: string
}

export interface SupersededRecord {
  key: string
  /** The key of the later attempt that stands for the run. */
  by: string
}

export interface RunHistory {
  entries: HistoryEntry[]
  superseded: SupersededRecord[]
}

/** Keeps the latest attempt of each run, in store order. */
export function latestAttempts(entries: readonly HistoryEntry[]): RunHistory {
  const latest = new Map<string, HistoryEntry>()
  for (const entry of entries) {
    const seen = latest.get(entry.record.run.id)
    if (seen === undefined || entry.record.run.attempt > seen.record.run.attempt) {
      latest.set(entry.record.run.id, entry)
    }
  }
  const kept: HistoryEntry[] = []
  const superseded: SupersededRecord[] = []
  for (const entry of entries) {
    const winner = latest.get(entry.record.run.id)!
    if (winner === entry) kept.push(entry)
    else superseded.push({ key: entry.key, by: winner.key })
  }
  return { entries: kept, superseded }
}

export interface LabelledPoint {
  point: MetricPoint
  label: PointLabel
}

/** Metric names present in any entry, sorted. */
export function metricNames(entries: readonly HistoryEntry[]): string[] {
  const names = new Set<string>()
  for (const entry of entries) for (const name of Object.keys(entry.record.metrics)) names.add(name)
  return [...names].sort()
}

/**
 * The points of one metric in history order (runs without the metric have no point). Every point
 * must have the shape of `reference` (normally this run's point): a metric that changed from a
 * value to a count cannot share a chart, and the error names the series, the point and the run.
 */
export function metricSeries(
  entries: readonly HistoryEntry[],
  series: string,
  metric: string,
  reference?: MetricPoint
): LabelledPoint[] {
  const points: LabelledPoint[] = []
  for (const entry of entries) {
    const point = entry.record.metrics[metric]
    if (point === undefined) continue
    points.push({
      point,
      label: {
        key: entry.key,
        run: entry.record.run.id,
        attempt: entry.record.run.attempt,
        created_at: entry.createdAt,
        sha: entry.record.run.sha
      }
    })
  }
  const model = reference ?? points[points.length - 1]?.point
  if (model !== undefined) {
    points.forEach(({ point, label }, i) => {
      if (!sameShape(point, model)) {
        throw new InputError(
          { field: chartSeriesName(series, metric) },
          `point ${i + 1} (run ${label.key}) is ${describeShape(point)} but this run's point is ` +
            `${describeShape(model)}; one chart needs one kind of observation — give the ` +
            'changed metric a new name'
        )
      }
    })
  }
  return points
}
