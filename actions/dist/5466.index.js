export const id = 5466;
export const ids = [5466];
export const modules = {

/***/ 45846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ loadTableCells)
/* harmony export */ });
/* harmony import */ var _data_csv_scanner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63916);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32635);
/* harmony import */ var _csv_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15905);
/* harmony import */ var _data_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60409);
/* harmony import */ var _file_chunks_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40664);
/* harmony import */ var _jsonl_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42939);
/* harmony import */ var _parquet_source_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2873);
/* harmony import */ var _table_scan_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(53213);








/**
 * Loads every row of a table (all readers of validate-data) for consumers that need rows aligned
 * across columns: training, evaluation and predictions. validate-data and drift-check stream
 * instead; this loader keeps the whole table, so it is meant for model-sized data.
 */
async function loadTableCells(patterns, options = {}) {
    const files = (0,_data_files_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveDataFiles */ .A6)(patterns, options.format ?? 'auto', options.cwd);
    const input = { files, delimiter: options.delimiter, threads: 1 };
    const header = await (0,_table_scan_js__WEBPACK_IMPORTED_MODULE_7__/* .readTableHeader */ .C)(input);
    const width = header.header.length;
    const cells = header.header.map(() => []);
    let rows = 0;
    for (const file of files) {
        if (file.format === 'csv' || file.format === 'tsv') {
            const csvHeader = header.csv.get(file.path);
            const scanner = new _data_csv_scanner_js__WEBPACK_IMPORTED_MODULE_0__/* .CsvScanner */ .BR((0,_csv_source_js__WEBPACK_IMPORTED_MODULE_2__/* .delimiterByte */ .Wi)(file, options.delimiter));
            scanner.skipBlankLines = width > 1;
            let skipHeader = file.gzip;
            await (0,_file_chunks_js__WEBPACK_IMPORTED_MODULE_4__/* .forEachChunk */ .q)(file, file.gzip ? 0 : csvHeader.dataOffset, (buffer, length, atEnd) => {
                try {
                    return scanner.scan(buffer, skipHeader && buffer[0] === 0xef ? 3 : 0, length, atEnd, (bytes, row) => {
                        if (skipHeader) {
                            skipHeader = false;
                            return;
                        }
                        const line = (file.gzip ? 0 : csvHeader.headerLines) + row.rowLine;
                        if (row.fieldCount !== width) {
                            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file: file.path, line, row: rows + 1 }, `the row has ${row.fieldCount} field(s) but the header has ${width}`);
                        }
                        for (let k = 0; k < width; k++) {
                            const start = row.starts[k];
                            const end = row.ends[k];
                            const flags = row.flags[k];
                            if (flags & _data_csv_scanner_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELD_NON_ASCII */ .P_ && !(0,_data_csv_scanner_js__WEBPACK_IMPORTED_MODULE_0__/* .isValidUtf8 */ .ql)(bytes, start, end)) {
                                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file: file.path, line, row: rows + 1, field: header.header[k] }, 'invalid UTF-8 bytes');
                            }
                            cells[k].push(start === end ? null : (0,_data_csv_scanner_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldText */ .gF)(bytes, start, end, flags));
                        }
                        rows++;
                    });
                }
                catch (error) {
                    if (error instanceof _data_csv_scanner_js__WEBPACK_IMPORTED_MODULE_0__/* .CsvSyntaxError */ .oC) {
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file: file.path, line: (file.gzip ? 0 : csvHeader.headerLines) + error.line }, error.detail);
                    }
                    throw error;
                }
            });
        }
        else {
            const picked = new Map();
            const read = file.format === 'jsonl' ? _jsonl_source_js__WEBPACK_IMPORTED_MODULE_5__/* .readJsonlRows */ .oJ : _parquet_source_js__WEBPACK_IMPORTED_MODULE_6__/* .readParquetRows */ .u1;
            const after = await read(file, header.header, rows, 'all', picked);
            for (let row = rows + 1; row <= after; row++) {
                const values = picked.get(row);
                for (let k = 0; k < width; k++)
                    cells[k].push(values[k] === '' ? null : values[k]);
            }
            rows = after;
        }
    }
    return { header: header.header, rows, cells, files: files.map((file) => file.path) };
}


/***/ }),

/***/ 11469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tu: () => (/* binding */ precisionRecallF1),
/* harmony export */   _1: () => (/* binding */ logLoss),
/* harmony export */   y2: () => (/* binding */ accuracy),
/* harmony export */   y4: () => (/* binding */ perClassPrecisionRecallF1)
/* harmony export */ });
/* unused harmony exports confusionMatrix, LOG_LOSS_EPSILON */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
/* harmony import */ var _predictions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65967);


/** Share of rows whose predicted class equals the true class (sklearn accuracy_score). */
function accuracy(actual, predicted, rows) {
    const n = (0,_predictions_js__WEBPACK_IMPORTED_MODULE_1__/* .selectionSize */ .aU)(rows, actual.length);
    if (n === 0)
        return NaN;
    let correct = 0;
    for (let k = 0; k < n; k++) {
        const i = rows === undefined ? k : rows[k];
        if (actual[i] === predicted[i])
            correct++;
    }
    return correct / n;
}
/**
 * Confusion matrix C[true][predicted] with counts, over every class code 0..K−1 (sklearn
 * confusion_matrix(y, p, labels=range(K))): rows are true classes, columns predictions.
 */
function confusionMatrix(actual, predicted, classCount, rows) {
    const matrix = Array.from({ length: classCount }, () => new Array(classCount).fill(0));
    const n = selectionSize(rows, actual.length);
    for (let k = 0; k < n; k++) {
        const i = rows === undefined ? k : rows[k];
        matrix[actual[i]][predicted[i]] += 1;
    }
    return matrix;
}
function countByClass(actual, predicted, classCount, rows) {
    const truePositives = new Float64Array(classCount);
    const predictedCount = new Float64Array(classCount);
    const trueCount = new Float64Array(classCount);
    const n = (0,_predictions_js__WEBPACK_IMPORTED_MODULE_1__/* .selectionSize */ .aU)(rows, actual.length);
    for (let k = 0; k < n; k++) {
        const i = rows === undefined ? k : rows[k];
        const truth = actual[i];
        const guess = predicted[i];
        trueCount[truth] += 1;
        predictedCount[guess] += 1;
        if (truth === guess)
            truePositives[truth] += 1;
    }
    return { truePositives, predictedCount, trueCount, rowCount: n };
}
/**
 * sklearn's `_prf_divide` with zero_division="warn" (its default): 0/0 is reported as 0, so a
 * class that is never predicted has precision 0 and a class that never occurs has recall 0.
 */
function divideOrZero(numerator, denominator) {
    return denominator === 0 ? 0 : numerator / denominator;
}
/**
 * F1 from precision and recall exactly as sklearn 1.2.1 computes it (β = 1):
 * 2·P·R / (P + R), with a zero denominator replaced by 1 (so F1 = 0). Computing it from P and R
 * rather than 2TP/(2TP+FP+FN) keeps results bit-identical to sklearn.
 */
function f1FromPrecisionRecall(precision, recall) {
    const denominator = precision + recall;
    return (2 * precision * recall) / (denominator === 0 ? 1 : denominator);
}
function scoresFromCounts(tp, predicted, truth) {
    const precision = divideOrZero(tp, predicted);
    const recall = divideOrZero(tp, truth);
    return { precision, recall, f1: f1FromPrecisionRecall(precision, recall) };
}
/**
 * Precision, recall and F1 for every class code 0..K−1 (sklearn precision_recall_fscore_support
 * with average=None and labels=range(K)); classes absent from the selection report 0.
 */
function perClassPrecisionRecallF1(actual, predicted, classCount, rows) {
    const counts = countByClass(actual, predicted, classCount, rows);
    const result = [];
    for (let c = 0; c < classCount; c++) {
        result.push({
            classCode: c,
            support: counts.trueCount[c],
            ...scoresFromCounts(counts.truePositives[c], counts.predictedCount[c], counts.trueCount[c])
        });
    }
    return result;
}
/**
 * Averaged precision, recall and F1 with sklearn's default `labels=None`: macro and weighted
 * averages run over the classes present in the selection (in the true or predicted labels),
 * exactly as sklearn's unique_labels(y_true, y_pred) does, so a bootstrap resample that lacks a
 * class averages over the remaining ones. `binary` reports `positiveClass` only (sklearn
 * pos_label; default code 1) and requires a two-class problem.
 */
function precisionRecallF1(actual, predicted, classCount, average, positiveClass = 1, rows) {
    const counts = countByClass(actual, predicted, classCount, rows);
    if (counts.rowCount === 0)
        return { precision: NaN, recall: NaN, f1: NaN };
    const { truePositives: tp, predictedCount: pred, trueCount: truth } = counts;
    if (average === 'binary') {
        if (classCount !== 2) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`average "binary" needs a two-class problem; this one has ${classCount} classes ` +
                '(use macro, weighted or micro)');
        }
        return scoresFromCounts(tp[positiveClass], pred[positiveClass], truth[positiveClass]);
    }
    if (average === 'micro') {
        let tpSum = 0;
        let predSum = 0;
        let trueSum = 0;
        for (let c = 0; c < classCount; c++) {
            tpSum += tp[c];
            predSum += pred[c];
            trueSum += truth[c];
        }
        return scoresFromCounts(tpSum, predSum, trueSum);
    }
    let precisionSum = 0;
    let recallSum = 0;
    let f1Sum = 0;
    let weightSum = 0;
    for (let c = 0; c < classCount; c++) {
        if (pred[c] === 0 && truth[c] === 0)
            continue; // not a present label
        const scores = scoresFromCounts(tp[c], pred[c], truth[c]);
        const weight = average === 'weighted' ? truth[c] : 1;
        precisionSum += scores.precision * weight;
        recallSum += scores.recall * weight;
        f1Sum += scores.f1 * weight;
        weightSum += weight;
    }
    // weightSum > 0: a non-empty selection has at least one true label.
    return {
        precision: precisionSum / weightSum,
        recall: recallSum / weightSum,
        f1: f1Sum / weightSum
    };
}
/**
 * Machine epsilon of float64, sklearn 1.2.1's `eps="auto"` for float64 predictions: probabilities
 * are clipped to [eps, 1 − eps] before the logarithm.
 */
const LOG_LOSS_EPSILON = 2.220446049250313e-16;
/**
 * Mean negative log-likelihood (natural log) of the true class, as sklearn 1.2.1
 * `log_loss(y, p, labels=range(K))`: clip every probability to [eps, 1 − eps]; a one-column
 * binary score p becomes the row (1 − p, p) AFTER clipping; each row is renormalised by its sum;
 * the loss is −ln(p_true) averaged over rows. `scores` is one positive-class (code 1) score per
 * row for a binary problem, or a row-major N×K matrix.
 */
function logLoss(actual, scores, classCount, rows) {
    const n = (0,_predictions_js__WEBPACK_IMPORTED_MODULE_1__/* .selectionSize */ .aU)(rows, actual.length);
    if (n === 0)
        return NaN;
    const oneColumn = scores.length === actual.length && classCount === 2;
    const width = oneColumn ? 1 : classCount;
    let total = 0;
    for (let k = 0; k < n; k++) {
        const i = rows === undefined ? k : rows[k];
        const truth = actual[i];
        let probabilityOfTruth;
        if (oneColumn) {
            const positive = clipProbability(scores[i]);
            const negative = 1 - positive;
            probabilityOfTruth = (truth === 1 ? positive : negative) / (negative + positive);
        }
        else {
            let rowSum = 0;
            for (let c = 0; c < width; c++)
                rowSum += clipProbability(scores[i * width + c]);
            probabilityOfTruth = clipProbability(scores[i * width + truth]) / rowSum;
        }
        total += -Math.log(probabilityOfTruth);
    }
    return total / n;
}
function clipProbability(p) {
    return Math.min(Math.max(p, LOG_LOSS_EPSILON), 1 - LOG_LOSS_EPSILON);
}


/***/ }),

/***/ 54329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SO: () => (/* binding */ sortedClasses),
/* harmony export */   ee: () => (/* binding */ encodeLabels),
/* harmony export */   ke: () => (/* binding */ predictedClassesFromScores)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);

/** Compares by Unicode code point, numpy's order for str arrays (JS `<` compares UTF-16 units). */
function compareCodePoints(a, b) {
    const left = Array.from(a);
    const right = Array.from(b);
    const length = Math.min(left.length, right.length);
    for (let i = 0; i < length; i++) {
        const difference = left[i].codePointAt(0) - right[i].codePointAt(0);
        if (difference !== 0)
            return difference;
    }
    return left.length - right.length;
}
/**
 * The sorted distinct labels of one or more label columns (sklearn unique_labels). Mixing
 * numbers and strings is refused, as sklearn refuses it, because their order is undefined.
 */
function sortedClasses(...columns) {
    const distinct = new Set();
    for (const column of columns)
        for (const label of column)
            distinct.add(label);
    const classes = Array.from(distinct);
    const numeric = classes.filter((label) => typeof label === 'number');
    if (numeric.length > 0 && numeric.length < classes.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ field: 'labels' }, 'class labels mix numbers and strings; use one type (e.g. quote every label)');
    }
    if (numeric.length === classes.length)
        return classes.sort((a, b) => a - b);
    return classes.sort(compareCodePoints);
}
/**
 * Codes for `labels` against a fixed class list (e.g. the classes a model was trained on).
 * A label outside the list is an input error naming its row (1-based).
 */
function encodeLabels(labels, classes = sortedClasses(labels), field = 'labels') {
    const codeOf = new Map();
    classes.forEach((label, code) => codeOf.set(label, code));
    const codes = new Int32Array(labels.length);
    for (let i = 0; i < labels.length; i++) {
        const code = codeOf.get(labels[i]);
        if (code === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ field, row: i + 1 }, `label ${JSON.stringify(labels[i])} is not one of the classes ` +
                classes.map((label) => JSON.stringify(label)).join(', '));
        }
        codes[i] = code;
    }
    return { codes, classes: [...classes] };
}
/**
 * Predicted class codes from a row-major N×K probability matrix: the first class with the
 * highest probability (numpy argmax, which sklearn's predict uses on predict_proba). For a binary
 * one-column score p this is code 1 iff p > 0.5.
 */
function predictedClassesFromScores(scores, rowCount, classCount) {
    const predicted = new Int32Array(rowCount);
    if (classCount === 2 && scores.length === rowCount) {
        for (let i = 0; i < rowCount; i++)
            predicted[i] = scores[i] > 0.5 ? 1 : 0;
        return predicted;
    }
    for (let i = 0; i < rowCount; i++) {
        let best = 0;
        for (let c = 1; c < classCount; c++) {
            if (scores[i * classCount + c] > scores[i * classCount + best])
                best = c;
        }
        predicted[i] = best;
    }
    return predicted;
}


/***/ }),

/***/ 7302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Cb: () => (/* binding */ METRICS),
  Uw: () => (/* binding */ METRIC_NAMES),
  AO: () => (/* binding */ computeMetric),
  M8: () => (/* binding */ isMetricName),
  ii: () => (/* binding */ prepareMetric),
  AN: () => (/* binding */ unknownMetricMessage)
});

// UNUSED EXPORTS: defaultAverage, metricDefinition

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/text/closest-name.ts
var closest_name = __webpack_require__(28863);
// EXTERNAL MODULE: ./shared/evaluation/classification-metrics.ts
var classification_metrics = __webpack_require__(11469);
// EXTERNAL MODULE: ./shared/evaluation/predictions.ts
var predictions = __webpack_require__(65967);
;// CONCATENATED MODULE: ./shared/evaluation/roc-auc.ts


/** Row indices sorted by ascending score (a stable sort, ties kept in row order). */
function orderByScore(scores, rowCount, column = 0, width = 1) {
    const order = new Uint32Array(rowCount);
    for (let i = 0; i < rowCount; i++)
        order[i] = i;
    order.sort((a, b) => scores[a * width + column] - scores[b * width + column]);
    return order;
}
/**
 * Pair count over rows in `order` with the given weights: for each group of tied scores,
 * positives gain every negative below the group plus half of the negatives tied with them.
 */
function weightedAuc(order, isPositive, score, weightOf) {
    let concordant = 0;
    let negativesBelow = 0;
    let positiveTotal = 0;
    let k = 0;
    while (k < order.length) {
        const groupScore = score(order[k]);
        let groupPositives = 0;
        let groupNegatives = 0;
        while (k < order.length && score(order[k]) === groupScore) {
            const row = order[k];
            const weight = weightOf(row);
            if (weight !== 0) {
                if (isPositive(row))
                    groupPositives += weight;
                else
                    groupNegatives += weight;
            }
            k++;
        }
        concordant += groupPositives * negativesBelow + 0.5 * groupPositives * groupNegatives;
        negativesBelow += groupNegatives;
        positiveTotal += groupPositives;
    }
    if (positiveTotal === 0 || negativesBelow === 0)
        return NaN;
    return concordant / (positiveTotal * negativesBelow);
}
/**
 * A selection much smaller than the data (a slice) is cheaper to sort on its own than to walk
 * the whole presorted order; a resample of the full size is not.
 */
function isSmallSelection(rows, rowCount) {
    return rows !== undefined && rows.length * 16 < rowCount;
}
/**
 * Binary ROC AUC: `positive(row)` says whether the row's true class is the positive one, and
 * `scores[row * width + column]` is its score for that class.
 */
function prepareOneVsRest(scores, rowCount, positive, column, width) {
    const order = orderByScore(scores, rowCount, column, width);
    const score = (row) => scores[row * width + column];
    return (rows) => {
        if (isSmallSelection(rows, rowCount)) {
            const subset = Array.from(rows).sort((a, b) => score(a) - score(b));
            return weightedAuc(subset, positive, score, () => 1);
        }
        const weights = (0,predictions/* rowMultiplicities */._o)(rows, rowCount);
        return weightedAuc(order, positive, score, (row) => weights[row]);
    };
}
/**
 * Binary ROC AUC (sklearn roc_auc_score(y, s)): class code 1 is the positive class, as sklearn
 * takes the greater label; `scores` holds one score per row for class 1, or a row-major N×2
 * matrix whose second column is used (predict_proba[:, 1]).
 */
function prepareBinaryRocAuc(actual, scores) {
    const n = actual.length;
    const width = scores.length === 2 * n && n > 0 ? 2 : 1;
    return prepareOneVsRest(scores, n, (row) => actual[row] === 1, width - 1, width);
}
/** Binary ROC AUC of a selection; see prepareBinaryRocAuc. */
function binaryRocAuc(actual, scores, rows) {
    return prepareBinaryRocAuc(actual, scores)(rows);
}
/**
 * Multiclass one-vs-rest ROC AUC (sklearn roc_auc_score(y, P, multi_class='ovr',
 * labels=range(K))): the AUC of "class k vs the rest" on column k, averaged over classes. A
 * selection where any class has no rows (or every row) gives NaN, as sklearn raises there.
 * sklearn requires each probability row to sum to 1 (np.allclose): checked here on all rows.
 */
function prepareOneVsRestRocAuc(actual, scores, classCount, average = 'macro') {
    const n = actual.length;
    if (scores.length !== n * classCount) {
        throw new errors/* UsageError */.eb(`one-vs-rest ROC AUC needs an N×K probability matrix (${n * classCount} values), got ` +
            `${scores.length}`);
    }
    for (let i = 0; i < n; i++) {
        let sum = 0;
        for (let c = 0; c < classCount; c++)
            sum += scores[i * classCount + c];
        // np.allclose(1, sum): |sum − 1| ≤ atol + rtol·|sum| with atol 1e-8, rtol 1e-5.
        if (!(Math.abs(sum - 1) <= 1e-8 + 1e-5 * Math.abs(sum))) {
            throw new errors/* InputError */.dz({ field: 'scores', row: i + 1 }, `multiclass ROC AUC needs class probabilities that sum to 1 per row; this row sums to ${sum}`);
        }
    }
    const perClass = [];
    for (let c = 0; c < classCount; c++) {
        perClass.push(prepareOneVsRest(scores, n, (row) => actual[row] === c, c, classCount));
    }
    return (rows) => {
        const prevalence = new Float64Array(classCount);
        if (average === 'weighted') {
            const count = rows === undefined ? n : rows.length;
            for (let k = 0; k < count; k++)
                prevalence[actual[rows === undefined ? k : rows[k]]] += 1;
        }
        let total = 0;
        let weightTotal = 0;
        for (let c = 0; c < classCount; c++) {
            const auc = perClass[c](rows);
            if (Number.isNaN(auc))
                return NaN;
            const weight = average === 'weighted' ? prevalence[c] : 1;
            total += auc * weight;
            weightTotal += weight;
        }
        return total / weightTotal;
    };
}

;// CONCATENATED MODULE: ./shared/evaluation/regression-metrics.ts

/**
 * Regression metrics with scikit-learn 1.2.1 semantics (sklearn.metrics mean_squared_error,
 * mean_absolute_error, r2_score, mean_absolute_percentage_error), in the units of the target
 * (MAPE is a fraction, not a percentage, as in sklearn). An empty selection gives NaN.
 */
/** Root mean squared error √(mean (y − ŷ)²) (sklearn mean_squared_error(squared=False)). */
function rootMeanSquaredError(actual, predicted, rows) {
    const n = (0,predictions/* selectionSize */.aU)(rows, actual.length);
    if (n === 0)
        return NaN;
    let sum = 0;
    for (let k = 0; k < n; k++) {
        const i = rows === undefined ? k : rows[k];
        const error = actual[i] - predicted[i];
        sum += error * error;
    }
    return Math.sqrt(sum / n);
}
/** Mean absolute error mean |y − ŷ| (sklearn mean_absolute_error). */
function meanAbsoluteError(actual, predicted, rows) {
    const n = (0,predictions/* selectionSize */.aU)(rows, actual.length);
    if (n === 0)
        return NaN;
    let sum = 0;
    for (let k = 0; k < n; k++) {
        const i = rows === undefined ? k : rows[k];
        sum += Math.abs(actual[i] - predicted[i]);
    }
    return sum / n;
}
/**
 * Coefficient of determination R² = 1 − SS_res/SS_tot with SS_tot about the mean of y
 * (sklearn r2_score, force_finite=True): a perfect fit (SS_res = 0) is 1 even for constant y,
 * constant y with errors is 0 instead of −∞, and fewer than two rows give NaN.
 */
function rSquared(actual, predicted, rows) {
    const n = (0,predictions/* selectionSize */.aU)(rows, actual.length);
    if (n < 2)
        return NaN;
    let sum = 0;
    for (let k = 0; k < n; k++)
        sum += actual[rows === undefined ? k : rows[k]];
    const meanActual = sum / n;
    let residual = 0;
    let total = 0;
    for (let k = 0; k < n; k++) {
        const i = rows === undefined ? k : rows[k];
        const error = actual[i] - predicted[i];
        const deviation = actual[i] - meanActual;
        residual += error * error;
        total += deviation * deviation;
    }
    if (residual === 0)
        return 1;
    if (total === 0)
        return 0;
    return 1 - residual / total;
}
/** float64 machine epsilon: sklearn's floor on |y| in the MAPE denominator. */
const MAPE_EPSILON = 2.220446049250313e-16;
/**
 * Mean absolute percentage error as a fraction: mean |ŷ − y| / max(|y|, eps) (sklearn
 * mean_absolute_percentage_error). A zero target gives a huge but finite term (|ŷ|/eps), as in
 * sklearn, rather than Infinity.
 */
function meanAbsolutePercentageError(actual, predicted, rows) {
    const n = (0,predictions/* selectionSize */.aU)(rows, actual.length);
    if (n === 0)
        return NaN;
    let sum = 0;
    for (let k = 0; k < n; k++) {
        const i = rows === undefined ? k : rows[k];
        sum += Math.abs(predicted[i] - actual[i]) / Math.max(Math.abs(actual[i]), MAPE_EPSILON);
    }
    return sum / n;
}

;// CONCATENATED MODULE: ./shared/evaluation/metrics.ts





/**
 * The catalogue of evaluation metrics by their public (snake_case) names, with the direction
 * that counts as better — what the gate rules, reports and learners refer to — and one entry
 * point that computes any of them on a selection of rows.
 */
const METRIC_NAMES = [
    'accuracy',
    'precision',
    'recall',
    'f1',
    'roc_auc',
    'log_loss',
    'rmse',
    'mae',
    'r2',
    'mape'
];
function metrics_define(name, task, greaterIsBetter, needsScores, description) {
    return { name, task, greaterIsBetter, needsScores, description };
}
const METRICS = {
    accuracy: metrics_define('accuracy', 'classification', true, false, 'share of correct predictions'),
    precision: metrics_define('precision', 'classification', true, false, 'TP / (TP + FP)'),
    recall: metrics_define('recall', 'classification', true, false, 'TP / (TP + FN)'),
    f1: metrics_define('f1', 'classification', true, false, 'harmonic mean of precision and recall'),
    roc_auc: metrics_define('roc_auc', 'classification', true, true, 'area under the ROC curve'),
    log_loss: metrics_define('log_loss', 'classification', false, true, 'mean negative log-likelihood'),
    rmse: metrics_define('rmse', 'regression', false, false, 'root mean squared error'),
    mae: metrics_define('mae', 'regression', false, false, 'mean absolute error'),
    r2: metrics_define('r2', 'regression', true, false, 'coefficient of determination'),
    mape: metrics_define('mape', 'regression', false, false, 'mean absolute percentage error (fraction)')
};
/** Whether a name from a rules file or option is one of METRIC_NAMES. */
function isMetricName(name) {
    return METRIC_NAMES.includes(name);
}
/** The definition of a metric by name; an unknown name fails with a did-you-mean. */
function metricDefinition(name) {
    if (isMetricName(name))
        return METRICS[name];
    throw new UsageError(unknownMetricMessage(name));
}
/** "unknown metric "acurracy" (did you mean "accuracy"?); known metrics: …" */
function unknownMetricMessage(name) {
    const suggestion = (0,closest_name/* closestName */.N)(name, METRIC_NAMES);
    return (`unknown metric ${JSON.stringify(name)}` +
        (suggestion === undefined ? '' : ` (did you mean ${JSON.stringify(suggestion)}?)`) +
        `; known metrics: ${METRIC_NAMES.join(', ')}`);
}
/** The averaging precision/recall/F1 use for a problem with this many classes. */
function defaultAverage(classCount) {
    return classCount === 2 ? 'binary' : 'macro';
}
/**
 * Binds a metric to predictions, doing once what every evaluation needs (ROC AUC sorts the
 * scores here), so bootstrap replicates and slices only pay for their own rows. The result is
 * NaN where sklearn would raise on the selection (empty selection, one-class AUC, R² of one row).
 * Throws a UsageError when the predictions cannot give this metric at all (wrong task, no scores).
 */
function prepareMetric(name, predictions, options = {}) {
    const definition = METRICS[name];
    if (definition.task !== predictions.task) {
        throw new errors/* UsageError */.eb(`metric ${name} is a ${definition.task} metric; these predictions are from a ` +
            `${predictions.task} model`);
    }
    const { actual, predicted } = predictions;
    if (predictions.task === 'regression') {
        switch (name) {
            case 'rmse':
                return (rows) => rootMeanSquaredError(actual, predicted, rows);
            case 'mae':
                return (rows) => meanAbsoluteError(actual, predicted, rows);
            case 'r2':
                return (rows) => rSquared(actual, predicted, rows);
            default: // 'mape', the remaining regression metric (the task check above ran first)
                return (rows) => meanAbsolutePercentageError(actual, predicted, rows);
        }
    }
    const k = predictions.classCount;
    const average = options.average ?? defaultAverage(k);
    const positiveClass = options.positiveClass ?? 1;
    switch (name) {
        case 'accuracy':
            return (rows) => (0,classification_metrics/* accuracy */.y2)(actual, predicted, rows);
        case 'precision':
            return (rows) => (0,classification_metrics/* precisionRecallF1 */.Tu)(actual, predicted, k, average, positiveClass, rows).precision;
        case 'recall':
            return (rows) => (0,classification_metrics/* precisionRecallF1 */.Tu)(actual, predicted, k, average, positiveClass, rows).recall;
        case 'f1':
            return (rows) => (0,classification_metrics/* precisionRecallF1 */.Tu)(actual, predicted, k, average, positiveClass, rows).f1;
        default:
            break;
    }
    const scores = predictions.scores;
    if (scores === undefined) {
        throw new errors/* UsageError */.eb(`metric ${name} needs class scores (probabilities) from the model, and none were given`);
    }
    if (name === 'log_loss')
        return (rows) => (0,classification_metrics/* logLoss */._1)(actual, scores, k, rows);
    return k === 2
        ? prepareBinaryRocAuc(actual, scores)
        : prepareOneVsRestRocAuc(actual, scores, k, options.rocAucAverage ?? 'macro');
}
/** One metric on one selection of rows (all rows by default); see prepareMetric. */
function computeMetric(name, predictions, options = {}, rows) {
    return prepareMetric(name, predictions, options)(rows);
}


/***/ }),

/***/ 65967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zj: () => (/* binding */ validatePredictions),
/* harmony export */   _o: () => (/* binding */ rowMultiplicities),
/* harmony export */   aU: () => (/* binding */ selectionSize)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);

/** Number of rows a selection covers. */
function selectionSize(rows, rowCount) {
    return rows === undefined ? rowCount : rows.length;
}
/**
 * Multiplicity of each row in a selection (how often a bootstrap drew it). Lets pairwise
 * statistics such as AUC run in O(N) per replicate over a ranking sorted once.
 */
function rowMultiplicities(rows, rowCount) {
    const weights = new Float64Array(rowCount);
    if (rows === undefined) {
        weights.fill(1);
        return weights;
    }
    for (let k = 0; k < rows.length; k++)
        weights[rows[k]] += 1;
    return weights;
}
/**
 * Checks shapes and codes once, before any metric or resample runs, so a bad prediction file
 * fails with the row and column at fault instead of a NaN deep inside a bootstrap.
 * `label` names the model ("candidate", "champion") in the message.
 */
function validatePredictions(predictions, label = 'model') {
    const { actual, predicted } = predictions;
    const n = actual.length;
    if (predicted.length !== n) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ field: 'predicted' }, `${label}: ${predicted.length} predictions for ${n} actual values; expected one per row`);
    }
    if (predictions.task === 'regression') {
        checkFinite(actual, 'actual', label);
        checkFinite(predicted, 'predicted', label);
        return;
    }
    const k = predictions.classCount;
    if (!Number.isInteger(k) || k < 2) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ field: 'classes' }, `${label}: expected at least 2 classes, got ${k}`);
    }
    checkClassCodes(actual, k, 'actual', label);
    checkClassCodes(predicted, k, 'predicted', label);
    const scores = predictions.scores;
    if (scores === undefined)
        return;
    const expected = k === 2 ? [n, 2 * n] : [k * n];
    if (!expected.includes(scores.length)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ field: 'scores' }, `${label}: ${scores.length} scores for ${n} rows and ${k} classes; expected ` +
            (k === 2 ? `${n} (positive-class score) or ${2 * n} (N×2)` : `${k * n} (N×K, row-major)`));
    }
    checkFinite(scores, 'scores', label, scores.length === n ? 1 : k);
}
function checkClassCodes(codes, k, field, label) {
    for (let i = 0; i < codes.length; i++) {
        const code = codes[i];
        if (!Number.isInteger(code) || code < 0 || code >= k) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ field, row: i + 1 }, `${label}: class code ${code} is not one of 0..${k - 1}`);
        }
    }
}
function checkFinite(values, field, label, width = 1) {
    for (let i = 0; i < values.length; i++) {
        if (!Number.isFinite(values[i])) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ field, row: Math.floor(i / width) + 1 }, `${label}: expected a finite number, got ${values[i]}`);
        }
    }
}


/***/ }),

/***/ 26920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ic: () => (/* binding */ columnFromText),
/* harmony export */   lz: () => (/* binding */ isMissingCell),
/* harmony export */   zY: () => (/* binding */ parseDecimalCell)
/* harmony export */ });
/* unused harmony export MISSING_TOKENS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);

/**
 * Turns the cells of one file column (text, as a CSV reader yields them) into a learner column.
 * Kept beside the learners so training and prediction read a file the same way: a column that
 * was numeric at training time is parsed as numeric at prediction time (pass the model's feature
 * kinds), and a stray word in it is an error naming the row instead of a silent missing value.
 */
/**
 * Cells that mean "no value", as pandas' read_csv treats them by default (a subset: the common
 * spellings), so a file that pandas reads with NaNs reads here with the same missing values.
 */
const MISSING_TOKENS = new Set([
    '',
    'NA',
    'N/A',
    'NaN',
    'nan',
    'null',
    'NULL',
    'None'
]);
/** Decimal syntax: optional sign, digits with an optional fraction, optional exponent. */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** True when the cell is absent or one of MISSING_TOKENS (after trimming spaces). */
function isMissingCell(cell) {
    return cell === null || cell === undefined || MISSING_TOKENS.has(cell.trim());
}
/** The number a cell holds, or NaN when it is not a decimal number (`1,5`, `abc`, `inf`). */
function parseDecimalCell(cell) {
    const text = cell.trim();
    return DECIMAL.test(text) ? Number(text) : NaN;
}
/**
 * A column from text cells. With `kind` given, the cells must fit it: a `numeric` column with a
 * cell that is neither missing nor a number fails with an InputError naming the column and the
 * 1-based data row. Without `kind`, the column is numeric when every non-missing cell is a
 * number (and at least one is present), categorical otherwise.
 */
function columnFromText(name, cells, kind) {
    const numbers = new Float64Array(cells.length);
    let isNumeric = kind !== 'categorical';
    let present = 0;
    for (let i = 0; i < cells.length && isNumeric; i++) {
        const cell = cells[i];
        if (isMissingCell(cell)) {
            numbers[i] = NaN;
            continue;
        }
        present++;
        const value = parseDecimalCell(cell);
        if (Number.isNaN(value) || !Number.isFinite(value)) {
            if (kind === 'numeric') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ field: name, row: i + 1 }, `expected a number (the column is numeric), found ${JSON.stringify(cell)}`);
            }
            isNumeric = false;
        }
        numbers[i] = value;
    }
    if (isNumeric && (present > 0 || kind === 'numeric')) {
        return { name, kind: 'numeric', values: numbers };
    }
    const values = cells.map((cell) => (isMissingCell(cell) ? null : cell));
    return { name, kind: 'categorical', values };
}


/***/ }),

/***/ 44566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ki: () => (/* binding */ tableRowCount),
/* harmony export */   T_: () => (/* binding */ checkColumnValues),
/* harmony export */   kn: () => (/* binding */ findColumn)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);

/**
 * Number of rows of a table, after checking that the columns agree on it and that names are
 * unique (two columns called `age` would make "the column age" ambiguous everywhere after).
 */
function tableRowCount(table) {
    const first = table.columns[0];
    if (first === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('the table has no columns');
    const seen = new Set();
    for (const column of table.columns) {
        if (seen.has(column.name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ field: column.name }, 'the column name appears twice; column names must be unique');
        }
        seen.add(column.name);
        if (column.values.length !== first.values.length) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ field: column.name }, `the column has ${column.values.length} values but column ${JSON.stringify(first.name)} ` +
                `has ${first.values.length}; every column needs one value per row`);
        }
    }
    return first.values.length;
}
/** The column called `name`, or undefined. */
function findColumn(table, name) {
    return table.columns.find((column) => column.name === name);
}
/**
 * Checks that a column's values have the type its kind promises. The type system already says
 * so for TypeScript callers; this catches JavaScript callers and JSON-built tables, where a
 * string in a numeric column would otherwise become NaN (a silent "missing") downstream.
 * Infinite numbers are rejected too: no learner can fit or encode them.
 */
function checkColumnValues(column) {
    if (column.kind === 'numeric') {
        const values = column.values;
        for (let i = 0; i < values.length; i++) {
            const value = values[i];
            if (typeof value !== 'number') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ field: column.name, row: i + 1 }, `expected a number (the column is numeric), found ${describeValue(value)}`);
            }
            if (value === Infinity || value === -Infinity) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ field: column.name, row: i + 1 }, `expected a finite number or a missing value, found ${value}`);
            }
        }
        return;
    }
    const values = column.values;
    for (let i = 0; i < values.length; i++) {
        const value = values[i];
        if (value !== null && typeof value !== 'string') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ field: column.name, row: i + 1 }, `expected a text value or null (the column is categorical), found ${describeValue(value)}`);
        }
    }
}
function describeValue(value) {
    if (typeof value === 'string')
        return JSON.stringify(value);
    if (value === undefined)
        return 'nothing (undefined)';
    if (typeof value === 'object' && value !== null)
        return 'an object';
    return `${typeof value} ${JSON.stringify(value) ?? typeof value}`;
}


/***/ }),

/***/ 96955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O7: () => (/* binding */ LEARNING_TASKS),
/* harmony export */   zb: () => (/* binding */ prepareTarget)
/* harmony export */ });
/* unused harmony exports MAX_INFERRED_NUMERIC_CLASSES, MAX_CLASSES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
/* harmony import */ var _evaluation_label_encoding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54329);


const LEARNING_TASKS = ['binary', 'multiclass', 'regression'];
/**
 * A numeric target whose values are all integers with at most this many distinct values is
 * inferred to be classes (sklearn's type_of_target calls any integral target "multiclass"; a
 * small cap keeps counts such as "number of visits" a regression unless the user says otherwise).
 */
const MAX_INFERRED_NUMERIC_CLASSES = 10;
/** More classes than this is refused: a softmax over hundreds of labels is not tabular work. */
const MAX_CLASSES = 100;
/**
 * Validates the target column and decides the task: text labels are classes; numbers are classes
 * when they are integers with at most MAX_INFERRED_NUMERIC_CLASSES distinct values, otherwise a
 * regression target. `requestedTask` overrides that (numbers may be declared classes or a
 * regression target; text can only be classes); a two-class target is always `binary`, even
 * when `multiclass` was requested. Rows with a missing target are dropped and
 * counted (the caller reports the count as a warning): a row without a label cannot teach a
 * supervised model, and refusing the whole file for it would punish the common case of a few
 * unlabeled rows. A target that is entirely missing, or has a single value, is an error.
 */
function prepareTarget(column, requestedTask) {
    if (requestedTask !== undefined && !LEARNING_TASKS.includes(requestedTask)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`unknown task ${JSON.stringify(requestedTask)}; expected one of ${LEARNING_TASKS.join(', ')}`);
    }
    const n = column.values.length;
    const rows = [];
    const present = [];
    for (let i = 0; i < n; i++) {
        const value = column.values[i];
        if (value === null || (typeof value === 'number' && Number.isNaN(value)))
            continue;
        rows.push(i);
        present.push(value);
    }
    if (rows.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ field: column.name }, `the target column has no values in any of the ${n} rows; nothing to learn from`);
    }
    const distinct = (0,_evaluation_label_encoding_js__WEBPACK_IMPORTED_MODULE_1__/* .sortedClasses */ .SO)(present);
    if (distinct.length < 2) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ field: column.name }, `the target is constant (every one of the ${rows.length} rows with a value is ` +
            `${JSON.stringify(distinct[0])}); a model needs at least two distinct target values`);
    }
    const task = decideTask(column, distinct, requestedTask);
    const rowIndex = Int32Array.from(rows);
    const droppedMissing = n - rows.length;
    if (task === 'regression') {
        return {
            task,
            classes: null,
            rows: rowIndex,
            values: Float64Array.from(present),
            droppedMissing
        };
    }
    if (distinct.length > MAX_CLASSES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ field: column.name }, `the target has ${distinct.length} distinct values; classification supports at most ` +
            `${MAX_CLASSES} classes`);
    }
    const codeOf = new Map();
    distinct.forEach((label, code) => codeOf.set(label, code));
    const codes = new Float64Array(present.length);
    for (let i = 0; i < present.length; i++)
        codes[i] = codeOf.get(present[i]);
    return { task, classes: distinct, rows: rowIndex, values: codes, droppedMissing };
}
function decideTask(column, distinct, requested) {
    const classTask = distinct.length === 2 ? 'binary' : 'multiclass';
    if (column.kind === 'categorical') {
        if (requested === 'regression') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ field: column.name }, 'regression needs a numeric target, but the target column holds text values ' +
                `(e.g. ${JSON.stringify(distinct[0])})`);
        }
        if (requested === 'binary' && classTask !== 'binary') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ field: column.name }, `task binary needs exactly two classes; the target has ${distinct.length}`);
        }
        return classTask;
    }
    if (requested === 'regression')
        return 'regression';
    if (requested === 'binary' && classTask !== 'binary') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ field: column.name }, `task binary needs exactly two classes; the target has ${distinct.length} distinct values`);
    }
    if (requested !== undefined)
        return classTask;
    const integral = distinct.every((value) => Number.isInteger(value));
    return integral && distinct.length <= MAX_INFERRED_NUMERIC_CLASSES ? classTask : 'regression';
}


/***/ }),

/***/ 67098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZO: () => (/* binding */ encodedColumnNames),
/* harmony export */   ZT: () => (/* binding */ countLevels),
/* harmony export */   cY: () => (/* binding */ encodeLinear),
/* harmony export */   gf: () => (/* binding */ rankLevels),
/* harmony export */   vw: () => (/* binding */ encodedWidth),
/* harmony export */   yy: () => (/* binding */ fitLinearEncoding)
/* harmony export */ });
/* unused harmony export DEFAULT_MAX_CATEGORIES */
/* harmony import */ var _stats_moments_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23419);

/**
 * The design matrix of the linear learners, learned on the training rows only (so validation
 * rows are encoded exactly as unseen data will be) and stored in the model:
 * - numeric: standardised with the training mean and population sd (sklearn StandardScaler), a
 *   missing value imputed with the mean (sklearn SimpleImputer(strategy='mean')), plus a 0/1
 *   missing-indicator column when the training rows had missing values (add_indicator=True);
 * - categorical: one-hot over the `maxCategories` most frequent training levels (missing counts
 *   as a level), and an "other" column when there were more levels; a value outside the kept
 *   levels — infrequent or never seen — goes to "other".
 * Standardising puts the L2 penalty on every numeric coefficient on the same footing and makes
 * |coefficient| a per-sd effect, which is what the feature importances report.
 */
const DEFAULT_MAX_CATEGORIES = 20;
/** The level order used everywhere: more frequent first, then by value, missing last on ties. */
function rankLevels(counts) {
    return Array.from(counts.keys()).sort((a, b) => {
        const difference = counts.get(b) - counts.get(a);
        if (difference !== 0)
            return difference;
        if (a === null)
            return 1;
        if (b === null)
            return -1;
        return a < b ? -1 : a > b ? 1 : 0;
    });
}
/** Level counts of a categorical column over the given rows. */
function countLevels(values, rows) {
    const counts = new Map();
    for (let k = 0; k < rows.length; k++) {
        const value = values[rows[k]];
        counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    return counts;
}
/**
 * Learns the encoding of each feature from the training rows. Returns the model features and a
 * warning for each feature that carries no information on those rows (it then adds no columns).
 */
function fitLinearEncoding(columns, trainRows, maxCategories) {
    const warnings = [];
    const features = columns.map((column) => {
        const encoding = column.kind === 'numeric'
            ? fitStandardize(column.values, trainRows)
            : fitOneHot(column.values, trainRows, maxCategories);
        if (encodedWidth(encoding) === 0) {
            warnings.push(`feature ${JSON.stringify(column.name)} is constant on the training rows and is not used ` +
                'by the linear model');
        }
        return { name: column.name, kind: column.kind, encoding };
    });
    return { features, warnings };
}
function fitStandardize(values, rows) {
    const present = [];
    let min = Infinity;
    let max = -Infinity;
    for (let k = 0; k < rows.length; k++) {
        const value = values[rows[k]];
        if (Number.isNaN(value))
            continue;
        present.push(value);
        if (value < min)
            min = value;
        if (value > max)
            max = value;
    }
    const missing = rows.length - present.length;
    const center = present.length > 0 ? (0,_stats_moments_js__WEBPACK_IMPORTED_MODULE_0__/* .mean */ .i2)(present) : 0;
    const varies = present.length > 1 && max > min;
    return {
        type: 'standardize',
        mean: center,
        scale: varies ? (0,_stats_moments_js__WEBPACK_IMPORTED_MODULE_0__/* .populationStandardDeviation */ .kU)(present) : 1,
        valueColumn: varies,
        missingIndicator: missing > 0 && present.length > 0
    };
}
function fitOneHot(values, rows, maxCategories) {
    const counts = countLevels(values, rows);
    if (counts.size < 2)
        return { type: 'one-hot', levels: [], other: false };
    const ranked = rankLevels(counts);
    return {
        type: 'one-hot',
        levels: ranked.slice(0, maxCategories),
        other: ranked.length > maxCategories
    };
}
/** Number of design-matrix columns a feature encodes to. */
function encodedWidth(encoding) {
    switch (encoding.type) {
        case 'standardize':
            return (encoding.valueColumn ? 1 : 0) + (encoding.missingIndicator ? 1 : 0);
        case 'one-hot':
            return encoding.levels.length + (encoding.other ? 1 : 0);
        default:
            throw new Error(`encoding ${encoding.type} is not a linear-model encoding`);
    }
}
/** Readable names of the encoded columns, in design-matrix order. */
function encodedColumnNames(features) {
    const names = [];
    for (const { name, encoding } of features) {
        if (encoding.type === 'standardize') {
            if (encoding.valueColumn)
                names.push(name);
            if (encoding.missingIndicator)
                names.push(`${name} (missing)`);
        }
        else if (encoding.type === 'one-hot') {
            for (const level of encoding.levels)
                names.push(`${name}=${level ?? '(missing)'}`);
            if (encoding.other)
                names.push(`${name}=(other)`);
        }
    }
    return names;
}
/**
 * Encodes `rows` (indices into the columns; all rows when omitted) with the learned encoding.
 * `columns[f]` is the data column of `features[f]`, already matched by name and kind.
 */
function encodeLinear(features, columns, rows) {
    const rowCount = rows === undefined ? (columns[0]?.values.length ?? 0) : rows.length;
    const columnCount = features.reduce((sum, feature) => sum + encodedWidth(feature.encoding), 0);
    const values = new Float64Array(rowCount * columnCount);
    let offset = 0;
    features.forEach((feature, f) => {
        const column = columns[f];
        const encoding = feature.encoding;
        if (encoding.type === 'standardize' && column.kind === 'numeric') {
            const data = column.values;
            const indicator = encoding.valueColumn ? offset + 1 : offset;
            for (let i = 0; i < rowCount; i++) {
                const x = data[rows === undefined ? i : rows[i]];
                const base = i * columnCount;
                if (Number.isNaN(x)) {
                    if (encoding.missingIndicator)
                        values[base + indicator] = 1;
                }
                else if (encoding.valueColumn) {
                    values[base + offset] = (x - encoding.mean) / encoding.scale;
                }
            }
        }
        else if (encoding.type === 'one-hot' && column.kind === 'categorical') {
            const position = new Map();
            encoding.levels.forEach((level, j) => position.set(level, offset + j));
            const otherPosition = encoding.other ? offset + encoding.levels.length : -1;
            const data = column.values;
            for (let i = 0; i < rowCount; i++) {
                const j = position.get(data[rows === undefined ? i : rows[i]]) ?? otherPosition;
                if (j >= 0)
                    values[i * columnCount + j] = 1;
            }
        }
        else {
            throw new Error(`column ${column.name} does not match its ${encoding.type} encoding`);
        }
        offset += encodedWidth(encoding);
    });
    return { values, rowCount, columnCount };
}


/***/ }),

/***/ 78007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xf: () => (/* binding */ fitLogisticRegression),
  ry: () => (/* binding */ sigmoid),
  lw: () => (/* binding */ softplus)
});

;// CONCATENATED MODULE: ./shared/learn/lbfgs.ts
/**
 * Limited-memory BFGS for smooth unconstrained minimisation (Nocedal & Wright, "Numerical
 * Optimization", 2nd ed., Algorithm 7.4 two-loop recursion and Algorithm 7.5), with a line
 * search that enforces the strong Wolfe conditions (Algorithms 3.5 and 3.6, cubic interpolation
 * per eq. 3.59). It is what scipy's L-BFGS-B does for an unbounded problem, which is the solver
 * sklearn's LogisticRegression(solver='lbfgs') calls; written here so the learners need no
 * native dependency.
 */
const SUFFICIENT_DECREASE = 1e-4; // c1
const CURVATURE = 0.9; // c2, the usual choice for quasi-Newton directions
const MAX_LINE_SEARCH_EVALUATIONS = 40;
/**
 * Near the minimum, f(x + step·d) − f(x) falls below the rounding error of f itself and the
 * sufficient-decrease test turns into a coin toss, while the gradient is still accurate. Hager &
 * Zhang's approximate Wolfe conditions (SIAM J. Optim. 16(1), 2005, §4) then accept a step whose
 * value is within this relative tolerance of f(x) and whose slope passes the curvature test —
 * which lets the gradient be driven to ~1e-10 instead of stalling near 1e-8.
 */
const VALUE_NOISE = 1e-12;
/** Minimises `objective` from `start` (not modified). */
function minimizeLbfgs(objective, start, options = {}) {
    const memory = options.memory ?? 10;
    const gradientTolerance = options.gradientTolerance ?? 1e-8;
    const functionTolerance = options.functionTolerance ?? 0;
    const maxIterations = options.maxIterations ?? 1000;
    const n = start.length;
    let x = Float64Array.from(start);
    let gradient = new Float64Array(n);
    let value = objective(x, gradient);
    let evaluations = 1;
    if (!Number.isFinite(value))
        throw new Error('L-BFGS: the objective is not finite at the start');
    const sHistory = [];
    const yHistory = [];
    const rhoHistory = [];
    const direction = new Float64Array(n);
    const alpha = new Float64Array(memory);
    let trialX = new Float64Array(n);
    let trialGradient = new Float64Array(n);
    let iterations = 0;
    let reason = 'max-iterations';
    if (maxNorm(gradient) <= gradientTolerance)
        reason = 'gradient';
    while (reason === 'max-iterations' && iterations < maxIterations) {
        // Two-loop recursion: direction = −H·gradient.
        for (let i = 0; i < n; i++)
            direction[i] = -gradient[i];
        const pairs = sHistory.length;
        for (let m = pairs - 1; m >= 0; m--) {
            alpha[m] = rhoHistory[m] * dot(sHistory[m], direction);
            axpy(-alpha[m], yHistory[m], direction);
        }
        if (pairs > 0) {
            const s = sHistory[pairs - 1];
            const y = yHistory[pairs - 1];
            scale(direction, dot(s, y) / dot(y, y));
        }
        for (let m = 0; m < pairs; m++) {
            const beta = rhoHistory[m] * dot(yHistory[m], direction);
            axpy(alpha[m] - beta, sHistory[m], direction);
        }
        let slope = dot(gradient, direction);
        if (!(slope < 0)) {
            // Not a descent direction (a broken curvature pair): restart from steepest descent.
            sHistory.length = 0;
            yHistory.length = 0;
            rhoHistory.length = 0;
            for (let i = 0; i < n; i++)
                direction[i] = -gradient[i];
            slope = dot(gradient, direction);
        }
        const firstStep = pairs === 0 ? Math.min(1, 1 / Math.sqrt(-slope)) : 1;
        const evaluate = (step) => {
            for (let i = 0; i < n; i++)
                trialX[i] = x[i] + step * direction[i];
            const trialValue = objective(trialX, trialGradient);
            evaluations++;
            return { value: trialValue, slope: dot(trialGradient, direction) };
        };
        const step = strongWolfeStep(evaluate, value, slope, firstStep);
        if (step === null) {
            reason = 'line-search';
            break;
        }
        // trialX / trialGradient hold the accepted point (the last evaluation).
        const s = new Float64Array(n);
        const y = new Float64Array(n);
        for (let i = 0; i < n; i++) {
            s[i] = trialX[i] - x[i];
            y[i] = trialGradient[i] - gradient[i];
        }
        const previousValue = value;
        [x, trialX] = [trialX, x];
        [gradient, trialGradient] = [trialGradient, gradient];
        value = step.value;
        iterations++;
        const sy = dot(s, y);
        if (sy > 1e-16 * dot(y, y)) {
            if (sHistory.length === memory) {
                sHistory.shift();
                yHistory.shift();
                rhoHistory.shift();
            }
            sHistory.push(s);
            yHistory.push(y);
            rhoHistory.push(1 / sy);
        }
        if (maxNorm(gradient) <= gradientTolerance)
            reason = 'gradient';
        else if (functionTolerance > 0 &&
            previousValue - value <=
                functionTolerance * Math.max(Math.abs(previousValue), Math.abs(value), 1)) {
            reason = 'function';
        }
    }
    return {
        x,
        value,
        gradientNorm: maxNorm(gradient),
        iterations,
        evaluations,
        converged: reason === 'gradient' || reason === 'function',
        reason
    };
}
/**
 * A step satisfying the strong Wolfe conditions along a descent direction, or null when none was
 * found within the evaluation budget. φ(step) = f(x + step·d); the accepted step is always the
 * last one evaluated, so the caller's trial buffers hold its point and gradient.
 */
function strongWolfeStep(evaluate, value0, slope0, firstStep) {
    let previous = { step: 0, value: value0, slope: slope0 };
    let step = firstStep;
    const noise = VALUE_NOISE * Math.max(Math.abs(value0), 1);
    for (let i = 0; i < MAX_LINE_SEARCH_EVALUATIONS; i++) {
        const { value, slope } = evaluate(step);
        const current = { step, value, slope };
        if (value <= value0 + noise && Math.abs(slope) <= -CURVATURE * slope0)
            return { value };
        if (!Number.isFinite(value) ||
            value > value0 + SUFFICIENT_DECREASE * step * slope0 ||
            (i > 0 && value >= previous.value)) {
            return zoom(evaluate, previous, current, value0, slope0, MAX_LINE_SEARCH_EVALUATIONS - i - 1);
        }
        if (Math.abs(slope) <= -CURVATURE * slope0)
            return { value };
        if (slope >= 0) {
            return zoom(evaluate, current, previous, value0, slope0, MAX_LINE_SEARCH_EVALUATIONS - i - 1);
        }
        previous = current;
        step *= 2;
    }
    return null;
}
/** Algorithm 3.6: shrink the bracket [low, high] until a strong Wolfe step is found. */
function zoom(evaluate, lowStart, highStart, value0, slope0, budget) {
    let low = lowStart;
    let high = highStart;
    const noise = VALUE_NOISE * Math.max(Math.abs(value0), 1);
    for (let i = 0; i < budget; i++) {
        const step = interpolate(low, high);
        const { value, slope } = evaluate(step);
        if (value <= value0 + noise && Math.abs(slope) <= -CURVATURE * slope0)
            return { value };
        if (!Number.isFinite(value) ||
            value > value0 + SUFFICIENT_DECREASE * step * slope0 ||
            value >= low.value) {
            high = { step, value, slope };
        }
        else {
            if (Math.abs(slope) <= -CURVATURE * slope0)
                return { value };
            if (slope * (high.step - low.step) >= 0)
                high = low;
            low = { step, value, slope };
        }
        if (Math.abs(high.step - low.step) <= 1e-16 * Math.max(1, Math.abs(low.step)))
            break;
    }
    // No strong Wolfe point within the budget: fall back to the best sufficient-decrease point,
    // re-evaluated so the caller's trial buffers hold it.
    if (low.step > 0 && low.value < value0) {
        const { value } = evaluate(low.step);
        return { value };
    }
    return null;
}
/**
 * The minimiser of the cubic through both bracket ends (N&W eq. 3.59), kept at least 10% of
 * the bracket away from either end; bisection when the cubic has no usable minimiser or the high
 * end has no finite value.
 */
function interpolate(low, high) {
    const a = low.step;
    const b = high.step;
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    const margin = 0.1 * (hi - lo);
    let step = NaN;
    if (Number.isFinite(high.value) && Number.isFinite(high.slope)) {
        const d1 = low.slope + high.slope - (3 * (low.value - high.value)) / (a - b);
        const radicand = d1 * d1 - low.slope * high.slope;
        if (radicand >= 0) {
            const d2 = Math.sign(b - a) * Math.sqrt(radicand);
            step = b - ((b - a) * (high.slope + d2 - d1)) / (high.slope - low.slope + 2 * d2);
        }
    }
    if (!Number.isFinite(step) || step < lo + margin || step > hi - margin)
        step = (a + b) / 2;
    return step;
}
function dot(a, b) {
    let sum = 0;
    for (let i = 0; i < a.length; i++)
        sum += a[i] * b[i];
    return sum;
}
function axpy(factor, x, y) {
    for (let i = 0; i < x.length; i++)
        y[i] += factor * x[i];
}
function scale(x, factor) {
    for (let i = 0; i < x.length; i++)
        x[i] *= factor;
}
function maxNorm(x) {
    let norm = 0;
    for (let i = 0; i < x.length; i++)
        norm = Math.max(norm, Math.abs(x[i]));
    return norm;
}

;// CONCATENATED MODULE: ./shared/learn/logistic-regression.ts

/**
 * Fits on an encoded design matrix. `labels` are class codes 0..classCount−1 (as doubles);
 * two classes give the binary model, more the multinomial one.
 */
function fitLogisticRegression(design, labels, classCount, options) {
    const p = design.columnCount;
    const outputs = classCount === 2 ? 1 : classCount;
    const stride = p + 1;
    const objective = outputs === 1
        ? binaryObjective(design, labels, options.C)
        : multinomialObjective(design, labels, outputs, options.C);
    const result = minimizeLbfgs(objective, new Float64Array(outputs * stride), {
        gradientTolerance: options.tolerance,
        maxIterations: options.maxIterations
    });
    const coefficients = [];
    const intercepts = new Float64Array(outputs);
    for (let k = 0; k < outputs; k++) {
        coefficients.push(result.x.slice(k * stride, k * stride + p));
        intercepts[k] = result.x[k * stride + p];
    }
    return {
        coefficients,
        intercepts,
        iterations: result.iterations,
        converged: result.converged,
        gradientNorm: result.gradientNorm
    };
}
/** log(1 + e^z) without overflow. */
function softplus(z) {
    return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}
/** 1 / (1 + e^{−z}) without overflow. */
function sigmoid(z) {
    if (z >= 0)
        return 1 / (1 + Math.exp(-z));
    const e = Math.exp(z);
    return e / (1 + e);
}
function binaryObjective(design, labels, C) {
    const { values: X, rowCount: n, columnCount: p } = design;
    const penalty = 1 / (C * n);
    return (w, gradient) => {
        gradient.fill(0);
        let loss = 0;
        const intercept = w[p];
        for (let i = 0; i < n; i++) {
            const base = i * p;
            let z = intercept;
            for (let j = 0; j < p; j++)
                z += X[base + j] * w[j];
            const y = labels[i];
            loss += softplus(z) - y * z;
            const residual = sigmoid(z) - y;
            for (let j = 0; j < p; j++)
                gradient[j] += residual * X[base + j];
            gradient[p] += residual;
        }
        let squaredNorm = 0;
        for (let j = 0; j < p; j++) {
            squaredNorm += w[j] * w[j];
            gradient[j] = gradient[j] / n + penalty * w[j];
        }
        gradient[p] = gradient[p] / n;
        return loss / n + 0.5 * penalty * squaredNorm;
    };
}
function multinomialObjective(design, labels, K, C) {
    const { values: X, rowCount: n, columnCount: p } = design;
    const stride = p + 1;
    const penalty = 1 / (C * n);
    const scores = new Float64Array(K);
    const codes = Int32Array.from(labels);
    return (w, gradient) => {
        gradient.fill(0);
        let loss = 0;
        for (let i = 0; i < n; i++) {
            const base = i * p;
            let max = -Infinity;
            for (let k = 0; k < K; k++) {
                const offset = k * stride;
                let z = w[offset + p];
                for (let j = 0; j < p; j++)
                    z += X[base + j] * w[offset + j];
                scores[k] = z;
                if (z > max)
                    max = z;
            }
            let sum = 0;
            for (let k = 0; k < K; k++)
                sum += Math.exp(scores[k] - max);
            const logSumExp = max + Math.log(sum);
            const y = codes[i];
            loss += logSumExp - scores[y];
            for (let k = 0; k < K; k++) {
                const residual = Math.exp(scores[k] - logSumExp) - (k === y ? 1 : 0);
                const offset = k * stride;
                for (let j = 0; j < p; j++)
                    gradient[offset + j] += residual * X[base + j];
                gradient[offset + p] += residual;
            }
        }
        let squaredNorm = 0;
        for (let k = 0; k < K; k++) {
            const offset = k * stride;
            for (let j = 0; j < p; j++) {
                const weight = w[offset + j];
                squaredNorm += weight * weight;
                gradient[offset + j] = gradient[offset + j] / n + penalty * weight;
            }
            gradient[offset + p] = gradient[offset + p] / n;
        }
        return loss / n + 0.5 * penalty * squaredNorm;
    };
}


/***/ }),

/***/ 17396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GS: () => (/* binding */ MODEL_FORMAT),
/* harmony export */   TM: () => (/* binding */ ALGORITHMS),
/* harmony export */   rG: () => (/* binding */ outputCount),
/* harmony export */   zk: () => (/* binding */ MODEL_FORMAT_VERSION)
/* harmony export */ });
/**
 * The portable model file the built-in learners write and every other action reads
 * (register-model stores it, evaluate-gate and drift-check predict with it). Plain JSON — no
 * typed arrays, no NaN or Infinity — so `JSON.parse(JSON.stringify(model))` is the same model,
 * bit for bit, and the file can be diffed, hashed and read by other tools.
 *
 * Shape (formatVersion 1):
 * ```
 * { format: 'tollgate-model', formatVersion: 1,
 *   algorithm: 'logistic-regression' | 'linear-regression' | 'gbdt',
 *   task: 'binary' | 'multiclass' | 'regression', target: <column name>,
 *   classes: [sorted labels] | null,           // classes[1] is the positive class of a binary task
 *   features: [{ name, kind: 'numeric' | 'categorical', encoding }],
 *   params: { ...resolved hyper-parameters, scikit-learn names },
 *   training: { seed, validationFraction, rows: { train, validation } },
 *   featureImportances: [{ feature, importance }],   // sums to 1, largest first
 *   linear: { columns, coefficients, intercepts }    // linear algorithms only
 *   gbdt: { baseline, trees }                        // gbdt only
 * }
 * ```
 * Raw scores: a linear model's output k is intercepts[k] + Σ_j coefficients[k][j]·x_j over the
 * encoded columns; a GBDT's output k is baseline[k] + Σ_iterations tree[k](row). Binary tasks
 * have one output (the log-odds of classes[1]), multiclass tasks K outputs (softmax), regression
 * one output (the prediction).
 */
const MODEL_FORMAT = 'tollgate-model';
const MODEL_FORMAT_VERSION = 1;
const ALGORITHMS = ['logistic-regression', 'linear-regression', 'gbdt'];
/** Number of raw scores a model of this task produces per row. */
function outputCount(task, classCount) {
    return task === 'multiclass' ? classCount : 1;
}


/***/ }),

/***/ 43274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lv: () => (/* binding */ predictColumns),
/* harmony export */   x3: () => (/* binding */ alignFeatureColumns)
/* harmony export */ });
/* unused harmony exports predict, outputFromRawScores */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
/* harmony import */ var _column_from_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26920);
/* harmony import */ var _data_table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44566);
/* harmony import */ var _linear_encoding_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(67098);
/* harmony import */ var _logistic_regression_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(78007);
/* harmony import */ var _model_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17396);
/* harmony import */ var _tree_binning_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85277);







/** Predicts every row of `table`. */
function predict(model, table) {
    return predictColumns(model, alignFeatureColumns(model.features, table));
}
/**
 * The table's column for each model feature, in the model's order. A column of the other kind
 * is converted: text cells to numbers (strictly: a non-number is an error naming the row), or
 * numbers to text (missing stays missing) — a prediction file read without the model's schema
 * may have guessed a column's kind differently from the training file.
 */
function alignFeatureColumns(features, table) {
    (0,_data_table_js__WEBPACK_IMPORTED_MODULE_2__/* .tableRowCount */ .Ki)(table);
    const absent = features.filter((feature) => (0,_data_table_js__WEBPACK_IMPORTED_MODULE_2__/* .findColumn */ .kn)(table, feature.name) === undefined);
    if (absent.length > 0) {
        const names = absent.map((feature) => JSON.stringify(feature.name)).join(', ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ field: absent[0].name }, `the data has no column ${names}, which the model uses as ${absent.length === 1 ? 'a feature' : 'features'}; the model needs every feature it was trained on`);
    }
    return features.map((feature) => {
        const column = (0,_data_table_js__WEBPACK_IMPORTED_MODULE_2__/* .findColumn */ .kn)(table, feature.name);
        (0,_data_table_js__WEBPACK_IMPORTED_MODULE_2__/* .checkColumnValues */ .T_)(column);
        if (column.kind === feature.kind)
            return column;
        if (feature.kind === 'numeric') {
            return (0,_column_from_text_js__WEBPACK_IMPORTED_MODULE_1__/* .columnFromText */ .ic)(feature.name, column.values, 'numeric');
        }
        const numbers = column.values;
        return {
            name: column.name,
            kind: 'categorical',
            values: Array.from(numbers, (value) => (Number.isNaN(value) ? null : String(value)))
        };
    });
}
/**
 * Predicts `rows` (all when omitted) of columns already aligned with the model's features.
 */
function predictColumns(model, columns, rows) {
    const raw = model.algorithm === 'gbdt'
        ? gbdtRawScores(model, columns, rows)
        : linearRawScores(model, columns, rows);
    return outputFromRawScores(model.task, model.classes, raw);
}
/**
 * Turns output-major raw scores (value of output k at row i at k·n + i) into predictions:
 * regression as is, binary through the logistic function, multiclass through softmax.
 */
function outputFromRawScores(task, classes, raw) {
    if (task === 'regression')
        return { task, values: raw };
    const labels = classes;
    const K = labels.length;
    const n = raw.length / (0,_model_format_js__WEBPACK_IMPORTED_MODULE_4__/* .outputCount */ .rG)(task, K);
    const probabilities = new Float64Array(n * K);
    const classCodes = new Int32Array(n);
    if (task === 'binary') {
        for (let i = 0; i < n; i++) {
            const p = (0,_logistic_regression_js__WEBPACK_IMPORTED_MODULE_5__/* .sigmoid */ .ry)(raw[i]);
            probabilities[2 * i] = 1 - p;
            probabilities[2 * i + 1] = p;
            classCodes[i] = raw[i] > 0 ? 1 : 0;
        }
    }
    else {
        for (let i = 0; i < n; i++) {
            let max = -Infinity;
            let best = 0;
            for (let k = 0; k < K; k++) {
                const score = raw[k * n + i];
                if (score > max) {
                    max = score;
                    best = k;
                }
            }
            let sum = 0;
            for (let k = 0; k < K; k++) {
                const e = Math.exp(raw[k * n + i] - max);
                probabilities[i * K + k] = e;
                sum += e;
            }
            for (let k = 0; k < K; k++)
                probabilities[i * K + k] /= sum;
            classCodes[i] = best;
        }
    }
    return {
        task,
        classes: [...labels],
        classCodes,
        labels: Array.from(classCodes, (code) => labels[code]),
        probabilities
    };
}
function linearRawScores(model, columns, rows) {
    const design = (0,_linear_encoding_js__WEBPACK_IMPORTED_MODULE_6__/* .encodeLinear */ .cY)(model.features, columns, rows);
    const { values: X, rowCount: n, columnCount: p } = design;
    const { coefficients, intercepts } = model.linear;
    const raw = new Float64Array(coefficients.length * n);
    coefficients.forEach((weights, k) => {
        const intercept = intercepts[k];
        for (let i = 0; i < n; i++) {
            let z = intercept;
            for (let j = 0; j < p; j++)
                z += X[i * p + j] * weights[j];
            raw[k * n + i] = z;
        }
    });
    return raw;
}
const CODE_STRIDE = _tree_binning_js__WEBPACK_IMPORTED_MODULE_3__/* .MISSING_BIN */ .v1 + 1;
function compileTree(json) {
    const size = json.feature.length;
    const categorical = Uint8Array.from(json.leftCategories, (codes) => (codes === null ? 0 : 1));
    const leftCodes = new Uint8Array(categorical.includes(1) ? size * CODE_STRIDE : 0);
    json.leftCategories.forEach((codes, node) => {
        for (const code of codes ?? [])
            leftCodes[node * CODE_STRIDE + code] = 1;
    });
    return {
        feature: Int32Array.from(json.feature),
        threshold: Float64Array.from(json.threshold),
        left: Int32Array.from(json.left),
        right: Int32Array.from(json.right),
        missingLeft: Uint8Array.from(json.missingLeft, (flag) => (flag ? 1 : 0)),
        value: Float64Array.from(json.value),
        categorical,
        leftCodes
    };
}
function gbdtRawScores(model, columns, rows) {
    const n = rows === undefined ? (columns[0]?.values.length ?? 0) : rows.length;
    // Feature-major matrix: the numeric value or the category code of each row; NaN = missing.
    const matrix = new Float64Array(model.features.length * n);
    model.features.forEach((feature, f) => {
        const column = columns[f];
        const base = f * n;
        if (column.kind === 'numeric') {
            for (let i = 0; i < n; i++)
                matrix[base + i] = column.values[rows === undefined ? i : rows[i]];
            return;
        }
        if (feature.encoding.type !== 'codes') {
            throw new Error(`feature ${feature.name} has no category codes`);
        }
        const binning = (0,_tree_binning_js__WEBPACK_IMPORTED_MODULE_3__/* .categoricalBinning */ .c8)(feature.encoding);
        for (let i = 0; i < n; i++) {
            const code = (0,_tree_binning_js__WEBPACK_IMPORTED_MODULE_3__/* .categoryBin */ .iz)(binning, column.values[rows === undefined ? i : rows[i]]);
            matrix[base + i] = code === _tree_binning_js__WEBPACK_IMPORTED_MODULE_3__/* .MISSING_BIN */ .v1 ? NaN : code;
        }
    });
    const { baseline, trees } = model.gbdt;
    const K = baseline.length;
    const raw = new Float64Array(K * n);
    for (let k = 0; k < K; k++)
        raw.fill(baseline[k], k * n, (k + 1) * n);
    for (const iteration of trees) {
        iteration.forEach((json, k) => addTreeValues(compileTree(json), matrix, n, raw, k * n));
    }
    return raw;
}
/** Adds the tree's leaf value for each of the n rows to raw[offset + i]. */
function addTreeValues(tree, matrix, n, raw, offset) {
    const { feature, threshold, left, right, missingLeft, value, categorical, leftCodes } = tree;
    for (let i = 0; i < n; i++) {
        let node = 0;
        let f = feature[0];
        while (f >= 0) {
            const x = matrix[f * n + i];
            let goLeft;
            if (Number.isNaN(x))
                goLeft = missingLeft[node] === 1;
            else if (categorical[node] === 1)
                goLeft = leftCodes[node * CODE_STRIDE + x] === 1;
            else
                goLeft = x <= threshold[node];
            node = goLeft ? left[node] : right[node];
            f = feature[node];
        }
        raw[offset + i] += value[node];
    }
}


/***/ }),

/***/ 85277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fi: () => (/* binding */ binColumns),
/* harmony export */   VD: () => (/* binding */ fitTreeBinning),
/* harmony export */   c8: () => (/* binding */ categoricalBinning),
/* harmony export */   iD: () => (/* binding */ MAX_VALUE_BINS),
/* harmony export */   iz: () => (/* binding */ categoryBin),
/* harmony export */   v1: () => (/* binding */ MISSING_BIN),
/* harmony export */   wm: () => (/* binding */ MISSING_ONLY_THRESHOLD)
/* harmony export */ });
/* unused harmony export numericBin */
/* harmony import */ var _stats_quantile_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9629);
/* harmony import */ var _stats_random_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73251);
/* harmony import */ var _linear_encoding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67098);



/**
 * Feature binning for the histogram trees, after scikit-learn's `_BinMapper`
 * (sklearn/ensemble/_hist_gradient_boosting/binning.py): every feature becomes a small integer
 * per row, so a split search scans at most 256 histogram bins instead of sorting values.
 *
 * Numeric: with at most `maxBins` distinct training values, the thresholds are the midpoints
 * between consecutive distinct values (every value keeps its own bin); otherwise they are the
 * k/maxBins quantiles (k = 1..maxBins−1) with numpy's `midpoint` interpolation, duplicates
 * removed. A value x lands in bin #{thresholds < x} (np.searchsorted side='left'), so
 * "bin ≤ b" ⇔ "x ≤ thresholds[b]", which is how a tree split is stored in the model. Above
 * 200 000 training values the thresholds come from a seeded subsample of 200 000 (sklearn's
 * `subsample`). Missing values get bin MISSING_BIN.
 *
 * Categorical: the `maxBins` most frequent training levels get codes 0, 1, … (order of
 * rankLevels); with more levels, the first maxBins−1 keep codes and code maxBins−1 is "other".
 */
/** Bin of a missing value (one past the largest value bin). */
const MISSING_BIN = 255;
/** The most value bins a feature can have (sklearn's max_bins limit). */
const MAX_VALUE_BINS = 255;
const QUANTILE_SUBSAMPLE = 200_000;
/** Threshold of a split that sends every present value left and only missing values right. */
const MISSING_ONLY_THRESHOLD = Number.MAX_VALUE;
/** Learns the binning of each feature from the training rows. */
function fitTreeBinning(columns, trainRows, maxBins, seed) {
    return columns.map((column, f) => column.kind === 'numeric'
        ? fitNumericBinning(column.values, trainRows, maxBins, (seed + f) >>> 0)
        : fitCategoricalBinning(column.values, trainRows, maxBins));
}
function fitNumericBinning(values, rows, maxBins, seed) {
    let present = new Float64Array(rows.length);
    let count = 0;
    for (let k = 0; k < rows.length; k++) {
        const value = values[rows[k]];
        if (!Number.isNaN(value))
            present[count++] = value;
    }
    present = present.subarray(0, count);
    if (count > QUANTILE_SUBSAMPLE)
        present = subsample(present, QUANTILE_SUBSAMPLE, seed);
    const sorted = present.slice().sort();
    // Distinct values, collected only up to maxBins + 1 (beyond that, quantiles are used).
    const distinct = [];
    for (let i = 0; i < sorted.length && distinct.length <= maxBins; i++) {
        if (i === 0 || sorted[i] !== sorted[i - 1])
            distinct.push(sorted[i]);
    }
    const thresholds = [];
    if (distinct.length <= maxBins) {
        for (let i = 1; i < distinct.length; i++) {
            const sum = distinct[i - 1] + distinct[i];
            thresholds.push(Number.isFinite(sum) ? sum * 0.5 : 0.5 * distinct[i - 1] + 0.5 * distinct[i]);
        }
    }
    else {
        for (let k = 1; k < maxBins; k++) {
            // q as numpy forms it from np.linspace(0, 100, maxBins + 1) / 100, so the same order
            // statistics are picked when k·(n − 1)/maxBins is (nearly) an integer.
            const q = (k * (100 / maxBins)) / 100;
            const threshold = (0,_stats_quantile_js__WEBPACK_IMPORTED_MODULE_0__/* .quantileSorted */ .Z)(sorted, q, 'midpoint');
            if (thresholds.length === 0 || threshold > thresholds[thresholds.length - 1]) {
                thresholds.push(threshold);
            }
        }
    }
    return {
        kind: 'numeric',
        thresholds: Float64Array.from(thresholds),
        binCount: thresholds.length + 1,
        codeOf: new Map(),
        otherCode: -1,
        encoding: { type: 'passthrough' }
    };
}
function fitCategoricalBinning(values, rows, maxBins) {
    const counts = (0,_linear_encoding_js__WEBPACK_IMPORTED_MODULE_1__/* .countLevels */ .ZT)(values, rows);
    counts.delete(null);
    const ranked = (0,_linear_encoding_js__WEBPACK_IMPORTED_MODULE_1__/* .rankLevels */ .gf)(counts);
    const hasOther = ranked.length > maxBins;
    const levels = hasOther ? ranked.slice(0, maxBins - 1) : ranked;
    const codeOf = new Map();
    levels.forEach((level, code) => codeOf.set(level, code));
    const encoding = { type: 'codes', levels, other: hasOther };
    return categoricalBinning(encoding, codeOf);
}
/** The binning a stored `codes` encoding describes (used again at prediction time). */
function categoricalBinning(encoding, codeOf = new Map(encoding.levels.map((level, code) => [level, code]))) {
    return {
        kind: 'categorical',
        thresholds: new Float64Array(0),
        binCount: encoding.levels.length + (encoding.other ? 1 : 0),
        codeOf,
        otherCode: encoding.other ? encoding.levels.length : -1,
        encoding
    };
}
/** A seeded sample without replacement (partial Fisher–Yates). */
function subsample(values, size, seed) {
    const random = (0,_stats_random_js__WEBPACK_IMPORTED_MODULE_2__/* .mulberry32 */ .s)(seed);
    const pool = values.slice();
    for (let i = 0; i < size; i++) {
        const j = i + Math.floor(random() * (pool.length - i));
        const held = pool[i];
        pool[i] = pool[j];
        pool[j] = held;
    }
    return pool.subarray(0, size);
}
/** Bin of one numeric value: #{thresholds < x}, by binary search. */
function numericBin(thresholds, x) {
    if (Number.isNaN(x))
        return MISSING_BIN;
    let low = 0;
    let high = thresholds.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (thresholds[middle] < x)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}
/** Code of one categorical value: its level's code, "other", or MISSING_BIN. */
function categoryBin(binning, value) {
    if (value === null)
        return MISSING_BIN;
    const code = binning.codeOf.get(value);
    if (code !== undefined)
        return code;
    return binning.otherCode >= 0 ? binning.otherCode : MISSING_BIN;
}
/**
 * The binned rows, row-major: bin of feature f at row position i is at i·featureCount + f, so
 * a histogram pass over a node's rows reads each row's bins from one cache line. `columns[f]` is
 * the data column of `binnings[f]`; `rows` selects and orders the rows (all when omitted).
 */
function binColumns(binnings, columns, rows) {
    const rowCount = rows === undefined ? (columns[0]?.values.length ?? 0) : rows.length;
    const featureCount = binnings.length;
    const binned = new Uint8Array(featureCount * rowCount);
    binnings.forEach((binning, f) => {
        const column = columns[f];
        if (column.kind === 'numeric') {
            for (let i = 0; i < rowCount; i++) {
                const value = column.values[rows === undefined ? i : rows[i]];
                binned[i * featureCount + f] = numericBin(binning.thresholds, value);
            }
        }
        else {
            for (let i = 0; i < rowCount; i++) {
                const value = column.values[rows === undefined ? i : rows[i]];
                binned[i * featureCount + f] = categoryBin(binning, value);
            }
        }
    });
    return binned;
}


/***/ }),

/***/ 73251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mulberry32)
/* harmony export */ });
/**
 * mulberry32: a tiny, fast, seedable 32-bit PRNG (Tommy Ettinger, public domain). Chosen because
 * stats-reference.md §3.3 pins it for reproducible bootstrap results across platforms.
 */
function mulberry32(seed) {
    let state = seed >>> 0;
    return function next() {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}


/***/ })

};
