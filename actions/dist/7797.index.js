export const id = 7797;
export const ids = [7797,8805];
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

// EXTERNAL MODULE: ./shared/adapters/runner-commands.ts
var runner_commands = __webpack_require__(72096);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/adapters/action-step.ts
var action_step = __webpack_require__(70540);
// EXTERNAL MODULE: ./shared/adapters/action-lineage.ts + 1 modules
var action_lineage = __webpack_require__(15092);
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
// EXTERNAL MODULE: ./shared/adapters/github-client.ts + 1 modules
var github_client = __webpack_require__(95533);
// EXTERNAL MODULE: ./shared/adapters/html-artifact.ts
var html_artifact = __webpack_require__(2981);
// EXTERNAL MODULE: ./shared/adapters/open-store.ts + 12 modules
var open_store = __webpack_require__(41839);
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
// EXTERNAL MODULE: ./shared/html-report/gate-sections.ts + 1 modules
var gate_sections = __webpack_require__(56391);
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
        const client = token === undefined ? undefined : (0,github_client.createGitHubClient)(token);
        if (client !== undefined) {
            const pullRequest = context.payload.pull_request;
            const headSha = pullRequest?.head?.sha ?? context.sha;
            const name = options.string('check-name') ??
                `Tollgate gate: ${report.candidate.model ?? (0,external_node_path_.basename)(report.candidate.reference)}`;
            try {
                checkRun = await createCheckRun(client, (0,github_client.currentRepository)(), {
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
                runner_commands/* info */.pq(`Check run: ${checkRun.url}`);
            }
            catch (error) {
                runner_commands/* warning */.$e(`Could not create the check run (${(0,report_escape/* escapeLog */.Ah)((0,errors/* errorMessage */.gJ)(error))}); the token needs checks: write. The verdict is in the outputs and the job summary.`);
            }
        }
        // The verdict record's OpenLineage event, sent to the lineage backend at the end.
        let verdictEvent;
        if (options.boolean('record') === true &&
            outcome.candidate.kind === 'registry' &&
            store !== undefined) {
            const lineage = (0,run_provenance/* lineageContextFor */.I7)('evaluate-gate', context.sha === '' ? {} : { commit: context.sha });
            const record = (0,gate_record_store/* gateVerdictRecordOf */.Fl)(report, (0,run_key/* runIdentityOf */.Zi)(context, now, url), checkRun, lineage);
            if (record !== undefined) {
                verdictEvent = record.lineage;
                try {
                    const saved = await (0,gate_record_store/* saveGateVerdict */.YP)(store, record);
                    runner_commands/* info */.pq(`Gate verdict ${saved === 'created' ? 'recorded' : 'already recorded'} for ${record.model} ${record.version} in ${store.location}.`);
                }
                catch (error) {
                    // A fork's read-only token cannot write the store; the verdict still stands as a check.
                    runner_commands/* warning */.$e(`Could not record the verdict in ${store.location} (${(0,report_escape/* escapeLog */.Ah)((0,errors/* errorMessage */.gJ)(error))}); deploy's requires.gate will not see it.`);
                }
            }
        }
        runner_commands/* setOutput */.uH('passed', String(report.passed));
        runner_commands/* setOutput */.uH('decision', report.verdict);
        runner_commands/* setOutput */.uH('report', reportPath);
        runner_commands/* setOutput */.uH('check-run-id', checkRun === undefined ? '' : String(checkRun.id));
        const html = options.boolean('html-report') === true
            ? await (0,html_artifact/* publishHtmlReport */.Vp)((0,gate_sections/* gateReportSections */.c)(report), {
                title: `Tollgate evaluate-gate: ${report.candidate.reference}`,
                status: (0,gate_sections/* gateStatus */._)(report),
                generatedAt: report.generated_at
            }, { name: 'tollgate-evaluate-gate-report' })
            : undefined;
        await (0,action_report/* writeJobSummary */.C)(markdown + (html?.summary ? `\n${html.summary}` : ''));
        const comment = options.choice('comment');
        const wantComment = comment === 'true' || (comment === 'auto' && context.pullRequestNumber !== undefined);
        if (wantComment) {
            if (context.pullRequestNumber === undefined || client === undefined) {
                runner_commands/* warning */.$e('comment is true but this run is not for a pull request; no comment was written.');
            }
            else {
                const key = `evaluate-gate${report.candidate.model === null ? '' : `:${report.candidate.model}`}`;
                const link = await (0,pr_comment.upsertPullRequestComment)(client, (0,github_client.currentRepository)(), context.pullRequestNumber, key, markdown);
                if (link !== undefined)
                    runner_commands/* info */.pq(`Pull-request comment: ${link}`);
            }
        }
        runner_commands/* info */.pq((0,report_escape/* escapeLog */.Ah)(`evaluate-gate: ${report.verdict} — ${report.summary} Report: ${reportPath}`));
        // Sent even when the store refused the record (a fork's read-only token): the verdict was
        // reached all the same, and a rejection is an outcome of the run, not a failure to report.
        await (0,action_lineage/* emitActionLineage */.X)('evaluate-gate', verdictEvent === undefined ? [] : [verdictEvent], {
            url: options.string('lineage-url')
        });
        if (!report.passed && options.boolean('fail-on-reject') === true) {
            runner_commands/* setFailed */.C1(`evaluate-gate: the gate rejected ${report.candidate.reference}. ${report.summary}`);
        }
    });
}


/***/ }),

/***/ 38805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ fitCommentBody),
/* harmony export */   upsertPullRequestComment: () => (/* binding */ upsertPullRequestComment)
/* harmony export */ });
/* unused harmony export COMMENT_BODY_LIMIT */
/* harmony import */ var _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72096);
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
        const comments = await client.paginate(client.rest.issues.listComments, {
            ...repository,
            issue_number: issueNumber,
            per_page: 100
        });
        const existing = comments.find((comment) => comment.body?.startsWith(marker) === true);
        if (existing !== undefined) {
            const { data } = await client.rest.issues.updateComment({
                ...repository,
                comment_id: existing.id,
                body: fullBody
            });
            return data.html_url;
        }
        const { data } = await client.rest.issues.createComment({
            ...repository,
            issue_number: issueNumber,
            body: fullBody
        });
        return data.html_url;
    }
    catch (error) {
        _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not write the pull-request comment (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}). The job summary has the full report.`);
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


/***/ })

};
