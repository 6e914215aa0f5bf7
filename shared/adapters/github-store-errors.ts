import { UsageError, errorMessage } from '../errors.js'

/**
 * Reading GitHub's error answers as Octokit reports them (a RequestError with `status` and the
 * parsed `response.data`). Duck-typed so this module needs no Octokit import: the store decides
 * on status and on the `errors[].code` of a 422 (`already_exists` is GitHub's "this name is
 * taken", the compare-and-swap signal the store is built on).
 */

interface ApiErrorShape {
  status?: unknown
  response?: { data?: unknown }
}

/** The HTTP status of a failed request, or undefined for anything else (a network failure). */
export function statusOf(error: unknown): number | undefined {
  const status = (error as ApiErrorShape | null)?.status
  return typeof status === 'number' ? status : undefined
}

/** GitHub's `message` of a failed request ('' when there is none). */
export function apiMessageOf(error: unknown): string {
  const data = (error as ApiErrorShape | null)?.response?.data
  if (typeof data === 'object' && data !== null && 'message' in data) {
    const message = (data as { message?: unknown }).message
    if (typeof message === 'string') return message
  }
  return ''
}

/** The `errors[].code` values of a 422 Validation Failed answer. */
export function validationCodesOf(error: unknown): string[] {
  const data = (error as ApiErrorShape | null)?.response?.data
  if (typeof data !== 'object' || data === null || !('errors' in data)) return []
  const errors = (data as { errors?: unknown }).errors
  if (!Array.isArray(errors)) return []
  return errors
    .map((item: unknown) =>
      typeof item === 'object' && item !== null && 'code' in item ? String(item.code) : ''
    )
    .filter((code) => code !== '')
}

export function isNotFound(error: unknown): boolean {
  return statusOf(error) === 404
}

/** A 422 whose errors say the name (asset name, release tag) is already taken. */
export function isAlreadyExists(error: unknown): boolean {
  return statusOf(error) === 422 && validationCodesOf(error).includes('already_exists')
}

/** git/create-ref's 422 for an existing ref: the lost race of a claim. */
export function isReferenceExists(error: unknown): boolean {
  return statusOf(error) === 422 && /reference already exists/i.test(apiMessageOf(error))
}

/**
 * Turns "the token may not do this" answers into a UsageError that says how to fix the workflow;
 * everything else is returned unchanged. `doing` describes the request ("create tag x in o/r").
 */
export function explainAccessError(error: unknown, doing: string): unknown {
  const status = statusOf(error)
  const message = apiMessageOf(error) || errorMessage(error)
  if (status === 401) {
    return new UsageError(
      `GitHub refused the token while trying to ${doing} (401 ${message}); pass a valid token.`
    )
  }
  if (status === 403 && !/rate limit/i.test(message)) {
    return new UsageError(
      `GitHub did not allow the token to ${doing} (403 ${message}). The default GITHUB_TOKEN ` +
        'needs `permissions: contents: write` in the workflow; a fork pull request only gets a ' +
        'read-only token.'
    )
  }
  return error
}
