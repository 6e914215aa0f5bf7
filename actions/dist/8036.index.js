export const id = 8036;
export const ids = [8036];
export const modules = {

/***/ 8036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   trainCommand: () => (/* binding */ trainCommand)
/* harmony export */ });
/* harmony import */ var _adapters_user_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24574);
/* harmony import */ var _operations_train_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32229);
/* harmony import */ var _operations_train_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67976);



/** `tollgate train`: the train action on a laptop. */
const trainCommand = {
    name: 'train',
    summary: 'Train a built-in model or run a training command, with metrics and lineage (train).',
    usage: '--data FILE --target COL [--model logistic-regression|linear-regression|gbdt|command] ' +
        '[--command CMD] --output DIR [--params JSON] [--report-path R.json]',
    options: _operations_train_options_js__WEBPACK_IMPORTED_MODULE_2__/* .trainOptions */ .P$,
    async run(options, _positionals, output) {
        const outcome = await (0,_operations_train_model_js__WEBPACK_IMPORTED_MODULE_1__/* .trainModel */ ._)((0,_operations_train_options_js__WEBPACK_IMPORTED_MODULE_2__/* .readTrainRequest */ .Qi)(options));
        const { report } = outcome;
        for (const warning of report.warnings)
            output.err(`warning: ${warning}`);
        const task = report.task === null ? '' : ` (${report.task})`;
        output.out(`trained ${report.model}${task} on ${report.rows.total} rows, target ${report.target}`);
        output.out(`${report.metrics_source} metrics:`);
        for (const [name, value] of Object.entries(report.metrics)) {
            output.out(`  ${name.padEnd(16)} ${Number(value.toPrecision(6))}`);
        }
        const top = report.feature_importances.slice(0, 5);
        if (top.length > 0) {
            output.out('top features:');
            for (const entry of top) {
                output.out(`  ${entry.feature.padEnd(16)} ${(entry.importance * 100).toFixed(1)}%`);
            }
        }
        output.out(`model: ${outcome.outputDir}`);
        output.out(`run id: ${report.run_id}`);
        const reportPath = options.string('report-path');
        if (reportPath !== undefined) {
            (0,_adapters_user_files_js__WEBPACK_IMPORTED_MODULE_0__/* .writeJsonFile */ .An)(reportPath, report);
            output.out(`report: ${reportPath}`);
        }
        return 0;
    }
};


/***/ })

};
