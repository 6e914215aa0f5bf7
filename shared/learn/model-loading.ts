import { InputError } from '../errors.js'
import { LEARNING_TASKS } from './learning-task.js'
import type { LearningTask } from './learning-task.js'
import { encodedWidth } from './linear-encoding.js'
import { ALGORITHMS, MODEL_FORMAT, MODEL_FORMAT_VERSION, outputCount } from './model-format.js'
import type { ModelFeature, TollgateModel, TreeJson } from './model-format.js'
import { MAX_VALUE_BINS } from './tree-binning.js'

/**
 * Reads a model file back, checking every field a prediction relies on, so that a truncated,
 * hand-edited or foreign JSON file fails with the field at fault instead of producing NaN
 * predictions (or an endless tree walk) later. Errors are InputErrors whose location names the
 * file (`source`) and the JSON path of the bad field.
 */

/** Parses model text (the file's content). */
export function parseModelText(text: string, source = 'model.json'): TollgateModel {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new InputError(
      { file: source },
      `not a Tollgate model: the file is not valid JSON (${(error as Error).message})`
    )
  }
  return validateModel(value, source)
}

/** Validates an already-parsed value and returns it typed as a model. */
export function validateModel(value: unknown, source = 'model.json'): TollgateModel {
  const fail = (path: string, detail: string): never => {
    throw new InputError({ file: source, field: path }, detail)
  }
  const root = expectObject(value, '$', fail)
  if (root.format !== MODEL_FORMAT) {
    fail(
      'format',
      `not a Tollgate model: expected "format": "${MODEL_FORMAT}", found ${describe(root.format)}`
    )
  }
  if (root.formatVersion !== MODEL_FORMAT_VERSION) {
    fail(
      'formatVersion',
      `model format version ${describe(root.formatVersion)} is not supported; this version of ` +
        `Tollgate reads version ${MODEL_FORMAT_VERSION}`
    )
  }
  const algorithm = root.algorithm
  if (typeof algorithm !== 'string' || !(ALGORITHMS as readonly string[]).includes(algorithm)) {
    fail('algorithm', `expected one of ${ALGORITHMS.join(', ')}, found ${describe(algorithm)}`)
  }
  const task = root.task as LearningTask
  if (!LEARNING_TASKS.includes(task)) {
    fail('task', `expected one of ${LEARNING_TASKS.join(', ')}, found ${describe(task)}`)
  }
  if (typeof root.target !== 'string') fail('target', 'expected the target column name')
  if (algorithm === 'logistic-regression' && task === 'regression') {
    fail('task', 'a logistic-regression model cannot have task regression')
  }
  if (algorithm === 'linear-regression' && task !== 'regression') {
    fail('task', `a linear-regression model cannot have task ${task}`)
  }
  let classCount = 0
  if (task === 'regression') {
    if (root.classes !== null) fail('classes', 'a regression model has "classes": null')
  } else {
    const classes = expectArray(root.classes, 'classes', fail)
    classCount = classes.length
    const kinds = new Set(classes.map((label) => typeof label))
    if (
      classCount < 2 ||
      (task === 'binary' && classCount !== 2) ||
      (task === 'multiclass' && classCount < 3) ||
      kinds.size !== 1 ||
      !(kinds.has('string') || kinds.has('number')) ||
      new Set(classes).size !== classCount
    ) {
      fail('classes', `expected ${task === 'binary' ? '2' : '3 or more'} distinct labels`)
    }
  }
  const features = expectArray(root.features, 'features', fail).map((feature, f) =>
    validateFeature(feature, `features[${f}]`, algorithm as string, fail)
  )
  if (new Set(features.map((feature) => feature.name)).size !== features.length) {
    fail('features', 'feature names must be unique')
  }
  const params = expectObject(root.params, 'params', fail)
  for (const [key, param] of Object.entries(params)) {
    if (!(param === null || ['number', 'string', 'boolean'].includes(typeof param))) {
      fail(`params.${key}`, `expected a number, text, true/false or null`)
    }
  }
  const training = expectObject(root.training, 'training', fail)
  expectFinite(training.seed, 'training.seed', fail)
  if (training.validationFraction !== null) {
    expectFinite(training.validationFraction, 'training.validationFraction', fail)
  }
  const rows = expectObject(training.rows, 'training.rows', fail)
  expectFinite(rows.train, 'training.rows.train', fail)
  expectFinite(rows.validation, 'training.rows.validation', fail)
  expectArray(root.featureImportances, 'featureImportances', fail).forEach((entry, k) => {
    const item = expectObject(entry, `featureImportances[${k}]`, fail)
    if (typeof item.feature !== 'string')
      fail(`featureImportances[${k}].feature`, 'expected a name')
    expectFinite(item.importance, `featureImportances[${k}].importance`, fail)
  })

  const outputs = outputCount(task, classCount)
  if (algorithm === 'gbdt') validateEnsemble(root.gbdt, features, outputs, fail)
  else validateLinear(root.linear, features, outputs, fail)
  return value as TollgateModel
}

type Fail = (path: string, detail: string) => never

function validateFeature(
  value: unknown,
  path: string,
  algorithm: string,
  fail: Fail
): ModelFeature {
  const feature = expectObject(value, path, fail)
  if (typeof feature.name !== 'string') fail(`${path}.name`, 'expected the column name')
  if (feature.kind !== 'numeric' && feature.kind !== 'categorical') {
    fail(`${path}.kind`, `expected numeric or categorical, found ${describe(feature.kind)}`)
  }
  const encoding = expectObject(feature.encoding, `${path}.encoding`, fail)
  const at = `${path}.encoding`
  const linear = algorithm !== 'gbdt'
  const expected =
    feature.kind === 'numeric'
      ? linear
        ? 'standardize'
        : 'passthrough'
      : linear
        ? 'one-hot'
        : 'codes'
  if (encoding.type !== expected) {
    fail(`${at}.type`, `a ${feature.kind} feature of a ${algorithm} model has encoding ${expected}`)
  }
  if (expected === 'standardize') {
    expectFinite(encoding.mean, `${at}.mean`, fail)
    const scale = expectFinite(encoding.scale, `${at}.scale`, fail)
    if (!(scale > 0)) fail(`${at}.scale`, 'expected a positive scale')
    expectBoolean(encoding.valueColumn, `${at}.valueColumn`, fail)
    expectBoolean(encoding.missingIndicator, `${at}.missingIndicator`, fail)
  } else if (expected === 'one-hot' || expected === 'codes') {
    const levels = expectArray(encoding.levels, `${at}.levels`, fail)
    levels.forEach((level, k) => {
      if (!(typeof level === 'string' || (level === null && expected === 'one-hot'))) {
        fail(`${at}.levels[${k}]`, 'expected a category value')
      }
    })
    if (new Set(levels).size !== levels.length) fail(`${at}.levels`, 'levels must be unique')
    expectBoolean(encoding.other, `${at}.other`, fail)
    if (expected === 'codes' && levels.length + (encoding.other ? 1 : 0) > MAX_VALUE_BINS) {
      fail(`${at}.levels`, `at most ${MAX_VALUE_BINS} category codes`)
    }
  }
  return value as ModelFeature
}

function validateLinear(
  value: unknown,
  features: readonly ModelFeature[],
  outputs: number,
  fail: Fail
): void {
  const linear = expectObject(value, 'linear', fail)
  const width = features.reduce((sum, feature) => sum + encodedWidth(feature.encoding), 0)
  const columns = expectArray(linear.columns, 'linear.columns', fail)
  if (columns.length !== width || columns.some((name) => typeof name !== 'string')) {
    fail('linear.columns', `expected ${width} column names (the features' encoded columns)`)
  }
  const coefficients = expectArray(linear.coefficients, 'linear.coefficients', fail)
  if (coefficients.length !== outputs) {
    fail(
      'linear.coefficients',
      `expected ${outputs} coefficient rows, found ${coefficients.length}`
    )
  }
  coefficients.forEach((row, k) => {
    const values = expectArray(row, `linear.coefficients[${k}]`, fail)
    if (values.length !== width) {
      fail(`linear.coefficients[${k}]`, `expected ${width} coefficients, found ${values.length}`)
    }
    values.forEach((coefficient, j) =>
      expectFinite(coefficient, `linear.coefficients[${k}][${j}]`, fail)
    )
  })
  const intercepts = expectArray(linear.intercepts, 'linear.intercepts', fail)
  if (intercepts.length !== outputs) {
    fail('linear.intercepts', `expected ${outputs} intercepts, found ${intercepts.length}`)
  }
  intercepts.forEach((intercept, k) => expectFinite(intercept, `linear.intercepts[${k}]`, fail))
}

function validateEnsemble(
  value: unknown,
  features: readonly ModelFeature[],
  outputs: number,
  fail: Fail
): void {
  const gbdt = expectObject(value, 'gbdt', fail)
  const baseline = expectArray(gbdt.baseline, 'gbdt.baseline', fail)
  if (baseline.length !== outputs) {
    fail('gbdt.baseline', `expected ${outputs} values, found ${baseline.length}`)
  }
  baseline.forEach((score, k) => expectFinite(score, `gbdt.baseline[${k}]`, fail))
  expectArray(gbdt.trees, 'gbdt.trees', fail).forEach((iteration, t) => {
    const group = expectArray(iteration, `gbdt.trees[${t}]`, fail)
    if (group.length !== outputs) {
      fail(`gbdt.trees[${t}]`, `expected ${outputs} trees (one per output), found ${group.length}`)
    }
    group.forEach((tree, k) => validateTree(tree, `gbdt.trees[${t}][${k}]`, features, fail))
  })
}

function validateTree(
  value: unknown,
  path: string,
  features: readonly ModelFeature[],
  fail: Fail
): void {
  const tree = expectObject(value, path, fail) as unknown as Record<keyof TreeJson, unknown>
  const keys: (keyof TreeJson)[] = [
    'feature',
    'threshold',
    'leftCategories',
    'missingLeft',
    'left',
    'right',
    'value'
  ]
  const arrays = keys.map((key) => expectArray(tree[key], `${path}.${key}`, fail))
  const size = arrays[0]!.length
  if (size === 0 || arrays.some((array) => array.length !== size)) {
    fail(path, 'the node arrays must be non-empty and of equal length')
  }
  const [feature, threshold, leftCategories, missingLeft, left, right, leaf] = arrays
  for (let node = 0; node < size; node++) {
    const at = `${path}[node ${node}]`
    const f = feature![node]
    expectBoolean(missingLeft![node], `${at}.missingLeft`, fail)
    expectFinite(leaf![node], `${at}.value`, fail)
    if (f === -1) {
      if (left![node] !== -1 || right![node] !== -1) fail(at, 'a leaf has children -1')
      continue
    }
    if (!Number.isInteger(f) || (f as number) < 0 || (f as number) >= features.length) {
      fail(`${at}.feature`, `expected −1 or a feature index below ${features.length}`)
    }
    // Children after their parent: the walk from the root always ends at a leaf.
    for (const child of [left![node], right![node]]) {
      if (!Number.isInteger(child) || (child as number) <= node || (child as number) >= size) {
        fail(at, `child ${describe(child)} must be a later node index below ${size}`)
      }
    }
    const encoding = features[f as number]!.encoding
    if (encoding.type === 'codes') {
      const codes = expectArray(leftCategories![node], `${at}.leftCategories`, fail)
      const codeCount = encoding.levels.length + (encoding.other ? 1 : 0)
      codes.forEach((code) => {
        if (!Number.isInteger(code) || (code as number) < 0 || (code as number) >= codeCount) {
          fail(`${at}.leftCategories`, `expected category codes below ${codeCount}`)
        }
      })
    } else {
      expectFinite(threshold![node], `${at}.threshold`, fail)
    }
  }
}

function expectObject(value: unknown, path: string, fail: Fail): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(path, `expected an object, found ${describe(value)}`)
  }
  return value as Record<string, unknown>
}

function expectArray(value: unknown, path: string, fail: Fail): unknown[] {
  if (!Array.isArray(value)) return fail(path, `expected an array, found ${describe(value)}`)
  return value
}

function expectFinite(value: unknown, path: string, fail: Fail): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return fail(path, `expected a finite number, found ${describe(value)}`)
  }
  return value
}

function expectBoolean(value: unknown, path: string, fail: Fail): void {
  if (typeof value !== 'boolean') fail(path, `expected true or false, found ${describe(value)}`)
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object' && value !== null) return 'an object'
  return JSON.stringify(value)
}
