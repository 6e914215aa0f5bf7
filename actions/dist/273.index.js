export const id = 273;
export const ids = [273];
export const modules = {

/***/ 80273:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mergeUploadedPartials: () => (/* binding */ mergeUploadedPartials),
  runShardStep: () => (/* binding */ runShardStep)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/operations/merge-validate.ts + 1 modules
var merge_validate = __webpack_require__(15975);
// EXTERNAL MODULE: ./shared/operations/shard-validate.ts + 3 modules
var shard_validate = __webpack_require__(63337);
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
    core/* setOutput */.uH('passed', '');
    core/* setOutput */.uH('failed-checks', '');
    core/* setOutput */.uH('warnings', '');
    core/* setOutput */.uH('rows', String(partial.rows));
    core/* setOutput */.uH('report', path);
    core/* setOutput */.uH('profile', '');
    await (0,action_report/* writeJobSummary */.C)(shardSummaryMarkdown(partial, artifact));
    core/* info */.pq(`validate-data ${(0,shard_validate/* describeShard */.y0)(partial)}; partial uploaded as artifact ${artifact}.`);
}
/** validate-data with `merge: true`: downloads the run's partials and merges them. */
async function mergeUploadedPartials(options) {
    const folder = (0,external_node_path_.join)(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'tollgate', 'partials');
    const partials = await downloadPartials(folder);
    core/* info */.pq(`validate-data: merging ${partials.length} shard partial(s).`);
    return (0,merge_validate/* mergeValidate */.$)({
        partials,
        checksPath: options.requiredString('checks'),
        failOn: options.choice('fail-on'),
        now: (0,clock/* nowFromEnvironment */.g)(),
        cwd: process.env.GITHUB_WORKSPACE
    });
}
function shardSummaryMarkdown(partial, artifact) {
    const lines = [
        `### validate-data shard ${(0,shard_spec/* formatShardSpec */.vn)(partial.shard)}`,
        '',
        `${partial.rows.toLocaleString('en-US')} rows scanned; partial uploaded as artifact ${(0,report_escape/* codeSpan */.SS)(artifact)}. The merge job reports the checks.`,
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


/***/ })

};
