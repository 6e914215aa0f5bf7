export const id = 1618;
export const ids = [1618];
export const modules = {

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

/***/ 74974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ tallyApprovals),
/* harmony export */   Y: () => (/* binding */ parseApprovalCommand)
/* harmony export */ });
/**
 * Counting approvals of a deployment request: `/approve` and `/deny` comments on an approval
 * issue, or approval records of the command line's local mode, turned into one outcome.
 *
 * Rules (the same for both sources):
 * - A command is the first non-empty line of a comment: `/approve` or `/deny`, any letter case,
 *   optionally followed by a reason (`/deny metrics look off`). Other comments are conversation.
 * - A comment edited after it was written (updated_at ≠ created_at) is ignored: its text could
 *   have been changed from "lgtm?" to "/approve" after the fact, and GitHub keeps no history
 *   Tollgate could check.
 * - Only allowed approvers count (`eligible`); bots never do. The initiator's approval does not
 *   count unless the policy allows it; the initiator may still `/deny` (withdraw) their request.
 * - Comments after the request expired are ignored.
 * - Each person's latest command is their vote, so a reviewer can change their mind. Commands
 *   are replayed in time order and the first moment with a standing `/deny` (denied) or with
 *   `required` distinct standing approvals (approved) decides; later comments change nothing.
 * - Without a decision, the request is `expired` once `now` is past its expiry, else `pending`.
 */
const COMMAND = /^\/(approve|deny)(?:\s+(.*))?$/i;
/** The command a comment body carries, or undefined for ordinary conversation. */
function parseApprovalCommand(body) {
    const line = body
        .split(/\r?\n/)
        .map((text) => text.trim())
        .find((text) => text !== '');
    if (line === undefined)
        return undefined;
    const match = COMMAND.exec(line);
    if (match === null)
        return undefined;
    const reason = match[2]?.trim();
    return {
        kind: match[1].toLowerCase(),
        ...(reason === undefined || reason === '' ? {} : { reason })
    };
}
/**
 * Tallies the comments of one request. `eligible(login)` says whether a (lower-cased) login may
 * approve; `now` is milliseconds since the epoch.
 */
function tallyApprovals(request, comments, eligible, now) {
    const requestedAt = Date.parse(request.requestedAt);
    const expiresAt = Date.parse(request.expiresAt);
    const initiator = request.initiator.toLowerCase();
    const ordered = [...comments].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id);
    const standing = new Map();
    const ignored = [];
    const snapshot = (state, decidedAt) => {
        const votes = [...standing.values()].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.commentId - b.commentId);
        return {
            state,
            required: request.required,
            approvals: votes.filter((vote) => vote.kind === 'approve'),
            denials: votes.filter((vote) => vote.kind === 'deny'),
            ignored,
            ...(decidedAt === undefined ? {} : { decidedAt })
        };
    };
    for (const comment of ordered) {
        const command = parseApprovalCommand(comment.body);
        if (command === undefined)
            continue;
        const login = comment.login.toLowerCase();
        const at = comment.createdAt;
        const ignore = (reason) => ignored.push({ login, kind: command.kind, at, commentId: comment.id, reason });
        const written = Date.parse(comment.createdAt);
        if (Date.parse(comment.updatedAt) !== written) {
            ignore('the comment was edited after it was written');
        }
        else if (written < requestedAt) {
            ignore('the comment is older than the request');
        }
        else if (written > expiresAt) {
            ignore('the request had expired');
        }
        else if (comment.isBot === true || login.endsWith('[bot]')) {
            ignore('bots cannot approve or deny');
        }
        else if (command.kind === 'approve' && login === initiator && !request.allowInitiator) {
            ignore('the initiator cannot approve their own deployment');
        }
        else if (!eligible(login)) {
            ignore('not an allowed approver');
        }
        else {
            standing.set(login, {
                login,
                kind: command.kind,
                at,
                commentId: comment.id,
                ...(command.reason === undefined ? {} : { reason: command.reason })
            });
            const votes = [...standing.values()];
            if (votes.some((vote) => vote.kind === 'deny'))
                return snapshot('denied', at);
            if (votes.filter((vote) => vote.kind === 'approve').length >= request.required) {
                return snapshot('approved', at);
            }
        }
    }
    if (now > expiresAt)
        return snapshot('expired', request.expiresAt);
    return snapshot('pending');
}


/***/ }),

/***/ 37136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ environmentDeployConfig)
/* harmony export */ });
/* unused harmony export DEFAULT_COMMAND_TIMEOUT_MS */
/* harmony import */ var _registry_gto_tags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33148);
/* harmony import */ var _approval_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75244);
/* harmony import */ var _duration_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97872);



const DEFAULT_COMMAND_TIMEOUT_MS = 30 * 60_000;
const SECTION_KEYS = ['environments'];
const ENVIRONMENT_KEYS = ['requires', 'approval', 'command', 'target', 'url', 'timeout'];
const REQUIRES_KEYS = ['gate', 'stage'];
const APPROVAL_KEYS = ['via', 'required', 'approvers', 'allow-initiator', 'expires-after'];
/** The configuration of one environment (defaults when the section or the environment is absent). */
function environmentDeployConfig(section, environment) {
    const defaults = {
        environment,
        requireGate: false,
        approval: _approval_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .NO_APPROVAL */ .K,
        timeoutMs: DEFAULT_COMMAND_TIMEOUT_MS
    };
    if (section === undefined || section.kind === 'null')
        return defaults;
    section.assertKeys(SECTION_KEYS, 'deploy key');
    const environments = section.get('environments');
    if (environments === undefined || environments.kind === 'null')
        return defaults;
    if (environments.kind !== 'map') {
        throw environments.error(`expected a mapping of environment names, found ${environments.describe()}`);
    }
    for (const { key, keyNode } of environments.entries()) {
        try {
            (0,_registry_gto_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .assertStageName */ .Gs)(key);
        }
        catch (error) {
            throw keyNode.error(error.message);
        }
    }
    const node = environments.get(environment);
    if (node === undefined || node.kind === 'null')
        return defaults;
    return parseEnvironment(node, environment);
}
function parseEnvironment(node, environment) {
    if (node.kind !== 'map')
        throw node.error(`expected a mapping, found ${node.describe()}`);
    node.assertKeys(ENVIRONMENT_KEYS, 'environment key');
    const config = {
        environment,
        requireGate: false,
        approval: _approval_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .NO_APPROVAL */ .K,
        timeoutMs: DEFAULT_COMMAND_TIMEOUT_MS
    };
    const requires = node.get('requires');
    if (requires !== undefined && requires.kind !== 'null') {
        if (requires.kind !== 'map')
            throw requires.error(`expected a mapping, found ${requires.describe()}`);
        requires.assertKeys(REQUIRES_KEYS, 'requirement');
        const gate = requires.get('gate');
        if (gate !== undefined)
            config.requireGate = gate.asBoolean();
        const stage = requires.get('stage');
        if (stage !== undefined) {
            const name = stage.asString();
            try {
                (0,_registry_gto_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .assertStageName */ .Gs)(name);
            }
            catch (error) {
                throw stage.error(error.message);
            }
            if (name === environment)
                throw stage.error(`an environment cannot require itself (${name})`);
            config.requireStage = name;
        }
    }
    const approval = node.get('approval');
    if (approval !== undefined && approval.kind !== 'null')
        config.approval = parseApproval(approval);
    for (const key of ['command', 'target', 'url']) {
        const value = node.get(key);
        if (value === undefined || value.kind === 'null')
            continue;
        const text = value.asString().trim();
        if (text === '')
            throw value.error('must not be empty');
        config[key] = text;
    }
    if (config.command !== undefined && config.target !== undefined) {
        throw node.error('set either command or target, not both');
    }
    const timeout = node.get('timeout');
    if (timeout !== undefined)
        config.timeoutMs = wrap(timeout, () => (0,_duration_text_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E)(timeout.asString(), 'timeout'));
    return config;
}
function parseApproval(node) {
    if (node.kind !== 'map')
        throw node.error(`expected a mapping, found ${node.describe()}`);
    node.assertKeys(APPROVAL_KEYS, 'approval key');
    const viaNode = node.get('via');
    let via = 'issue';
    if (viaNode !== undefined) {
        const text = viaNode.asString();
        if (!_approval_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .APPROVAL_VIAS */ .wQ.includes(text)) {
            throw viaNode.error(`expected one of ${_approval_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .APPROVAL_VIAS */ .wQ.join(', ')}, found ${JSON.stringify(text)}`);
        }
        via = text;
    }
    const requiredNode = node.get('required');
    let required = via === 'issue' ? 1 : 0;
    if (requiredNode !== undefined) {
        required = requiredNode.asNumber();
        if (!Number.isInteger(required) || required < 0 || required > 100) {
            throw requiredNode.error(`expected a whole number of approvers from 0 to 100, found ${required}`);
        }
        if (via === 'issue' && required === 0) {
            throw requiredNode.error('via: issue needs at least 1 approver; use via: none for no approval');
        }
    }
    const approversNode = node.get('approvers');
    const approvers = approversNode === undefined || approversNode.kind === 'null'
        ? { users: [], teams: [] }
        : wrap(approversNode, () => (0,_approval_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .parseApprovers */ .CR)(approversNode.asStringList(), 'approvers'));
    const allowNode = node.get('allow-initiator');
    const expiresNode = node.get('expires-after');
    return {
        via,
        required: via === 'none' ? 0 : required,
        ...approvers,
        allowInitiator: allowNode === undefined ? false : allowNode.asBoolean(),
        expiresAfterMs: expiresNode === undefined
            ? _approval_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_APPROVAL_EXPIRY_MS */ .zC
            : wrap(expiresNode, () => (0,_duration_text_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E)(expiresNode.asString(), 'expires-after'))
    };
}
/** Re-raises a UsageError from a value parser at the node's line. */
function wrap(node, parse) {
    try {
        return parse();
    }
    catch (error) {
        if (error instanceof Error && error.name === 'UsageError')
            throw node.error(error.message);
        throw error;
    }
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

/***/ 56636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NT: () => (/* binding */ newApprovalRequest),
/* harmony export */   g2: () => (/* binding */ isOpenRequest),
/* harmony export */   hx: () => (/* binding */ tallyRequestOf),
/* harmony export */   jt: () => (/* binding */ settleApproval),
/* harmony export */   uB: () => (/* binding */ LocalApprovalChannel)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
/* harmony import */ var _deploy_approval_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75244);
/* harmony import */ var _deploy_approval_request_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2813);
/* harmony import */ var _deploy_approval_tally_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74974);
/* harmony import */ var _deploy_run_key_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92479);
/* harmony import */ var _deploy_record_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96650);






/** A new request for this deployment, as stored. */
function newApprovalRequest(opening, via, issue) {
    const { policy } = opening;
    if (policy.required < 1)
        throw new Error('newApprovalRequest: the policy needs at least one approval');
    return {
        schema: _deploy_approval_request_js__WEBPACK_IMPORTED_MODULE_2__/* .APPROVAL_REQUEST_SCHEMA */ .kc,
        id: (0,_deploy_approval_request_js__WEBPACK_IMPORTED_MODULE_2__/* .approvalRequestId */ .Sr)(opening.environment, opening.version, (0,_deploy_run_key_js__WEBPACK_IMPORTED_MODULE_4__/* .runKey */ .r7)(opening.run)),
        model: opening.model,
        version: opening.version,
        environment: opening.environment,
        via,
        initiator: opening.initiator.toLowerCase(),
        required: policy.required,
        allowInitiator: policy.allowInitiator,
        approvers: [...policy.users, ...policy.teams.map((team) => `@${team.org}/${team.slug}`)],
        requestedAt: new Date(opening.now).toISOString(),
        expiresAt: new Date(opening.now + policy.expiresAfterMs).toISOString(),
        run: opening.run,
        ...(issue === undefined ? {} : { issue })
    };
}
/** The request's quorum rules as the tally reads them. */
function tallyRequestOf(request) {
    return {
        required: request.required,
        allowInitiator: request.allowInitiator,
        initiator: request.initiator,
        requestedAt: request.requestedAt,
        expiresAt: request.expiresAt
    };
}
/** True while a request can still be decided by votes. */
function isOpenRequest(request, now) {
    return Date.parse(request.expiresAt) >= now;
}
/**
 * Turns a tally into a status: pending stays pending; an outcome is claimed in the store so that
 * exactly one run acts on it. A decision stored earlier (e.g. a comment arriving after the
 * request was settled) is returned as is, claimed only by the run that made it.
 */
async function settleApproval(store, request, tally, run, extra) {
    const base = {
        request,
        tally,
        opened: extra.opened,
        notes: extra.notes ?? [],
        ...(extra.url === undefined ? {} : { url: extra.url })
    };
    const earlier = await (0,_deploy_record_store_js__WEBPACK_IMPORTED_MODULE_3__/* .readApprovalDecision */ .UH)(store, request.model, request.id);
    if (earlier !== undefined) {
        const mine = earlier.run.id === run.id && earlier.run.attempt === run.attempt;
        return { ...base, state: earlier.state, claimed: mine, decision: earlier };
    }
    if (tally.state === 'pending')
        return { ...base, state: 'pending', claimed: false };
    const decision = {
        schema: _deploy_approval_request_js__WEBPACK_IMPORTED_MODULE_2__/* .APPROVAL_DECISION_SCHEMA */ .PX,
        request: request.id,
        state: tally.state,
        approvals: tally.approvals,
        denials: tally.denials,
        decidedAt: tally.decidedAt ?? request.expiresAt,
        run
    };
    const claim = await (0,_deploy_record_store_js__WEBPACK_IMPORTED_MODULE_3__/* .claimApprovalDecision */ .Sh)(store, request.model, decision);
    return { ...base, state: claim.decision.state, claimed: claim.claimed, decision: claim.decision };
}
/**
 * The command line's approval mode: requests and votes are records in the store, and the same
 * quorum rules apply. Names are not authenticated — this mode is for a laptop, a demo or a
 * self-hosted pipeline whose store only trusted people can write, not a security boundary.
 * Team entries cannot be checked offline: a vote counts when its name is among the listed users,
 * or when the policy lists no approvers at all.
 */
class LocalApprovalChannel {
    store;
    vote;
    via = 'local';
    constructor(store, vote) {
        this.store = store;
        this.vote = vote;
        if (vote !== undefined && !(0,_deploy_approval_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .isLogin */ .W5)(vote.login)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`approver name ${JSON.stringify(vote.login)} must be a login: letters, digits and "-"`);
        }
    }
    async open(opening) {
        const ledger = await (0,_deploy_record_store_js__WEBPACK_IMPORTED_MODULE_3__/* .readApprovalLedger */ .t$)(this.store, opening.model);
        const existing = ledger.requests
            .filter((request) => request.version === opening.version &&
            request.environment === opening.environment &&
            !ledger.decisions.has(request.id) &&
            isOpenRequest(request, opening.now))
            .at(-1);
        const request = existing ?? (await (0,_deploy_record_store_js__WEBPACK_IMPORTED_MODULE_3__/* .saveApprovalRequest */ .S4)(this.store, newApprovalRequest(opening, 'local')));
        return this.count(request, opening.run, opening.now, existing === undefined);
    }
    async check(request, run, now) {
        return this.count(request, run, now, false);
    }
    async finish() {
        // Local requests have no page to close: the decision and deployment records are the outcome.
    }
    async count(request, run, now, opened) {
        const notes = [];
        if (this.vote !== undefined) {
            const at = new Date(now).toISOString();
            const saved = await (0,_deploy_record_store_js__WEBPACK_IMPORTED_MODULE_3__/* .saveApprovalVote */ .dz)(this.store, request.model, {
                schema: _deploy_approval_request_js__WEBPACK_IMPORTED_MODULE_2__/* .APPROVAL_VOTE_SCHEMA */ .$u,
                request: request.id,
                login: this.vote.login.toLowerCase(),
                kind: this.vote.kind,
                at,
                ...(this.vote.reason === undefined ? {} : { reason: this.vote.reason })
            });
            notes.push(saved.outcome === 'created'
                ? `${this.vote.login} ${this.vote.kind === 'approve' ? 'approved' : 'denied'} request ${request.id}.`
                : `${this.vote.login} had already voted ${saved.vote.kind} on request ${request.id}; votes are final.`);
        }
        const ledger = await (0,_deploy_record_store_js__WEBPACK_IMPORTED_MODULE_3__/* .readApprovalLedger */ .t$)(this.store, request.model);
        const comments = (ledger.votes.get(request.id) ?? []).map((vote, index) => ({
            id: index + 1,
            login: vote.login,
            body: `/${vote.kind}${vote.reason === undefined ? '' : ` ${vote.reason}`}`,
            createdAt: vote.at,
            updatedAt: vote.at
        }));
        const users = request.approvers.filter((entry) => !entry.includes('/'));
        const eligible = (login) => request.approvers.length === 0 || users.includes(login);
        const tally = (0,_deploy_approval_tally_js__WEBPACK_IMPORTED_MODULE_5__/* .tallyApprovals */ .B)(tallyRequestOf(request), comments, eligible, now);
        return settleApproval(this.store, request, tally, run, { opened, notes });
    }
}


/***/ }),

/***/ 23169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Zd: () => (/* binding */ configuredStep),
  ND: () => (/* binding */ githubDeploymentTracker),
  vK: () => (/* binding */ writeVersionFiles)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
;// CONCATENATED MODULE: ./shared/adapters/deploy-command.ts





/** The last bytes of output kept for the report when a command fails. */
const OUTPUT_TAIL_BYTES = 2000;
/** The environment variables a deploy command sees. */
function deployCommandEnvironment(input) {
    return {
        TOLLGATE_MODEL: input.model,
        TOLLGATE_VERSION: input.version,
        TOLLGATE_ENVIRONMENT: input.environment,
        TOLLGATE_MODEL_DIR: input.modelDir,
        TOLLGATE_PREVIOUS_VERSION: input.previousVersion ?? '',
        TOLLGATE_DEPLOYMENT_KIND: input.kind,
        TOLLGATE_DEPLOYMENT_ID: input.deploymentId === undefined ? '' : String(input.deploymentId)
    };
}
/**
 * Runs the command; its output is passed through to the log line by line (`echo` to stdout), and
 * the tail is kept for the report.
 */
async function runDeployCommand(command, input, options) {
    return new Promise((done) => {
        const child = (0,external_node_child_process_.spawn)(command, {
            cwd: options.cwd,
            shell: true,
            env: { ...process.env, ...deployCommandEnvironment(input) },
            stdio: ['ignore', 'pipe', 'pipe']
        });
        let tail = '';
        const keep = (chunk) => {
            const text = chunk.toString('utf8');
            options.echo(text);
            tail = (tail + text).slice(-OUTPUT_TAIL_BYTES);
        };
        child.stdout.on('data', keep);
        child.stderr.on('data', keep);
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 5000).unref();
        }, options.timeoutMs);
        child.on('error', (error) => {
            clearTimeout(timer);
            done({
                ok: false,
                kind: 'command',
                exitCode: null,
                detail: `the command could not start: ${error.message}`
            });
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            const last = tail.trim().split(/\r?\n/).slice(-3).join(' | ');
            if (timedOut) {
                done({
                    ok: false,
                    kind: 'command',
                    exitCode: null,
                    detail: `the command ran longer than ${Math.round(options.timeoutMs / 1000)}s and was stopped`
                });
            }
            else if (code === 0) {
                done({ ok: true, kind: 'command', exitCode: 0, detail: `the command exited with 0` });
            }
            else {
                done({
                    ok: false,
                    kind: 'command',
                    exitCode: code,
                    detail: `the command ${code === null ? `was killed (${signal})` : `exited with ${code}`}${last === '' ? '' : `: ${last}`}`
                });
            }
        });
    });
}
/**
 * The built-in target: copies every file of the model directory into `target` (a directory path,
 * relative to `cwd`, or a file:// URL), creating it. Each file is written beside its final name
 * and renamed into place, so a reader never sees half a file.
 */
function copyModelFiles(modelDir, target, cwd) {
    let destination;
    try {
        destination = targetDirectory(target, cwd);
    }
    catch (error) {
        return { ok: false, kind: 'copy', detail: error.message };
    }
    try {
        (0,external_node_fs_.mkdirSync)(destination, { recursive: true });
        const names = (0,external_node_fs_.readdirSync)(modelDir).filter((name) => (0,external_node_fs_.statSync)((0,external_node_path_.join)(modelDir, name)).isFile());
        for (const name of names) {
            const temporary = (0,external_node_path_.join)(destination, `.${name}.${process.pid}.tmp`);
            (0,external_node_fs_.copyFileSync)((0,external_node_path_.join)(modelDir, name), temporary);
            (0,external_node_fs_.renameSync)(temporary, (0,external_node_path_.join)(destination, name));
        }
        return { ok: true, kind: 'copy', detail: `copied ${names.length} file(s) to ${destination}` };
    }
    catch (error) {
        return {
            ok: false,
            kind: 'copy',
            detail: `copying the model files to ${destination} failed: ${error.message}`
        };
    }
}
function targetDirectory(target, cwd) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
        if (!target.startsWith('file://')) {
            throw new errors/* UsageError */.eb(`target ${JSON.stringify(target)}: only directory paths and file:// URLs are built in; deploy elsewhere with a command`);
        }
        return (0,external_node_url_.fileURLToPath)(target);
    }
    return (0,external_node_path_.isAbsolute)(target) ? target : (0,external_node_path_.resolve)(cwd, target);
}

;// CONCATENATED MODULE: ./shared/adapters/deployments.ts

/**
 * Creates the Deployment. `required_contexts: []`: the gate verdict is a check run, and a commit
 * status from an unrelated tool must not block a promotion that Tollgate's own policy allowed;
 * `auto_merge: false`: deploying never merges branches. GitHub's 202 ("auto-merged") cannot happen
 * with auto_merge off, but is refused clearly if it does.
 */
async function createDeployment(client, repository, request) {
    const response = await client.rest.repos.createDeployment({
        ...repository,
        ref: request.ref,
        environment: request.environment,
        description: request.description.slice(0, 140),
        payload: request.payload,
        required_contexts: [],
        auto_merge: false,
        transient_environment: false,
        production_environment: request.productionEnvironment
    });
    const data = response.data;
    if (data.id === undefined) {
        throw new errors/* UsageError */.eb(`GitHub did not create the deployment: ${data.message ?? `HTTP ${response.status}`}`);
    }
    return { id: data.id, url: data.url ?? '' };
}
/** Adds a status to a Deployment; `logUrl` links the workflow run, `environmentUrl` the deployed service. */
async function setDeploymentStatus(client, repository, deploymentId, status) {
    await client.rest.repos.createDeploymentStatus({
        ...repository,
        deployment_id: deploymentId,
        state: status.state,
        description: status.description.slice(0, 140),
        ...(status.logUrl === undefined ? {} : { log_url: status.logUrl }),
        ...(status.environmentUrl === undefined ? {} : { environment_url: status.environmentUrl }),
        auto_inactive: true
    });
}

;// CONCATENATED MODULE: ./shared/operations/deploy-effects.ts




/** The step an environment's configuration describes. */
function configuredStep(config, cwd, echo) {
    const command = config.command;
    if (command !== undefined) {
        return {
            kind: 'command',
            run: (input) => runDeployCommand(command, input, { cwd, timeoutMs: config.timeoutMs, echo })
        };
    }
    const target = config.target;
    if (target !== undefined) {
        return { kind: 'copy', run: async (input) => copyModelFiles(input.modelDir, target, cwd) };
    }
    return {
        kind: 'none',
        run: async () => ({
            ok: true,
            kind: 'none',
            detail: 'no deploy step is configured; only the registry stage changes'
        })
    };
}
/**
 * GitHub Deployments: `ref` is what the Deployment points at (the workflow's commit),
 * `logUrl` the run, `environmentUrl` the deployed service.
 */
function githubDeploymentTracker(client, repository, options) {
    return {
        async start(input) {
            return createDeployment(client, repository, {
                ref: options.ref,
                environment: input.environment,
                description: input.description,
                payload: input.payload,
                productionEnvironment: input.environment === 'production'
            });
        },
        async status(id, state, description) {
            await setDeploymentStatus(client, repository, id, {
                state,
                description,
                ...(options.logUrl === undefined ? {} : { logUrl: options.logUrl }),
                ...(state === 'success' && options.environmentUrl !== undefined
                    ? { environmentUrl: options.environmentUrl }
                    : {})
            });
        }
    };
}
/** Writes a registered version's files into `directory` (the model directory a step reads). */
async function writeVersionFiles(store, tag, directory) {
    const manifest = await store.readBundleManifest(tag);
    if (manifest === undefined)
        throw new Error(`Bundle ${tag} is not published in ${store.location}.`);
    (0,external_node_fs_.mkdirSync)(directory, { recursive: true });
    for (const file of manifest.files)
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(directory, file.name), await store.readBundleFile(tag, file.name));
    return manifest.files.map((file) => file.name);
}


/***/ }),

/***/ 65510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ collectDeployEvidence),
/* harmony export */   V: () => (/* binding */ readEvidenceReports)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _store_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92113);
/* harmony import */ var _adapters_user_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24574);



/**
 * The evidence shown before a promotion is approved: the version's gate verdicts, the model's
 * stage history, and the status of other Tollgate reports the workflow hands in (drift-check,
 * spc-check, validate-data JSON reports), read generically: their `action`, `passed` / `drifted`
 * flag and `summary` when present.
 */
function readEvidenceReports(paths, cwd) {
    return paths.map((path) => {
        const value = (0,_adapters_user_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readUserJson */ .YJ)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(path) ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(cwd, path), 'evidence report');
        const report = (0,_store_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .OW)(value) ? value : {};
        const tool = (0,_store_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .OW)(report.tool) ? report.tool : {};
        const action = typeof report.action === 'string'
            ? report.action
            : typeof tool.name === 'string'
                ? tool.name
                : null;
        let status = 'unknown';
        if (typeof report.drifted === 'boolean')
            status = report.drifted ? 'drifted' : 'no drift';
        else if (typeof report.passed === 'boolean')
            status = report.passed ? 'passed' : 'failed';
        else if (typeof report.status === 'string')
            status = report.status;
        const summary = typeof report.summary === 'string'
            ? report.summary
            : typeof report.message === 'string'
                ? report.message
                : null;
        return { path, action, status, summary };
    });
}
function collectDeployEvidence(gateVerdicts, stageEvents, reports) {
    return {
        gate_verdicts: [...gateVerdicts],
        stage_history: stageEvents.map((event) => ({
            stage: event.stage,
            action: event.action,
            version: event.version ?? null,
            at: event.at,
            actor: event.actor ?? null
        })),
        reports: [...reports]
    };
}


/***/ }),

/***/ 13994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VR: () => (/* binding */ deployModel),
  lH: () => (/* binding */ deploymentRecord),
  Ks: () => (/* binding */ performStep),
  JR: () => (/* binding */ registryRun),
  GR: () => (/* binding */ stepResult)
});

// UNUSED EXPORTS: versionReference

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/deploy/deployment-record.ts
var deployment_record = __webpack_require__(71855);
;// CONCATENATED MODULE: ./shared/deploy/promotion-policy.ts
function assessPromotion(input) {
    const { model, version, environment, config, registry } = input;
    const checks = [];
    const wasIn = (stage) => input.stageEvents.some((event) => event.stage === stage && event.action === 'assign' && event.version === version);
    if (registry.stages !== undefined) {
        const allowed = registry.stages.includes(environment);
        checks.push({
            requirement: `${environment} is a registry stage`,
            passed: allowed,
            detail: allowed
                ? `${environment} is one of registry.stages (${registry.stages.join(', ')}).`
                : `${environment} is not one of registry.stages (${registry.stages.join(', ')}) in .tollgate.yml.`
        });
        const index = registry.stages.indexOf(environment);
        if (registry.promotion === 'sequential' && index > 0) {
            const previous = registry.stages[index - 1];
            const passed = wasIn(previous);
            checks.push({
                requirement: `was in ${previous} (promotion: sequential)`,
                passed,
                detail: passed
                    ? `${model} ${version} has been in ${previous}.`
                    : `${model} ${version} has never been in ${previous}; registry.promotion is sequential (${registry.stages.join(' -> ')}).`
            });
        }
    }
    if (config.requireStage !== undefined) {
        const stage = config.requireStage;
        const passed = wasIn(stage);
        checks.push({
            requirement: `was in ${stage}`,
            passed,
            detail: passed
                ? `${model} ${version} has been in ${stage}.`
                : `${model} ${version} has never been in ${stage}; deploy.environments.${environment}.requires.stage asks for it.`
        });
    }
    if (config.requireGate) {
        const latest = input.gateVerdicts.at(-1);
        const passed = latest?.passed === true;
        checks.push({
            requirement: 'passed the gate',
            passed,
            detail: latest === undefined
                ? `No gate verdict is recorded for ${model} ${version}; run evaluate-gate on it first.`
                : `The latest gate verdict for ${model} ${version} (${latest.recordedAt}, run ${latest.run.id}) is ` +
                    `${latest.verdict}: ${latest.summary}`
        });
    }
    return { allowed: checks.every((check) => check.passed), checks };
}

// EXTERNAL MODULE: ./shared/deploy/run-key.ts
var run_key = __webpack_require__(92479);
// EXTERNAL MODULE: ./shared/registry/gto-tags.ts
var gto_tags = __webpack_require__(33148);
// EXTERNAL MODULE: ./shared/registry/model-registry.ts
var model_registry = __webpack_require__(57677);
// EXTERNAL MODULE: ./shared/lineage/openlineage-event.ts
var openlineage_event = __webpack_require__(20068);
// EXTERNAL MODULE: ./shared/version.ts
var shared_version = __webpack_require__(84402);
// EXTERNAL MODULE: ./shared/report/deploy-report.ts
var deploy_report = __webpack_require__(67073);
// EXTERNAL MODULE: ./shared/report/deploy-summary.ts
var deploy_summary = __webpack_require__(79711);
// EXTERNAL MODULE: ./shared/operations/deploy-effects.ts + 2 modules
var deploy_effects = __webpack_require__(23169);
// EXTERNAL MODULE: ./shared/operations/deploy-evidence.ts
var deploy_evidence = __webpack_require__(65510);
// EXTERNAL MODULE: ./shared/operations/gate-record-store.ts + 1 modules
var gate_record_store = __webpack_require__(37864);
// EXTERNAL MODULE: ./shared/operations/deploy-record-store.ts
var deploy_record_store = __webpack_require__(96650);
;// CONCATENATED MODULE: ./shared/operations/deploy-model.ts















/**
 * deploy end to end: resolve the version, check the promotion policy, ask for (or count)
 * approvals, run the deploy step inside a GitHub Deployment, assign the registry stage only after
 * the step succeeded, and on failure put the previous version back. Every outcome that involved a
 * decision or a step is recorded in the store (deployments.<model>).
 */
async function deployModel(request) {
    const { model, environment, store } = request;
    (0,gto_tags/* assertModelName */.fY)(model);
    (0,gto_tags/* assertStageName */.Gs)(environment);
    const registry = new model_registry/* ModelRegistry */.z(store, request.registryConfig);
    const resolved = await registry.resolve(versionReference(model, request.version));
    const version = resolved.version;
    if (request.resume !== undefined) {
        const wanted = request.resume;
        if (wanted.model !== model ||
            wanted.version !== version ||
            wanted.environment !== environment) {
            throw new errors/* UsageError */.eb(`the approval request is for ${wanted.model} ${wanted.version} to ${wanted.environment}, not ${model} ${version} to ${environment}`);
        }
    }
    const base = reportBase(request, model, environment, version);
    const key = (0,run_key/* runKey */.r7)(request.run);
    const done = await (0,deploy_record_store/* readDeploymentRecord */.L6)(store, model, environment, key, 'deploy');
    if (done !== undefined) {
        const rollback = (await (0,deploy_record_store/* readDeploymentRecord */.L6)(store, model, environment, key, 'rollback')) ?? null;
        return finish(base, done.status, `this run already deployed ${model} ${done.version} to ${environment}: ${done.status}`, {
            deployment: done,
            rollback,
            previous: done.previousVersion
        });
    }
    const current = await registry.currentStage(model, environment);
    const previous = current?.version ?? null;
    const stageEvents = await registry.stageHistory(model);
    const gateVerdicts = await (0,gate_record_store/* listGateVerdicts */.eW)(store, model, version);
    const promotion = assessPromotion({
        model,
        version,
        environment,
        config: request.config,
        registry: request.registryConfig,
        gateVerdicts,
        stageEvents
    });
    const evidence = (0,deploy_evidence/* collectDeployEvidence */.N)(gateVerdicts, stageEvents, request.evidenceReports ?? []);
    const context = { previous, promotion, evidence };
    if (!promotion.allowed) {
        const failed = promotion.checks.filter((check) => !check.passed);
        return finish(base, 'blocked', `promotion refused: ${failed.map((check) => check.detail).join(' ')}`, context);
    }
    if (request.dryRun === true) {
        return finish(base, 'planned', `dry run: ${model} ${version} may be promoted to ${environment}${approvalNote(request.config)}`, context);
    }
    const policy = request.config.approval;
    let approval;
    let approvalReport;
    if (policy.via === 'issue' && policy.required > 0) {
        const channel = request.approval;
        if (channel === undefined)
            throw new Error('deployModel: approval via issue needs an approval channel');
        approval =
            request.resume !== undefined
                ? await channel.check(request.resume, request.run, request.now())
                : await channel.open({
                    model,
                    version,
                    environment,
                    policy,
                    initiator: request.initiator,
                    run: request.run,
                    now: request.now(),
                    evidence: (0,deploy_summary/* deployEvidenceMarkdown */.CF)(promotion, evidence)
                });
        approvalReport = approvalReportOf(channel.via, approval);
        const withApproval = { ...context, approval: approvalReport };
        if (approval.state === 'pending') {
            const where = approval.url === undefined ? '' : ` at ${approval.url}`;
            return finish(base, 'awaiting-approval', `${approval.opened ? 'approval requested' : 'still awaiting approval'}: ${approval.tally.approvals.length} of ${approval.request.required} approvals${where}`, withApproval);
        }
        if (!approval.claimed) {
            return finish(base, 'skipped', `request ${approval.request.id} was already decided (${approval.state}) by run ${approval.decision?.run.id ?? '?'}`, withApproval);
        }
        if (approval.state === 'denied' || approval.state === 'expired') {
            const record = await (0,deploy_record_store/* saveDeploymentRecord */.kS)(store, deploymentRecord(request, {
                version,
                kind: 'deploy',
                status: approval.state,
                previous,
                approval: approvalReport,
                step: { kind: 'none', detail: `nothing ran: the approval request was ${approval.state}` },
                startedAt: approval.request.requestedAt,
                finishedAt: iso(request.now()),
                initiator: approval.request.initiator
            }));
            const message = approval.state === 'denied'
                ? `deployment of ${model} ${version} to ${environment} was denied by ${approval.tally.denials.map((vote) => vote.login).join(', ')}`
                : `the approval request for ${model} ${version} to ${environment} expired at ${approval.request.expiresAt} with ${approval.tally.approvals.length} of ${approval.request.required} approvals`;
            await channel.finish(approval, {
                completed: false,
                message: capitalize(message),
                ...runUrl(request.run)
            });
            return finish(base, approval.state, message, { ...withApproval, deployment: record });
        }
    }
    else {
        approvalReport = {
            via: policy.via,
            required: policy.via === 'none' ? 0 : policy.required,
            state: policy.via === 'environment' ? 'via-environment' : 'not-required',
            approvals: [],
            denials: [],
            ignored: [],
            request: null,
            issue: null,
            expires_at: null
        };
    }
    const initiator = approval?.request.initiator ?? request.initiator;
    const started = iso(request.now());
    const attempt = await performStep(request, resolved, 'deploy', previous);
    if (attempt.outcome.ok) {
        await registry.assignStage({
            model,
            stage: environment,
            version,
            actor: initiator,
            run: registryRun(request.run),
            reason: assignmentReason(request.reason, approvalReport)
        });
        await attempt.setStatus('success', `${model} ${version} is live in ${environment}`);
        const record = await (0,deploy_record_store/* saveDeploymentRecord */.kS)(store, deploymentRecord(request, {
            version,
            kind: 'deploy',
            status: 'success',
            previous,
            approval: approvalReport,
            step: stepResult(attempt.outcome),
            startedAt: started,
            finishedAt: iso(request.now()),
            initiator,
            github: attempt.github
        }));
        const message = `deployed ${model} ${version} to ${environment}${previous === null ? '' : ` (was ${previous})`}`;
        if (approval !== undefined)
            await request.approval.finish(approval, {
                completed: true,
                message: capitalize(message),
                ...runUrl(request.run)
            });
        return finish(base, 'success', message, {
            ...context,
            approval: approvalReport,
            deployment: record
        });
    }
    await attempt.setStatus('failure', `the deploy step failed: ${attempt.outcome.detail}`);
    let rollbackRecord = null;
    let status = 'failure';
    if (previous !== null && previous !== version) {
        const rollbackStarted = iso(request.now());
        const target = await registry.resolve(`${model}@${previous}`);
        const rollback = await performStep(request, target, 'rollback', version);
        await rollback.setStatus(rollback.outcome.ok ? 'success' : 'failure', rollback.outcome.ok
            ? `rolled back to ${previous}`
            : `rollback failed: ${rollback.outcome.detail}`);
        status = rollback.outcome.ok ? 'rolled-back' : 'failure';
        rollbackRecord = await (0,deploy_record_store/* saveDeploymentRecord */.kS)(store, deploymentRecord(request, {
            version: previous,
            kind: 'rollback',
            status: rollback.outcome.ok ? 'success' : 'failure',
            previous: version,
            approval: approvalReport,
            step: stepResult(rollback.outcome),
            startedAt: rollbackStarted,
            finishedAt: iso(request.now()),
            initiator,
            github: rollback.github,
            reason: `automatic rollback after ${version} failed to deploy`
        }));
    }
    const record = await (0,deploy_record_store/* saveDeploymentRecord */.kS)(store, deploymentRecord(request, {
        version,
        kind: 'deploy',
        status,
        previous,
        approval: approvalReport,
        step: stepResult(attempt.outcome),
        startedAt: started,
        finishedAt: iso(request.now()),
        initiator,
        github: attempt.github,
        ...(rollbackRecord === null
            ? {}
            : {
                rollback: {
                    version: rollbackRecord.version,
                    status: rollbackRecord.status === 'success' ? 'success' : 'failure'
                }
            })
    }));
    const message = status === 'rolled-back'
        ? `deploying ${model} ${version} to ${environment} failed (${attempt.outcome.detail}); rolled back to ${previous}`
        : `deploying ${model} ${version} to ${environment} failed (${attempt.outcome.detail})` +
            (rollbackRecord === null
                ? previous === null
                    ? '; there was no earlier version to roll back to'
                    : ''
                : `; the rollback to ${previous} failed too (${rollbackRecord.step.detail})`);
    if (approval !== undefined)
        await request.approval.finish(approval, {
            completed: false,
            message: capitalize(message),
            ...runUrl(request.run)
        });
    return finish(base, status, message, {
        ...context,
        approval: approvalReport,
        deployment: record,
        rollback: rollbackRecord
    });
}
/** Writes the version's files, opens the GitHub Deployment (in_progress) and runs the step. */
async function performStep(context, version, kind, previous) {
    const directory = (0,external_node_path_.join)(context.workDir, `${version.model}-${version.version}`);
    await (0,deploy_effects/* writeVersionFiles */.vK)(context.store, version.tag, directory);
    let github;
    if (context.tracker !== undefined) {
        github = await context.tracker.start({
            version: version.version,
            environment: context.environment,
            kind,
            description: `${kind === 'rollback' ? 'Roll back' : 'Deploy'} ${version.model} ${version.version} to ${context.environment}`,
            payload: {
                model: version.model,
                version: version.version,
                kind,
                tollgate: shared_version/* TOLLGATE_VERSION */.o,
                previousVersion: previous
            }
        });
        await context.tracker.status(github.id, 'in_progress', `${kind} of ${version.model} ${version.version} started`);
    }
    const outcome = await context.step.run({
        model: version.model,
        version: version.version,
        environment: context.environment,
        modelDir: directory,
        previousVersion: previous,
        kind,
        ...(github === undefined ? {} : { deploymentId: github.id })
    });
    const tracker = context.tracker;
    return {
        outcome,
        ...(github === undefined ? {} : { github }),
        async setStatus(state, description) {
            if (tracker !== undefined && github !== undefined)
                await tracker.status(github.id, state, description);
        }
    };
}
function deploymentRecord(context, fields) {
    const approvers = fields.approval.approvals.map((vote) => ({
        login: vote.login,
        at: vote.at
    }));
    const reason = fields.reason ?? context.reason;
    return {
        schema: deployment_record/* DEPLOYMENT_RECORD_SCHEMA */.W0,
        model: context.model,
        version: fields.version,
        environment: context.environment,
        kind: fields.kind,
        status: fields.status,
        previousVersion: fields.previous,
        ...(fields.rollback === undefined ? {} : { rollback: fields.rollback }),
        approval: {
            via: fields.approval.via,
            required: fields.approval.required,
            approvers,
            ...(fields.approval.request === null ? {} : { request: fields.approval.request }),
            ...(fields.approval.issue === null ? {} : { issue: fields.approval.issue.number })
        },
        initiator: fields.initiator,
        ...(reason === undefined ? {} : { reason }),
        run: context.run,
        ...(fields.github === undefined ? {} : { githubDeployment: fields.github }),
        step: fields.step,
        startedAt: fields.startedAt,
        finishedAt: fields.finishedAt,
        ...(context.lineage === undefined
            ? {}
            : {
                lineage: (0,openlineage_event/* buildRunEvent */.IZ)({
                    context: context.lineage,
                    eventType: LINEAGE_EVENT[fields.status],
                    eventTime: fields.finishedAt,
                    inputs: [
                        {
                            namespace: context.lineage.namespace,
                            name: `${context.model}@${fields.version}`,
                            modelVersion: { model: context.model, version: fields.version }
                        }
                    ],
                    outcome: {
                        deployment: {
                            environment: context.environment,
                            model: context.model,
                            version: fields.version,
                            status: fields.status
                        }
                    }
                })
            })
    };
}
/** A deployment that ran to its end is COMPLETE, a failed one FAIL, one that never ran ABORT. */
const LINEAGE_EVENT = {
    success: 'COMPLETE',
    failure: 'FAIL',
    'rolled-back': 'FAIL',
    denied: 'ABORT',
    expired: 'ABORT'
};
function stepResult(outcome) {
    return {
        kind: outcome.kind,
        ...(outcome.exitCode === undefined ? {} : { exitCode: outcome.exitCode }),
        detail: outcome.detail
    };
}
/** `churn@v1.2.3`, `churn@latest` or `churn@staging` from what the user wrote for the version. */
function versionReference(model, version) {
    const text = version.trim();
    if (text === '')
        throw new errors/* UsageError */.eb('the version to deploy is empty; give v1.2.3, latest or a stage');
    return `${model}@${text}`;
}
function registryRun(run) {
    return {
        id: run.id,
        attempt: run.attempt,
        ...(run.job === undefined ? {} : { job: run.job }),
        ...(run.workflow === undefined ? {} : { workflow: run.workflow })
    };
}
function approvalReportOf(via, status) {
    return {
        via,
        required: status.request.required,
        state: status.state,
        approvals: status.tally.approvals,
        denials: status.tally.denials,
        ignored: status.tally.ignored,
        request: status.request.id,
        issue: status.request.issue === undefined
            ? null
            : { number: status.request.issue, url: status.url ?? '' },
        expires_at: status.request.expiresAt
    };
}
function assignmentReason(reason, approval) {
    const parts = [reason ?? 'deployed by Tollgate'];
    if (approval.approvals.length > 0)
        parts.push(`approved by ${approval.approvals.map((vote) => vote.login).join(', ')}`);
    if (approval.state === 'via-environment')
        parts.push('approved through the GitHub environment');
    return parts.join('; ');
}
function approvalNote(config) {
    const policy = config.approval;
    if (policy.via === 'issue')
        return `; ${policy.required} approval(s) will be requested`;
    if (policy.via === 'environment')
        return '; the GitHub environment asks its required reviewers';
    return '';
}
function reportBase(request, model, environment, version) {
    return { model, version, environment, generatedAt: iso(request.now()) };
}
function finish(base, status, message, parts) {
    return {
        $schema: deploy_report/* DEPLOY_REPORT_SCHEMA_ID */.V,
        tool: { name: 'tollgate', version: shared_version/* TOLLGATE_VERSION */.o },
        action: 'deploy',
        generated_at: base.generatedAt,
        model: base.model,
        version: base.version,
        environment: base.environment,
        status,
        passed: deploy_report/* PASSING_DEPLOY_STATUSES */.m.includes(status),
        message,
        previous_version: parts.previous,
        promotion: parts.promotion ?? null,
        approval: parts.approval ?? null,
        deployment: parts.deployment ?? null,
        rollback: parts.rollback ?? null,
        evidence: parts.evidence ?? null
    };
}
function iso(ms) {
    return new Date(ms).toISOString();
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
function runUrl(run) {
    return run.url === undefined ? {} : { runUrl: run.url };
}


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

/***/ 37864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Fl: () => (/* binding */ gateVerdictRecordOf),
  eW: () => (/* binding */ listGateVerdicts),
  YP: () => (/* binding */ saveGateVerdict)
});

// UNUSED EXPORTS: gateLineageEvent

// EXTERNAL MODULE: ./shared/store/canonical-json.ts
var canonical_json = __webpack_require__(92113);
// EXTERNAL MODULE: ./shared/store/store-errors.ts
var store_errors = __webpack_require__(74309);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
;// CONCATENATED MODULE: ./shared/deploy/gate-verdict-record.ts


/**
 * What evaluate-gate stores about a verdict on a registered version (series `gate.<model>`,
 * one record per version and run), so deploy's promotion policy can require "passed the gate"
 * without re-running the evaluation, and reviewers see the numbers that decided.
 */
const GATE_RECORD_SCHEMA = 'tollgate.gate-verdict/1';
/** The series holding a model's gate verdicts. */
function gateSeries(model) {
    return `gate.${model}`;
}
/** `<version>.<run key>`: one verdict per version per run (re-runs are idempotent). */
function gateRecordKey(version, run) {
    return `${version}.${run}`;
}
/** Checks a stored verdict's shape; `what` names it in the error. */
function parseGateVerdictRecord(value, what) {
    const fail = (detail) => {
        throw new errors/* IntegrityError */.cs(`${what} is not a Tollgate gate verdict: ${detail}.`);
    };
    if (!(0,canonical_json/* isJsonObject */.OW)(value))
        return fail('it is not a JSON object');
    if (value.schema !== GATE_RECORD_SCHEMA)
        fail(`schema is ${JSON.stringify(value.schema)}`);
    for (const key of ['model', 'version', 'verdict', 'summary', 'recordedAt']) {
        if (typeof value[key] !== 'string')
            fail(`${key} is missing`);
    }
    if (!['promote', 'reject', 'no-champion'].includes(value.verdict))
        fail('unknown verdict');
    if (typeof value.passed !== 'boolean')
        fail('passed is not true or false');
    if (!(0,canonical_json/* isJsonObject */.OW)(value.metrics) || !(0,canonical_json/* isJsonObject */.OW)(value.metrics.candidate))
        fail('metrics are missing');
    if (!(0,canonical_json/* isJsonObject */.OW)(value.run) || typeof value.run.id !== 'string')
        fail('run is missing');
    return value;
}

// EXTERNAL MODULE: ./shared/deploy/run-key.ts
var run_key = __webpack_require__(92479);
// EXTERNAL MODULE: ./shared/lineage/openlineage-event.ts
var openlineage_event = __webpack_require__(20068);
;// CONCATENATED MODULE: ./shared/operations/gate-record-store.ts






/**
 * The verdict of a registered candidate as stored with it (gate-verdict-record.ts), or undefined
 * when the candidate is not a registry version (a local model has nothing to attach a verdict to).
 */
function gateVerdictRecordOf(report, run, checkRun, lineage) {
    const { candidate, champion } = report;
    if (candidate.source === 'directory' || candidate.model === null || candidate.version === null)
        return undefined;
    return {
        schema: GATE_RECORD_SCHEMA,
        model: candidate.model,
        version: candidate.version,
        verdict: report.verdict,
        passed: report.passed,
        summary: report.summary,
        champion: champion === null || champion.version === null
            ? null
            : {
                reference: champion.stage === null ? champion.reference : `${champion.model}@${champion.stage}`,
                version: champion.version
            },
        metrics: { candidate: report.metrics.candidate, champion: report.metrics.champion },
        data: { rows: report.data.rows, files: report.data.files },
        rules: { source: report.rules.source, sha256: report.rules.sha256 },
        run,
        recordedAt: report.generated_at,
        ...(checkRun === undefined ? {} : { checkRun }),
        ...(lineage === undefined ? {} : { lineage: gateLineageEvent(report, lineage) })
    };
}
/**
 * Stores a verdict (series `gate.<model>`, key `<version>.<run>`). A second write by the same run
 * and attempt keeps the first record ('exists'), so a retried step does not fail on its own
 * earlier verdict.
 */
async function saveGateVerdict(store, record) {
    const key = gateRecordKey(record.version, (0,run_key/* runKey */.r7)(record.run));
    try {
        return await store.appendRecord(gateSeries(record.model), key, (0,canonical_json/* canonicalJsonBytes */.qJ)(record, `gate verdict ${key}`));
    }
    catch (error) {
        if (error instanceof store_errors/* ConflictError */.f)
            return 'exists';
        throw error;
    }
}
/** The stored verdicts of a model (of one version when given), oldest first. */
async function listGateVerdicts(store, model, version) {
    const series = gateSeries(model);
    const listing = await store.listRecords(series);
    const verdicts = [];
    for (const info of listing.records) {
        if (version !== undefined && !info.key.startsWith(`${version}.`))
            continue;
        const bytes = await store.readRecord(series, info.key);
        if (bytes === undefined)
            continue;
        const parsed = (0,canonical_json/* parseJsonBytes */.dQ)(bytes);
        const what = `gate verdict ${info.key} in ${store.location}`;
        if (!parsed.ok)
            throw new errors/* IntegrityError */.cs(`${what} is not JSON: ${parsed.problem}`);
        const verdict = parseGateVerdictRecord(parsed.value, what);
        if (version === undefined || verdict.version === version)
            verdicts.push(verdict);
    }
    return verdicts;
}
/**
 * The OpenLineage event of a verdict: the candidate version and the evaluation data (by digest)
 * as inputs, the verdict as the run's tollgate_gateVerdict facet. COMPLETE whatever the verdict:
 * the evaluation ran to the end; a rejection is its result, not a failure of the run.
 */
function gateLineageEvent(report, context) {
    const inputs = report.data.files.map((file) => ({
        namespace: context.namespace,
        name: file.path,
        sha256: file.sha256
    }));
    for (const model of [report.candidate, report.champion]) {
        if (model?.model !== null && model?.model !== undefined && model.version !== null) {
            inputs.push({
                namespace: context.namespace,
                name: `${model.model}@${model.version}`,
                modelVersion: { model: model.model, version: model.version }
            });
        }
    }
    return (0,openlineage_event/* buildRunEvent */.IZ)({
        context,
        eventType: 'COMPLETE',
        eventTime: report.generated_at,
        inputs,
        outcome: { gateVerdict: { passed: report.passed, summary: report.summary } }
    });
}


/***/ }),

/***/ 67073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ DEPLOY_REPORT_SCHEMA_ID),
/* harmony export */   m: () => (/* binding */ PASSING_DEPLOY_STATUSES)
/* harmony export */ });
/** Statuses after which the step passes: the run did what it should (including waiting). */
const PASSING_DEPLOY_STATUSES = [
    'success',
    'awaiting-approval',
    'planned',
    'skipped'
];
const DEPLOY_REPORT_SCHEMA_ID = 'https://tollgate.dev/schemas/deploy-report.schema.json';


/***/ }),

/***/ 79711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CF: () => (/* binding */ deployEvidenceMarkdown),
/* harmony export */   Nz: () => (/* binding */ deploySummaryMarkdown),
/* harmony export */   dT: () => (/* binding */ approvalInstructions)
/* harmony export */ });
/* harmony import */ var _deploy_approval_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75244);
/* harmony import */ var _lineage_lineage_graph_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80320);
/* harmony import */ var _lineage_mermaid_lineage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19535);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46682);




const STATUS_TEXT = {
    success: '✅ deployed',
    failure: '❌ failed',
    'rolled-back': '↩️ failed and rolled back',
    'awaiting-approval': '⏳ awaiting approval',
    denied: '🚫 denied',
    expired: '⌛ approval expired',
    blocked: '⛔ blocked by the promotion policy',
    planned: '📝 planned (dry run)',
    skipped: '⚪ nothing to do'
};
/**
 * Markdown of a deploy run for the job summary. `lineage` is the model's lifecycle graph read
 * from the store (collectLifecycleLineage); without it there is no Lineage section (e.g. when it
 * could not be read).
 */
function deploySummaryMarkdown(report, options = {}) {
    const version = report.version === null ? '' : ` ${report.version}`;
    const lines = [
        `### Tollgate deploy: ${STATUS_TEXT[report.status]} — ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(report.model)}${version} to ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(report.environment)}`,
        '',
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(report.message, 1000),
        ''
    ];
    if (report.previous_version !== null)
        lines.push(`Previous version in ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(report.environment)}: ${report.previous_version}.`, '');
    const approval = report.approval;
    if (approval !== null && approval.state !== 'not-required') {
        if (approval.state === 'via-environment') {
            lines.push('Approval: required reviewers of the GitHub environment approved this job.', '');
        }
        else {
            const who = approval.approvals.map((vote) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(vote.login)).join(', ');
            lines.push(`Approval (${approval.via}): ${approval.state}, ${approval.approvals.length} of ${approval.required} approvals` +
                (who === '' ? '' : ` (${who})`) +
                (approval.issue === null
                    ? ''
                    : ` in [issue #${approval.issue.number}](${approval.issue.url})`) +
                (approval.expires_at === null ? '' : `; the request expires ${approval.expires_at}`) +
                '.', '');
            for (const denial of approval.denials) {
                lines.push(`- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(denial.login)} denied${denial.reason === undefined ? '' : `: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(denial.reason, 300)}`}`);
            }
            for (const ignored of approval.ignored) {
                lines.push(`- ignored ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(`/${ignored.kind}`)} from ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(ignored.login)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(ignored.reason, 200)}`);
            }
            if (approval.denials.length + approval.ignored.length > 0)
                lines.push('');
        }
    }
    for (const record of [report.deployment, report.rollback]) {
        if (record !== null)
            lines.push(deploymentLine(record));
    }
    if (report.deployment !== null || report.rollback !== null)
        lines.push('');
    if (report.promotion !== null || report.evidence !== null) {
        lines.push(deployEvidenceMarkdown(report.promotion, report.evidence));
    }
    if (options.lineage !== undefined)
        lines.push(...lineageLines(report, options.lineage));
    return lines.join('\n');
}
/**
 * The model's lifecycle as a Mermaid graph: data → validation and SPC runs → training → versions
 * → gate verdicts → deployments → drift runs. When the whole lifecycle is past what Mermaid draws,
 * the part linked to the deployed version (its data, training, verdicts and deployments); when
 * even that is too large, or nothing was recorded, a sentence instead of a chart.
 */
function lineageLines(report, graph) {
    const model = (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(report.model);
    const heading = ['#### Lineage', ''];
    if (graph.nodes.length === 0) {
        return [
            ...heading,
            `No lineage of ${model} is recorded in the store yet: train, register-model, evaluate-gate and deploy record it, and validate-data, spc-check and drift-check link to it by data digest.`,
            ''
        ];
    }
    if ((0,_lineage_mermaid_lineage_js__WEBPACK_IMPORTED_MODULE_2__/* .fitsMermaidLimits */ .KE)(graph)) {
        return [...heading, (0,_lineage_mermaid_lineage_js__WEBPACK_IMPORTED_MODULE_2__/* .renderLineageMermaidBlock */ .o2)(graph).trimEnd(), ''];
    }
    const size = `${graph.nodes.length} nodes, ${graph.edges.length} links`;
    const version = report.version;
    const around = version === null ? undefined : (0,_lineage_lineage_graph_js__WEBPACK_IMPORTED_MODULE_1__/* .lineageAround */ .fo)(graph, (0,_lineage_lineage_graph_js__WEBPACK_IMPORTED_MODULE_1__/* .modelVersionNodeId */ .BZ)(report.model, version));
    if (version === null ||
        around === undefined ||
        around.nodes.length === 0 ||
        !(0,_lineage_mermaid_lineage_js__WEBPACK_IMPORTED_MODULE_2__/* .fitsMermaidLimits */ .KE)(around)) {
        return [
            ...heading,
            `The lineage of ${model} (${size}) is too large for a Mermaid chart in a job summary.`,
            ''
        ];
    }
    return [
        ...heading,
        `The whole lifecycle of ${model} (${size}) is too large for a Mermaid chart; this is the part linked to ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(version)}.`,
        '',
        (0,_lineage_mermaid_lineage_js__WEBPACK_IMPORTED_MODULE_2__/* .renderLineageMermaidBlock */ .o2)(around).trimEnd(),
        ''
    ];
}
function deploymentLine(record) {
    const github = record.githubDeployment === undefined
        ? ''
        : ` (GitHub deployment ${record.githubDeployment.id})`;
    return `- ${record.kind} ${record.version} → ${record.environment}: **${record.status}**${github}; ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(record.step.detail, 400)}`;
}
/**
 * The evidence a reviewer needs before approving: the promotion checks, the version's gate
 * verdicts, the model's recent stage history, and the status of other reports (drift, SPC).
 */
function deployEvidenceMarkdown(promotion, evidence) {
    const lines = [];
    if (promotion !== null && promotion.checks.length > 0) {
        lines.push('#### Promotion policy', '', '| | Requirement | Detail |', '| --- | --- | --- |');
        for (const check of promotion.checks) {
            lines.push(`| ${check.passed ? '✅' : '❌'} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(check.requirement, 100)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(check.detail, 400)} |`);
        }
        lines.push('');
    }
    if (evidence !== null) {
        lines.push('#### Gate verdicts of this version', '');
        if (evidence.gate_verdicts.length === 0) {
            lines.push('No gate verdict is recorded for this version.', '');
        }
        else {
            lines.push('| | When | Verdict | Champion | Summary |', '| --- | --- | --- | --- | --- |');
            for (const verdict of evidence.gate_verdicts.slice(-5)) {
                const champion = verdict.champion === null
                    ? '—'
                    : `${verdict.champion.version} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(verdict.champion.reference, 60)})`;
                const when = verdict.run.url === undefined
                    ? verdict.recordedAt
                    : `[${verdict.recordedAt}](${verdict.run.url})`;
                lines.push(`| ${verdict.passed ? '✅' : '❌'} | ${when} | ${verdict.verdict} | ${champion} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(verdict.summary, 300)} |`);
            }
            lines.push('');
        }
        if (evidence.reports.length > 0) {
            lines.push('#### Other checks', '', '| Report | Action | Status | Summary |', '| --- | --- | --- | --- |');
            for (const report of evidence.reports) {
                lines.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(report.path)} | ${report.action === null ? '—' : (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(report.action, 40)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(report.status, 40)} | ${report.summary === null ? '' : (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(report.summary, 300)} |`);
            }
            lines.push('');
        }
        if (evidence.stage_history.length > 0) {
            lines.push('<details><summary>Stage history</summary>', '', '| When | Stage | Event | Version | By |', '| --- | --- | --- | --- | --- |');
            for (const event of evidence.stage_history.slice(-10)) {
                lines.push(`| ${event.at} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(event.stage)} | ${event.action} | ${event.version ?? '—'} | ${event.actor === null ? '—' : (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(event.actor)} |`);
            }
            lines.push('', '</details>', '');
        }
    }
    return lines.join('\n');
}
/** How to vote, for the approval issue and the CLI. */
function approvalInstructions(policy) {
    const who = (0,_deploy_approval_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .describeApprovers */ .QC)({ ...policy, via: 'issue', expiresAfterMs: 0 });
    return (`${policy.required} distinct approval${policy.required === 1 ? '' : 's'} needed from ${who}` +
        (policy.allowInitiator ? '.' : '; the requester’s own approval does not count.'));
}


/***/ })

};
