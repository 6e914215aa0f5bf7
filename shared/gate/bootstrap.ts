import { UsageError } from '../errors.js'
import type { RowMetric } from '../evaluation/metrics.js'
import { normalCdf, normalQuantile } from '../stats/distributions.js'
import { quantileSorted } from '../stats/quantile.js'
import { mulberry32 } from '../stats/random.js'

/**
 * Paired case-resampling bootstrap of metric(candidate) − metric(champion) (Efron & Tibshirani
 * 1993, ch. 13–14; stats-reference.md §3.3). Both metrics are evaluated on the SAME drawn rows, so
 * the row-to-row correlation of the two models cancels out of the difference.
 *
 * Reproducibility contract: the generator is mulberry32(seed); a replicate draws N indices
 * idx = floor(u · N) from consecutive outputs u, replicate after replicate (stratified: per class
 * in ascending class order, idx = rowsOfClass[floor(u · n_class)]). Same seed, same data, same
 * result on every platform.
 */

export const DEFAULT_BOOTSTRAP_REPLICATES = 2000
export const MINIMUM_BOOTSTRAP_REPLICATES = 1000
export const DEFAULT_BOOTSTRAP_SEED = 20240611

/**
 * Beyond this many rows the BCa acceleration uses a grouped jackknife (row i in group
 * i mod 1000, one group deleted at a time) instead of leave-one-out, which would cost N metric
 * evaluations of N rows each.
 */
export const JACKKNIFE_GROUPS = 1000

export interface PairedBootstrapOptions {
  /** Number of replicates B (≥ 1000); default 2000. */
  replicates?: number
  seed?: number
  /** Two-sided confidence level; default 0.95. */
  confidenceLevel?: number
  /**
   * Class code of each row: resample within each class so every replicate keeps the class
   * counts (no single-class replicates for AUC). Unset: plain paired resampling.
   */
  strata?: ArrayLike<number>
  /** Keep the replicate differences in the result (for plots); default false. */
  keepReplicates?: boolean
  /** Called after each replicate, e.g. to drive a progress bar; does not change the result. */
  onReplicate?: () => void
}

export type Interval = [number, number]

export interface PairedBootstrapResult {
  /** θ̂ = metric(candidate) − metric(champion) on all rows. */
  estimate: number
  candidateValue: number
  championValue: number
  resampling: 'paired' | 'stratified'
  seed: number
  confidenceLevel: number
  replicatesRequested: number
  /** Replicates where both metrics were defined; the intervals use only these. */
  replicatesUsed: number
  /** Replicates dropped because a metric was undefined on the resample (e.g. one-class AUC). */
  replicatesDropped: number
  /** Sample standard deviation (ddof 1) of the used replicates. */
  standardError: number
  /** [q(α/2), q(1 − α/2)] of the replicates, numpy's linear (type 7) quantile. */
  percentile: Interval
  /** [2θ̂ − q(1 − α/2), 2θ̂ − q(α/2)]. */
  basic: Interval
  /** Bias-corrected and accelerated (scipy.stats.bootstrap method='BCa'); NaN when undefined. */
  bca: Interval
  /** BCa details: bias correction z0, acceleration a, and which jackknife produced a. */
  bcaDetails: { z0: number; acceleration: number; jackknife: 'leave-one-out' | 'grouped' }
  replicates?: Float64Array
}

/** Draws the index vectors of successive replicates into one reused buffer. */
function replicateDrawer(
  rowCount: number,
  seed: number,
  strata: ArrayLike<number> | undefined
): (into: Uint32Array) => void {
  const next = mulberry32(seed)
  if (strata === undefined) {
    return (into) => {
      for (let i = 0; i < rowCount; i++) into[i] = Math.floor(next() * rowCount)
    }
  }
  const byClass = new Map<number, number[]>()
  for (let i = 0; i < rowCount; i++) {
    const code = strata[i]!
    const rows = byClass.get(code)
    if (rows === undefined) byClass.set(code, [i])
    else rows.push(i)
  }
  const groups = Array.from(byClass.entries())
    .sort((a, b) => a[0] - b[0])
    .map(([, rows]) => Uint32Array.from(rows))
  return (into) => {
    let k = 0
    for (const rows of groups) {
      for (let j = 0; j < rows.length; j++) into[k++] = rows[Math.floor(next() * rows.length)]!
    }
  }
}

/**
 * The paired bootstrap of candidate − champion for one metric. `candidate` and `champion` are
 * metrics bound to each model's predictions on the same `rowCount` rows (prepareMetric). A
 * difference is "undefined" when either metric returns NaN on the resample: such replicates are
 * dropped and counted, never replaced.
 */
export function pairedBootstrap(
  candidate: RowMetric,
  champion: RowMetric,
  rowCount: number,
  options: PairedBootstrapOptions = {}
): PairedBootstrapResult {
  const replicatesRequested = options.replicates ?? DEFAULT_BOOTSTRAP_REPLICATES
  const seed = options.seed ?? DEFAULT_BOOTSTRAP_SEED
  const confidenceLevel = options.confidenceLevel ?? 0.95
  validateOptions(replicatesRequested, seed, confidenceLevel, rowCount, options.strata)

  const candidateValue = candidate()
  const championValue = champion()
  const estimate = candidateValue - championValue
  const draw = replicateDrawer(rowCount, seed, options.strata)
  const indices = new Uint32Array(rowCount)
  const values = new Float64Array(replicatesRequested)
  let used = 0
  for (let b = 0; b < replicatesRequested; b++) {
    draw(indices)
    const difference = candidate(indices) - champion(indices)
    if (!Number.isNaN(difference)) values[used++] = difference
    options.onReplicate?.()
  }
  const replicates = values.subarray(0, used)
  const sorted = Float64Array.from(replicates).sort()
  const alpha = (1 - confidenceLevel) / 2
  const lower = quantileSorted(sorted, alpha)
  const upper = quantileSorted(sorted, 1 - alpha)
  const bca = bcaInterval(candidate, champion, rowCount, estimate, replicates, sorted, alpha)
  return {
    estimate,
    candidateValue,
    championValue,
    resampling: options.strata === undefined ? 'paired' : 'stratified',
    seed,
    confidenceLevel,
    replicatesRequested,
    replicatesUsed: used,
    replicatesDropped: replicatesRequested - used,
    standardError: sampleStandardDeviation(replicates),
    percentile: [lower, upper],
    basic: [2 * estimate - upper, 2 * estimate - lower],
    bca: bca.interval,
    bcaDetails: { z0: bca.z0, acceleration: bca.acceleration, jackknife: bca.jackknife },
    ...(options.keepReplicates === true ? { replicates: Float64Array.from(replicates) } : {})
  }
}

function validateOptions(
  replicates: number,
  seed: number,
  confidenceLevel: number,
  rowCount: number,
  strata: ArrayLike<number> | undefined
): void {
  if (!Number.isInteger(replicates) || replicates < MINIMUM_BOOTSTRAP_REPLICATES) {
    throw new UsageError(
      `bootstrap replicates must be an integer of at least ${MINIMUM_BOOTSTRAP_REPLICATES}, ` +
        `got ${replicates}`
    )
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new UsageError(`bootstrap seed must be an integer in 0..4294967295, got ${seed}`)
  }
  if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
    throw new UsageError(`confidence level must be between 0 and 1, got ${confidenceLevel}`)
  }
  if (!Number.isInteger(rowCount) || rowCount < 2) {
    throw new UsageError(`the bootstrap needs at least 2 rows, got ${rowCount}`)
  }
  if (strata !== undefined && strata.length !== rowCount) {
    throw new UsageError(`stratified bootstrap: ${strata.length} class codes for ${rowCount} rows`)
  }
}

function sampleStandardDeviation(values: Float64Array): number {
  const n = values.length
  if (n < 2) return NaN
  let mean = 0
  for (let i = 0; i < n; i++) mean += values[i]!
  mean /= n
  let sum = 0
  for (let i = 0; i < n; i++) sum += (values[i]! - mean) ** 2
  return Math.sqrt(sum / (n - 1))
}

/**
 * BCa interval as scipy.stats.bootstrap(method='BCa') 1.10 computes it (Efron & Tibshirani 1993,
 * §14.3 and eq. 15.36):
 *   z0 = Φ⁻¹(share of replicates below θ̂, ties counted ½)   (scipy _percentile_of_score)
 *   a  = Σ d³ / (6 (Σ d²)^{3/2}),  d_i = mean(θ_(·)) − θ_(i)  over jackknife estimates θ_(i)
 *   α1 = Φ(z0 + (z0 + z_α)/(1 − a(z0 + z_α))),  α2 likewise with z_{1−α}
 *   interval = [q(α1), q(α2)] of the replicates (linear quantile).
 * Where scipy returns NaN for a degenerate jackknife (all θ_(i) equal, 0/0) we take a = 0 —
 * there is no skewness to correct — so two identical models get the degenerate [0, 0].
 * An infinite z0 (every replicate on one side of θ̂) leaves the interval undefined (NaN).
 */
function bcaInterval(
  candidate: RowMetric,
  champion: RowMetric,
  rowCount: number,
  estimate: number,
  replicates: Float64Array,
  sorted: Float64Array,
  alpha: number
): {
  interval: Interval
  z0: number
  acceleration: number
  jackknife: 'leave-one-out' | 'grouped'
} {
  const grouped = rowCount > JACKKNIFE_GROUPS
  const jackknife = grouped ? 'grouped' : 'leave-one-out'
  if (replicates.length === 0) {
    return { interval: [NaN, NaN], z0: NaN, acceleration: NaN, jackknife }
  }
  let below = 0
  let belowOrEqual = 0
  for (let b = 0; b < replicates.length; b++) {
    if (replicates[b]! < estimate) below++
    if (replicates[b]! <= estimate) belowOrEqual++
  }
  const z0 = normalQuantile((below + belowOrEqual) / (2 * replicates.length))
  const acceleration = jackknifeAcceleration(candidate, champion, rowCount, grouped)
  if (!Number.isFinite(z0) || Number.isNaN(acceleration)) {
    return { interval: [NaN, NaN], z0, acceleration, jackknife }
  }
  const adjusted = (zAlpha: number) => {
    const shifted = z0 + zAlpha
    return normalCdf(z0 + shifted / (1 - acceleration * shifted))
  }
  const zAlpha = normalQuantile(alpha)
  const interval: Interval = [
    quantileSorted(sorted, adjusted(zAlpha)),
    quantileSorted(sorted, adjusted(-zAlpha))
  ]
  return { interval, z0, acceleration, jackknife }
}

/** The jackknife acceleration a; NaN when a jackknife estimate is undefined. */
function jackknifeAcceleration(
  candidate: RowMetric,
  champion: RowMetric,
  rowCount: number,
  grouped: boolean
): number {
  const groupCount = grouped ? JACKKNIFE_GROUPS : rowCount
  const estimates = new Float64Array(groupCount)
  const kept = new Uint32Array(rowCount)
  for (let g = 0; g < groupCount; g++) {
    let size = 0
    for (let i = 0; i < rowCount; i++) if (i % groupCount !== g) kept[size++] = i
    const rows = kept.subarray(0, size)
    estimates[g] = candidate(rows) - champion(rows)
    if (Number.isNaN(estimates[g]!)) return NaN
  }
  let mean = 0
  for (let g = 0; g < groupCount; g++) mean += estimates[g]!
  mean /= groupCount
  let cubes = 0
  let squares = 0
  for (let g = 0; g < groupCount; g++) {
    const d = mean - estimates[g]!
    cubes += d * d * d
    squares += d * d
  }
  if (squares === 0) return 0
  return cubes / (6 * squares ** 1.5)
}
