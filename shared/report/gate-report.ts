import type { ClassLabel } from '../evaluation/label-encoding.js'
import type { GateReason, GateVerdict } from '../gate/gate-decision.js'

/**
 * The JSON report of evaluate-gate (`tollgate gate --report-path`). Numbers are full double
 * precision; a metric that is undefined on the data (e.g. ROC AUC of a one-class slice) is null.
 */
export interface GateReport {
  $schema: string
  tool: { name: 'tollgate'; version: string }
  action: 'evaluate-gate'
  generated_at: string
  passed: boolean
  verdict: GateVerdict
  summary: string
  candidate: ModelDescription
  /** Null when there was no champion. */
  champion: ModelDescription | null
  /** Which champion was used, or why there was none. */
  champion_note: string
  task: 'classification' | 'regression'
  /** Class labels in code order (classification). */
  classes: ClassLabel[] | null
  data: {
    files: { path: string; sha256: string }[]
    target: string
    /** Rows scored (rows with a target value). */
    rows: number
    rows_without_target: number
  }
  rules: {
    source: string
    sha256: string
    comparison: 'exact' | 'mlflow-compatible'
    bootstrap: {
      replicates: number
      seed: number
      stratified: boolean
      interval: 'percentile' | 'basic' | 'bca'
    }
  }
  /** One entry per condition of every rule. */
  reasons: ReportReason[]
  /** Every metric of the task for each model (default averaging), and the rule metrics as configured. */
  metrics: { candidate: MetricTable; champion: MetricTable | null }
  /** Precision, recall and F1 of each class (classification). */
  per_class: PerClassRow[] | null
  slices: SliceReport | null
  evidence: ComparisonEvidence
  warnings: string[]
}

export interface ModelDescription {
  reference: string
  source: 'registry' | 'directory' | 'predictions'
  model: string | null
  version: string | null
  stage: string | null
  /** The predictions file used instead of the model, when one was given. */
  predictions: string | null
}

export type MetricTable = Record<string, number | null>

export interface ReportReason extends Omit<GateReason, 'candidate' | 'champion'> {
  candidate: number | null
  champion: number | null
}

export interface ClassMetrics {
  precision: number
  recall: number
  f1: number
}

export interface PerClassRow {
  label: ClassLabel
  support: number
  candidate: ClassMetrics
  champion: ClassMetrics | null
}

export interface SliceReport {
  column: string
  metrics: string[]
  slices: {
    value: string | null
    rows: number
    candidate: MetricTable
    champion: MetricTable | null
  }[]
}

export interface BootstrapEvidence {
  metric: string
  /** candidate − champion on all rows. */
  estimate: number | null
  confidence_level: number
  interval: 'percentile' | 'basic' | 'bca'
  lower: number | null
  upper: number | null
  replicates_used: number
  replicates_dropped: number
  resampling: 'paired' | 'stratified'
  seed: number
  /** True when a rule requires this test (it then decided); false when shown for information. */
  required: boolean
}

export interface ComparisonEvidence {
  bootstrap: BootstrapEvidence[]
  mcnemar: {
    method: string
    b: number
    c: number
    both_correct: number
    both_wrong: number
    statistic: number
    p_value: number
    favours_candidate: boolean
  } | null
  delong: {
    candidate_auc: number
    champion_auc: number
    difference: number
    z: number | null
    p_value: number
    confidence_level: number
    lower: number | null
    upper: number | null
  } | null
  /** Why a test could not run (e.g. DeLong with fewer than 2 positives). */
  notes: string[]
}

export const GATE_REPORT_SCHEMA_ID = 'https://tollgate.dev/schemas/gate-report.schema.json'

/** A number for JSON: NaN and ±Infinity become null (JSON has no such values). */
export function finiteOrNull(value: number | null | undefined): number | null {
  return value === null || value === undefined || !Number.isFinite(value) ? null : value
}

/** A metric record with NaN turned into null. */
export function metricTable(values: Readonly<Record<string, number | undefined>>): MetricTable {
  const table: MetricTable = {}
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined) table[name] = finiteOrNull(value)
  }
  return table
}
