import { InputError } from '../errors.js'
import type { SourceLocation } from '../errors.js'
import type { ChartInputPoint } from './chart-types.js'

/**
 * Run-time checks of a series read from history. Points come from parsed JSON, so their types are
 * promises, not facts: every field a chart reads is checked here and a failure names the series
 * (the location's field), the 1-based point and what was expected.
 */
export interface SeriesContext {
  location: SourceLocation
}

/** The location every error of this series carries: the caller's location plus field = series. */
export function seriesContext(
  series: string | undefined,
  location?: SourceLocation
): SeriesContext {
  return { location: series === undefined ? { ...location } : { ...location, field: series } }
}

/** An InputError about the series as a whole (a parameter or the baseline). */
export function seriesError(context: SeriesContext, detail: string): InputError {
  return new InputError(context.location, detail)
}

/** An InputError about one point; `index` is 0-based and reported 1-based. */
export function pointError(context: SeriesContext, index: number, detail: string): InputError {
  return new InputError(context.location, `point ${index + 1}: ${detail}`)
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value === null) return 'null'
  try {
    return JSON.stringify(value) ?? typeof value
  } catch {
    return typeof value
  }
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

/** The point object itself must be an object (a stray null or number in the history array). */
function pointObject(context: SeriesContext, points: readonly unknown[], index: number) {
  const point = points[index]
  if (typeof point !== 'object' || point === null || Array.isArray(point)) {
    throw pointError(
      context,
      index,
      `expected an object with the point's fields, got ${describe(point)}`
    )
  }
  return point as ChartInputPoint
}

/** A single measurement (`value`), finite. */
export function readValue(
  context: SeriesContext,
  points: readonly unknown[],
  index: number
): number {
  const value = pointObject(context, points, index).value as unknown
  if (!isFiniteNumber(value)) {
    throw pointError(context, index, `value must be a finite number, got ${describe(value)}`)
  }
  return value
}

/** Whether a point carries a subgroup (used by EWMA/CUSUM to tell individuals from subgroups). */
export function hasSubgroup(points: readonly unknown[], index: number): boolean {
  const point = points[index]
  return typeof point === 'object' && point !== null && 'subgroup' in point
}

/** The observations of one subgroup: an array of at least `minimumSize` finite numbers. */
export function readSubgroup(
  context: SeriesContext,
  points: readonly unknown[],
  index: number,
  minimumSize: number,
  maximumSize = Infinity,
  chartName = 'this chart'
): number[] {
  const subgroup = pointObject(context, points, index).subgroup as unknown
  if (!Array.isArray(subgroup)) {
    throw pointError(
      context,
      index,
      `subgroup must be an array of the subgroup's observations, got ${describe(subgroup)}`
    )
  }
  const values = subgroup as unknown[]
  for (let j = 0; j < values.length; j++) {
    if (!isFiniteNumber(values[j])) {
      throw pointError(
        context,
        index,
        `observation ${j + 1} of the subgroup must be a finite number, got ${describe(values[j])}`
      )
    }
  }
  if (values.length < minimumSize || values.length > maximumSize) {
    const range =
      maximumSize === Infinity ? `at least ${minimumSize}` : `${minimumSize}..${maximumSize}`
    throw pointError(
      context,
      index,
      `subgroup size ${values.length} is outside the sizes ${chartName} accepts (${range})`
    )
  }
  return values as number[]
}

/** A count (defectives or nonconformities): finite and ≥ 0. */
export function readCount(
  context: SeriesContext,
  points: readonly unknown[],
  index: number
): number {
  const count = pointObject(context, points, index).count as unknown
  if (!isFiniteNumber(count)) {
    throw pointError(context, index, `count must be a finite number, got ${describe(count)}`)
  }
  if (count < 0) throw pointError(context, index, `count must not be negative, got ${count}`)
  return count
}

/** A sample size or exposure: finite and > 0. `undefined` when absent and not required. */
export function readSize(
  context: SeriesContext,
  points: readonly unknown[],
  index: number,
  required: boolean
): number | undefined {
  const size = pointObject(context, points, index).size as unknown
  if (size === undefined && !required) return undefined
  if (!isFiniteNumber(size)) {
    throw pointError(context, index, `size must be a finite number, got ${describe(size)}`)
  }
  if (size <= 0) throw pointError(context, index, `size must be positive, got ${size}`)
  return size
}

/** The metadata to pass through, if the point has any. */
export function readMetadata<M>(
  points: readonly ChartInputPoint<M>[],
  index: number
): M | undefined {
  const point = points[index]
  return typeof point === 'object' && point !== null ? point.metadata : undefined
}
