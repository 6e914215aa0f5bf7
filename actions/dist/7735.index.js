export const id = 7735;
export const ids = [7735];
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

/***/ 11152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ writeJobSummary),
/* harmony export */   j: () => (/* binding */ defaultReportPath)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);



/** The runner's summary limit per step (actions/runner: 1024 KiB). */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4096;
/**
 * Where an action writes a report file when the user gave no path: under RUNNER_TEMP (unique per
 * job) so nothing lands in the repository's working tree.
 */
function defaultReportPath(action, kind) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(process.env.RUNNER_TEMP ?? (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'tollgate', `${action}-${kind}.json`);
}
/** Appends markdown to the job summary, cut to stay under the runner's 1 MiB limit. */
async function writeJobSummary(markdown) {
    if (process.env.GITHUB_STEP_SUMMARY === undefined || process.env.GITHUB_STEP_SUMMARY === '')
        return;
    let text = markdown;
    if (Buffer.byteLength(text) > SUMMARY_LIMIT_BYTES) {
        text = `${Buffer.from(text).subarray(0, SUMMARY_LIMIT_BYTES).toString('utf8').replace(/\uFFFD$/, '')}\n\n_… cut to fit the 1 MiB job-summary limit; see the JSON report._\n`;
    }
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(text, true).write();
}


/***/ }),

/***/ 70540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ actionOptions),
/* harmony export */   y: () => (/* binding */ runActionStep)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32635);
/* harmony import */ var _options_option_table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55739);



/** Options of an action, read from its `INPUT_*` variables via @actions/core. */
function actionOptions(table) {
    return new _options_option_table_js__WEBPACK_IMPORTED_MODULE_2__/* .Options */ .JY(table, {
        get: (name) => {
            const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);
            return value === '' ? undefined : value;
        },
        describe: (name) => `input \`${name}\``
    });
}
/**
 * Runs an action body and turns whatever it throws into a failed step with one readable sentence
 * prefixed by the action's name (several Tollgate actions often share a job). Input errors that
 * know their file and line also become an annotation on that line. Stack traces are printed only
 * in debug mode (ACTIONS_STEP_DEBUG), where they help a maintainer and do not bury the message.
 */
async function runActionStep(actionName, body) {
    try {
        await body();
    }
    catch (error) {
        const message = `${actionName} failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`;
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz && error.location.file !== undefined) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(error.detail, {
                title: `${actionName}: invalid input`,
                file: error.location.file,
                startLine: error.location.line,
                startColumn: error.location.column
            });
        }
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TollgateError */ .xB) && error instanceof Error && error.stack !== undefined) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(error.stack);
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(message);
    }
}


/***/ }),

/***/ 32635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   cs: () => (/* binding */ IntegrityError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   xB: () => (/* binding */ TollgateError)
/* harmony export */ });
/* unused harmony exports NotYetAvailableError, formatLocation, notYetAvailable */
/**
 * Errors a user can act on. Everything Tollgate rejects is one of these, so the CLI can map it
 * to exit code 2 and an action can fail its step with a sentence instead of a stack trace
 * (DESIGN.md §8). Anything else that escapes is a bug or an outage.
 */
/** Base class: carries the CLI exit code that the error maps to. */
class TollgateError extends Error {
    exitCode = 2;
}
/** A command-line option or action input is missing or malformed. */
class UsageError extends TollgateError {
    name = 'UsageError';
}
/** The content of a user file (data, checks, config, history) is malformed. */
class InputError extends TollgateError {
    name = 'InputError';
    location;
    detail;
    constructor(location, detail) {
        super(`${formatLocation(location)}: ${detail}`);
        this.location = location;
        this.detail = detail;
    }
}
/** A stored record failed its integrity check (sha256 mismatch, truncated or unparsable). */
class IntegrityError extends TollgateError {
    name = 'IntegrityError';
}
/** The named feature exists in the interface but is not built yet; never pretend to pass. */
class NotYetAvailableError extends (/* unused pure expression or super */ null && (TollgateError)) {
    name = 'NotYetAvailableError';
}
/**
 * Renders a location as `file:line:column (row N, column "x")`, the compiler-style prefix that
 * editors and GitHub annotations understand, followed by the table coordinates when known.
 */
function formatLocation(location) {
    let text = location.file ?? '<input>';
    if (location.line !== undefined) {
        text += `:${location.line}`;
        if (location.column !== undefined)
            text += `:${location.column}`;
    }
    const extra = [];
    if (location.row !== undefined)
        extra.push(`row ${location.row}`);
    if (location.field !== undefined)
        extra.push(`column ${JSON.stringify(location.field)}`);
    if (extra.length > 0)
        text += ` (${extra.join(', ')})`;
    return text;
}
/** Normalises anything thrown into a message string. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}
/** Exit code for anything thrown: 2 for user errors, 70 (EX_SOFTWARE) for bugs and outages. */
function exitCodeFor(error) {
    return error instanceof TollgateError ? error.exitCode : 70;
}
/** The error an action or command that is declared but not built yet fails with. */
function notYetAvailable(feature) {
    return new NotYetAvailableError(`${feature} is not yet available in this version of Tollgate. The interface is published so ` +
        'workflows can be prepared, but the step fails rather than pretend to pass.');
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

/***/ 55739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ parseNumber),
/* harmony export */   JY: () => (/* binding */ Options),
/* harmony export */   ry: () => (/* binding */ splitList)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);

/**
 * Typed, strict access to the options of one operation. Values are validated when read so a
 * typo fails the run with a sentence that names the option, instead of becoming NaN downstream.
 */
class Options {
    table;
    source;
    constructor(table, source) {
        this.table = table;
        this.source = source;
    }
    /** The raw string (or the table default), undefined when neither exists. */
    raw(name) {
        const spec = this.spec(name);
        const value = this.source.get(name);
        if (value !== undefined && value !== '')
            return value;
        // An empty default (as action.yml declares for optional paths) means "not given".
        return spec.default === '' ? undefined : spec.default;
    }
    /** True when the user gave the option explicitly (defaults do not count). */
    has(name) {
        const value = this.source.get(name);
        return value !== undefined && value !== '';
    }
    string(name) {
        return this.raw(name);
    }
    requiredString(name) {
        const value = this.raw(name);
        if (value === undefined || value.trim() === '') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`Missing required ${this.source.describe(name)}: ${this.spec(name).description}`);
        }
        return value;
    }
    number(name) {
        const value = this.raw(name);
        if (value === undefined)
            return undefined;
        return parseNumber(value.trim(), () => `${this.source.describe(name)} must be a number, got ${JSON.stringify(value)}`);
    }
    integer(name) {
        const value = this.number(name);
        if (value === undefined)
            return undefined;
        if (!Number.isInteger(value)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${this.source.describe(name)} must be a whole number, got ${value}`);
        }
        return value;
    }
    boolean(name) {
        const value = this.raw(name);
        if (value === undefined)
            return undefined;
        // The YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts.
        if (['true', 'True', 'TRUE'].includes(value.trim()))
            return true;
        if (['false', 'False', 'FALSE'].includes(value.trim()))
            return false;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${this.source.describe(name)} must be true or false, got ${JSON.stringify(value)}`);
    }
    choice(name) {
        const value = this.raw(name);
        if (value === undefined)
            return undefined;
        const choices = this.spec(name).choices ?? [];
        const trimmed = value.trim();
        if (!choices.includes(trimmed)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${this.source.describe(name)} must be one of ${choices.join(', ')}; got ${JSON.stringify(value)}`);
        }
        return trimmed;
    }
    /** Comma- or newline-separated items, trimmed, empty items dropped. */
    list(name) {
        const value = this.raw(name);
        if (value === undefined)
            return [];
        return splitList(value);
    }
    spec(name) {
        const spec = this.table[name];
        if (spec === undefined)
            throw new Error(`Bug: option ${name} is not declared in its option table`);
        return spec;
    }
}
/** Splits a comma- or newline-separated list, trimming items and dropping empty ones. */
function splitList(value) {
    return value
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
/** Strict number parsing: rejects '', '12abc', 'NaN' and hex that Number() would accept. */
function parseNumber(text, message) {
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) && !/^[+-]?Infinity$/.test(text)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(message());
    }
    return Number(text);
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
    const value = (text.length > maxLength ? `${text.slice(0, maxLength)}…` : text).replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = value.startsWith('`') || value.endsWith('`') || value === '' ? ' ' : '';
    return `${fence}${pad}${value}${pad}${fence}`;
}


/***/ }),

/***/ 11830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $W: () => (/* binding */ categoryChart),
/* harmony export */   In: () => (/* binding */ shortNumber),
/* harmony export */   RN: () => (/* binding */ histogramChart)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46682);

/**
 * Mermaid charts for job summaries and comments (GitHub renders ```mermaid blocks). Numbers are
 * rounded for display only; labels pass through escapeMermaid.
 */
/** A compact number for axis labels: 3 significant digits, k/M suffixes. */
function shortNumber(value) {
    const abs = Math.abs(value);
    if (abs >= 1e9)
        return `${Number((value / 1e9).toPrecision(3))}G`;
    if (abs >= 1e6)
        return `${Number((value / 1e6).toPrecision(3))}M`;
    if (abs >= 1e4)
        return `${Number((value / 1e3).toPrecision(3))}k`;
    if (abs === 0)
        return '0';
    return String(Number(value.toPrecision(3)));
}
/** A bar chart of a histogram: one bar per bin, labelled by the bin's lower edge. */
function histogramChart(title, edges, counts, yLabel = 'rows') {
    const labels = counts.map((_, j) => `"${shortNumber(edges[j])}"`);
    return [
        '```mermaid',
        'xychart-beta',
        `  title "${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMermaid */ .Fw)(title)}"`,
        `  x-axis [${labels.join(', ')}]`,
        `  y-axis "${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMermaid */ .Fw)(yLabel)}"`,
        `  bar [${counts.map((count) => String(count)).join(', ')}]`,
        '```'
    ].join('\n');
}
/** A bar chart of category counts. */
function categoryChart(title, entries, yLabel) {
    return [
        '```mermaid',
        'xychart-beta',
        `  title "${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMermaid */ .Fw)(title)}"`,
        `  x-axis [${entries.map((entry) => `"${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMermaid */ .Fw)(entry.label, 20)}"`).join(', ')}]`,
        `  y-axis "${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMermaid */ .Fw)(yLabel)}"`,
        `  bar [${entries.map((entry) => String(entry.value)).join(', ')}]`,
        '```'
    ].join('\n');
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


/***/ }),

/***/ 28863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ closestName)
/* harmony export */ });
/* unused harmony export editDistance */
/**
 * "Did you mean" suggestions for option names and checks-file keys: a typo such as `beteen:` should
 * be answered with the key the user meant, not only with the fact that it is unknown.
 */
/** The candidate within edit distance 2 of `name`, if any (Levenshtein). */
function closestName(name, candidates) {
    let best;
    let bestDistance = 3;
    for (const candidate of candidates) {
        const distance = editDistance(name, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
function editDistance(a, b) {
    const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = previous[0];
        previous[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = previous[j];
            previous[j] = Math.min(above + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return previous[b.length];
}


/***/ }),

/***/ 84402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ TOLLGATE_VERSION)
/* harmony export */ });
/** Tollgate's version, recorded in every report, profile and lineage event. */
const TOLLGATE_VERSION = '0.1.0';


/***/ })

};
