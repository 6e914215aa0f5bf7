export const id = 5509;
export const ids = [5509];
export const modules = {

/***/ 77981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ appendDriftHistory)
/* harmony export */ });
/* harmony import */ var _drift_report_drift_history_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46781);
/* harmony import */ var _spc_history_series_naming_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83092);
/* harmony import */ var _spc_history_spc_record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41084);
/* harmony import */ var _store_store_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74309);




/**
 * Appends this run's drift scores to the subject's spc-check history (drift-history.ts). The key
 * is the run id and attempt, so re-running the same attempt finds its own identical record
 * ('exists') instead of adding a second point; different scores under the same key are refused.
 */
async function appendDriftHistory(store, report, series, run) {
    (0,_spc_history_series_naming_js__WEBPACK_IMPORTED_MODULE_1__/* .assertSpcSeriesName */ .hD)(series);
    const storeSeries = (0,_spc_history_series_naming_js__WEBPACK_IMPORTED_MODULE_1__/* .historySeriesName */ .JY)(series);
    const key = (0,_spc_history_series_naming_js__WEBPACK_IMPORTED_MODULE_1__/* .historyRecordKey */ .F8)(run.id, run.attempt);
    const bytes = (0,_spc_history_spc_record_js__WEBPACK_IMPORTED_MODULE_2__/* .serializeSpcRecord */ .Qk)((0,_drift_report_drift_history_js__WEBPACK_IMPORTED_MODULE_0__/* .driftHistoryRecord */ .jF)(report, series, run));
    try {
        const outcome = await store.appendRecord(storeSeries, key, bytes);
        return { series, storeSeries, key, outcome };
    }
    catch (error) {
        if (error instanceof _store_store_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConflictError */ .f) {
            throw new _store_store_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConflictError */ .f(`Run ${run.id} attempt ${run.attempt} already recorded different drift scores for ${series} ` +
                `in ${store.location}; a re-run of the same attempt must read the same data. ${error.message}`);
        }
        throw error;
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

/***/ 93324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ readWorkflowContext),
/* harmony export */   V: () => (/* binding */ runUrl)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

function readWorkflowContext(env = process.env) {
    let payload = {};
    const path = env.GITHUB_EVENT_PATH;
    if (path !== undefined && path !== '') {
        try {
            payload = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
        }
        catch {
            payload = {};
        }
    }
    const pullRequest = payload.pull_request;
    const issue = payload.issue;
    const pullRequestNumber = pullRequest?.number ?? (issue?.pull_request !== undefined ? issue.number : undefined);
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload,
        pullRequestNumber,
        sha: env.GITHUB_SHA ?? '',
        runId: env.GITHUB_RUN_ID ?? 'local',
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        workflow: env.GITHUB_WORKFLOW ?? '',
        job: env.GITHUB_JOB ?? '',
        actor: env.GITHUB_ACTOR ?? '',
        serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
        repository: env.GITHUB_REPOSITORY ?? ''
    };
}
/** URL of the workflow run's page, for links in comments and issues. */
function runUrl(context) {
    if (context.repository === '' || context.runId === 'local')
        return undefined;
    return `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}`;
}


/***/ }),

/***/ 57025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   driftCommand: () => (/* binding */ driftCommand)
/* harmony export */ });
/* harmony import */ var _adapters_clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85133);
/* harmony import */ var _adapters_drift_history_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77981);
/* harmony import */ var _adapters_shard_partial_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26694);
/* harmony import */ var _adapters_user_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24574);
/* harmony import */ var _drift_report_drift_subject_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99269);
/* harmony import */ var _drift_report_drift_tables_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(43024);
/* harmony import */ var _operations_drift_check_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(26970);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(32635);
/* harmony import */ var _operations_drift_options_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(12857);
/* harmony import */ var _operations_drift_request_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(49986);
/* harmony import */ var _operations_shard_drift_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(89695);
/* harmony import */ var _operations_shard_validate_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(86615);
/* harmony import */ var _options_option_table_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(55739);
/* harmony import */ var _shard_shard_spec_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(30225);
/* harmony import */ var _operations_spc_request_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(373);















const STATUS_MARK = { tested: '', error: 'ERROR', skipped: 'SKIP', schema: 'SCHEMA' };
/**
 * `tollgate drift`: the drift-check action on a laptop. Exit code 0 without drift, 1 when drift
 * (dataset drift or a schema change) is detected, 2 for a usage or input error.
 *
 * Sharded: `--shard k/n` scans a share of the current data into a partial (exit 0), and
 * `--merge --current 'part-*.json'` compares the reference with the merged partials exactly as a
 * run over all the current data would.
 */
const driftCommand = {
    name: 'drift',
    summary: 'Compare current data with a reference and report drift per column (drift-check).',
    usage: '--reference FILE|PROFILE|registry:MODEL@STAGE --current FILE [--method auto|ks|psi|...] [--report-path R.json] [--shard k/n | --merge]',
    options: _operations_drift_options_js__WEBPACK_IMPORTED_MODULE_8__/* .driftCheckOptions */ .G,
    async run(options, _positionals, output) {
        if (options.string('shard') !== undefined)
            return runDriftShard(options, output);
        const now = (0,_adapters_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .nowFromEnvironment */ .g)();
        const surface = { defaultStore: 'local', cwd: process.cwd(), now };
        const invocation = options.boolean('merge') === true
            ? (0,_operations_shard_drift_js__WEBPACK_IMPORTED_MODULE_10__/* .mergedDriftInvocation */ .oQ)(options, surface, (0,_operations_shard_drift_js__WEBPACK_IMPORTED_MODULE_10__/* .readDriftPartialFiles */ .wx)((0,_options_option_table_js__WEBPACK_IMPORTED_MODULE_12__/* .splitList */ .ry)(options.requiredString('current')), surface.cwd))
            : (0,_operations_drift_request_js__WEBPACK_IMPORTED_MODULE_9__/* .driftInvocation */ .Y)(options, surface);
        const report = await (0,_operations_drift_check_js__WEBPACK_IMPORTED_MODULE_6__/* .driftCheck */ .W)(invocation.request);
        const reportPath = options.string('report-path');
        if (reportPath !== undefined)
            (0,_adapters_user_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeJsonFile */ .An)(reportPath, report);
        for (const entry of report.columns) {
            const test = entry.test;
            if (entry.status === 'tested' && test !== undefined) {
                const mark = entry.drifted ? 'DRIFT' : 'ok';
                const approximate = test.exact ? '' : ' (approximate)';
                output.out(`${mark.padEnd(6)} ${JSON.stringify(entry.column)} ${test.method}: ${(0,_drift_report_drift_tables_js__WEBPACK_IMPORTED_MODULE_5__/* .formatScore */ .y)(test.score)} ` +
                    `(drift when ${test.operator} ${(0,_drift_report_drift_tables_js__WEBPACK_IMPORTED_MODULE_5__/* .formatScore */ .y)(test.threshold)})${approximate}`);
            }
            else {
                output.out(`${STATUS_MARK[entry.status].padEnd(6)} ${JSON.stringify(entry.column)}: ${entry.message ?? ''}`);
            }
        }
        const { dataset } = report;
        output.out(`${report.drift_detected ? 'DRIFT DETECTED' : 'no drift'} for ${report.subject}: ` +
            `${dataset.drifted_columns} of ${dataset.tested_columns} tested columns drifted ` +
            `(share ${(0,_drift_report_drift_tables_js__WEBPACK_IMPORTED_MODULE_5__/* .formatScore */ .y)(dataset.share)}, dataset drift at ≥ ${(0,_drift_report_drift_tables_js__WEBPACK_IMPORTED_MODULE_5__/* .formatScore */ .y)(dataset.drift_share)})` +
            (report.schema_changes.length > 0
                ? `; ${report.schema_changes.length} schema change(s)`
                : ''));
        if (invocation.history) {
            const written = await (0,_adapters_drift_history_store_js__WEBPACK_IMPORTED_MODULE_1__/* .appendDriftHistory */ .G)(await invocation.store(), report, (0,_drift_report_drift_subject_js__WEBPACK_IMPORTED_MODULE_4__/* .driftSeriesName */ .mB)(report.subject), (0,_operations_spc_request_js__WEBPACK_IMPORTED_MODULE_14__/* .commandRunIdentity */ .tM)(undefined, now));
            output.out(`history: ${written.outcome === 'created' ? 'recorded' : 'already recorded'} as ${written.key} in series ${written.series}`);
        }
        if (reportPath !== undefined)
            output.out(`report: ${reportPath}`);
        return report.drift_detected ? 1 : 0;
    }
};
/**
 * `tollgate drift --shard k/n`: scans this shard's share of the current data and writes its
 * partial to --report-path (default `tollgate-drift-partial-k-of-n.json` here). The reference is
 * not read: the merge compares.
 */
async function runDriftShard(options, output) {
    const shard = (0,_shard_shard_spec_js__WEBPACK_IMPORTED_MODULE_13__/* .parseShardSpec */ .d7)(options.requiredString('shard'), 'option --shard');
    if (options.boolean('merge') === true)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb('Give either --shard k/n (one shard) or --merge (merge them), not both.');
    const partial = await (0,_operations_shard_drift_js__WEBPACK_IMPORTED_MODULE_10__/* .scanDriftShard */ .X5)((0,_operations_shard_drift_js__WEBPACK_IMPORTED_MODULE_10__/* .driftShardRequest */ .tY)(options, shard, (0,_adapters_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .nowFromEnvironment */ .g)()));
    const path = options.string('report-path') ?? `${(0,_shard_shard_spec_js__WEBPACK_IMPORTED_MODULE_13__/* .partialArtifactName */ .rK)(shard, 'drift')}.json`;
    (0,_adapters_shard_partial_file_js__WEBPACK_IMPORTED_MODULE_2__/* .writePartialFile */ .X)(path, partial);
    output.out((0,_operations_shard_validate_js__WEBPACK_IMPORTED_MODULE_11__/* .describeShard */ .y0)(partial));
    output.out(`partial: ${path} (merge all ${shard.count} with \`tollgate drift --merge --reference REF --current <partials>\`)`);
    return 0;
}


/***/ }),

/***/ 46781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dd: () => (/* binding */ driftMetricsJson),
/* harmony export */   jF: () => (/* binding */ driftHistoryRecord)
/* harmony export */ });
/* unused harmony export driftHistoryMetrics */
/* harmony import */ var _drift_drift_methods_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25738);
/* harmony import */ var _spc_history_metric_point_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96205);
/* harmony import */ var _spc_history_spc_record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41084);



/**
 * A drift run as an SPC point. drift-check appends one spc-check history record per run to the
 * subject's series (`drift-<subject>`, in the store under historySeriesName, key `<run id>-<attempt>`),
 * so `spc-check` with `series: drift-<subject>` charts drift over time without further input.
 * The same numbers are also written as a flat metrics JSON `{ "<metric>": number }` (the user
 * metrics file spc-check reads) for pipelines that keep their own series.
 *
 * Metrics:
 * - `share` (proportion: drifted of tested columns → p chart; a plain number in the flat JSON);
 * - `drifted_columns`, `schema_changes` (counts → c chart);
 * - `<method>:<column>` (measurement): the score compared with the threshold — a p-value for
 *   ks, chisquare and z, the distance otherwise — per tested column with a finite score. The
 *   method is part of the name, so a series never mixes a p-value with a distance when the
 *   automatic choice changes;
 * - `<method>-statistic:<column>` (measurement): for the p-value tests, the test statistic
 *   (KS D, χ², z), which unlike a p-value does not collapse to 0 under large drift.
 * Column names are kept except `/` (spc-check's series/metric separator, written `∕`) and
 * control characters.
 */
function driftHistoryMetrics(report) {
    const metrics = {};
    const { dataset } = report;
    if (dataset.tested_columns > 0) {
        metrics.share = {
            kind: 'proportion',
            count: dataset.drifted_columns,
            size: dataset.tested_columns
        };
    }
    metrics.drifted_columns = { kind: 'defect-count', count: dataset.drifted_columns };
    metrics.schema_changes = { kind: 'defect-count', count: report.schema_changes.length };
    for (const entry of report.columns) {
        const test = entry.test;
        if (entry.status !== 'tested' || test === undefined || test.method === null)
            continue;
        const column = metricColumnName(entry.column);
        const add = (name, value) => {
            if (value === null || name.length > _spc_history_metric_point_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_METRIC_NAME_LENGTH */ .pC || name in metrics)
                return;
            metrics[name] = { kind: 'measurement', value };
        };
        add(`${test.method}:${column}`, test.score);
        if (_drift_drift_methods_js__WEBPACK_IMPORTED_MODULE_0__/* .DRIFT_METHODS */ .Tl[test.method].scoreKind === 'p_value') {
            add(`${test.method}-statistic:${column}`, test.statistic);
        }
    }
    return metrics;
}
/** The same metrics as plain numbers (the proportion `share` as its ratio). */
function driftMetricsJson(report) {
    const flat = {};
    for (const [name, point] of Object.entries(driftHistoryMetrics(report))) {
        if (point.kind === 'proportion')
            flat[name] = point.count / point.size;
        else if (point.kind === 'measurement' && 'value' in point)
            flat[name] = point.value;
        else if (point.kind === 'defect-count')
            flat[name] = point.count;
    }
    return flat;
}
/** The spc-check history record of this run (no wall-clock time: re-runs write identical bytes). */
function driftHistoryRecord(report, series, run) {
    return (0,_spc_history_spc_record_js__WEBPACK_IMPORTED_MODULE_1__/* .buildSpcRecord */ .kT)({
        series,
        run,
        sources: [report.reference.source, report.current.source],
        metrics: driftHistoryMetrics(report)
    });
}
function metricColumnName(column) {
    // eslint-disable-next-line no-control-regex
    return column.replace(/\//g, '∕').replace(/[\u0000-\u001f\u007f]/g, '?');
}


/***/ }),

/***/ 12857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ driftCheckOptions)
/* harmony export */ });
/* harmony import */ var _options_lineage_url_option_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95742);
/* harmony import */ var _options_html_report_option_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6079);


/** Options of drift-check: the action's inputs and `tollgate drift`'s flags. */
const driftCheckOptions = {
    reference: {
        description: 'Reference: a data file (or glob), a saved profile JSON, or registry:MODEL@STAGE-OR-VERSION (not needed with shard).'
    },
    current: {
        description: 'Current data file(s): a path, a glob, or several separated by newlines or commas; with merge, the partial files of the shards.'
    },
    method: {
        description: 'Drift test for every column: auto (Evidently default per column), ks, wasserstein, psi, jensenshannon, chisquare, z, kl_div or hellinger.',
        default: 'auto',
        choices: [
            'auto',
            'ks',
            'wasserstein',
            'psi',
            'jensenshannon',
            'chisquare',
            'z',
            'kl_div',
            'hellinger'
        ]
    },
    threshold: {
        description: "Threshold for the chosen method (default: the method's Evidently threshold).",
        default: ''
    },
    'column-methods': {
        description: 'Per-column method and threshold: COLUMN=METHOD[:THRESHOLD] entries.',
        default: ''
    },
    columns: { description: 'Only test these columns (default: all).', default: '' },
    'ignore-columns': { description: 'Columns not to test.', default: '' },
    'drift-share': {
        description: 'Share of drifted columns at which the dataset drifts.',
        default: '0.5'
    },
    'psi-binning': {
        description: 'PSI bins: quantile (reference deciles) or evidently (Sturges bins).',
        default: 'quantile',
        choices: ['quantile', 'evidently']
    },
    subject: {
        description: 'What is monitored (issue title, history series); default: model or file name.',
        default: ''
    },
    format: {
        description: 'Data format: auto, csv, tsv, jsonl or parquet.',
        default: 'auto',
        choices: ['auto', 'csv', 'tsv', 'jsonl', 'parquet']
    },
    delimiter: { description: 'Field delimiter for CSV files when it is not a comma.', default: '' },
    'report-path': { description: 'Where to write the JSON report.', default: '' },
    store: {
        description: 'Store for registry references and drift history: github, or a directory (CLI default .tollgate/).',
        default: ''
    },
    history: {
        description: 'Append the drift scores to the store as SPC points: auto (action: yes; CLI: when --store is given), true, false.',
        default: 'auto',
        choices: ['auto', 'true', 'false']
    },
    config: {
        description: 'Project configuration with a drift section (default .tollgate.yml if present).',
        default: ''
    },
    issue: {
        description: 'Open, update and close the drift issue: true or false.',
        default: 'true',
        choices: ['true', 'false'],
        actionOnly: true
    },
    label: { description: 'Label of the drift issue.', default: 'drift', actionOnly: true },
    'dispatch-event': {
        description: 'repository_dispatch event type to send when drift is found (empty: none).',
        default: '',
        actionOnly: true
    },
    'fail-on-drift': {
        description: 'Fail the step when drift is detected: true or false.',
        default: 'false',
        choices: ['true', 'false'],
        actionOnly: true
    },
    threads: { description: 'Worker threads for the scans (0 = one per core).', default: '0' },
    shard: {
        description: "Run as shard k/n of a matrix (e.g. 3/16): scan only this shard's share of the current data and write a partial for merge instead of a report.",
        default: ''
    },
    merge: {
        description: 'Compare the reference with the current data merged from shard partials (the CLI reads them from --current; the action, when current is empty, downloads those of this workflow run): true or false.',
        default: 'false',
        choices: ['true', 'false']
    },
    'html-report': _options_html_report_option_js__WEBPACK_IMPORTED_MODULE_1__/* .HTML_REPORT_OPTION */ .N,
    'lineage-url': _options_lineage_url_option_js__WEBPACK_IMPORTED_MODULE_0__/* .LINEAGE_URL_OPTION */ .G,
    token: {
        description: 'Token for the issue, the dispatch and the GitHub store.',
        actionOnly: true
    }
};


/***/ }),

/***/ 49986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ driftInvocation)
/* harmony export */ });
/* harmony import */ var _adapters_open_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41839);
/* harmony import */ var _adapters_project_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33701);
/* harmony import */ var _options_option_table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55739);
/* harmony import */ var _drift_settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85978);




/**
 * Turns the shared options of drift-check (action inputs or `tollgate drift` flags) and the
 * `drift:` section of `.tollgate.yml` into a request, so both surfaces behave the same. Inputs
 * the user gave explicitly win over the file; the file wins over the defaults.
 */
function driftInvocation(options, surface) {
    const configPath = options.string('config');
    const project = (0,_adapters_project_config_js__WEBPACK_IMPORTED_MODULE_1__/* .loadProjectConfig */ .WM)(surface.cwd, configPath);
    const explicit = (name) => (options.has(name) ? options.string(name) : undefined);
    const settings = (0,_drift_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveDriftSettings */ .B)({
        method: explicit('method'),
        threshold: explicit('threshold'),
        driftShare: explicit('drift-share'),
        psiBinning: explicit('psi-binning'),
        columnMethods: options.list('column-methods'),
        columns: options.list('columns'),
        ignore: options.list('ignore-columns')
    }, project.section('drift'));
    let opened;
    const store = () => (opened ??= (0,_adapters_open_store_js__WEBPACK_IMPORTED_MODULE_0__/* .openStore */ .C)({
        ...(options.string('store') === undefined ? {} : { store: options.string('store') }),
        ...(surface.token === undefined ? {} : { token: surface.token }),
        cwd: surface.cwd,
        defaultStore: surface.defaultStore
    }));
    const historyChoice = options.choice('history');
    const history = historyChoice === 'true' ||
        (historyChoice === 'auto' && (surface.defaultStore === 'github' || options.has('store')));
    const subject = options.string('subject');
    const request = {
        reference: options.requiredString('reference'),
        current: (0,_options_option_table_js__WEBPACK_IMPORTED_MODULE_2__/* .splitList */ .ry)(options.requiredString('current')),
        format: options.choice('format'),
        delimiter: options.string('delimiter'),
        settings,
        threads: options.integer('threads') ?? 0,
        now: surface.now,
        cwd: surface.cwd,
        openStore: store,
        registryConfig: project.registry,
        ...(subject === undefined ? {} : { subject }),
        ...(surface.run === undefined ? {} : { run: surface.run })
    };
    return { request, store, history };
}


/***/ }),

/***/ 89695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X5: () => (/* binding */ scanDriftShard),
/* harmony export */   oQ: () => (/* binding */ mergedDriftInvocation),
/* harmony export */   tY: () => (/* binding */ driftShardRequest),
/* harmony export */   wx: () => (/* binding */ readDriftPartialFiles)
/* harmony export */ });
/* unused harmony exports DRIFT_SHARD_EXACT_VALUES, mergeDriftShards, mergedCurrentSide */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32635);
/* harmony import */ var _adapters_data_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(60409);
/* harmony import */ var _adapters_drift_data_side_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76497);
/* harmony import */ var _adapters_shard_partial_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(26694);
/* harmony import */ var _adapters_shard_scan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(12173);
/* harmony import */ var _adapters_table_scan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(53213);
/* harmony import */ var _options_option_table_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(55739);
/* harmony import */ var _scan_merge_partials_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(71961);
/* harmony import */ var _scan_scan_plan_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(49829);
/* harmony import */ var _shard_exact_value_cap_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(73779);
/* harmony import */ var _shard_shard_set_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(34628);
/* harmony import */ var _shard_validate_partial_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(15871);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(84402);
/* harmony import */ var _drift_request_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(49986);
/* harmony import */ var _shard_validate_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(86615);
















/**
 * Exact numbers a drift shard may carry: 16M values = 128 MB. Drift tests on the current data
 * (exact KS, Wasserstein) need every value, so unlike validate-data's partials these stay exact
 * as long as possible; a column folded into its sketch cannot be tested exactly on the current
 * side (drift-check then reports it as not testable).
 */
const DRIFT_SHARD_EXACT_VALUES = 16_000_000;
/** A drift scan has no checks: the scan computes only the column statistics. */
const NO_CHECKS = { file: '', nullValues: [], tableChecks: [], columns: [] };
/** What a drift partial records instead of a checks file's hash. */
const NO_CHECKS_HASH = (0,_shard_validate_js__WEBPACK_IMPORTED_MODULE_13__/* .sha256Hex */ .fg)('');
/**
 * The shard scan a `shard: k/n` step or `tollgate drift --shard k/n` asks for: the current data
 * and how to read it, from the same options a normal run reads.
 */
function driftShardRequest(options, shard, now) {
    return {
        data: (0,_options_option_table_js__WEBPACK_IMPORTED_MODULE_7__/* .splitList */ .ry)(options.requiredString('current')),
        format: options.choice('format'),
        delimiter: options.string('delimiter'),
        threads: options.integer('threads') ?? 0,
        now,
        shard
    };
}
/**
 * One shard of drift-check's CURRENT data: the same scan validate-data's shards run (whole files or
 * a byte range of a large CSV file, shard-segments.ts), without checks, keeping the numbers exact.
 */
async function scanDriftShard(request) {
    const files = (0,_adapters_data_files_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveDataFiles */ .A6)(request.data, request.format, request.cwd);
    const threads = request.threads > 0 ? request.threads : Math.max(1, Math.min((0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)(), 8));
    const input = { files, delimiter: request.delimiter, threads };
    const header = await (0,_adapters_table_scan_js__WEBPACK_IMPORTED_MODULE_6__/* .readTableHeader */ .C)(input);
    const budget = request.exactValueBudget ?? DRIFT_SHARD_EXACT_VALUES;
    const plan = (0,_scan_scan_plan_js__WEBPACK_IMPORTED_MODULE_14__/* .buildScanPlan */ .bN)(NO_CHECKS, header.header, {}, { exactValueBudget: budget, sampleLimit: 0 });
    const described = (0,_adapters_shard_scan_js__WEBPACK_IMPORTED_MODULE_5__/* .partialFiles */ .XP)(input, header);
    const segments = await (0,_adapters_shard_scan_js__WEBPACK_IMPORTED_MODULE_5__/* .shardSegments */ .HT)(files, described, request.shard);
    const scanned = await (0,_adapters_shard_scan_js__WEBPACK_IMPORTED_MODULE_5__/* .scanShardSegments */ .UM)(input, header, plan, request.shard, segments, {
        runRange: request.runRange,
        minSplitBytes: request.minSplitBytes
    });
    const ranges = scanned.flatMap((segment) => segment.ranges);
    // A range scan past its share of the budget has already folded its numbers into the sketch
    // (a tally holds a quantile sketch only then); the cap below folds whole columns beyond it.
    const scansKeptAll = ranges.every((range) => range.columns.every((column) => column.tally.quantiles === undefined));
    const exactValuesKept = (0,_shard_exact_value_cap_js__WEBPACK_IMPORTED_MODULE_9__/* .capExactValues */ .O)(ranges, budget) && scansKeptAll;
    return {
        format: _shard_validate_partial_js__WEBPACK_IMPORTED_MODULE_11__/* .DRIFT_PARTIAL_FORMAT */ .S0,
        version: _shard_validate_partial_js__WEBPACK_IMPORTED_MODULE_11__/* .VALIDATE_PARTIAL_VERSION */ .KF,
        tool: { name: 'tollgate', version: _version_js__WEBPACK_IMPORTED_MODULE_15__/* .TOLLGATE_VERSION */ .o },
        generated_at: new Date(request.now).toISOString(),
        shard: request.shard,
        checks: { file: '', sha256: NO_CHECKS_HASH },
        data: { files: described, delimiter: request.delimiter ?? '', header: header.header },
        scan: { sample_limit: 0, exact_value_budget: budget, exact_values_kept: exactValuesKept },
        rows: scanned.reduce((sum, segment) => sum + segment.ranges.reduce((total, range) => total + range.rows, 0), 0),
        segments: scanned,
        sample_texts: {}
    };
}
/** Checks the set (every shard once, same data) and merges it; see assembleShards for the errors. */
function mergeDriftShards(partials) {
    const shards = (0,_shard_shard_set_js__WEBPACK_IMPORTED_MODULE_10__/* .assembleShards */ .g)(partials, NO_CHECKS_HASH, '(drift-check current data)');
    return {
        files: shards.files.map((file) => ({
            path: file.path,
            format: file.format,
            bytes: file.bytes
        })),
        header: shards.header,
        scan: (0,_scan_merge_partials_js__WEBPACK_IMPORTED_MODULE_8__/* .mergePartials */ .p)(shards.parts, 0),
        exactValuesKept: shards.exactValuesKept,
        shards: shards.count
    };
}
/** Files named in the current side's source before the rest is summarised as a count. */
const SOURCE_FILES_SHOWN = 3;
/**
 * The merged current data as the drift tests read a scanned side (driftSideFromScan): the same
 * sorted numbers, value counts and types a single scan gives. Its source names the shards and
 * files, since the patterns the shard jobs were given are not recorded in their partials.
 */
function mergedCurrentSide(merged) {
    const paths = merged.files.map((file) => file.path);
    const shown = paths.slice(0, SOURCE_FILES_SHOWN).join(', ');
    const more = paths.length > SOURCE_FILES_SHOWN ? ` and ${paths.length - SOURCE_FILES_SHOWN} more` : '';
    return (0,_adapters_drift_data_side_js__WEBPACK_IMPORTED_MODULE_3__/* .driftSideFromScan */ .kY)(merged.scan, merged.files, `${shown}${more} (merged from ${merged.shards} shard${merged.shards === 1 ? '' : 's'})`);
}
/**
 * Reads drift partials from files: paths or globs, expanded as data files are (each pattern must
 * match; matches sorted). Every file must be a drift-check partial, not a validate-data one.
 */
function readDriftPartialFiles(patterns, cwd) {
    // The format only satisfies the resolver's extension rule: partials are read as JSON below.
    return (0,_adapters_data_files_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveDataFiles */ .A6)([...patterns], 'jsonl', cwd).map((file) => ({
        partial: (0,_adapters_shard_partial_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readPartialFile */ .C)(file.openPath, _shard_validate_partial_js__WEBPACK_IMPORTED_MODULE_11__/* .DRIFT_PARTIAL_FORMAT */ .S0),
        source: file.path
    }));
}
/**
 * drift-check's merge mode: the options and project configuration read as in a normal run, with
 * the current side merged from `partials` (checked to be one complete shard set). Issue,
 * history, summary and report then follow as for a single run over all the current data.
 */
function mergedDriftInvocation(options, surface, partials) {
    if (partials.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('No drift partials were given; pass the files written by `tollgate drift --shard k/n`.');
    }
    const currentSide = mergedCurrentSide(mergeDriftShards(partials));
    // driftInvocation requires `current`; in a merge it names the partials, never data to read.
    const sources = partials.map((entry) => entry.source).join('\n');
    const invocation = (0,_drift_request_js__WEBPACK_IMPORTED_MODULE_12__/* .driftInvocation */ .Y)(new _options_option_table_js__WEBPACK_IMPORTED_MODULE_7__/* .Options */ .JY(options.table, {
        get: (name) => (name === 'current' ? sources : options.source.get(name)),
        describe: (name) => options.source.describe(name)
    }), surface);
    return { ...invocation, request: { ...invocation.request, current: [], currentSide } };
}


/***/ }),

/***/ 373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aF: () => (/* binding */ spcRequestFromOptions),
/* harmony export */   dr: () => (/* binding */ workflowRunIdentity),
/* harmony export */   tM: () => (/* binding */ commandRunIdentity)
/* harmony export */ });
/* unused harmony exports DEFAULT_SERIES, loadSpcSettings, explicitSettings */
/* harmony import */ var _adapters_open_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41839);
/* harmony import */ var _adapters_project_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33701);
/* harmony import */ var _adapters_user_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24574);
/* harmony import */ var _adapters_workflow_context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93324);
/* harmony import */ var _config_yaml_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68302);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(32635);
/* harmony import */ var _spc_history_rule_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5658);
/* harmony import */ var _spc_history_spc_config_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(78647);








/** The series a history is kept under when the user names none. */
const DEFAULT_SERIES = 'data';
async function spcRequestFromOptions(options, surface) {
    const failOn = options.choice('fail-on');
    const config = loadSpcSettings(options.string('config'), surface.cwd);
    const inputs = explicitSettings(options);
    const values = options.string('values');
    const metrics = options.list('metrics');
    if (values !== undefined) {
        for (const name of ['metrics', 'store']) {
            if (options.has(name)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${options.source.describe('values')} charts a given series without a store; ` +
                    `drop ${options.source.describe(name)} (or drop values to use the history)`);
            }
        }
        return {
            mode: 'values',
            valuesPath: values,
            ...(options.has('series') ? { series: options.requiredString('series').trim() } : {}),
            config,
            inputs,
            failOn,
            now: surface.now,
            cwd: surface.cwd
        };
    }
    const store = await (0,_adapters_open_store_js__WEBPACK_IMPORTED_MODULE_0__/* .openStore */ .C)({
        store: options.string('store'),
        token: surface.token,
        cwd: surface.cwd,
        defaultStore: surface.defaultStore
    });
    return {
        mode: 'history',
        series: options.string('series')?.trim() ?? DEFAULT_SERIES,
        metricsPaths: metrics,
        store,
        run: surface.run,
        config,
        inputs,
        ...(options.has('include') ? { include: options.list('include') } : {}),
        failOn,
        now: surface.now
    };
}
/** The spc settings: the `config` file, else the `spc:` section of `.tollgate.yml` (if any). */
function loadSpcSettings(configPath, cwd) {
    if (configPath !== undefined) {
        return (0,_spc_history_spc_config_js__WEBPACK_IMPORTED_MODULE_7__/* .parseSpcConfig */ .IQ)((0,_config_yaml_source_js__WEBPACK_IMPORTED_MODULE_4__/* .parseYamlSource */ .W)((0,_adapters_user_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readUserFile */ .E1)(configPath, 'spc settings file'), configPath));
    }
    return (0,_spc_history_spc_config_js__WEBPACK_IMPORTED_MODULE_7__/* .parseSpcConfig */ .IQ)((0,_adapters_project_config_js__WEBPACK_IMPORTED_MODULE_1__/* .loadProjectConfig */ .WM)(cwd).section('spc'));
}
/** The per-metric settings the user gave as options (defaults of the table are not included). */
function explicitSettings(options) {
    const settings = {};
    if (options.has('chart'))
        settings.chart = options.choice('chart');
    if (options.has('baseline')) {
        const baseline = options.integer('baseline');
        if (baseline < 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${options.source.describe('baseline')} must be ≥ 0, got ${baseline}`);
        }
        settings.baseline = baseline;
    }
    if (options.has('rules')) {
        const choice = (0,_spc_history_rule_text_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRuleChoice */ .Vo)(options.list('rules'));
        if (typeof choice === 'object' && 'problem' in choice) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${options.source.describe('rules')}: ${choice.problem}`);
        }
        settings.rules = choice;
    }
    if (options.has('severity')) {
        const map = (0,_spc_history_rule_text_js__WEBPACK_IMPORTED_MODULE_6__/* .parseSeverityPairs */ .EB)(options.list('severity'));
        if ('problem' in map)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${options.source.describe('severity')}: ${map.problem}`);
        settings.severity = map;
    }
    if (options.has('exclude'))
        settings.exclude = options.list('exclude');
    for (const name of ['nsigmas', 'lambda', 'target', 'sigma', 'k', 'h']) {
        const value = options.number(name);
        if (value !== undefined)
            settings[name] = value;
    }
    return settings;
}
/** The run a GitHub Actions step belongs to (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT, …). */
function workflowRunIdentity(env = process.env) {
    const context = (0,_adapters_workflow_context_js__WEBPACK_IMPORTED_MODULE_3__/* .readWorkflowContext */ .F)(env);
    return {
        id: context.runId,
        attempt: parseAttempt(context.runAttempt),
        sha: context.sha,
        ref: env.GITHUB_REF ?? '',
        event: context.eventName
    };
}
/**
 * The run a CLI invocation records as: `--run-id`, else the surrounding GitHub run when the CLI
 * runs inside Actions, else `local-<UTC time>` (e.g. `local-20260314T120000Z`).
 */
function commandRunIdentity(runId, now, env = process.env) {
    if (runId !== undefined) {
        return {
            id: runId.trim(),
            attempt: 1,
            sha: env.GITHUB_SHA ?? '',
            ref: env.GITHUB_REF ?? '',
            event: 'cli'
        };
    }
    if (env.GITHUB_RUN_ID !== undefined && env.GITHUB_RUN_ID !== '')
        return workflowRunIdentity(env);
    const stamp = new Date(now)
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
    return { id: `local-${stamp}`, attempt: 1, sha: '', ref: '', event: 'cli' };
}
function parseAttempt(text) {
    const attempt = Number(text);
    if (!Number.isInteger(attempt) || attempt < 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`GITHUB_RUN_ATTEMPT must be a whole number ≥ 1, got ${JSON.stringify(text)}`);
    }
    return attempt;
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
    const value = (text.length > maxLength ? `${text.slice(0, maxLength)}…` : text)
        .replace(/\r?\n|\r/g, ' ')
        .replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = value.startsWith('`') || value.endsWith('`') || value === '' ? ' ' : '';
    return `${fence}${pad}${value}${pad}${fence}`;
}


/***/ })

};
