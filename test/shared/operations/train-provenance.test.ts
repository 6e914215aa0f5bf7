import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  actorName,
  codeVersion,
  fileSha256,
  lineageContextFor,
  runtimeEnvironment,
  workflowRun
} from '../../../shared/adapters/run-provenance.js'
import { runTrainingCommand } from '../../../shared/adapters/training-command.js'
import { makeTempDir, type TempDir } from '../../helpers/temp-dir.js'

/** What train records about where it ran: commit, runner, workflow run, digests; and the command runner. */
let dir: TempDir

beforeAll(() => {
  dir = makeTempDir()
})
afterAll(() => dir.remove())

describe('run provenance', () => {
  it('reads the commit of a git checkout and whether tracked files were modified', () => {
    const repo = join(dir.path, 'repo')
    dir.file('repo/train.py', 'print(1)\n')
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        cwd: repo,
        encoding: 'utf8'
      }).trim()
    git('init', '-q', '-b', 'main')
    git('add', 'train.py')
    git('commit', '-q', '-m', 'first')
    const head = git('rev-parse', 'HEAD')
    expect(codeVersion(repo, {})).toEqual({ commit: head, dirty: false, ref: 'main' })
    writeFileSync(join(repo, 'train.py'), 'print(2)\n')
    expect(codeVersion(repo, { GITHUB_REF: 'refs/heads/main', GITHUB_REPOSITORY: 'o/r' })).toEqual({
      commit: head,
      dirty: true,
      ref: 'refs/heads/main',
      repository: 'o/r'
    })
  })

  it('falls back to GITHUB_SHA outside a checkout, and records nothing when there is neither', () => {
    const sha = 'b'.repeat(40)
    expect(codeVersion(dir.path, { GITHUB_SHA: sha })).toEqual({ commit: sha })
    expect(codeVersion(dir.path, {})).toEqual({})
  })

  it('identifies the workflow run only inside Actions', () => {
    expect(workflowRun({})).toBeUndefined()
    expect(
      workflowRun({
        GITHUB_RUN_ID: '12',
        GITHUB_RUN_ATTEMPT: '3',
        GITHUB_JOB: 'train',
        GITHUB_ACTOR: 'bob',
        GITHUB_REPOSITORY: 'o/r'
      })
    ).toEqual({
      run: { id: '12', attempt: 3, job: 'train' },
      actor: 'bob',
      repository: 'o/r',
      serverUrl: 'https://github.com'
    })
    expect(actorName({ GITHUB_RUN_ID: '1', GITHUB_ACTOR: 'bob' })).toBe('bob')
    expect(runtimeEnvironment({}).runner).toBeUndefined()
    expect(runtimeEnvironment({ GITHUB_ACTIONS: 'true', RUNNER_OS: 'macOS' }).runner).toEqual({
      os: 'macOS'
    })
  })

  it('gives a workflow run a stable lineage context and a laptop run a fresh one', () => {
    const env = {
      GITHUB_RUN_ID: '12',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_JOB: 'train',
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_WORKFLOW: 'CI'
    }
    const context = lineageContextFor('train', { env, commit: 'c'.repeat(40) })
    expect(context).toMatchObject({
      workflowRunId: '12',
      attempt: 1,
      job: 'train',
      action: 'train',
      namespace: 'github://o/r',
      workflow: 'CI',
      repository: 'o/r',
      commit: 'c'.repeat(40),
      producer: 'urn:tollgate:v0.1.0'
    })
    expect(lineageContextFor('train', { env })).toMatchObject({ workflowRunId: '12' })
    const local = lineageContextFor('train', { env: {} })
    expect(local).toMatchObject({ namespace: 'local', job: '', attempt: 1 })
    expect(local.workflowRunId).toMatch(/^local-[0-9a-f]{8}$/)
    expect(lineageContextFor('train', { env: {} }).workflowRunId).not.toBe(local.workflowRunId)
    expect(
      lineageContextFor('train', {
        env: { GITHUB_ACTION_REPOSITORY: 'acme/tollgate', GITHUB_ACTION_REF: 'v1' }
      }).producer
    ).toBe('https://github.com/acme/tollgate/tree/v1')
  })

  it('digests a file as a stream', async () => {
    const bytes = Buffer.alloc(3 * 1024 * 1024, 7)
    const path = dir.file('big.bin', bytes)
    expect(await fileSha256(path)).toBe(createHash('sha256').update(bytes).digest('hex'))
  })
})

describe('runTrainingCommand', () => {
  const sink = () => {
    const seen = { out: '', err: '' }
    return {
      seen,
      output: { stdout: (c: string) => (seen.out += c), stderr: (c: string) => (seen.err += c) }
    }
  }

  it('passes the variables, streams the output and keeps the last 20 error lines', async () => {
    const { seen, output } = sink()
    const script =
      'for (let i = 1; i <= 30; i++) console.error("line " + i); console.log(process.env.TOLLGATE_TARGET); process.exit(4)'
    const result = await runTrainingCommand({
      command: `node -e ${JSON.stringify(script)}`,
      cwd: dir.path,
      env: { TOLLGATE_TARGET: 'churned' },
      output
    })
    expect(result.exitCode).toBe(4)
    expect(seen.out).toBe('churned\n')
    expect(result.stderrTail).toHaveLength(20)
    expect(result.stderrTail[0]).toBe('line 11')
    expect(result.stderrTail.at(-1)).toBe('line 30')
  })

  it('reports a command ended by a signal', async () => {
    const { output } = sink()
    const result = await runTrainingCommand({
      command: `node -e ${JSON.stringify('process.kill(process.pid, "SIGTERM")')}`,
      cwd: dir.path,
      env: {},
      output
    })
    expect(result.exitCode === null ? result.signal : `exit ${result.exitCode}`).toMatch(
      /SIGTERM|exit 143/
    )
  })

  it('gives the command the environment of a run step, without the action inputs and runtime tokens', async () => {
    const { seen, output } = sink()
    const saved = { ...process.env }
    Object.assign(process.env, {
      INPUT_TOKEN: 'ghs_secret',
      ACTIONS_RUNTIME_TOKEN: 'rt',
      KEEP_ME: 'yes'
    })
    try {
      const script =
        'console.log([process.env.INPUT_TOKEN, process.env.ACTIONS_RUNTIME_TOKEN, process.env.KEEP_ME].join(","))'
      await runTrainingCommand({
        command: `node -e ${JSON.stringify(script)}`,
        cwd: dir.path,
        env: {},
        output
      })
    } finally {
      for (const name of ['INPUT_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'KEEP_ME']) {
        if (saved[name] === undefined) delete process.env[name]
        else process.env[name] = saved[name]
      }
    }
    expect(seen.out).toBe(',,yes\n')
  })

  it('rejects when the working directory does not exist', async () => {
    await expect(
      runTrainingCommand({
        command: 'node -v',
        cwd: join(dir.path, 'missing'),
        env: {},
        output: sink().output
      })
    ).rejects.toThrow()
  })
})
