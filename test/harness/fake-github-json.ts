/**
 * Renders the fake's state as GitHub's JSON objects. Every `url`-like field the API would point
 * back at is on the fake (`api`), so clients that follow `upload_url` or `url` stay offline; the
 * `html_url`s name github.com like the real answers. The shapes are validated against the OpenAPI
 * subset on every response, so a field missing here shows up as a 500 in the test that needs it.
 */
import type { FakeRepository } from './fake-repository.js'
import type {
  FakeAsset,
  FakeCheckRun,
  FakeComment,
  FakeCommit,
  FakeCommitStatus,
  FakeDeployment,
  FakeDeploymentStatus,
  FakeIssue,
  FakeLabel,
  FakeRelease,
  FakeTagObject,
  FakeUser,
  Permission
} from './fake-github-records.js'

export const HTML_BASE = 'https://github.com'

/** What every renderer needs: the fake's API origin and the repository. */
export interface RenderContext {
  api: string
  repository: FakeRepository
  user: (login: string) => FakeUser
}

/** GitHub's timestamps: ISO 8601 in UTC, whole seconds. */
export function timestamp(date: Date): string
export function timestamp(date: Date | null): string | null
export function timestamp(date: Date | null): string | null {
  return date === null ? null : date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`${kind}:${id}`).toString('base64').replace(/=+$/, '')
}

/** Path segment encoding GitHub uses in `url` fields (keeps `/` inside ref names). */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}

function repoApi(ctx: RenderContext): string {
  return `${ctx.api}/repos/${ctx.repository.owner}/${ctx.repository.name}`
}

function repoHtml(ctx: RenderContext): string {
  return `${HTML_BASE}/${ctx.repository.owner}/${ctx.repository.name}`
}

/** The `simple-user` schema. */
export function userJson(api: string, user: FakeUser): Record<string, unknown> {
  const u = `${api}/users/${encodeURIComponent(user.login)}`
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId(user.type, user.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    gravatar_id: '',
    url: u,
    html_url: `${HTML_BASE}/${encodeURIComponent(user.login)}`,
    followers_url: `${u}/followers`,
    following_url: `${u}/following{/other_user}`,
    gists_url: `${u}/gists{/gist_id}`,
    starred_url: `${u}/starred{/owner}{/repo}`,
    subscriptions_url: `${u}/subscriptions`,
    organizations_url: `${u}/orgs`,
    repos_url: `${u}/repos`,
    events_url: `${u}/events{/privacy}`,
    received_events_url: `${u}/received_events`,
    type: user.type,
    user_view_type: 'public',
    site_admin: false
  }
}

/** The `public-user` schema (users/get-by-username). */
export function publicUserJson(api: string, user: FakeUser): Record<string, unknown> {
  return {
    ...userJson(api, user),
    name: user.name,
    company: null,
    blog: '',
    location: null,
    email: user.email,
    hireable: null,
    bio: null,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: timestamp(user.createdAt),
    updated_at: timestamp(user.createdAt)
  }
}

/** The `full-repository` schema (a superset of `repository`, used for both). */
export function repositoryJson(ctx: RenderContext): Record<string, unknown> {
  const r = ctx.repository
  const a = repoApi(ctx)
  const h = repoHtml(ctx)
  const created = timestamp(new Date('2024-01-01T00:00:00Z'))
  return {
    id: r.id,
    node_id: nodeId('Repository', r.id),
    name: r.name,
    full_name: r.fullName,
    owner: userJson(ctx.api, ctx.user(r.owner)),
    private: false,
    html_url: h,
    description: null,
    fork: false,
    url: a,
    archive_url: `${a}/{archive_format}{/ref}`,
    assignees_url: `${a}/assignees{/user}`,
    blobs_url: `${a}/git/blobs{/sha}`,
    branches_url: `${a}/branches{/branch}`,
    collaborators_url: `${a}/collaborators{/collaborator}`,
    comments_url: `${a}/comments{/number}`,
    commits_url: `${a}/commits{/sha}`,
    compare_url: `${a}/compare/{base}...{head}`,
    contents_url: `${a}/contents/{+path}`,
    contributors_url: `${a}/contributors`,
    deployments_url: `${a}/deployments`,
    downloads_url: `${a}/downloads`,
    events_url: `${a}/events`,
    forks_url: `${a}/forks`,
    git_commits_url: `${a}/git/commits{/sha}`,
    git_refs_url: `${a}/git/refs{/sha}`,
    git_tags_url: `${a}/git/tags{/sha}`,
    git_url: `git://github.com/${r.fullName}.git`,
    issue_comment_url: `${a}/issues/comments{/number}`,
    issue_events_url: `${a}/issues/events{/number}`,
    issues_url: `${a}/issues{/number}`,
    keys_url: `${a}/keys{/key_id}`,
    labels_url: `${a}/labels{/name}`,
    languages_url: `${a}/languages`,
    merges_url: `${a}/merges`,
    milestones_url: `${a}/milestones{/number}`,
    notifications_url: `${a}/notifications{?since,all,participating}`,
    pulls_url: `${a}/pulls{/number}`,
    releases_url: `${a}/releases{/id}`,
    ssh_url: `git@github.com:${r.fullName}.git`,
    stargazers_url: `${a}/stargazers`,
    statuses_url: `${a}/statuses/{sha}`,
    subscribers_url: `${a}/subscribers`,
    subscription_url: `${a}/subscription`,
    tags_url: `${a}/tags`,
    teams_url: `${a}/teams`,
    trees_url: `${a}/git/trees{/sha}`,
    clone_url: `${h}.git`,
    mirror_url: null,
    hooks_url: `${a}/hooks`,
    svn_url: h,
    homepage: null,
    language: 'TypeScript',
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 1,
    default_branch: r.defaultBranch,
    open_issues_count: [...r.issues.byNumber.values()].filter((i) => i.state === 'open').length,
    open_issues: [...r.issues.byNumber.values()].filter((i) => i.state === 'open').length,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: 'public',
    pushed_at: created,
    created_at: created,
    updated_at: created,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
    allow_forking: true,
    web_commit_signoff_required: false,
    license: null,
    network_count: 0,
    subscribers_count: 0
  }
}

export function refJson(ctx: RenderContext, ref: string, sha: string): Record<string, unknown> {
  const type = ctx.repository.git.tagObjects.has(sha) ? 'tag' : 'commit'
  return {
    ref,
    node_id: nodeId('Ref', `${ctx.repository.id}:${ref}`),
    url: `${repoApi(ctx)}/git/${encodePath(ref)}`,
    object: { type, sha, url: `${repoApi(ctx)}/git/${type === 'tag' ? 'tags' : 'commits'}/${sha}` }
  }
}

const UNSIGNED = {
  verified: false,
  reason: 'unsigned',
  signature: null,
  payload: null,
  verified_at: null
}

export function tagObjectJson(ctx: RenderContext, tag: FakeTagObject): Record<string, unknown> {
  const objectKind = tag.objectType === 'commit' ? 'commits' : `${tag.objectType}s`
  return {
    node_id: nodeId('Tag', tag.sha),
    tag: tag.tag,
    sha: tag.sha,
    url: `${repoApi(ctx)}/git/tags/${tag.sha}`,
    message: tag.message,
    tagger: tag.tagger,
    object: {
      sha: tag.objectSha,
      type: tag.objectType,
      url: `${repoApi(ctx)}/git/${objectKind}/${tag.objectSha}`
    },
    verification: UNSIGNED
  }
}

export function commitJson(ctx: RenderContext, commit: FakeCommit): Record<string, unknown> {
  const person = {
    name: commit.authorName,
    email: commit.authorEmail,
    date: timestamp(commit.date)
  }
  return {
    sha: commit.sha,
    node_id: nodeId('Commit', commit.sha),
    url: `${repoApi(ctx)}/git/commits/${commit.sha}`,
    html_url: `${repoHtml(ctx)}/commit/${commit.sha}`,
    author: person,
    committer: person,
    message: commit.message,
    tree: { sha: commit.treeSha, url: `${repoApi(ctx)}/git/trees/${commit.treeSha}` },
    parents: commit.parents.map((sha) => ({
      sha,
      url: `${repoApi(ctx)}/git/commits/${sha}`,
      html_url: `${repoHtml(ctx)}/commit/${sha}`
    })),
    verification: UNSIGNED
  }
}

/** Where the fake serves an asset's bytes (the target of the 302 and of `browser_download_url`). */
export function assetBlobUrl(api: string, asset: FakeAsset): string {
  return `${api}/_fake/blobs/${asset.id}?sig=${asset.digest?.slice(7, 23) ?? 'partial'}`
}

export function assetJson(ctx: RenderContext, asset: FakeAsset): Record<string, unknown> {
  const release = ctx.repository.releases.byId.get(asset.releaseId)
  const tag = release && !release.draft ? release.tagName : `untagged-${asset.releaseId}`
  return {
    url: `${repoApi(ctx)}/releases/assets/${asset.id}`,
    browser_download_url: `${ctx.api}/${ctx.repository.owner}/${ctx.repository.name}/releases/download/${encodeURIComponent(tag)}/${encodeURIComponent(asset.name)}`,
    id: asset.id,
    node_id: nodeId('ReleaseAsset', asset.id),
    name: asset.name,
    label: asset.label,
    state: asset.state,
    content_type: asset.contentType,
    size: asset.bytes.length,
    digest: asset.digest,
    download_count: asset.downloadCount,
    created_at: timestamp(asset.createdAt),
    updated_at: timestamp(asset.updatedAt),
    uploader: userJson(ctx.api, ctx.user(asset.uploaderLogin))
  }
}

export function releaseJson(ctx: RenderContext, release: FakeRelease): Record<string, unknown> {
  const a = repoApi(ctx)
  const tagPath = release.draft ? `untagged-${release.id}` : encodeURIComponent(release.tagName)
  return {
    url: `${a}/releases/${release.id}`,
    html_url: `${repoHtml(ctx)}/releases/tag/${tagPath}`,
    assets_url: `${a}/releases/${release.id}/assets`,
    upload_url: `${a}/releases/${release.id}/assets{?name,label}`,
    tarball_url: release.draft ? null : `${a}/tarball/${encodeURIComponent(release.tagName)}`,
    zipball_url: release.draft ? null : `${a}/zipball/${encodeURIComponent(release.tagName)}`,
    id: release.id,
    node_id: nodeId('Release', release.id),
    tag_name: release.tagName,
    target_commitish: release.targetCommitish,
    name: release.name,
    body: release.body,
    draft: release.draft,
    prerelease: release.prerelease,
    immutable: release.immutable,
    created_at: timestamp(release.createdAt),
    published_at: timestamp(release.publishedAt),
    updated_at: timestamp(release.updatedAt),
    author: userJson(ctx.api, ctx.user(release.authorLogin)),
    assets: ctx.repository.releases.assetsOf(release.id).map((asset) => assetJson(ctx, asset))
  }
}

export function labelJson(ctx: RenderContext, label: FakeLabel): Record<string, unknown> {
  return {
    id: label.id,
    node_id: nodeId('Label', label.id),
    url: `${repoApi(ctx)}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    description: label.description,
    color: label.color,
    default: label.default
  }
}

function authorAssociation(ctx: RenderContext, login: string): string {
  const permission: Permission = ctx.repository.permissionOf(login)
  if (login.toLowerCase() === ctx.repository.owner.toLowerCase()) return 'OWNER'
  return permission === 'read' || permission === 'none' ? 'NONE' : 'COLLABORATOR'
}

export function issueJson(ctx: RenderContext, issue: FakeIssue): Record<string, unknown> {
  const a = repoApi(ctx)
  const commentCount = ctx.repository.issues.commentsOn(issue.number).length
  const json: Record<string, unknown> = {
    id: issue.id,
    node_id: nodeId('Issue', issue.id),
    url: `${a}/issues/${issue.number}`,
    repository_url: a,
    labels_url: `${a}/issues/${issue.number}/labels{/name}`,
    comments_url: `${a}/issues/${issue.number}/comments`,
    events_url: `${a}/issues/${issue.number}/events`,
    html_url: `${repoHtml(ctx)}/${issue.pull ? 'pull' : 'issues'}/${issue.number}`,
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: userJson(ctx.api, ctx.user(issue.userLogin)),
    labels: ctx.repository.issues.labelsOf(issue).map((label) => labelJson(ctx, label)),
    assignee: issue.assignees[0] ? userJson(ctx.api, ctx.user(issue.assignees[0])) : null,
    assignees: issue.assignees.map((login) => userJson(ctx.api, ctx.user(login))),
    milestone: null,
    locked: issue.locked,
    active_lock_reason: null,
    comments: commentCount,
    closed_at: timestamp(issue.closedAt),
    created_at: timestamp(issue.createdAt),
    updated_at: timestamp(issue.updatedAt),
    closed_by: null,
    author_association: authorAssociation(ctx, issue.userLogin)
  }
  if (issue.pull) {
    json.pull_request = {
      url: `${a}/pulls/${issue.number}`,
      html_url: `${repoHtml(ctx)}/pull/${issue.number}`,
      diff_url: `${repoHtml(ctx)}/pull/${issue.number}.diff`,
      patch_url: `${repoHtml(ctx)}/pull/${issue.number}.patch`,
      merged_at: null
    }
    json.draft = issue.pull.draft
  }
  return json
}

export function commentJson(ctx: RenderContext, comment: FakeComment): Record<string, unknown> {
  const issue = ctx.repository.issues.byNumber.get(comment.issueNumber)
  const kind = issue?.pull ? 'pull' : 'issues'
  return {
    id: comment.id,
    node_id: nodeId('IssueComment', comment.id),
    url: `${repoApi(ctx)}/issues/comments/${comment.id}`,
    html_url: `${repoHtml(ctx)}/${kind}/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${repoApi(ctx)}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: userJson(ctx.api, ctx.user(comment.userLogin)),
    created_at: timestamp(comment.createdAt),
    updated_at: timestamp(comment.updatedAt),
    author_association: authorAssociation(ctx, comment.userLogin)
  }
}

export function pullRequestJson(ctx: RenderContext, issue: FakeIssue): Record<string, unknown> {
  const pull = issue.pull
  if (!pull) throw new Error(`issue #${issue.number} is not a pull request`)
  const a = repoApi(ctx)
  const h = repoHtml(ctx)
  const repo = repositoryJson(ctx)
  const owner = userJson(ctx.api, ctx.user(ctx.repository.owner))
  const side = (ref: string, sha: string) => ({
    label: `${ctx.repository.owner}:${ref}`,
    ref,
    sha,
    user: owner,
    repo
  })
  const link = (href: string) => ({ href })
  return {
    url: `${a}/pulls/${issue.number}`,
    id: issue.id,
    node_id: nodeId('PullRequest', issue.id),
    html_url: `${h}/pull/${issue.number}`,
    diff_url: `${h}/pull/${issue.number}.diff`,
    patch_url: `${h}/pull/${issue.number}.patch`,
    issue_url: `${a}/issues/${issue.number}`,
    commits_url: `${a}/pulls/${issue.number}/commits`,
    review_comments_url: `${a}/pulls/${issue.number}/comments`,
    review_comment_url: `${a}/pulls/comments{/number}`,
    comments_url: `${a}/issues/${issue.number}/comments`,
    statuses_url: `${a}/statuses/${pull.headSha}`,
    number: issue.number,
    state: issue.state,
    locked: issue.locked,
    title: issue.title,
    user: userJson(ctx.api, ctx.user(issue.userLogin)),
    body: issue.body,
    labels: ctx.repository.issues.labelsOf(issue).map((label) => labelJson(ctx, label)),
    milestone: null,
    active_lock_reason: null,
    created_at: timestamp(issue.createdAt),
    updated_at: timestamp(issue.updatedAt),
    closed_at: timestamp(issue.closedAt),
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: side(pull.headRef, pull.headSha),
    base: side(pull.baseRef, pull.baseSha),
    _links: {
      self: link(`${a}/pulls/${issue.number}`),
      html: link(`${h}/pull/${issue.number}`),
      issue: link(`${a}/issues/${issue.number}`),
      comments: link(`${a}/issues/${issue.number}/comments`),
      review_comments: link(`${a}/pulls/${issue.number}/comments`),
      review_comment: link(`${a}/pulls/comments{/number}`),
      commits: link(`${a}/pulls/${issue.number}/commits`),
      statuses: link(`${a}/statuses/${pull.headSha}`)
    },
    author_association: authorAssociation(ctx, issue.userLogin),
    auto_merge: null,
    draft: pull.draft,
    merged: pull.merged,
    mergeable: true,
    rebaseable: true,
    mergeable_state: 'clean',
    merged_by: null,
    comments: ctx.repository.issues.commentsOn(issue.number).length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 0,
    deletions: 0,
    changed_files: 0
  }
}

/** The GitHub Actions app, the author of check runs made with GITHUB_TOKEN. */
function actionsAppJson(api: string, owner: FakeUser): Record<string, unknown> {
  return {
    id: 15368,
    slug: 'github-actions',
    node_id: 'MDM6QXBwMTUzNjg=',
    owner: userJson(api, owner),
    name: 'GitHub Actions',
    description: 'Automate your workflow from idea to production',
    external_url: 'https://help.github.com/en/actions',
    html_url: `${HTML_BASE}/apps/github-actions`,
    created_at: '2018-07-30T09:30:17Z',
    updated_at: '2024-04-10T20:33:16Z',
    permissions: { checks: 'write', contents: 'write', deployments: 'write', issues: 'write' },
    events: ['check_run', 'check_suite', 'deployment', 'push']
  }
}

export function checkRunJson(ctx: RenderContext, run: FakeCheckRun): Record<string, unknown> {
  const a = repoApi(ctx)
  const pulls = [...ctx.repository.issues.byNumber.values()].filter(
    (i) => i.pull?.headSha === run.headSha
  )
  return {
    id: run.id,
    head_sha: run.headSha,
    node_id: nodeId('CheckRun', run.id),
    external_id: run.externalId ?? '',
    url: `${a}/check-runs/${run.id}`,
    html_url: `${repoHtml(ctx)}/runs/${run.id}`,
    details_url: run.detailsUrl ?? `${repoHtml(ctx)}/runs/${run.id}`,
    status: run.status,
    conclusion: run.conclusion,
    started_at: timestamp(run.startedAt),
    completed_at: timestamp(run.completedAt),
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.annotations.length,
      annotations_url: `${a}/check-runs/${run.id}/annotations`
    },
    name: run.name,
    check_suite: { id: 1_000_000 + run.id },
    app: actionsAppJson(ctx.api, ctx.user('github')),
    pull_requests: pulls.map((issue) => ({
      id: issue.id,
      number: issue.number,
      url: `${a}/pulls/${issue.number}`,
      head: {
        ref: issue.pull?.headRef,
        sha: issue.pull?.headSha,
        repo: { id: ctx.repository.id, url: a, name: ctx.repository.name }
      },
      base: {
        ref: issue.pull?.baseRef,
        sha: issue.pull?.baseSha,
        repo: { id: ctx.repository.id, url: a, name: ctx.repository.name }
      }
    }))
  }
}

export function commitStatusJson(ctx: RenderContext, status: FakeCommitStatus) {
  const creator = ctx.user(status.creatorLogin)
  return {
    url: `${repoApi(ctx)}/statuses/${status.sha}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${creator.id}?v=4`,
    id: status.id,
    node_id: nodeId('StatusContext', status.id),
    state: status.state,
    description: status.description,
    target_url: status.targetUrl,
    context: status.context,
    created_at: timestamp(status.createdAt),
    updated_at: timestamp(status.updatedAt),
    creator: userJson(ctx.api, creator)
  }
}

export function deploymentJson(ctx: RenderContext, d: FakeDeployment): Record<string, unknown> {
  const a = repoApi(ctx)
  return {
    url: `${a}/deployments/${d.id}`,
    id: d.id,
    node_id: nodeId('Deployment', d.id),
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.originalEnvironment,
    environment: d.environment,
    description: d.description,
    creator: userJson(ctx.api, ctx.user(d.creatorLogin)),
    created_at: timestamp(d.createdAt),
    updated_at: timestamp(d.updatedAt),
    statuses_url: `${a}/deployments/${d.id}/statuses`,
    repository_url: a,
    transient_environment: d.transientEnvironment,
    production_environment: d.productionEnvironment
  }
}

/**
 * GitHub answers `""` for a deployment status's unset `target_url`, `log_url` and
 * `environment_url`, although its description says `format: uri` (see KNOWN_SPEC_GAPS).
 */
export function deploymentStatusJson(
  ctx: RenderContext,
  s: FakeDeploymentStatus
): Record<string, unknown> {
  const a = repoApi(ctx)
  return {
    url: `${a}/deployments/${s.deploymentId}/statuses/${s.id}`,
    id: s.id,
    node_id: nodeId('DeploymentStatus', s.id),
    state: s.state,
    creator: userJson(ctx.api, ctx.user(s.creatorLogin)),
    description: s.description,
    environment: s.environment,
    target_url: s.targetUrl,
    created_at: timestamp(s.createdAt),
    updated_at: timestamp(s.updatedAt),
    deployment_url: `${a}/deployments/${s.deploymentId}`,
    repository_url: a,
    environment_url: s.environmentUrl,
    log_url: s.logUrl
  }
}
