import { InputError } from '../errors.js'
import { PROFILE_FORMAT } from '../profile/data-profile.js'
import { isJsonObject } from '../store/canonical-json.js'
import type { MetricPoint } from './metric-point.js'
import { describeShape, metricNameProblem, readMetricPoint } from './metric-point.js'

/**
 * The metrics of one run, taken from what the pipeline already produces (issue: "metrics per
 * run"): a validate-data profile, a validate-data report, or the user's own JSON of named metrics
 * (durations, business KPIs). Names are chosen so the same column or check gives the same metric
 * name every run:
 * - `rows` (measurement): rows read;
 * - `<column>.null_fraction` (proportion): null cells of all rows → p chart;
 * - `<column>.mean`, `<column>.std` (measurement): numeric columns only;
 * - `<column>.distinct` (measurement): distinct values (estimated beyond the exact limit);
 * - `failed_checks`, `warned_checks` (defect count): checks failing at error / warn severity;
 * - `<check id>.unexpected` (proportion): failing elements of one check (unexpected_count of
 *   element_count), for checks that count elements.
 */

/** Where a metric came from, for messages when two sources disagree. */
export interface SourcedMetric {
  point: MetricPoint
  source: string
}

/** What a parsed metrics file is, recognised from its own markers. */
export type MetricsFileKind = 'profile' | 'validate-report' | 'metrics'

export function metricsFileKind(document: unknown): MetricsFileKind {
  if (isJsonObject(document)) {
    if (document.format === PROFILE_FORMAT) return 'profile'
    if (document.action === 'validate-data' && isJsonObject(document.summary)) {
      return 'validate-report'
    }
  }
  return 'metrics'
}

/** The metrics in one parsed file; InputErrors name the file and the metric. */
export function extractMetrics(document: unknown, file: string): Record<string, MetricPoint> {
  switch (metricsFileKind(document)) {
    case 'profile':
      return profileMetrics(document as Record<string, unknown>, file)
    case 'validate-report':
      return reportMetrics(document as Record<string, unknown>, file)
    case 'metrics':
      return userMetrics(document, file)
  }
}

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value)

function malformed(file: string, what: string, detail: string): InputError {
  return new InputError({ file }, `this ${what} is malformed: ${detail}`)
}

function profileMetrics(
  profile: Record<string, unknown>,
  file: string
): Record<string, MetricPoint> {
  const metrics: Record<string, MetricPoint> = {}
  if (!isFiniteNumber(profile.rows) || profile.rows < 0) {
    throw malformed(file, 'validate-data profile', 'rows is not a count')
  }
  metrics.rows = { kind: 'measurement', value: profile.rows }
  if (!Array.isArray(profile.columns)) {
    throw malformed(file, 'validate-data profile', 'columns is not a list')
  }
  for (const column of profile.columns as unknown[]) {
    if (!isJsonObject(column) || typeof column.name !== 'string') {
      throw malformed(file, 'validate-data profile', 'a column has no name')
    }
    const name = column.name
    const rows = column.count
    const nulls = column.nulls
    if (isFiniteNumber(rows) && rows > 0 && isFiniteNumber(nulls) && nulls >= 0 && nulls <= rows) {
      metrics[`${name}.null_fraction`] = { kind: 'proportion', count: nulls, size: rows }
    }
    for (const statistic of ['mean', 'std', 'distinct'] as const) {
      const value = column[statistic]
      if (isFiniteNumber(value)) metrics[`${name}.${statistic}`] = { kind: 'measurement', value }
    }
  }
  return checkNames(metrics, file)
}

function reportMetrics(report: Record<string, unknown>, file: string): Record<string, MetricPoint> {
  const metrics: Record<string, MetricPoint> = {}
  const summary = report.summary as Record<string, unknown>
  const data = report.data
  if (!isJsonObject(data) || !isFiniteNumber(data.rows) || data.rows < 0) {
    throw malformed(file, 'validate-data report', 'data.rows is not a count')
  }
  metrics.rows = { kind: 'measurement', value: data.rows }
  for (const [metric, field] of [
    ['failed_checks', 'failed'],
    ['warned_checks', 'warnings']
  ] as const) {
    const count = summary[field]
    if (!isFiniteNumber(count) || count < 0) {
      throw malformed(file, 'validate-data report', `summary.${field} is not a count`)
    }
    metrics[metric] = { kind: 'defect-count', count }
  }
  if (!Array.isArray(report.results)) {
    throw malformed(file, 'validate-data report', 'results is not a list')
  }
  for (const result of report.results as unknown[]) {
    if (!isJsonObject(result) || typeof result.id !== 'string') {
      throw malformed(file, 'validate-data report', 'a result has no id')
    }
    const unexpected = result.unexpected_count
    const elements = result.element_count
    if (
      isFiniteNumber(unexpected) &&
      isFiniteNumber(elements) &&
      elements > 0 &&
      unexpected >= 0 &&
      unexpected <= elements
    ) {
      metrics[`${result.id}.unexpected`] = { kind: 'proportion', count: unexpected, size: elements }
    }
  }
  return checkNames(metrics, file)
}

/**
 * The user's JSON: an object of metric name → observation, in the forms `readMetricPoint` takes:
 * `{"duration_s": 312.5, "latency_ms": [12, 15, 11], "bad_rows": {"count": 3, "size": 1000},
 * "incidents": {"count": 2}, "errors": {"count": 4, "exposure": 1.2}}`.
 */
function userMetrics(document: unknown, file: string): Record<string, MetricPoint> {
  if (!isJsonObject(document)) {
    throw new InputError(
      { file },
      'expected a validate-data profile or report, or a JSON object of named metrics ' +
        '(e.g. {"duration_s": 312.5, "bad_rows": {"count": 3, "size": 1000}})'
    )
  }
  const metrics: Record<string, MetricPoint> = {}
  for (const [name, raw] of Object.entries(document)) {
    const nameProblem = metricNameProblem(name)
    if (nameProblem !== undefined) throw new InputError({ file, field: name }, nameProblem)
    const point = readMetricPoint(raw)
    if ('problem' in point)
      throw new InputError(
        { file, field: name },
        `metric ${JSON.stringify(name)}: ${point.problem}`
      )
    metrics[name] = point
  }
  if (Object.keys(metrics).length === 0) throw new InputError({ file }, 'the file names no metrics')
  return metrics
}

function checkNames(
  metrics: Record<string, MetricPoint>,
  file: string
): Record<string, MetricPoint> {
  for (const name of Object.keys(metrics)) {
    const problem = metricNameProblem(name)
    if (problem !== undefined) throw new InputError({ file, field: name }, problem)
  }
  return metrics
}

/**
 * Merges the metrics of several files. A metric in two files must agree exactly (a profile and
 * a report of the same data both give `rows`); otherwise the run is ambiguous and the error names
 * both files.
 */
export function mergeMetrics(
  files: readonly { file: string; metrics: Readonly<Record<string, MetricPoint>> }[]
): Record<string, MetricPoint> {
  const merged = new Map<string, SourcedMetric>()
  for (const { file, metrics } of files) {
    for (const [name, point] of Object.entries(metrics)) {
      const earlier = merged.get(name)
      if (earlier === undefined) {
        merged.set(name, { point, source: file })
        continue
      }
      if (JSON.stringify(earlier.point) !== JSON.stringify(point)) {
        throw new InputError(
          { file, field: name },
          `metric ${JSON.stringify(name)} is ${describeShape(point)} ${JSON.stringify(point)} here ` +
            `but ${JSON.stringify(earlier.point)} in ${earlier.source}; give each metric once`
        )
      }
    }
  }
  const result: Record<string, MetricPoint> = {}
  for (const [name, { point }] of merged) result[name] = point
  return result
}
