import type { DriftReport } from '../drift-report/drift-report.js'
import { driftedEntries } from '../drift-report/drift-report.js'
import { UsageError } from '../errors.js'
import { explainAccessError } from './github-store-errors.js'
import type { GitHubClient, RepositoryRef } from './github-client.js'

/** GitHub's limit on `event_type`. */
const EVENT_TYPE_MAX_LENGTH = 100
/** Drifted column names sent; the count says how many there were in all. */
const PAYLOAD_COLUMN_LIMIT = 100

/** What the dispatched workflow receives as `github.event.client_payload` (at most 10 keys). */
export interface DriftDispatchPayload {
  subject: string
  drifted_columns: string[]
  drifted_column_count: number
  share: number
  dataset_drift: boolean
  schema_changes: number
  issue_number: number | null
  run_url: string | null
}

/** The payload of the retraining trigger, from the report. */
export function driftDispatchPayload(
  report: DriftReport,
  issueNumber: number | undefined,
  runUrl: string | undefined
): DriftDispatchPayload {
  const drifted = driftedEntries(report).map((entry) => entry.column)
  return {
    subject: report.subject,
    drifted_columns: drifted.slice(0, PAYLOAD_COLUMN_LIMIT),
    drifted_column_count: drifted.length,
    share: report.dataset.share,
    dataset_drift: report.dataset.dataset_drift,
    schema_changes: report.schema_changes.length,
    issue_number: issueNumber ?? null,
    run_url: runUrl ?? null
  }
}

/**
 * Sends a `repository_dispatch` event (e.g. `retrain`) so a retraining workflow starts.
 * Unlike a tag push made with the GITHUB_TOKEN, a repository_dispatch created with it DOES
 * trigger workflows (GitHub docs, "Triggering a workflow from a workflow"); the token needs
 * `contents: write`.
 */
export async function sendDriftDispatch(
  client: GitHubClient,
  repository: RepositoryRef,
  eventType: string,
  payload: DriftDispatchPayload
): Promise<void> {
  const type = eventType.trim()
  if (type === '' || type.length > EVENT_TYPE_MAX_LENGTH) {
    throw new UsageError(
      `dispatch-event must be a name of 1 to ${EVENT_TYPE_MAX_LENGTH} characters, got ${JSON.stringify(eventType)}`
    )
  }
  try {
    await client.rest.repos.createDispatchEvent({
      ...repository,
      event_type: type,
      client_payload: payload as unknown as Record<string, unknown>
    })
  } catch (error) {
    throw explainAccessError(error, `send the repository_dispatch event ${JSON.stringify(type)}`)
  }
}
