import { InputError, UsageError } from '../errors.js'
import { mulberry32 } from '../stats/random.js'

/**
 * The seeded train/validation split. Reproducible for a seed on every platform (mulberry32, as
 * stats-reference.md §3.3 pins for all of Tollgate's randomness), and stratified for
 * classification so a rare class is held out in proportion instead of by luck.
 */

export const DEFAULT_VALIDATION_FRACTION = 0.2

/** Fewer usable rows than this cannot give a validation split worth reporting. */
export const MIN_ROWS_FOR_VALIDATION = 10

export interface TrainValidationSplit {
  /** Positions (into the usable rows) of the training rows, ascending. */
  readonly train: Int32Array
  /** Positions of the validation rows, ascending. */
  readonly validation: Int32Array
}

/**
 * Splits `rowCount` usable rows. The validation size is ceil(fraction·n) as sklearn's
 * train_test_split sizes its test set. With `classCodes` (classification) every class is split
 * on its own: class c with n_c rows contributes floor(fraction·n_c) rows, and the rows still
 * owed to reach the total go to the classes with the largest remainders (ties: the lower class
 * code), the largest-remainder allocation sklearn's StratifiedShuffleSplit approximates. Within a
 * class (or the whole set, for regression) the rows are Fisher–Yates shuffled with
 * mulberry32(seed) and the first ones are held out.
 *
 * `targetName` names the column in errors: too few rows, or a class with a single row (it could
 * not be in both splits; sklearn refuses the same).
 */
export function splitTrainValidation(
  rowCount: number,
  fraction: number,
  seed: number,
  targetName: string,
  classCodes?: ArrayLike<number>,
  classNames?: readonly (string | number)[]
): TrainValidationSplit {
  if (!(fraction >= 0 && fraction < 1)) {
    throw new UsageError(`validation fraction must be in [0, 1), got ${fraction}`)
  }
  if (fraction === 0) {
    return {
      train: Int32Array.from({ length: rowCount }, (_, i) => i),
      validation: new Int32Array(0)
    }
  }
  if (rowCount < MIN_ROWS_FOR_VALIDATION) {
    throw new InputError(
      { field: targetName },
      `only ${rowCount} rows have a target value; holding out a validation split needs at ` +
        `least ${MIN_ROWS_FOR_VALIDATION} (or set the validation fraction to 0)`
    )
  }
  const validationSize = Math.ceil(fraction * rowCount)
  if (rowCount - validationSize < 2) {
    throw new InputError(
      { field: targetName },
      `a validation fraction of ${fraction} leaves ${rowCount - validationSize} of ${rowCount} ` +
        'rows for training; lower the fraction'
    )
  }
  const random = mulberry32(seed)
  const groups = classCodes === undefined ? [allRows(rowCount)] : rowsByClass(classCodes)
  if (classCodes !== undefined) {
    groups.forEach((rows, code) => {
      if (rows.length === 1) {
        const label = classNames?.[code] ?? code
        throw new InputError(
          { field: targetName },
          `class ${JSON.stringify(label)} has a single row; stratified validation needs at ` +
            'least 2 rows per class (or set the validation fraction to 0)'
        )
      }
    })
  }
  const quotas = allocate(
    groups.map((rows) => rows.length),
    fraction,
    validationSize
  )
  const isValidation = new Uint8Array(rowCount)
  groups.forEach((rows, g) => {
    shuffle(rows, random)
    for (let k = 0; k < quotas[g]!; k++) isValidation[rows[k]!] = 1
  })
  const train: number[] = []
  const validation: number[] = []
  for (let i = 0; i < rowCount; i++) (isValidation[i] === 1 ? validation : train).push(i)
  return { train: Int32Array.from(train), validation: Int32Array.from(validation) }
}

function allRows(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i)
}

function rowsByClass(codes: ArrayLike<number>): number[][] {
  const groups: number[][] = []
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!
    while (groups.length <= code) groups.push([])
    groups[code]!.push(i)
  }
  return groups
}

/** Largest-remainder allocation of `total` held-out rows over groups of the given sizes. */
function allocate(sizes: readonly number[], fraction: number, total: number): number[] {
  const quotas = sizes.map((size) => Math.floor(fraction * size))
  let owed = total - quotas.reduce((sum, quota) => sum + quota, 0)
  const order = sizes
    .map((size, g) => ({ g, remainder: fraction * size - Math.floor(fraction * size) }))
    .sort((a, b) => b.remainder - a.remainder || a.g - b.g)
  for (const { g } of order) {
    if (owed <= 0) break
    // Keep at least one row of every class for training.
    if (quotas[g]! < sizes[g]! - 1) {
      quotas[g]!++
      owed--
    }
  }
  return quotas
}

/** In-place Fisher–Yates shuffle (Knuth, TAOCP vol. 2 §3.4.2, algorithm P). */
function shuffle(values: number[], random: () => number): void {
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const held = values[i]!
    values[i] = values[j]!
    values[j] = held
  }
}
