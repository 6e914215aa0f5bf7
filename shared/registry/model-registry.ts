import { UsageError } from '../errors.js'
import type { BundleManifest } from '../store/bundle-manifest.js'
import { ConflictError } from '../store/store-errors.js'
import type { Store, StoredRef } from '../store/store.js'
import { compareCodeUnits } from '../store/store-names.js'
import {
  assertModelName,
  assertStageName,
  formatRegistryTag,
  parseRegistryTag,
  stageSuggestion,
  stageTagPrefix,
  versionTagPrefix
} from './gto-tags.js'
import { prepareModelBundle, type ModelVersionContent } from './model-bundle.js'
import { parseModelReference, type ModelReference } from './model-reference.js'
import { DEFAULT_REGISTRY_CONFIG, type RegistryConfig } from './registry-config.js'
import {
  authorMetadata,
  buildModelState,
  currentAssignment,
  isUsable,
  latestVersion,
  registryEventOf,
  sameRun,
  stagesInUse,
  type ModelState,
  type ModelVersion,
  type RegistryAuthor,
  type RegistryEvent,
  type StageEvent
} from './registry-state.js'
import {
  bumpVersion,
  compareVersions,
  formatVersion,
  requireVersion,
  type SemVer,
  type VersionBump
} from './semver.js'

/**
 * The model registry (DESIGN.md §3): immutable versions in bundles, stage assignments as an
 * append-only list of GTO tags, all over a `Store`. This class only orchestrates; every effect is
 * a Store call, so the same code runs against a directory and against GitHub, and its
 * concurrency safety rests on the store's atomic claims:
 * - a version number is claimed by creating its tag; a loser re-reads and takes the next number;
 * - a version becomes visible when its bundle is published, never before;
 * - a stage event claims `<model>#<stage>#<N>` with N one past the model's highest counter.
 */
export class ModelRegistry {
  constructor(
    readonly store: Store,
    readonly config: RegistryConfig = DEFAULT_REGISTRY_CONFIG
  ) {}

  // ---- versions --------------------------------------------------------------------------------

  /**
   * Registers a new version: claims the next version number (or `request.version`), then
   * publishes the bundle (model files, metrics.json, lineage.json, profile.json, README.md and the
   * store's manifest.json). Idempotent per workflow run + attempt (+ job): a re-run that already
   * claimed a version returns it, finishing its bundle if the earlier attempt died before
   * publishing. A re-run must pass identical content; different content is a ConflictError.
   */
  async registerVersion(request: RegisterVersionRequest): Promise<RegisteredVersion> {
    const { model } = request
    assertModelName(model)
    const explicit =
      request.version === undefined
        ? undefined
        : requireVersion(request.version, 'The requested version')
    const prepared = prepareModelBundle(model, request)
    let state = await this.modelState(model)
    if (state.deprecated !== undefined) {
      throw new UsageError(
        `Model ${model} was deprecated (tag ${state.deprecated.tag}); it accepts no new versions. ` +
          'Register under a new model name.'
      )
    }
    let claim =
      request.run === undefined
        ? undefined
        : state.versions.find((v) => sameRun(v.run, request.run))
    let reused = claim !== undefined
    let tried: SemVer | undefined
    for (let attempt = 0; claim === undefined; attempt++) {
      if (attempt >= MAX_CLAIM_ATTEMPTS) {
        throw new Error(
          `Could not claim a version of ${model} in ${this.store.location} after ${attempt} attempts: ` +
            'other writers kept taking the next number.'
        )
      }
      const highest = [state.versions.at(-1)?.semver, tried]
        .filter((v): v is SemVer => v !== undefined)
        .sort(compareVersions)
        .at(-1)
      const candidate = explicit ?? bumpVersion(highest, request.bump ?? 'patch')
      tried = candidate
      const version = formatVersion(candidate)
      const tag = formatRegistryTag({ kind: 'version', model, version })
      const metadata = { kind: 'version', model, version, ...authorMetadata(request) }
      const created = await this.store.createRef(tag, {
        metadata,
        ...(request.commit === undefined ? {} : { commit: request.commit })
      })
      const winner = versionFrom(model, created.ref)
      if (
        created.outcome === 'created' ||
        (request.run !== undefined && sameRun(winner.run, request.run))
      ) {
        claim = winner
        reused = created.outcome === 'exists'
      } else if (explicit !== undefined) {
        throw new UsageError(
          `${model} ${version} is already registered (tag ${tag}, claimed ${created.ref.createdAt}). ` +
            'Versions are immutable; choose another version or let the registry bump it.'
        )
      } else {
        state = await this.modelState(model)
      }
    }
    const bundle = prepared.forVersion(claim.version, claim.claimedAt)
    let manifest: BundleManifest
    try {
      manifest = (await this.store.publishBundle(claim.tag, bundle)).manifest
    } catch (error) {
      if (error instanceof ConflictError && reused) {
        throw new ConflictError(
          `This run already registered ${model} ${claim.version} with different content; a re-run of ` +
            `the same workflow run and attempt must produce identical files. ${error.message}`
        )
      }
      throw error
    }
    return {
      model,
      version: claim.version,
      tag: claim.tag,
      claimedAt: claim.claimedAt,
      outcome: reused ? 'existing' : 'created',
      manifest
    }
  }

  /**
   * Deregisters a version (GTO's `<model>@<version>!`): it stays stored and listed for the
   * audit trail but no longer resolves and cannot be assigned. Deregistering twice is a no-op.
   */
  async deregisterVersion(request: DeregisterRequest): Promise<RegistryEvent> {
    assertModelName(request.model)
    const version = formatVersion(requireVersion(request.version, 'The version'))
    const state = await this.modelState(request.model)
    const target = this.requireVersionRecord(state, version)
    const tag = formatRegistryTag({ kind: 'deregistration', model: request.model, version })
    const metadata = {
      kind: 'deregistration',
      model: request.model,
      version,
      ...authorMetadata(request, request.reason)
    }
    const { ref } = await this.store.createRef(tag, { metadata, ...commitOf(target) })
    return registryEventOf(ref)
  }

  /** Deprecates a whole model (GTO's `<model>@deprecated`): no new versions or assignments. */
  async deprecateModel(request: DeprecateRequest): Promise<RegistryEvent> {
    assertModelName(request.model)
    const state = await this.modelState(request.model)
    if (state.versions.length === 0) {
      throw new UsageError(`Model ${request.model} has no versions in ${this.store.location}.`)
    }
    const tag = formatRegistryTag({ kind: 'deprecation', model: request.model })
    const metadata = {
      kind: 'deprecation',
      model: request.model,
      ...authorMetadata(request, request.reason)
    }
    const { ref } = await this.store.createRef(tag, { metadata })
    return registryEventOf(ref)
  }

  // ---- stages ----------------------------------------------------------------------------------

  /**
   * Assigns a version to a stage by appending `<model>#<stage>#<N>`. Checks the stage against the
   * config, that the version is complete and not deregistered, and the promotion order. When the
   * stage already holds that version nothing is written ('unchanged'), which also makes re-runs
   * idempotent. Concurrent assignments never share a tag: a loser takes the next counter.
   */
  async assignStage(request: AssignStageRequest): Promise<StageChange> {
    const { model, stage } = request
    assertModelName(model)
    this.assertAllowedStage(stage)
    const version = formatVersion(requireVersion(request.version, 'The version'))
    let state = await this.modelState(model)
    this.assertAcceptsChanges(state)
    const target = this.requireVersionRecord(state, version)
    if (!isUsable(target)) throw new UsageError(unusableMessage(target))
    this.assertPromotionAllowed(state, stage, version)
    for (let attempt = 0; attempt < MAX_CLAIM_ATTEMPTS; attempt++) {
      const current = currentAssignment(state, stage)
      if (current?.version === version) return { outcome: 'unchanged', event: current }
      const tag = formatRegistryTag({
        kind: 'assignment',
        model,
        stage,
        counter: state.lastCounter + 1
      })
      const metadata = {
        kind: 'assignment',
        model,
        stage,
        version,
        ...authorMetadata(request, request.reason)
      }
      const created = await this.store.createRef(tag, { metadata, ...commitOf(target) })
      state = await this.modelState(model)
      if (created.outcome === 'created') return { outcome: 'created', event: findEvent(state, tag) }
    }
    throw new Error(
      `Could not assign ${model} ${version} to ${stage}: too many concurrent changes.`
    )
  }

  /** Removes the current version from a stage (GTO's `<model>#<stage>!#<N>`). */
  async unassignStage(request: StageRequest): Promise<StageChange> {
    const { model, stage } = request
    assertModelName(model)
    assertStageName(stage)
    let state = await this.modelState(model)
    for (let attempt = 0; attempt < MAX_CLAIM_ATTEMPTS; attempt++) {
      const current = currentAssignment(state, stage)
      if (current === undefined) {
        const last = state.stageEvents.filter((event) => event.stage === stage).at(-1)
        if (last !== undefined) return { outcome: 'unchanged', event: last }
        throw new UsageError(
          `${model} has never been assigned to stage ${stage}; there is nothing to unassign.`
        )
      }
      const tag = formatRegistryTag({
        kind: 'unassignment',
        model,
        stage,
        counter: state.lastCounter + 1
      })
      const metadata = {
        kind: 'unassignment',
        model,
        stage,
        ...(current.version === undefined ? {} : { version: current.version }),
        ...authorMetadata(request, request.reason)
      }
      const target = state.versions.find((v) => v.version === current.version)
      const created = await this.store.createRef(tag, { metadata, ...commitOf(target) })
      state = await this.modelState(model)
      if (created.outcome === 'created') return { outcome: 'created', event: findEvent(state, tag) }
    }
    throw new Error(`Could not unassign ${model} from ${stage}: too many concurrent changes.`)
  }

  /**
   * Puts the stage back on the version it held before the current one: the most recent earlier
   * assignment of another version that is still usable. The rollback is a new assignment, so
   * the history keeps both the bad promotion and its reversal.
   */
  async rollbackStage(request: StageRequest): Promise<StageChange> {
    const { model, stage } = request
    assertModelName(model)
    assertStageName(stage)
    const state = await this.modelState(model)
    const current = currentAssignment(state, stage)
    const usable = new Set(state.versions.filter(isUsable).map((v) => v.version))
    const previous = state.stageEvents
      .filter(
        (event) =>
          event.stage === stage &&
          event.action === 'assign' &&
          event.version !== undefined &&
          event.version !== current?.version &&
          usable.has(event.version) &&
          (current === undefined || event.tag !== current.tag)
      )
      .at(-1)
    if (previous?.version === undefined) {
      throw new UsageError(
        `${model} has no earlier version in stage ${stage} to roll back to` +
          (current?.version ? ` (it holds ${current.version}).` : '.')
      )
    }
    return this.assignStage({ ...request, version: previous.version })
  }

  /** The assignment in effect for a stage, or undefined. */
  async currentStage(model: string, stage: string): Promise<StageEvent | undefined> {
    assertModelName(model)
    assertStageName(stage)
    return currentAssignment(await this.modelState(model), stage)
  }

  /** Stage events in history order, for one stage or all; the audit trail and rollback history. */
  async stageHistory(model: string, stage?: string): Promise<StageEvent[]> {
    assertModelName(model)
    if (stage !== undefined) assertStageName(stage)
    const state = await this.modelState(model)
    return state.stageEvents.filter((event) => stage === undefined || event.stage === stage)
  }

  // ---- reading ---------------------------------------------------------------------------------

  /**
   * Resolves `churn@v1.2.3`, `churn@latest` or `churn@production` (or a parsed reference) to a
   * complete, usable version. UsageError explaining why otherwise: unknown, still incomplete,
   * deregistered, or an empty stage.
   */
  async resolve(reference: string | ModelReference): Promise<ResolvedVersion> {
    const parsed = typeof reference === 'string' ? parseModelReference(reference) : reference
    const state = await this.modelState(parsed.model)
    if (state.versions.length === 0) {
      throw new UsageError(`Model ${parsed.model} has no versions in ${this.store.location}.`)
    }
    switch (parsed.kind) {
      case 'version': {
        const version = this.requireVersionRecord(state, parsed.version)
        if (!isUsable(version)) throw new UsageError(unusableMessage(version))
        return { ...version, deprecated: state.deprecated !== undefined }
      }
      case 'latest': {
        const version = latestVersion(state)
        if (version === undefined) {
          throw new UsageError(
            `Model ${parsed.model} has no complete, registered version in ${this.store.location}.`
          )
        }
        return { ...version, deprecated: state.deprecated !== undefined }
      }
      case 'stage': {
        const assignment = currentAssignment(state, parsed.stage)
        if (assignment === undefined) {
          const known = stagesInUse(state)
          throw new UsageError(
            `No version of ${parsed.model} is in stage ${parsed.stage}` +
              (known.length > 0 ? ` (stages in use: ${known.join(', ')}).` : '.') +
              stageSuggestion(parsed.stage, known)
          )
        }
        const version = state.versions.find((v) => v.version === assignment.version)
        if (version === undefined) {
          throw new UsageError(
            `Stage ${parsed.stage} of ${parsed.model} points at a commit with no registered ` +
              `version (tag ${assignment.tag}); assign a registered version.`
          )
        }
        if (!isUsable(version)) {
          throw new UsageError(
            `Stage ${parsed.stage} of ${parsed.model} holds ${version.version}, but ` +
              `${unusableMessage(version)} Assign another version to ${parsed.stage}.`
          )
        }
        return { ...version, deprecated: state.deprecated !== undefined, stage: assignment }
      }
    }
  }

  /** Every claimed version of a model, lowest first, including incomplete and deregistered ones. */
  async listVersions(model: string): Promise<ModelVersion[]> {
    return (await this.modelState(model)).versions
  }

  /** Every model in the store with its latest version, stages and incomplete claims. */
  async listModels(): Promise<ModelSummary[]> {
    const refs = await this.store.listRefs('')
    const byModel = new Map<string, StoredRef[]>()
    for (const ref of refs) {
      const tag = parseRegistryTag(ref.name)
      if (tag === undefined) continue
      const list = byModel.get(tag.model) ?? []
      list.push(ref)
      byModel.set(tag.model, list)
    }
    const published = new Set(await this.store.listBundles(''))
    return [...byModel.keys()].sort(compareCodeUnits).map((model) => {
      const state = buildModelState(model, byModel.get(model) ?? [], published)
      const stages: Record<string, string> = {}
      for (const stage of stagesInUse(state)) {
        const version = currentAssignment(state, stage)?.version
        if (version !== undefined) stages[stage] = version
      }
      const latest = latestVersion(state)
      return {
        model,
        ...(latest === undefined ? {} : { latest: latest.version }),
        versions: state.versions.length,
        incomplete: state.versions.filter((v) => !v.complete).map((v) => v.version),
        stages,
        deprecated: state.deprecated !== undefined
      }
    })
  }

  /** The full state of one model, read fresh from the store. */
  async modelState(model: string): Promise<ModelState> {
    assertModelName(model)
    const [versionRefs, stageRefs, bundles] = await Promise.all([
      this.store.listRefs(versionTagPrefix(model)),
      this.store.listRefs(stageTagPrefix(model)),
      this.store.listBundles(versionTagPrefix(model))
    ])
    return buildModelState(model, [...versionRefs, ...stageRefs], new Set(bundles))
  }

  // ---- checks ----------------------------------------------------------------------------------

  private assertAllowedStage(stage: string): void {
    assertStageName(stage)
    const stages = this.config.stages
    if (stages !== undefined && !stages.includes(stage)) {
      throw new UsageError(
        `Stage ${JSON.stringify(stage)} is not one of the stages configured in .tollgate.yml ` +
          `(registry.stages: ${stages.join(', ')}).${stageSuggestion(stage, stages)}`
      )
    }
  }

  private assertPromotionAllowed(state: ModelState, stage: string, version: string): void {
    const stages = this.config.stages
    if (this.config.promotion !== 'sequential' || stages === undefined) return
    const index = stages.indexOf(stage)
    if (index <= 0) return
    const previous = stages[index - 1]!
    const wasThere = state.stageEvents.some(
      (event) => event.stage === previous && event.action === 'assign' && event.version === version
    )
    if (!wasThere) {
      throw new UsageError(
        `${state.model} ${version} cannot enter ${stage}: it has never been in ${previous}, and ` +
          `.tollgate.yml sets promotion: sequential (${stages.join(' -> ')}). Assign it to ` +
          `${previous} first.`
      )
    }
  }

  private assertAcceptsChanges(state: ModelState): void {
    if (state.deprecated !== undefined) {
      throw new UsageError(
        `Model ${state.model} was deprecated (tag ${state.deprecated.tag}); its stages can no ` +
          'longer change.'
      )
    }
  }

  private requireVersionRecord(state: ModelState, version: string): ModelVersion {
    const found = state.versions.find((v) => v.version === version)
    if (found === undefined) {
      const known = state.versions.map((v) => v.version)
      throw new UsageError(
        `${state.model} ${version} is not registered in ${this.store.location}` +
          (known.length > 0 ? ` (versions: ${known.join(', ')}).` : '.')
      )
    }
    return found
  }
}

/** How many times a claim is retried when concurrent writers keep taking the name. */
const MAX_CLAIM_ATTEMPTS = 100

export interface RegisterVersionRequest extends ModelVersionContent {
  model: string
  /** Which part to bump from the highest claimed version (default patch: v0.0.1, v0.0.2, ...). */
  bump?: VersionBump
  /** An explicit version instead of a bump (`1.4.0` or `v1.4.0`); fails if already claimed. */
  version?: string
}

export interface RegisteredVersion {
  model: string
  version: string
  tag: string
  claimedAt: string
  /** 'existing' when this run (same run, attempt and job) had registered it before. */
  outcome: 'created' | 'existing'
  manifest: BundleManifest
}

export interface StageRequest extends RegistryAuthor {
  model: string
  stage: string
  reason?: string
}

export interface AssignStageRequest extends StageRequest {
  version: string
}

export interface DeregisterRequest extends RegistryAuthor {
  model: string
  version: string
  reason?: string
}

export interface DeprecateRequest extends RegistryAuthor {
  model: string
  reason?: string
}

export interface StageChange {
  /** 'unchanged' when the stage already held the version (or was already empty). */
  outcome: 'created' | 'unchanged'
  event: StageEvent
}

export interface ResolvedVersion extends ModelVersion {
  /** True when the whole model is deprecated (it still resolves, for running deployments). */
  deprecated: boolean
  /** The assignment that was followed, for stage references. */
  stage?: StageEvent
}

export interface ModelSummary {
  model: string
  latest?: string
  versions: number
  /** Versions whose claim exists but whose bundle was never published. */
  incomplete: string[]
  /** Current version per stage. */
  stages: Record<string, string>
  deprecated: boolean
}

function versionFrom(model: string, ref: StoredRef): ModelVersion {
  const version = buildModelState(model, [ref], new Set()).versions[0]
  if (version === undefined) throw new Error(`Ref ${ref.name} is not a version tag of ${model}.`)
  return version
}

function findEvent(state: ModelState, tag: string): StageEvent {
  const event = state.stageEvents.find((e) => e.tag === tag)
  if (event === undefined)
    throw new Error(`Stage event ${tag} was created but cannot be read back.`)
  return event
}

function commitOf(version: ModelVersion | undefined): { commit?: string } {
  return version?.commit === undefined ? {} : { commit: version.commit }
}

function unusableMessage(version: ModelVersion): string {
  if (version.deregistered !== undefined) {
    return (
      `${version.model} ${version.version} was deregistered (tag ${version.deregistered.tag}` +
      (version.deregistered.reason ? `: ${version.deregistered.reason}` : '') +
      ').'
    )
  }
  return (
    `${version.model} ${version.version} is incomplete: its number was claimed at ` +
    `${version.claimedAt} but its files were never published (the registering run stopped ` +
    'before finishing). Register again to get a complete version.'
  )
}
