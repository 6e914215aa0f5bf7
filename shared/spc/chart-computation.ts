import type { BaselinePlan } from './baseline-plan.js'
import type { ConstantsSource } from './chart-constants.js'
import type {
  ChartOptions,
  CusumSummary,
  EwmaSettings,
  PanelStatistic,
  SigmaMethod,
  SigmaSource
} from './chart-types.js'
import { seriesError } from './series-input.js'
import type { SeriesContext } from './series-input.js'

/**
 * The contract between `computeChart` and the per-chart modules: a chart module turns validated
 * options and the baseline plan into panels of rows aligned with the input points; computeChart
 * then adds indices, phases, zones, metadata and the rule tests.
 */

/** One point of one panel before decoration. */
export interface PanelRow {
  value: number | null
  center: number
  sigma: number
  lcl: number | null
  ucl: number | null
  size?: number
  observed?: number
  runLength?: number
}

/**
 * Which tests a panel gets: the selected run rules ('run-rules'), only the beyond-limit rules
 * ('limits', dispersion charts), or the chart's own signal ('ewma', 'cusum').
 */
export type PanelTests = 'run-rules' | 'limits' | 'ewma' | 'cusum'

export interface PanelDraft {
  statistic: PanelStatistic
  center: number | null
  rows: PanelRow[]
  tests: PanelTests
  /** Whether zone labels mean anything on this panel (not for CUSUM). */
  zones: boolean
}

export interface ChartComputation {
  center: number
  centerSource: 'baseline' | 'target'
  sigma: number
  sigmaSource: SigmaSource
  panels: PanelDraft[]
  warnings: string[]
  /** Process mean and within sigma for Cp/Cpk, on charts of a measured variable. */
  capabilityBasis: { mean: number; sigma: number } | null
  ewma?: EwmaSettings
  cusum?: CusumSummary
}

export interface ChartInputs<M = unknown> {
  options: ChartOptions<M>
  context: SeriesContext
  plan: BaselinePlan
  nsigmas: number
  constants: ConstantsSource
}

/** Symmetric limits CL ± L·σ_i, optionally clipped to the statistic's range [floor, ceiling]. */
export function limitRow(
  value: number | null,
  center: number,
  sigma: number,
  nsigmas: number,
  floor = -Infinity,
  ceiling = Infinity
): PanelRow {
  return {
    value,
    center,
    sigma,
    lcl: Math.max(floor, center - nsigmas * sigma),
    ucl: Math.min(ceiling, center + nsigmas * sigma)
  }
}

/** A known value given by the caller: finite (and within `check` when given). */
export function knownParameter(
  context: SeriesContext,
  name: string,
  value: number | undefined,
  check?: { test: (x: number) => boolean; expected: string }
): number | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw seriesError(context, `${name} must be a finite number, got ${String(value)}`)
  }
  if (check !== undefined && !check.test(value)) {
    throw seriesError(context, `${name} must be ${check.expected}, got ${value}`)
  }
  return value
}

/** Known sigma: finite and > 0. */
export function knownSigma(context: SeriesContext, sigma: number | undefined): number | undefined {
  return knownParameter(context, 'sigma', sigma, { test: (x) => x > 0, expected: 'positive' })
}

/** The warning for a zero sigma estimate (all baseline values equal). */
export function zeroSigmaWarning(what: string): string {
  return (
    `estimated ${what} is 0 (the baseline shows no variation), so the limits collapse onto the ` +
    'centre line and any different value signals'
  )
}

/** Validates a sigma method against the ones a chart supports. */
export function chooseSigmaMethod<T extends SigmaMethod>(
  context: SeriesContext,
  requested: SigmaMethod | undefined,
  allowed: readonly SigmaMethod[],
  fallback: T,
  chartName: string
): T {
  if (requested === undefined) return fallback
  if (!allowed.includes(requested)) {
    throw seriesError(
      context,
      `sigma method ${JSON.stringify(requested)} is not available for ${chartName}; ` +
        `expected one of ${allowed.join(', ')}`
    )
  }
  return requested as T
}
