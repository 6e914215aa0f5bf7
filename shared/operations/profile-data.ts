import { availableParallelism } from 'node:os'
import { resolveDataFiles, type DataFile, type DataFormat } from '../adapters/data-files.js'
import { readTableHeader, scanTable, type TableInput } from '../adapters/table-scan.js'
import type { ChecksConfig } from '../checks/check-types.js'
import { buildProfile, type DataProfile } from '../profile/data-profile.js'
import { mergePartials } from '../scan/merge-partials.js'
import { buildScanPlan } from '../scan/scan-plan.js'

/**
 * The column profile of a table without any checks: the same streaming scan and the same
 * mergeable profile as validate-data writes, so a model's training-data profile (profile.json in
 * every registered version) is exactly what drift-check compares current data against.
 */

export interface ProfileRequest {
  /** Paths or globs of the files of one table. */
  data: string[]
  format?: DataFormat | 'auto'
  delimiter?: string
  /** Worker threads; 0 or absent = one per core, at most 8. */
  threads?: number
  /** Time written into the profile (ms since epoch). */
  now: number
}

export interface ProfileOutcome {
  profile: DataProfile
  files: DataFile[]
  header: string[]
}

/** An empty checks file: the scan then computes only the profile. */
const NO_CHECKS: ChecksConfig = { file: '', nullValues: [], tableChecks: [], columns: [] }

/** Scans the files once and returns their merged profile. */
export async function profileData(request: ProfileRequest): Promise<ProfileOutcome> {
  const files = resolveDataFiles(request.data, request.format ?? 'auto')
  const threads =
    request.threads !== undefined && request.threads > 0
      ? request.threads
      : Math.max(1, Math.min(availableParallelism(), 8))
  const input: TableInput = { files, delimiter: request.delimiter, threads }
  const header = await readTableHeader(input)
  const plan = buildScanPlan(NO_CHECKS, header.header, {})
  const scan = mergePartials(await scanTable(input, header, plan), plan.sampleLimit)
  const summaries = files.map((file) => ({
    path: file.path,
    format: file.format,
    bytes: file.bytes
  }))
  const profile = buildProfile(scan, summaries, new Date(request.now).toISOString())
  return { profile, files, header: header.header }
}
