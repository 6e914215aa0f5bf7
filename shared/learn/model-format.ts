import type { ClassLabel } from '../evaluation/label-encoding.js'
import type { ColumnKind } from './data-table.js'
import type { LearningTask } from './learning-task.js'

/**
 * The portable model file the built-in learners write and every other action reads
 * (register-model stores it, evaluate-gate and drift-check predict with it). Plain JSON — no
 * typed arrays, no NaN or Infinity — so `JSON.parse(JSON.stringify(model))` is the same model,
 * bit for bit, and the file can be diffed, hashed and read by other tools.
 *
 * Shape (formatVersion 1):
 * ```
 * { format: 'tollgate-model', formatVersion: 1,
 *   algorithm: 'logistic-regression' | 'linear-regression' | 'gbdt',
 *   task: 'binary' | 'multiclass' | 'regression', target: <column name>,
 *   classes: [sorted labels] | null,           // classes[1] is the positive class of a binary task
 *   features: [{ name, kind: 'numeric' | 'categorical', encoding }],
 *   params: { ...resolved hyper-parameters, scikit-learn names },
 *   training: { seed, validationFraction, rows: { train, validation } },
 *   featureImportances: [{ feature, importance }],   // sums to 1, largest first
 *   linear: { columns, coefficients, intercepts }    // linear algorithms only
 *   gbdt: { baseline, trees }                        // gbdt only
 * }
 * ```
 * Raw scores: a linear model's output k is intercepts[k] + Σ_j coefficients[k][j]·x_j over the
 * encoded columns; a GBDT's output k is baseline[k] + Σ_iterations tree[k](row). Binary tasks
 * have one output (the log-odds of classes[1]), multiclass tasks K outputs (softmax), regression
 * one output (the prediction).
 */

export const MODEL_FORMAT = 'tollgate-model'
export const MODEL_FORMAT_VERSION = 1

export type Algorithm = 'logistic-regression' | 'linear-regression' | 'gbdt'

export const ALGORITHMS: readonly Algorithm[] = ['logistic-regression', 'linear-regression', 'gbdt']

/**
 * Linear models, numeric feature: z = (x − mean) / scale, a missing x imputed with the mean
 * (z = 0). `valueColumn` is false when the feature was constant on the training rows (its z
 * would be 0 everywhere); `missingIndicator` adds a 0/1 column "x is missing", present when the
 * training rows had missing values.
 */
export interface StandardizeEncoding {
  type: 'standardize'
  mean: number
  /** Population standard deviation (ddof 0, as sklearn's StandardScaler) of the training rows. */
  scale: number
  valueColumn: boolean
  missingIndicator: boolean
}

/**
 * Linear models, categorical feature: one 0/1 column per level in `levels` (the most frequent
 * training levels; `null` is the level "missing"), then, when `other` is true, an "other" column
 * for every value not in `levels` — infrequent training levels and categories never seen in
 * training. When `other` is false, an unknown value encodes as all zeros.
 */
export interface OneHotEncoding {
  type: 'one-hot'
  levels: (string | null)[]
  other: boolean
}

/** Trees, numeric feature: splits compare the raw value (no transformation). */
export interface PassthroughEncoding {
  type: 'passthrough'
}

/**
 * Trees, categorical feature: the value `levels[c]` has code c; when `other` is true, code
 * `levels.length` stands for every other value (infrequent training levels and unseen ones).
 * When `other` is false an unseen value is treated as missing (sklearn's HistGradientBoosting
 * does the same with unknown categories). `null` is always "missing".
 */
export interface CategoryCodesEncoding {
  type: 'codes'
  levels: string[]
  other: boolean
}

export type FeatureEncoding =
  StandardizeEncoding | OneHotEncoding | PassthroughEncoding | CategoryCodesEncoding

export interface ModelFeature {
  name: string
  kind: ColumnKind
  encoding: FeatureEncoding
}

export interface LinearWeights {
  /** Names of the encoded columns, in design-matrix order ("age", "age (missing)", "city=Oslo"). */
  columns: string[]
  /** coefficients[output][column], one output per raw score. */
  coefficients: number[][]
  /** Unpenalised intercept per output. */
  intercepts: number[]
}

/**
 * One regression tree as parallel arrays indexed by node (node 0 is the root). An internal node
 * sends a row left when: the value is missing and `missingLeft`; else, for a numeric feature,
 * value <= threshold; for a categorical feature, its code is in `leftCategories`. A leaf has
 * feature −1 and contributes `value` (learning rate already applied) to the raw score.
 */
export interface TreeJson {
  /** Index into the model's `features`; −1 for a leaf. */
  feature: number[]
  /** Numeric split threshold; 0 for categorical splits and leaves. */
  threshold: number[]
  /** Category codes that go left at a categorical split; null elsewhere. */
  leftCategories: (number[] | null)[]
  missingLeft: boolean[]
  /** Child node indices; −1 for a leaf. */
  left: number[]
  right: number[]
  /** Leaf contribution to the raw score; 0 at internal nodes. */
  value: number[]
}

export interface GbdtEnsemble {
  /** Raw score before any tree, per output (mean, log-odds, or centred log-priors). */
  baseline: number[]
  /** trees[iteration][output]. */
  trees: TreeJson[][]
}

export type ParamValue = number | string | boolean | null

export interface FeatureImportance {
  feature: string
  importance: number
}

export interface TrainingSummary {
  seed: number
  /** The held-out share, or null when the caller chose the validation rows. */
  validationFraction: number | null
  rows: { train: number; validation: number }
}

interface ModelCommon {
  format: typeof MODEL_FORMAT
  formatVersion: typeof MODEL_FORMAT_VERSION
  task: LearningTask
  target: string
  classes: ClassLabel[] | null
  features: ModelFeature[]
  params: Record<string, ParamValue>
  training: TrainingSummary
  featureImportances: FeatureImportance[]
}

export interface LinearModel extends ModelCommon {
  algorithm: 'logistic-regression' | 'linear-regression'
  linear: LinearWeights
}

export interface GbdtModel extends ModelCommon {
  algorithm: 'gbdt'
  gbdt: GbdtEnsemble
}

export type TollgateModel = LinearModel | GbdtModel

/** Number of raw scores a model of this task produces per row. */
export function outputCount(task: LearningTask, classCount: number): number {
  return task === 'multiclass' ? classCount : 1
}
