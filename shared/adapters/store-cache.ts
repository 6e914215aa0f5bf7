import * as core from './runner-commands.js'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { errorMessage } from '../errors.js'
import { sha256Hex, verifyDigest, type ContentDigest } from '../store/content-digest.js'
import type * as ActionsCache from '@actions/cache'

/**
 * The read-through cache of a remote store (DESIGN.md §3): immutable content that was downloaded
 * once (bundle files, records) is kept between workflow runs by the Actions cache, keyed by its
 * SHA-256, so a model or a history is fetched from GitHub once and not on every run. That saves
 * the GITHUB_TOKEN's 1000 requests per hour and the download time.
 *
 * The cache is only ever an optimisation: a miss, a damaged cached copy or an outage of the cache
 * service is at most a warning, and every byte handed out (cached or downloaded) is verified
 * against the digest the store recorded.
 */
export interface StoreCache {
  /**
   * The bytes with digest `expected`, from the cache when it has them, else from `download`;
   * downloaded bytes are verified (IntegrityError naming `what` on mismatch) before they are
   * cached or returned.
   */
  readThrough(
    expected: ContentDigest,
    what: string,
    download: () => Promise<Uint8Array>
  ): Promise<Uint8Array>

  /**
   * The newest snapshot saved under `prefix` by an earlier run, or undefined. A snapshot is a
   * document the store can rebuild from GitHub at any time (e.g. the annotated tag objects it
   * has read, which never change), kept so a new run need not read it all again.
   */
  restoreSnapshot(prefix: string, what: string): Promise<Uint8Array | undefined>

  /** Keeps a snapshot for later runs under `prefix` + its SHA-256. */
  saveSnapshot(prefix: string, bytes: Uint8Array, what: string): Promise<void>
}

/** No cache: download and verify every time (outside Actions, and in the CLI). */
export const NO_STORE_CACHE: StoreCache = {
  async readThrough(expected, what, download) {
    const bytes = await download()
    verifyDigest(bytes, expected, what)
    return bytes
  },
  restoreSnapshot: async () => undefined,
  saveSnapshot: async () => undefined
}

/** Prefix of every cache key the store writes; the rest is the content's SHA-256. */
export const STORE_CACHE_KEY_PREFIX = 'tollgate-store-sha256-'

/**
 * The cache to use in this process: the Actions cache inside a GitHub Actions job (the runner
 * sets ACTIONS_RUNTIME_TOKEN and the cache service URL), otherwise none.
 */
export function openStoreCache(env: NodeJS.ProcessEnv = process.env): StoreCache {
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) return NO_STORE_CACHE
  return new ActionsStoreCache(join(env.RUNNER_TEMP || tmpdir(), 'tollgate-store-cache'))
}

/**
 * The Actions cache (`@actions/cache`), one entry per content digest. An entry is a single file
 * `<directory>/<sha256>`; the directory must be the same in every run, because the cache
 * service matches entries by key and by the paths they were saved from.
 */
export class ActionsStoreCache implements StoreCache {
  private readonly inFlight = new Map<string, Promise<Uint8Array>>()
  private warned = false

  constructor(
    readonly directory: string,
    private readonly warn: (message: string) => void = (message) => core.warning(message)
  ) {}

  readThrough(
    expected: ContentDigest,
    what: string,
    download: () => Promise<Uint8Array>
  ): Promise<Uint8Array> {
    // Two reads of the same content share one restore (they would write the same file).
    const pending = this.inFlight.get(expected.sha256)
    if (pending !== undefined) return pending
    const reading = this.read(expected, what, download).finally(() =>
      this.inFlight.delete(expected.sha256)
    )
    this.inFlight.set(expected.sha256, reading)
    return reading
  }

  async restoreSnapshot(prefix: string, what: string): Promise<Uint8Array | undefined> {
    const path = join(this.directory, `${prefix}snapshot`)
    try {
      await mkdir(this.directory, { recursive: true })
      // A key that is a prefix restores the newest entry whose key starts with it.
      const cache = await loadCacheClient()
      if (cache === undefined) return undefined
      const hit = await cache.restoreCache([path], prefix)
      if (hit === undefined) return undefined
      const bytes = new Uint8Array(await readFile(path))
      if (sha256Hex(bytes) === hit.slice(prefix.length)) return bytes
      this.warnOnce(`The cached ${what} is damaged; reading from GitHub instead.`)
    } catch (error) {
      this.warnOnce(`The Actions cache could not restore the ${what}: ${errorMessage(error)}`)
    } finally {
      await rm(path, { force: true }).catch(() => undefined)
    }
    return undefined
  }

  async saveSnapshot(prefix: string, bytes: Uint8Array, what: string): Promise<void> {
    const path = join(this.directory, `${prefix}snapshot`)
    try {
      await mkdir(this.directory, { recursive: true })
      await this.save(path, `${prefix}${sha256Hex(bytes)}`, bytes, `the ${what}`)
    } finally {
      await rm(path, { force: true }).catch(() => undefined)
    }
  }

  private async read(
    expected: ContentDigest,
    what: string,
    download: () => Promise<Uint8Array>
  ): Promise<Uint8Array> {
    const path = join(this.directory, expected.sha256)
    const key = `${STORE_CACHE_KEY_PREFIX}${expected.sha256}`
    try {
      const cached = await this.restore(path, key, what)
      if (cached !== undefined) return cached
      const bytes = await download()
      verifyDigest(bytes, expected, what)
      await this.save(path, key, bytes, what)
      return bytes
    } finally {
      await rm(path, { force: true }).catch(() => undefined)
    }
  }

  private async restore(path: string, key: string, what: string): Promise<Uint8Array | undefined> {
    try {
      await mkdir(this.directory, { recursive: true })
      const cache = await loadCacheClient()
      if (cache === undefined) return undefined
      const hit = await cache.restoreCache([path], key)
      if (hit === undefined) return undefined
      const bytes = new Uint8Array(await readFile(path))
      if (sha256Hex(bytes) === key.slice(STORE_CACHE_KEY_PREFIX.length)) return bytes
      this.warnOnce(`The cached copy of ${what} is damaged; downloading it again.`)
    } catch (error) {
      this.warnOnce(`The Actions cache could not restore ${what}: ${errorMessage(error)}`)
    }
    return undefined
  }

  private async save(path: string, key: string, bytes: Uint8Array, what: string): Promise<void> {
    try {
      const cache = await loadCacheClient()
      if (cache === undefined) return
      await writeFile(path, bytes)
      await cache.saveCache([path], key)
    } catch (error) {
      // Another job saving the same content at the same time is normal; an outage is not an error.
      this.warnOnce(`The Actions cache could not keep ${what}: ${errorMessage(error)}`)
    }
  }

  /** One warning per store is enough to tell the user the cache is not helping. */
  private warnOnce(message: string): void {
    if (this.warned) return
    this.warned = true
    this.warn(`${message} (Tollgate reads from GitHub instead; this is not an error.)`)
  }
}

type CacheClient = typeof ActionsCache
let cacheClient: Promise<CacheClient | undefined> | undefined

/**
 * @actions/cache, loaded on first use (it is a large part of a bundle's start-up), or undefined
 * when the runner offers no cache service.
 */
function loadCacheClient(): Promise<CacheClient | undefined> {
  cacheClient ??= import('@actions/cache').then((cache) =>
    cache.isFeatureAvailable() ? cache : undefined
  )
  return cacheClient
}
