export const id = 418;
export const ids = [418];
export const modules = {

/***/ 76497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JR: () => (/* binding */ readDriftDataSide),
/* harmony export */   kY: () => (/* binding */ driftSideFromScan),
/* harmony export */   so: () => (/* binding */ DRIFT_EXACT_VALUE_BUDGET)
/* harmony export */ });
/* unused harmony export categoriesOf */
/* harmony import */ var _checks_infer_type_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(63911);
/* harmony import */ var _scan_merge_partials_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71961);
/* harmony import */ var _scan_scan_plan_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(49829);
/* harmony import */ var _scan_value_tally_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46192);
/* harmony import */ var _sketch_quantile_sketch_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24699);
/* harmony import */ var _csv_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15905);
/* harmony import */ var _data_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(60409);
/* harmony import */ var _dist_location_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(39651);
/* harmony import */ var _parallel_csv_scan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(98351);
/* harmony import */ var _table_scan_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(53213);










/**
 * Numbers kept exactly per scanned range (8 bytes each: 400 MB). Exact KS and Wasserstein need
 * every value; beyond this a range folds its numbers into the DDSketch and the column is
 * compared approximately (reference) or reported as not testable (current).
 */
const DRIFT_EXACT_VALUE_BUDGET = 50_000_000;
/** Below this size a worker thread costs more to start than it saves. */
const OWN_WORKER_MIN_BYTES = 4 << 20;
/** No checks: a drift scan only needs the profile statistics every scan computes. */
const NO_CHECKS = { file: '', columns: [], tableChecks: [], nullValues: [] };
/**
 * Reads a data file (or several of one table) with validate-data's streaming scan, keeping every
 * numeric value (sorted, for exact KS and Wasserstein) and the value counts of every column.
 * An empty file (0 bytes) is not an error here: the side then has no columns and no rows, and
 * the drift report says so per column instead of failing.
 */
async function readDriftDataSide(request) {
    const files = (0,_data_files_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveDataFiles */ .A6)(request.patterns, request.format, request.cwd);
    const summaries = files.map((file) => ({
        path: file.path,
        format: file.format,
        bytes: file.bytes
    }));
    if (files.every((file) => file.bytes === 0)) {
        return { kind: 'data', source: request.source, files: summaries, rows: 0, columns: undefined };
    }
    const input = {
        files,
        delimiter: request.delimiter,
        threads: Math.max(1, request.threads)
    };
    const header = await (0,_table_scan_js__WEBPACK_IMPORTED_MODULE_7__/* .readTableHeader */ .C)(input);
    const plan = (0,_scan_scan_plan_js__WEBPACK_IMPORTED_MODULE_8__/* .buildScanPlan */ .bN)(NO_CHECKS, header.header, {}, {
        exactValueBudget: DRIFT_EXACT_VALUE_BUDGET,
        sampleLimit: 0
    });
    const parts = request.ownWorker === true && input.threads === 1 && files.every(ownWorkerWorth)
        ? await scanOnOwnWorker(input, header.csv, plan)
        : await (0,_table_scan_js__WEBPACK_IMPORTED_MODULE_7__/* .scanTable */ .S)(input, header, plan);
    return driftSideFromScan((0,_scan_merge_partials_js__WEBPACK_IMPORTED_MODULE_0__/* .mergePartials */ .p)(parts, 0), summaries, request.source);
}
/**
 * A merged scan as a drift side: the sorted exact numbers of integer and number columns, the value
 * counts of every column and the inferred types. Also the entry point for scans assembled from
 * shard partials (a sharded current side).
 */
function driftSideFromScan(scan, files, source) {
    return { kind: 'data', source, files, rows: scan.rows, columns: scan.columns.map(driftColumnOf) };
}
function ownWorkerWorth(file) {
    return ((file.format === 'csv' || file.format === 'tsv') &&
        !file.gzip &&
        file.bytes >= OWN_WORKER_MIN_BYTES &&
        (0,_dist_location_js__WEBPACK_IMPORTED_MODULE_5__/* .getDistDirectory */ .K)() !== undefined);
}
/** Each file on one worker thread, in file order (the scan of table-scan.ts with 1 range). */
async function scanOnOwnWorker(input, csvHeaders, plan) {
    const parts = [];
    let rowsBefore = 0;
    for (const file of input.files) {
        const delimiter = (0,_csv_source_js__WEBPACK_IMPORTED_MODULE_3__/* .delimiterByte */ .Wi)(file, input.delimiter);
        const fileParts = await (0,_parallel_csv_scan_js__WEBPACK_IMPORTED_MODULE_6__/* .scanCsvParallel */ .th)(file, plan, delimiter, csvHeaders.get(file.path), rowsBefore, 1);
        for (const part of fileParts) {
            parts.push(part);
            rowsBefore += part.partial.rows;
        }
    }
    return parts;
}
function driftColumnOf(column) {
    const type = (0,_checks_infer_type_js__WEBPACK_IMPORTED_MODULE_9__/* .inferType */ .n)(column.types, column.values);
    const result = {
        name: column.name,
        type,
        values: column.values,
        nulls: column.nulls,
        distinct: (0,_scan_value_tally_js__WEBPACK_IMPORTED_MODULE_1__/* .distinctCount */ .EX)(column.tally),
        categories: categoriesOf(column.tally)
    };
    if (type === 'integer' || type === 'number')
        result.numbers = numbersOf(column);
    return result;
}
function numbersOf(column) {
    if (column.sortedNumbers !== undefined) {
        return { kind: 'exact', sorted: column.sortedNumbers, origin: 'data' };
    }
    const sketch = column.tally.quantiles;
    if (sketch === undefined) {
        return { kind: 'unavailable', reason: 'the scan kept neither the values nor a sketch' };
    }
    const points = _sketch_quantile_sketch_js__WEBPACK_IMPORTED_MODULE_2__/* .QuantileSketch */ .wh.fromJSON(sketch, { field: column.name }).toWeightedPoints();
    return {
        kind: 'sketch',
        weighted: { values: points.values, weights: points.counts, missing: column.nulls }
    };
}
/** The value table of a scanned or profiled column, keyed by value hash. */
function categoriesOf(tally) {
    return {
        items: tally.top.items.map(([hash, count, , label]) => ({ hash, label, count })),
        exact: tally.top.exact,
        total: tally.top.total
    };
}


/***/ }),

/***/ 75959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $o: () => (/* binding */ driftedEntries),
/* harmony export */   Cq: () => (/* binding */ buildDriftReport),
/* harmony export */   N3: () => (/* binding */ driftSeverity)
/* harmony export */ });
/* unused harmony export DRIFT_REPORT_SCHEMA_ID */
/* harmony import */ var _drift_dataset_drift_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67888);

const DRIFT_REPORT_SCHEMA_ID = 'https://tollgate.dev/schemas/drift-report.schema.json';
/**
 * Assembles the report: dataset drift by Evidently's rule over the tested columns (errors listed,
 * not counted), schema changes collected from the column entries.
 */
function buildDriftReport(input) {
    const results = input.columns.flatMap((entry) => entry.test !== undefined && (entry.status === 'tested' || entry.status === 'error')
        ? [entry.test]
        : []);
    const dataset = (0,_drift_dataset_drift_js__WEBPACK_IMPORTED_MODULE_0__/* .datasetDrift */ .E)(results, input.settings.drift_share);
    for (const entry of input.columns) {
        if (entry.status === 'error' && entry.test === undefined) {
            dataset.errors.push({ column: entry.column, error: entry.message ?? 'not testable' });
        }
    }
    const schemaChanges = input.columns.flatMap((entry) => entry.schema_change === undefined
        ? []
        : [
            {
                column: entry.column,
                change: entry.schema_change,
                reference_type: entry.reference_type,
                current_type: entry.current_type
            }
        ]);
    const schemaDrift = schemaChanges.length > 0;
    const report = {
        $schema: DRIFT_REPORT_SCHEMA_ID,
        tool: { name: 'tollgate', version: input.version },
        action: 'drift-check',
        generated_at: input.generatedAt,
        subject: input.subject,
        drift_detected: dataset.dataset_drift || schemaDrift,
        reference: input.reference,
        current: input.current,
        settings: input.settings,
        dataset: { ...dataset, schema_drift: schemaDrift },
        schema_changes: schemaChanges,
        columns: input.columns
    };
    if (input.run !== undefined)
        report.run = input.run;
    return report;
}
/** The tested columns that drifted, most severe first (see driftSeverity). */
function driftedEntries(report) {
    return report.columns
        .filter((entry) => entry.status === 'tested' && entry.drifted)
        .sort((a, b) => driftSeverity(b) - driftSeverity(a) || a.column.localeCompare(b.column));
}
/**
 * How far past its threshold a column is, comparable across methods: threshold / p for p-value
 * tests (∞ at p = 0), score / threshold for distances. Used only to order columns for display.
 */
function driftSeverity(entry) {
    const test = entry.test;
    if (test === undefined || test.score === null || test.threshold === null) {
        // A score that is not finite (an infinite chi-square or KL) is as severe as it gets.
        return test?.drifted === true ? Infinity : 0;
    }
    if (test.operator === '>=')
        return test.threshold === 0 ? Infinity : test.score / test.threshold;
    return test.score === 0 ? Infinity : test.threshold / test.score;
}


/***/ }),

/***/ 99269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PM: () => (/* binding */ cleanDriftSubject),
/* harmony export */   mB: () => (/* binding */ driftSeriesName),
/* harmony export */   r6: () => (/* binding */ defaultDriftSubject)
/* harmony export */ });
/* unused harmony export MAX_SUBJECT_LENGTH */
/* harmony import */ var _sketch_hash_bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75037);
/* harmony import */ var _spc_history_series_naming_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83092);
/* harmony import */ var _store_store_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33780);



/**
 * The subject of a drift check — what is monitored, e.g. the model `churn` or the dataset
 * `customers`. One issue and one history series exist per subject, so the subject must be stable
 * from run to run: by default the model name of a registry reference, else the reference file's
 * name without directory and extensions.
 */
const DATA_EXTENSIONS = /\.(csv|tsv|tab|txt|jsonl|ndjson|json|parquet|pq)$/i;
const GLOB_CHARACTERS = /[*?[\]{}]/;
/** Longest subject kept: it appears in an issue title (GitHub allows 256 characters). */
const MAX_SUBJECT_LENGTH = 120;
/** The subject a run uses when the user names none. */
function defaultDriftSubject(reference) {
    if (reference.model !== undefined)
        return reference.model.name;
    const first = reference.source.split(/[\n,]/)[0]?.trim() ?? '';
    const segments = first.split(/[\\/]/).filter((segment) => segment !== '');
    // A glob names a folder of files: use the last segment without wildcards.
    const named = [...segments].reverse().find((segment) => !GLOB_CHARACTERS.test(segment)) ?? '';
    let name = named.replace(/\.gz$/i, '');
    const isFile = segments.at(-1) === named;
    if (isFile)
        name = name.replace(DATA_EXTENSIONS, '');
    return cleanDriftSubject(name === '' ? 'data' : name);
}
/** A subject as given by a user, made safe for titles: one line, no control characters, capped. */
function cleanDriftSubject(text) {
    const oneLine = text
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return oneLine.length > MAX_SUBJECT_LENGTH ? `${oneLine.slice(0, MAX_SUBJECT_LENGTH)}…` : oneLine;
}
/**
 * The spc-check series holding a subject's drift history: `drift-<subject>` in the characters a
 * series name allows (stored under spc-check's historySeriesName). When characters had to be replaced, a
 * hash of the exact subject is appended, so two subjects that differ only in those characters
 * never share a series.
 */
function driftSeriesName(subject) {
    const slug = subject
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/\.{2,}/g, '.')
        .replace(/-{2,}/g, '-')
        .replace(/^[-.]+|[-.]+$/g, '');
    const lossless = slug === subject && slug !== '';
    const suffix = lossless ? '' : `-${(0,_sketch_hash_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .hashString53 */ .iO)(subject).toString(16).padStart(14, '0')}`;
    const room = _store_store_names_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_NAME_LENGTH */ .EM - _spc_history_series_naming_js__WEBPACK_IMPORTED_MODULE_1__/* .HISTORY_SERIES_PREFIX */ .yP.length - 'drift-'.length - suffix.length;
    const cut = slug.slice(0, room).replace(/[-.]+$/, '');
    return `drift-${cut}${suffix}`.replace(/-{2,}/g, '-');
}


/***/ }),

/***/ 43024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A2: () => (/* binding */ untestedColumnsTable),
/* harmony export */   D3: () => (/* binding */ conditionText),
/* harmony export */   MT: () => (/* binding */ verdictLine),
/* harmony export */   X$: () => (/* binding */ testedColumnsTable),
/* harmony export */   bL: () => (/* binding */ schemaChangesTable),
/* harmony export */   xe: () => (/* binding */ sidesLine),
/* harmony export */   y: () => (/* binding */ formatScore)
/* harmony export */ });
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46682);
/* harmony import */ var _drift_report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75959);
/* harmony import */ var _text_grouped_integer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34369);



/**
 * Markdown pieces shared by the job summary and the drift issue: the one-line verdict, the table
 * of tested columns and the schema-change table. Every value from data (column names, types,
 * category labels, messages that quote them) is escaped.
 */
/** A score or threshold for people: 4 significant digits, exponent form below 1e-4. */
function formatScore(value) {
    if (value === null)
        return '∞';
    if (value === 0)
        return '0';
    const magnitude = Math.abs(value);
    if (magnitude < 1e-4 || magnitude >= 1e6)
        return value.toExponential(2);
    return String(Number(value.toPrecision(4)));
}
/** "**2 of 8** tested columns drifted (share 0.25; the dataset drifts at ≥ 0.5)". */
function verdictLine(report) {
    const { dataset } = report;
    const parts = [
        `**${dataset.drifted_columns} of ${dataset.tested_columns}** tested column${dataset.tested_columns === 1 ? '' : 's'} drifted ` +
            `(share ${formatScore(dataset.share)}; the dataset drifts at ≥ ${formatScore(dataset.drift_share)}: ` +
            `${dataset.dataset_drift ? '**dataset drift**' : 'no dataset drift'})`
    ];
    const changes = report.schema_changes.length;
    if (changes > 0)
        parts.push(`**${changes} schema change${changes === 1 ? '' : 's'}**`);
    const errors = dataset.errors.length;
    if (errors > 0)
        parts.push(`${errors} column${errors === 1 ? '' : 's'} could not be tested`);
    return `${parts.join('; ')}.`;
}
/** "score ≥ 0.1" / "p ≤ 0.05": the drift condition of a test. */
function conditionText(entry) {
    const test = entry.test;
    if (test?.operator === null || test?.operator === undefined || test.threshold === null)
        return '';
    const method = test.method;
    const name = method === 'ks' || method === 'chisquare' || method === 'z' ? 'p' : 'score';
    return `${name} ${test.operator === '>=' ? '≥' : test.operator === '<=' ? '≤' : '<'} ${formatScore(test.threshold)}`;
}
/**
 * The tested columns as a table, drifted ones first (most severe first). `onlyDrifted` keeps the
 * drifted ones (the issue); `limit` caps the rows with a note of how many were left out.
 */
function testedColumnsTable(report, options) {
    const drifted = (0,_drift_report_js__WEBPACK_IMPORTED_MODULE_0__/* .driftedEntries */ .$o)(report);
    const rest = options.onlyDrifted
        ? []
        : report.columns.filter((entry) => entry.status === 'tested' && !entry.drifted);
    const rows = [...drifted, ...rest];
    if (rows.length === 0)
        return '';
    const lines = [
        '| column | kind | method | score | drift when | drifted | n (ref / cur) |',
        '| --- | --- | --- | --- | --- | --- | --- |'
    ];
    for (const entry of rows.slice(0, options.limit)) {
        const test = entry.test;
        const approximate = test.exact ? '' : ' ≈';
        lines.push(`| ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(entry.column)} | ${entry.kind ?? ''} | ${test.method ?? ''} | ${formatScore(test.score)}${approximate} | ${conditionText(entry)} | ${entry.drifted ? '**yes**' : 'no'} | ${(0,_text_grouped_integer_js__WEBPACK_IMPORTED_MODULE_2__/* .groupedInteger */ .b)(test.n_reference)} / ${(0,_text_grouped_integer_js__WEBPACK_IMPORTED_MODULE_2__/* .groupedInteger */ .b)(test.n_current)} |`);
    }
    if (rows.length > options.limit) {
        lines.push('', `_… ${rows.length - options.limit} more column(s) in the JSON report._`);
    }
    return lines.join('\n');
}
const CHANGE_TEXT = {
    missing_in_current: 'missing in the current data',
    new_in_current: 'new in the current data',
    type_changed: 'type changed'
};
/** Columns missing on one side or with a changed type. */
function schemaChangesTable(report, limit) {
    if (report.schema_changes.length === 0)
        return '';
    const lines = ['| column | change | reference type | current type |', '| --- | --- | --- | --- |'];
    for (const change of report.schema_changes.slice(0, limit)) {
        lines.push(`| ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(change.column)} | ${CHANGE_TEXT[change.change]} | ${change.reference_type ?? '–'} | ${change.current_type ?? '–'} |`);
    }
    if (report.schema_changes.length > limit) {
        lines.push('', `_… ${report.schema_changes.length - limit} more in the JSON report._`);
    }
    return lines.join('\n');
}
/** Columns that could not be tested or were skipped, with the reason. */
function untestedColumnsTable(report, limit) {
    const rows = report.columns.filter((entry) => entry.status === 'error' || entry.status === 'skipped');
    if (rows.length === 0)
        return '';
    const lines = ['| column | status | reason |', '| --- | --- | --- |'];
    for (const entry of rows.slice(0, limit)) {
        lines.push(`| ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(entry.column)} | ${entry.status === 'error' ? 'not testable' : 'skipped'} | ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(entry.message ?? '', 300)} |`);
    }
    if (rows.length > limit)
        lines.push('', `_… ${rows.length - limit} more in the JSON report._`);
    return lines.join('\n');
}
/** One line per side: what was compared. */
function sidesLine(report) {
    const side = (label, summary) => {
        const what = summary.model !== undefined
            ? `training profile of ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(`${summary.model.name} ${summary.model.version}`)}${summary.model.stage === undefined ? '' : ` (${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(summary.model.stage)})`}`
            : `${summary.kind === 'profile' ? 'profile ' : ''}${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(summary.source)}`;
        const rows = summary.empty ? 'empty file' : `${(0,_text_grouped_integer_js__WEBPACK_IMPORTED_MODULE_2__/* .groupedInteger */ .b)(summary.rows)} rows`;
        return `${label}: ${what} (${rows})`;
    };
    return `${side('Reference', report.reference)} · ${side('Current', report.current)}`;
}


/***/ }),

/***/ 67888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ datasetDrift),
/* harmony export */   w: () => (/* binding */ DEFAULT_DRIFT_SHARE)
/* harmony export */ });
/**
 * Dataset-level drift as Evidently decides it (`data_drift.py::get_dataset_drift`,
 * statistics-reference §2.1): share = drifted columns / tested columns, and the dataset drifts
 * when share ≥ drift_share (0.5 by default) — exactly half drifted IS dataset drift.
 * Columns whose test could not run (status 'error': empty side, bad profile, wrong method) are
 * listed separately and left out of both counts; with no tested column there is no drift.
 */
const DEFAULT_DRIFT_SHARE = 0.5;
function datasetDrift(columns, driftShare = DEFAULT_DRIFT_SHARE) {
    const tested = columns.filter((column) => column.status === 'ok');
    const drifted = tested.filter((column) => column.drifted).map((column) => column.column);
    const share = tested.length === 0 ? 0 : drifted.length / tested.length;
    return {
        tested_columns: tested.length,
        drifted_columns: drifted.length,
        share,
        drift_share: driftShare,
        dataset_drift: tested.length > 0 && share >= driftShare,
        drifted,
        errors: columns
            .filter((column) => column.status === 'error')
            .map((column) => ({ column: column.column, error: column.error ?? 'unknown error' })),
        exact: tested.every((column) => column.exact)
    };
}


/***/ }),

/***/ 25738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TF: () => (/* binding */ isDriftMethod),
/* harmony export */   Tl: () => (/* binding */ DRIFT_METHODS),
/* harmony export */   _K: () => (/* binding */ isDrift),
/* harmony export */   wZ: () => (/* binding */ chooseDefaultMethod)
/* harmony export */ });
/* unused harmony export SMALL_REFERENCE_MAX_ROWS */
/**
 * The drift methods drift-check offers, Evidently's default thresholds and comparison operators,
 * and Evidently's automatic choice of method per column (statistics-reference §2.1, from
 * evidently `legacy/calculations/stattests/registry.py::_get_default_stattest` and each stat
 * test's `default_threshold` and drift condition).
 */
/**
 * KS drifts on p ≤ t (`p_value <= threshold`), chi-square and Z on p < t, every distance on
 * score ≥ t. Evidently registers chisquare and z for categorical columns but its default choice
 * also applies them to numeric columns with few distinct values; so do we.
 */
const DRIFT_METHODS = {
    ks: {
        label: 'K-S p_value',
        scoreKind: 'p_value',
        defaultThreshold: 0.05,
        operator: '<=',
        kinds: ['numeric']
    },
    chisquare: {
        label: 'chi-square p_value',
        scoreKind: 'p_value',
        defaultThreshold: 0.05,
        operator: '<',
        kinds: ['numeric', 'categorical']
    },
    z: {
        label: 'Z-test p_value',
        scoreKind: 'p_value',
        defaultThreshold: 0.05,
        operator: '<',
        kinds: ['numeric', 'categorical']
    },
    wasserstein: {
        label: 'Wasserstein distance (normed)',
        scoreKind: 'distance',
        defaultThreshold: 0.1,
        operator: '>=',
        kinds: ['numeric']
    },
    jensenshannon: {
        label: 'Jensen-Shannon distance',
        scoreKind: 'distance',
        defaultThreshold: 0.1,
        operator: '>=',
        kinds: ['numeric', 'categorical']
    },
    psi: {
        label: 'PSI',
        scoreKind: 'distance',
        defaultThreshold: 0.1,
        operator: '>=',
        kinds: ['numeric', 'categorical']
    },
    kl_div: {
        label: 'Kullback-Leibler divergence',
        scoreKind: 'distance',
        defaultThreshold: 0.1,
        operator: '>=',
        kinds: ['numeric', 'categorical']
    },
    hellinger: {
        label: 'Hellinger distance',
        scoreKind: 'distance',
        defaultThreshold: 0.1,
        operator: '>=',
        kinds: ['numeric', 'categorical']
    }
};
function isDriftMethod(name) {
    return Object.prototype.hasOwnProperty.call(DRIFT_METHODS, name);
}
/** Reference row count up to which the small-sample tests (KS, chi-square, Z) are chosen. */
const SMALL_REFERENCE_MAX_ROWS = 1000;
/**
 * Evidently's default test for a column, given its kind, the reference's row count after
 * dropping missing and infinite values, and the number of distinct values of reference and
 * current together (pandas `concat(ref, cur).nunique()`):
 *   reference rows ≤ 1000: numeric → KS if > 5 distinct, chi-square if 3..5, Z if ≤ 2;
 *                          categorical → chi-square if > 2 distinct, else Z;
 *   reference rows > 1000: numeric → Wasserstein (normed) if > 5 distinct, else Jensen–Shannon;
 *                          categorical → Jensen–Shannon.
 */
function chooseDefaultMethod(kind, referenceRows, distinctValues) {
    const size = referenceRows <= SMALL_REFERENCE_MAX_ROWS
        ? `reference rows ${referenceRows} <= ${SMALL_REFERENCE_MAX_ROWS}`
        : `reference rows ${referenceRows} > ${SMALL_REFERENCE_MAX_ROWS}`;
    const values = `${distinctValues} distinct value${distinctValues === 1 ? '' : 's'}`;
    let method;
    if (referenceRows <= SMALL_REFERENCE_MAX_ROWS) {
        if (kind === 'numeric')
            method = distinctValues > 5 ? 'ks' : distinctValues > 2 ? 'chisquare' : 'z';
        else
            method = distinctValues > 2 ? 'chisquare' : 'z';
    }
    else if (kind === 'numeric') {
        method = distinctValues > 5 ? 'wasserstein' : 'jensenshannon';
    }
    else {
        method = 'jensenshannon';
    }
    return { method, reason: `Evidently default: ${kind}, ${size}, ${values} -> ${method}` };
}
/** Whether `score` signals drift under the method's operator and `threshold`. */
function isDrift(score, operator, threshold) {
    switch (operator) {
        case '<=':
            return score <= threshold;
        case '<':
            return score < threshold;
        case '>=':
            return score >= threshold;
    }
}


/***/ }),

/***/ 26970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W: () => (/* binding */ driftCheck)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./shared/adapters/drift-data-side.ts
var drift_data_side = __webpack_require__(76497);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/options/option-table.ts
var option_table = __webpack_require__(55739);
// EXTERNAL MODULE: ./shared/registry/model-bundle.ts + 2 modules
var model_bundle = __webpack_require__(61705);
// EXTERNAL MODULE: ./shared/registry/model-reference.ts
var model_reference = __webpack_require__(80769);
// EXTERNAL MODULE: ./shared/registry/model-registry.ts
var model_registry = __webpack_require__(57677);
// EXTERNAL MODULE: ./shared/text/glob-pattern.ts
var glob_pattern = __webpack_require__(59607);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./shared/profile/data-profile.ts
var data_profile = __webpack_require__(10706);
// EXTERNAL MODULE: ./shared/sketch/hyperloglog.ts
var hyperloglog = __webpack_require__(17001);
// EXTERNAL MODULE: ./shared/sketch/quantile-sketch.ts
var quantile_sketch = __webpack_require__(24699);
// EXTERNAL MODULE: ./shared/sketch/top-values.ts + 1 modules
var top_values = __webpack_require__(91066);
// EXTERNAL MODULE: ./shared/adapters/user-files.ts
var user_files = __webpack_require__(24574);
;// CONCATENATED MODULE: ./shared/adapters/drift-profile-side.ts








const INFERRED_TYPES = [
    'integer',
    'number',
    'boolean',
    'date',
    'datetime',
    'string',
    'empty'
];
/** Bytes read to tell a profile JSON from a data file. */
const SNIFF_BYTES = 64 * 1024;
/**
 * True when the file is a Tollgate profile (validate-data's `profile-path` output): its first
 * bytes declare `"format": "tollgate-profile"`. Only the head is read, so a large JSON Lines
 * data file named `.json` is not loaded just to find out.
 */
function isProfileFile(path) {
    let fd;
    try {
        if (!(0,external_node_fs_.statSync)(path).isFile())
            return false;
        fd = (0,external_node_fs_.openSync)(path, 'r');
        const head = Buffer.alloc(SNIFF_BYTES);
        const read = (0,external_node_fs_.readSync)(fd, head, 0, SNIFF_BYTES, 0);
        return /"format"\s*:\s*"tollgate-profile"/.test(head.subarray(0, read).toString('utf8'));
    }
    catch {
        return false;
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
/** Reads a profile file as the reference side of a drift comparison. */
function readDriftProfileSide(path, source) {
    return driftSideFromProfile((0,user_files/* readUserJson */.YJ)(path, 'reference profile'), { file: path }, source);
}
/**
 * A profile as a drift side. Numeric columns whose value counts are exact (at most 1000 distinct
 * values) are expanded back into the exact sorted sample, so their tests are exact; other numeric
 * columns use the profile's DDSketch as weighted points (approximate, and the report says so).
 * Categorical columns use the value counts (exact up to 1000 distinct values, else the top values).
 * Every field used is validated: a malformed profile is an InputError naming the file and column.
 */
function driftSideFromProfile(json, location, source, kind = 'profile') {
    const profile = objectAt(json, location, 'the profile');
    if (profile.format !== data_profile/* PROFILE_FORMAT */.y6 || profile.version !== data_profile/* PROFILE_VERSION */.PL) {
        throw new errors/* InputError */.dz(location, `not a Tollgate profile: expected "format": "${data_profile/* PROFILE_FORMAT */.y6}" and "version": ${data_profile/* PROFILE_VERSION */.PL} ` +
            '(write one with validate-data `profile-path` or `tollgate validate --profile-path`)');
    }
    const rows = countAt(profile.rows, location, '"rows"');
    if (!Array.isArray(profile.columns)) {
        throw new errors/* InputError */.dz(location, '"columns" must be a list of column profiles');
    }
    const columns = profile.columns.map((column, index) => profileColumn(column, { ...location, field: `columns[${index}]` }));
    const files = Array.isArray(profile.files)
        ? profile.files.flatMap((file) => {
            const entry = file;
            return typeof entry?.path === 'string'
                ? [
                    {
                        path: entry.path,
                        format: typeof entry.format === 'string' ? entry.format : 'unknown',
                        bytes: typeof entry.bytes === 'number' ? entry.bytes : 0
                    }
                ]
                : [];
        })
        : [];
    const side = { kind, source, files, rows, columns };
    if (typeof profile.generated_at === 'string')
        side.profileGeneratedAt = profile.generated_at;
    return side;
}
function profileColumn(json, at) {
    const column = objectAt(json, at, 'a column profile');
    if (typeof column.name !== 'string' || column.name === '') {
        throw new errors/* InputError */.dz(at, '"name" must be a non-empty string');
    }
    const location = { ...at, field: column.name };
    const type = column.type;
    if (typeof type !== 'string' || !INFERRED_TYPES.includes(type)) {
        throw new errors/* InputError */.dz(location, `"type" must be one of ${INFERRED_TYPES.join(', ')}, got ${JSON.stringify(type)}`);
    }
    const state = objectAt(column.state, location, '"state"');
    const values = countAt(state.values, location, '"state.values"');
    const nulls = countAt(state.nulls, location, '"state.nulls"');
    const tally = objectAt(state.tally, location, '"state.tally"');
    const top = top_values/* TopValues */.ES.fromJSON(tally.top, location);
    const hll = hyperloglog/* HyperLogLog */.l8.fromJSON(tally.hll, location);
    const sketch = tally.quantiles === undefined || tally.quantiles === null
        ? undefined
        : quantile_sketch/* QuantileSketch */.wh.fromJSON(tally.quantiles, location);
    const topJson = top.toJSON();
    const categories = {
        items: topJson.items.map(([hash, count, , label]) => ({ hash, label, count })),
        exact: topJson.exact,
        total: topJson.total
    };
    const exactDistinct = top.distinctExact;
    const result = {
        name: column.name,
        type: type,
        values,
        nulls,
        distinct: exactDistinct === undefined
            ? { value: Math.round(hll.estimate()), exact: false }
            : { value: exactDistinct, exact: true },
        categories
    };
    if (type === 'integer' || type === 'number') {
        result.numbers = profileNumbers(categories, sketch, values, nulls);
    }
    return result;
}
/** Exact sample from exact value counts, else the sketch's weighted points. */
function profileNumbers(categories, sketch, values, nulls) {
    if (categories.exact && categories.total === values && values <= drift_data_side/* DRIFT_EXACT_VALUE_BUDGET */.so) {
        const expanded = expandCounts(categories);
        if (expanded !== undefined)
            return { kind: 'exact', sorted: expanded, origin: 'profile-counts' };
    }
    if (sketch === undefined || sketch.count === 0) {
        return {
            kind: 'unavailable',
            reason: 'the profile has neither exact value counts nor a quantile sketch for this numeric column'
        };
    }
    const points = sketch.toWeightedPoints();
    return {
        kind: 'sketch',
        weighted: { values: points.values, weights: points.counts, rows: sketch.count, missing: nulls }
    };
}
/** Every value repeated by its count, ascending; undefined when a label is not a number. */
function expandCounts(categories) {
    const entries = [];
    for (const item of categories.items) {
        const value = Number(item.label);
        if (item.label.trim() === '' || !Number.isFinite(value))
            return undefined;
        entries.push({ value, count: item.count });
    }
    entries.sort((a, b) => a.value - b.value);
    const sorted = new Float64Array(categories.total);
    let at = 0;
    for (const { value, count } of entries) {
        sorted.fill(value, at, at + count);
        at += count;
    }
    return at === sorted.length ? sorted : undefined;
}
function objectAt(value, location, what) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new errors/* InputError */.dz(location, `${what} must be a JSON object`);
    }
    return value;
}
function countAt(value, location, what) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
        throw new errors/* InputError */.dz(location, `${what} must be a non-negative whole number, got ${JSON.stringify(value)}`);
    }
    return value;
}

;// CONCATENATED MODULE: ./shared/adapters/drift-reference.ts









/** The prefix of a reference that names a registered model version. */
const REGISTRY_REFERENCE_PREFIX = 'registry:';
/**
 * Reads the reference side of a drift comparison from any of its three forms:
 * - `registry:churn@production` (or `@v1.2.0`, `@latest`): the training-data profile stored in
 *   that model version's bundle (`profile.json`);
 * - a saved profile JSON (validate-data's `profile-path`), recognised by its content;
 * - a data file or several of one table (every reader of validate-data).
 */
async function readDriftReference(request) {
    const text = request.reference.trim();
    const form = referenceForm(text, request.cwd);
    if (form === 'registry')
        return readRegistryReference(request, text);
    if (form === 'profile')
        return readDriftProfileSide(profilePath(text, request.cwd), text);
    const patterns = (0,option_table/* splitList */.ry)(text);
    if (patterns.length === 0)
        throw new errors/* UsageError */.eb('The reference is empty.');
    return (0,drift_data_side/* readDriftDataSide */.JR)({
        patterns,
        source: text,
        format: request.format,
        delimiter: request.delimiter,
        threads: request.threads,
        ownWorker: request.ownWorker,
        cwd: request.cwd
    });
}
/**
 * Which form a reference has: `registry:` prefix, a single file whose head declares a Tollgate
 * profile, or data. Cheap (reads at most 64 KiB), so the caller can plan threads before reading.
 */
function referenceForm(reference, cwd) {
    const text = reference.trim();
    if (text.startsWith(REGISTRY_REFERENCE_PREFIX))
        return 'registry';
    const patterns = (0,option_table/* splitList */.ry)(text);
    if (patterns.length === 1 &&
        !(0,glob_pattern/* hasGlobMagic */.sF)(patterns[0]) &&
        isProfileFile(profilePath(text, cwd))) {
        return 'profile';
    }
    return 'data';
}
function profilePath(text, cwd) {
    return cwd === undefined || (0,external_node_path_.isAbsolute)(text) ? text : (0,external_node_path_.join)(cwd, text);
}
async function readRegistryReference(request, text) {
    const reference = (0,model_reference/* parseModelReference */.q)(text.slice(REGISTRY_REFERENCE_PREFIX.length));
    const store = await request.openStore();
    const registry = new model_registry/* ModelRegistry */.z(store, request.registryConfig);
    const version = await registry.resolve(reference);
    const bytes = await store.readBundleFile(version.tag, model_bundle/* MODEL_BUNDLE_FILES */.rU.profile);
    const where = { file: `${version.tag}/${model_bundle/* MODEL_BUNDLE_FILES */.rU.profile} in ${store.location}` };
    let json;
    try {
        json = JSON.parse(new TextDecoder().decode(bytes));
    }
    catch (error) {
        throw new errors/* InputError */.dz(where, `the training-data profile is not valid JSON: ${error.message}`);
    }
    if (json === null) {
        throw new errors/* InputError */.dz(where, `${version.model} ${version.version} was registered without a training-data profile; ` +
            'register it with the profile validate-data wrote, or give the reference as a data file or profile');
    }
    const side = driftSideFromProfile(json, where, text, 'registry');
    side.model = {
        name: version.model,
        version: version.version,
        tag: version.tag,
        ...(version.stage === undefined ? {} : { stage: version.stage.stage })
    };
    return side;
}

// EXTERNAL MODULE: ./shared/drift-report/drift-report.ts
var drift_report = __webpack_require__(75959);
// EXTERNAL MODULE: ./shared/drift-report/drift-subject.ts
var drift_subject = __webpack_require__(99269);
// EXTERNAL MODULE: ./shared/version.ts
var version = __webpack_require__(84402);
;// CONCATENATED MODULE: ./shared/drift/category-table.ts
/** Counts of the non-missing values of a string column; null/undefined are missing. */
function countCategories(values) {
    const counts = new Map();
    let missing = 0;
    for (const value of values) {
        if (value === null || value === undefined)
            missing++;
        else
            counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    return { counts, missing };
}
/** Python's str ordering: by code point (JavaScript's default compares UTF-16 code units). */
function compareCodePoints(a, b) {
    const length = Math.min(a.length, b.length);
    for (let i = 0; i < length; i++) {
        const x = a.codePointAt(i);
        const y = b.codePointAt(i);
        if (x !== y)
            return x - y;
        if (x > 0xffff)
            i++;
    }
    return a.length - b.length;
}
/** The table over the union of both sides' categories (zero counts dropped first). */
function categoryTableFromCounts(reference, current) {
    const labelSet = new Set();
    for (const [label, count] of reference)
        if (count > 0)
            labelSet.add(label);
    for (const [label, count] of current)
        if (count > 0)
            labelSet.add(label);
    const labels = [...labelSet].sort(compareCodePoints);
    const referenceCounts = new Float64Array(labels.length);
    const currentCounts = new Float64Array(labels.length);
    let referenceTotal = 0;
    let currentTotal = 0;
    labels.forEach((label, index) => {
        const r = Math.max(reference.get(label) ?? 0, 0);
        const c = Math.max(current.get(label) ?? 0, 0);
        referenceCounts[index] = r;
        currentCounts[index] = c;
        referenceTotal += r;
        currentTotal += c;
    });
    return {
        labels,
        reference: referenceCounts,
        current: currentCounts,
        referenceTotal,
        currentTotal
    };
}
/** The table of a numeric column's distinct values (labels ascending). */
function categoryTableFromDistinct(distinct) {
    let referenceTotal = 0;
    let currentTotal = 0;
    for (let i = 0; i < distinct.values.length; i++) {
        referenceTotal += distinct.reference[i];
        currentTotal += distinct.current[i];
    }
    return {
        labels: Array.from(distinct.values),
        reference: distinct.reference,
        current: distinct.current,
        referenceTotal,
        currentTotal
    };
}

// EXTERNAL MODULE: ./shared/drift/drift-methods.ts
var drift_methods = __webpack_require__(25738);
;// CONCATENATED MODULE: ./shared/drift/drift-result.ts
/** Categories kept individually in a histogram; the rest are summed into `other`. */
const HISTOGRAM_CATEGORY_LIMIT = 100;
function finiteOrNull(value) {
    return value !== undefined && Number.isFinite(value) ? value : null;
}
/**
 * The histogram of a binned distribution. `observedRange` replaces infinite outer edges.
 * Categories are ordered by combined share (largest first) and cut at
 * HISTOGRAM_CATEGORY_LIMIT.
 */
function histogramOf(binned, observedRange) {
    const reference = Array.from(binned.referenceCounts, (c) => c / binned.referenceTotal);
    const current = Array.from(binned.currentCounts, (c) => c / binned.currentTotal);
    if (binned.layout.type === 'intervals') {
        const edges = Array.from(binned.layout.edges);
        const openLower = edges[0] === -Infinity;
        const openUpper = edges.at(-1) === Infinity;
        if (openLower)
            edges[0] = Math.min(observedRange[0], edges[1] ?? observedRange[0]);
        if (openUpper) {
            edges[edges.length - 1] = Math.max(observedRange[1], edges[edges.length - 2] ?? observedRange[1]);
        }
        return {
            type: 'intervals',
            edges,
            open_lower: openLower,
            open_upper: openUpper,
            reference,
            current
        };
    }
    const labels = binned.layout.labels;
    if (labels.length <= HISTOGRAM_CATEGORY_LIMIT) {
        return { type: 'categories', labels: [...labels], reference, current };
    }
    const order = labels
        .map((_, index) => index)
        .sort((a, b) => reference[b] + current[b] - (reference[a] + current[a]) || a - b);
    const kept = order.slice(0, HISTOGRAM_CATEGORY_LIMIT);
    const rest = order.slice(HISTOGRAM_CATEGORY_LIMIT);
    return {
        type: 'categories',
        labels: kept.map((index) => labels[index]),
        reference: kept.map((index) => reference[index]),
        current: kept.map((index) => current[index]),
        other: {
            categories: rest.length,
            reference: rest.reduce((sum, index) => sum + reference[index], 0),
            current: rest.reduce((sum, index) => sum + current[index], 0)
        }
    };
}

// EXTERNAL MODULE: ./shared/stats/distributions.ts
var distributions = __webpack_require__(29633);
;// CONCATENATED MODULE: ./shared/drift/chi-square-test.ts

function chiSquareDriftTest(referenceCounts, currentCounts, referenceTotal, currentTotal) {
    const scale = currentTotal / referenceTotal;
    let statistic = 0;
    for (let i = 0; i < referenceCounts.length; i++) {
        const expected = referenceCounts[i] * scale;
        const observed = currentCounts[i];
        statistic +=
            expected === 0 ? (observed === 0 ? NaN : Infinity) : (observed - expected) ** 2 / expected;
    }
    const degreesOfFreedom = referenceCounts.length - 1;
    const pValue = degreesOfFreedom < 1 || Number.isNaN(statistic) ? NaN : (0,distributions/* chiSquareSf */.To)(statistic, degreesOfFreedom);
    return { statistic, pValue, degreesOfFreedom };
}

;// CONCATENATED MODULE: ./shared/drift/binned-distribution.ts
/** counts / total, elementwise. */
function proportionsOf(counts, total) {
    const proportions = new Float64Array(counts.length);
    for (let i = 0; i < counts.length; i++)
        proportions[i] = counts[i] / total;
    return proportions;
}

;// CONCATENATED MODULE: ./shared/drift/hellinger.ts
/**
 * Hellinger distance in Evidently's form (statistics-reference §2.1, §2.4):
 *   H = √(1 − clip(BC, 0, 1)),  BC = Σ √(pᵢ qᵢ)  (the Bhattacharyya coefficient),
 * in [0, 1]. For categories p and q are proportions; for numeric columns Evidently builds density
 * histograms on shared Sturges bins and uses BC = Σ √(fᵢ gᵢ)·width (see evidently-binning.ts).
 */
function hellingerFromCoefficient(bhattacharyya) {
    const clipped = Math.min(Math.max(bhattacharyya, 0), 1);
    return Math.sqrt(1 - clipped);
}
/** Hellinger distance between two proportion vectors over the same categories. */
function hellingerDistance(p, q) {
    let coefficient = 0;
    for (let i = 0; i < p.length; i++)
        coefficient += Math.sqrt(p[i] * q[i]);
    return hellingerFromCoefficient(coefficient);
}

// EXTERNAL MODULE: ./shared/stats/sort-float64.ts
var sort_float64 = __webpack_require__(37221);
;// CONCATENATED MODULE: ./shared/drift/sorted-sample.ts

/**
 * Helpers on ascending-sorted Float64Arrays, the form every exact numeric drift statistic works
 * on: one sort per column and side, then binary searches and merge walks with no per-value
 * allocation.
 */
/** First index whose value is ≥ `value` (numpy `searchsorted(side='left')`). */
function lowerBound(sorted, value) {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (sorted[middle] < value)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}
/** First index whose value is > `value` (numpy `searchsorted(side='right')`). */
function upperBound(sorted, value) {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (sorted[middle] <= value)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}
/**
 * The finite part of an ascending array sorted by `sortFloat64` (−∞ first, then finite values,
 * then +∞, then NaN), as a view without copying. This is Evidently's per-side
 * `replace([-inf, inf], nan).dropna()`.
 */
function finitePart(sorted) {
    let end = sorted.length;
    while (end > 0 && !(sorted[end - 1] < Infinity))
        end--; // NaN and +∞ at the end
    let start = 0;
    while (start < end && sorted[start] === -Infinity)
        start++;
    return sorted.subarray(start, end);
}
/**
 * Sorts (a copy of, unless `inPlace`) the values and returns the finite part. `scratch` is the
 * radix sort's reusable buffer (see sortFloat64).
 */
function sortedFinite(values, options = {}) {
    const target = options.inPlace === true ? values : values.slice();
    return finitePart((0,sort_float64/* sortFloat64 */.f)(target, options.scratch));
}
/** Number of distinct values in the union of two ascending arrays (−0 and +0 are one value). */
function countDistinctInUnion(first, second) {
    let i = 0;
    let j = 0;
    let distinct = 0;
    const n1 = first.length;
    const n2 = second.length;
    while (i < n1 && j < n2) {
        const a = first[i];
        const b = second[j];
        const value = a <= b ? a : b;
        if (a <= value) {
            i++;
            while (i < n1 && first[i] <= value)
                i++;
        }
        if (b <= value) {
            j++;
            while (j < n2 && second[j] <= value)
                j++;
        }
        distinct++;
    }
    // One side is used up; what is left of the other lies above every value counted so far.
    return distinct + countDistinct(first.subarray(i)) + countDistinct(second.subarray(j));
}
/** Number of distinct values in one ascending array. */
function countDistinct(sorted) {
    let distinct = 0;
    for (let i = 0; i < sorted.length; i++)
        if (i === 0 || sorted[i] > sorted[i - 1])
            distinct++;
    return distinct;
}
/**
 * Run-length counts of the union of two ascending arrays: one entry per distinct value, with
 * how many times (or, given weights, how much weight) it occurs on each side.
 */
function distinctValueCounts(reference, current, referenceWeights) {
    const size = countDistinctInUnion(reference, current);
    const values = new Float64Array(size);
    const referenceCounts = new Float64Array(size);
    const currentCounts = new Float64Array(size);
    let i = 0;
    let j = 0;
    for (let k = 0; k < size; k++) {
        const value = i < reference.length && (j >= current.length || reference[i] <= current[j])
            ? reference[i]
            : current[j];
        values[k] = value;
        let referenceCount = 0;
        while (i < reference.length && reference[i] <= value) {
            referenceCount += referenceWeights === undefined ? 1 : referenceWeights[i];
            i++;
        }
        const currentStart = j;
        while (j < current.length && current[j] <= value)
            j++;
        referenceCounts[k] = referenceCount;
        currentCounts[k] = j - currentStart;
    }
    return { values, reference: referenceCounts, current: currentCounts };
}

;// CONCATENATED MODULE: ./shared/drift/histogram-bins.ts

/**
 * numpy's histogram conventions, which Evidently's binned drift tests inherit (numpy 1.24
 * `lib/histograms.py`).
 */
/**
 * `np.histogram_bin_edges(a, bins='sturges')` from the minimum, maximum and size of `a`:
 * width = ptp/(log₂ size + 1), k = ⌈(last − first)/width⌉ bins (normally ⌈log₂ size + 1⌉, but the
 * rounding of the two divisions decides, as in numpy), edges = np.linspace(first, last, k + 1),
 * i.e. edge_j = j·((last − first)/k) + first with the last edge set to `last`. A constant sample
 * gets the single bin [v − 0.5, v + 0.5].
 */
function sturgesBinEdges(minimum, maximum, size) {
    let first = minimum;
    let last = maximum;
    if (first === last) {
        first -= 0.5;
        last += 0.5;
    }
    const width = (maximum - minimum) / (Math.log2(size) + 1);
    const binCount = width !== 0 && size > 0 ? Math.ceil((last - first) / width) : 1;
    return linspace(first, last, binCount + 1);
}
/** `np.linspace(start, stop, count)` (endpoint included), with numpy's operation order. */
function linspace(start, stop, count) {
    const edges = new Float64Array(count);
    const divisions = count - 1;
    const delta = stop - start;
    const step = delta / divisions;
    for (let j = 0; j < count; j++) {
        edges[j] = (step === 0 ? (j / divisions) * delta : j * step) + start;
    }
    if (count > 1)
        edges[count - 1] = stop;
    return edges;
}
/**
 * Counts of an ascending sample in the bins [e_j, e_{j+1}) with the last bin closed, values
 * outside [e_0, e_k] ignored — `np.histogram(a, bins=edges)` for an explicit edge array
 * (numpy's searchsorted path). O(k log n).
 */
function countSortedIntoBins(sorted, edges) {
    const binCount = edges.length - 1;
    const counts = new Float64Array(binCount);
    let below = lowerBound(sorted, edges[0]);
    for (let j = 0; j < binCount; j++) {
        const upper = j === binCount - 1 ? upperBound(sorted, edges[j + 1]) : lowerBound(sorted, edges[j + 1]);
        counts[j] = upper - below;
        below = upper;
    }
    return counts;
}
/** The same with weights: each bin gets the summed weight of the values falling in it. */
function sumWeightsIntoBins(sortedValues, weights, edges) {
    const binCount = edges.length - 1;
    const sums = new Float64Array(binCount);
    let index = lowerBound(sortedValues, edges[0]);
    for (let j = 0; j < binCount; j++) {
        const upper = j === binCount - 1
            ? upperBound(sortedValues, edges[j + 1])
            : lowerBound(sortedValues, edges[j + 1]);
        let sum = 0;
        for (; index < upper; index++)
            sum += weights[index];
        sums[j] = sum;
    }
    return sums;
}

;// CONCATENATED MODULE: ./shared/drift/evidently-binning.ts





/**
 * Evidently's binning for PSI, KL and Jensen–Shannon (`legacy/calculations/stattests/utils.py::
 * get_binned_data`, statistics-reference §2.1):
 * - numeric column whose reference has more than 20 distinct values: equal-width Sturges bins
 *   over the COMBINED sample (`np.histogram_bin_edges(concat(ref, cur), 'sturges')`), counted with
 *   `np.histogram` ([e_j, e_{j+1}), last bin closed), divided by each side's row count;
 * - otherwise (categorical, or ≤ 20 distinct reference values): one bin per distinct value of
 *   the union, proportion = count / rows.
 * Zero filling (PSI and KL only, `feel_zeroes=True`): per side, zeros become min(non-zero)/10⁶
 * when the smallest non-zero proportion is ≤ 1e-4, else 1e-4 (no renormalisation).
 */
/** More distinct reference values than this switches numeric columns to Sturges bins. */
const EVIDENTLY_DISTINCT_VALUE_BINS_MAX = 20;
/** Evidently's zero filling of one side's proportions (in place). */
function fillZeroProportions(proportions) {
    let smallest = Infinity;
    for (const p of proportions)
        if (p !== 0 && p < smallest)
            smallest = p;
    if (smallest === Infinity)
        return proportions;
    const fill = smallest <= 0.0001 ? smallest / 10 ** 6 : 0.0001;
    for (let i = 0; i < proportions.length; i++)
        if (proportions[i] === 0)
            proportions[i] = fill;
    return proportions;
}
function finish(layout, referenceCounts, currentCounts, referenceTotal, currentTotal, zeroFill) {
    const reference = proportionsOf(referenceCounts, referenceTotal);
    const current = proportionsOf(currentCounts, currentTotal);
    if (zeroFill) {
        fillZeroProportions(reference);
        fillZeroProportions(current);
    }
    return {
        layout,
        referenceCounts,
        currentCounts,
        referenceTotal,
        currentTotal,
        reference,
        current
    };
}
/** `get_binned_data` for a categorical column given its category table. */
function evidentlyCategoricalBins(table, zeroFill) {
    return finish({ type: 'categories', labels: table.labels }, table.reference, table.current, table.referenceTotal, table.currentTotal, zeroFill);
}
/** `get_binned_data` for a numeric column from ascending, finite, non-empty samples. */
function evidentlyNumericBins(reference, current, zeroFill) {
    if (countDistinct(reference) > EVIDENTLY_DISTINCT_VALUE_BINS_MAX) {
        const edges = sturgesBinEdges(Math.min(reference[0], current[0]), Math.max(reference[reference.length - 1], current[current.length - 1]), reference.length + current.length);
        return finish({ type: 'intervals', edges }, countSortedIntoBins(reference, edges), countSortedIntoBins(current, edges), reference.length, current.length, zeroFill);
    }
    const table = categoryTableFromDistinct(distinctValueCounts(reference, current));
    return evidentlyCategoricalBins(table, zeroFill);
}
/**
 * The same from a weighted reference (ascending points with weights, e.g. histogram midpoints
 * with counts): an approximation, since the reference's true values inside a bin are unknown.
 * The combined size for Sturges' rule is the reference's row count plus the current rows.
 */
function evidentlyNumericBinsWeighted(referencePoints, referenceWeights, referenceRows, current, zeroFill) {
    let weightTotal = 0;
    for (const w of referenceWeights)
        weightTotal += w;
    if (countDistinct(referencePoints) > EVIDENTLY_DISTINCT_VALUE_BINS_MAX) {
        const edges = sturgesBinEdges(Math.min(referencePoints[0], current[0]), Math.max(referencePoints[referencePoints.length - 1], current[current.length - 1]), Math.round(referenceRows) + current.length);
        return finish({ type: 'intervals', edges }, sumWeightsIntoBins(referencePoints, referenceWeights, edges), countSortedIntoBins(current, edges), weightTotal, current.length, zeroFill);
    }
    const table = categoryTableFromDistinct(distinctValueCounts(referencePoints, current, referenceWeights));
    return evidentlyCategoricalBins(table, zeroFill);
}
/**
 * Evidently's numeric Hellinger distance: Sturges edges over the DISTINCT values of the union
 * (`histogram_bin_edges(keys, 'sturges')`), density histograms of each side
 * (count / (total · bin width), numpy `density=True`), BC = Σ √(f g) · w with
 * w = (last edge − first edge)/bins, H = √(1 − clip(BC, 0, 1)).
 * `referenceWeights` makes it the approximate (weighted-points) version.
 */
function evidentlyNumericHellinger(reference, current, referenceWeights) {
    // Only the extremes and the number of the distinct values enter Sturges' rule.
    const edges = sturgesBinEdges(Math.min(reference[0], current[0]), Math.max(reference[reference.length - 1], current[current.length - 1]), countDistinctInUnion(reference, current));
    const referenceCounts = referenceWeights === undefined
        ? countSortedIntoBins(reference, edges)
        : sumWeightsIntoBins(reference, referenceWeights, edges);
    const currentCounts = countSortedIntoBins(current, edges);
    const binCount = edges.length - 1;
    let referenceTotal = 0;
    let currentTotal = 0;
    for (let i = 0; i < binCount; i++) {
        referenceTotal += referenceCounts[i];
        currentTotal += currentCounts[i];
    }
    const width = (edges[binCount] - edges[0]) / binCount;
    let coefficient = 0;
    for (let i = 0; i < binCount; i++) {
        const binWidth = edges[i + 1] - edges[i];
        const f = referenceCounts[i] / binWidth / referenceTotal;
        const g = currentCounts[i] / binWidth / currentTotal;
        coefficient += Math.sqrt(f * g) * width;
    }
    return {
        distance: hellingerFromCoefficient(coefficient),
        binned: finish({ type: 'intervals', edges }, referenceCounts, currentCounts, referenceTotal, currentTotal, false)
    };
}

;// CONCATENATED MODULE: ./shared/drift/kl-divergence.ts
/**
 * Kullback–Leibler divergence and its elementwise building block, as scipy defines them
 * (statistics-reference §2.4; scipy 1.10 `stats.entropy`, `special.rel_entr`).
 */
/** scipy `rel_entr(x, y)`: x ln(x/y) for x, y > 0; 0 for x = 0, y ≥ 0; +∞ otherwise. */
function relativeEntropyTerm(x, y) {
    if (x > 0 && y > 0)
        return x * Math.log(x / y);
    if (x === 0 && y >= 0)
        return 0;
    return Infinity;
}
/** Σ of an array-like (plain loop; the inputs are a few dozen bins). */
function sumOf(values) {
    let sum = 0;
    for (let i = 0; i < values.length; i++)
        sum += values[i];
    return sum;
}
/**
 * KL(p‖q) = Σ pᵢ ln(pᵢ/qᵢ) after normalising p and q to sum 1 — scipy `entropy(p, q, base)`.
 * +∞ when some qᵢ = 0 < pᵢ. `base` divides by ln(base) (natural log by default). Evidently's
 * `kl_div` test calls it on zero-filled bin proportions, so it stays finite there.
 */
function klDivergence(p, q, base) {
    const pTotal = sumOf(p);
    const qTotal = sumOf(q);
    let sum = 0;
    for (let i = 0; i < p.length; i++)
        sum += relativeEntropyTerm(p[i] / pTotal, q[i] / qTotal);
    return base === undefined ? sum : sum / Math.log(base);
}

;// CONCATENATED MODULE: ./shared/drift/jensen-shannon.ts

/**
 * Jensen–Shannon distance √((KL(p‖m) + KL(q‖m))/2), m = (p + q)/2, with p and q normalised to
 * sum 1 — scipy 1.10 `spatial.distance.jensenshannon(p, q, base)` (statistics-reference §2.4).
 * Natural log by default, so the maximum (disjoint supports) is √(ln 2) ≈ 0.8326; base 2 gives
 * [0, 1]. Evidently's `jensenshannon` test (threshold 0.1) uses the natural log.
 */
function jensenShannonDistance(p, q, base) {
    const pTotal = sumOf(p);
    const qTotal = sumOf(q);
    let left = 0;
    let right = 0;
    for (let i = 0; i < p.length; i++) {
        const pi = p[i] / pTotal;
        const qi = q[i] / qTotal;
        const mi = (pi + qi) / 2;
        left += relativeEntropyTerm(pi, mi);
        right += relativeEntropyTerm(qi, mi);
    }
    let divergence = left + right;
    if (base !== undefined)
        divergence /= Math.log(base);
    return Math.sqrt(divergence / 2);
}

;// CONCATENATED MODULE: ./shared/drift/psi.ts
/**
 * Population Stability Index over matching bins (statistics-reference §2.5):
 *   PSI = Σ_b (ref_b − cur_b) ln(ref_b / cur_b)
 * — the symmetric (Jeffreys) divergence of the two binned distributions, written as Evidently
 * writes it; (cur − ref) ln(cur/ref) is the same number. The proportions must already be free of
 * zeros (each binning convention has its own zero handling: see quantile-binning.ts and
 * evidently-binning.ts). Practitioner reading (Siddiqi 2017, after Lewis 1994): < 0.10 no
 * significant shift, 0.10–0.25 moderate, ≥ 0.25 significant.
 */
function populationStabilityIndex(reference, current) {
    let sum = 0;
    for (let i = 0; i < reference.length; i++) {
        const r = reference[i];
        const c = current[i];
        sum += (r - c) * Math.log(r / c);
    }
    return sum;
}

// EXTERNAL MODULE: ./shared/stats/quantile.ts
var quantile = __webpack_require__(9629);
;// CONCATENATED MODULE: ./shared/drift/quantile-binning.ts



/**
 * Tollgate's default PSI binning, "reference-quantile bins" (statistics-reference §2.5 (1)):
 * - numeric: edges = the distinct values among quantile(ref, k/10), k = 0..10 (numpy's default
 *   linear interpolation, Hyndman–Fan type 7); the first and last edge are replaced by −∞ and
 *   +∞ so current values outside the reference range land in the outer bins; bins [e_j, e_{j+1})
 *   with the last closed. Ties stay in one bin (Minitab Model Ops does the same).
 *   Degenerate references: with only two distinct edges a < b the bins are (−∞, b), [b, +∞);
 *   with one (a constant reference c) they are (−∞, c), [c, c], (c, +∞), so a move away from the
 *   constant in either direction shows.
 * - categorical: one bin per category in reference ∪ current.
 * - every proportion is clipped from below at ε = 1e-4 before the formula (no renormalisation),
 *   so an empty bin contributes a finite amount.
 */
const QUANTILE_BIN_COUNT = 10;
const QUANTILE_BIN_EPSILON = 1e-4;
/** max(p, ε) elementwise. */
function clipProportions(proportions) {
    const clipped = new Float64Array(proportions.length);
    for (let i = 0; i < proportions.length; i++) {
        clipped[i] = Math.max(proportions[i], QUANTILE_BIN_EPSILON);
    }
    return clipped;
}
/** Bin edges from the ascending distinct quantile values (see the module comment). */
function quantileEdgesFromCutPoints(cutPoints) {
    if (cutPoints.length >= 3) {
        return Float64Array.from([-Infinity, ...cutPoints.slice(1, -1), Infinity]);
    }
    if (cutPoints.length === 2)
        return Float64Array.from([-Infinity, cutPoints[1], Infinity]);
    const constant = cutPoints[0];
    // [c, nextUp(c)) holds exactly c.
    return Float64Array.from([-Infinity, constant, nextUp(constant), Infinity]);
}
/** The smallest double greater than x (x finite). */
function nextUp(x) {
    if (x === 0)
        return Number.MIN_VALUE;
    const buffer = new Float64Array([x]);
    const bits = new BigInt64Array(buffer.buffer);
    bits[0] = x > 0 ? bits[0] + 1n : bits[0] - 1n;
    return buffer[0];
}
function distinctAscending(values) {
    const distinct = [];
    for (const value of values)
        if (distinct.length === 0 || value > distinct.at(-1))
            distinct.push(value);
    return distinct;
}
/** Reference-quantile bins of two ascending, finite, non-empty samples. */
function quantileNumericBins(reference, current) {
    const cutPoints = [];
    for (let k = 0; k <= QUANTILE_BIN_COUNT; k++) {
        cutPoints.push((0,quantile/* quantileSorted */.Z)(reference, k / QUANTILE_BIN_COUNT));
    }
    const edges = quantileEdgesFromCutPoints(distinctAscending(cutPoints));
    return quantile_binning_finish(edges, countSortedIntoBins(reference, edges), reference.length, current);
}
/**
 * The same for a reference known as weighted points (approximate mode). Quantiles of a weighted
 * point set are taken as the inverted weighted ECDF (the smallest point whose cumulative weight
 * reaches q·W; q = 0 and 1 give the extreme points), since type-7 interpolation has no weighted
 * analogue.
 */
function quantileNumericBinsWeighted(referencePoints, referenceWeights, current) {
    let total = 0;
    for (const w of referenceWeights)
        total += w;
    const cutPoints = [referencePoints[0]];
    let index = 0;
    let cumulative = referenceWeights[0];
    for (let k = 1; k < QUANTILE_BIN_COUNT; k++) {
        const target = (k / QUANTILE_BIN_COUNT) * total;
        while (cumulative < target && index < referencePoints.length - 1) {
            index++;
            cumulative += referenceWeights[index];
        }
        cutPoints.push(referencePoints[index]);
    }
    cutPoints.push(referencePoints[referencePoints.length - 1]);
    const edges = quantileEdgesFromCutPoints(distinctAscending(cutPoints));
    return quantile_binning_finish(edges, sumWeightsIntoBins(referencePoints, referenceWeights, edges), total, current);
}
function quantile_binning_finish(edges, referenceCounts, referenceTotal, current) {
    const currentCounts = countSortedIntoBins(current, edges);
    return {
        layout: { type: 'intervals', edges },
        referenceCounts,
        currentCounts,
        referenceTotal,
        currentTotal: current.length,
        reference: clipProportions(proportionsOf(referenceCounts, referenceTotal)),
        current: clipProportions(proportionsOf(currentCounts, current.length))
    };
}
/** Reference-quantile convention for a categorical column: one bin per category, ε clipping. */
function quantileCategoricalBins(table) {
    return {
        layout: { type: 'categories', labels: table.labels },
        referenceCounts: table.reference,
        currentCounts: table.current,
        referenceTotal: table.referenceTotal,
        currentTotal: table.currentTotal,
        reference: clipProportions(proportionsOf(table.reference, table.referenceTotal)),
        current: clipProportions(proportionsOf(table.current, table.currentTotal))
    };
}

;// CONCATENATED MODULE: ./shared/drift/z-test-proportions.ts

/**
 * @param referenceOthers reference values that are not the first sorted category (the "1"s)
 * @param currentOthers the same for current
 * @param bothSameConstant both samples consist of one and the same value
 */
function proportionsZTest(referenceOthers, referenceTotal, currentOthers, currentTotal, bothSameConstant) {
    if (bothSameConstant)
        return { statistic: 0, pValue: 1 };
    const p1 = referenceOthers / referenceTotal;
    const p2 = currentOthers / currentTotal;
    const pooled = (p1 * referenceTotal + p2 * currentTotal) / (referenceTotal + currentTotal);
    const z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / referenceTotal + 1 / currentTotal));
    const pValue = Number.isNaN(z) ? NaN : Math.min(1, 2 * (0,distributions/* normalSf */.nG)(Math.abs(z)));
    return { statistic: z, pValue };
}

;// CONCATENATED MODULE: ./shared/drift/method-scores.ts








/** A distance computed on binned proportions (PSI, Jensen–Shannon, KL). */
function binnedDistanceScore(method, binned, options) {
    let value;
    if (method === 'psi')
        value = populationStabilityIndex(binned.reference, binned.current);
    else if (method === 'jensenshannon') {
        value = jensenShannonDistance(binned.reference, binned.current, options.logBase);
    }
    else
        value = klDivergence(binned.reference, binned.current, options.logBase);
    return { statistic: value, pValue: null, score: value, binned };
}
/**
 * Any method that works on categories: chi-square, Z, and PSI / Jensen–Shannon / KL / Hellinger
 * with one bin per category (Evidently's categorical branch; PSI follows `psiBinning`).
 */
function categoryTableScore(method, table, options) {
    switch (method) {
        case 'chisquare': {
            const result = chiSquareDriftTest(table.reference, table.current, table.referenceTotal, table.currentTotal);
            const newCategories = table.labels.filter((_, i) => table.reference[i] === 0);
            const details = {
                chi_square: {
                    degrees_of_freedom: result.degreesOfFreedom,
                    ...(newCategories.length > 0 ? { new_categories: newCategories } : {})
                }
            };
            let note;
            if (newCategories.length > 0) {
                note =
                    `${newCategories.length} categor${newCategories.length === 1 ? 'y' : 'ies'} absent ` +
                        'from the reference: the chi-square statistic is infinite and p = 0';
            }
            else if (result.degreesOfFreedom < 1) {
                note = 'only one category: chi-square is undefined (0 degrees of freedom)';
            }
            const binned = evidentlyCategoricalBins(table, false);
            return {
                statistic: result.statistic,
                pValue: result.pValue,
                score: result.pValue,
                details,
                binned,
                ...(note === undefined ? {} : { note })
            };
        }
        case 'z': {
            const referenceOthers = table.referenceTotal - (table.reference[0] ?? 0);
            const currentOthers = table.currentTotal - (table.current[0] ?? 0);
            const result = proportionsZTest(referenceOthers, table.referenceTotal, currentOthers, table.currentTotal, table.labels.length === 1);
            return {
                statistic: result.statistic,
                pValue: result.pValue,
                score: result.pValue,
                binned: evidentlyCategoricalBins(table, false),
                ...(table.labels.length === 1 ? { note: 'both samples are the same constant: p = 1' } : {})
            };
        }
        case 'hellinger': {
            const binned = evidentlyCategoricalBins(table, false);
            const value = hellingerDistance(binned.reference, binned.current);
            return { statistic: value, pValue: null, score: value, binned };
        }
        case 'psi':
            return {
                ...binnedDistanceScore('psi', options.psiBinning === 'evidently'
                    ? evidentlyCategoricalBins(table, true)
                    : quantileCategoricalBins(table), options),
                details: { binning: options.psiBinning }
            };
        case 'jensenshannon':
            return binnedDistanceScore('jensenshannon', evidentlyCategoricalBins(table, false), options);
        case 'kl_div':
            return binnedDistanceScore('kl_div', evidentlyCategoricalBins(table, true), options);
    }
}

// EXTERNAL MODULE: ./shared/stats/moments.ts
var moments = __webpack_require__(23419);
;// CONCATENATED MODULE: ./shared/drift/ks/ks-statistic.ts
/**
 * D⁺, D⁻ and their locations for ascending `first` and `second` (both non-empty, no NaN).
 *
 * numpy's argmax returns the first index of the maximum in concat(sorted₁, sorted₂): the smallest
 * value of sample 1 that attains it if any does, otherwise the smallest value of sample 2. The
 * walk therefore tracks the best difference separately among values present in each sample.
 */
function ksStatisticsSorted(first, second) {
    const n1 = first.length;
    const n2 = second.length;
    let i = 0;
    let j = 0;
    let maxInFirst = -Infinity;
    let maxInSecond = -Infinity;
    let minInFirst = Infinity;
    let minInSecond = Infinity;
    let maxFirstAt = NaN;
    let maxSecondAt = NaN;
    let minFirstAt = NaN;
    let minSecondAt = NaN;
    while (i < n1 || j < n2) {
        // The next pooled value: the smaller head (a side that is used up never supplies it).
        let inFirst;
        let inSecond;
        let value;
        if (j >= n2) {
            value = first[i];
            inFirst = true;
            inSecond = false;
        }
        else if (i >= n1) {
            value = second[j];
            inFirst = false;
            inSecond = true;
        }
        else {
            const a = first[i];
            const b = second[j];
            value = a <= b ? a : b;
            inFirst = a <= b;
            inSecond = b <= a;
        }
        // Count every tie on both sides (searchsorted side='right').
        if (inFirst) {
            i++;
            while (i < n1 && first[i] <= value)
                i++;
        }
        if (inSecond) {
            j++;
            while (j < n2 && second[j] <= value)
                j++;
        }
        const difference = i / n1 - j / n2;
        if (inFirst) {
            if (difference > maxInFirst) {
                maxInFirst = difference;
                maxFirstAt = value;
            }
            if (difference < minInFirst) {
                minInFirst = difference;
                minFirstAt = value;
            }
        }
        else {
            if (difference > maxInSecond) {
                maxInSecond = difference;
                maxSecondAt = value;
            }
            if (difference < minInSecond) {
                minInSecond = difference;
                minSecondAt = value;
            }
        }
    }
    const maxDifference = Math.max(maxInFirst, maxInSecond);
    const minDifference = Math.min(minInFirst, minInSecond);
    return {
        dPlus: maxDifference,
        dMinus: Math.min(Math.max(-minDifference, 0), 1),
        locationPlus: maxInFirst >= maxInSecond ? maxFirstAt : maxSecondAt,
        locationMinus: minInFirst <= minInSecond ? minFirstAt : minSecondAt
    };
}
/**
 * The same statistics between two weighted empirical distributions (ascending values, weights
 * ≥ 0 with positive sums), F(v) = Σ_{x ≤ v} w / Σ w. This is what the approximate mode uses
 * when the reference is only a sketch or histogram; with unit weights it equals the unweighted
 * walk. `secondWeights` may be omitted for an unweighted second sample.
 */
function ksStatisticsWeightedSorted(first, firstWeights, second, secondWeights) {
    const n1 = first.length;
    const n2 = second.length;
    let total1 = 0;
    for (let k = 0; k < n1; k++)
        total1 += firstWeights[k];
    let total2 = n2;
    if (secondWeights !== undefined) {
        total2 = 0;
        for (let k = 0; k < n2; k++)
            total2 += secondWeights[k];
    }
    let i = 0;
    let j = 0;
    let cumulative1 = 0;
    let cumulative2 = 0;
    let maxDifference = -Infinity;
    let minDifference = Infinity;
    let maxAt = NaN;
    let minAt = NaN;
    while (i < n1 || j < n2) {
        const a = i < n1 ? first[i] : Infinity;
        const b = j < n2 ? second[j] : Infinity;
        const value = i < n1 && (j >= n2 || a <= b) ? a : b;
        while (i < n1 && first[i] <= value)
            cumulative1 += firstWeights[i++];
        while (j < n2 && second[j] <= value) {
            cumulative2 += secondWeights === undefined ? 1 : secondWeights[j];
            j++;
        }
        const difference = cumulative1 / total1 - cumulative2 / total2;
        if (difference > maxDifference) {
            maxDifference = difference;
            maxAt = value;
        }
        if (difference < minDifference) {
            minDifference = difference;
            minAt = value;
        }
    }
    return {
        dPlus: Math.max(maxDifference, 0),
        dMinus: Math.min(Math.max(-minDifference, 0), 1),
        locationPlus: maxAt,
        locationMinus: minAt
    };
}

;// CONCATENATED MODULE: ./shared/drift/ks/kolmogorov-durbin-matrix.ts
/**
 * P(Dₙ ≤ d) for the two-sided one-sample Kolmogorov–Smirnov statistic by Durbin's matrix
 * formula (Durbin 1968) in the form of Marsaglia, Tsang & Wang (2003, J. Stat. Softw. 8(18)):
 * write d = (k − h)/n with k = ⌈nd⌉, 0 ≤ h < 1, build the m×m matrix H (m = 2k − 1), and
 *   P(Dₙ ≤ d) = n!/nⁿ · (Hⁿ)_{k,k}.
 * Hⁿ is taken by repeated squaring with a separate power-of-two exponent so nothing overflows.
 * Cost O(m³ log n): the method of choice when nd is small (scipy `_kolmogn_DMTW`).
 */
const SCALE_EXPONENT = 128;
const BIG = 2 ** SCALE_EXPONENT;
const SMALL = 2 ** -SCALE_EXPONENT;
function kolmogorovCdfDurbin(n, d) {
    if (d >= 1)
        return 1;
    const nd = n * d;
    if (nd <= 0.5)
        return 0;
    const k = Math.ceil(nd);
    const h = k - nd;
    const m = 2 * k - 1;
    // First column v_j = (1 − h^j)/j!, last row its reverse, with a corner correction; the
    // upper part holds 1/(i − j + 1)! on and below the super-diagonal.
    const v = new Float64Array(m);
    const w = new Float64Array(m);
    let factorialInverse = 1;
    for (let j = 1; j <= m; j++) {
        w[j - 1] = factorialInverse;
        factorialInverse /= j;
        v[j - 1] = (1 - Math.pow(h, j)) * factorialInverse;
    }
    const corner = Math.pow(Math.max(2 * h - 1, 0), m) - 2 * Math.pow(h, m);
    v[m - 1] = (1 + corner) * factorialInverse;
    let power = new Float64Array(m * m);
    for (let column = 1; column < m; column++) {
        for (let row = column - 1; row < m; row++)
            power[row * m + column] = w[row - column + 1];
    }
    for (let row = 0; row < m; row++)
        power[row * m] = v[row];
    for (let column = 0; column < m; column++)
        power[(m - 1) * m + column] = v[m - 1 - column];
    let result = identity(m);
    let remaining = n;
    let resultExponent = 0;
    let powerExponent = 0;
    const centre = (k - 1) * m + (k - 1);
    while (remaining > 0) {
        if (remaining % 2 === 1) {
            result = multiply(result, power, m);
            resultExponent += powerExponent;
        }
        power = multiply(power, power, m);
        powerExponent *= 2;
        if (Math.abs(power[centre]) > BIG) {
            for (let i = 0; i < power.length; i++)
                power[i] = power[i] / BIG;
            powerExponent += SCALE_EXPONENT;
        }
        remaining = Math.floor(remaining / 2);
    }
    let p = result[centre];
    // Multiply by n!/nⁿ one factor at a time, rescaling before underflow.
    for (let i = 1; i <= n; i++) {
        p = (i * p) / n;
        if (Math.abs(p) < SMALL) {
            p *= BIG;
            resultExponent -= SCALE_EXPONENT;
        }
    }
    if (resultExponent !== 0)
        p = scaleByPowerOfTwo(p, resultExponent);
    return p < 0 ? 0 : p > 1 ? 1 : p;
}
/** p · 2^exponent without the intermediate 2^exponent under- or overflowing (C's ldexp). */
function scaleByPowerOfTwo(p, exponent) {
    let result = p;
    let remaining = exponent;
    while (remaining > 1000) {
        result *= 2 ** 1000;
        remaining -= 1000;
    }
    while (remaining < -1000) {
        result *= 2 ** -1000;
        remaining += 1000;
    }
    return result * 2 ** remaining;
}
function identity(m) {
    const matrix = new Float64Array(m * m);
    for (let i = 0; i < m; i++)
        matrix[i * m + i] = 1;
    return matrix;
}
function multiply(a, b, m) {
    const product = new Float64Array(m * m);
    for (let i = 0; i < m; i++) {
        const rowOffset = i * m;
        for (let l = 0; l < m; l++) {
            const a_il = a[rowOffset + l];
            if (a_il === 0)
                continue;
            const bOffset = l * m;
            for (let j = 0; j < m; j++)
                product[rowOffset + j] += a_il * b[bOffset + j];
        }
    }
    return product;
}

;// CONCATENATED MODULE: ./shared/drift/ks/kolmogorov-pelz-good.ts
/**
 * Pelz–Good approximation of P(Dₙ ≤ x) for the two-sided one-sample Kolmogorov–Smirnov statistic
 * (Pelz & Good 1976, JRSS B 38(2) 152–156): the Li-Chien/Korolyuk expansion
 *   K₀(z) + K₁(z)/√n + K₂(z)/n + K₃(z)/n^(3/2),  z = x√n,
 * with each Kᵢ rewritten through the Jacobi theta functional equation into sums of
 * q^((2k−1)²), q = exp(−π²/(8z²)), which converge fast for small z. Simard & L'Ecuyer (2011)
 * recommend it for large n outside the Durbin-matrix region; scipy's `_kolmogn_PelzGood` is the
 * behaviour matched.
 */
const PI_SQUARED = Math.PI ** 2;
const PI_FOUR = Math.PI ** 4;
const PI_SIX = Math.PI ** 6;
const SQRT_TWO_PI = Math.sqrt(2 * Math.PI);
const SQRT_THREE = Math.sqrt(3);
const MIN_LOG = -708;
function kolmogorovCdfPelzGood(n, x) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const z = Math.sqrt(n) * x;
    const z2 = z * z;
    const z3 = z ** 3;
    const z4 = z ** 4;
    const z6 = z ** 6;
    const qLog = -PI_SQUARED / 8 / z2;
    if (qLog < MIN_LOG)
        return 0;
    const q = Math.exp(qLog);
    // Coefficients of the terms of K1, K2, K3 as polynomials in m² (m = 2k − 1).
    const k1a = -z2;
    const k1b = PI_SQUARED / 4;
    const k2a = 6 * z6 + 2 * z4;
    const k2b = ((2 * z4 - 5 * z2) * PI_SQUARED) / 4;
    const k2c = (PI_FOUR * (1 - 2 * z2)) / 16;
    const k3d = (PI_SIX * (5 - 30 * z2)) / 64;
    const k3c = (PI_FOUR * (-60 * z2 + 212 * z4)) / 16;
    const k3b = (PI_SQUARED * (135 * z4 - 96 * z6)) / 4;
    const k3a = -30 * z6 - 90 * z ** 8;
    // Horner scheme in q^8k over the odd integers: Σ c(m) q^(m²) = q Σ c(2k−1) q^(4k(k−1)).
    let k0 = 0;
    let k1 = 0;
    let k2 = 0;
    let k3 = 0;
    const maxK = Math.ceil((16 * z) / Math.PI);
    for (let k = maxK; k > 0; k--) {
        const m = 2 * k - 1;
        const m2 = m * m;
        const m4 = m2 * m2;
        const m6 = m4 * m2;
        const qPower = Math.pow(q, 8 * k);
        k0 = k0 * qPower + 1;
        k1 = k1 * qPower + (k1a + k1b * m2);
        k2 = k2 * qPower + (k2a + k2b * m2 + k2c * m4);
        k3 = k3 * qPower + (k3a + k3b * m2 + k3c * m4 + k3d * m6);
    }
    k0 = (k0 * q * SQRT_TWO_PI) / z;
    k1 = (k1 * q * SQRT_TWO_PI) / (6 * z4);
    k2 = (k2 * q * SQRT_TWO_PI) / (72 * z ** 7);
    k3 = (k3 * q * SQRT_TWO_PI) / (6480 * z ** 10);
    // The remaining sums over all integers k: K2 gets π²k² q^(k²), K3 (3π²k²z² − π⁴k⁴) q^(k²).
    const qAll = Math.exp(-PI_SQUARED / 2 / z2);
    let k2Extra = 0;
    let k3Extra = 0;
    const sqrt3z = SQRT_THREE * z;
    for (let k = maxK; k > 0; k--) {
        const kSquared = k * k;
        const qPower = Math.pow(qAll, kSquared);
        const kPi = Math.PI * k;
        k2Extra += kSquared * qPower;
        k3Extra += (sqrt3z + kPi) * (sqrt3z - kPi) * kSquared * qPower;
    }
    k2 += (k2Extra * PI_SQUARED * SQRT_TWO_PI) / (-36 * z3);
    k3 += (k3Extra * PI_SQUARED * SQRT_TWO_PI) / (216 * z6);
    return k0 + k1 / Math.sqrt(n) + k2 / n + k3 / Math.pow(n, 1.5);
}

;// CONCATENATED MODULE: ./shared/drift/ks/kolmogorov-pomeranz.ts

/**
 * P(Dₙ ≤ d) for the two-sided one-sample Kolmogorov–Smirnov statistic by Pomeranz's recursion
 * (Pomeranz 1974, CACM Algorithm 487) as organised by Simard & L'Ecuyer (2011, J. Stat. Softw.
 * 39(11), §2.1) and scipy's `_kolmogn_Pomeranz`: 2n + 1 rows, each the convolution of the
 * previous row's non-zero window with truncated Poisson-like weights (g/n)^j/j!, (2g/n)^j/j! or
 * ((1 − 2g)/n)^j/j! (g = min(f, 1 − f), f the fractional part of nd); the answer is n! times the
 * last entry. Only the band of possibly non-zero entries is kept, with a power-of-two rescaling
 * when a row would underflow. Used for moderate n·d² at n ≤ 140.
 */
const kolmogorov_pomeranz_SCALE_EXPONENT = 128;
const kolmogorov_pomeranz_BIG = 2 ** kolmogorov_pomeranz_SCALE_EXPONENT;
const kolmogorov_pomeranz_SMALL = 2 ** -kolmogorov_pomeranz_SCALE_EXPONENT;
/** Column window [first, last] of row i (Simard & L'Ecuyer's j1, j2 bounds, clipped to 0..n). */
function rowWindow(i, n, floorT, ceilF, roundF) {
    let first;
    let last;
    if (i === 0) {
        first = -floorT - ceilF - 1;
        last = floorT + ceilF - 1;
    }
    else {
        const half = Math.floor((i + 1) / 2);
        if ((i + 1) % 2 === 0) {
            if (half === n + 1) {
                first = n - floorT - ceilF - 1;
                last = n + floorT + ceilF - 1;
            }
            else {
                first = half - 1 - floorT - roundF - 1;
                last = half + floorT - 1 + ceilF - 1;
            }
        }
        else {
            first = half - 1 - floorT - 1;
            last = half + floorT + roundF - 1;
        }
    }
    return [Math.max(first + 2, 0), Math.min(last, n)];
}
function kolmogorovCdfPomeranz(n, d) {
    const t = n * d;
    const floorT = Math.floor(t);
    const f = t - floorT;
    const g = Math.min(f, 1 - f);
    const ceilF = f > 0 ? 1 : 0;
    const roundF = f > 0.5 ? 1 : 0;
    const width = 2 * (floorT + 1);
    const gPower = new Float64Array(width);
    const twoGPower = new Float64Array(width);
    const oneMinusTwoGPower = new Float64Array(width);
    gPower[0] = 1;
    twoGPower[0] = 1;
    oneMinusTwoGPower[0] = 1;
    const gOverN = g / n;
    const twoGOverN = (2 * g) / n;
    const oneMinusTwoGOverN = (1 - 2 * g) / n;
    for (let j = 1; j < width; j++) {
        gPower[j] = (gPower[j - 1] * gOverN) / j;
        twoGPower[j] = (twoGPower[j - 1] * twoGOverN) / j;
        oneMinusTwoGPower[j] = (oneMinusTwoGPower[j - 1] * oneMinusTwoGOverN) / j;
    }
    let previous = new Float64Array(width);
    let current = new Float64Array(width);
    current[0] = 1;
    let previousStart = 0;
    let currentStart = 0;
    let exponent = 0;
    let first = rowWindow(0, n, floorT, ceilF, roundF)[0];
    for (let i = 1; i < 2 * n + 2; i++) {
        const priorFirst = first;
        const swap = previous;
        previous = current;
        current = swap;
        const swapStart = previousStart;
        previousStart = currentStart;
        currentStart = swapStart;
        current.fill(0);
        const window = rowWindow(i, n, floorT, ceilF, roundF);
        first = window[0];
        const last = window[1];
        const weights = i === 1 || i === 2 * n + 1 ? gPower : i % 2 === 1 ? twoGPower : oneMinusTwoGPower;
        const span = last - priorFirst + 1;
        if (span > 0) {
            // Entries priorFirst..priorFirst+span−1 of the previous row, convolved with the weights;
            // keep outputs (first − priorFirst) .. (last − priorFirst).
            const offset = priorFirst - previousStart;
            const available = Math.min(span, width - offset);
            const outputStart = first - priorFirst;
            const outputLength = last - first + 1;
            let largest = 0;
            for (let out = 0; out < outputLength; out++) {
                const k = outputStart + out;
                let sum = 0;
                const lowest = Math.max(0, k - span + 1);
                const highest = Math.min(k, available - 1);
                for (let source = lowest; source <= highest; source++) {
                    sum += previous[offset + source] * weights[k - source];
                }
                current[out] = sum;
                if (sum > largest)
                    largest = sum;
            }
            if (largest > 0 && largest < kolmogorov_pomeranz_SMALL) {
                for (let out = 0; out < outputLength; out++)
                    current[out] = current[out] * kolmogorov_pomeranz_BIG;
                exponent -= kolmogorov_pomeranz_SCALE_EXPONENT;
            }
            currentStart = previousStart + first - priorFirst;
        }
    }
    let answer = current[n - currentStart];
    for (let m = 1; m <= n; m++) {
        if (Math.abs(answer) > kolmogorov_pomeranz_BIG) {
            answer *= kolmogorov_pomeranz_SMALL;
            exponent += kolmogorov_pomeranz_SCALE_EXPONENT;
        }
        answer *= m;
    }
    if (exponent !== 0)
        answer = scaleByPowerOfTwo(answer, exponent);
    return answer < 0 ? 0 : answer > 1 ? 1 : answer;
}

;// CONCATENATED MODULE: ./shared/drift/ks/binomial-saddle-point.ts
/**
 * Loader's saddle-point form of the binomial probability (C. Loader, "Fast and accurate
 * computation of binomial probabilities", 2000; the method behind R's `dbinom`). Writing
 *   ln P(X = k) = −stirlerr(n) … − bd0(k, np) − bd0(n − k, nq) − ½ ln(2π k (n−k)/n)
 * keeps every piece small, so the probability keeps ~14 significant digits even when n is in the
 * millions, where ln C(n, k) + k ln p + (n−k) ln q cancels catastrophically. The one-sided
 * Smirnov sum (smirnov-one-sided.ts) needs exactly that: hundreds of thousands of positive terms
 * each of which must be relatively accurate.
 */
/**
 * stirlerr(n) = ln n! − (n + ½) ln n + n − ½ ln 2π for n = 1..15, computed in 50-digit decimal
 * arithmetic by scripts/oracles/drift-stirling-table.py (Loader tabulates the same values).
 */
const STIRLING_ERROR_TABLE = [
    0, 0.08106146679532726, 0.0413406959554093, 0.02767792568499834, 0.020790672103765093,
    0.016644691189821193, 0.013876128823070748, 0.01189670994589177, 0.010411265261972096,
    0.009255462182712733, 0.00833056343336287, 0.007573675487951841, 0.00694284010720953,
    0.006408994188004207, 0.0059513701127588475, 0.005554733551962801
];
// Coefficients of the Stirling series 1/(12n) − 1/(360n³) + 1/(1260n⁵) − 1/(1680n⁷) + 1/(1188n⁹).
const S0 = 1 / 12;
const S1 = 1 / 360;
const S2 = 1 / 1260;
const S3 = 1 / 1680;
const S4 = 1 / 1188;
/** The error of Stirling's formula for ln n!, for a non-negative integer n. */
function stirlingError(n) {
    if (n <= 15)
        return STIRLING_ERROR_TABLE[n];
    const nn = n * n;
    // Loader's truncation points: fewer terms suffice as n grows.
    if (n > 500)
        return (S0 - S1 / nn) / n;
    if (n > 80)
        return (S0 - (S1 - S2 / nn) / nn) / n;
    if (n > 35)
        return (S0 - (S1 - (S2 - S3 / nn) / nn) / nn) / n;
    return (S0 - (S1 - (S2 - (S3 - S4 / nn) / nn) / nn) / nn) / n;
}
/**
 * Deviance term bd0(x, m) = x ln(x/m) + m − x ≥ 0, evaluated without cancellation when x ≈ m by
 * the series 2x Σ v^(2j+1)/(2j+1) − (x − m)v with v = (x − m)/(x + m) (Loader 2000, §2).
 */
function binomialDeviance(x, m) {
    if (Math.abs(x - m) < 0.1 * (x + m)) {
        let v = (x - m) / (x + m);
        let sum = (x - m) * v;
        let ej = 2 * x * v;
        v *= v;
        for (let j = 1; j < 1000; j++) {
            ej *= v;
            const next = sum + ej / (2 * j + 1);
            if (next === sum)
                return next;
            sum = next;
        }
        return sum;
    }
    return x * Math.log(x / m) + m - x;
}
const LOG_TWO_PI = 1.8378770664093453;
/**
 * P(X = k) for X ~ Binomial(n, p), given the means `np` = n·p and `nq` = n·(1 − p) directly so a
 * caller that knows them more accurately than 1 − p (as the Smirnov sum does) can pass them.
 * Requires 0 < k < n.
 */
function binomialProbabilityInterior(k, n, np, nq) {
    const logCore = stirlingError(n) -
        stirlingError(k) -
        stirlingError(n - k) -
        binomialDeviance(k, np) -
        binomialDeviance(n - k, nq);
    const logFactor = LOG_TWO_PI + Math.log(k) + Math.log1p(-k / n);
    return Math.exp(logCore - 0.5 * logFactor);
}

;// CONCATENATED MODULE: ./shared/drift/ks/smirnov-one-sided.ts

/**
 * Survival function of the one-sided one-sample Kolmogorov–Smirnov statistic,
 * P(D⁺ₙ ≥ x) — scipy.special.smirnov(n, x), which scipy's `kstwo.sf` uses as 2·smirnov in the
 * upper tail.
 *
 * Formula (Smirnov 1944; Birnbaum & Tingey 1951):
 *   P(D⁺ₙ ≥ x) = x Σ_{v=0}^{⌊n(1−x)⌋} C(n, v) (x + v/n)^(v−1) (1 − x − v/n)^(n−v).
 * Every term is positive, so the sum has no cancellation; each term equals
 * Binomial(n, p_v).pmf(v) / p_v with p_v = x + v/n and is evaluated in Loader's saddle-point form,
 * with n·x split exactly into two doubles so that n·q_v = (n − v) − n·x keeps full relative
 * precision even when q_v is tiny. scipy evaluates the same sum in double-double arithmetic
 * (van Mulbregt 2018, arXiv:1802.06966); both agree to ~1e-13 relative.
 *
 * Special cases follow scipy's `_smirnov`: n = 1; x ≤ 1/n (closed form); −2nx² below cephes'
 * MINLOG (0); x ≥ 1 − 1/n (closed form (1 − x)ⁿ); n > 10⁶ (the approximation
 * exp(−(6nx + 1)²/(18n)), as scipy).
 */
const CEPHES_MINLOG = -745.1332191019412; // cephes MINLOG = ln(2^-1075)
const SMIRNOV_MAX_COMPUTE_N = 1000000;
const SPLITTER = 134217729; // 2^27 + 1, Veltkamp/Dekker splitting constant
/** P(D⁺ₙ ≥ x) for integer n ≥ 1 and 0 ≤ x ≤ 1 (NaN outside). */
function smirnovSf(n, x) {
    if (!(n > 0 && x >= 0 && x <= 1))
        return NaN;
    if (n === 1)
        return 1 - x;
    if (x === 0)
        return 1;
    if (x === 1)
        return 0;
    // n·x = nxHigh + nxLow exactly (Dekker's two-product; n < 2^26 so it needs no split).
    const nxHigh = n * x;
    const xHigh = SPLITTER * x - (SPLITTER * x - x);
    const xLow = x - xHigh;
    const nxLow = n * xHigh - nxHigh + n * xLow;
    let floorNx = Math.floor(nxHigh);
    if (floorNx === nxHigh && nxLow < 0)
        floorNx -= 1;
    let alpha = nxHigh - floorNx + nxLow; // fractional part of n·x
    if (alpha >= 1) {
        floorNx += 1;
        alpha = 0;
    }
    if (floorNx === 0 || (floorNx === 1 && alpha === 0)) {
        // x ≤ 1/n: P(D⁺ < x) = x (1 + x)^(n−1)
        return clip01(1 - x * Math.exp((n - 1) * Math.log1p(x)));
    }
    if (-2 * n * x * x < CEPHES_MINLOG)
        return 0;
    if (floorNx >= n - 1)
        return clip01(Math.exp(n * Math.log1p(-x)));
    if (n > SMIRNOV_MAX_COMPUTE_N) {
        const logP = -Math.pow(6 * n * x + 1, 2) / 18 / n;
        return logP < -Math.LN2 ? Math.exp(logP) : 1 - -Math.expm1(logP);
    }
    const lastV = n - floorNx - 1;
    const termCount = lastV + 1;
    const middle = Math.floor(n / 2);
    // v = 0: (1 − x)^n / x
    let sum = Math.exp(n * Math.log1p(-x)) / x;
    for (let v = 1; v < termCount; v++) {
        const np = nxHigh + v + nxLow;
        const nq = n - v - nxHigh - nxLow;
        const term = binomialProbabilityInterior(v, n, np, nq) / (np / n);
        sum += term;
        // scipy's stopping rule: the remaining terms cannot change the sum.
        if (term !== 0) {
            if (4 * (termCount - v) * term < Number.EPSILON * sum && v !== termCount - 1)
                break;
        }
        else if (v > middle) {
            break;
        }
    }
    return clip01(x * sum);
}
function clip01(p) {
    return p < 0 ? 0 : p > 1 ? 1 : p;
}

;// CONCATENATED MODULE: ./shared/drift/ks/kolmogorov-two-sided.ts




/**
 * Survival function P(Dₙ ≥ x) of the exact two-sided one-sample Kolmogorov–Smirnov statistic
 * Dₙ = sup|Fₙ − F| — scipy's `kstwo.sf(x, n)`, which `ks_2samp` uses for its asymptotic
 * two-sample p-value with n = round(n₁n₂/(n₁ + n₂)).
 *
 * The choice among exact and approximate methods is Simard & L'Ecuyer's (2011, "Computing the
 * two-sided Kolmogorov–Smirnov distribution", J. Stat. Softw. 39(11)) as implemented in scipy
 * 1.10 `_ksstats._kolmogn(n, x, cdf=False)`:
 * - x ≤ 1/(2n): 1; 1/(2n) < x ≤ 1/n: Ruben–Gambino closed form 1 − n!/nⁿ (2nx − 1)ⁿ;
 * - x ≥ 1 − 1/n: 2(1 − x)ⁿ; x ≥ 1/2: 2·P(D⁺ₙ ≥ x) exactly (the two tails cannot both be hit);
 * - n ≤ 140: Durbin matrix if nx² ≤ 0.754693, Pomeranz if nx² ≤ 4, else 2·P(D⁺ₙ ≥ x);
 * - n > 140: 0 if nx² ≥ 370; 2·P(D⁺ₙ ≥ x) if nx² ≥ 2.2; otherwise 1 − CDF with the CDF from the
 *   Durbin matrix (n ≤ 100000 and n·x^1.5 ≤ 1.4) or the Pelz–Good expansion.
 * The result is clipped to [0, 1].
 */
function kolmogorovSmirnovSf(n, x) {
    if (!(n >= 1) || !Number.isInteger(n) || Number.isNaN(x))
        return NaN;
    if (x >= 1)
        return 0;
    if (x <= 0)
        return 1;
    const t = n * x;
    if (t <= 1) {
        if (t <= 0.5)
            return 1;
        let cdf;
        if (n <= 140) {
            cdf = 1;
            for (let i = 1; i <= n; i++)
                cdf *= i * (1 / n) * (2 * t - 1);
        }
        else {
            cdf = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
        }
        return kolmogorov_two_sided_clip01(1 - cdf);
    }
    if (t >= n - 1)
        return kolmogorov_two_sided_clip01(2 * Math.pow(1 - x, n));
    if (x >= 0.5)
        return kolmogorov_two_sided_clip01(2 * smirnovSf(n, x));
    const nxSquared = t * x;
    if (n <= 140) {
        if (nxSquared <= 0.754693)
            return kolmogorov_two_sided_clip01(1 - kolmogorovCdfDurbin(n, x));
        if (nxSquared <= 4)
            return kolmogorov_two_sided_clip01(1 - kolmogorovCdfPomeranz(n, x));
        return kolmogorov_two_sided_clip01(2 * smirnovSf(n, x));
    }
    if (nxSquared >= 370)
        return 0;
    if (nxSquared >= 2.2)
        return kolmogorov_two_sided_clip01(2 * smirnovSf(n, x));
    const cdf = n <= 100000 && n * Math.pow(x, 1.5) <= 1.4
        ? kolmogorovCdfDurbin(n, x)
        : kolmogorov_two_sided_clip01(kolmogorovCdfPelzGood(n, x));
    return kolmogorov_two_sided_clip01(1 - cdf);
}
// Stirling-series coefficients B_{2j}/(2j(2j−1)) for j = 8..1, highest power first (the same
// doubles as scipy's 20-digit literals).
const STIRLING_COEFFICIENTS = [
    -3617 / 122400,
    1 / 156,
    -691 / 360360,
    1 / 1188,
    -1 / 1680,
    1 / 1260,
    -1 / 360,
    1 / 12
];
const kolmogorov_two_sided_LOG_TWO_PI = Math.log(2 * Math.PI);
/**
 * ln(n!/nⁿ) by Stirling's series with the n ln n terms cancelled analytically:
 * ½ ln n − n + ½ ln 2π + Σ_j B_{2j}/(2j(2j−1)) n^(1−2j).
 */
function logFactorialOverPower(n) {
    const reciprocal = 1 / n;
    const argument = reciprocal / n;
    let series = 0;
    for (const coefficient of STIRLING_COEFFICIENTS)
        series = series * argument + coefficient;
    return Math.log(n) / 2 - n + kolmogorov_two_sided_LOG_TWO_PI / 2 + reciprocal * series;
}
function kolmogorov_two_sided_clip01(p) {
    return p < 0 ? 0 : p > 1 ? 1 : p;
}

// EXTERNAL MODULE: ./shared/stats/special-functions.ts
var special_functions = __webpack_require__(96149);
;// CONCATENATED MODULE: ./shared/drift/ks/ks-two-sample-exact.ts

/**
 * Exact null distribution of the two-sample Kolmogorov–Smirnov statistic D_{m,n}, by counting
 * the monotone lattice paths from (0, 0) to (m, n) that a random interleaving of the two sorted
 * samples traces (Hodges 1958, "The significance probability of the Smirnov two-sample test",
 * Ark. Mat. 3(43) 469–486). Step x = a value from sample 1, step y = one from sample 2; the ECDF
 * difference after x and y steps is x/m − y/n, so D ≥ d exactly when the path leaves the band
 * |x/m − y/n| < d. Everything is kept as probabilities (not path counts), which cannot overflow.
 * Behaviour matched: scipy 1.10 `_attempt_exact_2kssamp`.
 */
/** Two-sided p when n₁ = n₂ = n and D = h/n:
 *  P = 2 Σ_{k≥1} (−1)^(k−1) C(2n, n − kh)/C(2n, n), evaluated from the innermost term outwards
 *  as 2·A₁(1 − A₂(1 − A₃(…))) with Aₖ = C(2n, n − kh)/C(2n, n − (k−1)h) written as h simple
 *  ratios, which avoids both the huge binomials and the alternating-sum cancellation (scipy
 *  `_compute_prob_outside_square`). */
function ksEqualSizesTwoSidedP(n, h) {
    let p = 0;
    for (let k = Math.floor(n / h); k >= 0; k--) {
        let ratio = 1;
        for (let j = 0; j < h; j++)
            ratio = ((n - k * h - j) * ratio) / (n + k * h + j + 1);
        p = ratio * (1 - p);
    }
    return 2 * p;
}
/**
 * Two-sided p for any m, n with D = h/lcm(m, n): the probability that a uniformly random path
 * leaves the band |x·n/g − y·m/g| < h (g = gcd). Recursion on Q(x, y) = P(a random path to
 * (x, y) has already left the band): Q = 1 outside the band and
 *   Q(x, y) = (x·Q(x−1, y) + y·Q(x, y−1)) / (x + y)
 * inside, because a random path reaches (x, y) from the left with probability x/(x + y). This is
 * the "1 − p" form of Hodges' inside method due to Viehmann (2021, arXiv:2102.08037), as scipy's
 * `_compute_outer_prob_inside_method`. Only one column and the band window of it are stored,
 * so memory is O(n) and time O(m × band width).
 */
function ksTwoSidedInsideP(m, n, g, h) {
    if (m < n) {
        const swap = m;
        m = n;
        n = swap;
    }
    const mg = m / g;
    const ng = n / g;
    // Window [low, high) of column x holds the y with |ng·x − mg·y| < h; entries outside it are 1.
    let low = 0;
    let high = Math.min(Math.ceil(h / mg), n + 1);
    let length = high - low;
    const column = new Float64Array(Math.min(2 * high + 2, n + 1)).fill(1);
    column.fill(0, low, high);
    const firstUpperBoundaryY = Math.ceil(h / mg);
    for (let x = 1; x <= m; x++) {
        const previousLow = low;
        const previousLength = length;
        low = Math.min(Math.max(Math.floor((ng * x - h) / mg) + 1, 0), n);
        high = Math.min(Math.ceil((ng * x + h) / mg), n + 1);
        if (high <= low)
            return 1;
        // Q(x, low − 1) is outside the band (1) unless low = 0, where the path along y = 0 is inside.
        let below = low === 0 ? 0 : 1;
        // Until the lower boundary is reachable (ng·x < h), a path can only have left the band through
        // the upper boundary, which lies at y ≥ ⌈h/mg⌉: every cell below that is exactly 0 and is
        // already 0 in the column, so the loop starts there (a large saving when D is large).
        const first = ng * x < h ? Math.min(firstUpperBoundaryY, high) - low : 0;
        for (let offset = first; offset < high - low; offset++) {
            const y = offset + low;
            below = (column[offset + low - previousLow] * x + below * y) / (x + y);
            column[offset] = below;
        }
        length = high - low;
        // Cells the previous window covered but this one does not are outside the band again.
        if (previousLength > length)
            column.fill(1, length, previousLength);
    }
    return column[high - low - 1];
}
/**
 * One-sided p, P(D⁺ ≥ h/lcm): n₁ = n₂ uses the single reflection term C(2n, n − h)/C(2n, n) as a
 * product of ratios. Otherwise the probability that a random path touches the region
 * x·n/g − y·m/g ≥ h, by the same column recursion as the two-sided case with one boundary
 * (R = 1 on or beyond the boundary). scipy counts these paths with floating binomials
 * (`_count_paths_outside_method`) and gives up (falling back to the asymptotic formula) when
 * C(n₁ + n₂, n₁) overflows a double; `undefined` reproduces that fallback.
 */
function ksOneSidedExactP(n1, n2, g, h) {
    if (n1 === n2) {
        let p = 1;
        for (let j = 0; j < h; j++)
            p *= (n1 - j) / (n1 + j + 1);
        return p;
    }
    if ((0,special_functions/* logChoose */.Oo)(n1 + n2, n1) > LOG_MAX_DOUBLE)
        return undefined;
    const m = Math.max(n1, n2);
    const n = Math.min(n1, n2);
    const mg = m / g;
    const ng = n / g;
    // R(x, y) for the current x, y = 0..n. Boundary: ng·x − mg·y ≥ h.
    const column = new Float64Array(n + 1);
    for (let x = 1; x <= m; x++) {
        let below = 0;
        for (let y = 0; y <= n; y++) {
            let value;
            if (ng * x - mg * y >= h)
                value = 1;
            else
                value = (column[y] * x + below * y) / (x + y);
            column[y] = value;
            below = value;
        }
    }
    return column[n];
}
const LOG_MAX_DOUBLE = Math.log(Number.MAX_VALUE);

;// CONCATENATED MODULE: ./shared/drift/ks/ks-two-sample.ts



/** scipy's MAX_AUTO_N: 'auto' is exact while both samples have at most this many values. */
const KS_EXACT_MAX_SIZE = 10000;
const INT32_MAX = 2147483647;
/** Greatest common divisor of two positive integers. */
function gcd(a, b) {
    while (b !== 0) {
        const remainder = a % b;
        a = b;
        b = remainder;
    }
    return a;
}
/** numpy's round: half to even. */
function roundHalfEven(value) {
    const floor = Math.floor(value);
    const difference = value - floor;
    if (difference < 0.5)
        return floor;
    if (difference > 0.5)
        return floor + 1;
    return floor % 2 === 0 ? floor : floor + 1;
}
/**
 * p-value of a two-sample KS statistic `d` for sample sizes n₁, n₂ (scipy's selection):
 * 'auto' → 'exact' when max(n₁, n₂) ≤ 10000, else 'asymp'; an explicit 'exact' whose
 * lcm(n₁, n₂) would not fit scipy's int32 arithmetic, or whose one-sided path count would
 * overflow, falls back to 'asymp' (the `fallback` field says so).
 * Asymptotic two-sided: `kstwo.sf(d, round(n₁n₂/(n₁ + n₂)))`; one-sided: Hodges' (1958) eq. 5.3,
 * exp(−2z² − 2z(m + 2n)/√(mn(m + n))/3) with z = D√(mn/(m + n)), m ≥ n. D = 0 gives p = 1.
 */
function ksTwoSampleP(d, n1, n2, alternative = 'two-sided', method = 'auto') {
    const g = gcd(n1, n2);
    let mode;
    let fallback;
    if (method === 'auto')
        mode = Math.max(n1, n2) <= KS_EXACT_MAX_SIZE ? 'exact' : 'asymp';
    else if (method === 'exact' && n1 / g >= INT32_MAX / (n2 / g)) {
        mode = 'asymp';
        fallback = `exact p-value impossible for sample sizes ${n1} and ${n2} (lcm too large)`;
    }
    else
        mode = method;
    let statistic = d;
    if (mode === 'exact') {
        const lcm = (n1 / g) * n2;
        const h = roundHalfEven(d * lcm);
        statistic = h / lcm;
        if (h === 0)
            return { pValue: 1, method: 'exact', statistic };
        let p;
        if (alternative === 'two-sided') {
            p = n1 === n2 ? ksEqualSizesTwoSidedP(n1, h) : ksTwoSidedInsideP(n1, n2, g, h);
        }
        else {
            p = ksOneSidedExactP(n1, n2, g, h);
        }
        if (p !== undefined && p >= 0 && p <= 1)
            return { pValue: p, method: 'exact', statistic };
        fallback = 'exact p-value calculation unsuccessful (path count overflows a double)';
    }
    const m = Math.max(n1, n2);
    const n = Math.min(n1, n2);
    const effectiveSize = (m * n) / (m + n);
    let p;
    if (alternative === 'two-sided') {
        p = kolmogorovSmirnovSf(roundHalfEven(effectiveSize), statistic);
    }
    else {
        const z = Math.sqrt(effectiveSize) * statistic;
        p = Math.exp(-2 * z * z - (2 * z * (m + 2 * n)) / Math.sqrt(m * n * (m + n)) / 3);
    }
    p = Math.min(Math.max(p, 0), 1);
    return fallback === undefined
        ? { pValue: p, method: 'asymp', statistic }
        : { pValue: p, method: 'asymp', statistic, fallback };
}
/**
 * `ks_2samp(first, second, alternative, method)` on ascending-sorted samples without NaN.
 * For 'two-sided' the statistic is max(D⁺, D⁻) with ties resolved to D⁺ (sign +1); 'greater'
 * tests D⁺ and 'less' D⁻, as scipy.
 */
function ksTwoSampleSorted(first, second, alternative = 'two-sided', method = 'auto') {
    if (first.length === 0 || second.length === 0) {
        throw new RangeError('ksTwoSampleSorted: both samples must be non-empty');
    }
    const statistics = ksStatisticsSorted(first, second);
    const useMinus = alternative === 'less' || (alternative === 'two-sided' && statistics.dMinus > statistics.dPlus);
    const d = useMinus ? statistics.dMinus : statistics.dPlus;
    const p = ksTwoSampleP(d, first.length, second.length, alternative, method);
    return {
        ...p,
        statisticLocation: useMinus ? statistics.locationMinus : statistics.locationPlus,
        statisticSign: useMinus ? -1 : 1,
        dPlus: statistics.dPlus,
        dMinus: statistics.dMinus
    };
}

;// CONCATENATED MODULE: ./shared/drift/wasserstein.ts
/**
 * First Wasserstein distance between two empirical distributions,
 *   W₁(u, v) = ∫ |U(t) − V(t)| dt
 * with U, V the (weighted) ECDFs — scipy 1.10 `wasserstein_distance` (statistics-reference §2.3).
 * scipy evaluates both ECDFs at every pooled value (searchsorted side='right') and sums
 * |U − V|·Δ over consecutive pooled values; the merge walk below visits the same steps in
 * O(n + m) with no allocation, forming U = count/n exactly as scipy does. The sum is compensated
 * (Neumaier) so it is as accurate as numpy's pairwise sum or better: agreement is ~1e-15 relative.
 */
/** A running sum with Neumaier's compensation (Neumaier 1974). */
class CompensatedSum {
    sum = 0;
    compensation = 0;
    add(term) {
        const next = this.sum + term;
        if (Math.abs(this.sum) >= Math.abs(term))
            this.compensation += this.sum - next + term;
        else
            this.compensation += term - next + this.sum;
        this.sum = next;
    }
    value() {
        return this.sum + this.compensation;
    }
}
/** W₁ between two ascending-sorted, non-empty samples of finite values. */
function wassersteinSorted(u, v) {
    const nu = u.length;
    const nv = v.length;
    if (nu === 0 || nv === 0)
        throw new RangeError('wassersteinSorted: samples must be non-empty');
    // Neumaier-compensated running sum, inlined for speed (see CompensatedSum).
    let sum = 0;
    let compensation = 0;
    let i = 0;
    let j = 0;
    let previous = 0;
    let started = false;
    while (i < nu || j < nv) {
        let next;
        if (j >= nv)
            next = u[i];
        else if (i >= nu)
            next = v[j];
        else {
            const a = u[i];
            const b = v[j];
            next = a <= b ? a : b;
        }
        if (started) {
            const term = Math.abs(i / nu - j / nv) * (next - previous);
            const total = sum + term;
            compensation += sum >= term ? sum - total + term : term - total + sum;
            sum = total;
        }
        while (i < nu && u[i] <= next)
            i++;
        while (j < nv && v[j] <= next)
            j++;
        previous = next;
        started = true;
    }
    return sum + compensation;
}
/**
 * W₁ between weighted samples (ascending values; weights ≥ 0 with a positive, finite sum), as
 * scipy's `wasserstein_distance(u, v, u_weights, v_weights)`: U(t) = Σ_{x ≤ t} w / Σ w.
 * `vWeights` may be omitted for an unweighted second sample. This is how a reference known only
 * as a sketch or histogram (value = bin midpoint or centroid, weight = count) is compared.
 */
function wassersteinWeightedSorted(u, uWeights, v, vWeights) {
    const nu = u.length;
    const nv = v.length;
    if (nu === 0 || nv === 0)
        throw new RangeError('wassersteinWeighted: samples must be non-empty');
    let uTotal = 0;
    for (let k = 0; k < nu; k++)
        uTotal += uWeights[k];
    let vTotal = nv;
    if (vWeights !== undefined) {
        vTotal = 0;
        for (let k = 0; k < nv; k++)
            vTotal += vWeights[k];
    }
    const total = new CompensatedSum();
    let i = 0;
    let j = 0;
    let uCumulative = 0;
    let vCumulative = 0;
    let previous = Math.min(u[0], v[0]);
    while (i < nu && u[i] <= previous)
        uCumulative += uWeights[i++];
    while (j < nv && v[j] <= previous) {
        vCumulative += vWeights === undefined ? 1 : vWeights[j];
        j++;
    }
    while (i < nu || j < nv) {
        const next = i < nu && (j >= nv || u[i] <= v[j]) ? u[i] : v[j];
        total.add(Math.abs(uCumulative / uTotal - vCumulative / vTotal) * (next - previous));
        while (i < nu && u[i] <= next)
            uCumulative += uWeights[i++];
        while (j < nv && v[j] <= next) {
            vCumulative += vWeights === undefined ? 1 : vWeights[j];
            j++;
        }
        previous = next;
    }
    return total.value();
}
/** Evidently's floor for the normalising standard deviation (a constant reference). */
const WASSERSTEIN_NORM_FLOOR = 0.001;
/**
 * Evidently's "Wasserstein distance (normed)": W₁ / max(σ_ref, 0.001) with σ_ref the population
 * standard deviation (ddof 0, numpy `np.std`) of the reference, so the score is in units of the
 * reference spread and 0.1 means "a tenth of a standard deviation of mass moved".
 */
function normalizeWasserstein(distance, referenceStandardDeviation) {
    return distance / Math.max(referenceStandardDeviation, WASSERSTEIN_NORM_FLOOR);
}

;// CONCATENATED MODULE: ./shared/drift/numeric-method-score.ts









/**
 * Scores of a numeric column by each method, from the exact samples (ascending, finite,
 * non-empty) or, in the approximate mode, from a reference given as weighted points.
 * KS and Wasserstein need only the sorted arrays (one O(n + m) walk each); the binned methods
 * use Evidently's binning, PSI the selected convention.
 */
/** Exact data: both samples ascending, finite and non-empty. */
function numericMethodScore(method, reference, current, options) {
    switch (method) {
        case 'ks': {
            const result = ksTwoSampleSorted(reference, current);
            return {
                statistic: result.statistic,
                pValue: result.pValue,
                score: result.pValue,
                details: {
                    ks: {
                        d: result.statistic,
                        d_plus: result.dPlus,
                        d_minus: result.dMinus,
                        location: result.statisticLocation,
                        sign: result.statisticSign,
                        p_method: result.method,
                        ...(result.fallback === undefined ? {} : { fallback: result.fallback })
                    }
                },
                binned: evidentlyNumericBins(reference, current, false)
            };
        }
        case 'wasserstein': {
            const distance = wassersteinSorted(reference, current);
            const deviation = (0,moments/* populationStandardDeviation */.kU)(reference);
            const value = normalizeWasserstein(distance, deviation);
            return {
                statistic: value,
                pValue: null,
                score: value,
                details: {
                    wasserstein: {
                        distance,
                        reference_std: deviation,
                        normalizer: Math.max(deviation, WASSERSTEIN_NORM_FLOOR)
                    }
                },
                binned: evidentlyNumericBins(reference, current, false)
            };
        }
        case 'psi':
            return {
                ...binnedDistanceScore('psi', options.psiBinning === 'evidently'
                    ? evidentlyNumericBins(reference, current, true)
                    : quantileNumericBins(reference, current), options),
                details: { binning: options.psiBinning }
            };
        case 'jensenshannon':
            return binnedDistanceScore('jensenshannon', evidentlyNumericBins(reference, current, false), options);
        case 'kl_div':
            return binnedDistanceScore('kl_div', evidentlyNumericBins(reference, current, true), options);
        case 'hellinger': {
            const { distance, binned } = evidentlyNumericHellinger(reference, current);
            return {
                statistic: distance,
                pValue: null,
                score: distance,
                binned,
                details: { binning: 'evidently-hellinger' }
            };
        }
        case 'chisquare':
        case 'z':
            return categoryTableScore(method, categoryTableFromDistinct(distinctValueCounts(reference, current)), options);
    }
}
/**
 * Approximate mode: the reference is known only as weighted points (ascending values, positive
 * weights; e.g. sketch centroids or histogram-bin midpoints with counts) standing for
 * `referenceRows` rows. KS uses the weighted ECDF and the asymptotic p-value with n₁ =
 * referenceRows (the lattice of the exact method does not apply to a weighted D); Wasserstein
 * uses weights (normalised by the weighted population standard deviation); binned methods put
 * each point's weight in the bin of its value.
 */
function numericMethodScoreWeighted(method, points, weights, referenceRows, current, options) {
    switch (method) {
        case 'ks': {
            const statistics = ksStatisticsWeightedSorted(points, weights, current);
            const useMinus = statistics.dMinus > statistics.dPlus;
            const d = useMinus ? statistics.dMinus : statistics.dPlus;
            const p = ksTwoSampleP(d, Math.max(1, Math.round(referenceRows)), current.length, 'two-sided', 'asymp');
            return {
                statistic: d,
                pValue: p.pValue,
                score: p.pValue,
                details: {
                    ks: {
                        d,
                        d_plus: statistics.dPlus,
                        d_minus: statistics.dMinus,
                        location: useMinus ? statistics.locationMinus : statistics.locationPlus,
                        sign: useMinus ? -1 : 1,
                        p_method: 'asymp'
                    }
                },
                binned: evidentlyNumericBinsWeighted(points, weights, referenceRows, current, false),
                note: `approximate: D from the reference profile's weighted ECDF (${points.length} points); asymptotic p-value with n_reference = ${Math.round(referenceRows)}`
            };
        }
        case 'wasserstein': {
            const distance = wassersteinWeightedSorted(points, weights, current);
            const deviation = weightedPopulationStandardDeviation(points, weights);
            const value = normalizeWasserstein(distance, deviation);
            return {
                statistic: value,
                pValue: null,
                score: value,
                details: {
                    wasserstein: {
                        distance,
                        reference_std: deviation,
                        normalizer: Math.max(deviation, WASSERSTEIN_NORM_FLOOR)
                    }
                },
                binned: evidentlyNumericBinsWeighted(points, weights, referenceRows, current, false),
                note: `approximate: Wasserstein distance from the reference profile's ${points.length} weighted points`
            };
        }
        case 'psi':
            return {
                ...binnedDistanceScore('psi', options.psiBinning === 'evidently'
                    ? evidentlyNumericBinsWeighted(points, weights, referenceRows, current, true)
                    : quantileNumericBinsWeighted(points, weights, current), options),
                details: { binning: options.psiBinning },
                note: "approximate: reference bins filled from the profile's weighted points"
            };
        case 'jensenshannon':
        case 'kl_div':
            return {
                ...binnedDistanceScore(method, evidentlyNumericBinsWeighted(points, weights, referenceRows, current, method === 'kl_div'), options),
                note: "approximate: reference bins filled from the profile's weighted points"
            };
        case 'hellinger': {
            const { distance, binned } = evidentlyNumericHellinger(points, current, weights);
            return {
                statistic: distance,
                pValue: null,
                score: distance,
                binned,
                details: { binning: 'evidently-hellinger' },
                note: "approximate: reference density from the profile's weighted points"
            };
        }
        case 'chisquare':
        case 'z': {
            const score = categoryTableScore(method, categoryTableFromDistinct(distinctValueCounts(points, current, weights)), options);
            const approximate = "approximate: reference counts per value from the profile's weighted points";
            return {
                ...score,
                note: score.note === undefined ? approximate : `${approximate}; ${score.note}`
            };
        }
    }
}
/** √(Σw(x − μ)²/Σw), μ = Σwx/Σw (two passes). */
function weightedPopulationStandardDeviation(values, weights) {
    let total = 0;
    let sum = 0;
    for (let i = 0; i < values.length; i++) {
        total += weights[i];
        sum += weights[i] * values[i];
    }
    const mean = sum / total;
    let squares = 0;
    for (let i = 0; i < values.length; i++)
        squares += weights[i] * (values[i] - mean) ** 2;
    return Math.sqrt(squares / total);
}

;// CONCATENATED MODULE: ./shared/drift/column-drift.ts






/** Drift of one column (see the module comment). Never throws for bad data. */
function detectColumnDrift(input) {
    const requested = input.method ?? 'auto';
    if (requested !== 'auto' && !(0,drift_methods/* isDriftMethod */.TF)(requested)) {
        return errorResult(input, 0, 0, 0, 0, `unknown drift method "${String(requested)}"`);
    }
    if (requested !== 'auto' && !drift_methods/* DRIFT_METHODS */.Tl[requested].kinds.includes(input.kind)) {
        return errorResult(input, 0, 0, 0, 0, `method "${requested}" needs a numeric column, but "${input.name}" is categorical`);
    }
    if (input.threshold !== undefined && !Number.isFinite(input.threshold)) {
        return errorResult(input, 0, 0, 0, 0, `threshold must be a finite number, got ${input.threshold}`);
    }
    return input.kind === 'numeric' ? numericColumn(input) : categoricalColumn(input);
}
function isWeighted(reference) {
    return !(reference instanceof Float64Array);
}
function numericColumn(input) {
    const current = input.presorted
        ? finitePart(input.current)
        : sortedFinite(input.current, sortOptions(input));
    const droppedCurrent = input.current.length - current.length;
    if (isWeighted(input.reference))
        return weightedNumericColumn(input, input.reference, current);
    const reference = input.presorted
        ? finitePart(input.reference)
        : sortedFinite(input.reference, sortOptions(input));
    const droppedReference = input.reference.length - reference.length;
    const emptiness = emptySideMessage(input.name, reference.length, current.length);
    if (emptiness !== undefined) {
        return errorResult(input, reference.length, current.length, droppedReference, droppedCurrent, emptiness);
    }
    const distinct = countDistinctInUnion(reference, current);
    const choice = chooseMethod(input, reference.length, distinct);
    const score = numericMethodScore(choice.method, reference, current, scoreOptions(input));
    return assemble(input, choice, score, {
        exact: true,
        nReference: reference.length,
        nCurrent: current.length,
        droppedReference,
        droppedCurrent,
        distinct,
        range: [Math.min(reference[0], current[0]), Math.max(reference.at(-1), current.at(-1))]
    });
}
function sortOptions(input) {
    return {
        ...(input.sortInPlace === undefined ? {} : { inPlace: input.sortInPlace }),
        ...(input.scratch === undefined ? {} : { scratch: input.scratch })
    };
}
function weightedNumericColumn(input, profile, current) {
    const droppedCurrent = input.current.length - current.length;
    if (profile.values.length !== profile.weights.length) {
        return errorResult(input, 0, current.length, 0, droppedCurrent, `reference profile of "${input.name}" has ${profile.values.length} values but ${profile.weights.length} weights`);
    }
    // Keep finite points with positive finite weight, ascending by value.
    const order = [];
    for (let i = 0; i < profile.values.length; i++) {
        const weight = profile.weights[i];
        if (Number.isFinite(profile.values[i]) && Number.isFinite(weight) && weight > 0)
            order.push(i);
        else if (!(weight >= 0)) {
            return errorResult(input, 0, current.length, 0, droppedCurrent, `reference profile of "${input.name}" has an invalid weight ${weight} at point ${i + 1}`);
        }
    }
    order.sort((a, b) => profile.values[a] - profile.values[b]);
    const points = Float64Array.from(order, (i) => profile.values[i]);
    const weights = Float64Array.from(order, (i) => profile.weights[i]);
    let weightTotal = 0;
    for (const w of weights)
        weightTotal += w;
    const rows = profile.rows ?? weightTotal;
    const droppedReference = profile.missing ?? 0;
    const nReference = points.length === 0 ? 0 : Math.round(rows);
    const emptiness = emptySideMessage(input.name, nReference, current.length);
    if (emptiness !== undefined) {
        return errorResult(input, nReference, current.length, droppedReference, droppedCurrent, emptiness);
    }
    const distinct = countDistinctInUnion(points, current);
    const choice = chooseMethod(input, nReference, distinct);
    const score = numericMethodScoreWeighted(choice.method, points, weights, rows, current, scoreOptions(input));
    return assemble(input, choice, score, {
        exact: false,
        nReference,
        nCurrent: current.length,
        droppedReference,
        droppedCurrent,
        distinct,
        range: [Math.min(points[0], current[0]), Math.max(points.at(-1), current.at(-1))]
    });
}
function toCountMap(counts) {
    return counts instanceof Map ? counts : new Map(Object.entries(counts));
}
function categoricalSide(side) {
    if (Array.isArray(side))
        return { ...countCategories(side), exact: true };
    const given = side;
    const counts = toCountMap(given.counts);
    for (const [label, count] of counts) {
        if (!(Number.isFinite(count) && count >= 0)) {
            return { counts, missing: 0, exact: false, invalid: `count of "${label}" is ${count}` };
        }
    }
    return { counts, missing: given.missing ?? 0, exact: given.exact ?? true };
}
function categoricalColumn(input) {
    const reference = categoricalSide(input.reference);
    const current = categoricalSide(input.current);
    const invalid = reference.invalid ?? current.invalid;
    const table = categoryTableFromCounts(reference.counts, current.counts);
    if (invalid !== undefined) {
        return errorResult(input, 0, 0, reference.missing, current.missing, `column "${input.name}": ${invalid}`);
    }
    const emptiness = emptySideMessage(input.name, table.referenceTotal, table.currentTotal);
    if (emptiness !== undefined) {
        return errorResult(input, table.referenceTotal, table.currentTotal, reference.missing, current.missing, emptiness);
    }
    const distinct = table.labels.length;
    const choice = chooseMethod(input, table.referenceTotal, distinct);
    const method = choice.method;
    if (method === 'ks' || method === 'wasserstein') {
        // Unreachable: detectColumnDrift rejects numeric-only methods for categorical columns.
        return errorResult(input, 0, 0, 0, 0, `method "${method}" needs a numeric column`);
    }
    const score = categoryTableScore(method, table, scoreOptions(input));
    const exact = reference.exact && current.exact;
    return assemble(input, choice, exact
        ? score
        : { ...score, note: joinNotes(score.note, 'approximate: incomplete category counts') }, {
        exact,
        nReference: table.referenceTotal,
        nCurrent: table.currentTotal,
        droppedReference: reference.missing,
        droppedCurrent: current.missing,
        distinct,
        range: [0, 0]
    });
}
function chooseMethod(input, referenceRows, distinct) {
    const requested = input.method ?? 'auto';
    if (requested === 'auto')
        return (0,drift_methods/* chooseDefaultMethod */.wZ)(input.kind, referenceRows, distinct);
    return { method: requested, reason: 'requested' };
}
function scoreOptions(input) {
    return {
        psiBinning: input.psiBinning ?? 'quantile',
        ...(input.logBase === undefined ? {} : { logBase: input.logBase })
    };
}
function emptySideMessage(name, referenceRows, currentRows) {
    if (referenceRows === 0 && currentRows === 0) {
        return `column "${name}" has no non-missing values in reference or current`;
    }
    if (referenceRows === 0)
        return `column "${name}" has no non-missing values in the reference`;
    if (currentRows === 0)
        return `column "${name}" has no non-missing values in the current data`;
    return undefined;
}
function joinNotes(...notes) {
    const present = notes.filter((note) => note !== undefined && note !== '');
    return present.length === 0 ? undefined : present.join('; ');
}
function assemble(input, choice, score, counts) {
    const info = drift_methods/* DRIFT_METHODS */.Tl[choice.method];
    const threshold = input.threshold ?? info.defaultThreshold;
    // A NaN p-value (an undefined test) never signals drift.
    const drifted = !Number.isNaN(score.score) && (0,drift_methods/* isDrift */._K)(score.score, info.operator, threshold);
    const statistic = finiteOrNull(score.statistic);
    const note = joinNotes(score.note, statistic === null && score.statistic === Infinity && score.note === undefined
        ? 'the statistic is infinite'
        : undefined);
    const result = {
        column: input.name,
        kind: input.kind,
        status: 'ok',
        method: choice.method,
        method_label: info.label,
        method_reason: choice.reason,
        score: finiteOrNull(score.score),
        statistic,
        p_value: score.pValue === null ? null : finiteOrNull(score.pValue),
        threshold,
        operator: info.operator,
        drifted,
        exact: counts.exact,
        n_reference: counts.nReference,
        n_current: counts.nCurrent,
        dropped_reference: counts.droppedReference,
        dropped_current: counts.droppedCurrent,
        distinct_values: counts.distinct
    };
    if (note !== undefined)
        result.note = note;
    if (score.details !== undefined)
        result.details = score.details;
    if (score.binned !== undefined)
        result.histogram = histogramOf(score.binned, counts.range);
    return result;
}
function errorResult(input, nReference, nCurrent, droppedReference, droppedCurrent, message) {
    const fromProfile = input.kind === 'numeric'
        ? isWeighted(input.reference)
        : !Array.isArray(input.reference) && input.reference.exact === false;
    const requested = input.method ?? 'auto';
    const method = requested !== 'auto' && (0,drift_methods/* isDriftMethod */.TF)(requested) ? requested : null;
    return {
        column: input.name,
        kind: input.kind,
        status: 'error',
        error: message,
        method,
        method_label: method === null ? null : drift_methods/* DRIFT_METHODS */.Tl[method].label,
        method_reason: method === null ? 'not chosen' : 'requested',
        score: null,
        statistic: null,
        p_value: null,
        threshold: method === null ? null : (input.threshold ?? drift_methods/* DRIFT_METHODS */.Tl[method].defaultThreshold),
        operator: method === null ? null : drift_methods/* DRIFT_METHODS */.Tl[method].operator,
        drifted: false,
        exact: !fromProfile,
        n_reference: nReference,
        n_current: nCurrent,
        dropped_reference: droppedReference,
        dropped_current: droppedCurrent,
        distinct_values: 0
    };
}

// EXTERNAL MODULE: ./shared/text/closest-name.ts
var closest_name = __webpack_require__(28863);
;// CONCATENATED MODULE: ./shared/operations/drift-columns.ts




/**
 * Pairs the columns of the reference and the current data and tests each pair, turning every
 * kind of bad input into a per-column finding rather than a failure (the issue's "bad input"
 * rule): a column missing on one side or with another type is a schema change, an all-null side
 * or an empty file is an error entry, dates and free text are skipped as Evidently skips them.
 *
 * Column kind comes from the inferred types of BOTH sides: integer/number → numeric,
 * boolean/string → categorical, date/datetime → temporal (not tested). Numeric pairs use the
 * exact sorted values (KS, Wasserstein), or a profile's sketch as weighted points; categorical
 * pairs use the value counts, keyed by value hash so both sides agree on what a value is.
 */
function compareDriftColumns(reference, current, settings) {
    const referenceColumns = reference.columns ?? [];
    const currentColumns = current.columns ?? [];
    const names = [...referenceColumns.map((column) => column.name)];
    for (const column of currentColumns)
        if (!names.includes(column.name))
            names.push(column.name);
    checkNamedColumns(settings, names);
    const selected = settings.columns.length === 0 ? names : names.filter((name) => settings.columns.includes(name));
    return selected.map((name) => {
        const referenceColumn = referenceColumns.find((column) => column.name === name);
        const currentColumn = currentColumns.find((column) => column.name === name);
        if (settings.ignore.includes(name)) {
            return {
                ...describeSides(name, referenceColumn, currentColumn),
                status: 'skipped',
                message: 'ignored by configuration (ignore-columns)'
            };
        }
        if (current.columns === undefined || reference.columns === undefined) {
            const which = current.columns === undefined ? 'current data' : 'reference data';
            return {
                ...describeSides(name, referenceColumn, currentColumn),
                status: 'error',
                message: `the ${which} is empty (no header and no rows)`
            };
        }
        if (currentColumn === undefined || referenceColumn === undefined) {
            const missing = currentColumn === undefined ? 'current data' : 'reference';
            return {
                ...describeSides(name, referenceColumn, currentColumn),
                status: 'schema',
                drifted: false,
                schema_change: currentColumn === undefined ? 'missing_in_current' : 'new_in_current',
                message: `the column is not in the ${missing}`
            };
        }
        return comparePair(referenceColumn, currentColumn, settings, reference.kind !== 'data');
    });
}
function kindOf(type) {
    switch (type) {
        case 'integer':
        case 'number':
            return 'numeric';
        case 'boolean':
        case 'string':
            return 'categorical';
        case 'date':
        case 'datetime':
            return 'temporal';
        case 'empty':
            return 'empty';
    }
}
function describeSides(name, reference, current) {
    return {
        column: name,
        status: 'tested',
        drifted: false,
        kind: null,
        reference_type: reference?.type ?? null,
        current_type: current?.type ?? null,
        reference_nulls: reference?.nulls ?? null,
        current_nulls: current?.nulls ?? null,
        reference_source: null
    };
}
function comparePair(reference, current, settings, fromProfile) {
    const base = describeSides(reference.name, reference, current);
    const referenceKind = kindOf(reference.type);
    const currentKind = kindOf(current.type);
    if (referenceKind === 'empty' || currentKind === 'empty') {
        const where = referenceKind === 'empty' && currentKind === 'empty'
            ? 'in both the reference and the current data'
            : referenceKind === 'empty'
                ? 'in the reference'
                : 'in the current data';
        const kind = referenceKind === 'empty' ? currentKind : referenceKind;
        return {
            ...base,
            status: 'error',
            kind: kind === 'numeric' || kind === 'categorical' ? kind : null,
            message: `all values are missing ${where}`
        };
    }
    if (referenceKind !== currentKind) {
        return {
            ...base,
            status: 'schema',
            schema_change: 'type_changed',
            message: `the type changed from ${reference.type} to ${current.type}`
        };
    }
    if (referenceKind === 'temporal') {
        return {
            ...base,
            status: 'skipped',
            message: 'date and time columns are not tested (as in Evidently)'
        };
    }
    const choice = methodFor(reference.name, referenceKind, settings);
    if (referenceKind === 'numeric') {
        return numericPair(base, reference, current, choice, settings, fromProfile);
    }
    return categoricalPair(base, reference, current, choice, settings, fromProfile);
}
/** Per-column override, else the global method if it fits the kind, else Evidently's choice. */
function methodFor(name, kind, settings) {
    const override = settings.overrides.get(name);
    const global = settings.method;
    if (override?.method !== undefined) {
        const threshold = override.threshold ?? (override.method === global ? settings.threshold : undefined);
        return { method: override.method, explicit: true, ...thresholdField(threshold) };
    }
    if (global !== 'auto') {
        if (drift_methods/* DRIFT_METHODS */.Tl[global].kinds.includes(kind)) {
            return {
                method: global,
                explicit: false,
                ...thresholdField(override?.threshold ?? settings.threshold)
            };
        }
        return {
            method: 'auto',
            explicit: false,
            note: `method ${global} needs a numeric column; Evidently's default was used`,
            ...thresholdField(override?.threshold)
        };
    }
    return {
        method: 'auto',
        explicit: override !== undefined,
        ...thresholdField(override?.threshold)
    };
}
function thresholdField(threshold) {
    return threshold === undefined ? {} : { threshold };
}
function numericPair(base, reference, current, choice, settings, fromProfile) {
    const entry = { ...base, kind: 'numeric' };
    const currentNumbers = current.numbers;
    if (currentNumbers?.kind !== 'exact') {
        return {
            ...entry,
            status: 'error',
            message: currentNumbers?.kind === 'unavailable'
                ? `the current values are not available: ${currentNumbers.reason}`
                : 'the current data has more numbers than drift-check keeps exactly; test a sample or split the file'
        };
    }
    const referenceNumbers = reference.numbers;
    let referenceInput;
    let approximation;
    if (referenceNumbers === undefined || referenceNumbers.kind === 'unavailable') {
        return {
            ...entry,
            status: 'error',
            message: `the reference values are not available: ${referenceNumbers?.reason ?? 'none recorded'}`
        };
    }
    if (referenceNumbers.kind === 'exact') {
        referenceInput = referenceNumbers.sorted;
        entry.reference_source = referenceNumbers.origin === 'data' ? 'data' : 'profile-counts';
    }
    else {
        // A profile's DDSketch, or a data reference too large to keep exactly: approximate.
        referenceInput = referenceNumbers.weighted;
        entry.reference_source = fromProfile ? 'profile-sketch' : 'data';
        approximation = fromProfile
            ? "approximate: the reference is the profile's quantile sketch (DDSketch, 1% relative accuracy), not the data"
            : 'approximate: the reference has more numbers than drift-check keeps exactly, so its quantile sketch was used';
    }
    const test = detectColumnDrift({
        kind: 'numeric',
        name: reference.name,
        method: choice.method,
        ...thresholdField(choice.threshold),
        psiBinning: settings.psiBinning,
        reference: referenceInput,
        current: currentNumbers.sorted,
        presorted: true
    });
    return drift_columns_finish(entry, test, drift_columns_joinNotes(choice.note, approximation));
}
function categoricalPair(base, reference, current, choice, settings, fromProfile) {
    const entry = { ...base, kind: 'categorical' };
    if (!choice.explicit &&
        reference.type === 'string' &&
        reference.values > 0 &&
        reference.distinct.value > reference.values / 2) {
        return {
            ...entry,
            status: 'skipped',
            message: `free text: ${reference.distinct.value} distinct values in ${reference.values} (more than half), ` +
                'so not tested as a category (as in Evidently); name a method for it in column-methods to test it anyway'
        };
    }
    if (reference.categories === undefined || current.categories === undefined) {
        return { ...entry, status: 'error', message: 'no value counts were recorded' };
    }
    entry.reference_source = fromProfile ? 'profile-counts' : 'data';
    const counts = categoryCounts(reference.categories, current.categories);
    const test = detectColumnDrift({
        kind: 'categorical',
        name: reference.name,
        method: choice.method,
        ...thresholdField(choice.threshold),
        psiBinning: settings.psiBinning,
        reference: counts.reference,
        current: counts.current
    });
    return drift_columns_finish(entry, test, drift_columns_joinNotes(choice.note, counts.note));
}
function drift_columns_finish(entry, test, note) {
    const result = {
        ...entry,
        status: test.status === 'ok' ? 'tested' : 'error',
        drifted: test.drifted,
        test
    };
    const message = drift_columns_joinNotes(note, test.status === 'ok' ? undefined : test.error);
    if (message !== undefined)
        result.message = message;
    return result;
}
/** Label of the bucket holding the values a top-values summary does not list. */
const OTHER_VALUES_LABEL = '(other values)';
/**
 * Category counts of both sides with one label per value hash. When both tables are exact every
 * value is compared. When either side lists only its most frequent values, the categories are the
 * values listed on BOTH sides plus one bucket for the rest of each side, so a value merely
 * unlisted on one side does not look like a vanished category.
 */
function categoryCounts(reference, current) {
    const labels = labelsByHash([reference, current]);
    const exact = reference.exact && current.exact;
    const keep = exact
        ? undefined
        : new Set(reference.items
            .map((item) => item.hash)
            .filter((hash) => current.items.some((item) => item.hash === hash)));
    const side = (sample) => {
        const counts = new Map();
        let listed = 0;
        for (const item of sample.items) {
            if (keep !== undefined && !keep.has(item.hash))
                continue;
            counts.set(labels.get(item.hash), item.count);
            listed += item.count;
        }
        if (keep !== undefined) {
            const rest = Math.max(0, sample.total - listed);
            if (rest > 0)
                counts.set(labels.get(OTHER_HASH), rest);
        }
        return { counts, exact };
    };
    const result = {
        reference: side(reference),
        current: side(current)
    };
    if (!exact) {
        result.note =
            'more than 1000 distinct values: the values listed on both sides by their top-values summaries plus one bucket for all others';
    }
    return result;
}
/** Not a value hash (those are integers in [0, 2^53)): the key of the "other values" bucket. */
const OTHER_HASH = -1;
/** Display label per hash, made unique (two long values may share a truncated display text). */
function labelsByHash(samples) {
    const labels = new Map();
    const used = new Set();
    const assign = (hash, label) => {
        if (labels.has(hash))
            return;
        let unique = label;
        for (let n = 2; used.has(unique); n++)
            unique = `${label} (${n})`;
        labels.set(hash, unique);
        used.add(unique);
    };
    for (const sample of samples)
        for (const item of sample.items)
            assign(item.hash, item.label);
    assign(OTHER_HASH, OTHER_VALUES_LABEL);
    return labels;
}
function drift_columns_joinNotes(...notes) {
    const present = notes.filter((note) => note !== undefined && note !== '');
    return present.length === 0 ? undefined : present.join('; ');
}
/** Columns named in settings must exist on one side at least: a typo would silently test nothing. */
function checkNamedColumns(settings, names) {
    const named = [
        ...settings.columns.map((name) => ({ name, where: 'columns' })),
        ...settings.ignore.map((name) => ({ name, where: 'ignore-columns' })),
        ...[...settings.overrides].map(([name, override]) => ({ name, where: override.origin }))
    ];
    if (names.length === 0)
        return;
    for (const { name, where } of named) {
        if (names.includes(name))
            continue;
        const suggestion = (0,closest_name/* closestName */.N)(name, names);
        throw new errors/* UsageError */.eb(`${where} names the column ${JSON.stringify(name)}, which is in neither the reference nor the current data` +
            `${suggestion === undefined ? '' : ` (did you mean ${JSON.stringify(suggestion)}?)`}; columns: ${names.join(', ')}`);
    }
}

;// CONCATENATED MODULE: ./shared/operations/drift-check.ts







/**
 * drift-check end to end without GitHub: read the reference (data, profile or registry model)
 * and the current data — both scans at once when both are data, each on its own worker thread
 * when two cores are available — pair the columns, test each, and build the report. The action
 * and the CLI decide what to do with it (files, summary, issue, history).
 */
async function driftCheck(request) {
    const threads = request.threads > 0 ? request.threads : Math.max(1, Math.min((0,external_node_os_.availableParallelism)(), 8));
    const referenceIsData = referenceForm(request.reference, request.cwd) === 'data';
    // Two data sides share the threads; a profile or registry reference needs none, nor a current
    // side merged from shards.
    const bothScanned = referenceIsData && request.currentSide === undefined;
    const currentThreads = bothScanned ? Math.max(1, Math.floor(threads / 2)) : threads;
    const ownWorker = bothScanned && threads >= 2 && currentThreads === 1;
    const [reference, current] = await Promise.all([
        readDriftReference({
            reference: request.reference,
            format: request.format,
            delimiter: request.delimiter,
            threads: currentThreads,
            ownWorker,
            cwd: request.cwd,
            openStore: request.openStore,
            ...(request.registryConfig === undefined ? {} : { registryConfig: request.registryConfig })
        }),
        request.currentSide ??
            (0,drift_data_side/* readDriftDataSide */.JR)({
                patterns: request.current,
                source: request.current.join(', '),
                format: request.format,
                delimiter: request.delimiter,
                threads: currentThreads,
                ownWorker,
                cwd: request.cwd
            })
    ]);
    const columns = compareDriftColumns(reference, current, request.settings);
    const subject = request.subject !== undefined && request.subject.trim() !== ''
        ? (0,drift_subject/* cleanDriftSubject */.PM)(request.subject)
        : (0,drift_subject/* defaultDriftSubject */.r6)(reference);
    return (0,drift_report/* buildDriftReport */.Cq)({
        subject,
        reference: sideSummary(reference),
        current: sideSummary(current),
        settings: reportSettings(request.settings),
        columns,
        generatedAt: new Date(request.now).toISOString(),
        version: version/* TOLLGATE_VERSION */.o,
        ...(request.run === undefined ? {} : { run: request.run })
    });
}
function sideSummary(side) {
    const summary = {
        kind: side.kind,
        source: side.source,
        files: side.files,
        rows: side.rows,
        columns: side.columns?.length ?? 0,
        empty: side.columns === undefined
    };
    if (side.profileGeneratedAt !== undefined)
        summary.profile_generated_at = side.profileGeneratedAt;
    if (side.model !== undefined)
        summary.model = side.model;
    return summary;
}
function reportSettings(settings) {
    return {
        method: settings.method,
        threshold: settings.threshold ?? null,
        drift_share: settings.driftShare,
        psi_binning: settings.psiBinning,
        column_overrides: [...settings.overrides].map(([column, override]) => ({
            column,
            method: override.method ?? null,
            threshold: override.threshold ?? null,
            origin: override.origin
        })),
        selected_columns: settings.columns,
        ignored_columns: settings.ignore
    };
}


/***/ }),

/***/ 85978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ resolveDriftSettings)
/* harmony export */ });
/* unused harmony export parseColumnMethod */
/* harmony import */ var _drift_dataset_drift_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67888);
/* harmony import */ var _drift_drift_methods_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25738);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32635);
/* harmony import */ var _options_option_table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55739);
/* harmony import */ var _text_closest_name_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(28863);





const CONFIG_KEYS = [
    'method',
    'threshold',
    'drift-share',
    'psi-binning',
    'columns',
    'ignore-columns'
];
const COLUMN_KEYS = ['method', 'threshold', 'ignore'];
const PSI_BINNINGS = ['quantile', 'evidently'];
const METHOD_NAMES = ['auto', ...Object.keys(_drift_drift_methods_js__WEBPACK_IMPORTED_MODULE_0__/* .DRIFT_METHODS */ .Tl)];
/** Merges inputs, the config section and defaults into settings; UsageError/InputError on bad values. */
function resolveDriftSettings(input, config) {
    if (config !== undefined && config.kind !== 'null')
        config.assertKeys(CONFIG_KEYS, 'drift setting');
    const fromConfig = (key) => {
        const node = config?.get(key);
        return node === undefined || node.kind === 'null' ? undefined : node;
    };
    const methodText = input.method ?? fromConfig('method')?.asString() ?? 'auto';
    const method = requestedMethod(methodText, () => fromConfig('method'), 'method');
    const thresholdNode = input.threshold === undefined ? fromConfig('threshold') : undefined;
    const threshold = input.threshold !== undefined
        ? (0,_options_option_table_js__WEBPACK_IMPORTED_MODULE_2__/* .parseNumber */ .$J)(input.threshold.trim(), () => `threshold must be a number, got ${JSON.stringify(input.threshold)}`)
        : thresholdNode?.asNumber();
    if (threshold !== undefined) {
        if (method === 'auto') {
            const message = 'a threshold for all columns needs a method (the automatic choice mixes p-value tests and ' +
                'distances); set `method`, or give per-column thresholds in `column-methods`';
            throw thresholdNode === undefined
                ? new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`Invalid threshold: ${message}.`)
                : thresholdNode.error(message);
        }
        checkThreshold(method, threshold, 'threshold');
    }
    const shareNode = input.driftShare === undefined ? fromConfig('drift-share') : undefined;
    const driftShare = input.driftShare !== undefined
        ? (0,_options_option_table_js__WEBPACK_IMPORTED_MODULE_2__/* .parseNumber */ .$J)(input.driftShare.trim(), () => `drift-share must be a number, got ${JSON.stringify(input.driftShare)}`)
        : (shareNode?.asNumber() ?? _drift_dataset_drift_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_DRIFT_SHARE */ .w);
    if (!(driftShare > 0 && driftShare <= 1)) {
        const message = `drift-share must be greater than 0 and at most 1, got ${driftShare}`;
        throw shareNode === undefined ? new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(message) : shareNode.error(message);
    }
    const binningNode = input.psiBinning === undefined ? fromConfig('psi-binning') : undefined;
    const psiBinningText = input.psiBinning ?? binningNode?.asString() ?? 'quantile';
    if (!PSI_BINNINGS.includes(psiBinningText)) {
        const message = `psi-binning must be quantile or evidently, got ${JSON.stringify(psiBinningText)}`;
        throw binningNode === undefined ? new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(message) : binningNode.error(message);
    }
    const overrides = new Map();
    const ignore = new Set(input.ignore);
    if (input.ignore.length === 0) {
        for (const name of fromConfig('ignore-columns')?.asStringList() ?? [])
            ignore.add(name);
    }
    const columnsNode = fromConfig('columns');
    if (columnsNode !== undefined) {
        for (const { key, value } of columnsNode.entries()) {
            const override = configOverride(key, value);
            if (override === 'ignore')
                ignore.add(key);
            else
                overrides.set(key, override);
        }
    }
    for (const entry of input.columnMethods) {
        const [name, override] = parseColumnMethod(entry);
        overrides.set(name, override);
    }
    const settings = {
        method,
        driftShare,
        psiBinning: psiBinningText,
        columns: [...input.columns],
        ignore: [...ignore],
        overrides
    };
    if (threshold !== undefined)
        settings.threshold = threshold;
    return settings;
}
/**
 * One `column-methods` entry: `age=ks`, `income=psi:0.2`, `score=:0.01` (threshold for the
 * automatic method) or `label=auto`. The column is everything before the last `=`.
 */
function parseColumnMethod(entry) {
    const at = entry.lastIndexOf('=');
    const name = at < 0 ? '' : entry.slice(0, at).trim();
    if (at < 0 || name === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`column-methods entry ${JSON.stringify(entry)} must look like COLUMN=METHOD or COLUMN=METHOD:THRESHOLD (e.g. age=ks:0.01)`);
    }
    const spec = entry.slice(at + 1).trim();
    const colon = spec.indexOf(':');
    const methodText = (colon < 0 ? spec : spec.slice(0, colon)).trim();
    const thresholdText = colon < 0 ? undefined : spec.slice(colon + 1).trim();
    const override = { origin: 'column-methods' };
    const describe = `column-methods entry ${JSON.stringify(entry)}`;
    if (methodText !== '')
        override.method = requestedMethod(methodText, () => undefined, describe);
    if (thresholdText !== undefined) {
        override.threshold = (0,_options_option_table_js__WEBPACK_IMPORTED_MODULE_2__/* .parseNumber */ .$J)(thresholdText, () => `${describe}: the threshold must be a number, got ${JSON.stringify(thresholdText)}`);
        checkThreshold(override.method ?? 'auto', override.threshold, describe);
    }
    if (override.method === undefined && override.threshold === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${describe} names neither a method nor a threshold`);
    }
    return [name, override];
}
function configOverride(column, node) {
    node.assertKeys(COLUMN_KEYS, `setting of column "${column}"`);
    const ignoreNode = node.get('ignore');
    if (ignoreNode !== undefined && ignoreNode.asBoolean())
        return 'ignore';
    const location = node.location;
    const override = {
        origin: `${location.file ?? '.tollgate.yml'}${location.line === undefined ? '' : `:${location.line}`}`
    };
    const methodNode = node.get('method');
    if (methodNode !== undefined) {
        override.method = requestedMethod(methodNode.asString(), () => methodNode, 'method');
    }
    const thresholdNode = node.get('threshold');
    if (thresholdNode !== undefined) {
        override.threshold = thresholdNode.asNumber();
        try {
            checkThreshold(override.method ?? 'auto', override.threshold, 'threshold');
        }
        catch (error) {
            throw thresholdNode.error(error.message);
        }
    }
    return override;
}
function requestedMethod(text, node, what) {
    const name = text.trim();
    if (name === 'auto' || (0,_drift_drift_methods_js__WEBPACK_IMPORTED_MODULE_0__/* .isDriftMethod */ .TF)(name))
        return name;
    const suggestion = (0,_text_closest_name_js__WEBPACK_IMPORTED_MODULE_4__/* .closestName */ .N)(name, METHOD_NAMES);
    const message = `unknown drift method ${JSON.stringify(name)}${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}; expected one of ${METHOD_NAMES.join(', ')}`;
    const at = node();
    throw at === undefined ? new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${what}: ${message}`) : at.error(message);
}
/** p-value thresholds lie in (0, 1); distances need a non-negative finite threshold. */
function checkThreshold(method, threshold, what) {
    if (!Number.isFinite(threshold) || threshold < 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${what}: the threshold must be a finite number ≥ 0, got ${threshold}`);
    }
    if (method !== 'auto' && _drift_drift_methods_js__WEBPACK_IMPORTED_MODULE_0__/* .DRIFT_METHODS */ .Tl[method].scoreKind === 'p_value') {
        if (!(threshold > 0 && threshold < 1)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${what}: ${method} is a test whose p-value is compared with the threshold, which must lie between 0 and 1 (exclusive), got ${threshold}`);
        }
    }
}


/***/ })

};
