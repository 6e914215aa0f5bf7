import { sampleVariance } from '../stats/moments.js'
import { quantilesOfParts } from '../scan/sorted-parts.js'
import type { ColumnResult, ScanResult } from '../scan/merge-partials.js'
import type { DuplicateSummary } from '../scan/duplicate-keys.js'
import { distinctCount, quantileOf, topValues, valueSet } from '../scan/value-tally.js'
import type { CheckResult } from './check-result.js'
import type { AggregateCheck, Bounds, ChecksConfig, TableCheck, ValueCheck } from './check-types.js'
import { withinBounds } from './value-predicates.js'
import { inferType } from './infer-type.js'
import { groupedInteger } from '../text/grouped-integer.js'

export interface EvaluationContext {
  /** "Now" for freshness, in epoch ms (injectable for reproducible runs). */
  now: number
  /** Resolves sample texts that only exist as keys (unique checks on text columns). */
  sampleText?: (checkId: string, row: number, key: number) => string | undefined
}

/**
 * Turns the merged scan into one result per check. Denominators follow stats-reference.md §4.1:
 * value checks count only non-null values (element_count) and pass when the passing share is at
 * least `mostly`; not_null counts all rows; an empty column passes value checks vacuously.
 */
export function evaluateChecks(
  config: ChecksConfig,
  header: string[],
  scan: ScanResult,
  context: EvaluationContext
): CheckResult[] {
  const results: CheckResult[] = []
  for (const check of config.tableChecks)
    results.push(evaluateTableCheck(check, header, scan, context))
  for (const column of config.columns) {
    const data = scan.columns.find((candidate) => candidate.name === column.name)
    if (data === undefined) throw new Error(`Bug: column ${column.name} was not scanned`)
    for (const check of column.valueChecks)
      results.push(evaluateValueCheck(check, data, scan.rows, context))
    for (const check of column.aggregateChecks)
      results.push(evaluateAggregateCheck(check, data, scan.rows, context))
  }
  return results
}

function statusOf(passed: boolean, check: { severity: 'error' | 'warn' }): CheckResult['status'] {
  return passed ? 'pass' : check.severity === 'error' ? 'fail' : 'warn'
}

const percent = (part: number, whole: number): number | null =>
  whole === 0 ? null : (part / whole) * 100

export function describeBounds(bounds: Bounds): string {
  const low = bounds.min === undefined ? undefined : `${bounds.strictMin ? '>' : '≥'} ${bounds.min}`
  const high =
    bounds.max === undefined ? undefined : `${bounds.strictMax ? '<' : '≤'} ${bounds.max}`
  if (
    bounds.min !== undefined &&
    bounds.max !== undefined &&
    bounds.min === bounds.max &&
    !bounds.strictMin &&
    !bounds.strictMax
  ) {
    return `= ${bounds.min}`
  }
  return [low, high].filter((part) => part !== undefined).join(' and ')
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value)
  if (Number.isInteger(value)) return groupedInteger(value)
  return Number(value.toPrecision(6)).toString()
}

function describeValueExpectation(check: ValueCheck): string {
  switch (check.check) {
    case 'not_null':
      return 'no missing values'
    case 'type':
      return `values of type ${check.type}`
    case 'unique':
      return 'no repeated values'
    case 'between':
      return `values ${describeBounds(check.bounds)}`
    case 'in_set':
      return `values in {${check.values.join(', ')}}`
    case 'not_in_set':
      return `values not in {${check.values.join(', ')}}`
    case 'regex':
      return `values ${check.search ? 'containing a match of' : 'fully matching'} /${check.pattern}/`
    case 'not_regex':
      return `values not ${check.search ? 'containing a match of' : 'fully matching'} /${check.pattern}/`
    case 'length':
      return `text length ${describeBounds(check.bounds)}`
    case 'format':
      return `values formatted as ${check.format}`
    case 'increasing':
      return `values ${check.strictly ? 'strictly ' : ''}increasing`
    case 'decreasing':
      return `values ${check.strictly ? 'strictly ' : ''}decreasing`
    case 'references':
      return `values present in ${check.file} column ${check.column}`
  }
}

function evaluateValueCheck(
  check: ValueCheck,
  column: ColumnResult,
  rows: number,
  context: EvaluationContext
): CheckResult {
  const counter = column.checks[check.id]
  let unexpected = counter?.unexpected ?? 0
  let samples = counter?.samples ?? []
  let observed: unknown = null
  const elementCount = check.check === 'not_null' ? rows : column.values
  if (check.check === 'unique') {
    const duplicates = column.duplicates.unique!
    unexpected = duplicates.rowsInDuplicates
    samples = duplicateSamples(duplicates, check.id, context)
    observed = duplicateObservation(duplicates)
  } else if (check.check === 'type') {
    observed = { inferred_type: inferType(column.types, column.values) }
  }
  const passing = elementCount - unexpected
  const passed = elementCount === 0 || passing / elementCount >= check.mostly
  const share = percent(unexpected, elementCount)
  const expected = describeValueExpectation(check)
  const mostlyText = check.mostly < 1 ? ` (at least ${check.mostly * 100}% must pass)` : ''
  const message =
    unexpected === 0
      ? `All ${formatNumber(elementCount)} ${check.check === 'not_null' ? 'rows' : 'values'} meet: ${expected}.`
      : `${formatNumber(unexpected)} of ${formatNumber(elementCount)} ${check.check === 'not_null' ? 'rows' : 'values'} (${formatNumber(share ?? 0)}%) fail: ${expected}${mostlyText}.`
  return {
    id: check.id,
    column: check.column,
    check: check.check,
    status: statusOf(passed, check),
    severity: check.severity,
    element_count: elementCount,
    missing_count: column.nulls,
    unexpected_count: unexpected,
    unexpected_percent: share,
    unexpected_percent_total: percent(unexpected, rows),
    mostly: check.mostly,
    observed,
    expected,
    exact: true,
    unexpected_samples: samples,
    message,
    location: check.location
  }
}

function duplicateObservation(duplicates: DuplicateSummary): Record<string, number> {
  return {
    duplicated_values: duplicates.duplicatedValues,
    duplicate_rows: duplicates.duplicateRows,
    rows_in_duplicates: duplicates.rowsInDuplicates
  }
}

function duplicateSamples(
  duplicates: DuplicateSummary,
  checkId: string,
  context: EvaluationContext
): { row: number; value: string }[] {
  return duplicates.samples.map(({ row, key }) => ({
    row,
    value:
      context.sampleText?.(checkId, row, key) ??
      (Number.isInteger(key) && Math.abs(key) < 2 ** 53 ? String(key) : String(key))
  }))
}

/** The statistic an aggregate check compares, or undefined when the column has no such values. */
function aggregateObservation(
  check: AggregateCheck,
  column: ColumnResult,
  rows: number,
  context: EvaluationContext
): { value: number | undefined; exact: boolean } {
  const m = column.moments
  switch (check.check) {
    case 'null_fraction':
      return { value: rows === 0 ? undefined : column.nulls / rows, exact: true }
    case 'mean':
      return { value: m.count === 0 ? undefined : m.mean, exact: true }
    case 'stdev':
      return { value: m.count < 2 ? undefined : Math.sqrt(sampleVariance(m)), exact: true }
    case 'min':
      return { value: m.count === 0 ? undefined : m.min, exact: true }
    case 'max':
      return { value: m.count === 0 ? undefined : m.max, exact: true }
    case 'sum':
      return { value: m.count === 0 ? undefined : m.sum, exact: true }
    case 'median': {
      if (m.count === 0) return { value: undefined, exact: true }
      if (column.sortedParts !== undefined)
        return { value: quantilesOfParts(column.sortedParts, [0.5], 'linear')[0]!, exact: true }
      return { value: quantileOf(column.tally, 0.5), exact: false }
    }
    case 'quantile': {
      if (m.count === 0) return { value: undefined, exact: true }
      // Great Expectations (pandas) uses interpolation="nearest" for this expectation.
      if (column.sortedParts !== undefined)
        return {
          value: quantilesOfParts(column.sortedParts, [check.q], 'nearest')[0]!,
          exact: true
        }
      return { value: quantileOf(column.tally, check.q), exact: false }
    }
    case 'distinct_count': {
      const distinct = distinctCount(column.tally)
      return { value: distinct.value, exact: distinct.exact }
    }
    case 'unique_proportion': {
      if (column.values === 0) return { value: undefined, exact: true }
      const distinct = distinctCount(column.tally)
      return { value: distinct.value / column.values, exact: distinct.exact }
    }
    case 'freshness':
      return {
        value: Number.isFinite(column.epoch.max) ? context.now - column.epoch.max : undefined,
        exact: true
      }
    default:
      return { value: undefined, exact: true }
  }
}

function evaluateAggregateCheck(
  check: AggregateCheck,
  column: ColumnResult,
  rows: number,
  context: EvaluationContext
): CheckResult {
  const base = {
    id: check.id,
    column: check.column,
    check: check.check,
    severity: check.severity,
    element_count: check.check === 'null_fraction' ? rows : column.values,
    missing_count: column.nulls,
    unexpected_count: null,
    unexpected_percent: null,
    unexpected_percent_total: null,
    mostly: null,
    unexpected_samples: [],
    location: check.location
  }
  if (check.check === 'distinct_values' || check.check === 'most_common_value') {
    return { ...base, ...evaluateValueSetCheck(check, column) }
  }
  const { value, exact } = aggregateObservation(check, column, rows, context)
  const label = check.check === 'quantile' ? `quantile ${check.q}` : check.check.replace('_', ' ')
  if (check.check === 'freshness') {
    const passed = value !== undefined && value <= check.maxAgeMs
    const newest = Number.isFinite(column.epoch.max)
      ? new Date(column.epoch.max).toISOString()
      : null
    return {
      ...base,
      status: statusOf(passed, check),
      observed: { newest, age_seconds: value === undefined ? null : value / 1000 },
      expected: `newest value at most ${check.maxAgeText} old`,
      exact: true,
      message:
        value === undefined
          ? 'No date or date-time values to judge freshness.'
          : `Newest value ${newest} is ${formatAge(value)} old; expected at most ${check.maxAgeText}.`
    }
  }
  const passed = value !== undefined && withinBounds(value, check.bounds)
  const expected = `${label} ${describeBounds(check.bounds)}`
  const approximate = exact ? '' : ' (estimated from a sketch)'
  return {
    ...base,
    status: statusOf(passed, check),
    observed: value ?? null,
    expected,
    exact,
    message:
      value === undefined
        ? `No values to compute the ${label} of; expected ${describeBounds(check.bounds)}.`
        : `${capitalize(label)} is ${formatNumber(value)}${approximate}; expected ${describeBounds(check.bounds)}.`
  }
}

function evaluateValueSetCheck(
  check: Extract<AggregateCheck, { check: 'distinct_values' | 'most_common_value' }>,
  column: ColumnResult
): Pick<CheckResult, 'status' | 'observed' | 'expected' | 'exact' | 'message'> {
  const wanted = new Set(check.values)
  if (check.check === 'most_common_value') {
    const top = topValues(column.tally, 50)
    const maxCount = top[0]?.count
    const modes = top.filter((entry) => entry.count === maxCount).map((entry) => entry.value)
    const passed = modes.length > 0 && modes.some((mode) => wanted.has(mode))
    return {
      status: statusOf(passed, check),
      observed: modes,
      expected: `most common value in {${check.values.join(', ')}}`,
      exact: true,
      message:
        modes.length === 0 ? 'The column has no values.' : `Most common value: ${modes.join(', ')}.`
    }
  }
  const present = valueSet(column.tally)
  const expected = `distinct values ${check.mode === 'in_set' ? 'within' : check.mode === 'contain' ? 'including' : 'equal to'} {${check.values.join(', ')}}`
  if (present === undefined) {
    return {
      status: statusOf(false, check),
      observed: null,
      expected,
      exact: false,
      message:
        'The column has too many distinct values to list them exactly, so the set cannot be verified.'
    }
  }
  const extra = present.filter((value) => !wanted.has(value))
  const missing = check.values.filter((value) => !present.includes(value))
  const passed =
    check.mode === 'in_set'
      ? extra.length === 0
      : check.mode === 'contain'
        ? missing.length === 0
        : extra.length === 0 && missing.length === 0
  const parts: string[] = []
  if (check.mode !== 'contain' && extra.length > 0)
    parts.push(`unexpected: ${extra.slice(0, 10).join(', ')}`)
  if (check.mode !== 'in_set' && missing.length > 0)
    parts.push(`missing: ${missing.slice(0, 10).join(', ')}`)
  return {
    status: statusOf(passed, check),
    observed: present.slice(0, 100),
    expected,
    exact: true,
    message: passed
      ? `${present.length} distinct value(s) meet the set.`
      : `Distinct values do not match the set (${parts.join('; ')}).`
  }
}

function evaluateTableCheck(
  check: TableCheck,
  header: string[],
  scan: ScanResult,
  context: EvaluationContext
): CheckResult {
  const base = {
    id: check.id,
    column: null,
    check: check.check,
    severity: check.severity,
    element_count: scan.rows,
    missing_count: null,
    unexpected_count: null,
    unexpected_percent: null,
    unexpected_percent_total: null,
    mostly: null,
    exact: true,
    unexpected_samples: [],
    location: check.location
  }
  switch (check.check) {
    case 'row_count': {
      const passed = withinBounds(scan.rows, check.bounds)
      return {
        ...base,
        status: statusOf(passed, check),
        observed: scan.rows,
        expected: `row count ${describeBounds(check.bounds)}`,
        message: `${formatNumber(scan.rows)} rows; expected ${describeBounds(check.bounds)}.`
      }
    }
    case 'column_count': {
      const passed = withinBounds(header.length, check.bounds)
      return {
        ...base,
        status: statusOf(passed, check),
        observed: header.length,
        expected: `column count ${describeBounds(check.bounds)}`,
        message: `${header.length} columns; expected ${describeBounds(check.bounds)}.`
      }
    }
    case 'columns':
      return { ...base, ...evaluateColumnSet(check, header) }
    case 'compound_unique': {
      const duplicates = scan.compound[check.id]!
      const considered = duplicates.keyCount
      const passed =
        considered === 0 || (considered - duplicates.rowsInDuplicates) / considered >= check.mostly
      const share = percent(duplicates.rowsInDuplicates, considered)
      return {
        ...base,
        element_count: considered,
        unexpected_count: duplicates.rowsInDuplicates,
        unexpected_percent: share,
        unexpected_percent_total: percent(duplicates.rowsInDuplicates, scan.rows),
        mostly: check.mostly,
        status: statusOf(passed, check),
        observed: duplicateObservation(duplicates),
        expected: `unique combinations of (${check.columns.join(', ')})`,
        unexpected_samples: duplicateSamples(duplicates, check.id, context),
        message:
          duplicates.rowsInDuplicates === 0
            ? `All ${formatNumber(considered)} combinations of (${check.columns.join(', ')}) are unique.`
            : `${formatNumber(duplicates.rowsInDuplicates)} rows share a combination of (${check.columns.join(', ')}) with another row (${duplicates.duplicatedValues} repeated combination(s)).`
      }
    }
  }
}

function evaluateColumnSet(
  check: Extract<TableCheck, { check: 'columns' }>,
  header: string[]
): Pick<CheckResult, 'status' | 'observed' | 'expected' | 'message'> {
  const wanted = check.exact ?? check.include ?? []
  const missing = wanted.filter((name) => !header.includes(name))
  const extra = check.exact === undefined ? [] : header.filter((name) => !wanted.includes(name))
  let orderProblem: string | undefined
  if (check.ordered && missing.length === 0) {
    const positions = wanted.map((name) => header.indexOf(name))
    const sorted = positions.every(
      (position, index) => index === 0 || position > positions[index - 1]!
    )
    if (
      !sorted ||
      (check.exact !== undefined && positions.some((position, index) => position !== index))
    ) {
      orderProblem = `order is ${header.filter((name) => wanted.includes(name)).join(', ')}`
    }
  }
  const passed = missing.length === 0 && extra.length === 0 && orderProblem === undefined
  const problems = [
    missing.length > 0 ? `missing: ${missing.join(', ')}` : undefined,
    extra.length > 0 ? `unexpected: ${extra.join(', ')}` : undefined,
    orderProblem
  ].filter((problem) => problem !== undefined)
  return {
    status: passed ? 'pass' : check.severity === 'error' ? 'fail' : 'warn',
    observed: header,
    expected: `${check.exact !== undefined ? 'exactly' : 'at least'} the columns ${wanted.join(', ')}${check.ordered ? ' in this order' : ''}`,
    message: passed
      ? `Columns match (${header.length}).`
      : `Columns do not match (${problems.join('; ')}).`
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function formatAge(ms: number): string {
  const hours = ms / 3600000
  if (hours < 48) return `${Number(hours.toFixed(1))}h`
  return `${Number((hours / 24).toFixed(1))}d`
}
