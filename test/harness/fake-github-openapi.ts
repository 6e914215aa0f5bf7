/**
 * GitHub's own OpenAPI description (the committed subset) as the fake's router and contract
 * checker: every request is validated before a handler runs, every JSON answer after. Built once
 * per module registry (one jest test file) and shared by all fake servers in it, because compiling
 * the validators is the slow part; handlers receive the server-specific call as an argument.
 */
import { readFileSync } from 'node:fs'
import type { ErrorObject, ValidateFunction } from 'ajv'
import type { Context, Document, Handler, OpenAPIBackend } from 'openapi-backend'
import type * as OpenApiBackendModule from 'openapi-backend'

/*
 * openapi-backend is CommonJS and require()s an ESM-only dependency, which node 20 allows but
 * jest's module registry does not (and jest replaces `node:module` too). So load it, and
 * ajv-formats to share its ajv, with node's own require, reached through
 * process.getBuiltinModule (node >= 20.16), outside the registry.
 */
if (typeof process.getBuiltinModule !== 'function')
  throw new Error('fake-github needs node >= 20.16 (process.getBuiltinModule)')
const { createRequire } = process.getBuiltinModule('node:module')
const nativeRequire = createRequire(import.meta.url)
const openApiBackend = nativeRequire('openapi-backend') as typeof OpenApiBackendModule
/** ajv-formats' plugin (module.exports and .default are the same function). */
const addFormats = nativeRequire('ajv-formats') as { default: (ajv: object) => unknown }

export const SUBSET_FILE = new URL('./github-openapi-subset.json', import.meta.url)

interface SubsetHeader {
  source: string
  operations: string[]
  errorSchemas: string[]
}

export interface SubsetDocument {
  'x-tollgate-subset': SubsetHeader
  paths: Record<
    string,
    Record<string, { operationId?: string; responses?: Record<string, ResponseObject> }>
  >
  components: { schemas: Record<string, unknown> }
}

interface ResponseObject {
  content?: Record<string, { schema?: unknown }>
}

/** One place where real GitHub answers differ from its own description; validation allows it. */
interface KnownSpecGap {
  operationIds: string[]
  instancePath: RegExp
  allows: (value: unknown) => boolean
  why: string
}

export const KNOWN_SPEC_GAPS: KnownSpecGap[] = [
  {
    operationIds: ['repos/create-deployment-status', 'repos/list-deployment-statuses'],
    instancePath: /^(\/\d+)?\/(target_url|log_url|environment_url)$/,
    allows: (value) => value === '',
    why: 'GitHub answers "" for unset deployment-status URLs although the schema says format: uri'
  }
]

export interface ContractCheck {
  valid: boolean
  errors: string[]
}

/** The shared router + validators. */
export class GitHubOpenApi {
  private errorValidator: ValidateFunction | undefined

  constructor(
    readonly backend: OpenAPIBackend,
    readonly document: SubsetDocument
  ) {}

  get operations(): string[] {
    return this.document['x-tollgate-subset'].operations
  }

  /**
   * Checks an answer against the operation's declared response for `status`. Statuses the
   * operation does not declare with a JSON body (GitHub sends 404s and 422s that many operations
   * omit) must be one of GitHub's error shapes; bodiless statuses (204, 302) must have no body.
   */
  checkResponse(operationId: string, status: number, body: unknown): ContractCheck {
    const operation = this.backend.router.getOperation(operationId)
    if (!operation) return { valid: false, errors: [`unknown operation ${operationId}`] }
    const declared = (operation.responses ?? {}) as Record<string, ResponseObject>
    const entry = declared[String(status)] ?? declared[`${String(status)[0]}XX`] ?? declared.default
    const jsonSchema = entry?.content?.['application/json']?.schema
    let errors: ErrorObject[] = []
    if (jsonSchema !== undefined) {
      const result = this.backend.validator.validateResponse(body, operation, status)
      errors = result.errors ?? []
    } else if (status >= 400) {
      const validate = this.errorShapeValidator()
      if (!validate(body)) errors = validate.errors ?? []
    } else if (entry === undefined) {
      return { valid: false, errors: [`status ${status} is not declared for ${operationId}`] }
    } else if (body !== undefined) {
      return { valid: false, errors: [`status ${status} of ${operationId} must have no body`] }
    }
    const remaining = errors.filter((error) => !this.isKnownGap(operationId, error, body))
    return {
      valid: remaining.length === 0,
      errors: remaining.map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`)
    }
  }

  private isKnownGap(operationId: string, error: ErrorObject, body: unknown): boolean {
    return KNOWN_SPEC_GAPS.some(
      (gap) =>
        gap.operationIds.includes(operationId) &&
        gap.instancePath.test(error.instancePath) &&
        gap.allows(valueAt(body, error.instancePath))
    )
  }

  private errorShapeValidator(): ValidateFunction {
    if (!this.errorValidator) {
      const schemas = this.document.components.schemas
      const ajv = this.backend.validator.getAjv(openApiBackend.ValidationContext.Response)
      this.errorValidator = ajv.compile({
        anyOf: this.document['x-tollgate-subset'].errorSchemas.map((name) => schemas[name])
      })
    }
    return this.errorValidator
  }
}

/** Reads the value a JSON pointer (ajv `instancePath`) names. */
function valueAt(root: unknown, pointer: string): unknown {
  let current: unknown = root
  for (const part of pointer.split('/').slice(1)) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~')
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string, unknown>)[key]
  }
  return current
}

export function readSubset(): SubsetDocument {
  return JSON.parse(readFileSync(SUBSET_FILE, 'utf8')) as SubsetDocument
}

let shared: Promise<GitHubOpenApi> | undefined

/**
 * The shared instance. Every operation and the special handlers (validation failure, unknown
 * route) call `dispatch(context, ...args)`; the fake server passes its call object as the argument.
 */
export function loadGitHubOpenApi(): Promise<GitHubOpenApi> {
  shared ??= (async () => {
    const document = readSubset()
    const dispatch: Handler = (c: Context, call: { dispatch: (c: Context) => unknown }) =>
      call.dispatch(c)
    const handlers: Record<string, Handler> = {
      validationFail: dispatch,
      notFound: dispatch,
      methodNotAllowed: dispatch,
      notImplemented: dispatch
    }
    for (const operationId of document['x-tollgate-subset'].operations)
      handlers[operationId] = dispatch
    const backend = new openApiBackend.OpenAPIBackend({
      definition: document as unknown as Document,
      strict: true,
      validate: true,
      // quick: compile each operation's validators on first use (a full compile costs seconds).
      quick: true,
      coerceTypes: true,
      customizeAjv: (ajv) => {
        addFormats.default(ajv)
        ajv.addFormat('repo.nwo', true).addFormat('timestamp', true)
        return ajv
      },
      handlers
    })
    await backend.init()
    return new GitHubOpenApi(backend, document)
  })()
  return shared
}
