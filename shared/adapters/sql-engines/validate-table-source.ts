import type { ChecksConfig } from '../../checks/check-types.js'
import { UsageError } from '../../errors.js'
import type { ValidateOutcome, ValidateRequest } from '../../operations/validate-data.js'
import { validateInDatabase } from '../../sql/validate-in-database.js'
import type { TableSource } from '../../sql/table-source.js'
import { TOLLGATE_VERSION } from '../../version.js'
import type { ClosableRunner } from './postgres-engine.js'

/**
 * Opens the engine a `source:` names. The engine clients are loaded on demand, so runs over data
 * files do not pay for loading them (the action's cold start).
 */
export async function openSqlEngine(source: TableSource, cwd?: string): Promise<ClosableRunner> {
  if (source.engine === 'duckdb')
    return (await import('./duckdb-engine.js')).openDuckdb(source, cwd)
  return (await import('./postgres-engine.js')).openPostgres(source)
}

/**
 * validate-data for a checks file with `source:`: the checks and the profile run as SQL in the
 * database that holds the table; the report and profile have the same shape as for files.
 */
export async function validateTableSource(
  checks: ChecksConfig,
  request: ValidateRequest
): Promise<ValidateOutcome> {
  const source = checks.source!
  if (request.data.length > 0) {
    throw new UsageError(
      `${request.checksPath} checks the table ${source.table} in ${source.engine} (source:); do not give data files as well.`
    )
  }
  const engine = await openSqlEngine(source, request.cwd)
  try {
    const { report, profile } = await validateInDatabase(engine, checks, source, {
      now: request.now,
      failOn: request.failOn,
      checksFile: request.checksPath,
      version: TOLLGATE_VERSION
    })
    return { report, profile, checks }
  } finally {
    await engine.close()
  }
}
