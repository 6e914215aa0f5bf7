/**
 * A mini GitHub Actions runner for tests: runs a committed bundle (`actions/dist/<action>.js`,
 * resolved through the action's action.yml `runs.main`) in a child process with the environment
 * the runner gives a node action step, then reads the step's file commands and workflow commands
 * the way the runner does (runner-file-commands.ts, workflow-commands.ts).
 */
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'
import { repoRoot } from '../helpers/paths.js'
import { eventPayload } from './event-fixtures.js'
import { fakeRuntimeToken } from './fake-actions-runtime.js'
import {
  processKeyValueFile,
  processPathFile,
  stepSummarySizeError
} from './runner-file-commands.js'
import { annotationsOf, parseWorkflowCommands } from './workflow-commands.js'
import type { Annotation, WorkflowCommand } from './workflow-commands.js'

export interface RunActionOptions {
  /**
   * Action folder name under actions/, e.g. `validate-data`: its action.yml gives the script
   * (`runs.main`) and the input defaults.
   */
  action?: string
  /** An action folder anywhere (absolute path), for fixtures; like `action` otherwise. */
  actionDir?: string
  /** Run this script instead of the action's bundle (the harness's own tests use it). */
  script?: string
  /** `with:` values; numbers and booleans are passed as strings, like YAML scalars. */
  inputs?: Record<string, string | number | boolean>
  /** The triggering event (default: the `push` fixture). */
  event?: { name: string; payload: Record<string, unknown> }
  /** Extra environment (step `env:`), applied last. */
  env?: Record<string, string>
  /** GITHUB_WORKSPACE and the working directory (default: an empty per-run folder). */
  cwd?: string
  /** GITHUB_API_URL, e.g. the fake GitHub's `url` (default https://api.github.com). */
  githubApiUrl?: string
  /** A fake Actions runtime (anything with `env()`), or just its URL. */
  runtime?: { env(): Record<string, string> }
  runtimeUrl?: string
  /** The value `${{ github.token }}` input defaults become (default `ghs_fake_token`). */
  token?: string
  /** GITHUB_REPOSITORY (default: the payload's repository, else octo-org/models). */
  repository?: string
  /** GITHUB_SHA (default: from the payload). Pass the fake repository's `headSha` to match it. */
  sha?: string
  /** GITHUB_REF (default: from the event, as the runner derives it). */
  ref?: string
  /** GITHUB_ACTOR (default: the payload's sender, else octocat). */
  actor?: string
  /** Kill the step after this long (default 60 s). */
  timeoutMs?: number
}

export interface RunActionResult {
  exitCode: number | null
  signal: NodeJS.Signals | null
  timedOut: boolean
  /** `failure` when the process failed or a file command did not parse, as the runner decides. */
  conclusion: 'success' | 'failure'
  stdout: string
  stderr: string
  /** Parsed GITHUB_OUTPUT (pairs before a parse error are kept, as in the runner). */
  outputs: Record<string, string>
  /** Parsed GITHUB_ENV. */
  env: Record<string, string>
  /** Parsed GITHUB_STATE (becomes STATE_<name> for a post step). */
  state: Record<string, string>
  /** GITHUB_PATH entries, most recent first. */
  path: string[]
  /** GITHUB_STEP_SUMMARY as written. */
  summary: string
  /** The runner's error when the summary is over 1 MiB (it is then not uploaded). */
  summaryError?: string
  /** The runner's errors for unparsable file commands (each fails the step). */
  fileCommandErrors: string[]
  /** Error/warning/notice workflow commands from stdout and stderr. */
  annotations: Annotation[]
  /** Warnings the runner itself adds (unexpected inputs, blocked GITHUB_ENV names). */
  runnerWarnings: string[]
  /** Every registered workflow command seen (debug, add-mask, group, …). */
  commands: WorkflowCommand[]
  durationMs: number
  /** The per-run folder (RUNNER_TEMP is `<runDir>/_temp`); removed by `removeRunDirectories`. */
  runDir: string
  runnerTemp: string
  workspace: string
}

interface ActionMetadata {
  inputs?: Record<string, { default?: string | number | boolean }>
  runs: { using: string; main: string }
}

const runDirectories: string[] = []

/** Deletes every per-run folder `runAction` created in this process (call it in afterAll). */
export function removeRunDirectories(): void {
  for (const dir of runDirectories.splice(0)) rmSync(dir, { recursive: true, force: true })
}

/** The runner's input variable name: spaces become `_`, upper-cased, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/** A string or number at `path` in the payload, as text; `fallback` for anything else. */
function textAt(root: unknown, path: string[], fallback: string): string {
  const value = valueAtPath(root, path)
  return typeof value === 'string' || typeof value === 'number' ? String(value) : fallback
}

function valueAtPath(root: unknown, path: string[]): unknown {
  let current = root
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string, unknown>)[key]
  }
  return current
}

/**
 * Evaluates the `${{ … }}` expressions found in action.yml input defaults. Only plain context
 * lookups are supported (`github.token`, `github.repository`, `github.event.x.y`, `runner.temp`,
 * …); anything else throws so a test does not silently run with a wrong default.
 */
function expandDefault(value: string, contexts: Record<string, unknown>): string {
  return value.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_match, expression: string) => {
    if (!/^[A-Za-z_][\w-]*(\.[\w-]+)*$/.test(expression))
      throw new Error(
        `run-action: unsupported expression in an input default: \${{ ${expression} }}`
      )
    const resolved = valueAtPath(contexts, expression.split('.'))
    if (resolved === undefined)
      throw new Error(
        `run-action: unknown context value in an input default: \${{ ${expression} }}`
      )
    return typeof resolved === 'string' ? resolved : JSON.stringify(resolved)
  })
}

interface RefAndSha {
  ref: string
  sha: string
  headRef?: string
  baseRef?: string
}

/** GITHUB_REF / GITHUB_SHA per event, as documented in "Events that trigger workflows". */
function refAndSha(name: string, payload: Record<string, unknown>): RefAndSha {
  const defaultBranch = textAt(payload, ['repository', 'default_branch'], 'main')
  const fallbackSha = textAt(payload, ['after'], 'b3f1c9d2e4a5968778695a4b3c2d1e0f9a8b7c6d')
  if (name === 'pull_request' || name === 'pull_request_target') {
    const number = textAt(payload, ['number'], '1')
    const headSha = textAt(payload, ['pull_request', 'head', 'sha'], fallbackSha)
    const mergeSha = valueAtPath(payload, ['pull_request', 'merge_commit_sha'])
    return {
      ref: name === 'pull_request' ? `refs/pull/${number}/merge` : `refs/heads/${defaultBranch}`,
      sha: typeof mergeSha === 'string' ? mergeSha : headSha,
      headRef: textAt(payload, ['pull_request', 'head', 'ref'], ''),
      baseRef: textAt(payload, ['pull_request', 'base', 'ref'], '')
    }
  }
  if (name === 'push')
    return { ref: textAt(payload, ['ref'], `refs/heads/${defaultBranch}`), sha: fallbackSha }
  if (name === 'workflow_dispatch' && typeof payload.ref === 'string')
    return { ref: payload.ref, sha: fallbackSha }
  return { ref: `refs/heads/${defaultBranch}`, sha: fallbackSha }
}

function readText(path: string): string {
  return existsSync(path) ? readFileSync(path, 'utf8') : ''
}

/** Runs the bundled action like a workflow step would, and reports what the runner would see. */
export async function runAction(options: RunActionOptions): Promise<RunActionResult> {
  if (!options.action && !options.actionDir && !options.script)
    throw new Error('run-action: give an action or a script')
  const actionDir =
    options.actionDir ?? (options.action ? join(repoRoot, 'actions', options.action) : undefined)
  const metadata: ActionMetadata | undefined = actionDir
    ? (parse(readFileSync(join(actionDir, 'action.yml'), 'utf8')) as ActionMetadata)
    : undefined
  const entry =
    options.script ?? resolve(actionDir as string, (metadata as ActionMetadata).runs.main)
  const stepName = options.action ?? 'script'

  const runDir = mkdtempSync(join(tmpdir(), `tollgate-run-${stepName}-`))
  runDirectories.push(runDir)
  const runnerTemp = join(runDir, '_temp')
  const commandsDir = join(runnerTemp, '_runner_file_commands')
  const workflowDir = join(runnerTemp, '_github_workflow')
  const workspace = options.cwd ?? join(runDir, 'workspace')
  for (const dir of [commandsDir, workflowDir, workspace, join(runDir, 'tool-cache')])
    mkdirSync(dir, { recursive: true })

  // One fresh, empty file per file command, named like FileCommandManager.InitializeFiles.
  const suffix = randomUUID()
  const files = {
    GITHUB_PATH: join(commandsDir, `add_path_${suffix}`),
    GITHUB_ENV: join(commandsDir, `set_env_${suffix}`),
    GITHUB_STEP_SUMMARY: join(commandsDir, `step_summary_${suffix}`),
    GITHUB_STATE: join(commandsDir, `save_state_${suffix}`),
    GITHUB_OUTPUT: join(commandsDir, `set_output_${suffix}`)
  }
  for (const file of Object.values(files)) writeFileSync(file, '')

  const event = options.event ?? { name: 'push', payload: eventPayload('push') }
  const eventPath = join(workflowDir, 'event.json')
  writeFileSync(eventPath, JSON.stringify(event.payload, null, 2))

  const derived = refAndSha(event.name, event.payload)
  const ref = options.ref ?? derived.ref
  const sha = options.sha ?? derived.sha
  const repository =
    options.repository ?? textAt(event.payload, ['repository', 'full_name'], 'octo-org/models')
  const [owner = 'octo-org'] = repository.split('/')
  const actor = options.actor ?? textAt(event.payload, ['sender', 'login'], 'octocat')
  const apiUrl = options.githubApiUrl ?? 'https://api.github.com'
  const token = options.token ?? 'ghs_fake_token'
  const refName = ref.replace(/^refs\/(heads|tags|pull)\//, '')

  const runnerEnv: Record<string, string> = {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: stepName,
    GITHUB_ACTOR: actor,
    GITHUB_ACTOR_ID: '583231',
    GITHUB_TRIGGERING_ACTOR: actor,
    GITHUB_API_URL: apiUrl,
    GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_JOB: 'tollgate',
    GITHUB_REF: ref,
    GITHUB_REF_NAME: refName,
    GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_REF_PROTECTED: 'false',
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_ID: '812345678',
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_REPOSITORY_OWNER_ID: '6811672',
    GITHUB_RETENTION_DAYS: '90',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_RUN_ID: '9876543210',
    GITHUB_RUN_NUMBER: '42',
    GITHUB_SHA: sha,
    GITHUB_WORKFLOW: 'Tollgate',
    GITHUB_WORKFLOW_REF: `${repository}/.github/workflows/tollgate.yml@${ref}`,
    GITHUB_WORKFLOW_SHA: sha,
    GITHUB_WORKSPACE: workspace,
    RUNNER_ARCH: 'X64',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_NAME: 'GitHub Actions 1',
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: join(runDir, 'tool-cache'),
    ...files
  }
  if (event.name === 'pull_request' || event.name === 'pull_request_target') {
    runnerEnv.GITHUB_HEAD_REF = derived.headRef ?? ''
    runnerEnv.GITHUB_BASE_REF = derived.baseRef ?? ''
  }
  const runtimeEnv = options.runtime
    ? options.runtime.env()
    : options.runtimeUrl
      ? {
          ACTIONS_RUNTIME_TOKEN: fakeRuntimeToken(),
          ACTIONS_RESULTS_URL: `${options.runtimeUrl.replace(/\/$/, '')}/`,
          ACTIONS_CACHE_SERVICE_V2: 'true'
        }
      : {}
  if (runtimeEnv.ACTIONS_RESULTS_URL) {
    runnerEnv.ACTIONS_RUNTIME_URL = runtimeEnv.ACTIONS_RESULTS_URL
    runnerEnv.ACTIONS_CACHE_URL = runtimeEnv.ACTIONS_RESULTS_URL
  }

  // Inputs: given values, then action.yml defaults (expressions evaluated) for the rest.
  const runnerWarnings: string[] = []
  const declared = metadata?.inputs ?? {}
  const declaredNames = Object.keys(declared)
  const inputEnv: Record<string, string> = {}
  const given = Object.entries(options.inputs ?? {})
  const unexpected = metadata
    ? given
        .map(([name]) => name)
        .filter((name) => !declaredNames.some((d) => d.toLowerCase() === name.toLowerCase()))
    : []
  if (unexpected.length > 0)
    runnerWarnings.push(
      `Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${declaredNames.join("', '")}']`
    )
  const contexts = {
    github: {
      token,
      repository,
      repository_owner: owner,
      sha,
      ref,
      ref_name: refName,
      workspace,
      event_name: event.name,
      event: event.payload,
      actor,
      server_url: 'https://github.com',
      api_url: apiUrl,
      run_id: runnerEnv.GITHUB_RUN_ID,
      run_number: runnerEnv.GITHUB_RUN_NUMBER,
      run_attempt: runnerEnv.GITHUB_RUN_ATTEMPT,
      job: runnerEnv.GITHUB_JOB,
      workflow: runnerEnv.GITHUB_WORKFLOW
    },
    runner: { temp: runnerTemp, os: 'Linux', arch: 'X64' }
  }
  for (const [name, spec] of Object.entries(declared)) {
    if (spec?.default === undefined) continue
    inputEnv[inputVariable(name)] = expandDefault(String(spec.default), contexts)
  }
  for (const [name, value] of given) inputEnv[inputVariable(name)] = String(value)

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? runDir,
    ...runnerEnv,
    ...runtimeEnv,
    ...inputEnv,
    ...options.env
  }

  const started = performance.now()
  const child = spawn(process.execPath, [entry], {
    cwd: workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const stdout: Buffer[] = []
  const stderr: Buffer[] = []
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    child.kill('SIGKILL')
  }, options.timeoutMs ?? 60_000)
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>(
    (resolveExit, rejectExit) => {
      child.on('error', rejectExit)
      child.on('close', (code, sig) => resolveExit([code, sig]))
    }
  )
  clearTimeout(timer)
  const durationMs = performance.now() - started

  // ProcessFiles, in the runner's extension order: path, env, summary, state, output.
  const fileCommandErrors: string[] = []
  const path = processPathFile(readText(files.GITHUB_PATH))
  const envFile = processKeyValueFile('env', readText(files.GITHUB_ENV))
  const summary = readText(files.GITHUB_STEP_SUMMARY)
  const summaryError = stepSummarySizeError(
    existsSync(files.GITHUB_STEP_SUMMARY) ? statSync(files.GITHUB_STEP_SUMMARY).size : 0
  )
  const stateFile = processKeyValueFile('state', readText(files.GITHUB_STATE))
  const outputFile = processKeyValueFile('output', readText(files.GITHUB_OUTPUT))
  for (const result of [envFile, stateFile, outputFile]) fileCommandErrors.push(...result.errors)
  runnerWarnings.push(...envFile.issues)

  const stdoutText = Buffer.concat(stdout).toString('utf8')
  const stderrText = Buffer.concat(stderr).toString('utf8')
  const commands = [
    ...parseWorkflowCommands(stdoutText, 'stdout'),
    ...parseWorkflowCommands(stderrText, 'stderr')
  ]
  const failed = exitCode !== 0 || timedOut || fileCommandErrors.length > 0
  const result: RunActionResult = {
    exitCode,
    signal,
    timedOut,
    conclusion: failed ? 'failure' : 'success',
    stdout: stdoutText,
    stderr: stderrText,
    outputs: outputFile.values,
    env: envFile.values,
    state: stateFile.values,
    path,
    summary,
    fileCommandErrors,
    annotations: annotationsOf(commands),
    runnerWarnings,
    commands,
    durationMs,
    runDir,
    runnerTemp,
    workspace
  }
  if (summaryError) result.summaryError = summaryError
  return result
}
