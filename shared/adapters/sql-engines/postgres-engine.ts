import pg from 'pg'
import { UsageError } from '../../errors.js'
import { postgresDialect } from '../../sql/postgres-dialect.js'
import type { SqlRow, SqlRunner } from '../../sql/sql-runner.js'
import type { TableSource } from '../../sql/table-source.js'

/** A SqlRunner on a PostgreSQL connection; close() ends it. */
export interface ClosableRunner extends SqlRunner {
  close(): Promise<void>
}

// Counts (int8) and NUMERIC come back as text by default; the pushdown wants numbers.
const INT8 = 20
const NUMERIC = 1700

/**
 * Connects to the PostgreSQL server a `source:` names: `url_env` (an environment variable such as
 * a secret), `url`, or — when neither is given — the standard PG* variables (PGHOST, PGUSER, ...).
 * The session is read-only and in UTC: the pushdown only reads, and dates must not depend on the
 * server's time zone.
 */
export async function openPostgres(
  source: TableSource,
  env: NodeJS.ProcessEnv = process.env
): Promise<ClosableRunner> {
  let connectionString = source.url
  if (source.urlEnv !== undefined) {
    connectionString = env[source.urlEnv]
    if (connectionString === undefined || connectionString === '') {
      throw new UsageError(
        `The checks file reads the PostgreSQL URL from the environment variable ${source.urlEnv}, which is not set (in a workflow: env: { ${source.urlEnv}: \${{ secrets.${source.urlEnv} }} }).`
      )
    }
  }
  const client = new pg.Client({
    connectionString,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary'): unknown =>
        oid === INT8 || oid === NUMERIC
          ? (text: string) => Number(text)
          : (pg.types.getTypeParser(oid, format) as unknown)) as typeof pg.types.getTypeParser
    }
  })
  try {
    await client.connect()
  } catch (error) {
    throw new UsageError(
      `Cannot connect to PostgreSQL${source.urlEnv === undefined ? '' : ` (${source.urlEnv})`}: ${(error as Error).message}`
    )
  }
  client.on('error', () => undefined)
  // JIT compiling the long generated expressions costs more than it saves on these scans.
  await client.query("SET TIME ZONE 'UTC'; SET default_transaction_read_only = on; SET jit = off")
  const version = Number(
    (await client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v")).rows[0]
      ?.v ?? 150000
  )
  return {
    dialect: postgresDialect(version),
    async query(sql: string): Promise<SqlRow[]> {
      try {
        return (await client.query<SqlRow>(sql)).rows
      } catch (error) {
        throw new Error(
          `PostgreSQL rejected a pushdown query: ${(error as Error).message}\n${sql.slice(0, 2000)}`,
          { cause: error }
        )
      }
    },
    async close(): Promise<void> {
      await client.end()
    }
  }
}
