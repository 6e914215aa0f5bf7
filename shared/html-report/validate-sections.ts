import type { CheckResult } from '../checks/check-result.js'
import type { ColumnProfile, DataProfile } from '../profile/data-profile.js'
import type { ValidateReport } from '../report/validate-report.js'
import { barChartSvg } from './bar-chart.js'
import { chartFigure } from './chart-frame.js'
import { displayNumber, displayPercent } from './display-number.js'
import { codeText, htmlTable } from './html-table.js'
import { keyValueCard } from './key-value-card.js'
import { safeHtml, joinMarkup, type Markup, truncateText } from './markup.js'
import type { ReportSection } from './report-section.js'
import { statusBadge, type BadgeTone } from './status-badge.js'

/**
 * The validate-data part of an HTML report: the checks (every check, problems first, with the
 * failing sample rows), the column profile and a distribution chart per column (histograms of
 * numeric columns, top values of the others), columns with failing checks first.
 */

/** Distribution charts drawn; a wide table lists the rest in the profile table only. */
export const MAX_DISTRIBUTION_CHARTS = 40
/** Failing sample values shown per check (the JSON report has them all). */
const SAMPLES_SHOWN = 10

const CHECK_TONES: Readonly<Record<CheckResult['status'], BadgeTone>> = {
  pass: 'pass',
  warn: 'warn',
  fail: 'fail'
}
const CHECK_WORDS: Readonly<Record<CheckResult['status'], string>> = {
  pass: 'passed',
  warn: 'warning',
  fail: 'failed'
}
const STATUS_ORDER: Readonly<Record<CheckResult['status'], number>> = { fail: 0, warn: 1, pass: 2 }

/** The verdict of a validate report as a badge. */
export function validateStatus(report: ValidateReport): { tone: BadgeTone; text: string } {
  if (!report.passed) return { tone: 'fail', text: 'failed' }
  return report.summary.warnings > 0 || report.summary.failed > 0
    ? { tone: 'warn', text: 'passed with warnings' }
    : { tone: 'pass', text: 'passed' }
}

/**
 * Sections for one validate-data run. `profile` is the profile written with the report; without
 * it only the checks are shown. `idPrefix` tells apart several runs in one document.
 */
export function validateReportSections(
  report: ValidateReport,
  profile?: DataProfile,
  options: { idPrefix?: string } = {}
): ReportSection[] {
  const prefix = options.idPrefix ?? 'validate'
  const sections: ReportSection[] = [checksSection(report, `${prefix}-checks`)]
  if (profile !== undefined) {
    sections.push(profileSection(profile, `${prefix}-profile`))
    const failing = new Set(
      report.results.flatMap((result) =>
        result.status !== 'pass' && result.column !== null ? [result.column] : []
      )
    )
    sections.push(distributionSection(profile, failing, `${prefix}-distributions`))
  }
  return sections
}

function checksSection(report: ValidateReport, id: string): ReportSection {
  const { summary } = report
  const files = report.data.files.map((file) => file.path)
  const ordered = [...report.results].sort(
    (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]
  )
  const rows = ordered.map((result) => [
    statusBadge(CHECK_TONES[result.status], CHECK_WORDS[result.status]),
    codeText(result.id),
    result.column === null ? safeHtml`<span class="note">(table)</span>` : codeText(result.column),
    observedText(result),
    result.expected,
    samplesMarkup(result),
    result.message
  ])
  const table = htmlTable({
    caption: `${summary.checks} check(s), problems first`,
    columns: [
      { header: 'Status' },
      { header: 'Check' },
      { header: 'Column' },
      { header: 'Observed' },
      { header: 'Expected' },
      { header: 'Failing rows (first)' },
      { header: 'Message' }
    ],
    rows,
    // Row classes mark problems for the eye; the status word says it in text.
    rowClasses: ordered.map((result) => (result.status === 'pass' ? '' : `row-${result.status}`)),
    emptyText: 'The checks file declares no checks.'
  })
  return {
    id,
    title: 'Data checks',
    source: 'validate-data',
    status: validateStatus(report),
    lead: `${displayNumber(report.data.rows)} rows × ${report.data.columns.length} columns: ${summary.passed} passed, ${summary.failed} failed, ${summary.warnings} warning(s).`,
    body: safeHtml`${keyValueCard([
      { key: 'Data', value: files.length === 0 ? '—' : joinMarkup(files.map(codeText), ', ') },
      { key: 'Rows', value: displayNumber(report.data.rows) },
      { key: 'Columns', value: String(report.data.columns.length) },
      { key: 'Checks file', value: codeText(report.checks_file) },
      { key: 'Fail on', value: report.fail_on },
      { key: 'Generated', value: report.generated_at }
    ])}${table}`
  }
}

function profileSection(profile: DataProfile, id: string): ReportSection {
  const rows = profile.columns.map((column) => [
    codeText(column.name),
    column.type,
    column.null_fraction === null
      ? '—'
      : `${displayNumber(column.nulls)} (${displayPercent(column.null_fraction)})`,
    `${displayNumber(column.distinct)}${column.distinct_exact ? '' : ' (est.)'}`,
    extremeText(column.min),
    displayNumber(column.mean),
    displayNumber(column.std),
    displayNumber(quantile(column, 0.5)),
    extremeText(column.max),
    column.top_values
      .slice(0, 3)
      .map((entry) => `${truncateText(entry.value, 24)} (${displayNumber(entry.count)})`)
      .join(', ')
  ])
  return {
    id,
    title: 'Column profile',
    source: 'validate-data',
    lead: `${profile.columns.length} column(s) over ${displayNumber(profile.rows)} rows. Quantiles are ${profile.columns.every((column) => column.quantiles_exact || column.quantiles === null) ? 'exact' : 'exact where marked, else sketch estimates'}.`,
    body: htmlTable({
      columns: [
        { header: 'Column' },
        { header: 'Type' },
        { header: 'Missing', numeric: true },
        { header: 'Distinct', numeric: true },
        { header: 'Min', numeric: true },
        { header: 'Mean', numeric: true },
        { header: 'Std', numeric: true },
        { header: 'Median', numeric: true },
        { header: 'Max', numeric: true },
        { header: 'Top values' }
      ],
      rows,
      emptyText: 'The data has no columns.'
    })
  }
}

function distributionSection(
  profile: DataProfile,
  failing: ReadonlySet<string>,
  id: string
): ReportSection {
  const drawable = profile.columns.filter(
    (column) =>
      (column.histogram !== null && column.histogram.counts.length > 0) ||
      column.top_values.length > 0
  )
  const ordered = [
    ...drawable.filter((column) => failing.has(column.name)),
    ...drawable.filter((column) => !failing.has(column.name))
  ]
  const shown = ordered.slice(0, MAX_DISTRIBUTION_CHARTS)
  const charts = shown.map((column) => distributionChart(column, failing.has(column.name)))
  const rest = ordered.length - shown.length
  return {
    id,
    title: 'Distributions',
    source: 'validate-data',
    lead:
      drawable.length === 0
        ? 'No column has values to draw.'
        : `Histograms of numeric columns and the most frequent values of the others${failing.size > 0 ? '; columns with failing checks first' : ''}.`,
    body: safeHtml`<div class="chart-grid">${charts}</div>${rest > 0 ? safeHtml`<p class="note">${rest} more column(s) are in the profile table and the profile JSON.</p>` : ''}`
  }
}

function distributionChart(column: ColumnProfile, failing: boolean): Markup {
  const caption = `${column.name}${failing ? ' (failing checks)' : ''}`
  if (column.histogram !== null && column.histogram.counts.length > 0) {
    const { edges, counts } = column.histogram
    const svg = barChartSvg({
      title: `Histogram of ${column.name}`,
      description: `${counts.length} bins from ${displayNumber(edges[0])} to ${displayNumber(edges[edges.length - 1])}; ${displayNumber(counts.reduce((a, b) => a + b, 0))} values.`,
      xLabel: column.name,
      yLabel: 'rows',
      bins: { kind: 'intervals', edges },
      series: [{ label: 'rows', tone: 'value', values: counts }],
      width: 480,
      height: 260
    })
    return chartFigure(
      caption,
      svg,
      column.quantiles_exact ? undefined : 'Counts estimated from the quantile sketch.'
    )
  }
  const top = column.top_values.slice(0, 10)
  const svg = barChartSvg({
    title: `Most frequent values of ${column.name}`,
    description: `${top.length} most frequent of ${displayNumber(column.distinct)} distinct values.`,
    xLabel: column.name,
    yLabel: 'rows',
    bins: { kind: 'categories', labels: top.map((entry) => entry.value) },
    series: [{ label: 'rows', tone: 'value', values: top.map((entry) => entry.count) }],
    width: 480,
    height: 260
  })
  return chartFigure(
    caption,
    svg,
    column.top_values_exact
      ? undefined
      : 'Counts are estimates (more distinct values than tracked exactly).'
  )
}

/** What a check measured, in words. */
function observedText(result: CheckResult): string {
  if (
    result.unexpected_count !== null &&
    result.element_count > 0 &&
    result.check !== 'unique' &&
    result.check !== 'compound_unique'
  ) {
    return `${displayNumber(result.unexpected_count)} of ${displayNumber(result.element_count)} fail (${displayNumber(result.unexpected_percent ?? 0, 3)}%)`
  }
  const observed = result.observed
  if (observed === null || observed === undefined) return '—'
  if (typeof observed === 'number')
    return `${displayNumber(observed)}${result.exact ? '' : ' (est.)'}`
  if (typeof observed === 'string' || typeof observed === 'boolean') return String(observed)
  if (Array.isArray(observed)) {
    return observed.slice(0, 8).map(valueText).join(', ') + (observed.length > 8 ? ', …' : '')
  }
  return Object.entries(observed as Record<string, unknown>)
    .map(([key, value]) => `${key.replace(/_/g, ' ')}: ${valueText(value)}`)
    .join(', ')
}

/** A value of an observation: numbers shortened, nested structures as JSON. */
function valueText(value: unknown): string {
  if (typeof value === 'number') return displayNumber(value)
  if (typeof value === 'string') return value
  return JSON.stringify(value) ?? String(value)
}

function samplesMarkup(result: CheckResult): Markup | string {
  if (result.unexpected_samples.length === 0) return ''
  const items = result.unexpected_samples
    .slice(0, SAMPLES_SHOWN)
    .map(
      (sample) =>
        safeHtml`<li>row ${displayNumber(sample.row)}: <code>${truncateText(sample.value, 60)}</code></li>`
    )
  const more = result.unexpected_samples.length - SAMPLES_SHOWN
  return safeHtml`<ul class="samples">${items}${more > 0 ? safeHtml`<li>… ${more} more in the JSON report</li>` : ''}</ul>`
}

function extremeText(value: number | string | null): string {
  if (value === null) return '—'
  return typeof value === 'number' ? displayNumber(value) : value
}

function quantile(column: ColumnProfile, q: number): number | null {
  return column.quantiles?.find((entry) => entry.q === q)?.value ?? null
}
