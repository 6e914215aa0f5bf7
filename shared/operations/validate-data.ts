import { availableParallelism } from 'node:os'
import { loadChecks } from '../checks/checks-loader.js'
import type { CheckResult } from '../checks/check-result.js'
import type { ChecksConfig } from '../checks/check-types.js'
import { evaluateChecks } from '../checks/evaluate-checks.js'
import { InputError, UsageError } from '../errors.js'
import { buildProfile, type DataProfile } from '../profile/data-profile.js'
import { buildScanPlan, type ScanPlan } from '../scan/scan-plan.js'
import { mergePartials } from '../scan/merge-partials.js'
import { closestName } from '../text/closest-name.js'
import { resolveDataFiles, type DataFile, type DataFormat } from '../adapters/data-files.js'
import {
  readTableHeader,
  scanTable,
  type TableHeader,
  type TableInput
} from '../adapters/table-scan.js'
import { TOLLGATE_VERSION } from '../version.js'
import { buildValidateReport, type ValidateReport } from '../report/validate-report.js'
import { resolveSampleTexts } from '../adapters/sample-texts.js'
import { readReferenceKeys } from '../adapters/reference-keys.js'
import { readUserFile } from '../adapters/user-files.js'
import { validateTableSource } from '../adapters/sql-engines/validate-table-source.js'

export type FailOn = 'error' | 'warn' | 'never'

export interface ValidateRequest {
  data: string[]
  checksPath: string
  format: DataFormat | 'auto'
  delimiter?: string
  failOn: FailOn
  /** 0 = one per available core. */
  threads: number
  /** Current time for freshness checks (ms since epoch). */
  now: number
  cwd?: string
}

export interface ValidateOutcome {
  report: ValidateReport
  profile: DataProfile
  checks: ChecksConfig
}

/**
 * validate-data end to end: read the checks, read the header(s), scan every file once for all
 * checks and the profile, merge, evaluate. No GitHub and no report files here: the action and the
 * CLI decide where results go.
 */
export async function validateData(request: ValidateRequest): Promise<ValidateOutcome> {
  const checks = loadChecks(readUserFile(request.checksPath, 'checks file'), request.checksPath)
  // A checks file with `source:` runs in the database where the table lives (SQL pushdown).
  if (checks.source !== undefined) return validateTableSource(checks, request)
  const { files, input, header, plan } = await prepareScan(checks, request)
  const parts = await scanTable(input, header, plan)
  const scan = mergePartials(parts, plan.sampleLimit)
  const sampleTexts = await resolveSampleTexts(input, header, plan, scan)
  const results: CheckResult[] = evaluateChecks(checks, header.header, scan, {
    now: request.now,
    sampleText: (checkId, row) => sampleTexts.get(checkId)?.get(row)
  })
  const generatedAt = new Date(request.now).toISOString()
  const fileSummaries = files.map((file) => ({
    path: file.path,
    format: file.format,
    bytes: file.bytes
  }))
  const profile = buildProfile(scan, fileSummaries, generatedAt)
  const report = buildValidateReport({
    results,
    failOn: request.failOn,
    checksFile: request.checksPath,
    files: fileSummaries,
    rows: scan.rows,
    columns: header.header,
    generatedAt,
    version: TOLLGATE_VERSION
  })
  return { report, profile, checks }
}

/** The files, header and scan plan of a validation run over data files. */
export interface PreparedScan {
  files: DataFile[]
  input: TableInput
  header: TableHeader
  plan: ScanPlan
}

/**
 * Resolves the data files, reads their header, checks that every column the checks name exists,
 * reads the keys of `references` checks and builds the scan plan: everything before the scan,
 * shared by a single run and by one shard of a matrix run (shard-validate.ts).
 */
export async function prepareScan(
  checks: ChecksConfig,
  request: ValidateRequest
): Promise<PreparedScan> {
  if (request.data.length === 0) {
    throw new UsageError(
      'No data files were given: pass `data` (files or globs), or point the checks file at a database table with `source:`.'
    )
  }
  const files = resolveDataFiles(request.data, request.format, request.cwd)
  const threads =
    request.threads > 0 ? request.threads : Math.max(1, Math.min(availableParallelism(), 8))
  const input: TableInput = { files, delimiter: request.delimiter, threads }
  const header = await readTableHeader(input)
  for (const column of checks.columns) {
    if (!header.header.includes(column.name)) {
      const suggestion = closestName(column.name, header.header)
      throw new InputError(
        column.location,
        `column "${column.name}" is not in the data (${files[0]!.path} has: ${header.header.join(', ')})${suggestion === undefined ? '' : `; did you mean "${suggestion}"?`}`
      )
    }
  }
  for (const check of checks.tableChecks) {
    if (check.check !== 'compound_unique') continue
    for (const name of check.columns) {
      if (!header.header.includes(name)) {
        throw new InputError(
          check.location,
          `column "${name}" of the compound key is not in the data (columns: ${header.header.join(', ')})`
        )
      }
    }
  }
  const referenceKeys = await readReferenceKeys(checks, request)
  const plan = buildScanPlan(checks, header.header, referenceKeys)
  return { files, input, header, plan }
}
