import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import * as cache from '@actions/cache'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { GitHubStore } from '../../../shared/adapters/github-store.js'
import {
  ActionsStoreCache,
  NO_STORE_CACHE,
  STORE_CACHE_KEY_PREFIX,
  openStoreCache
} from '../../../shared/adapters/store-cache.js'
import { TAG_SNAPSHOT_CACHE_PREFIX } from '../../../shared/adapters/github-store-refs.js'
import { IntegrityError } from '../../../shared/errors.js'
import { sha256Hex } from '../../../shared/store/content-digest.js'
import { captureStdout } from '../../harness/capture-stdout.js'
import {
  startFakeActionsRuntime,
  type FakeActionsRuntime
} from '../../harness/fake-actions-runtime.js'
import { startFakeGitHub, type FakeGitHub } from '../../harness/fake-github.js'
import type { FakeRepository } from '../../harness/fake-repository.js'
import { withEnv } from '../../harness/with-env.js'
import { freshRepository, recordAsset, storeOn } from './github-store-fixture.js'

const text = (value: string): Uint8Array => new TextEncoder().encode(value)
const decode = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes)

let gh: FakeGitHub
let runtime: FakeActionsRuntime
let workspace: string

beforeAll(async () => {
  gh = await startFakeGitHub()
  runtime = await startFakeActionsRuntime()
  workspace = mkdtempSync(join(tmpdir(), 'tollgate-store-cache-'))
  mkdirSync(join(workspace, '_temp'))
})
afterEach(() => {
  expect(gh.contractViolations).toEqual([])
  runtime.setCacheOutage(false)
})
afterAll(async () => {
  await gh.close()
  await runtime.close()
  rmSync(workspace, { recursive: true, force: true })
})

/** The variables a runner gives a step, pointing at the fake Actions runtime. */
function runnerEnv(): Record<string, string | undefined> {
  return {
    ...runtime.env(),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: join(workspace, '_temp'),
    ACTIONS_CACHE_MODE: undefined
  }
}

/** Runs `body` as inside a job step: runner variables set, workflow commands captured. */
function inStep<T>(body: () => Promise<T>): Promise<{ result: T; stdout: string }> {
  return withEnv(runnerEnv(), () => captureStdout(body))
}

/** A new store (nothing read yet) that caches through the Actions cache, as in a new run. */
function cachedStore(repository: FakeRepository): Promise<GitHubStore> {
  return withEnv(runnerEnv(), async () => storeOn(gh, repository, { cache: openStoreCache() }))
}

function assetDownloads(start: number): number {
  return gh.requests.slice(start).filter((r) => r.operationId === 'repos/get-release-asset').length
}

function cacheKeys(): string[] {
  return runtime
    .caches()
    .filter((c) => c.finalized)
    .map((c) => c.key)
}

describe('the read-through cache of GitHubStore', () => {
  it('is off outside Actions', async () => {
    expect(openStoreCache({})).toBe(NO_STORE_CACHE)
    expect(openStoreCache({ ACTIONS_RUNTIME_TOKEN: 'x' })).toBe(NO_STORE_CACHE)
    expect(await withEnv(runnerEnv(), async () => openStoreCache())).toBeInstanceOf(
      ActionsStoreCache
    )
  })

  it('downloads a bundle file once, then serves later runs from the cache', async () => {
    const repository = freshRepository(gh)
    const model = text('{"weights":[1,2,3]}')
    await storeOn(gh, repository).publishBundle('churn@v0.0.1', new Map([['model.json', model]]))

    let start = gh.requests.length
    const first = await inStep(async () =>
      (await cachedStore(repository)).readBundleFile('churn@v0.0.1', 'model.json')
    )
    expect(decode(first.result)).toBe('{"weights":[1,2,3]}')
    // The manifest and the file came from GitHub; the file is now cached under its sha256.
    expect(assetDownloads(start)).toBe(2)
    expect(cacheKeys()).toContain(`${STORE_CACHE_KEY_PREFIX}${sha256Hex(model)}`)

    start = gh.requests.length
    const second = await inStep(async () =>
      (await cachedStore(repository)).readBundleFile('churn@v0.0.1', 'model.json')
    )
    expect(decode(second.result)).toBe('{"weights":[1,2,3]}')
    expect(second.stdout).toContain('Cache restored')
    expect(assetDownloads(start)).toBe(1) // only the manifest
  })

  it('caches records by content, so identical records share one entry', async () => {
    const repository = freshRepository(gh)
    const store = storeOn(gh, repository)
    await store.appendRecord('drift-history', 'day-1', text('{"psi":0.11}'))
    await store.appendRecord('drift-history', 'day-2', text('{"psi":0.11}'))
    const start = gh.requests.length
    const { result } = await inStep(async () => {
      const reader = await cachedStore(repository)
      return [
        await reader.readRecord('drift-history', 'day-1'),
        await reader.readRecord('drift-history', 'day-2')
      ]
    })
    expect(result.map(decode)).toEqual(['{"psi":0.11}', '{"psi":0.11}'])
    expect(assetDownloads(start)).toBe(1)
  })

  it('treats a cache outage as a miss: the read succeeds from GitHub with a warning', async () => {
    const repository = freshRepository(gh)
    await storeOn(gh, repository).appendRecord('history', 'run-1-1', text('{"value":42}'))
    runtime.setCacheOutage('reset')
    const start = gh.requests.length
    const { result, stdout } = await inStep(async () =>
      (await cachedStore(repository)).readRecord('history', 'run-1-1')
    )
    expect(decode(result)).toBe('{"value":42}')
    expect(assetDownloads(start)).toBe(1)
    expect(stdout).toMatch(/::warning::/)
    expect(stdout).not.toMatch(/::error::/)
  })

  it('never trusts a cached copy: damaged bytes under a digest key are downloaded again', async () => {
    const repository = freshRepository(gh)
    const bytes = text('{"value":7}')
    await storeOn(gh, repository).appendRecord('history', 'run-7-1', bytes)
    const sha = sha256Hex(bytes)
    // Plant a wrong entry under the key the store would use.
    const cacheDirectory = join(workspace, '_temp', 'tollgate-store-cache')
    mkdirSync(cacheDirectory, { recursive: true })
    writeFileSync(join(cacheDirectory, sha), 'not the record')
    await inStep(() =>
      cache.saveCache([join(cacheDirectory, sha)], `${STORE_CACHE_KEY_PREFIX}${sha}`)
    )
    rmSync(join(cacheDirectory, sha))
    const start = gh.requests.length
    const { result, stdout } = await inStep(async () =>
      (await cachedStore(repository)).readRecord('history', 'run-7-1')
    )
    expect(decode(result)).toBe('{"value":7}')
    expect(assetDownloads(start)).toBe(1)
    expect(stdout).toContain('cached copy')
  })

  it('keeps the tag objects a run read, so the next run lists claims in one request', async () => {
    const repository = freshRepository(gh)
    const writer = storeOn(gh, repository)
    for (let index = 1; index <= 12; index++) {
      await writer.createRef(`churn@v0.0.${index}`, { metadata: { index } })
    }
    const tagReads = (start: number) =>
      gh.requests.slice(start).filter((r) => r.operationId === 'git/get-tag').length

    let start = gh.requests.length
    const first = await inStep(async () => (await cachedStore(repository)).listRefs('churn@'))
    expect(first.result).toHaveLength(12)
    expect(tagReads(start)).toBe(12)
    expect(cacheKeys().some((key) => key.startsWith(TAG_SNAPSHOT_CACHE_PREFIX))).toBe(true)

    start = gh.requests.length
    const second = await inStep(async () => (await cachedStore(repository)).listRefs('churn@'))
    expect(second.result).toEqual(first.result)
    expect(tagReads(start)).toBe(0)

    for (let index = 13; index <= 18; index++) {
      await writer.createRef(`churn@v0.0.${index}`, { metadata: { index } })
    }
    start = gh.requests.length
    const third = await inStep(async () => (await cachedStore(repository)).listRefs('churn@'))
    expect(third.result.map((ref) => ref.metadata.index)).toEqual([
      1, 10, 11, 12, 13, 14, 15, 16, 17, 18, 2, 3, 4, 5, 6, 7, 8, 9
    ])
    expect(tagReads(start)).toBe(6)
  })

  it('never caches bytes that fail verification', async () => {
    const repository = freshRepository(gh)
    const bytes = text('{"value":9}')
    await storeOn(gh, repository).appendRecord('history', 'run-9-1', bytes)
    const asset = recordAsset(repository, 'history', 'run-9-1')
    asset.bytes[0] = 0x20
    const { result } = await inStep(async () =>
      (await cachedStore(repository))
        .readRecord('history', 'run-9-1')
        .catch((error: unknown) => error)
    )
    expect(result).toBeInstanceOf(IntegrityError)
    expect(cacheKeys()).not.toContain(`${STORE_CACHE_KEY_PREFIX}${sha256Hex(bytes)}`)
  })
})
