import { mean } from '../stats/moments.js'
import { d2, d3 } from './chart-constants.js'
import {
  chooseSigmaMethod,
  knownParameter,
  knownSigma,
  limitRow,
  zeroSigmaWarning
} from './chart-computation.js'
import type { ChartComputation, ChartInputs, PanelRow } from './chart-computation.js'
import { CHART_NAMES } from './chart-types.js'
import { readValue } from './series-input.js'
import { INDIVIDUALS_SIGMA_METHODS, individualsSigma, movingRanges } from './sigma-estimators.js'
import type { IndividualsSigmaMethod } from './sigma-estimators.js'

/**
 * Estimated or known (μ, σ) of individual values from the estimation points (stats-reference.md
 * §1.3). Shared by the I-MR chart and the individuals forms of EWMA and CUSUM.
 */
export function individualsParameters(
  inputs: ChartInputs,
  values: readonly number[],
  chartName: string
): {
  center: number
  centerSource: 'baseline' | 'target'
  sigma: number
  method: IndividualsSigmaMethod | 'known'
  warnings: string[]
} {
  const { options, context, plan, constants } = inputs
  const method = chooseSigmaMethod<IndividualsSigmaMethod>(
    context,
    options.sigmaMethod,
    INDIVIDUALS_SIGMA_METHODS,
    'average-moving-range',
    chartName
  )
  const baselineValues = plan.estimationIndices.map((i) => values[i]!)
  const target = knownParameter(context, 'target', options.target)
  const given = knownSigma(context, options.sigma)
  const warnings: string[] = []
  const sigma = given ?? individualsSigma(baselineValues, method, constants)
  if (given === undefined && sigma === 0) warnings.push(zeroSigmaWarning('sigma'))
  return {
    center: target ?? mean(baselineValues),
    centerSource: target === undefined ? 'baseline' : 'target',
    sigma,
    method: given === undefined ? method : 'known',
    warnings
  }
}

/** Reads every point's `value`. */
export function readIndividuals(inputs: ChartInputs): number[] {
  const { points } = inputs.options
  return points.map((_, i) => readValue(inputs.context, points, i))
}

/**
 * Individuals and moving range chart (stats-reference.md §1.3; Montgomery §6.4; qcc "xbar.one").
 * I chart: CL = mean of the baseline values (or target), limits CL ± L·σ̂.
 * MR chart: the moving range of span 2 over the tested sequence (excluded points removed, as if
 * deleted from the data, so the range after an excluded point spans it); CL = MRbar with the
 * average-MR estimate (= d2(2)·σ̂ in general), σ_MR = d3(2)·σ̂, LCL clipped at 0. With L = 3 and
 * qcc's constants the MR UCL is D4(2)·MRbar = 3.267 MRbar.
 */
export function individualsChart(inputs: ChartInputs): ChartComputation {
  const { plan, nsigmas, constants } = inputs
  const values = readIndividuals(inputs)
  const parameters = individualsParameters(inputs, values, CHART_NAMES.imr)
  const { center, sigma } = parameters

  const individualRows = values.map((x) => limitRow(x, center, sigma, nsigmas))

  const baselineValues = plan.estimationIndices.map((i) => values[i]!)
  const movingRangeCenter =
    parameters.method === 'average-moving-range'
      ? mean(movingRanges(baselineValues))
      : d2(2, constants) * sigma
  const movingRangeSigma = d3(2, constants) * sigma
  const movingRangeRows: PanelRow[] = values.map(() =>
    limitRow(null, movingRangeCenter, movingRangeSigma, nsigmas, 0)
  )
  const sequence = plan.sequenceIndices
  for (let q = 1; q < sequence.length; q++) {
    const row = movingRangeRows[sequence[q]!]!
    row.value = Math.abs(values[sequence[q]!]! - values[sequence[q - 1]!]!)
  }

  return {
    center,
    centerSource: parameters.centerSource,
    sigma,
    sigmaSource: parameters.method,
    panels: [
      { statistic: 'individual', center, rows: individualRows, tests: 'run-rules', zones: true },
      {
        statistic: 'moving-range',
        center: movingRangeCenter,
        rows: movingRangeRows,
        tests: 'limits',
        zones: true
      }
    ],
    warnings: parameters.warnings,
    capabilityBasis: { mean: center, sigma }
  }
}
