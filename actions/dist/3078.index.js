export const id = 3078;
export const ids = [3078];
export const modules = {

/***/ 11152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ writeJobSummary),
/* harmony export */   j: () => (/* binding */ defaultReportPath)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);



/** The runner's summary limit per step (actions/runner: 1024 KiB). */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4096;
/**
 * Where an action writes a report file when the user gave no path: under RUNNER_TEMP (unique per
 * job) so nothing lands in the repository's working tree.
 */
function defaultReportPath(action, kind) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(process.env.RUNNER_TEMP ?? (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'tollgate', `${action}-${kind}.json`);
}
/** Appends markdown to the job summary, cut to stay under the runner's 1 MiB limit. */
async function writeJobSummary(markdown) {
    if (process.env.GITHUB_STEP_SUMMARY === undefined || process.env.GITHUB_STEP_SUMMARY === '')
        return;
    let text = markdown;
    if (Buffer.byteLength(text) > SUMMARY_LIMIT_BYTES) {
        text = `${Buffer.from(text)
            .subarray(0, SUMMARY_LIMIT_BYTES)
            .toString('utf8')
            .replace(/\uFFFD$/, '')}\n\n_… cut to fit the 1 MiB job-summary limit; see the JSON report._\n`;
    }
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(text, true).write();
}


/***/ }),

/***/ 70540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ actionOptions),
/* harmony export */   y: () => (/* binding */ runActionStep)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32635);
/* harmony import */ var _options_option_table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55739);



/** Options of an action, read from its `INPUT_*` variables via @actions/core. */
function actionOptions(table) {
    return new _options_option_table_js__WEBPACK_IMPORTED_MODULE_2__/* .Options */ .JY(table, {
        get: (name) => {
            const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);
            return value === '' ? undefined : value;
        },
        describe: (name) => `input \`${name}\``
    });
}
/**
 * Runs an action body and turns whatever it throws into a failed step with one readable sentence
 * prefixed by the action's name (several Tollgate actions often share a job). Input errors that
 * know their file and line also become an annotation on that line. Stack traces are printed only
 * in debug mode (ACTIONS_STEP_DEBUG), where they help a maintainer and do not bury the message.
 */
async function runActionStep(actionName, body) {
    try {
        await body();
    }
    catch (error) {
        const message = `${actionName} failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`;
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz && error.location.file !== undefined) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(error.detail, {
                title: `${actionName}: invalid input`,
                file: error.location.file,
                startLine: error.location.line,
                startColumn: error.location.column
            });
        }
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TollgateError */ .xB) && error instanceof Error && error.stack !== undefined) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(error.stack);
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(message);
    }
}


/***/ }),

/***/ 2981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vp: () => (/* binding */ publishHtmlReport)
/* harmony export */ });
/* unused harmony exports workflowRunFacts, uploadHtmlReport, artifactUrl, artifactBaseName, htmlReportSummaryMarkdown */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32635);
/* harmony import */ var _html_report_html_report_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71200);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(46682);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(84402);
/* harmony import */ var _user_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(24574);
/* harmony import */ var _workflow_context_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(93324);










/**
 * The one call an action makes: renders `sections` into the report (with the workflow run's
 * facts added to `meta`), writes and uploads it, and returns the job-summary line linking it.
 *
 * ```ts
 * const html = await publishHtmlReport(validateReportSections(report, profile), {
 *   title: 'Tollgate validate-data', status: validateStatus(report), generatedAt: report.generated_at
 * }, { name: 'tollgate-validate-data-report' })
 * await writeJobSummary(summary + html.summary)
 * ```
 */
async function publishHtmlReport(sections, meta, options) {
    const env = options.env ?? process.env;
    const html = (0,_html_report_html_report_js__WEBPACK_IMPORTED_MODULE_5__/* .renderHtmlReport */ .w4)(sections, {
        ...meta,
        toolVersion: meta.toolVersion ?? _version_js__WEBPACK_IMPORTED_MODULE_8__/* .TOLLGATE_VERSION */ .o,
        facts: [...(meta.facts ?? []), ...workflowRunFacts(env)]
    });
    const upload = await uploadHtmlReport(html, options);
    return { ...upload, summary: htmlReportSummaryMarkdown(upload) };
}
/**
 * Repository, workflow run, commit and event of the current run, for the report's header card.
 * URLs stay text: the report links nowhere.
 */
function workflowRunFacts(env = process.env) {
    const context = (0,_workflow_context_js__WEBPACK_IMPORTED_MODULE_7__/* .readWorkflowContext */ .F)(env);
    const facts = [];
    if (context.repository !== '')
        facts.push({ key: 'Repository', value: context.repository });
    const run = (0,_workflow_context_js__WEBPACK_IMPORTED_MODULE_7__/* .runUrl */ .V)(context);
    if (run !== undefined) {
        facts.push({ key: 'Workflow run', value: `${run} (attempt ${context.runAttempt})` });
    }
    if (context.workflow !== '')
        facts.push({ key: 'Workflow', value: context.workflow });
    if (context.sha !== '')
        facts.push({ key: 'Commit', value: context.sha.slice(0, 12) });
    if (context.eventName !== '')
        facts.push({ key: 'Event', value: context.eventName });
    if (context.pullRequestNumber !== undefined) {
        facts.push({ key: 'Pull request', value: `#${context.pullRequestNumber}` });
    }
    return facts;
}
/** Names tried when the base name is already taken in the run. */
const MAX_NAME_SUFFIX = 20;
/**
 * Writes the report and, in GitHub Actions, uploads it as a workflow artifact; returns where it
 * went, for the job summary (`htmlReportSummaryMarkdown`) and an output. Never throws for an
 * upload problem; a file-system error writing the report does throw.
 */
async function uploadHtmlReport(html, options) {
    const env = options.env ?? process.env;
    const base = artifactBaseName(options.name, env.GITHUB_RUN_ATTEMPT);
    const directory = options.directory ?? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'tollgate', 'html-report');
    let path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(directory, `${base}.html`);
    (0,_user_files_js__WEBPACK_IMPORTED_MODULE_6__/* .writeTextFile */ .Tl)(path, html);
    if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
        return { path, notUploaded: 'not running in GitHub Actions (no artifact runtime)' };
    }
    // Loaded only when uploading: the artifact client (Azure SDK) is most of a bundle's start-up.
    const client = options.client ?? new (await Promise.all(/* import() */[__webpack_require__.e(6913), __webpack_require__.e(8110), __webpack_require__.e(6518)]).then(__webpack_require__.bind(__webpack_require__, 56518))).DefaultArtifactClient();
    const uploadOptions = {
        skipArchive: true,
        ...(options.retentionDays === undefined ? {} : { retentionDays: options.retentionDays })
    };
    for (let attempt = 1; attempt <= MAX_NAME_SUFFIX; attempt++) {
        const name = attempt === 1 ? base : `${base}-${attempt}`;
        if (attempt > 1) {
            const next = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(directory, `${name}.html`);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(path, next);
            path = next;
        }
        try {
            const uploaded = await client.uploadArtifact(`${name}.html`, [path], directory, uploadOptions);
            if (uploaded.id === undefined)
                throw new Error('the artifact service returned no artifact id');
            const url = artifactUrl(uploaded.id, env);
            return {
                path,
                artifact: { name: `${name}.html`, id: uploaded.id, ...(url === undefined ? {} : { url }) }
            };
        }
        catch (error) {
            const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error);
            if (/\b409\b|already exists/i.test(message) && attempt < MAX_NAME_SUFFIX)
                continue;
            const reason = `the HTML report could not be uploaded as an artifact: ${message}`;
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e((0,_report_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeLog */ .Ah)(`${reason} It was written to ${path}.`));
            return { path, notUploaded: reason };
        }
    }
    // Unreachable: the last attempt returns from the catch block.
    return { path, notUploaded: 'every artifact name was taken' };
}
/** `<server>/<owner>/<repo>/actions/runs/<run id>/artifacts/<artifact id>`, the artifact's page. */
function artifactUrl(id, env = process.env) {
    const run = (0,_workflow_context_js__WEBPACK_IMPORTED_MODULE_7__/* .runUrl */ .V)((0,_workflow_context_js__WEBPACK_IMPORTED_MODULE_7__/* .readWorkflowContext */ .F)(env));
    return run === undefined ? undefined : `${run}/artifacts/${id}`;
}
/** The base name: allowed characters only, and the attempt for re-runs. */
function artifactBaseName(name, runAttempt) {
    const clean = name.replace(/[\\/":<>|*?\r\n]/g, '-').replace(/\.html?$/i, '') || 'tollgate-report';
    const attempt = Number(runAttempt ?? '1');
    return Number.isInteger(attempt) && attempt > 1 ? `${clean}-attempt-${attempt}` : clean;
}
/**
 * One markdown line for the job summary linking the uploaded report; empty when nothing was
 * uploaded (outside Actions there is no page to link, and a failure is already a warning).
 */
function htmlReportSummaryMarkdown(upload) {
    if (upload.artifact === undefined)
        return '';
    const name = (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeMarkdown */ .FV)(upload.artifact.name, 200);
    const target = upload.artifact.url === undefined
        ? `artifact **${name}** of this run`
        : `[${name}](${upload.artifact.url})`;
    return `📊 **HTML report** with charts: ${target} (one self-contained page; it opens in the browser).\n`;
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

/***/ 32635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   cs: () => (/* binding */ IntegrityError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   xB: () => (/* binding */ TollgateError)
/* harmony export */ });
/* unused harmony exports NotYetAvailableError, formatLocation, notYetAvailable */
/**
 * Errors a user can act on. Everything Tollgate rejects is one of these, so the CLI can map it
 * to exit code 2 and an action can fail its step with a sentence instead of a stack trace
 * (DESIGN.md §8). Anything else that escapes is a bug or an outage.
 */
/** Base class: carries the CLI exit code that the error maps to. */
class TollgateError extends Error {
    exitCode = 2;
}
/** A command-line option or action input is missing or malformed. */
class UsageError extends TollgateError {
    name = 'UsageError';
}
/** The content of a user file (data, checks, config, history) is malformed. */
class InputError extends TollgateError {
    name = 'InputError';
    location;
    detail;
    constructor(location, detail) {
        super(`${formatLocation(location)}: ${detail}`);
        this.location = location;
        this.detail = detail;
    }
}
/** A stored record failed its integrity check (sha256 mismatch, truncated or unparsable). */
class IntegrityError extends TollgateError {
    name = 'IntegrityError';
}
/** The named feature exists in the interface but is not built yet; never pretend to pass. */
class NotYetAvailableError extends (/* unused pure expression or super */ null && (TollgateError)) {
    name = 'NotYetAvailableError';
}
/**
 * Renders a location as `file:line:column (row N, column "x")`, the compiler-style prefix that
 * editors and GitHub annotations understand, followed by the table coordinates when known.
 */
function formatLocation(location) {
    let text = location.file ?? '<input>';
    if (location.line !== undefined) {
        text += `:${location.line}`;
        if (location.column !== undefined)
            text += `:${location.column}`;
    }
    const extra = [];
    if (location.row !== undefined)
        extra.push(`row ${location.row}`);
    if (location.field !== undefined)
        extra.push(`column ${JSON.stringify(location.field)}`);
    if (extra.length > 0)
        text += ` (${extra.join(', ')})`;
    return text;
}
/** Normalises anything thrown into a message string. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}
/** Exit code for anything thrown: 2 for user errors, 70 (EX_SOFTWARE) for bugs and outages. */
function exitCodeFor(error) {
    return error instanceof TollgateError ? error.exitCode : 70;
}
/** The error an action or command that is declared but not built yet fails with. */
function notYetAvailable(feature) {
    return new NotYetAvailableError(`${feature} is not yet available in this version of Tollgate. The interface is published so ` +
        'workflows can be prepared, but the step fails rather than pretend to pass.');
}


/***/ }),

/***/ 55739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ parseNumber),
/* harmony export */   JY: () => (/* binding */ Options),
/* harmony export */   ry: () => (/* binding */ splitList)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);

/**
 * Typed, strict access to the options of one operation. Values are validated when read so a
 * typo fails the run with a sentence that names the option, instead of becoming NaN downstream.
 */
class Options {
    table;
    source;
    constructor(table, source) {
        this.table = table;
        this.source = source;
    }
    /** The raw string (or the table default), undefined when neither exists. */
    raw(name) {
        const spec = this.spec(name);
        const value = this.source.get(name);
        if (value !== undefined && value !== '')
            return value;
        // An empty default (as action.yml declares for optional paths) means "not given".
        return spec.default === '' ? undefined : spec.default;
    }
    /** True when the user gave the option explicitly (defaults do not count). */
    has(name) {
        const value = this.source.get(name);
        return value !== undefined && value !== '';
    }
    string(name) {
        return this.raw(name);
    }
    requiredString(name) {
        const value = this.raw(name);
        if (value === undefined || value.trim() === '') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`Missing required ${this.source.describe(name)}: ${this.spec(name).description}`);
        }
        return value;
    }
    number(name) {
        const value = this.raw(name);
        if (value === undefined)
            return undefined;
        return parseNumber(value.trim(), () => `${this.source.describe(name)} must be a number, got ${JSON.stringify(value)}`);
    }
    integer(name) {
        const value = this.number(name);
        if (value === undefined)
            return undefined;
        if (!Number.isInteger(value)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${this.source.describe(name)} must be a whole number, got ${value}`);
        }
        return value;
    }
    boolean(name) {
        const value = this.raw(name);
        if (value === undefined)
            return undefined;
        // The YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts.
        if (['true', 'True', 'TRUE'].includes(value.trim()))
            return true;
        if (['false', 'False', 'FALSE'].includes(value.trim()))
            return false;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${this.source.describe(name)} must be true or false, got ${JSON.stringify(value)}`);
    }
    choice(name) {
        const value = this.raw(name);
        if (value === undefined)
            return undefined;
        const choices = this.spec(name).choices ?? [];
        const trimmed = value.trim();
        if (!choices.includes(trimmed)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${this.source.describe(name)} must be one of ${choices.join(', ')}; got ${JSON.stringify(value)}`);
        }
        return trimmed;
    }
    /** Comma- or newline-separated items, trimmed, empty items dropped. */
    list(name) {
        const value = this.raw(name);
        if (value === undefined)
            return [];
        return splitList(value);
    }
    spec(name) {
        const spec = this.table[name];
        if (spec === undefined)
            throw new Error(`Bug: option ${name} is not declared in its option table`);
        return spec;
    }
}
/** Splits a comma- or newline-separated list, trimming items and dropping empty ones. */
function splitList(value) {
    return value
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
/** Strict number parsing: rejects '', '12abc', 'NaN' and hex that Number() would accept. */
function parseNumber(text, message) {
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) && !/^[+-]?Infinity$/.test(text)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(message());
    }
    return Number(text);
}


/***/ }),

/***/ 11830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $W: () => (/* binding */ categoryChart),
/* harmony export */   In: () => (/* binding */ shortNumber),
/* harmony export */   RN: () => (/* binding */ histogramChart)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46682);

/**
 * Mermaid charts for job summaries and comments (GitHub renders ```mermaid blocks). Numbers are
 * rounded for display only; labels pass through escapeMermaid.
 */
/** A compact number for axis labels: 3 significant digits, k/M suffixes. */
function shortNumber(value) {
    const abs = Math.abs(value);
    if (abs >= 1e9)
        return `${Number((value / 1e9).toPrecision(3))}G`;
    if (abs >= 1e6)
        return `${Number((value / 1e6).toPrecision(3))}M`;
    if (abs >= 1e4)
        return `${Number((value / 1e3).toPrecision(3))}k`;
    if (abs === 0)
        return '0';
    return String(Number(value.toPrecision(3)));
}
/** A bar chart of a histogram: one bar per bin, labelled by the bin's lower edge. */
function histogramChart(title, edges, counts, yLabel = 'rows') {
    const labels = counts.map((_, j) => `"${shortNumber(edges[j])}"`);
    return [
        '```mermaid',
        'xychart-beta',
        `  title "${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMermaid */ .Fw)(title)}"`,
        `  x-axis [${labels.join(', ')}]`,
        `  y-axis "${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMermaid */ .Fw)(yLabel)}"`,
        `  bar [${counts.map((count) => String(count)).join(', ')}]`,
        '```'
    ].join('\n');
}
/** A bar chart of category counts. */
function categoryChart(title, entries, yLabel) {
    return [
        '```mermaid',
        'xychart-beta',
        `  title "${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMermaid */ .Fw)(title)}"`,
        `  x-axis [${entries.map((entry) => `"${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMermaid */ .Fw)(entry.label, 20)}"`).join(', ')}]`,
        `  y-axis "${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMermaid */ .Fw)(yLabel)}"`,
        `  bar [${entries.map((entry) => String(entry.value)).join(', ')}]`,
        '```'
    ].join('\n');
}


/***/ }),

/***/ 40066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ trainSummaryMarkdown),
/* harmony export */   Z: () => (/* binding */ formatNumber)
/* harmony export */ });
/* harmony import */ var _lineage_lineage_graph_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80320);
/* harmony import */ var _lineage_mermaid_lineage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19535);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46682);
/* harmony import */ var _mermaid_charts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11830);




/** Feature importances drawn in the chart; the rest are counted below it. */
const CHART_FEATURES = 12;
/**
 * The job summary of a training run: metrics table, feature-importance chart, parameters, the
 * data it read (with digests), where it ran, and the lineage graph. Every value that comes from
 * data, the user's command or the learner's parameters is escaped.
 */
function trainSummaryMarkdown(report, events) {
    const what = report.model === 'command'
        ? `command ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(report.command ?? '', 60)}`
        : `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(report.model)}${report.task === null ? '' : ` (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(report.task)})`}`;
    const data = report.data.map((file) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(file.path, 60)).join(', ');
    const lines = [
        `### Tollgate train: ${what}`,
        '',
        `Target ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(report.target)} · ${report.rows.total.toLocaleString('en-US')} rows in ${data} · ` +
            `${formatDuration(report.duration_ms)} · run ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(report.run_id)}`,
        ''
    ];
    for (const warning of report.warnings)
        lines.push(`> ⚠️ ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(warning, 300)}`, '');
    lines.push('#### Metrics', '');
    const names = Object.keys(report.metrics);
    const source = {
        validation: `validation (${report.rows.validation ?? '?'} rows)`,
        training: 'training rows',
        command: 'reported by the command'
    }[report.metrics_source];
    if (report.training_metrics !== null && report.metrics_source === 'validation') {
        lines.push(`| Metric | ${source} | training (${report.rows.train ?? '?'} rows) |`);
        lines.push('| --- | --- | --- |');
        for (const name of names) {
            const train = report.training_metrics[name];
            lines.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(name)} | ${formatNumber(report.metrics[name])} | ${train === undefined ? '—' : formatNumber(train)} |`);
        }
    }
    else {
        lines.push(`| Metric | ${source} |`, '| --- | --- |');
        for (const name of names)
            lines.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(name)} | ${formatNumber(report.metrics[name])} |`);
    }
    lines.push('');
    if (report.feature_importances.length > 0) {
        const shown = report.feature_importances.slice(0, CHART_FEATURES);
        lines.push('#### Feature importances', '');
        lines.push((0,_mermaid_charts_js__WEBPACK_IMPORTED_MODULE_3__/* .categoryChart */ .$W)('Feature importance (share, %)', shown.map((entry) => ({
            label: entry.feature,
            value: Number((entry.importance * 100).toFixed(2))
        })), '%'));
        const rest = report.feature_importances.length - shown.length;
        if (rest > 0)
            lines.push('', `_${rest} more feature(s) with smaller importance are in the report._`);
        lines.push('');
    }
    const params = Object.entries(report.params).filter(([name]) => name !== 'command');
    if (params.length > 0) {
        lines.push('<details><summary>Parameters</summary>', '', '| Parameter | Value |', '| --- | --- |');
        for (const [name, value] of params) {
            lines.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(name)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(JSON.stringify(value), 100)} |`);
        }
        lines.push('', '</details>', '');
    }
    lines.push('<details><summary>Data, code and environment</summary>', '');
    lines.push('| Data file | Format | Bytes | SHA-256 |', '| --- | --- | --- | --- |');
    for (const file of report.data) {
        lines.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(file.path, 60)} | ${file.format} | ${file.bytes.toLocaleString('en-US')} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(file.sha256)} |`);
    }
    lines.push('', '| Model file | Bytes | SHA-256 |', '| --- | --- | --- |');
    for (const file of report.files) {
        lines.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(file.name)} | ${file.size.toLocaleString('en-US')} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(file.sha256)} |`);
    }
    const { code, environment } = report;
    const commit = code.commit === undefined
        ? 'unknown'
        : `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(code.commit)}${code.dirty === true ? ' (modified files)' : ''}`;
    const runner = environment.runner === undefined
        ? ''
        : ` · runner ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)([environment.runner.name, environment.runner.os, environment.runner.arch].filter((part) => part !== undefined).join(' '))}`;
    lines.push('', `Commit ${commit} · Node ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(environment.node)} · ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(`${environment.os.platform} ${environment.os.release} ${environment.os.arch}`)}${runner} · Tollgate ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(environment.tollgate)}`, '', '</details>', '');
    if (events.length > 0) {
        lines.push('#### Lineage', '', (0,_lineage_mermaid_lineage_js__WEBPACK_IMPORTED_MODULE_1__/* .renderLineageMermaidBlock */ .o2)((0,_lineage_lineage_graph_js__WEBPACK_IMPORTED_MODULE_0__/* .buildLineageGraph */ .yc)(events)).trimEnd(), '');
    }
    return lines.join('\n');
}
/** Metrics with 4 significant digits: enough to compare runs at a glance; the JSON is exact. */
function formatNumber(value) {
    if (Number.isInteger(value))
        return value.toLocaleString('en-US');
    return String(Number(value.toPrecision(4)));
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${ms} ms`;
    const seconds = ms / 1000;
    if (seconds < 120)
        return `${seconds.toFixed(1)} s`;
    return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}


/***/ }),

/***/ 28863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ closestName)
/* harmony export */ });
/* unused harmony export editDistance */
/**
 * "Did you mean" suggestions for option names and checks-file keys: a typo such as `beteen:` should
 * be answered with the key the user meant, not only with the fact that it is unknown.
 */
/** The candidate within edit distance 2 of `name`, if any (Levenshtein). */
function closestName(name, candidates) {
    let best;
    let bestDistance = 3;
    for (const candidate of candidates) {
        const distance = editDistance(name, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
function editDistance(a, b) {
    const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = previous[0];
        previous[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = previous[j];
            previous[j] = Math.min(above + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return previous[b.length];
}


/***/ }),

/***/ 84402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ TOLLGATE_VERSION)
/* harmony export */ });
/** Tollgate's version, recorded in every report, profile and lineage event. */
const TOLLGATE_VERSION = '0.1.0';


/***/ })

};
