import { UsageError } from '../errors.js'
import { closestName } from '../text/closest-name.js'
import type { Algorithm, ParamValue } from './model-format.js'
import { MAX_VALUE_BINS } from './tree-binning.js'

/**
 * Hyper-parameters of the built-in learners, named and defaulted as scikit-learn names them
 * (LogisticRegression, Ridge, HistGradientBoostingClassifier/Regressor 1.2) so a data scientist's
 * knowledge — and their notebook's settings — carry over. Every value is checked when read: a
 * typo or an out-of-range value fails the run with a sentence naming the parameter.
 */

export interface LogisticRegressionParams {
  /** Inverse L2 strength: objective C·Σ log-loss + ½‖w‖². */
  C: number
  max_iter: number
  /** Max |gradient| of the mean-scaled objective at convergence (tighter than sklearn's 1e-4). */
  tol: number
  /** One-hot levels kept per categorical feature; the rest share an "other" column. */
  max_categories: number
}

export interface LinearRegressionParams {
  /** Ridge strength (sklearn Ridge alpha); 0 is ordinary least squares. */
  alpha: number
  max_categories: number
}

export interface GbdtParams {
  learning_rate: number
  /** Boosting iterations (trees per output). */
  max_iter: number
  max_leaf_nodes: number
  /** Deepest allowed leaf (root depth 0), or null for no limit. */
  max_depth: number | null
  min_samples_leaf: number
  l2_regularization: number
  /** Value bins per feature, at most 255 (a 256th bin holds missing values). */
  max_bins: number
  /** 'auto' turns early stopping on above 10 000 usable rows, as sklearn does. */
  early_stopping: 'auto' | boolean
  n_iter_no_change: number
  tol: number
}

export type LearnerParams = LogisticRegressionParams | LinearRegressionParams | GbdtParams

type Check = (value: unknown) => boolean
interface ParamSpec {
  readonly default: ParamValue
  readonly check: Check
  readonly expected: string
}

const positive: Check = (v) => typeof v === 'number' && Number.isFinite(v) && v > 0
const nonNegative: Check = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0
const positiveInteger: Check = (v) => Number.isInteger(v) && (v as number) >= 1
const integerFrom =
  (low: number, high = Infinity): Check =>
  (v) =>
    Number.isInteger(v) && (v as number) >= low && (v as number) <= high

const SPECS: Readonly<Record<Algorithm, Readonly<Record<string, ParamSpec>>>> = {
  'logistic-regression': {
    C: { default: 1, check: positive, expected: 'a positive number' },
    max_iter: { default: 1000, check: positiveInteger, expected: 'a positive integer' },
    tol: { default: 1e-8, check: positive, expected: 'a positive number' },
    max_categories: { default: 20, check: positiveInteger, expected: 'a positive integer' }
  },
  'linear-regression': {
    alpha: { default: 0, check: nonNegative, expected: 'a number ≥ 0' },
    max_categories: { default: 20, check: positiveInteger, expected: 'a positive integer' }
  },
  gbdt: {
    learning_rate: { default: 0.1, check: positive, expected: 'a positive number' },
    max_iter: { default: 100, check: positiveInteger, expected: 'a positive integer' },
    max_leaf_nodes: { default: 31, check: integerFrom(2), expected: 'an integer ≥ 2' },
    max_depth: {
      default: null,
      check: (v) => v === null || positiveInteger(v),
      expected: 'a positive integer or null'
    },
    min_samples_leaf: { default: 20, check: positiveInteger, expected: 'a positive integer' },
    l2_regularization: { default: 0, check: nonNegative, expected: 'a number ≥ 0' },
    max_bins: {
      default: MAX_VALUE_BINS,
      check: integerFrom(2, MAX_VALUE_BINS),
      expected: `an integer from 2 to ${MAX_VALUE_BINS}`
    },
    early_stopping: {
      default: 'auto',
      check: (v) => v === 'auto' || typeof v === 'boolean',
      expected: "'auto', true or false"
    },
    n_iter_no_change: { default: 10, check: positiveInteger, expected: 'a positive integer' },
    tol: { default: 1e-7, check: nonNegative, expected: 'a number ≥ 0' }
  }
}

/** The parameter names an algorithm accepts. */
export function paramNames(algorithm: Algorithm): string[] {
  return Object.keys(SPECS[algorithm])
}

/** Given parameters merged over the defaults, every value checked. */
export function resolveParams(
  algorithm: 'logistic-regression',
  given?: Readonly<Record<string, unknown>>
): LogisticRegressionParams
export function resolveParams(
  algorithm: 'linear-regression',
  given?: Readonly<Record<string, unknown>>
): LinearRegressionParams
export function resolveParams(
  algorithm: 'gbdt',
  given?: Readonly<Record<string, unknown>>
): GbdtParams
export function resolveParams(
  algorithm: Algorithm,
  given?: Readonly<Record<string, unknown>>
): LearnerParams
export function resolveParams(
  algorithm: Algorithm,
  given: Readonly<Record<string, unknown>> = {}
): LearnerParams {
  const specs = SPECS[algorithm]
  const names = Object.keys(specs)
  const resolved: Record<string, ParamValue> = {}
  for (const [name, value] of Object.entries(given)) {
    const spec = specs[name]
    if (spec === undefined) {
      const suggestion = closestName(name, names)
      throw new UsageError(
        `unknown parameter ${JSON.stringify(name)} for ${algorithm}` +
          (suggestion === undefined ? '' : ` (did you mean ${JSON.stringify(suggestion)}?)`) +
          `; known parameters: ${names.join(', ')}`
      )
    }
    if (value === undefined) continue
    if (!spec.check(value)) {
      throw new UsageError(
        `parameter ${name} of ${algorithm} must be ${spec.expected}, got ${JSON.stringify(value)}`
      )
    }
    resolved[name] = value as ParamValue
  }
  for (const [name, spec] of Object.entries(specs)) {
    if (!(name in resolved)) resolved[name] = spec.default
  }
  return resolved as unknown as LearnerParams
}
