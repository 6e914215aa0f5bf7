import { createHash } from 'node:crypto'

/**
 * Deterministic OpenLineage run ids. A run's START and COMPLETE events, and a re-run of the same
 * workflow attempt, must carry the same `runId` so a re-run rewrites the same record instead of
 * adding a second run (DESIGN.md §3 "Idempotent re-runs"). A name-based UUID gives exactly that.
 */

/** RFC 4122 Appendix C: the name space for URLs. */
export const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8'

/**
 * Tollgate's name space for run ids: uuidV5(URL_NAMESPACE,
 * 'https://github.com/tollgate/openlineage-run-id'), fixed forever so ids stay stable across
 * releases (python: `uuid.uuid5(uuid.NAMESPACE_URL, ...)` gives the same value).
 */
export const TOLLGATE_RUN_NAMESPACE = '7eeaa416-c8e8-5631-851f-2e256fa03509'

/** What identifies one execution of one Tollgate action. */
export interface ActionRunIdentity {
  /** GitHub's `GITHUB_RUN_ID` (or any stable id of the surrounding run). */
  workflowRunId: string
  /** `GITHUB_RUN_ATTEMPT`, from 1. */
  attempt: number
  /** The job id within the workflow (`GITHUB_JOB`). */
  job: string
  /** The Tollgate action, e.g. `train`, `register-model`. */
  action: string
}

/**
 * The OpenLineage `runId` of an action execution: a version-5 UUID of the identity. The parts
 * are joined as a JSON array so no two identities can produce the same name.
 */
export function lineageRunId(identity: ActionRunIdentity): string {
  const name = JSON.stringify([
    identity.workflowRunId,
    identity.attempt,
    identity.job,
    identity.action
  ])
  return uuidV5(TOLLGATE_RUN_NAMESPACE, name)
}

/**
 * A name-based UUID, version 5 (RFC 9562 §5.5, formerly RFC 4122 §4.3): the SHA-1 of the name
 * space's 16 bytes followed by the UTF-8 name, truncated to 16 bytes, with the version nibble set
 * to 5 and the variant bits to 10.
 */
export function uuidV5(namespace: string, name: string): string {
  const hash = createHash('sha1')
    .update(uuidBytes(namespace))
    .update(new TextEncoder().encode(name))
    .digest()
  const bytes = Uint8Array.from(hash.subarray(0, 16))
  bytes[6] = (bytes[6]! & 0x0f) | 0x50
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = Buffer.from(bytes).toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** True for the textual form of a UUID (any version). */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_PATTERN.test(value)
}

function uuidBytes(uuid: string): Uint8Array {
  if (!UUID_PATTERN.test(uuid)) throw new Error(`Not a UUID: ${uuid}`)
  return Uint8Array.from(Buffer.from(uuid.replace(/-/g, ''), 'hex'))
}
