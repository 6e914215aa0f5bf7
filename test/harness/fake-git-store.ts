/**
 * A repository's git objects and refs in the fake GitHub. Refs are the registry's
 * compare-and-swap primitive: GitHub refuses to create an existing ref (422) and to move a branch
 * backwards without `force`, and this store does the same.
 */
import { createHash } from 'node:crypto'
import { GitHubApiError } from './fake-github-responses.js'
import type { FakeCommit, FakeTagObject, FakeWorld } from './fake-github-records.js'

/** A deterministic 40-hex "object id" for fake commits, trees and tags. */
export function fakeSha(...parts: (string | number)[]): string {
  return createHash('sha1').update(parts.join('\uE000')).digest('hex')
}

/** `git check-ref-format` rules that matter for names a client would send. */
function isValidRefName(ref: string): boolean {
  if (!/^refs\/[^/]+\/.+/.test(ref)) return false
  if ([...ref].some((ch) => ch.charCodeAt(0) <= 0x20 || ch === '\u007f')) return false
  if (/[~^:?*[\\]/.test(ref)) return false
  if (ref.includes('..') || ref.includes('@{') || ref.includes('//')) return false
  if (ref.endsWith('/') || ref.endsWith('.') || ref.endsWith('.lock')) return false
  return !ref.split('/').some((part) => part.startsWith('.'))
}

export class FakeGitStore {
  defaultBranch = 'main'
  readonly commits = new Map<string, FakeCommit>()
  readonly tagObjects = new Map<string, FakeTagObject>()
  /** Full ref name (`refs/tags/x`) to the sha it points at (a commit or an annotated tag). */
  readonly refs = new Map<string, string>()

  /** Starts with two commits on the default branch. */
  constructor(
    private readonly world: FakeWorld,
    private readonly fullName: string
  ) {
    const root = this.addCommit({ message: 'Initial commit', parents: [] })
    const head = this.addCommit({ message: 'Add training pipeline', parents: [root] })
    this.refs.set(`refs/heads/${this.defaultBranch}`, head)
  }

  /** Sha the default branch points at. */
  get headSha(): string {
    const sha = this.refs.get(`refs/heads/${this.defaultBranch}`)
    if (!sha) throw new Error(`fake-github: ${this.fullName} has no ${this.defaultBranch} branch`)
    return sha
  }

  /**
   * Adds a commit (default parent: the default branch head) and returns its sha; with `branch`,
   * that branch is created or moved to it.
   */
  addCommit(options: { message?: string; parents?: string[]; branch?: string } = {}): string {
    const parents = options.parents ?? [this.headSha]
    const message = options.message ?? `Commit ${this.commits.size + 1}`
    const sha = fakeSha(this.fullName, 'commit', this.commits.size, message, ...parents)
    this.commits.set(sha, {
      sha,
      parents,
      message,
      treeSha: fakeSha(this.fullName, 'tree', sha),
      authorName: 'Octo Cat',
      authorEmail: 'octocat@example.com',
      date: this.world.now()
    })
    if (options.branch) this.refs.set(`refs/heads/${options.branch}`, sha)
    return sha
  }

  objectExists(sha: string): boolean {
    return this.commits.has(sha) || this.tagObjects.has(sha)
  }

  /** The commit a commit or annotated-tag sha finally points at. */
  peel(sha: string): string | undefined {
    let current = sha
    for (let depth = 0; depth < 10; depth += 1) {
      if (this.commits.has(current)) return current
      const tag = this.tagObjects.get(current)
      if (!tag) return undefined
      current = tag.objectSha
    }
    return undefined
  }

  /** Resolves a sha, branch, tag or full ref name to a commit sha, like GitHub's `ref` inputs. */
  resolveCommitish(ref: string): string | undefined {
    if (/^[0-9a-f]{40}$/.test(ref)) return this.peel(ref)
    const candidates = ref.startsWith('refs/')
      ? [ref]
      : [`refs/heads/${ref}`, `refs/tags/${ref}`, `refs/${ref}`]
    for (const candidate of candidates) {
      const sha = this.refs.get(candidate)
      if (sha) return this.peel(sha)
    }
    return undefined
  }

  /** Like resolveCommitish, but GitHub's 422 for statuses and check runs on unknown commits. */
  commitFor(ref: string): string {
    const sha = this.resolveCommitish(ref)
    if (!sha) throw new GitHubApiError(422, `No commit found for SHA: ${ref}`)
    return sha
  }

  isAncestor(ancestor: string, descendant: string): boolean {
    const seen = new Set<string>()
    const stack = [descendant]
    while (stack.length > 0) {
      const sha = stack.pop() as string
      if (sha === ancestor) return true
      if (seen.has(sha)) continue
      seen.add(sha)
      stack.push(...(this.commits.get(sha)?.parents ?? []))
    }
    return false
  }

  /** POST /git/refs: 422 "Reference already exists" is GitHub's compare-and-swap primitive. */
  createRef(ref: string, sha: string): void {
    if (!isValidRefName(ref)) throw new GitHubApiError(422, `${ref} is not a valid ref name.`)
    if (this.refs.has(ref)) throw new GitHubApiError(422, 'Reference already exists')
    if (!this.objectExists(sha)) throw new GitHubApiError(422, 'Object does not exist')
    this.refs.set(ref, sha)
  }

  /**
   * PATCH /git/refs: without `force`, a branch may only move forward ("Update is not a fast
   * forward"); tags are moved as asked.
   */
  updateRef(ref: string, sha: string, force: boolean): void {
    const current = this.refs.get(ref)
    if (current === undefined) throw new GitHubApiError(422, 'Reference does not exist')
    if (!this.objectExists(sha)) throw new GitHubApiError(422, 'Object does not exist')
    if (ref.startsWith('refs/heads/') && !force) {
      const target = this.peel(sha)
      if (!target || !this.isAncestor(current, target))
        throw new GitHubApiError(422, 'Update is not a fast forward')
    }
    this.refs.set(ref, sha)
  }

  deleteRef(ref: string): void {
    if (!this.refs.delete(ref)) throw new GitHubApiError(422, 'Reference does not exist')
  }

  /** POST /git/tags: an annotated tag object (a ref must then be created to point at it). */
  createTagObject(input: {
    tag: string
    message: string
    objectSha: string
    objectType: FakeTagObject['objectType']
    tagger?: { name?: string; email?: string; date?: string }
  }): FakeTagObject {
    if (!this.objectExists(input.objectSha)) throw new GitHubApiError(422, 'Object does not exist')
    const date =
      input.tagger?.date ??
      this.world
        .now()
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z')
    const tagger = {
      name: input.tagger?.name ?? 'github-actions[bot]',
      email: input.tagger?.email ?? '41898282+github-actions[bot]@users.noreply.github.com',
      date
    }
    const sha = fakeSha(this.fullName, 'tag', input.tag, input.message, input.objectSha, date)
    const tag: FakeTagObject = { sha, ...input, tagger }
    this.tagObjects.set(sha, tag)
    return tag
  }
}
