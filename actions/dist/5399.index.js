export const id = 5399;
export const ids = [5399];
export const modules = {

/***/ 15399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ spcCheck)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/adapters/user-files.ts
var user_files = __webpack_require__(24574);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
;// CONCATENATED MODULE: ./shared/report/spc-report.ts
/**
 * The JSON report of spc-check (schema: shared/report/schemas/spc-report.schema.json). One entry
 * per charted metric, each carrying the full chart (every point with its value, centre line,
 * limits, zone and the rules it violates), the rule hits by rule id with 1-based point indices,
 * and which points were judged for this run.
 *
 * "This run" is the point this run added to the history (stateful mode); in stateless mode, and
 * when the history is only read, it is the newest point. `in_control` is false when a rule with
 * severity error fires on such a point. Older violations are history: reported, never failed on
 * again.
 */
const SPC_REPORT_SCHEMA_ID = 'https://tollgate.dev/schemas/spc-report.schema.json';
/** Rule id → 1-based indices over all panels (a point flagged on two panels is listed once). */
function ruleHits(violations) {
    const hits = {};
    for (const violation of violations) {
        const list = (hits[violation.rule] ??= []);
        if (!list.includes(violation.index))
            list.push(violation.index);
    }
    return hits;
}
/** The report entry of one computed chart, judged on its `current` points. */
function chartReport(input) {
    const { result } = input;
    const current = [...input.current];
    const currentViolations = result.violations.filter((violation) => current.includes(violation.index));
    const inControl = !currentViolations.some((violation) => violation.severity === 'error');
    return {
        name: input.name,
        metric: input.metric,
        kind: input.kind,
        chart: result.chart,
        status: !inControl ? 'out-of-control' : currentViolations.length > 0 ? 'warning' : 'in-control',
        in_control: inControl,
        points: result.panels[0]?.points.length ?? 0,
        current,
        current_violations: currentViolations,
        rule_hits: ruleHits(result.violations),
        note: null,
        result
    };
}
/** The entry of a chart that has too few points to estimate limits yet. */
function collectingReport(input) {
    return {
        name: input.name,
        metric: input.metric,
        kind: input.kind,
        chart: input.chart,
        status: 'collecting-baseline',
        in_control: true,
        points: input.points,
        current: input.points > 0 ? [input.points] : [],
        current_violations: [],
        rule_hits: {},
        note: `${input.points} point${input.points === 1 ? '' : 's'} so far; limits need at least ` +
            `${input.needed} baseline points, so nothing is judged yet`,
        result: null
    };
}
/** The whole report, with the verdict at the `failOn` level. */
function buildSpcReport(input) {
    const { charts } = input;
    const currentViolations = charts.flatMap((chart) => chart.current_violations);
    const currentErrors = currentViolations.filter((violation) => violation.severity === 'error');
    const inControl = currentErrors.length === 0;
    const passed = input.failOn === 'never' ||
        (input.failOn === 'error' ? inControl : currentViolations.length === 0);
    return {
        $schema: SPC_REPORT_SCHEMA_ID,
        tool: { name: 'tollgate', version: input.version },
        action: 'spc-check',
        generated_at: input.generatedAt,
        mode: input.mode,
        series: input.series,
        store: input.store,
        record: input.record,
        fail_on: input.failOn,
        in_control: inControl,
        passed,
        summary: {
            charts: charts.length,
            out_of_control: charts.filter((chart) => !chart.in_control).length,
            collecting_baseline: charts.filter((chart) => chart.status === 'collecting-baseline').length,
            violations: charts.reduce((sum, chart) => sum + (chart.result?.violations.length ?? 0), 0),
            current_violations: currentViolations.length,
            current_errors: currentErrors.length
        },
        damaged_records: input.damaged,
        superseded_records: input.superseded,
        warnings: input.warnings,
        charts
    };
}

// EXTERNAL MODULE: ./shared/spc/series-input.ts
var series_input = __webpack_require__(74633);
;// CONCATENATED MODULE: ./shared/spc/baseline-plan.ts

/**
 * The phase I / phase II split of a series (stats-reference.md §1.1): the first `baseline` points
 * are phase I, the rest phase II; phase-I points marked as assignable causes are excluded from
 * estimation and from the run-rule sequence, exactly as if they had been removed from the data
 * (the qcc vignette's orangejuice, circuit and viscosity re-baselining).
 */
const DEFAULT_BASELINE = 20;
/** Below this many phase-I points the limits are unreliable (NIST, Montgomery: m ≥ 20–25). */
const RECOMMENDED_BASELINE = 20;
/** The fewest points from which any limits can be estimated (I-MR needs two for one moving range). */
const MINIMUM_BASELINE = 2;
/**
 * Splits a series into phase I and II, validates `baseline` and `exclude`, and refuses to estimate
 * from fewer than 2 points (warning below 20). Throws InputError naming the series.
 */
function planBaseline(context, request) {
    const { pointCount } = request;
    if (pointCount === 0)
        throw (0,series_input/* seriesError */.Au)(context, 'the series has no points');
    const requested = request.baseline ?? DEFAULT_BASELINE;
    if (!Number.isInteger(requested) || requested < 0) {
        throw (0,series_input/* seriesError */.Au)(context, `baseline must be a whole number of points ≥ 0, got ${requested}`);
    }
    const warnings = [];
    const size = Math.min(requested, pointCount);
    if (requested > pointCount) {
        warnings.push(`baseline of ${requested} points requested but the series has only ${pointCount}; ` +
            `all ${pointCount} points are phase I`);
    }
    const excluded = new Array(pointCount).fill(false);
    for (const index of request.exclude ?? []) {
        if (!Number.isInteger(index) || index < 1 || index > size) {
            throw (0,series_input/* seriesError */.Au)(context, `exclude lists point ${index}, but only phase-I points 1..${size} can be excluded ` +
                '(they are left out of the limit estimation)');
        }
        excluded[index - 1] = true;
    }
    const phases = [];
    const estimationIndices = [];
    const sequenceIndices = [];
    const excludedIndices = [];
    for (let i = 0; i < pointCount; i++) {
        phases.push(i < size ? 'I' : 'II');
        if (excluded[i]) {
            excludedIndices.push(i + 1);
            continue;
        }
        sequenceIndices.push(i);
        if (i < size)
            estimationIndices.push(i);
    }
    const used = estimationIndices.length;
    if (request.needsEstimation) {
        if (used < MINIMUM_BASELINE) {
            throw (0,series_input/* seriesError */.Au)(context, `${request.chartName} needs at least ${MINIMUM_BASELINE} baseline (phase I) points ` +
                `to estimate its limits, got ${used}` +
                (excludedIndices.length > 0 ? ` after excluding ${excludedIndices.length}` : ''));
        }
        if (used < RECOMMENDED_BASELINE) {
            warnings.push(`limits estimated from only ${used} baseline points; at least ${RECOMMENDED_BASELINE} are ` +
                'recommended, so treat the limits as provisional');
        }
    }
    return {
        phases,
        excluded,
        summary: { requested, size, used, excluded: excludedIndices },
        estimationIndices,
        sequenceIndices,
        warnings
    };
}

// EXTERNAL MODULE: ./shared/spc/chart-types.ts
var chart_types = __webpack_require__(26025);
;// CONCATENATED MODULE: ./shared/spc/chart-choice.ts


const METRIC_KINDS = [
    'proportion',
    'defect-count',
    'event-rate',
    'measurement'
];
/** Largest subgroup size for which X̄-R is the default (beyond it, X̄-S). */
const LARGEST_RANGE_CHART_DEFAULT = 10;
/** The chart for a metric: the user's override, else the default for its kind. */
function chooseChart(metric) {
    if (metric.chart !== undefined) {
        if (!chart_types/* CHART_TYPES */.X.includes(metric.chart)) {
            throw new errors/* UsageError */.eb(`unknown chart ${JSON.stringify(metric.chart)}; expected one of ${chart_types/* CHART_TYPES */.X.join(', ')}`);
        }
        return metric.chart;
    }
    switch (metric.kind) {
        case 'proportion':
            return 'p';
        case 'defect-count':
            return 'c';
        case 'event-rate':
            return 'u';
        case 'measurement': {
            const n = metric.subgroupSize ?? 1;
            if (n <= 1)
                return 'imr';
            return n <= LARGEST_RANGE_CHART_DEFAULT ? 'xbar-r' : 'xbar-s';
        }
        default:
            throw new errors/* UsageError */.eb(`unknown metric kind ${JSON.stringify(metric.kind)}; expected one of ${METRIC_KINDS.join(', ')}`);
    }
}

;// CONCATENATED MODULE: ./shared/spc/chart-computation.ts

/** Symmetric limits CL ± L·σ_i, optionally clipped to the statistic's range [floor, ceiling]. */
function limitRow(value, center, sigma, nsigmas, floor = -Infinity, ceiling = Infinity) {
    return {
        value,
        center,
        sigma,
        lcl: Math.max(floor, center - nsigmas * sigma),
        ucl: Math.min(ceiling, center + nsigmas * sigma)
    };
}
/** A known value given by the caller: finite (and within `check` when given). */
function knownParameter(context, name, value, check) {
    if (value === undefined)
        return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw (0,series_input/* seriesError */.Au)(context, `${name} must be a finite number, got ${String(value)}`);
    }
    if (check !== undefined && !check.test(value)) {
        throw (0,series_input/* seriesError */.Au)(context, `${name} must be ${check.expected}, got ${value}`);
    }
    return value;
}
/** Known sigma: finite and > 0. */
function knownSigma(context, sigma) {
    return knownParameter(context, 'sigma', sigma, { test: (x) => x > 0, expected: 'positive' });
}
/** The warning for a zero sigma estimate (all baseline values equal). */
function zeroSigmaWarning(what) {
    return (`estimated ${what} is 0 (the baseline shows no variation), so the limits collapse onto the ` +
        'centre line and any different value signals');
}
/** Validates a sigma method against the ones a chart supports. */
function chooseSigmaMethod(context, requested, allowed, fallback, chartName) {
    if (requested === undefined)
        return fallback;
    if (!allowed.includes(requested)) {
        throw (0,series_input/* seriesError */.Au)(context, `sigma method ${JSON.stringify(requested)} is not available for ${chartName}; ` +
            `expected one of ${allowed.join(', ')}`);
    }
    return requested;
}

// EXTERNAL MODULE: ./shared/spc/chart-constants.ts + 1 modules
var chart_constants = __webpack_require__(80991);
// EXTERNAL MODULE: ./shared/spc/sigma-estimators.ts
var sigma_estimators = __webpack_require__(97148);
;// CONCATENATED MODULE: ./shared/spc/subgroup-charts.ts





/** Reads every point's `subgroup`, checking sizes against what the chart accepts. */
function readSubgroups(inputs, maximumSize, chartName) {
    const { points } = inputs.options;
    return points.map((_, i) => (0,sigma_estimators/* summarizeSubgroup */.XO)((0,series_input/* readSubgroup */.cJ)(inputs.context, points, i, 2, maximumSize, chartName)));
}
/** The centre line of a panel when every point shares it, else null. */
function commonCenter(rows) {
    const first = rows[0]?.center;
    return first !== undefined && rows.every((row) => row.center === first) ? first : null;
}
/**
 * Estimated or known (μ, σ) from subgroups (stats-reference.md §1.4, qcc 3.0 defaults):
 * μ = Σ n_i x̄_i / Σ n_i over the estimation subgroups; σ by UWAVE-R (X̄-R, EWMA, CUSUM) or UWAVE-SD
 * (X̄-S), switching to RMSDF when any estimation subgroup has n > 25 and no method was named.
 */
function subgroupParameters(inputs, subgroups, fallback, chartName) {
    const { options, context, plan, constants } = inputs;
    const baseline = plan.estimationIndices.map((i) => subgroups[i]);
    const large = baseline.some((s) => s.size > chart_constants/* MAX_RANGE_SUBGROUP_SIZE */.t$);
    const method = chooseSigmaMethod(context, options.sigmaMethod, sigma_estimators/* SUBGROUP_SIGMA_METHODS */.ty, large ? 'rmsdf' : fallback, chartName);
    const target = knownParameter(context, 'target', options.target);
    const given = knownSigma(context, options.sigma);
    if (given === undefined && method === 'uwave-r' && large && constants === 'qcc') {
        throw (0,series_input/* seriesError */.Au)(context, `sigma method uwave-r needs baseline subgroups of at most ${chart_constants/* MAX_RANGE_SUBGROUP_SIZE */.t$} ` +
            "observations with qcc's d2 table; use sigmaMethod rmsdf or uwave-sd, or constants exact");
    }
    const warnings = [];
    const sigma = given ?? (0,sigma_estimators/* subgroupSigma */.XY)(baseline, method, constants);
    if (given === undefined && sigma === 0)
        warnings.push(zeroSigmaWarning('sigma'));
    let weighted = 0;
    let total = 0;
    for (const s of baseline) {
        weighted += s.size * s.mean;
        total += s.size;
    }
    return {
        center: target ?? weighted / total,
        centerSource: target === undefined ? 'baseline' : 'target',
        sigma,
        method: given === undefined ? method : 'known',
        warnings
    };
}
/** n-weighted mean of a subgroup statistic over the estimation subgroups (qcc `stats.R`, `stats.S`). */
function weightedBaselineMean(inputs, subgroups, statistic) {
    let weighted = 0;
    let total = 0;
    for (const i of inputs.plan.estimationIndices) {
        const s = subgroups[i];
        weighted += s.size * statistic(s);
        total += s.size;
    }
    return weighted / total;
}
/**
 * X̄-R and X̄-S charts for subgroups (stats-reference.md §1.4; Montgomery §6.2–6.3; qcc "xbar",
 * "R", "S"), equal or unequal n:
 * - X̄: CL = μ̂, σ_i = σ̂/√n_i, limits CL ± L·σ_i (= x̿ ± A2 R̄ or ± A3 s̄ for equal n, L = 3);
 * - R (n = 2..25): σ_R,i = d3(n_i)·σ̂, CL = Σ n_i R_i / Σ n_i (= R̄ for equal n; qcc), or d2(n_i)·σ
 *   for a known σ; LCL clipped at 0 (= D3 R̄, D4 R̄ for equal n);
 * - S: σ_S,i = σ̂·sqrt(1 − c4(n_i)²), CL = Σ n_i s_i / Σ n_i (= s̄), or c4(n_i)·σ for a known σ;
 *   LCL clipped at 0 (= B3 s̄, B4 s̄).
 */
function subgroupChart(inputs, kind) {
    const { nsigmas, constants, options } = inputs;
    const chartName = chart_types/* CHART_NAMES */.q[kind];
    const subgroups = readSubgroups(inputs, kind === 'xbar-r' ? chart_constants/* MAX_RANGE_SUBGROUP_SIZE */.t$ : Infinity, chartName);
    const parameters = subgroupParameters(inputs, subgroups, kind === 'xbar-r' ? 'uwave-r' : 'uwave-sd', chartName);
    const { center, sigma } = parameters;
    const known = options.sigma !== undefined;
    const meanRows = subgroups.map((s) => ({
        ...limitRow(s.mean, center, sigma / Math.sqrt(s.size), nsigmas),
        size: s.size
    }));
    let spreadRows;
    if (kind === 'xbar-r') {
        const estimatedCenter = known ? 0 : weightedBaselineMean(inputs, subgroups, (s) => s.range);
        spreadRows = subgroups.map((s) => ({
            ...limitRow(s.range, known ? (0,chart_constants.d2)(s.size, constants) * sigma : estimatedCenter, (0,chart_constants.d3)(s.size, constants) * sigma, nsigmas, 0),
            size: s.size
        }));
    }
    else {
        const estimatedCenter = known ? 0 : weightedBaselineMean(inputs, subgroups, (s) => s.sd);
        spreadRows = subgroups.map((s) => {
            const bias = (0,chart_constants.c4)(s.size);
            return {
                ...limitRow(s.sd, known ? bias * sigma : estimatedCenter, sigma * Math.sqrt(1 - bias * bias), nsigmas, 0),
                size: s.size
            };
        });
    }
    return {
        center,
        centerSource: parameters.centerSource,
        sigma,
        sigmaSource: parameters.method,
        panels: [
            { statistic: 'mean', center, rows: meanRows, tests: 'run-rules', zones: true },
            {
                statistic: kind === 'xbar-r' ? 'range' : 'standard-deviation',
                center: commonCenter(spreadRows),
                rows: spreadRows,
                tests: 'limits',
                zones: true
            }
        ],
        warnings: parameters.warnings,
        capabilityBasis: { mean: center, sigma }
    };
}

;// CONCATENATED MODULE: ./shared/spc/attribute-charts.ts




/** Defectives d_i out of n_i items: 0 ≤ d_i ≤ n_i, n_i > 0. */
function readDefectives(inputs) {
    const { context, options } = inputs;
    const { points } = options;
    const counts = [];
    const sizes = [];
    points.forEach((_, i) => {
        const count = (0,series_input/* readCount */._0)(context, points, i);
        const size = (0,series_input/* readSize */.ik)(context, points, i, true);
        if (count > size) {
            throw (0,series_input/* pointError */.Vy)(context, i, `count of defectives ${count} exceeds the number of items inspected (size ${size})`);
        }
        counts.push(count);
        sizes.push(size);
    });
    return { counts, sizes };
}
/** Every point must have the size of the first one (np charts; c charts when sizes are given). */
function requireEqualSizes(inputs, sizes, chartName, remedy) {
    const first = sizes[0];
    const show = (size) => (size === undefined ? '(none)' : String(size));
    sizes.forEach((size, i) => {
        if (size !== first) {
            throw (0,series_input/* pointError */.Vy)(inputs.context, i, `size ${show(size)} differs from the first point's size ${show(first)}; ${chartName} ` +
                `needs a constant sample size (${remedy})`);
        }
    });
}
function sumOver(indices, values) {
    let sum = 0;
    for (const i of indices)
        sum += values[i];
    return sum;
}
function degenerateWarning(symbol, value) {
    return (`${symbol} = ${value}: a process at this level has no variation, so the limits collapse onto ` +
        'the centre line and any change signals');
}
/** The chart for one attribute chart type. */
function attributeChart(inputs, chart) {
    return chart === 'c' || chart === 'u' ? poissonChart(inputs, chart) : binomialChart(inputs, chart);
}
/**
 * c chart (CL c̄, limits c̄ ± L·sqrt(c̄)) and u chart (CL ū = Σc/Σn, limits ū ± L·sqrt(ū/n_i)), LCL
 * clipped at 0. The reported process sigma is sqrt(c̄) or sqrt(ū) per inspection unit (qcc).
 */
function poissonChart(inputs, chart) {
    const { context, options, plan, nsigmas } = inputs;
    const { points } = options;
    const counts = points.map((_, i) => (0,series_input/* readCount */._0)(context, points, i));
    const sizes = points.map((_, i) => (0,series_input/* readSize */.ik)(context, points, i, chart === 'u'));
    if (chart === 'c') {
        requireEqualSizes(inputs, sizes, chart_types/* CHART_NAMES */.q.c, 'use a u chart for varying exposure');
    }
    const exposures = sizes.map((size) => (chart === 'u' ? size : 1));
    const target = knownParameter(context, 'target', options.target, {
        test: (x) => x >= 0,
        expected: '≥ 0'
    });
    const estimation = plan.estimationIndices;
    const center = target ?? sumOver(estimation, counts) / sumOver(estimation, exposures);
    const rows = counts.map((count, i) => {
        const exposure = exposures[i];
        const row = limitRow(count / exposure, center, Math.sqrt(center / exposure), nsigmas, 0);
        return sizes[i] === undefined ? row : { ...row, size: sizes[i] };
    });
    return {
        center,
        centerSource: target === undefined ? 'baseline' : 'target',
        sigma: Math.sqrt(center),
        sigmaSource: 'poisson',
        panels: [
            { statistic: chart === 'c' ? 'count' : 'rate', center, rows, tests: 'run-rules', zones: true }
        ],
        warnings: center === 0 ? [degenerateWarning(chart === 'c' ? 'c̄' : 'ū', 0)] : [],
        capabilityBasis: null
    };
}
/**
 * p chart (p_i = d_i/n_i against p̄ ± L·sqrt(p̄(1−p̄)/n_i), clipped to [0, 1]), np chart (d_i against
 * n·p̄ ± L·sqrt(n·p̄(1−p̄)), clipped to [0, n]; constant n) and standardized p chart
 * (z_i = (p_i − p̄)/σ_i against ±L; qcc vignette `p.std`). The reported process sigma is
 * sqrt(p̄(1−p̄)) per item.
 */
function binomialChart(inputs, chart) {
    const { context, options, plan, nsigmas } = inputs;
    const { counts, sizes } = readDefectives(inputs);
    if (chart === 'np') {
        requireEqualSizes(inputs, sizes, chart_types/* CHART_NAMES */.q.np, 'use a p chart for varying sample sizes');
    }
    const target = knownParameter(context, 'target', options.target, {
        test: (x) => x >= 0 && x <= 1,
        expected: 'a fraction in [0, 1]'
    });
    const estimation = plan.estimationIndices;
    const pbar = target ?? sumOver(estimation, counts) / sumOver(estimation, sizes);
    const unitSigma = Math.sqrt(pbar * (1 - pbar));
    if (chart === 'p-standardized' && unitSigma === 0) {
        throw (0,series_input/* seriesError */.Au)(context, `${chart_types/* CHART_NAMES */.q[chart]} needs 0 < p̄ < 1 to standardize, but p̄ = ${pbar}; use a p chart`);
    }
    const rows = counts.map((count, i) => {
        const n = sizes[i];
        const sigma = unitSigma / Math.sqrt(n);
        switch (chart) {
            case 'p':
                return { ...limitRow(count / n, pbar, sigma, nsigmas, 0, 1), size: n };
            case 'np':
                return { ...limitRow(count, n * pbar, n * sigma, nsigmas, 0, n), size: n };
            case 'p-standardized':
                return { ...limitRow((count / n - pbar) / sigma, 0, 1, nsigmas), size: n };
        }
    });
    const statistics = {
        p: 'proportion',
        np: 'defectives',
        'p-standardized': 'standardized-proportion'
    };
    return {
        center: pbar,
        centerSource: target === undefined ? 'baseline' : 'target',
        sigma: unitSigma,
        sigmaSource: 'binomial',
        panels: [
            {
                statistic: statistics[chart],
                center: commonCenter(rows),
                rows,
                tests: 'run-rules',
                zones: true
            }
        ],
        warnings: pbar === 0 || pbar === 1 ? [degenerateWarning('p̄', pbar)] : [],
        capabilityBasis: null
    };
}

// EXTERNAL MODULE: ./shared/stats/moments.ts
var moments = __webpack_require__(23419);
;// CONCATENATED MODULE: ./shared/spc/individuals-chart.ts






/**
 * Estimated or known (μ, σ) of individual values from the estimation points (stats-reference.md
 * §1.3). Shared by the I-MR chart and the individuals forms of EWMA and CUSUM.
 */
function individualsParameters(inputs, values, chartName) {
    const { options, context, plan, constants } = inputs;
    const method = chooseSigmaMethod(context, options.sigmaMethod, sigma_estimators/* INDIVIDUALS_SIGMA_METHODS */.w4, 'average-moving-range', chartName);
    const baselineValues = plan.estimationIndices.map((i) => values[i]);
    const target = knownParameter(context, 'target', options.target);
    const given = knownSigma(context, options.sigma);
    const warnings = [];
    const sigma = given ?? (0,sigma_estimators/* individualsSigma */.W5)(baselineValues, method, constants);
    if (given === undefined && sigma === 0)
        warnings.push(zeroSigmaWarning('sigma'));
    return {
        center: target ?? (0,moments/* mean */.i2)(baselineValues),
        centerSource: target === undefined ? 'baseline' : 'target',
        sigma,
        method: given === undefined ? method : 'known',
        warnings
    };
}
/** Reads every point's `value`. */
function readIndividuals(inputs) {
    const { points } = inputs.options;
    return points.map((_, i) => (0,series_input/* readValue */.wK)(inputs.context, points, i));
}
/**
 * Individuals and moving range chart (stats-reference.md §1.3; Montgomery §6.4; qcc "xbar.one").
 * I chart: CL = mean of the baseline values (or target), limits CL ± L·σ̂.
 * MR chart: the moving range of span 2 over the tested sequence (excluded points removed, as if
 * deleted from the data, so the range after an excluded point spans it); CL = MRbar with the
 * average-MR estimate (= d2(2)·σ̂ in general), σ_MR = d3(2)·σ̂, LCL clipped at 0. With L = 3 and
 * qcc's constants the MR UCL is D4(2)·MRbar = 3.267 MRbar.
 */
function individualsChart(inputs) {
    const { plan, nsigmas, constants } = inputs;
    const values = readIndividuals(inputs);
    const parameters = individualsParameters(inputs, values, chart_types/* CHART_NAMES */.q.imr);
    const { center, sigma } = parameters;
    const individualRows = values.map((x) => limitRow(x, center, sigma, nsigmas));
    const baselineValues = plan.estimationIndices.map((i) => values[i]);
    const movingRangeCenter = parameters.method === 'average-moving-range'
        ? (0,moments/* mean */.i2)((0,sigma_estimators/* movingRanges */.bH)(baselineValues))
        : (0,chart_constants.d2)(2, constants) * sigma;
    const movingRangeSigma = (0,chart_constants.d3)(2, constants) * sigma;
    const movingRangeRows = values.map(() => limitRow(null, movingRangeCenter, movingRangeSigma, nsigmas, 0));
    const sequence = plan.sequenceIndices;
    for (let q = 1; q < sequence.length; q++) {
        const row = movingRangeRows[sequence[q]];
        row.value = Math.abs(values[sequence[q]] - values[sequence[q - 1]]);
    }
    return {
        center,
        centerSource: parameters.centerSource,
        sigma,
        sigmaSource: parameters.method,
        panels: [
            { statistic: 'individual', center, rows: individualRows, tests: 'run-rules', zones: true },
            {
                statistic: 'moving-range',
                center: movingRangeCenter,
                rows: movingRangeRows,
                tests: 'limits',
                zones: true
            }
        ],
        warnings: parameters.warnings,
        capabilityBasis: { mean: center, sigma }
    };
}

;// CONCATENATED MODULE: ./shared/spc/process-observations.ts



/** Reads values or subgroups (all points the same kind) and resolves μ0 and σ for EWMA/CUSUM. */
function readProcessObservations(inputs, chartName) {
    const { points } = inputs.options;
    const subgrouped = (0,series_input/* hasSubgroup */.eb)(points, 0);
    points.forEach((_, i) => {
        if ((0,series_input/* hasSubgroup */.eb)(points, i) !== subgrouped) {
            throw (0,series_input/* pointError */.Vy)(inputs.context, i, `expected ${subgrouped ? 'a subgroup' : 'a single value'} like point 1; ${chartName} ` +
                'takes either individual values or subgroups, not both');
        }
    });
    if (!subgrouped) {
        const values = readIndividuals(inputs);
        const parameters = individualsParameters(inputs, values, chartName);
        return {
            values,
            sizes: values.map(() => 1),
            subgrouped,
            center: parameters.center,
            centerSource: parameters.centerSource,
            sigma: parameters.sigma,
            sigmaSource: parameters.method,
            warnings: parameters.warnings
        };
    }
    const subgroups = readSubgroups(inputs, Infinity, chartName);
    const parameters = subgroupParameters(inputs, subgroups, 'uwave-r', chartName);
    return {
        values: subgroups.map((s) => s.mean),
        sizes: subgroups.map((s) => s.size),
        subgrouped,
        center: parameters.center,
        centerSource: parameters.centerSource,
        sigma: parameters.sigma,
        sigmaSource: parameters.method,
        warnings: parameters.warnings
    };
}

;// CONCATENATED MODULE: ./shared/spc/cusum-chart.ts




/** qcc defaults: se.shift = 1 (k = 0.5) and decision.interval = 5. */
const DEFAULT_CUSUM_K = 0.5;
const DEFAULT_CUSUM_H = 5;
/**
 * Tabular two-sided CUSUM (stats-reference.md §1.7; Montgomery §9.1, qcc `cusum`), in sigma units:
 * z_q = (x_q − μ0)/(σ/√n_q), C+_q = max(0, C+_{q−1} + z_q − k), C−_q = max(0, C−_{q−1} − z_q − k),
 * C±_0 = head start. A point signals when C > h (strict); sums are never reset after a signal,
 * so every point of a sustained shift is reported. N± counts consecutive periods with C > 0; the
 * shift is estimated to have begun after period (first signal − N) with mean μ0 ± (k + C/N)·σ/√n.
 * The upper and lower sums are two panels ('cusum-upper', 'cusum-lower'), both plotted as
 * non-negative values against the decision interval h.
 */
function cusumChart(inputs) {
    const { context, options, plan } = inputs;
    const k = knownParameter(context, 'k', options.k, { test: (x) => x >= 0, expected: '≥ 0' }) ??
        DEFAULT_CUSUM_K;
    const h = knownParameter(context, 'h', options.h, { test: (x) => x > 0, expected: 'positive' }) ??
        DEFAULT_CUSUM_H;
    const headStart = knownParameter(context, 'headStart', options.headStart, {
        test: (x) => x >= 0 && x < h,
        expected: `in [0, h) = [0, ${h})`
    }) ?? 0;
    const observations = readProcessObservations(inputs, chart_types/* CHART_NAMES */.q.cusum);
    const { center, sigma, values, sizes } = observations;
    if (!(sigma > 0)) {
        throw (0,series_input/* seriesError */.Au)(context, 'a CUSUM chart needs a positive sigma, but the baseline shows no variation; give sigma');
    }
    const upper = { sum: headStart, run: 0, signalled: false };
    const lower = { sum: headStart, run: 0, signalled: false };
    const upperRows = [];
    const lowerRows = [];
    const shifts = [];
    const sequence = plan.sequenceIndices;
    let position = -1;
    const advance = (state, step, side, i) => {
        state.sum = Math.max(0, state.sum + step);
        state.run = state.sum > 0 ? state.run + 1 : 0;
        if (state.sum === 0)
            state.signalled = false;
        if (state.sum > h && !state.signalled) {
            state.signalled = true;
            const before = position - state.run;
            const scale = sigma / Math.sqrt(sizes[i]);
            const offset = (k + state.sum / state.run) * scale;
            shifts.push({
                side,
                firstSignal: i + 1,
                runLength: state.run,
                firstAffected: sequence[before + 1] + 1,
                shiftAfter: before >= 0 ? sequence[before] + 1 : null,
                estimatedMean: side === 'upper' ? center + offset : center - offset
            });
        }
    };
    values.forEach((x, i) => {
        const n = sizes[i];
        const scale = sigma / Math.sqrt(n);
        const common = {
            center: 0,
            sigma: scale,
            lcl: null,
            ucl: h,
            ...(observations.subgrouped ? { size: n } : {}),
            observed: x
        };
        if (plan.excluded[i]) {
            upperRows.push({ ...common, value: null });
            lowerRows.push({ ...common, value: null });
            return;
        }
        position += 1;
        const z = (x - center) / scale;
        advance(upper, z - k, 'upper', i);
        advance(lower, -z - k, 'lower', i);
        upperRows.push({ ...common, value: upper.sum, runLength: upper.run });
        lowerRows.push({ ...common, value: lower.sum, runLength: lower.run });
    });
    return {
        center,
        centerSource: observations.centerSource,
        sigma,
        sigmaSource: observations.sigmaSource,
        panels: [
            { statistic: 'cusum-upper', center: 0, rows: upperRows, tests: 'cusum', zones: false },
            { statistic: 'cusum-lower', center: 0, rows: lowerRows, tests: 'cusum', zones: false }
        ],
        warnings: observations.warnings,
        capabilityBasis: null,
        cusum: { k, h, headStart, shifts }
    };
}

;// CONCATENATED MODULE: ./shared/spc/ewma-chart.ts



/** qcc's default smoothing weight. */
const DEFAULT_LAMBDA = 0.2;
/**
 * Sigma of the EWMA statistic after q observations of a subgroup of size n (stats-reference.md
 * §1.6; Montgomery eq. 9.25, qcc `ewma`, Minitab):
 * σ_z(q) = (σ/√n)·sqrt(λ/(2−λ)·(1 − (1−λ)^(2q))); the steady state drops the last factor (NIST
 * 6.3.2.4). With varying n each point uses its own n, as qcc does.
 */
function ewmaSigma(sigma, n, lambda, q, steadyState) {
    const startUp = steadyState ? 1 : 1 - (1 - lambda) ** (2 * q);
    return (sigma / Math.sqrt(n)) * Math.sqrt((lambda / (2 - lambda)) * startUp);
}
/**
 * EWMA chart: z_0 = μ0 (target, else the phase-I mean), z_q = λ·x_q + (1 − λ)·z_{q−1} over the
 * tested sequence (phase I then phase II; excluded points are skipped as if deleted), limits
 * μ0 ± L·σ_z(q), time-varying unless `steadyState`. A signal is z_q strictly beyond its limits.
 */
function ewmaChart(inputs) {
    const { context, options, plan, nsigmas } = inputs;
    const lambda = knownParameter(context, 'lambda', options.lambda, {
        test: (x) => x > 0 && x <= 1,
        expected: 'in (0, 1]'
    }) ?? DEFAULT_LAMBDA;
    const steadyState = options.steadyState === true;
    const observations = readProcessObservations(inputs, chart_types/* CHART_NAMES */.q.ewma);
    const { center, sigma, values, sizes } = observations;
    const sizeField = (n) => (observations.subgrouped ? { size: n } : {});
    let z = center;
    let q = 0;
    const rows = values.map((x, i) => {
        const n = sizes[i];
        if (plan.excluded[i]) {
            const width = ewmaSigma(sigma, n, lambda, Math.max(q, 1), steadyState);
            return { ...limitRow(null, center, width, nsigmas), ...sizeField(n), observed: x };
        }
        q += 1;
        z = lambda * x + (1 - lambda) * z;
        return {
            ...limitRow(z, center, ewmaSigma(sigma, n, lambda, q, steadyState), nsigmas),
            ...sizeField(n),
            observed: x
        };
    });
    return {
        center,
        centerSource: observations.centerSource,
        sigma,
        sigmaSource: observations.sigmaSource,
        panels: [{ statistic: 'ewma', center, rows, tests: 'ewma', zones: true }],
        warnings: observations.warnings,
        capabilityBasis: null,
        ewma: { lambda, limits: steadyState ? 'steady-state' : 'time-varying' }
    };
}

;// CONCATENATED MODULE: ./shared/spc/process-capability.ts
/**
 * Process capability indices from the within-subgroup sigma (stats-reference.md §1.9; Montgomery
 * §8.2, qcc `process.capability`):
 * Cp = (USL − LSL)/(6σ), Cp_l = (μ − LSL)/(3σ), Cp_u = (USL − μ)/(3σ), Cpk = min(Cp_l, Cp_u).
 * With one specification limit only its one-sided index exists and Cpk equals it; Cp needs both.
 * `sigma` must be the within-process estimate (R̄/d2, MR̄/d2(2)), not the overall sd.
 */
function processCapability(mean, sigma, specification) {
    const lower = specification.lower ?? null;
    const upper = specification.upper ?? null;
    const cpl = lower === null ? null : (mean - lower) / (3 * sigma);
    const cpu = upper === null ? null : (upper - mean) / (3 * sigma);
    const cp = lower === null || upper === null ? null : (upper - lower) / (6 * sigma);
    const cpk = cpl === null ? cpu : cpu === null ? cpl : Math.min(cpl, cpu);
    return { lower, upper, mean, sigma, cp, cpl, cpu, cpk };
}

// EXTERNAL MODULE: ./shared/spc/rule-selection.ts
var rule_selection = __webpack_require__(35436);
;// CONCATENATED MODULE: ./shared/spc/zones.ts
/**
 * Distance from the centre line to zone boundary `multiple` (1 = C/B, 2 = B/A), i.e.
 * (multiple/3)·L·σ_i. Written (multiple·L/3)·σ so that L = 3 gives exactly σ and 2σ, as qcc's
 * `nsigmas * k / 3` does.
 */
function zoneDistance(point, nsigmas, multiple) {
    return ((multiple * nsigmas) / 3) * point.sigma;
}
/** Strictly above the UCL. */
function isAboveLimit(point) {
    return point.ucl !== null && point.value > point.ucl;
}
/** Strictly below the LCL. */
function isBelowLimit(point) {
    return point.lcl !== null && point.value < point.lcl;
}
/** Strictly beyond zone boundary `multiple` on the upper side. */
function isAboveZone(point, nsigmas, multiple) {
    return point.value > point.center + zoneDistance(point, nsigmas, multiple);
}
/** Strictly beyond zone boundary `multiple` on the lower side. */
function isBelowZone(point, nsigmas, multiple) {
    return point.value < point.center - zoneDistance(point, nsigmas, multiple);
}
/** The zone label of a point (see Zone). */
function classifyZone(point, nsigmas) {
    if (isAboveLimit(point))
        return 'beyond-upper';
    if (isBelowLimit(point))
        return 'beyond-lower';
    if (point.value > point.center) {
        if (isAboveZone(point, nsigmas, 2))
            return 'upper-a';
        return isAboveZone(point, nsigmas, 1) ? 'upper-b' : 'upper-c';
    }
    if (point.value < point.center) {
        if (isBelowZone(point, nsigmas, 2))
            return 'lower-a';
        return isBelowZone(point, nsigmas, 1) ? 'lower-b' : 'lower-c';
    }
    return 'center-line';
}

;// CONCATENATED MODULE: ./shared/spc/run-rules.ts

/** Positions i where `condition` has held for at least `length` consecutive positions ending at i. */
function runCompletions(condition, length) {
    const positions = [];
    let run = 0;
    for (let i = 0; i < condition.length; i++) {
        run = condition[i] ? run + 1 : 0;
        if (run >= length)
            positions.push(i);
    }
    return positions;
}
function beyondLimits(points) {
    const positions = [];
    points.forEach((point, i) => {
        if (isAboveLimit(point) || isBelowLimit(point))
            positions.push(i);
    });
    return positions;
}
/** k of the last m points beyond zone boundary `multiple` on one side, the current one included. */
function kOfM(points, k, m, multiple, nsigmas) {
    const above = points.map((point) => isAboveZone(point, nsigmas, multiple));
    const below = points.map((point) => isBelowZone(point, nsigmas, multiple));
    const positions = [];
    for (let i = m - 1; i < points.length; i++) {
        for (const side of [above, below]) {
            if (!side[i])
                continue;
            let count = 0;
            for (let j = i - m + 1; j <= i; j++)
                if (side[j])
                    count++;
            if (count >= k)
                positions.push(i);
        }
    }
    return positions;
}
function sideRun(points, length) {
    const above = points.map((point) => point.value > point.center);
    const below = points.map((point) => point.value < point.center);
    return [...runCompletions(above, length), ...runCompletions(below, length)].sort((a, b) => a - b);
}
/** Nelson 3: `length` points in a row strictly increasing or strictly decreasing. */
function trend(points, length) {
    const rising = points.map((point, i) => i > 0 && point.value > points[i - 1].value);
    const falling = points.map((point, i) => i > 0 && point.value < points[i - 1].value);
    const moves = length - 1;
    return [...runCompletions(rising, moves), ...runCompletions(falling, moves)].sort((a, b) => a - b);
}
/** Nelson 4: `length` points in a row alternating up and down. */
function alternation(points, length) {
    const direction = points.map((point, i) => i === 0 ? 0 : Math.sign(point.value - points[i - 1].value));
    const changes = points.map((_, i) => i >= 2 && direction[i] !== 0 && direction[i - 1] !== 0 && direction[i] !== direction[i - 1]);
    return runCompletions(changes, length - 2);
}
/** Nelson 7: `length` points in a row within 1σ of the CL, boundaries included. */
function stratification(points, length, nsigmas) {
    const inside = points.map((point) => !isAboveZone(point, nsigmas, 1) && !isBelowZone(point, nsigmas, 1));
    return runCompletions(inside, length);
}
/** Nelson 8: the last `length` points all beyond ±1σ, with points on both sides. */
function mixture(points, length, nsigmas) {
    const above = points.map((point) => isAboveZone(point, nsigmas, 1));
    const below = points.map((point) => isBelowZone(point, nsigmas, 1));
    const positions = [];
    for (let i = length - 1; i < points.length; i++) {
        let allOutside = true;
        let anyAbove = false;
        let anyBelow = false;
        for (let j = i - length + 1; j <= i; j++) {
            allOutside &&= above[j] || below[j];
            anyAbove ||= above[j];
            anyBelow ||= below[j];
        }
        if (allOutside && anyAbove && anyBelow)
            positions.push(i);
    }
    return positions;
}
/** The 0-based positions violating one rule. */
function rulePositions(rule, points, nsigmas) {
    switch (rule) {
        case 'we-1':
        case 'nelson-1':
            return beyondLimits(points);
        case 'we-2':
        case 'nelson-5':
            return kOfM(points, 2, 3, 2, nsigmas);
        case 'we-3':
        case 'nelson-6':
            return kOfM(points, 4, 5, 1, nsigmas);
        case 'we-4':
            return sideRun(points, 8);
        case 'nelson-2':
            return sideRun(points, 9);
        case 'nelson-3':
            return trend(points, 6);
        case 'nelson-4':
            return alternation(points, 14);
        case 'nelson-7':
            return stratification(points, 15, nsigmas);
        case 'nelson-8':
            return mixture(points, 8, nsigmas);
    }
}
/** Every (rule, position) hit, rule by rule in the order given, positions ascending. */
function evaluateRunRules(points, rules, nsigmas) {
    const hits = [];
    for (const rule of rules) {
        for (const position of rulePositions(rule, points, nsigmas))
            hits.push({ rule, position });
    }
    return hits;
}

;// CONCATENATED MODULE: ./shared/spc/compute-chart.ts













/** Default width of the control limits, in sigmas of the plotted statistic. */
const DEFAULT_NSIGMAS = 3;
/** Options that only some charts read; giving one to another chart earns a warning. */
const OPTION_CHARTS = {
    lambda: ['ewma'],
    steadyState: ['ewma'],
    k: ['cusum'],
    h: ['cusum'],
    headStart: ['cusum'],
    sigmaMethod: ['imr', 'xbar-r', 'xbar-s', 'ewma', 'cusum'],
    specification: ['imr', 'xbar-r', 'xbar-s']
};
/**
 * Computes one control chart for one series: phase I / phase II split, limits estimated from the
 * baseline (or known), every point with its limits and zone, the selected run rules evaluated over
 * phase I + phase II, and warnings. Pure: no I/O; throws InputError naming the series and point for
 * bad data or parameters. Implements stats-reference.md §1; see each chart module for formulas.
 */
function computeChart(options) {
    const context = (0,series_input/* seriesContext */.$U)(options.series, options.location);
    const chart = options.chart;
    if (!chart_types/* CHART_TYPES */.X.includes(chart)) {
        throw (0,series_input/* seriesError */.Au)(context, `unknown chart ${JSON.stringify(chart)}; expected one of ${chart_types/* CHART_TYPES */.X.join(', ')}`);
    }
    if (!Array.isArray(options.points))
        throw (0,series_input/* seriesError */.Au)(context, 'points must be an array');
    const nsigmas = knownParameter(context, 'nsigmas', options.nsigmas, {
        test: (x) => x > 0,
        expected: 'positive'
    }) ?? DEFAULT_NSIGMAS;
    const constants = options.constants ?? 'qcc';
    if (constants !== 'qcc' && constants !== 'exact') {
        throw (0,series_input/* seriesError */.Au)(context, `constants must be "qcc" or "exact", got ${JSON.stringify(constants)}`);
    }
    if ((0,rule_selection/* isAttributeChart */.x2)(chart) && options.sigma !== undefined) {
        throw (0,series_input/* seriesError */.Au)(context, `sigma cannot be given for ${chart_types/* CHART_NAMES */.q[chart]}: it follows from the centre line ` +
            `(${chart === 'c' || chart === 'u' ? 'Poisson' : 'binomial'}); give target instead`);
    }
    const resolved = (0,rule_selection/* resolveRules */.SJ)(context, chart, options.rules);
    const severityOf = (0,rule_selection/* resolveSeverity */.cx)(context, options.severity);
    const needsEstimation = options.target === undefined || (!(0,rule_selection/* isAttributeChart */.x2)(chart) && options.sigma === undefined);
    const plan = planBaseline(context, {
        pointCount: options.points.length,
        baseline: options.baseline,
        exclude: options.exclude,
        needsEstimation,
        chartName: chart_types/* CHART_NAMES */.q[chart]
    });
    const inputs = {
        options,
        context,
        plan,
        nsigmas,
        constants
    };
    const computation = runChart(inputs, chart);
    const capability = capabilityOf(context, options, computation);
    const panels = computation.panels.map((draft) => decoratePanel(draft, plan, options, nsigmas));
    const evaluated = chart === 'ewma' ? ['ewma'] : chart === 'cusum' ? ['cusum'] : resolved.rules;
    const violations = testPanels(panels, computation.panels, resolved.rules, nsigmas, severityOf);
    return {
        chart,
        series: options.series ?? null,
        nsigmas,
        constants,
        center: computation.center,
        centerSource: computation.centerSource,
        sigma: computation.sigma,
        sigmaSource: computation.sigmaSource,
        baseline: plan.summary,
        panels,
        rules: evaluated,
        violations,
        warnings: [
            ...plan.warnings,
            ...resolved.warnings,
            ...unusedOptionWarnings(options),
            ...computation.warnings
        ],
        capability,
        ewma: computation.ewma ?? null,
        cusum: computation.cusum ?? null
    };
}
function runChart(inputs, chart) {
    switch (chart) {
        case 'imr':
            return individualsChart(inputs);
        case 'xbar-r':
        case 'xbar-s':
            return subgroupChart(inputs, chart);
        case 'p':
        case 'p-standardized':
        case 'np':
        case 'c':
        case 'u':
            return attributeChart(inputs, chart);
        case 'ewma':
            return ewmaChart(inputs);
        case 'cusum':
            return cusumChart(inputs);
    }
}
function unusedOptionWarnings(options) {
    const warnings = [];
    for (const [name, charts] of Object.entries(OPTION_CHARTS)) {
        if (options[name] !== undefined) {
            if (!charts.includes(options.chart)) {
                warnings.push(`${name} is ignored by ${options.chart} charts (used by ${charts.join(', ')})`);
            }
        }
    }
    return warnings;
}
function capabilityOf(context, options, computation) {
    const specification = options.specification;
    if (specification === undefined || computation.capabilityBasis === null)
        return null;
    const lower = knownParameter(context, 'specification.lower', specification.lower);
    const upper = knownParameter(context, 'specification.upper', specification.upper);
    if (lower === undefined && upper === undefined) {
        throw (0,series_input/* seriesError */.Au)(context, 'specification needs a lower or an upper limit (or both)');
    }
    if (lower !== undefined && upper !== undefined && !(lower < upper)) {
        throw (0,series_input/* seriesError */.Au)(context, `specification lower limit ${lower} must be below the upper limit ${upper}`);
    }
    const { mean, sigma } = computation.capabilityBasis;
    return processCapability(mean, sigma, {
        ...(lower === undefined ? {} : { lower }),
        ...(upper === undefined ? {} : { upper })
    });
}
function decoratePanel(draft, plan, options, nsigmas) {
    const points = draft.rows.map((row, i) => {
        const point = {
            index: i + 1,
            phase: plan.phases[i],
            excluded: plan.excluded[i],
            value: row.value,
            center: row.center,
            sigma: row.sigma,
            lcl: row.lcl,
            ucl: row.ucl,
            zone: draft.zones && row.value !== null ? classifyZone(row, nsigmas) : null,
            violations: []
        };
        if (row.size !== undefined)
            point.size = row.size;
        if (row.observed !== undefined)
            point.observed = row.observed;
        if (row.runLength !== undefined)
            point.runLength = row.runLength;
        const metadata = (0,series_input/* readMetadata */._6)(options.points, i);
        if (metadata !== undefined)
            point.metadata = metadata;
        return point;
    });
    return { statistic: draft.statistic, center: draft.center, points };
}
/** Runs each panel's tests over its tested sequence and records the hits on points and in a list. */
function testPanels(panels, drafts, rules, nsigmas, severityOf) {
    const violations = [];
    panels.forEach((panel, p) => {
        const tests = drafts[p].tests;
        const sequence = panel.points.filter((point) => !point.excluded && point.value !== null);
        const tested = sequence;
        const record = (rule, positions) => {
            for (const position of positions) {
                const point = tested[position];
                point.violations.push(rule);
                violations.push({
                    rule,
                    index: point.index,
                    phase: point.phase,
                    severity: severityOf(rule),
                    statistic: panel.statistic
                });
            }
        };
        if (tests === 'ewma' || tests === 'cusum') {
            record(tests, rulePositions('we-1', tested, nsigmas));
            return;
        }
        const panelRules = tests === 'limits' ? rules.filter((rule) => rule_selection/* LIMIT_RULE_IDS */.aj.includes(rule)) : rules;
        for (const rule of panelRules)
            record(rule, rulePositions(rule, tested, nsigmas));
    });
    const ruleOrder = (rule) => rule_selection/* SIGNAL_RULE_IDS */.tk.indexOf(rule);
    const panelOrder = (statistic) => panels.findIndex((panel) => panel.statistic === statistic);
    for (const panel of panels) {
        for (const point of panel.points)
            point.violations.sort((a, b) => ruleOrder(a) - ruleOrder(b));
    }
    return violations.sort((a, b) => a.index - b.index ||
        ruleOrder(a.rule) - ruleOrder(b.rule) ||
        panelOrder(a.statistic) - panelOrder(b.statistic));
}

// EXTERNAL MODULE: ./shared/profile/data-profile.ts
var data_profile = __webpack_require__(10706);
// EXTERNAL MODULE: ./shared/store/canonical-json.ts
var canonical_json = __webpack_require__(92113);
// EXTERNAL MODULE: ./shared/spc-history/metric-point.ts
var metric_point = __webpack_require__(96205);
;// CONCATENATED MODULE: ./shared/spc-history/metric-extraction.ts




function metricsFileKind(document) {
    if ((0,canonical_json/* isJsonObject */.OW)(document)) {
        if (document.format === data_profile/* PROFILE_FORMAT */.y6)
            return 'profile';
        if (document.action === 'validate-data' && (0,canonical_json/* isJsonObject */.OW)(document.summary)) {
            return 'validate-report';
        }
    }
    return 'metrics';
}
/** The metrics in one parsed file; InputErrors name the file and the metric. */
function extractMetrics(document, file) {
    switch (metricsFileKind(document)) {
        case 'profile':
            return profileMetrics(document, file);
        case 'validate-report':
            return reportMetrics(document, file);
        case 'metrics':
            return userMetrics(document, file);
    }
}
const isFiniteNumber = (value) => typeof value === 'number' && Number.isFinite(value);
function malformed(file, what, detail) {
    return new errors/* InputError */.dz({ file }, `this ${what} is malformed: ${detail}`);
}
function profileMetrics(profile, file) {
    const metrics = {};
    if (!isFiniteNumber(profile.rows) || profile.rows < 0) {
        throw malformed(file, 'validate-data profile', 'rows is not a count');
    }
    metrics.rows = { kind: 'measurement', value: profile.rows };
    if (!Array.isArray(profile.columns)) {
        throw malformed(file, 'validate-data profile', 'columns is not a list');
    }
    for (const column of profile.columns) {
        if (!(0,canonical_json/* isJsonObject */.OW)(column) || typeof column.name !== 'string') {
            throw malformed(file, 'validate-data profile', 'a column has no name');
        }
        const name = column.name;
        const rows = column.count;
        const nulls = column.nulls;
        if (isFiniteNumber(rows) && rows > 0 && isFiniteNumber(nulls) && nulls >= 0 && nulls <= rows) {
            metrics[`${name}.null_fraction`] = { kind: 'proportion', count: nulls, size: rows };
        }
        for (const statistic of ['mean', 'std', 'distinct']) {
            const value = column[statistic];
            if (isFiniteNumber(value))
                metrics[`${name}.${statistic}`] = { kind: 'measurement', value };
        }
    }
    return checkNames(metrics, file);
}
function reportMetrics(report, file) {
    const metrics = {};
    const summary = report.summary;
    const data = report.data;
    if (!(0,canonical_json/* isJsonObject */.OW)(data) || !isFiniteNumber(data.rows) || data.rows < 0) {
        throw malformed(file, 'validate-data report', 'data.rows is not a count');
    }
    metrics.rows = { kind: 'measurement', value: data.rows };
    for (const [metric, field] of [
        ['failed_checks', 'failed'],
        ['warned_checks', 'warnings']
    ]) {
        const count = summary[field];
        if (!isFiniteNumber(count) || count < 0) {
            throw malformed(file, 'validate-data report', `summary.${field} is not a count`);
        }
        metrics[metric] = { kind: 'defect-count', count };
    }
    if (!Array.isArray(report.results)) {
        throw malformed(file, 'validate-data report', 'results is not a list');
    }
    for (const result of report.results) {
        if (!(0,canonical_json/* isJsonObject */.OW)(result) || typeof result.id !== 'string') {
            throw malformed(file, 'validate-data report', 'a result has no id');
        }
        const unexpected = result.unexpected_count;
        const elements = result.element_count;
        if (isFiniteNumber(unexpected) &&
            isFiniteNumber(elements) &&
            elements > 0 &&
            unexpected >= 0 &&
            unexpected <= elements) {
            metrics[`${result.id}.unexpected`] = { kind: 'proportion', count: unexpected, size: elements };
        }
    }
    return checkNames(metrics, file);
}
/**
 * The user's JSON: an object of metric name → observation, in the forms `readMetricPoint` takes:
 * `{"duration_s": 312.5, "latency_ms": [12, 15, 11], "bad_rows": {"count": 3, "size": 1000},
 * "incidents": {"count": 2}, "errors": {"count": 4, "exposure": 1.2}}`.
 */
function userMetrics(document, file) {
    if (!(0,canonical_json/* isJsonObject */.OW)(document)) {
        throw new errors/* InputError */.dz({ file }, 'expected a validate-data profile or report, or a JSON object of named metrics ' +
            '(e.g. {"duration_s": 312.5, "bad_rows": {"count": 3, "size": 1000}})');
    }
    const metrics = {};
    for (const [name, raw] of Object.entries(document)) {
        const nameProblem = (0,metric_point/* metricNameProblem */.bV)(name);
        if (nameProblem !== undefined)
            throw new errors/* InputError */.dz({ file, field: name }, nameProblem);
        const point = (0,metric_point/* readMetricPoint */.LR)(raw);
        if ('problem' in point)
            throw new errors/* InputError */.dz({ file, field: name }, `metric ${JSON.stringify(name)}: ${point.problem}`);
        metrics[name] = point;
    }
    if (Object.keys(metrics).length === 0)
        throw new errors/* InputError */.dz({ file }, 'the file names no metrics');
    return metrics;
}
function checkNames(metrics, file) {
    for (const name of Object.keys(metrics)) {
        const problem = (0,metric_point/* metricNameProblem */.bV)(name);
        if (problem !== undefined)
            throw new errors/* InputError */.dz({ file, field: name }, problem);
    }
    return metrics;
}
/**
 * Merges the metrics of several files. A metric in two files must agree exactly (a profile and
 * a report of the same data both give `rows`); otherwise the run is ambiguous and the error names
 * both files.
 */
function mergeMetrics(files) {
    const merged = new Map();
    for (const { file, metrics } of files) {
        for (const [name, point] of Object.entries(metrics)) {
            const earlier = merged.get(name);
            if (earlier === undefined) {
                merged.set(name, { point, source: file });
                continue;
            }
            if (JSON.stringify(earlier.point) !== JSON.stringify(point)) {
                throw new errors/* InputError */.dz({ file, field: name }, `metric ${JSON.stringify(name)} is ${(0,metric_point/* describeShape */.vJ)(point)} ${JSON.stringify(point)} here ` +
                    `but ${JSON.stringify(earlier.point)} in ${earlier.source}; give each metric once`);
            }
        }
    }
    const result = {};
    for (const [name, { point }] of merged)
        result[name] = point;
    return result;
}

// EXTERNAL MODULE: ./shared/spc-history/series-naming.ts
var series_naming = __webpack_require__(83092);
;// CONCATENATED MODULE: ./shared/spc-history/metric-series.ts



/** Keeps the latest attempt of each run, in store order. */
function latestAttempts(entries) {
    const latest = new Map();
    for (const entry of entries) {
        const seen = latest.get(entry.record.run.id);
        if (seen === undefined || entry.record.run.attempt > seen.record.run.attempt) {
            latest.set(entry.record.run.id, entry);
        }
    }
    const kept = [];
    const superseded = [];
    for (const entry of entries) {
        const winner = latest.get(entry.record.run.id);
        if (winner === entry)
            kept.push(entry);
        else
            superseded.push({ key: entry.key, by: winner.key });
    }
    return { entries: kept, superseded };
}
/** Metric names present in any entry, sorted. */
function metricNames(entries) {
    const names = new Set();
    for (const entry of entries)
        for (const name of Object.keys(entry.record.metrics))
            names.add(name);
    return [...names].sort();
}
/**
 * The points of one metric in history order (runs without the metric have no point). Every point
 * must have the shape of `reference` (normally this run's point): a metric that changed from a
 * value to a count cannot share a chart, and the error names the series, the point and the run.
 */
function metricSeries(entries, series, metric, reference) {
    const points = [];
    for (const entry of entries) {
        const point = entry.record.metrics[metric];
        if (point === undefined)
            continue;
        points.push({
            point,
            label: {
                key: entry.key,
                run: entry.record.run.id,
                attempt: entry.record.run.attempt,
                created_at: entry.createdAt,
                sha: entry.record.run.sha
            }
        });
    }
    const model = reference ?? points[points.length - 1]?.point;
    if (model !== undefined) {
        points.forEach(({ point, label }, i) => {
            if (!(0,metric_point/* sameShape */._C)(point, model)) {
                throw new errors/* InputError */.dz({ field: (0,series_naming/* chartSeriesName */.r$)(series, metric) }, `point ${i + 1} (run ${label.key}) is ${(0,metric_point/* describeShape */.vJ)(point)} but this run's point is ` +
                    `${(0,metric_point/* describeShape */.vJ)(model)}; one chart needs one kind of observation — give the ` +
                    'changed metric a new name');
            }
        });
    }
    return points;
}

// EXTERNAL MODULE: ./shared/spc-history/metric-settings.ts
var metric_settings = __webpack_require__(83510);
// EXTERNAL MODULE: ./shared/spc-history/spc-record.ts
var spc_record = __webpack_require__(41084);
// EXTERNAL MODULE: ./shared/store/store-errors.ts
var store_errors = __webpack_require__(74309);
// EXTERNAL MODULE: ./shared/version.ts
var version = __webpack_require__(84402);
// EXTERNAL MODULE: ./shared/adapters/load-table.ts
var load_table = __webpack_require__(45846);
;// CONCATENATED MODULE: ./shared/operations/spc-values.ts




const KNOWN_COLUMNS = ['value', 'subgroup', 'count', 'size', 'exposure', 'label'];
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** Reads a values file (CSV/TSV/JSON Lines/Parquet table, or a JSON list of points). */
async function readValuesFile(path, cwd) {
    if ((0,external_node_path_.extname)(path).toLowerCase() === '.json')
        return readPointsJson(path);
    const table = await (0,load_table/* loadTableCells */.k)([path], { cwd });
    const header = table.header.map((name) => name.trim());
    let columns = new Map();
    header.forEach((name, k) => columns.set(name.toLowerCase(), table.cells[k]));
    let firstRow = 1;
    if (header.length === 1 && NUMBER.test(header[0])) {
        // No header: a bare list of numbers. The "header" is the first value.
        columns = new Map([['value', [header[0], ...table.cells[0]]]]);
        firstRow = 0;
    }
    const unknown = header.filter((name) => !KNOWN_COLUMNS.includes(name.toLowerCase()));
    if (firstRow === 1 && (unknown.length > 0 || (!columns.has('value') && !columns.has('count')))) {
        throw new errors/* InputError */.dz({ file: path }, `expected the columns value (with an optional subgroup), or count with size or exposure, ` +
            `and optionally label; found ${header.map((name) => JSON.stringify(name)).join(', ')}`);
    }
    if (columns.has('value') && columns.has('count')) {
        throw new errors/* InputError */.dz({ file: path }, 'give either a value column or a count column, not both');
    }
    if (columns.has('size') && columns.has('exposure')) {
        throw new errors/* InputError */.dz({ file: path }, 'give either a size column or an exposure column, not both');
    }
    const rows = columns.values().next().value?.length ?? 0;
    if (rows === 0)
        throw new errors/* InputError */.dz({ file: path }, 'the file has no points');
    const cell = (name, i) => columns.get(name)?.[i] ?? null;
    const numberAt = (name, i) => {
        const text = cell(name, i);
        const row = i + firstRow;
        if (text === null || text.trim() === '') {
            throw new errors/* InputError */.dz({ file: path, row, field: name }, `the ${name} is empty; every point needs one`);
        }
        if (!NUMBER.test(text.trim())) {
            throw new errors/* InputError */.dz({ file: path, row, field: name }, `expected a number, got ${JSON.stringify(text)}`);
        }
        return Number(text.trim());
    };
    const labelAt = (i) => {
        const label = cell('label', i);
        return label === null ? { row: i + firstRow } : { row: i + firstRow, label };
    };
    if (columns.has('count')) {
        const denominator = columns.has('size')
            ? 'size'
            : columns.has('exposure')
                ? 'exposure'
                : undefined;
        const points = [];
        for (let i = 0; i < rows; i++) {
            const count = numberAt('count', i);
            if (count < 0) {
                throw new errors/* InputError */.dz({ file: path, row: i + firstRow, field: 'count' }, `a count must not be negative, got ${count}`);
            }
            const point = { count, metadata: labelAt(i) };
            if (denominator !== undefined)
                point.size = numberAt(denominator, i);
            points.push(point);
        }
        const kind = denominator === 'size'
            ? 'proportion'
            : denominator === 'exposure'
                ? 'event-rate'
                : 'defect-count';
        return { points, kind, subgroupSize: 1 };
    }
    if (columns.has('subgroup')) {
        const groups = new Map();
        for (let i = 0; i < rows; i++) {
            const id = cell('subgroup', i);
            if (id === null) {
                throw new errors/* InputError */.dz({ file: path, row: i + firstRow, field: 'subgroup' }, 'the subgroup id is empty');
            }
            const value = numberAt('value', i);
            const group = groups.get(id);
            if (group === undefined)
                groups.set(id, { values: [value], label: { ...labelAt(i), label: cell('label', i) ?? id } });
            else
                group.values.push(value);
        }
        const points = [...groups.values()].map(({ values, label }) => ({
            subgroup: values,
            metadata: label
        }));
        return {
            points,
            kind: 'measurement',
            subgroupSize: Math.max(...points.map((point) => point.subgroup.length))
        };
    }
    const points = [];
    for (let i = 0; i < rows; i++)
        points.push({ value: numberAt('value', i), metadata: labelAt(i) });
    return { points, kind: 'measurement', subgroupSize: 1 };
}
/** A JSON list of points, checked field by field later by computeChart (which names the point). */
function readPointsJson(path) {
    const document = (0,user_files/* readUserJson */.YJ)(path, 'values file');
    const list = Array.isArray(document)
        ? document
        : typeof document === 'object' &&
            document !== null &&
            Array.isArray(document.points)
            ? document.points
            : undefined;
    if (list === undefined) {
        throw new errors/* InputError */.dz({ file: path }, 'expected a JSON list of points (or {"points": [...]})');
    }
    if (list.length === 0)
        throw new errors/* InputError */.dz({ file: path }, 'the file has no points');
    const points = list.map((raw, i) => {
        const point = (typeof raw === 'object' && raw !== null ? { ...raw } : { value: raw });
        const label = raw?.label;
        point.metadata = typeof label === 'string' ? { row: i + 1, label } : { row: i + 1 };
        delete point.label;
        return point;
    });
    const first = points[0];
    const kind = first.count === undefined
        ? 'measurement'
        : first.size === undefined
            ? 'defect-count'
            : 'proportion';
    const subgroupSize = Math.max(1, ...points.map((point) => (Array.isArray(point.subgroup) ? point.subgroup.length : 1)));
    return { points, kind, subgroupSize };
}

;// CONCATENATED MODULE: ./shared/operations/spc-check.ts


















/**
 * spc-check end to end, without GitHub reporting (the action and the CLI decide where results go):
 * - history mode: read this run's metrics, append one immutable record to the series' history in
 *   the store (key `<run id>-<attempt>`, idempotent), read the whole history back, and chart every
 *   metric of this run against limits frozen from its baseline;
 * - values mode (stateless): chart one given series without a store.
 * The point judged is this run's own point (history mode) or the newest point; see spc-report.ts.
 */
/** Records read from a store at the same time (each is one download on GitHub). */
const READ_CONCURRENCY = 8;
async function spcCheck(request) {
    return request.mode === 'history' ? checkHistory(request) : checkValues(request);
}
// ---- stateless -------------------------------------------------------------------------------
async function checkValues(request) {
    const { valuesPath } = request;
    const series = request.series ?? (0,external_node_path_.basename)(valuesPath, (0,external_node_path_.extname)(valuesPath));
    const values = await readValuesFile(valuesPath, request.cwd);
    const settings = (0,metric_settings/* settingsForMetric */.HO)(request.config, request.inputs, series);
    const chart = pickChart(series, values.kind, values.subgroupSize, settings);
    // Exclusions in the settings file name runs of a history; here only the given point numbers count.
    const exclude = (request.inputs.exclude ?? []).map((entry) => {
        const text = entry.trim();
        if (!/^\d+$/.test(text)) {
            throw new errors/* UsageError */.eb(`exclude lists ${JSON.stringify(entry)}; in stateless mode assignable causes are 1-based ` +
                `point numbers of ${valuesPath}`);
        }
        return Number(text);
    });
    const result = computeChart((0,metric_settings/* chartOptionsFor */.gK)({ chart, settings, points: values.points, series, exclude }));
    const report = chartReport({
        name: series,
        metric: null,
        kind: values.kind,
        result,
        current: [values.points.length]
    });
    return buildSpcReport({
        mode: 'values',
        series,
        store: null,
        record: null,
        failOn: request.failOn,
        charts: [report],
        damaged: [],
        superseded: [],
        warnings: [],
        generatedAt: new Date(request.now).toISOString(),
        version: version/* TOLLGATE_VERSION */.o
    });
}
/** The user's chart if it fits the points, else the automatic choice for their kind. */
function pickChart(name, kind, subgroupSize, settings) {
    const subgrouped = subgroupSize > 1;
    const fitting = (0,metric_point/* chartsForKind */.dU)(kind, subgrouped);
    const requested = settings.chart === 'auto' ? undefined : settings.chart;
    if (requested !== undefined && !fitting.includes(requested)) {
        const shape = subgrouped
            ? 'subgroups'
            : kind === 'measurement'
                ? 'single values'
                : `${kind} points`;
        throw new errors/* InputError */.dz({ field: name }, `${chart_types/* CHART_NAMES */.q[requested]} cannot plot ${shape}; use ${fitting.join(', ')} (or auto)`);
    }
    return chooseChart({
        kind,
        subgroupSize,
        ...(requested === undefined ? {} : { chart: requested })
    });
}
// ---- history ---------------------------------------------------------------------------------
async function checkHistory(request) {
    const { series, store } = request;
    (0,series_naming/* assertSpcSeriesName */.hD)(series);
    const storeSeries = (0,series_naming/* historySeriesName */.JY)(series);
    const warnings = [];
    let own;
    if (request.metricsPaths.length > 0) {
        const metrics = mergeMetrics(request.metricsPaths.map((file) => ({
            file,
            metrics: extractMetrics((0,user_files/* readUserJson */.YJ)(file, 'metrics file'), file)
        })));
        const record = (0,spc_record/* buildSpcRecord */.kT)({
            series,
            run: request.run,
            sources: request.metricsPaths,
            metrics
        });
        const key = (0,series_naming/* historyRecordKey */.F8)(request.run.id, request.run.attempt);
        const outcome = await appendOwnRecord(store, storeSeries, key, record);
        own = { key, record, outcome };
    }
    const { entries, damaged } = await readHistory(store, storeSeries, series);
    for (const entry of damaged) {
        warnings.push(`history record ${entry.key} of series ${series} is damaged and was skipped: ${entry.problem}`);
    }
    if (own !== undefined && !entries.some((entry) => entry.key === own.key)) {
        if (damaged.some((entry) => entry.key === own.key)) {
            throw new errors/* IntegrityError */.cs(`This run's own history record ${own.key} in ${store.location} cannot be read back; ` +
                'the run cannot be judged. Re-run the workflow to write a new attempt.');
        }
        // A listing that does not show our record yet: chart it as the newest point.
        entries.push({
            key: own.key,
            createdAt: new Date(request.now).toISOString(),
            record: own.record
        });
    }
    const history = latestAttempts(entries);
    if (history.entries.length === 0) {
        throw new errors/* UsageError */.eb(`The series ${series} has no history in ${store.location} yet; give metrics to record ` +
            'this run (input `metrics`, option --metrics).');
    }
    const include = request.include ?? request.config.include;
    const names = own !== undefined ? Object.keys(own.record.metrics).sort() : metricNames(history.entries);
    const charts = [];
    const matchedExclusions = new Set();
    for (const metric of names) {
        const settings = (0,metric_settings/* settingsForMetric */.HO)(request.config, request.inputs, metric);
        if (!(0,metric_settings/* isCharted */.KN)(include, settings, metric))
            continue;
        const chart = chartMetric({
            series,
            metric,
            settings,
            entries: history.entries,
            ownKey: own?.key,
            reference: own?.record.metrics[metric],
            matchedExclusions
        });
        if (chart !== undefined)
            charts.push(chart);
    }
    if (names.length > 0 && charts.length === 0) {
        warnings.push('no metric is charted: every metric is ignored or outside `include`');
    }
    const requestedExclusions = new Set([
        ...(request.inputs.exclude ?? []),
        ...(request.config.defaults.exclude ?? []),
        ...request.config.overrides.flatMap((override) => override.settings.exclude ?? [])
    ]);
    for (const entry of requestedExclusions) {
        if (!matchedExclusions.has(entry)) {
            warnings.push(`exclude lists ${JSON.stringify(entry)}, which is no run id or record key of a charted point`);
        }
    }
    return buildSpcReport({
        mode: 'history',
        series,
        store: store.location,
        record: own === undefined ? null : { key: own.key, outcome: own.outcome },
        failOn: request.failOn,
        charts,
        damaged,
        superseded: history.superseded,
        warnings,
        generatedAt: new Date(request.now).toISOString(),
        version: version/* TOLLGATE_VERSION */.o
    });
}
async function appendOwnRecord(store, storeSeries, key, record) {
    try {
        return await store.appendRecord(storeSeries, key, (0,spc_record/* serializeSpcRecord */.Qk)(record));
    }
    catch (error) {
        if (error instanceof store_errors/* ConflictError */.f) {
            throw new store_errors/* ConflictError */.f(`Run ${record.run.id} attempt ${record.run.attempt} already recorded other metrics for ` +
                `series ${record.series}; history records are immutable. If two steps of one run chart ` +
                `the same series, give each its own series name. (${(0,errors/* errorMessage */.gJ)(error)})`);
        }
        throw error;
    }
}
/**
 * Every readable record of the series, in store order, and the damaged ones: entries the store
 * cannot list, bytes that fail their checksum, and content that is not a valid record.
 */
async function readHistory(store, storeSeries, series) {
    const listing = await store.listRecords(storeSeries);
    const damaged = [...listing.damaged];
    const results = await mapConcurrently(listing.records, READ_CONCURRENCY, async (info) => {
        try {
            const bytes = await store.readRecord(storeSeries, info.key);
            if (bytes === undefined)
                return { key: info.key, problem: 'it was listed but could not be found' };
            const record = (0,spc_record/* parseSpcRecord */.rp)(bytes, series);
            if ('problem' in record)
                return { key: info.key, problem: record.problem };
            return { key: info.key, createdAt: info.createdAt, record };
        }
        catch (error) {
            if (error instanceof errors/* IntegrityError */.cs)
                return { key: info.key, problem: (0,errors/* errorMessage */.gJ)(error) };
            throw error;
        }
    });
    const entries = [];
    for (const result of results) {
        if ('problem' in result)
            damaged.push(result);
        else
            entries.push(result);
    }
    return { entries, damaged };
}
async function mapConcurrently(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await task(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
function chartMetric(input) {
    const { series, metric, settings } = input;
    const name = (0,series_naming/* chartSeriesName */.r$)(series, metric);
    const labelled = metricSeries(input.entries, series, metric, input.reference);
    if (labelled.length === 0)
        return undefined;
    const model = input.reference ?? labelled[labelled.length - 1].point;
    const { kind } = (0,metric_point/* metricKindOf */.qP)(model);
    const largest = Math.max(...labelled.map(({ point }) => (0,metric_point/* metricKindOf */.qP)(point).subgroupSize));
    const chart = pickChart(name, kind, largest, settings);
    const exclude = [];
    for (const entry of settings.exclude ?? []) {
        labelled.forEach(({ label }, i) => {
            if (label.key === entry || label.run === entry) {
                input.matchedExclusions.add(entry);
                exclude.push(i + 1);
            }
        });
    }
    const baseline = settings.baseline ?? DEFAULT_BASELINE;
    for (const index of exclude) {
        if (index > Math.min(baseline, labelled.length)) {
            const label = labelled[index - 1].label;
            throw new errors/* InputError */.dz({ field: name }, `exclude lists run ${label.key}, which is point ${index}, after the baseline (points ` +
                `1..${Math.min(baseline, labelled.length)}); only baseline points can be left out of ` +
                'the limits — raise baseline to re-baseline over it');
        }
    }
    const uniqueExclude = [...new Set(exclude)].sort((a, b) => a - b);
    const current = input.ownKey === undefined
        ? labelled.length
        : labelled.findIndex(({ label }) => label.key === input.ownKey) + 1;
    const usable = labelled.length - uniqueExclude.length;
    const needsEstimation = settings.target === undefined || (!(0,rule_selection/* isAttributeChart */.x2)(chart) && settings.sigma === undefined);
    if (needsEstimation && usable < MINIMUM_BASELINE) {
        return collectingReport({
            name,
            metric,
            kind,
            chart,
            points: labelled.length,
            needed: MINIMUM_BASELINE
        });
    }
    const points = labelled.map(({ point, label }) => (0,metric_point/* chartInput */.hw)(point, label));
    const result = computeChart((0,metric_settings/* chartOptionsFor */.gK)({ chart, settings, points, series: name, exclude: uniqueExclude }));
    return chartReport({ name, metric, kind, result, current: current > 0 ? [current] : [] });
}


/***/ })

};
