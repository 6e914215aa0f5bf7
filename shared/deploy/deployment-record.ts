import { IntegrityError } from '../errors.js'
import { isJsonObject } from '../store/canonical-json.js'
import type { RunIdentity } from '../registry/registry-state.js'
import type { RunEvent } from '../lineage/openlineage-event.js'
import type { ApprovalVia } from './approval-policy.js'

/**
 * The deployment history (series `deployments.<model>`): one immutable record per deployment
 * attempt and per rollback, written when its outcome is known. `tollgate deployments` lists it
 * and rollback reads it; the registry's stage tags say what is current, these records say what
 * happened, who approved it and what was rolled back.
 */

export const DEPLOYMENT_RECORD_SCHEMA = 'tollgate.deployment/1'

/**
 * - `success`: the step ran (or there was none) and the registry stage now holds the version;
 * - `failure`: the step failed and nothing could be rolled back (no earlier version, or the
 *   rollback failed too);
 * - `rolled-back`: the step failed and the environment was put back on the previous version;
 * - `denied` / `expired`: the approval request was denied or ran out of time; nothing ran.
 */
export type DeploymentOutcome = 'success' | 'failure' | 'rolled-back' | 'denied' | 'expired'

export type DeploymentKind = 'deploy' | 'rollback'

export interface RecordedApprover {
  login: string
  /** ISO-8601 time of the approval. */
  at: string
}

export interface DeploymentStepResult {
  kind: 'command' | 'copy' | 'none'
  /** Exit code of the command; null when it was killed or could not start. */
  exitCode?: number | null
  /** One sentence: what ran and how it ended. */
  detail: string
}

export interface DeploymentRecord {
  schema: typeof DEPLOYMENT_RECORD_SCHEMA
  model: string
  version: string
  environment: string
  kind: DeploymentKind
  status: DeploymentOutcome
  /** The version the stage held before; null when the environment was empty. */
  previousVersion: string | null
  /** For a failed deploy: the rollback to previousVersion and how it ended. */
  rollback?: { version: string; status: 'success' | 'failure' }
  approval: {
    via: ApprovalVia | 'local'
    required: number
    approvers: RecordedApprover[]
    /** The approval request's id, when one was made. */
    request?: string
    /** The approval issue, when one was made. */
    issue?: number
  }
  /** Who started the deployment (GitHub actor or local user). */
  initiator: string
  reason?: string
  run: RunIdentity & { url?: string }
  /** The GitHub Deployment, when one was created. */
  githubDeployment?: { id: number; url?: string }
  step: DeploymentStepResult
  /** ISO-8601. */
  startedAt: string
  /** ISO-8601. */
  finishedAt: string
  /**
   * The deployment's OpenLineage event (input: the model version; run facet tollgate_deployment),
   * so the lineage graph links version -> deployments.
   */
  lineage?: RunEvent
}

export function deploymentSeries(model: string): string {
  return `deployments.${model}`
}

/** `<environment>.<run key>.<kind>`: a run deploys an environment once, and may roll it back once. */
export function deploymentRecordKey(
  environment: string,
  run: string,
  kind: DeploymentKind
): string {
  return `${environment}.${run}.${kind}`
}

/** Checks a stored deployment record's shape; `what` names it in the error. */
export function parseDeploymentRecord(value: unknown, what: string): DeploymentRecord {
  const fail = (detail: string): never => {
    throw new IntegrityError(`${what} is not a Tollgate deployment record: ${detail}.`)
  }
  if (!isJsonObject(value)) return fail('it is not a JSON object')
  if (value.schema !== DEPLOYMENT_RECORD_SCHEMA) fail(`schema is ${JSON.stringify(value.schema)}`)
  for (const key of [
    'model',
    'version',
    'environment',
    'kind',
    'status',
    'initiator',
    'startedAt',
    'finishedAt'
  ] as const) {
    if (typeof value[key] !== 'string') fail(`${key} is missing`)
  }
  if (!(value.previousVersion === null || typeof value.previousVersion === 'string')) {
    fail('previousVersion is not a version or null')
  }
  if (!isJsonObject(value.approval) || !Array.isArray(value.approval.approvers))
    fail('approval is missing')
  if (!isJsonObject(value.step)) fail('step is missing')
  if (!isJsonObject(value.run) || typeof value.run.id !== 'string') fail('run is missing')
  return value as unknown as DeploymentRecord
}

/**
 * The deployments of one environment that changed what runs there (successful deploys and
 * rollbacks), oldest first: the environment's history of versions.
 */
export function environmentTimeline(
  records: readonly DeploymentRecord[],
  environment: string
): DeploymentRecord[] {
  return records.filter(
    (record) => record.environment === environment && record.status === 'success'
  )
}
