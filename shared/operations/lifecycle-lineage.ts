import { errorMessage, IntegrityError, TollgateError } from '../errors.js'
import { modelLifecycleGraph } from '../lineage/lifecycle-graph.js'
import { buildLineageGraph, type LineageGraph } from '../lineage/lineage-graph.js'
import { parseRunEvent, type RunEvent } from '../lineage/openlineage-event.js'
import { assertModelName } from '../registry/gto-tags.js'
import { MODEL_BUNDLE_FILES } from '../registry/model-bundle.js'
import { isJsonObject, parseJsonBytes } from '../store/canonical-json.js'
import type { Store } from '../store/store.js'
import { listDeployments } from './deploy-record-store.js'
import { listGateVerdicts } from './gate-record-store.js'
import { listLineageEvents } from './lineage-record-store.js'

/**
 * One model's lineage across its lifecycle, from the OpenLineage events Tollgate stored where
 * each action keeps its results:
 * - train and register-model: the `lineage.json` of every version's bundle;
 * - evaluate-gate: the event inside each gate verdict record (`gate.<model>`);
 * - deploy: the event inside each deployment record (`deployments.<model>`);
 * - validate-data, spc-check, drift-check: the store's `lineage` series.
 * The events are merged into one graph (lineage-graph.ts) and cut down to this model's part
 * (lifecycle-graph.ts). Records that cannot be read are reported in `problems` and skipped.
 */

export interface LifecycleLineage {
  graph: LineageGraph
  /** Every event read (all models' data-side events included), for POSTing or debugging. */
  events: RunEvent[]
  /** One sentence per record that could not be used. */
  problems: string[]
}

export interface LifecycleLineageOptions {
  /** Events known but not stored (e.g. a validate-data run without a store). */
  extraEvents?: readonly RunEvent[]
  /** Read at most this many of the newest records of the `lineage` series (default 2000). */
  lineageLimit?: number
}

export const DEFAULT_LINEAGE_LIMIT = 2000

export async function collectLifecycleLineage(
  store: Store,
  model: string,
  options: LifecycleLineageOptions = {}
): Promise<LifecycleLineage> {
  assertModelName(model)
  const problems: string[] = []
  const events: RunEvent[] = []
  const attempt = async (what: string, read: () => Promise<RunEvent[]>): Promise<void> => {
    try {
      events.push(...(await read()))
    } catch (error) {
      if (!(error instanceof TollgateError)) throw error
      problems.push(`${what}: ${errorMessage(error)}`)
    }
  }

  const bundles = (await store.listBundles(`${model}@`)).filter((name) =>
    /^[^@]+@v\d+\.\d+\.\d+/.test(name)
  )
  for (const tag of bundles) {
    await attempt(`lineage.json of ${tag}`, () => bundleEvents(store, tag))
  }
  await attempt(`gate verdicts of ${model}`, async () =>
    (await listGateVerdicts(store, model)).flatMap((record) =>
      record.lineage === undefined ? [] : [record.lineage]
    )
  )
  await attempt(`deployments of ${model}`, async () =>
    (await listDeployments(store, model)).flatMap((record) =>
      record.lineage === undefined ? [] : [record.lineage]
    )
  )
  const series = await listLineageEvents(store, {
    limit: options.lineageLimit ?? DEFAULT_LINEAGE_LIMIT
  })
  events.push(...series.events)
  problems.push(...series.problems)
  events.push(...(options.extraEvents ?? []))
  return { graph: modelLifecycleGraph(buildLineageGraph(events), model), events, problems }
}

/** The events of a version's lineage.json; none when the version has no such file. */
async function bundleEvents(store: Store, tag: string): Promise<RunEvent[]> {
  const manifest = await store.readBundleManifest(tag)
  if (manifest === undefined) return []
  if (!manifest.files.some((file) => file.name === MODEL_BUNDLE_FILES.lineage)) return []
  const parsed = parseJsonBytes(await store.readBundleFile(tag, MODEL_BUNDLE_FILES.lineage))
  if (!parsed.ok || !isJsonObject(parsed.value) || !Array.isArray(parsed.value.events)) {
    throw new IntegrityError(`${tag}'s ${MODEL_BUNDLE_FILES.lineage} is not a lineage document`)
  }
  return (parsed.value.events as unknown[]).map((event, index) =>
    parseRunEvent(event, `lineage event ${index + 1} of ${tag}`)
  )
}
