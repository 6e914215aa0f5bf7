import type { DistinctValueCounts } from './sorted-sample.js'

/**
 * Counts of a categorical column on both sides over the union of the categories seen, the input
 * of every categorical drift test (chi-square, Z, PSI, Jensen–Shannon, KL, Hellinger).
 * Labels are sorted the way Python's `sorted()` orders them — strings by Unicode code point,
 * numbers ascending — because Evidently's Z-test maps the first sorted label to 0.
 */
export interface CategoryTable {
  labels: (string | number)[]
  reference: Float64Array
  current: Float64Array
  /** Non-missing rows per side (the denominators of the proportions). */
  referenceTotal: number
  currentTotal: number
}

/** Counts of the non-missing values of a string column; null/undefined are missing. */
export function countCategories(values: readonly (string | null | undefined)[]): {
  counts: Map<string, number>
  missing: number
} {
  const counts = new Map<string, number>()
  let missing = 0
  for (const value of values) {
    if (value === null || value === undefined) missing++
    else counts.set(value, (counts.get(value) ?? 0) + 1)
  }
  return { counts, missing }
}

/** Python's str ordering: by code point (JavaScript's default compares UTF-16 code units). */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length)
  for (let i = 0; i < length; i++) {
    const x = a.codePointAt(i)!
    const y = b.codePointAt(i)!
    if (x !== y) return x - y
    if (x > 0xffff) i++
  }
  return a.length - b.length
}

/** The table over the union of both sides' categories (zero counts dropped first). */
export function categoryTableFromCounts(
  reference: ReadonlyMap<string, number>,
  current: ReadonlyMap<string, number>
): CategoryTable {
  const labelSet = new Set<string>()
  for (const [label, count] of reference) if (count > 0) labelSet.add(label)
  for (const [label, count] of current) if (count > 0) labelSet.add(label)
  const labels = [...labelSet].sort(compareCodePoints)
  const referenceCounts = new Float64Array(labels.length)
  const currentCounts = new Float64Array(labels.length)
  let referenceTotal = 0
  let currentTotal = 0
  labels.forEach((label, index) => {
    const r = Math.max(reference.get(label) ?? 0, 0)
    const c = Math.max(current.get(label) ?? 0, 0)
    referenceCounts[index] = r
    currentCounts[index] = c
    referenceTotal += r
    currentTotal += c
  })
  return {
    labels,
    reference: referenceCounts,
    current: currentCounts,
    referenceTotal,
    currentTotal
  }
}

/** The table of a numeric column's distinct values (labels ascending). */
export function categoryTableFromDistinct(distinct: DistinctValueCounts): CategoryTable {
  let referenceTotal = 0
  let currentTotal = 0
  for (let i = 0; i < distinct.values.length; i++) {
    referenceTotal += distinct.reference[i]!
    currentTotal += distinct.current[i]!
  }
  return {
    labels: Array.from(distinct.values),
    reference: distinct.reference,
    current: distinct.current,
    referenceTotal,
    currentTotal
  }
}
