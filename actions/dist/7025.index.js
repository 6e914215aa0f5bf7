export const id = 7025;
export const ids = [7025];
export const modules = {

/***/ 57025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   driftCommand: () => (/* binding */ driftCommand)
/* harmony export */ });
/* harmony import */ var _adapters_clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85133);
/* harmony import */ var _adapters_drift_history_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77981);
/* harmony import */ var _adapters_user_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24574);
/* harmony import */ var _drift_report_drift_subject_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99269);
/* harmony import */ var _drift_report_drift_tables_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43024);
/* harmony import */ var _operations_drift_check_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(14603);
/* harmony import */ var _operations_drift_options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(12857);
/* harmony import */ var _operations_drift_request_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(23333);
/* harmony import */ var _operations_spc_request_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(47599);









const STATUS_MARK = { tested: '', error: 'ERROR', skipped: 'SKIP', schema: 'SCHEMA' };
/**
 * `tollgate drift`: the drift-check action on a laptop. Exit code 0 without drift, 1 when drift
 * (dataset drift or a schema change) is detected, 2 for a usage or input error.
 */
const driftCommand = {
    name: 'drift',
    summary: 'Compare current data with a reference and report drift per column (drift-check).',
    usage: '--reference FILE|PROFILE|registry:MODEL@STAGE --current FILE [--method auto|ks|psi|...] [--report-path R.json]',
    options: _operations_drift_options_js__WEBPACK_IMPORTED_MODULE_6__/* .driftCheckOptions */ .G,
    async run(options, _positionals, output) {
        const now = (0,_adapters_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .nowFromEnvironment */ .g)();
        const invocation = (0,_operations_drift_request_js__WEBPACK_IMPORTED_MODULE_7__/* .driftInvocation */ .Y)(options, {
            defaultStore: 'local',
            cwd: process.cwd(),
            now
        });
        const report = await (0,_operations_drift_check_js__WEBPACK_IMPORTED_MODULE_5__/* .driftCheck */ .W)(invocation.request);
        const reportPath = options.string('report-path');
        if (reportPath !== undefined)
            (0,_adapters_user_files_js__WEBPACK_IMPORTED_MODULE_2__/* .writeJsonFile */ .An)(reportPath, report);
        for (const entry of report.columns) {
            const test = entry.test;
            if (entry.status === 'tested' && test !== undefined) {
                const mark = entry.drifted ? 'DRIFT' : 'ok';
                const approximate = test.exact ? '' : ' (approximate)';
                output.out(`${mark.padEnd(6)} ${JSON.stringify(entry.column)} ${test.method}: ${(0,_drift_report_drift_tables_js__WEBPACK_IMPORTED_MODULE_4__/* .formatScore */ .y)(test.score)} ` +
                    `(drift when ${test.operator} ${(0,_drift_report_drift_tables_js__WEBPACK_IMPORTED_MODULE_4__/* .formatScore */ .y)(test.threshold)})${approximate}`);
            }
            else {
                output.out(`${STATUS_MARK[entry.status].padEnd(6)} ${JSON.stringify(entry.column)}: ${entry.message ?? ''}`);
            }
        }
        const { dataset } = report;
        output.out(`${report.drift_detected ? 'DRIFT DETECTED' : 'no drift'} for ${report.subject}: ` +
            `${dataset.drifted_columns} of ${dataset.tested_columns} tested columns drifted ` +
            `(share ${(0,_drift_report_drift_tables_js__WEBPACK_IMPORTED_MODULE_4__/* .formatScore */ .y)(dataset.share)}, dataset drift at ≥ ${(0,_drift_report_drift_tables_js__WEBPACK_IMPORTED_MODULE_4__/* .formatScore */ .y)(dataset.drift_share)})` +
            (report.schema_changes.length > 0
                ? `; ${report.schema_changes.length} schema change(s)`
                : ''));
        if (invocation.history) {
            const written = await (0,_adapters_drift_history_store_js__WEBPACK_IMPORTED_MODULE_1__/* .appendDriftHistory */ .G)(await invocation.store(), report, (0,_drift_report_drift_subject_js__WEBPACK_IMPORTED_MODULE_3__/* .driftSeriesName */ .mB)(report.subject), (0,_operations_spc_request_js__WEBPACK_IMPORTED_MODULE_8__/* .commandRunIdentity */ .tM)(undefined, now));
            output.out(`history: ${written.outcome === 'created' ? 'recorded' : 'already recorded'} as ${written.key} in series ${written.series}`);
        }
        if (reportPath !== undefined)
            output.out(`report: ${reportPath}`);
        return report.drift_detected ? 1 : 0;
    }
};


/***/ })

};
