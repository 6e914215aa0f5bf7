import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import pg from 'pg'
import { DuckDBInstance } from '@duckdb/node-api'
import { validateData, type ValidateOutcome } from '../../../shared/operations/validate-data.js'
import { loadChecks } from '../../../shared/checks/checks-loader.js'
import { validateInDatabase } from '../../../shared/sql/validate-in-database.js'
import { openSqlEngine } from '../../../shared/adapters/sql-engines/validate-table-source.js'
import { makeTempDir } from '../../helpers/temp-dir.js'
import { startPostgres, type PostgresServer } from '../../helpers/postgres.js'
import { PUSHDOWN_CHECKS, PUSHDOWN_COLUMNS, pushdownCsv } from '../../helpers/pushdown-data.js'
import { ISO_DATETIME_CASES } from '../../helpers/iso-datetime-cases.js'
import { parseDatetimeString } from '../../../shared/data/parse-datetime.js'
import { postgresDialect } from '../../../shared/sql/postgres-dialect.js'
import { isoDatetimeSql } from '../../../shared/sql/iso-datetime-sql.js'
import { InputError } from '../../../shared/errors.js'

const NOW = Date.parse('2026-11-01T00:00:00Z')
const ROWS = 3000
const dir = makeTempDir()
let server: PostgresServer
let csvPath: string
let duckPath: string

beforeAll(async () => {
  csvPath = dir.file('table.csv', pushdownCsv(ROWS, 7))
  duckPath = `${dir.path}/warehouse.duckdb`
  const instance = await DuckDBInstance.create(duckPath)
  const connection = await instance.connect()
  const types = PUSHDOWN_COLUMNS.map((column) => `'${column.name}': '${column.duckdb}'`).join(', ')
  await connection.run(`CREATE SCHEMA sales`)
  await connection.run(
    `CREATE TABLE sales.orders AS SELECT * FROM read_csv('${csvPath}', header = true, columns = {${types}})`
  )
  connection.closeSync()
  instance.closeSync()
  server = await startPostgres()
  const client = new pg.Client({ connectionString: server.url })
  await client.connect()
  await client.query(`CREATE SCHEMA sales; SET TIME ZONE 'UTC'`)
  await client.query(
    `CREATE TABLE sales.orders (${PUSHDOWN_COLUMNS.map((column) => `${column.name} ${column.postgres}`).join(', ')})`
  )
  await client.query(
    `COPY sales.orders FROM '${server.stage(csvPath)}' WITH (FORMAT csv, HEADER true)`
  )
  await client.end()
}, 120_000)

afterAll(() => {
  server?.stop()
  dir.remove()
})

function checksWith(source: string, name: string): string {
  return dir.file(name, `source: ${source}\n${PUSHDOWN_CHECKS}`)
}

/** What must agree between a file scan and the database: everything but the data location. */
function comparable(outcome: ValidateOutcome): unknown {
  const number = (value: unknown): unknown =>
    typeof value === 'number' ? Number(value.toPrecision(12)) : value
  return {
    rows: outcome.report.data.rows,
    columns: outcome.report.data.columns,
    passed: outcome.report.passed,
    summary: outcome.report.summary,
    results: outcome.report.results.map((result) => ({
      ...result,
      observed: number(result.observed),
      message: result.message.replace(/-?\d+\.\d+(e[+-]\d+)?/g, (x) =>
        String(Number(Number(x).toPrecision(10)))
      ),
      location: undefined
    })),
    profile: outcome.profile.columns.map((column) => ({
      ...column,
      mean: number(column.mean),
      std: number(column.std),
      sum: number(column.sum),
      top_values: column.top_values_exact ? column.top_values : 'approximate',
      state: {
        ...column.state,
        moments: Object.fromEntries(
          Object.entries(column.state.moments).map(([key, value]) => [key, number(value)])
        ),
        tally: {
          top: column.state.tally.top.exact ? column.state.tally.top : 'approximate',
          hll: column.state.tally.hll,
          quantiles: column.state.tally.quantiles?.count
        }
      }
    }))
  }
}

describe('checks pushed down to the database give the results of a file scan of the same data', () => {
  let streaming: ValidateOutcome
  beforeAll(async () => {
    streaming = await validateData({
      data: [csvPath],
      checksPath: dir.file('file-checks.yml', PUSHDOWN_CHECKS),
      format: 'auto',
      failOn: 'error',
      threads: 1,
      now: NOW
    })
  })

  it('the checks fail and pass in the ways the comparison needs (not a vacuous test)', () => {
    const statuses = Object.fromEntries(
      streaming.report.results.map((result) => [result.id, result.status])
    )
    expect(Object.values(statuses).filter((status) => status === 'fail').length).toBeGreaterThan(10)
    expect(Object.values(statuses).filter((status) => status === 'pass').length).toBeGreaterThan(10)
    expect(statuses['columns.id.unique']).toBe('fail')
    expect(statuses['columns.code.format']).toBe('fail')
  })

  it('DuckDB (embedded)', async () => {
    const outcome = await validateData({
      data: [],
      checksPath: checksWith(
        `{ engine: duckdb, path: ${duckPath}, table: sales.orders }`,
        'duck.yml'
      ),
      format: 'auto',
      failOn: 'error',
      threads: 1,
      now: NOW
    })
    expect(comparable(outcome)).toEqual(comparable(streaming))
  })

  it('PostgreSQL (a real server on loopback)', async () => {
    const outcome = await validateData({
      data: [],
      checksPath: checksWith(
        `{ engine: postgres, url: '${server.url}', schema: sales, table: orders, order_by: [line] }`,
        'pg.yml'
      ),
      format: 'auto',
      failOn: 'error',
      threads: 1,
      now: NOW
    })
    expect(comparable(outcome)).toEqual(comparable(streaming))
  })

  it('quantiles and histograms are exact in the database, whatever the size', async () => {
    const outcome = await validateData({
      data: [],
      checksPath: checksWith(
        `{ engine: postgres, url: '${server.url}', table: sales.orders, order_by: [line] }`,
        'pg2.yml'
      ),
      format: 'auto',
      failOn: 'error',
      threads: 1,
      now: NOW
    })
    const amount = outcome.profile.columns.find((column) => column.name === 'amount')!
    expect(amount.quantiles_exact).toBe(true)
    expect(
      outcome.report.results.find((result) => result.id === 'columns.amount.median')!.exact
    ).toBe(true)
  })

  it('high-cardinality HyperLogLogs filled in hash-partitioned batches equal one pass', async () => {
    const checksPath = checksWith(
      `{ engine: duckdb, path: ${duckPath}, table: sales.orders }`,
      'duck-batches.yml'
    )
    const checks = loadChecks(
      PUSHDOWN_CHECKS.replace(
        /^/,
        `source: { engine: duckdb, path: ${duckPath}, table: sales.orders }\n`
      ),
      checksPath
    )
    for (const engine of ['duckdb', 'postgres'] as const) {
      const source =
        engine === 'duckdb'
          ? checks.source!
          : { ...checks.source!, engine, path: undefined, url: server.url, orderBy: ['line'] }
      const runner = await openSqlEngine(source)
      try {
        const options = {
          now: NOW,
          failOn: 'error' as const,
          checksFile: checksPath,
          version: 'test'
        }
        const whole = await validateInDatabase(runner, checks, source, options)
        const batched = await validateInDatabase(runner, checks, source, {
          ...options,
          distinctBatch: 700
        })
        const hll = (profile: typeof whole.profile): unknown =>
          profile.columns.map((column) => column.state.tally.hll)
        expect(hll(batched.profile)).toEqual(hll(whole.profile))
        expect(
          whole.profile.columns.find((column) => column.name === 'email')!.distinct_exact
        ).toBe(false)
      } finally {
        await runner.close()
      }
    }
  })
})

describe('PostgreSQL specifics', () => {
  it('reads ISO dates in text exactly as parse-datetime.ts does', async () => {
    const dialect = postgresDialect()
    const client = new pg.Client({ connectionString: server.url })
    await client.connect()
    const iso = isoDatetimeSql(dialect, 'x')
    const values = ISO_DATETIME_CASES.map((text) => `(${dialect.quoteLiteral(text)})`).join(', ')
    const rows = (
      await client.query<{ x: string; e: number | null }>(
        `SELECT x, ${iso.epoch} AS e FROM (VALUES ${values}) v(x)`
      )
    ).rows
    await client.end()
    expect(rows.map((row) => ({ text: row.x, epoch: row.e }))).toEqual(
      ISO_DATETIME_CASES.map((text) => {
        const epoch = parseDatetimeString(text)
        return { text, epoch: Number.isNaN(epoch) ? null : epoch }
      })
    )
  })

  it('refuses order checks without order_by (a PostgreSQL table has no row order of its own)', async () => {
    const checksPath = dir.file(
      'pg-unordered.yml',
      `source: { engine: postgres, url: '${server.url}', table: sales.orders }\ncolumns:\n  seq: { increasing: true }\n`
    )
    const run = validateData({
      data: [],
      checksPath,
      format: 'auto',
      failOn: 'error',
      threads: 1,
      now: NOW
    })
    await expect(run).rejects.toThrow(InputError)
    await expect(
      validateData({ data: [], checksPath, format: 'auto', failOn: 'error', threads: 1, now: NOW })
    ).rejects.toThrow(/increasing needs the order of the rows.*add `order_by: \[<column>\]`/)
  })

  it('names missing tables and columns, and checks that cannot run in SQL', async () => {
    const run = (body: string, name: string): Promise<unknown> =>
      validateData({
        data: [],
        checksPath: dir.file(name, body),
        format: 'auto',
        failOn: 'error',
        threads: 1,
        now: NOW
      })
    await expect(
      run(
        `source: { engine: postgres, url: '${server.url}', table: nowhere }\ncolumns:\n  id: { not_null: true }\n`,
        'e1.yml'
      )
    ).rejects.toThrow(/the table nowhere was not found in the PostgreSQL database/)
    await expect(
      run(
        `source: { engine: postgres, url: '${server.url}', table: sales.orders }\ncolumns:\n  amont: { not_null: true }\n`,
        'e2.yml'
      )
    ).rejects.toThrow(/column "amont" is not in the table sales\.orders .*did you mean "amount"\?/)
    await expect(
      run(
        `source: { engine: postgres, url: '${server.url}', table: sales.orders }\ncolumns:\n  email: { format: url }\n`,
        'e3.yml'
      )
    ).rejects.toThrow(/format: url cannot run in the database/)
    await expect(
      run(
        `source: { engine: postgres, url: '${server.url}', table: sales.orders }\ncolumns:\n  email: { format: json }\n`,
        'e4.yml'
      )
    ).rejects.toThrow(/PostgreSQL before version 16 cannot test JSON/)
    await expect(
      run(
        `source: { engine: postgres, url_env: TOLLGATE_TEST_NO_SUCH_URL, table: t }\ncolumns:\n  id: { not_null: true }\n`,
        'e5.yml'
      )
    ).rejects.toThrow(/TOLLGATE_TEST_NO_SUCH_URL, which is not set/)
    await expect(
      run(
        `source: { engine: duckdb, path: ${dir.path}/none.duckdb, table: t }\ncolumns:\n  id: { not_null: true }\n`,
        'e6.yml'
      )
    ).rejects.toThrow(/none\.duckdb does not exist/)
  })
})
