import { existsSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import { InputError, UsageError } from '../../errors.js'
import { duckdbDialect } from '../../sql/duckdb-dialect.js'
import type { SqlRow, SqlValue } from '../../sql/sql-runner.js'
import type { TableSource } from '../../sql/table-source.js'
import type { ClosableRunner } from './postgres-engine.js'

/** The parts of @duckdb/node-api the engine uses (the package is optional at run time). */
interface DuckDBModule {
  DuckDBInstance: {
    create(
      path?: string,
      options?: Record<string, string>
    ): Promise<{
      connect(): Promise<{
        runAndReadAll(sql: string): Promise<{ getRowObjectsJS(): Record<string, unknown>[] }>
        closeSync(): void
      }>
      closeSync(): void
    }>
  }
}

const DUCKDB_PACKAGE = '@duckdb/node-api'

/**
 * Opens a DuckDB database file read-only. @duckdb/node-api (a native module) is not bundled into
 * the actions: it is loaded when a checks file names a duckdb source, and its absence is a clear
 * error saying how to install it.
 */
export async function openDuckdb(
  source: TableSource,
  cwd = process.cwd()
): Promise<ClosableRunner> {
  const path = isAbsolute(source.path!) ? source.path! : join(cwd, source.path!)
  if (!existsSync(path))
    throw new InputError(source.location, `the DuckDB database file ${source.path} does not exist`)
  let duckdb: DuckDBModule
  try {
    // Left to Node at run time (webpackIgnore): bundling or hoisting the native DuckDB binding
    // would load it at the start of every action, or fail where it is not installed.
    duckdb = (await import(/* webpackIgnore: true */ DUCKDB_PACKAGE)) as DuckDBModule
  } catch {
    throw new UsageError(
      'Checking a DuckDB table needs the optional package @duckdb/node-api, which is not installed: run `npm install @duckdb/node-api` in the job (before the step) or use `npx tollgate` from a project that depends on it.'
    )
  }
  const instance = await duckdb.DuckDBInstance.create(path, { access_mode: 'READ_ONLY' })
  const connection = await instance.connect()
  return {
    dialect: duckdbDialect(),
    async query(sql: string): Promise<SqlRow[]> {
      let rows: Record<string, unknown>[]
      try {
        rows = (await connection.runAndReadAll(sql)).getRowObjectsJS()
      } catch (error) {
        throw new Error(
          `DuckDB rejected a pushdown query: ${(error as Error).message}\n${sql.slice(0, 2000)}`,
          { cause: error }
        )
      }
      return rows.map((row) => {
        const converted: SqlRow = {}
        for (const [key, value] of Object.entries(row)) converted[key] = toSqlValue(value)
        return converted
      })
    },
    async close(): Promise<void> {
      connection.closeSync()
      instance.closeSync()
    }
  }
}

function toSqlValue(value: unknown): SqlValue {
  if (value === null || value === undefined) return null
  if (typeof value === 'bigint') return Number(value)
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
    return value
  if (value instanceof Date) return value.getTime()
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'bigint' ? Number(item) : item
  )
}
