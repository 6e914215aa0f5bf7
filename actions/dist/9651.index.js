export const id = 9651;
export const ids = [9651];
export const modules = {

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


/***/ })

};
