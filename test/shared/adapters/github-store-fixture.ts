/**
 * GitHubStore over the fake GitHub for tests: clients, a fresh repository per store, and the
 * harness hooks of the store contract suite (how a crashed writer or a damaged asset looks on
 * GitHub). Not a test file itself.
 */
import { expect } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { GitHubClient } from '../../../shared/adapters/github-client.js'
import type { GitHubStoreSettings } from '../../../shared/adapters/github-store-context.js'
import { GitHubStore } from '../../../shared/adapters/github-store.js'
import type { StoreCache } from '../../../shared/adapters/store-cache.js'
import type { BundleFiles } from '../../../shared/store/bundle-manifest.js'
import { bundleReleaseTag, segmentTagPrefix } from '../../../shared/store/github-store-layout.js'
import type { FakeGitHub } from '../../harness/fake-github.js'
import type { FakeAsset, FakeRelease } from '../../harness/fake-github-records.js'
import type { FakeRepository } from '../../harness/fake-repository.js'
import type { StoreHarness } from '../../store-contract/store-contract.js'

export const OWNER = 'octo-org'

/** A commit id the contract suite claims at; seeded so the fake knows it, as GitHub would. */
export const SEEDED_COMMIT = 'a'.repeat(40)

/**
 * A client like createGitHubClient's (retry + throttling plugins) but fast: the throttling
 * plugin's one-second gap between writes and the retry plugin's seconds of backoff are
 * production pacing, not behaviour under test here.
 */
export function fastClient(gh: FakeGitHub, token = 'ghs_store_test'): GitHubClient {
  return getOctokit(
    token,
    {
      baseUrl: gh.url,
      retry: { retries: 3, retryAfterBaseValue: 5 },
      throttle: { enabled: false }
    },
    retry,
    throttling
  )
}

/** A client with no retries at all: a request that fails ends the writer, as a crash would. */
export function fragileClient(gh: FakeGitHub): GitHubClient {
  return getOctokit('ghs_store_test', { baseUrl: gh.url })
}

/** Settings that keep waits short; everything else as in production. */
export const FAST_SETTINGS: Partial<GitHubStoreSettings> = {
  uploadRetryDelaysMs: [5, 10, 20],
  publicationWaitMs: [20, 40, 80, 160, 320]
}

/** Settings of a writer that dies at its first failed request. */
export const CRASHING_SETTINGS: Partial<GitHubStoreSettings> = {
  ...FAST_SETTINGS,
  uploadRetryDelaysMs: [],
  uploadConcurrency: 1
}

let repositoryCounter = 0

/** A fresh, empty repository on the fake (so tests never see each other's releases). */
export function freshRepository(
  gh: FakeGitHub,
  options: { immutable?: boolean } = {}
): FakeRepository {
  repositoryCounter += 1
  const repository = gh.addRepository(OWNER, `models-${repositoryCounter}`)
  repository.releases.immutable = options.immutable ?? false
  repository.git.commits.set(SEEDED_COMMIT, {
    sha: SEEDED_COMMIT,
    parents: [repository.headSha],
    message: 'Train churn model',
    treeSha: 'b'.repeat(40),
    authorName: 'Octo Cat',
    authorEmail: 'octocat@example.com',
    date: new Date('2025-06-01T00:00:00Z')
  })
  return repository
}

export interface StoreOnFake {
  client?: GitHubClient
  settings?: Partial<GitHubStoreSettings>
  cache?: StoreCache
  /** GITHUB_SHA; omitted: the store looks up the default branch. */
  commit?: string
}

export function storeOn(
  gh: FakeGitHub,
  repository: FakeRepository,
  options: StoreOnFake = {}
): GitHubStore {
  return new GitHubStore({
    client: options.client ?? fastClient(gh),
    owner: repository.owner,
    repo: repository.name,
    ...(options.commit === undefined ? {} : { commit: options.commit }),
    ...(options.cache === undefined ? {} : { cache: options.cache }),
    settings: { ...FAST_SETTINGS, ...options.settings }
  })
}

/** Upload requests to a repository's releases (the fault patterns and request counts use it). */
export function uploadPath(repository: FakeRepository): string {
  return `/repos/${repository.owner}/${repository.name}/releases/*/assets`
}

/** Makes the `skip + 1`-th next asset upload drop its connection after a few bytes, leaving an asset in state `open`. */
export function killNextUpload(gh: FakeGitHub, repository: FakeRepository, skip = 0): void {
  const path = uploadPath(repository)
  if (skip > 0) gh.faults.add({ method: 'POST', path }, { kind: 'delay', ms: 0 }, skip)
  gh.faults.add(
    { method: 'POST', path },
    { kind: 'reset-mid-body', afterBytes: 2, leavePartialAsset: true }
  )
}

export function releasesWithTag(repository: FakeRepository, tag: string): FakeRelease[] {
  return [...repository.releases.byId.values()].filter((release) => release.tagName === tag)
}

export function publishedBundleRelease(repository: FakeRepository, bundle: string): FakeRelease {
  const release = releasesWithTag(repository, bundleReleaseTag(bundle)).find((r) => !r.draft)
  if (release === undefined) throw new Error(`no published release for bundle ${bundle}`)
  return release
}

/** The asset of a record in its series' segment releases. */
export function recordAsset(repository: FakeRepository, series: string, key: string): FakeAsset {
  for (const release of repository.releases.byId.values()) {
    if (!release.tagName.startsWith(segmentTagPrefix(series))) continue
    const asset = repository.releases.assetsOf(release.id).find((a) => a.name === key)
    if (asset !== undefined) return asset
  }
  throw new Error(`no asset for record ${key} of ${series}`)
}

/** Flips the last byte in place: GitHub's digest, size and the store's label stay as recorded. */
export function flipLastByte(asset: FakeAsset): void {
  const last = asset.bytes.length - 1
  asset.bytes[last] = (asset.bytes[last] ?? 0) ^ 0xff
}

/** The store contract suite's hooks, on a fresh repository of `gh`. */
export function githubHarness(
  gh: FakeGitHub,
  options: { immutable?: boolean; commit?: string } = {}
): StoreHarness {
  const repository = freshRepository(gh, options)
  const store = storeOn(
    gh,
    repository,
    options.commit === undefined ? {} : { commit: options.commit }
  )
  const crashingWriter = (): GitHubStore =>
    storeOn(gh, repository, { client: fragileClient(gh), settings: CRASHING_SETTINGS })
  return {
    store,
    interruptBundle: async (name: string, files: BundleFiles) => {
      // The writer dies on its second upload: one file complete, one unfinished, no manifest.
      killNextUpload(gh, repository, 1)
      try {
        await expect(crashingWriter().publishBundle(name, files)).rejects.toThrow()
      } finally {
        gh.faults.clear()
      }
    },
    corruptBundleFile: async (bundle, file) => {
      const release = publishedBundleRelease(repository, bundle)
      const asset = repository.releases.assetsOf(release.id).find((a) => a.name === file)
      if (asset === undefined) throw new Error(`no asset ${file} in bundle ${bundle}`)
      flipLastByte(asset)
    },
    corruptRecord: async (series, key) => flipLastByte(recordAsset(repository, series, key)),
    leaveDamagedRecord: async (series, key) => {
      killNextUpload(gh, repository)
      try {
        await expect(
          crashingWriter().appendRecord(series, key, new TextEncoder().encode('lost'))
        ).rejects.toThrow()
      } finally {
        gh.faults.clear()
      }
      expect(recordAsset(repository, series, key).state).toBe('open')
    },
    dispose: async () => {
      gh.faults.clear()
    }
  }
}
