export const id = 4707;
export const ids = [4707];
export const modules = {

/***/ 84707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actorOf: () => (/* binding */ actorOf),
/* harmony export */   deployCommand: () => (/* binding */ deployCommand),
/* harmony export */   printDeployReport: () => (/* binding */ printDeployReport)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _adapters_clock_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85133);
/* harmony import */ var _adapters_open_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8740);
/* harmony import */ var _adapters_project_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33701);
/* harmony import */ var _adapters_user_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24574);
/* harmony import */ var _adapters_workflow_context_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(93324);
/* harmony import */ var _adapters_run_provenance_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(39572);
/* harmony import */ var _deploy_deploy_config_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(37136);
/* harmony import */ var _deploy_run_key_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(92479);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(32635);
/* harmony import */ var _operations_deploy_approval_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(56636);
/* harmony import */ var _operations_deploy_effects_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(23169);
/* harmony import */ var _operations_deploy_evidence_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(65510);
/* harmony import */ var _operations_deploy_model_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(13994);
/* harmony import */ var _operations_deploy_options_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(74913);
/* harmony import */ var _report_deploy_summary_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(79711);


















/**
 * `tollgate deploy`: the deploy action on a laptop, with the local approval mode: an environment
 * that needs approval gets a request in the store, and `--approve NAME` / `--deny NAME` record
 * votes; the deployment goes ahead in the run that reaches the quorum. Exit 0 when deployed (or
 * awaiting approval), 1 when the deployment failed, was denied, expired or was blocked.
 */
const deployCommand = {
    name: 'deploy',
    summary: 'Promote a registry version to an environment, with approvals and rollback (deploy).',
    usage: '--name MODEL --version V --environment ENV [--store DIR] [--approve NAME | --deny NAME] [--report-path R.json]',
    options: _operations_deploy_options_js__WEBPACK_IMPORTED_MODULE_14__/* .deployOptions */ .aq,
    async run(options, _positionals, output) {
        const now = (0,_adapters_clock_js__WEBPACK_IMPORTED_MODULE_2__/* .nowFromEnvironment */ .g)();
        const project = (0,_adapters_project_config_js__WEBPACK_IMPORTED_MODULE_4__/* .loadProjectConfig */ .WM)();
        const store = await (0,_adapters_open_store_js__WEBPACK_IMPORTED_MODULE_3__/* .openStore */ .C)({
            store: options.string('store'),
            token: process.env.GITHUB_TOKEN,
            defaultStore: 'local'
        });
        const model = options.requiredString('name').trim();
        const environment = options.requiredString('environment').trim();
        const config = localApproval((0,_operations_deploy_options_js__WEBPACK_IMPORTED_MODULE_14__/* .applyDeployOverrides */ .vz)((0,_deploy_deploy_config_js__WEBPACK_IMPORTED_MODULE_8__/* .environmentDeployConfig */ .J)(project.section('deploy'), environment), options));
        const context = (0,_adapters_workflow_context_js__WEBPACK_IMPORTED_MODULE_6__/* .readWorkflowContext */ .F)();
        const run = (0,_deploy_run_key_js__WEBPACK_IMPORTED_MODULE_16__/* .runIdentityOf */ .Zi)(context, now, (0,_adapters_workflow_context_js__WEBPACK_IMPORTED_MODULE_6__/* .runUrl */ .V)(context));
        const report = await (0,_operations_deploy_model_js__WEBPACK_IMPORTED_MODULE_13__/* .deployModel */ .VR)({
            model,
            version: options.requiredString('version'),
            environment,
            store,
            registryConfig: project.registry,
            config,
            initiator: actorOf(options),
            run,
            now: () => (process.env.TOLLGATE_NOW ? now : Date.now()),
            approval: new _operations_deploy_approval_js__WEBPACK_IMPORTED_MODULE_10__/* .LocalApprovalChannel */ .uB(store, voteOf(options)),
            step: (0,_operations_deploy_effects_js__WEBPACK_IMPORTED_MODULE_11__/* .configuredStep */ .Zd)(config, process.cwd(), (text) => output.out(text.replace(/\n$/, ''))),
            workDir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)(), 'tollgate', `deploy-${(0,_deploy_run_key_js__WEBPACK_IMPORTED_MODULE_16__/* .runKey */ .r7)(run)}`),
            lineage: (0,_adapters_run_provenance_js__WEBPACK_IMPORTED_MODULE_7__/* .lineageContextFor */ .I7)('deploy'),
            dryRun: options.boolean('dry-run') === true,
            evidenceReports: (0,_operations_deploy_evidence_js__WEBPACK_IMPORTED_MODULE_12__/* .readEvidenceReports */ .V)(options.list('evidence'), process.cwd()),
            ...(options.string('reason') === undefined ? {} : { reason: options.string('reason') })
        });
        printDeployReport(report, output);
        if (report.status === 'awaiting-approval' && report.approval !== null) {
            output.out((0,_report_deploy_summary_js__WEBPACK_IMPORTED_MODULE_15__/* .approvalInstructions */ .dT)({ ...config.approval, required: report.approval.required }));
            output.out(`approve with: tollgate deploy --name ${model} --version ${report.version ?? ''} --environment ${environment} --approve NAME` +
                (options.has('store') ? ` --store ${options.string('store') ?? ''}` : ''));
        }
        const reportPath = options.string('report-path');
        if (reportPath !== undefined) {
            (0,_adapters_user_files_js__WEBPACK_IMPORTED_MODULE_5__/* .writeJsonFile */ .An)(reportPath, report);
            output.out(`report: ${reportPath}`);
        }
        return report.passed ? 0 : 1;
    }
};
/** Prints a deploy or rollback report: status, message, approvals, records. */
function printDeployReport(report, output) {
    output.out(`${report.status}: ${report.message}`);
    const approval = report.approval;
    if (approval !== null && approval.request !== null) {
        output.out(`approval request ${approval.request}: ${approval.state}, ${approval.approvals.length} of ${approval.required} approvals` +
            (approval.approvals.length === 0
                ? ''
                : ` (${approval.approvals.map((vote) => vote.login).join(', ')})`));
        for (const ignored of approval.ignored)
            output.out(`  ignored /${ignored.kind} from ${ignored.login}: ${ignored.reason}`);
    }
    for (const check of report.promotion?.checks ?? [])
        output.out(`  ${check.passed ? 'ok  ' : 'FAIL'} ${check.requirement}: ${check.detail}`);
    for (const record of [report.deployment, report.rollback]) {
        if (record !== null)
            output.out(`  ${record.kind} ${record.version} -> ${record.environment}: ${record.status} (${record.step.detail})`);
    }
}
/** On the command line there is no GitHub environment or issue: approvals are local records. */
function localApproval(config) {
    if (config.approval.via === 'none')
        return config;
    return {
        ...config,
        approval: { ...config.approval, via: 'issue', required: Math.max(1, config.approval.required) }
    };
}
function voteOf(options) {
    const approve = options.string('approve');
    const deny = options.string('deny');
    if (approve !== undefined && deny !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb('give --approve or --deny, not both');
    if (approve !== undefined)
        return { login: approve.trim(), kind: 'approve' };
    if (deny !== undefined) {
        const reason = options.string('reason');
        return { login: deny.trim(), kind: 'deny', ...(reason === undefined ? {} : { reason }) };
    }
    return undefined;
}
/** The initiator: --actor, else GITHUB_ACTOR, else the local user name. */
function actorOf(options) {
    const given = options.string('actor') ?? process.env.GITHUB_ACTOR;
    if (given !== undefined && given.trim() !== '')
        return given.trim();
    try {
        return (0,node_os__WEBPACK_IMPORTED_MODULE_0__.userInfo)().username;
    }
    catch {
        return 'local';
    }
}


/***/ })

};
