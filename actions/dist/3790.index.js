export const id = 3790;
export const ids = [3790];
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
/* harmony import */ var _stats_moments_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(23419);
/* harmony import */ var _scan_sorted_parts_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22910);
/* harmony import */ var _scan_value_tally_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46192);
/* harmony import */ var _value_predicates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59718);
/* harmony import */ var _infer_type_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63911);
/* harmony import */ var _text_grouped_integer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34369);






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
const percent = (part, whole) => whole === 0 ? null : (part / whole) * 100;
function describeBounds(bounds) {
    const low = bounds.min === undefined ? undefined : `${bounds.strictMin ? '>' : '≥'} ${bounds.min}`;
    const high = bounds.max === undefined ? undefined : `${bounds.strictMax ? '<' : '≤'} ${bounds.max}`;
    if (bounds.min !== undefined &&
        bounds.max !== undefined &&
        bounds.min === bounds.max &&
        !bounds.strictMin &&
        !bounds.strictMax) {
        return `= ${bounds.min}`;
    }
    return [low, high].filter((part) => part !== undefined).join(' and ');
}
function formatNumber(value) {
    if (!Number.isFinite(value))
        return String(value);
    if (Number.isInteger(value))
        return (0,_text_grouped_integer_js__WEBPACK_IMPORTED_MODULE_2__/* .groupedInteger */ .b)(value);
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
        observed = { inferred_type: (0,_infer_type_js__WEBPACK_IMPORTED_MODULE_3__/* .inferType */ .n)(column.types, column.values) };
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
        value: context.sampleText?.(checkId, row, key) ??
            (Number.isInteger(key) && Math.abs(key) < 2 ** 53 ? String(key) : String(key))
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
            return { value: m.count < 2 ? undefined : Math.sqrt((0,_stats_moments_js__WEBPACK_IMPORTED_MODULE_4__/* .sampleVariance */ .y4)(m)), exact: true };
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
                return { value: (0,_scan_sorted_parts_js__WEBPACK_IMPORTED_MODULE_5__/* .quantilesOfParts */ .iX)(column.sortedParts, [0.5], 'linear')[0], exact: true };
            return { value: (0,_scan_value_tally_js__WEBPACK_IMPORTED_MODULE_0__/* .quantileOf */ .Xf)(column.tally, 0.5), exact: false };
        }
        case 'quantile': {
            if (m.count === 0)
                return { value: undefined, exact: true };
            // Great Expectations (pandas) uses interpolation="nearest" for this expectation.
            if (column.sortedParts !== undefined)
                return {
                    value: (0,_scan_sorted_parts_js__WEBPACK_IMPORTED_MODULE_5__/* .quantilesOfParts */ .iX)(column.sortedParts, [check.q], 'nearest')[0],
                    exact: true
                };
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
            return {
                value: Number.isFinite(column.epoch.max) ? context.now - column.epoch.max : undefined,
                exact: true
            };
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
        const newest = Number.isFinite(column.epoch.max)
            ? new Date(column.epoch.max).toISOString()
            : null;
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
    const passed = check.mode === 'in_set'
        ? extra.length === 0
        : check.mode === 'contain'
            ? missing.length === 0
            : extra.length === 0 && missing.length === 0;
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
        message: passed
            ? `${present.length} distinct value(s) meet the set.`
            : `Distinct values do not match the set (${parts.join('; ')}).`
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
        if (!sorted ||
            (check.exact !== undefined && positions.some((position, index) => position !== index))) {
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
        message: passed
            ? `Columns match (${header.length}).`
            : `Columns do not match (${problems.join('; ')}).`
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

/***/ 73790:
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
        const text = entry.columns.length === 1
            ? values[entry.columns[0]]
            : `(${entry.columns.map((index) => values[index]).join(', ')})`;
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
// EXTERNAL MODULE: ./shared/sql/sql-dialect.ts
var sql_dialect = __webpack_require__(80974);
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
        parts.push(`${expression} ${bounds.strictMin ? '>' : '>='} ${(0,sql_dialect/* doubleLiteral */.D0)(bounds.min, dialect)}`);
    if (bounds.max !== undefined)
        parts.push(`${expression} ${bounds.strictMax ? '<' : '<='} ${(0,sql_dialect/* doubleLiteral */.D0)(bounds.max, dialect)}`);
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
        : `COALESCE(${column.number} IN (${numbers.map((n) => (0,sql_dialect/* doubleLiteral */.D0)(n, dialect)).join(', ')}), FALSE)`;
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
/**
 * Runs the scan of validate-data inside the database: the same ScanResult the streaming engine
 * builds from files (counts, moments, type counts, value tallies, check counters with samples,
 * duplicate summaries), computed by a handful of aggregate queries. Only aggregates and at most
 * `sampleLimit` rows per failing check come back.
 *
 * Queries: one aggregate pass over all columns and value checks; per failing value check, its
 * first failing rows; per order check (increasing/decreasing), its violations via LAG; per
 * uniqueness check, the repeated keys via GROUP BY and their first rows; per column, its value
 * counts (GROUP BY, top 1001) and, above 1000 distinct values, its distinct values for the
 * HyperLogLog in hash-partitioned batches; per numeric column, its DDSketch buckets.
 */
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
    // 5. Value counts, distinct values and quantile sketches per column. A file scan knows the
    // exact distinct count of a numeric column while the table's numbers fit its exact-value budget
    // (scan-plan.ts); the same condition here keeps the two engines' profiles identical.
    const numbersKeptExactly = results.reduce((total, result) => total + result.moments.count, 0) <= scan_plan/* DEFAULT_EXACT_VALUE_BUDGET */.k3;
    for (const [i, column] of columns.entries()) {
        results[i].tally = await valueTally(runner, dialect, derivedOf([column]), column, results[i], options.distinctBatch ?? DISTINCT_BATCH, numbersKeptExactly);
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
async function valueTally(runner, dialect, derived, column, result, distinctBatch, numbersKeptExactly) {
    const present = `NOT ${column.missing}`;
    const textKey = `CASE WHEN ${column.number} IS NULL THEN ${column.text} END`;
    const cap = top_values/* TOP_VALUES_DEFAULT_EXACT_CAP */.KV;
    const rows = await runner.query(`SELECT n, t, c, COUNT(*) OVER () AS g, COUNT(t) OVER () AS gt FROM (SELECT ${column.number} AS n, ${textKey} AS t, COUNT(*) AS c FROM ${derived} WHERE ${present} GROUP BY ${column.number}, ${textKey}) v ORDER BY c DESC, n, t LIMIT ${cap + 1}`);
    const distinct = numberOf(rows[0]?.g);
    const textDistinct = numberOf(rows[0]?.gt);
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
    // The GROUP BY counted every distinct value; state it as exact where a file scan would
    // (value-tally.ts withExactNumberCounts: numbers kept exactly, text values within the cap).
    if (result.moments.count > 0 && numbersKeptExactly && textDistinct <= cap) {
        state.distinct = distinct;
    }
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
        .map((edge) => `CASE WHEN ${number} >= ${(0,sql_dialect/* doubleLiteral */.D0)(edge, dialect)} THEN 1 ELSE 0 END`);
    const bin = inner.length === 0 ? '0' : inner.join(' + ');
    const rows = await runner.query(`SELECT bin, COUNT(*) AS c FROM (SELECT ${bin} AS bin FROM ${derived} WHERE NOT ${column.missing} AND ${number} >= ${(0,sql_dialect/* doubleLiteral */.D0)(edges[0], dialect)} AND ${number} <= ${(0,sql_dialect/* doubleLiteral */.D0)(edges[edges.length - 1], dialect)}) h GROUP BY bin`);
    const counts = new Array(edges.length - 1).fill(0);
    for (const row of rows)
        counts[numberOf(row.bin)] = numberOf(row.c);
    return { edges, counts };
}

;// CONCATENATED MODULE: ./shared/adapters/sql-engines/validate-table-source.ts



/**
 * Opens the engine a `source:` names. The engine clients are loaded on demand, so runs over data
 * files do not pay for loading them (the action's cold start).
 */
async function openSqlEngine(source, cwd) {
    if (source.engine === 'duckdb')
        return (await __webpack_require__.e(/* import() */ 9304).then(__webpack_require__.bind(__webpack_require__, 49304))).openDuckdb(source, cwd);
    return (await Promise.all(/* import() */[__webpack_require__.e(3849), __webpack_require__.e(2635)]).then(__webpack_require__.bind(__webpack_require__, 22635))).openPostgres(source);
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
        summary: {
            checks: input.results.length,
            passed: input.results.length - failed - warnings,
            failed,
            warnings
        },
        results: input.results
    };
}


/***/ }),

/***/ 80974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D0: () => (/* binding */ doubleLiteral),
/* harmony export */   Hy: () => (/* binding */ standardIdentifier),
/* harmony export */   KU: () => (/* binding */ standardStringLiteral)
/* harmony export */ });
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


/***/ })

};
