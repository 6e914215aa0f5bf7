import type { SourceLocation } from '../errors.js'
import { InputError } from '../errors.js'
import type { ClassAverage } from '../evaluation/classification-metrics.js'
import type { MetricName, MetricOptions } from '../evaluation/metrics.js'
import { isMetricName, METRICS, unknownMetricMessage } from '../evaluation/metrics.js'
import { closestName } from '../text/closest-name.js'
import type { PairedBootstrapOptions } from './bootstrap.js'
import {
  DEFAULT_BOOTSTRAP_REPLICATES,
  DEFAULT_BOOTSTRAP_SEED,
  MINIMUM_BOOTSTRAP_REPLICATES
} from './bootstrap.js'
import type { McNemarMethod } from './mcnemar.js'
import type { ComparisonMode } from './metric-threshold.js'

/**
 * The evaluate-gate rules file (e.g. gate.yml), after YAML parsing: the typed form and its
 * validation. The parser supplies `locate` so every error names the file, line and key.
 *
 * ```yaml
 * comparison: exact              # or mlflow-compatible (see metric-threshold.ts)
 * bootstrap: { replicates: 2000, seed: 7, stratified: false, interval: bca }
 * metrics:
 *   accuracy:
 *     min: 0.8                                  # absolute bounds, inclusive
 *     max_regression: 0.01                      # vs champion, metric units
 *     require_significance: { test: mcnemar, alpha: 0.05 }
 *   roc_auc:
 *     min_improvement: { value: 0.02, relative: true }   # ≥ 2 % better than the champion
 *     require_significance: { test: delong, margin: 0.01 } # non-inferiority within 0.01
 *   rmse:
 *     max: 3.5                                  # greater_is_better inferred (false)
 * ```
 */

export type SignificanceTest = 'bootstrap' | 'mcnemar' | 'delong'
export type BootstrapInterval = 'percentile' | 'basic' | 'bca'

/** A required change vs the champion: in metric units, or as a share of |champion|. */
export interface ChangeRequirement {
  readonly value: number
  readonly relative: boolean
}

/**
 * Statistical evidence the candidate must show. Without `margin`: superiority (the
 * (1 − alpha) interval of the improvement lies above 0, or p < alpha with the effect in the
 * candidate's favour). With `margin` ≥ 0: non-inferiority (the interval's lower bound of the
 * improvement is above −margin).
 */
export interface SignificanceRequirement {
  readonly test: SignificanceTest
  readonly alpha: number
  readonly margin?: number
  /** McNemar variant (default exact). */
  readonly method?: McNemarMethod
}

export interface MetricRule {
  readonly metric: MetricName
  readonly greaterIsBetter: boolean
  /** True when greater_is_better came from the metric catalogue rather than the file. */
  readonly greaterIsBetterInferred: boolean
  readonly min?: number
  readonly max?: number
  readonly minImprovement?: ChangeRequirement
  readonly maxRegression?: ChangeRequirement
  readonly requireSignificance?: SignificanceRequirement
  /** How the metric is computed (precision/recall/F1 averaging, multiclass AUC averaging). */
  readonly options: MetricOptions
}

export interface BootstrapSettings {
  readonly replicates: number
  readonly seed: number
  /** Resample within each true class (classification only). */
  readonly stratified: boolean
  /** Which interval decides bootstrap significance rules. */
  readonly interval: BootstrapInterval
}

export interface GateRules {
  readonly comparison: ComparisonMode
  readonly bootstrap: BootstrapSettings
  readonly rules: readonly MetricRule[]
}

/** Path of a key in the parsed file, e.g. ['metrics', 'accuracy', 'min']. */
export type KeyPath = readonly (string | number)[]

/** Maps a key path to where it is written (file, line, column); the YAML parser provides it. */
export type LocateKey = (path: KeyPath) => SourceLocation

const TOP_KEYS = ['comparison', 'bootstrap', 'metrics'] as const
const RULE_KEYS = [
  'min',
  'max',
  'min_improvement',
  'max_regression',
  'greater_is_better',
  'require_significance',
  'average'
] as const
const SIGNIFICANCE_KEYS = ['test', 'alpha', 'margin', 'method'] as const
const CHANGE_KEYS = ['value', 'relative'] as const
const BOOTSTRAP_KEYS = ['replicates', 'seed', 'stratified', 'interval'] as const
const TESTS: readonly SignificanceTest[] = ['bootstrap', 'mcnemar', 'delong']
const INTERVALS: readonly BootstrapInterval[] = ['percentile', 'basic', 'bca']
const MODES: readonly ComparisonMode[] = ['exact', 'mlflow-compatible']
const MCNEMAR_METHODS: readonly McNemarMethod[] = ['exact', 'chi-square-corrected', 'chi-square']
const CLASS_AVERAGES: readonly ClassAverage[] = ['binary', 'macro', 'weighted', 'micro']

function defaultLocate(path: KeyPath): SourceLocation {
  return { field: path.join('.') }
}

type Mapping = Record<string, unknown>

function isMapping(value: unknown): value is Mapping {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  return JSON.stringify(value)
}

/** Parses and validates a rules object; every error is an InputError at the offending key. */
export function parseGateRules(raw: unknown, locate: LocateKey = defaultLocate): GateRules {
  const error = (path: KeyPath, detail: string) => new InputError(locate(path), detail)

  const mapping = (value: unknown, path: KeyPath, what: string): Mapping => {
    if (!isMapping(value)) throw error(path, `${what} must be a mapping, got ${describe(value)}`)
    return value
  }
  const knownKeys = (value: Mapping, path: KeyPath, keys: readonly string[], what: string) => {
    for (const key of Object.keys(value)) {
      if (keys.includes(key)) continue
      const suggestion = closestName(key, keys)
      throw error(
        [...path, key],
        `unknown key ${JSON.stringify(key)} in ${what}` +
          (suggestion === undefined ? '' : ` (did you mean ${JSON.stringify(suggestion)}?)`) +
          `; allowed: ${keys.join(', ')}`
      )
    }
  }
  const finite = (value: unknown, path: KeyPath): number => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw error(path, `expected a number, got ${describe(value)}`)
    }
    return value
  }
  const oneOf = <T extends string>(value: unknown, path: KeyPath, options: readonly T[]): T => {
    if (typeof value === 'string' && (options as readonly string[]).includes(value)) {
      return value as T
    }
    const suggestion = typeof value === 'string' ? closestName(value, options) : undefined
    throw error(
      path,
      `expected one of ${options.join(', ')}, got ${describe(value)}` +
        (suggestion === undefined ? '' : ` (did you mean ${JSON.stringify(suggestion)}?)`)
    )
  }
  const boolean = (value: unknown, path: KeyPath): boolean => {
    if (typeof value !== 'boolean')
      throw error(path, `expected true or false, got ${describe(value)}`)
    return value
  }

  const top = mapping(raw ?? {}, [], 'the gate rules')
  knownKeys(top, [], TOP_KEYS, 'the gate rules')
  const comparison =
    top.comparison === undefined ? 'exact' : oneOf(top.comparison, ['comparison'], MODES)
  const bootstrap = parseBootstrap(top.bootstrap)

  if (top.metrics === undefined) {
    throw error(['metrics'], 'the gate rules need a "metrics" mapping with at least one metric')
  }
  const metrics = mapping(top.metrics, ['metrics'], '"metrics"')
  const names = Object.keys(metrics)
  if (names.length === 0) throw error(['metrics'], '"metrics" lists no metric; add at least one')
  const rules = names.map((name) => parseRule(name, metrics[name]))
  return { comparison, bootstrap, rules }

  function parseBootstrap(value: unknown): BootstrapSettings {
    const settings: BootstrapSettings = {
      replicates: DEFAULT_BOOTSTRAP_REPLICATES,
      seed: DEFAULT_BOOTSTRAP_SEED,
      stratified: false,
      interval: 'bca'
    }
    if (value === undefined) return settings
    const path = ['bootstrap']
    const given = mapping(value, path, '"bootstrap"')
    knownKeys(given, path, BOOTSTRAP_KEYS, '"bootstrap"')
    let { replicates, seed } = settings
    if (given.replicates !== undefined) {
      replicates = finite(given.replicates, [...path, 'replicates'])
      if (!Number.isInteger(replicates) || replicates < MINIMUM_BOOTSTRAP_REPLICATES) {
        throw error(
          [...path, 'replicates'],
          `replicates must be a whole number of at least ${MINIMUM_BOOTSTRAP_REPLICATES}, got ${replicates}`
        )
      }
    }
    if (given.seed !== undefined) {
      seed = finite(given.seed, [...path, 'seed'])
      if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
        throw error([...path, 'seed'], `seed must be a whole number in 0..4294967295, got ${seed}`)
      }
    }
    return {
      replicates,
      seed,
      stratified:
        given.stratified === undefined ? false : boolean(given.stratified, [...path, 'stratified']),
      interval:
        given.interval === undefined
          ? 'bca'
          : oneOf(given.interval, [...path, 'interval'], INTERVALS)
    }
  }

  function parseChange(value: unknown, path: KeyPath, key: string): ChangeRequirement {
    let amount: number
    let relative = false
    if (isMapping(value)) {
      knownKeys(value, path, CHANGE_KEYS, `"${key}"`)
      if (value.value === undefined) throw error(path, `"${key}" needs a "value"`)
      amount = finite(value.value, [...path, 'value'])
      if (value.relative !== undefined) relative = boolean(value.relative, [...path, 'relative'])
    } else {
      amount = finite(value, path)
    }
    if (amount < 0) {
      throw error(
        path,
        `${key} must not be negative, got ${amount}` +
          (key === 'min_improvement'
            ? '; to let the candidate be somewhat worse than the champion use max_regression'
            : '')
      )
    }
    if (comparison === 'mlflow-compatible' && key === 'min_improvement') {
      // MLflow's MetricThreshold constructor: min_absolute_change > 0, min_relative_change in [0, 1].
      if (!relative && amount === 0) {
        throw error(
          path,
          'mlflow-compatible mode: min_improvement (min_absolute_change) must be positive'
        )
      }
      if (relative && amount > 1) {
        throw error(
          path,
          `mlflow-compatible mode: a relative min_improvement (min_relative_change) must be between 0 and 1, got ${amount}`
        )
      }
    }
    return { value: amount, relative }
  }

  function parseSignificance(
    value: unknown,
    path: KeyPath,
    metric: MetricName
  ): SignificanceRequirement {
    const given: Mapping =
      typeof value === 'string' ? { test: value } : mapping(value, path, '"require_significance"')
    knownKeys(given, path, SIGNIFICANCE_KEYS, '"require_significance"')
    if (given.test === undefined) {
      throw error(path, `"require_significance" needs a "test": ${TESTS.join(', ')}`)
    }
    const test = oneOf(given.test, typeof value === 'string' ? path : [...path, 'test'], TESTS)
    let alpha = 0.05
    if (given.alpha !== undefined) {
      alpha = finite(given.alpha, [...path, 'alpha'])
      if (!(alpha > 0 && alpha < 1)) {
        throw error([...path, 'alpha'], `alpha must be between 0 and 1 (e.g. 0.05), got ${alpha}`)
      }
    }
    const requirement: {
      test: SignificanceTest
      alpha: number
      margin?: number
      method?: McNemarMethod
    } = {
      test,
      alpha
    }
    if (given.margin !== undefined) {
      const margin = finite(given.margin, [...path, 'margin'])
      if (margin < 0) {
        throw error(
          [...path, 'margin'],
          `the non-inferiority margin must not be negative, got ${margin} (it is how much worse ` +
            'than the champion the candidate may be, in metric units)'
        )
      }
      if (test === 'mcnemar') {
        throw error(
          [...path, 'margin'],
          "McNemar's test has no non-inferiority margin; use test: bootstrap for a margin on accuracy"
        )
      }
      requirement.margin = margin
    }
    if (given.method !== undefined) {
      if (test !== 'mcnemar')
        throw error([...path, 'method'], '"method" applies to test: mcnemar only')
      requirement.method = oneOf(given.method, [...path, 'method'], MCNEMAR_METHODS)
    }
    if (test === 'mcnemar' && metric !== 'accuracy') {
      throw error(
        path,
        `McNemar's test compares accuracy (per-row correctness), not ${metric}; use bootstrap`
      )
    }
    if (test === 'delong' && metric !== 'roc_auc') {
      throw error(path, `DeLong's test compares ROC AUC, not ${metric}; use bootstrap`)
    }
    return requirement
  }

  function parseRule(name: string, value: unknown): MetricRule {
    const path = ['metrics', name]
    if (!isMetricName(name)) throw error(path, unknownMetricMessage(name))
    const given = mapping(value, path, `the rule for ${name}`)
    knownKeys(given, path, RULE_KEYS, `the rule for ${name}`)
    const definition = METRICS[name]
    const rule: {
      -readonly [K in keyof MetricRule]: MetricRule[K]
    } = {
      metric: name,
      greaterIsBetter: definition.greaterIsBetter,
      greaterIsBetterInferred: true,
      options: {}
    }
    if (given.greater_is_better !== undefined) {
      rule.greaterIsBetter = boolean(given.greater_is_better, [...path, 'greater_is_better'])
      rule.greaterIsBetterInferred = false
    }
    if (given.min !== undefined) rule.min = finite(given.min, [...path, 'min'])
    if (given.max !== undefined) rule.max = finite(given.max, [...path, 'max'])
    if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) {
      throw error([...path, 'min'], `min ${rule.min} is above max ${rule.max}; no value can pass`)
    }
    if (given.min_improvement !== undefined) {
      rule.minImprovement = parseChange(
        given.min_improvement,
        [...path, 'min_improvement'],
        'min_improvement'
      )
    }
    if (given.max_regression !== undefined) {
      rule.maxRegression = parseChange(
        given.max_regression,
        [...path, 'max_regression'],
        'max_regression'
      )
    }
    if (given.require_significance !== undefined) {
      rule.requireSignificance = parseSignificance(
        given.require_significance,
        [...path, 'require_significance'],
        name
      )
    }
    if (given.average !== undefined) {
      const averagePath = [...path, 'average']
      if (name === 'roc_auc') {
        rule.options = {
          rocAucAverage: oneOf(given.average, averagePath, ['macro', 'weighted'] as const)
        }
      } else if (name === 'precision' || name === 'recall' || name === 'f1') {
        rule.options = { average: oneOf(given.average, averagePath, CLASS_AVERAGES) }
      } else {
        throw error(
          averagePath,
          `"average" applies to precision, recall, f1 and roc_auc, not ${name}`
        )
      }
    }
    const conditions = ['min', 'max', 'min_improvement', 'max_regression', 'require_significance']
    if (!conditions.some((key) => given[key] !== undefined)) {
      throw error(
        path,
        `the rule for ${name} sets no condition; use one of ${conditions.join(', ')}`
      )
    }
    return rule
  }
}

/** Options for pairedBootstrap implied by the rules for one significance requirement. */
export function bootstrapOptionsFor(
  rules: GateRules,
  requirement: SignificanceRequirement,
  strata: ArrayLike<number> | undefined
): PairedBootstrapOptions {
  return {
    replicates: rules.bootstrap.replicates,
    seed: rules.bootstrap.seed,
    confidenceLevel: 1 - requirement.alpha,
    ...(rules.bootstrap.stratified && strata !== undefined ? { strata } : {})
  }
}
