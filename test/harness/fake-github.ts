/**
 * A stateful fake of the GitHub REST API on 127.0.0.1, for the real Octokit clients (in-process
 * via `baseUrl`, or in a spawned bundle via GITHUB_API_URL). Routing and validation come from
 * GitHub's own OpenAPI description: a request that breaks the schema gets GitHub's 422, and an
 * answer of the fake's that breaks it becomes a 500 naming the violation (and is recorded in
 * `contractViolations`), so the fake cannot drift from GitHub's contract unnoticed. The semantics
 * the schema cannot express live in `FakeRepository` (fake-github-state.ts).
 */
import { createServer } from 'node:http'
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Context } from 'openapi-backend'
import type { FakeCall, OperationHandler } from './fake-github-call.js'
import { checkHandlers } from './fake-github-checks.js'
import { deploymentHandlers } from './fake-github-deployments.js'
import { gitHandlers } from './fake-github-git.js'
import { issueHandlers } from './fake-github-issues.js'
import { assetBlobUrl } from './fake-github-json.js'
import type { RenderContext } from './fake-github-json.js'
import { loadGitHubOpenApi } from './fake-github-openapi.js'
import type { GitHubOpenApi } from './fake-github-openapi.js'
import { releaseHandlers } from './fake-github-releases.js'
import { repositoryHandlers } from './fake-github-repository.js'
import { errorResponse, GitHubApiError, notFound } from './fake-github-responses.js'
import type { FakeResponse } from './fake-github-responses.js'
import { FakeGitHubState } from './fake-github-state.js'
import type { FakeRepository } from './fake-repository.js'
import type { FakeAsset } from './fake-github-records.js'
import { FaultInjector, SECONDARY_RATE_LIMIT_MESSAGE } from './http-faults.js'
import type { Fault } from './http-faults.js'

const BUILTIN_HANDLERS: Record<string, OperationHandler> = {
  ...gitHandlers,
  ...releaseHandlers,
  ...issueHandlers,
  ...checkHandlers,
  ...deploymentHandlers,
  ...repositoryHandlers
}

export interface FakeGitHubOptions {
  /** Owner of the repository created at start (default `octo-org`). */
  owner?: string
  /** Name of the repository created at start (default `models`). */
  repo?: string
  /** Turn on the repository's immutable-releases setting. */
  immutableReleases?: boolean
  /** How octet-stream asset downloads answer: 302 to a blob URL (default) or a 200 stream. */
  assetDownload?: 'redirect' | 'stream'
  /** Login that tokens not registered with `tokenFor` act as (default `github-actions[bot]`). */
  defaultActor?: string
  /**
   * Serve the API below this path, as GitHub Enterprise Server does (`/api/v3`): `url` then ends
   * with it, requests without it answer 404, and every link the fake renders includes it.
   * Logged request paths and fault patterns stay without it. Default: the API at the root.
   */
  apiPathPrefix?: string
}

export interface RequestLogEntry {
  method: string
  path: string
  /** Raw query string including `?`, or ''. */
  query: string
  /** 0 when the connection was dropped or left hanging by a fault. */
  status: number
  operationId?: string
  actor?: string
  fault?: Fault['kind']
}

export interface ContractViolation {
  operationId: string
  status: number
  errors: string[]
  body: unknown
}

const RAW_REF_PATH = /^(\/repos\/[^/]+\/[^/]+\/git\/(?:ref|refs|matching-refs)\/)(.+)$/
const UPLOAD_PATH = /^\/repos\/([^/]+)\/([^/]+)\/releases\/(\d+)\/assets$/
const BLOB_PATH = /^\/_fake\/blobs\/(\d+)$/
const BROWSER_DOWNLOAD_PATH = /^\/([^/]+)\/([^/]+)\/releases\/download\/([^/]+)\/([^/]+)$/

/**
 * Ref names contain slashes (`tags/model@v1`); clients send them encoded (`tags%2Fmodel%40v1`)
 * or not. Route both to the one `{ref}` path parameter.
 */
function normalizeRefPath(path: string): string {
  const match = RAW_REF_PATH.exec(path)
  if (!match) return path
  const ref = (match[2] as string).split('/').map(decodeURIComponent).join('/')
  return `${match[1]}${encodeURIComponent(ref)}`
}

function readBody(req: IncomingMessage, limit = Number.POSITIVE_INFINITY): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      chunks.push(chunk)
      size += chunk.length
      if (size >= limit) {
        req.pause()
        resolve(Buffer.concat(chunks).subarray(0, limit))
      }
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export class FakeGitHub {
  /** The fake's origin: use it as Octokit `baseUrl` and as GITHUB_API_URL. */
  readonly url: string
  readonly state = new FakeGitHubState()
  /** Every request, in arrival order. */
  readonly requests: RequestLogEntry[] = []
  /** Answers of the fake that broke GitHub's OpenAPI description (each also answered 500). */
  readonly contractViolations: ContractViolation[] = []
  /** Make the next N matching requests fail: `gh.faults.add({ method, path }, fault, n)`. */
  readonly faults = new FaultInjector()
  assetDownload: 'redirect' | 'stream'
  readonly defaultActor: string
  private readonly overrides = new Map<string, OperationHandler>()
  private readonly tokens = new Map<string, string>()
  private readonly primary: FakeRepository
  private readonly apiPathPrefix: string

  constructor(
    private readonly server: Server,
    private readonly openApi: GitHubOpenApi,
    options: FakeGitHubOptions
  ) {
    const { port } = server.address() as AddressInfo
    this.apiPathPrefix = (options.apiPathPrefix ?? '').replace(/\/+$/, '')
    this.url = `http://127.0.0.1:${port}${this.apiPathPrefix}`
    this.assetDownload = options.assetDownload ?? 'redirect'
    this.defaultActor = options.defaultActor ?? 'github-actions[bot]'
    this.state.ensureUser('github', 'Organization')
    this.state.ensureUser(options.owner ?? 'octo-org', 'Organization')
    this.primary = this.state.addRepository(options.owner ?? 'octo-org', options.repo ?? 'models')
    this.primary.releases.immutable = options.immutableReleases ?? false
  }

  /** The repository created at start, or another one added with `addRepository`. */
  repository(owner?: string, name?: string): FakeRepository {
    if (owner === undefined) return this.primary
    const repository = this.state.findRepository(owner, name ?? '')
    if (!repository) throw new Error(`fake-github: no repository ${owner}/${name ?? ''}`)
    return repository
  }

  addRepository(owner: string, name: string): FakeRepository {
    this.state.ensureUser(owner, 'Organization')
    return this.state.addRepository(owner, name)
  }

  /** A token whose requests act as `login` (the comment author, the release uploader, …). */
  tokenFor(login: string): string {
    const token = `ghs_fake_${login.replace(/[^A-Za-z0-9_-]/g, '_')}`
    this.state.ensureUser(login)
    this.tokens.set(token, login)
    return token
  }

  /**
   * Replaces (or with `undefined` restores) one operation's handler, e.g. to simulate GitHub's 202
   * auto-merge answer. Its answers are still validated against the OpenAPI description.
   */
  overrideOperation(operationId: string, handler: OperationHandler | undefined): void {
    if (!this.openApi.operations.includes(operationId))
      throw new Error(`fake-github: ${operationId} is not in the OpenAPI subset`)
    if (handler) this.overrides.set(operationId, handler)
    else this.overrides.delete(operationId)
  }

  /** Requests whose method and path match (path: a RegExp or a substring). */
  requestsTo(method: string, path: string | RegExp): RequestLogEntry[] {
    return this.requests.filter(
      (r) =>
        r.method === method.toUpperCase() &&
        (typeof path === 'string' ? r.path.includes(path) : path.test(r.path))
    )
  }

  async close(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  /** @internal The http server's request listener. */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestUrl = new URL(req.url ?? '/', this.url)
    const url = this.withoutPathPrefix(requestUrl)
    const method = (req.method ?? 'GET').toUpperCase()
    const entry: RequestLogEntry = {
      method,
      path: (url ?? requestUrl).pathname,
      query: requestUrl.search,
      status: 0
    }
    this.requests.push(entry)
    if (!url) {
      await readBody(req)
      this.send(res, errorResponse(404, 'Not Found'), entry)
      return
    }
    try {
      const fault = this.faults.take(method, url.pathname)
      if (fault) {
        entry.fault = fault.kind
        const answered = await this.applyFault(fault, req, res, url, entry)
        if (answered) return
      }
      const raw = await readBody(req)
      const response = await this.respond(method, url, req.headers, raw, entry, requestUrl)
      this.send(res, response, entry)
    } catch (error) {
      this.send(
        res,
        errorResponse(500, `fake-github: ${(error as Error).stack ?? String(error)}`),
        entry
      )
    }
  }

  private async respond(
    method: string,
    url: URL,
    headers: IncomingHttpHeaders,
    raw: Buffer,
    entry: RequestLogEntry,
    requestUrl: URL = url
  ): Promise<FakeResponse> {
    const blob = this.serveDownload(method, url.pathname)
    if (blob) return blob
    const authorization = headers.authorization ?? ''
    const token = /^(?:token|bearer)\s+(\S+)$/i.exec(authorization)?.[1]
    if (!token) return errorResponse(401, 'Requires authentication')
    const actor = this.tokens.get(token) ?? this.defaultActor
    entry.actor = actor

    const path = normalizeRefPath(url.pathname)
    const operation = (() => {
      try {
        return this.openApi.backend.router.matchOperation({ method, path, headers: {} })
      } catch {
        return undefined
      }
    })()
    let body: unknown
    const takesJson =
      operation?.requestBody && 'content' in operation.requestBody
        ? 'application/json' in operation.requestBody.content
        : false
    if (takesJson && raw.length > 0) {
      try {
        body = JSON.parse(raw.toString('utf8'))
      } catch {
        return errorResponse(400, 'Problems parsing JSON')
      }
    }
    const call = this.callFor(actor, raw, headers, requestUrl, entry)
    const answer = (await this.openApi.backend.handleRequest(
      {
        method,
        path,
        query: url.search.slice(1),
        headers: headers as Record<string, string | string[]>,
        body
      },
      call
    )) as FakeResponse
    return answer
  }

  private callFor(
    actor: string,
    rawBody: Buffer,
    headers: IncomingHttpHeaders,
    requestUrl: URL,
    entry: RequestLogEntry
  ): FakeCall & { dispatch: (c: Context) => Promise<FakeResponse> } {
    let repository: FakeRepository | undefined
    const call = {
      actor,
      rawBody,
      headers,
      requestUrl,
      api: this.url,
      world: this.state,
      assetDownload: this.assetDownload,
      repository: (): FakeRepository => {
        if (!repository) throw notFound()
        return repository
      },
      render: (): RenderContext => ({
        api: this.url,
        repository: call.repository(),
        user: (login: string) => this.state.ensureUser(login)
      }),
      dispatch: async (c: Context): Promise<FakeResponse> => {
        if (!c.operation) return errorResponse(404, 'Not Found')
        const operationId = c.operation.operationId as string
        entry.operationId = operationId
        const params = c.request.params as Record<string, unknown>
        if (typeof params.owner === 'string' && typeof params.repo === 'string')
          repository = this.state.findRepository(params.owner, params.repo)
        let response: FakeResponse
        if (c.validation?.errors && c.validation.errors.length > 0) {
          response = errorResponse(422, invalidRequestMessage(c))
        } else {
          const handler = this.overrides.get(operationId) ?? BUILTIN_HANDLERS[operationId]
          try {
            if (!handler)
              throw new GitHubApiError(501, `fake-github: ${operationId} is not implemented`)
            response = await handler(c, call)
          } catch (error) {
            if (!(error instanceof GitHubApiError)) throw error
            response = error.toResponse()
          }
        }
        return this.checkContract(operationId, response)
      }
    }
    return call
  }

  /** The request URL below `apiPathPrefix`, or undefined when it is outside it. */
  private withoutPathPrefix(requestUrl: URL): URL | undefined {
    if (this.apiPathPrefix === '') return requestUrl
    const path = requestUrl.pathname
    if (path !== this.apiPathPrefix && !path.startsWith(`${this.apiPathPrefix}/`)) return undefined
    const url = new URL(requestUrl)
    url.pathname = path.slice(this.apiPathPrefix.length) || '/'
    return url
  }

  /** A JSON answer that breaks the OpenAPI description becomes a 500 naming the violation. */
  private checkContract(operationId: string, response: FakeResponse): FakeResponse {
    if (response.raw) return response
    const check = this.openApi.checkResponse(operationId, response.status, response.body)
    if (check.valid) return response
    this.contractViolations.push({
      operationId,
      status: response.status,
      errors: check.errors,
      body: response.body
    })
    return errorResponse(
      500,
      `fake-github: the ${response.status} answer of ${operationId} violates GitHub's OpenAPI description: ${check.errors.join('; ')}`
    )
  }

  /** Asset bytes: the signed blob URL (target of the 302) and browser_download_url. No auth. */
  private serveDownload(method: string, path: string): FakeResponse | undefined {
    if (method !== 'GET') return undefined
    const blob = BLOB_PATH.exec(path)
    if (blob) {
      const asset = this.findAsset(Number(blob[1]))
      if (!asset || asset.state !== 'uploaded') return errorResponse(404, 'Not Found')
      asset.downloadCount += 1
      return {
        status: 200,
        raw: asset.bytes,
        headers: {
          'content-type': 'application/octet-stream',
          'content-disposition': `attachment; filename=${asset.name}`
        }
      }
    }
    const browser = BROWSER_DOWNLOAD_PATH.exec(path)
    if (browser) {
      const [, owner, name, tag, file] = browser as unknown as string[]
      const repository = this.state.findRepository(owner as string, name as string)
      const release = [...(repository?.releases.byId.values() ?? [])].find(
        (r) => !r.draft && r.tagName === decodeURIComponent(tag as string)
      )
      const asset = release
        ? repository?.releases
            .assetsOf(release.id)
            .find((a) => a.name === decodeURIComponent(file as string))
        : undefined
      if (!asset) return errorResponse(404, 'Not Found')
      return {
        status: 302,
        raw: Buffer.alloc(0),
        headers: { location: assetBlobUrl(this.url, asset) }
      }
    }
    return undefined
  }

  private findAsset(id: number): FakeAsset | undefined {
    for (const repository of this.state.repositories.values()) {
      const asset = repository.releases.assets.get(id)
      if (asset) return asset
    }
    return undefined
  }

  /** Returns true when the fault answered (or dropped) the request itself. */
  private async applyFault(
    fault: Fault,
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    entry: RequestLogEntry
  ): Promise<boolean> {
    const nowSeconds = Math.floor(Date.now() / 1000)
    switch (fault.kind) {
      case 'delay':
        await sleep(fault.ms)
        return false
      case 'hang':
        return true
      case 'reset':
        req.socket.destroy()
        return true
      case 'reset-mid-body': {
        const length = Number(req.headers['content-length'] ?? 0)
        const afterBytes = fault.afterBytes ?? Math.max(1, Math.floor(length / 2))
        const partial = await readBody(req, afterBytes)
        const upload = UPLOAD_PATH.exec(url.pathname)
        if (fault.leavePartialAsset && upload) {
          const repository = this.state.findRepository(upload[1] as string, upload[2] as string)
          repository?.releases.upload(
            Number(upload[3]),
            {
              name: url.searchParams.get('name') ?? '',
              label: url.searchParams.get('label'),
              contentType: String(req.headers['content-type'] ?? 'application/octet-stream'),
              bytes: partial
            },
            this.defaultActor,
            'open'
          )
        }
        req.socket.destroy()
        return true
      }
      case 'status':
        await readBody(req)
        this.send(
          res,
          {
            ...errorResponse(fault.status, fault.message ?? 'Server Error'),
            headers: fault.headers
          },
          entry
        )
        return true
      case 'secondary-rate-limit':
        await readBody(req)
        this.send(
          res,
          {
            status: 403,
            body: {
              message: SECONDARY_RATE_LIMIT_MESSAGE,
              documentation_url:
                'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'
            },
            headers: { 'retry-after': String(fault.retryAfterSeconds ?? 1) }
          },
          entry
        )
        return true
      case 'primary-rate-limit':
        await readBody(req)
        this.send(
          res,
          {
            ...errorResponse(403, 'API rate limit exceeded for installation ID 1.'),
            headers: {
              'x-ratelimit-limit': '1000',
              'x-ratelimit-remaining': '0',
              'x-ratelimit-used': '1000',
              'x-ratelimit-reset': String(nowSeconds + (fault.resetInSeconds ?? 1))
            }
          },
          entry
        )
        return true
      case 'too-many-requests':
        await readBody(req)
        this.send(
          res,
          {
            ...errorResponse(429, 'Too Many Requests'),
            headers: { 'retry-after': String(fault.retryAfterSeconds ?? 1) }
          },
          entry
        )
        return true
    }
  }

  private send(res: ServerResponse, response: FakeResponse, entry: RequestLogEntry): void {
    entry.status = response.status
    if (res.headersSent || res.destroyed) return
    const headers: Record<string, string> = {
      'x-github-request-id': `FAKE:${this.requests.length}`,
      'x-github-api-version-selected': '2022-11-28',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-used': '1',
      'x-ratelimit-resource': 'core',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      ...response.headers
    }
    let payload: Buffer | undefined = response.raw
    if (!payload && response.body !== undefined) {
      payload = Buffer.from(JSON.stringify(response.body))
      headers['content-type'] = 'application/json; charset=utf-8'
    }
    if (payload) headers['content-length'] = String(payload.length)
    res.writeHead(response.status, headers)
    res.end(payload)
  }
}

/** GitHub's wording for a request its schema rejects, with the validator's details. */
function invalidRequestMessage(c: Context): string {
  const details = (c.validation.errors ?? []).map((error) => {
    const where = error.instancePath.replace(/^\/requestBody/, '').replace(/^\//, '') || 'body'
    return `For '${where}', ${error.message ?? error.keyword}.`
  })
  return `Invalid request.\n\n${details.join('\n')}`
}

/** Starts a fake GitHub on 127.0.0.1 with a random free port. `await gh.close()` when done. */
export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const openApi = await loadGitHubOpenApi()
  const started: { fake?: FakeGitHub } = {}
  const server = createServer((req, res) => {
    void started.fake?.handle(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const fake = new FakeGitHub(server, openApi, options)
  started.fake = fake
  return fake
}
