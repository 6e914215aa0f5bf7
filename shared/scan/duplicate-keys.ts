import { sortFloat64 } from '../stats/sort-float64.js'

/**
 * Exact duplicate detection over row-ordered keys (a number, or a 53-bit hash of the text; NaN =
 * missing and ignored), spread over the ranges of a scan. Keys are appended during the scan and
 * sorted only when needed: if every range is strictly increasing and the ranges follow each
 * other, there can be no duplicate and nothing is sorted (PERFORMANCE.md §2.3).
 */
export interface KeyPart {
  keys: Float64Array
  /** Data rows before this part: row k of the part is data row rowsBefore + k + 1. */
  rowsBefore: number
}

export interface DuplicateSummary {
  /** Rows whose key occurs more than once (Great Expectations' unexpected_count for uniqueness). */
  rowsInDuplicates: number
  /** Extra occurrences beyond the first (pandas `duplicated(keep='first')`, Soda v4). */
  duplicateRows: number
  /** Distinct keys that occur more than once (Soda v3 duplicate_count). */
  duplicatedValues: number
  /** The first rows (1-based data rows) that hold a duplicated key, in file order, with their key. */
  samples: { row: number; key: number }[]
  /** Non-missing keys considered. */
  keyCount: number
}

const MAX_TRACKED_DUPLICATE_KEYS = 100_000

export function findDuplicates(parts: readonly KeyPart[], sampleLimit: number): DuplicateSummary {
  let keyCount = 0
  let increasing = true
  let previousMax = -Infinity
  for (const part of parts) {
    let last = -Infinity
    for (let i = 0; i < part.keys.length; i++) {
      const key = part.keys[i]!
      if (key !== key) continue
      keyCount++
      if (increasing && (key <= last || key <= previousMax)) increasing = false
      last = key
    }
    if (last > previousMax) previousMax = last
  }
  const summary: DuplicateSummary = {
    rowsInDuplicates: 0,
    duplicateRows: 0,
    duplicatedValues: 0,
    samples: [],
    keyCount
  }
  if (increasing) return summary
  const sorted = new Float64Array(keyCount)
  let filled = 0
  for (const part of parts) {
    for (let i = 0; i < part.keys.length; i++) {
      const key = part.keys[i]!
      if (key === key) sorted[filled++] = key
    }
  }
  sortFloat64(sorted)
  const duplicated = new Set<number>()
  let i = 0
  while (i < sorted.length) {
    let j = i + 1
    while (j < sorted.length && sorted[j] === sorted[i]) j++
    const run = j - i
    if (run > 1) {
      summary.rowsInDuplicates += run
      summary.duplicateRows += run - 1
      summary.duplicatedValues++
      if (duplicated.size < MAX_TRACKED_DUPLICATE_KEYS) duplicated.add(sorted[i]!)
    }
    i = j
  }
  if (sampleLimit > 0 && duplicated.size > 0) {
    outer: for (const part of parts) {
      for (let k = 0; k < part.keys.length; k++) {
        const key = part.keys[k]!
        if (duplicated.has(key)) {
          summary.samples.push({ row: part.rowsBefore + k + 1, key })
          if (summary.samples.length >= sampleLimit) break outer
        }
      }
    }
  }
  return summary
}
