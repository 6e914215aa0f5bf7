import { mergeMoments, emptyMoments, type Moments } from '../stats/moments.js'
import {
  violatesOrder,
  type CheckCounter,
  type ColumnPartial,
  type Sample,
  type TypeCounts
} from './column-scan.js'
import { findDuplicates, type DuplicateSummary } from './duplicate-keys.js'
import type { RangePartial } from './range-scan.js'
import { mergeSortedParts } from './sorted-parts.js'
import { mergeTallyStates, withExactNumberCounts, type ValueTallyState } from './value-tally.js'

/** A range's partial with its absolute position in the whole table. */
export interface PositionedPartial {
  partial: RangePartial
  /** Data rows before this range across all files. */
  rowsBefore: number
}

/** One column after all ranges (and files) are combined. */
export interface ColumnResult {
  name: string
  values: number
  nulls: number
  types: TypeCounts
  moments: Moments
  /**
   * The exact numeric values as ascending arrays, one per range, when every range kept them
   * (undefined when some went over the budget and only sketches exist).
   */
  sortedParts?: Float64Array[]
  /** The same values merged into one ascending array, computed on first access. */
  readonly sortedNumbers?: Float64Array
  tally: ValueTallyState
  textLength: { min: number; max: number }
  epoch: { min: number; max: number }
  checks: Record<string, CheckCounter>
  duplicates: Record<string, DuplicateSummary>
}

export interface ScanResult {
  rows: number
  columns: ColumnResult[]
  compound: Record<string, DuplicateSummary>
}

/**
 * Combines the ranges of a scan in file order: counts add, moments merge by Chan's formula, sorted
 * values merge, samples keep the first rows in file order, order checks are re-checked across
 * range boundaries and uniqueness is decided over all keys. The result equals a single pass.
 */
export function mergePartials(
  parts: readonly PositionedPartial[],
  sampleLimit: number
): ScanResult {
  const first = parts[0]
  if (first === undefined) throw new Error('Bug: mergePartials needs at least one range')
  const rows = parts.reduce((total, part) => total + part.partial.rows, 0)
  const columns = first.partial.columns.map((column, index) =>
    mergeColumn(
      column.name,
      parts.map((part) => ({ column: part.partial.columns[index]!, rowsBefore: part.rowsBefore })),
      sampleLimit
    )
  )
  const compound: Record<string, DuplicateSummary> = {}
  for (const checkId of Object.keys(first.partial.compound)) {
    compound[checkId] = findDuplicates(
      parts.map((part) => ({
        keys: part.partial.compound[checkId]!.keys,
        rowsBefore: part.rowsBefore
      })),
      sampleLimit
    )
  }
  return { rows, columns, compound }
}

function mergeColumn(
  name: string,
  parts: { column: ColumnPartial; rowsBefore: number }[],
  sampleLimit: number
): ColumnResult {
  const types: TypeCounts = { integer: 0, decimal: 0, boolean: 0, date: 0, datetime: 0, text: 0 }
  let moments = emptyMoments()
  let values = 0
  let nulls = 0
  const textLength = { min: Infinity, max: -Infinity }
  const epoch = { min: Infinity, max: -Infinity }
  for (const { column } of parts) {
    values += column.values
    nulls += column.nulls
    for (const key of Object.keys(types) as (keyof TypeCounts)[]) types[key] += column.types[key]
    moments = mergeMoments(moments, column.moments)
    textLength.min = Math.min(textLength.min, column.textLength.min)
    textLength.max = Math.max(textLength.max, column.textLength.max)
    epoch.min = Math.min(epoch.min, column.epoch.min)
    epoch.max = Math.max(epoch.max, column.epoch.max)
  }
  const exact = parts.every(({ column }) => column.sortedNumbers !== undefined)
  const sortedParts = exact
    ? parts.map(({ column }) => column.sortedNumbers!).filter((part) => part.length > 0)
    : undefined
  const mergedTally = mergeTallyStates(
    parts.map(({ column }) => column.tally),
    exact ? undefined : parts.map(({ column }) => column.sortedNumbers)
  )
  const tally =
    sortedParts !== undefined && sortedParts.length > 0
      ? withExactNumberCounts(mergedTally, sortedParts)
      : mergedTally
  const checks: Record<string, CheckCounter> = {}
  for (const checkId of Object.keys(parts[0]!.column.checks)) {
    const counter: CheckCounter = { unexpected: 0, samples: [] }
    for (const { column, rowsBefore } of parts) {
      const own = column.checks[checkId]!
      counter.unexpected += own.unexpected
      for (const sample of own.samples) {
        if (counter.samples.length < sampleLimit)
          counter.samples.push({ row: rowsBefore + sample.row + 1, value: sample.value })
      }
    }
    checks[checkId] = counter
  }
  mergeOrderBoundaries(parts, checks, sampleLimit)
  const duplicates: Record<string, DuplicateSummary> = {}
  if (parts[0]!.column.uniqueKeys !== undefined) {
    const summary = findDuplicates(
      parts.map(({ column, rowsBefore }) => ({ keys: column.uniqueKeys!, rowsBefore })),
      sampleLimit
    )
    duplicates.unique = summary
    for (const { column } of parts) column.uniqueKeys = undefined
  }
  let merged: Float64Array | undefined
  return {
    name,
    values,
    nulls,
    types,
    moments,
    sortedParts,
    get sortedNumbers(): Float64Array | undefined {
      if (sortedParts === undefined) return undefined
      merged ??= sortedParts.length === 0 ? new Float64Array(0) : mergeSortedParts(sortedParts)
      return merged
    },
    tally,
    textLength,
    epoch,
    checks,
    duplicates
  }
}

/** Each range checked its own order; the pair at every boundary between ranges is checked here. */
function mergeOrderBoundaries(
  parts: { column: ColumnPartial; rowsBefore: number }[],
  checks: Record<string, CheckCounter>,
  sampleLimit: number
): void {
  const firstColumn = parts[0]!.column
  for (const checkId of Object.keys(firstColumn.order)) {
    const { direction, strictly } = firstColumn.order[checkId]!
    let previous: { key: number | string } | undefined
    const counter = checks[checkId]!
    const boundarySamples: Sample[] = []
    for (const { column, rowsBefore } of parts) {
      const ends = column.order[checkId]!
      if (ends.first === undefined) continue
      if (
        previous !== undefined &&
        violatesOrder(previous.key, ends.first.key, direction, strictly)
      ) {
        counter.unexpected++
        boundarySamples.push({ row: rowsBefore + ends.first.row + 1, value: ends.first.text })
      }
      previous = ends.last
    }
    if (boundarySamples.length > 0) {
      counter.samples = [...counter.samples, ...boundarySamples]
        .sort((a, b) => a.row - b.row)
        .slice(0, sampleLimit)
    }
  }
}
