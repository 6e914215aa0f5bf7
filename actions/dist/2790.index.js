export const id = 2790;
export const ids = [2790];
export const modules = {

/***/ 90721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mergeCommand: () => (/* binding */ mergeCommand),
  runShard: () => (/* binding */ runShard)
});

// EXTERNAL MODULE: ./shared/adapters/clock.ts
var clock = __webpack_require__(85133);
// EXTERNAL MODULE: ./shared/adapters/shard-partial-file.ts
var shard_partial_file = __webpack_require__(26694);
// EXTERNAL MODULE: ./shared/adapters/user-files.ts
var user_files = __webpack_require__(24574);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
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
// EXTERNAL MODULE: ./shared/cli/commands/validate.ts
var validate = __webpack_require__(56726);
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
        (0,validate.printValidateReport)(report, output);
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


/***/ }),

/***/ 56726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   printValidateReport: () => (/* binding */ printValidateReport),
/* harmony export */   validateCommand: () => (/* binding */ validateCommand)
/* harmony export */ });
/* harmony import */ var _adapters_clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85133);
/* harmony import */ var _operations_validate_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26820);
/* harmony import */ var _operations_validate_data_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73790);
/* harmony import */ var _adapters_user_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24574);
/* harmony import */ var _merge_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90721);





const STATUS_MARK = { pass: 'PASS', warn: 'WARN', fail: 'FAIL' };
/** `tollgate validate`: the validate-data action on a laptop. */
const validateCommand = {
    name: 'validate',
    summary: 'Run data checks and build a column profile (validate-data).',
    usage: '--data FILE --checks checks.yml [--report-path R.json] [--profile-path P.json] [--shard k/n]',
    options: _operations_validate_options_js__WEBPACK_IMPORTED_MODULE_1__/* .validateDataOptions */ .J,
    async run(options, _positionals, output) {
        // One shard of a matrix writes a partial for `tollgate merge` instead of a report.
        if (options.string('shard') !== undefined)
            return (0,_merge_js__WEBPACK_IMPORTED_MODULE_4__.runShard)(options, output);
        const failOn = options.choice('fail-on');
        const outcome = await (0,_operations_validate_data_js__WEBPACK_IMPORTED_MODULE_2__/* .validateData */ .l)({
            data: options.list('data'),
            checksPath: options.requiredString('checks'),
            format: options.choice('format'),
            delimiter: options.string('delimiter'),
            failOn,
            threads: options.integer('threads') ?? 0,
            now: (0,_adapters_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .nowFromEnvironment */ .g)()
        });
        const { report, profile } = outcome;
        const reportPath = options.string('report-path');
        const profilePath = options.string('profile-path');
        if (reportPath !== undefined)
            (0,_adapters_user_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeJsonFile */ .An)(reportPath, report);
        if (profilePath !== undefined)
            (0,_adapters_user_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeJsonFile */ .An)(profilePath, profile);
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


/***/ })

};
