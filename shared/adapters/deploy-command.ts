import { spawn } from 'node:child_process'
import { copyFileSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs'
import { isAbsolute, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { UsageError } from '../errors.js'

/**
 * The deploy step itself: the user's command, or the built-in target that copies the model files
 * into a directory. Both report how they ended instead of throwing, because a failed step is an
 * outcome deploy acts on (roll back), not an error.
 *
 * The command runs in a shell (`sh -c` on Linux and macOS, `cmd /c` on Windows) in the working
 * directory, with the step's environment plus:
 *
 * | variable | value |
 * |---|---|
 * | `TOLLGATE_MODEL` | model name, e.g. `churn` |
 * | `TOLLGATE_VERSION` | version being deployed, e.g. `v0.0.3` |
 * | `TOLLGATE_ENVIRONMENT` | target environment, e.g. `production` |
 * | `TOLLGATE_MODEL_DIR` | directory holding the version's files (model.json, metrics.json, …) |
 * | `TOLLGATE_PREVIOUS_VERSION` | version the environment held before (empty if none) |
 * | `TOLLGATE_DEPLOYMENT_KIND` | `deploy`, or `rollback` when putting the previous version back |
 * | `TOLLGATE_DEPLOYMENT_ID` | id of the GitHub Deployment (empty locally) |
 *
 * Exit code 0 is success; anything else, or running past the timeout, is a failure.
 */

export interface DeployStepInput {
  model: string
  version: string
  environment: string
  modelDir: string
  previousVersion: string | null
  kind: 'deploy' | 'rollback'
  deploymentId?: number
}

export interface DeployStepOutcome {
  ok: boolean
  kind: 'command' | 'copy' | 'none'
  exitCode?: number | null
  detail: string
}

/** The last bytes of output kept for the report when a command fails. */
const OUTPUT_TAIL_BYTES = 2000

/** The environment variables a deploy command sees. */
export function deployCommandEnvironment(input: DeployStepInput): Record<string, string> {
  return {
    TOLLGATE_MODEL: input.model,
    TOLLGATE_VERSION: input.version,
    TOLLGATE_ENVIRONMENT: input.environment,
    TOLLGATE_MODEL_DIR: input.modelDir,
    TOLLGATE_PREVIOUS_VERSION: input.previousVersion ?? '',
    TOLLGATE_DEPLOYMENT_KIND: input.kind,
    TOLLGATE_DEPLOYMENT_ID: input.deploymentId === undefined ? '' : String(input.deploymentId)
  }
}

/**
 * Runs the command; its output is passed through to the log line by line (`echo` to stdout), and
 * the tail is kept for the report.
 */
export async function runDeployCommand(
  command: string,
  input: DeployStepInput,
  options: { cwd: string; timeoutMs: number; echo: (text: string) => void }
): Promise<DeployStepOutcome> {
  return new Promise((done) => {
    const child = spawn(command, {
      cwd: options.cwd,
      shell: true,
      env: { ...process.env, ...deployCommandEnvironment(input) },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let tail = ''
    const keep = (chunk: Buffer) => {
      const text = chunk.toString('utf8')
      options.echo(text)
      tail = (tail + text).slice(-OUTPUT_TAIL_BYTES)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGTERM')
      setTimeout(() => child.kill('SIGKILL'), 5000).unref()
    }, options.timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      done({
        ok: false,
        kind: 'command',
        exitCode: null,
        detail: `the command could not start: ${error.message}`
      })
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      const last = tail.trim().split(/\r?\n/).slice(-3).join(' | ')
      if (timedOut) {
        done({
          ok: false,
          kind: 'command',
          exitCode: null,
          detail: `the command ran longer than ${Math.round(options.timeoutMs / 1000)}s and was stopped`
        })
      } else if (code === 0) {
        done({ ok: true, kind: 'command', exitCode: 0, detail: `the command exited with 0` })
      } else {
        done({
          ok: false,
          kind: 'command',
          exitCode: code,
          detail: `the command ${code === null ? `was killed (${signal})` : `exited with ${code}`}${last === '' ? '' : `: ${last}`}`
        })
      }
    })
  })
}

/**
 * The built-in target: copies every file of the model directory into `target` (a directory path,
 * relative to `cwd`, or a file:// URL), creating it. Each file is written beside its final name
 * and renamed into place, so a reader never sees half a file.
 */
export function copyModelFiles(modelDir: string, target: string, cwd: string): DeployStepOutcome {
  let destination: string
  try {
    destination = targetDirectory(target, cwd)
  } catch (error) {
    return { ok: false, kind: 'copy', detail: (error as Error).message }
  }
  try {
    mkdirSync(destination, { recursive: true })
    const names = readdirSync(modelDir).filter((name) => statSync(join(modelDir, name)).isFile())
    for (const name of names) {
      const temporary = join(destination, `.${name}.${process.pid}.tmp`)
      copyFileSync(join(modelDir, name), temporary)
      renameSync(temporary, join(destination, name))
    }
    return { ok: true, kind: 'copy', detail: `copied ${names.length} file(s) to ${destination}` }
  } catch (error) {
    return {
      ok: false,
      kind: 'copy',
      detail: `copying the model files to ${destination} failed: ${(error as Error).message}`
    }
  }
}

function targetDirectory(target: string, cwd: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
    if (!target.startsWith('file://')) {
      throw new UsageError(
        `target ${JSON.stringify(target)}: only directory paths and file:// URLs are built in; deploy elsewhere with a command`
      )
    }
    return fileURLToPath(target)
  }
  return isAbsolute(target) ? target : resolve(cwd, target)
}
