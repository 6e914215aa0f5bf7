/**
 * Webhook payloads shaped like GitHub's (test/fixtures/events/<name>.json), for `runAction`'s
 * `event` and for @actions/github's `context`. They all describe octo-org/models, the fake
 * GitHub's default repository. Each call returns a fresh copy a test may edit.
 */
import { readFileSync } from 'node:fs'
import { fixturePath } from '../helpers/paths.js'

export type EventName =
  | 'pull_request'
  | 'push'
  | 'schedule'
  | 'workflow_dispatch'
  | 'issue_comment'
  | 'repository_dispatch'

export function eventPayload(name: EventName): Record<string, unknown> {
  return JSON.parse(readFileSync(fixturePath('events', `${name}.json`), 'utf8')) as Record<
    string,
    unknown
  >
}

/** `{ name, payload }` for runAction, with the payload optionally edited. */
export function githubEvent(
  name: EventName,
  edit: (payload: Record<string, unknown>) => void = () => undefined
): { name: EventName; payload: Record<string, unknown> } {
  const payload = eventPayload(name)
  edit(payload)
  return { name, payload }
}

interface PullRequestSide {
  ref: string
  sha: string
  label: string
  user: { login: string }
}

type PullRequestPayload = Record<string, unknown> & {
  number: number
  head: PullRequestSide
  base: PullRequestSide
}

/**
 * The `pull_request` fixture renumbered and re-pointed, keeping its copies of the number and
 * refs consistent (`number`, `pull_request.number`, its URLs, `head`, `base`). Pass what the fake
 * GitHub seeded: `pullRequestEvent({ number: pr.number, headRef: pr.pull.headRef, ... })`.
 */
export function pullRequestEvent(pull: {
  number: number
  headRef?: string
  headSha?: string
  baseRef?: string
  baseSha?: string
  action?: string
}): { name: EventName; payload: Record<string, unknown> } {
  return githubEvent('pull_request', (payload) => {
    const pr = payload.pull_request as PullRequestPayload
    const old = String(pr.number)
    payload.number = pull.number
    if (pull.action) payload.action = pull.action
    pr.number = pull.number
    for (const key of [
      'url',
      'html_url',
      'diff_url',
      'patch_url',
      'issue_url',
      'comments_url',
      'commits_url',
      'review_comments_url'
    ])
      pr[key] = String(pr[key]).replace(`/${old}`, `/${pull.number}`)
    if (pull.headRef) {
      pr.head.ref = pull.headRef
      pr.head.label = `${pr.head.user.login}:${pull.headRef}`
    }
    if (pull.headSha) pr.head.sha = pull.headSha
    if (pull.baseRef) {
      pr.base.ref = pull.baseRef
      pr.base.label = `${pr.base.user.login}:${pull.baseRef}`
    }
    if (pull.baseSha) pr.base.sha = pull.baseSha
  })
}
