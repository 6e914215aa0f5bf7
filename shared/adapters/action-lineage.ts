import * as core from './runner-commands.js'
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
 * that is down, a store that refuses the record, a file that cannot be hashed for the event — is
 * a warning, never a failed step.
 *
 * `events` may be a function: building an event can mean hashing gigabytes of data files, work
 * done only when there is somewhere to put the result (a store or a URL).
 */
export async function emitActionLineage(
  action: string,
  events: readonly RunEvent[] | (() => Promise<readonly RunEvent[]>),
  target: { url?: string | undefined; store?: Store | undefined; env?: NodeJS.ProcessEnv }
): Promise<void> {
  const url = target.url?.trim() ?? ''
  if (target.store === undefined && url === '') return
  let built: readonly RunEvent[]
  try {
    built = typeof events === 'function' ? await events() : events
  } catch (error) {
    core.warning(
      escapeLog(`Could not build the lineage event of this run: ${errorMessage(error)}`),
      {
        title: `${action}: lineage`
      }
    )
    return
  }
  await deliverLineage(action, built, url, target)
}

async function deliverLineage(
  action: string,
  events: readonly RunEvent[],
  url: string,
  target: { store?: Store | undefined; env?: NodeJS.ProcessEnv }
): Promise<void> {
  if (events.length === 0) return
  if (target.store !== undefined) {
    for (const event of events) {
      try {
        const saved = await saveLineageEvent(target.store, event)
        core.info(
          escapeLog(
            `Lineage: ${event.eventType} event of run ${event.run.runId} ${saved === 'created' ? 'stored' : 'already stored'} in ${target.store.location} (series lineage).`
          )
        )
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
