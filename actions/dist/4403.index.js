export const id = 4403;
export const ids = [4403];
export const modules = {

/***/ 64403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ trainModel)
});

// UNUSED EXPORTS: COMMAND_ENVIRONMENT

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/adapters/data-files.ts
var data_files = __webpack_require__(60409);
// EXTERNAL MODULE: ./shared/adapters/load-table.ts
var load_table = __webpack_require__(45846);
// EXTERNAL MODULE: ./shared/adapters/table-scan.ts
var table_scan = __webpack_require__(53213);
// EXTERNAL MODULE: ./shared/adapters/run-provenance.ts
var run_provenance = __webpack_require__(39572);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./shared/adapters/training-command.ts

/** Lines of stderr kept for the failure message. */
const TAIL_LINES = 20;
const processOutput = {
    stdout: (chunk) => process.stdout.write(chunk),
    stderr: (chunk) => process.stderr.write(chunk)
};
/**
 * Runs the command to completion. Rejects only when it cannot be started at all (e.g. the
 * working directory does not exist); a command that runs and fails resolves with its exit code,
 * so the caller can say what happened in the user's terms.
 */
function runTrainingCommand(request) {
    const output = request.output ?? processOutput;
    const started = performance.now();
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(request.command, {
            cwd: request.cwd,
            env: { ...commandEnvironment(process.env), ...request.env },
            shell: true,
            stdio: ['ignore', 'pipe', 'pipe'],
            windowsHide: true
        });
        const tail = new LineTail(TAIL_LINES);
        child.stdout.setEncoding('utf8');
        child.stderr.setEncoding('utf8');
        child.stdout.on('data', (chunk) => output.stdout(chunk));
        child.stderr.on('data', (chunk) => {
            tail.add(chunk);
            output.stderr(chunk);
        });
        child.on('error', reject);
        child.on('close', (exitCode, signal) => {
            resolve({
                exitCode,
                signal,
                durationMs: Math.round(performance.now() - started),
                stderrTail: tail.lines()
            });
        });
    });
}
/**
 * This process's environment as a workflow `run:` step would see it: without the action's own
 * inputs (INPUT_*, which would confuse an action the command starts) and without the runtime
 * credentials the runner gives only to actions (artifact/cache and OIDC token requests).
 */
function commandEnvironment(env) {
    const result = {};
    for (const [name, value] of Object.entries(env)) {
        if (name.startsWith('INPUT_') || ACTION_ONLY_VARIABLES.includes(name))
            continue;
        result[name] = value;
    }
    return result;
}
const ACTION_ONLY_VARIABLES = [
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_URL'
];
/** The last `limit` complete or partial lines of a text stream. */
class LineTail {
    limit;
    kept = [];
    partial = '';
    constructor(limit) {
        this.limit = limit;
    }
    add(chunk) {
        const parts = (this.partial + chunk).split(/\r?\n/);
        this.partial = parts.pop() ?? '';
        this.kept.push(...parts);
        if (this.kept.length > this.limit)
            this.kept = this.kept.slice(-this.limit);
    }
    lines() {
        const all = this.partial === '' ? this.kept : [...this.kept, this.partial];
        return all.filter((line) => line.trim() !== '').slice(-this.limit);
    }
}

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/learn/model-format.ts
var model_format = __webpack_require__(17396);
// EXTERNAL MODULE: ./shared/text/closest-name.ts
var closest_name = __webpack_require__(28863);
// EXTERNAL MODULE: ./shared/learn/data-table.ts
var data_table = __webpack_require__(44566);
;// CONCATENATED MODULE: ./shared/learn/feature-columns.ts



/**
 * Which columns a model learns from: the ones the user named (or every column but the target),
 * minus those that cannot teach anything on the rows with a target.
 */
/** The requested feature columns (default: all but the target), each checked to exist. */
function selectFeatureColumns(table, target, requested) {
    if (requested === undefined)
        return table.columns.filter((column) => column.name !== target);
    const names = table.columns.map((column) => column.name);
    const seen = new Set();
    return requested.map((name) => {
        if (name === target) {
            throw new errors/* UsageError */.eb(`the target column ${JSON.stringify(target)} cannot also be a feature`);
        }
        if (seen.has(name))
            throw new errors/* UsageError */.eb(`feature ${JSON.stringify(name)} is listed twice`);
        seen.add(name);
        const column = (0,data_table/* findColumn */.kn)(table, name);
        if (column === undefined) {
            const suggestion = (0,closest_name/* closestName */.N)(name, names);
            throw new errors/* InputError */.dz({ field: name }, 'the training data has no feature column of that name' +
                (suggestion === undefined ? '' : ` (did you mean ${JSON.stringify(suggestion)}?)`));
        }
        return column;
    });
}
/**
 * Drops (with a warning) features with no variation on the rows with a target: all missing, or
 * one value with no missing. None left is an error — there is nothing to learn from.
 */
function usableFeatureColumns(columns, rows, warnings, target) {
    const usable = columns.filter((column) => {
        const varies = column.kind === 'numeric'
            ? numericVaries(column.values, rows)
            : categoricalVaries(column.values, rows);
        if (!varies) {
            warnings.push(`feature ${JSON.stringify(column.name)} has the same value (or no value) in every row ` +
                'and is not used');
        }
        return varies;
    });
    if (usable.length === 0) {
        throw new errors/* InputError */.dz({ field: target }, columns.length === 0
            ? 'the training data has no feature columns besides the target'
            : 'no usable feature columns: every feature is constant or empty on the rows with a target');
    }
    return usable;
}
function numericVaries(values, rows) {
    let first = NaN;
    let sawMissing = false;
    let sawPresent = false;
    for (let k = 0; k < rows.length; k++) {
        const value = values[rows[k]];
        if (Number.isNaN(value))
            sawMissing = true;
        else if (!sawPresent) {
            sawPresent = true;
            first = value;
        }
        else if (value !== first)
            return true;
        if (sawMissing && sawPresent)
            return true;
    }
    return false;
}
function categoricalVaries(values, rows) {
    const first = values[rows[0]];
    for (let k = 1; k < rows.length; k++)
        if (values[rows[k]] !== first)
            return true;
    return false;
}

// EXTERNAL MODULE: ./shared/learn/tree-binning.ts
var tree_binning = __webpack_require__(85277);
;// CONCATENATED MODULE: ./shared/learn/learner-params.ts



const positive = (v) => typeof v === 'number' && Number.isFinite(v) && v > 0;
const nonNegative = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const positiveInteger = (v) => Number.isInteger(v) && v >= 1;
const integerFrom = (low, high = Infinity) => (v) => Number.isInteger(v) && v >= low && v <= high;
const SPECS = {
    'logistic-regression': {
        C: { default: 1, check: positive, expected: 'a positive number' },
        max_iter: { default: 1000, check: positiveInteger, expected: 'a positive integer' },
        tol: { default: 1e-8, check: positive, expected: 'a positive number' },
        max_categories: { default: 20, check: positiveInteger, expected: 'a positive integer' }
    },
    'linear-regression': {
        alpha: { default: 0, check: nonNegative, expected: 'a number ≥ 0' },
        max_categories: { default: 20, check: positiveInteger, expected: 'a positive integer' }
    },
    gbdt: {
        learning_rate: { default: 0.1, check: positive, expected: 'a positive number' },
        max_iter: { default: 100, check: positiveInteger, expected: 'a positive integer' },
        max_leaf_nodes: { default: 31, check: integerFrom(2), expected: 'an integer ≥ 2' },
        max_depth: {
            default: null,
            check: (v) => v === null || positiveInteger(v),
            expected: 'a positive integer or null'
        },
        min_samples_leaf: { default: 20, check: positiveInteger, expected: 'a positive integer' },
        l2_regularization: { default: 0, check: nonNegative, expected: 'a number ≥ 0' },
        max_bins: {
            default: tree_binning/* MAX_VALUE_BINS */.iD,
            check: integerFrom(2, tree_binning/* MAX_VALUE_BINS */.iD),
            expected: `an integer from 2 to ${tree_binning/* MAX_VALUE_BINS */.iD}`
        },
        early_stopping: {
            default: 'auto',
            check: (v) => v === 'auto' || typeof v === 'boolean',
            expected: "'auto', true or false"
        },
        n_iter_no_change: { default: 10, check: positiveInteger, expected: 'a positive integer' },
        tol: { default: 1e-7, check: nonNegative, expected: 'a number ≥ 0' }
    }
};
/** The parameter names an algorithm accepts. */
function paramNames(algorithm) {
    return Object.keys(SPECS[algorithm]);
}
function resolveParams(algorithm, given = {}) {
    const specs = SPECS[algorithm];
    const names = Object.keys(specs);
    const resolved = {};
    for (const [name, value] of Object.entries(given)) {
        const spec = specs[name];
        if (spec === undefined) {
            const suggestion = (0,closest_name/* closestName */.N)(name, names);
            throw new errors/* UsageError */.eb(`unknown parameter ${JSON.stringify(name)} for ${algorithm}` +
                (suggestion === undefined ? '' : ` (did you mean ${JSON.stringify(suggestion)}?)`) +
                `; known parameters: ${names.join(', ')}`);
        }
        if (value === undefined)
            continue;
        if (!spec.check(value)) {
            throw new errors/* UsageError */.eb(`parameter ${name} of ${algorithm} must be ${spec.expected}, got ${JSON.stringify(value)}`);
        }
        resolved[name] = value;
    }
    for (const [name, spec] of Object.entries(specs)) {
        if (!(name in resolved))
            resolved[name] = spec.default;
    }
    return resolved;
}

// EXTERNAL MODULE: ./shared/learn/learning-task.ts
var learning_task = __webpack_require__(96955);
// EXTERNAL MODULE: ./shared/evaluation/metrics.ts + 2 modules
var metrics = __webpack_require__(7302);
;// CONCATENATED MODULE: ./shared/learn/model-metrics.ts

const CLASSIFICATION_METRICS = [
    'accuracy',
    'precision',
    'recall',
    'f1',
    'roc_auc',
    'log_loss'
];
const REGRESSION_METRICS = ['rmse', 'mae', 'r2', 'mape'];
/**
 * Metrics of `output` against `actual` (class codes, or target values for regression).
 * Multiclass precision/recall/F1 are macro averages and ROC AUC is one-vs-rest macro.
 */
function modelMetrics(task, actual, output) {
    const values = {};
    if (actual.length === 0)
        return values;
    let predictions;
    let names;
    if (output.task === 'regression') {
        predictions = { task: 'regression', actual, predicted: output.values };
        names = REGRESSION_METRICS;
    }
    else {
        predictions = {
            task: 'classification',
            classCount: output.classes.length,
            actual,
            predicted: output.classCodes,
            scores: output.probabilities
        };
        names = CLASSIFICATION_METRICS;
    }
    if ((task === 'regression') !== (output.task === 'regression')) {
        throw new Error(`predictions of a ${output.task} model for a ${task} target`);
    }
    for (const name of names) {
        const value = (0,metrics/* computeMetric */.AO)(name, predictions);
        values[name] = Number.isFinite(value) ? value : null;
    }
    return values;
}

// EXTERNAL MODULE: ./shared/learn/predict.ts
var predict = __webpack_require__(43274);
// EXTERNAL MODULE: ./shared/learn/logistic-regression.ts + 1 modules
var logistic_regression = __webpack_require__(78007);
;// CONCATENATED MODULE: ./shared/learn/boosting-loss.ts

/** Probabilities are clipped this far from 0 and 1 for the baseline's logarithms. */
const PROBABILITY_EPSILON = 2.220446049250313e-16;
/** The loss sklearn's HistGradientBoosting uses for the task (loss='auto'). */
function boostingLoss(task, classCount) {
    if (task === 'regression')
        return squaredError;
    if (task === 'binary')
        return binomial;
    return multinomial(classCount);
}
const squaredError = {
    outputs: 1,
    constantHessian: true,
    baseline(target) {
        let sum = 0;
        for (let i = 0; i < target.length; i++)
            sum += target[i];
        return [sum / target.length];
    },
    gradients(target, raw, gradient, hessian) {
        for (let i = 0; i < target.length; i++) {
            gradient[i] = raw[i] - target[i];
            hessian[i] = 1;
        }
    },
    meanLoss(target, raw) {
        let sum = 0;
        for (let i = 0; i < target.length; i++)
            sum += 0.5 * (raw[i] - target[i]) ** 2;
        return sum / target.length;
    }
};
const binomial = {
    outputs: 1,
    constantHessian: false,
    baseline(target) {
        let positives = 0;
        for (let i = 0; i < target.length; i++)
            positives += target[i];
        const p = clipProbability(positives / target.length);
        return [Math.log(p / (1 - p))];
    },
    gradients(target, raw, gradient, hessian) {
        for (let i = 0; i < target.length; i++) {
            const p = (0,logistic_regression/* sigmoid */.ry)(raw[i]);
            gradient[i] = p - target[i];
            hessian[i] = p * (1 - p);
        }
    },
    meanLoss(target, raw) {
        let sum = 0;
        for (let i = 0; i < target.length; i++)
            sum += (0,logistic_regression/* softplus */.lw)(raw[i]) - target[i] * raw[i];
        return sum / target.length;
    }
};
function multinomial(K) {
    return {
        outputs: K,
        constantHessian: false,
        baseline(target) {
            const counts = new Float64Array(K);
            for (let i = 0; i < target.length; i++)
                counts[target[i]]++;
            const logs = Array.from(counts, (count) => Math.log(clipProbability(count / target.length)));
            const average = logs.reduce((sum, value) => sum + value, 0) / K;
            return logs.map((value) => value - average);
        },
        gradients(target, raw, gradient, hessian) {
            const n = target.length;
            for (let i = 0; i < n; i++) {
                let max = -Infinity;
                for (let k = 0; k < K; k++)
                    max = Math.max(max, raw[k * n + i]);
                let sum = 0;
                for (let k = 0; k < K; k++)
                    sum += Math.exp(raw[k * n + i] - max);
                for (let k = 0; k < K; k++) {
                    const p = Math.exp(raw[k * n + i] - max) / sum;
                    gradient[k * n + i] = p - (target[i] === k ? 1 : 0);
                    hessian[k * n + i] = p * (1 - p);
                }
            }
        },
        meanLoss(target, raw) {
            const n = target.length;
            let total = 0;
            for (let i = 0; i < n; i++) {
                let max = -Infinity;
                for (let k = 0; k < K; k++)
                    max = Math.max(max, raw[k * n + i]);
                let sum = 0;
                for (let k = 0; k < K; k++)
                    sum += Math.exp(raw[k * n + i] - max);
                total += max + Math.log(sum) - raw[target[i] * n + i];
            }
            return total / n;
        }
    };
}
function clipProbability(p) {
    return Math.min(Math.max(p, PROBABILITY_EPSILON), 1 - PROBABILITY_EPSILON);
}

// EXTERNAL MODULE: ./shared/learn/linear-encoding.ts
var linear_encoding = __webpack_require__(67098);
;// CONCATENATED MODULE: ./shared/learn/feature-importance.ts

/**
 * Which input columns a model leans on, normalised to sum to 1 and sorted largest first (ties
 * in feature order), so reports of different algorithms read the same way.
 *
 * Trees: the total split gain of each feature over all trees (LightGBM's importance_type='gain';
 * sklearn's HistGradientBoosting offers none, and impurity-based importance of its other trees is
 * the same idea).
 *
 * Linear models: |coefficient| × the training standard deviation of the encoded column — the
 * change in the raw score for a one-sd change of that column — summed over a feature's encoded
 * columns (one-hot levels, missing indicator) and over the outputs of a multinomial model.
 */
/** Normalised importances from per-feature totals (all zero when every total is zero). */
function normalisedImportances(names, totals) {
    let sum = 0;
    for (let f = 0; f < names.length; f++)
        sum += totals[f];
    return names
        .map((feature, f) => ({ feature, importance: sum > 0 ? totals[f] / sum : 0, f }))
        .sort((a, b) => b.importance - a.importance || a.f - b.f)
        .map(({ feature, importance }) => ({ feature, importance }));
}
/** Importances of a linear model from its coefficients and the training design matrix. */
function linearImportances(features, coefficients, training) {
    const { values: X, rowCount: n, columnCount: p } = training;
    const totals = new Float64Array(features.length);
    let column = 0;
    features.forEach((feature, f) => {
        const width = (0,linear_encoding/* encodedWidth */.vw)(feature.encoding);
        for (let j = column; j < column + width; j++) {
            let sum = 0;
            for (let i = 0; i < n; i++)
                sum += X[i * p + j];
            const mean = sum / n;
            let squares = 0;
            for (let i = 0; i < n; i++)
                squares += (X[i * p + j] - mean) ** 2;
            const sd = Math.sqrt(squares / n);
            for (const weights of coefficients)
                totals[f] += Math.abs(weights[j]) * sd;
        }
        column += width;
    });
    return normalisedImportances(features.map((feature) => feature.name), totals);
}

;// CONCATENATED MODULE: ./shared/learn/split-finder.ts

/**
 * The best split of one tree node from its gradient histograms, after scikit-learn's
 * HistGradientBoosting splitter (sklearn/ensemble/_hist_gradient_boosting/splitting.pyx, 1.2)
 * and LightGBM's (Ke et al., NeurIPS 2017).
 *
 * Gain of sending statistics (G_L, H_L) left and (G_R, H_R) right, for L2 strength λ:
 *   gain = G_L²/(H_L+λ) + G_R²/(H_R+λ) − (G_L+G_R)²/(H_L+H_R+λ)
 * (twice the loss reduction of the second-order approximation; sklearn's `_split_gain` with
 * its constant factor dropped, as it is). A split is admissible when both children keep at
 * least `minSamplesLeaf` rows and `minHessianToSplit` hessian, and its gain is > 0.
 *
 * Numeric features: thresholds between consecutive bins, scanned with missing values sent
 * right (plus the split "present left, missing right") and, when the node has missing values,
 * again with missing values sent left; the better gain decides the direction. When the node
 * has no missing value the direction is learned as "the child with more rows", which is where a
 * missing value at prediction time then goes (sklearn's rule for features without missing
 * training values).
 *
 * Categorical features (LightGBM's many-vs-many split, as sklearn implements it): categories
 * with at least MIN_CATEGORY_SUPPORT rows in the node are sorted by G/(H + CATEGORY_SMOOTHING),
 * and the split puts a prefix of that order (from either end, at most MAX_CATEGORY_THRESHOLD
 * categories and at most half of them) on the left. Rarer categories go right; missing values
 * take part as a category of their own.
 */
const HISTOGRAM_BINS = 256;
/** Doubles per histogram bin: sum of gradients, sum of hessians, row count. */
const BIN_STRIDE = 3;
const FEATURE_STRIDE = HISTOGRAM_BINS * BIN_STRIDE;
const MIN_CATEGORY_SUPPORT = 10;
const CATEGORY_SMOOTHING = 10;
const MAX_CATEGORY_THRESHOLD = 32;
/**
 * Best split of a node, or null when no admissible split has positive gain. `histogram` holds
 * FEATURE_STRIDE doubles per feature (see BIN_STRIDE).
 */
function findBestSplit(histogram, layout, totals, constraints) {
    const best = {
        gain: 0,
        feature: -1,
        bin: -1,
        missingLeft: false,
        categories: null,
        leftGradient: 0,
        leftHessian: 0,
        leftCount: 0
    };
    const featureCount = layout.binCounts.length;
    for (let f = 0; f < featureCount; f++) {
        if (layout.isCategorical[f] === 1)
            scanCategorical(histogram, f, layout, totals, constraints, best);
        else
            scanNumeric(histogram, f, layout.binCounts[f], totals, constraints, best);
    }
    if (best.feature < 0)
        return null;
    const offset = best.feature * FEATURE_STRIDE;
    const missingCount = histogram[offset + tree_binning/* MISSING_BIN */.v1 * BIN_STRIDE + 2];
    const goesLeft = new Uint8Array(HISTOGRAM_BINS);
    let missingLeft = best.missingLeft;
    if (best.categories === null) {
        for (let b = 0; b <= best.bin; b++)
            goesLeft[b] = 1;
    }
    else {
        missingLeft = false;
        for (const code of best.categories) {
            if (code === tree_binning/* MISSING_BIN */.v1)
                missingLeft = true;
            else
                goesLeft[code] = 1;
        }
    }
    if (missingCount === 0)
        missingLeft = best.leftCount > totals.count - best.leftCount;
    goesLeft[tree_binning/* MISSING_BIN */.v1] = missingLeft ? 1 : 0;
    return {
        gain: best.gain,
        feature: best.feature,
        goesLeft,
        missingLeft,
        bin: best.categories === null ? best.bin : -1,
        leftGradient: best.leftGradient,
        leftHessian: best.leftHessian,
        leftCount: best.leftCount
    };
}
function scanNumeric(histogram, f, binCount, totals, constraints, best) {
    const { minSamplesLeaf, minHessianToSplit, l2Regularization: l2 } = constraints;
    const { gradient: G, hessian: H, count: N } = totals;
    const parentTerm = (G * G) / (H + l2);
    const offset = f * FEATURE_STRIDE;
    const missing = offset + tree_binning/* MISSING_BIN */.v1 * BIN_STRIDE;
    const missingGradient = histogram[missing];
    const missingHessian = histogram[missing + 1];
    const missingCount = histogram[missing + 2];
    const consider = (gl, hl, cl, bin, missingLeft) => {
        const gr = G - gl;
        const hr = H - hl;
        const gain = (gl * gl) / (hl + l2) + (gr * gr) / (hr + l2) - parentTerm;
        if (gain > best.gain) {
            best.gain = gain;
            best.feature = f;
            best.bin = bin;
            best.missingLeft = missingLeft;
            best.categories = null;
            best.leftGradient = gl;
            best.leftHessian = hl;
            best.leftCount = cl;
        }
    };
    // Missing values (if any) to the right: left = value bins 0..b.
    let gl = 0;
    let hl = 0;
    let cl = 0;
    for (let b = 0; b < binCount - 1; b++) {
        const at = offset + b * BIN_STRIDE;
        gl += histogram[at];
        hl += histogram[at + 1];
        cl += histogram[at + 2];
        if (cl < minSamplesLeaf || hl < minHessianToSplit)
            continue;
        if (N - cl < minSamplesLeaf || H - hl < minHessianToSplit)
            break;
        consider(gl, hl, cl, b, false);
    }
    if (missingCount === 0)
        return;
    // Every present value left, only the missing ones right.
    const presentCount = N - missingCount;
    const presentHessian = H - missingHessian;
    if (presentCount >= minSamplesLeaf &&
        missingCount >= minSamplesLeaf &&
        presentHessian >= minHessianToSplit &&
        missingHessian >= minHessianToSplit) {
        consider(G - missingGradient, presentHessian, presentCount, binCount - 1, false);
    }
    // Missing values to the left: right = value bins b+1..binCount−1.
    let gr = 0;
    let hr = 0;
    let cr = 0;
    for (let b = binCount - 2; b >= 0; b--) {
        const at = offset + (b + 1) * BIN_STRIDE;
        gr += histogram[at];
        hr += histogram[at + 1];
        cr += histogram[at + 2];
        if (cr < minSamplesLeaf || hr < minHessianToSplit)
            continue;
        if (N - cr < minSamplesLeaf || H - hr < minHessianToSplit)
            break;
        consider(G - gr, H - hr, N - cr, b, true);
    }
}
function scanCategorical(histogram, f, layout, totals, constraints, best) {
    const { minSamplesLeaf, minHessianToSplit, l2Regularization: l2 } = constraints;
    const { gradient: G, hessian: H, count: N } = totals;
    const parentTerm = (G * G) / (H + l2);
    const offset = f * FEATURE_STRIDE;
    const used = [];
    const supported = (code) => {
        const at = offset + code * BIN_STRIDE;
        if (histogram[at + 2] >= MIN_CATEGORY_SUPPORT) {
            used.push({ code, order: histogram[at] / (histogram[at + 1] + CATEGORY_SMOOTHING) });
        }
    };
    for (let code = 0; code < layout.binCounts[f]; code++)
        supported(code);
    supported(tree_binning/* MISSING_BIN */.v1);
    if (used.length < 2)
        return;
    used.sort((a, b) => a.order - b.order || a.code - b.code);
    const maxLeft = Math.min(MAX_CATEGORY_THRESHOLD, (used.length + 1) >> 1);
    for (const descending of [false, true]) {
        let gl = 0;
        let hl = 0;
        let cl = 0;
        for (let i = 0; i < maxLeft; i++) {
            const code = used[descending ? used.length - 1 - i : i].code;
            const at = offset + code * BIN_STRIDE;
            gl += histogram[at];
            hl += histogram[at + 1];
            cl += histogram[at + 2];
            if (cl < minSamplesLeaf || hl < minHessianToSplit)
                continue;
            if (N - cl < minSamplesLeaf || H - hl < minHessianToSplit)
                break;
            const gr = G - gl;
            const hr = H - hl;
            const gain = (gl * gl) / (hl + l2) + (gr * gr) / (hr + l2) - parentTerm;
            if (gain > best.gain) {
                best.gain = gain;
                best.feature = f;
                best.bin = -1;
                best.missingLeft = false;
                best.categories = Array.from({ length: i + 1 }, (_, k) => descending ? used[used.length - 1 - k].code : used[k].code);
                best.leftGradient = gl;
                best.leftHessian = hl;
                best.leftCount = cl;
            }
        }
    }
}

;// CONCATENATED MODULE: ./shared/learn/tree-grower.ts

const VALUE_EPSILON = 1e-15; // sklearn's guard in compute_node_value
/** Grows trees on one binned training set, reusing its row-order and histogram buffers. */
class TreeGrower {
    data;
    layout;
    params;
    order;
    scratch;
    pool = [];
    constructor(data, layout, params) {
        this.data = data;
        this.layout = layout;
        this.params = params;
        const n = data.rowCount;
        this.order = new Int32Array(n);
        this.scratch = new Int32Array(n);
    }
    /**
     * Grows a tree on `gradient`/`hessian` (one per row), adds its leaf values to `raw` (one per
     * row) and the gain of each split to `featureGains[feature]`.
     */
    grow(gradient, hessian, raw, featureGains) {
        const { params } = this;
        const n = this.data.rowCount;
        for (let i = 0; i < n; i++)
            this.order[i] = i;
        const tree = {
            feature: [],
            bin: [],
            goesLeft: [],
            missingLeft: [],
            left: [],
            right: [],
            value: []
        };
        const leaves = [];
        let sumGradient = 0;
        let sumHessian = 0;
        for (let i = 0; i < n; i++) {
            sumGradient += gradient[i];
            sumHessian += hessian[i];
        }
        const root = this.addNode(tree, 0, n, sumGradient, sumHessian, 0);
        const splittable = [];
        if (this.canSplit(root)) {
            root.histogram = this.buildHistogram(root, gradient, hessian);
            if (this.prepareSplit(root))
                splittable.push(root);
        }
        if (root.split === null)
            leaves.push(root);
        let leafCount = 1;
        while (splittable.length > 0 && leafCount < params.maxLeafNodes) {
            let pick = 0;
            for (let k = 1; k < splittable.length; k++) {
                if (splittable[k].split.gain > splittable[pick].split.gain)
                    pick = k;
            }
            const node = splittable.splice(pick, 1)[0];
            const split = node.split;
            featureGains[split.feature] += split.gain;
            const leftEnd = this.partition(node, split);
            const left = this.addNode(tree, node.start, leftEnd, split.leftGradient, split.leftHessian, node.depth + 1);
            const right = this.addNode(tree, leftEnd, node.end, node.gradient - split.leftGradient, node.hessian - split.leftHessian, node.depth + 1);
            tree.feature[node.id] = split.feature;
            tree.bin[node.id] = split.bin;
            tree.goesLeft[node.id] = split.goesLeft;
            tree.missingLeft[node.id] = split.missingLeft;
            tree.left[node.id] = left.id;
            tree.right[node.id] = right.id;
            leafCount++;
            const room = leafCount < params.maxLeafNodes;
            const splitLeft = room && this.canSplit(left);
            const splitRight = room && this.canSplit(right);
            this.childHistograms(node, left, right, splitLeft, splitRight, gradient, hessian);
            for (const child of [left, right]) {
                if (child.histogram !== null && this.prepareSplit(child))
                    splittable.push(child);
                else
                    leaves.push(child);
                if (child.split === null)
                    this.release(child);
            }
        }
        for (const node of splittable) {
            this.release(node);
            leaves.push(node);
        }
        for (const leaf of leaves) {
            const value = (-params.learningRate * leaf.gradient) /
                (leaf.hessian + params.l2Regularization + VALUE_EPSILON);
            tree.value[leaf.id] = value;
            for (let i = leaf.start; i < leaf.end; i++)
                raw[this.order[i]] += value;
        }
        return tree;
    }
    addNode(tree, start, end, gradient, hessian, depth) {
        const id = tree.feature.length;
        tree.feature.push(-1);
        tree.bin.push(-1);
        tree.goesLeft.push(null);
        tree.missingLeft.push(false);
        tree.left.push(-1);
        tree.right.push(-1);
        tree.value.push(0);
        return { id, start, end, gradient, hessian, depth, histogram: null, split: null };
    }
    canSplit(node) {
        const { params } = this;
        return (node.depth < params.maxDepth &&
            node.end - node.start >= 2 * params.minSamplesLeaf &&
            node.hessian >= params.minHessianToSplit);
    }
    /** Finds the node's best split; false when it has none. */
    prepareSplit(node) {
        node.split = findBestSplit(node.histogram, this.layout, { gradient: node.gradient, hessian: node.hessian, count: node.end - node.start }, this.params);
        return node.split !== null;
    }
    /**
     * Histograms for the children that will look for a split: the smaller child's from its rows,
     * the larger child's as parent − smaller, computed in the parent's buffer.
     */
    childHistograms(parent, left, right, splitLeft, splitRight, gradient, hessian) {
        const parentHistogram = parent.histogram;
        parent.histogram = null;
        if (!splitLeft && !splitRight) {
            this.pool.push(parentHistogram);
            return;
        }
        const leftIsSmaller = left.end - left.start <= right.end - right.start;
        const smaller = leftIsSmaller ? left : right;
        const larger = leftIsSmaller ? right : left;
        const splitLarger = leftIsSmaller ? splitRight : splitLeft;
        const smallerSplits = leftIsSmaller ? splitLeft : splitRight;
        const smallerHistogram = this.buildHistogram(smaller, gradient, hessian);
        if (splitLarger) {
            for (let k = 0; k < parentHistogram.length; k++) {
                parentHistogram[k] -= smallerHistogram[k];
            }
            larger.histogram = parentHistogram;
        }
        else {
            this.pool.push(parentHistogram);
        }
        if (smallerSplits)
            smaller.histogram = smallerHistogram;
        else
            this.pool.push(smallerHistogram);
    }
    release(node) {
        if (node.histogram !== null) {
            this.pool.push(node.histogram);
            node.histogram = null;
        }
    }
    buildHistogram(node, gradient, hessian) {
        const featureCount = this.layout.binCounts.length;
        const histogram = this.pool.pop() ?? new Float64Array(featureCount * FEATURE_STRIDE);
        histogram.fill(0);
        const { bins } = this.data;
        const { start, end } = node;
        const { order } = this;
        for (let k = start; k < end; k++) {
            const row = order[k];
            const g = gradient[row];
            const h = hessian[row];
            let cell = row * featureCount;
            const rowEnd = cell + featureCount;
            for (let base = 0; cell < rowEnd; cell++, base += FEATURE_STRIDE) {
                const at = base + bins[cell] * BIN_STRIDE;
                histogram[at] += g;
                histogram[at + 1] += h;
                histogram[at + 2] += 1;
            }
        }
        return histogram;
    }
    /** Stable in-place partition of the node's rows; returns the end of the left block. */
    partition(node, split) {
        const { order, scratch } = this;
        const { bins, featureCount } = this.data;
        const feature = split.feature;
        const goesLeft = split.goesLeft;
        let write = node.start;
        let parked = 0;
        for (let i = node.start; i < node.end; i++) {
            // Branch-free: the side is a coin toss the CPU cannot predict, so write both and advance one.
            const row = order[i];
            const left = goesLeft[bins[row * featureCount + feature]];
            order[write] = row;
            scratch[parked] = row;
            write += left;
            parked += 1 - left;
        }
        for (let k = 0; k < parked; k++)
            order[write + k] = scratch[k];
        return write;
    }
}
/** Raw-score contribution of a grown tree for row i of binned rows (bin space traversal). */
function grownTreeValue(tree, rows, i) {
    const { bins, featureCount } = rows;
    let node = 0;
    while (tree.feature[node] >= 0) {
        const bin = bins[i * featureCount + tree.feature[node]];
        node = tree.goesLeft[node][bin] === 1 ? tree.left[node] : tree.right[node];
    }
    return tree.value[node];
}

;// CONCATENATED MODULE: ./shared/learn/gradient-boosting.ts

/**
 * Boosts on binned training rows; `validation` (binned with the same binning) is only monitored,
 * for early stopping. Returns the trees in bin space (tree-export.ts restates them on raw values).
 * `onIteration` (iterations done, maximum) drives a progress bar; it does not change the result.
 */
function fitGradientBoosting(train, validation, layout, loss, params, onIteration) {
    const n = train.rowCount;
    const K = loss.outputs;
    const baseline = loss.baseline(train.target);
    const raw = outputMajor(baseline, n);
    const gradient = new Float64Array(K * n);
    const hessian = new Float64Array(K * n);
    const monitored = validation !== null && validation.rowCount > 0 ? validation : null;
    const monitoredRaw = monitored === null ? null : outputMajor(baseline, monitored.rowCount);
    const grower = new TreeGrower(train, layout, params);
    const featureGains = new Float64Array(layout.binCounts.length);
    const trees = [];
    const monitoredLosses = [];
    const monitorLoss = () => {
        monitoredLosses.push(monitored === null
            ? loss.meanLoss(train.target, raw)
            : loss.meanLoss(monitored.target, monitoredRaw));
    };
    if (params.earlyStopping)
        monitorLoss();
    let stoppedEarly = false;
    for (let iteration = 0; iteration < params.maxIterations; iteration++) {
        loss.gradients(train.target, raw, gradient, hessian);
        const iterationTrees = [];
        for (let k = 0; k < K; k++) {
            const tree = grower.grow(gradient.subarray(k * n, (k + 1) * n), hessian.subarray(k * n, (k + 1) * n), raw.subarray(k * n, (k + 1) * n), featureGains);
            iterationTrees.push(tree);
            if (monitored !== null) {
                const m = monitored.rowCount;
                for (let i = 0; i < m; i++) {
                    monitoredRaw[k * m + i] += grownTreeValue(tree, monitored, i);
                }
            }
        }
        trees.push(iterationTrees);
        onIteration?.(iteration + 1, params.maxIterations);
        if (params.earlyStopping) {
            monitorLoss();
            if (shouldStop(monitoredLosses, params.nIterNoChange, params.tolerance)) {
                stoppedEarly = true;
                break;
            }
        }
    }
    return { baseline, trees, featureGains, monitoredLosses, stoppedEarly };
}
/** sklearn's `_should_stop`, on losses (lower is better) instead of scores. */
function shouldStop(losses, nIterNoChange, tol) {
    const referencePosition = nIterNoChange + 1;
    if (losses.length < referencePosition)
        return false;
    const reference = losses[losses.length - referencePosition] - tol;
    for (let k = losses.length - referencePosition + 1; k < losses.length; k++) {
        if (losses[k] < reference)
            return false;
    }
    return true;
}
function outputMajor(baseline, n) {
    const raw = new Float64Array(baseline.length * n);
    baseline.forEach((value, k) => raw.fill(value, k * n, (k + 1) * n));
    return raw;
}

;// CONCATENATED MODULE: ./shared/learn/model-header.ts

/** The common fields of a model file. */
function modelHeader(base, algorithm, params, features) {
    return {
        format: model_format/* MODEL_FORMAT */.GS,
        formatVersion: model_format/* MODEL_FORMAT_VERSION */.zk,
        algorithm,
        task: base.task,
        target: base.target,
        classes: base.classes,
        features,
        params: { ...params },
        training: base.summary
    };
}
/** A plain array with −0 written as 0, so the JSON round trip is exact (JSON has no −0). */
function plainNumbers(values) {
    return Array.from(values, (value) => (value === 0 ? 0 : value));
}

;// CONCATENATED MODULE: ./shared/learn/tree-export.ts

/**
 * A tree grown in bin space, restated in terms of raw values for the model file: a numeric split
 * "bin ≤ b" becomes "value ≤ thresholds[b]" (exact, by how bins are assigned; see
 * tree-binning.ts), the split "every present value left" gets threshold MISSING_ONLY_THRESHOLD,
 * and a categorical split lists the category codes sent left.
 */
function exportTree(tree, binnings) {
    const json = {
        feature: [],
        threshold: [],
        leftCategories: [],
        missingLeft: [],
        left: [],
        right: [],
        value: []
    };
    for (let node = 0; node < tree.feature.length; node++) {
        const feature = tree.feature[node];
        json.feature.push(feature);
        json.left.push(tree.left[node]);
        json.right.push(tree.right[node]);
        json.missingLeft.push(tree.missingLeft[node]);
        json.value.push(tree.value[node]);
        if (feature < 0) {
            json.threshold.push(0);
            json.leftCategories.push(null);
            continue;
        }
        const binning = binnings[feature];
        if (binning.kind === 'numeric') {
            const bin = tree.bin[node];
            json.threshold.push(bin < binning.thresholds.length ? binning.thresholds[bin] : tree_binning/* MISSING_ONLY_THRESHOLD */.wm);
            json.leftCategories.push(null);
        }
        else {
            const goesLeft = tree.goesLeft[node];
            const codes = [];
            for (let code = 0; code < binning.binCount && code < tree_binning/* MISSING_BIN */.v1; code++) {
                if (goesLeft[code] === 1)
                    codes.push(code);
            }
            json.threshold.push(0);
            json.leftCategories.push(codes);
        }
    }
    return json;
}

;// CONCATENATED MODULE: ./shared/learn/train-gbdt.ts






const MIN_HESSIAN_TO_SPLIT = 1e-3; // sklearn's default min_hessian_to_split
/**
 * Fits gradient-boosted trees: bins the features on the training rows, boosts (monitoring the
 * validation rows for early stopping when there are any), and writes the model file with the
 * trees restated on raw values. `early_stopping` arrives already resolved from 'auto'.
 */
function trainGbdt(base, columns, trainRows, trainTarget, validationRows, validationTarget, params, onIteration) {
    const binnings = (0,tree_binning/* fitTreeBinning */.VD)(columns, trainRows, params.max_bins, base.summary.seed);
    const layout = {
        binCounts: Int32Array.from(binnings, (binning) => binning.binCount),
        isCategorical: Uint8Array.from(binnings, (binning) => (binning.kind === 'categorical' ? 1 : 0))
    };
    const classCount = base.classes?.length ?? 0;
    const result = fitGradientBoosting({
        bins: (0,tree_binning/* binColumns */.Fi)(binnings, columns, trainRows),
        rowCount: trainRows.length,
        featureCount: binnings.length,
        target: trainTarget
    }, validationRows.length === 0
        ? null
        : {
            bins: (0,tree_binning/* binColumns */.Fi)(binnings, columns, validationRows),
            rowCount: validationRows.length,
            featureCount: binnings.length,
            target: validationTarget
        }, layout, boostingLoss(base.task, classCount), {
        learningRate: params.learning_rate,
        maxIterations: params.max_iter,
        maxLeafNodes: params.max_leaf_nodes,
        maxDepth: params.max_depth ?? Infinity,
        minSamplesLeaf: params.min_samples_leaf,
        l2Regularization: params.l2_regularization,
        minHessianToSplit: MIN_HESSIAN_TO_SPLIT,
        earlyStopping: params.early_stopping,
        nIterNoChange: params.n_iter_no_change,
        tolerance: params.tol
    }, onIteration);
    const features = columns.map((column, f) => ({
        name: column.name,
        kind: column.kind,
        encoding: binnings[f].encoding
    }));
    const trees = result.trees.map((iteration) => iteration.map((tree) => {
        const json = exportTree(tree, binnings);
        json.value = plainNumbers(json.value);
        json.threshold = plainNumbers(json.threshold);
        return json;
    }));
    return {
        ...modelHeader(base, 'gbdt', params, features),
        featureImportances: normalisedImportances(features.map((feature) => feature.name), result.featureGains),
        algorithm: 'gbdt',
        gbdt: { baseline: plainNumbers(result.baseline), trees }
    };
}

;// CONCATENATED MODULE: ./shared/learn/cholesky.ts
/**
 * Cholesky factorisation A = L·Lᵀ of a symmetric positive-definite matrix and the matching
 * solve (Golub & Van Loan, "Matrix Computations", 4th ed., Algorithm 4.2.1, the column-by-column
 * "gaxpy" form). Used for the normal equations of (ridge) least squares, where A is a Gram matrix
 * plus a ridge: symmetric, and positive definite unless the columns are collinear.
 */
/**
 * The lower-triangular factor L of the row-major p×p matrix `a` (only its lower triangle is
 * read), or null when a pivot is not clearly positive: when pivot² ≤ `relativePivotTolerance`
 * times the diagonal entry it came from, column j is (numerically) a combination of the
 * columns before it, and the caller has a rank-deficient problem to handle.
 */
function choleskyFactor(a, p, relativePivotTolerance = 1e-10) {
    const factor = new Float64Array(p * p);
    for (let j = 0; j < p; j++) {
        let diagonal = a[j * p + j];
        for (let k = 0; k < j; k++)
            diagonal -= factor[j * p + k] ** 2;
        if (!(diagonal > relativePivotTolerance * Math.abs(a[j * p + j])) || !(diagonal > 0)) {
            return null;
        }
        const pivot = Math.sqrt(diagonal);
        factor[j * p + j] = pivot;
        for (let i = j + 1; i < p; i++) {
            let sum = a[i * p + j];
            for (let k = 0; k < j; k++)
                sum -= factor[i * p + k] * factor[j * p + k];
            factor[i * p + j] = sum / pivot;
        }
    }
    return factor;
}
/** Solves L·Lᵀ·x = b by forward then back substitution. */
function choleskySolve(factor, p, b) {
    const z = new Float64Array(p);
    for (let i = 0; i < p; i++) {
        let sum = b[i];
        for (let k = 0; k < i; k++)
            sum -= factor[i * p + k] * z[k];
        z[i] = sum / factor[i * p + i];
    }
    const x = new Float64Array(p);
    for (let i = p - 1; i >= 0; i--) {
        let sum = z[i];
        for (let k = i + 1; k < p; k++)
            sum -= factor[k * p + i] * x[k];
        x[i] = sum / factor[i * p + i];
    }
    return x;
}

;// CONCATENATED MODULE: ./shared/learn/linear-regression.ts

/**
 * Least squares with an optional ridge, in scikit-learn's parameterisation (Ridge / and
 * LinearRegression for alpha = 0): minimise ‖y − X·w − b‖² + alpha·‖w‖², the intercept b
 * unpenalised. Closed form on centred data (sklearn's `_preprocess_data` route): with
 * Xc = X − x̄ and yc = y − ȳ, w solves (XcᵀXc + alpha·I)·w = Xcᵀyc and b = ȳ − x̄·w; the normal
 * equations are solved by Cholesky.
 *
 * Rank deficiency (collinear columns — e.g. a full one-hot block, whose columns sum to the
 * intercept's): the Cholesky pivot test fails, and the solve is repeated with a tiny ridge
 * λ = 1e-10 · trace(XcᵀXc)/p added. As λ → 0 the ridge solution tends to the minimum-norm
 * least-squares solution, which is what sklearn's LinearRegression (scipy lstsq) returns, so
 * predictions agree and coefficients agree to ~λ/σ²_min. The caller reports that this happened.
 */
const RANK_DEFICIENCY_RIDGE = 1e-10;
/** Least squares (alpha = 0) or ridge on an encoded design matrix; `target` one value per row. */
function fitLinearRegression(design, target, alpha) {
    const { values: X, rowCount: n, columnCount: p } = design;
    const columnMeans = new Float64Array(p);
    let targetMean = 0;
    for (let i = 0; i < n; i++) {
        targetMean += target[i];
        for (let j = 0; j < p; j++)
            columnMeans[j] += X[i * p + j];
    }
    targetMean /= n;
    for (let j = 0; j < p; j++)
        columnMeans[j] /= n;
    // Gram matrix (lower triangle) and right-hand side of the centred problem.
    const gram = new Float64Array(p * p);
    const rhs = new Float64Array(p);
    const row = new Float64Array(p);
    for (let i = 0; i < n; i++) {
        for (let j = 0; j < p; j++)
            row[j] = X[i * p + j] - columnMeans[j];
        const y = target[i] - targetMean;
        for (let j = 0; j < p; j++) {
            const xj = row[j];
            if (xj === 0)
                continue;
            rhs[j] += xj * y;
            const base = j * p;
            for (let k = 0; k <= j; k++)
                gram[base + k] += xj * row[k];
        }
    }
    for (let j = 0; j < p; j++)
        gram[j * p + j] += alpha;
    let addedRidge = 0;
    let factor = p === 0 ? new Float64Array(0) : choleskyFactor(gram, p);
    if (factor === null) {
        let trace = 0;
        for (let j = 0; j < p; j++)
            trace += gram[j * p + j];
        addedRidge = (RANK_DEFICIENCY_RIDGE * trace) / p;
        for (let j = 0; j < p; j++)
            gram[j * p + j] += addedRidge;
        factor = choleskyFactor(gram, p, 0);
        if (factor === null)
            throw new Error('least squares: the Gram matrix is not positive definite');
    }
    const coefficients = choleskySolve(factor, p, rhs);
    let intercept = targetMean;
    for (let j = 0; j < p; j++)
        intercept -= columnMeans[j] * coefficients[j];
    return { coefficients, intercept, addedRidge };
}

;// CONCATENATED MODULE: ./shared/learn/train-linear.ts






/**
 * Fits a linear model (logistic or least squares) on the training rows: learns the encoding,
 * drops features that encode to nothing, solves, and writes the model file. Returns the columns
 * of the features the model kept, aligned with its `features`.
 */
function trainLinear(base, algorithm, params, columns, trainRows, trainTarget) {
    const fitted = (0,linear_encoding/* fitLinearEncoding */.yy)(columns, trainRows, params.max_categories);
    base.warnings.push(...fitted.warnings);
    const keep = fitted.features.map((feature) => (0,linear_encoding/* encodedWidth */.vw)(feature.encoding) > 0);
    const features = fitted.features.filter((_, f) => keep[f]);
    const keptColumns = columns.filter((_, f) => keep[f]);
    if (features.length === 0) {
        throw new errors/* InputError */.dz({ field: base.target }, 'no usable feature columns: every feature is constant on the training rows');
    }
    const design = (0,linear_encoding/* encodeLinear */.cY)(features, keptColumns, trainRows);
    let coefficients;
    let intercepts;
    if (algorithm === 'logistic-regression') {
        const lr = params;
        const fit = (0,logistic_regression/* fitLogisticRegression */.xf)(design, trainTarget, base.classes.length, {
            C: lr.C,
            tolerance: lr.tol,
            maxIterations: lr.max_iter
        });
        if (!fit.converged) {
            base.warnings.push(`logistic regression did not converge in ${fit.iterations} iterations (largest gradient ` +
                `${fit.gradientNorm.toExponential(2)} > tol ${lr.tol}); raise max_iter or tol`);
        }
        coefficients = fit.coefficients;
        intercepts = fit.intercepts;
    }
    else {
        const fit = fitLinearRegression(design, trainTarget, params.alpha);
        if (fit.addedRidge > 0) {
            base.warnings.push('the encoded features are collinear (e.g. a one-hot block, or duplicated columns); a ' +
                `ridge of ${fit.addedRidge.toExponential(2)} was added to solve, which gives ` +
                'approximately the minimum-norm least-squares solution');
        }
        coefficients = [fit.coefficients];
        intercepts = [fit.intercept];
    }
    const model = {
        ...modelHeader(base, algorithm, params, features),
        featureImportances: linearImportances(features, coefficients, design),
        algorithm,
        linear: {
            columns: (0,linear_encoding/* encodedColumnNames */.ZO)(features),
            coefficients: coefficients.map(plainNumbers),
            intercepts: plainNumbers(intercepts)
        }
    };
    return { model, columns: keptColumns };
}

// EXTERNAL MODULE: ./shared/stats/random.ts
var stats_random = __webpack_require__(73251);
;// CONCATENATED MODULE: ./shared/learn/validation-split.ts


/**
 * The seeded train/validation split. Reproducible for a seed on every platform (mulberry32, as
 * stats-reference.md §3.3 pins for all of Tollgate's randomness), and stratified for
 * classification so a rare class is held out in proportion instead of by luck.
 */
const DEFAULT_VALIDATION_FRACTION = 0.2;
/** Fewer usable rows than this cannot give a validation split worth reporting. */
const MIN_ROWS_FOR_VALIDATION = 10;
/**
 * Splits `rowCount` usable rows. The validation size is ceil(fraction·n) as sklearn's
 * train_test_split sizes its test set. With `classCodes` (classification) every class is split
 * on its own: class c with n_c rows contributes floor(fraction·n_c) rows, and the rows still
 * owed to reach the total go to the classes with the largest remainders (ties: the lower class
 * code), the largest-remainder allocation sklearn's StratifiedShuffleSplit approximates. Within a
 * class (or the whole set, for regression) the rows are Fisher–Yates shuffled with
 * mulberry32(seed) and the first ones are held out.
 *
 * `targetName` names the column in errors: too few rows, or a class with a single row (it could
 * not be in both splits; sklearn refuses the same).
 */
function splitTrainValidation(rowCount, fraction, seed, targetName, classCodes, classNames) {
    if (!(fraction >= 0 && fraction < 1)) {
        throw new errors/* UsageError */.eb(`validation fraction must be in [0, 1), got ${fraction}`);
    }
    if (fraction === 0) {
        return {
            train: Int32Array.from({ length: rowCount }, (_, i) => i),
            validation: new Int32Array(0)
        };
    }
    if (rowCount < MIN_ROWS_FOR_VALIDATION) {
        throw new errors/* InputError */.dz({ field: targetName }, `only ${rowCount} rows have a target value; holding out a validation split needs at ` +
            `least ${MIN_ROWS_FOR_VALIDATION} (or set the validation fraction to 0)`);
    }
    const validationSize = Math.ceil(fraction * rowCount);
    if (rowCount - validationSize < 2) {
        throw new errors/* InputError */.dz({ field: targetName }, `a validation fraction of ${fraction} leaves ${rowCount - validationSize} of ${rowCount} ` +
            'rows for training; lower the fraction');
    }
    const random = (0,stats_random/* mulberry32 */.s)(seed);
    const groups = classCodes === undefined ? [allRows(rowCount)] : rowsByClass(classCodes);
    if (classCodes !== undefined) {
        groups.forEach((rows, code) => {
            if (rows.length === 1) {
                const label = classNames?.[code] ?? code;
                throw new errors/* InputError */.dz({ field: targetName }, `class ${JSON.stringify(label)} has a single row; stratified validation needs at ` +
                    'least 2 rows per class (or set the validation fraction to 0)');
            }
        });
    }
    const quotas = allocate(groups.map((rows) => rows.length), fraction, validationSize);
    const isValidation = new Uint8Array(rowCount);
    groups.forEach((rows, g) => {
        shuffle(rows, random);
        for (let k = 0; k < quotas[g]; k++)
            isValidation[rows[k]] = 1;
    });
    const train = [];
    const validation = [];
    for (let i = 0; i < rowCount; i++)
        (isValidation[i] === 1 ? validation : train).push(i);
    return { train: Int32Array.from(train), validation: Int32Array.from(validation) };
}
function allRows(count) {
    return Array.from({ length: count }, (_, i) => i);
}
function rowsByClass(codes) {
    const groups = [];
    for (let i = 0; i < codes.length; i++) {
        const code = codes[i];
        while (groups.length <= code)
            groups.push([]);
        groups[code].push(i);
    }
    return groups;
}
/** Largest-remainder allocation of `total` held-out rows over groups of the given sizes. */
function allocate(sizes, fraction, total) {
    const quotas = sizes.map((size) => Math.floor(fraction * size));
    let owed = total - quotas.reduce((sum, quota) => sum + quota, 0);
    const order = sizes
        .map((size, g) => ({ g, remainder: fraction * size - Math.floor(fraction * size) }))
        .sort((a, b) => b.remainder - a.remainder || a.g - b.g);
    for (const { g } of order) {
        if (owed <= 0)
            break;
        // Keep at least one row of every class for training.
        if (quotas[g] < sizes[g] - 1) {
            quotas[g]++;
            owed--;
        }
    }
    return quotas;
}
/** In-place Fisher–Yates shuffle (Knuth, TAOCP vol. 2 §3.4.2, algorithm P). */
function shuffle(values, random) {
    for (let i = values.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        const held = values[i];
        values[i] = values[j];
        values[j] = held;
    }
}

;// CONCATENATED MODULE: ./shared/learn/train.ts












/**
 * Rows (with a target, validation rows included) above which early_stopping='auto' turns early
 * stopping on — sklearn's `n_samples > 10000` rule.
 */
const AUTO_EARLY_STOPPING_ROWS = 10_000;
/**
 * Trains one model. Throws InputError (naming the column, and the row where there is one) for
 * data that cannot be learned from — missing target column, constant or empty target, a
 * non-number in a numeric column, no usable feature, too few rows to hold out a validation split
 * — and UsageError for bad options, before anything is fitted: a caller that registers the
 * returned model never sees a half-made one.
 */
function train(options) {
    const { table, target, algorithm } = options;
    if (!model_format/* ALGORITHMS */.TM.includes(algorithm)) {
        const suggestion = (0,closest_name/* closestName */.N)(String(algorithm), model_format/* ALGORITHMS */.TM);
        throw new errors/* UsageError */.eb(`unknown algorithm ${JSON.stringify(algorithm)}` +
            (suggestion === undefined ? '' : ` (did you mean ${JSON.stringify(suggestion)}?)`) +
            `; expected one of ${model_format/* ALGORITHMS */.TM.join(', ')}`);
    }
    const params = resolveParams(algorithm, options.params);
    const seed = options.seed ?? 0;
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
        throw new errors/* UsageError */.eb(`seed must be an integer from 0 to 4294967295, got ${seed}`);
    }
    if (options.validationRows !== undefined && options.validationFraction !== undefined) {
        throw new errors/* UsageError */.eb('give either validation rows or a validation fraction, not both');
    }
    const total = (0,data_table/* tableRowCount */.Ki)(table);
    const targetColumn = (0,data_table/* findColumn */.kn)(table, target);
    if (targetColumn === undefined) {
        const names = table.columns.map((column) => column.name);
        const suggestion = (0,closest_name/* closestName */.N)(target, names);
        throw new errors/* InputError */.dz({ field: target }, 'the training data has no target column of that name' +
            (suggestion === undefined ? '' : ` (did you mean ${JSON.stringify(suggestion)}?)`) +
            `; its columns are ${names.map((name) => JSON.stringify(name)).join(', ')}`);
    }
    const candidateColumns = selectFeatureColumns(table, target, options.features);
    (0,data_table/* checkColumnValues */.T_)(targetColumn);
    candidateColumns.forEach(data_table/* checkColumnValues */.T_);
    const warnings = [];
    const prepared = (0,learning_task/* prepareTarget */.zb)(targetColumn, options.task);
    if (prepared.droppedMissing > 0) {
        warnings.push(`dropped ${prepared.droppedMissing} of ${total} rows whose target ` +
            `${JSON.stringify(target)} is missing`);
    }
    checkAlgorithmFitsTask(algorithm, prepared.task, target);
    const columns = usableFeatureColumns(candidateColumns, prepared.rows, warnings, target);
    const split = options.validationRows === undefined
        ? splitTrainValidation(prepared.rows.length, options.validationFraction ?? DEFAULT_VALIDATION_FRACTION, seed, target, prepared.task === 'regression' ? undefined : prepared.values, prepared.classes ?? undefined)
        : explicitSplit(prepared, options.validationRows, total, target);
    const trainRows = Int32Array.from(split.train, (position) => prepared.rows[position]);
    const validationRows = Int32Array.from(split.validation, (position) => prepared.rows[position]);
    const trainTarget = Float64Array.from(split.train, (position) => prepared.values[position]);
    const validationTarget = Float64Array.from(split.validation, (position) => prepared.values[position]);
    const summary = {
        seed,
        validationFraction: options.validationRows === undefined
            ? (options.validationFraction ?? DEFAULT_VALIDATION_FRACTION)
            : null,
        rows: { train: trainRows.length, validation: validationRows.length }
    };
    const base = {
        target,
        task: prepared.task,
        classes: prepared.classes,
        summary,
        warnings
    };
    let model;
    let modelColumns;
    if (algorithm === 'gbdt') {
        const gbdtParams = params;
        const earlyStopping = gbdtParams.early_stopping;
        model = trainGbdt(base, columns, trainRows, trainTarget, validationRows, validationTarget, {
            ...gbdtParams,
            early_stopping: earlyStopping === 'auto' ? prepared.rows.length > AUTO_EARLY_STOPPING_ROWS : earlyStopping
        }, options.onProgress);
        modelColumns = columns;
    }
    else {
        const fitted = trainLinear(base, algorithm, params, columns, trainRows, trainTarget);
        model = fitted.model;
        modelColumns = fitted.columns;
    }
    const trainingMetrics = modelMetrics(prepared.task, trainTarget, (0,predict/* predictColumns */.Lv)(model, modelColumns, trainRows));
    const validationMetrics = validationRows.length === 0
        ? null
        : modelMetrics(prepared.task, validationTarget, (0,predict/* predictColumns */.Lv)(model, modelColumns, validationRows));
    return {
        model,
        trainingMetrics,
        validationMetrics,
        featureImportances: model.featureImportances,
        warnings,
        rowCounts: {
            total,
            droppedMissingTarget: prepared.droppedMissing,
            train: trainRows.length,
            validation: validationRows.length
        }
    };
}
function checkAlgorithmFitsTask(algorithm, task, target) {
    if (algorithm === 'logistic-regression' && task === 'regression') {
        throw new errors/* UsageError */.eb(`logistic-regression is a classifier, but target ${JSON.stringify(target)} is a ` +
            'regression target (continuous numbers); use linear-regression or gbdt, or set the task ' +
            'to binary or multiclass');
    }
    if (algorithm === 'linear-regression' && task !== 'regression') {
        throw new errors/* UsageError */.eb(`linear-regression predicts numbers, but target ${JSON.stringify(target)} is a ${task} ` +
            'classification target; use logistic-regression or gbdt, or set the task to regression');
    }
}
/** Positions (into the usable rows) of a caller-chosen validation set. */
function explicitSplit(prepared, chosen, total, target) {
    const positionOf = new Int32Array(total).fill(-1);
    prepared.rows.forEach((row, position) => (positionOf[row] = position));
    const isValidation = new Uint8Array(prepared.rows.length);
    for (let k = 0; k < chosen.length; k++) {
        const row = chosen[k];
        if (!Number.isInteger(row) || row < 0 || row >= total) {
            throw new errors/* UsageError */.eb(`validation row ${row} is not a row index from 0 to ${total - 1}`);
        }
        if (positionOf[row] >= 0)
            isValidation[positionOf[row]] = 1;
    }
    const train = [];
    const validation = [];
    isValidation.forEach((flag, position) => (flag === 1 ? validation : train).push(position));
    if (train.length < 2) {
        throw new errors/* InputError */.dz({ field: target }, `the chosen validation rows leave ${train.length} rows with a target for training`);
    }
    return { train: Int32Array.from(train), validation: Int32Array.from(validation) };
}

// EXTERNAL MODULE: ./shared/lineage/run-id.ts
var run_id = __webpack_require__(8315);
// EXTERNAL MODULE: ./shared/registry/model-bundle.ts + 2 modules
var model_bundle = __webpack_require__(61705);
// EXTERNAL MODULE: ./shared/store/bundle-manifest.ts
var bundle_manifest = __webpack_require__(95854);
// EXTERNAL MODULE: ./shared/store/canonical-json.ts
var canonical_json = __webpack_require__(92113);
// EXTERNAL MODULE: ./shared/version.ts
var version = __webpack_require__(84402);
;// CONCATENATED MODULE: ./shared/report/train-report.ts
/**
 * The JSON report of a training run (`report-path`; schema in
 * shared/report/schemas/train-report.schema.json). It repeats what the output directory's files
 * say in one document for other tools, plus what only the run knows (warnings, row counts).
 */
const TRAIN_REPORT_SCHEMA = 'tollgate.train-report/1';
/**
 * The finite metric values of a learner's metric map: a metric that is undefined on the rows
 * (ROC AUC of a one-class validation set) is left out of metrics.json, which holds numbers only.
 */
function finiteMetrics(values) {
    const result = {};
    for (const [name, value] of Object.entries(values)) {
        if (typeof value === 'number' && Number.isFinite(value))
            result[name] = value;
    }
    return result;
}

// EXTERNAL MODULE: ./shared/operations/profile-data.ts
var profile_data = __webpack_require__(30429);
// EXTERNAL MODULE: ./shared/operations/train-lineage.ts
var train_lineage = __webpack_require__(55083);
// EXTERNAL MODULE: ./shared/learn/column-from-text.ts
var column_from_text = __webpack_require__(26920);
;// CONCATENATED MODULE: ./shared/operations/train-table.ts



/**
 * Turns the cells of a training file into the learners' columns. A column is numeric when its
 * values are numbers; a column that is mostly numbers with a stray word ("12", "7", "n/a?",
 * "15") is an error naming the row — read silently as categories, it would turn a measurement
 * into hundreds of unrelated levels and train a much worse model without a word. Columns the
 * user lists as `categorical` are taken as categories whatever they hold (codes such as ZIP codes).
 */
function trainingTable(cells, options = {}) {
    const categorical = new Set(options.categorical ?? []);
    for (const name of categorical) {
        if (!cells.header.includes(name)) {
            const suggestion = (0,closest_name/* closestName */.N)(name, cells.header);
            throw new errors/* UsageError */.eb(`categorical column ${JSON.stringify(name)} is not in the training data` +
                (suggestion === undefined ? '' : ` (did you mean ${JSON.stringify(suggestion)}?)`) +
                `; its columns are ${cells.header.map((column) => JSON.stringify(column)).join(', ')}`);
        }
    }
    const file = cells.files.length === 1 ? cells.files[0] : undefined;
    const columns = cells.header.map((name, k) => {
        const values = cells.cells[k];
        if (categorical.has(name))
            return (0,column_from_text/* columnFromText */.ic)(name, values, 'categorical');
        const { present, numbers, firstOther } = countNumbers(values);
        if (present > 0 && numbers === present)
            return (0,column_from_text/* columnFromText */.ic)(name, values, 'numeric');
        if (numbers * 2 > present && firstOther !== undefined) {
            throw new errors/* InputError */.dz({ ...(file === undefined ? {} : { file }), row: firstOther + 1, field: name }, `expected a number: ${numbers} of the ${present} values in this column are numbers, but ` +
                `this row holds ${JSON.stringify(values[firstOther])}. Fix the value (or leave it empty ` +
                'for a missing value), or list the column as categorical to treat every value as a ' +
                'category.');
        }
        return (0,column_from_text/* columnFromText */.ic)(name, values, 'categorical');
    });
    return { columns };
}
function countNumbers(values) {
    let present = 0;
    let numbers = 0;
    let firstOther;
    for (let i = 0; i < values.length; i++) {
        const cell = values[i];
        if ((0,column_from_text/* isMissingCell */.lz)(cell))
            continue;
        present++;
        if (Number.isFinite((0,column_from_text/* parseDecimalCell */.zY)(cell)))
            numbers++;
        else if (firstOther === undefined)
            firstOther = i;
    }
    return { present, numbers, firstOther };
}

// EXTERNAL MODULE: ./shared/operations/train-metrics-file.ts
var train_metrics_file = __webpack_require__(95354);
// EXTERNAL MODULE: ./shared/operations/train-output.ts
var train_output = __webpack_require__(40625);
;// CONCATENATED MODULE: ./shared/operations/train-model.ts























/** The TOLLGATE_* variables a training command receives (documented in actions/train/README.md). */
const COMMAND_ENVIRONMENT = (/* unused pure expression or super */ null && ([
    'TOLLGATE_DATA',
    'TOLLGATE_DATA_FORMAT',
    'TOLLGATE_TARGET',
    'TOLLGATE_OUTPUT_DIR',
    'TOLLGATE_PARAMS',
    'TOLLGATE_SEED',
    'TOLLGATE_VALIDATION_FRACTION',
    'TOLLGATE_TASK',
    'TOLLGATE_FEATURES',
    'TOLLGATE_CATEGORICAL',
    'TOLLGATE_RUN_ID'
]));
async function trainModel(request) {
    const cwd = request.cwd ?? process.cwd();
    const env = request.env ?? process.env;
    const clock = request.clock ?? Date.now;
    checkRequest(request);
    const startedAt = clock();
    const staging = await (0,train_output/* stageTrainingOutput */.ou)(request.output, cwd);
    try {
        const files = (0,data_files/* resolveDataFiles */.A6)(request.data, request.format ?? 'auto');
        // The header first: a wrong target name should not wait for a scan of gigabytes.
        const { header } = await (0,table_scan/* readTableHeader */.C)({ files, delimiter: request.delimiter, threads: 1 });
        checkTargetColumn(request.target, header, files);
        const code = (0,run_provenance/* codeVersion */.iq)(cwd, env);
        const context = (0,run_provenance/* lineageContextFor */.I7)('train', {
            env,
            ...(code.commit === undefined ? {} : { commit: code.commit })
        });
        const runId = (0,run_id/* lineageRunId */.yP)(context);
        const [digests, profiled] = await Promise.all([
            Promise.all(files.map((file) => (0,run_provenance/* fileSha256 */.sN)(file.path))),
            (0,profile_data/* profileData */.A)({
                data: files.map((file) => file.path),
                format: request.format,
                delimiter: request.delimiter,
                now: startedAt
            })
        ]);
        const data = files.map((file, index) => ({
            path: file.path,
            format: file.format,
            bytes: file.bytes,
            sha256: digests[index],
            ...(files.length === 1 ? { rows: profiled.profile.rows } : {})
        }));
        const fitted = request.model === 'command'
            ? await runCommand(request, staging, files, runId, cwd)
            : await fitBuiltIn(request, request.model, staging, files);
        const modelFiles = listModelFiles(staging.staging, request.model === 'command');
        const finishedAt = clock();
        const run = (0,run_provenance/* workflowRun */.tM)(env);
        const record = {
            schema: train_output/* TRAINING_RUN_SCHEMA */.DX,
            run_id: runId,
            model: request.model,
            ...(request.command === undefined ? {} : { command: request.command }),
            target: request.target,
            ...(fitted.task === null ? {} : { task: fitted.task }),
            started_at: new Date(startedAt).toISOString(),
            finished_at: new Date(finishedAt).toISOString(),
            duration_ms: fitted.durationMs,
            data,
            rows: profiled.profile.rows,
            code,
            environment: (0,run_provenance/* runtimeEnvironment */.WQ)(env),
            ...(run === undefined
                ? {}
                : {
                    workflow: {
                        run_id: run.run.id,
                        attempt: run.run.attempt,
                        ...(run.run.job === undefined ? {} : { job: run.run.job }),
                        ...(run.run.workflow === undefined ? {} : { workflow: run.run.workflow }),
                        ...(run.actor === undefined ? {} : { actor: run.actor })
                    }
                }),
            files: modelFiles,
            metrics_source: fitted.metricsSource
        };
        const events = await writeRunFiles(staging.staging, {
            record,
            fitted,
            profile: profiled.profile,
            context,
            modelFiles,
            finishedAt
        });
        await staging.commit();
        const report = {
            schema: TRAIN_REPORT_SCHEMA,
            tollgate_version: version/* TOLLGATE_VERSION */.o,
            generated_at: new Date(finishedAt).toISOString(),
            run_id: runId,
            model: request.model,
            command: request.command ?? null,
            target: request.target,
            task: fitted.task,
            output: staging.target,
            files: modelFiles,
            metrics: fitted.metrics,
            metrics_source: fitted.metricsSource,
            training_metrics: fitted.trainingMetrics,
            params: fitted.params,
            feature_importances: fitted.featureImportances,
            rows: { ...fitted.rows, total: profiled.profile.rows },
            data,
            code,
            environment: record.environment,
            duration_ms: fitted.durationMs,
            warnings: fitted.warnings,
            lineage: (0,external_node_path_.join)(staging.target, train_output/* TRAIN_OUTPUT_FILES */.Jz.lineage)
        };
        return {
            report,
            events,
            outputDir: staging.target,
            lineagePath: (0,external_node_path_.join)(staging.target, train_output/* TRAIN_OUTPUT_FILES */.Jz.lineage)
        };
    }
    catch (error) {
        await staging.discard();
        throw error;
    }
}
function checkRequest(request) {
    if (request.target.trim() === '')
        throw new errors/* UsageError */.eb('The target column name is empty.');
    const kinds = [...model_format/* ALGORITHMS */.TM, 'command'];
    if (!kinds.includes(request.model)) {
        const suggestion = (0,closest_name/* closestName */.N)(String(request.model), kinds);
        throw new errors/* UsageError */.eb(`Unknown model ${JSON.stringify(request.model)}; expected one of ${kinds.join(', ')}` +
            (suggestion === undefined ? '.' : `. Did you mean ${JSON.stringify(suggestion)}?`));
    }
    const command = request.command?.trim() ?? '';
    if (request.model === 'command' && command === '') {
        throw new errors/* UsageError */.eb('model is command but no command was given; set the training command (e.g. ' +
            '`python train.py`), which receives the TOLLGATE_* variables and writes the model files ' +
            'and metrics.json into TOLLGATE_OUTPUT_DIR.');
    }
    if (request.model !== 'command' && command !== '') {
        throw new errors/* UsageError */.eb(`A training command was given, but model is ${request.model}; set model to command to run it.`);
    }
    const fraction = request.validationFraction;
    if (fraction !== undefined && !(fraction >= 0 && fraction < 1)) {
        throw new errors/* UsageError */.eb(`The validation fraction must be from 0 to below 1, got ${fraction}.`);
    }
}
function checkTargetColumn(target, header, files) {
    if (header.includes(target))
        return;
    const suggestion = (0,closest_name/* closestName */.N)(target, header);
    throw new errors/* InputError */.dz({ file: files[0].path, field: target }, 'the training data has no target column of that name' +
        (suggestion === undefined ? '' : ` (did you mean ${JSON.stringify(suggestion)}?)`) +
        `; its columns are ${header.map((name) => JSON.stringify(name)).join(', ')}`);
}
async function fitBuiltIn(request, algorithm, staging, files) {
    const started = performance.now();
    const cells = await (0,load_table/* loadTableCells */.k)(files.map((file) => file.path), { format: request.format, delimiter: request.delimiter });
    const table = trainingTable(cells, { categorical: request.categorical });
    const seed = request.seed ?? 0;
    const result = train({
        table,
        target: request.target,
        algorithm,
        ...(request.task === undefined ? {} : { task: request.task }),
        ...(request.features === undefined || request.features.length === 0
            ? {}
            : { features: request.features }),
        params: request.params ?? {},
        seed,
        ...(request.onProgress === undefined ? {} : { onProgress: request.onProgress }),
        ...(request.validationFraction === undefined
            ? {}
            : { validationFraction: request.validationFraction })
    });
    const durationMs = Math.round(performance.now() - started);
    const { model } = result;
    await (0,promises_.writeFile)((0,external_node_path_.join)(staging.staging, train_output/* TRAIN_OUTPUT_FILES */.Jz.model), `${JSON.stringify(model)}\n`, {
        flag: 'wx'
    });
    const validation = result.validationMetrics === null ? null : finiteMetrics(result.validationMetrics);
    const training = finiteMetrics(result.trainingMetrics);
    const warnings = [...result.warnings];
    if (validation === null) {
        warnings.push('no rows were held out (validation fraction 0): the metrics are on the training rows and ' +
            'overstate how well the model generalises');
    }
    const params = {
        model: algorithm,
        target: request.target,
        task: model.task,
        seed,
        validation_fraction: model.training.validationFraction,
        features: model.features.map((feature) => feature.name),
        ...model.params
    };
    return {
        metrics: validation ?? training,
        metricsSource: validation === null ? 'training' : 'validation',
        trainingMetrics: training,
        params,
        featureImportances: result.featureImportances.map((entry) => ({ ...entry })),
        task: model.task,
        rows: {
            total: result.rowCounts.total,
            train: result.rowCounts.train,
            validation: result.rowCounts.validation,
            dropped_missing_target: result.rowCounts.droppedMissingTarget
        },
        warnings,
        durationMs
    };
}
async function runCommand(request, staging, files, runId, cwd) {
    const command = request.command.trim();
    const params = { ...(request.params ?? {}) };
    const paramsJson = (0,canonical_json/* compactCanonicalJson */.U0)(params, 'the params');
    const seed = request.seed ?? 0;
    const fraction = request.validationFraction ?? 0.2;
    const env = {
        TOLLGATE_DATA: files.map((file) => (0,external_node_path_.resolve)(file.path)).join('\n'),
        TOLLGATE_DATA_FORMAT: files[0].format,
        TOLLGATE_TARGET: request.target,
        TOLLGATE_OUTPUT_DIR: staging.staging,
        TOLLGATE_PARAMS: paramsJson,
        TOLLGATE_SEED: String(seed),
        TOLLGATE_VALIDATION_FRACTION: String(fraction),
        TOLLGATE_TASK: request.task ?? 'auto',
        TOLLGATE_FEATURES: (request.features ?? []).join(','),
        TOLLGATE_CATEGORICAL: (request.categorical ?? []).join(','),
        TOLLGATE_RUN_ID: runId
    };
    const result = await runTrainingCommand({
        command,
        cwd,
        env,
        ...(request.commandOutput === undefined ? {} : { output: request.commandOutput })
    });
    if (result.exitCode !== 0) {
        const how = result.exitCode === null
            ? `was stopped by signal ${result.signal ?? 'unknown'}`
            : `exited with code ${result.exitCode}`;
        const tail = result.stderrTail.length === 0
            ? ' It wrote nothing to stderr.'
            : ` The last lines of its error output:\n${result.stderrTail.map((line) => `  ${line}`).join('\n')}`;
        throw new errors/* UsageError */.eb(`The training command ${how} after ${(result.durationMs / 1000).toFixed(1)} s: ${command}.${tail}\n` +
            'Nothing was written to the output directory.');
    }
    const shown = (name) => `${request.output}/${name} (written by the training command)`;
    const metricsPath = (0,external_node_path_.join)(staging.staging, train_output/* TRAIN_OUTPUT_FILES */.Jz.metrics);
    if (!(0,external_node_fs_.existsSync)(metricsPath)) {
        throw new errors/* UsageError */.eb(`The training command finished but wrote no ${train_output/* TRAIN_OUTPUT_FILES */.Jz.metrics}: it must write ` +
            'its metrics as a flat JSON object of numbers, e.g. {"accuracy": 0.91}, to ' +
            '$TOLLGATE_OUTPUT_DIR/metrics.json. Nothing was written to the output directory.');
    }
    const metrics = (0,train_metrics_file/* parseMetricsText */.o0)((0,external_node_fs_.readFileSync)(metricsPath, 'utf8'), shown(train_output/* TRAIN_OUTPUT_FILES */.Jz.metrics));
    const paramsPath = (0,external_node_path_.join)(staging.staging, train_output/* TRAIN_OUTPUT_FILES */.Jz.params);
    const commandParams = (0,external_node_fs_.existsSync)(paramsPath)
        ? (0,train_metrics_file/* parseParamsText */.z3)((0,external_node_fs_.readFileSync)(paramsPath, 'utf8'), shown(train_output/* TRAIN_OUTPUT_FILES */.Jz.params))
        : {};
    const importancesPath = (0,external_node_path_.join)(staging.staging, train_output/* TRAIN_OUTPUT_FILES */.Jz.featureImportances);
    const featureImportances = (0,external_node_fs_.existsSync)(importancesPath)
        ? (0,train_metrics_file/* parseFeatureImportancesText */.YY)((0,external_node_fs_.readFileSync)(importancesPath, 'utf8'), shown(train_output/* TRAIN_OUTPUT_FILES */.Jz.featureImportances))
        : [];
    const recorded = {
        model: 'command',
        command,
        target: request.target,
        seed,
        validation_fraction: fraction,
        ...JSON.parse(paramsJson),
        ...commandParams
    };
    return {
        metrics,
        metricsSource: 'command',
        trainingMetrics: null,
        params: recorded,
        featureImportances,
        task: null,
        rows: { total: 0, train: null, validation: null, dropped_missing_target: null },
        warnings: [],
        durationMs: result.durationMs
    };
}
/**
 * The model files in the staging directory: every regular file except the metadata files. A
 * training command's output is checked here: registry versions are flat lists of files (release
 * assets), and some names are Tollgate's own.
 */
function listModelFiles(directory, fromCommand) {
    const entries = (0,external_node_fs_.readdirSync)(directory);
    const files = new Map();
    for (const name of entries.sort()) {
        const path = (0,external_node_path_.join)(directory, name);
        const stats = (0,external_node_fs_.lstatSync)(path);
        if (fromCommand &&
            train_output/* COMMAND_RESERVED_FILES */.b6.some((reserved) => reserved.toLowerCase() === name.toLowerCase())) {
            throw new errors/* UsageError */.eb(`The training command wrote ${JSON.stringify(name)}, a name Tollgate reserves for its own ` +
                `records (${train_output/* COMMAND_RESERVED_FILES */.b6.join(', ')}); rename that file.`);
        }
        if (stats.isDirectory()) {
            throw new errors/* UsageError */.eb(`The training command wrote a directory ${JSON.stringify(name)} into the output; a ` +
                'registered version is a flat list of files (GitHub release assets), so pack it into ' +
                'one file, e.g. `tar -czf model.tar.gz -C dir .`.');
        }
        if (!stats.isFile()) {
            throw new errors/* UsageError */.eb(`The output holds ${JSON.stringify(name)}, which is not a regular file (a link?); write ` +
                'plain files only.');
        }
        if (train_output/* TRAIN_METADATA_FILES */.$G.includes(name))
            continue;
        files.set(name, (0,external_node_fs_.readFileSync)(path));
    }
    if ([...files.keys()].every((name) => name === train_output/* TRAIN_OUTPUT_FILES */.Jz.featureImportances)) {
        throw new errors/* UsageError */.eb('The training command wrote no model files into $TOLLGATE_OUTPUT_DIR (only ' +
            `${entries.join(', ') || 'nothing'}); write the trained model there, e.g. model.pkl.`);
    }
    // The registry's own checks (names GitHub keeps as asset names, sizes, case clashes), now,
    // so a model that could never be registered fails at training time.
    return (0,bundle_manifest/* buildBundleManifest */.Sb)('training-output', files).files;
}
async function writeRunFiles(directory, parts) {
    const write = (name, bytes) => (0,promises_.writeFile)((0,external_node_path_.join)(directory, name), bytes);
    await write(train_output/* TRAIN_OUTPUT_FILES */.Jz.metrics, (0,canonical_json/* canonicalJsonBytes */.qJ)(parts.fitted.metrics, 'metrics.json'));
    await write(train_output/* TRAIN_OUTPUT_FILES */.Jz.params, (0,canonical_json/* canonicalJsonBytes */.qJ)(parts.fitted.params, 'params.json'));
    await write(train_output/* TRAIN_OUTPUT_FILES */.Jz.profile, (0,canonical_json/* canonicalJsonBytes */.qJ)(parts.profile, 'profile.json'));
    const recordBytes = (0,canonical_json/* canonicalJsonBytes */.qJ)(parts.record, train_output/* TRAIN_OUTPUT_FILES */.Jz.trainingRun);
    await write(train_output/* TRAIN_OUTPUT_FILES */.Jz.trainingRun, recordBytes);
    const recordEntry = (0,bundle_manifest/* buildBundleManifest */.Sb)('training-run', new Map([[train_output/* TRAIN_OUTPUT_FILES */.Jz.trainingRun, recordBytes]])).files[0];
    const event = (0,train_lineage/* trainRunEvent */.W)({
        context: parts.context,
        eventTime: new Date(parts.finishedAt).toISOString(),
        data: parts.record.data,
        profile: parts.profile,
        outputs: [...parts.modelFiles, recordEntry]
    });
    const events = [event];
    await write(train_output/* TRAIN_OUTPUT_FILES */.Jz.lineage, (0,canonical_json/* canonicalJsonBytes */.qJ)({ schema: model_bundle/* LINEAGE_DOCUMENT_SCHEMA */.m8, events }, 'lineage.json'));
    return events;
}


/***/ })

};
