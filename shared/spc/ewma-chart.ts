import { knownParameter, limitRow } from './chart-computation.js'
import type { ChartComputation, ChartInputs, PanelRow } from './chart-computation.js'
import { CHART_NAMES } from './chart-types.js'
import { readProcessObservations } from './process-observations.js'

/** qcc's default smoothing weight. */
export const DEFAULT_LAMBDA = 0.2

/**
 * Sigma of the EWMA statistic after q observations of a subgroup of size n (stats-reference.md
 * §1.6; Montgomery eq. 9.25, qcc `ewma`, Minitab):
 * σ_z(q) = (σ/√n)·sqrt(λ/(2−λ)·(1 − (1−λ)^(2q))); the steady state drops the last factor (NIST
 * 6.3.2.4). With varying n each point uses its own n, as qcc does.
 */
export function ewmaSigma(
  sigma: number,
  n: number,
  lambda: number,
  q: number,
  steadyState: boolean
): number {
  const startUp = steadyState ? 1 : 1 - (1 - lambda) ** (2 * q)
  return (sigma / Math.sqrt(n)) * Math.sqrt((lambda / (2 - lambda)) * startUp)
}

/**
 * EWMA chart: z_0 = μ0 (target, else the phase-I mean), z_q = λ·x_q + (1 − λ)·z_{q−1} over the
 * tested sequence (phase I then phase II; excluded points are skipped as if deleted), limits
 * μ0 ± L·σ_z(q), time-varying unless `steadyState`. A signal is z_q strictly beyond its limits.
 */
export function ewmaChart(inputs: ChartInputs): ChartComputation {
  const { context, options, plan, nsigmas } = inputs
  const lambda =
    knownParameter(context, 'lambda', options.lambda, {
      test: (x) => x > 0 && x <= 1,
      expected: 'in (0, 1]'
    }) ?? DEFAULT_LAMBDA
  const steadyState = options.steadyState === true
  const observations = readProcessObservations(inputs, CHART_NAMES.ewma)
  const { center, sigma, values, sizes } = observations
  const sizeField = (n: number) => (observations.subgrouped ? { size: n } : {})

  let z = center
  let q = 0
  const rows: PanelRow[] = values.map((x, i) => {
    const n = sizes[i]!
    if (plan.excluded[i]) {
      const width = ewmaSigma(sigma, n, lambda, Math.max(q, 1), steadyState)
      return { ...limitRow(null, center, width, nsigmas), ...sizeField(n), observed: x }
    }
    q += 1
    z = lambda * x + (1 - lambda) * z
    return {
      ...limitRow(z, center, ewmaSigma(sigma, n, lambda, q, steadyState), nsigmas),
      ...sizeField(n),
      observed: x
    }
  })

  return {
    center,
    centerSource: observations.centerSource,
    sigma,
    sigmaSource: observations.sigmaSource,
    panels: [{ statistic: 'ewma', center, rows, tests: 'ewma', zones: true }],
    warnings: observations.warnings,
    capabilityBasis: null,
    ewma: { lambda, limits: steadyState ? 'steady-state' : 'time-varying' }
  }
}
