import { MISSING_BIN } from './tree-binning.js'

/**
 * The best split of one tree node from its gradient histograms, after scikit-learn's
 * HistGradientBoosting splitter (sklearn/ensemble/_hist_gradient_boosting/splitting.pyx, 1.2)
 * and LightGBM's (Ke et al., NeurIPS 2017).
 *
 * Gain of sending statistics (G_L, H_L) left and (G_R, H_R) right, for L2 strength λ:
 *   gain = G_L²/(H_L+λ) + G_R²/(H_R+λ) − (G_L+G_R)²/(H_L+H_R+λ)
 * (twice the loss reduction of the second-order approximation; sklearn's `_split_gain` with
 * its constant factor dropped, as it is). A split is admissible when both children keep at
 * least `minSamplesLeaf` rows and `minHessianToSplit` hessian, and its gain is > 0.
 *
 * Numeric features: thresholds between consecutive bins, scanned with missing values sent
 * right (plus the split "present left, missing right") and, when the node has missing values,
 * again with missing values sent left; the better gain decides the direction. When the node
 * has no missing value the direction is learned as "the child with more rows", which is where a
 * missing value at prediction time then goes (sklearn's rule for features without missing
 * training values).
 *
 * Categorical features (LightGBM's many-vs-many split, as sklearn implements it): categories
 * with at least MIN_CATEGORY_SUPPORT rows in the node are sorted by G/(H + CATEGORY_SMOOTHING),
 * and the split puts a prefix of that order (from either end, at most MAX_CATEGORY_THRESHOLD
 * categories and at most half of them) on the left. Rarer categories go right; missing values
 * take part as a category of their own.
 */

export const HISTOGRAM_BINS = 256
/** Doubles per histogram bin: sum of gradients, sum of hessians, row count. */
export const BIN_STRIDE = 3
export const FEATURE_STRIDE = HISTOGRAM_BINS * BIN_STRIDE

export const MIN_CATEGORY_SUPPORT = 10
export const CATEGORY_SMOOTHING = 10
export const MAX_CATEGORY_THRESHOLD = 32

export interface SplitConstraints {
  readonly minSamplesLeaf: number
  readonly minHessianToSplit: number
  readonly l2Regularization: number
}

export interface FeatureLayout {
  /** Value bins per feature (missing bin excluded). */
  readonly binCounts: Int32Array
  readonly isCategorical: Uint8Array
}

export interface NodeTotals {
  readonly gradient: number
  readonly hessian: number
  readonly count: number
}

export interface SplitCandidate {
  readonly gain: number
  readonly feature: number
  /** goesLeft[bin] is 1 when rows in that bin (MISSING_BIN included) go to the left child. */
  readonly goesLeft: Uint8Array
  readonly missingLeft: boolean
  /** Numeric split: the last value bin that goes left (−1 for categorical splits). */
  readonly bin: number
  readonly leftGradient: number
  readonly leftHessian: number
  readonly leftCount: number
}

/** Mutable best-so-far, kept as scalars so the scan allocates nothing. */
interface Best {
  gain: number
  feature: number
  bin: number
  missingLeft: boolean
  /** Categorical: the left categories, in scan order. */
  categories: number[] | null
  leftGradient: number
  leftHessian: number
  leftCount: number
}

/**
 * Best split of a node, or null when no admissible split has positive gain. `histogram` holds
 * FEATURE_STRIDE doubles per feature (see BIN_STRIDE).
 */
export function findBestSplit(
  histogram: Float64Array,
  layout: FeatureLayout,
  totals: NodeTotals,
  constraints: SplitConstraints
): SplitCandidate | null {
  const best: Best = {
    gain: 0,
    feature: -1,
    bin: -1,
    missingLeft: false,
    categories: null,
    leftGradient: 0,
    leftHessian: 0,
    leftCount: 0
  }
  const featureCount = layout.binCounts.length
  for (let f = 0; f < featureCount; f++) {
    if (layout.isCategorical[f] === 1)
      scanCategorical(histogram, f, layout, totals, constraints, best)
    else scanNumeric(histogram, f, layout.binCounts[f]!, totals, constraints, best)
  }
  if (best.feature < 0) return null

  const offset = best.feature * FEATURE_STRIDE
  const missingCount = histogram[offset + MISSING_BIN * BIN_STRIDE + 2]!
  const goesLeft = new Uint8Array(HISTOGRAM_BINS)
  let missingLeft = best.missingLeft
  if (best.categories === null) {
    for (let b = 0; b <= best.bin; b++) goesLeft[b] = 1
  } else {
    missingLeft = false
    for (const code of best.categories) {
      if (code === MISSING_BIN) missingLeft = true
      else goesLeft[code] = 1
    }
  }
  if (missingCount === 0) missingLeft = best.leftCount > totals.count - best.leftCount
  goesLeft[MISSING_BIN] = missingLeft ? 1 : 0
  return {
    gain: best.gain,
    feature: best.feature,
    goesLeft,
    missingLeft,
    bin: best.categories === null ? best.bin : -1,
    leftGradient: best.leftGradient,
    leftHessian: best.leftHessian,
    leftCount: best.leftCount
  }
}

function scanNumeric(
  histogram: Float64Array,
  f: number,
  binCount: number,
  totals: NodeTotals,
  constraints: SplitConstraints,
  best: Best
): void {
  const { minSamplesLeaf, minHessianToSplit, l2Regularization: l2 } = constraints
  const { gradient: G, hessian: H, count: N } = totals
  const parentTerm = (G * G) / (H + l2)
  const offset = f * FEATURE_STRIDE
  const missing = offset + MISSING_BIN * BIN_STRIDE
  const missingGradient = histogram[missing]!
  const missingHessian = histogram[missing + 1]!
  const missingCount = histogram[missing + 2]!

  const consider = (
    gl: number,
    hl: number,
    cl: number,
    bin: number,
    missingLeft: boolean
  ): void => {
    const gr = G - gl
    const hr = H - hl
    const gain = (gl * gl) / (hl + l2) + (gr * gr) / (hr + l2) - parentTerm
    if (gain > best.gain) {
      best.gain = gain
      best.feature = f
      best.bin = bin
      best.missingLeft = missingLeft
      best.categories = null
      best.leftGradient = gl
      best.leftHessian = hl
      best.leftCount = cl
    }
  }

  // Missing values (if any) to the right: left = value bins 0..b.
  let gl = 0
  let hl = 0
  let cl = 0
  for (let b = 0; b < binCount - 1; b++) {
    const at = offset + b * BIN_STRIDE
    gl += histogram[at]!
    hl += histogram[at + 1]!
    cl += histogram[at + 2]!
    if (cl < minSamplesLeaf || hl < minHessianToSplit) continue
    if (N - cl < minSamplesLeaf || H - hl < minHessianToSplit) break
    consider(gl, hl, cl, b, false)
  }
  if (missingCount === 0) return
  // Every present value left, only the missing ones right.
  const presentCount = N - missingCount
  const presentHessian = H - missingHessian
  if (
    presentCount >= minSamplesLeaf &&
    missingCount >= minSamplesLeaf &&
    presentHessian >= minHessianToSplit &&
    missingHessian >= minHessianToSplit
  ) {
    consider(G - missingGradient, presentHessian, presentCount, binCount - 1, false)
  }
  // Missing values to the left: right = value bins b+1..binCount−1.
  let gr = 0
  let hr = 0
  let cr = 0
  for (let b = binCount - 2; b >= 0; b--) {
    const at = offset + (b + 1) * BIN_STRIDE
    gr += histogram[at]!
    hr += histogram[at + 1]!
    cr += histogram[at + 2]!
    if (cr < minSamplesLeaf || hr < minHessianToSplit) continue
    if (N - cr < minSamplesLeaf || H - hr < minHessianToSplit) break
    consider(G - gr, H - hr, N - cr, b, true)
  }
}

function scanCategorical(
  histogram: Float64Array,
  f: number,
  layout: FeatureLayout,
  totals: NodeTotals,
  constraints: SplitConstraints,
  best: Best
): void {
  const { minSamplesLeaf, minHessianToSplit, l2Regularization: l2 } = constraints
  const { gradient: G, hessian: H, count: N } = totals
  const parentTerm = (G * G) / (H + l2)
  const offset = f * FEATURE_STRIDE
  const used: { code: number; order: number }[] = []
  const supported = (code: number): void => {
    const at = offset + code * BIN_STRIDE
    if (histogram[at + 2]! >= MIN_CATEGORY_SUPPORT) {
      used.push({ code, order: histogram[at]! / (histogram[at + 1]! + CATEGORY_SMOOTHING) })
    }
  }
  for (let code = 0; code < layout.binCounts[f]!; code++) supported(code)
  supported(MISSING_BIN)
  if (used.length < 2) return
  used.sort((a, b) => a.order - b.order || a.code - b.code)
  const maxLeft = Math.min(MAX_CATEGORY_THRESHOLD, (used.length + 1) >> 1)
  for (const descending of [false, true]) {
    let gl = 0
    let hl = 0
    let cl = 0
    for (let i = 0; i < maxLeft; i++) {
      const code = used[descending ? used.length - 1 - i : i]!.code
      const at = offset + code * BIN_STRIDE
      gl += histogram[at]!
      hl += histogram[at + 1]!
      cl += histogram[at + 2]!
      if (cl < minSamplesLeaf || hl < minHessianToSplit) continue
      if (N - cl < minSamplesLeaf || H - hl < minHessianToSplit) break
      const gr = G - gl
      const hr = H - hl
      const gain = (gl * gl) / (hl + l2) + (gr * gr) / (hr + l2) - parentTerm
      if (gain > best.gain) {
        best.gain = gain
        best.feature = f
        best.bin = -1
        best.missingLeft = false
        best.categories = Array.from({ length: i + 1 }, (_, k) =>
          descending ? used[used.length - 1 - k]!.code : used[k]!.code
        )
        best.leftGradient = gl
        best.leftHessian = hl
        best.leftCount = cl
      }
    }
  }
}
