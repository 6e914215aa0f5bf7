/** Issues, labels, issue comments (which are also pull-request conversation comments) and pulls/get. */
import {
  bodyOf,
  json,
  labelNames,
  NO_CONTENT,
  pathInt,
  pathString,
  queryOf,
  queryString,
  scalarText
} from './fake-github-call.js'
import type { OperationHandler } from './fake-github-call.js'
import { commentJson, issueJson, labelJson, pullRequestJson } from './fake-github-json.js'
import { notFound, paginate } from './fake-github-responses.js'
import type { FakeIssue, IssuePatch } from './fake-github-records.js'

type Assignees = (string | { login?: string })[]

function assigneeLogins(
  assignees: Assignees | undefined,
  assignee?: string | null
): string[] | undefined {
  const logins = (assignees ?? [])
    .map((a) => (typeof a === 'string' ? a : (a.login ?? '')))
    .filter((login) => login !== '')
  if (assignee) logins.unshift(assignee)
  return assignees === undefined && !assignee ? undefined : [...new Set(logins)]
}

/** GET /issues filters: state (default open), labels (all of them), creator, assignee, since. */
function matchesIssueFilters(issue: FakeIssue, query: Record<string, unknown>): boolean {
  const text = (name: string) => scalarText(query[name])
  const state = text('state') ?? 'open'
  if (state !== 'all' && issue.state !== state) return false
  const labels = text('labels')
  if (labels !== undefined && labels !== '') {
    const wanted = labels.split(',').map((l) => l.trim().toLowerCase())
    const have = issue.labels.map((l) => l.toLowerCase())
    if (!wanted.every((label) => have.includes(label))) return false
  }
  const creator = text('creator')
  if (creator !== undefined && issue.userLogin.toLowerCase() !== creator.toLowerCase()) return false
  const assignee = text('assignee')
  if (assignee !== undefined) {
    if (assignee === 'none' && issue.assignees.length > 0) return false
    if (assignee === '*' && issue.assignees.length === 0) return false
    if (
      assignee !== 'none' &&
      assignee !== '*' &&
      !issue.assignees.some((a) => a.toLowerCase() === assignee.toLowerCase())
    )
      return false
  }
  const since = text('since')
  if (since !== undefined && issue.updatedAt < new Date(since)) return false
  return true
}

function sortIssues(issues: FakeIssue[], query: Record<string, unknown>): FakeIssue[] {
  const sort = scalarText(query.sort) ?? 'created'
  const direction = scalarText(query.direction) === 'asc' ? 1 : -1
  const key = (issue: FakeIssue): number =>
    sort === 'updated'
      ? issue.updatedAt.getTime()
      : sort === 'comments'
        ? 0
        : issue.createdAt.getTime()
  return [...issues].sort((a, b) => direction * (key(a) - key(b) || a.number - b.number))
}

export const issueHandlers: Record<string, OperationHandler> = {
  'issues/create': (c, call) => {
    const body = bodyOf<{
      title: string | number
      body?: string
      labels?: unknown[]
      assignees?: Assignees
      assignee?: string | null
    }>(c)
    const issue = call.repository().issues.create({
      title: String(body.title),
      body: body.body ?? null,
      labels: labelNames(body.labels),
      assignees: assigneeLogins(body.assignees, body.assignee),
      user: call.actor
    })
    const rendered = issueJson(call.render(), issue)
    return json(201, rendered, { location: String(rendered.url) })
  },

  'issues/get': (c, call) =>
    json(200, issueJson(call.render(), call.repository().issues.get(pathInt(c, 'issue_number')))),

  'issues/update': (c, call) => {
    const body = bodyOf<{
      title?: string | number | null
      body?: string | null
      state?: 'open' | 'closed'
      state_reason?: IssuePatch['stateReason']
      labels?: unknown[]
      assignees?: Assignees
      assignee?: string | null
    }>(c)
    const patch: IssuePatch = {
      title: body.title === undefined || body.title === null ? undefined : String(body.title),
      body: body.body,
      state: body.state,
      stateReason: body.state_reason,
      labels: labelNames(body.labels),
      assignees: assigneeLogins(body.assignees, body.assignee)
    }
    const issue = call.repository().issues.update(pathInt(c, 'issue_number'), patch)
    return json(200, issueJson(call.render(), issue))
  },

  'issues/list-for-repo': (c, call) => {
    const query = queryOf(c)
    const issues = [...call.repository().issues.byNumber.values()].filter((issue) =>
      matchesIssueFilters(issue, query)
    )
    const { page, headers } = paginate(sortIssues(issues, query), query, call.requestUrl)
    return json(
      200,
      page.map((issue) => issueJson(call.render(), issue)),
      headers
    )
  },

  'issues/create-comment': (c, call) => {
    const comment = call.repository().issues.addComment({
      issueNumber: pathInt(c, 'issue_number'),
      body: bodyOf<{ body: string }>(c).body,
      user: call.actor
    })
    const rendered = commentJson(call.render(), comment)
    return json(201, rendered, { location: String(rendered.url) })
  },

  'issues/list-comments': (c, call) => {
    const repository = call.repository()
    const issueNumber = pathInt(c, 'issue_number')
    repository.issues.get(issueNumber)
    const since = queryString(c, 'since')
    const comments = repository.issues
      .commentsOn(issueNumber)
      .filter((comment) => since === undefined || comment.updatedAt >= new Date(since))
    const { page, headers } = paginate(comments, queryOf(c), call.requestUrl)
    return json(
      200,
      page.map((comment) => commentJson(call.render(), comment)),
      headers
    )
  },

  'issues/get-comment': (c, call) =>
    json(
      200,
      commentJson(call.render(), call.repository().issues.comment(pathInt(c, 'comment_id')))
    ),

  'issues/update-comment': (c, call) => {
    const comment = call
      .repository()
      .issues.editComment(pathInt(c, 'comment_id'), bodyOf<{ body: string }>(c).body)
    return json(200, commentJson(call.render(), comment))
  },

  'issues/delete-comment': (c, call) => {
    call.repository().issues.deleteComment(pathInt(c, 'comment_id'))
    return NO_CONTENT
  },

  'issues/add-labels': (c, call) => {
    const body = bodyOf<unknown>(c)
    const raw = Array.isArray(body)
      ? body
      : body && typeof body === 'object' && 'labels' in body
        ? ((body as { labels: unknown[] }).labels ?? [])
        : []
    const labels = call
      .repository()
      .issues.addLabels(pathInt(c, 'issue_number'), labelNames(raw) ?? [])
    return json(
      200,
      labels.map((label) => labelJson(call.render(), label))
    )
  },

  'issues/remove-label': (c, call) => {
    const labels = call
      .repository()
      .issues.removeLabel(pathInt(c, 'issue_number'), pathString(c, 'name'))
    return json(
      200,
      labels.map((label) => labelJson(call.render(), label))
    )
  },

  'issues/create-label': (c, call) => {
    const body = bodyOf<{ name: string; color?: string; description?: string }>(c)
    const label = call.repository().issues.createLabel(body.name, body.color, body.description)
    return json(201, labelJson(call.render(), label))
  },

  'issues/get-label': (c, call) => {
    const label = call.repository().issues.labels.get(pathString(c, 'name').toLowerCase())
    if (!label) throw notFound()
    return json(200, labelJson(call.render(), label))
  },

  'issues/list-labels-for-repo': (c, call) => {
    const labels = [...call.repository().issues.labels.values()].sort((a, b) => a.id - b.id)
    const { page, headers } = paginate(labels, queryOf(c), call.requestUrl)
    return json(
      200,
      page.map((label) => labelJson(call.render(), label)),
      headers
    )
  },

  'pulls/get': (c, call) => {
    const issue = call.repository().issues.byNumber.get(pathInt(c, 'pull_number'))
    if (!issue?.pull) throw notFound()
    return json(200, pullRequestJson(call.render(), issue))
  }
}
