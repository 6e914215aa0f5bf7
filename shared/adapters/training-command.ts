import { spawn } from 'node:child_process'

/**
 * Runs a user's training command (train's `command` mode): any program — `python train.py`,
 * `Rscript fit.R`, `node train.mjs` — started through the platform shell, as a workflow `run:`
 * step would be, with Tollgate's documented TOLLGATE_* variables added to the environment.
 * Tollgate tracks; the user's code trains. Output is streamed as it comes (training can take
 * hours and the log is how a person follows it); the last lines are kept for the error message
 * when the command fails.
 */

export interface TrainingCommandRequest {
  /** The command line, run by /bin/sh -c (cmd.exe on Windows). */
  command: string
  /** Working directory of the command. */
  cwd: string
  /** Variables added to (and overriding) this process's environment. */
  env: Readonly<Record<string, string>>
  /** Where the command's output goes; default: this process's stdout and stderr. */
  output?: CommandOutputSink
}

export interface CommandOutputSink {
  stdout(chunk: string): void
  stderr(chunk: string): void
}

export interface TrainingCommandResult {
  /** The exit code, or null when the command was ended by a signal. */
  exitCode: number | null
  signal: NodeJS.Signals | null
  /** Wall-clock time from start to exit, in milliseconds. */
  durationMs: number
  /** The last lines the command wrote to stderr (at most TAIL_LINES). */
  stderrTail: string[]
}

/** Lines of stderr kept for the failure message. */
export const TAIL_LINES = 20

const processOutput: CommandOutputSink = {
  stdout: (chunk) => process.stdout.write(chunk),
  stderr: (chunk) => process.stderr.write(chunk)
}

/**
 * Runs the command to completion. Rejects only when it cannot be started at all (e.g. the
 * working directory does not exist); a command that runs and fails resolves with its exit code,
 * so the caller can say what happened in the user's terms.
 */
export function runTrainingCommand(
  request: TrainingCommandRequest
): Promise<TrainingCommandResult> {
  const output = request.output ?? processOutput
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(request.command, {
      cwd: request.cwd,
      env: { ...commandEnvironment(process.env), ...request.env },
      shell: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true
    })
    const tail = new LineTail(TAIL_LINES)
    child.stdout.setEncoding('utf8')
    child.stderr.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => output.stdout(chunk))
    child.stderr.on('data', (chunk: string) => {
      tail.add(chunk)
      output.stderr(chunk)
    })
    child.on('error', reject)
    child.on('close', (exitCode, signal) => {
      resolve({
        exitCode,
        signal,
        durationMs: Math.round(performance.now() - started),
        stderrTail: tail.lines()
      })
    })
  })
}

/**
 * This process's environment as a workflow `run:` step would see it: without the action's own
 * inputs (INPUT_*, which would confuse an action the command starts) and without the runtime
 * credentials the runner gives only to actions (artifact/cache and OIDC token requests).
 */
export function commandEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const result: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(env)) {
    if (name.startsWith('INPUT_') || ACTION_ONLY_VARIABLES.includes(name)) continue
    result[name] = value
  }
  return result
}

const ACTION_ONLY_VARIABLES = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL'
]

/** The last `limit` complete or partial lines of a text stream. */
class LineTail {
  private kept: string[] = []
  private partial = ''

  constructor(private readonly limit: number) {}

  add(chunk: string): void {
    const parts = (this.partial + chunk).split(/\r?\n/)
    this.partial = parts.pop() ?? ''
    this.kept.push(...parts)
    if (this.kept.length > this.limit) this.kept = this.kept.slice(-this.limit)
  }

  lines(): string[] {
    const all = this.partial === '' ? this.kept : [...this.kept, this.partial]
    return all.filter((line) => line.trim() !== '').slice(-this.limit)
  }
}
