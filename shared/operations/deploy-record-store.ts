import { IntegrityError } from '../errors.js'
import { canonicalJsonBytes, parseJsonBytes } from '../store/canonical-json.js'
import { ConflictError } from '../store/store-errors.js'
import type { Store } from '../store/store.js'
import {
  approvalKeys,
  approvalSeries,
  parseApprovalDecision,
  parseApprovalKey,
  parseApprovalRequest,
  parseApprovalVote,
  type ApprovalDecision,
  type ApprovalRequest,
  type ApprovalVoteRecord
} from '../deploy/approval-request.js'
import {
  deploymentRecordKey,
  deploymentSeries,
  parseDeploymentRecord,
  type DeploymentKind,
  type DeploymentRecord
} from '../deploy/deployment-record.js'
import { runKey } from '../deploy/run-key.js'

/**
 * Reading and writing deploy's records in the store: deployments (series `deployments.<model>`)
 * and approval requests, votes and decisions (series `approvals.<model>`). Every record is
 * written once; what "once" means for each is documented with the function.
 */

async function readJson<T>(
  store: Store,
  series: string,
  key: string,
  parse: (value: unknown, what: string) => T
): Promise<T | undefined> {
  const bytes = await store.readRecord(series, key)
  if (bytes === undefined) return undefined
  const what = `record ${key} of ${series} in ${store.location}`
  const parsed = parseJsonBytes(bytes)
  if (!parsed.ok) throw new IntegrityError(`${what} is not JSON: ${parsed.problem}`)
  return parse(parsed.value, what)
}

/**
 * Stores a deployment record under `<environment>.<run>.<kind>`. A retried step of the same run
 * and attempt that finds its record keeps the first one and gets it back.
 */
export async function saveDeploymentRecord(
  store: Store,
  record: DeploymentRecord
): Promise<DeploymentRecord> {
  const series = deploymentSeries(record.model)
  const key = deploymentRecordKey(record.environment, runKey(record.run), record.kind)
  try {
    await store.appendRecord(series, key, canonicalJsonBytes(record, `deployment record ${key}`))
    return record
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error
    return (await readJson(store, series, key, parseDeploymentRecord)) ?? record
  }
}

/** The record a run wrote for an environment, if any (how a re-run recognises its own work). */
export async function readDeploymentRecord(
  store: Store,
  model: string,
  environment: string,
  run: string,
  kind: DeploymentKind
): Promise<DeploymentRecord | undefined> {
  return readJson(
    store,
    deploymentSeries(model),
    deploymentRecordKey(environment, run, kind),
    parseDeploymentRecord
  )
}

/** A model's deployment records (of one environment when given), oldest first. */
export async function listDeployments(
  store: Store,
  model: string,
  environment?: string
): Promise<DeploymentRecord[]> {
  const series = deploymentSeries(model)
  const listing = await store.listRecords(series)
  const records: DeploymentRecord[] = []
  for (const info of listing.records) {
    if (environment !== undefined && !info.key.startsWith(`${environment}.`)) continue
    const record = await readJson(store, series, info.key, parseDeploymentRecord)
    if (record !== undefined && (environment === undefined || record.environment === environment))
      records.push(record)
  }
  return records
}

/** Everything stored about a model's approval requests, grouped by request. */
export interface ApprovalLedger {
  requests: ApprovalRequest[]
  votes: Map<string, ApprovalVoteRecord[]>
  decisions: Map<string, ApprovalDecision>
}

export async function readApprovalLedger(store: Store, model: string): Promise<ApprovalLedger> {
  const series = approvalSeries(model)
  const listing = await store.listRecords(series)
  const ledger: ApprovalLedger = { requests: [], votes: new Map(), decisions: new Map() }
  for (const info of listing.records) {
    const key = parseApprovalKey(info.key)
    if (key === undefined) continue
    if (key.part === 'request') {
      const request = await readJson(store, series, info.key, parseApprovalRequest)
      if (request !== undefined) ledger.requests.push(request)
    } else if (key.part === 'vote') {
      const vote = await readJson(store, series, info.key, parseApprovalVote)
      if (vote !== undefined) ledger.votes.set(key.id, [...(ledger.votes.get(key.id) ?? []), vote])
    } else {
      const decision = await readJson(store, series, info.key, parseApprovalDecision)
      if (decision !== undefined) ledger.decisions.set(key.id, decision)
    }
  }
  return ledger
}

export async function readApprovalRequest(
  store: Store,
  model: string,
  id: string
): Promise<ApprovalRequest | undefined> {
  return readJson(store, approvalSeries(model), approvalKeys.request(id), parseApprovalRequest)
}

/** Stores a request; a second write of the same id keeps (and returns) the first. */
export async function saveApprovalRequest(
  store: Store,
  request: ApprovalRequest
): Promise<ApprovalRequest> {
  try {
    await store.appendRecord(
      approvalSeries(request.model),
      approvalKeys.request(request.id),
      canonicalJsonBytes(request, `approval request ${request.id}`)
    )
    return request
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error
    return (await readApprovalRequest(store, request.model, request.id)) ?? request
  }
}

/**
 * Stores a vote of the local mode. Votes are final: a second vote by the same person on the same
 * request returns the stored one ('exists') instead of replacing it.
 */
export async function saveApprovalVote(
  store: Store,
  model: string,
  vote: ApprovalVoteRecord
): Promise<{ outcome: 'created' | 'exists'; vote: ApprovalVoteRecord }> {
  const series = approvalSeries(model)
  const key = approvalKeys.vote(vote.request, vote.login)
  try {
    const outcome = await store.appendRecord(
      series,
      key,
      canonicalJsonBytes(vote, `approval vote ${key}`)
    )
    return { outcome, vote }
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error
    return {
      outcome: 'exists',
      vote: (await readJson(store, series, key, parseApprovalVote)) ?? vote
    }
  }
}

/**
 * Claims the decision of a request. Exactly one run gets `claimed: true` and acts on it (two
 * approvers commenting at the same moment start two runs; only one may deploy). A re-run of the
 * claiming run and attempt is recognised and claims again; everyone else gets the stored decision.
 */
export async function claimApprovalDecision(
  store: Store,
  model: string,
  decision: ApprovalDecision
): Promise<{ claimed: boolean; decision: ApprovalDecision }> {
  const series = approvalSeries(model)
  const key = approvalKeys.decision(decision.request)
  try {
    await store.appendRecord(series, key, canonicalJsonBytes(decision, `approval decision ${key}`))
    return { claimed: true, decision }
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error
    const stored = (await readJson(store, series, key, parseApprovalDecision)) ?? decision
    const same = stored.run.id === decision.run.id && stored.run.attempt === decision.run.attempt
    return { claimed: same, decision: stored }
  }
}

export async function readApprovalDecision(
  store: Store,
  model: string,
  id: string
): Promise<ApprovalDecision | undefined> {
  return readJson(store, approvalSeries(model), approvalKeys.decision(id), parseApprovalDecision)
}
