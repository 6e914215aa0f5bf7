import {
  standardIdentifier,
  standardStringLiteral,
  type ColumnKind,
  type SqlDialect
} from './sql-dialect.js'

/**
 * PostgreSQL (tested with 15; `IS JSON` from 16). Regular expressions are POSIX AREs (`~`, `~*`
 * for case-insensitive), text compares need no collation here because Tollgate never sorts text
 * in SQL except for increasing/decreasing checks, which use `COLLATE "C"` (code-point order).
 * The session must run with TimeZone UTC (the engine adapter sets it).
 */
export function postgresDialect(serverVersionNum = 150000): SqlDialect {
  return {
    name: 'PostgreSQL',
    quoteIdentifier: standardIdentifier,
    quoteLiteral: standardStringLiteral,
    tableReference: (schema, table) =>
      schema === undefined
        ? standardIdentifier(table)
        : `${standardIdentifier(schema)}.${standardIdentifier(table)}`,
    columnsQuery: (schema, table) =>
      `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type FROM pg_attribute a ` +
      `WHERE a.attrelid = to_regclass(${standardStringLiteral(schema === undefined ? standardIdentifier(table) : `${standardIdentifier(schema)}.${standardIdentifier(table)}`)}) ` +
      'AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum',
    columnKind: postgresColumnKind,
    doubleType: 'double precision',
    toText: (expression) => `CAST(${expression} AS text)`,
    // Since PostgreSQL 12 float8 output is the shortest text that reads back exactly.
    floatText: (expression) => `CAST(${expression} AS text)`,
    isFinite: (expression) =>
      `(${expression} > CAST('-Infinity' AS double precision) AND ${expression} < CAST('Infinity' AS double precision))`,
    regexMatches: (text, pattern, { search, ignoreCase }) =>
      `(${text} ${ignoreCase ? '~*' : '~'} ${standardStringLiteral(search ? pattern : `^(?:${pattern})$`)})`,
    regexCapture: (text, pattern) => `substring(${text} from ${standardStringLiteral(pattern)})`,
    charLength: (text) => `char_length(${text})`,
    epochMillis: (expression, kind) =>
      kind === 'date'
        ? `(CAST((${expression} - DATE '1970-01-01') AS double precision) * 86400000)`
        : `FLOOR(CAST(EXTRACT(EPOCH FROM ${expression}) AS double precision) * 1000)`,
    isoTimestampText: (expression, kind) =>
      `to_char(${kind === 'timestamptz' ? `${expression} AT TIME ZONE 'UTC'` : expression}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
    jsonValid: (text) => (serverVersionNum >= 160000 ? `(${text} IS JSON)` : undefined),
    storageIsInsertionOrder: false,
    derivedTableFence: ' OFFSET 0',
    storageOrder: 'ctid',
    distinctJsonAggregate: (expression) => `CAST(json_agg(DISTINCT ${expression}) AS text)`,
    hashBucket: (expression, buckets) =>
      `MOD(CAST(hashtext(CAST(${expression} AS text)) AS bigint) + 2147483648, ${buckets})`,
    codePointOrder: (text) => `(${text} COLLATE "C")`
  }
}

/** Reads format_type() names: `integer`, `numeric(10,2)`, `timestamp(3) with time zone`, ... */
export function postgresColumnKind(typeName: string): ColumnKind {
  const type = typeName.toLowerCase()
  if (/^(smallint|integer|bigint)$/.test(type)) return 'integer'
  if (/^(real|double precision)$/.test(type)) return 'float'
  if (/^numeric\b/.test(type)) return 'decimal'
  if (type === 'boolean') return 'boolean'
  if (type === 'date') return 'date'
  if (/^timestamp\b.*\bwith time zone$/.test(type)) return 'timestamptz'
  if (/^timestamp\b/.test(type)) return 'timestamp'
  return 'text'
}
