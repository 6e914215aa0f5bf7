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


/***/ }),

/***/ 84753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cd: () => (/* binding */ ticksWithin),
/* harmony export */   at: () => (/* binding */ niceTicks),
/* harmony export */   om: () => (/* binding */ linearScale),
/* harmony export */   q5: () => (/* binding */ tickLabel)
/* harmony export */ });
/**
 * Axis ticks and the linear map from data to SVG coordinates. Ticks follow Heckbert's "nice
 * numbers" (Graphics Gems I, 1990, "Nice numbers for graph labels"): steps of 1, 2 or 5 × 10ⁿ,
 * with the axis widened to whole steps ("loose" labelling) so every drawn value sits inside it.
 */
/** The nearest "nice" number to `x` (> 0): rounded, or the smallest nice number ≥ x. */
function niceNumber(x, round) {
    const exponent = Math.floor(Math.log10(x));
    const power = 10 ** exponent;
    const fraction = x / power;
    let nice;
    if (round)
        nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
    else
        nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
    return nice * power;
}
/**
 * About `count` ticks covering [min, max]. A zero-width range is widened around its value; with
 * `integer` the step is a whole number (point indices, counts).
 */
function niceTicks(min, max, count = 5, integer = false) {
    let low = Number.isFinite(min) ? min : 0;
    let high = Number.isFinite(max) ? max : low;
    if (high < low)
        [low, high] = [high, low];
    if (high === low) {
        const pad = low === 0 ? 1 : Math.abs(low) * 0.1;
        low -= integer ? Math.max(1, Math.round(pad)) : pad;
        high += integer ? Math.max(1, Math.round(pad)) : pad;
    }
    const range = niceNumber(high - low, false);
    let step = niceNumber(range / Math.max(1, count - 1), true);
    if (integer)
        step = Math.max(1, Math.round(step));
    const first = Math.floor(low / step) * step;
    const last = Math.ceil(high / step) * step;
    const values = [];
    // Computed from the index (not by repeated addition) so rounding does not accumulate.
    for (let i = 0; first + i * step <= last + step * 1e-9; i++)
        values.push(cleanTick(first + i * step, step));
    return { min: values[0] ?? first, max: values[values.length - 1] ?? last, step, values };
}
/** Removes binary noise such as 0.30000000000000004 from a tick value. */
function cleanTick(value, step) {
    const decimals = Math.max(0, -Math.floor(Math.log10(step))) + 1;
    return Number(value.toFixed(Math.min(20, decimals)));
}
/**
 * Ticks inside a fixed domain, for an axis that should end at the data (a series of points):
 * the multiples of a nice step that fall within [min, max]; the domain is not widened.
 */
function ticksWithin(min, max, count = 8, integer = false) {
    const loose = niceTicks(min, max, count, integer);
    const values = loose.values.filter((value) => value >= min - loose.step * 1e-9 && value <= max + loose.step * 1e-9);
    return { min, max: max > min ? max : min + 1, step: loose.step, values };
}
/**
 * A tick label with as many decimals as the step needs: 0.25 steps give "0.25", 1000 steps give
 * "3,000"; from 10⁵ on, k/M/G suffixes keep labels short ("1.5M").
 */
function tickLabel(value, step) {
    const magnitude = Math.max(Math.abs(value), Math.abs(step));
    const [divisor, suffix] = magnitude >= 1e9 && step >= 1e6
        ? [1e9, 'G']
        : magnitude >= 1e6 && step >= 1e3
            ? [1e6, 'M']
            : magnitude >= 1e5 && step >= 1e2
                ? [1e3, 'k']
                : [1, ''];
    const scaledStep = step / divisor;
    const decimals = Math.min(12, Math.max(0, -Math.floor(Math.log10(scaledStep) + 1e-9)));
    const text = (value / divisor).toFixed(decimals);
    const grouped = suffix === '' && decimals === 0 ? text.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : text;
    const signed = grouped.replace(/^-/, '−');
    return /^−0(\.0+)?$/.test(signed) ? signed.slice(1) + suffix : signed + suffix;
}
/** A linear map from a data domain onto a pixel range (the range may run backwards, as y does). */
function linearScale(domain, range) {
    const [d0, d1] = domain;
    const [r0, r1] = range;
    const span = d1 - d0;
    if (span === 0)
        return () => (r0 + r1) / 2;
    return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}


/***/ }),

/***/ 98967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fm: () => (/* binding */ yAxisMarkup),
/* harmony export */   VR: () => (/* binding */ chartFigure),
/* harmony export */   aK: () => (/* binding */ legendMarkup),
/* harmony export */   nS: () => (/* binding */ chartSvg),
/* harmony export */   qN: () => (/* binding */ xAxisMarkup),
/* harmony export */   sc: () => (/* binding */ textWidth),
/* harmony export */   vi: () => (/* binding */ legendHeight)
/* harmony export */ });
/* unused harmony exports CHARACTER_WIDTH, legendLayout */
/* harmony import */ var _axis_scale_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84753);
/* harmony import */ var _markup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78643);


/** Average advance of a 12 px sans-serif character, for laying out labels without a font. */
const CHARACTER_WIDTH = 6.8;
const LEGEND_ROW = 18;
const TITLE_FONT_PADDING = 8;
/** Width a label will take at the chart font size (estimate). */
function textWidth(text) {
    return [...text].length * CHARACTER_WIDTH;
}
/** The rows a legend needs when wrapped into `width`, with each entry's position. */
function legendLayout(entries, width) {
    const placed = [];
    let x = 0;
    let row = 0;
    for (const entry of entries) {
        const advance = 28 + textWidth((0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .truncateText */ .EJ)(entry.label, 40)) + 16;
        if (x > 0 && x + advance > width) {
            row += 1;
            x = 0;
        }
        placed.push({ entry, x, row });
        x += advance;
    }
    return { rows: entries.length === 0 ? 0 : row + 1, placed };
}
/** Height the legend takes above the plot. */
function legendHeight(entries, width) {
    const { rows } = legendLayout(entries, width);
    return rows === 0 ? 0 : rows * LEGEND_ROW + TITLE_FONT_PADDING;
}
/** The legend, drawn from (x, y) (top left). */
function legendMarkup(entries, x, y, width) {
    const { placed } = legendLayout(entries, width);
    const items = placed.map(({ entry, x: dx, row }) => {
        const left = x + dx;
        const middle = y + row * LEGEND_ROW + LEGEND_ROW / 2;
        const tone = `tone-${entry.tone}`;
        const swatch = entry.swatch === 'box'
            ? (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) `<rect class="swatch-box ${tone}" x="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(left)}" y="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(middle - 6)}" width="20" height="12"/>`
            : entry.swatch === 'dot'
                ? (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) `<circle class="swatch-dot ${tone}" cx="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(left + 10)}" cy="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(middle)}" r="5"/>`
                : (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) `<line class="swatch-line ${tone}${entry.swatch === 'dashed' ? ' dashed' : ''}" x1="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(left)}" x2="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(left + 20)}" y1="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(middle)}" y2="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(middle)}"/>`;
        return (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) `<g class="legend-entry">${swatch}<text x="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(left + 26)}" y="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(middle)}" dominant-baseline="central">${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .truncateText */ .EJ)(entry.label, 40)}</text></g>`;
    });
    return (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) `<g class="legend">${items}</g>`;
}
/**
 * The outer `<svg>`: scalable (viewBox, width 100% in CSS), with the accessible name and
 * description every chart carries.
 */
function chartSvg(input) {
    return (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) `<svg class="${input.className}" role="img" viewBox="0 0 ${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(input.width)} ${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(input.height)}" width="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(input.width)}" height="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(input.height)}"><title>${input.title}</title><desc>${input.description}</desc>${input.body}</svg>`;
}
/** Horizontal grid lines, y tick labels and the rotated y-axis label. */
function yAxisMarkup(area, ticks, label, format = (value) => (0,_axis_scale_js__WEBPACK_IMPORTED_MODULE_1__/* .tickLabel */ .q5)(value, ticks.step)) {
    const y = (0,_axis_scale_js__WEBPACK_IMPORTED_MODULE_1__/* .linearScale */ .om)([ticks.min, ticks.max], [area.top + area.height, area.top]);
    const lines = ticks.values.map((value) => {
        const position = (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(y(value));
        return (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) `<line class="grid" x1="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(area.left)}" x2="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(area.left + area.width)}" y1="${position}" y2="${position}"/><text class="tick-label" x="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(area.left - 6)}" y="${position}" text-anchor="end" dominant-baseline="central">${format(value)}</text>`;
    });
    const middle = area.top + area.height / 2;
    return (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) `<g class="axis axis-y">${lines}<line class="axis-line" x1="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(area.left)}" x2="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(area.left)}" y1="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(area.top)}" y2="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(area.top + area.height)}"/><text class="axis-label" transform="translate(14 ${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(middle)}) rotate(-90)" text-anchor="middle">${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .truncateText */ .EJ)(label, 48)}</text></g>`;
}
/** Tick marks and labels under the plot at given positions, and the x-axis label. */
function xAxisMarkup(area, ticks, label, options = {}) {
    const bottom = area.top + area.height;
    const marks = ticks.map(({ position, label: text }) => {
        const x = (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(position);
        const tickText = options.rotate
            ? (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) `<text class="tick-label" transform="translate(${x} ${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(bottom + 10)}) rotate(-40)" text-anchor="end" dominant-baseline="central">${text}</text>`
            : (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) `<text class="tick-label" x="${x}" y="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(bottom + 16)}" text-anchor="middle">${text}</text>`;
        return (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) `<line class="tick" x1="${x}" x2="${x}" y1="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(bottom)}" y2="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(bottom + 4)}"/>${tickText}`;
    });
    return (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) `<g class="axis axis-x"><line class="axis-line" x1="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(area.left)}" x2="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(area.left + area.width)}" y1="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(bottom)}" y2="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(bottom)}"/>${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .joinMarkup */ .Rm)(marks)}<text class="axis-label" x="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(area.left + area.width / 2)}" y="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .svgNumber */ .Ah)(area.top + area.height + (options.rotate ? 100 : 36))}" text-anchor="middle">${(0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .truncateText */ .EJ)(label, 80)}</text></g>`;
}
/** A chart inside a `<figure>` with its visible caption (the SVG's own title is for assistive tech). */
function chartFigure(caption, svg, note) {
    return (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) `<figure class="chart"><figcaption>${caption}</figcaption><div class="chart-box">${svg}</div>${note === undefined ? '' : (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) `<p class="chart-note">${note}</p>`}</figure>`;
}


/***/ }),

/***/ 56391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ gateReportSections),
  _: () => (/* binding */ gateStatus)
});

// EXTERNAL MODULE: ./shared/evaluation/metrics.ts + 2 modules
var metrics = __webpack_require__(7302);
// EXTERNAL MODULE: ./shared/html-report/chart-frame.ts
var chart_frame = __webpack_require__(98967);
// EXTERNAL MODULE: ./shared/html-report/display-number.ts
var display_number = __webpack_require__(69755);
// EXTERNAL MODULE: ./shared/html-report/html-table.ts
var html_table = __webpack_require__(88839);
// EXTERNAL MODULE: ./shared/html-report/axis-scale.ts
var axis_scale = __webpack_require__(84753);
// EXTERNAL MODULE: ./shared/html-report/markup.ts
var markup = __webpack_require__(78643);
;// CONCATENATED MODULE: ./shared/html-report/interval-chart.ts




const ROW_HEIGHT = 28;
const LABEL_LENGTH = 28;
/** The chart as an `<svg>`; intervals are `line.interval`, estimates `circle.estimate`. */
function intervalChartSvg(spec) {
    const width = spec.width ?? 640;
    const reference = spec.reference ?? 0;
    const values = spec.rows.flatMap((row) => [row.estimate, row.lower, row.upper].filter((value) => value !== null && Number.isFinite(value)));
    values.push(reference);
    const ticks = (0,axis_scale/* niceTicks */.at)(Math.min(...values), Math.max(...values), 6);
    const left = 16 + Math.max(40, ...spec.rows.map((row) => (0,chart_frame/* textWidth */.sc)((0,markup/* truncateText */.EJ)(row.label, LABEL_LENGTH))));
    const area = {
        left,
        top: 10,
        width: width - left - 20,
        height: Math.max(1, spec.rows.length) * ROW_HEIGHT
    };
    const height = area.top + area.height + 46;
    const x = (0,axis_scale/* linearScale */.om)([ticks.min, ticks.max], [area.left, area.left + area.width]);
    const rows = spec.rows.map((row, index) => {
        const y = area.top + index * ROW_HEIGHT + ROW_HEIGHT / 2;
        const tone = `tone-${row.tone ?? 'value'}`;
        const interval = row.lower !== null &&
            row.upper !== null &&
            Number.isFinite(row.lower) &&
            Number.isFinite(row.upper)
            ? (0,markup/* safeHtml */.b5) `<line class="interval ${tone}" x1="${(0,markup/* svgNumber */.Ah)(x(row.lower))}" x2="${(0,markup/* svgNumber */.Ah)(x(row.upper))}" y1="${(0,markup/* svgNumber */.Ah)(y)}" y2="${(0,markup/* svgNumber */.Ah)(y)}"/>`
            : '';
        const estimate = row.estimate !== null && Number.isFinite(row.estimate)
            ? (0,markup/* safeHtml */.b5) `<circle class="estimate ${tone}" cx="${(0,markup/* svgNumber */.Ah)(x(row.estimate))}" cy="${(0,markup/* svgNumber */.Ah)(y)}" r="4.5"><title>${row.label}: ${(0,display_number/* displayNumber */.o)(row.estimate)} [${(0,display_number/* displayNumber */.o)(row.lower)}, ${(0,display_number/* displayNumber */.o)(row.upper)}]</title></circle>`
            : '';
        return (0,markup/* safeHtml */.b5) `<g class="interval-row"><text class="row-label" x="${(0,markup/* svgNumber */.Ah)(area.left - 8)}" y="${(0,markup/* svgNumber */.Ah)(y)}" text-anchor="end" dominant-baseline="central">${(0,markup/* truncateText */.EJ)(row.label, LABEL_LENGTH)}</text>${interval}${estimate}</g>`;
    });
    const referenceX = (0,markup/* svgNumber */.Ah)(x(reference));
    return (0,chart_frame/* chartSvg */.nS)({
        width,
        height,
        title: spec.title,
        description: spec.description,
        className: 'chart-svg interval-chart',
        body: [
            (0,markup/* safeHtml */.b5) `<g class="grid-lines">${ticks.values.map((value) => (0,markup/* safeHtml */.b5) `<line class="grid" x1="${(0,markup/* svgNumber */.Ah)(x(value))}" x2="${(0,markup/* svgNumber */.Ah)(x(value))}" y1="${(0,markup/* svgNumber */.Ah)(area.top)}" y2="${(0,markup/* svgNumber */.Ah)(area.top + area.height)}"/>`)}</g>`,
            (0,markup/* safeHtml */.b5) `<line class="reference tone-muted" x1="${referenceX}" x2="${referenceX}" y1="${(0,markup/* svgNumber */.Ah)(area.top)}" y2="${(0,markup/* svgNumber */.Ah)(area.top + area.height)}"/>`,
            (0,chart_frame/* xAxisMarkup */.qN)(area, ticks.values.map((value) => ({ position: x(value), label: (0,axis_scale/* tickLabel */.q5)(value, ticks.step) })), spec.xLabel),
            (0,markup/* safeHtml */.b5) `<g class="rows">${rows}</g>`
        ]
    });
}

// EXTERNAL MODULE: ./shared/html-report/key-value-card.ts
var key_value_card = __webpack_require__(52587);
// EXTERNAL MODULE: ./shared/html-report/status-badge.ts
var status_badge = __webpack_require__(52111);
;// CONCATENATED MODULE: ./shared/html-report/gate-sections.ts








/**
 * The evaluate-gate part of an HTML report: the verdict, candidate vs champion for every metric
 * with the difference and its bootstrap confidence interval (as a table and as a dot-and-whisker
 * chart around "no difference"), one row per rule with its reason, the paired tests (McNemar,
 * DeLong), and per-class and per-slice metrics.
 */
const VERDICTS = {
    promote: { tone: 'pass', text: 'promote' },
    reject: { tone: 'fail', text: 'reject' },
    'no-champion': { tone: 'neutral', text: 'no champion to compare' }
};
/** The verdict of a gate report as a badge. */
function gateStatus(report) {
    return VERDICTS[report.verdict];
}
/** Sections for one evaluate-gate run; `idPrefix` tells apart several runs in one document. */
function gateReportSections(report, options = {}) {
    const prefix = options.idPrefix ?? 'gate';
    const sections = [
        verdictSection(report, `${prefix}-verdict`),
        metricsSection(report, `${prefix}-metrics`)
    ];
    const details = detailSection(report, `${prefix}-details`);
    if (details !== undefined)
        sections.push(details);
    return sections;
}
function verdictSection(report, id) {
    const champion = report.champion === null
        ? report.champion_note
        : `${report.champion.reference}${report.champion.stage === null ? '' : ` (${report.champion.stage})`}`;
    const bootstrap = report.rules.bootstrap;
    const facts = [
        { key: 'Candidate', value: (0,html_table/* codeText */.p)(report.candidate.reference) },
        { key: 'Champion', value: report.champion === null ? champion : (0,html_table/* codeText */.p)(champion) },
        { key: 'Task', value: report.task },
        { key: 'Target', value: (0,html_table/* codeText */.p)(report.data.target) },
        {
            key: 'Rows scored',
            value: `${(0,display_number/* displayNumber */.o)(report.data.rows)}${report.data.rows_without_target > 0 ? ` (${(0,display_number/* displayNumber */.o)(report.data.rows_without_target)} without a target)` : ''}`
        },
        {
            key: 'Data',
            value: (0,markup/* joinMarkup */.Rm)(report.data.files.map((file) => (0,markup/* safeHtml */.b5) `${(0,html_table/* codeText */.p)(file.path)} (sha256 ${file.sha256.slice(0, 12)})`), ', ')
        },
        {
            key: 'Rules',
            value: (0,markup/* safeHtml */.b5) `${(0,html_table/* codeText */.p)(report.rules.source)} (${report.rules.comparison} comparison)`
        },
        {
            key: 'Bootstrap',
            value: `${(0,display_number/* displayNumber */.o)(bootstrap.replicates)} replicates, ${bootstrap.interval} intervals, seed ${bootstrap.seed}${bootstrap.stratified ? ', stratified' : ''}`
        },
        { key: 'Generated', value: report.generated_at }
    ];
    const rules = (0,html_table/* htmlTable */.I)({
        caption: 'Rules',
        columns: [
            { header: 'Outcome' },
            { header: 'Metric' },
            { header: 'Rule' },
            { header: 'Required' },
            { header: 'Candidate', numeric: true },
            { header: 'Champion', numeric: true },
            { header: 'Reason' }
        ],
        rows: report.reasons.map((reason) => [
            reason.passed === null
                ? (0,status_badge/* statusBadge */.O)('neutral', 'not evaluated')
                : reason.passed
                    ? (0,status_badge/* statusBadge */.O)('pass', 'passed')
                    : (0,status_badge/* statusBadge */.O)('fail', 'failed'),
            (0,html_table/* codeText */.p)(reason.metric),
            reason.rule.replace(/_/g, ' '),
            reason.required,
            (0,display_number/* displayNumber */.o)(reason.candidate),
            (0,display_number/* displayNumber */.o)(reason.champion),
            reason.sentence
        ]),
        rowClasses: report.reasons.map((reason) => (reason.passed === false ? 'row-fail' : '')),
        emptyText: 'The rules file has no rules.'
    });
    const warnings = report.warnings.length === 0
        ? ''
        : (0,markup/* safeHtml */.b5) `<h3>Warnings</h3><ul>${report.warnings.map((warning) => (0,markup/* safeHtml */.b5) `<li>${warning}</li>`)}</ul>`;
    return {
        id,
        title: 'Evaluation gate',
        source: 'evaluate-gate',
        status: gateStatus(report),
        lead: report.summary,
        body: (0,markup/* safeHtml */.b5) `${(0,key_value_card/* keyValueCard */.J)(facts)}${rules}${warnings}`
    };
}
function metricsSection(report, id) {
    const candidate = report.metrics.candidate;
    const champion = report.metrics.champion;
    const ruleMetrics = new Set(report.reasons.map((reason) => reason.metric));
    const names = [...new Set([...ruleMetrics, ...Object.keys(candidate)])];
    const intervals = new Map(report.evidence.bootstrap.map((entry) => [entry.metric, entry]));
    const rows = names.map((name) => {
        const label = ruleMetrics.has(name)
            ? (0,markup/* safeHtml */.b5) `${(0,html_table/* codeText */.p)(name)} <span class="note">(rule)</span>`
            : (0,html_table/* codeText */.p)(name);
        const value = candidate[name] ?? null;
        if (champion === null)
            return [label, (0,display_number/* displayNumber */.o)(value)];
        const other = champion[name] ?? null;
        const interval = intervals.get(name);
        return [
            label,
            (0,display_number/* displayNumber */.o)(value),
            (0,display_number/* displayNumber */.o)(other),
            delta(name, value, other),
            interval === undefined
                ? ''
                : `[${(0,display_number/* displayNumber */.o)(interval.lower)}, ${(0,display_number/* displayNumber */.o)(interval.upper)}] at ${(0,display_number/* displayPercent */.a)(interval.confidence_level, 4)}`
        ];
    });
    const table = (0,html_table/* htmlTable */.I)({
        caption: champion === null ? 'Candidate metrics' : 'Candidate vs champion',
        columns: champion === null
            ? [{ header: 'Metric' }, { header: 'Candidate', numeric: true }]
            : [
                { header: 'Metric' },
                { header: 'Candidate', numeric: true },
                { header: 'Champion', numeric: true },
                { header: 'Δ candidate − champion', numeric: true },
                { header: 'Bootstrap CI of Δ', numeric: true }
            ],
        rows
    });
    const withInterval = report.evidence.bootstrap.filter((entry) => entry.lower !== null && entry.upper !== null);
    const chart = withInterval.length === 0
        ? ''
        : (0,chart_frame/* chartFigure */.VR)('Bootstrap confidence intervals of candidate − champion', intervalChartSvg({
            title: 'Bootstrap confidence intervals of candidate minus champion',
            description: `${withInterval.length} metric difference(s) with their ${withInterval
                .map((entry) => `${(0,display_number/* displayPercent */.a)(entry.confidence_level, 4)} ${entry.interval}`)
                .filter((text, index, all) => all.indexOf(text) === index)
                .join(', ')} intervals; an interval that excludes 0 is a significant difference.`,
            xLabel: 'candidate − champion',
            rows: withInterval.map((entry) => ({
                label: entry.metric,
                estimate: entry.estimate,
                lower: entry.lower,
                upper: entry.upper,
                tone: improvementTone(entry.metric, entry.lower, entry.upper)
            }))
        }), 'Green: the whole interval is an improvement; red: the whole interval is worse; blue: it includes no difference.');
    return {
        id,
        title: 'Metrics',
        source: 'evaluate-gate',
        lead: champion === null
            ? 'No champion: the candidate alone, against the absolute bounds.'
            : 'Δ is the candidate minus the champion on the same rows; ▲ marks an improvement for the metric.',
        body: (0,markup/* safeHtml */.b5) `${table}${chart}${testsTable(report)}`
    };
}
function testsTable(report) {
    const { mcnemar, delong, notes } = report.evidence;
    const rows = [];
    if (mcnemar !== null) {
        rows.push([
            `McNemar (${mcnemar.method})`,
            (0,display_number/* displayNumber */.o)(mcnemar.statistic),
            (0,display_number/* displayNumber */.o)(mcnemar.p_value),
            `${(0,display_number/* displayNumber */.o)(mcnemar.c)} rows only the candidate got right, ${(0,display_number/* displayNumber */.o)(mcnemar.b)} only the champion; ${mcnemar.favours_candidate ? 'favours the candidate' : 'favours the champion'}.`
        ]);
    }
    if (delong !== null) {
        rows.push([
            'DeLong (ROC AUC)',
            (0,display_number/* displayNumber */.o)(delong.z),
            (0,display_number/* displayNumber */.o)(delong.p_value),
            `AUC ${(0,display_number/* displayNumber */.o)(delong.candidate_auc)} vs ${(0,display_number/* displayNumber */.o)(delong.champion_auc)}; ${(0,display_number/* displayPercent */.a)(delong.confidence_level, 4)} CI of Δ [${(0,display_number/* displayNumber */.o)(delong.lower)}, ${(0,display_number/* displayNumber */.o)(delong.upper)}].`
        ]);
    }
    for (const entry of report.evidence.bootstrap) {
        rows.push([
            `Bootstrap ${entry.metric}`,
            (0,display_number/* displayNumber */.o)(entry.estimate),
            '—',
            `${(0,display_number/* displayPercent */.a)(entry.confidence_level, 4)} ${entry.interval} CI [${(0,display_number/* displayNumber */.o)(entry.lower)}, ${(0,display_number/* displayNumber */.o)(entry.upper)}], ${entry.resampling}, ${(0,display_number/* displayNumber */.o)(entry.replicates_used)} replicates${entry.replicates_dropped > 0 ? ` (${entry.replicates_dropped} dropped)` : ''}, seed ${entry.seed}${entry.required ? '; required by a rule' : ''}.`
        ]);
    }
    if (rows.length === 0 && notes.length === 0)
        return '';
    return (0,markup/* safeHtml */.b5) `<h3>Statistical tests</h3>${(0,html_table/* htmlTable */.I)({
        columns: [
            { header: 'Test' },
            { header: 'Statistic', numeric: true },
            { header: 'p-value', numeric: true },
            { header: 'Meaning' }
        ],
        rows,
        emptyText: 'No paired test ran.'
    })}${notes.length === 0
        ? ''
        : (0,markup/* safeHtml */.b5) `<ul class="note">${notes.map((note) => (0,markup/* safeHtml */.b5) `<li>${note}</li>`)}</ul>`}`;
}
function detailSection(report, id) {
    const parts = [];
    const withChampion = report.champion !== null;
    if (report.per_class !== null && report.per_class.length > 0) {
        parts.push((0,html_table/* htmlTable */.I)({
            caption: 'Per-class precision, recall and F1',
            columns: [
                { header: 'Class' },
                { header: 'Support', numeric: true },
                { header: 'Precision', numeric: true },
                { header: 'Recall', numeric: true },
                { header: 'F1', numeric: true },
                ...(withChampion
                    ? [
                        { header: 'Champion precision', numeric: true },
                        { header: 'Champion recall', numeric: true },
                        { header: 'Champion F1', numeric: true }
                    ]
                    : [])
            ],
            rows: report.per_class.map((row) => [
                (0,html_table/* codeText */.p)(String(row.label)),
                row.support,
                (0,display_number/* displayNumber */.o)(row.candidate.precision),
                (0,display_number/* displayNumber */.o)(row.candidate.recall),
                (0,display_number/* displayNumber */.o)(row.candidate.f1),
                ...(row.champion === null
                    ? withChampion
                        ? ['—', '—', '—']
                        : []
                    : [
                        (0,display_number/* displayNumber */.o)(row.champion.precision),
                        (0,display_number/* displayNumber */.o)(row.champion.recall),
                        (0,display_number/* displayNumber */.o)(row.champion.f1)
                    ])
            ])
        }));
    }
    const slices = report.slices;
    if (slices !== null) {
        const value = (table, name) => (0,display_number/* displayNumber */.o)(table?.[name] ?? null);
        parts.push((0,html_table/* htmlTable */.I)({
            caption: `Metrics by ${slices.column} (${slices.slices.length} slices)`,
            columns: [
                { header: 'Slice' },
                { header: 'Rows', numeric: true },
                ...slices.metrics.flatMap((name) => withChampion
                    ? [
                        { header: name, numeric: true },
                        { header: `champion ${name}`, numeric: true }
                    ]
                    : [{ header: name, numeric: true }])
            ],
            rows: slices.slices.map((slice) => [
                slice.value === null
                    ? (0,markup/* safeHtml */.b5) `<span class="note">(missing)</span>`
                    : (0,html_table/* codeText */.p)(slice.value),
                slice.rows,
                ...slices.metrics.flatMap((name) => withChampion
                    ? [value(slice.candidate, name), value(slice.champion, name)]
                    : [value(slice.candidate, name)])
            ])
        }));
    }
    if (parts.length === 0)
        return undefined;
    return {
        id,
        title: 'Per class and per slice',
        source: 'evaluate-gate',
        collapsed: true,
        body: (0,markup/* safeHtml */.b5) `${parts}`
    };
}
/** The difference with an arrow saying whether it is an improvement for this metric. */
function delta(name, candidate, champion) {
    if (candidate === null || champion === null)
        return '—';
    const difference = candidate - champion;
    if (difference === 0)
        return '0';
    const better = greaterIsBetter(name) ? difference > 0 : difference < 0;
    return `${difference > 0 ? '+' : ''}${(0,display_number/* displayNumber */.o)(difference)} ${better ? '▲' : '▼'}`;
}
function greaterIsBetter(name) {
    return (0,metrics/* isMetricName */.M8)(name) ? metrics/* METRICS */.Cb[name].greaterIsBetter : true;
}
function improvementTone(name, lower, upper) {
    if (lower === null || upper === null)
        return 'value';
    const up = greaterIsBetter(name);
    if ((up && lower > 0) || (!up && upper < 0))
        return 'center';
    if ((up && upper < 0) || (!up && lower > 0))
        return 'limit';
    return 'value';
}


/***/ })

};
