import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, readdirSync, writeFileSync, cpSync } from 'node:fs'
import { join } from 'node:path'
import { LocalStore } from '../../../shared/adapters/local-store.js'
import { InputError, UsageError } from '../../../shared/errors.js'
import {
  buildLineageGraph,
  lineageAround,
  modelVersionNodeId
} from '../../../shared/lineage/lineage-graph.js'
import { ModelRegistry } from '../../../shared/registry/model-registry.js'
import type { RegistryConfig } from '../../../shared/registry/registry-config.js'
import { registerModel, type RegisterRequest } from '../../../shared/operations/register-model.js'
import { getModelVersion } from '../../../shared/operations/registry-get.js'
import { trainModel, type TrainOutcome } from '../../../shared/operations/train-model.js'
import type { Store } from '../../../shared/store/store.js'
import { makeTempDir, type TempDir } from '../../helpers/temp-dir.js'
import { churnCsv } from './train-fixture-data.js'
import { schemaErrors } from './train-report-schemas.js'

let dir: TempDir
let data: string
let trained: TrainOutcome
const NOW = Date.parse('2026-11-24T10:00:00Z')
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

beforeAll(async () => {
  dir = makeTempDir()
  data = dir.file('churn.csv', churnCsv(400, 11))
  trained = await trainModel({
    data: [data],
    target: 'churned',
    model: 'logistic-regression',
    output: join(dir.path, 'model'),
    cwd: dir.path,
    env: {},
    clock: () => NOW
  })
})
afterAll(() => dir.remove())

let stores = 0
function freshRegistry(config?: RegistryConfig): ModelRegistry {
  stores++
  const store = new LocalStore(join(dir.path, `store-${stores}`))
  return config === undefined ? new ModelRegistry(store) : new ModelRegistry(store, config)
}

function request(registry: ModelRegistry, extra: Partial<RegisterRequest> = {}): RegisterRequest {
  return {
    name: 'churn',
    modelPath: trained.outputDir,
    registry,
    cwd: dir.path,
    env: {},
    clock: () => NOW,
    ...extra
  }
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected the call to fail')
}

describe('register-model over a local store', () => {
  it("registers train's output as v0.0.1 with its metrics, profile, data digests and lineage", async () => {
    const registry = freshRegistry()
    const { report, events } = await registerModel(
      request(registry, { description: 'Churn model' })
    )
    expect(schemaErrors('register-report.schema.json', report)).toEqual([])
    expect(report).toMatchObject({
      model: 'churn',
      version: 'v0.0.1',
      tag: 'churn@v0.0.1',
      outcome: 'created',
      release_url: null,
      metrics: trained.report.metrics,
      training_data: [{ name: data, sha256: sha256(readFileSync(data)), rows: 400 }],
      stage: null,
      run: null
    })
    expect(report.params).toMatchObject({ model: 'logistic-regression', C: 1 })
    expect(report.files.map((file) => file.name)).toEqual([
      'README.md',
      'lineage.json',
      'metrics.json',
      'model.json',
      'profile.json',
      'training-run.json'
    ])
    const store = registry.store
    for (const name of ['model.json', 'training-run.json', 'profile.json']) {
      const stored = await store.readBundleFile('churn@v0.0.1', name)
      expect(Buffer.from(stored).equals(readFileSync(join(trained.outputDir, name)))).toBe(true)
    }
    const card = new TextDecoder().decode(await store.readBundleFile('churn@v0.0.1', 'README.md'))
    expect(card).toContain('# churn v0.0.1')
    expect(card).toContain('Churn model')
    expect(card).toContain('```mermaid')

    // Lineage: training data (by digest) -> train run -> model files -> registration -> version.
    expect(events.map((event) => event.job.name)).toEqual(['train', 'register-model'])
    const graph = lineageAround(buildLineageGraph(events), modelVersionNodeId('churn', 'v0.0.1'))
    const dataNode = `dataset:sha256:${sha256(readFileSync(data))}`
    const modelNode = `dataset:sha256:${sha256(readFileSync(join(trained.outputDir, 'model.json')))}`
    const trainRun = `run:${trained.report.run_id}`
    const registerRun = `run:${report.lineage_run_id}`
    const edges = graph.edges.map((edge) => `${edge.from} -> ${edge.to}`)
    expect(edges).toEqual(
      expect.arrayContaining([
        `${dataNode} -> ${trainRun}`,
        `${trainRun} -> ${modelNode}`,
        `${modelNode} -> ${registerRun}`,
        `${registerRun} -> model:churn@v0.0.1`
      ])
    )
  })

  it('bumps patch by default, minor or major on request, and refuses a taken explicit version', async () => {
    const registry = freshRegistry()
    expect((await registerModel(request(registry))).report.version).toBe('v0.0.1')
    expect((await registerModel(request(registry))).report.version).toBe('v0.0.2')
    expect((await registerModel(request(registry, { bump: 'minor' }))).report.version).toBe(
      'v0.1.0'
    )
    expect((await registerModel(request(registry, { bump: 'major' }))).report.version).toBe(
      'v1.0.0'
    )
    expect((await registerModel(request(registry, { version: '2.3.4' }))).report.tag).toBe(
      'churn@v2.3.4'
    )
    const taken = await rejection(registerModel(request(registry, { version: 'v0.0.2' })))
    expect(taken).toBeInstanceOf(UsageError)
    expect(taken.message).toMatch(/churn v0.0.2 is already registered/)
  })

  it('assigns a stage right away, and checks the stage before registering anything', async () => {
    const registry = freshRegistry({ stages: ['staging', 'production'], promotion: 'sequential' })
    const { report } = await registerModel(request(registry, { stage: 'staging' }))
    expect(report.stage).toMatchObject({
      stage: 'staging',
      version: 'v0.0.1',
      outcome: 'created',
      tag: 'churn#staging#1'
    })
    expect((await registry.resolve('churn@staging')).version).toBe('v0.0.1')

    const direct = await rejection(registerModel(request(registry, { stage: 'production' })))
    expect(direct.message).toMatch(/cannot enter production directly: .* sequential/)
    const typo = await rejection(registerModel(request(registry, { stage: 'stagin' })))
    expect(typo.message).toMatch(/not one of the stages configured .*Did you mean "staging"\?/)
    expect((await registry.listVersions('churn')).map((v) => v.version)).toEqual(['v0.0.1'])
  })

  it('a re-run of the same workflow run and attempt returns the same version', async () => {
    const registry = freshRegistry()
    const env = {
      GITHUB_RUN_ID: '501',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_JOB: 'register',
      GITHUB_ACTOR: 'alice'
    }
    const first = await registerModel(request(registry, { env, stage: 'staging' }))
    expect(schemaErrors('register-report.schema.json', first.report)).toEqual([])
    const again = await registerModel(request(registry, { env, stage: 'staging' }))
    expect(first.report.outcome).toBe('created')
    expect(again.report).toMatchObject({ outcome: 'existing', version: 'v0.0.1', actor: 'alice' })
    expect(again.report.stage?.outcome).toBe('unchanged')
    const next = await registerModel(
      request(registry, { env: { ...env, GITHUB_RUN_ATTEMPT: '2' } })
    )
    expect(next.report.version).toBe('v0.0.2')
    expect((await registry.stageHistory('churn')).length).toBe(1)
  })

  it('eight concurrent registrations get eight distinct, complete, verifiable versions', async () => {
    const registry = freshRegistry()
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        registerModel(
          request(registry, { env: { GITHUB_RUN_ID: `${700 + index}`, GITHUB_RUN_ATTEMPT: '1' } })
        )
      )
    )
    const versions = results.map((result) => result.report.version).sort()
    expect(versions).toEqual([
      'v0.0.1',
      'v0.0.2',
      'v0.0.3',
      'v0.0.4',
      'v0.0.5',
      'v0.0.6',
      'v0.0.7',
      'v0.0.8'
    ])
    const listed = await registry.listVersions('churn')
    expect(listed.every((version) => version.complete)).toBe(true)
    for (const version of versions) {
      const got = await getModelVersion({
        registry,
        reference: `churn@${version}`,
        output: join(dir.path, 'got', version)
      })
      expect(got.files.length).toBe(6)
    }
  })

  it('a registration that dies while publishing leaves no visible version; its re-run completes it', async () => {
    const real = new LocalStore(join(dir.path, 'store-crash'))
    let failPublish = true
    const flaky: Store = Object.create(real) as Store
    flaky.publishBundle = async (name, files) => {
      if (failPublish) throw new Error('the runner was killed')
      return real.publishBundle(name, files)
    }
    const registry = new ModelRegistry(flaky)
    const env = { GITHUB_RUN_ID: '900', GITHUB_RUN_ATTEMPT: '1' }
    await expect(registerModel(request(registry, { env }))).rejects.toThrow('the runner was killed')
    expect((await registry.listVersions('churn')).map((v) => [v.version, v.complete])).toEqual([
      ['v0.0.1', false]
    ])
    await expect(registry.resolve('churn@latest')).rejects.toThrow(
      /no complete, registered version/
    )
    await expect(registry.resolve('churn@v0.0.1')).rejects.toThrow(/is incomplete/)
    failPublish = false
    const rerun = await registerModel(request(registry, { env }))
    expect(rerun.report).toMatchObject({ version: 'v0.0.1', outcome: 'existing' })
    expect((await registry.resolve('churn@latest')).version).toBe('v0.0.1')
  })

  it('registers a directory train did not write, profiling the given data', async () => {
    const registry = freshRegistry()
    const plain = join(dir.path, 'plain-model')
    mkdirSync(plain)
    writeFileSync(join(plain, 'model.pkl'), 'pickled bytes')
    writeFileSync(join(plain, '.DS_Store'), 'x')
    const { report } = await registerModel(request(registry, { modelPath: plain, data: [data] }))
    expect(report.files.map((file) => file.name)).toEqual([
      'README.md',
      'lineage.json',
      'metrics.json',
      'model.pkl',
      'profile.json'
    ])
    expect(report.training_data).toEqual([
      { name: data, sha256: sha256(readFileSync(data)), rows: 400 }
    ])
    expect(report.metrics).toEqual({})
    expect(report.warnings).toEqual([
      'left out the hidden file .DS_Store',
      'the model directory has no metrics.json; the version records no metrics'
    ])
    const profile = JSON.parse(
      new TextDecoder().decode(await registry.store.readBundleFile(report.tag, 'profile.json'))
    ) as { rows: number }
    expect(profile.rows).toBe(400)
  })

  it('re-registers a downloaded version under a new name', async () => {
    const registry = freshRegistry()
    await registerModel(request(registry))
    const got = await getModelVersion({
      registry,
      reference: 'churn@latest',
      output: join(dir.path, 'downloaded')
    })
    const copy = await registerModel(
      request(registry, { name: 'churn-copy', modelPath: got.output })
    )
    expect(copy.report.metrics).toEqual(trained.report.metrics)
    expect(copy.report.params).toMatchObject({ model: 'logistic-regression' })
    expect(copy.report.warnings).toEqual([
      'left out README.md: the registry writes a new one for the version',
      'left out manifest.json: the registry writes a new one for the version'
    ])
  })
})

describe('register-model refuses bad input before claiming a version', () => {
  async function nothingClaimed(registry: ModelRegistry): Promise<void> {
    expect(await registry.store.listRefs('')).toEqual([])
  }

  it('a missing directory, a subdirectory, a bad name', async () => {
    const registry = freshRegistry()
    const missing = await rejection(
      registerModel(request(registry, { modelPath: join(dir.path, 'nope') }))
    )
    expect(missing.message).toMatch(/does not exist/)
    const nested = join(dir.path, 'nested')
    cpSync(trained.outputDir, nested, { recursive: true })
    mkdirSync(join(nested, 'weights'))
    const sub = await rejection(registerModel(request(registry, { modelPath: nested })))
    expect(sub.message).toMatch(/subdirectory "weights"; .*`tar -czf weights.tar.gz -C weights .`/)
    const badName = await rejection(registerModel(request(registry, { name: '../churn' })))
    expect(badName).toBeInstanceOf(UsageError)
    expect(badName.message).toMatch(/model name "..\/churn" is not allowed/)
    await nothingClaimed(registry)
  })

  it('no profile and no data; data on top of a profile; malformed metadata files', async () => {
    const registry = freshRegistry()
    const bare = join(dir.path, 'bare')
    mkdirSync(bare)
    writeFileSync(join(bare, 'model.bin'), 'weights')
    const noProfile = await rejection(registerModel(request(registry, { modelPath: bare })))
    expect(noProfile.message).toMatch(/has no profile.json/)
    const both = await rejection(registerModel(request(registry, { data: [data] })))
    expect(both.message).toMatch(/leave `data` out/)

    const broken = join(dir.path, 'broken')
    cpSync(trained.outputDir, broken, { recursive: true })
    writeFileSync(join(broken, 'metrics.json'), '{"auc": "0.9"}')
    const metrics = await rejection(registerModel(request(registry, { modelPath: broken })))
    expect(metrics).toBeInstanceOf(InputError)
    expect(metrics.message).toMatch(/metrics.json \(column "auc"\): expected a finite number/)
    writeFileSync(join(broken, 'metrics.json'), '{"auc": 0.9}')
    writeFileSync(join(broken, 'lineage.json'), '{"events": [{"eventType": "DONE"}]}')
    const lineage = await rejection(registerModel(request(registry, { modelPath: broken })))
    expect(lineage.message).toMatch(
      /lineage.json \(column "events\[0\]"\): event 1 is not a valid OpenLineage RunEvent/
    )
    writeFileSync(join(broken, 'model.json'), 'x')
    writeFileSync(join(broken, 'bad name!.bin'), 'x')
    writeFileSync(join(broken, 'lineage.json'), '{"events": []}')
    const name = await rejection(registerModel(request(registry, { modelPath: broken })))
    expect(name.message).toMatch(/bundle file name "bad name!.bin" is not allowed/)
    await nothingClaimed(registry)
    expect(readdirSync(broken)).toContain('bad name!.bin')
  })
})
