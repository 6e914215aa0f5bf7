import { readFileSync } from 'node:fs'

/** The parts of the workflow run that actions use, read from the runner's environment. */
export interface WorkflowContext {
  eventName: string
  /** The webhook payload from GITHUB_EVENT_PATH ({} when absent). */
  payload: Record<string, unknown>
  /** PR number for pull_request(_target) events and for issue_comment on a PR. */
  pullRequestNumber?: number
  sha: string
  runId: string
  runAttempt: string
  workflow: string
  job: string
  actor: string
  serverUrl: string
  repository: string
}

export function readWorkflowContext(env: NodeJS.ProcessEnv = process.env): WorkflowContext {
  let payload: Record<string, unknown> = {}
  const path = env.GITHUB_EVENT_PATH
  if (path !== undefined && path !== '') {
    try {
      payload = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
    } catch {
      payload = {}
    }
  }
  const pullRequest = payload.pull_request as { number?: number } | undefined
  const issue = payload.issue as { number?: number; pull_request?: unknown } | undefined
  const pullRequestNumber =
    pullRequest?.number ?? (issue?.pull_request !== undefined ? issue.number : undefined)
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    pullRequestNumber,
    sha: env.GITHUB_SHA ?? '',
    runId: env.GITHUB_RUN_ID ?? 'local',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    workflow: env.GITHUB_WORKFLOW ?? '',
    job: env.GITHUB_JOB ?? '',
    actor: env.GITHUB_ACTOR ?? '',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    repository: env.GITHUB_REPOSITORY ?? ''
  }
}

/** URL of the workflow run's page, for links in comments and issues. */
export function runUrl(context: WorkflowContext): string | undefined {
  if (context.repository === '' || context.runId === 'local') return undefined
  return `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}`
}
