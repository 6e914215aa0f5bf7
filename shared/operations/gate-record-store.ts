import { canonicalJsonBytes, parseJsonBytes } from '../store/canonical-json.js'
import { ConflictError } from '../store/store-errors.js'
import type { Store } from '../store/store.js'
import { IntegrityError } from '../errors.js'
import type { RunIdentity } from '../registry/registry-state.js'
import {
  GATE_RECORD_SCHEMA,
  gateRecordKey,
  gateSeries,
  parseGateVerdictRecord,
  type GateVerdictRecord
} from '../deploy/gate-verdict-record.js'
import { runKey } from '../deploy/run-key.js'
import type { GateReport } from '../report/gate-report.js'
import {
  buildRunEvent,
  type DatasetDescription,
  type LineageRunContext,
  type RunEvent
} from '../lineage/openlineage-event.js'

/**
 * The verdict of a registered candidate as stored with it (gate-verdict-record.ts), or undefined
 * when the candidate is not a registry version (a local model has nothing to attach a verdict to).
 */
export function gateVerdictRecordOf(
  report: GateReport,
  run: RunIdentity & { url?: string },
  checkRun?: { id: number; url?: string },
  lineage?: LineageRunContext
): GateVerdictRecord | undefined {
  const { candidate, champion } = report
  if (candidate.source === 'directory' || candidate.model === null || candidate.version === null)
    return undefined
  return {
    schema: GATE_RECORD_SCHEMA,
    model: candidate.model,
    version: candidate.version,
    verdict: report.verdict,
    passed: report.passed,
    summary: report.summary,
    champion:
      champion === null || champion.version === null
        ? null
        : {
            reference:
              champion.stage === null ? champion.reference : `${champion.model}@${champion.stage}`,
            version: champion.version
          },
    metrics: { candidate: report.metrics.candidate, champion: report.metrics.champion },
    data: { rows: report.data.rows, files: report.data.files },
    rules: { source: report.rules.source, sha256: report.rules.sha256 },
    run,
    recordedAt: report.generated_at,
    ...(checkRun === undefined ? {} : { checkRun }),
    ...(lineage === undefined ? {} : { lineage: gateLineageEvent(report, lineage) })
  }
}

/**
 * Stores a verdict (series `gate.<model>`, key `<version>.<run>`). A second write by the same run
 * and attempt keeps the first record ('exists'), so a retried step does not fail on its own
 * earlier verdict.
 */
export async function saveGateVerdict(
  store: Store,
  record: GateVerdictRecord
): Promise<'created' | 'exists'> {
  const key = gateRecordKey(record.version, runKey(record.run))
  try {
    return await store.appendRecord(
      gateSeries(record.model),
      key,
      canonicalJsonBytes(record, `gate verdict ${key}`)
    )
  } catch (error) {
    if (error instanceof ConflictError) return 'exists'
    throw error
  }
}

/** The stored verdicts of a model (of one version when given), oldest first. */
export async function listGateVerdicts(
  store: Store,
  model: string,
  version?: string
): Promise<GateVerdictRecord[]> {
  const series = gateSeries(model)
  const listing = await store.listRecords(series)
  const verdicts: GateVerdictRecord[] = []
  for (const info of listing.records) {
    if (version !== undefined && !info.key.startsWith(`${version}.`)) continue
    const bytes = await store.readRecord(series, info.key)
    if (bytes === undefined) continue
    const parsed = parseJsonBytes(bytes)
    const what = `gate verdict ${info.key} in ${store.location}`
    if (!parsed.ok) throw new IntegrityError(`${what} is not JSON: ${parsed.problem}`)
    const verdict = parseGateVerdictRecord(parsed.value, what)
    if (version === undefined || verdict.version === version) verdicts.push(verdict)
  }
  return verdicts
}

/**
 * The OpenLineage event of a verdict: the candidate version and the evaluation data (by digest)
 * as inputs, the verdict as the run's tollgate_gateVerdict facet. COMPLETE whatever the verdict:
 * the evaluation ran to the end; a rejection is its result, not a failure of the run.
 */
export function gateLineageEvent(report: GateReport, context: LineageRunContext): RunEvent {
  const inputs: DatasetDescription[] = report.data.files.map((file) => ({
    namespace: context.namespace,
    name: file.path,
    sha256: file.sha256
  }))
  for (const model of [report.candidate, report.champion]) {
    if (model?.model !== null && model?.model !== undefined && model.version !== null) {
      inputs.push({
        namespace: context.namespace,
        name: `${model.model}@${model.version}`,
        modelVersion: { model: model.model, version: model.version }
      })
    }
  }
  return buildRunEvent({
    context,
    eventType: 'COMPLETE',
    eventTime: report.generated_at,
    inputs,
    outcome: { gateVerdict: { passed: report.passed, summary: report.summary } }
  })
}
