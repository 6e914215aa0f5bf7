import { CsvScanner, fieldText } from '../data/csv-scanner.js'
import { InputError } from '../errors.js'
import type { ScanPlan } from '../scan/scan-plan.js'
import { findDuplicates, type KeyPart } from '../scan/duplicate-keys.js'
import type { PartialSegment } from '../shard/validate-partial.js'
import { delimiterByte } from './csv-source.js'
import { forEachChunk } from './file-chunks.js'
import { pickRows } from './row-picker.js'
import type { TableHeader, TableInput } from './table-scan.js'

/**
 * The texts a shard can give for its uniqueness samples: for every `unique` and compound `unique`
 * check, the first rows of the duplicates found inside the shard (its own findDuplicates over its
 * keys), read again from the shard's segments. Rows are 1-based within the shard. A merged sample
 * row either holds a key repeated inside its shard (then it is among these first rows: they are a
 * prefix of the shard's rows with repeated keys) or a key seen once here and again in another
 * shard, whose text the merge reads itself.
 */
export async function shardSampleTexts(
  input: TableInput,
  header: TableHeader,
  plan: ScanPlan,
  segments: readonly PartialSegment[]
): Promise<Record<string, [number, string][]>> {
  const wanted: { checkId: string; row: number; columns: number[] }[] = []
  const collect = (
    checkId: string,
    columns: number[],
    keysOf: (range: PartialSegment['ranges'][number]) => Float64Array | undefined
  ): void => {
    const parts: KeyPart[] = []
    let rows = 0
    for (const segment of segments) {
      for (const range of segment.ranges) {
        const keys = keysOf(range)
        if (keys !== undefined) parts.push({ keys, rowsBefore: rows })
        rows += range.rows
      }
    }
    for (const sample of findDuplicates(parts, plan.sampleLimit).samples)
      wanted.push({ checkId, row: sample.row, columns })
  }
  for (const column of plan.columns) {
    const check = column.valueChecks.find((candidate) => candidate.check === 'unique')
    if (check !== undefined)
      collect(check.id, [column.index], (range) => range.columns[column.index]?.uniqueKeys)
  }
  for (const key of plan.compoundKeys)
    collect(key.checkId, key.columnIndexes, (range) => range.compound[key.checkId]?.keys)
  const texts: Record<string, [number, string][]> = {}
  if (wanted.length === 0) return texts
  const rows = await readShardRows(
    input,
    header,
    segments,
    new Set(wanted.map((entry) => entry.row))
  )
  for (const entry of wanted) {
    const values = rows.get(entry.row)!
    const text =
      entry.columns.length === 1
        ? values[entry.columns[0]!]!
        : `(${entry.columns.map((index) => values[index]!).join(', ')})`
    ;(texts[entry.checkId] ??= []).push([entry.row, text])
  }
  return texts
}

/** The field texts of some rows of a shard (1-based within the shard). */
export async function readShardRows(
  input: TableInput,
  header: TableHeader,
  segments: readonly PartialSegment[],
  wanted: ReadonlySet<number>
): Promise<Map<number, string[]>> {
  const picked = new Map<number, string[]>()
  let rowsBefore = 0
  for (const segment of segments) {
    const segmentRows = segment.ranges.reduce((sum, range) => sum + range.rows, 0)
    const local = new Set<number>()
    for (const row of wanted)
      if (row > rowsBefore && row <= rowsBefore + segmentRows) local.add(row - rowsBefore)
    if (local.size > 0) {
      const file = input.files[segment.file]!
      const rows = segment.whole
        ? await pickRows({ ...input, files: [file] }, header, local)
        : await pickRangeRows(
            file,
            delimiterByte(file, input.delimiter),
            header.header.length,
            segment.start,
            local
          )
      for (const [row, values] of rows) picked.set(rowsBefore + row, values)
    }
    rowsBefore += segmentRows
  }
  return picked
}

/** Rows (1-based from the row starting at byte `start`) of an uncompressed delimited file. */
async function pickRangeRows(
  file: TableInput['files'][number],
  delimiter: number,
  columns: number,
  start: number,
  rows: ReadonlySet<number>
): Promise<Map<number, string[]>> {
  const picked = new Map<number, string[]>()
  const last = Math.max(...rows)
  const scanner = new CsvScanner(delimiter)
  // As the scan does: a blank line is a row only in a one-column file.
  scanner.skipBlankLines = columns > 1
  let row = 0
  await forEachChunk(file, start, (buffer, length, atEnd) => {
    const used = scanner.scan(buffer, 0, length, atEnd, (bytes, fields) => {
      row++
      if (rows.has(row)) {
        const values: string[] = []
        for (let k = 0; k < fields.fieldCount; k++)
          values.push(fieldText(bytes, fields.starts[k]!, fields.ends[k]!, fields.flags[k]!))
        picked.set(row, values)
      }
      if (row >= last) fields.stopRequested = true
    })
    return row >= last ? 'stop' : used
  })
  for (const wantedRow of rows) {
    if (!picked.has(wantedRow))
      throw new InputError(
        { file: file.path },
        `row ${wantedRow} after byte ${start} could not be read again; did the file change during the run?`
      )
  }
  return picked
}
