import { IntegrityError } from '../errors.js'
import { isJsonObject } from '../store/canonical-json.js'
import type { RunIdentity } from '../registry/registry-state.js'
import type { ApprovalState, ApprovalVote } from './approval-tally.js'

/**
 * Approval requests and their decisions, kept in the store (series `approvals.<model>`) so the
 * run that counts the votes — triggered later by a comment, or a second command on a laptop —
 * knows exactly what was requested, by whom and until when, and so only one run acts on a
 * decision:
 *
 * - `<id>.request`: the request (model, version, environment, initiator, quorum, expiry, issue);
 * - `<id>.vote.<login>`: a vote of the command line's local mode (one per person; changing it
 *   is refused, as the store is append-only — deny instead of approving twice);
 * - `<id>.decision`: the outcome, claimed by exactly one run (the store's exclusive create).
 */

export const APPROVAL_REQUEST_SCHEMA = 'tollgate.approval-request/1'
export const APPROVAL_VOTE_SCHEMA = 'tollgate.approval-vote/1'
export const APPROVAL_DECISION_SCHEMA = 'tollgate.approval-decision/1'

export interface ApprovalRequest {
  schema: typeof APPROVAL_REQUEST_SCHEMA
  id: string
  model: string
  version: string
  environment: string
  /** Where votes are cast: an issue's comments, or local vote records. */
  via: 'issue' | 'local'
  initiator: string
  required: number
  allowInitiator: boolean
  /** Allowed approvers as written (users and @org/team entries). */
  approvers: string[]
  requestedAt: string
  expiresAt: string
  run: RunIdentity & { url?: string }
  /** The approval issue's number (issue mode). */
  issue?: number
}

export interface ApprovalVoteRecord {
  schema: typeof APPROVAL_VOTE_SCHEMA
  request: string
  login: string
  kind: 'approve' | 'deny'
  at: string
  reason?: string
}

export interface ApprovalDecision {
  schema: typeof APPROVAL_DECISION_SCHEMA
  request: string
  state: Exclude<ApprovalState, 'pending'>
  approvals: ApprovalVote[]
  denials: ApprovalVote[]
  decidedAt: string
  /** The run that acts on the decision. */
  run: RunIdentity & { url?: string }
}

export function approvalSeries(model: string): string {
  return `approvals.${model}`
}

/** `<environment>-<version>-<run key>`: unique per request, readable in an issue or a listing. */
export function approvalRequestId(environment: string, version: string, run: string): string {
  return `${environment}-${version}-${run}`
}

export const approvalKeys = {
  request: (id: string) => `${id}.request`,
  vote: (id: string, login: string) => `${id}.vote.${login.toLowerCase()}`,
  decision: (id: string) => `${id}.decision`
}

/** Splits a record key of the approvals series into request id and part. */
export function parseApprovalKey(
  key: string
):
  | { id: string; part: 'request' | 'decision' }
  | { id: string; part: 'vote'; login: string }
  | undefined {
  const vote = /^(.+)\.vote\.([A-Za-z0-9-]+)$/.exec(key)
  if (vote !== null) return { id: vote[1]!, part: 'vote', login: vote[2]! }
  const other = /^(.+)\.(request|decision)$/.exec(key)
  if (other !== null) return { id: other[1]!, part: other[2] as 'request' | 'decision' }
  return undefined
}

export function parseApprovalRequest(value: unknown, what: string): ApprovalRequest {
  const fail = (detail: string): never => {
    throw new IntegrityError(`${what} is not a Tollgate approval request: ${detail}.`)
  }
  if (!isJsonObject(value)) return fail('it is not a JSON object')
  if (value.schema !== APPROVAL_REQUEST_SCHEMA) fail(`schema is ${JSON.stringify(value.schema)}`)
  for (const key of [
    'id',
    'model',
    'version',
    'environment',
    'via',
    'initiator',
    'requestedAt',
    'expiresAt'
  ] as const) {
    if (typeof value[key] !== 'string') fail(`${key} is missing`)
  }
  if (
    typeof value.required !== 'number' ||
    !Number.isInteger(value.required) ||
    value.required < 1
  ) {
    fail('required is not a positive whole number')
  }
  if (typeof value.allowInitiator !== 'boolean') fail('allowInitiator is missing')
  if (!Array.isArray(value.approvers)) fail('approvers is missing')
  return value as unknown as ApprovalRequest
}

export function parseApprovalVote(value: unknown, what: string): ApprovalVoteRecord {
  if (
    !isJsonObject(value) ||
    value.schema !== APPROVAL_VOTE_SCHEMA ||
    typeof value.login !== 'string' ||
    (value.kind !== 'approve' && value.kind !== 'deny') ||
    typeof value.at !== 'string'
  ) {
    throw new IntegrityError(`${what} is not a Tollgate approval vote.`)
  }
  return value as unknown as ApprovalVoteRecord
}

export function parseApprovalDecision(value: unknown, what: string): ApprovalDecision {
  if (
    !isJsonObject(value) ||
    value.schema !== APPROVAL_DECISION_SCHEMA ||
    typeof value.request !== 'string' ||
    !['approved', 'denied', 'expired'].includes(value.state as string) ||
    !Array.isArray(value.approvals) ||
    !isJsonObject(value.run)
  ) {
    throw new IntegrityError(`${what} is not a Tollgate approval decision.`)
  }
  return value as unknown as ApprovalDecision
}
