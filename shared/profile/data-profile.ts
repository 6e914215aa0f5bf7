import { inferType, type InferredType } from '../checks/infer-type.js'
import type { ColumnResult, ScanResult } from '../scan/merge-partials.js'
import { distinctCount, topValues, type ValueTallyState } from '../scan/value-tally.js'
import { QuantileSketch } from '../sketch/quantile-sketch.js'
import { sampleVariance, type Moments } from '../stats/moments.js'
import { histogramOfParts, quantilesOfParts } from '../scan/sorted-parts.js'
import type { TypeCounts } from '../scan/column-scan.js'

/**
 * The column profile validate-data writes and drift-check / spc-check read. Human-facing summary
 * fields sit next to a mergeable `state` (moments, value counts, HyperLogLog, DDSketch), so shard
 * profiles combine into one and drift can be tested against a profile when the reference data is
 * gone (DESIGN.md §4).
 */
export const PROFILE_FORMAT = 'tollgate-profile'
export const PROFILE_VERSION = 1
export const PROFILE_QUANTILES = [0, 0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99, 1]
const HISTOGRAM_BINS = 20
const TOP_VALUES_SHOWN = 10

export interface ColumnProfile {
  name: string
  type: InferredType
  /** Rows, including missing values. */
  count: number
  nulls: number
  null_fraction: number | null
  distinct: number
  distinct_exact: boolean
  /** Numbers for numeric columns, ISO strings for dates. */
  min: number | string | null
  max: number | string | null
  mean: number | null
  /** Sample standard deviation (ddof 1). */
  std: number | null
  sum: number | null
  /** Linear-interpolated quantiles (numpy's default) at PROFILE_QUANTILES, for numeric columns. */
  quantiles: { q: number; value: number }[] | null
  quantiles_exact: boolean
  histogram: { edges: number[]; counts: number[] } | null
  top_values: { value: string; count: number; error?: number }[]
  top_values_exact: boolean
  /** Text length in characters (non-numeric values). */
  text_length: { min: number; max: number } | null
  state: ColumnProfileState
}

/** Everything needed to merge profiles and to test drift against a profile. */
export interface ColumnProfileState {
  values: number
  nulls: number
  types: TypeCounts
  moments: Moments
  tally: ValueTallyState
  epoch: { min: number | null; max: number | null }
  text_length: { min: number | null; max: number | null }
}

export interface DataProfile {
  format: typeof PROFILE_FORMAT
  version: typeof PROFILE_VERSION
  generated_at: string
  rows: number
  files: { path: string; format: string; bytes: number }[]
  columns: ColumnProfile[]
}

const finiteOrNull = (value: number): number | null => (Number.isFinite(value) ? value : null)

/** Builds the profile from a merged scan. */
export function buildProfile(
  scan: ScanResult,
  files: DataProfile['files'],
  generatedAt: string
): DataProfile {
  return {
    format: PROFILE_FORMAT,
    version: PROFILE_VERSION,
    generated_at: generatedAt,
    rows: scan.rows,
    files,
    columns: scan.columns.map((column) => profileColumn(column, scan.rows))
  }
}

function profileColumn(column: ColumnResult, rows: number): ColumnProfile {
  const type = inferType(column.types, column.values)
  const m = column.moments
  const numeric =
    m.count > 0 && (type === 'integer' || type === 'number' || m.count * 2 >= column.values)
  let tally = column.tally
  // The sketch in the state is what drift-check uses when only the profile is left.
  if (m.count > 0 && tally.quantiles === undefined && column.sortedParts !== undefined) {
    const sketch = new QuantileSketch()
    for (const part of column.sortedParts) sketch.addMany(part)
    tally = { ...tally, quantiles: sketch.toJSON() }
  }
  let quantiles: ColumnProfile['quantiles'] = null
  let quantilesExact = false
  let histogram: ColumnProfile['histogram'] = null
  if (numeric) {
    const integral = type === 'integer'
    if (column.sortedParts !== undefined) {
      const parts = column.sortedParts
      quantilesExact = true
      const values = quantilesOfParts(parts, PROFILE_QUANTILES, 'linear')
      quantiles = PROFILE_QUANTILES.map((q, index) => ({ q, value: values[index]! }))
      const edges = histogramEdges(m.min, m.max, integral)
      histogram = { edges, counts: histogramOfParts(parts, edges) }
    } else if (tally.quantiles !== undefined) {
      const sketch = QuantileSketch.fromJSON(tally.quantiles, { file: '<profile>' })
      const estimates = sketch.quantiles(PROFILE_QUANTILES)
      quantiles = PROFILE_QUANTILES.map((q, index) => ({ q, value: estimates[index]! }))
      const edges = histogramEdges(m.min, m.max, integral)
      histogram = { edges, counts: sketch.histogram(edges) }
    }
  }
  const isDate = type === 'date' || type === 'datetime'
  const distinct = distinctCount(tally)
  const top = topValues(tally, TOP_VALUES_SHOWN)
  return {
    name: column.name,
    type,
    count: rows,
    nulls: column.nulls,
    null_fraction: rows === 0 ? null : column.nulls / rows,
    distinct: distinct.value,
    distinct_exact: distinct.exact,
    min: isDate ? isoOrNull(column.epoch.min) : numeric ? m.min : null,
    max: isDate ? isoOrNull(column.epoch.max) : numeric ? m.max : null,
    mean: numeric ? m.mean : null,
    std: numeric && m.count > 1 ? Math.sqrt(sampleVariance(m)) : null,
    sum: numeric ? m.sum : null,
    quantiles,
    quantiles_exact: quantilesExact,
    histogram,
    top_values: top,
    top_values_exact: tally.top.exact,
    text_length: Number.isFinite(column.textLength.min)
      ? { min: column.textLength.min, max: column.textLength.max }
      : null,
    state: {
      values: column.values,
      nulls: column.nulls,
      types: column.types,
      moments: { ...m, min: finiteOrNull(m.min) ?? 0, max: finiteOrNull(m.max) ?? 0 },
      tally,
      epoch: { min: finiteOrNull(column.epoch.min), max: finiteOrNull(column.epoch.max) },
      text_length: {
        min: finiteOrNull(column.textLength.min),
        max: finiteOrNull(column.textLength.max)
      }
    }
  }
}

function isoOrNull(epoch: number): string | null {
  return Number.isFinite(epoch) ? new Date(epoch).toISOString() : null
}

/** numpy.linspace(min, max, bins + 1); a constant column gets one unit-wide bin around its value. */
export function equalWidthEdges(min: number, max: number, bins = HISTOGRAM_BINS): number[] {
  if (!(max > min)) return [min - 0.5, min + 0.5]
  return Array.from({ length: bins + 1 }, (_, j) =>
    j === bins ? max : min + ((max - min) * j) / bins
  )
}

/** Integer columns with a small range get one bin per integer; others equal-width bins. */
function histogramEdges(min: number, max: number, integral: boolean): number[] {
  if (integral && max - min < HISTOGRAM_BINS) {
    return Array.from({ length: max - min + 2 }, (_, j) => min - 0.5 + j)
  }
  return equalWidthEdges(min, max)
}
