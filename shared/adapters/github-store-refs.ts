import { IntegrityError, UsageError } from '../errors.js'
import type { JsonObject } from '../store/canonical-json.js'
import { isoTime } from '../store/github-release-assets.js'
import { TAG_REF_PREFIX, tagNameOfRef } from '../store/github-store-layout.js'
import { formatClaimMessage, parseClaimMessage } from '../store/github-tag-messages.js'
import {
  parseTagSnapshot,
  serializeTagSnapshot,
  type TagObject
} from '../store/github-tag-snapshot.js'
import { assertRefName, assertRefPrefix, compareCodeUnits } from '../store/store-names.js'
import type { RefClaim, RefCreation, StoredRef } from '../store/store.js'
import {
  apiMessageOf,
  explainAccessError,
  isNotFound,
  isReferenceExists,
  statusOf
} from './github-store-errors.js'
import type { GitHubStoreContext } from './github-store-context.js'
import { mapWithLimit } from './github-store-parallel.js'

/** Where a tag ref points: an annotated tag object (`tag`) or directly at a commit. */
export interface TagTarget {
  tag: string
  sha: string
  type: string
}

/** Cache keys of tag-object snapshots start with this; the rest is the snapshot's SHA-256. */
export const TAG_SNAPSHOT_CACHE_PREFIX = 'tollgate-tag-objects-'

/**
 * Below this many tag objects to read, reading them is cheaper than a cache round trip; from
 * this many new ones read, a run leaves a snapshot for the next.
 */
const SNAPSHOT_THRESHOLD = 5

export type TagClaim =
  { outcome: 'created'; tag: TagObject } | { outcome: 'exists'; target: TagTarget }

/**
 * Claims as annotated git tags (DESIGN.md §3): `POST /git/tags` writes the tag object (message:
 * the metadata), then `POST /git/refs` creates `refs/tags/<name>`, which GitHub refuses with 422
 * "Reference already exists" when any writer got there first: compare-and-swap. A writer that
 * dies between the two calls leaves only an unreferenced tag object, which nobody sees.
 *
 * Tag objects are immutable and named by their sha, so each is read at most once per store, and
 * inside Actions a snapshot of those read is kept in the Actions cache for the next run: listing
 * N refs costs one request plus one per tag object that no earlier run has read (without the
 * snapshot, N + 1 per run, which a GITHUB_TOKEN's 1000 requests per hour would soon feel).
 * The snapshot is trusted like the cache it lives in, which only the repository's own workflows
 * can write (a pull request's caches are scoped to its merge ref).
 */
export class GitHubClaims {
  private readonly tagObjects = new Map<string, Promise<TagObject>>()
  private readonly commitDates = new Map<string, Promise<string>>()
  private snapshotRestore: Promise<void> | undefined
  private readSinceSnapshot = 0

  constructor(private readonly context: GitHubStoreContext) {}

  async createRef(name: string, claim: RefClaim): Promise<RefCreation> {
    assertRefName(name)
    const message = formatClaimMessage(claim.metadata, name)
    const commit = claim.commit ?? (await this.context.defaultCommit())
    const result = await this.claimTag(name, message, commit)
    if (result.outcome === 'created') return { outcome: 'created', ref: refOfTag(name, result.tag) }
    const ref = await this.storedRef(result.target)
    return { outcome: 'exists', ref }
  }

  async readRef(name: string): Promise<StoredRef | undefined> {
    assertRefName(name)
    const target = await this.readTagTarget(name)
    return target === undefined ? undefined : this.storedRef(target)
  }

  async listRefs(prefix: string): Promise<StoredRef[]> {
    assertRefPrefix(prefix)
    const targets = (await this.matchingTags(prefix)).filter((target) => isRefName(target.tag))
    await this.restoreSnapshotIfWorthIt(targets)
    const refs = await mapWithLimit(targets, this.context.settings.readConcurrency, (target) =>
      this.storedRef(target)
    )
    await this.saveSnapshotIfWorthIt()
    return refs.sort((a, b) => compareCodeUnits(a.name, b.name))
  }

  /**
   * Creates the annotated tag `tag` with `message` on `commit` unless the tag exists. A retried
   * request whose first attempt did create the ref finds its own tag object there and still
   * counts as 'created'.
   */
  async claimTag(tag: string, message: string, commit: string): Promise<TagClaim> {
    const created = await this.createTagObject(tag, message, commit)
    try {
      await this.context.client.rest.git.createRef({
        ...this.context.repository,
        ref: `${TAG_REF_PREFIX}${tag}`,
        sha: created.sha
      })
      return { outcome: 'created', tag: created }
    } catch (error) {
      if (!isReferenceExists(error)) throw explainAccessError(error, `create tag ${tag}`)
    }
    const target = await this.readTagTarget(tag)
    if (target === undefined) {
      throw new IntegrityError(
        `GitHub reported tag ${JSON.stringify(tag)} as existing in ${this.context.location}, ` +
          'but it cannot be read; was it deleted just now?'
      )
    }
    if (target.sha === created.sha) return { outcome: 'created', tag: created }
    return { outcome: 'exists', target }
  }

  /** Where `refs/tags/<tag>` points, or undefined when there is no such tag. */
  async readTagTarget(tag: string): Promise<TagTarget | undefined> {
    try {
      const { data } = await this.context.client.rest.git.getRef({
        ...this.context.repository,
        ref: `tags/${tag}`
      })
      return { tag, sha: data.object.sha, type: data.object.type }
    } catch (error) {
      if (isNotFound(error)) return undefined
      throw explainAccessError(error, `read tag ${tag}`)
    }
  }

  /** Every tag whose name starts with `prefix`, in one request (this endpoint is not paged). */
  async matchingTags(prefix: string): Promise<TagTarget[]> {
    try {
      const { data } = await this.context.client.rest.git.listMatchingRefs({
        ...this.context.repository,
        ref: `tags/${prefix}`
      })
      const targets: TagTarget[] = []
      for (const ref of data) {
        const tag = tagNameOfRef(ref.ref)
        if (tag === undefined || !tag.startsWith(prefix)) continue
        targets.push({ tag, sha: ref.object.sha, type: ref.object.type })
      }
      return targets
    } catch (error) {
      throw explainAccessError(error, `list tags of ${this.context.owner}/${this.context.repo}`)
    }
  }

  /** An annotated tag object, read once per store (objects never change). */
  tagObject(sha: string): Promise<TagObject> {
    let pending = this.tagObjects.get(sha)
    if (pending === undefined) {
      pending = this.fetchTagObject(sha)
      void pending.catch(() => this.tagObjects.delete(sha))
      this.tagObjects.set(sha, pending)
    }
    return pending
  }

  private async fetchTagObject(sha: string): Promise<TagObject> {
    this.readSinceSnapshot += 1
    const { data } = await this.context.client.rest.git.getTag({
      ...this.context.repository,
      tag_sha: sha
    })
    return {
      sha: data.sha,
      message: data.message,
      date: data.tagger.date,
      objectSha: data.object.sha,
      objectType: data.object.type
    }
  }

  /** Loads the last run's snapshot once, when enough tag objects would otherwise be read. */
  private async restoreSnapshotIfWorthIt(targets: readonly TagTarget[]): Promise<void> {
    const unread = targets.filter((t) => t.type === 'tag' && !this.tagObjects.has(t.sha)).length
    if (unread < SNAPSHOT_THRESHOLD) return
    this.snapshotRestore ??= this.context.cache
      .restoreSnapshot(TAG_SNAPSHOT_CACHE_PREFIX, 'snapshot of tag objects')
      .then((bytes) => {
        for (const tag of bytes === undefined ? [] : (parseTagSnapshot(bytes) ?? [])) {
          if (!this.tagObjects.has(tag.sha)) this.tagObjects.set(tag.sha, Promise.resolve(tag))
        }
      })
    await this.snapshotRestore
  }

  /** Leaves a snapshot of every tag object read for the next run, when enough were new. */
  private async saveSnapshotIfWorthIt(): Promise<void> {
    if (this.readSinceSnapshot < SNAPSHOT_THRESHOLD) return
    this.readSinceSnapshot = 0
    const settled = await Promise.allSettled(this.tagObjects.values())
    const tags = settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []))
    await this.context.cache.saveSnapshot(
      TAG_SNAPSHOT_CACHE_PREFIX,
      serializeTagSnapshot(tags),
      'snapshot of tag objects'
    )
  }

  private async createTagObject(tag: string, message: string, commit: string): Promise<TagObject> {
    try {
      // No tagger: GitHub records the token's identity and its own clock, so createdAt is
      // store time, not a value a caller could choose.
      const { data } = await this.context.client.rest.git.createTag({
        ...this.context.repository,
        tag,
        message,
        object: commit,
        type: 'commit'
      })
      const object: TagObject = {
        sha: data.sha,
        message: data.message,
        date: data.tagger.date,
        objectSha: data.object.sha,
        objectType: data.object.type
      }
      this.tagObjects.set(object.sha, Promise.resolve(object))
      return object
    } catch (error) {
      if (statusOf(error) === 422 && /object does not exist/i.test(apiMessageOf(error))) {
        throw new UsageError(
          `Cannot tag ${JSON.stringify(tag)} at commit ${commit}: ${this.context.location} has ` +
            'no such commit. Push it first, or name a commit the repository has.'
        )
      }
      throw explainAccessError(error, `create tag ${tag}`)
    }
  }

  /** The StoredRef a tag holds: an annotated tag's message and date, or a lightweight tag's commit. */
  private async storedRef(target: TagTarget): Promise<StoredRef> {
    if (target.type === 'tag') return refOfTag(target.tag, await this.tagObject(target.sha))
    if (target.type === 'commit') {
      // A lightweight tag that Tollgate did not write (e.g. `git tag churn@v1.0.0`): no
      // metadata; its time is the commit's.
      return {
        name: target.tag,
        metadata: {},
        commit: target.sha,
        createdAt: await this.commitDate(target.sha)
      }
    }
    throw new IntegrityError(
      `Tag ${JSON.stringify(target.tag)} in ${this.context.location} points at a ${target.type}, ` +
        'not at a commit or a tag object; it is not a claim the store can read.'
    )
  }

  private commitDate(sha: string): Promise<string> {
    let pending = this.commitDates.get(sha)
    if (pending === undefined) {
      pending = this.context.client.rest.git
        .getCommit({ ...this.context.repository, commit_sha: sha })
        .then(({ data }) => isoTime(data.committer.date ?? '') ?? new Date(0).toISOString())
      void pending.catch(() => this.commitDates.delete(sha))
      this.commitDates.set(sha, pending)
    }
    return pending
  }
}

/** A claim as the store reports it, from its annotated tag. */
function refOfTag(name: string, tag: TagObject): StoredRef {
  const metadata: JsonObject = parseClaimMessage(tag.message)
  const createdAt = isoTime(tag.date)
  if (createdAt === undefined) {
    throw new IntegrityError(`Tag ${JSON.stringify(name)} has no valid tagger date (${tag.date}).`)
  }
  return {
    name,
    metadata,
    ...(tag.objectType === 'commit' ? { commit: tag.objectSha } : {}),
    createdAt
  }
}

/** Tags that are names a caller could have claimed (the store's own `_tollgate/` tags are not). */
function isRefName(tag: string): boolean {
  try {
    assertRefName(tag)
    return true
  } catch {
    return false
  }
}
