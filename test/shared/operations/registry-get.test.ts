import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { LocalStore } from '../../../shared/adapters/local-store.js'
import { IntegrityError, UsageError } from '../../../shared/errors.js'
import { getModelVersion } from '../../../shared/operations/registry-get.js'
import { ModelRegistry } from '../../../shared/registry/model-registry.js'
import type { BundleManifest } from '../../../shared/store/bundle-manifest.js'
import type { Store } from '../../../shared/store/store.js'
import { makeTempDir, type TempDir } from '../../helpers/temp-dir.js'

let dir: TempDir
let registry: ModelRegistry
const text = (value: string) => new TextEncoder().encode(value)
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

async function register(model: string, content: string): Promise<string> {
  const registered = await registry.registerVersion({
    model,
    files: new Map([
      ['model.json', text(content)],
      ['weights.bin', text(`${content}-weights`)]
    ]),
    metrics: { accuracy: 0.9 },
    trainingData: [{ name: 'train.csv', sha256: sha256(text('rows')) }],
    profile: { format: 'tollgate-profile', columns: [] }
  })
  return registered.version
}

beforeAll(async () => {
  dir = makeTempDir()
  registry = new ModelRegistry(new LocalStore(join(dir.path, 'store')))
  await register('churn', 'first')
  await register('churn', 'second')
  await registry.assignStage({ model: 'churn', version: 'v0.0.1', stage: 'production' })
})
afterAll(() => dir.remove())

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected the call to fail')
}

describe('get MODEL@VERSION|STAGE|latest', () => {
  it('writes every file of the version and its manifest, each verified', async () => {
    const output = join(dir.path, 'latest')
    const report = await getModelVersion({ registry, reference: 'churn@latest', output })
    expect(report).toMatchObject({
      reference: 'churn@latest',
      version: 'v0.0.2',
      tag: 'churn@v0.0.2',
      stage: null,
      output
    })
    expect(readdirSync(output).sort()).toEqual([
      'README.md',
      'lineage.json',
      'manifest.json',
      'metrics.json',
      'model.json',
      'profile.json',
      'weights.bin'
    ])
    expect(readFileSync(join(output, 'model.json'), 'utf8')).toBe('second')
    const manifest = JSON.parse(
      readFileSync(join(output, 'manifest.json'), 'utf8')
    ) as BundleManifest
    for (const entry of manifest.files) {
      expect(sha256(readFileSync(join(output, entry.name)))).toBe(entry.sha256)
    }
    expect(report.files.map((file) => file.path)).toEqual(
      manifest.files.map((entry) => join(output, entry.name))
    )
  })

  it('follows a stage and an explicit version', async () => {
    const staged = await getModelVersion({
      registry,
      reference: 'churn@production',
      output: join(dir.path, 'prod')
    })
    expect(staged).toMatchObject({ version: 'v0.0.1', stage: 'production' })
    expect(readFileSync(join(dir.path, 'prod', 'model.json'), 'utf8')).toBe('first')
    const exact = await getModelVersion({
      registry,
      reference: 'churn@0.0.2',
      output: join(dir.path, 'exact')
    })
    expect(exact.reference).toBe('churn@v0.0.2')
  })

  it('refuses a damaged file and writes nothing', async () => {
    const store = new LocalStore(join(dir.path, 'damaged-store'))
    const damaged = new ModelRegistry(store)
    await damaged.registerVersion({
      model: 'fraud',
      files: new Map([['model.json', text('good bytes')]]),
      metrics: {},
      trainingData: [],
      profile: null
    })
    writeFileSync(join(store.root, 'bundles', 'fraud@v0.0.1', 'model.json'), 'evil bytes')
    const output = join(dir.path, 'damaged')
    const error = await rejection(
      getModelVersion({ registry: damaged, reference: 'fraud@v0.0.1', output })
    )
    expect(error).toBeInstanceOf(IntegrityError)
    expect(error.message).toMatch(/model.json.*is damaged/)
    expect(existsSync(output)).toBe(false)
  })

  it('never writes outside the output directory, whatever the manifest says', async () => {
    const real = registry.store
    for (const name of ['../escape.txt', 'sub/inner.txt', '..', '.hidden', 'C:\\evil.txt']) {
      const forged: Store = Object.create(real) as Store
      forged.readBundleManifest = async (bundle) => {
        const manifest = await real.readBundleManifest(bundle)
        return {
          ...manifest!,
          files: [...manifest!.files, { name, size: 4, sha256: sha256(text('evil')) }]
        }
      }
      forged.readBundleFile = async (bundle, file) =>
        file === name ? text('evil') : real.readBundleFile(bundle, file)
      const output = join(dir.path, 'forged', 'out')
      const error = await rejection(
        getModelVersion({ registry: new ModelRegistry(forged), reference: 'churn@v0.0.1', output })
      )
      expect(error).toBeInstanceOf(IntegrityError)
      expect(error.message).toContain(`lists a file named ${JSON.stringify(name)}`)
      expect(existsSync(join(dir.path, 'forged'))).toBe(false)
    }
  })

  it('explains unknown models, versions and stages', async () => {
    const output = join(dir.path, 'none')
    expect(
      await rejection(getModelVersion({ registry, reference: 'nope@latest', output }))
    ).toBeInstanceOf(UsageError)
    const version = await rejection(
      getModelVersion({ registry, reference: 'churn@v9.9.9', output })
    )
    expect(version.message).toMatch(
      /churn v9.9.9 is not registered .* \(versions: v0.0.1, v0.0.2\)/
    )
    const stage = await rejection(
      getModelVersion({ registry, reference: 'churn@prodution', output })
    )
    expect(stage.message).toMatch(
      /No version of churn is in stage prodution .*Did you mean "production"\?/
    )
    const file = dir.file('a-file', 'x')
    const notDir = await rejection(
      getModelVersion({ registry, reference: 'churn@latest', output: file })
    )
    expect(notDir.message).toMatch(/exists and is not a directory/)
  })
})
