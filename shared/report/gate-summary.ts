import { METRICS, isMetricName } from '../evaluation/metrics.js'
import { codeSpan, escapeMarkdown } from './escape.js'
import type { GateReport, MetricTable } from './gate-report.js'
import { groupedInteger } from '../text/grouped-integer.js'

const VERDICT_TEXT = {
  promote: '✅ promote',
  reject: '❌ reject',
  'no-champion': '⚪ no champion to compare'
} as const

/** "4 significant digits" for tables; the JSON report keeps full precision. */
export function displayNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—'
  if (!Number.isFinite(value)) return String(value)
  if (value !== 0 && Math.abs(value) < 1e-4) return value.toExponential(2)
  return String(Number(value.toPrecision(4)))
}

/** The candidate-vs-champion headline of a verdict, e.g. "churn v0.0.3 vs churn v0.0.2 (production)". */
export function gateHeadline(report: GateReport): string {
  const champion =
    report.champion === null
      ? 'no champion'
      : `${report.champion.reference}${report.champion.stage === null ? '' : ` (${report.champion.stage})`}`
  return `${report.candidate.reference} vs ${champion}`
}

/** The headline with references as code spans (no mentions, no markdown from a path). */
function markdownHeadline(report: GateReport): string {
  const champion =
    report.champion === null
      ? 'no champion'
      : `${codeSpan(report.champion.reference)}${report.champion.stage === null ? '' : ` (${codeSpan(report.champion.stage)})`}`
  return `${codeSpan(report.candidate.reference)} vs ${champion}`
}

/**
 * Markdown of a gate verdict for the job summary, the PR comment and the check run's summary:
 * the verdict, a candidate-vs-champion table of every metric with the bootstrap interval of the
 * difference, one line per rule with its reason, the statistical tests, per-class and slice
 * metrics (folded), the data and the rules that decided.
 */
export function gateSummaryMarkdown(
  report: GateReport,
  options: { compact?: boolean; title?: string } = {}
): string {
  const title = options.title ?? 'Tollgate evaluate-gate'
  const lines = [
    `### ${title}: ${VERDICT_TEXT[report.verdict]} — ${markdownHeadline(report)}`,
    '',
    escapeMarkdown(report.summary, 1000),
    ''
  ]
  if (report.champion === null) lines.push(`> ${escapeMarkdown(report.champion_note, 400)}`, '')
  lines.push(...metricsTable(report), '')
  lines.push(
    '#### Rules',
    '',
    '| | Metric | Rule | Required | Reason |',
    '| --- | --- | --- | --- | --- |'
  )
  for (const reason of report.reasons) {
    const icon = reason.passed === null ? '⚪' : reason.passed ? '✅' : '❌'
    lines.push(
      `| ${icon} | ${codeSpan(reason.metric)} | ${reason.rule.replace(/_/g, ' ')} | ${escapeMarkdown(reason.required, 200)} | ${escapeMarkdown(reason.sentence, 500)} |`
    )
  }
  lines.push('')
  const tests = testLines(report)
  if (tests.length > 0) lines.push('#### Statistical tests', '', ...tests, '')
  if (!options.compact) {
    lines.push(...perClassSection(report), ...sliceSection(report))
  }
  const files = report.data.files
    .map((file) => `${codeSpan(file.path)} (sha256 ${file.sha256.slice(0, 12)})`)
    .join(', ')
  lines.push(
    `Data: ${files}, ${groupedInteger(report.data.rows)} rows scored on target ${codeSpan(report.data.target)}` +
      (report.data.rows_without_target > 0
        ? ` (${report.data.rows_without_target} without a target)`
        : '') +
      `. Rules: ${codeSpan(report.rules.source)}, comparison ${report.rules.comparison}` +
      (report.champion === null ? '' : `. ${escapeMarkdown(report.champion_note, 300)}`),
    ''
  )
  if (report.warnings.length > 0) {
    lines.push(...report.warnings.map((warning) => `> ⚠️ ${escapeMarkdown(warning, 400)}`), '')
  }
  return lines.join('\n')
}

function metricsTable(report: GateReport): string[] {
  const candidate = report.metrics.candidate
  const champion = report.metrics.champion
  const ruleMetrics = new Set<string>(report.reasons.map((reason) => reason.metric))
  const names = [...new Set([...ruleMetrics, ...Object.keys(candidate)])]
  const intervals = new Map(report.evidence.bootstrap.map((entry) => [entry.metric, entry]))
  const lines =
    champion === null
      ? ['| Metric | Candidate |', '| --- | --- |']
      : [
          '| Metric | Candidate | Champion | Δ candidate − champion | 95% bootstrap CI of Δ |',
          '| --- | --- | --- | --- | --- |'
        ]
  for (const name of names) {
    const label = ruleMetrics.has(name) ? `**${name}**` : name
    const value = candidate[name] ?? null
    if (champion === null) {
      lines.push(`| ${label} | ${displayNumber(value)} |`)
      continue
    }
    const other = champion[name] ?? null
    const interval = intervals.get(name)
    const ci =
      interval === undefined
        ? ''
        : `[${displayNumber(interval.lower)}, ${displayNumber(interval.upper)}]${interval.required ? ' (rule)' : ''}`
    lines.push(
      `| ${label} | ${displayNumber(value)} | ${displayNumber(other)} | ${delta(name, value, other)} | ${ci} |`
    )
  }
  return lines
}

/** The difference with an arrow saying whether it is an improvement for this metric. */
function delta(name: string, candidate: number | null, champion: number | null): string {
  if (candidate === null || champion === null) return '—'
  const difference = candidate - champion
  if (difference === 0) return '0'
  const greaterIsBetter = isMetricName(name) ? METRICS[name].greaterIsBetter : true
  const better = greaterIsBetter ? difference > 0 : difference < 0
  return `${difference > 0 ? '+' : ''}${displayNumber(difference)} ${better ? '▲ better' : '▼ worse'}`
}

function testLines(report: GateReport): string[] {
  const lines: string[] = []
  const { mcnemar, delong } = report.evidence
  if (mcnemar !== null) {
    lines.push(
      `- McNemar (${mcnemar.method}): ${mcnemar.c} rows only the candidate got right, ${mcnemar.b} only the champion; ` +
        `p = ${displayNumber(mcnemar.p_value)}${mcnemar.p_value < 0.05 ? (mcnemar.favours_candidate ? ' (candidate better)' : ' (champion better)') : ''}.`
    )
  }
  if (delong !== null) {
    lines.push(
      `- DeLong: ROC AUC ${displayNumber(delong.candidate_auc)} vs ${displayNumber(delong.champion_auc)}, ` +
        `z = ${displayNumber(delong.z)}, p = ${displayNumber(delong.p_value)}, ${Number((delong.confidence_level * 100).toPrecision(4))}% CI of Δ ` +
        `[${displayNumber(delong.lower)}, ${displayNumber(delong.upper)}].`
    )
  }
  for (const entry of report.evidence.bootstrap) {
    lines.push(
      `- Bootstrap ${entry.metric}: Δ ${displayNumber(entry.estimate)}, ${Number((entry.confidence_level * 100).toPrecision(4))}% ${entry.interval} CI ` +
        `[${displayNumber(entry.lower)}, ${displayNumber(entry.upper)}] (${entry.resampling}, ${entry.replicates_used} replicates, seed ${entry.seed}` +
        (entry.replicates_dropped > 0 ? `, ${entry.replicates_dropped} dropped` : '') +
        `)${entry.required ? ', required by a rule' : ''}.`
    )
  }
  return lines
}

function perClassSection(report: GateReport): string[] {
  if (report.per_class === null || report.per_class.length === 0) return []
  const withChampion = report.champion !== null
  const lines = [
    '<details><summary>Per-class precision, recall and F1</summary>',
    '',
    withChampion
      ? '| Class | Support | Precision | Recall | F1 | Champion precision | Champion recall | Champion F1 |'
      : '| Class | Support | Precision | Recall | F1 |',
    withChampion
      ? '| --- | --- | --- | --- | --- | --- | --- | --- |'
      : '| --- | --- | --- | --- | --- |'
  ]
  for (const row of report.per_class) {
    const cells = [
      codeSpan(String(row.label), 40),
      String(row.support),
      displayNumber(row.candidate.precision),
      displayNumber(row.candidate.recall),
      displayNumber(row.candidate.f1)
    ]
    if (row.champion !== null) {
      cells.push(
        displayNumber(row.champion.precision),
        displayNumber(row.champion.recall),
        displayNumber(row.champion.f1)
      )
    }
    lines.push(`| ${cells.join(' | ')} |`)
  }
  lines.push('', '</details>', '')
  return lines
}

function sliceSection(report: GateReport): string[] {
  const slices = report.slices
  if (slices === null) return []
  const withChampion = report.champion !== null
  const header = [
    'Slice',
    'Rows',
    ...slices.metrics.flatMap((name) => (withChampion ? [name, `champion ${name}`] : [name]))
  ]
  const lines = [
    `<details><summary>Metrics by ${escapeMarkdown(slices.column, 60)} (${slices.slices.length} slices)</summary>`,
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`
  ]
  const value = (table: MetricTable | null, name: string) => displayNumber(table?.[name] ?? null)
  for (const slice of slices.slices) {
    const cells = [
      slice.value === null ? '(missing)' : codeSpan(slice.value, 40),
      String(slice.rows)
    ]
    for (const name of slices.metrics) {
      cells.push(value(slice.candidate, name))
      if (withChampion) cells.push(value(slice.champion, name))
    }
    lines.push(`| ${cells.join(' | ')} |`)
  }
  lines.push('', '</details>', '')
  return lines
}
