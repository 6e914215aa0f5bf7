import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { trainModel } from '../../shared/operations/train-model.js'
import { bundleNameOfTag } from '../../shared/store/github-store-layout.js'
import { startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js'
import { expectRunEvent, startFakeOpenLineage } from '../harness/fake-openlineage.js'
import { removeRunDirectories, runAction, type RunActionResult } from '../harness/run-action.js'
import { repoRoot } from '../helpers/paths.js'
import { churnCsv } from '../shared/operations/train-fixture-data.js'

/**
 * The bundled register-model action against the fake GitHub, with the default store (the
 * repository's tags and releases): concurrency, a run killed mid-upload, transient errors and
 * re-runs. Versions are read back with the bundled `tollgate get --store github`, which verifies
 * every file against the version's manifest.
 */
let root: string
let gh: FakeGitHub | undefined
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tollgate-register-e2e-'))
})
afterEach(async () => {
  if (gh !== undefined) {
    expect(gh.contractViolations).toEqual([])
    await gh.close()
    gh = undefined
  }
})
afterAll(() => {
  removeRunDirectories()
  rmSync(root, { recursive: true, force: true })
})

let workspaces = 0
/** A workspace with train's output in `model/`, trained at the fake repository's head commit. */
async function setUp(
  options: { immutableReleases?: boolean } = {}
): Promise<{ fake: FakeGitHub; cwd: string }> {
  const fake = await startFakeGitHub(options)
  gh = fake
  const cwd = join(root, `ws-${++workspaces}`)
  mkdirSync(join(cwd, 'data'), { recursive: true })
  writeFileSync(join(cwd, 'data', 'train.csv'), churnCsv(300, 9))
  await trainModel({
    data: [join(cwd, 'data', 'train.csv')],
    target: 'churned',
    model: 'logistic-regression',
    output: join(cwd, 'model'),
    cwd,
    env: { GITHUB_SHA: fake.repository().headSha, GITHUB_REPOSITORY: 'octo-org/models' }
  })
  return { fake, cwd }
}

function register(
  fake: FakeGitHub,
  cwd: string,
  options: {
    runId?: string
    attempt?: string
    inputs?: Record<string, string>
    timeoutMs?: number
  } = {}
): Promise<RunActionResult> {
  return runAction({
    action: 'register-model',
    inputs: { name: 'churn', 'model-path': 'model', ...options.inputs },
    cwd,
    githubApiUrl: fake.url,
    sha: fake.repository().headSha,
    token: fake.tokenFor('github-actions[bot]'),
    env: { GITHUB_RUN_ID: options.runId ?? '1001', GITHUB_RUN_ATTEMPT: options.attempt ?? '1' },
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs })
  })
}

/** The bundled CLI with the GitHub store, as a workflow `run:` step would call it. */
function tollgate(
  fake: FakeGitHub,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [
        join(repoRoot, 'actions', 'dist', 'tollgate.js'),
        ...args,
        ...(args.includes('--store') ? [] : ['--store', 'github'])
      ],
      {
        env: {
          PATH: process.env.PATH ?? '/usr/bin:/bin',
          GITHUB_API_URL: fake.url,
          GITHUB_REPOSITORY: 'octo-org/models',
          GITHUB_TOKEN: fake.tokenFor('alice')
        }
      },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1
        resolve({ code, stdout, stderr })
      }
    )
  })
}

function publishedTags(fake: FakeGitHub, model = 'churn'): string[] {
  return fake
    .repository()
    .releases.list()
    .filter((release) => !release.draft)
    .map((release) => bundleNameOfTag(release.tagName) ?? '')
    .filter((bundle) => bundle.startsWith(`${model}@`))
    .sort()
}

async function expectVerifiable(fake: FakeGitHub, cwd: string, reference: string): Promise<string> {
  const output = join(cwd, 'downloads', reference.replace(/[@#]/g, '-'))
  const got = await tollgate(fake, 'get', reference, '--output', output)
  expect(got.stderr).toBe('')
  expect(got.code).toBe(0)
  expect(got.stdout).toMatch(/files verified and written to/)
  const manifest = JSON.parse(readFileSync(join(output, 'manifest.json'), 'utf8')) as {
    files: { name: string; sha256: string }[]
  }
  for (const file of manifest.files)
    expect(sha256(readFileSync(join(output, file.name)))).toBe(file.sha256)
  return output
}

describe('register-model action (bundled) with the GitHub store', () => {
  it('registers train output as a published release with GTO tags, outputs and a lineage summary', async () => {
    const { fake, cwd } = await setUp({ immutableReleases: true })
    const backend = await startFakeOpenLineage()
    const result = await register(fake, cwd, {
      inputs: { stage: 'staging', description: 'Churn @team', 'lineage-url': backend.url }
    }).finally(() => backend.close())
    expect(result.stderr).toBe('')
    expect(result.conclusion).toBe('success')
    expect(result.outputs).toMatchObject({
      version: 'v0.0.1',
      tag: 'churn@v0.0.1',
      'release-url':
        'https://github.com/octo-org/models/releases/tag/_tollgate/bundles/churn%40v0.0.1',
      outcome: 'created',
      'stage-tag': 'churn#staging#1'
    })
    const refs = [...fake.repository().git.refs.keys()]
    expect(refs).toEqual(
      expect.arrayContaining(['refs/tags/churn@v0.0.1', 'refs/tags/churn#staging#1'])
    )
    expect(publishedTags(fake)).toEqual(['churn@v0.0.1'])
    expect(result.summary).toContain('### Tollgate register-model: `churn@v0.0.1` registered')
    expect(result.summary).toContain('flowchart LR')
    const output = await expectVerifiable(fake, cwd, 'churn@staging')
    expect(
      readFileSync(join(output, 'model.json')).equals(
        readFileSync(join(cwd, 'model', 'model.json'))
      )
    ).toBe(true)
    expect(readFileSync(join(output, 'README.md'), 'utf8')).toContain('Churn &#64;team')
    // The version's stored lineage.json is what the backend received: training, then registration.
    const stored = JSON.parse(readFileSync(join(output, 'lineage.json'), 'utf8')) as {
      events: unknown[]
    }
    expect(stored.events).toHaveLength(2)
    expect(backend.events()).toEqual(stored.events)
    expectRunEvent(backend.events()[1], { eventTypes: ['COMPLETE'], action: 'register-model' })
    expect(backend.events()[1]).toMatchObject({
      outputs: [
        {
          name: 'churn@v0.0.1',
          facets: { tollgate_modelVersion: { model: 'churn', version: 'v0.0.1' } }
        }
      ]
    })
  }, 120_000)

  it('eight concurrent registrations yield eight distinct, complete, verifiable versions', async () => {
    const { fake, cwd } = await setUp()
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        register(fake, cwd, { runId: `${2000 + index}`, timeoutMs: 120_000 })
      )
    )
    for (const result of results) {
      expect(result.stderr).toBe('')
      expect(result.conclusion).toBe('success')
    }
    const versions = results.map((result) => result.outputs.version).sort()
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
    expect(publishedTags(fake)).toEqual(versions.map((version) => `churn@${version}`))
    for (const version of versions) await expectVerifiable(fake, cwd, `churn@${version}`)
    const listed = await tollgate(fake, 'list', 'churn')
    expect(listed.stdout.match(/ complete /g)).toHaveLength(8)
  }, 300_000)

  it('eight concurrent registrations into a local store directory also get eight versions', async () => {
    const { fake, cwd } = await setUp()
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        register(fake, cwd, {
          runId: `${6000 + index}`,
          inputs: { store: 'registry' },
          timeoutMs: 120_000
        })
      )
    )
    const problems = results.map((result) => ({
      timedOut: result.timedOut,
      errors: result.annotations.filter((a) => a.level === 'error').map((a) => a.message),
      stderr: result.stderr
    }))
    expect(problems).toEqual(Array(8).fill({ timedOut: false, errors: [], stderr: '' }))
    expect(results.map((result) => result.conclusion)).toEqual(Array(8).fill('success'))
    expect(results.map((result) => result.outputs['release-url'])).toEqual(Array(8).fill(''))
    const versions = results.map((result) => result.outputs.version).sort()
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
    const store = join(cwd, 'registry')
    for (const version of versions) {
      const got = await tollgate(
        fake,
        'get',
        `churn@${version}`,
        '--output',
        join(cwd, 'local', String(version)),
        '--store',
        store
      )
      expect(got.code).toBe(0)
    }
    // Nothing went to GitHub.
    expect(fake.requests).toEqual([])
  }, 300_000)

  it('a re-run of the same workflow run and attempt returns the same version', async () => {
    const { fake, cwd } = await setUp()
    const first = await register(fake, cwd, { runId: '3001' })
    const again = await register(fake, cwd, { runId: '3001' })
    expect(first.outputs).toMatchObject({ version: 'v0.0.1', outcome: 'created' })
    expect(again.conclusion).toBe('success')
    expect(again.outputs).toMatchObject({ version: 'v0.0.1', outcome: 'existing' })
    expect(again.summary).toContain('already registered by this workflow run')
    expect(publishedTags(fake)).toEqual(['churn@v0.0.1'])
    const nextAttempt = await register(fake, cwd, { runId: '3001', attempt: '2' })
    expect(nextAttempt.outputs.version).toBe('v0.0.2')
  }, 120_000)

  it('retries transient GitHub errors with backoff', async () => {
    const { fake, cwd } = await setUp()
    fake.faults.add({ path: '/repos/**' }, { kind: 'status', status: 502 }, 2)
    fake.faults.add(
      { method: 'POST', path: '/repos/*/*/releases/*/assets' },
      { kind: 'status', status: 503 },
      1
    )
    fake.faults.add(
      { method: 'POST', path: '/repos/*/*/git/refs' },
      { kind: 'secondary-rate-limit', retryAfterSeconds: 1 },
      1
    )
    const result = await register(fake, cwd, { timeoutMs: 120_000 })
    expect(result.conclusion).toBe('success')
    expect(result.outputs.version).toBe('v0.0.1')
    expect(fake.requests.filter((request) => request.fault !== undefined).length).toBe(4)
    await expectVerifiable(fake, cwd, 'churn@latest')
  }, 150_000)

  it('a run killed mid-upload leaves no visible half-version; its re-run completes it', async () => {
    const { fake, cwd } = await setUp()
    fake.faults.add({ method: 'POST', path: '/repos/*/*/releases/*/assets' }, { kind: 'hang' }, 1)
    const killed = await register(fake, cwd, { runId: '4001', timeoutMs: 8_000 })
    expect(killed.timedOut).toBe(true)
    expect(publishedTags(fake)).toEqual([])
    const latest = await tollgate(fake, 'get', 'churn@latest', '--output', join(cwd, 'nothing'))
    expect(latest.code).toBe(2)
    expect(latest.stderr).toMatch(/no complete, registered version/)
    const listed = await tollgate(fake, 'list', 'churn')
    expect(listed.stdout).toMatch(/churn@v0.0.1 +incomplete/)

    fake.faults.clear()
    const rerun = await register(fake, cwd, { runId: '4001' })
    expect(rerun.conclusion).toBe('success')
    expect(rerun.outputs).toMatchObject({ version: 'v0.0.1', outcome: 'existing' })
    expect(publishedTags(fake)).toEqual(['churn@v0.0.1'])
    await expectVerifiable(fake, cwd, 'churn@latest')
  }, 60_000)

  it('an upload that dies mid-body, leaving a partial asset holding the name, is recovered', async () => {
    const { fake, cwd } = await setUp()
    const rule = fake.faults.add(
      { method: 'POST', path: '/repos/*/*/releases/*/assets' },
      { kind: 'reset-mid-body', afterBytes: 10, leavePartialAsset: true },
      1
    )
    const result = await register(fake, cwd, { runId: '5001', timeoutMs: 120_000 })
    expect(rule.hits).toBe(1)
    expect(result.stderr).toBe('')
    expect(result.conclusion).toBe('success')
    expect(result.outputs.version).toBe('v0.0.1')
    const release = fake
      .repository()
      .releases.list()
      .find((candidate) => candidate.tagName === '_tollgate/bundles/churn@v0.0.1')!
    expect(release.draft).toBe(false)
    expect(
      fake
        .repository()
        .releases.assetsOf(release.id)
        .every((asset) => asset.state === 'uploaded')
    ).toBe(true)
    await expectVerifiable(fake, cwd, 'churn@v0.0.1')
  }, 150_000)

  it('refuses a bad model name and a bad model directory before writing anything', async () => {
    const { fake, cwd } = await setUp()
    const badName = await register(fake, cwd, { inputs: { name: 'Churn/../x' } })
    expect(badName.conclusion).toBe('failure')
    expect(badName.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /register-model failed: The model name "Churn\/..\/x" is not allowed/
    )
    const missing = await register(fake, cwd, { inputs: { 'model-path': 'nowhere' } })
    expect(missing.annotations.find((a) => a.level === 'error')?.message).toMatch(/does not exist/)
    expect(
      [...fake.repository().git.refs.keys()].filter((ref) => ref.startsWith('refs/tags/'))
    ).toEqual([])
  }, 120_000)
})
