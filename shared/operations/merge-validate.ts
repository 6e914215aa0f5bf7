import { existsSync, statSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import { loadChecks } from '../checks/checks-loader.js'
import type { ChecksConfig } from '../checks/check-types.js'
import type { CheckResult } from '../checks/check-result.js'
import { evaluateChecks } from '../checks/evaluate-checks.js'
import { buildProfile } from '../profile/data-profile.js'
import { buildValidateReport } from '../report/validate-report.js'
import { mergePartials, type ScanResult } from '../scan/merge-partials.js'
import { assembleShards, type AssembledShards, type SourcedPartial } from '../shard/shard-set.js'
import { pickRows } from '../adapters/row-picker.js'
import { readTableHeader, type TableInput } from '../adapters/table-scan.js'
import { readUserFile } from '../adapters/user-files.js'
import { TOLLGATE_VERSION } from '../version.js'
import { sha256Hex } from './shard-validate.js'
import type { FailOn, ValidateOutcome } from './validate-data.js'

export interface MergeValidateRequest {
  partials: SourcedPartial[]
  checksPath: string
  failOn: FailOn
  /** Current time for freshness checks (ms since epoch). */
  now: number
  /** Where the data paths recorded in the partials are resolved (to read sample texts). */
  cwd?: string
}

/**
 * `tollgate merge`: combines the partials of every shard into the report and profile a single run
 * over all the data gives. The ranges of all shards are laid out in table order and merged by the
 * same mergePartials as a single run's worker ranges, then evaluated by the same evaluateChecks:
 * counts, samples and row numbers are exact; quantiles are exact while every shard kept its
 * values (else DDSketch estimates, `exact: false`); distinct counts and top values follow the
 * same exact-then-sketch rules as a single run.
 */
export async function mergeValidate(request: MergeValidateRequest): Promise<ValidateOutcome> {
  const checksText = readUserFile(request.checksPath, 'checks file')
  const checks = loadChecks(checksText, request.checksPath)
  const shards = assembleShards(request.partials, sha256Hex(checksText), request.checksPath)
  const scan = mergePartials(shards.parts, shards.sampleLimit)
  const texts = await mergedSampleTexts(shards, scan, checks, request.cwd)
  const results: CheckResult[] = evaluateChecks(checks, shards.header, scan, {
    now: request.now,
    sampleText: (checkId, row) => texts.get(checkId)?.get(row)
  })
  const generatedAt = new Date(request.now).toISOString()
  const fileSummaries = shards.files.map((file) => ({
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
    columns: shards.header,
    generatedAt,
    version: TOLLGATE_VERSION
  })
  return { report, profile, checks }
}

/**
 * Texts for the merged uniqueness samples. Rows whose key repeats inside their own shard come
 * with the texts that shard read. A row whose key is repeated only in another shard is read again
 * from the data files when they are readable here unchanged (same size), as a single run reads
 * its samples; otherwise a numeric column shows the number and other columns say where the
 * value is (the report is otherwise unchanged).
 */
async function mergedSampleTexts(
  shards: AssembledShards,
  scan: ScanResult,
  checks: ChecksConfig,
  cwd?: string
): Promise<Map<string, Map<number, string>>> {
  const texts = new Map<string, Map<number, string>>()
  const missing: { checkId: string; row: number; columns: number[]; fallback: string }[] = []
  const place = (
    checkId: string,
    samples: readonly { row: number; key: number }[],
    columns: number[],
    numeric: boolean
  ): void => {
    const known = shards.sampleTexts.get(checkId)
    const own = new Map<number, string>()
    texts.set(checkId, own)
    for (const sample of samples) {
      const text = known?.get(sample.row)
      if (text !== undefined) own.set(sample.row, text)
      else
        missing.push({
          checkId,
          row: sample.row,
          columns,
          fallback: numeric ? String(sample.key) : unavailableText(shards, sample.row)
        })
    }
  }
  for (const declared of checks.columns) {
    const check = declared.valueChecks.find((candidate) => candidate.check === 'unique')
    const index = shards.header.indexOf(declared.name)
    const column = scan.columns[index]
    const unique = column?.duplicates.unique
    if (check === undefined || column === undefined || unique === undefined) continue
    place(
      check.id,
      unique.samples,
      [index],
      column.values > 0 && column.types.integer + column.types.decimal === column.values
    )
  }
  for (const check of checks.tableChecks) {
    if (check.check !== 'compound_unique') continue
    const compound = scan.compound[check.id]
    if (compound !== undefined)
      place(
        check.id,
        compound.samples,
        check.columns.map((name) => shards.header.indexOf(name)),
        false
      )
  }
  if (missing.length === 0) return texts
  const input = readableData(shards, cwd)
  const rows =
    input === undefined
      ? undefined
      : await pickRows(
          input,
          await readTableHeader(input),
          new Set(missing.map((entry) => entry.row))
        )
  for (const entry of missing) {
    const values = rows?.get(entry.row)
    const text =
      values === undefined
        ? entry.fallback
        : entry.columns.length === 1
          ? values[entry.columns[0]!]!
          : `(${entry.columns.map((index) => values[index]!).join(', ')})`
    texts.get(entry.checkId)!.set(entry.row, text)
  }
  return texts
}

/** The table's files when every one is readable here with the size the shards saw. */
function readableData(shards: AssembledShards, cwd = process.cwd()): TableInput | undefined {
  const files = []
  for (const file of shards.files) {
    const path = isAbsolute(file.path) ? file.path : join(cwd, file.path)
    if (!existsSync(path) || statSync(path).size !== file.bytes) return undefined
    files.push({ path, openPath: path, format: file.format, gzip: file.gzip, bytes: file.bytes })
  }
  return { files, delimiter: shards.delimiter === '' ? undefined : shards.delimiter, threads: 1 }
}

/** The sample text when the value cannot be read: which shard's data holds the row. */
function unavailableText(shards: AssembledShards, row: number): string {
  let shard = 0
  while (shard + 1 < shards.shardRowsBefore.length && shards.shardRowsBefore[shard + 1]! < row)
    shard++
  return `(value not available: row ${row} is in shard ${shard + 1}/${shards.count}; merge where the data files are readable to show it)`
}
