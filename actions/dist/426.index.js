export const id = 426;
export const ids = [426];
export const modules = {

/***/ 34362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ evaluateGate)
});

// UNUSED EXPORTS: MAX_SLICES

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/evaluation/classification-metrics.ts
var classification_metrics = __webpack_require__(11469);
// EXTERNAL MODULE: ./shared/evaluation/metrics.ts + 2 modules
var evaluation_metrics = __webpack_require__(7302);
;// CONCATENATED MODULE: ./shared/evaluation/slice-metrics.ts
/**
 * Groups row indices by value, slices ordered by their first row so reports follow the data.
 * Values are compared with SameValueZero (1 and "1" are different slices).
 */
function groupRowsBySlice(values) {
    const groups = new Map();
    for (let i = 0; i < values.length; i++) {
        const value = values[i];
        let rows = groups.get(value);
        if (rows === undefined) {
            rows = [];
            groups.set(value, rows);
        }
        rows.push(i);
    }
    return Array.from(groups, ([value, rows]) => ({ value, rows: Uint32Array.from(rows) }));
}
/** One prepared metric evaluated on every slice. */
function metricBySlice(metric, slices) {
    return slices.map((slice) => ({
        value: slice.value,
        rowCount: slice.rows.length,
        metric: metric(slice.rows)
    }));
}

// EXTERNAL MODULE: ./shared/stats/distributions.ts
var distributions = __webpack_require__(29633);
// EXTERNAL MODULE: ./shared/stats/quantile.ts
var quantile = __webpack_require__(9629);
// EXTERNAL MODULE: ./shared/stats/random.ts
var random = __webpack_require__(73251);
;// CONCATENATED MODULE: ./shared/gate/bootstrap.ts




/**
 * Paired case-resampling bootstrap of metric(candidate) − metric(champion) (Efron & Tibshirani
 * 1993, ch. 13–14; stats-reference.md §3.3). Both metrics are evaluated on the SAME drawn rows, so
 * the row-to-row correlation of the two models cancels out of the difference.
 *
 * Reproducibility contract: the generator is mulberry32(seed); a replicate draws N indices
 * idx = floor(u · N) from consecutive outputs u, replicate after replicate (stratified: per class
 * in ascending class order, idx = rowsOfClass[floor(u · n_class)]). Same seed, same data, same
 * result on every platform.
 */
const DEFAULT_BOOTSTRAP_REPLICATES = 2000;
const MINIMUM_BOOTSTRAP_REPLICATES = 1000;
const DEFAULT_BOOTSTRAP_SEED = 20240611;
/**
 * Beyond this many rows the BCa acceleration uses a grouped jackknife (row i in group
 * i mod 1000, one group deleted at a time) instead of leave-one-out, which would cost N metric
 * evaluations of N rows each.
 */
const JACKKNIFE_GROUPS = 1000;
/** Draws the index vectors of successive replicates into one reused buffer. */
function replicateDrawer(rowCount, seed, strata) {
    const next = (0,random/* mulberry32 */.s)(seed);
    if (strata === undefined) {
        return (into) => {
            for (let i = 0; i < rowCount; i++)
                into[i] = Math.floor(next() * rowCount);
        };
    }
    const byClass = new Map();
    for (let i = 0; i < rowCount; i++) {
        const code = strata[i];
        const rows = byClass.get(code);
        if (rows === undefined)
            byClass.set(code, [i]);
        else
            rows.push(i);
    }
    const groups = Array.from(byClass.entries())
        .sort((a, b) => a[0] - b[0])
        .map(([, rows]) => Uint32Array.from(rows));
    return (into) => {
        let k = 0;
        for (const rows of groups) {
            for (let j = 0; j < rows.length; j++)
                into[k++] = rows[Math.floor(next() * rows.length)];
        }
    };
}
/**
 * The paired bootstrap of candidate − champion for one metric. `candidate` and `champion` are
 * metrics bound to each model's predictions on the same `rowCount` rows (prepareMetric). A
 * difference is "undefined" when either metric returns NaN on the resample: such replicates are
 * dropped and counted, never replaced.
 */
function pairedBootstrap(candidate, champion, rowCount, options = {}) {
    const replicatesRequested = options.replicates ?? DEFAULT_BOOTSTRAP_REPLICATES;
    const seed = options.seed ?? DEFAULT_BOOTSTRAP_SEED;
    const confidenceLevel = options.confidenceLevel ?? 0.95;
    validateOptions(replicatesRequested, seed, confidenceLevel, rowCount, options.strata);
    const candidateValue = candidate();
    const championValue = champion();
    const estimate = candidateValue - championValue;
    const draw = replicateDrawer(rowCount, seed, options.strata);
    const indices = new Uint32Array(rowCount);
    const values = new Float64Array(replicatesRequested);
    let used = 0;
    for (let b = 0; b < replicatesRequested; b++) {
        draw(indices);
        const difference = candidate(indices) - champion(indices);
        if (!Number.isNaN(difference))
            values[used++] = difference;
        options.onReplicate?.();
    }
    const replicates = values.subarray(0, used);
    const sorted = Float64Array.from(replicates).sort();
    const alpha = (1 - confidenceLevel) / 2;
    const lower = (0,quantile/* quantileSorted */.Z)(sorted, alpha);
    const upper = (0,quantile/* quantileSorted */.Z)(sorted, 1 - alpha);
    const bca = bcaInterval(candidate, champion, rowCount, estimate, replicates, sorted, alpha);
    return {
        estimate,
        candidateValue,
        championValue,
        resampling: options.strata === undefined ? 'paired' : 'stratified',
        seed,
        confidenceLevel,
        replicatesRequested,
        replicatesUsed: used,
        replicatesDropped: replicatesRequested - used,
        standardError: sampleStandardDeviation(replicates),
        percentile: [lower, upper],
        basic: [2 * estimate - upper, 2 * estimate - lower],
        bca: bca.interval,
        bcaDetails: { z0: bca.z0, acceleration: bca.acceleration, jackknife: bca.jackknife },
        ...(options.keepReplicates === true ? { replicates: Float64Array.from(replicates) } : {})
    };
}
function validateOptions(replicates, seed, confidenceLevel, rowCount, strata) {
    if (!Number.isInteger(replicates) || replicates < MINIMUM_BOOTSTRAP_REPLICATES) {
        throw new errors/* UsageError */.eb(`bootstrap replicates must be an integer of at least ${MINIMUM_BOOTSTRAP_REPLICATES}, ` +
            `got ${replicates}`);
    }
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
        throw new errors/* UsageError */.eb(`bootstrap seed must be an integer in 0..4294967295, got ${seed}`);
    }
    if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
        throw new errors/* UsageError */.eb(`confidence level must be between 0 and 1, got ${confidenceLevel}`);
    }
    if (!Number.isInteger(rowCount) || rowCount < 2) {
        throw new errors/* UsageError */.eb(`the bootstrap needs at least 2 rows, got ${rowCount}`);
    }
    if (strata !== undefined && strata.length !== rowCount) {
        throw new errors/* UsageError */.eb(`stratified bootstrap: ${strata.length} class codes for ${rowCount} rows`);
    }
}
function sampleStandardDeviation(values) {
    const n = values.length;
    if (n < 2)
        return NaN;
    let mean = 0;
    for (let i = 0; i < n; i++)
        mean += values[i];
    mean /= n;
    let sum = 0;
    for (let i = 0; i < n; i++)
        sum += (values[i] - mean) ** 2;
    return Math.sqrt(sum / (n - 1));
}
/**
 * BCa interval as scipy.stats.bootstrap(method='BCa') 1.10 computes it (Efron & Tibshirani 1993,
 * §14.3 and eq. 15.36):
 *   z0 = Φ⁻¹(share of replicates below θ̂, ties counted ½)   (scipy _percentile_of_score)
 *   a  = Σ d³ / (6 (Σ d²)^{3/2}),  d_i = mean(θ_(·)) − θ_(i)  over jackknife estimates θ_(i)
 *   α1 = Φ(z0 + (z0 + z_α)/(1 − a(z0 + z_α))),  α2 likewise with z_{1−α}
 *   interval = [q(α1), q(α2)] of the replicates (linear quantile).
 * Where scipy returns NaN for a degenerate jackknife (all θ_(i) equal, 0/0) we take a = 0 —
 * there is no skewness to correct — so two identical models get the degenerate [0, 0].
 * An infinite z0 (every replicate on one side of θ̂) leaves the interval undefined (NaN).
 */
function bcaInterval(candidate, champion, rowCount, estimate, replicates, sorted, alpha) {
    const grouped = rowCount > JACKKNIFE_GROUPS;
    const jackknife = grouped ? 'grouped' : 'leave-one-out';
    if (replicates.length === 0) {
        return { interval: [NaN, NaN], z0: NaN, acceleration: NaN, jackknife };
    }
    let below = 0;
    let belowOrEqual = 0;
    for (let b = 0; b < replicates.length; b++) {
        if (replicates[b] < estimate)
            below++;
        if (replicates[b] <= estimate)
            belowOrEqual++;
    }
    const z0 = (0,distributions/* normalQuantile */.Zl)((below + belowOrEqual) / (2 * replicates.length));
    const acceleration = jackknifeAcceleration(candidate, champion, rowCount, grouped);
    if (!Number.isFinite(z0) || Number.isNaN(acceleration)) {
        return { interval: [NaN, NaN], z0, acceleration, jackknife };
    }
    const adjusted = (zAlpha) => {
        const shifted = z0 + zAlpha;
        return (0,distributions/* normalCdf */.vr)(z0 + shifted / (1 - acceleration * shifted));
    };
    const zAlpha = (0,distributions/* normalQuantile */.Zl)(alpha);
    const interval = [
        (0,quantile/* quantileSorted */.Z)(sorted, adjusted(zAlpha)),
        (0,quantile/* quantileSorted */.Z)(sorted, adjusted(-zAlpha))
    ];
    return { interval, z0, acceleration, jackknife };
}
/** The jackknife acceleration a; NaN when a jackknife estimate is undefined. */
function jackknifeAcceleration(candidate, champion, rowCount, grouped) {
    const groupCount = grouped ? JACKKNIFE_GROUPS : rowCount;
    const estimates = new Float64Array(groupCount);
    const kept = new Uint32Array(rowCount);
    for (let g = 0; g < groupCount; g++) {
        let size = 0;
        for (let i = 0; i < rowCount; i++)
            if (i % groupCount !== g)
                kept[size++] = i;
        const rows = kept.subarray(0, size);
        estimates[g] = candidate(rows) - champion(rows);
        if (Number.isNaN(estimates[g]))
            return NaN;
    }
    let mean = 0;
    for (let g = 0; g < groupCount; g++)
        mean += estimates[g];
    mean /= groupCount;
    let cubes = 0;
    let squares = 0;
    for (let g = 0; g < groupCount; g++) {
        const d = mean - estimates[g];
        cubes += d * d * d;
        squares += d * d;
    }
    if (squares === 0)
        return 0;
    return cubes / (6 * squares ** 1.5);
}

;// CONCATENATED MODULE: ./shared/gate/midranks.ts
/**
 * Midranks: 1-based ranks where tied values share the mean of the ranks they occupy (the
 * "average" method of scipy.stats.rankdata). DeLong's fast algorithm (Sun & Xu 2014) is built on
 * them; ties between a positive and a negative then count ½, as in the AUC.
 */
function midranks(values) {
    const n = values.length;
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++)
        order[i] = i;
    order.sort((a, b) => values[a] - values[b]);
    const ranks = new Float64Array(n);
    let start = 0;
    while (start < n) {
        let end = start + 1;
        while (end < n && values[order[end]] === values[order[start]])
            end++;
        // Positions start..end−1 (0-based) hold ranks start+1..end; their mean is (start+1+end)/2.
        const rank = (start + 1 + end) / 2;
        for (let k = start; k < end; k++)
            ranks[order[k]] = rank;
        start = end;
    }
    return ranks;
}

;// CONCATENATED MODULE: ./shared/gate/delong.ts



function splitByClass(actual, positiveClass) {
    const positives = [];
    const negatives = [];
    for (let i = 0; i < actual.length; i++) {
        if (actual[i] === positiveClass)
            positives.push(i);
        else
            negatives.push(i);
    }
    if (positives.length < 2 || negatives.length < 2) {
        throw new errors/* UsageError */.eb(`DeLong's test needs at least 2 positive and 2 negative rows; the evaluation set has ` +
            `${positives.length} positive and ${negatives.length} negative`);
    }
    return { positives, negatives };
}
function pick(values, rows) {
    const out = new Float64Array(rows.length);
    rows.forEach((row, k) => (out[k] = values[row]));
    return out;
}
/** DeLong structural components of one model's scores (Sun & Xu 2014, eq. 8–9). */
function aucComponents(actual, scores, positiveClass = 1) {
    const { positives, negatives } = splitByClass(actual, positiveClass);
    return componentsFor(scores, positives, negatives);
}
function componentsFor(scores, positives, negatives) {
    const m = positives.length;
    const n = negatives.length;
    const positiveScores = pick(scores, positives);
    const negativeScores = pick(scores, negatives);
    const all = new Float64Array(m + n);
    all.set(positiveScores, 0);
    all.set(negativeScores, m);
    const rankAll = midranks(all);
    const rankPositives = midranks(positiveScores);
    const rankNegatives = midranks(negativeScores);
    const positiveComponents = new Float64Array(m);
    const negativeComponents = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < m; i++) {
        positiveComponents[i] = (rankAll[i] - rankPositives[i]) / n;
        sum += rankAll[i] - rankPositives[i];
    }
    for (let j = 0; j < n; j++) {
        negativeComponents[j] = 1 - (rankAll[m + j] - rankNegatives[j]) / m;
    }
    // Σ (T_Z(i) − T_X(i)) over positives is the exact (half-integer) concordant pair count.
    return { auc: sum / (m * n), positiveComponents, negativeComponents };
}
/** Sample covariance (ddof 1) of two equally long arrays. */
function sampleCovariance(a, b) {
    const n = a.length;
    let meanA = 0;
    let meanB = 0;
    for (let i = 0; i < n; i++) {
        meanA += a[i];
        meanB += b[i];
    }
    meanA /= n;
    meanB /= n;
    let sum = 0;
    for (let i = 0; i < n; i++)
        sum += (a[i] - meanA) * (b[i] - meanB);
    return sum / (n - 1);
}
/** One model's AUC with its DeLong variance. */
function aucWithVariance(actual, scores, positiveClass = 1) {
    const c = aucComponents(actual, scores, positiveClass);
    const m = c.positiveComponents.length;
    const n = c.negativeComponents.length;
    const variance = sampleCovariance(c.positiveComponents, c.positiveComponents) / m +
        sampleCovariance(c.negativeComponents, c.negativeComponents) / n;
    return { auc: c.auc, variance, standardError: Math.sqrt(variance), positives: m, negatives: n };
}
/**
 * Paired DeLong test of candidate AUC − champion AUC. Scores are one score per row for the
 * positive class (higher = more likely positive). A zero variance (e.g. two identical models)
 * gives z = 0 and p = 1 when the AUCs are equal, |z| = ∞ and p = 0 otherwise.
 */
function delongTest(actual, championScores, candidateScores, options = {}) {
    const confidenceLevel = options.confidenceLevel ?? 0.95;
    if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
        throw new errors/* UsageError */.eb(`confidence level must be between 0 and 1, got ${confidenceLevel}`);
    }
    for (const [label, scores] of [
        ['champion', championScores],
        ['candidate', candidateScores]
    ]) {
        if (scores.length !== actual.length) {
            throw new errors/* UsageError */.eb(`${label}: ${scores.length} scores for ${actual.length} rows; DeLong's test needs one ` +
                'positive-class score per row');
        }
    }
    const { positives, negatives } = splitByClass(actual, options.positiveClass ?? 1);
    const m = positives.length;
    const n = negatives.length;
    const champion = componentsFor(championScores, positives, negatives);
    const candidate = componentsFor(candidateScores, positives, negatives);
    const s10 = (a, b) => sampleCovariance(a, b) / m;
    const s01 = (a, b) => sampleCovariance(a, b) / n;
    const varianceChampion = s10(champion.positiveComponents, champion.positiveComponents) +
        s01(champion.negativeComponents, champion.negativeComponents);
    const varianceCandidate = s10(candidate.positiveComponents, candidate.positiveComponents) +
        s01(candidate.negativeComponents, candidate.negativeComponents);
    const covariance = s10(champion.positiveComponents, candidate.positiveComponents) +
        s01(champion.negativeComponents, candidate.negativeComponents);
    // Rounding can leave a tiny negative value for (almost) identical models.
    const variance = Math.max(0, varianceChampion + varianceCandidate - 2 * covariance);
    const difference = candidate.auc - champion.auc;
    const standardError = Math.sqrt(variance);
    let z;
    if (standardError > 0)
        z = difference / standardError;
    else
        z = difference === 0 ? 0 : Math.sign(difference) * Infinity;
    const pValue = Math.min(1, 2 * (0,distributions/* normalSf */.nG)(Math.abs(z)));
    const critical = (0,distributions/* normalQuantile */.Zl)(1 - (1 - confidenceLevel) / 2);
    return {
        championAuc: champion.auc,
        candidateAuc: candidate.auc,
        difference,
        variance,
        standardError,
        z,
        pValue,
        confidenceLevel,
        confidenceInterval: [
            difference - critical * standardError,
            difference + critical * standardError
        ],
        positives: m,
        negatives: n
    };
}

;// CONCATENATED MODULE: ./shared/gate/exact-decimal.ts

const NUMBER_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;
/** The shortest round-trip decimal of a finite double (ECMAScript Number::toString). */
function decimalFromNumber(value) {
    if (!Number.isFinite(value))
        throw new errors/* UsageError */.eb(`not a finite number: ${value}`);
    const match = NUMBER_TEXT.exec(String(value));
    if (match === null)
        throw new errors/* UsageError */.eb(`cannot read ${value} as a decimal`);
    const [, sign, whole, fraction = '', exponent = '0'] = match;
    const digits = BigInt(`${whole}${fraction}`);
    return {
        coefficient: sign === '-' ? -digits : digits,
        exponent: Number(exponent) - fraction.length
    };
}
function scaleTo(value, exponent) {
    return value.coefficient * 10n ** BigInt(value.exponent - exponent);
}
/** a + b, exactly (both scaled to the smaller exponent). */
function addDecimals(a, b) {
    const exponent = Math.min(a.exponent, b.exponent);
    return { coefficient: scaleTo(a, exponent) + scaleTo(b, exponent), exponent };
}
/** a − b, exactly. */
function subtractDecimals(a, b) {
    return addDecimals(a, { coefficient: -b.coefficient, exponent: b.exponent });
}
/** a · b, exactly (coefficients multiply, exponents add). */
function multiplyDecimals(a, b) {
    return { coefficient: a.coefficient * b.coefficient, exponent: a.exponent + b.exponent };
}
/** |a|. */
function absoluteDecimal(a) {
    return a.coefficient < 0n ? { coefficient: -a.coefficient, exponent: a.exponent } : a;
}
/** −1, 0 or 1 as a is below, equal to or above b. */
function compareDecimals(a, b) {
    const exponent = Math.min(a.exponent, b.exponent);
    const left = scaleTo(a, exponent);
    const right = scaleTo(b, exponent);
    return left < right ? -1 : left > right ? 1 : 0;
}
/** Plain decimal text without exponent, e.g. "0.85" or "-1200" (for messages and tests). */
function formatDecimal(a) {
    const negative = a.coefficient < 0n;
    let digits = (negative ? -a.coefficient : a.coefficient).toString();
    let text;
    if (a.exponent >= 0) {
        text = digits === '0' ? '0' : digits + '0'.repeat(a.exponent);
    }
    else {
        const places = -a.exponent;
        digits = digits.padStart(places + 1, '0');
        const whole = digits.slice(0, digits.length - places);
        const fraction = digits.slice(digits.length - places).replace(/0+$/, '');
        text = fraction === '' ? whole : `${whole}.${fraction}`;
    }
    return negative && text !== '0' ? `-${text}` : text;
}

;// CONCATENATED MODULE: ./shared/gate/metric-threshold.ts


function isNumber(value) {
    return typeof value === 'number' && Number.isFinite(value);
}
/**
 * MetricThreshold(...) with MLflow's constructor checks and messages. One difference: JavaScript
 * has no separate int and float, so min_relative_change 0 or 1 is accepted where MLflow insists
 * on a Python float (0.0, 1.0).
 */
function createMetricThreshold(spec) {
    const fail = (detail) => new UsageError(`Could not instantiate MetricThreshold class: ${detail}`);
    const { threshold, min_absolute_change, min_relative_change, greater_is_better } = spec;
    if (threshold !== undefined && !isNumber(threshold)) {
        throw fail('`threshold` parameter must be a number.');
    }
    if (min_absolute_change !== undefined &&
        (!isNumber(min_absolute_change) || min_absolute_change <= 0)) {
        throw fail('`min_absolute_change` parameter must be a positive number.');
    }
    if (min_relative_change !== undefined) {
        if (!isNumber(min_relative_change)) {
            throw fail('`min_relative_change` parameter must be a floating point number.');
        }
        if (min_relative_change < 0 || min_relative_change > 1) {
            throw fail('`min_relative_change` parameter must be between 0 and 1.');
        }
    }
    if (greater_is_better === undefined)
        throw fail('`greater_is_better` parameter must be defined.');
    if (typeof greater_is_better !== 'boolean') {
        throw fail('`greater_is_better` parameter must be a boolean.');
    }
    if (threshold === undefined &&
        min_absolute_change === undefined &&
        min_relative_change === undefined) {
        throw fail('no threshold was specified.');
    }
    return {
        ...(threshold === undefined ? {} : { threshold }),
        ...(min_absolute_change === undefined ? {} : { minAbsoluteChange: min_absolute_change }),
        ...(min_relative_change === undefined ? {} : { minRelativeChange: min_relative_change }),
        greaterIsBetter: greater_is_better
    };
}
/** cand ≥ bound (greater is better) or cand ≤ bound. Doubles compare in the same order as their
 * shortest decimals, so both modes agree here. NaN fails. */
function meetsThreshold(candidate, bound, greaterIsBetter) {
    return greaterIsBetter ? candidate >= bound : candidate <= bound;
}
/** The signed improvement cand − base (greater is better) or base − cand, exactly. */
function exactImprovement(candidate, baseline, greaterIsBetter) {
    const cand = decimalFromNumber(candidate);
    const base = decimalFromNumber(baseline);
    return greaterIsBetter ? subtractDecimals(cand, base) : subtractDecimals(base, cand);
}
/**
 * min_absolute_change: the candidate beats the baseline by at least `change`.
 * exact: improvement ≥ change in decimals; mlflow-compatible: cand ≥ base + change in floats.
 */
function meetsAbsoluteChange(candidate, baseline, change, greaterIsBetter, mode) {
    if (Number.isNaN(candidate) || Number.isNaN(baseline))
        return false;
    if (mode === 'mlflow-compatible') {
        return greaterIsBetter ? candidate >= baseline + change : candidate <= baseline - change;
    }
    return (compareDecimals(exactImprovement(candidate, baseline, greaterIsBetter), decimalFromNumber(change)) >= 0);
}
/**
 * min_relative_change: the candidate beats the baseline by at least `share` of it.
 * exact: improvement ≥ share·|base|, base = 0 → strictly better; mlflow-compatible: see
 * ComparisonMode (signed baseline, 1e-10 rule for base = 0).
 */
function meetsRelativeChange(candidate, baseline, share, greaterIsBetter, mode) {
    if (Number.isNaN(candidate) || Number.isNaN(baseline))
        return false;
    if (mode === 'mlflow-compatible') {
        if (baseline === 0)
            return greaterIsBetter ? candidate >= 0 + 1e-10 : candidate <= 0 - 1e-10;
        const relative = greaterIsBetter
            ? (candidate - baseline) / baseline
            : (baseline - candidate) / baseline;
        return !(relative < share);
    }
    const improvement = exactImprovement(candidate, baseline, greaterIsBetter);
    if (baseline === 0)
        return improvement.coefficient > 0n;
    const required = multiplyDecimals(decimalFromNumber(share), absoluteDecimal(decimalFromNumber(baseline)));
    return compareDecimals(improvement, required) >= 0;
}
/**
 * Checks one metric against its MetricThreshold, collecting every failure (MLflow's
 * _MetricValidationResult): missing candidate (nothing else is checked), threshold, missing
 * baseline (then no change checks), absolute change, relative change.
 */
function validateMetric(metric, threshold, candidate, baseline, mode = 'exact') {
    const checks = [];
    const result = () => ({
        metric,
        ...(candidate === undefined ? {} : { candidate }),
        ...(baseline === undefined ? {} : { baseline }),
        passed: checks.every((check) => check.passed),
        checks
    });
    if (candidate === undefined) {
        checks.push({
            check: 'missing_candidate',
            passed: false,
            message: `Metric validation failed: metric ${metric} was missing from the evaluation result of ` +
                'the candidate model.'
        });
        return result();
    }
    const gib = threshold.greaterIsBetter;
    const cand = `candidate model ${metric} = ${candidate}`;
    if (threshold.threshold !== undefined) {
        const passed = meetsThreshold(candidate, threshold.threshold, gib);
        checks.push({
            check: 'threshold',
            passed,
            message: passed
                ? ''
                : `Metric ${metric} value threshold check failed: ${cand}, ${metric} threshold = ` +
                    `${threshold.threshold}.`
        });
    }
    const needsBaseline = threshold.minAbsoluteChange !== undefined || threshold.minRelativeChange !== undefined;
    if (!needsBaseline)
        return result();
    if (baseline === undefined) {
        checks.push({
            check: 'missing_baseline',
            passed: false,
            message: `Model comparison failed: metric ${metric} was missing from the evaluation result of ` +
                'the baseline model.'
        });
        return result();
    }
    const base = `baseline model ${metric} = ${baseline}`;
    if (threshold.minAbsoluteChange !== undefined) {
        const passed = meetsAbsoluteChange(candidate, baseline, threshold.minAbsoluteChange, gib, mode);
        checks.push({
            check: 'min_absolute_change',
            passed,
            message: passed
                ? ''
                : `Metric ${metric} minimum absolute change check failed: ${cand}, ${base}, ${metric} ` +
                    `minimum absolute change threshold = ${threshold.minAbsoluteChange}.`
        });
    }
    if (threshold.minRelativeChange !== undefined) {
        const passed = meetsRelativeChange(candidate, baseline, threshold.minRelativeChange, gib, mode);
        checks.push({
            check: 'min_relative_change',
            passed,
            message: passed
                ? ''
                : `Metric ${metric} minimum relative change check failed: ${cand}, ${base}, ${metric} ` +
                    `minimum relative change threshold = ${threshold.minRelativeChange}.`
        });
    }
    return result();
}
/**
 * mlflow.validate_evaluation_results(candidate, baseline, thresholds) without the exception:
 * every metric is checked, every failure collected. `baseline` undefined = no baseline model.
 */
function validateMetricThresholds(thresholds, candidate, baseline, mode = 'exact') {
    const results = Object.entries(thresholds).map(([metric, threshold]) => validateMetric(metric, threshold, Object.hasOwn(candidate, metric) ? candidate[metric] : undefined, baseline !== undefined && Object.hasOwn(baseline, metric) ? baseline[metric] : undefined, mode));
    const failures = results
        .filter((r) => !r.passed)
        .map((r) => r.checks
        .filter((c) => !c.passed)
        .map((c) => c.message)
        .join(' '));
    return { passed: failures.length === 0, results, message: failures.join('\n') };
}

;// CONCATENATED MODULE: ./shared/gate/gate-decision.ts


/** Numbers in sentences: the printed value when short, else 6 significant digits. */
function show(value) {
    if (value === null || value === undefined)
        return 'missing';
    if (Number.isNaN(value))
        return 'undefined (NaN)';
    const text = String(value);
    return text.length <= 12 ? text : value.toPrecision(6);
}
function percent(share) {
    return `${show(share * 100)}%`;
}
/**
 * max_regression (no MLflow counterpart): the candidate may be worse than the champion by at
 * most `allowed` (metric units, or a share of |champion|; champion 0 with a relative allowance:
 * not worse at all). mlflow-compatible mode uses MLflow-style float arithmetic (cand ≥ champ −
 * allowed; relative change divided by the signed champion).
 */
function withinRegression(candidate, champion, allowance, greaterIsBetter, mode) {
    if (Number.isNaN(candidate) || Number.isNaN(champion))
        return false;
    const allowed = allowance.value;
    if (mode === 'mlflow-compatible') {
        if (!allowance.relative) {
            return greaterIsBetter ? candidate >= champion - allowed : candidate <= champion + allowed;
        }
        if (champion === 0)
            return greaterIsBetter ? candidate >= 0 : candidate <= 0;
        const relative = greaterIsBetter
            ? (candidate - champion) / champion
            : (champion - candidate) / champion;
        return !(relative < -allowed);
    }
    const cand = decimalFromNumber(candidate);
    const champ = decimalFromNumber(champion);
    const improvement = greaterIsBetter
        ? subtractDecimals(cand, champ)
        : subtractDecimals(champ, cand);
    const tolerance = allowance.relative
        ? multiplyDecimals(decimalFromNumber(allowed), absoluteDecimal(champ))
        : decimalFromNumber(allowed);
    return (compareDecimals(improvement, {
        coefficient: -tolerance.coefficient,
        exponent: tolerance.exponent
    }) >= 0);
}
function changeText(change, sign) {
    return change.relative
        ? `${sign} ${percent(change.value)} of |champion|`
        : `${sign} ${show(change.value)}`;
}
/** Checks one metric rule; returns one reason per condition it sets. */
function checkRule(rule, context) {
    const { metric } = rule;
    const mode = context.rules.comparison;
    const candidate = context.candidate[metric];
    const champion = context.champion?.[metric];
    const reasons = [];
    const reason = (kind, required, passed, sentence) => reasons.push({
        metric,
        rule: kind,
        candidate: candidate ?? null,
        champion: champion ?? null,
        required,
        passed,
        sentence
    });
    const better = rule.greaterIsBetter ? 'higher' : 'lower';
    if (rule.min !== undefined) {
        const required = `≥ ${show(rule.min)}`;
        if (candidate === undefined) {
            reason('min', required, false, `${metric} is missing from the candidate's metrics.`);
        }
        else {
            const passed = meetsThreshold(candidate, rule.min, true);
            reason('min', required, passed, `${metric} of the candidate is ${show(candidate)}, ` +
                (passed
                    ? `at least the minimum ${show(rule.min)}.`
                    : `below the minimum ${show(rule.min)}.`));
        }
    }
    if (rule.max !== undefined) {
        const required = `≤ ${show(rule.max)}`;
        if (candidate === undefined) {
            reason('max', required, false, `${metric} is missing from the candidate's metrics.`);
        }
        else {
            const passed = meetsThreshold(candidate, rule.max, false);
            reason('max', required, passed, `${metric} of the candidate is ${show(candidate)}, ` +
                (passed
                    ? `at most the maximum ${show(rule.max)}.`
                    : `above the maximum ${show(rule.max)}.`));
        }
    }
    const comparisons = [
        ['min_improvement', rule.minImprovement],
        ['max_regression', rule.maxRegression]
    ];
    for (const [kind, change] of comparisons) {
        if (change === undefined)
            continue;
        const required = kind === 'min_improvement'
            ? `improvement ${changeText(change, '≥')} (${better} is better)`
            : `regression ${changeText(change, '≤')} (${better} is better)`;
        const skip = comparisonSkip(metric, candidate, champion, context.champion !== undefined);
        if (skip !== undefined) {
            reason(kind, required, skip.passed, skip.sentence);
            continue;
        }
        const cand = candidate;
        const champ = champion;
        let passed;
        if (kind === 'min_improvement') {
            passed = change.relative
                ? meetsRelativeChange(cand, champ, change.value, rule.greaterIsBetter, mode)
                : meetsAbsoluteChange(cand, champ, change.value, rule.greaterIsBetter, mode);
        }
        else {
            passed = withinRegression(cand, champ, change, rule.greaterIsBetter, mode);
        }
        const what = kind === 'min_improvement' ? 'an improvement' : 'a regression';
        reason(kind, required, passed, `${metric}: candidate ${show(cand)} vs champion ${show(champ)} (${better} is better); ` +
            `${what} ${changeText(change, kind === 'min_improvement' ? '≥' : '≤')} is required` +
            (passed ? ' and met.' : ' and not met.'));
    }
    const requirement = rule.requireSignificance;
    if (requirement !== undefined) {
        const required = significanceText(requirement);
        const skip = comparisonSkip(metric, candidate, champion, context.champion !== undefined);
        if (skip !== undefined && skip.passed === null) {
            reason('significance', required, null, skip.sentence);
        }
        else {
            const outcome = checkSignificance(rule, requirement, context);
            reason('significance', required, outcome.passed, outcome.sentence);
        }
    }
    return reasons;
}
/** Why a champion comparison cannot run: no champion (skipped) or a missing value (failed). */
function comparisonSkip(metric, candidate, champion, hasChampion) {
    if (!hasChampion) {
        return { passed: null, sentence: `No champion to compare ${metric} with; not evaluated.` };
    }
    if (candidate === undefined) {
        return { passed: false, sentence: `${metric} is missing from the candidate's metrics.` };
    }
    if (champion === undefined) {
        return { passed: false, sentence: `${metric} is missing from the champion's metrics.` };
    }
    return undefined;
}
function significanceText(requirement) {
    const test = requirement.test === 'bootstrap'
        ? 'paired bootstrap'
        : requirement.test === 'mcnemar'
            ? "McNemar's test"
            : "DeLong's test";
    const confidence = percent(1 - requirement.alpha);
    return requirement.margin === undefined
        ? `${test}: candidate significantly better (alpha ${show(requirement.alpha)}, ${confidence} interval)`
        : `${test}: candidate not worse by more than ${show(requirement.margin)} (${confidence} interval)`;
}
/** The improvement interval (oriented so that positive = candidate better). */
function orient(interval, greaterIsBetter) {
    return greaterIsBetter ? [interval[0], interval[1]] : [-interval[1], -interval[0]];
}
function checkSignificance(rule, requirement, context) {
    const { metric } = rule;
    const level = 1 - requirement.alpha;
    const bound = requirement.margin === undefined ? 0 : -requirement.margin;
    const goal = requirement.margin === undefined
        ? 'above 0 (superiority)'
        : `above −${show(requirement.margin)} (non-inferiority)`;
    const missing = (what) => new Error(`decideGate: the rule for ${metric} requires ${what} evidence, which was not computed ` +
        '(collectEvidence runs the tests the rules require)');
    switch (requirement.test) {
        case 'bootstrap': {
            const result = context.evidence.bootstrap[metric];
            if (result === undefined)
                throw missing('bootstrap');
            if (Math.abs(result.confidenceLevel - level) > 1e-12) {
                throw new Error(`decideGate: the bootstrap for ${metric} used level ${result.confidenceLevel}, the rule needs ${level}`);
            }
            const method = context.rules.bootstrap.interval;
            const [lower, upper] = orient(result[method], rule.greaterIsBetter);
            const dropped = result.replicatesDropped > 0
                ? ` ${result.replicatesDropped} of ${result.replicatesRequested} replicates were dropped (metric undefined on the resample).`
                : '';
            if (Number.isNaN(lower)) {
                return {
                    passed: false,
                    sentence: `${metric}: the ${method} bootstrap interval is undefined, so significance cannot be shown.${dropped}`
                };
            }
            const passed = lower > bound;
            return {
                passed,
                sentence: `${metric}: ${percent(level)} ${method} interval of the improvement is ` +
                    `[${show(lower)}, ${show(upper)}] (${result.resampling} bootstrap, ` +
                    `${result.replicatesUsed} replicates, seed ${result.seed}); its lower bound is ` +
                    `${passed ? '' : 'not '}${goal}.${dropped}`
            };
        }
        case 'mcnemar': {
            const result = context.evidence.mcnemar;
            if (result === undefined)
                throw missing('McNemar');
            const passed = result.pValue < requirement.alpha && result.favoursCandidate;
            return {
                passed,
                sentence: `${metric}: McNemar (${result.method}) p = ${show(result.pValue)} with ` +
                    `${result.c} rows only the candidate got right and ${result.b} only the champion got ` +
                    `right; ${passed ? 'significant' : 'not significant'} at alpha ${show(requirement.alpha)}` +
                    (result.pValue < requirement.alpha && !result.favoursCandidate
                        ? ' in the champion’s favour.'
                        : '.')
            };
        }
        case 'delong': {
            const result = context.evidence.delong;
            if (result === undefined)
                throw missing('DeLong');
            if (Math.abs(result.confidenceLevel - level) > 1e-12) {
                throw new Error(`decideGate: DeLong used level ${result.confidenceLevel}, the rule needs ${level}`);
            }
            const [lower, upper] = orient(result.confidenceInterval, rule.greaterIsBetter);
            const improvement = rule.greaterIsBetter ? result.difference : -result.difference;
            const passed = requirement.margin === undefined
                ? result.pValue < requirement.alpha && improvement > 0
                : lower > bound;
            return {
                passed,
                sentence: `${metric}: DeLong AUC ${show(result.candidateAuc)} vs ${show(result.championAuc)}, ` +
                    `z = ${show(result.z)}, p = ${show(result.pValue)}, ${percent(level)} interval of the ` +
                    `improvement [${show(lower)}, ${show(upper)}]; ` +
                    (requirement.margin === undefined
                        ? `${passed ? 'significant' : 'not significant'} at alpha ${show(requirement.alpha)}.`
                        : `its lower bound is ${passed ? '' : 'not '}${goal}.`)
            };
        }
    }
}
/**
 * Decides the gate. `champion` undefined means there is no champion (first model, or none at
 * the configured stage); `evidence` must hold the tests the rules require (collectEvidence).
 */
function decideGate(rules, candidate, champion, evidence = { bootstrap: {} }) {
    const context = { rules, candidate, champion, evidence };
    const reasons = rules.rules.flatMap((rule) => checkRule(rule, context));
    const failed = reasons.filter((r) => r.passed === false);
    const skipped = reasons.filter((r) => r.passed === null);
    let verdict;
    let summary;
    if (failed.length > 0) {
        verdict = 'reject';
        summary =
            `Reject: ${failed.length} of ${reasons.length} rules failed (` +
                failed.map((r) => `${r.metric} ${r.rule}`).join(', ') +
                ').';
    }
    else if (champion === undefined) {
        verdict = 'no-champion';
        const evaluated = reasons.length - skipped.length;
        summary =
            `No champion to compare with: ${evaluated} threshold rule${evaluated === 1 ? '' : 's'} passed` +
                (skipped.length > 0
                    ? `, ${skipped.length} comparison rule${skipped.length === 1 ? '' : 's'} not evaluated.`
                    : '.');
    }
    else {
        verdict = 'promote';
        summary = `Promote: all ${reasons.length} rules passed.`;
    }
    return { verdict, passed: verdict !== 'reject', comparison: rules.comparison, reasons, summary };
}

// EXTERNAL MODULE: ./shared/evaluation/predictions.ts
var predictions = __webpack_require__(65967);
// EXTERNAL MODULE: ./shared/text/closest-name.ts
var closest_name = __webpack_require__(28863);
;// CONCATENATED MODULE: ./shared/gate/gate-rules.ts




const TOP_KEYS = ['comparison', 'bootstrap', 'metrics'];
const RULE_KEYS = [
    'min',
    'max',
    'min_improvement',
    'max_regression',
    'greater_is_better',
    'require_significance',
    'average'
];
const SIGNIFICANCE_KEYS = ['test', 'alpha', 'margin', 'method'];
const CHANGE_KEYS = ['value', 'relative'];
const BOOTSTRAP_KEYS = ['replicates', 'seed', 'stratified', 'interval'];
const TESTS = ['bootstrap', 'mcnemar', 'delong'];
const INTERVALS = ['percentile', 'basic', 'bca'];
const MODES = ['exact', 'mlflow-compatible'];
const MCNEMAR_METHODS = ['exact', 'chi-square-corrected', 'chi-square'];
const CLASS_AVERAGES = ['binary', 'macro', 'weighted', 'micro'];
function defaultLocate(path) {
    return { field: path.join('.') };
}
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return JSON.stringify(value);
}
/** Parses and validates a rules object; every error is an InputError at the offending key. */
function parseGateRules(raw, locate = defaultLocate) {
    const error = (path, detail) => new errors/* InputError */.dz(locate(path), detail);
    const mapping = (value, path, what) => {
        if (!isMapping(value))
            throw error(path, `${what} must be a mapping, got ${describe(value)}`);
        return value;
    };
    const knownKeys = (value, path, keys, what) => {
        for (const key of Object.keys(value)) {
            if (keys.includes(key))
                continue;
            const suggestion = (0,closest_name/* closestName */.N)(key, keys);
            throw error([...path, key], `unknown key ${JSON.stringify(key)} in ${what}` +
                (suggestion === undefined ? '' : ` (did you mean ${JSON.stringify(suggestion)}?)`) +
                `; allowed: ${keys.join(', ')}`);
        }
    };
    const finite = (value, path) => {
        if (typeof value !== 'number' || !Number.isFinite(value)) {
            throw error(path, `expected a number, got ${describe(value)}`);
        }
        return value;
    };
    const oneOf = (value, path, options) => {
        if (typeof value === 'string' && options.includes(value)) {
            return value;
        }
        const suggestion = typeof value === 'string' ? (0,closest_name/* closestName */.N)(value, options) : undefined;
        throw error(path, `expected one of ${options.join(', ')}, got ${describe(value)}` +
            (suggestion === undefined ? '' : ` (did you mean ${JSON.stringify(suggestion)}?)`));
    };
    const boolean = (value, path) => {
        if (typeof value !== 'boolean')
            throw error(path, `expected true or false, got ${describe(value)}`);
        return value;
    };
    const top = mapping(raw ?? {}, [], 'the gate rules');
    knownKeys(top, [], TOP_KEYS, 'the gate rules');
    const comparison = top.comparison === undefined ? 'exact' : oneOf(top.comparison, ['comparison'], MODES);
    const bootstrap = parseBootstrap(top.bootstrap);
    if (top.metrics === undefined) {
        throw error(['metrics'], 'the gate rules need a "metrics" mapping with at least one metric');
    }
    const metrics = mapping(top.metrics, ['metrics'], '"metrics"');
    const names = Object.keys(metrics);
    if (names.length === 0)
        throw error(['metrics'], '"metrics" lists no metric; add at least one');
    const rules = names.map((name) => parseRule(name, metrics[name]));
    return { comparison, bootstrap, rules };
    function parseBootstrap(value) {
        const settings = {
            replicates: DEFAULT_BOOTSTRAP_REPLICATES,
            seed: DEFAULT_BOOTSTRAP_SEED,
            stratified: false,
            interval: 'bca'
        };
        if (value === undefined)
            return settings;
        const path = ['bootstrap'];
        const given = mapping(value, path, '"bootstrap"');
        knownKeys(given, path, BOOTSTRAP_KEYS, '"bootstrap"');
        let { replicates, seed } = settings;
        if (given.replicates !== undefined) {
            replicates = finite(given.replicates, [...path, 'replicates']);
            if (!Number.isInteger(replicates) || replicates < MINIMUM_BOOTSTRAP_REPLICATES) {
                throw error([...path, 'replicates'], `replicates must be a whole number of at least ${MINIMUM_BOOTSTRAP_REPLICATES}, got ${replicates}`);
            }
        }
        if (given.seed !== undefined) {
            seed = finite(given.seed, [...path, 'seed']);
            if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
                throw error([...path, 'seed'], `seed must be a whole number in 0..4294967295, got ${seed}`);
            }
        }
        return {
            replicates,
            seed,
            stratified: given.stratified === undefined ? false : boolean(given.stratified, [...path, 'stratified']),
            interval: given.interval === undefined
                ? 'bca'
                : oneOf(given.interval, [...path, 'interval'], INTERVALS)
        };
    }
    function parseChange(value, path, key) {
        let amount;
        let relative = false;
        if (isMapping(value)) {
            knownKeys(value, path, CHANGE_KEYS, `"${key}"`);
            if (value.value === undefined)
                throw error(path, `"${key}" needs a "value"`);
            amount = finite(value.value, [...path, 'value']);
            if (value.relative !== undefined)
                relative = boolean(value.relative, [...path, 'relative']);
        }
        else {
            amount = finite(value, path);
        }
        if (amount < 0) {
            throw error(path, `${key} must not be negative, got ${amount}` +
                (key === 'min_improvement'
                    ? '; to let the candidate be somewhat worse than the champion use max_regression'
                    : ''));
        }
        if (comparison === 'mlflow-compatible' && key === 'min_improvement') {
            // MLflow's MetricThreshold constructor: min_absolute_change > 0, min_relative_change in [0, 1].
            if (!relative && amount === 0) {
                throw error(path, 'mlflow-compatible mode: min_improvement (min_absolute_change) must be positive');
            }
            if (relative && amount > 1) {
                throw error(path, `mlflow-compatible mode: a relative min_improvement (min_relative_change) must be between 0 and 1, got ${amount}`);
            }
        }
        return { value: amount, relative };
    }
    function parseSignificance(value, path, metric) {
        const given = typeof value === 'string' ? { test: value } : mapping(value, path, '"require_significance"');
        knownKeys(given, path, SIGNIFICANCE_KEYS, '"require_significance"');
        if (given.test === undefined) {
            throw error(path, `"require_significance" needs a "test": ${TESTS.join(', ')}`);
        }
        const test = oneOf(given.test, typeof value === 'string' ? path : [...path, 'test'], TESTS);
        let alpha = 0.05;
        if (given.alpha !== undefined) {
            alpha = finite(given.alpha, [...path, 'alpha']);
            if (!(alpha > 0 && alpha < 1)) {
                throw error([...path, 'alpha'], `alpha must be between 0 and 1 (e.g. 0.05), got ${alpha}`);
            }
        }
        const requirement = {
            test,
            alpha
        };
        if (given.margin !== undefined) {
            const margin = finite(given.margin, [...path, 'margin']);
            if (margin < 0) {
                throw error([...path, 'margin'], `the non-inferiority margin must not be negative, got ${margin} (it is how much worse ` +
                    'than the champion the candidate may be, in metric units)');
            }
            if (test === 'mcnemar') {
                throw error([...path, 'margin'], "McNemar's test has no non-inferiority margin; use test: bootstrap for a margin on accuracy");
            }
            requirement.margin = margin;
        }
        if (given.method !== undefined) {
            if (test !== 'mcnemar')
                throw error([...path, 'method'], '"method" applies to test: mcnemar only');
            requirement.method = oneOf(given.method, [...path, 'method'], MCNEMAR_METHODS);
        }
        if (test === 'mcnemar' && metric !== 'accuracy') {
            throw error(path, `McNemar's test compares accuracy (per-row correctness), not ${metric}; use bootstrap`);
        }
        if (test === 'delong' && metric !== 'roc_auc') {
            throw error(path, `DeLong's test compares ROC AUC, not ${metric}; use bootstrap`);
        }
        return requirement;
    }
    function parseRule(name, value) {
        const path = ['metrics', name];
        if (!(0,evaluation_metrics/* isMetricName */.M8)(name))
            throw error(path, (0,evaluation_metrics/* unknownMetricMessage */.AN)(name));
        const given = mapping(value, path, `the rule for ${name}`);
        knownKeys(given, path, RULE_KEYS, `the rule for ${name}`);
        const definition = evaluation_metrics/* METRICS */.Cb[name];
        const rule = {
            metric: name,
            greaterIsBetter: definition.greaterIsBetter,
            greaterIsBetterInferred: true,
            options: {}
        };
        if (given.greater_is_better !== undefined) {
            rule.greaterIsBetter = boolean(given.greater_is_better, [...path, 'greater_is_better']);
            rule.greaterIsBetterInferred = false;
        }
        if (given.min !== undefined)
            rule.min = finite(given.min, [...path, 'min']);
        if (given.max !== undefined)
            rule.max = finite(given.max, [...path, 'max']);
        if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) {
            throw error([...path, 'min'], `min ${rule.min} is above max ${rule.max}; no value can pass`);
        }
        if (given.min_improvement !== undefined) {
            rule.minImprovement = parseChange(given.min_improvement, [...path, 'min_improvement'], 'min_improvement');
        }
        if (given.max_regression !== undefined) {
            rule.maxRegression = parseChange(given.max_regression, [...path, 'max_regression'], 'max_regression');
        }
        if (given.require_significance !== undefined) {
            rule.requireSignificance = parseSignificance(given.require_significance, [...path, 'require_significance'], name);
        }
        if (given.average !== undefined) {
            const averagePath = [...path, 'average'];
            if (name === 'roc_auc') {
                rule.options = {
                    rocAucAverage: oneOf(given.average, averagePath, ['macro', 'weighted'])
                };
            }
            else if (name === 'precision' || name === 'recall' || name === 'f1') {
                rule.options = { average: oneOf(given.average, averagePath, CLASS_AVERAGES) };
            }
            else {
                throw error(averagePath, `"average" applies to precision, recall, f1 and roc_auc, not ${name}`);
            }
        }
        const conditions = ['min', 'max', 'min_improvement', 'max_regression', 'require_significance'];
        if (!conditions.some((key) => given[key] !== undefined)) {
            throw error(path, `the rule for ${name} sets no condition; use one of ${conditions.join(', ')}`);
        }
        return rule;
    }
}
/** Options for pairedBootstrap implied by the rules for one significance requirement. */
function bootstrapOptionsFor(rules, requirement, strata) {
    return {
        replicates: rules.bootstrap.replicates,
        seed: rules.bootstrap.seed,
        confidenceLevel: 1 - requirement.alpha,
        ...(rules.bootstrap.stratified && strata !== undefined ? { strata } : {})
    };
}

;// CONCATENATED MODULE: ./shared/gate/mcnemar.ts



/** The 2×2 agreement table of two models' predictions against the truth. */
function discordantCounts(actual, championPredicted, candidatePredicted, rows) {
    const counts = { b: 0, c: 0, bothCorrect: 0, bothWrong: 0 };
    const n = (0,predictions/* selectionSize */.aU)(rows, actual.length);
    for (let k = 0; k < n; k++) {
        const i = rows === undefined ? k : rows[k];
        const championRight = championPredicted[i] === actual[i];
        const candidateRight = candidatePredicted[i] === actual[i];
        if (championRight && candidateRight)
            counts.bothCorrect++;
        else if (championRight)
            counts.b++;
        else if (candidateRight)
            counts.c++;
        else
            counts.bothWrong++;
    }
    return counts;
}
/**
 * McNemar's test from the discordant counts.
 * exact: p = min(1, 2·P(X ≤ min(b, c))), X ~ Bin(b + c, ½)  (statsmodels `exact=True`);
 * chi-square: see McNemarMethod. No discordant rows means no evidence: statistic 0, p = 1
 * (statsmodels would return NaN for the chi-square forms).
 */
function mcnemarTest(counts, method = 'exact') {
    const { b, c } = counts;
    for (const [name, value] of [
        ['b', b],
        ['c', c]
    ]) {
        if (!Number.isInteger(value) || value < 0) {
            throw new errors/* UsageError */.eb(`McNemar count ${name} must be a non-negative integer, got ${value}`);
        }
    }
    const discordant = b + c;
    const base = {
        b,
        c,
        bothCorrect: counts.bothCorrect ?? 0,
        bothWrong: counts.bothWrong ?? 0,
        method,
        favoursCandidate: c > b
    };
    if (method === 'exact') {
        const statistic = Math.min(b, c);
        const pValue = discordant === 0 ? 1 : Math.min(1, 2 * (0,distributions/* binomialCdf */.HU)(statistic, discordant, 0.5));
        return { ...base, statistic, pValue };
    }
    if (discordant === 0)
        return { ...base, statistic: 0, pValue: 1 };
    const difference = Math.abs(b - c) - (method === 'chi-square-corrected' ? 1 : 0);
    const statistic = (difference * difference) / discordant;
    return { ...base, statistic, pValue: Math.min(1, (0,distributions/* chiSquareSf */.To)(statistic, 1)) };
}

;// CONCATENATED MODULE: ./shared/gate/gate-evidence.ts







/** The value of every metric named in the rules for one model (NaN where undefined). */
function computeRuleMetrics(rules, predictions) {
    const values = {};
    for (const rule of rules.rules) {
        values[rule.metric] = prepareMetric(rule.metric, predictions, rule.options)();
    }
    return values;
}
/** Positive-class scores, one per row, from a binary model's scores (N or N×2 layout). */
function positiveScores(predictions, label) {
    const { scores, actual, classCount } = predictions;
    if (scores === undefined) {
        throw new errors/* UsageError */.eb(`DeLong's test needs the ${label} model's class scores, and none were given`);
    }
    if (classCount !== 2) {
        throw new errors/* UsageError */.eb(`DeLong's test compares binary ROC AUCs; this problem has ${classCount} classes (use bootstrap)`);
    }
    if (scores.length === actual.length)
        return scores;
    return Float64Array.from({ length: actual.length }, (_, i) => scores[2 * i + 1]);
}
function sameRows(candidate, champion) {
    if (candidate.task !== champion.task) {
        throw new errors/* UsageError */.eb(`the candidate is a ${candidate.task} model and the champion a ${champion.task} model; ` +
            'they cannot be compared');
    }
    const n = candidate.actual.length;
    if (champion.actual.length !== n) {
        throw new errors/* UsageError */.eb(`the candidate was evaluated on ${n} rows and the champion on ${champion.actual.length}; ` +
            'paired tests need both models scored on the same rows');
    }
    for (let i = 0; i < n; i++) {
        if (candidate.actual[i] !== champion.actual[i]) {
            throw new errors/* UsageError */.eb(`row ${i + 1}: the candidate's and the champion's true values differ ` +
                `(${candidate.actual[i]} vs ${champion.actual[i]}); both must be scored on the same rows`);
        }
    }
    if (candidate.task === 'classification' && champion.task === 'classification') {
        if (candidate.classCount !== champion.classCount) {
            throw new errors/* UsageError */.eb(`the candidate knows ${candidate.classCount} classes and the champion ` +
                `${champion.classCount}; encode both with the same class list`);
        }
    }
}
/**
 * Runs the tests the rules require, on paired rows: a bootstrap per metric with
 * `test: bootstrap` (stratified by true class when configured), McNemar for accuracy, DeLong for
 * binary ROC AUC. Throws a UsageError when the predictions cannot support a required test.
 */
function collectEvidence(rules, candidate, champion, progress = {}) {
    (0,predictions/* validatePredictions */.Zj)(candidate, 'candidate');
    (0,predictions/* validatePredictions */.Zj)(champion, 'champion');
    sameRows(candidate, champion);
    const evidence = { bootstrap: {} };
    const rowCount = candidate.actual.length;
    for (const rule of rules.rules) {
        const requirement = rule.requireSignificance;
        if (requirement === undefined)
            continue;
        switch (requirement.test) {
            case 'bootstrap': {
                const strata = candidate.task === 'classification' ? candidate.actual : undefined;
                evidence.bootstrap[rule.metric] = pairedBootstrap((0,evaluation_metrics/* prepareMetric */.ii)(rule.metric, candidate, rule.options), (0,evaluation_metrics/* prepareMetric */.ii)(rule.metric, champion, rule.options), rowCount, { ...bootstrapOptionsFor(rules, requirement, strata), ...progress });
                break;
            }
            case 'mcnemar':
                evidence.mcnemar = mcnemarTest(discordantCounts(candidate.actual, champion.predicted, candidate.predicted), requirement.method ?? 'exact');
                break;
            case 'delong':
                if (candidate.task !== 'classification' || champion.task !== 'classification') {
                    throw new errors/* UsageError */.eb("DeLong's test needs classification models");
                }
                evidence.delong = delongTest(candidate.actual, positiveScores(champion, 'champion'), positiveScores(candidate, 'candidate'), { confidenceLevel: 1 - requirement.alpha });
                break;
        }
    }
    return evidence;
}

// EXTERNAL MODULE: ./shared/adapters/load-table.ts
var load_table = __webpack_require__(45846);
;// CONCATENATED MODULE: ./shared/report/gate-report.ts
const GATE_REPORT_SCHEMA_ID = 'https://tollgate.dev/schemas/gate-report.schema.json';
/** A number for JSON: NaN and ±Infinity become null (JSON has no such values). */
function finiteOrNull(value) {
    return value === null || value === undefined || !Number.isFinite(value) ? null : value;
}
/** A metric record with NaN turned into null. */
function metricTable(values) {
    const table = {};
    for (const [name, value] of Object.entries(values)) {
        if (value !== undefined)
            table[name] = finiteOrNull(value);
    }
    return table;
}

// EXTERNAL MODULE: ./shared/version.ts
var version = __webpack_require__(84402);
// EXTERNAL MODULE: ./shared/learn/learning-task.ts
var learning_task = __webpack_require__(96955);
// EXTERNAL MODULE: ./shared/learn/linear-encoding.ts
var linear_encoding = __webpack_require__(67098);
// EXTERNAL MODULE: ./shared/learn/model-format.ts
var model_format = __webpack_require__(17396);
// EXTERNAL MODULE: ./shared/learn/tree-binning.ts
var tree_binning = __webpack_require__(85277);
;// CONCATENATED MODULE: ./shared/learn/model-loading.ts





/**
 * Reads a model file back, checking every field a prediction relies on, so that a truncated,
 * hand-edited or foreign JSON file fails with the field at fault instead of producing NaN
 * predictions (or an endless tree walk) later. Errors are InputErrors whose location names the
 * file (`source`) and the JSON path of the bad field.
 */
/** Parses model text (the file's content). */
function parseModelText(text, source = 'model.json') {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* InputError */.dz({ file: source }, `not a Tollgate model: the file is not valid JSON (${error.message})`);
    }
    return validateModel(value, source);
}
/** Validates an already-parsed value and returns it typed as a model. */
function validateModel(value, source = 'model.json') {
    const fail = (path, detail) => {
        throw new errors/* InputError */.dz({ file: source, field: path }, detail);
    };
    const root = expectObject(value, '$', fail);
    if (root.format !== model_format/* MODEL_FORMAT */.GS) {
        fail('format', `not a Tollgate model: expected "format": "${model_format/* MODEL_FORMAT */.GS}", found ${model_loading_describe(root.format)}`);
    }
    if (root.formatVersion !== model_format/* MODEL_FORMAT_VERSION */.zk) {
        fail('formatVersion', `model format version ${model_loading_describe(root.formatVersion)} is not supported; this version of ` +
            `Tollgate reads version ${model_format/* MODEL_FORMAT_VERSION */.zk}`);
    }
    const algorithm = root.algorithm;
    if (typeof algorithm !== 'string' || !model_format/* ALGORITHMS */.TM.includes(algorithm)) {
        fail('algorithm', `expected one of ${model_format/* ALGORITHMS */.TM.join(', ')}, found ${model_loading_describe(algorithm)}`);
    }
    const task = root.task;
    if (!learning_task/* LEARNING_TASKS */.O7.includes(task)) {
        fail('task', `expected one of ${learning_task/* LEARNING_TASKS */.O7.join(', ')}, found ${model_loading_describe(task)}`);
    }
    if (typeof root.target !== 'string')
        fail('target', 'expected the target column name');
    if (algorithm === 'logistic-regression' && task === 'regression') {
        fail('task', 'a logistic-regression model cannot have task regression');
    }
    if (algorithm === 'linear-regression' && task !== 'regression') {
        fail('task', `a linear-regression model cannot have task ${task}`);
    }
    let classCount = 0;
    if (task === 'regression') {
        if (root.classes !== null)
            fail('classes', 'a regression model has "classes": null');
    }
    else {
        const classes = expectArray(root.classes, 'classes', fail);
        classCount = classes.length;
        const kinds = new Set(classes.map((label) => typeof label));
        if (classCount < 2 ||
            (task === 'binary' && classCount !== 2) ||
            (task === 'multiclass' && classCount < 3) ||
            kinds.size !== 1 ||
            !(kinds.has('string') || kinds.has('number')) ||
            new Set(classes).size !== classCount) {
            fail('classes', `expected ${task === 'binary' ? '2' : '3 or more'} distinct labels`);
        }
    }
    const features = expectArray(root.features, 'features', fail).map((feature, f) => validateFeature(feature, `features[${f}]`, algorithm, fail));
    if (new Set(features.map((feature) => feature.name)).size !== features.length) {
        fail('features', 'feature names must be unique');
    }
    const params = expectObject(root.params, 'params', fail);
    for (const [key, param] of Object.entries(params)) {
        if (!(param === null || ['number', 'string', 'boolean'].includes(typeof param))) {
            fail(`params.${key}`, `expected a number, text, true/false or null`);
        }
    }
    const training = expectObject(root.training, 'training', fail);
    expectFinite(training.seed, 'training.seed', fail);
    if (training.validationFraction !== null) {
        expectFinite(training.validationFraction, 'training.validationFraction', fail);
    }
    const rows = expectObject(training.rows, 'training.rows', fail);
    expectFinite(rows.train, 'training.rows.train', fail);
    expectFinite(rows.validation, 'training.rows.validation', fail);
    expectArray(root.featureImportances, 'featureImportances', fail).forEach((entry, k) => {
        const item = expectObject(entry, `featureImportances[${k}]`, fail);
        if (typeof item.feature !== 'string')
            fail(`featureImportances[${k}].feature`, 'expected a name');
        expectFinite(item.importance, `featureImportances[${k}].importance`, fail);
    });
    const outputs = (0,model_format/* outputCount */.rG)(task, classCount);
    if (algorithm === 'gbdt')
        validateEnsemble(root.gbdt, features, outputs, fail);
    else
        validateLinear(root.linear, features, outputs, fail);
    return value;
}
function validateFeature(value, path, algorithm, fail) {
    const feature = expectObject(value, path, fail);
    if (typeof feature.name !== 'string')
        fail(`${path}.name`, 'expected the column name');
    if (feature.kind !== 'numeric' && feature.kind !== 'categorical') {
        fail(`${path}.kind`, `expected numeric or categorical, found ${model_loading_describe(feature.kind)}`);
    }
    const encoding = expectObject(feature.encoding, `${path}.encoding`, fail);
    const at = `${path}.encoding`;
    const linear = algorithm !== 'gbdt';
    const expected = feature.kind === 'numeric'
        ? linear
            ? 'standardize'
            : 'passthrough'
        : linear
            ? 'one-hot'
            : 'codes';
    if (encoding.type !== expected) {
        fail(`${at}.type`, `a ${feature.kind} feature of a ${algorithm} model has encoding ${expected}`);
    }
    if (expected === 'standardize') {
        expectFinite(encoding.mean, `${at}.mean`, fail);
        const scale = expectFinite(encoding.scale, `${at}.scale`, fail);
        if (!(scale > 0))
            fail(`${at}.scale`, 'expected a positive scale');
        expectBoolean(encoding.valueColumn, `${at}.valueColumn`, fail);
        expectBoolean(encoding.missingIndicator, `${at}.missingIndicator`, fail);
    }
    else if (expected === 'one-hot' || expected === 'codes') {
        const levels = expectArray(encoding.levels, `${at}.levels`, fail);
        levels.forEach((level, k) => {
            if (!(typeof level === 'string' || (level === null && expected === 'one-hot'))) {
                fail(`${at}.levels[${k}]`, 'expected a category value');
            }
        });
        if (new Set(levels).size !== levels.length)
            fail(`${at}.levels`, 'levels must be unique');
        expectBoolean(encoding.other, `${at}.other`, fail);
        if (expected === 'codes' && levels.length + (encoding.other ? 1 : 0) > tree_binning/* MAX_VALUE_BINS */.iD) {
            fail(`${at}.levels`, `at most ${tree_binning/* MAX_VALUE_BINS */.iD} category codes`);
        }
    }
    return value;
}
function validateLinear(value, features, outputs, fail) {
    const linear = expectObject(value, 'linear', fail);
    const width = features.reduce((sum, feature) => sum + (0,linear_encoding/* encodedWidth */.vw)(feature.encoding), 0);
    const columns = expectArray(linear.columns, 'linear.columns', fail);
    if (columns.length !== width || columns.some((name) => typeof name !== 'string')) {
        fail('linear.columns', `expected ${width} column names (the features' encoded columns)`);
    }
    const coefficients = expectArray(linear.coefficients, 'linear.coefficients', fail);
    if (coefficients.length !== outputs) {
        fail('linear.coefficients', `expected ${outputs} coefficient rows, found ${coefficients.length}`);
    }
    coefficients.forEach((row, k) => {
        const values = expectArray(row, `linear.coefficients[${k}]`, fail);
        if (values.length !== width) {
            fail(`linear.coefficients[${k}]`, `expected ${width} coefficients, found ${values.length}`);
        }
        values.forEach((coefficient, j) => expectFinite(coefficient, `linear.coefficients[${k}][${j}]`, fail));
    });
    const intercepts = expectArray(linear.intercepts, 'linear.intercepts', fail);
    if (intercepts.length !== outputs) {
        fail('linear.intercepts', `expected ${outputs} intercepts, found ${intercepts.length}`);
    }
    intercepts.forEach((intercept, k) => expectFinite(intercept, `linear.intercepts[${k}]`, fail));
}
function validateEnsemble(value, features, outputs, fail) {
    const gbdt = expectObject(value, 'gbdt', fail);
    const baseline = expectArray(gbdt.baseline, 'gbdt.baseline', fail);
    if (baseline.length !== outputs) {
        fail('gbdt.baseline', `expected ${outputs} values, found ${baseline.length}`);
    }
    baseline.forEach((score, k) => expectFinite(score, `gbdt.baseline[${k}]`, fail));
    expectArray(gbdt.trees, 'gbdt.trees', fail).forEach((iteration, t) => {
        const group = expectArray(iteration, `gbdt.trees[${t}]`, fail);
        if (group.length !== outputs) {
            fail(`gbdt.trees[${t}]`, `expected ${outputs} trees (one per output), found ${group.length}`);
        }
        group.forEach((tree, k) => validateTree(tree, `gbdt.trees[${t}][${k}]`, features, fail));
    });
}
function validateTree(value, path, features, fail) {
    const tree = expectObject(value, path, fail);
    const keys = [
        'feature',
        'threshold',
        'leftCategories',
        'missingLeft',
        'left',
        'right',
        'value'
    ];
    const arrays = keys.map((key) => expectArray(tree[key], `${path}.${key}`, fail));
    const size = arrays[0].length;
    if (size === 0 || arrays.some((array) => array.length !== size)) {
        fail(path, 'the node arrays must be non-empty and of equal length');
    }
    const [feature, threshold, leftCategories, missingLeft, left, right, leaf] = arrays;
    for (let node = 0; node < size; node++) {
        const at = `${path}[node ${node}]`;
        const f = feature[node];
        expectBoolean(missingLeft[node], `${at}.missingLeft`, fail);
        expectFinite(leaf[node], `${at}.value`, fail);
        if (f === -1) {
            if (left[node] !== -1 || right[node] !== -1)
                fail(at, 'a leaf has children -1');
            continue;
        }
        if (!Number.isInteger(f) || f < 0 || f >= features.length) {
            fail(`${at}.feature`, `expected −1 or a feature index below ${features.length}`);
        }
        // Children after their parent: the walk from the root always ends at a leaf.
        for (const child of [left[node], right[node]]) {
            if (!Number.isInteger(child) || child <= node || child >= size) {
                fail(at, `child ${model_loading_describe(child)} must be a later node index below ${size}`);
            }
        }
        const encoding = features[f].encoding;
        if (encoding.type === 'codes') {
            const codes = expectArray(leftCategories[node], `${at}.leftCategories`, fail);
            const codeCount = encoding.levels.length + (encoding.other ? 1 : 0);
            codes.forEach((code) => {
                if (!Number.isInteger(code) || code < 0 || code >= codeCount) {
                    fail(`${at}.leftCategories`, `expected category codes below ${codeCount}`);
                }
            });
        }
        else {
            expectFinite(threshold[node], `${at}.threshold`, fail);
        }
    }
}
function expectObject(value, path, fail) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return fail(path, `expected an object, found ${model_loading_describe(value)}`);
    }
    return value;
}
function expectArray(value, path, fail) {
    if (!Array.isArray(value))
        return fail(path, `expected an array, found ${model_loading_describe(value)}`);
    return value;
}
function expectFinite(value, path, fail) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
        return fail(path, `expected a finite number, found ${model_loading_describe(value)}`);
    }
    return value;
}
function expectBoolean(value, path, fail) {
    if (typeof value !== 'boolean')
        fail(path, `expected true or false, found ${model_loading_describe(value)}`);
}
function model_loading_describe(value) {
    if (value === undefined)
        return 'nothing';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'object' && value !== null)
        return 'an object';
    return JSON.stringify(value);
}

// EXTERNAL MODULE: ./shared/registry/model-bundle.ts + 2 modules
var model_bundle = __webpack_require__(61705);
// EXTERNAL MODULE: ./shared/registry/model-reference.ts
var model_reference = __webpack_require__(80769);
;// CONCATENATED MODULE: ./shared/operations/gate-models.ts







/** The file name the built-in learners' model has in a model directory and a registry bundle. */
const BUILT_IN_MODEL_FILE = 'model.json';
/**
 * The candidate: an existing path is a local model (a directory holding model.json, or the file
 * itself); anything else must be a registry reference (MODEL@VERSION, MODEL@latest, MODEL@STAGE).
 */
async function resolveCandidate(text, cwd, openRegistry) {
    const path = (0,external_node_path_.isAbsolute)(text) ? text : (0,external_node_path_.join)(cwd, text);
    if ((0,external_node_fs_.existsSync)(path))
        return { kind: 'directory', reference: text, ...localModel(path, text) };
    if (!/[@#]/.test(text)) {
        throw new errors/* UsageError */.eb(`candidate ${JSON.stringify(text)} is neither an existing model directory nor a registry reference such as churn@v1.2.3`);
    }
    return registrySource(await openRegistry(), text);
}
/**
 * The champion: `none`; a stage of the candidate's model (`production`); or a full reference
 * (`churn@production`, `churn@v1.2.0`). An empty stage is not an error: the first model has no
 * champion, and thresholds alone decide (the report says so).
 */
async function resolveChampion(text, candidate, openRegistry) {
    if (text === undefined || text.trim() === '' || text.trim() === 'none') {
        return { note: 'No champion was requested (champion: none); thresholds alone decided.' };
    }
    const trimmed = text.trim();
    let reference;
    if (/[@#]/.test(trimmed)) {
        reference = trimmed;
    }
    else {
        if (candidate.model === undefined) {
            throw new errors/* UsageError */.eb(`champion ${JSON.stringify(trimmed)} is a stage, but the candidate is a local model with no registry name; ` +
                `write the champion as MODEL@${trimmed} (or none)`);
        }
        reference = `${candidate.model}@${trimmed}`;
    }
    const parsed = (0,model_reference/* parseModelReference */.q)(reference);
    const registry = await openRegistry();
    if (parsed.kind === 'stage') {
        const assignment = await registry.currentStage(parsed.model, parsed.stage);
        if (assignment === undefined) {
            return {
                note: `No version of ${parsed.model} is in ${parsed.stage}, so there is no champion; thresholds alone decided.`
            };
        }
    }
    const source = await registrySource(registry, reference);
    return {
        source,
        note: `Champion: ${source.model} ${source.version}${source.stage === undefined ? '' : ` (${source.stage})`}.`
    };
}
async function registrySource(registry, reference) {
    const resolved = await registry.resolve(reference);
    const builtIn = await builtInModelOf(registry.store, resolved.tag);
    return {
        kind: 'registry',
        reference: `${resolved.model}@${resolved.version}`,
        model: resolved.model,
        version: resolved.version,
        ...(resolved.stage === undefined ? {} : { stage: resolved.stage.stage }),
        ...(builtIn === undefined ? {} : { builtIn })
    };
}
/**
 * The built-in model of a registered version: its model.json, else the one JSON file that is a
 * Tollgate model. Undefined for command-trained models (their predictions come from a file).
 */
async function builtInModelOf(store, tag) {
    const manifest = await store.readBundleManifest(tag);
    if (manifest === undefined)
        return undefined;
    const names = manifest.files.map((file) => file.name);
    const candidates = names.includes(BUILT_IN_MODEL_FILE)
        ? [BUILT_IN_MODEL_FILE]
        : names.filter((name) => name.endsWith('.json') && !model_bundle/* RESERVED_MODEL_FILE_NAMES */.nJ.includes(name));
    for (const name of candidates) {
        const text = new TextDecoder().decode(await store.readBundleFile(tag, name));
        if (name === BUILT_IN_MODEL_FILE || looksLikeModel(text))
            return parseModelText(text, `${tag}/${name}`);
    }
    return undefined;
}
function localModel(path, shown) {
    if ((0,external_node_fs_.statSync)(path).isFile())
        return { builtIn: parseModelText((0,external_node_fs_.readFileSync)(path, 'utf8'), shown) };
    const file = (0,external_node_path_.join)(path, BUILT_IN_MODEL_FILE);
    if ((0,external_node_fs_.existsSync)(file))
        return { builtIn: parseModelText((0,external_node_fs_.readFileSync)(file, 'utf8'), (0,external_node_path_.join)(shown, BUILT_IN_MODEL_FILE)) };
    for (const name of (0,external_node_fs_.readdirSync)(path)
        .filter((entry) => entry.endsWith('.json'))
        .sort()) {
        const text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(path, name), 'utf8');
        if (looksLikeModel(text))
            return { builtIn: parseModelText(text, (0,external_node_path_.join)(shown, name)) };
    }
    return {};
}
function looksLikeModel(text) {
    return text.includes(`"${model_format/* MODEL_FORMAT */.GS}"`);
}

// EXTERNAL MODULE: ./shared/evaluation/label-encoding.ts
var label_encoding = __webpack_require__(54329);
// EXTERNAL MODULE: ./shared/learn/column-from-text.ts
var column_from_text = __webpack_require__(26920);
// EXTERNAL MODULE: ./shared/learn/predict.ts
var predict = __webpack_require__(43274);
;// CONCATENATED MODULE: ./shared/operations/gate-predictions.ts





/**
 * The evaluation set of the gate and each model's predictions on it, in the encoded form the
 * metrics and tests read. Both models are scored on the same rows: the rows of the data whose
 * target is present (rows without a target cannot be scored and are counted in the report).
 *
 * Class labels: the union of the true labels and every label either model knows, sorted as
 * scikit-learn sorts them (label-encoding.ts), so codes and probability columns line up across
 * the two models even when one of them never predicts some class.
 *
 * Predictions files (for models trained by a user command) are tables row-aligned with the data:
 * - `prediction`: the predicted label or value;
 * - classifiers may add `probability_<label>` columns (one per class) or, for two classes, one
 *   `score` column with the probability of the positive class (the second label in sorted order);
 *   without a `prediction` column the label with the highest probability is the prediction.
 */
const PREDICTION_COLUMN = 'prediction';
const SCORE_COLUMN = 'score';
const PROBABILITY_PREFIX = 'probability_';
/**
 * The target column of the evaluation data: the task (given, or from a built-in model, or inferred:
 * text labels or probability columns mean classification) and the true values of the rows that
 * have one.
 */
function readEvaluationTarget(table, target, task, labelKind) {
    const cells = columnCells(table, target, 'evaluation data');
    const rows = [];
    for (let i = 0; i < cells.length; i++)
        if (!(0,column_from_text/* isMissingCell */.lz)(cells[i]))
            rows.push(i);
    if (rows.length === 0) {
        throw new errors/* InputError */.dz({ file: table.files[0], field: target }, 'the target column has no values; nothing to evaluate');
    }
    const base = {
        task,
        rows: Int32Array.from(rows),
        droppedMissingTarget: cells.length - rows.length
    };
    if (task === 'regression') {
        const values = Float64Array.from(rows, (row) => numberCell(cells[row], table.files[0], target, row));
        return { ...base, labels: Array.from(values), values };
    }
    return {
        ...base,
        labels: rows.map((row) => labelOf(cells[row], labelKind, table.files[0], target, row))
    };
}
/** The label kind of a classification problem: the built-in model's, else what the target holds. */
function labelKindOf(table, target, model) {
    if (model?.classes)
        return typeof model.classes[0] === 'number' ? 'number' : 'string';
    const cells = columnCells(table, target, 'evaluation data');
    return cells.every((cell) => (0,column_from_text/* isMissingCell */.lz)(cell) || !Number.isNaN((0,column_from_text/* parseDecimalCell */.zY)(cell)))
        ? 'number'
        : 'string';
}
/** A built-in model's predictions on the scored rows. */
function predictBuiltIn(model, table, rows, label) {
    const byName = new Map(table.header.map((name, k) => [name, k]));
    const columns = [];
    for (const feature of model.features) {
        const k = byName.get(feature.name);
        if (k === undefined)
            continue;
        columns.push(withFile(table, () => (0,column_from_text/* columnFromText */.ic)(feature.name, table.cells[k], feature.kind)));
    }
    const aligned = withFile(table, () => (0,predict/* alignFeatureColumns */.x3)(model.features, { columns }), label);
    const output = (0,predict/* predictColumns */.Lv)(model, aligned, rows);
    if (output.task === 'regression')
        return { task: 'regression', values: output.values };
    return {
        task: 'classification',
        predicted: output.labels,
        probabilities: { classes: output.classes, values: output.probabilities }
    };
}
/** A predictions file's content for the scored rows. `totalRows` is the data's row count. */
function readPredictionsTable(table, task, labelKind, rows, totalRows) {
    const file = table.files[0];
    if (table.rows !== totalRows) {
        throw new errors/* InputError */.dz({ file }, `the predictions file has ${table.rows} rows and the evaluation data ${totalRows}; they must be row-aligned (one prediction per data row, same order)`);
    }
    const predictionIndex = table.header.indexOf(PREDICTION_COLUMN);
    if (task === 'regression') {
        if (predictionIndex < 0)
            throw missingColumn(table, PREDICTION_COLUMN);
        const cells = table.cells[predictionIndex];
        return {
            task: 'regression',
            values: Float64Array.from(rows, (row) => numberCell(cells[row] ?? null, file, PREDICTION_COLUMN, row))
        };
    }
    const probabilityColumns = table.header
        .map((name, k) => ({ name, k }))
        .filter(({ name }) => name.startsWith(PROBABILITY_PREFIX));
    const scoreIndex = table.header.indexOf(SCORE_COLUMN);
    let probabilities;
    if (probabilityColumns.length > 0) {
        const classes = probabilityColumns.map(({ name }) => labelOf(name.slice(PROBABILITY_PREFIX.length), labelKind, file, name, -1));
        const K = classes.length;
        const values = new Float64Array(rows.length * K);
        probabilityColumns.forEach(({ name, k }, c) => {
            const cells = table.cells[k];
            rows.forEach((row, i) => (values[i * K + c] = numberCell(cells[row] ?? null, file, name, row)));
        });
        probabilities = { classes, values };
    }
    const positiveScore = scoreIndex < 0
        ? undefined
        : Float64Array.from(rows, (row) => numberCell(table.cells[scoreIndex][row] ?? null, file, SCORE_COLUMN, row));
    let predicted;
    if (predictionIndex >= 0) {
        const cells = table.cells[predictionIndex];
        predicted = Array.from(rows, (row) => labelOf(cells[row] ?? null, labelKind, file, PREDICTION_COLUMN, row));
    }
    else if (probabilities !== undefined) {
        const codes = (0,label_encoding/* predictedClassesFromScores */.ke)(probabilities.values, rows.length, probabilities.classes.length);
        predicted = Array.from(codes, (code) => probabilities.classes[code]);
    }
    else {
        throw missingColumn(table, PREDICTION_COLUMN);
    }
    return {
        task: 'classification',
        predicted,
        ...(probabilities === undefined ? {} : { probabilities }),
        ...(positiveScore === undefined ? {} : { positiveScore })
    };
}
/** Every class label of the problem: true labels and all labels the models know, sorted. */
function commonClasses(target, outputs) {
    const columns = [target.labels];
    for (const output of outputs) {
        if (output.task !== 'classification')
            continue;
        columns.push(output.predicted);
        if (output.probabilities)
            columns.push(output.probabilities.classes);
    }
    const classes = (0,label_encoding/* sortedClasses */.SO)(...columns);
    if (classes.length < 2) {
        throw new errors/* UsageError */.eb(`the evaluation data and the models know a single class (${JSON.stringify(classes[0])}); classification metrics need at least two`);
    }
    return classes;
}
/** Encodes one model's output against the common classes. */
function encodePredictions(target, output, classes, label) {
    if (target.task === 'regression' || classes === null) {
        if (output.task !== 'regression')
            throw new errors/* UsageError */.eb(`the ${label} is a classifier but the task is regression`);
        return { task: 'regression', actual: target.values, predicted: output.values };
    }
    if (output.task !== 'classification') {
        throw new errors/* UsageError */.eb(`the ${label} is a regression model but the task is classification`);
    }
    const actual = (0,label_encoding/* encodeLabels */.ee)(target.labels, classes, 'target').codes;
    const predicted = (0,label_encoding/* encodeLabels */.ee)(output.predicted, classes, `${label} prediction`).codes;
    const n = target.rows.length;
    const K = classes.length;
    let scores;
    if (output.probabilities !== undefined) {
        const { classes: own, values } = output.probabilities;
        const columnOf = own.map((name) => classes.indexOf(name));
        const matrix = new Float64Array(n * K);
        for (let i = 0; i < n; i++) {
            for (let c = 0; c < own.length; c++)
                matrix[i * K + columnOf[c]] = values[i * own.length + c];
        }
        scores = K === 2 ? Float64Array.from({ length: n }, (_, i) => matrix[i * 2 + 1]) : matrix;
    }
    else if (output.positiveScore !== undefined) {
        if (K !== 2) {
            throw new errors/* UsageError */.eb(`the ${label}'s predictions have a score column, which is for two classes; this problem has ${K} (${classes.join(', ')}): give probability_<class> columns`);
        }
        scores = output.positiveScore;
    }
    return {
        task: 'classification',
        classCount: K,
        actual,
        predicted,
        ...(scores === undefined ? {} : { scores })
    };
}
/** The cells of a named column, or an InputError listing the columns with a did-you-mean. */
function columnCells(table, name, what) {
    const k = table.header.indexOf(name);
    if (k < 0)
        throw missingColumn(table, name, what);
    return table.cells[k];
}
function missingColumn(table, name, what = 'predictions file') {
    const suggestion = (0,closest_name/* closestName */.N)(name, table.header);
    return new errors/* InputError */.dz({ file: table.files[0], field: name }, `the ${what} has no column ${JSON.stringify(name)} (columns: ${table.header.join(', ')})` +
        (suggestion === undefined ? '' : `; did you mean ${JSON.stringify(suggestion)}?`));
}
function numberCell(cell, file, field, row) {
    const value = cell === null ? NaN : (0,column_from_text/* parseDecimalCell */.zY)(cell);
    if (!Number.isFinite(value)) {
        throw new errors/* InputError */.dz({ file, field, ...(row >= 0 ? { row: row + 1 } : {}) }, `expected a number, found ${cell === null ? 'an empty cell' : JSON.stringify(cell)}`);
    }
    return value;
}
function labelOf(cell, kind, file, field, row) {
    if (cell === null || (0,column_from_text/* isMissingCell */.lz)(cell)) {
        throw new errors/* InputError */.dz({ file, field, ...(row >= 0 ? { row: row + 1 } : {}) }, 'expected a class label, found an empty cell');
    }
    return kind === 'number' ? numberCell(cell, file, field, row) : cell;
}
/** Adds the data file to an InputError raised while reading its columns. */
function withFile(table, read, label) {
    try {
        return read();
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz && error.location.file === undefined) {
            const detail = label === undefined ? error.detail : `${label}: ${error.detail}`;
            throw new errors/* InputError */.dz({ ...error.location, file: table.files[0] }, detail);
        }
        throw error;
    }
}

// EXTERNAL MODULE: ./shared/config/yaml-source.ts
var yaml_source = __webpack_require__(68302);
// EXTERNAL MODULE: ./shared/store/canonical-json.ts
var canonical_json = __webpack_require__(92113);
// EXTERNAL MODULE: ./shared/adapters/user-files.ts
var user_files = __webpack_require__(24574);
// EXTERNAL MODULE: ./shared/adapters/project-config.ts
var project_config = __webpack_require__(33701);
;// CONCATENATED MODULE: ./shared/operations/gate-rules-file.ts







/**
 * Reads the gate rules from `path` (a YAML file, e.g. gate.yml) or, when no path is given, from
 * the `gate:` section of .tollgate.yml. Every error names the file, line and key.
 */
function loadGateRules(path, gateSection) {
    if (path !== undefined) {
        const text = (0,user_files/* readUserFile */.E1)(path, 'gate rules file');
        const root = (0,yaml_source/* parseYamlSource */.W)(text, path);
        const locate = locateIn(root, []);
        return {
            rules: parseGateRules(root.toValue(), locate),
            source: path,
            sha256: (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex'),
            locate
        };
    }
    if (gateSection === undefined || gateSection.kind === 'null') {
        throw new errors/* UsageError */.eb(`No gate rules: give a rules file (input \`thresholds\` / --thresholds gate.yml) or add a gate: section to ${project_config/* PROJECT_CONFIG_FILE */.oj}, e.g.\n` +
            'gate:\n  metrics:\n    accuracy: { min: 0.8, max_regression: 0.01 }');
    }
    const locate = locateIn(gateSection, ['gate']);
    const value = gateSection.toValue();
    return {
        rules: parseGateRules(value, locate),
        source: `${project_config/* PROJECT_CONFIG_FILE */.oj} (gate)`,
        sha256: (0,external_node_crypto_.createHash)('sha256').update((0,canonical_json/* canonicalJson */.dj)(value, 'gate section')).digest('hex'),
        locate
    };
}
/**
 * A LocateKey over a parsed YAML document: the line and column of the deepest node the key path
 * reaches (the offending key itself when it exists), and the dotted key path as the field.
 */
function locateIn(root, prefix) {
    return (path) => {
        let node = root;
        for (const [index, key] of path.entries()) {
            let next;
            if (node.kind === 'map') {
                const entry = node.entries().find((candidate) => candidate.key === String(key));
                // The last key itself (its line), or the value to descend into.
                const last = index === path.length - 1;
                next =
                    entry === undefined
                        ? undefined
                        : last || entry.value.node === null
                            ? entry.keyNode
                            : entry.value;
            }
            else if (node.kind === 'list' && typeof key === 'number') {
                next = node.items()[key];
            }
            if (next === undefined)
                break;
            node = next;
        }
        const field = [...prefix, ...path.map(String)].join('.');
        return { ...node.location, ...(field === '' ? {} : { field }) };
    };
}

;// CONCATENATED MODULE: ./shared/operations/gate-evaluation.ts


















/** Most slices shown; the rest are counted in a warning. */
const MAX_SLICES = 100;
/**
 * evaluate-gate end to end: rules, candidate and champion, the evaluation data, both models'
 * predictions on the same rows, every metric, the statistical evidence, and the verdict. No
 * GitHub here and nothing stored: the action and the CLI decide where the verdict goes.
 */
async function evaluateGate(request) {
    const rules = loadGateRules(request.thresholdsPath, request.gateSection);
    let registry;
    const openRegistry = async () => (registry ??= await request.openRegistry());
    const candidate = await resolveCandidate(request.candidate, request.cwd, openRegistry);
    requireScorable(candidate, request.candidatePredictions, 'candidate', 'predictions');
    const championChoice = await resolveChampion(request.champion, candidate, openRegistry);
    const champion = championChoice.source;
    if (champion !== undefined)
        requireScorable(champion, request.championPredictions, 'champion', 'champion-predictions');
    const table = await (0,load_table/* loadTableCells */.k)(request.data, {
        format: request.format,
        delimiter: request.delimiter,
        cwd: request.cwd
    });
    const candidateTable = request.candidatePredictions === undefined
        ? undefined
        : await loadPredictions(request.candidatePredictions, request);
    const championTable = champion === undefined || request.championPredictions === undefined
        ? undefined
        : await loadPredictions(request.championPredictions, request);
    const task = decideTask(request, table, candidate, champion, candidateTable);
    const labelKind = labelKindOf(table, request.target, candidate.builtIn ?? champion?.builtIn);
    const target = readEvaluationTarget(table, request.target, task, labelKind);
    const scoreWith = (source, predictions, label) => predictions !== undefined
        ? readPredictionsTable(predictions, task, labelKind, target.rows, table.rows)
        : predictBuiltIn(source.builtIn, table, target.rows, label);
    const outputs = [scoreWith(candidate, candidateTable, 'candidate')];
    if (champion !== undefined)
        outputs.push(scoreWith(champion, championTable, 'champion'));
    const classes = task === 'classification' ? commonClasses(target, outputs) : null;
    const candidatePredictions = encodePredictions(target, outputs[0], classes, 'candidate');
    const championPredictions = outputs[1] === undefined
        ? undefined
        : encodePredictions(target, outputs[1], classes, 'champion');
    checkRuleMetrics(rules, task, candidatePredictions);
    const candidateValues = metricValues(rules.rules.rules, candidatePredictions);
    const championValues = championPredictions === undefined
        ? undefined
        : metricValues(rules.rules.rules, championPredictions);
    const progress = bootstrapProgress(rules, request.onProgress);
    const evidence = championPredictions === undefined
        ? { bootstrap: {} }
        : collectEvidence(rules.rules, candidatePredictions, championPredictions, progress);
    const decision = decideGate(rules.rules, ruleValues(rules.rules, candidateValues), championValues && ruleValues(rules.rules, championValues), evidence);
    const warnings = [];
    if (target.droppedMissingTarget > 0) {
        warnings.push(`${target.droppedMissingTarget} row(s) of the evaluation data have no ${request.target} value and were not scored.`);
    }
    if (champion !== undefined && champion.reference === candidate.reference) {
        warnings.push(`The champion is the candidate itself (${candidate.reference}); a comparison with itself shows no difference.`);
    }
    const comparison = championPredictions === undefined
        ? { bootstrap: [], mcnemar: null, delong: null, notes: [] }
        : comparisonEvidence(rules, evidence, candidatePredictions, championPredictions, progress);
    warnings.push(...comparison.notes);
    const sliceReport = request.slice === undefined
        ? null
        : slices(request.slice, table, target.rows, rules.rules, candidatePredictions, championPredictions, warnings);
    const report = {
        $schema: GATE_REPORT_SCHEMA_ID,
        tool: { name: 'tollgate', version: version/* TOLLGATE_VERSION */.o },
        action: 'evaluate-gate',
        generated_at: new Date(request.now).toISOString(),
        passed: decision.passed,
        verdict: decision.verdict,
        summary: decision.summary,
        candidate: describeModel(candidate, request.candidatePredictions),
        champion: champion === undefined ? null : describeModel(champion, request.championPredictions),
        champion_note: championChoice.note,
        task,
        classes,
        data: {
            files: table.files.map((path) => ({ path, sha256: fileDigest(path, request.cwd) })),
            target: request.target,
            rows: target.rows.length,
            rows_without_target: target.droppedMissingTarget
        },
        rules: {
            source: rules.source,
            sha256: rules.sha256,
            comparison: rules.rules.comparison,
            bootstrap: { ...rules.rules.bootstrap }
        },
        reasons: decision.reasons.map((reason) => ({
            ...reason,
            candidate: finiteOrNull(reason.candidate),
            champion: finiteOrNull(reason.champion)
        })),
        metrics: {
            candidate: metricTable(candidateValues),
            champion: championValues === undefined ? null : metricTable(championValues)
        },
        per_class: classes === null ? null : perClass(classes, candidatePredictions, championPredictions),
        slices: sliceReport,
        evidence: comparison,
        warnings
    };
    return { report, decision, candidate, ...(champion === undefined ? {} : { champion }), rules };
}
function requireScorable(source, predictions, label, option) {
    if (source.builtIn === undefined && predictions === undefined) {
        throw new errors/* UsageError */.eb(`the ${label} ${source.reference} is not a built-in Tollgate model (no model.json); give its predictions on the evaluation data with ${option}`);
    }
}
async function loadPredictions(path, request) {
    return (0,load_table/* loadTableCells */.k)([path], { format: 'auto', delimiter: request.delimiter, cwd: request.cwd });
}
function decideTask(request, table, candidate, champion, candidatePredictions) {
    const taskOf = (source) => source?.builtIn === undefined
        ? undefined
        : source.builtIn.task === 'regression'
            ? 'regression'
            : 'classification';
    const fromModels = [taskOf(candidate), taskOf(champion)].filter((task) => task !== undefined);
    if (fromModels.length === 2 && fromModels[0] !== fromModels[1]) {
        throw new errors/* UsageError */.eb(`the candidate is a ${fromModels[0]} model and the champion a ${fromModels[1]} model; they cannot be compared`);
    }
    if (request.task !== 'auto') {
        if (fromModels.length > 0 && fromModels[0] !== request.task) {
            throw new errors/* UsageError */.eb(`task is ${request.task}, but the model is a ${fromModels[0]} model`);
        }
        return request.task;
    }
    if (fromModels[0] !== undefined)
        return fromModels[0];
    if (candidatePredictions?.header.some((name) => name.startsWith(PROBABILITY_PREFIX) || name === SCORE_COLUMN)) {
        return 'classification';
    }
    return labelKindOf(table, request.target, undefined) === 'string'
        ? 'classification'
        : 'regression';
}
/** Rule metrics must fit the task and the predictions; errors point at the rule in the file. */
function checkRuleMetrics(rules, task, candidate) {
    for (const rule of rules.rules.rules) {
        const definition = evaluation_metrics/* METRICS */.Cb[rule.metric];
        if (definition.task !== task) {
            throw new errors/* InputError */.dz(rules.locate(['metrics', rule.metric]), `${rule.metric} is a ${definition.task} metric, but this is a ${task} problem`);
        }
        if (definition.needsScores &&
            candidate.task === 'classification' &&
            candidate.scores === undefined) {
            throw new errors/* InputError */.dz(rules.locate(['metrics', rule.metric]), `${rule.metric} needs class probabilities, and the candidate's predictions have none (add probability_<class> or score columns)`);
        }
    }
}
/**
 * Every metric of the task that the predictions can give (score metrics need scores), with the
 * default averaging, then the rule metrics as the rules configure them. NaN where undefined.
 */
function metricValues(rules, predictions) {
    const values = {};
    for (const name of evaluation_metrics/* METRIC_NAMES */.Uw) {
        const definition = evaluation_metrics/* METRICS */.Cb[name];
        if (definition.task !== predictions.task)
            continue;
        if (definition.needsScores &&
            predictions.task === 'classification' &&
            predictions.scores === undefined)
            continue;
        values[name] = safeMetric(() => (0,evaluation_metrics/* prepareMetric */.ii)(name, predictions)());
    }
    for (const rule of rules) {
        if (evaluation_metrics/* METRICS */.Cb[rule.metric].task !== predictions.task)
            continue;
        if (evaluation_metrics/* METRICS */.Cb[rule.metric].needsScores &&
            predictions.task === 'classification' &&
            predictions.scores === undefined) {
            delete values[rule.metric];
            continue;
        }
        values[rule.metric] = safeMetric(() => (0,evaluation_metrics/* prepareMetric */.ii)(rule.metric, predictions, rule.options)());
    }
    return values;
}
/** The values the rules read (only their metrics). */
function ruleValues(rules, values) {
    const picked = {};
    for (const rule of rules.rules)
        if (values[rule.metric] !== undefined)
            picked[rule.metric] = values[rule.metric];
    return picked;
}
/** A metric that sklearn would refuse on this data (e.g. binary averaging) is undefined, not fatal. */
function safeMetric(compute) {
    try {
        return compute();
    }
    catch (error) {
        if (error instanceof errors/* TollgateError */.xB)
            return NaN;
        throw error;
    }
}
/**
 * The evidence shown in the report: the tests the rules require (which decided), plus, for
 * information, a 95 % paired bootstrap of every rule metric, McNemar for classifiers and DeLong
 * for binary classifiers with scores.
 */
function comparisonEvidence(rules, required, candidate, champion, progress) {
    const notes = [];
    const settings = rules.rules.bootstrap;
    const bootstrap = [];
    const seen = new Set();
    for (const rule of rules.rules.rules) {
        if (seen.has(rule.metric))
            continue;
        seen.add(rule.metric);
        let result = required.bootstrap[rule.metric];
        const isRequired = result !== undefined;
        if (result === undefined) {
            try {
                const strata = settings.stratified && candidate.task === 'classification' ? candidate.actual : undefined;
                result = pairedBootstrap((0,evaluation_metrics/* prepareMetric */.ii)(rule.metric, candidate, rule.options), (0,evaluation_metrics/* prepareMetric */.ii)(rule.metric, champion, rule.options), candidate.actual.length, {
                    replicates: settings.replicates,
                    seed: settings.seed,
                    confidenceLevel: 0.95,
                    ...(strata === undefined ? {} : { strata }),
                    ...progress
                });
            }
            catch (error) {
                if (!(error instanceof errors/* TollgateError */.xB))
                    throw error;
                notes.push(`No bootstrap interval for ${rule.metric}: ${error.message}`);
                continue;
            }
        }
        const [lower, upper] = result[settings.interval];
        bootstrap.push({
            metric: rule.metric,
            estimate: finiteOrNull(result.estimate),
            confidence_level: result.confidenceLevel,
            interval: settings.interval,
            lower: finiteOrNull(lower),
            upper: finiteOrNull(upper),
            replicates_used: result.replicatesUsed,
            replicates_dropped: result.replicatesDropped,
            resampling: result.resampling,
            seed: result.seed,
            required: isRequired
        });
    }
    let mcnemar = null;
    let delong = null;
    if (candidate.task === 'classification' && champion.task === 'classification') {
        const test = required.mcnemar ??
            mcnemarTest(discordantCounts(candidate.actual, champion.predicted, candidate.predicted), 'exact');
        mcnemar = {
            method: test.method,
            b: test.b,
            c: test.c,
            both_correct: test.bothCorrect,
            both_wrong: test.bothWrong,
            statistic: test.statistic,
            p_value: test.pValue,
            favours_candidate: test.favoursCandidate
        };
        const result = required.delong ?? binaryDelong(candidate, champion, notes);
        if (result !== undefined) {
            delong = {
                candidate_auc: result.candidateAuc,
                champion_auc: result.championAuc,
                difference: result.difference,
                z: finiteOrNull(result.z),
                p_value: result.pValue,
                confidence_level: result.confidenceLevel,
                lower: finiteOrNull(result.confidenceInterval[0]),
                upper: finiteOrNull(result.confidenceInterval[1])
            };
        }
    }
    return { bootstrap, mcnemar, delong, notes };
}
/**
 * Counts the replicates of every bootstrap the comparison draws (one per distinct rule metric;
 * a required one is reused, not drawn twice) for `onProgress`.
 */
function bootstrapProgress(rules, onProgress) {
    if (onProgress === undefined)
        return {};
    const metrics = new Set(rules.rules.rules.map((rule) => rule.metric)).size;
    const total = metrics * rules.rules.bootstrap.replicates;
    let done = 0;
    return { onReplicate: () => onProgress(Math.min(++done, total), total) };
}
function binaryDelong(candidate, champion, notes) {
    if (candidate.classCount !== 2 || candidate.scores === undefined || champion.scores === undefined)
        return undefined;
    try {
        return delongTest(candidate.actual, champion.scores, candidate.scores);
    }
    catch (error) {
        if (!(error instanceof errors/* TollgateError */.xB))
            throw error;
        notes.push(`No DeLong test: ${error.message}`);
        return undefined;
    }
}
function perClass(classes, candidate, champion) {
    if (candidate.task !== 'classification')
        return [];
    const own = (0,classification_metrics/* perClassPrecisionRecallF1 */.y4)(candidate.actual, candidate.predicted, candidate.classCount);
    const other = champion?.task === 'classification'
        ? (0,classification_metrics/* perClassPrecisionRecallF1 */.y4)(champion.actual, champion.predicted, champion.classCount)
        : undefined;
    return own.map((row, code) => ({
        label: classes[code],
        support: row.support,
        candidate: { precision: row.precision, recall: row.recall, f1: row.f1 },
        champion: other === undefined
            ? null
            : { precision: other[code].precision, recall: other[code].recall, f1: other[code].f1 }
    }));
}
function slices(column, table, rows, rules, candidate, champion, warnings) {
    const cells = columnCells(table, column, 'evaluation data');
    const values = Array.from(rows, (row) => cells[row] ?? null);
    const headline = candidate.task === 'classification' ? 'accuracy' : 'rmse';
    const names = [...new Set([headline, ...rules.rules.map((rule) => rule.metric)])];
    const optionsOf = (name) => rules.rules.find((rule) => rule.metric === name)?.options ?? {};
    const bind = (predictions) => names.map((name) => {
        try {
            return (0,evaluation_metrics/* prepareMetric */.ii)(name, predictions, optionsOf(name));
        }
        catch (error) {
            if (error instanceof errors/* TollgateError */.xB)
                return () => NaN;
            throw error;
        }
    });
    const candidateMetrics = bind(candidate);
    const championMetrics = champion === undefined ? undefined : bind(champion);
    let groups = groupRowsBySlice(values);
    if (groups.length > MAX_SLICES) {
        warnings.push(`${column} has ${groups.length} distinct values; the report shows the ${MAX_SLICES} largest slices.`);
        groups = [...groups].sort((a, b) => b.rows.length - a.rows.length).slice(0, MAX_SLICES);
    }
    const valuesOn = (metrics, slice) => metricTable(Object.fromEntries(names.map((name, k) => [name, metrics[k](slice)])));
    return {
        column,
        metrics: names,
        slices: groups.map((group) => ({
            value: group.value === null ? null : String(group.value),
            rows: group.rows.length,
            candidate: valuesOn(candidateMetrics, group.rows),
            champion: championMetrics === undefined ? null : valuesOn(championMetrics, group.rows)
        }))
    };
}
function describeModel(source, predictions) {
    return {
        reference: source.reference,
        source: predictions !== undefined && source.builtIn === undefined ? 'predictions' : source.kind,
        model: source.model ?? null,
        version: source.version ?? null,
        stage: source.stage ?? null,
        predictions: predictions ?? null
    };
}
/** SHA-256 of a data file's bytes, so the verdict names exactly the data it was reached on. */
function fileDigest(path, cwd) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update((0,external_node_fs_.readFileSync)((0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.join)(cwd, path)))
        .digest('hex');
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
