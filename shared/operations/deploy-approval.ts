import { UsageError } from '../errors.js'
import type { ApprovalPolicy } from '../deploy/approval-policy.js'
import { isLogin } from '../deploy/approval-policy.js'
import {
  APPROVAL_DECISION_SCHEMA,
  APPROVAL_REQUEST_SCHEMA,
  APPROVAL_VOTE_SCHEMA,
  approvalRequestId,
  type ApprovalDecision,
  type ApprovalRequest
} from '../deploy/approval-request.js'
import type { ApprovalComment, ApprovalState, ApprovalTally } from '../deploy/approval-tally.js'
import { tallyApprovals } from '../deploy/approval-tally.js'
import type { RunIdentity } from '../registry/registry-state.js'
import { runKey } from '../deploy/run-key.js'
import type { Store } from '../store/store.js'
import {
  claimApprovalDecision,
  readApprovalDecision,
  readApprovalLedger,
  saveApprovalRequest,
  saveApprovalVote
} from './deploy-record-store.js'

/**
 * Approval of a deployment through a request that outlives the run: the run that needs approval
 * opens (or finds) the request and ends; a later run counts the votes and, exactly once, acts on
 * the decision. Two channels implement it: GitHub issues (deploy-issue-approval.ts) and the
 * command line's local approval records (below). Both count with deploy/approval-tally.ts.
 */

export type RecordedRun = RunIdentity & { url?: string }

export interface ApprovalOpening {
  model: string
  version: string
  environment: string
  policy: ApprovalPolicy
  initiator: string
  run: RecordedRun
  /** ms since the epoch. */
  now: number
  /** Markdown with the evidence, shown where people vote. */
  evidence: string
}

export interface ApprovalStatus {
  state: ApprovalState
  request: ApprovalRequest
  tally: ApprovalTally
  /** True when this run owns the decision (approved, denied or expired) and must act on it. */
  claimed: boolean
  /** The stored decision, when there is one. */
  decision?: ApprovalDecision
  /** True when this call opened the request. */
  opened: boolean
  /** Where people vote (the issue), when there is a page for it. */
  url?: string
  /** Sentences about votes this run recorded or refused (local mode). */
  notes: string[]
}

export interface ApprovalChannel {
  readonly via: 'issue' | 'local'
  /** The open request for this deployment, or a new one, with its votes counted. */
  open(opening: ApprovalOpening): Promise<ApprovalStatus>
  /** Counts the votes of a known request (the run a comment started). */
  check(request: ApprovalRequest, run: RecordedRun, now: number): Promise<ApprovalStatus>
  /** Tells the voters how it ended (closes the issue); `completed` when the deployment went ahead. */
  finish(
    status: ApprovalStatus,
    outcome: { completed: boolean; message: string; runUrl?: string }
  ): Promise<void>
}

/** A new request for this deployment, as stored. */
export function newApprovalRequest(
  opening: ApprovalOpening,
  via: 'issue' | 'local',
  issue?: number
): ApprovalRequest {
  const { policy } = opening
  if (policy.required < 1)
    throw new Error('newApprovalRequest: the policy needs at least one approval')
  return {
    schema: APPROVAL_REQUEST_SCHEMA,
    id: approvalRequestId(opening.environment, opening.version, runKey(opening.run)),
    model: opening.model,
    version: opening.version,
    environment: opening.environment,
    via,
    initiator: opening.initiator.toLowerCase(),
    required: policy.required,
    allowInitiator: policy.allowInitiator,
    approvers: [...policy.users, ...policy.teams.map((team) => `@${team.org}/${team.slug}`)],
    requestedAt: new Date(opening.now).toISOString(),
    expiresAt: new Date(opening.now + policy.expiresAfterMs).toISOString(),
    run: opening.run,
    ...(issue === undefined ? {} : { issue })
  }
}

/** The request's quorum rules as the tally reads them. */
export function tallyRequestOf(request: ApprovalRequest) {
  return {
    required: request.required,
    allowInitiator: request.allowInitiator,
    initiator: request.initiator,
    requestedAt: request.requestedAt,
    expiresAt: request.expiresAt
  }
}

/** True while a request can still be decided by votes. */
export function isOpenRequest(request: ApprovalRequest, now: number): boolean {
  return Date.parse(request.expiresAt) >= now
}

/**
 * Turns a tally into a status: pending stays pending; an outcome is claimed in the store so that
 * exactly one run acts on it. A decision stored earlier (e.g. a comment arriving after the
 * request was settled) is returned as is, claimed only by the run that made it.
 */
export async function settleApproval(
  store: Store,
  request: ApprovalRequest,
  tally: ApprovalTally,
  run: RecordedRun,
  extra: { opened: boolean; url?: string; notes?: string[] }
): Promise<ApprovalStatus> {
  const base = {
    request,
    tally,
    opened: extra.opened,
    notes: extra.notes ?? [],
    ...(extra.url === undefined ? {} : { url: extra.url })
  }
  const earlier = await readApprovalDecision(store, request.model, request.id)
  if (earlier !== undefined) {
    const mine = earlier.run.id === run.id && earlier.run.attempt === run.attempt
    return { ...base, state: earlier.state, claimed: mine, decision: earlier }
  }
  if (tally.state === 'pending') return { ...base, state: 'pending', claimed: false }
  const decision: ApprovalDecision = {
    schema: APPROVAL_DECISION_SCHEMA,
    request: request.id,
    state: tally.state,
    approvals: tally.approvals,
    denials: tally.denials,
    decidedAt: tally.decidedAt ?? request.expiresAt,
    run
  }
  const claim = await claimApprovalDecision(store, request.model, decision)
  return { ...base, state: claim.decision.state, claimed: claim.claimed, decision: claim.decision }
}

/** A vote given on the command line: `--approve NAME` or `--deny NAME`. */
export interface LocalVote {
  login: string
  kind: 'approve' | 'deny'
  reason?: string
}

/**
 * The command line's approval mode: requests and votes are records in the store, and the same
 * quorum rules apply. Names are not authenticated — this mode is for a laptop, a demo or a
 * self-hosted pipeline whose store only trusted people can write, not a security boundary.
 * Team entries cannot be checked offline: a vote counts when its name is among the listed users,
 * or when the policy lists no approvers at all.
 */
export class LocalApprovalChannel implements ApprovalChannel {
  readonly via = 'local' as const

  constructor(
    private readonly store: Store,
    private readonly vote?: LocalVote
  ) {
    if (vote !== undefined && !isLogin(vote.login)) {
      throw new UsageError(
        `approver name ${JSON.stringify(vote.login)} must be a login: letters, digits and "-"`
      )
    }
  }

  async open(opening: ApprovalOpening): Promise<ApprovalStatus> {
    const ledger = await readApprovalLedger(this.store, opening.model)
    const existing = ledger.requests
      .filter(
        (request) =>
          request.version === opening.version &&
          request.environment === opening.environment &&
          !ledger.decisions.has(request.id) &&
          isOpenRequest(request, opening.now)
      )
      .at(-1)
    const request =
      existing ?? (await saveApprovalRequest(this.store, newApprovalRequest(opening, 'local')))
    return this.count(request, opening.run, opening.now, existing === undefined)
  }

  async check(request: ApprovalRequest, run: RecordedRun, now: number): Promise<ApprovalStatus> {
    return this.count(request, run, now, false)
  }

  async finish(): Promise<void> {
    // Local requests have no page to close: the decision and deployment records are the outcome.
  }

  private async count(
    request: ApprovalRequest,
    run: RecordedRun,
    now: number,
    opened: boolean
  ): Promise<ApprovalStatus> {
    const notes: string[] = []
    if (this.vote !== undefined) {
      const at = new Date(now).toISOString()
      const saved = await saveApprovalVote(this.store, request.model, {
        schema: APPROVAL_VOTE_SCHEMA,
        request: request.id,
        login: this.vote.login.toLowerCase(),
        kind: this.vote.kind,
        at,
        ...(this.vote.reason === undefined ? {} : { reason: this.vote.reason })
      })
      notes.push(
        saved.outcome === 'created'
          ? `${this.vote.login} ${this.vote.kind === 'approve' ? 'approved' : 'denied'} request ${request.id}.`
          : `${this.vote.login} had already voted ${saved.vote.kind} on request ${request.id}; votes are final.`
      )
    }
    const ledger = await readApprovalLedger(this.store, request.model)
    const comments: ApprovalComment[] = (ledger.votes.get(request.id) ?? []).map((vote, index) => ({
      id: index + 1,
      login: vote.login,
      body: `/${vote.kind}${vote.reason === undefined ? '' : ` ${vote.reason}`}`,
      createdAt: vote.at,
      updatedAt: vote.at
    }))
    const users = request.approvers.filter((entry) => !entry.includes('/'))
    const eligible = (login: string) => request.approvers.length === 0 || users.includes(login)
    const tally = tallyApprovals(tallyRequestOf(request), comments, eligible, now)
    return settleApproval(this.store, request, tally, run, { opened, notes })
  }
}
