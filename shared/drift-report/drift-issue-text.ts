import { escapeMarkdown } from '../report/escape.js'
import {
  formatScore,
  schemaChangesTable,
  sidesLine,
  testedColumnsTable,
  verdictLine
} from './drift-tables.js'
import type { DriftReport } from './drift-report.js'

/**
 * Texts of the drift issue: one issue per subject, recognised by a hidden marker at the top of
 * its body (plus its label), opened on drift, commented on while drift persists, closed with a
 * comment when a run finds none. Every value from data is escaped.
 */

/** Drifted columns listed in an issue body or comment. */
const ISSUE_TABLE_ROWS = 50

/**
 * The hidden marker identifying the subject's issue. The subject is percent-encoded, so no
 * subject can end the HTML comment early or make another subject's marker a prefix of it.
 */
export function driftIssueMarker(subject: string): string {
  return `<!-- tollgate:drift-check subject="${encodeURIComponent(subject)}" -->`
}

/** True when `body` is the issue of `subject`. */
export function isDriftIssueOf(body: string | null | undefined, subject: string): boolean {
  return body?.includes(driftIssueMarker(subject)) === true
}

/** The issue title (plain text on GitHub; control characters are already out of the subject). */
export function driftIssueTitle(subject: string): string {
  return `Drift detected: ${subject}`
}

function runLink(report: DriftReport, runUrl: string | undefined): string {
  const id = report.run?.id
  if (runUrl !== undefined) {
    return `[run ${escapeMarkdown(id ?? 'link')}${report.run?.attempt !== undefined && report.run.attempt !== '1' ? ` (attempt ${escapeMarkdown(report.run.attempt)})` : ''}](${runUrl})`
  }
  return id === undefined ? 'a local run' : `run ${escapeMarkdown(id)}`
}

function findings(report: DriftReport): string[] {
  const parts: string[] = []
  const table = testedColumnsTable(report, { onlyDrifted: true, limit: ISSUE_TABLE_ROWS })
  if (table !== '') parts.push('**Drifted columns**', '', table, '')
  const schema = schemaChangesTable(report, ISSUE_TABLE_ROWS)
  if (schema !== '') parts.push('**Schema changes**', '', schema, '')
  return parts
}

/** The body of a new drift issue. */
export function driftIssueBody(report: DriftReport, runUrl?: string): string {
  return [
    driftIssueMarker(report.subject),
    `## Drift detected: ${escapeMarkdown(report.subject)}`,
    '',
    `Found by Tollgate drift-check in ${runLink(report, runUrl)} (${report.generated_at}).`,
    '',
    verdictLine(report),
    '',
    sidesLine(report),
    '',
    ...findings(report),
    '---',
    '_This issue is kept up to date by drift-check: later runs comment here while drift persists and close it when a run finds no drift. The job summary of each run has the full table and histograms._',
    ''
  ].join('\n')
}

/** Comment for a run that still finds drift (`reopened`: the issue was closed before). */
export function driftUpdateComment(
  report: DriftReport,
  runUrl: string | undefined,
  reopened: boolean
): string {
  return [
    `### ${reopened ? 'Drift detected again' : 'Drift still detected'} — ${runLink(report, runUrl)}`,
    '',
    `${report.generated_at}: ${verdictLine(report)}`,
    '',
    ...findings(report)
  ].join('\n')
}

/** Comment closing the issue when a run finds no drift. */
export function driftResolvedComment(report: DriftReport, runUrl: string | undefined): string {
  return [
    `### No drift — ${runLink(report, runUrl)}`,
    '',
    `${report.generated_at}: ${report.dataset.drifted_columns} of ${report.dataset.tested_columns} tested columns drifted (share ${formatScore(report.dataset.share)}, below ${formatScore(report.dataset.drift_share)}) and no schema changes. Closing this issue; drift-check reopens it if drift returns.`,
    ''
  ].join('\n')
}

/** Comment closing an issue that a concurrent run opened for the same subject. */
export function driftDuplicateComment(keeperNumber: number): string {
  return `Closing as a duplicate of #${keeperNumber}: another drift-check run for the same subject opened that issue at the same time. Updates continue there.\n`
}
