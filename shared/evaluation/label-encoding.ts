import { InputError } from '../errors.js'

/**
 * Class labels as read from a file (strings, or numbers) turned into the integer codes the
 * metrics use. Codes follow scikit-learn's order — the sorted unique labels (numbers
 * numerically, strings by code point, as numpy sorts them) — so for a binary problem code 1 is
 * the label sklearn treats as positive, and an N×K probability matrix from predict_proba lines up
 * with codes 0..K−1.
 */

export type ClassLabel = string | number

export interface EncodedLabels {
  /** Code of each row: its label's index in `classes`. */
  codes: Int32Array
  /** Sorted distinct labels; `classes[code]` is the label. */
  classes: ClassLabel[]
}

/** Compares by Unicode code point, numpy's order for str arrays (JS `<` compares UTF-16 units). */
function compareCodePoints(a: string, b: string): number {
  const left = Array.from(a)
  const right = Array.from(b)
  const length = Math.min(left.length, right.length)
  for (let i = 0; i < length; i++) {
    const difference = left[i]!.codePointAt(0)! - right[i]!.codePointAt(0)!
    if (difference !== 0) return difference
  }
  return left.length - right.length
}

/**
 * The sorted distinct labels of one or more label columns (sklearn unique_labels). Mixing
 * numbers and strings is refused, as sklearn refuses it, because their order is undefined.
 */
export function sortedClasses(...columns: readonly (readonly ClassLabel[])[]): ClassLabel[] {
  const distinct = new Set<ClassLabel>()
  for (const column of columns) for (const label of column) distinct.add(label)
  const classes = Array.from(distinct)
  const numeric = classes.filter((label) => typeof label === 'number')
  if (numeric.length > 0 && numeric.length < classes.length) {
    throw new InputError(
      { field: 'labels' },
      'class labels mix numbers and strings; use one type (e.g. quote every label)'
    )
  }
  if (numeric.length === classes.length) return (classes as number[]).sort((a, b) => a - b)
  return (classes as string[]).sort(compareCodePoints)
}

/**
 * Codes for `labels` against a fixed class list (e.g. the classes a model was trained on).
 * A label outside the list is an input error naming its row (1-based).
 */
export function encodeLabels(
  labels: readonly ClassLabel[],
  classes: readonly ClassLabel[] = sortedClasses(labels),
  field = 'labels'
): EncodedLabels {
  const codeOf = new Map<ClassLabel, number>()
  classes.forEach((label, code) => codeOf.set(label, code))
  const codes = new Int32Array(labels.length)
  for (let i = 0; i < labels.length; i++) {
    const code = codeOf.get(labels[i]!)
    if (code === undefined) {
      throw new InputError(
        { field, row: i + 1 },
        `label ${JSON.stringify(labels[i])} is not one of the classes ` +
          classes.map((label) => JSON.stringify(label)).join(', ')
      )
    }
    codes[i] = code
  }
  return { codes, classes: [...classes] }
}

/**
 * Predicted class codes from a row-major N×K probability matrix: the first class with the
 * highest probability (numpy argmax, which sklearn's predict uses on predict_proba). For a binary
 * one-column score p this is code 1 iff p > 0.5.
 */
export function predictedClassesFromScores(
  scores: ArrayLike<number>,
  rowCount: number,
  classCount: number
): Int32Array {
  const predicted = new Int32Array(rowCount)
  if (classCount === 2 && scores.length === rowCount) {
    for (let i = 0; i < rowCount; i++) predicted[i] = scores[i]! > 0.5 ? 1 : 0
    return predicted
  }
  for (let i = 0; i < rowCount; i++) {
    let best = 0
    for (let c = 1; c < classCount; c++) {
      if (scores[i * classCount + c]! > scores[i * classCount + best]!) best = c
    }
    predicted[i] = best
  }
  return predicted
}
