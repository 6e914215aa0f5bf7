import { describe, expect, it } from '@jest/globals'
import { resolveDataFiles } from '../../../shared/adapters/data-files.js'
import { readParquetRows } from '../../../shared/adapters/parquet-source.js'
import { fixturePath } from '../../helpers/paths.js'

/**
 * The rows a sample or a picked row shows from a Parquet file read as the CSV it was written from
 * (scripts/fixtures-parquet.mjs wrote customers.parquet from customers.csv with DuckDB): text,
 * integers, floats and missing values alike.
 */
describe('readParquetRows', () => {
  it('gives every cell the text it has in the CSV the file was written from', async () => {
    const [file] = resolveDataFiles([fixturePath('data', 'customers.parquet')], 'auto')
    const header = ['id', 'ts', 'age', 'email', 'country', 'income']
    const picked = new Map<number, string[]>()
    const rows = await readParquetRows(file!, header, 0, 'all', picked)
    expect(rows).toBe(8)
    // customers.csv, row by row; DuckDB typed income as a double (52000 stays 52000).
    expect([...picked.entries()]).toEqual([
      [1, ['1', '2026-11-20T10:00:00Z', '34', 'ana@example.com', 'US', '41000.5']],
      [2, ['2', '2026-11-20T11:30:00Z', '29', 'bo@example.org', 'DE', '52000']],
      [3, ['3', '2026-11-21T09:15:00Z', '', 'carl@example.net', 'FR', '61000']],
      [4, ['4', '2026-11-21T18:45:00Z', '51', 'dee, the "first"@example.com', 'US', '38000']],
      [5, ['5', '2026-11-22T07:05:00Z', '17', 'eve@example.com', 'GB', '']],
      [6, ['6', '2026-11-22T12:00:00Z', '44', 'fay\nnewline@example.com', 'DE', '47000']],
      [7, ['7', '2026-11-23T08:30:00Z', '38', 'gus@example.com', 'US', '55500.25']],
      [8, ['8', '2026-11-23T21:10:00Z', '62', 'hal@example.com', 'FR', '72000']]
    ])
  })
})
