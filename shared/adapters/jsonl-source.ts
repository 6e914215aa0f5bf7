import { typedValueText } from '../data/typed-value-text.js'
import { InputError } from '../errors.js'
import { RangeScan, type RangePartial } from '../scan/range-scan.js'
import type { ScanPlan } from '../scan/scan-plan.js'
import type { DataFile } from './data-files.js'
import { forEachChunk } from './file-chunks.js'

/** Records read to decide the columns of a JSON Lines file (their keys, in first-seen order). */
const HEADER_SAMPLE_RECORDS = 1000
const decoder = new TextDecoder('utf-8', { fatal: true })

/**
 * Calls `onRecord` for every JSON object in a JSON Lines file with its 1-based line number.
 * Blank lines are skipped; anything that is not a JSON object is an error at its line.
 */
async function forEachRecord(
  file: DataFile,
  onRecord: (record: Record<string, unknown>, line: number) => boolean | void
): Promise<void> {
  let line = 0
  let bom = true
  let stopped = false
  await forEachChunk(file, 0, (buffer, length, atEnd) => {
    let start = 0
    if (bom) {
      if (length < 3 && !atEnd) return 0
      if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) start = 3
      bom = false
    }
    for (;;) {
      let end = buffer.indexOf(10, start)
      if (end < 0 || end >= length) {
        if (!atEnd || start >= length) return start
        end = length
      }
      line++
      let stop = end
      if (stop > start && buffer[stop - 1] === 13) stop--
      if (stop > start) {
        let text: string
        try {
          text = decoder.decode(buffer.subarray(start, stop))
        } catch {
          throw new InputError(
            { file: file.path, line },
            'invalid UTF-8 bytes; the file must be UTF-8 encoded'
          )
        }
        if (text.trim() !== '') {
          let record: unknown
          try {
            record = JSON.parse(text)
          } catch (error) {
            throw new InputError(
              { file: file.path, line },
              `invalid JSON: ${(error as Error).message}`
            )
          }
          if (record === null || typeof record !== 'object' || Array.isArray(record)) {
            throw new InputError(
              { file: file.path, line },
              'expected a JSON object ({...}) on each line'
            )
          }
          if (onRecord(record as Record<string, unknown>, line) === false) {
            stopped = true
            return 'stop'
          }
        }
      }
      start = end + 1
      if (start >= length) return length
    }
  })
  void stopped
}

/** Column names of a JSON Lines file: the keys of its first records, in first-seen order. */
export async function readJsonlHeader(file: DataFile): Promise<string[]> {
  const names: string[] = []
  const seen = new Set<string>()
  let count = 0
  await forEachRecord(file, (record) => {
    for (const key of Object.keys(record)) {
      if (!seen.has(key)) {
        seen.add(key)
        names.push(key)
      }
    }
    return ++count < HEADER_SAMPLE_RECORDS
  })
  if (count === 0)
    throw new InputError(
      { file: file.path },
      'the file has no records: expected one JSON object per line'
    )
  return names
}

/** Scans a JSON Lines file; a key outside the header is an error at its line. */
export async function scanJsonlFile(
  file: DataFile,
  plan: ScanPlan,
  rowsBefore: number
): Promise<RangePartial> {
  const range = new RangeScan(plan, { file: file.path, firstLine: 1, rowsBefore })
  const index = new Map(plan.header.map((name, position) => [name, position]))
  const values: unknown[] = new Array<unknown>(plan.header.length)
  await forEachRecord(file, (record, line) => {
    values.fill(undefined)
    for (const key in record) {
      const position = index.get(key)
      if (position === undefined) {
        throw new InputError(
          { file: file.path, line, field: key },
          `key "${key}" is not among the columns found in the first records (${plan.header.join(', ')})`
        )
      }
      values[position] = record[key]
    }
    range.scanRecord(values)
  })
  return range.finish()
}

/** Texts of the wanted rows (1-based across files); returns the row count after this file. */
export async function readJsonlRows(
  file: DataFile,
  header: string[],
  rowsBefore: number,
  wanted: ReadonlySet<number> | 'all',
  picked: Map<number, string[]>
): Promise<number> {
  let row = rowsBefore
  await forEachRecord(file, (record) => {
    row++
    if (wanted === 'all' || wanted.has(row))
      picked.set(
        row,
        header.map((name) => typedValueText(record[name]))
      )
  })
  return row
}
