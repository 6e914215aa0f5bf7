export const id = 3237;
export const ids = [3237,8805];
export const modules = {

/***/ 68295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inputs: () => (/* binding */ inputs),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _shared_adapters_action_step_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70540);
/* harmony import */ var _shared_adapters_action_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11152);
/* harmony import */ var _shared_adapters_clock_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85133);
/* harmony import */ var _shared_adapters_github_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(95533);
/* harmony import */ var _shared_adapters_html_artifact_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2981);
/* harmony import */ var _shared_adapters_pr_comment_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(38805);
/* harmony import */ var _shared_adapters_user_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(24574);
/* harmony import */ var _shared_adapters_workflow_context_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(93324);
/* harmony import */ var _shared_html_report_spc_sections_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(73859);
/* harmony import */ var _shared_operations_spc_check_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(15399);
/* harmony import */ var _shared_operations_spc_options_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2774);
/* harmony import */ var _shared_operations_spc_request_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(373);
/* harmony import */ var _shared_report_escape_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(46682);
/* harmony import */ var _shared_report_spc_summary_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(94614);















/** The inputs this action reads (checked against action.yml by the metadata test). */
const inputs = _shared_operations_spc_options_js__WEBPACK_IMPORTED_MODULE_11__/* .spcCheckOptions */ .J;
/**
 * spc-check: record this run's metrics in the history, chart every metric against limits frozen
 * from its baseline, apply the run rules, and judge this run's point. Summary, annotations, PR
 * comment, outputs.
 */
async function run() {
    await (0,_shared_adapters_action_step_js__WEBPACK_IMPORTED_MODULE_1__/* .runActionStep */ .y)('spc-check', async () => {
        const options = (0,_shared_adapters_action_step_js__WEBPACK_IMPORTED_MODULE_1__/* .actionOptions */ .R)(_shared_operations_spc_options_js__WEBPACK_IMPORTED_MODULE_11__/* .spcCheckOptions */ .J);
        const now = (0,_shared_adapters_clock_js__WEBPACK_IMPORTED_MODULE_3__/* .nowFromEnvironment */ .g)();
        const request = await (0,_shared_operations_spc_request_js__WEBPACK_IMPORTED_MODULE_12__/* .spcRequestFromOptions */ .aF)(options, {
            defaultStore: 'github',
            token: options.string('token'),
            cwd: process.cwd(),
            now,
            run: (0,_shared_operations_spc_request_js__WEBPACK_IMPORTED_MODULE_12__/* .workflowRunIdentity */ .dr)()
        });
        const report = await (0,_shared_operations_spc_check_js__WEBPACK_IMPORTED_MODULE_10__/* .spcCheck */ .H)(request);
        const reportPath = options.string('report-path') ?? (0,_shared_adapters_action_report_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultReportPath */ .j)('spc-check', 'report');
        (0,_shared_adapters_user_files_js__WEBPACK_IMPORTED_MODULE_7__/* .writeJsonFile */ .An)(reportPath, report);
        annotate(report);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('in-control', String(report.in_control));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('violations', String(report.summary.current_violations));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('report', reportPath);
        const html = options.boolean('html-report') === true
            ? await (0,_shared_adapters_html_artifact_js__WEBPACK_IMPORTED_MODULE_5__/* .publishHtmlReport */ .Vp)((0,_shared_html_report_spc_sections_js__WEBPACK_IMPORTED_MODULE_9__/* .spcReportSections */ .n9)(report), {
                title: `Tollgate spc-check: ${report.series}`,
                status: (0,_shared_html_report_spc_sections_js__WEBPACK_IMPORTED_MODULE_9__/* .spcStatus */ .Df)(report),
                generatedAt: report.generated_at
            }, { name: 'tollgate-spc-check-report' })
            : undefined;
        await (0,_shared_adapters_action_report_js__WEBPACK_IMPORTED_MODULE_2__/* .writeJobSummary */ .C)((0,_shared_report_spc_summary_js__WEBPACK_IMPORTED_MODULE_13__/* .spcSummaryMarkdown */ .Sk)(report) + (html?.summary ? `\n${html.summary}` : ''));
        const context = (0,_shared_adapters_workflow_context_js__WEBPACK_IMPORTED_MODULE_8__/* .readWorkflowContext */ .F)();
        const comment = options.choice('comment');
        const wantComment = comment === 'true' || (comment === 'auto' && context.pullRequestNumber !== undefined);
        if (wantComment) {
            if (context.pullRequestNumber === undefined) {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e('comment is true but this run is not for a pull request; no comment was written.');
            }
            else {
                const client = (0,_shared_adapters_github_client_js__WEBPACK_IMPORTED_MODULE_4__.createGitHubClient)(options.requiredString('token'));
                const body = (0,_shared_report_spc_summary_js__WEBPACK_IMPORTED_MODULE_13__/* .spcSummaryMarkdown */ .Sk)(report, { compact: true });
                const url = await (0,_shared_adapters_pr_comment_js__WEBPACK_IMPORTED_MODULE_6__.upsertPullRequestComment)(client, (0,_shared_adapters_github_client_js__WEBPACK_IMPORTED_MODULE_4__.currentRepository)(), context.pullRequestNumber, `spc-check:${report.series}`, body);
                if (url !== undefined)
                    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Pull-request comment: ${url}`);
            }
        }
        const { summary } = report;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_shared_report_escape_js__WEBPACK_IMPORTED_MODULE_14__/* .escapeLog */ .Ah)(`spc-check: ${summary.charts} chart(s) of ${report.series}, ${summary.out_of_control} out of ` +
            `control on this run, ${summary.current_violations} violation(s) on this run's points, ` +
            `${summary.violations} in the whole history. Report: ${reportPath}`));
        if (!report.passed) {
            const failing = report.charts.filter((chart) => report.fail_on === 'warn' ? chart.current_violations.length > 0 : !chart.in_control);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_shared_report_escape_js__WEBPACK_IMPORTED_MODULE_14__/* .escapeLog */ .Ah)(`spc-check: ${failing.length} chart(s) out of control on this run: ${failing
                .slice(0, 5)
                .map((chart) => `${chart.name} (${[...new Set(chart.current_violations.map((v) => v.rule))].join(', ')})`)
                .join('; ')}${failing.length > 5 ? '; …' : ''}`));
        }
    });
}
/** One annotation per chart with violations on this run, and one per damaged history record. */
function annotate(report) {
    for (const damaged of report.damaged_records) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e((0,_shared_report_escape_js__WEBPACK_IMPORTED_MODULE_14__/* .escapeLog */ .Ah)(`History record ${damaged.key} is damaged and was skipped: ${damaged.problem}`), {
            title: `spc-check: damaged history record in ${report.series}`
        });
    }
    for (const warning of report.warnings)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e((0,_shared_report_escape_js__WEBPACK_IMPORTED_MODULE_14__/* .escapeLog */ .Ah)(warning), { title: 'spc-check' });
    for (const chart of report.charts) {
        if (chart.current_violations.length === 0)
            continue;
        const rules = [...new Set(chart.current_violations.map((violation) => violation.rule))];
        const annotateWith = chart.in_control ? _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e : _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3;
        const points = [...new Set(chart.current_violations.map((violation) => violation.index))];
        annotateWith((0,_shared_report_escape_js__WEBPACK_IMPORTED_MODULE_14__/* .escapeLog */ .Ah)(`${chart.name}: point ${points.join(', ')} of ${chart.points} violates ${rules.join(', ')} ` +
            `on ${chart.chart === 'cusum' ? 'the CUSUM' : `the ${chart.chart} chart`}`), { title: `spc-check: ${chart.in_control ? 'warning' : 'out of control'} on ${chart.name}` });
    }
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

/***/ 38805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ fitCommentBody),
/* harmony export */   upsertPullRequestComment: () => (/* binding */ upsertPullRequestComment)
/* harmony export */ });
/* unused harmony export COMMENT_BODY_LIMIT */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32635);


/** GitHub's limit on a comment body, in characters. */
const COMMENT_BODY_LIMIT = 65536;
/**
 * Creates or updates THE comment of one action on one PR: the body carries a hidden marker
 * (`<!-- tollgate:<key> -->`) and a later run edits that comment in place instead of adding a new
 * one per push. Returns the comment URL, or undefined when commenting was not possible (e.g. a
 * fork PR with a read-only token): that is a warning, never a failed check.
 */
async function upsertPullRequestComment(client, repository, issueNumber, key, body) {
    const marker = `<!-- tollgate:${key} -->`;
    const fullBody = fitCommentBody(`${marker}\n${body}`);
    try {
        const comments = await client.paginate(client.rest.issues.listComments, {
            ...repository,
            issue_number: issueNumber,
            per_page: 100
        });
        const existing = comments.find((comment) => comment.body?.startsWith(marker) === true);
        if (existing !== undefined) {
            const { data } = await client.rest.issues.updateComment({
                ...repository,
                comment_id: existing.id,
                body: fullBody
            });
            return data.html_url;
        }
        const { data } = await client.rest.issues.createComment({
            ...repository,
            issue_number: issueNumber,
            body: fullBody
        });
        return data.html_url;
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not write the pull-request comment (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}). The job summary has the full report.`);
        return undefined;
    }
}
/** Cuts a body to GitHub's limit at a line boundary, with a note where it was cut. */
function fitCommentBody(body) {
    if (body.length <= COMMENT_BODY_LIMIT)
        return body;
    const note = '\n\n_… cut to fit GitHub’s comment size limit; the job summary and the JSON report have everything._\n';
    const room = COMMENT_BODY_LIMIT - note.length;
    const cut = body.lastIndexOf('\n', room);
    // An unclosed code fence would swallow the note: close it.
    let kept = body.slice(0, cut > 0 ? cut : room);
    if ((kept.match(/^```/gm) ?? []).length % 2 === 1)
        kept += '\n```';
    return `${kept}${note}`;
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
