import { buildLineageGraph } from '../lineage/lineage-graph.js'
import { renderLineageMermaidBlock } from '../lineage/mermaid-lineage.js'
import type { RunEvent } from '../lineage/openlineage-event.js'
import { codeSpan, escapeMarkdown } from './escape.js'
import { categoryChart } from './mermaid-charts.js'
import type { TrainReport } from './train-report.js'
import { groupedInteger } from '../text/grouped-integer.js'

/** Feature importances drawn in the chart; the rest are counted below it. */
const CHART_FEATURES = 12

/**
 * The job summary of a training run: metrics table, feature-importance chart, parameters, the
 * data it read (with digests), where it ran, and the lineage graph. Every value that comes from
 * data, the user's command or the learner's parameters is escaped.
 */
export function trainSummaryMarkdown(report: TrainReport, events: readonly RunEvent[]): string {
  const what =
    report.model === 'command'
      ? `command ${codeSpan(report.command ?? '', 60)}`
      : `${codeSpan(report.model)}${report.task === null ? '' : ` (${escapeMarkdown(report.task)})`}`
  const data = report.data.map((file) => codeSpan(file.path, 60)).join(', ')
  const lines = [
    `### Tollgate train: ${what}`,
    '',
    `Target ${codeSpan(report.target)} · ${groupedInteger(report.rows.total)} rows in ${data} · ` +
      `${formatDuration(report.duration_ms)} · run ${codeSpan(report.run_id)}`,
    ''
  ]
  for (const warning of report.warnings) lines.push(`> ⚠️ ${escapeMarkdown(warning, 300)}`, '')

  lines.push('#### Metrics', '')
  const names = Object.keys(report.metrics)
  const source = {
    validation: `validation (${report.rows.validation ?? '?'} rows)`,
    training: 'training rows',
    command: 'reported by the command'
  }[report.metrics_source]
  if (report.training_metrics !== null && report.metrics_source === 'validation') {
    lines.push(`| Metric | ${source} | training (${report.rows.train ?? '?'} rows) |`)
    lines.push('| --- | --- | --- |')
    for (const name of names) {
      const train = report.training_metrics[name]
      lines.push(
        `| ${codeSpan(name)} | ${formatNumber(report.metrics[name]!)} | ${train === undefined ? '—' : formatNumber(train)} |`
      )
    }
  } else {
    lines.push(`| Metric | ${source} |`, '| --- | --- |')
    for (const name of names)
      lines.push(`| ${codeSpan(name)} | ${formatNumber(report.metrics[name]!)} |`)
  }
  lines.push('')

  if (report.feature_importances.length > 0) {
    const shown = report.feature_importances.slice(0, CHART_FEATURES)
    lines.push('#### Feature importances', '')
    lines.push(
      categoryChart(
        'Feature importance (share, %)',
        shown.map((entry) => ({
          label: entry.feature,
          value: Number((entry.importance * 100).toFixed(2))
        })),
        '%'
      )
    )
    const rest = report.feature_importances.length - shown.length
    if (rest > 0)
      lines.push('', `_${rest} more feature(s) with smaller importance are in the report._`)
    lines.push('')
  }

  const params = Object.entries(report.params).filter(([name]) => name !== 'command')
  if (params.length > 0) {
    lines.push(
      '<details><summary>Parameters</summary>',
      '',
      '| Parameter | Value |',
      '| --- | --- |'
    )
    for (const [name, value] of params) {
      lines.push(`| ${codeSpan(name)} | ${codeSpan(JSON.stringify(value), 100)} |`)
    }
    lines.push('', '</details>', '')
  }

  lines.push('<details><summary>Data, code and environment</summary>', '')
  lines.push('| Data file | Format | Bytes | SHA-256 |', '| --- | --- | --- | --- |')
  for (const file of report.data) {
    lines.push(
      `| ${codeSpan(file.path, 60)} | ${file.format} | ${groupedInteger(file.bytes)} | ${codeSpan(file.sha256)} |`
    )
  }
  lines.push('', '| Model file | Bytes | SHA-256 |', '| --- | --- | --- |')
  for (const file of report.files) {
    lines.push(
      `| ${codeSpan(file.name)} | ${groupedInteger(file.size)} | ${codeSpan(file.sha256)} |`
    )
  }
  const { code, environment } = report
  const commit =
    code.commit === undefined
      ? 'unknown'
      : `${codeSpan(code.commit)}${code.dirty === true ? ' (modified files)' : ''}`
  const runner =
    environment.runner === undefined
      ? ''
      : ` · runner ${escapeMarkdown([environment.runner.name, environment.runner.os, environment.runner.arch].filter((part) => part !== undefined).join(' '))}`
  lines.push(
    '',
    `Commit ${commit} · Node ${escapeMarkdown(environment.node)} · ${escapeMarkdown(`${environment.os.platform} ${environment.os.release} ${environment.os.arch}`)}${runner} · Tollgate ${escapeMarkdown(environment.tollgate)}`,
    '',
    '</details>',
    ''
  )

  if (events.length > 0) {
    lines.push(
      '#### Lineage',
      '',
      renderLineageMermaidBlock(buildLineageGraph(events)).trimEnd(),
      ''
    )
  }
  return lines.join('\n')
}

/** Metrics with 4 significant digits: enough to compare runs at a glance; the JSON is exact. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return groupedInteger(value)
  return String(Number(value.toPrecision(4)))
}

function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`
  const seconds = ms / 1000
  if (seconds < 120) return `${seconds.toFixed(1)} s`
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`
}
