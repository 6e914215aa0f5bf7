import { typedValueText } from '../data/typed-value-text.js'
import type { AsyncBuffer, FileMetaData } from 'hyparquet'
import type * as HyparquetModule from 'hyparquet'
import type * as HyparquetCompressors from 'hyparquet-compressors'
import { InputError } from '../errors.js'
import { RangeScan, type RangePartial } from '../scan/range-scan.js'
import type { ScanPlan } from '../scan/scan-plan.js'
import type { DataFile } from './data-files.js'

type Hyparquet = typeof HyparquetModule

/**
 * hyparquet and its decompressors, loaded when a Parquet file is read: most runs read CSV, and
 * the readers are a noticeable part of an action's start-up.
 */
async function loadHyparquet(): Promise<
  Hyparquet & { compressors: (typeof HyparquetCompressors)['compressors'] }
> {
  const [hyparquet, { compressors }] = await Promise.all([
    import('hyparquet'),
    import('hyparquet-compressors')
  ])
  return { ...hyparquet, compressors }
}

/** Parquet through hyparquet (pure JS), one row group at a time so memory stays bounded. */
async function openParquet(file: DataFile): Promise<{
  buffer: AsyncBuffer
  metadata: FileMetaData
  hyparquet: Awaited<ReturnType<typeof loadHyparquet>>
}> {
  const hyparquet = await loadHyparquet()
  const buffer = await hyparquet.asyncBufferFromFile(file.openPath)
  try {
    const metadata = await hyparquet.parquetMetadataAsync(buffer)
    return { buffer, metadata, hyparquet }
  } catch (error) {
    throw new InputError(
      { file: file.path },
      `not a readable Parquet file: ${(error as Error).message}`
    )
  }
}

export async function readParquetHeader(file: DataFile): Promise<string[]> {
  const { metadata, hyparquet } = await openParquet(file)
  return hyparquet.parquetSchema(metadata).children.map((child) => child.element.name)
}

export async function scanParquetFile(
  file: DataFile,
  plan: ScanPlan,
  rowsBefore: number
): Promise<RangePartial> {
  const { buffer, metadata, hyparquet } = await openParquet(file)
  const range = new RangeScan(plan, { file: file.path, rowsBefore })
  let rowStart = 0
  for (const group of metadata.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows)
    try {
      await hyparquet.parquetRead({
        file: buffer,
        metadata,
        compressors: hyparquet.compressors,
        columns: plan.header,
        rowStart,
        rowEnd,
        onComplete: (rows: unknown[][]) => {
          for (const row of rows) range.scanRecord(row)
        }
      })
    } catch (error) {
      if (error instanceof InputError) throw error
      throw new InputError(
        { file: file.path, row: rowStart + 1 },
        `cannot decode the Parquet row group starting at row ${rowStart + 1}: ${(error as Error).message}`
      )
    }
    rowStart = rowEnd
  }
  return range.finish()
}

/** Texts of the wanted rows (1-based across files); returns the row count after this file. */
export async function readParquetRows(
  file: DataFile,
  header: string[],
  rowsBefore: number,
  wanted: ReadonlySet<number> | 'all',
  picked: Map<number, string[]>
): Promise<number> {
  const { buffer, metadata, hyparquet } = await openParquet(file)
  const total = Number(metadata.num_rows)
  const ranges: [number, number][] =
    wanted === 'all'
      ? [[0, total]]
      : [...wanted]
          .map((row) => row - rowsBefore - 1)
          .filter((local) => local >= 0 && local < total)
          .map((local) => [local, local + 1])
  for (const [rowStart, rowEnd] of ranges) {
    await hyparquet.parquetRead({
      file: buffer,
      metadata,
      compressors: hyparquet.compressors,
      columns: header,
      rowStart,
      rowEnd,
      onComplete: (rows: unknown[][]) => {
        rows.forEach((values, offset) =>
          picked.set(rowsBefore + rowStart + offset + 1, values.map(typedValueText))
        )
      }
    })
  }
  return rowsBefore + total
}
