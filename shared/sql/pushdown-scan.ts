import type { ChecksConfig, ValueCheck } from '../checks/check-types.js'
import { InputError } from '../errors.js'
import type { CheckCounter, Sample, TypeCounts } from '../scan/column-scan.js'
import type { DuplicateSummary } from '../scan/duplicate-keys.js'
import type { ColumnResult, ScanResult } from '../scan/merge-partials.js'
import { DEFAULT_EXACT_VALUE_BUDGET } from '../scan/scan-plan.js'
import type { ValueTallyState } from '../scan/value-tally.js'
import { HyperLogLog } from '../sketch/hyperloglog.js'
import { TOP_VALUES_DEFAULT_COUNTERS, TOP_VALUES_DEFAULT_EXACT_CAP } from '../sketch/top-values.js'
import type { Moments } from '../stats/moments.js'
import { closestName } from '../text/closest-name.js'
import { valuePassSql } from './check-sql.js'
import {
  columnAliases,
  derivedColumnSql,
  typeOfValueSql,
  type ColumnSql
} from './column-expressions.js'
import type { SqlDialect } from './sql-dialect.js'
import { numberOf, numberOrNull, textOrNull, type SqlRow, type SqlRunner } from './sql-runner.js'
import {
  addDistinctValues,
  quantileSketchFromBuckets,
  sketchIndexMultiplier,
  topValuesFromCounts,
  type ValueCount
} from './sql-tally.js'
import type { TableSource } from './table-source.js'

/** What the database scan returns: the scan result and what follow-up queries need. */
export interface PushdownScan {
  scan: ScanResult
  header: string[]
  columns: ColumnSql[]
  /** Texts of uniqueness samples: check id → row → text. */
  sampleTexts: Map<string, Map<number, string>>
  /** The derived table of some columns (no row numbers), for follow-up queries. */
  derived: (columns: readonly ColumnSql[]) => string
}

const SAMPLE_TEXT_LIMIT = 200
/** Distinct values fetched per batch for the HyperLogLog of high-cardinality columns. */
const DISTINCT_BATCH = 2_000_000

export interface PushdownOptions {
  sampleLimit: number
  /** Distinct values fetched per query for the HyperLogLog (default 2M; tests lower it). */
  distinctBatch?: number
}

/**
 * Runs the scan of validate-data inside the database: the same ScanResult the streaming engine
 * builds from files (counts, moments, type counts, value tallies, check counters with samples,
 * duplicate summaries), computed by a handful of aggregate queries. Only aggregates and at most
 * `sampleLimit` rows per failing check come back.
 *
 * Queries: one aggregate pass over all columns and value checks; per failing value check, its
 * first failing rows; per order check (increasing/decreasing), its violations via LAG; per
 * uniqueness check, the repeated keys via GROUP BY and their first rows; per column, its value
 * counts (GROUP BY, top 1001) and, above 1000 distinct values, its distinct values for the
 * HyperLogLog in hash-partitioned batches; per numeric column, its DDSketch buckets.
 */
export async function pushdownScan(
  runner: SqlRunner,
  checks: ChecksConfig,
  source: TableSource,
  options: PushdownOptions
): Promise<PushdownScan> {
  const sampleLimit = options.sampleLimit
  const dialect = runner.dialect
  const table = dialect.tableReference(source.schema, source.table)
  const columnRows = await runner.query(dialect.columnsQuery(source.schema, source.table))
  if (columnRows.length === 0) {
    throw new InputError(
      source.location,
      `the table ${source.schema === undefined ? '' : `${source.schema}.`}${source.table} was not found in the ${dialect.name} database (or has no columns)`
    )
  }
  const header = columnRows.map((row) => textOrNull(row.name) ?? '')
  const columns = columnRows.map((row, index) =>
    columnAliases(index, header[index]!, dialect.columnKind(textOrNull(row.type) ?? ''))
  )
  checkNamedColumns(checks, source, header)
  const byName = new Map(columns.map((column) => [column.name, column]))
  const derivedList = (subset: readonly ColumnSql[]): string =>
    subset.map((column) => derivedColumnSql(dialect, column, checks.nullValues)).join(', ')
  const order = [
    ...source.orderBy.map((name) => `${dialect.quoteIdentifier(name)} NULLS LAST`),
    dialect.storageOrder
  ].join(', ')
  const derivedOf = (subset: readonly ColumnSql[]): string =>
    `(SELECT ${derivedList(subset)} FROM ${table}${dialect.derivedTableFence}) d`
  const derived = derivedOf(columns)
  const numbered = (subset: readonly ColumnSql[]): string =>
    `(SELECT ROW_NUMBER() OVER (ORDER BY ${order}) AS r__, ${derivedList(subset)} FROM ${table}${dialect.derivedTableFence}) d`

  if (source.orderBy.length === 0 && !dialect.storageIsInsertionOrder) {
    const ordered = checks.columns
      .flatMap((column) => column.valueChecks)
      .find((check) => check.check === 'increasing' || check.check === 'decreasing')
    if (ordered !== undefined) {
      throw new InputError(
        ordered.location,
        `${ordered.check} needs the order of the rows, and ${dialect.name} tables have none of their own (rows are stored wherever there is room): add \`order_by: [<column>]\` to the source`
      )
    }
  }
  // Value checks decided by the value alone, compiled before any query runs (unsupported ones fail early).
  const predicateChecks: { check: ValueCheck; column: ColumnSql; fails: string }[] = []
  for (const declared of checks.columns) {
    const column = byName.get(declared.name)!
    for (const check of declared.valueChecks) {
      if (check.check === 'not_null') predicateChecks.push({ check, column, fails: column.missing })
      else if (
        check.check !== 'unique' &&
        check.check !== 'increasing' &&
        check.check !== 'decreasing'
      ) {
        predicateChecks.push({
          check,
          column,
          fails: `NOT ${column.missing} AND NOT ${valuePassSql(dialect, check, column)}`
        })
      }
    }
  }

  // 1. One pass: rows, and per column nulls, type counts, moments, text lengths, dates, check counts.
  const select: string[] = ['COUNT(*) AS rows__']
  const when = (condition: string, value: string): string =>
    `CASE WHEN ${condition} THEN ${value} END`
  const count = (condition: string): string => `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`
  columns.forEach((column, i) => {
    const types = typeOfValueSql(column)
    const present = `NOT ${column.missing}`
    const number = when(present, column.number)
    const nonNumeric = `${present} AND ${column.number} IS NULL`
    select.push(
      `${count(column.missing)} AS c${i}_nulls`,
      ...(Object.keys(types) as (keyof typeof types)[]).map(
        (type) => `${count(`${present} AND ${types[type]}`)} AS c${i}_${type}`
      ),
      `COUNT(${number}) AS c${i}_count`,
      `AVG(${number}) AS c${i}_mean`,
      `VAR_POP(${number}) AS c${i}_var`,
      `MIN(${number}) AS c${i}_min`,
      `MAX(${number}) AS c${i}_max`,
      `SUM(${number}) AS c${i}_sum`,
      `MIN(${when(nonNumeric, dialect.charLength(column.text))}) AS c${i}_lmin`,
      `MAX(${when(nonNumeric, dialect.charLength(column.text))}) AS c${i}_lmax`,
      `MIN(${when(nonNumeric, column.epoch)}) AS c${i}_emin`,
      `MAX(${when(nonNumeric, column.epoch)}) AS c${i}_emax`
    )
  })
  predicateChecks.forEach(({ fails }, j) => select.push(`${count(fails)} AS k${j}`))
  const totals = (await runner.query(`SELECT ${select.join(', ')} FROM ${derived}`))[0] ?? {}
  const rows = numberOf(totals.rows__)

  const results: ColumnResult[] = columns.map((column, i) => columnFromTotals(column, i, totals))
  const resultOf = new Map(results.map((result) => [result.name, result]))

  // 2. The first failing rows of every failing value check, in one query: the rows are numbered
  //    once (one sort), then each check takes its first rows from that numbered set.
  const failing = predicateChecks.flatMap((entry, j) =>
    numberOf(totals[`k${j}`]) > 0 ? [{ ...entry, j }] : []
  )
  const samplesByCheck = new Map<number, Sample[]>()
  if (failing.length > 0 && sampleLimit > 0) {
    const involved = [...new Map(failing.map(({ column }) => [column.name, column])).values()]
    const parts = failing.map(
      ({ column, fails, j }) =>
        `(SELECT ${j} AS k, r__, ${column.text} AS t FROM failing WHERE ${fails} ORDER BY r__ LIMIT ${sampleLimit})`
    )
    const rows = await runner.query(
      `WITH failing AS MATERIALIZED (SELECT * FROM ${numbered(involved)}) ${parts.join(' UNION ALL ')}`
    )
    for (const row of rows) {
      const j = numberOf(row.k)
      const check = predicateChecks[j]!.check
      const list = samplesByCheck.get(j) ?? []
      list.push({
        row: numberOf(row.r__),
        value: check.check === 'not_null' ? '' : truncate(textOrNull(row.t) ?? '')
      })
      samplesByCheck.set(j, list)
    }
  }
  for (const [j, { check, column }] of predicateChecks.entries()) {
    const samples = (samplesByCheck.get(j) ?? []).sort((a, b) => a.row - b.row)
    resultOf.get(column.name)!.checks[check.id] = { unexpected: numberOf(totals[`k${j}`]), samples }
  }

  // 3. increasing / decreasing: each non-missing value against the previous non-missing one.
  for (const declared of checks.columns) {
    const column = byName.get(declared.name)!
    for (const check of declared.valueChecks) {
      if (check.check !== 'increasing' && check.check !== 'decreasing') continue
      resultOf.get(column.name)!.checks[check.id] = await orderViolations(
        runner,
        numbered([column]),
        column,
        check.check === 'increasing' ? 1 : -1,
        check.strictly,
        sampleLimit
      )
    }
  }

  // 4. Uniqueness, by the streaming engine's keys: numbers by value, other values by text.
  const sampleTexts = new Map<string, Map<number, string>>()
  for (const declared of checks.columns) {
    const check = declared.valueChecks.find((candidate) => candidate.check === 'unique')
    if (check === undefined) continue
    const column = byName.get(declared.name)!
    const result = resultOf.get(column.name)!
    const duplicates = await duplicateSummary(
      runner,
      derivedOf([column]),
      numbered([column]),
      [column],
      `NOT ${column.missing}`,
      result.values,
      sampleLimit
    )
    result.duplicates.unique = duplicates.summary
    sampleTexts.set(check.id, duplicates.texts)
  }
  const compound: Record<string, DuplicateSummary> = {}
  for (const check of checks.tableChecks) {
    if (check.check !== 'compound_unique') continue
    const parts = check.columns.map((name) => byName.get(name)!)
    // Great Expectations' ignore_row_if='all_values_are_missing'; a missing part is its own value.
    const considered = `NOT (${parts.map((part) => part.missing).join(' AND ')})`
    const keyCount = numberOf(
      (await runner.query(`SELECT COUNT(*) AS n FROM ${derivedOf(parts)} WHERE ${considered}`))[0]
        ?.n
    )
    const duplicates = await duplicateSummary(
      runner,
      derivedOf(parts),
      numbered(parts),
      parts,
      considered,
      keyCount,
      sampleLimit
    )
    compound[check.id] = duplicates.summary
    sampleTexts.set(check.id, duplicates.texts)
  }

  // 5. Value counts, distinct values and quantile sketches per column. A file scan knows the
  // exact distinct count of a numeric column while the table's numbers fit its exact-value budget
  // (scan-plan.ts); the same condition here keeps the two engines' profiles identical.
  const numbersKeptExactly =
    results.reduce((total, result) => total + result.moments.count, 0) <= DEFAULT_EXACT_VALUE_BUDGET
  for (const [i, column] of columns.entries()) {
    results[i]!.tally = await valueTally(
      runner,
      dialect,
      derivedOf([column]),
      column,
      results[i]!,
      options.distinctBatch ?? DISTINCT_BATCH,
      numbersKeptExactly
    )
  }
  return {
    scan: { rows, columns: results, compound },
    header,
    columns,
    sampleTexts,
    derived: derivedOf
  }
}

function checkNamedColumns(
  checks: ChecksConfig,
  source: TableSource,
  header: readonly string[]
): void {
  const table = `${source.schema === undefined ? '' : `${source.schema}.`}${source.table}`
  const missing = (name: string): string => {
    const suggestion = closestName(name, [...header])
    return `column "${name}" is not in the table ${table} (columns: ${header.join(', ')})${suggestion === undefined ? '' : `; did you mean "${suggestion}"?`}`
  }
  for (const column of checks.columns)
    if (!header.includes(column.name)) throw new InputError(column.location, missing(column.name))
  for (const check of checks.tableChecks) {
    if (check.check !== 'compound_unique') continue
    for (const name of check.columns)
      if (!header.includes(name))
        throw new InputError(check.location, `${missing(name)} (in the compound key)`)
  }
  for (const name of source.orderBy)
    if (!header.includes(name)) throw new InputError(source.location, `order_by: ${missing(name)}`)
}

function columnFromTotals(column: ColumnSql, i: number, totals: SqlRow): ColumnResult {
  const value = (suffix: string): number => numberOf(totals[`c${i}_${suffix}`])
  const optional = (suffix: string, fallback: number): number =>
    numberOrNull(totals[`c${i}_${suffix}`]) ?? fallback
  const types: TypeCounts = {
    integer: value('integer'),
    decimal: value('decimal'),
    boolean: value('boolean'),
    date: value('date'),
    datetime: value('datetime'),
    text: value('text')
  }
  const numbers = value('count')
  const moments: Moments = {
    count: numbers,
    mean: optional('mean', 0),
    m2: optional('var', 0) * numbers,
    min: optional('min', Infinity),
    max: optional('max', -Infinity),
    sum: optional('sum', 0)
  }
  const values =
    types.integer + types.decimal + types.boolean + types.date + types.datetime + types.text
  const emptyTally: ValueTallyState = {
    top: topValuesFromCounts([], 0, true, 0),
    hll: new HyperLogLog().toJSON()
  }
  return {
    name: column.name,
    values,
    nulls: value('nulls'),
    types,
    moments,
    tally: emptyTally,
    textLength: { min: optional('lmin', Infinity), max: optional('lmax', -Infinity) },
    epoch: { min: optional('emin', Infinity), max: optional('emax', -Infinity) },
    checks: {},
    duplicates: {}
  }
}

function truncate(text: string): string {
  return text.length > SAMPLE_TEXT_LIMIT ? `${text.slice(0, SAMPLE_TEXT_LIMIT)}…` : text
}

/**
 * violatesOrder over consecutive non-missing values: numbers and dates compare as numbers, other
 * values as text (code-point order), and a number next to a text always breaks the order.
 */
async function orderViolations(
  runner: SqlRunner,
  numbered: string,
  column: ColumnSql,
  direction: 1 | -1,
  strictly: boolean,
  sampleLimit: number
): Promise<CheckCounter> {
  const dialect = runner.dialect
  const kind = `(CASE WHEN ${column.number} IS NOT NULL OR ${column.epoch} IS NOT NULL THEN 0 ELSE 1 END)`
  const numericKey = `COALESCE(${column.number}, ${column.epoch})`
  const textKey = dialect.codePointOrder(column.text)
  const keyed = `(SELECT r__, ${column.text} AS t, ${kind} AS kind, ${numericKey} AS nk, ${textKey} AS tk FROM ${numbered} WHERE NOT ${column.missing}) k`
  const lagged = `(SELECT r__, t, kind, nk, tk, LAG(kind) OVER (ORDER BY r__) AS pkind, LAG(nk) OVER (ORDER BY r__) AS pnk, LAG(tk) OVER (ORDER BY r__) AS ptk FROM ${keyed}) x`
  const before = direction === 1 ? '<' : '>'
  const equalBreaks = strictly ? ' OR nk = pnk' : ''
  const equalTextBreaks = strictly ? ' OR tk = ptk' : ''
  const violation = `pkind IS NOT NULL AND (pkind <> kind OR (kind = 0 AND (nk ${before} pnk${equalBreaks})) OR (kind = 1 AND (tk ${before} ptk${equalTextBreaks})))`
  const found = await runner.query(
    `SELECT r__, t, COUNT(*) OVER () AS total FROM ${lagged} WHERE ${violation} ORDER BY r__ LIMIT ${Math.max(sampleLimit, 1)}`
  )
  const samples: Sample[] = found
    .slice(0, sampleLimit)
    .map((row) => ({ row: numberOf(row.r__), value: truncate(textOrNull(row.t) ?? '') }))
  return { unexpected: numberOf(found[0]?.total), samples }
}

/**
 * Repeated keys among the rows where `considered` holds, grouped by each part's number (numeric
 * values) and text (other values) — the streaming engine's keys. Returns the duplicate counts and
 * the first rows holding a repeated key, with their texts (a compound key as `(a, b)`).
 */
async function duplicateSummary(
  runner: SqlRunner,
  derived: string,
  numbered: string,
  parts: readonly ColumnSql[],
  considered: string,
  keyCount: number,
  sampleLimit: number
): Promise<{ summary: DuplicateSummary; texts: Map<number, string> }> {
  const keys = parts.flatMap((part) => [
    `CASE WHEN NOT ${part.missing} THEN ${part.number} END`,
    `CASE WHEN NOT ${part.missing} AND ${part.number} IS NULL THEN ${part.text} END`
  ])
  const keyList = keys.join(', ')
  const groups =
    (
      await runner.query(
        `SELECT COUNT(*) AS groups, SUM(c) AS in_groups FROM (SELECT COUNT(*) AS c FROM ${derived} WHERE ${considered} GROUP BY ${keyList} HAVING COUNT(*) > 1) g`
      )
    )[0] ?? {}
  const duplicatedValues = numberOf(groups.groups)
  const rowsInDuplicates = numberOf(groups.in_groups)
  const summary: DuplicateSummary = {
    rowsInDuplicates,
    duplicateRows: rowsInDuplicates - duplicatedValues,
    duplicatedValues,
    samples: [],
    keyCount
  }
  const texts = new Map<number, string>()
  if (duplicatedValues > 0 && sampleLimit > 0) {
    const textColumns = parts
      .map((part, p) => `CASE WHEN ${part.missing} THEN NULL ELSE ${part.text} END AS t${p}`)
      .join(', ')
    const rows = await runner.query(
      `SELECT r__, ${parts.map((_, p) => `t${p}`).join(', ')} FROM (SELECT r__, ${textColumns}, COUNT(*) OVER (PARTITION BY ${keyList}) AS c FROM ${numbered} WHERE ${considered}) x WHERE c > 1 ORDER BY r__ LIMIT ${sampleLimit}`
    )
    for (const row of rows) {
      const row1 = numberOf(row.r__)
      // A missing value shows as the empty field it is in a file.
      const values = parts.map((_, p) => textOrNull(row[`t${p}`]) ?? '')
      summary.samples.push({ row: row1, key: 0 })
      texts.set(row1, values.length === 1 ? values[0]! : `(${values.join(', ')})`)
    }
  }
  return { summary, texts }
}

/**
 * The column's value counts, HyperLogLog and (for numbers) DDSketch. Up to 1000 distinct values
 * everything comes from one GROUP BY and is exactly what a scan builds; above that the counts keep
 * the 100 most frequent values and the HyperLogLog is filled from the distinct values, fetched in
 * hash-partitioned batches (the one transfer that grows with the data: one value per distinct
 * value, never per row).
 */
async function valueTally(
  runner: SqlRunner,
  dialect: SqlDialect,
  derived: string,
  column: ColumnSql,
  result: ColumnResult,
  distinctBatch: number,
  numbersKeptExactly: boolean
): Promise<ValueTallyState> {
  const present = `NOT ${column.missing}`
  const textKey = `CASE WHEN ${column.number} IS NULL THEN ${column.text} END`
  const cap = TOP_VALUES_DEFAULT_EXACT_CAP
  const rows = await runner.query(
    `SELECT n, t, c, COUNT(*) OVER () AS g, COUNT(t) OVER () AS gt FROM (SELECT ${column.number} AS n, ${textKey} AS t, COUNT(*) AS c FROM ${derived} WHERE ${present} GROUP BY ${column.number}, ${textKey}) v ORDER BY c DESC, n, t LIMIT ${cap + 1}`
  )
  const distinct = numberOf(rows[0]?.g)
  const textDistinct = numberOf(rows[0]?.gt)
  const counts: ValueCount[] = rows.map((row) => ({
    number: numberOrNull(row.n),
    text: textOrNull(row.t),
    count: numberOf(row.c)
  }))
  const hll = new HyperLogLog()
  let top
  if (distinct <= cap) {
    top = topValuesFromCounts(counts, result.values, true, 0)
    addDistinctValues(
      hll,
      counts.map((value) => value.number),
      counts.map((value) => (value.number === null ? value.text : null))
    )
  } else {
    const listed = TOP_VALUES_DEFAULT_COUNTERS
    top = topValuesFromCounts(
      counts.slice(0, listed),
      result.values,
      false,
      counts[listed]?.count ?? 0
    )
    const batches = Math.ceil(distinct / distinctBatch)
    for (let batch = 0; batch < batches; batch++) {
      const where =
        batches === 1
          ? present
          : `${present} AND ${dialect.hashBucket(`COALESCE(${dialect.toText(column.number)}, ${column.text})`, batches)} = ${batch}`
      const fetched =
        (
          await runner.query(
            `SELECT ${dialect.distinctJsonAggregate(column.number)} AS ns, ${dialect.distinctJsonAggregate(textKey)} AS ts FROM ${derived} WHERE ${where}`
          )
        )[0] ?? {}
      addDistinctValues(
        hll,
        parseJsonList(fetched.ns) as (number | null)[],
        parseJsonList(fetched.ts) as (string | null)[]
      )
    }
  }
  const state: ValueTallyState = { top, hll: hll.toJSON() }
  // The GROUP BY counted every distinct value; state it as exact where a file scan would
  // (value-tally.ts withExactNumberCounts: numbers kept exactly, text values within the cap).
  if (result.moments.count > 0 && numbersKeptExactly && textDistinct <= cap) {
    state.distinct = distinct
  }
  if (result.moments.count > 0) {
    const multiplier = sketchIndexMultiplier()
    const number = column.number
    const buckets = await runner.query(
      `SELECT s, i, COUNT(*) AS c FROM (SELECT CASE WHEN ${number} > 0 THEN 1 WHEN ${number} < 0 THEN -1 ELSE 0 END AS s, ` +
        `CASE WHEN ${number} <> 0 THEN CAST(CEIL(LN(ABS(${number})) * ${multiplier.toPrecision(17)}) AS INTEGER) END AS i FROM ${derived} WHERE ${present} AND ${number} IS NOT NULL) b GROUP BY s, i`
    )
    state.quantiles = quantileSketchFromBuckets(
      buckets.map((row) => ({
        sign: numberOf(row.s),
        index: numberOrNull(row.i),
        count: numberOf(row.c)
      })),
      result.moments.min,
      result.moments.max
    )
  }
  return state
}

function parseJsonList(value: unknown): unknown[] {
  if (value === null || value === undefined) return []
  const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value
  return Array.isArray(parsed) ? parsed : []
}
