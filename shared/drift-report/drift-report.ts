import type { InferredType } from '../checks/infer-type.js'
import type { RequestedMethod } from '../drift/column-drift.js'
import { datasetDrift, type DatasetDriftResult } from '../drift/dataset-drift.js'
import type { ColumnKind } from '../drift/drift-methods.js'
import type { ColumnDriftResult } from '../drift/drift-result.js'
import type { PsiBinning } from '../drift/method-scores.js'

/**
 * The JSON report of drift-check; its JSON Schema is shared/drift-report/drift-report.schema.json.
 * Per column: the test (method, statistic, p-value where defined, threshold, operator, drift
 * flag, the bins to draw) or why the column was not tested; per dataset: Evidently's share rule,
 * plus schema changes (a column missing on one side or with another type), which are findings of
 * their own.
 */
export interface DriftReport {
  $schema: string
  tool: { name: 'tollgate'; version: string }
  action: 'drift-check'
  generated_at: string
  /** What is monitored: the issue title and the history series are per subject. */
  subject: string
  /** Dataset drift or a schema change: what opens or updates the issue. */
  drift_detected: boolean
  reference: DriftSideSummary
  current: DriftSideSummary
  settings: DriftReportSettings
  dataset: DatasetDriftResult & {
    /** A column is missing on one side or changed its type. */
    schema_drift: boolean
  }
  schema_changes: SchemaChange[]
  columns: DriftColumnEntry[]
  /** The workflow run, when run in GitHub Actions. */
  run?: { id: string; attempt: string; url?: string }
}

export interface DriftSideSummary {
  kind: 'data' | 'profile' | 'registry'
  source: string
  files: { path: string; format: string; bytes: number }[]
  rows: number
  /** Columns known on this side (0 for an empty file without a header). */
  columns: number
  /** True for a file without even a header row. */
  empty: boolean
  profile_generated_at?: string
  model?: { name: string; version: string; tag: string; stage?: string }
}

export interface DriftReportSettings {
  method: RequestedMethod
  threshold: number | null
  drift_share: number
  psi_binning: PsiBinning
  column_overrides: {
    column: string
    method: RequestedMethod | null
    threshold: number | null
    origin: string
  }[]
  selected_columns: string[]
  ignored_columns: string[]
}

export type SchemaChangeKind = 'missing_in_current' | 'new_in_current' | 'type_changed'

export interface SchemaChange {
  column: string
  change: SchemaChangeKind
  reference_type: InferredType | null
  current_type: InferredType | null
}

/**
 * One column of the union of both sides:
 * - `tested`: a drift test ran (`test` holds its result);
 * - `error`: it could not run (an all-null side, an empty file, a method that does not fit);
 * - `skipped`: not tested by design (dates, free text, ignored columns);
 * - `schema`: missing on one side or a changed type (see `schema_change`).
 */
export interface DriftColumnEntry {
  column: string
  status: 'tested' | 'error' | 'skipped' | 'schema'
  drifted: boolean
  kind: ColumnKind | null
  reference_type: InferredType | null
  current_type: InferredType | null
  reference_nulls: number | null
  current_nulls: number | null
  /**
   * Where the reference values came from: the data itself, a profile's value counts (exact while
   * the column has at most 1000 distinct values), or a profile's quantile sketch (approximate).
   */
  reference_source: 'data' | 'profile-counts' | 'profile-sketch' | null
  message?: string
  schema_change?: SchemaChangeKind
  test?: ColumnDriftResult
}

export const DRIFT_REPORT_SCHEMA_ID = 'https://tollgate.dev/schemas/drift-report.schema.json'

export interface DriftReportInput {
  subject: string
  reference: DriftSideSummary
  current: DriftSideSummary
  settings: DriftReportSettings
  columns: DriftColumnEntry[]
  generatedAt: string
  version: string
  run?: DriftReport['run']
}

/**
 * Assembles the report: dataset drift by Evidently's rule over the tested columns (errors listed,
 * not counted), schema changes collected from the column entries.
 */
export function buildDriftReport(input: DriftReportInput): DriftReport {
  const results = input.columns.flatMap((entry) =>
    entry.test !== undefined && (entry.status === 'tested' || entry.status === 'error')
      ? [entry.test]
      : []
  )
  const dataset = datasetDrift(results, input.settings.drift_share)
  for (const entry of input.columns) {
    if (entry.status === 'error' && entry.test === undefined) {
      dataset.errors.push({ column: entry.column, error: entry.message ?? 'not testable' })
    }
  }
  const schemaChanges: SchemaChange[] = input.columns.flatMap((entry) =>
    entry.schema_change === undefined
      ? []
      : [
          {
            column: entry.column,
            change: entry.schema_change,
            reference_type: entry.reference_type,
            current_type: entry.current_type
          }
        ]
  )
  const schemaDrift = schemaChanges.length > 0
  const report: DriftReport = {
    $schema: DRIFT_REPORT_SCHEMA_ID,
    tool: { name: 'tollgate', version: input.version },
    action: 'drift-check',
    generated_at: input.generatedAt,
    subject: input.subject,
    drift_detected: dataset.dataset_drift || schemaDrift,
    reference: input.reference,
    current: input.current,
    settings: input.settings,
    dataset: { ...dataset, schema_drift: schemaDrift },
    schema_changes: schemaChanges,
    columns: input.columns
  }
  if (input.run !== undefined) report.run = input.run
  return report
}

/** The tested columns that drifted, most severe first (see driftSeverity). */
export function driftedEntries(report: DriftReport): DriftColumnEntry[] {
  return report.columns
    .filter((entry) => entry.status === 'tested' && entry.drifted)
    .sort((a, b) => driftSeverity(b) - driftSeverity(a) || a.column.localeCompare(b.column))
}

/**
 * How far past its threshold a column is, comparable across methods: threshold / p for p-value
 * tests (∞ at p = 0), score / threshold for distances. Used only to order columns for display.
 */
export function driftSeverity(entry: DriftColumnEntry): number {
  const test = entry.test
  if (test === undefined || test.score === null || test.threshold === null) {
    // A score that is not finite (an infinite chi-square or KL) is as severe as it gets.
    return test?.drifted === true ? Infinity : 0
  }
  if (test.operator === '>=') return test.threshold === 0 ? Infinity : test.score / test.threshold
  return test.score === 0 ? Infinity : test.threshold / test.score
}
