export const id = 696;
export const ids = [696];
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
/* harmony import */ var _shared_adapters_github_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37986);
/* harmony import */ var _shared_adapters_pr_comment_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38805);
/* harmony import */ var _shared_adapters_user_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(24574);
/* harmony import */ var _shared_adapters_workflow_context_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(93324);
/* harmony import */ var _shared_operations_spc_check_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(15399);
/* harmony import */ var _shared_operations_spc_options_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2774);
/* harmony import */ var _shared_operations_spc_request_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(47599);
/* harmony import */ var _shared_report_escape_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(46682);
/* harmony import */ var _shared_report_spc_summary_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(94614);













/** The inputs this action reads (checked against action.yml by the metadata test). */
const inputs = _shared_operations_spc_options_js__WEBPACK_IMPORTED_MODULE_9__/* .spcCheckOptions */ .J;
/**
 * spc-check: record this run's metrics in the history, chart every metric against limits frozen
 * from its baseline, apply the run rules, and judge this run's point. Summary, annotations, PR
 * comment, outputs.
 */
async function run() {
    await (0,_shared_adapters_action_step_js__WEBPACK_IMPORTED_MODULE_1__/* .runActionStep */ .y)('spc-check', async () => {
        const options = (0,_shared_adapters_action_step_js__WEBPACK_IMPORTED_MODULE_1__/* .actionOptions */ .R)(_shared_operations_spc_options_js__WEBPACK_IMPORTED_MODULE_9__/* .spcCheckOptions */ .J);
        const now = (0,_shared_adapters_clock_js__WEBPACK_IMPORTED_MODULE_3__/* .nowFromEnvironment */ .g)();
        const request = await (0,_shared_operations_spc_request_js__WEBPACK_IMPORTED_MODULE_10__/* .spcRequestFromOptions */ .aF)(options, {
            defaultStore: 'github',
            token: options.string('token'),
            cwd: process.cwd(),
            now,
            run: (0,_shared_operations_spc_request_js__WEBPACK_IMPORTED_MODULE_10__/* .workflowRunIdentity */ .dr)()
        });
        const report = await (0,_shared_operations_spc_check_js__WEBPACK_IMPORTED_MODULE_8__/* .spcCheck */ .H)(request);
        const reportPath = options.string('report-path') ?? (0,_shared_adapters_action_report_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultReportPath */ .j)('spc-check', 'report');
        (0,_shared_adapters_user_files_js__WEBPACK_IMPORTED_MODULE_6__/* .writeJsonFile */ .An)(reportPath, report);
        annotate(report);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('in-control', String(report.in_control));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('violations', String(report.summary.current_violations));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('report', reportPath);
        await (0,_shared_adapters_action_report_js__WEBPACK_IMPORTED_MODULE_2__/* .writeJobSummary */ .C)((0,_shared_report_spc_summary_js__WEBPACK_IMPORTED_MODULE_11__/* .spcSummaryMarkdown */ .Sk)(report));
        const context = (0,_shared_adapters_workflow_context_js__WEBPACK_IMPORTED_MODULE_7__/* .readWorkflowContext */ .F)();
        const comment = options.choice('comment');
        const wantComment = comment === 'true' || (comment === 'auto' && context.pullRequestNumber !== undefined);
        if (wantComment) {
            if (context.pullRequestNumber === undefined) {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e('comment is true but this run is not for a pull request; no comment was written.');
            }
            else {
                const client = (0,_shared_adapters_github_client_js__WEBPACK_IMPORTED_MODULE_4__/* .createGitHubClient */ .L)(options.requiredString('token'));
                const body = (0,_shared_report_spc_summary_js__WEBPACK_IMPORTED_MODULE_11__/* .spcSummaryMarkdown */ .Sk)(report, { compact: true });
                const url = await (0,_shared_adapters_pr_comment_js__WEBPACK_IMPORTED_MODULE_5__/* .upsertPullRequestComment */ .N7)(client, (0,_shared_adapters_github_client_js__WEBPACK_IMPORTED_MODULE_4__/* .currentRepository */ .m)(), context.pullRequestNumber, `spc-check:${report.series}`, body);
                if (url !== undefined)
                    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Pull-request comment: ${url}`);
            }
        }
        const { summary } = report;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_shared_report_escape_js__WEBPACK_IMPORTED_MODULE_12__/* .escapeLog */ .Ah)(`spc-check: ${summary.charts} chart(s) of ${report.series}, ${summary.out_of_control} out of ` +
            `control on this run, ${summary.current_violations} violation(s) on this run's points, ` +
            `${summary.violations} in the whole history. Report: ${reportPath}`));
        if (!report.passed) {
            const failing = report.charts.filter((chart) => report.fail_on === 'warn' ? chart.current_violations.length > 0 : !chart.in_control);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_shared_report_escape_js__WEBPACK_IMPORTED_MODULE_12__/* .escapeLog */ .Ah)(`spc-check: ${failing.length} chart(s) out of control on this run: ${failing
                .slice(0, 5)
                .map((chart) => `${chart.name} (${[...new Set(chart.current_violations.map((v) => v.rule))].join(', ')})`)
                .join('; ')}${failing.length > 5 ? '; …' : ''}`));
        }
    });
}
/** One annotation per chart with violations on this run, and one per damaged history record. */
function annotate(report) {
    for (const damaged of report.damaged_records) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e((0,_shared_report_escape_js__WEBPACK_IMPORTED_MODULE_12__/* .escapeLog */ .Ah)(`History record ${damaged.key} is damaged and was skipped: ${damaged.problem}`), {
            title: `spc-check: damaged history record in ${report.series}`
        });
    }
    for (const warning of report.warnings)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e((0,_shared_report_escape_js__WEBPACK_IMPORTED_MODULE_12__/* .escapeLog */ .Ah)(warning), { title: 'spc-check' });
    for (const chart of report.charts) {
        if (chart.current_violations.length === 0)
            continue;
        const rules = [...new Set(chart.current_violations.map((violation) => violation.rule))];
        const annotateWith = chart.in_control ? _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e : _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3;
        const points = [...new Set(chart.current_violations.map((violation) => violation.index))];
        annotateWith((0,_shared_report_escape_js__WEBPACK_IMPORTED_MODULE_12__/* .escapeLog */ .Ah)(`${chart.name}: point ${points.join(', ')} of ${chart.points} violates ${rules.join(', ')} ` +
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
        text = `${Buffer.from(text).subarray(0, SUMMARY_LIMIT_BYTES).toString('utf8').replace(/\uFFFD$/, '')}\n\n_… cut to fit the 1 MiB job-summary limit; see the JSON report._\n`;
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

/***/ 38805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N7: () => (/* binding */ upsertPullRequestComment),
/* harmony export */   Nw: () => (/* binding */ fitCommentBody)
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
        const comments = await client.paginate(client.rest.issues.listComments, { ...repository, issue_number: issueNumber, per_page: 100 });
        const existing = comments.find((comment) => comment.body?.startsWith(marker) === true);
        if (existing !== undefined) {
            const { data } = await client.rest.issues.updateComment({ ...repository, comment_id: existing.id, body: fullBody });
            return data.html_url;
        }
        const { data } = await client.rest.issues.createComment({ ...repository, issue_number: issueNumber, body: fullBody });
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


/***/ })

};
