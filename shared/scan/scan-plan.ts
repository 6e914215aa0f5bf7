import type { ChecksConfig, ValueCheck } from '../checks/check-types.js'

/**
 * What one scan of a table must compute, in a form that can be sent to worker threads
 * (structured clone: plain data only). Built once from the checks file and the header.
 */
export interface ScanPlan {
  /** Column names in file order. */
  header: string[]
  /** Field texts that mean "missing", besides the empty field. */
  nullValues: string[]
  columns: ColumnPlan[]
  /** Compound uniqueness keys: each entry lists header indexes. */
  compoundKeys: { checkId: string; columnIndexes: number[] }[]
  /**
   * Keep at most this many exact numeric values (8 bytes each) for the whole scan before using
   * sketches for quantiles; a scan split into byte ranges gives each range its share.
   */
  exactValueBudget: number
  /** Failed-row samples kept per check. */
  sampleLimit: number
}

export interface ColumnPlan {
  name: string
  /** Index of the column in the header. */
  index: number
  valueChecks: ValueCheck[]
  /** Keep a row-ordered key per row (for `unique`). */
  keepKeys: boolean
  /** Keys of the referenced column for `references` checks, by check id. */
  referenceKeys: Record<string, Float64Array>
}

export const DEFAULT_SAMPLE_LIMIT = 5
/**
 * 8 bytes per value: 8M values ≈ 64 MB, enough for exact quantiles of a 1M-row table with 8
 * numeric columns within PERFORMANCE.md §3's 160 MiB; larger tables fall back to sketches.
 */
export const DEFAULT_EXACT_VALUE_BUDGET = 8_000_000

/** Builds the plan; columns the checks name must exist in the header (checked by the caller). */
export function buildScanPlan(
  config: ChecksConfig,
  header: string[],
  referenceKeys: Record<string, Float64Array>,
  options: { exactValueBudget?: number; sampleLimit?: number } = {}
): ScanPlan {
  const columns: ColumnPlan[] = header.map((name, index) => {
    const declared = config.columns.find((column) => column.name === name)
    const valueChecks = declared?.valueChecks ?? []
    const references: Record<string, Float64Array> = {}
    for (const check of valueChecks) {
      if (check.check === 'references')
        references[check.id] = referenceKeys[check.id] ?? new Float64Array(0)
    }
    return {
      name,
      index,
      valueChecks,
      keepKeys: valueChecks.some((check) => check.check === 'unique'),
      referenceKeys: references
    }
  })
  const compoundKeys = config.tableChecks.flatMap((check) =>
    check.check === 'compound_unique'
      ? [{ checkId: check.id, columnIndexes: check.columns.map((name) => header.indexOf(name)) }]
      : []
  )
  return {
    header,
    nullValues: config.nullValues,
    columns,
    compoundKeys,
    exactValueBudget: options.exactValueBudget ?? DEFAULT_EXACT_VALUE_BUDGET,
    sampleLimit: options.sampleLimit ?? DEFAULT_SAMPLE_LIMIT
  }
}
