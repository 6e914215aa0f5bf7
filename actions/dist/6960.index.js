export const id = 6960;
export const ids = [6960];
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

/***/ 8036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   trainCommand: () => (/* binding */ trainCommand)
/* harmony export */ });
/* harmony import */ var _adapters_user_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24574);
/* harmony import */ var _operations_train_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64403);
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


/***/ }),

/***/ 55083:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ trainRunEvent),
/* harmony export */   q: () => (/* binding */ columnMetrics)
/* harmony export */ });
/* harmony import */ var _lineage_openlineage_event_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20068);

/**
 * The OpenLineage COMPLETE event of a training run (DESIGN.md §7): inputs are the training data
 * files, each with its SHA-256 (so the same bytes are one node wherever they are read), its schema
 * and data-quality metrics from the profile; outputs are the files the run produced, by digest,
 * which register-model then reads as its inputs — that is how a version links back to its data.
 */
function trainRunEvent(request) {
    const { context, profile } = request;
    const schema = profile.columns.map((column) => ({ name: column.name, type: column.type }));
    const single = request.data.length === 1;
    const inputs = request.data.map((file) => ({
        namespace: context.namespace,
        name: file.path,
        sha256: file.sha256,
        schema,
        quality: {
            bytes: file.bytes,
            // The profile covers the whole table; per-file metrics are only exact for one file.
            ...(single ? { rowCount: profile.rows, columns: columnMetrics(profile) } : {})
        }
    }));
    const outputs = request.outputs.map((file) => ({
        namespace: context.namespace,
        name: file.name,
        sha256: file.sha256
    }));
    return (0,_lineage_openlineage_event_js__WEBPACK_IMPORTED_MODULE_0__/* .buildRunEvent */ .IZ)({
        context,
        eventType: 'COMPLETE',
        eventTime: request.eventTime,
        inputs,
        outputs
    });
}
/** The profile's per-column numbers in OpenLineage's DataQualityMetrics shape. */
function columnMetrics(profile) {
    const metrics = {};
    for (const column of profile.columns) {
        const entry = {
            nullCount: column.nulls,
            distinctCount: column.distinct,
            count: column.count
        };
        if (typeof column.min === 'number')
            entry.min = column.min;
        if (typeof column.max === 'number')
            entry.max = column.max;
        if (column.sum !== null && Number.isFinite(column.sum))
            entry.sum = column.sum;
        if (column.quantiles !== null) {
            entry.quantiles = Object.fromEntries(column.quantiles.filter((q) => Number.isFinite(q.value)).map((q) => [String(q.q), q.value]));
        }
        metrics[column.name] = entry;
    }
    return metrics;
}


/***/ }),

/***/ 67976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P$: () => (/* binding */ trainOptions),
/* harmony export */   Qi: () => (/* binding */ readTrainRequest)
/* harmony export */ });
/* unused harmony export parseParamsOption */
/* harmony import */ var _config_yaml_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68302);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32635);
/* harmony import */ var _options_option_table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55739);
/* harmony import */ var _options_lineage_url_option_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95742);
/* harmony import */ var _options_html_report_option_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6079);





/** Options of train: the action's inputs and `tollgate train`'s flags. */
const trainOptions = {
    data: {
        description: 'Training data: a path, a glob, or several separated by newlines or commas (CSV, TSV, JSON Lines or Parquet).',
        required: true
    },
    target: { description: 'Name of the target column.', required: true },
    model: {
        description: 'logistic-regression, linear-regression, gbdt, or command (run your own trainer).',
        default: 'gbdt',
        choices: ['logistic-regression', 'linear-regression', 'gbdt', 'command']
    },
    command: {
        description: 'The training command for model: command (run by the shell).',
        default: ''
    },
    output: {
        description: 'Directory to write the model and its run records into.',
        default: 'model'
    },
    params: {
        description: 'Hyper-parameters as a JSON or YAML mapping, with scikit-learn names.',
        default: ''
    },
    features: {
        description: 'Feature columns (comma- or newline-separated); default every column but the target.',
        default: ''
    },
    categorical: {
        description: 'Columns to treat as categories even when they hold numbers.',
        default: ''
    },
    task: {
        description: 'auto, binary, multiclass or regression.',
        default: 'auto',
        choices: ['auto', 'binary', 'multiclass', 'regression']
    },
    seed: { description: 'Seed of the validation split and of any sampling.', default: '0' },
    'validation-fraction': {
        description: 'Share of the rows held out to compute the metrics, from 0 to below 1.',
        default: '0.2'
    },
    format: {
        description: 'Data format: auto, csv, tsv, jsonl or parquet.',
        default: 'auto',
        choices: ['auto', 'csv', 'tsv', 'jsonl', 'parquet']
    },
    delimiter: { description: 'Field delimiter for CSV files when it is not a comma.', default: '' },
    'report-path': { description: 'Where to write the JSON report.', default: '' },
    'html-report': _options_html_report_option_js__WEBPACK_IMPORTED_MODULE_4__/* .HTML_REPORT_OPTION */ .N,
    'lineage-url': _options_lineage_url_option_js__WEBPACK_IMPORTED_MODULE_3__/* .LINEAGE_URL_OPTION */ .G
};
/**
 * The train request an action or `tollgate train` asks for, read from its options. `params` is
 * a YAML or JSON mapping (`max_iter: 200` or `{"max_iter": 200}`), since a workflow's `with:`
 * block reads best as YAML and a shell as JSON.
 */
function readTrainRequest(options) {
    const task = options.choice('task');
    const command = options.string('command');
    return {
        data: (0,_options_option_table_js__WEBPACK_IMPORTED_MODULE_2__/* .splitList */ .ry)(options.requiredString('data')),
        target: options.requiredString('target').trim(),
        model: options.choice('model'),
        ...(command === undefined ? {} : { command }),
        output: options.requiredString('output'),
        params: parseParamsOption(options.string('params'), options.source.describe('params')),
        features: options.list('features'),
        categorical: options.list('categorical'),
        ...(task === 'auto' ? {} : { task }),
        seed: options.integer('seed') ?? 0,
        validationFraction: options.number('validation-fraction') ?? 0.2,
        format: options.choice('format'),
        ...(options.string('delimiter') === undefined ? {} : { delimiter: options.string('delimiter') })
    };
}
/** Parses the `params` option: a YAML or JSON mapping; empty means none. */
function parseParamsOption(text, what) {
    if (text === undefined || text.trim() === '')
        return {};
    const node = (0,_config_yaml_source_js__WEBPACK_IMPORTED_MODULE_0__/* .parseYamlSource */ .W)(text, what);
    if (node.kind === 'null')
        return {};
    if (node.kind !== 'map') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${what} must be a mapping of parameter names to values, e.g. {"max_iter": 200} or ` +
            `max_iter: 200; found ${node.describe()}`);
    }
    return node.toValue();
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

/***/ 95854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   In: () => (/* binding */ serializeBundleManifest),
/* harmony export */   Py: () => (/* binding */ describeBundleDifference),
/* harmony export */   Qs: () => (/* binding */ verifyBundleFile),
/* harmony export */   Sb: () => (/* binding */ buildBundleManifest),
/* harmony export */   Sq: () => (/* binding */ findBundleFile),
/* harmony export */   nv: () => (/* binding */ parseBundleManifest),
/* harmony export */   vt: () => (/* binding */ sameBundleContents)
/* harmony export */ });
/* unused harmony export BUNDLE_MANIFEST_SCHEMA */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92113);
/* harmony import */ var _content_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73734);
/* harmony import */ var _store_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33780);




const BUNDLE_MANIFEST_SCHEMA = 'tollgate.bundle-manifest/1';
/**
 * Validates a bundle before anything is written (names, count, sizes) and computes its manifest.
 * Two names that differ only in case are refused: they would overwrite each other on the
 * case-insensitive file systems of macOS and Windows runners.
 */
function buildBundleManifest(bundle, files) {
    (0,_store_names_js__WEBPACK_IMPORTED_MODULE_3__/* .assertBundleName */ .OC)(bundle);
    if (files.size + 1 > _store_names_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_BUNDLE_FILES */ .ow) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`Bundle ${JSON.stringify(bundle)} has ${files.size} files; at most ` +
            `${_store_names_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_BUNDLE_FILES */ .ow - 1} fit beside its ${_store_names_js__WEBPACK_IMPORTED_MODULE_3__/* .BUNDLE_MANIFEST_FILE */ .EI} (GitHub allows ` +
            `${_store_names_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_BUNDLE_FILES */ .ow} assets per release). Combine files, e.g. into an archive.`);
    }
    const seen = new Map();
    const entries = [];
    for (const [name, bytes] of files) {
        (0,_store_names_js__WEBPACK_IMPORTED_MODULE_3__/* .assertBundleFileName */ .yx)(name);
        if (name === _store_names_js__WEBPACK_IMPORTED_MODULE_3__/* .BUNDLE_MANIFEST_FILE */ .EI) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`Bundle ${JSON.stringify(bundle)} cannot contain a file named ${_store_names_js__WEBPACK_IMPORTED_MODULE_3__/* .BUNDLE_MANIFEST_FILE */ .EI}: ` +
                'the store writes that file itself. Rename yours.');
        }
        const folded = name.toLowerCase();
        const clash = seen.get(folded);
        if (clash !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`Bundle ${JSON.stringify(bundle)} has files ${JSON.stringify(clash)} and ` +
                `${JSON.stringify(name)}, which differ only in case; rename one of them.`);
        }
        seen.set(folded, name);
        (0,_store_names_js__WEBPACK_IMPORTED_MODULE_3__/* .assertStorableSize */ .uw)(bytes.byteLength, `File ${JSON.stringify(name)}`);
        entries.push({ name, ...(0,_content_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestOf */ .ol)(bytes) });
    }
    entries.sort((a, b) => (0,_store_names_js__WEBPACK_IMPORTED_MODULE_3__/* .compareCodeUnits */ .UF)(a.name, b.name));
    return { schema: BUNDLE_MANIFEST_SCHEMA, bundle, files: entries };
}
/** The bytes of `manifest.json`. */
function serializeBundleManifest(manifest) {
    return (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJsonBytes */ .qJ)(manifest, _store_names_js__WEBPACK_IMPORTED_MODULE_3__/* .BUNDLE_MANIFEST_FILE */ .EI);
}
/**
 * Reads a stored `manifest.json` and checks its shape. A manifest that does not parse, or names
 * another bundle, means the bundle itself cannot be trusted: IntegrityError.
 */
function parseBundleManifest(bytes, bundle) {
    const what = `The ${_store_names_js__WEBPACK_IMPORTED_MODULE_3__/* .BUNDLE_MANIFEST_FILE */ .EI} of bundle ${JSON.stringify(bundle)}`;
    const parsed = (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonBytes */ .dQ)(bytes);
    if (!parsed.ok) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IntegrityError */ .cs(`${what} is damaged: it is not valid JSON (${parsed.problem}).`);
    }
    const value = parsed.value;
    if (!(0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .OW)(value) ||
        value.schema !== BUNDLE_MANIFEST_SCHEMA ||
        !Array.isArray(value.files)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IntegrityError */ .cs(`${what} is damaged: expected an object with schema "${BUNDLE_MANIFEST_SCHEMA}" and a files list.`);
    }
    if (value.bundle !== bundle) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IntegrityError */ .cs(`${what} names bundle ${JSON.stringify(value.bundle)}; it was not written for this bundle.`);
    }
    const files = [];
    for (const entry of value.files) {
        if (!(0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .OW)(entry) ||
            typeof entry.name !== 'string' ||
            typeof entry.size !== 'number' ||
            !Number.isSafeInteger(entry.size) ||
            entry.size < 0 ||
            !(0,_content_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .isSha256Hex */ .P4)(entry.sha256)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IntegrityError */ .cs(`${what} is damaged: a file entry lacks a name, a size or a sha256 (${JSON.stringify(entry)}).`);
        }
        files.push({ name: entry.name, size: entry.size, sha256: entry.sha256 });
    }
    return { schema: BUNDLE_MANIFEST_SCHEMA, bundle, files };
}
/** True when two manifests describe the same files with the same bytes. */
function sameBundleContents(a, b) {
    if (a.files.length !== b.files.length)
        return false;
    return a.files.every((entry, index) => {
        const other = b.files[index];
        return (other !== undefined &&
            other.name === entry.name &&
            other.size === entry.size &&
            other.sha256 === entry.sha256);
    });
}
/** Describes how a re-publish differs from what is stored, for a ConflictError message. */
function describeBundleDifference(stored, attempted) {
    const storedByName = new Map(stored.files.map((entry) => [entry.name, entry]));
    const attemptedByName = new Map(attempted.files.map((entry) => [entry.name, entry]));
    const differences = [];
    for (const entry of attempted.files) {
        const other = storedByName.get(entry.name);
        if (other === undefined)
            differences.push(`${entry.name} is new`);
        else if (other.sha256 !== entry.sha256)
            differences.push(`${entry.name} has other content`);
    }
    for (const entry of stored.files) {
        if (!attemptedByName.has(entry.name))
            differences.push(`${entry.name} is missing`);
    }
    return differences.slice(0, 5).join(', ') + (differences.length > 5 ? ', …' : '');
}
/** The manifest entry of one file; UsageError naming the available files when absent. */
function findBundleFile(manifest, fileName) {
    const entry = manifest.files.find((file) => file.name === fileName);
    if (entry === undefined) {
        const available = manifest.files.map((file) => file.name).join(', ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`Bundle ${JSON.stringify(manifest.bundle)} has no file ${JSON.stringify(fileName)}; ` +
            `it has: ${available || '(no files)'}.`);
    }
    return entry;
}
/** Checks bytes read for one file against the manifest (IntegrityError on mismatch). */
function verifyBundleFile(manifest, fileName, bytes) {
    (0,_content_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyDigest */ .Ub)(bytes, findBundleFile(manifest, fileName), `File ${JSON.stringify(fileName)} of bundle ${JSON.stringify(manifest.bundle)}`);
}


/***/ }),

/***/ 73734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P4: () => (/* binding */ isSha256Hex),
/* harmony export */   Ub: () => (/* binding */ verifyDigest),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   ol: () => (/* binding */ digestOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32635);


/** Lower-case hexadecimal SHA-256 of the bytes (the form GitHub shows as `digest: sha256:<hex>`). */
function sha256Hex(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
/** The digest of bytes about to be stored. */
function digestOf(bytes) {
    return { size: bytes.byteLength, sha256: sha256Hex(bytes) };
}
/** True when the value looks like a hexadecimal SHA-256 as this module writes it. */
function isSha256Hex(value) {
    return typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);
}
/**
 * Checks bytes read back from a store against the digest recorded at write time, so a truncated
 * download, a flipped bit on disk or a tampered asset is reported instead of being used.
 * `what` names the stored item in the error ("file model.json of bundle churn@v0.0.1").
 */
function verifyDigest(bytes, expected, what) {
    if (bytes.byteLength !== expected.size) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .IntegrityError */ .cs(`${what} is damaged: it has ${bytes.byteLength} bytes but ${expected.size} were recorded ` +
            'when it was written.');
    }
    const actual = sha256Hex(bytes);
    if (actual !== expected.sha256) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .IntegrityError */ .cs(`${what} is damaged: its sha256 is ${actual} but ${expected.sha256} was recorded when it ` +
            'was written.');
    }
}


/***/ }),

/***/ 33780:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EI: () => (/* binding */ BUNDLE_MANIFEST_FILE),
/* harmony export */   EM: () => (/* binding */ MAX_NAME_LENGTH),
/* harmony export */   Fs: () => (/* binding */ assertSeriesName),
/* harmony export */   H7: () => (/* binding */ assertRecordKey),
/* harmony export */   OC: () => (/* binding */ assertBundleName),
/* harmony export */   Q5: () => (/* binding */ assertRefPrefix),
/* harmony export */   UF: () => (/* binding */ compareCodeUnits),
/* harmony export */   ow: () => (/* binding */ MAX_BUNDLE_FILES),
/* harmony export */   rY: () => (/* binding */ assertRefName),
/* harmony export */   uw: () => (/* binding */ assertStorableSize),
/* harmony export */   yx: () => (/* binding */ assertBundleFileName)
/* harmony export */ });
/* unused harmony export MAX_FILE_BYTES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);

/**
 * Names a Store accepts, and the limits it enforces. Every store checks names with these functions
 * before any I/O, so a name that works locally also works on GitHub and the other way round:
 * - ref and bundle names become git tag names (`refs/tags/<name>`) and release tag names;
 * - bundle file names, series names and record keys become release asset names, which GitHub
 *   silently renames when they contain other characters or a leading or trailing period
 *   (GITHUB-TESTING.md §5.1), and local file names.
 * None of them may contain a path separator or `..`, so no name can reach outside a local store.
 *
 * Names always start with a letter or digit. Implementations may use names starting with `_`
 * for their own bookkeeping (e.g. the release tags of record-series segments on GitHub); such
 * names can never collide with a caller's.
 */
/** GitHub's cap on assets per release; a bundle's `manifest.json` counts as one of them. */
const MAX_BUNDLE_FILES = 1000;
/** Largest file or record a store accepts: GitHub requires each release asset to be under 2 GiB. */
const MAX_FILE_BYTES = 2 * 1024 ** 3 - 1;
/** Longest name accepted, well inside file-system (255) and git limits. */
const MAX_NAME_LENGTH = 200;
/** The file every bundle carries, written by the store; callers cannot supply a file by this name. */
const BUNDLE_MANIFEST_FILE = 'manifest.json';
const REF_NAME = /^[A-Za-z0-9][A-Za-z0-9._@#!-]*$/;
const REF_PREFIX = /^[A-Za-z0-9._@#!-]*$/;
const ASSET_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const REF_CHARACTERS_HINT = 'use letters, digits and the characters . _ - @ # !, starting with a letter or digit';
const ASSET_CHARACTERS_HINT = 'use letters, digits and the characters . _ -, starting with a letter or digit ' +
    '(GitHub renames release assets with other characters)';
/**
 * Checks the name of a claim (a git tag on GitHub, e.g. `churn@v0.0.1` or `churn#production#3`).
 * `what` says what the name is for in the error ("ref name", "bundle name").
 */
function assertRefName(name, what = 'ref name') {
    checkLength(name, what);
    if (!REF_NAME.test(name))
        fail(name, what, REF_CHARACTERS_HINT);
    if (name.includes('..'))
        fail(name, what, 'it must not contain ".."');
    if (name.endsWith('.'))
        fail(name, what, 'it must not end with "."');
    if (name.endsWith('.lock'))
        fail(name, what, 'git does not allow names ending in ".lock"');
}
/** Checks a prefix used to list refs or bundles (may be empty: list everything). */
function assertRefPrefix(prefix) {
    if (prefix.length > MAX_NAME_LENGTH)
        fail(prefix, 'ref prefix', 'it is too long');
    if (!REF_PREFIX.test(prefix))
        fail(prefix, 'ref prefix', REF_CHARACTERS_HINT);
}
/** Bundles are named like refs: on GitHub a bundle is the release of the tag with its name. */
function assertBundleName(name) {
    assertRefName(name, 'bundle name');
}
/** Checks the name of one file inside a bundle (a release asset on GitHub). */
function assertBundleFileName(name) {
    assertAssetName(name, 'bundle file name');
}
/** Checks the name of a record series (`spc-history.orders`, `lineage`, `deployments`). */
function assertSeriesName(name) {
    assertAssetName(name, 'series name');
}
/** Checks the key of one record in a series, e.g. `<run-id>-<attempt>`. */
function assertRecordKey(key) {
    assertAssetName(key, 'record key');
}
/** Checks the size of a file or record against the per-asset limit. `what` names it. */
function assertStorableSize(size, what) {
    if (size > MAX_FILE_BYTES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what} has ${size} bytes; a store accepts at most ${MAX_FILE_BYTES} bytes per file ` +
            '(GitHub requires each release asset to be under 2 GiB). Split it into smaller files.');
    }
}
function assertAssetName(name, what) {
    checkLength(name, what);
    if (!ASSET_NAME.test(name))
        fail(name, what, ASSET_CHARACTERS_HINT);
    if (name.endsWith('.'))
        fail(name, what, 'it must not end with "." (GitHub renames it)');
    if (name.includes('..'))
        fail(name, what, 'it must not contain ".."');
}
function checkLength(name, what) {
    if (name.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`The ${what} is empty; give a name.`);
    if (name.length > MAX_NAME_LENGTH) {
        fail(name, what, `it has ${name.length} characters, at most ${MAX_NAME_LENGTH} are allowed`);
    }
}
function fail(name, what, rule) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`The ${what} ${JSON.stringify(name)} is not allowed: ${rule}.`);
}
/** Locale-independent order of names, so every store lists in the same order. */
function compareCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ })

};
