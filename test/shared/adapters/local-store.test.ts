import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { LocalStore } from '../../../shared/adapters/local-store.js'
import { UsageError } from '../../../shared/errors.js'
import type { BundleManifest } from '../../../shared/store/bundle-manifest.js'
import type { BundlePublication } from '../../../shared/store/store.js'
import { compileForChildProcess } from '../../store-contract/compile-for-child-process.js'
import { describeStoreContract, type StoreHarness } from '../../store-contract/store-contract.js'

const text = (value: string): Uint8Array => new TextEncoder().encode(value)
const decode = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes)

/** A writer that dies after staging a bundle, before the rename that would publish it. */
class CrashingLocalStore extends LocalStore {
  protected override async commitBundle(): Promise<BundlePublication> {
    throw new Error('simulated crash before publishing')
  }
}

async function flipLastByte(path: string): Promise<void> {
  const bytes = await readFile(path)
  const last = bytes.length - 1
  bytes[last] = (bytes[last] ?? 0) ^ 0xff
  await writeFile(path, bytes)
}

async function temporaryDirectory(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'tollgate-local-store-'))
}

async function localHarness(): Promise<StoreHarness> {
  const directory = await temporaryDirectory()
  const store = new LocalStore(join(directory, '.tollgate'))
  return {
    store,
    interruptBundle: async (name, files) => {
      await expect(new CrashingLocalStore(store.root).publishBundle(name, files)).rejects.toThrow(
        'simulated crash'
      )
    },
    corruptBundleFile: (bundle, file) => flipLastByte(join(store.root, 'bundles', bundle, file)),
    corruptRecord: (series, key) =>
      flipLastByte(join(store.root, 'records', series, `${key}.record`)),
    leaveDamagedRecord: async (series, key) => {
      await mkdir(join(store.root, 'records', series), { recursive: true })
      await writeFile(join(store.root, 'records', series, `${key}.record`), 'not a record header')
    },
    dispose: () => rm(directory, { recursive: true, force: true })
  }
}

describeStoreContract('LocalStore', localHarness)

/** Every file under a directory, as paths relative to it. */
async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)))
    .sort()
}

describe('LocalStore on disk', () => {
  it('defaults to .tollgate in the working directory', () => {
    const store = LocalStore.inWorkingDirectory('/work/project')
    expect(store.root).toBe('/work/project/.tollgate')
    expect(store.location).toBe('directory /work/project/.tollgate')
  })

  it('keeps every write inside the store directory, in the documented layout', async () => {
    const directory = await temporaryDirectory()
    try {
      const store = new LocalStore(join(directory, 'store'))
      await store.createRef('churn@v0.0.1', { metadata: { by: 'test' } })
      await store.publishBundle('churn@v0.0.1', new Map([['model.json', text('{}')]]))
      await store.appendRecord('history', 'point-1', text('1'))
      for (const name of ['../outside', '..', 'a/../../b']) {
        await expect(store.createRef(name, { metadata: {} })).rejects.toThrow(UsageError)
        await expect(store.appendRecord(name, 'k', text('x'))).rejects.toThrow(UsageError)
        await expect(store.appendRecord('history', name, text('x'))).rejects.toThrow(UsageError)
        await expect(
          store.publishBundle('ok@v1.0.0', new Map([[name, text('x')]]))
        ).rejects.toThrow(UsageError)
      }
      expect(await readdir(directory)).toEqual(['store'])
      expect(await filesUnder(join(directory, 'store'))).toEqual([
        'bundles/churn@v0.0.1/manifest.json',
        'bundles/churn@v0.0.1/model.json',
        'records/history/point-1.record',
        'refs/churn@v0.0.1.json'
      ])
    } finally {
      await rm(directory, { recursive: true, force: true })
    }
  })

  it('writes a readable manifest.json and plain bundle files', async () => {
    const directory = await temporaryDirectory()
    try {
      const store = new LocalStore(directory)
      await store.publishBundle('m@v1.0.0', new Map([['weights.bin', text('abc')]]))
      const manifest = JSON.parse(
        await readFile(join(directory, 'bundles', 'm@v1.0.0', 'manifest.json'), 'utf8')
      ) as BundleManifest
      expect(manifest).toEqual({
        schema: 'tollgate.bundle-manifest/1',
        bundle: 'm@v1.0.0',
        files: [
          {
            name: 'weights.bin',
            size: 3,
            sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
          }
        ]
      })
      expect(await readFile(join(directory, 'bundles', 'm@v1.0.0', 'weights.bin'), 'utf8')).toBe(
        'abc'
      )
    } finally {
      await rm(directory, { recursive: true, force: true })
    }
  })

  it('orders records by the store clock, then key', async () => {
    const directory = await temporaryDirectory()
    try {
      const times = [
        '2026-01-01T00:00:03.000Z',
        '2026-01-01T00:00:01.000Z',
        '2026-01-01T00:00:01.000Z'
      ]
      let tick = 0
      const store = new LocalStore(directory, { now: () => new Date(times[tick++]!) })
      await store.appendRecord('s', 'a-late', text('1'))
      await store.appendRecord('s', 'z-early', text('2'))
      await store.appendRecord('s', 'b-early', text('3'))
      const listing = await store.listRecords('s')
      expect(listing.records.map((record) => [record.key, record.createdAt])).toEqual([
        ['b-early', '2026-01-01T00:00:01.000Z'],
        ['z-early', '2026-01-01T00:00:01.000Z'],
        ['a-late', '2026-01-01T00:00:03.000Z']
      ])
    } finally {
      await rm(directory, { recursive: true, force: true })
    }
  })

  it('reports a truncated record as damaged in the listing and on read', async () => {
    const directory = await temporaryDirectory()
    try {
      const store = new LocalStore(directory)
      await store.appendRecord('s', 'whole', text('0123456789'))
      await store.appendRecord('s', 'cut', text('0123456789'))
      const path = join(directory, 'records', 's', 'cut.record')
      await truncate(path, (await readFile(path)).length - 4)
      const listing = await store.listRecords('s')
      expect(listing.records.map((record) => record.key)).toEqual(['whole'])
      expect(listing.damaged).toEqual([
        { key: 'cut', problem: 'it has 6 bytes of content but 10 were recorded.' }
      ])
      await expect(store.readRecord('s', 'cut')).rejects.toThrow(
        /"cut" of series "s" .* is damaged: it has 6 bytes/
      )
    } finally {
      await rm(directory, { recursive: true, force: true })
    }
  })

  it('reports a damaged claim file instead of guessing', async () => {
    const directory = await temporaryDirectory()
    try {
      const store = new LocalStore(directory)
      await store.createRef('m@v1.0.0', { metadata: {} })
      await writeFile(join(directory, 'refs', 'm@v1.0.0.json'), '{"name": "m@v1.0.0", "crea')
      await expect(store.readRef('m@v1.0.0')).rejects.toThrow(/is damaged/)
      await expect(store.createRef('m@v1.0.0', { metadata: {} })).rejects.toThrow(/is damaged/)
    } finally {
      await rm(directory, { recursive: true, force: true })
    }
  })

  it('leaves staging leftovers of a crashed writer invisible', async () => {
    const directory = await temporaryDirectory()
    try {
      const crashing = new CrashingLocalStore(directory)
      const files = new Map([['model.json', text('{"w":1}')]])
      await expect(crashing.publishBundle('m@v0.0.1', files)).rejects.toThrow('simulated crash')
      const staged = await readdir(join(directory, 'staging'))
      expect(staged).toHaveLength(1)
      expect((await readdir(join(directory, 'staging', staged[0]!))).sort()).toEqual([
        'manifest.json',
        'model.json'
      ])
      const store = new LocalStore(directory)
      expect(await store.listBundles('')).toEqual([])
      expect((await store.publishBundle('m@v0.0.1', files)).outcome).toBe('created')
    } finally {
      await rm(directory, { recursive: true, force: true })
    }
  })
})

/**
 * Real processes against one directory: the children run the compiled store code itself, start
 * together behind a barrier, and race for the same names.
 */
describe('LocalStore across processes', () => {
  let compiled: string

  beforeAll(async () => {
    compiled = await temporaryDirectory()
    await compileForChildProcess(
      ['shared/adapters/local-store.ts', 'shared/registry/model-registry.ts'],
      compiled
    )
    await writeFile(join(compiled, 'child.mjs'), CHILD_SCRIPT)
  })

  afterAll(async () => {
    await rm(compiled, { recursive: true, force: true })
  })

  /** Starts `count` children on `task`, releases them at once, and returns their JSON results. */
  async function race(root: string, task: string, count: number): Promise<unknown[]> {
    const goFile = join(root, '..', `go-${task}`)
    const children = Array.from({ length: count }, (_, index) =>
      startChild(root, task, index, goFile)
    )
    await Promise.all(children.map((child) => child.ready))
    await writeFile(goFile, 'go')
    return Promise.all(children.map((child) => child.result))
  }

  function startChild(root: string, task: string, index: number, goFile: string) {
    const child = spawn(
      process.execPath,
      [join(compiled, 'child.mjs'), root, task, String(index), goFile],
      {
        stdio: ['ignore', 'pipe', 'pipe']
      }
    )
    let output = ''
    let errors = ''
    let markReady: () => void = () => undefined
    const ready = new Promise<void>((resolve) => (markReady = resolve))
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.startsWith('ready\n')) markReady()
    })
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    const result = new Promise<unknown>((resolve, reject) => {
      child.on('close', (code) => {
        markReady()
        if (code !== 0) reject(new Error(`child ${index} (${task}) exited with ${code}: ${errors}`))
        else resolve(JSON.parse(output.slice('ready\n'.length)) as unknown)
      })
    })
    return { child, ready, result }
  }

  it('lets exactly one of 6 processes claim a ref', async () => {
    const directory = await temporaryDirectory()
    try {
      const root = join(directory, 'store')
      const outcomes = (await race(root, 'claim', 6)) as string[]
      expect(outcomes.filter((outcome) => outcome === 'created')).toHaveLength(1)
      expect(outcomes.filter((outcome) => outcome === 'exists')).toHaveLength(5)
      const ref = await new LocalStore(root).readRef('race@v1.0.0')
      expect(outcomes[Number(ref?.metadata.writer)]).toBe('created')
    } finally {
      await rm(directory, { recursive: true, force: true })
    }
  })

  it('gives 6 processes registering one model 6 distinct complete versions', async () => {
    const directory = await temporaryDirectory()
    try {
      const root = join(directory, 'store')
      const versions = (await race(root, 'register', 6)) as string[]
      expect([...versions].sort()).toEqual([
        'v0.0.1',
        'v0.0.2',
        'v0.0.3',
        'v0.0.4',
        'v0.0.5',
        'v0.0.6'
      ])
      const store = new LocalStore(root)
      for (const [index, version] of versions.entries()) {
        expect(decode(await store.readBundleFile(`race@${version}`, 'model.json'))).toBe(
          `{"writer":${index}}`
        )
      }
    } finally {
      await rm(directory, { recursive: true, force: true })
    }
  })

  it('never loses a record appended by concurrent processes', async () => {
    const directory = await temporaryDirectory()
    try {
      const root = join(directory, 'store')
      const results = (await race(root, 'append', 6)) as string[][]
      expect(results.map((result) => result[0])).toEqual(Array(6).fill('created'))
      expect(results.map((result) => result[1]).sort()).toEqual([
        'created',
        ...Array<string>(5).fill('exists')
      ])
      const listing = await new LocalStore(root).listRecords('history')
      expect(listing.records.map((record) => record.key).sort()).toEqual([
        'point-0',
        'point-1',
        'point-2',
        'point-3',
        'point-4',
        'point-5',
        'shared'
      ])
    } finally {
      await rm(directory, { recursive: true, force: true })
    }
  })

  it('shows nothing of a bundle whose writer was killed mid-write, and completes it on retry', async () => {
    const directory = await temporaryDirectory()
    try {
      const root = join(directory, 'store')
      const store = new LocalStore(root)
      let interrupted = 0
      for (let attempt = 0; attempt < 5 && interrupted === 0; attempt++) {
        const name = `big@v0.0.${attempt + 1}`
        const { child, ready, result } = startChild(
          root,
          `big-bundle:${name}`,
          0,
          join(directory, 'unused')
        )
        // Being killed is the point: the child's failure is expected, not an error of the test.
        result.catch(() => undefined)
        await ready
        await waitForStagedFiles(join(root, 'staging'), 2)
        child.kill('SIGKILL')
        await exited(child)
        const manifest = await store.readBundleManifest(name)
        if (manifest === undefined) {
          interrupted++
          expect(await store.listBundles('big@')).not.toContain(name)
        } else {
          // The writer finished before the signal landed: then the bundle must be whole.
          expect(manifest.files).toHaveLength(BIG_BUNDLE_FILES)
        }
        const republished = await store.publishBundle(name, bigBundle())
        expect(republished.manifest.files).toHaveLength(BIG_BUNDLE_FILES)
        expect((await store.readBundleFile(name, 'part-7.bin')).byteLength).toBe(BIG_FILE_BYTES)
      }
      expect(interrupted).toBeGreaterThan(0)
    } finally {
      await rm(directory, { recursive: true, force: true })
    }
  })
})

const BIG_BUNDLE_FILES = 300
const BIG_FILE_BYTES = 128 * 1024

function bigBundle(): Map<string, Uint8Array> {
  return new Map(
    Array.from({ length: BIG_BUNDLE_FILES }, (_, index) => [
      `part-${index}.bin`,
      new Uint8Array(BIG_FILE_BYTES).fill(index % 251)
    ])
  )
}

async function waitForStagedFiles(staging: string, count: number): Promise<void> {
  for (;;) {
    if (existsSync(staging)) {
      for (const entry of await readdir(staging)) {
        if (!entry.startsWith('bundle-')) continue
        const staged = await readdir(join(staging, entry)).catch(() => [])
        if (staged.length >= count) return
      }
    }
    await new Promise((resolve) => setImmediate(resolve))
  }
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve()
    else child.on('close', () => resolve())
  })
}

/** The child: runs one task against the store with the compiled sources, after the barrier. */
const CHILD_SCRIPT = `
import { existsSync } from 'node:fs'
import { LocalStore } from './shared/adapters/local-store.js'
import { ModelRegistry } from './shared/registry/model-registry.js'

const [root, task, id, goFile] = process.argv.slice(2)
const store = new LocalStore(root)
const bytes = (value) => new TextEncoder().encode(value)
process.stdout.write('ready\\n')
if (task.startsWith('big-bundle:')) {
  const files = new Map(
    Array.from({ length: ${BIG_BUNDLE_FILES} }, (_, index) => [
      'part-' + index + '.bin',
      new Uint8Array(${BIG_FILE_BYTES}).fill(index % 251)
    ])
  )
  await store.publishBundle(task.slice('big-bundle:'.length), files)
  process.stdout.write('"done"')
  process.exit(0)
}
while (!existsSync(goFile)) await new Promise((resolve) => setTimeout(resolve, 1))
let result
if (task === 'claim') {
  result = (await store.createRef('race@v1.0.0', { metadata: { writer: id } })).outcome
} else if (task === 'register') {
  const registered = await new ModelRegistry(store).registerVersion({
    model: 'race',
    files: new Map([['model.json', bytes('{"writer":' + id + '}')]]),
    metrics: { accuracy: 0.5 },
    trainingData: [],
    profile: {},
    run: { id: 'run-' + id, attempt: 1 }
  })
  result = registered.version
} else if (task === 'append') {
  result = [
    await store.appendRecord('history', 'point-' + id, bytes(id)),
    await store.appendRecord('history', 'shared', bytes('same for everyone'))
  ]
}
process.stdout.write(JSON.stringify(result))
`
