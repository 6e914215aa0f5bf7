import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { openGitHubStore } from '../../../shared/adapters/github-store.js'
import { openStore } from '../../../shared/adapters/open-store.js'
import { IntegrityError, UsageError } from '../../../shared/errors.js'
import { ModelRegistry } from '../../../shared/registry/model-registry.js'
import { sha256Hex } from '../../../shared/store/content-digest.js'
import {
  bundleReleaseTag,
  recordAssetLabel,
  segmentTag
} from '../../../shared/store/github-store-layout.js'
import { startFakeGitHub, type FakeGitHub } from '../../harness/fake-github.js'
import { withEnv } from '../../harness/with-env.js'
import {
  OWNER,
  SEEDED_COMMIT,
  fastClient,
  freshRepository,
  publishedBundleRelease,
  recordAsset,
  releasesWithTag,
  storeOn
} from './github-store-fixture.js'

const text = (value: string): Uint8Array => new TextEncoder().encode(value)
const decode = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes)

let gh: FakeGitHub

beforeAll(async () => {
  gh = await startFakeGitHub()
})
afterEach(() => {
  expect(gh.contractViolations).toEqual([])
  gh.faults.clear()
  gh.assetDownload = 'redirect'
})
afterAll(async () => {
  await gh.close()
})

const registration = (index: number) => ({
  model: 'churn',
  files: new Map([['model.json', text(`{"weights":[${index}]}`)]]),
  metrics: { accuracy: 0.9 },
  trainingData: [{ name: 'train.csv', sha256: sha256Hex(text(`data ${index}`)) }],
  profile: { rows: 100 + index },
  run: { id: `run-${index}`, attempt: 1 }
})

describe('what the GitHub store writes to a repository', () => {
  it('keeps a claim as an annotated tag whose message is the metadata, GTO names intact', async () => {
    const repository = freshRepository(gh)
    const store = storeOn(gh, repository, { commit: SEEDED_COMMIT })
    for (const name of [
      'churn@v1.2.3',
      'churn#staging#3',
      'churn#production!#4',
      'churn@v1.2.3!'
    ]) {
      const { outcome, ref } = await store.createRef(name, { metadata: { kind: 'test', name } })
      expect(outcome).toBe('created')
      expect(ref).toMatchObject({ name, metadata: { kind: 'test', name }, commit: SEEDED_COMMIT })
      const tagSha = repository.git.refs.get(`refs/tags/${name}`)
      const tag = repository.git.tagObjects.get(tagSha ?? '')
      expect(tag).toMatchObject({ tag: name, objectSha: SEEDED_COMMIT, objectType: 'commit' })
      expect(JSON.parse(tag?.message ?? '')).toEqual({ kind: 'test', name })
      expect(ref.createdAt).toBe(new Date(tag?.tagger.date ?? '').toISOString())
      expect(await storeOn(gh, repository).readRef(name)).toEqual(ref)
    }
  })

  it('publishes a bundle as a release of a store-owned tag, never the latest release', async () => {
    const repository = freshRepository(gh, { immutable: true })
    const store = storeOn(gh, repository)
    await store.publishBundle('churn@v0.0.1', new Map([['model.json', text('{"w":1}')]]))
    const release = publishedBundleRelease(repository, 'churn@v0.0.1')
    expect(release).toMatchObject({
      tagName: '_tollgate/bundles/churn@v0.0.1',
      name: 'churn@v0.0.1',
      draft: false,
      immutable: true,
      makeLatest: 'false'
    })
    expect(repository.git.refs.has('refs/tags/_tollgate/bundles/churn@v0.0.1')).toBe(true)
    expect(repository.releases.assetsOf(release.id).map((a) => [a.name, a.state])).toEqual([
      ['model.json', 'uploaded'],
      ['manifest.json', 'uploaded']
    ])
    // The publication was the release's last write: nothing is uploaded to a published release.
    const releaseWrites = gh.requests.filter(
      (r) => r.method !== 'GET' && r.path.includes(`/releases/${release.id}`)
    )
    expect(releaseWrites.at(-1)).toMatchObject({ method: 'PATCH', status: 200 })
    // The store's own tags are not claims.
    expect(await store.listRefs('')).toEqual([])
    expect(await store.listBundles('')).toEqual(['churn@v0.0.1'])
  })

  it('keeps a record series in draft segment releases, one labelled asset per record', async () => {
    const repository = freshRepository(gh, { immutable: true })
    const store = storeOn(gh, repository)
    await store.appendRecord('spc-history.orders', 'run-1-1', text('{"value":1}'))
    const [segment] = releasesWithTag(repository, segmentTag('spc-history.orders', 1))
    expect(segment).toMatchObject({ draft: true })
    const asset = recordAsset(repository, 'spc-history.orders', 'run-1-1')
    expect(asset.label).toBe(recordAssetLabel(sha256Hex(text('{"value":1}'))))
    const claim = repository.git.tagObjects.get(
      repository.git.refs.get(`refs/tags/${segmentTag('spc-history.orders', 1)}`) ?? ''
    )
    expect(JSON.parse(claim?.message ?? '')).toEqual({
      schema: 'tollgate.record-segment/1',
      series: 'spc-history.orders',
      segment: 1,
      releaseId: segment?.id
    })
    const [record] = (await store.listRecords('spc-history.orders')).records
    expect(record).toEqual({
      key: 'run-1-1',
      size: 11,
      sha256: sha256Hex(text('{"value":1}')),
      // GitHub's timestamps have whole seconds.
      createdAt: new Date(Math.floor(asset.createdAt.getTime() / 1000) * 1000).toISOString()
    })
  })

  it('reports a series whose segment release is gone instead of listing it as empty', async () => {
    const repository = freshRepository(gh)
    const store = storeOn(gh, repository)
    await store.appendRecord('deployments', 'run-1-1', text('{}'))
    const [segment] = releasesWithTag(repository, segmentTag('deployments', 1))
    repository.releases.delete(segment!.id)
    const reader = storeOn(gh, repository)
    await expect(reader.listRecords('deployments')).rejects.toThrow(
      /Segment 1 of record series "deployments" .* cannot be read/
    )
    await expect(reader.appendRecord('deployments', 'run-2-1', text('{}'))).rejects.toThrow(
      IntegrityError
    )
  })

  it('works with mutable releases too, and downloads assets answered with 200 or 302', async () => {
    const repository = freshRepository(gh, { immutable: false })
    const store = storeOn(gh, repository)
    const files = new Map([['weights.bin', new Uint8Array([0, 1, 2, 255])]])
    await store.publishBundle('iris@v1.0.0', files)
    await store.appendRecord('drift-history', 'day-1', text('{"psi":0.2}'))
    for (const mode of ['redirect', 'stream'] as const) {
      gh.assetDownload = mode
      const reader = storeOn(gh, repository)
      expect([...(await reader.readBundleFile('iris@v1.0.0', 'weights.bin'))]).toEqual([
        0, 1, 2, 255
      ])
      expect(decode(await reader.readRecord('drift-history', 'day-1'))).toBe('{"psi":0.2}')
    }
    const downloads = gh.requests.filter((r) => r.operationId === 'repos/get-release-asset')
    expect(new Set(downloads.map((r) => r.status))).toEqual(new Set([200, 302]))
    expect((await store.publishBundle('iris@v1.0.0', files)).outcome).toBe('exists')
  })

  it('reads GitHub digests too: a file whose stored digest disagrees is refused without download', async () => {
    const repository = freshRepository(gh)
    const store = storeOn(gh, repository)
    await store.publishBundle('m@v1.0.0', new Map([['a.bin', text('abc')]]))
    const release = publishedBundleRelease(repository, 'm@v1.0.0')
    const asset = repository.releases.assetsOf(release.id).find((a) => a.name === 'a.bin')!
    asset.digest = `sha256:${'0'.repeat(64)}`
    const before = gh.requests.length
    await expect(storeOn(gh, repository).readBundleFile('m@v1.0.0', 'a.bin')).rejects.toThrow(
      IntegrityError
    )
    expect(
      gh.requests.slice(before).filter((r) => r.path.includes(`/releases/assets/${asset.id}`))
    ).toEqual([])
  })
})

describe('tags the store did not write', () => {
  it('lists foreign GTO tags with empty metadata and skips its own bookkeeping tags', async () => {
    const repository = freshRepository(gh)
    const client = fastClient(gh)
    const base = { owner: OWNER, repo: repository.name }
    await client.rest.git.createRef({ ...base, ref: 'refs/tags/churn@v0.1.0', sha: SEEDED_COMMIT })
    const { data: tag } = await client.rest.git.createTag({
      ...base,
      tag: 'churn#prod#1',
      message: 'Assigning stage prod to artifact churn version v0.1.0',
      object: SEEDED_COMMIT,
      type: 'commit'
    })
    await client.rest.git.createRef({ ...base, ref: 'refs/tags/churn#prod#1', sha: tag.sha })
    const store = storeOn(gh, repository)
    await store.appendRecord('lineage', 'event-1', text('{}'))
    await store.publishBundle('churn@v0.1.0', new Map([['model.json', text('{}')]]))

    const refs = await store.listRefs('')
    expect(refs).toEqual([
      {
        name: 'churn#prod#1',
        metadata: {},
        commit: SEEDED_COMMIT,
        createdAt: new Date(tag.tagger.date).toISOString()
      },
      {
        name: 'churn@v0.1.0',
        metadata: {},
        commit: SEEDED_COMMIT,
        createdAt: '2025-06-01T00:00:00.000Z'
      }
    ])
    const registry = new ModelRegistry(store)
    const resolved = await registry.resolve('churn@prod')
    expect(resolved.version).toBe('v0.1.0')
  })
})

describe('the model registry over GitHubStore', () => {
  it('registers twice, assigns staging and resolves, and a second store reads the same state', async () => {
    const repository = freshRepository(gh, { immutable: true })
    const registry = new ModelRegistry(storeOn(gh, repository))
    const first = await registry.registerVersion(registration(1))
    const second = await registry.registerVersion(registration(2))
    expect([first.version, second.version]).toEqual(['v0.0.1', 'v0.0.2'])
    expect((await registry.registerVersion(registration(2))).outcome).toBe('existing')
    const assigned = await registry.assignStage({
      model: 'churn',
      stage: 'staging',
      version: 'v0.0.1'
    })
    expect(assigned.event.tag).toBe('churn#staging#1')

    const reader = new ModelRegistry(storeOn(gh, repository))
    expect((await reader.resolve('churn@staging')).version).toBe('v0.0.1')
    expect((await reader.resolve('churn@latest')).version).toBe('v0.0.2')
    const resolved = await reader.resolve('churn@v0.0.2')
    expect(decode(await reader.store.readBundleFile(resolved.tag, 'model.json'))).toBe(
      '{"weights":[2]}'
    )
    expect(repository.git.refs.has('refs/tags/churn@v0.0.2')).toBe(true)
    expect(publishedBundleRelease(repository, 'churn@v0.0.2').tagName).toBe(
      bundleReleaseTag('churn@v0.0.2')
    )
  })

  it('costs few requests per registration (the GITHUB_TOKEN allows 1000 per hour)', async () => {
    const repository = freshRepository(gh)
    await new ModelRegistry(storeOn(gh, repository, { commit: SEEDED_COMMIT })).registerVersion(
      registration(0)
    )
    // The next run: a new process, so a new store that has read nothing yet.
    const registry = new ModelRegistry(storeOn(gh, repository, { commit: SEEDED_COMMIT }))
    const start = gh.requests.length
    await registry.registerVersion(registration(1))
    const requests = gh.requests.slice(start)
    const byOperation = new Map<string, number>()
    for (const r of requests) {
      const key = r.operationId ?? 'blob download'
      byOperation.set(key, (byOperation.get(key) ?? 0) + 1)
    }
    // The second version of a model: 3 listings (versions, stages, bundles) and one read of the
    // first version's tag object; the claim is 2 writes; the bundle 1 lookup, 1 draft search,
    // 1 draft, 5 files + manifest.json, 1 check of the draft and 1 publish: 17 in all.
    expect(Object.fromEntries(byOperation)).toEqual({
      'git/list-matching-refs': 3,
      'git/get-tag': 1,
      'git/create-tag': 1,
      'git/create-ref': 1,
      'repos/get-release-by-tag': 1,
      'repos/list-releases': 1,
      'repos/create-release': 1,
      'repos/upload-release-asset': 6,
      'repos/list-release-assets': 1,
      'repos/update-release': 1
    })
    expect(requests).toHaveLength(17)
  })
})

describe('configuration from the environment', () => {
  it('serves GitHub Enterprise Server style API paths (/api/v3) from GITHUB_API_URL', async () => {
    const ghes = await startFakeGitHub({ apiPathPrefix: '/api/v3' })
    try {
      expect(ghes.url).toMatch(/\/api\/v3$/)
      const repository = ghes.repository()
      const store = await withEnv(
        {
          GITHUB_API_URL: ghes.url,
          GITHUB_REPOSITORY: `${repository.owner}/${repository.name}`,
          GITHUB_SHA: undefined,
          ACTIONS_RUNTIME_TOKEN: undefined
        },
        () => openGitHubStore('ghs_enterprise')
      )
      expect(store.location).toMatch(/^GitHub 127\.0\.0\.1:\d+\/octo-org\/models$/)
      const registry = new ModelRegistry(store)
      const version = await registry.registerVersion(registration(1))
      await store.appendRecord('deployments', 'run-1-1', text('{"env":"prod"}'))
      expect(decode(await store.readRecord('deployments', 'run-1-1'))).toBe('{"env":"prod"}')
      expect(decode(await store.readBundleFile(version.tag, 'model.json'))).toBe('{"weights":[1]}')
      // Without GITHUB_SHA the tags point at the default branch head.
      expect((await store.readRef(version.tag))?.commit).toBe(repository.headSha)
      expect(ghes.requests.filter((r) => r.status === 404 && r.operationId === undefined)).toEqual(
        []
      )
      expect(ghes.contractViolations).toEqual([])
    } finally {
      await ghes.close()
    }
  })

  it('reads GITHUB_REPOSITORY and GITHUB_SHA, and says what is wrong with them', async () => {
    const repository = freshRepository(gh)
    const env = { GITHUB_API_URL: gh.url, ACTIONS_RUNTIME_TOKEN: undefined }
    const store = await withEnv(
      { ...env, GITHUB_REPOSITORY: `${OWNER}/${repository.name}`, GITHUB_SHA: SEEDED_COMMIT },
      () => openStore({ store: 'github', token: 'ghs_x', defaultStore: 'local' })
    )
    expect(store.location).toBe(
      `GitHub 127.0.0.1:${new URL(gh.url).port}/${OWNER}/${repository.name}`
    )
    expect((await store.createRef('m@v1.0.0', { metadata: {} })).ref.commit).toBe(SEEDED_COMMIT)
    await expect(
      withEnv({ ...env, GITHUB_REPOSITORY: undefined }, () => openGitHubStore('ghs_x'))
    ).rejects.toThrow(/GITHUB_REPOSITORY is not set/)
    await expect(
      withEnv({ ...env, GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'main' }, () =>
        openGitHubStore('ghs_x')
      )
    ).rejects.toThrow(UsageError)
  })

  it('explains a token without write access and a commit GitHub does not have', async () => {
    const repository = freshRepository(gh)
    const store = storeOn(gh, repository)
    gh.faults.add(
      { method: 'POST', path: `/repos/${OWNER}/${repository.name}/git/tags` },
      { kind: 'status', status: 403, message: 'Resource not accessible by integration' }
    )
    await expect(store.createRef('m@v1.0.0', { metadata: {} })).rejects.toThrow(
      /permissions: contents: write/
    )
    await expect(
      store.createRef('m@v1.0.0', { metadata: {}, commit: 'f'.repeat(40) })
    ).rejects.toThrow(/has no such commit/)
    expect(await store.readRef('m@v1.0.0')).toBeUndefined()
  })
})
