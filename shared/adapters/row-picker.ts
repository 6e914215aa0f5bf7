import { CsvScanner, fieldText } from '../data/csv-scanner.js'
import { InputError } from '../errors.js'
import { delimiterByte } from './csv-source.js'
import { forEachChunk } from './file-chunks.js'
import type { TableHeader, TableInput } from './table-scan.js'
import { readParquetRows } from './parquet-source.js'
import { readJsonlRows } from './jsonl-source.js'

/**
 * Reads the texts of a few given data rows (1-based, across all files of the table). Used after a
 * scan to show the values of duplicated keys, which the scan only kept as numbers or hashes: a
 * second pass on the failure path is cheaper than keeping every text on the success path.
 */
export async function pickRows(
  input: TableInput,
  header: TableHeader,
  rows: ReadonlySet<number>
): Promise<Map<number, string[]>> {
  const picked = new Map<number, string[]>()
  if (rows.size === 0) return picked
  const last = Math.max(...rows)
  let rowsBefore = 0
  for (const file of input.files) {
    if (rowsBefore >= last) break
    if (file.format === 'csv' || file.format === 'tsv') {
      const delimiter = delimiterByte(file, input.delimiter)
      const scanner = new CsvScanner(delimiter)
      const csvHeader = header.csv.get(file.path)!
      let row = rowsBefore
      let skipHeader = file.gzip
      await forEachChunk(file, file.gzip ? 0 : csvHeader.dataOffset, (buffer, length, atEnd) => {
        const used = scanner.scan(buffer, 0, length, atEnd, (bytes, fields) => {
          if (skipHeader) {
            skipHeader = false
            return
          }
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
      rowsBefore = row
    } else if (file.format === 'jsonl') {
      rowsBefore = await readJsonlRows(file, header.header, rowsBefore, rows, picked)
    } else {
      rowsBefore = await readParquetRows(file, header.header, rowsBefore, rows, picked)
    }
  }
  for (const row of rows) {
    if (!picked.has(row))
      throw new InputError(
        { file: input.files[0]?.path },
        `row ${row} could not be read again; did the file change during the run?`
      )
  }
  return picked
}
