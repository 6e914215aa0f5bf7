import {
  buildRunEvent,
  type AssertionResult,
  type DatasetDescription,
  type LineageRunContext,
  type RunEvent
} from '../lineage/openlineage-event.js'
import type { DataProfile } from '../profile/data-profile.js'
import type { ValidateReport } from '../report/validate-report.js'
import { columnMetrics } from './train-lineage.js'

/**
 * The OpenLineage COMPLETE event of a validate-data run (DESIGN.md §7): the data files are the
 * inputs, each with its SHA-256 (so the same bytes are one node for validate-data, train and
 * drift-check alike), its schema and the standard data-quality facets — row count and column
 * metrics from the profile, and one assertion per check. The files the run wrote (profile,
 * report) are the outputs, by digest, so a later spc-check that reads the profile links to this
 * run. A run whose checks failed still COMPLETEs: the assertions carry the failures.
 */
export function validateRunEvent(request: {
  context: LineageRunContext
  report: ValidateReport
  profile: DataProfile
  /** SHA-256 of each data file, keyed by the path the report lists. */
  digests: ReadonlyMap<string, string>
  /** Files the run wrote, e.g. the profile and the report, with their SHA-256. */
  outputs?: readonly { path: string; sha256: string }[]
}): RunEvent {
  const { context, report, profile } = request
  const schema = profile.columns.map((column) => ({ name: column.name, type: column.type }))
  const single = report.data.files.length === 1
  // The checks judge the table all files form; each file carries them, as each is part of it.
  const assertions: AssertionResult[] = report.results.map((result) => ({
    assertion: result.check,
    success: result.status === 'pass',
    ...(result.column === null ? {} : { column: result.column }),
    severity: result.severity,
    ...(result.unexpected_count === null ? {} : { failures: result.unexpected_count })
  }))
  const inputs: DatasetDescription[] = report.data.files.map((file) => {
    const sha256 = request.digests.get(file.path)
    return {
      namespace: context.namespace,
      name: file.path,
      ...(sha256 === undefined ? {} : { sha256 }),
      schema,
      quality: {
        bytes: file.bytes,
        // The profile covers the whole table; per-file metrics are only exact for one file.
        ...(single ? { rowCount: profile.rows, columns: columnMetrics(profile) } : {}),
        assertions
      }
    }
  })
  const outputs: DatasetDescription[] = (request.outputs ?? []).map((file) => ({
    namespace: context.namespace,
    name: file.path,
    sha256: file.sha256
  }))
  return buildRunEvent({
    context,
    eventType: 'COMPLETE',
    eventTime: report.generated_at,
    inputs,
    outputs
  })
}
