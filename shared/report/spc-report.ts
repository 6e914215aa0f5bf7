import type { MetricKind } from '../spc/chart-choice.js'
import type { ChartResult, ChartType, RuleViolation } from '../spc/chart-types.js'
import type { DamagedRecord } from '../store/store.js'

/**
 * The JSON report of spc-check (schema: shared/report/schemas/spc-report.schema.json). One entry
 * per charted metric, each carrying the full chart (every point with its value, centre line,
 * limits, zone and the rules it violates), the rule hits by rule id with 1-based point indices,
 * and which points were judged for this run.
 *
 * "This run" is the point this run added to the history (stateful mode); in stateless mode, and
 * when the history is only read, it is the newest point. `in_control` is false when a rule with
 * severity error fires on such a point. Older violations are history: reported, never failed on
 * again.
 */
export const SPC_REPORT_SCHEMA_ID = 'https://tollgate.dev/schemas/spc-report.schema.json'

export type SpcFailOn = 'error' | 'warn' | 'never'

export type SpcChartStatus = 'in-control' | 'out-of-control' | 'warning' | 'collecting-baseline'

export interface SpcChartReport<M = unknown> {
  /** `<series>/<metric>`, or the series name in stateless mode. */
  name: string
  /** The metric within the series; null in stateless mode. */
  metric: string | null
  kind: MetricKind
  chart: ChartType
  status: SpcChartStatus
  /** No error-severity violation on this run's point(s). */
  in_control: boolean
  /** Points in the series. */
  points: number
  /** 1-based indices of the points judged for this run. */
  current: number[]
  /** Violations on those points (every severity). */
  current_violations: RuleViolation[]
  /** Rule id → 1-based indices of the points it flags, over the whole series. */
  rule_hits: Record<string, number[]>
  /** Why no chart was computed yet (too few points), else null. */
  note: string | null
  /** The chart; null while collecting the baseline. */
  result: ChartResult<M> | null
}

export interface SpcReport<M = unknown> {
  $schema: string
  tool: { name: 'tollgate'; version: string }
  action: 'spc-check'
  generated_at: string
  /** 'history': metrics recorded in and charted from a store; 'values': a given series. */
  mode: 'history' | 'values'
  series: string
  /** The store ("directory …", "GitHub owner/repo"); null in stateless mode. */
  store: string | null
  /** This run's record: its key and whether it was written now or already there (a re-run). */
  record: { key: string; outcome: 'created' | 'exists' } | null
  fail_on: SpcFailOn
  /** No error-severity violation on this run's points of any chart. */
  in_control: boolean
  /** Whether the step passes at the fail_on level. */
  passed: boolean
  summary: {
    charts: number
    out_of_control: number
    collecting_baseline: number
    /** Violations over all points of all charts. */
    violations: number
    /** Violations on this run's points (every severity). */
    current_violations: number
    /** Of those, with severity error. */
    current_errors: number
  }
  /** History entries that could not be read; reported and skipped, never dropped silently. */
  damaged_records: DamagedRecord[]
  /** Earlier attempts of re-run workflow runs, replaced by their latest attempt. */
  superseded_records: { key: string; by: string }[]
  warnings: string[]
  charts: SpcChartReport<M>[]
}

/** Rule id → 1-based indices over all panels (a point flagged on two panels is listed once). */
export function ruleHits(violations: readonly RuleViolation[]): Record<string, number[]> {
  const hits: Record<string, number[]> = {}
  for (const violation of violations) {
    const list = (hits[violation.rule] ??= [])
    if (!list.includes(violation.index)) list.push(violation.index)
  }
  return hits
}

/** The report entry of one computed chart, judged on its `current` points. */
export function chartReport<M>(input: {
  name: string
  metric: string | null
  kind: MetricKind
  result: ChartResult<M>
  current: readonly number[]
}): SpcChartReport<M> {
  const { result } = input
  const current = [...input.current]
  const currentViolations = result.violations.filter((violation) =>
    current.includes(violation.index)
  )
  const inControl = !currentViolations.some((violation) => violation.severity === 'error')
  return {
    name: input.name,
    metric: input.metric,
    kind: input.kind,
    chart: result.chart,
    status: !inControl ? 'out-of-control' : currentViolations.length > 0 ? 'warning' : 'in-control',
    in_control: inControl,
    points: result.panels[0]?.points.length ?? 0,
    current,
    current_violations: currentViolations,
    rule_hits: ruleHits(result.violations),
    note: null,
    result
  }
}

/** The entry of a chart that has too few points to estimate limits yet. */
export function collectingReport<M>(input: {
  name: string
  metric: string | null
  kind: MetricKind
  chart: ChartType
  points: number
  needed: number
}): SpcChartReport<M> {
  return {
    name: input.name,
    metric: input.metric,
    kind: input.kind,
    chart: input.chart,
    status: 'collecting-baseline',
    in_control: true,
    points: input.points,
    current: input.points > 0 ? [input.points] : [],
    current_violations: [],
    rule_hits: {},
    note:
      `${input.points} point${input.points === 1 ? '' : 's'} so far; limits need at least ` +
      `${input.needed} baseline points, so nothing is judged yet`,
    result: null
  }
}

/** The whole report, with the verdict at the `failOn` level. */
export function buildSpcReport<M>(input: {
  mode: SpcReport['mode']
  series: string
  store: string | null
  record: SpcReport['record']
  failOn: SpcFailOn
  charts: SpcChartReport<M>[]
  damaged: DamagedRecord[]
  superseded: { key: string; by: string }[]
  warnings: string[]
  generatedAt: string
  version: string
}): SpcReport<M> {
  const { charts } = input
  const currentViolations = charts.flatMap((chart) => chart.current_violations)
  const currentErrors = currentViolations.filter((violation) => violation.severity === 'error')
  const inControl = currentErrors.length === 0
  const passed =
    input.failOn === 'never' ||
    (input.failOn === 'error' ? inControl : currentViolations.length === 0)
  return {
    $schema: SPC_REPORT_SCHEMA_ID,
    tool: { name: 'tollgate', version: input.version },
    action: 'spc-check',
    generated_at: input.generatedAt,
    mode: input.mode,
    series: input.series,
    store: input.store,
    record: input.record,
    fail_on: input.failOn,
    in_control: inControl,
    passed,
    summary: {
      charts: charts.length,
      out_of_control: charts.filter((chart) => !chart.in_control).length,
      collecting_baseline: charts.filter((chart) => chart.status === 'collecting-baseline').length,
      violations: charts.reduce((sum, chart) => sum + (chart.result?.violations.length ?? 0), 0),
      current_violations: currentViolations.length,
      current_errors: currentErrors.length
    },
    damaged_records: input.damaged,
    superseded_records: input.superseded,
    warnings: input.warnings,
    charts
  }
}
