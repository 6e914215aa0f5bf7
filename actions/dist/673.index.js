export const id = 673;
export const ids = [673];
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
                : { ok: false, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.postMessage(reply, transfer);
}


/***/ })

};
