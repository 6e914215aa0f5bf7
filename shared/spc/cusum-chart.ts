import { knownParameter } from './chart-computation.js'
import type { ChartComputation, ChartInputs, PanelRow } from './chart-computation.js'
import { CHART_NAMES } from './chart-types.js'
import type { CusumShift } from './chart-types.js'
import { readProcessObservations } from './process-observations.js'
import { seriesError } from './series-input.js'

/** qcc defaults: se.shift = 1 (k = 0.5) and decision.interval = 5. */
export const DEFAULT_CUSUM_K = 0.5
export const DEFAULT_CUSUM_H = 5

interface SideState {
  sum: number
  run: number
  /** A signal has already been recorded in the current excursion. */
  signalled: boolean
}

/**
 * Tabular two-sided CUSUM (stats-reference.md §1.7; Montgomery §9.1, qcc `cusum`), in sigma units:
 * z_q = (x_q − μ0)/(σ/√n_q), C+_q = max(0, C+_{q−1} + z_q − k), C−_q = max(0, C−_{q−1} − z_q − k),
 * C±_0 = head start. A point signals when C > h (strict); sums are never reset after a signal,
 * so every point of a sustained shift is reported. N± counts consecutive periods with C > 0; the
 * shift is estimated to have begun after period (first signal − N) with mean μ0 ± (k + C/N)·σ/√n.
 * The upper and lower sums are two panels ('cusum-upper', 'cusum-lower'), both plotted as
 * non-negative values against the decision interval h.
 */
export function cusumChart(inputs: ChartInputs): ChartComputation {
  const { context, options, plan } = inputs
  const k =
    knownParameter(context, 'k', options.k, { test: (x) => x >= 0, expected: '≥ 0' }) ??
    DEFAULT_CUSUM_K
  const h =
    knownParameter(context, 'h', options.h, { test: (x) => x > 0, expected: 'positive' }) ??
    DEFAULT_CUSUM_H
  const headStart =
    knownParameter(context, 'headStart', options.headStart, {
      test: (x) => x >= 0 && x < h,
      expected: `in [0, h) = [0, ${h})`
    }) ?? 0
  const observations = readProcessObservations(inputs, CHART_NAMES.cusum)
  const { center, sigma, values, sizes } = observations
  if (!(sigma > 0)) {
    throw seriesError(
      context,
      'a CUSUM chart needs a positive sigma, but the baseline shows no variation; give sigma'
    )
  }

  const upper: SideState = { sum: headStart, run: 0, signalled: false }
  const lower: SideState = { sum: headStart, run: 0, signalled: false }
  const upperRows: PanelRow[] = []
  const lowerRows: PanelRow[] = []
  const shifts: CusumShift[] = []
  const sequence = plan.sequenceIndices
  let position = -1

  const advance = (state: SideState, step: number, side: 'upper' | 'lower', i: number) => {
    state.sum = Math.max(0, state.sum + step)
    state.run = state.sum > 0 ? state.run + 1 : 0
    if (state.sum === 0) state.signalled = false
    if (state.sum > h && !state.signalled) {
      state.signalled = true
      const before = position - state.run
      const scale = sigma / Math.sqrt(sizes[i]!)
      const offset = (k + state.sum / state.run) * scale
      shifts.push({
        side,
        firstSignal: i + 1,
        runLength: state.run,
        firstAffected: sequence[before + 1]! + 1,
        shiftAfter: before >= 0 ? sequence[before]! + 1 : null,
        estimatedMean: side === 'upper' ? center + offset : center - offset
      })
    }
  }

  values.forEach((x, i) => {
    const n = sizes[i]!
    const scale = sigma / Math.sqrt(n)
    const common = {
      center: 0,
      sigma: scale,
      lcl: null,
      ucl: h,
      ...(observations.subgrouped ? { size: n } : {}),
      observed: x
    }
    if (plan.excluded[i]) {
      upperRows.push({ ...common, value: null })
      lowerRows.push({ ...common, value: null })
      return
    }
    position += 1
    const z = (x - center) / scale
    advance(upper, z - k, 'upper', i)
    advance(lower, -z - k, 'lower', i)
    upperRows.push({ ...common, value: upper.sum, runLength: upper.run })
    lowerRows.push({ ...common, value: lower.sum, runLength: lower.run })
  })

  return {
    center,
    centerSource: observations.centerSource,
    sigma,
    sigmaSource: observations.sigmaSource,
    panels: [
      { statistic: 'cusum-upper', center: 0, rows: upperRows, tests: 'cusum', zones: false },
      { statistic: 'cusum-lower', center: 0, rows: lowerRows, tests: 'cusum', zones: false }
    ],
    warnings: observations.warnings,
    capabilityBasis: null,
    cusum: { k, h, headStart, shifts }
  }
}
