export const id = 5389;
export const ids = [5389];
export const modules = {

/***/ 85133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ nowFromEnvironment)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);

/**
 * "Now" for checks that depend on time (freshness), normally the system clock. TOLLGATE_NOW (an
 * ISO 8601 time) pins it, so a CI result can be reproduced later on a laptop and tests are stable.
 */
function nowFromEnvironment(env = process.env) {
    const pinned = env.TOLLGATE_NOW;
    if (pinned === undefined || pinned === '')
        return Date.now();
    const value = Date.parse(pinned);
    if (Number.isNaN(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`TOLLGATE_NOW must be an ISO 8601 time, got ${JSON.stringify(pinned)}`);
    return value;
}


/***/ }),

/***/ 24574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ writeJsonFile),
/* harmony export */   E1: () => (/* binding */ readUserFile),
/* harmony export */   Tl: () => (/* binding */ writeTextFile),
/* harmony export */   YJ: () => (/* binding */ readUserJson)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32635);



/** Reads a user file as UTF-8 or fails with an InputError that names it and says why. */
function readUserFile(path, what) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        const reason = code === 'ENOENT'
            ? 'no such file'
            : code === 'EISDIR'
                ? 'is a directory, expected a file'
                : error.message;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ file: path }, `cannot read the ${what}: ${reason}`);
    }
}
/** Reads and parses a user JSON file; syntax errors name the file. */
function readUserJson(path, what) {
    const text = readUserFile(path, what);
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ file: path }, `the ${what} is not valid JSON: ${error.message}`);
    }
}
/**
 * Writes JSON (2-space indent, trailing newline), creating the folder. The file is written
 * next to its target and renamed into place, so a reader never sees half a report.
 */
function writeJsonFile(path, value) {
    writeTextFile(path, `${JSON.stringify(value, null, 2)}\n`);
}
/** Writes text atomically (temp file + rename), creating the folder. */
function writeTextFile(path, text) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(temporary, text);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temporary, path);
}


/***/ }),

/***/ 90721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mergeCommand: () => (/* binding */ mergeCommand),
  runShard: () => (/* binding */ runShard)
});

// EXTERNAL MODULE: ./shared/adapters/clock.ts
var clock = __webpack_require__(85133);
// EXTERNAL MODULE: ./shared/adapters/shard-partial-file.ts
var shard_partial_file = __webpack_require__(26694);
// EXTERNAL MODULE: ./shared/adapters/user-files.ts
var user_files = __webpack_require__(24574);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
;// CONCATENATED MODULE: ./shared/operations/merge-options.ts
/** Options of `tollgate merge` (the action merges with validate-data's `merge: true` input). */
const mergeOptions = {
    checks: {
        description: 'The checks file the shards ran (its hash must match theirs).',
        required: true
    },
    'fail-on': {
        description: 'Fail on: error (failed error-severity checks), warn (any failed check) or never.',
        default: 'error',
        choices: ['error', 'warn', 'never']
    },
    'report-path': { description: 'Where to write the merged JSON report.', default: '' },
    'profile-path': { description: 'Where to write the merged column profile JSON.', default: '' }
};

// EXTERNAL MODULE: ./shared/operations/merge-validate.ts
var merge_validate = __webpack_require__(4504);
// EXTERNAL MODULE: ./shared/operations/shard-validate.ts + 1 modules
var shard_validate = __webpack_require__(86615);
// EXTERNAL MODULE: ./shared/shard/shard-spec.ts
var shard_spec = __webpack_require__(30225);
// EXTERNAL MODULE: ./shared/cli/commands/validate.ts
var validate = __webpack_require__(56726);
;// CONCATENATED MODULE: ./shared/cli/commands/merge.ts









/** `tollgate merge part-*.json --checks checks.yml`: the report of a sharded validate-data run. */
const mergeCommand = {
    name: 'merge',
    summary: 'Merge the partials of `tollgate validate --shard k/n` runs into one report.',
    usage: 'PARTIAL.json... --checks checks.yml [--report-path R.json] [--profile-path P.json]',
    options: mergeOptions,
    positionals: {
        min: 1,
        max: 4096,
        names: 'the partial files written by `tollgate validate --shard k/n`'
    },
    async run(options, positionals, output) {
        const partials = positionals.map((path) => ({ partial: (0,shard_partial_file/* readPartialFile */.C)(path), source: path }));
        const outcome = await (0,merge_validate/* mergeValidate */.$)({
            partials,
            checksPath: options.requiredString('checks'),
            failOn: options.choice('fail-on'),
            now: (0,clock/* nowFromEnvironment */.g)()
        });
        const { report, profile } = outcome;
        const reportPath = options.string('report-path');
        const profilePath = options.string('profile-path');
        if (reportPath !== undefined)
            (0,user_files/* writeJsonFile */.An)(reportPath, report);
        if (profilePath !== undefined)
            (0,user_files/* writeJsonFile */.An)(profilePath, profile);
        output.out(`merged ${partials.length} shard partial(s)`);
        (0,validate.printValidateReport)(report, output);
        if (reportPath !== undefined)
            output.out(`report: ${reportPath}`);
        if (profilePath !== undefined)
            output.out(`profile: ${profilePath}`);
        return report.passed ? 0 : 1;
    }
};
/**
 * `tollgate validate --shard k/n`: scans this shard's share of the data and writes its partial to
 * --report-path (default `tollgate-partial-k-of-n.json` here). Checks are decided by the merge.
 */
async function runShard(options, output) {
    const shard = (0,shard_spec/* parseShardSpec */.d7)(options.requiredString('shard'), 'option --shard');
    if (options.has('profile-path'))
        throw new errors/* UsageError */.eb('A shard writes no profile: the merge writes it (`tollgate merge ... --profile-path P.json`).');
    const partial = await (0,shard_validate/* validateShard */.rf)({
        data: options.list('data'),
        checksPath: options.requiredString('checks'),
        format: options.choice('format'),
        delimiter: options.string('delimiter'),
        failOn: options.choice('fail-on'),
        threads: options.integer('threads') ?? 0,
        now: (0,clock/* nowFromEnvironment */.g)(),
        shard
    });
    const path = options.string('report-path') ?? `${(0,shard_spec/* partialArtifactName */.rK)(shard)}.json`;
    (0,shard_partial_file/* writePartialFile */.X)(path, partial);
    output.out((0,shard_validate/* describeShard */.y0)(partial));
    output.out(`partial: ${path} (merge all ${shard.count} with \`tollgate merge <partials> --checks ${partial.checks.file}\`)`);
    return 0;
}


/***/ }),

/***/ 56726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   printValidateReport: () => (/* binding */ printValidateReport),
/* harmony export */   validateCommand: () => (/* binding */ validateCommand)
/* harmony export */ });
/* harmony import */ var _adapters_clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85133);
/* harmony import */ var _operations_validate_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26820);
/* harmony import */ var _operations_validate_data_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73790);
/* harmony import */ var _adapters_user_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24574);
/* harmony import */ var _merge_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90721);





const STATUS_MARK = { pass: 'PASS', warn: 'WARN', fail: 'FAIL' };
/** `tollgate validate`: the validate-data action on a laptop. */
const validateCommand = {
    name: 'validate',
    summary: 'Run data checks and build a column profile (validate-data).',
    usage: '--data FILE --checks checks.yml [--report-path R.json] [--profile-path P.json] [--shard k/n]',
    options: _operations_validate_options_js__WEBPACK_IMPORTED_MODULE_1__/* .validateDataOptions */ .J,
    async run(options, _positionals, output) {
        // One shard of a matrix writes a partial for `tollgate merge` instead of a report.
        if (options.string('shard') !== undefined)
            return (0,_merge_js__WEBPACK_IMPORTED_MODULE_4__.runShard)(options, output);
        const failOn = options.choice('fail-on');
        const outcome = await (0,_operations_validate_data_js__WEBPACK_IMPORTED_MODULE_2__/* .validateData */ .l)({
            data: options.list('data'),
            checksPath: options.requiredString('checks'),
            format: options.choice('format'),
            delimiter: options.string('delimiter'),
            failOn,
            threads: options.integer('threads') ?? 0,
            now: (0,_adapters_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .nowFromEnvironment */ .g)()
        });
        const { report, profile } = outcome;
        const reportPath = options.string('report-path');
        const profilePath = options.string('profile-path');
        if (reportPath !== undefined)
            (0,_adapters_user_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeJsonFile */ .An)(reportPath, report);
        if (profilePath !== undefined)
            (0,_adapters_user_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeJsonFile */ .An)(profilePath, profile);
        printValidateReport(report, output);
        if (reportPath !== undefined)
            output.out(`report: ${reportPath}`);
        if (profilePath !== undefined)
            output.out(`profile: ${profilePath}`);
        return report.passed ? 0 : 1;
    }
};
/** One line per check (with failing samples) and the totals; shared with `tollgate merge`. */
function printValidateReport(report, output) {
    for (const result of report.results) {
        const where = result.column === null ? 'table' : result.column;
        output.out(`${STATUS_MARK[result.status]}  ${where}.${result.check}: ${result.message}`);
        for (const sample of result.status === 'pass' ? [] : result.unexpected_samples) {
            output.out(`        row ${sample.row}: ${JSON.stringify(sample.value)}`);
        }
    }
    const { summary } = report;
    output.out(`${report.passed ? 'passed' : 'FAILED'}: ${summary.passed} passed, ${summary.failed} failed, ${summary.warnings} warnings on ${report.data.rows} rows (fail on: ${report.fail_on})`);
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
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, {
        lineCounter: lines,
        uniqueKeys: true,
        prettyErrors: false
    });
    const problem = document.errors[0];
    if (problem !== undefined) {
        const position = lines.linePos(problem.pos[0]);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file, line: position.line, column: position.col }, `invalid YAML: ${problem.message.split('\n')[0]}`);
    }
    return new YamlNode(document.contents ?? null, file, lines, '');
}


/***/ }),

/***/ 4504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ mergeValidate)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _checks_checks_loader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40647);
/* harmony import */ var _checks_evaluate_checks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18085);
/* harmony import */ var _profile_data_profile_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(10706);
/* harmony import */ var _report_validate_report_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(30438);
/* harmony import */ var _scan_merge_partials_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71961);
/* harmony import */ var _shard_shard_set_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(34628);
/* harmony import */ var _adapters_row_picker_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(79394);
/* harmony import */ var _adapters_table_scan_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(53213);
/* harmony import */ var _adapters_user_files_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(24574);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(84402);
/* harmony import */ var _shard_validate_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(86615);













/**
 * `tollgate merge`: combines the partials of every shard into the report and profile a single run
 * over all the data gives. The ranges of all shards are laid out in table order and merged by the
 * same mergePartials as a single run's worker ranges, then evaluated by the same evaluateChecks:
 * counts, samples and row numbers are exact; quantiles are exact while every shard kept its
 * values (else DDSketch estimates, `exact: false`); distinct counts and top values follow the
 * same exact-then-sketch rules as a single run.
 */
async function mergeValidate(request) {
    const checksText = (0,_adapters_user_files_js__WEBPACK_IMPORTED_MODULE_9__/* .readUserFile */ .E1)(request.checksPath, 'checks file');
    const checks = (0,_checks_checks_loader_js__WEBPACK_IMPORTED_MODULE_2__/* .loadChecks */ .o)(checksText, request.checksPath);
    const shards = (0,_shard_shard_set_js__WEBPACK_IMPORTED_MODULE_6__/* .assembleShards */ .g)(request.partials, (0,_shard_validate_js__WEBPACK_IMPORTED_MODULE_10__/* .sha256Hex */ .fg)(checksText), request.checksPath);
    const scan = (0,_scan_merge_partials_js__WEBPACK_IMPORTED_MODULE_5__/* .mergePartials */ .p)(shards.parts, shards.sampleLimit);
    const texts = await mergedSampleTexts(shards, scan, checks, request.cwd);
    const results = (0,_checks_evaluate_checks_js__WEBPACK_IMPORTED_MODULE_3__/* .evaluateChecks */ .J)(checks, shards.header, scan, {
        now: request.now,
        sampleText: (checkId, row) => texts.get(checkId)?.get(row)
    });
    const generatedAt = new Date(request.now).toISOString();
    const fileSummaries = shards.files.map((file) => ({
        path: file.path,
        format: file.format,
        bytes: file.bytes
    }));
    const profile = (0,_profile_data_profile_js__WEBPACK_IMPORTED_MODULE_4__/* .buildProfile */ .Er)(scan, fileSummaries, generatedAt);
    const report = (0,_report_validate_report_js__WEBPACK_IMPORTED_MODULE_11__/* .buildValidateReport */ .Z)({
        results,
        failOn: request.failOn,
        checksFile: request.checksPath,
        files: fileSummaries,
        rows: scan.rows,
        columns: shards.header,
        generatedAt,
        version: _version_js__WEBPACK_IMPORTED_MODULE_12__/* .TOLLGATE_VERSION */ .o
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
        : await (0,_adapters_row_picker_js__WEBPACK_IMPORTED_MODULE_7__/* .pickRows */ .L)(input, await (0,_adapters_table_scan_js__WEBPACK_IMPORTED_MODULE_8__/* .readTableHeader */ .C)(input), new Set(missing.map((entry) => entry.row)));
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
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(file.path) ? file.path : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, file.path);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).size !== file.bytes)
            return undefined;
        files.push({ path, openPath: path, format: file.format, gzip: file.gzip, bytes: file.bytes });
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

/***/ 26820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ validateDataOptions)
/* harmony export */ });
/* harmony import */ var _options_lineage_url_option_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95742);
/* harmony import */ var _options_html_report_option_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6079);


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
    'html-report': _options_html_report_option_js__WEBPACK_IMPORTED_MODULE_1__/* .HTML_REPORT_OPTION */ .N,
    'lineage-url': _options_lineage_url_option_js__WEBPACK_IMPORTED_MODULE_0__/* .LINEAGE_URL_OPTION */ .G,
    token: { description: 'Token for the PR comment.', actionOnly: true }
};


/***/ }),

/***/ 6079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ HTML_REPORT_OPTION)
/* harmony export */ });
/**
 * The `html-report` input every action declares (shared/adapters/html-artifact.ts publishes the
 * report). One spec for all seven option tables, so the actions cannot drift apart on its name,
 * default or choices. Action only: the command-line tools write their HTML report with an
 * explicit path where they offer one.
 */
const HTML_REPORT_OPTION = {
    description: 'Write a self-contained HTML report with charts and upload it as a workflow artifact linked from the job summary: true or false.',
    default: 'true',
    choices: ['true', 'false'],
    actionOnly: true
};


/***/ }),

/***/ 95742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ LINEAGE_URL_OPTION)
/* harmony export */ });
/**
 * The `lineage-url` input every action declares: where to POST the run's OpenLineage events
 * (shared/adapters/action-lineage.ts). One spec for all seven option tables, so the actions
 * cannot drift apart on a name, default or kind.
 *
 * Action only: the events are sent by the action step after its real work, with problems turned
 * into `::warning` annotations; the command-line tool does not send lineage, so it offers no flag
 * it would ignore.
 */
const LINEAGE_URL_OPTION = {
    description: "OpenLineage endpoint to POST the run's events to (e.g. Marquez http://host:5000; /api/v1/lineage is appended to a URL without a path); API key from OPENLINEAGE_API_KEY.",
    default: '',
    actionOnly: true
};


/***/ })

};
