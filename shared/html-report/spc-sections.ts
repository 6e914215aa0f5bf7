import {
  CHART_NAMES,
  type ChartPanel,
  type ChartPoint,
  type ChartResult,
  type RuleViolation
} from '../spc/chart-types.js'
import type { SpcChartReport, SpcChartStatus, SpcReport } from '../report/spc-report.js'
import { chartFigure } from './chart-frame.js'
import { displayNumber } from './display-number.js'
import { codeText, htmlTable } from './html-table.js'
import { keyValueCard } from './key-value-card.js'
import {
  lineChartSvg,
  type HighlightedPoint,
  type LinePoint,
  type LineSeries,
  type ReferenceLine,
  type VerticalMarker
} from './line-chart.js'
import { safeHtml, type Markup } from './markup.js'
import type { ReportSection } from './report-section.js'
import { statusBadge, type BadgeTone } from './status-badge.js'

/**
 * The spc-check part of an HTML report: a table of every chart (this run's value against its
 * limits), then a control chart per charted metric and panel — the plotted statistic with its
 * points, the centre line and the control limits (a constant line, or a step line where the
 * limits vary with the subgroup size, as p and u charts do), the end of the baseline, this
 * run's point, and every point that violates a rule highlighted with the rule ids — followed by
 * the table of violating points. CUSUM draws C+ and −C− against ±h, as qcc plots it.
 */

/** Control charts drawn; the rest are in the table and the JSON report. */
export const MAX_HTML_CONTROL_CHARTS = 60
/** Violating points listed per chart. */
const MAX_LISTED_VIOLATIONS = 50

const STATUS_BADGES: Readonly<Record<SpcChartStatus, { tone: BadgeTone; text: string }>> = {
  'in-control': { tone: 'pass', text: 'in control' },
  'out-of-control': { tone: 'fail', text: 'out of control' },
  warning: { tone: 'warn', text: 'warning' },
  'collecting-baseline': { tone: 'neutral', text: 'collecting baseline' }
}

const STATUS_ORDER: Readonly<Record<SpcChartStatus, number>> = {
  'out-of-control': 0,
  warning: 1,
  'in-control': 2,
  'collecting-baseline': 3
}

/** The verdict of an spc-check report as a badge. */
export function spcStatus(report: SpcReport): { tone: BadgeTone; text: string } {
  if (!report.in_control) return { tone: 'fail', text: 'out of control' }
  if (report.summary.current_violations > 0)
    return { tone: 'warn', text: 'in control, with warnings' }
  return { tone: 'pass', text: 'in control' }
}

/** Sections for one spc-check run; `idPrefix` tells apart several runs in one document. */
export function spcReportSections(
  report: SpcReport,
  options: { idPrefix?: string } = {}
): ReportSection[] {
  const prefix = options.idPrefix ?? 'spc'
  const ordered = orderCharts(report.charts)
  const drawn = ordered.filter((chart) => chart.result !== null)
  const shown = drawn.slice(0, MAX_HTML_CONTROL_CHARTS)
  const sections: ReportSection[] = [summarySection(report, ordered, `${prefix}-summary`)]
  if (drawn.length > 0) {
    sections.push({
      id: `${prefix}-charts`,
      title: 'Control charts',
      source: 'spc-check',
      lead: 'Points are the plotted statistic; the centre line and control limits come from the baseline (phase I). Highlighted points violate the rules named next to them.',
      body: safeHtml`${shown.map(chartBlock)}${
        drawn.length > shown.length
          ? safeHtml`<p class="note">${drawn.length - shown.length} more chart(s) are in the table above and the JSON report.</p>`
          : ''
      }`
    })
  }
  return sections
}

function summarySection(
  report: SpcReport,
  ordered: readonly SpcChartReport[],
  id: string
): ReportSection {
  const { summary } = report
  const rows = ordered.map((chart) => {
    const point = currentPoint(chart)
    const rules = [...new Set(chart.current_violations.map((violation) => violation.rule))]
    const value = chart.chart === 'cusum' ? point?.observed : point?.value
    return [
      statusBadge(STATUS_BADGES[chart.status].tone, STATUS_BADGES[chart.status].text),
      codeText(chart.name),
      `${chart.chart} (${chart.kind})`,
      chart.points,
      chart.result === null ? (chart.note ?? '—') : displayNumber(value),
      displayNumber(point?.center),
      displayNumber(point?.lcl),
      displayNumber(point?.ucl),
      rules.join(', ')
    ]
  })
  const warnings = [
    ...report.warnings,
    ...report.charts.flatMap((chart) =>
      (chart.result?.warnings ?? []).map((warning) => `${chart.name}: ${warning}`)
    )
  ]
  const facts = [
    { key: 'Series', value: codeText(report.series) },
    {
      key: 'Mode',
      value: report.mode === 'history' ? 'history in a store' : 'given values (stateless)'
    },
    ...(report.store === null ? [] : [{ key: 'Store', value: report.store }]),
    ...(report.record === null
      ? []
      : [
          {
            key: 'This run\u2019s record',
            value: safeHtml`${codeText(report.record.key)} (${report.record.outcome === 'created' ? 'added' : 'already there: a re-run'})`
          }
        ]),
    { key: 'Fail on', value: report.fail_on },
    { key: 'Generated', value: report.generated_at }
  ]
  const damaged =
    report.damaged_records.length === 0
      ? ''
      : safeHtml`<h3>Damaged history records (skipped, kept in the store)</h3>${htmlTable({
          columns: [{ header: 'Record' }, { header: 'Problem' }],
          rows: report.damaged_records.map((record) => [codeText(record.key), record.problem])
        })}`
  const warningList =
    warnings.length === 0
      ? ''
      : safeHtml`<h3>Warnings</h3><ul>${warnings.map((warning) => safeHtml`<li>${warning}</li>`)}</ul>`
  return {
    id,
    title: 'Statistical process control',
    source: 'spc-check',
    status: spcStatus(report),
    lead: `${summary.charts} chart(s): ${summary.out_of_control} out of control on this run, ${summary.current_violations} violation(s) on this run's points, ${summary.violations} over the whole history.`,
    body: safeHtml`${keyValueCard(facts)}${htmlTable({
      caption: 'Charts, problems first',
      columns: [
        { header: 'Status' },
        { header: 'Chart' },
        { header: 'Type' },
        { header: 'Points', numeric: true },
        { header: 'This run', numeric: true },
        { header: 'CL', numeric: true },
        { header: 'LCL', numeric: true },
        { header: 'UCL', numeric: true },
        { header: 'Rules on this run' }
      ],
      rows,
      emptyText: 'No metric was charted.'
    })}${damaged}${warningList}`
  }
}

/** One chart: heading, a figure per panel (one for CUSUM), the violating points. */
function chartBlock(chart: SpcChartReport): Markup {
  const result = chart.result!
  const badge = STATUS_BADGES[chart.status]
  const kindName = CHART_NAMES[result.chart].replace(/^an? /, '')
  const figures =
    result.chart === 'cusum'
      ? [cusumFigure(chart, result)]
      : result.panels.map((panel) => panelFigure(chart, result, panel))
  const baseline = result.baseline
  const excluded =
    baseline.excluded.length > 0 ? `, excluding points ${baseline.excluded.join(', ')}` : ''
  return safeHtml`<article class="control-chart"><h3>${codeText(chart.name)} — ${kindName} ${statusBadge(badge.tone, badge.text)}</h3><p class="note">${chart.points} points; limits from baseline points 1–${baseline.size}${excluded} (${baseline.used} used), ${result.nsigmas}σ; centre ${result.centerSource === 'target' ? 'from the target' : 'from the baseline'}, σ ${displayNumber(result.sigma)} (${result.sigmaSource}); rules: ${result.rules.join(', ') || 'none'}.</p><div class="chart-grid">${figures}</div>${violationTable(chart, result)}</article>`
}

function panelFigure(chart: SpcChartReport, result: ChartResult, panel: ChartPanel): Markup {
  const statistic = panel.statistic.replace(/-/g, ' ')
  const values: LinePoint[] = panel.points.map((point) => ({ x: point.index, y: point.value }))
  const series: LineSeries[] = [{ label: statistic, tone: 'value', points: values, markers: true }]
  const references: ReferenceLine[] = []
  const center = limitLine(panel.points, (point) => point.center)
  if (panel.center !== null) {
    references.push({
      label: 'CL',
      tone: 'center',
      y: panel.center,
      endLabel: `CL ${displayNumber(panel.center)}`
    })
  } else if (center !== undefined) {
    series.push({
      label: 'CL',
      tone: 'center',
      shape: 'step',
      points: center.points,
      endLabel: 'CL'
    })
  }
  for (const [name, pick] of [
    ['UCL', (point: ChartPoint) => point.ucl],
    ['LCL', (point: ChartPoint) => point.lcl]
  ] as const) {
    const line = limitLine(panel.points, pick)
    if (line === undefined) continue
    if (line.constant !== undefined) {
      references.push({
        label: name,
        tone: 'limit',
        y: line.constant,
        dashed: true,
        endLabel: `${name} ${displayNumber(line.constant)}`
      })
    } else {
      series.push({
        label: name,
        tone: 'limit',
        shape: 'step',
        dashed: true,
        points: line.points,
        endLabel: name
      })
    }
  }
  const highlights = panelHighlights(result, panel, 1)
  const svg = lineChartSvg({
    title: `${chart.name}: ${statistic} (${result.chart})`,
    description: `${panel.points.length} points of the ${statistic} with centre line and control limits; ${highlights.length} point(s) violate a rule.`,
    xLabel: 'point',
    yLabel: statistic,
    integerX: true,
    series,
    referenceLines: references,
    highlights,
    verticalMarkers: markers(chart, result)
  })
  return chartFigure(`${chart.name} — ${statistic}`, svg)
}

/** C+ and −C− against ±h (in σ units), the decision interval. */
function cusumFigure(chart: SpcChartReport, result: ChartResult): Markup {
  const upper = result.panels.find((panel) => panel.statistic === 'cusum-upper')
  const lower = result.panels.find((panel) => panel.statistic === 'cusum-lower')
  const h = result.cusum?.h ?? 5
  const series: LineSeries[] = []
  const highlights: HighlightedPoint[] = []
  if (upper !== undefined) {
    series.push({
      label: 'C+',
      tone: 'value',
      markers: true,
      points: upper.points.map((point) => ({ x: point.index, y: point.value }))
    })
    highlights.push(...panelHighlights(result, upper, 1))
  }
  if (lower !== undefined) {
    series.push({
      label: '−C−',
      tone: 'secondary',
      markers: true,
      points: lower.points.map((point) => ({
        x: point.index,
        y: point.value === null ? null : -point.value
      }))
    })
    highlights.push(...panelHighlights(result, lower, -1))
  }
  const svg = lineChartSvg({
    title: `${chart.name}: CUSUM`,
    description: `Upper and lower cumulative sums of ${chart.points} points against the decision interval ±${displayNumber(h)}σ; ${highlights.length} point(s) signal.`,
    xLabel: 'point',
    yLabel: 'cumulative sum (σ)',
    integerX: true,
    series,
    referenceLines: [
      { label: '0', tone: 'center', y: 0 },
      { label: '±h', tone: 'limit', y: h, dashed: true, endLabel: `h ${displayNumber(h)}` },
      { label: '±h', tone: 'limit', y: -h, dashed: true, endLabel: `−h` }
    ],
    highlights,
    verticalMarkers: markers(chart, result)
  })
  return chartFigure(`${chart.name} — CUSUM`, svg)
}

/** Points of a panel that violate a rule; red for error severity, amber for warnings. */
function panelHighlights(result: ChartResult, panel: ChartPanel, sign: 1 | -1): HighlightedPoint[] {
  const severity = new Map<number, RuleViolation['severity']>()
  for (const violation of result.violations) {
    if (violation.statistic !== panel.statistic) continue
    if (severity.get(violation.index) !== 'error') severity.set(violation.index, violation.severity)
  }
  return panel.points.flatMap((point) => {
    if (point.violations.length === 0 || point.value === null) return []
    const rules = point.violations.join(', ')
    return [
      {
        x: point.index,
        y: sign * point.value,
        label: rules,
        detail: `point ${point.index}: ${displayNumber(point.value)} — ${rules} (${severity.get(point.index) ?? 'error'})`,
        tone: severity.get(point.index) === 'warn' ? ('warning' as const) : ('limit' as const)
      }
    ]
  })
}

/** The end of the baseline and this run's point, when they fall inside the series. */
function markers(chart: SpcChartReport, result: ChartResult): VerticalMarker[] {
  const list: VerticalMarker[] = []
  if (result.baseline.size < chart.points)
    list.push({ x: result.baseline.size + 0.5, label: 'phase II →' })
  const current = chart.current[chart.current.length - 1]
  if (current !== undefined && chart.current.length === 1)
    list.push({ x: current, label: 'this run', tone: 'value' })
  return list
}

/** A limit over the points: one constant, or per point (a step line); undefined if none. */
function limitLine(
  points: readonly ChartPoint[],
  pick: (point: ChartPoint) => number | null
): { constant?: number; points: LinePoint[] } | undefined {
  const values = points.map((point) => ({ x: point.index, y: pick(point) }))
  const finite = values.flatMap((value) =>
    value.y !== null && Number.isFinite(value.y) ? [value.y] : []
  )
  if (finite.length === 0) return undefined
  const first = finite[0]!
  const constant =
    finite.length === values.length &&
    finite.every((value) => Math.abs(value - first) <= 1e-12 * Math.max(1, Math.abs(first)))
  return constant ? { constant: first, points: values } : { points: values }
}

function violationTable(chart: SpcChartReport, result: ChartResult): Markup | string {
  if (result.violations.length === 0)
    return safeHtml`<p class="note">No rule violations in this series.</p>`
  const byIndex = new Map<number, RuleViolation[]>()
  for (const violation of result.violations) {
    const list = byIndex.get(violation.index) ?? []
    list.push(violation)
    byIndex.set(violation.index, list)
  }
  const indices = [...byIndex.keys()].sort((a, b) => a - b)
  const shown = indices.slice(-MAX_LISTED_VIOLATIONS)
  const points = result.panels[0]?.points ?? []
  const rows = shown.map((index) => {
    const point = points.find((candidate) => candidate.index === index)
    const hits = byIndex.get(index)!
    const error = hits.some((hit) => hit.severity === 'error')
    const value = chart.chart === 'cusum' ? point?.observed : point?.value
    return [
      index,
      point === undefined ? '' : pointName(point),
      displayNumber(value),
      point?.phase ?? '',
      [...new Set(hits.map((hit) => `${hit.rule} (${hit.statistic.replace(/-/g, ' ')})`))].join(
        ', '
      ),
      statusBadge(error ? 'fail' : 'warn', error ? 'error' : 'warn'),
      chart.current.includes(index) ? statusBadge('info', 'this run') : ''
    ]
  })
  const earlier = indices.length - shown.length
  return safeHtml`${htmlTable({
    caption: 'Violating points',
    columns: [
      { header: 'Point', numeric: true },
      { header: 'Run or label' },
      { header: 'Value', numeric: true },
      { header: 'Phase' },
      { header: 'Rules (panel)' },
      { header: 'Severity' },
      { header: '' }
    ],
    rows
  })}${earlier > 0 ? safeHtml`<p class="note">${earlier} earlier violating point(s) are in the JSON report.</p>` : ''}`
}

/** How a point is named: its run (history), label or row (stateless), else its index. */
function pointName(point: ChartPoint): string {
  const metadata = point.metadata as Record<string, unknown> | undefined
  if (metadata !== undefined && metadata !== null && typeof metadata === 'object') {
    if (typeof metadata.key === 'string') {
      const date =
        typeof metadata.created_at === 'string' ? ` ${metadata.created_at.slice(0, 10)}` : ''
      return `run ${metadata.key}${date}`
    }
    if (typeof metadata.label === 'string') return metadata.label
    if (typeof metadata.row === 'number') return `row ${metadata.row}`
  }
  return `point ${point.index}`
}

function currentPoint(chart: SpcChartReport): ChartPoint | undefined {
  const index = chart.current[chart.current.length - 1]
  return chart.result?.panels[0]?.points.find((point) => point.index === index)
}

/** This run's problems first, then charts with older violations, then the rest, by name. */
function orderCharts(charts: readonly SpcChartReport[]): SpcChartReport[] {
  const history = (chart: SpcChartReport): number =>
    (chart.result?.violations.length ?? 0) > 0 ? 0 : 1
  return [...charts].sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      history(a) - history(b) ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  )
}
