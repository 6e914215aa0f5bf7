import * as core from './runner-commands.js'
import { errorMessage } from '../errors.js'
import type { GitHubClient, RepositoryRef } from './github-client.js'

/** GitHub's limit on a comment body, in characters. */
export const COMMENT_BODY_LIMIT = 65536

/**
 * Creates or updates THE comment of one action on one PR: the body carries a hidden marker
 * (`<!-- tollgate:<key> -->`) and a later run edits that comment in place instead of adding a new
 * one per push. Returns the comment URL, or undefined when commenting was not possible (e.g. a
 * fork PR with a read-only token): that is a warning, never a failed check.
 */
export async function upsertPullRequestComment(
  client: GitHubClient,
  repository: RepositoryRef,
  issueNumber: number,
  key: string,
  body: string
): Promise<string | undefined> {
  const marker = `<!-- tollgate:${key} -->`
  const fullBody = fitCommentBody(`${marker}\n${body}`)
  try {
    const comments = await client.paginate(client.rest.issues.listComments, {
      ...repository,
      issue_number: issueNumber,
      per_page: 100
    })
    const existing = comments.find((comment) => comment.body?.startsWith(marker) === true)
    if (existing !== undefined) {
      const { data } = await client.rest.issues.updateComment({
        ...repository,
        comment_id: existing.id,
        body: fullBody
      })
      return data.html_url
    }
    const { data } = await client.rest.issues.createComment({
      ...repository,
      issue_number: issueNumber,
      body: fullBody
    })
    return data.html_url
  } catch (error) {
    core.warning(
      `Could not write the pull-request comment (${errorMessage(error)}). The job summary has the full report.`
    )
    return undefined
  }
}

/** Cuts a body to GitHub's limit at a line boundary, with a note where it was cut. */
export function fitCommentBody(body: string): string {
  if (body.length <= COMMENT_BODY_LIMIT) return body
  const note =
    '\n\n_… cut to fit GitHub’s comment size limit; the job summary and the JSON report have everything._\n'
  const room = COMMENT_BODY_LIMIT - note.length
  const cut = body.lastIndexOf('\n', room)
  // An unclosed code fence would swallow the note: close it.
  let kept = body.slice(0, cut > 0 ? cut : room)
  if ((kept.match(/^```/gm) ?? []).length % 2 === 1) kept += '\n```'
  return `${kept}${note}`
}
