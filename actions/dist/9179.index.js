export const id = 9179;
export const ids = [9179];
export const modules = {

/***/ 84673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   scanWorkerMain: () => (/* binding */ scanWorkerMain)
/* harmony export */ });
/* unused harmony export transferablesOf */
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _scan_range_scan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3613);
/* harmony import */ var _csv_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15905);



/** Every typed-array buffer in a partial, so postMessage can move them instead of copying. */
function transferablesOf(partial) {
    const buffers = new Set();
    const add = (array) => {
        if (array !== undefined && array.buffer instanceof ArrayBuffer)
            buffers.add(array.buffer);
    };
    for (const column of partial.columns) {
        add(column.sortedNumbers);
        add(column.uniqueKeys);
    }
    for (const entry of Object.values(partial.compound))
        add(entry.keys);
    return [...buffers];
}
/** Body of a scan worker thread (started from actions/dist/scan-worker.js). */
async function scanWorkerMain() {
    const request = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
    let reply;
    let transfer = [];
    try {
        const { partial, endOffset } = await (0,_csv_source_js__WEBPACK_IMPORTED_MODULE_2__/* .scanCsvRange */ .LV)(request.file, request.plan, request.delimiter, request.start, request.stop);
        reply = { ok: true, partial, endOffset };
        transfer = transferablesOf(partial);
    }
    catch (error) {
        reply =
            error instanceof _scan_range_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .RangeSyntaxError */ .Hh
                ? { ok: false, relativeLine: error.relativeLine, problem: error.problem }
                : {
                    ok: false,
                    failure: error instanceof Error ? (error.stack ?? error.message) : String(error)
                };
    }
    node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.postMessage(reply, transfer);
}


/***/ }),

/***/ 32635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   cs: () => (/* binding */ IntegrityError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   xB: () => (/* binding */ TollgateError)
/* harmony export */ });
/* unused harmony export formatLocation */
/**
 * Errors a user can act on. Everything Tollgate rejects is one of these, so the CLI can map it
 * to exit code 2 and an action can fail its step with a sentence instead of a stack trace
 * (DESIGN.md §8). Anything else that escapes is a bug or an outage.
 */
/** Base class: carries the CLI exit code that the error maps to. */
class TollgateError extends Error {
    exitCode = 2;
}
/** A command-line option or action input is missing or malformed. */
class UsageError extends TollgateError {
    name = 'UsageError';
}
/** The content of a user file (data, checks, config, history) is malformed. */
class InputError extends TollgateError {
    name = 'InputError';
    location;
    detail;
    constructor(location, detail) {
        super(`${formatLocation(location)}: ${detail}`);
        this.location = location;
        this.detail = detail;
    }
}
/** A stored record failed its integrity check (sha256 mismatch, truncated or unparsable). */
class IntegrityError extends TollgateError {
    name = 'IntegrityError';
}
/**
 * Renders a location as `file:line:column (row N, column "x")`, the compiler-style prefix that
 * editors and GitHub annotations understand, followed by the table coordinates when known.
 */
function formatLocation(location) {
    let text = location.file ?? '<input>';
    if (location.line !== undefined) {
        text += `:${location.line}`;
        if (location.column !== undefined)
            text += `:${location.column}`;
    }
    const extra = [];
    if (location.row !== undefined)
        extra.push(`row ${location.row}`);
    if (location.field !== undefined)
        extra.push(`column ${JSON.stringify(location.field)}`);
    if (extra.length > 0)
        text += ` (${extra.join(', ')})`;
    return text;
}
/** Normalises anything thrown into a message string. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}
/** Exit code for anything thrown: 2 for user errors, 70 (EX_SOFTWARE) for bugs and outages. */
function exitCodeFor(error) {
    return error instanceof TollgateError ? error.exitCode : 70;
}


/***/ })

};
