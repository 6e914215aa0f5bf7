import { CHART_NAMES } from '../spc/chart-types.js'
import type { ChartPoint, RuleViolation } from '../spc/chart-types.js'
import { codeSpan, escapeMarkdown } from './escape.js'
import { controlChartMermaid, plotNumber } from './spc-control-chart.js'
import type { SpcChartReport, SpcChartStatus, SpcReport } from './spc-report.js'

/**
 * Markdown for spc-check's job summary and PR comment: the verdict, one table row per chart
 * (this run's value against its limits), then a Mermaid control chart per chart with the
 * violating points listed below it. Charts out of control on this run come first. The compact
 * form (PR comment) draws only the charts with violations on this run.
 */

const STATUS_TEXT: Record<SpcChartStatus, string> = {
  'in-control': '✅ in control',
  'out-of-control': '❌ out of control',
  warning: '⚠️ warning',
  'collecting-baseline': '⏳ collecting baseline'
}

/** Charts drawn in the job summary; the rest are in the table and the JSON report. */
export const MAX_SUMMARY_CHARTS = 20
/** Violating points listed under one chart. */
export const MAX_LISTED_VIOLATIONS = 20

export interface SpcSummaryOptions {
  /** PR comment: draw only charts with violations on this run. */
  compact?: boolean
}

export function spcSummaryMarkdown(report: SpcReport, options: SpcSummaryOptions = {}): string {
  const { summary } = report
  const verdict = report.in_control
    ? summary.current_violations > 0
      ? '⚠️ in control, with warnings'
      : '✅ in control'
    : '❌ out of control'
  const lines = [`### Tollgate spc-check: ${verdict}`, '']
  const where =
    report.mode === 'history'
      ? `Series ${codeSpan(report.series)} in the ${escapeMarkdown(report.store ?? '')}` +
        (report.record === null
          ? ' (history read only, no record written).'
          : `; this run's record ${codeSpan(report.record.key)} was ${report.record.outcome === 'created' ? 'added' : 'already there (re-run)'}.`)
      : `Series ${codeSpan(report.series)} (stateless: the given points, newest point judged).`
  lines.push(
    `${where} ${summary.charts} chart(s): **${summary.out_of_control}** out of control on this run, ` +
      `${summary.current_violations} violation(s) on this run's points, ${summary.violations} over ` +
      `the whole history (fail on: ${report.fail_on}).`,
    ''
  )
  const ordered = orderCharts(report.charts)
  if (ordered.length > 0) {
    lines.push(
      '| | Chart | Kind | Points | This run | CL | LCL | UCL | Rules on this run |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |'
    )
    for (const chart of ordered) lines.push(chartRow(chart))
    lines.push('')
  }
  if (report.damaged_records.length > 0) {
    lines.push(
      `**${report.damaged_records.length} damaged history record(s) skipped** (kept in the store, not overwritten):`,
      ''
    )
    for (const damaged of report.damaged_records) {
      lines.push(`- ${codeSpan(damaged.key)}: ${escapeMarkdown(damaged.problem, 300)}`)
    }
    lines.push('')
  }
  const drawn = options.compact
    ? ordered.filter((chart) => chart.current_violations.length > 0)
    : ordered.filter((chart) => chart.result !== null)
  for (const chart of drawn.slice(0, MAX_SUMMARY_CHARTS)) lines.push(...chartSection(chart))
  if (drawn.length > MAX_SUMMARY_CHARTS) {
    lines.push(
      `_${drawn.length - MAX_SUMMARY_CHARTS} more chart(s) are in the table above and the JSON report._`,
      ''
    )
  }
  const warnings = [
    ...report.warnings,
    ...report.charts.flatMap((chart) =>
      (chart.result?.warnings ?? []).map((warning) => `${chart.name}: ${warning}`)
    )
  ]
  if (warnings.length > 0 && !options.compact) {
    lines.push(`<details><summary>${warnings.length} warning(s)</summary>`, '')
    for (const warning of warnings) lines.push(`- ${escapeMarkdown(warning, 400)}`)
    lines.push('', '</details>', '')
  }
  return lines.join('\n')
}

const STATUS_ORDER: Record<SpcChartStatus, number> = {
  'out-of-control': 0,
  warning: 1,
  'in-control': 2,
  'collecting-baseline': 3
}

/** This run's problems first, then charts with older violations, then the rest, by name. */
function orderCharts(charts: readonly SpcChartReport[]): SpcChartReport[] {
  const history = (chart: SpcChartReport) => ((chart.result?.violations.length ?? 0) > 0 ? 0 : 1)
  return [...charts].sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      history(a) - history(b) ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  )
}

function currentPoint(chart: SpcChartReport): ChartPoint | undefined {
  const index = chart.current[chart.current.length - 1]
  return chart.result?.panels[0]?.points.find((point) => point.index === index)
}

function numberCell(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : plotNumber(value)
}

function chartRow(chart: SpcChartReport): string {
  const point = currentPoint(chart)
  const rules = [...new Set(chart.current_violations.map((violation) => violation.rule))]
  const value = chart.chart === 'cusum' ? point?.observed : point?.value
  const cells = [
    STATUS_TEXT[chart.status],
    codeSpan(chart.name),
    `${chart.chart} (${chart.kind})`,
    String(chart.points),
    chart.result === null ? escapeMarkdown(chart.note ?? '') : numberCell(value),
    numberCell(point?.center),
    numberCell(point?.lcl),
    numberCell(point?.ucl),
    rules.map((rule) => codeSpan(rule)).join(' ')
  ]
  return `| ${cells.join(' | ')} |`
}

/** How a point is named in tables: its run (history), label or row (stateless), else its index. */
export function pointName(point: ChartPoint): string {
  const metadata = point.metadata as Record<string, unknown> | undefined
  if (metadata !== undefined && typeof metadata === 'object') {
    if (typeof metadata.key === 'string') {
      const date =
        typeof metadata.created_at === 'string' ? ` ${metadata.created_at.slice(0, 10)}` : ''
      return `run ${codeSpan(metadata.key, 40)}${date}`
    }
    if (typeof metadata.label === 'string') return codeSpan(metadata.label, 40)
    if (typeof metadata.row === 'number') return `row ${metadata.row}`
  }
  return `point ${point.index}`
}

function chartSection(chart: SpcChartReport): string[] {
  const result = chart.result
  if (result === null) return []
  const title = `${chart.name} (${result.chart})`
  const mermaid = controlChartMermaid(result, { title })
  const violations = result.violations
  const lines = [
    `#### ${codeSpan(chart.name)} — ${escapeMarkdown(CHART_NAMES[result.chart].replace(/^an? /, ''))}, ${STATUS_TEXT[chart.status]}`,
    '',
    `_${escapeMarkdown(describeChart(chart), 400)}_`,
    ''
  ]
  if (mermaid !== undefined) lines.push(mermaid, '')
  if (violations.length > 0) {
    lines.push(...violationTable(chart, violations), '')
  } else {
    lines.push('No rule violations in this series.', '')
  }
  return lines
}

function describeChart(chart: SpcChartReport): string {
  const result = chart.result!
  const baseline = result.baseline
  const excluded = baseline.excluded.length > 0 ? `, excluding ${baseline.excluded.join(', ')}` : ''
  const colours =
    result.chart === 'cusum'
      ? 'blue: C+, purple: −C−, green: 0, red: ±h'
      : 'blue: value, green: centre line, red: control limits'
  return (
    `${chart.points} points; limits from baseline points 1..${baseline.size}${excluded} ` +
    `(${baseline.used} used); rules: ${result.rules.join(', ') || 'none'}. ${colours}.`
  )
}

function violationTable(chart: SpcChartReport, violations: readonly RuleViolation[]): string[] {
  const byIndex = new Map<number, RuleViolation[]>()
  for (const violation of violations) {
    const list = byIndex.get(violation.index) ?? []
    list.push(violation)
    byIndex.set(violation.index, list)
  }
  const indices = [...byIndex.keys()].sort((a, b) => a - b)
  const shown = indices.slice(-MAX_LISTED_VIOLATIONS)
  const points = chart.result!.panels[0]!.points
  const lines = [
    '| Point | Run or label | Value | Phase | Rules | Severity | This run |',
    '| --- | --- | --- | --- | --- | --- | --- |'
  ]
  for (const index of shown) {
    const point = points[index - 1]!
    const hits = byIndex.get(index)!
    const severity = hits.some((hit) => hit.severity === 'error') ? 'error' : 'warn'
    const value = chart.chart === 'cusum' ? point.observed : point.value
    lines.push(
      `| ${index} | ${pointName(point)} | ${numberCell(value)} | ${point.phase} | ` +
        `${[...new Set(hits.map((hit) => hit.rule))].map((rule) => codeSpan(rule)).join(' ')} | ` +
        `${severity} | ${chart.current.includes(index) ? '**yes**' : ''} |`
    )
  }
  if (indices.length > shown.length) {
    lines.push(
      '',
      `_${indices.length - shown.length} earlier violating point(s) are in the JSON report._`
    )
  }
  return lines
}
