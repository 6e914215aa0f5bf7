import { InputError } from '../errors.js'
import type { PositionedPartial } from '../scan/merge-partials.js'
import type { ScanPlan } from '../scan/scan-plan.js'
import { delimiterByte, readCsvHeader, scanCsvFile, type CsvHeader } from './csv-source.js'
import type { DataFile } from './data-files.js'
import { readJsonlHeader, scanJsonlFile } from './jsonl-source.js'
import { readParquetHeader, scanParquetFile } from './parquet-source.js'
import { scanCsvParallel, parallelScanWorth } from './parallel-csv-scan.js'

/** The files of one logical table, with how to read them. */
export interface TableInput {
  files: DataFile[]
  /** CSV delimiter override (one character), or undefined for the format's default. */
  delimiter?: string
  /** Worker threads for large uncompressed CSV files (1 = this thread only). */
  threads: number
}

export interface TableHeader {
  header: string[]
  /** Per file, for delimited files. */
  csv: Map<string, CsvHeader>
}

/** Reads the column names of every file; all files of a table must have the same columns. */
export async function readTableHeader(input: TableInput): Promise<TableHeader> {
  const csv = new Map<string, CsvHeader>()
  let header: string[] | undefined
  let headerFile = ''
  for (const file of input.files) {
    let names: string[]
    if (file.format === 'csv' || file.format === 'tsv') {
      const parsed = await readCsvHeader(file, delimiterByte(file, input.delimiter))
      csv.set(file.path, parsed)
      names = parsed.header
    } else if (file.format === 'jsonl') {
      names = await readJsonlHeader(file)
    } else {
      names = await readParquetHeader(file)
    }
    if (header === undefined) {
      header = names
      headerFile = file.path
    } else if (names.join('\u0000') !== header.join('\u0000')) {
      const missing = header.filter((name) => !names.includes(name))
      const extra = names.filter((name) => !header!.includes(name))
      const detail = [
        missing.length > 0 ? `missing ${missing.join(', ')}` : '',
        extra.length > 0 ? `extra ${extra.join(', ')}` : '',
        missing.length + extra.length === 0 ? 'the same columns in a different order' : ''
      ]
        .filter((part) => part !== '')
        .join('; ')
      throw new InputError(
        { file: file.path, line: 1 },
        `its columns differ from ${headerFile} (${detail}); all files of one table must have the same columns`
      )
    }
  }
  if (header === undefined) throw new Error('Bug: readTableHeader needs at least one file')
  return { header, csv }
}

/** Scans every file of the table in order and positions each part's rows in the whole table. */
export async function scanTable(
  input: TableInput,
  header: TableHeader,
  plan: ScanPlan
): Promise<PositionedPartial[]> {
  const parts: PositionedPartial[] = []
  let rowsBefore = 0
  for (const file of input.files) {
    let fileParts: PositionedPartial[]
    if (file.format === 'csv' || file.format === 'tsv') {
      const delimiter = delimiterByte(file, input.delimiter)
      const csvHeader = header.csv.get(file.path)!
      if (parallelScanWorth(file, input.threads)) {
        fileParts = await scanCsvParallel(
          file,
          plan,
          delimiter,
          csvHeader,
          rowsBefore,
          input.threads
        )
      } else {
        fileParts = [
          { partial: await scanCsvFile(file, plan, delimiter, csvHeader, rowsBefore), rowsBefore }
        ]
      }
    } else if (file.format === 'jsonl') {
      fileParts = [{ partial: await scanJsonlFile(file, plan, rowsBefore), rowsBefore }]
    } else {
      fileParts = [{ partial: await scanParquetFile(file, plan, rowsBefore), rowsBefore }]
    }
    for (const part of fileParts) {
      parts.push(part)
      rowsBefore += part.partial.rows
    }
  }
  return parts
}
