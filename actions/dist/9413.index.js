export const id = 9413;
export const ids = [9413];
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

/***/ 80320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BZ: () => (/* binding */ modelVersionNodeId),
/* harmony export */   fo: () => (/* binding */ lineageAround),
/* harmony export */   yc: () => (/* binding */ buildLineageGraph)
/* harmony export */ });
/* harmony import */ var _openlineage_event_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20068);
/* harmony import */ var _store_store_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33780);


/** Builds the graph; events may come in any order and include duplicates. */
function buildLineageGraph(events) {
    const ordered = [...events].sort((a, b) => Date.parse(a.eventTime) - Date.parse(b.eventTime) ||
        (0,_store_store_names_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCodeUnits */ .UF)(a.run.runId, b.run.runId) ||
        (0,_store_store_names_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCodeUnits */ .UF)(a.eventType, b.eventType));
    const nodes = new Map();
    const edges = new Map();
    const addEdge = (from, to) => {
        edges.set(`${from}\u0000${to}`, { from, to });
    };
    for (const event of ordered) {
        const runNode = mergeRun(nodes, event);
        for (const input of event.inputs)
            addEdge(addDataset(nodes, input), runNode.id);
        for (const output of event.outputs)
            addEdge(runNode.id, addDataset(nodes, output));
    }
    return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
/**
 * The part of a graph connected to one node through directed paths: everything upstream of it
 * and everything downstream. For a model version: its data and training run, and its gate
 * verdicts and deployments, without unrelated versions.
 */
function lineageAround(graph, nodeId) {
    const reach = (forward) => {
        const seen = new Set([nodeId]);
        const queue = [nodeId];
        while (queue.length > 0) {
            const current = queue.pop();
            for (const edge of graph.edges) {
                const [here, there] = forward ? [edge.from, edge.to] : [edge.to, edge.from];
                if (here === current && !seen.has(there)) {
                    seen.add(there);
                    queue.push(there);
                }
            }
        }
        return seen;
    };
    const keep = new Set([...reach(true), ...reach(false)]);
    return {
        nodes: graph.nodes.filter((node) => keep.has(node.id)),
        edges: graph.edges.filter((edge) => keep.has(edge.from) && keep.has(edge.to))
    };
}
/** The node id of a registered model version, to pass to `lineageAround`. */
function modelVersionNodeId(model, version) {
    return `model:${model}@${version}`;
}
function mergeRun(nodes, event) {
    const id = `run:${event.run.runId}`;
    const facets = event.run.facets ?? {};
    const existing = nodes.get(id);
    const node = existing ?? { id, kind: 'run', label: '' };
    const kind = runKind(facets, jobType(event));
    // A later event may carry the outcome facet an earlier START lacked; never downgrade the kind.
    if (node.kind === 'run')
        node.kind = kind;
    node.status = statusOf(event.eventType, node.status);
    const flagged = flagOf(facets);
    if (flagged !== undefined)
        node.flagged = flagged;
    node.label = runLabel(node, facets, event);
    if (!existing)
        nodes.set(id, node);
    return node;
}
function runKind(facets, action) {
    if (facets[_openlineage_event_js__WEBPACK_IMPORTED_MODULE_0__/* .TOLLGATE_FACETS */ .G8.gateVerdict] || action === 'evaluate-gate')
        return 'gate-verdict';
    if (facets[_openlineage_event_js__WEBPACK_IMPORTED_MODULE_0__/* .TOLLGATE_FACETS */ .G8.deployment] || action === 'deploy')
        return 'deployment';
    if (facets[_openlineage_event_js__WEBPACK_IMPORTED_MODULE_0__/* .TOLLGATE_FACETS */ .G8.drift] || action === 'drift-check')
        return 'drift-run';
    return 'run';
}
function statusOf(eventType, previous) {
    if (eventType === 'COMPLETE')
        return 'succeeded';
    if (eventType === 'FAIL' || eventType === 'ABORT')
        return 'failed';
    // START, RUNNING and OTHER do not end a run: keep an ending already seen.
    return previous ?? 'running';
}
function flagOf(facets) {
    const verdict = facets[_openlineage_event_js__WEBPACK_IMPORTED_MODULE_0__/* .TOLLGATE_FACETS */ .G8.gateVerdict]?.passed;
    if (typeof verdict === 'boolean')
        return verdict;
    const drifted = facets[_openlineage_event_js__WEBPACK_IMPORTED_MODULE_0__/* .TOLLGATE_FACETS */ .G8.drift]?.drifted;
    if (typeof drifted === 'boolean')
        return drifted;
    return undefined;
}
function runLabel(node, facets, event) {
    const github = facets[_openlineage_event_js__WEBPACK_IMPORTED_MODULE_0__/* .TOLLGATE_FACETS */ .G8.githubRun];
    const action = jobType(event) ?? event.job.name;
    const runRef = typeof github?.workflowRunId === 'string'
        ? ` run ${github.workflowRunId}#${typeof github.attempt === 'number' ? github.attempt : 1}`
        : '';
    const failed = node.status === 'failed' ? ' (failed)' : '';
    switch (node.kind) {
        case 'gate-verdict': {
            const verdict = node.flagged === undefined ? '' : node.flagged ? ': passed' : ': failed';
            return `gate${verdict}${runRef}`;
        }
        case 'deployment': {
            const deployment = facets[_openlineage_event_js__WEBPACK_IMPORTED_MODULE_0__/* .TOLLGATE_FACETS */ .G8.deployment];
            const environment = typeof deployment?.environment === 'string' ? ` ${deployment.environment}` : '';
            const status = typeof deployment?.status === 'string' ? `: ${deployment.status}` : '';
            return `deploy${environment}${status}${runRef}${failed}`;
        }
        case 'drift-run': {
            const verdict = node.flagged === undefined ? '' : node.flagged ? ': drifted' : ': no drift';
            return `drift check${verdict}${runRef}${failed}`;
        }
        default:
            return `${action}${runRef}${failed}`;
    }
}
function addDataset(nodes, dataset) {
    const facets = dataset.facets ?? {};
    const modelVersion = facets[_openlineage_event_js__WEBPACK_IMPORTED_MODULE_0__/* .TOLLGATE_FACETS */ .G8.modelVersion];
    if (typeof modelVersion?.model === 'string' && typeof modelVersion.version === 'string') {
        const id = modelVersionNodeId(modelVersion.model, modelVersion.version);
        if (!nodes.has(id)) {
            nodes.set(id, {
                id,
                kind: 'model-version',
                label: `${modelVersion.model} ${modelVersion.version}`
            });
        }
        return id;
    }
    const sha256 = facets[_openlineage_event_js__WEBPACK_IMPORTED_MODULE_0__/* .TOLLGATE_FACETS */ .G8.digest]?.sha256;
    const digest = typeof sha256 === 'string' ? sha256 : undefined;
    const id = digest !== undefined
        ? `dataset:sha256:${digest}`
        : `dataset:${dataset.namespace}:${dataset.name}`;
    if (!nodes.has(id)) {
        const shortName = dataset.name.split('/').pop() || dataset.name;
        const label = digest !== undefined ? `${shortName} sha256:${digest.slice(0, 12)}` : shortName;
        nodes.set(id, { id, kind: 'dataset', label });
    }
    return id;
}
function jobType(event) {
    const value = event.job.facets?.jobType?.jobType;
    return typeof value === 'string' ? value : undefined;
}


/***/ }),

/***/ 19535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o2: () => (/* binding */ renderLineageMermaidBlock)
/* harmony export */ });
/* unused harmony exports MAX_LABEL_LENGTH, renderLineageMermaid, mermaidLabel */
/**
 * Renders a lineage graph as a Mermaid `flowchart LR`, the form GitHub draws in job summaries,
 * PR comments and model cards (GITHUB-TESTING.md §4.3). Labels come from data (dataset and model
 * names, environments), so every character outside a small safe set is written as a Mermaid
 * entity code (`#35;`): a label cannot close its node, start a link, inject markdown or HTML,
 * ping someone with `@`, or end the surrounding ```mermaid fence.
 */
/** Longest label drawn, in characters; longer ones are shortened with an ellipsis. */
const MAX_LABEL_LENGTH = 60;
/** Opening and closing brackets of each node kind's shape. */
const SHAPES = {
    dataset: ['[(', ')]'],
    'model-version': ['([', '])'],
    run: ['[', ']'],
    'gate-verdict': ['{', '}'],
    deployment: ['[[', ']]'],
    'drift-run': ['{{', '}}']
};
/** The Mermaid source, without the surrounding ```mermaid fence. */
function renderLineageMermaid(graph) {
    const ids = new Map(graph.nodes.map((node, index) => [node.id, `n${index + 1}`]));
    const lines = ['flowchart LR'];
    for (const node of graph.nodes) {
        const [open, close] = SHAPES[node.kind];
        lines.push(`  ${ids.get(node.id)}${open}"${mermaidLabel(node.label)}"${close}`);
    }
    for (const edge of graph.edges) {
        const from = ids.get(edge.from);
        const to = ids.get(edge.to);
        if (from !== undefined && to !== undefined)
            lines.push(`  ${from} --> ${to}`);
    }
    const failed = graph.nodes.filter(isFailed).map((node) => ids.get(node.id));
    if (failed.length > 0) {
        lines.push('  classDef failed stroke:#d73a49,stroke-width:3px');
        lines.push(`  class ${failed.join(',')} failed`);
    }
    const drifted = graph.nodes.filter(isDrifted).map((node) => ids.get(node.id));
    if (drifted.length > 0) {
        lines.push('  classDef drifted stroke:#d29922,stroke-width:3px');
        lines.push(`  class ${drifted.join(',')} drifted`);
    }
    return `${lines.join('\n')}\n`;
}
/** The same, inside a ```mermaid fence, ready for a summary or README. */
function renderLineageMermaidBlock(graph) {
    return `\`\`\`mermaid\n${renderLineageMermaid(graph)}\`\`\`\n`;
}
/**
 * Escapes text for a quoted Mermaid label. Letters, digits, space and `. , _ : / = + -` stay;
 * anything else (quotes, brackets, pipes, backticks, `<`, `>`, `@`, `#`, `&`, `;`, non-ASCII)
 * becomes `#<code point>;`, which Mermaid draws as the character itself. Line breaks become
 * spaces and long labels are shortened first.
 */
function mermaidLabel(text) {
    const flat = text.replace(/\s+/g, ' ').trim();
    const characters = [...flat];
    const shortened = characters.length > MAX_LABEL_LENGTH
        ? [...characters.slice(0, MAX_LABEL_LENGTH - 1), '…']
        : characters;
    return shortened
        .map((character) => /^[A-Za-z0-9 .,_:/=+-]$/.test(character) ? character : `#${character.codePointAt(0)};`)
        .join('');
}
function isFailed(node) {
    return node.status === 'failed' || (node.kind === 'gate-verdict' && node.flagged === false);
}
function isDrifted(node) {
    return node.kind === 'drift-run' && node.flagged === true && node.status !== 'failed';
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

/***/ 61705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m8: () => (/* binding */ LINEAGE_DOCUMENT_SCHEMA),
  rU: () => (/* binding */ MODEL_BUNDLE_FILES),
  nJ: () => (/* binding */ RESERVED_MODEL_FILE_NAMES),
  Ht: () => (/* binding */ prepareModelBundle)
});

// UNUSED EXPORTS: assertModelFileNames

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/store/canonical-json.ts
var canonical_json = __webpack_require__(92113);
// EXTERNAL MODULE: ./shared/store/bundle-manifest.ts
var bundle_manifest = __webpack_require__(95854);
// EXTERNAL MODULE: ./shared/store/store-names.ts
var store_names = __webpack_require__(33780);
// EXTERNAL MODULE: ./shared/lineage/openlineage-event.ts
var openlineage_event = __webpack_require__(20068);
// EXTERNAL MODULE: ./shared/lineage/lineage-graph.ts
var lineage_graph = __webpack_require__(80320);
// EXTERNAL MODULE: ./shared/lineage/mermaid-lineage.ts
var mermaid_lineage = __webpack_require__(19535);
;// CONCATENATED MODULE: ./shared/registry/markdown-text.ts
/**
 * Escaping for text from data (model names, metric names, parameter values, descriptions) that is
 * written into markdown a person reads on GitHub (model cards). After escaping, the text is shown
 * literally: no emphasis, links, images, HTML, table breaks or `@` mentions (DESIGN.md §6).
 */
/**
 * Escapes text for one line of markdown or one table cell. Markdown punctuation gets a
 * backslash; `<`, `>`, `&` and `@` become HTML entities (GitHub renders them as the characters
 * but never as tags or mentions); line breaks become spaces.
 */
function escapeMarkdownText(text) {
    return text
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[\\`*_{}[\]()#+!|~]/g, (character) => `\\${character}`)
        .replace(/[<>&@]/g, (character) => `&#${character.codePointAt(0)};`);
}
/** A markdown table from a header row and data rows; every cell is escaped. */
function markdownTable(header, rows) {
    const line = (cells) => `| ${cells.map(escapeMarkdownText).join(' | ')} |`;
    return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}

;// CONCATENATED MODULE: ./shared/registry/model-card.ts




/**
 * The `README.md` of a model version's bundle: a human-readable card (model, version, metrics,
 * data digests, parameters, files, lineage graph). It contains no clock reading other than the
 * registration time it is given, so the same registration always renders the same bytes.
 */
function renderModelCard(content) {
    const sections = [];
    sections.push(`# ${escapeMarkdownText(content.model)} ${escapeMarkdownText(content.version)}`);
    if (content.description !== undefined && content.description.trim() !== '') {
        sections.push(escapeMarkdownText(content.description));
    }
    const facts = [
        ['Model', content.model],
        ['Version', content.version],
        ['Registered', content.registeredAt]
    ];
    if (content.run !== undefined)
        facts.push(['Workflow run', describeRun(content.run)]);
    if (content.actor !== undefined)
        facts.push(['Registered by', content.actor]);
    if (content.commit !== undefined)
        facts.push(['Commit', content.commit]);
    sections.push(markdownTable(['Field', 'Value'], facts));
    sections.push('## Metrics');
    const metrics = Object.entries(content.metrics).sort(([a], [b]) => (0,store_names/* compareCodeUnits */.UF)(a, b));
    sections.push(metrics.length === 0
        ? 'No metrics were recorded.'
        : markdownTable(['Metric', 'Value'], metrics.map(([name, value]) => [name, formatMetric(value)])));
    sections.push('## Training data');
    sections.push(content.trainingData.length === 0
        ? 'No training data digests were recorded.'
        : markdownTable(['Dataset', 'SHA-256', 'Rows'], content.trainingData.map((data) => [data.name, data.sha256, data.rows?.toString() ?? ''])));
    const params = Object.entries(content.params).sort(([a], [b]) => (0,store_names/* compareCodeUnits */.UF)(a, b));
    if (params.length > 0) {
        sections.push('## Parameters');
        sections.push(markdownTable(['Parameter', 'Value'], params.map(([name, value]) => [name, JSON.stringify(value)])));
    }
    sections.push('## Files');
    sections.push(markdownTable(['File', 'Bytes', 'SHA-256'], content.files.map((file) => [file.name, String(file.size), file.sha256])));
    sections.push('Every file of this version, with this card, is listed with its SHA-256 in `manifest.json`; ' +
        'Tollgate verifies each file against it on download.');
    if (content.lineage.length > 0) {
        const graph = (0,lineage_graph/* lineageAround */.fo)((0,lineage_graph/* buildLineageGraph */.yc)(content.lineage), (0,lineage_graph/* modelVersionNodeId */.BZ)(content.model, content.version));
        if (graph.nodes.length > 1) {
            sections.push('## Lineage');
            sections.push((0,mermaid_lineage/* renderLineageMermaidBlock */.o2)(graph).trimEnd());
        }
    }
    return `${sections.join('\n\n')}\n`;
}
function describeRun(run) {
    const parts = [`run ${run.id}, attempt ${run.attempt}`];
    if (run.workflow !== undefined)
        parts.push(`workflow ${run.workflow}`);
    if (run.job !== undefined)
        parts.push(`job ${run.job}`);
    return parts.join(', ');
}
/** Six significant digits are plenty to read; metrics.json keeps the exact value. */
function formatMetric(value) {
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
}

;// CONCATENATED MODULE: ./shared/registry/model-bundle.ts






/**
 * The files of a registered model version's bundle (the release of tag `<model>@<version>` on
 * GitHub): the model's own files plus what makes the version self-describing.
 */
const MODEL_BUNDLE_FILES = {
    /** `{ metrics, params, trainingData }`, exact values. */
    metrics: 'metrics.json',
    /** `{ schema, events }`: the OpenLineage events of the training and of this registration. */
    lineage: 'lineage.json',
    /** The training data's column profile, the reference drift-check compares against. */
    profile: 'profile.json',
    /** The model card (markdown). */
    card: 'README.md'
};
/** File names a model cannot use because the registry or the store writes them. */
const RESERVED_MODEL_FILE_NAMES = [
    store_names/* BUNDLE_MANIFEST_FILE */.EI,
    ...Object.values(MODEL_BUNDLE_FILES)
];
const LINEAGE_DOCUMENT_SCHEMA = 'tollgate.lineage/1';
/** Refuses model files whose names the bundle needs for itself. */
function assertModelFileNames(files) {
    for (const name of files.keys()) {
        if (RESERVED_MODEL_FILE_NAMES.some((reserved) => reserved.toLowerCase() === name.toLowerCase())) {
            throw new errors/* UsageError */.eb(`The model file ${JSON.stringify(name)} clashes with a file the registry writes into every ` +
                `version (${RESERVED_MODEL_FILE_NAMES.join(', ')}); rename it or leave it out.`);
        }
    }
    if (files.size === 0) {
        throw new errors/* UsageError */.eb('There are no model files to register; the model directory is empty.');
    }
}
/**
 * Checks and serialises everything that does not depend on the version number: file names,
 * limits, metrics, parameters, profile and given lineage. Registration calls this before claiming
 * a number, so bad input never leaves a claimed version without a bundle behind.
 */
function prepareModelBundle(model, content) {
    assertModelFileNames(content.files);
    const params = content.params ?? {};
    const fixed = new Map(content.files);
    fixed.set(MODEL_BUNDLE_FILES.metrics, (0,canonical_json/* canonicalJsonBytes */.qJ)({ metrics: content.metrics, params, trainingData: content.trainingData }, MODEL_BUNDLE_FILES.metrics));
    fixed.set(MODEL_BUNDLE_FILES.profile, (0,canonical_json/* canonicalJsonBytes */.qJ)(content.profile, MODEL_BUNDLE_FILES.profile));
    (0,canonical_json/* canonicalJsonBytes */.qJ)(content.lineage?.events ?? [], MODEL_BUNDLE_FILES.lineage);
    // The final file names, with the two version-dependent files still empty: names, file count
    // and sizes are checked now exactly as the store will check them after the claim.
    const shape = new Map(fixed);
    shape.set(MODEL_BUNDLE_FILES.lineage, new Uint8Array());
    shape.set(MODEL_BUNDLE_FILES.card, new Uint8Array());
    const checked = (0,bundle_manifest/* buildBundleManifest */.Sb)(`${model}@v0.0.0`, shape);
    const modelFiles = checked.files.filter((file) => content.files.has(file.name));
    return {
        forVersion(version, claimedAt) {
            const events = registrationLineage(model, version, claimedAt, content, modelFiles);
            const bundle = new Map(fixed);
            bundle.set(MODEL_BUNDLE_FILES.lineage, (0,canonical_json/* canonicalJsonBytes */.qJ)({ schema: LINEAGE_DOCUMENT_SCHEMA, events }, MODEL_BUNDLE_FILES.lineage));
            const card = renderModelCard({
                model,
                version,
                registeredAt: claimedAt,
                ...(content.description === undefined ? {} : { description: content.description }),
                ...(content.run === undefined ? {} : { run: content.run }),
                ...(content.actor === undefined ? {} : { actor: content.actor }),
                ...(content.commit === undefined ? {} : { commit: content.commit }),
                metrics: content.metrics,
                params,
                trainingData: content.trainingData,
                files: modelFiles,
                lineage: events
            });
            bundle.set(MODEL_BUNDLE_FILES.card, new TextEncoder().encode(card));
            return bundle;
        }
    };
}
/**
 * The given events plus this registration's COMPLETE event: inputs are the model files (by
 * digest, so they join the train run's outputs) and any training data no given event already
 * reads; the output is the model version.
 */
function registrationLineage(model, version, claimedAt, content, modelFiles) {
    if (content.lineage === undefined)
        return [];
    const { context, events } = content.lineage;
    const digestsRead = new Set(events.flatMap((event) => event.inputs
        .map((input) => input.facets?.tollgate_digest?.sha256)
        .filter((sha) => sha !== undefined)));
    const inputs = [
        ...modelFiles.map((file) => ({
            namespace: context.namespace,
            name: file.name,
            sha256: file.sha256
        })),
        ...content.trainingData
            .filter((data) => !digestsRead.has(data.sha256))
            .map((data) => ({ namespace: context.namespace, name: data.name, sha256: data.sha256 }))
    ];
    const registration = (0,openlineage_event/* buildRunEvent */.IZ)({
        context,
        eventType: 'COMPLETE',
        eventTime: claimedAt,
        inputs,
        outputs: [
            {
                namespace: context.namespace,
                name: `${model}@${version}`,
                modelVersion: { model, version }
            }
        ]
    });
    return [...events, registration];
}


/***/ })

};
