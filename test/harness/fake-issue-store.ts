/**
 * A repository's issues, pull requests, labels and issue comments in the fake GitHub. Pull
 * requests share the issue numbering and their conversation comments are issue comments, as on
 * GitHub. Bodies are capped at 65,536 characters with GitHub's 422 answers.
 */
import type { FakeGitStore } from './fake-git-store.js'
import { GitHubApiError, notFound, validationFailed } from './fake-github-responses.js'
import type {
  FakeComment,
  FakeIssue,
  FakeLabel,
  FakeWorld,
  IssuePatch
} from './fake-github-records.js'

/** GitHub's cap on issue, pull-request and comment bodies, counted in characters. */
export const MAX_BODY_CHARACTERS = 65_536

function bodyTooLong(resource: 'Issue' | 'IssueComment'): GitHubApiError {
  return resource === 'IssueComment'
    ? validationFailed({
        resource: 'IssueComment',
        code: 'unprocessable',
        field: 'data',
        message: `Body is too long (maximum is ${MAX_BODY_CHARACTERS} characters)`
      })
    : validationFailed({
        resource: 'Issue',
        code: 'custom',
        field: 'body',
        message: `body is too long (maximum is ${MAX_BODY_CHARACTERS} characters)`
      })
}

/** GitHub counts characters (code points), not UTF-16 units or bytes. */
function checkBodyLength(
  body: string | null | undefined,
  resource: 'Issue' | 'IssueComment'
): void {
  if (body !== null && body !== undefined && [...body].length > MAX_BODY_CHARACTERS)
    throw bodyTooLong(resource)
}

export class FakeIssueStore {
  /** Issues and pull requests by number. */
  readonly byNumber = new Map<number, FakeIssue>()
  readonly comments = new Map<number, FakeComment>()
  /** Keyed by lower-cased name (GitHub label names are case-insensitive). */
  readonly labels = new Map<string, FakeLabel>()
  private nextNumber = 1

  constructor(
    private readonly world: FakeWorld,
    private readonly git: FakeGitStore
  ) {}

  get(number: number): FakeIssue {
    const issue = this.byNumber.get(number)
    if (!issue) throw notFound()
    return issue
  }

  /** Creates missing labels with GitHub's default colour, as adding an unknown label does. */
  ensureLabel(name: string, color = 'ededed', description: string | null = null): FakeLabel {
    const key = name.toLowerCase()
    const existing = this.labels.get(key)
    if (existing) return existing
    const label: FakeLabel = { id: this.world.nextId(), name, color, description, default: false }
    this.labels.set(key, label)
    return label
  }

  createLabel(name: string, color?: string, description?: string): FakeLabel {
    if (this.labels.has(name.toLowerCase()))
      throw validationFailed({ resource: 'Label', code: 'already_exists', field: 'name' })
    return this.ensureLabel(name, color?.replace(/^#/, '') ?? 'ededed', description ?? null)
  }

  labelsOf(issue: FakeIssue): FakeLabel[] {
    return issue.labels.map((name) => this.ensureLabel(name))
  }

  /** Opens an issue as `user`, optionally back-dated (`at`). */
  create(input: {
    title: string
    body?: string | null
    labels?: string[]
    assignees?: string[]
    user: string
    at?: Date | string
  }): FakeIssue {
    checkBodyLength(input.body, 'Issue')
    const at = input.at ? new Date(input.at) : this.world.now()
    const issue: FakeIssue = {
      id: this.world.nextId(),
      number: this.nextNumber++,
      title: input.title,
      body: input.body ?? null,
      state: 'open',
      stateReason: null,
      labels: (input.labels ?? []).map((name) => this.ensureLabel(name).name),
      assignees: (input.assignees ?? []).map((login) => this.world.ensureUser(login).login),
      userLogin: this.world.ensureUser(input.user).login,
      locked: false,
      createdAt: at,
      updatedAt: at,
      closedAt: null
    }
    this.byNumber.set(issue.number, issue)
    return issue
  }

  /**
   * Opens a pull request: an issue with head and base refs. Without `headSha`, the head branch
   * gets a new commit on top of the base.
   */
  addPullRequest(input: {
    title: string
    body?: string | null
    user: string
    headRef: string
    baseRef?: string
    headSha?: string
    draft?: boolean
    at?: Date | string
  }): FakeIssue {
    const baseRef = input.baseRef ?? this.git.defaultBranch
    const baseSha = this.git.resolveCommitish(baseRef) ?? this.git.headSha
    const headSha =
      input.headSha ??
      this.git.resolveCommitish(input.headRef) ??
      this.git.addCommit({ parents: [baseSha], branch: input.headRef, message: input.title })
    const issue = this.create(input)
    issue.pull = {
      headRef: input.headRef,
      headSha,
      baseRef,
      baseSha,
      draft: input.draft ?? false,
      merged: false
    }
    return issue
  }

  /** PATCH /issues/{n}: closing sets closed_at and a state_reason, reopening sets `reopened`. */
  update(number: number, patch: IssuePatch): FakeIssue {
    const issue = this.get(number)
    checkBodyLength(patch.body, 'Issue')
    const now = this.world.now()
    if (patch.title !== undefined) issue.title = patch.title
    if (patch.body !== undefined) issue.body = patch.body
    if (patch.labels !== undefined)
      issue.labels = patch.labels.map((name) => this.ensureLabel(name).name)
    if (patch.assignees !== undefined)
      issue.assignees = patch.assignees.map((login) => this.world.ensureUser(login).login)
    if (patch.state === 'closed' && issue.state === 'open') {
      issue.state = 'closed'
      issue.closedAt = now
      issue.stateReason = patch.stateReason ?? 'completed'
    } else if (patch.state === 'open' && issue.state === 'closed') {
      issue.state = 'open'
      issue.closedAt = null
      issue.stateReason = 'reopened'
    } else if (patch.stateReason !== undefined) {
      issue.stateReason = patch.stateReason
    }
    issue.updatedAt = now
    return issue
  }

  addLabels(number: number, names: string[]): FakeLabel[] {
    const issue = this.get(number)
    for (const name of names) {
      const label = this.ensureLabel(name)
      if (!issue.labels.some((l) => l.toLowerCase() === label.name.toLowerCase()))
        issue.labels.push(label.name)
    }
    issue.updatedAt = this.world.now()
    return this.labelsOf(issue)
  }

  removeLabel(number: number, name: string): FakeLabel[] {
    const issue = this.get(number)
    const index = issue.labels.findIndex((l) => l.toLowerCase() === name.toLowerCase())
    if (index === -1) throw new GitHubApiError(404, 'Label does not exist')
    issue.labels.splice(index, 1)
    issue.updatedAt = this.world.now()
    return this.labelsOf(issue)
  }

  /** Adds a comment as `user`, optionally back-dated (`at`), on an issue or pull request. */
  addComment(input: {
    issueNumber: number
    body: string
    user: string
    at?: Date | string
  }): FakeComment {
    const issue = this.get(input.issueNumber)
    checkBodyLength(input.body, 'IssueComment')
    const at = input.at ? new Date(input.at) : this.world.now()
    const comment: FakeComment = {
      id: this.world.nextId(),
      issueNumber: issue.number,
      body: input.body,
      userLogin: this.world.ensureUser(input.user).login,
      createdAt: at,
      updatedAt: at
    }
    this.comments.set(comment.id, comment)
    return comment
  }

  comment(id: number): FakeComment {
    const comment = this.comments.get(id)
    if (!comment) throw notFound()
    return comment
  }

  /** Edits a comment's body; `at` sets `updated_at` (default: now). */
  editComment(id: number, body: string, options: { at?: Date | string } = {}): FakeComment {
    const comment = this.comment(id)
    checkBodyLength(body, 'IssueComment')
    comment.body = body
    comment.updatedAt = options.at ? new Date(options.at) : this.world.now()
    return comment
  }

  deleteComment(id: number): void {
    if (!this.comments.delete(id)) throw notFound()
  }

  /** Oldest first, as GitHub lists issue comments. */
  commentsOn(issueNumber: number): FakeComment[] {
    return [...this.comments.values()]
      .filter((c) => c.issueNumber === issueNumber)
      .sort((a, b) => a.id - b.id)
  }
}
