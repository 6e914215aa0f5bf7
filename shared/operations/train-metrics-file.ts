import { InputError } from '../errors.js'
import type { JsonValue } from '../store/canonical-json.js'

/**
 * Readers of the small JSON files a training run leaves in its output directory, written by
 * Tollgate or by a user's training command: `metrics.json` (a flat object of numbers),
 * `params.json` (a flat object of scalars) and `feature-importances.json`. Errors name the file
 * and the key and say what was expected, since a command author reads them to fix their script.
 */

/**
 * Metrics: `{ "accuracy": 0.91, "auc": 0.95 }`. Every value must be a finite number: JSON has no
 * NaN, and a null (a metric that could not be computed) is refused so the command's author
 * notices instead of a gate silently lacking the metric. A version's metrics.json in a registry bundle
 * (`{ metrics, params, trainingData }`) is read too, so a downloaded version can be registered again.
 */
export function parseMetricsText(text: string, file: string): Record<string, number> {
  const value = parseObject(text, file, 'a JSON object of metric names and numbers')
  const metrics = isBundleMetrics(value)
    ? ((value as { metrics: unknown }).metrics as Record<string, unknown>)
    : (value as Record<string, unknown>)
  const result: Record<string, number> = {}
  for (const [name, metric] of Object.entries(metrics)) {
    if (typeof metric !== 'number' || !Number.isFinite(metric)) {
      throw new InputError(
        { file, field: name },
        `expected a finite number for metric ${JSON.stringify(name)}, found ${describe(metric)}; ` +
          'metrics.json holds a flat object of numbers, e.g. {"accuracy": 0.91}'
      )
    }
    result[name] = metric
  }
  if (Object.keys(result).length === 0) {
    throw new InputError(
      { file },
      'the metrics file holds no metrics; write at least one, e.g. {"accuracy": 0.91}'
    )
  }
  return result
}

/** The params of a registry bundle's metrics.json, when the file is one; else undefined. */
export function bundleParams(text: string, file: string): Record<string, JsonValue> | undefined {
  const value = parseObject(text, file, 'a JSON object')
  if (!isBundleMetrics(value)) return undefined
  const params = (value as { params?: unknown }).params
  return params === undefined ? {} : checkParams(params, file)
}

/** Params: `{ "max_depth": 6, "loss": "log_loss", "warm_start": false, "note": null }`. */
export function parseParamsText(text: string, file: string): Record<string, JsonValue> {
  return checkParams(parseObject(text, file, 'a JSON object of parameter names and values'), file)
}

function checkParams(value: unknown, file: string): Record<string, JsonValue> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError({ file, field: 'params' }, 'expected an object of parameters')
  }
  const result: Record<string, JsonValue> = {}
  for (const [name, param] of Object.entries(value as Record<string, unknown>)) {
    result[name] = checkJson(param, file, name)
  }
  return result
}

/**
 * Feature importances: `{ "age": 0.4, "income": 0.6 }` (any non-negative scale; shown as shares).
 * Returned largest first.
 */
export function parseFeatureImportancesText(
  text: string,
  file: string
): { feature: string; importance: number }[] {
  const value = parseObject(text, file, 'a JSON object of feature names and importances')
  const entries = Object.entries(value as Record<string, unknown>).map(([feature, importance]) => {
    if (typeof importance !== 'number' || !Number.isFinite(importance) || importance < 0) {
      throw new InputError(
        { file, field: feature },
        `expected a non-negative number as the importance of ${JSON.stringify(feature)}, found ${describe(importance)}`
      )
    }
    return { feature, importance }
  })
  const total = entries.reduce((sum, entry) => sum + entry.importance, 0)
  return entries
    .map((entry) => ({
      feature: entry.feature,
      importance: total > 0 ? entry.importance / total : 0
    }))
    .sort((a, b) => b.importance - a.importance || (a.feature < b.feature ? -1 : 1))
}

function isBundleMetrics(value: object): boolean {
  const metrics = (value as { metrics?: unknown }).metrics
  return (
    typeof metrics === 'object' &&
    metrics !== null &&
    !Array.isArray(metrics) &&
    'trainingData' in value
  )
}

function parseObject(text: string, file: string, expected: string): object {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new InputError(
      { file },
      `not valid JSON (${(error as Error).message}); expected ${expected}`
    )
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError({ file }, `expected ${expected}, found ${describe(value)}`)
  }
  return value
}

function checkJson(value: unknown, file: string, field: string): JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value
  } else if (Array.isArray(value)) {
    return value.map((item) => checkJson(item, file, field))
  } else if (typeof value === 'object') {
    const result: Record<string, JsonValue> = {}
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      result[key] = checkJson(item, file, `${field}.${key}`)
    }
    return result
  }
  throw new InputError({ file, field }, `expected a JSON value, found ${describe(value)}`)
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'an object'
  return JSON.stringify(value)
}
