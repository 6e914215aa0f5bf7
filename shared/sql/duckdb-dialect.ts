import {
  standardIdentifier,
  standardStringLiteral,
  type ColumnKind,
  type SqlDialect
} from './sql-dialect.js'

/**
 * DuckDB (tested with 1.5 through @duckdb/node-api). Regular expressions are RE2
 * (regexp_full_match / regexp_matches, option 'i' for case-insensitive); text compares in binary
 * (code-point) order; `length` counts code points.
 */
export function duckdbDialect(): SqlDialect {
  return {
    name: 'DuckDB',
    quoteIdentifier: standardIdentifier,
    quoteLiteral: standardStringLiteral,
    tableReference: (schema, table) =>
      schema === undefined
        ? standardIdentifier(table)
        : `${standardIdentifier(schema)}.${standardIdentifier(table)}`,
    columnsQuery: (schema, table) =>
      `SELECT column_name AS name, data_type AS type FROM information_schema.columns WHERE table_name = ${standardStringLiteral(table)} ` +
      `AND table_schema = ${schema === undefined ? 'current_schema()' : standardStringLiteral(schema)} ORDER BY ordinal_position`,
    columnKind: duckdbColumnKind,
    doubleType: 'DOUBLE',
    toText: (expression) => `CAST(${expression} AS VARCHAR)`,
    // DuckDB writes 2.0 as '2.0'; JS (and a CSV written from JS or by most tools) as '2'.
    floatText: (expression) =>
      `(CASE WHEN ${expression} = FLOOR(${expression}) AND ABS(${expression}) < 1e15 THEN CAST(CAST(${expression} AS BIGINT) AS VARCHAR) ELSE CAST(${expression} AS VARCHAR) END)`,
    isFinite: (expression) => `isfinite(${expression})`,
    regexMatches: (text, pattern, { search, ignoreCase }) =>
      `${search ? 'regexp_matches' : 'regexp_full_match'}(${text}, ${standardStringLiteral(pattern)}${ignoreCase ? ", 'i'" : ''})`,
    regexCapture: (text, pattern) =>
      `NULLIF(regexp_extract(${text}, ${standardStringLiteral(pattern)}, 1), '')`,
    charLength: (text) => `length(${text})`,
    epochMillis: (expression, kind) =>
      kind === 'date'
        ? `CAST(epoch_ms(CAST(${expression} AS TIMESTAMP)) AS DOUBLE)`
        : `CAST(epoch_ms(${expression}) AS DOUBLE)`,
    isoTimestampText: (expression, kind) =>
      `strftime(${kind === 'timestamptz' ? `timezone('UTC', ${expression})` : expression}, '%Y-%m-%dT%H:%M:%S.%gZ')`,
    jsonValid: (text) => `json_valid(${text})`,
    storageIsInsertionOrder: true,
    derivedTableFence: '',
    storageOrder: 'rowid',
    distinctJsonAggregate: (expression) => `CAST(to_json(list(DISTINCT ${expression})) AS VARCHAR)`,
    hashBucket: (expression, buckets) =>
      `CAST(hash(CAST(${expression} AS VARCHAR)) % ${buckets} AS INTEGER)`,
    // DuckDB compares VARCHAR in binary (UTF-8 byte = code-point) order unless told otherwise.
    codePointOrder: (text) => text
  }
}

/** Reads information_schema type names: `INTEGER`, `DECIMAL(10,2)`, `TIMESTAMP WITH TIME ZONE`, ... */
export function duckdbColumnKind(typeName: string): ColumnKind {
  const type = typeName.toUpperCase()
  if (/^U?(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)$/.test(type)) return 'integer'
  if (type === 'FLOAT' || type === 'DOUBLE') return 'float'
  if (/^DECIMAL\b/.test(type)) return 'decimal'
  if (type === 'BOOLEAN') return 'boolean'
  if (type === 'DATE') return 'date'
  if (type === 'TIMESTAMP WITH TIME ZONE') return 'timestamptz'
  if (/^TIMESTAMP/.test(type)) return 'timestamp'
  return 'text'
}
