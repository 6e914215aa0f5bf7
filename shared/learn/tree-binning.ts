import { quantileSorted } from '../stats/quantile.js'
import { mulberry32 } from '../stats/random.js'
import type { DataColumn } from './data-table.js'
import { countLevels, rankLevels } from './linear-encoding.js'
import type { CategoryCodesEncoding, FeatureEncoding } from './model-format.js'

/**
 * Feature binning for the histogram trees, after scikit-learn's `_BinMapper`
 * (sklearn/ensemble/_hist_gradient_boosting/binning.py): every feature becomes a small integer
 * per row, so a split search scans at most 256 histogram bins instead of sorting values.
 *
 * Numeric: with at most `maxBins` distinct training values, the thresholds are the midpoints
 * between consecutive distinct values (every value keeps its own bin); otherwise they are the
 * k/maxBins quantiles (k = 1..maxBins−1) with numpy's `midpoint` interpolation, duplicates
 * removed. A value x lands in bin #{thresholds < x} (np.searchsorted side='left'), so
 * "bin ≤ b" ⇔ "x ≤ thresholds[b]", which is how a tree split is stored in the model. Above
 * 200 000 training values the thresholds come from a seeded subsample of 200 000 (sklearn's
 * `subsample`). Missing values get bin MISSING_BIN.
 *
 * Categorical: the `maxBins` most frequent training levels get codes 0, 1, … (order of
 * rankLevels); with more levels, the first maxBins−1 keep codes and code maxBins−1 is "other".
 */

/** Bin of a missing value (one past the largest value bin). */
export const MISSING_BIN = 255

/** The most value bins a feature can have (sklearn's max_bins limit). */
export const MAX_VALUE_BINS = 255

const QUANTILE_SUBSAMPLE = 200_000

/** Threshold of a split that sends every present value left and only missing values right. */
export const MISSING_ONLY_THRESHOLD = Number.MAX_VALUE

export interface FeatureBinning {
  readonly kind: 'numeric' | 'categorical'
  /** Numeric: ascending split thresholds. Empty for categorical features. */
  readonly thresholds: Float64Array
  /** Number of value bins (codes for a categorical feature), missing excluded. */
  readonly binCount: number
  /** Categorical: code of each kept level. */
  readonly codeOf: ReadonlyMap<string, number>
  /** Categorical: code of "other" values, or −1 when every training level has its own code. */
  readonly otherCode: number
  /** What the model file stores for this feature. */
  readonly encoding: FeatureEncoding
}

/** Learns the binning of each feature from the training rows. */
export function fitTreeBinning(
  columns: readonly DataColumn[],
  trainRows: ArrayLike<number>,
  maxBins: number,
  seed: number
): FeatureBinning[] {
  return columns.map((column, f) =>
    column.kind === 'numeric'
      ? fitNumericBinning(column.values, trainRows, maxBins, (seed + f) >>> 0)
      : fitCategoricalBinning(column.values, trainRows, maxBins)
  )
}

function fitNumericBinning(
  values: Float64Array,
  rows: ArrayLike<number>,
  maxBins: number,
  seed: number
): FeatureBinning {
  let present: Float64Array = new Float64Array(rows.length)
  let count = 0
  for (let k = 0; k < rows.length; k++) {
    const value = values[rows[k]!]!
    if (!Number.isNaN(value)) present[count++] = value
  }
  present = present.subarray(0, count)
  if (count > QUANTILE_SUBSAMPLE) present = subsample(present, QUANTILE_SUBSAMPLE, seed)
  const sorted = present.slice().sort()
  // Distinct values, collected only up to maxBins + 1 (beyond that, quantiles are used).
  const distinct: number[] = []
  for (let i = 0; i < sorted.length && distinct.length <= maxBins; i++) {
    if (i === 0 || sorted[i]! !== sorted[i - 1]!) distinct.push(sorted[i]!)
  }
  const thresholds: number[] = []
  if (distinct.length <= maxBins) {
    for (let i = 1; i < distinct.length; i++) {
      const sum = distinct[i - 1]! + distinct[i]!
      thresholds.push(
        Number.isFinite(sum) ? sum * 0.5 : 0.5 * distinct[i - 1]! + 0.5 * distinct[i]!
      )
    }
  } else {
    for (let k = 1; k < maxBins; k++) {
      // q as numpy forms it from np.linspace(0, 100, maxBins + 1) / 100, so the same order
      // statistics are picked when k·(n − 1)/maxBins is (nearly) an integer.
      const q = (k * (100 / maxBins)) / 100
      const threshold = quantileSorted(sorted, q, 'midpoint')
      if (thresholds.length === 0 || threshold > thresholds[thresholds.length - 1]!) {
        thresholds.push(threshold)
      }
    }
  }
  return {
    kind: 'numeric',
    thresholds: Float64Array.from(thresholds),
    binCount: thresholds.length + 1,
    codeOf: new Map(),
    otherCode: -1,
    encoding: { type: 'passthrough' }
  }
}

function fitCategoricalBinning(
  values: readonly (string | null)[],
  rows: ArrayLike<number>,
  maxBins: number
): FeatureBinning {
  const counts = countLevels(values, rows)
  counts.delete(null)
  const ranked = rankLevels(counts) as string[]
  const hasOther = ranked.length > maxBins
  const levels = hasOther ? ranked.slice(0, maxBins - 1) : ranked
  const codeOf = new Map<string, number>()
  levels.forEach((level, code) => codeOf.set(level, code))
  const encoding: CategoryCodesEncoding = { type: 'codes', levels, other: hasOther }
  return categoricalBinning(encoding, codeOf)
}

/** The binning a stored `codes` encoding describes (used again at prediction time). */
export function categoricalBinning(
  encoding: CategoryCodesEncoding,
  codeOf: ReadonlyMap<string, number> = new Map(encoding.levels.map((level, code) => [level, code]))
): FeatureBinning {
  return {
    kind: 'categorical',
    thresholds: new Float64Array(0),
    binCount: encoding.levels.length + (encoding.other ? 1 : 0),
    codeOf,
    otherCode: encoding.other ? encoding.levels.length : -1,
    encoding
  }
}

/** A seeded sample without replacement (partial Fisher–Yates). */
function subsample(values: Float64Array, size: number, seed: number): Float64Array {
  const random = mulberry32(seed)
  const pool = values.slice()
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(random() * (pool.length - i))
    const held = pool[i]!
    pool[i] = pool[j]!
    pool[j] = held
  }
  return pool.subarray(0, size)
}

/** Bin of one numeric value: #{thresholds < x}, by binary search. */
export function numericBin(thresholds: Float64Array, x: number): number {
  if (Number.isNaN(x)) return MISSING_BIN
  let low = 0
  let high = thresholds.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (thresholds[middle]! < x) low = middle + 1
    else high = middle
  }
  return low
}

/** Code of one categorical value: its level's code, "other", or MISSING_BIN. */
export function categoryBin(binning: FeatureBinning, value: string | null): number {
  if (value === null) return MISSING_BIN
  const code = binning.codeOf.get(value)
  if (code !== undefined) return code
  return binning.otherCode >= 0 ? binning.otherCode : MISSING_BIN
}

/**
 * The binned rows, row-major: bin of feature f at row position i is at i·featureCount + f, so
 * a histogram pass over a node's rows reads each row's bins from one cache line. `columns[f]` is
 * the data column of `binnings[f]`; `rows` selects and orders the rows (all when omitted).
 */
export function binColumns(
  binnings: readonly FeatureBinning[],
  columns: readonly DataColumn[],
  rows?: ArrayLike<number>
): Uint8Array {
  const rowCount = rows === undefined ? (columns[0]?.values.length ?? 0) : rows.length
  const featureCount = binnings.length
  const binned = new Uint8Array(featureCount * rowCount)
  binnings.forEach((binning, f) => {
    const column = columns[f]!
    if (column.kind === 'numeric') {
      for (let i = 0; i < rowCount; i++) {
        const value = column.values[rows === undefined ? i : rows[i]!]!
        binned[i * featureCount + f] = numericBin(binning.thresholds, value)
      }
    } else {
      for (let i = 0; i < rowCount; i++) {
        const value = column.values[rows === undefined ? i : rows[i]!]!
        binned[i * featureCount + f] = categoryBin(binning, value)
      }
    }
  })
  return binned
}
