export const id = 9747;
export const ids = [9747];
export const modules = {

/***/ 26694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ readPartialFile),
/* harmony export */   X: () => (/* binding */ writePartialFile)
/* harmony export */ });
/* harmony import */ var _shard_partial_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52079);
/* harmony import */ var _shard_validate_partial_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15871);
/* harmony import */ var _user_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24574);



/** Writes a shard partial atomically (compact JSON: it is for the merge, not for reading). */
function writePartialFile(path, partial) {
    (0,_user_files_js__WEBPACK_IMPORTED_MODULE_2__/* .writeTextFile */ .Tl)(path, `${(0,_shard_partial_json_js__WEBPACK_IMPORTED_MODULE_0__/* .encodePartialJson */ .UQ)(partial)}\n`);
}
/** Reads and checks a shard partial written by writePartialFile. */
function readPartialFile(path, format) {
    return (0,_shard_validate_partial_js__WEBPACK_IMPORTED_MODULE_1__/* .readValidatePartial */ .aC)((0,_user_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readUserFile */ .E1)(path, 'shard partial'), path, format);
}


/***/ }),

/***/ 12173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HT: () => (/* binding */ shardSegments),
/* harmony export */   UM: () => (/* binding */ scanShardSegments),
/* harmony export */   XP: () => (/* binding */ partialFiles)
/* harmony export */ });
/* unused harmony exports shardableFiles, findRowStart */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32635);
/* harmony import */ var _shard_shard_segments_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(18283);
/* harmony import */ var _shard_shard_spec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(30225);
/* harmony import */ var _csv_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(15905);
/* harmony import */ var _dist_location_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(39651);
/* harmony import */ var _parallel_csv_scan_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(98351);
/* harmony import */ var _table_scan_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(53213);










/** Below this many bytes a byte-range segment is scanned on one thread. */
const MIN_SPLIT_BYTES = 8 << 20;
/** The files of the table as a partial records them (every shard resolves the same list). */
function partialFiles(input, header) {
    return input.files.map((file) => ({
        path: file.path,
        format: file.format,
        gzip: file.gzip,
        bytes: file.bytes,
        data_start: file.gzip ? 0 : (header.csv.get(file.path)?.dataOffset ?? 0)
    }));
}
/** What planShardSegments needs to know about the table's files. */
function shardableFiles(files) {
    return files.map((file) => ({
        bytes: file.bytes,
        dataStart: file.data_start,
        splittable: !file.gzip && (file.format === 'csv' || file.format === 'tsv')
    }));
}
/** The segments of the table that shard `spec` scans (reads a few bytes at each cut). */
async function shardSegments(files, partial, spec) {
    return (0,_shard_shard_segments_js__WEBPACK_IMPORTED_MODULE_9__/* .planShardSegments */ .a)(shardableFiles(partial), spec, async (fileIndex, offset) => findRowStart(files[fileIndex].path, offset));
}
/**
 * Scans the segments of one shard. Whole files go through the normal table scan (worker threads
 * for large CSV files); byte ranges of a large CSV file are split again over `threads` workers
 * with the same LF-anchored guess-and-verify rule as a single run. Rows are counted from 0 in
 * every range; the merge positions them.
 */
async function scanShardSegments(input, header, plan, spec, segments, options = {}) {
    const runRange = options.runRange ?? defaultRangeRunner();
    const minSplitBytes = options.minSplitBytes ?? MIN_SPLIT_BYTES;
    const scanned = [];
    for (const segment of segments) {
        const file = input.files[segment.fileIndex];
        if (segment.whole) {
            const parts = await (0,_table_scan_js__WEBPACK_IMPORTED_MODULE_8__/* .scanTable */ .S)({ ...input, files: [file] }, header, plan);
            scanned.push({
                file: segment.fileIndex,
                start: 0,
                end_offset: file.bytes,
                whole: true,
                ranges: parts.map((part) => part.partial)
            });
            continue;
        }
        const delimiter = (0,_csv_source_js__WEBPACK_IMPORTED_MODULE_5__/* .delimiterByte */ .Wi)(file, input.delimiter);
        const { ranges, endOffset } = await scanByteRange(file, plan, delimiter, segment, segment.stop - segment.start >= minSplitBytes ? Math.max(1, input.threads) : 1, spec, runRange);
        scanned.push({
            file: segment.fileIndex,
            start: segment.start,
            end_offset: endOffset,
            whole: false,
            ranges
        });
    }
    return scanned;
}
/**
 * The rows starting in [segment.start, segment.stop) in one or more sub-ranges. A sub-range guess
 * that lands inside a quoted field is detected (the previous sub-range ends elsewhere) and that
 * sub-range is scanned again from the true row start, as scanCsvInRanges does for whole files.
 */
async function scanByteRange(file, plan, delimiter, segment, pieces, spec, runRange) {
    const starts = [segment.start];
    for (let k = 1; k < pieces; k++) {
        const nominal = Math.floor(segment.start + ((segment.stop - segment.start) * k) / pieces);
        const found = findRowStart(file.path, nominal);
        if (found === undefined || found >= segment.stop)
            break;
        if (found > starts[starts.length - 1])
            starts.push(found);
    }
    starts.push(segment.stop);
    const replies = await Promise.all(starts
        .slice(0, -1)
        .map((start, k) => runRange({ file, plan, delimiter, start, stop: starts[k + 1] })));
    const ranges = [];
    let expected = segment.start;
    let rowsSoFar = 0;
    for (let k = 0; k < replies.length; k++) {
        let reply = replies[k];
        if (starts[k] !== expected)
            reply = await (0,_parallel_csv_scan_js__WEBPACK_IMPORTED_MODULE_7__/* .runRangeOnThisThread */ .s)({
                file,
                plan,
                delimiter,
                start: expected,
                stop: starts[k + 1]
            });
        if (!reply.ok) {
            if ('failure' in reply)
                throw new Error(`A scan worker failed: ${reply.failure}`);
            throw shardSyntaxError(file.path, spec, segment.start, rowsSoFar, reply.relativeLine, reply.problem);
        }
        ranges.push(reply.partial);
        rowsSoFar += reply.partial.rows;
        expected = reply.endOffset;
    }
    return { ranges, endOffset: expected };
}
/**
 * A malformed row inside a byte-range shard. The shard does not know how many lines precede its
 * first byte, so the message gives the byte offset and the line counted from there.
 */
function shardSyntaxError(file, spec, start, rowsBefore, relativeLine, problem) {
    const where = `in shard ${(0,_shard_shard_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .formatShardSpec */ .vn)(spec)}, line ${relativeLine} counted from byte ${start}`;
    const hint = start > 0
        ? '; if the file has quoted fields with line breaks, the shard may have started inside one: shard by files instead'
        : '';
    switch (problem.reason) {
        case 'ragged':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz({ file }, `${where} (row ${rowsBefore + problem.row + 1} of the shard): the row has ${problem.fields} field(s) but the header has ${problem.header.length} (${problem.header.join(', ')})${hint}`);
        case 'utf8':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz({ file, field: problem.column }, `${where}: invalid UTF-8 bytes; the file must be UTF-8 encoded`);
        case 'csv':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz({ file }, `${where}: ${problem.detail}${hint}`);
    }
}
/** The byte after the first line feed at or past `offset`, or undefined when there is none. */
function findRowStart(path, offset) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    try {
        const window = new Uint8Array(1 << 16);
        let position = offset;
        for (;;) {
            const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, window, 0, window.length, position);
            if (read === 0)
                return undefined;
            const at = window.subarray(0, read).indexOf(10);
            if (at >= 0)
                return position + at + 1;
            position += read;
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Worker threads when running from the bundle, this thread otherwise (tests from sources). */
function defaultRangeRunner() {
    const dist = (0,_dist_location_js__WEBPACK_IMPORTED_MODULE_6__/* .getDistDirectory */ .K)();
    if (dist === undefined)
        return _parallel_csv_scan_js__WEBPACK_IMPORTED_MODULE_7__/* .runRangeOnThisThread */ .s;
    return (request) => new Promise((resolve, reject) => {
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.Worker((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dist, 'scan-worker.js'), { workerData: request });
        let settled = false;
        worker.once('message', (reply) => {
            settled = true;
            resolve(reply);
        });
        worker.once('error', (error) => {
            settled = true;
            reject(error);
        });
        worker.once('exit', (code) => {
            if (!settled)
                reject(new Error(`A scan worker exited with code ${code} before reporting`));
        });
    });
}


/***/ }),

/***/ 86615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y0: () => (/* binding */ describeShard),
  fg: () => (/* binding */ sha256Hex),
  rf: () => (/* binding */ validateShard)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./shared/checks/checks-loader.ts + 2 modules
var checks_loader = __webpack_require__(40647);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/adapters/shard-scan.ts
var shard_scan = __webpack_require__(12173);
// EXTERNAL MODULE: ./shared/data/csv-scanner.ts
var csv_scanner = __webpack_require__(63916);
// EXTERNAL MODULE: ./shared/scan/duplicate-keys.ts
var duplicate_keys = __webpack_require__(99892);
// EXTERNAL MODULE: ./shared/adapters/csv-source.ts
var csv_source = __webpack_require__(15905);
// EXTERNAL MODULE: ./shared/adapters/file-chunks.ts
var file_chunks = __webpack_require__(40664);
// EXTERNAL MODULE: ./shared/adapters/row-picker.ts
var row_picker = __webpack_require__(79394);
;// CONCATENATED MODULE: ./shared/adapters/shard-rows.ts






/**
 * The texts a shard can give for its uniqueness samples: for every `unique` and compound `unique`
 * check, the first rows of the duplicates found inside the shard (its own findDuplicates over its
 * keys), read again from the shard's segments. Rows are 1-based within the shard. A merged sample
 * row either holds a key repeated inside its shard (then it is among these first rows: they are a
 * prefix of the shard's rows with repeated keys) or a key seen once here and again in another
 * shard, whose text the merge reads itself.
 */
async function shardSampleTexts(input, header, plan, segments) {
    const wanted = [];
    const collect = (checkId, columns, keysOf) => {
        const parts = [];
        let rows = 0;
        for (const segment of segments) {
            for (const range of segment.ranges) {
                const keys = keysOf(range);
                if (keys !== undefined)
                    parts.push({ keys, rowsBefore: rows });
                rows += range.rows;
            }
        }
        for (const sample of (0,duplicate_keys/* findDuplicates */.I)(parts, plan.sampleLimit).samples)
            wanted.push({ checkId, row: sample.row, columns });
    };
    for (const column of plan.columns) {
        const check = column.valueChecks.find((candidate) => candidate.check === 'unique');
        if (check !== undefined)
            collect(check.id, [column.index], (range) => range.columns[column.index]?.uniqueKeys);
    }
    for (const key of plan.compoundKeys)
        collect(key.checkId, key.columnIndexes, (range) => range.compound[key.checkId]?.keys);
    const texts = {};
    if (wanted.length === 0)
        return texts;
    const rows = await readShardRows(input, header, segments, new Set(wanted.map((entry) => entry.row)));
    for (const entry of wanted) {
        const values = rows.get(entry.row);
        const text = entry.columns.length === 1
            ? values[entry.columns[0]]
            : `(${entry.columns.map((index) => values[index]).join(', ')})`;
        (texts[entry.checkId] ??= []).push([entry.row, text]);
    }
    return texts;
}
/** The field texts of some rows of a shard (1-based within the shard). */
async function readShardRows(input, header, segments, wanted) {
    const picked = new Map();
    let rowsBefore = 0;
    for (const segment of segments) {
        const segmentRows = segment.ranges.reduce((sum, range) => sum + range.rows, 0);
        const local = new Set();
        for (const row of wanted)
            if (row > rowsBefore && row <= rowsBefore + segmentRows)
                local.add(row - rowsBefore);
        if (local.size > 0) {
            const file = input.files[segment.file];
            const rows = segment.whole
                ? await (0,row_picker/* pickRows */.L)({ ...input, files: [file] }, header, local)
                : await pickRangeRows(file, (0,csv_source/* delimiterByte */.Wi)(file, input.delimiter), header.header.length, segment.start, local);
            for (const [row, values] of rows)
                picked.set(rowsBefore + row, values);
        }
        rowsBefore += segmentRows;
    }
    return picked;
}
/** Rows (1-based from the row starting at byte `start`) of an uncompressed delimited file. */
async function pickRangeRows(file, delimiter, columns, start, rows) {
    const picked = new Map();
    const last = Math.max(...rows);
    const scanner = new csv_scanner/* CsvScanner */.BR(delimiter);
    // As the scan does: a blank line is a row only in a one-column file.
    scanner.skipBlankLines = columns > 1;
    let row = 0;
    await (0,file_chunks/* forEachChunk */.q)(file, start, (buffer, length, atEnd) => {
        const used = scanner.scan(buffer, 0, length, atEnd, (bytes, fields) => {
            row++;
            if (rows.has(row)) {
                const values = [];
                for (let k = 0; k < fields.fieldCount; k++)
                    values.push((0,csv_scanner/* fieldText */.gF)(bytes, fields.starts[k], fields.ends[k], fields.flags[k]));
                picked.set(row, values);
            }
            if (row >= last)
                fields.stopRequested = true;
        });
        return row >= last ? 'stop' : used;
    });
    for (const wantedRow of rows) {
        if (!picked.has(wantedRow))
            throw new errors/* InputError */.dz({ file: file.path }, `row ${wantedRow} after byte ${start} could not be read again; did the file change during the run?`);
    }
    return picked;
}

// EXTERNAL MODULE: ./shared/adapters/user-files.ts
var user_files = __webpack_require__(24574);
// EXTERNAL MODULE: ./shared/shard/exact-value-cap.ts
var exact_value_cap = __webpack_require__(73779);
// EXTERNAL MODULE: ./shared/shard/shard-spec.ts
var shard_spec = __webpack_require__(30225);
// EXTERNAL MODULE: ./shared/shard/validate-partial.ts
var validate_partial = __webpack_require__(15871);
// EXTERNAL MODULE: ./shared/version.ts
var version = __webpack_require__(84402);
// EXTERNAL MODULE: ./shared/operations/validate-data.ts + 10 modules
var validate_data = __webpack_require__(73790);
// EXTERNAL MODULE: ./shared/text/grouped-integer.ts
var grouped_integer = __webpack_require__(34369);
;// CONCATENATED MODULE: ./shared/operations/shard-validate.ts












/**
 * One shard of a validate-data matrix: scans the rows dealt to shard k of n (whole files, or a
 * byte range of a large CSV file: shard-segments.ts) and returns the partial result that
 * `tollgate merge` combines with the other shards' into the report a single run would write.
 * Checks are not evaluated here: a shard sees only part of the data.
 */
async function validateShard(request) {
    const checksText = (0,user_files/* readUserFile */.E1)(request.checksPath, 'checks file');
    const checks = (0,checks_loader/* loadChecks */.o)(checksText, request.checksPath);
    if (checks.source !== undefined) {
        throw new errors/* UsageError */.eb(`${request.checksPath} checks a database table (source:): the checks run inside the database, so there is nothing to shard; drop --shard`);
    }
    const { files, input, header, plan } = await (0,validate_data/* prepareScan */.J)(checks, request);
    const described = (0,shard_scan/* partialFiles */.XP)(input, header);
    const segments = await (0,shard_scan/* shardSegments */.HT)(files, described, request.shard);
    const scanned = await (0,shard_scan/* scanShardSegments */.UM)(input, header, plan, request.shard, segments, {
        runRange: request.runRange,
        minSplitBytes: request.minSplitBytes
    });
    const sampleTexts = await shardSampleTexts(input, header, plan, scanned);
    const budget = request.exactValueBudget ?? exact_value_cap/* DEFAULT_PARTIAL_EXACT_VALUES */.b;
    const exactValuesKept = (0,exact_value_cap/* capExactValues */.O)(scanned.flatMap((segment) => segment.ranges), budget);
    const rows = scanned.reduce((sum, segment) => sum + segment.ranges.reduce((total, range) => total + range.rows, 0), 0);
    return {
        format: validate_partial/* VALIDATE_PARTIAL_FORMAT */.tc,
        version: validate_partial/* VALIDATE_PARTIAL_VERSION */.KF,
        tool: { name: 'tollgate', version: version/* TOLLGATE_VERSION */.o },
        generated_at: new Date(request.now).toISOString(),
        shard: request.shard,
        checks: { file: request.checksPath, sha256: sha256Hex(checksText) },
        data: { files: described, delimiter: request.delimiter ?? '', header: header.header },
        scan: {
            sample_limit: plan.sampleLimit,
            exact_value_budget: budget,
            exact_values_kept: exactValuesKept
        },
        rows,
        segments: scanned,
        sample_texts: sampleTexts
    };
}
/** sha256 of a text's UTF-8 bytes, lowercase hex: identifies the checks file across jobs. */
function sha256Hex(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex');
}
/** One line for logs: `shard 3/16: 1,234 rows from 2 segment(s)`. */
function describeShard(partial) {
    const segments = partial.segments
        .map((segment) => {
        const file = partial.data.files[segment.file].path;
        return segment.whole ? file : `${file} bytes ${segment.start}–${segment.end_offset}`;
    })
        .join(', ');
    return `shard ${(0,shard_spec/* formatShardSpec */.vn)(partial.shard)}: ${(0,grouped_integer/* groupedInteger */.b)(partial.rows)} rows${segments === '' ? ' (no data dealt to this shard)' : ` from ${segments}`}`;
}


/***/ }),

/***/ 73779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ capExactValues),
/* harmony export */   b: () => (/* binding */ DEFAULT_PARTIAL_EXACT_VALUES)
/* harmony export */ });
/* harmony import */ var _sketch_quantile_sketch_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24699);

/**
 * Exact numeric values a shard partial may carry by default: 2M values = 16 MB (21 MB of base64).
 * A single run keeps up to 4M values per scanned range in memory; a partial travels through an
 * artifact upload and download and is read back by the merge job next to every other shard's, so
 * it is kept smaller.
 */
const DEFAULT_PARTIAL_EXACT_VALUES = 2_000_000;
const CAP_LOCATION = { file: '<shard partial>' };
/**
 * Keeps a shard's exact numeric values within `budget` by folding whole columns (largest first)
 * into their mergeable DDSketch, as a scan does when it goes over its own budget. The merge then
 * treats those columns as approximate: merged quantiles are DDSketch estimates within its relative
 * accuracy α (0.5%), and checks on them report `exact: false`. Counts, moments, min/max and every
 * value check stay exact. Returns false when some values were folded. Mutates the ranges.
 */
function capExactValues(ranges, budget) {
    const columns = ranges[0]?.columns.length ?? 0;
    const kept = [];
    let total = 0;
    for (let c = 0; c < columns; c++) {
        let values = 0;
        for (const range of ranges)
            values += range.columns[c].sortedNumbers?.length ?? 0;
        kept.push({ column: c, values });
        total += values;
    }
    if (total <= budget)
        return true;
    kept.sort((a, b) => b.values - a.values);
    for (const { column, values } of kept) {
        if (total <= budget)
            break;
        for (const range of ranges)
            foldIntoSketch(range, column);
        total -= values;
    }
    return false;
}
function foldIntoSketch(range, column) {
    const partial = range.columns[column];
    const numbers = partial.sortedNumbers;
    if (numbers === undefined)
        return;
    // The values are already counted in the value table and HyperLogLog (addSortedNumbers at the
    // end of the range); only the quantile sketch is missing them.
    const sketch = partial.tally.quantiles === undefined
        ? new _sketch_quantile_sketch_js__WEBPACK_IMPORTED_MODULE_0__/* .QuantileSketch */ .wh()
        : _sketch_quantile_sketch_js__WEBPACK_IMPORTED_MODULE_0__/* .QuantileSketch */ .wh.fromJSON(partial.tally.quantiles, CAP_LOCATION);
    sketch.addMany(numbers);
    partial.tally = { ...partial.tally, quantiles: sketch.toJSON() };
    partial.sortedNumbers = undefined;
}


/***/ }),

/***/ 52079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UQ: () => (/* binding */ encodePartialJson),
/* harmony export */   qX: () => (/* binding */ PartialJsonError),
/* harmony export */   wI: () => (/* binding */ decodePartialJson)
/* harmony export */ });
/* harmony import */ var _sketch_sketch_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36030);

/**
 * JSON for shard partials. Partials carry what plain JSON cannot: Float64Arrays (exact numeric
 * values, row-ordered uniqueness keys) and non-finite numbers (the ±Infinity of an empty column's
 * min/max). Typed arrays become `{"$f64": "<base64 of the little-endian IEEE-754 bytes>"}` —
 * 8 bytes per value, 10.7 characters after base64 — and non-finite numbers
 * `{"$num": "Infinity" | "-Infinity" | "NaN"}`. Every other value is written as is.
 */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** Serialises a value holding Float64Arrays and non-finite numbers (compact, one line). */
function encodePartialJson(value) {
    return JSON.stringify(value, (_key, item) => {
        if (item instanceof Float64Array)
            return { $f64: (0,_sketch_sketch_json_js__WEBPACK_IMPORTED_MODULE_0__/* .encodeBase64 */ .WG)(littleEndianBytes(item)) };
        if (typeof item === 'number' && !Number.isFinite(item))
            return { $num: String(item) };
        return item;
    });
}
/** Why a partial's JSON could not be decoded (the caller names the file). */
class PartialJsonError extends Error {
}
/** Parses JSON written by encodePartialJson, restoring typed arrays and non-finite numbers. */
function decodePartialJson(text) {
    let parsed;
    try {
        parsed = JSON.parse(text, (_key, item) => {
            if (typeof item !== 'object' || item === null || Array.isArray(item))
                return item;
            const record = item;
            const keys = Object.keys(record);
            if (keys.length !== 1)
                return item;
            if (keys[0] === '$f64')
                return decodeFloat64(record.$f64);
            if (keys[0] === '$num')
                return decodeNonFinite(record.$num);
            return item;
        });
    }
    catch (error) {
        if (error instanceof PartialJsonError)
            throw error;
        throw new PartialJsonError(`not valid JSON (${error.message}); was the file truncated?`);
    }
    return parsed;
}
function littleEndianBytes(array) {
    const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
    if (LITTLE_ENDIAN)
        return bytes;
    const swapped = new Uint8Array(bytes.length);
    for (let i = 0; i < bytes.length; i += 8)
        for (let j = 0; j < 8; j++)
            swapped[i + j] = bytes[i + 7 - j];
    return swapped;
}
function decodeFloat64(text) {
    if (typeof text !== 'string' || text.length % 4 !== 0)
        throw new PartialJsonError('a "$f64" array is not base64 text');
    const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
    const expected = (text.length / 4) * 3 - padding;
    const buffer = Buffer.from(text, 'base64');
    // Node skips characters outside the alphabet: a shorter result means the text was corrupted.
    if (buffer.length !== expected || expected % 8 !== 0)
        throw new PartialJsonError('a "$f64" array is not valid base64 of 8-byte numbers');
    const bytes = new Uint8Array(expected);
    bytes.set(buffer);
    if (!LITTLE_ENDIAN) {
        for (let i = 0; i < bytes.length; i += 8)
            bytes.subarray(i, i + 8).reverse();
    }
    return new Float64Array(bytes.buffer);
}
function decodeNonFinite(text) {
    if (text === 'Infinity')
        return Infinity;
    if (text === '-Infinity')
        return -Infinity;
    if (text === 'NaN')
        return NaN;
    throw new PartialJsonError(`"$num" must be Infinity, -Infinity or NaN, got ${JSON.stringify(text)}`);
}


/***/ }),

/***/ 18283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ checkSegmentChain),
/* harmony export */   a: () => (/* binding */ planShardSegments)
/* harmony export */ });
function compareCuts(a, b) {
    return a.fileIndex !== b.fileIndex ? a.fileIndex - b.fileIndex : a.offset - b.offset;
}
/** The segments shard `spec` scans, in table order. */
async function planShardSegments(files, spec, findRowStart) {
    const cuts = await planCuts(files, spec.count, findRowStart);
    return segmentsBetween(files, cuts[spec.index - 1], cuts[spec.index]);
}
/** All count + 1 cuts: the table start, the count − 1 resolved cuts, the table end. */
async function planCuts(files, count, findRowStart) {
    const weights = files.map((file) => Math.max(0, file.bytes - file.dataStart));
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    const cuts = [{ fileIndex: 0, offset: 0 }];
    for (let j = 1; j < count; j++) {
        const target = Math.floor((total * j) / count);
        let cut = await resolveCut(files, weights, target, findRowStart);
        const previous = cuts[cuts.length - 1];
        if (compareCuts(cut, previous) < 0)
            cut = previous;
        cuts.push(cut);
    }
    cuts.push({ fileIndex: files.length, offset: 0 });
    return cuts;
}
/** Where the byte `target` of the concatenated data lands, moved to a row or file boundary. */
async function resolveCut(files, weights, target, findRowStart) {
    let base = 0;
    for (let i = 0; i < files.length; i++) {
        const weight = weights[i];
        if (target < base + weight) {
            const file = files[i];
            const within = target - base;
            if (within === 0)
                return { fileIndex: i, offset: 0 };
            if (!file.splittable)
                return within * 2 < weight ? { fileIndex: i, offset: 0 } : { fileIndex: i + 1, offset: 0 };
            const rowStart = await findRowStart(i, file.dataStart + within);
            if (rowStart === undefined || rowStart >= file.bytes)
                return { fileIndex: i + 1, offset: 0 };
            return { fileIndex: i, offset: rowStart };
        }
        base += weight;
    }
    return { fileIndex: files.length, offset: 0 };
}
function segmentsBetween(files, from, to) {
    const segments = [];
    for (let i = from.fileIndex; i < files.length && i <= to.fileIndex; i++) {
        const file = files[i];
        const startsInside = i === from.fileIndex && from.offset > 0;
        const endsInside = i === to.fileIndex;
        if (endsInside && to.offset === 0)
            break;
        const start = startsInside ? from.offset : file.dataStart;
        const stop = endsInside ? to.offset : file.bytes;
        if (!startsInside && !endsInside)
            segments.push({ fileIndex: i, start: 0, stop: file.bytes, whole: true });
        else if (stop > start)
            segments.push({ fileIndex: i, start, stop, whole: false });
    }
    return segments;
}
/**
 * Checks that the segments of all shards, in table order, cover every file exactly once and that
 * each byte-range segment starts exactly where the previous one's last row ended. Returns a
 * sentence describing the first problem, or undefined when the chain is sound.
 */
function checkSegmentChain(files, segments, fileName) {
    let at = 0;
    for (let i = 0; i < files.length; i++) {
        const file = files[i];
        let expected = file.dataStart;
        let seen = false;
        while (at < segments.length && segments[at].fileIndex === i) {
            const segment = segments[at++];
            if (segment.whole) {
                if (seen)
                    return `${fileName(i)} was scanned whole by shard ${segment.shard} and in part by another shard`;
                expected = file.bytes;
                seen = true;
                continue;
            }
            if (segment.start !== expected) {
                const previous = segments[at - 2];
                if (segment.start < expected && previous !== undefined && previous.fileIndex === i) {
                    return (`shard ${segment.shard} started at byte ${segment.start} of ${fileName(i)}, but the row that shard ${previous.shard} ` +
                        `read last ends at byte ${expected}: the line feed the shards cut at lies inside a quoted field. ` +
                        'Split the data into several files (shards then take whole files) or use a different number of shards');
                }
                return `the shards do not cover ${fileName(i)} without gaps or overlaps (a segment starts at byte ${segment.start}, expected ${expected}); were the partials made from different data?`;
            }
            expected = segment.endOffset;
            seen = true;
        }
        if (!seen)
            return `no shard scanned ${fileName(i)}; is a partial missing or made from a different file list?`;
        if (expected !== file.bytes)
            return `the rows read from ${fileName(i)} end at byte ${expected}, but the file has ${file.bytes} bytes`;
    }
    if (at < segments.length)
        return `a partial names file number ${segments[at].fileIndex + 1}, but the data has only ${files.length} file(s)`;
    return undefined;
}


/***/ }),

/***/ 34628:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ assembleShards)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
/* harmony import */ var _shard_segments_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18283);
/* harmony import */ var _shard_spec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30225);



/**
 * Checks that the partials form one complete set — every shard k/n exactly once, the same checks
 * file (by hash), the same data files, header and delimiter, the same scan settings — and that
 * their segments tile the data (see checkSegmentChain); then positions every range in the table.
 * Each problem is reported with the files involved, because a matrix job that silently lost a
 * shard would otherwise pass on a fraction of the data.
 */
function assembleShards(partials, checksSha256, checksFile) {
    const first = partials[0];
    if (first === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('No shard partials were given; pass the files written by `tollgate validate --shard k/n`.');
    const count = first.partial.shard.count;
    for (const { partial, source } of partials) {
        if (partial.shard.count !== count) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file: source }, `this partial is shard ${(0,_shard_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .formatShardSpec */ .vn)(partial.shard)} but ${first.source} is shard ${(0,_shard_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .formatShardSpec */ .vn)(first.partial.shard)}: all partials of a merge must come from one ${count}-shard run`);
        }
        if (partial.checks.sha256 !== checksSha256) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file: source }, `this partial was made with a different checks file (${partial.checks.file}, sha256 ${partial.checks.sha256.slice(0, 12)}…) than ${checksFile} (sha256 ${checksSha256.slice(0, 12)}…); merge with the checks file the shards ran`);
        }
        const difference = dataDifference(first.partial, partial);
        if (difference !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file: source }, `this partial describes different data than ${first.source}: ${difference}; all shards must read the same files`);
        }
    }
    const byIndex = new Map();
    const duplicates = [];
    for (const entry of partials) {
        const seen = byIndex.get(entry.partial.shard.index);
        if (seen !== undefined)
            duplicates.push(`shard ${(0,_shard_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .formatShardSpec */ .vn)(entry.partial.shard)} is in both ${seen.source} and ${entry.source}`);
        else
            byIndex.set(entry.partial.shard.index, entry);
    }
    if (duplicates.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`Each shard must be merged exactly once: ${duplicates.join('; ')}.`);
    const missing = [];
    for (let k = 1; k <= count; k++)
        if (!byIndex.has(k))
            missing.push(k);
    if (missing.length > 0) {
        const shown = missing.slice(0, 20).map((k) => `${k}/${count}`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`The shard set is incomplete: missing shard${missing.length === 1 ? '' : 's'} ${shown.join(', ')}${missing.length > 20 ? ', …' : ''} (got ${partials.length} of ${count}); did a matrix job fail or not upload its partial?`);
    }
    const ordered = [...byIndex.values()].sort((a, b) => a.partial.shard.index - b.partial.shard.index);
    const files = first.partial.data.files;
    const shardable = files.map((file) => ({
        bytes: file.bytes,
        dataStart: file.data_start,
        splittable: !file.gzip && (file.format === 'csv' || file.format === 'tsv')
    }));
    const scanned = [];
    for (const { partial } of ordered) {
        for (const segment of partial.segments) {
            scanned.push({
                fileIndex: segment.file,
                start: segment.start,
                endOffset: segment.end_offset,
                whole: segment.whole,
                shard: partial.shard.index
            });
        }
    }
    const chainProblem = (0,_shard_segments_js__WEBPACK_IMPORTED_MODULE_2__/* .checkSegmentChain */ .T)(shardable, scanned, (index) => files[index].path);
    if (chainProblem !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`The shard partials cannot be merged: ${chainProblem}.`);
    const parts = [];
    const shardRowsBefore = [];
    const sampleTexts = new Map();
    let rows = 0;
    for (const { partial } of ordered) {
        shardRowsBefore.push(rows);
        for (const [checkId, entries] of Object.entries(partial.sample_texts)) {
            let texts = sampleTexts.get(checkId);
            if (texts === undefined)
                sampleTexts.set(checkId, (texts = new Map()));
            for (const [row, text] of entries)
                texts.set(rows + row, text);
        }
        for (const segment of partial.segments) {
            for (const range of segment.ranges) {
                parts.push({ partial: range, rowsBefore: rows });
                rows += range.rows;
            }
        }
    }
    return {
        count,
        header: first.partial.data.header,
        files,
        delimiter: first.partial.data.delimiter,
        rows,
        sampleLimit: first.partial.scan.sample_limit,
        parts,
        shardRowsBefore,
        sampleTexts,
        exactValuesKept: ordered.every(({ partial }) => partial.scan.exact_values_kept)
    };
}
/** How two partials' data descriptions differ, or undefined when they agree. */
function dataDifference(a, b) {
    if (a.data.header.join('\u0000') !== b.data.header.join('\u0000'))
        return `the columns differ (${a.data.header.join(', ')} vs ${b.data.header.join(', ')})`;
    if (a.data.delimiter !== b.data.delimiter)
        return 'the delimiter differs';
    if (a.data.files.length !== b.data.files.length)
        return `${a.data.files.length} vs ${b.data.files.length} data files`;
    for (let i = 0; i < a.data.files.length; i++) {
        const x = a.data.files[i];
        const y = b.data.files[i];
        if (x.path !== y.path)
            return `file ${i + 1} is ${x.path} in one and ${y.path} in the other`;
        if (x.bytes !== y.bytes ||
            x.data_start !== y.data_start ||
            x.format !== y.format ||
            x.gzip !== y.gzip) {
            return `${x.path} has ${x.bytes} bytes in one and ${y.bytes} in the other (was it changed between the shard jobs?)`;
        }
    }
    if (a.scan.sample_limit !== b.scan.sample_limit)
        return 'the sample limits differ';
    return undefined;
}


/***/ }),

/***/ 15871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KF: () => (/* binding */ VALIDATE_PARTIAL_VERSION),
/* harmony export */   S0: () => (/* binding */ DRIFT_PARTIAL_FORMAT),
/* harmony export */   aC: () => (/* binding */ readValidatePartial),
/* harmony export */   tc: () => (/* binding */ VALIDATE_PARTIAL_FORMAT)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
/* harmony import */ var _partial_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52079);
/* harmony import */ var _shard_spec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30225);



/**
 * What one shard of a validate-data matrix writes: everything the merge needs to produce exactly
 * the report a single run over all the data gives (schema:
 * shared/shard/schemas/validate-partial.schema.json).
 *
 * The scan state is kept per scanned byte range (`RangePartial`, the same objects worker threads
 * return), with rows counted from 0 inside each range: a shard over a byte range of a file cannot
 * know how many rows precede it, so the merge lays all segments of all shards out in table order
 * and offsets every row exactly as a single run offsets its worker ranges (mergePartials'
 * rowsBefore). Counts, samples, order-check boundaries and uniqueness are therefore exact.
 *
 * Size (documented for users, see the validate-data README):
 * - per row: 8 bytes for each `unique` column and each compound key (the row-ordered key arrays
 *   the exact duplicate search needs; 10.7 characters after base64, compressed by the artifact
 *   zip for sequential ids);
 * - per numeric value kept exactly for quantiles: 8 bytes, at most `exact_value_budget` values per
 *   shard; above that the shard folds its values into the mergeable DDSketch and the merged
 *   quantiles carry its relative error (checks report `exact: false`);
 * - per range and column: the value-count table (≤ 1000 entries), a 16 KiB HyperLogLog and a
 *   DDSketch when one exists.
 */
const VALIDATE_PARTIAL_FORMAT = 'tollgate-validate-partial';
/** The same structure for drift-check's current data (no checks; `checks` names none). */
const DRIFT_PARTIAL_FORMAT = 'tollgate-drift-partial';
const VALIDATE_PARTIAL_VERSION = 1;
/** Parses and checks a partial file's text; every problem is an InputError naming the file. */
function readValidatePartial(text, file, format = VALIDATE_PARTIAL_FORMAT) {
    let parsed;
    try {
        parsed = (0,_partial_json_js__WEBPACK_IMPORTED_MODULE_1__/* .decodePartialJson */ .wI)(text);
    }
    catch (error) {
        if (error instanceof _partial_json_js__WEBPACK_IMPORTED_MODULE_1__/* .PartialJsonError */ .qX)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file }, `the shard partial is unreadable: ${error.message}`);
        throw error;
    }
    const reader = new PartialReader(file);
    const root = reader.object(parsed, 'the file');
    if (root.format !== format) {
        reader.fail(`not a ${format === VALIDATE_PARTIAL_FORMAT ? 'validate-data' : 'drift-check'} shard partial (format is ${JSON.stringify(root.format)}, expected "${format}"); give the files its shard runs wrote`);
    }
    if (root.version !== VALIDATE_PARTIAL_VERSION) {
        reader.fail(`partial format version ${JSON.stringify(root.version)} is not supported (this Tollgate reads version ${VALIDATE_PARTIAL_VERSION}); write all partials and merge with the same Tollgate version`);
    }
    const shard = reader.object(root.shard, 'shard');
    const count = reader.integer(shard.count, 'shard.count', 1, _shard_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_SHARDS */ .hH);
    reader.integer(shard.index, 'shard.index', 1, count);
    const checks = reader.object(root.checks, 'checks');
    reader.string(checks.file, 'checks.file');
    reader.string(checks.sha256, 'checks.sha256');
    const data = reader.object(root.data, 'data');
    const files = reader.array(data.files, 'data.files');
    files.forEach((entry, i) => {
        const fileEntry = reader.object(entry, `data.files[${i}]`);
        reader.string(fileEntry.path, `data.files[${i}].path`);
        if (!['csv', 'tsv', 'jsonl', 'parquet'].includes(fileEntry.format))
            reader.fail(`"data.files[${i}].format" is not a data format`);
        if (typeof fileEntry.gzip !== 'boolean')
            reader.fail(`"data.files[${i}].gzip" must be true or false`);
        reader.integer(fileEntry.bytes, `data.files[${i}].bytes`);
        reader.integer(fileEntry.data_start, `data.files[${i}].data_start`);
    });
    reader.string(data.delimiter, 'data.delimiter');
    const header = reader.array(data.header, 'data.header');
    header.forEach((name, i) => reader.string(name, `data.header[${i}]`));
    const scan = reader.object(root.scan, 'scan');
    reader.integer(scan.sample_limit, 'scan.sample_limit');
    reader.integer(scan.exact_value_budget, 'scan.exact_value_budget');
    if (typeof scan.exact_values_kept !== 'boolean')
        reader.fail('"scan.exact_values_kept" must be true or false');
    const rows = reader.integer(root.rows, 'rows');
    let segmentRows = 0;
    reader.array(root.segments, 'segments').forEach((entry, i) => {
        const segment = reader.object(entry, `segments[${i}]`);
        reader.integer(segment.file, `segments[${i}].file`, 0, files.length - 1);
        reader.integer(segment.start, `segments[${i}].start`);
        reader.integer(segment.end_offset, `segments[${i}].end_offset`);
        if (typeof segment.whole !== 'boolean')
            reader.fail(`"segments[${i}].whole" must be true or false`);
        reader.array(segment.ranges, `segments[${i}].ranges`).forEach((range, r) => {
            segmentRows += checkRange(reader, range, `segments[${i}].ranges[${r}]`, header.length);
        });
    });
    if (segmentRows !== rows)
        reader.fail(`"rows" is ${rows} but the segments hold ${segmentRows} rows`);
    const texts = reader.object(root.sample_texts, 'sample_texts');
    for (const [checkId, entries] of Object.entries(texts)) {
        reader.array(entries, `sample_texts.${checkId}`).forEach((entry, i) => {
            const pair = reader.array(entry, `sample_texts.${checkId}[${i}]`);
            reader.integer(pair[0], `sample_texts.${checkId}[${i}][0]`, 1, Math.max(1, rows));
            reader.string(pair[1], `sample_texts.${checkId}[${i}][1]`);
        });
    }
    return parsed;
}
/** Structural checks of one range (the fields the merge reads); returns its row count. */
function checkRange(reader, value, where, columns) {
    const range = reader.object(value, where);
    const rows = reader.integer(range.rows, `${where}.rows`);
    reader.integer(range.lines, `${where}.lines`);
    const list = reader.array(range.columns, `${where}.columns`);
    if (list.length !== columns)
        reader.fail(`"${where}.columns" has ${list.length} columns, the header ${columns}`);
    list.forEach((entry, c) => {
        const column = reader.object(entry, `${where}.columns[${c}]`);
        for (const key of ['values', 'nulls'])
            reader.integer(column[key], `${where}.columns[${c}].${key}`);
        for (const key of ['types', 'moments', 'tally', 'textLength', 'epoch', 'checks', 'order'])
            reader.object(column[key], `${where}.columns[${c}].${key}`);
        for (const key of ['sortedNumbers', 'uniqueKeys']) {
            if (column[key] !== undefined && !(column[key] instanceof Float64Array))
                reader.fail(`"${where}.columns[${c}].${key}" must be a "$f64" array`);
        }
        if (column.uniqueKeys instanceof Float64Array && column.uniqueKeys.length !== rows) {
            reader.fail(`"${where}.columns[${c}].uniqueKeys" holds ${column.uniqueKeys.length} keys for ${rows} rows`);
        }
    });
    for (const [checkId, entry] of Object.entries(reader.object(range.compound, `${where}.compound`))) {
        const compound = reader.object(entry, `${where}.compound.${checkId}`);
        if (!(compound.keys instanceof Float64Array) || compound.keys.length !== rows) {
            reader.fail(`"${where}.compound.${checkId}.keys" must be a "$f64" array with one key per row`);
        }
    }
    return rows;
}
/** Field checks with messages that name the partial file and the JSON path. */
class PartialReader {
    file;
    constructor(file) {
        this.file = file;
    }
    fail(detail) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file: this.file }, `shard partial: ${detail}`);
    }
    object(value, where) {
        if (typeof value !== 'object' ||
            value === null ||
            Array.isArray(value) ||
            value instanceof Float64Array) {
            this.fail(`"${where}" must be an object`);
        }
        return value;
    }
    array(value, where) {
        if (!Array.isArray(value))
            this.fail(`"${where}" must be an array`);
        return value;
    }
    string(value, where) {
        if (typeof value !== 'string')
            this.fail(`"${where}" must be a string`);
        return value;
    }
    integer(value, where, min = 0, max = Number.MAX_SAFE_INTEGER) {
        if (!Number.isSafeInteger(value) || value < min || value > max) {
            this.fail(`"${where}" must be an integer from ${min} to ${max}, got ${JSON.stringify(value)}`);
        }
        return value;
    }
}


/***/ })

};
