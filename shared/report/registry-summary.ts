import { buildLineageGraph, lineageAround, modelVersionNodeId } from '../lineage/lineage-graph.js'
import { renderLineageMermaidBlock } from '../lineage/mermaid-lineage.js'
import type { RunEvent } from '../lineage/openlineage-event.js'
import { codeSpan, escapeMarkdown } from './escape.js'
import type { RegisterReport } from './registry-report.js'
import { formatNumber } from './train-summary.js'
import { groupedInteger } from '../text/grouped-integer.js'

/**
 * The job summary of a registration: the version and where its files are, the stage it entered,
 * its metrics, files with their SHA-256, the training data digests, and the lineage graph from the
 * training data to the version.
 */
export function registerSummaryMarkdown(
  report: RegisterReport,
  events: readonly RunEvent[]
): string {
  const tag = codeSpan(report.tag)
  const state =
    report.outcome === 'created'
      ? 'registered'
      : 'already registered by this workflow run (re-run); nothing new was written'
  const where =
    report.release_url === null
      ? `in ${escapeMarkdown(report.store, 200)}`
      : `— [release](${report.release_url})`
  const lines = [`### Tollgate register-model: ${tag} ${state}`, '', `${tag} ${where}`, '']
  if (report.stage !== null) {
    const change =
      report.stage.outcome === 'created'
        ? `assigned to stage ${codeSpan(report.stage.stage)} (${codeSpan(report.stage.tag)})`
        : `already in stage ${codeSpan(report.stage.stage)}`
    lines.push(`${tag} ${change}.`, '')
  }
  for (const warning of report.warnings) lines.push(`> ⚠️ ${escapeMarkdown(warning, 300)}`, '')

  const metrics = Object.entries(report.metrics)
  if (metrics.length > 0) {
    lines.push('| Metric | Value |', '| --- | --- |')
    for (const [name, value] of metrics)
      lines.push(`| ${codeSpan(name)} | ${formatNumber(value)} |`)
    lines.push('')
  }
  lines.push('<details><summary>Files and training data</summary>', '')
  lines.push('| File | Bytes | SHA-256 |', '| --- | --- | --- |')
  for (const file of report.files) {
    lines.push(
      `| ${codeSpan(file.name)} | ${groupedInteger(file.size)} | ${codeSpan(file.sha256)} |`
    )
  }
  if (report.training_data.length > 0) {
    lines.push('', '| Training data | Rows | SHA-256 |', '| --- | --- | --- |')
    for (const data of report.training_data) {
      lines.push(
        `| ${codeSpan(data.name, 60)} | ${data.rows === undefined ? '—' : groupedInteger(data.rows)} | ${codeSpan(data.sha256)} |`
      )
    }
  }
  const who = [
    report.commit === null ? undefined : `commit ${codeSpan(report.commit)}`,
    report.actor === null ? undefined : `by ${escapeMarkdown(report.actor)}`,
    report.run === null
      ? undefined
      : `run ${escapeMarkdown(report.run.id)} attempt ${report.run.attempt}`
  ].filter((part) => part !== undefined)
  if (who.length > 0) lines.push('', who.join(' · '))
  lines.push('', '</details>', '')

  const graph = lineageAround(
    buildLineageGraph(events),
    modelVersionNodeId(report.model, report.version)
  )
  if (graph.nodes.length > 1)
    lines.push('#### Lineage', '', renderLineageMermaidBlock(graph).trimEnd(), '')
  return lines.join('\n')
}
