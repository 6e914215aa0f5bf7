import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LocalStore } from '../../../shared/adapters/local-store.js'
import { UsageError } from '../../../shared/errors.js'
import { buildRunEvent, type LineageRunContext } from '../../../shared/lineage/openlineage-event.js'
import {
  ModelRegistry,
  type RegisterVersionRequest
} from '../../../shared/registry/model-registry.js'
import { parseRegistryConfig } from '../../../shared/registry/registry-config.js'
import { sha256Hex } from '../../../shared/store/content-digest.js'
import { ConflictError } from '../../../shared/store/store-errors.js'

const text = (value: string): Uint8Array => new TextEncoder().encode(value)
const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes)

function request(overrides: Partial<RegisterVersionRequest> = {}): RegisterVersionRequest {
  return {
    model: 'churn',
    files: new Map([['model.json', text('{"coefficients":[0.5,-1.25]}')]]),
    metrics: { accuracy: 0.912345678, auc: 0.95 },
    params: { learner: 'logistic-regression', l2: 0.01 },
    trainingData: [{ name: 'data/train.csv', sha256: sha256Hex(text('train')), rows: 1000 }],
    profile: { columns: { age: { mean: 41.5 } } },
    ...overrides
  }
}

describe('ModelRegistry', () => {
  let directory: string
  let store: LocalStore
  let registry: ModelRegistry

  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'tollgate-registry-'))
    store = new LocalStore(join(directory, '.tollgate'))
    registry = new ModelRegistry(store)
  })

  afterEach(async () => {
    await rm(directory, { recursive: true, force: true })
  })

  describe('registering versions', () => {
    it('registers v0.0.1 then v0.0.2, each a complete bundle', async () => {
      const first = await registry.registerVersion(request())
      const second = await registry.registerVersion(request({ metrics: { accuracy: 0.93 } }))
      expect([first.version, second.version]).toEqual(['v0.0.1', 'v0.0.2'])
      expect(first).toMatchObject({ model: 'churn', tag: 'churn@v0.0.1', outcome: 'created' })
      expect(first.manifest.files.map((file) => file.name)).toEqual([
        'README.md',
        'lineage.json',
        'metrics.json',
        'model.json',
        'profile.json'
      ])
      expect(
        JSON.parse(decode(await store.readBundleFile('churn@v0.0.1', 'metrics.json')))
      ).toEqual({
        metrics: { accuracy: 0.912345678, auc: 0.95 },
        params: { l2: 0.01, learner: 'logistic-regression' },
        trainingData: [{ name: 'data/train.csv', rows: 1000, sha256: sha256Hex(text('train')) }]
      })
      expect(
        JSON.parse(decode(await store.readBundleFile('churn@v0.0.1', 'profile.json')))
      ).toEqual({
        columns: { age: { mean: 41.5 } }
      })
      const card = decode(await store.readBundleFile('churn@v0.0.1', 'README.md'))
      expect(card).toContain('# churn v0.0.1')
      expect(card).toContain('| accuracy | 0.912346 |')
      const versions = await registry.listVersions('churn')
      expect(versions.map((v) => [v.version, v.complete])).toEqual([
        ['v0.0.1', true],
        ['v0.0.2', true]
      ])
      expect((await store.readRef('churn@v0.0.1'))?.metadata).toEqual({
        kind: 'version',
        model: 'churn',
        version: 'v0.0.1'
      })
    })

    it('bumps minor or major, or takes an explicit version', async () => {
      await registry.registerVersion(request())
      expect((await registry.registerVersion(request({ bump: 'minor' }))).version).toBe('v0.1.0')
      expect((await registry.registerVersion(request({ bump: 'major' }))).version).toBe('v1.0.0')
      expect((await registry.registerVersion(request({ version: '2.5.0' }))).version).toBe('v2.5.0')
      expect((await registry.registerVersion(request())).version).toBe('v2.5.1')
      await expect(registry.registerVersion(request({ version: 'v1.0.0' }))).rejects.toThrow(
        /churn v1.0.0 is already registered \(tag churn@v1.0.0/
      )
      await expect(registry.registerVersion(request({ version: 'one' }))).rejects.toThrow(
        UsageError
      )
    })

    it('returns the same version when the same run and attempt registers again', async () => {
      const run = { id: '4242', attempt: 1, workflow: 'train' }
      const first = await registry.registerVersion(request({ run, actor: 'octocat' }))
      const again = await registry.registerVersion(request({ run, actor: 'octocat' }))
      expect(again).toEqual({ ...first, outcome: 'existing' })
      const retry = await registry.registerVersion(request({ run: { ...run, attempt: 2 } }))
      expect(retry.version).toBe('v0.0.2')
      await expect(
        registry.registerVersion(
          request({ run, files: new Map([['model.json', text('{"other":1}')]]) })
        )
      ).rejects.toThrow(ConflictError)
      await expect(
        registry.registerVersion(
          request({ run, files: new Map([['model.json', text('{"other":1}')]]) })
        )
      ).rejects.toThrow(/This run already registered churn v0.0.1 with different content/)
      expect((await store.readRef('churn@v0.0.1'))?.metadata).toEqual({
        kind: 'version',
        model: 'churn',
        version: 'v0.0.1',
        actor: 'octocat',
        run: { id: '4242', attempt: 1, workflow: 'train' }
      })
    })

    it('skips a claim whose bundle was never published, reports it, and lets its run finish it', async () => {
      await registry.registerVersion(request())
      const crashedRun = { id: '77', attempt: 1 }
      // What a run that crashed between claiming and publishing leaves: the claim alone.
      await store.createRef('churn@v0.0.2', {
        metadata: { kind: 'version', model: 'churn', version: 'v0.0.2', run: crashedRun }
      })
      expect((await registry.listVersions('churn')).map((v) => [v.version, v.complete])).toEqual([
        ['v0.0.1', true],
        ['v0.0.2', false]
      ])
      expect((await registry.resolve('churn@latest')).version).toBe('v0.0.1')
      await expect(registry.resolve('churn@v0.0.2')).rejects.toThrow(
        /churn v0.0.2 is incomplete: its number was claimed at .* but its files were never published/
      )
      await expect(
        registry.assignStage({ model: 'churn', stage: 'staging', version: 'v0.0.2' })
      ).rejects.toThrow(/incomplete/)
      expect((await registry.listModels())[0]?.incomplete).toEqual(['v0.0.2'])

      expect(
        (await registry.registerVersion(request({ run: { id: '78', attempt: 1 } }))).version
      ).toBe('v0.0.3')
      const finished = await registry.registerVersion(request({ run: crashedRun }))
      expect(finished).toMatchObject({ version: 'v0.0.2', outcome: 'existing' })
      expect((await registry.resolve('churn@latest')).version).toBe('v0.0.3')
      expect((await registry.listModels())[0]?.incomplete).toEqual([])
    })

    it("refuses model files that clash with the bundle's own files", async () => {
      for (const name of ['metrics.json', 'README.md', 'readme.md', 'manifest.json']) {
        await expect(
          registry.registerVersion(request({ files: new Map([[name, text('x')]]) }))
        ).rejects.toThrow(/clashes with a file the registry writes/)
      }
      await expect(registry.registerVersion(request({ files: new Map() }))).rejects.toThrow(
        /no model files/
      )
      await expect(registry.registerVersion(request({ model: 'Bad Name' }))).rejects.toThrow(
        UsageError
      )
      await expect(
        registry.registerVersion(request({ metrics: { auc: Number.NaN } }))
      ).rejects.toThrow(/metrics.json: the value at \$.metrics.auc is NaN/)
      expect(await store.listRefs('')).toHaveLength(0)
    })

    it('records lineage: the registration links model files and data to the version', async () => {
      const context: LineageRunContext = {
        producer: 'https://github.com/example/tollgate/tree/v1',
        namespace: 'github://octo/repo',
        workflowRunId: '555',
        attempt: 1,
        job: 'train',
        action: 'register-model'
      }
      const modelBytes = text('{"coefficients":[0.5,-1.25]}')
      const trainEvent = buildRunEvent({
        context: { ...context, action: 'train' },
        eventType: 'COMPLETE',
        eventTime: '2026-03-01T10:00:00.000Z',
        inputs: [{ namespace: 'file', name: 'data/train.csv', sha256: sha256Hex(text('train')) }],
        outputs: [{ namespace: 'file', name: 'out/model.json', sha256: sha256Hex(modelBytes) }]
      })
      const registered = await registry.registerVersion(
        request({ lineage: { context, events: [trainEvent] }, run: { id: '555', attempt: 1 } })
      )
      const lineage = JSON.parse(
        decode(await store.readBundleFile(registered.tag, 'lineage.json'))
      ) as {
        schema: string
        events: Array<{
          job: { name: string }
          eventTime: string
          outputs: Array<{ name: string }>
          inputs: Array<{ name: string }>
        }>
      }
      expect(lineage.schema).toBe('tollgate.lineage/1')
      expect(lineage.events).toHaveLength(2)
      const registration = lineage.events[1]!
      expect(registration.job.name).toBe('train.register-model')
      expect(registration.eventTime).toBe(registered.claimedAt)
      expect(registration.outputs.map((output) => output.name)).toEqual(['churn@v0.0.1'])
      // The training data is already an input of the train event, so only the model file is read here.
      expect(registration.inputs.map((input) => input.name)).toEqual(['model.json'])
      const card = decode(await store.readBundleFile(registered.tag, 'README.md'))
      expect(card).toContain('## Lineage\n\n```mermaid\nflowchart LR\n')
      expect(card).toContain('(["churn v0.0.1"])')
      expect(card).toContain('[("train.csv sha256:')
    })
  })

  describe('stages', () => {
    beforeEach(async () => {
      for (let index = 0; index < 3; index++) await registry.registerVersion(request())
    })

    it('assigns, reports the current version, keeps the history and resolves by stage', async () => {
      const first = await registry.assignStage({
        model: 'churn',
        stage: 'staging',
        version: 'v0.0.1',
        actor: 'octocat',
        run: { id: '9', attempt: 2 },
        reason: 'nightly'
      })
      expect(first.outcome).toBe('created')
      expect(first.event).toMatchObject({
        tag: 'churn#staging#1',
        stage: 'staging',
        action: 'assign',
        version: 'v0.0.1',
        counter: 1,
        actor: 'octocat',
        run: { id: '9', attempt: 2 },
        reason: 'nightly'
      })
      await registry.assignStage({ model: 'churn', stage: 'production', version: 'v0.0.1' })
      await registry.assignStage({ model: 'churn', stage: 'staging', version: 'v0.0.2' })
      expect((await registry.currentStage('churn', 'staging'))?.version).toBe('v0.0.2')
      expect((await registry.currentStage('churn', 'production'))?.version).toBe('v0.0.1')
      expect(await registry.currentStage('churn', 'canary')).toBeUndefined()
      expect((await registry.stageHistory('churn')).map((event) => event.tag)).toEqual([
        'churn#staging#1',
        'churn#production#2',
        'churn#staging#3'
      ])
      expect(
        (await registry.stageHistory('churn', 'staging')).map((event) => event.version)
      ).toEqual(['v0.0.1', 'v0.0.2'])
      const resolved = await registry.resolve('churn@staging')
      expect(resolved).toMatchObject({ version: 'v0.0.2', tag: 'churn@v0.0.2', complete: true })
      expect(resolved.stage?.tag).toBe('churn#staging#3')
      expect((await registry.resolve('churn#production')).version).toBe('v0.0.1')
      expect((await registry.resolve('churn@v0.0.3')).version).toBe('v0.0.3')
      expect((await registry.resolve('churn@latest')).version).toBe('v0.0.3')
    })

    it('writes nothing when the stage already holds the version', async () => {
      await registry.assignStage({ model: 'churn', stage: 'staging', version: 'v0.0.1' })
      const again = await registry.assignStage({
        model: 'churn',
        stage: 'staging',
        version: '0.0.1'
      })
      expect(again.outcome).toBe('unchanged')
      expect(await registry.stageHistory('churn')).toHaveLength(1)
    })

    it('explains an empty or unknown stage and an unknown version', async () => {
      await registry.assignStage({ model: 'churn', stage: 'staging', version: 'v0.0.1' })
      await expect(registry.resolve('churn@stagin')).rejects.toThrow(
        'No version of churn is in stage stagin (stages in use: staging). Did you mean "staging"?'
      )
      await expect(
        registry.assignStage({ model: 'churn', stage: 'staging', version: 'v9.9.9' })
      ).rejects.toThrow(
        /churn v9.9.9 is not registered in directory .* \(versions: v0.0.1, v0.0.2, v0.0.3\)/
      )
      await expect(registry.resolve('other@latest')).rejects.toThrow('Model other has no versions')
    })

    it('enforces the configured stages and promotion order', async () => {
      const config = parseRegistryConfig({ stages: ['staging', 'production'] }, '.tollgate.yml')
      const strict = new ModelRegistry(store, config)
      await expect(
        strict.assignStage({ model: 'churn', stage: 'production', version: 'v0.0.2' })
      ).rejects.toThrow(
        'churn v0.0.2 cannot enter production: it has never been in staging, and .tollgate.yml sets ' +
          'promotion: sequential (staging -> production). Assign it to staging first.'
      )
      await expect(
        strict.assignStage({ model: 'churn', stage: 'prod', version: 'v0.0.2' })
      ).rejects.toThrow(
        /not one of the stages configured in .tollgate.yml \(registry.stages: staging, production\)/
      )
      await strict.assignStage({ model: 'churn', stage: 'staging', version: 'v0.0.2' })
      await strict.assignStage({ model: 'churn', stage: 'staging', version: 'v0.0.3' })
      // v0.0.2 has been in staging, even though staging has moved on.
      expect(
        (await strict.assignStage({ model: 'churn', stage: 'production', version: 'v0.0.2' }))
          .outcome
      ).toBe('created')
      const free = new ModelRegistry(
        store,
        parseRegistryConfig({ stages: ['staging', 'production'], promotion: 'any' }, 'x')
      )
      expect(
        (await free.assignStage({ model: 'churn', stage: 'production', version: 'v0.0.1' })).outcome
      ).toBe('created')
    })

    it('rolls a stage back to the previous version as a new assignment', async () => {
      await registry.assignStage({ model: 'churn', stage: 'production', version: 'v0.0.1' })
      await registry.assignStage({ model: 'churn', stage: 'production', version: 'v0.0.2' })
      const rollback = await registry.rollbackStage({
        model: 'churn',
        stage: 'production',
        reason: 'bad auc'
      })
      expect(rollback.event).toMatchObject({
        version: 'v0.0.1',
        tag: 'churn#production#3',
        reason: 'bad auc'
      })
      expect((await registry.resolve('churn@production')).version).toBe('v0.0.1')
      const second = await registry.rollbackStage({ model: 'churn', stage: 'production' })
      expect(second.event.version).toBe('v0.0.2')
      await expect(registry.rollbackStage({ model: 'churn', stage: 'staging' })).rejects.toThrow(
        'churn has no earlier version in stage staging to roll back to.'
      )
    })

    it('unassigns a stage', async () => {
      await registry.assignStage({ model: 'churn', stage: 'production', version: 'v0.0.1' })
      const removed = await registry.unassignStage({ model: 'churn', stage: 'production' })
      expect(removed.event).toMatchObject({
        tag: 'churn#production!#2',
        action: 'unassign',
        version: 'v0.0.1'
      })
      expect(await registry.currentStage('churn', 'production')).toBeUndefined()
      await expect(registry.resolve('churn@production')).rejects.toThrow(
        /No version of churn is in stage production/
      )
      expect((await registry.unassignStage({ model: 'churn', stage: 'production' })).outcome).toBe(
        'unchanged'
      )
      await expect(registry.unassignStage({ model: 'churn', stage: 'canary' })).rejects.toThrow(
        /never been assigned/
      )
    })

    it('deregisters a version: kept in the list, no longer resolved or assignable', async () => {
      await registry.assignStage({ model: 'churn', stage: 'production', version: 'v0.0.3' })
      const event = await registry.deregisterVersion({
        model: 'churn',
        version: 'v0.0.3',
        reason: 'leak'
      })
      expect(event).toMatchObject({ tag: 'churn@v0.0.3!', reason: 'leak' })
      expect((await registry.listVersions('churn')).at(-1)?.deregistered?.tag).toBe('churn@v0.0.3!')
      expect((await registry.resolve('churn@latest')).version).toBe('v0.0.2')
      await expect(registry.resolve('churn@v0.0.3')).rejects.toThrow(
        'churn v0.0.3 was deregistered (tag churn@v0.0.3!: leak).'
      )
      await expect(registry.resolve('churn@production')).rejects.toThrow(
        /Stage production of churn holds v0.0.3, but churn v0.0.3 was deregistered .* Assign another version to production/
      )
      await expect(
        registry.assignStage({ model: 'churn', stage: 'staging', version: 'v0.0.3' })
      ).rejects.toThrow(/deregistered/)
      const again = await registry.deregisterVersion({ model: 'churn', version: 'v0.0.3' })
      expect(again.tag).toBe('churn@v0.0.3!')
    })

    it('deprecates a model: still readable, no new versions or assignments', async () => {
      await registry.deprecateModel({ model: 'churn', reason: 'replaced by churn-2' })
      expect((await registry.listModels())[0]).toMatchObject({ model: 'churn', deprecated: true })
      const resolved = await registry.resolve('churn@latest')
      expect(resolved).toMatchObject({ version: 'v0.0.3', deprecated: true })
      await expect(registry.registerVersion(request())).rejects.toThrow(
        /was deprecated \(tag churn@deprecated\)/
      )
      await expect(
        registry.assignStage({ model: 'churn', stage: 'staging', version: 'v0.0.1' })
      ).rejects.toThrow(/deprecated/)
    })

    it('lists models with their latest version and stages', async () => {
      await registry.registerVersion(request({ model: 'fraud' }))
      await registry.assignStage({ model: 'churn', stage: 'production', version: 'v0.0.2' })
      await store.createRef('v1.0.0', { metadata: {} })
      expect(await registry.listModels()).toEqual([
        {
          model: 'churn',
          latest: 'v0.0.3',
          versions: 3,
          incomplete: [],
          stages: { production: 'v0.0.2' },
          deprecated: false
        },
        {
          model: 'fraud',
          latest: 'v0.0.1',
          versions: 1,
          incomplete: [],
          stages: {},
          deprecated: false
        }
      ])
    })
  })

  it('reads assignments written by GTO itself (no metadata; the version is the one at the same commit)', async () => {
    const commit = 'c'.repeat(40)
    await registry.registerVersion(request({ commit }))
    await registry.registerVersion(request({ commit: 'd'.repeat(40) }))
    await store.createRef('churn#prod#7', { metadata: {}, commit })
    expect((await registry.currentStage('churn', 'prod'))?.version).toBe('v0.0.1')
    expect((await registry.resolve('churn@prod')).version).toBe('v0.0.1')
    const next = await registry.assignStage({ model: 'churn', stage: 'prod', version: 'v0.0.2' })
    expect(next.event.tag).toBe('churn#prod#8')
    expect((await store.readRef('churn#prod#8'))?.commit).toBe('d'.repeat(40))
  })
})
