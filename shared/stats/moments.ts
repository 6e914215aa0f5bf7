/**
 * Streaming, mergeable moments: count, mean, M2 (sum of squared deviations), min, max, sum.
 * Welford's update for single values and Chan et al.'s pairwise formula for merging partial
 * results (Chan, Golub & LeVeque 1979), so worker shards and matrix shards combine exactly as
 * one pass would, without the cancellation of the naive sum-of-squares formula.
 */
export interface Moments {
  count: number
  mean: number
  /** Sum of squared deviations from the mean. */
  m2: number
  min: number
  max: number
  sum: number
}

export function emptyMoments(): Moments {
  return { count: 0, mean: 0, m2: 0, min: Infinity, max: -Infinity, sum: 0 }
}

/** Adds one finite value (Welford). */
export function addValue(moments: Moments, value: number): void {
  const count = moments.count + 1
  const delta = value - moments.mean
  const mean = moments.mean + delta / count
  moments.m2 += delta * (value - mean)
  moments.mean = mean
  moments.count = count
  moments.sum += value
  if (value < moments.min) moments.min = value
  if (value > moments.max) moments.max = value
}

/** Combines two partial results into a new one (Chan's parallel formula). */
export function mergeMoments(a: Moments, b: Moments): Moments {
  if (a.count === 0) return { ...b }
  if (b.count === 0) return { ...a }
  const count = a.count + b.count
  const delta = b.mean - a.mean
  return {
    count,
    mean: a.mean + (delta * b.count) / count,
    m2: a.m2 + b.m2 + (delta * delta * a.count * b.count) / count,
    min: Math.min(a.min, b.min),
    max: Math.max(a.max, b.max),
    sum: a.sum + b.sum
  }
}

/** Sample variance (ddof 1), NaN below two values. */
export function sampleVariance(moments: Moments): number {
  return moments.count < 2 ? NaN : moments.m2 / (moments.count - 1)
}

/** Population variance (ddof 0), NaN for no values. */
export function populationVariance(moments: Moments): number {
  return moments.count < 1 ? NaN : moments.m2 / moments.count
}

/** Mean of an array, NaN when empty. */
export function mean(values: ArrayLike<number>): number {
  if (values.length === 0) return NaN
  let sum = 0
  for (let i = 0; i < values.length; i++) sum += values[i]!
  return sum / values.length
}

/** Sample standard deviation (ddof 1) of an array, by a two-pass sum for accuracy. */
export function sampleStandardDeviation(values: ArrayLike<number>): number {
  if (values.length < 2) return NaN
  const m = mean(values)
  let ss = 0
  for (let i = 0; i < values.length; i++) ss += (values[i]! - m) ** 2
  return Math.sqrt(ss / (values.length - 1))
}

/** Population standard deviation (ddof 0) of an array. */
export function populationStandardDeviation(values: ArrayLike<number>): number {
  if (values.length === 0) return NaN
  const m = mean(values)
  let ss = 0
  for (let i = 0; i < values.length; i++) ss += (values[i]! - m) ** 2
  return Math.sqrt(ss / values.length)
}
