import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'

/**
 * The checks every workflow Tollgate ships (workflows-templates/*.yml and its own
 * .github/workflows/*.yml) must pass besides actionlint: GitHub's security hardening guidance
 * ("Security hardening for GitHub Actions") made testable, plus "uses only what our actions
 * declare".
 *
 * Tollgate's own actions are written `OWNER/REPO/actions/<name>@v1` in templates — a placeholder
 * the user replaces with the repository they take Tollgate from (DESIGN.md §1) — and
 * `./actions/<name>` in this repository's own workflows. Both must name an existing action, give
 * only inputs its action.yml declares, and give every required input without a default.
 * Everything else a workflow uses is third-party and must be pinned to a full commit SHA with the
 * version in a comment (`uses: actions/checkout@<40 hex> # v4.2.2`).
 */

export const OUR_ACTION = /^(?:OWNER\/REPO\/actions\/([a-z-]+)@v1|\.\/actions\/([a-z-]+))$/
const PINNED = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(?:\/[^@\s]+)?@[0-9a-f]{40}$/
/** Contexts an attacker can set; GitHub's list of untrusted input, plus the whole event payload. */
const UNTRUSTED_IN_SCRIPT = /\$\{\{[^}]*\b(?:github\.event\.|github\.head_ref\b)/

/** Write scopes whose runs race on shared state when they overlap. */
const SHARED_STATE = ['all', 'contents', 'deployments', 'issues']

interface Step {
  uses?: string
  run?: string
  with?: Record<string, unknown>
}

interface Job {
  permissions?: unknown
  concurrency?: unknown
  environment?: unknown
  steps?: Step[]
  uses?: string
}

interface Workflow {
  on?: unknown
  permissions?: unknown
  concurrency?: unknown
  jobs?: Record<string, Job>
}

interface ActionInput {
  required?: boolean
  default?: unknown
}

/** The inputs of `actions/<name>/action.yml`, or undefined when there is no such action. */
export function actionInputs(root: string, name: string): Record<string, ActionInput> | undefined {
  const path = join(root, 'actions', name, 'action.yml')
  if (!existsSync(path)) return undefined
  const metadata = parse(readFileSync(path, 'utf8')) as { inputs?: Record<string, ActionInput> }
  return metadata.inputs ?? {}
}

/** The names of the events a workflow runs on. */
export function triggers(workflow: Workflow): string[] {
  const on = workflow.on
  if (typeof on === 'string') return [on]
  if (Array.isArray(on)) return on.map(String)
  if (on !== null && typeof on === 'object') return Object.keys(on)
  return []
}

/** Every problem of one workflow file, as `<job>: <sentence>`; empty when it passes. */
export function workflowProblems(text: string, root: string): string[] {
  const problems: string[] = []
  const workflow = parse(text) as Workflow
  const lines = text.split('\n')
  if (triggers(workflow).includes('pull_request_target')) {
    problems.push('workflow: runs on pull_request_target (privileged, with untrusted code nearby)')
  }
  const jobs = Object.entries(workflow.jobs ?? {})
  if (jobs.length === 0) problems.push('workflow: has no jobs')
  for (const [id, job] of jobs) {
    const where = `job ${id}`
    if (workflow.permissions === undefined && job.permissions === undefined) {
      problems.push(
        `${where}: no permissions block (workflow or job); the token would get defaults`
      )
    }
    const writes = writePermissions(job.permissions ?? workflow.permissions)
    const concurrency = job.concurrency ?? workflow.concurrency
    // Runs that change shared state must not overlap: the store (contents), deployments, issues.
    const shared = writes.filter((scope) => SHARED_STATE.includes(scope))
    if (shared.length > 0 && concurrency === undefined) {
      problems.push(`${where}: writes (${shared.join(', ')}) without a concurrency group`)
    }
    if (
      (writes.includes('deployments') || job.environment !== undefined) &&
      cancelsInProgress(concurrency)
    ) {
      problems.push(`${where}: deploys, so its concurrency group must not cancel a run in progress`)
    }
    if (job.uses !== undefined)
      problems.push(...usesProblems(job.uses, undefined, where, lines, root))
    for (const [index, step] of (job.steps ?? []).entries()) {
      const at = `${where}, step ${index + 1}`
      if (step.run !== undefined && UNTRUSTED_IN_SCRIPT.test(step.run)) {
        problems.push(
          `${at}: puts an untrusted \${{ github.event.* }} value into a shell script; pass it through env`
        )
      }
      if (step.uses !== undefined) problems.push(...usesProblems(step.uses, step, at, lines, root))
    }
  }
  return problems
}

function usesProblems(
  uses: string,
  step: Step | undefined,
  at: string,
  lines: readonly string[],
  root: string
): string[] {
  const ours = OUR_ACTION.exec(uses)
  if (ours !== null) return inputProblems(ours[1] ?? ours[2]!, step?.with ?? {}, at, root)
  if (uses.startsWith('OWNER/REPO/') || uses.startsWith('./')) {
    return [`${at}: ${uses} is not one of Tollgate's actions (OWNER/REPO/actions/<name>@v1)`]
  }
  if (uses.startsWith('docker://')) {
    return /@sha256:[0-9a-f]{64}$/.test(uses) ? [] : [`${at}: ${uses} is not pinned to a digest`]
  }
  if (!PINNED.test(uses)) return [`${at}: ${uses} is not pinned to a full commit SHA`]
  const line = lines.find((candidate) => candidate.includes(`uses: ${uses}`))
  if (line === undefined || !/#\s*v\d+(\.\d+)*\s*$/.test(line)) {
    return [`${at}: ${uses} has no "# vX.Y.Z" comment saying which version the SHA is`]
  }
  return checkoutProblems(uses, step, at)
}

function inputProblems(
  name: string,
  given: Record<string, unknown>,
  at: string,
  root: string
): string[] {
  const inputs = actionInputs(root, name)
  if (inputs === undefined) return [`${at}: there is no action actions/${name}`]
  const problems: string[] = []
  for (const key of Object.keys(given)) {
    if (!(key in inputs)) problems.push(`${at}: ${name} has no input "${key}"`)
  }
  for (const [key, spec] of Object.entries(inputs)) {
    if (spec.required === true && spec.default === undefined && !(key in given)) {
      problems.push(`${at}: ${name} needs its required input "${key}"`)
    }
  }
  return problems
}

/** actions/checkout must not leave the token in .git/config for later steps (GitHub's advice). */
function checkoutProblems(uses: string, step: Step | undefined, at: string): string[] {
  if (!uses.startsWith('actions/checkout@')) return []
  return step?.with?.['persist-credentials'] === false
    ? []
    : [`${at}: actions/checkout without persist-credentials: false`]
}

function writePermissions(permissions: unknown): string[] {
  if (permissions === 'write-all') return ['all']
  if (permissions === null || typeof permissions !== 'object') return []
  return Object.entries(permissions as Record<string, unknown>)
    .filter(([, level]) => level === 'write')
    .map(([scope]) => scope)
}

function cancelsInProgress(concurrency: unknown): boolean {
  return (
    concurrency !== null &&
    typeof concurrency === 'object' &&
    (concurrency as { 'cancel-in-progress'?: unknown })['cancel-in-progress'] === true
  )
}
