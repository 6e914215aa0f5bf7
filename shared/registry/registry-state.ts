import type { JsonObject, JsonValue } from '../store/canonical-json.js'
import type { StoredRef } from '../store/store.js'
import { compareCodeUnits } from '../store/store-names.js'
import { parseRegistryTag } from './gto-tags.js'
import { compareVersions, parseVersion, type SemVer } from './semver.js'

/**
 * A model's registry state, derived from its tags (refs) alone, as GTO derives it: nothing else is
 * stored, so every reader reconstructs the same state and the tags stay the audit trail.
 */

/** The workflow run that wrote something; what makes re-runs idempotent. */
export interface RunIdentity {
  /** `GITHUB_RUN_ID` or another id of the surrounding run. */
  id: string
  /** `GITHUB_RUN_ATTEMPT`, from 1. */
  attempt: number
  /** `GITHUB_JOB`, when one run has several jobs that write. */
  job?: string
  workflow?: string
}

/** Who did something and in which run; recorded in every claim. */
export interface RegistryAuthor {
  run?: RunIdentity
  /** GitHub login or local user name. */
  actor?: string
}

export interface ModelVersion extends RegistryAuthor {
  model: string
  /** `v1.2.3`. */
  version: string
  semver: SemVer
  /** The version's tag, also the name of its bundle. */
  tag: string
  /** When the version number was claimed (store time, ISO-8601). */
  claimedAt: string
  commit?: string
  /**
   * True when the version's bundle is published. A claim whose bundle never appeared (the
   * registering run crashed) is incomplete: never resolved, reported by `listVersions`.
   */
  complete: boolean
  deregistered?: RegistryEvent
}

/** A tag that records an action, with its metadata. */
export interface RegistryEvent extends RegistryAuthor {
  tag: string
  /** Store time, ISO-8601. */
  at: string
  reason?: string
}

export interface StageEvent extends RegistryEvent {
  model: string
  stage: string
  action: 'assign' | 'unassign'
  /** The version assigned (or unassigned); undefined when a foreign tag names no known version. */
  version?: string
  /** GTO's counter (`#N`); undefined for GTO's counter-less simple tags. */
  counter?: number
}

export interface ModelState {
  model: string
  /** Every claimed version, lowest first. */
  versions: ModelVersion[]
  /** Every stage event, in history order (see `compareStageEvents`). */
  stageEvents: StageEvent[]
  deprecated?: RegistryEvent
  /** The highest stage-event counter used so far (0 when none). */
  lastCounter: number
}

/**
 * Builds the state of `model` from refs (at least all refs starting with `<model>@` and
 * `<model>#`; others are ignored) and the names of published bundles.
 */
export function buildModelState(
  model: string,
  refs: readonly StoredRef[],
  publishedBundles: ReadonlySet<string>
): ModelState {
  const versions = new Map<string, ModelVersion>()
  const deregistrations: Array<{ version: string; event: RegistryEvent }> = []
  const stageRefs: Array<{
    ref: StoredRef
    tag: { stage: string; counter?: number }
    unassign: boolean
  }> = []
  let deprecated: RegistryEvent | undefined
  let lastCounter = 0

  for (const ref of refs) {
    const tag = parseRegistryTag(ref.name)
    if (tag === undefined || tag.model !== model) continue
    if ('counter' in tag && tag.counter !== undefined)
      lastCounter = Math.max(lastCounter, tag.counter)
    switch (tag.kind) {
      case 'version': {
        const semver = parseVersion(tag.version)
        if (semver === undefined) break
        versions.set(tag.version, {
          model,
          version: tag.version,
          semver,
          tag: ref.name,
          claimedAt: ref.createdAt,
          ...(ref.commit === undefined ? {} : { commit: ref.commit }),
          ...authorOf(ref.metadata),
          complete: publishedBundles.has(ref.name)
        })
        break
      }
      case 'deregistration':
        deregistrations.push({ version: tag.version, event: registryEventOf(ref) })
        break
      case 'deprecation':
        if (deprecated === undefined || ref.createdAt < deprecated.at)
          deprecated = registryEventOf(ref)
        break
      case 'assignment':
      case 'unassignment':
        stageRefs.push({ ref, tag, unassign: tag.kind === 'unassignment' })
        break
    }
  }
  for (const { version, event } of deregistrations) {
    const target = versions.get(version)
    if (target !== undefined && target.deregistered === undefined) target.deregistered = event
  }
  const versionList = [...versions.values()].sort((a, b) => compareVersions(a.semver, b.semver))
  const stageEvents = stageRefs
    .map(({ ref, tag, unassign }): StageEvent => {
      const version =
        stringField(ref.metadata, 'version') ?? versionAtCommit(versionList, ref.commit)
      return {
        model,
        stage: tag.stage,
        action: unassign ? 'unassign' : 'assign',
        ...(version === undefined ? {} : { version }),
        ...(tag.counter === undefined ? {} : { counter: tag.counter }),
        ...registryEventOf(ref)
      }
    })
    .sort(compareStageEvents)
  return {
    model,
    versions: versionList,
    stageEvents,
    ...(deprecated === undefined ? {} : { deprecated }),
    lastCounter
  }
}

/**
 * History order of stage events: by counter (GTO's simple tags, without one, count as 0), then
 * creation time, then assignments before unassignments, then tag name. Two writers that raced
 * for the same counter on different tags still get one deterministic order.
 */
export function compareStageEvents(a: StageEvent, b: StageEvent): number {
  return (
    (a.counter ?? 0) - (b.counter ?? 0) ||
    Date.parse(a.at) - Date.parse(b.at) ||
    (a.action === b.action ? 0 : a.action === 'assign' ? -1 : 1) ||
    compareCodeUnits(a.tag, b.tag)
  )
}

/**
 * The assignment in effect for a stage: the last assignment, unless a later unassignment removed
 * that version from the stage. Undefined when the stage is empty.
 */
export function currentAssignment(state: ModelState, stage: string): StageEvent | undefined {
  let current: StageEvent | undefined
  for (const event of state.stageEvents) {
    if (event.stage !== stage) continue
    if (event.action === 'assign') current = event
    else if (
      current !== undefined &&
      (event.version === undefined || event.version === current.version)
    ) {
      current = undefined
    }
  }
  return current
}

/** Stages that appear in the model's history, in order of first use. */
export function stagesInUse(state: ModelState): string[] {
  return [...new Set(state.stageEvents.map((event) => event.stage))]
}

/** The highest complete, not deregistered version. */
export function latestVersion(state: ModelState): ModelVersion | undefined {
  return state.versions.filter(isUsable).at(-1)
}

/** True when a version can be resolved and assigned: complete and not deregistered. */
export function isUsable(version: ModelVersion): boolean {
  return version.complete && version.deregistered === undefined
}

/** True when two run identities are the same workflow run, attempt and job. */
export function sameRun(a: RunIdentity | undefined, b: RunIdentity | undefined): boolean {
  return (
    a !== undefined &&
    b !== undefined &&
    a.id === b.id &&
    a.attempt === b.attempt &&
    (a.job ?? '') === (b.job ?? '')
  )
}

/** The metadata fields that record who did something, for a claim. */
export function authorMetadata(author: RegistryAuthor, reason?: string): JsonObject {
  const metadata: JsonObject = {}
  if (author.actor !== undefined) metadata.actor = author.actor
  if (author.run !== undefined) {
    const run: JsonObject = { id: author.run.id, attempt: author.run.attempt }
    if (author.run.job !== undefined) run.job = author.run.job
    if (author.run.workflow !== undefined) run.workflow = author.run.workflow
    metadata.run = run
  }
  if (reason !== undefined) metadata.reason = reason
  return metadata
}

/** The event a registry tag records: its tag, store time, author and reason. */
export function registryEventOf(ref: StoredRef): RegistryEvent {
  const reason = stringField(ref.metadata, 'reason')
  return {
    tag: ref.name,
    at: ref.createdAt,
    ...authorOf(ref.metadata),
    ...(reason === undefined ? {} : { reason })
  }
}

/** Reads `actor` and `run` back from claim metadata; foreign tags may have neither. */
function authorOf(metadata: JsonObject): RegistryAuthor {
  const actor = stringField(metadata, 'actor')
  const run = runOf(metadata.run)
  return { ...(actor === undefined ? {} : { actor }), ...(run === undefined ? {} : { run }) }
}

function runOf(value: JsonValue | undefined): RunIdentity | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  const id = value.id
  const attempt = value.attempt
  if (typeof id !== 'string' || typeof attempt !== 'number') return undefined
  const job = stringField(value, 'job')
  const workflow = stringField(value, 'workflow')
  return {
    id,
    attempt,
    ...(job === undefined ? {} : { job }),
    ...(workflow === undefined ? {} : { workflow })
  }
}

/** GTO's own assignment tags carry no version: it is the version registered at the same commit. */
function versionAtCommit(
  versions: readonly ModelVersion[],
  commit: string | undefined
): string | undefined {
  if (commit === undefined) return undefined
  return versions.find((version) => version.commit === commit)?.version
}

function stringField(metadata: JsonObject, key: string): string | undefined {
  const value = metadata[key]
  return typeof value === 'string' ? value : undefined
}
