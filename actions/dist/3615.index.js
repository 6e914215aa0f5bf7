export const id = 3615;
export const ids = [3615];
export const modules = {

/***/ 85133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ nowFromEnvironment)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);

/**
 * "Now" for checks that depend on time (freshness), normally the system clock. TOLLGATE_NOW (an
 * ISO 8601 time) pins it, so a CI result can be reproduced later on a laptop and tests are stable.
 */
function nowFromEnvironment(env = process.env) {
    const pinned = env.TOLLGATE_NOW;
    if (pinned === undefined || pinned === '')
        return Date.now();
    const value = Date.parse(pinned);
    if (Number.isNaN(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`TOLLGATE_NOW must be an ISO 8601 time, got ${JSON.stringify(pinned)}`);
    return value;
}


/***/ }),

/***/ 96205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LR: () => (/* binding */ readMetricPoint),
/* harmony export */   _C: () => (/* binding */ sameShape),
/* harmony export */   bV: () => (/* binding */ metricNameProblem),
/* harmony export */   dU: () => (/* binding */ chartsForKind),
/* harmony export */   hw: () => (/* binding */ chartInput),
/* harmony export */   pC: () => (/* binding */ MAX_METRIC_NAME_LENGTH),
/* harmony export */   qP: () => (/* binding */ metricKindOf),
/* harmony export */   vJ: () => (/* binding */ describeShape)
/* harmony export */ });
/** Longest metric name accepted (names end up in chart titles, tables and store records). */
const MAX_METRIC_NAME_LENGTH = 200;
/**
 * Why a metric name is unusable, or undefined when it is fine: not empty, at most 200
 * characters, no control characters, no `/` (which separates the series from the metric).
 */
function metricNameProblem(name) {
    if (name.trim() === '')
        return 'a metric name must not be empty';
    if (name.length > MAX_METRIC_NAME_LENGTH) {
        return `a metric name has at most ${MAX_METRIC_NAME_LENGTH} characters, this one ${name.length}`;
    }
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(name))
        return 'a metric name must not contain control characters';
    if (name.includes('/'))
        return 'a metric name must not contain "/" (it separates series and metric)';
    return undefined;
}
const isFiniteNumber = (value) => typeof value === 'number' && Number.isFinite(value);
function describe(value) {
    if (value === undefined)
        return 'nothing';
    if (Array.isArray(value))
        return 'a list';
    if (value === null)
        return 'null';
    if (typeof value === 'object')
        return 'an object';
    return `${typeof value} ${JSON.stringify(value)}`;
}
/**
 * Reads a metric point from parsed JSON. Accepted forms: a number or `{ "value": x }`
 * (measurement), a list of numbers or `{ "subgroup": [...] }` (a subgroup of measurements),
 * `{ "count": d, "size": n }` (proportion, d ≤ n), `{ "count": c }` (defect count) and
 * `{ "count": c, "exposure": e }` (event rate). A stored record's point also carries `kind`,
 * which must agree with its fields. Counts must be ≥ 0, sizes and exposures > 0.
 * Returns the point or a sentence saying what is wrong.
 */
function readMetricPoint(raw) {
    if (isFiniteNumber(raw))
        return { kind: 'measurement', value: raw };
    if (Array.isArray(raw))
        return readSubgroup(raw);
    if (typeof raw !== 'object' || raw === null) {
        return {
            problem: `expected a number, a list of numbers or an object with value, subgroup or count; got ${describe(raw)}`
        };
    }
    const fields = raw;
    const allowed = ['kind', 'value', 'subgroup', 'count', 'size', 'exposure'];
    const unknown = Object.keys(fields).find((key) => !allowed.includes(key));
    if (unknown !== undefined) {
        return {
            problem: `unknown field ${JSON.stringify(unknown)}; expected value, subgroup, or count with size or exposure`
        };
    }
    const point = pointFromFields(fields);
    if ('problem' in point)
        return point;
    if (fields.kind !== undefined && fields.kind !== point.kind) {
        return { problem: `kind ${describe(fields.kind)} does not match its fields (${point.kind})` };
    }
    return point;
}
function pointFromFields(fields) {
    const { value, subgroup, count, size, exposure } = fields;
    const present = ['value', 'subgroup', 'count'].filter((key) => fields[key] !== undefined);
    if (present.length !== 1) {
        return {
            problem: present.length === 0
                ? 'expected one of value, subgroup or count'
                : `give only one of ${present.join(', ')}`
        };
    }
    if (value !== undefined) {
        if (!isFiniteNumber(value))
            return { problem: `value must be a finite number, got ${describe(value)}` };
        if (size !== undefined || exposure !== undefined) {
            return { problem: 'size and exposure belong to counts, not to a value' };
        }
        return { kind: 'measurement', value };
    }
    if (subgroup !== undefined) {
        if (!Array.isArray(subgroup))
            return { problem: `subgroup must be a list of numbers, got ${describe(subgroup)}` };
        if (size !== undefined || exposure !== undefined) {
            return { problem: 'size and exposure belong to counts, not to a subgroup' };
        }
        return readSubgroup(subgroup);
    }
    if (!isFiniteNumber(count))
        return { problem: `count must be a finite number, got ${describe(count)}` };
    if (count < 0)
        return { problem: `count must not be negative, got ${count}` };
    const kind = fields.kind;
    if (size !== undefined && exposure !== undefined)
        return { problem: 'give size or exposure, not both' };
    const denominator = size ?? exposure;
    if (denominator === undefined) {
        if (kind === 'proportion' || kind === 'event-rate') {
            return { problem: `a ${kind} needs ${kind === 'proportion' ? 'size' : 'exposure'}` };
        }
        return { kind: 'defect-count', count };
    }
    const name = size !== undefined ? 'size' : 'exposure';
    if (!isFiniteNumber(denominator) || denominator <= 0) {
        return { problem: `${name} must be a positive number, got ${describe(denominator)}` };
    }
    // A stored event rate keeps its exposure in `size`, marked by its kind.
    if (exposure !== undefined || kind === 'event-rate') {
        return { kind: 'event-rate', count, size: denominator };
    }
    if (count > denominator) {
        return { problem: `count ${count} exceeds size ${denominator} (a proportion is count of size)` };
    }
    return { kind: 'proportion', count, size: denominator };
}
function readSubgroup(values) {
    if (values.length === 0)
        return { problem: 'a subgroup must not be empty' };
    const bad = values.findIndex((value) => !isFiniteNumber(value));
    if (bad >= 0) {
        return {
            problem: `observation ${bad + 1} of the subgroup must be a finite number, got ${describe(values[bad])}`
        };
    }
    const numbers = values;
    // One observation is an individual value, not a subgroup.
    if (numbers.length === 1)
        return { kind: 'measurement', value: numbers[0] };
    return { kind: 'measurement', subgroup: [...numbers] };
}
/** The metric kind of a point, as `chooseChart` reads it, with the subgroup size. */
function metricKindOf(point) {
    return { kind: point.kind, subgroupSize: 'subgroup' in point ? point.subgroup.length : 1 };
}
/** A short description of a point's shape for messages ("a proportion (count of size)"). */
function describeShape(point) {
    switch (point.kind) {
        case 'measurement':
            return 'value' in point ? 'a single value' : 'a subgroup of values';
        case 'proportion':
            return 'a proportion (count of size)';
        case 'defect-count':
            return 'a count';
        case 'event-rate':
            return 'an event rate (count over exposure)';
    }
}
/** Whether two points have the same shape, so they can share one chart. */
function sameShape(a, b) {
    return a.kind === b.kind && 'value' in a === 'value' in b;
}
/** The point as `computeChart` reads it. */
function chartInput(point, metadata) {
    switch (point.kind) {
        case 'measurement':
            return 'value' in point
                ? { value: point.value, metadata }
                : { subgroup: point.subgroup, metadata };
        case 'defect-count':
            return { count: point.count, metadata };
        case 'proportion':
        case 'event-rate':
            return { count: point.count, size: point.size, metadata };
    }
}
/**
 * The charts that can plot points of a kind (the automatic choice is one of them): single
 * values → I-MR, EWMA, CUSUM; subgroups → X̄-R, X̄-S, EWMA, CUSUM; counts of a size or over an
 * exposure → the attribute charts; plain counts → c.
 */
function chartsForKind(kind, subgrouped) {
    switch (kind) {
        case 'measurement':
            return subgrouped ? ['xbar-r', 'xbar-s', 'ewma', 'cusum'] : ['imr', 'ewma', 'cusum'];
        case 'defect-count':
            return ['c'];
        case 'proportion':
        case 'event-rate':
            return ['p', 'p-standardized', 'np', 'c', 'u'];
    }
}


/***/ }),

/***/ 83510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HM: () => (/* binding */ EMPTY_SPC_SETTINGS),
/* harmony export */   HO: () => (/* binding */ settingsForMetric),
/* harmony export */   KN: () => (/* binding */ isCharted),
/* harmony export */   gK: () => (/* binding */ chartOptionsFor)
/* harmony export */ });
/* unused harmony exports metricMatches, mergeSettings */
/* harmony import */ var _text_glob_pattern_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59607);

const EMPTY_SPC_SETTINGS = { defaults: {}, overrides: [] };
/**
 * Whether a metric name matches a pattern: exact text, or a glob where `*` matches any run of
 * characters except `/`, `?` one character and `{a,b}` alternatives.
 */
function metricMatches(pattern, metric) {
    if (pattern === metric)
        return true;
    return (0,_text_glob_pattern_js__WEBPACK_IMPORTED_MODULE_0__/* .hasGlobMagic */ .sF)(pattern) && (0,_text_glob_pattern_js__WEBPACK_IMPORTED_MODULE_0__/* .globToRegExp */ .tL)(pattern).test(metric);
}
/** `over` on top of `base`, by the layering rules above. */
function mergeSettings(base, over) {
    const merged = { ...base };
    for (const [key, value] of Object.entries(over)) {
        if (value === undefined)
            continue;
        merged[key] = value;
    }
    if (base.severity !== undefined || over.severity !== undefined) {
        merged.severity = { ...base.severity, ...over.severity };
    }
    if (base.exclude !== undefined || over.exclude !== undefined) {
        merged.exclude = [...(base.exclude ?? []), ...(over.exclude ?? [])];
    }
    return merged;
}
/** The settings of one metric: config defaults, then explicit inputs, then matching overrides. */
function settingsForMetric(config, inputs, metric) {
    let settings = mergeSettings(config.defaults, inputs);
    for (const override of config.overrides) {
        if (metricMatches(override.pattern, metric)) {
            settings = mergeSettings(settings, override.settings);
        }
    }
    return settings;
}
/** Whether a metric is charted: not ignored, and matched by `include` when one is given. */
function isCharted(include, settings, metric) {
    if (settings.ignore === true)
        return false;
    return include === undefined || include.some((pattern) => metricMatches(pattern, metric));
}
/** The computeChart options for a metric's settings, with exclusions already resolved to indices. */
function chartOptionsFor(input) {
    const { settings } = input;
    const options = {
        chart: input.chart,
        points: input.points,
        series: input.series
    };
    if (input.exclude.length > 0)
        options.exclude = input.exclude;
    if (settings.baseline !== undefined)
        options.baseline = settings.baseline;
    if (settings.rules !== undefined && settings.rules !== 'auto')
        options.rules = settings.rules;
    if (settings.severity !== undefined)
        options.severity = settings.severity;
    const passThrough = [
        'nsigmas',
        'lambda',
        'target',
        'sigma',
        'k',
        'h',
        'headStart',
        'steadyState',
        'sigmaMethod',
        'constants',
        'specification'
    ];
    for (const key of passThrough) {
        if (settings[key] !== undefined)
            options[key] = settings[key];
    }
    return options;
}


/***/ }),

/***/ 5658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EB: () => (/* binding */ parseSeverityPairs),
/* harmony export */   IA: () => (/* binding */ severityEntry),
/* harmony export */   Vo: () => (/* binding */ parseRuleChoice)
/* harmony export */ });
/* unused harmony export RULE_CHOICE_HELP */
/* harmony import */ var _spc_rule_selection_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35436);
/* harmony import */ var _text_closest_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28863);


const RULE_CHOICE_HELP = 'auto, western-electric, nelson, none, or a list of rule ids (we-1..we-4, nelson-1..nelson-8)';
function unknownRule(rule, known) {
    const guess = (0,_text_closest_name_js__WEBPACK_IMPORTED_MODULE_1__/* .closestName */ .N)(rule, known);
    return (`unknown rule ${JSON.stringify(rule)}` +
        (guess === undefined ? '' : ` (did you mean ${JSON.stringify(guess)}?)`) +
        `; expected ${RULE_CHOICE_HELP}`);
}
/** A rule choice from a list of words (one word may be a set name, `auto` or `none`). */
function parseRuleChoice(words) {
    const items = words.map((word) => word.trim()).filter((word) => word !== '');
    if (items.length === 0)
        return { problem: `no rules given; expected ${RULE_CHOICE_HELP}` };
    if (items.length === 1) {
        const only = items[0];
        if (only === 'auto')
            return 'auto';
        if (only === 'none')
            return [];
        if (only in _spc_rule_selection_js__WEBPACK_IMPORTED_MODULE_0__/* .RULE_SETS */ .NG)
            return only;
    }
    for (const item of items) {
        if (!_spc_rule_selection_js__WEBPACK_IMPORTED_MODULE_0__/* .RUN_RULE_IDS */ .Ap.includes(item)) {
            return {
                problem: unknownRule(item, [..._spc_rule_selection_js__WEBPACK_IMPORTED_MODULE_0__/* .RUN_RULE_IDS */ .Ap, ...Object.keys(_spc_rule_selection_js__WEBPACK_IMPORTED_MODULE_0__/* .RULE_SETS */ .NG), 'auto', 'none'])
            };
        }
    }
    return items;
}
/** A severity map from `rule=level` items. */
function parseSeverityPairs(items) {
    const map = {};
    for (const item of items) {
        const match = /^\s*([^=:\s]+)\s*[=:]\s*(\S+)\s*$/.exec(item);
        if (match === null) {
            return { problem: `${JSON.stringify(item)} is not rule=level (e.g. we-2=warn)` };
        }
        const result = severityEntry(match[1], match[2]);
        if ('problem' in result)
            return result;
        map[result.rule] = result.severity;
    }
    return map;
}
/** One rule → level entry, checked. */
function severityEntry(rule, level) {
    if (!_spc_rule_selection_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGNAL_RULE_IDS */ .tk.includes(rule)) {
        const guess = (0,_text_closest_name_js__WEBPACK_IMPORTED_MODULE_1__/* .closestName */ .N)(rule, _spc_rule_selection_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGNAL_RULE_IDS */ .tk);
        return {
            problem: `unknown rule ${JSON.stringify(rule)} in a severity` +
                (guess === undefined ? '' : ` (did you mean ${JSON.stringify(guess)}?)`)
        };
    }
    if (level !== 'error' && level !== 'warn') {
        return {
            problem: `the severity of ${rule} must be error or warn, got ${JSON.stringify(level)}`
        };
    }
    return { rule: rule, severity: level };
}


/***/ }),

/***/ 83092:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F8: () => (/* binding */ historyRecordKey),
/* harmony export */   JY: () => (/* binding */ historySeriesName),
/* harmony export */   hD: () => (/* binding */ assertSpcSeriesName),
/* harmony export */   r$: () => (/* binding */ chartSeriesName),
/* harmony export */   yP: () => (/* binding */ HISTORY_SERIES_PREFIX)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
/* harmony import */ var _store_store_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33780);


/**
 * How spc-check names things. A user's `series` (e.g. `orders`) is one store series holding one
 * record per run, `spc-history.<series>`; every metric in those records is charted as its own control
 * chart named `<series>/<metric>` (`orders/rows`, `orders/email.null_fraction`). A run's record
 * key is `<run id>-<attempt>`, so a re-run of the same attempt finds its own record (idempotent)
 * and a new attempt writes a new one.
 */
/** Prefix of the store series that hold spc-check histories. */
const HISTORY_SERIES_PREFIX = 'spc-history.';
const SERIES_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/**
 * Checks a user's series name. Store series become release-asset names on GitHub, which allow only
 * `[A-Za-z0-9._-]`, so the name is checked here with a message about the `series` input rather
 * than about store internals.
 */
function assertSpcSeriesName(series) {
    if (!SERIES_NAME.test(series) || series.includes('..') || series.endsWith('.')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`The series name ${JSON.stringify(series)} is not allowed: use letters, digits and the ` +
            'characters . _ -, starting with a letter or digit (it names the history in the store)');
    }
    (0,_store_store_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertSeriesName */ .Fs)(historySeriesName(series));
}
/** The store series holding the history of a user's series. */
function historySeriesName(series) {
    return `${HISTORY_SERIES_PREFIX}${series}`;
}
/** The chart name of one metric of a series, `<series>/<metric>`. */
function chartSeriesName(series, metric) {
    return `${series}/${metric}`;
}
/** The record key of one workflow run attempt, `<run id>-<attempt>`. */
function historyRecordKey(runId, attempt) {
    const key = `${runId}-${attempt}`;
    (0,_store_store_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertRecordKey */ .H7)(key);
    return key;
}


/***/ }),

/***/ 78647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IQ: () => (/* binding */ parseSpcConfig)
/* harmony export */ });
/* unused harmony exports SPC_SECTION_KEYS, SPC_METRIC_KEYS */
/* harmony import */ var _spc_chart_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26025);
/* harmony import */ var _spc_sigma_estimators_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97148);
/* harmony import */ var _text_closest_name_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(28863);
/* harmony import */ var _metric_settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83510);
/* harmony import */ var _rule_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5658);





/**
 * The spc settings users write: the `spc:` section of `.tollgate.yml`, or a file given as the
 * `config` input with the same keys. Example:
 *
 * ```yaml
 * spc:
 *   baseline: 25
 *   rules: western-electric
 *   severity: { we-3: warn, we-4: warn }
 *   exclude: ["9876543210"]         # assignable causes: run ids or record keys
 *   include: [rows, "*.null_fraction", duration_s]
 *   metrics:
 *     rows: { chart: imr, rules: nelson }
 *     "*.mean": { chart: ewma, lambda: 0.1, nsigmas: 2.7 }
 *     duration_s: { target: 300, sigma: 20 }
 *     "*.distinct": { ignore: true }
 * ```
 * Every error points at the line of the file and suggests the closest key.
 */
const SETTING_KEYS = [
    'chart',
    'baseline',
    'rules',
    'severity',
    'exclude',
    'nsigmas',
    'lambda',
    'target',
    'sigma',
    'k',
    'h',
    'head-start',
    'steady-state',
    'sigma-method',
    'constants',
    'specification'
];
const SPC_SECTION_KEYS = [...SETTING_KEYS, 'include', 'metrics'];
const SPC_METRIC_KEYS = [...SETTING_KEYS, 'ignore'];
const SIGMA_METHODS = [
    ..._spc_sigma_estimators_js__WEBPACK_IMPORTED_MODULE_1__/* .INDIVIDUALS_SIGMA_METHODS */ .w4,
    ..._spc_sigma_estimators_js__WEBPACK_IMPORTED_MODULE_1__/* .SUBGROUP_SIGMA_METHODS */ .ty
];
/** Parses the settings node (undefined or empty = no settings). */
function parseSpcConfig(node) {
    if (node === undefined || node.kind === 'null')
        return _metric_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .EMPTY_SPC_SETTINGS */ .HM;
    // A standalone config file may wrap its settings in `spc:` like .tollgate.yml does.
    const entries = node.kind === 'map' ? node.entries() : [];
    if (entries.length === 1 && entries[0].key === 'spc')
        return parseSpcConfig(entries[0].value);
    if (node.kind !== 'map')
        throw node.error(`expected the spc settings as a mapping, found ${node.describe()}`);
    node.assertKeys(SPC_SECTION_KEYS, 'spc setting');
    const defaults = parseSettings(node);
    const includeNode = node.get('include');
    const include = includeNode === undefined ? undefined : nonEmptyList(includeNode);
    const overrides = [];
    const metrics = node.get('metrics');
    if (metrics !== undefined && metrics.kind !== 'null') {
        for (const entry of metrics.entries()) {
            if (entry.value.kind === 'null')
                continue;
            entry.value.assertKeys(SPC_METRIC_KEYS, 'metric setting');
            const settings = parseSettings(entry.value);
            const ignore = entry.value.get('ignore');
            if (ignore !== undefined)
                settings.ignore = ignore.asBoolean();
            overrides.push({ pattern: entry.key, settings });
        }
    }
    return { defaults, ...(include === undefined ? {} : { include }), overrides };
}
function nonEmptyList(node) {
    const items = node.asStringList();
    if (items.length === 0)
        throw node.error('expected at least one metric name or pattern');
    return items;
}
function positiveNumber(node) {
    const value = node.asNumber();
    if (!(value > 0) || !Number.isFinite(value))
        throw node.error(`expected a positive number, got ${value}`);
    return value;
}
function parseSettings(node) {
    const settings = {};
    const chart = node.get('chart');
    if (chart !== undefined) {
        const name = chart.asString();
        if (name !== 'auto' && !_spc_chart_types_js__WEBPACK_IMPORTED_MODULE_0__/* .CHART_TYPES */ .X.includes(name)) {
            const guess = (0,_text_closest_name_js__WEBPACK_IMPORTED_MODULE_4__/* .closestName */ .N)(name, [..._spc_chart_types_js__WEBPACK_IMPORTED_MODULE_0__/* .CHART_TYPES */ .X, 'auto']);
            throw chart.error(`unknown chart ${JSON.stringify(name)}${guess === undefined ? '' : ` (did you mean ${JSON.stringify(guess)}?)`}; ` +
                `expected auto or one of ${_spc_chart_types_js__WEBPACK_IMPORTED_MODULE_0__/* .CHART_TYPES */ .X.join(', ')}`);
        }
        settings.chart = name;
    }
    const baseline = node.get('baseline');
    if (baseline !== undefined) {
        const value = baseline.asNumber();
        if (!Number.isInteger(value) || value < 0) {
            throw baseline.error(`expected a whole number of points ≥ 0, got ${value}`);
        }
        settings.baseline = value;
    }
    const rules = node.get('rules');
    if (rules !== undefined) {
        const choice = (0,_rule_text_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRuleChoice */ .Vo)(rules.asStringList());
        if (typeof choice === 'object' && 'problem' in choice)
            throw rules.error(choice.problem);
        settings.rules = choice;
    }
    const severity = node.get('severity');
    if (severity !== undefined) {
        const map = {};
        for (const entry of severity.entries()) {
            const parsed = (0,_rule_text_js__WEBPACK_IMPORTED_MODULE_3__/* .severityEntry */ .IA)(entry.key, entry.value.asString());
            if ('problem' in parsed)
                throw entry.keyNode.error(parsed.problem);
            map[parsed.rule] = parsed.severity;
        }
        settings.severity = map;
    }
    const exclude = node.get('exclude');
    if (exclude !== undefined && exclude.kind !== 'null')
        settings.exclude = exclude.asStringList();
    const numbers = [
        ['nsigmas', 'nsigmas'],
        ['lambda', 'lambda'],
        ['sigma', 'sigma'],
        ['h', 'h']
    ];
    for (const [key, field] of numbers) {
        const value = node.get(key);
        if (value !== undefined)
            settings[field] = positiveNumber(value);
    }
    for (const [key, field] of [
        ['target', 'target'],
        ['k', 'k'],
        ['head-start', 'headStart']
    ]) {
        const value = node.get(key);
        if (value !== undefined)
            settings[field] = value.asNumber();
    }
    const steady = node.get('steady-state');
    if (steady !== undefined)
        settings.steadyState = steady.asBoolean();
    const method = node.get('sigma-method');
    if (method !== undefined) {
        const name = method.asString();
        if (!SIGMA_METHODS.includes(name)) {
            throw method.error(`unknown sigma method ${JSON.stringify(name)}; expected one of ${SIGMA_METHODS.join(', ')}`);
        }
        settings.sigmaMethod = name;
    }
    const constants = node.get('constants');
    if (constants !== undefined) {
        const name = constants.asString();
        if (name !== 'qcc' && name !== 'exact')
            throw constants.error(`expected qcc or exact, got ${JSON.stringify(name)}`);
        settings.constants = name;
    }
    const specification = node.get('specification');
    if (specification !== undefined) {
        specification.assertKeys(['lower', 'upper'], 'specification limit');
        const lower = specification.get('lower');
        const upper = specification.get('upper');
        settings.specification = {
            ...(lower === undefined ? {} : { lower: lower.asNumber() }),
            ...(upper === undefined ? {} : { upper: upper.asNumber() })
        };
    }
    return settings;
}


/***/ }),

/***/ 41084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qk: () => (/* binding */ serializeSpcRecord),
/* harmony export */   kT: () => (/* binding */ buildSpcRecord),
/* harmony export */   rp: () => (/* binding */ parseSpcRecord)
/* harmony export */ });
/* unused harmony exports SPC_RECORD_FORMAT, SPC_RECORD_VERSION */
/* harmony import */ var _store_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92113);
/* harmony import */ var _metric_point_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96205);


/**
 * One run's entry in an spc-check history: the metrics of that run, who wrote it, and nothing
 * that changes when the same attempt runs again (no wall-clock time; the store records when it was
 * written). Records are immutable and serialised canonically, so an idempotent re-run produces
 * the identical bytes and the store answers 'exists' instead of a conflict.
 */
const SPC_RECORD_FORMAT = 'tollgate-spc-record';
const SPC_RECORD_VERSION = 1;
/** Builds a record (metrics in name order, so equal inputs give equal bytes). */
function buildSpcRecord(input) {
    const metrics = {};
    for (const name of Object.keys(input.metrics).sort())
        metrics[name] = input.metrics[name];
    return {
        format: SPC_RECORD_FORMAT,
        version: SPC_RECORD_VERSION,
        series: input.series,
        run: { ...input.run },
        sources: [...input.sources],
        metrics
    };
}
/** The canonical bytes stored for a record. */
function serializeSpcRecord(record) {
    return (0,_store_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJsonBytes */ .qJ)(record, `the spc-check history record of run ${record.run.id}`);
}
/**
 * Parses stored bytes back into a record, or says in one sentence why it cannot be used. A
 * history reader reports such records and charts the rest; it never drops them silently.
 */
function parseSpcRecord(bytes, series) {
    let raw;
    try {
        raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    }
    catch (error) {
        return { problem: `it is not valid UTF-8 JSON (${error.message})` };
    }
    if (!(0,_store_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isJsonObject */ .OW)(raw))
        return { problem: 'it is not a JSON object' };
    if (raw.format !== SPC_RECORD_FORMAT) {
        return {
            problem: `its format is ${JSON.stringify(raw.format)}, expected "${SPC_RECORD_FORMAT}"`
        };
    }
    if (raw.version !== SPC_RECORD_VERSION) {
        return {
            problem: `it has version ${JSON.stringify(raw.version)}; this Tollgate reads version ${SPC_RECORD_VERSION}`
        };
    }
    if (raw.series !== series) {
        return {
            problem: `it belongs to series ${JSON.stringify(raw.series)}, not ${JSON.stringify(series)}`
        };
    }
    const run = readRun(raw.run);
    if ('problem' in run)
        return run;
    const sources = raw.sources;
    if (!Array.isArray(sources) || !sources.every((source) => typeof source === 'string')) {
        return { problem: 'its sources are not a list of file names' };
    }
    if (!(0,_store_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isJsonObject */ .OW)(raw.metrics))
        return { problem: 'its metrics are not an object' };
    const metrics = {};
    for (const [name, value] of Object.entries(raw.metrics)) {
        const nameProblem = (0,_metric_point_js__WEBPACK_IMPORTED_MODULE_1__/* .metricNameProblem */ .bV)(name);
        if (nameProblem !== undefined)
            return { problem: `metric ${JSON.stringify(name)}: ${nameProblem}` };
        if (!(0,_store_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isJsonObject */ .OW)(value) || typeof value.kind !== 'string') {
            return { problem: `metric ${JSON.stringify(name)} has no kind` };
        }
        const point = (0,_metric_point_js__WEBPACK_IMPORTED_MODULE_1__/* .readMetricPoint */ .LR)(value);
        if ('problem' in point)
            return { problem: `metric ${JSON.stringify(name)}: ${point.problem}` };
        metrics[name] = point;
    }
    return {
        format: SPC_RECORD_FORMAT,
        version: SPC_RECORD_VERSION,
        series,
        run,
        sources: sources,
        metrics
    };
}
function readRun(raw) {
    if (!(0,_store_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isJsonObject */ .OW)(raw))
        return { problem: 'its run is not an object' };
    const { id, attempt, sha, ref, event } = raw;
    if (typeof id !== 'string' || id === '')
        return { problem: 'its run id is missing' };
    if (typeof attempt !== 'number' || !Number.isInteger(attempt) || attempt < 1) {
        return { problem: `its run attempt ${JSON.stringify(attempt)} is not a whole number ≥ 1` };
    }
    if (typeof sha !== 'string' || typeof ref !== 'string' || typeof event !== 'string') {
        return { problem: 'its run sha, ref or event is not text' };
    }
    return { id, attempt, sha, ref, event };
}


/***/ }),

/***/ 80991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t$: () => (/* binding */ MAX_RANGE_SUBGROUP_SIZE),
  c4: () => (/* binding */ c4),
  d2: () => (/* binding */ d2),
  d3: () => (/* binding */ d3),
  F_: () => (/* binding */ medianMovingRangeFactor)
});

// UNUSED EXPORTS: chartConstants

// EXTERNAL MODULE: ./shared/stats/distributions.ts
var distributions = __webpack_require__(29633);
// EXTERNAL MODULE: ./shared/stats/special-functions.ts
var special_functions = __webpack_require__(96149);
;// CONCATENATED MODULE: ./shared/spc/normal-range-moments.ts

/**
 * Exact moments of the range W of n independent standard normal values, the source of the
 * control-chart constants d2 = E[W] and d3 = sd(W) (stats-reference.md §1.2; Tippett 1925,
 * Montgomery Appendix VI). Computed by quadrature rather than read from a printed table, so every
 * n is accurate to about 1e-9 (d3) and 1e-14 (d2) instead of the 3-dp values of the tables.
 *
 * Both integrals are evaluated on one uniform grid x_j = −L + j·h. The integrands are smooth and
 * decay like φ(x), so the trapezoid rule converges geometrically (it is exact up to the
 * exponentially small aliasing error for analytic, rapidly decaying functions), and using the
 * same grid for x and for the range w = k·h makes Φ(x + w) a table look-up.
 */
const GRID_HALF_WIDTH = 9;
const GRID_STEP = 0.02;
let grid;
function normalGrid() {
    if (grid !== undefined)
        return grid;
    const count = Math.round((2 * GRID_HALF_WIDTH) / GRID_STEP) + 1;
    const density = new Float64Array(count);
    const cdf = new Float64Array(count);
    for (let j = 0; j < count; j++) {
        const x = -GRID_HALF_WIDTH + j * GRID_STEP;
        density[j] = (0,distributions/* normalPdf */.E7)(x);
        cdf[j] = (0,distributions/* normalCdf */.vr)(x);
    }
    grid = { step: GRID_STEP, density, cdf };
    return grid;
}
const meanCache = new Map();
const sdCache = new Map();
function checkSize(n) {
    if (!Number.isInteger(n) || n < 2) {
        throw new RangeError(`range moments need an integer subgroup size of at least 2, got ${n}`);
    }
}
/**
 * d2(n) = E[W] = ∫ 1 − Φ(x)^n − (1 − Φ(x))^n dx (the expected range of n standard normals, in
 * units of the process sigma). Cached per n.
 */
function exactD2(n) {
    checkSize(n);
    const cached = meanCache.get(n);
    if (cached !== undefined)
        return cached;
    const { step, cdf } = normalGrid();
    let sum = 0;
    for (let j = 0; j < cdf.length; j++) {
        const p = cdf[j];
        sum += 1 - p ** n - (1 - p) ** n;
    }
    const value = sum * step;
    meanCache.set(n, value);
    return value;
}
/**
 * d3(n) = sd(W), from E[W²] = ∫∫_{x<y} (y − x)² n(n−1) φ(x) φ(y) [Φ(y) − Φ(x)]^(n−2) dx dy (the
 * joint density of the sample minimum and maximum), written with w = y − x ≥ 0. Near w = 0 the
 * w-integrand behaves like w^n, so the endpoint adds no low-order trapezoid error. n = 2 has the
 * closed form sqrt(2 − 4/π) (W = |X1 − X2| with X1 − X2 ~ N(0, 2)), used directly.
 */
function exactD3(n) {
    checkSize(n);
    const cached = sdCache.get(n);
    if (cached !== undefined)
        return cached;
    let value;
    if (n === 2) {
        value = Math.sqrt(2 - 4 / Math.PI);
    }
    else {
        const { step, density, cdf } = normalGrid();
        const count = cdf.length;
        let sum = 0;
        for (let k = 1; k < count; k++) {
            const w = k * step;
            let inner = 0;
            for (let j = 0; j + k < count; j++) {
                const spread = cdf[j + k] - cdf[j];
                inner += density[j] * density[j + k] * spread ** (n - 2);
            }
            sum += w * w * inner;
        }
        const secondMoment = n * (n - 1) * sum * step * step;
        const mean = exactD2(n);
        value = Math.sqrt(secondMoment - mean * mean);
    }
    sdCache.set(n, value);
    return value;
}

;// CONCATENATED MODULE: ./shared/spc/chart-constants.ts



/** Largest subgroup size the range tables (and therefore R charts) cover. */
const MAX_RANGE_SUBGROUP_SIZE = 25;
/** qcc's d2 table, index = subgroup size n (2..25); printed Montgomery/NIST values to 3 dp. */
const QCC_D2 = [
    NaN,
    NaN,
    1.128,
    1.693,
    2.059,
    2.326,
    2.534,
    2.704,
    2.847,
    2.97,
    3.078,
    3.173,
    3.258,
    3.336,
    3.407,
    3.472,
    3.532,
    3.588,
    3.64,
    3.689,
    3.735,
    3.778,
    3.819,
    3.858,
    3.895,
    3.931
];
/** qcc's d3 table, index = subgroup size n (2..25), 7 dp. */
const QCC_D3 = [
    NaN,
    NaN,
    0.8525033,
    0.8883697,
    0.8798108,
    0.8640855,
    0.8480442,
    0.8332108,
    0.8198378,
    0.8078413,
    0.7970584,
    0.787323,
    0.7784873,
    0.7704257,
    0.763033,
    0.7562217,
    0.7499188,
    0.7440627,
    0.7386021,
    0.7334929,
    0.728698,
    0.7241851,
    0.7199267,
    0.7158987,
    0.7120802,
    0.7084528
];
function tableValue(table, n, name) {
    const value = Number.isInteger(n) ? table[n] : undefined;
    if (value === undefined || Number.isNaN(value)) {
        throw new RangeError(`qcc's ${name} table covers subgroup sizes 2..${MAX_RANGE_SUBGROUP_SIZE}, got ${n}`);
    }
    return value;
}
/** d2(n): expected range of n standard normal values (sigma_hat = Rbar / d2). */
function d2(n, source = 'qcc') {
    return source === 'qcc' ? tableValue(QCC_D2, n, 'd2') : exactD2(n);
}
/** d3(n): standard deviation of that range (sigma of R = d3 · sigma). */
function d3(n, source = 'qcc') {
    return source === 'qcc' ? tableValue(QCC_D3, n, 'd3') : exactD3(n);
}
/**
 * c4(n) = sqrt(2/(n−1)) Γ(n/2) / Γ((n−1)/2), the bias of the sample sd: E[s] = c4 σ. Evaluated
 * through log-gamma so large n (qcc's RMSDF uses c4(Σ(n_i − 1) + 1)) does not overflow. Accepts any
 * real n > 1.
 */
function c4(n) {
    if (!(n > 1))
        throw new RangeError(`c4 needs n > 1, got ${n}`);
    return Math.sqrt(2 / (n - 1)) * Math.exp((0,special_functions/* logGamma */.SX)(n / 2) - (0,special_functions/* logGamma */.SX)((n - 1) / 2));
}
/**
 * Divisor turning the median moving range (span 2) into sigma. 'qcc' gives JMP's printed 0.954;
 * 'exact' the median of |Z1 − Z2| = sqrt(2) Φ⁻¹(3/4) = 0.95387.
 */
function medianMovingRangeFactor(source = 'qcc') {
    return source === 'qcc' ? 0.954 : Math.SQRT2 * (0,distributions/* normalQuantile */.Zl)(0.75);
}
/** All factors for subgroup size n (2..25 with the 'qcc' source), from the §1.2 formulas. */
function chartConstants(n, source = 'qcc') {
    const rangeMean = d2(n, source);
    const rangeSd = d3(n, source);
    const sdBias = c4(n);
    const sdSpread = (3 * Math.sqrt(1 - sdBias * sdBias)) / sdBias;
    return {
        n,
        d2: rangeMean,
        d3: rangeSd,
        c4: sdBias,
        A2: 3 / (rangeMean * Math.sqrt(n)),
        A3: 3 / (sdBias * Math.sqrt(n)),
        B3: Math.max(0, 1 - sdSpread),
        B4: 1 + sdSpread,
        D3: Math.max(0, 1 - (3 * rangeSd) / rangeMean),
        D4: 1 + (3 * rangeSd) / rangeMean,
        E2: 3 / d2(2, source)
    };
}


/***/ }),

/***/ 26025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ CHART_TYPES),
/* harmony export */   q: () => (/* binding */ CHART_NAMES)
/* harmony export */ });
/** All chart ids, in the order the CLI lists them. */
const CHART_TYPES = [
    'imr',
    'xbar-r',
    'xbar-s',
    'p',
    'p-standardized',
    'np',
    'c',
    'u',
    'ewma',
    'cusum'
];
/** How messages name each chart ("a p chart", "an X̄-R chart"). */
const CHART_NAMES = {
    imr: 'an I-MR chart',
    'xbar-r': 'an X̄-R chart',
    'xbar-s': 'an X̄-S chart',
    p: 'a p chart',
    'p-standardized': 'a standardized p chart',
    np: 'an np chart',
    c: 'a c chart',
    u: 'a u chart',
    ewma: 'an EWMA chart',
    cusum: 'a CUSUM chart'
};


/***/ }),

/***/ 35436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ RUN_RULE_IDS),
/* harmony export */   NG: () => (/* binding */ RULE_SETS),
/* harmony export */   SJ: () => (/* binding */ resolveRules),
/* harmony export */   aj: () => (/* binding */ LIMIT_RULE_IDS),
/* harmony export */   cx: () => (/* binding */ resolveSeverity),
/* harmony export */   tk: () => (/* binding */ SIGNAL_RULE_IDS),
/* harmony export */   x2: () => (/* binding */ isAttributeChart)
/* harmony export */ });
/* unused harmony export defaultRules */
/* harmony import */ var _text_closest_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28863);
/* harmony import */ var _series_input_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74633);


/** Canonical order of the run rules (also the order violations are listed in). */
const RUN_RULE_IDS = [
    'we-1',
    'we-2',
    'we-3',
    'we-4',
    'nelson-1',
    'nelson-2',
    'nelson-3',
    'nelson-4',
    'nelson-5',
    'nelson-6',
    'nelson-7',
    'nelson-8'
];
/** Every id a violation or a severity map may carry. */
const SIGNAL_RULE_IDS = [...RUN_RULE_IDS, 'ewma', 'cusum'];
const RULE_SETS = {
    'western-electric': ['we-1', 'we-2', 'we-3', 'we-4'],
    nelson: [
        'nelson-1',
        'nelson-2',
        'nelson-3',
        'nelson-4',
        'nelson-5',
        'nelson-6',
        'nelson-7',
        'nelson-8'
    ]
};
/** The beyond-the-limits rules: the only ones applied to dispersion panels (MR, R, S). */
const LIMIT_RULE_IDS = ['we-1', 'nelson-1'];
const ATTRIBUTE_CHARTS = ['p', 'p-standardized', 'np', 'c', 'u'];
/** p, standardized p, np, c and u: charts of counts, whose statistics are skewed. */
function isAttributeChart(chart) {
    return ATTRIBUTE_CHARTS.includes(chart);
}
/**
 * Rules used when the caller names none. Variables charts get the four Western Electric rules.
 * Attribute charts get rule 1 and the run rule only (we-1, we-4 — qcc's default `rules = c(1, 4)`):
 * their statistics are skewed, so the zone rules raise extra false alarms (stats-reference.md §1.5).
 * EWMA and CUSUM statistics are autocorrelated; they are judged by their own limits only.
 */
function defaultRules(chart) {
    if (chart === 'ewma' || chart === 'cusum')
        return [];
    if (isAttributeChart(chart))
        return ['we-1', 'we-4'];
    return [...RULE_SETS['western-electric']];
}
/** A named set or an explicit list, validated and put in canonical order without duplicates. */
function resolveRules(context, chart, selection) {
    if (selection === undefined)
        return { rules: defaultRules(chart), warnings: [] };
    let requested;
    if (typeof selection === 'string') {
        const named = RULE_SETS[selection];
        if (named === undefined) {
            throw (0,_series_input_js__WEBPACK_IMPORTED_MODULE_0__/* .seriesError */ .Au)(context, `unknown rule set ${JSON.stringify(selection)}; expected ${Object.keys(RULE_SETS).join(' or ')} ` +
                'or a list of rule ids');
        }
        requested = named;
    }
    else if (Array.isArray(selection)) {
        requested = selection;
    }
    else {
        throw (0,_series_input_js__WEBPACK_IMPORTED_MODULE_0__/* .seriesError */ .Au)(context, 'rules must be a rule set name or a list of rule ids');
    }
    for (const rule of requested) {
        if (!RUN_RULE_IDS.includes(rule)) {
            const guess = typeof rule === 'string' ? (0,_text_closest_name_js__WEBPACK_IMPORTED_MODULE_1__/* .closestName */ .N)(rule, RUN_RULE_IDS) : undefined;
            throw (0,_series_input_js__WEBPACK_IMPORTED_MODULE_0__/* .seriesError */ .Au)(context, `unknown rule ${JSON.stringify(rule)}` +
                (guess === undefined ? '' : ` (did you mean ${JSON.stringify(guess)}?)`) +
                `; expected one of ${RUN_RULE_IDS.join(', ')}`);
        }
    }
    if ((chart === 'ewma' || chart === 'cusum') && requested.length > 0) {
        return {
            rules: [],
            warnings: [
                `run rules are not applied to ${chart.toUpperCase()} charts (their statistics are ` +
                    `autocorrelated); only the ${chart} signal is reported`
            ]
        };
    }
    return { rules: RUN_RULE_IDS.filter((rule) => requested.includes(rule)), warnings: [] };
}
/** Looks up a rule's severity from the caller's map (default 'error'), validating the map. */
function resolveSeverity(context, map) {
    const table = new Map();
    if (map !== undefined) {
        if (typeof map !== 'object' || map === null || Array.isArray(map)) {
            throw (0,_series_input_js__WEBPACK_IMPORTED_MODULE_0__/* .seriesError */ .Au)(context, 'severity must map rule ids to "error" or "warn"');
        }
        for (const [rule, severity] of Object.entries(map)) {
            if (!SIGNAL_RULE_IDS.includes(rule)) {
                const guess = (0,_text_closest_name_js__WEBPACK_IMPORTED_MODULE_1__/* .closestName */ .N)(rule, SIGNAL_RULE_IDS);
                throw (0,_series_input_js__WEBPACK_IMPORTED_MODULE_0__/* .seriesError */ .Au)(context, `severity names unknown rule ${JSON.stringify(rule)}` +
                    (guess === undefined ? '' : ` (did you mean ${JSON.stringify(guess)}?)`));
            }
            if (severity !== 'error' && severity !== 'warn') {
                throw (0,_series_input_js__WEBPACK_IMPORTED_MODULE_0__/* .seriesError */ .Au)(context, `severity of ${rule} must be "error" or "warn", got ${JSON.stringify(severity)}`);
            }
            table.set(rule, severity);
        }
    }
    return (rule) => table.get(rule) ?? 'error';
}


/***/ }),

/***/ 74633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ seriesContext),
/* harmony export */   Au: () => (/* binding */ seriesError),
/* harmony export */   Vy: () => (/* binding */ pointError),
/* harmony export */   _0: () => (/* binding */ readCount),
/* harmony export */   _6: () => (/* binding */ readMetadata),
/* harmony export */   cJ: () => (/* binding */ readSubgroup),
/* harmony export */   eb: () => (/* binding */ hasSubgroup),
/* harmony export */   ik: () => (/* binding */ readSize),
/* harmony export */   wK: () => (/* binding */ readValue)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);

/** The location every error of this series carries: the caller's location plus field = series. */
function seriesContext(series, location) {
    return { location: series === undefined ? { ...location } : { ...location, field: series } };
}
/** An InputError about the series as a whole (a parameter or the baseline). */
function seriesError(context, detail) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(context.location, detail);
}
/** An InputError about one point; `index` is 0-based and reported 1-based. */
function pointError(context, index, detail) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(context.location, `point ${index + 1}: ${detail}`);
}
function describe(value) {
    if (value === undefined)
        return 'nothing';
    if (typeof value === 'string')
        return JSON.stringify(value);
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (value === null)
        return 'null';
    try {
        return JSON.stringify(value) ?? typeof value;
    }
    catch {
        return typeof value;
    }
}
function isFiniteNumber(value) {
    return typeof value === 'number' && Number.isFinite(value);
}
/** The point object itself must be an object (a stray null or number in the history array). */
function pointObject(context, points, index) {
    const point = points[index];
    if (typeof point !== 'object' || point === null || Array.isArray(point)) {
        throw pointError(context, index, `expected an object with the point's fields, got ${describe(point)}`);
    }
    return point;
}
/** A single measurement (`value`), finite. */
function readValue(context, points, index) {
    const value = pointObject(context, points, index).value;
    if (!isFiniteNumber(value)) {
        throw pointError(context, index, `value must be a finite number, got ${describe(value)}`);
    }
    return value;
}
/** Whether a point carries a subgroup (used by EWMA/CUSUM to tell individuals from subgroups). */
function hasSubgroup(points, index) {
    const point = points[index];
    return typeof point === 'object' && point !== null && 'subgroup' in point;
}
/** The observations of one subgroup: an array of at least `minimumSize` finite numbers. */
function readSubgroup(context, points, index, minimumSize, maximumSize = Infinity, chartName = 'this chart') {
    const subgroup = pointObject(context, points, index).subgroup;
    if (!Array.isArray(subgroup)) {
        throw pointError(context, index, `subgroup must be an array of the subgroup's observations, got ${describe(subgroup)}`);
    }
    const values = subgroup;
    for (let j = 0; j < values.length; j++) {
        if (!isFiniteNumber(values[j])) {
            throw pointError(context, index, `observation ${j + 1} of the subgroup must be a finite number, got ${describe(values[j])}`);
        }
    }
    if (values.length < minimumSize || values.length > maximumSize) {
        const range = maximumSize === Infinity ? `at least ${minimumSize}` : `${minimumSize}..${maximumSize}`;
        throw pointError(context, index, `subgroup size ${values.length} is outside the sizes ${chartName} accepts (${range})`);
    }
    return values;
}
/** A count (defectives or nonconformities): finite and ≥ 0. */
function readCount(context, points, index) {
    const count = pointObject(context, points, index).count;
    if (!isFiniteNumber(count)) {
        throw pointError(context, index, `count must be a finite number, got ${describe(count)}`);
    }
    if (count < 0)
        throw pointError(context, index, `count must not be negative, got ${count}`);
    return count;
}
/** A sample size or exposure: finite and > 0. `undefined` when absent and not required. */
function readSize(context, points, index, required) {
    const size = pointObject(context, points, index).size;
    if (size === undefined && !required)
        return undefined;
    if (!isFiniteNumber(size)) {
        throw pointError(context, index, `size must be a finite number, got ${describe(size)}`);
    }
    if (size <= 0)
        throw pointError(context, index, `size must be positive, got ${size}`);
    return size;
}
/** The metadata to pass through, if the point has any. */
function readMetadata(points, index) {
    const point = points[index];
    return typeof point === 'object' && point !== null ? point.metadata : undefined;
}


/***/ }),

/***/ 97148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W5: () => (/* binding */ individualsSigma),
/* harmony export */   XO: () => (/* binding */ summarizeSubgroup),
/* harmony export */   XY: () => (/* binding */ subgroupSigma),
/* harmony export */   bH: () => (/* binding */ movingRanges),
/* harmony export */   ty: () => (/* binding */ SUBGROUP_SIGMA_METHODS),
/* harmony export */   w4: () => (/* binding */ INDIVIDUALS_SIGMA_METHODS)
/* harmony export */ });
/* harmony import */ var _stats_moments_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23419);
/* harmony import */ var _stats_quantile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9629);
/* harmony import */ var _chart_constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80991);



/**
 * Within-process sigma estimators of stats-reference.md §1.3–§1.4, for individuals and for
 * subgroups. Each is unbiased under normality through its constant (d2, c4, 0.954).
 */
/** |x_i − x_{i−1}| for i = 2..N: moving ranges of span 2. */
function movingRanges(values) {
    const ranges = [];
    for (let i = 1; i < values.length; i++)
        ranges.push(Math.abs(values[i] - values[i - 1]));
    return ranges;
}
const INDIVIDUALS_SIGMA_METHODS = [
    'average-moving-range',
    'median-moving-range',
    'standard-deviation'
];
/**
 * Sigma of individual values (at least two):
 * - average MR / d2(2) (Montgomery §6.4, qcc `sd.xbar.one` "MR"; the default);
 * - median MR / 0.954 (JMP; robust to a few large jumps);
 * - s / c4(N) (qcc "SD"; viscosity example 0.5769854).
 */
function individualsSigma(values, method, source) {
    switch (method) {
        case 'average-moving-range':
            return (0,_stats_moments_js__WEBPACK_IMPORTED_MODULE_1__/* .mean */ .i2)(movingRanges(values)) / (0,_chart_constants_js__WEBPACK_IMPORTED_MODULE_0__.d2)(2, source);
        case 'median-moving-range': {
            const sorted = movingRanges(values).sort((a, b) => a - b);
            return (0,_stats_quantile_js__WEBPACK_IMPORTED_MODULE_2__/* .medianSorted */ .w)(sorted) / (0,_chart_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .medianMovingRangeFactor */ .F_)(source);
        }
        case 'standard-deviation':
            return (0,_stats_moments_js__WEBPACK_IMPORTED_MODULE_1__/* .sampleStandardDeviation */ .JK)(values) / (0,_chart_constants_js__WEBPACK_IMPORTED_MODULE_0__.c4)(values.length);
    }
}
/** Mean, range and sample sd (ddof 1, as qcc's S chart) of one subgroup. */
function summarizeSubgroup(values) {
    return {
        size: values.length,
        mean: (0,_stats_moments_js__WEBPACK_IMPORTED_MODULE_1__/* .mean */ .i2)(values),
        range: Math.max(...values) - Math.min(...values),
        sd: (0,_stats_moments_js__WEBPACK_IMPORTED_MODULE_1__/* .sampleStandardDeviation */ .JK)(values)
    };
}
const SUBGROUP_SIGMA_METHODS = ['uwave-r', 'uwave-sd', 'rmsdf'];
/**
 * Sigma from subgroups of possibly unequal size (qcc 3.0 `sd.xbar`):
 * - UWAVE-R: mean over subgroups of R_i / d2(n_i) (n_i ≤ 25);
 * - UWAVE-SD: mean over subgroups of s_i / c4(n_i);
 * - RMSDF: sqrt(Σ(n_i − 1)s_i² / Σ(n_i − 1)) / c4(Σ(n_i − 1) + 1), the pooled sd.
 * For equal n the first two are Rbar/d2 and sbar/c4.
 */
function subgroupSigma(subgroups, method, source) {
    switch (method) {
        case 'uwave-r':
            return (0,_stats_moments_js__WEBPACK_IMPORTED_MODULE_1__/* .mean */ .i2)(subgroups.map((s) => s.range / (0,_chart_constants_js__WEBPACK_IMPORTED_MODULE_0__.d2)(s.size, source)));
        case 'uwave-sd':
            return (0,_stats_moments_js__WEBPACK_IMPORTED_MODULE_1__/* .mean */ .i2)(subgroups.map((s) => s.sd / (0,_chart_constants_js__WEBPACK_IMPORTED_MODULE_0__.c4)(s.size)));
        case 'rmsdf': {
            let weightedSquares = 0;
            let degreesOfFreedom = 0;
            for (const s of subgroups) {
                weightedSquares += (s.size - 1) * s.sd * s.sd;
                degreesOfFreedom += s.size - 1;
            }
            return Math.sqrt(weightedSquares / degreesOfFreedom) / (0,_chart_constants_js__WEBPACK_IMPORTED_MODULE_0__.c4)(degreesOfFreedom + 1);
        }
    }
}


/***/ }),

/***/ 29633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E7: () => (/* binding */ normalPdf),
/* harmony export */   HU: () => (/* binding */ binomialCdf),
/* harmony export */   To: () => (/* binding */ chiSquareSf),
/* harmony export */   Zl: () => (/* binding */ normalQuantile),
/* harmony export */   nG: () => (/* binding */ normalSf),
/* harmony export */   vr: () => (/* binding */ normalCdf)
/* harmony export */ });
/* unused harmony exports erfc, chiSquareCdf, binomialPmf, studentTTwoSidedP */
/* harmony import */ var _special_functions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96149);

/**
 * Distribution functions used by the drift and gate tests. Tails are computed directly (never as
 * 1 − CDF) so small p-values keep their relative precision.
 */
const SQRT_TWO = Math.SQRT2;
const INV_SQRT_TWO_PI = 0.3989422804014327;
/** erfc(x) via the incomplete gamma identity erfc(x) = Q(1/2, x²) for x ≥ 0. */
function erfc(x) {
    if (Number.isNaN(x))
        return NaN;
    return x >= 0 ? (0,_special_functions_js__WEBPACK_IMPORTED_MODULE_0__/* .gammaQ */ .BS)(0.5, x * x) : 1 + (0,_special_functions_js__WEBPACK_IMPORTED_MODULE_0__/* .gammaP */ .gU)(0.5, x * x);
}
/** Standard normal density φ(z). */
function normalPdf(z) {
    return INV_SQRT_TWO_PI * Math.exp(-0.5 * z * z);
}
/** Standard normal CDF Φ(z) = erfc(−z/√2)/2. */
function normalCdf(z) {
    return 0.5 * erfc(-z / SQRT_TWO);
}
/** Upper tail 1 − Φ(z), accurate for large z. */
function normalSf(z) {
    return 0.5 * erfc(z / SQRT_TWO);
}
/**
 * Φ⁻¹(p): start from Abramowitz & Stegun 26.2.23 (|error| < 4.5e-4), then Halley steps on the
 * accurate CDF until the change is below machine precision.
 */
function normalQuantile(p) {
    if (Number.isNaN(p) || p < 0 || p > 1)
        return NaN;
    if (p === 0)
        return -Infinity;
    if (p === 1)
        return Infinity;
    if (p === 0.5)
        return 0;
    const lower = p < 0.5;
    const tail = lower ? p : 1 - p;
    const t = Math.sqrt(-2 * Math.log(tail));
    let x = t -
        (2.515517 + 0.802853 * t + 0.010328 * t * t) /
            (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t);
    if (lower)
        x = -x;
    for (let i = 0; i < 8; i++) {
        // Work in the tail nearest to p so the residual keeps its relative precision.
        const residual = lower ? normalCdf(x) - p : tail - normalSf(x); // = Φ(x) − p
        const density = normalPdf(x);
        if (density === 0)
            break;
        const u = residual / density;
        const step = u / (1 + (x * u) / 2);
        x -= step;
        if (Math.abs(step) <= 1e-15 * Math.max(1, Math.abs(x)))
            break;
    }
    return x;
}
/** Chi-square survival function P(X > x) with k degrees of freedom. */
function chiSquareSf(x, degreesOfFreedom) {
    if (x <= 0)
        return 1;
    return (0,_special_functions_js__WEBPACK_IMPORTED_MODULE_0__/* .gammaQ */ .BS)(degreesOfFreedom / 2, x / 2);
}
/** Chi-square CDF. */
function chiSquareCdf(x, degreesOfFreedom) {
    if (x <= 0)
        return 0;
    return gammaP(degreesOfFreedom / 2, x / 2);
}
/** Binomial CDF P(X ≤ k) for X ~ Bin(n, p), via I_{1−p}(n − k, k + 1). */
function binomialCdf(k, n, p) {
    if (k < 0)
        return 0;
    if (k >= n)
        return 1;
    const kk = Math.floor(k);
    if (p <= 0)
        return 1;
    if (p >= 1)
        return 0;
    return (0,_special_functions_js__WEBPACK_IMPORTED_MODULE_0__/* .betaIncomplete */ .$o)(1 - p, n - kk, kk + 1);
}
/** Binomial probability mass P(X = k). */
function binomialPmf(k, n, p) {
    if (k < 0 || k > n)
        return 0;
    return Math.exp(logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
}
/** Student t two-sided p-value P(|T| > |t|) with ν degrees of freedom. */
function studentTTwoSidedP(t, degreesOfFreedom) {
    if (!Number.isFinite(t))
        return Number.isNaN(t) ? NaN : 0;
    const x = degreesOfFreedom / (degreesOfFreedom + t * t);
    return betaIncomplete(x, degreesOfFreedom / 2, 0.5);
}


/***/ }),

/***/ 96149:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $o: () => (/* binding */ betaIncomplete),
/* harmony export */   BS: () => (/* binding */ gammaQ),
/* harmony export */   Oo: () => (/* binding */ logChoose),
/* harmony export */   SX: () => (/* binding */ logGamma),
/* harmony export */   gU: () => (/* binding */ gammaP)
/* harmony export */ });
/**
 * Special functions the statistical tests are built on. Formula-first implementations:
 * - log-gamma: Lanczos approximation, g = 7, 9 coefficients (Lanczos 1964; the coefficient set
 *   popularised by Numerical Recipes 3rd ed. §6.1 and Godfrey), relative error < 1e-15.
 * - regularized incomplete gamma P(a, x), Q(a, x): power series for x < a + 1, Legendre continued
 *   fraction (modified Lentz) otherwise (Numerical Recipes §6.2).
 * - regularized incomplete beta I_x(a, b): continued fraction (Numerical Recipes §6.4).
 * All are checked against scipy.special in test/shared/stats.
 */
const LANCZOS_G = 7;
const LANCZOS_COEFFICIENTS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7
];
const HALF_LOG_TWO_PI = 0.9189385332046728;
/** ln Γ(x) for x > 0 (reflection formula below 0.5). */
function logGamma(x) {
    if (Number.isNaN(x))
        return NaN;
    if (x < 0.5) {
        // Γ(x)Γ(1−x) = π / sin(πx)
        return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    }
    const z = x - 1;
    let sum = LANCZOS_COEFFICIENTS[0];
    for (let i = 1; i < LANCZOS_G + 2; i++)
        sum += LANCZOS_COEFFICIENTS[i] / (z + i);
    const t = z + LANCZOS_G + 0.5;
    return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}
/** ln C(n, k) = ln n! − ln k! − ln (n−k)!. */
function logChoose(n, k) {
    if (k < 0 || k > n)
        return -Infinity;
    return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}
const EPSILON = 1e-16;
const TINY = 1e-300;
const MAX_ITERATIONS = 10000;
/** Regularized lower incomplete gamma P(a, x) = γ(a, x)/Γ(a). */
function gammaP(a, x) {
    if (x <= 0)
        return 0;
    if (x === Infinity)
        return 1;
    return x < a + 1 ? gammaSeries(a, x) : 1 - gammaContinuedFraction(a, x);
}
/** Regularized upper incomplete gamma Q(a, x) = 1 − P(a, x), accurate in the far tail. */
function gammaQ(a, x) {
    if (x <= 0)
        return 1;
    if (x === Infinity)
        return 0;
    return x < a + 1 ? 1 - gammaSeries(a, x) : gammaContinuedFraction(a, x);
}
function gammaSeries(a, x) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < MAX_ITERATIONS; n++) {
        term *= x / (a + n);
        sum += term;
        if (Math.abs(term) < Math.abs(sum) * EPSILON)
            break;
    }
    return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}
function gammaContinuedFraction(a, x) {
    let b = x + 1 - a;
    let c = 1 / TINY;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < MAX_ITERATIONS; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = b + an / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < EPSILON)
            break;
    }
    return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}
/** Regularized incomplete beta I_x(a, b). */
function betaIncomplete(x, a, b) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
    // The continued fraction converges fastest for x < (a+1)/(a+b+2); use symmetry otherwise.
    if (x < (a + 1) / (a + b + 2))
        return (Math.exp(logFront) * betaContinuedFraction(x, a, b)) / a;
    return 1 - (Math.exp(logFront) * betaContinuedFraction(1 - x, b, a)) / b;
}
function betaContinuedFraction(x, a, b) {
    const qab = a + b;
    const qap = a + 1;
    const qam = a - 1;
    let c = 1;
    let d = 1 - (qab * x) / qap;
    if (Math.abs(d) < TINY)
        d = TINY;
    d = 1 / d;
    let h = d;
    for (let m = 1; m < MAX_ITERATIONS; m++) {
        const m2 = 2 * m;
        let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = 1 + aa / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        h *= d * c;
        aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = 1 + aa / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < EPSILON)
            break;
    }
    return h;
}


/***/ })

};
