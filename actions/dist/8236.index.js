export const id = 8236;
export const ids = [8236];
export const modules = {

/***/ 8236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inputs: () => (/* binding */ inputs),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./shared/adapters/runner-commands.ts
var runner_commands = __webpack_require__(72096);
// EXTERNAL MODULE: ./shared/adapters/action-step.ts
var action_step = __webpack_require__(70540);
// EXTERNAL MODULE: ./shared/adapters/action-lineage.ts + 1 modules
var action_lineage = __webpack_require__(15092);
// EXTERNAL MODULE: ./shared/adapters/action-report.ts
var action_report = __webpack_require__(11152);
// EXTERNAL MODULE: ./shared/adapters/html-artifact.ts
var html_artifact = __webpack_require__(2981);
// EXTERNAL MODULE: ./shared/adapters/user-files.ts
var user_files = __webpack_require__(24574);
// EXTERNAL MODULE: ./shared/lineage/lineage-graph.ts
var lineage_graph = __webpack_require__(80320);
// EXTERNAL MODULE: ./shared/html-report/display-number.ts
var display_number = __webpack_require__(69755);
// EXTERNAL MODULE: ./shared/html-report/html-table.ts
var html_table = __webpack_require__(88839);
// EXTERNAL MODULE: ./shared/html-report/key-value-card.ts
var key_value_card = __webpack_require__(52587);
// EXTERNAL MODULE: ./shared/html-report/lineage-section.ts + 2 modules
var lineage_section = __webpack_require__(33845);
// EXTERNAL MODULE: ./shared/html-report/markup.ts
var markup = __webpack_require__(78643);
;// CONCATENATED MODULE: ./shared/html-report/register-sections.ts






/**
 * The register-model part of an HTML report: the registered version (model, version, tag, release,
 * stage, provenance) with its metrics, the files and training data it was registered with (by
 * SHA-256), and the lineage of the version from its training data, drawn from the OpenLineage
 * events stored with it. Built from the same primitives as the other sections.
 */
/** The outcome of a registration as a badge. */
function registerStatus(report) {
    if (report.outcome === 'existing')
        return { tone: 'info', text: 'already registered' };
    return report.warnings.length > 0
        ? { tone: 'warn', text: 'registered with warnings' }
        : { tone: 'pass', text: 'registered' };
}
/**
 * Sections for one registration. `events` are the version's stored lineage events (what
 * registerModel returns); only the part of the graph around the new version is drawn.
 * `idPrefix` tells apart several registrations in one document.
 */
function registerReportSections(report, events, options = {}) {
    const prefix = options.idPrefix ?? 'register';
    const facts = [
        { key: 'Model', value: (0,html_table/* codeText */.p)(report.model) },
        { key: 'Version', value: (0,html_table/* codeText */.p)(report.version) },
        { key: 'Tag', value: (0,html_table/* codeText */.p)(report.tag) },
        // A URL stays text: the report links nowhere (html-report.ts).
        { key: 'Release', value: report.release_url === null ? '—' : (0,html_table/* codeText */.p)(report.release_url) },
        { key: 'Store', value: report.store },
        {
            key: 'Stage',
            value: report.stage === null
                ? 'none assigned'
                : (0,markup/* safeHtml */.b5) `${(0,html_table/* codeText */.p)(report.stage.stage)} (${(0,html_table/* codeText */.p)(report.stage.tag)}${report.stage.outcome === 'unchanged' ? ', already there' : ''})`
        },
        ...(report.commit === null
            ? []
            : [{ key: 'Commit', value: (0,html_table/* codeText */.p)(report.commit.slice(0, 12)) }]),
        ...(report.run === null
            ? []
            : [{ key: 'Run', value: `${report.run.id} (attempt ${report.run.attempt})` }]),
        ...(report.actor === null ? [] : [{ key: 'Registered by', value: report.actor }]),
        { key: 'Claimed', value: report.claimed_at }
    ];
    const metrics = (0,html_table/* htmlTable */.I)({
        caption: 'Metrics recorded with the version',
        columns: [{ header: 'Metric' }, { header: 'Value', numeric: true }],
        rows: Object.entries(report.metrics).map(([name, value]) => [
            (0,html_table/* codeText */.p)(name),
            (0,display_number/* displayNumber */.o)(value)
        ]),
        emptyText: 'The version records no metrics.'
    });
    const warnings = report.warnings.length === 0
        ? ''
        : (0,markup/* safeHtml */.b5) `<h3>Warnings</h3><ul>${report.warnings.map((warning) => (0,markup/* safeHtml */.b5) `<li>${warning}</li>`)}</ul>`;
    const files = (0,html_table/* htmlTable */.I)({
        caption: 'Files of the version',
        columns: [{ header: 'File' }, { header: 'Bytes', numeric: true }, { header: 'SHA-256' }],
        rows: report.files.map((file) => [
            (0,html_table/* codeText */.p)(file.name),
            (0,display_number/* displayNumber */.o)(file.size),
            (0,html_table/* codeText */.p)(file.sha256)
        ])
    });
    const data = (0,html_table/* htmlTable */.I)({
        caption: 'Training data',
        columns: [{ header: 'Data' }, { header: 'Rows', numeric: true }, { header: 'SHA-256' }],
        rows: report.training_data.map((entry) => [
            (0,html_table/* codeText */.p)(entry.name),
            entry.rows === undefined ? '—' : (0,display_number/* displayNumber */.o)(entry.rows),
            (0,html_table/* codeText */.p)(entry.sha256)
        ]),
        emptyText: 'No training data digests were recorded.'
    });
    const graph = (0,lineage_graph/* lineageAround */.fo)((0,lineage_graph/* buildLineageGraph */.yc)(events), (0,lineage_graph/* modelVersionNodeId */.BZ)(report.model, report.version));
    return [
        {
            id: `${prefix}-version`,
            title: `Model version ${report.tag}`,
            source: 'register-model',
            status: registerStatus(report),
            lead: report.outcome === 'created'
                ? `${report.tag} was registered in ${report.store}.`
                : `${report.tag} was already registered by this workflow run (a re-run); nothing new was written.`,
            body: (0,markup/* safeHtml */.b5) `${(0,key_value_card/* keyValueCard */.J)(facts)}${metrics}${warnings}`
        },
        {
            id: `${prefix}-files`,
            title: 'Files and training data',
            source: 'register-model',
            collapsed: true,
            lead: `${report.files.length} file(s) and ${report.training_data.length} training data digest(s), each by SHA-256.`,
            body: (0,markup/* safeHtml */.b5) `${files}${data}`
        },
        (0,lineage_section/* lineageSection */.b)(graph, {
            id: `${prefix}-lineage`,
            title: `Lineage of ${report.tag}`,
            source: 'register-model'
        })
    ];
}

// EXTERNAL MODULE: ./shared/operations/register-model.ts + 1 modules
var register_model = __webpack_require__(19667);
// EXTERNAL MODULE: ./shared/operations/register-options.ts
var register_options = __webpack_require__(72855);
// EXTERNAL MODULE: ./shared/operations/registry-open.ts
var registry_open = __webpack_require__(91771);
// EXTERNAL MODULE: ./shared/report/escape.ts
var report_escape = __webpack_require__(46682);
// EXTERNAL MODULE: ./shared/lineage/mermaid-lineage.ts
var mermaid_lineage = __webpack_require__(19535);
// EXTERNAL MODULE: ./shared/report/train-summary.ts
var train_summary = __webpack_require__(40066);
// EXTERNAL MODULE: ./shared/text/grouped-integer.ts
var grouped_integer = __webpack_require__(34369);
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
        lines.push(`| ${(0,report_escape/* codeSpan */.SS)(file.name)} | ${(0,grouped_integer/* groupedInteger */.b)(file.size)} | ${(0,report_escape/* codeSpan */.SS)(file.sha256)} |`);
    }
    if (report.training_data.length > 0) {
        lines.push('', '| Training data | Rows | SHA-256 |', '| --- | --- | --- |');
        for (const data of report.training_data) {
            lines.push(`| ${(0,report_escape/* codeSpan */.SS)(data.name, 60)} | ${data.rows === undefined ? '—' : (0,grouped_integer/* groupedInteger */.b)(data.rows)} | ${(0,report_escape/* codeSpan */.SS)(data.sha256)} |`);
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
            runner_commands/* warning */.$e((0,report_escape/* escapeLog */.Ah)(warning), { title: 'register-model' });
        runner_commands/* setOutput */.uH('version', report.version);
        runner_commands/* setOutput */.uH('tag', report.tag);
        runner_commands/* setOutput */.uH('release-url', report.release_url ?? '');
        runner_commands/* setOutput */.uH('outcome', report.outcome);
        runner_commands/* setOutput */.uH('stage-tag', report.stage?.tag ?? '');
        runner_commands/* setOutput */.uH('report', reportPath);
        const html = options.boolean('html-report') === true
            ? await (0,html_artifact/* publishHtmlReport */.Vp)(registerReportSections(report, outcome.events), {
                title: `Tollgate register-model: ${report.tag}`,
                status: registerStatus(report),
                generatedAt: report.generated_at
            }, { name: 'tollgate-register-model-report' })
            : undefined;
        await (0,action_report/* writeJobSummary */.C)(registerSummaryMarkdown(report, outcome.events) + (html?.summary ? `\n${html.summary}` : ''));
        const stageText = report.stage === null ? '' : `, stage ${report.stage.stage} (${report.stage.tag})`;
        runner_commands/* info */.pq((0,report_escape/* escapeLog */.Ah)(`register-model: ${report.tag} ${report.outcome === 'created' ? 'registered' : 'was already registered by this run'}${stageText}. ` +
            `${report.files.length} files in ${report.store}. Report: ${reportPath}`));
        // The version's lineage.json as stored: the training run's event and the registration's.
        await (0,action_lineage/* emitActionLineage */.X)('register-model', outcome.events, {
            url: options.string('lineage-url')
        });
    });
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

/***/ 40066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ trainSummaryMarkdown),
/* harmony export */   Z: () => (/* binding */ formatNumber)
/* harmony export */ });
/* harmony import */ var _lineage_lineage_graph_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80320);
/* harmony import */ var _lineage_mermaid_lineage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19535);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46682);
/* harmony import */ var _mermaid_charts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(11830);
/* harmony import */ var _text_grouped_integer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(34369);





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
        `Target ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(report.target)} · ${(0,_text_grouped_integer_js__WEBPACK_IMPORTED_MODULE_3__/* .groupedInteger */ .b)(report.rows.total)} rows in ${data} · ` +
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
        lines.push((0,_mermaid_charts_js__WEBPACK_IMPORTED_MODULE_4__/* .categoryChart */ .$W)('Feature importance (share, %)', shown.map((entry) => ({
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
        lines.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(file.path, 60)} | ${file.format} | ${(0,_text_grouped_integer_js__WEBPACK_IMPORTED_MODULE_3__/* .groupedInteger */ .b)(file.bytes)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(file.sha256)} |`);
    }
    lines.push('', '| Model file | Bytes | SHA-256 |', '| --- | --- | --- |');
    for (const file of report.files) {
        lines.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(file.name)} | ${(0,_text_grouped_integer_js__WEBPACK_IMPORTED_MODULE_3__/* .groupedInteger */ .b)(file.size)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(file.sha256)} |`);
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
        return (0,_text_grouped_integer_js__WEBPACK_IMPORTED_MODULE_3__/* .groupedInteger */ .b)(value);
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

/***/ 34369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ groupedInteger)
/* harmony export */ });
/**
 * An integer with thousands separators, as `toLocaleString('en-US')` writes it (1234567 →
 * "1,234,567"). Written by hand because the first toLocaleString call of a process loads ICU's
 * number formatting, about 30 ms of a small step's start-up. Non-integers and non-finite values
 * (never expected here) go to toLocaleString.
 */
function groupedInteger(value) {
    if (!Number.isSafeInteger(value))
        return value.toLocaleString('en-US');
    const digits = String(Math.abs(value));
    let grouped = '';
    for (let end = digits.length; end > 0; end -= 3) {
        const part = digits.slice(Math.max(0, end - 3), end);
        grouped = grouped === '' ? part : `${part},${grouped}`;
    }
    return value < 0 ? `-${grouped}` : grouped;
}


/***/ })

};
