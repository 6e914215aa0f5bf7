import type { DataFormat } from '../adapters/data-files.js'
import {
  actorName,
  codeVersion,
  fileSha256,
  lineageContextFor,
  workflowRun
} from '../adapters/run-provenance.js'
import { UsageError } from '../errors.js'
import { parseRunEvent, type RunEvent } from '../lineage/openlineage-event.js'
import { lineageRunId } from '../lineage/run-id.js'
import { assertModelName, assertStageName, stageSuggestion } from '../registry/gto-tags.js'
import { MODEL_BUNDLE_FILES } from '../registry/model-bundle.js'
import type { TrainingDataDigest } from '../registry/model-card.js'
import type { ModelRegistry, StageChange } from '../registry/model-registry.js'
import type { VersionBump } from '../registry/semver.js'
import { isJsonObject, parseJsonBytes, type JsonValue } from '../store/canonical-json.js'
import { TOLLGATE_VERSION } from '../version.js'
import {
  REGISTER_REPORT_SCHEMA,
  type RegisterReport,
  type StageAssignmentReport
} from '../report/registry-report.js'
import { profileData } from './profile-data.js'
import { readModelDirectory } from './register-model-directory.js'

/**
 * register-model end to end: read a model directory (train's output), register it as the next
 * immutable version of `name` — claimed atomically, published only when every file is stored —
 * optionally assign it to a stage, and read back the version's lineage for the report. A re-run
 * of the same workflow run and attempt returns the version it registered before.
 */

export interface RegisterRequest {
  name: string
  modelPath: string
  registry: ModelRegistry
  bump?: VersionBump
  /** An explicit version instead of a bump. */
  version?: string
  /** Assign the version to this stage after registering it. */
  stage?: string
  description?: string
  /** Training data to profile and digest, for a directory without profile.json. */
  data?: string[]
  format?: DataFormat | 'auto'
  /** The version's release page, when the store has one. */
  releaseUrl?: (tag: string) => string | undefined
  cwd?: string
  env?: NodeJS.ProcessEnv
  clock?: () => number
}

export interface RegisterOutcome {
  report: RegisterReport
  /** The version's lineage (as stored in its lineage.json): training and registration events. */
  events: RunEvent[]
  stageChange?: StageChange
}

export async function registerModel(request: RegisterRequest): Promise<RegisterOutcome> {
  const { registry, name } = request
  const cwd = request.cwd ?? process.cwd()
  const env = request.env ?? process.env
  const clock = request.clock ?? Date.now
  assertModelName(name)
  if (request.stage !== undefined) checkStageBeforeRegistering(registry, request.stage)

  const directory = readModelDirectory(request.modelPath)
  const warnings = [...directory.warnings]
  const dataGiven = request.data !== undefined && request.data.length > 0
  let profile = directory.profile
  let trainingData: TrainingDataDigest[] = directory.training?.data ?? []
  if (dataGiven && profile !== undefined) {
    throw new UsageError(
      `The model directory ${JSON.stringify(request.modelPath)} already has the training data's ` +
        'profile (profile.json, written by train); leave `data` out.'
    )
  }
  if (dataGiven) {
    const profiled = await profileData({
      data: request.data!,
      format: request.format,
      now: clock()
    })
    profile = profiled.profile as unknown as JsonValue
    const digests = await Promise.all(profiled.files.map((file) => fileSha256(file.path)))
    trainingData = profiled.files.map((file, index) => ({
      name: file.path,
      sha256: digests[index]!,
      ...(profiled.files.length === 1 ? { rows: profiled.profile.rows } : {})
    }))
  }
  if (profile === undefined) {
    throw new UsageError(
      `The model directory ${JSON.stringify(request.modelPath)} has no profile.json, the ` +
        "training data's profile that drift-check compares production data against. Register " +
        "train's output, or give the training data (`data`) to profile it now."
    )
  }
  if (directory.metrics === undefined) {
    warnings.push('the model directory has no metrics.json; the version records no metrics')
  }

  const run = workflowRun(env)
  const actor = actorName(env)
  const commit = directory.training?.commit ?? codeVersion(cwd, env).commit
  const context = lineageContextFor('register-model', {
    env,
    ...(commit === undefined ? {} : { commit })
  })
  const registered = await registry.registerVersion({
    model: name,
    files: directory.files,
    metrics: directory.metrics ?? {},
    params: directory.params,
    trainingData,
    profile,
    ...(request.description === undefined || request.description.trim() === ''
      ? {}
      : { description: request.description }),
    ...(commit === undefined ? {} : { commit }),
    lineage: { context, events: directory.events },
    ...(run === undefined ? {} : { run: run.run }),
    ...(actor === undefined ? {} : { actor }),
    ...(request.bump === undefined ? {} : { bump: request.bump }),
    ...(request.version === undefined ? {} : { version: request.version })
  })

  let stageChange: StageChange | undefined
  if (request.stage !== undefined) {
    stageChange = await registry.assignStage({
      model: name,
      stage: request.stage,
      version: registered.version,
      ...(run === undefined ? {} : { run: run.run }),
      ...(actor === undefined ? {} : { actor }),
      reason: `registered ${registered.tag}`
    })
  }
  const events = await storedLineage(registry, registered.tag)
  const releaseUrl = request.releaseUrl?.(registered.tag)
  const report: RegisterReport = {
    schema: REGISTER_REPORT_SCHEMA,
    tollgate_version: TOLLGATE_VERSION,
    generated_at: new Date(clock()).toISOString(),
    model: name,
    version: registered.version,
    tag: registered.tag,
    outcome: registered.outcome,
    claimed_at: registered.claimedAt,
    release_url: releaseUrl ?? null,
    store: registry.store.location,
    files: registered.manifest.files,
    metrics: directory.metrics ?? {},
    params: directory.params,
    training_data: trainingData,
    commit: commit ?? null,
    run: run?.run ?? null,
    actor: actor ?? null,
    stage: stageChange === undefined ? null : stageReport(stageChange),
    lineage_run_id: lineageRunId(context),
    warnings
  }
  return { report, events, ...(stageChange === undefined ? {} : { stageChange }) }
}

/** A stage change as the reports show it. */
export function stageReport(change: StageChange): StageAssignmentReport {
  return {
    stage: change.event.stage,
    version: change.event.version ?? '',
    outcome: change.outcome,
    tag: change.event.tag,
    at: change.event.at
  }
}

/**
 * Refuses a stage the version could not enter before anything is registered, so a typo in
 * `stage` does not leave a registered but unassigned version behind.
 */
function checkStageBeforeRegistering(registry: ModelRegistry, stage: string): void {
  assertStageName(stage)
  const { stages, promotion } = registry.config
  if (stages === undefined) return
  if (!stages.includes(stage)) {
    throw new UsageError(
      `Stage ${JSON.stringify(stage)} is not one of the stages configured in .tollgate.yml ` +
        `(registry.stages: ${stages.join(', ')}).${stageSuggestion(stage, stages)}`
    )
  }
  if (promotion === 'sequential' && stages.indexOf(stage) > 0) {
    throw new UsageError(
      `A new version cannot enter ${stage} directly: .tollgate.yml sets promotion: sequential ` +
        `(${stages.join(' -> ')}), so it starts in ${stages[0]}.`
    )
  }
}

/** The events of the version's stored lineage.json, read back (verified) from the store. */
async function storedLineage(registry: ModelRegistry, tag: string): Promise<RunEvent[]> {
  const bytes = await registry.store.readBundleFile(tag, MODEL_BUNDLE_FILES.lineage)
  const parsed = parseJsonBytes(bytes)
  if (!parsed.ok || !isJsonObject(parsed.value) || !Array.isArray(parsed.value.events)) return []
  return (parsed.value.events as unknown[]).map((event, index) =>
    parseRunEvent(event, `lineage event ${index + 1} of ${tag}`)
  )
}
