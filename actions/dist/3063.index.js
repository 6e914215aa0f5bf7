export const id = 3063;
export const ids = [3063];
export const modules = {

/***/ 6140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inputs: () => (/* binding */ inputs),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./shared/adapters/action-step.ts
var action_step = __webpack_require__(70540);
// EXTERNAL MODULE: ./shared/adapters/action-report.ts
var action_report = __webpack_require__(11152);
// EXTERNAL MODULE: ./shared/adapters/workflow-context.ts
var workflow_context = __webpack_require__(93324);
// EXTERNAL MODULE: ./shared/operations/validate-options.ts
var validate_options = __webpack_require__(26820);
// EXTERNAL MODULE: ./shared/operations/validate-data.ts + 10 modules
var validate_data = __webpack_require__(73790);
// EXTERNAL MODULE: ./shared/adapters/user-files.ts
var user_files = __webpack_require__(24574);
// EXTERNAL MODULE: ./shared/report/escape.ts
var report_escape = __webpack_require__(46682);
// EXTERNAL MODULE: ./shared/report/mermaid-charts.ts
var mermaid_charts = __webpack_require__(11830);
;// CONCATENATED MODULE: ./shared/report/validate-summary.ts


const STATUS_ICON = { pass: '✅', warn: '⚠️', fail: '❌' };
/** Markdown for the job summary and the PR comment of validate-data. */
function validateSummaryMarkdown(report, profile, options = {}) {
    const { summary } = report;
    const verdict = report.passed
        ? summary.warnings > 0
            ? '⚠️ passed with warnings'
            : '✅ passed'
        : '❌ failed';
    const files = report.data.files.map((file) => (0,report_escape/* codeSpan */.SS)(file.path)).join(', ');
    const lines = [
        `### Tollgate validate-data: ${verdict}`,
        '',
        `${report.data.rows.toLocaleString('en-US')} rows × ${report.data.columns.length} columns in ${files} — ` +
            `**${summary.passed}** passed, **${summary.failed}** failed, **${summary.warnings}** warnings ` +
            `(checks: ${(0,report_escape/* codeSpan */.SS)(report.checks_file)}, fail on: ${report.fail_on}).`,
        ''
    ];
    const problems = report.results.filter((result) => result.status !== 'pass');
    if (problems.length > 0) {
        lines.push('| | Check | Column | Observed | Expected | Failing rows (first) |', '| --- | --- | --- | --- | --- | --- |');
        for (const result of problems)
            lines.push(checkRow(result, true));
        lines.push('');
    }
    const passing = report.results.filter((result) => result.status === 'pass');
    if (passing.length > 0 && !options.compact) {
        lines.push(`<details><summary>${passing.length} passing check(s)</summary>`, '');
        lines.push('| | Check | Column | Observed | Expected |', '| --- | --- | --- | --- | --- |');
        for (const result of passing)
            lines.push(checkRow(result, false));
        lines.push('', '</details>', '');
    }
    lines.push(...profileSection(profile, report, options.compact === true));
    return lines.join('\n');
}
function checkRow(result, withSamples) {
    const cells = [
        STATUS_ICON[result.status],
        (0,report_escape/* codeSpan */.SS)(result.check),
        result.column === null ? '(table)' : (0,report_escape/* codeSpan */.SS)(result.column),
        (0,report_escape/* escapeMarkdown */.FV)(observedText(result)),
        (0,report_escape/* escapeMarkdown */.FV)(result.expected)
    ];
    if (withSamples) {
        const samples = result.unexpected_samples
            .map((sample) => `row ${sample.row}: ${(0,report_escape/* codeSpan */.SS)(sample.value, 40)}`)
            .join('<br>');
        cells.push(samples === '' ? '' : samples);
    }
    return `| ${cells.join(' | ')} |`;
}
function observedText(result) {
    if (result.unexpected_count !== null &&
        result.element_count > 0 &&
        result.check !== 'unique' &&
        result.check !== 'compound_unique') {
        const share = result.unexpected_percent ?? 0;
        return `${result.unexpected_count.toLocaleString('en-US')} of ${result.element_count.toLocaleString('en-US')} fail (${Number(share.toPrecision(3))}%)`;
    }
    const observed = result.observed;
    if (observed === null || observed === undefined)
        return '—';
    if (typeof observed === 'number')
        return `${(0,mermaid_charts/* shortNumber */.In)(observed)}${result.exact ? '' : ' (est.)'}`;
    if (typeof observed === 'string')
        return observed;
    if (Array.isArray(observed))
        return observed.slice(0, 8).join(', ') + (observed.length > 8 ? ', …' : '');
    return Object.entries(observed)
        .map(([key, value]) => `${key.replace(/_/g, ' ')}: ${String(value)}`)
        .join(', ');
}
function profileSection(profile, report, compact) {
    const lines = [];
    if (!compact) {
        lines.push('<details><summary>Column profile</summary>', '');
        lines.push('| Column | Type | Missing | Distinct | Min | Mean | Max |', '| --- | --- | --- | --- | --- | --- | --- |');
        for (const column of profile.columns) {
            const missing = column.null_fraction === null
                ? '—'
                : `${Number((column.null_fraction * 100).toPrecision(3))}%`;
            const show = (value) => value === null
                ? '—'
                : typeof value === 'number'
                    ? (0,mermaid_charts/* shortNumber */.In)(value)
                    : (0,report_escape/* escapeMarkdown */.FV)(value, 25);
            lines.push(`| ${(0,report_escape/* codeSpan */.SS)(column.name)} | ${column.type} | ${missing} | ${column.distinct.toLocaleString('en-US')}${column.distinct_exact ? '' : ' (est.)'} | ${show(column.min)} | ${column.mean === null ? '—' : (0,mermaid_charts/* shortNumber */.In)(column.mean)} | ${show(column.max)} |`);
        }
        lines.push('', '</details>', '');
    }
    // One distribution where it helps most: the first numeric column with a failing check, else the first numeric.
    const failingColumns = new Set(report.results
        .filter((result) => result.status !== 'pass' && result.column !== null)
        .map((result) => result.column));
    const numeric = profile.columns.filter((column) => column.histogram !== null);
    const chosen = numeric.find((column) => failingColumns.has(column.name)) ?? (compact ? undefined : numeric[0]);
    if (chosen?.histogram) {
        lines.push((0,mermaid_charts/* histogramChart */.RN)(`Distribution of ${chosen.name}`, chosen.histogram.edges, chosen.histogram.counts), '');
    }
    return lines;
}

// EXTERNAL MODULE: ./shared/adapters/clock.ts
var clock = __webpack_require__(85133);
// EXTERNAL MODULE: ./shared/shard/shard-spec.ts
var shard_spec = __webpack_require__(30225);
// EXTERNAL MODULE: ./shared/adapters/html-artifact.ts
var html_artifact = __webpack_require__(2981);
// EXTERNAL MODULE: ./shared/html-report/validate-sections.ts
var validate_sections = __webpack_require__(22346);
;// CONCATENATED MODULE: ./actions/validate-data/main.ts













/** The inputs this action reads (checked against action.yml by the metadata test). */
const inputs = validate_options/* validateDataOptions */.J;
/** validate-data: data tests + profile in one pass; summary, annotations, PR comment, outputs. */
async function run() {
    await (0,action_step/* runActionStep */.y)('validate-data', async () => {
        const options = (0,action_step/* actionOptions */.R)(validate_options/* validateDataOptions */.J);
        // Matrix sharding: a shard job writes a partial; the merge job reports as one run would. The
        // artifact client is loaded only in these modes (it would slow every other start).
        const shard = options.string('shard');
        if (shard !== undefined) {
            const { runShardStep } = await Promise.all(/* import() */[__webpack_require__.e(6913), __webpack_require__.e(8110), __webpack_require__.e(6518), __webpack_require__.e(4294), __webpack_require__.e(1839), __webpack_require__.e(9747), __webpack_require__.e(273), __webpack_require__.e(5394)]).then(__webpack_require__.bind(__webpack_require__, 80273));
            return runShardStep(options, (0,shard_spec/* parseShardSpec */.d7)(shard, 'input `shard`'));
        }
        const failOn = options.choice('fail-on');
        const checksPath = options.requiredString('checks');
        const outcome = options.boolean('merge') === true
            ? await (await Promise.all(/* import() */[__webpack_require__.e(6913), __webpack_require__.e(8110), __webpack_require__.e(6518), __webpack_require__.e(4294), __webpack_require__.e(1839), __webpack_require__.e(9747), __webpack_require__.e(273), __webpack_require__.e(5394)]).then(__webpack_require__.bind(__webpack_require__, 80273))).mergeUploadedPartials(options)
            : await (0,validate_data/* validateData */.l)({
                data: options.list('data'),
                checksPath,
                format: options.choice('format'),
                delimiter: options.string('delimiter'),
                failOn,
                threads: options.integer('threads') ?? 0,
                now: (0,clock/* nowFromEnvironment */.g)()
            });
        const { report, profile } = outcome;
        const reportPath = options.string('report-path') ?? (0,action_report/* defaultReportPath */.j)('validate-data', 'report');
        const profilePath = options.string('profile-path') ?? (0,action_report/* defaultReportPath */.j)('validate-data', 'profile');
        (0,user_files/* writeJsonFile */.An)(reportPath, report);
        (0,user_files/* writeJsonFile */.An)(profilePath, profile);
        for (const result of report.results) {
            if (result.status === 'pass')
                continue;
            const annotate = result.status === 'fail' ? core/* error */.z3 : core/* warning */.$e;
            annotate((0,report_escape/* escapeLog */.Ah)(`${result.id}: ${result.message}`), {
                title: `validate-data: ${result.check}${result.column === null ? '' : ` on ${result.column}`}`,
                file: result.location.file,
                startLine: result.location.line,
                startColumn: result.location.column
            });
        }
        core/* setOutput */.uH('passed', String(report.passed));
        core/* setOutput */.uH('failed-checks', String(report.summary.failed));
        core/* setOutput */.uH('warnings', String(report.summary.warnings));
        core/* setOutput */.uH('rows', String(report.data.rows));
        core/* setOutput */.uH('report', reportPath);
        core/* setOutput */.uH('profile', profilePath);
        const html = options.boolean('html-report') === true
            ? await (0,html_artifact/* publishHtmlReport */.Vp)((0,validate_sections/* validateReportSections */.J_)(report, profile), {
                title: 'Tollgate validate-data',
                status: (0,validate_sections/* validateStatus */.d_)(report),
                generatedAt: report.generated_at
            }, { name: 'tollgate-validate-data-report' })
            : undefined;
        await (0,action_report/* writeJobSummary */.C)(validateSummaryMarkdown(report, profile) + (html?.summary ? `\n${html.summary}` : ''));
        const context = (0,workflow_context/* readWorkflowContext */.F)();
        const comment = options.choice('comment');
        const wantComment = comment === 'true' || (comment === 'auto' && context.pullRequestNumber !== undefined);
        if (wantComment) {
            if (context.pullRequestNumber === undefined) {
                core/* warning */.$e('comment is true but this run is not for a pull request; no comment was written.');
            }
            else {
                // Octokit is loaded only when there is a comment to write (start-up cost otherwise).
                const { createGitHubClient, currentRepository } = await Promise.all(/* import() */[__webpack_require__.e(6913), __webpack_require__.e(5533)]).then(__webpack_require__.bind(__webpack_require__, 95533));
                const { upsertPullRequestComment } = await __webpack_require__.e(/* import() */ 8805).then(__webpack_require__.bind(__webpack_require__, 38805));
                const client = createGitHubClient(options.requiredString('token'));
                const body = validateSummaryMarkdown(report, profile, { compact: false });
                const url = await upsertPullRequestComment(client, currentRepository(), context.pullRequestNumber, 'validate-data', body);
                if (url !== undefined)
                    core/* info */.pq(`Pull-request comment: ${url}`);
            }
        }
        core/* info */.pq(`validate-data: ${report.summary.passed} passed, ${report.summary.failed} failed, ${report.summary.warnings} warnings on ${report.data.rows} rows. Report: ${reportPath}`);
        if (!report.passed) {
            const failing = report.results.filter((result) => result.status === 'fail' || (failOn === 'warn' && result.status === 'warn'));
            core/* setFailed */.C1(`validate-data: ${failing.length} check(s) failed: ${failing
                .slice(0, 5)
                .map((result) => result.id)
                .join(', ')}${failing.length > 5 ? ', …' : ''}`);
        }
    });
}


/***/ }),

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

/***/ 84753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cd: () => (/* binding */ ticksWithin),
/* harmony export */   at: () => (/* binding */ niceTicks),
/* harmony export */   om: () => (/* binding */ linearScale),
/* harmony export */   q5: () => (/* binding */ tickLabel)
/* harmony export */ });
/**
 * Axis ticks and the linear map from data to SVG coordinates. Ticks follow Heckbert's "nice
 * numbers" (Graphics Gems I, 1990, "Nice numbers for graph labels"): steps of 1, 2 or 5 × 10ⁿ,
 * with the axis widened to whole steps ("loose" labelling) so every drawn value sits inside it.
 */
/** The nearest "nice" number to `x` (> 0): rounded, or the smallest nice number ≥ x. */
function niceNumber(x, round) {
    const exponent = Math.floor(Math.log10(x));
    const power = 10 ** exponent;
    const fraction = x / power;
    let nice;
    if (round)
        nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
    else
        nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
    return nice * power;
}
/**
 * About `count` ticks covering [min, max]. A zero-width range is widened around its value; with
 * `integer` the step is a whole number (point indices, counts).
 */
function niceTicks(min, max, count = 5, integer = false) {
    let low = Number.isFinite(min) ? min : 0;
    let high = Number.isFinite(max) ? max : low;
    if (high < low)
        [low, high] = [high, low];
    if (high === low) {
        const pad = low === 0 ? 1 : Math.abs(low) * 0.1;
        low -= integer ? Math.max(1, Math.round(pad)) : pad;
        high += integer ? Math.max(1, Math.round(pad)) : pad;
    }
    const range = niceNumber(high - low, false);
    let step = niceNumber(range / Math.max(1, count - 1), true);
    if (integer)
        step = Math.max(1, Math.round(step));
    const first = Math.floor(low / step) * step;
    const last = Math.ceil(high / step) * step;
    const values = [];
    // Computed from the index (not by repeated addition) so rounding does not accumulate.
    for (let i = 0; first + i * step <= last + step * 1e-9; i++)
        values.push(cleanTick(first + i * step, step));
    return { min: values[0] ?? first, max: values[values.length - 1] ?? last, step, values };
}
/** Removes binary noise such as 0.30000000000000004 from a tick value. */
function cleanTick(value, step) {
    const decimals = Math.max(0, -Math.floor(Math.log10(step))) + 1;
    return Number(value.toFixed(Math.min(20, decimals)));
}
/**
 * Ticks inside a fixed domain, for an axis that should end at the data (a series of points):
 * the multiples of a nice step that fall within [min, max]; the domain is not widened.
 */
function ticksWithin(min, max, count = 8, integer = false) {
    const loose = niceTicks(min, max, count, integer);
    const values = loose.values.filter((value) => value >= min - loose.step * 1e-9 && value <= max + loose.step * 1e-9);
    return { min, max: max > min ? max : min + 1, step: loose.step, values };
}
/**
 * A tick label with as many decimals as the step needs: 0.25 steps give "0.25", 1000 steps give
 * "3,000"; from 10⁵ on, k/M/G suffixes keep labels short ("1.5M").
 */
function tickLabel(value, step) {
    const magnitude = Math.max(Math.abs(value), Math.abs(step));
    const [divisor, suffix] = magnitude >= 1e9 && step >= 1e6
        ? [1e9, 'G']
        : magnitude >= 1e6 && step >= 1e3
            ? [1e6, 'M']
            : magnitude >= 1e5 && step >= 1e2
                ? [1e3, 'k']
                : [1, ''];
    const scaledStep = step / divisor;
    const decimals = Math.min(12, Math.max(0, -Math.floor(Math.log10(scaledStep) + 1e-9)));
    const text = (value / divisor).toFixed(decimals);
    const grouped = suffix === '' && decimals === 0 ? text.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : text;
    const signed = grouped.replace(/^-/, '−');
    return /^−0(\.0+)?$/.test(signed) ? signed.slice(1) + suffix : signed + suffix;
}
/** A linear map from a data domain onto a pixel range (the range may run backwards, as y does). */
function linearScale(domain, range) {
    const [d0, d1] = domain;
    const [r0, r1] = range;
    const span = d1 - d0;
    if (span === 0)
        return () => (r0 + r1) / 2;
    return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}


/***/ }),

/***/ 43483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ barChartSvg)
/* harmony export */ });
/* harmony import */ var _axis_scale_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84753);
/* harmony import */ var _chart_frame_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98967);
/* harmony import */ var _display_number_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69755);
/* harmony import */ var _markup_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78643);




const DEFAULT_WIDTH = 760;
const DEFAULT_HEIGHT = 300;
const CATEGORY_LABEL_LENGTH = 14;
const MAX_X_LABELS = 24;
/** The chart as an `<svg>` element. Bars carry `bar series-<i>` classes (one per bin and series). */
function barChartSvg(spec) {
    const width = spec.width ?? DEFAULT_WIDTH;
    const height = spec.height ?? DEFAULT_HEIGHT;
    const slots = spec.bins.kind === 'intervals'
        ? Math.max(0, spec.bins.edges.length - 1)
        : spec.bins.labels.length;
    const share = spec.valueFormat === 'share';
    const values = spec.series.flatMap((series) => series.values.slice(0, slots).filter(Number.isFinite));
    const yTicks = (0,_axis_scale_js__WEBPACK_IMPORTED_MODULE_2__/* .niceTicks */ .at)(0, Math.max(0, ...values) || (share ? 0.1 : 1), 5, !share && values.every(Number.isInteger));
    const format = (value) => share ? `${(0,_axis_scale_js__WEBPACK_IMPORTED_MODULE_2__/* .tickLabel */ .q5)(value * 100, yTicks.step * 100)}%` : (0,_axis_scale_js__WEBPACK_IMPORTED_MODULE_2__/* .tickLabel */ .q5)(value, yTicks.step);
    const legend = spec.series.length > 1
        ? spec.series.map((series) => ({
            label: series.label,
            tone: series.tone,
            swatch: 'box'
        }))
        : [];
    const categoryLabels = spec.bins.kind === 'categories'
        ? spec.bins.labels.map((label) => (0,_markup_js__WEBPACK_IMPORTED_MODULE_1__/* .truncateText */ .EJ)(label, CATEGORY_LABEL_LENGTH))
        : [];
    const rotate = spec.bins.kind === 'categories' &&
        categoryLabels.some((label) => (0,_chart_frame_js__WEBPACK_IMPORTED_MODULE_0__/* .textWidth */ .sc)(label) > (width - 120) / Math.max(1, slots) - 4);
    const left = 30 + Math.max(...yTicks.values.map((value) => (0,_chart_frame_js__WEBPACK_IMPORTED_MODULE_0__/* .textWidth */ .sc)(format(value))));
    const right = 24;
    const top = 8 + (0,_chart_frame_js__WEBPACK_IMPORTED_MODULE_0__/* .legendHeight */ .vi)(legend, width - left - right);
    const bottom = rotate ? 112 : 46;
    const area = { left, top, width: width - left - right, height: height - top - bottom };
    const slotWidth = slots === 0 ? area.width : area.width / slots;
    const y = (0,_axis_scale_js__WEBPACK_IMPORTED_MODULE_2__/* .linearScale */ .om)([yTicks.min, yTicks.max], [area.top + area.height, area.top]);
    const gap = Math.min(2, slotWidth * 0.1);
    const bars = spec.series.map((series, index) => {
        const rects = [];
        for (let slot = 0; slot < slots; slot++) {
            const value = series.values[slot];
            if (value === undefined || !Number.isFinite(value))
                continue;
            const top = y(Math.max(0, value));
            const shown = share ? `${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_3__/* .displayNumber */ .o)(value * 100, 3)}%` : (0,_display_number_js__WEBPACK_IMPORTED_MODULE_3__/* .displayNumber */ .o)(value);
            // Overlaid series are inset a little so the lower one stays visible at its edges.
            const inset = index === 0 ? gap / 2 : gap / 2 + Math.min(3, slotWidth * 0.15);
            rects.push((0,_markup_js__WEBPACK_IMPORTED_MODULE_1__/* .safeHtml */ .b5) `<rect class="bar series-${index} tone-${series.tone}" x="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_1__/* .svgNumber */ .Ah)(area.left + slot * slotWidth + inset)}" y="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_1__/* .svgNumber */ .Ah)(top)}" width="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_1__/* .svgNumber */ .Ah)(Math.max(0.5, slotWidth - 2 * inset))}" height="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_1__/* .svgNumber */ .Ah)(Math.max(0, area.top + area.height - top))}"><title>${binName(spec.bins, slot)} — ${series.label}: ${shown}</title></rect>`);
        }
        return (0,_markup_js__WEBPACK_IMPORTED_MODULE_1__/* .safeHtml */ .b5) `<g class="bars series-${index}">${rects}</g>`;
    });
    return (0,_chart_frame_js__WEBPACK_IMPORTED_MODULE_0__/* .chartSvg */ .nS)({
        width,
        height,
        title: spec.title,
        description: spec.description,
        className: 'chart-svg bar-chart',
        body: [
            (0,_chart_frame_js__WEBPACK_IMPORTED_MODULE_0__/* .yAxisMarkup */ .Fm)(area, yTicks, spec.yLabel, format),
            (0,_chart_frame_js__WEBPACK_IMPORTED_MODULE_0__/* .xAxisMarkup */ .qN)(area, xTicks(spec.bins, area, slotWidth, categoryLabels), spec.xLabel, {
                rotate
            }),
            (0,_markup_js__WEBPACK_IMPORTED_MODULE_1__/* .safeHtml */ .b5) `<g class="series">${bars}</g>`,
            (0,_chart_frame_js__WEBPACK_IMPORTED_MODULE_0__/* .legendMarkup */ .aK)(legend, area.left, 8, area.width)
        ]
    });
}
/** Tick labels: bin edges for intervals, names under the bars for categories; thinned to fit. */
function xTicks(bins, area, slotWidth, categoryLabels) {
    if (bins.kind === 'categories') {
        const every = Math.ceil(categoryLabels.length / MAX_X_LABELS);
        return categoryLabels.flatMap((label, slot) => slot % every === 0 ? [{ position: area.left + (slot + 0.5) * slotWidth, label }] : []);
    }
    const edges = bins.edges;
    const labels = edges.map((edge, index) => {
        if (index === 0 && bins.openLower === true)
            return '−∞';
        if (index === edges.length - 1 && bins.openUpper === true)
            return '+∞';
        return (0,_display_number_js__WEBPACK_IMPORTED_MODULE_3__/* .displayNumber */ .o)(edge, 3);
    });
    const widest = Math.max(...labels.map(_chart_frame_js__WEBPACK_IMPORTED_MODULE_0__/* .textWidth */ .sc), 1);
    const every = Math.max(1, Math.ceil((widest + 8) / Math.max(1, slotWidth)));
    return labels.flatMap((label, index) => index % every === 0 ? [{ position: area.left + index * slotWidth, label }] : []);
}
function binName(bins, slot) {
    if (bins.kind === 'categories')
        return bins.labels[slot] ?? '';
    const low = slot === 0 && bins.openLower === true ? '−∞' : (0,_display_number_js__WEBPACK_IMPORTED_MODULE_3__/* .displayNumber */ .o)(bins.edges[slot], 6);
    const last = slot === bins.edges.length - 2;
    const high = last && bins.openUpper === true ? '+∞' : (0,_display_number_js__WEBPACK_IMPORTED_MODULE_3__/* .displayNumber */ .o)(bins.edges[slot + 1], 6);
    return `[${low}, ${high}${last ? ']' : ')'}`;
}


/***/ }),

/***/ 98967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fm: () => (/* binding */ yAxisMarkup),
/* harmony export */   VR: () => (/* binding */ chartFigure),
/* harmony export */   aK: () => (/* binding */ legendMarkup),
/* harmony export */   nS: () => (/* binding */ chartSvg),
/* harmony export */   qN: () => (/* binding */ xAxisMarkup),
/* harmony export */   sc: () => (/* binding */ textWidth),
/* harmony export */   vi: () => (/* binding */ legendHeight)
/* harmony export */ });
/* unused harmony exports CHARACTER_WIDTH, legendLayout */
/* harmony import */ var _axis_scale_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84753);
/* harmony import */ var _markup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78643);


/** Average advance of a 12 px sans-serif character, for laying out labels without a font. */
const CHARACTER_WIDTH = 6.8;
const LEGEND_ROW = 18;
const TITLE_FONT_PADDING = 8;
/** Width a label will take at the chart font size (estimate). */
function textWidth(text) {
    return [...text].length * CHARACTER_WIDTH;
}
/** The rows a legend needs when wrapped into `width`, with each entry's position. */
function legendLayout(entries, width) {
    const placed = [];
    let x = 0;
    let row = 0;
    for (const entry of entries) {
        const advance = 28 + textWidth((0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .truncateText */ .EJ)(entry.label, 40)) + 16;
        if (x > 0 && x + advance > width) {
            row += 1;
            x = 0;
        }
        placed.push({ entry, x, row });
        x += advance;
    }
    return { rows: entries.length === 0 ? 0 : row + 1, placed };
}
/** Height the legend takes above the plot. */
function legendHeight(entries, width) {
    const { rows } = legendLayout(entries, width);
    return rows === 0 ? 0 : rows * LEGEND_ROW + TITLE_FONT_PADDING;
}
/** The legend, drawn from (x, y) (top left). */
function legendMarkup(entries, x, y, width) {
    const { placed } = legendLayout(entries, width);
    const items = placed.map(({ entry, x: dx, row }) => {
        const left = x + dx;
        const middle = y + row * LEGEND_ROW + LEGEND_ROW / 2;
        const tone = `tone-${entry.tone}`;
        const swatch = entry.swatch === 'box'
            ? (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) `<rect class="swatch-box ${tone}" x="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(left)}" y="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(middle - 6)}" width="20" height="12"/>`
            : entry.swatch === 'dot'
                ? (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) `<circle class="swatch-dot ${tone}" cx="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(left + 10)}" cy="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(middle)}" r="5"/>`
                : (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) `<line class="swatch-line ${tone}${entry.swatch === 'dashed' ? ' dashed' : ''}" x1="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(left)}" x2="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(left + 20)}" y1="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(middle)}" y2="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(middle)}"/>`;
        return (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) `<g class="legend-entry">${swatch}<text x="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(left + 26)}" y="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(middle)}" dominant-baseline="central">${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .truncateText */ .EJ)(entry.label, 40)}</text></g>`;
    });
    return (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) `<g class="legend">${items}</g>`;
}
/**
 * The outer `<svg>`: scalable (viewBox, width 100% in CSS), with the accessible name and
 * description every chart carries.
 */
function chartSvg(input) {
    return (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) `<svg class="${input.className}" role="img" viewBox="0 0 ${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(input.width)} ${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(input.height)}" width="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(input.width)}" height="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(input.height)}"><title>${input.title}</title><desc>${input.description}</desc>${input.body}</svg>`;
}
/** Horizontal grid lines, y tick labels and the rotated y-axis label. */
function yAxisMarkup(area, ticks, label, format = (value) => (0,_axis_scale_js__WEBPACK_IMPORTED_MODULE_1__/* .tickLabel */ .q5)(value, ticks.step)) {
    const y = (0,_axis_scale_js__WEBPACK_IMPORTED_MODULE_1__/* .linearScale */ .om)([ticks.min, ticks.max], [area.top + area.height, area.top]);
    const lines = ticks.values.map((value) => {
        const position = (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(y(value));
        return (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) `<line class="grid" x1="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(area.left)}" x2="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(area.left + area.width)}" y1="${position}" y2="${position}"/><text class="tick-label" x="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(area.left - 6)}" y="${position}" text-anchor="end" dominant-baseline="central">${format(value)}</text>`;
    });
    const middle = area.top + area.height / 2;
    return (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) `<g class="axis axis-y">${lines}<line class="axis-line" x1="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(area.left)}" x2="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(area.left)}" y1="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(area.top)}" y2="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(area.top + area.height)}"/><text class="axis-label" transform="translate(14 ${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(middle)}) rotate(-90)" text-anchor="middle">${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .truncateText */ .EJ)(label, 48)}</text></g>`;
}
/** Tick marks and labels under the plot at given positions, and the x-axis label. */
function xAxisMarkup(area, ticks, label, options = {}) {
    const bottom = area.top + area.height;
    const marks = ticks.map(({ position, label: text }) => {
        const x = (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(position);
        const tickText = options.rotate
            ? (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) `<text class="tick-label" transform="translate(${x} ${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(bottom + 10)}) rotate(-40)" text-anchor="end" dominant-baseline="central">${text}</text>`
            : (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) `<text class="tick-label" x="${x}" y="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(bottom + 16)}" text-anchor="middle">${text}</text>`;
        return (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) `<line class="tick" x1="${x}" x2="${x}" y1="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(bottom)}" y2="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(bottom + 4)}"/>${tickText}`;
    });
    return (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) `<g class="axis axis-x"><line class="axis-line" x1="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(area.left)}" x2="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(area.left + area.width)}" y1="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(bottom)}" y2="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(bottom)}"/>${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .joinMarkup */ .Rm)(marks)}<text class="axis-label" x="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(area.left + area.width / 2)}" y="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(area.top + area.height + (options.rotate ? 100 : 36))}" text-anchor="middle">${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .truncateText */ .EJ)(label, 80)}</text></g>`;
}
/** A chart inside a `<figure>` with its visible caption (the SVG's own title is for assistive tech). */
function chartFigure(caption, svg, note) {
    return (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) `<figure class="chart"><figcaption>${caption}</figcaption><div class="chart-box">${svg}</div>${note === undefined ? '' : (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) `<p class="chart-note">${note}</p>`}</figure>`;
}


/***/ }),

/***/ 22346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J_: () => (/* binding */ validateReportSections),
/* harmony export */   d_: () => (/* binding */ validateStatus)
/* harmony export */ });
/* unused harmony export MAX_DISTRIBUTION_CHARTS */
/* harmony import */ var _bar_chart_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43483);
/* harmony import */ var _chart_frame_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98967);
/* harmony import */ var _display_number_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(69755);
/* harmony import */ var _html_table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88839);
/* harmony import */ var _key_value_card_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52587);
/* harmony import */ var _markup_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(78643);
/* harmony import */ var _status_badge_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(52111);







/**
 * The validate-data part of an HTML report: the checks (every check, problems first, with the
 * failing sample rows), the column profile and a distribution chart per column (histograms of
 * numeric columns, top values of the others), columns with failing checks first.
 */
/** Distribution charts drawn; a wide table lists the rest in the profile table only. */
const MAX_DISTRIBUTION_CHARTS = 40;
/** Failing sample values shown per check (the JSON report has them all). */
const SAMPLES_SHOWN = 10;
const CHECK_TONES = {
    pass: 'pass',
    warn: 'warn',
    fail: 'fail'
};
const CHECK_WORDS = {
    pass: 'passed',
    warn: 'warning',
    fail: 'failed'
};
const STATUS_ORDER = { fail: 0, warn: 1, pass: 2 };
/** The verdict of a validate report as a badge. */
function validateStatus(report) {
    if (!report.passed)
        return { tone: 'fail', text: 'failed' };
    return report.summary.warnings > 0 || report.summary.failed > 0
        ? { tone: 'warn', text: 'passed with warnings' }
        : { tone: 'pass', text: 'passed' };
}
/**
 * Sections for one validate-data run. `profile` is the profile written with the report; without
 * it only the checks are shown. `idPrefix` tells apart several runs in one document.
 */
function validateReportSections(report, profile, options = {}) {
    const prefix = options.idPrefix ?? 'validate';
    const sections = [checksSection(report, `${prefix}-checks`)];
    if (profile !== undefined) {
        sections.push(profileSection(profile, `${prefix}-profile`));
        const failing = new Set(report.results.flatMap((result) => result.status !== 'pass' && result.column !== null ? [result.column] : []));
        sections.push(distributionSection(profile, failing, `${prefix}-distributions`));
    }
    return sections;
}
function checksSection(report, id) {
    const { summary } = report;
    const files = report.data.files.map((file) => file.path);
    const ordered = [...report.results].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
    const rows = ordered.map((result) => [
        (0,_status_badge_js__WEBPACK_IMPORTED_MODULE_5__/* .statusBadge */ .O)(CHECK_TONES[result.status], CHECK_WORDS[result.status]),
        (0,_html_table_js__WEBPACK_IMPORTED_MODULE_2__/* .codeText */ .p)(result.id),
        result.column === null ? (0,_markup_js__WEBPACK_IMPORTED_MODULE_4__/* .safeHtml */ .b5) `<span class="note">(table)</span>` : (0,_html_table_js__WEBPACK_IMPORTED_MODULE_2__/* .codeText */ .p)(result.column),
        observedText(result),
        result.expected,
        samplesMarkup(result),
        result.message
    ]);
    const table = (0,_html_table_js__WEBPACK_IMPORTED_MODULE_2__/* .htmlTable */ .I)({
        caption: `${summary.checks} check(s), problems first`,
        columns: [
            { header: 'Status' },
            { header: 'Check' },
            { header: 'Column' },
            { header: 'Observed' },
            { header: 'Expected' },
            { header: 'Failing rows (first)' },
            { header: 'Message' }
        ],
        rows,
        // Row classes mark problems for the eye; the status word says it in text.
        rowClasses: ordered.map((result) => (result.status === 'pass' ? '' : `row-${result.status}`)),
        emptyText: 'The checks file declares no checks.'
    });
    return {
        id,
        title: 'Data checks',
        source: 'validate-data',
        status: validateStatus(report),
        lead: `${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(report.data.rows)} rows × ${report.data.columns.length} columns: ${summary.passed} passed, ${summary.failed} failed, ${summary.warnings} warning(s).`,
        body: (0,_markup_js__WEBPACK_IMPORTED_MODULE_4__/* .safeHtml */ .b5) `${(0,_key_value_card_js__WEBPACK_IMPORTED_MODULE_3__/* .keyValueCard */ .J)([
            { key: 'Data', value: files.length === 0 ? '—' : (0,_markup_js__WEBPACK_IMPORTED_MODULE_4__/* .joinMarkup */ .Rm)(files.map(_html_table_js__WEBPACK_IMPORTED_MODULE_2__/* .codeText */ .p), ', ') },
            { key: 'Rows', value: (0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(report.data.rows) },
            { key: 'Columns', value: String(report.data.columns.length) },
            { key: 'Checks file', value: (0,_html_table_js__WEBPACK_IMPORTED_MODULE_2__/* .codeText */ .p)(report.checks_file) },
            { key: 'Fail on', value: report.fail_on },
            { key: 'Generated', value: report.generated_at }
        ])}${table}`
    };
}
function profileSection(profile, id) {
    const rows = profile.columns.map((column) => [
        (0,_html_table_js__WEBPACK_IMPORTED_MODULE_2__/* .codeText */ .p)(column.name),
        column.type,
        column.null_fraction === null
            ? '—'
            : `${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(column.nulls)} (${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayPercent */ .a)(column.null_fraction)})`,
        `${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(column.distinct)}${column.distinct_exact ? '' : ' (est.)'}`,
        extremeText(column.min),
        (0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(column.mean),
        (0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(column.std),
        (0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(quantile(column, 0.5)),
        extremeText(column.max),
        column.top_values
            .slice(0, 3)
            .map((entry) => `${(0,_markup_js__WEBPACK_IMPORTED_MODULE_4__/* .truncateText */ .EJ)(entry.value, 24)} (${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(entry.count)})`)
            .join(', ')
    ]);
    return {
        id,
        title: 'Column profile',
        source: 'validate-data',
        lead: `${profile.columns.length} column(s) over ${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(profile.rows)} rows. Quantiles are ${profile.columns.every((column) => column.quantiles_exact || column.quantiles === null) ? 'exact' : 'exact where marked, else sketch estimates'}.`,
        body: (0,_html_table_js__WEBPACK_IMPORTED_MODULE_2__/* .htmlTable */ .I)({
            columns: [
                { header: 'Column' },
                { header: 'Type' },
                { header: 'Missing', numeric: true },
                { header: 'Distinct', numeric: true },
                { header: 'Min', numeric: true },
                { header: 'Mean', numeric: true },
                { header: 'Std', numeric: true },
                { header: 'Median', numeric: true },
                { header: 'Max', numeric: true },
                { header: 'Top values' }
            ],
            rows,
            emptyText: 'The data has no columns.'
        })
    };
}
function distributionSection(profile, failing, id) {
    const drawable = profile.columns.filter((column) => (column.histogram !== null && column.histogram.counts.length > 0) ||
        column.top_values.length > 0);
    const ordered = [
        ...drawable.filter((column) => failing.has(column.name)),
        ...drawable.filter((column) => !failing.has(column.name))
    ];
    const shown = ordered.slice(0, MAX_DISTRIBUTION_CHARTS);
    const charts = shown.map((column) => distributionChart(column, failing.has(column.name)));
    const rest = ordered.length - shown.length;
    return {
        id,
        title: 'Distributions',
        source: 'validate-data',
        lead: drawable.length === 0
            ? 'No column has values to draw.'
            : `Histograms of numeric columns and the most frequent values of the others${failing.size > 0 ? '; columns with failing checks first' : ''}.`,
        body: (0,_markup_js__WEBPACK_IMPORTED_MODULE_4__/* .safeHtml */ .b5) `<div class="chart-grid">${charts}</div>${rest > 0 ? (0,_markup_js__WEBPACK_IMPORTED_MODULE_4__/* .safeHtml */ .b5) `<p class="note">${rest} more column(s) are in the profile table and the profile JSON.</p>` : ''}`
    };
}
function distributionChart(column, failing) {
    const caption = `${column.name}${failing ? ' (failing checks)' : ''}`;
    if (column.histogram !== null && column.histogram.counts.length > 0) {
        const { edges, counts } = column.histogram;
        const svg = (0,_bar_chart_js__WEBPACK_IMPORTED_MODULE_0__/* .barChartSvg */ .U)({
            title: `Histogram of ${column.name}`,
            description: `${counts.length} bins from ${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(edges[0])} to ${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(edges[edges.length - 1])}; ${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(counts.reduce((a, b) => a + b, 0))} values.`,
            xLabel: column.name,
            yLabel: 'rows',
            bins: { kind: 'intervals', edges },
            series: [{ label: 'rows', tone: 'value', values: counts }],
            width: 480,
            height: 260
        });
        return (0,_chart_frame_js__WEBPACK_IMPORTED_MODULE_1__/* .chartFigure */ .VR)(caption, svg, column.quantiles_exact ? undefined : 'Counts estimated from the quantile sketch.');
    }
    const top = column.top_values.slice(0, 10);
    const svg = (0,_bar_chart_js__WEBPACK_IMPORTED_MODULE_0__/* .barChartSvg */ .U)({
        title: `Most frequent values of ${column.name}`,
        description: `${top.length} most frequent of ${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(column.distinct)} distinct values.`,
        xLabel: column.name,
        yLabel: 'rows',
        bins: { kind: 'categories', labels: top.map((entry) => entry.value) },
        series: [{ label: 'rows', tone: 'value', values: top.map((entry) => entry.count) }],
        width: 480,
        height: 260
    });
    return (0,_chart_frame_js__WEBPACK_IMPORTED_MODULE_1__/* .chartFigure */ .VR)(caption, svg, column.top_values_exact
        ? undefined
        : 'Counts are estimates (more distinct values than tracked exactly).');
}
/** What a check measured, in words. */
function observedText(result) {
    if (result.unexpected_count !== null &&
        result.element_count > 0 &&
        result.check !== 'unique' &&
        result.check !== 'compound_unique') {
        return `${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(result.unexpected_count)} of ${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(result.element_count)} fail (${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(result.unexpected_percent ?? 0, 3)}%)`;
    }
    const observed = result.observed;
    if (observed === null || observed === undefined)
        return '—';
    if (typeof observed === 'number')
        return `${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(observed)}${result.exact ? '' : ' (est.)'}`;
    if (typeof observed === 'string' || typeof observed === 'boolean')
        return String(observed);
    if (Array.isArray(observed)) {
        return observed.slice(0, 8).map(valueText).join(', ') + (observed.length > 8 ? ', …' : '');
    }
    return Object.entries(observed)
        .map(([key, value]) => `${key.replace(/_/g, ' ')}: ${valueText(value)}`)
        .join(', ');
}
/** A value of an observation: numbers shortened, nested structures as JSON. */
function valueText(value) {
    if (typeof value === 'number')
        return (0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(value);
    if (typeof value === 'string')
        return value;
    return JSON.stringify(value) ?? String(value);
}
function samplesMarkup(result) {
    if (result.unexpected_samples.length === 0)
        return '';
    const items = result.unexpected_samples
        .slice(0, SAMPLES_SHOWN)
        .map((sample) => (0,_markup_js__WEBPACK_IMPORTED_MODULE_4__/* .safeHtml */ .b5) `<li>row ${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(sample.row)}: <code>${(0,_markup_js__WEBPACK_IMPORTED_MODULE_4__/* .truncateText */ .EJ)(sample.value, 60)}</code></li>`);
    const more = result.unexpected_samples.length - SAMPLES_SHOWN;
    return (0,_markup_js__WEBPACK_IMPORTED_MODULE_4__/* .safeHtml */ .b5) `<ul class="samples">${items}${more > 0 ? (0,_markup_js__WEBPACK_IMPORTED_MODULE_4__/* .safeHtml */ .b5) `<li>… ${more} more in the JSON report</li>` : ''}</ul>`;
}
function extremeText(value) {
    if (value === null)
        return '—';
    return typeof value === 'number' ? (0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(value) : value;
}
function quantile(column, q) {
    return column.quantiles?.find((entry) => entry.q === q)?.value ?? null;
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
