import {
  buildRunEvent,
  type ColumnMetrics,
  type DatasetDescription,
  type LineageRunContext,
  type RunEvent
} from '../lineage/openlineage-event.js'
import type { DataProfile } from '../profile/data-profile.js'
import type { BundleFileEntry } from '../store/bundle-manifest.js'
import type { TrainingDataFile } from './train-output.js'

/**
 * The OpenLineage COMPLETE event of a training run (DESIGN.md §7): inputs are the training data
 * files, each with its SHA-256 (so the same bytes are one node wherever they are read), its schema
 * and data-quality metrics from the profile; outputs are the files the run produced, by digest,
 * which register-model then reads as its inputs — that is how a version links back to its data.
 */
export function trainRunEvent(request: {
  context: LineageRunContext
  eventTime: string
  data: readonly TrainingDataFile[]
  profile: DataProfile
  outputs: readonly BundleFileEntry[]
}): RunEvent {
  const { context, profile } = request
  const schema = profile.columns.map((column) => ({ name: column.name, type: column.type }))
  const single = request.data.length === 1
  const inputs: DatasetDescription[] = request.data.map((file) => ({
    namespace: context.namespace,
    name: file.path,
    sha256: file.sha256,
    schema,
    quality: {
      bytes: file.bytes,
      // The profile covers the whole table; per-file metrics are only exact for one file.
      ...(single ? { rowCount: profile.rows, columns: columnMetrics(profile) } : {})
    }
  }))
  const outputs: DatasetDescription[] = request.outputs.map((file) => ({
    namespace: context.namespace,
    name: file.name,
    sha256: file.sha256
  }))
  return buildRunEvent({
    context,
    eventType: 'COMPLETE',
    eventTime: request.eventTime,
    inputs,
    outputs
  })
}

/** The profile's per-column numbers in OpenLineage's DataQualityMetrics shape. */
export function columnMetrics(profile: DataProfile): Record<string, ColumnMetrics> {
  const metrics: Record<string, ColumnMetrics> = {}
  for (const column of profile.columns) {
    const entry: ColumnMetrics = {
      nullCount: column.nulls,
      distinctCount: column.distinct,
      count: column.count
    }
    if (typeof column.min === 'number') entry.min = column.min
    if (typeof column.max === 'number') entry.max = column.max
    if (column.sum !== null && Number.isFinite(column.sum)) entry.sum = column.sum
    if (column.quantiles !== null) {
      entry.quantiles = Object.fromEntries(
        column.quantiles.filter((q) => Number.isFinite(q.value)).map((q) => [String(q.q), q.value])
      )
    }
    metrics[column.name] = entry
  }
  return metrics
}
