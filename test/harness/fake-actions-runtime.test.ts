import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DefaultArtifactClient } from '@actions/artifact'
import * as cache from '@actions/cache'
import { captureStdout } from './capture-stdout.js'
import { fakeRuntimeToken, startFakeActionsRuntime } from './fake-actions-runtime.js'
import type { FakeActionsRuntime } from './fake-actions-runtime.js'
import { parseWorkflowCommands } from './workflow-commands.js'
import { withEnv } from './with-env.js'

let runtime: FakeActionsRuntime
let workspace: string

beforeAll(async () => {
  runtime = await startFakeActionsRuntime()
  workspace = mkdtempSync(join(tmpdir(), 'tollgate-runtime-'))
  mkdirSync(join(workspace, '_temp'))
})
afterAll(async () => {
  await runtime.close()
  rmSync(workspace, { recursive: true, force: true })
})

/** Runs a toolkit call with the runner's variables pointing at the fake, output captured. */
function asStep<T>(body: () => Promise<T>, runId = 'run-1') {
  return withEnv(
    {
      ...runtime.env(runId),
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: join(workspace, '_temp'),
      ACTIONS_CACHE_MODE: undefined
    },
    () => captureStdout(body)
  )
}

function levels(stdout: string): string[] {
  return parseWorkflowCommands(stdout)
    .map((c) => c.command)
    .filter((c) => c !== 'debug' && c !== 'add-mask')
}

function writeFiles(dir: string, files: Record<string, string | Buffer>): string[] {
  mkdirSync(dir, { recursive: true })
  return Object.entries(files).map(([name, content]) => {
    writeFileSync(join(dir, name), content)
    return join(dir, name)
  })
}

describe('the real @actions/artifact client against the fake', () => {
  it('uploads, lists and downloads a zipped artifact, and exposes its files', async () => {
    const dir = join(workspace, 'report')
    const files = writeFiles(dir, { 'index.html': '<h1>drift</h1>', 'data.json': '{"psi":0.31}' })
    const { result } = await asStep(async () => {
      const client = new DefaultArtifactClient()
      const uploaded = await client.uploadArtifact('drift-report', files, dir)
      const listed = await client.listArtifacts()
      const target = join(workspace, 'download')
      const downloaded = await client.downloadArtifact(uploaded.id as number, {
        path: target,
        expectedHash: `sha256:${uploaded.digest}`
      })
      return {
        uploaded,
        listed,
        downloaded,
        html: readFileSync(join(target, 'index.html'), 'utf8')
      }
    })
    expect(result.listed.artifacts.map((a) => a.name)).toEqual(['drift-report'])
    expect(result.downloaded.digestMismatch).toBe(false)
    expect(result.html).toBe('<h1>drift</h1>')

    const [stored] = runtime.artifacts()
    expect(stored).toMatchObject({
      name: 'drift-report',
      finalized: true,
      size: result.uploaded.size
    })
    expect(stored?.digest).toBe(`sha256:${result.uploaded.digest}`)
    expect(stored?.files.get('data.json')?.toString()).toBe('{"psi":0.31}')
  })

  it('refuses a second artifact with the same name in a run, but not in another run', async () => {
    const dir = join(workspace, 'dup')
    const files = writeFiles(dir, { 'a.txt': 'a' })
    const again = await asStep(() =>
      new DefaultArtifactClient().uploadArtifact('drift-report', files, dir).then(
        () => 'uploaded',
        (error: Error) => error.message
      )
    )
    expect(again.result).toMatch(/409|already exists/)
    const otherRun = await asStep(
      () => new DefaultArtifactClient().uploadArtifact('drift-report', files, dir),
      'run-2'
    )
    expect(otherRun.result.id).toBeGreaterThan(0)
  })

  it('deletes an artifact', async () => {
    const dir = join(workspace, 'tmp-artifact')
    const files = writeFiles(dir, { 'x.txt': 'x' })
    const { result } = await asStep(async () => {
      const client = new DefaultArtifactClient()
      await client.uploadArtifact('scratch', files, dir)
      await client.deleteArtifact('scratch')
      return client.listArtifacts()
    })
    expect(result.artifacts.map((a) => a.name)).not.toContain('scratch')
  })
})

describe('the real @actions/cache client (service v2) against the fake', () => {
  it('saves, then restores by exact key and by restore-key prefix', async () => {
    const dir = join(workspace, 'models')
    writeFiles(dir, { 'model.bin': Buffer.alloc(4096, 7) })
    const saved = await asStep(() => cache.saveCache([dir], 'model-sha256-abc'))
    expect(saved.result).toBeGreaterThan(0)

    rmSync(dir, { recursive: true })
    const exact = await asStep(() => cache.restoreCache([dir], 'model-sha256-abc'))
    expect(exact.result).toBe('model-sha256-abc')
    expect(readFileSync(join(dir, 'model.bin'))).toEqual(Buffer.alloc(4096, 7))

    rmSync(dir, { recursive: true })
    const prefix = await asStep(() =>
      cache.restoreCache([dir], 'model-sha256-zzz', ['model-sha256-'])
    )
    expect(prefix.result).toBe('model-sha256-abc')
    expect(prefix.stdout).toContain('Cache hit for restore-key: model-sha256-abc')

    const miss = await asStep(() =>
      cache.restoreCache([join(workspace, 'other')], 'model-sha256-abc')
    )
    expect(miss.result).toBeUndefined() // same key, different paths: another version
    expect(runtime.caches().map((c) => [c.key, c.finalized])).toEqual([['model-sha256-abc', true]])
    expect(runtime.caches()[0]?.bytes.length).toBeGreaterThan(0)
  })

  it('keeps entries immutable: a second save of the same key is refused quietly', async () => {
    const dir = join(workspace, 'models')
    writeFiles(dir, { 'model.bin': 'changed' })
    const second = await asStep(() => cache.saveCache([dir], 'model-sha256-abc'))
    expect(second.result).toBe(-1)
    expect(levels(second.stdout)).toEqual(['warning'])
  })

  it('turns a cache outage into warnings and misses, never errors', async () => {
    const dir = join(workspace, 'outage')
    writeFiles(dir, { 'f.txt': 'f' })
    runtime.setCacheOutage('reset')
    try {
      const save = await asStep(() => cache.saveCache([dir], 'outage-key'))
      expect(save.result).toBe(-1)
      const restore = await asStep(() => cache.restoreCache([dir], 'model-sha256-abc', ['model-']))
      expect(restore.result).toBeUndefined()
      // saveCache reports a failed reservation as info, restoreCache a failed lookup as a warning.
      expect(levels(save.stdout)).toEqual([])
      expect(save.stdout).toContain('Failed to save: Unable to reserve cache with key outage-key')
      expect(levels(restore.stdout)).toEqual(['warning'])
    } finally {
      runtime.setCacheOutage(false)
    }
    expect(
      runtime.requests.filter((r) => r.fault === 'cache-outage').length
    ).toBeGreaterThanOrEqual(2)
  })
})

describe('fakeRuntimeToken', () => {
  it('carries the Actions.Results scope the clients decode', () => {
    const payload = fakeRuntimeToken('run-9', 'job-3').split('.')[1] as string
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString())).toEqual({
      scp: 'Actions.GenericRead:0 Actions.Results:run-9:job-3'
    })
  })
})
