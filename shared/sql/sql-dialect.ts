/**
 * What Tollgate needs from a SQL engine to run the checks and the profile where the data lives
 * (SQL pushdown). Everything else in the generated SQL is the ANSI core every warehouse speaks —
 * CASE, COUNT/SUM/MIN/MAX/AVG, VAR_POP, ROW_NUMBER and LAG window functions, GROUP BY, CAST to
 * INTEGER, FLOOR/CEIL/LN/ABS, SUBSTRING(x, start, length), TRIM, LIMIT — so a new warehouse
 * (BigQuery, Snowflake, Trino, ...) needs one object implementing this interface plus an engine
 * adapter that runs queries, and then a test against the real engine comparing it with the
 * streaming engine on the same data (test/shared/sql/pushdown-parity.test.ts). PostgreSQL and
 * DuckDB are the dialects that exist and are tested; nothing else is claimed.
 *
 * Semantics the dialects must keep identical to the streaming engine (stats-reference §4):
 * - regular expressions: the checks file's pattern, full match unless `search`; the common
 *   subset of JS, POSIX ARE (PostgreSQL) and RE2 (DuckDB) syntax behaves alike (character
 *   classes, \d \s \w, quantifiers, alternation); lookaround and backreferences do not exist in
 *   RE2 and are rejected by DuckDB at query time.
 * - text length: Unicode code points.
 * - "row": see `storageOrder` and the `order_by` of the source: row k is the k-th row of the table
 *   in that order (ROW_NUMBER() OVER (ORDER BY ...)), the number shown with failing samples.
 */
export interface SqlDialect {
  /** Engine name for messages. */
  readonly name: string
  /** A quoted identifier: "name" with embedded quotes doubled. */
  quoteIdentifier(name: string): string
  /** A string literal with embedded quotes doubled (and nothing else special). */
  quoteLiteral(text: string): string
  /** `schema.table` (or `table`), quoted. */
  tableReference(schema: string | undefined, table: string): string
  /**
   * A query returning one row per column of the table, in table order, with `name` and `type`
   * (the engine's type name, read by columnKind).
   */
  columnsQuery(schema: string | undefined, table: string): string
  /** How Tollgate reads a column of this engine's type (see ColumnKind). */
  columnKind(typeName: string): ColumnKind
  /** The double-precision floating-point type. */
  readonly doubleType: string
  /** Any value as text (for regex, set and length checks on non-text columns). */
  toText(expression: string): string
  /**
   * A float value as text, written as JS's String(x) writes it for the common cases (integral
   * values without a trailing `.0`, shortest round-trip digits otherwise).
   */
  floatText(expression: string): string
  /** True when the double expression is neither NaN nor ±Infinity. */
  isFinite(expression: string): string
  /** Regular-expression match of a text expression (full match unless `search`). */
  regexMatches(
    textExpression: string,
    pattern: string,
    options: { search: boolean; ignoreCase: boolean }
  ): string
  /** The first capture group of a match of `pattern` in the text, or NULL. */
  regexCapture(textExpression: string, pattern: string): string
  /** Length in Unicode code points. */
  charLength(textExpression: string): string
  /** Epoch milliseconds (double) of a date, timestamp (taken as UTC) or timestamp with time zone. */
  epochMillis(expression: string, kind: 'date' | 'timestamp' | 'timestamptz'): string
  /** A timestamp as ISO 8601 text in UTC with milliseconds, as JS Date.toISOString writes it. */
  isoTimestampText(expression: string, kind: 'timestamp' | 'timestamptz'): string
  /** True when the text is valid JSON, or undefined when the engine cannot tell. */
  jsonValid(textExpression: string): string | undefined
  /**
   * The order rows have in storage, used when the source gives no `order_by` and as the final
   * tie-break otherwise: DuckDB's `rowid` (insertion order), PostgreSQL's `ctid` (physical
   * position, which is NOT insertion order: COPY and INSERT put a row wherever a page has room,
   * and UPDATE and VACUUM FULL move rows).
   */
  readonly storageOrder: string
  /** Whether storageOrder is the order rows were inserted in (then row numbers mean file lines). */
  readonly storageIsInsertionOrder: boolean
  /** An aggregate giving the distinct values of an expression as JSON array text. */
  distinctJsonAggregate(expression: string): string
  /** An integer in [0, buckets) derived from a hash of the expression's text (to split work). */
  hashBucket(expression: string, buckets: number): string
  /**
   * Appended to the derived table's SELECT so the engine computes each derived value once per row
   * instead of inlining the expression into every aggregate that uses it (PostgreSQL: `OFFSET 0`,
   * its documented optimization fence; '' where the engine already shares them).
   */
  readonly derivedTableFence: string
  /** Text that compares in code-point order (JS string order for all but astral characters). */
  codePointOrder(textExpression: string): string
}

/**
 * How a column's values are read, mirroring what the streaming engine sees in a file:
 * - integer: every value is an integer written without fraction;
 * - float: a number; integral values count as integers (a table does not keep how a value was
 *   written, so `2.0` stored in a float column counts like `2`), NaN/±Infinity as text;
 * - decimal: a number whose text (with its scale, `3.50`) decides integer or decimal;
 * - boolean: true/false;
 * - date / timestamp / timestamptz: dates and date-times (timestamp without zone taken as UTC);
 * - text: classified value by value exactly as a CSV field (numbers, ISO dates, true/false, text).
 */
export type ColumnKind =
  'integer' | 'float' | 'decimal' | 'boolean' | 'date' | 'timestamp' | 'timestamptz' | 'text'

/** Escapes a string literal the standard way (quotes doubled). */
export function standardStringLiteral(text: string): string {
  return `'${text.replace(/'/g, "''")}'`
}

/** Escapes an identifier the standard way (double quotes doubled). */
export function standardIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`
}

/** A finite double as a SQL literal that reads back to the same double (17 significant digits). */
export function doubleLiteral(value: number, dialect: SqlDialect): string {
  if (!Number.isFinite(value)) throw new Error(`Bug: non-finite literal ${value}`)
  const text =
    Number.isInteger(value) && Math.abs(value) < 2 ** 53 ? String(value) : value.toPrecision(17)
  return `CAST(${text} AS ${dialect.doubleType})`
}
