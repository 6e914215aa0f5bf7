import type { InferredType } from '../checks/infer-type.js'
import {
  detectColumnDrift,
  type CategoryCounts,
  type RequestedMethod,
  type WeightedReference
} from '../drift/column-drift.js'
import { DRIFT_METHODS, type ColumnKind } from '../drift/drift-methods.js'
import type { DriftColumnEntry } from '../drift-report/drift-report.js'
import { UsageError } from '../errors.js'
import { closestName } from '../text/closest-name.js'
import type { CategorySample, DriftSide, DriftSideColumn } from '../adapters/drift-side.js'
import type { DriftSettings } from './drift-settings.js'

/**
 * Pairs the columns of the reference and the current data and tests each pair, turning every
 * kind of bad input into a per-column finding rather than a failure (the issue's "bad input"
 * rule): a column missing on one side or with another type is a schema change, an all-null side
 * or an empty file is an error entry, dates and free text are skipped as Evidently skips them.
 *
 * Column kind comes from the inferred types of BOTH sides: integer/number → numeric,
 * boolean/string → categorical, date/datetime → temporal (not tested). Numeric pairs use the
 * exact sorted values (KS, Wasserstein), or a profile's sketch as weighted points; categorical
 * pairs use the value counts, keyed by value hash so both sides agree on what a value is.
 */
export function compareDriftColumns(
  reference: DriftSide,
  current: DriftSide,
  settings: DriftSettings
): DriftColumnEntry[] {
  const referenceColumns = reference.columns ?? []
  const currentColumns = current.columns ?? []
  const names = [...referenceColumns.map((column) => column.name)]
  for (const column of currentColumns) if (!names.includes(column.name)) names.push(column.name)
  checkNamedColumns(settings, names)
  const selected =
    settings.columns.length === 0 ? names : names.filter((name) => settings.columns.includes(name))
  return selected.map((name) => {
    const referenceColumn = referenceColumns.find((column) => column.name === name)
    const currentColumn = currentColumns.find((column) => column.name === name)
    if (settings.ignore.includes(name)) {
      return {
        ...describeSides(name, referenceColumn, currentColumn),
        status: 'skipped',
        message: 'ignored by configuration (ignore-columns)'
      }
    }
    if (current.columns === undefined || reference.columns === undefined) {
      const which = current.columns === undefined ? 'current data' : 'reference data'
      return {
        ...describeSides(name, referenceColumn, currentColumn),
        status: 'error',
        message: `the ${which} is empty (no header and no rows)`
      }
    }
    if (currentColumn === undefined || referenceColumn === undefined) {
      const missing = currentColumn === undefined ? 'current data' : 'reference'
      return {
        ...describeSides(name, referenceColumn, currentColumn),
        status: 'schema',
        drifted: false,
        schema_change: currentColumn === undefined ? 'missing_in_current' : 'new_in_current',
        message: `the column is not in the ${missing}`
      }
    }
    return comparePair(referenceColumn, currentColumn, settings, reference.kind !== 'data')
  })
}

type PairKind = ColumnKind | 'temporal' | 'empty'

function kindOf(type: InferredType): PairKind {
  switch (type) {
    case 'integer':
    case 'number':
      return 'numeric'
    case 'boolean':
    case 'string':
      return 'categorical'
    case 'date':
    case 'datetime':
      return 'temporal'
    case 'empty':
      return 'empty'
  }
}

function describeSides(
  name: string,
  reference: DriftSideColumn | undefined,
  current: DriftSideColumn | undefined
): DriftColumnEntry {
  return {
    column: name,
    status: 'tested',
    drifted: false,
    kind: null,
    reference_type: reference?.type ?? null,
    current_type: current?.type ?? null,
    reference_nulls: reference?.nulls ?? null,
    current_nulls: current?.nulls ?? null,
    reference_source: null
  }
}

function comparePair(
  reference: DriftSideColumn,
  current: DriftSideColumn,
  settings: DriftSettings,
  fromProfile: boolean
): DriftColumnEntry {
  const base = describeSides(reference.name, reference, current)
  const referenceKind = kindOf(reference.type)
  const currentKind = kindOf(current.type)
  if (referenceKind === 'empty' || currentKind === 'empty') {
    const where =
      referenceKind === 'empty' && currentKind === 'empty'
        ? 'in both the reference and the current data'
        : referenceKind === 'empty'
          ? 'in the reference'
          : 'in the current data'
    const kind = referenceKind === 'empty' ? currentKind : referenceKind
    return {
      ...base,
      status: 'error',
      kind: kind === 'numeric' || kind === 'categorical' ? kind : null,
      message: `all values are missing ${where}`
    }
  }
  if (referenceKind !== currentKind) {
    return {
      ...base,
      status: 'schema',
      schema_change: 'type_changed',
      message: `the type changed from ${reference.type} to ${current.type}`
    }
  }
  if (referenceKind === 'temporal') {
    return {
      ...base,
      status: 'skipped',
      message: 'date and time columns are not tested (as in Evidently)'
    }
  }
  const choice = methodFor(reference.name, referenceKind, settings)
  if (referenceKind === 'numeric') {
    return numericPair(base, reference, current, choice, settings, fromProfile)
  }
  return categoricalPair(base, reference, current, choice, settings, fromProfile)
}

interface MethodForColumn {
  method: RequestedMethod
  threshold?: number
  /** Set when the global method does not apply to this column's kind. */
  note?: string
  /** The user chose this column's method (a free-text column is then tested too). */
  explicit: boolean
}

/** Per-column override, else the global method if it fits the kind, else Evidently's choice. */
function methodFor(name: string, kind: ColumnKind, settings: DriftSettings): MethodForColumn {
  const override = settings.overrides.get(name)
  const global = settings.method
  if (override?.method !== undefined) {
    const threshold =
      override.threshold ?? (override.method === global ? settings.threshold : undefined)
    return { method: override.method, explicit: true, ...thresholdField(threshold) }
  }
  if (global !== 'auto') {
    if (DRIFT_METHODS[global].kinds.includes(kind)) {
      return {
        method: global,
        explicit: false,
        ...thresholdField(override?.threshold ?? settings.threshold)
      }
    }
    return {
      method: 'auto',
      explicit: false,
      note: `method ${global} needs a numeric column; Evidently's default was used`,
      ...thresholdField(override?.threshold)
    }
  }
  return {
    method: 'auto',
    explicit: override !== undefined,
    ...thresholdField(override?.threshold)
  }
}

function thresholdField(threshold: number | undefined): { threshold?: number } {
  return threshold === undefined ? {} : { threshold }
}

function numericPair(
  base: DriftColumnEntry,
  reference: DriftSideColumn,
  current: DriftSideColumn,
  choice: MethodForColumn,
  settings: DriftSettings,
  fromProfile: boolean
): DriftColumnEntry {
  const entry: DriftColumnEntry = { ...base, kind: 'numeric' }
  const currentNumbers = current.numbers
  if (currentNumbers?.kind !== 'exact') {
    return {
      ...entry,
      status: 'error',
      message:
        currentNumbers?.kind === 'unavailable'
          ? `the current values are not available: ${currentNumbers.reason}`
          : 'the current data has more numbers than drift-check keeps exactly; test a sample or split the file'
    }
  }
  const referenceNumbers = reference.numbers
  let referenceInput: Float64Array | WeightedReference
  let approximation: string | undefined
  if (referenceNumbers === undefined || referenceNumbers.kind === 'unavailable') {
    return {
      ...entry,
      status: 'error',
      message: `the reference values are not available: ${referenceNumbers?.reason ?? 'none recorded'}`
    }
  }
  if (referenceNumbers.kind === 'exact') {
    referenceInput = referenceNumbers.sorted
    entry.reference_source = referenceNumbers.origin === 'data' ? 'data' : 'profile-counts'
  } else {
    // A profile's DDSketch, or a data reference too large to keep exactly: approximate.
    referenceInput = referenceNumbers.weighted
    entry.reference_source = fromProfile ? 'profile-sketch' : 'data'
    approximation = fromProfile
      ? "approximate: the reference is the profile's quantile sketch (DDSketch, 1% relative accuracy), not the data"
      : 'approximate: the reference has more numbers than drift-check keeps exactly, so its quantile sketch was used'
  }
  const test = detectColumnDrift({
    kind: 'numeric',
    name: reference.name,
    method: choice.method,
    ...thresholdField(choice.threshold),
    psiBinning: settings.psiBinning,
    reference: referenceInput,
    current: currentNumbers.sorted,
    presorted: true
  })
  return finish(entry, test, joinNotes(choice.note, approximation))
}

function categoricalPair(
  base: DriftColumnEntry,
  reference: DriftSideColumn,
  current: DriftSideColumn,
  choice: MethodForColumn,
  settings: DriftSettings,
  fromProfile: boolean
): DriftColumnEntry {
  const entry: DriftColumnEntry = { ...base, kind: 'categorical' }
  if (
    !choice.explicit &&
    reference.type === 'string' &&
    reference.values > 0 &&
    reference.distinct.value > reference.values / 2
  ) {
    return {
      ...entry,
      status: 'skipped',
      message:
        `free text: ${reference.distinct.value} distinct values in ${reference.values} (more than half), ` +
        'so not tested as a category (as in Evidently); name a method for it in column-methods to test it anyway'
    }
  }
  if (reference.categories === undefined || current.categories === undefined) {
    return { ...entry, status: 'error', message: 'no value counts were recorded' }
  }
  entry.reference_source = fromProfile ? 'profile-counts' : 'data'
  const counts = categoryCounts(reference.categories, current.categories)
  const test = detectColumnDrift({
    kind: 'categorical',
    name: reference.name,
    method: choice.method,
    ...thresholdField(choice.threshold),
    psiBinning: settings.psiBinning,
    reference: counts.reference,
    current: counts.current
  })
  return finish(entry, test, joinNotes(choice.note, counts.note))
}

function finish(
  entry: DriftColumnEntry,
  test: ReturnType<typeof detectColumnDrift>,
  note: string | undefined
): DriftColumnEntry {
  const result: DriftColumnEntry = {
    ...entry,
    status: test.status === 'ok' ? 'tested' : 'error',
    drifted: test.drifted,
    test
  }
  const message = joinNotes(note, test.status === 'ok' ? undefined : test.error)
  if (message !== undefined) result.message = message
  return result
}

/** Label of the bucket holding the values a top-values summary does not list. */
export const OTHER_VALUES_LABEL = '(other values)'

/**
 * Category counts of both sides with one label per value hash. When both tables are exact every
 * value is compared. When either side lists only its most frequent values, the categories are the
 * values listed on BOTH sides plus one bucket for the rest of each side, so a value merely
 * unlisted on one side does not look like a vanished category.
 */
export function categoryCounts(
  reference: CategorySample,
  current: CategorySample
): { reference: CategoryCounts; current: CategoryCounts; note?: string } {
  const labels = labelsByHash([reference, current])
  const exact = reference.exact && current.exact
  const keep = exact
    ? undefined
    : new Set(
        reference.items
          .map((item) => item.hash)
          .filter((hash) => current.items.some((item) => item.hash === hash))
      )
  const side = (sample: CategorySample): CategoryCounts => {
    const counts = new Map<string, number>()
    let listed = 0
    for (const item of sample.items) {
      if (keep !== undefined && !keep.has(item.hash)) continue
      counts.set(labels.get(item.hash)!, item.count)
      listed += item.count
    }
    if (keep !== undefined) {
      const rest = Math.max(0, sample.total - listed)
      if (rest > 0) counts.set(labels.get(OTHER_HASH)!, rest)
    }
    return { counts, exact }
  }
  const result: { reference: CategoryCounts; current: CategoryCounts; note?: string } = {
    reference: side(reference),
    current: side(current)
  }
  if (!exact) {
    result.note =
      'more than 1000 distinct values: the values listed on both sides by their top-values summaries plus one bucket for all others'
  }
  return result
}

/** Not a value hash (those are integers in [0, 2^53)): the key of the "other values" bucket. */
const OTHER_HASH = -1

/** Display label per hash, made unique (two long values may share a truncated display text). */
function labelsByHash(samples: CategorySample[]): Map<number, string> {
  const labels = new Map<number, string>()
  const used = new Set<string>()
  const assign = (hash: number, label: string): void => {
    if (labels.has(hash)) return
    let unique = label
    for (let n = 2; used.has(unique); n++) unique = `${label} (${n})`
    labels.set(hash, unique)
    used.add(unique)
  }
  for (const sample of samples) for (const item of sample.items) assign(item.hash, item.label)
  assign(OTHER_HASH, OTHER_VALUES_LABEL)
  return labels
}

function joinNotes(...notes: (string | undefined)[]): string | undefined {
  const present = notes.filter((note): note is string => note !== undefined && note !== '')
  return present.length === 0 ? undefined : present.join('; ')
}

/** Columns named in settings must exist on one side at least: a typo would silently test nothing. */
function checkNamedColumns(settings: DriftSettings, names: string[]): void {
  const named: { name: string; where: string }[] = [
    ...settings.columns.map((name) => ({ name, where: 'columns' })),
    ...settings.ignore.map((name) => ({ name, where: 'ignore-columns' })),
    ...[...settings.overrides].map(([name, override]) => ({ name, where: override.origin }))
  ]
  if (names.length === 0) return
  for (const { name, where } of named) {
    if (names.includes(name)) continue
    const suggestion = closestName(name, names)
    throw new UsageError(
      `${where} names the column ${JSON.stringify(name)}, which is in neither the reference nor the current data` +
        `${suggestion === undefined ? '' : ` (did you mean ${JSON.stringify(suggestion)}?)`}; columns: ${names.join(', ')}`
    )
  }
}
