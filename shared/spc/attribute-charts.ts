import { knownParameter, limitRow } from './chart-computation.js'
import type { ChartComputation, ChartInputs, PanelRow } from './chart-computation.js'
import { CHART_NAMES } from './chart-types.js'
import { commonCenter } from './subgroup-charts.js'
import { pointError, readCount, readSize, seriesError } from './series-input.js'

/**
 * Attribute charts (stats-reference.md §1.5; Montgomery ch. 7; qcc "p", "np", "c", "u") with the
 * 3-sigma normal approximation. Estimates pool the estimation points: p̄ = Σd_i / Σn_i (not the mean
 * of the p_i), ū = Σc_i / Σn_i, c̄ = mean count. Limits are clipped to the statistic's range.
 */

export type AttributeChartType = 'p' | 'p-standardized' | 'np' | 'c' | 'u'

interface CountsAndSizes {
  counts: number[]
  sizes: number[]
}

/** Defectives d_i out of n_i items: 0 ≤ d_i ≤ n_i, n_i > 0. */
function readDefectives(inputs: ChartInputs): CountsAndSizes {
  const { context, options } = inputs
  const { points } = options
  const counts: number[] = []
  const sizes: number[] = []
  points.forEach((_, i) => {
    const count = readCount(context, points, i)
    const size = readSize(context, points, i, true)!
    if (count > size) {
      throw pointError(
        context,
        i,
        `count of defectives ${count} exceeds the number of items inspected (size ${size})`
      )
    }
    counts.push(count)
    sizes.push(size)
  })
  return { counts, sizes }
}

/** Every point must have the size of the first one (np charts; c charts when sizes are given). */
function requireEqualSizes(
  inputs: ChartInputs,
  sizes: readonly (number | undefined)[],
  chartName: string,
  remedy: string
): void {
  const first = sizes[0]
  const show = (size: number | undefined) => (size === undefined ? '(none)' : String(size))
  sizes.forEach((size, i) => {
    if (size !== first) {
      throw pointError(
        inputs.context,
        i,
        `size ${show(size)} differs from the first point's size ${show(first)}; ${chartName} ` +
          `needs a constant sample size (${remedy})`
      )
    }
  })
}

function sumOver(indices: readonly number[], values: readonly number[]): number {
  let sum = 0
  for (const i of indices) sum += values[i]!
  return sum
}

function degenerateWarning(symbol: string, value: number): string {
  return (
    `${symbol} = ${value}: a process at this level has no variation, so the limits collapse onto ` +
    'the centre line and any change signals'
  )
}

/** The chart for one attribute chart type. */
export function attributeChart(inputs: ChartInputs, chart: AttributeChartType): ChartComputation {
  return chart === 'c' || chart === 'u' ? poissonChart(inputs, chart) : binomialChart(inputs, chart)
}

/**
 * c chart (CL c̄, limits c̄ ± L·sqrt(c̄)) and u chart (CL ū = Σc/Σn, limits ū ± L·sqrt(ū/n_i)), LCL
 * clipped at 0. The reported process sigma is sqrt(c̄) or sqrt(ū) per inspection unit (qcc).
 */
function poissonChart(inputs: ChartInputs, chart: 'c' | 'u'): ChartComputation {
  const { context, options, plan, nsigmas } = inputs
  const { points } = options
  const counts = points.map((_, i) => readCount(context, points, i))
  const sizes = points.map((_, i) => readSize(context, points, i, chart === 'u'))
  if (chart === 'c') {
    requireEqualSizes(inputs, sizes, CHART_NAMES.c, 'use a u chart for varying exposure')
  }
  const exposures = sizes.map((size) => (chart === 'u' ? size! : 1))
  const target = knownParameter(context, 'target', options.target, {
    test: (x) => x >= 0,
    expected: '≥ 0'
  })
  const estimation = plan.estimationIndices
  const center = target ?? sumOver(estimation, counts) / sumOver(estimation, exposures)
  const rows: PanelRow[] = counts.map((count, i) => {
    const exposure = exposures[i]!
    const row = limitRow(count / exposure, center, Math.sqrt(center / exposure), nsigmas, 0)
    return sizes[i] === undefined ? row : { ...row, size: sizes[i] }
  })
  return {
    center,
    centerSource: target === undefined ? 'baseline' : 'target',
    sigma: Math.sqrt(center),
    sigmaSource: 'poisson',
    panels: [
      { statistic: chart === 'c' ? 'count' : 'rate', center, rows, tests: 'run-rules', zones: true }
    ],
    warnings: center === 0 ? [degenerateWarning(chart === 'c' ? 'c̄' : 'ū', 0)] : [],
    capabilityBasis: null
  }
}

/**
 * p chart (p_i = d_i/n_i against p̄ ± L·sqrt(p̄(1−p̄)/n_i), clipped to [0, 1]), np chart (d_i against
 * n·p̄ ± L·sqrt(n·p̄(1−p̄)), clipped to [0, n]; constant n) and standardized p chart
 * (z_i = (p_i − p̄)/σ_i against ±L; qcc vignette `p.std`). The reported process sigma is
 * sqrt(p̄(1−p̄)) per item.
 */
function binomialChart(
  inputs: ChartInputs,
  chart: 'p' | 'np' | 'p-standardized'
): ChartComputation {
  const { context, options, plan, nsigmas } = inputs
  const { counts, sizes } = readDefectives(inputs)
  if (chart === 'np') {
    requireEqualSizes(inputs, sizes, CHART_NAMES.np, 'use a p chart for varying sample sizes')
  }
  const target = knownParameter(context, 'target', options.target, {
    test: (x) => x >= 0 && x <= 1,
    expected: 'a fraction in [0, 1]'
  })
  const estimation = plan.estimationIndices
  const pbar = target ?? sumOver(estimation, counts) / sumOver(estimation, sizes)
  const unitSigma = Math.sqrt(pbar * (1 - pbar))
  if (chart === 'p-standardized' && unitSigma === 0) {
    throw seriesError(
      context,
      `${CHART_NAMES[chart]} needs 0 < p̄ < 1 to standardize, but p̄ = ${pbar}; use a p chart`
    )
  }
  const rows: PanelRow[] = counts.map((count, i) => {
    const n = sizes[i]!
    const sigma = unitSigma / Math.sqrt(n)
    switch (chart) {
      case 'p':
        return { ...limitRow(count / n, pbar, sigma, nsigmas, 0, 1), size: n }
      case 'np':
        return { ...limitRow(count, n * pbar, n * sigma, nsigmas, 0, n), size: n }
      case 'p-standardized':
        return { ...limitRow((count / n - pbar) / sigma, 0, 1, nsigmas), size: n }
    }
  })
  const statistics = {
    p: 'proportion',
    np: 'defectives',
    'p-standardized': 'standardized-proportion'
  } as const
  return {
    center: pbar,
    centerSource: target === undefined ? 'baseline' : 'target',
    sigma: unitSigma,
    sigmaSource: 'binomial',
    panels: [
      {
        statistic: statistics[chart],
        center: commonCenter(rows),
        rows,
        tests: 'run-rules',
        zones: true
      }
    ],
    warnings: pbar === 0 || pbar === 1 ? [degenerateWarning('p̄', pbar)] : [],
    capabilityBasis: null
  }
}
