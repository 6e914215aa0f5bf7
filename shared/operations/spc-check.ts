import { basename, extname } from 'node:path'
import { readUserJson } from '../adapters/user-files.js'
import { IntegrityError, InputError, UsageError, errorMessage } from '../errors.js'
import { buildSpcReport, chartReport, collectingReport } from '../report/spc-report.js'
import type { SpcChartReport, SpcFailOn, SpcReport } from '../report/spc-report.js'
import { DEFAULT_BASELINE, MINIMUM_BASELINE } from '../spc/baseline-plan.js'
import { chooseChart } from '../spc/chart-choice.js'
import type { MetricKind } from '../spc/chart-choice.js'
import { CHART_NAMES } from '../spc/chart-types.js'
import type { ChartInputPoint, ChartType } from '../spc/chart-types.js'
import { computeChart } from '../spc/compute-chart.js'
import { isAttributeChart } from '../spc/rule-selection.js'
import { extractMetrics, mergeMetrics } from '../spc-history/metric-extraction.js'
import type { MetricPoint } from '../spc-history/metric-point.js'
import { chartInput, chartsForKind, metricKindOf } from '../spc-history/metric-point.js'
import { latestAttempts, metricNames, metricSeries } from '../spc-history/metric-series.js'
import type { HistoryEntry, PointLabel } from '../spc-history/metric-series.js'
import { chartOptionsFor, isCharted, settingsForMetric } from '../spc-history/metric-settings.js'
import type { MetricSettings, SpcSettings } from '../spc-history/metric-settings.js'
import {
  assertSpcSeriesName,
  chartSeriesName,
  historyRecordKey,
  historySeriesName
} from '../spc-history/series-naming.js'
import { buildSpcRecord, parseSpcRecord, serializeSpcRecord } from '../spc-history/spc-record.js'
import type { SpcRecord, SpcRunIdentity } from '../spc-history/spc-record.js'
import { ConflictError } from '../store/store-errors.js'
import type { DamagedRecord, RecordInfo, Store } from '../store/store.js'
import { TOLLGATE_VERSION } from '../version.js'
import { readValuesFile } from './spc-values.js'
import type { ValuesLabel } from './spc-values.js'

/**
 * spc-check end to end, without GitHub reporting (the action and the CLI decide where results go):
 * - history mode: read this run's metrics, append one immutable record to the series' history in
 *   the store (key `<run id>-<attempt>`, idempotent), read the whole history back, and chart every
 *   metric of this run against limits frozen from its baseline;
 * - values mode (stateless): chart one given series without a store.
 * The point judged is this run's own point (history mode) or the newest point; see spc-report.ts.
 */

/** Records read from a store at the same time (each is one download on GitHub). */
const READ_CONCURRENCY = 8

export interface SpcHistoryRequest {
  mode: 'history'
  series: string
  /** Metric files of this run; empty = only chart what the history holds (no record written). */
  metricsPaths: readonly string[]
  store: Store
  run: SpcRunIdentity
  config: SpcSettings
  /** Settings the user gave as inputs / flags (explicitly), for every metric. */
  inputs: MetricSettings
  /** Metric names or globs to chart; overrides the config's include. */
  include?: readonly string[]
  failOn: SpcFailOn
  /** ms since epoch, for the report. */
  now: number
}

export interface SpcValuesRequest {
  mode: 'values'
  valuesPath: string
  /** Series name for the report and messages (default: the file name). */
  series?: string
  config: SpcSettings
  inputs: MetricSettings
  failOn: SpcFailOn
  now: number
  cwd?: string
}

export type SpcCheckRequest = SpcHistoryRequest | SpcValuesRequest

export type SpcCheckReport = SpcReport<PointLabel> | SpcReport<ValuesLabel>

export async function spcCheck(request: SpcHistoryRequest): Promise<SpcReport<PointLabel>>
export async function spcCheck(request: SpcValuesRequest): Promise<SpcReport<ValuesLabel>>
export async function spcCheck(request: SpcCheckRequest): Promise<SpcCheckReport>
export async function spcCheck(request: SpcCheckRequest): Promise<SpcCheckReport> {
  return request.mode === 'history' ? checkHistory(request) : checkValues(request)
}

// ---- stateless -------------------------------------------------------------------------------

async function checkValues(request: SpcValuesRequest): Promise<SpcReport<ValuesLabel>> {
  const { valuesPath } = request
  const series = request.series ?? basename(valuesPath, extname(valuesPath))
  const values = await readValuesFile(valuesPath, request.cwd)
  const settings = settingsForMetric(request.config, request.inputs, series)
  const chart = pickChart(series, values.kind, values.subgroupSize, settings)
  // Exclusions in the settings file name runs of a history; here only the given point numbers count.
  const exclude = (request.inputs.exclude ?? []).map((entry) => {
    const text = entry.trim()
    if (!/^\d+$/.test(text)) {
      throw new UsageError(
        `exclude lists ${JSON.stringify(entry)}; in stateless mode assignable causes are 1-based ` +
          `point numbers of ${valuesPath}`
      )
    }
    return Number(text)
  })
  const result = computeChart(
    chartOptionsFor({ chart, settings, points: values.points, series, exclude })
  )
  const report = chartReport({
    name: series,
    metric: null,
    kind: values.kind,
    result,
    current: [values.points.length]
  })
  return buildSpcReport({
    mode: 'values',
    series,
    store: null,
    record: null,
    failOn: request.failOn,
    charts: [report],
    damaged: [],
    superseded: [],
    warnings: [],
    generatedAt: new Date(request.now).toISOString(),
    version: TOLLGATE_VERSION
  })
}

/** The user's chart if it fits the points, else the automatic choice for their kind. */
function pickChart(
  name: string,
  kind: MetricKind,
  subgroupSize: number,
  settings: MetricSettings
): ChartType {
  const subgrouped = subgroupSize > 1
  const fitting = chartsForKind(kind, subgrouped)
  const requested = settings.chart === 'auto' ? undefined : settings.chart
  if (requested !== undefined && !fitting.includes(requested)) {
    const shape = subgrouped
      ? 'subgroups'
      : kind === 'measurement'
        ? 'single values'
        : `${kind} points`
    throw new InputError(
      { field: name },
      `${CHART_NAMES[requested]} cannot plot ${shape}; use ${fitting.join(', ')} (or auto)`
    )
  }
  return chooseChart({
    kind,
    subgroupSize,
    ...(requested === undefined ? {} : { chart: requested })
  })
}

// ---- history ---------------------------------------------------------------------------------

async function checkHistory(request: SpcHistoryRequest): Promise<SpcReport<PointLabel>> {
  const { series, store } = request
  assertSpcSeriesName(series)
  const storeSeries = historySeriesName(series)
  const warnings: string[] = []

  let own: { key: string; record: SpcRecord; outcome: 'created' | 'exists' } | undefined
  if (request.metricsPaths.length > 0) {
    const metrics = mergeMetrics(
      request.metricsPaths.map((file) => ({
        file,
        metrics: extractMetrics(readUserJson(file, 'metrics file'), file)
      }))
    )
    const record = buildSpcRecord({
      series,
      run: request.run,
      sources: request.metricsPaths,
      metrics
    })
    const key = historyRecordKey(request.run.id, request.run.attempt)
    const outcome = await appendOwnRecord(store, storeSeries, key, record)
    own = { key, record, outcome }
  }

  const { entries, damaged } = await readHistory(store, storeSeries, series)
  for (const entry of damaged) {
    warnings.push(
      `history record ${entry.key} of series ${series} is damaged and was skipped: ${entry.problem}`
    )
  }
  if (own !== undefined && !entries.some((entry) => entry.key === own.key)) {
    if (damaged.some((entry) => entry.key === own.key)) {
      throw new IntegrityError(
        `This run's own history record ${own.key} in ${store.location} cannot be read back; ` +
          'the run cannot be judged. Re-run the workflow to write a new attempt.'
      )
    }
    // A listing that does not show our record yet: chart it as the newest point.
    entries.push({
      key: own.key,
      createdAt: new Date(request.now).toISOString(),
      record: own.record
    })
  }
  const history = latestAttempts(entries)
  if (history.entries.length === 0) {
    throw new UsageError(
      `The series ${series} has no history in ${store.location} yet; give metrics to record ` +
        'this run (input `metrics`, option --metrics).'
    )
  }

  const include = request.include ?? request.config.include
  const names =
    own !== undefined ? Object.keys(own.record.metrics).sort() : metricNames(history.entries)
  const charts: SpcChartReport<PointLabel>[] = []
  const matchedExclusions = new Set<string>()
  for (const metric of names) {
    const settings = settingsForMetric(request.config, request.inputs, metric)
    if (!isCharted(include, settings, metric)) continue
    const chart = chartMetric({
      series,
      metric,
      settings,
      entries: history.entries,
      ownKey: own?.key,
      reference: own?.record.metrics[metric],
      matchedExclusions
    })
    if (chart !== undefined) charts.push(chart)
  }
  if (names.length > 0 && charts.length === 0) {
    warnings.push('no metric is charted: every metric is ignored or outside `include`')
  }
  const requestedExclusions = new Set([
    ...(request.inputs.exclude ?? []),
    ...(request.config.defaults.exclude ?? []),
    ...request.config.overrides.flatMap((override) => override.settings.exclude ?? [])
  ])
  for (const entry of requestedExclusions) {
    if (!matchedExclusions.has(entry)) {
      warnings.push(
        `exclude lists ${JSON.stringify(entry)}, which is no run id or record key of a charted point`
      )
    }
  }

  return buildSpcReport({
    mode: 'history',
    series,
    store: store.location,
    record: own === undefined ? null : { key: own.key, outcome: own.outcome },
    failOn: request.failOn,
    charts,
    damaged,
    superseded: history.superseded,
    warnings,
    generatedAt: new Date(request.now).toISOString(),
    version: TOLLGATE_VERSION
  })
}

async function appendOwnRecord(
  store: Store,
  storeSeries: string,
  key: string,
  record: SpcRecord
): Promise<'created' | 'exists'> {
  try {
    return await store.appendRecord(storeSeries, key, serializeSpcRecord(record))
  } catch (error) {
    if (error instanceof ConflictError) {
      throw new ConflictError(
        `Run ${record.run.id} attempt ${record.run.attempt} already recorded other metrics for ` +
          `series ${record.series}; history records are immutable. If two steps of one run chart ` +
          `the same series, give each its own series name. (${errorMessage(error)})`
      )
    }
    throw error
  }
}

/**
 * Every readable record of the series, in store order, and the damaged ones: entries the store
 * cannot list, bytes that fail their checksum, and content that is not a valid record.
 */
async function readHistory(
  store: Store,
  storeSeries: string,
  series: string
): Promise<{ entries: HistoryEntry[]; damaged: DamagedRecord[] }> {
  const listing = await store.listRecords(storeSeries)
  const damaged: DamagedRecord[] = [...listing.damaged]
  const results = await mapConcurrently(
    listing.records,
    READ_CONCURRENCY,
    async (info: RecordInfo): Promise<HistoryEntry | DamagedRecord> => {
      try {
        const bytes = await store.readRecord(storeSeries, info.key)
        if (bytes === undefined)
          return { key: info.key, problem: 'it was listed but could not be found' }
        const record = parseSpcRecord(bytes, series)
        if ('problem' in record) return { key: info.key, problem: record.problem }
        return { key: info.key, createdAt: info.createdAt, record }
      } catch (error) {
        if (error instanceof IntegrityError) return { key: info.key, problem: errorMessage(error) }
        throw error
      }
    }
  )
  const entries: HistoryEntry[] = []
  for (const result of results) {
    if ('problem' in result) damaged.push(result)
    else entries.push(result)
  }
  return { entries, damaged }
}

async function mapConcurrently<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>
): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await task(items[index]!)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

function chartMetric(input: {
  series: string
  metric: string
  settings: MetricSettings
  entries: readonly HistoryEntry[]
  ownKey: string | undefined
  reference: MetricPoint | undefined
  matchedExclusions: Set<string>
}): SpcChartReport<PointLabel> | undefined {
  const { series, metric, settings } = input
  const name = chartSeriesName(series, metric)
  const labelled = metricSeries(input.entries, series, metric, input.reference)
  if (labelled.length === 0) return undefined
  const model = input.reference ?? labelled[labelled.length - 1]!.point
  const { kind } = metricKindOf(model)
  const largest = Math.max(...labelled.map(({ point }) => metricKindOf(point).subgroupSize))
  const chart = pickChart(name, kind, largest, settings)

  const exclude: number[] = []
  for (const entry of settings.exclude ?? []) {
    labelled.forEach(({ label }, i) => {
      if (label.key === entry || label.run === entry) {
        input.matchedExclusions.add(entry)
        exclude.push(i + 1)
      }
    })
  }
  const baseline = settings.baseline ?? DEFAULT_BASELINE
  for (const index of exclude) {
    if (index > Math.min(baseline, labelled.length)) {
      const label = labelled[index - 1]!.label
      throw new InputError(
        { field: name },
        `exclude lists run ${label.key}, which is point ${index}, after the baseline (points ` +
          `1..${Math.min(baseline, labelled.length)}); only baseline points can be left out of ` +
          'the limits — raise baseline to re-baseline over it'
      )
    }
  }
  const uniqueExclude = [...new Set(exclude)].sort((a, b) => a - b)
  const current =
    input.ownKey === undefined
      ? labelled.length
      : labelled.findIndex(({ label }) => label.key === input.ownKey) + 1
  const usable = labelled.length - uniqueExclude.length
  const needsEstimation =
    settings.target === undefined || (!isAttributeChart(chart) && settings.sigma === undefined)
  if (needsEstimation && usable < MINIMUM_BASELINE) {
    return collectingReport({
      name,
      metric,
      kind,
      chart,
      points: labelled.length,
      needed: MINIMUM_BASELINE
    })
  }
  const points: ChartInputPoint<PointLabel>[] = labelled.map(({ point, label }) =>
    chartInput(point, label)
  )
  const result = computeChart(
    chartOptionsFor({ chart, settings, points, series: name, exclude: uniqueExclude })
  )
  return chartReport({ name, metric, kind, result, current: current > 0 ? [current] : [] })
}
