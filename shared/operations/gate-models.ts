import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import { UsageError } from '../errors.js'
import { parseModelText } from '../learn/model-loading.js'
import { MODEL_FORMAT } from '../learn/model-format.js'
import type { TollgateModel } from '../learn/model-format.js'
import { RESERVED_MODEL_FILE_NAMES } from '../registry/model-bundle.js'
import type { ModelRegistry } from '../registry/model-registry.js'
import { parseModelReference } from '../registry/model-reference.js'
import type { Store } from '../store/store.js'

/** The file name the built-in learners' model has in a model directory and a registry bundle. */
export const BUILT_IN_MODEL_FILE = 'model.json'

/** A model the gate evaluates: a registry version or a local directory, with its built-in model when it has one. */
export interface ModelSource {
  kind: 'registry' | 'directory'
  /** As shown in reports: `churn@v0.0.3`, or the path. */
  reference: string
  /** Registry sources: the model name and version, and the stage followed (champions). */
  model?: string
  version?: string
  stage?: string
  /** The Tollgate model file, when the source is a built-in model. */
  builtIn?: TollgateModel
}

/**
 * The candidate: an existing path is a local model (a directory holding model.json, or the file
 * itself); anything else must be a registry reference (MODEL@VERSION, MODEL@latest, MODEL@STAGE).
 */
export async function resolveCandidate(
  text: string,
  cwd: string,
  openRegistry: () => Promise<ModelRegistry>
): Promise<ModelSource> {
  const path = isAbsolute(text) ? text : join(cwd, text)
  if (existsSync(path)) return { kind: 'directory', reference: text, ...localModel(path, text) }
  if (!/[@#]/.test(text)) {
    throw new UsageError(
      `candidate ${JSON.stringify(text)} is neither an existing model directory nor a registry reference such as churn@v1.2.3`
    )
  }
  return registrySource(await openRegistry(), text)
}

export interface ChampionChoice {
  source?: ModelSource
  /** Why there is no champion, or which champion was chosen, in one sentence. */
  note: string
}

/**
 * The champion: `none`; a stage of the candidate's model (`production`); or a full reference
 * (`churn@production`, `churn@v1.2.0`). An empty stage is not an error: the first model has no
 * champion, and thresholds alone decide (the report says so).
 */
export async function resolveChampion(
  text: string | undefined,
  candidate: ModelSource,
  openRegistry: () => Promise<ModelRegistry>
): Promise<ChampionChoice> {
  if (text === undefined || text.trim() === '' || text.trim() === 'none') {
    return { note: 'No champion was requested (champion: none); thresholds alone decided.' }
  }
  const trimmed = text.trim()
  let reference: string
  if (/[@#]/.test(trimmed)) {
    reference = trimmed
  } else {
    if (candidate.model === undefined) {
      throw new UsageError(
        `champion ${JSON.stringify(trimmed)} is a stage, but the candidate is a local model with no registry name; ` +
          `write the champion as MODEL@${trimmed} (or none)`
      )
    }
    reference = `${candidate.model}@${trimmed}`
  }
  const parsed = parseModelReference(reference)
  const registry = await openRegistry()
  if (parsed.kind === 'stage') {
    const assignment = await registry.currentStage(parsed.model, parsed.stage)
    if (assignment === undefined) {
      return {
        note: `No version of ${parsed.model} is in ${parsed.stage}, so there is no champion; thresholds alone decided.`
      }
    }
  }
  const source = await registrySource(registry, reference)
  return {
    source,
    note: `Champion: ${source.model} ${source.version}${source.stage === undefined ? '' : ` (${source.stage})`}.`
  }
}

async function registrySource(registry: ModelRegistry, reference: string): Promise<ModelSource> {
  const resolved = await registry.resolve(reference)
  const builtIn = await builtInModelOf(registry.store, resolved.tag)
  return {
    kind: 'registry',
    reference: `${resolved.model}@${resolved.version}`,
    model: resolved.model,
    version: resolved.version,
    ...(resolved.stage === undefined ? {} : { stage: resolved.stage.stage }),
    ...(builtIn === undefined ? {} : { builtIn })
  }
}

/**
 * The built-in model of a registered version: its model.json, else the one JSON file that is a
 * Tollgate model. Undefined for command-trained models (their predictions come from a file).
 */
export async function builtInModelOf(
  store: Store,
  tag: string
): Promise<TollgateModel | undefined> {
  const manifest = await store.readBundleManifest(tag)
  if (manifest === undefined) return undefined
  const names = manifest.files.map((file) => file.name)
  const candidates = names.includes(BUILT_IN_MODEL_FILE)
    ? [BUILT_IN_MODEL_FILE]
    : names.filter((name) => name.endsWith('.json') && !RESERVED_MODEL_FILE_NAMES.includes(name))
  for (const name of candidates) {
    const text = new TextDecoder().decode(await store.readBundleFile(tag, name))
    if (name === BUILT_IN_MODEL_FILE || looksLikeModel(text))
      return parseModelText(text, `${tag}/${name}`)
  }
  return undefined
}

function localModel(path: string, shown: string): { builtIn?: TollgateModel } {
  if (statSync(path).isFile()) return { builtIn: parseModelText(readFileSync(path, 'utf8'), shown) }
  const file = join(path, BUILT_IN_MODEL_FILE)
  if (existsSync(file))
    return { builtIn: parseModelText(readFileSync(file, 'utf8'), join(shown, BUILT_IN_MODEL_FILE)) }
  for (const name of readdirSync(path)
    .filter((entry) => entry.endsWith('.json'))
    .sort()) {
    const text = readFileSync(join(path, name), 'utf8')
    if (looksLikeModel(text)) return { builtIn: parseModelText(text, join(shown, name)) }
  }
  return {}
}

function looksLikeModel(text: string): boolean {
  return text.includes(`"${MODEL_FORMAT}"`)
}
