import {
  buildRunEvent,
  type DatasetDescription,
  type LineageRunContext,
  type RunEvent
} from '../lineage/openlineage-event.js'
import type { SpcReport } from '../report/spc-report.js'

/**
 * The OpenLineage COMPLETE event of an spc-check run: the metric files it read are the inputs
 * (by SHA-256, so a validate-data profile links back to the validation run that wrote it), each
 * carrying one data-quality assertion per charted metric ("in control on this run's point"); the
 * series' history is the output, one node per series however many runs append to it.
 */
export function spcRunEvent(request: {
  context: LineageRunContext
  report: SpcReport
  /** The metric files of this run, with their SHA-256 (none when only the history was charted). */
  metricsFiles: readonly { path: string; sha256: string }[]
}): RunEvent {
  const { context, report } = request
  const assertions = report.charts
    .filter((chart) => chart.result !== null)
    .map((chart) => ({
      assertion: `spc:${chart.chart}`,
      success: chart.in_control,
      column: chart.metric ?? chart.name,
      failures: chart.current_violations.length
    }))
  const inputs: DatasetDescription[] = request.metricsFiles.map((file) => ({
    namespace: context.namespace,
    name: file.path,
    sha256: file.sha256,
    quality: { assertions }
  }))
  const outputs: DatasetDescription[] =
    report.mode === 'history'
      ? [{ namespace: context.namespace, name: `spc-history.${report.series}` }]
      : []
  return buildRunEvent({
    context,
    eventType: 'COMPLETE',
    eventTime: report.generated_at,
    inputs,
    outputs
  })
}
