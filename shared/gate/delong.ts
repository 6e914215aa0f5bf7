import { UsageError } from '../errors.js'
import { normalQuantile, normalSf } from '../stats/distributions.js'
import { midranks } from './midranks.js'

/**
 * DeLong's test for two correlated ROC AUCs measured on the same rows (DeLong, DeLong &
 * Clarke-Pearson 1988, Biometrics 44:837–845), computed with the midrank algorithm of Sun & Xu
 * 2014 (IEEE Signal Processing Letters 21(11)) in O(N log N). Same estimator as pROC
 * `roc.test(method = "delong")`; stats-reference.md §3.2.
 *
 * With positives X_1..X_m and negatives Y_1..Y_n, the structural components are
 *   V10_i = (1/n) Σ_j ψ(X_i, Y_j),  V01_j = (1/m) Σ_i ψ(X_i, Y_j),  ψ = 1 / ½ / 0 for > / = / <,
 * and AUC = mean V10 = mean V01. From midranks T_Z (all rows), T_X (positives only) and T_Y
 * (negatives only): V10_i = (T_Z(i) − T_X(i))/n and V01_j = 1 − (T_Z(m+j) − T_Y(j))/m.
 */

export interface AucComponents {
  auc: number
  /** V10 per positive row, in row order. */
  positiveComponents: Float64Array
  /** V01 per negative row, in row order. */
  negativeComponents: Float64Array
}

export interface AucWithVariance {
  auc: number
  /** Var(AUC) = S10/m + S01/n with ddof-1 sample variances of the components. */
  variance: number
  standardError: number
  positives: number
  negatives: number
}

export interface DeLongResult {
  championAuc: number
  candidateAuc: number
  /** candidateAuc − championAuc. */
  difference: number
  /** Var(AUC_cand − AUC_champ) = Var_cand + Var_champ − 2·Cov. */
  variance: number
  standardError: number
  z: number
  /** Two-sided p = 2(1 − Φ(|z|)). */
  pValue: number
  confidenceLevel: number
  /** difference ± Φ⁻¹(1 − (1 − level)/2)·√variance. */
  confidenceInterval: [number, number]
  positives: number
  negatives: number
}

function splitByClass(actual: ArrayLike<number>, positiveClass: number) {
  const positives: number[] = []
  const negatives: number[] = []
  for (let i = 0; i < actual.length; i++) {
    if (actual[i] === positiveClass) positives.push(i)
    else negatives.push(i)
  }
  if (positives.length < 2 || negatives.length < 2) {
    throw new UsageError(
      `DeLong's test needs at least 2 positive and 2 negative rows; the evaluation set has ` +
        `${positives.length} positive and ${negatives.length} negative`
    )
  }
  return { positives, negatives }
}

function pick(values: ArrayLike<number>, rows: readonly number[]): Float64Array {
  const out = new Float64Array(rows.length)
  rows.forEach((row, k) => (out[k] = values[row]!))
  return out
}

/** DeLong structural components of one model's scores (Sun & Xu 2014, eq. 8–9). */
export function aucComponents(
  actual: ArrayLike<number>,
  scores: ArrayLike<number>,
  positiveClass = 1
): AucComponents {
  const { positives, negatives } = splitByClass(actual, positiveClass)
  return componentsFor(scores, positives, negatives)
}

function componentsFor(
  scores: ArrayLike<number>,
  positives: readonly number[],
  negatives: readonly number[]
): AucComponents {
  const m = positives.length
  const n = negatives.length
  const positiveScores = pick(scores, positives)
  const negativeScores = pick(scores, negatives)
  const all = new Float64Array(m + n)
  all.set(positiveScores, 0)
  all.set(negativeScores, m)
  const rankAll = midranks(all)
  const rankPositives = midranks(positiveScores)
  const rankNegatives = midranks(negativeScores)
  const positiveComponents = new Float64Array(m)
  const negativeComponents = new Float64Array(n)
  let sum = 0
  for (let i = 0; i < m; i++) {
    positiveComponents[i] = (rankAll[i]! - rankPositives[i]!) / n
    sum += rankAll[i]! - rankPositives[i]!
  }
  for (let j = 0; j < n; j++) {
    negativeComponents[j] = 1 - (rankAll[m + j]! - rankNegatives[j]!) / m
  }
  // Σ (T_Z(i) − T_X(i)) over positives is the exact (half-integer) concordant pair count.
  return { auc: sum / (m * n), positiveComponents, negativeComponents }
}

/** Sample covariance (ddof 1) of two equally long arrays. */
function sampleCovariance(a: Float64Array, b: Float64Array): number {
  const n = a.length
  let meanA = 0
  let meanB = 0
  for (let i = 0; i < n; i++) {
    meanA += a[i]!
    meanB += b[i]!
  }
  meanA /= n
  meanB /= n
  let sum = 0
  for (let i = 0; i < n; i++) sum += (a[i]! - meanA) * (b[i]! - meanB)
  return sum / (n - 1)
}

/** One model's AUC with its DeLong variance. */
export function aucWithVariance(
  actual: ArrayLike<number>,
  scores: ArrayLike<number>,
  positiveClass = 1
): AucWithVariance {
  const c = aucComponents(actual, scores, positiveClass)
  const m = c.positiveComponents.length
  const n = c.negativeComponents.length
  const variance =
    sampleCovariance(c.positiveComponents, c.positiveComponents) / m +
    sampleCovariance(c.negativeComponents, c.negativeComponents) / n
  return { auc: c.auc, variance, standardError: Math.sqrt(variance), positives: m, negatives: n }
}

/**
 * Paired DeLong test of candidate AUC − champion AUC. Scores are one score per row for the
 * positive class (higher = more likely positive). A zero variance (e.g. two identical models)
 * gives z = 0 and p = 1 when the AUCs are equal, |z| = ∞ and p = 0 otherwise.
 */
export function delongTest(
  actual: ArrayLike<number>,
  championScores: ArrayLike<number>,
  candidateScores: ArrayLike<number>,
  options: { positiveClass?: number; confidenceLevel?: number } = {}
): DeLongResult {
  const confidenceLevel = options.confidenceLevel ?? 0.95
  if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
    throw new UsageError(`confidence level must be between 0 and 1, got ${confidenceLevel}`)
  }
  for (const [label, scores] of [
    ['champion', championScores],
    ['candidate', candidateScores]
  ] as const) {
    if (scores.length !== actual.length) {
      throw new UsageError(
        `${label}: ${scores.length} scores for ${actual.length} rows; DeLong's test needs one ` +
          'positive-class score per row'
      )
    }
  }
  const { positives, negatives } = splitByClass(actual, options.positiveClass ?? 1)
  const m = positives.length
  const n = negatives.length
  const champion = componentsFor(championScores, positives, negatives)
  const candidate = componentsFor(candidateScores, positives, negatives)
  const s10 = (a: Float64Array, b: Float64Array) => sampleCovariance(a, b) / m
  const s01 = (a: Float64Array, b: Float64Array) => sampleCovariance(a, b) / n
  const varianceChampion =
    s10(champion.positiveComponents, champion.positiveComponents) +
    s01(champion.negativeComponents, champion.negativeComponents)
  const varianceCandidate =
    s10(candidate.positiveComponents, candidate.positiveComponents) +
    s01(candidate.negativeComponents, candidate.negativeComponents)
  const covariance =
    s10(champion.positiveComponents, candidate.positiveComponents) +
    s01(champion.negativeComponents, candidate.negativeComponents)
  // Rounding can leave a tiny negative value for (almost) identical models.
  const variance = Math.max(0, varianceChampion + varianceCandidate - 2 * covariance)
  const difference = candidate.auc - champion.auc
  const standardError = Math.sqrt(variance)
  let z: number
  if (standardError > 0) z = difference / standardError
  else z = difference === 0 ? 0 : Math.sign(difference) * Infinity
  const pValue = Math.min(1, 2 * normalSf(Math.abs(z)))
  const critical = normalQuantile(1 - (1 - confidenceLevel) / 2)
  return {
    championAuc: champion.auc,
    candidateAuc: candidate.auc,
    difference,
    variance,
    standardError,
    z,
    pValue,
    confidenceLevel,
    confidenceInterval: [
      difference - critical * standardError,
      difference + critical * standardError
    ],
    positives: m,
    negatives: n
  }
}
