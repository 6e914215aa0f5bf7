export const id = 107;
export const ids = [107];
export const modules = {

/***/ 65474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/options/option-table.ts
var option_table = __webpack_require__(55739);
// EXTERNAL MODULE: ./shared/text/closest-name.ts
var closest_name = __webpack_require__(28863);
;// CONCATENATED MODULE: ./shared/cli/argv.ts


/**
 * Parses `--name value`, `--name=value` and bare `--flag` (which reads as `true`). Option names
 * are the kebab-case action input names. Unknown names are rejected with the closest known one
 * suggested, because a silently ignored `--basline 5` is worse than an error.
 */
function parseArguments(argv, table) {
    const values = new Map();
    const positionals = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            positionals.push(...argv.slice(i + 1));
            break;
        }
        if (!arg.startsWith('--') || arg === '--') {
            positionals.push(arg);
            continue;
        }
        const equals = arg.indexOf('=');
        const name = equals > 0 ? arg.slice(2, equals) : arg.slice(2);
        const spec = table[name];
        if (spec === undefined || spec.actionOnly === true) {
            const suggestion = (0,closest_name/* closestName */.N)(name, Object.keys(table).filter((key) => table[key]?.actionOnly !== true));
            throw new errors/* UsageError */.eb(`Unknown option --${name}.${suggestion === undefined ? '' : ` Did you mean --${suggestion}?`}`);
        }
        let value;
        if (equals > 0)
            value = arg.slice(equals + 1);
        else {
            const next = argv[i + 1];
            if (next === undefined || (next.startsWith('--') && next.length > 2))
                value = 'true';
            else {
                value = next;
                i++;
            }
        }
        if (values.has(name))
            throw new errors/* UsageError */.eb(`Option --${name} is given more than once.`);
        values.set(name, value);
    }
    return { values, positionals };
}

// EXTERNAL MODULE: ./shared/adapters/clock.ts
var clock = __webpack_require__(85133);
// EXTERNAL MODULE: ./shared/operations/validate-options.ts
var validate_options = __webpack_require__(26820);
// EXTERNAL MODULE: ./shared/operations/validate-data.ts + 15 modules
var validate_data = __webpack_require__(10609);
// EXTERNAL MODULE: ./shared/adapters/user-files.ts
var user_files = __webpack_require__(24574);
// EXTERNAL MODULE: ./shared/adapters/shard-partial-file.ts
var shard_partial_file = __webpack_require__(26694);
;// CONCATENATED MODULE: ./shared/operations/merge-options.ts
/** Options of `tollgate merge` (the action merges with validate-data's `merge: true` input). */
const mergeOptions = {
    checks: {
        description: 'The checks file the shards ran (its hash must match theirs).',
        required: true
    },
    'fail-on': {
        description: 'Fail on: error (failed error-severity checks), warn (any failed check) or never.',
        default: 'error',
        choices: ['error', 'warn', 'never']
    },
    'report-path': { description: 'Where to write the merged JSON report.', default: '' },
    'profile-path': { description: 'Where to write the merged column profile JSON.', default: '' }
};

// EXTERNAL MODULE: ./shared/operations/merge-validate.ts + 1 modules
var merge_validate = __webpack_require__(15975);
// EXTERNAL MODULE: ./shared/operations/shard-validate.ts + 3 modules
var shard_validate = __webpack_require__(63337);
// EXTERNAL MODULE: ./shared/shard/shard-spec.ts
var shard_spec = __webpack_require__(30225);
;// CONCATENATED MODULE: ./shared/cli/commands/merge.ts









/** `tollgate merge part-*.json --checks checks.yml`: the report of a sharded validate-data run. */
const mergeCommand = {
    name: 'merge',
    summary: 'Merge the partials of `tollgate validate --shard k/n` runs into one report.',
    usage: 'PARTIAL.json... --checks checks.yml [--report-path R.json] [--profile-path P.json]',
    options: mergeOptions,
    positionals: {
        min: 1,
        max: 4096,
        names: 'the partial files written by `tollgate validate --shard k/n`'
    },
    async run(options, positionals, output) {
        const partials = positionals.map((path) => ({ partial: (0,shard_partial_file/* readPartialFile */.C)(path), source: path }));
        const outcome = await (0,merge_validate/* mergeValidate */.$)({
            partials,
            checksPath: options.requiredString('checks'),
            failOn: options.choice('fail-on'),
            now: (0,clock/* nowFromEnvironment */.g)()
        });
        const { report, profile } = outcome;
        const reportPath = options.string('report-path');
        const profilePath = options.string('profile-path');
        if (reportPath !== undefined)
            (0,user_files/* writeJsonFile */.An)(reportPath, report);
        if (profilePath !== undefined)
            (0,user_files/* writeJsonFile */.An)(profilePath, profile);
        output.out(`merged ${partials.length} shard partial(s)`);
        printValidateReport(report, output);
        if (reportPath !== undefined)
            output.out(`report: ${reportPath}`);
        if (profilePath !== undefined)
            output.out(`profile: ${profilePath}`);
        return report.passed ? 0 : 1;
    }
};
/**
 * `tollgate validate --shard k/n`: scans this shard's share of the data and writes its partial to
 * --report-path (default `tollgate-partial-k-of-n.json` here). Checks are decided by the merge.
 */
async function runShard(options, output) {
    const shard = (0,shard_spec/* parseShardSpec */.d7)(options.requiredString('shard'), 'option --shard');
    if (options.has('profile-path'))
        throw new errors/* UsageError */.eb('A shard writes no profile: the merge writes it (`tollgate merge ... --profile-path P.json`).');
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
    const path = options.string('report-path') ?? `${(0,shard_spec/* partialArtifactName */.rK)(shard)}.json`;
    (0,shard_partial_file/* writePartialFile */.X)(path, partial);
    output.out((0,shard_validate/* describeShard */.y0)(partial));
    output.out(`partial: ${path} (merge all ${shard.count} with \`tollgate merge <partials> --checks ${partial.checks.file}\`)`);
    return 0;
}

;// CONCATENATED MODULE: ./shared/cli/commands/validate.ts





const STATUS_MARK = { pass: 'PASS', warn: 'WARN', fail: 'FAIL' };
/** `tollgate validate`: the validate-data action on a laptop. */
const validateCommand = {
    name: 'validate',
    summary: 'Run data checks and build a column profile (validate-data).',
    usage: '--data FILE --checks checks.yml [--report-path R.json] [--profile-path P.json] [--shard k/n]',
    options: validate_options/* validateDataOptions */.J,
    async run(options, _positionals, output) {
        // One shard of a matrix writes a partial for `tollgate merge` instead of a report.
        if (options.string('shard') !== undefined)
            return runShard(options, output);
        const failOn = options.choice('fail-on');
        const outcome = await (0,validate_data/* validateData */.l)({
            data: options.list('data'),
            checksPath: options.requiredString('checks'),
            format: options.choice('format'),
            delimiter: options.string('delimiter'),
            failOn,
            threads: options.integer('threads') ?? 0,
            now: (0,clock/* nowFromEnvironment */.g)()
        });
        const { report, profile } = outcome;
        const reportPath = options.string('report-path');
        const profilePath = options.string('profile-path');
        if (reportPath !== undefined)
            (0,user_files/* writeJsonFile */.An)(reportPath, report);
        if (profilePath !== undefined)
            (0,user_files/* writeJsonFile */.An)(profilePath, profile);
        printValidateReport(report, output);
        if (reportPath !== undefined)
            output.out(`report: ${reportPath}`);
        if (profilePath !== undefined)
            output.out(`profile: ${profilePath}`);
        return report.passed ? 0 : 1;
    }
};
/** One line per check (with failing samples) and the totals; shared with `tollgate merge`. */
function printValidateReport(report, output) {
    for (const result of report.results) {
        const where = result.column === null ? 'table' : result.column;
        output.out(`${STATUS_MARK[result.status]}  ${where}.${result.check}: ${result.message}`);
        for (const sample of result.status === 'pass' ? [] : result.unexpected_samples) {
            output.out(`        row ${sample.row}: ${JSON.stringify(sample.value)}`);
        }
    }
    const { summary } = report;
    output.out(`${report.passed ? 'passed' : 'FAILED'}: ${summary.passed} passed, ${summary.failed} failed, ${summary.warnings} warnings on ${report.data.rows} rows (fail on: ${report.fail_on})`);
}

// EXTERNAL MODULE: ./shared/adapters/drift-history-store.ts
var drift_history_store = __webpack_require__(77981);
// EXTERNAL MODULE: ./shared/drift-report/drift-subject.ts
var drift_subject = __webpack_require__(99269);
// EXTERNAL MODULE: ./shared/drift-report/drift-tables.ts
var drift_tables = __webpack_require__(43024);
// EXTERNAL MODULE: ./shared/operations/drift-check.ts + 30 modules
var drift_check = __webpack_require__(14603);
// EXTERNAL MODULE: ./shared/operations/drift-options.ts
var drift_options = __webpack_require__(12857);
// EXTERNAL MODULE: ./shared/operations/drift-request.ts + 1 modules
var drift_request = __webpack_require__(23333);
// EXTERNAL MODULE: ./shared/operations/spc-request.ts + 2 modules
var spc_request = __webpack_require__(47599);
;// CONCATENATED MODULE: ./shared/cli/commands/drift.ts









const drift_STATUS_MARK = { tested: '', error: 'ERROR', skipped: 'SKIP', schema: 'SCHEMA' };
/**
 * `tollgate drift`: the drift-check action on a laptop. Exit code 0 without drift, 1 when drift
 * (dataset drift or a schema change) is detected, 2 for a usage or input error.
 */
const driftCommand = {
    name: 'drift',
    summary: 'Compare current data with a reference and report drift per column (drift-check).',
    usage: '--reference FILE|PROFILE|registry:MODEL@STAGE --current FILE [--method auto|ks|psi|...] [--report-path R.json]',
    options: drift_options/* driftCheckOptions */.G,
    async run(options, _positionals, output) {
        const now = (0,clock/* nowFromEnvironment */.g)();
        const invocation = (0,drift_request/* driftInvocation */.Y)(options, {
            defaultStore: 'local',
            cwd: process.cwd(),
            now
        });
        const report = await (0,drift_check/* driftCheck */.W)(invocation.request);
        const reportPath = options.string('report-path');
        if (reportPath !== undefined)
            (0,user_files/* writeJsonFile */.An)(reportPath, report);
        for (const entry of report.columns) {
            const test = entry.test;
            if (entry.status === 'tested' && test !== undefined) {
                const mark = entry.drifted ? 'DRIFT' : 'ok';
                const approximate = test.exact ? '' : ' (approximate)';
                output.out(`${mark.padEnd(6)} ${JSON.stringify(entry.column)} ${test.method}: ${(0,drift_tables/* formatScore */.y)(test.score)} ` +
                    `(drift when ${test.operator} ${(0,drift_tables/* formatScore */.y)(test.threshold)})${approximate}`);
            }
            else {
                output.out(`${drift_STATUS_MARK[entry.status].padEnd(6)} ${JSON.stringify(entry.column)}: ${entry.message ?? ''}`);
            }
        }
        const { dataset } = report;
        output.out(`${report.drift_detected ? 'DRIFT DETECTED' : 'no drift'} for ${report.subject}: ` +
            `${dataset.drifted_columns} of ${dataset.tested_columns} tested columns drifted ` +
            `(share ${(0,drift_tables/* formatScore */.y)(dataset.share)}, dataset drift at ≥ ${(0,drift_tables/* formatScore */.y)(dataset.drift_share)})` +
            (report.schema_changes.length > 0
                ? `; ${report.schema_changes.length} schema change(s)`
                : ''));
        if (invocation.history) {
            const written = await (0,drift_history_store/* appendDriftHistory */.G)(await invocation.store(), report, (0,drift_subject/* driftSeriesName */.mB)(report.subject), (0,spc_request/* commandRunIdentity */.tM)(undefined, now));
            output.out(`history: ${written.outcome === 'created' ? 'recorded' : 'already recorded'} as ${written.key} in series ${written.series}`);
        }
        if (reportPath !== undefined)
            output.out(`report: ${reportPath}`);
        return report.drift_detected ? 1 : 0;
    }
};

// EXTERNAL MODULE: ./shared/operations/spc-check.ts + 17 modules
var spc_check = __webpack_require__(15399);
// EXTERNAL MODULE: ./shared/operations/spc-options.ts
var spc_options = __webpack_require__(2774);
// EXTERNAL MODULE: ./shared/report/spc-summary.ts + 1 modules
var spc_summary = __webpack_require__(94614);
;// CONCATENATED MODULE: ./shared/cli/commands/spc.ts






/**
 * `tollgate spc`: spc-check on a laptop. Stateless with `--values FILE` (chart the given points);
 * otherwise with a history in `--store DIR` (default `.tollgate/`): `--metrics FILE` records this
 * run under `--series NAME` and charts it, without `--metrics` the history is only charted.
 */
const spcCommand = {
    name: 'spc',
    summary: 'Control charts with run rules for pipeline metrics (spc-check).',
    usage: '--values points.csv [--chart imr|xbar-r|xbar-s|p|np|c|u|ewma|cusum] [--baseline N] ' +
        '[--rules nelson|western-electric] [--lambda L --nsigmas K --target T --sigma S --k K --h H] ' +
        '[--report-path R.json] [--summary-path S.md]   (stateless; or --series NAME [--metrics FILE] [--store DIR])',
    options: spc_options/* spcCheckOptions */.J,
    async run(options, _positionals, output) {
        const now = (0,clock/* nowFromEnvironment */.g)();
        const request = await (0,spc_request/* spcRequestFromOptions */.aF)(options, {
            defaultStore: 'local',
            cwd: process.cwd(),
            now,
            run: (0,spc_request/* commandRunIdentity */.tM)(options.string('run-id'), now)
        });
        const report = await (0,spc_check/* spcCheck */.H)(request);
        const reportPath = options.string('report-path');
        const summaryPath = options.string('summary-path');
        if (reportPath !== undefined)
            (0,user_files/* writeJsonFile */.An)(reportPath, report);
        if (summaryPath !== undefined)
            (0,user_files/* writeTextFile */.Tl)(summaryPath, (0,spc_summary/* spcSummaryMarkdown */.Sk)(report));
        printReport(report, output);
        if (reportPath !== undefined)
            output.out(`report: ${reportPath}`);
        if (summaryPath !== undefined)
            output.out(`summary: ${summaryPath}`);
        return report.passed ? 0 : 1;
    }
};
function spc_text(value) {
    return value === null || value === undefined ? '-' : String(Number(value.toPrecision(7)));
}
function printChart(chart, output) {
    const mark = {
        'in-control': 'OK  ',
        'out-of-control': 'FAIL',
        warning: 'WARN',
        'collecting-baseline': 'WAIT'
    }[chart.status];
    const result = chart.result;
    if (result === null) {
        output.out(`${mark}  ${chart.name} (${chart.chart}): ${chart.note ?? ''}`);
        return;
    }
    const index = chart.current[chart.current.length - 1];
    const point = result.panels[0]?.points.find((candidate) => candidate.index === index);
    const value = result.chart === 'cusum' ? point?.observed : point?.value;
    output.out(`${mark}  ${chart.name} (${result.chart}, ${chart.points} points): point ${index ?? '-'} = ${spc_text(value)}, ` +
        `CL ${spc_text(point?.center)}, LCL ${spc_text(point?.lcl)}, UCL ${spc_text(point?.ucl)}`);
    for (const [rule, indices] of Object.entries(chart.rule_hits)) {
        output.out(`        ${rule}: points ${indices.join(', ')}`);
    }
    for (const warning of result.warnings)
        output.out(`        warning: ${warning}`);
}
function printReport(report, output) {
    for (const damaged of report.damaged_records) {
        output.err(`damaged history record ${damaged.key} skipped: ${damaged.problem}`);
    }
    for (const warning of report.warnings)
        output.err(`warning: ${warning}`);
    for (const chart of report.charts)
        printChart(chart, output);
    const { summary } = report;
    const record = report.record === null
        ? ''
        : ` Record ${report.record.key} ${report.record.outcome === 'created' ? 'added' : 'already stored'}.`;
    output.out(`${report.in_control ? 'in control' : 'OUT OF CONTROL'}: ${summary.charts} chart(s), ` +
        `${summary.out_of_control} out of control on the newest point, ${summary.current_violations} ` +
        `violation(s) on it, ${summary.violations} in the whole series (fail on: ${report.fail_on}).${record}`);
}

// EXTERNAL MODULE: ./shared/operations/train-model.ts + 20 modules
var train_model = __webpack_require__(32229);
// EXTERNAL MODULE: ./shared/operations/train-options.ts
var train_options = __webpack_require__(67976);
;// CONCATENATED MODULE: ./shared/cli/commands/train.ts



/** `tollgate train`: the train action on a laptop. */
const trainCommand = {
    name: 'train',
    summary: 'Train a built-in model or run a training command, with metrics and lineage (train).',
    usage: '--data FILE --target COL [--model logistic-regression|linear-regression|gbdt|command] ' +
        '[--command CMD] --output DIR [--params JSON] [--report-path R.json]',
    options: train_options/* trainOptions */.P$,
    async run(options, _positionals, output) {
        const outcome = await (0,train_model/* trainModel */._)((0,train_options/* readTrainRequest */.Qi)(options));
        const { report } = outcome;
        for (const warning of report.warnings)
            output.err(`warning: ${warning}`);
        const task = report.task === null ? '' : ` (${report.task})`;
        output.out(`trained ${report.model}${task} on ${report.rows.total} rows, target ${report.target}`);
        output.out(`${report.metrics_source} metrics:`);
        for (const [name, value] of Object.entries(report.metrics)) {
            output.out(`  ${name.padEnd(16)} ${Number(value.toPrecision(6))}`);
        }
        const top = report.feature_importances.slice(0, 5);
        if (top.length > 0) {
            output.out('top features:');
            for (const entry of top) {
                output.out(`  ${entry.feature.padEnd(16)} ${(entry.importance * 100).toFixed(1)}%`);
            }
        }
        output.out(`model: ${outcome.outputDir}`);
        output.out(`run id: ${report.run_id}`);
        const reportPath = options.string('report-path');
        if (reportPath !== undefined) {
            (0,user_files/* writeJsonFile */.An)(reportPath, report);
            output.out(`report: ${reportPath}`);
        }
        return 0;
    }
};

// EXTERNAL MODULE: ./shared/operations/register-model.ts + 1 modules
var register_model = __webpack_require__(19667);
// EXTERNAL MODULE: ./shared/operations/register-options.ts
var register_options = __webpack_require__(72855);
// EXTERNAL MODULE: ./shared/operations/registry-open.ts
var registry_open = __webpack_require__(91771);
;// CONCATENATED MODULE: ./shared/cli/commands/register.ts




/** `tollgate register`: the register-model action on a laptop (default store `.tollgate/`). */
const registerCommand = {
    name: 'register',
    summary: 'Register a model directory as a new immutable version (register-model).',
    usage: '--name MODEL --model-path DIR [--store DIR|github] [--bump patch|minor|major] ' +
        '[--stage STAGE] [--report-path R.json]',
    options: register_options/* registerOptions */.I,
    async run(options, _positionals, output) {
        const opened = await (0,registry_open/* openModelRegistry */.l)({
            store: options.string('store'),
            token: process.env.GITHUB_TOKEN,
            defaultStore: 'local'
        });
        const stage = options.string('stage')?.trim();
        const version = options.string('version')?.trim();
        const description = options.string('description');
        const { report } = await (0,register_model/* registerModel */.$)({
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
        for (const warning of report.warnings)
            output.err(`warning: ${warning}`);
        output.out(`${report.outcome === 'created' ? 'registered' : 'already registered'} ${report.tag} ` +
            `(${report.files.length} files) in ${report.store}`);
        if (report.release_url !== null)
            output.out(`release: ${report.release_url}`);
        if (report.stage !== null) {
            output.out(`${report.stage.outcome === 'created' ? 'assigned to' : 'already in'} ${report.stage.stage} (${report.stage.tag})`);
        }
        output.out(`version: ${report.version}`);
        const reportPath = options.string('report-path');
        if (reportPath !== undefined) {
            (0,user_files/* writeJsonFile */.An)(reportPath, report);
            output.out(`report: ${reportPath}`);
        }
        return 0;
    }
};

// EXTERNAL MODULE: ./shared/adapters/run-provenance.ts
var run_provenance = __webpack_require__(39572);
;// CONCATENATED MODULE: ./shared/operations/registry-options.ts
/**
 * Options of the registry commands (`tollgate get|assign|history|list`), named as the
 * register-model action's inputs where they mean the same thing.
 */
const store = {
    description: 'Where the registry is: a directory (default .tollgate) or github.',
    default: ''
};
const reportPath = { description: 'Where to write the JSON report.', default: '' };
const getOptions = {
    output: { description: "Directory to write the version's files into.", required: true },
    store,
    'report-path': reportPath
};
const assignOptions = {
    name: { description: 'Model name (or give MODEL@VERSION as the argument).', default: '' },
    version: { description: 'Version to assign, e.g. v0.0.2.', default: '' },
    stage: { description: 'Stage to assign the version to, e.g. staging.', required: true },
    reason: { description: 'Why, recorded in the stage tag.', default: '' },
    store,
    'report-path': reportPath
};
const historyOptions = {
    stage: { description: "Only this stage's assignments.", default: '' },
    store,
    'report-path': reportPath
};
const listOptions = { store, 'report-path': reportPath };

// EXTERNAL MODULE: ./shared/registry/model-reference.ts
var model_reference = __webpack_require__(80769);
// EXTERNAL MODULE: ./shared/report/registry-report.ts
var registry_report = __webpack_require__(79309);
;// CONCATENATED MODULE: ./shared/cli/commands/assign.ts








/**
 * `tollgate assign churn@v0.0.2 --stage staging` (or `--name churn --version v0.0.2`): appends a
 * stage tag `churn#staging#N`. The argument may also be `churn@latest` or `churn@staging`, which
 * promotes whatever that resolves to (e.g. staging's version to production).
 */
const assignCommand = {
    name: 'assign',
    summary: 'Assign a model version to a stage (appends a GTO stage tag).',
    usage: 'MODEL@VERSION|MODEL@STAGE|MODEL@latest --stage STAGE [--reason TEXT] [--store DIR|github]',
    options: assignOptions,
    positionals: { min: 0, max: 1, names: 'at most one model reference, e.g. churn@v0.0.2' },
    async run(options, positionals, output) {
        const name = options.string('name')?.trim();
        const version = options.string('version')?.trim();
        const reference = positionals[0];
        if (reference !== undefined && (name !== undefined || version !== undefined)) {
            throw new errors/* UsageError */.eb('Give either MODEL@VERSION or --name and --version, not both.');
        }
        if (reference === undefined && (name === undefined || version === undefined)) {
            throw new errors/* UsageError */.eb('Name the version to assign: MODEL@VERSION, or --name MODEL --version V.');
        }
        const { registry } = await (0,registry_open/* openModelRegistry */.l)({
            store: options.string('store'),
            token: process.env.GITHUB_TOKEN,
            defaultStore: 'local'
        });
        const resolved = await registry.resolve(reference === undefined
            ? (0,model_reference/* parseModelReference */.q)(`${name}@${version}`)
            : (0,model_reference/* parseModelReference */.q)(reference));
        const run = (0,run_provenance/* workflowRun */.tM)();
        const reason = options.string('reason');
        const actor = (0,run_provenance/* actorName */.ti)();
        const change = await registry.assignStage({
            model: resolved.model,
            version: resolved.version,
            stage: options.requiredString('stage').trim(),
            ...(reason === undefined ? {} : { reason }),
            ...(run === undefined ? {} : { run: run.run }),
            ...(actor === undefined ? {} : { actor })
        });
        const report = {
            schema: registry_report/* ASSIGN_REPORT_SCHEMA */.$o,
            model: resolved.model,
            ...(0,register_model/* stageReport */.X)(change),
            actor: change.event.actor ?? null,
            run: change.event.run ?? null
        };
        output.out(change.outcome === 'created'
            ? `assigned ${resolved.model} ${report.version} to ${report.stage} (${report.tag})`
            : `${resolved.model} ${report.version} is already in ${report.stage} (${report.tag}); nothing written`);
        const reportPath = options.string('report-path');
        if (reportPath !== undefined) {
            (0,user_files/* writeJsonFile */.An)(reportPath, report);
            output.out(`report: ${reportPath}`);
        }
        return 0;
    }
};

// EXTERNAL MODULE: ./shared/registry/gto-tags.ts
var gto_tags = __webpack_require__(33148);
// EXTERNAL MODULE: ./shared/registry/registry-state.ts
var registry_state = __webpack_require__(52857);
;// CONCATENATED MODULE: ./shared/cli/commands/history.ts






/**
 * `tollgate history MODEL [--stage STAGE]`: the audit trail — every registration and stage
 * assignment with who, when and which workflow run — which is also the list to roll back along.
 */
const historyCommand = {
    name: 'history',
    summary: "A model's registrations and stage assignments: who, when, which run.",
    usage: 'MODEL [--stage STAGE] [--store DIR|github] [--report-path R.json]',
    options: historyOptions,
    positionals: { min: 1, max: 1, names: 'one model name' },
    async run(options, positionals, output) {
        const model = positionals[0].trim();
        (0,gto_tags/* assertModelName */.fY)(model);
        const stage = options.string('stage')?.trim();
        if (stage !== undefined)
            (0,gto_tags/* assertStageName */.Gs)(stage);
        const { registry } = await (0,registry_open/* openModelRegistry */.l)({
            store: options.string('store'),
            token: process.env.GITHUB_TOKEN,
            defaultStore: 'local'
        });
        const state = await registry.modelState(model);
        const current = {};
        for (const name of (0,registry_state/* stagesInUse */.cF)(state)) {
            const version = (0,registry_state/* currentAssignment */.T8)(state, name)?.version;
            if (version !== undefined)
                current[name] = version;
        }
        const report = {
            schema: registry_report/* HISTORY_REPORT_SCHEMA */.Iv,
            model,
            stage: stage ?? null,
            current,
            entries: (0,registry_report/* historyEntries */.tA)(state.versions, state.stageEvents, stage)
        };
        if (report.entries.length === 0) {
            output.out(`${model} has no ${stage === undefined ? 'history' : `assignments to ${stage}`} in ${registry.store.location}`);
        }
        for (const entry of report.entries) {
            const what = entry.action === 'register' || entry.action === 'deregister'
                ? `${entry.action} ${entry.version}`
                : `${entry.action} ${entry.stage} -> ${entry.version ?? '?'}`;
            const who = entry.actor === null ? '' : ` by ${entry.actor}`;
            const run = entry.run === null ? '' : ` (run ${entry.run.id} attempt ${entry.run.attempt})`;
            const reason = entry.reason === null ? '' : ` — ${entry.reason}`;
            output.out(`${entry.at}  ${what.padEnd(32)} ${entry.tag}${who}${run}${reason}`);
        }
        for (const [name, version] of Object.entries(current))
            output.out(`current ${name}: ${version}`);
        const reportPath = options.string('report-path');
        if (reportPath !== undefined) {
            (0,user_files/* writeJsonFile */.An)(reportPath, report);
            output.out(`report: ${reportPath}`);
        }
        return 0;
    }
};

;// CONCATENATED MODULE: ./shared/cli/commands/list.ts






/** `tollgate list [MODEL]`: the models in a registry, or one model's versions. */
const listCommand = {
    name: 'list',
    summary: "List the registry's models, or one model's versions and stages.",
    usage: '[MODEL] [--store DIR|github] [--report-path R.json]',
    options: listOptions,
    positionals: { min: 0, max: 1, names: 'at most one model name' },
    async run(options, positionals, output) {
        const { registry } = await (0,registry_open/* openModelRegistry */.l)({
            store: options.string('store'),
            token: process.env.GITHUB_TOKEN,
            defaultStore: 'local'
        });
        const model = positionals[0]?.trim();
        let report;
        if (model === undefined) {
            const models = await registry.listModels();
            report = { schema: registry_report/* LIST_REPORT_SCHEMA */.it, store: registry.store.location, models };
            if (models.length === 0)
                output.out(`no models in ${registry.store.location}`);
            for (const summary of models) {
                const stages = Object.entries(summary.stages).map(([stage, version]) => `${stage}=${version}`);
                const notes = [
                    `${summary.versions} version(s)`,
                    ...(stages.length > 0 ? [stages.join(' ')] : []),
                    ...(summary.incomplete.length > 0
                        ? [`incomplete: ${summary.incomplete.join(', ')}`]
                        : []),
                    ...(summary.deprecated ? ['deprecated'] : [])
                ];
                output.out(`${summary.model.padEnd(24)} ${(summary.latest ?? '-').padEnd(10)} ${notes.join(', ')}`);
            }
        }
        else {
            (0,gto_tags/* assertModelName */.fY)(model);
            const state = await registry.modelState(model);
            const current = {};
            for (const stage of (0,registry_state/* stagesInUse */.cF)(state)) {
                const version = (0,registry_state/* currentAssignment */.T8)(state, stage)?.version;
                if (version !== undefined)
                    current[stage] = version;
            }
            const versions = (0,registry_report/* versionListing */.Xh)(state.versions, current);
            report = { schema: registry_report/* LIST_REPORT_SCHEMA */.it, store: registry.store.location, model, versions };
            if (versions.length === 0)
                output.out(`${model} has no versions in ${registry.store.location}`);
            for (const version of versions) {
                const stages = version.stages.length === 0 ? '' : ` [${version.stages.join(', ')}]`;
                output.out(`${version.tag.padEnd(28)} ${version.status.padEnd(12)} ${version.claimed_at}${stages}`);
            }
        }
        const reportPath = options.string('report-path');
        if (reportPath !== undefined) {
            (0,user_files/* writeJsonFile */.An)(reportPath, report);
            output.out(`report: ${reportPath}`);
        }
        return 0;
    }
};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/store/bundle-manifest.ts
var bundle_manifest = __webpack_require__(95854);
// EXTERNAL MODULE: ./shared/store/store-names.ts
var store_names = __webpack_require__(33780);
;// CONCATENATED MODULE: ./shared/operations/registry-get.ts








/**
 * `tollgate get MODEL@VERSION|STAGE|latest --output DIR`: downloads every file of a version,
 * verifies each against the SHA-256 in the version's manifest, and writes them into DIR. File
 * names come from the store (a manifest an attacker could have edited), so each one is checked to
 * be a plain file name that lands inside DIR before anything is written; a file that fails its
 * digest stops the download and nothing of it is written.
 */
async function getModelVersion(request) {
    const { registry } = request;
    const parsed = (0,model_reference/* parseModelReference */.q)(request.reference);
    const resolved = await registry.resolve(parsed);
    const manifest = await registry.store.readBundleManifest(resolved.tag);
    if (manifest === undefined) {
        throw new errors/* UsageError */.eb(`${resolved.tag} has no published files in ${registry.store.location}.`);
    }
    const directory = (0,external_node_path_.resolve)(request.cwd ?? process.cwd(), request.output);
    const targets = manifest.files.map((entry) => ({
        entry,
        path: safeTarget(directory, entry.name, manifest)
    }));
    // Download and verify everything first: a damaged file must not leave a half-updated folder.
    const contents = new Map();
    for (const { entry } of targets) {
        const bytes = await registry.store.readBundleFile(resolved.tag, entry.name);
        (0,bundle_manifest/* verifyBundleFile */.Qs)(manifest, entry.name, bytes);
        contents.set(entry.name, bytes);
    }
    prepareDirectory(directory, request.output);
    for (const { entry, path } of targets)
        writeAtomically(path, contents.get(entry.name));
    writeAtomically(safeTarget(directory, store_names/* BUNDLE_MANIFEST_FILE */.EI, manifest), (0,bundle_manifest/* serializeBundleManifest */.In)(manifest));
    return {
        schema: registry_report/* GET_REPORT_SCHEMA */.Sk,
        reference: (0,model_reference/* formatModelReference */.E)(parsed),
        model: resolved.model,
        version: resolved.version,
        tag: resolved.tag,
        stage: resolved.stage?.stage ?? null,
        output: directory,
        files: targets.map(({ entry, path }) => ({ ...entry, path })),
        deprecated: resolved.deprecated
    };
}
/**
 * The path of `name` inside `directory`, or an IntegrityError: the name must be a store file name
 * (no separators, no `..`, no leading dot) and its resolved path must stay inside the directory.
 */
function safeTarget(directory, name, manifest) {
    const refuse = (why) => {
        throw new errors/* IntegrityError */.cs(`The manifest of ${manifest.bundle} lists a file named ${JSON.stringify(name)}, which ${why}; ` +
            'the version cannot be trusted, so nothing was written.');
    };
    if (name.includes('/') || name.includes('\\') || name.includes('\0'))
        refuse('contains a path separator');
    try {
        (0,store_names/* assertBundleFileName */.yx)(name);
    }
    catch {
        refuse('is not a plain file name');
    }
    const path = (0,external_node_path_.resolve)(directory, name);
    const inside = (0,external_node_path_.relative)(directory, path);
    if (inside === '' || inside.startsWith('..') || (0,external_node_path_.isAbsolute)(inside) || inside.includes(external_node_path_.sep)) {
        refuse('would be written outside the output directory');
    }
    return path;
}
function prepareDirectory(directory, shown) {
    try {
        if (!(0,external_node_fs_.statSync)(directory).isDirectory()) {
            throw new errors/* UsageError */.eb(`The output ${JSON.stringify(shown)} exists and is not a directory.`);
        }
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
        (0,external_node_fs_.mkdirSync)(directory, { recursive: true });
    }
}
/** Writes a file under a fresh private name, then renames it over the target (never through a link). */
function writeAtomically(path, bytes) {
    const temporary = (0,external_node_path_.join)((0,external_node_path_.resolve)(path, '..'), `.tollgate-get-${process.pid}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
    try {
        (0,external_node_fs_.writeFileSync)(temporary, bytes, { flag: 'wx' });
        (0,external_node_fs_.renameSync)(temporary, path);
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(temporary, { force: true });
        throw error;
    }
}

;// CONCATENATED MODULE: ./shared/cli/commands/get.ts




/** `tollgate get MODEL@VERSION|STAGE|latest --output DIR`: download and verify a version. */
const getCommand = {
    name: 'get',
    summary: 'Download a model version, verifying every file against its SHA-256.',
    usage: 'MODEL@VERSION|MODEL@STAGE|MODEL@latest --output DIR [--store DIR|github] [--report-path R.json]',
    options: getOptions,
    positionals: {
        min: 1,
        max: 1,
        names: 'one model reference, e.g. churn@v0.0.2 or churn@production'
    },
    async run(options, positionals, output) {
        const { registry } = await (0,registry_open/* openModelRegistry */.l)({
            store: options.string('store'),
            token: process.env.GITHUB_TOKEN,
            defaultStore: 'local'
        });
        const report = await getModelVersion({
            registry,
            reference: positionals[0],
            output: options.requiredString('output')
        });
        const via = report.stage === null ? '' : ` (stage ${report.stage})`;
        output.out(`${report.tag}${via}: ${report.files.length} files verified and written to ${report.output}`);
        for (const file of report.files)
            output.out(`  ${file.name.padEnd(28)} ${String(file.size).padStart(10)}  sha256:${file.sha256}`);
        if (report.deprecated)
            output.err(`warning: model ${report.model} is deprecated`);
        const reportPath = options.string('report-path');
        if (reportPath !== undefined) {
            (0,user_files/* writeJsonFile */.An)(reportPath, report);
            output.out(`report: ${reportPath}`);
        }
        return 0;
    }
};

// EXTERNAL MODULE: ./shared/adapters/open-store.ts + 15 modules
var open_store = __webpack_require__(8740);
// EXTERNAL MODULE: ./shared/adapters/project-config.ts
var project_config = __webpack_require__(33701);
// EXTERNAL MODULE: ./shared/adapters/workflow-context.ts
var workflow_context = __webpack_require__(93324);
// EXTERNAL MODULE: ./shared/deploy/run-key.ts
var run_key = __webpack_require__(92479);
// EXTERNAL MODULE: ./shared/operations/gate-evaluation.ts + 15 modules
var gate_evaluation = __webpack_require__(34362);
// EXTERNAL MODULE: ./shared/operations/gate-options.ts
var gate_options = __webpack_require__(78613);
// EXTERNAL MODULE: ./shared/operations/gate-record-store.ts + 1 modules
var gate_record_store = __webpack_require__(37864);
// EXTERNAL MODULE: ./shared/registry/model-registry.ts
var model_registry = __webpack_require__(57677);
// EXTERNAL MODULE: ./shared/report/gate-summary.ts
var gate_summary = __webpack_require__(49971);
;// CONCATENATED MODULE: ./shared/cli/commands/gate.ts













const MARK = { true: 'PASS', false: 'FAIL', null: 'SKIP' };
/** `tollgate gate`: the evaluate-gate action on a laptop (exit 1 when the gate rejects). */
const gateCommand = {
    name: 'gate',
    summary: 'Evaluate a candidate model against thresholds and the champion (evaluate-gate).',
    usage: '--candidate MODEL@VERSION|DIR --data FILE --target COL [--champion STAGE] [--thresholds gate.yml] [--report-path R.json]',
    options: gate_options/* gateOptions */.O,
    async run(options, _positionals, output) {
        const now = (0,clock/* nowFromEnvironment */.g)();
        const project = (0,project_config/* loadProjectConfig */.WM)();
        let store;
        const openRegistry = async () => {
            store ??= await (0,open_store/* openStore */.C)({
                store: options.string('store'),
                token: process.env.GITHUB_TOKEN,
                defaultStore: 'local'
            });
            return new model_registry/* ModelRegistry */.z(store, project.registry);
        };
        const outcome = await (0,gate_evaluation/* evaluateGate */.D)({
            candidate: options.requiredString('candidate'),
            champion: options.string('champion'),
            data: (0,option_table/* splitList */.ry)(options.requiredString('data')),
            target: options.requiredString('target'),
            thresholdsPath: options.string('thresholds'),
            gateSection: project.section('gate'),
            candidatePredictions: options.string('predictions'),
            championPredictions: options.string('champion-predictions'),
            task: options.choice('task'),
            slice: options.string('slice'),
            format: options.choice('format'),
            delimiter: options.string('delimiter'),
            cwd: process.cwd(),
            openRegistry,
            now
        });
        const { report } = outcome;
        const reportPath = options.string('report-path');
        if (reportPath !== undefined)
            (0,user_files/* writeJsonFile */.An)(reportPath, report);
        output.out(`${(0,gate_summary/* gateHeadline */.ST)(report)} on ${report.data.rows} rows (${report.task})`);
        if (report.champion === null)
            output.out(report.champion_note);
        const metrics = report.metrics;
        for (const name of Object.keys(metrics.candidate)) {
            const champion = metrics.champion === null
                ? ''
                : `  champion ${(0,gate_summary/* displayNumber */.oR)(metrics.champion[name] ?? null)}`;
            output.out(`  ${name.padEnd(10)} candidate ${(0,gate_summary/* displayNumber */.oR)(metrics.candidate[name] ?? null)}${champion}`);
        }
        for (const reason of report.reasons) {
            output.out(`${MARK[String(reason.passed)]}  ${reason.metric} ${reason.rule}: ${reason.sentence}`);
        }
        for (const warning of report.warnings)
            output.err(`warning: ${warning}`);
        output.out(`${report.verdict}: ${report.summary}`);
        if (options.boolean('record') === true &&
            outcome.candidate.kind === 'registry' &&
            store !== undefined) {
            const context = (0,workflow_context/* readWorkflowContext */.F)();
            const record = (0,gate_record_store/* gateVerdictRecordOf */.Fl)(report, (0,run_key/* runIdentityOf */.Zi)(context, now, (0,workflow_context/* runUrl */.V)(context)), undefined, (0,run_provenance/* lineageContextFor */.I7)('evaluate-gate'));
            if (record !== undefined) {
                await (0,gate_record_store/* saveGateVerdict */.YP)(store, record);
                output.out(`verdict recorded for ${record.model} ${record.version} in ${store.location}`);
            }
        }
        if (reportPath !== undefined)
            output.out(`report: ${reportPath}`);
        return !report.passed && options.boolean('fail-on-reject') === true ? 1 : 0;
    }
};

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./shared/deploy/deploy-config.ts
var deploy_config = __webpack_require__(37136);
// EXTERNAL MODULE: ./shared/operations/deploy-approval.ts
var deploy_approval = __webpack_require__(56636);
// EXTERNAL MODULE: ./shared/operations/deploy-effects.ts + 2 modules
var deploy_effects = __webpack_require__(23169);
// EXTERNAL MODULE: ./shared/operations/deploy-evidence.ts
var deploy_evidence = __webpack_require__(65510);
// EXTERNAL MODULE: ./shared/operations/deploy-model.ts + 1 modules
var deploy_model = __webpack_require__(13994);
// EXTERNAL MODULE: ./shared/operations/deploy-options.ts
var deploy_options = __webpack_require__(74913);
// EXTERNAL MODULE: ./shared/report/deploy-summary.ts
var deploy_summary = __webpack_require__(79711);
;// CONCATENATED MODULE: ./shared/cli/commands/deploy.ts


















/**
 * `tollgate deploy`: the deploy action on a laptop, with the local approval mode: an environment
 * that needs approval gets a request in the store, and `--approve NAME` / `--deny NAME` record
 * votes; the deployment goes ahead in the run that reaches the quorum. Exit 0 when deployed (or
 * awaiting approval), 1 when the deployment failed, was denied, expired or was blocked.
 */
const deployCommand = {
    name: 'deploy',
    summary: 'Promote a registry version to an environment, with approvals and rollback (deploy).',
    usage: '--name MODEL --version V --environment ENV [--store DIR] [--approve NAME | --deny NAME] [--report-path R.json]',
    options: deploy_options/* deployOptions */.aq,
    async run(options, _positionals, output) {
        const now = (0,clock/* nowFromEnvironment */.g)();
        const project = (0,project_config/* loadProjectConfig */.WM)();
        const store = await (0,open_store/* openStore */.C)({
            store: options.string('store'),
            token: process.env.GITHUB_TOKEN,
            defaultStore: 'local'
        });
        const model = options.requiredString('name').trim();
        const environment = options.requiredString('environment').trim();
        const config = localApproval((0,deploy_options/* applyDeployOverrides */.vz)((0,deploy_config/* environmentDeployConfig */.J)(project.section('deploy'), environment), options));
        const context = (0,workflow_context/* readWorkflowContext */.F)();
        const run = (0,run_key/* runIdentityOf */.Zi)(context, now, (0,workflow_context/* runUrl */.V)(context));
        const report = await (0,deploy_model/* deployModel */.VR)({
            model,
            version: options.requiredString('version'),
            environment,
            store,
            registryConfig: project.registry,
            config,
            initiator: actorOf(options),
            run,
            now: () => (process.env.TOLLGATE_NOW ? now : Date.now()),
            approval: new deploy_approval/* LocalApprovalChannel */.uB(store, voteOf(options)),
            step: (0,deploy_effects/* configuredStep */.Zd)(config, process.cwd(), (text) => output.out(text.replace(/\n$/, ''))),
            workDir: (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'tollgate', `deploy-${(0,run_key/* runKey */.r7)(run)}`),
            lineage: (0,run_provenance/* lineageContextFor */.I7)('deploy'),
            dryRun: options.boolean('dry-run') === true,
            evidenceReports: (0,deploy_evidence/* readEvidenceReports */.V)(options.list('evidence'), process.cwd()),
            ...(options.string('reason') === undefined ? {} : { reason: options.string('reason') })
        });
        printDeployReport(report, output);
        if (report.status === 'awaiting-approval' && report.approval !== null) {
            output.out((0,deploy_summary/* approvalInstructions */.dT)({ ...config.approval, required: report.approval.required }));
            output.out(`approve with: tollgate deploy --name ${model} --version ${report.version ?? ''} --environment ${environment} --approve NAME` +
                (options.has('store') ? ` --store ${options.string('store') ?? ''}` : ''));
        }
        const reportPath = options.string('report-path');
        if (reportPath !== undefined) {
            (0,user_files/* writeJsonFile */.An)(reportPath, report);
            output.out(`report: ${reportPath}`);
        }
        return report.passed ? 0 : 1;
    }
};
/** Prints a deploy or rollback report: status, message, approvals, records. */
function printDeployReport(report, output) {
    output.out(`${report.status}: ${report.message}`);
    const approval = report.approval;
    if (approval !== null && approval.request !== null) {
        output.out(`approval request ${approval.request}: ${approval.state}, ${approval.approvals.length} of ${approval.required} approvals` +
            (approval.approvals.length === 0
                ? ''
                : ` (${approval.approvals.map((vote) => vote.login).join(', ')})`));
        for (const ignored of approval.ignored)
            output.out(`  ignored /${ignored.kind} from ${ignored.login}: ${ignored.reason}`);
    }
    for (const check of report.promotion?.checks ?? [])
        output.out(`  ${check.passed ? 'ok  ' : 'FAIL'} ${check.requirement}: ${check.detail}`);
    for (const record of [report.deployment, report.rollback]) {
        if (record !== null)
            output.out(`  ${record.kind} ${record.version} -> ${record.environment}: ${record.status} (${record.step.detail})`);
    }
}
/** On the command line there is no GitHub environment or issue: approvals are local records. */
function localApproval(config) {
    if (config.approval.via === 'none')
        return config;
    return {
        ...config,
        approval: { ...config.approval, via: 'issue', required: Math.max(1, config.approval.required) }
    };
}
function voteOf(options) {
    const approve = options.string('approve');
    const deny = options.string('deny');
    if (approve !== undefined && deny !== undefined)
        throw new errors/* UsageError */.eb('give --approve or --deny, not both');
    if (approve !== undefined)
        return { login: approve.trim(), kind: 'approve' };
    if (deny !== undefined) {
        const reason = options.string('reason');
        return { login: deny.trim(), kind: 'deny', ...(reason === undefined ? {} : { reason }) };
    }
    return undefined;
}
/** The initiator: --actor, else GITHUB_ACTOR, else the local user name. */
function actorOf(options) {
    const given = options.string('actor') ?? process.env.GITHUB_ACTOR;
    if (given !== undefined && given.trim() !== '')
        return given.trim();
    try {
        return (0,external_node_os_.userInfo)().username;
    }
    catch {
        return 'local';
    }
}

// EXTERNAL MODULE: ./shared/deploy/duration-text.ts
var duration_text = __webpack_require__(97872);
// EXTERNAL MODULE: ./shared/version.ts
var shared_version = __webpack_require__(84402);
// EXTERNAL MODULE: ./shared/report/deploy-report.ts
var deploy_report = __webpack_require__(67073);
// EXTERNAL MODULE: ./shared/operations/deploy-record-store.ts
var deploy_record_store = __webpack_require__(96650);
;// CONCATENATED MODULE: ./shared/operations/deploy-rollback.ts









const NO_APPROVAL = {
    via: 'none',
    required: 0,
    state: 'not-required',
    approvals: [],
    denials: [],
    ignored: [],
    request: null,
    issue: null,
    expires_at: null
};
/**
 * `tollgate rollback`: puts an environment back on the version it ran before the current one (the
 * most recent earlier assignment of another usable version, as the registry's rollbackStage
 * picks it), by running the deploy step for that version and, only when the step succeeds,
 * assigning the stage. A rollback is an emergency action: it skips the promotion policy and
 * approvals (the version ran there before), and is recorded as kind `rollback`.
 */
async function rollbackEnvironment(request) {
    const { model, environment, store } = request;
    (0,gto_tags/* assertModelName */.fY)(model);
    (0,gto_tags/* assertStageName */.Gs)(environment);
    const registry = new model_registry/* ModelRegistry */.z(store, request.registryConfig);
    const generatedAt = new Date(request.now()).toISOString();
    const report = (status, message, version, previous, deployment) => ({
        $schema: deploy_report/* DEPLOY_REPORT_SCHEMA_ID */.V,
        tool: { name: 'tollgate', version: shared_version/* TOLLGATE_VERSION */.o },
        action: 'deploy',
        generated_at: generatedAt,
        model,
        version,
        environment,
        status,
        passed: status === 'success',
        message,
        previous_version: previous,
        promotion: null,
        approval: NO_APPROVAL,
        deployment,
        rollback: null,
        evidence: null
    });
    const done = await (0,deploy_record_store/* readDeploymentRecord */.L6)(store, model, environment, (0,run_key/* runKey */.r7)(request.run), 'rollback');
    if (done !== undefined) {
        return report(done.status === 'success' ? 'success' : 'failure', `this run already rolled ${environment} back to ${done.version}: ${done.status}`, done.version, done.previousVersion, done);
    }
    const current = await registry.currentStage(model, environment);
    if (current?.version === undefined) {
        throw new errors/* UsageError */.eb(`${model} has no version in ${environment}; there is nothing to roll back.`);
    }
    let target;
    if (request.toVersion !== undefined) {
        target = (await registry.resolve(`${model}@${request.toVersion}`)).version;
    }
    else {
        const usable = new Set((await registry.listVersions(model)).filter(registry_state/* isUsable */.Ng).map((version) => version.version));
        const earlier = (await registry.stageHistory(model, environment))
            .filter((event) => event.action === 'assign' &&
            event.version !== undefined &&
            event.version !== current.version &&
            usable.has(event.version))
            .at(-1);
        if (earlier?.version === undefined) {
            throw new errors/* UsageError */.eb(`${model} has no earlier version in ${environment} to roll back to (it holds ${current.version}).`);
        }
        target = earlier.version;
    }
    if (target === current.version)
        throw new errors/* UsageError */.eb(`${environment} already holds ${model} ${target}.`);
    const resolved = await registry.resolve(`${model}@${target}`);
    const started = new Date(request.now()).toISOString();
    const attempt = await (0,deploy_model/* performStep */.Ks)(request, resolved, 'rollback', current.version);
    if (attempt.outcome.ok) {
        await registry.assignStage({
            model,
            stage: environment,
            version: target,
            actor: request.initiator,
            run: (0,deploy_model/* registryRun */.JR)(request.run),
            reason: request.reason ?? `rollback from ${current.version}`
        });
        await attempt.setStatus('success', `rolled back to ${target}`);
    }
    else {
        await attempt.setStatus('failure', `rollback failed: ${attempt.outcome.detail}`);
    }
    const record = await (0,deploy_record_store/* saveDeploymentRecord */.kS)(store, (0,deploy_model/* deploymentRecord */.lH)(request, {
        version: target,
        kind: 'rollback',
        status: attempt.outcome.ok ? 'success' : 'failure',
        previous: current.version,
        approval: NO_APPROVAL,
        step: (0,deploy_model/* stepResult */.GR)(attempt.outcome),
        startedAt: started,
        finishedAt: new Date(request.now()).toISOString(),
        initiator: request.initiator,
        ...(attempt.github === undefined ? {} : { github: attempt.github }),
        reason: request.reason ?? `rollback from ${current.version}`
    }));
    return attempt.outcome.ok
        ? report('success', `rolled ${environment} back from ${model} ${current.version} to ${target}`, target, current.version, record)
        : report('failure', `rolling ${environment} back to ${model} ${target} failed (${attempt.outcome.detail}); it still holds ${current.version}`, target, current.version, record);
}

;// CONCATENATED MODULE: ./shared/cli/commands/rollback.ts
















/** `tollgate rollback`: put an environment back on its previous version (running the deploy step). */
const rollbackCommand = {
    name: 'rollback',
    summary: 'Return an environment to its previous deployment (runs the deploy step, then moves the stage).',
    usage: '--name MODEL --environment ENV [--to-version V] [--store DIR]',
    options: deploy_options/* rollbackOptions */.H5,
    async run(options, _positionals, output) {
        const now = (0,clock/* nowFromEnvironment */.g)();
        const project = (0,project_config/* loadProjectConfig */.WM)();
        const store = await (0,open_store/* openStore */.C)({
            store: options.string('store'),
            token: process.env.GITHUB_TOKEN,
            defaultStore: 'local'
        });
        const environment = options.requiredString('environment').trim();
        const config = { ...(0,deploy_config/* environmentDeployConfig */.J)(project.section('deploy'), environment) };
        const command = options.string('command');
        const target = options.string('target');
        if (command !== undefined && target !== undefined)
            throw new errors/* UsageError */.eb('give either command or target, not both');
        if (command !== undefined) {
            config.command = command;
            delete config.target;
        }
        if (target !== undefined) {
            config.target = target;
            delete config.command;
        }
        const timeout = options.string('timeout');
        if (timeout !== undefined)
            config.timeoutMs = (0,duration_text/* parseDuration */.E)(timeout, 'timeout');
        const context = (0,workflow_context/* readWorkflowContext */.F)();
        const run = (0,run_key/* runIdentityOf */.Zi)(context, now, (0,workflow_context/* runUrl */.V)(context));
        const toVersion = options.string('to-version');
        const report = await rollbackEnvironment({
            model: options.requiredString('name').trim(),
            environment,
            store,
            registryConfig: project.registry,
            config,
            initiator: actorOf(options),
            run,
            now: () => (process.env.TOLLGATE_NOW ? now : Date.now()),
            step: (0,deploy_effects/* configuredStep */.Zd)(config, process.cwd(), (text) => output.out(text.replace(/\n$/, ''))),
            workDir: (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'tollgate', `rollback-${(0,run_key/* runKey */.r7)(run)}`),
            lineage: (0,run_provenance/* lineageContextFor */.I7)('deploy'),
            ...(toVersion === undefined ? {} : { toVersion }),
            ...(options.string('reason') === undefined ? {} : { reason: options.string('reason') })
        });
        printDeployReport(report, output);
        const reportPath = options.string('report-path');
        if (reportPath !== undefined)
            (0,user_files/* writeJsonFile */.An)(reportPath, report);
        return report.passed ? 0 : 1;
    }
};

;// CONCATENATED MODULE: ./shared/cli/commands/deployments.ts





/**
 * `tollgate deployments`: the deployment history of a model (per environment when asked), oldest
 * first: every deploy and rollback with its outcome, approvers and run.
 */
const deploymentsCommand = {
    name: 'deployments',
    summary: 'List the deployment history of a model (deploys and rollbacks per environment).',
    usage: '--name MODEL [--environment ENV] [--store DIR] [--report-path H.json]',
    options: deploy_options/* deploymentsOptions */.Lg,
    async run(options, _positionals, output) {
        const model = options.requiredString('name').trim();
        (0,gto_tags/* assertModelName */.fY)(model);
        const environment = options.string('environment')?.trim();
        if (environment !== undefined)
            (0,gto_tags/* assertStageName */.Gs)(environment);
        const store = await (0,open_store/* openStore */.C)({
            store: options.string('store'),
            token: process.env.GITHUB_TOKEN,
            defaultStore: 'local'
        });
        const records = await (0,deploy_record_store/* listDeployments */.Jn)(store, model, environment);
        if (records.length === 0) {
            output.out(`no deployments of ${model}${environment === undefined ? '' : ` to ${environment}`} in ${store.location}`);
        }
        for (const record of records) {
            const approvers = record.approval.approvers.map((approver) => approver.login).join(',');
            output.out([
                record.finishedAt,
                record.environment.padEnd(12),
                record.kind.padEnd(8),
                record.version.padEnd(9),
                record.status.padEnd(11),
                `from ${record.previousVersion ?? '-'}`,
                `by ${record.initiator}`,
                approvers === '' ? '' : `approved by ${approvers}`,
                `run ${record.run.id}#${record.run.attempt}`
            ]
                .filter((part) => part !== '')
                .join('  '));
        }
        const reportPath = options.string('report-path');
        if (reportPath !== undefined)
            (0,user_files/* writeJsonFile */.An)(reportPath, { model, environment: environment ?? null, deployments: records });
        return 0;
    }
};

;// CONCATENATED MODULE: ./shared/cli/commands.ts














/** Every command the CLI offers, in help order. */
const cliCommands = [
    validateCommand,
    mergeCommand,
    driftCommand,
    spcCommand,
    trainCommand,
    registerCommand,
    assignCommand,
    historyCommand,
    listCommand,
    getCommand,
    gateCommand,
    deployCommand,
    rollbackCommand,
    deploymentsCommand
];

;// CONCATENATED MODULE: ./shared/cli/main.ts





const consoleOutput = {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`)
};
/** Commands of DESIGN.md §1 that later versions will provide; they fail clearly until then. */
const PLANNED_COMMANDS = [];
/**
 * `tollgate <command> [options]`. Exit codes: 0 pass, 1 a check or gate failed, 2 usage or input
 * error (DESIGN.md §1); 70 means a bug or outage, with the stack printed for the report.
 */
async function main(argv, output = consoleOutput) {
    const [commandName, ...rest] = argv;
    if (commandName === undefined ||
        commandName === '--help' ||
        commandName === '-h' ||
        commandName === 'help') {
        output.out(generalHelp());
        return commandName === undefined ? 2 : 0;
    }
    if (commandName === '--version') {
        output.out(shared_version/* TOLLGATE_VERSION */.o);
        return 0;
    }
    const command = cliCommands.find((candidate) => candidate.name === commandName);
    try {
        if (command === undefined) {
            if (PLANNED_COMMANDS.includes(commandName))
                throw (0,errors/* notYetAvailable */.fY)(`tollgate ${commandName}`);
            throw new errors/* UsageError */.eb(`Unknown command "${commandName}". Run \`tollgate --help\` for the list.`);
        }
        if (rest.includes('--help') || rest.includes('-h')) {
            output.out(commandHelp(command));
            return 0;
        }
        return await runCommand(command, rest, output);
    }
    catch (error) {
        output.err(`tollgate${command === undefined ? '' : ` ${command.name}`}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        if (!(error instanceof errors/* TollgateError */.xB) && error instanceof Error && error.stack !== undefined) {
            output.err(error.stack);
        }
        return (0,errors/* exitCodeFor */.Rr)(error);
    }
}
async function runCommand(command, argv, output) {
    const parsed = parseArguments(argv, command.options);
    const limits = command.positionals ?? { min: 0, max: 0, names: '' };
    if (parsed.positionals.length < limits.min || parsed.positionals.length > limits.max) {
        throw new errors/* UsageError */.eb(limits.max === 0
            ? `Unexpected argument "${parsed.positionals[0]}". Options are written --name value.`
            : `Expected ${limits.names}. Usage: tollgate ${command.name} ${command.usage}`);
    }
    const options = new option_table/* Options */.JY(command.options, {
        get: (name) => parsed.values.get(name),
        describe: (name) => `option --${name}`
    });
    return command.run(options, parsed.positionals, output);
}
function generalHelp() {
    const lines = [
        'tollgate: data checks, SPC, drift, training, registry, gates and deploys, as in the GitHub Actions.',
        '',
        'Usage: tollgate <command> [options]      (tollgate <command> --help for its options)',
        '',
        'Commands:'
    ];
    for (const command of cliCommands)
        lines.push(`  ${command.name.padEnd(10)} ${command.summary}`);
    lines.push(`  (planned: ${PLANNED_COMMANDS.join(', ')})`);
    lines.push('', 'Exit codes: 0 pass, 1 a check or gate failed, 2 usage or input error.');
    return lines.join('\n');
}
function commandHelp(command) {
    const lines = [
        `Usage: tollgate ${command.name} ${command.usage}`,
        '',
        command.summary,
        '',
        'Options:'
    ];
    for (const [name, spec] of Object.entries(command.options)) {
        if (spec.actionOnly === true)
            continue;
        const suffix = spec.default !== undefined && spec.default !== '' ? ` (default: ${spec.default})` : '';
        const required = spec.required === true ? ' (required)' : '';
        lines.push(`  --${name.padEnd(16)} ${spec.description}${required}${suffix}`);
    }
    return lines.join('\n');
}


/***/ }),

/***/ 19667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* binding */ registerModel),
  X: () => (/* binding */ stageReport)
});

// EXTERNAL MODULE: ./shared/adapters/run-provenance.ts
var run_provenance = __webpack_require__(39572);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/lineage/openlineage-event.ts
var openlineage_event = __webpack_require__(20068);
// EXTERNAL MODULE: ./shared/lineage/run-id.ts
var run_id = __webpack_require__(8315);
// EXTERNAL MODULE: ./shared/registry/gto-tags.ts
var gto_tags = __webpack_require__(33148);
// EXTERNAL MODULE: ./shared/registry/model-bundle.ts + 2 modules
var model_bundle = __webpack_require__(61705);
// EXTERNAL MODULE: ./shared/store/canonical-json.ts
var canonical_json = __webpack_require__(92113);
// EXTERNAL MODULE: ./shared/version.ts
var version = __webpack_require__(84402);
// EXTERNAL MODULE: ./shared/report/registry-report.ts
var registry_report = __webpack_require__(79309);
// EXTERNAL MODULE: ./shared/operations/profile-data.ts
var profile_data = __webpack_require__(30429);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/profile/data-profile.ts
var data_profile = __webpack_require__(10706);
// EXTERNAL MODULE: ./shared/store/content-digest.ts
var content_digest = __webpack_require__(73734);
// EXTERNAL MODULE: ./shared/store/store-names.ts
var store_names = __webpack_require__(33780);
// EXTERNAL MODULE: ./shared/operations/train-metrics-file.ts
var train_metrics_file = __webpack_require__(95354);
// EXTERNAL MODULE: ./shared/operations/train-output.ts
var train_output = __webpack_require__(40625);
;// CONCATENATED MODULE: ./shared/operations/register-model-directory.ts










/** Files the registry writes into every version: a downloaded version's copies are not re-used. */
const REGENERATED = [store_names/* BUNDLE_MANIFEST_FILE */.EI, model_bundle/* MODEL_BUNDLE_FILES */.rU.card];
function readModelDirectory(path) {
    if (!(0,external_node_fs_.existsSync)(path)) {
        throw new errors/* UsageError */.eb(`The model directory ${JSON.stringify(path)} does not exist; give the directory train wrote ` +
            '(its model-path output) or another directory of model files.');
    }
    if (!(0,external_node_fs_.statSync)(path).isDirectory()) {
        throw new errors/* UsageError */.eb(`The model path ${JSON.stringify(path)} is not a directory.`);
    }
    const shown = (name) => (0,external_node_path_.join)(path, name);
    const warnings = [];
    const files = new Map();
    const metadata = new Map();
    for (const name of (0,external_node_fs_.readdirSync)(path).sort()) {
        const full = (0,external_node_path_.join)(path, name);
        const stats = (0,external_node_fs_.statSync)(full);
        if (stats.isDirectory()) {
            throw new errors/* UsageError */.eb(`The model directory holds a subdirectory ${JSON.stringify(name)}; a registered version is ` +
                'a flat list of files (GitHub release assets), so pack it into one file first, e.g. ' +
                `\`tar -czf ${name}.tar.gz -C ${name} .\`.`);
        }
        if (!stats.isFile()) {
            throw new errors/* UsageError */.eb(`${JSON.stringify(full)} is not a regular file; a model directory holds files only.`);
        }
        if (name.startsWith('.')) {
            warnings.push(`left out the hidden file ${name}`);
            continue;
        }
        if (REGENERATED.includes(name)) {
            warnings.push(`left out ${name}: the registry writes a new one for the version`);
            continue;
        }
        if (name === train_output/* TRAIN_OUTPUT_FILES */.Jz.metrics ||
            name === train_output/* TRAIN_OUTPUT_FILES */.Jz.params ||
            name === train_output/* TRAIN_OUTPUT_FILES */.Jz.lineage ||
            name === train_output/* TRAIN_OUTPUT_FILES */.Jz.profile) {
            metadata.set(name, (0,external_node_fs_.readFileSync)(full, 'utf8'));
            continue;
        }
        files.set(name, (0,external_node_fs_.readFileSync)(full));
    }
    const metricsText = metadata.get(train_output/* TRAIN_OUTPUT_FILES */.Jz.metrics);
    const metrics = metricsText === undefined
        ? undefined
        : (0,train_metrics_file/* parseMetricsText */.o0)(metricsText, shown(train_output/* TRAIN_OUTPUT_FILES */.Jz.metrics));
    const paramsText = metadata.get(train_output/* TRAIN_OUTPUT_FILES */.Jz.params);
    const params = paramsText !== undefined
        ? (0,train_metrics_file/* parseParamsText */.z3)(paramsText, shown(train_output/* TRAIN_OUTPUT_FILES */.Jz.params))
        : metricsText === undefined
            ? {}
            : ((0,train_metrics_file/* bundleParams */.pp)(metricsText, shown(train_output/* TRAIN_OUTPUT_FILES */.Jz.metrics)) ?? {});
    const lineageText = metadata.get(train_output/* TRAIN_OUTPUT_FILES */.Jz.lineage);
    const events = lineageText === undefined ? [] : parseLineage(lineageText, shown(train_output/* TRAIN_OUTPUT_FILES */.Jz.lineage));
    const profileText = metadata.get(train_output/* TRAIN_OUTPUT_FILES */.Jz.profile);
    const profile = profileText === undefined
        ? undefined
        : parseProfile(profileText, shown(train_output/* TRAIN_OUTPUT_FILES */.Jz.profile));
    const runBytes = files.get(train_output/* TRAIN_OUTPUT_FILES */.Jz.trainingRun);
    const training = runBytes === undefined
        ? undefined
        : parseTrainingRun(new TextDecoder().decode(runBytes), shown(train_output/* TRAIN_OUTPUT_FILES */.Jz.trainingRun));
    return {
        path,
        files,
        metrics,
        params,
        events,
        profile,
        ...(training === undefined ? {} : { training }),
        warnings
    };
}
function parseJson(text, file) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new errors/* InputError */.dz({ file }, `not valid JSON (${error.message})`);
    }
}
/** lineage.json: `{ schema, events: [RunEvent…] }` as train writes it, or a bare list of events. */
function parseLineage(text, file) {
    const value = parseJson(text, file);
    const list = Array.isArray(value) ? value : value?.events;
    if (!Array.isArray(list)) {
        throw new errors/* InputError */.dz({ file }, 'expected {"events": [...]} with OpenLineage run events');
    }
    return list.map((event, index) => {
        try {
            return (0,openlineage_event/* parseRunEvent */.X0)(event, `event ${index + 1}`);
        }
        catch (error) {
            if (error instanceof errors/* IntegrityError */.cs) {
                throw new errors/* InputError */.dz({ file, field: `events[${index}]` }, error.message);
            }
            throw error;
        }
    });
}
function parseProfile(text, file) {
    const value = parseJson(text, file);
    if (value === null ||
        typeof value !== 'object' ||
        value.format !== data_profile/* PROFILE_FORMAT */.y6 ||
        !Array.isArray(value.columns)) {
        throw new errors/* InputError */.dz({ file }, `expected a Tollgate data profile ("format": "${data_profile/* PROFILE_FORMAT */.y6}"), as train and validate-data write`);
    }
    return value;
}
function parseTrainingRun(text, file) {
    const value = parseJson(text, file);
    if (value === null || typeof value !== 'object' || value.schema !== train_output/* TRAINING_RUN_SCHEMA */.DX) {
        throw new errors/* InputError */.dz({ file }, `expected a training run record ("schema": "${train_output/* TRAINING_RUN_SCHEMA */.DX}")`);
    }
    if (!Array.isArray(value.data))
        throw new errors/* InputError */.dz({ file, field: 'data' }, 'expected a list of data files');
    const data = value.data.map((entry, index) => {
        const item = entry;
        if (item === null || typeof item.path !== 'string' || !(0,content_digest/* isSha256Hex */.P4)(item.sha256)) {
            throw new errors/* InputError */.dz({ file, field: `data[${index}]` }, 'expected a path and a sha256');
        }
        return {
            name: item.path,
            sha256: item.sha256,
            ...(typeof item.rows === 'number' ? { rows: item.rows } : {})
        };
    });
    const commit = value.code?.commit;
    return { data, ...(typeof commit === 'string' && commit !== '' ? { commit } : {}) };
}

;// CONCATENATED MODULE: ./shared/operations/register-model.ts











async function registerModel(request) {
    const { registry, name } = request;
    const cwd = request.cwd ?? process.cwd();
    const env = request.env ?? process.env;
    const clock = request.clock ?? Date.now;
    (0,gto_tags/* assertModelName */.fY)(name);
    if (request.stage !== undefined)
        checkStageBeforeRegistering(registry, request.stage);
    const directory = readModelDirectory(request.modelPath);
    const warnings = [...directory.warnings];
    const dataGiven = request.data !== undefined && request.data.length > 0;
    let profile = directory.profile;
    let trainingData = directory.training?.data ?? [];
    if (dataGiven && profile !== undefined) {
        throw new errors/* UsageError */.eb(`The model directory ${JSON.stringify(request.modelPath)} already has the training data's ` +
            'profile (profile.json, written by train); leave `data` out.');
    }
    if (dataGiven) {
        const profiled = await (0,profile_data/* profileData */.A)({
            data: request.data,
            format: request.format,
            now: clock()
        });
        profile = profiled.profile;
        const digests = await Promise.all(profiled.files.map((file) => (0,run_provenance/* fileSha256 */.sN)(file.path)));
        trainingData = profiled.files.map((file, index) => ({
            name: file.path,
            sha256: digests[index],
            ...(profiled.files.length === 1 ? { rows: profiled.profile.rows } : {})
        }));
    }
    if (profile === undefined) {
        throw new errors/* UsageError */.eb(`The model directory ${JSON.stringify(request.modelPath)} has no profile.json, the ` +
            "training data's profile that drift-check compares production data against. Register " +
            "train's output, or give the training data (`data`) to profile it now.");
    }
    if (directory.metrics === undefined) {
        warnings.push('the model directory has no metrics.json; the version records no metrics');
    }
    const run = (0,run_provenance/* workflowRun */.tM)(env);
    const actor = (0,run_provenance/* actorName */.ti)(env);
    const commit = directory.training?.commit ?? (0,run_provenance/* codeVersion */.iq)(cwd, env).commit;
    const context = (0,run_provenance/* lineageContextFor */.I7)('register-model', {
        env,
        ...(commit === undefined ? {} : { commit })
    });
    const registered = await registry.registerVersion({
        model: name,
        files: directory.files,
        metrics: directory.metrics ?? {},
        params: directory.params,
        trainingData,
        profile,
        ...(request.description === undefined || request.description.trim() === ''
            ? {}
            : { description: request.description }),
        ...(commit === undefined ? {} : { commit }),
        lineage: { context, events: directory.events },
        ...(run === undefined ? {} : { run: run.run }),
        ...(actor === undefined ? {} : { actor }),
        ...(request.bump === undefined ? {} : { bump: request.bump }),
        ...(request.version === undefined ? {} : { version: request.version })
    });
    let stageChange;
    if (request.stage !== undefined) {
        stageChange = await registry.assignStage({
            model: name,
            stage: request.stage,
            version: registered.version,
            ...(run === undefined ? {} : { run: run.run }),
            ...(actor === undefined ? {} : { actor }),
            reason: `registered ${registered.tag}`
        });
    }
    const events = await storedLineage(registry, registered.tag);
    const releaseUrl = request.releaseUrl?.(registered.tag);
    const report = {
        schema: registry_report/* REGISTER_REPORT_SCHEMA */.Nj,
        tollgate_version: version/* TOLLGATE_VERSION */.o,
        generated_at: new Date(clock()).toISOString(),
        model: name,
        version: registered.version,
        tag: registered.tag,
        outcome: registered.outcome,
        claimed_at: registered.claimedAt,
        release_url: releaseUrl ?? null,
        store: registry.store.location,
        files: registered.manifest.files,
        metrics: directory.metrics ?? {},
        params: directory.params,
        training_data: trainingData,
        commit: commit ?? null,
        run: run?.run ?? null,
        actor: actor ?? null,
        stage: stageChange === undefined ? null : stageReport(stageChange),
        lineage_run_id: (0,run_id/* lineageRunId */.yP)(context),
        warnings
    };
    return { report, events, ...(stageChange === undefined ? {} : { stageChange }) };
}
/** A stage change as the reports show it. */
function stageReport(change) {
    return {
        stage: change.event.stage,
        version: change.event.version ?? '',
        outcome: change.outcome,
        tag: change.event.tag,
        at: change.event.at
    };
}
/**
 * Refuses a stage the version could not enter before anything is registered, so a typo in
 * `stage` does not leave a registered but unassigned version behind.
 */
function checkStageBeforeRegistering(registry, stage) {
    (0,gto_tags/* assertStageName */.Gs)(stage);
    const { stages, promotion } = registry.config;
    if (stages === undefined)
        return;
    if (!stages.includes(stage)) {
        throw new errors/* UsageError */.eb(`Stage ${JSON.stringify(stage)} is not one of the stages configured in .tollgate.yml ` +
            `(registry.stages: ${stages.join(', ')}).${(0,gto_tags/* stageSuggestion */.t6)(stage, stages)}`);
    }
    if (promotion === 'sequential' && stages.indexOf(stage) > 0) {
        throw new errors/* UsageError */.eb(`A new version cannot enter ${stage} directly: .tollgate.yml sets promotion: sequential ` +
            `(${stages.join(' -> ')}), so it starts in ${stages[0]}.`);
    }
}
/** The events of the version's stored lineage.json, read back (verified) from the store. */
async function storedLineage(registry, tag) {
    const bytes = await registry.store.readBundleFile(tag, model_bundle/* MODEL_BUNDLE_FILES */.rU.lineage);
    const parsed = (0,canonical_json/* parseJsonBytes */.dQ)(bytes);
    if (!parsed.ok || !(0,canonical_json/* isJsonObject */.OW)(parsed.value) || !Array.isArray(parsed.value.events))
        return [];
    return parsed.value.events.map((event, index) => (0,openlineage_event/* parseRunEvent */.X0)(event, `lineage event ${index + 1} of ${tag}`));
}


/***/ }),

/***/ 72855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ registerOptions)
/* harmony export */ });
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
    token: { description: 'Token for the GitHub registry.', actionOnly: true }
};


/***/ }),

/***/ 91771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ openModelRegistry)
/* harmony export */ });
/* harmony import */ var _adapters_open_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8740);
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

/***/ 79309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $o: () => (/* binding */ ASSIGN_REPORT_SCHEMA),
/* harmony export */   Iv: () => (/* binding */ HISTORY_REPORT_SCHEMA),
/* harmony export */   Nj: () => (/* binding */ REGISTER_REPORT_SCHEMA),
/* harmony export */   Sk: () => (/* binding */ GET_REPORT_SCHEMA),
/* harmony export */   Xh: () => (/* binding */ versionListing),
/* harmony export */   it: () => (/* binding */ LIST_REPORT_SCHEMA),
/* harmony export */   tA: () => (/* binding */ historyEntries)
/* harmony export */ });
/**
 * JSON reports of the registry commands (`--report-path`) and of the register-model action.
 * Shapes are stable for other tools (schema: shared/report/schemas/register-report.schema.json).
 */
const REGISTER_REPORT_SCHEMA = 'tollgate.register-report/1';
const GET_REPORT_SCHEMA = 'tollgate.get-report/1';
const ASSIGN_REPORT_SCHEMA = 'tollgate.assign-report/1';
const HISTORY_REPORT_SCHEMA = 'tollgate.history-report/1';
const LIST_REPORT_SCHEMA = 'tollgate.list-report/1';
/** Lists versions with their status and the stages each currently holds. */
function versionListing(versions, current) {
    return versions.map((version) => ({
        version: version.version,
        tag: version.tag,
        claimed_at: version.claimedAt,
        status: version.deregistered !== undefined
            ? 'deregistered'
            : version.complete
                ? 'complete'
                : 'incomplete',
        stages: Object.entries(current)
            .filter(([, held]) => held === version.version)
            .map(([stage]) => stage)
            .sort(),
        actor: version.actor ?? null,
        run: version.run ?? null,
        commit: version.commit ?? null
    }));
}
/**
 * A model's audit trail: every registration, deregistration, assignment and unassignment, oldest
 * first (stage events in the registry's history order, merged with versions by time).
 */
function historyEntries(versions, stageEvents, stage) {
    const fromStages = stageEvents
        .filter((event) => stage === undefined || event.stage === stage)
        .map((event) => ({
        at: event.at,
        tag: event.tag,
        action: event.action,
        version: event.version ?? null,
        stage: event.stage,
        actor: event.actor ?? null,
        run: event.run ?? null,
        reason: event.reason ?? null
    }));
    if (stage !== undefined)
        return fromStages;
    const fromVersions = versions.flatMap((version) => {
        const registered = {
            at: version.claimedAt,
            tag: version.tag,
            action: 'register',
            version: version.version,
            stage: null,
            actor: version.actor ?? null,
            run: version.run ?? null,
            reason: null
        };
        const deregistered = version.deregistered;
        return deregistered === undefined
            ? [registered]
            : [
                registered,
                {
                    at: deregistered.at,
                    tag: deregistered.tag,
                    action: 'deregister',
                    version: version.version,
                    stage: null,
                    actor: deregistered.actor ?? null,
                    run: deregistered.run ?? null,
                    reason: deregistered.reason ?? null
                }
            ];
    });
    // Stable merge by time: stage events keep their (counter) order among themselves.
    const merged = [];
    const byTime = [...fromVersions].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    let v = 0;
    for (const entry of fromStages) {
        while (v < byTime.length && Date.parse(byTime[v].at) <= Date.parse(entry.at))
            merged.push(byTime[v++]);
        merged.push(entry);
    }
    while (v < byTime.length)
        merged.push(byTime[v++]);
    return merged;
}


/***/ }),

/***/ 99892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ findDuplicates)
/* harmony export */ });
/* harmony import */ var _stats_sort_float64_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37221);

const MAX_TRACKED_DUPLICATE_KEYS = 100_000;
function findDuplicates(parts, sampleLimit) {
    let keyCount = 0;
    let increasing = true;
    let previousMax = -Infinity;
    for (const part of parts) {
        let last = -Infinity;
        for (let i = 0; i < part.keys.length; i++) {
            const key = part.keys[i];
            if (key !== key)
                continue;
            keyCount++;
            if (increasing && (key <= last || key <= previousMax))
                increasing = false;
            last = key;
        }
        if (last > previousMax)
            previousMax = last;
    }
    const summary = { rowsInDuplicates: 0, duplicateRows: 0, duplicatedValues: 0, samples: [], keyCount };
    if (increasing)
        return summary;
    const sorted = new Float64Array(keyCount);
    let filled = 0;
    for (const part of parts) {
        for (let i = 0; i < part.keys.length; i++) {
            const key = part.keys[i];
            if (key === key)
                sorted[filled++] = key;
        }
    }
    (0,_stats_sort_float64_js__WEBPACK_IMPORTED_MODULE_0__/* .sortFloat64 */ .f)(sorted);
    const duplicated = new Set();
    let i = 0;
    while (i < sorted.length) {
        let j = i + 1;
        while (j < sorted.length && sorted[j] === sorted[i])
            j++;
        const run = j - i;
        if (run > 1) {
            summary.rowsInDuplicates += run;
            summary.duplicateRows += run - 1;
            summary.duplicatedValues++;
            if (duplicated.size < MAX_TRACKED_DUPLICATE_KEYS)
                duplicated.add(sorted[i]);
        }
        i = j;
    }
    if (sampleLimit > 0 && duplicated.size > 0) {
        outer: for (const part of parts) {
            for (let k = 0; k < part.keys.length; k++) {
                const key = part.keys[k];
                if (duplicated.has(key)) {
                    summary.samples.push({ row: part.rowsBefore + k + 1, key });
                    if (summary.samples.length >= sampleLimit)
                        break outer;
                }
            }
        }
    }
    return summary;
}


/***/ }),

/***/ 71961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ mergePartials)
/* harmony export */ });
/* harmony import */ var _stats_moments_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23419);
/* harmony import */ var _column_scan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55527);
/* harmony import */ var _duplicate_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99892);
/* harmony import */ var _sorted_parts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22910);
/* harmony import */ var _value_tally_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46192);





/**
 * Combines the ranges of a scan in file order: counts add, moments merge by Chan's formula, sorted
 * values merge, samples keep the first rows in file order, order checks are re-checked across
 * range boundaries and uniqueness is decided over all keys. The result equals a single pass.
 */
function mergePartials(parts, sampleLimit) {
    const first = parts[0];
    if (first === undefined)
        throw new Error('Bug: mergePartials needs at least one range');
    const rows = parts.reduce((total, part) => total + part.partial.rows, 0);
    const columns = first.partial.columns.map((column, index) => mergeColumn(column.name, parts.map((part) => ({ column: part.partial.columns[index], rowsBefore: part.rowsBefore })), sampleLimit));
    const compound = {};
    for (const checkId of Object.keys(first.partial.compound)) {
        compound[checkId] = (0,_duplicate_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .findDuplicates */ .I)(parts.map((part) => ({ keys: part.partial.compound[checkId].keys, rowsBefore: part.rowsBefore })), sampleLimit);
    }
    return { rows, columns, compound };
}
function mergeColumn(name, parts, sampleLimit) {
    const types = { integer: 0, decimal: 0, boolean: 0, date: 0, datetime: 0, text: 0 };
    let moments = (0,_stats_moments_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyMoments */ .rC)();
    let values = 0;
    let nulls = 0;
    const textLength = { min: Infinity, max: -Infinity };
    const epoch = { min: Infinity, max: -Infinity };
    for (const { column } of parts) {
        values += column.values;
        nulls += column.nulls;
        for (const key of Object.keys(types))
            types[key] += column.types[key];
        moments = (0,_stats_moments_js__WEBPACK_IMPORTED_MODULE_3__/* .mergeMoments */ .iQ)(moments, column.moments);
        textLength.min = Math.min(textLength.min, column.textLength.min);
        textLength.max = Math.max(textLength.max, column.textLength.max);
        epoch.min = Math.min(epoch.min, column.epoch.min);
        epoch.max = Math.max(epoch.max, column.epoch.max);
    }
    const exact = parts.every(({ column }) => column.sortedNumbers !== undefined);
    const sortedParts = exact ? parts.map(({ column }) => column.sortedNumbers).filter((part) => part.length > 0) : undefined;
    const tally = (0,_value_tally_js__WEBPACK_IMPORTED_MODULE_2__/* .mergeTallyStates */ .dM)(parts.map(({ column }) => column.tally), exact ? undefined : parts.map(({ column }) => column.sortedNumbers));
    const checks = {};
    for (const checkId of Object.keys(parts[0].column.checks)) {
        const counter = { unexpected: 0, samples: [] };
        for (const { column, rowsBefore } of parts) {
            const own = column.checks[checkId];
            counter.unexpected += own.unexpected;
            for (const sample of own.samples) {
                if (counter.samples.length < sampleLimit)
                    counter.samples.push({ row: rowsBefore + sample.row + 1, value: sample.value });
            }
        }
        checks[checkId] = counter;
    }
    mergeOrderBoundaries(parts, checks, sampleLimit);
    const duplicates = {};
    if (parts[0].column.uniqueKeys !== undefined) {
        const summary = (0,_duplicate_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .findDuplicates */ .I)(parts.map(({ column, rowsBefore }) => ({ keys: column.uniqueKeys, rowsBefore })), sampleLimit);
        duplicates.unique = summary;
        for (const { column } of parts)
            column.uniqueKeys = undefined;
    }
    let merged;
    return {
        name,
        values,
        nulls,
        types,
        moments,
        sortedParts,
        get sortedNumbers() {
            if (sortedParts === undefined)
                return undefined;
            merged ??= sortedParts.length === 0 ? new Float64Array(0) : (0,_sorted_parts_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeSortedParts */ .uO)(sortedParts);
            return merged;
        },
        tally,
        textLength,
        epoch,
        checks,
        duplicates
    };
}
/** Each range checked its own order; the pair at every boundary between ranges is checked here. */
function mergeOrderBoundaries(parts, checks, sampleLimit) {
    const firstColumn = parts[0].column;
    for (const checkId of Object.keys(firstColumn.order)) {
        const { direction, strictly } = firstColumn.order[checkId];
        let previous;
        const counter = checks[checkId];
        const boundarySamples = [];
        for (const { column, rowsBefore } of parts) {
            const ends = column.order[checkId];
            if (ends.first === undefined)
                continue;
            if (previous !== undefined && (0,_column_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .violatesOrder */ .SH)(previous.key, ends.first.key, direction, strictly)) {
                counter.unexpected++;
                boundarySamples.push({ row: rowsBefore + ends.first.row + 1, value: ends.first.text });
            }
            previous = ends.last;
        }
        if (boundarySamples.length > 0) {
            counter.samples = [...counter.samples, ...boundarySamples].sort((a, b) => a.row - b.row).slice(0, sampleLimit);
        }
    }
}


/***/ }),

/***/ 49829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bN: () => (/* binding */ buildScanPlan),
/* harmony export */   bZ: () => (/* binding */ DEFAULT_SAMPLE_LIMIT),
/* harmony export */   k3: () => (/* binding */ DEFAULT_EXACT_VALUE_BUDGET)
/* harmony export */ });
const DEFAULT_SAMPLE_LIMIT = 5;
/** 8 bytes per value: 4M values ≈ 32 MB per range (PERFORMANCE.md §3 memory targets). */
const DEFAULT_EXACT_VALUE_BUDGET = 4_000_000;
/** Builds the plan; columns the checks name must exist in the header (checked by the caller). */
function buildScanPlan(config, header, referenceKeys, options = {}) {
    const columns = header.map((name, index) => {
        const declared = config.columns.find((column) => column.name === name);
        const valueChecks = declared?.valueChecks ?? [];
        const references = {};
        for (const check of valueChecks) {
            if (check.check === 'references')
                references[check.id] = referenceKeys[check.id] ?? new Float64Array(0);
        }
        return {
            name,
            index,
            valueChecks,
            keepKeys: valueChecks.some((check) => check.check === 'unique'),
            referenceKeys: references
        };
    });
    const compoundKeys = config.tableChecks.flatMap((check) => check.check === 'compound_unique'
        ? [{ checkId: check.id, columnIndexes: check.columns.map((name) => header.indexOf(name)) }]
        : []);
    return {
        header,
        nullValues: config.nullValues,
        columns,
        compoundKeys,
        exactValueBudget: options.exactValueBudget ?? DEFAULT_EXACT_VALUE_BUDGET,
        sampleLimit: options.sampleLimit ?? DEFAULT_SAMPLE_LIMIT
    };
}


/***/ })

};
