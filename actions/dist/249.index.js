export const id = 249;
export const ids = [249];
export const modules = {

/***/ 28249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inputs: () => (/* binding */ inputs),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./shared/adapters/action-step.ts
var action_step = __webpack_require__(70540);
// EXTERNAL MODULE: ./shared/adapters/action-report.ts
var action_report = __webpack_require__(11152);
// EXTERNAL MODULE: ./shared/adapters/user-files.ts
var user_files = __webpack_require__(24574);
// EXTERNAL MODULE: ./shared/operations/register-model.ts + 1 modules
var register_model = __webpack_require__(19667);
// EXTERNAL MODULE: ./shared/operations/register-options.ts
var register_options = __webpack_require__(72855);
// EXTERNAL MODULE: ./shared/operations/registry-open.ts
var registry_open = __webpack_require__(91771);
// EXTERNAL MODULE: ./shared/report/escape.ts
var report_escape = __webpack_require__(46682);
// EXTERNAL MODULE: ./shared/lineage/lineage-graph.ts
var lineage_graph = __webpack_require__(80320);
// EXTERNAL MODULE: ./shared/lineage/mermaid-lineage.ts
var mermaid_lineage = __webpack_require__(19535);
// EXTERNAL MODULE: ./shared/report/train-summary.ts
var train_summary = __webpack_require__(40066);
;// CONCATENATED MODULE: ./shared/report/registry-summary.ts




/**
 * The job summary of a registration: the version and where its files are, the stage it entered,
 * its metrics, files with their SHA-256, the training data digests, and the lineage graph from the
 * training data to the version.
 */
function registerSummaryMarkdown(report, events) {
    const tag = (0,report_escape/* codeSpan */.SS)(report.tag);
    const state = report.outcome === 'created'
        ? 'registered'
        : 'already registered by this workflow run (re-run); nothing new was written';
    const where = report.release_url === null
        ? `in ${(0,report_escape/* escapeMarkdown */.FV)(report.store, 200)}`
        : `— [release](${report.release_url})`;
    const lines = [`### Tollgate register-model: ${tag} ${state}`, '', `${tag} ${where}`, ''];
    if (report.stage !== null) {
        const change = report.stage.outcome === 'created'
            ? `assigned to stage ${(0,report_escape/* codeSpan */.SS)(report.stage.stage)} (${(0,report_escape/* codeSpan */.SS)(report.stage.tag)})`
            : `already in stage ${(0,report_escape/* codeSpan */.SS)(report.stage.stage)}`;
        lines.push(`${tag} ${change}.`, '');
    }
    for (const warning of report.warnings)
        lines.push(`> ⚠️ ${(0,report_escape/* escapeMarkdown */.FV)(warning, 300)}`, '');
    const metrics = Object.entries(report.metrics);
    if (metrics.length > 0) {
        lines.push('| Metric | Value |', '| --- | --- |');
        for (const [name, value] of metrics)
            lines.push(`| ${(0,report_escape/* codeSpan */.SS)(name)} | ${(0,train_summary/* formatNumber */.Z)(value)} |`);
        lines.push('');
    }
    lines.push('<details><summary>Files and training data</summary>', '');
    lines.push('| File | Bytes | SHA-256 |', '| --- | --- | --- |');
    for (const file of report.files) {
        lines.push(`| ${(0,report_escape/* codeSpan */.SS)(file.name)} | ${file.size.toLocaleString('en-US')} | ${(0,report_escape/* codeSpan */.SS)(file.sha256)} |`);
    }
    if (report.training_data.length > 0) {
        lines.push('', '| Training data | Rows | SHA-256 |', '| --- | --- | --- |');
        for (const data of report.training_data) {
            lines.push(`| ${(0,report_escape/* codeSpan */.SS)(data.name, 60)} | ${data.rows === undefined ? '—' : data.rows.toLocaleString('en-US')} | ${(0,report_escape/* codeSpan */.SS)(data.sha256)} |`);
        }
    }
    const who = [
        report.commit === null ? undefined : `commit ${(0,report_escape/* codeSpan */.SS)(report.commit)}`,
        report.actor === null ? undefined : `by ${(0,report_escape/* escapeMarkdown */.FV)(report.actor)}`,
        report.run === null
            ? undefined
            : `run ${(0,report_escape/* escapeMarkdown */.FV)(report.run.id)} attempt ${report.run.attempt}`
    ].filter((part) => part !== undefined);
    if (who.length > 0)
        lines.push('', who.join(' · '));
    lines.push('', '</details>', '');
    const graph = (0,lineage_graph/* lineageAround */.fo)((0,lineage_graph/* buildLineageGraph */.yc)(events), (0,lineage_graph/* modelVersionNodeId */.BZ)(report.model, report.version));
    if (graph.nodes.length > 1)
        lines.push('#### Lineage', '', (0,mermaid_lineage/* renderLineageMermaidBlock */.o2)(graph).trimEnd(), '');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./actions/register-model/main.ts









/** The inputs this action reads (checked against action.yml by the metadata test). */
const inputs = register_options/* registerOptions */.I;
/**
 * register-model: a new immutable version of a model in the repository's registry (GitHub
 * Releases and GTO tags by default), with its metrics, training-data profile, model card and
 * lineage; optionally assigned to a stage.
 */
async function run() {
    await (0,action_step/* runActionStep */.y)('register-model', async () => {
        const options = (0,action_step/* actionOptions */.R)(register_options/* registerOptions */.I);
        const opened = await (0,registry_open/* openModelRegistry */.l)({
            store: options.string('store'),
            token: options.string('token'),
            defaultStore: 'github'
        });
        const stage = options.string('stage')?.trim();
        const version = options.string('version')?.trim();
        const description = options.string('description');
        const outcome = await (0,register_model/* registerModel */.$)({
            name: options.requiredString('name').trim(),
            modelPath: options.requiredString('model-path').trim(),
            registry: opened.registry,
            bump: options.choice('bump'),
            ...(version === undefined || version === '' ? {} : { version }),
            ...(stage === undefined || stage === '' ? {} : { stage }),
            ...(description === undefined ? {} : { description }),
            data: options.list('data'),
            format: options.choice('format'),
            releaseUrl: opened.releaseUrl
        });
        const { report } = outcome;
        const reportPath = options.string('report-path') ?? (0,action_report/* defaultReportPath */.j)('register-model', 'report');
        (0,user_files/* writeJsonFile */.An)(reportPath, report);
        for (const warning of report.warnings)
            core/* warning */.$e((0,report_escape/* escapeLog */.Ah)(warning), { title: 'register-model' });
        core/* setOutput */.uH('version', report.version);
        core/* setOutput */.uH('tag', report.tag);
        core/* setOutput */.uH('release-url', report.release_url ?? '');
        core/* setOutput */.uH('outcome', report.outcome);
        core/* setOutput */.uH('stage-tag', report.stage?.tag ?? '');
        core/* setOutput */.uH('report', reportPath);
        await (0,action_report/* writeJobSummary */.C)(registerSummaryMarkdown(report, outcome.events));
        const stageText = report.stage === null ? '' : `, stage ${report.stage.stage} (${report.stage.tag})`;
        core/* info */.pq((0,report_escape/* escapeLog */.Ah)(`register-model: ${report.tag} ${report.outcome === 'created' ? 'registered' : 'was already registered by this run'}${stageText}. ` +
            `${report.files.length} files in ${report.store}. Report: ${reportPath}`));
    });
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

/***/ 30429:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ profileData)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _adapters_data_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60409);
/* harmony import */ var _adapters_table_scan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53213);
/* harmony import */ var _profile_data_profile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10706);
/* harmony import */ var _scan_merge_partials_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71961);
/* harmony import */ var _scan_scan_plan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(49829);






/** An empty checks file: the scan then computes only the profile. */
const NO_CHECKS = { file: '', nullValues: [], tableChecks: [], columns: [] };
/** Scans the files once and returns their merged profile. */
async function profileData(request) {
    const files = (0,_adapters_data_files_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveDataFiles */ .A6)(request.data, request.format ?? 'auto');
    const threads = request.threads !== undefined && request.threads > 0
        ? request.threads
        : Math.max(1, Math.min((0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)(), 8));
    const input = { files, delimiter: request.delimiter, threads };
    const header = await (0,_adapters_table_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .readTableHeader */ .C)(input);
    const plan = (0,_scan_scan_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .buildScanPlan */ .bN)(NO_CHECKS, header.header, {});
    const scan = (0,_scan_merge_partials_js__WEBPACK_IMPORTED_MODULE_4__/* .mergePartials */ .p)(await (0,_adapters_table_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .scanTable */ .S)(input, header, plan), plan.sampleLimit);
    const summaries = files.map((file) => ({
        path: file.path,
        format: file.format,
        bytes: file.bytes
    }));
    const profile = (0,_profile_data_profile_js__WEBPACK_IMPORTED_MODULE_3__/* .buildProfile */ .Er)(scan, summaries, new Date(request.now).toISOString());
    return { profile, files, header: header.header };
}


/***/ }),

/***/ 19667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* binding */ registerModel),
  X: () => (/* binding */ stageReport)
});

// EXTERNAL MODULE: ./shared/adapters/run-provenance.ts
var run_provenance = __webpack_require__(39572);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/lineage/openlineage-event.ts
var openlineage_event = __webpack_require__(20068);
// EXTERNAL MODULE: ./shared/lineage/run-id.ts
var run_id = __webpack_require__(8315);
// EXTERNAL MODULE: ./shared/registry/gto-tags.ts
var gto_tags = __webpack_require__(33148);
// EXTERNAL MODULE: ./shared/registry/model-bundle.ts + 2 modules
var model_bundle = __webpack_require__(61705);
// EXTERNAL MODULE: ./shared/store/canonical-json.ts
var canonical_json = __webpack_require__(92113);
// EXTERNAL MODULE: ./shared/version.ts
var version = __webpack_require__(84402);
// EXTERNAL MODULE: ./shared/report/registry-report.ts
var registry_report = __webpack_require__(79309);
// EXTERNAL MODULE: ./shared/operations/profile-data.ts
var profile_data = __webpack_require__(30429);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/profile/data-profile.ts
var data_profile = __webpack_require__(10706);
// EXTERNAL MODULE: ./shared/store/content-digest.ts
var content_digest = __webpack_require__(73734);
// EXTERNAL MODULE: ./shared/store/store-names.ts
var store_names = __webpack_require__(33780);
// EXTERNAL MODULE: ./shared/operations/train-metrics-file.ts
var train_metrics_file = __webpack_require__(95354);
// EXTERNAL MODULE: ./shared/operations/train-output.ts
var train_output = __webpack_require__(40625);
;// CONCATENATED MODULE: ./shared/operations/register-model-directory.ts










/** Files the registry writes into every version: a downloaded version's copies are not re-used. */
const REGENERATED = [store_names/* BUNDLE_MANIFEST_FILE */.EI, model_bundle/* MODEL_BUNDLE_FILES */.rU.card];
function readModelDirectory(path) {
    if (!(0,external_node_fs_.existsSync)(path)) {
        throw new errors/* UsageError */.eb(`The model directory ${JSON.stringify(path)} does not exist; give the directory train wrote ` +
            '(its model-path output) or another directory of model files.');
    }
    if (!(0,external_node_fs_.statSync)(path).isDirectory()) {
        throw new errors/* UsageError */.eb(`The model path ${JSON.stringify(path)} is not a directory.`);
    }
    const shown = (name) => (0,external_node_path_.join)(path, name);
    const warnings = [];
    const files = new Map();
    const metadata = new Map();
    for (const name of (0,external_node_fs_.readdirSync)(path).sort()) {
        const full = (0,external_node_path_.join)(path, name);
        const stats = (0,external_node_fs_.statSync)(full);
        if (stats.isDirectory()) {
            throw new errors/* UsageError */.eb(`The model directory holds a subdirectory ${JSON.stringify(name)}; a registered version is ` +
                'a flat list of files (GitHub release assets), so pack it into one file first, e.g. ' +
                `\`tar -czf ${name}.tar.gz -C ${name} .\`.`);
        }
        if (!stats.isFile()) {
            throw new errors/* UsageError */.eb(`${JSON.stringify(full)} is not a regular file; a model directory holds files only.`);
        }
        if (name.startsWith('.')) {
            warnings.push(`left out the hidden file ${name}`);
            continue;
        }
        if (REGENERATED.includes(name)) {
            warnings.push(`left out ${name}: the registry writes a new one for the version`);
            continue;
        }
        if (name === train_output/* TRAIN_OUTPUT_FILES */.Jz.metrics ||
            name === train_output/* TRAIN_OUTPUT_FILES */.Jz.params ||
            name === train_output/* TRAIN_OUTPUT_FILES */.Jz.lineage ||
            name === train_output/* TRAIN_OUTPUT_FILES */.Jz.profile) {
            metadata.set(name, (0,external_node_fs_.readFileSync)(full, 'utf8'));
            continue;
        }
        files.set(name, (0,external_node_fs_.readFileSync)(full));
    }
    const metricsText = metadata.get(train_output/* TRAIN_OUTPUT_FILES */.Jz.metrics);
    const metrics = metricsText === undefined
        ? undefined
        : (0,train_metrics_file/* parseMetricsText */.o0)(metricsText, shown(train_output/* TRAIN_OUTPUT_FILES */.Jz.metrics));
    const paramsText = metadata.get(train_output/* TRAIN_OUTPUT_FILES */.Jz.params);
    const params = paramsText !== undefined
        ? (0,train_metrics_file/* parseParamsText */.z3)(paramsText, shown(train_output/* TRAIN_OUTPUT_FILES */.Jz.params))
        : metricsText === undefined
            ? {}
            : ((0,train_metrics_file/* bundleParams */.pp)(metricsText, shown(train_output/* TRAIN_OUTPUT_FILES */.Jz.metrics)) ?? {});
    const lineageText = metadata.get(train_output/* TRAIN_OUTPUT_FILES */.Jz.lineage);
    const events = lineageText === undefined ? [] : parseLineage(lineageText, shown(train_output/* TRAIN_OUTPUT_FILES */.Jz.lineage));
    const profileText = metadata.get(train_output/* TRAIN_OUTPUT_FILES */.Jz.profile);
    const profile = profileText === undefined
        ? undefined
        : parseProfile(profileText, shown(train_output/* TRAIN_OUTPUT_FILES */.Jz.profile));
    const runBytes = files.get(train_output/* TRAIN_OUTPUT_FILES */.Jz.trainingRun);
    const training = runBytes === undefined
        ? undefined
        : parseTrainingRun(new TextDecoder().decode(runBytes), shown(train_output/* TRAIN_OUTPUT_FILES */.Jz.trainingRun));
    return {
        path,
        files,
        metrics,
        params,
        events,
        profile,
        ...(training === undefined ? {} : { training }),
        warnings
    };
}
function parseJson(text, file) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new errors/* InputError */.dz({ file }, `not valid JSON (${error.message})`);
    }
}
/** lineage.json: `{ schema, events: [RunEvent…] }` as train writes it, or a bare list of events. */
function parseLineage(text, file) {
    const value = parseJson(text, file);
    const list = Array.isArray(value) ? value : value?.events;
    if (!Array.isArray(list)) {
        throw new errors/* InputError */.dz({ file }, 'expected {"events": [...]} with OpenLineage run events');
    }
    return list.map((event, index) => {
        try {
            return (0,openlineage_event/* parseRunEvent */.X0)(event, `event ${index + 1}`);
        }
        catch (error) {
            if (error instanceof errors/* IntegrityError */.cs) {
                throw new errors/* InputError */.dz({ file, field: `events[${index}]` }, error.message);
            }
            throw error;
        }
    });
}
function parseProfile(text, file) {
    const value = parseJson(text, file);
    if (value === null ||
        typeof value !== 'object' ||
        value.format !== data_profile/* PROFILE_FORMAT */.y6 ||
        !Array.isArray(value.columns)) {
        throw new errors/* InputError */.dz({ file }, `expected a Tollgate data profile ("format": "${data_profile/* PROFILE_FORMAT */.y6}"), as train and validate-data write`);
    }
    return value;
}
function parseTrainingRun(text, file) {
    const value = parseJson(text, file);
    if (value === null || typeof value !== 'object' || value.schema !== train_output/* TRAINING_RUN_SCHEMA */.DX) {
        throw new errors/* InputError */.dz({ file }, `expected a training run record ("schema": "${train_output/* TRAINING_RUN_SCHEMA */.DX}")`);
    }
    if (!Array.isArray(value.data))
        throw new errors/* InputError */.dz({ file, field: 'data' }, 'expected a list of data files');
    const data = value.data.map((entry, index) => {
        const item = entry;
        if (item === null || typeof item.path !== 'string' || !(0,content_digest/* isSha256Hex */.P4)(item.sha256)) {
            throw new errors/* InputError */.dz({ file, field: `data[${index}]` }, 'expected a path and a sha256');
        }
        return {
            name: item.path,
            sha256: item.sha256,
            ...(typeof item.rows === 'number' ? { rows: item.rows } : {})
        };
    });
    const commit = value.code?.commit;
    return { data, ...(typeof commit === 'string' && commit !== '' ? { commit } : {}) };
}

;// CONCATENATED MODULE: ./shared/operations/register-model.ts











async function registerModel(request) {
    const { registry, name } = request;
    const cwd = request.cwd ?? process.cwd();
    const env = request.env ?? process.env;
    const clock = request.clock ?? Date.now;
    (0,gto_tags/* assertModelName */.fY)(name);
    if (request.stage !== undefined)
        checkStageBeforeRegistering(registry, request.stage);
    const directory = readModelDirectory(request.modelPath);
    const warnings = [...directory.warnings];
    const dataGiven = request.data !== undefined && request.data.length > 0;
    let profile = directory.profile;
    let trainingData = directory.training?.data ?? [];
    if (dataGiven && profile !== undefined) {
        throw new errors/* UsageError */.eb(`The model directory ${JSON.stringify(request.modelPath)} already has the training data's ` +
            'profile (profile.json, written by train); leave `data` out.');
    }
    if (dataGiven) {
        const profiled = await (0,profile_data/* profileData */.A)({
            data: request.data,
            format: request.format,
            now: clock()
        });
        profile = profiled.profile;
        const digests = await Promise.all(profiled.files.map((file) => (0,run_provenance/* fileSha256 */.sN)(file.path)));
        trainingData = profiled.files.map((file, index) => ({
            name: file.path,
            sha256: digests[index],
            ...(profiled.files.length === 1 ? { rows: profiled.profile.rows } : {})
        }));
    }
    if (profile === undefined) {
        throw new errors/* UsageError */.eb(`The model directory ${JSON.stringify(request.modelPath)} has no profile.json, the ` +
            "training data's profile that drift-check compares production data against. Register " +
            "train's output, or give the training data (`data`) to profile it now.");
    }
    if (directory.metrics === undefined) {
        warnings.push('the model directory has no metrics.json; the version records no metrics');
    }
    const run = (0,run_provenance/* workflowRun */.tM)(env);
    const actor = (0,run_provenance/* actorName */.ti)(env);
    const commit = directory.training?.commit ?? (0,run_provenance/* codeVersion */.iq)(cwd, env).commit;
    const context = (0,run_provenance/* lineageContextFor */.I7)('register-model', {
        env,
        ...(commit === undefined ? {} : { commit })
    });
    const registered = await registry.registerVersion({
        model: name,
        files: directory.files,
        metrics: directory.metrics ?? {},
        params: directory.params,
        trainingData,
        profile,
        ...(request.description === undefined || request.description.trim() === ''
            ? {}
            : { description: request.description }),
        ...(commit === undefined ? {} : { commit }),
        lineage: { context, events: directory.events },
        ...(run === undefined ? {} : { run: run.run }),
        ...(actor === undefined ? {} : { actor }),
        ...(request.bump === undefined ? {} : { bump: request.bump }),
        ...(request.version === undefined ? {} : { version: request.version })
    });
    let stageChange;
    if (request.stage !== undefined) {
        stageChange = await registry.assignStage({
            model: name,
            stage: request.stage,
            version: registered.version,
            ...(run === undefined ? {} : { run: run.run }),
            ...(actor === undefined ? {} : { actor }),
            reason: `registered ${registered.tag}`
        });
    }
    const events = await storedLineage(registry, registered.tag);
    const releaseUrl = request.releaseUrl?.(registered.tag);
    const report = {
        schema: registry_report/* REGISTER_REPORT_SCHEMA */.Nj,
        tollgate_version: version/* TOLLGATE_VERSION */.o,
        generated_at: new Date(clock()).toISOString(),
        model: name,
        version: registered.version,
        tag: registered.tag,
        outcome: registered.outcome,
        claimed_at: registered.claimedAt,
        release_url: releaseUrl ?? null,
        store: registry.store.location,
        files: registered.manifest.files,
        metrics: directory.metrics ?? {},
        params: directory.params,
        training_data: trainingData,
        commit: commit ?? null,
        run: run?.run ?? null,
        actor: actor ?? null,
        stage: stageChange === undefined ? null : stageReport(stageChange),
        lineage_run_id: (0,run_id/* lineageRunId */.yP)(context),
        warnings
    };
    return { report, events, ...(stageChange === undefined ? {} : { stageChange }) };
}
/** A stage change as the reports show it. */
function stageReport(change) {
    return {
        stage: change.event.stage,
        version: change.event.version ?? '',
        outcome: change.outcome,
        tag: change.event.tag,
        at: change.event.at
    };
}
/**
 * Refuses a stage the version could not enter before anything is registered, so a typo in
 * `stage` does not leave a registered but unassigned version behind.
 */
function checkStageBeforeRegistering(registry, stage) {
    (0,gto_tags/* assertStageName */.Gs)(stage);
    const { stages, promotion } = registry.config;
    if (stages === undefined)
        return;
    if (!stages.includes(stage)) {
        throw new errors/* UsageError */.eb(`Stage ${JSON.stringify(stage)} is not one of the stages configured in .tollgate.yml ` +
            `(registry.stages: ${stages.join(', ')}).${(0,gto_tags/* stageSuggestion */.t6)(stage, stages)}`);
    }
    if (promotion === 'sequential' && stages.indexOf(stage) > 0) {
        throw new errors/* UsageError */.eb(`A new version cannot enter ${stage} directly: .tollgate.yml sets promotion: sequential ` +
            `(${stages.join(' -> ')}), so it starts in ${stages[0]}.`);
    }
}
/** The events of the version's stored lineage.json, read back (verified) from the store. */
async function storedLineage(registry, tag) {
    const bytes = await registry.store.readBundleFile(tag, model_bundle/* MODEL_BUNDLE_FILES */.rU.lineage);
    const parsed = (0,canonical_json/* parseJsonBytes */.dQ)(bytes);
    if (!parsed.ok || !(0,canonical_json/* isJsonObject */.OW)(parsed.value) || !Array.isArray(parsed.value.events))
        return [];
    return parsed.value.events.map((event, index) => (0,openlineage_event/* parseRunEvent */.X0)(event, `lineage event ${index + 1} of ${tag}`));
}


/***/ }),

/***/ 72855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ registerOptions)
/* harmony export */ });
/** Options of register-model: the action's inputs and `tollgate register`'s flags. */
const registerOptions = {
    name: { description: 'Model name (lower-case letters, digits and -).', required: true },
    'model-path': {
        description: "Directory holding the model files (train's output).",
        required: true
    },
    bump: {
        description: 'Which part of the version to increase: patch, minor or major.',
        default: 'patch',
        choices: ['patch', 'minor', 'major']
    },
    version: { description: 'An explicit version (e.g. v1.4.0) instead of a bump.', default: '' },
    stage: { description: 'Assign the new version to this stage right away.', default: '' },
    description: { description: 'A sentence for the model card.', default: '' },
    data: {
        description: 'Training data to profile and digest when the directory has no profile.json.',
        default: ''
    },
    format: {
        description: 'Format of data: auto, csv, tsv, jsonl or parquet.',
        default: 'auto',
        choices: ['auto', 'csv', 'tsv', 'jsonl', 'parquet']
    },
    store: {
        description: 'Where the registry is: github (the repository) or a directory.',
        default: ''
    },
    'report-path': { description: 'Where to write the JSON report.', default: '' },
    token: { description: 'Token for the GitHub registry.', actionOnly: true }
};


/***/ }),

/***/ 91771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ openModelRegistry)
/* harmony export */ });
/* harmony import */ var _adapters_open_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8740);
/* harmony import */ var _adapters_project_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33701);
/* harmony import */ var _registry_model_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57677);
/* harmony import */ var _store_github_store_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63344);




/**
 * Opens the model registry over the chosen store (`github` or a directory; default GitHub in
 * actions, `.tollgate/` on the command line) with the stages and promotion order of the project's
 * `.tollgate.yml` (`registry:` section).
 */
async function openModelRegistry(options) {
    const cwd = options.cwd ?? process.cwd();
    const env = options.env ?? process.env;
    const config = (0,_adapters_project_config_js__WEBPACK_IMPORTED_MODULE_1__/* .loadProjectConfig */ .WM)(cwd);
    const store = await (0,_adapters_open_store_js__WEBPACK_IMPORTED_MODULE_0__/* .openStore */ .C)({
        ...(options.store === undefined ? {} : { store: options.store }),
        ...(options.token === undefined ? {} : { token: options.token }),
        cwd,
        defaultStore: options.defaultStore
    });
    const chosen = options.store?.trim() ?? '';
    const kind = chosen === _adapters_open_store_js__WEBPACK_IMPORTED_MODULE_0__/* .GITHUB_STORE */ .o || (chosen === '' && options.defaultStore === 'github')
        ? 'github'
        : 'local';
    const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
    const repository = env.GITHUB_REPOSITORY ?? '';
    return {
        registry: new _registry_model_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .ModelRegistry */ .z(store, config.registry),
        store,
        kind,
        releaseUrl: (tag) => kind === 'github' && repository !== ''
            ? `${server}/${repository}/releases/tag/${(0,_store_github_store_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .bundleReleaseTag */ .Wh)(tag).split('/').map(encodeURIComponent).join('/')}`
            : undefined
    };
}


/***/ }),

/***/ 95354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YY: () => (/* binding */ parseFeatureImportancesText),
/* harmony export */   o0: () => (/* binding */ parseMetricsText),
/* harmony export */   pp: () => (/* binding */ bundleParams),
/* harmony export */   z3: () => (/* binding */ parseParamsText)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);

/**
 * Readers of the small JSON files a training run leaves in its output directory, written by
 * Tollgate or by a user's training command: `metrics.json` (a flat object of numbers),
 * `params.json` (a flat object of scalars) and `feature-importances.json`. Errors name the file
 * and the key and say what was expected, since a command author reads them to fix their script.
 */
/**
 * Metrics: `{ "accuracy": 0.91, "auc": 0.95 }`. Every value must be a finite number: JSON has no
 * NaN, and a null (a metric that could not be computed) is refused so the command's author
 * notices instead of a gate silently lacking the metric. A version's metrics.json in a registry bundle
 * (`{ metrics, params, trainingData }`) is read too, so a downloaded version can be registered again.
 */
function parseMetricsText(text, file) {
    const value = parseObject(text, file, 'a JSON object of metric names and numbers');
    const metrics = isBundleMetrics(value)
        ? value.metrics
        : value;
    const result = {};
    for (const [name, metric] of Object.entries(metrics)) {
        if (typeof metric !== 'number' || !Number.isFinite(metric)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file, field: name }, `expected a finite number for metric ${JSON.stringify(name)}, found ${describe(metric)}; ` +
                'metrics.json holds a flat object of numbers, e.g. {"accuracy": 0.91}');
        }
        result[name] = metric;
    }
    if (Object.keys(result).length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file }, 'the metrics file holds no metrics; write at least one, e.g. {"accuracy": 0.91}');
    }
    return result;
}
/** The params of a registry bundle's metrics.json, when the file is one; else undefined. */
function bundleParams(text, file) {
    const value = parseObject(text, file, 'a JSON object');
    if (!isBundleMetrics(value))
        return undefined;
    const params = value.params;
    return params === undefined ? {} : checkParams(params, file);
}
/** Params: `{ "max_depth": 6, "loss": "log_loss", "warm_start": false, "note": null }`. */
function parseParamsText(text, file) {
    return checkParams(parseObject(text, file, 'a JSON object of parameter names and values'), file);
}
function checkParams(value, file) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file, field: 'params' }, 'expected an object of parameters');
    }
    const result = {};
    for (const [name, param] of Object.entries(value)) {
        result[name] = checkJson(param, file, name);
    }
    return result;
}
/**
 * Feature importances: `{ "age": 0.4, "income": 0.6 }` (any non-negative scale; shown as shares).
 * Returned largest first.
 */
function parseFeatureImportancesText(text, file) {
    const value = parseObject(text, file, 'a JSON object of feature names and importances');
    const entries = Object.entries(value).map(([feature, importance]) => {
        if (typeof importance !== 'number' || !Number.isFinite(importance) || importance < 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file, field: feature }, `expected a non-negative number as the importance of ${JSON.stringify(feature)}, found ${describe(importance)}`);
        }
        return { feature, importance };
    });
    const total = entries.reduce((sum, entry) => sum + entry.importance, 0);
    return entries
        .map((entry) => ({
        feature: entry.feature,
        importance: total > 0 ? entry.importance / total : 0
    }))
        .sort((a, b) => b.importance - a.importance || (a.feature < b.feature ? -1 : 1));
}
function isBundleMetrics(value) {
    const metrics = value.metrics;
    return (typeof metrics === 'object' &&
        metrics !== null &&
        !Array.isArray(metrics) &&
        'trainingData' in value);
}
function parseObject(text, file, expected) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file }, `not valid JSON (${error.message}); expected ${expected}`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file }, `expected ${expected}, found ${describe(value)}`);
    }
    return value;
}
function checkJson(value, file, field) {
    if (value === null || typeof value === 'string' || typeof value === 'boolean')
        return value;
    if (typeof value === 'number') {
        if (Number.isFinite(value))
            return value;
    }
    else if (Array.isArray(value)) {
        return value.map((item) => checkJson(item, file, field));
    }
    else if (typeof value === 'object') {
        const result = {};
        for (const [key, item] of Object.entries(value)) {
            result[key] = checkJson(item, file, `${field}.${key}`);
        }
        return result;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file, field }, `expected a JSON value, found ${describe(value)}`);
}
function describe(value) {
    if (value === undefined)
        return 'nothing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'an object';
    return JSON.stringify(value);
}


/***/ }),

/***/ 40625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $G: () => (/* binding */ TRAIN_METADATA_FILES),
/* harmony export */   DX: () => (/* binding */ TRAINING_RUN_SCHEMA),
/* harmony export */   Jz: () => (/* binding */ TRAIN_OUTPUT_FILES),
/* harmony export */   b6: () => (/* binding */ COMMAND_RESERVED_FILES),
/* harmony export */   ou: () => (/* binding */ stageTrainingOutput)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32635);





/**
 * The directory `train` writes and `register-model` reads: the model files plus what makes the
 * run traceable. The contract between the two actions (and with a user's training command):
 *
 * | file                 | written by                   | registered as                            |
 * |----------------------|------------------------------|------------------------------------------|
 * | `model.json`         | built-in learners            | a model file                             |
 * | any other file       | the training command         | a model file                             |
 * | `metrics.json`       | learners / the command       | the version's metrics                    |
 * | `params.json`        | Tollgate (+ the command)     | the version's parameters                 |
 * | `profile.json`       | Tollgate                     | the version's training-data profile      |
 * | `lineage.json`       | Tollgate                     | the train run's OpenLineage event        |
 * | `training-run.json`  | Tollgate                     | a file: provenance (digests, commit, …)  |
 */
const TRAIN_OUTPUT_FILES = {
    model: 'model.json',
    metrics: 'metrics.json',
    params: 'params.json',
    profile: 'profile.json',
    lineage: 'lineage.json',
    trainingRun: 'training-run.json',
    /** Optional, from a training command: `{ feature: importance }`, shown in the summary. */
    featureImportances: 'feature-importances.json'
};
/** Files of the output that describe the model rather than being part of it. */
const TRAIN_METADATA_FILES = [
    TRAIN_OUTPUT_FILES.metrics,
    TRAIN_OUTPUT_FILES.params,
    TRAIN_OUTPUT_FILES.profile,
    TRAIN_OUTPUT_FILES.lineage
];
/**
 * Names a training command must not write: Tollgate writes them (or the registry adds them to
 * every version), so a command's file of that name would be overwritten or refused later.
 */
const COMMAND_RESERVED_FILES = [
    TRAIN_OUTPUT_FILES.profile,
    TRAIN_OUTPUT_FILES.lineage,
    TRAIN_OUTPUT_FILES.trainingRun,
    'manifest.json',
    'README.md'
];
const TRAINING_RUN_SCHEMA = 'tollgate.training-run/1';
/**
 * Prepares to write a training output to `output`. A half-written output must never be picked up
 * by a following register-model step, so everything is written into a private sibling folder and
 * moved into place at the end. The target may be absent, empty, or hold exactly an earlier
 * training output (its files, as its training-run.json lists them), which is replaced; any other
 * content is refused rather than mixed with the new model's files or deleted.
 */
async function stageTrainingOutput(output, cwd) {
    if (output.trim() === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('The output directory is empty; give a path.');
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(cwd, output);
    checkReplaceable(target, output);
    const staging = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(target)}.tollgate-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(staging, { recursive: true });
    return {
        target,
        staging,
        async commit() {
            checkReplaceable(target, output);
            let previous;
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(target)) {
                previous = `${staging}.previous`;
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(target, previous);
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(staging, target);
            if (previous !== undefined)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(previous, { recursive: true, force: true });
        },
        async discard() {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(staging, { recursive: true, force: true });
        }
    };
}
function checkReplaceable(target, shown) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(target))
        return;
    const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(target);
    if (!stats.isDirectory()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`The output ${JSON.stringify(shown)} exists and is not a directory; choose a directory.`);
    }
    const entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(target);
    if (entries.length === 0)
        return;
    const listed = previousOutputFiles(target);
    if (listed === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`The output directory ${JSON.stringify(shown)} is not empty and does not hold an earlier ` +
            'training output; choose an empty or new directory (Tollgate does not mix a new model ' +
            'with other files, or delete them).');
    }
    const unexpected = entries.find((entry) => !listed.has(entry));
    if (unexpected !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`The output directory ${JSON.stringify(shown)} holds an earlier training output plus ` +
            `${JSON.stringify(unexpected)}, which that run did not write; move it away or choose ` +
            'another directory.');
    }
}
/** The names an earlier training output consists of, or undefined when it is not one. */
function previousOutputFiles(directory) {
    const recordPath = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(directory, TRAIN_OUTPUT_FILES.trainingRun);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(recordPath))
        return undefined;
    let record;
    try {
        record = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(recordPath, 'utf8'));
    }
    catch {
        return undefined;
    }
    if (typeof record !== 'object' || record === null)
        return undefined;
    const { schema, files } = record;
    if (schema !== TRAINING_RUN_SCHEMA || !Array.isArray(files))
        return undefined;
    const names = new Set([
        ...TRAIN_METADATA_FILES,
        TRAIN_OUTPUT_FILES.trainingRun,
        TRAIN_OUTPUT_FILES.featureImportances
    ]);
    for (const file of files) {
        const name = file?.name;
        if (typeof name === 'string')
            names.add(name);
    }
    return names;
}


/***/ }),

/***/ 79309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $o: () => (/* binding */ ASSIGN_REPORT_SCHEMA),
/* harmony export */   Iv: () => (/* binding */ HISTORY_REPORT_SCHEMA),
/* harmony export */   Nj: () => (/* binding */ REGISTER_REPORT_SCHEMA),
/* harmony export */   Sk: () => (/* binding */ GET_REPORT_SCHEMA),
/* harmony export */   Xh: () => (/* binding */ versionListing),
/* harmony export */   it: () => (/* binding */ LIST_REPORT_SCHEMA),
/* harmony export */   tA: () => (/* binding */ historyEntries)
/* harmony export */ });
/**
 * JSON reports of the registry commands (`--report-path`) and of the register-model action.
 * Shapes are stable for other tools (schema: shared/report/schemas/register-report.schema.json).
 */
const REGISTER_REPORT_SCHEMA = 'tollgate.register-report/1';
const GET_REPORT_SCHEMA = 'tollgate.get-report/1';
const ASSIGN_REPORT_SCHEMA = 'tollgate.assign-report/1';
const HISTORY_REPORT_SCHEMA = 'tollgate.history-report/1';
const LIST_REPORT_SCHEMA = 'tollgate.list-report/1';
/** Lists versions with their status and the stages each currently holds. */
function versionListing(versions, current) {
    return versions.map((version) => ({
        version: version.version,
        tag: version.tag,
        claimed_at: version.claimedAt,
        status: version.deregistered !== undefined
            ? 'deregistered'
            : version.complete
                ? 'complete'
                : 'incomplete',
        stages: Object.entries(current)
            .filter(([, held]) => held === version.version)
            .map(([stage]) => stage)
            .sort(),
        actor: version.actor ?? null,
        run: version.run ?? null,
        commit: version.commit ?? null
    }));
}
/**
 * A model's audit trail: every registration, deregistration, assignment and unassignment, oldest
 * first (stage events in the registry's history order, merged with versions by time).
 */
function historyEntries(versions, stageEvents, stage) {
    const fromStages = stageEvents
        .filter((event) => stage === undefined || event.stage === stage)
        .map((event) => ({
        at: event.at,
        tag: event.tag,
        action: event.action,
        version: event.version ?? null,
        stage: event.stage,
        actor: event.actor ?? null,
        run: event.run ?? null,
        reason: event.reason ?? null
    }));
    if (stage !== undefined)
        return fromStages;
    const fromVersions = versions.flatMap((version) => {
        const registered = {
            at: version.claimedAt,
            tag: version.tag,
            action: 'register',
            version: version.version,
            stage: null,
            actor: version.actor ?? null,
            run: version.run ?? null,
            reason: null
        };
        const deregistered = version.deregistered;
        return deregistered === undefined
            ? [registered]
            : [
                registered,
                {
                    at: deregistered.at,
                    tag: deregistered.tag,
                    action: 'deregister',
                    version: version.version,
                    stage: null,
                    actor: deregistered.actor ?? null,
                    run: deregistered.run ?? null,
                    reason: deregistered.reason ?? null
                }
            ];
    });
    // Stable merge by time: stage events keep their (counter) order among themselves.
    const merged = [];
    const byTime = [...fromVersions].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    let v = 0;
    for (const entry of fromStages) {
        while (v < byTime.length && Date.parse(byTime[v].at) <= Date.parse(entry.at))
            merged.push(byTime[v++]);
        merged.push(entry);
    }
    while (v < byTime.length)
        merged.push(byTime[v++]);
    return merged;
}


/***/ }),

/***/ 40066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ trainSummaryMarkdown),
/* harmony export */   Z: () => (/* binding */ formatNumber)
/* harmony export */ });
/* harmony import */ var _lineage_lineage_graph_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80320);
/* harmony import */ var _lineage_mermaid_lineage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19535);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46682);
/* harmony import */ var _mermaid_charts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11830);




/** Feature importances drawn in the chart; the rest are counted below it. */
const CHART_FEATURES = 12;
/**
 * The job summary of a training run: metrics table, feature-importance chart, parameters, the
 * data it read (with digests), where it ran, and the lineage graph. Every value that comes from
 * data, the user's command or the learner's parameters is escaped.
 */
function trainSummaryMarkdown(report, events) {
    const what = report.model === 'command'
        ? `command ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(report.command ?? '', 60)}`
        : `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(report.model)}${report.task === null ? '' : ` (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(report.task)})`}`;
    const data = report.data.map((file) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(file.path, 60)).join(', ');
    const lines = [
        `### Tollgate train: ${what}`,
        '',
        `Target ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(report.target)} · ${report.rows.total.toLocaleString('en-US')} rows in ${data} · ` +
            `${formatDuration(report.duration_ms)} · run ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(report.run_id)}`,
        ''
    ];
    for (const warning of report.warnings)
        lines.push(`> ⚠️ ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(warning, 300)}`, '');
    lines.push('#### Metrics', '');
    const names = Object.keys(report.metrics);
    const source = {
        validation: `validation (${report.rows.validation ?? '?'} rows)`,
        training: 'training rows',
        command: 'reported by the command'
    }[report.metrics_source];
    if (report.training_metrics !== null && report.metrics_source === 'validation') {
        lines.push(`| Metric | ${source} | training (${report.rows.train ?? '?'} rows) |`);
        lines.push('| --- | --- | --- |');
        for (const name of names) {
            const train = report.training_metrics[name];
            lines.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(name)} | ${formatNumber(report.metrics[name])} | ${train === undefined ? '—' : formatNumber(train)} |`);
        }
    }
    else {
        lines.push(`| Metric | ${source} |`, '| --- | --- |');
        for (const name of names)
            lines.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(name)} | ${formatNumber(report.metrics[name])} |`);
    }
    lines.push('');
    if (report.feature_importances.length > 0) {
        const shown = report.feature_importances.slice(0, CHART_FEATURES);
        lines.push('#### Feature importances', '');
        lines.push((0,_mermaid_charts_js__WEBPACK_IMPORTED_MODULE_3__/* .categoryChart */ .$W)('Feature importance (share, %)', shown.map((entry) => ({
            label: entry.feature,
            value: Number((entry.importance * 100).toFixed(2))
        })), '%'));
        const rest = report.feature_importances.length - shown.length;
        if (rest > 0)
            lines.push('', `_${rest} more feature(s) with smaller importance are in the report._`);
        lines.push('');
    }
    const params = Object.entries(report.params).filter(([name]) => name !== 'command');
    if (params.length > 0) {
        lines.push('<details><summary>Parameters</summary>', '', '| Parameter | Value |', '| --- | --- |');
        for (const [name, value] of params) {
            lines.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(name)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(JSON.stringify(value), 100)} |`);
        }
        lines.push('', '</details>', '');
    }
    lines.push('<details><summary>Data, code and environment</summary>', '');
    lines.push('| Data file | Format | Bytes | SHA-256 |', '| --- | --- | --- | --- |');
    for (const file of report.data) {
        lines.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(file.path, 60)} | ${file.format} | ${file.bytes.toLocaleString('en-US')} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(file.sha256)} |`);
    }
    lines.push('', '| Model file | Bytes | SHA-256 |', '| --- | --- | --- |');
    for (const file of report.files) {
        lines.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(file.name)} | ${file.size.toLocaleString('en-US')} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(file.sha256)} |`);
    }
    const { code, environment } = report;
    const commit = code.commit === undefined
        ? 'unknown'
        : `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(code.commit)}${code.dirty === true ? ' (modified files)' : ''}`;
    const runner = environment.runner === undefined
        ? ''
        : ` · runner ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)([environment.runner.name, environment.runner.os, environment.runner.arch].filter((part) => part !== undefined).join(' '))}`;
    lines.push('', `Commit ${commit} · Node ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(environment.node)} · ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(`${environment.os.platform} ${environment.os.release} ${environment.os.arch}`)}${runner} · Tollgate ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(environment.tollgate)}`, '', '</details>', '');
    if (events.length > 0) {
        lines.push('#### Lineage', '', (0,_lineage_mermaid_lineage_js__WEBPACK_IMPORTED_MODULE_1__/* .renderLineageMermaidBlock */ .o2)((0,_lineage_lineage_graph_js__WEBPACK_IMPORTED_MODULE_0__/* .buildLineageGraph */ .yc)(events)).trimEnd(), '');
    }
    return lines.join('\n');
}
/** Metrics with 4 significant digits: enough to compare runs at a glance; the JSON is exact. */
function formatNumber(value) {
    if (Number.isInteger(value))
        return value.toLocaleString('en-US');
    return String(Number(value.toPrecision(4)));
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${ms} ms`;
    const seconds = ms / 1000;
    if (seconds < 120)
        return `${seconds.toFixed(1)} s`;
    return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}


/***/ })

};
