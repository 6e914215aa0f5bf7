export const id = 687;
export const ids = [687];
export const modules = {

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


/***/ })

};
