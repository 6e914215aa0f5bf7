export const id = 273;
export const ids = [273];
export const modules = {

/***/ 80273:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  driftMergeInvocation: () => (/* binding */ driftMergeInvocation),
  mergeUploadedPartials: () => (/* binding */ mergeUploadedPartials),
  runDriftShardStep: () => (/* binding */ runDriftShardStep),
  runShardStep: () => (/* binding */ runShardStep)
});

// EXTERNAL MODULE: ./shared/adapters/runner-commands.ts
var runner_commands = __webpack_require__(72096);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/operations/shard-drift.ts
var shard_drift = __webpack_require__(89695);
// EXTERNAL MODULE: ./shared/operations/merge-validate.ts
var merge_validate = __webpack_require__(4504);
// EXTERNAL MODULE: ./shared/operations/shard-validate.ts + 1 modules
var shard_validate = __webpack_require__(86615);
// EXTERNAL MODULE: ./shared/report/escape.ts
var report_escape = __webpack_require__(46682);
// EXTERNAL MODULE: ./shared/shard/shard-spec.ts
var shard_spec = __webpack_require__(30225);
// EXTERNAL MODULE: ./shared/adapters/action-report.ts
var action_report = __webpack_require__(11152);
// EXTERNAL MODULE: ./shared/adapters/clock.ts
var clock = __webpack_require__(85133);
// EXTERNAL MODULE: ./node_modules/@actions/artifact/lib/artifact.js + 83 modules
var artifact = __webpack_require__(56518);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./shared/shard/validate-partial.ts
var validate_partial = __webpack_require__(15871);
// EXTERNAL MODULE: ./shared/adapters/shard-partial-file.ts
var shard_partial_file = __webpack_require__(26694);
;// CONCATENATED MODULE: ./shared/adapters/shard-artifacts.ts







/**
 * Uploads a shard's partial as the workflow artifact `tollgate-partial-<k>-of-<n>`. A re-run of a
 * shard job finds the artifact of its earlier attempt under the same name: that one is replaced,
 * so the merge always reads the newest partial of every shard.
 */
async function uploadPartial(path, shard, work = 'validate', client = new artifact.DefaultArtifactClient()) {
    const name = (0,shard_spec/* partialArtifactName */.rK)(shard, work);
    try {
        await client.uploadArtifact(name, [path], (0,external_node_path_.dirname)(path));
    }
    catch (error) {
        if (!/already exists|409/i.test((0,errors/* errorMessage */.gJ)(error)))
            throw error;
        await client.deleteArtifact(name);
        await client.uploadArtifact(name, [path], (0,external_node_path_.dirname)(path));
    }
    return name;
}
/**
 * Downloads every shard partial this workflow run uploaded (the newest per name) into `folder`
 * and reads them. All must belong to one shard set; the merge then checks that it is complete.
 */
async function downloadPartials(folder, work = 'validate', client = new artifact.DefaultArtifactClient()) {
    const { artifacts } = await client.listArtifacts({ latest: true });
    const shards = artifacts.flatMap((artifact) => {
        const shard = (0,shard_spec/* shardOfArtifactName */.dd)(artifact.name, work);
        return shard === undefined ? [] : [{ artifact, shard }];
    });
    if (shards.length === 0) {
        throw new errors/* UsageError */.eb(`No shard partials were found in this workflow run: the shard jobs (with \`shard: k/n\`) must finish before the merge job (\`needs:\`), and upload their partials as artifacts named ${(0,shard_spec/* partialArtifactName */.rK)({ index: 1, count: 2 }, work).replace('1-of-2', '<k>-of-<n>')}.`);
    }
    const counts = [...new Set(shards.map(({ shard }) => shard.count))];
    if (counts.length > 1) {
        throw new errors/* UsageError */.eb(`This workflow run holds partials of several shard sets (of ${counts.join(' and of ')} shards); merge one set per run.`);
    }
    const partials = [];
    for (const { artifact } of shards.sort((a, b) => a.shard.index - b.shard.index)) {
        const target = (0,external_node_path_.join)(folder, artifact.name);
        (0,external_node_fs_.mkdirSync)(target, { recursive: true });
        await client.downloadArtifact(artifact.id, { path: target });
        const files = (0,external_node_fs_.readdirSync)(target).filter((file) => file.endsWith('.json'));
        if (files.length !== 1)
            throw new errors/* UsageError */.eb(`The artifact ${artifact.name} should hold one partial JSON file, found ${files.length}.`);
        const path = (0,external_node_path_.join)(target, files[0]);
        partials.push({
            partial: (0,shard_partial_file/* readPartialFile */.C)(path, work === 'drift' ? validate_partial/* DRIFT_PARTIAL_FORMAT */.S0 : validate_partial/* VALIDATE_PARTIAL_FORMAT */.tc),
            source: `artifact ${artifact.name} (${(0,external_node_path_.basename)(path)})`
        });
    }
    return partials;
}

// EXTERNAL MODULE: ./shared/text/grouped-integer.ts
var grouped_integer = __webpack_require__(34369);
;// CONCATENATED MODULE: ./shared/adapters/shard-action.ts














/**
 * validate-data with `shard: k/n`: scans this shard's share of the data, writes the partial to
 * `report-path` (default under RUNNER_TEMP) and uploads it as the artifact
 * `tollgate-partial-<k>-of-<n>` for the merge job. Checks are decided by the merge, so this step
 * passes unless the data or the checks file is unreadable; `passed`, `failed-checks`, `warnings`
 * and `profile` are set to empty strings, `rows` to this shard's rows and `report` to the partial.
 */
async function runShardStep(options, shard) {
    if (options.boolean('merge') === true) {
        throw new errors/* UsageError */.eb('Give either `shard` (a shard job) or `merge: true` (the job that merges them), not both.');
    }
    const partial = await (0,shard_validate/* validateShard */.rf)({
        data: options.list('data'),
        checksPath: options.requiredString('checks'),
        format: options.choice('format'),
        delimiter: options.string('delimiter'),
        failOn: options.choice('fail-on'),
        threads: options.integer('threads') ?? 0,
        now: (0,clock/* nowFromEnvironment */.g)(),
        shard
    });
    const path = options.string('report-path') ??
        (0,action_report/* defaultReportPath */.j)('validate-data', `partial-${shard.index}-of-${shard.count}`);
    (0,shard_partial_file/* writePartialFile */.X)(path, partial);
    const artifact = await uploadPartial(path, shard);
    runner_commands/* setOutput */.uH('passed', '');
    runner_commands/* setOutput */.uH('failed-checks', '');
    runner_commands/* setOutput */.uH('warnings', '');
    runner_commands/* setOutput */.uH('rows', String(partial.rows));
    runner_commands/* setOutput */.uH('report', path);
    runner_commands/* setOutput */.uH('profile', '');
    await (0,action_report/* writeJobSummary */.C)(shardSummaryMarkdown('validate-data', partial, artifact, 'The merge job reports the checks.'));
    runner_commands/* info */.pq(`validate-data ${(0,shard_validate/* describeShard */.y0)(partial)}; partial uploaded as artifact ${artifact}.`);
}
/** validate-data with `merge: true`: downloads the run's partials and merges them. */
async function mergeUploadedPartials(options) {
    const folder = (0,external_node_path_.join)(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'tollgate', 'partials');
    const partials = await downloadPartials(folder);
    runner_commands/* info */.pq(`validate-data: merging ${partials.length} shard partial(s).`);
    return (0,merge_validate/* mergeValidate */.$)({
        partials,
        checksPath: options.requiredString('checks'),
        failOn: options.choice('fail-on'),
        now: (0,clock/* nowFromEnvironment */.g)(),
        cwd: process.env.GITHUB_WORKSPACE
    });
}
/**
 * drift-check with `shard: k/n`: scans this shard's share of the CURRENT data (the reference is
 * not read), writes the partial to `report-path` (default under RUNNER_TEMP) and uploads it as
 * the artifact `tollgate-drift-partial-<k>-of-<n>` for the merge job. No issue, dispatch or
 * history: the merge decides. `report` is the partial, the other outputs are empty strings.
 */
async function runDriftShardStep(options, shard) {
    if (options.boolean('merge') === true) {
        throw new errors/* UsageError */.eb('Give either `shard` (a shard job) or `merge: true` (the job that merges them), not both.');
    }
    const partial = await (0,shard_drift/* scanDriftShard */.X5)((0,shard_drift/* driftShardRequest */.tY)(options, shard, (0,clock/* nowFromEnvironment */.g)()));
    const path = options.string('report-path') ??
        (0,action_report/* defaultReportPath */.j)('drift-check', `partial-${shard.index}-of-${shard.count}`);
    (0,shard_partial_file/* writePartialFile */.X)(path, partial);
    const artifact = await uploadPartial(path, shard, 'drift');
    for (const output of ['drift-detected', 'drifted-columns', 'share', 'issue-number', 'metrics'])
        runner_commands/* setOutput */.uH(output, '');
    runner_commands/* setOutput */.uH('report', path);
    await (0,action_report/* writeJobSummary */.C)(shardSummaryMarkdown('drift-check', partial, artifact, 'The merge job compares the current data with the reference.'));
    runner_commands/* info */.pq(`drift-check ${(0,shard_validate/* describeShard */.y0)(partial)}; partial uploaded as artifact ${artifact}.`);
}
/**
 * drift-check with `merge: true`: the current side merged from shard partials — the files
 * `current` names, else those this workflow run's shard jobs uploaded (downloaded here).
 */
async function driftMergeInvocation(options, surface) {
    const partials = options.has('current')
        ? (0,shard_drift/* readDriftPartialFiles */.wx)(options.list('current'), surface.cwd)
        : await downloadPartials((0,external_node_path_.join)(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'tollgate', 'drift-partials'), 'drift');
    runner_commands/* info */.pq(`drift-check: merging ${partials.length} shard partial(s) of the current data.`);
    return (0,shard_drift/* mergedDriftInvocation */.oQ)(options, surface, partials);
}
function shardSummaryMarkdown(action, partial, artifact, next) {
    const lines = [
        `### ${action} shard ${(0,shard_spec/* formatShardSpec */.vn)(partial.shard)}`,
        '',
        `${(0,grouped_integer/* groupedInteger */.b)(partial.rows)} rows scanned; partial uploaded as artifact ${(0,report_escape/* codeSpan */.SS)(artifact)}. ${next}`,
        ''
    ];
    if (partial.segments.length > 0) {
        lines.push('| file | part |', '| --- | --- |');
        for (const segment of partial.segments) {
            const file = partial.data.files[segment.file];
            lines.push(`| ${(0,report_escape/* codeSpan */.SS)(file.path)} | ${segment.whole ? 'whole file' : `bytes ${segment.start}–${segment.end_offset}`} |`);
        }
    }
    else {
        lines.push('_No data was dealt to this shard (fewer files than shards)._');
    }
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 4504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ mergeValidate)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _checks_checks_loader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40647);
/* harmony import */ var _checks_evaluate_checks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18085);
/* harmony import */ var _profile_data_profile_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(10706);
/* harmony import */ var _report_validate_report_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(30438);
/* harmony import */ var _scan_merge_partials_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71961);
/* harmony import */ var _shard_shard_set_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(34628);
/* harmony import */ var _adapters_row_picker_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(79394);
/* harmony import */ var _adapters_table_scan_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(53213);
/* harmony import */ var _adapters_user_files_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(24574);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(84402);
/* harmony import */ var _shard_validate_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(86615);













/**
 * `tollgate merge`: combines the partials of every shard into the report and profile a single run
 * over all the data gives. The ranges of all shards are laid out in table order and merged by the
 * same mergePartials as a single run's worker ranges, then evaluated by the same evaluateChecks:
 * counts, samples and row numbers are exact; quantiles are exact while every shard kept its
 * values (else DDSketch estimates, `exact: false`); distinct counts and top values follow the
 * same exact-then-sketch rules as a single run.
 */
async function mergeValidate(request) {
    const checksText = (0,_adapters_user_files_js__WEBPACK_IMPORTED_MODULE_9__/* .readUserFile */ .E1)(request.checksPath, 'checks file');
    const checks = (0,_checks_checks_loader_js__WEBPACK_IMPORTED_MODULE_2__/* .loadChecks */ .o)(checksText, request.checksPath);
    const shards = (0,_shard_shard_set_js__WEBPACK_IMPORTED_MODULE_6__/* .assembleShards */ .g)(request.partials, (0,_shard_validate_js__WEBPACK_IMPORTED_MODULE_10__/* .sha256Hex */ .fg)(checksText), request.checksPath);
    const scan = (0,_scan_merge_partials_js__WEBPACK_IMPORTED_MODULE_5__/* .mergePartials */ .p)(shards.parts, shards.sampleLimit);
    const texts = await mergedSampleTexts(shards, scan, checks, request.cwd);
    const results = (0,_checks_evaluate_checks_js__WEBPACK_IMPORTED_MODULE_3__/* .evaluateChecks */ .J)(checks, shards.header, scan, {
        now: request.now,
        sampleText: (checkId, row) => texts.get(checkId)?.get(row)
    });
    const generatedAt = new Date(request.now).toISOString();
    const fileSummaries = shards.files.map((file) => ({
        path: file.path,
        format: file.format,
        bytes: file.bytes
    }));
    const profile = (0,_profile_data_profile_js__WEBPACK_IMPORTED_MODULE_4__/* .buildProfile */ .Er)(scan, fileSummaries, generatedAt);
    const report = (0,_report_validate_report_js__WEBPACK_IMPORTED_MODULE_11__/* .buildValidateReport */ .Z)({
        results,
        failOn: request.failOn,
        checksFile: request.checksPath,
        files: fileSummaries,
        rows: scan.rows,
        columns: shards.header,
        generatedAt,
        version: _version_js__WEBPACK_IMPORTED_MODULE_12__/* .TOLLGATE_VERSION */ .o
    });
    return { report, profile, checks };
}
/**
 * Texts for the merged uniqueness samples. Rows whose key repeats inside their own shard come
 * with the texts that shard read. A row whose key is repeated only in another shard is read again
 * from the data files when they are readable here unchanged (same size), as a single run reads
 * its samples; otherwise a numeric column shows the number and other columns say where the
 * value is (the report is otherwise unchanged).
 */
async function mergedSampleTexts(shards, scan, checks, cwd) {
    const texts = new Map();
    const missing = [];
    const place = (checkId, samples, columns, numeric) => {
        const known = shards.sampleTexts.get(checkId);
        const own = new Map();
        texts.set(checkId, own);
        for (const sample of samples) {
            const text = known?.get(sample.row);
            if (text !== undefined)
                own.set(sample.row, text);
            else
                missing.push({
                    checkId,
                    row: sample.row,
                    columns,
                    fallback: numeric ? String(sample.key) : unavailableText(shards, sample.row)
                });
        }
    };
    for (const declared of checks.columns) {
        const check = declared.valueChecks.find((candidate) => candidate.check === 'unique');
        const index = shards.header.indexOf(declared.name);
        const column = scan.columns[index];
        const unique = column?.duplicates.unique;
        if (check === undefined || column === undefined || unique === undefined)
            continue;
        place(check.id, unique.samples, [index], column.values > 0 && column.types.integer + column.types.decimal === column.values);
    }
    for (const check of checks.tableChecks) {
        if (check.check !== 'compound_unique')
            continue;
        const compound = scan.compound[check.id];
        if (compound !== undefined)
            place(check.id, compound.samples, check.columns.map((name) => shards.header.indexOf(name)), false);
    }
    if (missing.length === 0)
        return texts;
    const input = readableData(shards, cwd);
    const rows = input === undefined
        ? undefined
        : await (0,_adapters_row_picker_js__WEBPACK_IMPORTED_MODULE_7__/* .pickRows */ .L)(input, await (0,_adapters_table_scan_js__WEBPACK_IMPORTED_MODULE_8__/* .readTableHeader */ .C)(input), new Set(missing.map((entry) => entry.row)));
    for (const entry of missing) {
        const values = rows?.get(entry.row);
        const text = values === undefined
            ? entry.fallback
            : entry.columns.length === 1
                ? values[entry.columns[0]]
                : `(${entry.columns.map((index) => values[index]).join(', ')})`;
        texts.get(entry.checkId).set(entry.row, text);
    }
    return texts;
}
/** The table's files when every one is readable here with the size the shards saw. */
function readableData(shards, cwd = process.cwd()) {
    const files = [];
    for (const file of shards.files) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(file.path) ? file.path : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, file.path);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).size !== file.bytes)
            return undefined;
        files.push({ path, openPath: path, format: file.format, gzip: file.gzip, bytes: file.bytes });
    }
    return { files, delimiter: shards.delimiter === '' ? undefined : shards.delimiter, threads: 1 };
}
/** The sample text when the value cannot be read: which shard's data holds the row. */
function unavailableText(shards, row) {
    let shard = 0;
    while (shard + 1 < shards.shardRowsBefore.length && shards.shardRowsBefore[shard + 1] < row)
        shard++;
    return `(value not available: row ${row} is in shard ${shard + 1}/${shards.count}; merge where the data files are readable to show it)`;
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


/***/ })

};
