import { InputError } from '../errors.js'
import type { ClassLabel } from '../evaluation/label-encoding.js'
import { columnFromText } from './column-from-text.js'
import { checkColumnValues, findColumn, tableRowCount } from './data-table.js'
import type { DataColumn, DataTable } from './data-table.js'
import type { LearningTask } from './learning-task.js'
import { encodeLinear } from './linear-encoding.js'
import { sigmoid } from './logistic-regression.js'
import type {
  GbdtModel,
  LinearModel,
  ModelFeature,
  TollgateModel,
  TreeJson
} from './model-format.js'
import { outputCount } from './model-format.js'
import { MISSING_BIN, categoricalBinning, categoryBin } from './tree-binning.js'

/**
 * Predictions of a stored model on a table — the one function every other action uses to score
 * data with a built-in model. Feature columns are matched by name (extra columns, the target
 * among them, are ignored); a feature column the table lacks is an error naming it. Missing
 * values and categories never seen in training are fine: they are encoded as the model's file
 * says (imputed / "other" / the learned missing direction).
 */

export interface RegressionOutput {
  readonly task: 'regression'
  /** Predicted value per row. */
  readonly values: Float64Array
}

export interface ClassificationOutput {
  readonly task: 'binary' | 'multiclass'
  readonly classes: ClassLabel[]
  /** Predicted class code per row (index into classes). */
  readonly classCodes: Int32Array
  /** Predicted label per row. */
  readonly labels: ClassLabel[]
  /**
   * Row-major n×K class probabilities (column k is classes[k]) — the layout the evaluation
   * metrics read (sklearn predict_proba).
   */
  readonly probabilities: Float64Array
}

export type ModelOutput = RegressionOutput | ClassificationOutput

/** Predicts every row of `table`. */
export function predict(model: TollgateModel, table: DataTable): ModelOutput {
  return predictColumns(model, alignFeatureColumns(model.features, table))
}

/**
 * The table's column for each model feature, in the model's order. A column of the other kind
 * is converted: text cells to numbers (strictly: a non-number is an error naming the row), or
 * numbers to text (missing stays missing) — a prediction file read without the model's schema
 * may have guessed a column's kind differently from the training file.
 */
export function alignFeatureColumns(
  features: readonly ModelFeature[],
  table: DataTable
): DataColumn[] {
  tableRowCount(table)
  const absent = features.filter((feature) => findColumn(table, feature.name) === undefined)
  if (absent.length > 0) {
    const names = absent.map((feature) => JSON.stringify(feature.name)).join(', ')
    throw new InputError(
      { field: absent[0]!.name },
      `the data has no column ${names}, which the model uses as ${
        absent.length === 1 ? 'a feature' : 'features'
      }; the model needs every feature it was trained on`
    )
  }
  return features.map((feature) => {
    const column = findColumn(table, feature.name)!
    checkColumnValues(column)
    if (column.kind === feature.kind) return column
    if (feature.kind === 'numeric') {
      return columnFromText(feature.name, column.values as readonly (string | null)[], 'numeric')
    }
    const numbers = column.values as Float64Array
    return {
      name: column.name,
      kind: 'categorical',
      values: Array.from(numbers, (value) => (Number.isNaN(value) ? null : String(value)))
    }
  })
}

/**
 * Predicts `rows` (all when omitted) of columns already aligned with the model's features.
 */
export function predictColumns(
  model: TollgateModel,
  columns: readonly DataColumn[],
  rows?: ArrayLike<number>
): ModelOutput {
  const raw =
    model.algorithm === 'gbdt'
      ? gbdtRawScores(model, columns, rows)
      : linearRawScores(model, columns, rows)
  return outputFromRawScores(model.task, model.classes, raw)
}

/**
 * Turns output-major raw scores (value of output k at row i at k·n + i) into predictions:
 * regression as is, binary through the logistic function, multiclass through softmax.
 */
export function outputFromRawScores(
  task: LearningTask,
  classes: readonly ClassLabel[] | null,
  raw: Float64Array
): ModelOutput {
  if (task === 'regression') return { task, values: raw }
  const labels = classes!
  const K = labels.length
  const n = raw.length / outputCount(task, K)
  const probabilities = new Float64Array(n * K)
  const classCodes = new Int32Array(n)
  if (task === 'binary') {
    for (let i = 0; i < n; i++) {
      const p = sigmoid(raw[i]!)
      probabilities[2 * i] = 1 - p
      probabilities[2 * i + 1] = p
      classCodes[i] = raw[i]! > 0 ? 1 : 0
    }
  } else {
    for (let i = 0; i < n; i++) {
      let max = -Infinity
      let best = 0
      for (let k = 0; k < K; k++) {
        const score = raw[k * n + i]!
        if (score > max) {
          max = score
          best = k
        }
      }
      let sum = 0
      for (let k = 0; k < K; k++) {
        const e = Math.exp(raw[k * n + i]! - max)
        probabilities[i * K + k] = e
        sum += e
      }
      for (let k = 0; k < K; k++) probabilities[i * K + k]! /= sum
      classCodes[i] = best
    }
  }
  return {
    task,
    classes: [...labels],
    classCodes,
    labels: Array.from(classCodes, (code) => labels[code]!),
    probabilities
  }
}

function linearRawScores(
  model: LinearModel,
  columns: readonly DataColumn[],
  rows?: ArrayLike<number>
): Float64Array {
  const design = encodeLinear(model.features, columns, rows)
  const { values: X, rowCount: n, columnCount: p } = design
  const { coefficients, intercepts } = model.linear
  const raw = new Float64Array(coefficients.length * n)
  coefficients.forEach((weights, k) => {
    const intercept = intercepts[k]!
    for (let i = 0; i < n; i++) {
      let z = intercept
      for (let j = 0; j < p; j++) z += X[i * p + j]! * weights[j]!
      raw[k * n + i] = z
    }
  })
  return raw
}

/**
 * A stored tree as typed arrays, built once per prediction call, so the walk below reads
 * monomorphic numeric arrays (a plain-JSON walk is several times slower on large tables).
 */
interface CompiledTree {
  readonly feature: Int32Array
  readonly threshold: Float64Array
  readonly left: Int32Array
  readonly right: Int32Array
  readonly missingLeft: Uint8Array
  readonly value: Float64Array
  /** 1 at categorical splits. */
  readonly categorical: Uint8Array
  /** leftCodes[node·256 + code] is 1 when that category code goes left (categorical splits). */
  readonly leftCodes: Uint8Array
}

const CODE_STRIDE = MISSING_BIN + 1

function compileTree(json: TreeJson): CompiledTree {
  const size = json.feature.length
  const categorical = Uint8Array.from(json.leftCategories, (codes) => (codes === null ? 0 : 1))
  const leftCodes = new Uint8Array(categorical.includes(1) ? size * CODE_STRIDE : 0)
  json.leftCategories.forEach((codes, node) => {
    for (const code of codes ?? []) leftCodes[node * CODE_STRIDE + code] = 1
  })
  return {
    feature: Int32Array.from(json.feature),
    threshold: Float64Array.from(json.threshold),
    left: Int32Array.from(json.left),
    right: Int32Array.from(json.right),
    missingLeft: Uint8Array.from(json.missingLeft, (flag) => (flag ? 1 : 0)),
    value: Float64Array.from(json.value),
    categorical,
    leftCodes
  }
}

function gbdtRawScores(
  model: GbdtModel,
  columns: readonly DataColumn[],
  rows?: ArrayLike<number>
): Float64Array {
  const n = rows === undefined ? (columns[0]?.values.length ?? 0) : rows.length
  // Feature-major matrix: the numeric value or the category code of each row; NaN = missing.
  const matrix = new Float64Array(model.features.length * n)
  model.features.forEach((feature, f) => {
    const column = columns[f]!
    const base = f * n
    if (column.kind === 'numeric') {
      for (let i = 0; i < n; i++)
        matrix[base + i] = column.values[rows === undefined ? i : rows[i]!]!
      return
    }
    if (feature.encoding.type !== 'codes') {
      throw new Error(`feature ${feature.name} has no category codes`)
    }
    const binning = categoricalBinning(feature.encoding)
    for (let i = 0; i < n; i++) {
      const code = categoryBin(binning, column.values[rows === undefined ? i : rows[i]!]!)
      matrix[base + i] = code === MISSING_BIN ? NaN : code
    }
  })
  const { baseline, trees } = model.gbdt
  const K = baseline.length
  const raw = new Float64Array(K * n)
  for (let k = 0; k < K; k++) raw.fill(baseline[k]!, k * n, (k + 1) * n)
  for (const iteration of trees) {
    iteration.forEach((json, k) => addTreeValues(compileTree(json), matrix, n, raw, k * n))
  }
  return raw
}

/** Adds the tree's leaf value for each of the n rows to raw[offset + i]. */
function addTreeValues(
  tree: CompiledTree,
  matrix: Float64Array,
  n: number,
  raw: Float64Array,
  offset: number
): void {
  const { feature, threshold, left, right, missingLeft, value, categorical, leftCodes } = tree
  for (let i = 0; i < n; i++) {
    let node = 0
    let f = feature[0]!
    while (f >= 0) {
      const x = matrix[f * n + i]!
      let goLeft: boolean
      if (Number.isNaN(x)) goLeft = missingLeft[node] === 1
      else if (categorical[node] === 1) goLeft = leftCodes[node * CODE_STRIDE + x] === 1
      else goLeft = x <= threshold[node]!
      node = goLeft ? left[node]! : right[node]!
      f = feature[node]!
    }
    raw[offset + i]! += value[node]!
  }
}
