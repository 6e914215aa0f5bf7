import { errorMessage, IntegrityError } from '../errors.js'
import { parseRunEvent, type RunEvent } from '../lineage/openlineage-event.js'
import { canonicalJsonBytes, parseJsonBytes } from '../store/canonical-json.js'
import { ConflictError } from '../store/store-errors.js'
import type { Store } from '../store/store.js'

/**
 * The store's home for OpenLineage events that no other record carries: validate-data,
 * spc-check and drift-check runs (train and register-model events live in a version's
 * lineage.json, gate verdicts and deployments carry theirs in their own records). One series,
 * `lineage`, one record per event under `<run id>.<event type>`, so collectLifecycleLineage can
 * find every data-side run however its data, series or subject is named.
 */

export const LINEAGE_SERIES = 'lineage'

/** `<run id>.<event type>`: a run's START and COMPLETE are two records, a re-run rewrites none. */
export function lineageRecordKey(event: RunEvent): string {
  return `${event.run.runId}.${event.eventType}`
}

/**
 * Appends an event. A re-run of the same workflow attempt derives the same run id; its event is
 * kept as first written ('exists'), even when a time in it differs.
 */
export async function saveLineageEvent(
  store: Store,
  event: RunEvent
): Promise<'created' | 'exists'> {
  const key = lineageRecordKey(event)
  try {
    return await store.appendRecord(
      LINEAGE_SERIES,
      key,
      canonicalJsonBytes(event, `lineage event ${key}`)
    )
  } catch (error) {
    if (error instanceof ConflictError) return 'exists'
    throw error
  }
}

export interface StoredLineageEvents {
  events: RunEvent[]
  /** One sentence per record that could not be used (damaged, not an event). */
  problems: string[]
}

/**
 * The newest `limit` events of the series (all when undefined), oldest first. A damaged record is
 * reported in `problems` and skipped: lineage is a view, and one bad record must not hide the
 * rest.
 */
export async function listLineageEvents(
  store: Store,
  options: { limit?: number } = {}
): Promise<StoredLineageEvents> {
  const listing = await store.listRecords(LINEAGE_SERIES)
  const problems = listing.damaged.map(
    (entry) => `lineage record ${entry.key} in ${store.location}: ${entry.problem}`
  )
  const records =
    options.limit === undefined ? listing.records : listing.records.slice(-options.limit)
  const events: RunEvent[] = []
  for (const info of records) {
    const what = `lineage record ${info.key} in ${store.location}`
    try {
      const bytes = await store.readRecord(LINEAGE_SERIES, info.key)
      if (bytes === undefined) continue
      const parsed = parseJsonBytes(bytes)
      if (!parsed.ok) throw new IntegrityError(`${what} is not JSON: ${parsed.problem}`)
      events.push(parseRunEvent(parsed.value, what))
    } catch (error) {
      if (!(error instanceof IntegrityError)) throw error
      problems.push(errorMessage(error))
    }
  }
  return { events, problems }
}
