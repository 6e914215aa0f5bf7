import type { YamlNode } from '../config/yaml-source.js'
import type { SourceLocation } from '../errors.js'

/** The SQL engines validate-data can push checks down to (tested against real servers). */
export const SQL_ENGINES = ['postgres', 'duckdb'] as const
export type SqlEngineName = (typeof SQL_ENGINES)[number]

/**
 * `source:` in a checks file: the table the checks run against, inside the database that holds
 * it (SQL pushdown), instead of data files. Only aggregates and a few failing sample rows travel
 * back to the runner.
 *
 * ```yaml
 * source: { engine: postgres, url_env: DATABASE_URL, table: orders, order_by: [order_id] }
 * source: { engine: duckdb, path: warehouse.duckdb, schema: sales, table: orders }
 * ```
 */
export interface TableSource {
  engine: SqlEngineName
  /** PostgreSQL connection URL written in the file (avoid passwords here: prefer url_env). */
  url?: string
  /** Name of the environment variable holding the connection URL (e.g. a secret). */
  urlEnv?: string
  /** DuckDB database file (opened read-only). */
  path?: string
  schema?: string
  table: string
  /**
   * Columns that define row order, and so the row numbers of samples and the order that
   * increasing/decreasing checks follow. Empty: the engine's storage order (see sql-dialect.ts).
   */
  orderBy: string[]
  location: SourceLocation
}

/** Parses the `source:` mapping of a checks file; mistakes are reported at their line. */
export function parseTableSource(node: YamlNode): TableSource {
  if (node.kind !== 'map')
    throw node.error(
      'expected a mapping such as `{ engine: postgres, url_env: DATABASE_URL, table: orders }`'
    )
  node.assertKeys(['engine', 'url', 'url_env', 'path', 'schema', 'table', 'order_by'], 'source key')
  const engineNode = node.get('engine')
  if (engineNode === undefined)
    throw node.error(`give the engine: one of ${SQL_ENGINES.join(', ')}`)
  const engine = engineNode.asString()
  if (!(SQL_ENGINES as readonly string[]).includes(engine)) {
    throw engineNode.error(
      `unknown engine "${engine}"; Tollgate pushes checks down to ${SQL_ENGINES.join(' and ')} (other warehouses need their own SQL dialect, see shared/sql/sql-dialect.ts)`
    )
  }
  const tableNode = node.get('table')
  if (tableNode === undefined)
    throw node.error(
      'give the table to check: `table: <name>` (and `schema:` when it is not the default one)'
    )
  let table = tableNode.asString()
  let schema = node.get('schema')?.asString()
  if (schema === undefined && table.includes('.')) {
    // `sales.orders`: the part before the first dot is the schema.
    schema = table.slice(0, table.indexOf('.'))
    table = table.slice(table.indexOf('.') + 1)
  }
  if (table === '') throw tableNode.error('the table name is empty')
  const source: TableSource = {
    engine: engine as SqlEngineName,
    url: node.get('url')?.asString(),
    urlEnv: node.get('url_env')?.asString(),
    path: node.get('path')?.asString(),
    schema,
    table,
    orderBy: node.get('order_by')?.asStringList() ?? [],
    location: node.location
  }
  if (source.engine === 'duckdb') {
    if (source.path === undefined)
      throw node.error('a duckdb source needs `path:` (the database file)')
    if (source.url !== undefined || source.urlEnv !== undefined)
      throw node.error('a duckdb source is a file: give `path:`, not `url:`/`url_env:`')
  } else {
    if (source.path !== undefined)
      throw node.error('a postgres source is a server: give `url_env:` (or `url:`), not `path:`')
    if (source.url !== undefined && source.urlEnv !== undefined)
      throw node.error('give either `url:` or `url_env:`, not both')
  }
  return source
}
