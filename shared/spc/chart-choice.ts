import { UsageError } from '../errors.js'
import { CHART_TYPES } from './chart-types.js'
import type { ChartType } from './chart-types.js'

/**
 * What a pipeline metric measures, which decides its default control chart:
 * - 'proportion': a fraction with a denominator (null rate = null rows / rows, error rate) → p chart;
 * - 'defect-count': events counted on a constant unit (failed checks per run) → c chart;
 * - 'event-rate': events with a varying exposure (errors per 1000 rows) → u chart;
 * - 'measurement': a continuous value per run (row count, a mean, a duration). One value per run →
 *   I-MR; subgroups of n ≥ 2 values → X̄-R for n ≤ 10, X̄-S for n > 10 (the range wastes
 *   information in larger subgroups; Montgomery §6.3).
 */
export type MetricKind = 'proportion' | 'defect-count' | 'event-rate' | 'measurement'

export const METRIC_KINDS: readonly MetricKind[] = [
  'proportion',
  'defect-count',
  'event-rate',
  'measurement'
]

/** Largest subgroup size for which X̄-R is the default (beyond it, X̄-S). */
export const LARGEST_RANGE_CHART_DEFAULT = 10

export interface MetricDescription {
  kind: MetricKind
  /** Observations per point for measurements (1 or absent = one value per run; largest n if it varies). */
  subgroupSize?: number
  /** The user's per-metric choice, which always wins. */
  chart?: ChartType
}

/** The chart for a metric: the user's override, else the default for its kind. */
export function chooseChart(metric: MetricDescription): ChartType {
  if (metric.chart !== undefined) {
    if (!CHART_TYPES.includes(metric.chart)) {
      throw new UsageError(
        `unknown chart ${JSON.stringify(metric.chart)}; expected one of ${CHART_TYPES.join(', ')}`
      )
    }
    return metric.chart
  }
  switch (metric.kind) {
    case 'proportion':
      return 'p'
    case 'defect-count':
      return 'c'
    case 'event-rate':
      return 'u'
    case 'measurement': {
      const n = metric.subgroupSize ?? 1
      if (n <= 1) return 'imr'
      return n <= LARGEST_RANGE_CHART_DEFAULT ? 'xbar-r' : 'xbar-s'
    }
    default:
      throw new UsageError(
        `unknown metric kind ${JSON.stringify(metric.kind)}; expected one of ${METRIC_KINDS.join(', ')}`
      )
  }
}
