export const id = 677;
export const ids = [677];
export const modules = {

/***/ 7797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inputs: () => (/* binding */ inputs),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/adapters/action-step.ts
var action_step = __webpack_require__(70540);
// EXTERNAL MODULE: ./shared/adapters/action-report.ts
var action_report = __webpack_require__(11152);
;// CONCATENATED MODULE: ./shared/adapters/check-run.ts
/** GitHub's limit on a check run's output summary and text, in characters. */
const CHECK_OUTPUT_LIMIT = 65535;
/** A check run title longer than this is cut (GitHub shows one line). */
const TITLE_LIMIT = 250;
/**
 * Creates a completed check run: the verdict appears on the commit and the pull request as a
 * check of its own, which branch protection can require. Output fields are cut to GitHub's
 * limits at a line boundary (a longer body would be refused with a 422 and lose the verdict).
 */
async function createCheckRun(client, repository, request) {
    const { data } = await client.rest.checks.create({
        ...repository,
        name: request.name,
        head_sha: request.headSha,
        status: 'completed',
        conclusion: request.conclusion,
        completed_at: request.completedAt,
        ...(request.detailsUrl === undefined ? {} : { details_url: request.detailsUrl }),
        ...(request.externalId === undefined ? {} : { external_id: request.externalId }),
        output: {
            title: request.title.length > TITLE_LIMIT
                ? `${request.title.slice(0, TITLE_LIMIT - 1)}…`
                : request.title,
            summary: fitCheckOutput(request.summary),
            ...(request.text === undefined ? {} : { text: fitCheckOutput(request.text) })
        }
    });
    return { id: data.id, url: data.html_url ?? data.url };
}
/** Cuts markdown to the check-run output limit at a line boundary, with a note. */
function fitCheckOutput(markdown) {
    if (markdown.length <= CHECK_OUTPUT_LIMIT)
        return markdown;
    const note = '\n\n_… cut to fit the check-run output limit; the JSON report has everything._\n';
    const closing = '\n</details>';
    // Room for the note and for closing a <details> block the cut may leave open.
    const room = CHECK_OUTPUT_LIMIT - note.length - closing.length;
    const cut = markdown.lastIndexOf('\n', room);
    let kept = markdown.slice(0, cut > 0 ? cut : room);
    const opened = (kept.match(/^<details>/gm) ?? []).length;
    const closed = (kept.match(/^<\/details>/gm) ?? []).length;
    if (opened > closed)
        kept += closing;
    return `${kept}${note}`;
}

// EXTERNAL MODULE: ./shared/adapters/clock.ts
var clock = __webpack_require__(85133);
// EXTERNAL MODULE: ./shared/adapters/github-client.ts
var github_client = __webpack_require__(37986);
// EXTERNAL MODULE: ./shared/adapters/open-store.ts + 15 modules
var open_store = __webpack_require__(8740);
// EXTERNAL MODULE: ./shared/adapters/pr-comment.ts
var pr_comment = __webpack_require__(38805);
// EXTERNAL MODULE: ./shared/adapters/project-config.ts
var project_config = __webpack_require__(33701);
// EXTERNAL MODULE: ./shared/adapters/user-files.ts
var user_files = __webpack_require__(24574);
// EXTERNAL MODULE: ./shared/adapters/workflow-context.ts
var workflow_context = __webpack_require__(93324);
// EXTERNAL MODULE: ./shared/adapters/run-provenance.ts
var run_provenance = __webpack_require__(39572);
// EXTERNAL MODULE: ./shared/deploy/run-key.ts
var run_key = __webpack_require__(92479);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/operations/gate-evaluation.ts + 15 modules
var gate_evaluation = __webpack_require__(34362);
// EXTERNAL MODULE: ./shared/operations/gate-options.ts
var gate_options = __webpack_require__(78613);
// EXTERNAL MODULE: ./shared/operations/gate-record-store.ts + 1 modules
var gate_record_store = __webpack_require__(37864);
// EXTERNAL MODULE: ./shared/options/option-table.ts
var option_table = __webpack_require__(55739);
// EXTERNAL MODULE: ./shared/registry/model-registry.ts
var model_registry = __webpack_require__(57677);
// EXTERNAL MODULE: ./shared/report/escape.ts
var report_escape = __webpack_require__(46682);
// EXTERNAL MODULE: ./shared/report/gate-summary.ts
var gate_summary = __webpack_require__(49971);
;// CONCATENATED MODULE: ./actions/evaluate-gate/main.ts






















/** The inputs this action reads (checked against action.yml by the metadata test). */
const inputs = gate_options/* gateOptions */.O;
const CONCLUSION = {
    promote: 'success',
    reject: 'failure',
    'no-champion': 'neutral'
};
/**
 * evaluate-gate: candidate vs thresholds and the champion; the verdict becomes a check run on
 * the head commit, a job summary, a PR comment (updated in place), outputs and a stored record.
 */
async function run() {
    await (0,action_step/* runActionStep */.y)('evaluate-gate', async () => {
        const options = (0,action_step/* actionOptions */.R)(gate_options/* gateOptions */.O);
        const context = (0,workflow_context/* readWorkflowContext */.F)();
        const now = (0,clock/* nowFromEnvironment */.g)();
        const token = options.string('token');
        const project = (0,project_config/* loadProjectConfig */.WM)();
        let store;
        const openRegistry = async () => {
            store ??= await (0,open_store/* openStore */.C)({ store: options.string('store'), token, defaultStore: 'github' });
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
        const reportPath = options.string('report-path') ?? (0,action_report/* defaultReportPath */.j)('evaluate-gate', 'report');
        (0,user_files/* writeJsonFile */.An)(reportPath, report);
        const markdown = (0,gate_summary/* gateSummaryMarkdown */.NV)(report);
        const url = (0,workflow_context/* runUrl */.V)(context);
        let checkRun;
        const client = token === undefined ? undefined : (0,github_client/* createGitHubClient */.L)(token);
        if (client !== undefined) {
            const pullRequest = context.payload.pull_request;
            const headSha = pullRequest?.head?.sha ?? context.sha;
            const name = options.string('check-name') ??
                `Tollgate gate: ${report.candidate.model ?? (0,external_node_path_.basename)(report.candidate.reference)}`;
            try {
                checkRun = await createCheckRun(client, (0,github_client/* currentRepository */.m)(), {
                    name,
                    headSha,
                    conclusion: CONCLUSION[report.verdict],
                    title: `${report.verdict}: ${(0,gate_summary/* gateHeadline */.ST)(report)}`,
                    summary: markdown,
                    text: report.reasons
                        .map((reason) => `- ${reason.metric} ${reason.rule}: ${reason.sentence}`)
                        .join('\n'),
                    completedAt: report.generated_at,
                    ...(url === undefined ? {} : { detailsUrl: url }),
                    ...(report.candidate.version === null ? {} : { externalId: report.candidate.reference })
                });
                core/* info */.pq(`Check run: ${checkRun.url}`);
            }
            catch (error) {
                core/* warning */.$e(`Could not create the check run (${(0,report_escape/* escapeLog */.Ah)((0,errors/* errorMessage */.gJ)(error))}); the token needs checks: write. The verdict is in the outputs and the job summary.`);
            }
        }
        if (options.boolean('record') === true &&
            outcome.candidate.kind === 'registry' &&
            store !== undefined) {
            const lineage = (0,run_provenance/* lineageContextFor */.I7)('evaluate-gate', context.sha === '' ? {} : { commit: context.sha });
            const record = (0,gate_record_store/* gateVerdictRecordOf */.Fl)(report, (0,run_key/* runIdentityOf */.Zi)(context, now, url), checkRun, lineage);
            if (record !== undefined) {
                const saved = await (0,gate_record_store/* saveGateVerdict */.YP)(store, record);
                core/* info */.pq(`Gate verdict ${saved === 'created' ? 'recorded' : 'already recorded'} for ${record.model} ${record.version} in ${store.location}.`);
            }
        }
        core/* setOutput */.uH('passed', String(report.passed));
        core/* setOutput */.uH('decision', report.verdict);
        core/* setOutput */.uH('report', reportPath);
        core/* setOutput */.uH('check-run-id', checkRun === undefined ? '' : String(checkRun.id));
        await (0,action_report/* writeJobSummary */.C)(markdown);
        const comment = options.choice('comment');
        const wantComment = comment === 'true' || (comment === 'auto' && context.pullRequestNumber !== undefined);
        if (wantComment) {
            if (context.pullRequestNumber === undefined || client === undefined) {
                core/* warning */.$e('comment is true but this run is not for a pull request; no comment was written.');
            }
            else {
                const key = `evaluate-gate${report.candidate.model === null ? '' : `:${report.candidate.model}`}`;
                const link = await (0,pr_comment/* upsertPullRequestComment */.N7)(client, (0,github_client/* currentRepository */.m)(), context.pullRequestNumber, key, markdown);
                if (link !== undefined)
                    core/* info */.pq(`Pull-request comment: ${link}`);
            }
        }
        core/* info */.pq((0,report_escape/* escapeLog */.Ah)(`evaluate-gate: ${report.verdict} — ${report.summary} Report: ${reportPath}`));
        if (!report.passed && options.boolean('fail-on-reject') === true) {
            core/* setFailed */.C1(`evaluate-gate: the gate rejected ${report.candidate.reference}. ${report.summary}`);
        }
    });
}


/***/ }),

/***/ 11152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ writeJobSummary),
/* harmony export */   j: () => (/* binding */ defaultReportPath)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);



/** The runner's summary limit per step (actions/runner: 1024 KiB). */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4096;
/**
 * Where an action writes a report file when the user gave no path: under RUNNER_TEMP (unique per
 * job) so nothing lands in the repository's working tree.
 */
function defaultReportPath(action, kind) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(process.env.RUNNER_TEMP ?? (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'tollgate', `${action}-${kind}.json`);
}
/** Appends markdown to the job summary, cut to stay under the runner's 1 MiB limit. */
async function writeJobSummary(markdown) {
    if (process.env.GITHUB_STEP_SUMMARY === undefined || process.env.GITHUB_STEP_SUMMARY === '')
        return;
    let text = markdown;
    if (Buffer.byteLength(text) > SUMMARY_LIMIT_BYTES) {
        text = `${Buffer.from(text).subarray(0, SUMMARY_LIMIT_BYTES).toString('utf8').replace(/\uFFFD$/, '')}\n\n_… cut to fit the 1 MiB job-summary limit; see the JSON report._\n`;
    }
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(text, true).write();
}


/***/ }),

/***/ 70540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ actionOptions),
/* harmony export */   y: () => (/* binding */ runActionStep)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32635);
/* harmony import */ var _options_option_table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55739);



/** Options of an action, read from its `INPUT_*` variables via @actions/core. */
function actionOptions(table) {
    return new _options_option_table_js__WEBPACK_IMPORTED_MODULE_2__/* .Options */ .JY(table, {
        get: (name) => {
            const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);
            return value === '' ? undefined : value;
        },
        describe: (name) => `input \`${name}\``
    });
}
/**
 * Runs an action body and turns whatever it throws into a failed step with one readable sentence
 * prefixed by the action's name (several Tollgate actions often share a job). Input errors that
 * know their file and line also become an annotation on that line. Stack traces are printed only
 * in debug mode (ACTIONS_STEP_DEBUG), where they help a maintainer and do not bury the message.
 */
async function runActionStep(actionName, body) {
    try {
        await body();
    }
    catch (error) {
        const message = `${actionName} failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`;
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz && error.location.file !== undefined) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(error.detail, {
                title: `${actionName}: invalid input`,
                file: error.location.file,
                startLine: error.location.line,
                startColumn: error.location.column
            });
        }
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TollgateError */ .xB) && error instanceof Error && error.stack !== undefined) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(error.stack);
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(message);
    }
}


/***/ }),

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

/***/ 38805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N7: () => (/* binding */ upsertPullRequestComment),
/* harmony export */   Nw: () => (/* binding */ fitCommentBody)
/* harmony export */ });
/* unused harmony export COMMENT_BODY_LIMIT */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32635);


/** GitHub's limit on a comment body, in characters. */
const COMMENT_BODY_LIMIT = 65536;
/**
 * Creates or updates THE comment of one action on one PR: the body carries a hidden marker
 * (`<!-- tollgate:<key> -->`) and a later run edits that comment in place instead of adding a new
 * one per push. Returns the comment URL, or undefined when commenting was not possible (e.g. a
 * fork PR with a read-only token): that is a warning, never a failed check.
 */
async function upsertPullRequestComment(client, repository, issueNumber, key, body) {
    const marker = `<!-- tollgate:${key} -->`;
    const fullBody = fitCommentBody(`${marker}\n${body}`);
    try {
        const comments = await client.paginate(client.rest.issues.listComments, { ...repository, issue_number: issueNumber, per_page: 100 });
        const existing = comments.find((comment) => comment.body?.startsWith(marker) === true);
        if (existing !== undefined) {
            const { data } = await client.rest.issues.updateComment({ ...repository, comment_id: existing.id, body: fullBody });
            return data.html_url;
        }
        const { data } = await client.rest.issues.createComment({ ...repository, issue_number: issueNumber, body: fullBody });
        return data.html_url;
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not write the pull-request comment (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}). The job summary has the full report.`);
        return undefined;
    }
}
/** Cuts a body to GitHub's limit at a line boundary, with a note where it was cut. */
function fitCommentBody(body) {
    if (body.length <= COMMENT_BODY_LIMIT)
        return body;
    const note = '\n\n_… cut to fit GitHub’s comment size limit; the job summary and the JSON report have everything._\n';
    const room = COMMENT_BODY_LIMIT - note.length;
    const cut = body.lastIndexOf('\n', room);
    // An unclosed code fence would swallow the note: close it.
    let kept = body.slice(0, cut > 0 ? cut : room);
    if ((kept.match(/^```/gm) ?? []).length % 2 === 1)
        kept += '\n```';
    return `${kept}${note}`;
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
