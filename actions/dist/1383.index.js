export const id = 1383;
export const ids = [1383];
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

/***/ 24574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ writeJsonFile),
/* harmony export */   E1: () => (/* binding */ readUserFile),
/* harmony export */   Tl: () => (/* binding */ writeTextFile),
/* harmony export */   YJ: () => (/* binding */ readUserJson)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32635);



/** Reads a user file as UTF-8 or fails with an InputError that names it and says why. */
function readUserFile(path, what) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        const reason = code === 'ENOENT'
            ? 'no such file'
            : code === 'EISDIR'
                ? 'is a directory, expected a file'
                : error.message;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ file: path }, `cannot read the ${what}: ${reason}`);
    }
}
/** Reads and parses a user JSON file; syntax errors name the file. */
function readUserJson(path, what) {
    const text = readUserFile(path, what);
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ file: path }, `the ${what} is not valid JSON: ${error.message}`);
    }
}
/**
 * Writes JSON (2-space indent, trailing newline), creating the folder. The file is written
 * next to its target and renamed into place, so a reader never sees half a report.
 */
function writeJsonFile(path, value) {
    writeTextFile(path, `${JSON.stringify(value, null, 2)}\n`);
}
/** Writes text atomically (temp file + rename), creating the folder. */
function writeTextFile(path, text) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(temporary, text);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temporary, path);
}


/***/ }),

/***/ 96898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deploymentsCommand: () => (/* binding */ deploymentsCommand)
/* harmony export */ });
/* harmony import */ var _adapters_open_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41839);
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


/***/ }),

/***/ 75244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CR: () => (/* binding */ parseApprovers),
/* harmony export */   K: () => (/* binding */ NO_APPROVAL),
/* harmony export */   QC: () => (/* binding */ describeApprovers),
/* harmony export */   W5: () => (/* binding */ isLogin),
/* harmony export */   wQ: () => (/* binding */ APPROVAL_VIAS),
/* harmony export */   zC: () => (/* binding */ DEFAULT_APPROVAL_EXPIRY_MS)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);

const APPROVAL_VIAS = ['none', 'environment', 'issue'];
/** 72 hours: long enough for a weekend, short enough that stale requests close themselves. */
const DEFAULT_APPROVAL_EXPIRY_MS = 72 * 3_600_000;
const NO_APPROVAL = {
    via: 'none',
    required: 0,
    users: [],
    teams: [],
    allowInitiator: false,
    expiresAfterMs: DEFAULT_APPROVAL_EXPIRY_MS
};
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const TEAM = /^@?([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9][A-Za-z0-9._-]*)$/;
/** Splits an approver list into users and `@org/team` entries; UsageError on malformed entries. */
function parseApprovers(entries, what) {
    const users = [];
    const teams = [];
    for (const raw of entries) {
        const entry = raw.trim();
        const team = TEAM.exec(entry);
        if (team !== null) {
            teams.push({ org: team[1].toLowerCase(), slug: team[2].toLowerCase() });
            continue;
        }
        const login = entry.startsWith('@') ? entry.slice(1) : entry;
        if (!LOGIN.test(login)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what}: ${JSON.stringify(raw)} is neither a GitHub login (letters, digits and "-") nor ` +
                'a team written @org/team-slug');
        }
        if (!users.includes(login.toLowerCase()))
            users.push(login.toLowerCase());
    }
    return { users, teams };
}
/** True for a well-formed GitHub login (also what local approver names must look like). */
function isLogin(text) {
    return LOGIN.test(text);
}
/** `alice, bob, @octo-org/ml-leads` for messages and issue bodies. */
function describeApprovers(policy) {
    const names = [...policy.users, ...policy.teams.map((team) => `@${team.org}/${team.slug}`)];
    return names.length === 0 ? 'anyone with write access to the repository' : names.join(', ');
}


/***/ }),

/***/ 2813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $7: () => (/* binding */ parseApprovalDecision),
/* harmony export */   $u: () => (/* binding */ APPROVAL_VOTE_SCHEMA),
/* harmony export */   Bl: () => (/* binding */ parseApprovalVote),
/* harmony export */   Jh: () => (/* binding */ approvalSeries),
/* harmony export */   PX: () => (/* binding */ APPROVAL_DECISION_SCHEMA),
/* harmony export */   Sr: () => (/* binding */ approvalRequestId),
/* harmony export */   gC: () => (/* binding */ approvalKeys),
/* harmony export */   kc: () => (/* binding */ APPROVAL_REQUEST_SCHEMA),
/* harmony export */   oV: () => (/* binding */ parseApprovalRequest),
/* harmony export */   yB: () => (/* binding */ parseApprovalKey)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
/* harmony import */ var _store_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92113);


/**
 * Approval requests and their decisions, kept in the store (series `approvals.<model>`) so the
 * run that counts the votes — triggered later by a comment, or a second command on a laptop —
 * knows exactly what was requested, by whom and until when, and so only one run acts on a
 * decision:
 *
 * - `<id>.request`: the request (model, version, environment, initiator, quorum, expiry, issue);
 * - `<id>.vote.<login>`: a vote of the command line's local mode (one per person; changing it
 *   is refused, as the store is append-only — deny instead of approving twice);
 * - `<id>.decision`: the outcome, claimed by exactly one run (the store's exclusive create).
 */
const APPROVAL_REQUEST_SCHEMA = 'tollgate.approval-request/1';
const APPROVAL_VOTE_SCHEMA = 'tollgate.approval-vote/1';
const APPROVAL_DECISION_SCHEMA = 'tollgate.approval-decision/1';
function approvalSeries(model) {
    return `approvals.${model}`;
}
/** `<environment>-<version>-<run key>`: unique per request, readable in an issue or a listing. */
function approvalRequestId(environment, version, run) {
    return `${environment}-${version}-${run}`;
}
const approvalKeys = {
    request: (id) => `${id}.request`,
    vote: (id, login) => `${id}.vote.${login.toLowerCase()}`,
    decision: (id) => `${id}.decision`
};
/** Splits a record key of the approvals series into request id and part. */
function parseApprovalKey(key) {
    const vote = /^(.+)\.vote\.([A-Za-z0-9-]+)$/.exec(key);
    if (vote !== null)
        return { id: vote[1], part: 'vote', login: vote[2] };
    const other = /^(.+)\.(request|decision)$/.exec(key);
    if (other !== null)
        return { id: other[1], part: other[2] };
    return undefined;
}
function parseApprovalRequest(value, what) {
    const fail = (detail) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IntegrityError */ .cs(`${what} is not a Tollgate approval request: ${detail}.`);
    };
    if (!(0,_store_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .OW)(value))
        return fail('it is not a JSON object');
    if (value.schema !== APPROVAL_REQUEST_SCHEMA)
        fail(`schema is ${JSON.stringify(value.schema)}`);
    for (const key of [
        'id',
        'model',
        'version',
        'environment',
        'via',
        'initiator',
        'requestedAt',
        'expiresAt'
    ]) {
        if (typeof value[key] !== 'string')
            fail(`${key} is missing`);
    }
    if (typeof value.required !== 'number' ||
        !Number.isInteger(value.required) ||
        value.required < 1) {
        fail('required is not a positive whole number');
    }
    if (typeof value.allowInitiator !== 'boolean')
        fail('allowInitiator is missing');
    if (!Array.isArray(value.approvers))
        fail('approvers is missing');
    return value;
}
function parseApprovalVote(value, what) {
    if (!(0,_store_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .OW)(value) ||
        value.schema !== APPROVAL_VOTE_SCHEMA ||
        typeof value.login !== 'string' ||
        (value.kind !== 'approve' && value.kind !== 'deny') ||
        typeof value.at !== 'string') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IntegrityError */ .cs(`${what} is not a Tollgate approval vote.`);
    }
    return value;
}
function parseApprovalDecision(value, what) {
    if (!(0,_store_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .OW)(value) ||
        value.schema !== APPROVAL_DECISION_SCHEMA ||
        typeof value.request !== 'string' ||
        !['approved', 'denied', 'expired'].includes(value.state) ||
        !Array.isArray(value.approvals) ||
        !(0,_store_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .OW)(value.run)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IntegrityError */ .cs(`${what} is not a Tollgate approval decision.`);
    }
    return value;
}


/***/ }),

/***/ 71855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EC: () => (/* binding */ deploymentRecordKey),
/* harmony export */   Em: () => (/* binding */ parseDeploymentRecord),
/* harmony export */   JR: () => (/* binding */ deploymentSeries),
/* harmony export */   W0: () => (/* binding */ DEPLOYMENT_RECORD_SCHEMA)
/* harmony export */ });
/* unused harmony export environmentTimeline */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
/* harmony import */ var _store_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92113);


/**
 * The deployment history (series `deployments.<model>`): one immutable record per deployment
 * attempt and per rollback, written when its outcome is known. `tollgate deployments` lists it
 * and rollback reads it; the registry's stage tags say what is current, these records say what
 * happened, who approved it and what was rolled back.
 */
const DEPLOYMENT_RECORD_SCHEMA = 'tollgate.deployment/1';
function deploymentSeries(model) {
    return `deployments.${model}`;
}
/** `<environment>.<run key>.<kind>`: a run deploys an environment once, and may roll it back once. */
function deploymentRecordKey(environment, run, kind) {
    return `${environment}.${run}.${kind}`;
}
/** Checks a stored deployment record's shape; `what` names it in the error. */
function parseDeploymentRecord(value, what) {
    const fail = (detail) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IntegrityError */ .cs(`${what} is not a Tollgate deployment record: ${detail}.`);
    };
    if (!(0,_store_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .OW)(value))
        return fail('it is not a JSON object');
    if (value.schema !== DEPLOYMENT_RECORD_SCHEMA)
        fail(`schema is ${JSON.stringify(value.schema)}`);
    for (const key of [
        'model',
        'version',
        'environment',
        'kind',
        'status',
        'initiator',
        'startedAt',
        'finishedAt'
    ]) {
        if (typeof value[key] !== 'string')
            fail(`${key} is missing`);
    }
    if (!(value.previousVersion === null || typeof value.previousVersion === 'string')) {
        fail('previousVersion is not a version or null');
    }
    if (!(0,_store_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .OW)(value.approval) || !Array.isArray(value.approval.approvers))
        fail('approval is missing');
    if (!(0,_store_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .OW)(value.step))
        fail('step is missing');
    if (!(0,_store_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .OW)(value.run) || typeof value.run.id !== 'string')
        fail('run is missing');
    return value;
}
/**
 * The deployments of one environment that changed what runs there (successful deploys and
 * rollbacks), oldest first: the environment's history of versions.
 */
function environmentTimeline(records, environment) {
    return records.filter((record) => record.environment === environment && record.status === 'success');
}


/***/ }),

/***/ 97872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration)
/* harmony export */ });
/* unused harmony export formatDuration */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);

/**
 * Durations as people write them in configuration (`72h`, `30m`, `1d12h`, `90s`), for approval
 * expiry, polling waits and command timeouts. A unit is required: a bare `72` could mean hours or
 * seconds, and guessing wrong would expire an approval request a few thousand times too early.
 */
const UNIT_MS = {
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 604_800_000
};
const PART = /(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)/gy;
/** Milliseconds in `text`; `what` names the setting in the error ("approval expires-after"). */
function parseDuration(text, what) {
    const trimmed = text.trim();
    PART.lastIndex = 0;
    let total = 0;
    let matched = 0;
    let position = 0;
    while (position < trimmed.length) {
        PART.lastIndex = position;
        const match = PART.exec(trimmed);
        if (match === null)
            break;
        total += Number(match[1]) * UNIT_MS[match[2]];
        matched++;
        position = PART.lastIndex;
        while (trimmed[position] === ' ')
            position++;
    }
    if (matched === 0 || position !== trimmed.length || !Number.isFinite(total)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what} must be a duration such as 90s, 30m, 72h or 7d (units ms, s, m, h, d, w), got ` +
            JSON.stringify(text));
    }
    return Math.round(total);
}
/** A short human form of a duration: `3d`, `2h 30m`, `45s`. */
function formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return String(ms);
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    const parts = [];
    let rest = Math.round(ms / 1000);
    for (const [unit, seconds] of [
        ['d', 86_400],
        ['h', 3_600],
        ['m', 60],
        ['s', 1]
    ]) {
        const count = Math.floor(rest / seconds);
        if (count > 0)
            parts.push(`${count}${unit}`);
        rest -= count * seconds;
    }
    return parts.slice(0, 2).join(' ');
}


/***/ }),

/***/ 92479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zi: () => (/* binding */ runIdentityOf),
/* harmony export */   r7: () => (/* binding */ runKey)
/* harmony export */ });
/* unused harmony export localRunId */
/**
 * Record keys derived from the run that writes them, so a re-run of the same workflow run and
 * attempt finds its own earlier record instead of writing a second one (DESIGN.md §3), while a
 * new run (or a new attempt) gets a new key.
 */
/** `<run id>-<attempt>[-<job>]`, with characters a record key cannot hold replaced by `_`. */
function runKey(run) {
    const parts = [
        run.id,
        String(run.attempt),
        ...(run.job === undefined || run.job === '' ? [] : [run.job])
    ];
    return parts.map((part) => part.replace(/[^A-Za-z0-9_-]/g, '_')).join('-');
}
/**
 * The run id of a command-line run: `local-`, the UTC time to the millisecond and a random
 * suffix (`local-20250612T093041123Z-3fa9c1`). Sortable by time, and unique per invocation even
 * when TOLLGATE_NOW pins the time (a demo that deploys twice in one pinned second must not look
 * like a re-run of the first deployment).
 */
function localRunId(now, nonce = Math.random().toString(16).slice(2, 8).padEnd(6, '0')) {
    return `local-${new Date(now).toISOString().replace(/[-:.]/g, '')}-${nonce}`;
}
/**
 * The identity recorded with gate verdicts, approvals and deployments: GitHub's run id, attempt
 * and job, or a `local-<time>` id for a command-line run (no GITHUB_RUN_ID).
 */
function runIdentityOf(context, now, url) {
    const local = context.runId === '' || context.runId === 'local';
    const attempt = Number(context.runAttempt);
    return {
        id: local ? localRunId(now) : context.runId,
        attempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1,
        ...(context.job === '' ? {} : { job: context.job }),
        ...(context.workflow === '' ? {} : { workflow: context.workflow }),
        ...(url === undefined ? {} : { url })
    };
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

/***/ 96650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ readApprovalRequest),
/* harmony export */   Jn: () => (/* binding */ listDeployments),
/* harmony export */   L6: () => (/* binding */ readDeploymentRecord),
/* harmony export */   S4: () => (/* binding */ saveApprovalRequest),
/* harmony export */   Sh: () => (/* binding */ claimApprovalDecision),
/* harmony export */   UH: () => (/* binding */ readApprovalDecision),
/* harmony export */   dz: () => (/* binding */ saveApprovalVote),
/* harmony export */   kS: () => (/* binding */ saveDeploymentRecord),
/* harmony export */   t$: () => (/* binding */ readApprovalLedger)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
/* harmony import */ var _store_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92113);
/* harmony import */ var _store_store_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74309);
/* harmony import */ var _deploy_approval_request_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2813);
/* harmony import */ var _deploy_deployment_record_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71855);
/* harmony import */ var _deploy_run_key_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(92479);






/**
 * Reading and writing deploy's records in the store: deployments (series `deployments.<model>`)
 * and approval requests, votes and decisions (series `approvals.<model>`). Every record is
 * written once; what "once" means for each is documented with the function.
 */
async function readJson(store, series, key, parse) {
    const bytes = await store.readRecord(series, key);
    if (bytes === undefined)
        return undefined;
    const what = `record ${key} of ${series} in ${store.location}`;
    const parsed = (0,_store_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonBytes */ .dQ)(bytes);
    if (!parsed.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IntegrityError */ .cs(`${what} is not JSON: ${parsed.problem}`);
    return parse(parsed.value, what);
}
/**
 * Stores a deployment record under `<environment>.<run>.<kind>`. A retried step of the same run
 * and attempt that finds its record keeps the first one and gets it back.
 */
async function saveDeploymentRecord(store, record) {
    const series = (0,_deploy_deployment_record_js__WEBPACK_IMPORTED_MODULE_4__/* .deploymentSeries */ .JR)(record.model);
    const key = (0,_deploy_deployment_record_js__WEBPACK_IMPORTED_MODULE_4__/* .deploymentRecordKey */ .EC)(record.environment, (0,_deploy_run_key_js__WEBPACK_IMPORTED_MODULE_5__/* .runKey */ .r7)(record.run), record.kind);
    try {
        await store.appendRecord(series, key, (0,_store_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJsonBytes */ .qJ)(record, `deployment record ${key}`));
        return record;
    }
    catch (error) {
        if (!(error instanceof _store_store_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConflictError */ .f))
            throw error;
        return (await readJson(store, series, key, _deploy_deployment_record_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDeploymentRecord */ .Em)) ?? record;
    }
}
/** The record a run wrote for an environment, if any (how a re-run recognises its own work). */
async function readDeploymentRecord(store, model, environment, run, kind) {
    return readJson(store, (0,_deploy_deployment_record_js__WEBPACK_IMPORTED_MODULE_4__/* .deploymentSeries */ .JR)(model), (0,_deploy_deployment_record_js__WEBPACK_IMPORTED_MODULE_4__/* .deploymentRecordKey */ .EC)(environment, run, kind), _deploy_deployment_record_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDeploymentRecord */ .Em);
}
/** A model's deployment records (of one environment when given), oldest first. */
async function listDeployments(store, model, environment) {
    const series = (0,_deploy_deployment_record_js__WEBPACK_IMPORTED_MODULE_4__/* .deploymentSeries */ .JR)(model);
    const listing = await store.listRecords(series);
    const records = [];
    for (const info of listing.records) {
        if (environment !== undefined && !info.key.startsWith(`${environment}.`))
            continue;
        const record = await readJson(store, series, info.key, _deploy_deployment_record_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDeploymentRecord */ .Em);
        if (record !== undefined && (environment === undefined || record.environment === environment))
            records.push(record);
    }
    return records;
}
async function readApprovalLedger(store, model) {
    const series = (0,_deploy_approval_request_js__WEBPACK_IMPORTED_MODULE_3__/* .approvalSeries */ .Jh)(model);
    const listing = await store.listRecords(series);
    const ledger = { requests: [], votes: new Map(), decisions: new Map() };
    for (const info of listing.records) {
        const key = (0,_deploy_approval_request_js__WEBPACK_IMPORTED_MODULE_3__/* .parseApprovalKey */ .yB)(info.key);
        if (key === undefined)
            continue;
        if (key.part === 'request') {
            const request = await readJson(store, series, info.key, _deploy_approval_request_js__WEBPACK_IMPORTED_MODULE_3__/* .parseApprovalRequest */ .oV);
            if (request !== undefined)
                ledger.requests.push(request);
        }
        else if (key.part === 'vote') {
            const vote = await readJson(store, series, info.key, _deploy_approval_request_js__WEBPACK_IMPORTED_MODULE_3__/* .parseApprovalVote */ .Bl);
            if (vote !== undefined)
                ledger.votes.set(key.id, [...(ledger.votes.get(key.id) ?? []), vote]);
        }
        else {
            const decision = await readJson(store, series, info.key, _deploy_approval_request_js__WEBPACK_IMPORTED_MODULE_3__/* .parseApprovalDecision */ .$7);
            if (decision !== undefined)
                ledger.decisions.set(key.id, decision);
        }
    }
    return ledger;
}
async function readApprovalRequest(store, model, id) {
    return readJson(store, (0,_deploy_approval_request_js__WEBPACK_IMPORTED_MODULE_3__/* .approvalSeries */ .Jh)(model), _deploy_approval_request_js__WEBPACK_IMPORTED_MODULE_3__/* .approvalKeys */ .gC.request(id), _deploy_approval_request_js__WEBPACK_IMPORTED_MODULE_3__/* .parseApprovalRequest */ .oV);
}
/** Stores a request; a second write of the same id keeps (and returns) the first. */
async function saveApprovalRequest(store, request) {
    try {
        await store.appendRecord((0,_deploy_approval_request_js__WEBPACK_IMPORTED_MODULE_3__/* .approvalSeries */ .Jh)(request.model), _deploy_approval_request_js__WEBPACK_IMPORTED_MODULE_3__/* .approvalKeys */ .gC.request(request.id), (0,_store_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJsonBytes */ .qJ)(request, `approval request ${request.id}`));
        return request;
    }
    catch (error) {
        if (!(error instanceof _store_store_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConflictError */ .f))
            throw error;
        return (await readApprovalRequest(store, request.model, request.id)) ?? request;
    }
}
/**
 * Stores a vote of the local mode. Votes are final: a second vote by the same person on the same
 * request returns the stored one ('exists') instead of replacing it.
 */
async function saveApprovalVote(store, model, vote) {
    const series = (0,_deploy_approval_request_js__WEBPACK_IMPORTED_MODULE_3__/* .approvalSeries */ .Jh)(model);
    const key = _deploy_approval_request_js__WEBPACK_IMPORTED_MODULE_3__/* .approvalKeys */ .gC.vote(vote.request, vote.login);
    try {
        const outcome = await store.appendRecord(series, key, (0,_store_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJsonBytes */ .qJ)(vote, `approval vote ${key}`));
        return { outcome, vote };
    }
    catch (error) {
        if (!(error instanceof _store_store_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConflictError */ .f))
            throw error;
        return {
            outcome: 'exists',
            vote: (await readJson(store, series, key, _deploy_approval_request_js__WEBPACK_IMPORTED_MODULE_3__/* .parseApprovalVote */ .Bl)) ?? vote
        };
    }
}
/**
 * Claims the decision of a request. Exactly one run gets `claimed: true` and acts on it (two
 * approvers commenting at the same moment start two runs; only one may deploy). A re-run of the
 * claiming run and attempt is recognised and claims again; everyone else gets the stored decision.
 */
async function claimApprovalDecision(store, model, decision) {
    const series = (0,_deploy_approval_request_js__WEBPACK_IMPORTED_MODULE_3__/* .approvalSeries */ .Jh)(model);
    const key = _deploy_approval_request_js__WEBPACK_IMPORTED_MODULE_3__/* .approvalKeys */ .gC.decision(decision.request);
    try {
        await store.appendRecord(series, key, (0,_store_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJsonBytes */ .qJ)(decision, `approval decision ${key}`));
        return { claimed: true, decision };
    }
    catch (error) {
        if (!(error instanceof _store_store_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConflictError */ .f))
            throw error;
        const stored = (await readJson(store, series, key, _deploy_approval_request_js__WEBPACK_IMPORTED_MODULE_3__/* .parseApprovalDecision */ .$7)) ?? decision;
        const same = stored.run.id === decision.run.id && stored.run.attempt === decision.run.attempt;
        return { claimed: same, decision: stored };
    }
}
async function readApprovalDecision(store, model, id) {
    return readJson(store, (0,_deploy_approval_request_js__WEBPACK_IMPORTED_MODULE_3__/* .approvalSeries */ .Jh)(model), _deploy_approval_request_js__WEBPACK_IMPORTED_MODULE_3__/* .approvalKeys */ .gC.decision(id), _deploy_approval_request_js__WEBPACK_IMPORTED_MODULE_3__/* .parseApprovalDecision */ .$7);
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

/***/ 92113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OW: () => (/* binding */ isJsonObject),
/* harmony export */   U0: () => (/* binding */ compactCanonicalJson),
/* harmony export */   dQ: () => (/* binding */ parseJsonBytes),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   qJ: () => (/* binding */ canonicalJsonBytes)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);

/**
 * Serialises a value with sorted object keys, two-space indentation and a final newline.
 *
 * Stored documents must be byte-for-byte reproducible: an idempotent re-run compares what it
 * would write with what is already stored, and key order or a NaN that `JSON.stringify` silently
 * turns into `null` would make an identical result look different (or a different one look
 * identical). `what` names the document in the error, e.g. "metrics.json".
 */
function canonicalJson(value, what) {
    return `${JSON.stringify(toCanonical(value, what, '$'), null, 2)}\n`;
}
/** The same canonical form on one line without a final newline (headers, tag messages). */
function compactCanonicalJson(value, what) {
    return JSON.stringify(toCanonical(value, what, '$'));
}
/** The canonical JSON text as UTF-8 bytes, ready to store. */
function canonicalJsonBytes(value, what) {
    return new TextEncoder().encode(canonicalJson(value, what));
}
function toCanonical(value, what, path) {
    if (value === null || typeof value === 'boolean' || typeof value === 'string')
        return value;
    if (typeof value === 'number') {
        if (!Number.isFinite(value)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what}: the value at ${path} is ${String(value)}, which JSON cannot represent; ` +
                'store a finite number or null.');
        }
        return value;
    }
    if (Array.isArray(value)) {
        return value.map((item, index) => toCanonical(item, what, `${path}[${index}]`));
    }
    if (typeof value === 'object' && isPlainObject(value)) {
        const result = {};
        for (const key of Object.keys(value).sort()) {
            const item = value[key];
            if (item === undefined)
                continue;
            result[key] = toCanonical(item, what, `${path}.${key}`);
        }
        return result;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what}: the value at ${path} is a ${typeof value}, which JSON cannot represent.`);
}
function isPlainObject(value) {
    const prototype = Object.getPrototypeOf(value);
    return prototype === Object.prototype || prototype === null;
}
/**
 * Parses stored JSON bytes strictly (invalid UTF-8 is an error, not a replacement character), so
 * a damaged stored document is reported rather than half-read.
 */
function parseJsonBytes(bytes) {
    try {
        return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
    }
    catch (error) {
        return { ok: false, problem: error instanceof Error ? error.message : String(error) };
    }
}
/** True for a JSON object (not null, not an array). */
function isJsonObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 74309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ ConflictError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);

/**
 * A write that would change something already stored: the same bundle name, record key or claim
 * with different content. Stored items are immutable (DESIGN.md §3), so the second writer is told
 * instead of overwriting; an idempotent re-run that writes identical content never sees this.
 */
class ConflictError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TollgateError */ .xB {
    name = 'ConflictError';
}


/***/ })

};
