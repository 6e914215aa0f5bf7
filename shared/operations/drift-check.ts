import { availableParallelism } from 'node:os'
import type { DataFormat } from '../adapters/data-files.js'
import { readDriftDataSide } from '../adapters/drift-data-side.js'
import { readDriftReference, referenceForm } from '../adapters/drift-reference.js'
import type { DriftSide } from '../adapters/drift-side.js'
import {
  buildDriftReport,
  type DriftReport,
  type DriftReportSettings,
  type DriftSideSummary
} from '../drift-report/drift-report.js'
import { cleanDriftSubject, defaultDriftSubject } from '../drift-report/drift-subject.js'
import type { RegistryConfig } from '../registry/registry-config.js'
import type { Store } from '../store/store.js'
import { TOLLGATE_VERSION } from '../version.js'
import { compareDriftColumns } from './drift-columns.js'
import type { DriftSettings } from './drift-settings.js'

export interface DriftCheckRequest {
  /** A data file/glob, a profile JSON or `registry:<model>@<stage-or-version>`. */
  reference: string
  /** Current data: paths or globs of one table (not read when `currentSide` is given). */
  current: string[]
  /**
   * The current side already read: drift-check's `merge` mode merges the shard partials of the
   * current data into it (operations/shard-drift.ts), and the comparison then runs on it exactly as
   * on a side scanned here.
   */
  currentSide?: DriftSide
  format: DataFormat | 'auto'
  delimiter?: string
  settings: DriftSettings
  /** What is monitored; default: the model name or the reference file name. */
  subject?: string
  /** 0 = one per available core (at most 8). */
  threads: number
  /** ms since epoch, for the report. */
  now: number
  cwd?: string
  /** Opens the store holding the registry (only called for `registry:` references). */
  openStore: () => Promise<Store>
  registryConfig?: RegistryConfig
  /** The workflow run, when in GitHub Actions. */
  run?: DriftReport['run']
}

/**
 * drift-check end to end without GitHub: read the reference (data, profile or registry model)
 * and the current data — both scans at once when both are data, each on its own worker thread
 * when two cores are available — pair the columns, test each, and build the report. The action
 * and the CLI decide what to do with it (files, summary, issue, history).
 */
export async function driftCheck(request: DriftCheckRequest): Promise<DriftReport> {
  const threads =
    request.threads > 0 ? request.threads : Math.max(1, Math.min(availableParallelism(), 8))
  const referenceIsData = referenceForm(request.reference, request.cwd) === 'data'
  // Two data sides share the threads; a profile or registry reference needs none, nor a current
  // side merged from shards.
  const bothScanned = referenceIsData && request.currentSide === undefined
  const currentThreads = bothScanned ? Math.max(1, Math.floor(threads / 2)) : threads
  const ownWorker = bothScanned && threads >= 2 && currentThreads === 1
  const [reference, current] = await Promise.all([
    readDriftReference({
      reference: request.reference,
      format: request.format,
      delimiter: request.delimiter,
      threads: currentThreads,
      ownWorker,
      cwd: request.cwd,
      openStore: request.openStore,
      ...(request.registryConfig === undefined ? {} : { registryConfig: request.registryConfig })
    }),
    request.currentSide ??
      readDriftDataSide({
        patterns: request.current,
        source: request.current.join(', '),
        format: request.format,
        delimiter: request.delimiter,
        threads: currentThreads,
        ownWorker,
        cwd: request.cwd
      })
  ])
  const columns = compareDriftColumns(reference, current, request.settings)
  const subject =
    request.subject !== undefined && request.subject.trim() !== ''
      ? cleanDriftSubject(request.subject)
      : defaultDriftSubject(reference)
  return buildDriftReport({
    subject,
    reference: sideSummary(reference),
    current: sideSummary(current),
    settings: reportSettings(request.settings),
    columns,
    generatedAt: new Date(request.now).toISOString(),
    version: TOLLGATE_VERSION,
    ...(request.run === undefined ? {} : { run: request.run })
  })
}

function sideSummary(side: DriftSide): DriftSideSummary {
  const summary: DriftSideSummary = {
    kind: side.kind,
    source: side.source,
    files: side.files,
    rows: side.rows,
    columns: side.columns?.length ?? 0,
    empty: side.columns === undefined
  }
  if (side.profileGeneratedAt !== undefined) summary.profile_generated_at = side.profileGeneratedAt
  if (side.model !== undefined) summary.model = side.model
  return summary
}

function reportSettings(settings: DriftSettings): DriftReportSettings {
  return {
    method: settings.method,
    threshold: settings.threshold ?? null,
    drift_share: settings.driftShare,
    psi_binning: settings.psiBinning,
    column_overrides: [...settings.overrides].map(([column, override]) => ({
      column,
      method: override.method ?? null,
      threshold: override.threshold ?? null,
      origin: override.origin
    })),
    selected_columns: settings.columns,
    ignored_columns: settings.ignore
  }
}
