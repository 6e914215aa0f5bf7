import * as core from '@actions/core'
import { errorMessage } from '../errors.js'
import type { RunEvent } from '../lineage/openlineage-event.js'
import { saveLineageEvent } from '../operations/lineage-record-store.js'
import { escapeLog } from '../report/escape.js'
import type { Store } from '../store/store.js'
import { postLineageEvents } from './openlineage-http.js'

/**
 * What an action does with the OpenLineage events of its run, after its real work is done:
 * - `store`: keep them in the store's `lineage` series, where collectLifecycleLineage finds them
 *   (actions whose events no other record carries: spc-check, drift-check);
 * - `url` (the `lineage-url` input): POST them to an OpenLineage backend such as Marquez, with the
 *   API key of the OPENLINEAGE_API_KEY environment variable when set.
 * Lineage observes the pipeline and must never break it: every problem — a bad URL, a backend
 * that is down, a store that refuses the record — is a warning, never a failed step.
 */
export async function emitActionLineage(
  action: string,
  events: readonly RunEvent[],
  target: { url?: string; store?: Store; env?: NodeJS.ProcessEnv }
): Promise<void> {
  if (events.length === 0) return
  if (target.store !== undefined) {
    for (const event of events) {
      try {
        await saveLineageEvent(target.store, event)
      } catch (error) {
        core.warning(
          escapeLog(
            `Could not store the lineage event in ${target.store.location}: ${errorMessage(error)}`
          ),
          { title: `${action}: lineage` }
        )
      }
    }
  }
  const url = target.url?.trim() ?? ''
  if (url === '') return
  const apiKey = (target.env ?? process.env).OPENLINEAGE_API_KEY
  if (apiKey !== undefined && apiKey !== '') core.setSecret(apiKey)
  try {
    const result = await postLineageEvents(events, {
      url,
      ...(apiKey === undefined || apiKey === '' ? {} : { apiKey })
    })
    for (const failure of result.failures) {
      core.warning(escapeLog(failure), { title: `${action}: lineage not delivered` })
    }
    if (result.sent > 0) {
      core.info(
        escapeLog(`Lineage: ${result.sent} OpenLineage event(s) sent to ${result.endpoint}.`)
      )
    }
  } catch (error) {
    core.warning(escapeLog(`Lineage was not sent: ${errorMessage(error)}`), {
      title: `${action}: lineage not delivered`
    })
  }
}
