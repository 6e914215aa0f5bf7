export const id = 8295;
export const ids = [8295,8805];
export const modules = {

/***/ 68295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inputs: () => (/* binding */ inputs),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _shared_adapters_runner_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72096);
/* harmony import */ var _shared_adapters_action_step_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70540);
/* harmony import */ var _shared_adapters_action_lineage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15092);
/* harmony import */ var _shared_adapters_action_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11152);
/* harmony import */ var _shared_adapters_clock_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85133);
/* harmony import */ var _shared_adapters_data_run_lineage_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6235);
/* harmony import */ var _shared_adapters_github_client_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(95533);
/* harmony import */ var _shared_adapters_html_artifact_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2981);
/* harmony import */ var _shared_adapters_pr_comment_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(38805);
/* harmony import */ var _shared_adapters_user_files_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(24574);
/* harmony import */ var _shared_adapters_workflow_context_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(93324);
/* harmony import */ var _shared_html_report_spc_sections_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(73859);
/* harmony import */ var _shared_operations_spc_check_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(15399);
/* harmony import */ var _shared_operations_spc_options_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(2774);
/* harmony import */ var _shared_operations_spc_request_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(373);
/* harmony import */ var _shared_report_escape_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(46682);
/* harmony import */ var _shared_report_spc_summary_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(94614);

















/** The inputs this action reads (checked against action.yml by the metadata test). */
const inputs = _shared_operations_spc_options_js__WEBPACK_IMPORTED_MODULE_13__/* .spcCheckOptions */ .J;
/**
 * spc-check: record this run's metrics in the history, chart every metric against limits frozen
 * from its baseline, apply the run rules, and judge this run's point. Summary, annotations, PR
 * comment, outputs.
 */
async function run() {
    await (0,_shared_adapters_action_step_js__WEBPACK_IMPORTED_MODULE_1__/* .runActionStep */ .y)('spc-check', async () => {
        const options = (0,_shared_adapters_action_step_js__WEBPACK_IMPORTED_MODULE_1__/* .actionOptions */ .R)(_shared_operations_spc_options_js__WEBPACK_IMPORTED_MODULE_13__/* .spcCheckOptions */ .J);
        const now = (0,_shared_adapters_clock_js__WEBPACK_IMPORTED_MODULE_4__/* .nowFromEnvironment */ .g)();
        const request = await (0,_shared_operations_spc_request_js__WEBPACK_IMPORTED_MODULE_14__/* .spcRequestFromOptions */ .aF)(options, {
            defaultStore: 'github',
            token: options.string('token'),
            cwd: process.cwd(),
            now,
            run: (0,_shared_operations_spc_request_js__WEBPACK_IMPORTED_MODULE_14__/* .workflowRunIdentity */ .dr)()
        });
        const report = await (0,_shared_operations_spc_check_js__WEBPACK_IMPORTED_MODULE_12__/* .spcCheck */ .H)(request);
        const reportPath = options.string('report-path') ?? (0,_shared_adapters_action_report_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultReportPath */ .j)('spc-check', 'report');
        (0,_shared_adapters_user_files_js__WEBPACK_IMPORTED_MODULE_9__/* .writeJsonFile */ .An)(reportPath, report);
        annotate(report);
        _shared_adapters_runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('in-control', String(report.in_control));
        _shared_adapters_runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('violations', String(report.summary.current_violations));
        _shared_adapters_runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('report', reportPath);
        const html = options.boolean('html-report') === true
            ? await (0,_shared_adapters_html_artifact_js__WEBPACK_IMPORTED_MODULE_7__/* .publishHtmlReport */ .Vp)((0,_shared_html_report_spc_sections_js__WEBPACK_IMPORTED_MODULE_11__/* .spcReportSections */ .n9)(report), {
                title: `Tollgate spc-check: ${report.series}`,
                status: (0,_shared_html_report_spc_sections_js__WEBPACK_IMPORTED_MODULE_11__/* .spcStatus */ .Df)(report),
                generatedAt: report.generated_at
            }, { name: 'tollgate-spc-check-report' })
            : undefined;
        await (0,_shared_adapters_action_report_js__WEBPACK_IMPORTED_MODULE_3__/* .writeJobSummary */ .C)((0,_shared_report_spc_summary_js__WEBPACK_IMPORTED_MODULE_15__/* .spcSummaryMarkdown */ .Sk)(report) + (html?.summary ? `\n${html.summary}` : ''));
        const context = (0,_shared_adapters_workflow_context_js__WEBPACK_IMPORTED_MODULE_10__/* .readWorkflowContext */ .F)();
        const comment = options.choice('comment');
        const wantComment = comment === 'true' || (comment === 'auto' && context.pullRequestNumber !== undefined);
        if (wantComment) {
            if (context.pullRequestNumber === undefined) {
                _shared_adapters_runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e('comment is true but this run is not for a pull request; no comment was written.');
            }
            else {
                const client = (0,_shared_adapters_github_client_js__WEBPACK_IMPORTED_MODULE_6__.createGitHubClient)(options.requiredString('token'));
                const body = (0,_shared_report_spc_summary_js__WEBPACK_IMPORTED_MODULE_15__/* .spcSummaryMarkdown */ .Sk)(report, { compact: true });
                const url = await (0,_shared_adapters_pr_comment_js__WEBPACK_IMPORTED_MODULE_8__.upsertPullRequestComment)(client, (0,_shared_adapters_github_client_js__WEBPACK_IMPORTED_MODULE_6__.currentRepository)(), context.pullRequestNumber, `spc-check:${report.series}`, body);
                if (url !== undefined)
                    _shared_adapters_runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Pull-request comment: ${url}`);
            }
        }
        const { summary } = report;
        _shared_adapters_runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_shared_report_escape_js__WEBPACK_IMPORTED_MODULE_16__/* .escapeLog */ .Ah)(`spc-check: ${summary.charts} chart(s) of ${report.series}, ${summary.out_of_control} out of ` +
            `control on this run, ${summary.current_violations} violation(s) on this run's points, ` +
            `${summary.violations} in the whole history. Report: ${reportPath}`));
        // The history's store also keeps the event (its `lineage` series), where deploy's lineage
        // graph finds spc runs; stateless mode has no store and only sends it. An out-of-control run
        // has an event too (its assertions say so), so this comes before the step is marked failed.
        await (0,_shared_adapters_action_lineage_js__WEBPACK_IMPORTED_MODULE_2__/* .emitActionLineage */ .X)('spc-check', () => (0,_shared_adapters_data_run_lineage_js__WEBPACK_IMPORTED_MODULE_5__/* .spcCheckRunEvents */ .RH)({ request, report }), {
            url: options.string('lineage-url'),
            store: request.mode === 'history' ? request.store : undefined
        });
        if (!report.passed) {
            const failing = report.charts.filter((chart) => report.fail_on === 'warn' ? chart.current_violations.length > 0 : !chart.in_control);
            _shared_adapters_runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_shared_report_escape_js__WEBPACK_IMPORTED_MODULE_16__/* .escapeLog */ .Ah)(`spc-check: ${failing.length} chart(s) out of control on this run: ${failing
                .slice(0, 5)
                .map((chart) => `${chart.name} (${[...new Set(chart.current_violations.map((v) => v.rule))].join(', ')})`)
                .join('; ')}${failing.length > 5 ? '; …' : ''}`));
        }
    });
}
/** One annotation per chart with violations on this run, and one per damaged history record. */
function annotate(report) {
    for (const damaged of report.damaged_records) {
        _shared_adapters_runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e((0,_shared_report_escape_js__WEBPACK_IMPORTED_MODULE_16__/* .escapeLog */ .Ah)(`History record ${damaged.key} is damaged and was skipped: ${damaged.problem}`), {
            title: `spc-check: damaged history record in ${report.series}`
        });
    }
    for (const warning of report.warnings)
        _shared_adapters_runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e((0,_shared_report_escape_js__WEBPACK_IMPORTED_MODULE_16__/* .escapeLog */ .Ah)(warning), { title: 'spc-check' });
    for (const chart of report.charts) {
        if (chart.current_violations.length === 0)
            continue;
        const rules = [...new Set(chart.current_violations.map((violation) => violation.rule))];
        const annotateWith = chart.in_control ? _shared_adapters_runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e : _shared_adapters_runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3;
        const points = [...new Set(chart.current_violations.map((violation) => violation.index))];
        annotateWith((0,_shared_report_escape_js__WEBPACK_IMPORTED_MODULE_16__/* .escapeLog */ .Ah)(`${chart.name}: point ${points.join(', ')} of ${chart.points} violates ${rules.join(', ')} ` +
            `on ${chart.chart === 'cusum' ? 'the CUSUM' : `the ${chart.chart} chart`}`), { title: `spc-check: ${chart.in_control ? 'warning' : 'out of control'} on ${chart.name}` });
    }
}


/***/ }),

/***/ 38805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ fitCommentBody),
/* harmony export */   upsertPullRequestComment: () => (/* binding */ upsertPullRequestComment)
/* harmony export */ });
/* unused harmony export COMMENT_BODY_LIMIT */
/* harmony import */ var _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72096);
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
        _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not write the pull-request comment (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}). The job summary has the full report.`);
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


/***/ })

};
