import { closeSync, openSync, readSync, statSync } from 'node:fs'
import type { InferredType } from '../checks/infer-type.js'
import { InputError, type SourceLocation } from '../errors.js'
import { PROFILE_FORMAT, PROFILE_VERSION } from '../profile/data-profile.js'
import { HyperLogLog } from '../sketch/hyperloglog.js'
import { QuantileSketch } from '../sketch/quantile-sketch.js'
import { TopValues } from '../sketch/top-values.js'
import { DRIFT_EXACT_VALUE_BUDGET } from './drift-data-side.js'
import type { CategorySample, DriftSide, DriftSideColumn, NumericSample } from './drift-side.js'
import { readUserJson } from './user-files.js'

const INFERRED_TYPES: readonly InferredType[] = [
  'integer',
  'number',
  'boolean',
  'date',
  'datetime',
  'string',
  'empty'
]

/** Bytes read to tell a profile JSON from a data file. */
const SNIFF_BYTES = 64 * 1024

/**
 * True when the file is a Tollgate profile (validate-data's `profile-path` output): its first
 * bytes declare `"format": "tollgate-profile"`. Only the head is read, so a large JSON Lines
 * data file named `.json` is not loaded just to find out.
 */
export function isProfileFile(path: string): boolean {
  let fd: number | undefined
  try {
    if (!statSync(path).isFile()) return false
    fd = openSync(path, 'r')
    const head = Buffer.alloc(SNIFF_BYTES)
    const read = readSync(fd, head, 0, SNIFF_BYTES, 0)
    return /"format"\s*:\s*"tollgate-profile"/.test(head.subarray(0, read).toString('utf8'))
  } catch {
    return false
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** Reads a profile file as the reference side of a drift comparison. */
export function readDriftProfileSide(path: string, source: string): DriftSide {
  return driftSideFromProfile(readUserJson(path, 'reference profile'), { file: path }, source)
}

/**
 * A profile as a drift side. Numeric columns whose value counts are exact (at most 1000 distinct
 * values) are expanded back into the exact sorted sample, so their tests are exact; other numeric
 * columns use the profile's DDSketch as weighted points (approximate, and the report says so).
 * Categorical columns use the value counts (exact up to 1000 distinct values, else the top values).
 * Every field used is validated: a malformed profile is an InputError naming the file and column.
 */
export function driftSideFromProfile(
  json: unknown,
  location: SourceLocation,
  source: string,
  kind: 'profile' | 'registry' = 'profile'
): DriftSide {
  const profile = objectAt(json, location, 'the profile')
  if (profile.format !== PROFILE_FORMAT || profile.version !== PROFILE_VERSION) {
    throw new InputError(
      location,
      `not a Tollgate profile: expected "format": "${PROFILE_FORMAT}" and "version": ${PROFILE_VERSION} ` +
        '(write one with validate-data `profile-path` or `tollgate validate --profile-path`)'
    )
  }
  const rows = countAt(profile.rows, location, '"rows"')
  if (!Array.isArray(profile.columns)) {
    throw new InputError(location, '"columns" must be a list of column profiles')
  }
  const columns = profile.columns.map((column: unknown, index) =>
    profileColumn(column, { ...location, field: `columns[${index}]` })
  )
  const files = Array.isArray(profile.files)
    ? (profile.files as unknown[]).flatMap((file) => {
        const entry = file as Record<string, unknown> | null
        return typeof entry?.path === 'string'
          ? [
              {
                path: entry.path,
                format: typeof entry.format === 'string' ? entry.format : 'unknown',
                bytes: typeof entry.bytes === 'number' ? entry.bytes : 0
              }
            ]
          : []
      })
    : []
  const side: DriftSide = { kind, source, files, rows, columns }
  if (typeof profile.generated_at === 'string') side.profileGeneratedAt = profile.generated_at
  return side
}

function profileColumn(json: unknown, at: SourceLocation): DriftSideColumn {
  const column = objectAt(json, at, 'a column profile')
  if (typeof column.name !== 'string' || column.name === '') {
    throw new InputError(at, '"name" must be a non-empty string')
  }
  const location: SourceLocation = { ...at, field: column.name }
  const type = column.type
  if (typeof type !== 'string' || !(INFERRED_TYPES as readonly string[]).includes(type)) {
    throw new InputError(
      location,
      `"type" must be one of ${INFERRED_TYPES.join(', ')}, got ${JSON.stringify(type)}`
    )
  }
  const state = objectAt(column.state, location, '"state"')
  const values = countAt(state.values, location, '"state.values"')
  const nulls = countAt(state.nulls, location, '"state.nulls"')
  const tally = objectAt(state.tally, location, '"state.tally"')
  const top = TopValues.fromJSON(tally.top, location)
  const hll = HyperLogLog.fromJSON(tally.hll, location)
  const sketch =
    tally.quantiles === undefined || tally.quantiles === null
      ? undefined
      : QuantileSketch.fromJSON(tally.quantiles, location)
  const topJson = top.toJSON()
  const categories: CategorySample = {
    items: topJson.items.map(([hash, count, , label]) => ({ hash, label, count })),
    exact: topJson.exact,
    total: topJson.total
  }
  const exactDistinct = top.distinctExact
  const result: DriftSideColumn = {
    name: column.name,
    type: type as InferredType,
    values,
    nulls,
    distinct:
      exactDistinct === undefined
        ? { value: Math.round(hll.estimate()), exact: false }
        : { value: exactDistinct, exact: true },
    categories
  }
  if (type === 'integer' || type === 'number') {
    result.numbers = profileNumbers(categories, sketch, values, nulls)
  }
  return result
}

/** Exact sample from exact value counts, else the sketch's weighted points. */
function profileNumbers(
  categories: CategorySample,
  sketch: QuantileSketch | undefined,
  values: number,
  nulls: number
): NumericSample {
  if (categories.exact && categories.total === values && values <= DRIFT_EXACT_VALUE_BUDGET) {
    const expanded = expandCounts(categories)
    if (expanded !== undefined) return { kind: 'exact', sorted: expanded, origin: 'profile-counts' }
  }
  if (sketch === undefined || sketch.count === 0) {
    return {
      kind: 'unavailable',
      reason:
        'the profile has neither exact value counts nor a quantile sketch for this numeric column'
    }
  }
  const points = sketch.toWeightedPoints()
  return {
    kind: 'sketch',
    weighted: { values: points.values, weights: points.counts, rows: sketch.count, missing: nulls }
  }
}

/** Every value repeated by its count, ascending; undefined when a label is not a number. */
function expandCounts(categories: CategorySample): Float64Array | undefined {
  const entries: { value: number; count: number }[] = []
  for (const item of categories.items) {
    const value = Number(item.label)
    if (item.label.trim() === '' || !Number.isFinite(value)) return undefined
    entries.push({ value, count: item.count })
  }
  entries.sort((a, b) => a.value - b.value)
  const sorted = new Float64Array(categories.total)
  let at = 0
  for (const { value, count } of entries) {
    sorted.fill(value, at, at + count)
    at += count
  }
  return at === sorted.length ? sorted : undefined
}

function objectAt(value: unknown, location: SourceLocation, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(location, `${what} must be a JSON object`)
  }
  return value as Record<string, unknown>
}

function countAt(value: unknown, location: SourceLocation, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new InputError(
      location,
      `${what} must be a non-negative whole number, got ${JSON.stringify(value)}`
    )
  }
  return value
}
