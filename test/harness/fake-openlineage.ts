/**
 * A local OpenLineage HTTP backend for the action tests: a node:http server on 127.0.0.1 (port
 * 0) that records every request the way Marquez's `POST /api/v1/lineage` would receive it, and
 * answers with scripted status codes, so a test can pass its URL as `lineage-url` to a bundled
 * action and check what arrived.
 */
import { expect } from '@jest/globals'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface ReceivedLineageRequest {
  method: string
  /** Path and query, e.g. `/api/v1/lineage`. */
  path: string
  headers: IncomingHttpHeaders
  /** The parsed JSON body, or the raw text when it was not JSON. */
  body: unknown
}

export interface FakeOpenLineage {
  /** Base URL without a path, as a user would give Marquez's: `http://127.0.0.1:<port>`. */
  url: string
  /** Every request, in arrival order. */
  received: ReceivedLineageRequest[]
  /** The bodies of the POSTs to `/api/v1/lineage`. */
  events(): Record<string, unknown>[]
  /** Answer every request with this status from now on (default 201, as Marquez does). */
  answerWith(status: number): void
  close(): Promise<void>
}

export async function startFakeOpenLineage(): Promise<FakeOpenLineage> {
  const received: ReceivedLineageRequest[] = []
  let status = 201
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      let body: unknown = text
      try {
        body = JSON.parse(text) as unknown
      } catch {
        // Kept as text: the test's assertions then name what arrived instead of a parse error.
      }
      received.push({
        method: request.method ?? '',
        path: request.url ?? '',
        headers: request.headers,
        body
      })
      response.writeHead(status, { 'content-type': 'application/json' }).end('{}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    received,
    events: () =>
      received
        .filter((request) => request.method === 'POST' && request.path === '/api/v1/lineage')
        .map((request) => request.body as Record<string, unknown>),
    answerWith(next) {
      status = next
    },
    async close() {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/**
 * Asserts that a received body is an OpenLineage RunEvent of spec 2-0-2 as Tollgate sends it:
 * an ending event type, a UUID run id, a job in the repository's namespace named
 * `<workflow>.<job>.<action>`, and the producer and schema URL every event must carry.
 */
export function expectRunEvent(
  body: unknown,
  expected: { eventTypes: readonly string[]; action: string; namespace?: string }
): void {
  expect(body).toMatchObject({
    eventType: expect.any(String),
    eventTime: expect.any(String),
    run: { runId: expect.stringMatching(UUID) },
    job: {
      namespace: expected.namespace ?? 'github://octo-org/models',
      // run-action.ts's runner: workflow `Tollgate`, job `tollgate`.
      name: `Tollgate.tollgate.${expected.action}`
    },
    inputs: expect.any(Array),
    outputs: expect.any(Array),
    producer: expect.any(String),
    schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent'
  })
  const event = body as { eventType: string; eventTime: string }
  expect(expected.eventTypes).toContain(event.eventType)
  expect(Number.isNaN(Date.parse(event.eventTime))).toBe(false)
}
