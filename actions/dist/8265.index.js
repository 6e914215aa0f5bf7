export const id = 8265;
export const ids = [8265];
export const modules = {

/***/ 6235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ym: () => (/* binding */ driftCheckRunEvents),
  RH: () => (/* binding */ spcCheckRunEvents),
  TN: () => (/* binding */ validateDataRunEvents)
});

// UNUSED EXPORTS: actionLineageContext, localFileDigests

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/lineage/openlineage-event.ts
var openlineage_event = __webpack_require__(20068);
;// CONCATENATED MODULE: ./shared/operations/drift-lineage.ts

/**
 * The OpenLineage COMPLETE event of a drift-check run: inputs are the reference — the registered
 * model version itself for a `registry:` reference (so the graph shows version → drift run),
 * else its data or profile files — and the current data files (by SHA-256 when known); the
 * verdict is the run's `tollgate_drift` facet. A run that found drift COMPLETEs: drift is its
 * finding, not a failure of the run.
 */
function driftRunEvent(request) {
    const { context, report } = request;
    const files = (side) => side.files.map((file) => {
        const sha256 = request.digests?.get(file.path);
        return {
            namespace: context.namespace,
            name: file.path,
            ...(sha256 === undefined ? {} : { sha256 })
        };
    });
    const model = report.reference.model;
    const reference = report.reference.kind === 'registry' && model !== undefined
        ? [
            {
                namespace: context.namespace,
                name: `${model.name}@${model.version}`,
                modelVersion: { model: model.name, version: model.version }
            }
        ]
        : files(report.reference);
    const drifted = report.dataset.drifted_columns;
    return (0,openlineage_event/* buildRunEvent */.IZ)({
        context,
        eventType: 'COMPLETE',
        eventTime: report.generated_at,
        inputs: [...reference, ...files(report.current)],
        outcome: {
            drift: {
                drifted: report.drift_detected,
                driftedColumns: drifted,
                summary: `${drifted} of ${report.dataset.tested_columns} tested columns drifted` +
                    (report.schema_changes.length > 0
                        ? `; ${report.schema_changes.length} schema change(s)`
                        : '')
            }
        }
    });
}

;// CONCATENATED MODULE: ./shared/operations/spc-lineage.ts

/**
 * The OpenLineage COMPLETE event of an spc-check run: the metric files it read are the inputs
 * (by SHA-256, so a validate-data profile links back to the validation run that wrote it), each
 * carrying one data-quality assertion per charted metric ("in control on this run's point"); the
 * series' history is the output, one node per series however many runs append to it.
 */
function spcRunEvent(request) {
    const { context, report } = request;
    const assertions = report.charts
        .filter((chart) => chart.result !== null)
        .map((chart) => ({
        assertion: `spc:${chart.chart}`,
        success: chart.in_control,
        column: chart.metric ?? chart.name,
        failures: chart.current_violations.length
    }));
    const inputs = request.metricsFiles.map((file) => ({
        namespace: context.namespace,
        name: file.path,
        sha256: file.sha256,
        quality: { assertions }
    }));
    const outputs = report.mode === 'history'
        ? [{ namespace: context.namespace, name: `spc-history.${report.series}` }]
        : [];
    return (0,openlineage_event/* buildRunEvent */.IZ)({
        context,
        eventType: 'COMPLETE',
        eventTime: report.generated_at,
        inputs,
        outputs
    });
}

// EXTERNAL MODULE: ./shared/operations/train-lineage.ts
var train_lineage = __webpack_require__(55083);
;// CONCATENATED MODULE: ./shared/operations/validate-lineage.ts


/**
 * The OpenLineage COMPLETE event of a validate-data run (DESIGN.md §7): the data files are the
 * inputs, each with its SHA-256 (so the same bytes are one node for validate-data, train and
 * drift-check alike), its schema and the standard data-quality facets — row count and column
 * metrics from the profile, and one assertion per check. The files the run wrote (profile,
 * report) are the outputs, by digest, so a later spc-check that reads the profile links to this
 * run. A run whose checks failed still COMPLETEs: the assertions carry the failures.
 */
function validateRunEvent(request) {
    const { context, report, profile } = request;
    const schema = profile.columns.map((column) => ({ name: column.name, type: column.type }));
    const single = report.data.files.length === 1;
    // The checks judge the table all files form; each file carries them, as each is part of it.
    const assertions = report.results.map((result) => ({
        assertion: result.check,
        success: result.status === 'pass',
        ...(result.column === null ? {} : { column: result.column }),
        severity: result.severity,
        ...(result.unexpected_count === null ? {} : { failures: result.unexpected_count })
    }));
    const inputs = report.data.files.map((file) => {
        const sha256 = request.digests.get(file.path);
        return {
            namespace: context.namespace,
            name: file.path,
            ...(sha256 === undefined ? {} : { sha256 }),
            schema,
            quality: {
                bytes: file.bytes,
                // The profile covers the whole table; per-file metrics are only exact for one file.
                ...(single ? { rowCount: profile.rows, columns: (0,train_lineage/* columnMetrics */.q)(profile) } : {}),
                assertions
            }
        };
    });
    const outputs = (request.outputs ?? []).map((file) => ({
        namespace: context.namespace,
        name: file.path,
        sha256: file.sha256
    }));
    return (0,openlineage_event/* buildRunEvent */.IZ)({
        context,
        eventType: 'COMPLETE',
        eventTime: report.generated_at,
        inputs,
        outputs
    });
}

// EXTERNAL MODULE: ./shared/adapters/run-provenance.ts
var run_provenance = __webpack_require__(39572);
;// CONCATENATED MODULE: ./shared/adapters/data-run-lineage.ts






/**
 * The OpenLineage events of the data-side action steps (validate-data, spc-check, drift-check),
 * built from a run's report and the files it read and wrote. The event builders in
 * shared/operations are pure; what they need from the runner is read here: the workflow run and
 * commit (the event's run id and job), and the SHA-256 of each file, which is what makes the same
 * bytes one node in the lineage graph whichever action read or wrote them (a validate-data
 * profile links to the spc-check run that charted it, training data to its validation).
 */
/**
 * The lineage context of an action step: the workflow run, attempt and job from the runner's
 * environment and the commit it ran on (GITHUB_SHA), as evaluate-gate and deploy record theirs.
 */
function actionLineageContext(action, env = process.env) {
    const commit = env.GITHUB_SHA?.trim() ?? '';
    return (0,run_provenance/* lineageContextFor */.I7)(action, { env, ...(commit === '' ? {} : { commit }) });
}
/**
 * SHA-256 of each path that is a regular file on this runner, keyed by the path as given
 * (relative paths are read from `cwd`). Paths that are not files here are left out rather than
 * failing the event: a merge job lists the shards' files but never downloaded them, and a checks
 * file with `source:` names a database table. Their datasets are then named by path alone.
 */
async function localFileDigests(paths, cwd = process.cwd()) {
    const digests = new Map();
    for (const path of new Set(paths)) {
        const file = (0,external_node_path_.resolve)(cwd, path);
        if ((0,external_node_fs_.statSync)(file, { throwIfNoEntry: false })?.isFile() !== true)
            continue;
        digests.set(path, await (0,run_provenance/* fileSha256 */.sN)(file));
    }
    return digests;
}
/** validate-data: the data files (by digest) as inputs, the profile and report it wrote as outputs. */
async function validateDataRunEvents(run) {
    const digests = await localFileDigests(run.report.data.files.map((file) => file.path));
    const written = await localFileDigests([run.profilePath, run.reportPath]);
    return [
        validateRunEvent({
            context: actionLineageContext('validate-data', run.env),
            report: run.report,
            profile: run.profile,
            digests,
            outputs: [...written].map(([path, sha256]) => ({ path, sha256 }))
        })
    ];
}
/**
 * spc-check: the metric files this run recorded (history mode) or the values file it charted
 * (stateless), by digest; the series' history as the output.
 */
async function spcCheckRunEvents(run) {
    const { request } = run;
    const read = request.mode === 'history'
        ? await localFileDigests(request.metricsPaths)
        : await localFileDigests([request.valuesPath], request.cwd);
    return [
        spcRunEvent({
            context: actionLineageContext('spc-check', run.env),
            report: run.report,
            metricsFiles: [...read].map(([path, sha256]) => ({ path, sha256 }))
        })
    ];
}
/**
 * drift-check: the reference (the model version itself for a `registry:` reference, whose files
 * are the registry's, not this runner's) and the current data, by digest.
 */
async function driftCheckRunEvents(run) {
    const { report } = run;
    const reference = report.reference.kind === 'registry' ? [] : report.reference.files;
    const digests = await localFileDigests([...reference, ...report.current.files].map((file) => file.path), run.cwd);
    return [driftRunEvent({ context: actionLineageContext('drift-check', run.env), report, digests })];
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


/***/ })

};
