import { IntegrityError } from '../errors.js'
import { isJsonObject } from '../store/canonical-json.js'
import type { RunIdentity } from '../registry/registry-state.js'
import type { RunEvent } from '../lineage/openlineage-event.js'

/**
 * What evaluate-gate stores about a verdict on a registered version (series `gate.<model>`,
 * one record per version and run), so deploy's promotion policy can require "passed the gate"
 * without re-running the evaluation, and reviewers see the numbers that decided.
 */

export const GATE_RECORD_SCHEMA = 'tollgate.gate-verdict/1'

export interface GateVerdictRecord {
  schema: typeof GATE_RECORD_SCHEMA
  model: string
  /** The candidate version, `v1.2.3`. */
  version: string
  verdict: 'promote' | 'reject' | 'no-champion'
  passed: boolean
  summary: string
  /** The champion compared against; null when there was none. */
  champion: { reference: string; version: string } | null
  /** Metric values; null where a metric was undefined on the data (NaN). */
  metrics: {
    candidate: Record<string, number | null>
    champion: Record<string, number | null> | null
  }
  /** The evaluation data, by file and digest. */
  data: { rows: number; files: { path: string; sha256: string }[] }
  /** Where the rules came from and their digest. */
  rules: { source: string; sha256: string }
  run: RunIdentity & { url?: string }
  /** ISO-8601, the verdict's time. */
  recordedAt: string
  checkRun?: { id: number; url?: string }
  /**
   * The verdict's OpenLineage event (inputs: the candidate version and the evaluation data by
   * digest; run facet tollgate_gateVerdict), so the lineage graph links version -> gate verdict.
   */
  lineage?: RunEvent
}

/** The series holding a model's gate verdicts. */
export function gateSeries(model: string): string {
  return `gate.${model}`
}

/** `<version>.<run key>`: one verdict per version per run (re-runs are idempotent). */
export function gateRecordKey(version: string, run: string): string {
  return `${version}.${run}`
}

/** Checks a stored verdict's shape; `what` names it in the error. */
export function parseGateVerdictRecord(value: unknown, what: string): GateVerdictRecord {
  const fail = (detail: string): never => {
    throw new IntegrityError(`${what} is not a Tollgate gate verdict: ${detail}.`)
  }
  if (!isJsonObject(value)) return fail('it is not a JSON object')
  if (value.schema !== GATE_RECORD_SCHEMA) fail(`schema is ${JSON.stringify(value.schema)}`)
  for (const key of ['model', 'version', 'verdict', 'summary', 'recordedAt'] as const) {
    if (typeof value[key] !== 'string') fail(`${key} is missing`)
  }
  if (!['promote', 'reject', 'no-champion'].includes(value.verdict as string))
    fail('unknown verdict')
  if (typeof value.passed !== 'boolean') fail('passed is not true or false')
  if (!isJsonObject(value.metrics) || !isJsonObject(value.metrics.candidate))
    fail('metrics are missing')
  if (!isJsonObject(value.run) || typeof value.run.id !== 'string') fail('run is missing')
  return value as unknown as GateVerdictRecord
}
