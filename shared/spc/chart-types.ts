import type { SourceLocation } from '../errors.js'
import type { ConstantsSource } from './chart-constants.js'

/**
 * Types of the spc-check statistical core: what a caller passes to `computeChart` and the JSON
 * report it gets back. Every result type is plain data (no classes, no Maps, no undefined-only
 * semantics) so the result can be written as the JSON report as is; numbers keep full double
 * precision (stats-reference.md §5).
 */

/** The charts of stats-reference.md §1.3–§1.7. */
export type ChartType =
  'imr' | 'xbar-r' | 'xbar-s' | 'p' | 'p-standardized' | 'np' | 'c' | 'u' | 'ewma' | 'cusum'

/** All chart ids, in the order the CLI lists them. */
export const CHART_TYPES: readonly ChartType[] = [
  'imr',
  'xbar-r',
  'xbar-s',
  'p',
  'p-standardized',
  'np',
  'c',
  'u',
  'ewma',
  'cusum'
]

/** How messages name each chart ("a p chart", "an X̄-R chart"). */
export const CHART_NAMES: Readonly<Record<ChartType, string>> = {
  imr: 'an I-MR chart',
  'xbar-r': 'an X̄-R chart',
  'xbar-s': 'an X̄-S chart',
  p: 'a p chart',
  'p-standardized': 'a standardized p chart',
  np: 'an np chart',
  c: 'a c chart',
  u: 'a u chart',
  ewma: 'an EWMA chart',
  cusum: 'a CUSUM chart'
}

/** Phase I = baseline (limit estimation), phase II = monitoring against frozen limits (§1.1). */
export type Phase = 'I' | 'II'

/**
 * Where a point lies relative to the centre line and the zone boundaries CL ± (1/3)L·σ_i,
 * CL ± (2/3)L·σ_i and the control limits (L = nsigmas; zone C is the band nearest the centre line,
 * A the outermost). Boundaries are inclusive on the inner side, matching the run rules (§1.8): a
 * point exactly on a boundary belongs to the inner zone, exactly on a limit is not beyond it, and a
 * point exactly on the centre line is 'center-line' (on neither side).
 */
export type Zone =
  | 'beyond-upper'
  | 'upper-a'
  | 'upper-b'
  | 'upper-c'
  | 'center-line'
  | 'lower-c'
  | 'lower-b'
  | 'lower-a'
  | 'beyond-lower'

/** What a panel of a chart plots. Two-panel charts (I-MR, X̄-R, X̄-S, CUSUM) have two. */
export type PanelStatistic =
  | 'individual'
  | 'moving-range'
  | 'mean'
  | 'range'
  | 'standard-deviation'
  | 'proportion'
  | 'standardized-proportion'
  | 'defectives'
  | 'count'
  | 'rate'
  | 'ewma'
  | 'cusum-upper'
  | 'cusum-lower'

/** Western Electric (we-1..we-4) and Nelson (nelson-1..nelson-8) tests for special causes (§1.8). */
export type RunRuleId =
  | 'we-1'
  | 'we-2'
  | 'we-3'
  | 'we-4'
  | 'nelson-1'
  | 'nelson-2'
  | 'nelson-3'
  | 'nelson-4'
  | 'nelson-5'
  | 'nelson-6'
  | 'nelson-7'
  | 'nelson-8'

/**
 * Every signal a chart can raise: the run rules, plus the EWMA limit test ('ewma': z_i beyond its
 * limits) and the CUSUM decision interval ('cusum': C+ or C− above h), which are the only tests
 * applied to those charts.
 */
export type SignalRuleId = RunRuleId | 'ewma' | 'cusum'

export type Severity = 'error' | 'warn'

/** Named rule sets: all four Western Electric rules, or all eight Nelson rules. */
export type RuleSetName = 'western-electric' | 'nelson'

/**
 * How the process sigma was obtained. Variables charts: average moving range / d2(2) (default
 * for individuals), median moving range / 0.954, sample sd / c4 ('standard-deviation'), qcc's
 * UWAVE-R (mean of R_i/d2(n_i)), UWAVE-SD (mean of s_i/c4(n_i)) and RMSDF (pooled sd / c4).
 * 'known' = given by the caller. Attribute charts: 'binomial' (p, np) and 'poisson' (c, u).
 */
export type SigmaMethod =
  | 'average-moving-range'
  | 'median-moving-range'
  | 'standard-deviation'
  | 'uwave-r'
  | 'uwave-sd'
  | 'rmsdf'

export type SigmaSource = SigmaMethod | 'known' | 'binomial' | 'poisson'

/**
 * One point of a series as read from history. Which fields a chart reads:
 * - imr: `value`; ewma, cusum: `value` (individuals) or `subgroup` (subgroups of n ≥ 2);
 * - xbar-r, xbar-s: `subgroup` (the individual observations of the subgroup);
 * - p, p-standardized, np: `count` = defectives d_i and `size` = items inspected n_i;
 * - c: `count` (nonconformities per constant inspection unit; `size` optional, must be constant);
 * - u: `count` and `size` = exposure (number of inspection units, e.g. rows / 1000).
 * `metadata` (run id, timestamp, commit…) is passed through to the result untouched.
 * Fields are typed as numbers but checked at run time, since history is parsed JSON.
 */
export interface ChartInputPoint<M = unknown> {
  value?: number
  subgroup?: readonly number[]
  count?: number
  size?: number
  metadata?: M
}

/** Everything `computeChart` needs; only `chart` and `points` are required. */
export interface ChartOptions<M = unknown> {
  chart: ChartType
  points: readonly ChartInputPoint<M>[]
  /** Series (metric) name: used in error messages (as the location's field) and the result. */
  series?: string
  /** Where the series came from (file…), merged into every InputError's location. */
  location?: SourceLocation
  /**
   * Number of leading points forming phase I (default 20). Larger than the series: every point is
   * phase I (with a warning). Limits are estimated from these points minus `exclude`.
   */
  baseline?: number
  /** 1-based indices of phase-I points with an assignable cause, left out of the estimation. */
  exclude?: readonly number[]
  /** Width of the control limits in sigmas, L (default 3). */
  nsigmas?: number
  /** Run rules: a named set or a list of rule ids (default depends on the chart, see rule-selection). */
  rules?: RuleSetName | readonly RunRuleId[]
  /** Severity per rule id (default 'error' for every rule). */
  severity?: Partial<Record<SignalRuleId, Severity>>
  /** d2/d3 source: qcc's tables (default; reproduces qcc's printed numbers) or exact values. */
  constants?: ConstantsSource
  /** Sigma estimator for variables charts (defaults per chart, see SigmaMethod). */
  sigmaMethod?: SigmaMethod
  /**
   * Known process level instead of the phase-I estimate: μ0 for imr, xbar-r, xbar-s, ewma (z_0) and
   * cusum; the known fraction p0 for p, p-standardized and np; c0 for c; u0 for u.
   */
  target?: number
  /** Known process sigma (variables charts, EWMA, CUSUM) instead of the phase-I estimate. */
  sigma?: number
  /** EWMA smoothing weight, 0 < lambda ≤ 1 (default 0.2, qcc). */
  lambda?: number
  /** EWMA: use the steady-state limits (NIST) instead of the exact time-varying ones. */
  steadyState?: boolean
  /** CUSUM reference value k in sigma units (default 0.5). */
  k?: number
  /** CUSUM decision interval h in sigma units (default 5, qcc). */
  h?: number
  /** CUSUM fast-initial-response head start, 0 ≤ headStart < h (default 0). */
  headStart?: number
  /** Specification limits for Cp/Cpk (imr, xbar-r, xbar-s). */
  specification?: SpecificationLimits
}

export interface SpecificationLimits {
  lower?: number
  upper?: number
}

/** Process capability (§1.9); indices that need a missing specification limit are null. */
export interface ProcessCapability {
  lower: number | null
  upper: number | null
  mean: number
  sigma: number
  cp: number | null
  cpl: number | null
  cpu: number | null
  cpk: number | null
}

/** One plotted point of one panel. */
export interface ChartPoint<M = unknown> {
  /** 1-based position of the point in the input series. */
  index: number
  phase: Phase
  /** Excluded from phase-I estimation (assignable cause): plotted, but not tested by the rules. */
  excluded: boolean
  /** The plotted statistic; null where it does not exist (first moving range, excluded EWMA/CUSUM points). */
  value: number | null
  center: number
  /** Sigma of the plotted statistic at this point (CUSUM: σ/√n_i, the data units of one sigma unit). */
  sigma: number
  /** Null where the chart has no such limit (CUSUM has only an upper decision interval). */
  lcl: number | null
  ucl: number | null
  zone: Zone | null
  /** Subgroup size, items inspected or exposure, where the chart has one. */
  size?: number
  /** The raw statistic an EWMA or CUSUM accumulates (x_i or the subgroup mean). */
  observed?: number
  /** CUSUM N+ / N−: consecutive periods with C > 0 up to this point. */
  runLength?: number
  /** Rules this point violates on this panel. */
  violations: SignalRuleId[]
  metadata?: M
}

/** One plotted statistic of a chart (I-MR has an individuals and a moving-range panel). */
export interface ChartPanel<M = unknown> {
  statistic: PanelStatistic
  /** Centre line; null when it varies from point to point (see each point's `center`). */
  center: number | null
  points: ChartPoint<M>[]
}

/** One rule hit at one point (a point failing several rules has one entry per rule). */
export interface RuleViolation {
  rule: SignalRuleId
  /** 1-based index of the violating point in the input series. */
  index: number
  phase: Phase
  severity: Severity
  /** The panel the violation is on. */
  statistic: PanelStatistic
}

export interface BaselineSummary {
  /** The phase-I length asked for (default 20). */
  requested: number
  /** Points in phase I (requested, capped at the series length). */
  size: number
  /** Phase-I points used for estimation (size minus excluded). */
  used: number
  /** 1-based indices excluded from estimation. */
  excluded: number[]
}

export interface EwmaSettings {
  lambda: number
  limits: 'time-varying' | 'steady-state'
}

/** A CUSUM excursion that crossed h, with Montgomery's estimate of when and how far it shifted. */
export interface CusumShift {
  side: 'upper' | 'lower'
  /** 1-based index of the first point of the excursion with C > h. */
  firstSignal: number
  /** N+ or N− at that point. */
  runLength: number
  /** 1-based index of the first point of the excursion (C > 0), the estimated start of the shift. */
  firstAffected: number
  /** 1-based index of the last point before the excursion; null if it began at the first point. */
  shiftAfter: number | null
  /** μ0 ± (k + C/N)·σ/√n: the estimated new process mean (Montgomery §9.1.3). */
  estimatedMean: number
}

export interface CusumSummary {
  k: number
  h: number
  headStart: number
  shifts: CusumShift[]
}

/** Everything one chart of one series produced: limits, points, violations, warnings. */
export interface ChartResult<M = unknown> {
  chart: ChartType
  series: string | null
  nsigmas: number
  constants: ConstantsSource
  /**
   * Process level: μ̂ (I, X̄, EWMA z_0, CUSUM μ0), p̄ (p, np, standardized p), c̄ or ū. The plotted
   * centre lines are on the panels (np: n·p̄; standardized p: 0).
   */
  center: number
  centerSource: 'baseline' | 'target'
  /** Process sigma per unit (individual observation, item, inspection unit). */
  sigma: number
  sigmaSource: SigmaSource
  baseline: BaselineSummary
  panels: ChartPanel<M>[]
  /** Rules evaluated, in canonical order. */
  rules: SignalRuleId[]
  /** All violations, sorted by index, then rule order, then panel. */
  violations: RuleViolation[]
  warnings: string[]
  capability: ProcessCapability | null
  ewma: EwmaSettings | null
  cusum: CusumSummary | null
}
