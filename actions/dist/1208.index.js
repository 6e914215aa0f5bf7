export const id = 1208;
export const ids = [1208];
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

/***/ 30429:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ profileData)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _adapters_data_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60409);
/* harmony import */ var _adapters_table_scan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53213);
/* harmony import */ var _profile_data_profile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10706);
/* harmony import */ var _scan_merge_partials_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71961);
/* harmony import */ var _scan_scan_plan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(49829);






/** An empty checks file: the scan then computes only the profile. */
const NO_CHECKS = { file: '', nullValues: [], tableChecks: [], columns: [] };
/** Scans the files once and returns their merged profile. */
async function profileData(request) {
    const files = (0,_adapters_data_files_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveDataFiles */ .A6)(request.data, request.format ?? 'auto');
    const threads = request.threads !== undefined && request.threads > 0
        ? request.threads
        : Math.max(1, Math.min((0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)(), 8));
    const input = { files, delimiter: request.delimiter, threads };
    const header = await (0,_adapters_table_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .readTableHeader */ .C)(input);
    const plan = (0,_scan_scan_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .buildScanPlan */ .bN)(NO_CHECKS, header.header, {});
    const scan = (0,_scan_merge_partials_js__WEBPACK_IMPORTED_MODULE_4__/* .mergePartials */ .p)(await (0,_adapters_table_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .scanTable */ .S)(input, header, plan), plan.sampleLimit);
    const summaries = files.map((file) => ({
        path: file.path,
        format: file.format,
        bytes: file.bytes
    }));
    const profile = (0,_profile_data_profile_js__WEBPACK_IMPORTED_MODULE_3__/* .buildProfile */ .Er)(scan, summaries, new Date(request.now).toISOString());
    return { profile, files, header: header.header };
}


/***/ }),

/***/ 95354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YY: () => (/* binding */ parseFeatureImportancesText),
/* harmony export */   o0: () => (/* binding */ parseMetricsText),
/* harmony export */   pp: () => (/* binding */ bundleParams),
/* harmony export */   z3: () => (/* binding */ parseParamsText)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);

/**
 * Readers of the small JSON files a training run leaves in its output directory, written by
 * Tollgate or by a user's training command: `metrics.json` (a flat object of numbers),
 * `params.json` (a flat object of scalars) and `feature-importances.json`. Errors name the file
 * and the key and say what was expected, since a command author reads them to fix their script.
 */
/**
 * Metrics: `{ "accuracy": 0.91, "auc": 0.95 }`. Every value must be a finite number: JSON has no
 * NaN, and a null (a metric that could not be computed) is refused so the command's author
 * notices instead of a gate silently lacking the metric. A version's metrics.json in a registry bundle
 * (`{ metrics, params, trainingData }`) is read too, so a downloaded version can be registered again.
 */
function parseMetricsText(text, file) {
    const value = parseObject(text, file, 'a JSON object of metric names and numbers');
    const metrics = isBundleMetrics(value)
        ? value.metrics
        : value;
    const result = {};
    for (const [name, metric] of Object.entries(metrics)) {
        if (typeof metric !== 'number' || !Number.isFinite(metric)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file, field: name }, `expected a finite number for metric ${JSON.stringify(name)}, found ${describe(metric)}; ` +
                'metrics.json holds a flat object of numbers, e.g. {"accuracy": 0.91}');
        }
        result[name] = metric;
    }
    if (Object.keys(result).length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file }, 'the metrics file holds no metrics; write at least one, e.g. {"accuracy": 0.91}');
    }
    return result;
}
/** The params of a registry bundle's metrics.json, when the file is one; else undefined. */
function bundleParams(text, file) {
    const value = parseObject(text, file, 'a JSON object');
    if (!isBundleMetrics(value))
        return undefined;
    const params = value.params;
    return params === undefined ? {} : checkParams(params, file);
}
/** Params: `{ "max_depth": 6, "loss": "log_loss", "warm_start": false, "note": null }`. */
function parseParamsText(text, file) {
    return checkParams(parseObject(text, file, 'a JSON object of parameter names and values'), file);
}
function checkParams(value, file) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file, field: 'params' }, 'expected an object of parameters');
    }
    const result = {};
    for (const [name, param] of Object.entries(value)) {
        result[name] = checkJson(param, file, name);
    }
    return result;
}
/**
 * Feature importances: `{ "age": 0.4, "income": 0.6 }` (any non-negative scale; shown as shares).
 * Returned largest first.
 */
function parseFeatureImportancesText(text, file) {
    const value = parseObject(text, file, 'a JSON object of feature names and importances');
    const entries = Object.entries(value).map(([feature, importance]) => {
        if (typeof importance !== 'number' || !Number.isFinite(importance) || importance < 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file, field: feature }, `expected a non-negative number as the importance of ${JSON.stringify(feature)}, found ${describe(importance)}`);
        }
        return { feature, importance };
    });
    const total = entries.reduce((sum, entry) => sum + entry.importance, 0);
    return entries
        .map((entry) => ({
        feature: entry.feature,
        importance: total > 0 ? entry.importance / total : 0
    }))
        .sort((a, b) => b.importance - a.importance || (a.feature < b.feature ? -1 : 1));
}
function isBundleMetrics(value) {
    const metrics = value.metrics;
    return (typeof metrics === 'object' &&
        metrics !== null &&
        !Array.isArray(metrics) &&
        'trainingData' in value);
}
function parseObject(text, file, expected) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file }, `not valid JSON (${error.message}); expected ${expected}`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file }, `expected ${expected}, found ${describe(value)}`);
    }
    return value;
}
function checkJson(value, file, field) {
    if (value === null || typeof value === 'string' || typeof value === 'boolean')
        return value;
    if (typeof value === 'number') {
        if (Number.isFinite(value))
            return value;
    }
    else if (Array.isArray(value)) {
        return value.map((item) => checkJson(item, file, field));
    }
    else if (typeof value === 'object') {
        const result = {};
        for (const [key, item] of Object.entries(value)) {
            result[key] = checkJson(item, file, `${field}.${key}`);
        }
        return result;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file, field }, `expected a JSON value, found ${describe(value)}`);
}
function describe(value) {
    if (value === undefined)
        return 'nothing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'an object';
    return JSON.stringify(value);
}


/***/ }),

/***/ 40625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $G: () => (/* binding */ TRAIN_METADATA_FILES),
/* harmony export */   DX: () => (/* binding */ TRAINING_RUN_SCHEMA),
/* harmony export */   Jz: () => (/* binding */ TRAIN_OUTPUT_FILES),
/* harmony export */   b6: () => (/* binding */ COMMAND_RESERVED_FILES),
/* harmony export */   ou: () => (/* binding */ stageTrainingOutput)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32635);





/**
 * The directory `train` writes and `register-model` reads: the model files plus what makes the
 * run traceable. The contract between the two actions (and with a user's training command):
 *
 * | file                 | written by                   | registered as                            |
 * |----------------------|------------------------------|------------------------------------------|
 * | `model.json`         | built-in learners            | a model file                             |
 * | any other file       | the training command         | a model file                             |
 * | `metrics.json`       | learners / the command       | the version's metrics                    |
 * | `params.json`        | Tollgate (+ the command)     | the version's parameters                 |
 * | `profile.json`       | Tollgate                     | the version's training-data profile      |
 * | `lineage.json`       | Tollgate                     | the train run's OpenLineage event        |
 * | `training-run.json`  | Tollgate                     | a file: provenance (digests, commit, …)  |
 */
const TRAIN_OUTPUT_FILES = {
    model: 'model.json',
    metrics: 'metrics.json',
    params: 'params.json',
    profile: 'profile.json',
    lineage: 'lineage.json',
    trainingRun: 'training-run.json',
    /** Optional, from a training command: `{ feature: importance }`, shown in the summary. */
    featureImportances: 'feature-importances.json'
};
/** Files of the output that describe the model rather than being part of it. */
const TRAIN_METADATA_FILES = [
    TRAIN_OUTPUT_FILES.metrics,
    TRAIN_OUTPUT_FILES.params,
    TRAIN_OUTPUT_FILES.profile,
    TRAIN_OUTPUT_FILES.lineage
];
/**
 * Names a training command must not write: Tollgate writes them (or the registry adds them to
 * every version), so a command's file of that name would be overwritten or refused later.
 */
const COMMAND_RESERVED_FILES = [
    TRAIN_OUTPUT_FILES.profile,
    TRAIN_OUTPUT_FILES.lineage,
    TRAIN_OUTPUT_FILES.trainingRun,
    'manifest.json',
    'README.md'
];
const TRAINING_RUN_SCHEMA = 'tollgate.training-run/1';
/**
 * Prepares to write a training output to `output`. A half-written output must never be picked up
 * by a following register-model step, so everything is written into a private sibling folder and
 * moved into place at the end. The target may be absent, empty, or hold exactly an earlier
 * training output (its files, as its training-run.json lists them), which is replaced; any other
 * content is refused rather than mixed with the new model's files or deleted.
 */
async function stageTrainingOutput(output, cwd) {
    if (output.trim() === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('The output directory is empty; give a path.');
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(cwd, output);
    checkReplaceable(target, output);
    const staging = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(target)}.tollgate-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(staging, { recursive: true });
    return {
        target,
        staging,
        async commit() {
            checkReplaceable(target, output);
            let previous;
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(target)) {
                previous = `${staging}.previous`;
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(target, previous);
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(staging, target);
            if (previous !== undefined)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(previous, { recursive: true, force: true });
        },
        async discard() {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(staging, { recursive: true, force: true });
        }
    };
}
function checkReplaceable(target, shown) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(target))
        return;
    const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(target);
    if (!stats.isDirectory()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`The output ${JSON.stringify(shown)} exists and is not a directory; choose a directory.`);
    }
    const entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(target);
    if (entries.length === 0)
        return;
    const listed = previousOutputFiles(target);
    if (listed === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`The output directory ${JSON.stringify(shown)} is not empty and does not hold an earlier ` +
            'training output; choose an empty or new directory (Tollgate does not mix a new model ' +
            'with other files, or delete them).');
    }
    const unexpected = entries.find((entry) => !listed.has(entry));
    if (unexpected !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`The output directory ${JSON.stringify(shown)} holds an earlier training output plus ` +
            `${JSON.stringify(unexpected)}, which that run did not write; move it away or choose ` +
            'another directory.');
    }
}
/** The names an earlier training output consists of, or undefined when it is not one. */
function previousOutputFiles(directory) {
    const recordPath = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(directory, TRAIN_OUTPUT_FILES.trainingRun);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(recordPath))
        return undefined;
    let record;
    try {
        record = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(recordPath, 'utf8'));
    }
    catch {
        return undefined;
    }
    if (typeof record !== 'object' || record === null)
        return undefined;
    const { schema, files } = record;
    if (schema !== TRAINING_RUN_SCHEMA || !Array.isArray(files))
        return undefined;
    const names = new Set([
        ...TRAIN_METADATA_FILES,
        TRAIN_OUTPUT_FILES.trainingRun,
        TRAIN_OUTPUT_FILES.featureImportances
    ]);
    for (const file of files) {
        const name = file?.name;
        if (typeof name === 'string')
            names.add(name);
    }
    return names;
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


/***/ })

};
