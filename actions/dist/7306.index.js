export const id = 7306;
export const ids = [7306];
export const modules = {

/***/ 34211:
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
// EXTERNAL MODULE: ./shared/adapters/action-report.ts
var action_report = __webpack_require__(11152);
// EXTERNAL MODULE: ./shared/adapters/html-artifact.ts
var html_artifact = __webpack_require__(2981);
// EXTERNAL MODULE: ./shared/adapters/user-files.ts
var user_files = __webpack_require__(24574);
// EXTERNAL MODULE: ./shared/html-report/bar-chart.ts
var bar_chart = __webpack_require__(43483);
// EXTERNAL MODULE: ./shared/html-report/chart-frame.ts
var chart_frame = __webpack_require__(98967);
// EXTERNAL MODULE: ./shared/html-report/display-number.ts
var display_number = __webpack_require__(69755);
// EXTERNAL MODULE: ./shared/html-report/html-table.ts
var html_table = __webpack_require__(88839);
// EXTERNAL MODULE: ./shared/html-report/key-value-card.ts
var key_value_card = __webpack_require__(52587);
// EXTERNAL MODULE: ./shared/html-report/markup.ts
var markup = __webpack_require__(78643);
;// CONCATENATED MODULE: ./shared/html-report/train-sections.ts






/**
 * The train part of an HTML report: the model and its data (by digest), the metrics on the
 * validation rows next to the training rows (a large gap is over-fitting), the parameters, and
 * the feature importances as a bar chart.
 */
/** Features drawn in the importance chart; the table lists them all. */
const MAX_IMPORTANCE_BARS = 20;
/** Sections for one training run; `idPrefix` tells apart several runs in one document. */
function trainReportSections(report, options = {}) {
    const prefix = options.idPrefix ?? 'train';
    const rows = report.rows;
    const facts = [
        {
            key: 'Model',
            value: report.command === null ? report.model : `${report.model}: ${report.command}`
        },
        { key: 'Task', value: report.task ?? 'decided by the command' },
        { key: 'Target', value: (0,html_table/* codeText */.p)(report.target) },
        {
            key: 'Rows',
            value: `${(0,display_number/* displayNumber */.o)(rows.total)} (train ${(0,display_number/* displayNumber */.o)(rows.train)}, validation ${(0,display_number/* displayNumber */.o)(rows.validation)}${rows.dropped_missing_target ? `, ${(0,display_number/* displayNumber */.o)(rows.dropped_missing_target)} without a target` : ''})`
        },
        ...(report.code.commit === undefined
            ? []
            : [
                {
                    key: 'Commit',
                    value: `${report.code.commit.slice(0, 12)}${report.code.dirty === true ? ' (uncommitted changes)' : ''}`
                }
            ]),
        { key: 'Duration', value: `${(0,display_number/* displayNumber */.o)(report.duration_ms / 1000, 3)} s` },
        { key: 'Generated', value: report.generated_at }
    ];
    const names = [
        ...new Set([...Object.keys(report.metrics), ...Object.keys(report.training_metrics ?? {})])
    ];
    const metrics = (0,html_table/* htmlTable */.I)({
        caption: `Metrics (${report.metrics_source})`,
        columns: [
            { header: 'Metric' },
            { header: report.metrics_source === 'validation' ? 'Validation' : 'Value', numeric: true },
            ...(report.training_metrics === null ? [] : [{ header: 'Training rows', numeric: true }])
        ],
        rows: names.map((name) => [
            (0,html_table/* codeText */.p)(name),
            (0,display_number/* displayNumber */.o)(report.metrics[name]),
            ...(report.training_metrics === null ? [] : [(0,display_number/* displayNumber */.o)(report.training_metrics[name])])
        ]),
        emptyText: 'No metrics were recorded.'
    });
    const data = (0,html_table/* htmlTable */.I)({
        caption: 'Training data',
        columns: [
            { header: 'File' },
            { header: 'Format' },
            { header: 'Bytes', numeric: true },
            { header: 'SHA-256' }
        ],
        rows: report.data.map((file) => [
            (0,html_table/* codeText */.p)(file.path),
            file.format,
            (0,display_number/* displayNumber */.o)(file.bytes),
            (0,html_table/* codeText */.p)(file.sha256)
        ])
    });
    const params = (0,html_table/* htmlTable */.I)({
        caption: 'Parameters',
        columns: [{ header: 'Parameter' }, { header: 'Value' }],
        rows: Object.entries(report.params).map(([name, value]) => [
            (0,html_table/* codeText */.p)(name),
            typeof value === 'string' ? value : JSON.stringify(value)
        ]),
        emptyText: 'No parameters were recorded.'
    });
    const importances = report.feature_importances;
    const shown = importances.slice(0, MAX_IMPORTANCE_BARS);
    const chart = shown.length === 0
        ? ''
        : (0,chart_frame/* chartFigure */.VR)('Feature importance', (0,bar_chart/* barChartSvg */.U)({
            title: 'Feature importance',
            description: `The ${shown.length} most important of ${importances.length} features, largest first.`,
            xLabel: 'feature',
            yLabel: 'importance',
            bins: { kind: 'categories', labels: shown.map((entry) => entry.feature) },
            series: [
                { label: 'importance', tone: 'value', values: shown.map((entry) => entry.importance) }
            ]
        }), importances.length > shown.length
            ? `${importances.length - shown.length} more feature(s) in the JSON report.`
            : undefined);
    const warnings = report.warnings.length === 0
        ? ''
        : (0,markup/* safeHtml */.b5) `<h3>Warnings</h3><ul>${report.warnings.map((warning) => (0,markup/* safeHtml */.b5) `<li>${warning}</li>`)}</ul>`;
    return [
        {
            id: `${prefix}-run`,
            title: 'Training run',
            source: 'train',
            lead: `${report.model} on ${report.target}; run ${report.run_id}.`,
            body: (0,markup/* safeHtml */.b5) `${(0,key_value_card/* keyValueCard */.J)(facts)}${metrics}${chart}${warnings}`
        },
        {
            id: `${prefix}-inputs`,
            title: 'Training data and parameters',
            source: 'train',
            collapsed: true,
            body: (0,markup/* safeHtml */.b5) `${data}${params}`
        }
    ];
}

// EXTERNAL MODULE: ./shared/operations/train-model.ts + 19 modules
var train_model = __webpack_require__(64403);
// EXTERNAL MODULE: ./shared/operations/train-options.ts
var train_options = __webpack_require__(67976);
// EXTERNAL MODULE: ./shared/report/escape.ts
var report_escape = __webpack_require__(46682);
// EXTERNAL MODULE: ./shared/report/train-summary.ts
var train_summary = __webpack_require__(40066);
;// CONCATENATED MODULE: ./actions/train/main.ts











/** The inputs this action reads (checked against action.yml by the metadata test). */
const inputs = train_options/* trainOptions */.P$;
/**
 * train: fit a built-in learner or run the user's training command, and leave a model directory
 * with metrics, params, the training-data profile, provenance and lineage for register-model.
 */
async function run() {
    await (0,action_step/* runActionStep */.y)('train', async () => {
        const options = (0,action_step/* actionOptions */.R)(train_options/* trainOptions */.P$);
        const request = (0,train_options/* readTrainRequest */.Qi)(options);
        const outcome = request.model === 'command'
            ? await runner_commands/* group */.Os('Training command', () => (0,train_model/* trainModel */._)(request))
            : await (0,train_model/* trainModel */._)(request);
        const { report } = outcome;
        const reportPath = options.string('report-path') ?? (0,action_report/* defaultReportPath */.j)('train', 'report');
        (0,user_files/* writeJsonFile */.An)(reportPath, report);
        for (const warning of report.warnings)
            runner_commands/* warning */.$e((0,report_escape/* escapeLog */.Ah)(warning), { title: 'train' });
        runner_commands/* setOutput */.uH('model-path', outcome.outputDir);
        runner_commands/* setOutput */.uH('metrics', JSON.stringify(report.metrics));
        runner_commands/* setOutput */.uH('run-id', report.run_id);
        runner_commands/* setOutput */.uH('lineage', outcome.lineagePath);
        runner_commands/* setOutput */.uH('report', reportPath);
        const html = options.boolean('html-report') === true
            ? await (0,html_artifact/* publishHtmlReport */.Vp)(trainReportSections(report), {
                title: `Tollgate train: ${report.model}`,
                status: report.warnings.length > 0
                    ? { tone: 'warn', text: 'trained with warnings' }
                    : { tone: 'pass', text: 'trained' },
                generatedAt: report.generated_at
            }, { name: 'tollgate-train-report' })
            : undefined;
        await (0,action_report/* writeJobSummary */.C)((0,train_summary/* trainSummaryMarkdown */.A)(report, outcome.events) + (html?.summary ? `\n${html.summary}` : ''));
        const metrics = Object.entries(report.metrics)
            .map(([name, value]) => `${name}=${Number(value.toPrecision(6))}`)
            .join(', ');
        runner_commands/* info */.pq((0,report_escape/* escapeLog */.Ah)(`train: ${report.model} on ${report.rows.total} rows, ${report.metrics_source} metrics ${metrics}. ` +
            `Model: ${outcome.outputDir}. Report: ${reportPath}`));
        // The event written to the model directory's lineage.json, which register-model stores.
        await (0,action_lineage/* emitActionLineage */.X)('train', outcome.events, { url: options.string('lineage-url') });
    });
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

/***/ 55083:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ trainRunEvent),
/* harmony export */   q: () => (/* binding */ columnMetrics)
/* harmony export */ });
/* harmony import */ var _lineage_openlineage_event_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20068);

/**
 * The OpenLineage COMPLETE event of a training run (DESIGN.md §7): inputs are the training data
 * files, each with its SHA-256 (so the same bytes are one node wherever they are read), its schema
 * and data-quality metrics from the profile; outputs are the files the run produced, by digest,
 * which register-model then reads as its inputs — that is how a version links back to its data.
 */
function trainRunEvent(request) {
    const { context, profile } = request;
    const schema = profile.columns.map((column) => ({ name: column.name, type: column.type }));
    const single = request.data.length === 1;
    const inputs = request.data.map((file) => ({
        namespace: context.namespace,
        name: file.path,
        sha256: file.sha256,
        schema,
        quality: {
            bytes: file.bytes,
            // The profile covers the whole table; per-file metrics are only exact for one file.
            ...(single ? { rowCount: profile.rows, columns: columnMetrics(profile) } : {})
        }
    }));
    const outputs = request.outputs.map((file) => ({
        namespace: context.namespace,
        name: file.name,
        sha256: file.sha256
    }));
    return (0,_lineage_openlineage_event_js__WEBPACK_IMPORTED_MODULE_0__/* .buildRunEvent */ .IZ)({
        context,
        eventType: 'COMPLETE',
        eventTime: request.eventTime,
        inputs,
        outputs
    });
}
/** The profile's per-column numbers in OpenLineage's DataQualityMetrics shape. */
function columnMetrics(profile) {
    const metrics = {};
    for (const column of profile.columns) {
        const entry = {
            nullCount: column.nulls,
            distinctCount: column.distinct,
            count: column.count
        };
        if (typeof column.min === 'number')
            entry.min = column.min;
        if (typeof column.max === 'number')
            entry.max = column.max;
        if (column.sum !== null && Number.isFinite(column.sum))
            entry.sum = column.sum;
        if (column.quantiles !== null) {
            entry.quantiles = Object.fromEntries(column.quantiles.filter((q) => Number.isFinite(q.value)).map((q) => [String(q.q), q.value]));
        }
        metrics[column.name] = entry;
    }
    return metrics;
}


/***/ }),

/***/ 67976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P$: () => (/* binding */ trainOptions),
/* harmony export */   Qi: () => (/* binding */ readTrainRequest)
/* harmony export */ });
/* unused harmony export parseParamsOption */
/* harmony import */ var _config_yaml_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68302);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32635);
/* harmony import */ var _options_option_table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55739);
/* harmony import */ var _options_lineage_url_option_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95742);
/* harmony import */ var _options_html_report_option_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6079);





/** Options of train: the action's inputs and `tollgate train`'s flags. */
const trainOptions = {
    data: {
        description: 'Training data: a path, a glob, or several separated by newlines or commas (CSV, TSV, JSON Lines or Parquet).',
        required: true
    },
    target: { description: 'Name of the target column.', required: true },
    model: {
        description: 'logistic-regression, linear-regression, gbdt, or command (run your own trainer).',
        default: 'gbdt',
        choices: ['logistic-regression', 'linear-regression', 'gbdt', 'command']
    },
    command: {
        description: 'The training command for model: command (run by the shell).',
        default: ''
    },
    output: {
        description: 'Directory to write the model and its run records into.',
        default: 'model'
    },
    params: {
        description: 'Hyper-parameters as a JSON or YAML mapping, with scikit-learn names.',
        default: ''
    },
    features: {
        description: 'Feature columns (comma- or newline-separated); default every column but the target.',
        default: ''
    },
    categorical: {
        description: 'Columns to treat as categories even when they hold numbers.',
        default: ''
    },
    task: {
        description: 'auto, binary, multiclass or regression.',
        default: 'auto',
        choices: ['auto', 'binary', 'multiclass', 'regression']
    },
    seed: { description: 'Seed of the validation split and of any sampling.', default: '0' },
    'validation-fraction': {
        description: 'Share of the rows held out to compute the metrics, from 0 to below 1.',
        default: '0.2'
    },
    format: {
        description: 'Data format: auto, csv, tsv, jsonl or parquet.',
        default: 'auto',
        choices: ['auto', 'csv', 'tsv', 'jsonl', 'parquet']
    },
    delimiter: { description: 'Field delimiter for CSV files when it is not a comma.', default: '' },
    'report-path': { description: 'Where to write the JSON report.', default: '' },
    'html-report': _options_html_report_option_js__WEBPACK_IMPORTED_MODULE_4__/* .HTML_REPORT_OPTION */ .N,
    'lineage-url': _options_lineage_url_option_js__WEBPACK_IMPORTED_MODULE_3__/* .LINEAGE_URL_OPTION */ .G
};
/**
 * The train request an action or `tollgate train` asks for, read from its options. `params` is
 * a YAML or JSON mapping (`max_iter: 200` or `{"max_iter": 200}`), since a workflow's `with:`
 * block reads best as YAML and a shell as JSON.
 */
function readTrainRequest(options) {
    const task = options.choice('task');
    const command = options.string('command');
    return {
        data: (0,_options_option_table_js__WEBPACK_IMPORTED_MODULE_2__/* .splitList */ .ry)(options.requiredString('data')),
        target: options.requiredString('target').trim(),
        model: options.choice('model'),
        ...(command === undefined ? {} : { command }),
        output: options.requiredString('output'),
        params: parseParamsOption(options.string('params'), options.source.describe('params')),
        features: options.list('features'),
        categorical: options.list('categorical'),
        ...(task === 'auto' ? {} : { task }),
        seed: options.integer('seed') ?? 0,
        validationFraction: options.number('validation-fraction') ?? 0.2,
        format: options.choice('format'),
        ...(options.string('delimiter') === undefined ? {} : { delimiter: options.string('delimiter') })
    };
}
/** Parses the `params` option: a YAML or JSON mapping; empty means none. */
function parseParamsOption(text, what) {
    if (text === undefined || text.trim() === '')
        return {};
    const node = (0,_config_yaml_source_js__WEBPACK_IMPORTED_MODULE_0__/* .parseYamlSource */ .W)(text, what);
    if (node.kind === 'null')
        return {};
    if (node.kind !== 'map') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${what} must be a mapping of parameter names to values, e.g. {"max_iter": 200} or ` +
            `max_iter: 200; found ${node.describe()}`);
    }
    return node.toValue();
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

/***/ 40066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ trainSummaryMarkdown),
/* harmony export */   Z: () => (/* binding */ formatNumber)
/* harmony export */ });
/* harmony import */ var _lineage_lineage_graph_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80320);
/* harmony import */ var _lineage_mermaid_lineage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19535);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46682);
/* harmony import */ var _mermaid_charts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(11830);
/* harmony import */ var _text_grouped_integer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(34369);





/** Feature importances drawn in the chart; the rest are counted below it. */
const CHART_FEATURES = 12;
/**
 * The job summary of a training run: metrics table, feature-importance chart, parameters, the
 * data it read (with digests), where it ran, and the lineage graph. Every value that comes from
 * data, the user's command or the learner's parameters is escaped.
 */
function trainSummaryMarkdown(report, events) {
    const what = report.model === 'command'
        ? `command ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(report.command ?? '', 60)}`
        : `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(report.model)}${report.task === null ? '' : ` (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(report.task)})`}`;
    const data = report.data.map((file) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(file.path, 60)).join(', ');
    const lines = [
        `### Tollgate train: ${what}`,
        '',
        `Target ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(report.target)} · ${(0,_text_grouped_integer_js__WEBPACK_IMPORTED_MODULE_3__/* .groupedInteger */ .b)(report.rows.total)} rows in ${data} · ` +
            `${formatDuration(report.duration_ms)} · run ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(report.run_id)}`,
        ''
    ];
    for (const warning of report.warnings)
        lines.push(`> ⚠️ ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(warning, 300)}`, '');
    lines.push('#### Metrics', '');
    const names = Object.keys(report.metrics);
    const source = {
        validation: `validation (${report.rows.validation ?? '?'} rows)`,
        training: 'training rows',
        command: 'reported by the command'
    }[report.metrics_source];
    if (report.training_metrics !== null && report.metrics_source === 'validation') {
        lines.push(`| Metric | ${source} | training (${report.rows.train ?? '?'} rows) |`);
        lines.push('| --- | --- | --- |');
        for (const name of names) {
            const train = report.training_metrics[name];
            lines.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(name)} | ${formatNumber(report.metrics[name])} | ${train === undefined ? '—' : formatNumber(train)} |`);
        }
    }
    else {
        lines.push(`| Metric | ${source} |`, '| --- | --- |');
        for (const name of names)
            lines.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(name)} | ${formatNumber(report.metrics[name])} |`);
    }
    lines.push('');
    if (report.feature_importances.length > 0) {
        const shown = report.feature_importances.slice(0, CHART_FEATURES);
        lines.push('#### Feature importances', '');
        lines.push((0,_mermaid_charts_js__WEBPACK_IMPORTED_MODULE_4__/* .categoryChart */ .$W)('Feature importance (share, %)', shown.map((entry) => ({
            label: entry.feature,
            value: Number((entry.importance * 100).toFixed(2))
        })), '%'));
        const rest = report.feature_importances.length - shown.length;
        if (rest > 0)
            lines.push('', `_${rest} more feature(s) with smaller importance are in the report._`);
        lines.push('');
    }
    const params = Object.entries(report.params).filter(([name]) => name !== 'command');
    if (params.length > 0) {
        lines.push('<details><summary>Parameters</summary>', '', '| Parameter | Value |', '| --- | --- |');
        for (const [name, value] of params) {
            lines.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(name)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(JSON.stringify(value), 100)} |`);
        }
        lines.push('', '</details>', '');
    }
    lines.push('<details><summary>Data, code and environment</summary>', '');
    lines.push('| Data file | Format | Bytes | SHA-256 |', '| --- | --- | --- | --- |');
    for (const file of report.data) {
        lines.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(file.path, 60)} | ${file.format} | ${(0,_text_grouped_integer_js__WEBPACK_IMPORTED_MODULE_3__/* .groupedInteger */ .b)(file.bytes)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(file.sha256)} |`);
    }
    lines.push('', '| Model file | Bytes | SHA-256 |', '| --- | --- | --- |');
    for (const file of report.files) {
        lines.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(file.name)} | ${(0,_text_grouped_integer_js__WEBPACK_IMPORTED_MODULE_3__/* .groupedInteger */ .b)(file.size)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(file.sha256)} |`);
    }
    const { code, environment } = report;
    const commit = code.commit === undefined
        ? 'unknown'
        : `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(code.commit)}${code.dirty === true ? ' (modified files)' : ''}`;
    const runner = environment.runner === undefined
        ? ''
        : ` · runner ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)([environment.runner.name, environment.runner.os, environment.runner.arch].filter((part) => part !== undefined).join(' '))}`;
    lines.push('', `Commit ${commit} · Node ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(environment.node)} · ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(`${environment.os.platform} ${environment.os.release} ${environment.os.arch}`)}${runner} · Tollgate ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(environment.tollgate)}`, '', '</details>', '');
    if (events.length > 0) {
        lines.push('#### Lineage', '', (0,_lineage_mermaid_lineage_js__WEBPACK_IMPORTED_MODULE_1__/* .renderLineageMermaidBlock */ .o2)((0,_lineage_lineage_graph_js__WEBPACK_IMPORTED_MODULE_0__/* .buildLineageGraph */ .yc)(events)).trimEnd(), '');
    }
    return lines.join('\n');
}
/** Metrics with 4 significant digits: enough to compare runs at a glance; the JSON is exact. */
function formatNumber(value) {
    if (Number.isInteger(value))
        return (0,_text_grouped_integer_js__WEBPACK_IMPORTED_MODULE_3__/* .groupedInteger */ .b)(value);
    return String(Number(value.toPrecision(4)));
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${ms} ms`;
    const seconds = ms / 1000;
    if (seconds < 120)
        return `${seconds.toFixed(1)} s`;
    return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}


/***/ }),

/***/ 95854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   In: () => (/* binding */ serializeBundleManifest),
/* harmony export */   Py: () => (/* binding */ describeBundleDifference),
/* harmony export */   Qs: () => (/* binding */ verifyBundleFile),
/* harmony export */   Sb: () => (/* binding */ buildBundleManifest),
/* harmony export */   Sq: () => (/* binding */ findBundleFile),
/* harmony export */   nv: () => (/* binding */ parseBundleManifest),
/* harmony export */   vt: () => (/* binding */ sameBundleContents)
/* harmony export */ });
/* unused harmony export BUNDLE_MANIFEST_SCHEMA */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92113);
/* harmony import */ var _content_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73734);
/* harmony import */ var _store_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33780);




const BUNDLE_MANIFEST_SCHEMA = 'tollgate.bundle-manifest/1';
/**
 * Validates a bundle before anything is written (names, count, sizes) and computes its manifest.
 * Two names that differ only in case are refused: they would overwrite each other on the
 * case-insensitive file systems of macOS and Windows runners.
 */
function buildBundleManifest(bundle, files) {
    (0,_store_names_js__WEBPACK_IMPORTED_MODULE_3__/* .assertBundleName */ .OC)(bundle);
    if (files.size + 1 > _store_names_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_BUNDLE_FILES */ .ow) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`Bundle ${JSON.stringify(bundle)} has ${files.size} files; at most ` +
            `${_store_names_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_BUNDLE_FILES */ .ow - 1} fit beside its ${_store_names_js__WEBPACK_IMPORTED_MODULE_3__/* .BUNDLE_MANIFEST_FILE */ .EI} (GitHub allows ` +
            `${_store_names_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_BUNDLE_FILES */ .ow} assets per release). Combine files, e.g. into an archive.`);
    }
    const seen = new Map();
    const entries = [];
    for (const [name, bytes] of files) {
        (0,_store_names_js__WEBPACK_IMPORTED_MODULE_3__/* .assertBundleFileName */ .yx)(name);
        if (name === _store_names_js__WEBPACK_IMPORTED_MODULE_3__/* .BUNDLE_MANIFEST_FILE */ .EI) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`Bundle ${JSON.stringify(bundle)} cannot contain a file named ${_store_names_js__WEBPACK_IMPORTED_MODULE_3__/* .BUNDLE_MANIFEST_FILE */ .EI}: ` +
                'the store writes that file itself. Rename yours.');
        }
        const folded = name.toLowerCase();
        const clash = seen.get(folded);
        if (clash !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`Bundle ${JSON.stringify(bundle)} has files ${JSON.stringify(clash)} and ` +
                `${JSON.stringify(name)}, which differ only in case; rename one of them.`);
        }
        seen.set(folded, name);
        (0,_store_names_js__WEBPACK_IMPORTED_MODULE_3__/* .assertStorableSize */ .uw)(bytes.byteLength, `File ${JSON.stringify(name)}`);
        entries.push({ name, ...(0,_content_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestOf */ .ol)(bytes) });
    }
    entries.sort((a, b) => (0,_store_names_js__WEBPACK_IMPORTED_MODULE_3__/* .compareCodeUnits */ .UF)(a.name, b.name));
    return { schema: BUNDLE_MANIFEST_SCHEMA, bundle, files: entries };
}
/** The bytes of `manifest.json`. */
function serializeBundleManifest(manifest) {
    return (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJsonBytes */ .qJ)(manifest, _store_names_js__WEBPACK_IMPORTED_MODULE_3__/* .BUNDLE_MANIFEST_FILE */ .EI);
}
/**
 * Reads a stored `manifest.json` and checks its shape. A manifest that does not parse, or names
 * another bundle, means the bundle itself cannot be trusted: IntegrityError.
 */
function parseBundleManifest(bytes, bundle) {
    const what = `The ${_store_names_js__WEBPACK_IMPORTED_MODULE_3__/* .BUNDLE_MANIFEST_FILE */ .EI} of bundle ${JSON.stringify(bundle)}`;
    const parsed = (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonBytes */ .dQ)(bytes);
    if (!parsed.ok) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IntegrityError */ .cs(`${what} is damaged: it is not valid JSON (${parsed.problem}).`);
    }
    const value = parsed.value;
    if (!(0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .OW)(value) ||
        value.schema !== BUNDLE_MANIFEST_SCHEMA ||
        !Array.isArray(value.files)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IntegrityError */ .cs(`${what} is damaged: expected an object with schema "${BUNDLE_MANIFEST_SCHEMA}" and a files list.`);
    }
    if (value.bundle !== bundle) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IntegrityError */ .cs(`${what} names bundle ${JSON.stringify(value.bundle)}; it was not written for this bundle.`);
    }
    const files = [];
    for (const entry of value.files) {
        if (!(0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonObject */ .OW)(entry) ||
            typeof entry.name !== 'string' ||
            typeof entry.size !== 'number' ||
            !Number.isSafeInteger(entry.size) ||
            entry.size < 0 ||
            !(0,_content_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .isSha256Hex */ .P4)(entry.sha256)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IntegrityError */ .cs(`${what} is damaged: a file entry lacks a name, a size or a sha256 (${JSON.stringify(entry)}).`);
        }
        files.push({ name: entry.name, size: entry.size, sha256: entry.sha256 });
    }
    return { schema: BUNDLE_MANIFEST_SCHEMA, bundle, files };
}
/** True when two manifests describe the same files with the same bytes. */
function sameBundleContents(a, b) {
    if (a.files.length !== b.files.length)
        return false;
    return a.files.every((entry, index) => {
        const other = b.files[index];
        return (other !== undefined &&
            other.name === entry.name &&
            other.size === entry.size &&
            other.sha256 === entry.sha256);
    });
}
/** Describes how a re-publish differs from what is stored, for a ConflictError message. */
function describeBundleDifference(stored, attempted) {
    const storedByName = new Map(stored.files.map((entry) => [entry.name, entry]));
    const attemptedByName = new Map(attempted.files.map((entry) => [entry.name, entry]));
    const differences = [];
    for (const entry of attempted.files) {
        const other = storedByName.get(entry.name);
        if (other === undefined)
            differences.push(`${entry.name} is new`);
        else if (other.sha256 !== entry.sha256)
            differences.push(`${entry.name} has other content`);
    }
    for (const entry of stored.files) {
        if (!attemptedByName.has(entry.name))
            differences.push(`${entry.name} is missing`);
    }
    return differences.slice(0, 5).join(', ') + (differences.length > 5 ? ', …' : '');
}
/** The manifest entry of one file; UsageError naming the available files when absent. */
function findBundleFile(manifest, fileName) {
    const entry = manifest.files.find((file) => file.name === fileName);
    if (entry === undefined) {
        const available = manifest.files.map((file) => file.name).join(', ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`Bundle ${JSON.stringify(manifest.bundle)} has no file ${JSON.stringify(fileName)}; ` +
            `it has: ${available || '(no files)'}.`);
    }
    return entry;
}
/** Checks bytes read for one file against the manifest (IntegrityError on mismatch). */
function verifyBundleFile(manifest, fileName, bytes) {
    (0,_content_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyDigest */ .Ub)(bytes, findBundleFile(manifest, fileName), `File ${JSON.stringify(fileName)} of bundle ${JSON.stringify(manifest.bundle)}`);
}


/***/ }),

/***/ 73734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P4: () => (/* binding */ isSha256Hex),
/* harmony export */   Ub: () => (/* binding */ verifyDigest),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   ol: () => (/* binding */ digestOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32635);


/** Lower-case hexadecimal SHA-256 of the bytes (the form GitHub shows as `digest: sha256:<hex>`). */
function sha256Hex(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
/** The digest of bytes about to be stored. */
function digestOf(bytes) {
    return { size: bytes.byteLength, sha256: sha256Hex(bytes) };
}
/** True when the value looks like a hexadecimal SHA-256 as this module writes it. */
function isSha256Hex(value) {
    return typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);
}
/**
 * Checks bytes read back from a store against the digest recorded at write time, so a truncated
 * download, a flipped bit on disk or a tampered asset is reported instead of being used.
 * `what` names the stored item in the error ("file model.json of bundle churn@v0.0.1").
 */
function verifyDigest(bytes, expected, what) {
    if (bytes.byteLength !== expected.size) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .IntegrityError */ .cs(`${what} is damaged: it has ${bytes.byteLength} bytes but ${expected.size} were recorded ` +
            'when it was written.');
    }
    const actual = sha256Hex(bytes);
    if (actual !== expected.sha256) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .IntegrityError */ .cs(`${what} is damaged: its sha256 is ${actual} but ${expected.sha256} was recorded when it ` +
            'was written.');
    }
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


/***/ }),

/***/ 33780:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EI: () => (/* binding */ BUNDLE_MANIFEST_FILE),
/* harmony export */   EM: () => (/* binding */ MAX_NAME_LENGTH),
/* harmony export */   Fs: () => (/* binding */ assertSeriesName),
/* harmony export */   H7: () => (/* binding */ assertRecordKey),
/* harmony export */   OC: () => (/* binding */ assertBundleName),
/* harmony export */   Q5: () => (/* binding */ assertRefPrefix),
/* harmony export */   UF: () => (/* binding */ compareCodeUnits),
/* harmony export */   ow: () => (/* binding */ MAX_BUNDLE_FILES),
/* harmony export */   rY: () => (/* binding */ assertRefName),
/* harmony export */   uw: () => (/* binding */ assertStorableSize),
/* harmony export */   yx: () => (/* binding */ assertBundleFileName)
/* harmony export */ });
/* unused harmony export MAX_FILE_BYTES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);

/**
 * Names a Store accepts, and the limits it enforces. Every store checks names with these functions
 * before any I/O, so a name that works locally also works on GitHub and the other way round:
 * - ref and bundle names become git tag names (`refs/tags/<name>`) and release tag names;
 * - bundle file names, series names and record keys become release asset names, which GitHub
 *   silently renames when they contain other characters or a leading or trailing period
 *   (GITHUB-TESTING.md §5.1), and local file names.
 * None of them may contain a path separator or `..`, so no name can reach outside a local store.
 *
 * Names always start with a letter or digit. Implementations may use names starting with `_`
 * for their own bookkeeping (e.g. the release tags of record-series segments on GitHub); such
 * names can never collide with a caller's.
 */
/** GitHub's cap on assets per release; a bundle's `manifest.json` counts as one of them. */
const MAX_BUNDLE_FILES = 1000;
/** Largest file or record a store accepts: GitHub requires each release asset to be under 2 GiB. */
const MAX_FILE_BYTES = 2 * 1024 ** 3 - 1;
/** Longest name accepted, well inside file-system (255) and git limits. */
const MAX_NAME_LENGTH = 200;
/** The file every bundle carries, written by the store; callers cannot supply a file by this name. */
const BUNDLE_MANIFEST_FILE = 'manifest.json';
const REF_NAME = /^[A-Za-z0-9][A-Za-z0-9._@#!-]*$/;
const REF_PREFIX = /^[A-Za-z0-9._@#!-]*$/;
const ASSET_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const REF_CHARACTERS_HINT = 'use letters, digits and the characters . _ - @ # !, starting with a letter or digit';
const ASSET_CHARACTERS_HINT = 'use letters, digits and the characters . _ -, starting with a letter or digit ' +
    '(GitHub renames release assets with other characters)';
/**
 * Checks the name of a claim (a git tag on GitHub, e.g. `churn@v0.0.1` or `churn#production#3`).
 * `what` says what the name is for in the error ("ref name", "bundle name").
 */
function assertRefName(name, what = 'ref name') {
    checkLength(name, what);
    if (!REF_NAME.test(name))
        fail(name, what, REF_CHARACTERS_HINT);
    if (name.includes('..'))
        fail(name, what, 'it must not contain ".."');
    if (name.endsWith('.'))
        fail(name, what, 'it must not end with "."');
    if (name.endsWith('.lock'))
        fail(name, what, 'git does not allow names ending in ".lock"');
}
/** Checks a prefix used to list refs or bundles (may be empty: list everything). */
function assertRefPrefix(prefix) {
    if (prefix.length > MAX_NAME_LENGTH)
        fail(prefix, 'ref prefix', 'it is too long');
    if (!REF_PREFIX.test(prefix))
        fail(prefix, 'ref prefix', REF_CHARACTERS_HINT);
}
/** Bundles are named like refs: on GitHub a bundle is the release of the tag with its name. */
function assertBundleName(name) {
    assertRefName(name, 'bundle name');
}
/** Checks the name of one file inside a bundle (a release asset on GitHub). */
function assertBundleFileName(name) {
    assertAssetName(name, 'bundle file name');
}
/** Checks the name of a record series (`spc-history.orders`, `lineage`, `deployments`). */
function assertSeriesName(name) {
    assertAssetName(name, 'series name');
}
/** Checks the key of one record in a series, e.g. `<run-id>-<attempt>`. */
function assertRecordKey(key) {
    assertAssetName(key, 'record key');
}
/** Checks the size of a file or record against the per-asset limit. `what` names it. */
function assertStorableSize(size, what) {
    if (size > MAX_FILE_BYTES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what} has ${size} bytes; a store accepts at most ${MAX_FILE_BYTES} bytes per file ` +
            '(GitHub requires each release asset to be under 2 GiB). Split it into smaller files.');
    }
}
function assertAssetName(name, what) {
    checkLength(name, what);
    if (!ASSET_NAME.test(name))
        fail(name, what, ASSET_CHARACTERS_HINT);
    if (name.endsWith('.'))
        fail(name, what, 'it must not end with "." (GitHub renames it)');
    if (name.includes('..'))
        fail(name, what, 'it must not contain ".."');
}
function checkLength(name, what) {
    if (name.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`The ${what} is empty; give a name.`);
    if (name.length > MAX_NAME_LENGTH) {
        fail(name, what, `it has ${name.length} characters, at most ${MAX_NAME_LENGTH} are allowed`);
    }
}
function fail(name, what, rule) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`The ${what} ${JSON.stringify(name)} is not allowed: ${rule}.`);
}
/** Locale-independent order of names, so every store lists in the same order. */
function compareCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 34369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ groupedInteger)
/* harmony export */ });
/**
 * An integer with thousands separators, as `toLocaleString('en-US')` writes it (1234567 →
 * "1,234,567"). Written by hand because the first toLocaleString call of a process loads ICU's
 * number formatting, about 30 ms of a small step's start-up. Non-integers and non-finite values
 * (never expected here) go to toLocaleString.
 */
function groupedInteger(value) {
    if (!Number.isSafeInteger(value))
        return value.toLocaleString('en-US');
    const digits = String(Math.abs(value));
    let grouped = '';
    for (let end = digits.length; end > 0; end -= 3) {
        const part = digits.slice(Math.max(0, end - 3), end);
        grouped = grouped === '' ? part : `${part},${grouped}`;
    }
    return value < 0 ? `-${grouped}` : grouped;
}


/***/ })

};
