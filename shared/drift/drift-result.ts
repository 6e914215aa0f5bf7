import type { BinnedDistribution } from './binned-distribution.js'
import type { ColumnKind, DriftMethod, DriftOperator } from './drift-methods.js'

/**
 * The per-column drift result: plain JSON (no Infinity, NaN or typed arrays), so a report, an
 * issue body or a chart can use it directly. Non-finite numbers become null and the `note` says
 * why (for example a chi-square statistic that is infinite because a category is new).
 */
export interface ColumnDriftResult {
  column: string
  kind: ColumnKind
  /** 'error': the column could not be tested (see `error`); it is not counted in dataset drift. */
  status: 'ok' | 'error'
  error?: string
  method: DriftMethod | null
  method_label: string | null
  /** Why this method: Evidently's default rule with its inputs, or "requested". */
  method_reason: string
  /** The number compared with the threshold: the p-value of a test, or the distance. */
  score: number | null
  /** The test statistic (KS D, chi-square, z) or, for distances, the distance itself. */
  statistic: number | null
  p_value: number | null
  threshold: number | null
  operator: DriftOperator | null
  drifted: boolean
  /** False when computed from a reference profile (sketch, histogram, truncated counts). */
  exact: boolean
  note?: string
  /** Values used on each side after dropping missing, NaN and ±∞. */
  n_reference: number
  n_current: number
  /** Values dropped on each side (missing, NaN, ±∞). */
  dropped_reference: number
  dropped_current: number
  /** Distinct values of reference and current together (Evidently's n_values). */
  distinct_values: number
  details?: DriftDetails
  histogram?: DriftHistogram
}

export interface DriftDetails {
  ks?: {
    d: number
    d_plus: number
    d_minus: number
    location: number | null
    sign: 1 | -1
    p_method: 'exact' | 'asymp'
    fallback?: string
  }
  wasserstein?: { distance: number; reference_std: number; normalizer: number }
  binning?: 'quantile' | 'evidently' | 'evidently-hellinger'
  chi_square?: { degrees_of_freedom: number; new_categories?: (string | number)[] }
}

/**
 * What to draw: proportions per bin on both sides (before any zero filling or ε clipping).
 * Interval bins are [edges[i], edges[i+1]) with the last closed; when an outer bin is unbounded
 * (reference-quantile binning) its outer edge shows the observed extreme of both samples and
 * `open_lower` / `open_upper` says the bin really extends to infinity.
 */
export type DriftHistogram =
  | {
      type: 'intervals'
      edges: number[]
      open_lower: boolean
      open_upper: boolean
      reference: number[]
      current: number[]
    }
  | {
      type: 'categories'
      labels: (string | number)[]
      reference: number[]
      current: number[]
      /** Categories folded into one "other" entry beyond the display limit. */
      other?: { categories: number; reference: number; current: number }
    }

/** Categories kept individually in a histogram; the rest are summed into `other`. */
export const HISTOGRAM_CATEGORY_LIMIT = 100

export function finiteOrNull(value: number | undefined): number | null {
  return value !== undefined && Number.isFinite(value) ? value : null
}

/**
 * The histogram of a binned distribution. `observedRange` replaces infinite outer edges.
 * Categories are ordered by combined share (largest first) and cut at
 * HISTOGRAM_CATEGORY_LIMIT.
 */
export function histogramOf(
  binned: BinnedDistribution,
  observedRange: [number, number]
): DriftHistogram {
  const reference = Array.from(binned.referenceCounts, (c) => c / binned.referenceTotal)
  const current = Array.from(binned.currentCounts, (c) => c / binned.currentTotal)
  if (binned.layout.type === 'intervals') {
    const edges = Array.from(binned.layout.edges)
    const openLower = edges[0] === -Infinity
    const openUpper = edges.at(-1) === Infinity
    if (openLower) edges[0] = Math.min(observedRange[0], edges[1] ?? observedRange[0])
    if (openUpper) {
      edges[edges.length - 1] = Math.max(
        observedRange[1],
        edges[edges.length - 2] ?? observedRange[1]
      )
    }
    return {
      type: 'intervals',
      edges,
      open_lower: openLower,
      open_upper: openUpper,
      reference,
      current
    }
  }
  const labels = binned.layout.labels
  if (labels.length <= HISTOGRAM_CATEGORY_LIMIT) {
    return { type: 'categories', labels: [...labels], reference, current }
  }
  const order = labels
    .map((_, index) => index)
    .sort((a, b) => reference[b]! + current[b]! - (reference[a]! + current[a]!) || a - b)
  const kept = order.slice(0, HISTOGRAM_CATEGORY_LIMIT)
  const rest = order.slice(HISTOGRAM_CATEGORY_LIMIT)
  return {
    type: 'categories',
    labels: kept.map((index) => labels[index]!),
    reference: kept.map((index) => reference[index]!),
    current: kept.map((index) => current[index]!),
    other: {
      categories: rest.length,
      reference: rest.reduce((sum, index) => sum + reference[index]!, 0),
      current: rest.reduce((sum, index) => sum + current[index]!, 0)
    }
  }
}
