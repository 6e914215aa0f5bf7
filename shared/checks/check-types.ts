import type { SourceLocation } from '../errors.js'
import type { TableSource } from '../sql/table-source.js'

/**
 * The parsed checks file: what validate-data is asked to verify. Semantics follow
 * stats-reference.md §4 (Great Expectations' denominators for `mostly`, inclusive bounds unless
 * strict, nulls skipped by value checks, every occurrence of a repeated value unexpected for
 * `unique`).
 */

export type Severity = 'error' | 'warn'

/** Inclusive-unless-strict numeric bounds; an absent side is unbounded. */
export interface Bounds {
  min?: number
  max?: number
  strictMin: boolean
  strictMax: boolean
}

export type ValueType = 'integer' | 'number' | 'string' | 'boolean' | 'date' | 'datetime'
export type ValueFormat = 'email' | 'uuid' | 'date' | 'datetime' | 'json' | 'url' | 'ipv4'

/** Checks evaluated on each value; `mostly` is the share of (non-null) values that must pass. */
export type ValueCheckSpec =
  | { check: 'not_null' }
  | { check: 'type'; type: ValueType }
  | { check: 'unique' }
  | { check: 'between'; bounds: Bounds }
  | { check: 'in_set'; values: string[] }
  | { check: 'not_in_set'; values: string[] }
  | { check: 'regex'; pattern: string; search: boolean; flags: string }
  | { check: 'not_regex'; pattern: string; search: boolean; flags: string }
  | { check: 'length'; bounds: Bounds }
  | { check: 'format'; format: ValueFormat }
  | { check: 'increasing'; strictly: boolean }
  | { check: 'decreasing'; strictly: boolean }
  | { check: 'references'; file: string; column: string }

/** Checks on a statistic of the whole column. */
export type AggregateCheckSpec =
  | { check: 'null_fraction'; bounds: Bounds }
  | { check: 'mean' | 'stdev' | 'min' | 'max' | 'sum' | 'median'; bounds: Bounds }
  | { check: 'quantile'; q: number; bounds: Bounds }
  | { check: 'distinct_count'; bounds: Bounds }
  | { check: 'unique_proportion'; bounds: Bounds }
  | { check: 'freshness'; maxAgeMs: number; maxAgeText: string }
  | { check: 'distinct_values'; mode: 'in_set' | 'contain' | 'equal'; values: string[] }
  | { check: 'most_common_value'; values: string[] }

/** Checks on the table as a whole. */
export type TableCheckSpec =
  | { check: 'row_count'; bounds: Bounds }
  | { check: 'column_count'; bounds: Bounds }
  | { check: 'columns'; exact?: string[]; include?: string[]; ordered: boolean }
  | { check: 'compound_unique'; columns: string[] }

interface CheckCommon {
  /** Stable identifier, e.g. `columns.age.between` or `table.row_count`. */
  id: string
  severity: Severity
  /** Share of values that must pass (value checks only; 1 elsewhere). */
  mostly: number
  /** Where the check is declared in the checks file (for annotations and messages). */
  location: SourceLocation
}

export type ValueCheck = CheckCommon & { column: string } & ValueCheckSpec
export type AggregateCheck = CheckCommon & { column: string } & AggregateCheckSpec
export type TableCheck = CheckCommon & TableCheckSpec
export type AnyCheck = ValueCheck | AggregateCheck | TableCheck

export interface ColumnChecks {
  name: string
  location: SourceLocation
  valueChecks: ValueCheck[]
  aggregateChecks: AggregateCheck[]
}

export interface ChecksConfig {
  file: string
  /** Field texts read as missing, besides the empty field. */
  nullValues: string[]
  tableChecks: TableCheck[]
  columns: ColumnChecks[]
  /** The database table to check in place (SQL pushdown); absent when checking data files. */
  source?: TableSource
}

export const VALUE_CHECK_NAMES = [
  'not_null',
  'type',
  'unique',
  'between',
  'in_set',
  'not_in_set',
  'regex',
  'not_regex',
  'length',
  'format',
  'increasing',
  'decreasing',
  'references'
] as const

export const AGGREGATE_CHECK_NAMES = [
  'null_fraction',
  'mean',
  'stdev',
  'min',
  'max',
  'sum',
  'median',
  'quantile',
  'distinct_count',
  'unique_proportion',
  'freshness',
  'distinct_values',
  'most_common_value'
] as const

export const TABLE_CHECK_NAMES = ['row_count', 'column_count', 'columns', 'unique'] as const

export const VALUE_TYPES: readonly ValueType[] = [
  'integer',
  'number',
  'string',
  'boolean',
  'date',
  'datetime'
]
export const VALUE_FORMATS: readonly ValueFormat[] = [
  'email',
  'uuid',
  'date',
  'datetime',
  'json',
  'url',
  'ipv4'
]
