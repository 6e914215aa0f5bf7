/**
 * Counting approvals of a deployment request: `/approve` and `/deny` comments on an approval
 * issue, or approval records of the command line's local mode, turned into one outcome.
 *
 * Rules (the same for both sources):
 * - A command is the first non-empty line of a comment: `/approve` or `/deny`, any letter case,
 *   optionally followed by a reason (`/deny metrics look off`). Other comments are conversation.
 * - A comment edited after it was written (updated_at ≠ created_at) is ignored: its text could
 *   have been changed from "lgtm?" to "/approve" after the fact, and GitHub keeps no history
 *   Tollgate could check.
 * - Only allowed approvers count (`eligible`); bots never do. The initiator's approval does not
 *   count unless the policy allows it; the initiator may still `/deny` (withdraw) their request.
 * - Comments after the request expired are ignored.
 * - Each person's latest command is their vote, so a reviewer can change their mind. Commands
 *   are replayed in time order and the first moment with a standing `/deny` (denied) or with
 *   `required` distinct standing approvals (approved) decides; later comments change nothing.
 * - Without a decision, the request is `expired` once `now` is past its expiry, else `pending`.
 */

export interface ApprovalComment {
  id: number
  login: string
  body: string
  /** ISO-8601. */
  createdAt: string
  /** ISO-8601; differs from createdAt when the comment was edited. */
  updatedAt: string
  /** Bot accounts (`type: Bot`, or logins ending in `[bot]`) never count. */
  isBot?: boolean
}

export type ApprovalCommandKind = 'approve' | 'deny'

export interface ApprovalCommand {
  kind: ApprovalCommandKind
  reason?: string
}

const COMMAND = /^\/(approve|deny)(?:\s+(.*))?$/i

/** The command a comment body carries, or undefined for ordinary conversation. */
export function parseApprovalCommand(body: string): ApprovalCommand | undefined {
  const line = body
    .split(/\r?\n/)
    .map((text) => text.trim())
    .find((text) => text !== '')
  if (line === undefined) return undefined
  const match = COMMAND.exec(line)
  if (match === null) return undefined
  const reason = match[2]?.trim()
  return {
    kind: match[1]!.toLowerCase() as ApprovalCommandKind,
    ...(reason === undefined || reason === '' ? {} : { reason })
  }
}

export interface TallyRequest {
  /** Distinct approvals needed. */
  required: number
  allowInitiator: boolean
  /** Login of the person who started the deployment. */
  initiator: string
  /** ISO-8601. */
  requestedAt: string
  /** ISO-8601. */
  expiresAt: string
}

export interface ApprovalVote {
  login: string
  kind: ApprovalCommandKind
  /** ISO-8601 time of the comment or record. */
  at: string
  commentId: number
  reason?: string
}

export interface IgnoredCommand {
  login: string
  kind: ApprovalCommandKind
  at: string
  commentId: number
  /** Why it does not count, one sentence. */
  reason: string
}

export type ApprovalState = 'approved' | 'denied' | 'pending' | 'expired'

export interface ApprovalTally {
  state: ApprovalState
  required: number
  /** Standing approvals (at the decision, or now), oldest first. */
  approvals: ApprovalVote[]
  /** Standing denials; the first one decided a `denied` request. */
  denials: ApprovalVote[]
  ignored: IgnoredCommand[]
  /** When the outcome was reached (ISO-8601): the deciding comment, or the expiry. */
  decidedAt?: string
}

/**
 * Tallies the comments of one request. `eligible(login)` says whether a (lower-cased) login may
 * approve; `now` is milliseconds since the epoch.
 */
export function tallyApprovals(
  request: TallyRequest,
  comments: readonly ApprovalComment[],
  eligible: (login: string) => boolean,
  now: number
): ApprovalTally {
  const requestedAt = Date.parse(request.requestedAt)
  const expiresAt = Date.parse(request.expiresAt)
  const initiator = request.initiator.toLowerCase()
  const ordered = [...comments].sort(
    (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id
  )
  const standing = new Map<string, ApprovalVote>()
  const ignored: IgnoredCommand[] = []
  const snapshot = (state: ApprovalState, decidedAt?: string): ApprovalTally => {
    const votes = [...standing.values()].sort(
      (a, b) => Date.parse(a.at) - Date.parse(b.at) || a.commentId - b.commentId
    )
    return {
      state,
      required: request.required,
      approvals: votes.filter((vote) => vote.kind === 'approve'),
      denials: votes.filter((vote) => vote.kind === 'deny'),
      ignored,
      ...(decidedAt === undefined ? {} : { decidedAt })
    }
  }
  for (const comment of ordered) {
    const command = parseApprovalCommand(comment.body)
    if (command === undefined) continue
    const login = comment.login.toLowerCase()
    const at = comment.createdAt
    const ignore = (reason: string) =>
      ignored.push({ login, kind: command.kind, at, commentId: comment.id, reason })
    const written = Date.parse(comment.createdAt)
    if (Date.parse(comment.updatedAt) !== written) {
      ignore('the comment was edited after it was written')
    } else if (written < requestedAt) {
      ignore('the comment is older than the request')
    } else if (written > expiresAt) {
      ignore('the request had expired')
    } else if (comment.isBot === true || login.endsWith('[bot]')) {
      ignore('bots cannot approve or deny')
    } else if (command.kind === 'approve' && login === initiator && !request.allowInitiator) {
      ignore('the initiator cannot approve their own deployment')
    } else if (!eligible(login)) {
      ignore('not an allowed approver')
    } else {
      standing.set(login, {
        login,
        kind: command.kind,
        at,
        commentId: comment.id,
        ...(command.reason === undefined ? {} : { reason: command.reason })
      })
      const votes = [...standing.values()]
      if (votes.some((vote) => vote.kind === 'deny')) return snapshot('denied', at)
      if (votes.filter((vote) => vote.kind === 'approve').length >= request.required) {
        return snapshot('approved', at)
      }
    }
  }
  if (now > expiresAt) return snapshot('expired', request.expiresAt)
  return snapshot('pending')
}
