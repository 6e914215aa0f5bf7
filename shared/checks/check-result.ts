import type { SourceLocation } from '../errors.js'
import type { Severity } from './check-types.js'

/** The outcome of one check, as written to the JSON report (schema: report-schema.ts). */
export interface CheckResult {
  id: string
  /** The data column, or null for table checks. */
  column: string | null
  check: string
  status: 'pass' | 'warn' | 'fail'
  severity: Severity
  /** Values the check looked at: all rows for table checks and not_null, non-null values otherwise. */
  element_count: number
  missing_count: number | null
  unexpected_count: number | null
  /** unexpected_count / element_count × 100. */
  unexpected_percent: number | null
  /** unexpected_count / all rows × 100. */
  unexpected_percent_total: number | null
  mostly: number | null
  /** The measured value (statistic, inferred type, duplicate counts ...). */
  observed: unknown
  /** The expectation in words, e.g. "between 18 and 90 (inclusive)". */
  expected: string
  /** False when the observed value comes from a sketch (see the profile's error bounds). */
  exact: boolean
  unexpected_samples: { row: number; value: string }[]
  /** One sentence for people: what passed or failed and by how much. */
  message: string
  /** Where the check is declared in the checks file. */
  location: SourceLocation
}
