import { isAbsolute, join } from 'node:path'
import { InputError, UsageError } from '../errors.js'
import { splitList } from '../options/option-table.js'
import { MODEL_BUNDLE_FILES } from '../registry/model-bundle.js'
import { parseModelReference } from '../registry/model-reference.js'
import { ModelRegistry } from '../registry/model-registry.js'
import type { RegistryConfig } from '../registry/registry-config.js'
import type { Store } from '../store/store.js'
import { hasGlobMagic } from '../text/glob-pattern.js'
import type { DataFormat } from './data-files.js'
import { readDriftDataSide } from './drift-data-side.js'
import { driftSideFromProfile, isProfileFile, readDriftProfileSide } from './drift-profile-side.js'
import type { DriftSide } from './drift-side.js'

/** The prefix of a reference that names a registered model version. */
export const REGISTRY_REFERENCE_PREFIX = 'registry:'

export interface DriftReferenceRequest {
  /** A data file/glob, a profile JSON, or `registry:<model>@<stage-or-version>`. */
  reference: string
  format: DataFormat | 'auto'
  delimiter?: string
  threads: number
  ownWorker?: boolean
  cwd?: string
  /** Opens the store that holds the registry (only called for registry references). */
  openStore: () => Promise<Store>
  registryConfig?: RegistryConfig
}

/**
 * Reads the reference side of a drift comparison from any of its three forms:
 * - `registry:churn@production` (or `@v1.2.0`, `@latest`): the training-data profile stored in
 *   that model version's bundle (`profile.json`);
 * - a saved profile JSON (validate-data's `profile-path`), recognised by its content;
 * - a data file or several of one table (every reader of validate-data).
 */
export async function readDriftReference(request: DriftReferenceRequest): Promise<DriftSide> {
  const text = request.reference.trim()
  const form = referenceForm(text, request.cwd)
  if (form === 'registry') return readRegistryReference(request, text)
  if (form === 'profile') return readDriftProfileSide(profilePath(text, request.cwd), text)
  const patterns = splitList(text)
  if (patterns.length === 0) throw new UsageError('The reference is empty.')
  return readDriftDataSide({
    patterns,
    source: text,
    format: request.format,
    delimiter: request.delimiter,
    threads: request.threads,
    ownWorker: request.ownWorker,
    cwd: request.cwd
  })
}

/**
 * Which form a reference has: `registry:` prefix, a single file whose head declares a Tollgate
 * profile, or data. Cheap (reads at most 64 KiB), so the caller can plan threads before reading.
 */
export function referenceForm(reference: string, cwd?: string): 'registry' | 'profile' | 'data' {
  const text = reference.trim()
  if (text.startsWith(REGISTRY_REFERENCE_PREFIX)) return 'registry'
  const patterns = splitList(text)
  if (
    patterns.length === 1 &&
    !hasGlobMagic(patterns[0]!) &&
    isProfileFile(profilePath(text, cwd))
  ) {
    return 'profile'
  }
  return 'data'
}

function profilePath(text: string, cwd: string | undefined): string {
  return cwd === undefined || isAbsolute(text) ? text : join(cwd, text)
}

async function readRegistryReference(
  request: DriftReferenceRequest,
  text: string
): Promise<DriftSide> {
  const reference = parseModelReference(text.slice(REGISTRY_REFERENCE_PREFIX.length))
  const store = await request.openStore()
  const registry = new ModelRegistry(store, request.registryConfig)
  const version = await registry.resolve(reference)
  const bytes = await store.readBundleFile(version.tag, MODEL_BUNDLE_FILES.profile)
  const where = { file: `${version.tag}/${MODEL_BUNDLE_FILES.profile} in ${store.location}` }
  let json: unknown
  try {
    json = JSON.parse(new TextDecoder().decode(bytes)) as unknown
  } catch (error) {
    throw new InputError(
      where,
      `the training-data profile is not valid JSON: ${(error as Error).message}`
    )
  }
  if (json === null) {
    throw new InputError(
      where,
      `${version.model} ${version.version} was registered without a training-data profile; ` +
        'register it with the profile validate-data wrote, or give the reference as a data file or profile'
    )
  }
  const side = driftSideFromProfile(json, where, text, 'registry')
  side.model = {
    name: version.model,
    version: version.version,
    tag: version.tag,
    ...(version.stage === undefined ? {} : { stage: version.stage.stage })
  }
  return side
}
