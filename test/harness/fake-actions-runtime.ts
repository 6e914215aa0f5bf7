/**
 * A fake of the GitHub Actions "results" service, so the REAL `@actions/artifact` 6 and
 * `@actions/cache` 6 (cache service v2) upload and download for real, offline:
 * - Twirp JSON `github.actions.results.api.v1.ArtifactService` (CreateArtifact, FinalizeArtifact,
 *   ListArtifacts, GetSignedArtifactURL, DeleteArtifact) and `…CacheService` (CreateCacheEntry,
 *   FinalizeCacheEntryUpload, GetCacheEntryDownloadURL);
 * - the Azure-Blob-shaped signed URLs they hand out (fake-azure-blob.ts).
 * Protocol notes and the env the clients read are in /work/shared/GITHUB-TESTING.md §2.
 */
import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { BLOB_ACCOUNT, FakeBlobStore } from './fake-azure-blob.js'
import { FaultInjector } from './http-faults.js'
import type { Fault } from './http-faults.js'
import { readZipEntries } from './zip-entries.js'

const ARTIFACT_SERVICE = 'github.actions.results.api.v1.ArtifactService'
const CACHE_SERVICE = 'github.actions.results.api.v1.CacheService'
const ARTIFACT_CONTAINER = 'actions-results'
const CACHE_CONTAINER = 'actions-cache'

/**
 * An unsigned JWT with the `Actions.Results:<run>:<job>` scope: the clients only decode the
 * runtime token (jwt-decode) to find the run and job backend ids, they never verify it.
 */
export function fakeRuntimeToken(runId = 'run-1', jobId = 'job-1'): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({
    scp: `Actions.GenericRead:0 Actions.Results:${runId}:${jobId}`
  })}.fake-signature`
}

export interface FakeArtifact {
  id: number
  name: string
  runId: string
  jobId: string
  mimeType: string
  /** Container-relative blob key of the upload. */
  blobKey: string
  finalized: boolean
  size: number
  digest: string | null
  createdAt: Date
  expiresAt: string | null
}

export interface ArtifactView extends FakeArtifact {
  bytes: Buffer
  /** The files inside a zipped artifact (path to contents); empty for raw (skipArchive) uploads. */
  files: Map<string, Buffer>
}

export interface FakeCacheEntry {
  id: number
  key: string
  version: string
  blobKey: string
  finalized: boolean
  sizeBytes: number
  createdAt: Date
}

export interface CacheView extends FakeCacheEntry {
  bytes: Buffer
}

/**
 * How cache calls fail during an outage:
 * - `reset`: the connection drops (fast: the clients treat it as a network error, no retries);
 * - `unavailable`: HTTP 503 (realistic, but the clients retry 5 times with a 3 s × 1.5ⁿ backoff,
 *   about 25 s per call);
 * - `rate-limited`: HTTP 429 (fast: not retried).
 */
export type CacheOutage = 'reset' | 'unavailable' | 'rate-limited'

export interface RuntimeRequestLogEntry {
  method: string
  path: string
  status: number
  fault?: Fault['kind'] | 'cache-outage'
}

class TwirpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string
  ) {
    super(message)
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

type Json = Record<string, unknown>

/** A Twirp JSON field as text (int64 values arrive as strings or numbers). */
function field(request: Json, name: string): string | undefined {
  const value = request[name]
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined
}

export class FakeActionsRuntime {
  /** Origin to use as ACTIONS_RESULTS_URL (the clients keep only the origin). */
  readonly url: string
  readonly requests: RuntimeRequestLogEntry[] = []
  readonly faults = new FaultInjector()
  readonly blobs: FakeBlobStore
  private readonly artifactsById = new Map<number, FakeArtifact>()
  private readonly cacheEntries: FakeCacheEntry[] = []
  private outage: CacheOutage | false = false
  private lastId = 0

  constructor(private readonly server: Server) {
    const { port } = server.address() as AddressInfo
    this.url = `http://127.0.0.1:${port}`
    this.blobs = new FakeBlobStore(this.url)
  }

  /**
   * The variables the clients need (with a token for run/job `run-1`/`job-1` by default). Set
   * GITHUB_SERVER_URL to https://github.com or leave it unset: anything else makes the clients
   * think they run on GHES.
   */
  env(runId = 'run-1', jobId = 'job-1'): Record<string, string> {
    return {
      ACTIONS_RUNTIME_TOKEN: fakeRuntimeToken(runId, jobId),
      ACTIONS_RESULTS_URL: `${this.url}/`,
      ACTIONS_CACHE_SERVICE_V2: 'true'
    }
  }

  /** Every artifact uploaded (finalized or not), with its bytes and unzipped files. */
  artifacts(): ArtifactView[] {
    return [...this.artifactsById.values()].map((artifact) => {
      const bytes =
        this.blobs.blobs.get(`${ARTIFACT_CONTAINER}/${artifact.blobKey}`)?.bytes ?? Buffer.alloc(0)
      const zipped = artifact.mimeType === 'application/zip' && bytes.length > 0
      return {
        ...artifact,
        bytes,
        files: zipped ? readZipEntries(bytes) : new Map<string, Buffer>()
      }
    })
  }

  /** Every cache entry (reserved or finalized), oldest first, with its archive bytes. */
  caches(): CacheView[] {
    return this.cacheEntries.map((entry) => ({
      ...entry,
      bytes: this.blobs.blobs.get(`${CACHE_CONTAINER}/${entry.blobKey}`)?.bytes ?? Buffer.alloc(0)
    }))
  }

  /** Makes every cache call (Twirp and blob) fail until called with `false`. */
  setCacheOutage(outage: CacheOutage | false): void {
    this.outage = outage
  }

  async close(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  /** @internal The http server's request listener. */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url)
    const method = (req.method ?? 'GET').toUpperCase()
    const entry: RuntimeRequestLogEntry = { method, path: url.pathname, status: 0 }
    this.requests.push(entry)
    try {
      const fault = this.faults.take(method, url.pathname)
      if (fault) {
        entry.fault = fault.kind
        if (fault.kind === 'delay') await sleep(fault.ms)
        else if (fault.kind === 'hang') return
        else if (fault.kind === 'reset' || fault.kind === 'reset-mid-body') {
          req.socket.destroy()
          return
        } else {
          await readBody(req)
          const status =
            fault.kind === 'status' ? fault.status : fault.kind === 'too-many-requests' ? 429 : 403
          this.sendJson(res, entry, status, { code: 'unavailable', msg: 'injected fault' })
          return
        }
      }
      const isCacheCall =
        url.pathname.startsWith(`/twirp/${CACHE_SERVICE}/`) ||
        url.pathname.startsWith(`/${BLOB_ACCOUNT}/${CACHE_CONTAINER}/`)
      if (isCacheCall && this.outage) {
        entry.fault = 'cache-outage'
        if (this.outage === 'reset') {
          req.socket.destroy()
          return
        }
        await readBody(req)
        const status = this.outage === 'unavailable' ? 503 : 429
        this.sendJson(res, entry, status, {
          code: 'unavailable',
          msg: 'cache service outage (fake)'
        })
        return
      }
      const body = await readBody(req)
      if (url.pathname.startsWith(`/${BLOB_ACCOUNT}/`)) {
        const answer = this.blobs.handle(method, url, req.headers, body)
        entry.status = answer.status
        res.writeHead(answer.status, answer.headers)
        res.end(answer.body)
        return
      }
      const twirp = /^\/twirp\/([^/]+)\/([^/]+)$/.exec(url.pathname)
      if (method !== 'POST' || !twirp) {
        this.sendJson(res, entry, 404, {
          code: 'bad_route',
          msg: `no handler for ${method} ${url.pathname}`
        })
        return
      }
      if (!/^Bearer\s+\S+/i.test(req.headers.authorization ?? '')) {
        this.sendJson(res, entry, 401, { code: 'unauthenticated', msg: 'missing bearer token' })
        return
      }
      const request = (body.length > 0 ? JSON.parse(body.toString('utf8')) : {}) as Json
      const answer = this.twirp(twirp[1] as string, twirp[2] as string, request)
      this.sendJson(res, entry, 200, answer)
    } catch (error) {
      if (error instanceof TwirpError)
        this.sendJson(res, entry, error.status, { code: error.code, msg: error.message })
      else this.sendJson(res, entry, 500, { code: 'internal', msg: String(error) })
    }
  }

  private sendJson(res: ServerResponse, entry: RuntimeRequestLogEntry, status: number, body: Json) {
    entry.status = status
    const payload = Buffer.from(JSON.stringify(body))
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': String(payload.length)
    })
    res.end(payload)
  }

  private twirp(service: string, method: string, request: Json): Json {
    if (service === ARTIFACT_SERVICE) {
      switch (method) {
        case 'CreateArtifact':
          return this.createArtifact(request)
        case 'FinalizeArtifact':
          return this.finalizeArtifact(request)
        case 'ListArtifacts':
          return this.listArtifacts(request)
        case 'GetSignedArtifactURL':
          return this.signedArtifactUrl(request)
        case 'DeleteArtifact':
          return this.deleteArtifact(request)
      }
    }
    if (service === CACHE_SERVICE) {
      switch (method) {
        case 'CreateCacheEntry':
          return this.createCacheEntry(request)
        case 'FinalizeCacheEntryUpload':
          return this.finalizeCacheEntry(request)
        case 'GetCacheEntryDownloadURL':
          return this.cacheDownloadUrl(request)
      }
    }
    throw new TwirpError(404, 'bad_route', `no method ${service}/${method}`)
  }

  private nextId(): number {
    this.lastId += 1
    return this.lastId
  }

  // ---- artifacts ------------------------------------------------------------------------

  private runArtifact(request: Json, finalizedOnly: boolean): FakeArtifact | undefined {
    return [...this.artifactsById.values()].find(
      (a) =>
        a.runId === request.workflow_run_backend_id &&
        a.name === request.name &&
        (!finalizedOnly || a.finalized)
    )
  }

  /** A finalized artifact of the same name in the run is 409 already_exists. */
  private createArtifact(request: Json): Json {
    const name = field(request, 'name') ?? ''
    if (name === '') throw new TwirpError(400, 'invalid_argument', 'name is required')
    if (this.runArtifact(request, true))
      throw new TwirpError(
        409,
        'already_exists',
        `an artifact with the name ${name} already exists on the run`
      )
    const stale = this.runArtifact(request, false)
    if (stale) this.artifactsById.delete(stale.id)
    const mimeType = field(request, 'mime_type') ?? 'application/zip'
    const runId = String(request.workflow_run_backend_id)
    const jobId = String(request.workflow_job_run_backend_id)
    const artifact: FakeArtifact = {
      id: this.nextId(),
      name,
      runId,
      jobId,
      mimeType,
      blobKey: `${runId}/${jobId}/${name}${mimeType === 'application/zip' ? '.zip' : ''}`,
      finalized: false,
      size: 0,
      digest: null,
      createdAt: new Date(),
      expiresAt: typeof request.expires_at === 'string' ? request.expires_at : null
    }
    this.artifactsById.set(artifact.id, artifact)
    return {
      ok: true,
      signed_upload_url: this.blobs.signedUrl(ARTIFACT_CONTAINER, artifact.blobKey, 'cw')
    }
  }

  private finalizeArtifact(request: Json): Json {
    const artifact = this.runArtifact(request, false)
    if (!artifact) throw new TwirpError(404, 'not_found', `no artifact ${String(request.name)}`)
    const blob = this.blobs.blobs.get(`${ARTIFACT_CONTAINER}/${artifact.blobKey}`)
    if (!blob) throw new TwirpError(400, 'failed_precondition', 'the artifact was not uploaded')
    artifact.finalized = true
    artifact.size = Number(request.size ?? blob.bytes.length)
    artifact.digest = typeof request.hash === 'string' ? request.hash : null
    return { ok: true, artifact_id: String(artifact.id) }
  }

  private listArtifacts(request: Json): Json {
    const artifacts = [...this.artifactsById.values()].filter(
      (a) =>
        a.finalized &&
        a.runId === request.workflow_run_backend_id &&
        (request.name_filter === undefined || a.name === request.name_filter) &&
        (request.id_filter === undefined || String(a.id) === field(request, 'id_filter'))
    )
    return {
      artifacts: artifacts.map((a) => ({
        workflow_run_backend_id: a.runId,
        workflow_job_run_backend_id: a.jobId,
        database_id: String(a.id),
        name: a.name,
        size: String(a.size),
        created_at: a.createdAt.toISOString(),
        ...(a.digest ? { digest: a.digest } : {})
      }))
    }
  }

  private signedArtifactUrl(request: Json): Json {
    const artifact = this.runArtifact(request, true)
    if (!artifact) throw new TwirpError(404, 'not_found', `no artifact ${String(request.name)}`)
    return { signed_url: this.blobs.signedUrl(ARTIFACT_CONTAINER, artifact.blobKey) }
  }

  private deleteArtifact(request: Json): Json {
    const artifact = this.runArtifact(request, true)
    if (!artifact) throw new TwirpError(404, 'not_found', `no artifact ${String(request.name)}`)
    this.artifactsById.delete(artifact.id)
    this.blobs.blobs.delete(`${ARTIFACT_CONTAINER}/${artifact.blobKey}`)
    return { ok: true, artifact_id: String(artifact.id) }
  }

  // ---- caches ---------------------------------------------------------------------------

  /** Entries are immutable per key + version: a second reservation answers ok: false. */
  private createCacheEntry(request: Json): Json {
    const key = field(request, 'key') ?? ''
    const version = field(request, 'version') ?? ''
    if (this.cacheEntries.some((e) => e.key === key && e.version === version))
      return { ok: false, signed_upload_url: '', message: `cache entry ${key} already exists` }
    const entry: FakeCacheEntry = {
      id: this.nextId(),
      key,
      version,
      blobKey: `${this.lastId}-${version.slice(0, 16)}.tzst`,
      finalized: false,
      sizeBytes: 0,
      createdAt: new Date()
    }
    this.cacheEntries.push(entry)
    return {
      ok: true,
      signed_upload_url: this.blobs.signedUrl(CACHE_CONTAINER, entry.blobKey, 'cw')
    }
  }

  private finalizeCacheEntry(request: Json): Json {
    const entry = this.cacheEntries.find(
      (e) => e.key === request.key && e.version === request.version && !e.finalized
    )
    const blob = entry && this.blobs.blobs.get(`${CACHE_CONTAINER}/${entry.blobKey}`)
    if (!entry || !blob)
      return { ok: false, entry_id: '0', message: 'no uploaded cache entry to finalize' }
    entry.finalized = true
    entry.sizeBytes = Number(request.size_bytes ?? blob.bytes.length)
    return { ok: true, entry_id: String(entry.id) }
  }

  /**
   * GitHub's matching order (docs, "Cache key matching"): an exact match of `key`, then the
   * newest entry whose key starts with `key`, then each restore key in turn as a prefix, newest
   * first; only entries with the same `version` (paths + compression) and finalized.
   */
  private cacheDownloadUrl(request: Json): Json {
    const key = field(request, 'key') ?? ''
    const version = field(request, 'version') ?? ''
    const restoreKeys = Array.isArray(request.restore_keys) ? request.restore_keys.map(String) : []
    const candidates = this.cacheEntries
      .filter((e) => e.finalized && e.version === version)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id)
    const match =
      candidates.find((e) => e.key === key) ??
      candidates.find((e) => e.key.startsWith(key)) ??
      restoreKeys.map((prefix) => candidates.find((e) => e.key.startsWith(prefix))).find(Boolean)
    if (!match) return { ok: false, signed_download_url: '', matched_key: '' }
    return {
      ok: true,
      signed_download_url: this.blobs.signedUrl(CACHE_CONTAINER, match.blobKey),
      matched_key: match.key
    }
  }
}

/** Starts the fake results service on 127.0.0.1 with a random free port. */
export async function startFakeActionsRuntime(): Promise<FakeActionsRuntime> {
  const started: { fake?: FakeActionsRuntime } = {}
  const server = createServer((req, res) => {
    void started.fake?.handle(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const fake = new FakeActionsRuntime(server)
  started.fake = fake
  return fake
}
