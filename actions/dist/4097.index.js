export const id = 4097;
export const ids = [4097];
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
const PROJECT_CONFIG_SECTIONS = ['registry', 'deploy', 'gate', 'spc', 'drift', 'store'];
/**
 * Reads `.tollgate.yml` from `cwd` (or `path`). A missing file means defaults everywhere; an
 * unknown top-level key is an error with a "did you mean", like every Tollgate config file.
 */
function loadProjectConfig(cwd = process.cwd(), path) {
    const file = path ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, PROJECT_CONFIG_FILE);
    if (path === undefined && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file)) {
        return { file: undefined, registry: (0,_registry_registry_config_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRegistryConfig */ .X)(undefined, PROJECT_CONFIG_FILE), section: () => undefined };
    }
    const root = (0,_config_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYamlSource */ .W)((0,_user_files_js__WEBPACK_IMPORTED_MODULE_4__/* .readUserFile */ .E1)(file, 'project configuration'), path ?? PROJECT_CONFIG_FILE);
    if (root.kind === 'null') {
        return { file, registry: (0,_registry_registry_config_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRegistryConfig */ .X)(undefined, PROJECT_CONFIG_FILE), section: () => undefined };
    }
    root.assertKeys(PROJECT_CONFIG_SECTIONS, 'section');
    return {
        file,
        registry: (0,_registry_registry_config_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRegistryConfig */ .X)(root.get('registry')?.toValue(), path ?? PROJECT_CONFIG_FILE),
        section: (name) => root.get(name)
    };
}


/***/ }),

/***/ 68302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ parseYamlSource)
/* harmony export */ });
/* unused harmony export YamlNode */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32635);
/* harmony import */ var _text_closest_name_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28863);



/**
 * YAML configuration files (checks, gate rules, .tollgate.yml) read with their line numbers, so
 * every complaint points at the exact line and column of the user's file — and a failing check
 * can be annotated on the line that declared it.
 */
class YamlNode {
    node;
    file;
    lines;
    path;
    constructor(node, file, lines, 
    /** Dotted path of this node, e.g. `columns.age.between`, for messages. */
    path) {
        this.node = node;
        this.file = file;
        this.lines = lines;
        this.path = path;
    }
    /** 1-based line/column of this node in the file. */
    get location() {
        const offset = this.node?.range?.[0];
        if (offset === undefined)
            return { file: this.file };
        const position = this.lines.linePos(offset);
        return { file: this.file, line: position.line, column: position.col };
    }
    error(detail) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(this.location, this.path === '' ? detail : `${this.path}: ${detail}`);
    }
    get kind() {
        if (this.node === null)
            return 'null';
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(this.node))
            return 'map';
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(this.node))
            return 'list';
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(this.node) && this.node.value === null)
            return 'null';
        return 'scalar';
    }
    /** The plain JS value of the whole node (mappings as objects, lists as arrays). */
    toValue() {
        if (this.node === null)
            return null;
        return this.node.toJSON();
    }
    /** The plain JS value of a scalar (string, number, boolean or null). */
    get scalar() {
        return this.node !== null && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(this.node) ? this.node.value : undefined;
    }
    /** Entries of a mapping with their key nodes (for key locations). */
    entries() {
        if (this.node === null || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(this.node))
            throw this.error(`expected a mapping (key: value lines), found ${this.describe()}`);
        return this.node.items.map((pair) => {
            const keyNode = pair.key;
            const key = keyNode !== null && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(keyNode) ? String(keyNode.value) : String(keyNode);
            const childPath = this.path === '' ? key : `${this.path}.${key}`;
            return {
                key,
                keyNode: new YamlNode(keyNode, this.file, this.lines, childPath),
                value: new YamlNode(pair.value ?? null, this.file, this.lines, childPath)
            };
        });
    }
    /** Items of a sequence. */
    items() {
        if (this.node === null || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(this.node))
            throw this.error(`expected a list, found ${this.describe()}`);
        return this.node.items.map((item, index) => new YamlNode(item ?? null, this.file, this.lines, `${this.path}[${index}]`));
    }
    /** The child under `key` in a mapping, or undefined. */
    get(key) {
        if (this.kind !== 'map')
            return undefined;
        return this.entries().find((entry) => entry.key === key)?.value;
    }
    /**
     * Rejects keys outside `allowed`, suggesting the nearest one: `beteen` → "did you mean between?".
     */
    assertKeys(allowed, what = 'key') {
        for (const { key, keyNode } of this.entries()) {
            if (allowed.includes(key))
                continue;
            const suggestion = (0,_text_closest_name_js__WEBPACK_IMPORTED_MODULE_2__/* .closestName */ .N)(key, allowed);
            throw keyNode.error(`unknown ${what} "${key}"${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}; expected one of: ${allowed.join(', ')}`);
        }
    }
    asString() {
        const value = this.scalar;
        if (typeof value === 'string')
            return value;
        if (typeof value === 'number' || typeof value === 'boolean')
            return String(value);
        throw this.error(`expected a text value, found ${this.describe()}`);
    }
    asNumber() {
        const value = this.scalar;
        if (typeof value === 'number' && !Number.isNaN(value))
            return value;
        throw this.error(`expected a number, found ${this.describe()}`);
    }
    asBoolean() {
        const value = this.scalar;
        if (typeof value === 'boolean')
            return value;
        throw this.error(`expected true or false, found ${this.describe()}`);
    }
    asStringList() {
        if (this.kind === 'scalar')
            return [this.asString()];
        return this.items().map((item) => item.asString());
    }
    /** A short description of what the node holds, for "expected X, found Y" messages. */
    describe() {
        switch (this.kind) {
            case 'map':
                return 'a mapping';
            case 'list':
                return 'a list';
            case 'null':
                return 'nothing (an empty value)';
            case 'scalar': {
                const value = this.scalar;
                return `${typeof value} ${JSON.stringify(value)}`;
            }
        }
    }
}
/** Parses YAML text; syntax errors become InputErrors at the offending line. */
function parseYamlSource(text, file) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    const problem = document.errors[0];
    if (problem !== undefined) {
        const position = lines.linePos(problem.pos[0]);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file, line: position.line, column: position.col }, `invalid YAML: ${problem.message.split('\n')[0]}`);
    }
    return new YamlNode(document.contents ?? null, file, lines, '');
}


/***/ }),

/***/ 15399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ spcCheck)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/adapters/user-files.ts
var user_files = __webpack_require__(24574);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
;// CONCATENATED MODULE: ./shared/report/spc-report.ts
/**
 * The JSON report of spc-check (schema: shared/report/schemas/spc-report.schema.json). One entry
 * per charted metric, each carrying the full chart (every point with its value, centre line,
 * limits, zone and the rules it violates), the rule hits by rule id with 1-based point indices,
 * and which points were judged for this run.
 *
 * "This run" is the point this run added to the history (stateful mode); in stateless mode, and
 * when the history is only read, it is the newest point. `in_control` is false when a rule with
 * severity error fires on such a point. Older violations are history: reported, never failed on
 * again.
 */
const SPC_REPORT_SCHEMA_ID = 'https://tollgate.dev/schemas/spc-report.schema.json';
/** Rule id → 1-based indices over all panels (a point flagged on two panels is listed once). */
function ruleHits(violations) {
    const hits = {};
    for (const violation of violations) {
        const list = (hits[violation.rule] ??= []);
        if (!list.includes(violation.index))
            list.push(violation.index);
    }
    return hits;
}
/** The report entry of one computed chart, judged on its `current` points. */
function chartReport(input) {
    const { result } = input;
    const current = [...input.current];
    const currentViolations = result.violations.filter((violation) => current.includes(violation.index));
    const inControl = !currentViolations.some((violation) => violation.severity === 'error');
    return {
        name: input.name,
        metric: input.metric,
        kind: input.kind,
        chart: result.chart,
        status: !inControl ? 'out-of-control' : currentViolations.length > 0 ? 'warning' : 'in-control',
        in_control: inControl,
        points: result.panels[0]?.points.length ?? 0,
        current,
        current_violations: currentViolations,
        rule_hits: ruleHits(result.violations),
        note: null,
        result
    };
}
/** The entry of a chart that has too few points to estimate limits yet. */
function collectingReport(input) {
    return {
        name: input.name,
        metric: input.metric,
        kind: input.kind,
        chart: input.chart,
        status: 'collecting-baseline',
        in_control: true,
        points: input.points,
        current: input.points > 0 ? [input.points] : [],
        current_violations: [],
        rule_hits: {},
        note: `${input.points} point${input.points === 1 ? '' : 's'} so far; limits need at least ` +
            `${input.needed} baseline points, so nothing is judged yet`,
        result: null
    };
}
/** The whole report, with the verdict at the `failOn` level. */
function buildSpcReport(input) {
    const { charts } = input;
    const currentViolations = charts.flatMap((chart) => chart.current_violations);
    const currentErrors = currentViolations.filter((violation) => violation.severity === 'error');
    const inControl = currentErrors.length === 0;
    const passed = input.failOn === 'never' ||
        (input.failOn === 'error' ? inControl : currentViolations.length === 0);
    return {
        $schema: SPC_REPORT_SCHEMA_ID,
        tool: { name: 'tollgate', version: input.version },
        action: 'spc-check',
        generated_at: input.generatedAt,
        mode: input.mode,
        series: input.series,
        store: input.store,
        record: input.record,
        fail_on: input.failOn,
        in_control: inControl,
        passed,
        summary: {
            charts: charts.length,
            out_of_control: charts.filter((chart) => !chart.in_control).length,
            collecting_baseline: charts.filter((chart) => chart.status === 'collecting-baseline').length,
            violations: charts.reduce((sum, chart) => sum + (chart.result?.violations.length ?? 0), 0),
            current_violations: currentViolations.length,
            current_errors: currentErrors.length
        },
        damaged_records: input.damaged,
        superseded_records: input.superseded,
        warnings: input.warnings,
        charts
    };
}

// EXTERNAL MODULE: ./shared/spc/series-input.ts
var series_input = __webpack_require__(74633);
;// CONCATENATED MODULE: ./shared/spc/baseline-plan.ts

/**
 * The phase I / phase II split of a series (stats-reference.md §1.1): the first `baseline` points
 * are phase I, the rest phase II; phase-I points marked as assignable causes are excluded from
 * estimation and from the run-rule sequence, exactly as if they had been removed from the data
 * (the qcc vignette's orangejuice, circuit and viscosity re-baselining).
 */
const DEFAULT_BASELINE = 20;
/** Below this many phase-I points the limits are unreliable (NIST, Montgomery: m ≥ 20–25). */
const RECOMMENDED_BASELINE = 20;
/** The fewest points from which any limits can be estimated (I-MR needs two for one moving range). */
const MINIMUM_BASELINE = 2;
/**
 * Splits a series into phase I and II, validates `baseline` and `exclude`, and refuses to estimate
 * from fewer than 2 points (warning below 20). Throws InputError naming the series.
 */
function planBaseline(context, request) {
    const { pointCount } = request;
    if (pointCount === 0)
        throw (0,series_input/* seriesError */.Au)(context, 'the series has no points');
    const requested = request.baseline ?? DEFAULT_BASELINE;
    if (!Number.isInteger(requested) || requested < 0) {
        throw (0,series_input/* seriesError */.Au)(context, `baseline must be a whole number of points ≥ 0, got ${requested}`);
    }
    const warnings = [];
    const size = Math.min(requested, pointCount);
    if (requested > pointCount) {
        warnings.push(`baseline of ${requested} points requested but the series has only ${pointCount}; ` +
            `all ${pointCount} points are phase I`);
    }
    const excluded = new Array(pointCount).fill(false);
    for (const index of request.exclude ?? []) {
        if (!Number.isInteger(index) || index < 1 || index > size) {
            throw (0,series_input/* seriesError */.Au)(context, `exclude lists point ${index}, but only phase-I points 1..${size} can be excluded ` +
                '(they are left out of the limit estimation)');
        }
        excluded[index - 1] = true;
    }
    const phases = [];
    const estimationIndices = [];
    const sequenceIndices = [];
    const excludedIndices = [];
    for (let i = 0; i < pointCount; i++) {
        phases.push(i < size ? 'I' : 'II');
        if (excluded[i]) {
            excludedIndices.push(i + 1);
            continue;
        }
        sequenceIndices.push(i);
        if (i < size)
            estimationIndices.push(i);
    }
    const used = estimationIndices.length;
    if (request.needsEstimation) {
        if (used < MINIMUM_BASELINE) {
            throw (0,series_input/* seriesError */.Au)(context, `${request.chartName} needs at least ${MINIMUM_BASELINE} baseline (phase I) points ` +
                `to estimate its limits, got ${used}` +
                (excludedIndices.length > 0 ? ` after excluding ${excludedIndices.length}` : ''));
        }
        if (used < RECOMMENDED_BASELINE) {
            warnings.push(`limits estimated from only ${used} baseline points; at least ${RECOMMENDED_BASELINE} are ` +
                'recommended, so treat the limits as provisional');
        }
    }
    return {
        phases,
        excluded,
        summary: { requested, size, used, excluded: excludedIndices },
        estimationIndices,
        sequenceIndices,
        warnings
    };
}

// EXTERNAL MODULE: ./shared/spc/chart-types.ts
var chart_types = __webpack_require__(26025);
;// CONCATENATED MODULE: ./shared/spc/chart-choice.ts


const METRIC_KINDS = [
    'proportion',
    'defect-count',
    'event-rate',
    'measurement'
];
/** Largest subgroup size for which X̄-R is the default (beyond it, X̄-S). */
const LARGEST_RANGE_CHART_DEFAULT = 10;
/** The chart for a metric: the user's override, else the default for its kind. */
function chooseChart(metric) {
    if (metric.chart !== undefined) {
        if (!chart_types/* CHART_TYPES */.X.includes(metric.chart)) {
            throw new errors/* UsageError */.eb(`unknown chart ${JSON.stringify(metric.chart)}; expected one of ${chart_types/* CHART_TYPES */.X.join(', ')}`);
        }
        return metric.chart;
    }
    switch (metric.kind) {
        case 'proportion':
            return 'p';
        case 'defect-count':
            return 'c';
        case 'event-rate':
            return 'u';
        case 'measurement': {
            const n = metric.subgroupSize ?? 1;
            if (n <= 1)
                return 'imr';
            return n <= LARGEST_RANGE_CHART_DEFAULT ? 'xbar-r' : 'xbar-s';
        }
        default:
            throw new errors/* UsageError */.eb(`unknown metric kind ${JSON.stringify(metric.kind)}; expected one of ${METRIC_KINDS.join(', ')}`);
    }
}

;// CONCATENATED MODULE: ./shared/spc/chart-computation.ts

/** Symmetric limits CL ± L·σ_i, optionally clipped to the statistic's range [floor, ceiling]. */
function limitRow(value, center, sigma, nsigmas, floor = -Infinity, ceiling = Infinity) {
    return {
        value,
        center,
        sigma,
        lcl: Math.max(floor, center - nsigmas * sigma),
        ucl: Math.min(ceiling, center + nsigmas * sigma)
    };
}
/** A known value given by the caller: finite (and within `check` when given). */
function knownParameter(context, name, value, check) {
    if (value === undefined)
        return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw (0,series_input/* seriesError */.Au)(context, `${name} must be a finite number, got ${String(value)}`);
    }
    if (check !== undefined && !check.test(value)) {
        throw (0,series_input/* seriesError */.Au)(context, `${name} must be ${check.expected}, got ${value}`);
    }
    return value;
}
/** Known sigma: finite and > 0. */
function knownSigma(context, sigma) {
    return knownParameter(context, 'sigma', sigma, { test: (x) => x > 0, expected: 'positive' });
}
/** The warning for a zero sigma estimate (all baseline values equal). */
function zeroSigmaWarning(what) {
    return (`estimated ${what} is 0 (the baseline shows no variation), so the limits collapse onto the ` +
        'centre line and any different value signals');
}
/** Validates a sigma method against the ones a chart supports. */
function chooseSigmaMethod(context, requested, allowed, fallback, chartName) {
    if (requested === undefined)
        return fallback;
    if (!allowed.includes(requested)) {
        throw (0,series_input/* seriesError */.Au)(context, `sigma method ${JSON.stringify(requested)} is not available for ${chartName}; ` +
            `expected one of ${allowed.join(', ')}`);
    }
    return requested;
}

// EXTERNAL MODULE: ./shared/spc/chart-constants.ts + 1 modules
var chart_constants = __webpack_require__(80991);
// EXTERNAL MODULE: ./shared/spc/sigma-estimators.ts
var sigma_estimators = __webpack_require__(97148);
;// CONCATENATED MODULE: ./shared/spc/subgroup-charts.ts





/** Reads every point's `subgroup`, checking sizes against what the chart accepts. */
function readSubgroups(inputs, maximumSize, chartName) {
    const { points } = inputs.options;
    return points.map((_, i) => (0,sigma_estimators/* summarizeSubgroup */.XO)((0,series_input/* readSubgroup */.cJ)(inputs.context, points, i, 2, maximumSize, chartName)));
}
/** The centre line of a panel when every point shares it, else null. */
function commonCenter(rows) {
    const first = rows[0]?.center;
    return first !== undefined && rows.every((row) => row.center === first) ? first : null;
}
/**
 * Estimated or known (μ, σ) from subgroups (stats-reference.md §1.4, qcc 3.0 defaults):
 * μ = Σ n_i x̄_i / Σ n_i over the estimation subgroups; σ by UWAVE-R (X̄-R, EWMA, CUSUM) or UWAVE-SD
 * (X̄-S), switching to RMSDF when any estimation subgroup has n > 25 and no method was named.
 */
function subgroupParameters(inputs, subgroups, fallback, chartName) {
    const { options, context, plan, constants } = inputs;
    const baseline = plan.estimationIndices.map((i) => subgroups[i]);
    const large = baseline.some((s) => s.size > chart_constants/* MAX_RANGE_SUBGROUP_SIZE */.t$);
    const method = chooseSigmaMethod(context, options.sigmaMethod, sigma_estimators/* SUBGROUP_SIGMA_METHODS */.ty, large ? 'rmsdf' : fallback, chartName);
    const target = knownParameter(context, 'target', options.target);
    const given = knownSigma(context, options.sigma);
    if (given === undefined && method === 'uwave-r' && large && constants === 'qcc') {
        throw (0,series_input/* seriesError */.Au)(context, `sigma method uwave-r needs baseline subgroups of at most ${chart_constants/* MAX_RANGE_SUBGROUP_SIZE */.t$} ` +
            "observations with qcc's d2 table; use sigmaMethod rmsdf or uwave-sd, or constants exact");
    }
    const warnings = [];
    const sigma = given ?? (0,sigma_estimators/* subgroupSigma */.XY)(baseline, method, constants);
    if (given === undefined && sigma === 0)
        warnings.push(zeroSigmaWarning('sigma'));
    let weighted = 0;
    let total = 0;
    for (const s of baseline) {
        weighted += s.size * s.mean;
        total += s.size;
    }
    return {
        center: target ?? weighted / total,
        centerSource: target === undefined ? 'baseline' : 'target',
        sigma,
        method: given === undefined ? method : 'known',
        warnings
    };
}
/** n-weighted mean of a subgroup statistic over the estimation subgroups (qcc `stats.R`, `stats.S`). */
function weightedBaselineMean(inputs, subgroups, statistic) {
    let weighted = 0;
    let total = 0;
    for (const i of inputs.plan.estimationIndices) {
        const s = subgroups[i];
        weighted += s.size * statistic(s);
        total += s.size;
    }
    return weighted / total;
}
/**
 * X̄-R and X̄-S charts for subgroups (stats-reference.md §1.4; Montgomery §6.2–6.3; qcc "xbar",
 * "R", "S"), equal or unequal n:
 * - X̄: CL = μ̂, σ_i = σ̂/√n_i, limits CL ± L·σ_i (= x̿ ± A2 R̄ or ± A3 s̄ for equal n, L = 3);
 * - R (n = 2..25): σ_R,i = d3(n_i)·σ̂, CL = Σ n_i R_i / Σ n_i (= R̄ for equal n; qcc), or d2(n_i)·σ
 *   for a known σ; LCL clipped at 0 (= D3 R̄, D4 R̄ for equal n);
 * - S: σ_S,i = σ̂·sqrt(1 − c4(n_i)²), CL = Σ n_i s_i / Σ n_i (= s̄), or c4(n_i)·σ for a known σ;
 *   LCL clipped at 0 (= B3 s̄, B4 s̄).
 */
function subgroupChart(inputs, kind) {
    const { nsigmas, constants, options } = inputs;
    const chartName = chart_types/* CHART_NAMES */.q[kind];
    const subgroups = readSubgroups(inputs, kind === 'xbar-r' ? chart_constants/* MAX_RANGE_SUBGROUP_SIZE */.t$ : Infinity, chartName);
    const parameters = subgroupParameters(inputs, subgroups, kind === 'xbar-r' ? 'uwave-r' : 'uwave-sd', chartName);
    const { center, sigma } = parameters;
    const known = options.sigma !== undefined;
    const meanRows = subgroups.map((s) => ({
        ...limitRow(s.mean, center, sigma / Math.sqrt(s.size), nsigmas),
        size: s.size
    }));
    let spreadRows;
    if (kind === 'xbar-r') {
        const estimatedCenter = known ? 0 : weightedBaselineMean(inputs, subgroups, (s) => s.range);
        spreadRows = subgroups.map((s) => ({
            ...limitRow(s.range, known ? (0,chart_constants.d2)(s.size, constants) * sigma : estimatedCenter, (0,chart_constants.d3)(s.size, constants) * sigma, nsigmas, 0),
            size: s.size
        }));
    }
    else {
        const estimatedCenter = known ? 0 : weightedBaselineMean(inputs, subgroups, (s) => s.sd);
        spreadRows = subgroups.map((s) => {
            const bias = (0,chart_constants.c4)(s.size);
            return {
                ...limitRow(s.sd, known ? bias * sigma : estimatedCenter, sigma * Math.sqrt(1 - bias * bias), nsigmas, 0),
                size: s.size
            };
        });
    }
    return {
        center,
        centerSource: parameters.centerSource,
        sigma,
        sigmaSource: parameters.method,
        panels: [
            { statistic: 'mean', center, rows: meanRows, tests: 'run-rules', zones: true },
            {
                statistic: kind === 'xbar-r' ? 'range' : 'standard-deviation',
                center: commonCenter(spreadRows),
                rows: spreadRows,
                tests: 'limits',
                zones: true
            }
        ],
        warnings: parameters.warnings,
        capabilityBasis: { mean: center, sigma }
    };
}

;// CONCATENATED MODULE: ./shared/spc/attribute-charts.ts




/** Defectives d_i out of n_i items: 0 ≤ d_i ≤ n_i, n_i > 0. */
function readDefectives(inputs) {
    const { context, options } = inputs;
    const { points } = options;
    const counts = [];
    const sizes = [];
    points.forEach((_, i) => {
        const count = (0,series_input/* readCount */._0)(context, points, i);
        const size = (0,series_input/* readSize */.ik)(context, points, i, true);
        if (count > size) {
            throw (0,series_input/* pointError */.Vy)(context, i, `count of defectives ${count} exceeds the number of items inspected (size ${size})`);
        }
        counts.push(count);
        sizes.push(size);
    });
    return { counts, sizes };
}
/** Every point must have the size of the first one (np charts; c charts when sizes are given). */
function requireEqualSizes(inputs, sizes, chartName, remedy) {
    const first = sizes[0];
    const show = (size) => (size === undefined ? '(none)' : String(size));
    sizes.forEach((size, i) => {
        if (size !== first) {
            throw (0,series_input/* pointError */.Vy)(inputs.context, i, `size ${show(size)} differs from the first point's size ${show(first)}; ${chartName} ` +
                `needs a constant sample size (${remedy})`);
        }
    });
}
function sumOver(indices, values) {
    let sum = 0;
    for (const i of indices)
        sum += values[i];
    return sum;
}
function degenerateWarning(symbol, value) {
    return (`${symbol} = ${value}: a process at this level has no variation, so the limits collapse onto ` +
        'the centre line and any change signals');
}
/** The chart for one attribute chart type. */
function attributeChart(inputs, chart) {
    return chart === 'c' || chart === 'u' ? poissonChart(inputs, chart) : binomialChart(inputs, chart);
}
/**
 * c chart (CL c̄, limits c̄ ± L·sqrt(c̄)) and u chart (CL ū = Σc/Σn, limits ū ± L·sqrt(ū/n_i)), LCL
 * clipped at 0. The reported process sigma is sqrt(c̄) or sqrt(ū) per inspection unit (qcc).
 */
function poissonChart(inputs, chart) {
    const { context, options, plan, nsigmas } = inputs;
    const { points } = options;
    const counts = points.map((_, i) => (0,series_input/* readCount */._0)(context, points, i));
    const sizes = points.map((_, i) => (0,series_input/* readSize */.ik)(context, points, i, chart === 'u'));
    if (chart === 'c') {
        requireEqualSizes(inputs, sizes, chart_types/* CHART_NAMES */.q.c, 'use a u chart for varying exposure');
    }
    const exposures = sizes.map((size) => (chart === 'u' ? size : 1));
    const target = knownParameter(context, 'target', options.target, {
        test: (x) => x >= 0,
        expected: '≥ 0'
    });
    const estimation = plan.estimationIndices;
    const center = target ?? sumOver(estimation, counts) / sumOver(estimation, exposures);
    const rows = counts.map((count, i) => {
        const exposure = exposures[i];
        const row = limitRow(count / exposure, center, Math.sqrt(center / exposure), nsigmas, 0);
        return sizes[i] === undefined ? row : { ...row, size: sizes[i] };
    });
    return {
        center,
        centerSource: target === undefined ? 'baseline' : 'target',
        sigma: Math.sqrt(center),
        sigmaSource: 'poisson',
        panels: [
            { statistic: chart === 'c' ? 'count' : 'rate', center, rows, tests: 'run-rules', zones: true }
        ],
        warnings: center === 0 ? [degenerateWarning(chart === 'c' ? 'c̄' : 'ū', 0)] : [],
        capabilityBasis: null
    };
}
/**
 * p chart (p_i = d_i/n_i against p̄ ± L·sqrt(p̄(1−p̄)/n_i), clipped to [0, 1]), np chart (d_i against
 * n·p̄ ± L·sqrt(n·p̄(1−p̄)), clipped to [0, n]; constant n) and standardized p chart
 * (z_i = (p_i − p̄)/σ_i against ±L; qcc vignette `p.std`). The reported process sigma is
 * sqrt(p̄(1−p̄)) per item.
 */
function binomialChart(inputs, chart) {
    const { context, options, plan, nsigmas } = inputs;
    const { counts, sizes } = readDefectives(inputs);
    if (chart === 'np') {
        requireEqualSizes(inputs, sizes, chart_types/* CHART_NAMES */.q.np, 'use a p chart for varying sample sizes');
    }
    const target = knownParameter(context, 'target', options.target, {
        test: (x) => x >= 0 && x <= 1,
        expected: 'a fraction in [0, 1]'
    });
    const estimation = plan.estimationIndices;
    const pbar = target ?? sumOver(estimation, counts) / sumOver(estimation, sizes);
    const unitSigma = Math.sqrt(pbar * (1 - pbar));
    if (chart === 'p-standardized' && unitSigma === 0) {
        throw (0,series_input/* seriesError */.Au)(context, `${chart_types/* CHART_NAMES */.q[chart]} needs 0 < p̄ < 1 to standardize, but p̄ = ${pbar}; use a p chart`);
    }
    const rows = counts.map((count, i) => {
        const n = sizes[i];
        const sigma = unitSigma / Math.sqrt(n);
        switch (chart) {
            case 'p':
                return { ...limitRow(count / n, pbar, sigma, nsigmas, 0, 1), size: n };
            case 'np':
                return { ...limitRow(count, n * pbar, n * sigma, nsigmas, 0, n), size: n };
            case 'p-standardized':
                return { ...limitRow((count / n - pbar) / sigma, 0, 1, nsigmas), size: n };
        }
    });
    const statistics = {
        p: 'proportion',
        np: 'defectives',
        'p-standardized': 'standardized-proportion'
    };
    return {
        center: pbar,
        centerSource: target === undefined ? 'baseline' : 'target',
        sigma: unitSigma,
        sigmaSource: 'binomial',
        panels: [
            {
                statistic: statistics[chart],
                center: commonCenter(rows),
                rows,
                tests: 'run-rules',
                zones: true
            }
        ],
        warnings: pbar === 0 || pbar === 1 ? [degenerateWarning('p̄', pbar)] : [],
        capabilityBasis: null
    };
}

// EXTERNAL MODULE: ./shared/stats/moments.ts
var moments = __webpack_require__(23419);
;// CONCATENATED MODULE: ./shared/spc/individuals-chart.ts






/**
 * Estimated or known (μ, σ) of individual values from the estimation points (stats-reference.md
 * §1.3). Shared by the I-MR chart and the individuals forms of EWMA and CUSUM.
 */
function individualsParameters(inputs, values, chartName) {
    const { options, context, plan, constants } = inputs;
    const method = chooseSigmaMethod(context, options.sigmaMethod, sigma_estimators/* INDIVIDUALS_SIGMA_METHODS */.w4, 'average-moving-range', chartName);
    const baselineValues = plan.estimationIndices.map((i) => values[i]);
    const target = knownParameter(context, 'target', options.target);
    const given = knownSigma(context, options.sigma);
    const warnings = [];
    const sigma = given ?? (0,sigma_estimators/* individualsSigma */.W5)(baselineValues, method, constants);
    if (given === undefined && sigma === 0)
        warnings.push(zeroSigmaWarning('sigma'));
    return {
        center: target ?? (0,moments/* mean */.i2)(baselineValues),
        centerSource: target === undefined ? 'baseline' : 'target',
        sigma,
        method: given === undefined ? method : 'known',
        warnings
    };
}
/** Reads every point's `value`. */
function readIndividuals(inputs) {
    const { points } = inputs.options;
    return points.map((_, i) => (0,series_input/* readValue */.wK)(inputs.context, points, i));
}
/**
 * Individuals and moving range chart (stats-reference.md §1.3; Montgomery §6.4; qcc "xbar.one").
 * I chart: CL = mean of the baseline values (or target), limits CL ± L·σ̂.
 * MR chart: the moving range of span 2 over the tested sequence (excluded points removed, as if
 * deleted from the data, so the range after an excluded point spans it); CL = MRbar with the
 * average-MR estimate (= d2(2)·σ̂ in general), σ_MR = d3(2)·σ̂, LCL clipped at 0. With L = 3 and
 * qcc's constants the MR UCL is D4(2)·MRbar = 3.267 MRbar.
 */
function individualsChart(inputs) {
    const { plan, nsigmas, constants } = inputs;
    const values = readIndividuals(inputs);
    const parameters = individualsParameters(inputs, values, chart_types/* CHART_NAMES */.q.imr);
    const { center, sigma } = parameters;
    const individualRows = values.map((x) => limitRow(x, center, sigma, nsigmas));
    const baselineValues = plan.estimationIndices.map((i) => values[i]);
    const movingRangeCenter = parameters.method === 'average-moving-range'
        ? (0,moments/* mean */.i2)((0,sigma_estimators/* movingRanges */.bH)(baselineValues))
        : (0,chart_constants.d2)(2, constants) * sigma;
    const movingRangeSigma = (0,chart_constants.d3)(2, constants) * sigma;
    const movingRangeRows = values.map(() => limitRow(null, movingRangeCenter, movingRangeSigma, nsigmas, 0));
    const sequence = plan.sequenceIndices;
    for (let q = 1; q < sequence.length; q++) {
        const row = movingRangeRows[sequence[q]];
        row.value = Math.abs(values[sequence[q]] - values[sequence[q - 1]]);
    }
    return {
        center,
        centerSource: parameters.centerSource,
        sigma,
        sigmaSource: parameters.method,
        panels: [
            { statistic: 'individual', center, rows: individualRows, tests: 'run-rules', zones: true },
            {
                statistic: 'moving-range',
                center: movingRangeCenter,
                rows: movingRangeRows,
                tests: 'limits',
                zones: true
            }
        ],
        warnings: parameters.warnings,
        capabilityBasis: { mean: center, sigma }
    };
}

;// CONCATENATED MODULE: ./shared/spc/process-observations.ts



/** Reads values or subgroups (all points the same kind) and resolves μ0 and σ for EWMA/CUSUM. */
function readProcessObservations(inputs, chartName) {
    const { points } = inputs.options;
    const subgrouped = (0,series_input/* hasSubgroup */.eb)(points, 0);
    points.forEach((_, i) => {
        if ((0,series_input/* hasSubgroup */.eb)(points, i) !== subgrouped) {
            throw (0,series_input/* pointError */.Vy)(inputs.context, i, `expected ${subgrouped ? 'a subgroup' : 'a single value'} like point 1; ${chartName} ` +
                'takes either individual values or subgroups, not both');
        }
    });
    if (!subgrouped) {
        const values = readIndividuals(inputs);
        const parameters = individualsParameters(inputs, values, chartName);
        return {
            values,
            sizes: values.map(() => 1),
            subgrouped,
            center: parameters.center,
            centerSource: parameters.centerSource,
            sigma: parameters.sigma,
            sigmaSource: parameters.method,
            warnings: parameters.warnings
        };
    }
    const subgroups = readSubgroups(inputs, Infinity, chartName);
    const parameters = subgroupParameters(inputs, subgroups, 'uwave-r', chartName);
    return {
        values: subgroups.map((s) => s.mean),
        sizes: subgroups.map((s) => s.size),
        subgrouped,
        center: parameters.center,
        centerSource: parameters.centerSource,
        sigma: parameters.sigma,
        sigmaSource: parameters.method,
        warnings: parameters.warnings
    };
}

;// CONCATENATED MODULE: ./shared/spc/cusum-chart.ts




/** qcc defaults: se.shift = 1 (k = 0.5) and decision.interval = 5. */
const DEFAULT_CUSUM_K = 0.5;
const DEFAULT_CUSUM_H = 5;
/**
 * Tabular two-sided CUSUM (stats-reference.md §1.7; Montgomery §9.1, qcc `cusum`), in sigma units:
 * z_q = (x_q − μ0)/(σ/√n_q), C+_q = max(0, C+_{q−1} + z_q − k), C−_q = max(0, C−_{q−1} − z_q − k),
 * C±_0 = head start. A point signals when C > h (strict); sums are never reset after a signal,
 * so every point of a sustained shift is reported. N± counts consecutive periods with C > 0; the
 * shift is estimated to have begun after period (first signal − N) with mean μ0 ± (k + C/N)·σ/√n.
 * The upper and lower sums are two panels ('cusum-upper', 'cusum-lower'), both plotted as
 * non-negative values against the decision interval h.
 */
function cusumChart(inputs) {
    const { context, options, plan } = inputs;
    const k = knownParameter(context, 'k', options.k, { test: (x) => x >= 0, expected: '≥ 0' }) ??
        DEFAULT_CUSUM_K;
    const h = knownParameter(context, 'h', options.h, { test: (x) => x > 0, expected: 'positive' }) ??
        DEFAULT_CUSUM_H;
    const headStart = knownParameter(context, 'headStart', options.headStart, {
        test: (x) => x >= 0 && x < h,
        expected: `in [0, h) = [0, ${h})`
    }) ?? 0;
    const observations = readProcessObservations(inputs, chart_types/* CHART_NAMES */.q.cusum);
    const { center, sigma, values, sizes } = observations;
    if (!(sigma > 0)) {
        throw (0,series_input/* seriesError */.Au)(context, 'a CUSUM chart needs a positive sigma, but the baseline shows no variation; give sigma');
    }
    const upper = { sum: headStart, run: 0, signalled: false };
    const lower = { sum: headStart, run: 0, signalled: false };
    const upperRows = [];
    const lowerRows = [];
    const shifts = [];
    const sequence = plan.sequenceIndices;
    let position = -1;
    const advance = (state, step, side, i) => {
        state.sum = Math.max(0, state.sum + step);
        state.run = state.sum > 0 ? state.run + 1 : 0;
        if (state.sum === 0)
            state.signalled = false;
        if (state.sum > h && !state.signalled) {
            state.signalled = true;
            const before = position - state.run;
            const scale = sigma / Math.sqrt(sizes[i]);
            const offset = (k + state.sum / state.run) * scale;
            shifts.push({
                side,
                firstSignal: i + 1,
                runLength: state.run,
                firstAffected: sequence[before + 1] + 1,
                shiftAfter: before >= 0 ? sequence[before] + 1 : null,
                estimatedMean: side === 'upper' ? center + offset : center - offset
            });
        }
    };
    values.forEach((x, i) => {
        const n = sizes[i];
        const scale = sigma / Math.sqrt(n);
        const common = {
            center: 0,
            sigma: scale,
            lcl: null,
            ucl: h,
            ...(observations.subgrouped ? { size: n } : {}),
            observed: x
        };
        if (plan.excluded[i]) {
            upperRows.push({ ...common, value: null });
            lowerRows.push({ ...common, value: null });
            return;
        }
        position += 1;
        const z = (x - center) / scale;
        advance(upper, z - k, 'upper', i);
        advance(lower, -z - k, 'lower', i);
        upperRows.push({ ...common, value: upper.sum, runLength: upper.run });
        lowerRows.push({ ...common, value: lower.sum, runLength: lower.run });
    });
    return {
        center,
        centerSource: observations.centerSource,
        sigma,
        sigmaSource: observations.sigmaSource,
        panels: [
            { statistic: 'cusum-upper', center: 0, rows: upperRows, tests: 'cusum', zones: false },
            { statistic: 'cusum-lower', center: 0, rows: lowerRows, tests: 'cusum', zones: false }
        ],
        warnings: observations.warnings,
        capabilityBasis: null,
        cusum: { k, h, headStart, shifts }
    };
}

;// CONCATENATED MODULE: ./shared/spc/ewma-chart.ts



/** qcc's default smoothing weight. */
const DEFAULT_LAMBDA = 0.2;
/**
 * Sigma of the EWMA statistic after q observations of a subgroup of size n (stats-reference.md
 * §1.6; Montgomery eq. 9.25, qcc `ewma`, Minitab):
 * σ_z(q) = (σ/√n)·sqrt(λ/(2−λ)·(1 − (1−λ)^(2q))); the steady state drops the last factor (NIST
 * 6.3.2.4). With varying n each point uses its own n, as qcc does.
 */
function ewmaSigma(sigma, n, lambda, q, steadyState) {
    const startUp = steadyState ? 1 : 1 - (1 - lambda) ** (2 * q);
    return (sigma / Math.sqrt(n)) * Math.sqrt((lambda / (2 - lambda)) * startUp);
}
/**
 * EWMA chart: z_0 = μ0 (target, else the phase-I mean), z_q = λ·x_q + (1 − λ)·z_{q−1} over the
 * tested sequence (phase I then phase II; excluded points are skipped as if deleted), limits
 * μ0 ± L·σ_z(q), time-varying unless `steadyState`. A signal is z_q strictly beyond its limits.
 */
function ewmaChart(inputs) {
    const { context, options, plan, nsigmas } = inputs;
    const lambda = knownParameter(context, 'lambda', options.lambda, {
        test: (x) => x > 0 && x <= 1,
        expected: 'in (0, 1]'
    }) ?? DEFAULT_LAMBDA;
    const steadyState = options.steadyState === true;
    const observations = readProcessObservations(inputs, chart_types/* CHART_NAMES */.q.ewma);
    const { center, sigma, values, sizes } = observations;
    const sizeField = (n) => (observations.subgrouped ? { size: n } : {});
    let z = center;
    let q = 0;
    const rows = values.map((x, i) => {
        const n = sizes[i];
        if (plan.excluded[i]) {
            const width = ewmaSigma(sigma, n, lambda, Math.max(q, 1), steadyState);
            return { ...limitRow(null, center, width, nsigmas), ...sizeField(n), observed: x };
        }
        q += 1;
        z = lambda * x + (1 - lambda) * z;
        return {
            ...limitRow(z, center, ewmaSigma(sigma, n, lambda, q, steadyState), nsigmas),
            ...sizeField(n),
            observed: x
        };
    });
    return {
        center,
        centerSource: observations.centerSource,
        sigma,
        sigmaSource: observations.sigmaSource,
        panels: [{ statistic: 'ewma', center, rows, tests: 'ewma', zones: true }],
        warnings: observations.warnings,
        capabilityBasis: null,
        ewma: { lambda, limits: steadyState ? 'steady-state' : 'time-varying' }
    };
}

;// CONCATENATED MODULE: ./shared/spc/process-capability.ts
/**
 * Process capability indices from the within-subgroup sigma (stats-reference.md §1.9; Montgomery
 * §8.2, qcc `process.capability`):
 * Cp = (USL − LSL)/(6σ), Cp_l = (μ − LSL)/(3σ), Cp_u = (USL − μ)/(3σ), Cpk = min(Cp_l, Cp_u).
 * With one specification limit only its one-sided index exists and Cpk equals it; Cp needs both.
 * `sigma` must be the within-process estimate (R̄/d2, MR̄/d2(2)), not the overall sd.
 */
function processCapability(mean, sigma, specification) {
    const lower = specification.lower ?? null;
    const upper = specification.upper ?? null;
    const cpl = lower === null ? null : (mean - lower) / (3 * sigma);
    const cpu = upper === null ? null : (upper - mean) / (3 * sigma);
    const cp = lower === null || upper === null ? null : (upper - lower) / (6 * sigma);
    const cpk = cpl === null ? cpu : cpu === null ? cpl : Math.min(cpl, cpu);
    return { lower, upper, mean, sigma, cp, cpl, cpu, cpk };
}

// EXTERNAL MODULE: ./shared/spc/rule-selection.ts
var rule_selection = __webpack_require__(35436);
;// CONCATENATED MODULE: ./shared/spc/zones.ts
/**
 * Distance from the centre line to zone boundary `multiple` (1 = C/B, 2 = B/A), i.e.
 * (multiple/3)·L·σ_i. Written (multiple·L/3)·σ so that L = 3 gives exactly σ and 2σ, as qcc's
 * `nsigmas * k / 3` does.
 */
function zoneDistance(point, nsigmas, multiple) {
    return ((multiple * nsigmas) / 3) * point.sigma;
}
/** Strictly above the UCL. */
function isAboveLimit(point) {
    return point.ucl !== null && point.value > point.ucl;
}
/** Strictly below the LCL. */
function isBelowLimit(point) {
    return point.lcl !== null && point.value < point.lcl;
}
/** Strictly beyond zone boundary `multiple` on the upper side. */
function isAboveZone(point, nsigmas, multiple) {
    return point.value > point.center + zoneDistance(point, nsigmas, multiple);
}
/** Strictly beyond zone boundary `multiple` on the lower side. */
function isBelowZone(point, nsigmas, multiple) {
    return point.value < point.center - zoneDistance(point, nsigmas, multiple);
}
/** The zone label of a point (see Zone). */
function classifyZone(point, nsigmas) {
    if (isAboveLimit(point))
        return 'beyond-upper';
    if (isBelowLimit(point))
        return 'beyond-lower';
    if (point.value > point.center) {
        if (isAboveZone(point, nsigmas, 2))
            return 'upper-a';
        return isAboveZone(point, nsigmas, 1) ? 'upper-b' : 'upper-c';
    }
    if (point.value < point.center) {
        if (isBelowZone(point, nsigmas, 2))
            return 'lower-a';
        return isBelowZone(point, nsigmas, 1) ? 'lower-b' : 'lower-c';
    }
    return 'center-line';
}

;// CONCATENATED MODULE: ./shared/spc/run-rules.ts

/** Positions i where `condition` has held for at least `length` consecutive positions ending at i. */
function runCompletions(condition, length) {
    const positions = [];
    let run = 0;
    for (let i = 0; i < condition.length; i++) {
        run = condition[i] ? run + 1 : 0;
        if (run >= length)
            positions.push(i);
    }
    return positions;
}
function beyondLimits(points) {
    const positions = [];
    points.forEach((point, i) => {
        if (isAboveLimit(point) || isBelowLimit(point))
            positions.push(i);
    });
    return positions;
}
/** k of the last m points beyond zone boundary `multiple` on one side, the current one included. */
function kOfM(points, k, m, multiple, nsigmas) {
    const above = points.map((point) => isAboveZone(point, nsigmas, multiple));
    const below = points.map((point) => isBelowZone(point, nsigmas, multiple));
    const positions = [];
    for (let i = m - 1; i < points.length; i++) {
        for (const side of [above, below]) {
            if (!side[i])
                continue;
            let count = 0;
            for (let j = i - m + 1; j <= i; j++)
                if (side[j])
                    count++;
            if (count >= k)
                positions.push(i);
        }
    }
    return positions;
}
function sideRun(points, length) {
    const above = points.map((point) => point.value > point.center);
    const below = points.map((point) => point.value < point.center);
    return [...runCompletions(above, length), ...runCompletions(below, length)].sort((a, b) => a - b);
}
/** Nelson 3: `length` points in a row strictly increasing or strictly decreasing. */
function trend(points, length) {
    const rising = points.map((point, i) => i > 0 && point.value > points[i - 1].value);
    const falling = points.map((point, i) => i > 0 && point.value < points[i - 1].value);
    const moves = length - 1;
    return [...runCompletions(rising, moves), ...runCompletions(falling, moves)].sort((a, b) => a - b);
}
/** Nelson 4: `length` points in a row alternating up and down. */
function alternation(points, length) {
    const direction = points.map((point, i) => i === 0 ? 0 : Math.sign(point.value - points[i - 1].value));
    const changes = points.map((_, i) => i >= 2 && direction[i] !== 0 && direction[i - 1] !== 0 && direction[i] !== direction[i - 1]);
    return runCompletions(changes, length - 2);
}
/** Nelson 7: `length` points in a row within 1σ of the CL, boundaries included. */
function stratification(points, length, nsigmas) {
    const inside = points.map((point) => !isAboveZone(point, nsigmas, 1) && !isBelowZone(point, nsigmas, 1));
    return runCompletions(inside, length);
}
/** Nelson 8: the last `length` points all beyond ±1σ, with points on both sides. */
function mixture(points, length, nsigmas) {
    const above = points.map((point) => isAboveZone(point, nsigmas, 1));
    const below = points.map((point) => isBelowZone(point, nsigmas, 1));
    const positions = [];
    for (let i = length - 1; i < points.length; i++) {
        let allOutside = true;
        let anyAbove = false;
        let anyBelow = false;
        for (let j = i - length + 1; j <= i; j++) {
            allOutside &&= above[j] || below[j];
            anyAbove ||= above[j];
            anyBelow ||= below[j];
        }
        if (allOutside && anyAbove && anyBelow)
            positions.push(i);
    }
    return positions;
}
/** The 0-based positions violating one rule. */
function rulePositions(rule, points, nsigmas) {
    switch (rule) {
        case 'we-1':
        case 'nelson-1':
            return beyondLimits(points);
        case 'we-2':
        case 'nelson-5':
            return kOfM(points, 2, 3, 2, nsigmas);
        case 'we-3':
        case 'nelson-6':
            return kOfM(points, 4, 5, 1, nsigmas);
        case 'we-4':
            return sideRun(points, 8);
        case 'nelson-2':
            return sideRun(points, 9);
        case 'nelson-3':
            return trend(points, 6);
        case 'nelson-4':
            return alternation(points, 14);
        case 'nelson-7':
            return stratification(points, 15, nsigmas);
        case 'nelson-8':
            return mixture(points, 8, nsigmas);
    }
}
/** Every (rule, position) hit, rule by rule in the order given, positions ascending. */
function evaluateRunRules(points, rules, nsigmas) {
    const hits = [];
    for (const rule of rules) {
        for (const position of rulePositions(rule, points, nsigmas))
            hits.push({ rule, position });
    }
    return hits;
}

;// CONCATENATED MODULE: ./shared/spc/compute-chart.ts













/** Default width of the control limits, in sigmas of the plotted statistic. */
const DEFAULT_NSIGMAS = 3;
/** Options that only some charts read; giving one to another chart earns a warning. */
const OPTION_CHARTS = {
    lambda: ['ewma'],
    steadyState: ['ewma'],
    k: ['cusum'],
    h: ['cusum'],
    headStart: ['cusum'],
    sigmaMethod: ['imr', 'xbar-r', 'xbar-s', 'ewma', 'cusum'],
    specification: ['imr', 'xbar-r', 'xbar-s']
};
/**
 * Computes one control chart for one series: phase I / phase II split, limits estimated from the
 * baseline (or known), every point with its limits and zone, the selected run rules evaluated over
 * phase I + phase II, and warnings. Pure: no I/O; throws InputError naming the series and point for
 * bad data or parameters. Implements stats-reference.md §1; see each chart module for formulas.
 */
function computeChart(options) {
    const context = (0,series_input/* seriesContext */.$U)(options.series, options.location);
    const chart = options.chart;
    if (!chart_types/* CHART_TYPES */.X.includes(chart)) {
        throw (0,series_input/* seriesError */.Au)(context, `unknown chart ${JSON.stringify(chart)}; expected one of ${chart_types/* CHART_TYPES */.X.join(', ')}`);
    }
    if (!Array.isArray(options.points))
        throw (0,series_input/* seriesError */.Au)(context, 'points must be an array');
    const nsigmas = knownParameter(context, 'nsigmas', options.nsigmas, {
        test: (x) => x > 0,
        expected: 'positive'
    }) ?? DEFAULT_NSIGMAS;
    const constants = options.constants ?? 'qcc';
    if (constants !== 'qcc' && constants !== 'exact') {
        throw (0,series_input/* seriesError */.Au)(context, `constants must be "qcc" or "exact", got ${JSON.stringify(constants)}`);
    }
    if ((0,rule_selection/* isAttributeChart */.x2)(chart) && options.sigma !== undefined) {
        throw (0,series_input/* seriesError */.Au)(context, `sigma cannot be given for ${chart_types/* CHART_NAMES */.q[chart]}: it follows from the centre line ` +
            `(${chart === 'c' || chart === 'u' ? 'Poisson' : 'binomial'}); give target instead`);
    }
    const resolved = (0,rule_selection/* resolveRules */.SJ)(context, chart, options.rules);
    const severityOf = (0,rule_selection/* resolveSeverity */.cx)(context, options.severity);
    const needsEstimation = options.target === undefined || (!(0,rule_selection/* isAttributeChart */.x2)(chart) && options.sigma === undefined);
    const plan = planBaseline(context, {
        pointCount: options.points.length,
        baseline: options.baseline,
        exclude: options.exclude,
        needsEstimation,
        chartName: chart_types/* CHART_NAMES */.q[chart]
    });
    const inputs = {
        options,
        context,
        plan,
        nsigmas,
        constants
    };
    const computation = runChart(inputs, chart);
    const capability = capabilityOf(context, options, computation);
    const panels = computation.panels.map((draft) => decoratePanel(draft, plan, options, nsigmas));
    const evaluated = chart === 'ewma' ? ['ewma'] : chart === 'cusum' ? ['cusum'] : resolved.rules;
    const violations = testPanels(panels, computation.panels, resolved.rules, nsigmas, severityOf);
    return {
        chart,
        series: options.series ?? null,
        nsigmas,
        constants,
        center: computation.center,
        centerSource: computation.centerSource,
        sigma: computation.sigma,
        sigmaSource: computation.sigmaSource,
        baseline: plan.summary,
        panels,
        rules: evaluated,
        violations,
        warnings: [
            ...plan.warnings,
            ...resolved.warnings,
            ...unusedOptionWarnings(options),
            ...computation.warnings
        ],
        capability,
        ewma: computation.ewma ?? null,
        cusum: computation.cusum ?? null
    };
}
function runChart(inputs, chart) {
    switch (chart) {
        case 'imr':
            return individualsChart(inputs);
        case 'xbar-r':
        case 'xbar-s':
            return subgroupChart(inputs, chart);
        case 'p':
        case 'p-standardized':
        case 'np':
        case 'c':
        case 'u':
            return attributeChart(inputs, chart);
        case 'ewma':
            return ewmaChart(inputs);
        case 'cusum':
            return cusumChart(inputs);
    }
}
function unusedOptionWarnings(options) {
    const warnings = [];
    for (const [name, charts] of Object.entries(OPTION_CHARTS)) {
        if (options[name] !== undefined) {
            if (!charts.includes(options.chart)) {
                warnings.push(`${name} is ignored by ${options.chart} charts (used by ${charts.join(', ')})`);
            }
        }
    }
    return warnings;
}
function capabilityOf(context, options, computation) {
    const specification = options.specification;
    if (specification === undefined || computation.capabilityBasis === null)
        return null;
    const lower = knownParameter(context, 'specification.lower', specification.lower);
    const upper = knownParameter(context, 'specification.upper', specification.upper);
    if (lower === undefined && upper === undefined) {
        throw (0,series_input/* seriesError */.Au)(context, 'specification needs a lower or an upper limit (or both)');
    }
    if (lower !== undefined && upper !== undefined && !(lower < upper)) {
        throw (0,series_input/* seriesError */.Au)(context, `specification lower limit ${lower} must be below the upper limit ${upper}`);
    }
    const { mean, sigma } = computation.capabilityBasis;
    return processCapability(mean, sigma, {
        ...(lower === undefined ? {} : { lower }),
        ...(upper === undefined ? {} : { upper })
    });
}
function decoratePanel(draft, plan, options, nsigmas) {
    const points = draft.rows.map((row, i) => {
        const point = {
            index: i + 1,
            phase: plan.phases[i],
            excluded: plan.excluded[i],
            value: row.value,
            center: row.center,
            sigma: row.sigma,
            lcl: row.lcl,
            ucl: row.ucl,
            zone: draft.zones && row.value !== null ? classifyZone(row, nsigmas) : null,
            violations: []
        };
        if (row.size !== undefined)
            point.size = row.size;
        if (row.observed !== undefined)
            point.observed = row.observed;
        if (row.runLength !== undefined)
            point.runLength = row.runLength;
        const metadata = (0,series_input/* readMetadata */._6)(options.points, i);
        if (metadata !== undefined)
            point.metadata = metadata;
        return point;
    });
    return { statistic: draft.statistic, center: draft.center, points };
}
/** Runs each panel's tests over its tested sequence and records the hits on points and in a list. */
function testPanels(panels, drafts, rules, nsigmas, severityOf) {
    const violations = [];
    panels.forEach((panel, p) => {
        const tests = drafts[p].tests;
        const sequence = panel.points.filter((point) => !point.excluded && point.value !== null);
        const tested = sequence;
        const record = (rule, positions) => {
            for (const position of positions) {
                const point = tested[position];
                point.violations.push(rule);
                violations.push({
                    rule,
                    index: point.index,
                    phase: point.phase,
                    severity: severityOf(rule),
                    statistic: panel.statistic
                });
            }
        };
        if (tests === 'ewma' || tests === 'cusum') {
            record(tests, rulePositions('we-1', tested, nsigmas));
            return;
        }
        const panelRules = tests === 'limits' ? rules.filter((rule) => rule_selection/* LIMIT_RULE_IDS */.aj.includes(rule)) : rules;
        for (const rule of panelRules)
            record(rule, rulePositions(rule, tested, nsigmas));
    });
    const ruleOrder = (rule) => rule_selection/* SIGNAL_RULE_IDS */.tk.indexOf(rule);
    const panelOrder = (statistic) => panels.findIndex((panel) => panel.statistic === statistic);
    for (const panel of panels) {
        for (const point of panel.points)
            point.violations.sort((a, b) => ruleOrder(a) - ruleOrder(b));
    }
    return violations.sort((a, b) => a.index - b.index ||
        ruleOrder(a.rule) - ruleOrder(b.rule) ||
        panelOrder(a.statistic) - panelOrder(b.statistic));
}

// EXTERNAL MODULE: ./shared/profile/data-profile.ts
var data_profile = __webpack_require__(10706);
// EXTERNAL MODULE: ./shared/store/canonical-json.ts
var canonical_json = __webpack_require__(92113);
// EXTERNAL MODULE: ./shared/spc-history/metric-point.ts
var metric_point = __webpack_require__(96205);
;// CONCATENATED MODULE: ./shared/spc-history/metric-extraction.ts




function metricsFileKind(document) {
    if ((0,canonical_json/* isJsonObject */.OW)(document)) {
        if (document.format === data_profile/* PROFILE_FORMAT */.y6)
            return 'profile';
        if (document.action === 'validate-data' && (0,canonical_json/* isJsonObject */.OW)(document.summary)) {
            return 'validate-report';
        }
    }
    return 'metrics';
}
/** The metrics in one parsed file; InputErrors name the file and the metric. */
function extractMetrics(document, file) {
    switch (metricsFileKind(document)) {
        case 'profile':
            return profileMetrics(document, file);
        case 'validate-report':
            return reportMetrics(document, file);
        case 'metrics':
            return userMetrics(document, file);
    }
}
const isFiniteNumber = (value) => typeof value === 'number' && Number.isFinite(value);
function malformed(file, what, detail) {
    return new errors/* InputError */.dz({ file }, `this ${what} is malformed: ${detail}`);
}
function profileMetrics(profile, file) {
    const metrics = {};
    if (!isFiniteNumber(profile.rows) || profile.rows < 0) {
        throw malformed(file, 'validate-data profile', 'rows is not a count');
    }
    metrics.rows = { kind: 'measurement', value: profile.rows };
    if (!Array.isArray(profile.columns)) {
        throw malformed(file, 'validate-data profile', 'columns is not a list');
    }
    for (const column of profile.columns) {
        if (!(0,canonical_json/* isJsonObject */.OW)(column) || typeof column.name !== 'string') {
            throw malformed(file, 'validate-data profile', 'a column has no name');
        }
        const name = column.name;
        const rows = column.count;
        const nulls = column.nulls;
        if (isFiniteNumber(rows) && rows > 0 && isFiniteNumber(nulls) && nulls >= 0 && nulls <= rows) {
            metrics[`${name}.null_fraction`] = { kind: 'proportion', count: nulls, size: rows };
        }
        for (const statistic of ['mean', 'std', 'distinct']) {
            const value = column[statistic];
            if (isFiniteNumber(value))
                metrics[`${name}.${statistic}`] = { kind: 'measurement', value };
        }
    }
    return checkNames(metrics, file);
}
function reportMetrics(report, file) {
    const metrics = {};
    const summary = report.summary;
    const data = report.data;
    if (!(0,canonical_json/* isJsonObject */.OW)(data) || !isFiniteNumber(data.rows) || data.rows < 0) {
        throw malformed(file, 'validate-data report', 'data.rows is not a count');
    }
    metrics.rows = { kind: 'measurement', value: data.rows };
    for (const [metric, field] of [
        ['failed_checks', 'failed'],
        ['warned_checks', 'warnings']
    ]) {
        const count = summary[field];
        if (!isFiniteNumber(count) || count < 0) {
            throw malformed(file, 'validate-data report', `summary.${field} is not a count`);
        }
        metrics[metric] = { kind: 'defect-count', count };
    }
    if (!Array.isArray(report.results)) {
        throw malformed(file, 'validate-data report', 'results is not a list');
    }
    for (const result of report.results) {
        if (!(0,canonical_json/* isJsonObject */.OW)(result) || typeof result.id !== 'string') {
            throw malformed(file, 'validate-data report', 'a result has no id');
        }
        const unexpected = result.unexpected_count;
        const elements = result.element_count;
        if (isFiniteNumber(unexpected) &&
            isFiniteNumber(elements) &&
            elements > 0 &&
            unexpected >= 0 &&
            unexpected <= elements) {
            metrics[`${result.id}.unexpected`] = { kind: 'proportion', count: unexpected, size: elements };
        }
    }
    return checkNames(metrics, file);
}
/**
 * The user's JSON: an object of metric name → observation, in the forms `readMetricPoint` takes:
 * `{"duration_s": 312.5, "latency_ms": [12, 15, 11], "bad_rows": {"count": 3, "size": 1000},
 * "incidents": {"count": 2}, "errors": {"count": 4, "exposure": 1.2}}`.
 */
function userMetrics(document, file) {
    if (!(0,canonical_json/* isJsonObject */.OW)(document)) {
        throw new errors/* InputError */.dz({ file }, 'expected a validate-data profile or report, or a JSON object of named metrics ' +
            '(e.g. {"duration_s": 312.5, "bad_rows": {"count": 3, "size": 1000}})');
    }
    const metrics = {};
    for (const [name, raw] of Object.entries(document)) {
        const nameProblem = (0,metric_point/* metricNameProblem */.bV)(name);
        if (nameProblem !== undefined)
            throw new errors/* InputError */.dz({ file, field: name }, nameProblem);
        const point = (0,metric_point/* readMetricPoint */.LR)(raw);
        if ('problem' in point)
            throw new errors/* InputError */.dz({ file, field: name }, `metric ${JSON.stringify(name)}: ${point.problem}`);
        metrics[name] = point;
    }
    if (Object.keys(metrics).length === 0)
        throw new errors/* InputError */.dz({ file }, 'the file names no metrics');
    return metrics;
}
function checkNames(metrics, file) {
    for (const name of Object.keys(metrics)) {
        const problem = (0,metric_point/* metricNameProblem */.bV)(name);
        if (problem !== undefined)
            throw new errors/* InputError */.dz({ file, field: name }, problem);
    }
    return metrics;
}
/**
 * Merges the metrics of several files. A metric in two files must agree exactly (a profile and
 * a report of the same data both give `rows`); otherwise the run is ambiguous and the error names
 * both files.
 */
function mergeMetrics(files) {
    const merged = new Map();
    for (const { file, metrics } of files) {
        for (const [name, point] of Object.entries(metrics)) {
            const earlier = merged.get(name);
            if (earlier === undefined) {
                merged.set(name, { point, source: file });
                continue;
            }
            if (JSON.stringify(earlier.point) !== JSON.stringify(point)) {
                throw new errors/* InputError */.dz({ file, field: name }, `metric ${JSON.stringify(name)} is ${(0,metric_point/* describeShape */.vJ)(point)} ${JSON.stringify(point)} here ` +
                    `but ${JSON.stringify(earlier.point)} in ${earlier.source}; give each metric once`);
            }
        }
    }
    const result = {};
    for (const [name, { point }] of merged)
        result[name] = point;
    return result;
}

// EXTERNAL MODULE: ./shared/spc-history/series-naming.ts
var series_naming = __webpack_require__(83092);
;// CONCATENATED MODULE: ./shared/spc-history/metric-series.ts



/** Keeps the latest attempt of each run, in store order. */
function latestAttempts(entries) {
    const latest = new Map();
    for (const entry of entries) {
        const seen = latest.get(entry.record.run.id);
        if (seen === undefined || entry.record.run.attempt > seen.record.run.attempt) {
            latest.set(entry.record.run.id, entry);
        }
    }
    const kept = [];
    const superseded = [];
    for (const entry of entries) {
        const winner = latest.get(entry.record.run.id);
        if (winner === entry)
            kept.push(entry);
        else
            superseded.push({ key: entry.key, by: winner.key });
    }
    return { entries: kept, superseded };
}
/** Metric names present in any entry, sorted. */
function metricNames(entries) {
    const names = new Set();
    for (const entry of entries)
        for (const name of Object.keys(entry.record.metrics))
            names.add(name);
    return [...names].sort();
}
/**
 * The points of one metric in history order (runs without the metric have no point). Every point
 * must have the shape of `reference` (normally this run's point): a metric that changed from a
 * value to a count cannot share a chart, and the error names the series, the point and the run.
 */
function metricSeries(entries, series, metric, reference) {
    const points = [];
    for (const entry of entries) {
        const point = entry.record.metrics[metric];
        if (point === undefined)
            continue;
        points.push({
            point,
            label: {
                key: entry.key,
                run: entry.record.run.id,
                attempt: entry.record.run.attempt,
                created_at: entry.createdAt,
                sha: entry.record.run.sha
            }
        });
    }
    const model = reference ?? points[points.length - 1]?.point;
    if (model !== undefined) {
        points.forEach(({ point, label }, i) => {
            if (!(0,metric_point/* sameShape */._C)(point, model)) {
                throw new errors/* InputError */.dz({ field: (0,series_naming/* chartSeriesName */.r$)(series, metric) }, `point ${i + 1} (run ${label.key}) is ${(0,metric_point/* describeShape */.vJ)(point)} but this run's point is ` +
                    `${(0,metric_point/* describeShape */.vJ)(model)}; one chart needs one kind of observation — give the ` +
                    'changed metric a new name');
            }
        });
    }
    return points;
}

// EXTERNAL MODULE: ./shared/spc-history/metric-settings.ts
var metric_settings = __webpack_require__(83510);
// EXTERNAL MODULE: ./shared/spc-history/spc-record.ts
var spc_record = __webpack_require__(41084);
// EXTERNAL MODULE: ./shared/store/store-errors.ts
var store_errors = __webpack_require__(74309);
// EXTERNAL MODULE: ./shared/version.ts
var version = __webpack_require__(84402);
// EXTERNAL MODULE: ./shared/adapters/load-table.ts
var load_table = __webpack_require__(45846);
;// CONCATENATED MODULE: ./shared/operations/spc-values.ts




const KNOWN_COLUMNS = ['value', 'subgroup', 'count', 'size', 'exposure', 'label'];
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** Reads a values file (CSV/TSV/JSON Lines/Parquet table, or a JSON list of points). */
async function readValuesFile(path, cwd) {
    if ((0,external_node_path_.extname)(path).toLowerCase() === '.json')
        return readPointsJson(path);
    const table = await (0,load_table/* loadTableCells */.k)([path], { cwd });
    const header = table.header.map((name) => name.trim());
    let columns = new Map();
    header.forEach((name, k) => columns.set(name.toLowerCase(), table.cells[k]));
    let firstRow = 1;
    if (header.length === 1 && NUMBER.test(header[0])) {
        // No header: a bare list of numbers. The "header" is the first value.
        columns = new Map([['value', [header[0], ...table.cells[0]]]]);
        firstRow = 0;
    }
    const unknown = header.filter((name) => !KNOWN_COLUMNS.includes(name.toLowerCase()));
    if (firstRow === 1 && (unknown.length > 0 || (!columns.has('value') && !columns.has('count')))) {
        throw new errors/* InputError */.dz({ file: path }, `expected the columns value (with an optional subgroup), or count with size or exposure, ` +
            `and optionally label; found ${header.map((name) => JSON.stringify(name)).join(', ')}`);
    }
    if (columns.has('value') && columns.has('count')) {
        throw new errors/* InputError */.dz({ file: path }, 'give either a value column or a count column, not both');
    }
    if (columns.has('size') && columns.has('exposure')) {
        throw new errors/* InputError */.dz({ file: path }, 'give either a size column or an exposure column, not both');
    }
    const rows = columns.values().next().value?.length ?? 0;
    if (rows === 0)
        throw new errors/* InputError */.dz({ file: path }, 'the file has no points');
    const cell = (name, i) => columns.get(name)?.[i] ?? null;
    const numberAt = (name, i) => {
        const text = cell(name, i);
        const row = i + firstRow;
        if (text === null || text.trim() === '') {
            throw new errors/* InputError */.dz({ file: path, row, field: name }, `the ${name} is empty; every point needs one`);
        }
        if (!NUMBER.test(text.trim())) {
            throw new errors/* InputError */.dz({ file: path, row, field: name }, `expected a number, got ${JSON.stringify(text)}`);
        }
        return Number(text.trim());
    };
    const labelAt = (i) => {
        const label = cell('label', i);
        return label === null ? { row: i + firstRow } : { row: i + firstRow, label };
    };
    if (columns.has('count')) {
        const denominator = columns.has('size')
            ? 'size'
            : columns.has('exposure')
                ? 'exposure'
                : undefined;
        const points = [];
        for (let i = 0; i < rows; i++) {
            const count = numberAt('count', i);
            if (count < 0) {
                throw new errors/* InputError */.dz({ file: path, row: i + firstRow, field: 'count' }, `a count must not be negative, got ${count}`);
            }
            const point = { count, metadata: labelAt(i) };
            if (denominator !== undefined)
                point.size = numberAt(denominator, i);
            points.push(point);
        }
        const kind = denominator === 'size'
            ? 'proportion'
            : denominator === 'exposure'
                ? 'event-rate'
                : 'defect-count';
        return { points, kind, subgroupSize: 1 };
    }
    if (columns.has('subgroup')) {
        const groups = new Map();
        for (let i = 0; i < rows; i++) {
            const id = cell('subgroup', i);
            if (id === null) {
                throw new errors/* InputError */.dz({ file: path, row: i + firstRow, field: 'subgroup' }, 'the subgroup id is empty');
            }
            const value = numberAt('value', i);
            const group = groups.get(id);
            if (group === undefined)
                groups.set(id, { values: [value], label: { ...labelAt(i), label: cell('label', i) ?? id } });
            else
                group.values.push(value);
        }
        const points = [...groups.values()].map(({ values, label }) => ({
            subgroup: values,
            metadata: label
        }));
        return {
            points,
            kind: 'measurement',
            subgroupSize: Math.max(...points.map((point) => point.subgroup.length))
        };
    }
    const points = [];
    for (let i = 0; i < rows; i++)
        points.push({ value: numberAt('value', i), metadata: labelAt(i) });
    return { points, kind: 'measurement', subgroupSize: 1 };
}
/** A JSON list of points, checked field by field later by computeChart (which names the point). */
function readPointsJson(path) {
    const document = (0,user_files/* readUserJson */.YJ)(path, 'values file');
    const list = Array.isArray(document)
        ? document
        : typeof document === 'object' &&
            document !== null &&
            Array.isArray(document.points)
            ? document.points
            : undefined;
    if (list === undefined) {
        throw new errors/* InputError */.dz({ file: path }, 'expected a JSON list of points (or {"points": [...]})');
    }
    if (list.length === 0)
        throw new errors/* InputError */.dz({ file: path }, 'the file has no points');
    const points = list.map((raw, i) => {
        const point = (typeof raw === 'object' && raw !== null ? { ...raw } : { value: raw });
        const label = raw?.label;
        point.metadata = typeof label === 'string' ? { row: i + 1, label } : { row: i + 1 };
        delete point.label;
        return point;
    });
    const first = points[0];
    const kind = first.count === undefined
        ? 'measurement'
        : first.size === undefined
            ? 'defect-count'
            : 'proportion';
    const subgroupSize = Math.max(1, ...points.map((point) => (Array.isArray(point.subgroup) ? point.subgroup.length : 1)));
    return { points, kind, subgroupSize };
}

;// CONCATENATED MODULE: ./shared/operations/spc-check.ts


















/**
 * spc-check end to end, without GitHub reporting (the action and the CLI decide where results go):
 * - history mode: read this run's metrics, append one immutable record to the series' history in
 *   the store (key `<run id>-<attempt>`, idempotent), read the whole history back, and chart every
 *   metric of this run against limits frozen from its baseline;
 * - values mode (stateless): chart one given series without a store.
 * The point judged is this run's own point (history mode) or the newest point; see spc-report.ts.
 */
/** Records read from a store at the same time (each is one download on GitHub). */
const READ_CONCURRENCY = 8;
async function spcCheck(request) {
    return request.mode === 'history' ? checkHistory(request) : checkValues(request);
}
// ---- stateless -------------------------------------------------------------------------------
async function checkValues(request) {
    const { valuesPath } = request;
    const series = request.series ?? (0,external_node_path_.basename)(valuesPath, (0,external_node_path_.extname)(valuesPath));
    const values = await readValuesFile(valuesPath, request.cwd);
    const settings = (0,metric_settings/* settingsForMetric */.HO)(request.config, request.inputs, series);
    const chart = pickChart(series, values.kind, values.subgroupSize, settings);
    // Exclusions in the settings file name runs of a history; here only the given point numbers count.
    const exclude = (request.inputs.exclude ?? []).map((entry) => {
        const text = entry.trim();
        if (!/^\d+$/.test(text)) {
            throw new errors/* UsageError */.eb(`exclude lists ${JSON.stringify(entry)}; in stateless mode assignable causes are 1-based ` +
                `point numbers of ${valuesPath}`);
        }
        return Number(text);
    });
    const result = computeChart((0,metric_settings/* chartOptionsFor */.gK)({ chart, settings, points: values.points, series, exclude }));
    const report = chartReport({
        name: series,
        metric: null,
        kind: values.kind,
        result,
        current: [values.points.length]
    });
    return buildSpcReport({
        mode: 'values',
        series,
        store: null,
        record: null,
        failOn: request.failOn,
        charts: [report],
        damaged: [],
        superseded: [],
        warnings: [],
        generatedAt: new Date(request.now).toISOString(),
        version: version/* TOLLGATE_VERSION */.o
    });
}
/** The user's chart if it fits the points, else the automatic choice for their kind. */
function pickChart(name, kind, subgroupSize, settings) {
    const subgrouped = subgroupSize > 1;
    const fitting = (0,metric_point/* chartsForKind */.dU)(kind, subgrouped);
    const requested = settings.chart === 'auto' ? undefined : settings.chart;
    if (requested !== undefined && !fitting.includes(requested)) {
        const shape = subgrouped
            ? 'subgroups'
            : kind === 'measurement'
                ? 'single values'
                : `${kind} points`;
        throw new errors/* InputError */.dz({ field: name }, `${chart_types/* CHART_NAMES */.q[requested]} cannot plot ${shape}; use ${fitting.join(', ')} (or auto)`);
    }
    return chooseChart({
        kind,
        subgroupSize,
        ...(requested === undefined ? {} : { chart: requested })
    });
}
// ---- history ---------------------------------------------------------------------------------
async function checkHistory(request) {
    const { series, store } = request;
    (0,series_naming/* assertSpcSeriesName */.hD)(series);
    const storeSeries = (0,series_naming/* historySeriesName */.JY)(series);
    const warnings = [];
    let own;
    if (request.metricsPaths.length > 0) {
        const metrics = mergeMetrics(request.metricsPaths.map((file) => ({
            file,
            metrics: extractMetrics((0,user_files/* readUserJson */.YJ)(file, 'metrics file'), file)
        })));
        const record = (0,spc_record/* buildSpcRecord */.kT)({
            series,
            run: request.run,
            sources: request.metricsPaths,
            metrics
        });
        const key = (0,series_naming/* historyRecordKey */.F8)(request.run.id, request.run.attempt);
        const outcome = await appendOwnRecord(store, storeSeries, key, record);
        own = { key, record, outcome };
    }
    const { entries, damaged } = await readHistory(store, storeSeries, series);
    for (const entry of damaged) {
        warnings.push(`history record ${entry.key} of series ${series} is damaged and was skipped: ${entry.problem}`);
    }
    if (own !== undefined && !entries.some((entry) => entry.key === own.key)) {
        if (damaged.some((entry) => entry.key === own.key)) {
            throw new errors/* IntegrityError */.cs(`This run's own history record ${own.key} in ${store.location} cannot be read back; ` +
                'the run cannot be judged. Re-run the workflow to write a new attempt.');
        }
        // A listing that does not show our record yet: chart it as the newest point.
        entries.push({
            key: own.key,
            createdAt: new Date(request.now).toISOString(),
            record: own.record
        });
    }
    const history = latestAttempts(entries);
    if (history.entries.length === 0) {
        throw new errors/* UsageError */.eb(`The series ${series} has no history in ${store.location} yet; give metrics to record ` +
            'this run (input `metrics`, option --metrics).');
    }
    const include = request.include ?? request.config.include;
    const names = own !== undefined ? Object.keys(own.record.metrics).sort() : metricNames(history.entries);
    const charts = [];
    const matchedExclusions = new Set();
    for (const metric of names) {
        const settings = (0,metric_settings/* settingsForMetric */.HO)(request.config, request.inputs, metric);
        if (!(0,metric_settings/* isCharted */.KN)(include, settings, metric))
            continue;
        const chart = chartMetric({
            series,
            metric,
            settings,
            entries: history.entries,
            ownKey: own?.key,
            reference: own?.record.metrics[metric],
            matchedExclusions
        });
        if (chart !== undefined)
            charts.push(chart);
    }
    if (names.length > 0 && charts.length === 0) {
        warnings.push('no metric is charted: every metric is ignored or outside `include`');
    }
    const requestedExclusions = new Set([
        ...(request.inputs.exclude ?? []),
        ...(request.config.defaults.exclude ?? []),
        ...request.config.overrides.flatMap((override) => override.settings.exclude ?? [])
    ]);
    for (const entry of requestedExclusions) {
        if (!matchedExclusions.has(entry)) {
            warnings.push(`exclude lists ${JSON.stringify(entry)}, which is no run id or record key of a charted point`);
        }
    }
    return buildSpcReport({
        mode: 'history',
        series,
        store: store.location,
        record: own === undefined ? null : { key: own.key, outcome: own.outcome },
        failOn: request.failOn,
        charts,
        damaged,
        superseded: history.superseded,
        warnings,
        generatedAt: new Date(request.now).toISOString(),
        version: version/* TOLLGATE_VERSION */.o
    });
}
async function appendOwnRecord(store, storeSeries, key, record) {
    try {
        return await store.appendRecord(storeSeries, key, (0,spc_record/* serializeSpcRecord */.Qk)(record));
    }
    catch (error) {
        if (error instanceof store_errors/* ConflictError */.f) {
            throw new store_errors/* ConflictError */.f(`Run ${record.run.id} attempt ${record.run.attempt} already recorded other metrics for ` +
                `series ${record.series}; history records are immutable. If two steps of one run chart ` +
                `the same series, give each its own series name. (${(0,errors/* errorMessage */.gJ)(error)})`);
        }
        throw error;
    }
}
/**
 * Every readable record of the series, in store order, and the damaged ones: entries the store
 * cannot list, bytes that fail their checksum, and content that is not a valid record.
 */
async function readHistory(store, storeSeries, series) {
    const listing = await store.listRecords(storeSeries);
    const damaged = [...listing.damaged];
    const results = await mapConcurrently(listing.records, READ_CONCURRENCY, async (info) => {
        try {
            const bytes = await store.readRecord(storeSeries, info.key);
            if (bytes === undefined)
                return { key: info.key, problem: 'it was listed but could not be found' };
            const record = (0,spc_record/* parseSpcRecord */.rp)(bytes, series);
            if ('problem' in record)
                return { key: info.key, problem: record.problem };
            return { key: info.key, createdAt: info.createdAt, record };
        }
        catch (error) {
            if (error instanceof errors/* IntegrityError */.cs)
                return { key: info.key, problem: (0,errors/* errorMessage */.gJ)(error) };
            throw error;
        }
    });
    const entries = [];
    for (const result of results) {
        if ('problem' in result)
            damaged.push(result);
        else
            entries.push(result);
    }
    return { entries, damaged };
}
async function mapConcurrently(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await task(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
function chartMetric(input) {
    const { series, metric, settings } = input;
    const name = (0,series_naming/* chartSeriesName */.r$)(series, metric);
    const labelled = metricSeries(input.entries, series, metric, input.reference);
    if (labelled.length === 0)
        return undefined;
    const model = input.reference ?? labelled[labelled.length - 1].point;
    const { kind } = (0,metric_point/* metricKindOf */.qP)(model);
    const largest = Math.max(...labelled.map(({ point }) => (0,metric_point/* metricKindOf */.qP)(point).subgroupSize));
    const chart = pickChart(name, kind, largest, settings);
    const exclude = [];
    for (const entry of settings.exclude ?? []) {
        labelled.forEach(({ label }, i) => {
            if (label.key === entry || label.run === entry) {
                input.matchedExclusions.add(entry);
                exclude.push(i + 1);
            }
        });
    }
    const baseline = settings.baseline ?? DEFAULT_BASELINE;
    for (const index of exclude) {
        if (index > Math.min(baseline, labelled.length)) {
            const label = labelled[index - 1].label;
            throw new errors/* InputError */.dz({ field: name }, `exclude lists run ${label.key}, which is point ${index}, after the baseline (points ` +
                `1..${Math.min(baseline, labelled.length)}); only baseline points can be left out of ` +
                'the limits — raise baseline to re-baseline over it');
        }
    }
    const uniqueExclude = [...new Set(exclude)].sort((a, b) => a - b);
    const current = input.ownKey === undefined
        ? labelled.length
        : labelled.findIndex(({ label }) => label.key === input.ownKey) + 1;
    const usable = labelled.length - uniqueExclude.length;
    const needsEstimation = settings.target === undefined || (!(0,rule_selection/* isAttributeChart */.x2)(chart) && settings.sigma === undefined);
    if (needsEstimation && usable < MINIMUM_BASELINE) {
        return collectingReport({
            name,
            metric,
            kind,
            chart,
            points: labelled.length,
            needed: MINIMUM_BASELINE
        });
    }
    const points = labelled.map(({ point, label }) => (0,metric_point/* chartInput */.hw)(point, label));
    const result = computeChart((0,metric_settings/* chartOptionsFor */.gK)({ chart, settings, points, series: name, exclude: uniqueExclude }));
    return chartReport({ name, metric, kind, result, current: current > 0 ? [current] : [] });
}


/***/ }),

/***/ 2774:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ spcCheckOptions)
/* harmony export */ });
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
    token: { description: 'Token for the GitHub store and the PR comment.', actionOnly: true }
};


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


/***/ })

};
