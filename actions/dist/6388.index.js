export const id = 6388;
export const ids = [6388,4707];
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


/***/ }),

/***/ 36388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rollbackCommand: () => (/* binding */ rollbackCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./shared/adapters/clock.ts
var clock = __webpack_require__(85133);
// EXTERNAL MODULE: ./shared/adapters/open-store.ts + 15 modules
var open_store = __webpack_require__(8740);
// EXTERNAL MODULE: ./shared/adapters/project-config.ts
var project_config = __webpack_require__(33701);
// EXTERNAL MODULE: ./shared/adapters/user-files.ts
var user_files = __webpack_require__(24574);
// EXTERNAL MODULE: ./shared/adapters/workflow-context.ts
var workflow_context = __webpack_require__(93324);
// EXTERNAL MODULE: ./shared/adapters/run-provenance.ts
var run_provenance = __webpack_require__(39572);
// EXTERNAL MODULE: ./shared/deploy/deploy-config.ts
var deploy_config = __webpack_require__(37136);
// EXTERNAL MODULE: ./shared/deploy/duration-text.ts
var duration_text = __webpack_require__(97872);
// EXTERNAL MODULE: ./shared/deploy/run-key.ts
var run_key = __webpack_require__(92479);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/operations/deploy-effects.ts + 2 modules
var deploy_effects = __webpack_require__(23169);
// EXTERNAL MODULE: ./shared/registry/gto-tags.ts
var gto_tags = __webpack_require__(33148);
// EXTERNAL MODULE: ./shared/registry/model-registry.ts
var model_registry = __webpack_require__(57677);
// EXTERNAL MODULE: ./shared/registry/registry-state.ts
var registry_state = __webpack_require__(52857);
// EXTERNAL MODULE: ./shared/version.ts
var shared_version = __webpack_require__(84402);
// EXTERNAL MODULE: ./shared/report/deploy-report.ts
var deploy_report = __webpack_require__(67073);
// EXTERNAL MODULE: ./shared/operations/deploy-model.ts + 1 modules
var deploy_model = __webpack_require__(13994);
// EXTERNAL MODULE: ./shared/operations/deploy-record-store.ts
var deploy_record_store = __webpack_require__(96650);
;// CONCATENATED MODULE: ./shared/operations/deploy-rollback.ts









const NO_APPROVAL = {
    via: 'none',
    required: 0,
    state: 'not-required',
    approvals: [],
    denials: [],
    ignored: [],
    request: null,
    issue: null,
    expires_at: null
};
/**
 * `tollgate rollback`: puts an environment back on the version it ran before the current one (the
 * most recent earlier assignment of another usable version, as the registry's rollbackStage
 * picks it), by running the deploy step for that version and, only when the step succeeds,
 * assigning the stage. A rollback is an emergency action: it skips the promotion policy and
 * approvals (the version ran there before), and is recorded as kind `rollback`.
 */
async function rollbackEnvironment(request) {
    const { model, environment, store } = request;
    (0,gto_tags/* assertModelName */.fY)(model);
    (0,gto_tags/* assertStageName */.Gs)(environment);
    const registry = new model_registry/* ModelRegistry */.z(store, request.registryConfig);
    const generatedAt = new Date(request.now()).toISOString();
    const report = (status, message, version, previous, deployment) => ({
        $schema: deploy_report/* DEPLOY_REPORT_SCHEMA_ID */.V,
        tool: { name: 'tollgate', version: shared_version/* TOLLGATE_VERSION */.o },
        action: 'deploy',
        generated_at: generatedAt,
        model,
        version,
        environment,
        status,
        passed: status === 'success',
        message,
        previous_version: previous,
        promotion: null,
        approval: NO_APPROVAL,
        deployment,
        rollback: null,
        evidence: null
    });
    const done = await (0,deploy_record_store/* readDeploymentRecord */.L6)(store, model, environment, (0,run_key/* runKey */.r7)(request.run), 'rollback');
    if (done !== undefined) {
        return report(done.status === 'success' ? 'success' : 'failure', `this run already rolled ${environment} back to ${done.version}: ${done.status}`, done.version, done.previousVersion, done);
    }
    const current = await registry.currentStage(model, environment);
    if (current?.version === undefined) {
        throw new errors/* UsageError */.eb(`${model} has no version in ${environment}; there is nothing to roll back.`);
    }
    let target;
    if (request.toVersion !== undefined) {
        target = (await registry.resolve(`${model}@${request.toVersion}`)).version;
    }
    else {
        const usable = new Set((await registry.listVersions(model)).filter(registry_state/* isUsable */.Ng).map((version) => version.version));
        const earlier = (await registry.stageHistory(model, environment))
            .filter((event) => event.action === 'assign' &&
            event.version !== undefined &&
            event.version !== current.version &&
            usable.has(event.version))
            .at(-1);
        if (earlier?.version === undefined) {
            throw new errors/* UsageError */.eb(`${model} has no earlier version in ${environment} to roll back to (it holds ${current.version}).`);
        }
        target = earlier.version;
    }
    if (target === current.version)
        throw new errors/* UsageError */.eb(`${environment} already holds ${model} ${target}.`);
    const resolved = await registry.resolve(`${model}@${target}`);
    const started = new Date(request.now()).toISOString();
    const attempt = await (0,deploy_model/* performStep */.Ks)(request, resolved, 'rollback', current.version);
    if (attempt.outcome.ok) {
        await registry.assignStage({
            model,
            stage: environment,
            version: target,
            actor: request.initiator,
            run: (0,deploy_model/* registryRun */.JR)(request.run),
            reason: request.reason ?? `rollback from ${current.version}`
        });
        await attempt.setStatus('success', `rolled back to ${target}`);
    }
    else {
        await attempt.setStatus('failure', `rollback failed: ${attempt.outcome.detail}`);
    }
    const record = await (0,deploy_record_store/* saveDeploymentRecord */.kS)(store, (0,deploy_model/* deploymentRecord */.lH)(request, {
        version: target,
        kind: 'rollback',
        status: attempt.outcome.ok ? 'success' : 'failure',
        previous: current.version,
        approval: NO_APPROVAL,
        step: (0,deploy_model/* stepResult */.GR)(attempt.outcome),
        startedAt: started,
        finishedAt: new Date(request.now()).toISOString(),
        initiator: request.initiator,
        ...(attempt.github === undefined ? {} : { github: attempt.github }),
        reason: request.reason ?? `rollback from ${current.version}`
    }));
    return attempt.outcome.ok
        ? report('success', `rolled ${environment} back from ${model} ${current.version} to ${target}`, target, current.version, record)
        : report('failure', `rolling ${environment} back to ${model} ${target} failed (${attempt.outcome.detail}); it still holds ${current.version}`, target, current.version, record);
}

// EXTERNAL MODULE: ./shared/operations/deploy-options.ts
var deploy_options = __webpack_require__(74913);
// EXTERNAL MODULE: ./shared/cli/commands/deploy.ts
var deploy = __webpack_require__(84707);
;// CONCATENATED MODULE: ./shared/cli/commands/rollback.ts
















/** `tollgate rollback`: put an environment back on its previous version (running the deploy step). */
const rollbackCommand = {
    name: 'rollback',
    summary: 'Return an environment to its previous deployment (runs the deploy step, then moves the stage).',
    usage: '--name MODEL --environment ENV [--to-version V] [--store DIR]',
    options: deploy_options/* rollbackOptions */.H5,
    async run(options, _positionals, output) {
        const now = (0,clock/* nowFromEnvironment */.g)();
        const project = (0,project_config/* loadProjectConfig */.WM)();
        const store = await (0,open_store/* openStore */.C)({
            store: options.string('store'),
            token: process.env.GITHUB_TOKEN,
            defaultStore: 'local'
        });
        const environment = options.requiredString('environment').trim();
        const config = { ...(0,deploy_config/* environmentDeployConfig */.J)(project.section('deploy'), environment) };
        const command = options.string('command');
        const target = options.string('target');
        if (command !== undefined && target !== undefined)
            throw new errors/* UsageError */.eb('give either command or target, not both');
        if (command !== undefined) {
            config.command = command;
            delete config.target;
        }
        if (target !== undefined) {
            config.target = target;
            delete config.command;
        }
        const timeout = options.string('timeout');
        if (timeout !== undefined)
            config.timeoutMs = (0,duration_text/* parseDuration */.E)(timeout, 'timeout');
        const context = (0,workflow_context/* readWorkflowContext */.F)();
        const run = (0,run_key/* runIdentityOf */.Zi)(context, now, (0,workflow_context/* runUrl */.V)(context));
        const toVersion = options.string('to-version');
        const report = await rollbackEnvironment({
            model: options.requiredString('name').trim(),
            environment,
            store,
            registryConfig: project.registry,
            config,
            initiator: (0,deploy.actorOf)(options),
            run,
            now: () => (process.env.TOLLGATE_NOW ? now : Date.now()),
            step: (0,deploy_effects/* configuredStep */.Zd)(config, process.cwd(), (text) => output.out(text.replace(/\n$/, ''))),
            workDir: (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'tollgate', `rollback-${(0,run_key/* runKey */.r7)(run)}`),
            lineage: (0,run_provenance/* lineageContextFor */.I7)('deploy'),
            ...(toVersion === undefined ? {} : { toVersion }),
            ...(options.string('reason') === undefined ? {} : { reason: options.string('reason') })
        });
        (0,deploy.printDeployReport)(report, output);
        const reportPath = options.string('report-path');
        if (reportPath !== undefined)
            (0,user_files/* writeJsonFile */.An)(reportPath, report);
        return report.passed ? 0 : 1;
    }
};


/***/ })

};
