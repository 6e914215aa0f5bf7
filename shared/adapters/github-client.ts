import * as core from './runner-commands.js'
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { UsageError } from '../errors.js'

export type GitHubClient = ReturnType<typeof getOctokit>

export interface RepositoryRef {
  owner: string
  repo: string
}

/** How often a request is retried after a transient failure (5xx, secondary rate limit). */
const MAX_RETRIES = 4

/**
 * An Octokit for the repository's API (GITHUB_API_URL is honoured, so GitHub Enterprise Server
 * works), with retries for transient 5xx answers and for primary/secondary rate limits that
 * honour `retry-after` (DESIGN.md §8). `@actions/github` routes requests through undici with the
 * runner's proxy settings.
 */
export function createGitHubClient(token: string): GitHubClient {
  if (token.trim() === '')
    throw new UsageError(
      'A GitHub token is required (input `token`, default: the workflow GITHUB_TOKEN).'
    )
  return getOctokit(
    token,
    {
      baseUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
      retry: { retries: MAX_RETRIES, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451] },
      throttle: {
        onRateLimit: rateLimitHandler('GitHub rate limit reached'),
        onSecondaryRateLimit: rateLimitHandler('GitHub secondary rate limit')
      }
    },
    retry,
    throttling
  )
}

/** owner/repo of the workflow run (GITHUB_REPOSITORY). */
export function currentRepository(): RepositoryRef {
  const full = process.env.GITHUB_REPOSITORY ?? ''
  const [owner, repo] = full.split('/')
  if (owner === undefined || repo === undefined || owner === '' || repo === '') {
    throw new UsageError(
      'GITHUB_REPOSITORY is not set (owner/repo); run inside GitHub Actions or set it.'
    )
  }
  return { owner, repo }
}

/** Warns about the wait and retries up to MAX_RETRIES times (plugin-throttling's callback). */
function rateLimitHandler(
  what: string
): (
  retryAfter: number,
  options: { method: string; url: string },
  octokit: unknown,
  retryCount: number
) => boolean {
  return (retryAfter, options, _octokit, retryCount) => {
    core.warning(`${what} for ${options.method} ${options.url}; retrying in ${retryAfter}s.`)
    return retryCount < MAX_RETRIES
  }
}
