import { InputError, UsageError } from '../errors.js'
import { sortedClasses } from '../evaluation/label-encoding.js'
import type { ClassLabel } from '../evaluation/label-encoding.js'
import type { DataColumn } from './data-table.js'

/**
 * What a model predicts: one of two classes, one of several, or a number. Inferred from the
 * target column unless the user says, because the right answer is usually obvious from the data
 * (text labels, or 0/1) and an explicit setting is only needed for the ambiguous middle (an
 * integer target with a handful of values could be counts or classes).
 */
export type LearningTask = 'binary' | 'multiclass' | 'regression'

export const LEARNING_TASKS: readonly LearningTask[] = ['binary', 'multiclass', 'regression']

/**
 * A numeric target whose values are all integers with at most this many distinct values is
 * inferred to be classes (sklearn's type_of_target calls any integral target "multiclass"; a
 * small cap keeps counts such as "number of visits" a regression unless the user says otherwise).
 */
export const MAX_INFERRED_NUMERIC_CLASSES = 10

/** More classes than this is refused: a softmax over hundreds of labels is not tabular work. */
export const MAX_CLASSES = 100

/** The target after validation: one value per usable row, and the rows it came from. */
export interface PreparedTarget {
  readonly task: LearningTask
  /** Sorted class labels (sklearn's order; code 1 is the positive class of a binary task). */
  readonly classes: ClassLabel[] | null
  /** Table row index (0-based) of each usable row: the rows whose target is present. */
  readonly rows: Int32Array
  /** Class code (0..K−1) or target value of each usable row. */
  readonly values: Float64Array
  /** Rows dropped because their target was missing. */
  readonly droppedMissing: number
}

/**
 * Validates the target column and decides the task: text labels are classes; numbers are classes
 * when they are integers with at most MAX_INFERRED_NUMERIC_CLASSES distinct values, otherwise a
 * regression target. `requestedTask` overrides that (numbers may be declared classes or a
 * regression target; text can only be classes); a two-class target is always `binary`, even
 * when `multiclass` was requested. Rows with a missing target are dropped and
 * counted (the caller reports the count as a warning): a row without a label cannot teach a
 * supervised model, and refusing the whole file for it would punish the common case of a few
 * unlabeled rows. A target that is entirely missing, or has a single value, is an error.
 */
export function prepareTarget(column: DataColumn, requestedTask?: LearningTask): PreparedTarget {
  if (requestedTask !== undefined && !LEARNING_TASKS.includes(requestedTask)) {
    throw new UsageError(
      `unknown task ${JSON.stringify(requestedTask)}; expected one of ${LEARNING_TASKS.join(', ')}`
    )
  }
  const n = column.values.length
  const rows: number[] = []
  const present: ClassLabel[] = []
  for (let i = 0; i < n; i++) {
    const value = column.values[i]!
    if (value === null || (typeof value === 'number' && Number.isNaN(value))) continue
    rows.push(i)
    present.push(value)
  }
  if (rows.length === 0) {
    throw new InputError(
      { field: column.name },
      `the target column has no values in any of the ${n} rows; nothing to learn from`
    )
  }
  const distinct = sortedClasses(present)
  if (distinct.length < 2) {
    throw new InputError(
      { field: column.name },
      `the target is constant (every one of the ${rows.length} rows with a value is ` +
        `${JSON.stringify(distinct[0])}); a model needs at least two distinct target values`
    )
  }
  const task = decideTask(column, distinct, requestedTask)
  const rowIndex = Int32Array.from(rows)
  const droppedMissing = n - rows.length
  if (task === 'regression') {
    return {
      task,
      classes: null,
      rows: rowIndex,
      values: Float64Array.from(present as number[]),
      droppedMissing
    }
  }
  if (distinct.length > MAX_CLASSES) {
    throw new InputError(
      { field: column.name },
      `the target has ${distinct.length} distinct values; classification supports at most ` +
        `${MAX_CLASSES} classes`
    )
  }
  const codeOf = new Map<ClassLabel, number>()
  distinct.forEach((label, code) => codeOf.set(label, code))
  const codes = new Float64Array(present.length)
  for (let i = 0; i < present.length; i++) codes[i] = codeOf.get(present[i]!)!
  return { task, classes: distinct, rows: rowIndex, values: codes, droppedMissing }
}

function decideTask(
  column: DataColumn,
  distinct: readonly ClassLabel[],
  requested: LearningTask | undefined
): LearningTask {
  const classTask: LearningTask = distinct.length === 2 ? 'binary' : 'multiclass'
  if (column.kind === 'categorical') {
    if (requested === 'regression') {
      throw new InputError(
        { field: column.name },
        'regression needs a numeric target, but the target column holds text values ' +
          `(e.g. ${JSON.stringify(distinct[0])})`
      )
    }
    if (requested === 'binary' && classTask !== 'binary') {
      throw new InputError(
        { field: column.name },
        `task binary needs exactly two classes; the target has ${distinct.length}`
      )
    }
    return classTask
  }
  if (requested === 'regression') return 'regression'
  if (requested === 'binary' && classTask !== 'binary') {
    throw new InputError(
      { field: column.name },
      `task binary needs exactly two classes; the target has ${distinct.length} distinct values`
    )
  }
  if (requested !== undefined) return classTask
  const integral = distinct.every((value) => Number.isInteger(value))
  return integral && distinct.length <= MAX_INFERRED_NUMERIC_CLASSES ? classTask : 'regression'
}
