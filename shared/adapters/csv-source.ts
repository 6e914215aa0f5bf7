import {
  CsvScanner,
  CsvSyntaxError,
  fieldText,
  isValidUtf8,
  FIELD_NON_ASCII
} from '../data/csv-scanner.js'
import { InputError } from '../errors.js'
import { RangeScan, type RangePartial } from '../scan/range-scan.js'
import type { ScanPlan } from '../scan/scan-plan.js'
import type { DataFile } from './data-files.js'
import { forEachChunk } from './file-chunks.js'

/** The header of a delimited file and where its data starts. */
export interface CsvHeader {
  header: string[]
  /** Byte offset of the first data row (after BOM and header); only for uncompressed files. */
  dataOffset: number
  /** Physical lines taken by the header row. */
  headerLines: number
}

export function delimiterByte(file: DataFile, delimiter: string | undefined): number {
  const text =
    delimiter === undefined || delimiter === ''
      ? file.format === 'tsv'
        ? '\t'
        : ','
      : delimiter === '\\t'
        ? '\t'
        : delimiter
  if (
    text.length !== 1 ||
    text.charCodeAt(0) > 127 ||
    text === '"' ||
    text === '\n' ||
    text === '\r'
  ) {
    throw new InputError(
      { file: file.path },
      `the delimiter must be one ASCII character other than a quote or line break, got ${JSON.stringify(delimiter)}`
    )
  }
  return text.charCodeAt(0)
}

function bomLength(buffer: Uint8Array, length: number): number {
  return length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0
}

/** Reads the header row: column names must be non-empty and unique. */
export async function readCsvHeader(file: DataFile, delimiter: number): Promise<CsvHeader> {
  let header: string[] | undefined
  let dataOffset = 0
  let headerLines = 0
  const scanner = new CsvScanner(delimiter)
  await forEachChunk(file, 0, (buffer, length, atEnd) => {
    const bom = bomLength(buffer, length)
    let end: number
    try {
      end = scanner.scan(buffer, bom, length, atEnd, (bytes, row) => {
        header = []
        for (let k = 0; k < row.fieldCount; k++) {
          const start = row.starts[k]!
          const stop = row.ends[k]!
          if (row.flags[k]! & FIELD_NON_ASCII && !isValidUtf8(bytes, start, stop)) {
            throw new InputError(
              { file: file.path, line: 1 },
              `invalid UTF-8 in header field ${k + 1}`
            )
          }
          header.push(fieldText(bytes, start, stop, row.flags[k]!).trim())
        }
        row.stopRequested = true
      })
    } catch (error) {
      if (error instanceof CsvSyntaxError)
        throw new InputError({ file: file.path, line: error.line }, error.detail)
      throw error
    }
    if (header !== undefined) {
      dataOffset = end
      headerLines = scanner.linesConsumed
      return 'stop'
    }
    return 0 // need more bytes for the first row
  })
  if (header === undefined)
    throw new InputError(
      { file: file.path },
      'the file is empty: expected a header row with column names'
    )
  const names = header
  names.forEach((name, index) => {
    if (name === '')
      throw new InputError(
        { file: file.path, line: 1 },
        `header field ${index + 1} is empty; every column needs a name`
      )
    const first = names.indexOf(name)
    if (first !== index) {
      throw new InputError(
        { file: file.path, line: 1 },
        `column name "${name}" appears twice in the header (fields ${first + 1} and ${index + 1})`
      )
    }
  })
  return { header: names, dataOffset, headerLines: Math.max(headerLines, 1) }
}

/**
 * Scans the data rows of a delimited file on this thread, from `start` (the first data row) to
 * the end. Used for gzip files, small files and when no worker bundle is available.
 */
export async function scanCsvFile(
  file: DataFile,
  plan: ScanPlan,
  delimiter: number,
  header: CsvHeader,
  rowsBefore: number
): Promise<RangePartial> {
  const range = new RangeScan(plan, {
    file: file.path,
    firstLine: header.headerLines + 1,
    rowsBefore
  })
  let skipHeader = file.gzip
  let skipScanner: CsvScanner | undefined
  let consumed = 0
  await forEachChunk(file, file.gzip ? 0 : header.dataOffset, (buffer, length, atEnd) => {
    let from = 0
    if (skipHeader) {
      // Compressed files are streamed from byte 0: step over the BOM and the header row again.
      skipScanner ??= new CsvScanner(delimiter)
      const bom = bomLength(buffer, length)
      let found = false
      const end = skipScanner.scan(buffer, bom, length, atEnd, (_bytes, row) => {
        found = true
        row.stopRequested = true
      })
      if (!found) return 0
      skipHeader = false
      from = end
    }
    const used = range.scanCsv(buffer, from, length, atEnd, delimiter)
    consumed += used
    if (!file.gzip) range.progress(consumed, file.bytes - header.dataOffset)
    return used
  })
  return range.finish()
}

/** The result of scanning one byte range of a delimited file. */
export interface CsvRangeResult {
  partial: RangePartial
  /** File offset just after the last row read (where the next range must start). */
  endOffset: number
}

/**
 * Scans the rows that START in [start, stop) of an uncompressed delimited file, reading past
 * `stop` to finish the last one. Positions are unknown to a worker, so syntax errors come back
 * as RangeSyntaxError (relative line) for the driver to place.
 */
export async function scanCsvRange(
  file: DataFile,
  plan: ScanPlan,
  delimiter: number,
  start: number,
  stop: number
): Promise<CsvRangeResult> {
  const range = new RangeScan(plan, { file: file.path })
  let bufferStart = start
  let endOffset = start
  await forEachChunk(file, start, (buffer, length, atEnd) => {
    const used = range.scanCsv(buffer, 0, length, atEnd, delimiter, stop - bufferStart)
    endOffset = bufferStart + used
    range.progress(endOffset - start, stop - start)
    if (endOffset >= stop || (atEnd && used >= length)) return 'stop'
    bufferStart += used
    return used
  })
  return { partial: range.finish(), endOffset }
}
