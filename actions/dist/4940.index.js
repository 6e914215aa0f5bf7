export const id = 4940;
export const ids = [4940];
export const modules = {

/***/ 4940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/text/closest-name.ts
var closest_name = __webpack_require__(28863);
// EXTERNAL MODULE: ./shared/options/option-table.ts
var option_table = __webpack_require__(55739);
;// CONCATENATED MODULE: ./shared/cli/argv.ts


/**
 * Parses `--name value`, `--name=value` and bare `--flag` (which reads as `true`). Option names
 * are the kebab-case action input names. Unknown names are rejected with the closest known one
 * suggested, because a silently ignored `--basline 5` is worse than an error.
 */
function parseArguments(argv, table) {
    const values = new Map();
    const positionals = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            positionals.push(...argv.slice(i + 1));
            break;
        }
        if (!arg.startsWith('--') || arg === '--') {
            positionals.push(arg);
            continue;
        }
        const equals = arg.indexOf('=');
        const name = equals > 0 ? arg.slice(2, equals) : arg.slice(2);
        const spec = table[name];
        if (spec === undefined || spec.actionOnly === true) {
            const suggestion = (0,closest_name/* closestName */.N)(name, Object.keys(table).filter((key) => table[key]?.actionOnly !== true));
            throw new errors/* UsageError */.eb(`Unknown option --${name}.${suggestion === undefined ? '' : ` Did you mean --${suggestion}?`}`);
        }
        let value;
        if (equals > 0)
            value = arg.slice(equals + 1);
        else {
            const next = argv[i + 1];
            if (next === undefined || (next.startsWith('--') && next.length > 2))
                value = 'true';
            else {
                value = next;
                i++;
            }
        }
        if (values.has(name))
            throw new errors/* UsageError */.eb(`Option --${name} is given more than once.`);
        values.set(name, value);
    }
    return { values, positionals };
}

;// CONCATENATED MODULE: ./shared/cli/commands.ts
const command = (module, key) => module.then((loaded) => loaded[key]);
const cliCommands = [
    {
        name: 'validate',
        summary: 'Run data checks and build a column profile (validate-data).',
        load: () => command(Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(5905), __webpack_require__.e(57), __webpack_require__.e(3790), __webpack_require__.e(9747), __webpack_require__.e(2680), __webpack_require__.e(5389)]).then(__webpack_require__.bind(__webpack_require__, 56726)), 'validateCommand')
    },
    {
        name: 'merge',
        summary: 'Merge the partials of `tollgate validate --shard k/n` runs into one report.',
        load: () => command(Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(5905), __webpack_require__.e(57), __webpack_require__.e(3790), __webpack_require__.e(9747), __webpack_require__.e(2680), __webpack_require__.e(5389)]).then(__webpack_require__.bind(__webpack_require__, 90721)), 'mergeCommand')
    },
    {
        name: 'spc',
        summary: 'Control charts with run rules for pipeline metrics (spc-check).',
        load: () => command(Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(6913), __webpack_require__.e(4294), __webpack_require__.e(1839), __webpack_require__.e(5905), __webpack_require__.e(57), __webpack_require__.e(3615), __webpack_require__.e(5399), __webpack_require__.e(739), __webpack_require__.e(5499)]).then(__webpack_require__.bind(__webpack_require__, 35914)), 'spcCommand')
    },
    {
        name: 'drift',
        summary: 'Compare current data with a reference and report drift per column (drift-check).',
        load: () => command(Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(6913), __webpack_require__.e(4294), __webpack_require__.e(9672), __webpack_require__.e(1839), __webpack_require__.e(1705), __webpack_require__.e(5905), __webpack_require__.e(2681), __webpack_require__.e(57), __webpack_require__.e(3790), __webpack_require__.e(3615), __webpack_require__.e(9747), __webpack_require__.e(2680), __webpack_require__.e(418), __webpack_require__.e(5509)]).then(__webpack_require__.bind(__webpack_require__, 57025)), 'driftCommand')
    },
    {
        name: 'train',
        summary: 'Train a built-in model or run a training command, with metrics and lineage (train).',
        load: () => command(Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(9672), __webpack_require__.e(1705), __webpack_require__.e(5905), __webpack_require__.e(57), __webpack_require__.e(1208), __webpack_require__.e(5466), __webpack_require__.e(4403), __webpack_require__.e(6960)]).then(__webpack_require__.bind(__webpack_require__, 8036)), 'trainCommand')
    },
    {
        name: 'register',
        summary: 'Register a model directory as a new immutable version (register-model).',
        load: () => command(Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(6913), __webpack_require__.e(4294), __webpack_require__.e(9672), __webpack_require__.e(1839), __webpack_require__.e(1705), __webpack_require__.e(5905), __webpack_require__.e(2681), __webpack_require__.e(57), __webpack_require__.e(1208), __webpack_require__.e(5010)]).then(__webpack_require__.bind(__webpack_require__, 39133)), 'registerCommand')
    },
    {
        name: 'assign',
        summary: 'Assign a model version to a stage (appends a GTO stage tag).',
        load: () => command(Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(6913), __webpack_require__.e(4294), __webpack_require__.e(9672), __webpack_require__.e(1839), __webpack_require__.e(1705), __webpack_require__.e(5905), __webpack_require__.e(2681), __webpack_require__.e(57), __webpack_require__.e(1208), __webpack_require__.e(1074)]).then(__webpack_require__.bind(__webpack_require__, 25833)), 'assignCommand')
    },
    {
        name: 'history',
        summary: "A model's registrations and stage assignments: who, when, which run.",
        load: () => command(Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(6913), __webpack_require__.e(4294), __webpack_require__.e(9672), __webpack_require__.e(1839), __webpack_require__.e(1705), __webpack_require__.e(2681), __webpack_require__.e(5003)]).then(__webpack_require__.bind(__webpack_require__, 21162)), 'historyCommand')
    },
    {
        name: 'list',
        summary: "List the registry's models, or one model's versions and stages.",
        load: () => command(Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(6913), __webpack_require__.e(4294), __webpack_require__.e(9672), __webpack_require__.e(1839), __webpack_require__.e(1705), __webpack_require__.e(2681), __webpack_require__.e(4951)]).then(__webpack_require__.bind(__webpack_require__, 39764)), 'listCommand')
    },
    {
        name: 'get',
        summary: 'Download a model version, verifying every file against its SHA-256.',
        load: () => command(Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(6913), __webpack_require__.e(4294), __webpack_require__.e(9672), __webpack_require__.e(1839), __webpack_require__.e(1705), __webpack_require__.e(2681), __webpack_require__.e(4483)]).then(__webpack_require__.bind(__webpack_require__, 99800)), 'getCommand')
    },
    {
        name: 'gate',
        summary: 'Evaluate a candidate model against thresholds and the champion (evaluate-gate).',
        load: () => command(Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(6913), __webpack_require__.e(4294), __webpack_require__.e(9672), __webpack_require__.e(1839), __webpack_require__.e(1705), __webpack_require__.e(5905), __webpack_require__.e(2681), __webpack_require__.e(57), __webpack_require__.e(5466), __webpack_require__.e(426), __webpack_require__.e(2174), __webpack_require__.e(4018)]).then(__webpack_require__.bind(__webpack_require__, 16063)), 'gateCommand')
    },
    {
        name: 'deploy',
        summary: 'Promote a registry version to an environment, with approvals and rollback (deploy).',
        load: () => command(Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(6913), __webpack_require__.e(4294), __webpack_require__.e(9672), __webpack_require__.e(1839), __webpack_require__.e(1705), __webpack_require__.e(2681), __webpack_require__.e(1618), __webpack_require__.e(1117)]).then(__webpack_require__.bind(__webpack_require__, 84707)), 'deployCommand')
    },
    {
        name: 'rollback',
        summary: 'Return an environment to its previous deployment (runs the deploy step, then moves the stage).',
        load: () => command(Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(6913), __webpack_require__.e(4294), __webpack_require__.e(9672), __webpack_require__.e(1839), __webpack_require__.e(1705), __webpack_require__.e(2681), __webpack_require__.e(1618), __webpack_require__.e(4886)]).then(__webpack_require__.bind(__webpack_require__, 36388)), 'rollbackCommand')
    },
    {
        name: 'deployments',
        summary: 'List the deployment history of a model (deploys and rollbacks per environment).',
        load: () => command(Promise.all(/* import() */[__webpack_require__.e(6913), __webpack_require__.e(4294), __webpack_require__.e(1839), __webpack_require__.e(1383)]).then(__webpack_require__.bind(__webpack_require__, 96898)), 'deploymentsCommand')
    },
    {
        name: 'demo',
        summary: 'Run the whole lifecycle on generated data, offline, and write an HTML report.',
        load: () => command(Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4294), __webpack_require__.e(9672), __webpack_require__.e(1705), __webpack_require__.e(5905), __webpack_require__.e(2681), __webpack_require__.e(57), __webpack_require__.e(6837), __webpack_require__.e(1208), __webpack_require__.e(3790), __webpack_require__.e(5466), __webpack_require__.e(3615), __webpack_require__.e(1618), __webpack_require__.e(8265), __webpack_require__.e(418), __webpack_require__.e(426), __webpack_require__.e(4403), __webpack_require__.e(5399), __webpack_require__.e(3359), __webpack_require__.e(3859), __webpack_require__.e(9288)]).then(__webpack_require__.bind(__webpack_require__, 89288)), 'demoCommand')
    }
];

// EXTERNAL MODULE: ./shared/version.ts
var version = __webpack_require__(84402);
;// CONCATENATED MODULE: ./shared/cli/main.ts






const consoleOutput = {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`)
};
/**
 * `tollgate <command> [options]`. Exit codes: 0 pass, 1 a check or gate failed, 2 usage or input
 * error (DESIGN.md §1); 70 means a bug or outage, with the stack printed for the report.
 */
async function main(argv, output = consoleOutput) {
    const [commandName, ...rest] = argv;
    if (commandName === undefined ||
        commandName === '--help' ||
        commandName === '-h' ||
        commandName === 'help') {
        output.out(generalHelp());
        return commandName === undefined ? 2 : 0;
    }
    if (commandName === '--version') {
        output.out(version/* TOLLGATE_VERSION */.o);
        return 0;
    }
    const entry = cliCommands.find((candidate) => candidate.name === commandName);
    let command;
    try {
        if (entry === undefined) {
            const suggestion = (0,closest_name/* closestName */.N)(commandName, cliCommands.map((candidate) => candidate.name));
            throw new errors/* UsageError */.eb(`Unknown command "${commandName}".${suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`} Run \`tollgate --help\` for the list.`);
        }
        command = await entry.load();
        if (rest.includes('--help') || rest.includes('-h')) {
            output.out(commandHelp(command));
            return 0;
        }
        return await runCommand(command, rest, output);
    }
    catch (error) {
        output.err(`tollgate${command === undefined ? '' : ` ${command.name}`}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        if (!(error instanceof errors/* TollgateError */.xB) && error instanceof Error && error.stack !== undefined) {
            output.err(error.stack);
        }
        return (0,errors/* exitCodeFor */.Rr)(error);
    }
}
async function runCommand(command, argv, output) {
    const parsed = parseArguments(argv, command.options);
    const limits = command.positionals ?? { min: 0, max: 0, names: '' };
    if (parsed.positionals.length < limits.min || parsed.positionals.length > limits.max) {
        throw new errors/* UsageError */.eb(limits.max === 0
            ? `Unexpected argument "${parsed.positionals[0]}". Options are written --name value.`
            : `Expected ${limits.names}. Usage: tollgate ${command.name} ${command.usage}`);
    }
    const options = new option_table/* Options */.JY(command.options, {
        get: (name) => parsed.values.get(name),
        describe: (name) => `option --${name}`
    });
    return command.run(options, parsed.positionals, output);
}
function generalHelp() {
    const lines = [
        'tollgate: data checks, SPC, drift, training, registry, gates and deploys, as in the GitHub Actions.',
        '',
        'Usage: tollgate <command> [options]      (tollgate <command> --help for its options)',
        '',
        'Commands:'
    ];
    for (const command of cliCommands)
        lines.push(`  ${command.name.padEnd(12)} ${command.summary}`);
    lines.push('', 'Exit codes: 0 pass, 1 a check or gate failed, 2 usage or input error.');
    return lines.join('\n');
}
function commandHelp(command) {
    const lines = [
        `Usage: tollgate ${command.name} ${command.usage}`,
        '',
        command.summary,
        '',
        'Options:'
    ];
    for (const [name, spec] of Object.entries(command.options)) {
        if (spec.actionOnly === true)
            continue;
        const suffix = spec.default !== undefined && spec.default !== '' ? ` (default: ${spec.default})` : '';
        const required = spec.required === true ? ' (required)' : '';
        lines.push(`  --${name.padEnd(16)} ${spec.description}${required}${suffix}`);
    }
    return lines.join('\n');
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


/***/ }),

/***/ 55739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ parseNumber),
/* harmony export */   JY: () => (/* binding */ Options),
/* harmony export */   ry: () => (/* binding */ splitList)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);

/**
 * Typed, strict access to the options of one operation. Values are validated when read so a
 * typo fails the run with a sentence that names the option, instead of becoming NaN downstream.
 */
class Options {
    table;
    source;
    constructor(table, source) {
        this.table = table;
        this.source = source;
    }
    /** The raw string (or the table default), undefined when neither exists. */
    raw(name) {
        const spec = this.spec(name);
        const value = this.source.get(name);
        if (value !== undefined && value !== '')
            return value;
        // An empty default (as action.yml declares for optional paths) means "not given".
        return spec.default === '' ? undefined : spec.default;
    }
    /** True when the user gave the option explicitly (defaults do not count). */
    has(name) {
        const value = this.source.get(name);
        return value !== undefined && value !== '';
    }
    string(name) {
        return this.raw(name);
    }
    requiredString(name) {
        const value = this.raw(name);
        if (value === undefined || value.trim() === '') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`Missing required ${this.source.describe(name)}: ${this.spec(name).description}`);
        }
        return value;
    }
    number(name) {
        const value = this.raw(name);
        if (value === undefined)
            return undefined;
        return parseNumber(value.trim(), () => `${this.source.describe(name)} must be a number, got ${JSON.stringify(value)}`);
    }
    integer(name) {
        const value = this.number(name);
        if (value === undefined)
            return undefined;
        if (!Number.isInteger(value)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${this.source.describe(name)} must be a whole number, got ${value}`);
        }
        return value;
    }
    boolean(name) {
        const value = this.raw(name);
        if (value === undefined)
            return undefined;
        // The YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts.
        if (['true', 'True', 'TRUE'].includes(value.trim()))
            return true;
        if (['false', 'False', 'FALSE'].includes(value.trim()))
            return false;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${this.source.describe(name)} must be true or false, got ${JSON.stringify(value)}`);
    }
    choice(name) {
        const value = this.raw(name);
        if (value === undefined)
            return undefined;
        const choices = this.spec(name).choices ?? [];
        const trimmed = value.trim();
        if (!choices.includes(trimmed)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${this.source.describe(name)} must be one of ${choices.join(', ')}; got ${JSON.stringify(value)}`);
        }
        return trimmed;
    }
    /** Comma- or newline-separated items, trimmed, empty items dropped. */
    list(name) {
        const value = this.raw(name);
        if (value === undefined)
            return [];
        return splitList(value);
    }
    spec(name) {
        const spec = this.table[name];
        if (spec === undefined)
            throw new Error(`Bug: option ${name} is not declared in its option table`);
        return spec;
    }
}
/** Splits a comma- or newline-separated list, trimming items and dropping empty ones. */
function splitList(value) {
    return value
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
/** Strict number parsing: rejects '', '12abc', 'NaN' and hex that Number() would accept. */
function parseNumber(text, message) {
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) && !/^[+-]?Infinity$/.test(text)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(message());
    }
    return Number(text);
}


/***/ }),

/***/ 28863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ closestName)
/* harmony export */ });
/* unused harmony export editDistance */
/**
 * "Did you mean" suggestions for option names and checks-file keys: a typo such as `beteen:` should
 * be answered with the key the user meant, not only with the fact that it is unknown.
 */
/** The candidate within edit distance 2 of `name`, if any (Levenshtein). */
function closestName(name, candidates) {
    let best;
    let bestDistance = 3;
    for (const candidate of candidates) {
        const distance = editDistance(name, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
function editDistance(a, b) {
    const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = previous[0];
        previous[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = previous[j];
            previous[j] = Math.min(above + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return previous[b.length];
}


/***/ }),

/***/ 84402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ TOLLGATE_VERSION)
/* harmony export */ });
/** Tollgate's version, recorded in every report, profile and lineage event. */
const TOLLGATE_VERSION = '0.1.0';


/***/ })

};
