import { c4, d2, d3, MAX_RANGE_SUBGROUP_SIZE } from './chart-constants.js'
import {
  chooseSigmaMethod,
  knownParameter,
  knownSigma,
  limitRow,
  zeroSigmaWarning
} from './chart-computation.js'
import type { ChartComputation, ChartInputs, PanelRow } from './chart-computation.js'
import { CHART_NAMES } from './chart-types.js'
import { readSubgroup, seriesError } from './series-input.js'
import { SUBGROUP_SIGMA_METHODS, subgroupSigma, summarizeSubgroup } from './sigma-estimators.js'
import type { SubgroupSigmaMethod, SubgroupSummary } from './sigma-estimators.js'

/** Reads every point's `subgroup`, checking sizes against what the chart accepts. */
export function readSubgroups(
  inputs: ChartInputs,
  maximumSize: number,
  chartName: string
): SubgroupSummary[] {
  const { points } = inputs.options
  return points.map((_, i) =>
    summarizeSubgroup(readSubgroup(inputs.context, points, i, 2, maximumSize, chartName))
  )
}

/** The centre line of a panel when every point shares it, else null. */
export function commonCenter(rows: readonly PanelRow[]): number | null {
  const first = rows[0]?.center
  return first !== undefined && rows.every((row) => row.center === first) ? first : null
}

/**
 * Estimated or known (μ, σ) from subgroups (stats-reference.md §1.4, qcc 3.0 defaults):
 * μ = Σ n_i x̄_i / Σ n_i over the estimation subgroups; σ by UWAVE-R (X̄-R, EWMA, CUSUM) or UWAVE-SD
 * (X̄-S), switching to RMSDF when any estimation subgroup has n > 25 and no method was named.
 */
export function subgroupParameters(
  inputs: ChartInputs,
  subgroups: readonly SubgroupSummary[],
  fallback: SubgroupSigmaMethod,
  chartName: string
): {
  center: number
  centerSource: 'baseline' | 'target'
  sigma: number
  method: SubgroupSigmaMethod | 'known'
  warnings: string[]
} {
  const { options, context, plan, constants } = inputs
  const baseline = plan.estimationIndices.map((i) => subgroups[i]!)
  const large = baseline.some((s) => s.size > MAX_RANGE_SUBGROUP_SIZE)
  const method = chooseSigmaMethod<SubgroupSigmaMethod>(
    context,
    options.sigmaMethod,
    SUBGROUP_SIGMA_METHODS,
    large ? 'rmsdf' : fallback,
    chartName
  )
  const target = knownParameter(context, 'target', options.target)
  const given = knownSigma(context, options.sigma)
  if (given === undefined && method === 'uwave-r' && large && constants === 'qcc') {
    throw seriesError(
      context,
      `sigma method uwave-r needs baseline subgroups of at most ${MAX_RANGE_SUBGROUP_SIZE} ` +
        "observations with qcc's d2 table; use sigmaMethod rmsdf or uwave-sd, or constants exact"
    )
  }
  const warnings: string[] = []
  const sigma = given ?? subgroupSigma(baseline, method, constants)
  if (given === undefined && sigma === 0) warnings.push(zeroSigmaWarning('sigma'))
  let weighted = 0
  let total = 0
  for (const s of baseline) {
    weighted += s.size * s.mean
    total += s.size
  }
  return {
    center: target ?? weighted / total,
    centerSource: target === undefined ? 'baseline' : 'target',
    sigma,
    method: given === undefined ? method : 'known',
    warnings
  }
}

/** n-weighted mean of a subgroup statistic over the estimation subgroups (qcc `stats.R`, `stats.S`). */
function weightedBaselineMean(
  inputs: ChartInputs,
  subgroups: readonly SubgroupSummary[],
  statistic: (s: SubgroupSummary) => number
): number {
  let weighted = 0
  let total = 0
  for (const i of inputs.plan.estimationIndices) {
    const s = subgroups[i]!
    weighted += s.size * statistic(s)
    total += s.size
  }
  return weighted / total
}

/**
 * X̄-R and X̄-S charts for subgroups (stats-reference.md §1.4; Montgomery §6.2–6.3; qcc "xbar",
 * "R", "S"), equal or unequal n:
 * - X̄: CL = μ̂, σ_i = σ̂/√n_i, limits CL ± L·σ_i (= x̿ ± A2 R̄ or ± A3 s̄ for equal n, L = 3);
 * - R (n = 2..25): σ_R,i = d3(n_i)·σ̂, CL = Σ n_i R_i / Σ n_i (= R̄ for equal n; qcc), or d2(n_i)·σ
 *   for a known σ; LCL clipped at 0 (= D3 R̄, D4 R̄ for equal n);
 * - S: σ_S,i = σ̂·sqrt(1 − c4(n_i)²), CL = Σ n_i s_i / Σ n_i (= s̄), or c4(n_i)·σ for a known σ;
 *   LCL clipped at 0 (= B3 s̄, B4 s̄).
 */
export function subgroupChart(inputs: ChartInputs, kind: 'xbar-r' | 'xbar-s'): ChartComputation {
  const { nsigmas, constants, options } = inputs
  const chartName = CHART_NAMES[kind]
  const subgroups = readSubgroups(
    inputs,
    kind === 'xbar-r' ? MAX_RANGE_SUBGROUP_SIZE : Infinity,
    chartName
  )
  const parameters = subgroupParameters(
    inputs,
    subgroups,
    kind === 'xbar-r' ? 'uwave-r' : 'uwave-sd',
    chartName
  )
  const { center, sigma } = parameters
  const known = options.sigma !== undefined

  const meanRows = subgroups.map((s) => ({
    ...limitRow(s.mean, center, sigma / Math.sqrt(s.size), nsigmas),
    size: s.size
  }))

  let spreadRows: PanelRow[]
  if (kind === 'xbar-r') {
    const estimatedCenter = known ? 0 : weightedBaselineMean(inputs, subgroups, (s) => s.range)
    spreadRows = subgroups.map((s) => ({
      ...limitRow(
        s.range,
        known ? d2(s.size, constants) * sigma : estimatedCenter,
        d3(s.size, constants) * sigma,
        nsigmas,
        0
      ),
      size: s.size
    }))
  } else {
    const estimatedCenter = known ? 0 : weightedBaselineMean(inputs, subgroups, (s) => s.sd)
    spreadRows = subgroups.map((s) => {
      const bias = c4(s.size)
      return {
        ...limitRow(
          s.sd,
          known ? bias * sigma : estimatedCenter,
          sigma * Math.sqrt(1 - bias * bias),
          nsigmas,
          0
        ),
        size: s.size
      }
    })
  }

  return {
    center,
    centerSource: parameters.centerSource,
    sigma,
    sigmaSource: parameters.method,
    panels: [
      { statistic: 'mean', center, rows: meanRows, tests: 'run-rules', zones: true },
      {
        statistic: kind === 'xbar-r' ? 'range' : 'standard-deviation',
        center: commonCenter(spreadRows),
        rows: spreadRows,
        tests: 'limits',
        zones: true
      }
    ],
    warnings: parameters.warnings,
    capabilityBasis: { mean: center, sigma }
  }
}
