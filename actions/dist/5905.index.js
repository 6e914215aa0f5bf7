export const id = 5905;
export const ids = [5905];
export const modules = {

/***/ 15905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Am: () => (/* binding */ scanCsvFile),
/* harmony export */   LV: () => (/* binding */ scanCsvRange),
/* harmony export */   Wi: () => (/* binding */ delimiterByte),
/* harmony export */   km: () => (/* binding */ readCsvHeader)
/* harmony export */ });
/* harmony import */ var _data_csv_scanner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63916);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32635);
/* harmony import */ var _scan_range_scan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3613);
/* harmony import */ var _file_chunks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40664);




function delimiterByte(file, delimiter) {
    const text = delimiter === undefined || delimiter === ''
        ? file.format === 'tsv'
            ? '\t'
            : ','
        : delimiter === '\\t'
            ? '\t'
            : delimiter;
    if (text.length !== 1 ||
        text.charCodeAt(0) > 127 ||
        text === '"' ||
        text === '\n' ||
        text === '\r') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file: file.path }, `the delimiter must be one ASCII character other than a quote or line break, got ${JSON.stringify(delimiter)}`);
    }
    return text.charCodeAt(0);
}
function bomLength(buffer, length) {
    return length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
}
/** Reads the header row: column names must be non-empty and unique. */
async function readCsvHeader(file, delimiter) {
    let header;
    let dataOffset = 0;
    let headerLines = 0;
    const scanner = new _data_csv_scanner_js__WEBPACK_IMPORTED_MODULE_0__/* .CsvScanner */ .BR(delimiter);
    await (0,_file_chunks_js__WEBPACK_IMPORTED_MODULE_3__/* .forEachChunk */ .q)(file, 0, (buffer, length, atEnd) => {
        const bom = bomLength(buffer, length);
        let end;
        try {
            end = scanner.scan(buffer, bom, length, atEnd, (bytes, row) => {
                header = [];
                for (let k = 0; k < row.fieldCount; k++) {
                    const start = row.starts[k];
                    const stop = row.ends[k];
                    if (row.flags[k] & _data_csv_scanner_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELD_NON_ASCII */ .P_ && !(0,_data_csv_scanner_js__WEBPACK_IMPORTED_MODULE_0__/* .isValidUtf8 */ .ql)(bytes, start, stop)) {
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file: file.path, line: 1 }, `invalid UTF-8 in header field ${k + 1}`);
                    }
                    header.push((0,_data_csv_scanner_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldText */ .gF)(bytes, start, stop, row.flags[k]).trim());
                }
                row.stopRequested = true;
            });
        }
        catch (error) {
            if (error instanceof _data_csv_scanner_js__WEBPACK_IMPORTED_MODULE_0__/* .CsvSyntaxError */ .oC)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file: file.path, line: error.line }, error.detail);
            throw error;
        }
        if (header !== undefined) {
            dataOffset = end;
            headerLines = scanner.linesConsumed;
            return 'stop';
        }
        return 0; // need more bytes for the first row
    });
    if (header === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file: file.path }, 'the file is empty: expected a header row with column names');
    const names = header;
    names.forEach((name, index) => {
        if (name === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file: file.path, line: 1 }, `header field ${index + 1} is empty; every column needs a name`);
        const first = names.indexOf(name);
        if (first !== index) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file: file.path, line: 1 }, `column name "${name}" appears twice in the header (fields ${first + 1} and ${index + 1})`);
        }
    });
    return { header: names, dataOffset, headerLines: Math.max(headerLines, 1) };
}
/**
 * Scans the data rows of a delimited file on this thread, from `start` (the first data row) to
 * the end. Used for gzip files, small files and when no worker bundle is available.
 */
async function scanCsvFile(file, plan, delimiter, header, rowsBefore) {
    const range = new _scan_range_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .RangeScan */ .$i(plan, {
        file: file.path,
        firstLine: header.headerLines + 1,
        rowsBefore
    });
    let skipHeader = file.gzip;
    let skipScanner;
    let consumed = 0;
    await (0,_file_chunks_js__WEBPACK_IMPORTED_MODULE_3__/* .forEachChunk */ .q)(file, file.gzip ? 0 : header.dataOffset, (buffer, length, atEnd) => {
        let from = 0;
        if (skipHeader) {
            // Compressed files are streamed from byte 0: step over the BOM and the header row again.
            skipScanner ??= new _data_csv_scanner_js__WEBPACK_IMPORTED_MODULE_0__/* .CsvScanner */ .BR(delimiter);
            const bom = bomLength(buffer, length);
            let found = false;
            const end = skipScanner.scan(buffer, bom, length, atEnd, (_bytes, row) => {
                found = true;
                row.stopRequested = true;
            });
            if (!found)
                return 0;
            skipHeader = false;
            from = end;
        }
        const used = range.scanCsv(buffer, from, length, atEnd, delimiter);
        consumed += used;
        if (!file.gzip)
            range.progress(consumed, file.bytes - header.dataOffset);
        return used;
    });
    return range.finish();
}
/**
 * Scans the rows that START in [start, stop) of an uncompressed delimited file, reading past
 * `stop` to finish the last one. Positions are unknown to a worker, so syntax errors come back
 * as RangeSyntaxError (relative line) for the driver to place.
 */
async function scanCsvRange(file, plan, delimiter, start, stop) {
    const range = new _scan_range_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .RangeScan */ .$i(plan, { file: file.path });
    let bufferStart = start;
    let endOffset = start;
    await (0,_file_chunks_js__WEBPACK_IMPORTED_MODULE_3__/* .forEachChunk */ .q)(file, start, (buffer, length, atEnd) => {
        const used = range.scanCsv(buffer, 0, length, atEnd, delimiter, stop - bufferStart);
        endOffset = bufferStart + used;
        range.progress(endOffset - start, stop - start);
        if (endOffset >= stop || (atEnd && used >= length))
            return 'stop';
        bufferStart += used;
        return used;
    });
    return { partial: range.finish(), endOffset };
}


/***/ }),

/***/ 40664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ forEachChunk)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32635);



const CHUNK_BYTES = 1 << 20;
/**
 * Reads chunks of an uncompressed file synchronously or of a gzip file as a stream, and hands
 * them to `consume` with the unconsumed tail of the previous chunk in front (rows may span chunks).
 * `consume` returns how many bytes of the buffer it used; stops early when it returns `stop`.
 */
async function forEachChunk(file, start, consume) {
    // A Buffer (not a plain Uint8Array) so field texts can use its native latin1/utf8 slicing.
    let buffer = Buffer.allocUnsafe(CHUNK_BYTES * 2);
    let pending = 0;
    const feed = (atEnd) => {
        const used = consume(buffer, pending, atEnd);
        if (used === 'stop')
            return false;
        buffer.copyWithin(0, used, pending);
        pending -= used;
        return true;
    };
    const makeRoom = (needed) => {
        if (buffer.length - pending >= needed)
            return;
        const larger = Buffer.allocUnsafe(Math.max(buffer.length * 2, pending + needed));
        larger.set(buffer.subarray(0, pending));
        buffer = larger;
    };
    if (!file.gzip) {
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file.openPath, 'r');
        try {
            let position = start;
            for (;;) {
                makeRoom(CHUNK_BYTES);
                const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, pending, CHUNK_BYTES, position);
                position += read;
                pending += read;
                if (!feed(read === 0))
                    return;
                if (read === 0)
                    return;
            }
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    }
    const stream = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file.openPath).pipe((0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.createGunzip)());
    try {
        for await (const chunk of stream) {
            makeRoom(chunk.length);
            buffer.set(chunk, pending);
            pending += chunk.length;
            if (!feed(false))
                return;
        }
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ file: file.path }, `cannot decompress the gzip file: ${error.message}`);
    }
    finally {
        stream.destroy();
    }
    feed(true);
}


/***/ }),

/***/ 59718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nt: () => (/* binding */ compilePredicate),
/* harmony export */   zu: () => (/* binding */ withinBounds)
/* harmony export */ });
/* unused harmony exports typePredicate, membershipPredicate, regexPredicate, formatPredicate */
/* harmony import */ var _sketch_hash_bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75037);

/** True when x lies within the bounds (inclusive unless strict); NaN never does. */
function withinBounds(x, bounds) {
    if (Number.isNaN(x))
        return false;
    if (bounds.min !== undefined && (bounds.strictMin ? x <= bounds.min : x < bounds.min))
        return false;
    if (bounds.max !== undefined && (bounds.strictMax ? x >= bounds.max : x > bounds.max))
        return false;
    return true;
}
function typePredicate(type) {
    switch (type) {
        case 'integer':
            return (v) => Number.isInteger(v.number);
        case 'number':
            return (v) => !Number.isNaN(v.number);
        case 'string':
            return () => true;
        case 'boolean':
            return (v) => v.booleanValue !== undefined;
        case 'date':
            return (v) => !Number.isNaN(v.epoch) && !v.hasTime;
        case 'datetime':
            return (v) => !Number.isNaN(v.epoch);
    }
}
/**
 * Set membership by text, or by number when the value and a listed item are both numbers, so
 * `in_set: [1, 2]` accepts `1.0` in a numeric column the way a typed comparison would.
 */
function membershipPredicate(values) {
    // A value's key is its number when it spells one, else the hash of its text: listing both the
    // hash of every item's text and the number of every numeric item matches exactly the values
    // whose text is listed or whose number equals a listed number (hash collisions: ~2^-53).
    const keys = new Set();
    for (const value of values) {
        keys.add((0,_sketch_hash_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .hashString53 */ .iO)(value));
        if (DECIMAL.test(value.trim())) {
            const number = Number(value);
            keys.add(number === 0 ? 0 : number);
        }
    }
    return (_value, key) => keys.has(key);
}
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** Full match unless `search` (Great Expectations' regex is a search; ours anchors by default). */
function regexPredicate(pattern, flags, search) {
    const regex = new RegExp(search ? pattern : `^(?:${pattern})$`, flags);
    return (v) => regex.test(v.text);
}
const FORMAT_PATTERNS = {
    // Pragmatic shape checks (RFC 5322 is not what users mean by "an email column").
    email: /^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$/u,
    uuid: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
    ipv4: /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/
};
function formatPredicate(format) {
    switch (format) {
        case 'date':
            return (v) => !Number.isNaN(v.epoch) && !v.hasTime;
        case 'datetime':
            return (v) => !Number.isNaN(v.epoch);
        case 'json':
            return (v) => {
                try {
                    JSON.parse(v.text);
                    return true;
                }
                catch {
                    return false;
                }
            };
        case 'url':
            return (v) => {
                if (!/^https?:\/\//i.test(v.text))
                    return false;
                try {
                    new URL(v.text);
                    return true;
                }
                catch {
                    return false;
                }
            };
        default: {
            const pattern = FORMAT_PATTERNS[format];
            return (v) => pattern.test(v.text);
        }
    }
}
/** The predicate for a value check that is decided by the value alone, or undefined. */
function compilePredicate(check) {
    switch (check.check) {
        case 'type':
            return typePredicate(check.type);
        case 'between':
            return (v) => withinBounds(v.number, check.bounds);
        case 'in_set':
            return membershipPredicate(check.values);
        case 'not_in_set': {
            const member = membershipPredicate(check.values);
            return (v, key) => !member(v, key);
        }
        case 'regex':
            return regexPredicate(check.pattern, check.flags, check.search);
        case 'not_regex': {
            const matches = regexPredicate(check.pattern, check.flags, check.search);
            return (v, key) => !matches(v, key);
        }
        case 'length':
            return (v) => withinBounds(v.codePointLength, check.bounds);
        case 'format':
            return formatPredicate(check.format);
        default:
            return undefined;
    }
}


/***/ }),

/***/ 63916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BR: () => (/* binding */ CsvScanner),
/* harmony export */   P_: () => (/* binding */ FIELD_NON_ASCII),
/* harmony export */   RP: () => (/* binding */ FIELD_ESCAPED_QUOTES),
/* harmony export */   gF: () => (/* binding */ fieldText),
/* harmony export */   oC: () => (/* binding */ CsvSyntaxError),
/* harmony export */   ql: () => (/* binding */ isValidUtf8)
/* harmony export */ });
/* unused harmony export FIELD_QUOTED */
/**
 * RFC 4180 row splitter working on bytes. It never builds strings: for each complete row it
 * records where every field starts and ends in the buffer and calls back, and consumers parse
 * numbers, hash or decode only the fields they need (PERFORMANCE.md §2.1).
 *
 * Supported: quoted fields with doubled quotes, delimiters and CR/LF inside quotes, CRLF or LF
 * line ends, any single-byte delimiter. Blank lines are skipped (as pandas does) but counted for
 * line numbers. Errors name the 1-based physical line where the offending row starts.
 */
const FIELD_QUOTED = 1;
/** The quoted field contains `""` pairs that must be unescaped to get its text. */
const FIELD_ESCAPED_QUOTES = 2;
/** The field contains bytes ≥ 0x80: it is non-ASCII UTF-8 (or invalid) and needs validation. */
const FIELD_NON_ASCII = 4;
const LF = 10;
const CR = 13;
/** A malformed row; `line` is relative to the first byte this scanner was given (1-based). */
class CsvSyntaxError extends Error {
    line;
    detail;
    constructor(line, detail) {
        super(detail);
        this.line = line;
        this.detail = detail;
    }
}
class CsvScanner {
    delimiter;
    quote;
    /** Field boundaries of the current row: bytes[starts[k], ends[k]) is field k. */
    starts;
    ends;
    flags;
    fieldCount = 0;
    /** Physical line breaks consumed so far (completed rows only). */
    linesConsumed = 0;
    /** 1-based line (relative to the scan start) on which the current row starts. */
    rowLine = 0;
    /** Set by a row handler to end `scan` right after the current row. */
    stopRequested = false;
    specialMax;
    /**
     * Blank lines are skipped (pandas' skip_blank_lines) except in a one-column file, where an
     * empty line is a record whose only value is missing (RFC 4180).
     */
    skipBlankLines = true;
    constructor(delimiter, quote = 34) {
        this.delimiter = delimiter;
        this.quote = quote;
        this.starts = new Int32Array(256);
        this.ends = new Int32Array(256);
        this.flags = new Uint8Array(256);
        // Every byte above this value is ordinary data; testing it first is the common fast path.
        this.specialMax = Math.max(delimiter, quote, CR, LF);
    }
    /**
     * Splits complete rows in bytes[from, to) and calls `onRow` for each. Returns the offset of
     * the first byte of an incomplete trailing row (to be carried into the next chunk), or `to`.
     * With `atEnd` the final row needs no line break and an open quote is an error. No row that
     * starts at or after `stopBefore` is read (a worker's byte range ends there).
     */
    scan(bytes, from, to, atEnd, onRow, stopBefore = Infinity) {
        const delimiter = this.delimiter;
        const quote = this.quote;
        const specialMax = this.specialMax;
        let i = from;
        while (i < to) {
            if (i >= stopBefore)
                return i;
            const rowStart = i;
            let lines = 0;
            let fieldCount = 0;
            let rowComplete;
            // Blank line: skip it, but count it.
            if (this.skipBlankLines &&
                (bytes[i] === LF || (bytes[i] === CR && i + 1 < to && bytes[i + 1] === LF))) {
                i += bytes[i] === CR ? 2 : 1;
                this.linesConsumed++;
                continue;
            }
            if (bytes[i] === CR && i + 1 >= to && !atEnd)
                return rowStart;
            for (;;) {
                if (fieldCount === this.starts.length)
                    this.grow();
                let flags = 0;
                let fieldStart;
                let fieldEnd;
                let c;
                if (i < to && bytes[i] === quote) {
                    flags = FIELD_QUOTED;
                    fieldStart = ++i;
                    let high = 0;
                    for (;;) {
                        if (i >= to) {
                            if (!atEnd)
                                return rowStart;
                            throw new CsvSyntaxError(this.linesConsumed + 1, 'unterminated quoted field: the closing quote is missing');
                        }
                        c = bytes[i];
                        high |= c;
                        if (c === quote) {
                            if (i + 1 < to && bytes[i + 1] === quote) {
                                flags |= FIELD_ESCAPED_QUOTES;
                                i += 2;
                                continue;
                            }
                            if (i + 1 >= to && !atEnd)
                                return rowStart;
                            break;
                        }
                        if (c === LF)
                            lines++;
                        i++;
                    }
                    fieldEnd = i;
                    i++; // closing quote
                    if (high & 0x80)
                        flags |= FIELD_NON_ASCII;
                    if (i < to) {
                        c = bytes[i];
                        if (c !== delimiter && c !== LF && c !== CR) {
                            throw new CsvSyntaxError(this.linesConsumed + 1 + lines, `unexpected character ${JSON.stringify(String.fromCharCode(c))} after a closing quote (field ${fieldCount + 1}); a quote inside a quoted field must be doubled`);
                        }
                    }
                }
                else {
                    fieldStart = i;
                    let high = 0;
                    while (i < to) {
                        c = bytes[i];
                        if (c > specialMax) {
                            high |= c;
                            i++;
                            continue;
                        }
                        if (c === delimiter || c === LF || c === CR)
                            break;
                        i++;
                    }
                    fieldEnd = i;
                    if (high & 0x80)
                        flags |= FIELD_NON_ASCII;
                }
                this.starts[fieldCount] = fieldStart;
                this.ends[fieldCount] = fieldEnd;
                this.flags[fieldCount] = flags;
                fieldCount++;
                if (i >= to) {
                    if (!atEnd)
                        return rowStart;
                    rowComplete = true;
                    break;
                }
                c = bytes[i];
                if (c === delimiter) {
                    i++;
                    if (i >= to && atEnd) {
                        // Trailing delimiter at end of input: one more, empty field.
                        if (fieldCount === this.starts.length)
                            this.grow();
                        this.starts[fieldCount] = i;
                        this.ends[fieldCount] = i;
                        this.flags[fieldCount] = 0;
                        fieldCount++;
                        rowComplete = true;
                        break;
                    }
                    continue;
                }
                if (c === CR) {
                    if (i + 1 >= to) {
                        if (!atEnd)
                            return rowStart;
                        i++;
                    }
                    else if (bytes[i + 1] === LF) {
                        i += 2;
                    }
                    else {
                        i++; // a lone CR ends the row (old Mac line ends)
                    }
                }
                else {
                    i++; // LF
                }
                lines++;
                rowComplete = true;
                break;
            }
            if (rowComplete) {
                this.fieldCount = fieldCount;
                this.rowLine = this.linesConsumed + 1;
                this.linesConsumed += lines;
                onRow(bytes, this);
                if (this.stopRequested) {
                    this.stopRequested = false;
                    return i;
                }
            }
        }
        return i;
    }
    grow() {
        const size = this.starts.length * 2;
        const starts = new Int32Array(size);
        const ends = new Int32Array(size);
        const flags = new Uint8Array(size);
        starts.set(this.starts);
        ends.set(this.ends);
        flags.set(this.flags);
        this.starts = starts;
        this.ends = ends;
        this.flags = flags;
    }
}
/** Text of a field, with `""` unescaped when flagged. Decodes UTF-8 (invalid bytes → U+FFFD). */
function fieldText(bytes, start, end, flags) {
    const text = flags & FIELD_NON_ASCII ? utf8Text(bytes, start, end) : asciiText(bytes, start, end);
    return flags & FIELD_ESCAPED_QUOTES ? text.replaceAll('""', '"') : text;
}
const utf8Decoder = new TextDecoder('utf-8');
function utf8Text(bytes, start, end) {
    const native = bytes.utf8Slice;
    return native !== undefined
        ? native.call(bytes, start, end)
        : utf8Decoder.decode(bytes.subarray(start, end));
}
function asciiText(bytes, start, end) {
    const native = bytes.latin1Slice;
    if (native !== undefined)
        return native.call(bytes, start, end);
    if (end - start > 64)
        return String.fromCharCode.apply(null, bytes.subarray(start, end));
    let text = '';
    for (let i = start; i < end; i++)
        text += String.fromCharCode(bytes[i]);
    return text;
}
/** True when bytes[start, end) is well-formed UTF-8 (no overlongs, surrogates or > U+10FFFF). */
function isValidUtf8(bytes, start, end) {
    let i = start;
    while (i < end) {
        const c = bytes[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        let needed;
        let min;
        let codePoint;
        if (c >= 0xc2 && c <= 0xdf) {
            needed = 1;
            min = 0x80;
            codePoint = c & 0x1f;
        }
        else if (c >= 0xe0 && c <= 0xef) {
            needed = 2;
            min = 0x800;
            codePoint = c & 0x0f;
        }
        else if (c >= 0xf0 && c <= 0xf4) {
            needed = 3;
            min = 0x10000;
            codePoint = c & 0x07;
        }
        else {
            return false;
        }
        if (i + needed >= end)
            return false;
        for (let k = 1; k <= needed; k++) {
            const next = bytes[i + k];
            if ((next & 0xc0) !== 0x80)
                return false;
            codePoint = (codePoint << 6) | (next & 0x3f);
        }
        if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff))
            return false;
        i += needed + 1;
    }
    return true;
}


/***/ }),

/***/ 11228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   eo: () => (/* binding */ parseDatetimeBytes),
/* harmony export */   tq: () => (/* binding */ lastParsedDatetime)
/* harmony export */ });
/* unused harmony export parseDatetimeString */
/**
 * Strict ISO 8601 dates and date-times from bytes, with calendar validation. `Date.parse` is not
 * used because V8 accepts impossible dates such as 2026-02-30 and silently rolls them over
 * (PERFORMANCE.md §1), which would let a freshness or format check pass on corrupt data.
 *
 * Accepted: `YYYY-MM-DD`, optionally followed by `T` or a space and `HH:MM`, `HH:MM:SS` or
 * `HH:MM:SS.fraction` (any number of fraction digits; milliseconds kept), optionally followed by
 * `Z` or an offset `±HH:MM` / `±HHMM` / `±HH`. A date-time without an offset is taken as UTC.
 */
/** Side result of the last successful parse: whether a time part was present. */
const lastParsedDatetime = { hasTime: false };
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function isLeapYear(year) {
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
function digitsAt(bytes, at, count) {
    let value = 0;
    for (let i = 0; i < count; i++) {
        const d = bytes[at + i] - 48;
        if (d < 0 || d > 9)
            return -1;
        value = value * 10 + d;
    }
    return value;
}
/** Epoch milliseconds of `bytes[start, end)`, or NaN when it is not a valid ISO date/date-time. */
function parseDatetimeBytes(bytes, start, end) {
    if (end - start < 10)
        return NaN;
    const year = digitsAt(bytes, start, 4);
    if (year < 0 || bytes[start + 4] !== 45 || bytes[start + 7] !== 45)
        return NaN;
    const month = digitsAt(bytes, start + 5, 2);
    const day = digitsAt(bytes, start + 8, 2);
    if (month < 1 || month > 12 || day < 1)
        return NaN;
    const maxDay = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
    if (day > maxDay)
        return NaN;
    let i = start + 10;
    let millis = 0;
    let offsetMinutes = 0;
    lastParsedDatetime.hasTime = false;
    if (i < end) {
        const separator = bytes[i];
        if (separator !== 84 /* T */ && separator !== 116 /* t */ && separator !== 32)
            return NaN;
        i++;
        if (end - i < 5 || bytes[i + 2] !== 58 /* : */)
            return NaN;
        const hour = digitsAt(bytes, i, 2);
        const minute = digitsAt(bytes, i + 3, 2);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59)
            return NaN;
        i += 5;
        let second = 0;
        if (i < end && bytes[i] === 58) {
            second = digitsAt(bytes, i + 1, 2);
            if (second < 0 || second > 59 || i + 3 > end)
                return NaN;
            i += 3;
            if (i < end && (bytes[i] === 46 || bytes[i] === 44) /* . or , */) {
                i++;
                let scale = 100;
                let fractionDigits = 0;
                while (i < end) {
                    const d = bytes[i] - 48;
                    if (d < 0 || d > 9)
                        break;
                    millis += d * scale;
                    scale /= 10;
                    fractionDigits++;
                    i++;
                }
                if (fractionDigits === 0)
                    return NaN;
                millis = Math.floor(millis);
            }
        }
        if (i < end) {
            const zone = bytes[i];
            if (zone === 90 /* Z */ || zone === 122 /* z */) {
                i++;
            }
            else if (zone === 43 || zone === 45) {
                const sign = zone === 45 ? -1 : 1;
                i++;
                const offsetHours = digitsAt(bytes, i, 2);
                if (offsetHours < 0 || offsetHours > 23)
                    return NaN;
                i += 2;
                let offsetMins = 0;
                if (i < end) {
                    if (bytes[i] === 58)
                        i++;
                    offsetMins = digitsAt(bytes, i, 2);
                    if (offsetMins < 0 || offsetMins > 59)
                        return NaN;
                    i += 2;
                }
                offsetMinutes = sign * (offsetHours * 60 + offsetMins);
            }
            else {
                return NaN;
            }
        }
        if (i !== end)
            return NaN;
        lastParsedDatetime.hasTime = true;
        return utcTime(year, month, day, hour, minute, second, millis) - offsetMinutes * 60000;
    }
    return utcTime(year, month, day, 0, 0, 0, 0);
}
/**
 * Milliseconds since 1970-01-01T00:00Z of a proleptic Gregorian date-time, by Howard Hinnant's
 * days_from_civil (http://howardhinnant.github.io/date_algorithms.html): pure arithmetic, several
 * times faster than Date.UTC on the hot path, and right for years 0–99, which Date.UTC maps to
 * 1900–1999.
 */
function utcTime(year, month, day, hour, minute, second, millis) {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    const days = era * 146097 + dayOfEra - 719468;
    return days * 86400000 + hour * 3600000 + minute * 60000 + second * 1000 + millis;
}
/** The same as `parseDatetimeBytes` for a string (JSON Lines and Parquet string values). */
function parseDatetimeString(text) {
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code > 127)
            return NaN;
        bytes[i] = code;
    }
    return parseDatetimeBytes(bytes, 0, bytes.length);
}
/** Parses a duration such as `90s`, `15m`, `2h`, `2d`, `1w` (or combinations like `1d12h`) to ms. */
function parseDuration(text) {
    const units = {
        ms: 1,
        s: 1000,
        m: 60000,
        h: 3600000,
        d: 86400000,
        w: 604800000
    };
    const pattern = /(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)/gy;
    const trimmed = text.trim();
    let total = 0;
    let consumed = 0;
    let match;
    pattern.lastIndex = 0;
    while ((match = pattern.exec(trimmed)) !== null) {
        total += Number(match[1]) * units[match[2]];
        consumed = pattern.lastIndex;
        while (trimmed[consumed] === ' ')
            consumed++;
        pattern.lastIndex = consumed;
    }
    if (consumed !== trimmed.length || trimmed.length === 0)
        return NaN;
    return total;
}


/***/ }),

/***/ 97447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ typedValueText)
/* harmony export */ });
/**
 * The text a value of a typed format (JSON Lines, Parquet) has in a CSV file, so checks and samples
 * treat it as they treat a CSV field: strings as they are, numbers and booleans as JavaScript
 * writes them, bigints in full, dates as ISO 8601 in UTC, nested values as JSON (bigints inside as
 * their digits), and '' (missing) for null and undefined.
 */
function typedValueText(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'string')
        return value;
    if (value instanceof Date)
        return value.toISOString();
    if (typeof value === 'object')
        return JSON.stringify(value, bigintAsText);
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
        return String(value);
    return '';
}
function bigintAsText(_key, value) {
    return typeof value === 'bigint' ? value.toString() : value;
}


/***/ }),

/***/ 55527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ej: () => (/* binding */ ColumnScan),
  tJ: () => (/* binding */ InvalidUtf8Error),
  SH: () => (/* binding */ violatesOrder)
});

// EXTERNAL MODULE: ./shared/data/typed-value-text.ts
var typed_value_text = __webpack_require__(97447);
// EXTERNAL MODULE: ./shared/checks/value-predicates.ts
var value_predicates = __webpack_require__(59718);
// EXTERNAL MODULE: ./shared/data/csv-scanner.ts
var csv_scanner = __webpack_require__(63916);
// EXTERNAL MODULE: ./shared/data/parse-datetime.ts
var parse_datetime = __webpack_require__(11228);
;// CONCATENATED MODULE: ./shared/data/parse-number.ts
/**
 * Decimal number parsing straight from UTF-8/ASCII bytes, without building a string per field
 * (PERFORMANCE.md §2.1 and §2.6: the byte path is what makes the scan fast).
 *
 * Exactness: values with at most 15 significant digits and a decimal exponent within ±22 take
 * Clinger's fast path (an exact integer mantissa times or divided by an exact power of ten is
 * correctly rounded by one IEEE operation; Clinger 1990, "How to read floating point numbers
 * accurately"). Anything else falls back to `parseFloat` on the field's text, so the result is
 * always bit-identical to `parseFloat`.
 *
 * Accepted syntax: optional surrounding ASCII spaces, optional sign, digits with an optional
 * fraction, optional exponent: `[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?`. Anything else
 * (including `NaN`, `inf`, `0x1F`, `1,000`) is not a number and yields NaN.
 */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);
const MAX_FAST_DIGITS = 15;
/**
 * Side result of the last successful `parseNumberBytes` call: whether the text was written as an
 * integer (no fraction, no exponent). Returned this way so the hot path allocates nothing.
 */
const lastParsedNumber = { integerLiteral: false };
/** Parses `bytes[start, end)`; returns NaN when the text is not a decimal number. */
function parseNumberBytes(bytes, start, end) {
    while (start < end && bytes[start] === 32)
        start++;
    while (end > start && bytes[end - 1] === 32)
        end--;
    if (start >= end)
        return NaN;
    let i = start;
    let negative = false;
    let c = bytes[i];
    if (c === 45 /* - */ || c === 43 /* + */) {
        negative = c === 45;
        i++;
        if (i >= end)
            return NaN;
    }
    const bodyStart = i;
    let mantissa = 0;
    let significantDigits = 0;
    let exponent = 0;
    let sawDigit = false;
    let integerLiteral = true;
    // Integer part.
    while (i < end) {
        c = bytes[i];
        const d = c - 48;
        if (d < 0 || d > 9)
            break;
        sawDigit = true;
        if (significantDigits > 0 || d !== 0)
            significantDigits++;
        if (significantDigits <= MAX_FAST_DIGITS)
            mantissa = mantissa * 10 + d;
        else
            exponent++;
        i++;
    }
    // Fraction.
    if (i < end && bytes[i] === 46 /* . */) {
        integerLiteral = false;
        i++;
        while (i < end) {
            c = bytes[i];
            const d = c - 48;
            if (d < 0 || d > 9)
                break;
            sawDigit = true;
            if (significantDigits > 0 || d !== 0)
                significantDigits++;
            if (significantDigits <= MAX_FAST_DIGITS) {
                mantissa = mantissa * 10 + d;
                exponent--;
            }
            i++;
        }
    }
    if (!sawDigit)
        return NaN;
    // Exponent.
    if (i < end && (bytes[i] === 101 || bytes[i] === 69) /* e E */) {
        integerLiteral = false;
        i++;
        let exponentNegative = false;
        if (i < end && (bytes[i] === 45 || bytes[i] === 43)) {
            exponentNegative = bytes[i] === 45;
            i++;
        }
        let explicit = 0;
        let exponentDigits = 0;
        while (i < end) {
            const d = bytes[i] - 48;
            if (d < 0 || d > 9)
                break;
            if (explicit < 1e6)
                explicit = explicit * 10 + d;
            exponentDigits++;
            i++;
        }
        if (exponentDigits === 0)
            return NaN;
        exponent += exponentNegative ? -explicit : explicit;
    }
    if (i !== end)
        return NaN;
    lastParsedNumber.integerLiteral = integerLiteral;
    let value;
    if (significantDigits <= MAX_FAST_DIGITS && exponent >= -22 && exponent <= 22) {
        value =
            exponent < 0 ? mantissa / POWERS_OF_TEN[-exponent] : mantissa * POWERS_OF_TEN[exponent];
    }
    else {
        value = parseFloat(latin1(bytes, bodyStart, end));
    }
    return negative ? -value : value;
}
function latin1(bytes, start, end) {
    let text = '';
    for (let i = start; i < end; i++)
        text += String.fromCharCode(bytes[i]);
    return text;
}

;// CONCATENATED MODULE: ./shared/data/field-value.ts



/**
 * One field seen by the checks and the profile, with every interpretation computed lazily and at
 * most once: its number, text, datetime. The scan reuses a single instance per column so the hot
 * loop allocates nothing; JSON Lines and Parquet values are written into the same byte form, so
 * every format is judged by exactly the same code.
 */
class FieldValue {
    bytes = EMPTY;
    start = 0;
    end = 0;
    flags = 0;
    /** The decimal number the text spells, NaN when it is not a number. */
    number = NaN;
    /** True when `number` was written without fraction or exponent. */
    integerLiteral = false;
    textValue;
    epochValue = NaN;
    epochParsed = false;
    epochHasTime = false;
    /** Points the view at a CSV field and parses its number. */
    setBytes(bytes, start, end, flags) {
        this.bytes = bytes;
        this.start = start;
        this.end = end;
        this.flags = flags;
        this.textValue = undefined;
        this.epochParsed = false;
        // A field with escaped quotes or non-ASCII bytes cannot be a number.
        if (flags & (csv_scanner/* FIELD_ESCAPED_QUOTES */.RP | csv_scanner/* FIELD_NON_ASCII */.P_) || start === end) {
            this.number = NaN;
            this.integerLiteral = false;
        }
        else {
            const first = bytes[start];
            // Cheap pre-filter: numbers start with a digit, sign, dot or space.
            if ((first >= 48 && first <= 57) ||
                first === 45 ||
                first === 43 ||
                first === 46 ||
                first === 32) {
                this.number = parseNumberBytes(bytes, start, end);
                this.integerLiteral = !Number.isNaN(this.number) && lastParsedNumber.integerLiteral;
            }
            else {
                this.number = NaN;
                this.integerLiteral = false;
            }
        }
    }
    /** Points the view at a value from a typed format (JSON Lines, Parquet) via its text. */
    setText(text) {
        const needed = text.length * 3;
        if (scratch.length < needed)
            scratch = new Uint8Array(Math.max(needed, scratch.length * 2));
        const { written } = encoder.encodeInto(text, scratch);
        let flags = 0;
        for (let i = 0; i < written; i++) {
            if (scratch[i] & 0x80) {
                flags = csv_scanner/* FIELD_NON_ASCII */.P_;
                break;
            }
        }
        // The scratch buffer is shared; copy so the view stays valid until the next value.
        this.setBytes(scratch.slice(0, written), 0, written, flags);
        this.textValue = text;
    }
    /** The field's text (UTF-8 decoded, `""` unescaped). */
    get text() {
        if (this.textValue === undefined)
            this.textValue = (0,csv_scanner/* fieldText */.gF)(this.bytes, this.start, this.end, this.flags);
        return this.textValue;
    }
    /** Epoch milliseconds when the field is an ISO 8601 date or date-time, else NaN. */
    get epoch() {
        if (!this.epochParsed) {
            this.epochParsed = true;
            this.epochValue =
                this.flags & (csv_scanner/* FIELD_ESCAPED_QUOTES */.RP | csv_scanner/* FIELD_NON_ASCII */.P_)
                    ? NaN
                    : (0,parse_datetime/* parseDatetimeBytes */.eo)(this.bytes, this.start, this.end);
            this.epochHasTime = !Number.isNaN(this.epochValue) && parse_datetime/* lastParsedDatetime */.tq.hasTime;
        }
        return this.epochValue;
    }
    /** True when the field is a date-time (has a time part); meaningful only if `epoch` is valid. */
    get hasTime() {
        void this.epoch;
        return this.epochHasTime;
    }
    /**
     * true/false in the spellings YAML 1.2 and pandas accept: true, True, TRUE, false, ...
     * Compared on the bytes, so text columns are not decoded just to be typed.
     */
    get booleanValue() {
        const length = this.end - this.start;
        if (length === 4)
            return matchesSpelling(this.bytes, this.start, TRUE_SPELLINGS) ? true : undefined;
        if (length === 5)
            return matchesSpelling(this.bytes, this.start, FALSE_SPELLINGS) ? false : undefined;
        return undefined;
    }
    /** Length in Unicode code points (what "characters" means to a user). */
    get codePointLength() {
        if (!(this.flags & (csv_scanner/* FIELD_NON_ASCII */.P_ | csv_scanner/* FIELD_ESCAPED_QUOTES */.RP)))
            return this.end - this.start;
        let count = 0;
        for (const _ of this.text)
            count++;
        return count;
    }
}
const EMPTY = new Uint8Array(0);
const TRUE_SPELLINGS = ['true', 'True', 'TRUE'];
const FALSE_SPELLINGS = ['false', 'False', 'FALSE'];
function matchesSpelling(bytes, start, spellings) {
    outer: for (const spelling of spellings) {
        for (let i = 0; i < spelling.length; i++)
            if (bytes[start + i] !== spelling.charCodeAt(i))
                continue outer;
        return true;
    }
    return false;
}
const encoder = new TextEncoder();
let scratch = new Uint8Array(1024);

// EXTERNAL MODULE: ./shared/sketch/hash-bytes.ts
var hash_bytes = __webpack_require__(75037);
// EXTERNAL MODULE: ./shared/stats/moments.ts
var moments = __webpack_require__(23419);
// EXTERNAL MODULE: ./shared/stats/sort-float64.ts
var sort_float64 = __webpack_require__(37221);
// EXTERNAL MODULE: ./shared/scan/growable-float64.ts
var growable_float64 = __webpack_require__(76846);
// EXTERNAL MODULE: ./shared/scan/value-tally.ts
var value_tally = __webpack_require__(46192);
;// CONCATENATED MODULE: ./shared/scan/column-scan.ts









const SAMPLE_TEXT_LIMIT = 200;
/** Accumulates one column over one byte range: checks, profile statistics and samples. */
class ColumnScan {
    plan;
    sampleLimit;
    nullTexts;
    numberBudget;
    view = new FieldValue();
    nulls = 0;
    values = 0;
    types = {
        integer: 0,
        decimal: 0,
        boolean: 0,
        date: 0,
        datetime: 0,
        text: 0
    };
    moments = (0,moments/* emptyMoments */.rC)();
    numbers = new growable_float64/* GrowableFloat64 */.S();
    /** Values kept exactly so far (for sizing the shared sort scratch). */
    get keptNumbers() {
        return this.numbers?.length ?? 0;
    }
    tally;
    lengthMin = Infinity;
    lengthMax = -Infinity;
    epochMin = Infinity;
    epochMax = -Infinity;
    predicates = [];
    references = [];
    orderChecks = [];
    nullCounter;
    uniqueKeys;
    counters = {};
    /** Key of the current value (number, or hash of the text), valid after `accept`. */
    currentKey = NaN;
    constructor(plan, sampleLimit, nullTexts, numberBudget) {
        this.plan = plan;
        this.sampleLimit = sampleLimit;
        this.nullTexts = nullTexts;
        this.numberBudget = numberBudget;
        this.tally = new value_tally/* ValueTally */.oN();
        let nullCounter;
        for (const check of plan.valueChecks) {
            const counter = { unexpected: 0, samples: [] };
            this.counters[check.id] = counter;
            if (check.check === 'not_null')
                nullCounter = counter;
            else if (check.check === 'references') {
                this.references.push({ counter, keys: new Set(plan.referenceKeys[check.id] ?? []) });
            }
            else if (check.check === 'increasing' || check.check === 'decreasing') {
                this.orderChecks.push({
                    id: check.id,
                    counter,
                    direction: check.check === 'increasing' ? 1 : -1,
                    strictly: check.strictly
                });
            }
            else {
                const predicate = (0,value_predicates/* compilePredicate */.Nt)(check);
                if (predicate !== undefined)
                    this.predicates.push({ counter, predicate });
            }
        }
        this.nullCounter = nullCounter;
        this.uniqueKeys = plan.keepKeys ? new growable_float64/* GrowableFloat64 */.S() : undefined;
    }
    /** A CSV field. Returns the value's key (NaN when missing) for compound keys. */
    acceptBytes(bytes, start, end, flags, row) {
        if (start === end || (this.nullTexts.length > 0 && this.isNullText(bytes, start, end))) {
            this.acceptNull(row);
            return NaN;
        }
        if (flags & csv_scanner/* FIELD_NON_ASCII */.P_ && !(0,csv_scanner/* isValidUtf8 */.ql)(bytes, start, end)) {
            throw new InvalidUtf8Error(row, this.plan.name);
        }
        this.view.setBytes(bytes, start, end, flags);
        return this.acceptView(row);
    }
    /** A value from a typed format; null/undefined are missing. */
    acceptValue(value, row) {
        if (value === null || value === undefined) {
            this.acceptNull(row);
            return NaN;
        }
        const text = (0,typed_value_text/* typedValueText */.L)(value);
        if (text === '' || (this.nullTexts.length > 0 && this.nullTexts.includes(text))) {
            this.acceptNull(row);
            return NaN;
        }
        this.view.setText(text);
        return this.acceptView(row);
    }
    isNullText(bytes, start, end) {
        const length = end - start;
        outer: for (const text of this.nullTexts) {
            if (text.length !== length)
                continue;
            for (let i = 0; i < length; i++)
                if (text.charCodeAt(i) !== bytes[start + i])
                    continue outer;
            return true;
        }
        return false;
    }
    acceptNull(row) {
        this.nulls++;
        this.currentKey = NaN;
        if (this.nullCounter !== undefined)
            this.fail(this.nullCounter, row, '');
        if (this.uniqueKeys !== undefined)
            this.uniqueKeys.push(NaN);
    }
    acceptView(row) {
        const view = this.view;
        this.values++;
        const x = view.number;
        let key;
        if (x === x) {
            // Numeric value.
            if (view.integerLiteral)
                this.types.integer++;
            else
                this.types.decimal++;
            (0,moments/* addValue */.dM)(this.moments, x);
            key = x === 0 ? 0 : x;
            if (this.numbers !== undefined && this.numberBudget.remaining > 0) {
                this.numbers.push(x);
                this.numberBudget.remaining--;
            }
            else {
                if (this.numbers !== undefined)
                    this.spillNumbers();
                this.tally.addNumber(x, view);
                this.tally.addToQuantiles(x);
            }
        }
        else {
            key =
                view.flags & 2 /* escaped quotes */
                    ? (0,hash_bytes/* hashString53 */.iO)(view.text)
                    : (0,hash_bytes/* hashBytes53 */.eW)(view.bytes, view.start, view.end);
            this.tally.addText(key, view);
            const length = view.codePointLength;
            if (length < this.lengthMin)
                this.lengthMin = length;
            if (length > this.lengthMax)
                this.lengthMax = length;
            const first = view.bytes[view.start];
            if (first >= 48 && first <= 57 && !Number.isNaN(view.epoch)) {
                if (view.hasTime)
                    this.types.datetime++;
                else
                    this.types.date++;
                const epoch = view.epoch;
                if (epoch < this.epochMin)
                    this.epochMin = epoch;
                if (epoch > this.epochMax)
                    this.epochMax = epoch;
            }
            else if (view.booleanValue !== undefined)
                this.types.boolean++;
            else
                this.types.text++;
        }
        this.currentKey = key;
        for (const { counter, predicate } of this.predicates) {
            if (!predicate(view, key))
                this.fail(counter, row, undefined);
        }
        for (const { counter, keys } of this.references) {
            if (!keys.has(key))
                this.fail(counter, row, undefined);
        }
        for (const order of this.orderChecks)
            this.checkOrder(order, row, x);
        if (this.uniqueKeys !== undefined)
            this.uniqueKeys.push(key);
        return key;
    }
    /**
     * Over the exact-value budget: move the kept numbers into the mergeable sketches and continue
     * with sketches only (quantiles then carry the sketch's documented error).
     */
    spillNumbers() {
        const kept = this.numbers.view();
        for (let i = 0; i < kept.length; i++) {
            this.tally.addNumber(kept[i], undefined);
            this.tally.addToQuantiles(kept[i]);
        }
        this.numberBudget.remaining += kept.length;
        this.numbers = undefined;
    }
    checkOrder(order, row, x) {
        const view = this.view;
        const key = x === x ? x : !Number.isNaN(view.epoch) ? view.epoch : view.text;
        const end = { row, key, text: '' };
        if (order.last !== undefined &&
            violatesOrder(order.last.key, key, order.direction, order.strictly)) {
            this.fail(order.counter, row, undefined);
        }
        if (order.first === undefined) {
            end.text = truncate(view.text);
            order.first = end;
        }
        order.last = end;
    }
    fail(counter, row, text) {
        counter.unexpected++;
        if (counter.samples.length < this.sampleLimit) {
            counter.samples.push({ row, value: text ?? truncate(this.view.text) });
        }
    }
    /**
     * Expected number of rows in the range (an estimate from the bytes read so far): reserves the
     * kept numbers and keys in one allocation instead of growing by doubling.
     */
    expectRows(rows) {
        const share = this.values + this.nulls > 0 ? this.types.integer + this.types.decimal : 0;
        const numericShare = this.values + this.nulls === 0 ? 0 : share / (this.values + this.nulls);
        if (this.numbers !== undefined && numericShare > 0.5)
            this.numbers.reserve(Math.min(rows * 1.05, this.numbers.length + this.numberBudget.remaining));
        this.uniqueKeys?.reserve(rows * 1.05);
    }
    /** Final state of this column for the range; sorts the exact numbers (in this thread). */
    finish(scratch) {
        const order = {};
        for (const check of this.orderChecks) {
            if (check.last !== undefined)
                check.last.text = String(check.last.key);
            order[check.id] = {
                direction: check.direction,
                strictly: check.strictly,
                first: check.first,
                last: check.last
            };
        }
        let sortedNumbers;
        if (this.numbers !== undefined) {
            const numbers = this.numbers.take();
            sortedNumbers = (0,sort_float64/* sortFloat64 */.f)(numbers, scratch !== undefined && scratch.length >= numbers.length ? scratch : undefined);
            this.tally.addDistinctNumbers(sortedNumbers);
        }
        this.numbers = undefined;
        return {
            name: this.plan.name,
            values: this.values,
            nulls: this.nulls,
            types: this.types,
            moments: this.moments,
            sortedNumbers,
            tally: this.tally.state(),
            textLength: { min: this.lengthMin, max: this.lengthMax },
            epoch: { min: this.epochMin, max: this.epochMax },
            checks: this.counters,
            order,
            uniqueKeys: this.uniqueKeys?.take()
        };
    }
}
/** True when `next` breaks the order after `previous` (values of different kinds always do). */
function violatesOrder(previous, next, direction, strictly) {
    if (typeof previous !== typeof next)
        return true;
    const comparison = previous < next ? 1 : previous > next ? -1 : 0;
    if (comparison === 0)
        return strictly;
    return comparison !== direction;
}
function truncate(text) {
    return text.length > SAMPLE_TEXT_LIMIT ? `${text.slice(0, SAMPLE_TEXT_LIMIT)}…` : text;
}
/** Raised with the range-relative row; the scan driver turns it into an InputError with the file line. */
class InvalidUtf8Error extends Error {
    row;
    column;
    constructor(row, column) {
        super(`invalid UTF-8 in column "${column}"`);
        this.row = row;
        this.column = column;
    }
}


/***/ }),

/***/ 76846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ GrowableFloat64)
/* harmony export */ });
/** An append-only Float64Array that doubles its capacity; `view()` exposes the filled part. */
class GrowableFloat64 {
    buffer;
    length = 0;
    constructor(initialCapacity = 1024) {
        this.buffer = new Float64Array(initialCapacity);
    }
    push(value) {
        if (this.length === this.buffer.length)
            this.resize(this.buffer.length * 2);
        this.buffer[this.length++] = value;
    }
    /**
     * Makes room for `capacity` values in one allocation, when the caller can estimate the final
     * size: doubling would leave up to half the memory unused and copy every value log(n) times.
     */
    reserve(capacity) {
        if (capacity > this.buffer.length)
            this.resize(Math.ceil(capacity));
    }
    /** The filled values (shares memory with the buffer). */
    view() {
        return this.buffer.subarray(0, this.length);
    }
    /**
     * The values as a standalone array, for sending to another thread: the buffer itself when it
     * is nearly full (no copy), a right-sized copy otherwise. The growable must not be used after.
     */
    take() {
        const result = this.length * 1.25 >= this.buffer.length
            ? this.buffer.subarray(0, this.length)
            : this.buffer.slice(0, this.length);
        this.buffer = new Float64Array(0);
        this.length = 0;
        return result;
    }
    /** A right-sized copy. */
    toArray() {
        return this.buffer.slice(0, this.length);
    }
    resize(capacity) {
        const next = new Float64Array(capacity);
        next.set(this.buffer.subarray(0, this.length));
        this.buffer = next;
    }
}


/***/ }),

/***/ 3613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $i: () => (/* binding */ RangeScan),
/* harmony export */   Hh: () => (/* binding */ RangeSyntaxError),
/* harmony export */   Om: () => (/* binding */ syntaxInputError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
/* harmony import */ var _data_csv_scanner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63916);
/* harmony import */ var _sketch_hash_bytes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75037);
/* harmony import */ var _column_scan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55527);
/* harmony import */ var _growable_float64_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76846);





/**
 * Scans the rows of one range: feeds every field to its column and builds compound keys. Rows are
 * counted from 0 within the range; the merge adds the offsets of earlier ranges.
 */
class RangeScan {
    plan;
    origin;
    columns;
    rows = 0;
    compound;
    keysOfRow;
    csv;
    constructor(plan, origin) {
        this.plan = plan;
        this.origin = origin;
        const budget = { remaining: plan.exactValueBudget };
        this.columns = plan.columns.map((column) => new _column_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .ColumnScan */ .ej(column, plan.sampleLimit, plan.nullValues, budget));
        this.compound = plan.compoundKeys.map((key) => ({
            checkId: key.checkId,
            indexes: key.columnIndexes,
            keys: new _growable_float64_js__WEBPACK_IMPORTED_MODULE_4__/* .GrowableFloat64 */ .S(),
            counter: { unexpected: 0, samples: [] }
        }));
        this.keysOfRow = new Float64Array(plan.header.length);
    }
    /**
     * Feeds CSV bytes; returns the offset of an incomplete trailing row to carry over. Rows that
     * start at or after `stopBefore` are left unread (the end of a worker's byte range).
     */
    scanCsv(bytes, from, to, atEnd, delimiter, stopBefore = Infinity) {
        if (this.csv === undefined) {
            this.csv = new _data_csv_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .CsvScanner */ .BR(delimiter);
            this.csv.skipBlankLines = this.plan.header.length > 1;
        }
        try {
            return this.csv.scan(bytes, from, to, atEnd, this.onCsvRow, stopBefore);
        }
        catch (error) {
            if (error instanceof _data_csv_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .CsvSyntaxError */ .oC)
                throw this.syntaxError(error.line, { reason: 'csv', detail: error.detail });
            throw error;
        }
    }
    /** Physical lines consumed so far by the CSV scanner. */
    get linesConsumed() {
        return this.csv?.linesConsumed ?? 0;
    }
    onCsvRow = (bytes, scanner) => {
        const expected = this.columns.length;
        if (scanner.fieldCount !== expected) {
            throw this.syntaxError(scanner.rowLine, {
                reason: 'ragged',
                row: this.rows,
                fields: scanner.fieldCount,
                header: this.plan.header
            });
        }
        const row = this.rows;
        const keys = this.keysOfRow;
        try {
            for (let k = 0; k < expected; k++) {
                keys[k] = this.columns[k].acceptBytes(bytes, scanner.starts[k], scanner.ends[k], scanner.flags[k], row);
            }
        }
        catch (error) {
            if (error instanceof _column_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .InvalidUtf8Error */ .tJ) {
                throw this.syntaxError(scanner.rowLine, { reason: 'utf8', row, column: error.column });
            }
            throw error;
        }
        this.finishRow();
    };
    /** One record from a typed format, values in header order. */
    scanRecord(values) {
        const row = this.rows;
        for (let k = 0; k < this.columns.length; k++)
            this.keysOfRow[k] = this.columns[k].acceptValue(values[k], row);
        this.finishRow();
    }
    finishRow() {
        for (const compound of this.compound) {
            // Great Expectations' default ignore_row_if='all_values_are_missing'.
            let key = NaN;
            let allMissing = true;
            for (const index of compound.indexes) {
                const part = this.keysOfRow[index];
                if (part === part)
                    allMissing = false;
                const partHash = part === part ? part : 0.5; // a missing part is its own value
                key = key === key ? (0,_sketch_hash_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .combineHash53 */ .W7)(key, partHash) : (0,_sketch_hash_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .combineHash53 */ .W7)(0, partHash);
            }
            compound.keys.push(allMissing ? NaN : key);
        }
        this.rows++;
    }
    syntaxError(relativeLine, problem) {
        if (this.origin.firstLine === undefined || this.origin.rowsBefore === undefined) {
            return new RangeSyntaxError(relativeLine, problem);
        }
        return syntaxInputError(this.origin.file, this.origin.firstLine, this.origin.rowsBefore, relativeLine, problem);
    }
    /**
     * Tells the scan how far through its input it is, once: from the rows seen in the first bytes
     * it reserves the per-row arrays for the whole range (PERFORMANCE.md: presized arrays keep
     * memory at 8 bytes per kept value instead of up to 16 with doubling).
     */
    progress(bytesConsumed, totalBytes) {
        if (this.sized || this.rows < 1000 || bytesConsumed <= 0 || totalBytes <= bytesConsumed)
            return;
        this.sized = true;
        const expected = Math.ceil((this.rows * totalBytes) / bytesConsumed);
        for (const column of this.columns)
            column.expectRows(expected);
        for (const entry of this.compound)
            entry.keys.reserve(expected * 1.05);
    }
    sized = false;
    finish() {
        const compound = {};
        for (const entry of this.compound)
            compound[entry.checkId] = { keys: entry.keys.take(), counter: entry.counter };
        // One radix-sort scratch buffer for every column of the range.
        const largest = Math.max(0, ...this.columns.map((column) => column.keptNumbers));
        const scratch = largest >= 256 ? new Float64Array(largest) : undefined;
        return {
            rows: this.rows,
            lines: this.linesConsumed,
            columns: this.columns.map((column) => column.finish(scratch)),
            compound
        };
    }
}
/**
 * A syntax error found by a worker; the driver re-raises it with `syntaxInputError` once the
 * ranges before it have reported their line and row counts.
 */
class RangeSyntaxError extends Error {
    relativeLine;
    problem;
    constructor(relativeLine, problem) {
        super(problem.reason);
        this.relativeLine = relativeLine;
        this.problem = problem;
    }
}
/** The user-facing error for a malformed row at its absolute line and row. */
function syntaxInputError(file, firstLine, rowsBefore, relativeLine, problem) {
    const line = firstLine + relativeLine - 1;
    switch (problem.reason) {
        case 'ragged':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file, line, row: rowsBefore + problem.row + 1 }, `the row has ${problem.fields} field(s) but the header has ${problem.header.length} (${problem.header.join(', ')}); quote fields that contain the delimiter`);
        case 'utf8':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file, line, row: rowsBefore + problem.row + 1, field: problem.column }, 'invalid UTF-8 bytes; the file must be UTF-8 encoded');
        case 'csv':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file, line }, problem.detail);
    }
}


/***/ }),

/***/ 46192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bu: () => (/* binding */ withExactNumberCounts),
/* harmony export */   EX: () => (/* binding */ distinctCount),
/* harmony export */   Xf: () => (/* binding */ quantileOf),
/* harmony export */   dM: () => (/* binding */ mergeTallyStates),
/* harmony export */   oN: () => (/* binding */ ValueTally),
/* harmony export */   q9: () => (/* binding */ valueSet),
/* harmony export */   qH: () => (/* binding */ topValues)
/* harmony export */ });
/* harmony import */ var _sketch_hash_bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75037);
/* harmony import */ var _sketch_hyperloglog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17001);
/* harmony import */ var _sketch_quantile_sketch_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24699);
/* harmony import */ var _sketch_top_values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91066);




const SCAN_LOCATION = { file: '<scan>' };
class ValueTally {
    top = new _sketch_top_values_js__WEBPACK_IMPORTED_MODULE_3__/* .TopValues */ .ES();
    hll = new _sketch_hyperloglog_js__WEBPACK_IMPORTED_MODULE_1__/* .HyperLogLog */ .l8();
    quantiles;
    /** A text value with its precomputed key (hash of its text). */
    addText(key, view) {
        if (this.top.add(key)) {
            if (view.flags & 2)
                this.top.setValue(view.text);
            else
                this.top.setValueBytes(view.bytes, view.start, view.end);
        }
        this.hll.add(key);
    }
    /** A numeric value; `view` gives its text as written (undefined when replayed from storage). */
    addNumber(x, view) {
        const key = (0,_sketch_hash_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .hashFloat64 */ .LY)(x);
        if (this.top.add(key))
            this.top.setValue(view === undefined ? String(x) : view.text);
        this.hll.add(key);
    }
    addToQuantiles(x) {
        ;
        (this.quantiles ??= new _sketch_quantile_sketch_js__WEBPACK_IMPORTED_MODULE_2__/* .QuantileSketch */ .wh()).add(x);
    }
    /**
     * Adds the distinct values of the exactly kept numbers (ascending) to the HyperLogLog, in the
     * range's own thread. Their counts are taken later from the sorted values themselves
     * (`withExactNumberCounts`), exactly and without a per-value summary update.
     */
    addDistinctNumbers(sorted) {
        let previous = NaN;
        for (let i = 0; i < sorted.length; i++) {
            const x = sorted[i];
            if (x !== previous) {
                this.hll.add((0,_sketch_hash_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .hashFloat64 */ .LY)(x));
                previous = x;
            }
        }
    }
    state() {
        return { top: this.top.toJSON(), hll: this.hll.toJSON(), quantiles: this.quantiles?.toJSON() };
    }
}
/**
 * Merges the tallies of several ranges. When some range kept exact numbers and another did not,
 * the exact ones are folded into the quantile sketch (`sortedNumbers` gives them per range).
 */
function mergeTallyStates(states, sortedNumbers) {
    const top = _sketch_top_values_js__WEBPACK_IMPORTED_MODULE_3__/* .TopValues */ .ES.fromJSON(states[0].top, SCAN_LOCATION);
    const hll = _sketch_hyperloglog_js__WEBPACK_IMPORTED_MODULE_1__/* .HyperLogLog */ .l8.fromJSON(states[0].hll, SCAN_LOCATION);
    for (const state of states.slice(1)) {
        top.merge(_sketch_top_values_js__WEBPACK_IMPORTED_MODULE_3__/* .TopValues */ .ES.fromJSON(state.top, SCAN_LOCATION));
        hll.merge(_sketch_hyperloglog_js__WEBPACK_IMPORTED_MODULE_1__/* .HyperLogLog */ .l8.fromJSON(state.hll, SCAN_LOCATION));
    }
    let quantiles;
    if (sortedNumbers !== undefined) {
        quantiles = new _sketch_quantile_sketch_js__WEBPACK_IMPORTED_MODULE_2__/* .QuantileSketch */ .wh();
        states.forEach((state, index) => {
            if (state.quantiles !== undefined)
                quantiles.merge(_sketch_quantile_sketch_js__WEBPACK_IMPORTED_MODULE_2__/* .QuantileSketch */ .wh.fromJSON(state.quantiles, SCAN_LOCATION));
            const exact = sortedNumbers[index];
            if (exact === undefined)
                return;
            quantiles.addMany(exact);
            // These ranges kept their numbers exactly and have not counted them in `top` yet.
            for (let i = 0; i < exact.length; i++)
                if (top.add((0,_sketch_hash_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .hashFloat64 */ .LY)(exact[i])))
                    top.setValue(String(exact[i]));
        });
    }
    return { top: top.toJSON(), hll: hll.toJSON(), quantiles: quantiles?.toJSON() };
}
/**
 * Counts the exactly kept numbers of a column (ascending parts, one per range) into its tally:
 * exact counts from the runs of equal values, merged with the counts of its text values. Top
 * values stay exact up to the table's cap; beyond it the k most frequent numbers are listed with
 * exact counts and the (k+1)-th count as the bound, which meets the summary's guarantees.
 */
function withExactNumberCounts(state, parts) {
    const text = _sketch_top_values_js__WEBPACK_IMPORTED_MODULE_3__/* .TopValues */ .ES.fromJSON(state.top, SCAN_LOCATION);
    const runs = countRuns(parts, text.exactCap, text.counters);
    const numbers = _sketch_top_values_js__WEBPACK_IMPORTED_MODULE_3__/* .TopValues */ .ES.fromJSON(runs.json(text), SCAN_LOCATION);
    const textDistinct = text.distinctExact;
    if (text.total === 0) {
        return { ...state, top: numbers.toJSON(), distinct: runs.distinct };
    }
    text.merge(numbers);
    return {
        ...state,
        top: text.toJSON(),
        distinct: textDistinct === undefined ? undefined : textDistinct + runs.distinct
    };
}
/** Runs of equal values in the merged order of ascending parts. */
function countRuns(parts, cap, counters) {
    const positions = new Int32Array(parts.length);
    const firstRuns = [];
    const repeated = [];
    let distinct = 0;
    let total = 0;
    let current = NaN;
    let count = 0;
    const close = () => {
        if (count === 0)
            return;
        distinct++;
        if (firstRuns.length <= cap)
            firstRuns.push([current, count]);
        if (count > 1)
            repeated.push([current, count]);
    };
    for (;;) {
        let best = -1;
        let bestValue = Infinity;
        for (let p = 0; p < parts.length; p++) {
            const position = positions[p];
            if (position < parts[p].length && (best < 0 || parts[p][position] < bestValue)) {
                best = p;
                bestValue = parts[p][position];
            }
        }
        if (best < 0)
            break;
        positions[best]++;
        total++;
        if (bestValue === current)
            count++;
        else {
            close();
            current = bestValue;
            count = 1;
        }
    }
    close();
    const item = ([x, n], error) => [
        (0,_sketch_hash_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .hashFloat64 */ .LY)(x),
        n,
        error,
        String(x)
    ];
    const byCount = (a, b) => b[1] - a[1] || a[0] - b[0];
    return {
        distinct,
        json: (like) => {
            const base = {
                type: 'top-values',
                version: 1,
                hash: like.toJSON().hash,
                exactCap: like.exactCap,
                counters: like.counters,
                maxDisplayBytes: like.maxDisplayBytes,
                total
            };
            if (distinct <= cap) {
                return {
                    ...base,
                    exact: true,
                    unlistedBound: 0,
                    items: firstRuns.sort(byCount).map((run) => item(run, 0))
                };
            }
            // The k most frequent numbers, exactly; every unlisted number occurs at most `bound` times.
            const ranked = (repeated.length > counters
                ? repeated
                : [...repeated, ...firstRuns.filter(([, n]) => n === 1)]).sort(byCount);
            const listed = ranked.slice(0, counters);
            const bound = ranked[counters]?.[1] ?? 1;
            return {
                ...base,
                exact: false,
                unlistedBound: bound,
                items: listed.filter(([, n]) => n >= bound).map((run) => item(run, 0))
            };
        }
    };
}
/** Distinct non-null values: exact while the value table is exact, else the HyperLogLog estimate. */
function distinctCount(state) {
    if (state.distinct !== undefined)
        return { value: state.distinct, exact: true };
    const top = _sketch_top_values_js__WEBPACK_IMPORTED_MODULE_3__/* .TopValues */ .ES.fromJSON(state.top, SCAN_LOCATION);
    const exact = top.distinctExact;
    if (exact !== undefined)
        return { value: exact, exact: true };
    return { value: _sketch_hyperloglog_js__WEBPACK_IMPORTED_MODULE_1__/* .HyperLogLog */ .l8.fromJSON(state.hll, SCAN_LOCATION).estimate(), exact: false };
}
function topValues(state, n) {
    return _sketch_top_values_js__WEBPACK_IMPORTED_MODULE_3__/* .TopValues */ .ES.fromJSON(state.top, SCAN_LOCATION).top(n);
}
/** Every distinct value (as text), when they are known exactly. */
function valueSet(state) {
    const top = _sketch_top_values_js__WEBPACK_IMPORTED_MODULE_3__/* .TopValues */ .ES.fromJSON(state.top, SCAN_LOCATION);
    if (!top.isExact)
        return undefined;
    return top.top().map((entry) => entry.value);
}
/** Estimated q-quantile from the sketch (DDSketch rank rule, relative error ≤ its α). */
function quantileOf(state, q) {
    if (state.quantiles === undefined)
        return NaN;
    return _sketch_quantile_sketch_js__WEBPACK_IMPORTED_MODULE_2__/* .QuantileSketch */ .wh.fromJSON(state.quantiles, SCAN_LOCATION).quantile(q);
}


/***/ }),

/***/ 75037:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ HASH53_ALGORITHM),
/* harmony export */   LM: () => (/* binding */ HASH53_RANGE),
/* harmony export */   LY: () => (/* binding */ hashFloat64),
/* harmony export */   W7: () => (/* binding */ combineHash53),
/* harmony export */   eW: () => (/* binding */ hashBytes53),
/* harmony export */   iO: () => (/* binding */ hashString53)
/* harmony export */ });
/* unused harmony exports hashBytes32, hashString32 */
/**
 * Fast non-cryptographic hashes of field contents, for distinct counting (HyperLogLog), value
 * tables (top values) and uniqueness keys. The scan engine calls these once per field, so they
 * work on bytes in place and never allocate.
 *
 * One rule makes shards and file formats agree: a value hashes by its UTF-8 bytes, so a CSV field
 * read as bytes and the same text arriving as a JS string (JSON Lines, Parquet) give the same
 * hash. Strings are encoded into a reusable scratch buffer first (WHATWG UTF-8: a lone surrogate
 * becomes U+FFFD, exactly as `TextEncoder` and `Buffer.from(text, 'utf8')` do).
 *
 * Two families:
 * - `hash53`: Tollgate's own two-lane hash (algorithm id {@link HASH53_ALGORITHM}). Its structure
 *   is MurmurHash3 x86_128's (Appleby 2011) reduced to two 32-bit lanes that both consume every
 *   4-byte word with different constants and are cross-added, so the 64-bit state is mixed as
 *   one; the finaliser is Murmur's fmix32 on both lanes plus cross-additions. The 53 output bits
 *   are exact JS integers in [0, 2^53): `h1 · 2^21 + (h2 >>> 11)`.
 * - `hash32`: exactly MurmurHash3_x86_32 (Appleby's reference MurmurHash3.cpp; the same values
 *   as scikit-learn's `murmurhash3_32`), for 32-bit hash tables and interoperability.
 *
 * Collisions (birthday bound): among n distinct values, the chance that any two share a hash is
 * 1 − exp(−n² / 2^(b+1)) for b output bits, ≈ n² / 2^(b+1) while small. For hash53: 1e6 values
 * ≈ 5.6e-5, 1e7 ≈ 5.5e-3, 1e8 ≈ 0.43. For hash32: 1e4 values ≈ 1.2%, 1e5 ≈ 69% — use it only
 * where a collision costs accuracy, never correctness. Neither resists deliberately crafted
 * collisions (MurmurHash does not).
 */
/** Identifier stored in serialised sketches so that incompatible hashes are never merged. */
const HASH53_ALGORITHM = 'tollgate-h53-v1';
/** 2^53: every hash53 value is an integer in [0, HASH53_RANGE). */
const HASH53_RANGE = 9007199254740992;
const TWO_POW_21 = 2097152;
// Lane constants: MurmurHash3 x86_128's c1..c3 and lane increments (nothing-up-my-sleeve values
// chosen by Appleby); the seeds are the first hexadecimal digits of π.
const LANE1_K1 = 0x239b961b;
const LANE1_K2 = 0xab0e9789;
const LANE2_K1 = 0xab0e9789;
const LANE2_K2 = 0x38b34ae5;
const LANE1_ADD = 0x561ccd1b;
const LANE2_ADD = 0x0bcaa747;
const SEED1 = 0x243f6a88;
const SEED2 = 0x85a308d3 | 0;
// MurmurHash3_x86_32 constants.
const MURMUR32_C1 = 0xcc9e2d51;
const MURMUR32_C2 = 0x1b873593;
/** Murmur3's fmix32 avalanche finaliser: every input bit affects every output bit. */
function fmix32(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return h ^ (h >>> 16);
}
/** Word transform of lane 1 (also used for the 1–3 byte tail). */
function scrambleLane1(word) {
    const k = Math.imul(word, LANE1_K1);
    return Math.imul((k << 15) | (k >>> 17), LANE1_K2);
}
/** Word transform of lane 2: different constants and rotation, so the lanes decorrelate. */
function scrambleLane2(word) {
    const k = Math.imul(word, LANE2_K1);
    return Math.imul((k << 16) | (k >>> 16), LANE2_K2);
}
/** One block step of lane 1; `other` is lane 2's state (cross-addition as in x86_128). */
function stepLane1(h, other, word) {
    h ^= scrambleLane1(word);
    h = (((h << 19) | (h >>> 13)) + other) | 0;
    return (Math.imul(h, 5) + LANE1_ADD) | 0;
}
/** One block step of lane 2, taking lane 1's already-updated state. */
function stepLane2(h, other, word) {
    h ^= scrambleLane2(word);
    h = (((h << 17) | (h >>> 15)) + other) | 0;
    return (Math.imul(h, 5) + LANE2_ADD) | 0;
}
/** Length mixing, fmix32 on both lanes and cross-additions; packs 53 bits into a double. */
function finish53(h1, h2, byteLength) {
    h1 ^= byteLength;
    h2 ^= byteLength;
    h1 = (h1 + h2) | 0;
    h2 = (h2 + h1) | 0;
    h1 = fmix32(h1);
    h2 = fmix32(h2);
    h1 = (h1 + h2) | 0;
    h2 = (h2 + h1) | 0;
    return (h1 >>> 0) * TWO_POW_21 + (h2 >>> 11);
}
/**
 * 53-bit hash of the UTF-8 bytes `bytes[start, end)`. Equal to {@link hashString53} of the same
 * text. Measured (Node 20, this 2-core machine): about 18 ns for an 11-byte field and 11 ns for
 * a 2-byte one, against 8 ns for hashBytes32 on the 11 bytes — two lanes cost two multiplies
 * per lane and word.
 */
function hashBytes53(bytes, start, end) {
    let h1 = SEED1;
    let h2 = SEED2;
    let at = start;
    const blocksEnd = start + ((end - start) & ~3);
    while (at < blocksEnd) {
        const word = bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24);
        at += 4;
        // stepLane1 and stepLane2 written out by hand: through the helpers V8's inlining budget ran
        // out in this loop (measured 24 → 18 ns for an 11-byte field).
        let k1 = Math.imul(word, LANE1_K1);
        k1 = Math.imul((k1 << 15) | (k1 >>> 17), LANE1_K2);
        h1 ^= k1;
        h1 = (((h1 << 19) | (h1 >>> 13)) + h2) | 0;
        h1 = (Math.imul(h1, 5) + LANE1_ADD) | 0;
        let k2 = Math.imul(word, LANE2_K1);
        k2 = Math.imul((k2 << 16) | (k2 >>> 16), LANE2_K2);
        h2 ^= k2;
        h2 = (((h2 << 17) | (h2 >>> 15)) + h1) | 0;
        h2 = (Math.imul(h2, 5) + LANE2_ADD) | 0;
    }
    const tailLength = end - at;
    if (tailLength > 0) {
        let word = bytes[at];
        if (tailLength > 1)
            word |= bytes[at + 1] << 8;
        if (tailLength > 2)
            word |= bytes[at + 2] << 16;
        const k1 = Math.imul(word, LANE1_K1);
        h1 ^= Math.imul((k1 << 15) | (k1 >>> 17), LANE1_K2);
        const k2 = Math.imul(word, LANE2_K1);
        h2 ^= Math.imul((k2 << 16) | (k2 >>> 16), LANE2_K2);
    }
    return finish53(h1, h2, end - start);
}
// ---------------------------------------------------------------------------------------------
// UTF-8 encoding of strings into a reusable scratch buffer (one per thread: module state).
let scratch = new Uint8Array(256);
const encoder = new TextEncoder();
/** Above this many UTF-16 units the native encoder's call overhead is worth paying. */
const NATIVE_ENCODE_FROM = 64;
/**
 * Writes the UTF-8 encoding of `text` into the module scratch buffer (growing it as needed) and
 * returns the byte length. Matches WHATWG encode: lone surrogates become U+FFFD (EF BF BD).
 */
function encodeToScratch(text) {
    const length = text.length;
    // Each UTF-16 unit needs at most 3 bytes (a surrogate pair: 4 bytes for 2 units).
    if (scratch.length < length * 3)
        scratch = new Uint8Array(Math.max(length * 3, scratch.length * 2));
    if (length > NATIVE_ENCODE_FROM)
        return encoder.encodeInto(text, scratch).written;
    const out = scratch;
    let at = 0;
    for (let i = 0; i < length; i++) {
        let code = text.charCodeAt(i);
        if (code < 0x80) {
            out[at++] = code;
            continue;
        }
        if (code < 0x800) {
            out[at++] = 0xc0 | (code >> 6);
            out[at++] = 0x80 | (code & 0x3f);
            continue;
        }
        if (code >= 0xd800 && code <= 0xdfff) {
            const next = i + 1 < length ? text.charCodeAt(i + 1) : 0;
            if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
                const point = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
                out[at++] = 0xf0 | (point >> 18);
                out[at++] = 0x80 | ((point >> 12) & 0x3f);
                out[at++] = 0x80 | ((point >> 6) & 0x3f);
                out[at++] = 0x80 | (point & 0x3f);
                i++;
                continue;
            }
            code = 0xfffd;
        }
        out[at++] = 0xe0 | (code >> 12);
        out[at++] = 0x80 | ((code >> 6) & 0x3f);
        out[at++] = 0x80 | (code & 0x3f);
    }
    return at;
}
/**
 * 53-bit hash of a string's UTF-8 encoding; equals {@link hashBytes53} over those bytes.
 * ASCII text (the usual case) is hashed straight from its character codes, which are its UTF-8
 * bytes (measured about 22 ns for 11 characters); anything else is first encoded into the
 * scratch buffer.
 */
function hashString53(text) {
    const length = text.length;
    let h1 = SEED1;
    let h2 = SEED2;
    let at = 0;
    const blocksEnd = length & ~3;
    while (at < blocksEnd) {
        const c0 = text.charCodeAt(at);
        const c1 = text.charCodeAt(at + 1);
        const c2 = text.charCodeAt(at + 2);
        const c3 = text.charCodeAt(at + 3);
        if ((c0 | c1 | c2 | c3) > 0x7f)
            return hashEncodedString53(text);
        const word = c0 | (c1 << 8) | (c2 << 16) | (c3 << 24);
        at += 4;
        // The block step of hashBytes53, written out for the same inlining reason.
        let k1 = Math.imul(word, LANE1_K1);
        k1 = Math.imul((k1 << 15) | (k1 >>> 17), LANE1_K2);
        h1 ^= k1;
        h1 = (((h1 << 19) | (h1 >>> 13)) + h2) | 0;
        h1 = (Math.imul(h1, 5) + LANE1_ADD) | 0;
        let k2 = Math.imul(word, LANE2_K1);
        k2 = Math.imul((k2 << 16) | (k2 >>> 16), LANE2_K2);
        h2 ^= k2;
        h2 = (((h2 << 17) | (h2 >>> 15)) + h1) | 0;
        h2 = (Math.imul(h2, 5) + LANE2_ADD) | 0;
    }
    const tailLength = length - at;
    if (tailLength > 0) {
        const c0 = text.charCodeAt(at);
        const c1 = tailLength > 1 ? text.charCodeAt(at + 1) : 0;
        const c2 = tailLength > 2 ? text.charCodeAt(at + 2) : 0;
        if ((c0 | c1 | c2) > 0x7f)
            return hashEncodedString53(text);
        const word = c0 | (c1 << 8) | (c2 << 16);
        h1 ^= scrambleLane1(word);
        h2 ^= scrambleLane2(word);
    }
    return finish53(h1, h2, length);
}
/** The general path of hashString53: UTF-8 encode into the scratch buffer, then hash bytes. */
function hashEncodedString53(text) {
    const length = encodeToScratch(text);
    return hashBytes53(scratch, 0, length);
}
// ---------------------------------------------------------------------------------------------
// Numbers and compound keys.
const floatScratch = new Float64Array(1);
const floatWords = new Uint32Array(floatScratch.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const LOW_WORD = LITTLE_ENDIAN ? 0 : 1;
const HIGH_WORD = LITTLE_ENDIAN ? 1 : 0;
/**
 * 53-bit hash of a float64 for numeric columns: hashes the 8 IEEE-754 bytes in little-endian
 * order (so it equals {@link hashBytes53} of those bytes). −0 hashes as 0 and every NaN as the
 * canonical NaN, matching how pandas' `nunique` treats them as one value each. Numbers and
 * strings are separate domains: `1` and `"1"` are not meant to hash alike. About 14 ns.
 */
function hashFloat64(value) {
    // `value === 0` is true for −0 as well; NaN is replaced by the canonical quiet NaN.
    floatScratch[0] = value === 0 ? 0 : value === value ? value : NaN;
    const low = floatWords[LOW_WORD] | 0;
    const high = floatWords[HIGH_WORD] | 0;
    let h1 = stepLane1(SEED1, SEED2, low);
    let h2 = stepLane2(SEED2, h1, low);
    h1 = stepLane1(h1, h2, high);
    h2 = stepLane2(h2, h1, high);
    return finish53(h1, h2, 8);
}
/**
 * Combines the hash of a compound key's next column into the hash of the columns before it:
 * `combineHash53(combineHash53(hA, hB), hC)` for key (A, B, C). Order matters, as it should for
 * a tuple. Each 53-bit input is split into two words (high 32 bits, low 21 bits) and the four
 * words are hashed like a 16-byte value. Two different tuples collide with probability about
 * (columns) · 2^-53: either a column's own hashes collide or the combination does. About 35 ns.
 */
function combineHash53(previous, next) {
    const previousHigh = Math.floor(previous / TWO_POW_21);
    const previousLow = previous - previousHigh * TWO_POW_21;
    const nextHigh = Math.floor(next / TWO_POW_21);
    const nextLow = next - nextHigh * TWO_POW_21;
    let h1 = stepLane1(SEED1, SEED2, previousHigh | 0);
    let h2 = stepLane2(SEED2, h1, previousHigh | 0);
    h1 = stepLane1(h1, h2, previousLow);
    h2 = stepLane2(h2, h1, previousLow);
    h1 = stepLane1(h1, h2, nextHigh | 0);
    h2 = stepLane2(h2, h1, nextHigh | 0);
    h1 = stepLane1(h1, h2, nextLow);
    h2 = stepLane2(h2, h1, nextLow);
    return finish53(h1, h2, 16);
}
// ---------------------------------------------------------------------------------------------
// MurmurHash3_x86_32.
/**
 * MurmurHash3_x86_32 (Appleby 2011) of `bytes[start, end)` as an unsigned 32-bit integer; the
 * same value as scikit-learn's `murmurhash3_32(key, seed, positive=True)` for the UTF-8 key.
 */
function hashBytes32(bytes, start, end, seed = 0) {
    let h = seed | 0;
    let at = start;
    const blocksEnd = start + ((end - start) & ~3);
    while (at < blocksEnd) {
        let k = bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24);
        at += 4;
        k = Math.imul(k, MURMUR32_C1);
        k = (k << 15) | (k >>> 17);
        k = Math.imul(k, MURMUR32_C2);
        h ^= k;
        h = (h << 13) | (h >>> 19);
        h = (Math.imul(h, 5) + 0xe6546b64) | 0;
    }
    const tailLength = end - at;
    if (tailLength > 0) {
        let k = bytes[at];
        if (tailLength > 1)
            k |= bytes[at + 1] << 8;
        if (tailLength > 2)
            k |= bytes[at + 2] << 16;
        k = Math.imul(k, MURMUR32_C1);
        k = (k << 15) | (k >>> 17);
        k = Math.imul(k, MURMUR32_C2);
        h ^= k;
    }
    h ^= end - start;
    return fmix32(h) >>> 0;
}
/** MurmurHash3_x86_32 of a string's UTF-8 encoding; equals {@link hashBytes32} of those bytes. */
function hashString32(text, seed = 0) {
    const length = encodeToScratch(text);
    return hashBytes32(scratch, 0, length, seed);
}


/***/ }),

/***/ 17001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l8: () => (/* binding */ HyperLogLog)
/* harmony export */ });
/* unused harmony exports HLL_DEFAULT_PRECISION, HLL_MIN_PRECISION, HLL_MAX_PRECISION */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
/* harmony import */ var _hash_bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75037);
/* harmony import */ var _sketch_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36030);



/** Default precision: 2^14 = 16384 one-byte registers, standard error 0.81%. */
const HLL_DEFAULT_PRECISION = 14;
const HLL_MIN_PRECISION = 4;
const HLL_MAX_PRECISION = 18;
const HASH_BITS = 53;
const TWO_POW_32 = 4294967296;
/**
 * HyperLogLog distinct-count sketch (Flajolet, Fusy, Gandouet & Meunier 2007) over the 53-bit
 * hashes of `hash-bytes.ts`. With m = 2^p registers the relative standard error of the estimate
 * is 1.04 / sqrt(m): p = 14 gives 0.81% (so ±2.4% covers about 99.7% of runs), p = 12 1.6%,
 * p = 16 0.41%. Memory is m bytes.
 *
 * The estimate uses Ertl's improved estimator ("New cardinality estimation algorithms for
 * HyperLogLog sketches", 2017, arXiv:1702.01284, §3 eq. 15 / Algorithm 6), which corrects the
 * raw estimator's small-range and large-range bias with the σ and τ series instead of HLL++'s
 * empirical tables: it is unbiased to within the standard error from n = 0 upwards and needs no
 * switch to linear counting. With 53-bit hashes no large-range correction is needed below
 * ~2^50 distinct values.
 *
 * Merging is register-wise maximum, so a merge of shard sketches has exactly the registers of the
 * sketch of the whole data, whatever the split and the order.
 */
class HyperLogLog {
    /** Number of index bits p; m = 2^p registers. */
    precision;
    /** Register j holds 1 + the leading zeros of the largest rank seen at index j (0 = empty). */
    registers;
    /** Bits left for the rank after the index: q = 53 − p. */
    rankBits;
    restSpan;
    indexScale;
    highBits;
    highPad;
    constructor(precision = HLL_DEFAULT_PRECISION) {
        if (!Number.isInteger(precision) ||
            precision < HLL_MIN_PRECISION ||
            precision > HLL_MAX_PRECISION) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`HyperLogLog precision must be an integer from ${HLL_MIN_PRECISION} to ${HLL_MAX_PRECISION}, got ${precision}`);
        }
        this.precision = precision;
        this.registers = new Uint8Array(1 << precision);
        this.rankBits = HASH_BITS - precision;
        this.restSpan = 2 ** this.rankBits;
        this.indexScale = 2 ** -this.rankBits;
        this.highBits = this.rankBits - 32;
        this.highPad = 32 - this.highBits;
    }
    /**
     * Adds one value by its 53-bit hash (an integer in [0, 2^53) from hashBytes53, hashString53,
     * hashFloat64 or combineHash53). The top p bits pick the register; the rank is 1 + the number
     * of leading zeros in the remaining q = 53 − p bits. About 4 ns; no allocation.
     */
    add(hash53) {
        const index = Math.floor(hash53 * this.indexScale);
        const rest = hash53 - index * this.restSpan;
        const high = Math.floor(rest / TWO_POW_32);
        const rank = high !== 0 ? Math.clz32(high) - this.highPad + 1 : this.highBits + Math.clz32(rest >>> 0) + 1;
        if (rank > this.registers[index])
            this.registers[index] = rank;
    }
    /** True when no value was added. */
    get isEmpty() {
        for (const register of this.registers)
            if (register !== 0)
                return false;
        return true;
    }
    /**
     * Estimated number of distinct values, rounded to an integer. Relative standard error
     * 1.04/sqrt(2^p) (Ertl 2017 improved estimator, see the class comment). Exactly 0 when empty.
     */
    estimate() {
        const m = this.registers.length;
        const q = this.rankBits;
        const histogram = new Float64Array(q + 2);
        for (const register of this.registers)
            histogram[register] += 1;
        // Ertl 2017, Algorithm 6: z = m·τ(1 − C_{q+1}/m); Horner over C_q..C_1; + m·σ(C_0/m).
        let z = m * tau(1 - histogram[q + 1] / m);
        for (let k = q; k >= 1; k--)
            z = 0.5 * (z + histogram[k]);
        z += m * sigma(histogram[0] / m);
        const alphaInfinity = 1 / (2 * Math.LN2);
        return Math.round((alphaInfinity * m * m) / z);
    }
    /** Register-wise maximum with another sketch of the same precision (see reducedTo). */
    merge(other) {
        if (other.precision !== this.precision) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`cannot merge HyperLogLog sketches of precision ${this.precision} and ${other.precision}; ` +
                'reduce the finer one with reducedTo() first');
        }
        const mine = this.registers;
        const theirs = other.registers;
        for (let j = 0; j < mine.length; j++) {
            if (theirs[j] > mine[j])
                mine[j] = theirs[j];
        }
    }
    /**
     * The same sketch at a lower precision, identical to the one that adding the same hashes at
     * that precision would give: the dropped index bits r become the leading bits of the rank word,
     * so a register's rank becomes clz(r) + 1 within d = p − p' bits when r ≠ 0, else d + rank.
     */
    reducedTo(precision) {
        if (precision > this.precision) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`cannot raise a HyperLogLog sketch's precision from ${this.precision} to ${precision}`);
        }
        const reduced = new HyperLogLog(precision);
        const dropped = this.precision - precision;
        const droppedMask = (1 << dropped) - 1;
        for (let j = 0; j < this.registers.length; j++) {
            const rank = this.registers[j];
            if (rank === 0)
                continue;
            const r = j & droppedMask;
            const newRank = r !== 0 ? Math.clz32(r) - (32 - dropped) + 1 : dropped + rank;
            const target = j >>> dropped;
            if (newRank > reduced.registers[target])
                reduced.registers[target] = newRank;
        }
        return reduced;
    }
    /** An independent copy. */
    clone() {
        const copy = new HyperLogLog(this.precision);
        copy.registers.set(this.registers);
        return copy;
    }
    /**
     * Compact JSON. Registers are run-length encoded before base64: a byte v in 1..63 is one
     * register of value v; a 0 byte is followed by an unsigned LEB128 count n ≥ 1 of empty
     * registers. A low-cardinality column then takes a few bytes instead of 2^p.
     */
    toJSON() {
        const registers = this.registers;
        // Worst case: alternating empty and full registers, 3 bytes per 2 registers.
        const out = new Uint8Array(2 * registers.length + 8);
        let at = 0;
        let j = 0;
        while (j < registers.length) {
            const value = registers[j];
            if (value !== 0) {
                out[at++] = value;
                j++;
                continue;
            }
            let run = 0;
            while (j < registers.length && registers[j] === 0) {
                run++;
                j++;
            }
            out[at++] = 0;
            while (run >= 0x80) {
                out[at++] = (run & 0x7f) | 0x80;
                run >>>= 7;
            }
            out[at++] = run;
        }
        return {
            type: 'hyperloglog',
            version: 1,
            hash: _hash_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .HASH53_ALGORITHM */ .B1,
            precision: this.precision,
            registers: (0,_sketch_json_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeBase64 */ .WG)(out.subarray(0, at))
        };
    }
    /**
     * Reads a sketch written by toJSON, rejecting anything malformed with an InputError at
     * `location` (give the file, and the column as `field`).
     */
    static fromJSON(json, location) {
        const reader = new _sketch_json_js__WEBPACK_IMPORTED_MODULE_2__/* .SketchJsonReader */ .Ml(json, location, 'HyperLogLog sketch');
        reader.expectConstant('type', 'hyperloglog');
        reader.expectConstant('version', 1);
        reader.expectConstant('hash', _hash_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .HASH53_ALGORITHM */ .B1);
        const precision = reader.integer('precision', HLL_MIN_PRECISION, HLL_MAX_PRECISION);
        const encoded = (0,_sketch_json_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeBase64 */ .y4)(reader.string('registers'), reader, 'registers');
        const sketch = new HyperLogLog(precision);
        const registers = sketch.registers;
        const maxRank = HASH_BITS - precision + 1;
        let j = 0;
        let at = 0;
        while (at < encoded.length) {
            const value = encoded[at++];
            if (value !== 0) {
                if (value > maxRank) {
                    reader.fail(`register ${j} holds ${value}, more than ${maxRank} for precision ${precision}`);
                }
                if (j < registers.length)
                    registers[j] = value;
                j++;
            }
            else {
                let run = 0;
                let shift = 0;
                for (;;) {
                    if (at >= encoded.length || shift > 28)
                        reader.fail('"registers" ends inside a run length');
                    const byte = encoded[at++];
                    run += (byte & 0x7f) * 2 ** shift;
                    shift += 7;
                    if (byte < 0x80)
                        break;
                }
                if (run === 0)
                    reader.fail('"registers" holds an empty run');
                j += run;
            }
            if (j > registers.length)
                break;
        }
        if (j !== registers.length) {
            reader.fail(`"registers" decodes to ${j > registers.length ? 'more than' : 'only'} ` +
                `${Math.min(j, registers.length)} registers, expected ${registers.length} for precision ${precision}`);
        }
        return sketch;
    }
}
/**
 * Ertl 2017 eq. 9: σ(x) = x + Σ_{k≥1} x^(2^k) · 2^(k−1), for the fraction x of empty registers.
 * Infinite at x = 1 (all registers empty), which makes the estimate 0.
 */
function sigma(x) {
    if (x === 1)
        return Infinity;
    let y = 1;
    let z = x;
    let previous;
    do {
        x *= x;
        previous = z;
        z += x * y;
        y += y;
    } while (z !== previous);
    return z;
}
/**
 * Ertl 2017 eq. 13: τ(x) = (1 − x − Σ_{k≥1} (1 − x^(2^−k))² · 2^−k) / 3, for the fraction x of
 * registers below the maximum rank q + 1.
 */
function tau(x) {
    if (x === 0 || x === 1)
        return 0;
    let y = 1;
    let z = 1 - x;
    let previous;
    do {
        x = Math.sqrt(x);
        previous = z;
        y *= 0.5;
        z -= (1 - x) * (1 - x) * y;
    } while (z !== previous);
    return z / 3;
}


/***/ }),

/***/ 24699:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gj: () => (/* binding */ QUANTILE_SKETCH_DEFAULT_MAX_BUCKETS),
/* harmony export */   bZ: () => (/* binding */ QUANTILE_SKETCH_DEFAULT_ACCURACY),
/* harmony export */   wh: () => (/* binding */ QuantileSketch)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
/* harmony import */ var _sketch_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36030);


/** Default relative accuracy α: every quantile within ±0.5% of the true order statistic. */
const QUANTILE_SKETCH_DEFAULT_ACCURACY = 0.005;
/**
 * Default bucket budget per sign. With α = 0.005 a bucket spans a factor γ ≈ 1.01, so 4096
 * buckets cover magnitudes over a ratio of γ^4096 ≈ 6e17 (17.8 decades) before any collapse.
 */
const QUANTILE_SKETCH_DEFAULT_MAX_BUCKETS = 4096;
const EMPTY_COUNTS = new Float64Array(0);
const MIN_CAPACITY = 64;
/** Indexes of finite doubles stay within ±(709.8 / ln γ) ≈ ±3.6e6 even at α = 0.0001. */
const MAX_ABS_INDEX = 1e8;
/**
 * Counts per logarithmic bucket index for one sign, in a growable Float64Array (exact integer
 * counts up to 2^53). When the non-empty index range would exceed `maxBuckets`, the lowest buckets
 * (the smallest magnitudes) are collapsed into the lowest kept one, as DDSketch's
 * CollapsingLowestDenseStore does. The kept window is always [maxIndex − maxBuckets + 1, maxIndex],
 * a function of the multiset of indexes alone, so collapsing never depends on insertion order.
 */
class BucketStore {
    maxBuckets;
    counts = EMPTY_COUNTS;
    /** Bucket index of counts[0]. */
    offset = 0;
    /** Lowest and highest non-empty bucket index (Infinity / −Infinity when empty). */
    minIndex = Infinity;
    maxIndex = -Infinity;
    /** True once values were folded into a lower bucket than their own. */
    collapsed = false;
    constructor(maxBuckets) {
        this.maxBuckets = maxBuckets;
    }
    get isEmpty() {
        return this.minIndex > this.maxIndex;
    }
    add(index) {
        if (index >= this.minIndex && index <= this.maxIndex) {
            const at = index - this.offset;
            this.counts[at] = this.counts[at] + 1;
        }
        else {
            this.addOutside(index, 1);
        }
    }
    addCount(index, count) {
        if (index >= this.minIndex && index <= this.maxIndex) {
            const at = index - this.offset;
            this.counts[at] = this.counts[at] + count;
        }
        else {
            this.addOutside(index, count);
        }
    }
    /** Slow path: the index extends the non-empty range, possibly forcing a collapse. */
    addOutside(index, count) {
        if (this.isEmpty) {
            this.cover(index, index);
            this.minIndex = index;
            this.maxIndex = index;
        }
        else if (index < this.minIndex) {
            const lowest = this.maxIndex - this.maxBuckets + 1;
            if (index < lowest) {
                this.collapsed = true;
                index = lowest;
            }
            if (index < this.minIndex) {
                this.cover(index, this.maxIndex);
                this.minIndex = index;
            }
        }
        else {
            const lowest = index - this.maxBuckets + 1;
            if (lowest > this.minIndex) {
                let moved = 0;
                const stop = Math.min(lowest - 1, this.maxIndex);
                for (let i = this.minIndex; i <= stop; i++) {
                    moved += this.counts[i - this.offset];
                    this.counts[i - this.offset] = 0;
                }
                this.collapsed = true;
                this.minIndex = lowest;
                this.cover(lowest, index);
                this.counts[lowest - this.offset] = this.counts[lowest - this.offset] + moved;
            }
            else {
                this.cover(this.minIndex, index);
            }
            this.maxIndex = index;
        }
        this.counts[index - this.offset] = this.counts[index - this.offset] + count;
    }
    /** Makes counts[] span bucket indexes [low, high]; all non-empty buckets lie in that range. */
    cover(low, high) {
        const end = this.offset + this.counts.length;
        if (low >= this.offset && high < end)
            return;
        const span = high - low + 1;
        const capacity = Math.max(2 * span, MIN_CAPACITY);
        const offset = low - ((capacity - span) >> 1);
        const next = new Float64Array(capacity);
        const from = Math.max(this.offset, offset);
        const to = Math.min(end, offset + capacity);
        if (from < to)
            next.set(this.counts.subarray(from - this.offset, to - this.offset), from - offset);
        this.counts = next;
        this.offset = offset;
    }
    countAt(index) {
        return this.counts[index - this.offset];
    }
    total() {
        let sum = 0;
        for (let i = this.minIndex; i <= this.maxIndex; i++)
            sum += this.counts[i - this.offset];
        return sum;
    }
    toJSON() {
        if (this.isEmpty)
            return { offset: 0, counts: [] };
        const counts = [];
        let emptyRun = 0;
        for (let i = this.minIndex; i <= this.maxIndex; i++) {
            const count = this.counts[i - this.offset];
            if (count === 0) {
                emptyRun++;
                continue;
            }
            if (emptyRun > 0)
                counts.push(-emptyRun);
            emptyRun = 0;
            counts.push(count);
        }
        return { offset: this.minIndex, counts };
    }
}
/**
 * A mergeable quantile sketch with relative-error guarantee: DDSketch (Masson, Rim & Lee 2019,
 * "DDSketch: A fast and fully-mergeable quantile sketch with relative-error guarantees", PVLDB
 * 12(12)) with its logarithmic index mapping.
 *
 * Buckets: with γ = (1 + α)/(1 − α), a value x > 0 goes to bucket i = ⌈log_γ x⌉, which holds
 * (γ^(i−1), γ^i]; its representative γ^i·(1 − α) is within relative error α of every value in
 * the bucket. Negative values use the same buckets on |x| in a separate store; exact zeros are a
 * counter. Count, min and max are exact.
 *
 * Guarantees (while no collapse happened — see `collapsed`):
 * - quantile(q) is within relative error α of the exact order statistic x_(k), k = ⌊q·(n − 1)⌋
 *   (0-based), which is numpy's `quantile(..., method='lower')`. numpy's default 'linear' lies
 *   between x_(k) and x_(k+1).
 * - cdf(x) lies between the exact empirical CDF at x/(1+α) and at x/(1−α) (for x < 0 the two
 *   swap; cdf(0) is exact).
 * - merge() is bucket-wise addition of integer counts, so merging shard sketches in any grouping
 *   and order gives exactly the sketch of the whole data: identical buckets, count, min, max and
 *   therefore identical quantiles.
 *
 * Memory is bounded: at most `maxBucketsPerSign` non-empty-range buckets per sign, in a counts
 * array of at most twice that many 8-byte entries (64 KiB per sign at the default). Beyond it the
 * smallest magnitudes are collapsed into one bucket (DDSketch's collapsing-lowest store), after
 * which quantiles of ranks among those values lose the α bound. Subnormal values (< 2.2e-308)
 * carry no relative precision of their own, so there the bound is only up to one subnormal step.
 *
 * Cost per value: one Math.log and an array increment, measured 14–17 ns. No allocation except
 * when the bucket range grows. Non-finite values are rejected with a RangeError: the caller counts
 * NaN and ±Infinity separately.
 */
class QuantileSketch {
    relativeAccuracy;
    maxBucketsPerSign;
    logGamma;
    multiplier;
    logRepresentativeFactor;
    positive;
    negative;
    zeros = 0;
    total = 0;
    minValue = Infinity;
    maxValue = -Infinity;
    constructor(options = {}) {
        const alpha = options.relativeAccuracy ?? QUANTILE_SKETCH_DEFAULT_ACCURACY;
        const maxBuckets = options.maxBucketsPerSign ?? QUANTILE_SKETCH_DEFAULT_MAX_BUCKETS;
        if (!(alpha >= 0.0001 && alpha <= 0.5)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`quantile sketch relative accuracy must be in [0.0001, 0.5], got ${alpha}`);
        }
        if (!Number.isInteger(maxBuckets) || maxBuckets < 16 || maxBuckets > 1 << 20) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`quantile sketch bucket limit must be an integer in [16, ${1 << 20}], got ${maxBuckets}`);
        }
        this.relativeAccuracy = alpha;
        this.maxBucketsPerSign = maxBuckets;
        // ln γ = ln(1 + α) − ln(1 − α), computed with log1p for accuracy at small α.
        this.logGamma = Math.log1p(alpha) - Math.log1p(-alpha);
        this.multiplier = 1 / this.logGamma;
        this.logRepresentativeFactor = Math.log1p(-alpha);
        this.positive = new BucketStore(maxBuckets);
        this.negative = new BucketStore(maxBuckets);
    }
    /** Number of values added (exact). */
    get count() {
        return this.total;
    }
    /** Exact minimum, NaN when empty. */
    get min() {
        return this.total === 0 ? NaN : this.minValue;
    }
    /** Exact maximum, NaN when empty. */
    get max() {
        return this.total === 0 ? NaN : this.maxValue;
    }
    /** True when the bucket budget forced a collapse; the α bound then fails for the lowest ranks. */
    get collapsed() {
        return this.positive.collapsed || this.negative.collapsed;
    }
    /** Bucket index of a magnitude x > 0: ⌈log_γ x⌉. */
    indexOf(magnitude) {
        return Math.ceil(Math.log(magnitude) * this.multiplier);
    }
    /** γ^i·(1 − α), via exp of the log so that the top bucket does not overflow early. */
    representative(index) {
        return Math.exp(index * this.logGamma + this.logRepresentativeFactor);
    }
    /** Adds one finite value. −0 counts as 0. */
    add(value) {
        if (value > 0) {
            if (value === Infinity)
                throw nonFinite(value);
            this.positive.add(Math.ceil(Math.log(value) * this.multiplier));
        }
        else if (value < 0) {
            if (value === -Infinity)
                throw nonFinite(value);
            this.negative.add(Math.ceil(Math.log(-value) * this.multiplier));
        }
        else if (value === 0) {
            this.zeros++;
            value = 0;
        }
        else {
            throw nonFinite(value);
        }
        this.total++;
        if (value < this.minValue)
            this.minValue = value;
        if (value > this.maxValue)
            this.maxValue = value;
    }
    /** Adds values[start, end) (whole array by default). */
    addMany(values, start = 0, end = values.length) {
        for (let i = start; i < end; i++)
            this.add(values[i]);
    }
    /**
     * Adds another sketch's contents to this one (the other is unchanged). Both must have the same
     * relative accuracy and bucket budget: otherwise their buckets do not line up.
     */
    merge(other) {
        if (other.relativeAccuracy !== this.relativeAccuracy ||
            other.maxBucketsPerSign !== this.maxBucketsPerSign) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`cannot merge quantile sketches with different settings (relative accuracy ` +
                `${this.relativeAccuracy} vs ${other.relativeAccuracy}, bucket limit ` +
                `${this.maxBucketsPerSign} vs ${other.maxBucketsPerSign}); profile every shard with the same settings`);
        }
        mergeStore(this.positive, other.positive);
        mergeStore(this.negative, other.negative);
        this.zeros += other.zeros;
        this.total += other.total;
        if (other.minValue < this.minValue)
            this.minValue = other.minValue;
        if (other.maxValue > this.maxValue)
            this.maxValue = other.maxValue;
    }
    /** An independent copy. */
    clone() {
        const copy = new QuantileSketch({
            relativeAccuracy: this.relativeAccuracy,
            maxBucketsPerSign: this.maxBucketsPerSign
        });
        copy.merge(this);
        return copy;
    }
    /**
     * Ascending representative values and their counts: negative buckets, zero, positive buckets.
     * Each representative is clamped to [min, max], which keeps it within α of its values (they lie
     * in [min, max] too) and makes a constant column a single exact point. This is the profile's
     * stand-in for the data in approximate KS, Wasserstein and PSI (drift-check).
     */
    toWeightedPoints() {
        const size = bucketsIn(this.negative) + (this.zeros > 0 ? 1 : 0) + bucketsIn(this.positive);
        const values = new Float64Array(size);
        const counts = new Float64Array(size);
        let at = 0;
        const clamp = (value) => value < this.minValue ? this.minValue : value > this.maxValue ? this.maxValue : value;
        const negative = this.negative;
        for (let i = negative.maxIndex; i >= negative.minIndex; i--) {
            const count = negative.countAt(i);
            if (count === 0)
                continue;
            values[at] = clamp(-this.representative(i));
            counts[at++] = count;
        }
        if (this.zeros > 0) {
            values[at] = 0;
            counts[at++] = this.zeros;
        }
        const positive = this.positive;
        for (let i = positive.minIndex; i <= positive.maxIndex; i++) {
            const count = positive.countAt(i);
            if (count === 0)
                continue;
            values[at] = clamp(this.representative(i));
            counts[at++] = count;
        }
        return { values, counts };
    }
    /**
     * Estimated q-quantile, q in [0, 1]: the representative of the bucket holding the order
     * statistic of 0-based rank ⌊q·(n − 1)⌋ (DDSketch's rank rule; numpy method 'lower'), within
     * relative error α of it. q = 0 and q = 1 return the exact min and max. NaN when empty.
     */
    quantile(q) {
        return this.quantiles([q])[0];
    }
    /** quantile() for several q at once (one pass over the buckets). */
    quantiles(qs) {
        for (const q of qs) {
            if (!(q >= 0 && q <= 1))
                throw new RangeError(`quantile level must be in [0, 1], got ${q}`);
        }
        const n = this.total;
        if (n === 0)
            return qs.map(() => NaN);
        const { values, counts } = this.toWeightedPoints();
        return qs.map((q) => {
            const rank = Math.floor(q * (n - 1));
            if (rank <= 0)
                return this.minValue;
            if (rank >= n - 1)
                return this.maxValue;
            let cumulative = 0;
            for (let i = 0; i < values.length; i++) {
                cumulative += counts[i];
                if (cumulative > rank)
                    return values[i];
            }
            return this.maxValue;
        });
    }
    /**
     * Estimated fraction of values ≤ x: the fraction whose representative is ≤ x, which is the
     * CDF of toWeightedPoints(). Bounds in the class comment; exact outside [min, max). Each call
     * walks the buckets; for many evaluations take toWeightedPoints() once.
     */
    cdf(x) {
        if (Number.isNaN(x))
            throw new RangeError('cdf() needs a number, got NaN');
        const n = this.total;
        if (n === 0)
            return NaN;
        if (x < this.minValue)
            return 0;
        if (x >= this.maxValue)
            return 1;
        const { values, counts } = this.toWeightedPoints();
        let below = 0;
        for (let i = 0; i < values.length && values[i] <= x; i++)
            below += counts[i];
        return below / n;
    }
    /**
     * Approximate counts per bin for ascending `edges` with numpy.histogram's convention: bins
     * [e_j, e_(j+1)), the last one closed; values outside [e_0, e_last] are not counted. Each
     * bucket's count goes to the bin of its representative.
     */
    histogram(edges) {
        if (edges.length < 2)
            throw new RangeError('histogram() needs at least two edges');
        for (let j = 1; j < edges.length; j++) {
            if (!(edges[j] >= edges[j - 1])) {
                throw new RangeError(`histogram edges must be ascending numbers; edge ${j} is ${edges[j]}`);
            }
        }
        const bins = new Array(edges.length - 1).fill(0);
        const { values, counts } = this.toWeightedPoints();
        const first = edges[0];
        const last = edges[edges.length - 1];
        let bin = 0;
        for (let i = 0; i < values.length; i++) {
            const value = values[i];
            if (value < first || value > last)
                continue;
            while (bin < bins.length - 1 && value >= edges[bin + 1])
                bin++;
            bins[bin] += counts[i];
        }
        return bins;
    }
    /** Compact JSON: bucket counts per sign, run-length encoded from the lowest non-empty index. */
    toJSON() {
        const empty = this.total === 0;
        return {
            type: 'ddsketch',
            version: 1,
            relativeAccuracy: this.relativeAccuracy,
            maxBucketsPerSign: this.maxBucketsPerSign,
            count: this.total,
            min: empty ? null : this.minValue,
            max: empty ? null : this.maxValue,
            zeroCount: this.zeros,
            collapsed: this.collapsed,
            positive: this.positive.toJSON(),
            negative: this.negative.toJSON()
        };
    }
    /**
     * Reads a sketch written by toJSON, checking every field and the consistency of counts, min and
     * max with the buckets; anything malformed is an InputError at `location`.
     */
    static fromJSON(json, location) {
        const reader = new _sketch_json_js__WEBPACK_IMPORTED_MODULE_1__/* .SketchJsonReader */ .Ml(json, location, 'quantile sketch');
        reader.expectConstant('type', 'ddsketch');
        reader.expectConstant('version', 1);
        const sketch = new QuantileSketch({
            relativeAccuracy: reader.number('relativeAccuracy', 0.0001, 0.5),
            maxBucketsPerSign: reader.integer('maxBucketsPerSign', 16, 1 << 20)
        });
        const count = reader.integer('count');
        const zeroCount = reader.integer('zeroCount');
        const collapsed = reader.boolean('collapsed');
        const min = reader.numberOrNull('min');
        const max = reader.numberOrNull('max');
        readStore(sketch.positive, reader.object('positive'));
        readStore(sketch.negative, reader.object('negative'));
        sketch.positive.collapsed = collapsed;
        sketch.negative.collapsed = collapsed;
        sketch.zeros = zeroCount;
        const bucketTotal = zeroCount + sketch.positive.total() + sketch.negative.total();
        if (bucketTotal !== count) {
            reader.fail(`"count" is ${count} but zeroCount and the buckets hold ${bucketTotal} values`);
        }
        sketch.total = count;
        if (count === 0) {
            if (min !== null || max !== null)
                reader.fail('an empty sketch must have null "min" and "max"');
            return sketch;
        }
        if (min === null || max === null || min > max) {
            reader.fail(`"min" and "max" must be numbers with min <= max, got ${min} and ${max}`);
        }
        sketch.minValue = min;
        sketch.maxValue = max;
        const problem = sketch.extremesProblem();
        if (problem !== undefined)
            reader.fail(problem);
        return sketch;
    }
    /**
     * Why min and max do not fit the buckets, if they do not: each must have the sign of the extreme
     * values and lie in the extreme bucket (±1 index for floating-point rounding at a boundary).
     */
    extremesProblem() {
        const { positive, negative, minValue: min, maxValue: max } = this;
        const lowest = !negative.isEmpty ? 'negative' : this.zeros > 0 ? 'zero' : 'positive';
        const highest = !positive.isEmpty ? 'positive' : this.zeros > 0 ? 'zero' : 'negative';
        const signOf = (x) => (x < 0 ? 'negative' : x > 0 ? 'positive' : 'zero');
        if (signOf(min) !== lowest)
            return `"min" ${min} is ${signOf(min)} but the lowest values are ${lowest}`;
        if (signOf(max) !== highest)
            return `"max" ${max} is ${signOf(max)} but the highest values are ${highest}`;
        if (!negative.isEmpty && Math.abs(this.indexOf(-min) - negative.maxIndex) > 1) {
            return `"min" ${min} does not lie in the bucket of the largest negative magnitude`;
        }
        if (!positive.isEmpty && Math.abs(this.indexOf(max) - positive.maxIndex) > 1) {
            return `"max" ${max} does not lie in the highest positive bucket`;
        }
        return undefined;
    }
}
function nonFinite(value) {
    return new RangeError(`quantile sketch accepts finite numbers only, got ${value}; count NaN and infinities separately`);
}
function bucketsIn(store) {
    let size = 0;
    for (let i = store.minIndex; i <= store.maxIndex; i++)
        if (store.countAt(i) !== 0)
            size++;
    return size;
}
/** Adds other's buckets from the highest down, so the kept window is known before low ones. */
function mergeStore(target, source) {
    for (let i = source.maxIndex; i >= source.minIndex; i--) {
        const count = source.countAt(i);
        if (count !== 0)
            target.addCount(i, count);
    }
    if (source.collapsed)
        target.collapsed = true;
}
function readStore(store, reader) {
    const offset = reader.integer('offset', -MAX_ABS_INDEX, MAX_ABS_INDEX);
    const entries = reader.array('counts');
    // Decode into (index, count) pairs first so the span can be checked before adding.
    const indexes = [];
    const counts = [];
    let index = offset;
    for (let j = 0; j < entries.length; j++) {
        const entry = entries[j];
        if (!Number.isSafeInteger(entry) || entry === 0) {
            reader.fail(`"counts" entry ${j} must be a non-zero integer, got ${JSON.stringify(entry)}`);
        }
        const value = entry;
        if (value < 0) {
            if (j === 0 || j === entries.length - 1 || entries[j - 1] < 0) {
                reader.fail(`"counts" entry ${j}: an empty run must lie between two counts`);
            }
            index += -value;
            continue;
        }
        indexes.push(index);
        counts.push(value);
        index++;
    }
    if (indexes.length === 0)
        return;
    const span = indexes[indexes.length - 1] - indexes[0] + 1;
    if (span > store.maxBuckets || Math.abs(indexes[indexes.length - 1]) > MAX_ABS_INDEX) {
        reader.fail(`the buckets span ${span} indexes, more than the limit of ${store.maxBuckets}`);
    }
    for (let j = indexes.length - 1; j >= 0; j--)
        store.addCount(indexes[j], counts[j]);
}


/***/ }),

/***/ 36030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $g: () => (/* binding */ describeJsonValue),
/* harmony export */   Ml: () => (/* binding */ SketchJsonReader),
/* harmony export */   WG: () => (/* binding */ encodeBase64),
/* harmony export */   y4: () => (/* binding */ decodeBase64)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);

/**
 * Validated reading of a serialised sketch. Profiles travel between workers, matrix shards and
 * runs as JSON files a user can edit or truncate, so every field is checked and a bad one is an
 * InputError naming the file (and column, when the caller puts it in the location), the sketch
 * and the field — never a NaN that surfaces later as a wrong quantile.
 */
class SketchJsonReader {
    location;
    sketchName;
    fields;
    /**
     * @param json the parsed JSON value
     * @param location where it came from (file, and `field` = column name when known)
     * @param sketchName how messages name the sketch, e.g. `quantile sketch`
     */
    constructor(json, location, sketchName) {
        this.location = location;
        this.sketchName = sketchName;
        if (typeof json !== 'object' || json === null || Array.isArray(json)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(location, `${sketchName}: expected a JSON object, got ${describeJsonValue(json)}`);
        }
        this.fields = json;
    }
    /** Throws the InputError for this sketch with `detail` appended. */
    fail(detail) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(this.location, `${this.sketchName}: ${detail}`);
    }
    /** Checks a fixed string field such as `type` or `hash`. */
    expectConstant(key, expected) {
        const value = this.fields[key];
        if (value !== expected) {
            this.fail(`"${key}" must be ${JSON.stringify(expected)}, got ${describeJsonValue(value)}`);
        }
    }
    /** A required boolean. */
    boolean(key) {
        const value = this.fields[key];
        if (typeof value !== 'boolean')
            this.fail(`"${key}" must be true or false, got ${describeJsonValue(value)}`);
        return value;
    }
    /** A required string. */
    string(key) {
        const value = this.fields[key];
        if (typeof value !== 'string')
            this.fail(`"${key}" must be a string, got ${describeJsonValue(value)}`);
        return value;
    }
    /** A required finite number within [min, max]. */
    number(key, min = -Infinity, max = Infinity) {
        const value = this.fields[key];
        if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
            this.fail(`"${key}" must be a finite number in [${min}, ${max}], got ${describeJsonValue(value)}`);
        }
        return value;
    }
    /** A required finite number, or null (for statistics of an empty sketch). */
    numberOrNull(key) {
        const value = this.fields[key];
        if (value === null)
            return null;
        if (typeof value !== 'number' || !Number.isFinite(value)) {
            this.fail(`"${key}" must be a finite number or null, got ${describeJsonValue(value)}`);
        }
        return value;
    }
    /** A required integer within [min, max] (counts are exact integers up to 2^53). */
    integer(key, min = 0, max = Number.MAX_SAFE_INTEGER) {
        const value = this.fields[key];
        if (!Number.isSafeInteger(value) || value < min || value > max) {
            this.fail(`"${key}" must be an integer in [${min}, ${max}], got ${describeJsonValue(value)}`);
        }
        return value;
    }
    /** A required array. */
    array(key) {
        const value = this.fields[key];
        if (!Array.isArray(value))
            this.fail(`"${key}" must be an array, got ${describeJsonValue(value)}`);
        return value;
    }
    /** A nested object read with the same location, named `sketchName.key` in messages. */
    object(key) {
        return new SketchJsonReader(this.fields[key], this.location, `${this.sketchName} "${key}"`);
    }
}
/** A short description of an unexpected JSON value for error messages. */
function describeJsonValue(value) {
    if (value === undefined)
        return 'nothing (the field is missing)';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return `an array of ${value.length}`;
    if (typeof value === 'object')
        return 'an object';
    const text = JSON.stringify(value);
    return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** Standard base64 (RFC 4648 §4, padded) of bytes. */
function encodeBase64(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}
/**
 * Decodes strict base64; Node's own decoder skips invalid characters silently, which would turn
 * a corrupted file into a plausible but wrong sketch, so the alphabet and padding are checked.
 */
function decodeBase64(text, reader, key) {
    if (!BASE64.test(text))
        reader.fail(`"${key}" is not valid base64`);
    const buffer = Buffer.from(text, 'base64');
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}


/***/ }),

/***/ 91066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P_: () => (/* binding */ TOP_VALUES_DEFAULT_COUNTERS),
  KV: () => (/* binding */ TOP_VALUES_DEFAULT_EXACT_CAP),
  ES: () => (/* binding */ TopValues)
});

// UNUSED EXPORTS: TOP_VALUES_DEFAULT_MAX_DISPLAY_BYTES

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/sketch/hash-bytes.ts
var hash_bytes = __webpack_require__(75037);
// EXTERNAL MODULE: ./shared/sketch/sketch-json.ts
var sketch_json = __webpack_require__(36030);
;// CONCATENATED MODULE: ./shared/sketch/stream-summary.ts
/**
 * The Stream-Summary structure of Metwally, Agrawal & El Abbadi (2005, "Efficient computation
 * of frequent and top-k elements in data streams", §3.2): counters grouped into buckets of equal
 * count, the buckets in a doubly linked list in ascending count order. Adding one to a counter
 * and finding a smallest counter are O(1), which is what makes SpaceSaving cheap on a
 * high-cardinality column where nearly every value evicts the minimum. A binary heap would pay
 * O(log k) on every such eviction.
 *
 * Slots are small integers in [0, capacity); all links live in typed arrays, so the hot path
 * allocates nothing.
 */
class StreamSummary {
    capacity;
    bucketCount;
    bucketPrevious;
    bucketNext;
    /** First slot of each bucket's slot list. */
    bucketFirst;
    freeBuckets;
    freeBucketTop;
    slotBucket;
    slotPrevious;
    slotNext;
    /** Bucket with the smallest count, −1 when no slot is placed. */
    lowest = -1;
    constructor(capacity) {
        this.capacity = capacity;
        this.bucketCount = new Float64Array(capacity);
        this.bucketPrevious = new Int32Array(capacity);
        this.bucketNext = new Int32Array(capacity);
        this.bucketFirst = new Int32Array(capacity);
        this.freeBuckets = new Int32Array(capacity);
        for (let b = 0; b < capacity; b++)
            this.freeBuckets[b] = capacity - 1 - b;
        this.freeBucketTop = capacity;
        this.slotBucket = new Int32Array(capacity).fill(-1);
        this.slotPrevious = new Int32Array(capacity);
        this.slotNext = new Int32Array(capacity);
    }
    /** Count of a placed slot. */
    countOf(slot) {
        return this.bucketCount[this.slotBucket[slot]];
    }
    /** A slot with the smallest count (the most recently placed among equals), −1 when empty. */
    minSlot() {
        return this.lowest < 0 ? -1 : this.bucketFirst[this.lowest];
    }
    /**
     * Places an unplaced slot with any count, walking up from the lowest bucket: O(1) for counts at
     * or below the minimum (the usual case), O(buckets) otherwise (loading and merging only).
     */
    place(slot, count) {
        let previous = -1;
        let bucket = this.lowest;
        while (bucket >= 0 && this.bucketCount[bucket] < count) {
            previous = bucket;
            bucket = this.bucketNext[bucket];
        }
        if (bucket >= 0 && this.bucketCount[bucket] === count)
            this.attach(slot, bucket);
        else
            this.attach(slot, this.newBucket(count, previous, bucket));
    }
    /** Adds one to a placed slot's count: moves it to the next bucket, creating it if needed. */
    increment(slot) {
        const bucket = this.slotBucket[slot];
        const count = this.bucketCount[bucket] + 1;
        const next = this.bucketNext[bucket];
        const nextMatches = next >= 0 && this.bucketCount[next] === count;
        if (this.bucketFirst[bucket] === slot && this.slotNext[slot] < 0) {
            // Alone in its bucket: relabel the bucket, or fold it into the next one.
            if (!nextMatches) {
                this.bucketCount[bucket] = count;
                return;
            }
            this.detach(slot);
            this.removeBucket(bucket);
            this.attach(slot, next);
            return;
        }
        this.detach(slot);
        this.attach(slot, nextMatches ? next : this.newBucket(count, bucket, next));
    }
    newBucket(count, previous, next) {
        const bucket = this.freeBuckets[--this.freeBucketTop];
        this.bucketCount[bucket] = count;
        this.bucketFirst[bucket] = -1;
        this.bucketPrevious[bucket] = previous;
        this.bucketNext[bucket] = next;
        if (previous >= 0)
            this.bucketNext[previous] = bucket;
        else
            this.lowest = bucket;
        if (next >= 0)
            this.bucketPrevious[next] = bucket;
        return bucket;
    }
    removeBucket(bucket) {
        const previous = this.bucketPrevious[bucket];
        const next = this.bucketNext[bucket];
        if (previous >= 0)
            this.bucketNext[previous] = next;
        else
            this.lowest = next;
        if (next >= 0)
            this.bucketPrevious[next] = previous;
        this.freeBuckets[this.freeBucketTop++] = bucket;
    }
    attach(slot, bucket) {
        const first = this.bucketFirst[bucket];
        this.slotPrevious[slot] = -1;
        this.slotNext[slot] = first;
        if (first >= 0)
            this.slotPrevious[first] = slot;
        this.bucketFirst[bucket] = slot;
        this.slotBucket[slot] = bucket;
    }
    detach(slot) {
        const bucket = this.slotBucket[slot];
        const previous = this.slotPrevious[slot];
        const next = this.slotNext[slot];
        if (previous >= 0)
            this.slotNext[previous] = next;
        else
            this.bucketFirst[bucket] = next;
        if (next >= 0)
            this.slotPrevious[next] = previous;
    }
}

;// CONCATENATED MODULE: ./shared/sketch/top-values.ts




const TOP_VALUES_DEFAULT_EXACT_CAP = 1000;
const TOP_VALUES_DEFAULT_COUNTERS = 100;
/** Display values longer than this many UTF-8 bytes are cut at a character boundary + '…'. */
const TOP_VALUES_DEFAULT_MAX_DISPLAY_BYTES = 200;
const decoder = new TextDecoder();
const encoder = new TextEncoder();
const ELLIPSIS = '…';
/**
 * Value counts for a column's profile, keyed by the 53-bit hash of the value (hash-bytes.ts).
 *
 * Exact while the column has at most `exactCap` distinct values: counts are exact and
 * `distinctExact` is the true number of distinct values (up to hash collisions, ~n²/2^54).
 * When one more distinct value arrives, the table becomes a SpaceSaving summary (Metwally,
 * Agrawal & El Abbadi 2005) with k = `counters` counters, seeded with the k largest exact counts.
 *
 * Approximate guarantee over n values, kept through any sequence of adds and merges:
 * - a listed value's true count lies in [count − error, count];
 * - a value not listed occurs at most `unlistedBound` times, and unlistedBound ≤ n / k,
 *   so every value more frequent than n/k is listed.
 *
 * Merging: two exact tables merge exactly (identical to one pass over all the data) while the
 * union has at most exactCap values; above that the exact union counts seed the summary. An
 * approximate side merges with Agarwal et al.'s mergeable Misra–Gries rule ("Mergeable
 * summaries", PODS 2012, §2): a SpaceSaving summary with k counters is a Misra–Gries summary
 * with k − 1 counters (count − unlistedBound); counters are added, the k-th largest is
 * subtracted from all and the positive ones kept (so a merged summary lists at most k − 1
 * values). The merge is commutative but, unlike the exact case, not identical to a single pass.
 *
 * Hot path: `add(hash)` returns true only when the value is new to the table; only then does the
 * caller supply its text with setValue(string) or setValueBytes(bytes, start, end), so values
 * already counted are never decoded. In the approximate phase setValueBytes copies at most
 * maxDisplayBytes into a fixed arena (no string is built until top() or toJSON()).
 */
class TopValues {
    exactCap;
    counters;
    maxDisplayBytes;
    added = 0;
    exact = true;
    /** Slot waiting for its display value after add() returned true (−1: none). */
    pending = -1;
    // Exact phase: entries in insertion order, found through the hash index.
    index;
    entryHash = new Float64Array(16);
    entryCount = new Float64Array(16);
    entryText = [];
    entries = 0;
    // Approximate phase: SpaceSaving counters in a Stream-Summary, display values.
    bound = 0;
    counts = new StreamSummary(0);
    slotHash = EMPTY_FLOATS;
    slotError = EMPTY_FLOATS;
    slotText = [];
    slotBytes = new Uint8Array(0);
    /** UTF-8 length of a slot's display bytes in slotBytes, or −1 when slotText holds it. */
    slotByteLength = new Int32Array(0);
    slotTruncated = new Uint8Array(0);
    slots = 0;
    constructor(options = {}) {
        const exactCap = options.exactCap ?? TOP_VALUES_DEFAULT_EXACT_CAP;
        const counters = options.counters ?? Math.min(TOP_VALUES_DEFAULT_COUNTERS, exactCap);
        const maxDisplayBytes = options.maxDisplayBytes ?? TOP_VALUES_DEFAULT_MAX_DISPLAY_BYTES;
        if (!Number.isInteger(counters) || counters < 2) {
            throw new errors/* UsageError */.eb(`top values need at least 2 counters, got ${counters}`);
        }
        if (!Number.isInteger(exactCap) || exactCap < counters || exactCap > 1 << 24) {
            throw new errors/* UsageError */.eb(`the exact top-values cap must be an integer from the number of counters (${counters}) ` +
                `to ${1 << 24}, got ${exactCap}`);
        }
        if (!Number.isInteger(maxDisplayBytes) || maxDisplayBytes < 16 || maxDisplayBytes > 65536) {
            throw new errors/* UsageError */.eb(`the top-values display limit must be an integer from 16 to 65536 bytes, got ${maxDisplayBytes}`);
        }
        this.exactCap = exactCap;
        this.counters = counters;
        this.maxDisplayBytes = maxDisplayBytes;
        this.index = new HashIndex(32);
    }
    /** Number of values added (exact in both phases). */
    get total() {
        return this.added;
    }
    /** True while counts are exact. */
    get isExact() {
        return this.exact;
    }
    /** The number of distinct values while exact, else undefined (use HyperLogLog then). */
    get distinctExact() {
        return this.exact ? this.entries : undefined;
    }
    /** Upper bound on the count of any value not in top(); 0 while exact. At most total / k. */
    get unlistedBound() {
        return this.exact ? 0 : this.bound;
    }
    /**
     * Counts one value by its 53-bit hash. Returns true when the value was not in the table: the
     * caller must then call setValue or setValueBytes with its text before the next add.
     * Measured about 5–10 ns while exact; once approximate, a value that must evict the smallest
     * counter (every value of an all-distinct column) costs about 55 ns, plus ~10 ns for
     * setValueBytes. No allocation.
     */
    add(hash53) {
        this.added++;
        if (this.exact) {
            const id = this.index.find(hash53);
            if (id >= 0) {
                this.entryCount[id] = this.entryCount[id] + 1;
                return false;
            }
            if (this.entries < this.exactCap) {
                this.pending = this.insertEntry(hash53, 1, undefined);
                return true;
            }
            this.switchToSummary();
        }
        return this.addToSummary(hash53);
    }
    /** Display value of the value just added (after add() returned true). */
    setValue(text) {
        const slot = this.takePending();
        const display = this.displayOfString(text);
        if (this.exact)
            this.entryText[slot] = display;
        else {
            this.slotText[slot] = display;
            this.slotByteLength[slot] = -1;
        }
    }
    /** Display value of the value just added, as UTF-8 bytes[start, end). */
    setValueBytes(bytes, start, end) {
        const slot = this.takePending();
        if (this.exact) {
            this.entryText[slot] = this.displayOfBytes(bytes, start, end);
            return;
        }
        const kept = displayCut(bytes, start, end, this.maxDisplayBytes);
        // A plain loop: subarray() would allocate a view per call on this path.
        const arena = this.slotBytes;
        const base = slot * this.maxDisplayBytes - start;
        for (let i = start; i < start + kept; i++)
            arena[base + i] = bytes[i];
        this.slotByteLength[slot] = kept;
        this.slotTruncated[slot] = kept < end - start ? 1 : 0;
        this.slotText[slot] = undefined;
    }
    /**
     * The n most frequent values, sorted by count descending, then value (UTF-16 code-unit order),
     * then hash. Counts are exact while isExact; otherwise each row carries its error bound.
     */
    top(n = Infinity) {
        return this.sortedItems()
            .slice(0, n)
            .map(([, count, error, value]) => (this.exact ? { value, count } : { value, count, error }));
    }
    /**
     * Adds another summary's counts to this one (the other is unchanged); both must have been
     * created with the same options. See the class comment for what stays exact.
     */
    merge(other) {
        if (other.exactCap !== this.exactCap ||
            other.counters !== this.counters ||
            other.maxDisplayBytes !== this.maxDisplayBytes) {
            throw new errors/* UsageError */.eb(`cannot merge top-value summaries with different settings (cap ${this.exactCap} vs ` +
                `${other.exactCap}, counters ${this.counters} vs ${other.counters}, display limit ` +
                `${this.maxDisplayBytes} vs ${other.maxDisplayBytes}); profile every shard with the same settings`);
        }
        const mine = this.sortedItems();
        const theirs = other.sortedItems();
        const total = this.added + other.added;
        if (this.exact && other.exact) {
            const union = new Map();
            for (const [hash, count, , text] of [...mine, ...theirs]) {
                const seen = union.get(hash);
                if (seen === undefined)
                    union.set(hash, { count, text });
                else {
                    seen.count += count;
                    if (text < seen.text)
                        seen.text = text;
                }
            }
            const items = [...union].map(([hash, { count, text }]) => [
                hash,
                count,
                0,
                text
            ]);
            this.resetExact();
            for (const [hash, count, , text] of items) {
                if (this.entries === this.exactCap) {
                    // Over the cap: the exact union counts seed the summary (its k largest are kept).
                    this.resetExact();
                    this.loadSummary(items, 0);
                    break;
                }
                this.insertEntry(hash, count, text);
            }
        }
        else {
            const { items, bound } = mergeMisraGries(mine, this.unlistedBound, theirs, other.unlistedBound, this.counters);
            this.resetExact();
            this.exact = false;
            this.allocateSummary();
            this.bound = bound;
            for (const item of items)
                this.pushSlot(item);
        }
        this.added = total;
    }
    /** An independent copy (through the canonical form, which holds the whole state). */
    clone() {
        return TopValues.fromJSON(this.toJSON(), {});
    }
    /** Canonical JSON (items sorted), so equal summaries serialise identically. */
    toJSON() {
        return {
            type: 'top-values',
            version: 1,
            hash: hash_bytes/* HASH53_ALGORITHM */.B1,
            exactCap: this.exactCap,
            counters: this.counters,
            maxDisplayBytes: this.maxDisplayBytes,
            total: this.added,
            exact: this.exact,
            unlistedBound: this.unlistedBound,
            items: this.sortedItems()
        };
    }
    /**
     * Reads a summary written by toJSON, checking every field and the summary's invariants (exact
     * counts add up to the total; approximate errors and counts respect unlistedBound); anything
     * malformed is an InputError at `location`.
     */
    static fromJSON(json, location) {
        const reader = new sketch_json/* SketchJsonReader */.Ml(json, location, 'top-values summary');
        reader.expectConstant('type', 'top-values');
        reader.expectConstant('version', 1);
        reader.expectConstant('hash', hash_bytes/* HASH53_ALGORITHM */.B1);
        const counters = reader.integer('counters', 2, 1 << 24);
        const exactCap = reader.integer('exactCap', counters, 1 << 24);
        const maxDisplayBytes = reader.integer('maxDisplayBytes', 16, 65536);
        const total = reader.integer('total');
        const exact = reader.boolean('exact');
        const unlistedBound = reader.integer('unlistedBound');
        const rawItems = reader.array('items');
        const summary = new TopValues({ exactCap, counters, maxDisplayBytes });
        const items = [];
        const seen = new Set();
        let countSum = 0;
        rawItems.forEach((raw, j) => {
            if (!Array.isArray(raw) || raw.length !== 4) {
                reader.fail(`item ${j} must be [hash, count, error, value], got ${(0,sketch_json/* describeJsonValue */.$g)(raw)}`);
            }
            const [hash, count, error, value] = raw;
            if (!Number.isSafeInteger(hash) || hash < 0 || hash >= hash_bytes/* HASH53_RANGE */.LM) {
                reader.fail(`item ${j}: the hash must be an integer in [0, 2^53), got ${(0,sketch_json/* describeJsonValue */.$g)(hash)}`);
            }
            if (!Number.isSafeInteger(count) || count < 1) {
                reader.fail(`item ${j}: the count must be a positive integer, got ${(0,sketch_json/* describeJsonValue */.$g)(count)}`);
            }
            if (!Number.isSafeInteger(error) ||
                error < 0 ||
                error > count) {
                reader.fail(`item ${j}: the error must be an integer from 0 to the count, got ${(0,sketch_json/* describeJsonValue */.$g)(error)}`);
            }
            if (typeof value !== 'string')
                reader.fail(`item ${j}: the value must be a string`);
            if (seen.has(hash))
                reader.fail(`item ${j}: hash ${hash} is listed twice`);
            seen.add(hash);
            countSum += count;
            items.push([hash, count, error, value]);
        });
        if (exact) {
            if (unlistedBound !== 0)
                reader.fail('an exact summary must have "unlistedBound" 0');
            if (items.length > exactCap) {
                reader.fail(`an exact summary lists ${items.length} values, more than the cap ${exactCap}`);
            }
            if (items.some((item) => item[2] !== 0))
                reader.fail('an exact summary cannot have errors');
            if (countSum !== total) {
                reader.fail(`the counts add up to ${countSum}, but "total" is ${total}`);
            }
            for (const [hash, count, , text] of items)
                summary.insertEntry(hash, count, text);
        }
        else {
            if (items.length > counters) {
                reader.fail(`the summary lists ${items.length} values, more than its ${counters} counters`);
            }
            if (items.some((item) => item[2] > unlistedBound || item[1] < unlistedBound)) {
                reader.fail('every count must be at least "unlistedBound" and every error at most "unlistedBound"');
            }
            if (countSum + (counters - items.length) * unlistedBound > total) {
                reader.fail(`the counts (${countSum}) are inconsistent with "total" ${total}`);
            }
            summary.loadSummary(items, unlistedBound);
        }
        summary.added = total;
        return summary;
    }
    // -------------------------------------------------------------------------------------------
    takePending() {
        const slot = this.pending;
        if (slot < 0)
            throw new Error('TopValues: setValue() must follow an add() that returned true');
        this.pending = -1;
        return slot;
    }
    insertEntry(hash, count, text) {
        const id = this.entries++;
        if (id === this.entryHash.length) {
            const capacity = Math.min(this.entryHash.length * 2, this.exactCap);
            this.entryHash = grow(this.entryHash, capacity);
            this.entryCount = grow(this.entryCount, capacity);
        }
        this.entryHash[id] = hash;
        this.entryCount[id] = count;
        this.entryText[id] = text;
        this.index.insert(hash, id);
        return id;
    }
    resetExact() {
        this.index = new HashIndex(32);
        this.entryHash = new Float64Array(16);
        this.entryCount = new Float64Array(16);
        this.entryText = [];
        this.entries = 0;
        this.pending = -1;
    }
    /** Exact → SpaceSaving: keep the k largest exact counts; the largest dropped bounds the rest. */
    switchToSummary() {
        const items = [];
        for (let id = 0; id < this.entries; id++) {
            items.push([this.entryHash[id], this.entryCount[id], 0, this.entryText[id] ?? '']);
        }
        // Texts stay as given (possibly undefined if a caller skipped setValue): keep them aside.
        const texts = this.entryText;
        this.resetExact();
        this.loadSummary(items, 0, texts);
    }
    /**
     * Replaces the state by a SpaceSaving summary of `items` (exact or bounded counts): the k
     * largest by count are kept; each dropped count raises the unlisted bound.
     */
    loadSummary(items, bound, textsById) {
        this.exact = false;
        this.allocateSummary();
        const order = items.map((_, j) => j).sort((a, b) => compareItems(items[a], items[b]));
        this.bound = bound;
        for (let j = 0; j < order.length; j++) {
            const item = items[order[j]];
            if (j < this.counters) {
                this.pushSlot(item);
                if (textsById !== undefined)
                    this.slotText[this.slots - 1] = textsById[order[j]];
            }
            else if (item[1] > this.bound) {
                this.bound = item[1];
            }
        }
    }
    allocateSummary() {
        const k = this.counters;
        this.counts = new StreamSummary(k);
        this.slotHash = new Float64Array(k);
        this.slotError = new Float64Array(k);
        this.slotText = new Array(k).fill(undefined);
        this.slotBytes = new Uint8Array(k * this.maxDisplayBytes);
        this.slotByteLength = new Int32Array(k).fill(-1);
        this.slotTruncated = new Uint8Array(k);
        this.slots = 0;
        this.bound = 0;
        this.index = new HashIndex(nextPowerOfTwo(4 * k));
    }
    /** Adds a counter for a value not yet monitored while there is a free slot. */
    pushSlot([hash, count, error, text]) {
        const slot = this.slots++;
        this.slotHash[slot] = hash;
        this.slotError[slot] = error;
        this.slotText[slot] = text;
        this.slotByteLength[slot] = -1;
        this.index.insert(hash, slot);
        this.counts.place(slot, count);
    }
    /**
     * SpaceSaving step (Metwally et al. 2005, Fig. 1), generalised to carry an explicit bound for
     * unmonitored values: a monitored value's counter grows by one; a new value takes a free slot or
     * the minimum counter (whose count then bounds every unmonitored value) and starts at
     * bound + 1 with error bound.
     */
    addToSummary(hash53) {
        const found = this.index.find(hash53);
        if (found >= 0) {
            this.counts.increment(found);
            return false;
        }
        let slot;
        if (this.slots < this.counters) {
            slot = this.slots++;
            this.counts.place(slot, this.bound + 1);
        }
        else {
            // Every count is ≥ bound, so after raising bound to the evicted minimum m the new value's
            // count bound + 1 = m + 1 is one increment of the reused slot.
            slot = this.counts.minSlot();
            const evicted = this.counts.countOf(slot);
            if (evicted > this.bound)
                this.bound = evicted;
            this.index.remove(this.slotHash[slot]);
            this.counts.increment(slot);
        }
        this.slotHash[slot] = hash53;
        this.slotError[slot] = this.bound;
        this.slotText[slot] = undefined;
        this.slotByteLength[slot] = -1;
        this.index.insert(hash53, slot);
        this.pending = slot;
        return true;
    }
    /** All listed values as canonical items. */
    sortedItems() {
        const items = [];
        if (this.exact) {
            for (let id = 0; id < this.entries; id++) {
                items.push([this.entryHash[id], this.entryCount[id], 0, textOrFail(this.entryText[id])]);
            }
        }
        else {
            for (let slot = 0; slot < this.slots; slot++) {
                items.push([
                    this.slotHash[slot],
                    this.counts.countOf(slot),
                    this.slotError[slot],
                    this.slotDisplay(slot)
                ]);
            }
        }
        return items.sort(compareItems);
    }
    slotDisplay(slot) {
        const length = this.slotByteLength[slot];
        if (length < 0)
            return textOrFail(this.slotText[slot]);
        const start = slot * this.maxDisplayBytes;
        const text = decoder.decode(this.slotBytes.subarray(start, start + length));
        return this.slotTruncated[slot] === 1 ? text + ELLIPSIS : text;
    }
    displayOfBytes(bytes, start, end) {
        const kept = displayCut(bytes, start, end, this.maxDisplayBytes);
        const text = decoder.decode(bytes.subarray(start, start + kept));
        return kept < end - start ? text + ELLIPSIS : text;
    }
    /** The same cut as for bytes, so a value shows alike whichever way it arrived. */
    displayOfString(text) {
        if (text.length * 3 <= this.maxDisplayBytes)
            return text;
        const bytes = encoder.encode(text);
        return this.displayOfBytes(bytes, 0, bytes.length);
    }
}
// ---------------------------------------------------------------------------------------------
const EMPTY_FLOATS = new Float64Array(0);
/**
 * Agarwal et al. 2012 merge on Misra–Gries counters c = count − bound (a lower bound on the
 * true count, which is at most c + bound): add counters, subtract the k-th largest from all
 * (k − 1 Misra–Gries counters ≅ k SpaceSaving counters) and keep the positive ones; the bound
 * grows by the subtracted amount. Per value the tighter of the two lower bounds is kept.
 */
function mergeMisraGries(first, firstBound, second, secondBound, counters) {
    const union = new Map();
    const gather = (items, bound) => {
        for (const [hash, count, error, text] of items) {
            const counter = count - bound;
            const seen = union.get(hash);
            if (seen === undefined)
                union.set(hash, { counter, lower: count - error, text });
            else {
                seen.counter += counter;
                seen.lower += count - error;
                if (text < seen.text)
                    seen.text = text;
            }
        }
    };
    gather(first, firstBound);
    gather(second, secondBound);
    let bound = firstBound + secondBound;
    const candidates = [...union].filter(([, entry]) => entry.counter > 0);
    const capacity = counters - 1;
    let threshold = 0;
    if (candidates.length > capacity) {
        const sorted = candidates.map(([, entry]) => entry.counter).sort((a, b) => b - a);
        threshold = sorted[capacity];
        bound += threshold;
    }
    const items = [];
    for (const [hash, entry] of candidates) {
        const counter = entry.counter - threshold;
        if (counter <= 0)
            continue;
        const upper = counter + bound;
        const lower = Math.max(counter, entry.lower);
        items.push([hash, upper, upper - lower, entry.text]);
    }
    return { items: items.sort(compareItems), bound };
}
/** Count descending, then display value, then hash: the canonical order of items. */
function compareItems(a, b) {
    if (a[1] !== b[1])
        return b[1] - a[1];
    if (a[3] !== b[3])
        return a[3] < b[3] ? -1 : 1;
    return a[0] - b[0];
}
function textOrFail(text) {
    if (text === undefined) {
        throw new Error('TopValues: add() returned true but no setValue()/setValueBytes() followed');
    }
    return text;
}
/**
 * How many of the bytes [start, end) to keep for display: all if they fit in `limit`, else the
 * longest prefix ≤ limit that ends at a UTF-8 character boundary.
 */
function displayCut(bytes, start, end, limit) {
    if (end - start <= limit)
        return end - start;
    let cut = limit;
    // A continuation byte (10xxxxxx) cannot start a character: back off to the lead byte.
    while (cut > 0 && (bytes[start + cut] & 0xc0) === 0x80)
        cut--;
    return cut;
}
function grow(array, capacity) {
    const next = new Float64Array(capacity);
    next.set(array);
    return next;
}
function nextPowerOfTwo(n) {
    let power = 1;
    while (power < n)
        power *= 2;
    return power;
}
/**
 * Open-addressing map from a 53-bit hash to a small integer id, with linear probing and
 * backward-shift deletion (Knuth, TAOCP vol. 3, §6.4 Algorithm R). The low 32 bits of the hash
 * pick the home slot; the table doubles when half full.
 */
class HashIndex {
    keys;
    ids;
    mask;
    size = 0;
    constructor(capacity) {
        this.keys = new Float64Array(capacity);
        this.ids = new Int32Array(capacity).fill(-1);
        this.mask = capacity - 1;
    }
    find(hash) {
        let slot = (hash >>> 0) & this.mask;
        for (;;) {
            const id = this.ids[slot];
            if (id < 0)
                return -1;
            if (this.keys[slot] === hash)
                return id;
            slot = (slot + 1) & this.mask;
        }
    }
    /** Inserts a hash known to be absent. */
    insert(hash, id) {
        if (2 * (this.size + 1) > this.ids.length)
            this.rehash(this.ids.length * 2);
        let slot = (hash >>> 0) & this.mask;
        while (this.ids[slot] >= 0)
            slot = (slot + 1) & this.mask;
        this.keys[slot] = hash;
        this.ids[slot] = id;
        this.size++;
    }
    /** Removes a hash known to be present, shifting later members of its probe run back. */
    remove(hash) {
        const mask = this.mask;
        let hole = (hash >>> 0) & mask;
        while (this.keys[hole] !== hash || this.ids[hole] < 0)
            hole = (hole + 1) & mask;
        let probe = hole;
        for (;;) {
            probe = (probe + 1) & mask;
            const id = this.ids[probe];
            if (id < 0)
                break;
            const home = (this.keys[probe] >>> 0) & mask;
            // The entry at probe may move into the hole unless its home lies cyclically in (hole, probe].
            const homeInRange = hole <= probe ? home > hole && home <= probe : home > hole || home <= probe;
            if (homeInRange)
                continue;
            this.keys[hole] = this.keys[probe];
            this.ids[hole] = id;
            hole = probe;
        }
        this.ids[hole] = -1;
        this.size--;
    }
    rehash(capacity) {
        const keys = this.keys;
        const ids = this.ids;
        this.keys = new Float64Array(capacity);
        this.ids = new Int32Array(capacity).fill(-1);
        this.mask = capacity - 1;
        this.size = 0;
        for (let slot = 0; slot < ids.length; slot++) {
            if (ids[slot] >= 0)
                this.insert(keys[slot], ids[slot]);
        }
    }
}


/***/ }),

/***/ 23419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JK: () => (/* binding */ sampleStandardDeviation),
/* harmony export */   dM: () => (/* binding */ addValue),
/* harmony export */   i2: () => (/* binding */ mean),
/* harmony export */   iQ: () => (/* binding */ mergeMoments),
/* harmony export */   kU: () => (/* binding */ populationStandardDeviation),
/* harmony export */   rC: () => (/* binding */ emptyMoments),
/* harmony export */   y4: () => (/* binding */ sampleVariance)
/* harmony export */ });
/* unused harmony export populationVariance */
function emptyMoments() {
    return { count: 0, mean: 0, m2: 0, min: Infinity, max: -Infinity, sum: 0 };
}
/** Adds one finite value (Welford). */
function addValue(moments, value) {
    const count = moments.count + 1;
    const delta = value - moments.mean;
    const mean = moments.mean + delta / count;
    moments.m2 += delta * (value - mean);
    moments.mean = mean;
    moments.count = count;
    moments.sum += value;
    if (value < moments.min)
        moments.min = value;
    if (value > moments.max)
        moments.max = value;
}
/** Combines two partial results into a new one (Chan's parallel formula). */
function mergeMoments(a, b) {
    if (a.count === 0)
        return { ...b };
    if (b.count === 0)
        return { ...a };
    const count = a.count + b.count;
    const delta = b.mean - a.mean;
    return {
        count,
        mean: a.mean + (delta * b.count) / count,
        m2: a.m2 + b.m2 + (delta * delta * a.count * b.count) / count,
        min: Math.min(a.min, b.min),
        max: Math.max(a.max, b.max),
        sum: a.sum + b.sum
    };
}
/** Sample variance (ddof 1), NaN below two values. */
function sampleVariance(moments) {
    return moments.count < 2 ? NaN : moments.m2 / (moments.count - 1);
}
/** Population variance (ddof 0), NaN for no values. */
function populationVariance(moments) {
    return moments.count < 1 ? NaN : moments.m2 / moments.count;
}
/** Mean of an array, NaN when empty. */
function mean(values) {
    if (values.length === 0)
        return NaN;
    let sum = 0;
    for (let i = 0; i < values.length; i++)
        sum += values[i];
    return sum / values.length;
}
/** Sample standard deviation (ddof 1) of an array, by a two-pass sum for accuracy. */
function sampleStandardDeviation(values) {
    if (values.length < 2)
        return NaN;
    const m = mean(values);
    let ss = 0;
    for (let i = 0; i < values.length; i++)
        ss += (values[i] - m) ** 2;
    return Math.sqrt(ss / (values.length - 1));
}
/** Population standard deviation (ddof 0) of an array. */
function populationStandardDeviation(values) {
    if (values.length === 0)
        return NaN;
    const m = mean(values);
    let ss = 0;
    for (let i = 0; i < values.length; i++)
        ss += (values[i] - m) ** 2;
    return Math.sqrt(ss / values.length);
}


/***/ }),

/***/ 37221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ sortFloat64)
/* harmony export */ });
/**
 * Ascending sort of a Float64Array by least-significant-digit radix sort on the IEEE-754 bit
 * pattern. It is 2–3× faster than `Float64Array.prototype.sort` on 1M values (PERFORMANCE.md
 * §1 micro-benchmarks: 33–45 ms against ~100 ms), which matters because exact drift tests and
 * exact quantiles sort every numeric column of both files.
 *
 * Key transform (the classic "radix sort for floats" trick, e.g. Herf 2001, "Radix tricks"):
 * a non-negative double keeps its order as an unsigned 64-bit integer once its sign bit is set;
 * a negative double orders correctly once all 64 bits are inverted. The transformed key is
 * computed on the fly from the original bits, so values are moved untouched and no inverse
 * transform is needed. Six passes of 11-bit digits cover the 64 bits (the last digit has 9 bits);
 * one counting pass builds all six histograms, and a pass whose digit is the same for every value
 * (common for the exponent digits of data in one range, and for integer-valued columns) is
 * skipped.
 *
 * Ordering is the one ECMAScript specifies for typed-array sort: −∞ < negatives < −0 < +0 <
 * positives < +∞, then every NaN last (whatever its sign bit or payload). Subnormals and
 * duplicates need no special handling.
 */
const DIGIT_BITS = 11;
const RADIX = 1 << DIGIT_BITS;
const DIGIT_MASK = RADIX - 1;
const PASSES = 6;
/** Below this length the native comparison sort wins (no histogram set-up). */
const NATIVE_SORT_BELOW = 256;
/**
 * Sorts `values` in place, ascending, and returns it.
 *
 * `scratch` is an optional reusable buffer of at least `values.length` elements (8 bytes per
 * value); pass the same one for every column to avoid an allocation per call. Its contents are
 * overwritten. It must not overlap `values`.
 */
function sortFloat64(values, scratch) {
    const total = values.length;
    if (total < NATIVE_SORT_BELOW)
        return values.sort();
    if (scratch !== undefined && scratch.length < total) {
        throw new RangeError(`sortFloat64: scratch holds ${scratch.length} values, need ${total}`);
    }
    const length = moveNaNsToEnd(values);
    if (length < NATIVE_SORT_BELOW) {
        values.subarray(0, length).sort();
        return values;
    }
    const target = values.subarray(0, length);
    const buffer = scratch === undefined ? new Float64Array(length) : scratch.subarray(0, length);
    radixSort(target, buffer);
    return values;
}
/**
 * Compacts the non-NaN values to the front (keeping their order) and fills the tail with NaN.
 * Returns the number of non-NaN values. One cheap scan when there are no NaNs.
 */
function moveNaNsToEnd(values) {
    const total = values.length;
    let first = 0;
    while (first < total && values[first] === values[first])
        first++;
    if (first === total)
        return total;
    let write = first;
    for (let read = first + 1; read < total; read++) {
        const value = values[read];
        if (value === value)
            values[write++] = value;
    }
    values.fill(NaN, write);
    return write;
}
function radixSort(values, scratch) {
    const length = values.length;
    const counts = new Uint32Array(PASSES * RADIX);
    const bitsOfValues = new Uint32Array(values.buffer, values.byteOffset, length * 2);
    // One pass for all six histograms of the transformed key.
    for (let i = 0; i < length; i++) {
        const high = bitsOfValues[2 * i + 1];
        const flip = high >> 31; // 0 or −1
        const keyLow = (bitsOfValues[2 * i] ^ flip) >>> 0;
        const keyHigh = (high ^ (flip | 0x80000000)) >>> 0;
        counts[keyLow & DIGIT_MASK]++;
        counts[RADIX + ((keyLow >>> 11) & DIGIT_MASK)]++;
        counts[2 * RADIX + (((keyLow >>> 22) | (keyHigh << 10)) & DIGIT_MASK)]++;
        counts[3 * RADIX + ((keyHigh >>> 1) & DIGIT_MASK)]++;
        counts[4 * RADIX + ((keyHigh >>> 12) & DIGIT_MASK)]++;
        counts[5 * RADIX + (keyHigh >>> 23)]++;
    }
    let source = values;
    let destination = scratch;
    const offsets = new Uint32Array(RADIX);
    for (let pass = 0; pass < PASSES; pass++) {
        const base = pass * RADIX;
        // A digit shared by every value leaves the order unchanged: skip the pass.
        let trivial = false;
        let running = 0;
        for (let digit = 0; digit < RADIX; digit++) {
            const count = counts[base + digit];
            if (count === length) {
                trivial = true;
                break;
            }
            offsets[digit] = running;
            running += count;
        }
        if (trivial)
            continue;
        if (pass < 2)
            scatterLow(source, destination, offsets, pass * DIGIT_BITS);
        else if (pass === 2)
            scatterMiddle(source, destination, offsets);
        else
            scatterHigh(source, destination, offsets, pass * DIGIT_BITS - 32);
        const swap = source;
        source = destination;
        destination = swap;
    }
    if (source !== values)
        values.set(source);
}
/** Scatter by a digit of the low key word (passes 0 and 1). */
function scatterLow(source, destination, offsets, shift) {
    const length = source.length;
    const bits = new Uint32Array(source.buffer, source.byteOffset, length * 2);
    for (let i = 0; i < length; i++) {
        const flip = bits[2 * i + 1] >> 31;
        const digit = ((bits[2 * i] ^ flip) >>> shift) & DIGIT_MASK;
        destination[offsets[digit]++] = source[i];
    }
}
/** Scatter by the digit that straddles the two key words (pass 2: key bits 22..32). */
function scatterMiddle(source, destination, offsets) {
    const length = source.length;
    const bits = new Uint32Array(source.buffer, source.byteOffset, length * 2);
    for (let i = 0; i < length; i++) {
        const high = bits[2 * i + 1];
        const flip = high >> 31;
        const keyLow = (bits[2 * i] ^ flip) >>> 0;
        const keyHigh = high ^ (flip | 0x80000000);
        const digit = ((keyLow >>> 22) | (keyHigh << 10)) & DIGIT_MASK;
        destination[offsets[digit]++] = source[i];
    }
}
/** Scatter by a digit of the high key word (passes 3, 4 and 5). */
function scatterHigh(source, destination, offsets, shift) {
    const length = source.length;
    const bits = new Uint32Array(source.buffer, source.byteOffset, length * 2);
    for (let i = 0; i < length; i++) {
        const high = bits[2 * i + 1];
        const keyHigh = high ^ ((high >> 31) | 0x80000000);
        const digit = (keyHigh >>> shift) & DIGIT_MASK;
        destination[offsets[digit]++] = source[i];
    }
}


/***/ })

};
