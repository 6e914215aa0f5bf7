import type { ApprovalPolicy } from '../deploy/approval-policy.js'
import type { ApprovalComment } from '../deploy/approval-tally.js'
import type { GitHubClient, RepositoryRef } from './github-client.js'
import { fitCommentBody } from './pr-comment.js'

/**
 * The GitHub side of issue-based approval: the approval issue (label `tollgate:approval`, a hidden
 * marker with the request id), its comments as votes, who may vote, and closing it with the
 * outcome. Counting and deciding are pure (deploy/approval-tally.ts); this file only talks to
 * GitHub.
 */

export const APPROVAL_LABEL = 'tollgate:approval'

const MARKER = /<!-- tollgate:approval-request ([a-z0-9-]+) ([A-Za-z0-9._-]+) -->/

/** The hidden line that ties an issue to its stored request (model, then request id). */
export function approvalMarker(model: string, requestId: string): string {
  return `<!-- tollgate:approval-request ${model} ${requestId} -->`
}

/** The model and request id an issue body carries, or undefined. */
export function requestOf(
  body: string | null | undefined
): { model: string; id: string } | undefined {
  const match = body === null || body === undefined ? null : MARKER.exec(body)
  return match === null ? undefined : { model: match[1]!, id: match[2]! }
}

export interface ApprovalIssue {
  number: number
  url: string
  state: 'open' | 'closed'
  request?: { model: string; id: string }
  labels: string[]
}

/** Open approval issues (label `tollgate:approval`), newest first. */
export async function listOpenApprovalIssues(
  client: GitHubClient,
  repository: RepositoryRef
): Promise<ApprovalIssue[]> {
  const issues = await client.paginate(client.rest.issues.listForRepo, {
    ...repository,
    state: 'open',
    labels: APPROVAL_LABEL,
    per_page: 100
  })
  return issues.filter((issue) => issue.pull_request === undefined).map(issueOf)
}

export async function readApprovalIssue(
  client: GitHubClient,
  repository: RepositoryRef,
  number: number
): Promise<ApprovalIssue> {
  const { data } = await client.rest.issues.get({ ...repository, issue_number: number })
  return issueOf(data)
}

/** Opens an approval issue; the body must carry the request's marker. */
export async function openApprovalIssue(
  client: GitHubClient,
  repository: RepositoryRef,
  issue: { title: string; body: string; assignees?: string[] }
): Promise<ApprovalIssue> {
  const { data } = await client.rest.issues.create({
    ...repository,
    title: issue.title,
    body: fitCommentBody(issue.body),
    labels: [APPROVAL_LABEL],
    ...(issue.assignees === undefined || issue.assignees.length === 0
      ? {}
      : { assignees: issue.assignees.slice(0, 10) })
  })
  return issueOf(data)
}

/** Every comment of an issue, as votes to count. */
export async function listApprovalComments(
  client: GitHubClient,
  repository: RepositoryRef,
  number: number
): Promise<ApprovalComment[]> {
  const comments = await client.paginate(client.rest.issues.listComments, {
    ...repository,
    issue_number: number,
    per_page: 100
  })
  return comments.map((comment) => ({
    id: comment.id,
    login: comment.user?.login ?? '',
    body: comment.body ?? '',
    createdAt: comment.created_at,
    updatedAt: comment.updated_at,
    isBot: comment.user?.type === 'Bot'
  }))
}

/** Adds a comment, then closes the issue: `completed` when the deployment went ahead, else `not_planned`. */
export async function closeApprovalIssue(
  client: GitHubClient,
  repository: RepositoryRef,
  number: number,
  outcome: { comment: string; completed: boolean }
): Promise<void> {
  await client.rest.issues.createComment({
    ...repository,
    issue_number: number,
    body: fitCommentBody(outcome.comment)
  })
  await client.rest.issues.update({
    ...repository,
    issue_number: number,
    state: 'closed',
    state_reason: outcome.completed ? 'completed' : 'not_planned'
  })
}

/** Adds a comment to an approval issue (e.g. the tally so far). */
export async function commentOnApprovalIssue(
  client: GitHubClient,
  repository: RepositoryRef,
  number: number,
  body: string
): Promise<void> {
  await client.rest.issues.createComment({
    ...repository,
    issue_number: number,
    body: fitCommentBody(body)
  })
}

/**
 * Who may vote, for each login asked about: listed users; active members of listed teams
 * (`GET /orgs/{org}/teams/{team}/memberships/{user}`); with no list at all, anyone with write
 * access to the repository. A lookup that GitHub answers with 404 means "no".
 */
export async function resolveEligibility(
  client: GitHubClient,
  repository: RepositoryRef,
  policy: Pick<ApprovalPolicy, 'users' | 'teams'>,
  logins: readonly string[]
): Promise<Map<string, boolean>> {
  const result = new Map<string, boolean>()
  for (const login of new Set(logins.map((name) => name.toLowerCase()))) {
    if (policy.users.includes(login)) {
      result.set(login, true)
      continue
    }
    let allowed = false
    for (const team of policy.teams) {
      if (await isActiveTeamMember(client, team.org, team.slug, login)) {
        allowed = true
        break
      }
    }
    if (!allowed && policy.users.length === 0 && policy.teams.length === 0) {
      allowed = await hasWriteAccess(client, repository, login)
    }
    result.set(login, allowed)
  }
  return result
}

async function isActiveTeamMember(
  client: GitHubClient,
  org: string,
  slug: string,
  login: string
): Promise<boolean> {
  try {
    const { data } = await client.rest.teams.getMembershipForUserInOrg({
      org,
      team_slug: slug,
      username: login
    })
    return data.state === 'active'
  } catch (error) {
    if ((error as { status?: number }).status === 404) return false
    throw error
  }
}

async function hasWriteAccess(
  client: GitHubClient,
  repository: RepositoryRef,
  login: string
): Promise<boolean> {
  try {
    const { data } = await client.rest.repos.getCollaboratorPermissionLevel({
      ...repository,
      username: login
    })
    return (
      data.permission === 'admin' || data.permission === 'write' || data.permission === 'maintain'
    )
  } catch (error) {
    if ((error as { status?: number }).status === 404) return false
    throw error
  }
}

function issueOf(data: {
  number: number
  html_url: string
  state: string
  body?: string | null
  labels: (string | { name?: string })[]
}): ApprovalIssue {
  const request = requestOf(data.body)
  return {
    number: data.number,
    url: data.html_url,
    state: data.state === 'closed' ? 'closed' : 'open',
    ...(request === undefined ? {} : { request }),
    labels: data.labels.map((label) => (typeof label === 'string' ? label : (label.name ?? '')))
  }
}
