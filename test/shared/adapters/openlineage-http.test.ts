import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { UsageError } from '../../../shared/errors.js'
import { buildRunEvent, type RunEvent } from '../../../shared/lineage/openlineage-event.js'
import { lineageEndpoint, postLineageEvents } from '../../../shared/adapters/openlineage-http.js'

/**
 * The OpenLineage HTTP transport against a real local HTTP receiver (the shape of Marquez's
 * `POST /api/v1/lineage`): what arrives, where, with which headers, and how failures end.
 */

interface Received {
  method: string
  url: string
  headers: IncomingMessage['headers']
  body: unknown
}

let server: Server
let base: string
let received: Received[] = []
/** Status codes to answer, in order; 201 once they run out. `hang` never answers. */
let script: (number | 'hang')[] = []

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      received.push({
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown
      })
      const next = script.shift() ?? 201
      if (next === 'hang') return
      response.writeHead(next, { 'content-type': 'application/json' }).end('{}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})
beforeEach(() => {
  received = []
  script = []
})

const event = (run: string): RunEvent =>
  buildRunEvent({
    context: {
      producer: 'urn:tollgate:test',
      namespace: 'github://octo/repo',
      workflowRunId: run,
      attempt: 1,
      job: 'train',
      action: 'train'
    },
    eventType: 'COMPLETE',
    eventTime: '2026-11-24T10:00:00Z',
    inputs: [{ namespace: 'github://octo/repo', name: 'data.csv', sha256: 'a'.repeat(64) }]
  })
const instant = { sleep: async () => undefined }

describe('lineageEndpoint', () => {
  it('appends /api/v1/lineage to a base URL and keeps a full endpoint', () => {
    expect(lineageEndpoint('http://marquez:5000')).toBe('http://marquez:5000/api/v1/lineage')
    expect(lineageEndpoint('http://marquez:5000/')).toBe('http://marquez:5000/api/v1/lineage')
    expect(lineageEndpoint('https://lineage.example.com/api/v1/lineage')).toBe(
      'https://lineage.example.com/api/v1/lineage'
    )
    expect(lineageEndpoint(' https://x.example/custom/ingest?key=1 ')).toBe(
      'https://x.example/custom/ingest?key=1'
    )
  })

  it('refuses what is not an http(s) URL, and credentials in it', () => {
    expect(() => lineageEndpoint('marquez:5000')).toThrow(UsageError)
    expect(() => lineageEndpoint('not a url')).toThrow(/is not a URL/)
    expect(() => lineageEndpoint('ftp://x.example')).toThrow(/http or https/)
    expect(() => lineageEndpoint('https://user:secret@x.example')).toThrow(/OPENLINEAGE_API_KEY/)
  })
})

describe('postLineageEvents', () => {
  it('POSTs each event as JSON to the endpoint, with the API key as a bearer token', async () => {
    const events = [event('1'), event('2')]
    const result = await postLineageEvents(events, { url: base, apiKey: 'k3y', ...instant })
    expect(result).toEqual({ endpoint: `${base}/api/v1/lineage`, sent: 2, failures: [] })
    expect(received.map((entry) => [entry.method, entry.url])).toEqual([
      ['POST', '/api/v1/lineage'],
      ['POST', '/api/v1/lineage']
    ])
    expect(received.map((entry) => entry.body)).toEqual(JSON.parse(JSON.stringify(events)))
    expect(received[0]!.headers['content-type']).toBe('application/json')
    expect(received[0]!.headers.authorization).toBe('Bearer k3y')
  })

  it('retries 503 and 429 with backoff and succeeds', async () => {
    script = [503, 429]
    const waits: number[] = []
    const result = await postLineageEvents([event('3')], {
      url: `${base}/api/v1/lineage`,
      sleep: async (ms) => {
        waits.push(ms)
      }
    })
    expect(result.sent).toBe(1)
    expect(result.failures).toEqual([])
    expect(received).toHaveLength(3)
    expect(waits).toEqual([500, 1000])
    expect(received[0]!.headers.authorization).toBeUndefined()
  })

  it('does not retry a refused event and reports it; the next event still goes', async () => {
    script = [400]
    const result = await postLineageEvents([event('4'), event('5')], { url: base, ...instant })
    expect(received).toHaveLength(2)
    expect(result.sent).toBe(1)
    expect(result.failures).toEqual([
      expect.stringMatching(
        /^COMPLETE event of run [0-9a-f-]{36} was not delivered to .*: the backend answered 400 Bad Request$/
      )
    ])
  })

  it('gives up after the attempts on a server that keeps failing or never answers', async () => {
    script = [500, 500, 500]
    const failing = await postLineageEvents([event('6')], { url: base, attempts: 3, ...instant })
    expect(received).toHaveLength(3)
    expect(failing.failures[0]).toContain('500 Internal Server Error')

    script = ['hang', 'hang']
    const slow = await postLineageEvents([event('7')], {
      url: base,
      attempts: 2,
      timeoutMs: 200,
      ...instant
    })
    expect(slow.sent).toBe(0)
    expect(slow.failures[0]).toContain('no answer within 0.2 s')
  })

  it('reports a backend that is not there (connection refused) without throwing', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    const result = await postLineageEvents([event('8')], {
      url: `http://127.0.0.1:${port}`,
      attempts: 2,
      ...instant
    })
    expect(result.sent).toBe(0)
    expect(result.failures[0]).toMatch(/ECONNREFUSED/)
  })
})
