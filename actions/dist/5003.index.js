export const id = 5003;
export const ids = [5003];
export const modules = {

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

/***/ 21162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   historyCommand: () => (/* binding */ historyCommand)
/* harmony export */ });
/* harmony import */ var _adapters_user_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24574);
/* harmony import */ var _operations_registry_open_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91771);
/* harmony import */ var _operations_registry_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(60709);
/* harmony import */ var _registry_gto_tags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33148);
/* harmony import */ var _registry_registry_state_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52857);
/* harmony import */ var _report_registry_report_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(79309);






/**
 * `tollgate history MODEL [--stage STAGE]`: the audit trail — every registration and stage
 * assignment with who, when and which workflow run — which is also the list to roll back along.
 */
const historyCommand = {
    name: 'history',
    summary: "A model's registrations and stage assignments: who, when, which run.",
    usage: 'MODEL [--stage STAGE] [--store DIR|github] [--report-path R.json]',
    options: _operations_registry_options_js__WEBPACK_IMPORTED_MODULE_2__/* .historyOptions */ .x3,
    positionals: { min: 1, max: 1, names: 'one model name' },
    async run(options, positionals, output) {
        const model = positionals[0].trim();
        (0,_registry_gto_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .assertModelName */ .fY)(model);
        const stage = options.string('stage')?.trim();
        if (stage !== undefined)
            (0,_registry_gto_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .assertStageName */ .Gs)(stage);
        const { registry } = await (0,_operations_registry_open_js__WEBPACK_IMPORTED_MODULE_1__/* .openModelRegistry */ .l)({
            store: options.string('store'),
            token: process.env.GITHUB_TOKEN,
            defaultStore: 'local'
        });
        const state = await registry.modelState(model);
        const current = {};
        for (const name of (0,_registry_registry_state_js__WEBPACK_IMPORTED_MODULE_4__/* .stagesInUse */ .cF)(state)) {
            const version = (0,_registry_registry_state_js__WEBPACK_IMPORTED_MODULE_4__/* .currentAssignment */ .T8)(state, name)?.version;
            if (version !== undefined)
                current[name] = version;
        }
        const report = {
            schema: _report_registry_report_js__WEBPACK_IMPORTED_MODULE_5__/* .HISTORY_REPORT_SCHEMA */ .Iv,
            model,
            stage: stage ?? null,
            current,
            entries: (0,_report_registry_report_js__WEBPACK_IMPORTED_MODULE_5__/* .historyEntries */ .tA)(state.versions, state.stageEvents, stage)
        };
        if (report.entries.length === 0) {
            output.out(`${model} has no ${stage === undefined ? 'history' : `assignments to ${stage}`} in ${registry.store.location}`);
        }
        for (const entry of report.entries) {
            const what = entry.action === 'register' || entry.action === 'deregister'
                ? `${entry.action} ${entry.version}`
                : `${entry.action} ${entry.stage} -> ${entry.version ?? '?'}`;
            const who = entry.actor === null ? '' : ` by ${entry.actor}`;
            const run = entry.run === null ? '' : ` (run ${entry.run.id} attempt ${entry.run.attempt})`;
            const reason = entry.reason === null ? '' : ` — ${entry.reason}`;
            output.out(`${entry.at}  ${what.padEnd(32)} ${entry.tag}${who}${run}${reason}`);
        }
        for (const [name, version] of Object.entries(current))
            output.out(`current ${name}: ${version}`);
        const reportPath = options.string('report-path');
        if (reportPath !== undefined) {
            (0,_adapters_user_files_js__WEBPACK_IMPORTED_MODULE_0__/* .writeJsonFile */ .An)(reportPath, report);
            output.out(`report: ${reportPath}`);
        }
        return 0;
    }
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

/***/ 60709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $E: () => (/* binding */ getOptions),
/* harmony export */   NM: () => (/* binding */ listOptions),
/* harmony export */   WH: () => (/* binding */ assignOptions),
/* harmony export */   x3: () => (/* binding */ historyOptions)
/* harmony export */ });
/**
 * Options of the registry commands (`tollgate get|assign|history|list`), named as the
 * register-model action's inputs where they mean the same thing.
 */
const store = {
    description: 'Where the registry is: a directory (default .tollgate) or github.',
    default: ''
};
const reportPath = { description: 'Where to write the JSON report.', default: '' };
const getOptions = {
    output: { description: "Directory to write the version's files into.", required: true },
    store,
    'report-path': reportPath
};
const assignOptions = {
    name: { description: 'Model name (or give MODEL@VERSION as the argument).', default: '' },
    version: { description: 'Version to assign, e.g. v0.0.2.', default: '' },
    stage: { description: 'Stage to assign the version to, e.g. staging.', required: true },
    reason: { description: 'Why, recorded in the stage tag.', default: '' },
    store,
    'report-path': reportPath
};
const historyOptions = {
    stage: { description: "Only this stage's assignments.", default: '' },
    store,
    'report-path': reportPath
};
const listOptions = { store, 'report-path': reportPath };


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
