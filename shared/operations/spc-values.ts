import { extname } from 'node:path'
import { loadTableCells } from '../adapters/load-table.js'
import { readUserJson } from '../adapters/user-files.js'
import { InputError } from '../errors.js'
import type { MetricKind } from '../spc/chart-choice.js'
import type { ChartInputPoint } from '../spc/chart-types.js'

/**
 * Stateless mode's input (`--values points.csv`): a table of points to chart without a store.
 * Columns, by header name:
 * - `value`: one measurement per row (I-MR, EWMA, CUSUM);
 * - `subgroup` + `value`: rows with the same subgroup id form one subgroup, in order of first
 *   appearance (X̄-R, X̄-S; qcc's `qcc.groups(x, sample)` long format);
 * - `count` + `size`: count of size items per row (p, np, standardized p);
 * - `count` + `exposure`: count over an exposure (u); `count` alone: a count per row (c);
 * - `label` (optional): shown next to the point in the summary (a date, a batch id).
 * A file with a single unnamed numeric column (no header) is read as values. A `.json` file is a
 * list of points as computeChart takes them (`[{"value": 1.2}, {"count": 3, "size": 50}]`).
 * Every cell is checked: a non-numeric or empty cell is an error naming file, row and column.
 */

/** What a charted stateless point carries into the report. */
export interface ValuesLabel {
  /** 1-based data row of the point (its first row for subgroups). */
  row: number
  label?: string
}

export interface ValuesSeries {
  points: ChartInputPoint<ValuesLabel>[]
  /** What the columns say the points are (decides the automatic chart). */
  kind: MetricKind
  /** Largest subgroup size (1 for individual values). */
  subgroupSize: number
}

const KNOWN_COLUMNS = ['value', 'subgroup', 'count', 'size', 'exposure', 'label']
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/

/** Reads a values file (CSV/TSV/JSON Lines/Parquet table, or a JSON list of points). */
export async function readValuesFile(path: string, cwd?: string): Promise<ValuesSeries> {
  if (extname(path).toLowerCase() === '.json') return readPointsJson(path)
  const table = await loadTableCells([path], { cwd })
  const header = table.header.map((name) => name.trim())
  let columns = new Map<string, (string | null)[]>()
  header.forEach((name, k) => columns.set(name.toLowerCase(), table.cells[k]!))
  let firstRow = 1
  if (header.length === 1 && NUMBER.test(header[0]!)) {
    // No header: a bare list of numbers. The "header" is the first value.
    columns = new Map([['value', [header[0]!, ...table.cells[0]!]]])
    firstRow = 0
  }
  const unknown = header.filter((name) => !KNOWN_COLUMNS.includes(name.toLowerCase()))
  if (firstRow === 1 && (unknown.length > 0 || (!columns.has('value') && !columns.has('count')))) {
    throw new InputError(
      { file: path },
      `expected the columns value (with an optional subgroup), or count with size or exposure, ` +
        `and optionally label; found ${header.map((name) => JSON.stringify(name)).join(', ')}`
    )
  }
  if (columns.has('value') && columns.has('count')) {
    throw new InputError({ file: path }, 'give either a value column or a count column, not both')
  }
  if (columns.has('size') && columns.has('exposure')) {
    throw new InputError(
      { file: path },
      'give either a size column or an exposure column, not both'
    )
  }
  const rows = columns.values().next().value?.length ?? 0
  if (rows === 0) throw new InputError({ file: path }, 'the file has no points')
  const cell = (name: string, i: number): string | null => columns.get(name)?.[i] ?? null
  const numberAt = (name: string, i: number): number => {
    const text = cell(name, i)
    const row = i + firstRow
    if (text === null || text.trim() === '') {
      throw new InputError(
        { file: path, row, field: name },
        `the ${name} is empty; every point needs one`
      )
    }
    if (!NUMBER.test(text.trim())) {
      throw new InputError(
        { file: path, row, field: name },
        `expected a number, got ${JSON.stringify(text)}`
      )
    }
    return Number(text.trim())
  }
  const labelAt = (i: number): ValuesLabel => {
    const label = cell('label', i)
    return label === null ? { row: i + firstRow } : { row: i + firstRow, label }
  }

  if (columns.has('count')) {
    const denominator = columns.has('size')
      ? 'size'
      : columns.has('exposure')
        ? 'exposure'
        : undefined
    const points: ChartInputPoint<ValuesLabel>[] = []
    for (let i = 0; i < rows; i++) {
      const count = numberAt('count', i)
      if (count < 0) {
        throw new InputError(
          { file: path, row: i + firstRow, field: 'count' },
          `a count must not be negative, got ${count}`
        )
      }
      const point: ChartInputPoint<ValuesLabel> = { count, metadata: labelAt(i) }
      if (denominator !== undefined) point.size = numberAt(denominator, i)
      points.push(point)
    }
    const kind: MetricKind =
      denominator === 'size'
        ? 'proportion'
        : denominator === 'exposure'
          ? 'event-rate'
          : 'defect-count'
    return { points, kind, subgroupSize: 1 }
  }

  if (columns.has('subgroup')) {
    const groups = new Map<string, { values: number[]; label: ValuesLabel }>()
    for (let i = 0; i < rows; i++) {
      const id = cell('subgroup', i)
      if (id === null) {
        throw new InputError(
          { file: path, row: i + firstRow, field: 'subgroup' },
          'the subgroup id is empty'
        )
      }
      const value = numberAt('value', i)
      const group = groups.get(id)
      if (group === undefined)
        groups.set(id, { values: [value], label: { ...labelAt(i), label: cell('label', i) ?? id } })
      else group.values.push(value)
    }
    const points = [...groups.values()].map(({ values, label }) => ({
      subgroup: values,
      metadata: label
    }))
    return {
      points,
      kind: 'measurement',
      subgroupSize: Math.max(...points.map((point) => point.subgroup.length))
    }
  }

  const points: ChartInputPoint<ValuesLabel>[] = []
  for (let i = 0; i < rows; i++) points.push({ value: numberAt('value', i), metadata: labelAt(i) })
  return { points, kind: 'measurement', subgroupSize: 1 }
}

/** A JSON list of points, checked field by field later by computeChart (which names the point). */
function readPointsJson(path: string): ValuesSeries {
  const document = readUserJson(path, 'values file')
  const list = Array.isArray(document)
    ? (document as unknown[])
    : typeof document === 'object' &&
        document !== null &&
        Array.isArray((document as { points?: unknown }).points)
      ? (document as { points: unknown[] }).points
      : undefined
  if (list === undefined) {
    throw new InputError({ file: path }, 'expected a JSON list of points (or {"points": [...]})')
  }
  if (list.length === 0) throw new InputError({ file: path }, 'the file has no points')
  const points = list.map((raw, i) => {
    const point = (
      typeof raw === 'object' && raw !== null ? { ...raw } : { value: raw }
    ) as ChartInputPoint<ValuesLabel>
    const label = (raw as { label?: unknown } | null)?.label
    point.metadata = typeof label === 'string' ? { row: i + 1, label } : { row: i + 1 }
    delete (point as { label?: unknown }).label
    return point
  })
  const first = points[0]!
  const kind: MetricKind =
    first.count === undefined
      ? 'measurement'
      : first.size === undefined
        ? 'defect-count'
        : 'proportion'
  const subgroupSize = Math.max(
    1,
    ...points.map((point) => (Array.isArray(point.subgroup) ? point.subgroup.length : 1))
  )
  return { points, kind, subgroupSize }
}
