/**
 * The HTTP status and GitHub error body of an Octokit call that is expected to fail, for tests:
 * `expect((await apiRejection(octokit.rest.git.createRef(...))).data.message).toBe('Reference already exists')`.
 * Fails the test if the call succeeds.
 */
import type { ValidationErrorItem } from './fake-github-responses.js'

export interface GitHubErrorBody {
  message: string
  documentation_url?: string
  status?: string
  errors?: ValidationErrorItem[]
}

export interface ApiRejection {
  status: number
  /** Octokit's error message, e.g. `Validation Failed: {"resource":"Release",...}`. */
  message: string
  data: GitHubErrorBody
}

export async function apiRejection(call: Promise<unknown>): Promise<ApiRejection> {
  try {
    await call
  } catch (error) {
    const e = error as { status?: number; message?: string; response?: { data?: unknown } }
    return {
      status: e.status ?? 0,
      message: e.message ?? String(error),
      data: (e.response?.data ?? { message: '' }) as GitHubErrorBody
    }
  }
  throw new Error('expected the GitHub API call to fail, but it succeeded')
}
