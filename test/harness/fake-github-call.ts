/** What an operation handler of the fake GitHub receives besides openapi-backend's context. */
import type { IncomingHttpHeaders } from 'node:http'
import type { Context } from 'openapi-backend'
import type { RenderContext } from './fake-github-json.js'
import type { FakeResponse } from './fake-github-responses.js'
import type { FakeGitHubState } from './fake-github-state.js'
import type { FakeRepository } from './fake-repository.js'

export interface FakeCall {
  /** Login of the user the request's token belongs to. */
  readonly actor: string
  /** The request body as received (release-asset uploads are raw bytes). */
  readonly rawBody: Buffer
  readonly headers: IncomingHttpHeaders
  /** Full request URL on the fake (for pagination links). */
  readonly requestUrl: URL
  /** The fake's origin, e.g. `http://127.0.0.1:40123`. */
  readonly api: string
  readonly world: FakeGitHubState
  /** How `Accept: application/octet-stream` asset downloads answer (both are allowed by GitHub). */
  readonly assetDownload: 'redirect' | 'stream'
  /** The repository named by the `{owner}/{repo}` path parameters (404 when unknown). */
  repository(): FakeRepository
  render(): RenderContext
}

export type OperationHandler = (c: Context, call: FakeCall) => FakeResponse | Promise<FakeResponse>

export function pathString(c: Context, name: string): string {
  const value = (c.request.params as Record<string, unknown>)[name]
  if (typeof value !== 'string') throw new Error(`fake-github: missing path parameter ${name}`)
  return value
}

/** Integer path parameters (ids, numbers); openapi-backend leaves them as strings. */
export function pathInt(c: Context, name: string): number {
  return Number.parseInt(pathString(c, name), 10)
}

export function queryOf(c: Context): Record<string, unknown> {
  return (c.request.query ?? {}) as Record<string, unknown>
}

/** A scalar as text (query values, JSON fields); undefined for absent or structured values. */
export function scalarText(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : undefined
}

/** Optional string query parameter. */
export function queryString(c: Context, name: string): string | undefined {
  return scalarText(queryOf(c)[name])
}

/** The JSON request body, already validated against the operation's schema. */
export function bodyOf<T>(c: Context): T {
  return (c.request.requestBody ?? {}) as T
}

export function json(
  status: number,
  body: unknown,
  headers?: Record<string, string>
): FakeResponse {
  return headers ? { status, body, headers } : { status, body }
}

export const NO_CONTENT: FakeResponse = { status: 204 }

/** Label inputs are names or `{ name }` objects. */
export function labelNames(labels: unknown[] | undefined): string[] | undefined {
  if (labels === undefined) return undefined
  return labels
    .map((label) =>
      typeof label === 'string'
        ? label
        : label && typeof label === 'object' && 'name' in label
          ? (scalarText(label.name) ?? '')
          : ''
    )
    .filter((name) => name !== '')
}
