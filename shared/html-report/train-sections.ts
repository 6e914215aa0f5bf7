import type { TrainReport } from '../report/train-report.js'
import { barChartSvg } from './bar-chart.js'
import { chartFigure } from './chart-frame.js'
import { displayNumber } from './display-number.js'
import { codeText, htmlTable } from './html-table.js'
import { keyValueCard } from './key-value-card.js'
import { safeHtml } from './markup.js'
import type { ReportSection } from './report-section.js'

/**
 * The train part of an HTML report: the model and its data (by digest), the metrics on the
 * validation rows next to the training rows (a large gap is over-fitting), the parameters, and
 * the feature importances as a bar chart.
 */

/** Features drawn in the importance chart; the table lists them all. */
export const MAX_IMPORTANCE_BARS = 20

/** Sections for one training run; `idPrefix` tells apart several runs in one document. */
export function trainReportSections(
  report: TrainReport,
  options: { idPrefix?: string } = {}
): ReportSection[] {
  const prefix = options.idPrefix ?? 'train'
  const rows = report.rows
  const facts = [
    {
      key: 'Model',
      value: report.command === null ? report.model : `${report.model}: ${report.command}`
    },
    { key: 'Task', value: report.task ?? 'decided by the command' },
    { key: 'Target', value: codeText(report.target) },
    {
      key: 'Rows',
      value: `${displayNumber(rows.total)} (train ${displayNumber(rows.train)}, validation ${displayNumber(rows.validation)}${rows.dropped_missing_target ? `, ${displayNumber(rows.dropped_missing_target)} without a target` : ''})`
    },
    ...(report.code.commit === undefined
      ? []
      : [
          {
            key: 'Commit',
            value: `${report.code.commit.slice(0, 12)}${report.code.dirty === true ? ' (uncommitted changes)' : ''}`
          }
        ]),
    { key: 'Duration', value: `${displayNumber(report.duration_ms / 1000, 3)} s` },
    { key: 'Generated', value: report.generated_at }
  ]
  const names = [
    ...new Set([...Object.keys(report.metrics), ...Object.keys(report.training_metrics ?? {})])
  ]
  const metrics = htmlTable({
    caption: `Metrics (${report.metrics_source})`,
    columns: [
      { header: 'Metric' },
      { header: report.metrics_source === 'validation' ? 'Validation' : 'Value', numeric: true },
      ...(report.training_metrics === null ? [] : [{ header: 'Training rows', numeric: true }])
    ],
    rows: names.map((name) => [
      codeText(name),
      displayNumber(report.metrics[name]),
      ...(report.training_metrics === null ? [] : [displayNumber(report.training_metrics[name])])
    ]),
    emptyText: 'No metrics were recorded.'
  })
  const data = htmlTable({
    caption: 'Training data',
    columns: [
      { header: 'File' },
      { header: 'Format' },
      { header: 'Bytes', numeric: true },
      { header: 'SHA-256' }
    ],
    rows: report.data.map((file) => [
      codeText(file.path),
      file.format,
      displayNumber(file.bytes),
      codeText(file.sha256)
    ])
  })
  const params = htmlTable({
    caption: 'Parameters',
    columns: [{ header: 'Parameter' }, { header: 'Value' }],
    rows: Object.entries(report.params).map(([name, value]) => [
      codeText(name),
      typeof value === 'string' ? value : JSON.stringify(value)
    ]),
    emptyText: 'No parameters were recorded.'
  })
  const importances = report.feature_importances
  const shown = importances.slice(0, MAX_IMPORTANCE_BARS)
  const chart =
    shown.length === 0
      ? ''
      : chartFigure(
          'Feature importance',
          barChartSvg({
            title: 'Feature importance',
            description: `The ${shown.length} most important of ${importances.length} features, largest first.`,
            xLabel: 'feature',
            yLabel: 'importance',
            bins: { kind: 'categories', labels: shown.map((entry) => entry.feature) },
            series: [
              { label: 'importance', tone: 'value', values: shown.map((entry) => entry.importance) }
            ]
          }),
          importances.length > shown.length
            ? `${importances.length - shown.length} more feature(s) in the JSON report.`
            : undefined
        )
  const warnings =
    report.warnings.length === 0
      ? ''
      : safeHtml`<h3>Warnings</h3><ul>${report.warnings.map((warning) => safeHtml`<li>${warning}</li>`)}</ul>`
  return [
    {
      id: `${prefix}-run`,
      title: 'Training run',
      source: 'train',
      lead: `${report.model} on ${report.target}; run ${report.run_id}.`,
      body: safeHtml`${keyValueCard(facts)}${metrics}${chart}${warnings}`
    },
    {
      id: `${prefix}-inputs`,
      title: 'Training data and parameters',
      source: 'train',
      collapsed: true,
      body: safeHtml`${data}${params}`
    }
  ]
}
