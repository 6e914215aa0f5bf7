import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { IntegrityError, UsageError } from '../../shared/errors.js'
import { ModelRegistry } from '../../shared/registry/model-registry.js'
import type { BundleFiles } from '../../shared/store/bundle-manifest.js'
import { sha256Hex } from '../../shared/store/content-digest.js'
import { compareRecords } from '../../shared/store/record-order.js'
import { ConflictError } from '../../shared/store/store-errors.js'
import type { Store } from '../../shared/store/store.js'

/**
 * The contract every Store implementation passes (DESIGN.md §3): claims, bundles, records,
 * limits and names, plus the registry's concurrency guarantees that rest on them. A store's test
 * file calls `describeStoreContract(name, factory)`; the factory gives a fresh, empty store and
 * the few hooks that only the implementation can provide (how to damage stored bytes, how a
 * writer that crashed mid-bundle leaves things).
 */
export interface StoreHarness {
  store: Store
  /** Leaves the bundle as a writer that crashed before completing it would: partly written. */
  interruptBundle(name: string, files: BundleFiles): Promise<void>
  /** Changes stored bytes of one file of a published bundle, keeping its manifest. */
  corruptBundleFile(bundle: string, file: string): Promise<void>
  /** Changes the stored bytes of a record, keeping its recorded digest. */
  corruptRecord(series: string, key: string): Promise<void>
  /** Leaves an entry under `key` that is not a readable record (unreadable metadata, failed upload). */
  leaveDamagedRecord(series: string, key: string): Promise<void>
  /** Releases the store's resources (temporary directories, servers). */
  dispose(): Promise<void>
}

export type StoreHarnessFactory = () => Promise<StoreHarness>

const text = (value: string): Uint8Array => new TextEncoder().encode(value)
const decode = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes)
const files = (entries: Record<string, string>): BundleFiles =>
  new Map(Object.entries(entries).map(([name, value]) => [name, text(value)]))

/** Runs `count` calls of `task` at once and collects results and errors in call order. */
async function concurrently<T>(
  count: number,
  task: (index: number) => Promise<T>
): Promise<Array<{ value?: T; error?: unknown }>> {
  return Promise.all(
    Array.from({ length: count }, (_, index) =>
      task(index).then(
        (value) => ({ value }),
        (error: unknown) => ({ error })
      )
    )
  )
}

export function describeStoreContract(name: string, factory: StoreHarnessFactory): void {
  describe(`Store contract: ${name}`, () => {
    let harness: StoreHarness
    let store: Store

    beforeEach(async () => {
      harness = await factory()
      store = harness.store
    })

    afterEach(async () => {
      await harness.dispose()
    })

    describe('claims (refs)', () => {
      it('creates a ref once and reports "exists" with the first claimer\'s metadata after that', async () => {
        const first = await store.createRef('churn@v0.0.1', {
          metadata: { writer: 'a', nested: { n: 1 } },
          commit: 'a'.repeat(40)
        })
        expect(first.outcome).toBe('created')
        expect(first.ref).toMatchObject({
          name: 'churn@v0.0.1',
          metadata: { writer: 'a', nested: { n: 1 } },
          commit: 'a'.repeat(40)
        })
        expect(Number.isNaN(Date.parse(first.ref.createdAt))).toBe(false)

        const second = await store.createRef('churn@v0.0.1', { metadata: { writer: 'b' } })
        expect(second.outcome).toBe('exists')
        expect(second.ref).toEqual(first.ref)
        expect(await store.readRef('churn@v0.0.1')).toEqual(first.ref)
      })

      it('reads a missing ref as undefined', async () => {
        expect(await store.readRef('nothing-here')).toBeUndefined()
      })

      it('lists refs by prefix, sorted by name', async () => {
        for (const ref of [
          'churn#staging#2',
          'churn@v0.0.2',
          'churn@v0.0.1',
          'churn-2@v0.0.1',
          'other@v1.0.0'
        ]) {
          await store.createRef(ref, { metadata: { ref } })
        }
        expect((await store.listRefs('churn@')).map((ref) => ref.name)).toEqual([
          'churn@v0.0.1',
          'churn@v0.0.2'
        ])
        expect((await store.listRefs('churn')).map((ref) => ref.name)).toEqual([
          'churn#staging#2',
          'churn-2@v0.0.1',
          'churn@v0.0.1',
          'churn@v0.0.2'
        ])
        expect(await store.listRefs('none')).toEqual([])
        expect((await store.listRefs('')).length).toBe(5)
        const listed = await store.listRefs('other@')
        expect(listed[0]?.metadata).toEqual({ ref: 'other@v1.0.0' })
      })

      it('gives exactly one of 8 concurrent claimers "created", and all see the winner', async () => {
        const results = await concurrently(8, (index) =>
          store.createRef('race@v0.0.1', { metadata: { writer: index } })
        )
        expect(results.every((result) => result.error === undefined)).toBe(true)
        const outcomes = results.map((result) => result.value!.outcome)
        expect(outcomes.filter((outcome) => outcome === 'created')).toHaveLength(1)
        const winner = results.find((result) => result.value!.outcome === 'created')!.value!.ref
        for (const result of results) expect(result.value!.ref).toEqual(winner)
        expect(await store.readRef('race@v0.0.1')).toEqual(winner)
      })

      it.each([
        '',
        '../escape',
        'a/b',
        '/absolute',
        'C:\\windows',
        '.hidden',
        'a..b',
        'has space',
        'x.lock',
        'trailing.',
        'new\nline',
        'é',
        'x'.repeat(201)
      ])('refuses the ref name %j', async (refName) => {
        await expect(store.createRef(refName, { metadata: {} })).rejects.toThrow(UsageError)
        await expect(store.readRef(refName)).rejects.toThrow(UsageError)
      })

      it('refuses metadata that JSON cannot represent', async () => {
        await expect(
          store.createRef('bad@v0.0.1', { metadata: { score: Number.NaN } })
        ).rejects.toThrow(UsageError)
        expect(await store.readRef('bad@v0.0.1')).toBeUndefined()
      })
    })

    describe('bundles', () => {
      const content = files({ 'model.json': '{"w":[1,2,3]}', 'README.md': '# card\n' })

      it('publishes a bundle with a manifest of every file and reads each file back verified', async () => {
        const published = await store.publishBundle('churn@v0.0.1', content)
        expect(published.outcome).toBe('created')
        expect(published.manifest.bundle).toBe('churn@v0.0.1')
        expect(published.manifest.files).toEqual([
          { name: 'README.md', size: 7, sha256: sha256Hex(text('# card\n')) },
          { name: 'model.json', size: 13, sha256: sha256Hex(text('{"w":[1,2,3]}')) }
        ])
        expect(await store.readBundleManifest('churn@v0.0.1')).toEqual(published.manifest)
        expect(decode(await store.readBundleFile('churn@v0.0.1', 'model.json'))).toBe(
          '{"w":[1,2,3]}'
        )
        expect(await store.listBundles('churn@')).toEqual(['churn@v0.0.1'])
      })

      it('reports missing bundles and files clearly', async () => {
        expect(await store.readBundleManifest('missing@v1.0.0')).toBeUndefined()
        await expect(store.readBundleFile('missing@v1.0.0', 'model.json')).rejects.toThrow(
          UsageError
        )
        await store.publishBundle('churn@v0.0.1', content)
        await expect(store.readBundleFile('churn@v0.0.1', 'weights.bin')).rejects.toThrow(
          /has no file "weights.bin"; it has: README.md, model.json/
        )
      })

      it('returns the existing bundle when the same files are published again', async () => {
        const first = await store.publishBundle('churn@v0.0.1', content)
        const again = await store.publishBundle(
          'churn@v0.0.1',
          files({ 'README.md': '# card\n', 'model.json': '{"w":[1,2,3]}' })
        )
        expect(again).toEqual({ outcome: 'exists', manifest: first.manifest })
      })

      it('refuses to publish different files under a published name, and keeps the original', async () => {
        await store.publishBundle('churn@v0.0.1', content)
        await expect(
          store.publishBundle(
            'churn@v0.0.1',
            files({ 'model.json': '{"w":[9]}', 'README.md': '# card\n' })
          )
        ).rejects.toThrow(ConflictError)
        await expect(
          store.publishBundle('churn@v0.0.1', files({ 'model.json': '{"w":[1,2,3]}' }))
        ).rejects.toThrow(ConflictError)
        expect(decode(await store.readBundleFile('churn@v0.0.1', 'model.json'))).toBe(
          '{"w":[1,2,3]}'
        )
      })

      it('resolves concurrent publishers of one bundle: one creates, identical ones see "exists"', async () => {
        const results = await concurrently(6, () => store.publishBundle('race@v0.0.1', content))
        expect(results.every((result) => result.error === undefined)).toBe(true)
        expect(results.filter((result) => result.value!.outcome === 'created')).toHaveLength(1)
        const conflicting = await concurrently(4, (index) =>
          store.publishBundle('race2@v0.0.1', files({ 'model.json': `{"writer":${index}}` }))
        )
        expect(conflicting.filter((result) => result.value?.outcome === 'created')).toHaveLength(1)
        for (const result of conflicting.filter((r) => r.error !== undefined)) {
          expect(result.error).toBeInstanceOf(ConflictError)
        }
        const winner = conflicting.findIndex((result) => result.value?.outcome === 'created')
        expect(decode(await store.readBundleFile('race2@v0.0.1', 'model.json'))).toBe(
          `{"writer":${winner}}`
        )
      })

      it('detects tampered bytes on read (IntegrityError)', async () => {
        await store.publishBundle('churn@v0.0.1', content)
        await harness.corruptBundleFile('churn@v0.0.1', 'model.json')
        await expect(store.readBundleFile('churn@v0.0.1', 'model.json')).rejects.toThrow(
          IntegrityError
        )
        expect(decode(await store.readBundleFile('churn@v0.0.1', 'README.md'))).toBe('# card\n')
      })

      it('never shows a half-written bundle, and publishing it again completes it', async () => {
        await harness.interruptBundle('churn@v0.0.2', content)
        expect(await store.readBundleManifest('churn@v0.0.2')).toBeUndefined()
        expect(await store.listBundles('')).toEqual([])
        await expect(store.readBundleFile('churn@v0.0.2', 'model.json')).rejects.toThrow(UsageError)
        const completed = await store.publishBundle('churn@v0.0.2', content)
        expect(completed.outcome).toBe('created')
        expect(decode(await store.readBundleFile('churn@v0.0.2', 'model.json'))).toBe(
          '{"w":[1,2,3]}'
        )
        expect(await store.listBundles('')).toEqual(['churn@v0.0.2'])
      })

      it('accepts 999 files and refuses 1000 (the manifest is the 1000th asset)', async () => {
        const many = (count: number): BundleFiles =>
          new Map(
            Array.from({ length: count }, (_, index) => [`part-${index}.bin`, text(String(index))])
          )
        await expect(store.publishBundle('big@v0.0.1', many(1000))).rejects.toThrow(/at most 999/)
        expect(await store.readBundleManifest('big@v0.0.1')).toBeUndefined()
        const published = await store.publishBundle('big@v0.0.2', many(999))
        expect(published.manifest.files).toHaveLength(999)
        expect(decode(await store.readBundleFile('big@v0.0.2', 'part-998.bin'))).toBe('998')
      })

      it.each([
        'a/b',
        '../up',
        '.env',
        'trailing.',
        'has space',
        'colon:name',
        'é.bin',
        'manifest.json',
        ''
      ])('refuses the bundle file name %j', async (fileName) => {
        await expect(
          store.publishBundle('names@v0.0.1', new Map([[fileName, text('x')]]))
        ).rejects.toThrow(UsageError)
        expect(await store.readBundleManifest('names@v0.0.1')).toBeUndefined()
      })

      it('refuses two file names that differ only in case', async () => {
        await expect(
          store.publishBundle('case@v0.0.1', files({ 'Model.bin': 'a', 'model.bin': 'b' }))
        ).rejects.toThrow(/differ only in case/)
      })

      it.each(['../x', 'a/b', '.hidden', ''])('refuses the bundle name %j', async (bundleName) => {
        await expect(store.publishBundle(bundleName, content)).rejects.toThrow(UsageError)
      })
    })

    describe('records', () => {
      it('appends, lists with size, time and digest, and reads back', async () => {
        expect(await store.appendRecord('spc-history.orders', 'run-1-1', text('{"value":1}'))).toBe(
          'created'
        )
        expect(
          await store.appendRecord('spc-history.orders', 'run-2-1', text('{"value":22}'))
        ).toBe('created')
        const listing = await store.listRecords('spc-history.orders')
        expect(listing.damaged).toEqual([])
        expect(listing.records.map((record) => record.key).sort()).toEqual(['run-1-1', 'run-2-1'])
        const first = listing.records.find((record) => record.key === 'run-1-1')!
        expect(first).toMatchObject({ size: 11, sha256: sha256Hex(text('{"value":1}')) })
        expect(Number.isNaN(Date.parse(first.createdAt))).toBe(false)
        expect(decode(await store.readRecord('spc-history.orders', 'run-2-1'))).toBe('{"value":22}')
        expect(await store.readRecord('spc-history.orders', 'run-9-1')).toBeUndefined()
        expect(await store.listRecords('empty-series')).toEqual({ records: [], damaged: [] })
      })

      it('lists in a stable order: by creation time, then key', async () => {
        for (const key of ['c', 'a', 'b', 'e', 'd'])
          await store.appendRecord('ordered', key, text(key))
        const first = (await store.listRecords('ordered')).records
        const second = (await store.listRecords('ordered')).records
        expect(second).toEqual(first)
        expect([...first].sort(compareRecords)).toEqual(first)
      })

      it('treats the same key with identical bytes as an idempotent re-run', async () => {
        await store.appendRecord('deployments', 'run-7-1', text('same'))
        expect(await store.appendRecord('deployments', 'run-7-1', text('same'))).toBe('exists')
        expect((await store.listRecords('deployments')).records).toHaveLength(1)
      })

      it('refuses the same key with different bytes and keeps the original', async () => {
        await store.appendRecord('deployments', 'run-7-1', text('original'))
        await expect(store.appendRecord('deployments', 'run-7-1', text('changed'))).rejects.toThrow(
          ConflictError
        )
        expect(decode(await store.readRecord('deployments', 'run-7-1'))).toBe('original')
      })

      it('never loses a record when many writers append at once', async () => {
        const results = await concurrently(24, (index) =>
          store.appendRecord('lineage', `event-${index}`, text(`event ${index}`))
        )
        expect(results.map((result) => result.value)).toEqual(Array(24).fill('created'))
        const listing = await store.listRecords('lineage')
        expect(listing.records.map((record) => record.key).sort()).toEqual(
          Array.from({ length: 24 }, (_, index) => `event-${index}`).sort()
        )
      })

      it('gives one of many concurrent writers of one key "created"; identical ones "exists"', async () => {
        const same = await concurrently(8, () =>
          store.appendRecord('approvals', 'run-3-1', text('approved'))
        )
        expect(same.map((result) => result.value).sort()).toEqual([
          'created',
          ...Array<string>(7).fill('exists')
        ])
        const different = await concurrently(6, (index) =>
          store.appendRecord('approvals', 'run-4-1', text(`writer ${index}`))
        )
        expect(different.filter((result) => result.value === 'created')).toHaveLength(1)
        for (const result of different.filter((r) => r.value !== 'created')) {
          expect(result.error).toBeInstanceOf(ConflictError)
        }
        const winner = different.findIndex((result) => result.value === 'created')
        expect(decode(await store.readRecord('approvals', 'run-4-1'))).toBe(`writer ${winner}`)
      })

      it('reports a corrupted record on read and keeps the others readable', async () => {
        await store.appendRecord('drift-history', 'day-1', text('{"psi":0.1}'))
        await store.appendRecord('drift-history', 'day-2', text('{"psi":0.3}'))
        await harness.corruptRecord('drift-history', 'day-1')
        await expect(store.readRecord('drift-history', 'day-1')).rejects.toThrow(IntegrityError)
        await expect(store.readRecord('drift-history', 'day-1')).rejects.toThrow(/day-1/)
        expect(decode(await store.readRecord('drift-history', 'day-2'))).toBe('{"psi":0.3}')
        const listing = await store.listRecords('drift-history')
        const listedKeys = [...listing.records, ...listing.damaged].map((entry) => entry.key).sort()
        expect(listedKeys).toEqual(['day-1', 'day-2'])
        await expect(
          store.appendRecord('drift-history', 'day-1', text('{"psi":0.1}'))
        ).rejects.toThrow(IntegrityError)
      })

      it('lists an unreadable entry as damaged and never reports it as an existing record', async () => {
        await store.appendRecord('history', 'good', text('ok'))
        await harness.leaveDamagedRecord('history', 'broken')
        const listing = await store.listRecords('history')
        expect(listing.records.map((record) => record.key)).toEqual(['good'])
        expect(listing.damaged.map((entry) => entry.key)).toEqual(['broken'])
        expect(listing.damaged[0]!.problem.length).toBeGreaterThan(0)
        await expect(store.readRecord('history', 'broken')).rejects.toThrow(IntegrityError)
        let outcome: string | undefined
        try {
          outcome = await store.appendRecord('history', 'broken', text('replacement'))
        } catch (error) {
          expect(error).toBeInstanceOf(IntegrityError)
        }
        // A store may repair an entry that never held a record (GitHub: a failed upload); if it
        // does, the key must then read back intact with the new bytes.
        if (outcome !== undefined) {
          expect(outcome).toBe('created')
          expect(decode(await store.readRecord('history', 'broken'))).toBe('replacement')
        }
      })

      it.each(['a/b', '../up', '.hidden', 'x.', 'with space', 'é', ''])(
        'refuses the key %j',
        async (key) => {
          await expect(store.appendRecord('series', key, text('x'))).rejects.toThrow(UsageError)
          await expect(store.readRecord('series', key)).rejects.toThrow(UsageError)
        }
      )

      it.each(['a/b', '..', '.hidden', 'C:\\x', ''])(
        'refuses the series name %j',
        async (series) => {
          await expect(store.appendRecord(series, 'key', text('x'))).rejects.toThrow(UsageError)
          await expect(store.listRecords(series)).rejects.toThrow(UsageError)
        }
      )
    })

    describe('the registry over this store', () => {
      const modelFiles = (index: number): BundleFiles =>
        files({ 'model.json': `{"weights":[${index}]}` })
      const registration = (index: number) => ({
        model: 'churn',
        files: modelFiles(index),
        metrics: { accuracy: 0.9 + index / 100 },
        trainingData: [{ name: 'train.csv', sha256: sha256Hex(text(`data ${index}`)) }],
        profile: { rows: 100 + index },
        run: { id: `run-${index}`, attempt: 1 }
      })

      it('gives 8 concurrent registrations 8 distinct, complete, verifiable versions', async () => {
        const registry = new ModelRegistry(store)
        const results = await concurrently(8, (index) =>
          registry.registerVersion(registration(index))
        )
        expect(results.every((result) => result.error === undefined)).toBe(true)
        const versions = results.map((result) => result.value!.version)
        expect([...versions].sort()).toEqual(
          Array.from({ length: 8 }, (_, index) => `v0.0.${index + 1}`)
        )
        const listed = await registry.listVersions('churn')
        expect(listed.map((version) => version.version)).toEqual(
          Array.from({ length: 8 }, (_, index) => `v0.0.${index + 1}`)
        )
        expect(listed.every((version) => version.complete)).toBe(true)
        for (const [index, result] of results.entries()) {
          const tag = result.value!.tag
          for (const file of result.value!.manifest.files) {
            await expect(store.readBundleFile(tag, file.name)).resolves.toBeInstanceOf(Uint8Array)
          }
          expect(decode(await store.readBundleFile(tag, 'model.json'))).toBe(
            `{"weights":[${index}]}`
          )
        }
      })

      it('gives concurrent stage assignments distinct tags, one per version change', async () => {
        const registry = new ModelRegistry(store)
        for (let index = 0; index < 4; index++) await registry.registerVersion(registration(index))
        const results = await concurrently(4, (index) =>
          registry.assignStage({ model: 'churn', stage: 'staging', version: `v0.0.${index + 1}` })
        )
        expect(results.every((result) => result.error === undefined)).toBe(true)
        const history = await registry.stageHistory('churn', 'staging')
        expect(new Set(history.map((event) => event.tag)).size).toBe(history.length)
        expect(history.map((event) => event.version).sort()).toEqual([
          'v0.0.1',
          'v0.0.2',
          'v0.0.3',
          'v0.0.4'
        ])
        const current = await registry.currentStage('churn', 'staging')
        expect(current?.tag).toBe(history.at(-1)?.tag)
      })
    })
  })
}
