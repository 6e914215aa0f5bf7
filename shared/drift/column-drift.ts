import { categoryTableFromCounts, countCategories, type CategoryTable } from './category-table.js'
import {
  chooseDefaultMethod,
  DRIFT_METHODS,
  isDrift,
  isDriftMethod,
  type DriftMethod,
  type MethodChoice
} from './drift-methods.js'
import { finiteOrNull, histogramOf, type ColumnDriftResult } from './drift-result.js'
import { categoryTableScore, type MethodScore, type PsiBinning } from './method-scores.js'
import { numericMethodScore, numericMethodScoreWeighted } from './numeric-method-score.js'
import { countDistinctInUnion, finitePart, sortedFinite } from './sorted-sample.js'

/**
 * Drift of one column between a reference and a current sample: drop missing values per side,
 * choose the method (Evidently's default unless one is requested), compute the score, compare
 * it with the threshold under the method's operator, and describe the result as JSON with the
 * bins to draw. Bad input that a user can cause (an empty side, a method that does not fit the
 * column kind, a malformed profile) gives a result with status 'error' instead of throwing, so
 * one bad column never hides the others.
 */

/**
 * A reference known only from a saved profile: weighted points standing for `rows` rows (sketch
 * centroids, or histogram bin midpoints with counts). Results from it carry `exact: false`.
 */
export interface WeightedReference {
  values: Float64Array
  weights: Float64Array
  /** Non-missing rows the points summarise; defaults to the sum of the weights. */
  rows?: number
  /** Missing (null/NaN/±∞) rows the profile recorded, reported as dropped. */
  missing?: number
}

/** Category counts, e.g. from a profile or a worker that counted already. */
export interface CategoryCounts {
  counts: ReadonlyMap<string, number> | Readonly<Record<string, number>>
  /** Missing rows, reported as dropped. */
  missing?: number
  /** False when the counts are incomplete (e.g. a top-k profile): results are marked approximate. */
  exact?: boolean
}

export type RequestedMethod = DriftMethod | 'auto'

interface CommonColumnInput {
  name: string
  /** 'auto' (default): Evidently's choice by reference size, kind and distinct count. */
  method?: RequestedMethod
  /** Defaults to the method's Evidently threshold (0.05 for p-values, 0.1 for distances). */
  threshold?: number
  /** PSI binning: 'quantile' (default, reference deciles) or 'evidently' (Sturges, combined). */
  psiBinning?: PsiBinning
  /** Logarithm base for Jensen–Shannon and KL; natural log when absent (Evidently). */
  logBase?: number
}

export interface NumericColumnInput extends CommonColumnInput {
  kind: 'numeric'
  /** Raw values (NaN = missing; ±∞ are dropped too) or a profile's weighted points. */
  reference: Float64Array | WeightedReference
  current: Float64Array
  /**
   * The arrays are already sorted by sortFloat64 (ascending, NaN last), e.g. by a worker: no copy
   * and no sort here.
   */
  presorted?: boolean
  /** Sort the given arrays in place instead of copying them (saves 8 bytes per value). */
  sortInPlace?: boolean
  /** Reusable radix-sort buffer, at least as long as the longer array. */
  scratch?: Float64Array
}

export interface CategoricalColumnInput extends CommonColumnInput {
  kind: 'categorical'
  /** Values (null/undefined = missing) or precomputed counts. */
  reference: readonly (string | null | undefined)[] | CategoryCounts
  current: readonly (string | null | undefined)[] | CategoryCounts
}

export type ColumnDriftInput = NumericColumnInput | CategoricalColumnInput

/** Drift of one column (see the module comment). Never throws for bad data. */
export function detectColumnDrift(input: ColumnDriftInput): ColumnDriftResult {
  const requested = input.method ?? 'auto'
  if (requested !== 'auto' && !isDriftMethod(requested)) {
    return errorResult(input, 0, 0, 0, 0, `unknown drift method "${String(requested)}"`)
  }
  if (requested !== 'auto' && !DRIFT_METHODS[requested].kinds.includes(input.kind)) {
    return errorResult(
      input,
      0,
      0,
      0,
      0,
      `method "${requested}" needs a numeric column, but "${input.name}" is categorical`
    )
  }
  if (input.threshold !== undefined && !Number.isFinite(input.threshold)) {
    return errorResult(
      input,
      0,
      0,
      0,
      0,
      `threshold must be a finite number, got ${input.threshold}`
    )
  }
  return input.kind === 'numeric' ? numericColumn(input) : categoricalColumn(input)
}

function isWeighted(reference: Float64Array | WeightedReference): reference is WeightedReference {
  return !(reference instanceof Float64Array)
}

function numericColumn(input: NumericColumnInput): ColumnDriftResult {
  const current = input.presorted
    ? finitePart(input.current)
    : sortedFinite(input.current, sortOptions(input))
  const droppedCurrent = input.current.length - current.length
  if (isWeighted(input.reference)) return weightedNumericColumn(input, input.reference, current)

  const reference = input.presorted
    ? finitePart(input.reference)
    : sortedFinite(input.reference, sortOptions(input))
  const droppedReference = input.reference.length - reference.length
  const emptiness = emptySideMessage(input.name, reference.length, current.length)
  if (emptiness !== undefined) {
    return errorResult(
      input,
      reference.length,
      current.length,
      droppedReference,
      droppedCurrent,
      emptiness
    )
  }
  const distinct = countDistinctInUnion(reference, current)
  const choice = chooseMethod(input, reference.length, distinct)
  const score = numericMethodScore(choice.method, reference, current, scoreOptions(input))
  return assemble(input, choice, score, {
    exact: true,
    nReference: reference.length,
    nCurrent: current.length,
    droppedReference,
    droppedCurrent,
    distinct,
    range: [Math.min(reference[0]!, current[0]!), Math.max(reference.at(-1)!, current.at(-1)!)]
  })
}

function sortOptions(input: NumericColumnInput): { inPlace?: boolean; scratch?: Float64Array } {
  return {
    ...(input.sortInPlace === undefined ? {} : { inPlace: input.sortInPlace }),
    ...(input.scratch === undefined ? {} : { scratch: input.scratch })
  }
}

function weightedNumericColumn(
  input: NumericColumnInput,
  profile: WeightedReference,
  current: Float64Array
): ColumnDriftResult {
  const droppedCurrent = input.current.length - current.length
  if (profile.values.length !== profile.weights.length) {
    return errorResult(
      input,
      0,
      current.length,
      0,
      droppedCurrent,
      `reference profile of "${input.name}" has ${profile.values.length} values but ${profile.weights.length} weights`
    )
  }
  // Keep finite points with positive finite weight, ascending by value.
  const order: number[] = []
  for (let i = 0; i < profile.values.length; i++) {
    const weight = profile.weights[i]!
    if (Number.isFinite(profile.values[i]!) && Number.isFinite(weight) && weight > 0) order.push(i)
    else if (!(weight >= 0)) {
      return errorResult(
        input,
        0,
        current.length,
        0,
        droppedCurrent,
        `reference profile of "${input.name}" has an invalid weight ${weight} at point ${i + 1}`
      )
    }
  }
  order.sort((a, b) => profile.values[a]! - profile.values[b]!)
  const points = Float64Array.from(order, (i) => profile.values[i]!)
  const weights = Float64Array.from(order, (i) => profile.weights[i]!)
  let weightTotal = 0
  for (const w of weights) weightTotal += w
  const rows = profile.rows ?? weightTotal
  const droppedReference = profile.missing ?? 0
  const nReference = points.length === 0 ? 0 : Math.round(rows)
  const emptiness = emptySideMessage(input.name, nReference, current.length)
  if (emptiness !== undefined) {
    return errorResult(
      input,
      nReference,
      current.length,
      droppedReference,
      droppedCurrent,
      emptiness
    )
  }
  const distinct = countDistinctInUnion(points, current)
  const choice = chooseMethod(input, nReference, distinct)
  const score = numericMethodScoreWeighted(
    choice.method,
    points,
    weights,
    rows,
    current,
    scoreOptions(input)
  )
  return assemble(input, choice, score, {
    exact: false,
    nReference,
    nCurrent: current.length,
    droppedReference,
    droppedCurrent,
    distinct,
    range: [Math.min(points[0]!, current[0]!), Math.max(points.at(-1)!, current.at(-1)!)]
  })
}

function toCountMap(counts: CategoryCounts['counts']): ReadonlyMap<string, number> {
  return counts instanceof Map ? counts : new Map(Object.entries(counts))
}

function categoricalSide(side: CategoricalColumnInput['reference']): {
  counts: ReadonlyMap<string, number>
  missing: number
  exact: boolean
  invalid?: string
} {
  if (Array.isArray(side)) return { ...countCategories(side), exact: true }
  const given = side as CategoryCounts
  const counts = toCountMap(given.counts)
  for (const [label, count] of counts) {
    if (!(Number.isFinite(count) && count >= 0)) {
      return { counts, missing: 0, exact: false, invalid: `count of "${label}" is ${count}` }
    }
  }
  return { counts, missing: given.missing ?? 0, exact: given.exact ?? true }
}

function categoricalColumn(input: CategoricalColumnInput): ColumnDriftResult {
  const reference = categoricalSide(input.reference)
  const current = categoricalSide(input.current)
  const invalid = reference.invalid ?? current.invalid
  const table: CategoryTable = categoryTableFromCounts(reference.counts, current.counts)
  if (invalid !== undefined) {
    return errorResult(
      input,
      0,
      0,
      reference.missing,
      current.missing,
      `column "${input.name}": ${invalid}`
    )
  }
  const emptiness = emptySideMessage(input.name, table.referenceTotal, table.currentTotal)
  if (emptiness !== undefined) {
    return errorResult(
      input,
      table.referenceTotal,
      table.currentTotal,
      reference.missing,
      current.missing,
      emptiness
    )
  }
  const distinct = table.labels.length
  const choice = chooseMethod(input, table.referenceTotal, distinct)
  const method = choice.method
  if (method === 'ks' || method === 'wasserstein') {
    // Unreachable: detectColumnDrift rejects numeric-only methods for categorical columns.
    return errorResult(input, 0, 0, 0, 0, `method "${method}" needs a numeric column`)
  }
  const score = categoryTableScore(method, table, scoreOptions(input))
  const exact = reference.exact && current.exact
  return assemble(
    input,
    choice,
    exact
      ? score
      : { ...score, note: joinNotes(score.note, 'approximate: incomplete category counts') },
    {
      exact,
      nReference: table.referenceTotal,
      nCurrent: table.currentTotal,
      droppedReference: reference.missing,
      droppedCurrent: current.missing,
      distinct,
      range: [0, 0]
    }
  )
}

function chooseMethod(
  input: ColumnDriftInput,
  referenceRows: number,
  distinct: number
): MethodChoice {
  const requested = input.method ?? 'auto'
  if (requested === 'auto') return chooseDefaultMethod(input.kind, referenceRows, distinct)
  return { method: requested, reason: 'requested' }
}

function scoreOptions(input: ColumnDriftInput): { psiBinning: PsiBinning; logBase?: number } {
  return {
    psiBinning: input.psiBinning ?? 'quantile',
    ...(input.logBase === undefined ? {} : { logBase: input.logBase })
  }
}

function emptySideMessage(
  name: string,
  referenceRows: number,
  currentRows: number
): string | undefined {
  if (referenceRows === 0 && currentRows === 0) {
    return `column "${name}" has no non-missing values in reference or current`
  }
  if (referenceRows === 0) return `column "${name}" has no non-missing values in the reference`
  if (currentRows === 0) return `column "${name}" has no non-missing values in the current data`
  return undefined
}

function joinNotes(...notes: (string | undefined)[]): string | undefined {
  const present = notes.filter((note): note is string => note !== undefined && note !== '')
  return present.length === 0 ? undefined : present.join('; ')
}

interface Counts {
  exact: boolean
  nReference: number
  nCurrent: number
  droppedReference: number
  droppedCurrent: number
  distinct: number
  /** Smallest and largest value over both samples (numeric), for open-ended histogram bins. */
  range: [number, number]
}

function assemble(
  input: ColumnDriftInput,
  choice: MethodChoice,
  score: MethodScore,
  counts: Counts
): ColumnDriftResult {
  const info = DRIFT_METHODS[choice.method]
  const threshold = input.threshold ?? info.defaultThreshold
  // A NaN p-value (an undefined test) never signals drift.
  const drifted = !Number.isNaN(score.score) && isDrift(score.score, info.operator, threshold)
  const statistic = finiteOrNull(score.statistic)
  const note = joinNotes(
    score.note,
    statistic === null && score.statistic === Infinity && score.note === undefined
      ? 'the statistic is infinite'
      : undefined
  )
  const result: ColumnDriftResult = {
    column: input.name,
    kind: input.kind,
    status: 'ok',
    method: choice.method,
    method_label: info.label,
    method_reason: choice.reason,
    score: finiteOrNull(score.score),
    statistic,
    p_value: score.pValue === null ? null : finiteOrNull(score.pValue),
    threshold,
    operator: info.operator,
    drifted,
    exact: counts.exact,
    n_reference: counts.nReference,
    n_current: counts.nCurrent,
    dropped_reference: counts.droppedReference,
    dropped_current: counts.droppedCurrent,
    distinct_values: counts.distinct
  }
  if (note !== undefined) result.note = note
  if (score.details !== undefined) result.details = score.details
  if (score.binned !== undefined) result.histogram = histogramOf(score.binned, counts.range)
  return result
}

function errorResult(
  input: ColumnDriftInput,
  nReference: number,
  nCurrent: number,
  droppedReference: number,
  droppedCurrent: number,
  message: string
): ColumnDriftResult {
  const fromProfile =
    input.kind === 'numeric'
      ? isWeighted(input.reference)
      : !Array.isArray(input.reference) && (input.reference as CategoryCounts).exact === false
  const requested = input.method ?? 'auto'
  const method = requested !== 'auto' && isDriftMethod(requested) ? requested : null
  return {
    column: input.name,
    kind: input.kind,
    status: 'error',
    error: message,
    method,
    method_label: method === null ? null : DRIFT_METHODS[method].label,
    method_reason: method === null ? 'not chosen' : 'requested',
    score: null,
    statistic: null,
    p_value: null,
    threshold: method === null ? null : (input.threshold ?? DRIFT_METHODS[method].defaultThreshold),
    operator: method === null ? null : DRIFT_METHODS[method].operator,
    drifted: false,
    exact: !fromProfile,
    n_reference: nReference,
    n_current: nCurrent,
    dropped_reference: droppedReference,
    dropped_current: droppedCurrent,
    distinct_values: 0
  }
}
