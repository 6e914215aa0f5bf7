import {
  driftedEntries,
  driftSeverity,
  type DriftColumnEntry,
  type DriftReport,
  type DriftSideSummary
} from '../drift-report/drift-report.js'
import { conditionText, formatScore } from '../drift-report/drift-tables.js'
import type { DriftHistogram } from '../drift/drift-result.js'
import { barChartSvg, type BarBins } from './bar-chart.js'
import { chartFigure } from './chart-frame.js'
import { displayNumber } from './display-number.js'
import { codeText, htmlTable } from './html-table.js'
import { keyValueCard } from './key-value-card.js'
import { safeHtml, type Markup } from './markup.js'
import type { ReportSection } from './report-section.js'
import { statusBadge, type BadgeTone } from './status-badge.js'

/**
 * The drift-check part of an HTML report: the verdict with both sides and the settings, schema
 * changes, a per-column table (method, statistic, p-value, score against its threshold), and the
 * reference and current distributions of the most drifted columns drawn over each other (the
 * bins the test used, as shares of each side).
 */

/** Columns whose distributions are drawn. */
export const MAX_DRIFT_HISTOGRAMS = 12

const CHANGE_TEXT = {
  missing_in_current: 'missing in the current data',
  new_in_current: 'new in the current data',
  type_changed: 'type changed'
} as const

/** The verdict of a drift report as a badge. */
export function driftStatus(report: DriftReport): { tone: BadgeTone; text: string } {
  if (report.dataset.dataset_drift) return { tone: 'fail', text: 'dataset drift' }
  if (report.dataset.schema_drift) return { tone: 'fail', text: 'schema changed' }
  if (report.dataset.drifted_columns > 0) return { tone: 'warn', text: 'some columns drifted' }
  return { tone: 'pass', text: 'no drift' }
}

/** Sections for one drift-check run; `idPrefix` tells apart several runs in one document. */
export function driftReportSections(
  report: DriftReport,
  options: { idPrefix?: string } = {}
): ReportSection[] {
  const prefix = options.idPrefix ?? 'drift'
  const sections = [
    summarySection(report, `${prefix}-summary`),
    columnsSection(report, `${prefix}-columns`)
  ]
  const distributions = distributionSection(report, `${prefix}-distributions`)
  if (distributions !== undefined) sections.push(distributions)
  return sections
}

function summarySection(report: DriftReport, id: string): ReportSection {
  const { dataset, settings } = report
  const facts = [
    { key: 'Subject', value: codeText(report.subject) },
    { key: 'Reference', value: sideText(report.reference) },
    { key: 'Current', value: sideText(report.current) },
    { key: 'Method', value: settings.method },
    {
      key: 'Threshold',
      value: settings.threshold === null ? 'per method default' : formatScore(settings.threshold)
    },
    { key: 'Dataset drifts at share', value: `≥ ${formatScore(dataset.drift_share)}` },
    ...(settings.ignored_columns.length === 0
      ? []
      : [{ key: 'Ignored columns', value: settings.ignored_columns.join(', ') }]),
    ...(report.run?.url === undefined ? [] : [{ key: 'Workflow run', value: report.run.url }]),
    { key: 'Generated', value: report.generated_at }
  ]
  const schema =
    report.schema_changes.length === 0
      ? ''
      : safeHtml`<h3>Schema changes</h3>${htmlTable({
          columns: [
            { header: 'Column' },
            { header: 'Change' },
            { header: 'Reference type' },
            { header: 'Current type' }
          ],
          rows: report.schema_changes.map((change) => [
            codeText(change.column),
            CHANGE_TEXT[change.change],
            change.reference_type ?? '—',
            change.current_type ?? '—'
          ])
        })}`
  const errors =
    dataset.errors.length === 0
      ? ''
      : safeHtml`<h3>Columns that could not be tested</h3>${htmlTable({
          columns: [{ header: 'Column' }, { header: 'Reason' }],
          rows: dataset.errors.map((error) => [codeText(error.column), error.error])
        })}`
  return {
    id,
    title: 'Drift',
    source: 'drift-check',
    status: driftStatus(report),
    lead:
      `${dataset.drifted_columns} of ${dataset.tested_columns} tested column(s) drifted (share ${formatScore(dataset.share)}; ` +
      `the dataset drifts at ≥ ${formatScore(dataset.drift_share)})` +
      (report.schema_changes.length > 0
        ? `; ${report.schema_changes.length} schema change(s).`
        : '.') +
      (dataset.exact ? '' : ' Some references are profile sketches: scores are approximate (≈).'),
    body: safeHtml`${keyValueCard(facts)}${schema}${errors}`
  }
}

function columnsSection(report: DriftReport, id: string): ReportSection {
  const drifted = driftedEntries(report)
  const rest = report.columns
    .filter((entry) => !(entry.status === 'tested' && entry.drifted))
    .sort((a, b) => statusRank(a) - statusRank(b) || driftSeverity(b) - driftSeverity(a))
  const ordered = [...drifted, ...rest]
  const rows = ordered.map((entry) => {
    const test = entry.test
    return [
      codeText(entry.column),
      columnBadge(entry),
      entry.kind ?? '—',
      test?.method_label ?? test?.method ?? '—',
      test === undefined ? '—' : displayNumber(test.statistic),
      test === undefined ? '—' : displayNumber(test.p_value),
      test === undefined || test.status === 'error'
        ? '—'
        : `${formatScore(test.score)}${test.exact ? '' : ' ≈'}`,
      conditionText(entry),
      test === undefined
        ? '—'
        : `${displayNumber(test.n_reference)} / ${displayNumber(test.n_current)}`,
      entry.message ?? test?.note ?? test?.error ?? ''
    ]
  })
  return {
    id,
    title: 'Drift by column',
    source: 'drift-check',
    lead: 'Drifted columns first, most severe first; then the rest. The score is the p-value of a test or the distance, compared with the threshold.',
    body: htmlTable({
      columns: [
        { header: 'Column' },
        { header: 'Status' },
        { header: 'Kind' },
        { header: 'Method' },
        { header: 'Statistic', numeric: true },
        { header: 'p-value', numeric: true },
        { header: 'Score', numeric: true },
        { header: 'Drift when' },
        { header: 'n (ref / cur)', numeric: true },
        { header: 'Note' }
      ],
      rows,
      rowClasses: ordered.map((entry) =>
        entry.drifted ? 'row-fail' : entry.status === 'schema' ? 'row-warn' : ''
      ),
      emptyText: 'No columns were compared.'
    })
  }
}

function distributionSection(report: DriftReport, id: string): ReportSection | undefined {
  const withHistogram = (entry: DriftColumnEntry): boolean => entry.test?.histogram !== undefined
  const drifted = driftedEntries(report).filter(withHistogram)
  // With few drifted columns, the closest calls among the rest fill the page.
  const others = report.columns
    .filter((entry) => entry.status === 'tested' && !entry.drifted && withHistogram(entry))
    .sort((a, b) => driftSeverity(b) - driftSeverity(a))
  const chosen = [...drifted, ...others].slice(0, MAX_DRIFT_HISTOGRAMS)
  if (chosen.length === 0) return undefined
  return {
    id,
    title: 'Reference vs current distributions',
    source: 'drift-check',
    lead:
      drifted.length > 0
        ? `The ${Math.min(drifted.length, MAX_DRIFT_HISTOGRAMS)} most drifted column(s)${chosen.length > drifted.length ? ', then the closest calls' : ''}: the share of each side in the bins the test used.`
        : 'No column drifted; the closest calls: the share of each side in the bins the test used.',
    body: safeHtml`<div class="chart-grid">${chosen.map(histogramFigure)}</div>`
  }
}

function histogramFigure(entry: DriftColumnEntry): Markup {
  const test = entry.test!
  const histogram = test.histogram!
  const { bins, reference, current } = histogramBins(histogram)
  const verdict = entry.drifted ? 'drifted' : 'no drift'
  const svg = barChartSvg({
    title: `Distribution of ${entry.column}: reference vs current`,
    description: `${reference.length} bins; ${test.method_label ?? test.method ?? 'test'} score ${formatScore(test.score)} (${conditionText(entry)}): ${verdict}.`,
    xLabel: entry.column,
    yLabel: 'share of rows',
    valueFormat: 'share',
    bins,
    series: [
      { label: 'reference', tone: 'reference', values: reference },
      { label: 'current', tone: 'current', values: current }
    ],
    width: 520,
    height: 280
  })
  return chartFigure(
    `${entry.column} — ${verdict}`,
    svg,
    `${test.method_label ?? test.method ?? ''}: score ${formatScore(test.score)}${test.exact ? '' : ' ≈'}, drift when ${conditionText(entry)}.`
  )
}

/** Bins of a drift histogram; categories beyond the display limit are one "other" bar. */
function histogramBins(histogram: DriftHistogram): {
  bins: BarBins
  reference: number[]
  current: number[]
} {
  if (histogram.type === 'intervals') {
    return {
      bins: {
        kind: 'intervals',
        edges: histogram.edges,
        openLower: histogram.open_lower,
        openUpper: histogram.open_upper
      },
      reference: histogram.reference,
      current: histogram.current
    }
  }
  const labels = histogram.labels.map((label) => String(label))
  const reference = [...histogram.reference]
  const current = [...histogram.current]
  if (histogram.other !== undefined) {
    labels.push(`other (${histogram.other.categories})`)
    reference.push(histogram.other.reference)
    current.push(histogram.other.current)
  }
  return { bins: { kind: 'categories', labels }, reference, current }
}

function columnBadge(entry: DriftColumnEntry): Markup {
  if (entry.status === 'tested')
    return entry.drifted ? statusBadge('fail', 'drifted') : statusBadge('pass', 'no drift')
  if (entry.status === 'schema')
    return statusBadge(
      'warn',
      entry.schema_change === undefined ? 'schema' : CHANGE_TEXT[entry.schema_change]
    )
  if (entry.status === 'error') return statusBadge('neutral', 'not testable')
  return statusBadge('neutral', 'skipped')
}

function statusRank(entry: DriftColumnEntry): number {
  return entry.status === 'schema'
    ? 0
    : entry.status === 'tested'
      ? 1
      : entry.status === 'error'
        ? 2
        : 3
}

function sideText(side: DriftSideSummary): string {
  const what =
    side.model !== undefined
      ? `training profile of ${side.model.name} ${side.model.version}${side.model.stage === undefined ? '' : ` (${side.model.stage})`}`
      : `${side.kind === 'profile' ? 'profile ' : ''}${side.source}`
  return `${what}: ${side.empty ? 'empty file' : `${displayNumber(side.rows)} rows`}, ${side.columns} columns`
}
