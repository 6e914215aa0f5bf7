export const id = 5010;
export const ids = [5010];
export const modules = {

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

/***/ 39133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registerCommand: () => (/* binding */ registerCommand)
/* harmony export */ });
/* harmony import */ var _adapters_user_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24574);
/* harmony import */ var _operations_register_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19667);
/* harmony import */ var _operations_register_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72855);
/* harmony import */ var _operations_registry_open_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91771);




/** `tollgate register`: the register-model action on a laptop (default store `.tollgate/`). */
const registerCommand = {
    name: 'register',
    summary: 'Register a model directory as a new immutable version (register-model).',
    usage: '--name MODEL --model-path DIR [--store DIR|github] [--bump patch|minor|major] ' +
        '[--stage STAGE] [--report-path R.json]',
    options: _operations_register_options_js__WEBPACK_IMPORTED_MODULE_2__/* .registerOptions */ .I,
    async run(options, _positionals, output) {
        const opened = await (0,_operations_registry_open_js__WEBPACK_IMPORTED_MODULE_3__/* .openModelRegistry */ .l)({
            store: options.string('store'),
            token: process.env.GITHUB_TOKEN,
            defaultStore: 'local'
        });
        const stage = options.string('stage')?.trim();
        const version = options.string('version')?.trim();
        const description = options.string('description');
        const { report } = await (0,_operations_register_model_js__WEBPACK_IMPORTED_MODULE_1__/* .registerModel */ .$)({
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
        for (const warning of report.warnings)
            output.err(`warning: ${warning}`);
        output.out(`${report.outcome === 'created' ? 'registered' : 'already registered'} ${report.tag} ` +
            `(${report.files.length} files) in ${report.store}`);
        if (report.release_url !== null)
            output.out(`release: ${report.release_url}`);
        if (report.stage !== null) {
            output.out(`${report.stage.outcome === 'created' ? 'assigned to' : 'already in'} ${report.stage.stage} (${report.stage.tag})`);
        }
        output.out(`version: ${report.version}`);
        const reportPath = options.string('report-path');
        if (reportPath !== undefined) {
            (0,_adapters_user_files_js__WEBPACK_IMPORTED_MODULE_0__/* .writeJsonFile */ .An)(reportPath, report);
            output.out(`report: ${reportPath}`);
        }
        return 0;
    }
};


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
/* harmony import */ var _options_lineage_url_option_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95742);
/* harmony import */ var _options_html_report_option_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6079);


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
    'html-report': _options_html_report_option_js__WEBPACK_IMPORTED_MODULE_1__/* .HTML_REPORT_OPTION */ .N,
    'lineage-url': _options_lineage_url_option_js__WEBPACK_IMPORTED_MODULE_0__/* .LINEAGE_URL_OPTION */ .G,
    token: { description: 'Token for the GitHub registry.', actionOnly: true }
};


/***/ }),

/***/ 91771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ openModelRegistry)
/* harmony export */ });
/* harmony import */ var _adapters_open_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41839);
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


/***/ })

};
