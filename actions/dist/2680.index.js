export const id = 2680;
export const ids = [2680];
export const modules = {

/***/ 63911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ inferType)
/* harmony export */ });
/**
 * The narrowest type every non-null value fits: integers stay `integer`, integers with decimals
 * are `number`, dates with date-times are `datetime`; anything mixed with text is `string`.
 */
function inferType(types, values) {
    if (values === 0)
        return 'empty';
    if (types.integer === values)
        return 'integer';
    if (types.integer + types.decimal === values)
        return 'number';
    if (types.boolean === values)
        return 'boolean';
    if (types.date === values)
        return 'date';
    if (types.date + types.datetime === values)
        return 'datetime';
    return 'string';
}


/***/ }),

/***/ 10706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Er: () => (/* binding */ buildProfile),
/* harmony export */   PL: () => (/* binding */ PROFILE_VERSION),
/* harmony export */   XY: () => (/* binding */ PROFILE_QUANTILES),
/* harmony export */   y6: () => (/* binding */ PROFILE_FORMAT)
/* harmony export */ });
/* unused harmony export equalWidthEdges */
/* harmony import */ var _checks_infer_type_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63911);
/* harmony import */ var _scan_value_tally_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46192);
/* harmony import */ var _sketch_quantile_sketch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24699);
/* harmony import */ var _stats_moments_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(23419);
/* harmony import */ var _scan_sorted_parts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22910);





/**
 * The column profile validate-data writes and drift-check / spc-check read. Human-facing summary
 * fields sit next to a mergeable `state` (moments, value counts, HyperLogLog, DDSketch), so shard
 * profiles combine into one and drift can be tested against a profile when the reference data is
 * gone (DESIGN.md §4).
 */
const PROFILE_FORMAT = 'tollgate-profile';
const PROFILE_VERSION = 1;
const PROFILE_QUANTILES = [0, 0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99, 1];
const HISTOGRAM_BINS = 20;
const TOP_VALUES_SHOWN = 10;
const finiteOrNull = (value) => (Number.isFinite(value) ? value : null);
/** Builds the profile from a merged scan. */
function buildProfile(scan, files, generatedAt) {
    return {
        format: PROFILE_FORMAT,
        version: PROFILE_VERSION,
        generated_at: generatedAt,
        rows: scan.rows,
        files,
        columns: scan.columns.map((column) => profileColumn(column, scan.rows))
    };
}
function profileColumn(column, rows) {
    const type = (0,_checks_infer_type_js__WEBPACK_IMPORTED_MODULE_2__/* .inferType */ .n)(column.types, column.values);
    const m = column.moments;
    const numeric = m.count > 0 && (type === 'integer' || type === 'number' || m.count * 2 >= column.values);
    let tally = column.tally;
    // The sketch in the state is what drift-check uses when only the profile is left.
    if (m.count > 0 && tally.quantiles === undefined && column.sortedParts !== undefined) {
        const sketch = new _sketch_quantile_sketch_js__WEBPACK_IMPORTED_MODULE_1__/* .QuantileSketch */ .wh();
        for (const part of column.sortedParts)
            sketch.addMany(part);
        tally = { ...tally, quantiles: sketch.toJSON() };
    }
    let quantiles = null;
    let quantilesExact = false;
    let histogram = null;
    if (numeric) {
        const integral = type === 'integer';
        if (column.sortedParts !== undefined) {
            const parts = column.sortedParts;
            quantilesExact = true;
            const values = (0,_scan_sorted_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .quantilesOfParts */ .iX)(parts, PROFILE_QUANTILES, 'linear');
            quantiles = PROFILE_QUANTILES.map((q, index) => ({ q, value: values[index] }));
            const edges = histogramEdges(m.min, m.max, integral);
            histogram = { edges, counts: (0,_scan_sorted_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .histogramOfParts */ .y3)(parts, edges) };
        }
        else if (tally.quantiles !== undefined) {
            const sketch = _sketch_quantile_sketch_js__WEBPACK_IMPORTED_MODULE_1__/* .QuantileSketch */ .wh.fromJSON(tally.quantiles, { file: '<profile>' });
            const estimates = sketch.quantiles(PROFILE_QUANTILES);
            quantiles = PROFILE_QUANTILES.map((q, index) => ({ q, value: estimates[index] }));
            const edges = histogramEdges(m.min, m.max, integral);
            histogram = { edges, counts: sketch.histogram(edges) };
        }
    }
    const isDate = type === 'date' || type === 'datetime';
    const distinct = (0,_scan_value_tally_js__WEBPACK_IMPORTED_MODULE_0__/* .distinctCount */ .EX)(tally);
    const top = (0,_scan_value_tally_js__WEBPACK_IMPORTED_MODULE_0__/* .topValues */ .qH)(tally, TOP_VALUES_SHOWN);
    return {
        name: column.name,
        type,
        count: rows,
        nulls: column.nulls,
        null_fraction: rows === 0 ? null : column.nulls / rows,
        distinct: distinct.value,
        distinct_exact: distinct.exact,
        min: isDate ? isoOrNull(column.epoch.min) : numeric ? m.min : null,
        max: isDate ? isoOrNull(column.epoch.max) : numeric ? m.max : null,
        mean: numeric ? m.mean : null,
        std: numeric && m.count > 1 ? Math.sqrt((0,_stats_moments_js__WEBPACK_IMPORTED_MODULE_4__/* .sampleVariance */ .y4)(m)) : null,
        sum: numeric ? m.sum : null,
        quantiles,
        quantiles_exact: quantilesExact,
        histogram,
        top_values: top,
        top_values_exact: tally.top.exact,
        text_length: Number.isFinite(column.textLength.min)
            ? { min: column.textLength.min, max: column.textLength.max }
            : null,
        state: {
            values: column.values,
            nulls: column.nulls,
            types: column.types,
            moments: { ...m, min: finiteOrNull(m.min) ?? 0, max: finiteOrNull(m.max) ?? 0 },
            tally,
            epoch: { min: finiteOrNull(column.epoch.min), max: finiteOrNull(column.epoch.max) },
            text_length: {
                min: finiteOrNull(column.textLength.min),
                max: finiteOrNull(column.textLength.max)
            }
        }
    };
}
function isoOrNull(epoch) {
    return Number.isFinite(epoch) ? new Date(epoch).toISOString() : null;
}
/** numpy.linspace(min, max, bins + 1); a constant column gets one unit-wide bin around its value. */
function equalWidthEdges(min, max, bins = HISTOGRAM_BINS) {
    if (!(max > min))
        return [min - 0.5, min + 0.5];
    return Array.from({ length: bins + 1 }, (_, j) => j === bins ? max : min + ((max - min) * j) / bins);
}
/** Integer columns with a small range get one bin per integer; others equal-width bins. */
function histogramEdges(min, max, integral) {
    if (integral && max - min < HISTOGRAM_BINS) {
        return Array.from({ length: max - min + 2 }, (_, j) => min - 0.5 + j);
    }
    return equalWidthEdges(min, max);
}


/***/ }),

/***/ 99892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ findDuplicates)
/* harmony export */ });
/* harmony import */ var _stats_sort_float64_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37221);

const MAX_TRACKED_DUPLICATE_KEYS = 100_000;
function findDuplicates(parts, sampleLimit) {
    let keyCount = 0;
    let increasing = true;
    let previousMax = -Infinity;
    for (const part of parts) {
        let last = -Infinity;
        for (let i = 0; i < part.keys.length; i++) {
            const key = part.keys[i];
            if (key !== key)
                continue;
            keyCount++;
            if (increasing && (key <= last || key <= previousMax))
                increasing = false;
            last = key;
        }
        if (last > previousMax)
            previousMax = last;
    }
    const summary = {
        rowsInDuplicates: 0,
        duplicateRows: 0,
        duplicatedValues: 0,
        samples: [],
        keyCount
    };
    if (increasing)
        return summary;
    const sorted = new Float64Array(keyCount);
    let filled = 0;
    for (const part of parts) {
        for (let i = 0; i < part.keys.length; i++) {
            const key = part.keys[i];
            if (key === key)
                sorted[filled++] = key;
        }
    }
    (0,_stats_sort_float64_js__WEBPACK_IMPORTED_MODULE_0__/* .sortFloat64 */ .f)(sorted);
    const duplicated = new Set();
    let i = 0;
    while (i < sorted.length) {
        let j = i + 1;
        while (j < sorted.length && sorted[j] === sorted[i])
            j++;
        const run = j - i;
        if (run > 1) {
            summary.rowsInDuplicates += run;
            summary.duplicateRows += run - 1;
            summary.duplicatedValues++;
            if (duplicated.size < MAX_TRACKED_DUPLICATE_KEYS)
                duplicated.add(sorted[i]);
        }
        i = j;
    }
    if (sampleLimit > 0 && duplicated.size > 0) {
        outer: for (const part of parts) {
            for (let k = 0; k < part.keys.length; k++) {
                const key = part.keys[k];
                if (duplicated.has(key)) {
                    summary.samples.push({ row: part.rowsBefore + k + 1, key });
                    if (summary.samples.length >= sampleLimit)
                        break outer;
                }
            }
        }
    }
    return summary;
}


/***/ }),

/***/ 71961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ mergePartials)
/* harmony export */ });
/* harmony import */ var _stats_moments_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23419);
/* harmony import */ var _column_scan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55527);
/* harmony import */ var _duplicate_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99892);
/* harmony import */ var _sorted_parts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22910);
/* harmony import */ var _value_tally_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46192);





/**
 * Combines the ranges of a scan in file order: counts add, moments merge by Chan's formula, sorted
 * values merge, samples keep the first rows in file order, order checks are re-checked across
 * range boundaries and uniqueness is decided over all keys. The result equals a single pass.
 */
function mergePartials(parts, sampleLimit) {
    const first = parts[0];
    if (first === undefined)
        throw new Error('Bug: mergePartials needs at least one range');
    const rows = parts.reduce((total, part) => total + part.partial.rows, 0);
    const columns = first.partial.columns.map((column, index) => mergeColumn(column.name, parts.map((part) => ({ column: part.partial.columns[index], rowsBefore: part.rowsBefore })), sampleLimit));
    const compound = {};
    for (const checkId of Object.keys(first.partial.compound)) {
        compound[checkId] = (0,_duplicate_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .findDuplicates */ .I)(parts.map((part) => ({
            keys: part.partial.compound[checkId].keys,
            rowsBefore: part.rowsBefore
        })), sampleLimit);
    }
    return { rows, columns, compound };
}
function mergeColumn(name, parts, sampleLimit) {
    const types = { integer: 0, decimal: 0, boolean: 0, date: 0, datetime: 0, text: 0 };
    let moments = (0,_stats_moments_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyMoments */ .rC)();
    let values = 0;
    let nulls = 0;
    const textLength = { min: Infinity, max: -Infinity };
    const epoch = { min: Infinity, max: -Infinity };
    for (const { column } of parts) {
        values += column.values;
        nulls += column.nulls;
        for (const key of Object.keys(types))
            types[key] += column.types[key];
        moments = (0,_stats_moments_js__WEBPACK_IMPORTED_MODULE_3__/* .mergeMoments */ .iQ)(moments, column.moments);
        textLength.min = Math.min(textLength.min, column.textLength.min);
        textLength.max = Math.max(textLength.max, column.textLength.max);
        epoch.min = Math.min(epoch.min, column.epoch.min);
        epoch.max = Math.max(epoch.max, column.epoch.max);
    }
    const exact = parts.every(({ column }) => column.sortedNumbers !== undefined);
    const sortedParts = exact
        ? parts.map(({ column }) => column.sortedNumbers).filter((part) => part.length > 0)
        : undefined;
    const mergedTally = (0,_value_tally_js__WEBPACK_IMPORTED_MODULE_2__/* .mergeTallyStates */ .dM)(parts.map(({ column }) => column.tally), exact ? undefined : parts.map(({ column }) => column.sortedNumbers));
    const tally = sortedParts !== undefined && sortedParts.length > 0
        ? (0,_value_tally_js__WEBPACK_IMPORTED_MODULE_2__/* .withExactNumberCounts */ .Bu)(mergedTally, sortedParts)
        : mergedTally;
    const checks = {};
    for (const checkId of Object.keys(parts[0].column.checks)) {
        const counter = { unexpected: 0, samples: [] };
        for (const { column, rowsBefore } of parts) {
            const own = column.checks[checkId];
            counter.unexpected += own.unexpected;
            for (const sample of own.samples) {
                if (counter.samples.length < sampleLimit)
                    counter.samples.push({ row: rowsBefore + sample.row + 1, value: sample.value });
            }
        }
        checks[checkId] = counter;
    }
    mergeOrderBoundaries(parts, checks, sampleLimit);
    const duplicates = {};
    if (parts[0].column.uniqueKeys !== undefined) {
        const summary = (0,_duplicate_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .findDuplicates */ .I)(parts.map(({ column, rowsBefore }) => ({ keys: column.uniqueKeys, rowsBefore })), sampleLimit);
        duplicates.unique = summary;
        for (const { column } of parts)
            column.uniqueKeys = undefined;
    }
    let merged;
    return {
        name,
        values,
        nulls,
        types,
        moments,
        sortedParts,
        get sortedNumbers() {
            if (sortedParts === undefined)
                return undefined;
            merged ??= sortedParts.length === 0 ? new Float64Array(0) : (0,_sorted_parts_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeSortedParts */ .uO)(sortedParts);
            return merged;
        },
        tally,
        textLength,
        epoch,
        checks,
        duplicates
    };
}
/** Each range checked its own order; the pair at every boundary between ranges is checked here. */
function mergeOrderBoundaries(parts, checks, sampleLimit) {
    const firstColumn = parts[0].column;
    for (const checkId of Object.keys(firstColumn.order)) {
        const { direction, strictly } = firstColumn.order[checkId];
        let previous;
        const counter = checks[checkId];
        const boundarySamples = [];
        for (const { column, rowsBefore } of parts) {
            const ends = column.order[checkId];
            if (ends.first === undefined)
                continue;
            if (previous !== undefined &&
                (0,_column_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .violatesOrder */ .SH)(previous.key, ends.first.key, direction, strictly)) {
                counter.unexpected++;
                boundarySamples.push({ row: rowsBefore + ends.first.row + 1, value: ends.first.text });
            }
            previous = ends.last;
        }
        if (boundarySamples.length > 0) {
            counter.samples = [...counter.samples, ...boundarySamples]
                .sort((a, b) => a.row - b.row)
                .slice(0, sampleLimit);
        }
    }
}


/***/ }),

/***/ 49829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bN: () => (/* binding */ buildScanPlan),
/* harmony export */   bZ: () => (/* binding */ DEFAULT_SAMPLE_LIMIT),
/* harmony export */   k3: () => (/* binding */ DEFAULT_EXACT_VALUE_BUDGET)
/* harmony export */ });
const DEFAULT_SAMPLE_LIMIT = 5;
/**
 * 8 bytes per value: 8M values ≈ 64 MB, enough for exact quantiles of a 1M-row table with 8
 * numeric columns within PERFORMANCE.md §3's 160 MiB; larger tables fall back to sketches.
 */
const DEFAULT_EXACT_VALUE_BUDGET = 8_000_000;
/** Builds the plan; columns the checks name must exist in the header (checked by the caller). */
function buildScanPlan(config, header, referenceKeys, options = {}) {
    const columns = header.map((name, index) => {
        const declared = config.columns.find((column) => column.name === name);
        const valueChecks = declared?.valueChecks ?? [];
        const references = {};
        for (const check of valueChecks) {
            if (check.check === 'references')
                references[check.id] = referenceKeys[check.id] ?? new Float64Array(0);
        }
        return {
            name,
            index,
            valueChecks,
            keepKeys: valueChecks.some((check) => check.check === 'unique'),
            referenceKeys: references
        };
    });
    const compoundKeys = config.tableChecks.flatMap((check) => check.check === 'compound_unique'
        ? [{ checkId: check.id, columnIndexes: check.columns.map((name) => header.indexOf(name)) }]
        : []);
    return {
        header,
        nullValues: config.nullValues,
        columns,
        compoundKeys,
        exactValueBudget: options.exactValueBudget ?? DEFAULT_EXACT_VALUE_BUDGET,
        sampleLimit: options.sampleLimit ?? DEFAULT_SAMPLE_LIMIT
    };
}


/***/ }),

/***/ 22910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iX: () => (/* binding */ quantilesOfParts),
/* harmony export */   uO: () => (/* binding */ mergeSortedParts),
/* harmony export */   y3: () => (/* binding */ histogramOfParts)
/* harmony export */ });
/* unused harmony exports partsLength, valuesAtRanks */
/* harmony import */ var _stats_quantile_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9629);

function partsLength(parts) {
    let total = 0;
    for (const part of parts)
        total += part.length;
    return total;
}
/** The values at the given 0-based ranks of the merged order (ranks ascending, distinct). */
function valuesAtRanks(parts, ranks) {
    const values = [];
    if (ranks.length === 0)
        return values;
    if (parts.length === 1)
        return ranks.map((rank) => parts[0][rank]);
    const positions = new Int32Array(parts.length);
    let next = 0;
    const last = ranks[ranks.length - 1];
    for (let rank = 0; rank <= last; rank++) {
        // The smallest head among the parts (few parts: a linear scan beats a heap).
        let best = -1;
        let bestValue = Infinity;
        for (let p = 0; p < parts.length; p++) {
            const part = parts[p];
            const position = positions[p];
            if (position < part.length) {
                const value = part[position];
                if (best < 0 || value < bestValue || (value !== value && bestValue === bestValue)) {
                    best = p;
                    bestValue = value;
                }
            }
        }
        positions[best]++;
        if (rank === ranks[next]) {
            values.push(bestValue);
            next++;
        }
    }
    return values;
}
/** Quantiles of the merged parts, identical to quantileSorted on the merged array. */
function quantilesOfParts(parts, qs, method = 'linear') {
    const n = partsLength(parts);
    if (n === 0)
        return qs.map(() => NaN);
    const needed = new Set([0, n - 1]);
    for (const q of qs) {
        const below = Math.floor(Math.min(Math.max(q, 0), 1) * (n - 1));
        needed.add(below);
        needed.add(Math.min(below + 1, n - 1));
    }
    const ranks = [...needed].sort((a, b) => a - b);
    const values = valuesAtRanks(parts, ranks);
    // quantileSorted reads only these indices, so a sparse stand-in for the merged array suffices.
    const sparse = { length: n };
    ranks.forEach((rank, index) => (sparse[rank] = values[index]));
    return qs.map((q) => (0,_stats_quantile_js__WEBPACK_IMPORTED_MODULE_0__/* .quantileSorted */ .Z)(sparse, q, method));
}
/** First index in an ascending array whose value is ≥ x. */
function lowerBound(array, x) {
    let low = 0;
    let high = array.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (array[middle] < x)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}
/** First index whose value is > x. */
function upperBound(array, x) {
    let low = 0;
    let high = array.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (array[middle] <= x)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}
/**
 * Counts per bin with numpy.histogram's convention: [e_j, e_j+1), the last bin closed; values
 * outside [e_0, e_last] are not counted.
 */
function histogramOfParts(parts, edges) {
    const bins = edges.length - 1;
    const counts = new Array(bins).fill(0);
    for (const part of parts) {
        for (let j = 0; j < bins; j++) {
            const start = lowerBound(part, edges[j]);
            const end = j === bins - 1 ? upperBound(part, edges[j + 1]) : lowerBound(part, edges[j + 1]);
            counts[j] += Math.max(0, end - start);
        }
    }
    return counts;
}
/** Merges ascending arrays into one ascending array (for consumers that need one array). */
function mergeSortedParts(parts) {
    if (parts.length === 1)
        return parts[0];
    const out = new Float64Array(partsLength(parts));
    const positions = new Int32Array(parts.length);
    for (let k = 0; k < out.length; k++) {
        let best = -1;
        let bestValue = Infinity;
        for (let p = 0; p < parts.length; p++) {
            const position = positions[p];
            if (position < parts[p].length) {
                const value = parts[p][position];
                if (best < 0 || value < bestValue) {
                    best = p;
                    bestValue = value;
                }
            }
        }
        out[k] = bestValue;
        positions[best]++;
    }
    return out;
}


/***/ }),

/***/ 30225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d7: () => (/* binding */ parseShardSpec),
/* harmony export */   dd: () => (/* binding */ shardOfArtifactName),
/* harmony export */   hH: () => (/* binding */ MAX_SHARDS),
/* harmony export */   rK: () => (/* binding */ partialArtifactName),
/* harmony export */   vn: () => (/* binding */ formatShardSpec)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);

/** Largest shard count accepted: GitHub Actions runs at most 256 jobs per matrix. */
const MAX_SHARDS = 256;
/** Parses `k/n` (1 ≤ k ≤ n ≤ 256); anything else is a UsageError that shows the expected form. */
function parseShardSpec(text, what = 'shard') {
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    if (match === null) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what} must look like k/n (e.g. 3/16: the third of sixteen shards), got ${JSON.stringify(text)}`);
    }
    const index = Number(match[1]);
    const count = Number(match[2]);
    if (count < 1 || count > MAX_SHARDS) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what}: the number of shards must be from 1 to ${MAX_SHARDS}, got ${count}`);
    }
    if (index < 1 || index > count) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what}: the shard number must be from 1 to ${count} (shards count from 1), got ${index}`);
    }
    return { index, count };
}
/** `3/16`. */
function formatShardSpec(spec) {
    return `${spec.index}/${spec.count}`;
}
const ARTIFACT_PREFIX = {
    validate: 'tollgate-partial',
    drift: 'tollgate-drift-partial'
};
/** The artifact a shard's partial is uploaded as: `tollgate-partial-3-of-16` (drift: `tollgate-drift-partial-3-of-16`). */
function partialArtifactName(spec, work = 'validate') {
    return `${ARTIFACT_PREFIX[work]}-${spec.index}-of-${spec.count}`;
}
/** The shard named by an artifact written by partialArtifactName, or undefined for other names. */
function shardOfArtifactName(name, work = 'validate') {
    if (!name.startsWith(`${ARTIFACT_PREFIX[work]}-`))
        return undefined;
    const match = /^(\d+)-of-(\d+)$/.exec(name.slice(ARTIFACT_PREFIX[work].length + 1));
    if (match === null)
        return undefined;
    const index = Number(match[1]);
    const count = Number(match[2]);
    return index >= 1 && index <= count && count <= MAX_SHARDS ? { index, count } : undefined;
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
