/** What a fake GitHub handler answers, and the error shapes GitHub uses. */

/** One HTTP answer. `raw` bodies (blob downloads) bypass JSON encoding and schema validation. */
export interface FakeResponse {
  status: number
  body?: unknown
  headers?: Record<string, string>
  raw?: Buffer
}

/** One item of GitHub's `errors` array (the `validation-error` schema). */
export interface ValidationErrorItem {
  resource?: string
  field?: string
  code: string
  message?: string
  [extra: string]: unknown
}

export const DOCUMENTATION_URL = 'https://docs.github.com/rest'

/**
 * A GitHub API error raised by the fake's state (e.g. a duplicate tag). Handlers let it propagate;
 * the server turns it into GitHub's JSON error body. Tests that seed state directly see it thrown.
 */
export class GitHubApiError extends Error {
  constructor(
    readonly status: number,
    readonly apiMessage: string,
    readonly errors?: ValidationErrorItem[]
  ) {
    super(errors ? `${apiMessage}: ${JSON.stringify(errors)}` : apiMessage)
    this.name = 'GitHubApiError'
  }

  /** The answer GitHub sends: `{ message, documentation_url, status, errors? }`. */
  toResponse(): FakeResponse {
    return errorResponse(this.status, this.apiMessage, this.errors)
  }
}

/** GitHub's error body. `status` is a string in GitHub's answers since 2023. */
export function errorResponse(
  status: number,
  message: string,
  errors?: ValidationErrorItem[]
): FakeResponse {
  const body: Record<string, unknown> = {
    message,
    documentation_url: DOCUMENTATION_URL,
    status: String(status)
  }
  if (errors) body.errors = errors
  return { status, body }
}

/** 422 "Validation Failed" with one error item, the shape of every uniqueness conflict. */
export function validationFailed(item: ValidationErrorItem): GitHubApiError {
  return new GitHubApiError(422, 'Validation Failed', [item])
}

export function notFound(): GitHubApiError {
  return new GitHubApiError(404, 'Not Found')
}

/** Query parameters as openapi-backend hands them over (already type-coerced). */
export type QueryValues = Record<string, unknown>

/**
 * GitHub's page-number pagination: `per_page` (default 30, max 100) and `page` (1-based), with a
 * `Link` header carrying `next`/`last`/`first`/`prev` like api.github.com, so `octokit.paginate`
 * walks the pages.
 */
export function paginate<T>(
  items: readonly T[],
  query: QueryValues,
  requestUrl: URL
): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, Math.max(1, Number(query.per_page ?? 30) || 30))
  const pageNumber = Math.max(1, Number(query.page ?? 1) || 1)
  const lastPage = Math.max(1, Math.ceil(items.length / perPage))
  const start = (pageNumber - 1) * perPage
  const page = items.slice(start, start + perPage)
  const link = (n: number, rel: string): string => {
    const url = new URL(requestUrl)
    url.searchParams.set('per_page', String(perPage))
    url.searchParams.set('page', String(n))
    return `<${url.toString()}>; rel="${rel}"`
  }
  const links: string[] = []
  if (pageNumber > 1) links.push(link(pageNumber - 1, 'prev'))
  if (pageNumber < lastPage) links.push(link(pageNumber + 1, 'next'), link(lastPage, 'last'))
  if (pageNumber > 1) links.push(link(1, 'first'))
  return { page, headers: links.length > 0 ? { link: links.join(', ') } : {} }
}
