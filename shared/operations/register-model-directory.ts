import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { InputError, IntegrityError, UsageError } from '../errors.js'
import { parseRunEvent, type RunEvent } from '../lineage/openlineage-event.js'
import { PROFILE_FORMAT } from '../profile/data-profile.js'
import { MODEL_BUNDLE_FILES } from '../registry/model-bundle.js'
import type { TrainingDataDigest } from '../registry/model-card.js'
import type { JsonValue } from '../store/canonical-json.js'
import { isSha256Hex } from '../store/content-digest.js'
import { BUNDLE_MANIFEST_FILE } from '../store/store-names.js'
import { bundleParams, parseMetricsText, parseParamsText } from './train-metrics-file.js'
import { TRAIN_OUTPUT_FILES, TRAINING_RUN_SCHEMA } from './train-output.js'

/**
 * Reads a model directory for registration: normally the output of `train` (model files plus
 * metrics.json, params.json, lineage.json, profile.json and training-run.json), but any directory
 * of model files works. What describes the model becomes the version's metadata; every other
 * file is registered as a model file, byte for byte.
 */

export interface ModelDirectory {
  /** The directory as given. */
  path: string
  /** Files to register, by name. training-run.json is one of them: the version keeps it. */
  files: Map<string, Uint8Array>
  /** Undefined when the directory has no metrics.json. */
  metrics: Record<string, number> | undefined
  params: Record<string, JsonValue>
  /** The training run's OpenLineage events (from lineage.json). */
  events: RunEvent[]
  /** The training-data profile (profile.json), when present. */
  profile: JsonValue | undefined
  /** Data digests and commit from training-run.json, when present. */
  training?: { data: TrainingDataDigest[]; commit?: string }
  /** Files left out, with why, for the log. */
  warnings: string[]
}

/** Files the registry writes into every version: a downloaded version's copies are not re-used. */
const REGENERATED = [BUNDLE_MANIFEST_FILE, MODEL_BUNDLE_FILES.card]

export function readModelDirectory(path: string): ModelDirectory {
  if (!existsSync(path)) {
    throw new UsageError(
      `The model directory ${JSON.stringify(path)} does not exist; give the directory train wrote ` +
        '(its model-path output) or another directory of model files.'
    )
  }
  if (!statSync(path).isDirectory()) {
    throw new UsageError(`The model path ${JSON.stringify(path)} is not a directory.`)
  }
  const shown = (name: string) => join(path, name)
  const warnings: string[] = []
  const files = new Map<string, Uint8Array>()
  const metadata = new Map<string, string>()
  for (const name of readdirSync(path).sort()) {
    const full = join(path, name)
    const stats = statSync(full)
    if (stats.isDirectory()) {
      throw new UsageError(
        `The model directory holds a subdirectory ${JSON.stringify(name)}; a registered version is ` +
          'a flat list of files (GitHub release assets), so pack it into one file first, e.g. ' +
          `\`tar -czf ${name}.tar.gz -C ${name} .\`.`
      )
    }
    if (!stats.isFile()) {
      throw new UsageError(
        `${JSON.stringify(full)} is not a regular file; a model directory holds files only.`
      )
    }
    if (name.startsWith('.')) {
      warnings.push(`left out the hidden file ${name}`)
      continue
    }
    if (REGENERATED.includes(name)) {
      warnings.push(`left out ${name}: the registry writes a new one for the version`)
      continue
    }
    if (
      name === TRAIN_OUTPUT_FILES.metrics ||
      name === TRAIN_OUTPUT_FILES.params ||
      name === TRAIN_OUTPUT_FILES.lineage ||
      name === TRAIN_OUTPUT_FILES.profile
    ) {
      metadata.set(name, readFileSync(full, 'utf8'))
      continue
    }
    files.set(name, readFileSync(full))
  }

  const metricsText = metadata.get(TRAIN_OUTPUT_FILES.metrics)
  const metrics =
    metricsText === undefined
      ? undefined
      : parseMetricsText(metricsText, shown(TRAIN_OUTPUT_FILES.metrics))
  const paramsText = metadata.get(TRAIN_OUTPUT_FILES.params)
  const params =
    paramsText !== undefined
      ? parseParamsText(paramsText, shown(TRAIN_OUTPUT_FILES.params))
      : metricsText === undefined
        ? {}
        : (bundleParams(metricsText, shown(TRAIN_OUTPUT_FILES.metrics)) ?? {})
  const lineageText = metadata.get(TRAIN_OUTPUT_FILES.lineage)
  const events =
    lineageText === undefined ? [] : parseLineage(lineageText, shown(TRAIN_OUTPUT_FILES.lineage))
  const profileText = metadata.get(TRAIN_OUTPUT_FILES.profile)
  const profile =
    profileText === undefined
      ? undefined
      : parseProfile(profileText, shown(TRAIN_OUTPUT_FILES.profile))
  const runBytes = files.get(TRAIN_OUTPUT_FILES.trainingRun)
  const training =
    runBytes === undefined
      ? undefined
      : parseTrainingRun(new TextDecoder().decode(runBytes), shown(TRAIN_OUTPUT_FILES.trainingRun))
  return {
    path,
    files,
    metrics,
    params,
    events,
    profile,
    ...(training === undefined ? {} : { training }),
    warnings
  }
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new InputError({ file }, `not valid JSON (${(error as Error).message})`)
  }
}

/** lineage.json: `{ schema, events: [RunEvent…] }` as train writes it, or a bare list of events. */
function parseLineage(text: string, file: string): RunEvent[] {
  const value = parseJson(text, file)
  const list = Array.isArray(value) ? value : (value as { events?: unknown } | null)?.events
  if (!Array.isArray(list)) {
    throw new InputError({ file }, 'expected {"events": [...]} with OpenLineage run events')
  }
  return list.map((event, index) => {
    try {
      return parseRunEvent(event, `event ${index + 1}`)
    } catch (error) {
      if (error instanceof IntegrityError) {
        throw new InputError({ file, field: `events[${index}]` }, error.message)
      }
      throw error
    }
  })
}

function parseProfile(text: string, file: string): JsonValue {
  const value = parseJson(text, file) as { format?: unknown; columns?: unknown } | null
  if (
    value === null ||
    typeof value !== 'object' ||
    value.format !== PROFILE_FORMAT ||
    !Array.isArray(value.columns)
  ) {
    throw new InputError(
      { file },
      `expected a Tollgate data profile ("format": "${PROFILE_FORMAT}"), as train and validate-data write`
    )
  }
  return value as JsonValue
}

function parseTrainingRun(
  text: string,
  file: string
): { data: TrainingDataDigest[]; commit?: string } {
  const value = parseJson(text, file) as {
    schema?: unknown
    data?: unknown
    code?: { commit?: unknown }
  } | null
  if (value === null || typeof value !== 'object' || value.schema !== TRAINING_RUN_SCHEMA) {
    throw new InputError(
      { file },
      `expected a training run record ("schema": "${TRAINING_RUN_SCHEMA}")`
    )
  }
  if (!Array.isArray(value.data))
    throw new InputError({ file, field: 'data' }, 'expected a list of data files')
  const data = value.data.map((entry: unknown, index): TrainingDataDigest => {
    const item = entry as { path?: unknown; sha256?: unknown; rows?: unknown } | null
    if (item === null || typeof item.path !== 'string' || !isSha256Hex(item.sha256)) {
      throw new InputError({ file, field: `data[${index}]` }, 'expected a path and a sha256')
    }
    return {
      name: item.path,
      sha256: item.sha256,
      ...(typeof item.rows === 'number' ? { rows: item.rows } : {})
    }
  })
  const commit = value.code?.commit
  return { data, ...(typeof commit === 'string' && commit !== '' ? { commit } : {}) }
}
