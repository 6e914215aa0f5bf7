export const id = 8104;
export const ids = [8104];
export const modules = {

/***/ 16063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gateCommand: () => (/* binding */ gateCommand)
/* harmony export */ });
/* harmony import */ var _adapters_clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85133);
/* harmony import */ var _adapters_open_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41839);
/* harmony import */ var _adapters_project_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33701);
/* harmony import */ var _adapters_user_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24574);
/* harmony import */ var _adapters_workflow_context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(93324);
/* harmony import */ var _adapters_run_provenance_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(39572);
/* harmony import */ var _deploy_run_key_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(92479);
/* harmony import */ var _operations_gate_evaluation_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(34362);
/* harmony import */ var _operations_gate_options_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(78613);
/* harmony import */ var _operations_gate_record_store_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(37864);
/* harmony import */ var _options_option_table_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(55739);
/* harmony import */ var _registry_model_registry_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(57677);
/* harmony import */ var _report_gate_summary_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(49971);













const MARK = { true: 'PASS', false: 'FAIL', null: 'SKIP' };
/** `tollgate gate`: the evaluate-gate action on a laptop (exit 1 when the gate rejects). */
const gateCommand = {
    name: 'gate',
    summary: 'Evaluate a candidate model against thresholds and the champion (evaluate-gate).',
    usage: '--candidate MODEL@VERSION|DIR --data FILE --target COL [--champion STAGE] [--thresholds gate.yml] [--report-path R.json]',
    options: _operations_gate_options_js__WEBPACK_IMPORTED_MODULE_7__/* .gateOptions */ .O,
    async run(options, _positionals, output) {
        const now = (0,_adapters_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .nowFromEnvironment */ .g)();
        const project = (0,_adapters_project_config_js__WEBPACK_IMPORTED_MODULE_2__/* .loadProjectConfig */ .WM)();
        let store;
        const openRegistry = async () => {
            store ??= await (0,_adapters_open_store_js__WEBPACK_IMPORTED_MODULE_1__/* .openStore */ .C)({
                store: options.string('store'),
                token: process.env.GITHUB_TOKEN,
                defaultStore: 'local'
            });
            return new _registry_model_registry_js__WEBPACK_IMPORTED_MODULE_10__/* .ModelRegistry */ .z(store, project.registry);
        };
        const outcome = await (0,_operations_gate_evaluation_js__WEBPACK_IMPORTED_MODULE_6__/* .evaluateGate */ .D)({
            candidate: options.requiredString('candidate'),
            champion: options.string('champion'),
            data: (0,_options_option_table_js__WEBPACK_IMPORTED_MODULE_9__/* .splitList */ .ry)(options.requiredString('data')),
            target: options.requiredString('target'),
            thresholdsPath: options.string('thresholds'),
            gateSection: project.section('gate'),
            candidatePredictions: options.string('predictions'),
            championPredictions: options.string('champion-predictions'),
            task: options.choice('task'),
            slice: options.string('slice'),
            format: options.choice('format'),
            delimiter: options.string('delimiter'),
            cwd: process.cwd(),
            openRegistry,
            now
        });
        const { report } = outcome;
        const reportPath = options.string('report-path');
        if (reportPath !== undefined)
            (0,_adapters_user_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeJsonFile */ .An)(reportPath, report);
        output.out(`${(0,_report_gate_summary_js__WEBPACK_IMPORTED_MODULE_11__/* .gateHeadline */ .ST)(report)} on ${report.data.rows} rows (${report.task})`);
        if (report.champion === null)
            output.out(report.champion_note);
        const metrics = report.metrics;
        for (const name of Object.keys(metrics.candidate)) {
            const champion = metrics.champion === null
                ? ''
                : `  champion ${(0,_report_gate_summary_js__WEBPACK_IMPORTED_MODULE_11__/* .displayNumber */ .oR)(metrics.champion[name] ?? null)}`;
            output.out(`  ${name.padEnd(10)} candidate ${(0,_report_gate_summary_js__WEBPACK_IMPORTED_MODULE_11__/* .displayNumber */ .oR)(metrics.candidate[name] ?? null)}${champion}`);
        }
        for (const reason of report.reasons) {
            output.out(`${MARK[String(reason.passed)]}  ${reason.metric} ${reason.rule}: ${reason.sentence}`);
        }
        for (const warning of report.warnings)
            output.err(`warning: ${warning}`);
        output.out(`${report.verdict}: ${report.summary}`);
        if (options.boolean('record') === true &&
            outcome.candidate.kind === 'registry' &&
            store !== undefined) {
            const context = (0,_adapters_workflow_context_js__WEBPACK_IMPORTED_MODULE_4__/* .readWorkflowContext */ .F)();
            const record = (0,_operations_gate_record_store_js__WEBPACK_IMPORTED_MODULE_8__/* .gateVerdictRecordOf */ .Fl)(report, (0,_deploy_run_key_js__WEBPACK_IMPORTED_MODULE_12__/* .runIdentityOf */ .Zi)(context, now, (0,_adapters_workflow_context_js__WEBPACK_IMPORTED_MODULE_4__/* .runUrl */ .V)(context)), undefined, (0,_adapters_run_provenance_js__WEBPACK_IMPORTED_MODULE_5__/* .lineageContextFor */ .I7)('evaluate-gate'));
            if (record !== undefined) {
                await (0,_operations_gate_record_store_js__WEBPACK_IMPORTED_MODULE_8__/* .saveGateVerdict */ .YP)(store, record);
                output.out(`verdict recorded for ${record.model} ${record.version} in ${store.location}`);
            }
        }
        if (reportPath !== undefined)
            output.out(`report: ${reportPath}`);
        return !report.passed && options.boolean('fail-on-reject') === true ? 1 : 0;
    }
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


/***/ })

};
