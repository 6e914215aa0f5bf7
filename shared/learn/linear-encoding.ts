import { mean, populationStandardDeviation } from '../stats/moments.js'
import type { DataColumn } from './data-table.js'
import type {
  FeatureEncoding,
  ModelFeature,
  OneHotEncoding,
  StandardizeEncoding
} from './model-format.js'

/**
 * The design matrix of the linear learners, learned on the training rows only (so validation
 * rows are encoded exactly as unseen data will be) and stored in the model:
 * - numeric: standardised with the training mean and population sd (sklearn StandardScaler), a
 *   missing value imputed with the mean (sklearn SimpleImputer(strategy='mean')), plus a 0/1
 *   missing-indicator column when the training rows had missing values (add_indicator=True);
 * - categorical: one-hot over the `maxCategories` most frequent training levels (missing counts
 *   as a level), and an "other" column when there were more levels; a value outside the kept
 *   levels — infrequent or never seen — goes to "other".
 * Standardising puts the L2 penalty on every numeric coefficient on the same footing and makes
 * |coefficient| a per-sd effect, which is what the feature importances report.
 */

export const DEFAULT_MAX_CATEGORIES = 20

/** A row-major n×p matrix of encoded rows. */
export interface DesignMatrix {
  readonly values: Float64Array
  readonly rowCount: number
  readonly columnCount: number
}

/** The level order used everywhere: more frequent first, then by value, missing last on ties. */
export function rankLevels(counts: ReadonlyMap<string | null, number>): (string | null)[] {
  return Array.from(counts.keys()).sort((a, b) => {
    const difference = counts.get(b)! - counts.get(a)!
    if (difference !== 0) return difference
    if (a === null) return 1
    if (b === null) return -1
    return a < b ? -1 : a > b ? 1 : 0
  })
}

/** Level counts of a categorical column over the given rows. */
export function countLevels(
  values: readonly (string | null)[],
  rows: ArrayLike<number>
): Map<string | null, number> {
  const counts = new Map<string | null, number>()
  for (let k = 0; k < rows.length; k++) {
    const value = values[rows[k]!]!
    counts.set(value, (counts.get(value) ?? 0) + 1)
  }
  return counts
}

/**
 * Learns the encoding of each feature from the training rows. Returns the model features and a
 * warning for each feature that carries no information on those rows (it then adds no columns).
 */
export function fitLinearEncoding(
  columns: readonly DataColumn[],
  trainRows: ArrayLike<number>,
  maxCategories: number
): { features: ModelFeature[]; warnings: string[] } {
  const warnings: string[] = []
  const features = columns.map((column): ModelFeature => {
    const encoding =
      column.kind === 'numeric'
        ? fitStandardize(column.values, trainRows)
        : fitOneHot(column.values, trainRows, maxCategories)
    if (encodedWidth(encoding) === 0) {
      warnings.push(
        `feature ${JSON.stringify(column.name)} is constant on the training rows and is not used ` +
          'by the linear model'
      )
    }
    return { name: column.name, kind: column.kind, encoding }
  })
  return { features, warnings }
}

function fitStandardize(values: Float64Array, rows: ArrayLike<number>): StandardizeEncoding {
  const present: number[] = []
  let min = Infinity
  let max = -Infinity
  for (let k = 0; k < rows.length; k++) {
    const value = values[rows[k]!]!
    if (Number.isNaN(value)) continue
    present.push(value)
    if (value < min) min = value
    if (value > max) max = value
  }
  const missing = rows.length - present.length
  const center = present.length > 0 ? mean(present) : 0
  const varies = present.length > 1 && max > min
  return {
    type: 'standardize',
    mean: center,
    scale: varies ? populationStandardDeviation(present) : 1,
    valueColumn: varies,
    missingIndicator: missing > 0 && present.length > 0
  }
}

function fitOneHot(
  values: readonly (string | null)[],
  rows: ArrayLike<number>,
  maxCategories: number
): OneHotEncoding {
  const counts = countLevels(values, rows)
  if (counts.size < 2) return { type: 'one-hot', levels: [], other: false }
  const ranked = rankLevels(counts)
  return {
    type: 'one-hot',
    levels: ranked.slice(0, maxCategories),
    other: ranked.length > maxCategories
  }
}

/** Number of design-matrix columns a feature encodes to. */
export function encodedWidth(encoding: FeatureEncoding): number {
  switch (encoding.type) {
    case 'standardize':
      return (encoding.valueColumn ? 1 : 0) + (encoding.missingIndicator ? 1 : 0)
    case 'one-hot':
      return encoding.levels.length + (encoding.other ? 1 : 0)
    default:
      throw new Error(`encoding ${encoding.type} is not a linear-model encoding`)
  }
}

/** Readable names of the encoded columns, in design-matrix order. */
export function encodedColumnNames(features: readonly ModelFeature[]): string[] {
  const names: string[] = []
  for (const { name, encoding } of features) {
    if (encoding.type === 'standardize') {
      if (encoding.valueColumn) names.push(name)
      if (encoding.missingIndicator) names.push(`${name} (missing)`)
    } else if (encoding.type === 'one-hot') {
      for (const level of encoding.levels) names.push(`${name}=${level ?? '(missing)'}`)
      if (encoding.other) names.push(`${name}=(other)`)
    }
  }
  return names
}

/**
 * Encodes `rows` (indices into the columns; all rows when omitted) with the learned encoding.
 * `columns[f]` is the data column of `features[f]`, already matched by name and kind.
 */
export function encodeLinear(
  features: readonly ModelFeature[],
  columns: readonly DataColumn[],
  rows?: ArrayLike<number>
): DesignMatrix {
  const rowCount = rows === undefined ? (columns[0]?.values.length ?? 0) : rows.length
  const columnCount = features.reduce((sum, feature) => sum + encodedWidth(feature.encoding), 0)
  const values = new Float64Array(rowCount * columnCount)
  let offset = 0
  features.forEach((feature, f) => {
    const column = columns[f]!
    const encoding = feature.encoding
    if (encoding.type === 'standardize' && column.kind === 'numeric') {
      const data = column.values
      const indicator = encoding.valueColumn ? offset + 1 : offset
      for (let i = 0; i < rowCount; i++) {
        const x = data[rows === undefined ? i : rows[i]!]!
        const base = i * columnCount
        if (Number.isNaN(x)) {
          if (encoding.missingIndicator) values[base + indicator] = 1
        } else if (encoding.valueColumn) {
          values[base + offset] = (x - encoding.mean) / encoding.scale
        }
      }
    } else if (encoding.type === 'one-hot' && column.kind === 'categorical') {
      const position = new Map<string | null, number>()
      encoding.levels.forEach((level, j) => position.set(level, offset + j))
      const otherPosition = encoding.other ? offset + encoding.levels.length : -1
      const data = column.values
      for (let i = 0; i < rowCount; i++) {
        const j = position.get(data[rows === undefined ? i : rows[i]!]!) ?? otherPosition
        if (j >= 0) values[i * columnCount + j] = 1
      }
    } else {
      throw new Error(`column ${column.name} does not match its ${encoding.type} encoding`)
    }
    offset += encodedWidth(encoding)
  })
  return { values, rowCount, columnCount }
}
