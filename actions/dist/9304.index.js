export const id = 9304;
export const ids = [9304];
export const modules = {

/***/ 49304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openDuckdb: () => (/* binding */ openDuckdb)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/sql/sql-dialect.ts
var sql_dialect = __webpack_require__(80974);
;// CONCATENATED MODULE: ./shared/sql/duckdb-dialect.ts

/**
 * DuckDB (tested with 1.5 through @duckdb/node-api). Regular expressions are RE2
 * (regexp_full_match / regexp_matches, option 'i' for case-insensitive); text compares in binary
 * (code-point) order; `length` counts code points.
 */
function duckdbDialect() {
    return {
        name: 'DuckDB',
        quoteIdentifier: sql_dialect/* standardIdentifier */.Hy,
        quoteLiteral: sql_dialect/* standardStringLiteral */.KU,
        tableReference: (schema, table) => schema === undefined
            ? (0,sql_dialect/* standardIdentifier */.Hy)(table)
            : `${(0,sql_dialect/* standardIdentifier */.Hy)(schema)}.${(0,sql_dialect/* standardIdentifier */.Hy)(table)}`,
        columnsQuery: (schema, table) => `SELECT column_name AS name, data_type AS type FROM information_schema.columns WHERE table_name = ${(0,sql_dialect/* standardStringLiteral */.KU)(table)} ` +
            `AND table_schema = ${schema === undefined ? 'current_schema()' : (0,sql_dialect/* standardStringLiteral */.KU)(schema)} ORDER BY ordinal_position`,
        columnKind: duckdbColumnKind,
        doubleType: 'DOUBLE',
        toText: (expression) => `CAST(${expression} AS VARCHAR)`,
        // DuckDB writes 2.0 as '2.0'; JS (and a CSV written from JS or by most tools) as '2'.
        floatText: (expression) => `(CASE WHEN ${expression} = FLOOR(${expression}) AND ABS(${expression}) < 1e15 THEN CAST(CAST(${expression} AS BIGINT) AS VARCHAR) ELSE CAST(${expression} AS VARCHAR) END)`,
        isFinite: (expression) => `isfinite(${expression})`,
        regexMatches: (text, pattern, { search, ignoreCase }) => `${search ? 'regexp_matches' : 'regexp_full_match'}(${text}, ${(0,sql_dialect/* standardStringLiteral */.KU)(pattern)}${ignoreCase ? ", 'i'" : ''})`,
        regexCapture: (text, pattern) => `NULLIF(regexp_extract(${text}, ${(0,sql_dialect/* standardStringLiteral */.KU)(pattern)}, 1), '')`,
        charLength: (text) => `length(${text})`,
        epochMillis: (expression, kind) => kind === 'date'
            ? `CAST(epoch_ms(CAST(${expression} AS TIMESTAMP)) AS DOUBLE)`
            : `CAST(epoch_ms(${expression}) AS DOUBLE)`,
        isoTimestampText: (expression, kind) => `strftime(${kind === 'timestamptz' ? `timezone('UTC', ${expression})` : expression}, '%Y-%m-%dT%H:%M:%S.%gZ')`,
        jsonValid: (text) => `json_valid(${text})`,
        storageIsInsertionOrder: true,
        derivedTableFence: '',
        storageOrder: 'rowid',
        distinctJsonAggregate: (expression) => `CAST(to_json(list(DISTINCT ${expression})) AS VARCHAR)`,
        hashBucket: (expression, buckets) => `CAST(hash(CAST(${expression} AS VARCHAR)) % ${buckets} AS INTEGER)`,
        // DuckDB compares VARCHAR in binary (UTF-8 byte = code-point) order unless told otherwise.
        codePointOrder: (text) => text
    };
}
/** Reads information_schema type names: `INTEGER`, `DECIMAL(10,2)`, `TIMESTAMP WITH TIME ZONE`, ... */
function duckdbColumnKind(typeName) {
    const type = typeName.toUpperCase();
    if (/^U?(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)$/.test(type))
        return 'integer';
    if (type === 'FLOAT' || type === 'DOUBLE')
        return 'float';
    if (/^DECIMAL\b/.test(type))
        return 'decimal';
    if (type === 'BOOLEAN')
        return 'boolean';
    if (type === 'DATE')
        return 'date';
    if (type === 'TIMESTAMP WITH TIME ZONE')
        return 'timestamptz';
    if (/^TIMESTAMP/.test(type))
        return 'timestamp';
    return 'text';
}

;// CONCATENATED MODULE: ./shared/adapters/sql-engines/duckdb-engine.ts




const DUCKDB_PACKAGE = '@duckdb/node-api';
/**
 * Opens a DuckDB database file read-only. @duckdb/node-api (a native module) is not bundled into
 * the actions: it is loaded when a checks file names a duckdb source, and its absence is a clear
 * error saying how to install it.
 */
async function openDuckdb(source, cwd = process.cwd()) {
    const path = (0,external_node_path_.isAbsolute)(source.path) ? source.path : (0,external_node_path_.join)(cwd, source.path);
    if (!(0,external_node_fs_.existsSync)(path))
        throw new errors/* InputError */.dz(source.location, `the DuckDB database file ${source.path} does not exist`);
    let duckdb;
    try {
        // Left to Node at run time (webpackIgnore): bundling or hoisting the native DuckDB binding
        // would load it at the start of every action, or fail where it is not installed.
        duckdb = (await import(/* webpackIgnore: true */ DUCKDB_PACKAGE));
    }
    catch {
        throw new errors/* UsageError */.eb('Checking a DuckDB table needs the optional package @duckdb/node-api, which is not installed: run `npm install @duckdb/node-api` in the job (before the step) or use `npx tollgate` from a project that depends on it.');
    }
    const instance = await duckdb.DuckDBInstance.create(path, { access_mode: 'READ_ONLY' });
    const connection = await instance.connect();
    return {
        dialect: duckdbDialect(),
        async query(sql) {
            let rows;
            try {
                rows = (await connection.runAndReadAll(sql)).getRowObjectsJS();
            }
            catch (error) {
                throw new Error(`DuckDB rejected a pushdown query: ${error.message}\n${sql.slice(0, 2000)}`, { cause: error });
            }
            return rows.map((row) => {
                const converted = {};
                for (const [key, value] of Object.entries(row))
                    converted[key] = toSqlValue(value);
                return converted;
            });
        },
        async close() {
            connection.closeSync();
            instance.closeSync();
        }
    };
}
function toSqlValue(value) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === 'bigint')
        return Number(value);
    if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
        return value;
    if (value instanceof Date)
        return value.getTime();
    return JSON.stringify(value, (_key, item) => typeof item === 'bigint' ? Number(item) : item);
}


/***/ })

};
