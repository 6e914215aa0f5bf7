import type { MetricKind } from '../spc/chart-choice.js'
import type { ChartInputPoint, ChartType } from '../spc/chart-types.js'

/**
 * One run's observation of one metric, as stored in a history record. The shape says what the
 * metric measures, which decides its default chart (`chooseChart`):
 * - measurement: `value` (one number per run → I-MR) or `subgroup` (n ≥ 2 numbers → X̄-R / X̄-S);
 * - proportion: `count` of `size` items (null rows of all rows → p chart);
 * - defect-count: `count` per run, a constant unit (failed checks → c chart);
 * - event-rate: `count` over an exposure `size` (errors per 1000 rows → u chart).
 */
export type MetricPoint =
  | { kind: 'measurement'; value: number }
  | { kind: 'measurement'; subgroup: number[] }
  | { kind: 'proportion'; count: number; size: number }
  | { kind: 'defect-count'; count: number }
  | { kind: 'event-rate'; count: number; size: number }

/** Longest metric name accepted (names end up in chart titles, tables and store records). */
export const MAX_METRIC_NAME_LENGTH = 200

/**
 * Why a metric name is unusable, or undefined when it is fine: not empty, at most 200
 * characters, no control characters, no `/` (which separates the series from the metric).
 */
export function metricNameProblem(name: string): string | undefined {
  if (name.trim() === '') return 'a metric name must not be empty'
  if (name.length > MAX_METRIC_NAME_LENGTH) {
    return `a metric name has at most ${MAX_METRIC_NAME_LENGTH} characters, this one ${name.length}`
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'a metric name must not contain control characters'
  if (name.includes('/'))
    return 'a metric name must not contain "/" (it separates series and metric)'
  return undefined
}

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value)

function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (Array.isArray(value)) return 'a list'
  if (value === null) return 'null'
  if (typeof value === 'object') return 'an object'
  return `${typeof value} ${JSON.stringify(value)}`
}

/**
 * Reads a metric point from parsed JSON. Accepted forms: a number or `{ "value": x }`
 * (measurement), a list of numbers or `{ "subgroup": [...] }` (a subgroup of measurements),
 * `{ "count": d, "size": n }` (proportion, d ≤ n), `{ "count": c }` (defect count) and
 * `{ "count": c, "exposure": e }` (event rate). A stored record's point also carries `kind`,
 * which must agree with its fields. Counts must be ≥ 0, sizes and exposures > 0.
 * Returns the point or a sentence saying what is wrong.
 */
export function readMetricPoint(raw: unknown): MetricPoint | { problem: string } {
  if (isFiniteNumber(raw)) return { kind: 'measurement', value: raw }
  if (Array.isArray(raw)) return readSubgroup(raw)
  if (typeof raw !== 'object' || raw === null) {
    return {
      problem: `expected a number, a list of numbers or an object with value, subgroup or count; got ${describe(raw)}`
    }
  }
  const fields = raw as Record<string, unknown>
  const allowed = ['kind', 'value', 'subgroup', 'count', 'size', 'exposure']
  const unknown = Object.keys(fields).find((key) => !allowed.includes(key))
  if (unknown !== undefined) {
    return {
      problem: `unknown field ${JSON.stringify(unknown)}; expected value, subgroup, or count with size or exposure`
    }
  }
  const point = pointFromFields(fields)
  if ('problem' in point) return point
  if (fields.kind !== undefined && fields.kind !== point.kind) {
    return { problem: `kind ${describe(fields.kind)} does not match its fields (${point.kind})` }
  }
  return point
}

function pointFromFields(fields: Record<string, unknown>): MetricPoint | { problem: string } {
  const { value, subgroup, count, size, exposure } = fields
  const present = (['value', 'subgroup', 'count'] as const).filter(
    (key) => fields[key] !== undefined
  )
  if (present.length !== 1) {
    return {
      problem:
        present.length === 0
          ? 'expected one of value, subgroup or count'
          : `give only one of ${present.join(', ')}`
    }
  }
  if (value !== undefined) {
    if (!isFiniteNumber(value))
      return { problem: `value must be a finite number, got ${describe(value)}` }
    if (size !== undefined || exposure !== undefined) {
      return { problem: 'size and exposure belong to counts, not to a value' }
    }
    return { kind: 'measurement', value }
  }
  if (subgroup !== undefined) {
    if (!Array.isArray(subgroup))
      return { problem: `subgroup must be a list of numbers, got ${describe(subgroup)}` }
    if (size !== undefined || exposure !== undefined) {
      return { problem: 'size and exposure belong to counts, not to a subgroup' }
    }
    return readSubgroup(subgroup)
  }
  if (!isFiniteNumber(count))
    return { problem: `count must be a finite number, got ${describe(count)}` }
  if (count < 0) return { problem: `count must not be negative, got ${count}` }
  const kind = fields.kind
  if (size !== undefined && exposure !== undefined)
    return { problem: 'give size or exposure, not both' }
  const denominator = size ?? exposure
  if (denominator === undefined) {
    if (kind === 'proportion' || kind === 'event-rate') {
      return { problem: `a ${kind} needs ${kind === 'proportion' ? 'size' : 'exposure'}` }
    }
    return { kind: 'defect-count', count }
  }
  const name = size !== undefined ? 'size' : 'exposure'
  if (!isFiniteNumber(denominator) || denominator <= 0) {
    return { problem: `${name} must be a positive number, got ${describe(denominator)}` }
  }
  // A stored event rate keeps its exposure in `size`, marked by its kind.
  if (exposure !== undefined || kind === 'event-rate') {
    return { kind: 'event-rate', count, size: denominator }
  }
  if (count > denominator) {
    return { problem: `count ${count} exceeds size ${denominator} (a proportion is count of size)` }
  }
  return { kind: 'proportion', count, size: denominator }
}

function readSubgroup(values: unknown[]): MetricPoint | { problem: string } {
  if (values.length === 0) return { problem: 'a subgroup must not be empty' }
  const bad = values.findIndex((value) => !isFiniteNumber(value))
  if (bad >= 0) {
    return {
      problem: `observation ${bad + 1} of the subgroup must be a finite number, got ${describe(values[bad])}`
    }
  }
  const numbers = values as number[]
  // One observation is an individual value, not a subgroup.
  if (numbers.length === 1) return { kind: 'measurement', value: numbers[0]! }
  return { kind: 'measurement', subgroup: [...numbers] }
}

/** The metric kind of a point, as `chooseChart` reads it, with the subgroup size. */
export function metricKindOf(point: MetricPoint): { kind: MetricKind; subgroupSize: number } {
  return { kind: point.kind, subgroupSize: 'subgroup' in point ? point.subgroup.length : 1 }
}

/** A short description of a point's shape for messages ("a proportion (count of size)"). */
export function describeShape(point: MetricPoint): string {
  switch (point.kind) {
    case 'measurement':
      return 'value' in point ? 'a single value' : 'a subgroup of values'
    case 'proportion':
      return 'a proportion (count of size)'
    case 'defect-count':
      return 'a count'
    case 'event-rate':
      return 'an event rate (count over exposure)'
  }
}

/** Whether two points have the same shape, so they can share one chart. */
export function sameShape(a: MetricPoint, b: MetricPoint): boolean {
  return a.kind === b.kind && 'value' in a === 'value' in b
}

/** The point as `computeChart` reads it. */
export function chartInput<M>(point: MetricPoint, metadata: M): ChartInputPoint<M> {
  switch (point.kind) {
    case 'measurement':
      return 'value' in point
        ? { value: point.value, metadata }
        : { subgroup: point.subgroup, metadata }
    case 'defect-count':
      return { count: point.count, metadata }
    case 'proportion':
    case 'event-rate':
      return { count: point.count, size: point.size, metadata }
  }
}

/**
 * The charts that can plot points of a kind (the automatic choice is one of them): single
 * values → I-MR, EWMA, CUSUM; subgroups → X̄-R, X̄-S, EWMA, CUSUM; counts of a size or over an
 * exposure → the attribute charts; plain counts → c.
 */
export function chartsForKind(kind: MetricKind, subgrouped: boolean): readonly ChartType[] {
  switch (kind) {
    case 'measurement':
      return subgrouped ? ['xbar-r', 'xbar-s', 'ewma', 'cusum'] : ['imr', 'ewma', 'cusum']
    case 'defect-count':
      return ['c']
    case 'proportion':
    case 'event-rate':
      return ['p', 'p-standardized', 'np', 'c', 'u']
  }
}
