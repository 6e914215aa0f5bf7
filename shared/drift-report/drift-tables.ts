import { escapeMarkdown, codeSpan } from '../report/escape.js'
import { driftedEntries, type DriftColumnEntry, type DriftReport } from './drift-report.js'
import { groupedInteger } from '../text/grouped-integer.js'

/**
 * Markdown pieces shared by the job summary and the drift issue: the one-line verdict, the table
 * of tested columns and the schema-change table. Every value from data (column names, types,
 * category labels, messages that quote them) is escaped.
 */

/** A score or threshold for people: 4 significant digits, exponent form below 1e-4. */
export function formatScore(value: number | null): string {
  if (value === null) return '∞'
  if (value === 0) return '0'
  const magnitude = Math.abs(value)
  if (magnitude < 1e-4 || magnitude >= 1e6) return value.toExponential(2)
  return String(Number(value.toPrecision(4)))
}

/** "**2 of 8** tested columns drifted (share 0.25; the dataset drifts at ≥ 0.5)". */
export function verdictLine(report: DriftReport): string {
  const { dataset } = report
  const parts = [
    `**${dataset.drifted_columns} of ${dataset.tested_columns}** tested column${dataset.tested_columns === 1 ? '' : 's'} drifted ` +
      `(share ${formatScore(dataset.share)}; the dataset drifts at ≥ ${formatScore(dataset.drift_share)}: ` +
      `${dataset.dataset_drift ? '**dataset drift**' : 'no dataset drift'})`
  ]
  const changes = report.schema_changes.length
  if (changes > 0) parts.push(`**${changes} schema change${changes === 1 ? '' : 's'}**`)
  const errors = dataset.errors.length
  if (errors > 0) parts.push(`${errors} column${errors === 1 ? '' : 's'} could not be tested`)
  return `${parts.join('; ')}.`
}

/** "score ≥ 0.1" / "p ≤ 0.05": the drift condition of a test. */
export function conditionText(entry: DriftColumnEntry): string {
  const test = entry.test
  if (test?.operator === null || test?.operator === undefined || test.threshold === null) return ''
  const method = test.method
  const name = method === 'ks' || method === 'chisquare' || method === 'z' ? 'p' : 'score'
  return `${name} ${test.operator === '>=' ? '≥' : test.operator === '<=' ? '≤' : '<'} ${formatScore(test.threshold)}`
}

/**
 * The tested columns as a table, drifted ones first (most severe first). `onlyDrifted` keeps the
 * drifted ones (the issue); `limit` caps the rows with a note of how many were left out.
 */
export function testedColumnsTable(
  report: DriftReport,
  options: { onlyDrifted: boolean; limit: number }
): string {
  const drifted = driftedEntries(report)
  const rest = options.onlyDrifted
    ? []
    : report.columns.filter((entry) => entry.status === 'tested' && !entry.drifted)
  const rows = [...drifted, ...rest]
  if (rows.length === 0) return ''
  const lines = [
    '| column | kind | method | score | drift when | drifted | n (ref / cur) |',
    '| --- | --- | --- | --- | --- | --- | --- |'
  ]
  for (const entry of rows.slice(0, options.limit)) {
    const test = entry.test!
    const approximate = test.exact ? '' : ' ≈'
    lines.push(
      `| ${codeSpan(entry.column)} | ${entry.kind ?? ''} | ${test.method ?? ''} | ${formatScore(test.score)}${approximate} | ${conditionText(entry)} | ${entry.drifted ? '**yes**' : 'no'} | ${groupedInteger(test.n_reference)} / ${groupedInteger(test.n_current)} |`
    )
  }
  if (rows.length > options.limit) {
    lines.push('', `_… ${rows.length - options.limit} more column(s) in the JSON report._`)
  }
  return lines.join('\n')
}

const CHANGE_TEXT = {
  missing_in_current: 'missing in the current data',
  new_in_current: 'new in the current data',
  type_changed: 'type changed'
} as const

/** Columns missing on one side or with a changed type. */
export function schemaChangesTable(report: DriftReport, limit: number): string {
  if (report.schema_changes.length === 0) return ''
  const lines = ['| column | change | reference type | current type |', '| --- | --- | --- | --- |']
  for (const change of report.schema_changes.slice(0, limit)) {
    lines.push(
      `| ${codeSpan(change.column)} | ${CHANGE_TEXT[change.change]} | ${change.reference_type ?? '–'} | ${change.current_type ?? '–'} |`
    )
  }
  if (report.schema_changes.length > limit) {
    lines.push('', `_… ${report.schema_changes.length - limit} more in the JSON report._`)
  }
  return lines.join('\n')
}

/** Columns that could not be tested or were skipped, with the reason. */
export function untestedColumnsTable(report: DriftReport, limit: number): string {
  const rows = report.columns.filter(
    (entry) => entry.status === 'error' || entry.status === 'skipped'
  )
  if (rows.length === 0) return ''
  const lines = ['| column | status | reason |', '| --- | --- | --- |']
  for (const entry of rows.slice(0, limit)) {
    lines.push(
      `| ${codeSpan(entry.column)} | ${entry.status === 'error' ? 'not testable' : 'skipped'} | ${escapeMarkdown(entry.message ?? '', 300)} |`
    )
  }
  if (rows.length > limit) lines.push('', `_… ${rows.length - limit} more in the JSON report._`)
  return lines.join('\n')
}

/** One line per side: what was compared. */
export function sidesLine(report: DriftReport): string {
  const side = (label: string, summary: DriftReport['reference']): string => {
    const what =
      summary.model !== undefined
        ? `training profile of ${codeSpan(`${summary.model.name} ${summary.model.version}`)}${summary.model.stage === undefined ? '' : ` (${escapeMarkdown(summary.model.stage)})`}`
        : `${summary.kind === 'profile' ? 'profile ' : ''}${codeSpan(summary.source)}`
    const rows = summary.empty ? 'empty file' : `${groupedInteger(summary.rows)} rows`
    return `${label}: ${what} (${rows})`
  }
  return `${side('Reference', report.reference)} · ${side('Current', report.current)}`
}
