export const id = 3530;
export const ids = [3530,8805];
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
// EXTERNAL MODULE: ./shared/adapters/clock.ts
var clock = __webpack_require__(85133);
// EXTERNAL MODULE: ./shared/adapters/data-run-lineage.ts + 3 modules
var data_run_lineage = __webpack_require__(6235);
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
// EXTERNAL MODULE: ./shared/adapters/html-artifact.ts
var html_artifact = __webpack_require__(2981);
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

// EXTERNAL MODULE: ./shared/html-report/drift-sections.ts
var drift_sections = __webpack_require__(42709);
// EXTERNAL MODULE: ./shared/operations/drift-check.ts + 29 modules
var drift_check = __webpack_require__(26970);
// EXTERNAL MODULE: ./shared/operations/drift-options.ts
var drift_options = __webpack_require__(12857);
// EXTERNAL MODULE: ./shared/operations/drift-request.ts
var drift_request = __webpack_require__(49986);
// EXTERNAL MODULE: ./shared/operations/spc-request.ts
var spc_request = __webpack_require__(373);
// EXTERNAL MODULE: ./shared/shard/shard-spec.ts
var shard_spec = __webpack_require__(30225);
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
        // Matrix sharding: a shard job writes a partial of the current data; the merge job compares
        // as one run would. The artifact client is loaded only in these modes.
        const shard = options.string('shard');
        if (shard !== undefined) {
            const { runDriftShardStep } = await Promise.all(/* import() */[__webpack_require__.e(1371), __webpack_require__.e(6518), __webpack_require__.e(3790), __webpack_require__.e(9747), __webpack_require__.e(273)]).then(__webpack_require__.bind(__webpack_require__, 80273));
            return runDriftShardStep(options, (0,shard_spec/* parseShardSpec */.d7)(shard, 'input `shard`'));
        }
        const context = (0,workflow_context/* readWorkflowContext */.F)();
        const url = (0,workflow_context/* runUrl */.V)(context);
        const token = options.string('token');
        const surface = {
            defaultStore: 'github',
            cwd: process.cwd(),
            now: (0,clock/* nowFromEnvironment */.g)(),
            ...(token === undefined ? {} : { token }),
            run: {
                id: context.runId,
                attempt: context.runAttempt,
                ...(url === undefined ? {} : { url })
            }
        };
        const invocation = options.boolean('merge') === true
            ? await (await Promise.all(/* import() */[__webpack_require__.e(1371), __webpack_require__.e(6518), __webpack_require__.e(3790), __webpack_require__.e(9747), __webpack_require__.e(273)]).then(__webpack_require__.bind(__webpack_require__, 80273))).driftMergeInvocation(options, surface)
            : (0,drift_request/* driftInvocation */.Y)(options, surface);
        const report = await (0,drift_check/* driftCheck */.W)(invocation.request);
        const reportPath = options.string('report-path') ?? (0,action_report/* defaultReportPath */.j)('drift-check', 'report');
        (0,user_files/* writeJsonFile */.An)(reportPath, report);
        const metricsPath = (0,external_node_path_.join)((0,external_node_path_.dirname)(reportPath), 'drift-check-metrics.json');
        (0,user_files/* writeJsonFile */.An)(metricsPath, (0,drift_history/* driftMetricsJson */.dd)(report));
        const drifted = (0,drift_report/* driftedEntries */.$o)(report).map((entry) => entry.column);
        runner_commands/* setOutput */.uH('drift-detected', String(report.drift_detected));
        runner_commands/* setOutput */.uH('drifted-columns', drifted.join(','));
        runner_commands/* setOutput */.uH('share', String(report.dataset.share));
        runner_commands/* setOutput */.uH('report', reportPath);
        runner_commands/* setOutput */.uH('metrics', metricsPath);
        const html = options.boolean('html-report') === true
            ? await (0,html_artifact/* publishHtmlReport */.Vp)((0,drift_sections/* driftReportSections */.q$)(report), {
                title: `Tollgate drift-check: ${report.subject}`,
                status: (0,drift_sections/* driftStatus */.wM)(report),
                generatedAt: report.generated_at
            }, { name: 'tollgate-drift-check-report' })
            : undefined;
        await (0,action_report/* writeJobSummary */.C)(driftSummaryMarkdown(report, url === undefined ? {} : { runUrl: url }) +
            (html?.summary ? `\n${html.summary}` : ''));
        for (const entry of report.columns) {
            if (entry.status === 'error') {
                runner_commands/* warning */.$e((0,report_escape/* escapeLog */.Ah)(`${entry.column}: ${entry.message ?? 'not testable'}`), {
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
                    runner_commands/* info */.pq(`Drift issue #${outcome.issueNumber}: ${outcome.action} (${outcome.url ?? ''})`);
                }
            }
            catch (error) {
                failures.push(`the drift issue could not be updated: ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
        }
        runner_commands/* setOutput */.uH('issue-number', issueNumber);
        const eventType = options.string('dispatch-event');
        if (eventType !== undefined && report.drift_detected) {
            try {
                await sendDriftDispatch((0,github_client.createGitHubClient)(options.requiredString('token')), (0,github_client.currentRepository)(), eventType, driftDispatchPayload(report, issueNumber === '' ? undefined : Number(issueNumber), url));
                runner_commands/* info */.pq(`Sent repository_dispatch ${(0,report_escape/* escapeLog */.Ah)(eventType)}.`);
            }
            catch (error) {
                failures.push(`the repository_dispatch event could not be sent: ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
        }
        if (invocation.history) {
            try {
                const written = await (0,drift_history_store/* appendDriftHistory */.G)(await invocation.store(), report, (0,drift_subject/* driftSeriesName */.mB)(report.subject), (0,spc_request/* workflowRunIdentity */.dr)());
                runner_commands/* info */.pq(`Drift history: ${written.outcome === 'created' ? 'recorded' : 'already recorded'} ${written.key} in ${written.storeSeries} (chart it with spc-check series ${written.series}).`);
            }
            catch (error) {
                failures.push(`the drift history could not be written: ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
        }
        // A run that keeps history keeps its lineage event beside it (the store's `lineage` series),
        // where deploy's lineage graph finds drift runs. A store that could not be opened was already
        // reported as a history failure above; the event is then only sent.
        await (0,action_lineage/* emitActionLineage */.X)('drift-check', () => (0,data_run_lineage/* driftCheckRunEvents */.ym)({ report, cwd: process.cwd() }), {
            url: options.string('lineage-url'),
            store: invocation.history ? await invocation.store().catch(() => undefined) : undefined
        });
        runner_commands/* info */.pq((0,report_escape/* escapeLog */.Ah)(`drift-check ${report.subject}: ${report.dataset.drifted_columns} of ${report.dataset.tested_columns} tested columns drifted (share ${report.dataset.share}); ${report.schema_changes.length} schema change(s). Report: ${reportPath}`));
        if (failures.length > 0)
            throw new Error(failures.join('; '));
        if (report.drift_detected && options.boolean('fail-on-drift')) {
            runner_commands/* setFailed */.C1((0,report_escape/* escapeLog */.Ah)(`drift-check: drift detected for ${report.subject}${drifted.length > 0 ? ` in ${drifted.slice(0, 5).join(', ')}${drifted.length > 5 ? ', …' : ''}` : ''}${report.schema_changes.length > 0 ? `; ${report.schema_changes.length} schema change(s)` : ''}`));
        }
    });
}


/***/ }),

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

/***/ 43483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ barChartSvg)
/* harmony export */ });
/* harmony import */ var _axis_scale_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84753);
/* harmony import */ var _chart_frame_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98967);
/* harmony import */ var _display_number_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69755);
/* harmony import */ var _markup_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78643);




const DEFAULT_WIDTH = 760;
const DEFAULT_HEIGHT = 300;
const CATEGORY_LABEL_LENGTH = 14;
const MAX_X_LABELS = 24;
/** The chart as an `<svg>` element. Bars carry `bar series-<i>` classes (one per bin and series). */
function barChartSvg(spec) {
    const width = spec.width ?? DEFAULT_WIDTH;
    const height = spec.height ?? DEFAULT_HEIGHT;
    const slots = spec.bins.kind === 'intervals'
        ? Math.max(0, spec.bins.edges.length - 1)
        : spec.bins.labels.length;
    const share = spec.valueFormat === 'share';
    const values = spec.series.flatMap((series) => series.values.slice(0, slots).filter(Number.isFinite));
    const yTicks = (0,_axis_scale_js__WEBPACK_IMPORTED_MODULE_2__/* .niceTicks */ .at)(0, Math.max(0, ...values) || (share ? 0.1 : 1), 5, !share && values.every(Number.isInteger));
    const format = (value) => share ? `${(0,_axis_scale_js__WEBPACK_IMPORTED_MODULE_2__/* .tickLabel */ .q5)(value * 100, yTicks.step * 100)}%` : (0,_axis_scale_js__WEBPACK_IMPORTED_MODULE_2__/* .tickLabel */ .q5)(value, yTicks.step);
    const legend = spec.series.length > 1
        ? spec.series.map((series) => ({
            label: series.label,
            tone: series.tone,
            swatch: 'box'
        }))
        : [];
    const categoryLabels = spec.bins.kind === 'categories'
        ? spec.bins.labels.map((label) => (0,_markup_js__WEBPACK_IMPORTED_MODULE_1__/* .truncateText */ .EJ)(label, CATEGORY_LABEL_LENGTH))
        : [];
    const rotate = spec.bins.kind === 'categories' &&
        categoryLabels.some((label) => (0,_chart_frame_js__WEBPACK_IMPORTED_MODULE_0__/* .textWidth */ .sc)(label) > (width - 120) / Math.max(1, slots) - 4);
    const left = 30 + Math.max(...yTicks.values.map((value) => (0,_chart_frame_js__WEBPACK_IMPORTED_MODULE_0__/* .textWidth */ .sc)(format(value))));
    const right = 24;
    const top = 8 + (0,_chart_frame_js__WEBPACK_IMPORTED_MODULE_0__/* .legendHeight */ .vi)(legend, width - left - right);
    const bottom = rotate ? 112 : 46;
    const area = { left, top, width: width - left - right, height: height - top - bottom };
    const slotWidth = slots === 0 ? area.width : area.width / slots;
    const y = (0,_axis_scale_js__WEBPACK_IMPORTED_MODULE_2__/* .linearScale */ .om)([yTicks.min, yTicks.max], [area.top + area.height, area.top]);
    const gap = Math.min(2, slotWidth * 0.1);
    const bars = spec.series.map((series, index) => {
        const rects = [];
        for (let slot = 0; slot < slots; slot++) {
            const value = series.values[slot];
            if (value === undefined || !Number.isFinite(value))
                continue;
            const top = y(Math.max(0, value));
            const shown = share ? `${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_3__/* .displayNumber */ .o)(value * 100, 3)}%` : (0,_display_number_js__WEBPACK_IMPORTED_MODULE_3__/* .displayNumber */ .o)(value);
            // Overlaid series are inset a little so the lower one stays visible at its edges.
            const inset = index === 0 ? gap / 2 : gap / 2 + Math.min(3, slotWidth * 0.15);
            rects.push((0,_markup_js__WEBPACK_IMPORTED_MODULE_1__/* .safeHtml */ .b5) `<rect class="bar series-${index} tone-${series.tone}" x="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_1__/* .svgNumber */ .Ah)(area.left + slot * slotWidth + inset)}" y="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_1__/* .svgNumber */ .Ah)(top)}" width="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_1__/* .svgNumber */ .Ah)(Math.max(0.5, slotWidth - 2 * inset))}" height="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_1__/* .svgNumber */ .Ah)(Math.max(0, area.top + area.height - top))}"><title>${binName(spec.bins, slot)} — ${series.label}: ${shown}</title></rect>`);
        }
        return (0,_markup_js__WEBPACK_IMPORTED_MODULE_1__/* .safeHtml */ .b5) `<g class="bars series-${index}">${rects}</g>`;
    });
    return (0,_chart_frame_js__WEBPACK_IMPORTED_MODULE_0__/* .chartSvg */ .nS)({
        width,
        height,
        title: spec.title,
        description: spec.description,
        className: 'chart-svg bar-chart',
        body: [
            (0,_chart_frame_js__WEBPACK_IMPORTED_MODULE_0__/* .yAxisMarkup */ .Fm)(area, yTicks, spec.yLabel, format),
            (0,_chart_frame_js__WEBPACK_IMPORTED_MODULE_0__/* .xAxisMarkup */ .qN)(area, xTicks(spec.bins, area, slotWidth, categoryLabels), spec.xLabel, {
                rotate
            }),
            (0,_markup_js__WEBPACK_IMPORTED_MODULE_1__/* .safeHtml */ .b5) `<g class="series">${bars}</g>`,
            (0,_chart_frame_js__WEBPACK_IMPORTED_MODULE_0__/* .legendMarkup */ .aK)(legend, area.left, 8, area.width)
        ]
    });
}
/** Tick labels: bin edges for intervals, names under the bars for categories; thinned to fit. */
function xTicks(bins, area, slotWidth, categoryLabels) {
    if (bins.kind === 'categories') {
        const every = Math.ceil(categoryLabels.length / MAX_X_LABELS);
        return categoryLabels.flatMap((label, slot) => slot % every === 0 ? [{ position: area.left + (slot + 0.5) * slotWidth, label }] : []);
    }
    const edges = bins.edges;
    const labels = edges.map((edge, index) => {
        if (index === 0 && bins.openLower === true)
            return '−∞';
        if (index === edges.length - 1 && bins.openUpper === true)
            return '+∞';
        return (0,_display_number_js__WEBPACK_IMPORTED_MODULE_3__/* .displayNumber */ .o)(edge, 3);
    });
    const widest = Math.max(...labels.map(_chart_frame_js__WEBPACK_IMPORTED_MODULE_0__/* .textWidth */ .sc), 1);
    const every = Math.max(1, Math.ceil((widest + 8) / Math.max(1, slotWidth)));
    return labels.flatMap((label, index) => index % every === 0 ? [{ position: area.left + index * slotWidth, label }] : []);
}
function binName(bins, slot) {
    if (bins.kind === 'categories')
        return bins.labels[slot] ?? '';
    const low = slot === 0 && bins.openLower === true ? '−∞' : (0,_display_number_js__WEBPACK_IMPORTED_MODULE_3__/* .displayNumber */ .o)(bins.edges[slot], 6);
    const last = slot === bins.edges.length - 2;
    const high = last && bins.openUpper === true ? '+∞' : (0,_display_number_js__WEBPACK_IMPORTED_MODULE_3__/* .displayNumber */ .o)(bins.edges[slot + 1], 6);
    return `[${low}, ${high}${last ? ']' : ')'}`;
}


/***/ }),

/***/ 42709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q$: () => (/* binding */ driftReportSections),
/* harmony export */   wM: () => (/* binding */ driftStatus)
/* harmony export */ });
/* unused harmony export MAX_DRIFT_HISTOGRAMS */
/* harmony import */ var _drift_report_drift_report_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(75959);
/* harmony import */ var _drift_report_drift_tables_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43024);
/* harmony import */ var _bar_chart_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43483);
/* harmony import */ var _chart_frame_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98967);
/* harmony import */ var _display_number_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(69755);
/* harmony import */ var _html_table_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88839);
/* harmony import */ var _key_value_card_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52587);
/* harmony import */ var _markup_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(78643);
/* harmony import */ var _status_badge_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(52111);









/**
 * The drift-check part of an HTML report: the verdict with both sides and the settings, schema
 * changes, a per-column table (method, statistic, p-value, score against its threshold), and the
 * reference and current distributions of the most drifted columns drawn over each other (the
 * bins the test used, as shares of each side).
 */
/** Columns whose distributions are drawn. */
const MAX_DRIFT_HISTOGRAMS = 12;
const CHANGE_TEXT = {
    missing_in_current: 'missing in the current data',
    new_in_current: 'new in the current data',
    type_changed: 'type changed'
};
/** The verdict of a drift report as a badge. */
function driftStatus(report) {
    if (report.dataset.dataset_drift)
        return { tone: 'fail', text: 'dataset drift' };
    if (report.dataset.schema_drift)
        return { tone: 'fail', text: 'schema changed' };
    if (report.dataset.drifted_columns > 0)
        return { tone: 'warn', text: 'some columns drifted' };
    return { tone: 'pass', text: 'no drift' };
}
/** Sections for one drift-check run; `idPrefix` tells apart several runs in one document. */
function driftReportSections(report, options = {}) {
    const prefix = options.idPrefix ?? 'drift';
    const sections = [
        summarySection(report, `${prefix}-summary`),
        columnsSection(report, `${prefix}-columns`)
    ];
    const distributions = distributionSection(report, `${prefix}-distributions`);
    if (distributions !== undefined)
        sections.push(distributions);
    return sections;
}
function summarySection(report, id) {
    const { dataset, settings } = report;
    const facts = [
        { key: 'Subject', value: (0,_html_table_js__WEBPACK_IMPORTED_MODULE_3__/* .codeText */ .p)(report.subject) },
        { key: 'Reference', value: sideText(report.reference) },
        { key: 'Current', value: sideText(report.current) },
        { key: 'Method', value: settings.method },
        {
            key: 'Threshold',
            value: settings.threshold === null ? 'per method default' : (0,_drift_report_drift_tables_js__WEBPACK_IMPORTED_MODULE_0__/* .formatScore */ .y)(settings.threshold)
        },
        { key: 'Dataset drifts at share', value: `≥ ${(0,_drift_report_drift_tables_js__WEBPACK_IMPORTED_MODULE_0__/* .formatScore */ .y)(dataset.drift_share)}` },
        ...(settings.ignored_columns.length === 0
            ? []
            : [{ key: 'Ignored columns', value: settings.ignored_columns.join(', ') }]),
        ...(report.run?.url === undefined ? [] : [{ key: 'Workflow run', value: report.run.url }]),
        { key: 'Generated', value: report.generated_at }
    ];
    const schema = report.schema_changes.length === 0
        ? ''
        : (0,_markup_js__WEBPACK_IMPORTED_MODULE_5__/* .safeHtml */ .b5) `<h3>Schema changes</h3>${(0,_html_table_js__WEBPACK_IMPORTED_MODULE_3__/* .htmlTable */ .I)({
            columns: [
                { header: 'Column' },
                { header: 'Change' },
                { header: 'Reference type' },
                { header: 'Current type' }
            ],
            rows: report.schema_changes.map((change) => [
                (0,_html_table_js__WEBPACK_IMPORTED_MODULE_3__/* .codeText */ .p)(change.column),
                CHANGE_TEXT[change.change],
                change.reference_type ?? '—',
                change.current_type ?? '—'
            ])
        })}`;
    const errors = dataset.errors.length === 0
        ? ''
        : (0,_markup_js__WEBPACK_IMPORTED_MODULE_5__/* .safeHtml */ .b5) `<h3>Columns that could not be tested</h3>${(0,_html_table_js__WEBPACK_IMPORTED_MODULE_3__/* .htmlTable */ .I)({
            columns: [{ header: 'Column' }, { header: 'Reason' }],
            rows: dataset.errors.map((error) => [(0,_html_table_js__WEBPACK_IMPORTED_MODULE_3__/* .codeText */ .p)(error.column), error.error])
        })}`;
    return {
        id,
        title: 'Drift',
        source: 'drift-check',
        status: driftStatus(report),
        lead: `${dataset.drifted_columns} of ${dataset.tested_columns} tested column(s) drifted (share ${(0,_drift_report_drift_tables_js__WEBPACK_IMPORTED_MODULE_0__/* .formatScore */ .y)(dataset.share)}; ` +
            `the dataset drifts at ≥ ${(0,_drift_report_drift_tables_js__WEBPACK_IMPORTED_MODULE_0__/* .formatScore */ .y)(dataset.drift_share)})` +
            (report.schema_changes.length > 0
                ? `; ${report.schema_changes.length} schema change(s).`
                : '.') +
            (dataset.exact ? '' : ' Some references are profile sketches: scores are approximate (≈).'),
        body: (0,_markup_js__WEBPACK_IMPORTED_MODULE_5__/* .safeHtml */ .b5) `${(0,_key_value_card_js__WEBPACK_IMPORTED_MODULE_4__/* .keyValueCard */ .J)(facts)}${schema}${errors}`
    };
}
function columnsSection(report, id) {
    const drifted = (0,_drift_report_drift_report_js__WEBPACK_IMPORTED_MODULE_7__/* .driftedEntries */ .$o)(report);
    const rest = report.columns
        .filter((entry) => !(entry.status === 'tested' && entry.drifted))
        .sort((a, b) => statusRank(a) - statusRank(b) || (0,_drift_report_drift_report_js__WEBPACK_IMPORTED_MODULE_7__/* .driftSeverity */ .N3)(b) - (0,_drift_report_drift_report_js__WEBPACK_IMPORTED_MODULE_7__/* .driftSeverity */ .N3)(a));
    const ordered = [...drifted, ...rest];
    const rows = ordered.map((entry) => {
        const test = entry.test;
        return [
            (0,_html_table_js__WEBPACK_IMPORTED_MODULE_3__/* .codeText */ .p)(entry.column),
            columnBadge(entry),
            entry.kind ?? '—',
            test?.method_label ?? test?.method ?? '—',
            test === undefined ? '—' : (0,_display_number_js__WEBPACK_IMPORTED_MODULE_8__/* .displayNumber */ .o)(test.statistic),
            test === undefined ? '—' : (0,_display_number_js__WEBPACK_IMPORTED_MODULE_8__/* .displayNumber */ .o)(test.p_value),
            test === undefined || test.status === 'error'
                ? '—'
                : `${(0,_drift_report_drift_tables_js__WEBPACK_IMPORTED_MODULE_0__/* .formatScore */ .y)(test.score)}${test.exact ? '' : ' ≈'}`,
            (0,_drift_report_drift_tables_js__WEBPACK_IMPORTED_MODULE_0__/* .conditionText */ .D3)(entry),
            test === undefined
                ? '—'
                : `${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_8__/* .displayNumber */ .o)(test.n_reference)} / ${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_8__/* .displayNumber */ .o)(test.n_current)}`,
            entry.message ?? test?.note ?? test?.error ?? ''
        ];
    });
    return {
        id,
        title: 'Drift by column',
        source: 'drift-check',
        lead: 'Drifted columns first, most severe first; then the rest. The score is the p-value of a test or the distance, compared with the threshold.',
        body: (0,_html_table_js__WEBPACK_IMPORTED_MODULE_3__/* .htmlTable */ .I)({
            columns: [
                { header: 'Column' },
                { header: 'Status' },
                { header: 'Kind' },
                { header: 'Method' },
                { header: 'Statistic', numeric: true },
                { header: 'p-value', numeric: true },
                { header: 'Score', numeric: true },
                { header: 'Drift when' },
                { header: 'n (ref / cur)', numeric: true },
                { header: 'Note' }
            ],
            rows,
            rowClasses: ordered.map((entry) => entry.drifted ? 'row-fail' : entry.status === 'schema' ? 'row-warn' : ''),
            emptyText: 'No columns were compared.'
        })
    };
}
function distributionSection(report, id) {
    const withHistogram = (entry) => entry.test?.histogram !== undefined;
    const drifted = (0,_drift_report_drift_report_js__WEBPACK_IMPORTED_MODULE_7__/* .driftedEntries */ .$o)(report).filter(withHistogram);
    // With few drifted columns, the closest calls among the rest fill the page.
    const others = report.columns
        .filter((entry) => entry.status === 'tested' && !entry.drifted && withHistogram(entry))
        .sort((a, b) => (0,_drift_report_drift_report_js__WEBPACK_IMPORTED_MODULE_7__/* .driftSeverity */ .N3)(b) - (0,_drift_report_drift_report_js__WEBPACK_IMPORTED_MODULE_7__/* .driftSeverity */ .N3)(a));
    const chosen = [...drifted, ...others].slice(0, MAX_DRIFT_HISTOGRAMS);
    if (chosen.length === 0)
        return undefined;
    return {
        id,
        title: 'Reference vs current distributions',
        source: 'drift-check',
        lead: drifted.length > 0
            ? `The ${Math.min(drifted.length, MAX_DRIFT_HISTOGRAMS)} most drifted column(s)${chosen.length > drifted.length ? ', then the closest calls' : ''}: the share of each side in the bins the test used.`
            : 'No column drifted; the closest calls: the share of each side in the bins the test used.',
        body: (0,_markup_js__WEBPACK_IMPORTED_MODULE_5__/* .safeHtml */ .b5) `<div class="chart-grid">${chosen.map(histogramFigure)}</div>`
    };
}
function histogramFigure(entry) {
    const test = entry.test;
    const histogram = test.histogram;
    const { bins, reference, current } = histogramBins(histogram);
    const verdict = entry.drifted ? 'drifted' : 'no drift';
    const svg = (0,_bar_chart_js__WEBPACK_IMPORTED_MODULE_1__/* .barChartSvg */ .U)({
        title: `Distribution of ${entry.column}: reference vs current`,
        description: `${reference.length} bins; ${test.method_label ?? test.method ?? 'test'} score ${(0,_drift_report_drift_tables_js__WEBPACK_IMPORTED_MODULE_0__/* .formatScore */ .y)(test.score)} (${(0,_drift_report_drift_tables_js__WEBPACK_IMPORTED_MODULE_0__/* .conditionText */ .D3)(entry)}): ${verdict}.`,
        xLabel: entry.column,
        yLabel: 'share of rows',
        valueFormat: 'share',
        bins,
        series: [
            { label: 'reference', tone: 'reference', values: reference },
            { label: 'current', tone: 'current', values: current }
        ],
        width: 520,
        height: 280
    });
    return (0,_chart_frame_js__WEBPACK_IMPORTED_MODULE_2__/* .chartFigure */ .VR)(`${entry.column} — ${verdict}`, svg, `${test.method_label ?? test.method ?? ''}: score ${(0,_drift_report_drift_tables_js__WEBPACK_IMPORTED_MODULE_0__/* .formatScore */ .y)(test.score)}${test.exact ? '' : ' ≈'}, drift when ${(0,_drift_report_drift_tables_js__WEBPACK_IMPORTED_MODULE_0__/* .conditionText */ .D3)(entry)}.`);
}
/** Bins of a drift histogram; categories beyond the display limit are one "other" bar. */
function histogramBins(histogram) {
    if (histogram.type === 'intervals') {
        return {
            bins: {
                kind: 'intervals',
                edges: histogram.edges,
                openLower: histogram.open_lower,
                openUpper: histogram.open_upper
            },
            reference: histogram.reference,
            current: histogram.current
        };
    }
    const labels = histogram.labels.map((label) => String(label));
    const reference = [...histogram.reference];
    const current = [...histogram.current];
    if (histogram.other !== undefined) {
        labels.push(`other (${histogram.other.categories})`);
        reference.push(histogram.other.reference);
        current.push(histogram.other.current);
    }
    return { bins: { kind: 'categories', labels }, reference, current };
}
function columnBadge(entry) {
    if (entry.status === 'tested')
        return entry.drifted ? (0,_status_badge_js__WEBPACK_IMPORTED_MODULE_6__/* .statusBadge */ .O)('fail', 'drifted') : (0,_status_badge_js__WEBPACK_IMPORTED_MODULE_6__/* .statusBadge */ .O)('pass', 'no drift');
    if (entry.status === 'schema')
        return (0,_status_badge_js__WEBPACK_IMPORTED_MODULE_6__/* .statusBadge */ .O)('warn', entry.schema_change === undefined ? 'schema' : CHANGE_TEXT[entry.schema_change]);
    if (entry.status === 'error')
        return (0,_status_badge_js__WEBPACK_IMPORTED_MODULE_6__/* .statusBadge */ .O)('neutral', 'not testable');
    return (0,_status_badge_js__WEBPACK_IMPORTED_MODULE_6__/* .statusBadge */ .O)('neutral', 'skipped');
}
function statusRank(entry) {
    return entry.status === 'schema'
        ? 0
        : entry.status === 'tested'
            ? 1
            : entry.status === 'error'
                ? 2
                : 3;
}
function sideText(side) {
    const what = side.model !== undefined
        ? `training profile of ${side.model.name} ${side.model.version}${side.model.stage === undefined ? '' : ` (${side.model.stage})`}`
        : `${side.kind === 'profile' ? 'profile ' : ''}${side.source}`;
    return `${what}: ${side.empty ? 'empty file' : `${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_8__/* .displayNumber */ .o)(side.rows)} rows`}, ${side.columns} columns`;
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


/***/ })

};
