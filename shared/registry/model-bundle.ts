import { UsageError } from '../errors.js'
import { canonicalJsonBytes, type JsonValue } from '../store/canonical-json.js'
import { buildBundleManifest, type BundleFiles } from '../store/bundle-manifest.js'
import { BUNDLE_MANIFEST_FILE } from '../store/store-names.js'
import {
  buildRunEvent,
  type DatasetDescription,
  type LineageRunContext,
  type RunEvent
} from '../lineage/openlineage-event.js'
import { renderModelCard, type TrainingDataDigest } from './model-card.js'
import type { RegistryAuthor } from './registry-state.js'

/**
 * The files of a registered model version's bundle (the release of tag `<model>@<version>` on
 * GitHub): the model's own files plus what makes the version self-describing.
 */
export const MODEL_BUNDLE_FILES = {
  /** `{ metrics, params, trainingData }`, exact values. */
  metrics: 'metrics.json',
  /** `{ schema, events }`: the OpenLineage events of the training and of this registration. */
  lineage: 'lineage.json',
  /** The training data's column profile, the reference drift-check compares against. */
  profile: 'profile.json',
  /** The model card (markdown). */
  card: 'README.md'
} as const

/** File names a model cannot use because the registry or the store writes them. */
export const RESERVED_MODEL_FILE_NAMES: readonly string[] = [
  BUNDLE_MANIFEST_FILE,
  ...Object.values(MODEL_BUNDLE_FILES)
]

export const LINEAGE_DOCUMENT_SCHEMA = 'tollgate.lineage/1'

/** What a caller registers (the version number is chosen by the registry). */
export interface ModelVersionContent extends RegistryAuthor {
  /** The trained model's files by name (no directories: release assets are flat). */
  files: BundleFiles
  /** Evaluation metrics; finite numbers. */
  metrics: Readonly<Record<string, number>>
  /** Training parameters (hyper-parameters, learner, target column...). */
  params?: Readonly<Record<string, JsonValue>>
  /** Digests of the training data. */
  trainingData: readonly TrainingDataDigest[]
  /** The training data profile (written as profile.json). */
  profile: JsonValue
  /** Free text for the model card. */
  description?: string
  /** The commit the model was trained from. */
  commit?: string
  /**
   * Lineage: the events of the run(s) that produced the model (e.g. train's COMPLETE event) and
   * the context of this registration, from which the registry adds a `register-model` COMPLETE
   * event linking the model files and training data to the new version.
   */
  lineage?: { context: LineageRunContext; events: readonly RunEvent[] }
}

/** Refuses model files whose names the bundle needs for itself. */
export function assertModelFileNames(files: BundleFiles): void {
  for (const name of files.keys()) {
    if (
      RESERVED_MODEL_FILE_NAMES.some((reserved) => reserved.toLowerCase() === name.toLowerCase())
    ) {
      throw new UsageError(
        `The model file ${JSON.stringify(name)} clashes with a file the registry writes into every ` +
          `version (${RESERVED_MODEL_FILE_NAMES.join(', ')}); rename it or leave it out.`
      )
    }
  }
  if (files.size === 0) {
    throw new UsageError('There are no model files to register; the model directory is empty.')
  }
}

/** A model's bundle with everything but the version number checked and serialised. */
export interface PreparedModelBundle {
  /** The complete bundle for the claimed version; same inputs, same bytes. */
  forVersion(version: string, claimedAt: string): Map<string, Uint8Array>
}

/**
 * Checks and serialises everything that does not depend on the version number: file names,
 * limits, metrics, parameters, profile and given lineage. Registration calls this before claiming
 * a number, so bad input never leaves a claimed version without a bundle behind.
 */
export function prepareModelBundle(
  model: string,
  content: ModelVersionContent
): PreparedModelBundle {
  assertModelFileNames(content.files)
  const params = content.params ?? {}
  const fixed = new Map<string, Uint8Array>(content.files)
  fixed.set(
    MODEL_BUNDLE_FILES.metrics,
    canonicalJsonBytes(
      { metrics: content.metrics, params, trainingData: content.trainingData },
      MODEL_BUNDLE_FILES.metrics
    )
  )
  fixed.set(
    MODEL_BUNDLE_FILES.profile,
    canonicalJsonBytes(content.profile, MODEL_BUNDLE_FILES.profile)
  )
  canonicalJsonBytes(content.lineage?.events ?? [], MODEL_BUNDLE_FILES.lineage)
  // The final file names, with the two version-dependent files still empty: names, file count
  // and sizes are checked now exactly as the store will check them after the claim.
  const shape = new Map(fixed)
  shape.set(MODEL_BUNDLE_FILES.lineage, new Uint8Array())
  shape.set(MODEL_BUNDLE_FILES.card, new Uint8Array())
  const checked = buildBundleManifest(`${model}@v0.0.0`, shape)
  const modelFiles = checked.files.filter((file) => content.files.has(file.name))

  return {
    forVersion(version: string, claimedAt: string): Map<string, Uint8Array> {
      const events = registrationLineage(model, version, claimedAt, content, modelFiles)
      const bundle = new Map(fixed)
      bundle.set(
        MODEL_BUNDLE_FILES.lineage,
        canonicalJsonBytes({ schema: LINEAGE_DOCUMENT_SCHEMA, events }, MODEL_BUNDLE_FILES.lineage)
      )
      const card = renderModelCard({
        model,
        version,
        registeredAt: claimedAt,
        ...(content.description === undefined ? {} : { description: content.description }),
        ...(content.run === undefined ? {} : { run: content.run }),
        ...(content.actor === undefined ? {} : { actor: content.actor }),
        ...(content.commit === undefined ? {} : { commit: content.commit }),
        metrics: content.metrics,
        params,
        trainingData: content.trainingData,
        files: modelFiles,
        lineage: events
      })
      bundle.set(MODEL_BUNDLE_FILES.card, new TextEncoder().encode(card))
      return bundle
    }
  }
}

/**
 * The given events plus this registration's COMPLETE event: inputs are the model files (by
 * digest, so they join the train run's outputs) and any training data no given event already
 * reads; the output is the model version.
 */
function registrationLineage(
  model: string,
  version: string,
  claimedAt: string,
  content: ModelVersionContent,
  modelFiles: ReadonlyArray<{ name: string; sha256: string }>
): RunEvent[] {
  if (content.lineage === undefined) return []
  const { context, events } = content.lineage
  const digestsRead = new Set(
    events.flatMap((event) =>
      event.inputs
        .map((input) => input.facets?.tollgate_digest?.sha256)
        .filter((sha) => sha !== undefined)
    )
  )
  const inputs: DatasetDescription[] = [
    ...modelFiles.map((file) => ({
      namespace: context.namespace,
      name: file.name,
      sha256: file.sha256
    })),
    ...content.trainingData
      .filter((data) => !digestsRead.has(data.sha256))
      .map((data) => ({ namespace: context.namespace, name: data.name, sha256: data.sha256 }))
  ]
  const registration = buildRunEvent({
    context,
    eventType: 'COMPLETE',
    eventTime: claimedAt,
    inputs,
    outputs: [
      {
        namespace: context.namespace,
        name: `${model}@${version}`,
        modelVersion: { model, version }
      }
    ]
  })
  return [...events, registration]
}
