import type { InferredType } from '../checks/infer-type.js'
import type { WeightedReference } from '../drift/column-drift.js'

/**
 * One side of a drift comparison (the reference or the current data) as the drift tests need
 * it, whatever it was read from: a scanned data file, or a saved profile. Built by
 * drift-data-side.ts and drift-profile-side.ts, consumed by operations/drift-columns.ts.
 */
export interface DriftSide {
  /** How the side was given: a data file (or glob), a profile JSON, or a registry model. */
  kind: 'data' | 'profile' | 'registry'
  /** What the user wrote (path, glob or `registry:model@stage`). */
  source: string
  files: { path: string; format: string; bytes: number }[]
  /** Data rows (profiles: the rows the profile summarises). */
  rows: number
  /**
   * The columns in file order; undefined when the data has no header at all (an empty file), so
   * nothing is known about its columns.
   */
  columns: DriftSideColumn[] | undefined
  /** For profiles: when the profile was generated. */
  profileGeneratedAt?: string
  /** For registry references: the model version whose training profile is used. */
  model?: { name: string; version: string; tag: string; stage?: string }
}

export interface DriftSideColumn {
  name: string
  /** Inferred from the non-null values (validate-data's rule, infer-type.ts). */
  type: InferredType
  /** Non-null values. */
  values: number
  nulls: number
  /** Distinct non-null values: exact while the value table is exact, else a HyperLogLog estimate. */
  distinct: { value: number; exact: boolean }
  /** Numeric values, for integer and number columns. */
  numbers?: NumericSample
  /** Value counts keyed by the 53-bit value hash, for every column with a value table. */
  categories?: CategorySample
}

/**
 * The numbers of a column: every value, sorted (exact KS and Wasserstein), or a profile's
 * DDSketch as weighted points (approximate), or nothing usable with the reason.
 */
export type NumericSample =
  | {
      kind: 'exact'
      /** Ascending (sortFloat64 order), missing values left out. */
      sorted: Float64Array
      /** 'data': read from the data; 'profile-counts': expanded from a profile's exact value counts. */
      origin: 'data' | 'profile-counts'
    }
  | { kind: 'sketch'; weighted: WeightedReference }
  | { kind: 'unavailable'; reason: string }

/** Value counts: exact while the column has at most 1000 distinct values, else the top values. */
export interface CategorySample {
  /** One entry per listed value: its hash (the identity across sides), display text and count. */
  items: { hash: number; label: string; count: number }[]
  /** False when only the most frequent values are listed (a SpaceSaving summary). */
  exact: boolean
  /** Values counted, listed or not. */
  total: number
}
