export const id = 2174;
export const ids = [2174];
export const modules = {

/***/ 85133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ nowFromEnvironment)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);

/**
 * "Now" for checks that depend on time (freshness), normally the system clock. TOLLGATE_NOW (an
 * ISO 8601 time) pins it, so a CI result can be reproduced later on a laptop and tests are stable.
 */
function nowFromEnvironment(env = process.env) {
    const pinned = env.TOLLGATE_NOW;
    if (pinned === undefined || pinned === '')
        return Date.now();
    const value = Date.parse(pinned);
    if (Number.isNaN(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`TOLLGATE_NOW must be an ISO 8601 time, got ${JSON.stringify(pinned)}`);
    return value;
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

/***/ 78613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ gateOptions)
/* harmony export */ });
/* harmony import */ var _options_lineage_url_option_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95742);
/* harmony import */ var _options_html_report_option_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6079);


/** Options of evaluate-gate: the action's inputs and `tollgate gate`'s flags. */
const gateOptions = {
    candidate: {
        description: 'Candidate model: MODEL@VERSION from the registry, or a local model directory (or model.json).',
        required: true
    },
    champion: {
        description: 'Champion to compare against: a registry stage of the same model (e.g. production), a full reference MODEL@STAGE or MODEL@VERSION, or none.',
        default: 'production'
    },
    data: {
        description: 'Evaluation data with the target column: a path, a glob, or several separated by newlines or commas.',
        required: true
    },
    target: { description: 'Name of the target column in the evaluation data.', required: true },
    thresholds: {
        description: 'Gate rules file (YAML). Empty: the gate section of .tollgate.yml.',
        default: ''
    },
    predictions: {
        description: 'Predictions file of the candidate, row-aligned with the data (for command-trained models): a prediction column, and probability_<class> or score columns for classifiers.',
        default: ''
    },
    'champion-predictions': {
        description: 'Predictions file of the champion, same layout as predictions.',
        default: ''
    },
    task: {
        description: 'classification, regression, or auto (from the model, else from the data).',
        default: 'auto',
        choices: ['auto', 'classification', 'regression']
    },
    slice: { description: 'Column to report metrics per value of (slice metrics).', default: '' },
    format: {
        description: 'Data format: auto, csv, tsv, jsonl or parquet.',
        default: 'auto',
        choices: ['auto', 'csv', 'tsv', 'jsonl', 'parquet']
    },
    delimiter: { description: 'Field delimiter for CSV files when it is not a comma.', default: '' },
    store: {
        description: 'Where the registry lives: github (the repository) or a directory. Empty: github in Actions, .tollgate locally.',
        default: ''
    },
    record: {
        description: "Store the verdict with the candidate version (for deploy's promotion policy).",
        default: 'true'
    },
    'fail-on-reject': {
        description: 'Fail the step (exit 1) when the gate rejects the candidate.',
        default: 'true'
    },
    'report-path': { description: 'Where to write the JSON report.', default: '' },
    'check-name': {
        description: 'Name of the check run; empty: "Tollgate gate: <model>".',
        default: '',
        actionOnly: true
    },
    comment: {
        description: 'Post the verdict as a pull-request comment: auto, true or false.',
        default: 'auto',
        choices: ['auto', 'true', 'false'],
        actionOnly: true
    },
    'html-report': _options_html_report_option_js__WEBPACK_IMPORTED_MODULE_1__/* .HTML_REPORT_OPTION */ .N,
    'lineage-url': _options_lineage_url_option_js__WEBPACK_IMPORTED_MODULE_0__/* .LINEAGE_URL_OPTION */ .G,
    token: { description: 'Token for the check run, the comment and the registry.', actionOnly: true }
};


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

/***/ 49971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NV: () => (/* binding */ gateSummaryMarkdown),
/* harmony export */   ST: () => (/* binding */ gateHeadline),
/* harmony export */   oR: () => (/* binding */ displayNumber)
/* harmony export */ });
/* harmony import */ var _evaluation_metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7302);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46682);
/* harmony import */ var _text_grouped_integer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34369);



const VERDICT_TEXT = {
    promote: '✅ promote',
    reject: '❌ reject',
    'no-champion': '⚪ no champion to compare'
};
/** "4 significant digits" for tables; the JSON report keeps full precision. */
function displayNumber(value) {
    if (value === null || value === undefined)
        return '—';
    if (!Number.isFinite(value))
        return String(value);
    if (value !== 0 && Math.abs(value) < 1e-4)
        return value.toExponential(2);
    return String(Number(value.toPrecision(4)));
}
/** The candidate-vs-champion headline of a verdict, e.g. "churn v0.0.3 vs churn v0.0.2 (production)". */
function gateHeadline(report) {
    const champion = report.champion === null
        ? 'no champion'
        : `${report.champion.reference}${report.champion.stage === null ? '' : ` (${report.champion.stage})`}`;
    return `${report.candidate.reference} vs ${champion}`;
}
/** The headline with references as code spans (no mentions, no markdown from a path). */
function markdownHeadline(report) {
    const champion = report.champion === null
        ? 'no champion'
        : `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(report.champion.reference)}${report.champion.stage === null ? '' : ` (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(report.champion.stage)})`}`;
    return `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(report.candidate.reference)} vs ${champion}`;
}
/**
 * Markdown of a gate verdict for the job summary, the PR comment and the check run's summary:
 * the verdict, a candidate-vs-champion table of every metric with the bootstrap interval of the
 * difference, one line per rule with its reason, the statistical tests, per-class and slice
 * metrics (folded), the data and the rules that decided.
 */
function gateSummaryMarkdown(report, options = {}) {
    const title = options.title ?? 'Tollgate evaluate-gate';
    const lines = [
        `### ${title}: ${VERDICT_TEXT[report.verdict]} — ${markdownHeadline(report)}`,
        '',
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(report.summary, 1000),
        ''
    ];
    if (report.champion === null)
        lines.push(`> ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(report.champion_note, 400)}`, '');
    lines.push(...metricsTable(report), '');
    lines.push('#### Rules', '', '| | Metric | Rule | Required | Reason |', '| --- | --- | --- | --- | --- |');
    for (const reason of report.reasons) {
        const icon = reason.passed === null ? '⚪' : reason.passed ? '✅' : '❌';
        lines.push(`| ${icon} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(reason.metric)} | ${reason.rule.replace(/_/g, ' ')} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(reason.required, 200)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(reason.sentence, 500)} |`);
    }
    lines.push('');
    const tests = testLines(report);
    if (tests.length > 0)
        lines.push('#### Statistical tests', '', ...tests, '');
    if (!options.compact) {
        lines.push(...perClassSection(report), ...sliceSection(report));
    }
    const files = report.data.files
        .map((file) => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(file.path)} (sha256 ${file.sha256.slice(0, 12)})`)
        .join(', ');
    lines.push(`Data: ${files}, ${(0,_text_grouped_integer_js__WEBPACK_IMPORTED_MODULE_2__/* .groupedInteger */ .b)(report.data.rows)} rows scored on target ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(report.data.target)}` +
        (report.data.rows_without_target > 0
            ? ` (${report.data.rows_without_target} without a target)`
            : '') +
        `. Rules: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(report.rules.source)}, comparison ${report.rules.comparison}` +
        (report.champion === null ? '' : `. ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(report.champion_note, 300)}`), '');
    if (report.warnings.length > 0) {
        lines.push(...report.warnings.map((warning) => `> ⚠️ ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(warning, 400)}`), '');
    }
    return lines.join('\n');
}
function metricsTable(report) {
    const candidate = report.metrics.candidate;
    const champion = report.metrics.champion;
    const ruleMetrics = new Set(report.reasons.map((reason) => reason.metric));
    const names = [...new Set([...ruleMetrics, ...Object.keys(candidate)])];
    const intervals = new Map(report.evidence.bootstrap.map((entry) => [entry.metric, entry]));
    const lines = champion === null
        ? ['| Metric | Candidate |', '| --- | --- |']
        : [
            '| Metric | Candidate | Champion | Δ candidate − champion | 95% bootstrap CI of Δ |',
            '| --- | --- | --- | --- | --- |'
        ];
    for (const name of names) {
        const label = ruleMetrics.has(name) ? `**${name}**` : name;
        const value = candidate[name] ?? null;
        if (champion === null) {
            lines.push(`| ${label} | ${displayNumber(value)} |`);
            continue;
        }
        const other = champion[name] ?? null;
        const interval = intervals.get(name);
        const ci = interval === undefined
            ? ''
            : `[${displayNumber(interval.lower)}, ${displayNumber(interval.upper)}]${interval.required ? ' (rule)' : ''}`;
        lines.push(`| ${label} | ${displayNumber(value)} | ${displayNumber(other)} | ${delta(name, value, other)} | ${ci} |`);
    }
    return lines;
}
/** The difference with an arrow saying whether it is an improvement for this metric. */
function delta(name, candidate, champion) {
    if (candidate === null || champion === null)
        return '—';
    const difference = candidate - champion;
    if (difference === 0)
        return '0';
    const greaterIsBetter = (0,_evaluation_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .isMetricName */ .M8)(name) ? _evaluation_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS */ .Cb[name].greaterIsBetter : true;
    const better = greaterIsBetter ? difference > 0 : difference < 0;
    return `${difference > 0 ? '+' : ''}${displayNumber(difference)} ${better ? '▲ better' : '▼ worse'}`;
}
function testLines(report) {
    const lines = [];
    const { mcnemar, delong } = report.evidence;
    if (mcnemar !== null) {
        lines.push(`- McNemar (${mcnemar.method}): ${mcnemar.c} rows only the candidate got right, ${mcnemar.b} only the champion; ` +
            `p = ${displayNumber(mcnemar.p_value)}${mcnemar.p_value < 0.05 ? (mcnemar.favours_candidate ? ' (candidate better)' : ' (champion better)') : ''}.`);
    }
    if (delong !== null) {
        lines.push(`- DeLong: ROC AUC ${displayNumber(delong.candidate_auc)} vs ${displayNumber(delong.champion_auc)}, ` +
            `z = ${displayNumber(delong.z)}, p = ${displayNumber(delong.p_value)}, ${Number((delong.confidence_level * 100).toPrecision(4))}% CI of Δ ` +
            `[${displayNumber(delong.lower)}, ${displayNumber(delong.upper)}].`);
    }
    for (const entry of report.evidence.bootstrap) {
        lines.push(`- Bootstrap ${entry.metric}: Δ ${displayNumber(entry.estimate)}, ${Number((entry.confidence_level * 100).toPrecision(4))}% ${entry.interval} CI ` +
            `[${displayNumber(entry.lower)}, ${displayNumber(entry.upper)}] (${entry.resampling}, ${entry.replicates_used} replicates, seed ${entry.seed}` +
            (entry.replicates_dropped > 0 ? `, ${entry.replicates_dropped} dropped` : '') +
            `)${entry.required ? ', required by a rule' : ''}.`);
    }
    return lines;
}
function perClassSection(report) {
    if (report.per_class === null || report.per_class.length === 0)
        return [];
    const withChampion = report.champion !== null;
    const lines = [
        '<details><summary>Per-class precision, recall and F1</summary>',
        '',
        withChampion
            ? '| Class | Support | Precision | Recall | F1 | Champion precision | Champion recall | Champion F1 |'
            : '| Class | Support | Precision | Recall | F1 |',
        withChampion
            ? '| --- | --- | --- | --- | --- | --- | --- | --- |'
            : '| --- | --- | --- | --- | --- |'
    ];
    for (const row of report.per_class) {
        const cells = [
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(String(row.label), 40),
            String(row.support),
            displayNumber(row.candidate.precision),
            displayNumber(row.candidate.recall),
            displayNumber(row.candidate.f1)
        ];
        if (row.champion !== null) {
            cells.push(displayNumber(row.champion.precision), displayNumber(row.champion.recall), displayNumber(row.champion.f1));
        }
        lines.push(`| ${cells.join(' | ')} |`);
    }
    lines.push('', '</details>', '');
    return lines;
}
function sliceSection(report) {
    const slices = report.slices;
    if (slices === null)
        return [];
    const withChampion = report.champion !== null;
    const header = [
        'Slice',
        'Rows',
        ...slices.metrics.flatMap((name) => (withChampion ? [name, `champion ${name}`] : [name]))
    ];
    const lines = [
        `<details><summary>Metrics by ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(slices.column, 60)} (${slices.slices.length} slices)</summary>`,
        '',
        `| ${header.join(' | ')} |`,
        `| ${header.map(() => '---').join(' | ')} |`
    ];
    const value = (table, name) => displayNumber(table?.[name] ?? null);
    for (const slice of slices.slices) {
        const cells = [
            slice.value === null ? '(missing)' : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(slice.value, 40),
            String(slice.rows)
        ];
        for (const name of slices.metrics) {
            cells.push(value(slice.candidate, name));
            if (withChampion)
                cells.push(value(slice.champion, name));
        }
        lines.push(`| ${cells.join(' | ')} |`);
    }
    lines.push('', '</details>', '');
    return lines;
}


/***/ }),

/***/ 29633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E7: () => (/* binding */ normalPdf),
/* harmony export */   HU: () => (/* binding */ binomialCdf),
/* harmony export */   To: () => (/* binding */ chiSquareSf),
/* harmony export */   Zl: () => (/* binding */ normalQuantile),
/* harmony export */   nG: () => (/* binding */ normalSf),
/* harmony export */   vr: () => (/* binding */ normalCdf)
/* harmony export */ });
/* unused harmony exports erfc, chiSquareCdf, binomialPmf, studentTTwoSidedP */
/* harmony import */ var _special_functions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96149);

/**
 * Distribution functions used by the drift and gate tests. Tails are computed directly (never as
 * 1 − CDF) so small p-values keep their relative precision.
 */
const SQRT_TWO = Math.SQRT2;
const INV_SQRT_TWO_PI = 0.3989422804014327;
/** erfc(x) via the incomplete gamma identity erfc(x) = Q(1/2, x²) for x ≥ 0. */
function erfc(x) {
    if (Number.isNaN(x))
        return NaN;
    return x >= 0 ? (0,_special_functions_js__WEBPACK_IMPORTED_MODULE_0__/* .gammaQ */ .BS)(0.5, x * x) : 1 + (0,_special_functions_js__WEBPACK_IMPORTED_MODULE_0__/* .gammaP */ .gU)(0.5, x * x);
}
/** Standard normal density φ(z). */
function normalPdf(z) {
    return INV_SQRT_TWO_PI * Math.exp(-0.5 * z * z);
}
/** Standard normal CDF Φ(z) = erfc(−z/√2)/2. */
function normalCdf(z) {
    return 0.5 * erfc(-z / SQRT_TWO);
}
/** Upper tail 1 − Φ(z), accurate for large z. */
function normalSf(z) {
    return 0.5 * erfc(z / SQRT_TWO);
}
/**
 * Φ⁻¹(p): start from Abramowitz & Stegun 26.2.23 (|error| < 4.5e-4), then Halley steps on the
 * accurate CDF until the change is below machine precision.
 */
function normalQuantile(p) {
    if (Number.isNaN(p) || p < 0 || p > 1)
        return NaN;
    if (p === 0)
        return -Infinity;
    if (p === 1)
        return Infinity;
    if (p === 0.5)
        return 0;
    const lower = p < 0.5;
    const tail = lower ? p : 1 - p;
    const t = Math.sqrt(-2 * Math.log(tail));
    let x = t -
        (2.515517 + 0.802853 * t + 0.010328 * t * t) /
            (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t);
    if (lower)
        x = -x;
    for (let i = 0; i < 8; i++) {
        // Work in the tail nearest to p so the residual keeps its relative precision.
        const residual = lower ? normalCdf(x) - p : tail - normalSf(x); // = Φ(x) − p
        const density = normalPdf(x);
        if (density === 0)
            break;
        const u = residual / density;
        const step = u / (1 + (x * u) / 2);
        x -= step;
        if (Math.abs(step) <= 1e-15 * Math.max(1, Math.abs(x)))
            break;
    }
    return x;
}
/** Chi-square survival function P(X > x) with k degrees of freedom. */
function chiSquareSf(x, degreesOfFreedom) {
    if (x <= 0)
        return 1;
    return (0,_special_functions_js__WEBPACK_IMPORTED_MODULE_0__/* .gammaQ */ .BS)(degreesOfFreedom / 2, x / 2);
}
/** Chi-square CDF. */
function chiSquareCdf(x, degreesOfFreedom) {
    if (x <= 0)
        return 0;
    return gammaP(degreesOfFreedom / 2, x / 2);
}
/** Binomial CDF P(X ≤ k) for X ~ Bin(n, p), via I_{1−p}(n − k, k + 1). */
function binomialCdf(k, n, p) {
    if (k < 0)
        return 0;
    if (k >= n)
        return 1;
    const kk = Math.floor(k);
    if (p <= 0)
        return 1;
    if (p >= 1)
        return 0;
    return (0,_special_functions_js__WEBPACK_IMPORTED_MODULE_0__/* .betaIncomplete */ .$o)(1 - p, n - kk, kk + 1);
}
/** Binomial probability mass P(X = k). */
function binomialPmf(k, n, p) {
    if (k < 0 || k > n)
        return 0;
    return Math.exp(logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
}
/** Student t two-sided p-value P(|T| > |t|) with ν degrees of freedom. */
function studentTTwoSidedP(t, degreesOfFreedom) {
    if (!Number.isFinite(t))
        return Number.isNaN(t) ? NaN : 0;
    const x = degreesOfFreedom / (degreesOfFreedom + t * t);
    return betaIncomplete(x, degreesOfFreedom / 2, 0.5);
}


/***/ }),

/***/ 96149:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $o: () => (/* binding */ betaIncomplete),
/* harmony export */   BS: () => (/* binding */ gammaQ),
/* harmony export */   Oo: () => (/* binding */ logChoose),
/* harmony export */   SX: () => (/* binding */ logGamma),
/* harmony export */   gU: () => (/* binding */ gammaP)
/* harmony export */ });
/**
 * Special functions the statistical tests are built on. Formula-first implementations:
 * - log-gamma: Lanczos approximation, g = 7, 9 coefficients (Lanczos 1964; the coefficient set
 *   popularised by Numerical Recipes 3rd ed. §6.1 and Godfrey), relative error < 1e-15.
 * - regularized incomplete gamma P(a, x), Q(a, x): power series for x < a + 1, Legendre continued
 *   fraction (modified Lentz) otherwise (Numerical Recipes §6.2).
 * - regularized incomplete beta I_x(a, b): continued fraction (Numerical Recipes §6.4).
 * All are checked against scipy.special in test/shared/stats.
 */
const LANCZOS_G = 7;
const LANCZOS_COEFFICIENTS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7
];
const HALF_LOG_TWO_PI = 0.9189385332046728;
/** ln Γ(x) for x > 0 (reflection formula below 0.5). */
function logGamma(x) {
    if (Number.isNaN(x))
        return NaN;
    if (x < 0.5) {
        // Γ(x)Γ(1−x) = π / sin(πx)
        return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    }
    const z = x - 1;
    let sum = LANCZOS_COEFFICIENTS[0];
    for (let i = 1; i < LANCZOS_G + 2; i++)
        sum += LANCZOS_COEFFICIENTS[i] / (z + i);
    const t = z + LANCZOS_G + 0.5;
    return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}
/** ln C(n, k) = ln n! − ln k! − ln (n−k)!. */
function logChoose(n, k) {
    if (k < 0 || k > n)
        return -Infinity;
    return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}
const EPSILON = 1e-16;
const TINY = 1e-300;
const MAX_ITERATIONS = 10000;
/** Regularized lower incomplete gamma P(a, x) = γ(a, x)/Γ(a). */
function gammaP(a, x) {
    if (x <= 0)
        return 0;
    if (x === Infinity)
        return 1;
    return x < a + 1 ? gammaSeries(a, x) : 1 - gammaContinuedFraction(a, x);
}
/** Regularized upper incomplete gamma Q(a, x) = 1 − P(a, x), accurate in the far tail. */
function gammaQ(a, x) {
    if (x <= 0)
        return 1;
    if (x === Infinity)
        return 0;
    return x < a + 1 ? 1 - gammaSeries(a, x) : gammaContinuedFraction(a, x);
}
function gammaSeries(a, x) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < MAX_ITERATIONS; n++) {
        term *= x / (a + n);
        sum += term;
        if (Math.abs(term) < Math.abs(sum) * EPSILON)
            break;
    }
    return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}
function gammaContinuedFraction(a, x) {
    let b = x + 1 - a;
    let c = 1 / TINY;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < MAX_ITERATIONS; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = b + an / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < EPSILON)
            break;
    }
    return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}
/** Regularized incomplete beta I_x(a, b). */
function betaIncomplete(x, a, b) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
    // The continued fraction converges fastest for x < (a+1)/(a+b+2); use symmetry otherwise.
    if (x < (a + 1) / (a + b + 2))
        return (Math.exp(logFront) * betaContinuedFraction(x, a, b)) / a;
    return 1 - (Math.exp(logFront) * betaContinuedFraction(1 - x, b, a)) / b;
}
function betaContinuedFraction(x, a, b) {
    const qab = a + b;
    const qap = a + 1;
    const qam = a - 1;
    let c = 1;
    let d = 1 - (qab * x) / qap;
    if (Math.abs(d) < TINY)
        d = TINY;
    d = 1 / d;
    let h = d;
    for (let m = 1; m < MAX_ITERATIONS; m++) {
        const m2 = 2 * m;
        let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = 1 + aa / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        h *= d * c;
        aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = 1 + aa / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < EPSILON)
            break;
    }
    return h;
}


/***/ })

};
