export const id = 6898;
export const ids = [6898];
export const modules = {

/***/ 96898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deploymentsCommand: () => (/* binding */ deploymentsCommand)
/* harmony export */ });
/* harmony import */ var _adapters_open_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8740);
/* harmony import */ var _adapters_user_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24574);
/* harmony import */ var _registry_gto_tags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33148);
/* harmony import */ var _operations_deploy_record_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96650);
/* harmony import */ var _operations_deploy_options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74913);





/**
 * `tollgate deployments`: the deployment history of a model (per environment when asked), oldest
 * first: every deploy and rollback with its outcome, approvers and run.
 */
const deploymentsCommand = {
    name: 'deployments',
    summary: 'List the deployment history of a model (deploys and rollbacks per environment).',
    usage: '--name MODEL [--environment ENV] [--store DIR] [--report-path H.json]',
    options: _operations_deploy_options_js__WEBPACK_IMPORTED_MODULE_4__/* .deploymentsOptions */ .Lg,
    async run(options, _positionals, output) {
        const model = options.requiredString('name').trim();
        (0,_registry_gto_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .assertModelName */ .fY)(model);
        const environment = options.string('environment')?.trim();
        if (environment !== undefined)
            (0,_registry_gto_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .assertStageName */ .Gs)(environment);
        const store = await (0,_adapters_open_store_js__WEBPACK_IMPORTED_MODULE_0__/* .openStore */ .C)({
            store: options.string('store'),
            token: process.env.GITHUB_TOKEN,
            defaultStore: 'local'
        });
        const records = await (0,_operations_deploy_record_store_js__WEBPACK_IMPORTED_MODULE_3__/* .listDeployments */ .Jn)(store, model, environment);
        if (records.length === 0) {
            output.out(`no deployments of ${model}${environment === undefined ? '' : ` to ${environment}`} in ${store.location}`);
        }
        for (const record of records) {
            const approvers = record.approval.approvers.map((approver) => approver.login).join(',');
            output.out([
                record.finishedAt,
                record.environment.padEnd(12),
                record.kind.padEnd(8),
                record.version.padEnd(9),
                record.status.padEnd(11),
                `from ${record.previousVersion ?? '-'}`,
                `by ${record.initiator}`,
                approvers === '' ? '' : `approved by ${approvers}`,
                `run ${record.run.id}#${record.run.attempt}`
            ]
                .filter((part) => part !== '')
                .join('  '));
        }
        const reportPath = options.string('report-path');
        if (reportPath !== undefined)
            (0,_adapters_user_files_js__WEBPACK_IMPORTED_MODULE_1__/* .writeJsonFile */ .An)(reportPath, { model, environment: environment ?? null, deployments: records });
        return 0;
    }
};


/***/ })

};
