export const id = 3859;
export const ids = [3859];
export const modules = {

/***/ 73859:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n9: () => (/* binding */ spcReportSections),
  Df: () => (/* binding */ spcStatus)
});

// UNUSED EXPORTS: MAX_HTML_CONTROL_CHARTS

// EXTERNAL MODULE: ./shared/spc/chart-types.ts
var chart_types = __webpack_require__(26025);
// EXTERNAL MODULE: ./shared/html-report/chart-frame.ts
var chart_frame = __webpack_require__(98967);
// EXTERNAL MODULE: ./shared/html-report/display-number.ts
var display_number = __webpack_require__(69755);
// EXTERNAL MODULE: ./shared/html-report/html-table.ts
var html_table = __webpack_require__(88839);
// EXTERNAL MODULE: ./shared/html-report/key-value-card.ts
var key_value_card = __webpack_require__(52587);
// EXTERNAL MODULE: ./shared/html-report/axis-scale.ts
var axis_scale = __webpack_require__(84753);
// EXTERNAL MODULE: ./shared/html-report/markup.ts
var markup = __webpack_require__(78643);
;// CONCATENATED MODULE: ./shared/html-report/line-chart.ts



const DEFAULT_WIDTH = 760;
const DEFAULT_HEIGHT = 320;
const END_LABEL_SPACING = 13;
/** Beyond this many points a series is drawn as a line only (highlights are always drawn). */
const MAX_MARKERS = 500;
/** The chart as an `<svg>` element. */
function lineChartSvg(spec) {
    const width = spec.width ?? DEFAULT_WIDTH;
    const height = spec.height ?? DEFAULT_HEIGHT;
    const references = spec.referenceLines ?? [];
    const highlights = spec.highlights ?? [];
    const xs = [];
    const ys = [];
    for (const series of spec.series) {
        for (const point of series.points) {
            if (!Number.isFinite(point.x))
                continue;
            xs.push(point.x);
            if (point.y !== null && Number.isFinite(point.y))
                ys.push(point.y);
        }
    }
    for (const line of references)
        if (Number.isFinite(line.y))
            ys.push(line.y);
    for (const point of highlights) {
        if (Number.isFinite(point.x) && Number.isFinite(point.y)) {
            xs.push(point.x);
            ys.push(point.y);
        }
    }
    const yTicks = (0,axis_scale/* niceTicks */.at)(minOf(ys), maxOf(ys), 6);
    // x ends at the data (half a step of room for markers at the ends), y gets nice round limits.
    const xPad = spec.integerX === true ? 0.5 : 0;
    const xTicks = (0,axis_scale/* ticksWithin */.Cd)(minOf(xs) - xPad, maxOf(xs) + xPad, 8, spec.integerX === true);
    const verticals = (spec.verticalMarkers ?? []).filter((marker) => Number.isFinite(marker.x) && marker.x >= xTicks.min && marker.x <= xTicks.max);
    const legend = legendEntries(spec);
    const endLabels = [
        ...spec.series.flatMap((series) => (series.endLabel === undefined ? [] : [series.endLabel])),
        ...references.flatMap((line) => (line.endLabel === undefined ? [] : [line.endLabel]))
    ];
    const yLabelWidth = Math.max(...yTicks.values.map((value) => (0,chart_frame/* textWidth */.sc)((0,axis_scale/* tickLabel */.q5)(value, yTicks.step))));
    const left = 30 + yLabelWidth;
    const right = endLabels.length === 0
        ? 16
        : 14 + Math.max(...endLabels.map((text) => (0,chart_frame/* textWidth */.sc)((0,markup/* truncateText */.EJ)(text, 18))));
    const top = 8 + (0,chart_frame/* legendHeight */.vi)(legend, width - left - right);
    const area = { left, top, width: width - left - right, height: height - top - 46 };
    const x = (0,axis_scale/* linearScale */.om)([xTicks.min, xTicks.max], [area.left, area.left + area.width]);
    const y = (0,axis_scale/* linearScale */.om)([yTicks.min, yTicks.max], [area.top + area.height, area.top]);
    const lines = spec.series.map((series) => {
        const path = series.shape === 'step'
            ? stepPath(series.points, (value) => x(clamp(value, xTicks.min, xTicks.max)), y)
            : linePath(series.points, x, y);
        if (path === '')
            return (0,markup/* safeHtml */.b5) ``;
        return (0,markup/* safeHtml */.b5) `<path class="line tone-${series.tone}${series.dashed === true ? ' dashed' : ''}" d="${path}"/>`;
    });
    const referenceMarks = references
        .filter((line) => Number.isFinite(line.y))
        .map((line) => {
        const position = (0,markup/* svgNumber */.Ah)(y(line.y));
        return (0,markup/* safeHtml */.b5) `<line class="reference tone-${line.tone}${line.dashed === true ? ' dashed' : ''}" x1="${(0,markup/* svgNumber */.Ah)(area.left)}" x2="${(0,markup/* svgNumber */.Ah)(area.left + area.width)}" y1="${position}" y2="${position}"/>`;
    });
    const pointCount = spec.series.reduce((sum, series) => sum + series.points.length, 0);
    const radius = pointCount > 150 ? 1.8 : 2.8;
    const markers = spec.series
        .filter((series) => series.markers === true && series.points.length <= MAX_MARKERS)
        .map((series) => series.points
        .filter((point) => point.y !== null && Number.isFinite(point.y))
        .map((point) => (0,markup/* safeHtml */.b5) `<circle class="point tone-${series.tone}" cx="${(0,markup/* svgNumber */.Ah)(x(point.x))}" cy="${(0,markup/* svgNumber */.Ah)(y(point.y))}" r="${radius}"/>`));
    // A label that would overlap one already placed is left out (the tooltip and the caller's
    // table still name the rules); runs of violating points would otherwise be unreadable.
    const placedLabels = [];
    const highlighted = highlights
        .filter((point) => Number.isFinite(point.x) && Number.isFinite(point.y))
        .sort((a, b) => a.x - b.x)
        .map((point) => {
        const cx = x(point.x);
        const cy = y(point.y);
        const labelY = cy - 10 < area.top + 4 ? cy + 16 : cy - 10;
        const text = (0,markup/* truncateText */.EJ)(point.label, 24);
        const half = (0,chart_frame/* textWidth */.sc)(text) / 2;
        const box = { left: cx - half, right: cx + half, y: labelY };
        const free = placedLabels.every((other) => box.left > other.right + 2 || box.right < other.left - 2 || Math.abs(box.y - other.y) > 12);
        if (free)
            placedLabels.push(box);
        const label = free
            ? (0,markup/* safeHtml */.b5) `<text class="highlight-label" x="${(0,markup/* svgNumber */.Ah)(cx)}" y="${(0,markup/* svgNumber */.Ah)(labelY)}" text-anchor="middle">${text}</text>`
            : '';
        return (0,markup/* safeHtml */.b5) `<g class="highlight"><circle class="highlight-point tone-${point.tone ?? 'limit'}" cx="${(0,markup/* svgNumber */.Ah)(cx)}" cy="${(0,markup/* svgNumber */.Ah)(cy)}" r="5"><title>${point.detail ?? point.label}</title></circle>${label}</g>`;
    });
    const labels = endLabelMarks(spec, y, area);
    // Labels alternate between the top and the bottom of the plot so neighbours do not collide.
    const verticalMarks = verticals.map((marker, index) => {
        const position = (0,markup/* svgNumber */.Ah)(x(marker.x));
        // Near the right edge the label goes to the left of its line, clear of the end labels.
        const nearRight = x(marker.x) > area.left + area.width * 0.75;
        return (0,markup/* safeHtml */.b5) `<g class="vertical-marker"><line class="reference dashed tone-${marker.tone ?? 'muted'}" x1="${position}" x2="${position}" y1="${(0,markup/* svgNumber */.Ah)(area.top)}" y2="${(0,markup/* svgNumber */.Ah)(area.top + area.height)}"/><text class="marker-label" x="${(0,markup/* svgNumber */.Ah)(x(marker.x) + (nearRight ? -4 : 4))}" y="${(0,markup/* svgNumber */.Ah)(index % 2 === 0 ? area.top + 11 : area.top + area.height - 5)}" text-anchor="${nearRight ? 'end' : 'start'}">${(0,markup/* truncateText */.EJ)(marker.label, 20)}</text></g>`;
    });
    const xAxis = (0,chart_frame/* xAxisMarkup */.qN)(area, xTicks.values.map((value) => ({ position: x(value), label: (0,axis_scale/* tickLabel */.q5)(value, xTicks.step) })), spec.xLabel);
    return (0,chart_frame/* chartSvg */.nS)({
        width,
        height,
        title: spec.title,
        description: spec.description,
        className: 'chart-svg line-chart',
        body: [
            (0,chart_frame/* yAxisMarkup */.Fm)(area, yTicks, spec.yLabel),
            xAxis,
            (0,markup/* safeHtml */.b5) `<g class="references">${referenceMarks}${verticalMarks}</g>`,
            (0,markup/* safeHtml */.b5) `<g class="lines">${lines}</g>`,
            (0,markup/* safeHtml */.b5) `<g class="points">${markers}</g>`,
            (0,markup/* safeHtml */.b5) `<g class="highlights">${highlighted}</g>`,
            (0,markup/* safeHtml */.b5) `<g class="end-labels">${labels}</g>`,
            (0,chart_frame/* legendMarkup */.aK)(legend, area.left, 8, area.width)
        ]
    });
}
function legendEntries(spec) {
    const entries = [];
    const seen = new Set();
    const add = (entry) => {
        const key = `${entry.label}\u0000${entry.tone}`;
        if (seen.has(key))
            return;
        seen.add(key);
        entries.push(entry);
    };
    for (const series of spec.series) {
        add({
            label: series.label,
            tone: series.tone,
            swatch: series.dashed === true ? 'dashed' : 'line'
        });
    }
    for (const line of spec.referenceLines ?? []) {
        add({ label: line.label, tone: line.tone, swatch: line.dashed === true ? 'dashed' : 'line' });
    }
    const highlights = spec.highlights ?? [];
    if (highlights.length > 0) {
        add({ label: 'rule violation', tone: highlights[0].tone ?? 'limit', swatch: 'dot' });
    }
    return entries;
}
/** Right-edge labels at each line's last value, pushed apart so they do not overlap. */
function endLabelMarks(spec, y, area) {
    const wanted = [];
    for (const series of spec.series) {
        if (series.endLabel === undefined)
            continue;
        const last = [...series.points]
            .reverse()
            .find((point) => point.y !== null && Number.isFinite(point.y));
        if (last !== undefined)
            wanted.push({ text: series.endLabel, tone: series.tone, at: y(last.y) });
    }
    for (const line of spec.referenceLines ?? []) {
        if (line.endLabel !== undefined && Number.isFinite(line.y)) {
            wanted.push({ text: line.endLabel, tone: line.tone, at: y(line.y) });
        }
    }
    wanted.sort((a, b) => a.at - b.at);
    for (let i = 1; i < wanted.length; i++) {
        const previous = wanted[i - 1];
        const current = wanted[i];
        if (current.at - previous.at < END_LABEL_SPACING)
            current.at = previous.at + END_LABEL_SPACING;
    }
    const x = (0,markup/* svgNumber */.Ah)(area.left + area.width + 6);
    return wanted.map((label) => (0,markup/* safeHtml */.b5) `<text class="end-label tone-${label.tone}" x="${x}" y="${(0,markup/* svgNumber */.Ah)(label.at)}" dominant-baseline="central">${(0,markup/* truncateText */.EJ)(label.text, 18)}</text>`);
}
function linePath(points, x, y) {
    const commands = [];
    let drawing = false;
    for (const point of sortedByX(points)) {
        if (point.y === null || !Number.isFinite(point.y)) {
            drawing = false;
            continue;
        }
        commands.push(`${drawing ? 'L' : 'M'}${(0,markup/* svgNumber */.Ah)(x(point.x))} ${(0,markup/* svgNumber */.Ah)(y(point.y))}`);
        drawing = true;
    }
    return commands.join(' ');
}
/** Each value held from halfway to the previous point to halfway to the next one. */
function stepPath(points, x, y) {
    const sorted = sortedByX(points);
    const commands = [];
    let drawing = false;
    for (let i = 0; i < sorted.length; i++) {
        const point = sorted[i];
        if (point.y === null || !Number.isFinite(point.y)) {
            drawing = false;
            continue;
        }
        const before = sorted[i - 1];
        const after = sorted[i + 1];
        const halfBefore = before === undefined
            ? after === undefined
                ? 0.5
                : (after.x - point.x) / 2
            : (point.x - before.x) / 2;
        const halfAfter = after === undefined ? halfBefore : (after.x - point.x) / 2;
        const start = (0,markup/* svgNumber */.Ah)(x(point.x - halfBefore));
        const end = (0,markup/* svgNumber */.Ah)(x(point.x + halfAfter));
        const level = (0,markup/* svgNumber */.Ah)(y(point.y));
        commands.push(`${drawing ? 'L' : 'M'}${start} ${level} L${end} ${level}`);
        drawing = true;
    }
    return commands.join(' ');
}
function sortedByX(points) {
    return points.filter((point) => Number.isFinite(point.x)).sort((a, b) => a.x - b.x);
}
function clamp(value, low, high) {
    return Math.min(high, Math.max(low, value));
}
function minOf(values) {
    return values.length === 0 ? 0 : values.reduce((a, b) => Math.min(a, b));
}
function maxOf(values) {
    return values.length === 0 ? 1 : values.reduce((a, b) => Math.max(a, b));
}

// EXTERNAL MODULE: ./shared/html-report/status-badge.ts
var status_badge = __webpack_require__(52111);
;// CONCATENATED MODULE: ./shared/html-report/spc-sections.ts








/**
 * The spc-check part of an HTML report: a table of every chart (this run's value against its
 * limits), then a control chart per charted metric and panel — the plotted statistic with its
 * points, the centre line and the control limits (a constant line, or a step line where the
 * limits vary with the subgroup size, as p and u charts do), the end of the baseline, this
 * run's point, and every point that violates a rule highlighted with the rule ids — followed by
 * the table of violating points. CUSUM draws C+ and −C− against ±h, as qcc plots it.
 */
/** Control charts drawn; the rest are in the table and the JSON report. */
const MAX_HTML_CONTROL_CHARTS = 60;
/** Violating points listed per chart. */
const MAX_LISTED_VIOLATIONS = 50;
const STATUS_BADGES = {
    'in-control': { tone: 'pass', text: 'in control' },
    'out-of-control': { tone: 'fail', text: 'out of control' },
    warning: { tone: 'warn', text: 'warning' },
    'collecting-baseline': { tone: 'neutral', text: 'collecting baseline' }
};
const STATUS_ORDER = {
    'out-of-control': 0,
    warning: 1,
    'in-control': 2,
    'collecting-baseline': 3
};
/** The verdict of an spc-check report as a badge. */
function spcStatus(report) {
    if (!report.in_control)
        return { tone: 'fail', text: 'out of control' };
    if (report.summary.current_violations > 0)
        return { tone: 'warn', text: 'in control, with warnings' };
    return { tone: 'pass', text: 'in control' };
}
/** Sections for one spc-check run; `idPrefix` tells apart several runs in one document. */
function spcReportSections(report, options = {}) {
    const prefix = options.idPrefix ?? 'spc';
    const ordered = orderCharts(report.charts);
    const drawn = ordered.filter((chart) => chart.result !== null);
    const shown = drawn.slice(0, MAX_HTML_CONTROL_CHARTS);
    const sections = [summarySection(report, ordered, `${prefix}-summary`)];
    if (drawn.length > 0) {
        sections.push({
            id: `${prefix}-charts`,
            title: 'Control charts',
            source: 'spc-check',
            lead: 'Points are the plotted statistic; the centre line and control limits come from the baseline (phase I). Highlighted points violate the rules named next to them.',
            body: (0,markup/* safeHtml */.b5) `${shown.map(chartBlock)}${drawn.length > shown.length
                ? (0,markup/* safeHtml */.b5) `<p class="note">${drawn.length - shown.length} more chart(s) are in the table above and the JSON report.</p>`
                : ''}`
        });
    }
    return sections;
}
function summarySection(report, ordered, id) {
    const { summary } = report;
    const rows = ordered.map((chart) => {
        const point = currentPoint(chart);
        const rules = [...new Set(chart.current_violations.map((violation) => violation.rule))];
        const value = chart.chart === 'cusum' ? point?.observed : point?.value;
        return [
            (0,status_badge/* statusBadge */.O)(STATUS_BADGES[chart.status].tone, STATUS_BADGES[chart.status].text),
            (0,html_table/* codeText */.p)(chart.name),
            `${chart.chart} (${chart.kind})`,
            chart.points,
            chart.result === null ? (chart.note ?? '—') : (0,display_number/* displayNumber */.o)(value),
            (0,display_number/* displayNumber */.o)(point?.center),
            (0,display_number/* displayNumber */.o)(point?.lcl),
            (0,display_number/* displayNumber */.o)(point?.ucl),
            rules.join(', ')
        ];
    });
    const warnings = [
        ...report.warnings,
        ...report.charts.flatMap((chart) => (chart.result?.warnings ?? []).map((warning) => `${chart.name}: ${warning}`))
    ];
    const facts = [
        { key: 'Series', value: (0,html_table/* codeText */.p)(report.series) },
        {
            key: 'Mode',
            value: report.mode === 'history' ? 'history in a store' : 'given values (stateless)'
        },
        ...(report.store === null ? [] : [{ key: 'Store', value: report.store }]),
        ...(report.record === null
            ? []
            : [
                {
                    key: 'This run\u2019s record',
                    value: (0,markup/* safeHtml */.b5) `${(0,html_table/* codeText */.p)(report.record.key)} (${report.record.outcome === 'created' ? 'added' : 'already there: a re-run'})`
                }
            ]),
        { key: 'Fail on', value: report.fail_on },
        { key: 'Generated', value: report.generated_at }
    ];
    const damaged = report.damaged_records.length === 0
        ? ''
        : (0,markup/* safeHtml */.b5) `<h3>Damaged history records (skipped, kept in the store)</h3>${(0,html_table/* htmlTable */.I)({
            columns: [{ header: 'Record' }, { header: 'Problem' }],
            rows: report.damaged_records.map((record) => [(0,html_table/* codeText */.p)(record.key), record.problem])
        })}`;
    const warningList = warnings.length === 0
        ? ''
        : (0,markup/* safeHtml */.b5) `<h3>Warnings</h3><ul>${warnings.map((warning) => (0,markup/* safeHtml */.b5) `<li>${warning}</li>`)}</ul>`;
    return {
        id,
        title: 'Statistical process control',
        source: 'spc-check',
        status: spcStatus(report),
        lead: `${summary.charts} chart(s): ${summary.out_of_control} out of control on this run, ${summary.current_violations} violation(s) on this run's points, ${summary.violations} over the whole history.`,
        body: (0,markup/* safeHtml */.b5) `${(0,key_value_card/* keyValueCard */.J)(facts)}${(0,html_table/* htmlTable */.I)({
            caption: 'Charts, problems first',
            columns: [
                { header: 'Status' },
                { header: 'Chart' },
                { header: 'Type' },
                { header: 'Points', numeric: true },
                { header: 'This run', numeric: true },
                { header: 'CL', numeric: true },
                { header: 'LCL', numeric: true },
                { header: 'UCL', numeric: true },
                { header: 'Rules on this run' }
            ],
            rows,
            emptyText: 'No metric was charted.'
        })}${damaged}${warningList}`
    };
}
/** One chart: heading, a figure per panel (one for CUSUM), the violating points. */
function chartBlock(chart) {
    const result = chart.result;
    const badge = STATUS_BADGES[chart.status];
    const kindName = chart_types/* CHART_NAMES */.q[result.chart].replace(/^an? /, '');
    const figures = result.chart === 'cusum'
        ? [cusumFigure(chart, result)]
        : result.panels.map((panel) => panelFigure(chart, result, panel));
    const baseline = result.baseline;
    const excluded = baseline.excluded.length > 0 ? `, excluding points ${baseline.excluded.join(', ')}` : '';
    return (0,markup/* safeHtml */.b5) `<article class="control-chart"><h3>${(0,html_table/* codeText */.p)(chart.name)} — ${kindName} ${(0,status_badge/* statusBadge */.O)(badge.tone, badge.text)}</h3><p class="note">${chart.points} points; limits from baseline points 1–${baseline.size}${excluded} (${baseline.used} used), ${result.nsigmas}σ; centre ${result.centerSource === 'target' ? 'from the target' : 'from the baseline'}, σ ${(0,display_number/* displayNumber */.o)(result.sigma)} (${result.sigmaSource}); rules: ${result.rules.join(', ') || 'none'}.</p><div class="chart-grid">${figures}</div>${violationTable(chart, result)}</article>`;
}
function panelFigure(chart, result, panel) {
    const statistic = panel.statistic.replace(/-/g, ' ');
    const values = panel.points.map((point) => ({ x: point.index, y: point.value }));
    const series = [{ label: statistic, tone: 'value', points: values, markers: true }];
    const references = [];
    const center = limitLine(panel.points, (point) => point.center);
    if (panel.center !== null) {
        references.push({
            label: 'CL',
            tone: 'center',
            y: panel.center,
            endLabel: `CL ${(0,display_number/* displayNumber */.o)(panel.center)}`
        });
    }
    else if (center !== undefined) {
        series.push({
            label: 'CL',
            tone: 'center',
            shape: 'step',
            points: center.points,
            endLabel: 'CL'
        });
    }
    for (const [name, pick] of [
        ['UCL', (point) => point.ucl],
        ['LCL', (point) => point.lcl]
    ]) {
        const line = limitLine(panel.points, pick);
        if (line === undefined)
            continue;
        if (line.constant !== undefined) {
            references.push({
                label: name,
                tone: 'limit',
                y: line.constant,
                dashed: true,
                endLabel: `${name} ${(0,display_number/* displayNumber */.o)(line.constant)}`
            });
        }
        else {
            series.push({
                label: name,
                tone: 'limit',
                shape: 'step',
                dashed: true,
                points: line.points,
                endLabel: name
            });
        }
    }
    const highlights = panelHighlights(result, panel, 1);
    const svg = lineChartSvg({
        title: `${chart.name}: ${statistic} (${result.chart})`,
        description: `${panel.points.length} points of the ${statistic} with centre line and control limits; ${highlights.length} point(s) violate a rule.`,
        xLabel: 'point',
        yLabel: statistic,
        integerX: true,
        series,
        referenceLines: references,
        highlights,
        verticalMarkers: markers(chart, result)
    });
    return (0,chart_frame/* chartFigure */.VR)(`${chart.name} — ${statistic}`, svg);
}
/** C+ and −C− against ±h (in σ units), the decision interval. */
function cusumFigure(chart, result) {
    const upper = result.panels.find((panel) => panel.statistic === 'cusum-upper');
    const lower = result.panels.find((panel) => panel.statistic === 'cusum-lower');
    const h = result.cusum?.h ?? 5;
    const series = [];
    const highlights = [];
    if (upper !== undefined) {
        series.push({
            label: 'C+',
            tone: 'value',
            markers: true,
            points: upper.points.map((point) => ({ x: point.index, y: point.value }))
        });
        highlights.push(...panelHighlights(result, upper, 1));
    }
    if (lower !== undefined) {
        series.push({
            label: '−C−',
            tone: 'secondary',
            markers: true,
            points: lower.points.map((point) => ({
                x: point.index,
                y: point.value === null ? null : -point.value
            }))
        });
        highlights.push(...panelHighlights(result, lower, -1));
    }
    const svg = lineChartSvg({
        title: `${chart.name}: CUSUM`,
        description: `Upper and lower cumulative sums of ${chart.points} points against the decision interval ±${(0,display_number/* displayNumber */.o)(h)}σ; ${highlights.length} point(s) signal.`,
        xLabel: 'point',
        yLabel: 'cumulative sum (σ)',
        integerX: true,
        series,
        referenceLines: [
            { label: '0', tone: 'center', y: 0 },
            { label: '±h', tone: 'limit', y: h, dashed: true, endLabel: `h ${(0,display_number/* displayNumber */.o)(h)}` },
            { label: '±h', tone: 'limit', y: -h, dashed: true, endLabel: `−h` }
        ],
        highlights,
        verticalMarkers: markers(chart, result)
    });
    return (0,chart_frame/* chartFigure */.VR)(`${chart.name} — CUSUM`, svg);
}
/** Points of a panel that violate a rule; red for error severity, amber for warnings. */
function panelHighlights(result, panel, sign) {
    const severity = new Map();
    for (const violation of result.violations) {
        if (violation.statistic !== panel.statistic)
            continue;
        if (severity.get(violation.index) !== 'error')
            severity.set(violation.index, violation.severity);
    }
    return panel.points.flatMap((point) => {
        if (point.violations.length === 0 || point.value === null)
            return [];
        const rules = point.violations.join(', ');
        return [
            {
                x: point.index,
                y: sign * point.value,
                label: rules,
                detail: `point ${point.index}: ${(0,display_number/* displayNumber */.o)(point.value)} — ${rules} (${severity.get(point.index) ?? 'error'})`,
                tone: severity.get(point.index) === 'warn' ? 'warning' : 'limit'
            }
        ];
    });
}
/** The end of the baseline and this run's point, when they fall inside the series. */
function markers(chart, result) {
    const list = [];
    if (result.baseline.size < chart.points)
        list.push({ x: result.baseline.size + 0.5, label: 'phase II →' });
    const current = chart.current[chart.current.length - 1];
    if (current !== undefined && chart.current.length === 1)
        list.push({ x: current, label: 'this run', tone: 'value' });
    return list;
}
/** A limit over the points: one constant, or per point (a step line); undefined if none. */
function limitLine(points, pick) {
    const values = points.map((point) => ({ x: point.index, y: pick(point) }));
    const finite = values.flatMap((value) => value.y !== null && Number.isFinite(value.y) ? [value.y] : []);
    if (finite.length === 0)
        return undefined;
    const first = finite[0];
    const constant = finite.length === values.length &&
        finite.every((value) => Math.abs(value - first) <= 1e-12 * Math.max(1, Math.abs(first)));
    return constant ? { constant: first, points: values } : { points: values };
}
function violationTable(chart, result) {
    if (result.violations.length === 0)
        return (0,markup/* safeHtml */.b5) `<p class="note">No rule violations in this series.</p>`;
    const byIndex = new Map();
    for (const violation of result.violations) {
        const list = byIndex.get(violation.index) ?? [];
        list.push(violation);
        byIndex.set(violation.index, list);
    }
    const indices = [...byIndex.keys()].sort((a, b) => a - b);
    const shown = indices.slice(-MAX_LISTED_VIOLATIONS);
    const points = result.panels[0]?.points ?? [];
    const rows = shown.map((index) => {
        const point = points.find((candidate) => candidate.index === index);
        const hits = byIndex.get(index);
        const error = hits.some((hit) => hit.severity === 'error');
        const value = chart.chart === 'cusum' ? point?.observed : point?.value;
        return [
            index,
            point === undefined ? '' : pointName(point),
            (0,display_number/* displayNumber */.o)(value),
            point?.phase ?? '',
            [...new Set(hits.map((hit) => `${hit.rule} (${hit.statistic.replace(/-/g, ' ')})`))].join(', '),
            (0,status_badge/* statusBadge */.O)(error ? 'fail' : 'warn', error ? 'error' : 'warn'),
            chart.current.includes(index) ? (0,status_badge/* statusBadge */.O)('info', 'this run') : ''
        ];
    });
    const earlier = indices.length - shown.length;
    return (0,markup/* safeHtml */.b5) `${(0,html_table/* htmlTable */.I)({
        caption: 'Violating points',
        columns: [
            { header: 'Point', numeric: true },
            { header: 'Run or label' },
            { header: 'Value', numeric: true },
            { header: 'Phase' },
            { header: 'Rules (panel)' },
            { header: 'Severity' },
            { header: '' }
        ],
        rows
    })}${earlier > 0 ? (0,markup/* safeHtml */.b5) `<p class="note">${earlier} earlier violating point(s) are in the JSON report.</p>` : ''}`;
}
/** How a point is named: its run (history), label or row (stateless), else its index. */
function pointName(point) {
    const metadata = point.metadata;
    if (metadata !== undefined && metadata !== null && typeof metadata === 'object') {
        if (typeof metadata.key === 'string') {
            const date = typeof metadata.created_at === 'string' ? ` ${metadata.created_at.slice(0, 10)}` : '';
            return `run ${metadata.key}${date}`;
        }
        if (typeof metadata.label === 'string')
            return metadata.label;
        if (typeof metadata.row === 'number')
            return `row ${metadata.row}`;
    }
    return `point ${point.index}`;
}
function currentPoint(chart) {
    const index = chart.current[chart.current.length - 1];
    return chart.result?.panels[0]?.points.find((point) => point.index === index);
}
/** This run's problems first, then charts with older violations, then the rest, by name. */
function orderCharts(charts) {
    const history = (chart) => (chart.result?.violations.length ?? 0) > 0 ? 0 : 1;
    return [...charts].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        history(a) - history(b) ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}


/***/ })

};
