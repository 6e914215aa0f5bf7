import type { ChartInputs } from './chart-computation.js'
import type { SigmaMethod } from './chart-types.js'
import { individualsParameters, readIndividuals } from './individuals-chart.js'
import { hasSubgroup, pointError } from './series-input.js'
import { readSubgroups, subgroupParameters } from './subgroup-charts.js'

/**
 * The monitored statistic of a time-weighted chart (EWMA, CUSUM): individual values, or subgroup
 * means with their sizes, plus μ0 and σ (known, or estimated from phase I the way qcc's `ewma` and
 * `cusum` do: average moving range / d2(2) for individuals, UWAVE-R for subgroups, RMSDF when a
 * subgroup exceeds 25).
 */
export interface ProcessObservations {
  /** x_i: the individual value or the subgroup mean. */
  values: number[]
  /** n_i: 1 for individuals. */
  sizes: number[]
  subgrouped: boolean
  center: number
  centerSource: 'baseline' | 'target'
  sigma: number
  sigmaSource: SigmaMethod | 'known'
  warnings: string[]
}

/** Reads values or subgroups (all points the same kind) and resolves μ0 and σ for EWMA/CUSUM. */
export function readProcessObservations(
  inputs: ChartInputs,
  chartName: string
): ProcessObservations {
  const { points } = inputs.options
  const subgrouped = hasSubgroup(points, 0)
  points.forEach((_, i) => {
    if (hasSubgroup(points, i) !== subgrouped) {
      throw pointError(
        inputs.context,
        i,
        `expected ${subgrouped ? 'a subgroup' : 'a single value'} like point 1; ${chartName} ` +
          'takes either individual values or subgroups, not both'
      )
    }
  })
  if (!subgrouped) {
    const values = readIndividuals(inputs)
    const parameters = individualsParameters(inputs, values, chartName)
    return {
      values,
      sizes: values.map(() => 1),
      subgrouped,
      center: parameters.center,
      centerSource: parameters.centerSource,
      sigma: parameters.sigma,
      sigmaSource: parameters.method,
      warnings: parameters.warnings
    }
  }
  const subgroups = readSubgroups(inputs, Infinity, chartName)
  const parameters = subgroupParameters(inputs, subgroups, 'uwave-r', chartName)
  return {
    values: subgroups.map((s) => s.mean),
    sizes: subgroups.map((s) => s.size),
    subgrouped,
    center: parameters.center,
    centerSource: parameters.centerSource,
    sigma: parameters.sigma,
    sigmaSource: parameters.method,
    warnings: parameters.warnings
  }
}
