import type { TrainingDataDigest } from '../registry/model-card.js'
import type { ModelSummary } from '../registry/model-registry.js'
import type { ModelVersion, RunIdentity, StageEvent } from '../registry/registry-state.js'
import type { BundleFileEntry } from '../store/bundle-manifest.js'
import type { JsonValue } from '../store/canonical-json.js'

/**
 * JSON reports of the registry commands (`--report-path`) and of the register-model action.
 * Shapes are stable for other tools (schema: shared/report/schemas/register-report.schema.json).
 */

export const REGISTER_REPORT_SCHEMA = 'tollgate.register-report/1'

export interface StageAssignmentReport {
  stage: string
  version: string
  /** 'unchanged' when the stage already held the version. */
  outcome: 'created' | 'unchanged'
  /** The stage tag, e.g. `churn#staging#3`. */
  tag: string
  at: string
}

export interface RegisterReport {
  schema: typeof REGISTER_REPORT_SCHEMA
  tollgate_version: string
  generated_at: string
  model: string
  /** `v0.0.3`. */
  version: string
  /** `churn@v0.0.3`. */
  tag: string
  /** 'existing' when this workflow run and attempt had registered the version before. */
  outcome: 'created' | 'existing'
  /** When the version number was claimed (store time). */
  claimed_at: string
  /** The GitHub release page, or null for a local store. */
  release_url: string | null
  /** Where the registry is ("GitHub octo/repo", "directory /repo/.tollgate"). */
  store: string
  /** Every file of the version (manifest.json lists the same, with these digests). */
  files: BundleFileEntry[]
  metrics: Record<string, number>
  params: Record<string, JsonValue>
  training_data: TrainingDataDigest[]
  commit: string | null
  run: RunIdentity | null
  actor: string | null
  stage: StageAssignmentReport | null
  /** OpenLineage run id of the registration. */
  lineage_run_id: string
  warnings: string[]
}

export const GET_REPORT_SCHEMA = 'tollgate.get-report/1'

export interface GetReport {
  schema: typeof GET_REPORT_SCHEMA
  /** What was asked for, e.g. `churn@production`. */
  reference: string
  model: string
  version: string
  tag: string
  /** The stage followed, for stage references. */
  stage: string | null
  /** The directory written (absolute). */
  output: string
  /** Every file written, each verified against the version's manifest. */
  files: (BundleFileEntry & { path: string })[]
  deprecated: boolean
}

export const ASSIGN_REPORT_SCHEMA = 'tollgate.assign-report/1'

export interface AssignReport extends StageAssignmentReport {
  schema: typeof ASSIGN_REPORT_SCHEMA
  model: string
  actor: string | null
  run: RunIdentity | null
}

export const HISTORY_REPORT_SCHEMA = 'tollgate.history-report/1'

/** One line of a model's audit trail. */
export interface HistoryEntry {
  at: string
  tag: string
  action: 'register' | 'deregister' | 'assign' | 'unassign'
  version: string | null
  stage: string | null
  actor: string | null
  run: RunIdentity | null
  reason: string | null
}

export interface HistoryReport {
  schema: typeof HISTORY_REPORT_SCHEMA
  model: string
  /** The stage the history was limited to, or null for all. */
  stage: string | null
  /** Current version per stage. */
  current: Record<string, string>
  /** Oldest first. */
  entries: HistoryEntry[]
}

export const LIST_REPORT_SCHEMA = 'tollgate.list-report/1'

export interface ListReport {
  schema: typeof LIST_REPORT_SCHEMA
  store: string
  /** Every model, when no model was named. */
  models?: ModelSummary[]
  /** The named model's versions, lowest first. */
  model?: string
  versions?: VersionListing[]
}

export interface VersionListing {
  version: string
  tag: string
  claimed_at: string
  /** complete, incomplete (claimed, never published) or deregistered. */
  status: 'complete' | 'incomplete' | 'deregistered'
  stages: string[]
  actor: string | null
  run: RunIdentity | null
  commit: string | null
}

/** Lists versions with their status and the stages each currently holds. */
export function versionListing(
  versions: readonly ModelVersion[],
  current: Readonly<Record<string, string>>
): VersionListing[] {
  return versions.map((version) => ({
    version: version.version,
    tag: version.tag,
    claimed_at: version.claimedAt,
    status:
      version.deregistered !== undefined
        ? 'deregistered'
        : version.complete
          ? 'complete'
          : 'incomplete',
    stages: Object.entries(current)
      .filter(([, held]) => held === version.version)
      .map(([stage]) => stage)
      .sort(),
    actor: version.actor ?? null,
    run: version.run ?? null,
    commit: version.commit ?? null
  }))
}

/**
 * A model's audit trail: every registration, deregistration, assignment and unassignment, oldest
 * first (stage events in the registry's history order, merged with versions by time).
 */
export function historyEntries(
  versions: readonly ModelVersion[],
  stageEvents: readonly StageEvent[],
  stage: string | undefined
): HistoryEntry[] {
  const fromStages: HistoryEntry[] = stageEvents
    .filter((event) => stage === undefined || event.stage === stage)
    .map((event) => ({
      at: event.at,
      tag: event.tag,
      action: event.action,
      version: event.version ?? null,
      stage: event.stage,
      actor: event.actor ?? null,
      run: event.run ?? null,
      reason: event.reason ?? null
    }))
  if (stage !== undefined) return fromStages
  const fromVersions: HistoryEntry[] = versions.flatMap((version) => {
    const registered: HistoryEntry = {
      at: version.claimedAt,
      tag: version.tag,
      action: 'register',
      version: version.version,
      stage: null,
      actor: version.actor ?? null,
      run: version.run ?? null,
      reason: null
    }
    const deregistered = version.deregistered
    return deregistered === undefined
      ? [registered]
      : [
          registered,
          {
            at: deregistered.at,
            tag: deregistered.tag,
            action: 'deregister' as const,
            version: version.version,
            stage: null,
            actor: deregistered.actor ?? null,
            run: deregistered.run ?? null,
            reason: deregistered.reason ?? null
          }
        ]
  })
  // Stable merge by time: stage events keep their (counter) order among themselves.
  const merged: HistoryEntry[] = []
  const byTime = [...fromVersions].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
  let v = 0
  for (const entry of fromStages) {
    while (v < byTime.length && Date.parse(byTime[v]!.at) <= Date.parse(entry.at))
      merged.push(byTime[v++]!)
    merged.push(entry)
  }
  while (v < byTime.length) merged.push(byTime[v++]!)
  return merged
}
