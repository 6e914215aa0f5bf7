import { UsageError } from '../errors.js'
import type { ApprovalRequest } from '../deploy/approval-request.js'
import { approvalRequestId } from '../deploy/approval-request.js'
import {
  parseApprovalCommand,
  tallyApprovals,
  type ApprovalComment,
  type ApprovalTally
} from '../deploy/approval-tally.js'
import { parseApprovers } from '../deploy/approval-policy.js'
import { runKey } from '../deploy/run-key.js'
import type { Store } from '../store/store.js'
import {
  approvalMarker,
  closeApprovalIssue,
  commentOnApprovalIssue,
  listApprovalComments,
  listOpenApprovalIssues,
  openApprovalIssue,
  readApprovalIssue,
  resolveEligibility,
  APPROVAL_LABEL
} from '../adapters/approval-issue.js'
import type { GitHubClient, RepositoryRef } from '../adapters/github-client.js'
import {
  approvalIssueBody,
  approvalIssueTitle,
  approvalOutcomeComment,
  approvalProgressComment
} from '../report/deploy-approval-issue.js'
import {
  isOpenRequest,
  newApprovalRequest,
  settleApproval,
  tallyRequestOf,
  type ApprovalChannel,
  type ApprovalOpening,
  type ApprovalStatus,
  type RecordedRun
} from './deploy-approval.js'
import {
  readApprovalDecision,
  readApprovalRequest,
  saveApprovalRequest
} from './deploy-record-store.js'

/**
 * Issue-based approval on GitHub: the run that needs approval opens an issue with the evidence
 * and ends (no runner minutes while people decide); a workflow on `issue_comment` runs deploy
 * again, which counts the `/approve` and `/deny` comments and acts on the decision once. The
 * request itself lives in the store, so editing the issue text cannot change what is deployed,
 * to where, or who may approve.
 */
export class IssueApprovalChannel implements ApprovalChannel {
  readonly via = 'issue' as const

  constructor(
    private readonly client: GitHubClient,
    private readonly repository: RepositoryRef,
    private readonly store: Store,
    /** The comment that started this run (issue_comment events): answered with the tally. */
    private readonly triggerCommentId?: number
  ) {}

  async open(opening: ApprovalOpening): Promise<ApprovalStatus> {
    const issues = await listOpenApprovalIssues(this.client, this.repository)
    const ownId = approvalRequestId(opening.environment, opening.version, runKey(opening.run))
    for (const issue of issues) {
      if (issue.request?.model !== opening.model) continue
      const stored = await readApprovalRequest(this.store, opening.model, issue.request.id)
      if (stored === undefined) {
        if (issue.request.id !== ownId) continue
        // This run opened the issue and stopped before storing the request: store it now.
        const request = await saveApprovalRequest(
          this.store,
          newApprovalRequest(opening, 'issue', issue.number)
        )
        return this.count(request, opening.run, opening.now, true, issue.url)
      }
      const undecided =
        (await readApprovalDecision(this.store, opening.model, stored.id)) === undefined
      if (
        stored.version === opening.version &&
        stored.environment === opening.environment &&
        stored.issue === issue.number &&
        undecided &&
        isOpenRequest(stored, opening.now)
      ) {
        return this.count(stored, opening.run, opening.now, false, issue.url)
      }
    }
    const draft = newApprovalRequest(opening, 'issue')
    const issue = await openApprovalIssue(this.client, this.repository, {
      title: approvalIssueTitle(draft),
      body: approvalIssueBody(draft, approvalMarker(draft.model, draft.id), opening.evidence),
      assignees: opening.policy.users
    })
    const request = await saveApprovalRequest(this.store, { ...draft, issue: issue.number })
    return this.count(request, opening.run, opening.now, true, issue.url)
  }

  async check(request: ApprovalRequest, run: RecordedRun, now: number): Promise<ApprovalStatus> {
    const url =
      request.issue === undefined
        ? undefined
        : (await readApprovalIssue(this.client, this.repository, request.issue)).url
    return this.count(request, run, now, false, url)
  }

  async finish(
    status: ApprovalStatus,
    outcome: { completed: boolean; message: string; runUrl?: string }
  ): Promise<void> {
    if (status.request.issue === undefined) return
    await closeApprovalIssue(this.client, this.repository, status.request.issue, {
      comment: approvalOutcomeComment(outcome.message, status.tally, outcome.runUrl),
      completed: outcome.completed
    })
  }

  /**
   * The stored request an approval issue stands for (the run a comment started). The issue must
   * carry the approval label and a marker, and the stored request must name the same issue.
   */
  async requestFromIssue(number: number): Promise<ApprovalRequest | undefined> {
    const issue = await readApprovalIssue(this.client, this.repository, number)
    if (!issue.labels.includes(APPROVAL_LABEL) || issue.request === undefined) return undefined
    const request = await readApprovalRequest(this.store, issue.request.model, issue.request.id)
    if (request === undefined) {
      throw new UsageError(
        `Approval issue #${number} names request ${issue.request.id}, which is not in ${this.store.location}. ` +
          'Issue-based approval needs a store that outlives the run (the GitHub store, or a directory the workflow keeps).'
      )
    }
    if (request.issue !== number) {
      throw new UsageError(
        `Approval issue #${number} does not match its stored request ${request.id} (issue #${request.issue ?? 'none'}).`
      )
    }
    return request
  }

  /**
   * Requests whose time ran out without a decision: open approval issues whose stored request is
   * past its expiry and whose votes never reached a decision. A scheduled run resumes each, so
   * stale issues close themselves even when nobody comments again.
   */
  async expiredRequests(now: number): Promise<ApprovalRequest[]> {
    const expired: ApprovalRequest[] = []
    for (const issue of await listOpenApprovalIssues(this.client, this.repository)) {
      if (issue.request === undefined) continue
      const request = await readApprovalRequest(this.store, issue.request.model, issue.request.id)
      if (request === undefined || request.issue !== issue.number || isOpenRequest(request, now)) {
        continue
      }
      if ((await readApprovalDecision(this.store, request.model, request.id)) !== undefined)
        continue
      if ((await this.tallyOf(request, now)).tally.state === 'expired') expired.push(request)
    }
    return expired
  }

  /** The votes on a request's issue, counted (nothing is claimed or written). */
  private async tallyOf(
    request: ApprovalRequest,
    now: number
  ): Promise<{ tally: ApprovalTally; comments: ApprovalComment[]; number: number }> {
    const number = request.issue
    if (number === undefined) throw new Error(`approval request ${request.id} has no issue`)
    const comments = await listApprovalComments(this.client, this.repository, number)
    const voters = comments
      .filter((comment) => parseApprovalCommand(comment.body) !== undefined)
      .map((comment) => comment.login)
    const policy = parseApprovers(request.approvers, `approvers of request ${request.id}`)
    const eligibility = await resolveEligibility(this.client, this.repository, policy, voters)
    const tally = tallyApprovals(
      tallyRequestOf(request),
      comments,
      (login) => eligibility.get(login) === true,
      now
    )
    return { tally, comments, number }
  }

  private async count(
    request: ApprovalRequest,
    run: RecordedRun,
    now: number,
    opened: boolean,
    url: string | undefined
  ): Promise<ApprovalStatus> {
    const { tally, comments, number } = await this.tallyOf(request, now)
    const status = await settleApproval(this.store, request, tally, run, {
      opened,
      ...(url === undefined ? {} : { url })
    })
    const trigger = comments.find((comment) => comment.id === this.triggerCommentId)
    if (
      status.state === 'pending' &&
      trigger !== undefined &&
      parseApprovalCommand(trigger.body) !== undefined
    ) {
      await commentOnApprovalIssue(
        this.client,
        this.repository,
        number,
        approvalProgressComment(tally, trigger.id)
      )
    }
    return status
  }
}
