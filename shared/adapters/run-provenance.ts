import { spawnSync } from 'node:child_process'
import { createHash, randomUUID } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { arch, platform, release, userInfo } from 'node:os'
import type { LineageRunContext } from '../lineage/openlineage-event.js'
import type { RunIdentity } from '../registry/registry-state.js'
import { TOLLGATE_VERSION } from '../version.js'

/**
 * What a training or registration run records about where it ran, so a model version can be
 * traced back to the exact data bytes, code commit and machine that produced it (the issue's
 * "Tracks: … data digests, code commit, runner/OS/Node versions"). Everything here reads the
 * environment or the file system; callers pass `env` so tests can pin it.
 */

/** SHA-256 of a file's bytes, lower-case hex, read as a stream (the file may be gigabytes). */
export async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** The code a run built from. */
export interface CodeVersion {
  /** Full commit SHA, when known. */
  commit?: string
  /** True when tracked files differed from the commit (only known from a git checkout). */
  dirty?: boolean
  /** `GITHUB_REF` in Actions, else the checked-out branch. */
  ref?: string
  /** `owner/repo` in Actions. */
  repository?: string
}

/**
 * The commit of the working tree at `cwd` (`git rev-parse HEAD`, plus whether tracked files were
 * modified), falling back to GITHUB_SHA when `cwd` is not a git checkout (e.g. a workflow that
 * skipped actions/checkout). A machine without git simply records no commit.
 */
export function codeVersion(cwd: string, env: NodeJS.ProcessEnv = process.env): CodeVersion {
  const version: CodeVersion = {}
  const head = git(['rev-parse', 'HEAD'], cwd)
  if (head !== undefined && /^[0-9a-f]{40,64}$/.test(head)) {
    version.commit = head
    const status = git(['status', '--porcelain', '--untracked-files=no'], cwd)
    if (status !== undefined) version.dirty = status !== ''
  } else if (nonEmpty(env.GITHUB_SHA)) {
    version.commit = env.GITHUB_SHA
  }
  if (nonEmpty(env.GITHUB_REF)) version.ref = env.GITHUB_REF
  else if (version.commit !== undefined && head !== undefined) {
    const branch = git(['rev-parse', '--abbrev-ref', 'HEAD'], cwd)
    if (branch !== undefined && branch !== 'HEAD') version.ref = branch
  }
  if (nonEmpty(env.GITHUB_REPOSITORY)) version.repository = env.GITHUB_REPOSITORY
  return version
}

function git(args: string[], cwd: string): string | undefined {
  try {
    const result = spawnSync('git', args, {
      cwd,
      encoding: 'utf8',
      timeout: 10_000,
      stdio: ['ignore', 'pipe', 'ignore']
    })
    return result.status === 0 ? result.stdout.trim() : undefined
  } catch {
    return undefined
  }
}

/** The software and machine a run used. */
export interface RuntimeEnvironment {
  tollgate: string
  /** `process.version`, e.g. `v24.1.0`. */
  node: string
  os: { platform: string; release: string; arch: string }
  /** The Actions runner, when running in a workflow (RUNNER_NAME, RUNNER_OS, ...). */
  runner?: { name?: string; os?: string; arch?: string; environment?: string }
}

export function runtimeEnvironment(env: NodeJS.ProcessEnv = process.env): RuntimeEnvironment {
  const runtime: RuntimeEnvironment = {
    tollgate: TOLLGATE_VERSION,
    node: process.version,
    os: { platform: platform(), release: release(), arch: arch() }
  }
  if (env.GITHUB_ACTIONS === 'true') {
    const runner: NonNullable<RuntimeEnvironment['runner']> = {}
    if (nonEmpty(env.RUNNER_NAME)) runner.name = env.RUNNER_NAME
    if (nonEmpty(env.RUNNER_OS)) runner.os = env.RUNNER_OS
    if (nonEmpty(env.RUNNER_ARCH)) runner.arch = env.RUNNER_ARCH
    if (nonEmpty(env.RUNNER_ENVIRONMENT)) runner.environment = env.RUNNER_ENVIRONMENT
    runtime.runner = runner
  }
  return runtime
}

/** The workflow run as the registry records it, or undefined outside GitHub Actions. */
export interface WorkflowRunInfo {
  run: RunIdentity
  actor?: string
  repository?: string
  serverUrl: string
}

/**
 * The surrounding workflow run (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT, GITHUB_JOB), which makes a
 * re-run of the same attempt write the same registry entry instead of a second one. Undefined on
 * a laptop: there every invocation is its own run, so two `tollgate register` calls give two
 * versions.
 */
export function workflowRun(env: NodeJS.ProcessEnv = process.env): WorkflowRunInfo | undefined {
  if (!nonEmpty(env.GITHUB_RUN_ID)) return undefined
  const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1')
  const run: RunIdentity = {
    id: env.GITHUB_RUN_ID,
    attempt: Number.isSafeInteger(attempt) && attempt >= 1 ? attempt : 1
  }
  if (nonEmpty(env.GITHUB_JOB)) run.job = env.GITHUB_JOB
  if (nonEmpty(env.GITHUB_WORKFLOW)) run.workflow = env.GITHUB_WORKFLOW
  return {
    run,
    ...(nonEmpty(env.GITHUB_ACTOR) ? { actor: env.GITHUB_ACTOR } : {}),
    ...(nonEmpty(env.GITHUB_REPOSITORY) ? { repository: env.GITHUB_REPOSITORY } : {}),
    serverUrl: nonEmpty(env.GITHUB_SERVER_URL) ? env.GITHUB_SERVER_URL : 'https://github.com'
  }
}

/**
 * The identity of the emitting software for OpenLineage's `producer`: the action's repository
 * and ref when GitHub says which ones are running (GITHUB_ACTION_REPOSITORY/REF), else a URN with
 * Tollgate's version.
 */
export function lineageProducer(env: NodeJS.ProcessEnv = process.env): string {
  if (nonEmpty(env.GITHUB_ACTION_REPOSITORY)) {
    const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '')
    const ref = nonEmpty(env.GITHUB_ACTION_REF) ? env.GITHUB_ACTION_REF : `v${TOLLGATE_VERSION}`
    return `${server}/${env.GITHUB_ACTION_REPOSITORY}/tree/${ref}`
  }
  return `urn:tollgate:v${TOLLGATE_VERSION}`
}

/**
 * The lineage context of one execution of `action`: in a workflow, job namespace
 * `github://owner/repo` and the run id, attempt and job of the workflow (so a re-run of the same
 * attempt produces the same OpenLineage run id); on a laptop, namespace `local` and a fresh id per
 * invocation.
 */
export function lineageContextFor(
  action: string,
  options: { env?: NodeJS.ProcessEnv; commit?: string } = {}
): LineageRunContext {
  const env = options.env ?? process.env
  const run = workflowRun(env)
  const context: LineageRunContext = {
    // Short enough to read in a lineage graph; 32 random bits keep local runs apart.
    workflowRunId: run?.run.id ?? `local-${randomUUID().slice(0, 8)}`,
    attempt: run?.run.attempt ?? 1,
    job: run?.run.job ?? '',
    action,
    producer: lineageProducer(env),
    namespace: run?.repository === undefined ? 'local' : `github://${run.repository}`
  }
  if (run?.run.workflow !== undefined) context.workflow = run.run.workflow
  if (run?.repository !== undefined) {
    context.repository = run.repository
    context.serverUrl = run.serverUrl
  }
  if (options.commit !== undefined) context.commit = options.commit
  return context
}

function nonEmpty(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== ''
}

/**
 * Who is acting, for the registry's audit trail: the workflow's GITHUB_ACTOR in Actions, the
 * operating-system user on a laptop.
 */
export function actorName(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const run = workflowRun(env)
  if (run?.actor !== undefined) return run.actor
  try {
    const name = userInfo().username
    return name === '' ? undefined : name
  } catch {
    return undefined
  }
}
