import { describe, expect, it } from '@jest/globals'
import { DuckDBInstance } from '@duckdb/node-api'
import { parseDatetimeString } from '../../../shared/data/parse-datetime.js'
import { duckdbDialect } from '../../../shared/sql/duckdb-dialect.js'
import { isoDatetimeSql } from '../../../shared/sql/iso-datetime-sql.js'
import { ISO_DATETIME_CASES } from '../../helpers/iso-datetime-cases.js'

describe('ISO dates in text columns, read by SQL exactly as by the file engine', () => {
  it('DuckDB agrees with parse-datetime.ts on every case', async () => {
    const dialect = duckdbDialect()
    const instance = await DuckDBInstance.create(':memory:')
    const connection = await instance.connect()
    const values = ISO_DATETIME_CASES.map((text) => `(${dialect.quoteLiteral(text)})`).join(', ')
    const iso = isoDatetimeSql(dialect, 'x')
    const rows = (
      await connection.runAndReadAll(
        `SELECT x, ${iso.epoch} AS e, ${iso.hasTime} AS h FROM (VALUES ${values}) v(x)`
      )
    ).getRowObjectsJS()
    connection.closeSync()
    instance.closeSync()
    const got = rows.map((row) => ({ text: row.x, epoch: row.e === null ? null : Number(row.e) }))
    const expected = ISO_DATETIME_CASES.map((text) => {
      const epoch = parseDatetimeString(text)
      return { text, epoch: Number.isNaN(epoch) ? null : epoch }
    })
    expect(got).toEqual(expected)
    expect(expected.filter((entry) => entry.epoch !== null).length).toBeGreaterThan(10)
  })
})
