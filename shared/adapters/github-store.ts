import { UsageError } from '../errors.js'
import type { BundleFiles, BundleManifest } from '../store/bundle-manifest.js'
import type {
  BundlePublication,
  CreateOutcome,
  RecordListing,
  RefClaim,
  RefCreation,
  Store,
  StoredRef
} from '../store/store.js'
import { createGitHubClient, currentRepository, type GitHubClient } from './github-client.js'
import { GitHubBundles } from './github-store-bundles.js'
import {
  DEFAULT_GITHUB_STORE_SETTINGS,
  GitHubStoreContext,
  type GitHubStoreSettings
} from './github-store-context.js'
import { GitHubRecords } from './github-store-records.js'
import { GitHubClaims } from './github-store-refs.js'
import { RecordSegments } from './github-store-segments.js'
import { openStoreCache, type StoreCache } from './store-cache.js'

export interface GitHubStoreOptions {
  client: GitHubClient
  owner: string
  repo: string
  /** The workflow's commit (GITHUB_SHA); tags without an explicit commit point at it. */
  commit?: string
  /** Read-through cache of downloaded bundle files and records (default: none). */
  cache?: StoreCache
  /** The API base URL, to name a GitHub Enterprise Server host in messages. */
  apiUrl?: string
  settings?: Partial<GitHubStoreSettings>
}

/**
 * The Store on a GitHub repository (DESIGN.md §3), through the REST API only, so it works with
 * the workflow's GITHUB_TOKEN (`contents: write`) and on GitHub Enterprise Server:
 * - refs are annotated tags (`refs/tags/<name>`, message: the metadata), claimed atomically;
 * - bundles are releases of `_tollgate/bundles/<name>`, drafts until every file is uploaded;
 * - record series are draft "segment" releases of `_tollgate/records/<series>@<n>`, one asset per
 *   record, rolling over before GitHub's 1000-asset cap.
 * See github-store-layout.ts for the names and the modules below for each guarantee.
 */
export class GitHubStore implements Store {
  readonly location: string
  private readonly claims: GitHubClaims
  private readonly bundles: GitHubBundles
  private readonly records: GitHubRecords

  constructor(options: GitHubStoreOptions) {
    const context = new GitHubStoreContext(
      options.client,
      options.owner,
      options.repo,
      options.commit,
      options.cache,
      { ...DEFAULT_GITHUB_STORE_SETTINGS, ...options.settings },
      enterpriseHost(options.apiUrl)
    )
    this.location = context.location
    this.claims = new GitHubClaims(context)
    this.bundles = new GitHubBundles(context, this.claims)
    this.records = new GitHubRecords(context, new RecordSegments(context, this.claims))
  }

  createRef(name: string, claim: RefClaim): Promise<RefCreation> {
    return this.claims.createRef(name, claim)
  }

  readRef(name: string): Promise<StoredRef | undefined> {
    return this.claims.readRef(name)
  }

  listRefs(prefix: string): Promise<StoredRef[]> {
    return this.claims.listRefs(prefix)
  }

  publishBundle(name: string, files: BundleFiles): Promise<BundlePublication> {
    return this.bundles.publishBundle(name, files)
  }

  readBundleManifest(name: string): Promise<BundleManifest | undefined> {
    return this.bundles.readBundleManifest(name)
  }

  readBundleFile(name: string, fileName: string): Promise<Uint8Array> {
    return this.bundles.readBundleFile(name, fileName)
  }

  listBundles(prefix: string): Promise<string[]> {
    return this.bundles.listBundles(prefix)
  }

  appendRecord(series: string, key: string, bytes: Uint8Array): Promise<CreateOutcome> {
    return this.records.appendRecord(series, key, bytes)
  }

  listRecords(series: string): Promise<RecordListing> {
    return this.records.listRecords(series)
  }

  readRecord(series: string, key: string): Promise<Uint8Array | undefined> {
    return this.records.readRecord(series, key)
  }
}

/**
 * The store of the workflow's repository: GITHUB_REPOSITORY names it, GITHUB_API_URL is the API
 * (GitHub Enterprise Server works), GITHUB_SHA the commit new tags point at (the default branch's
 * head when unset). Inside Actions, downloads go through the Actions cache.
 */
export async function openGitHubStore(token: string): Promise<Store> {
  const { owner, repo } = currentRepository()
  const commit = process.env.GITHUB_SHA?.trim() || undefined
  if (commit !== undefined && !/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(commit)) {
    throw new UsageError(`GITHUB_SHA is ${JSON.stringify(commit)}, which is not a commit sha.`)
  }
  return new GitHubStore({
    client: createGitHubClient(token),
    owner,
    repo,
    ...(commit === undefined ? {} : { commit }),
    cache: openStoreCache(),
    ...(process.env.GITHUB_API_URL === undefined ? {} : { apiUrl: process.env.GITHUB_API_URL })
  })
}

/** The host of a non-github.com API, to say which server a store is on. */
function enterpriseHost(apiUrl: string | undefined): string | undefined {
  if (apiUrl === undefined || apiUrl === '') return undefined
  try {
    const host = new URL(apiUrl).host
    return host === 'api.github.com' ? undefined : host
  } catch {
    return undefined
  }
}
