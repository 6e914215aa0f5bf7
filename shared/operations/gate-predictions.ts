import { InputError, UsageError } from '../errors.js'
import type { ClassLabel } from '../evaluation/label-encoding.js'
import {
  encodeLabels,
  predictedClassesFromScores,
  sortedClasses
} from '../evaluation/label-encoding.js'
import type { ModelPredictions } from '../evaluation/predictions.js'
import type { MetricTask } from '../evaluation/metrics.js'
import { columnFromText, isMissingCell, parseDecimalCell } from '../learn/column-from-text.js'
import type { DataColumn } from '../learn/data-table.js'
import type { TollgateModel } from '../learn/model-format.js'
import { alignFeatureColumns, predictColumns } from '../learn/predict.js'
import { closestName } from '../text/closest-name.js'
import type { TableCells } from '../adapters/load-table.js'

/**
 * The evaluation set of the gate and each model's predictions on it, in the encoded form the
 * metrics and tests read. Both models are scored on the same rows: the rows of the data whose
 * target is present (rows without a target cannot be scored and are counted in the report).
 *
 * Class labels: the union of the true labels and every label either model knows, sorted as
 * scikit-learn sorts them (label-encoding.ts), so codes and probability columns line up across
 * the two models even when one of them never predicts some class.
 *
 * Predictions files (for models trained by a user command) are tables row-aligned with the data:
 * - `prediction`: the predicted label or value;
 * - classifiers may add `probability_<label>` columns (one per class) or, for two classes, one
 *   `score` column with the probability of the positive class (the second label in sorted order);
 *   without a `prediction` column the label with the highest probability is the prediction.
 */

export const PREDICTION_COLUMN = 'prediction'
export const SCORE_COLUMN = 'score'
export const PROBABILITY_PREFIX = 'probability_'

/** What a model produced, before encoding against the common class list. */
export type RawModelOutput =
  | { task: 'regression'; values: Float64Array }
  | {
      task: 'classification'
      predicted: ClassLabel[]
      /** Row-major N×K probabilities of `classes`. */
      probabilities?: { classes: ClassLabel[]; values: Float64Array }
      /** Probability of the positive class (the `score` column). */
      positiveScore?: Float64Array
    }

export interface EvaluationTarget {
  task: MetricTask
  /** The rows scored: 0-based data rows whose target is present. */
  rows: Int32Array
  /** The true value of each scored row (a label for classification). */
  labels: ClassLabel[]
  values?: Float64Array
  /** Rows of the data with no target value. */
  droppedMissingTarget: number
}

/** Which kind of label a classification target holds. */
export type LabelKind = 'number' | 'string'

/**
 * The target column of the evaluation data: the task (given, or from a built-in model, or inferred:
 * text labels or probability columns mean classification) and the true values of the rows that
 * have one.
 */
export function readEvaluationTarget(
  table: TableCells,
  target: string,
  task: MetricTask,
  labelKind: LabelKind
): EvaluationTarget {
  const cells = columnCells(table, target, 'evaluation data')
  const rows: number[] = []
  for (let i = 0; i < cells.length; i++) if (!isMissingCell(cells[i])) rows.push(i)
  if (rows.length === 0) {
    throw new InputError(
      { file: table.files[0], field: target },
      'the target column has no values; nothing to evaluate'
    )
  }
  const base = {
    task,
    rows: Int32Array.from(rows),
    droppedMissingTarget: cells.length - rows.length
  }
  if (task === 'regression') {
    const values = Float64Array.from(rows, (row) =>
      numberCell(cells[row]!, table.files[0], target, row)
    )
    return { ...base, labels: Array.from(values), values }
  }
  return {
    ...base,
    labels: rows.map((row) => labelOf(cells[row]!, labelKind, table.files[0], target, row))
  }
}

/** The label kind of a classification problem: the built-in model's, else what the target holds. */
export function labelKindOf(
  table: TableCells,
  target: string,
  model: TollgateModel | undefined
): LabelKind {
  if (model?.classes) return typeof model.classes[0] === 'number' ? 'number' : 'string'
  const cells = columnCells(table, target, 'evaluation data')
  return cells.every((cell) => isMissingCell(cell) || !Number.isNaN(parseDecimalCell(cell!)))
    ? 'number'
    : 'string'
}

/** A built-in model's predictions on the scored rows. */
export function predictBuiltIn(
  model: TollgateModel,
  table: TableCells,
  rows: Int32Array,
  label: string
): RawModelOutput {
  const byName = new Map(table.header.map((name, k) => [name, k]))
  const columns: DataColumn[] = []
  for (const feature of model.features) {
    const k = byName.get(feature.name)
    if (k === undefined) continue
    columns.push(withFile(table, () => columnFromText(feature.name, table.cells[k]!, feature.kind)))
  }
  const aligned = withFile(table, () => alignFeatureColumns(model.features, { columns }), label)
  const output = predictColumns(model, aligned, rows)
  if (output.task === 'regression') return { task: 'regression', values: output.values }
  return {
    task: 'classification',
    predicted: output.labels,
    probabilities: { classes: output.classes, values: output.probabilities }
  }
}

/** A predictions file's content for the scored rows. `totalRows` is the data's row count. */
export function readPredictionsTable(
  table: TableCells,
  task: MetricTask,
  labelKind: LabelKind,
  rows: Int32Array,
  totalRows: number
): RawModelOutput {
  const file = table.files[0]
  if (table.rows !== totalRows) {
    throw new InputError(
      { file },
      `the predictions file has ${table.rows} rows and the evaluation data ${totalRows}; they must be row-aligned (one prediction per data row, same order)`
    )
  }
  const predictionIndex = table.header.indexOf(PREDICTION_COLUMN)
  if (task === 'regression') {
    if (predictionIndex < 0) throw missingColumn(table, PREDICTION_COLUMN)
    const cells = table.cells[predictionIndex]!
    return {
      task: 'regression',
      values: Float64Array.from(rows, (row) =>
        numberCell(cells[row] ?? null, file, PREDICTION_COLUMN, row)
      )
    }
  }
  const probabilityColumns = table.header
    .map((name, k) => ({ name, k }))
    .filter(({ name }) => name.startsWith(PROBABILITY_PREFIX))
  const scoreIndex = table.header.indexOf(SCORE_COLUMN)
  let probabilities: { classes: ClassLabel[]; values: Float64Array } | undefined
  if (probabilityColumns.length > 0) {
    const classes = probabilityColumns.map(({ name }) =>
      labelOf(name.slice(PROBABILITY_PREFIX.length), labelKind, file, name, -1)
    )
    const K = classes.length
    const values = new Float64Array(rows.length * K)
    probabilityColumns.forEach(({ name, k }, c) => {
      const cells = table.cells[k]!
      rows.forEach(
        (row, i) => (values[i * K + c] = numberCell(cells[row] ?? null, file, name, row))
      )
    })
    probabilities = { classes, values }
  }
  const positiveScore =
    scoreIndex < 0
      ? undefined
      : Float64Array.from(rows, (row) =>
          numberCell(table.cells[scoreIndex]![row] ?? null, file, SCORE_COLUMN, row)
        )
  let predicted: ClassLabel[]
  if (predictionIndex >= 0) {
    const cells = table.cells[predictionIndex]!
    predicted = Array.from(rows, (row) =>
      labelOf(cells[row] ?? null, labelKind, file, PREDICTION_COLUMN, row)
    )
  } else if (probabilities !== undefined) {
    const codes = predictedClassesFromScores(
      probabilities.values,
      rows.length,
      probabilities.classes.length
    )
    predicted = Array.from(codes, (code) => probabilities.classes[code]!)
  } else {
    throw missingColumn(table, PREDICTION_COLUMN)
  }
  return {
    task: 'classification',
    predicted,
    ...(probabilities === undefined ? {} : { probabilities }),
    ...(positiveScore === undefined ? {} : { positiveScore })
  }
}

/** Every class label of the problem: true labels and all labels the models know, sorted. */
export function commonClasses(
  target: EvaluationTarget,
  outputs: readonly RawModelOutput[]
): ClassLabel[] {
  const columns: ClassLabel[][] = [target.labels]
  for (const output of outputs) {
    if (output.task !== 'classification') continue
    columns.push(output.predicted)
    if (output.probabilities) columns.push(output.probabilities.classes)
  }
  const classes = sortedClasses(...columns)
  if (classes.length < 2) {
    throw new UsageError(
      `the evaluation data and the models know a single class (${JSON.stringify(classes[0])}); classification metrics need at least two`
    )
  }
  return classes
}

/** Encodes one model's output against the common classes. */
export function encodePredictions(
  target: EvaluationTarget,
  output: RawModelOutput,
  classes: readonly ClassLabel[] | null,
  label: string
): ModelPredictions {
  if (target.task === 'regression' || classes === null) {
    if (output.task !== 'regression')
      throw new UsageError(`the ${label} is a classifier but the task is regression`)
    return { task: 'regression', actual: target.values!, predicted: output.values }
  }
  if (output.task !== 'classification') {
    throw new UsageError(`the ${label} is a regression model but the task is classification`)
  }
  const actual = encodeLabels(target.labels, classes, 'target').codes
  const predicted = encodeLabels(output.predicted, classes, `${label} prediction`).codes
  const n = target.rows.length
  const K = classes.length
  let scores: Float64Array | undefined
  if (output.probabilities !== undefined) {
    const { classes: own, values } = output.probabilities
    const columnOf = own.map((name) => classes.indexOf(name))
    const matrix = new Float64Array(n * K)
    for (let i = 0; i < n; i++) {
      for (let c = 0; c < own.length; c++)
        matrix[i * K + columnOf[c]!] = values[i * own.length + c]!
    }
    scores = K === 2 ? Float64Array.from({ length: n }, (_, i) => matrix[i * 2 + 1]!) : matrix
  } else if (output.positiveScore !== undefined) {
    if (K !== 2) {
      throw new UsageError(
        `the ${label}'s predictions have a score column, which is for two classes; this problem has ${K} (${classes.join(', ')}): give probability_<class> columns`
      )
    }
    scores = output.positiveScore
  }
  return {
    task: 'classification',
    classCount: K,
    actual,
    predicted,
    ...(scores === undefined ? {} : { scores })
  }
}

/** The cells of a named column, or an InputError listing the columns with a did-you-mean. */
export function columnCells(table: TableCells, name: string, what: string): (string | null)[] {
  const k = table.header.indexOf(name)
  if (k < 0) throw missingColumn(table, name, what)
  return table.cells[k]!
}

function missingColumn(table: TableCells, name: string, what = 'predictions file'): InputError {
  const suggestion = closestName(name, table.header)
  return new InputError(
    { file: table.files[0], field: name },
    `the ${what} has no column ${JSON.stringify(name)} (columns: ${table.header.join(', ')})` +
      (suggestion === undefined ? '' : `; did you mean ${JSON.stringify(suggestion)}?`)
  )
}

function numberCell(
  cell: string | null,
  file: string | undefined,
  field: string,
  row: number
): number {
  const value = cell === null ? NaN : parseDecimalCell(cell)
  if (!Number.isFinite(value)) {
    throw new InputError(
      { file, field, ...(row >= 0 ? { row: row + 1 } : {}) },
      `expected a number, found ${cell === null ? 'an empty cell' : JSON.stringify(cell)}`
    )
  }
  return value
}

function labelOf(
  cell: string | null,
  kind: LabelKind,
  file: string | undefined,
  field: string,
  row: number
): ClassLabel {
  if (cell === null || isMissingCell(cell)) {
    throw new InputError(
      { file, field, ...(row >= 0 ? { row: row + 1 } : {}) },
      'expected a class label, found an empty cell'
    )
  }
  return kind === 'number' ? numberCell(cell, file, field, row) : cell
}

/** Adds the data file to an InputError raised while reading its columns. */
function withFile<T>(table: TableCells, read: () => T, label?: string): T {
  try {
    return read()
  } catch (error) {
    if (error instanceof InputError && error.location.file === undefined) {
      const detail = label === undefined ? error.detail : `${label}: ${error.detail}`
      throw new InputError({ ...error.location, file: table.files[0] }, detail)
    }
    throw error
  }
}
