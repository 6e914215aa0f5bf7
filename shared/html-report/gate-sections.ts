import { METRICS, isMetricName } from '../evaluation/metrics.js'
import type { GateReport, MetricTable } from '../report/gate-report.js'
import { chartFigure } from './chart-frame.js'
import { displayNumber, displayPercent } from './display-number.js'
import { codeText, htmlTable } from './html-table.js'
import { intervalChartSvg } from './interval-chart.js'
import { keyValueCard } from './key-value-card.js'
import { safeHtml, joinMarkup, type HtmlValue, type Markup } from './markup.js'
import type { ReportSection } from './report-section.js'
import { statusBadge, type BadgeTone } from './status-badge.js'

/**
 * The evaluate-gate part of an HTML report: the verdict, candidate vs champion for every metric
 * with the difference and its bootstrap confidence interval (as a table and as a dot-and-whisker
 * chart around "no difference"), one row per rule with its reason, the paired tests (McNemar,
 * DeLong), and per-class and per-slice metrics.
 */

const VERDICTS: Readonly<Record<GateReport['verdict'], { tone: BadgeTone; text: string }>> = {
  promote: { tone: 'pass', text: 'promote' },
  reject: { tone: 'fail', text: 'reject' },
  'no-champion': { tone: 'neutral', text: 'no champion to compare' }
}

/** The verdict of a gate report as a badge. */
export function gateStatus(report: GateReport): { tone: BadgeTone; text: string } {
  return VERDICTS[report.verdict]
}

/** Sections for one evaluate-gate run; `idPrefix` tells apart several runs in one document. */
export function gateReportSections(
  report: GateReport,
  options: { idPrefix?: string } = {}
): ReportSection[] {
  const prefix = options.idPrefix ?? 'gate'
  const sections: ReportSection[] = [
    verdictSection(report, `${prefix}-verdict`),
    metricsSection(report, `${prefix}-metrics`)
  ]
  const details = detailSection(report, `${prefix}-details`)
  if (details !== undefined) sections.push(details)
  return sections
}

function verdictSection(report: GateReport, id: string): ReportSection {
  const champion =
    report.champion === null
      ? report.champion_note
      : `${report.champion.reference}${report.champion.stage === null ? '' : ` (${report.champion.stage})`}`
  const bootstrap = report.rules.bootstrap
  const facts = [
    { key: 'Candidate', value: codeText(report.candidate.reference) },
    { key: 'Champion', value: report.champion === null ? champion : codeText(champion) },
    { key: 'Task', value: report.task },
    { key: 'Target', value: codeText(report.data.target) },
    {
      key: 'Rows scored',
      value: `${displayNumber(report.data.rows)}${report.data.rows_without_target > 0 ? ` (${displayNumber(report.data.rows_without_target)} without a target)` : ''}`
    },
    {
      key: 'Data',
      value: joinMarkup(
        report.data.files.map(
          (file) => safeHtml`${codeText(file.path)} (sha256 ${file.sha256.slice(0, 12)})`
        ),
        ', '
      )
    },
    {
      key: 'Rules',
      value: safeHtml`${codeText(report.rules.source)} (${report.rules.comparison} comparison)`
    },
    {
      key: 'Bootstrap',
      value: `${displayNumber(bootstrap.replicates)} replicates, ${bootstrap.interval} intervals, seed ${bootstrap.seed}${bootstrap.stratified ? ', stratified' : ''}`
    },
    { key: 'Generated', value: report.generated_at }
  ]
  const rules = htmlTable({
    caption: 'Rules',
    columns: [
      { header: 'Outcome' },
      { header: 'Metric' },
      { header: 'Rule' },
      { header: 'Required' },
      { header: 'Candidate', numeric: true },
      { header: 'Champion', numeric: true },
      { header: 'Reason' }
    ],
    rows: report.reasons.map((reason) => [
      reason.passed === null
        ? statusBadge('neutral', 'not evaluated')
        : reason.passed
          ? statusBadge('pass', 'passed')
          : statusBadge('fail', 'failed'),
      codeText(reason.metric),
      reason.rule.replace(/_/g, ' '),
      reason.required,
      displayNumber(reason.candidate),
      displayNumber(reason.champion),
      reason.sentence
    ]),
    rowClasses: report.reasons.map((reason) => (reason.passed === false ? 'row-fail' : '')),
    emptyText: 'The rules file has no rules.'
  })
  const warnings =
    report.warnings.length === 0
      ? ''
      : safeHtml`<h3>Warnings</h3><ul>${report.warnings.map((warning) => safeHtml`<li>${warning}</li>`)}</ul>`
  return {
    id,
    title: 'Evaluation gate',
    source: 'evaluate-gate',
    status: gateStatus(report),
    lead: report.summary,
    body: safeHtml`${keyValueCard(facts)}${rules}${warnings}`
  }
}

function metricsSection(report: GateReport, id: string): ReportSection {
  const candidate = report.metrics.candidate
  const champion = report.metrics.champion
  const ruleMetrics = new Set<string>(report.reasons.map((reason) => reason.metric))
  const names = [...new Set([...ruleMetrics, ...Object.keys(candidate)])]
  const intervals = new Map(report.evidence.bootstrap.map((entry) => [entry.metric, entry]))
  const rows = names.map((name): HtmlValue[] => {
    const label = ruleMetrics.has(name)
      ? safeHtml`${codeText(name)} <span class="note">(rule)</span>`
      : codeText(name)
    const value = candidate[name] ?? null
    if (champion === null) return [label, displayNumber(value)]
    const other = champion[name] ?? null
    const interval = intervals.get(name)
    return [
      label,
      displayNumber(value),
      displayNumber(other),
      delta(name, value, other),
      interval === undefined
        ? ''
        : `[${displayNumber(interval.lower)}, ${displayNumber(interval.upper)}] at ${displayPercent(interval.confidence_level, 4)}`
    ]
  })
  const table = htmlTable({
    caption: champion === null ? 'Candidate metrics' : 'Candidate vs champion',
    columns:
      champion === null
        ? [{ header: 'Metric' }, { header: 'Candidate', numeric: true }]
        : [
            { header: 'Metric' },
            { header: 'Candidate', numeric: true },
            { header: 'Champion', numeric: true },
            { header: 'Δ candidate − champion', numeric: true },
            { header: 'Bootstrap CI of Δ', numeric: true }
          ],
    rows
  })
  const withInterval = report.evidence.bootstrap.filter(
    (entry) => entry.lower !== null && entry.upper !== null
  )
  const chart =
    withInterval.length === 0
      ? ''
      : chartFigure(
          'Bootstrap confidence intervals of candidate − champion',
          intervalChartSvg({
            title: 'Bootstrap confidence intervals of candidate minus champion',
            description: `${withInterval.length} metric difference(s) with their ${withInterval
              .map((entry) => `${displayPercent(entry.confidence_level, 4)} ${entry.interval}`)
              .filter((text, index, all) => all.indexOf(text) === index)
              .join(', ')} intervals; an interval that excludes 0 is a significant difference.`,
            xLabel: 'candidate − champion',
            rows: withInterval.map((entry) => ({
              label: entry.metric,
              estimate: entry.estimate,
              lower: entry.lower,
              upper: entry.upper,
              tone: improvementTone(entry.metric, entry.lower, entry.upper)
            }))
          }),
          'Green: the whole interval is an improvement; red: the whole interval is worse; blue: it includes no difference.'
        )
  return {
    id,
    title: 'Metrics',
    source: 'evaluate-gate',
    lead:
      champion === null
        ? 'No champion: the candidate alone, against the absolute bounds.'
        : 'Δ is the candidate minus the champion on the same rows; ▲ marks an improvement for the metric.',
    body: safeHtml`${table}${chart}${testsTable(report)}`
  }
}

function testsTable(report: GateReport): Markup | string {
  const { mcnemar, delong, notes } = report.evidence
  const rows: HtmlValue[][] = []
  if (mcnemar !== null) {
    rows.push([
      `McNemar (${mcnemar.method})`,
      displayNumber(mcnemar.statistic),
      displayNumber(mcnemar.p_value),
      `${displayNumber(mcnemar.c)} rows only the candidate got right, ${displayNumber(mcnemar.b)} only the champion; ${mcnemar.favours_candidate ? 'favours the candidate' : 'favours the champion'}.`
    ])
  }
  if (delong !== null) {
    rows.push([
      'DeLong (ROC AUC)',
      displayNumber(delong.z),
      displayNumber(delong.p_value),
      `AUC ${displayNumber(delong.candidate_auc)} vs ${displayNumber(delong.champion_auc)}; ${displayPercent(delong.confidence_level, 4)} CI of Δ [${displayNumber(delong.lower)}, ${displayNumber(delong.upper)}].`
    ])
  }
  for (const entry of report.evidence.bootstrap) {
    rows.push([
      `Bootstrap ${entry.metric}`,
      displayNumber(entry.estimate),
      '—',
      `${displayPercent(entry.confidence_level, 4)} ${entry.interval} CI [${displayNumber(entry.lower)}, ${displayNumber(entry.upper)}], ${entry.resampling}, ${displayNumber(entry.replicates_used)} replicates${entry.replicates_dropped > 0 ? ` (${entry.replicates_dropped} dropped)` : ''}, seed ${entry.seed}${entry.required ? '; required by a rule' : ''}.`
    ])
  }
  if (rows.length === 0 && notes.length === 0) return ''
  return safeHtml`<h3>Statistical tests</h3>${htmlTable({
    columns: [
      { header: 'Test' },
      { header: 'Statistic', numeric: true },
      { header: 'p-value', numeric: true },
      { header: 'Meaning' }
    ],
    rows,
    emptyText: 'No paired test ran.'
  })}${
    notes.length === 0
      ? ''
      : safeHtml`<ul class="note">${notes.map((note) => safeHtml`<li>${note}</li>`)}</ul>`
  }`
}

function detailSection(report: GateReport, id: string): ReportSection | undefined {
  const parts: Markup[] = []
  const withChampion = report.champion !== null
  if (report.per_class !== null && report.per_class.length > 0) {
    parts.push(
      htmlTable({
        caption: 'Per-class precision, recall and F1',
        columns: [
          { header: 'Class' },
          { header: 'Support', numeric: true },
          { header: 'Precision', numeric: true },
          { header: 'Recall', numeric: true },
          { header: 'F1', numeric: true },
          ...(withChampion
            ? [
                { header: 'Champion precision', numeric: true },
                { header: 'Champion recall', numeric: true },
                { header: 'Champion F1', numeric: true }
              ]
            : [])
        ],
        rows: report.per_class.map((row) => [
          codeText(String(row.label)),
          row.support,
          displayNumber(row.candidate.precision),
          displayNumber(row.candidate.recall),
          displayNumber(row.candidate.f1),
          ...(row.champion === null
            ? withChampion
              ? ['—', '—', '—']
              : []
            : [
                displayNumber(row.champion.precision),
                displayNumber(row.champion.recall),
                displayNumber(row.champion.f1)
              ])
        ])
      })
    )
  }
  const slices = report.slices
  if (slices !== null) {
    const value = (table: MetricTable | null, name: string): string =>
      displayNumber(table?.[name] ?? null)
    parts.push(
      htmlTable({
        caption: `Metrics by ${slices.column} (${slices.slices.length} slices)`,
        columns: [
          { header: 'Slice' },
          { header: 'Rows', numeric: true },
          ...slices.metrics.flatMap((name) =>
            withChampion
              ? [
                  { header: name, numeric: true },
                  { header: `champion ${name}`, numeric: true }
                ]
              : [{ header: name, numeric: true }]
          )
        ],
        rows: slices.slices.map((slice) => [
          slice.value === null
            ? safeHtml`<span class="note">(missing)</span>`
            : codeText(slice.value),
          slice.rows,
          ...slices.metrics.flatMap((name) =>
            withChampion
              ? [value(slice.candidate, name), value(slice.champion, name)]
              : [value(slice.candidate, name)]
          )
        ])
      })
    )
  }
  if (parts.length === 0) return undefined
  return {
    id,
    title: 'Per class and per slice',
    source: 'evaluate-gate',
    collapsed: true,
    body: safeHtml`${parts}`
  }
}

/** The difference with an arrow saying whether it is an improvement for this metric. */
function delta(name: string, candidate: number | null, champion: number | null): string {
  if (candidate === null || champion === null) return '—'
  const difference = candidate - champion
  if (difference === 0) return '0'
  const better = greaterIsBetter(name) ? difference > 0 : difference < 0
  return `${difference > 0 ? '+' : ''}${displayNumber(difference)} ${better ? '▲' : '▼'}`
}

function greaterIsBetter(name: string): boolean {
  return isMetricName(name) ? METRICS[name].greaterIsBetter : true
}

function improvementTone(
  name: string,
  lower: number | null,
  upper: number | null
): 'center' | 'limit' | 'value' {
  if (lower === null || upper === null) return 'value'
  const up = greaterIsBetter(name)
  if ((up && lower > 0) || (!up && upper < 0)) return 'center'
  if ((up && upper < 0) || (!up && lower > 0)) return 'limit'
  return 'value'
}
