import {
  CsvScanner,
  CsvSyntaxError,
  FIELD_NON_ASCII,
  fieldText,
  isValidUtf8
} from '../data/csv-scanner.js'
import { InputError } from '../errors.js'
import { delimiterByte } from './csv-source.js'
import { resolveDataFiles, type DataFormat } from './data-files.js'
import { forEachChunk } from './file-chunks.js'
import { readJsonlRows } from './jsonl-source.js'
import { readParquetRows } from './parquet-source.js'
import { readTableHeader, type TableInput } from './table-scan.js'

/** A whole table in memory, column by column in row order, as the text of each cell (null = absent). */
export interface TableCells {
  header: string[]
  rows: number
  /** cells[k][i] is column k of data row i + 1. */
  cells: (string | null)[][]
  files: string[]
}

/**
 * Loads every row of a table (all readers of validate-data) for consumers that need rows aligned
 * across columns: training, evaluation and predictions. validate-data and drift-check stream
 * instead; this loader keeps the whole table, so it is meant for model-sized data.
 */
export async function loadTableCells(
  patterns: string[],
  options: { format?: DataFormat | 'auto'; delimiter?: string; cwd?: string } = {}
): Promise<TableCells> {
  const files = resolveDataFiles(patterns, options.format ?? 'auto', options.cwd)
  const input: TableInput = { files, delimiter: options.delimiter, threads: 1 }
  const header = await readTableHeader(input)
  const width = header.header.length
  const cells: (string | null)[][] = header.header.map(() => [])
  let rows = 0
  for (const file of files) {
    if (file.format === 'csv' || file.format === 'tsv') {
      const csvHeader = header.csv.get(file.path)!
      const scanner = new CsvScanner(delimiterByte(file, options.delimiter))
      scanner.skipBlankLines = width > 1
      let skipHeader = file.gzip
      await forEachChunk(file, file.gzip ? 0 : csvHeader.dataOffset, (buffer, length, atEnd) => {
        try {
          return scanner.scan(
            buffer,
            skipHeader && buffer[0] === 0xef ? 3 : 0,
            length,
            atEnd,
            (bytes, row) => {
              if (skipHeader) {
                skipHeader = false
                return
              }
              const line = (file.gzip ? 0 : csvHeader.headerLines) + row.rowLine
              if (row.fieldCount !== width) {
                throw new InputError(
                  { file: file.path, line, row: rows + 1 },
                  `the row has ${row.fieldCount} field(s) but the header has ${width}`
                )
              }
              for (let k = 0; k < width; k++) {
                const start = row.starts[k]!
                const end = row.ends[k]!
                const flags = row.flags[k]!
                if (flags & FIELD_NON_ASCII && !isValidUtf8(bytes, start, end)) {
                  throw new InputError(
                    { file: file.path, line, row: rows + 1, field: header.header[k] },
                    'invalid UTF-8 bytes'
                  )
                }
                cells[k]!.push(start === end ? null : fieldText(bytes, start, end, flags))
              }
              rows++
            }
          )
        } catch (error) {
          if (error instanceof CsvSyntaxError) {
            throw new InputError(
              { file: file.path, line: (file.gzip ? 0 : csvHeader.headerLines) + error.line },
              error.detail
            )
          }
          throw error
        }
      })
    } else {
      const picked = new Map<number, string[]>()
      const read = file.format === 'jsonl' ? readJsonlRows : readParquetRows
      const after = await read(file, header.header, rows, 'all', picked)
      for (let row = rows + 1; row <= after; row++) {
        const values = picked.get(row)!
        for (let k = 0; k < width; k++) cells[k]!.push(values[k] === '' ? null : values[k]!)
      }
      rows = after
    }
  }
  return { header: header.header, rows, cells, files: files.map((file) => file.path) }
}
