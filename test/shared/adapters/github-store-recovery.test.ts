import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { openGitHubStore, type GitHubStore } from '../../../shared/adapters/github-store.js'
import { ModelRegistry } from '../../../shared/registry/model-registry.js'
import type { BundleFiles } from '../../../shared/store/bundle-manifest.js'
import { sha256Hex } from '../../../shared/store/content-digest.js'
import { ConflictError } from '../../../shared/store/store-errors.js'
import {
  bundleReleaseTag,
  recordAssetLabel,
  segmentTag,
  segmentTagPrefix
} from '../../../shared/store/github-store-layout.js'
import type { Store } from '../../../shared/store/store.js'
import { captureStdout } from '../../harness/capture-stdout.js'
import { startFakeGitHub, type FakeGitHub } from '../../harness/fake-github.js'
import type { FakeRepository } from '../../harness/fake-repository.js'
import { withEnv } from '../../harness/with-env.js'
import {
  CRASHING_SETTINGS,
  OWNER,
  SEEDED_COMMIT,
  fragileClient,
  freshRepository,
  killNextUpload,
  recordAsset,
  releasesWithTag,
  storeOn,
  uploadPath
} from './github-store-fixture.js'

const text = (value: string): Uint8Array => new TextEncoder().encode(value)
const decode = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes)
const files = (entries: Record<string, string>): BundleFiles =>
  new Map(Object.entries(entries).map(([name, value]) => [name, text(value)]))
const bundle = files({ 'a.bin': 'first file', 'b.bin': 'second file', 'c.bin': 'third file' })

let gh: FakeGitHub

beforeAll(async () => {
  gh = await startFakeGitHub()
})
afterEach(() => {
  expect(gh.contractViolations).toEqual([])
  gh.faults.clear()
  gh.state.clock.set(null)
})
afterAll(async () => {
  await gh.close()
})

const ELEVEN_MINUTES = 11 * 60 * 1000

/** Runs `body` with GitHub's clock 11 minutes behind, so what it leaves looks abandoned now. */
async function elevenMinutesAgo(body: () => Promise<void>): Promise<void> {
  gh.state.clock.set(new Date(Date.now() - ELEVEN_MINUTES))
  try {
    await body()
  } finally {
    gh.state.clock.set(null)
  }
}

function crashingWriter(repository: FakeRepository): GitHubStore {
  return storeOn(gh, repository, { client: fragileClient(gh), settings: CRASHING_SETTINGS })
}

/** Requests since `start` with this operation id. */
function countSince(start: number, operationId: string, status?: number): number {
  return gh.requests
    .slice(start)
    .filter((r) => r.operationId === operationId && (status === undefined || r.status === status))
    .length
}

/** The production client and settings, as an action gets them from openGitHubStore. */
async function productionStore(repository: FakeRepository): Promise<Store> {
  return withEnv(
    {
      GITHUB_API_URL: gh.url,
      GITHUB_REPOSITORY: `${repository.owner}/${repository.name}`,
      GITHUB_SHA: SEEDED_COMMIT,
      ACTIONS_RUNTIME_TOKEN: undefined
    },
    () => openGitHubStore('ghs_production')
  )
}

describe('a bundle writer that dies', () => {
  it('leaves nothing visible when killed mid-upload, and a retry publishes the bundle', async () => {
    const repository = freshRepository(gh, { immutable: true })
    killNextUpload(gh, repository, 1)
    await expect(crashingWriter(repository).publishBundle('churn@v0.0.1', bundle)).rejects.toThrow()
    const [draft] = releasesWithTag(repository, bundleReleaseTag('churn@v0.0.1'))
    expect(draft?.draft).toBe(true)
    expect(repository.releases.assetsOf(draft!.id).map((a) => [a.name, a.state])).toEqual([
      ['a.bin', 'uploaded'],
      ['b.bin', 'open']
    ])
    const store = storeOn(gh, repository)
    expect(await store.readBundleManifest('churn@v0.0.1')).toBeUndefined()
    expect(await store.listBundles('')).toEqual([])

    // The unfinished upload may still be a live writer's: the retry does not touch that draft.
    const published = await store.publishBundle('churn@v0.0.1', bundle)
    expect(published.outcome).toBe('created')
    expect(decode(await storeOn(gh, repository).readBundleFile('churn@v0.0.1', 'b.bin'))).toBe(
      'second file'
    )
    const releases = releasesWithTag(repository, bundleReleaseTag('churn@v0.0.1'))
    expect(releases.map((r) => r.draft)).toEqual([true, false])
  })

  it('has its draft completed by a retry once the dead upload is abandoned', async () => {
    const repository = freshRepository(gh, { immutable: true })
    await elevenMinutesAgo(async () => {
      killNextUpload(gh, repository, 1)
      await expect(
        crashingWriter(repository).publishBundle('churn@v0.0.1', bundle)
      ).rejects.toThrow()
    })
    const [draft] = releasesWithTag(repository, bundleReleaseTag('churn@v0.0.1'))
    const start = gh.requests.length
    expect((await storeOn(gh, repository).publishBundle('churn@v0.0.1', bundle)).outcome).toBe(
      'created'
    )
    // The same release is published: b.bin's dead upload replaced, c.bin and the manifest added.
    expect(releasesWithTag(repository, bundleReleaseTag('churn@v0.0.1'))).toEqual([
      expect.objectContaining({ id: draft!.id, draft: false })
    ])
    expect(countSince(start, 'repos/delete-release-asset')).toBe(1)
    expect(countSince(start, 'repos/upload-release-asset')).toBe(3)
    const reader = storeOn(gh, repository)
    for (const [name, bytes] of bundle) {
      expect(decode(await reader.readBundleFile('churn@v0.0.1', name))).toBe(decode(bytes))
    }
  })

  it('is waited for, then replaced, when it died between its manifest and publishing', async () => {
    const repository = freshRepository(gh, { immutable: true })
    const patch = `/repos/${OWNER}/${repository.name}/releases/*`
    gh.faults.add({ method: 'PATCH', path: patch }, { kind: 'status', status: 500 })
    await expect(crashingWriter(repository).publishBundle('m@v1.0.0', bundle)).rejects.toThrow()
    const [draft] = releasesWithTag(repository, bundleReleaseTag('m@v1.0.0'))
    expect(repository.releases.assetsOf(draft!.id).map((a) => a.name)).toContain('manifest.json')
    // A complete draft whose manifest is fresh: its writer may be about to publish. The retry
    // waits, then publishes a draft of its own.
    const store = storeOn(gh, repository, { settings: { publicationWaitMs: [10, 10] } })
    expect((await store.publishBundle('m@v1.0.0', bundle)).outcome).toBe('created')
    expect(releasesWithTag(repository, bundleReleaseTag('m@v1.0.0')).map((r) => r.draft)).toEqual([
      true,
      false
    ])
  })

  it('has its complete draft published by a retry once its manifest is abandoned', async () => {
    const repository = freshRepository(gh, { immutable: true })
    const patch = `/repos/${OWNER}/${repository.name}/releases/*`
    await elevenMinutesAgo(async () => {
      gh.faults.add({ method: 'PATCH', path: patch }, { kind: 'status', status: 500 })
      await expect(crashingWriter(repository).publishBundle('m@v1.0.0', bundle)).rejects.toThrow()
    })
    const [draft] = releasesWithTag(repository, bundleReleaseTag('m@v1.0.0'))
    const start = gh.requests.length
    expect((await storeOn(gh, repository).publishBundle('m@v1.0.0', bundle)).outcome).toBe(
      'created'
    )
    expect(releasesWithTag(repository, bundleReleaseTag('m@v1.0.0'))).toEqual([
      expect.objectContaining({ id: draft!.id, draft: false })
    ])
    // Only the lock (manifest.json) was taken over; no file was uploaded again.
    expect(countSince(start, 'repos/upload-release-asset')).toBe(1)
  })

  it('settles separate racing publishers: exactly one creates, the others see it', async () => {
    const repository = freshRepository(gh, { immutable: true })
    const writers = Array.from({ length: 6 }, () => storeOn(gh, repository))
    const same = await Promise.all(writers.map((w) => w.publishBundle('race@v1.0.0', bundle)))
    expect(same.map((r) => r.outcome).sort()).toEqual([
      'created',
      ...Array<string>(5).fill('exists')
    ])
    const different = await Promise.allSettled(
      writers.map((w, index) =>
        w.publishBundle('race@v2.0.0', files({ 'a.bin': `writer ${index}` }))
      )
    )
    const created = different.filter((r) => r.status === 'fulfilled')
    expect(created).toHaveLength(1)
    const published = releasesWithTag(repository, bundleReleaseTag('race@v2.0.0')).filter(
      (r) => !r.draft
    )
    expect(published).toHaveLength(1)
  })
})

describe('a record writer that dies', () => {
  it('leaves a damaged entry, not a record, which a retry replaces once abandoned', async () => {
    const repository = freshRepository(gh)
    const store = storeOn(gh, repository)
    await store.appendRecord('history', 'run-1-1', text('one'))
    killNextUpload(gh, repository)
    await expect(
      crashingWriter(repository).appendRecord('history', 'run-2-1', text('two'))
    ).rejects.toThrow()
    const listing = await store.listRecords('history')
    expect(listing.records.map((r) => r.key)).toEqual(['run-1-1'])
    expect(listing.damaged).toEqual([
      { key: 'run-2-1', problem: expect.stringContaining('upload did not finish') }
    ])
    await expect(store.appendRecord('history', 'run-2-1', text('two'))).rejects.toThrow(
      /has not finished/
    )

    // Eleven minutes later, by GitHub's clock, the dead upload counts as abandoned.
    recordAsset(repository, 'history', 'run-2-1').updatedAt = new Date(Date.now() - ELEVEN_MINUTES)
    const later = storeOn(gh, repository)
    expect(await later.appendRecord('history', 'run-2-1', text('two'))).toBe('created')
    expect(decode(await later.readRecord('history', 'run-2-1'))).toBe('two')
    expect((await later.listRecords('history')).damaged).toEqual([])
  })
})

describe('record series roll over before the asset cap', () => {
  it('moves to the next segment when GitHub refuses an upload to a full release', async () => {
    const repository = freshRepository(gh)
    repository.releases.maxAssetsPerRelease = 3
    const store = storeOn(gh, repository)
    const start = gh.requests.length
    for (let index = 1; index <= 7; index++) {
      expect(await store.appendRecord('lineage', `event-${index}`, text(`e${index}`))).toBe(
        'created'
      )
    }
    expect(
      [1, 2, 3].map((n) => releasesWithTag(repository, segmentTag('lineage', n)).length)
    ).toEqual([1, 1, 1])
    expect(countSince(start, 'repos/upload-release-asset', 422)).toBe(2)
    const reader = storeOn(gh, repository)
    const { records, damaged } = await reader.listRecords('lineage')
    expect(damaged).toEqual([])
    expect(records.map((r) => r.key).sort()).toEqual(
      Array.from({ length: 7 }, (_, i) => `event-${i + 1}`)
    )
    expect(decode(await reader.readRecord('lineage', 'event-1'))).toBe('e1')
    // A key in an earlier segment is found there, never written again in the newest one.
    expect(await reader.appendRecord('lineage', 'event-2', text('e2'))).toBe('exists')
    expect((await reader.listRecords('lineage')).records).toHaveLength(7)
  })

  it('moves on by count when the segment capacity is known, without a refused upload', async () => {
    const repository = freshRepository(gh)
    const store = storeOn(gh, repository, { settings: { segmentCapacity: 2 } })
    const start = gh.requests.length
    for (let index = 1; index <= 5; index++) await store.appendRecord('s', `k${index}`, text('x'))
    expect(countSince(start, 'repos/upload-release-asset', 422)).toBe(0)
    expect(
      [...repository.git.refs.keys()].filter((ref) => ref.includes(segmentTagPrefix('s')))
    ).toHaveLength(3)
  })

  it('starts segment 2 at the 1001st record with GitHub’s real cap', async () => {
    const repository = freshRepository(gh)
    const store = storeOn(gh, repository)
    await store.appendRecord('big', 'k-0', text('0'))
    const [segment] = releasesWithTag(repository, segmentTag('big', 1))
    for (let index = 1; index < 999; index++) {
      const bytes = Buffer.from(String(index))
      repository.releases.upload(
        segment!.id,
        {
          name: `k-${index}`,
          label: recordAssetLabel(sha256Hex(bytes)),
          contentType: 'application/octet-stream',
          bytes
        },
        'github-actions[bot]'
      )
    }
    const start = gh.requests.length
    expect(await store.appendRecord('big', 'k-999', text('999'))).toBe('created')
    expect(repository.releases.assetsOf(segment!.id)).toHaveLength(1000)
    expect(await store.appendRecord('big', 'k-1000', text('1000'))).toBe('created')
    expect(countSince(start, 'repos/upload-release-asset', 422)).toBe(0)
    expect(releasesWithTag(repository, segmentTag('big', 2))).toHaveLength(1)

    const listing = await store.listRecords('big')
    expect(listing.damaged).toEqual([])
    expect(listing.records).toHaveLength(1001)
    // A full segment never changes: this store lists it once.
    const before = gh.requests.length
    await store.listRecords('big')
    const listed = gh.requests
      .slice(before)
      .filter((r) => r.operationId === 'repos/list-release-assets')
    expect(listed.map((r) => r.path)).toEqual([
      expect.stringMatching(
        new RegExp(`/releases/${releasesWithTag(repository, segmentTag('big', 2))[0]!.id}/assets$`)
      )
    ])
    expect(decode(await store.readRecord('big', 'k-500'))).toBe('500')
  })

  it('lets separate writers race into a new series and across full segments', async () => {
    const repository = freshRepository(gh)
    const writers = Array.from({ length: 8 }, () => storeOn(gh, repository))
    const first = await Promise.all(
      writers.map((w, index) => w.appendRecord('fresh', `w-${index}`, text(String(index))))
    )
    expect(first).toEqual(Array(8).fill('created'))
    // One segment: the writers that lost the segment claim deleted their unused drafts.
    expect(releasesWithTag(repository, segmentTag('fresh', 1))).toHaveLength(1)
    expect(releasesWithTag(repository, segmentTag('fresh', 2))).toHaveLength(0)

    repository.releases.maxAssetsPerRelease = 3
    const racing = await Promise.all(
      writers.map((w, index) => w.appendRecord('capped', `w-${index}`, text(String(index))))
    )
    expect(racing).toEqual(Array(8).fill('created'))
    const { records, damaged } = await storeOn(gh, repository).listRecords('capped')
    expect(damaged).toEqual([])
    expect(records.map((r) => r.key).sort()).toEqual(writers.map((_, i) => `w-${i}`))
    expect(
      [1, 2, 3].map((n) => releasesWithTag(repository, segmentTag('capped', n)).length)
    ).toEqual([1, 1, 1])
    expect(releasesWithTag(repository, segmentTag('capped', 4))).toHaveLength(0)
  })
})

describe('transient GitHub errors', () => {
  it('are retried by the production client: 5xx, dropped connections, secondary rate limits', async () => {
    const repository = freshRepository(gh)
    const store = await productionStore(repository)
    const base = `/repos/${OWNER}/${repository.name}`
    gh.faults.add({ method: 'POST', path: `${base}/git/refs` }, { kind: 'status', status: 502 })
    gh.faults.add({ method: 'GET', path: `${base}/git/matching-refs/**` }, { kind: 'reset' })
    gh.faults.add(
      { method: 'POST', path: uploadPath(repository) },
      {
        kind: 'secondary-rate-limit',
        retryAfterSeconds: 1
      }
    )
    gh.faults.add({ method: 'PATCH', path: `${base}/releases/*` }, { kind: 'status', status: 503 })
    const start = gh.requests.length
    const { result, stdout } = await captureStdout(() =>
      new ModelRegistry(store).registerVersion({
        model: 'churn',
        files: files({ 'model.json': '{"w":[1]}' }),
        metrics: { accuracy: 0.9 },
        trainingData: [{ name: 'train.csv', sha256: sha256Hex(text('data')) }],
        profile: { rows: 1 },
        run: { id: 'run-1', attempt: 1 }
      })
    )
    expect(result.version).toBe('v0.0.1')
    expect(stdout).toContain('::warning::GitHub secondary rate limit')
    for (const rule of gh.faults.rules) expect(rule.hits).toBe(1)
    expect(
      gh.requests
        .slice(start)
        .filter((r) => r.fault !== undefined)
        .map((r) => r.fault)
        .sort()
    ).toEqual(['reset', 'secondary-rate-limit', 'status', 'status'])
    const reader = storeOn(gh, repository)
    expect(decode(await reader.readBundleFile(result.tag, 'model.json'))).toBe('{"w":[1]}')
  }, 60_000)

  it('clears what a dropped upload left behind and uploads again', async () => {
    const repository = freshRepository(gh)
    // The store retries uploads itself (the client's retry would meet the name the dropped
    // upload still holds); short pauses keep the test fast.
    const store = storeOn(gh, repository)
    await store.appendRecord('deployments', 'run-1-1', text('{"env":"staging"}'))
    killNextUpload(gh, repository)
    const start = gh.requests.length
    expect(await store.appendRecord('deployments', 'run-2-1', text('{"env":"prod"}'))).toBe(
      'created'
    )
    expect(countSince(start, 'repos/delete-release-asset')).toBe(1)
    expect(decode(await storeOn(gh, repository).readRecord('deployments', 'run-2-1'))).toBe(
      '{"env":"prod"}'
    )
    expect((await store.listRecords('deployments')).damaged).toEqual([])
  })

  it('reports an upload that keeps failing, leaving no visible record', async () => {
    const repository = freshRepository(gh)
    const store = storeOn(gh, repository)
    await store.appendRecord('s', 'a', text('a'))
    gh.faults.add(
      { method: 'POST', path: uploadPath(repository) },
      { kind: 'status', status: 502 },
      10
    )
    await expect(store.appendRecord('s', 'b', text('b'))).rejects.toThrow()
    expect((await store.listRecords('s')).records.map((r) => r.key)).toEqual(['a'])
    await expect(store.readRecord('s', 'b')).resolves.toBeUndefined()
    gh.faults.clear()
    expect(await store.appendRecord('s', 'b', text('b'))).toBe('created')
    await expect(store.readRecord('s', 'a')).resolves.toEqual(text('a'))
    await expect(store.appendRecord('s', 'a', text('A'))).rejects.toThrow(ConflictError)
  })
})
