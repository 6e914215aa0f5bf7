import type { ProcessCapability, SpecificationLimits } from './chart-types.js'

/**
 * Process capability indices from the within-subgroup sigma (stats-reference.md §1.9; Montgomery
 * §8.2, qcc `process.capability`):
 * Cp = (USL − LSL)/(6σ), Cp_l = (μ − LSL)/(3σ), Cp_u = (USL − μ)/(3σ), Cpk = min(Cp_l, Cp_u).
 * With one specification limit only its one-sided index exists and Cpk equals it; Cp needs both.
 * `sigma` must be the within-process estimate (R̄/d2, MR̄/d2(2)), not the overall sd.
 */
export function processCapability(
  mean: number,
  sigma: number,
  specification: SpecificationLimits
): ProcessCapability {
  const lower = specification.lower ?? null
  const upper = specification.upper ?? null
  const cpl = lower === null ? null : (mean - lower) / (3 * sigma)
  const cpu = upper === null ? null : (upper - mean) / (3 * sigma)
  const cp = lower === null || upper === null ? null : (upper - lower) / (6 * sigma)
  const cpk = cpl === null ? cpu : cpu === null ? cpl : Math.min(cpl, cpu)
  return { lower, upper, mean, sigma, cp, cpl, cpu, cpk }
}
