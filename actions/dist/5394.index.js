export const id = 5394;
export const ids = [5394];
export const modules = {

/***/ 76497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JR: () => (/* binding */ readDriftDataSide),
/* harmony export */   kY: () => (/* binding */ driftSideFromScan),
/* harmony export */   so: () => (/* binding */ DRIFT_EXACT_VALUE_BUDGET)
/* harmony export */ });
/* unused harmony export categoriesOf */
/* harmony import */ var _checks_infer_type_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(63911);
/* harmony import */ var _scan_merge_partials_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71961);
/* harmony import */ var _scan_scan_plan_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(49829);
/* harmony import */ var _scan_value_tally_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46192);
/* harmony import */ var _sketch_quantile_sketch_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24699);
/* harmony import */ var _csv_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15905);
/* harmony import */ var _data_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(60409);
/* harmony import */ var _dist_location_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(39651);
/* harmony import */ var _parallel_csv_scan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(98351);
/* harmony import */ var _table_scan_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(53213);










/**
 * Numbers kept exactly per scanned range (8 bytes each: 400 MB). Exact KS and Wasserstein need
 * every value; beyond this a range folds its numbers into the DDSketch and the column is
 * compared approximately (reference) or reported as not testable (current).
 */
const DRIFT_EXACT_VALUE_BUDGET = 50_000_000;
/** Below this size a worker thread costs more to start than it saves. */
const OWN_WORKER_MIN_BYTES = 4 << 20;
/** No checks: a drift scan only needs the profile statistics every scan computes. */
const NO_CHECKS = { file: '', columns: [], tableChecks: [], nullValues: [] };
/**
 * Reads a data file (or several of one table) with validate-data's streaming scan, keeping every
 * numeric value (sorted, for exact KS and Wasserstein) and the value counts of every column.
 * An empty file (0 bytes) is not an error here: the side then has no columns and no rows, and
 * the drift report says so per column instead of failing.
 */
async function readDriftDataSide(request) {
    const files = (0,_data_files_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveDataFiles */ .A6)(request.patterns, request.format, request.cwd);
    const summaries = files.map((file) => ({
        path: file.path,
        format: file.format,
        bytes: file.bytes
    }));
    if (files.every((file) => file.bytes === 0)) {
        return { kind: 'data', source: request.source, files: summaries, rows: 0, columns: undefined };
    }
    const input = {
        files,
        delimiter: request.delimiter,
        threads: Math.max(1, request.threads)
    };
    const header = await (0,_table_scan_js__WEBPACK_IMPORTED_MODULE_7__/* .readTableHeader */ .C)(input);
    const plan = (0,_scan_scan_plan_js__WEBPACK_IMPORTED_MODULE_8__/* .buildScanPlan */ .bN)(NO_CHECKS, header.header, {}, {
        exactValueBudget: DRIFT_EXACT_VALUE_BUDGET,
        sampleLimit: 0
    });
    const parts = request.ownWorker === true && input.threads === 1 && files.every(ownWorkerWorth)
        ? await scanOnOwnWorker(input, header.csv, plan)
        : await (0,_table_scan_js__WEBPACK_IMPORTED_MODULE_7__/* .scanTable */ .S)(input, header, plan);
    return driftSideFromScan((0,_scan_merge_partials_js__WEBPACK_IMPORTED_MODULE_0__/* .mergePartials */ .p)(parts, 0), summaries, request.source);
}
/**
 * A merged scan as a drift side: the sorted exact numbers of integer and number columns, the value
 * counts of every column and the inferred types. Also the entry point for scans assembled from
 * shard partials (a sharded current side).
 */
function driftSideFromScan(scan, files, source) {
    return { kind: 'data', source, files, rows: scan.rows, columns: scan.columns.map(driftColumnOf) };
}
function ownWorkerWorth(file) {
    return ((file.format === 'csv' || file.format === 'tsv') &&
        !file.gzip &&
        file.bytes >= OWN_WORKER_MIN_BYTES &&
        (0,_dist_location_js__WEBPACK_IMPORTED_MODULE_5__/* .getDistDirectory */ .K)() !== undefined);
}
/** Each file on one worker thread, in file order (the scan of table-scan.ts with 1 range). */
async function scanOnOwnWorker(input, csvHeaders, plan) {
    const parts = [];
    let rowsBefore = 0;
    for (const file of input.files) {
        const delimiter = (0,_csv_source_js__WEBPACK_IMPORTED_MODULE_3__/* .delimiterByte */ .Wi)(file, input.delimiter);
        const fileParts = await (0,_parallel_csv_scan_js__WEBPACK_IMPORTED_MODULE_6__/* .scanCsvParallel */ .th)(file, plan, delimiter, csvHeaders.get(file.path), rowsBefore, 1);
        for (const part of fileParts) {
            parts.push(part);
            rowsBefore += part.partial.rows;
        }
    }
    return parts;
}
function driftColumnOf(column) {
    const type = (0,_checks_infer_type_js__WEBPACK_IMPORTED_MODULE_9__/* .inferType */ .n)(column.types, column.values);
    const result = {
        name: column.name,
        type,
        values: column.values,
        nulls: column.nulls,
        distinct: (0,_scan_value_tally_js__WEBPACK_IMPORTED_MODULE_1__/* .distinctCount */ .EX)(column.tally),
        categories: categoriesOf(column.tally)
    };
    if (type === 'integer' || type === 'number')
        result.numbers = numbersOf(column);
    return result;
}
function numbersOf(column) {
    if (column.sortedNumbers !== undefined) {
        return { kind: 'exact', sorted: column.sortedNumbers, origin: 'data' };
    }
    const sketch = column.tally.quantiles;
    if (sketch === undefined) {
        return { kind: 'unavailable', reason: 'the scan kept neither the values nor a sketch' };
    }
    const points = _sketch_quantile_sketch_js__WEBPACK_IMPORTED_MODULE_2__/* .QuantileSketch */ .wh.fromJSON(sketch, { field: column.name }).toWeightedPoints();
    return {
        kind: 'sketch',
        weighted: { values: points.values, weights: points.counts, missing: column.nulls }
    };
}
/** The value table of a scanned or profiled column, keyed by value hash. */
function categoriesOf(tally) {
    return {
        items: tally.top.items.map(([hash, count, , label]) => ({ hash, label, count })),
        exact: tally.top.exact,
        total: tally.top.total
    };
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

/***/ 67888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ datasetDrift),
/* harmony export */   w: () => (/* binding */ DEFAULT_DRIFT_SHARE)
/* harmony export */ });
/**
 * Dataset-level drift as Evidently decides it (`data_drift.py::get_dataset_drift`,
 * statistics-reference §2.1): share = drifted columns / tested columns, and the dataset drifts
 * when share ≥ drift_share (0.5 by default) — exactly half drifted IS dataset drift.
 * Columns whose test could not run (status 'error': empty side, bad profile, wrong method) are
 * listed separately and left out of both counts; with no tested column there is no drift.
 */
const DEFAULT_DRIFT_SHARE = 0.5;
function datasetDrift(columns, driftShare = DEFAULT_DRIFT_SHARE) {
    const tested = columns.filter((column) => column.status === 'ok');
    const drifted = tested.filter((column) => column.drifted).map((column) => column.column);
    const share = tested.length === 0 ? 0 : drifted.length / tested.length;
    return {
        tested_columns: tested.length,
        drifted_columns: drifted.length,
        share,
        drift_share: driftShare,
        dataset_drift: tested.length > 0 && share >= driftShare,
        drifted,
        errors: columns
            .filter((column) => column.status === 'error')
            .map((column) => ({ column: column.column, error: column.error ?? 'unknown error' })),
        exact: tested.every((column) => column.exact)
    };
}


/***/ }),

/***/ 25738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TF: () => (/* binding */ isDriftMethod),
/* harmony export */   Tl: () => (/* binding */ DRIFT_METHODS),
/* harmony export */   _K: () => (/* binding */ isDrift),
/* harmony export */   wZ: () => (/* binding */ chooseDefaultMethod)
/* harmony export */ });
/* unused harmony export SMALL_REFERENCE_MAX_ROWS */
/**
 * The drift methods drift-check offers, Evidently's default thresholds and comparison operators,
 * and Evidently's automatic choice of method per column (statistics-reference §2.1, from
 * evidently `legacy/calculations/stattests/registry.py::_get_default_stattest` and each stat
 * test's `default_threshold` and drift condition).
 */
/**
 * KS drifts on p ≤ t (`p_value <= threshold`), chi-square and Z on p < t, every distance on
 * score ≥ t. Evidently registers chisquare and z for categorical columns but its default choice
 * also applies them to numeric columns with few distinct values; so do we.
 */
const DRIFT_METHODS = {
    ks: {
        label: 'K-S p_value',
        scoreKind: 'p_value',
        defaultThreshold: 0.05,
        operator: '<=',
        kinds: ['numeric']
    },
    chisquare: {
        label: 'chi-square p_value',
        scoreKind: 'p_value',
        defaultThreshold: 0.05,
        operator: '<',
        kinds: ['numeric', 'categorical']
    },
    z: {
        label: 'Z-test p_value',
        scoreKind: 'p_value',
        defaultThreshold: 0.05,
        operator: '<',
        kinds: ['numeric', 'categorical']
    },
    wasserstein: {
        label: 'Wasserstein distance (normed)',
        scoreKind: 'distance',
        defaultThreshold: 0.1,
        operator: '>=',
        kinds: ['numeric']
    },
    jensenshannon: {
        label: 'Jensen-Shannon distance',
        scoreKind: 'distance',
        defaultThreshold: 0.1,
        operator: '>=',
        kinds: ['numeric', 'categorical']
    },
    psi: {
        label: 'PSI',
        scoreKind: 'distance',
        defaultThreshold: 0.1,
        operator: '>=',
        kinds: ['numeric', 'categorical']
    },
    kl_div: {
        label: 'Kullback-Leibler divergence',
        scoreKind: 'distance',
        defaultThreshold: 0.1,
        operator: '>=',
        kinds: ['numeric', 'categorical']
    },
    hellinger: {
        label: 'Hellinger distance',
        scoreKind: 'distance',
        defaultThreshold: 0.1,
        operator: '>=',
        kinds: ['numeric', 'categorical']
    }
};
function isDriftMethod(name) {
    return Object.prototype.hasOwnProperty.call(DRIFT_METHODS, name);
}
/** Reference row count up to which the small-sample tests (KS, chi-square, Z) are chosen. */
const SMALL_REFERENCE_MAX_ROWS = 1000;
/**
 * Evidently's default test for a column, given its kind, the reference's row count after
 * dropping missing and infinite values, and the number of distinct values of reference and
 * current together (pandas `concat(ref, cur).nunique()`):
 *   reference rows ≤ 1000: numeric → KS if > 5 distinct, chi-square if 3..5, Z if ≤ 2;
 *                          categorical → chi-square if > 2 distinct, else Z;
 *   reference rows > 1000: numeric → Wasserstein (normed) if > 5 distinct, else Jensen–Shannon;
 *                          categorical → Jensen–Shannon.
 */
function chooseDefaultMethod(kind, referenceRows, distinctValues) {
    const size = referenceRows <= SMALL_REFERENCE_MAX_ROWS
        ? `reference rows ${referenceRows} <= ${SMALL_REFERENCE_MAX_ROWS}`
        : `reference rows ${referenceRows} > ${SMALL_REFERENCE_MAX_ROWS}`;
    const values = `${distinctValues} distinct value${distinctValues === 1 ? '' : 's'}`;
    let method;
    if (referenceRows <= SMALL_REFERENCE_MAX_ROWS) {
        if (kind === 'numeric')
            method = distinctValues > 5 ? 'ks' : distinctValues > 2 ? 'chisquare' : 'z';
        else
            method = distinctValues > 2 ? 'chisquare' : 'z';
    }
    else if (kind === 'numeric') {
        method = distinctValues > 5 ? 'wasserstein' : 'jensenshannon';
    }
    else {
        method = 'jensenshannon';
    }
    return { method, reason: `Evidently default: ${kind}, ${size}, ${values} -> ${method}` };
}
/** Whether `score` signals drift under the method's operator and `threshold`. */
function isDrift(score, operator, threshold) {
    switch (operator) {
        case '<=':
            return score <= threshold;
        case '<':
            return score < threshold;
        case '>=':
            return score >= threshold;
    }
}


/***/ }),

/***/ 49986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ driftInvocation)
/* harmony export */ });
/* harmony import */ var _adapters_open_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41839);
/* harmony import */ var _adapters_project_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33701);
/* harmony import */ var _options_option_table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55739);
/* harmony import */ var _drift_settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85978);




/**
 * Turns the shared options of drift-check (action inputs or `tollgate drift` flags) and the
 * `drift:` section of `.tollgate.yml` into a request, so both surfaces behave the same. Inputs
 * the user gave explicitly win over the file; the file wins over the defaults.
 */
function driftInvocation(options, surface) {
    const configPath = options.string('config');
    const project = (0,_adapters_project_config_js__WEBPACK_IMPORTED_MODULE_1__/* .loadProjectConfig */ .WM)(surface.cwd, configPath);
    const explicit = (name) => (options.has(name) ? options.string(name) : undefined);
    const settings = (0,_drift_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveDriftSettings */ .B)({
        method: explicit('method'),
        threshold: explicit('threshold'),
        driftShare: explicit('drift-share'),
        psiBinning: explicit('psi-binning'),
        columnMethods: options.list('column-methods'),
        columns: options.list('columns'),
        ignore: options.list('ignore-columns')
    }, project.section('drift'));
    let opened;
    const store = () => (opened ??= (0,_adapters_open_store_js__WEBPACK_IMPORTED_MODULE_0__/* .openStore */ .C)({
        ...(options.string('store') === undefined ? {} : { store: options.string('store') }),
        ...(surface.token === undefined ? {} : { token: surface.token }),
        cwd: surface.cwd,
        defaultStore: surface.defaultStore
    }));
    const historyChoice = options.choice('history');
    const history = historyChoice === 'true' ||
        (historyChoice === 'auto' && (surface.defaultStore === 'github' || options.has('store')));
    const subject = options.string('subject');
    const request = {
        reference: options.requiredString('reference'),
        current: (0,_options_option_table_js__WEBPACK_IMPORTED_MODULE_2__/* .splitList */ .ry)(options.requiredString('current')),
        format: options.choice('format'),
        delimiter: options.string('delimiter'),
        settings,
        threads: options.integer('threads') ?? 0,
        now: surface.now,
        cwd: surface.cwd,
        openStore: store,
        registryConfig: project.registry,
        ...(subject === undefined ? {} : { subject }),
        ...(surface.run === undefined ? {} : { run: surface.run })
    };
    return { request, store, history };
}


/***/ }),

/***/ 85978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ resolveDriftSettings)
/* harmony export */ });
/* unused harmony export parseColumnMethod */
/* harmony import */ var _drift_dataset_drift_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67888);
/* harmony import */ var _drift_drift_methods_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25738);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32635);
/* harmony import */ var _options_option_table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55739);
/* harmony import */ var _text_closest_name_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(28863);





const CONFIG_KEYS = [
    'method',
    'threshold',
    'drift-share',
    'psi-binning',
    'columns',
    'ignore-columns'
];
const COLUMN_KEYS = ['method', 'threshold', 'ignore'];
const PSI_BINNINGS = ['quantile', 'evidently'];
const METHOD_NAMES = ['auto', ...Object.keys(_drift_drift_methods_js__WEBPACK_IMPORTED_MODULE_0__/* .DRIFT_METHODS */ .Tl)];
/** Merges inputs, the config section and defaults into settings; UsageError/InputError on bad values. */
function resolveDriftSettings(input, config) {
    if (config !== undefined && config.kind !== 'null')
        config.assertKeys(CONFIG_KEYS, 'drift setting');
    const fromConfig = (key) => {
        const node = config?.get(key);
        return node === undefined || node.kind === 'null' ? undefined : node;
    };
    const methodText = input.method ?? fromConfig('method')?.asString() ?? 'auto';
    const method = requestedMethod(methodText, () => fromConfig('method'), 'method');
    const thresholdNode = input.threshold === undefined ? fromConfig('threshold') : undefined;
    const threshold = input.threshold !== undefined
        ? (0,_options_option_table_js__WEBPACK_IMPORTED_MODULE_2__/* .parseNumber */ .$J)(input.threshold.trim(), () => `threshold must be a number, got ${JSON.stringify(input.threshold)}`)
        : thresholdNode?.asNumber();
    if (threshold !== undefined) {
        if (method === 'auto') {
            const message = 'a threshold for all columns needs a method (the automatic choice mixes p-value tests and ' +
                'distances); set `method`, or give per-column thresholds in `column-methods`';
            throw thresholdNode === undefined
                ? new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`Invalid threshold: ${message}.`)
                : thresholdNode.error(message);
        }
        checkThreshold(method, threshold, 'threshold');
    }
    const shareNode = input.driftShare === undefined ? fromConfig('drift-share') : undefined;
    const driftShare = input.driftShare !== undefined
        ? (0,_options_option_table_js__WEBPACK_IMPORTED_MODULE_2__/* .parseNumber */ .$J)(input.driftShare.trim(), () => `drift-share must be a number, got ${JSON.stringify(input.driftShare)}`)
        : (shareNode?.asNumber() ?? _drift_dataset_drift_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_DRIFT_SHARE */ .w);
    if (!(driftShare > 0 && driftShare <= 1)) {
        const message = `drift-share must be greater than 0 and at most 1, got ${driftShare}`;
        throw shareNode === undefined ? new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(message) : shareNode.error(message);
    }
    const binningNode = input.psiBinning === undefined ? fromConfig('psi-binning') : undefined;
    const psiBinningText = input.psiBinning ?? binningNode?.asString() ?? 'quantile';
    if (!PSI_BINNINGS.includes(psiBinningText)) {
        const message = `psi-binning must be quantile or evidently, got ${JSON.stringify(psiBinningText)}`;
        throw binningNode === undefined ? new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(message) : binningNode.error(message);
    }
    const overrides = new Map();
    const ignore = new Set(input.ignore);
    if (input.ignore.length === 0) {
        for (const name of fromConfig('ignore-columns')?.asStringList() ?? [])
            ignore.add(name);
    }
    const columnsNode = fromConfig('columns');
    if (columnsNode !== undefined) {
        for (const { key, value } of columnsNode.entries()) {
            const override = configOverride(key, value);
            if (override === 'ignore')
                ignore.add(key);
            else
                overrides.set(key, override);
        }
    }
    for (const entry of input.columnMethods) {
        const [name, override] = parseColumnMethod(entry);
        overrides.set(name, override);
    }
    const settings = {
        method,
        driftShare,
        psiBinning: psiBinningText,
        columns: [...input.columns],
        ignore: [...ignore],
        overrides
    };
    if (threshold !== undefined)
        settings.threshold = threshold;
    return settings;
}
/**
 * One `column-methods` entry: `age=ks`, `income=psi:0.2`, `score=:0.01` (threshold for the
 * automatic method) or `label=auto`. The column is everything before the last `=`.
 */
function parseColumnMethod(entry) {
    const at = entry.lastIndexOf('=');
    const name = at < 0 ? '' : entry.slice(0, at).trim();
    if (at < 0 || name === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`column-methods entry ${JSON.stringify(entry)} must look like COLUMN=METHOD or COLUMN=METHOD:THRESHOLD (e.g. age=ks:0.01)`);
    }
    const spec = entry.slice(at + 1).trim();
    const colon = spec.indexOf(':');
    const methodText = (colon < 0 ? spec : spec.slice(0, colon)).trim();
    const thresholdText = colon < 0 ? undefined : spec.slice(colon + 1).trim();
    const override = { origin: 'column-methods' };
    const describe = `column-methods entry ${JSON.stringify(entry)}`;
    if (methodText !== '')
        override.method = requestedMethod(methodText, () => undefined, describe);
    if (thresholdText !== undefined) {
        override.threshold = (0,_options_option_table_js__WEBPACK_IMPORTED_MODULE_2__/* .parseNumber */ .$J)(thresholdText, () => `${describe}: the threshold must be a number, got ${JSON.stringify(thresholdText)}`);
        checkThreshold(override.method ?? 'auto', override.threshold, describe);
    }
    if (override.method === undefined && override.threshold === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${describe} names neither a method nor a threshold`);
    }
    return [name, override];
}
function configOverride(column, node) {
    node.assertKeys(COLUMN_KEYS, `setting of column "${column}"`);
    const ignoreNode = node.get('ignore');
    if (ignoreNode !== undefined && ignoreNode.asBoolean())
        return 'ignore';
    const location = node.location;
    const override = {
        origin: `${location.file ?? '.tollgate.yml'}${location.line === undefined ? '' : `:${location.line}`}`
    };
    const methodNode = node.get('method');
    if (methodNode !== undefined) {
        override.method = requestedMethod(methodNode.asString(), () => methodNode, 'method');
    }
    const thresholdNode = node.get('threshold');
    if (thresholdNode !== undefined) {
        override.threshold = thresholdNode.asNumber();
        try {
            checkThreshold(override.method ?? 'auto', override.threshold, 'threshold');
        }
        catch (error) {
            throw thresholdNode.error(error.message);
        }
    }
    return override;
}
function requestedMethod(text, node, what) {
    const name = text.trim();
    if (name === 'auto' || (0,_drift_drift_methods_js__WEBPACK_IMPORTED_MODULE_0__/* .isDriftMethod */ .TF)(name))
        return name;
    const suggestion = (0,_text_closest_name_js__WEBPACK_IMPORTED_MODULE_4__/* .closestName */ .N)(name, METHOD_NAMES);
    const message = `unknown drift method ${JSON.stringify(name)}${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}; expected one of ${METHOD_NAMES.join(', ')}`;
    const at = node();
    throw at === undefined ? new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${what}: ${message}`) : at.error(message);
}
/** p-value thresholds lie in (0, 1); distances need a non-negative finite threshold. */
function checkThreshold(method, threshold, what) {
    if (!Number.isFinite(threshold) || threshold < 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${what}: the threshold must be a finite number ≥ 0, got ${threshold}`);
    }
    if (method !== 'auto' && _drift_drift_methods_js__WEBPACK_IMPORTED_MODULE_0__/* .DRIFT_METHODS */ .Tl[method].scoreKind === 'p_value') {
        if (!(threshold > 0 && threshold < 1)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${what}: ${method} is a test whose p-value is compared with the threshold, which must lie between 0 and 1 (exclusive), got ${threshold}`);
        }
    }
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


/***/ })

};
