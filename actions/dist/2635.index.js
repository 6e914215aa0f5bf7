export const id = 2635;
export const ids = [2635];
export const modules = {

/***/ 22635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openPostgres: () => (/* binding */ openPostgres)
});

// EXTERNAL MODULE: ./node_modules/pg/esm/index.mjs
var esm = __webpack_require__(83849);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/sql/sql-dialect.ts
var sql_dialect = __webpack_require__(80974);
;// CONCATENATED MODULE: ./shared/sql/postgres-dialect.ts

/**
 * PostgreSQL (tested with 15; `IS JSON` from 16). Regular expressions are POSIX AREs (`~`, `~*`
 * for case-insensitive), text compares need no collation here because Tollgate never sorts text
 * in SQL except for increasing/decreasing checks, which use `COLLATE "C"` (code-point order).
 * The session must run with TimeZone UTC (the engine adapter sets it).
 */
function postgresDialect(serverVersionNum = 150000) {
    return {
        name: 'PostgreSQL',
        quoteIdentifier: sql_dialect/* standardIdentifier */.Hy,
        quoteLiteral: sql_dialect/* standardStringLiteral */.KU,
        tableReference: (schema, table) => schema === undefined
            ? (0,sql_dialect/* standardIdentifier */.Hy)(table)
            : `${(0,sql_dialect/* standardIdentifier */.Hy)(schema)}.${(0,sql_dialect/* standardIdentifier */.Hy)(table)}`,
        columnsQuery: (schema, table) => `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type FROM pg_attribute a ` +
            `WHERE a.attrelid = to_regclass(${(0,sql_dialect/* standardStringLiteral */.KU)(schema === undefined ? (0,sql_dialect/* standardIdentifier */.Hy)(table) : `${(0,sql_dialect/* standardIdentifier */.Hy)(schema)}.${(0,sql_dialect/* standardIdentifier */.Hy)(table)}`)}) ` +
            'AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum',
        columnKind: postgresColumnKind,
        doubleType: 'double precision',
        toText: (expression) => `CAST(${expression} AS text)`,
        // Since PostgreSQL 12 float8 output is the shortest text that reads back exactly.
        floatText: (expression) => `CAST(${expression} AS text)`,
        isFinite: (expression) => `(${expression} > CAST('-Infinity' AS double precision) AND ${expression} < CAST('Infinity' AS double precision))`,
        regexMatches: (text, pattern, { search, ignoreCase }) => `(${text} ${ignoreCase ? '~*' : '~'} ${(0,sql_dialect/* standardStringLiteral */.KU)(search ? pattern : `^(?:${pattern})$`)})`,
        regexCapture: (text, pattern) => `substring(${text} from ${(0,sql_dialect/* standardStringLiteral */.KU)(pattern)})`,
        charLength: (text) => `char_length(${text})`,
        epochMillis: (expression, kind) => kind === 'date'
            ? `(CAST((${expression} - DATE '1970-01-01') AS double precision) * 86400000)`
            : `FLOOR(CAST(EXTRACT(EPOCH FROM ${expression}) AS double precision) * 1000)`,
        isoTimestampText: (expression, kind) => `to_char(${kind === 'timestamptz' ? `${expression} AT TIME ZONE 'UTC'` : expression}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
        jsonValid: (text) => (serverVersionNum >= 160000 ? `(${text} IS JSON)` : undefined),
        storageIsInsertionOrder: false,
        derivedTableFence: ' OFFSET 0',
        storageOrder: 'ctid',
        distinctJsonAggregate: (expression) => `CAST(json_agg(DISTINCT ${expression}) AS text)`,
        hashBucket: (expression, buckets) => `MOD(CAST(hashtext(CAST(${expression} AS text)) AS bigint) + 2147483648, ${buckets})`,
        codePointOrder: (text) => `(${text} COLLATE "C")`
    };
}
/** Reads format_type() names: `integer`, `numeric(10,2)`, `timestamp(3) with time zone`, ... */
function postgresColumnKind(typeName) {
    const type = typeName.toLowerCase();
    if (/^(smallint|integer|bigint)$/.test(type))
        return 'integer';
    if (/^(real|double precision)$/.test(type))
        return 'float';
    if (/^numeric\b/.test(type))
        return 'decimal';
    if (type === 'boolean')
        return 'boolean';
    if (type === 'date')
        return 'date';
    if (/^timestamp\b.*\bwith time zone$/.test(type))
        return 'timestamptz';
    if (/^timestamp\b/.test(type))
        return 'timestamp';
    return 'text';
}

;// CONCATENATED MODULE: ./shared/adapters/sql-engines/postgres-engine.ts



// Counts (int8) and NUMERIC come back as text by default; the pushdown wants numbers.
const INT8 = 20;
const NUMERIC = 1700;
/**
 * Connects to the PostgreSQL server a `source:` names: `url_env` (an environment variable such as
 * a secret), `url`, or — when neither is given — the standard PG* variables (PGHOST, PGUSER, ...).
 * The session is read-only and in UTC: the pushdown only reads, and dates must not depend on the
 * server's time zone.
 */
async function openPostgres(source, env = process.env) {
    let connectionString = source.url;
    if (source.urlEnv !== undefined) {
        connectionString = env[source.urlEnv];
        if (connectionString === undefined || connectionString === '') {
            throw new errors/* UsageError */.eb(`The checks file reads the PostgreSQL URL from the environment variable ${source.urlEnv}, which is not set (in a workflow: env: { ${source.urlEnv}: \${{ secrets.${source.urlEnv} }} }).`);
        }
    }
    const client = new esm/* default.Client */.Ay.Client({
        connectionString,
        types: {
            getTypeParser: ((oid, format) => oid === INT8 || oid === NUMERIC
                ? (text) => Number(text)
                : esm/* default.types */.Ay.types.getTypeParser(oid, format))
        }
    });
    try {
        await client.connect();
    }
    catch (error) {
        throw new errors/* UsageError */.eb(`Cannot connect to PostgreSQL${source.urlEnv === undefined ? '' : ` (${source.urlEnv})`}: ${error.message}`);
    }
    client.on('error', () => undefined);
    // JIT compiling the long generated expressions costs more than it saves on these scans.
    await client.query("SET TIME ZONE 'UTC'; SET default_transaction_read_only = on; SET jit = off");
    const version = Number((await client.query("SELECT current_setting('server_version_num') AS v")).rows[0]
        ?.v ?? 150000);
    return {
        dialect: postgresDialect(version),
        async query(sql) {
            try {
                return (await client.query(sql)).rows;
            }
            catch (error) {
                throw new Error(`PostgreSQL rejected a pushdown query: ${error.message}\n${sql.slice(0, 2000)}`, { cause: error });
            }
        },
        async close() {
            await client.end();
        }
    };
}


/***/ })

};
