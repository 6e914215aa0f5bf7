import type { ApprovalRequest } from '../deploy/approval-request.js'
import type { ApprovalTally } from '../deploy/approval-tally.js'
import { codeSpan, escapeMarkdown } from './escape.js'

/**
 * The text of an approval issue and of the comments deploy adds to it. The issue carries the
 * evidence, so whoever approves sees the gate verdict, the promotion checks and the other
 * reports without leaving the page. Approvers listed in the configuration are @-mentioned on
 * purpose (they are validated logins and team names, not data) so GitHub notifies them.
 */

/** Title of the approval issue. */
export function approvalIssueTitle(
  request: Pick<ApprovalRequest, 'model' | 'version' | 'environment'>
): string {
  return `Approve deployment of ${request.model} ${request.version} to ${request.environment}`
}

/** Body of the approval issue: what, who asked, how to vote, by when, and the evidence. */
export function approvalIssueBody(
  request: ApprovalRequest,
  marker: string,
  evidence: string
): string {
  const mentions = request.approvers.map((entry) =>
    entry.includes('/') ? (entry.startsWith('@') ? entry : `@${entry}`) : `@${entry}`
  )
  const runLink =
    request.run.url === undefined
      ? `run ${request.run.id}`
      : `[run ${request.run.id}](${request.run.url})`
  return [
    marker,
    `## Deploy ${codeSpan(request.model)} ${request.version} to ${codeSpan(request.environment)}?`,
    '',
    `Requested by ${codeSpan(request.initiator)} in ${runLink} at ${request.requestedAt}.`,
    '',
    `- **To approve**, comment ${codeSpan('/approve')}. **To deny**, comment ${codeSpan('/deny')} followed by a reason.`,
    `- ${request.required} distinct approval${request.required === 1 ? '' : 's'} needed` +
      (mentions.length === 0
        ? ' from anyone with write access to the repository'
        : ` from ${mentions.join(' ')}`) +
      (request.allowInitiator ? '.' : '; the requester’s own approval does not count.'),
    '- One `/deny` from an allowed approver denies the request. Each person’s latest command counts; edited comments are ignored.',
    `- The request expires at ${request.expiresAt}; later comments are ignored.`,
    '',
    evidence
  ].join('\n')
}

/** A short reply on the issue after a vote: the tally so far, and why a command did not count. */
export function approvalProgressComment(
  tally: ApprovalTally,
  commentId: number | undefined
): string {
  const lines: string[] = []
  const ignored = tally.ignored.find((entry) => entry.commentId === commentId)
  if (ignored !== undefined) {
    lines.push(
      `${codeSpan(`/${ignored.kind}`)} from ${codeSpan(ignored.login)} does not count: ${escapeMarkdown(ignored.reason, 200)}.`
    )
  }
  const who = tally.approvals.map((vote) => codeSpan(vote.login)).join(', ')
  lines.push(
    `Approvals so far: ${tally.approvals.length} of ${tally.required}${who === '' ? '' : ` (${who})`}.`
  )
  return lines.join('\n\n')
}

/** The closing comment: what was decided and what the deployment did. */
export function approvalOutcomeComment(
  outcome: string,
  tally: ApprovalTally,
  runUrl: string | undefined
): string {
  const approvers = tally.approvals.map((vote) => codeSpan(vote.login)).join(', ')
  const deniers = tally.denials
    .map(
      (vote) =>
        `${codeSpan(vote.login)}${vote.reason === undefined ? '' : ` (${escapeMarkdown(vote.reason, 200)})`}`
    )
    .join(', ')
  return [
    escapeMarkdown(outcome, 1000),
    '',
    ...(approvers === '' ? [] : [`Approved by ${approvers}.`]),
    ...(deniers === '' ? [] : [`Denied by ${deniers}.`]),
    ...(runUrl === undefined ? [] : [`Run: ${runUrl}`])
  ].join('\n')
}
