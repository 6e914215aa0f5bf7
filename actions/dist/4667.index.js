export const id = 4667;
export const ids = [4667,8805];
export const modules = {

/***/ 83530:
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
// EXTERNAL MODULE: ./shared/adapters/clock.ts
var clock = __webpack_require__(85133);
// EXTERNAL MODULE: ./shared/drift-report/drift-report.ts
var drift_report = __webpack_require__(75959);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/adapters/github-store-errors.ts
var github_store_errors = __webpack_require__(60486);
;// CONCATENATED MODULE: ./shared/adapters/drift-dispatch.ts



/** GitHub's limit on `event_type`. */
const EVENT_TYPE_MAX_LENGTH = 100;
/** Drifted column names sent; the count says how many there were in all. */
const PAYLOAD_COLUMN_LIMIT = 100;
/** The payload of the retraining trigger, from the report. */
function driftDispatchPayload(report, issueNumber, runUrl) {
    const drifted = (0,drift_report/* driftedEntries */.$o)(report).map((entry) => entry.column);
    return {
        subject: report.subject,
        drifted_columns: drifted.slice(0, PAYLOAD_COLUMN_LIMIT),
        drifted_column_count: drifted.length,
        share: report.dataset.share,
        dataset_drift: report.dataset.dataset_drift,
        schema_changes: report.schema_changes.length,
        issue_number: issueNumber ?? null,
        run_url: runUrl ?? null
    };
}
/**
 * Sends a `repository_dispatch` event (e.g. `retrain`) so a retraining workflow starts.
 * Unlike a tag push made with the GITHUB_TOKEN, a repository_dispatch created with it DOES
 * trigger workflows (GitHub docs, "Triggering a workflow from a workflow"); the token needs
 * `contents: write`.
 */
async function sendDriftDispatch(client, repository, eventType, payload) {
    const type = eventType.trim();
    if (type === '' || type.length > EVENT_TYPE_MAX_LENGTH) {
        throw new errors/* UsageError */.eb(`dispatch-event must be a name of 1 to ${EVENT_TYPE_MAX_LENGTH} characters, got ${JSON.stringify(eventType)}`);
    }
    try {
        await client.rest.repos.createDispatchEvent({
            ...repository,
            event_type: type,
            client_payload: payload
        });
    }
    catch (error) {
        throw (0,github_store_errors/* explainAccessError */.Qz)(error, `send the repository_dispatch event ${JSON.stringify(type)}`);
    }
}

// EXTERNAL MODULE: ./shared/adapters/drift-history-store.ts
var drift_history_store = __webpack_require__(77981);
// EXTERNAL MODULE: ./shared/report/escape.ts
var report_escape = __webpack_require__(46682);
// EXTERNAL MODULE: ./shared/drift-report/drift-tables.ts
var drift_tables = __webpack_require__(43024);
;// CONCATENATED MODULE: ./shared/drift-report/drift-issue-text.ts


/**
 * Texts of the drift issue: one issue per subject, recognised by a hidden marker at the top of
 * its body (plus its label), opened on drift, commented on while drift persists, closed with a
 * comment when a run finds none. Every value from data is escaped.
 */
/** Drifted columns listed in an issue body or comment. */
const ISSUE_TABLE_ROWS = 50;
/**
 * The hidden marker identifying the subject's issue. The subject is percent-encoded, so no
 * subject can end the HTML comment early or make another subject's marker a prefix of it.
 */
function driftIssueMarker(subject) {
    return `<!-- tollgate:drift-check subject="${encodeURIComponent(subject)}" -->`;
}
/** True when `body` is the issue of `subject`. */
function isDriftIssueOf(body, subject) {
    return body?.includes(driftIssueMarker(subject)) === true;
}
/** The issue title (plain text on GitHub; control characters are already out of the subject). */
function driftIssueTitle(subject) {
    return `Drift detected: ${subject}`;
}
function runLink(report, runUrl) {
    const id = report.run?.id;
    if (runUrl !== undefined) {
        return `[run ${(0,report_escape/* escapeMarkdown */.FV)(id ?? 'link')}${report.run?.attempt !== undefined && report.run.attempt !== '1' ? ` (attempt ${(0,report_escape/* escapeMarkdown */.FV)(report.run.attempt)})` : ''}](${runUrl})`;
    }
    return id === undefined ? 'a local run' : `run ${(0,report_escape/* escapeMarkdown */.FV)(id)}`;
}
function findings(report) {
    const parts = [];
    const table = (0,drift_tables/* testedColumnsTable */.X$)(report, { onlyDrifted: true, limit: ISSUE_TABLE_ROWS });
    if (table !== '')
        parts.push('**Drifted columns**', '', table, '');
    const schema = (0,drift_tables/* schemaChangesTable */.bL)(report, ISSUE_TABLE_ROWS);
    if (schema !== '')
        parts.push('**Schema changes**', '', schema, '');
    return parts;
}
/** The body of a new drift issue. */
function driftIssueBody(report, runUrl) {
    return [
        driftIssueMarker(report.subject),
        `## Drift detected: ${(0,report_escape/* escapeMarkdown */.FV)(report.subject)}`,
        '',
        `Found by Tollgate drift-check in ${runLink(report, runUrl)} (${report.generated_at}).`,
        '',
        (0,drift_tables/* verdictLine */.MT)(report),
        '',
        (0,drift_tables/* sidesLine */.xe)(report),
        '',
        ...findings(report),
        '---',
        '_This issue is kept up to date by drift-check: later runs comment here while drift persists and close it when a run finds no drift. The job summary of each run has the full table and histograms._',
        ''
    ].join('\n');
}
/** Comment for a run that still finds drift (`reopened`: the issue was closed before). */
function driftUpdateComment(report, runUrl, reopened) {
    return [
        `### ${reopened ? 'Drift detected again' : 'Drift still detected'} — ${runLink(report, runUrl)}`,
        '',
        `${report.generated_at}: ${(0,drift_tables/* verdictLine */.MT)(report)}`,
        '',
        ...findings(report)
    ].join('\n');
}
/** Comment closing the issue when a run finds no drift. */
function driftResolvedComment(report, runUrl) {
    return [
        `### No drift — ${runLink(report, runUrl)}`,
        '',
        `${report.generated_at}: ${report.dataset.drifted_columns} of ${report.dataset.tested_columns} tested columns drifted (share ${(0,drift_tables/* formatScore */.y)(report.dataset.share)}, below ${(0,drift_tables/* formatScore */.y)(report.dataset.drift_share)}) and no schema changes. Closing this issue; drift-check reopens it if drift returns.`,
        ''
    ].join('\n');
}
/** Comment closing an issue that a concurrent run opened for the same subject. */
function driftDuplicateComment(keeperNumber) {
    return `Closing as a duplicate of #${keeperNumber}: another drift-check run for the same subject opened that issue at the same time. Updates continue there.\n`;
}

// EXTERNAL MODULE: ./shared/adapters/pr-comment.ts
var pr_comment = __webpack_require__(38805);
;// CONCATENATED MODULE: ./shared/adapters/drift-issue.ts




/** Colour and description of the drift label when drift-check creates it. */
const LABEL_COLOR = 'd93f0b';
const LABEL_DESCRIPTION = 'Data drift found by Tollgate drift-check';
/**
 * Keeps exactly one issue per subject up to date (the issue's "GitHub" rule):
 * - drift and an open issue: comment on it (and close any extra open ones as duplicates);
 * - drift and only closed ones: reopen the latest (not one closed as a duplicate) with a comment;
 * - drift and none: create it — then list again, and if a concurrent run opened one for the same
 *   subject first (lower number), close ours as its duplicate and comment there instead; both
 *   runs apply the same rule, so exactly one issue stays open whatever the interleaving;
 * - no drift: close every open issue of the subject with a comment.
 * The subject's issues are found by the label plus the hidden marker at the top of the body, so
 * renaming the title does not lose the issue. Access errors become UsageErrors that say which
 * permission the workflow needs.
 */
async function syncDriftIssue(request) {
    const { report } = request;
    if (/[,\n]/.test(request.label) || request.label.trim() === '') {
        throw new errors/* UsageError */.eb(`The issue label ${JSON.stringify(request.label)} must be one non-empty label without commas.`);
    }
    try {
        return await sync(request, report);
    }
    catch (error) {
        throw explainIssueError(error);
    }
}
async function sync(request, report) {
    const { client, repository, runUrl } = request;
    const issues = await subjectIssues(request);
    const open = issues.filter((issue) => issue.state === 'open');
    if (!report.drift_detected) {
        if (open.length === 0)
            return { action: 'none', duplicatesClosed: [] };
        const body = (0,pr_comment/* fitCommentBody */.N)(driftResolvedComment(report, runUrl));
        for (const issue of open) {
            await client.rest.issues.createComment({ ...repository, issue_number: issue.number, body });
            await client.rest.issues.update({
                ...repository,
                issue_number: issue.number,
                state: 'closed',
                state_reason: 'completed'
            });
        }
        return {
            action: 'closed',
            issueNumber: open[0].number,
            url: open[0].htmlUrl,
            duplicatesClosed: []
        };
    }
    if (open.length > 0) {
        const keeper = open[0];
        await comment(request, keeper.number, driftUpdateComment(report, runUrl, false));
        const duplicates = await closeDuplicates(request, open.slice(1), keeper.number);
        return {
            action: 'commented',
            issueNumber: keeper.number,
            url: keeper.htmlUrl,
            duplicatesClosed: duplicates
        };
    }
    const closed = issues
        .filter((issue) => issue.state === 'closed' && issue.stateReason !== 'duplicate')
        .sort((a, b) => b.number - a.number);
    const latest = closed[0];
    if (latest !== undefined) {
        await client.rest.issues.update({ ...repository, issue_number: latest.number, state: 'open' });
        await comment(request, latest.number, driftUpdateComment(report, runUrl, true));
        return {
            action: 'reopened',
            issueNumber: latest.number,
            url: latest.htmlUrl,
            duplicatesClosed: []
        };
    }
    await ensureLabel(request);
    const { data: created } = await client.rest.issues.create({
        ...repository,
        title: driftIssueTitle(report.subject),
        body: (0,pr_comment/* fitCommentBody */.N)(driftIssueBody(report, runUrl)),
        labels: [request.label]
    });
    // A concurrent run may have opened the subject's issue between our listing and our create.
    const earlier = (await subjectIssues(request)).filter((issue) => issue.state === 'open' && issue.number < created.number);
    const keeper = earlier[0];
    if (keeper === undefined) {
        return {
            action: 'opened',
            issueNumber: created.number,
            url: created.html_url,
            duplicatesClosed: []
        };
    }
    const duplicates = await closeDuplicates(request, [{ number: created.number, state: 'open', stateReason: null, htmlUrl: created.html_url }], keeper.number);
    await comment(request, keeper.number, driftUpdateComment(report, runUrl, false));
    return {
        action: 'commented',
        issueNumber: keeper.number,
        url: keeper.htmlUrl,
        duplicatesClosed: duplicates
    };
}
/** Every issue (open or closed, no pull requests) with the label and this subject's marker, by number. */
async function subjectIssues(request) {
    const { client, repository, report } = request;
    const all = await client.paginate(client.rest.issues.listForRepo, {
        ...repository,
        labels: request.label,
        state: 'all',
        per_page: 100
    });
    return all
        .filter((issue) => issue.pull_request === undefined && isDriftIssueOf(issue.body, report.subject))
        .map((issue) => ({
        number: issue.number,
        state: issue.state === 'open' ? 'open' : 'closed',
        stateReason: issue.state_reason ?? null,
        htmlUrl: issue.html_url
    }))
        .sort((a, b) => a.number - b.number);
}
async function comment(request, issueNumber, body) {
    await request.client.rest.issues.createComment({
        ...request.repository,
        issue_number: issueNumber,
        body: (0,pr_comment/* fitCommentBody */.N)(body)
    });
}
async function closeDuplicates(request, duplicates, keeperNumber) {
    for (const duplicate of duplicates) {
        await comment(request, duplicate.number, driftDuplicateComment(keeperNumber));
        await request.client.rest.issues.update({
            ...request.repository,
            issue_number: duplicate.number,
            state: 'closed',
            state_reason: 'duplicate'
        });
    }
    return duplicates.map((duplicate) => duplicate.number);
}
/** Creates the label with drift-check's colour when the repository has none by that name. */
async function ensureLabel(request) {
    const { client, repository, label } = request;
    try {
        await client.rest.issues.getLabel({ ...repository, name: label });
        return;
    }
    catch (error) {
        if (!(0,github_store_errors/* isNotFound */.c4)(error))
            throw error;
    }
    try {
        await client.rest.issues.createLabel({
            ...repository,
            name: label,
            color: LABEL_COLOR,
            description: LABEL_DESCRIPTION
        });
    }
    catch (error) {
        // A concurrent run created it first: fine.
        if (!(0,github_store_errors/* isAlreadyExists */.x9)(error))
            throw error;
    }
}
function explainIssueError(error) {
    const explained = (0,github_store_errors/* explainAccessError */.Qz)(error, 'open, comment on or close the drift issue');
    if (explained instanceof errors/* UsageError */.eb) {
        return new errors/* UsageError */.eb(explained.message.replace('needs `permissions: contents: write`', 'needs `permissions: issues: write`'));
    }
    return explained;
}

// EXTERNAL MODULE: ./shared/adapters/github-client.ts + 1 modules
var github_client = __webpack_require__(95533);
// EXTERNAL MODULE: ./shared/adapters/user-files.ts
var user_files = __webpack_require__(24574);
// EXTERNAL MODULE: ./shared/adapters/workflow-context.ts
var workflow_context = __webpack_require__(93324);
// EXTERNAL MODULE: ./shared/drift-report/drift-history.ts
var drift_history = __webpack_require__(46781);
// EXTERNAL MODULE: ./shared/drift-report/drift-subject.ts
var drift_subject = __webpack_require__(99269);
// EXTERNAL MODULE: ./shared/report/mermaid-charts.ts
var mermaid_charts = __webpack_require__(11830);
;// CONCATENATED MODULE: ./shared/drift-report/drift-charts.ts


/** Bars drawn at most per chart; smaller categories are summed into one "other" bar. */
const CHART_MAX_BARS = 20;
/**
 * A Mermaid chart of one column's distribution on both sides, as percentages of each side's
 * values: the reference as bars, the current data as a line over them (xychart-beta draws
 * several bar series on top of each other, so a bar and a line stay readable). Interval bins
 * are labelled by their lower edge; labels from data pass through escapeMermaid.
 */
function driftHistogramChart(column, histogram) {
    const bins = histogram.type === 'intervals' ? intervalBins(histogram) : categoryBins(histogram);
    const percent = (share) => String(Math.round(share * 10000) / 100);
    const top = Math.max(...bins.map((bin) => Math.max(bin.reference, bin.current)), 0);
    return [
        '```mermaid',
        'xychart-beta',
        `  title "${(0,report_escape/* escapeMermaid */.Fw)(column)}: reference (bars) vs current (line)"`,
        `  x-axis [${bins.map((bin) => `"${(0,report_escape/* escapeMermaid */.Fw)(bin.label, 20)}"`).join(', ')}]`,
        `  y-axis "% of values" 0 --> ${Math.max(1, Math.ceil(top * 100))}`,
        `  bar [${bins.map((bin) => percent(bin.reference)).join(', ')}]`,
        `  line [${bins.map((bin) => percent(bin.current)).join(', ')}]`,
        '```'
    ].join('\n');
}
function intervalBins(histogram) {
    const count = histogram.reference.length;
    const bins = histogram.reference.map((reference, index) => ({
        label: index === 0 && histogram.open_lower
            ? `under ${(0,mermaid_charts/* shortNumber */.In)(histogram.edges[1] ?? histogram.edges[0])}`
            : (0,mermaid_charts/* shortNumber */.In)(histogram.edges[index]),
        reference,
        current: histogram.current[index] ?? 0
    }));
    if (count <= CHART_MAX_BARS)
        return bins;
    // Merge neighbouring bins pairwise until the chart fits; edges stay lower edges.
    let merged = bins;
    while (merged.length > CHART_MAX_BARS) {
        const next = [];
        for (let i = 0; i < merged.length; i += 2) {
            const first = merged[i];
            const second = merged[i + 1];
            next.push(second === undefined
                ? first
                : {
                    label: first.label,
                    reference: first.reference + second.reference,
                    current: first.current + second.current
                });
        }
        merged = next;
    }
    return merged;
}
function categoryBins(histogram) {
    const bins = histogram.labels.map((label, index) => ({
        label: String(label),
        reference: histogram.reference[index] ?? 0,
        current: histogram.current[index] ?? 0
    }));
    bins.sort((a, b) => b.reference + b.current - (a.reference + a.current));
    const kept = bins.slice(0, CHART_MAX_BARS - 1);
    const rest = bins.slice(CHART_MAX_BARS - 1);
    let otherReference = rest.reduce((sum, bin) => sum + bin.reference, 0);
    let otherCurrent = rest.reduce((sum, bin) => sum + bin.current, 0);
    if (histogram.other !== undefined) {
        otherReference += histogram.other.reference;
        otherCurrent += histogram.other.current;
    }
    if (bins.length <= CHART_MAX_BARS && histogram.other === undefined)
        return bins;
    return [...kept, { label: 'other', reference: otherReference, current: otherCurrent }];
}

;// CONCATENATED MODULE: ./shared/drift-report/drift-summary.ts




/** Columns drawn as histograms in the job summary. */
const SUMMARY_CHARTED_COLUMNS = 5;
const SUMMARY_TABLE_ROWS = 200;
/**
 * The job summary of drift-check: verdict, what was compared, the table of tested columns
 * (drifted first), schema changes, untested columns with reasons, and Mermaid histograms of the
 * most drifted columns (reference bars, current line).
 */
function driftSummaryMarkdown(report, options = {}) {
    const verdict = report.drift_detected ? 'drift detected' : 'no drift';
    const lines = [`## drift-check: ${(0,report_escape/* escapeMarkdown */.FV)(report.subject)} — ${verdict}`, ''];
    lines.push((0,drift_tables/* verdictLine */.MT)(report), '', (0,drift_tables/* sidesLine */.xe)(report), '');
    if (!report.dataset.exact) {
        lines.push('_Approximate: columns marked ≈ were compared with the reference profile’s quantile sketch or top-values summary, not with exact data._', '');
    }
    const tested = (0,drift_tables/* testedColumnsTable */.X$)(report, { onlyDrifted: false, limit: SUMMARY_TABLE_ROWS });
    if (tested !== '')
        lines.push(tested, '');
    const schema = (0,drift_tables/* schemaChangesTable */.bL)(report, SUMMARY_TABLE_ROWS);
    if (schema !== '')
        lines.push('### Schema changes', '', schema, '');
    const untested = (0,drift_tables/* untestedColumnsTable */.A2)(report, SUMMARY_TABLE_ROWS);
    if (untested !== '')
        lines.push('### Columns not tested', '', untested, '');
    const charted = (0,drift_report/* driftedEntries */.$o)(report)
        .filter((entry) => entry.test?.histogram !== undefined)
        .slice(0, SUMMARY_CHARTED_COLUMNS);
    if (charted.length > 0) {
        lines.push('### Most drifted columns', '');
        for (const entry of charted) {
            const test = entry.test;
            lines.push(`**${(0,report_escape/* codeSpan */.SS)(entry.column)}** — ${(0,report_escape/* escapeMarkdown */.FV)(test.method_label ?? '')}: ${(0,report_escape/* escapeMarkdown */.FV)(test.method_reason, 200)}`, '', driftHistogramChart(entry.column, test.histogram), '');
        }
    }
    if (options.runUrl !== undefined)
        lines.push(`[Workflow run](${options.runUrl})`, '');
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./shared/operations/drift-check.ts + 30 modules
var drift_check = __webpack_require__(14603);
// EXTERNAL MODULE: ./shared/operations/drift-options.ts
var drift_options = __webpack_require__(12857);
// EXTERNAL MODULE: ./shared/operations/drift-request.ts + 1 modules
var drift_request = __webpack_require__(23333);
// EXTERNAL MODULE: ./shared/operations/spc-request.ts + 2 modules
var spc_request = __webpack_require__(47599);
;// CONCATENATED MODULE: ./actions/drift-check/main.ts





















/** The inputs this action reads (checked against action.yml by the metadata test). */
const inputs = drift_options/* driftCheckOptions */.G;
/**
 * drift-check: compare current data with a reference, write the report, summary and outputs,
 * then keep the subject's issue up to date, optionally dispatch a retraining event, and append
 * the scores to the drift history. Every GitHub effect is attempted even when an earlier one
 * failed, and the step then fails naming each failure: an alert that could not be delivered must
 * not pass silently.
 */
async function run() {
    await (0,action_step/* runActionStep */.y)('drift-check', async () => {
        const options = (0,action_step/* actionOptions */.R)(drift_options/* driftCheckOptions */.G);
        const context = (0,workflow_context/* readWorkflowContext */.F)();
        const url = (0,workflow_context/* runUrl */.V)(context);
        const token = options.string('token');
        const invocation = (0,drift_request/* driftInvocation */.Y)(options, {
            defaultStore: 'github',
            cwd: process.cwd(),
            now: (0,clock/* nowFromEnvironment */.g)(),
            ...(token === undefined ? {} : { token }),
            run: {
                id: context.runId,
                attempt: context.runAttempt,
                ...(url === undefined ? {} : { url })
            }
        });
        const report = await (0,drift_check/* driftCheck */.W)(invocation.request);
        const reportPath = options.string('report-path') ?? (0,action_report/* defaultReportPath */.j)('drift-check', 'report');
        (0,user_files/* writeJsonFile */.An)(reportPath, report);
        const metricsPath = (0,external_node_path_.join)((0,external_node_path_.dirname)(reportPath), 'drift-check-metrics.json');
        (0,user_files/* writeJsonFile */.An)(metricsPath, (0,drift_history/* driftMetricsJson */.dd)(report));
        const drifted = (0,drift_report/* driftedEntries */.$o)(report).map((entry) => entry.column);
        core/* setOutput */.uH('drift-detected', String(report.drift_detected));
        core/* setOutput */.uH('drifted-columns', drifted.join(','));
        core/* setOutput */.uH('share', String(report.dataset.share));
        core/* setOutput */.uH('report', reportPath);
        core/* setOutput */.uH('metrics', metricsPath);
        await (0,action_report/* writeJobSummary */.C)(driftSummaryMarkdown(report, url === undefined ? {} : { runUrl: url }));
        for (const entry of report.columns) {
            if (entry.status === 'error') {
                core/* warning */.$e((0,report_escape/* escapeLog */.Ah)(`${entry.column}: ${entry.message ?? 'not testable'}`), {
                    title: 'drift-check: column not tested'
                });
            }
        }
        const failures = [];
        let issueNumber = '';
        if (options.boolean('issue')) {
            try {
                const outcome = await syncDriftIssue({
                    client: (0,github_client.createGitHubClient)(options.requiredString('token')),
                    repository: (0,github_client.currentRepository)(),
                    report,
                    label: options.requiredString('label'),
                    ...(url === undefined ? {} : { runUrl: url })
                });
                issueNumber = outcome.issueNumber === undefined ? '' : String(outcome.issueNumber);
                if (outcome.action !== 'none') {
                    core/* info */.pq(`Drift issue #${outcome.issueNumber}: ${outcome.action} (${outcome.url ?? ''})`);
                }
            }
            catch (error) {
                failures.push(`the drift issue could not be updated: ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
        }
        core/* setOutput */.uH('issue-number', issueNumber);
        const eventType = options.string('dispatch-event');
        if (eventType !== undefined && report.drift_detected) {
            try {
                await sendDriftDispatch((0,github_client.createGitHubClient)(options.requiredString('token')), (0,github_client.currentRepository)(), eventType, driftDispatchPayload(report, issueNumber === '' ? undefined : Number(issueNumber), url));
                core/* info */.pq(`Sent repository_dispatch ${(0,report_escape/* escapeLog */.Ah)(eventType)}.`);
            }
            catch (error) {
                failures.push(`the repository_dispatch event could not be sent: ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
        }
        if (invocation.history) {
            try {
                const written = await (0,drift_history_store/* appendDriftHistory */.G)(await invocation.store(), report, (0,drift_subject/* driftSeriesName */.mB)(report.subject), (0,spc_request/* workflowRunIdentity */.dr)());
                core/* info */.pq(`Drift history: ${written.outcome === 'created' ? 'recorded' : 'already recorded'} ${written.key} in ${written.storeSeries} (chart it with spc-check series ${written.series}).`);
            }
            catch (error) {
                failures.push(`the drift history could not be written: ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
        }
        core/* info */.pq((0,report_escape/* escapeLog */.Ah)(`drift-check ${report.subject}: ${report.dataset.drifted_columns} of ${report.dataset.tested_columns} tested columns drifted (share ${report.dataset.share}); ${report.schema_changes.length} schema change(s). Report: ${reportPath}`));
        if (failures.length > 0)
            throw new Error(failures.join('; '));
        if (report.drift_detected && options.boolean('fail-on-drift')) {
            core/* setFailed */.C1((0,report_escape/* escapeLog */.Ah)(`drift-check: drift detected for ${report.subject}${drifted.length > 0 ? ` in ${drifted.slice(0, 5).join(', ')}${drifted.length > 5 ? ', …' : ''}` : ''}${report.schema_changes.length > 0 ? `; ${report.schema_changes.length} schema change(s)` : ''}`));
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

/***/ 38805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ fitCommentBody),
/* harmony export */   upsertPullRequestComment: () => (/* binding */ upsertPullRequestComment)
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

/***/ 32635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   cs: () => (/* binding */ IntegrityError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   xB: () => (/* binding */ TollgateError)
/* harmony export */ });
/* unused harmony exports NotYetAvailableError, formatLocation, notYetAvailable */
/**
 * Errors a user can act on. Everything Tollgate rejects is one of these, so the CLI can map it
 * to exit code 2 and an action can fail its step with a sentence instead of a stack trace
 * (DESIGN.md §8). Anything else that escapes is a bug or an outage.
 */
/** Base class: carries the CLI exit code that the error maps to. */
class TollgateError extends Error {
    exitCode = 2;
}
/** A command-line option or action input is missing or malformed. */
class UsageError extends TollgateError {
    name = 'UsageError';
}
/** The content of a user file (data, checks, config, history) is malformed. */
class InputError extends TollgateError {
    name = 'InputError';
    location;
    detail;
    constructor(location, detail) {
        super(`${formatLocation(location)}: ${detail}`);
        this.location = location;
        this.detail = detail;
    }
}
/** A stored record failed its integrity check (sha256 mismatch, truncated or unparsable). */
class IntegrityError extends TollgateError {
    name = 'IntegrityError';
}
/** The named feature exists in the interface but is not built yet; never pretend to pass. */
class NotYetAvailableError extends (/* unused pure expression or super */ null && (TollgateError)) {
    name = 'NotYetAvailableError';
}
/**
 * Renders a location as `file:line:column (row N, column "x")`, the compiler-style prefix that
 * editors and GitHub annotations understand, followed by the table coordinates when known.
 */
function formatLocation(location) {
    let text = location.file ?? '<input>';
    if (location.line !== undefined) {
        text += `:${location.line}`;
        if (location.column !== undefined)
            text += `:${location.column}`;
    }
    const extra = [];
    if (location.row !== undefined)
        extra.push(`row ${location.row}`);
    if (location.field !== undefined)
        extra.push(`column ${JSON.stringify(location.field)}`);
    if (extra.length > 0)
        text += ` (${extra.join(', ')})`;
    return text;
}
/** Normalises anything thrown into a message string. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}
/** Exit code for anything thrown: 2 for user errors, 70 (EX_SOFTWARE) for bugs and outages. */
function exitCodeFor(error) {
    return error instanceof TollgateError ? error.exitCode : 70;
}
/** The error an action or command that is declared but not built yet fails with. */
function notYetAvailable(feature) {
    return new NotYetAvailableError(`${feature} is not yet available in this version of Tollgate. The interface is published so ` +
        'workflows can be prepared, but the step fails rather than pretend to pass.');
}


/***/ }),

/***/ 55739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ parseNumber),
/* harmony export */   JY: () => (/* binding */ Options),
/* harmony export */   ry: () => (/* binding */ splitList)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);

/**
 * Typed, strict access to the options of one operation. Values are validated when read so a
 * typo fails the run with a sentence that names the option, instead of becoming NaN downstream.
 */
class Options {
    table;
    source;
    constructor(table, source) {
        this.table = table;
        this.source = source;
    }
    /** The raw string (or the table default), undefined when neither exists. */
    raw(name) {
        const spec = this.spec(name);
        const value = this.source.get(name);
        if (value !== undefined && value !== '')
            return value;
        // An empty default (as action.yml declares for optional paths) means "not given".
        return spec.default === '' ? undefined : spec.default;
    }
    /** True when the user gave the option explicitly (defaults do not count). */
    has(name) {
        const value = this.source.get(name);
        return value !== undefined && value !== '';
    }
    string(name) {
        return this.raw(name);
    }
    requiredString(name) {
        const value = this.raw(name);
        if (value === undefined || value.trim() === '') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`Missing required ${this.source.describe(name)}: ${this.spec(name).description}`);
        }
        return value;
    }
    number(name) {
        const value = this.raw(name);
        if (value === undefined)
            return undefined;
        return parseNumber(value.trim(), () => `${this.source.describe(name)} must be a number, got ${JSON.stringify(value)}`);
    }
    integer(name) {
        const value = this.number(name);
        if (value === undefined)
            return undefined;
        if (!Number.isInteger(value)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${this.source.describe(name)} must be a whole number, got ${value}`);
        }
        return value;
    }
    boolean(name) {
        const value = this.raw(name);
        if (value === undefined)
            return undefined;
        // The YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts.
        if (['true', 'True', 'TRUE'].includes(value.trim()))
            return true;
        if (['false', 'False', 'FALSE'].includes(value.trim()))
            return false;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${this.source.describe(name)} must be true or false, got ${JSON.stringify(value)}`);
    }
    choice(name) {
        const value = this.raw(name);
        if (value === undefined)
            return undefined;
        const choices = this.spec(name).choices ?? [];
        const trimmed = value.trim();
        if (!choices.includes(trimmed)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${this.source.describe(name)} must be one of ${choices.join(', ')}; got ${JSON.stringify(value)}`);
        }
        return trimmed;
    }
    /** Comma- or newline-separated items, trimmed, empty items dropped. */
    list(name) {
        const value = this.raw(name);
        if (value === undefined)
            return [];
        return splitList(value);
    }
    spec(name) {
        const spec = this.table[name];
        if (spec === undefined)
            throw new Error(`Bug: option ${name} is not declared in its option table`);
        return spec;
    }
}
/** Splits a comma- or newline-separated list, trimming items and dropping empty ones. */
function splitList(value) {
    return value
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
/** Strict number parsing: rejects '', '12abc', 'NaN' and hex that Number() would accept. */
function parseNumber(text, message) {
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) && !/^[+-]?Infinity$/.test(text)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(message());
    }
    return Number(text);
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

/***/ 28863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ closestName)
/* harmony export */ });
/* unused harmony export editDistance */
/**
 * "Did you mean" suggestions for option names and checks-file keys: a typo such as `beteen:` should
 * be answered with the key the user meant, not only with the fact that it is unknown.
 */
/** The candidate within edit distance 2 of `name`, if any (Levenshtein). */
function closestName(name, candidates) {
    let best;
    let bestDistance = 3;
    for (const candidate of candidates) {
        const distance = editDistance(name, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
function editDistance(a, b) {
    const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = previous[0];
        previous[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = previous[j];
            previous[j] = Math.min(above + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return previous[b.length];
}


/***/ }),

/***/ 84402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ TOLLGATE_VERSION)
/* harmony export */ });
/** Tollgate's version, recorded in every report, profile and lineage event. */
const TOLLGATE_VERSION = '0.1.0';


/***/ })

};
