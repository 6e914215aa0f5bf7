import {
  buildRunEvent,
  type DatasetDescription,
  type LineageRunContext,
  type RunEvent
} from '../lineage/openlineage-event.js'
import type { DriftReport, DriftSideSummary } from '../drift-report/drift-report.js'

/**
 * The OpenLineage COMPLETE event of a drift-check run: inputs are the reference — the registered
 * model version itself for a `registry:` reference (so the graph shows version → drift run),
 * else its data or profile files — and the current data files (by SHA-256 when known); the
 * verdict is the run's `tollgate_drift` facet. A run that found drift COMPLETEs: drift is its
 * finding, not a failure of the run.
 */
export function driftRunEvent(request: {
  context: LineageRunContext
  report: DriftReport
  /** SHA-256 of the data and profile files, keyed by the path the report lists. */
  digests?: ReadonlyMap<string, string>
}): RunEvent {
  const { context, report } = request
  const files = (side: DriftSideSummary): DatasetDescription[] =>
    side.files.map((file) => {
      const sha256 = request.digests?.get(file.path)
      return {
        namespace: context.namespace,
        name: file.path,
        ...(sha256 === undefined ? {} : { sha256 })
      }
    })
  const model = report.reference.model
  const reference: DatasetDescription[] =
    report.reference.kind === 'registry' && model !== undefined
      ? [
          {
            namespace: context.namespace,
            name: `${model.name}@${model.version}`,
            modelVersion: { model: model.name, version: model.version }
          }
        ]
      : files(report.reference)
  const drifted = report.dataset.drifted_columns
  return buildRunEvent({
    context,
    eventType: 'COMPLETE',
    eventTime: report.generated_at,
    inputs: [...reference, ...files(report.current)],
    outcome: {
      drift: {
        drifted: report.drift_detected,
        driftedColumns: drifted,
        summary:
          `${drifted} of ${report.dataset.tested_columns} tested columns drifted` +
          (report.schema_changes.length > 0
            ? `; ${report.schema_changes.length} schema change(s)`
            : '')
      }
    }
  })
}
