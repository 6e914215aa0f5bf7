import { IntegrityError } from '../errors.js'
import { isJsonObject, type JsonObject, type JsonValue } from '../store/canonical-json.js'
import { isUuid, lineageRunId, type ActionRunIdentity } from './run-id.js'

/**
 * OpenLineage RunEvents (https://openlineage.io/spec, spec 2-0-2) for Tollgate's actions
 * (DESIGN.md §7): job = the workflow job and action, run = the workflow run + attempt, inputs and
 * outputs with schema, data-quality metrics and assertions facets, plus a few `tollgate_` custom
 * facets that let a lineage graph link data digests, model versions, gate verdicts, deployments
 * and drift runs. Only standard facets carry standard meaning; custom facet names start with
 * `tollgate_` as the spec asks of custom facets.
 */

export const RUN_EVENT_SCHEMA_URL =
  'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent'

const FACETS = 'https://openlineage.io/spec/facets'

/** Schema URLs of the standard facets Tollgate emits (the versions current in spec 2-0-2). */
export const FACET_SCHEMA_URLS = {
  schema: `${FACETS}/1-1-1/SchemaDatasetFacet.json#/$defs/SchemaDatasetFacet`,
  version: `${FACETS}/1-0-1/DatasetVersionDatasetFacet.json#/$defs/DatasetVersionDatasetFacet`,
  dataQualityMetrics: `${FACETS}/1-0-2/DataQualityMetricsInputDatasetFacet.json#/$defs/DataQualityMetricsInputDatasetFacet`,
  dataQualityAssertions: `${FACETS}/1-1-0/DataQualityAssertionsDatasetFacet.json#/$defs/DataQualityAssertionsDatasetFacet`,
  jobType: `${FACETS}/2-0-3/JobTypeJobFacet.json#/$defs/JobTypeJobFacet`,
  sourceCodeLocation: `${FACETS}/1-0-1/SourceCodeLocationJobFacet.json#/$defs/SourceCodeLocationJobFacet`,
  errorMessage: `${FACETS}/1-0-1/ErrorMessageRunFacet.json#/$defs/ErrorMessageRunFacet`
} as const

/** Names of Tollgate's custom facets. */
export const TOLLGATE_FACETS = {
  /** Dataset: `{ sha256 }` of the file's bytes, so the same data is one node everywhere. */
  digest: 'tollgate_digest',
  /** Dataset: `{ model, version }` when the dataset is a registered model version. */
  modelVersion: 'tollgate_modelVersion',
  /** Run: `{ workflowRunId, attempt, job, action, workflow?, repository? }`. */
  githubRun: 'tollgate_githubRun',
  /** Run: `{ passed, summary? }` of an evaluation gate. */
  gateVerdict: 'tollgate_gateVerdict',
  /** Run: `{ environment, model, version, status }` of a deployment. */
  deployment: 'tollgate_deployment',
  /** Run: `{ drifted, driftedColumns?, summary? }` of a drift check. */
  drift: 'tollgate_drift'
} as const

export type RunEventType = 'START' | 'RUNNING' | 'COMPLETE' | 'ABORT' | 'FAIL' | 'OTHER'

/** Every facet carries who produced it and the schema it follows (the spec's BaseFacet). */
export interface Facet extends JsonObject {
  _producer: string
  _schemaURL: string
}

export type Facets = Record<string, Facet>

export interface LineageDataset {
  namespace: string
  name: string
  facets?: Facets
}

export interface InputDataset extends LineageDataset {
  inputFacets?: Facets
}

export interface OutputDataset extends LineageDataset {
  outputFacets?: Facets
}

export interface RunEvent {
  eventType: RunEventType
  /** ISO-8601 with time zone. */
  eventTime: string
  run: { runId: string; facets?: Facets }
  job: { namespace: string; name: string; facets?: Facets }
  inputs: InputDataset[]
  outputs: OutputDataset[]
  /** URI of the software that emitted the event. */
  producer: string
  schemaURL: typeof RUN_EVENT_SCHEMA_URL
}

/** Where and as what an action runs; shared by all events of one execution. */
export interface LineageRunContext extends ActionRunIdentity {
  /** URI of the emitting action, e.g. `https://github.com/OWNER/tollgate/tree/v1`. */
  producer: string
  /** The job namespace, e.g. `github://octo/repo` or `local`. */
  namespace: string
  /** Workflow name or file, when known. */
  workflow?: string
  /** `owner/repo`, when known. */
  repository?: string
  /** The commit the run built from. */
  commit?: string
  /** `GITHUB_SERVER_URL`, default https://github.com. */
  serverUrl?: string
}

export interface FieldDescription {
  name: string
  type: string
  description?: string
}

export interface ColumnMetrics {
  nullCount?: number
  distinctCount?: number
  sum?: number
  count?: number
  min?: number
  max?: number
  /** Keyed by probability, e.g. `{ "0.5": 12.5 }`. */
  quantiles?: Record<string, number>
}

export interface AssertionResult {
  /** The check's name, e.g. `not_null`, `between`. */
  assertion: string
  success: boolean
  column?: string
  severity?: 'error' | 'warn'
  /** Rows that failed. */
  failures?: number
}

/** A dataset as an action knows it; turned into facets by `describeDataset`. */
export interface DatasetDescription {
  namespace: string
  name: string
  /** SHA-256 of the dataset's bytes, when it is a file. */
  sha256?: string
  schema?: FieldDescription[]
  /** Only for inputs: the spec defines data-quality facets as input facets. */
  quality?: {
    rowCount?: number
    bytes?: number
    columns?: Record<string, ColumnMetrics>
    assertions?: AssertionResult[]
  }
  /** Set when the dataset is a registered model version. */
  modelVersion?: { model: string; version: string }
}

/** The outcome facets an action may attach to its run. */
export interface RunOutcome {
  gateVerdict?: { passed: boolean; summary?: string }
  deployment?: { environment: string; model: string; version: string; status: string }
  drift?: { drifted: boolean; driftedColumns?: number; summary?: string }
  /** For FAIL events. */
  error?: { message: string; stackTrace?: string }
}

export interface RunEventRequest {
  context: LineageRunContext
  eventType: RunEventType
  /** ISO-8601; pass a stored time (not "now") when a re-run must produce identical bytes. */
  eventTime: string
  inputs?: readonly DatasetDescription[]
  outputs?: readonly DatasetDescription[]
  outcome?: RunOutcome
}

/** Builds one RunEvent. The run id is derived from the context (see `lineageRunId`). */
export function buildRunEvent(request: RunEventRequest): RunEvent {
  const { context } = request
  const facet = (schemaURL: string, fields: Record<string, JsonValue | undefined>): Facet =>
    makeFacet(context.producer, schemaURL, fields)
  const custom = (name: string, fields: Record<string, JsonValue | undefined>): Facet =>
    facet(customFacetSchemaUrl(context.producer, name), fields)

  const runFacets: Facets = {
    [TOLLGATE_FACETS.githubRun]: custom(TOLLGATE_FACETS.githubRun, {
      workflowRunId: context.workflowRunId,
      attempt: context.attempt,
      job: context.job,
      action: context.action,
      workflow: context.workflow,
      repository: context.repository
    })
  }
  const outcome = request.outcome ?? {}
  if (outcome.gateVerdict) {
    runFacets[TOLLGATE_FACETS.gateVerdict] = custom(
      TOLLGATE_FACETS.gateVerdict,
      outcome.gateVerdict
    )
  }
  if (outcome.deployment) {
    runFacets[TOLLGATE_FACETS.deployment] = custom(TOLLGATE_FACETS.deployment, outcome.deployment)
  }
  if (outcome.drift) runFacets[TOLLGATE_FACETS.drift] = custom(TOLLGATE_FACETS.drift, outcome.drift)
  if (outcome.error) {
    runFacets.errorMessage = facet(FACET_SCHEMA_URLS.errorMessage, {
      message: outcome.error.message,
      programmingLanguage: 'JavaScript',
      stackTrace: outcome.error.stackTrace
    })
  }

  const jobFacets: Facets = {
    jobType: facet(FACET_SCHEMA_URLS.jobType, {
      processingType: 'BATCH',
      integration: 'TOLLGATE',
      jobType: context.action
    })
  }
  if (context.repository !== undefined && context.commit !== undefined) {
    const server = (context.serverUrl ?? 'https://github.com').replace(/\/+$/, '')
    jobFacets.sourceCodeLocation = facet(FACET_SCHEMA_URLS.sourceCodeLocation, {
      type: 'git',
      url: `${server}/${context.repository}/tree/${context.commit}`,
      repoUrl: `${server}/${context.repository}.git`,
      version: context.commit
    })
  }

  return {
    eventType: request.eventType,
    eventTime: request.eventTime,
    run: { runId: lineageRunId(context), facets: runFacets },
    job: { namespace: context.namespace, name: lineageJobName(context), facets: jobFacets },
    inputs: (request.inputs ?? []).map((dataset) => describeInput(dataset, context.producer)),
    outputs: (request.outputs ?? []).map((dataset) => describeDataset(dataset, context.producer)),
    producer: context.producer,
    schemaURL: RUN_EVENT_SCHEMA_URL
  }
}

/** The job name: workflow (when known), job and action, which together are stable per repo. */
export function lineageJobName(context: LineageRunContext): string {
  return [context.workflow, context.job, context.action].filter((part) => part).join('.')
}

/** A dataset's own facets (schema, version, digest, model version). */
export function describeDataset(dataset: DatasetDescription, producer: string): LineageDataset {
  const facets: Facets = {}
  if (dataset.schema !== undefined) {
    facets.schema = makeFacet(producer, FACET_SCHEMA_URLS.schema, {
      fields: dataset.schema.map((field) => dropUndefined({ ...field }))
    })
  }
  if (dataset.sha256 !== undefined) {
    facets[TOLLGATE_FACETS.digest] = makeFacet(
      producer,
      customFacetSchemaUrl(producer, TOLLGATE_FACETS.digest),
      { sha256: dataset.sha256 }
    )
  }
  if (dataset.modelVersion !== undefined) {
    facets[TOLLGATE_FACETS.modelVersion] = makeFacet(
      producer,
      customFacetSchemaUrl(producer, TOLLGATE_FACETS.modelVersion),
      dataset.modelVersion
    )
  }
  const version = dataset.modelVersion?.version ?? dataset.sha256
  if (version !== undefined) {
    facets.version = makeFacet(producer, FACET_SCHEMA_URLS.version, { datasetVersion: version })
  }
  return {
    namespace: dataset.namespace,
    name: dataset.name,
    ...(Object.keys(facets).length > 0 ? { facets } : {})
  }
}

function describeInput(dataset: DatasetDescription, producer: string): InputDataset {
  const base: InputDataset = describeDataset(dataset, producer)
  const quality = dataset.quality
  if (quality === undefined) return base
  const inputFacets: Facets = {}
  if (quality.rowCount !== undefined || quality.bytes !== undefined || quality.columns) {
    inputFacets.dataQualityMetrics = makeFacet(producer, FACET_SCHEMA_URLS.dataQualityMetrics, {
      rowCount: quality.rowCount,
      bytes: quality.bytes,
      columnMetrics: Object.fromEntries(
        Object.entries(quality.columns ?? {}).map(([column, metrics]) => [
          column,
          dropUndefined({ ...metrics })
        ])
      )
    })
  }
  if (quality.assertions !== undefined) {
    inputFacets.dataQualityAssertions = makeFacet(
      producer,
      FACET_SCHEMA_URLS.dataQualityAssertions,
      {
        assertions: quality.assertions.map((assertion) => dropUndefined({ ...assertion }))
      }
    )
  }
  return Object.keys(inputFacets).length > 0 ? { ...base, inputFacets } : base
}

/** Where a Tollgate custom facet's schema is documented, relative to the producer URI. */
export function customFacetSchemaUrl(producer: string, facetName: string): string {
  return `${producer.replace(/\/+$/, '')}/schemas/openlineage/${facetName}.json#/$defs/${facetName}`
}

function makeFacet(
  producer: string,
  schemaURL: string,
  fields: Record<string, JsonValue | undefined>
): Facet {
  return { _producer: producer, _schemaURL: schemaURL, ...dropUndefined(fields) }
}

function dropUndefined(fields: Record<string, unknown>): JsonObject {
  const result: JsonObject = {}
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) result[key] = value as JsonValue
  }
  return result
}

const EVENT_TYPES: readonly string[] = ['START', 'RUNNING', 'COMPLETE', 'ABORT', 'FAIL', 'OTHER']

/**
 * Checks that a stored value has the shape of a RunEvent before lineage is built from it.
 * Stored events come from earlier runs (and possibly older Tollgate versions), so a malformed one
 * is reported with `what` (e.g. "lineage record 3f2…-COMPLETE") instead of breaking the graph.
 */
export function parseRunEvent(value: unknown, what: string): RunEvent {
  const problem = runEventProblem(value)
  if (problem !== undefined)
    throw new IntegrityError(`${what} is not a valid OpenLineage RunEvent: ${problem}.`)
  return value as RunEvent
}

function runEventProblem(value: unknown): string | undefined {
  if (!isJsonObject(value)) return 'it is not an object'
  if (typeof value.eventType !== 'string' || !EVENT_TYPES.includes(value.eventType)) {
    return 'eventType is missing or unknown'
  }
  if (typeof value.eventTime !== 'string' || Number.isNaN(Date.parse(value.eventTime))) {
    return 'eventTime is not a date-time'
  }
  if (typeof value.producer !== 'string') return 'producer is missing'
  if (!isJsonObject(value.run) || !isUuid(value.run.runId)) return 'run.runId is not a UUID'
  if (
    !isJsonObject(value.job) ||
    typeof value.job.namespace !== 'string' ||
    typeof value.job.name !== 'string'
  ) {
    return 'job needs a namespace and a name'
  }
  for (const side of ['inputs', 'outputs'] as const) {
    const datasets = value[side]
    if (!Array.isArray(datasets)) return `${side} is not a list`
    for (const dataset of datasets as unknown[]) {
      if (
        !isJsonObject(dataset) ||
        typeof dataset.namespace !== 'string' ||
        typeof dataset.name !== 'string'
      ) {
        return `an entry of ${side} needs a namespace and a name`
      }
    }
  }
  return undefined
}
