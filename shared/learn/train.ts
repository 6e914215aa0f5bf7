import { InputError, UsageError } from '../errors.js'
import { closestName } from '../text/closest-name.js'
import { checkColumnValues, findColumn, tableRowCount } from './data-table.js'
import type { DataColumn, DataTable } from './data-table.js'
import { selectFeatureColumns, usableFeatureColumns } from './feature-columns.js'
import { resolveParams } from './learner-params.js'
import type {
  GbdtParams,
  LinearRegressionParams,
  LogisticRegressionParams
} from './learner-params.js'
import { prepareTarget } from './learning-task.js'
import type { LearningTask, PreparedTarget } from './learning-task.js'
import type { ModelBase } from './model-header.js'
import { modelMetrics } from './model-metrics.js'
import type { MetricValues } from './model-metrics.js'
import { ALGORITHMS } from './model-format.js'
import type {
  Algorithm,
  FeatureImportance,
  TollgateModel,
  TrainingSummary
} from './model-format.js'
import { predictColumns } from './predict.js'
import { trainGbdt } from './train-gbdt.js'
import { trainLinear } from './train-linear.js'
import { DEFAULT_VALIDATION_FRACTION, splitTrainValidation } from './validation-split.js'

/**
 * Training entry point of the built-in tabular learners (the train action's zero-setup path):
 * validates the table, holds out a seeded validation split, fits the chosen algorithm, and
 * returns the portable model with its metrics. Pure: no files, no clock — the same inputs and
 * seed give the same model, byte for byte once serialised.
 */

export interface TrainOptions {
  readonly table: DataTable
  /** Name of the target column. */
  readonly target: string
  readonly algorithm: Algorithm
  /** Overrides the task inferred from the target (see learning-task.ts). */
  readonly task?: LearningTask
  /** Feature columns to use; default every column except the target. */
  readonly features?: readonly string[]
  /** Hyper-parameters by scikit-learn name (learner-params.ts); unset ones take defaults. */
  readonly params?: Readonly<Record<string, unknown>>
  /** Seed of the split and of any subsampling; an integer in [0, 2³²). Default 0. */
  readonly seed?: number
  /** Share of the usable rows held out for validation, in [0, 1). Default 0.2. */
  readonly validationFraction?: number
  /**
   * Table rows (0-based) to hold out instead of a random split, e.g. the latest period of a
   * time series. Excludes `validationFraction`.
   */
  readonly validationRows?: ArrayLike<number>
  /** gbdt: called after each boosting iteration (done, maximum), for a progress bar. */
  readonly onProgress?: (done: number, total: number) => void
}

export interface RowCounts {
  /** Rows in the table. */
  readonly total: number
  /** Rows dropped because the target was missing. */
  readonly droppedMissingTarget: number
  readonly train: number
  readonly validation: number
}

export interface TrainResult {
  readonly model: TollgateModel
  readonly trainingMetrics: MetricValues
  /** Null when no rows were held out. */
  readonly validationMetrics: MetricValues | null
  readonly featureImportances: FeatureImportance[]
  /** Sentences for the run's summary: dropped rows, unused features, convergence. */
  readonly warnings: string[]
  readonly rowCounts: RowCounts
}

/**
 * Rows (with a target, validation rows included) above which early_stopping='auto' turns early
 * stopping on — sklearn's `n_samples > 10000` rule.
 */
export const AUTO_EARLY_STOPPING_ROWS = 10_000

/**
 * Trains one model. Throws InputError (naming the column, and the row where there is one) for
 * data that cannot be learned from — missing target column, constant or empty target, a
 * non-number in a numeric column, no usable feature, too few rows to hold out a validation split
 * — and UsageError for bad options, before anything is fitted: a caller that registers the
 * returned model never sees a half-made one.
 */
export function train(options: TrainOptions): TrainResult {
  const { table, target, algorithm } = options
  if (!ALGORITHMS.includes(algorithm)) {
    const suggestion = closestName(String(algorithm), ALGORITHMS)
    throw new UsageError(
      `unknown algorithm ${JSON.stringify(algorithm)}` +
        (suggestion === undefined ? '' : ` (did you mean ${JSON.stringify(suggestion)}?)`) +
        `; expected one of ${ALGORITHMS.join(', ')}`
    )
  }
  const params = resolveParams(algorithm, options.params)
  const seed = options.seed ?? 0
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new UsageError(`seed must be an integer from 0 to 4294967295, got ${seed}`)
  }
  if (options.validationRows !== undefined && options.validationFraction !== undefined) {
    throw new UsageError('give either validation rows or a validation fraction, not both')
  }
  const total = tableRowCount(table)
  const targetColumn = findColumn(table, target)
  if (targetColumn === undefined) {
    const names = table.columns.map((column) => column.name)
    const suggestion = closestName(target, names)
    throw new InputError(
      { field: target },
      'the training data has no target column of that name' +
        (suggestion === undefined ? '' : ` (did you mean ${JSON.stringify(suggestion)}?)`) +
        `; its columns are ${names.map((name) => JSON.stringify(name)).join(', ')}`
    )
  }
  const candidateColumns = selectFeatureColumns(table, target, options.features)
  checkColumnValues(targetColumn)
  candidateColumns.forEach(checkColumnValues)

  const warnings: string[] = []
  const prepared = prepareTarget(targetColumn, options.task)
  if (prepared.droppedMissing > 0) {
    warnings.push(
      `dropped ${prepared.droppedMissing} of ${total} rows whose target ` +
        `${JSON.stringify(target)} is missing`
    )
  }
  checkAlgorithmFitsTask(algorithm, prepared.task, target)
  const columns = usableFeatureColumns(candidateColumns, prepared.rows, warnings, target)

  const split =
    options.validationRows === undefined
      ? splitTrainValidation(
          prepared.rows.length,
          options.validationFraction ?? DEFAULT_VALIDATION_FRACTION,
          seed,
          target,
          prepared.task === 'regression' ? undefined : prepared.values,
          prepared.classes ?? undefined
        )
      : explicitSplit(prepared, options.validationRows, total, target)
  const trainRows = Int32Array.from(split.train, (position) => prepared.rows[position]!)
  const validationRows = Int32Array.from(split.validation, (position) => prepared.rows[position]!)
  const trainTarget = Float64Array.from(split.train, (position) => prepared.values[position]!)
  const validationTarget = Float64Array.from(
    split.validation,
    (position) => prepared.values[position]!
  )
  const summary: TrainingSummary = {
    seed,
    validationFraction:
      options.validationRows === undefined
        ? (options.validationFraction ?? DEFAULT_VALIDATION_FRACTION)
        : null,
    rows: { train: trainRows.length, validation: validationRows.length }
  }
  const base: ModelBase = {
    target,
    task: prepared.task,
    classes: prepared.classes,
    summary,
    warnings
  }

  let model: TollgateModel
  let modelColumns: DataColumn[]
  if (algorithm === 'gbdt') {
    const gbdtParams = params as GbdtParams
    const earlyStopping = gbdtParams.early_stopping
    model = trainGbdt(
      base,
      columns,
      trainRows,
      trainTarget,
      validationRows,
      validationTarget,
      {
        ...gbdtParams,
        early_stopping:
          earlyStopping === 'auto' ? prepared.rows.length > AUTO_EARLY_STOPPING_ROWS : earlyStopping
      },
      options.onProgress
    )
    modelColumns = columns
  } else {
    const fitted = trainLinear(
      base,
      algorithm,
      params as LogisticRegressionParams | LinearRegressionParams,
      columns,
      trainRows,
      trainTarget
    )
    model = fitted.model
    modelColumns = fitted.columns
  }

  const trainingMetrics = modelMetrics(
    prepared.task,
    trainTarget,
    predictColumns(model, modelColumns, trainRows)
  )
  const validationMetrics =
    validationRows.length === 0
      ? null
      : modelMetrics(
          prepared.task,
          validationTarget,
          predictColumns(model, modelColumns, validationRows)
        )
  return {
    model,
    trainingMetrics,
    validationMetrics,
    featureImportances: model.featureImportances,
    warnings,
    rowCounts: {
      total,
      droppedMissingTarget: prepared.droppedMissing,
      train: trainRows.length,
      validation: validationRows.length
    }
  }
}

function checkAlgorithmFitsTask(algorithm: Algorithm, task: LearningTask, target: string): void {
  if (algorithm === 'logistic-regression' && task === 'regression') {
    throw new UsageError(
      `logistic-regression is a classifier, but target ${JSON.stringify(target)} is a ` +
        'regression target (continuous numbers); use linear-regression or gbdt, or set the task ' +
        'to binary or multiclass'
    )
  }
  if (algorithm === 'linear-regression' && task !== 'regression') {
    throw new UsageError(
      `linear-regression predicts numbers, but target ${JSON.stringify(target)} is a ${task} ` +
        'classification target; use logistic-regression or gbdt, or set the task to regression'
    )
  }
}

/** Positions (into the usable rows) of a caller-chosen validation set. */
function explicitSplit(
  prepared: PreparedTarget,
  chosen: ArrayLike<number>,
  total: number,
  target: string
): { train: Int32Array; validation: Int32Array } {
  const positionOf = new Int32Array(total).fill(-1)
  prepared.rows.forEach((row, position) => (positionOf[row] = position))
  const isValidation = new Uint8Array(prepared.rows.length)
  for (let k = 0; k < chosen.length; k++) {
    const row = chosen[k]!
    if (!Number.isInteger(row) || row < 0 || row >= total) {
      throw new UsageError(`validation row ${row} is not a row index from 0 to ${total - 1}`)
    }
    if (positionOf[row]! >= 0) isValidation[positionOf[row]!] = 1
  }
  const train: number[] = []
  const validation: number[] = []
  isValidation.forEach((flag, position) => (flag === 1 ? validation : train).push(position))
  if (train.length < 2) {
    throw new InputError(
      { field: target },
      `the chosen validation rows leave ${train.length} rows with a target for training`
    )
  }
  return { train: Int32Array.from(train), validation: Int32Array.from(validation) }
}
