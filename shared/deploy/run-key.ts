import type { RunIdentity } from '../registry/registry-state.js'

/**
 * Record keys derived from the run that writes them, so a re-run of the same workflow run and
 * attempt finds its own earlier record instead of writing a second one (DESIGN.md §3), while a
 * new run (or a new attempt) gets a new key.
 */

/** `<run id>-<attempt>[-<job>]`, with characters a record key cannot hold replaced by `_`. */
export function runKey(run: RunIdentity): string {
  const parts = [
    run.id,
    String(run.attempt),
    ...(run.job === undefined || run.job === '' ? [] : [run.job])
  ]
  return parts.map((part) => part.replace(/[^A-Za-z0-9_-]/g, '_')).join('-')
}

/**
 * The run id of a command-line run: `local-`, the UTC time to the millisecond and a random
 * suffix (`local-20250612T093041123Z-3fa9c1`). Sortable by time, and unique per invocation even
 * when TOLLGATE_NOW pins the time (a demo that deploys twice in one pinned second must not look
 * like a re-run of the first deployment).
 */
export function localRunId(
  now: number,
  nonce: string = Math.random().toString(16).slice(2, 8).padEnd(6, '0')
): string {
  return `local-${new Date(now).toISOString().replace(/[-:.]/g, '')}-${nonce}`
}

/** The parts of the workflow context a run identity needs (WorkflowContext has them). */
export interface RunContextFields {
  runId: string
  runAttempt: string
  job: string
  workflow: string
}

/**
 * The identity recorded with gate verdicts, approvals and deployments: GitHub's run id, attempt
 * and job, or a `local-<time>` id for a command-line run (no GITHUB_RUN_ID).
 */
export function runIdentityOf(
  context: RunContextFields,
  now: number,
  url?: string
): RunIdentity & { url?: string } {
  const local = context.runId === '' || context.runId === 'local'
  const attempt = Number(context.runAttempt)
  return {
    id: local ? localRunId(now) : context.runId,
    attempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1,
    ...(context.job === '' ? {} : { job: context.job }),
    ...(context.workflow === '' ? {} : { workflow: context.workflow }),
    ...(url === undefined ? {} : { url })
  }
}
