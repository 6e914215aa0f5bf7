import { codeSpan, escapeMarkdown } from '../report/escape.js'
import { driftHistogramChart } from './drift-charts.js'
import { driftedEntries, type DriftReport } from './drift-report.js'
import {
  schemaChangesTable,
  sidesLine,
  testedColumnsTable,
  untestedColumnsTable,
  verdictLine
} from './drift-tables.js'

/** Columns drawn as histograms in the job summary. */
export const SUMMARY_CHARTED_COLUMNS = 5
const SUMMARY_TABLE_ROWS = 200

/**
 * The job summary of drift-check: verdict, what was compared, the table of tested columns
 * (drifted first), schema changes, untested columns with reasons, and Mermaid histograms of the
 * most drifted columns (reference bars, current line).
 */
export function driftSummaryMarkdown(
  report: DriftReport,
  options: { runUrl?: string } = {}
): string {
  const verdict = report.drift_detected ? 'drift detected' : 'no drift'
  const lines = [`## drift-check: ${escapeMarkdown(report.subject)} — ${verdict}`, '']
  lines.push(verdictLine(report), '', sidesLine(report), '')
  if (!report.dataset.exact) {
    lines.push(
      '_Approximate: columns marked ≈ were compared with the reference profile’s quantile sketch or top-values summary, not with exact data._',
      ''
    )
  }
  const tested = testedColumnsTable(report, { onlyDrifted: false, limit: SUMMARY_TABLE_ROWS })
  if (tested !== '') lines.push(tested, '')
  const schema = schemaChangesTable(report, SUMMARY_TABLE_ROWS)
  if (schema !== '') lines.push('### Schema changes', '', schema, '')
  const untested = untestedColumnsTable(report, SUMMARY_TABLE_ROWS)
  if (untested !== '') lines.push('### Columns not tested', '', untested, '')
  const charted = driftedEntries(report)
    .filter((entry) => entry.test?.histogram !== undefined)
    .slice(0, SUMMARY_CHARTED_COLUMNS)
  if (charted.length > 0) {
    lines.push('### Most drifted columns', '')
    for (const entry of charted) {
      const test = entry.test!
      lines.push(
        `**${codeSpan(entry.column)}** — ${escapeMarkdown(test.method_label ?? '')}: ${escapeMarkdown(test.method_reason, 200)}`,
        '',
        driftHistogramChart(entry.column, test.histogram!),
        ''
      )
    }
  }
  if (options.runUrl !== undefined) lines.push(`[Workflow run](${options.runUrl})`, '')
  return `${lines.join('\n')}\n`
}
