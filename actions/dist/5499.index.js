export const id = 5499;
export const ids = [5499];
export const modules = {

/***/ 72096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   I1: () => (/* binding */ appendJobSummary),
/* harmony export */   Os: () => (/* binding */ group),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* unused harmony exports notice, formatCommand */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);



/** An input as the runner passes it: `INPUT_<NAME>` (spaces → `_`, upper case), trimmed. */
function getInput(name, options = {}) {
    const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
    if (options.required === true && value === '') {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    return value.trim();
}
/**
 * A step output. With GITHUB_OUTPUT, a `name<<delimiter` block in that file (a random delimiter
 * that cannot occur in the value, so multi-line values are safe); without it, the deprecated
 * `::set-output` command, as old runners and @actions/core do.
 */
function setOutput(name, value) {
    const text = commandValue(value);
    const file = process.env.GITHUB_OUTPUT;
    if (file !== undefined && file !== '') {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, keyValueBlock(name, text), 'utf8');
        return;
    }
    process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
    issueCommand('set-output', { name }, text);
}
function info(message) {
    process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function warning(message, properties = {}) {
    issueCommand('warning', annotationProperties(properties), messageText(message));
}
function error(message, properties = {}) {
    issueCommand('error', annotationProperties(properties), messageText(message));
}
function notice(message, properties = {}) {
    issueCommand('notice', annotationProperties(properties), messageText(message));
}
/** Marks the step failed (exit code 1 when the process ends) with an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** Asks the runner to mask the value in every later log line. */
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
/** Runs `work` inside a collapsible log group. */
async function group(name, work) {
    issueCommand('group', {}, name);
    try {
        return await work();
    }
    finally {
        issueCommand('endgroup', {}, '');
    }
}
/** Appends markdown to the job summary (the file GITHUB_STEP_SUMMARY names). */
function appendJobSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (file === undefined || file === '' || !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file)) {
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, markdown + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL, 'utf8');
}
/** `::command key=value,…::message`, escaped as the runner unescapes it. */
function formatCommand(command, properties, message) {
    const pairs = Object.entries(properties)
        // As @actions/core: only properties with a value (a line or column 0 means "none").
        .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
    return `::${command}${pairs.length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}`;
}
function issueCommand(command, properties, message) {
    process.stdout.write(formatCommand(command, properties, message) + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
}
function keyValueBlock(name, value) {
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    // A random UUID cannot collide in practice; the runner would cut the value short if it did.
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Unexpected input: the output ${name} contains the delimiter ${delimiter}`);
    }
    return `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`;
}
function annotationProperties(properties) {
    return {
        title: properties.title,
        file: properties.file,
        line: properties.startLine,
        endLine: properties.endLine,
        col: properties.startColumn,
        endColumn: properties.endColumn
    };
}
function messageText(message) {
    return message instanceof Error ? message.toString() : message;
}
function commandValue(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'string')
        return value;
    return JSON.stringify(value);
}
/** Message text: `%`, CR and LF are encoded (the runner decodes them). */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Property values additionally encode `:` and `,`, which separate the properties. */
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
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

/***/ 93324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ readWorkflowContext),
/* harmony export */   V: () => (/* binding */ runUrl)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

function readWorkflowContext(env = process.env) {
    let payload = {};
    const path = env.GITHUB_EVENT_PATH;
    if (path !== undefined && path !== '') {
        try {
            payload = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
        }
        catch {
            payload = {};
        }
    }
    const pullRequest = payload.pull_request;
    const issue = payload.issue;
    const pullRequestNumber = pullRequest?.number ?? (issue?.pull_request !== undefined ? issue.number : undefined);
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload,
        pullRequestNumber,
        sha: env.GITHUB_SHA ?? '',
        runId: env.GITHUB_RUN_ID ?? 'local',
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        workflow: env.GITHUB_WORKFLOW ?? '',
        job: env.GITHUB_JOB ?? '',
        actor: env.GITHUB_ACTOR ?? '',
        serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
        repository: env.GITHUB_REPOSITORY ?? ''
    };
}
/** URL of the workflow run's page, for links in comments and issues. */
function runUrl(context) {
    if (context.repository === '' || context.runId === 'local')
        return undefined;
    return `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}`;
}


/***/ }),

/***/ 35914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   spcCommand: () => (/* binding */ spcCommand)
/* harmony export */ });
/* harmony import */ var _adapters_clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85133);
/* harmony import */ var _adapters_user_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24574);
/* harmony import */ var _operations_spc_check_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15399);
/* harmony import */ var _operations_spc_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2774);
/* harmony import */ var _operations_spc_request_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(373);
/* harmony import */ var _report_spc_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(94614);






/**
 * `tollgate spc`: spc-check on a laptop. Stateless with `--values FILE` (chart the given points);
 * otherwise with a history in `--store DIR` (default `.tollgate/`): `--metrics FILE` records this
 * run under `--series NAME` and charts it, without `--metrics` the history is only charted.
 */
const spcCommand = {
    name: 'spc',
    summary: 'Control charts with run rules for pipeline metrics (spc-check).',
    usage: '--values points.csv [--chart imr|xbar-r|xbar-s|p|np|c|u|ewma|cusum] [--baseline N] ' +
        '[--rules nelson|western-electric] [--lambda L --nsigmas K --target T --sigma S --k K --h H] ' +
        '[--report-path R.json] [--summary-path S.md]   (stateless; or --series NAME [--metrics FILE] [--store DIR])',
    options: _operations_spc_options_js__WEBPACK_IMPORTED_MODULE_3__/* .spcCheckOptions */ .J,
    async run(options, _positionals, output) {
        const now = (0,_adapters_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .nowFromEnvironment */ .g)();
        const request = await (0,_operations_spc_request_js__WEBPACK_IMPORTED_MODULE_4__/* .spcRequestFromOptions */ .aF)(options, {
            defaultStore: 'local',
            cwd: process.cwd(),
            now,
            run: (0,_operations_spc_request_js__WEBPACK_IMPORTED_MODULE_4__/* .commandRunIdentity */ .tM)(options.string('run-id'), now)
        });
        const report = await (0,_operations_spc_check_js__WEBPACK_IMPORTED_MODULE_2__/* .spcCheck */ .H)(request);
        const reportPath = options.string('report-path');
        const summaryPath = options.string('summary-path');
        if (reportPath !== undefined)
            (0,_adapters_user_files_js__WEBPACK_IMPORTED_MODULE_1__/* .writeJsonFile */ .An)(reportPath, report);
        if (summaryPath !== undefined)
            (0,_adapters_user_files_js__WEBPACK_IMPORTED_MODULE_1__/* .writeTextFile */ .Tl)(summaryPath, (0,_report_spc_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .spcSummaryMarkdown */ .Sk)(report));
        printReport(report, output);
        if (reportPath !== undefined)
            output.out(`report: ${reportPath}`);
        if (summaryPath !== undefined)
            output.out(`summary: ${summaryPath}`);
        return report.passed ? 0 : 1;
    }
};
function text(value) {
    return value === null || value === undefined ? '-' : String(Number(value.toPrecision(7)));
}
function printChart(chart, output) {
    const mark = {
        'in-control': 'OK  ',
        'out-of-control': 'FAIL',
        warning: 'WARN',
        'collecting-baseline': 'WAIT'
    }[chart.status];
    const result = chart.result;
    if (result === null) {
        output.out(`${mark}  ${chart.name} (${chart.chart}): ${chart.note ?? ''}`);
        return;
    }
    const index = chart.current[chart.current.length - 1];
    const point = result.panels[0]?.points.find((candidate) => candidate.index === index);
    const value = result.chart === 'cusum' ? point?.observed : point?.value;
    output.out(`${mark}  ${chart.name} (${result.chart}, ${chart.points} points): point ${index ?? '-'} = ${text(value)}, ` +
        `CL ${text(point?.center)}, LCL ${text(point?.lcl)}, UCL ${text(point?.ucl)}`);
    for (const [rule, indices] of Object.entries(chart.rule_hits)) {
        output.out(`        ${rule}: points ${indices.join(', ')}`);
    }
    for (const warning of result.warnings)
        output.out(`        warning: ${warning}`);
}
function printReport(report, output) {
    for (const damaged of report.damaged_records) {
        output.err(`damaged history record ${damaged.key} skipped: ${damaged.problem}`);
    }
    for (const warning of report.warnings)
        output.err(`warning: ${warning}`);
    for (const chart of report.charts)
        printChart(chart, output);
    const { summary } = report;
    const record = report.record === null
        ? ''
        : ` Record ${report.record.key} ${report.record.outcome === 'created' ? 'added' : 'already stored'}.`;
    output.out(`${report.in_control ? 'in control' : 'OUT OF CONTROL'}: ${summary.charts} chart(s), ` +
        `${summary.out_of_control} out of control on the newest point, ${summary.current_violations} ` +
        `violation(s) on it, ${summary.violations} in the whole series (fail on: ${report.fail_on}).${record}`);
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


/***/ }),

/***/ 46682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ah: () => (/* binding */ escapeLog),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Fw: () => (/* binding */ escapeMermaid),
/* harmony export */   SS: () => (/* binding */ codeSpan)
/* harmony export */ });
/**
 * Escaping for values that come from data or user files and end up in GitHub markdown (job
 * summaries, comments, issues), Mermaid diagrams or runner logs. Data must never inject HTML,
 * @mentions, markdown structure or workflow commands (DESIGN.md §6).
 */
/** Text for a markdown table cell or paragraph: no HTML, no table breaks, no mentions. */
function escapeMarkdown(text, maxLength = 120) {
    let value = text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
    value = value
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\r?\n|\r/g, ' ')
        .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
        // A zero-width space after @ stops GitHub from notifying a user or team.
        .replace(/@/g, '@\u200b');
    return value;
}
/** Text inside a Mermaid quoted label: quotes and brackets replaced, no HTML. */
function escapeMermaid(text, maxLength = 40) {
    const value = text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
    return value
        .replace(/["`]/g, "'")
        .replace(/[<>]/g, (c) => (c === '<' ? '‹' : '›'))
        .replace(/[[\]{}|;#&]/g, ' ')
        .replace(/\s+/g, ' ')
        .replace(/@/g, '@\u200b')
        .trim();
}
/**
 * Text for a runner log line: a value starting a line with `::` would be read as a workflow
 * command (e.g. `::add-mask::` or `::stop-commands::`), so every `::` is broken up.
 */
function escapeLog(text) {
    return text.replace(/::/g, ':\u200b:').replace(/\r?\n|\r/g, ' ');
}
/**
 * Text inside a markdown code span (no HTML or mentions are interpreted there); the fence is
 * longer than any backtick run in the value so it cannot close early.
 */
function codeSpan(text, maxLength = 80) {
    // A pipe ends a GFM table cell even inside a code span unless escaped.
    const value = (text.length > maxLength ? `${text.slice(0, maxLength)}…` : text)
        .replace(/\r?\n|\r/g, ' ')
        .replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = value.startsWith('`') || value.endsWith('`') || value === '' ? ' ' : '';
    return `${fence}${pad}${value}${pad}${fence}`;
}


/***/ }),

/***/ 92113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OW: () => (/* binding */ isJsonObject),
/* harmony export */   U0: () => (/* binding */ compactCanonicalJson),
/* harmony export */   dQ: () => (/* binding */ parseJsonBytes),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   qJ: () => (/* binding */ canonicalJsonBytes)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);

/**
 * Serialises a value with sorted object keys, two-space indentation and a final newline.
 *
 * Stored documents must be byte-for-byte reproducible: an idempotent re-run compares what it
 * would write with what is already stored, and key order or a NaN that `JSON.stringify` silently
 * turns into `null` would make an identical result look different (or a different one look
 * identical). `what` names the document in the error, e.g. "metrics.json".
 */
function canonicalJson(value, what) {
    return `${JSON.stringify(toCanonical(value, what, '$'), null, 2)}\n`;
}
/** The same canonical form on one line without a final newline (headers, tag messages). */
function compactCanonicalJson(value, what) {
    return JSON.stringify(toCanonical(value, what, '$'));
}
/** The canonical JSON text as UTF-8 bytes, ready to store. */
function canonicalJsonBytes(value, what) {
    return new TextEncoder().encode(canonicalJson(value, what));
}
function toCanonical(value, what, path) {
    if (value === null || typeof value === 'boolean' || typeof value === 'string')
        return value;
    if (typeof value === 'number') {
        if (!Number.isFinite(value)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what}: the value at ${path} is ${String(value)}, which JSON cannot represent; ` +
                'store a finite number or null.');
        }
        return value;
    }
    if (Array.isArray(value)) {
        return value.map((item, index) => toCanonical(item, what, `${path}[${index}]`));
    }
    if (typeof value === 'object' && isPlainObject(value)) {
        const result = {};
        for (const key of Object.keys(value).sort()) {
            const item = value[key];
            if (item === undefined)
                continue;
            result[key] = toCanonical(item, what, `${path}.${key}`);
        }
        return result;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what}: the value at ${path} is a ${typeof value}, which JSON cannot represent.`);
}
function isPlainObject(value) {
    const prototype = Object.getPrototypeOf(value);
    return prototype === Object.prototype || prototype === null;
}
/**
 * Parses stored JSON bytes strictly (invalid UTF-8 is an error, not a replacement character), so
 * a damaged stored document is reported rather than half-read.
 */
function parseJsonBytes(bytes) {
    try {
        return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
    }
    catch (error) {
        return { ok: false, problem: error instanceof Error ? error.message : String(error) };
    }
}
/** True for a JSON object (not null, not an array). */
function isJsonObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ })

};
