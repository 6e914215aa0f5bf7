export const id = 1117;
export const ids = [1117];
export const modules = {

/***/ 85133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ nowFromEnvironment)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);

/**
 * "Now" for checks that depend on time (freshness), normally the system clock. TOLLGATE_NOW (an
 * ISO 8601 time) pins it, so a CI result can be reproduced later on a laptop and tests are stable.
 */
function nowFromEnvironment(env = process.env) {
    const pinned = env.TOLLGATE_NOW;
    if (pinned === undefined || pinned === '')
        return Date.now();
    const value = Date.parse(pinned);
    if (Number.isNaN(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`TOLLGATE_NOW must be an ISO 8601 time, got ${JSON.stringify(pinned)}`);
    return value;
}


/***/ }),

/***/ 39572:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I7: () => (/* binding */ lineageContextFor),
/* harmony export */   WQ: () => (/* binding */ runtimeEnvironment),
/* harmony export */   iq: () => (/* binding */ codeVersion),
/* harmony export */   sN: () => (/* binding */ fileSha256),
/* harmony export */   tM: () => (/* binding */ workflowRun),
/* harmony export */   ti: () => (/* binding */ actorName)
/* harmony export */ });
/* unused harmony export lineageProducer */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(84402);





/**
 * What a training or registration run records about where it ran, so a model version can be
 * traced back to the exact data bytes, code commit and machine that produced it (the issue's
 * "Tracks: … data digests, code commit, runner/OS/Node versions"). Everything here reads the
 * environment or the file system; callers pass `env` so tests can pin it.
 */
/** SHA-256 of a file's bytes, lower-case hex, read as a stream (the file may be gigabytes). */
async function fileSha256(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}
/**
 * The commit of the working tree at `cwd` (`git rev-parse HEAD`, plus whether tracked files were
 * modified), falling back to GITHUB_SHA when `cwd` is not a git checkout (e.g. a workflow that
 * skipped actions/checkout). A machine without git simply records no commit.
 */
function codeVersion(cwd, env = process.env) {
    const version = {};
    const head = git(['rev-parse', 'HEAD'], cwd);
    if (head !== undefined && /^[0-9a-f]{40,64}$/.test(head)) {
        version.commit = head;
        const status = git(['status', '--porcelain', '--untracked-files=no'], cwd);
        if (status !== undefined)
            version.dirty = status !== '';
    }
    else if (nonEmpty(env.GITHUB_SHA)) {
        version.commit = env.GITHUB_SHA;
    }
    if (nonEmpty(env.GITHUB_REF))
        version.ref = env.GITHUB_REF;
    else if (version.commit !== undefined && head !== undefined) {
        const branch = git(['rev-parse', '--abbrev-ref', 'HEAD'], cwd);
        if (branch !== undefined && branch !== 'HEAD')
            version.ref = branch;
    }
    if (nonEmpty(env.GITHUB_REPOSITORY))
        version.repository = env.GITHUB_REPOSITORY;
    return version;
}
function git(args, cwd) {
    try {
        const result = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', args, {
            cwd,
            encoding: 'utf8',
            timeout: 10_000,
            stdio: ['ignore', 'pipe', 'ignore']
        });
        return result.status === 0 ? result.stdout.trim() : undefined;
    }
    catch {
        return undefined;
    }
}
function runtimeEnvironment(env = process.env) {
    const runtime = {
        tollgate: _version_js__WEBPACK_IMPORTED_MODULE_4__/* .TOLLGATE_VERSION */ .o,
        node: process.version,
        os: { platform: (0,node_os__WEBPACK_IMPORTED_MODULE_3__.platform)(), release: (0,node_os__WEBPACK_IMPORTED_MODULE_3__.release)(), arch: (0,node_os__WEBPACK_IMPORTED_MODULE_3__.arch)() }
    };
    if (env.GITHUB_ACTIONS === 'true') {
        const runner = {};
        if (nonEmpty(env.RUNNER_NAME))
            runner.name = env.RUNNER_NAME;
        if (nonEmpty(env.RUNNER_OS))
            runner.os = env.RUNNER_OS;
        if (nonEmpty(env.RUNNER_ARCH))
            runner.arch = env.RUNNER_ARCH;
        if (nonEmpty(env.RUNNER_ENVIRONMENT))
            runner.environment = env.RUNNER_ENVIRONMENT;
        runtime.runner = runner;
    }
    return runtime;
}
/**
 * The surrounding workflow run (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT, GITHUB_JOB), which makes a
 * re-run of the same attempt write the same registry entry instead of a second one. Undefined on
 * a laptop: there every invocation is its own run, so two `tollgate register` calls give two
 * versions.
 */
function workflowRun(env = process.env) {
    if (!nonEmpty(env.GITHUB_RUN_ID))
        return undefined;
    const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1');
    const run = {
        id: env.GITHUB_RUN_ID,
        attempt: Number.isSafeInteger(attempt) && attempt >= 1 ? attempt : 1
    };
    if (nonEmpty(env.GITHUB_JOB))
        run.job = env.GITHUB_JOB;
    if (nonEmpty(env.GITHUB_WORKFLOW))
        run.workflow = env.GITHUB_WORKFLOW;
    return {
        run,
        ...(nonEmpty(env.GITHUB_ACTOR) ? { actor: env.GITHUB_ACTOR } : {}),
        ...(nonEmpty(env.GITHUB_REPOSITORY) ? { repository: env.GITHUB_REPOSITORY } : {}),
        serverUrl: nonEmpty(env.GITHUB_SERVER_URL) ? env.GITHUB_SERVER_URL : 'https://github.com'
    };
}
/**
 * The identity of the emitting software for OpenLineage's `producer`: the action's repository
 * and ref when GitHub says which ones are running (GITHUB_ACTION_REPOSITORY/REF), else a URN with
 * Tollgate's version.
 */
function lineageProducer(env = process.env) {
    if (nonEmpty(env.GITHUB_ACTION_REPOSITORY)) {
        const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
        const ref = nonEmpty(env.GITHUB_ACTION_REF) ? env.GITHUB_ACTION_REF : `v${_version_js__WEBPACK_IMPORTED_MODULE_4__/* .TOLLGATE_VERSION */ .o}`;
        return `${server}/${env.GITHUB_ACTION_REPOSITORY}/tree/${ref}`;
    }
    return `urn:tollgate:v${_version_js__WEBPACK_IMPORTED_MODULE_4__/* .TOLLGATE_VERSION */ .o}`;
}
/**
 * The lineage context of one execution of `action`: in a workflow, job namespace
 * `github://owner/repo` and the run id, attempt and job of the workflow (so a re-run of the same
 * attempt produces the same OpenLineage run id); on a laptop, namespace `local` and a fresh id per
 * invocation.
 */
function lineageContextFor(action, options = {}) {
    const env = options.env ?? process.env;
    const run = workflowRun(env);
    const context = {
        // Short enough to read in a lineage graph; 32 random bits keep local runs apart.
        workflowRunId: run?.run.id ?? `local-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomUUID)().slice(0, 8)}`,
        attempt: run?.run.attempt ?? 1,
        job: run?.run.job ?? '',
        action,
        producer: lineageProducer(env),
        namespace: run?.repository === undefined ? 'local' : `github://${run.repository}`
    };
    if (run?.run.workflow !== undefined)
        context.workflow = run.run.workflow;
    if (run?.repository !== undefined) {
        context.repository = run.repository;
        context.serverUrl = run.serverUrl;
    }
    if (options.commit !== undefined)
        context.commit = options.commit;
    return context;
}
function nonEmpty(value) {
    return value !== undefined && value.trim() !== '';
}
/**
 * Who is acting, for the registry's audit trail: the workflow's GITHUB_ACTOR in Actions, the
 * operating-system user on a laptop.
 */
function actorName(env = process.env) {
    const run = workflowRun(env);
    if (run?.actor !== undefined)
        return run.actor;
    try {
        const name = (0,node_os__WEBPACK_IMPORTED_MODULE_3__.userInfo)().username;
        return name === '' ? undefined : name;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 72096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   I1: () => (/* binding */ appendJobSummary),
/* harmony export */   Os: () => (/* binding */ group),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* unused harmony exports notice, formatCommand */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);



/** An input as the runner passes it: `INPUT_<NAME>` (spaces → `_`, upper case), trimmed. */
function getInput(name, options = {}) {
    const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
    if (options.required === true && value === '') {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    return value.trim();
}
/**
 * A step output. With GITHUB_OUTPUT, a `name<<delimiter` block in that file (a random delimiter
 * that cannot occur in the value, so multi-line values are safe); without it, the deprecated
 * `::set-output` command, as old runners and @actions/core do.
 */
function setOutput(name, value) {
    const text = commandValue(value);
    const file = process.env.GITHUB_OUTPUT;
    if (file !== undefined && file !== '') {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, keyValueBlock(name, text), 'utf8');
        return;
    }
    process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
    issueCommand('set-output', { name }, text);
}
function info(message) {
    process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function warning(message, properties = {}) {
    issueCommand('warning', annotationProperties(properties), messageText(message));
}
function error(message, properties = {}) {
    issueCommand('error', annotationProperties(properties), messageText(message));
}
function notice(message, properties = {}) {
    issueCommand('notice', annotationProperties(properties), messageText(message));
}
/** Marks the step failed (exit code 1 when the process ends) with an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** Asks the runner to mask the value in every later log line. */
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
/** Runs `work` inside a collapsible log group. */
async function group(name, work) {
    issueCommand('group', {}, name);
    try {
        return await work();
    }
    finally {
        issueCommand('endgroup', {}, '');
    }
}
/** Appends markdown to the job summary (the file GITHUB_STEP_SUMMARY names). */
function appendJobSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (file === undefined || file === '' || !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file)) {
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, markdown + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL, 'utf8');
}
/** `::command key=value,…::message`, escaped as the runner unescapes it. */
function formatCommand(command, properties, message) {
    const pairs = Object.entries(properties)
        // As @actions/core: only properties with a value (a line or column 0 means "none").
        .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
    return `::${command}${pairs.length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}`;
}
function issueCommand(command, properties, message) {
    process.stdout.write(formatCommand(command, properties, message) + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
}
function keyValueBlock(name, value) {
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    // A random UUID cannot collide in practice; the runner would cut the value short if it did.
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Unexpected input: the output ${name} contains the delimiter ${delimiter}`);
    }
    return `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`;
}
function annotationProperties(properties) {
    return {
        title: properties.title,
        file: properties.file,
        line: properties.startLine,
        endLine: properties.endLine,
        col: properties.startColumn,
        endColumn: properties.endColumn
    };
}
function messageText(message) {
    return message instanceof Error ? message.toString() : message;
}
function commandValue(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'string')
        return value;
    return JSON.stringify(value);
}
/** Message text: `%`, CR and LF are encoded (the runner decodes them). */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Property values additionally encode `:` and `,`, which separate the properties. */
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}


/***/ }),

/***/ 93324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ readWorkflowContext),
/* harmony export */   V: () => (/* binding */ runUrl)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

function readWorkflowContext(env = process.env) {
    let payload = {};
    const path = env.GITHUB_EVENT_PATH;
    if (path !== undefined && path !== '') {
        try {
            payload = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
        }
        catch {
            payload = {};
        }
    }
    const pullRequest = payload.pull_request;
    const issue = payload.issue;
    const pullRequestNumber = pullRequest?.number ?? (issue?.pull_request !== undefined ? issue.number : undefined);
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload,
        pullRequestNumber,
        sha: env.GITHUB_SHA ?? '',
        runId: env.GITHUB_RUN_ID ?? 'local',
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        workflow: env.GITHUB_WORKFLOW ?? '',
        job: env.GITHUB_JOB ?? '',
        actor: env.GITHUB_ACTOR ?? '',
        serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
        repository: env.GITHUB_REPOSITORY ?? ''
    };
}
/** URL of the workflow run's page, for links in comments and issues. */
function runUrl(context) {
    if (context.repository === '' || context.runId === 'local')
        return undefined;
    return `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}`;
}


/***/ }),

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
/* harmony import */ var _adapters_open_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41839);
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

/***/ 74913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H5: () => (/* binding */ rollbackOptions),
/* harmony export */   Lg: () => (/* binding */ deploymentsOptions),
/* harmony export */   aq: () => (/* binding */ deployOptions),
/* harmony export */   vz: () => (/* binding */ applyDeployOverrides)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
/* harmony import */ var _options_option_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55739);
/* harmony import */ var _deploy_approval_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75244);
/* harmony import */ var _deploy_duration_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97872);
/* harmony import */ var _options_lineage_url_option_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(95742);
/* harmony import */ var _options_html_report_option_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6079);






/** Options of deploy: the action's inputs and `tollgate deploy`'s flags. */
const deployOptions = {
    name: {
        description: 'Model name. Not needed on a comment on an approval issue, or on a scheduled sweep of expired requests.',
        default: ''
    },
    version: {
        description: 'Version to deploy (v0.0.3), latest, or a stage to promote from (staging).',
        default: ''
    },
    environment: {
        description: 'Target environment; also the registry stage assigned after a successful deployment.',
        default: ''
    },
    store: {
        description: 'Where the registry lives: github (the repository) or a directory. Empty: github in Actions, .tollgate locally.',
        default: ''
    },
    approval: {
        description: 'How approval is asked: auto (from .tollgate.yml), none, environment (GitHub required reviewers) or issue.',
        default: 'auto',
        choices: ['auto', ..._deploy_approval_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .APPROVAL_VIAS */ .wQ]
    },
    approvers: {
        description: 'Allowed approvers (logins and @org/team), comma- or newline-separated; overrides .tollgate.yml.',
        default: ''
    },
    'required-approvals': {
        description: 'Distinct approvals needed; overrides .tollgate.yml.',
        default: ''
    },
    'allow-initiator': {
        description: 'Whether the person who started the deployment may approve it (true/false); overrides .tollgate.yml.',
        default: ''
    },
    'approval-expires': {
        description: 'How long an approval request stays open (e.g. 72h); overrides .tollgate.yml.',
        default: ''
    },
    command: {
        description: 'Deploy command (run in a shell with TOLLGATE_* variables); overrides .tollgate.yml.',
        default: ''
    },
    target: {
        description: 'Directory or file:// URL to copy the model files to; overrides .tollgate.yml.',
        default: ''
    },
    'environment-url': {
        description: 'URL of the deployed environment, shown on the GitHub Deployment.',
        default: ''
    },
    timeout: {
        description: 'Longest the deploy command may run (e.g. 30m); overrides .tollgate.yml.',
        default: ''
    },
    evidence: {
        description: 'JSON reports of other Tollgate actions (drift-check, spc-check) to show with the approval request.',
        default: ''
    },
    'dry-run': {
        description: 'Check the promotion policy and show the evidence; deploy nothing.',
        default: 'false'
    },
    reason: {
        description: 'Why, recorded with the deployment (and a denial’s reason on the command line).',
        default: ''
    },
    'report-path': { description: 'Where to write the JSON report.', default: '' },
    approve: {
        description: 'Record an approval by this person (local approval mode) and deploy when the quorum is met.',
        default: '',
        cliOnly: true
    },
    deny: {
        description: 'Record a denial by this person (local approval mode).',
        default: '',
        cliOnly: true
    },
    actor: {
        description: 'Who runs the command (the initiator); default GITHUB_ACTOR, else the user name.',
        default: '',
        cliOnly: true
    },
    'html-report': _options_html_report_option_js__WEBPACK_IMPORTED_MODULE_5__/* .HTML_REPORT_OPTION */ .N,
    'lineage-url': _options_lineage_url_option_js__WEBPACK_IMPORTED_MODULE_4__/* .LINEAGE_URL_OPTION */ .G,
    token: {
        description: 'Token for deployments, approval issues and the registry.',
        actionOnly: true
    }
};
/** The environment's configuration with the options a user gave on top. */
function applyDeployOverrides(config, options) {
    const approval = { ...config.approval };
    const via = options.choice('approval');
    if (via !== undefined && via !== 'auto') {
        approval.via = via;
        if (via === 'issue' && approval.required < 1)
            approval.required = 1;
        if (via === 'none')
            approval.required = 0;
    }
    if (options.has('approvers')) {
        Object.assign(approval, (0,_deploy_approval_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .parseApprovers */ .CR)((0,_options_option_table_js__WEBPACK_IMPORTED_MODULE_1__/* .splitList */ .ry)(options.requiredString('approvers')), 'option approvers'));
    }
    const required = options.integer('required-approvals');
    if (required !== undefined) {
        if (required < 1 || required > 100)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`required-approvals must be from 1 to 100, got ${required}`);
        approval.required = required;
        if (approval.via === 'none')
            approval.via = 'issue';
    }
    const allow = options.boolean('allow-initiator');
    if (allow !== undefined)
        approval.allowInitiator = allow;
    const expires = options.string('approval-expires');
    if (expires !== undefined)
        approval.expiresAfterMs = (0,_deploy_duration_text_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E)(expires, 'approval-expires');
    const merged = { ...config, approval };
    const command = options.string('command');
    const target = options.string('target');
    if (command !== undefined && target !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('give either command or target, not both');
    if (command !== undefined) {
        merged.command = command;
        delete merged.target;
    }
    if (target !== undefined) {
        merged.target = target;
        delete merged.command;
    }
    const url = options.string('environment-url');
    if (url !== undefined)
        merged.url = url;
    const timeout = options.string('timeout');
    if (timeout !== undefined)
        merged.timeoutMs = (0,_deploy_duration_text_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E)(timeout, 'timeout');
    return merged;
}
/** Options of `tollgate rollback`. */
const rollbackOptions = {
    name: { description: 'Model name.', required: true },
    environment: { description: 'Environment (registry stage) to roll back.', required: true },
    'to-version': {
        description: 'Version to return to; default the one before the current.',
        default: ''
    },
    store: deployOptions.store,
    command: deployOptions.command,
    target: deployOptions.target,
    timeout: deployOptions.timeout,
    reason: deployOptions.reason,
    actor: deployOptions.actor,
    'report-path': deployOptions['report-path']
};
/** Options of `tollgate deployments` (the deployment history). */
const deploymentsOptions = {
    name: { description: 'Model name.', required: true },
    environment: { description: 'Only this environment.', default: '' },
    store: deployOptions.store,
    'report-path': { description: 'Where to write the history as JSON.', default: '' }
};


/***/ }),

/***/ 6079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ HTML_REPORT_OPTION)
/* harmony export */ });
/**
 * The `html-report` input every action declares (shared/adapters/html-artifact.ts publishes the
 * report). One spec for all seven option tables, so the actions cannot drift apart on its name,
 * default or choices. Action only: the command-line tools write their HTML report with an
 * explicit path where they offer one.
 */
const HTML_REPORT_OPTION = {
    description: 'Write a self-contained HTML report with charts and upload it as a workflow artifact linked from the job summary: true or false.',
    default: 'true',
    choices: ['true', 'false'],
    actionOnly: true
};


/***/ }),

/***/ 95742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ LINEAGE_URL_OPTION)
/* harmony export */ });
/**
 * The `lineage-url` input every action declares: where to POST the run's OpenLineage events
 * (shared/adapters/action-lineage.ts). One spec for all seven option tables, so the actions
 * cannot drift apart on a name, default or kind.
 *
 * Action only: the events are sent by the action step after its real work, with problems turned
 * into `::warning` annotations; the command-line tool does not send lineage, so it offers no flag
 * it would ignore.
 */
const LINEAGE_URL_OPTION = {
    description: "OpenLineage endpoint to POST the run's events to (e.g. Marquez http://host:5000; /api/v1/lineage is appended to a URL without a path); API key from OPENLINEAGE_API_KEY.",
    default: '',
    actionOnly: true
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
