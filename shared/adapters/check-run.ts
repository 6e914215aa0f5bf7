import type { GitHubClient, RepositoryRef } from './github-client.js'

/** GitHub's limit on a check run's output summary and text, in characters. */
export const CHECK_OUTPUT_LIMIT = 65535
/** A check run title longer than this is cut (GitHub shows one line). */
const TITLE_LIMIT = 250

export type CheckConclusion = 'success' | 'failure' | 'neutral'

export interface CheckRunRequest {
  name: string
  /** The commit the verdict is about: the PR head, else GITHUB_SHA. */
  headSha: string
  conclusion: CheckConclusion
  title: string
  /** Markdown. */
  summary: string
  /** Markdown with details; optional. */
  text?: string
  /** Link to the workflow run. */
  detailsUrl?: string
  /** Our own id for the run (e.g. the model version), for integrations that look it up. */
  externalId?: string
  /** ISO-8601. */
  completedAt: string
}

/**
 * Creates a completed check run: the verdict appears on the commit and the pull request as a
 * check of its own, which branch protection can require. Output fields are cut to GitHub's
 * limits at a line boundary (a longer body would be refused with a 422 and lose the verdict).
 */
export async function createCheckRun(
  client: GitHubClient,
  repository: RepositoryRef,
  request: CheckRunRequest
): Promise<{ id: number; url: string }> {
  const { data } = await client.rest.checks.create({
    ...repository,
    name: request.name,
    head_sha: request.headSha,
    status: 'completed',
    conclusion: request.conclusion,
    completed_at: request.completedAt,
    ...(request.detailsUrl === undefined ? {} : { details_url: request.detailsUrl }),
    ...(request.externalId === undefined ? {} : { external_id: request.externalId }),
    output: {
      title:
        request.title.length > TITLE_LIMIT
          ? `${request.title.slice(0, TITLE_LIMIT - 1)}…`
          : request.title,
      summary: fitCheckOutput(request.summary),
      ...(request.text === undefined ? {} : { text: fitCheckOutput(request.text) })
    }
  })
  return { id: data.id, url: data.html_url ?? data.url }
}

/** Cuts markdown to the check-run output limit at a line boundary, with a note. */
export function fitCheckOutput(markdown: string): string {
  if (markdown.length <= CHECK_OUTPUT_LIMIT) return markdown
  const note = '\n\n_… cut to fit the check-run output limit; the JSON report has everything._\n'
  const closing = '\n</details>'
  // Room for the note and for closing a <details> block the cut may leave open.
  const room = CHECK_OUTPUT_LIMIT - note.length - closing.length
  const cut = markdown.lastIndexOf('\n', room)
  let kept = markdown.slice(0, cut > 0 ? cut : room)
  const opened = (kept.match(/^<details>/gm) ?? []).length
  const closed = (kept.match(/^<\/details>/gm) ?? []).length
  if (opened > closed) kept += closing
  return `${kept}${note}`
}
