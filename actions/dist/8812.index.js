export const id = 8812;
export const ids = [8812];
export const modules = {

/***/ 6140:
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
// EXTERNAL MODULE: ./shared/adapters/action-step.ts
var action_step = __webpack_require__(70540);
// EXTERNAL MODULE: ./shared/adapters/action-lineage.ts + 1 modules
var action_lineage = __webpack_require__(15092);
// EXTERNAL MODULE: ./shared/adapters/data-run-lineage.ts + 3 modules
var data_run_lineage = __webpack_require__(6235);
// EXTERNAL MODULE: ./shared/adapters/action-report.ts
var action_report = __webpack_require__(11152);
// EXTERNAL MODULE: ./shared/adapters/workflow-context.ts
var workflow_context = __webpack_require__(93324);
// EXTERNAL MODULE: ./shared/operations/validate-options.ts
var validate_options = __webpack_require__(26820);
// EXTERNAL MODULE: ./shared/operations/validate-data.ts + 10 modules
var validate_data = __webpack_require__(73790);
// EXTERNAL MODULE: ./shared/adapters/user-files.ts
var user_files = __webpack_require__(24574);
// EXTERNAL MODULE: ./shared/report/escape.ts
var report_escape = __webpack_require__(46682);
// EXTERNAL MODULE: ./shared/report/mermaid-charts.ts
var mermaid_charts = __webpack_require__(11830);
// EXTERNAL MODULE: ./shared/text/grouped-integer.ts
var grouped_integer = __webpack_require__(34369);
;// CONCATENATED MODULE: ./shared/report/validate-summary.ts



const STATUS_ICON = { pass: '✅', warn: '⚠️', fail: '❌' };
/** Markdown for the job summary and the PR comment of validate-data. */
function validateSummaryMarkdown(report, profile, options = {}) {
    const { summary } = report;
    const verdict = report.passed
        ? summary.warnings > 0
            ? '⚠️ passed with warnings'
            : '✅ passed'
        : '❌ failed';
    const files = report.data.files.map((file) => (0,report_escape/* codeSpan */.SS)(file.path)).join(', ');
    const lines = [
        `### Tollgate validate-data: ${verdict}`,
        '',
        `${(0,grouped_integer/* groupedInteger */.b)(report.data.rows)} rows × ${report.data.columns.length} columns in ${files} — ` +
            `**${summary.passed}** passed, **${summary.failed}** failed, **${summary.warnings}** warnings ` +
            `(checks: ${(0,report_escape/* codeSpan */.SS)(report.checks_file)}, fail on: ${report.fail_on}).`,
        ''
    ];
    const problems = report.results.filter((result) => result.status !== 'pass');
    if (problems.length > 0) {
        lines.push('| | Check | Column | Observed | Expected | Failing rows (first) |', '| --- | --- | --- | --- | --- | --- |');
        for (const result of problems)
            lines.push(checkRow(result, true));
        lines.push('');
    }
    const passing = report.results.filter((result) => result.status === 'pass');
    if (passing.length > 0 && !options.compact) {
        lines.push(`<details><summary>${passing.length} passing check(s)</summary>`, '');
        lines.push('| | Check | Column | Observed | Expected |', '| --- | --- | --- | --- | --- |');
        for (const result of passing)
            lines.push(checkRow(result, false));
        lines.push('', '</details>', '');
    }
    lines.push(...profileSection(profile, report, options.compact === true));
    return lines.join('\n');
}
function checkRow(result, withSamples) {
    const cells = [
        STATUS_ICON[result.status],
        (0,report_escape/* codeSpan */.SS)(result.check),
        result.column === null ? '(table)' : (0,report_escape/* codeSpan */.SS)(result.column),
        (0,report_escape/* escapeMarkdown */.FV)(observedText(result)),
        (0,report_escape/* escapeMarkdown */.FV)(result.expected)
    ];
    if (withSamples) {
        const samples = result.unexpected_samples
            .map((sample) => `row ${sample.row}: ${(0,report_escape/* codeSpan */.SS)(sample.value, 40)}`)
            .join('<br>');
        cells.push(samples === '' ? '' : samples);
    }
    return `| ${cells.join(' | ')} |`;
}
function observedText(result) {
    if (result.unexpected_count !== null &&
        result.element_count > 0 &&
        result.check !== 'unique' &&
        result.check !== 'compound_unique') {
        const share = result.unexpected_percent ?? 0;
        return `${(0,grouped_integer/* groupedInteger */.b)(result.unexpected_count)} of ${(0,grouped_integer/* groupedInteger */.b)(result.element_count)} fail (${Number(share.toPrecision(3))}%)`;
    }
    const observed = result.observed;
    if (observed === null || observed === undefined)
        return '—';
    if (typeof observed === 'number')
        return `${(0,mermaid_charts/* shortNumber */.In)(observed)}${result.exact ? '' : ' (est.)'}`;
    if (typeof observed === 'string')
        return observed;
    if (Array.isArray(observed))
        return observed.slice(0, 8).join(', ') + (observed.length > 8 ? ', …' : '');
    return Object.entries(observed)
        .map(([key, value]) => `${key.replace(/_/g, ' ')}: ${String(value)}`)
        .join(', ');
}
function profileSection(profile, report, compact) {
    const lines = [];
    if (!compact) {
        lines.push('<details><summary>Column profile</summary>', '');
        lines.push('| Column | Type | Missing | Distinct | Min | Mean | Max |', '| --- | --- | --- | --- | --- | --- | --- |');
        for (const column of profile.columns) {
            const missing = column.null_fraction === null
                ? '—'
                : `${Number((column.null_fraction * 100).toPrecision(3))}%`;
            const show = (value) => value === null
                ? '—'
                : typeof value === 'number'
                    ? (0,mermaid_charts/* shortNumber */.In)(value)
                    : (0,report_escape/* escapeMarkdown */.FV)(value, 25);
            lines.push(`| ${(0,report_escape/* codeSpan */.SS)(column.name)} | ${column.type} | ${missing} | ${(0,grouped_integer/* groupedInteger */.b)(column.distinct)}${column.distinct_exact ? '' : ' (est.)'} | ${show(column.min)} | ${column.mean === null ? '—' : (0,mermaid_charts/* shortNumber */.In)(column.mean)} | ${show(column.max)} |`);
        }
        lines.push('', '</details>', '');
    }
    // One distribution where it helps most: the first numeric column with a failing check, else the first numeric.
    const failingColumns = new Set(report.results
        .filter((result) => result.status !== 'pass' && result.column !== null)
        .map((result) => result.column));
    const numeric = profile.columns.filter((column) => column.histogram !== null);
    const chosen = numeric.find((column) => failingColumns.has(column.name)) ?? (compact ? undefined : numeric[0]);
    if (chosen?.histogram) {
        lines.push((0,mermaid_charts/* histogramChart */.RN)(`Distribution of ${chosen.name}`, chosen.histogram.edges, chosen.histogram.counts), '');
    }
    return lines;
}

// EXTERNAL MODULE: ./shared/adapters/clock.ts
var clock = __webpack_require__(85133);
// EXTERNAL MODULE: ./shared/shard/shard-spec.ts
var shard_spec = __webpack_require__(30225);
// EXTERNAL MODULE: ./shared/adapters/html-artifact.ts
var html_artifact = __webpack_require__(2981);
// EXTERNAL MODULE: ./shared/html-report/validate-sections.ts
var validate_sections = __webpack_require__(22346);
;// CONCATENATED MODULE: ./actions/validate-data/main.ts















/** The inputs this action reads (checked against action.yml by the metadata test). */
const inputs = validate_options/* validateDataOptions */.J;
/** validate-data: data tests + profile in one pass; summary, annotations, PR comment, outputs. */
async function run() {
    await (0,action_step/* runActionStep */.y)('validate-data', async () => {
        const options = (0,action_step/* actionOptions */.R)(validate_options/* validateDataOptions */.J);
        // Matrix sharding: a shard job writes a partial; the merge job reports as one run would. The
        // artifact client is loaded only in these modes (it would slow every other start).
        const shard = options.string('shard');
        if (shard !== undefined) {
            const { runShardStep } = await Promise.all(/* import() */[__webpack_require__.e(6913), __webpack_require__.e(1371), __webpack_require__.e(6518), __webpack_require__.e(4294), __webpack_require__.e(1839), __webpack_require__.e(9747), __webpack_require__.e(273), __webpack_require__.e(5394)]).then(__webpack_require__.bind(__webpack_require__, 80273));
            return runShardStep(options, (0,shard_spec/* parseShardSpec */.d7)(shard, 'input `shard`'));
        }
        const failOn = options.choice('fail-on');
        const checksPath = options.requiredString('checks');
        const outcome = options.boolean('merge') === true
            ? await (await Promise.all(/* import() */[__webpack_require__.e(6913), __webpack_require__.e(1371), __webpack_require__.e(6518), __webpack_require__.e(4294), __webpack_require__.e(1839), __webpack_require__.e(9747), __webpack_require__.e(273), __webpack_require__.e(5394)]).then(__webpack_require__.bind(__webpack_require__, 80273))).mergeUploadedPartials(options)
            : await (0,validate_data/* validateData */.l)({
                data: options.list('data'),
                checksPath,
                format: options.choice('format'),
                delimiter: options.string('delimiter'),
                failOn,
                threads: options.integer('threads') ?? 0,
                now: (0,clock/* nowFromEnvironment */.g)()
            });
        const { report, profile } = outcome;
        const reportPath = options.string('report-path') ?? (0,action_report/* defaultReportPath */.j)('validate-data', 'report');
        const profilePath = options.string('profile-path') ?? (0,action_report/* defaultReportPath */.j)('validate-data', 'profile');
        (0,user_files/* writeJsonFile */.An)(reportPath, report);
        (0,user_files/* writeJsonFile */.An)(profilePath, profile);
        for (const result of report.results) {
            if (result.status === 'pass')
                continue;
            const annotate = result.status === 'fail' ? runner_commands/* error */.z3 : runner_commands/* warning */.$e;
            annotate((0,report_escape/* escapeLog */.Ah)(`${result.id}: ${result.message}`), {
                title: `validate-data: ${result.check}${result.column === null ? '' : ` on ${result.column}`}`,
                file: result.location.file,
                startLine: result.location.line,
                startColumn: result.location.column
            });
        }
        runner_commands/* setOutput */.uH('passed', String(report.passed));
        runner_commands/* setOutput */.uH('failed-checks', String(report.summary.failed));
        runner_commands/* setOutput */.uH('warnings', String(report.summary.warnings));
        runner_commands/* setOutput */.uH('rows', String(report.data.rows));
        runner_commands/* setOutput */.uH('report', reportPath);
        runner_commands/* setOutput */.uH('profile', profilePath);
        const html = options.boolean('html-report') === true
            ? await (0,html_artifact/* publishHtmlReport */.Vp)((0,validate_sections/* validateReportSections */.J_)(report, profile), {
                title: 'Tollgate validate-data',
                status: (0,validate_sections/* validateStatus */.d_)(report),
                generatedAt: report.generated_at
            }, { name: 'tollgate-validate-data-report' })
            : undefined;
        await (0,action_report/* writeJobSummary */.C)(validateSummaryMarkdown(report, profile) + (html?.summary ? `\n${html.summary}` : ''));
        const context = (0,workflow_context/* readWorkflowContext */.F)();
        const comment = options.choice('comment');
        const wantComment = comment === 'true' || (comment === 'auto' && context.pullRequestNumber !== undefined);
        if (wantComment) {
            if (context.pullRequestNumber === undefined) {
                runner_commands/* warning */.$e('comment is true but this run is not for a pull request; no comment was written.');
            }
            else {
                // Octokit is loaded only when there is a comment to write (start-up cost otherwise).
                const { createGitHubClient, currentRepository } = await Promise.all(/* import() */[__webpack_require__.e(6913), __webpack_require__.e(5533)]).then(__webpack_require__.bind(__webpack_require__, 95533));
                const { upsertPullRequestComment } = await __webpack_require__.e(/* import() */ 8805).then(__webpack_require__.bind(__webpack_require__, 38805));
                const client = createGitHubClient(options.requiredString('token'));
                const body = validateSummaryMarkdown(report, profile, { compact: false });
                const url = await upsertPullRequestComment(client, currentRepository(), context.pullRequestNumber, 'validate-data', body);
                if (url !== undefined)
                    runner_commands/* info */.pq(`Pull-request comment: ${url}`);
            }
        }
        runner_commands/* info */.pq(`validate-data: ${report.summary.passed} passed, ${report.summary.failed} failed, ${report.summary.warnings} warnings on ${report.data.rows} rows. Report: ${reportPath}`);
        // No store here: the event goes to the lineage backend only. Failed checks are in its
        // assertions, so it is sent before the step is marked failed.
        await (0,action_lineage/* emitActionLineage */.X)('validate-data', () => (0,data_run_lineage/* validateDataRunEvents */.TN)({ report, profile, reportPath, profilePath }), { url: options.string('lineage-url') });
        if (!report.passed) {
            const failing = report.results.filter((result) => result.status === 'fail' || (failOn === 'warn' && result.status === 'warn'));
            runner_commands/* setFailed */.C1(`validate-data: ${failing.length} check(s) failed: ${failing
                .slice(0, 5)
                .map((result) => result.id)
                .join(', ')}${failing.length > 5 ? ', …' : ''}`);
        }
    });
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

/***/ 22346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J_: () => (/* binding */ validateReportSections),
/* harmony export */   d_: () => (/* binding */ validateStatus)
/* harmony export */ });
/* unused harmony export MAX_DISTRIBUTION_CHARTS */
/* harmony import */ var _bar_chart_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43483);
/* harmony import */ var _chart_frame_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98967);
/* harmony import */ var _display_number_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(69755);
/* harmony import */ var _html_table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88839);
/* harmony import */ var _key_value_card_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52587);
/* harmony import */ var _markup_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(78643);
/* harmony import */ var _status_badge_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(52111);







/**
 * The validate-data part of an HTML report: the checks (every check, problems first, with the
 * failing sample rows), the column profile and a distribution chart per column (histograms of
 * numeric columns, top values of the others), columns with failing checks first.
 */
/** Distribution charts drawn; a wide table lists the rest in the profile table only. */
const MAX_DISTRIBUTION_CHARTS = 40;
/** Failing sample values shown per check (the JSON report has them all). */
const SAMPLES_SHOWN = 10;
const CHECK_TONES = {
    pass: 'pass',
    warn: 'warn',
    fail: 'fail'
};
const CHECK_WORDS = {
    pass: 'passed',
    warn: 'warning',
    fail: 'failed'
};
const STATUS_ORDER = { fail: 0, warn: 1, pass: 2 };
/** The verdict of a validate report as a badge. */
function validateStatus(report) {
    if (!report.passed)
        return { tone: 'fail', text: 'failed' };
    return report.summary.warnings > 0 || report.summary.failed > 0
        ? { tone: 'warn', text: 'passed with warnings' }
        : { tone: 'pass', text: 'passed' };
}
/**
 * Sections for one validate-data run. `profile` is the profile written with the report; without
 * it only the checks are shown. `idPrefix` tells apart several runs in one document.
 */
function validateReportSections(report, profile, options = {}) {
    const prefix = options.idPrefix ?? 'validate';
    const sections = [checksSection(report, `${prefix}-checks`)];
    if (profile !== undefined) {
        sections.push(profileSection(profile, `${prefix}-profile`));
        const failing = new Set(report.results.flatMap((result) => result.status !== 'pass' && result.column !== null ? [result.column] : []));
        sections.push(distributionSection(profile, failing, `${prefix}-distributions`));
    }
    return sections;
}
function checksSection(report, id) {
    const { summary } = report;
    const files = report.data.files.map((file) => file.path);
    const ordered = [...report.results].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
    const rows = ordered.map((result) => [
        (0,_status_badge_js__WEBPACK_IMPORTED_MODULE_5__/* .statusBadge */ .O)(CHECK_TONES[result.status], CHECK_WORDS[result.status]),
        (0,_html_table_js__WEBPACK_IMPORTED_MODULE_2__/* .codeText */ .p)(result.id),
        result.column === null ? (0,_markup_js__WEBPACK_IMPORTED_MODULE_4__/* .safeHtml */ .b5) `<span class="note">(table)</span>` : (0,_html_table_js__WEBPACK_IMPORTED_MODULE_2__/* .codeText */ .p)(result.column),
        observedText(result),
        result.expected,
        samplesMarkup(result),
        result.message
    ]);
    const table = (0,_html_table_js__WEBPACK_IMPORTED_MODULE_2__/* .htmlTable */ .I)({
        caption: `${summary.checks} check(s), problems first`,
        columns: [
            { header: 'Status' },
            { header: 'Check' },
            { header: 'Column' },
            { header: 'Observed' },
            { header: 'Expected' },
            { header: 'Failing rows (first)' },
            { header: 'Message' }
        ],
        rows,
        // Row classes mark problems for the eye; the status word says it in text.
        rowClasses: ordered.map((result) => (result.status === 'pass' ? '' : `row-${result.status}`)),
        emptyText: 'The checks file declares no checks.'
    });
    return {
        id,
        title: 'Data checks',
        source: 'validate-data',
        status: validateStatus(report),
        lead: `${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(report.data.rows)} rows × ${report.data.columns.length} columns: ${summary.passed} passed, ${summary.failed} failed, ${summary.warnings} warning(s).`,
        body: (0,_markup_js__WEBPACK_IMPORTED_MODULE_4__/* .safeHtml */ .b5) `${(0,_key_value_card_js__WEBPACK_IMPORTED_MODULE_3__/* .keyValueCard */ .J)([
            { key: 'Data', value: files.length === 0 ? '—' : (0,_markup_js__WEBPACK_IMPORTED_MODULE_4__/* .joinMarkup */ .Rm)(files.map(_html_table_js__WEBPACK_IMPORTED_MODULE_2__/* .codeText */ .p), ', ') },
            { key: 'Rows', value: (0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(report.data.rows) },
            { key: 'Columns', value: String(report.data.columns.length) },
            { key: 'Checks file', value: (0,_html_table_js__WEBPACK_IMPORTED_MODULE_2__/* .codeText */ .p)(report.checks_file) },
            { key: 'Fail on', value: report.fail_on },
            { key: 'Generated', value: report.generated_at }
        ])}${table}`
    };
}
function profileSection(profile, id) {
    const rows = profile.columns.map((column) => [
        (0,_html_table_js__WEBPACK_IMPORTED_MODULE_2__/* .codeText */ .p)(column.name),
        column.type,
        column.null_fraction === null
            ? '—'
            : `${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(column.nulls)} (${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayPercent */ .a)(column.null_fraction)})`,
        `${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(column.distinct)}${column.distinct_exact ? '' : ' (est.)'}`,
        extremeText(column.min),
        (0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(column.mean),
        (0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(column.std),
        (0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(quantile(column, 0.5)),
        extremeText(column.max),
        column.top_values
            .slice(0, 3)
            .map((entry) => `${(0,_markup_js__WEBPACK_IMPORTED_MODULE_4__/* .truncateText */ .EJ)(entry.value, 24)} (${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(entry.count)})`)
            .join(', ')
    ]);
    return {
        id,
        title: 'Column profile',
        source: 'validate-data',
        lead: `${profile.columns.length} column(s) over ${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(profile.rows)} rows. Quantiles are ${profile.columns.every((column) => column.quantiles_exact || column.quantiles === null) ? 'exact' : 'exact where marked, else sketch estimates'}.`,
        body: (0,_html_table_js__WEBPACK_IMPORTED_MODULE_2__/* .htmlTable */ .I)({
            columns: [
                { header: 'Column' },
                { header: 'Type' },
                { header: 'Missing', numeric: true },
                { header: 'Distinct', numeric: true },
                { header: 'Min', numeric: true },
                { header: 'Mean', numeric: true },
                { header: 'Std', numeric: true },
                { header: 'Median', numeric: true },
                { header: 'Max', numeric: true },
                { header: 'Top values' }
            ],
            rows,
            emptyText: 'The data has no columns.'
        })
    };
}
function distributionSection(profile, failing, id) {
    const drawable = profile.columns.filter((column) => (column.histogram !== null && column.histogram.counts.length > 0) ||
        column.top_values.length > 0);
    const ordered = [
        ...drawable.filter((column) => failing.has(column.name)),
        ...drawable.filter((column) => !failing.has(column.name))
    ];
    const shown = ordered.slice(0, MAX_DISTRIBUTION_CHARTS);
    const charts = shown.map((column) => distributionChart(column, failing.has(column.name)));
    const rest = ordered.length - shown.length;
    return {
        id,
        title: 'Distributions',
        source: 'validate-data',
        lead: drawable.length === 0
            ? 'No column has values to draw.'
            : `Histograms of numeric columns and the most frequent values of the others${failing.size > 0 ? '; columns with failing checks first' : ''}.`,
        body: (0,_markup_js__WEBPACK_IMPORTED_MODULE_4__/* .safeHtml */ .b5) `<div class="chart-grid">${charts}</div>${rest > 0 ? (0,_markup_js__WEBPACK_IMPORTED_MODULE_4__/* .safeHtml */ .b5) `<p class="note">${rest} more column(s) are in the profile table and the profile JSON.</p>` : ''}`
    };
}
function distributionChart(column, failing) {
    const caption = `${column.name}${failing ? ' (failing checks)' : ''}`;
    if (column.histogram !== null && column.histogram.counts.length > 0) {
        const { edges, counts } = column.histogram;
        const svg = (0,_bar_chart_js__WEBPACK_IMPORTED_MODULE_0__/* .barChartSvg */ .U)({
            title: `Histogram of ${column.name}`,
            description: `${counts.length} bins from ${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(edges[0])} to ${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(edges[edges.length - 1])}; ${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(counts.reduce((a, b) => a + b, 0))} values.`,
            xLabel: column.name,
            yLabel: 'rows',
            bins: { kind: 'intervals', edges },
            series: [{ label: 'rows', tone: 'value', values: counts }],
            width: 480,
            height: 260
        });
        return (0,_chart_frame_js__WEBPACK_IMPORTED_MODULE_1__/* .chartFigure */ .VR)(caption, svg, column.quantiles_exact ? undefined : 'Counts estimated from the quantile sketch.');
    }
    const top = column.top_values.slice(0, 10);
    const svg = (0,_bar_chart_js__WEBPACK_IMPORTED_MODULE_0__/* .barChartSvg */ .U)({
        title: `Most frequent values of ${column.name}`,
        description: `${top.length} most frequent of ${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(column.distinct)} distinct values.`,
        xLabel: column.name,
        yLabel: 'rows',
        bins: { kind: 'categories', labels: top.map((entry) => entry.value) },
        series: [{ label: 'rows', tone: 'value', values: top.map((entry) => entry.count) }],
        width: 480,
        height: 260
    });
    return (0,_chart_frame_js__WEBPACK_IMPORTED_MODULE_1__/* .chartFigure */ .VR)(caption, svg, column.top_values_exact
        ? undefined
        : 'Counts are estimates (more distinct values than tracked exactly).');
}
/** What a check measured, in words. */
function observedText(result) {
    if (result.unexpected_count !== null &&
        result.element_count > 0 &&
        result.check !== 'unique' &&
        result.check !== 'compound_unique') {
        return `${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(result.unexpected_count)} of ${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(result.element_count)} fail (${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(result.unexpected_percent ?? 0, 3)}%)`;
    }
    const observed = result.observed;
    if (observed === null || observed === undefined)
        return '—';
    if (typeof observed === 'number')
        return `${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(observed)}${result.exact ? '' : ' (est.)'}`;
    if (typeof observed === 'string' || typeof observed === 'boolean')
        return String(observed);
    if (Array.isArray(observed)) {
        return observed.slice(0, 8).map(valueText).join(', ') + (observed.length > 8 ? ', …' : '');
    }
    return Object.entries(observed)
        .map(([key, value]) => `${key.replace(/_/g, ' ')}: ${valueText(value)}`)
        .join(', ');
}
/** A value of an observation: numbers shortened, nested structures as JSON. */
function valueText(value) {
    if (typeof value === 'number')
        return (0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(value);
    if (typeof value === 'string')
        return value;
    return JSON.stringify(value) ?? String(value);
}
function samplesMarkup(result) {
    if (result.unexpected_samples.length === 0)
        return '';
    const items = result.unexpected_samples
        .slice(0, SAMPLES_SHOWN)
        .map((sample) => (0,_markup_js__WEBPACK_IMPORTED_MODULE_4__/* .safeHtml */ .b5) `<li>row ${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(sample.row)}: <code>${(0,_markup_js__WEBPACK_IMPORTED_MODULE_4__/* .truncateText */ .EJ)(sample.value, 60)}</code></li>`);
    const more = result.unexpected_samples.length - SAMPLES_SHOWN;
    return (0,_markup_js__WEBPACK_IMPORTED_MODULE_4__/* .safeHtml */ .b5) `<ul class="samples">${items}${more > 0 ? (0,_markup_js__WEBPACK_IMPORTED_MODULE_4__/* .safeHtml */ .b5) `<li>… ${more} more in the JSON report</li>` : ''}</ul>`;
}
function extremeText(value) {
    if (value === null)
        return '—';
    return typeof value === 'number' ? (0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(value) : value;
}
function quantile(column, q) {
    return column.quantiles?.find((entry) => entry.q === q)?.value ?? null;
}


/***/ }),

/***/ 26820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ validateDataOptions)
/* harmony export */ });
/* harmony import */ var _options_lineage_url_option_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95742);
/* harmony import */ var _options_html_report_option_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6079);


/** Options of validate-data: the action's inputs and `tollgate validate`'s flags. */
const validateDataOptions = {
    data: {
        description: 'Data file(s): a path, a glob, or several separated by newlines or commas (not needed when the checks file has a `source:` table, or with `merge`).'
    },
    checks: { description: 'Path to the checks file (YAML).', required: true },
    format: {
        description: 'Data format: auto, csv, tsv, jsonl or parquet.',
        default: 'auto',
        choices: ['auto', 'csv', 'tsv', 'jsonl', 'parquet']
    },
    delimiter: { description: 'Field delimiter for CSV files when it is not a comma.', default: '' },
    'fail-on': {
        description: 'Fail on: error (failed error-severity checks), warn (any failed check) or never.',
        default: 'error',
        choices: ['error', 'warn', 'never']
    },
    'report-path': { description: 'Where to write the JSON report.', default: '' },
    'profile-path': { description: 'Where to write the column profile JSON.', default: '' },
    comment: {
        description: 'Post the report as a pull-request comment: auto, true or false.',
        default: 'auto',
        choices: ['auto', 'true', 'false'],
        actionOnly: true
    },
    threads: { description: 'Worker threads for the scan (0 = one per core).', default: '0' },
    shard: {
        description: "Run as shard k/n of a matrix (e.g. 3/16): scan only this shard's share of the data and write a partial result for `merge` instead of a report.",
        default: ''
    },
    merge: {
        description: 'Merge the partials that the shard jobs of this workflow run uploaded, and report as one run would: true or false.',
        default: 'false',
        choices: ['true', 'false'],
        actionOnly: true
    },
    'html-report': _options_html_report_option_js__WEBPACK_IMPORTED_MODULE_1__/* .HTML_REPORT_OPTION */ .N,
    'lineage-url': _options_lineage_url_option_js__WEBPACK_IMPORTED_MODULE_0__/* .LINEAGE_URL_OPTION */ .G,
    token: { description: 'Token for the PR comment.', actionOnly: true }
};


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

/***/ 74309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ ConflictError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);

/**
 * A write that would change something already stored: the same bundle name, record key or claim
 * with different content. Stored items are immutable (DESIGN.md §3), so the second writer is told
 * instead of overwriting; an idempotent re-run that writes identical content never sees this.
 */
class ConflictError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TollgateError */ .xB {
    name = 'ConflictError';
}


/***/ })

};
