export const id = 9672;
export const ids = [9672];
export const modules = {

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

/***/ 68302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ parseYamlSource)
/* harmony export */ });
/* unused harmony export YamlNode */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32635);
/* harmony import */ var _text_closest_name_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28863);



/**
 * YAML configuration files (checks, gate rules, .tollgate.yml) read with their line numbers, so
 * every complaint points at the exact line and column of the user's file — and a failing check
 * can be annotated on the line that declared it.
 */
class YamlNode {
    node;
    file;
    lines;
    path;
    constructor(node, file, lines, 
    /** Dotted path of this node, e.g. `columns.age.between`, for messages. */
    path) {
        this.node = node;
        this.file = file;
        this.lines = lines;
        this.path = path;
    }
    /** 1-based line/column of this node in the file. */
    get location() {
        const offset = this.node?.range?.[0];
        if (offset === undefined)
            return { file: this.file };
        const position = this.lines.linePos(offset);
        return { file: this.file, line: position.line, column: position.col };
    }
    error(detail) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(this.location, this.path === '' ? detail : `${this.path}: ${detail}`);
    }
    get kind() {
        if (this.node === null)
            return 'null';
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(this.node))
            return 'map';
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(this.node))
            return 'list';
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(this.node) && this.node.value === null)
            return 'null';
        return 'scalar';
    }
    /** The plain JS value of the whole node (mappings as objects, lists as arrays). */
    toValue() {
        if (this.node === null)
            return null;
        return this.node.toJSON();
    }
    /** The plain JS value of a scalar (string, number, boolean or null). */
    get scalar() {
        return this.node !== null && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(this.node) ? this.node.value : undefined;
    }
    /** Entries of a mapping with their key nodes (for key locations). */
    entries() {
        if (this.node === null || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(this.node))
            throw this.error(`expected a mapping (key: value lines), found ${this.describe()}`);
        return this.node.items.map((pair) => {
            const keyNode = pair.key;
            const key = keyNode !== null && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(keyNode) ? String(keyNode.value) : String(keyNode);
            const childPath = this.path === '' ? key : `${this.path}.${key}`;
            return {
                key,
                keyNode: new YamlNode(keyNode, this.file, this.lines, childPath),
                value: new YamlNode(pair.value ?? null, this.file, this.lines, childPath)
            };
        });
    }
    /** Items of a sequence. */
    items() {
        if (this.node === null || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(this.node))
            throw this.error(`expected a list, found ${this.describe()}`);
        return this.node.items.map((item, index) => new YamlNode(item ?? null, this.file, this.lines, `${this.path}[${index}]`));
    }
    /** The child under `key` in a mapping, or undefined. */
    get(key) {
        if (this.kind !== 'map')
            return undefined;
        return this.entries().find((entry) => entry.key === key)?.value;
    }
    /**
     * Rejects keys outside `allowed`, suggesting the nearest one: `beteen` → "did you mean between?".
     */
    assertKeys(allowed, what = 'key') {
        for (const { key, keyNode } of this.entries()) {
            if (allowed.includes(key))
                continue;
            const suggestion = (0,_text_closest_name_js__WEBPACK_IMPORTED_MODULE_2__/* .closestName */ .N)(key, allowed);
            throw keyNode.error(`unknown ${what} "${key}"${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}; expected one of: ${allowed.join(', ')}`);
        }
    }
    asString() {
        const value = this.scalar;
        if (typeof value === 'string')
            return value;
        if (typeof value === 'number' || typeof value === 'boolean')
            return String(value);
        throw this.error(`expected a text value, found ${this.describe()}`);
    }
    asNumber() {
        const value = this.scalar;
        if (typeof value === 'number' && !Number.isNaN(value))
            return value;
        throw this.error(`expected a number, found ${this.describe()}`);
    }
    asBoolean() {
        const value = this.scalar;
        if (typeof value === 'boolean')
            return value;
        throw this.error(`expected true or false, found ${this.describe()}`);
    }
    asStringList() {
        if (this.kind === 'scalar')
            return [this.asString()];
        return this.items().map((item) => item.asString());
    }
    /** A short description of what the node holds, for "expected X, found Y" messages. */
    describe() {
        switch (this.kind) {
            case 'map':
                return 'a mapping';
            case 'list':
                return 'a list';
            case 'null':
                return 'nothing (an empty value)';
            case 'scalar': {
                const value = this.scalar;
                return `${typeof value} ${JSON.stringify(value)}`;
            }
        }
    }
}
/** Parses YAML text; syntax errors become InputErrors at the offending line. */
function parseYamlSource(text, file) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, {
        lineCounter: lines,
        uniqueKeys: true,
        prettyErrors: false
    });
    const problem = document.errors[0];
    if (problem !== undefined) {
        const position = lines.linePos(problem.pos[0]);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file, line: position.line, column: position.col }, `invalid YAML: ${problem.message.split('\n')[0]}`);
    }
    return new YamlNode(document.contents ?? null, file, lines, '');
}


/***/ }),

/***/ 20068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G8: () => (/* binding */ TOLLGATE_FACETS),
/* harmony export */   IZ: () => (/* binding */ buildRunEvent),
/* harmony export */   X0: () => (/* binding */ parseRunEvent)
/* harmony export */ });
/* unused harmony exports RUN_EVENT_SCHEMA_URL, FACET_SCHEMA_URLS, lineageJobName, describeDataset, customFacetSchemaUrl */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
/* harmony import */ var _store_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92113);
/* harmony import */ var _run_id_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8315);



/**
 * OpenLineage RunEvents (https://openlineage.io/spec, spec 2-0-2) for Tollgate's actions
 * (DESIGN.md §7): job = the workflow job and action, run = the workflow run + attempt, inputs and
 * outputs with schema, data-quality metrics and assertions facets, plus a few `tollgate_` custom
 * facets that let a lineage graph link data digests, model versions, gate verdicts, deployments
 * and drift runs. Only standard facets carry standard meaning; custom facet names start with
 * `tollgate_` as the spec asks of custom facets.
 */
const RUN_EVENT_SCHEMA_URL = 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent';
const FACETS = 'https://openlineage.io/spec/facets';
/** Schema URLs of the standard facets Tollgate emits (the versions current in spec 2-0-2). */
const FACET_SCHEMA_URLS = {
    schema: `${FACETS}/1-1-1/SchemaDatasetFacet.json#/$defs/SchemaDatasetFacet`,
    version: `${FACETS}/1-0-1/DatasetVersionDatasetFacet.json#/$defs/DatasetVersionDatasetFacet`,
    dataQualityMetrics: `${FACETS}/1-0-2/DataQualityMetricsInputDatasetFacet.json#/$defs/DataQualityMetricsInputDatasetFacet`,
    dataQualityAssertions: `${FACETS}/1-1-0/DataQualityAssertionsDatasetFacet.json#/$defs/DataQualityAssertionsDatasetFacet`,
    jobType: `${FACETS}/2-0-3/JobTypeJobFacet.json#/$defs/JobTypeJobFacet`,
    sourceCodeLocation: `${FACETS}/1-0-1/SourceCodeLocationJobFacet.json#/$defs/SourceCodeLocationJobFacet`,
    errorMessage: `${FACETS}/1-0-1/ErrorMessageRunFacet.json#/$defs/ErrorMessageRunFacet`
};
/** Names of Tollgate's custom facets. */
const TOLLGATE_FACETS = {
    /** Dataset: `{ sha256 }` of the file's bytes, so the same data is one node everywhere. */
    digest: 'tollgate_digest',
    /** Dataset: `{ model, version }` when the dataset is a registered model version. */
    modelVersion: 'tollgate_modelVersion',
    /** Run: `{ workflowRunId, attempt, job, action, workflow?, repository? }`. */
    githubRun: 'tollgate_githubRun',
    /** Run: `{ passed, summary? }` of an evaluation gate. */
    gateVerdict: 'tollgate_gateVerdict',
    /** Run: `{ environment, model, version, status }` of a deployment. */
    deployment: 'tollgate_deployment',
    /** Run: `{ drifted, driftedColumns?, summary? }` of a drift check. */
    drift: 'tollgate_drift'
};
/** Builds one RunEvent. The run id is derived from the context (see `lineageRunId`). */
function buildRunEvent(request) {
    const { context } = request;
    const facet = (schemaURL, fields) => makeFacet(context.producer, schemaURL, fields);
    const custom = (name, fields) => facet(customFacetSchemaUrl(context.producer, name), fields);
    const runFacets = {
        [TOLLGATE_FACETS.githubRun]: custom(TOLLGATE_FACETS.githubRun, {
            workflowRunId: context.workflowRunId,
            attempt: context.attempt,
            job: context.job,
            action: context.action,
            workflow: context.workflow,
            repository: context.repository
        })
    };
    const outcome = request.outcome ?? {};
    if (outcome.gateVerdict) {
        runFacets[TOLLGATE_FACETS.gateVerdict] = custom(TOLLGATE_FACETS.gateVerdict, outcome.gateVerdict);
    }
    if (outcome.deployment) {
        runFacets[TOLLGATE_FACETS.deployment] = custom(TOLLGATE_FACETS.deployment, outcome.deployment);
    }
    if (outcome.drift)
        runFacets[TOLLGATE_FACETS.drift] = custom(TOLLGATE_FACETS.drift, outcome.drift);
    if (outcome.error) {
        runFacets.errorMessage = facet(FACET_SCHEMA_URLS.errorMessage, {
            message: outcome.error.message,
            programmingLanguage: 'JavaScript',
            stackTrace: outcome.error.stackTrace
        });
    }
    const jobFacets = {
        jobType: facet(FACET_SCHEMA_URLS.jobType, {
            processingType: 'BATCH',
            integration: 'TOLLGATE',
            jobType: context.action
        })
    };
    if (context.repository !== undefined && context.commit !== undefined) {
        const server = (context.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
        jobFacets.sourceCodeLocation = facet(FACET_SCHEMA_URLS.sourceCodeLocation, {
            type: 'git',
            url: `${server}/${context.repository}/tree/${context.commit}`,
            repoUrl: `${server}/${context.repository}.git`,
            version: context.commit
        });
    }
    return {
        eventType: request.eventType,
        eventTime: request.eventTime,
        run: { runId: (0,_run_id_js__WEBPACK_IMPORTED_MODULE_2__/* .lineageRunId */ .yP)(context), facets: runFacets },
        job: { namespace: context.namespace, name: lineageJobName(context), facets: jobFacets },
        inputs: (request.inputs ?? []).map((dataset) => describeInput(dataset, context.producer)),
        outputs: (request.outputs ?? []).map((dataset) => describeDataset(dataset, context.producer)),
        producer: context.producer,
        schemaURL: RUN_EVENT_SCHEMA_URL
    };
}
/** The job name: workflow (when known), job and action, which together are stable per repo. */
function lineageJobName(context) {
    return [context.workflow, context.job, context.action].filter((part) => part).join('.');
}
/** A dataset's own facets (schema, version, digest, model version). */
function describeDataset(dataset, producer) {
    const facets = {};
    if (dataset.schema !== undefined) {
        facets.schema = makeFacet(producer, FACET_SCHEMA_URLS.schema, {
            fields: dataset.schema.map((field) => dropUndefined({ ...field }))
        });
    }
    if (dataset.sha256 !== undefined) {
        facets[TOLLGATE_FACETS.digest] = makeFacet(producer, customFacetSchemaUrl(producer, TOLLGATE_FACETS.digest), { sha256: dataset.sha256 });
    }
    if (dataset.modelVersion !== undefined) {
        facets[TOLLGATE_FACETS.modelVersion] = makeFacet(producer, customFacetSchemaUrl(producer, TOLLGATE_FACETS.modelVersion), dataset.modelVersion);
    }
    const version = dataset.modelVersion?.version ?? dataset.sha256;
    if (version !== undefined) {
        facets.version = makeFacet(producer, FACET_SCHEMA_URLS.version, { datasetVersion: version });
    }
    return {
        namespace: dataset.namespace,
        name: dataset.name,
        ...(Object.keys(facets).length > 0 ? { facets } : {})
    };
}
function describeInput(dataset, producer) {
    const base = describeDataset(dataset, producer);
    const quality = dataset.quality;
    if (quality === undefined)
        return base;
    const inputFacets = {};
    if (quality.rowCount !== undefined || quality.bytes !== undefined || quality.columns) {
        inputFacets.dataQualityMetrics = makeFacet(producer, FACET_SCHEMA_URLS.dataQualityMetrics, {
            rowCount: quality.rowCount,
            bytes: quality.bytes,
            columnMetrics: Object.fromEntries(Object.entries(quality.columns ?? {}).map(([column, metrics]) => [
                column,
                dropUndefined({ ...metrics })
            ]))
        });
    }
    if (quality.assertions !== undefined) {
        inputFacets.dataQualityAssertions = makeFacet(producer, FACET_SCHEMA_URLS.dataQualityAssertions, {
            assertions: quality.assertions.map((assertion) => dropUndefined({ ...assertion }))
        });
    }
    return Object.keys(inputFacets).length > 0 ? { ...base, inputFacets } : base;
}
/** Where a Tollgate custom facet's schema is documented, relative to the producer URI. */
function customFacetSchemaUrl(producer, facetName) {
    return `${producer.replace(/\/+$/, '')}/schemas/openlineage/${facetName}.json#/$defs/${facetName}`;
}
function makeFacet(producer, schemaURL, fields) {
    return { _producer: producer, _schemaURL: schemaURL, ...dropUndefined(fields) };
}
function dropUndefined(fields) {
    const result = {};
    for (const [key, value] of Object.entries(fields)) {
        if (value !== undefined)
            result[key] = value;
    }
    return result;
}
const EVENT_TYPES = ['START', 'RUNNING', 'COMPLETE', 'ABORT', 'FAIL', 'OTHER'];
/**
 * Checks that a stored value has the shape of a RunEvent before lineage is built from it.
 * Stored events come from earlier runs (and possibly older Tollgate versions), so a malformed one
 * is reported with `what` (e.g. "lineage record 3f2…-COMPLETE") instead of breaking the graph.
 */
function parseRunEvent(value, what) {
    const problem = runEventProblem(value);
    if (problem !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IntegrityError */ .cs(`${what} is not a valid OpenLineage RunEvent: ${problem}.`);
    return value;
}
function runEventProblem(value) {
    if (!(0,_store_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .OW)(value))
        return 'it is not an object';
    if (typeof value.eventType !== 'string' || !EVENT_TYPES.includes(value.eventType)) {
        return 'eventType is missing or unknown';
    }
    if (typeof value.eventTime !== 'string' || Number.isNaN(Date.parse(value.eventTime))) {
        return 'eventTime is not a date-time';
    }
    if (typeof value.producer !== 'string')
        return 'producer is missing';
    if (!(0,_store_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .OW)(value.run) || !(0,_run_id_js__WEBPACK_IMPORTED_MODULE_2__/* .isUuid */ .O1)(value.run.runId))
        return 'run.runId is not a UUID';
    if (!(0,_store_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .OW)(value.job) ||
        typeof value.job.namespace !== 'string' ||
        typeof value.job.name !== 'string') {
        return 'job needs a namespace and a name';
    }
    for (const side of ['inputs', 'outputs']) {
        const datasets = value[side];
        if (!Array.isArray(datasets))
            return `${side} is not a list`;
        for (const dataset of datasets) {
            if (!(0,_store_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .OW)(dataset) ||
                typeof dataset.namespace !== 'string' ||
                typeof dataset.name !== 'string') {
                return `an entry of ${side} needs a namespace and a name`;
            }
        }
    }
    return undefined;
}


/***/ }),

/***/ 8315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O1: () => (/* binding */ isUuid),
/* harmony export */   yP: () => (/* binding */ lineageRunId)
/* harmony export */ });
/* unused harmony exports URL_NAMESPACE, TOLLGATE_RUN_NAMESPACE, uuidV5 */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Deterministic OpenLineage run ids. A run's START and COMPLETE events, and a re-run of the same
 * workflow attempt, must carry the same `runId` so a re-run rewrites the same record instead of
 * adding a second run (DESIGN.md §3 "Idempotent re-runs"). A name-based UUID gives exactly that.
 */
/** RFC 4122 Appendix C: the name space for URLs. */
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
/**
 * Tollgate's name space for run ids: uuidV5(URL_NAMESPACE,
 * 'https://github.com/tollgate/openlineage-run-id'), fixed forever so ids stay stable across
 * releases (python: `uuid.uuid5(uuid.NAMESPACE_URL, ...)` gives the same value).
 */
const TOLLGATE_RUN_NAMESPACE = '7eeaa416-c8e8-5631-851f-2e256fa03509';
/**
 * The OpenLineage `runId` of an action execution: a version-5 UUID of the identity. The parts
 * are joined as a JSON array so no two identities can produce the same name.
 */
function lineageRunId(identity) {
    const name = JSON.stringify([
        identity.workflowRunId,
        identity.attempt,
        identity.job,
        identity.action
    ]);
    return uuidV5(TOLLGATE_RUN_NAMESPACE, name);
}
/**
 * A name-based UUID, version 5 (RFC 9562 §5.5, formerly RFC 4122 §4.3): the SHA-1 of the name
 * space's 16 bytes followed by the UTF-8 name, truncated to 16 bytes, with the version nibble set
 * to 5 and the variant bits to 10.
 */
function uuidV5(namespace, name) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1')
        .update(uuidBytes(namespace))
        .update(new TextEncoder().encode(name))
        .digest();
    const bytes = Uint8Array.from(hash.subarray(0, 16));
    bytes[6] = (bytes[6] & 0x0f) | 0x50;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = Buffer.from(bytes).toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** True for the textual form of a UUID (any version). */
function isUuid(value) {
    return typeof value === 'string' && UUID_PATTERN.test(value);
}
function uuidBytes(uuid) {
    if (!UUID_PATTERN.test(uuid))
        throw new Error(`Not a UUID: ${uuid}`);
    return Uint8Array.from(Buffer.from(uuid.replace(/-/g, ''), 'hex'));
}


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


/***/ })

};
