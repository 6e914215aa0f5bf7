/**
 * The records the fake GitHub stores (users, commits, releases, issues, check runs,
 * deployments, ...) and the inputs its stores accept. Field names are camelCase; the JSON
 * renderers (fake-github-json.ts) turn them into GitHub's snake_case answers.
 */

export type UserType = 'User' | 'Bot' | 'Organization'
export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none'
export type TeamRole = 'member' | 'maintainer'

export interface FakeUser {
  login: string
  id: number
  type: UserType
  name: string | null
  email: string | null
  createdAt: Date
}

export interface FakeCommit {
  sha: string
  parents: string[]
  message: string
  treeSha: string
  authorName: string
  authorEmail: string
  date: Date
}

export interface FakeTagObject {
  sha: string
  tag: string
  message: string
  objectSha: string
  objectType: 'commit' | 'tree' | 'blob'
  tagger: { name: string; email: string; date: string }
}

export interface FakeRelease {
  id: number
  tagName: string
  targetCommitish: string
  name: string | null
  body: string | null
  draft: boolean
  prerelease: boolean
  immutable: boolean
  makeLatest: 'true' | 'false' | 'legacy'
  authorLogin: string
  createdAt: Date
  publishedAt: Date | null
  updatedAt: Date
}

export interface FakeAsset {
  id: number
  releaseId: number
  name: string
  label: string | null
  contentType: string
  bytes: Buffer
  state: 'uploaded' | 'open'
  digest: string | null
  downloadCount: number
  uploaderLogin: string
  createdAt: Date
  updatedAt: Date
}

export interface FakePullRequest {
  headRef: string
  headSha: string
  baseRef: string
  baseSha: string
  draft: boolean
  merged: boolean
}

export interface FakeIssue {
  id: number
  number: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  stateReason: 'completed' | 'not_planned' | 'duplicate' | 'reopened' | null
  labels: string[]
  assignees: string[]
  userLogin: string
  locked: boolean
  createdAt: Date
  updatedAt: Date
  closedAt: Date | null
  pull?: FakePullRequest
}

export interface FakeComment {
  id: number
  issueNumber: number
  body: string
  userLogin: string
  createdAt: Date
  updatedAt: Date
}

export interface FakeLabel {
  id: number
  name: string
  color: string
  description: string | null
  default: boolean
}

export interface FakeCheckRunOutput {
  title: string | null
  summary: string | null
  text: string | null
}

export interface FakeCheckRun {
  id: number
  name: string
  headSha: string
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending'
  conclusion: string | null
  startedAt: Date | null
  completedAt: Date | null
  detailsUrl: string | null
  externalId: string | null
  output: FakeCheckRunOutput
  /** Every annotation sent, in order (GitHub appends them across create and update calls). */
  annotations: Record<string, unknown>[]
  actions: Record<string, unknown>[]
}

export interface FakeCommitStatus {
  id: number
  sha: string
  state: 'error' | 'failure' | 'pending' | 'success'
  context: string
  description: string | null
  targetUrl: string | null
  creatorLogin: string
  createdAt: Date
  updatedAt: Date
}

export type DeploymentState =
  'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success'

export interface FakeDeploymentStatus {
  id: number
  deploymentId: number
  state: DeploymentState
  description: string
  environment: string
  targetUrl: string
  logUrl: string
  environmentUrl: string
  creatorLogin: string
  createdAt: Date
  updatedAt: Date
}

export interface FakeDeployment {
  id: number
  sha: string
  ref: string
  task: string
  payload: Record<string, unknown> | string
  environment: string
  originalEnvironment: string
  description: string | null
  transientEnvironment: boolean
  productionEnvironment: boolean
  creatorLogin: string
  createdAt: Date
  updatedAt: Date
  /** Oldest first. */
  statuses: FakeDeploymentStatus[]
}

export interface FakeDispatch {
  eventType: string
  clientPayload: Record<string, unknown> | undefined
  senderLogin: string
  receivedAt: Date
}

export interface CreateReleaseInput {
  tagName: string
  targetCommitish?: string
  name?: string | null
  body?: string | null
  draft?: boolean
  prerelease?: boolean
  makeLatest?: 'true' | 'false' | 'legacy'
}

export interface UpdateReleaseInput {
  tagName?: string
  targetCommitish?: string
  name?: string | null
  body?: string | null
  draft?: boolean
  prerelease?: boolean
  makeLatest?: 'true' | 'false' | 'legacy'
}

export interface CheckRunInput {
  name?: string
  headSha?: string
  status?: FakeCheckRun['status']
  conclusion?: string
  startedAt?: string
  completedAt?: string
  detailsUrl?: string
  externalId?: string
  output?: {
    title?: string
    summary?: string
    text?: string
    annotations?: Record<string, unknown>[]
  }
  actions?: Record<string, unknown>[]
}

export interface CreateDeploymentInput {
  ref: string
  task?: string
  requiredContexts?: string[]
  payload?: Record<string, unknown> | string
  environment?: string
  description?: string | null
  transientEnvironment?: boolean
  productionEnvironment?: boolean
}

export interface CreateDeploymentStatusInput {
  state: DeploymentState
  description?: string
  environment?: string
  targetUrl?: string
  logUrl?: string
  environmentUrl?: string
  autoInactive?: boolean
}

export interface IssuePatch {
  title?: string
  body?: string | null
  state?: 'open' | 'closed'
  stateReason?: FakeIssue['stateReason']
  labels?: string[]
  assignees?: string[]
}

/** What a repository's stores need from the fake GitHub around them. */
export interface FakeWorld {
  /** A new id, unique across the fake (GitHub ids are unique per kind; unique overall is enough). */
  nextId(): number
  now(): Date
  /** The user with this login, created on first mention. */
  ensureUser(login: string): FakeUser
}
