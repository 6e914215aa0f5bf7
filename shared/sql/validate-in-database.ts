import type { CheckResult } from '../checks/check-result.js'
import type { AggregateCheck, ChecksConfig } from '../checks/check-types.js'
import { evaluateChecks } from '../checks/evaluate-checks.js'
import { buildProfile, PROFILE_QUANTILES, type DataProfile } from '../profile/data-profile.js'
import { buildValidateReport, type ValidateReport } from '../report/validate-report.js'
import type { ColumnResult, ScanResult } from '../scan/merge-partials.js'
import { DEFAULT_SAMPLE_LIMIT } from '../scan/scan-plan.js'
import { quantileSorted, type QuantileMethod } from '../stats/quantile.js'
import type { ColumnSql } from './column-expressions.js'
import { pushdownScan } from './pushdown-scan.js'
import { doubleLiteral } from './sql-dialect.js'
import { numberOf, numberOrNull, type SqlRunner } from './sql-runner.js'
import type { TableSource } from './table-source.js'

export interface DatabaseValidation {
  report: ValidateReport
  profile: DataProfile
}

/**
 * validate-data on a database table (SQL pushdown): the scan runs as SQL (pushdown-scan.ts), then
 * the very same evaluateChecks and buildProfile as for files produce the report and profile, so
 * messages, statuses and the report shape are identical. Where the database can do better than a
 * sketch it does: quantiles and medians are exact order statistics (ROW_NUMBER over the sorted
 * numbers, read at the ranks numpy's methods need) and histograms exact counts, whatever the size
 * of the table. Distinct counts above 1000 values stay HyperLogLog estimates, as for files.
 */
export async function validateInDatabase(
  runner: SqlRunner,
  checks: ChecksConfig,
  source: TableSource,
  options: {
    now: number
    failOn: ValidateReport['fail_on']
    checksFile: string
    version: string
    sampleLimit?: number
    distinctBatch?: number
  }
): Promise<DatabaseValidation> {
  const sampleLimit = options.sampleLimit ?? DEFAULT_SAMPLE_LIMIT
  const pushed = await pushdownScan(runner, checks, source, {
    sampleLimit,
    distinctBatch: options.distinctBatch
  })
  const { scan, header } = pushed
  const context = {
    now: options.now,
    sampleText: (checkId: string, row: number) => pushed.sampleTexts.get(checkId)?.get(row)
  }
  const sqlColumn = (name: string): ColumnSql =>
    pushed.columns.find((column) => column.name === name)!

  // Exact order statistics for every quantile the checks and the profile need.
  const wanted = new Map<string, { q: number; method: QuantileMethod }[]>()
  for (const column of checks.columns) {
    for (const check of column.aggregateChecks) {
      if (check.check === 'median')
        (wanted.get(column.name) ?? wanted.set(column.name, []).get(column.name)!).push({
          q: 0.5,
          method: 'linear'
        })
      if (check.check === 'quantile')
        (wanted.get(column.name) ?? wanted.set(column.name, []).get(column.name)!).push({
          q: check.q,
          method: 'nearest'
        })
    }
  }
  const generatedAt = new Date(options.now).toISOString()
  const profile = buildProfile(scan, [], generatedAt)
  const exactQuantiles = new Map<string, (q: number, method: QuantileMethod) => number>()
  for (const column of scan.columns) {
    const count = column.moments.count
    const profiled = profile.columns.find((entry) => entry.name === column.name)!
    if (count === 0 || (profiled.quantiles === null && !wanted.has(column.name))) continue
    const requests = [
      ...(wanted.get(column.name) ?? []),
      ...(profiled.quantiles === null
        ? []
        : PROFILE_QUANTILES.map((q) => ({ q, method: 'linear' as const })))
    ]
    const ranks = new Set<number>([0, count - 1])
    for (const { q } of requests) {
      const below = Math.floor(Math.min(Math.max(q, 0), 1) * (count - 1))
      ranks.add(below)
      ranks.add(Math.min(below + 1, count - 1))
    }
    const sparse = await orderStatistics(
      runner,
      pushed.derived([sqlColumn(column.name)]),
      sqlColumn(column.name),
      [...ranks],
      count
    )
    exactQuantiles.set(column.name, (q, method) => quantileSorted(sparse, q, method))
    if (profiled.quantiles !== null) {
      profiled.quantiles = PROFILE_QUANTILES.map((q) => ({
        q,
        value: quantileSorted(sparse, q, 'linear')
      }))
      profiled.quantiles_exact = true
    }
    if (profiled.histogram !== null)
      profiled.histogram = await exactHistogram(
        runner,
        pushed.derived([sqlColumn(column.name)]),
        sqlColumn(column.name),
        profiled.histogram.edges
      )
  }

  const results: CheckResult[] = evaluateChecks(checks, header, scan, context).map((result) => {
    const check = aggregateCheckOf(checks, result.id)
    const exact = check === undefined ? undefined : exactQuantiles.get(check.column)
    if (check === undefined || exact === undefined) return result
    // Evaluate again with the exact value standing for the sorted numbers (one value: every
    // quantile of it is that value), so status and message come from the same code.
    if (check.check === 'median')
      return evaluateWithExactValue(checks, header, scan, check, exact(0.5, 'linear'), context)
    if (check.check === 'quantile')
      return evaluateWithExactValue(checks, header, scan, check, exact(check.q, 'nearest'), context)
    return result
  })
  const report = buildValidateReport({
    results,
    failOn: options.failOn,
    checksFile: options.checksFile,
    files: [],
    rows: scan.rows,
    columns: header,
    generatedAt,
    version: options.version
  })
  return { report, profile }
}

function aggregateCheckOf(checks: ChecksConfig, id: string): AggregateCheck | undefined {
  for (const column of checks.columns) {
    const found = column.aggregateChecks.find((check) => check.id === id)
    if (found !== undefined) return found
  }
  return undefined
}

function evaluateWithExactValue(
  checks: ChecksConfig,
  header: string[],
  scan: ScanResult,
  check: AggregateCheck,
  value: number,
  context: { now: number }
): CheckResult {
  const columns = scan.columns.map((column): ColumnResult => {
    if (column.name !== check.column) return column
    const single = Float64Array.of(value)
    return { ...column, sortedParts: [single], sortedNumbers: single }
  })
  const declared = checks.columns.find((column) => column.name === check.column)!
  const only: ChecksConfig = {
    ...checks,
    tableChecks: [],
    columns: [{ ...declared, valueChecks: [], aggregateChecks: [check] }]
  }
  return evaluateChecks(only, header, { ...scan, columns }, context)[0]!
}

/** The values at the given 0-based ranks of the sorted numbers, as a sparse stand-in for the sorted array. */
async function orderStatistics(
  runner: SqlRunner,
  derived: string,
  column: ColumnSql,
  ranks: number[],
  count: number
): Promise<ArrayLike<number>> {
  const rows = await runner.query(
    `SELECT i, n FROM (SELECT ${column.number} AS n, ROW_NUMBER() OVER (ORDER BY ${column.number}) - 1 AS i FROM ${derived} WHERE NOT ${column.missing} AND ${column.number} IS NOT NULL) o WHERE i IN (${ranks.join(', ')})`
  )
  const sparse: Record<number, number> & { length: number } = { length: count }
  for (const row of rows) sparse[numberOf(row.i)] = numberOrNull(row.n) ?? NaN
  for (const rank of ranks) {
    if (sparse[rank] === undefined)
      throw new Error(
        `Bug: the database returned no value at rank ${rank} of column ${column.name}`
      )
  }
  return sparse
}

/** numpy.histogram counts over the profile's edges ([e_j, e_j+1), the last bin closed). */
async function exactHistogram(
  runner: SqlRunner,
  derived: string,
  column: ColumnSql,
  edges: number[]
): Promise<{ edges: number[]; counts: number[] }> {
  const dialect = runner.dialect
  const number = column.number
  const inner = edges
    .slice(1, -1)
    .map((edge) => `CASE WHEN ${number} >= ${doubleLiteral(edge, dialect)} THEN 1 ELSE 0 END`)
  const bin = inner.length === 0 ? '0' : inner.join(' + ')
  const rows = await runner.query(
    `SELECT bin, COUNT(*) AS c FROM (SELECT ${bin} AS bin FROM ${derived} WHERE NOT ${column.missing} AND ${number} >= ${doubleLiteral(edges[0]!, dialect)} AND ${number} <= ${doubleLiteral(edges[edges.length - 1]!, dialect)}) h GROUP BY bin`
  )
  const counts = new Array<number>(edges.length - 1).fill(0)
  for (const row of rows) counts[numberOf(row.bin)] = numberOf(row.c)
  return { edges, counts }
}
