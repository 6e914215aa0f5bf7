import { UsageError } from '../errors.js'
import { MAX_BUNDLE_FILES } from '../store/store-names.js'
import { explainAccessError } from './github-store-errors.js'
import type { GitHubClient } from './github-client.js'
import { NO_STORE_CACHE, type StoreCache } from './store-cache.js'

/** Tunables of the GitHub store. The defaults are what GitHub needs; tests lower some of them. */
export interface GitHubStoreSettings {
  /** Asset uploads in flight at once for one bundle (writes are also throttled by the client). */
  uploadConcurrency: number
  /**
   * Pauses (ms) before each new attempt of an upload that failed with a 5xx or a dropped
   * connection. Uploads are retried by the store, not the client, because only the store can
   * clear what a failed upload leaves behind (an unfinished asset that holds the name).
   */
  uploadRetryDelaysMs: readonly number[]
  /** Reads (tag objects, commits) in flight at once. */
  readConcurrency: number
  /**
   * Age after which an unfinished asset upload (state `open` or `starter`) is taken as abandoned
   * by a dead writer, so it may be deleted and written again. Younger ones may still be receiving
   * bytes from a live writer. Ten minutes is far longer than uploading 2 GiB from a runner takes.
   */
  abandonedUploadAfterMs: number
  /** Records per segment release before the next segment starts (GitHub: 1000 assets). */
  segmentCapacity: number
  /**
   * Pauses (ms) while waiting for another writer that holds a bundle's publication lock (it
   * uploaded the `manifest.json`) to publish it; after the last one the writer starts afresh.
   */
  publicationWaitMs: readonly number[]
}

export const DEFAULT_GITHUB_STORE_SETTINGS: GitHubStoreSettings = {
  uploadConcurrency: 4,
  uploadRetryDelaysMs: [1000, 4000, 9000],
  readConcurrency: 8,
  abandonedUploadAfterMs: 10 * 60 * 1000,
  segmentCapacity: MAX_BUNDLE_FILES,
  publicationWaitMs: [250, 500, 1000, 2000, 4000, 8000]
}

/** What every part of the GitHub store shares: the client, the repository and the settings. */
export class GitHubStoreContext {
  readonly location: string
  private commitLookup: Promise<string> | undefined

  constructor(
    readonly client: GitHubClient,
    readonly owner: string,
    readonly repo: string,
    /** The workflow's commit (GITHUB_SHA), when known; tags the store creates point at it. */
    readonly knownCommit: string | undefined,
    readonly cache: StoreCache = NO_STORE_CACHE,
    readonly settings: GitHubStoreSettings = DEFAULT_GITHUB_STORE_SETTINGS,
    host?: string
  ) {
    this.location = `GitHub ${host === undefined ? '' : `${host}/`}${owner}/${repo}`
  }

  /** `{ owner, repo }` for Octokit calls. */
  get repository(): { owner: string; repo: string } {
    return { owner: this.owner, repo: this.repo }
  }

  /**
   * The commit a tag points at when the caller names none: GITHUB_SHA, else the head of the
   * default branch (one lookup per store, so a store also works outside a workflow run).
   */
  defaultCommit(): Promise<string> {
    if (this.knownCommit !== undefined) return Promise.resolve(this.knownCommit)
    this.commitLookup ??= this.lookUpDefaultCommit().catch((error: unknown) => {
      this.commitLookup = undefined
      throw error
    })
    return this.commitLookup
  }

  private async lookUpDefaultCommit(): Promise<string> {
    try {
      const { data: repository } = await this.client.rest.repos.get(this.repository)
      const branch = repository.default_branch
      const { data: ref } = await this.client.rest.git.getRef({
        ...this.repository,
        ref: `heads/${branch}`
      })
      if (ref.object.type !== 'commit') {
        throw new UsageError(
          `The default branch ${branch} of ${this.owner}/${this.repo} does not point at a commit; ` +
            'set GITHUB_SHA to the commit Tollgate should tag.'
        )
      }
      return ref.object.sha
    } catch (error) {
      throw explainAccessError(error, `read the default branch of ${this.owner}/${this.repo}`)
    }
  }
}
