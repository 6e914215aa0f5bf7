export const id = 57;
export const ids = [57,9651];
export const modules = {

/***/ 60409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A6: () => (/* binding */ resolveDataFiles)
/* harmony export */ });
/* unused harmony exports DATA_FORMATS, detectFormat */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32635);
/* harmony import */ var _text_glob_pattern_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59607);




const DATA_FORMATS = (/* unused pure expression or super */ null && (['csv', 'tsv', 'jsonl', 'parquet']));
/**
 * Expands the user's file list (paths and globs, separated by newlines or commas) into existing
 * files, sorted within each pattern so results do not depend on directory order. A pattern that
 * matches nothing is an error: a data check that silently checked zero files would pass.
 */
function resolveDataFiles(patterns, format, cwd = process.cwd()) {
    if (patterns.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('No data files were given.');
    const files = [];
    const seen = new Set();
    for (const pattern of patterns) {
        const matches = (0,_text_glob_pattern_js__WEBPACK_IMPORTED_MODULE_3__/* .hasGlobMagic */ .sF)(pattern) ? expandGlob(pattern, cwd) : [pattern];
        if (matches.length === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ file: pattern }, 'the pattern matches no files');
        for (const path of matches) {
            if (seen.has(path))
                continue;
            seen.add(path);
            const openPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, path);
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(openPath)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ file: path }, 'no such file');
            }
            const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(openPath);
            if (!stats.isFile())
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ file: path }, 'not a regular file');
            files.push({ path, openPath, bytes: stats.size, ...detectFormat(path, format) });
        }
    }
    return files;
}
/** Format from the extension (`.csv`, `.tsv`, `.jsonl`/`.ndjson`, `.parquet`, each optionally `.gz`). */
function detectFormat(path, format) {
    const lower = path.toLowerCase();
    const gzip = lower.endsWith('.gz');
    const base = gzip ? lower.slice(0, -3) : lower;
    if (format !== 'auto')
        return { format, gzip };
    if (base.endsWith('.csv') || base.endsWith('.txt'))
        return { format: 'csv', gzip };
    if (base.endsWith('.tsv') || base.endsWith('.tab'))
        return { format: 'tsv', gzip };
    if (base.endsWith('.jsonl') || base.endsWith('.ndjson') || base.endsWith('.json'))
        return { format: 'jsonl', gzip };
    if (base.endsWith('.parquet') || base.endsWith('.pq')) {
        if (gzip)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ file: path }, 'gzip-compressed Parquet is not supported; Parquet compresses its pages itself');
        return { format: 'parquet', gzip: false };
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ file: path }, 'cannot tell the format from the file name; use a .csv, .tsv, .jsonl, .ndjson or .parquet extension (optionally .gz), or set the format explicitly');
}
function expandGlob(pattern, cwd) {
    const normalized = pattern.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
    const regex = (0,_text_glob_pattern_js__WEBPACK_IMPORTED_MODULE_3__/* .globToRegExp */ .tL)(normalized.replace(/^\.\//, ''));
    const base = (0,_text_glob_pattern_js__WEBPACK_IMPORTED_MODULE_3__/* .globBase */ .EI)(normalized);
    const root = base.startsWith('/') ? base : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, base);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(root))
        return [];
    const found = [];
    const walk = (directory) => {
        for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(directory, { withFileTypes: true })) {
            if (entry.name === 'node_modules' || entry.name === '.git')
                continue;
            const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(directory, entry.name);
            if (entry.isDirectory())
                walk(full);
            else if (entry.isFile()) {
                const shown = normalized.startsWith('/') ? full : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, full).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
                if (regex.test(shown))
                    found.push(shown);
            }
        }
    };
    walk(root);
    return found.sort();
}


/***/ }),

/***/ 39651:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ getDistDirectory),
/* harmony export */   setDistLocation: () => (/* binding */ setDistLocation)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Where the running bundle lives, set by its generated entry file. Worker threads need a file to
 * start (actions/dist/scan-worker.js); when Tollgate runs from source (tests), there is none and
 * callers fall back to working on the current thread.
 */
let distDirectory;
function setDistLocation(entryUrl) {
    distDirectory = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(entryUrl));
}
/** Directory of the bundle, or undefined when running from TypeScript sources. */
function getDistDirectory() {
    return distDirectory;
}


/***/ }),

/***/ 42939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gj: () => (/* binding */ scanJsonlFile),
/* harmony export */   oJ: () => (/* binding */ readJsonlRows),
/* harmony export */   uU: () => (/* binding */ readJsonlHeader)
/* harmony export */ });
/* harmony import */ var _data_typed_value_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97447);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
/* harmony import */ var _scan_range_scan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3613);
/* harmony import */ var _file_chunks_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40664);




/** Records read to decide the columns of a JSON Lines file (their keys, in first-seen order). */
const HEADER_SAMPLE_RECORDS = 1000;
const decoder = new TextDecoder('utf-8', { fatal: true });
/**
 * Calls `onRecord` for every JSON object in a JSON Lines file with its 1-based line number.
 * Blank lines are skipped; anything that is not a JSON object is an error at its line.
 */
async function forEachRecord(file, onRecord) {
    let line = 0;
    let bom = true;
    let stopped = false;
    await (0,_file_chunks_js__WEBPACK_IMPORTED_MODULE_2__/* .forEachChunk */ .q)(file, 0, (buffer, length, atEnd) => {
        let start = 0;
        if (bom) {
            if (length < 3 && !atEnd)
                return 0;
            if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf)
                start = 3;
            bom = false;
        }
        for (;;) {
            let end = buffer.indexOf(10, start);
            if (end < 0 || end >= length) {
                if (!atEnd || start >= length)
                    return start;
                end = length;
            }
            line++;
            let stop = end;
            if (stop > start && buffer[stop - 1] === 13)
                stop--;
            if (stop > start) {
                let text;
                try {
                    text = decoder.decode(buffer.subarray(start, stop));
                }
                catch {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file: file.path, line }, 'invalid UTF-8 bytes; the file must be UTF-8 encoded');
                }
                if (text.trim() !== '') {
                    let record;
                    try {
                        record = JSON.parse(text);
                    }
                    catch (error) {
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file: file.path, line }, `invalid JSON: ${error.message}`);
                    }
                    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file: file.path, line }, 'expected a JSON object ({...}) on each line');
                    }
                    if (onRecord(record, line) === false) {
                        stopped = true;
                        return 'stop';
                    }
                }
            }
            start = end + 1;
            if (start >= length)
                return length;
        }
    });
    void stopped;
}
/** Column names of a JSON Lines file: the keys of its first records, in first-seen order. */
async function readJsonlHeader(file) {
    const names = [];
    const seen = new Set();
    let count = 0;
    await forEachRecord(file, (record) => {
        for (const key of Object.keys(record)) {
            if (!seen.has(key)) {
                seen.add(key);
                names.push(key);
            }
        }
        return ++count < HEADER_SAMPLE_RECORDS;
    });
    if (count === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file: file.path }, 'the file has no records: expected one JSON object per line');
    return names;
}
/** Scans a JSON Lines file; a key outside the header is an error at its line. */
async function scanJsonlFile(file, plan, rowsBefore) {
    const range = new _scan_range_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .RangeScan */ .$i(plan, { file: file.path, firstLine: 1, rowsBefore });
    const index = new Map(plan.header.map((name, position) => [name, position]));
    const values = new Array(plan.header.length);
    await forEachRecord(file, (record, line) => {
        values.fill(undefined);
        for (const key in record) {
            const position = index.get(key);
            if (position === undefined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file: file.path, line, field: key }, `key "${key}" is not among the columns found in the first records (${plan.header.join(', ')})`);
            }
            values[position] = record[key];
        }
        range.scanRecord(values);
    });
    return range.finish();
}
/** Texts of the wanted rows (1-based across files); returns the row count after this file. */
async function readJsonlRows(file, header, rowsBefore, wanted, picked) {
    let row = rowsBefore;
    await forEachRecord(file, (record) => {
        row++;
        if (wanted === 'all' || wanted.has(row))
            picked.set(row, header.map((name) => (0,_data_typed_value_text_js__WEBPACK_IMPORTED_MODULE_3__/* .typedValueText */ .L)(record[name])));
    });
    return row;
}


/***/ }),

/***/ 98351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ parallelScanWorth),
/* harmony export */   s: () => (/* binding */ runRangeOnThisThread),
/* harmony export */   th: () => (/* binding */ scanCsvParallel)
/* harmony export */ });
/* unused harmony export scanCsvInRanges */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _scan_range_scan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3613);
/* harmony import */ var _csv_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(15905);
/* harmony import */ var _dist_location_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(39651);






/** Below this size a second thread costs more to start than it saves. */
const MIN_PARALLEL_BYTES = 8 << 20;
/** Whether a file is scanned by several worker threads (needs the bundled worker entry). */
function parallelScanWorth(file, threads) {
    return (!file.gzip &&
        threads > 1 &&
        file.bytes >= MIN_PARALLEL_BYTES &&
        (0,_dist_location_js__WEBPACK_IMPORTED_MODULE_5__/* .getDistDirectory */ .K)() !== undefined);
}
/**
 * Splits an uncompressed delimited file into byte ranges scanned by worker threads
 * (PERFORMANCE.md §2.8). Each range after the first starts right after a raw line feed at or past
 * its share of the file; because that line feed may sit inside a quoted field, a guess is accepted
 * only if the previous range (scanned with the true quote state) ended exactly there. Otherwise
 * the range is scanned again from the true end, so the result always equals a serial scan.
 */
async function scanCsvParallel(file, plan, delimiter, header, rowsBefore, threads) {
    return scanCsvInRanges(file, plan, delimiter, header, rowsBefore, threads, runWorker);
}
/** The range logic of scanCsvParallel with the runner injectable (tests use this thread). */
async function scanCsvInRanges(file, plan, delimiter, header, rowsBefore, ranges, runRange) {
    const boundaries = guessBoundaries(file, header.dataOffset, ranges);
    // Each range keeps its share of the exact numeric values.
    const rangePlan = {
        ...plan,
        exactValueBudget: Math.ceil(plan.exactValueBudget / (boundaries.length - 1))
    };
    const replies = await Promise.all(boundaries
        .slice(0, -1)
        .map((start, k) => runRange({ file, plan: rangePlan, delimiter, start, stop: boundaries[k + 1] })));
    const parts = [];
    let line = header.headerLines + 1;
    let rows = rowsBefore;
    let expectedStart = header.dataOffset;
    for (let k = 0; k < replies.length; k++) {
        const start = boundaries[k];
        const stop = boundaries[k + 1];
        let reply = replies[k];
        if (start !== expectedStart) {
            // The guessed start was inside a quoted field: scan this range again from the true start.
            reply = await scanOnThisThread(file, rangePlan, delimiter, expectedStart, stop);
        }
        if (!reply.ok) {
            if ('failure' in reply)
                throw new Error(`A scan worker failed: ${reply.failure}`);
            throw (0,_scan_range_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .syntaxInputError */ .Om)(file.path, line, rows, reply.relativeLine, reply.problem);
        }
        parts.push({ partial: reply.partial, rowsBefore: rows });
        rows += reply.partial.rows;
        line += reply.partial.lines;
        expectedStart = reply.endOffset;
    }
    return parts;
}
/** Runs a range on the current thread (also the runner tests inject). */
const runRangeOnThisThread = ({ file, plan, delimiter, start, stop }) => scanOnThisThread(file, plan, delimiter, start, stop);
async function scanOnThisThread(file, plan, delimiter, start, stop) {
    try {
        const result = await (0,_csv_source_js__WEBPACK_IMPORTED_MODULE_4__/* .scanCsvRange */ .LV)(file, plan, delimiter, start, stop);
        return { ok: true, ...result };
    }
    catch (error) {
        if (error instanceof _scan_range_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .RangeSyntaxError */ .Hh)
            return { ok: false, relativeLine: error.relativeLine, problem: error.problem };
        throw error;
    }
}
function runWorker(request) {
    return new Promise((resolve, reject) => {
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.Worker((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_dist_location_js__WEBPACK_IMPORTED_MODULE_5__/* .getDistDirectory */ .K)(), 'scan-worker.js'), {
            workerData: request,
            resourceLimits: { maxYoungGenerationSizeMb: 8 }
        });
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
/** Range starts: the data start, then just after the first line feed at or past each share. */
function guessBoundaries(file, dataStart, parts) {
    const boundaries = [dataStart];
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file.openPath, 'r');
    try {
        const window = new Uint8Array(1 << 16);
        for (let k = 1; k < parts; k++) {
            let position = Math.floor(dataStart + ((file.bytes - dataStart) * k) / parts);
            if (position <= boundaries[boundaries.length - 1])
                continue;
            let found = -1;
            while (found < 0 && position < file.bytes) {
                const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, window, 0, window.length, position);
                if (read === 0)
                    break;
                const at = window.subarray(0, read).indexOf(10);
                if (at >= 0)
                    found = position + at + 1;
                else
                    position += read;
            }
            if (found < 0 || found >= file.bytes)
                break;
            boundaries.push(found);
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    boundaries.push(file.bytes);
    return boundaries;
}


/***/ }),

/***/ 2873:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iu: () => (/* binding */ scanParquetFile),
/* harmony export */   MC: () => (/* binding */ readParquetHeader),
/* harmony export */   u1: () => (/* binding */ readParquetRows)
/* harmony export */ });
/* harmony import */ var _data_typed_value_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97447);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
/* harmony import */ var _scan_range_scan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3613);



/**
 * hyparquet and its decompressors, loaded when a Parquet file is read: most runs read CSV, and
 * the readers are a noticeable part of an action's start-up.
 */
async function loadHyparquet() {
    const [hyparquet, { compressors }] = await Promise.all([
        __webpack_require__.e(/* import() */ 4338).then(__webpack_require__.bind(__webpack_require__, 64338)),
        __webpack_require__.e(/* import() */ 138).then(__webpack_require__.bind(__webpack_require__, 20138))
    ]);
    return { ...hyparquet, compressors };
}
/** Parquet through hyparquet (pure JS), one row group at a time so memory stays bounded. */
async function openParquet(file) {
    const hyparquet = await loadHyparquet();
    const buffer = await hyparquet.asyncBufferFromFile(file.openPath);
    try {
        const metadata = await hyparquet.parquetMetadataAsync(buffer);
        return { buffer, metadata, hyparquet };
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file: file.path }, `not a readable Parquet file: ${error.message}`);
    }
}
async function readParquetHeader(file) {
    const { metadata, hyparquet } = await openParquet(file);
    return hyparquet.parquetSchema(metadata).children.map((child) => child.element.name);
}
async function scanParquetFile(file, plan, rowsBefore) {
    const { buffer, metadata, hyparquet } = await openParquet(file);
    const range = new _scan_range_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .RangeScan */ .$i(plan, { file: file.path, rowsBefore });
    let rowStart = 0;
    for (const group of metadata.row_groups) {
        const rowEnd = rowStart + Number(group.num_rows);
        try {
            await hyparquet.parquetRead({
                file: buffer,
                metadata,
                compressors: hyparquet.compressors,
                columns: plan.header,
                rowStart,
                rowEnd,
                onComplete: (rows) => {
                    for (const row of rows)
                        range.scanRecord(row);
                }
            });
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz)
                throw error;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file: file.path, row: rowStart + 1 }, `cannot decode the Parquet row group starting at row ${rowStart + 1}: ${error.message}`);
        }
        rowStart = rowEnd;
    }
    return range.finish();
}
/** Texts of the wanted rows (1-based across files); returns the row count after this file. */
async function readParquetRows(file, header, rowsBefore, wanted, picked) {
    const { buffer, metadata, hyparquet } = await openParquet(file);
    const total = Number(metadata.num_rows);
    const ranges = wanted === 'all'
        ? [[0, total]]
        : [...wanted]
            .map((row) => row - rowsBefore - 1)
            .filter((local) => local >= 0 && local < total)
            .map((local) => [local, local + 1]);
    for (const [rowStart, rowEnd] of ranges) {
        await hyparquet.parquetRead({
            file: buffer,
            metadata,
            compressors: hyparquet.compressors,
            columns: header,
            rowStart,
            rowEnd,
            onComplete: (rows) => {
                rows.forEach((values, offset) => picked.set(rowsBefore + rowStart + offset + 1, values.map(_data_typed_value_text_js__WEBPACK_IMPORTED_MODULE_2__/* .typedValueText */ .L)));
            }
        });
    }
    return rowsBefore + total;
}


/***/ }),

/***/ 53213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ readTableHeader),
/* harmony export */   S: () => (/* binding */ scanTable)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
/* harmony import */ var _csv_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15905);
/* harmony import */ var _jsonl_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42939);
/* harmony import */ var _parquet_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2873);
/* harmony import */ var _parallel_csv_scan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98351);





/** Reads the column names of every file; all files of a table must have the same columns. */
async function readTableHeader(input) {
    const csv = new Map();
    let header;
    let headerFile = '';
    for (const file of input.files) {
        let names;
        if (file.format === 'csv' || file.format === 'tsv') {
            const parsed = await (0,_csv_source_js__WEBPACK_IMPORTED_MODULE_1__/* .readCsvHeader */ .km)(file, (0,_csv_source_js__WEBPACK_IMPORTED_MODULE_1__/* .delimiterByte */ .Wi)(file, input.delimiter));
            csv.set(file.path, parsed);
            names = parsed.header;
        }
        else if (file.format === 'jsonl') {
            names = await (0,_jsonl_source_js__WEBPACK_IMPORTED_MODULE_2__/* .readJsonlHeader */ .uU)(file);
        }
        else {
            names = await (0,_parquet_source_js__WEBPACK_IMPORTED_MODULE_3__/* .readParquetHeader */ .MC)(file);
        }
        if (header === undefined) {
            header = names;
            headerFile = file.path;
        }
        else if (names.join('\u0000') !== header.join('\u0000')) {
            const missing = header.filter((name) => !names.includes(name));
            const extra = names.filter((name) => !header.includes(name));
            const detail = [
                missing.length > 0 ? `missing ${missing.join(', ')}` : '',
                extra.length > 0 ? `extra ${extra.join(', ')}` : '',
                missing.length + extra.length === 0 ? 'the same columns in a different order' : ''
            ]
                .filter((part) => part !== '')
                .join('; ');
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file: file.path, line: 1 }, `its columns differ from ${headerFile} (${detail}); all files of one table must have the same columns`);
        }
    }
    if (header === undefined)
        throw new Error('Bug: readTableHeader needs at least one file');
    return { header, csv };
}
/** Scans every file of the table in order and positions each part's rows in the whole table. */
async function scanTable(input, header, plan) {
    const parts = [];
    let rowsBefore = 0;
    for (const file of input.files) {
        let fileParts;
        if (file.format === 'csv' || file.format === 'tsv') {
            const delimiter = (0,_csv_source_js__WEBPACK_IMPORTED_MODULE_1__/* .delimiterByte */ .Wi)(file, input.delimiter);
            const csvHeader = header.csv.get(file.path);
            if ((0,_parallel_csv_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .parallelScanWorth */ .Bi)(file, input.threads)) {
                fileParts = await (0,_parallel_csv_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .scanCsvParallel */ .th)(file, plan, delimiter, csvHeader, rowsBefore, input.threads);
            }
            else {
                fileParts = [
                    { partial: await (0,_csv_source_js__WEBPACK_IMPORTED_MODULE_1__/* .scanCsvFile */ .Am)(file, plan, delimiter, csvHeader, rowsBefore), rowsBefore }
                ];
            }
        }
        else if (file.format === 'jsonl') {
            fileParts = [{ partial: await (0,_jsonl_source_js__WEBPACK_IMPORTED_MODULE_2__/* .scanJsonlFile */ .gj)(file, plan, rowsBefore), rowsBefore }];
        }
        else {
            fileParts = [{ partial: await (0,_parquet_source_js__WEBPACK_IMPORTED_MODULE_3__/* .scanParquetFile */ .Iu)(file, plan, rowsBefore), rowsBefore }];
        }
        for (const part of fileParts) {
            parts.push(part);
            rowsBefore += part.partial.rows;
        }
    }
    return parts;
}


/***/ }),

/***/ 9629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ quantileSorted),
/* harmony export */   w: () => (/* binding */ medianSorted)
/* harmony export */ });
/**
 * The q-quantile of ascending-sorted values. `linear` is numpy/pandas' default (type 7);
 * `nearest` rounds a .5 index to even as numpy does (Great Expectations' quantile check).
 */
function quantileSorted(sorted, q, method = 'linear') {
    const n = sorted.length;
    if (n === 0)
        return NaN;
    if (q <= 0)
        return sorted[0];
    if (q >= 1)
        return sorted[n - 1];
    const position = q * (n - 1);
    const below = Math.floor(position);
    const fraction = position - below;
    const lowerValue = sorted[below];
    const upperValue = sorted[Math.min(below + 1, n - 1)];
    switch (method) {
        case 'lower':
            return lowerValue;
        case 'higher':
            return fraction === 0 ? lowerValue : upperValue;
        case 'midpoint':
            // numpy's _lerp at t = 0.5: b − (b − a)·0.5, bit-identical to numpy.quantile('midpoint').
            return fraction === 0 ? lowerValue : upperValue - (upperValue - lowerValue) * 0.5;
        case 'nearest': {
            if (fraction < 0.5)
                return lowerValue;
            if (fraction > 0.5)
                return upperValue;
            return below % 2 === 0 ? lowerValue : upperValue;
        }
        case 'linear':
            // numpy's _lerp: a + (b − a)t below t = 0.5 and b − (b − a)(1 − t) from 0.5 on, which is
            // what makes results bit-identical to numpy.quantile.
            if (fraction === 0)
                return lowerValue;
            return fraction < 0.5
                ? lowerValue + (upperValue - lowerValue) * fraction
                : upperValue - (upperValue - lowerValue) * (1 - fraction);
    }
}
/** Median of ascending-sorted values (pandas: mean of the two middle values). */
function medianSorted(sorted) {
    return quantileSorted(sorted, 0.5, 'linear');
}


/***/ }),

/***/ 59607:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EI: () => (/* binding */ globBase),
/* harmony export */   sF: () => (/* binding */ hasGlobMagic),
/* harmony export */   tL: () => (/* binding */ globToRegExp)
/* harmony export */ });
/**
 * Glob patterns as users write them in workflow inputs (`data/**\/*.csv`, `part-?.jsonl`):
 * `*` matches within one path segment, `**` across segments, `?` one character, `{a,b}`
 * alternatives. Node 20 has no fs.glob, so Tollgate walks directories and matches with this.
 */
function hasGlobMagic(pattern) {
    return /[*?{[]/.test(pattern);
}
/** A RegExp matching whole forward-slash paths against the pattern. */
function globToRegExp(pattern) {
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*') {
            if (pattern[i + 1] === '*') {
                // `**/` matches zero or more directories; a trailing `**` matches everything below.
                if (pattern[i + 2] === '/') {
                    source += '(?:[^/]*/)*';
                    i += 2;
                }
                else {
                    source += '.*';
                    i += 1;
                }
            }
            else {
                source += '[^/]*';
            }
        }
        else if (c === '?') {
            source += '[^/]';
        }
        else if (c === '{') {
            const close = pattern.indexOf('}', i);
            if (close < 0) {
                source += '\\{';
                continue;
            }
            const alternatives = pattern
                .slice(i + 1, close)
                .split(',')
                .map(escapeRegExp);
            source += `(?:${alternatives.join('|')})`;
            i = close;
        }
        else if (c === '[') {
            const close = pattern.indexOf(']', i);
            if (close < 0) {
                source += '\\[';
                continue;
            }
            source += `[${pattern
                .slice(i + 1, close)
                .replace(/^!/, '^')
                .replace(/\\/g, '\\\\')}]`;
            i = close;
        }
        else {
            source += escapeRegExp(c);
        }
    }
    return new RegExp(`^${source}$`);
}
/** The leading part of a pattern without wildcards: where a directory walk can start. */
function globBase(pattern) {
    const segments = pattern.split('/');
    const fixed = [];
    for (const segment of segments) {
        if (hasGlobMagic(segment))
            break;
        fixed.push(segment);
    }
    if (fixed.length === segments.length)
        fixed.pop();
    return fixed.join('/') || '.';
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}


/***/ })

};
