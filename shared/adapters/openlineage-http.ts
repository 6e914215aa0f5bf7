import { UsageError } from '../errors.js'
import type { RunEvent } from '../lineage/openlineage-event.js'

/**
 * Sends OpenLineage events to a lineage backend (Marquez, or any server implementing the
 * OpenLineage HTTP API) the way OpenLineage's own HTTP transport does: one `POST` per event with
 * the event as the JSON body, to `<base URL>/api/v1/lineage`. Delivery is best effort: lineage
 * is an observer of the pipeline, so the caller turns failures into warnings and never fails a
 * step because the backend is down.
 */

/** The path of the OpenLineage HTTP endpoint (OpenLineage HttpTransport's default `endpoint`). */
export const OPENLINEAGE_ENDPOINT_PATH = '/api/v1/lineage'

/**
 * The URL events are POSTed to. A URL without a path (`http://marquez:5000`, with or without a
 * trailing `/`) is a base URL and gets `/api/v1/lineage` appended; a URL with a path is the full
 * endpoint and is used as given (`https://lineage.example.com/custom/ingest`). Only http and
 * https are accepted, and credentials in the URL are refused (they would show in logs): give an
 * API key through OPENLINEAGE_API_KEY instead.
 */
export function lineageEndpoint(url: string): string {
  let parsed: URL
  try {
    parsed = new URL(url.trim())
  } catch {
    throw new UsageError(
      `lineage-url ${JSON.stringify(url)} is not a URL; give the backend's base URL (e.g. http://localhost:5000) or its full endpoint.`
    )
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new UsageError(`lineage-url must be an http or https URL, got ${parsed.protocol}`)
  }
  if (parsed.username !== '' || parsed.password !== '') {
    throw new UsageError(
      'lineage-url must not contain credentials; set the API key in the OPENLINEAGE_API_KEY environment variable (e.g. from a secret).'
    )
  }
  if (parsed.pathname === '' || parsed.pathname === '/') {
    parsed.pathname = OPENLINEAGE_ENDPOINT_PATH
  }
  return parsed.toString()
}

export interface LineagePostOptions {
  /** Base URL or full endpoint (see `lineageEndpoint`). */
  url: string
  /** Sent as `Authorization: Bearer <key>` (OpenLineage's api_key auth) when given. */
  apiKey?: string
  /** Time allowed for one attempt, ms (default 10 s). */
  timeoutMs?: number
  /** Attempts per event, the first included (default 3). */
  attempts?: number
  /** Wait before the n-th retry, ms (default 500 · 2^(n−1), at most 4 s). */
  backoffMs?: (retry: number) => number
  /** The fetch to use (tests inject one; default the global fetch). */
  fetch?: typeof fetch
  /** How to wait between attempts (tests pass an instant one). */
  sleep?: (ms: number) => Promise<void>
}

export interface LineagePostResult {
  endpoint: string
  /** Events the backend accepted (2xx). */
  sent: number
  /** One sentence per event that could not be delivered. */
  failures: string[]
}

/**
 * POSTs every event, in order. A network error, a timeout, 408, 429 or a 5xx answer is retried
 * with backoff; any other non-2xx answer is final for that event (the backend refused it, e.g.
 * 400 for an event it cannot parse). Never throws for a delivery problem.
 */
export async function postLineageEvents(
  events: readonly RunEvent[],
  options: LineagePostOptions
): Promise<LineagePostResult> {
  const endpoint = lineageEndpoint(options.url)
  const send = options.fetch ?? fetch
  const attempts = Math.max(1, options.attempts ?? 3)
  const timeoutMs = options.timeoutMs ?? 10_000
  const backoff = options.backoffMs ?? ((retry: number) => Math.min(4_000, 500 * 2 ** (retry - 1)))
  const sleep =
    options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (options.apiKey !== undefined && options.apiKey !== '') {
    headers.authorization = `Bearer ${options.apiKey}`
  }

  let sent = 0
  const failures: string[] = []
  for (const event of events) {
    const body = JSON.stringify(event)
    const what = `${event.eventType} event of run ${event.run.runId}`
    let problem = ''
    for (let attempt = 1; attempt <= attempts; attempt++) {
      if (attempt > 1) await sleep(backoff(attempt - 1))
      try {
        const response = await send(endpoint, {
          method: 'POST',
          headers,
          body,
          signal: AbortSignal.timeout(timeoutMs)
        })
        // The body is not needed; reading it lets the connection be reused.
        await response.arrayBuffer().catch(() => undefined)
        if (response.ok) {
          problem = ''
          break
        }
        problem = `the backend answered ${response.status} ${response.statusText}`.trim()
        if (!isRetryableStatus(response.status)) break
      } catch (error) {
        problem = describeFetchError(error, timeoutMs)
      }
    }
    if (problem === '') sent++
    else failures.push(`${what} was not delivered to ${endpoint}: ${problem}`)
  }
  return { endpoint, sent, failures }
}

function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500
}

function describeFetchError(error: unknown, timeoutMs: number): string {
  // Duck-typed, not instanceof: fetch's errors may come from another realm (e.g. a test VM).
  const { name, message, cause } = (typeof error === 'object' && error !== null ? error : {}) as {
    name?: unknown
    message?: unknown
    cause?: { code?: unknown; message?: unknown }
  }
  if (name === 'TimeoutError' || name === 'AbortError')
    return `no answer within ${timeoutMs / 1000} s`
  const text = typeof message === 'string' ? message : String(error)
  const code = typeof cause?.code === 'string' ? cause.code : undefined
  return code === undefined ? text : `${text} (${code})`
}
