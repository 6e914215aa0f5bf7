import type { BundleFileEntry } from '../store/bundle-manifest.js'
import type { JsonValue } from '../store/canonical-json.js'

/**
 * The JSON report of a training run (`report-path`; schema in
 * shared/report/schemas/train-report.schema.json). It repeats what the output directory's files
 * say in one document for other tools, plus what only the run knows (warnings, row counts).
 */
export const TRAIN_REPORT_SCHEMA = 'tollgate.train-report/1'

export interface TrainReport {
  schema: typeof TRAIN_REPORT_SCHEMA
  tollgate_version: string
  generated_at: string
  /** OpenLineage run id of the training run. */
  run_id: string
  /** The built-in algorithm, or `command`. */
  model: string
  command: string | null
  target: string
  /** binary, multiclass or regression (null in command mode: the command decides). */
  task: string | null
  /** The output directory (absolute). */
  output: string
  /** Model files written, with digests. */
  files: BundleFileEntry[]
  /** The metrics recorded in metrics.json. */
  metrics: Record<string, number>
  metrics_source: 'validation' | 'training' | 'command'
  /** Built-in learners: metrics on the training rows, for spotting over-fitting. */
  training_metrics: Record<string, number> | null
  params: Record<string, JsonValue>
  /** Largest first; empty when the model does not say. */
  feature_importances: { feature: string; importance: number }[]
  rows: {
    total: number
    train: number | null
    validation: number | null
    dropped_missing_target: number | null
  }
  data: { path: string; format: string; bytes: number; sha256: string; rows?: number }[]
  code: { commit?: string; dirty?: boolean; ref?: string; repository?: string }
  environment: {
    tollgate: string
    node: string
    os: { platform: string; release: string; arch: string }
    runner?: { name?: string; os?: string; arch?: string; environment?: string }
  }
  duration_ms: number
  warnings: string[]
  /** Path of lineage.json (the run's OpenLineage event). */
  lineage: string
}

/**
 * The finite metric values of a learner's metric map: a metric that is undefined on the rows
 * (ROC AUC of a one-class validation set) is left out of metrics.json, which holds numbers only.
 */
export function finiteMetrics(
  values: Readonly<Record<string, number | null | undefined>>
): Record<string, number> {
  const result: Record<string, number> = {}
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'number' && Number.isFinite(value)) result[name] = value
  }
  return result
}
