export const id = 739;
export const ids = [739];
export const modules = {

/***/ 45846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ loadTableCells)
/* harmony export */ });
/* harmony import */ var _data_csv_scanner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63916);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32635);
/* harmony import */ var _csv_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15905);
/* harmony import */ var _data_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60409);
/* harmony import */ var _file_chunks_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40664);
/* harmony import */ var _jsonl_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42939);
/* harmony import */ var _parquet_source_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2873);
/* harmony import */ var _table_scan_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(53213);








/**
 * Loads every row of a table (all readers of validate-data) for consumers that need rows aligned
 * across columns: training, evaluation and predictions. validate-data and drift-check stream
 * instead; this loader keeps the whole table, so it is meant for model-sized data.
 */
async function loadTableCells(patterns, options = {}) {
    const files = (0,_data_files_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveDataFiles */ .A6)(patterns, options.format ?? 'auto', options.cwd);
    const input = { files, delimiter: options.delimiter, threads: 1 };
    const header = await (0,_table_scan_js__WEBPACK_IMPORTED_MODULE_7__/* .readTableHeader */ .C)(input);
    const width = header.header.length;
    const cells = header.header.map(() => []);
    let rows = 0;
    for (const file of files) {
        if (file.format === 'csv' || file.format === 'tsv') {
            const csvHeader = header.csv.get(file.path);
            const scanner = new _data_csv_scanner_js__WEBPACK_IMPORTED_MODULE_0__/* .CsvScanner */ .BR((0,_csv_source_js__WEBPACK_IMPORTED_MODULE_2__/* .delimiterByte */ .Wi)(file, options.delimiter));
            scanner.skipBlankLines = width > 1;
            let skipHeader = file.gzip;
            await (0,_file_chunks_js__WEBPACK_IMPORTED_MODULE_4__/* .forEachChunk */ .q)(file, file.gzip ? 0 : csvHeader.dataOffset, (buffer, length, atEnd) => {
                try {
                    return scanner.scan(buffer, skipHeader && buffer[0] === 0xef ? 3 : 0, length, atEnd, (bytes, row) => {
                        if (skipHeader) {
                            skipHeader = false;
                            return;
                        }
                        const line = (file.gzip ? 0 : csvHeader.headerLines) + row.rowLine;
                        if (row.fieldCount !== width) {
                            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file: file.path, line, row: rows + 1 }, `the row has ${row.fieldCount} field(s) but the header has ${width}`);
                        }
                        for (let k = 0; k < width; k++) {
                            const start = row.starts[k];
                            const end = row.ends[k];
                            const flags = row.flags[k];
                            if (flags & _data_csv_scanner_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELD_NON_ASCII */ .P_ && !(0,_data_csv_scanner_js__WEBPACK_IMPORTED_MODULE_0__/* .isValidUtf8 */ .ql)(bytes, start, end)) {
                                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file: file.path, line, row: rows + 1, field: header.header[k] }, 'invalid UTF-8 bytes');
                            }
                            cells[k].push(start === end ? null : (0,_data_csv_scanner_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldText */ .gF)(bytes, start, end, flags));
                        }
                        rows++;
                    });
                }
                catch (error) {
                    if (error instanceof _data_csv_scanner_js__WEBPACK_IMPORTED_MODULE_0__/* .CsvSyntaxError */ .oC) {
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file: file.path, line: (file.gzip ? 0 : csvHeader.headerLines) + error.line }, error.detail);
                    }
                    throw error;
                }
            });
        }
        else {
            const picked = new Map();
            const read = file.format === 'jsonl' ? _jsonl_source_js__WEBPACK_IMPORTED_MODULE_5__/* .readJsonlRows */ .oJ : _parquet_source_js__WEBPACK_IMPORTED_MODULE_6__/* .readParquetRows */ .u1;
            const after = await read(file, header.header, rows, 'all', picked);
            for (let row = rows + 1; row <= after; row++) {
                const values = picked.get(row);
                for (let k = 0; k < width; k++)
                    cells[k].push(values[k] === '' ? null : values[k]);
            }
            rows = after;
        }
    }
    return { header: header.header, rows, cells, files: files.map((file) => file.path) };
}


/***/ }),

/***/ 33701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WM: () => (/* binding */ loadProjectConfig),
/* harmony export */   oj: () => (/* binding */ PROJECT_CONFIG_FILE)
/* harmony export */ });
/* unused harmony export PROJECT_CONFIG_SECTIONS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68302);
/* harmony import */ var _registry_registry_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7836);
/* harmony import */ var _user_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24574);





/** The project configuration file at the repository root. */
const PROJECT_CONFIG_FILE = '.tollgate.yml';
/** Top-level sections of .tollgate.yml; each is parsed by the module that owns it. */
const PROJECT_CONFIG_SECTIONS = [
    'registry',
    'deploy',
    'gate',
    'spc',
    'drift',
    'store'
];
/**
 * Reads `.tollgate.yml` from `cwd` (or `path`). A missing file means defaults everywhere; an
 * unknown top-level key is an error with a "did you mean", like every Tollgate config file.
 */
function loadProjectConfig(cwd = process.cwd(), path) {
    const file = path ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, PROJECT_CONFIG_FILE);
    if (path === undefined && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file)) {
        return {
            file: undefined,
            registry: (0,_registry_registry_config_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRegistryConfig */ .X)(undefined, PROJECT_CONFIG_FILE),
            section: () => undefined
        };
    }
    const root = (0,_config_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYamlSource */ .W)((0,_user_files_js__WEBPACK_IMPORTED_MODULE_4__/* .readUserFile */ .E1)(file, 'project configuration'), path ?? PROJECT_CONFIG_FILE);
    if (root.kind === 'null') {
        return {
            file,
            registry: (0,_registry_registry_config_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRegistryConfig */ .X)(undefined, PROJECT_CONFIG_FILE),
            section: () => undefined
        };
    }
    root.assertKeys(PROJECT_CONFIG_SECTIONS, 'section');
    return {
        file,
        registry: (0,_registry_registry_config_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRegistryConfig */ .X)(root.get('registry')?.toValue(), path ?? PROJECT_CONFIG_FILE),
        section: (name) => root.get(name)
    };
}


/***/ }),

/***/ 63911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ inferType)
/* harmony export */ });
/**
 * The narrowest type every non-null value fits: integers stay `integer`, integers with decimals
 * are `number`, dates with date-times are `datetime`; anything mixed with text is `string`.
 */
function inferType(types, values) {
    if (values === 0)
        return 'empty';
    if (types.integer === values)
        return 'integer';
    if (types.integer + types.decimal === values)
        return 'number';
    if (types.boolean === values)
        return 'boolean';
    if (types.date === values)
        return 'date';
    if (types.date + types.datetime === values)
        return 'datetime';
    return 'string';
}


/***/ }),

/***/ 2774:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ spcCheckOptions)
/* harmony export */ });
/* harmony import */ var _options_lineage_url_option_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95742);
/* harmony import */ var _options_html_report_option_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6079);


/** Options of spc-check: the action's inputs and `tollgate spc`'s flags. */
const spcCheckOptions = {
    metrics: {
        description: "This run's metrics: validate-data profile/report path(s) or a JSON of named metrics.",
        default: ''
    },
    series: {
        description: 'Series name (default data; stateless: the file name); metrics are charted as <series>/<metric>.',
        default: ''
    },
    values: {
        description: 'Stateless mode: a CSV (or JSON) file of points to chart without a store.',
        default: ''
    },
    chart: {
        description: 'Chart: auto, imr, xbar-r, xbar-s, p, p-standardized, np, c, u, ewma or cusum.',
        default: 'auto',
        choices: [
            'auto',
            'imr',
            'xbar-r',
            'xbar-s',
            'p',
            'p-standardized',
            'np',
            'c',
            'u',
            'ewma',
            'cusum'
        ]
    },
    baseline: {
        description: 'Phase-I points that estimate the limits (then frozen).',
        default: '20'
    },
    exclude: {
        description: 'Assignable causes left out of the limits: run ids / record keys, or point numbers.',
        default: ''
    },
    rules: {
        description: 'Run rules: auto, western-electric, nelson, none, or rule ids (we-1, nelson-3, …).',
        default: 'auto'
    },
    severity: {
        description: 'Per-rule severity, e.g. we-3=warn, we-4=warn (default error).',
        default: ''
    },
    include: { description: 'Metrics to chart: names or globs (default all).', default: '' },
    config: {
        description: 'YAML file with spc settings (default: the spc section of .tollgate.yml).',
        default: ''
    },
    nsigmas: { description: 'Width of the control limits in sigmas (default 3).', default: '' },
    lambda: { description: 'EWMA smoothing weight in (0, 1] (default 0.2).', default: '' },
    target: { description: 'Known process level instead of the phase-I estimate.', default: '' },
    sigma: { description: 'Known process sigma instead of the phase-I estimate.', default: '' },
    k: { description: 'CUSUM reference value in sigmas (default 0.5).', default: '' },
    h: { description: 'CUSUM decision interval in sigmas (default 5).', default: '' },
    'fail-on': {
        description: 'Fail on: error (error-severity violation on this run), warn (any) or never.',
        default: 'error',
        choices: ['error', 'warn', 'never']
    },
    store: {
        description: 'History store: github (the repository) or a directory.',
        default: ''
    },
    'run-id': {
        description: 'Run id of the record to write (default GITHUB_RUN_ID, else a timestamp).',
        cliOnly: true
    },
    'report-path': { description: 'Where to write the JSON report.', default: '' },
    'summary-path': {
        description: 'Where to write the markdown summary with Mermaid control charts.',
        cliOnly: true
    },
    comment: {
        description: 'Post the summary as a pull-request comment: auto, true or false.',
        default: 'auto',
        choices: ['auto', 'true', 'false'],
        actionOnly: true
    },
    'html-report': _options_html_report_option_js__WEBPACK_IMPORTED_MODULE_1__/* .HTML_REPORT_OPTION */ .N,
    'lineage-url': _options_lineage_url_option_js__WEBPACK_IMPORTED_MODULE_0__/* .LINEAGE_URL_OPTION */ .G,
    token: { description: 'Token for the GitHub store and the PR comment.', actionOnly: true }
};


/***/ }),

/***/ 373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aF: () => (/* binding */ spcRequestFromOptions),
/* harmony export */   dr: () => (/* binding */ workflowRunIdentity),
/* harmony export */   tM: () => (/* binding */ commandRunIdentity)
/* harmony export */ });
/* unused harmony exports DEFAULT_SERIES, loadSpcSettings, explicitSettings */
/* harmony import */ var _adapters_open_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41839);
/* harmony import */ var _adapters_project_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33701);
/* harmony import */ var _adapters_user_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24574);
/* harmony import */ var _adapters_workflow_context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93324);
/* harmony import */ var _config_yaml_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68302);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(32635);
/* harmony import */ var _spc_history_rule_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5658);
/* harmony import */ var _spc_history_spc_config_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(78647);








/** The series a history is kept under when the user names none. */
const DEFAULT_SERIES = 'data';
async function spcRequestFromOptions(options, surface) {
    const failOn = options.choice('fail-on');
    const config = loadSpcSettings(options.string('config'), surface.cwd);
    const inputs = explicitSettings(options);
    const values = options.string('values');
    const metrics = options.list('metrics');
    if (values !== undefined) {
        for (const name of ['metrics', 'store']) {
            if (options.has(name)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${options.source.describe('values')} charts a given series without a store; ` +
                    `drop ${options.source.describe(name)} (or drop values to use the history)`);
            }
        }
        return {
            mode: 'values',
            valuesPath: values,
            ...(options.has('series') ? { series: options.requiredString('series').trim() } : {}),
            config,
            inputs,
            failOn,
            now: surface.now,
            cwd: surface.cwd
        };
    }
    const store = await (0,_adapters_open_store_js__WEBPACK_IMPORTED_MODULE_0__/* .openStore */ .C)({
        store: options.string('store'),
        token: surface.token,
        cwd: surface.cwd,
        defaultStore: surface.defaultStore
    });
    return {
        mode: 'history',
        series: options.string('series')?.trim() ?? DEFAULT_SERIES,
        metricsPaths: metrics,
        store,
        run: surface.run,
        config,
        inputs,
        ...(options.has('include') ? { include: options.list('include') } : {}),
        failOn,
        now: surface.now
    };
}
/** The spc settings: the `config` file, else the `spc:` section of `.tollgate.yml` (if any). */
function loadSpcSettings(configPath, cwd) {
    if (configPath !== undefined) {
        return (0,_spc_history_spc_config_js__WEBPACK_IMPORTED_MODULE_7__/* .parseSpcConfig */ .IQ)((0,_config_yaml_source_js__WEBPACK_IMPORTED_MODULE_4__/* .parseYamlSource */ .W)((0,_adapters_user_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readUserFile */ .E1)(configPath, 'spc settings file'), configPath));
    }
    return (0,_spc_history_spc_config_js__WEBPACK_IMPORTED_MODULE_7__/* .parseSpcConfig */ .IQ)((0,_adapters_project_config_js__WEBPACK_IMPORTED_MODULE_1__/* .loadProjectConfig */ .WM)(cwd).section('spc'));
}
/** The per-metric settings the user gave as options (defaults of the table are not included). */
function explicitSettings(options) {
    const settings = {};
    if (options.has('chart'))
        settings.chart = options.choice('chart');
    if (options.has('baseline')) {
        const baseline = options.integer('baseline');
        if (baseline < 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${options.source.describe('baseline')} must be ≥ 0, got ${baseline}`);
        }
        settings.baseline = baseline;
    }
    if (options.has('rules')) {
        const choice = (0,_spc_history_rule_text_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRuleChoice */ .Vo)(options.list('rules'));
        if (typeof choice === 'object' && 'problem' in choice) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${options.source.describe('rules')}: ${choice.problem}`);
        }
        settings.rules = choice;
    }
    if (options.has('severity')) {
        const map = (0,_spc_history_rule_text_js__WEBPACK_IMPORTED_MODULE_6__/* .parseSeverityPairs */ .EB)(options.list('severity'));
        if ('problem' in map)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${options.source.describe('severity')}: ${map.problem}`);
        settings.severity = map;
    }
    if (options.has('exclude'))
        settings.exclude = options.list('exclude');
    for (const name of ['nsigmas', 'lambda', 'target', 'sigma', 'k', 'h']) {
        const value = options.number(name);
        if (value !== undefined)
            settings[name] = value;
    }
    return settings;
}
/** The run a GitHub Actions step belongs to (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT, …). */
function workflowRunIdentity(env = process.env) {
    const context = (0,_adapters_workflow_context_js__WEBPACK_IMPORTED_MODULE_3__/* .readWorkflowContext */ .F)(env);
    return {
        id: context.runId,
        attempt: parseAttempt(context.runAttempt),
        sha: context.sha,
        ref: env.GITHUB_REF ?? '',
        event: context.eventName
    };
}
/**
 * The run a CLI invocation records as: `--run-id`, else the surrounding GitHub run when the CLI
 * runs inside Actions, else `local-<UTC time>` (e.g. `local-20260314T120000Z`).
 */
function commandRunIdentity(runId, now, env = process.env) {
    if (runId !== undefined) {
        return {
            id: runId.trim(),
            attempt: 1,
            sha: env.GITHUB_SHA ?? '',
            ref: env.GITHUB_REF ?? '',
            event: 'cli'
        };
    }
    if (env.GITHUB_RUN_ID !== undefined && env.GITHUB_RUN_ID !== '')
        return workflowRunIdentity(env);
    const stamp = new Date(now)
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
    return { id: `local-${stamp}`, attempt: 1, sha: '', ref: '', event: 'cli' };
}
function parseAttempt(text) {
    const attempt = Number(text);
    if (!Number.isInteger(attempt) || attempt < 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`GITHUB_RUN_ATTEMPT must be a whole number ≥ 1, got ${JSON.stringify(text)}`);
    }
    return attempt;
}


/***/ }),

/***/ 10706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Er: () => (/* binding */ buildProfile),
/* harmony export */   PL: () => (/* binding */ PROFILE_VERSION),
/* harmony export */   XY: () => (/* binding */ PROFILE_QUANTILES),
/* harmony export */   y6: () => (/* binding */ PROFILE_FORMAT)
/* harmony export */ });
/* unused harmony export equalWidthEdges */
/* harmony import */ var _checks_infer_type_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63911);
/* harmony import */ var _scan_value_tally_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46192);
/* harmony import */ var _sketch_quantile_sketch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24699);
/* harmony import */ var _stats_moments_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(23419);
/* harmony import */ var _scan_sorted_parts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22910);





/**
 * The column profile validate-data writes and drift-check / spc-check read. Human-facing summary
 * fields sit next to a mergeable `state` (moments, value counts, HyperLogLog, DDSketch), so shard
 * profiles combine into one and drift can be tested against a profile when the reference data is
 * gone (DESIGN.md §4).
 */
const PROFILE_FORMAT = 'tollgate-profile';
const PROFILE_VERSION = 1;
const PROFILE_QUANTILES = [0, 0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99, 1];
const HISTOGRAM_BINS = 20;
const TOP_VALUES_SHOWN = 10;
const finiteOrNull = (value) => (Number.isFinite(value) ? value : null);
/** Builds the profile from a merged scan. */
function buildProfile(scan, files, generatedAt) {
    return {
        format: PROFILE_FORMAT,
        version: PROFILE_VERSION,
        generated_at: generatedAt,
        rows: scan.rows,
        files,
        columns: scan.columns.map((column) => profileColumn(column, scan.rows))
    };
}
function profileColumn(column, rows) {
    const type = (0,_checks_infer_type_js__WEBPACK_IMPORTED_MODULE_2__/* .inferType */ .n)(column.types, column.values);
    const m = column.moments;
    const numeric = m.count > 0 && (type === 'integer' || type === 'number' || m.count * 2 >= column.values);
    let tally = column.tally;
    // The sketch in the state is what drift-check uses when only the profile is left.
    if (m.count > 0 && tally.quantiles === undefined && column.sortedParts !== undefined) {
        const sketch = new _sketch_quantile_sketch_js__WEBPACK_IMPORTED_MODULE_1__/* .QuantileSketch */ .wh();
        for (const part of column.sortedParts)
            sketch.addMany(part);
        tally = { ...tally, quantiles: sketch.toJSON() };
    }
    let quantiles = null;
    let quantilesExact = false;
    let histogram = null;
    if (numeric) {
        const integral = type === 'integer';
        if (column.sortedParts !== undefined) {
            const parts = column.sortedParts;
            quantilesExact = true;
            const values = (0,_scan_sorted_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .quantilesOfParts */ .iX)(parts, PROFILE_QUANTILES, 'linear');
            quantiles = PROFILE_QUANTILES.map((q, index) => ({ q, value: values[index] }));
            const edges = histogramEdges(m.min, m.max, integral);
            histogram = { edges, counts: (0,_scan_sorted_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .histogramOfParts */ .y3)(parts, edges) };
        }
        else if (tally.quantiles !== undefined) {
            const sketch = _sketch_quantile_sketch_js__WEBPACK_IMPORTED_MODULE_1__/* .QuantileSketch */ .wh.fromJSON(tally.quantiles, { file: '<profile>' });
            const estimates = sketch.quantiles(PROFILE_QUANTILES);
            quantiles = PROFILE_QUANTILES.map((q, index) => ({ q, value: estimates[index] }));
            const edges = histogramEdges(m.min, m.max, integral);
            histogram = { edges, counts: sketch.histogram(edges) };
        }
    }
    const isDate = type === 'date' || type === 'datetime';
    const distinct = (0,_scan_value_tally_js__WEBPACK_IMPORTED_MODULE_0__/* .distinctCount */ .EX)(tally);
    const top = (0,_scan_value_tally_js__WEBPACK_IMPORTED_MODULE_0__/* .topValues */ .qH)(tally, TOP_VALUES_SHOWN);
    return {
        name: column.name,
        type,
        count: rows,
        nulls: column.nulls,
        null_fraction: rows === 0 ? null : column.nulls / rows,
        distinct: distinct.value,
        distinct_exact: distinct.exact,
        min: isDate ? isoOrNull(column.epoch.min) : numeric ? m.min : null,
        max: isDate ? isoOrNull(column.epoch.max) : numeric ? m.max : null,
        mean: numeric ? m.mean : null,
        std: numeric && m.count > 1 ? Math.sqrt((0,_stats_moments_js__WEBPACK_IMPORTED_MODULE_4__/* .sampleVariance */ .y4)(m)) : null,
        sum: numeric ? m.sum : null,
        quantiles,
        quantiles_exact: quantilesExact,
        histogram,
        top_values: top,
        top_values_exact: tally.top.exact,
        text_length: Number.isFinite(column.textLength.min)
            ? { min: column.textLength.min, max: column.textLength.max }
            : null,
        state: {
            values: column.values,
            nulls: column.nulls,
            types: column.types,
            moments: { ...m, min: finiteOrNull(m.min) ?? 0, max: finiteOrNull(m.max) ?? 0 },
            tally,
            epoch: { min: finiteOrNull(column.epoch.min), max: finiteOrNull(column.epoch.max) },
            text_length: {
                min: finiteOrNull(column.textLength.min),
                max: finiteOrNull(column.textLength.max)
            }
        }
    };
}
function isoOrNull(epoch) {
    return Number.isFinite(epoch) ? new Date(epoch).toISOString() : null;
}
/** numpy.linspace(min, max, bins + 1); a constant column gets one unit-wide bin around its value. */
function equalWidthEdges(min, max, bins = HISTOGRAM_BINS) {
    if (!(max > min))
        return [min - 0.5, min + 0.5];
    return Array.from({ length: bins + 1 }, (_, j) => j === bins ? max : min + ((max - min) * j) / bins);
}
/** Integer columns with a small range get one bin per integer; others equal-width bins. */
function histogramEdges(min, max, integral) {
    if (integral && max - min < HISTOGRAM_BINS) {
        return Array.from({ length: max - min + 2 }, (_, j) => min - 0.5 + j);
    }
    return equalWidthEdges(min, max);
}


/***/ }),

/***/ 7836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ DEFAULT_REGISTRY_CONFIG),
/* harmony export */   X: () => (/* binding */ parseRegistryConfig)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
/* harmony import */ var _text_closest_name_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28863);
/* harmony import */ var _gto_tags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33148);



const DEFAULT_REGISTRY_CONFIG = { promotion: 'any' };
const KEYS = ['stages', 'promotion'];
const POLICIES = ['sequential', 'any'];
/**
 * Reads the already-parsed value of the `registry` key (undefined or null when the file has
 * none). `file` is the config file's name for error messages; errors name the field, e.g.
 * `.tollgate.yml (column "registry.stages[1]")`, and say what was expected.
 */
function parseRegistryConfig(section, file) {
    if (section === undefined || section === null)
        return DEFAULT_REGISTRY_CONFIG;
    const at = (field) => ({ file, field: `registry${field}` });
    if (typeof section !== 'object' || Array.isArray(section)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(at(''), 'expected a mapping with the keys stages and promotion.');
    }
    const entries = section;
    for (const key of Object.keys(entries)) {
        if (!KEYS.includes(key)) {
            const suggestion = (0,_text_closest_name_js__WEBPACK_IMPORTED_MODULE_2__/* .closestName */ .N)(key, KEYS);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(at(`.${key}`), `unknown key ${JSON.stringify(key)}.` +
                (suggestion ? ` Did you mean ${JSON.stringify(suggestion)}?` : '') +
                ` Allowed keys: ${KEYS.join(', ')}.`);
        }
    }
    const stages = parseStages(entries.stages, at);
    const promotion = parsePromotion(entries.promotion, stages, at);
    return stages === undefined ? { promotion } : { stages, promotion };
}
function parseStages(value, at) {
    if (value === undefined || value === null)
        return undefined;
    if (!Array.isArray(value) || value.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(at('.stages'), 'expected a non-empty list of stage names, e.g. [staging, production].');
    }
    const stages = [];
    value.forEach((stage, index) => {
        const field = `.stages[${index}]`;
        if (typeof stage !== 'string') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(at(field), `expected a stage name, found ${JSON.stringify(stage)}.`);
        }
        try {
            (0,_gto_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .assertStageName */ .Gs)(stage);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(at(field), error.message);
        }
        if (stages.includes(stage)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(at(field), `stage ${JSON.stringify(stage)} is listed twice.`);
        }
        stages.push(stage);
    });
    return stages;
}
function parsePromotion(value, stages, at) {
    if (value === undefined || value === null)
        return stages === undefined ? 'any' : 'sequential';
    if (typeof value !== 'string' || !POLICIES.includes(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(at('.promotion'), `expected one of ${POLICIES.join(', ')}, found ${JSON.stringify(value)}.`);
    }
    if (value === 'sequential' && stages === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(at('.promotion'), 'promotion: sequential needs the stages list (registry.stages) to know the order.');
    }
    return value;
}


/***/ }),

/***/ 94614:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Sk: () => (/* binding */ spcSummaryMarkdown)
});

// UNUSED EXPORTS: MAX_LISTED_VIOLATIONS, MAX_SUMMARY_CHARTS, pointName

// EXTERNAL MODULE: ./shared/spc/chart-types.ts
var chart_types = __webpack_require__(26025);
// EXTERNAL MODULE: ./shared/report/escape.ts
var report_escape = __webpack_require__(46682);
;// CONCATENATED MODULE: ./shared/report/spc-control-chart.ts

/**
 * A control chart as a Mermaid `xychart-beta` block for job summaries and PR comments: the plotted
 * statistic as a line, the centre line and the control limits as lines, coloured through the theme
 * palette because xychart has no legend: value blue, CL green, limits red. CUSUM draws C+ and
 * −C− (as qcc plots them) against ±h. Long series show their newest points only.
 *
 * Limits that vary from point to point (p and u charts with varying sample sizes) are drawn as
 * steps: xychart only joins evenly spaced values, so each point gets STEP_SUBDIVISION positions
 * across its interval, its limits held flat over them, while the value line is interpolated
 * linearly between the points (so it is the same polyline as without subdivision).
 */
/** Newest points drawn in one chart (older ones stay in the JSON report). */
const MAX_CHART_POINTS = 100;
/** Positions per point when limits are drawn as steps. */
const STEP_SUBDIVISION = 4;
const VALUE_COLOR = '#2563eb';
const LOWER_SUM_COLOR = '#7c3aed';
const CENTER_COLOR = '#16a34a';
const LIMIT_COLOR = '#dc2626';
/** A number short enough for a chart: 6 significant digits, no exponent clutter for integers. */
function plotNumber(value) {
    if (value === 0)
        return '0';
    return String(Number(value.toPrecision(6)));
}
/**
 * The line at STEP_SUBDIVISION positions per point: limits held per point (steps), values
 * interpolated linearly between neighbouring points (clamped at both ends).
 */
function subdivide(line) {
    const values = [];
    const n = line.values.length;
    for (let i = 0; i < n; i++) {
        for (let j = 0; j < STEP_SUBDIVISION; j++) {
            const offset = (j + 0.5) / STEP_SUBDIVISION - 0.5;
            if (line.step === true) {
                values.push(line.values[i]);
                continue;
            }
            const neighbour = offset < 0 ? i - 1 : i + 1;
            const other = line.values[neighbour];
            const here = line.values[i];
            values.push(other === undefined ? here : here + (other - here) * Math.abs(offset));
        }
    }
    return { ...line, values };
}
/** The Mermaid block, or undefined when the chart has nothing to draw. */
function controlChartMermaid(result, options) {
    const primary = result.panels[0];
    if (primary === undefined || primary.points.length === 0)
        return undefined;
    const maxPoints = options.maxPoints ?? MAX_CHART_POINTS;
    const start = Math.max(0, primary.points.length - maxPoints);
    const drawn = result.chart === 'cusum' ? cusumLines(result, start) : shewhartLines(primary, start);
    if (drawn.length === 0)
        return undefined;
    const stepped = drawn.some((line) => line.step && new Set(line.values).size > 1);
    const lines = stepped ? drawn.map(subdivide) : drawn;
    const all = lines.flatMap((line) => line.values);
    let low = Math.min(...all);
    let high = Math.max(...all);
    const pad = high > low ? (high - low) * 0.05 : Math.max(Math.abs(high) * 0.1, 1);
    low -= pad;
    high += pad;
    const first = primary.points[start].index;
    const last = primary.points[primary.points.length - 1].index;
    const palette = lines.map((line) => line.color).join(', ');
    // Subdivided positions sit at the centres of STEP_SUBDIVISION equal parts of [i − ½, i + ½].
    const edge = stepped ? 0.5 - 0.5 / STEP_SUBDIVISION : 0;
    const xAxis = first === last && !stepped
        ? `  x-axis "point" [${first}]`
        : `  x-axis "point" ${plotNumber(first - edge)} --> ${plotNumber(last + edge)}`;
    return [
        '```mermaid',
        `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
        'xychart-beta',
        `  title "${(0,report_escape/* escapeMermaid */.Fw)(options.title, 60)}"`,
        xAxis,
        `  y-axis "${(0,report_escape/* escapeMermaid */.Fw)(axisLabel(result))}" ${plotNumber(low)} --> ${plotNumber(high)}`,
        ...lines.map((line) => `  line [${line.values.map(plotNumber).join(', ')}]`),
        '```'
    ].join('\n');
}
/** What the y axis shows. */
function axisLabel(result) {
    const statistic = result.panels[0]?.statistic ?? 'value';
    return result.chart === 'cusum' ? 'cumulative sum (sigmas)' : statistic.replace(/-/g, ' ');
}
/** Excluded or undefined points are drawn on the centre line, where they mislead least. */
function plotted(point) {
    return point.value ?? point.center;
}
function shewhartLines(panel, start) {
    const points = panel.points.slice(start);
    const lines = [
        { values: points.map(plotted), color: VALUE_COLOR },
        { values: points.map((point) => point.center), color: CENTER_COLOR, step: true }
    ];
    for (const limit of ['ucl', 'lcl']) {
        const values = points.map((point) => point[limit]);
        if (values.every((value) => value !== null && Number.isFinite(value))) {
            lines.push({ values, color: LIMIT_COLOR, step: true });
        }
    }
    return lines;
}
function cusumLines(result, start) {
    const upper = result.panels.find((panel) => panel.statistic === 'cusum-upper');
    const lower = result.panels.find((panel) => panel.statistic === 'cusum-lower');
    if (upper === undefined || lower === undefined)
        return [];
    const h = result.cusum?.h ?? 5;
    const count = upper.points.length - start;
    return [
        { values: upper.points.slice(start).map((point) => point.value ?? 0), color: VALUE_COLOR },
        {
            values: lower.points.slice(start).map((point) => -(point.value ?? 0)),
            color: LOWER_SUM_COLOR
        },
        { values: new Array(count).fill(0), color: CENTER_COLOR },
        { values: new Array(count).fill(h), color: LIMIT_COLOR },
        { values: new Array(count).fill(-h), color: LIMIT_COLOR }
    ];
}

;// CONCATENATED MODULE: ./shared/report/spc-summary.ts



/**
 * Markdown for spc-check's job summary and PR comment: the verdict, one table row per chart
 * (this run's value against its limits), then a Mermaid control chart per chart with the
 * violating points listed below it. Charts out of control on this run come first. The compact
 * form (PR comment) draws only the charts with violations on this run.
 */
const STATUS_TEXT = {
    'in-control': '✅ in control',
    'out-of-control': '❌ out of control',
    warning: '⚠️ warning',
    'collecting-baseline': '⏳ collecting baseline'
};
/** Charts drawn in the job summary; the rest are in the table and the JSON report. */
const MAX_SUMMARY_CHARTS = 20;
/** Violating points listed under one chart. */
const MAX_LISTED_VIOLATIONS = 20;
function spcSummaryMarkdown(report, options = {}) {
    const { summary } = report;
    const verdict = report.in_control
        ? summary.current_violations > 0
            ? '⚠️ in control, with warnings'
            : '✅ in control'
        : '❌ out of control';
    const lines = [`### Tollgate spc-check: ${verdict}`, ''];
    const where = report.mode === 'history'
        ? `Series ${(0,report_escape/* codeSpan */.SS)(report.series)} in the ${(0,report_escape/* escapeMarkdown */.FV)(report.store ?? '')}` +
            (report.record === null
                ? ' (history read only, no record written).'
                : `; this run's record ${(0,report_escape/* codeSpan */.SS)(report.record.key)} was ${report.record.outcome === 'created' ? 'added' : 'already there (re-run)'}.`)
        : `Series ${(0,report_escape/* codeSpan */.SS)(report.series)} (stateless: the given points, newest point judged).`;
    lines.push(`${where} ${summary.charts} chart(s): **${summary.out_of_control}** out of control on this run, ` +
        `${summary.current_violations} violation(s) on this run's points, ${summary.violations} over ` +
        `the whole history (fail on: ${report.fail_on}).`, '');
    const ordered = orderCharts(report.charts);
    if (ordered.length > 0) {
        lines.push('| | Chart | Kind | Points | This run | CL | LCL | UCL | Rules on this run |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
        for (const chart of ordered)
            lines.push(chartRow(chart));
        lines.push('');
    }
    if (report.damaged_records.length > 0) {
        lines.push(`**${report.damaged_records.length} damaged history record(s) skipped** (kept in the store, not overwritten):`, '');
        for (const damaged of report.damaged_records) {
            lines.push(`- ${(0,report_escape/* codeSpan */.SS)(damaged.key)}: ${(0,report_escape/* escapeMarkdown */.FV)(damaged.problem, 300)}`);
        }
        lines.push('');
    }
    const drawn = options.compact
        ? ordered.filter((chart) => chart.current_violations.length > 0)
        : ordered.filter((chart) => chart.result !== null);
    for (const chart of drawn.slice(0, MAX_SUMMARY_CHARTS))
        lines.push(...chartSection(chart));
    if (drawn.length > MAX_SUMMARY_CHARTS) {
        lines.push(`_${drawn.length - MAX_SUMMARY_CHARTS} more chart(s) are in the table above and the JSON report._`, '');
    }
    const warnings = [
        ...report.warnings,
        ...report.charts.flatMap((chart) => (chart.result?.warnings ?? []).map((warning) => `${chart.name}: ${warning}`))
    ];
    if (warnings.length > 0 && !options.compact) {
        lines.push(`<details><summary>${warnings.length} warning(s)</summary>`, '');
        for (const warning of warnings)
            lines.push(`- ${(0,report_escape/* escapeMarkdown */.FV)(warning, 400)}`);
        lines.push('', '</details>', '');
    }
    return lines.join('\n');
}
const STATUS_ORDER = {
    'out-of-control': 0,
    warning: 1,
    'in-control': 2,
    'collecting-baseline': 3
};
/** This run's problems first, then charts with older violations, then the rest, by name. */
function orderCharts(charts) {
    const history = (chart) => ((chart.result?.violations.length ?? 0) > 0 ? 0 : 1);
    return [...charts].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        history(a) - history(b) ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
function currentPoint(chart) {
    const index = chart.current[chart.current.length - 1];
    return chart.result?.panels[0]?.points.find((point) => point.index === index);
}
function numberCell(value) {
    return value === null || value === undefined ? '—' : plotNumber(value);
}
function chartRow(chart) {
    const point = currentPoint(chart);
    const rules = [...new Set(chart.current_violations.map((violation) => violation.rule))];
    const value = chart.chart === 'cusum' ? point?.observed : point?.value;
    const cells = [
        STATUS_TEXT[chart.status],
        (0,report_escape/* codeSpan */.SS)(chart.name),
        `${chart.chart} (${chart.kind})`,
        String(chart.points),
        chart.result === null ? (0,report_escape/* escapeMarkdown */.FV)(chart.note ?? '') : numberCell(value),
        numberCell(point?.center),
        numberCell(point?.lcl),
        numberCell(point?.ucl),
        rules.map((rule) => (0,report_escape/* codeSpan */.SS)(rule)).join(' ')
    ];
    return `| ${cells.join(' | ')} |`;
}
/** How a point is named in tables: its run (history), label or row (stateless), else its index. */
function pointName(point) {
    const metadata = point.metadata;
    if (metadata !== undefined && typeof metadata === 'object') {
        if (typeof metadata.key === 'string') {
            const date = typeof metadata.created_at === 'string' ? ` ${metadata.created_at.slice(0, 10)}` : '';
            return `run ${(0,report_escape/* codeSpan */.SS)(metadata.key, 40)}${date}`;
        }
        if (typeof metadata.label === 'string')
            return (0,report_escape/* codeSpan */.SS)(metadata.label, 40);
        if (typeof metadata.row === 'number')
            return `row ${metadata.row}`;
    }
    return `point ${point.index}`;
}
function chartSection(chart) {
    const result = chart.result;
    if (result === null)
        return [];
    const title = `${chart.name} (${result.chart})`;
    const mermaid = controlChartMermaid(result, { title });
    const violations = result.violations;
    const lines = [
        `#### ${(0,report_escape/* codeSpan */.SS)(chart.name)} — ${(0,report_escape/* escapeMarkdown */.FV)(chart_types/* CHART_NAMES */.q[result.chart].replace(/^an? /, ''))}, ${STATUS_TEXT[chart.status]}`,
        '',
        `_${(0,report_escape/* escapeMarkdown */.FV)(describeChart(chart), 400)}_`,
        ''
    ];
    if (mermaid !== undefined)
        lines.push(mermaid, '');
    if (violations.length > 0) {
        lines.push(...violationTable(chart, violations), '');
    }
    else {
        lines.push('No rule violations in this series.', '');
    }
    return lines;
}
function describeChart(chart) {
    const result = chart.result;
    const baseline = result.baseline;
    const excluded = baseline.excluded.length > 0 ? `, excluding ${baseline.excluded.join(', ')}` : '';
    const colours = result.chart === 'cusum'
        ? 'blue: C+, purple: −C−, green: 0, red: ±h'
        : 'blue: value, green: centre line, red: control limits';
    return (`${chart.points} points; limits from baseline points 1..${baseline.size}${excluded} ` +
        `(${baseline.used} used); rules: ${result.rules.join(', ') || 'none'}. ${colours}.`);
}
function violationTable(chart, violations) {
    const byIndex = new Map();
    for (const violation of violations) {
        const list = byIndex.get(violation.index) ?? [];
        list.push(violation);
        byIndex.set(violation.index, list);
    }
    const indices = [...byIndex.keys()].sort((a, b) => a - b);
    const shown = indices.slice(-MAX_LISTED_VIOLATIONS);
    const points = chart.result.panels[0].points;
    const lines = [
        '| Point | Run or label | Value | Phase | Rules | Severity | This run |',
        '| --- | --- | --- | --- | --- | --- | --- |'
    ];
    for (const index of shown) {
        const point = points[index - 1];
        const hits = byIndex.get(index);
        const severity = hits.some((hit) => hit.severity === 'error') ? 'error' : 'warn';
        const value = chart.chart === 'cusum' ? point.observed : point.value;
        lines.push(`| ${index} | ${pointName(point)} | ${numberCell(value)} | ${point.phase} | ` +
            `${[...new Set(hits.map((hit) => hit.rule))].map((rule) => (0,report_escape/* codeSpan */.SS)(rule)).join(' ')} | ` +
            `${severity} | ${chart.current.includes(index) ? '**yes**' : ''} |`);
    }
    if (indices.length > shown.length) {
        lines.push('', `_${indices.length - shown.length} earlier violating point(s) are in the JSON report._`);
    }
    return lines;
}


/***/ }),

/***/ 22910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iX: () => (/* binding */ quantilesOfParts),
/* harmony export */   uO: () => (/* binding */ mergeSortedParts),
/* harmony export */   y3: () => (/* binding */ histogramOfParts)
/* harmony export */ });
/* unused harmony exports partsLength, valuesAtRanks */
/* harmony import */ var _stats_quantile_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9629);

function partsLength(parts) {
    let total = 0;
    for (const part of parts)
        total += part.length;
    return total;
}
/** The values at the given 0-based ranks of the merged order (ranks ascending, distinct). */
function valuesAtRanks(parts, ranks) {
    const values = [];
    if (ranks.length === 0)
        return values;
    if (parts.length === 1)
        return ranks.map((rank) => parts[0][rank]);
    const positions = new Int32Array(parts.length);
    let next = 0;
    const last = ranks[ranks.length - 1];
    for (let rank = 0; rank <= last; rank++) {
        // The smallest head among the parts (few parts: a linear scan beats a heap).
        let best = -1;
        let bestValue = Infinity;
        for (let p = 0; p < parts.length; p++) {
            const part = parts[p];
            const position = positions[p];
            if (position < part.length) {
                const value = part[position];
                if (best < 0 || value < bestValue || (value !== value && bestValue === bestValue)) {
                    best = p;
                    bestValue = value;
                }
            }
        }
        positions[best]++;
        if (rank === ranks[next]) {
            values.push(bestValue);
            next++;
        }
    }
    return values;
}
/** Quantiles of the merged parts, identical to quantileSorted on the merged array. */
function quantilesOfParts(parts, qs, method = 'linear') {
    const n = partsLength(parts);
    if (n === 0)
        return qs.map(() => NaN);
    const needed = new Set([0, n - 1]);
    for (const q of qs) {
        const below = Math.floor(Math.min(Math.max(q, 0), 1) * (n - 1));
        needed.add(below);
        needed.add(Math.min(below + 1, n - 1));
    }
    const ranks = [...needed].sort((a, b) => a - b);
    const values = valuesAtRanks(parts, ranks);
    // quantileSorted reads only these indices, so a sparse stand-in for the merged array suffices.
    const sparse = { length: n };
    ranks.forEach((rank, index) => (sparse[rank] = values[index]));
    return qs.map((q) => (0,_stats_quantile_js__WEBPACK_IMPORTED_MODULE_0__/* .quantileSorted */ .Z)(sparse, q, method));
}
/** First index in an ascending array whose value is ≥ x. */
function lowerBound(array, x) {
    let low = 0;
    let high = array.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (array[middle] < x)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}
/** First index whose value is > x. */
function upperBound(array, x) {
    let low = 0;
    let high = array.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (array[middle] <= x)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}
/**
 * Counts per bin with numpy.histogram's convention: [e_j, e_j+1), the last bin closed; values
 * outside [e_0, e_last] are not counted.
 */
function histogramOfParts(parts, edges) {
    const bins = edges.length - 1;
    const counts = new Array(bins).fill(0);
    for (const part of parts) {
        for (let j = 0; j < bins; j++) {
            const start = lowerBound(part, edges[j]);
            const end = j === bins - 1 ? upperBound(part, edges[j + 1]) : lowerBound(part, edges[j + 1]);
            counts[j] += Math.max(0, end - start);
        }
    }
    return counts;
}
/** Merges ascending arrays into one ascending array (for consumers that need one array). */
function mergeSortedParts(parts) {
    if (parts.length === 1)
        return parts[0];
    const out = new Float64Array(partsLength(parts));
    const positions = new Int32Array(parts.length);
    for (let k = 0; k < out.length; k++) {
        let best = -1;
        let bestValue = Infinity;
        for (let p = 0; p < parts.length; p++) {
            const position = positions[p];
            if (position < parts[p].length) {
                const value = parts[p][position];
                if (best < 0 || value < bestValue) {
                    best = p;
                    bestValue = value;
                }
            }
        }
        out[k] = bestValue;
        positions[best]++;
    }
    return out;
}


/***/ }),

/***/ 74309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ ConflictError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);

/**
 * A write that would change something already stored: the same bundle name, record key or claim
 * with different content. Stored items are immutable (DESIGN.md §3), so the second writer is told
 * instead of overwriting; an idempotent re-run that writes identical content never sees this.
 */
class ConflictError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TollgateError */ .xB {
    name = 'ConflictError';
}


/***/ })

};
