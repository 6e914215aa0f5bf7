export const id = 1705;
export const ids = [1705];
export const modules = {

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
/* harmony export */   KE: () => (/* binding */ fitsMermaidLimits),
/* harmony export */   o2: () => (/* binding */ renderLineageMermaidBlock)
/* harmony export */ });
/* unused harmony exports MAX_LABEL_LENGTH, renderLineageMermaid, MERMAID_MAX_EDGES, MERMAID_MAX_TEXT_SIZE, mermaidLabel */
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
 * Mermaid's default limits (`maxEdges`, `maxTextSize`): past either, Mermaid draws an error box
 * instead of the diagram. A model's lifecycle grows with every run, so a summary checks before
 * drawing and shows a smaller part, or a sentence, instead of a broken chart.
 */
const MERMAID_MAX_EDGES = 500;
const MERMAID_MAX_TEXT_SIZE = 50_000;
/** True when Mermaid, with its default limits, draws the graph. */
function fitsMermaidLimits(graph) {
    return (graph.edges.length <= MERMAID_MAX_EDGES &&
        renderLineageMermaid(graph).length <= MERMAID_MAX_TEXT_SIZE);
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
