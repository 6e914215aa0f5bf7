import { UsageError } from '../errors.js'
import type { ExactDecimal } from './exact-decimal.js'
import {
  absoluteDecimal,
  compareDecimals,
  decimalFromNumber,
  multiplyDecimals,
  subtractDecimals
} from './exact-decimal.js'

/**
 * MLflow's MetricThreshold (mlflow/models/evaluation/validation.py, read at commit 0c23394;
 * stats-reference.md §3.4), re-implemented from its documented semantics, with two ways of doing
 * the arithmetic.
 *
 * `exact` (Tollgate's default) compares the numbers as they are printed: every value is read as
 * its shortest round-trip decimal ("0.8", "0.05") and the checks use exact BigInt-scaled decimal
 * arithmetic, so
 *   - min_absolute_change: cand 0.85, base 0.8, change 0.05 PASSES (0.85 ≥ 0.8 + 0.05 exactly);
 *   - min_relative_change is measured against |base|: (cand − base)/|base| ≥ r for
 *     greater-is-better, (base − cand)/|base| ≥ r otherwise (compared as
 *     cand − base ≥ r·|base|, no division), so a negative baseline (e.g. R² = −0.2) is not
 *     turned upside down;
 *   - base = 0: the relative change is undefined; the candidate must be strictly better
 *     (cand > 0, or cand < 0 when lower is better).
 *
 * `mlflow-compatible` reproduces MLflow's results bit for bit, quirks included:
 *   - Decimal(cand) ≥ Decimal(base + change): the float addition happens BEFORE the exact
 *     Decimal conversion, so 0.8 + 0.05 = 0.8500000000000001 and cand 0.85 FAILS;
 *   - relative change (cand − base)/base divides by the SIGNED baseline, so for a negative
 *     baseline a better candidate gets a negative relative change and fails (and a worse one may
 *     pass); a NaN relative change does not count as a failure;
 *   - base = 0: pass iff cand ≥ 1e-10 (greater is better) or cand ≤ −1e-10.
 *
 * In both modes an undefined (NaN) candidate or baseline value fails the checks that use it
 * (MLflow would raise on Decimal(NaN) comparisons), and a missing baseline metric is reported as
 * `missing_baseline` whenever a change is required (MLflow raises a KeyError when the baseline has
 * other metrics but not this one, and skips the check when min_relative_change is 0.0).
 */
export type ComparisonMode = 'exact' | 'mlflow-compatible'

export interface MetricThreshold {
  /** Absolute bound: cand ≥ threshold (greater is better) or cand ≤ threshold; inclusive. */
  readonly threshold?: number
  /** Required improvement over the baseline in metric units (> 0). */
  readonly minAbsoluteChange?: number
  /** Required improvement as a share of the baseline, in [0, 1]. */
  readonly minRelativeChange?: number
  readonly greaterIsBetter: boolean
}

/** The keyword arguments of MLflow's constructor, as parsed from a configuration file. */
export interface MetricThresholdSpec {
  threshold?: unknown
  min_absolute_change?: unknown
  min_relative_change?: unknown
  greater_is_better?: unknown
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

/**
 * MetricThreshold(...) with MLflow's constructor checks and messages. One difference: JavaScript
 * has no separate int and float, so min_relative_change 0 or 1 is accepted where MLflow insists
 * on a Python float (0.0, 1.0).
 */
export function createMetricThreshold(spec: MetricThresholdSpec): MetricThreshold {
  const fail = (detail: string) =>
    new UsageError(`Could not instantiate MetricThreshold class: ${detail}`)
  const { threshold, min_absolute_change, min_relative_change, greater_is_better } = spec
  if (threshold !== undefined && !isNumber(threshold)) {
    throw fail('`threshold` parameter must be a number.')
  }
  if (
    min_absolute_change !== undefined &&
    (!isNumber(min_absolute_change) || min_absolute_change <= 0)
  ) {
    throw fail('`min_absolute_change` parameter must be a positive number.')
  }
  if (min_relative_change !== undefined) {
    if (!isNumber(min_relative_change)) {
      throw fail('`min_relative_change` parameter must be a floating point number.')
    }
    if (min_relative_change < 0 || min_relative_change > 1) {
      throw fail('`min_relative_change` parameter must be between 0 and 1.')
    }
  }
  if (greater_is_better === undefined) throw fail('`greater_is_better` parameter must be defined.')
  if (typeof greater_is_better !== 'boolean') {
    throw fail('`greater_is_better` parameter must be a boolean.')
  }
  if (
    threshold === undefined &&
    min_absolute_change === undefined &&
    min_relative_change === undefined
  ) {
    throw fail('no threshold was specified.')
  }
  return {
    ...(threshold === undefined ? {} : { threshold }),
    ...(min_absolute_change === undefined ? {} : { minAbsoluteChange: min_absolute_change }),
    ...(min_relative_change === undefined ? {} : { minRelativeChange: min_relative_change }),
    greaterIsBetter: greater_is_better
  }
}

/** cand ≥ bound (greater is better) or cand ≤ bound. Doubles compare in the same order as their
 * shortest decimals, so both modes agree here. NaN fails. */
export function meetsThreshold(
  candidate: number,
  bound: number,
  greaterIsBetter: boolean
): boolean {
  return greaterIsBetter ? candidate >= bound : candidate <= bound
}

/** The signed improvement cand − base (greater is better) or base − cand, exactly. */
function exactImprovement(
  candidate: number,
  baseline: number,
  greaterIsBetter: boolean
): ExactDecimal {
  const cand = decimalFromNumber(candidate)
  const base = decimalFromNumber(baseline)
  return greaterIsBetter ? subtractDecimals(cand, base) : subtractDecimals(base, cand)
}

/**
 * min_absolute_change: the candidate beats the baseline by at least `change`.
 * exact: improvement ≥ change in decimals; mlflow-compatible: cand ≥ base + change in floats.
 */
export function meetsAbsoluteChange(
  candidate: number,
  baseline: number,
  change: number,
  greaterIsBetter: boolean,
  mode: ComparisonMode
): boolean {
  if (Number.isNaN(candidate) || Number.isNaN(baseline)) return false
  if (mode === 'mlflow-compatible') {
    return greaterIsBetter ? candidate >= baseline + change : candidate <= baseline - change
  }
  return (
    compareDecimals(
      exactImprovement(candidate, baseline, greaterIsBetter),
      decimalFromNumber(change)
    ) >= 0
  )
}

/**
 * min_relative_change: the candidate beats the baseline by at least `share` of it.
 * exact: improvement ≥ share·|base|, base = 0 → strictly better; mlflow-compatible: see
 * ComparisonMode (signed baseline, 1e-10 rule for base = 0).
 */
export function meetsRelativeChange(
  candidate: number,
  baseline: number,
  share: number,
  greaterIsBetter: boolean,
  mode: ComparisonMode
): boolean {
  if (Number.isNaN(candidate) || Number.isNaN(baseline)) return false
  if (mode === 'mlflow-compatible') {
    if (baseline === 0) return greaterIsBetter ? candidate >= 0 + 1e-10 : candidate <= 0 - 1e-10
    const relative = greaterIsBetter
      ? (candidate - baseline) / baseline
      : (baseline - candidate) / baseline
    return !(relative < share)
  }
  const improvement = exactImprovement(candidate, baseline, greaterIsBetter)
  if (baseline === 0) return improvement.coefficient > 0n
  const required = multiplyDecimals(
    decimalFromNumber(share),
    absoluteDecimal(decimalFromNumber(baseline))
  )
  return compareDecimals(improvement, required) >= 0
}

export type ThresholdCheckName =
  | 'missing_candidate'
  | 'missing_baseline'
  | 'threshold'
  | 'min_absolute_change'
  | 'min_relative_change'

export interface ThresholdCheck {
  check: ThresholdCheckName
  passed: boolean
  /** MLflow's failure sentence for this check (empty when it passed). */
  message: string
}

export interface MetricValidationResult {
  metric: string
  candidate?: number
  baseline?: number
  passed: boolean
  checks: ThresholdCheck[]
}

export interface ValidationOutcome {
  passed: boolean
  results: MetricValidationResult[]
  /** The failure sentences joined by newlines (MLflow's ModelValidationFailedException). */
  message: string
}

/**
 * Checks one metric against its MetricThreshold, collecting every failure (MLflow's
 * _MetricValidationResult): missing candidate (nothing else is checked), threshold, missing
 * baseline (then no change checks), absolute change, relative change.
 */
export function validateMetric(
  metric: string,
  threshold: MetricThreshold,
  candidate: number | undefined,
  baseline: number | undefined,
  mode: ComparisonMode = 'exact'
): MetricValidationResult {
  const checks: ThresholdCheck[] = []
  const result = (): MetricValidationResult => ({
    metric,
    ...(candidate === undefined ? {} : { candidate }),
    ...(baseline === undefined ? {} : { baseline }),
    passed: checks.every((check) => check.passed),
    checks
  })
  if (candidate === undefined) {
    checks.push({
      check: 'missing_candidate',
      passed: false,
      message:
        `Metric validation failed: metric ${metric} was missing from the evaluation result of ` +
        'the candidate model.'
    })
    return result()
  }
  const gib = threshold.greaterIsBetter
  const cand = `candidate model ${metric} = ${candidate}`
  if (threshold.threshold !== undefined) {
    const passed = meetsThreshold(candidate, threshold.threshold, gib)
    checks.push({
      check: 'threshold',
      passed,
      message: passed
        ? ''
        : `Metric ${metric} value threshold check failed: ${cand}, ${metric} threshold = ` +
          `${threshold.threshold}.`
    })
  }
  const needsBaseline =
    threshold.minAbsoluteChange !== undefined || threshold.minRelativeChange !== undefined
  if (!needsBaseline) return result()
  if (baseline === undefined) {
    checks.push({
      check: 'missing_baseline',
      passed: false,
      message:
        `Model comparison failed: metric ${metric} was missing from the evaluation result of ` +
        'the baseline model.'
    })
    return result()
  }
  const base = `baseline model ${metric} = ${baseline}`
  if (threshold.minAbsoluteChange !== undefined) {
    const passed = meetsAbsoluteChange(candidate, baseline, threshold.minAbsoluteChange, gib, mode)
    checks.push({
      check: 'min_absolute_change',
      passed,
      message: passed
        ? ''
        : `Metric ${metric} minimum absolute change check failed: ${cand}, ${base}, ${metric} ` +
          `minimum absolute change threshold = ${threshold.minAbsoluteChange}.`
    })
  }
  if (threshold.minRelativeChange !== undefined) {
    const passed = meetsRelativeChange(candidate, baseline, threshold.minRelativeChange, gib, mode)
    checks.push({
      check: 'min_relative_change',
      passed,
      message: passed
        ? ''
        : `Metric ${metric} minimum relative change check failed: ${cand}, ${base}, ${metric} ` +
          `minimum relative change threshold = ${threshold.minRelativeChange}.`
    })
  }
  return result()
}

/**
 * mlflow.validate_evaluation_results(candidate, baseline, thresholds) without the exception:
 * every metric is checked, every failure collected. `baseline` undefined = no baseline model.
 */
export function validateMetricThresholds(
  thresholds: Readonly<Record<string, MetricThreshold>>,
  candidate: Readonly<Record<string, number>>,
  baseline: Readonly<Record<string, number>> | undefined,
  mode: ComparisonMode = 'exact'
): ValidationOutcome {
  const results = Object.entries(thresholds).map(([metric, threshold]) =>
    validateMetric(
      metric,
      threshold,
      Object.hasOwn(candidate, metric) ? candidate[metric] : undefined,
      baseline !== undefined && Object.hasOwn(baseline, metric) ? baseline[metric] : undefined,
      mode
    )
  )
  const failures = results
    .filter((r) => !r.passed)
    .map((r) =>
      r.checks
        .filter((c) => !c.passed)
        .map((c) => c.message)
        .join(' ')
    )
  return { passed: failures.length === 0, results, message: failures.join('\n') }
}
