import {
  driftDuplicateComment,
  driftIssueBody,
  driftIssueTitle,
  driftResolvedComment,
  driftUpdateComment,
  isDriftIssueOf
} from '../drift-report/drift-issue-text.js'
import type { DriftReport } from '../drift-report/drift-report.js'
import { UsageError } from '../errors.js'
import { explainAccessError, isAlreadyExists, isNotFound } from './github-store-errors.js'
import type { GitHubClient, RepositoryRef } from './github-client.js'
import { fitCommentBody } from './pr-comment.js'

/** Colour and description of the drift label when drift-check creates it. */
const LABEL_COLOR = 'd93f0b'
const LABEL_DESCRIPTION = 'Data drift found by Tollgate drift-check'

export interface DriftIssueRequest {
  client: GitHubClient
  repository: RepositoryRef
  report: DriftReport
  /** Label that marks drift issues (created when missing). */
  label: string
  runUrl?: string
}

export interface DriftIssueOutcome {
  /**
   * opened: a new issue; reopened: the subject's closed issue came back; commented: the open
   * issue got this run's findings; closed: no drift, the open issue was closed; none: no drift
   * and no open issue.
   */
  action: 'opened' | 'reopened' | 'commented' | 'closed' | 'none'
  /** The subject's issue after this run (undefined for 'none'). */
  issueNumber?: number
  url?: string
  /** Issues closed as duplicates of the kept one (a concurrent run's, or this run's own). */
  duplicatesClosed: number[]
}

interface SubjectIssue {
  number: number
  state: 'open' | 'closed'
  stateReason: string | null
  htmlUrl: string
}

/**
 * Keeps exactly one issue per subject up to date (the issue's "GitHub" rule):
 * - drift and an open issue: comment on it (and close any extra open ones as duplicates);
 * - drift and only closed ones: reopen the latest (not one closed as a duplicate) with a comment;
 * - drift and none: create it — then list again, and if a concurrent run opened one for the same
 *   subject first (lower number), close ours as its duplicate and comment there instead; both
 *   runs apply the same rule, so exactly one issue stays open whatever the interleaving;
 * - no drift: close every open issue of the subject with a comment.
 * The subject's issues are found by the label plus the hidden marker at the top of the body, so
 * renaming the title does not lose the issue. Access errors become UsageErrors that say which
 * permission the workflow needs.
 */
export async function syncDriftIssue(request: DriftIssueRequest): Promise<DriftIssueOutcome> {
  const { report } = request
  if (/[,\n]/.test(request.label) || request.label.trim() === '') {
    throw new UsageError(
      `The issue label ${JSON.stringify(request.label)} must be one non-empty label without commas.`
    )
  }
  try {
    return await sync(request, report)
  } catch (error) {
    throw explainIssueError(error)
  }
}

async function sync(request: DriftIssueRequest, report: DriftReport): Promise<DriftIssueOutcome> {
  const { client, repository, runUrl } = request
  const issues = await subjectIssues(request)
  const open = issues.filter((issue) => issue.state === 'open')
  if (!report.drift_detected) {
    if (open.length === 0) return { action: 'none', duplicatesClosed: [] }
    const body = fitCommentBody(driftResolvedComment(report, runUrl))
    for (const issue of open) {
      await client.rest.issues.createComment({ ...repository, issue_number: issue.number, body })
      await client.rest.issues.update({
        ...repository,
        issue_number: issue.number,
        state: 'closed',
        state_reason: 'completed'
      })
    }
    return {
      action: 'closed',
      issueNumber: open[0]!.number,
      url: open[0]!.htmlUrl,
      duplicatesClosed: []
    }
  }
  if (open.length > 0) {
    const keeper = open[0]!
    await comment(request, keeper.number, driftUpdateComment(report, runUrl, false))
    const duplicates = await closeDuplicates(request, open.slice(1), keeper.number)
    return {
      action: 'commented',
      issueNumber: keeper.number,
      url: keeper.htmlUrl,
      duplicatesClosed: duplicates
    }
  }
  const closed = issues
    .filter((issue) => issue.state === 'closed' && issue.stateReason !== 'duplicate')
    .sort((a, b) => b.number - a.number)
  const latest = closed[0]
  if (latest !== undefined) {
    await client.rest.issues.update({ ...repository, issue_number: latest.number, state: 'open' })
    await comment(request, latest.number, driftUpdateComment(report, runUrl, true))
    return {
      action: 'reopened',
      issueNumber: latest.number,
      url: latest.htmlUrl,
      duplicatesClosed: []
    }
  }
  await ensureLabel(request)
  const { data: created } = await client.rest.issues.create({
    ...repository,
    title: driftIssueTitle(report.subject),
    body: fitCommentBody(driftIssueBody(report, runUrl)),
    labels: [request.label]
  })
  // A concurrent run may have opened the subject's issue between our listing and our create.
  const earlier = (await subjectIssues(request)).filter(
    (issue) => issue.state === 'open' && issue.number < created.number
  )
  const keeper = earlier[0]
  if (keeper === undefined) {
    return {
      action: 'opened',
      issueNumber: created.number,
      url: created.html_url,
      duplicatesClosed: []
    }
  }
  const duplicates = await closeDuplicates(
    request,
    [{ number: created.number, state: 'open', stateReason: null, htmlUrl: created.html_url }],
    keeper.number
  )
  await comment(request, keeper.number, driftUpdateComment(report, runUrl, false))
  return {
    action: 'commented',
    issueNumber: keeper.number,
    url: keeper.htmlUrl,
    duplicatesClosed: duplicates
  }
}

/** Every issue (open or closed, no pull requests) with the label and this subject's marker, by number. */
async function subjectIssues(request: DriftIssueRequest): Promise<SubjectIssue[]> {
  const { client, repository, report } = request
  const all = await client.paginate(client.rest.issues.listForRepo, {
    ...repository,
    labels: request.label,
    state: 'all',
    per_page: 100
  })
  return all
    .filter(
      (issue) => issue.pull_request === undefined && isDriftIssueOf(issue.body, report.subject)
    )
    .map((issue) => ({
      number: issue.number,
      state: issue.state === 'open' ? ('open' as const) : ('closed' as const),
      stateReason: issue.state_reason ?? null,
      htmlUrl: issue.html_url
    }))
    .sort((a, b) => a.number - b.number)
}

async function comment(
  request: DriftIssueRequest,
  issueNumber: number,
  body: string
): Promise<void> {
  await request.client.rest.issues.createComment({
    ...request.repository,
    issue_number: issueNumber,
    body: fitCommentBody(body)
  })
}

async function closeDuplicates(
  request: DriftIssueRequest,
  duplicates: SubjectIssue[],
  keeperNumber: number
): Promise<number[]> {
  for (const duplicate of duplicates) {
    await comment(request, duplicate.number, driftDuplicateComment(keeperNumber))
    await request.client.rest.issues.update({
      ...request.repository,
      issue_number: duplicate.number,
      state: 'closed',
      state_reason: 'duplicate'
    })
  }
  return duplicates.map((duplicate) => duplicate.number)
}

/** Creates the label with drift-check's colour when the repository has none by that name. */
async function ensureLabel(request: DriftIssueRequest): Promise<void> {
  const { client, repository, label } = request
  try {
    await client.rest.issues.getLabel({ ...repository, name: label })
    return
  } catch (error) {
    if (!isNotFound(error)) throw error
  }
  try {
    await client.rest.issues.createLabel({
      ...repository,
      name: label,
      color: LABEL_COLOR,
      description: LABEL_DESCRIPTION
    })
  } catch (error) {
    // A concurrent run created it first: fine.
    if (!isAlreadyExists(error)) throw error
  }
}

function explainIssueError(error: unknown): unknown {
  const explained = explainAccessError(error, 'open, comment on or close the drift issue')
  if (explained instanceof UsageError) {
    return new UsageError(
      explained.message.replace(
        'needs `permissions: contents: write`',
        'needs `permissions: issues: write`'
      )
    )
  }
  return explained
}
