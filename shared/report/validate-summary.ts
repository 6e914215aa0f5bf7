import type { CheckResult } from '../checks/check-result.js'
import type { DataProfile } from '../profile/data-profile.js'
import { codeSpan, escapeMarkdown } from './escape.js'
import { histogramChart, shortNumber } from './mermaid-charts.js'
import type { ValidateReport } from './validate-report.js'
import { groupedInteger } from '../text/grouped-integer.js'

const STATUS_ICON: Record<CheckResult['status'], string> = { pass: '✅', warn: '⚠️', fail: '❌' }

/** Markdown for the job summary and the PR comment of validate-data. */
export function validateSummaryMarkdown(
  report: ValidateReport,
  profile: DataProfile,
  options: { compact?: boolean } = {}
): string {
  const { summary } = report
  const verdict = report.passed
    ? summary.warnings > 0
      ? '⚠️ passed with warnings'
      : '✅ passed'
    : '❌ failed'
  const files = report.data.files.map((file) => codeSpan(file.path)).join(', ')
  const lines = [
    `### Tollgate validate-data: ${verdict}`,
    '',
    `${groupedInteger(report.data.rows)} rows × ${report.data.columns.length} columns in ${files} — ` +
      `**${summary.passed}** passed, **${summary.failed}** failed, **${summary.warnings}** warnings ` +
      `(checks: ${codeSpan(report.checks_file)}, fail on: ${report.fail_on}).`,
    ''
  ]
  const problems = report.results.filter((result) => result.status !== 'pass')
  if (problems.length > 0) {
    lines.push(
      '| | Check | Column | Observed | Expected | Failing rows (first) |',
      '| --- | --- | --- | --- | --- | --- |'
    )
    for (const result of problems) lines.push(checkRow(result, true))
    lines.push('')
  }
  const passing = report.results.filter((result) => result.status === 'pass')
  if (passing.length > 0 && !options.compact) {
    lines.push(`<details><summary>${passing.length} passing check(s)</summary>`, '')
    lines.push('| | Check | Column | Observed | Expected |', '| --- | --- | --- | --- | --- |')
    for (const result of passing) lines.push(checkRow(result, false))
    lines.push('', '</details>', '')
  }
  lines.push(...profileSection(profile, report, options.compact === true))
  return lines.join('\n')
}

function checkRow(result: CheckResult, withSamples: boolean): string {
  const cells = [
    STATUS_ICON[result.status],
    codeSpan(result.check),
    result.column === null ? '(table)' : codeSpan(result.column),
    escapeMarkdown(observedText(result)),
    escapeMarkdown(result.expected)
  ]
  if (withSamples) {
    const samples = result.unexpected_samples
      .map((sample) => `row ${sample.row}: ${codeSpan(sample.value, 40)}`)
      .join('<br>')
    cells.push(samples === '' ? '' : samples)
  }
  return `| ${cells.join(' | ')} |`
}

function observedText(result: CheckResult): string {
  if (
    result.unexpected_count !== null &&
    result.element_count > 0 &&
    result.check !== 'unique' &&
    result.check !== 'compound_unique'
  ) {
    const share = result.unexpected_percent ?? 0
    return `${groupedInteger(result.unexpected_count)} of ${groupedInteger(result.element_count)} fail (${Number(share.toPrecision(3))}%)`
  }
  const observed = result.observed
  if (observed === null || observed === undefined) return '—'
  if (typeof observed === 'number')
    return `${shortNumber(observed)}${result.exact ? '' : ' (est.)'}`
  if (typeof observed === 'string') return observed
  if (Array.isArray(observed))
    return observed.slice(0, 8).join(', ') + (observed.length > 8 ? ', …' : '')
  return Object.entries(observed as Record<string, unknown>)
    .map(([key, value]) => `${key.replace(/_/g, ' ')}: ${String(value)}`)
    .join(', ')
}

function profileSection(profile: DataProfile, report: ValidateReport, compact: boolean): string[] {
  const lines: string[] = []
  if (!compact) {
    lines.push('<details><summary>Column profile</summary>', '')
    lines.push(
      '| Column | Type | Missing | Distinct | Min | Mean | Max |',
      '| --- | --- | --- | --- | --- | --- | --- |'
    )
    for (const column of profile.columns) {
      const missing =
        column.null_fraction === null
          ? '—'
          : `${Number((column.null_fraction * 100).toPrecision(3))}%`
      const show = (value: number | string | null): string =>
        value === null
          ? '—'
          : typeof value === 'number'
            ? shortNumber(value)
            : escapeMarkdown(value, 25)
      lines.push(
        `| ${codeSpan(column.name)} | ${column.type} | ${missing} | ${groupedInteger(column.distinct)}${column.distinct_exact ? '' : ' (est.)'} | ${show(column.min)} | ${column.mean === null ? '—' : shortNumber(column.mean)} | ${show(column.max)} |`
      )
    }
    lines.push('', '</details>', '')
  }
  // One distribution where it helps most: the first numeric column with a failing check, else the first numeric.
  const failingColumns = new Set(
    report.results
      .filter((result) => result.status !== 'pass' && result.column !== null)
      .map((result) => result.column)
  )
  const numeric = profile.columns.filter((column) => column.histogram !== null)
  const chosen =
    numeric.find((column) => failingColumns.has(column.name)) ?? (compact ? undefined : numeric[0])
  if (chosen?.histogram) {
    lines.push(
      histogramChart(
        `Distribution of ${chosen.name}`,
        chosen.histogram.edges,
        chosen.histogram.counts
      ),
      ''
    )
  }
  return lines
}
