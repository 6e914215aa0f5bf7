export const id = 679;
export const ids = [679];
export const modules = {

/***/ 79394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ pickRows)
/* harmony export */ });
/* harmony import */ var _data_csv_scanner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63916);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32635);
/* harmony import */ var _csv_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15905);
/* harmony import */ var _file_chunks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40664);
/* harmony import */ var _parquet_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2873);
/* harmony import */ var _jsonl_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42939);






/**
 * Reads the texts of a few given data rows (1-based, across all files of the table). Used after a
 * scan to show the values of duplicated keys, which the scan only kept as numbers or hashes: a
 * second pass on the failure path is cheaper than keeping every text on the success path.
 */
async function pickRows(input, header, rows) {
    const picked = new Map();
    if (rows.size === 0)
        return picked;
    const last = Math.max(...rows);
    let rowsBefore = 0;
    for (const file of input.files) {
        if (rowsBefore >= last)
            break;
        if (file.format === 'csv' || file.format === 'tsv') {
            const delimiter = (0,_csv_source_js__WEBPACK_IMPORTED_MODULE_2__/* .delimiterByte */ .Wi)(file, input.delimiter);
            const scanner = new _data_csv_scanner_js__WEBPACK_IMPORTED_MODULE_0__/* .CsvScanner */ .BR(delimiter);
            const csvHeader = header.csv.get(file.path);
            let row = rowsBefore;
            let skipHeader = file.gzip;
            await (0,_file_chunks_js__WEBPACK_IMPORTED_MODULE_3__/* .forEachChunk */ .q)(file, file.gzip ? 0 : csvHeader.dataOffset, (buffer, length, atEnd) => {
                const used = scanner.scan(buffer, 0, length, atEnd, (bytes, fields) => {
                    if (skipHeader) {
                        skipHeader = false;
                        return;
                    }
                    row++;
                    if (rows.has(row)) {
                        const values = [];
                        for (let k = 0; k < fields.fieldCount; k++)
                            values.push((0,_data_csv_scanner_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldText */ .gF)(bytes, fields.starts[k], fields.ends[k], fields.flags[k]));
                        picked.set(row, values);
                    }
                    if (row >= last)
                        fields.stopRequested = true;
                });
                return row >= last ? 'stop' : used;
            });
            rowsBefore = row;
        }
        else if (file.format === 'jsonl') {
            rowsBefore = await (0,_jsonl_source_js__WEBPACK_IMPORTED_MODULE_5__/* .readJsonlRows */ .oJ)(file, header.header, rowsBefore, rows, picked);
        }
        else {
            rowsBefore = await (0,_parquet_source_js__WEBPACK_IMPORTED_MODULE_4__/* .readParquetRows */ .u1)(file, header.header, rowsBefore, rows, picked);
        }
    }
    for (const row of rows) {
        if (!picked.has(row))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file: input.files[0]?.path }, `row ${row} could not be read again; did the file change during the run?`);
    }
    return picked;
}


/***/ }),

/***/ 26694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ readPartialFile),
/* harmony export */   X: () => (/* binding */ writePartialFile)
/* harmony export */ });
/* harmony import */ var _shard_partial_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52079);
/* harmony import */ var _shard_validate_partial_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15871);
/* harmony import */ var _user_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24574);



/** Writes a shard partial atomically (compact JSON: it is for the merge, not for reading). */
function writePartialFile(path, partial) {
    (0,_user_files_js__WEBPACK_IMPORTED_MODULE_2__/* .writeTextFile */ .Tl)(path, `${(0,_shard_partial_json_js__WEBPACK_IMPORTED_MODULE_0__/* .encodePartialJson */ .UQ)(partial)}\n`);
}
/** Reads and checks a shard partial written by writePartialFile. */
function readPartialFile(path, format) {
    return (0,_shard_validate_partial_js__WEBPACK_IMPORTED_MODULE_1__/* .readValidatePartial */ .aC)((0,_user_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readUserFile */ .E1)(path, 'shard partial'), path, format);
}


/***/ }),

/***/ 40647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ loadChecks)
});

// EXTERNAL MODULE: ./shared/data/parse-datetime.ts
var parse_datetime = __webpack_require__(11228);
// EXTERNAL MODULE: ./shared/config/yaml-source.ts
var yaml_source = __webpack_require__(68302);
;// CONCATENATED MODULE: ./shared/sql/table-source.ts
/** The SQL engines validate-data can push checks down to (tested against real servers). */
const SQL_ENGINES = ['postgres', 'duckdb'];
/** Parses the `source:` mapping of a checks file; mistakes are reported at their line. */
function parseTableSource(node) {
    if (node.kind !== 'map')
        throw node.error('expected a mapping such as `{ engine: postgres, url_env: DATABASE_URL, table: orders }`');
    node.assertKeys(['engine', 'url', 'url_env', 'path', 'schema', 'table', 'order_by'], 'source key');
    const engineNode = node.get('engine');
    if (engineNode === undefined)
        throw node.error(`give the engine: one of ${SQL_ENGINES.join(', ')}`);
    const engine = engineNode.asString();
    if (!SQL_ENGINES.includes(engine)) {
        throw engineNode.error(`unknown engine "${engine}"; Tollgate pushes checks down to ${SQL_ENGINES.join(' and ')} (other warehouses need their own SQL dialect, see shared/sql/sql-dialect.ts)`);
    }
    const tableNode = node.get('table');
    if (tableNode === undefined)
        throw node.error('give the table to check: `table: <name>` (and `schema:` when it is not the default one)');
    let table = tableNode.asString();
    let schema = node.get('schema')?.asString();
    if (schema === undefined && table.includes('.')) {
        // `sales.orders`: the part before the first dot is the schema.
        schema = table.slice(0, table.indexOf('.'));
        table = table.slice(table.indexOf('.') + 1);
    }
    if (table === '')
        throw tableNode.error('the table name is empty');
    const source = {
        engine: engine,
        url: node.get('url')?.asString(),
        urlEnv: node.get('url_env')?.asString(),
        path: node.get('path')?.asString(),
        schema,
        table,
        orderBy: node.get('order_by')?.asStringList() ?? [],
        location: node.location
    };
    if (source.engine === 'duckdb') {
        if (source.path === undefined)
            throw node.error('a duckdb source needs `path:` (the database file)');
        if (source.url !== undefined || source.urlEnv !== undefined)
            throw node.error('a duckdb source is a file: give `path:`, not `url:`/`url_env:`');
    }
    else {
        if (source.path !== undefined)
            throw node.error('a postgres source is a server: give `url_env:` (or `url:`), not `path:`');
        if (source.url !== undefined && source.urlEnv !== undefined)
            throw node.error('give either `url:` or `url_env:`, not both');
    }
    return source;
}

;// CONCATENATED MODULE: ./shared/checks/check-types.ts
const VALUE_CHECK_NAMES = [
    'not_null',
    'type',
    'unique',
    'between',
    'in_set',
    'not_in_set',
    'regex',
    'not_regex',
    'length',
    'format',
    'increasing',
    'decreasing',
    'references'
];
const AGGREGATE_CHECK_NAMES = [
    'null_fraction',
    'mean',
    'stdev',
    'min',
    'max',
    'sum',
    'median',
    'quantile',
    'distinct_count',
    'unique_proportion',
    'freshness',
    'distinct_values',
    'most_common_value'
];
const TABLE_CHECK_NAMES = ['row_count', 'column_count', 'columns', 'unique'];
const VALUE_TYPES = [
    'integer',
    'number',
    'string',
    'boolean',
    'date',
    'datetime'
];
const VALUE_FORMATS = [
    'email',
    'uuid',
    'date',
    'datetime',
    'json',
    'url',
    'ipv4'
];

;// CONCATENATED MODULE: ./shared/checks/checks-loader.ts




/**
 * Reads a checks file (YAML) into a ChecksConfig. Every mistake is reported at its line and
 * column with what was expected, and unknown keys get a "did you mean" (`beteen` → `between`),
 * because a typo that silently disables a check is the worst failure a data test can have.
 */
function loadChecks(text, file) {
    const root = (0,yaml_source/* parseYamlSource */.W)(text, file);
    if (root.kind === 'null')
        throw root.error('the checks file is empty; declare `table:` and/or `columns:` checks');
    root.assertKeys(['version', 'null_values', 'source', 'table', 'columns'], 'top-level key');
    const version = root.get('version');
    if (version !== undefined && version.scalar !== 1)
        throw version.error('only version 1 of the checks format exists');
    const config = {
        file,
        nullValues: root.get('null_values')?.asStringList() ?? [],
        tableChecks: [],
        columns: []
    };
    // `source:` points the checks at a database table (SQL pushdown) instead of data files.
    const source = root.get('source');
    if (source !== undefined && source.kind !== 'null')
        config.source = parseTableSource(source);
    const table = root.get('table');
    if (table !== undefined && table.kind !== 'null')
        config.tableChecks = loadTableChecks(table);
    const columns = root.get('columns');
    if (columns !== undefined && columns.kind !== 'null') {
        for (const { key, keyNode, value } of columns.entries()) {
            config.columns.push(loadColumn(key, keyNode, value));
        }
    }
    if (config.tableChecks.length === 0 &&
        config.columns.every((c) => c.valueChecks.length + c.aggregateChecks.length === 0)) {
        throw root.error('the checks file declares no checks');
    }
    return config;
}
const COMMON_KEYS = ['severity', 'mostly'];
function severityOf(node, fallback) {
    if (node === undefined)
        return fallback;
    const value = node.asString();
    if (value !== 'error' && value !== 'warn')
        throw node.error(`severity must be "error" or "warn", got "${value}"`);
    return value;
}
function mostlyOf(node) {
    if (node === undefined)
        return 1;
    const value = node.asNumber();
    if (value < 0 || value > 1)
        throw node.error(`mostly must be between 0 and 1 (a share of values), got ${value}`);
    return value;
}
/** `{ min, max, strict_min, strict_max }`, `{ between: [a, b] }`, `{ equal: x }` or `[a, b]`. */
function boundsOf(node, extraKeys = []) {
    if (node.kind === 'list')
        return boundsFromPair(node);
    if (node.kind === 'scalar') {
        throw node.error('expected bounds such as `{ min: 1, max: 10 }`, `{ between: [1, 10] }` or `[1, 10]`');
    }
    node.assertKeys([
        'min',
        'max',
        'strict_min',
        'strict_max',
        'between',
        'equal',
        ...COMMON_KEYS,
        ...extraKeys
    ]);
    let bounds = { strictMin: false, strictMax: false };
    const between = node.get('between');
    const equal = node.get('equal');
    if (between !== undefined)
        bounds = boundsFromPair(between);
    if (equal !== undefined) {
        const value = equal.asNumber();
        bounds.min = value;
        bounds.max = value;
    }
    const min = node.get('min');
    const max = node.get('max');
    if (min !== undefined && min.kind !== 'null')
        bounds.min = min.asNumber();
    if (max !== undefined && max.kind !== 'null')
        bounds.max = max.asNumber();
    bounds.strictMin = node.get('strict_min')?.asBoolean() ?? bounds.strictMin;
    bounds.strictMax = node.get('strict_max')?.asBoolean() ?? bounds.strictMax;
    if (bounds.min === undefined && bounds.max === undefined) {
        throw node.error('give at least one bound: min, max, between or equal');
    }
    if (bounds.min !== undefined && bounds.max !== undefined && bounds.min > bounds.max) {
        throw node.error(`min (${bounds.min}) is greater than max (${bounds.max})`);
    }
    return bounds;
}
function boundsFromPair(node) {
    const items = node.items();
    if (items.length !== 2)
        throw node.error('expected two values [min, max] (use null for an open side)');
    const [low, high] = items;
    const bounds = { strictMin: false, strictMax: false };
    if (low.kind !== 'null')
        bounds.min = low.asNumber();
    if (high.kind !== 'null')
        bounds.max = high.asNumber();
    if (bounds.min !== undefined && bounds.max !== undefined && bounds.min > bounds.max) {
        throw node.error(`the lower bound (${bounds.min}) is greater than the upper bound (${bounds.max})`);
    }
    return bounds;
}
/** A value list, given directly (`[a, b]`) or as `{ values: [a, b], ... }`. */
function valuesOf(node, key = 'values') {
    if (node.kind === 'list')
        return node.asStringList();
    const inner = node.get(key);
    if (inner === undefined)
        throw node.error(`expected a list of values, or \`{ ${key}: [...] }\``);
    return inner.asStringList();
}
/** `true` enables a check with defaults, `false` disables it, a mapping configures it. */
function enabled(node) {
    if (node.kind === 'scalar' && typeof node.scalar === 'boolean')
        return node.scalar;
    if (node.kind === 'map')
        return true;
    throw node.error('expected true, false or a mapping of options');
}
function optionsOf(node) {
    return node.kind === 'map' ? node : undefined;
}
function loadColumn(name, keyNode, node) {
    const column = {
        name,
        location: keyNode.location,
        valueChecks: [],
        aggregateChecks: []
    };
    if (node.kind === 'null')
        return column;
    const allowed = ['severity', 'description', ...VALUE_CHECK_NAMES, ...AGGREGATE_CHECK_NAMES];
    node.assertKeys(allowed, `check for column "${name}"`);
    const columnSeverity = severityOf(node.get('severity'), 'error');
    for (const { key, keyNode: checkKey, value } of node.entries()) {
        if (key === 'severity' || key === 'description')
            continue;
        const options = optionsOf(value);
        const severity = severityOf(options?.get('severity'), columnSeverity);
        const common = {
            id: `columns.${name}.${key}`,
            column: name,
            severity,
            location: checkKey.location
        };
        if (VALUE_CHECK_NAMES.includes(key)) {
            const check = valueCheck(key, value, common);
            if (check !== undefined)
                column.valueChecks.push(check);
        }
        else {
            for (const check of aggregateChecks(key, value, common))
                column.aggregateChecks.push(check);
        }
    }
    return column;
}
function valueCheck(key, node, common) {
    const options = optionsOf(node);
    const mostly = mostlyOf(options?.get('mostly'));
    const base = { ...common, mostly };
    switch (key) {
        case 'not_null':
        case 'unique': {
            if (!enabled(node))
                return undefined;
            options?.assertKeys(COMMON_KEYS);
            return { ...base, check: key };
        }
        case 'increasing':
        case 'decreasing': {
            if (!enabled(node))
                return undefined;
            options?.assertKeys(['strictly', ...COMMON_KEYS]);
            return { ...base, check: key, strictly: options?.get('strictly')?.asBoolean() ?? false };
        }
        case 'type': {
            const typeNode = options === undefined ? node : options.get('is');
            options?.assertKeys(['is', ...COMMON_KEYS]);
            if (typeNode === undefined)
                throw node.error('expected `type: <name>` or `type: { is: <name> }`');
            const type = typeNode.asString();
            if (!VALUE_TYPES.includes(type)) {
                throw typeNode.error(`unknown type "${type}"; expected one of: ${VALUE_TYPES.join(', ')}`);
            }
            return { ...base, check: 'type', type: type };
        }
        case 'format': {
            const formatNode = options === undefined ? node : options.get('is');
            options?.assertKeys(['is', ...COMMON_KEYS]);
            if (formatNode === undefined)
                throw node.error('expected `format: <name>` or `format: { is: <name> }`');
            const format = formatNode.asString();
            if (!VALUE_FORMATS.includes(format)) {
                throw formatNode.error(`unknown format "${format}"; expected one of: ${VALUE_FORMATS.join(', ')}`);
            }
            return { ...base, check: 'format', format: format };
        }
        case 'between':
            return { ...base, check: 'between', bounds: boundsOf(node) };
        case 'length': {
            const bounds = boundsOf(node);
            return { ...base, check: 'length', bounds };
        }
        case 'in_set':
        case 'not_in_set': {
            options?.assertKeys(['values', ...COMMON_KEYS]);
            return { ...base, check: key, values: valuesOf(node) };
        }
        case 'regex':
        case 'not_regex': {
            options?.assertKeys(['pattern', 'search', 'ignore_case', ...COMMON_KEYS]);
            const patternNode = options === undefined ? node : options.get('pattern');
            if (patternNode === undefined)
                throw node.error('expected `regex: <pattern>` or `regex: { pattern: ... }`');
            const pattern = patternNode.asString();
            const flags = options?.get('ignore_case')?.asBoolean() === true ? 'iu' : 'u';
            try {
                new RegExp(pattern, flags);
            }
            catch (error) {
                throw patternNode.error(`invalid regular expression: ${error.message}`);
            }
            return {
                ...base,
                check: key,
                pattern,
                flags,
                search: options?.get('search')?.asBoolean() ?? false
            };
        }
        case 'references': {
            if (options === undefined)
                throw node.error('expected `references: { file: <path>, column: <name> }`');
            options.assertKeys(['file', 'column', ...COMMON_KEYS]);
            const file = options.get('file');
            const column = options.get('column');
            if (file === undefined || column === undefined)
                throw node.error('references needs both `file` and `column`');
            return { ...base, check: 'references', file: file.asString(), column: column.asString() };
        }
    }
    throw node.error(`unknown check "${key}"`);
}
function aggregateChecks(key, node, common) {
    const base = { ...common, mostly: 1 };
    switch (key) {
        case 'null_fraction': {
            if (node.kind === 'scalar') {
                const max = node.asNumber();
                return [
                    { ...base, check: 'null_fraction', bounds: { max, strictMin: false, strictMax: false } }
                ];
            }
            return [{ ...base, check: 'null_fraction', bounds: boundsOf(node) }];
        }
        case 'mean':
        case 'stdev':
        case 'min':
        case 'max':
        case 'sum':
        case 'median':
            return [{ ...base, check: key, bounds: boundsOf(node) }];
        case 'distinct_count':
        case 'unique_proportion':
            return [{ ...base, check: key, bounds: boundsOf(node) }];
        case 'quantile': {
            const nodes = node.kind === 'list' ? node.items() : [node];
            return nodes.map((item, index) => {
                if (item.kind !== 'map')
                    throw item.error('expected `{ q: 0.99, max: ... }`');
                const qNode = item.get('q');
                if (qNode === undefined)
                    throw item.error('a quantile check needs `q` (between 0 and 1)');
                const q = qNode.asNumber();
                if (q < 0 || q > 1)
                    throw qNode.error(`q must be between 0 and 1, got ${q}`);
                const id = nodes.length > 1 ? `${common.id}[${index}]` : common.id;
                return {
                    ...base,
                    id,
                    location: item.location,
                    check: 'quantile',
                    q,
                    bounds: boundsOf(item, ['q'])
                };
            });
        }
        case 'freshness': {
            const ageNode = node.kind === 'map' ? node.get('max_age') : node;
            if (node.kind === 'map')
                node.assertKeys(['max_age', 'severity']);
            if (ageNode === undefined)
                throw node.error('expected `freshness: { max_age: 2d }`');
            const text = ageNode.asString();
            const maxAgeMs = (0,parse_datetime/* parseDuration */.E9)(text);
            if (Number.isNaN(maxAgeMs)) {
                throw ageNode.error(`"${text}" is not a duration; write e.g. 90s, 15m, 6h, 2d or 1w`);
            }
            return [{ ...base, check: 'freshness', maxAgeMs, maxAgeText: text }];
        }
        case 'distinct_values': {
            if (node.kind !== 'map')
                throw node.error('expected `{ in_set: [...] }`, `{ contain: [...] }` or `{ equal: [...] }`');
            node.assertKeys(['in_set', 'contain', 'equal', 'severity']);
            const modes = ['in_set', 'contain', 'equal'].filter((mode) => node.get(mode) !== undefined);
            if (modes.length !== 1)
                throw node.error('give exactly one of in_set, contain or equal');
            const mode = modes[0];
            return [{ ...base, check: 'distinct_values', mode, values: node.get(mode).asStringList() }];
        }
        case 'most_common_value': {
            if (node.kind === 'map')
                node.assertKeys(['in_set', 'severity']);
            const values = node.kind === 'map' ? valuesOf(node, 'in_set') : node.asStringList();
            return [{ ...base, check: 'most_common_value', values }];
        }
    }
    throw node.error(`unknown check "${key}"`);
}
function loadTableChecks(node) {
    node.assertKeys(TABLE_CHECK_NAMES, 'table check');
    const checks = [];
    for (const { key, keyNode, value } of node.entries()) {
        const options = optionsOf(value);
        const severity = severityOf(options?.get('severity'), 'error');
        const base = { id: `table.${key}`, severity, mostly: 1, location: keyNode.location };
        switch (key) {
            case 'row_count':
            case 'column_count':
                checks.push({ ...base, check: key, bounds: boundsOf(value) });
                break;
            case 'columns': {
                if (value.kind !== 'map')
                    throw value.error('expected `{ exact: [...] }`, `{ include: [...] }` and/or `ordered: true`');
                value.assertKeys(['exact', 'include', 'ordered', 'severity']);
                const exact = value.get('exact')?.asStringList();
                const include = value.get('include')?.asStringList();
                const ordered = value.get('ordered')?.asBoolean() ?? false;
                if (exact === undefined && include === undefined)
                    throw value.error('give `exact: [...]` or `include: [...]`');
                if (exact !== undefined && include !== undefined)
                    throw value.error('give either `exact` or `include`, not both');
                checks.push({ ...base, check: 'columns', exact, include, ordered });
                break;
            }
            case 'unique': {
                // `unique: [a, b]` (one compound key), `[[a, b], [c, d]]` (several), or `{ columns: [...] }`.
                const lists = value.kind === 'map'
                    ? [value.get('columns') ?? value]
                    : value.items().some((item) => item.kind === 'list')
                        ? value.items()
                        : [value];
                if (value.kind === 'map')
                    value.assertKeys(['columns', 'severity', 'mostly']);
                lists.forEach((list, index) => {
                    const columns = list.asStringList();
                    if (columns.length === 0)
                        throw list.error('compound uniqueness needs at least one column');
                    const mostly = mostlyOf(options?.get('mostly'));
                    checks.push({
                        ...base,
                        mostly,
                        id: lists.length > 1 ? `table.unique[${index}]` : 'table.unique',
                        location: list.location,
                        check: 'compound_unique',
                        columns
                    });
                });
                break;
            }
        }
    }
    return checks;
}


/***/ }),

/***/ 18085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ evaluateChecks)
/* harmony export */ });
/* unused harmony export describeBounds */
/* harmony import */ var _stats_moments_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23419);
/* harmony import */ var _scan_sorted_parts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22910);
/* harmony import */ var _scan_value_tally_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46192);
/* harmony import */ var _value_predicates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59718);
/* harmony import */ var _infer_type_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63911);





/**
 * Turns the merged scan into one result per check. Denominators follow stats-reference.md §4.1:
 * value checks count only non-null values (element_count) and pass when the passing share is at
 * least `mostly`; not_null counts all rows; an empty column passes value checks vacuously.
 */
function evaluateChecks(config, header, scan, context) {
    const results = [];
    for (const check of config.tableChecks)
        results.push(evaluateTableCheck(check, header, scan, context));
    for (const column of config.columns) {
        const data = scan.columns.find((candidate) => candidate.name === column.name);
        if (data === undefined)
            throw new Error(`Bug: column ${column.name} was not scanned`);
        for (const check of column.valueChecks)
            results.push(evaluateValueCheck(check, data, scan.rows, context));
        for (const check of column.aggregateChecks)
            results.push(evaluateAggregateCheck(check, data, scan.rows, context));
    }
    return results;
}
function statusOf(passed, check) {
    return passed ? 'pass' : check.severity === 'error' ? 'fail' : 'warn';
}
const percent = (part, whole) => (whole === 0 ? null : (part / whole) * 100);
function describeBounds(bounds) {
    const low = bounds.min === undefined ? undefined : `${bounds.strictMin ? '>' : '≥'} ${bounds.min}`;
    const high = bounds.max === undefined ? undefined : `${bounds.strictMax ? '<' : '≤'} ${bounds.max}`;
    if (bounds.min !== undefined && bounds.max !== undefined && bounds.min === bounds.max && !bounds.strictMin && !bounds.strictMax) {
        return `= ${bounds.min}`;
    }
    return [low, high].filter((part) => part !== undefined).join(' and ');
}
function formatNumber(value) {
    if (!Number.isFinite(value))
        return String(value);
    if (Number.isInteger(value))
        return value.toLocaleString('en-US').replace(/,/g, ',');
    return Number(value.toPrecision(6)).toString();
}
function describeValueExpectation(check) {
    switch (check.check) {
        case 'not_null':
            return 'no missing values';
        case 'type':
            return `values of type ${check.type}`;
        case 'unique':
            return 'no repeated values';
        case 'between':
            return `values ${describeBounds(check.bounds)}`;
        case 'in_set':
            return `values in {${check.values.join(', ')}}`;
        case 'not_in_set':
            return `values not in {${check.values.join(', ')}}`;
        case 'regex':
            return `values ${check.search ? 'containing a match of' : 'fully matching'} /${check.pattern}/`;
        case 'not_regex':
            return `values not ${check.search ? 'containing a match of' : 'fully matching'} /${check.pattern}/`;
        case 'length':
            return `text length ${describeBounds(check.bounds)}`;
        case 'format':
            return `values formatted as ${check.format}`;
        case 'increasing':
            return `values ${check.strictly ? 'strictly ' : ''}increasing`;
        case 'decreasing':
            return `values ${check.strictly ? 'strictly ' : ''}decreasing`;
        case 'references':
            return `values present in ${check.file} column ${check.column}`;
    }
}
function evaluateValueCheck(check, column, rows, context) {
    const counter = column.checks[check.id];
    let unexpected = counter?.unexpected ?? 0;
    let samples = counter?.samples ?? [];
    let observed = null;
    const elementCount = check.check === 'not_null' ? rows : column.values;
    if (check.check === 'unique') {
        const duplicates = column.duplicates.unique;
        unexpected = duplicates.rowsInDuplicates;
        samples = duplicateSamples(duplicates, check.id, context);
        observed = duplicateObservation(duplicates);
    }
    else if (check.check === 'type') {
        observed = { inferred_type: (0,_infer_type_js__WEBPACK_IMPORTED_MODULE_2__/* .inferType */ .n)(column.types, column.values) };
    }
    const passing = elementCount - unexpected;
    const passed = elementCount === 0 || passing / elementCount >= check.mostly;
    const share = percent(unexpected, elementCount);
    const expected = describeValueExpectation(check);
    const mostlyText = check.mostly < 1 ? ` (at least ${check.mostly * 100}% must pass)` : '';
    const message = unexpected === 0
        ? `All ${formatNumber(elementCount)} ${check.check === 'not_null' ? 'rows' : 'values'} meet: ${expected}.`
        : `${formatNumber(unexpected)} of ${formatNumber(elementCount)} ${check.check === 'not_null' ? 'rows' : 'values'} (${formatNumber(share ?? 0)}%) fail: ${expected}${mostlyText}.`;
    return {
        id: check.id,
        column: check.column,
        check: check.check,
        status: statusOf(passed, check),
        severity: check.severity,
        element_count: elementCount,
        missing_count: column.nulls,
        unexpected_count: unexpected,
        unexpected_percent: share,
        unexpected_percent_total: percent(unexpected, rows),
        mostly: check.mostly,
        observed,
        expected,
        exact: true,
        unexpected_samples: samples,
        message,
        location: check.location
    };
}
function duplicateObservation(duplicates) {
    return {
        duplicated_values: duplicates.duplicatedValues,
        duplicate_rows: duplicates.duplicateRows,
        rows_in_duplicates: duplicates.rowsInDuplicates
    };
}
function duplicateSamples(duplicates, checkId, context) {
    return duplicates.samples.map(({ row, key }) => ({
        row,
        value: context.sampleText?.(checkId, row, key) ?? (Number.isInteger(key) && Math.abs(key) < 2 ** 53 ? String(key) : String(key))
    }));
}
/** The statistic an aggregate check compares, or undefined when the column has no such values. */
function aggregateObservation(check, column, rows, context) {
    const m = column.moments;
    switch (check.check) {
        case 'null_fraction':
            return { value: rows === 0 ? undefined : column.nulls / rows, exact: true };
        case 'mean':
            return { value: m.count === 0 ? undefined : m.mean, exact: true };
        case 'stdev':
            return { value: m.count < 2 ? undefined : Math.sqrt((0,_stats_moments_js__WEBPACK_IMPORTED_MODULE_3__/* .sampleVariance */ .y4)(m)), exact: true };
        case 'min':
            return { value: m.count === 0 ? undefined : m.min, exact: true };
        case 'max':
            return { value: m.count === 0 ? undefined : m.max, exact: true };
        case 'sum':
            return { value: m.count === 0 ? undefined : m.sum, exact: true };
        case 'median': {
            if (m.count === 0)
                return { value: undefined, exact: true };
            if (column.sortedParts !== undefined)
                return { value: (0,_scan_sorted_parts_js__WEBPACK_IMPORTED_MODULE_4__/* .quantilesOfParts */ .iX)(column.sortedParts, [0.5], 'linear')[0], exact: true };
            return { value: (0,_scan_value_tally_js__WEBPACK_IMPORTED_MODULE_0__/* .quantileOf */ .Xf)(column.tally, 0.5), exact: false };
        }
        case 'quantile': {
            if (m.count === 0)
                return { value: undefined, exact: true };
            // Great Expectations (pandas) uses interpolation="nearest" for this expectation.
            if (column.sortedParts !== undefined)
                return { value: (0,_scan_sorted_parts_js__WEBPACK_IMPORTED_MODULE_4__/* .quantilesOfParts */ .iX)(column.sortedParts, [check.q], 'nearest')[0], exact: true };
            return { value: (0,_scan_value_tally_js__WEBPACK_IMPORTED_MODULE_0__/* .quantileOf */ .Xf)(column.tally, check.q), exact: false };
        }
        case 'distinct_count': {
            const distinct = (0,_scan_value_tally_js__WEBPACK_IMPORTED_MODULE_0__/* .distinctCount */ .EX)(column.tally);
            return { value: distinct.value, exact: distinct.exact };
        }
        case 'unique_proportion': {
            if (column.values === 0)
                return { value: undefined, exact: true };
            const distinct = (0,_scan_value_tally_js__WEBPACK_IMPORTED_MODULE_0__/* .distinctCount */ .EX)(column.tally);
            return { value: distinct.value / column.values, exact: distinct.exact };
        }
        case 'freshness':
            return { value: Number.isFinite(column.epoch.max) ? context.now - column.epoch.max : undefined, exact: true };
        default:
            return { value: undefined, exact: true };
    }
}
function evaluateAggregateCheck(check, column, rows, context) {
    const base = {
        id: check.id,
        column: check.column,
        check: check.check,
        severity: check.severity,
        element_count: check.check === 'null_fraction' ? rows : column.values,
        missing_count: column.nulls,
        unexpected_count: null,
        unexpected_percent: null,
        unexpected_percent_total: null,
        mostly: null,
        unexpected_samples: [],
        location: check.location
    };
    if (check.check === 'distinct_values' || check.check === 'most_common_value') {
        return { ...base, ...evaluateValueSetCheck(check, column) };
    }
    const { value, exact } = aggregateObservation(check, column, rows, context);
    const label = check.check === 'quantile' ? `quantile ${check.q}` : check.check.replace('_', ' ');
    if (check.check === 'freshness') {
        const passed = value !== undefined && value <= check.maxAgeMs;
        const newest = Number.isFinite(column.epoch.max) ? new Date(column.epoch.max).toISOString() : null;
        return {
            ...base,
            status: statusOf(passed, check),
            observed: { newest, age_seconds: value === undefined ? null : value / 1000 },
            expected: `newest value at most ${check.maxAgeText} old`,
            exact: true,
            message: value === undefined
                ? 'No date or date-time values to judge freshness.'
                : `Newest value ${newest} is ${formatAge(value)} old; expected at most ${check.maxAgeText}.`
        };
    }
    const passed = value !== undefined && (0,_value_predicates_js__WEBPACK_IMPORTED_MODULE_1__/* .withinBounds */ .zu)(value, check.bounds);
    const expected = `${label} ${describeBounds(check.bounds)}`;
    const approximate = exact ? '' : ' (estimated from a sketch)';
    return {
        ...base,
        status: statusOf(passed, check),
        observed: value ?? null,
        expected,
        exact,
        message: value === undefined
            ? `No values to compute the ${label} of; expected ${describeBounds(check.bounds)}.`
            : `${capitalize(label)} is ${formatNumber(value)}${approximate}; expected ${describeBounds(check.bounds)}.`
    };
}
function evaluateValueSetCheck(check, column) {
    const wanted = new Set(check.values);
    if (check.check === 'most_common_value') {
        const top = (0,_scan_value_tally_js__WEBPACK_IMPORTED_MODULE_0__/* .topValues */ .qH)(column.tally, 50);
        const maxCount = top[0]?.count;
        const modes = top.filter((entry) => entry.count === maxCount).map((entry) => entry.value);
        const passed = modes.length > 0 && modes.some((mode) => wanted.has(mode));
        return {
            status: statusOf(passed, check),
            observed: modes,
            expected: `most common value in {${check.values.join(', ')}}`,
            exact: true,
            message: modes.length === 0 ? 'The column has no values.' : `Most common value: ${modes.join(', ')}.`
        };
    }
    const present = (0,_scan_value_tally_js__WEBPACK_IMPORTED_MODULE_0__/* .valueSet */ .q9)(column.tally);
    const expected = `distinct values ${check.mode === 'in_set' ? 'within' : check.mode === 'contain' ? 'including' : 'equal to'} {${check.values.join(', ')}}`;
    if (present === undefined) {
        return {
            status: statusOf(false, check),
            observed: null,
            expected,
            exact: false,
            message: 'The column has too many distinct values to list them exactly, so the set cannot be verified.'
        };
    }
    const extra = present.filter((value) => !wanted.has(value));
    const missing = check.values.filter((value) => !present.includes(value));
    const passed = check.mode === 'in_set' ? extra.length === 0 : check.mode === 'contain' ? missing.length === 0 : extra.length === 0 && missing.length === 0;
    const parts = [];
    if (check.mode !== 'contain' && extra.length > 0)
        parts.push(`unexpected: ${extra.slice(0, 10).join(', ')}`);
    if (check.mode !== 'in_set' && missing.length > 0)
        parts.push(`missing: ${missing.slice(0, 10).join(', ')}`);
    return {
        status: statusOf(passed, check),
        observed: present.slice(0, 100),
        expected,
        exact: true,
        message: passed ? `${present.length} distinct value(s) meet the set.` : `Distinct values do not match the set (${parts.join('; ')}).`
    };
}
function evaluateTableCheck(check, header, scan, context) {
    const base = {
        id: check.id,
        column: null,
        check: check.check,
        severity: check.severity,
        element_count: scan.rows,
        missing_count: null,
        unexpected_count: null,
        unexpected_percent: null,
        unexpected_percent_total: null,
        mostly: null,
        exact: true,
        unexpected_samples: [],
        location: check.location
    };
    switch (check.check) {
        case 'row_count': {
            const passed = (0,_value_predicates_js__WEBPACK_IMPORTED_MODULE_1__/* .withinBounds */ .zu)(scan.rows, check.bounds);
            return {
                ...base,
                status: statusOf(passed, check),
                observed: scan.rows,
                expected: `row count ${describeBounds(check.bounds)}`,
                message: `${formatNumber(scan.rows)} rows; expected ${describeBounds(check.bounds)}.`
            };
        }
        case 'column_count': {
            const passed = (0,_value_predicates_js__WEBPACK_IMPORTED_MODULE_1__/* .withinBounds */ .zu)(header.length, check.bounds);
            return {
                ...base,
                status: statusOf(passed, check),
                observed: header.length,
                expected: `column count ${describeBounds(check.bounds)}`,
                message: `${header.length} columns; expected ${describeBounds(check.bounds)}.`
            };
        }
        case 'columns':
            return { ...base, ...evaluateColumnSet(check, header) };
        case 'compound_unique': {
            const duplicates = scan.compound[check.id];
            const considered = duplicates.keyCount;
            const passed = considered === 0 || (considered - duplicates.rowsInDuplicates) / considered >= check.mostly;
            const share = percent(duplicates.rowsInDuplicates, considered);
            return {
                ...base,
                element_count: considered,
                unexpected_count: duplicates.rowsInDuplicates,
                unexpected_percent: share,
                unexpected_percent_total: percent(duplicates.rowsInDuplicates, scan.rows),
                mostly: check.mostly,
                status: statusOf(passed, check),
                observed: duplicateObservation(duplicates),
                expected: `unique combinations of (${check.columns.join(', ')})`,
                unexpected_samples: duplicateSamples(duplicates, check.id, context),
                message: duplicates.rowsInDuplicates === 0
                    ? `All ${formatNumber(considered)} combinations of (${check.columns.join(', ')}) are unique.`
                    : `${formatNumber(duplicates.rowsInDuplicates)} rows share a combination of (${check.columns.join(', ')}) with another row (${duplicates.duplicatedValues} repeated combination(s)).`
            };
        }
    }
}
function evaluateColumnSet(check, header) {
    const wanted = check.exact ?? check.include ?? [];
    const missing = wanted.filter((name) => !header.includes(name));
    const extra = check.exact === undefined ? [] : header.filter((name) => !wanted.includes(name));
    let orderProblem;
    if (check.ordered && missing.length === 0) {
        const positions = wanted.map((name) => header.indexOf(name));
        const sorted = positions.every((position, index) => index === 0 || position > positions[index - 1]);
        if (!sorted || (check.exact !== undefined && positions.some((position, index) => position !== index))) {
            orderProblem = `order is ${header.filter((name) => wanted.includes(name)).join(', ')}`;
        }
    }
    const passed = missing.length === 0 && extra.length === 0 && orderProblem === undefined;
    const problems = [
        missing.length > 0 ? `missing: ${missing.join(', ')}` : undefined,
        extra.length > 0 ? `unexpected: ${extra.join(', ')}` : undefined,
        orderProblem
    ].filter((problem) => problem !== undefined);
    return {
        status: passed ? 'pass' : check.severity === 'error' ? 'fail' : 'warn',
        observed: header,
        expected: `${check.exact !== undefined ? 'exactly' : 'at least'} the columns ${wanted.join(', ')}${check.ordered ? ' in this order' : ''}`,
        message: passed ? `Columns match (${header.length}).` : `Columns do not match (${problems.join('; ')}).`
    };
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
function formatAge(ms) {
    const hours = ms / 3600000;
    if (hours < 48)
        return `${Number(hours.toFixed(1))}h`;
    return `${Number((hours / 24).toFixed(1))}d`;
}


/***/ }),

/***/ 15975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* binding */ mergeValidate)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/checks/checks-loader.ts + 2 modules
var checks_loader = __webpack_require__(40647);
// EXTERNAL MODULE: ./shared/checks/evaluate-checks.ts
var evaluate_checks = __webpack_require__(18085);
// EXTERNAL MODULE: ./shared/profile/data-profile.ts
var data_profile = __webpack_require__(10706);
// EXTERNAL MODULE: ./shared/report/validate-report.ts
var validate_report = __webpack_require__(30438);
// EXTERNAL MODULE: ./shared/scan/merge-partials.ts
var merge_partials = __webpack_require__(71961);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/shard/shard-segments.ts
var shard_segments = __webpack_require__(18283);
// EXTERNAL MODULE: ./shared/shard/shard-spec.ts
var shard_spec = __webpack_require__(30225);
;// CONCATENATED MODULE: ./shared/shard/shard-set.ts



/**
 * Checks that the partials form one complete set — every shard k/n exactly once, the same checks
 * file (by hash), the same data files, header and delimiter, the same scan settings — and that
 * their segments tile the data (see checkSegmentChain); then positions every range in the table.
 * Each problem is reported with the files involved, because a matrix job that silently lost a
 * shard would otherwise pass on a fraction of the data.
 */
function assembleShards(partials, checksSha256, checksFile) {
    const first = partials[0];
    if (first === undefined)
        throw new errors/* UsageError */.eb('No shard partials were given; pass the files written by `tollgate validate --shard k/n`.');
    const count = first.partial.shard.count;
    for (const { partial, source } of partials) {
        if (partial.shard.count !== count) {
            throw new errors/* InputError */.dz({ file: source }, `this partial is shard ${(0,shard_spec/* formatShardSpec */.vn)(partial.shard)} but ${first.source} is shard ${(0,shard_spec/* formatShardSpec */.vn)(first.partial.shard)}: all partials of a merge must come from one ${count}-shard run`);
        }
        if (partial.checks.sha256 !== checksSha256) {
            throw new errors/* InputError */.dz({ file: source }, `this partial was made with a different checks file (${partial.checks.file}, sha256 ${partial.checks.sha256.slice(0, 12)}…) than ${checksFile} (sha256 ${checksSha256.slice(0, 12)}…); merge with the checks file the shards ran`);
        }
        const difference = dataDifference(first.partial, partial);
        if (difference !== undefined) {
            throw new errors/* InputError */.dz({ file: source }, `this partial describes different data than ${first.source}: ${difference}; all shards must read the same files`);
        }
    }
    const byIndex = new Map();
    const duplicates = [];
    for (const entry of partials) {
        const seen = byIndex.get(entry.partial.shard.index);
        if (seen !== undefined)
            duplicates.push(`shard ${(0,shard_spec/* formatShardSpec */.vn)(entry.partial.shard)} is in both ${seen.source} and ${entry.source}`);
        else
            byIndex.set(entry.partial.shard.index, entry);
    }
    if (duplicates.length > 0)
        throw new errors/* UsageError */.eb(`Each shard must be merged exactly once: ${duplicates.join('; ')}.`);
    const missing = [];
    for (let k = 1; k <= count; k++)
        if (!byIndex.has(k))
            missing.push(k);
    if (missing.length > 0) {
        const shown = missing.slice(0, 20).map((k) => `${k}/${count}`);
        throw new errors/* UsageError */.eb(`The shard set is incomplete: missing shard${missing.length === 1 ? '' : 's'} ${shown.join(', ')}${missing.length > 20 ? ', …' : ''} (got ${partials.length} of ${count}); did a matrix job fail or not upload its partial?`);
    }
    const ordered = [...byIndex.values()].sort((a, b) => a.partial.shard.index - b.partial.shard.index);
    const files = first.partial.data.files;
    const shardable = files.map((file) => ({
        bytes: file.bytes,
        dataStart: file.data_start,
        splittable: !file.gzip && (file.format === 'csv' || file.format === 'tsv')
    }));
    const scanned = [];
    for (const { partial } of ordered) {
        for (const segment of partial.segments) {
            scanned.push({
                fileIndex: segment.file,
                start: segment.start,
                endOffset: segment.end_offset,
                whole: segment.whole,
                shard: partial.shard.index
            });
        }
    }
    const chainProblem = (0,shard_segments/* checkSegmentChain */.T)(shardable, scanned, (index) => files[index].path);
    if (chainProblem !== undefined)
        throw new errors/* UsageError */.eb(`The shard partials cannot be merged: ${chainProblem}.`);
    const parts = [];
    const shardRowsBefore = [];
    const sampleTexts = new Map();
    let rows = 0;
    for (const { partial } of ordered) {
        shardRowsBefore.push(rows);
        for (const [checkId, entries] of Object.entries(partial.sample_texts)) {
            let texts = sampleTexts.get(checkId);
            if (texts === undefined)
                sampleTexts.set(checkId, (texts = new Map()));
            for (const [row, text] of entries)
                texts.set(rows + row, text);
        }
        for (const segment of partial.segments) {
            for (const range of segment.ranges) {
                parts.push({ partial: range, rowsBefore: rows });
                rows += range.rows;
            }
        }
    }
    return {
        count,
        header: first.partial.data.header,
        files,
        delimiter: first.partial.data.delimiter,
        rows,
        sampleLimit: first.partial.scan.sample_limit,
        parts,
        shardRowsBefore,
        sampleTexts,
        exactValuesKept: ordered.every(({ partial }) => partial.scan.exact_values_kept)
    };
}
/** How two partials' data descriptions differ, or undefined when they agree. */
function dataDifference(a, b) {
    if (a.data.header.join('\u0000') !== b.data.header.join('\u0000'))
        return `the columns differ (${a.data.header.join(', ')} vs ${b.data.header.join(', ')})`;
    if (a.data.delimiter !== b.data.delimiter)
        return 'the delimiter differs';
    if (a.data.files.length !== b.data.files.length)
        return `${a.data.files.length} vs ${b.data.files.length} data files`;
    for (let i = 0; i < a.data.files.length; i++) {
        const x = a.data.files[i];
        const y = b.data.files[i];
        if (x.path !== y.path)
            return `file ${i + 1} is ${x.path} in one and ${y.path} in the other`;
        if (x.bytes !== y.bytes ||
            x.data_start !== y.data_start ||
            x.format !== y.format ||
            x.gzip !== y.gzip) {
            return `${x.path} has ${x.bytes} bytes in one and ${y.bytes} in the other (was it changed between the shard jobs?)`;
        }
    }
    if (a.scan.sample_limit !== b.scan.sample_limit)
        return 'the sample limits differ';
    return undefined;
}

// EXTERNAL MODULE: ./shared/adapters/row-picker.ts
var row_picker = __webpack_require__(79394);
// EXTERNAL MODULE: ./shared/adapters/table-scan.ts
var table_scan = __webpack_require__(53213);
// EXTERNAL MODULE: ./shared/adapters/user-files.ts
var user_files = __webpack_require__(24574);
// EXTERNAL MODULE: ./shared/version.ts
var version = __webpack_require__(84402);
// EXTERNAL MODULE: ./shared/operations/shard-validate.ts + 3 modules
var shard_validate = __webpack_require__(63337);
;// CONCATENATED MODULE: ./shared/operations/merge-validate.ts













/**
 * `tollgate merge`: combines the partials of every shard into the report and profile a single run
 * over all the data gives. The ranges of all shards are laid out in table order and merged by the
 * same mergePartials as a single run's worker ranges, then evaluated by the same evaluateChecks:
 * counts, samples and row numbers are exact; quantiles are exact while every shard kept its
 * values (else DDSketch estimates, `exact: false`); distinct counts and top values follow the
 * same exact-then-sketch rules as a single run.
 */
async function mergeValidate(request) {
    const checksText = (0,user_files/* readUserFile */.E1)(request.checksPath, 'checks file');
    const checks = (0,checks_loader/* loadChecks */.o)(checksText, request.checksPath);
    const shards = assembleShards(request.partials, (0,shard_validate/* sha256Hex */.fg)(checksText), request.checksPath);
    const scan = (0,merge_partials/* mergePartials */.p)(shards.parts, shards.sampleLimit);
    const texts = await mergedSampleTexts(shards, scan, checks, request.cwd);
    const results = (0,evaluate_checks/* evaluateChecks */.J)(checks, shards.header, scan, {
        now: request.now,
        sampleText: (checkId, row) => texts.get(checkId)?.get(row)
    });
    const generatedAt = new Date(request.now).toISOString();
    const fileSummaries = shards.files.map((file) => ({
        path: file.path,
        format: file.format,
        bytes: file.bytes
    }));
    const profile = (0,data_profile/* buildProfile */.Er)(scan, fileSummaries, generatedAt);
    const report = (0,validate_report/* buildValidateReport */.Z)({
        results,
        failOn: request.failOn,
        checksFile: request.checksPath,
        files: fileSummaries,
        rows: scan.rows,
        columns: shards.header,
        generatedAt,
        version: version/* TOLLGATE_VERSION */.o
    });
    return { report, profile, checks };
}
/**
 * Texts for the merged uniqueness samples. Rows whose key repeats inside their own shard come
 * with the texts that shard read. A row whose key is repeated only in another shard is read again
 * from the data files when they are readable here unchanged (same size), as a single run reads
 * its samples; otherwise a numeric column shows the number and other columns say where the
 * value is (the report is otherwise unchanged).
 */
async function mergedSampleTexts(shards, scan, checks, cwd) {
    const texts = new Map();
    const missing = [];
    const place = (checkId, samples, columns, numeric) => {
        const known = shards.sampleTexts.get(checkId);
        const own = new Map();
        texts.set(checkId, own);
        for (const sample of samples) {
            const text = known?.get(sample.row);
            if (text !== undefined)
                own.set(sample.row, text);
            else
                missing.push({
                    checkId,
                    row: sample.row,
                    columns,
                    fallback: numeric ? String(sample.key) : unavailableText(shards, sample.row)
                });
        }
    };
    for (const declared of checks.columns) {
        const check = declared.valueChecks.find((candidate) => candidate.check === 'unique');
        const index = shards.header.indexOf(declared.name);
        const column = scan.columns[index];
        const unique = column?.duplicates.unique;
        if (check === undefined || column === undefined || unique === undefined)
            continue;
        place(check.id, unique.samples, [index], column.values > 0 && column.types.integer + column.types.decimal === column.values);
    }
    for (const check of checks.tableChecks) {
        if (check.check !== 'compound_unique')
            continue;
        const compound = scan.compound[check.id];
        if (compound !== undefined)
            place(check.id, compound.samples, check.columns.map((name) => shards.header.indexOf(name)), false);
    }
    if (missing.length === 0)
        return texts;
    const input = readableData(shards, cwd);
    const rows = input === undefined
        ? undefined
        : await (0,row_picker/* pickRows */.L)(input, await (0,table_scan/* readTableHeader */.C)(input), new Set(missing.map((entry) => entry.row)));
    for (const entry of missing) {
        const values = rows?.get(entry.row);
        const text = values === undefined
            ? entry.fallback
            : entry.columns.length === 1
                ? values[entry.columns[0]]
                : `(${entry.columns.map((index) => values[index]).join(', ')})`;
        texts.get(entry.checkId).set(entry.row, text);
    }
    return texts;
}
/** The table's files when every one is readable here with the size the shards saw. */
function readableData(shards, cwd = process.cwd()) {
    const files = [];
    for (const file of shards.files) {
        const path = (0,external_node_path_.isAbsolute)(file.path) ? file.path : (0,external_node_path_.join)(cwd, file.path);
        if (!(0,external_node_fs_.existsSync)(path) || (0,external_node_fs_.statSync)(path).size !== file.bytes)
            return undefined;
        files.push({ path, format: file.format, gzip: file.gzip, bytes: file.bytes });
    }
    return { files, delimiter: shards.delimiter === '' ? undefined : shards.delimiter, threads: 1 };
}
/** The sample text when the value cannot be read: which shard's data holds the row. */
function unavailableText(shards, row) {
    let shard = 0;
    while (shard + 1 < shards.shardRowsBefore.length && shards.shardRowsBefore[shard + 1] < row)
        shard++;
    return `(value not available: row ${row} is in shard ${shard + 1}/${shards.count}; merge where the data files are readable to show it)`;
}


/***/ }),

/***/ 63337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y0: () => (/* binding */ describeShard),
  fg: () => (/* binding */ sha256Hex),
  rf: () => (/* binding */ validateShard)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./shared/checks/checks-loader.ts + 2 modules
var checks_loader = __webpack_require__(40647);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./shared/shard/shard-segments.ts
var shard_segments = __webpack_require__(18283);
// EXTERNAL MODULE: ./shared/shard/shard-spec.ts
var shard_spec = __webpack_require__(30225);
// EXTERNAL MODULE: ./shared/adapters/csv-source.ts
var csv_source = __webpack_require__(15905);
// EXTERNAL MODULE: ./shared/adapters/dist-location.ts
var dist_location = __webpack_require__(39651);
// EXTERNAL MODULE: ./shared/adapters/parallel-csv-scan.ts
var parallel_csv_scan = __webpack_require__(98351);
// EXTERNAL MODULE: ./shared/adapters/table-scan.ts
var table_scan = __webpack_require__(53213);
;// CONCATENATED MODULE: ./shared/adapters/shard-scan.ts










/** Below this many bytes a byte-range segment is scanned on one thread. */
const MIN_SPLIT_BYTES = 8 << 20;
/** The files of the table as a partial records them (every shard resolves the same list). */
function partialFiles(input, header) {
    return input.files.map((file) => ({
        path: file.path,
        format: file.format,
        gzip: file.gzip,
        bytes: file.bytes,
        data_start: file.gzip ? 0 : (header.csv.get(file.path)?.dataOffset ?? 0)
    }));
}
/** What planShardSegments needs to know about the table's files. */
function shardableFiles(files) {
    return files.map((file) => ({
        bytes: file.bytes,
        dataStart: file.data_start,
        splittable: !file.gzip && (file.format === 'csv' || file.format === 'tsv')
    }));
}
/** The segments of the table that shard `spec` scans (reads a few bytes at each cut). */
async function shardSegments(files, partial, spec) {
    return (0,shard_segments/* planShardSegments */.a)(shardableFiles(partial), spec, async (fileIndex, offset) => findRowStart(files[fileIndex].path, offset));
}
/**
 * Scans the segments of one shard. Whole files go through the normal table scan (worker threads
 * for large CSV files); byte ranges of a large CSV file are split again over `threads` workers
 * with the same LF-anchored guess-and-verify rule as a single run. Rows are counted from 0 in
 * every range; the merge positions them.
 */
async function scanShardSegments(input, header, plan, spec, segments, options = {}) {
    const runRange = options.runRange ?? defaultRangeRunner();
    const minSplitBytes = options.minSplitBytes ?? MIN_SPLIT_BYTES;
    const scanned = [];
    for (const segment of segments) {
        const file = input.files[segment.fileIndex];
        if (segment.whole) {
            const parts = await (0,table_scan/* scanTable */.S)({ ...input, files: [file] }, header, plan);
            scanned.push({
                file: segment.fileIndex,
                start: 0,
                end_offset: file.bytes,
                whole: true,
                ranges: parts.map((part) => part.partial)
            });
            continue;
        }
        const delimiter = (0,csv_source/* delimiterByte */.Wi)(file, input.delimiter);
        const { ranges, endOffset } = await scanByteRange(file, plan, delimiter, segment, segment.stop - segment.start >= minSplitBytes ? Math.max(1, input.threads) : 1, spec, runRange);
        scanned.push({
            file: segment.fileIndex,
            start: segment.start,
            end_offset: endOffset,
            whole: false,
            ranges
        });
    }
    return scanned;
}
/**
 * The rows starting in [segment.start, segment.stop) in one or more sub-ranges. A sub-range guess
 * that lands inside a quoted field is detected (the previous sub-range ends elsewhere) and that
 * sub-range is scanned again from the true row start, as scanCsvInRanges does for whole files.
 */
async function scanByteRange(file, plan, delimiter, segment, pieces, spec, runRange) {
    const starts = [segment.start];
    for (let k = 1; k < pieces; k++) {
        const nominal = Math.floor(segment.start + ((segment.stop - segment.start) * k) / pieces);
        const found = findRowStart(file.path, nominal);
        if (found === undefined || found >= segment.stop)
            break;
        if (found > starts[starts.length - 1])
            starts.push(found);
    }
    starts.push(segment.stop);
    const replies = await Promise.all(starts
        .slice(0, -1)
        .map((start, k) => runRange({ file, plan, delimiter, start, stop: starts[k + 1] })));
    const ranges = [];
    let expected = segment.start;
    let rowsSoFar = 0;
    for (let k = 0; k < replies.length; k++) {
        let reply = replies[k];
        if (starts[k] !== expected)
            reply = await (0,parallel_csv_scan/* runRangeOnThisThread */.s)({
                file,
                plan,
                delimiter,
                start: expected,
                stop: starts[k + 1]
            });
        if (!reply.ok) {
            if ('failure' in reply)
                throw new Error(`A scan worker failed: ${reply.failure}`);
            throw shardSyntaxError(file.path, spec, segment.start, rowsSoFar, reply.relativeLine, reply.problem);
        }
        ranges.push(reply.partial);
        rowsSoFar += reply.partial.rows;
        expected = reply.endOffset;
    }
    return { ranges, endOffset: expected };
}
/**
 * A malformed row inside a byte-range shard. The shard does not know how many lines precede its
 * first byte, so the message gives the byte offset and the line counted from there.
 */
function shardSyntaxError(file, spec, start, rowsBefore, relativeLine, problem) {
    const where = `in shard ${(0,shard_spec/* formatShardSpec */.vn)(spec)}, line ${relativeLine} counted from byte ${start}`;
    const hint = start > 0
        ? '; if the file has quoted fields with line breaks, the shard may have started inside one: shard by files instead'
        : '';
    switch (problem.reason) {
        case 'ragged':
            return new errors/* InputError */.dz({ file }, `${where} (row ${rowsBefore + problem.row + 1} of the shard): the row has ${problem.fields} field(s) but the header has ${problem.header.length} (${problem.header.join(', ')})${hint}`);
        case 'utf8':
            return new errors/* InputError */.dz({ file, field: problem.column }, `${where}: invalid UTF-8 bytes; the file must be UTF-8 encoded`);
        case 'csv':
            return new errors/* InputError */.dz({ file }, `${where}: ${problem.detail}${hint}`);
    }
}
/** The byte after the first line feed at or past `offset`, or undefined when there is none. */
function findRowStart(path, offset) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const window = new Uint8Array(1 << 16);
        let position = offset;
        for (;;) {
            const read = (0,external_node_fs_.readSync)(fd, window, 0, window.length, position);
            if (read === 0)
                return undefined;
            const at = window.subarray(0, read).indexOf(10);
            if (at >= 0)
                return position + at + 1;
            position += read;
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Worker threads when running from the bundle, this thread otherwise (tests from sources). */
function defaultRangeRunner() {
    const dist = (0,dist_location/* getDistDirectory */.K)();
    if (dist === undefined)
        return parallel_csv_scan/* runRangeOnThisThread */.s;
    return (request) => new Promise((resolve, reject) => {
        const worker = new external_node_worker_threads_.Worker((0,external_node_path_.join)(dist, 'scan-worker.js'), { workerData: request });
        let settled = false;
        worker.once('message', (reply) => {
            settled = true;
            resolve(reply);
        });
        worker.once('error', (error) => {
            settled = true;
            reject(error);
        });
        worker.once('exit', (code) => {
            if (!settled)
                reject(new Error(`A scan worker exited with code ${code} before reporting`));
        });
    });
}

// EXTERNAL MODULE: ./shared/data/csv-scanner.ts
var csv_scanner = __webpack_require__(63916);
// EXTERNAL MODULE: ./shared/scan/duplicate-keys.ts
var duplicate_keys = __webpack_require__(99892);
// EXTERNAL MODULE: ./shared/adapters/file-chunks.ts
var file_chunks = __webpack_require__(40664);
// EXTERNAL MODULE: ./shared/adapters/row-picker.ts
var row_picker = __webpack_require__(79394);
;// CONCATENATED MODULE: ./shared/adapters/shard-rows.ts






/**
 * The texts a shard can give for its uniqueness samples: for every `unique` and compound `unique`
 * check, the first rows of the duplicates found inside the shard (its own findDuplicates over its
 * keys), read again from the shard's segments. Rows are 1-based within the shard. A merged sample
 * row either holds a key repeated inside its shard (then it is among these first rows: they are a
 * prefix of the shard's rows with repeated keys) or a key seen once here and again in another
 * shard, whose text the merge reads itself.
 */
async function shardSampleTexts(input, header, plan, segments) {
    const wanted = [];
    const collect = (checkId, columns, keysOf) => {
        const parts = [];
        let rows = 0;
        for (const segment of segments) {
            for (const range of segment.ranges) {
                const keys = keysOf(range);
                if (keys !== undefined)
                    parts.push({ keys, rowsBefore: rows });
                rows += range.rows;
            }
        }
        for (const sample of (0,duplicate_keys/* findDuplicates */.I)(parts, plan.sampleLimit).samples)
            wanted.push({ checkId, row: sample.row, columns });
    };
    for (const column of plan.columns) {
        const check = column.valueChecks.find((candidate) => candidate.check === 'unique');
        if (check !== undefined)
            collect(check.id, [column.index], (range) => range.columns[column.index]?.uniqueKeys);
    }
    for (const key of plan.compoundKeys)
        collect(key.checkId, key.columnIndexes, (range) => range.compound[key.checkId]?.keys);
    const texts = {};
    if (wanted.length === 0)
        return texts;
    const rows = await readShardRows(input, header, segments, new Set(wanted.map((entry) => entry.row)));
    for (const entry of wanted) {
        const values = rows.get(entry.row);
        const text = entry.columns.length === 1
            ? values[entry.columns[0]]
            : `(${entry.columns.map((index) => values[index]).join(', ')})`;
        (texts[entry.checkId] ??= []).push([entry.row, text]);
    }
    return texts;
}
/** The field texts of some rows of a shard (1-based within the shard). */
async function readShardRows(input, header, segments, wanted) {
    const picked = new Map();
    let rowsBefore = 0;
    for (const segment of segments) {
        const segmentRows = segment.ranges.reduce((sum, range) => sum + range.rows, 0);
        const local = new Set();
        for (const row of wanted)
            if (row > rowsBefore && row <= rowsBefore + segmentRows)
                local.add(row - rowsBefore);
        if (local.size > 0) {
            const file = input.files[segment.file];
            const rows = segment.whole
                ? await (0,row_picker/* pickRows */.L)({ ...input, files: [file] }, header, local)
                : await pickRangeRows(file, (0,csv_source/* delimiterByte */.Wi)(file, input.delimiter), header.header.length, segment.start, local);
            for (const [row, values] of rows)
                picked.set(rowsBefore + row, values);
        }
        rowsBefore += segmentRows;
    }
    return picked;
}
/** Rows (1-based from the row starting at byte `start`) of an uncompressed delimited file. */
async function pickRangeRows(file, delimiter, columns, start, rows) {
    const picked = new Map();
    const last = Math.max(...rows);
    const scanner = new csv_scanner/* CsvScanner */.BR(delimiter);
    // As the scan does: a blank line is a row only in a one-column file.
    scanner.skipBlankLines = columns > 1;
    let row = 0;
    await (0,file_chunks/* forEachChunk */.q)(file, start, (buffer, length, atEnd) => {
        const used = scanner.scan(buffer, 0, length, atEnd, (bytes, fields) => {
            row++;
            if (rows.has(row)) {
                const values = [];
                for (let k = 0; k < fields.fieldCount; k++)
                    values.push((0,csv_scanner/* fieldText */.gF)(bytes, fields.starts[k], fields.ends[k], fields.flags[k]));
                picked.set(row, values);
            }
            if (row >= last)
                fields.stopRequested = true;
        });
        return row >= last ? 'stop' : used;
    });
    for (const wantedRow of rows) {
        if (!picked.has(wantedRow))
            throw new errors/* InputError */.dz({ file: file.path }, `row ${wantedRow} after byte ${start} could not be read again; did the file change during the run?`);
    }
    return picked;
}

// EXTERNAL MODULE: ./shared/adapters/user-files.ts
var user_files = __webpack_require__(24574);
// EXTERNAL MODULE: ./shared/sketch/quantile-sketch.ts
var quantile_sketch = __webpack_require__(24699);
;// CONCATENATED MODULE: ./shared/shard/exact-value-cap.ts

/**
 * Exact numeric values a shard partial may carry by default: 2M values = 16 MB (21 MB of base64).
 * A single run keeps up to 4M values per scanned range in memory; a partial travels through an
 * artifact upload and download and is read back by the merge job next to every other shard's, so
 * it is kept smaller.
 */
const DEFAULT_PARTIAL_EXACT_VALUES = 2_000_000;
const CAP_LOCATION = { file: '<shard partial>' };
/**
 * Keeps a shard's exact numeric values within `budget` by folding whole columns (largest first)
 * into their mergeable DDSketch, as a scan does when it goes over its own budget. The merge then
 * treats those columns as approximate: merged quantiles are DDSketch estimates within its relative
 * accuracy α (0.5%), and checks on them report `exact: false`. Counts, moments, min/max and every
 * value check stay exact. Returns false when some values were folded. Mutates the ranges.
 */
function capExactValues(ranges, budget) {
    const columns = ranges[0]?.columns.length ?? 0;
    const kept = [];
    let total = 0;
    for (let c = 0; c < columns; c++) {
        let values = 0;
        for (const range of ranges)
            values += range.columns[c].sortedNumbers?.length ?? 0;
        kept.push({ column: c, values });
        total += values;
    }
    if (total <= budget)
        return true;
    kept.sort((a, b) => b.values - a.values);
    for (const { column, values } of kept) {
        if (total <= budget)
            break;
        for (const range of ranges)
            foldIntoSketch(range, column);
        total -= values;
    }
    return false;
}
function foldIntoSketch(range, column) {
    const partial = range.columns[column];
    const numbers = partial.sortedNumbers;
    if (numbers === undefined)
        return;
    // The values are already counted in the value table and HyperLogLog (addSortedNumbers at the
    // end of the range); only the quantile sketch is missing them.
    const sketch = partial.tally.quantiles === undefined
        ? new quantile_sketch/* QuantileSketch */.wh()
        : quantile_sketch/* QuantileSketch */.wh.fromJSON(partial.tally.quantiles, CAP_LOCATION);
    sketch.addMany(numbers);
    partial.tally = { ...partial.tally, quantiles: sketch.toJSON() };
    partial.sortedNumbers = undefined;
}

// EXTERNAL MODULE: ./shared/shard/validate-partial.ts
var validate_partial = __webpack_require__(15871);
// EXTERNAL MODULE: ./shared/version.ts
var version = __webpack_require__(84402);
// EXTERNAL MODULE: ./shared/operations/validate-data.ts + 15 modules
var validate_data = __webpack_require__(10609);
;// CONCATENATED MODULE: ./shared/operations/shard-validate.ts











/**
 * One shard of a validate-data matrix: scans the rows dealt to shard k of n (whole files, or a
 * byte range of a large CSV file: shard-segments.ts) and returns the partial result that
 * `tollgate merge` combines with the other shards' into the report a single run would write.
 * Checks are not evaluated here: a shard sees only part of the data.
 */
async function validateShard(request) {
    const checksText = (0,user_files/* readUserFile */.E1)(request.checksPath, 'checks file');
    const checks = (0,checks_loader/* loadChecks */.o)(checksText, request.checksPath);
    if (checks.source !== undefined) {
        throw new errors/* UsageError */.eb(`${request.checksPath} checks a database table (source:): the checks run inside the database, so there is nothing to shard; drop --shard`);
    }
    const { files, input, header, plan } = await (0,validate_data/* prepareScan */.J)(checks, request);
    const described = partialFiles(input, header);
    const segments = await shardSegments(files, described, request.shard);
    const scanned = await scanShardSegments(input, header, plan, request.shard, segments, {
        runRange: request.runRange,
        minSplitBytes: request.minSplitBytes
    });
    const sampleTexts = await shardSampleTexts(input, header, plan, scanned);
    const budget = request.exactValueBudget ?? DEFAULT_PARTIAL_EXACT_VALUES;
    const exactValuesKept = capExactValues(scanned.flatMap((segment) => segment.ranges), budget);
    const rows = scanned.reduce((sum, segment) => sum + segment.ranges.reduce((total, range) => total + range.rows, 0), 0);
    return {
        format: validate_partial/* VALIDATE_PARTIAL_FORMAT */.tc,
        version: validate_partial/* VALIDATE_PARTIAL_VERSION */.KF,
        tool: { name: 'tollgate', version: version/* TOLLGATE_VERSION */.o },
        generated_at: new Date(request.now).toISOString(),
        shard: request.shard,
        checks: { file: request.checksPath, sha256: sha256Hex(checksText) },
        data: { files: described, delimiter: request.delimiter ?? '', header: header.header },
        scan: {
            sample_limit: plan.sampleLimit,
            exact_value_budget: budget,
            exact_values_kept: exactValuesKept
        },
        rows,
        segments: scanned,
        sample_texts: sampleTexts
    };
}
/** sha256 of a text's UTF-8 bytes, lowercase hex: identifies the checks file across jobs. */
function sha256Hex(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex');
}
/** One line for logs: `shard 3/16: 1,234 rows from 2 segment(s)`. */
function describeShard(partial) {
    const segments = partial.segments
        .map((segment) => {
        const file = partial.data.files[segment.file].path;
        return segment.whole ? file : `${file} bytes ${segment.start}–${segment.end_offset}`;
    })
        .join(', ');
    return `shard ${(0,shard_spec/* formatShardSpec */.vn)(partial.shard)}: ${partial.rows.toLocaleString('en-US')} rows${segments === '' ? ' (no data dealt to this shard)' : ` from ${segments}`}`;
}


/***/ }),

/***/ 10609:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ prepareScan),
  l: () => (/* binding */ validateData)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./shared/checks/checks-loader.ts + 2 modules
var checks_loader = __webpack_require__(40647);
// EXTERNAL MODULE: ./shared/checks/evaluate-checks.ts
var evaluate_checks = __webpack_require__(18085);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/profile/data-profile.ts
var data_profile = __webpack_require__(10706);
// EXTERNAL MODULE: ./shared/scan/scan-plan.ts
var scan_plan = __webpack_require__(49829);
// EXTERNAL MODULE: ./shared/scan/merge-partials.ts
var merge_partials = __webpack_require__(71961);
// EXTERNAL MODULE: ./shared/text/closest-name.ts
var closest_name = __webpack_require__(28863);
// EXTERNAL MODULE: ./shared/adapters/data-files.ts
var data_files = __webpack_require__(60409);
// EXTERNAL MODULE: ./shared/adapters/table-scan.ts
var table_scan = __webpack_require__(53213);
// EXTERNAL MODULE: ./shared/version.ts
var version = __webpack_require__(84402);
// EXTERNAL MODULE: ./shared/report/validate-report.ts
var validate_report = __webpack_require__(30438);
// EXTERNAL MODULE: ./shared/adapters/row-picker.ts
var row_picker = __webpack_require__(79394);
;// CONCATENATED MODULE: ./shared/adapters/sample-texts.ts

/**
 * The texts of the sample rows of uniqueness checks (single column and compound), read in one
 * extra pass only when some check found duplicates. Returns check id → row → text.
 */
async function resolveSampleTexts(input, header, plan, scan) {
    const wanted = [];
    for (const column of plan.columns) {
        const unique = scan.columns[column.index]?.duplicates.unique;
        const check = column.valueChecks.find((candidate) => candidate.check === 'unique');
        if (unique === undefined || check === undefined)
            continue;
        for (const sample of unique.samples)
            wanted.push({ checkId: check.id, row: sample.row, columns: [column.index] });
    }
    for (const key of plan.compoundKeys) {
        for (const sample of scan.compound[key.checkId]?.samples ?? [])
            wanted.push({ checkId: key.checkId, row: sample.row, columns: key.columnIndexes });
    }
    const texts = new Map();
    if (wanted.length === 0)
        return texts;
    const rows = await (0,row_picker/* pickRows */.L)(input, header, new Set(wanted.map((entry) => entry.row)));
    for (const entry of wanted) {
        const values = rows.get(entry.row);
        const text = entry.columns.length === 1 ? values[entry.columns[0]] : `(${entry.columns.map((index) => values[index]).join(', ')})`;
        if (!texts.has(entry.checkId))
            texts.set(entry.checkId, new Map());
        texts.get(entry.checkId).set(entry.row, text);
    }
    return texts;
}

;// CONCATENATED MODULE: ./shared/adapters/reference-keys.ts





/**
 * Keys of the columns that `references` checks point at (referential integrity): the other file
 * is scanned once per distinct (file, column) and its non-null keys collected.
 */
async function readReferenceKeys(checks, options) {
    const keys = {};
    const cache = new Map();
    for (const column of checks.columns) {
        for (const check of column.valueChecks) {
            if (check.check !== 'references')
                continue;
            const cacheKey = `${check.file}\u0000${check.column}`;
            let found = cache.get(cacheKey);
            if (found === undefined) {
                const files = (0,data_files/* resolveDataFiles */.A6)([check.file], 'auto', options.cwd);
                const input = { files, delimiter: options.delimiter, threads: 1 };
                const header = await (0,table_scan/* readTableHeader */.C)(input);
                const index = header.header.indexOf(check.column);
                if (index < 0) {
                    const suggestion = (0,closest_name/* closestName */.N)(check.column, header.header);
                    throw new errors/* InputError */.dz(check.location, `the referenced column "${check.column}" is not in ${check.file} (columns: ${header.header.join(', ')})${suggestion === undefined ? '' : `; did you mean "${suggestion}"?`}`);
                }
                const plan = {
                    header: header.header,
                    nullValues: checks.nullValues,
                    columns: header.header.map((name, position) => ({
                        name,
                        index: position,
                        valueChecks: [],
                        keepKeys: position === index,
                        referenceKeys: {}
                    })),
                    compoundKeys: [],
                    exactValueBudget: Math.min(scan_plan/* DEFAULT_EXACT_VALUE_BUDGET */.k3, 1_000_000),
                    sampleLimit: 0
                };
                const parts = await (0,table_scan/* scanTable */.S)(input, header, plan);
                const all = parts.flatMap((part) => [...part.partial.columns[index].uniqueKeys].filter((key) => key === key));
                found = Float64Array.from(all);
                cache.set(cacheKey, found);
            }
            keys[check.id] = found;
        }
    }
    return keys;
}

// EXTERNAL MODULE: ./shared/adapters/user-files.ts
var user_files = __webpack_require__(24574);
// EXTERNAL MODULE: ./shared/stats/quantile.ts
var quantile = __webpack_require__(9629);
// EXTERNAL MODULE: ./shared/sketch/hyperloglog.ts
var hyperloglog = __webpack_require__(17001);
// EXTERNAL MODULE: ./shared/sketch/top-values.ts + 1 modules
var top_values = __webpack_require__(91066);
;// CONCATENATED MODULE: ./shared/sql/sql-dialect.ts
/** Escapes a string literal the standard way (quotes doubled). */
function standardStringLiteral(text) {
    return `'${text.replace(/'/g, "''")}'`;
}
/** Escapes an identifier the standard way (double quotes doubled). */
function standardIdentifier(name) {
    return `"${name.replace(/"/g, '""')}"`;
}
/** A finite double as a SQL literal that reads back to the same double (17 significant digits). */
function doubleLiteral(value, dialect) {
    if (!Number.isFinite(value))
        throw new Error(`Bug: non-finite literal ${value}`);
    const text = Number.isInteger(value) && Math.abs(value) < 2 ** 53 ? String(value) : value.toPrecision(17);
    return `CAST(${text} AS ${dialect.doubleType})`;
}

;// CONCATENATED MODULE: ./shared/sql/check-sql.ts


/**
 * The pass condition of a value check as SQL over the derived column aliases, for one
 * non-missing value — the SQL twin of value-predicates.ts (compilePredicate), with the same
 * semantics: bounds inclusive unless strict and never met by a non-number; set membership by text
 * or, for numeric items, by number; regex full match unless `search`. Never NULL. Checks that need
 * more than the value itself (not_null, unique, increasing, decreasing) have their own queries;
 * `references` cannot run in the database (its keys come from a file).
 */
function valuePassSql(dialect, check, column) {
    const { number, text, epoch, hasTime, boolean } = column;
    switch (check.check) {
        case 'type':
            switch (check.type) {
                case 'integer':
                    return `(${number} IS NOT NULL AND ${number} = FLOOR(${number}))`;
                case 'number':
                    return `(${number} IS NOT NULL)`;
                case 'string':
                    return 'TRUE';
                case 'boolean':
                    return `(${boolean})`;
                case 'date':
                    return `(${epoch} IS NOT NULL AND NOT ${hasTime})`;
                case 'datetime':
                    return `(${epoch} IS NOT NULL)`;
            }
            break;
        case 'between':
            return `(${number} IS NOT NULL AND ${boundsSql(dialect, number, check.bounds)})`;
        case 'in_set':
            return membershipSql(dialect, column, check.values);
        case 'not_in_set':
            return `(NOT ${membershipSql(dialect, column, check.values)})`;
        case 'regex':
        case 'not_regex': {
            const matches = `COALESCE(${dialect.regexMatches(text, check.pattern, { search: check.search, ignoreCase: check.flags.includes('i') })}, FALSE)`;
            return check.check === 'regex' ? matches : `(NOT ${matches})`;
        }
        case 'length':
            return boundsSql(dialect, dialect.charLength(text), check.bounds);
        case 'format':
            switch (check.format) {
                case 'date':
                    return `(${epoch} IS NOT NULL AND NOT ${hasTime})`;
                case 'datetime':
                    return `(${epoch} IS NOT NULL)`;
                case 'email':
                case 'uuid':
                case 'ipv4':
                    return `COALESCE(${dialect.regexMatches(text, FORMAT_PATTERNS[check.format], { search: true, ignoreCase: false })}, FALSE)`;
                case 'json': {
                    const valid = dialect.jsonValid(text);
                    if (valid === undefined)
                        throw unsupported(check, `${dialect.name} before version 16 cannot test JSON text`);
                    return `COALESCE(${valid}, FALSE)`;
                }
                case 'url':
                    throw unsupported(check, 'URL parsing (the WHATWG URL rules the file engine applies) has no SQL equivalent');
            }
            break;
        case 'references':
            throw unsupported(check, 'its keys come from a file, which the database cannot read; load the referenced table and check it with SQL, or validate files');
        case 'not_null':
        case 'unique':
        case 'increasing':
        case 'decreasing':
            throw new Error(`Bug: ${check.check} has its own query`);
    }
    throw new Error(`Bug: unhandled check ${check.check}`);
}
/**
 * format: email, uuid and ipv4 — the patterns of value-predicates.ts (FORMAT_PATTERNS), written
 * in the syntax JS, POSIX AREs and RE2 share. The parity tests compare both engines on the same data.
 */
const FORMAT_PATTERNS = {
    email: '^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$',
    uuid: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
    ipv4: '^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$'
};
function unsupported(check, why) {
    return new errors/* InputError */.dz(check.location, `${check.check}${check.check === 'format' ? `: ${check.format}` : ''} cannot run in the database: ${why}`);
}
/** withinBounds as SQL (inclusive unless strict; an absent side is unbounded). */
function boundsSql(dialect, expression, bounds) {
    const parts = [];
    if (bounds.min !== undefined)
        parts.push(`${expression} ${bounds.strictMin ? '>' : '>='} ${doubleLiteral(bounds.min, dialect)}`);
    if (bounds.max !== undefined)
        parts.push(`${expression} ${bounds.strictMax ? '<' : '<='} ${doubleLiteral(bounds.max, dialect)}`);
    return parts.length === 0 ? 'TRUE' : `COALESCE(${parts.join(' AND ')}, FALSE)`;
}
/** membershipPredicate: the value's text is listed, or its number equals a numeric item. */
function membershipSql(dialect, column, values) {
    const numbers = [
        ...new Set(values
            .map((value) => /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value.trim()) ? Number(value) : NaN)
            .filter((n) => Number.isFinite(n)))
    ];
    const byText = values.length === 0
        ? 'FALSE'
        : `COALESCE(${column.text} IN (${values.map((value) => dialect.quoteLiteral(value)).join(', ')}), FALSE)`;
    const byNumber = numbers.length === 0
        ? 'FALSE'
        : `COALESCE(${column.number} IN (${numbers.map((n) => doubleLiteral(n, dialect)).join(', ')}), FALSE)`;
    return `(${byText} OR ${byNumber})`;
}

;// CONCATENATED MODULE: ./shared/sql/iso-datetime-sql.ts
/**
 * SQL that reads ISO 8601 dates and date-times in a text column exactly as the streaming engine's
 * parse-datetime.ts does: `YYYY-MM-DD`, optionally `T`/`t`/space and `HH:MM[:SS[.fraction]]`
 * (`.` or `,`, milliseconds kept, the rest cut), optionally `Z`/`z` or `±HH[[:]MM]`; no offset
 * means UTC; impossible dates (2026-02-30) and times are not dates. Engines' own casts accept
 * other shapes and reject some of these, so the value is computed from its digits with the
 * proleptic Gregorian day count (Howard Hinnant, "chrono-compatible low-level date algorithms",
 * days_from_civil) — plain arithmetic every SQL engine evaluates alike.
 */
/** The shape, checked before any digit is cast (CASTs on other texts would fail). */
const ISO_SHAPE = '^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}([.,][0-9]+)?)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?$';
function isoDatetimeSql(dialect, text) {
    const part = (start, length) => `CAST(SUBSTRING(${text}, ${start}, ${length}) AS INTEGER)`;
    const year = part(1, 4);
    const month = part(6, 2);
    const day = part(9, 2);
    const timed = `(CHAR_LENGTH(${text}) > 10)`;
    const hour = `(CASE WHEN ${timed} THEN ${part(12, 2)} ELSE 0 END)`;
    const minute = `(CASE WHEN ${timed} THEN ${part(15, 2)} ELSE 0 END)`;
    const second = `(CASE WHEN SUBSTRING(${text}, 17, 1) = ':' THEN ${part(18, 2)} ELSE 0 END)`;
    const fraction = dialect.regexCapture(text, '^.{19}[.,]([0-9]+)');
    const millis = `COALESCE(CAST(RPAD(SUBSTRING(${fraction}, 1, 3), 3, '0') AS INTEGER), 0)`;
    const offset = `(CASE WHEN ${timed} THEN ${dialect.regexCapture(text, '([+-][0-9]{2}(?::?[0-9]{2})?)$')} END)`;
    const offsetHours = `COALESCE(CAST(SUBSTRING(${offset}, 2, 2) AS INTEGER), 0)`;
    const offsetMinutes = `(CASE WHEN CHAR_LENGTH(${offset}) > 3 THEN CAST(RIGHT(${offset}, 2) AS INTEGER) ELSE 0 END)`;
    const offsetSign = `(CASE WHEN SUBSTRING(${offset}, 1, 1) = '-' THEN -1 ELSE 1 END)`;
    const leap = `((MOD(${year}, 4) = 0 AND MOD(${year}, 100) <> 0) OR MOD(${year}, 400) = 0)`;
    const daysInMonth = `(CASE ${month} WHEN 2 THEN (CASE WHEN ${leap} THEN 29 ELSE 28 END) WHEN 4 THEN 30 WHEN 6 THEN 30 WHEN 9 THEN 30 WHEN 11 THEN 30 ELSE 31 END)`;
    const valid = `${month} BETWEEN 1 AND 12 AND ${day} BETWEEN 1 AND ${daysInMonth} AND ${hour} <= 23 AND ${minute} <= 59 AND ${second} <= 59 ` +
        `AND ${offsetHours} <= 23 AND ${offsetMinutes} <= 59`;
    // days_from_civil with doubles and FLOOR, so negative years divide like the algorithm expects.
    const shiftedYear = `(CAST(${year} AS ${dialect.doubleType}) - (CASE WHEN ${month} <= 2 THEN 1 ELSE 0 END))`;
    const era = `FLOOR(${shiftedYear} / 400)`;
    const yearOfEra = `(${shiftedYear} - ${era} * 400)`;
    const dayOfYear = `(FLOOR((153 * (CASE WHEN ${month} > 2 THEN ${month} - 3 ELSE ${month} + 9 END) + 2) / CAST(5 AS ${dialect.doubleType})) + ${day} - 1)`;
    const dayOfEra = `(${yearOfEra} * 365 + FLOOR(${yearOfEra} / 4) - FLOOR(${yearOfEra} / 100) + ${dayOfYear})`;
    const days = `(${era} * 146097 + ${dayOfEra} - 719468)`;
    const epoch = `(${days} * 86400000 + ${hour} * 3600000 + ${minute} * 60000 + ${second} * 1000 + ${millis} ` +
        `- ${offsetSign} * (${offsetHours} * 60 + ${offsetMinutes}) * 60000)`;
    return {
        epoch: `(CASE WHEN ${dialect.regexMatches(text, ISO_SHAPE, { search: true, ignoreCase: false })} THEN (CASE WHEN ${valid} THEN ${epoch} END) END)`,
        hasTime: timed
    };
}

;// CONCATENATED MODULE: ./shared/sql/column-expressions.ts

/** Number syntax of parse-number.ts: optional spaces, sign, digits with fraction, exponent. */
const NUMBER_TEXT = '^ *[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)? *$';
const INTEGER_TEXT = '^ *[+-]?[0-9]+ *$';
const BOOLEAN_TEXTS = ['true', 'True', 'TRUE', 'false', 'False', 'FALSE'];
function columnAliases(index, name, kind) {
    return {
        name,
        kind,
        missing: `m${index}`,
        number: `n${index}`,
        integerLiteral: `i${index}`,
        text: `t${index}`,
        epoch: `e${index}`,
        hasTime: `h${index}`,
        boolean: `b${index}`
    };
}
/** The select list of the derived table for one column (`<expression> AS <alias>, ...`). */
function derivedColumnSql(dialect, column, nullValues) {
    const q = dialect.quoteIdentifier(column.name);
    const double = (expression) => `CAST(${expression} AS ${dialect.doubleType})`;
    // Typed NULLs: a bare NULL in a derived table is text to PostgreSQL, which AVG and MIN reject.
    let number = `CAST(NULL AS ${dialect.doubleType})`;
    let integerLiteral = 'FALSE';
    let text;
    let epoch = `CAST(NULL AS ${dialect.doubleType})`;
    let hasTime = 'FALSE';
    let boolean = 'FALSE';
    switch (column.kind) {
        case 'integer':
            number = double(q);
            integerLiteral = 'TRUE';
            text = dialect.toText(q);
            break;
        case 'float':
            number = `(CASE WHEN ${dialect.isFinite(q)} THEN ${double(q)} END)`;
            integerLiteral = `(${q} = FLOOR(${q}))`;
            text = dialect.floatText(q);
            break;
        case 'decimal':
            number = double(q);
            text = dialect.toText(q);
            integerLiteral = `(POSITION('.' IN ${text}) = 0)`;
            break;
        case 'boolean':
            text = dialect.toText(q);
            boolean = 'TRUE';
            break;
        case 'date':
            text = dialect.toText(q);
            epoch = dialect.epochMillis(q, 'date');
            break;
        case 'timestamp':
        case 'timestamptz':
            text = dialect.isoTimestampText(q, column.kind);
            epoch = dialect.epochMillis(q, column.kind);
            hasTime = 'TRUE';
            break;
        case 'text': {
            const isNumber = dialect.regexMatches(q, NUMBER_TEXT, { search: true, ignoreCase: false });
            number = `(CASE WHEN ${isNumber} THEN ${double(`TRIM(${q})`)} END)`;
            integerLiteral = dialect.regexMatches(q, INTEGER_TEXT, { search: true, ignoreCase: false });
            text = q;
            const iso = isoDatetimeSql(dialect, q);
            epoch = iso.epoch;
            hasTime = iso.hasTime;
            boolean = `(${q} IN (${BOOLEAN_TEXTS.map((value) => dialect.quoteLiteral(value)).join(', ')}))`;
            break;
        }
    }
    // Only null texts that a value of this kind could spell need comparing (`NA` is never a number).
    const possible = nullValues.filter((value) => couldSpell(column.kind, value));
    const nullTexts = possible.length === 0
        ? ''
        : ` OR ${text} IN (${possible.map((value) => dialect.quoteLiteral(value)).join(', ')})`;
    const missing = column.kind === 'text'
        ? `(${q} IS NULL OR ${q} = ''${nullTexts})`
        : `(${q} IS NULL${nullTexts})`;
    return [
        `${missing} AS ${column.missing}`,
        `${number} AS ${column.number}`,
        `${integerLiteral} AS ${column.integerLiteral}`,
        `${text} AS ${column.text}`,
        `${epoch} AS ${column.epoch}`,
        `${hasTime} AS ${column.hasTime}`,
        `${boolean} AS ${column.boolean}`
    ].join(', ');
}
/**
 * The classification of one non-missing value into the streaming engine's type counts
 * (column-scan.ts acceptView): a number first, else a date or date-time, else a boolean, else text.
 */
function typeOfValueSql(column) {
    const numeric = `${column.number} IS NOT NULL`;
    const dated = `${column.number} IS NULL AND ${column.epoch} IS NOT NULL`;
    const other = `${column.number} IS NULL AND ${column.epoch} IS NULL`;
    return {
        integer: `${numeric} AND ${column.integerLiteral}`,
        decimal: `${numeric} AND NOT ${column.integerLiteral}`,
        date: `${dated} AND NOT ${column.hasTime}`,
        datetime: `${dated} AND ${column.hasTime}`,
        boolean: `${other} AND ${column.boolean}`,
        text: `${other} AND NOT ${column.boolean}`
    };
}
/** Whether a value of this kind can be written as `text` (so a null text could match it). */
function couldSpell(kind, text) {
    switch (kind) {
        case 'integer':
        case 'float':
        case 'decimal':
            return new RegExp(NUMBER_TEXT).test(text) || /^-?(NaN|Infinity|nan|inf)$/.test(text);
        case 'boolean':
            return text === 'true' || text === 'false';
        case 'date':
            return /^\d{4}-\d{2}-\d{2}$/.test(text);
        case 'timestamp':
        case 'timestamptz':
            return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(text);
        case 'text':
            return true;
    }
}

;// CONCATENATED MODULE: ./shared/sql/sql-runner.ts
/** A number from a row (engines may return counts as numbers or numeric strings); null stays null. */
function numberOrNull(value) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === 'number')
        return value;
    if (typeof value === 'boolean')
        return value ? 1 : 0;
    const parsed = Number(value);
    if (Number.isNaN(parsed))
        throw new Error(`Bug: the database returned ${JSON.stringify(value)} where a number was expected`);
    return parsed;
}
/** A count or other number that must be present (0 for NULL: SUM over no rows). */
function numberOf(value) {
    return numberOrNull(value) ?? 0;
}
/** A text from a row; numbers and booleans are written as text, null stays null. */
function textOrNull(value) {
    if (value === null || value === undefined)
        return null;
    return typeof value === 'string' ? value : String(value);
}

// EXTERNAL MODULE: ./shared/sketch/hash-bytes.ts
var hash_bytes = __webpack_require__(75037);
// EXTERNAL MODULE: ./shared/sketch/quantile-sketch.ts
var quantile_sketch = __webpack_require__(24699);
;// CONCATENATED MODULE: ./shared/sql/sql-tally.ts



const LOCATION = { file: '<database>' };
function keyOf(value) {
    if (value.number !== null)
        return { hash: (0,hash_bytes/* hashFloat64 */.LY)(value.number), display: String(value.number) };
    return { hash: (0,hash_bytes/* hashString53 */.iO)(value.text ?? ''), display: value.text ?? '' };
}
/**
 * The value-count table. `exact`: `counts` lists every distinct value (at most the exact cap),
 * giving the table a single pass would build. Otherwise `counts` holds the most frequent values
 * with exact counts and `nextCount` the count of the most frequent value not listed: an
 * approximate table whose listed counts are exact (error 0) and whose unlisted bound is
 * nextCount — within the guarantees a SpaceSaving summary promises (top-values.ts).
 */
function topValuesFromCounts(counts, total, exact, nextCount) {
    // Display values go through setValue so long texts are cut exactly as a scan cuts them.
    const display = new top_values/* TopValues */.ES({ exactCap: Math.max(counts.length, 2), counters: 2 });
    for (const value of counts) {
        const { hash, display: text } = keyOf(value);
        if (display.add(hash))
            display.setValue(text);
    }
    const texts = new Map(display.toJSON().items.map(([hash, , , text]) => [hash, text]));
    const template = new top_values/* TopValues */.ES().toJSON();
    const items = counts.map((value) => {
        const { hash } = keyOf(value);
        return [hash, value.count, 0, texts.get(hash) ?? ''];
    });
    const json = exact
        ? { ...template, total, exact: true, unlistedBound: 0, items }
        : {
            ...template,
            total,
            exact: false,
            unlistedBound: nextCount,
            items: items.slice(0, template.counters)
        };
    return top_values/* TopValues */.ES.fromJSON(json, LOCATION).toJSON();
}
/** Adds distinct values to a HyperLogLog (the registers depend only on the set of hashes). */
function addDistinctValues(hll, numbers, texts) {
    for (const x of numbers)
        if (x !== null)
            hll.add((0,hash_bytes/* hashFloat64 */.LY)(x));
    for (const text of texts)
        if (text !== null)
            hll.add((0,hash_bytes/* hashString53 */.iO)(text));
}
/** 1 / ln γ of the default sketch: the database computes ⌈ln|x| · multiplier⌉ per value. */
function sketchIndexMultiplier(alpha = quantile_sketch/* QUANTILE_SKETCH_DEFAULT_ACCURACY */.bZ) {
    return 1 / (Math.log1p(alpha) - Math.log1p(-alpha));
}
/**
 * The DDSketch of a column from bucket counts, identical to adding the values one by one except
 * where the database's logarithm and JS's differ in the last bit at a bucket boundary (a value
 * then sits in the neighbouring bucket, still within the sketch's relative accuracy). Buckets
 * beyond the budget are collapsed into the lowest kept one, as the sketch's own store does.
 */
function quantileSketchFromBuckets(buckets, min, max) {
    const maxBuckets = quantile_sketch/* QUANTILE_SKETCH_DEFAULT_MAX_BUCKETS */.Gj;
    let zeros = 0;
    let count = 0;
    const positive = new Map();
    const negative = new Map();
    for (const bucket of buckets) {
        count += bucket.count;
        if (bucket.sign === 0 || bucket.index === null)
            zeros += bucket.count;
        else {
            const store = bucket.sign > 0 ? positive : negative;
            store.set(bucket.index, (store.get(bucket.index) ?? 0) + bucket.count);
        }
    }
    let collapsed = false;
    const storeJson = (store) => {
        if (store.size === 0)
            return { offset: 0, counts: [] };
        const indexes = [...store.keys()].sort((a, b) => a - b);
        const highest = indexes[indexes.length - 1];
        const lowestKept = highest - maxBuckets + 1;
        const merged = new Map();
        for (const index of indexes) {
            const target = Math.max(index, lowestKept);
            if (target !== index)
                collapsed = true;
            merged.set(target, (merged.get(target) ?? 0) + store.get(index));
        }
        const kept = [...merged.keys()].sort((a, b) => a - b);
        const counts = [];
        let previous = kept[0];
        for (const index of kept) {
            if (index - previous > 1)
                counts.push(-(index - previous - 1));
            counts.push(merged.get(index));
            previous = index;
        }
        return { offset: kept[0], counts };
    };
    const json = {
        type: 'ddsketch',
        version: 1,
        relativeAccuracy: quantile_sketch/* QUANTILE_SKETCH_DEFAULT_ACCURACY */.bZ,
        maxBucketsPerSign: maxBuckets,
        count,
        min: count === 0 ? null : min,
        max: count === 0 ? null : max,
        zeroCount: zeros,
        collapsed: false,
        positive: storeJson(positive),
        negative: storeJson(negative)
    };
    json.collapsed = collapsed;
    return quantile_sketch/* QuantileSketch */.wh.fromJSON(json, LOCATION).toJSON();
}

;// CONCATENATED MODULE: ./shared/sql/pushdown-scan.ts








const SAMPLE_TEXT_LIMIT = 200;
/** Distinct values fetched per batch for the HyperLogLog of high-cardinality columns. */
const DISTINCT_BATCH = 2_000_000;
async function pushdownScan(runner, checks, source, options) {
    const sampleLimit = options.sampleLimit;
    const dialect = runner.dialect;
    const table = dialect.tableReference(source.schema, source.table);
    const columnRows = await runner.query(dialect.columnsQuery(source.schema, source.table));
    if (columnRows.length === 0) {
        throw new errors/* InputError */.dz(source.location, `the table ${source.schema === undefined ? '' : `${source.schema}.`}${source.table} was not found in the ${dialect.name} database (or has no columns)`);
    }
    const header = columnRows.map((row) => textOrNull(row.name) ?? '');
    const columns = columnRows.map((row, index) => columnAliases(index, header[index], dialect.columnKind(textOrNull(row.type) ?? '')));
    checkNamedColumns(checks, source, header);
    const byName = new Map(columns.map((column) => [column.name, column]));
    const derivedList = (subset) => subset.map((column) => derivedColumnSql(dialect, column, checks.nullValues)).join(', ');
    const order = [
        ...source.orderBy.map((name) => `${dialect.quoteIdentifier(name)} NULLS LAST`),
        dialect.storageOrder
    ].join(', ');
    const derivedOf = (subset) => `(SELECT ${derivedList(subset)} FROM ${table}${dialect.derivedTableFence}) d`;
    const derived = derivedOf(columns);
    const numbered = (subset) => `(SELECT ROW_NUMBER() OVER (ORDER BY ${order}) AS r__, ${derivedList(subset)} FROM ${table}${dialect.derivedTableFence}) d`;
    if (source.orderBy.length === 0 && !dialect.storageIsInsertionOrder) {
        const ordered = checks.columns
            .flatMap((column) => column.valueChecks)
            .find((check) => check.check === 'increasing' || check.check === 'decreasing');
        if (ordered !== undefined) {
            throw new errors/* InputError */.dz(ordered.location, `${ordered.check} needs the order of the rows, and ${dialect.name} tables have none of their own (rows are stored wherever there is room): add \`order_by: [<column>]\` to the source`);
        }
    }
    // Value checks decided by the value alone, compiled before any query runs (unsupported ones fail early).
    const predicateChecks = [];
    for (const declared of checks.columns) {
        const column = byName.get(declared.name);
        for (const check of declared.valueChecks) {
            if (check.check === 'not_null')
                predicateChecks.push({ check, column, fails: column.missing });
            else if (check.check !== 'unique' &&
                check.check !== 'increasing' &&
                check.check !== 'decreasing') {
                predicateChecks.push({
                    check,
                    column,
                    fails: `NOT ${column.missing} AND NOT ${valuePassSql(dialect, check, column)}`
                });
            }
        }
    }
    // 1. One pass: rows, and per column nulls, type counts, moments, text lengths, dates, check counts.
    const select = ['COUNT(*) AS rows__'];
    const when = (condition, value) => `CASE WHEN ${condition} THEN ${value} END`;
    const count = (condition) => `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;
    columns.forEach((column, i) => {
        const types = typeOfValueSql(column);
        const present = `NOT ${column.missing}`;
        const number = when(present, column.number);
        const nonNumeric = `${present} AND ${column.number} IS NULL`;
        select.push(`${count(column.missing)} AS c${i}_nulls`, ...Object.keys(types).map((type) => `${count(`${present} AND ${types[type]}`)} AS c${i}_${type}`), `COUNT(${number}) AS c${i}_count`, `AVG(${number}) AS c${i}_mean`, `VAR_POP(${number}) AS c${i}_var`, `MIN(${number}) AS c${i}_min`, `MAX(${number}) AS c${i}_max`, `SUM(${number}) AS c${i}_sum`, `MIN(${when(nonNumeric, dialect.charLength(column.text))}) AS c${i}_lmin`, `MAX(${when(nonNumeric, dialect.charLength(column.text))}) AS c${i}_lmax`, `MIN(${when(nonNumeric, column.epoch)}) AS c${i}_emin`, `MAX(${when(nonNumeric, column.epoch)}) AS c${i}_emax`);
    });
    predicateChecks.forEach(({ fails }, j) => select.push(`${count(fails)} AS k${j}`));
    const totals = (await runner.query(`SELECT ${select.join(', ')} FROM ${derived}`))[0] ?? {};
    const rows = numberOf(totals.rows__);
    const results = columns.map((column, i) => columnFromTotals(column, i, totals));
    const resultOf = new Map(results.map((result) => [result.name, result]));
    // 2. The first failing rows of every failing value check, in one query: the rows are numbered
    //    once (one sort), then each check takes its first rows from that numbered set.
    const failing = predicateChecks.flatMap((entry, j) => numberOf(totals[`k${j}`]) > 0 ? [{ ...entry, j }] : []);
    const samplesByCheck = new Map();
    if (failing.length > 0 && sampleLimit > 0) {
        const involved = [...new Map(failing.map(({ column }) => [column.name, column])).values()];
        const parts = failing.map(({ column, fails, j }) => `(SELECT ${j} AS k, r__, ${column.text} AS t FROM failing WHERE ${fails} ORDER BY r__ LIMIT ${sampleLimit})`);
        const rows = await runner.query(`WITH failing AS MATERIALIZED (SELECT * FROM ${numbered(involved)}) ${parts.join(' UNION ALL ')}`);
        for (const row of rows) {
            const j = numberOf(row.k);
            const check = predicateChecks[j].check;
            const list = samplesByCheck.get(j) ?? [];
            list.push({
                row: numberOf(row.r__),
                value: check.check === 'not_null' ? '' : truncate(textOrNull(row.t) ?? '')
            });
            samplesByCheck.set(j, list);
        }
    }
    for (const [j, { check, column }] of predicateChecks.entries()) {
        const samples = (samplesByCheck.get(j) ?? []).sort((a, b) => a.row - b.row);
        resultOf.get(column.name).checks[check.id] = { unexpected: numberOf(totals[`k${j}`]), samples };
    }
    // 3. increasing / decreasing: each non-missing value against the previous non-missing one.
    for (const declared of checks.columns) {
        const column = byName.get(declared.name);
        for (const check of declared.valueChecks) {
            if (check.check !== 'increasing' && check.check !== 'decreasing')
                continue;
            resultOf.get(column.name).checks[check.id] = await orderViolations(runner, numbered([column]), column, check.check === 'increasing' ? 1 : -1, check.strictly, sampleLimit);
        }
    }
    // 4. Uniqueness, by the streaming engine's keys: numbers by value, other values by text.
    const sampleTexts = new Map();
    for (const declared of checks.columns) {
        const check = declared.valueChecks.find((candidate) => candidate.check === 'unique');
        if (check === undefined)
            continue;
        const column = byName.get(declared.name);
        const result = resultOf.get(column.name);
        const duplicates = await duplicateSummary(runner, derivedOf([column]), numbered([column]), [column], `NOT ${column.missing}`, result.values, sampleLimit);
        result.duplicates.unique = duplicates.summary;
        sampleTexts.set(check.id, duplicates.texts);
    }
    const compound = {};
    for (const check of checks.tableChecks) {
        if (check.check !== 'compound_unique')
            continue;
        const parts = check.columns.map((name) => byName.get(name));
        // Great Expectations' ignore_row_if='all_values_are_missing'; a missing part is its own value.
        const considered = `NOT (${parts.map((part) => part.missing).join(' AND ')})`;
        const keyCount = numberOf((await runner.query(`SELECT COUNT(*) AS n FROM ${derivedOf(parts)} WHERE ${considered}`))[0]
            ?.n);
        const duplicates = await duplicateSummary(runner, derivedOf(parts), numbered(parts), parts, considered, keyCount, sampleLimit);
        compound[check.id] = duplicates.summary;
        sampleTexts.set(check.id, duplicates.texts);
    }
    // 5. Value counts, distinct values and quantile sketches per column.
    for (const [i, column] of columns.entries()) {
        results[i].tally = await valueTally(runner, dialect, derivedOf([column]), column, results[i], options.distinctBatch ?? DISTINCT_BATCH);
    }
    return {
        scan: { rows, columns: results, compound },
        header,
        columns,
        sampleTexts,
        derived: derivedOf
    };
}
function checkNamedColumns(checks, source, header) {
    const table = `${source.schema === undefined ? '' : `${source.schema}.`}${source.table}`;
    const missing = (name) => {
        const suggestion = (0,closest_name/* closestName */.N)(name, [...header]);
        return `column "${name}" is not in the table ${table} (columns: ${header.join(', ')})${suggestion === undefined ? '' : `; did you mean "${suggestion}"?`}`;
    };
    for (const column of checks.columns)
        if (!header.includes(column.name))
            throw new errors/* InputError */.dz(column.location, missing(column.name));
    for (const check of checks.tableChecks) {
        if (check.check !== 'compound_unique')
            continue;
        for (const name of check.columns)
            if (!header.includes(name))
                throw new errors/* InputError */.dz(check.location, `${missing(name)} (in the compound key)`);
    }
    for (const name of source.orderBy)
        if (!header.includes(name))
            throw new errors/* InputError */.dz(source.location, `order_by: ${missing(name)}`);
}
function columnFromTotals(column, i, totals) {
    const value = (suffix) => numberOf(totals[`c${i}_${suffix}`]);
    const optional = (suffix, fallback) => numberOrNull(totals[`c${i}_${suffix}`]) ?? fallback;
    const types = {
        integer: value('integer'),
        decimal: value('decimal'),
        boolean: value('boolean'),
        date: value('date'),
        datetime: value('datetime'),
        text: value('text')
    };
    const numbers = value('count');
    const moments = {
        count: numbers,
        mean: optional('mean', 0),
        m2: optional('var', 0) * numbers,
        min: optional('min', Infinity),
        max: optional('max', -Infinity),
        sum: optional('sum', 0)
    };
    const values = types.integer + types.decimal + types.boolean + types.date + types.datetime + types.text;
    const emptyTally = {
        top: topValuesFromCounts([], 0, true, 0),
        hll: new hyperloglog/* HyperLogLog */.l8().toJSON()
    };
    return {
        name: column.name,
        values,
        nulls: value('nulls'),
        types,
        moments,
        tally: emptyTally,
        textLength: { min: optional('lmin', Infinity), max: optional('lmax', -Infinity) },
        epoch: { min: optional('emin', Infinity), max: optional('emax', -Infinity) },
        checks: {},
        duplicates: {}
    };
}
function truncate(text) {
    return text.length > SAMPLE_TEXT_LIMIT ? `${text.slice(0, SAMPLE_TEXT_LIMIT)}…` : text;
}
/**
 * violatesOrder over consecutive non-missing values: numbers and dates compare as numbers, other
 * values as text (code-point order), and a number next to a text always breaks the order.
 */
async function orderViolations(runner, numbered, column, direction, strictly, sampleLimit) {
    const dialect = runner.dialect;
    const kind = `(CASE WHEN ${column.number} IS NOT NULL OR ${column.epoch} IS NOT NULL THEN 0 ELSE 1 END)`;
    const numericKey = `COALESCE(${column.number}, ${column.epoch})`;
    const textKey = dialect.codePointOrder(column.text);
    const keyed = `(SELECT r__, ${column.text} AS t, ${kind} AS kind, ${numericKey} AS nk, ${textKey} AS tk FROM ${numbered} WHERE NOT ${column.missing}) k`;
    const lagged = `(SELECT r__, t, kind, nk, tk, LAG(kind) OVER (ORDER BY r__) AS pkind, LAG(nk) OVER (ORDER BY r__) AS pnk, LAG(tk) OVER (ORDER BY r__) AS ptk FROM ${keyed}) x`;
    const before = direction === 1 ? '<' : '>';
    const equalBreaks = strictly ? ' OR nk = pnk' : '';
    const equalTextBreaks = strictly ? ' OR tk = ptk' : '';
    const violation = `pkind IS NOT NULL AND (pkind <> kind OR (kind = 0 AND (nk ${before} pnk${equalBreaks})) OR (kind = 1 AND (tk ${before} ptk${equalTextBreaks})))`;
    const found = await runner.query(`SELECT r__, t, COUNT(*) OVER () AS total FROM ${lagged} WHERE ${violation} ORDER BY r__ LIMIT ${Math.max(sampleLimit, 1)}`);
    const samples = found
        .slice(0, sampleLimit)
        .map((row) => ({ row: numberOf(row.r__), value: truncate(textOrNull(row.t) ?? '') }));
    return { unexpected: numberOf(found[0]?.total), samples };
}
/**
 * Repeated keys among the rows where `considered` holds, grouped by each part's number (numeric
 * values) and text (other values) — the streaming engine's keys. Returns the duplicate counts and
 * the first rows holding a repeated key, with their texts (a compound key as `(a, b)`).
 */
async function duplicateSummary(runner, derived, numbered, parts, considered, keyCount, sampleLimit) {
    const keys = parts.flatMap((part) => [
        `CASE WHEN NOT ${part.missing} THEN ${part.number} END`,
        `CASE WHEN NOT ${part.missing} AND ${part.number} IS NULL THEN ${part.text} END`
    ]);
    const keyList = keys.join(', ');
    const groups = (await runner.query(`SELECT COUNT(*) AS groups, SUM(c) AS in_groups FROM (SELECT COUNT(*) AS c FROM ${derived} WHERE ${considered} GROUP BY ${keyList} HAVING COUNT(*) > 1) g`))[0] ?? {};
    const duplicatedValues = numberOf(groups.groups);
    const rowsInDuplicates = numberOf(groups.in_groups);
    const summary = {
        rowsInDuplicates,
        duplicateRows: rowsInDuplicates - duplicatedValues,
        duplicatedValues,
        samples: [],
        keyCount
    };
    const texts = new Map();
    if (duplicatedValues > 0 && sampleLimit > 0) {
        const textColumns = parts
            .map((part, p) => `CASE WHEN ${part.missing} THEN NULL ELSE ${part.text} END AS t${p}`)
            .join(', ');
        const rows = await runner.query(`SELECT r__, ${parts.map((_, p) => `t${p}`).join(', ')} FROM (SELECT r__, ${textColumns}, COUNT(*) OVER (PARTITION BY ${keyList}) AS c FROM ${numbered} WHERE ${considered}) x WHERE c > 1 ORDER BY r__ LIMIT ${sampleLimit}`);
        for (const row of rows) {
            const row1 = numberOf(row.r__);
            // A missing value shows as the empty field it is in a file.
            const values = parts.map((_, p) => textOrNull(row[`t${p}`]) ?? '');
            summary.samples.push({ row: row1, key: 0 });
            texts.set(row1, values.length === 1 ? values[0] : `(${values.join(', ')})`);
        }
    }
    return { summary, texts };
}
/**
 * The column's value counts, HyperLogLog and (for numbers) DDSketch. Up to 1000 distinct values
 * everything comes from one GROUP BY and is exactly what a scan builds; above that the counts keep
 * the 100 most frequent values and the HyperLogLog is filled from the distinct values, fetched in
 * hash-partitioned batches (the one transfer that grows with the data: one value per distinct
 * value, never per row).
 */
async function valueTally(runner, dialect, derived, column, result, distinctBatch) {
    const present = `NOT ${column.missing}`;
    const textKey = `CASE WHEN ${column.number} IS NULL THEN ${column.text} END`;
    const cap = top_values/* TOP_VALUES_DEFAULT_EXACT_CAP */.KV;
    const rows = await runner.query(`SELECT n, t, c, COUNT(*) OVER () AS g FROM (SELECT ${column.number} AS n, ${textKey} AS t, COUNT(*) AS c FROM ${derived} WHERE ${present} GROUP BY ${column.number}, ${textKey}) v ORDER BY c DESC, n, t LIMIT ${cap + 1}`);
    const distinct = numberOf(rows[0]?.g);
    const counts = rows.map((row) => ({
        number: numberOrNull(row.n),
        text: textOrNull(row.t),
        count: numberOf(row.c)
    }));
    const hll = new hyperloglog/* HyperLogLog */.l8();
    let top;
    if (distinct <= cap) {
        top = topValuesFromCounts(counts, result.values, true, 0);
        addDistinctValues(hll, counts.map((value) => value.number), counts.map((value) => (value.number === null ? value.text : null)));
    }
    else {
        const listed = top_values/* TOP_VALUES_DEFAULT_COUNTERS */.P_;
        top = topValuesFromCounts(counts.slice(0, listed), result.values, false, counts[listed]?.count ?? 0);
        const batches = Math.ceil(distinct / distinctBatch);
        for (let batch = 0; batch < batches; batch++) {
            const where = batches === 1
                ? present
                : `${present} AND ${dialect.hashBucket(`COALESCE(${dialect.toText(column.number)}, ${column.text})`, batches)} = ${batch}`;
            const fetched = (await runner.query(`SELECT ${dialect.distinctJsonAggregate(column.number)} AS ns, ${dialect.distinctJsonAggregate(textKey)} AS ts FROM ${derived} WHERE ${where}`))[0] ?? {};
            addDistinctValues(hll, parseJsonList(fetched.ns), parseJsonList(fetched.ts));
        }
    }
    const state = { top, hll: hll.toJSON() };
    if (result.moments.count > 0) {
        const multiplier = sketchIndexMultiplier();
        const number = column.number;
        const buckets = await runner.query(`SELECT s, i, COUNT(*) AS c FROM (SELECT CASE WHEN ${number} > 0 THEN 1 WHEN ${number} < 0 THEN -1 ELSE 0 END AS s, ` +
            `CASE WHEN ${number} <> 0 THEN CAST(CEIL(LN(ABS(${number})) * ${multiplier.toPrecision(17)}) AS INTEGER) END AS i FROM ${derived} WHERE ${present} AND ${number} IS NOT NULL) b GROUP BY s, i`);
        state.quantiles = quantileSketchFromBuckets(buckets.map((row) => ({
            sign: numberOf(row.s),
            index: numberOrNull(row.i),
            count: numberOf(row.c)
        })), result.moments.min, result.moments.max);
    }
    return state;
}
function parseJsonList(value) {
    if (value === null || value === undefined)
        return [];
    const parsed = typeof value === 'string' ? JSON.parse(value) : value;
    return Array.isArray(parsed) ? parsed : [];
}

;// CONCATENATED MODULE: ./shared/sql/validate-in-database.ts








/**
 * validate-data on a database table (SQL pushdown): the scan runs as SQL (pushdown-scan.ts), then
 * the very same evaluateChecks and buildProfile as for files produce the report and profile, so
 * messages, statuses and the report shape are identical. Where the database can do better than a
 * sketch it does: quantiles and medians are exact order statistics (ROW_NUMBER over the sorted
 * numbers, read at the ranks numpy's methods need) and histograms exact counts, whatever the size
 * of the table. Distinct counts above 1000 values stay HyperLogLog estimates, as for files.
 */
async function validateInDatabase(runner, checks, source, options) {
    const sampleLimit = options.sampleLimit ?? scan_plan/* DEFAULT_SAMPLE_LIMIT */.bZ;
    const pushed = await pushdownScan(runner, checks, source, {
        sampleLimit,
        distinctBatch: options.distinctBatch
    });
    const { scan, header } = pushed;
    const context = {
        now: options.now,
        sampleText: (checkId, row) => pushed.sampleTexts.get(checkId)?.get(row)
    };
    const sqlColumn = (name) => pushed.columns.find((column) => column.name === name);
    // Exact order statistics for every quantile the checks and the profile need.
    const wanted = new Map();
    for (const column of checks.columns) {
        for (const check of column.aggregateChecks) {
            if (check.check === 'median')
                (wanted.get(column.name) ?? wanted.set(column.name, []).get(column.name)).push({
                    q: 0.5,
                    method: 'linear'
                });
            if (check.check === 'quantile')
                (wanted.get(column.name) ?? wanted.set(column.name, []).get(column.name)).push({
                    q: check.q,
                    method: 'nearest'
                });
        }
    }
    const generatedAt = new Date(options.now).toISOString();
    const profile = (0,data_profile/* buildProfile */.Er)(scan, [], generatedAt);
    const exactQuantiles = new Map();
    for (const column of scan.columns) {
        const count = column.moments.count;
        const profiled = profile.columns.find((entry) => entry.name === column.name);
        if (count === 0 || (profiled.quantiles === null && !wanted.has(column.name)))
            continue;
        const requests = [
            ...(wanted.get(column.name) ?? []),
            ...(profiled.quantiles === null
                ? []
                : data_profile/* PROFILE_QUANTILES */.XY.map((q) => ({ q, method: 'linear' })))
        ];
        const ranks = new Set([0, count - 1]);
        for (const { q } of requests) {
            const below = Math.floor(Math.min(Math.max(q, 0), 1) * (count - 1));
            ranks.add(below);
            ranks.add(Math.min(below + 1, count - 1));
        }
        const sparse = await orderStatistics(runner, pushed.derived([sqlColumn(column.name)]), sqlColumn(column.name), [...ranks], count);
        exactQuantiles.set(column.name, (q, method) => (0,quantile/* quantileSorted */.Z)(sparse, q, method));
        if (profiled.quantiles !== null) {
            profiled.quantiles = data_profile/* PROFILE_QUANTILES */.XY.map((q) => ({
                q,
                value: (0,quantile/* quantileSorted */.Z)(sparse, q, 'linear')
            }));
            profiled.quantiles_exact = true;
        }
        if (profiled.histogram !== null)
            profiled.histogram = await exactHistogram(runner, pushed.derived([sqlColumn(column.name)]), sqlColumn(column.name), profiled.histogram.edges);
    }
    const results = (0,evaluate_checks/* evaluateChecks */.J)(checks, header, scan, context).map((result) => {
        const check = aggregateCheckOf(checks, result.id);
        const exact = check === undefined ? undefined : exactQuantiles.get(check.column);
        if (check === undefined || exact === undefined)
            return result;
        // Evaluate again with the exact value standing for the sorted numbers (one value: every
        // quantile of it is that value), so status and message come from the same code.
        if (check.check === 'median')
            return evaluateWithExactValue(checks, header, scan, check, exact(0.5, 'linear'), context);
        if (check.check === 'quantile')
            return evaluateWithExactValue(checks, header, scan, check, exact(check.q, 'nearest'), context);
        return result;
    });
    const report = (0,validate_report/* buildValidateReport */.Z)({
        results,
        failOn: options.failOn,
        checksFile: options.checksFile,
        files: [],
        rows: scan.rows,
        columns: header,
        generatedAt,
        version: options.version
    });
    return { report, profile };
}
function aggregateCheckOf(checks, id) {
    for (const column of checks.columns) {
        const found = column.aggregateChecks.find((check) => check.id === id);
        if (found !== undefined)
            return found;
    }
    return undefined;
}
function evaluateWithExactValue(checks, header, scan, check, value, context) {
    const columns = scan.columns.map((column) => {
        if (column.name !== check.column)
            return column;
        const single = Float64Array.of(value);
        return { ...column, sortedParts: [single], sortedNumbers: single };
    });
    const declared = checks.columns.find((column) => column.name === check.column);
    const only = {
        ...checks,
        tableChecks: [],
        columns: [{ ...declared, valueChecks: [], aggregateChecks: [check] }]
    };
    return (0,evaluate_checks/* evaluateChecks */.J)(only, header, { ...scan, columns }, context)[0];
}
/** The values at the given 0-based ranks of the sorted numbers, as a sparse stand-in for the sorted array. */
async function orderStatistics(runner, derived, column, ranks, count) {
    const rows = await runner.query(`SELECT i, n FROM (SELECT ${column.number} AS n, ROW_NUMBER() OVER (ORDER BY ${column.number}) - 1 AS i FROM ${derived} WHERE NOT ${column.missing} AND ${column.number} IS NOT NULL) o WHERE i IN (${ranks.join(', ')})`);
    const sparse = { length: count };
    for (const row of rows)
        sparse[numberOf(row.i)] = numberOrNull(row.n) ?? NaN;
    for (const rank of ranks) {
        if (sparse[rank] === undefined)
            throw new Error(`Bug: the database returned no value at rank ${rank} of column ${column.name}`);
    }
    return sparse;
}
/** numpy.histogram counts over the profile's edges ([e_j, e_j+1), the last bin closed). */
async function exactHistogram(runner, derived, column, edges) {
    const dialect = runner.dialect;
    const number = column.number;
    const inner = edges
        .slice(1, -1)
        .map((edge) => `CASE WHEN ${number} >= ${doubleLiteral(edge, dialect)} THEN 1 ELSE 0 END`);
    const bin = inner.length === 0 ? '0' : inner.join(' + ');
    const rows = await runner.query(`SELECT bin, COUNT(*) AS c FROM (SELECT ${bin} AS bin FROM ${derived} WHERE NOT ${column.missing} AND ${number} >= ${doubleLiteral(edges[0], dialect)} AND ${number} <= ${doubleLiteral(edges[edges.length - 1], dialect)}) h GROUP BY bin`);
    const counts = new Array(edges.length - 1).fill(0);
    for (const row of rows)
        counts[numberOf(row.bin)] = numberOf(row.c);
    return { edges, counts };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./shared/sql/duckdb-dialect.ts

/**
 * DuckDB (tested with 1.5 through @duckdb/node-api). Regular expressions are RE2
 * (regexp_full_match / regexp_matches, option 'i' for case-insensitive); text compares in binary
 * (code-point) order; `length` counts code points.
 */
function duckdbDialect() {
    return {
        name: 'DuckDB',
        quoteIdentifier: standardIdentifier,
        quoteLiteral: standardStringLiteral,
        tableReference: (schema, table) => schema === undefined
            ? standardIdentifier(table)
            : `${standardIdentifier(schema)}.${standardIdentifier(table)}`,
        columnsQuery: (schema, table) => `SELECT column_name AS name, data_type AS type FROM information_schema.columns WHERE table_name = ${standardStringLiteral(table)} ` +
            `AND table_schema = ${schema === undefined ? 'current_schema()' : standardStringLiteral(schema)} ORDER BY ordinal_position`,
        columnKind: duckdbColumnKind,
        doubleType: 'DOUBLE',
        toText: (expression) => `CAST(${expression} AS VARCHAR)`,
        // DuckDB writes 2.0 as '2.0'; JS (and a CSV written from JS or by most tools) as '2'.
        floatText: (expression) => `(CASE WHEN ${expression} = FLOOR(${expression}) AND ABS(${expression}) < 1e15 THEN CAST(CAST(${expression} AS BIGINT) AS VARCHAR) ELSE CAST(${expression} AS VARCHAR) END)`,
        isFinite: (expression) => `isfinite(${expression})`,
        regexMatches: (text, pattern, { search, ignoreCase }) => `${search ? 'regexp_matches' : 'regexp_full_match'}(${text}, ${standardStringLiteral(pattern)}${ignoreCase ? ", 'i'" : ''})`,
        regexCapture: (text, pattern) => `NULLIF(regexp_extract(${text}, ${standardStringLiteral(pattern)}, 1), '')`,
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
        duckdb = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 96647));
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

// EXTERNAL MODULE: ./node_modules/pg/esm/index.mjs
var esm = __webpack_require__(83849);
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
        quoteIdentifier: standardIdentifier,
        quoteLiteral: standardStringLiteral,
        tableReference: (schema, table) => schema === undefined
            ? standardIdentifier(table)
            : `${standardIdentifier(schema)}.${standardIdentifier(table)}`,
        columnsQuery: (schema, table) => `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type FROM pg_attribute a ` +
            `WHERE a.attrelid = to_regclass(${standardStringLiteral(schema === undefined ? standardIdentifier(table) : `${standardIdentifier(schema)}.${standardIdentifier(table)}`)}) ` +
            'AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum',
        columnKind: postgresColumnKind,
        doubleType: 'double precision',
        toText: (expression) => `CAST(${expression} AS text)`,
        // Since PostgreSQL 12 float8 output is the shortest text that reads back exactly.
        floatText: (expression) => `CAST(${expression} AS text)`,
        isFinite: (expression) => `(${expression} > CAST('-Infinity' AS double precision) AND ${expression} < CAST('Infinity' AS double precision))`,
        regexMatches: (text, pattern, { search, ignoreCase }) => `(${text} ${ignoreCase ? '~*' : '~'} ${standardStringLiteral(search ? pattern : `^(?:${pattern})$`)})`,
        regexCapture: (text, pattern) => `substring(${text} from ${standardStringLiteral(pattern)})`,
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

;// CONCATENATED MODULE: ./shared/adapters/sql-engines/validate-table-source.ts





/** Opens the engine a `source:` names. */
async function openSqlEngine(source, cwd) {
    return source.engine === 'duckdb' ? openDuckdb(source, cwd) : openPostgres(source);
}
/**
 * validate-data for a checks file with `source:`: the checks and the profile run as SQL in the
 * database that holds the table; the report and profile have the same shape as for files.
 */
async function validateTableSource(checks, request) {
    const source = checks.source;
    if (request.data.length > 0) {
        throw new errors/* UsageError */.eb(`${request.checksPath} checks the table ${source.table} in ${source.engine} (source:); do not give data files as well.`);
    }
    const engine = await openSqlEngine(source, request.cwd);
    try {
        const { report, profile } = await validateInDatabase(engine, checks, source, {
            now: request.now,
            failOn: request.failOn,
            checksFile: request.checksPath,
            version: version/* TOLLGATE_VERSION */.o
        });
        return { report, profile, checks };
    }
    finally {
        await engine.close();
    }
}

;// CONCATENATED MODULE: ./shared/operations/validate-data.ts
















/**
 * validate-data end to end: read the checks, read the header(s), scan every file once for all
 * checks and the profile, merge, evaluate. No GitHub and no report files here: the action and the
 * CLI decide where results go.
 */
async function validateData(request) {
    const checks = (0,checks_loader/* loadChecks */.o)((0,user_files/* readUserFile */.E1)(request.checksPath, 'checks file'), request.checksPath);
    // A checks file with `source:` runs in the database where the table lives (SQL pushdown).
    if (checks.source !== undefined)
        return validateTableSource(checks, request);
    const { files, input, header, plan } = await prepareScan(checks, request);
    const parts = await (0,table_scan/* scanTable */.S)(input, header, plan);
    const scan = (0,merge_partials/* mergePartials */.p)(parts, plan.sampleLimit);
    const sampleTexts = await resolveSampleTexts(input, header, plan, scan);
    const results = (0,evaluate_checks/* evaluateChecks */.J)(checks, header.header, scan, {
        now: request.now,
        sampleText: (checkId, row) => sampleTexts.get(checkId)?.get(row)
    });
    const generatedAt = new Date(request.now).toISOString();
    const fileSummaries = files.map((file) => ({
        path: file.path,
        format: file.format,
        bytes: file.bytes
    }));
    const profile = (0,data_profile/* buildProfile */.Er)(scan, fileSummaries, generatedAt);
    const report = (0,validate_report/* buildValidateReport */.Z)({
        results,
        failOn: request.failOn,
        checksFile: request.checksPath,
        files: fileSummaries,
        rows: scan.rows,
        columns: header.header,
        generatedAt,
        version: version/* TOLLGATE_VERSION */.o
    });
    return { report, profile, checks };
}
/**
 * Resolves the data files, reads their header, checks that every column the checks name exists,
 * reads the keys of `references` checks and builds the scan plan: everything before the scan,
 * shared by a single run and by one shard of a matrix run (shard-validate.ts).
 */
async function prepareScan(checks, request) {
    if (request.data.length === 0) {
        throw new errors/* UsageError */.eb('No data files were given: pass `data` (files or globs), or point the checks file at a database table with `source:`.');
    }
    const files = (0,data_files/* resolveDataFiles */.A6)(request.data, request.format, request.cwd);
    const threads = request.threads > 0 ? request.threads : Math.max(1, Math.min((0,external_node_os_.availableParallelism)(), 8));
    const input = { files, delimiter: request.delimiter, threads };
    const header = await (0,table_scan/* readTableHeader */.C)(input);
    for (const column of checks.columns) {
        if (!header.header.includes(column.name)) {
            const suggestion = (0,closest_name/* closestName */.N)(column.name, header.header);
            throw new errors/* InputError */.dz(column.location, `column "${column.name}" is not in the data (${files[0].path} has: ${header.header.join(', ')})${suggestion === undefined ? '' : `; did you mean "${suggestion}"?`}`);
        }
    }
    for (const check of checks.tableChecks) {
        if (check.check !== 'compound_unique')
            continue;
        for (const name of check.columns) {
            if (!header.header.includes(name)) {
                throw new errors/* InputError */.dz(check.location, `column "${name}" of the compound key is not in the data (columns: ${header.header.join(', ')})`);
            }
        }
    }
    const referenceKeys = await readReferenceKeys(checks, request);
    const plan = (0,scan_plan/* buildScanPlan */.bN)(checks, header.header, referenceKeys);
    return { files, input, header, plan };
}


/***/ }),

/***/ 26820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ validateDataOptions)
/* harmony export */ });
/** Options of validate-data: the action's inputs and `tollgate validate`'s flags. */
const validateDataOptions = {
    data: {
        description: 'Data file(s): a path, a glob, or several separated by newlines or commas (not needed when the checks file has a `source:` table, or with `merge`).'
    },
    checks: { description: 'Path to the checks file (YAML).', required: true },
    format: {
        description: 'Data format: auto, csv, tsv, jsonl or parquet.',
        default: 'auto',
        choices: ['auto', 'csv', 'tsv', 'jsonl', 'parquet']
    },
    delimiter: { description: 'Field delimiter for CSV files when it is not a comma.', default: '' },
    'fail-on': {
        description: 'Fail on: error (failed error-severity checks), warn (any failed check) or never.',
        default: 'error',
        choices: ['error', 'warn', 'never']
    },
    'report-path': { description: 'Where to write the JSON report.', default: '' },
    'profile-path': { description: 'Where to write the column profile JSON.', default: '' },
    comment: {
        description: 'Post the report as a pull-request comment: auto, true or false.',
        default: 'auto',
        choices: ['auto', 'true', 'false'],
        actionOnly: true
    },
    threads: { description: 'Worker threads for the scan (0 = one per core).', default: '0' },
    shard: {
        description: "Run as shard k/n of a matrix (e.g. 3/16): scan only this shard's share of the data and write a partial result for `merge` instead of a report.",
        default: ''
    },
    merge: {
        description: 'Merge the partials that the shard jobs of this workflow run uploaded, and report as one run would: true or false.',
        default: 'false',
        choices: ['true', 'false'],
        actionOnly: true
    },
    'html-report': {
        description: 'Write a self-contained HTML report with charts and upload it as a workflow artifact linked from the job summary: true or false.',
        default: 'true',
        choices: ['true', 'false'],
        actionOnly: true
    },
    token: { description: 'Token for the PR comment.', actionOnly: true }
};


/***/ }),

/***/ 30438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ buildValidateReport)
/* harmony export */ });
/* unused harmony export VALIDATE_REPORT_SCHEMA_ID */
const VALIDATE_REPORT_SCHEMA_ID = 'https://tollgate.dev/schemas/validate-report.schema.json';
function buildValidateReport(input) {
    const failed = input.results.filter((result) => result.status === 'fail').length;
    const warnings = input.results.filter((result) => result.status === 'warn').length;
    const passed = input.failOn === 'never' || (failed === 0 && (input.failOn === 'error' || warnings === 0));
    return {
        $schema: VALIDATE_REPORT_SCHEMA_ID,
        tool: { name: 'tollgate', version: input.version },
        action: 'validate-data',
        generated_at: input.generatedAt,
        passed,
        fail_on: input.failOn,
        checks_file: input.checksFile,
        data: { files: input.files, rows: input.rows, columns: input.columns },
        summary: { checks: input.results.length, passed: input.results.length - failed - warnings, failed, warnings },
        results: input.results
    };
}


/***/ }),

/***/ 52079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UQ: () => (/* binding */ encodePartialJson),
/* harmony export */   qX: () => (/* binding */ PartialJsonError),
/* harmony export */   wI: () => (/* binding */ decodePartialJson)
/* harmony export */ });
/* harmony import */ var _sketch_sketch_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36030);

/**
 * JSON for shard partials. Partials carry what plain JSON cannot: Float64Arrays (exact numeric
 * values, row-ordered uniqueness keys) and non-finite numbers (the ±Infinity of an empty column's
 * min/max). Typed arrays become `{"$f64": "<base64 of the little-endian IEEE-754 bytes>"}` —
 * 8 bytes per value, 10.7 characters after base64 — and non-finite numbers
 * `{"$num": "Infinity" | "-Infinity" | "NaN"}`. Every other value is written as is.
 */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** Serialises a value holding Float64Arrays and non-finite numbers (compact, one line). */
function encodePartialJson(value) {
    return JSON.stringify(value, (_key, item) => {
        if (item instanceof Float64Array)
            return { $f64: (0,_sketch_sketch_json_js__WEBPACK_IMPORTED_MODULE_0__/* .encodeBase64 */ .WG)(littleEndianBytes(item)) };
        if (typeof item === 'number' && !Number.isFinite(item))
            return { $num: String(item) };
        return item;
    });
}
/** Why a partial's JSON could not be decoded (the caller names the file). */
class PartialJsonError extends Error {
}
/** Parses JSON written by encodePartialJson, restoring typed arrays and non-finite numbers. */
function decodePartialJson(text) {
    let parsed;
    try {
        parsed = JSON.parse(text, (_key, item) => {
            if (typeof item !== 'object' || item === null || Array.isArray(item))
                return item;
            const record = item;
            const keys = Object.keys(record);
            if (keys.length !== 1)
                return item;
            if (keys[0] === '$f64')
                return decodeFloat64(record.$f64);
            if (keys[0] === '$num')
                return decodeNonFinite(record.$num);
            return item;
        });
    }
    catch (error) {
        if (error instanceof PartialJsonError)
            throw error;
        throw new PartialJsonError(`not valid JSON (${error.message}); was the file truncated?`);
    }
    return parsed;
}
function littleEndianBytes(array) {
    const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
    if (LITTLE_ENDIAN)
        return bytes;
    const swapped = new Uint8Array(bytes.length);
    for (let i = 0; i < bytes.length; i += 8)
        for (let j = 0; j < 8; j++)
            swapped[i + j] = bytes[i + 7 - j];
    return swapped;
}
function decodeFloat64(text) {
    if (typeof text !== 'string' || text.length % 4 !== 0)
        throw new PartialJsonError('a "$f64" array is not base64 text');
    const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
    const expected = (text.length / 4) * 3 - padding;
    const buffer = Buffer.from(text, 'base64');
    // Node skips characters outside the alphabet: a shorter result means the text was corrupted.
    if (buffer.length !== expected || expected % 8 !== 0)
        throw new PartialJsonError('a "$f64" array is not valid base64 of 8-byte numbers');
    const bytes = new Uint8Array(expected);
    bytes.set(buffer);
    if (!LITTLE_ENDIAN) {
        for (let i = 0; i < bytes.length; i += 8)
            bytes.subarray(i, i + 8).reverse();
    }
    return new Float64Array(bytes.buffer);
}
function decodeNonFinite(text) {
    if (text === 'Infinity')
        return Infinity;
    if (text === '-Infinity')
        return -Infinity;
    if (text === 'NaN')
        return NaN;
    throw new PartialJsonError(`"$num" must be Infinity, -Infinity or NaN, got ${JSON.stringify(text)}`);
}


/***/ }),

/***/ 18283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ checkSegmentChain),
/* harmony export */   a: () => (/* binding */ planShardSegments)
/* harmony export */ });
function compareCuts(a, b) {
    return a.fileIndex !== b.fileIndex ? a.fileIndex - b.fileIndex : a.offset - b.offset;
}
/** The segments shard `spec` scans, in table order. */
async function planShardSegments(files, spec, findRowStart) {
    const cuts = await planCuts(files, spec.count, findRowStart);
    return segmentsBetween(files, cuts[spec.index - 1], cuts[spec.index]);
}
/** All count + 1 cuts: the table start, the count − 1 resolved cuts, the table end. */
async function planCuts(files, count, findRowStart) {
    const weights = files.map((file) => Math.max(0, file.bytes - file.dataStart));
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    const cuts = [{ fileIndex: 0, offset: 0 }];
    for (let j = 1; j < count; j++) {
        const target = Math.floor((total * j) / count);
        let cut = await resolveCut(files, weights, target, findRowStart);
        const previous = cuts[cuts.length - 1];
        if (compareCuts(cut, previous) < 0)
            cut = previous;
        cuts.push(cut);
    }
    cuts.push({ fileIndex: files.length, offset: 0 });
    return cuts;
}
/** Where the byte `target` of the concatenated data lands, moved to a row or file boundary. */
async function resolveCut(files, weights, target, findRowStart) {
    let base = 0;
    for (let i = 0; i < files.length; i++) {
        const weight = weights[i];
        if (target < base + weight) {
            const file = files[i];
            const within = target - base;
            if (within === 0)
                return { fileIndex: i, offset: 0 };
            if (!file.splittable)
                return within * 2 < weight ? { fileIndex: i, offset: 0 } : { fileIndex: i + 1, offset: 0 };
            const rowStart = await findRowStart(i, file.dataStart + within);
            if (rowStart === undefined || rowStart >= file.bytes)
                return { fileIndex: i + 1, offset: 0 };
            return { fileIndex: i, offset: rowStart };
        }
        base += weight;
    }
    return { fileIndex: files.length, offset: 0 };
}
function segmentsBetween(files, from, to) {
    const segments = [];
    for (let i = from.fileIndex; i < files.length && i <= to.fileIndex; i++) {
        const file = files[i];
        const startsInside = i === from.fileIndex && from.offset > 0;
        const endsInside = i === to.fileIndex;
        if (endsInside && to.offset === 0)
            break;
        const start = startsInside ? from.offset : file.dataStart;
        const stop = endsInside ? to.offset : file.bytes;
        if (!startsInside && !endsInside)
            segments.push({ fileIndex: i, start: 0, stop: file.bytes, whole: true });
        else if (stop > start)
            segments.push({ fileIndex: i, start, stop, whole: false });
    }
    return segments;
}
/**
 * Checks that the segments of all shards, in table order, cover every file exactly once and that
 * each byte-range segment starts exactly where the previous one's last row ended. Returns a
 * sentence describing the first problem, or undefined when the chain is sound.
 */
function checkSegmentChain(files, segments, fileName) {
    let at = 0;
    for (let i = 0; i < files.length; i++) {
        const file = files[i];
        let expected = file.dataStart;
        let seen = false;
        while (at < segments.length && segments[at].fileIndex === i) {
            const segment = segments[at++];
            if (segment.whole) {
                if (seen)
                    return `${fileName(i)} was scanned whole by shard ${segment.shard} and in part by another shard`;
                expected = file.bytes;
                seen = true;
                continue;
            }
            if (segment.start !== expected) {
                const previous = segments[at - 2];
                if (segment.start < expected && previous !== undefined && previous.fileIndex === i) {
                    return (`shard ${segment.shard} started at byte ${segment.start} of ${fileName(i)}, but the row that shard ${previous.shard} ` +
                        `read last ends at byte ${expected}: the line feed the shards cut at lies inside a quoted field. ` +
                        'Split the data into several files (shards then take whole files) or use a different number of shards');
                }
                return `the shards do not cover ${fileName(i)} without gaps or overlaps (a segment starts at byte ${segment.start}, expected ${expected}); were the partials made from different data?`;
            }
            expected = segment.endOffset;
            seen = true;
        }
        if (!seen)
            return `no shard scanned ${fileName(i)}; is a partial missing or made from a different file list?`;
        if (expected !== file.bytes)
            return `the rows read from ${fileName(i)} end at byte ${expected}, but the file has ${file.bytes} bytes`;
    }
    if (at < segments.length)
        return `a partial names file number ${segments[at].fileIndex + 1}, but the data has only ${files.length} file(s)`;
    return undefined;
}


/***/ }),

/***/ 30225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d7: () => (/* binding */ parseShardSpec),
/* harmony export */   dd: () => (/* binding */ shardOfArtifactName),
/* harmony export */   hH: () => (/* binding */ MAX_SHARDS),
/* harmony export */   rK: () => (/* binding */ partialArtifactName),
/* harmony export */   vn: () => (/* binding */ formatShardSpec)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);

/** Largest shard count accepted: GitHub Actions runs at most 256 jobs per matrix. */
const MAX_SHARDS = 256;
/** Parses `k/n` (1 ≤ k ≤ n ≤ 256); anything else is a UsageError that shows the expected form. */
function parseShardSpec(text, what = 'shard') {
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    if (match === null) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what} must look like k/n (e.g. 3/16: the third of sixteen shards), got ${JSON.stringify(text)}`);
    }
    const index = Number(match[1]);
    const count = Number(match[2]);
    if (count < 1 || count > MAX_SHARDS) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what}: the number of shards must be from 1 to ${MAX_SHARDS}, got ${count}`);
    }
    if (index < 1 || index > count) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what}: the shard number must be from 1 to ${count} (shards count from 1), got ${index}`);
    }
    return { index, count };
}
/** `3/16`. */
function formatShardSpec(spec) {
    return `${spec.index}/${spec.count}`;
}
const ARTIFACT_PREFIX = {
    validate: 'tollgate-partial',
    drift: 'tollgate-drift-partial'
};
/** The artifact a shard's partial is uploaded as: `tollgate-partial-3-of-16` (drift: `tollgate-drift-partial-3-of-16`). */
function partialArtifactName(spec, work = 'validate') {
    return `${ARTIFACT_PREFIX[work]}-${spec.index}-of-${spec.count}`;
}
/** The shard named by an artifact written by partialArtifactName, or undefined for other names. */
function shardOfArtifactName(name, work = 'validate') {
    if (!name.startsWith(`${ARTIFACT_PREFIX[work]}-`))
        return undefined;
    const match = /^(\d+)-of-(\d+)$/.exec(name.slice(ARTIFACT_PREFIX[work].length + 1));
    if (match === null)
        return undefined;
    const index = Number(match[1]);
    const count = Number(match[2]);
    return index >= 1 && index <= count && count <= MAX_SHARDS ? { index, count } : undefined;
}


/***/ }),

/***/ 15871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KF: () => (/* binding */ VALIDATE_PARTIAL_VERSION),
/* harmony export */   S0: () => (/* binding */ DRIFT_PARTIAL_FORMAT),
/* harmony export */   aC: () => (/* binding */ readValidatePartial),
/* harmony export */   tc: () => (/* binding */ VALIDATE_PARTIAL_FORMAT)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
/* harmony import */ var _partial_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52079);
/* harmony import */ var _shard_spec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30225);



/**
 * What one shard of a validate-data matrix writes: everything the merge needs to produce exactly
 * the report a single run over all the data gives (schema:
 * shared/shard/schemas/validate-partial.schema.json).
 *
 * The scan state is kept per scanned byte range (`RangePartial`, the same objects worker threads
 * return), with rows counted from 0 inside each range: a shard over a byte range of a file cannot
 * know how many rows precede it, so the merge lays all segments of all shards out in table order
 * and offsets every row exactly as a single run offsets its worker ranges (mergePartials'
 * rowsBefore). Counts, samples, order-check boundaries and uniqueness are therefore exact.
 *
 * Size (documented for users, see the validate-data README):
 * - per row: 8 bytes for each `unique` column and each compound key (the row-ordered key arrays
 *   the exact duplicate search needs; 10.7 characters after base64, compressed by the artifact
 *   zip for sequential ids);
 * - per numeric value kept exactly for quantiles: 8 bytes, at most `exact_value_budget` values per
 *   shard; above that the shard folds its values into the mergeable DDSketch and the merged
 *   quantiles carry its relative error (checks report `exact: false`);
 * - per range and column: the value-count table (≤ 1000 entries), a 16 KiB HyperLogLog and a
 *   DDSketch when one exists.
 */
const VALIDATE_PARTIAL_FORMAT = 'tollgate-validate-partial';
/** The same structure for drift-check's current data (no checks; `checks` names none). */
const DRIFT_PARTIAL_FORMAT = 'tollgate-drift-partial';
const VALIDATE_PARTIAL_VERSION = 1;
/** Parses and checks a partial file's text; every problem is an InputError naming the file. */
function readValidatePartial(text, file, format = VALIDATE_PARTIAL_FORMAT) {
    let parsed;
    try {
        parsed = (0,_partial_json_js__WEBPACK_IMPORTED_MODULE_1__/* .decodePartialJson */ .wI)(text);
    }
    catch (error) {
        if (error instanceof _partial_json_js__WEBPACK_IMPORTED_MODULE_1__/* .PartialJsonError */ .qX)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file }, `the shard partial is unreadable: ${error.message}`);
        throw error;
    }
    const reader = new PartialReader(file);
    const root = reader.object(parsed, 'the file');
    if (root.format !== format) {
        reader.fail(`not a ${format === VALIDATE_PARTIAL_FORMAT ? 'validate-data' : 'drift-check'} shard partial (format is ${JSON.stringify(root.format)}, expected "${format}"); give the files its shard runs wrote`);
    }
    if (root.version !== VALIDATE_PARTIAL_VERSION) {
        reader.fail(`partial format version ${JSON.stringify(root.version)} is not supported (this Tollgate reads version ${VALIDATE_PARTIAL_VERSION}); write all partials and merge with the same Tollgate version`);
    }
    const shard = reader.object(root.shard, 'shard');
    const count = reader.integer(shard.count, 'shard.count', 1, _shard_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_SHARDS */ .hH);
    reader.integer(shard.index, 'shard.index', 1, count);
    const checks = reader.object(root.checks, 'checks');
    reader.string(checks.file, 'checks.file');
    reader.string(checks.sha256, 'checks.sha256');
    const data = reader.object(root.data, 'data');
    const files = reader.array(data.files, 'data.files');
    files.forEach((entry, i) => {
        const fileEntry = reader.object(entry, `data.files[${i}]`);
        reader.string(fileEntry.path, `data.files[${i}].path`);
        if (!['csv', 'tsv', 'jsonl', 'parquet'].includes(fileEntry.format))
            reader.fail(`"data.files[${i}].format" is not a data format`);
        if (typeof fileEntry.gzip !== 'boolean')
            reader.fail(`"data.files[${i}].gzip" must be true or false`);
        reader.integer(fileEntry.bytes, `data.files[${i}].bytes`);
        reader.integer(fileEntry.data_start, `data.files[${i}].data_start`);
    });
    reader.string(data.delimiter, 'data.delimiter');
    const header = reader.array(data.header, 'data.header');
    header.forEach((name, i) => reader.string(name, `data.header[${i}]`));
    const scan = reader.object(root.scan, 'scan');
    reader.integer(scan.sample_limit, 'scan.sample_limit');
    reader.integer(scan.exact_value_budget, 'scan.exact_value_budget');
    if (typeof scan.exact_values_kept !== 'boolean')
        reader.fail('"scan.exact_values_kept" must be true or false');
    const rows = reader.integer(root.rows, 'rows');
    let segmentRows = 0;
    reader.array(root.segments, 'segments').forEach((entry, i) => {
        const segment = reader.object(entry, `segments[${i}]`);
        reader.integer(segment.file, `segments[${i}].file`, 0, files.length - 1);
        reader.integer(segment.start, `segments[${i}].start`);
        reader.integer(segment.end_offset, `segments[${i}].end_offset`);
        if (typeof segment.whole !== 'boolean')
            reader.fail(`"segments[${i}].whole" must be true or false`);
        reader.array(segment.ranges, `segments[${i}].ranges`).forEach((range, r) => {
            segmentRows += checkRange(reader, range, `segments[${i}].ranges[${r}]`, header.length);
        });
    });
    if (segmentRows !== rows)
        reader.fail(`"rows" is ${rows} but the segments hold ${segmentRows} rows`);
    const texts = reader.object(root.sample_texts, 'sample_texts');
    for (const [checkId, entries] of Object.entries(texts)) {
        reader.array(entries, `sample_texts.${checkId}`).forEach((entry, i) => {
            const pair = reader.array(entry, `sample_texts.${checkId}[${i}]`);
            reader.integer(pair[0], `sample_texts.${checkId}[${i}][0]`, 1, Math.max(1, rows));
            reader.string(pair[1], `sample_texts.${checkId}[${i}][1]`);
        });
    }
    return parsed;
}
/** Structural checks of one range (the fields the merge reads); returns its row count. */
function checkRange(reader, value, where, columns) {
    const range = reader.object(value, where);
    const rows = reader.integer(range.rows, `${where}.rows`);
    reader.integer(range.lines, `${where}.lines`);
    const list = reader.array(range.columns, `${where}.columns`);
    if (list.length !== columns)
        reader.fail(`"${where}.columns" has ${list.length} columns, the header ${columns}`);
    list.forEach((entry, c) => {
        const column = reader.object(entry, `${where}.columns[${c}]`);
        for (const key of ['values', 'nulls'])
            reader.integer(column[key], `${where}.columns[${c}].${key}`);
        for (const key of ['types', 'moments', 'tally', 'textLength', 'epoch', 'checks', 'order'])
            reader.object(column[key], `${where}.columns[${c}].${key}`);
        for (const key of ['sortedNumbers', 'uniqueKeys']) {
            if (column[key] !== undefined && !(column[key] instanceof Float64Array))
                reader.fail(`"${where}.columns[${c}].${key}" must be a "$f64" array`);
        }
        if (column.uniqueKeys instanceof Float64Array && column.uniqueKeys.length !== rows) {
            reader.fail(`"${where}.columns[${c}].uniqueKeys" holds ${column.uniqueKeys.length} keys for ${rows} rows`);
        }
    });
    for (const [checkId, entry] of Object.entries(reader.object(range.compound, `${where}.compound`))) {
        const compound = reader.object(entry, `${where}.compound.${checkId}`);
        if (!(compound.keys instanceof Float64Array) || compound.keys.length !== rows) {
            reader.fail(`"${where}.compound.${checkId}.keys" must be a "$f64" array with one key per row`);
        }
    }
    return rows;
}
/** Field checks with messages that name the partial file and the JSON path. */
class PartialReader {
    file;
    constructor(file) {
        this.file = file;
    }
    fail(detail) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file: this.file }, `shard partial: ${detail}`);
    }
    object(value, where) {
        if (typeof value !== 'object' ||
            value === null ||
            Array.isArray(value) ||
            value instanceof Float64Array) {
            this.fail(`"${where}" must be an object`);
        }
        return value;
    }
    array(value, where) {
        if (!Array.isArray(value))
            this.fail(`"${where}" must be an array`);
        return value;
    }
    string(value, where) {
        if (typeof value !== 'string')
            this.fail(`"${where}" must be a string`);
        return value;
    }
    integer(value, where, min = 0, max = Number.MAX_SAFE_INTEGER) {
        if (!Number.isSafeInteger(value) || value < min || value > max) {
            this.fail(`"${where}" must be an integer from ${min} to ${max}, got ${JSON.stringify(value)}`);
        }
        return value;
    }
}


/***/ })

};
