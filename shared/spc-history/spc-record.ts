import { canonicalJsonBytes, isJsonObject } from '../store/canonical-json.js'
import type { MetricPoint } from './metric-point.js'
import { metricNameProblem, readMetricPoint } from './metric-point.js'

/**
 * One run's entry in an spc-check history: the metrics of that run, who wrote it, and nothing
 * that changes when the same attempt runs again (no wall-clock time; the store records when it was
 * written). Records are immutable and serialised canonically, so an idempotent re-run produces
 * the identical bytes and the store answers 'exists' instead of a conflict.
 */
export const SPC_RECORD_FORMAT = 'tollgate-spc-record'
export const SPC_RECORD_VERSION = 1

/** The workflow run that wrote a record. */
export interface SpcRunIdentity {
  /** GITHUB_RUN_ID, or the CLI's --run-id. */
  id: string
  /** GITHUB_RUN_ATTEMPT, from 1. */
  attempt: number
  /** Commit the run checked (GITHUB_SHA), '' when unknown. */
  sha: string
  /** GITHUB_REF, '' when unknown. */
  ref: string
  /** Triggering event (schedule, pull_request, …), '' when unknown. */
  event: string
}

export interface SpcRecord {
  format: typeof SPC_RECORD_FORMAT
  version: typeof SPC_RECORD_VERSION
  /** The user's series name (the store series is `spc-history.<series>`). */
  series: string
  run: SpcRunIdentity
  /** The metric files this run read, as given. */
  sources: string[]
  /** Metric name → this run's observation. */
  metrics: Record<string, MetricPoint>
}

/** Builds a record (metrics in name order, so equal inputs give equal bytes). */
export function buildSpcRecord(input: {
  series: string
  run: SpcRunIdentity
  sources: readonly string[]
  metrics: Readonly<Record<string, MetricPoint>>
}): SpcRecord {
  const metrics: Record<string, MetricPoint> = {}
  for (const name of Object.keys(input.metrics).sort()) metrics[name] = input.metrics[name]!
  return {
    format: SPC_RECORD_FORMAT,
    version: SPC_RECORD_VERSION,
    series: input.series,
    run: { ...input.run },
    sources: [...input.sources],
    metrics
  }
}

/** The canonical bytes stored for a record. */
export function serializeSpcRecord(record: SpcRecord): Uint8Array {
  return canonicalJsonBytes(record, `the spc-check history record of run ${record.run.id}`)
}

/**
 * Parses stored bytes back into a record, or says in one sentence why it cannot be used. A
 * history reader reports such records and charts the rest; it never drops them silently.
 */
export function parseSpcRecord(bytes: Uint8Array, series: string): SpcRecord | { problem: string } {
  let raw: unknown
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown
  } catch (error) {
    return { problem: `it is not valid UTF-8 JSON (${(error as Error).message})` }
  }
  if (!isJsonObject(raw)) return { problem: 'it is not a JSON object' }
  if (raw.format !== SPC_RECORD_FORMAT) {
    return {
      problem: `its format is ${JSON.stringify(raw.format)}, expected "${SPC_RECORD_FORMAT}"`
    }
  }
  if (raw.version !== SPC_RECORD_VERSION) {
    return {
      problem: `it has version ${JSON.stringify(raw.version)}; this Tollgate reads version ${SPC_RECORD_VERSION}`
    }
  }
  if (raw.series !== series) {
    return {
      problem: `it belongs to series ${JSON.stringify(raw.series)}, not ${JSON.stringify(series)}`
    }
  }
  const run = readRun(raw.run)
  if ('problem' in run) return run
  const sources = raw.sources
  if (!Array.isArray(sources) || !sources.every((source) => typeof source === 'string')) {
    return { problem: 'its sources are not a list of file names' }
  }
  if (!isJsonObject(raw.metrics)) return { problem: 'its metrics are not an object' }
  const metrics: Record<string, MetricPoint> = {}
  for (const [name, value] of Object.entries(raw.metrics)) {
    const nameProblem = metricNameProblem(name)
    if (nameProblem !== undefined)
      return { problem: `metric ${JSON.stringify(name)}: ${nameProblem}` }
    if (!isJsonObject(value) || typeof value.kind !== 'string') {
      return { problem: `metric ${JSON.stringify(name)} has no kind` }
    }
    const point = readMetricPoint(value)
    if ('problem' in point) return { problem: `metric ${JSON.stringify(name)}: ${point.problem}` }
    metrics[name] = point
  }
  return {
    format: SPC_RECORD_FORMAT,
    version: SPC_RECORD_VERSION,
    series,
    run,
    sources: sources,
    metrics
  }
}

function readRun(raw: unknown): SpcRunIdentity | { problem: string } {
  if (!isJsonObject(raw)) return { problem: 'its run is not an object' }
  const { id, attempt, sha, ref, event } = raw
  if (typeof id !== 'string' || id === '') return { problem: 'its run id is missing' }
  if (typeof attempt !== 'number' || !Number.isInteger(attempt) || attempt < 1) {
    return { problem: `its run attempt ${JSON.stringify(attempt)} is not a whole number ≥ 1` }
  }
  if (typeof sha !== 'string' || typeof ref !== 'string' || typeof event !== 'string') {
    return { problem: 'its run sha, ref or event is not text' }
  }
  return { id, attempt, sha, ref, event }
}
