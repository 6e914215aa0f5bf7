export const id = 9288;
export const ids = [9288];
export const modules = {

/***/ 89288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  demoCommand: () => (/* binding */ demoCommand)
});

// EXTERNAL MODULE: ./shared/adapters/clock.ts
var clock = __webpack_require__(85133);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/adapters/local-store.ts + 1 modules
var local_store = __webpack_require__(96575);
// EXTERNAL MODULE: ./shared/adapters/project-config.ts
var project_config = __webpack_require__(33701);
// EXTERNAL MODULE: ./shared/adapters/data-run-lineage.ts + 3 modules
var data_run_lineage = __webpack_require__(6235);
// EXTERNAL MODULE: ./shared/adapters/run-provenance.ts
var run_provenance = __webpack_require__(39572);
// EXTERNAL MODULE: ./shared/adapters/user-files.ts
var user_files = __webpack_require__(24574);
// EXTERNAL MODULE: ./shared/operations/deploy-effects.ts + 2 modules
var deploy_effects = __webpack_require__(23169);
// EXTERNAL MODULE: ./shared/operations/deploy-approval.ts
var deploy_approval = __webpack_require__(56636);
// EXTERNAL MODULE: ./shared/operations/deploy-model.ts + 1 modules
var deploy_model = __webpack_require__(13994);
// EXTERNAL MODULE: ./shared/operations/deploy-record-store.ts
var deploy_record_store = __webpack_require__(96650);
// EXTERNAL MODULE: ./shared/operations/drift-check.ts + 29 modules
var drift_check = __webpack_require__(26970);
// EXTERNAL MODULE: ./shared/operations/drift-settings.ts
var drift_settings = __webpack_require__(85978);
// EXTERNAL MODULE: ./shared/operations/gate-evaluation.ts + 15 modules
var gate_evaluation = __webpack_require__(34362);
// EXTERNAL MODULE: ./shared/operations/gate-record-store.ts + 1 modules
var gate_record_store = __webpack_require__(37864);
// EXTERNAL MODULE: ./shared/operations/lifecycle-lineage.ts + 1 modules
var lifecycle_lineage = __webpack_require__(52304);
// EXTERNAL MODULE: ./shared/operations/lineage-record-store.ts
var lineage_record_store = __webpack_require__(58964);
;// CONCATENATED MODULE: ./shared/operations/demo-directory.ts



/**
 * The demo's working directory. The demo starts from scratch every time, so it deletes what an
 * earlier demo left — but only a directory it can prove is its own (its marker file is there),
 * or an empty or missing one: `--directory ~` must never wipe a home directory.
 */
/** The marker the demo writes into its directory; only a directory holding it is ever wiped. */
const DEMO_MARKER_FILE = '.tollgate-demo';
/** Where the demo runs when no directory is given (gitignored in the repository). */
const DEFAULT_DEMO_DIRECTORY = 'tollgate-demo';
/** Empties (or creates) the directory and marks it as the demo's; returns its absolute path. */
function prepareDemoDirectory(directory, cwd = process.cwd()) {
    const path = (0,external_node_path_.resolve)(cwd, directory);
    if ((0,external_node_fs_.existsSync)(path)) {
        if (!(0,external_node_fs_.statSync)(path).isDirectory()) {
            throw new errors/* UsageError */.eb(`The demo directory ${path} exists and is not a directory.`);
        }
        const entries = (0,external_node_fs_.readdirSync)(path);
        if (entries.length > 0 && !entries.includes(DEMO_MARKER_FILE)) {
            throw new errors/* UsageError */.eb(`The demo directory ${path} is not empty and was not made by \`tollgate demo\` (it has no ` +
                `${DEMO_MARKER_FILE} file), so the demo will not delete it. Choose another directory ` +
                'with --directory, or empty this one.');
        }
        (0,external_node_fs_.rmSync)(path, { recursive: true, force: true });
    }
    (0,external_node_fs_.mkdirSync)(path, { recursive: true });
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(path, DEMO_MARKER_FILE), 'Made by `tollgate demo`; the next demo run deletes and recreates this directory.\n');
    return path;
}

// EXTERNAL MODULE: ./shared/operations/register-model.ts + 1 modules
var register_model = __webpack_require__(19667);
// EXTERNAL MODULE: ./shared/operations/spc-check.ts + 17 modules
var spc_check = __webpack_require__(15399);
// EXTERNAL MODULE: ./shared/operations/train-model.ts + 19 modules
var train_model = __webpack_require__(64403);
// EXTERNAL MODULE: ./shared/operations/validate-data.ts + 10 modules
var validate_data = __webpack_require__(73790);
// EXTERNAL MODULE: ./shared/deploy/deploy-config.ts
var deploy_config = __webpack_require__(37136);
// EXTERNAL MODULE: ./shared/deploy/run-key.ts
var run_key = __webpack_require__(92479);
// EXTERNAL MODULE: ./shared/stats/random.ts
var stats_random = __webpack_require__(73251);
;// CONCATENATED MODULE: ./shared/stats/random-variates.ts
/**
 * Random variates drawn from a uniform generator (e.g. `mulberry32(seed)`). Each draw consumes a
 * fixed, documented number of uniforms, so a seed reproduces the same sample on every platform.
 * Used to synthesise realistic data (the demo); not for cryptography.
 */
/**
 * One normal variate N(mean, sd²) by the Box–Muller transform, z = √(−2 ln u₁) · cos(2π u₂)
 * (Box & Muller 1958; Devroye, Non-Uniform Random Variate Generation, 1986, §V.4). Two uniforms
 * per draw; the sine partner is not kept, so draws stay independent of call order. Much faster
 * than inverting Φ, which matters when a demo draws hundreds of thousands of values.
 */
function normalVariate(random, mean = 0, sd = 1) {
    // u₁ = 1 − u maps mulberry32's [0, 1) onto (0, 1]: ln(0) never happens.
    const radius = Math.sqrt(-2 * Math.log(1 - random()));
    return mean + sd * radius * Math.cos(2 * Math.PI * random());
}
/** A log-normal variate: exp of N(mu, sigma²), where mu and sigma are on the log scale. */
function logNormalVariate(random, mu, sigma) {
    return Math.exp(normalVariate(random, mu, sigma));
}
/**
 * One Poisson(mean) variate by sequential inversion: walk the CDF from 0 until it passes u
 * (Devroye 1986, §X.3.2, "inversion by sequential search"). Expected steps are mean + 1, fine for
 * the small means of count columns. One uniform per draw.
 */
function poissonVariate(random, mean) {
    if (!(mean >= 0) || !Number.isFinite(mean)) {
        throw new RangeError(`A Poisson mean must be a finite number ≥ 0, got ${mean}`);
    }
    if (mean === 0)
        return 0;
    const u = random();
    let k = 0;
    let probability = Math.exp(-mean);
    let cumulative = probability;
    // The guard stops the walk where the remaining tail is below double precision.
    while (u >= cumulative && k < mean + 40 * Math.sqrt(mean) + 40) {
        k++;
        probability *= mean / k;
        cumulative += probability;
    }
    return k;
}
/**
 * The index of a category drawn with the given non-negative weights (they need not sum to 1):
 * inversion over the cumulative weights, one uniform per draw.
 */
function categoricalVariate(random, weights) {
    let total = 0;
    for (const weight of weights) {
        if (!(weight >= 0) || !Number.isFinite(weight)) {
            throw new RangeError(`Category weights must be finite numbers ≥ 0, got ${weight}`);
        }
        total += weight;
    }
    if (!(total > 0))
        throw new RangeError('At least one category weight must be positive');
    const target = random() * total;
    let cumulative = 0;
    for (let index = 0; index < weights.length; index++) {
        cumulative += weights[index];
        if (target < cumulative)
            return index;
    }
    // Rounding can leave target just above the last sum: the last positive weight wins.
    for (let index = weights.length - 1; index >= 0; index--)
        if (weights[index] > 0)
            return index;
    return weights.length - 1;
}
/** True with probability p (one uniform). */
function bernoulliVariate(random, p) {
    return random() < p;
}

;// CONCATENATED MODULE: ./shared/demo/churn-customers.ts


/** The columns in file order (`churned` last, left out of scoring batches). */
const CUSTOMER_COLUMNS = [
    'customer_id',
    'signup_date',
    'region',
    'plan',
    'contract',
    'payment_method',
    'tenure_months',
    'monthly_charges',
    'support_calls_90d',
    'data_usage_gb',
    'age',
    'email',
    'churned'
];
const REGIONS = ['north', 'south', 'east', 'west', 'central'];
const PLANS = ['basic', 'standard', 'premium'];
const CONTRACTS = ['month-to-month', 'one-year', 'two-year'];
const PAYMENT_METHODS = ['card', 'bank-transfer', 'invoice', 'wallet'];
/** Population shares of the regular customer base and of a campaign's new customers. */
const MIX = {
    regular: {
        region: [0.22, 0.2, 0.2, 0.18, 0.2],
        plan: [0.45, 0.35, 0.2],
        contract: [0.52, 0.27, 0.21],
        payment: [0.42, 0.3, 0.18, 0.1]
    },
    campaign: {
        region: [0.23, 0.21, 0.19, 0.17, 0.2],
        plan: [0.7, 0.22, 0.08],
        contract: [0.84, 0.11, 0.05],
        payment: [0.35, 0.15, 0.1, 0.4]
    }
};
/** Mean tenure in months per contract (regular base); campaign customers are new. */
const MEAN_TENURE = {
    'month-to-month': 14,
    'one-year': 30,
    'two-year': 46
};
const BASE_CHARGE = { basic: 30, standard: 60, premium: 95 };
const FIRST_NAMES = ['ana', 'ben', 'chen', 'dana', 'eli', 'fatima', 'goran', 'hana', 'ivan', 'jo'];
const LAST_NAMES = ['smith', 'garcia', 'kim', 'novak', 'okafor', 'rossi', 'silva', 'weber'];
const DOMAINS = ['example.com', 'mail.example.org', 'example.net'];
/** Draws `options.rows` customers. */
function generateCustomers(options) {
    if (!Number.isSafeInteger(options.rows) || options.rows < 0) {
        throw new RangeError(`rows must be a whole number ≥ 0, got ${options.rows}`);
    }
    const snapshot = parseDay(options.snapshotDate);
    const random = (0,stats_random/* mulberry32 */.s)(options.seed);
    const firstId = options.firstId ?? 1;
    const rows = [];
    for (let index = 0; index < options.rows; index++) {
        rows.push(drawCustomer(random, firstId + index, snapshot, options));
    }
    return rows;
}
function drawCustomer(random, id, snapshot, options) {
    const campaign = options.shift?.campaign === true;
    const mix = campaign ? MIX.campaign : MIX.regular;
    const region = REGIONS[categoricalVariate(random, mix.region)];
    const plan = PLANS[categoricalVariate(random, mix.plan)];
    const contract = CONTRACTS[categoricalVariate(random, mix.contract)];
    const payment = PAYMENT_METHODS[categoricalVariate(random, mix.payment)];
    // Exponential tenure by inversion, whole months from 1 to 72.
    const meanTenure = campaign ? 3 : MEAN_TENURE[contract];
    const tenure = clamp(Math.round(-meanTenure * Math.log(1 - random())) + 1, 1, 72);
    const signupDay = snapshot - Math.round(tenure * 30.44) - Math.floor(random() * 28);
    const usage = round(logNormalVariate(random, campaign ? 3.0 : 2.6, 0.55), 1);
    const age = clamp(Math.round(normalVariate(random, campaign ? 33 : 46, campaign ? 9 : 15)), 18, 90);
    const charges = Math.max(10, BASE_CHARGE[plan] + normalVariate(random, 0, 7) + 0.12 * usage);
    const calls = poissonVariate(random, 0.55 + (plan === 'basic' ? 0.35 : 0) + (tenure < 6 ? 0.5 : 0) + usage / 45);
    const chargesMissing = bernoulliVariate(random, 0.006);
    const email = drawEmail(random, id);
    const row = {
        customer_id: `CUST-${String(id).padStart(6, '0')}`,
        signup_date: formatDay(signupDay),
        region,
        plan,
        contract,
        payment_method: payment,
        tenure_months: tenure,
        monthly_charges: chargesMissing
            ? null
            : round(charges * (options.shift?.chargesFactor ?? 1), 2),
        support_calls_90d: calls,
        data_usage_gb: usage,
        age,
        email
    };
    // The label is drawn even for scoring batches so the uniform stream (and every other column)
    // is the same with and without it.
    const churned = bernoulliVariate(random, churnProbability({ contract, tenure, calls, charges, payment, age, plan }));
    if (options.withTarget !== false)
        row.churned = churned ? 1 : 0;
    return row;
}
/**
 * The churn model the data follows (a logistic model with two interactions): month-to-month
 * contracts, short tenure, many support calls, high charges and paying by invoice raise the risk;
 * age lowers it a little; premium customers who call a lot, and new month-to-month customers,
 * are at extra risk. The base rate is about 30 %.
 */
function churnProbability(customer) {
    const contractEffect = { 'month-to-month': 1.25, 'one-year': 0.1, 'two-year': -1.0 }[customer.contract];
    const logit = -1.45 +
        contractEffect -
        0.035 * customer.tenure +
        0.4 * customer.calls +
        0.016 * (customer.charges - 60) +
        (customer.payment === 'invoice' ? 0.45 : 0) -
        0.012 * (customer.age - 46) +
        (customer.plan === 'premium' && customer.calls >= 3 ? 0.9 : 0) +
        (customer.contract === 'month-to-month' && customer.tenure <= 4 ? 0.7 : 0);
    return 1 / (1 + Math.exp(-logit));
}
function drawEmail(random, id) {
    const kind = random();
    const first = FIRST_NAMES[Math.floor(random() * FIRST_NAMES.length)];
    const last = LAST_NAMES[Math.floor(random() * LAST_NAMES.length)];
    const domain = DOMAINS[Math.floor(random() * DOMAINS.length)];
    if (kind < 0.02)
        return null;
    // A typo'd address without "@", as CRM exports have: the checks file warns about them.
    if (kind < 0.032)
        return `${first}.${last}${id}.${domain}`;
    return `${first}.${last}${id}@${domain}`;
}
/** The rows as CSV text (RFC 4180; nulls as empty fields), with a header line. */
function customersCsv(rows, columns = CUSTOMER_COLUMNS) {
    const lines = [columns.map(csvField).join(',')];
    for (const row of rows) {
        lines.push(columns
            .map((column) => {
            const value = row[column];
            return value === null || value === undefined ? '' : csvField(String(value));
        })
            .join(','));
    }
    return `${lines.join('\n')}\n`;
}
function csvField(text) {
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
const DAY_MS = 86_400_000;
/** Days since 1970-01-01 (UTC) of a `YYYY-MM-DD` date. */
function parseDay(text) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    const ms = match === null ? NaN : Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
    if (Number.isNaN(ms) || formatDay(ms / DAY_MS) !== text) {
        throw new RangeError(`Expected a date as YYYY-MM-DD, got ${JSON.stringify(text)}`);
    }
    return ms / DAY_MS;
}
/** `YYYY-MM-DD` of a day number (days since 1970-01-01, UTC). */
function formatDay(day) {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
function clamp(value, low, high) {
    return Math.min(high, Math.max(low, value));
}
function round(value, digits) {
    const scale = 10 ** digits;
    return Math.round(value * scale) / scale;
}

;// CONCATENATED MODULE: ./shared/demo/demo-files.ts
/**
 * The configuration files the demo writes into its directory before it runs: the checks file for
 * the customers extract and the project's `.tollgate.yml` (registry stages, gate rules, deploy
 * policy, spc and drift settings). They are ordinary user files, the same a team would commit,
 * so the demo directory doubles as a worked example.
 */
/** Features the demo's models use: every column but the id, dates, e-mail and the target. */
const DEMO_FEATURES = [
    'region',
    'plan',
    'contract',
    'payment_method',
    'tenure_months',
    'monthly_charges',
    'support_calls_90d',
    'data_usage_gb',
    'age'
];
/** The metrics the demo's spc-check charts (the history records every metric of the profile). */
const DEMO_SPC_METRICS = [
    'rows',
    'monthly_charges.mean',
    'support_calls_90d.mean',
    'email.null_fraction'
];
/** Who asks for the production deployment and who approves it, in the local approval mode. */
const DEMO_PEOPLE = { initiator: 'sam', approver: 'dana' };
/**
 * The checks of the daily extract. One check is a warning on purpose: a few e-mail addresses
 * lack their "@", which is worth seeing but no reason to stop the pipeline.
 */
const DEMO_CHECKS_YAML = `# Checks for the daily customers extract (Tollgate demo).
table:
  row_count: { min: 1000 }
  columns: { include: [customer_id, signup_date, plan, contract, monthly_charges, churned] }
columns:
  customer_id: { not_null: true, unique: true, regex: '^CUST-[0-9]{6}$' }
  signup_date: { type: date, not_null: true }
  region: { in_set: [north, south, east, west, central] }
  plan: { in_set: [basic, standard, premium] }
  contract: { in_set: [month-to-month, one-year, two-year] }
  payment_method: { in_set: [card, bank-transfer, invoice, wallet] }
  tenure_months: { type: integer, between: [1, 120] }
  monthly_charges: { between: [0, 500], null_fraction: 0.02 }
  support_calls_90d: { type: integer, between: [0, 50] }
  age: { type: integer, between: [18, 100] }
  email: { format: email, null_fraction: 0.05, severity: warn }
  churned: { not_null: true, in_set: [0, 1] }
`;
/**
 * The gate rules: roc_auc and accuracy may not fall behind the champion (with DeLong's test for
 * non-inferiority), absolute floors, and a log-loss ceiling. Written as gate.yml (the form the
 * `thresholds` input reads) and as the gate: section of .tollgate.yml.
 */
const DEMO_GATE_RULES_YAML = `bootstrap: { replicates: 1000, seed: 20240611 }
metrics:
  roc_auc:
    min: 0.75
    max_regression: 0.01                                   # at most 0.01 below the champion
    require_significance: { test: delong, margin: 0.01 }   # non-inferiority within 0.01
  accuracy: { min: 0.70, max_regression: 0.02 }
  log_loss: { max: 0.6 }
`;
/**
 * The project configuration: staging before production, the gate rules, a copy step per
 * environment (the "serving" folder stands in for a model server), one named approver for
 * production, the metrics spc-check charts and the columns drift-check leaves out.
 */
function demoProjectYaml() {
    return `# Tollgate project configuration of the demo (the same keys a repository's .tollgate.yml has).
registry:
  stages: [staging, production]
  promotion: sequential

gate:
${indent(DEMO_GATE_RULES_YAML)}

deploy:
  environments:
    staging:
      requires: { gate: true }
      target: serving/staging
    production:
      requires: { gate: true, stage: staging }
      approval:
        via: issue               # on a laptop: approval records in the store (tollgate deploy --approve)
        required: 1
        approvers: [${DEMO_PEOPLE.approver}]
        expires-after: 72h
      target: serving/production

spc:
  baseline: 20
  include: [${DEMO_SPC_METRICS.join(', ')}]

drift:
  ignore-columns: [customer_id, email, churned]
`;
}
function indent(text) {
    return text
        .trimEnd()
        .split('\n')
        .map((line) => `  ${line}`)
        .join('\n');
}

// EXTERNAL MODULE: ./shared/html-report/display-number.ts
var display_number = __webpack_require__(69755);
// EXTERNAL MODULE: ./shared/html-report/html-table.ts
var html_table = __webpack_require__(88839);
// EXTERNAL MODULE: ./shared/html-report/key-value-card.ts
var key_value_card = __webpack_require__(52587);
// EXTERNAL MODULE: ./shared/html-report/markup.ts
var markup = __webpack_require__(78643);
// EXTERNAL MODULE: ./shared/html-report/status-badge.ts
var status_badge = __webpack_require__(52111);
;// CONCATENATED MODULE: ./shared/demo/demo-sections.ts





function demoOverviewSection(stages, facts) {
    const failed = stages.filter((stage) => stage.tone === 'fail').length;
    const total = stages.reduce((sum, stage) => sum + stage.durationMs, 0);
    return {
        id: 'demo-overview',
        title: 'The demo at a glance',
        source: 'tollgate demo',
        status: failed === 0
            ? { tone: 'pass', text: 'every stage as expected' }
            : { tone: 'fail', text: `${failed} stage(s) failed` },
        lead: 'A churn model through the whole lifecycle on generated data: data checks, statistical ' +
            'process control over 30 daily runs, two trained versions, the registry, an evaluation ' +
            'gate against the champion, deployments to staging and (after an approval) production, ' +
            `and a drift check of a shifted batch. ${(0,display_number/* displayNumber */.o)(total / 1000, 3)} s in all.`,
        body: (0,markup/* safeHtml */.b5) `${(0,key_value_card/* keyValueCard */.J)(facts)}${(0,html_table/* htmlTable */.I)({
            caption: 'Stages in order',
            columns: [
                { header: 'Stage' },
                { header: 'Outcome' },
                { header: 'Result' },
                { header: 'Seconds', numeric: true }
            ],
            rows: stages.map((stage) => [
                stage.title,
                (0,status_badge/* statusBadge */.O)(stage.tone, TONE_WORDS[stage.tone]),
                stage.summary,
                (0,display_number/* displayNumber */.o)(stage.durationMs / 1000, 3)
            ])
        })}`
    };
}
const TONE_WORDS = { pass: 'ok', warn: 'finding', fail: 'failed' };
/** Both trained versions: parameters, validation metrics, the most important features. */
function trainedVersionsSection(versions) {
    const metricNames = [
        ...new Set(versions.flatMap(({ train }) => Object.keys(train.metrics)))
    ].filter((name) => ['roc_auc', 'accuracy', 'f1', 'log_loss'].includes(name));
    return {
        id: 'demo-training',
        title: 'Trained and registered versions',
        source: 'train, register-model',
        lead: 'Each version is an immutable bundle in the registry with its metrics (on a held-out ' +
            "validation split), parameters, the training data's digest and profile, and its lineage.",
        body: (0,html_table/* htmlTable */.I)({
            columns: [
                { header: 'Version' },
                { header: 'Learner and parameters' },
                ...metricNames.map((name) => ({ header: name, numeric: true })),
                { header: 'Top features' },
                { header: 'Rows', numeric: true }
            ],
            rows: versions.map(({ train, register }) => [
                (0,html_table/* codeText */.p)(register.tag),
                `${train.model} ${Object.entries(train.params)
                    .filter(([key]) => ['max_iter', 'learning_rate', 'max_leaf_nodes'].includes(key))
                    .map(([key, value]) => `${key}=${JSON.stringify(value)}`)
                    .join(', ')}`,
                ...metricNames.map((name) => (0,display_number/* displayNumber */.o)(train.metrics[name] ?? null)),
                train.feature_importances
                    .slice(0, 3)
                    .map((entry) => `${entry.feature} ${(entry.importance * 100).toFixed(0)} %`)
                    .join(', '),
                train.rows.total
            ])
        })
    };
}

// EXTERNAL MODULE: ./shared/text/grouped-integer.ts
var grouped_integer = __webpack_require__(34369);
;// CONCATENATED MODULE: ./shared/demo/demo-summaries.ts

const count = (value) => (0,grouped_integer/* groupedInteger */.b)(value);
const demo_summaries_short = (value) => value === null || value === undefined ? 'n/a' : Number(value.toPrecision(3)).toString();
function validateVerdict(report) {
    const { summary } = report;
    const warned = report.results
        .filter((result) => result.status === 'warn')
        .map((result) => `${result.column ?? 'table'}.${result.check}`);
    return {
        tone: summary.failed > 0 ? 'fail' : warned.length > 0 ? 'warn' : 'pass',
        summary: `${summary.checks} checks on ${count(report.data.rows)} rows: ${summary.passed} passed` +
            (summary.failed === 0 ? '' : `, ${summary.failed} failed`) +
            (summary.warnings === 0 ? '' : `, ${summary.warnings} warning(s)`) +
            (warned.length > 0 ? ` (${warned.join(', ')})` : '')
    };
}
/**
 * The SPC stage shows the injected shift: it passes as a finding when the chart of the shifted
 * metric is out of control, and fails when the shift went unnoticed.
 */
function spcVerdict(report, runs, shift) {
    const out = report.charts.filter((chart) => chart.status === 'out-of-control');
    const shifted = report.charts.find((chart) => chart.metric === shift.metric);
    const days = [...new Set(Object.values(shifted?.rule_hits ?? {}).flat())].sort((a, b) => a - b);
    const caught = shifted !== undefined && shifted.status === 'out-of-control';
    const charted = `${runs} daily runs, ${report.charts.length} charts`;
    if (!caught) {
        return {
            tone: 'fail',
            summary: `${charted}: the shift of ${shift.metric} injected from day ${shift.fromDay} was not flagged`
        };
    }
    const sinceShift = days.filter((day) => day >= shift.fromDay);
    const earlier = days.length - sinceShift.length;
    const others = report.charts.length - out.length;
    return {
        tone: 'warn',
        summary: `${charted}: ${out.map((chart) => chart.metric ?? chart.name).join(', ')} out of control` +
            ` from day ${sinceShift[0] ?? '?'} (shift injected on day ${shift.fromDay})` +
            (earlier === 0 ? '' : `, ${earlier} earlier false alarm(s)`) +
            `; ${others} in control`
    };
}
function trainVerdict(report) {
    const metrics = ['roc_auc', 'accuracy']
        .filter((name) => report.metrics[name] !== undefined)
        .map((name) => `${name} ${demo_summaries_short(report.metrics[name])}`)
        .join(', ');
    return {
        tone: 'pass',
        summary: `${report.model} on ${count(report.rows.total)} rows: ${metrics} (${report.metrics_source})`
    };
}
function gateVerdict(report) {
    const passed = report.reasons.filter((reason) => reason.passed === true).length;
    const auc = (side) => demo_summaries_short(report.metrics[side]?.roc_auc ?? null);
    return {
        tone: report.verdict === 'promote' ? 'pass' : 'fail',
        summary: `${report.verdict}: roc_auc ${auc('candidate')} vs champion ${auc('champion')}` +
            ` (${report.champion?.reference ?? 'none'}); ${passed} of ${report.reasons.length} rules passed`
    };
}
function deployVerdict(report, expected) {
    return {
        tone: report.status === expected ? 'pass' : 'fail',
        summary: report.status === 'success' ? report.message : `${report.status}: ${report.message}`
    };
}
/** Drift of the campaign batch is the finding the stage shows. */
function driftVerdict(report) {
    const { dataset } = report;
    const against = report.reference.model === undefined
        ? report.reference.source
        : `${report.reference.source} (${report.reference.model.version})`;
    return {
        tone: report.drift_detected ? 'warn' : 'fail',
        summary: `${report.drift_detected ? 'drift detected' : 'no drift found in the shifted batch'}: ` +
            `${dataset.drifted_columns} of ${dataset.tested_columns} columns (share ${demo_summaries_short(dataset.share)})` +
            ` against ${against}`
    };
}

// EXTERNAL MODULE: ./shared/stats/moments.ts
var moments = __webpack_require__(23419);
;// CONCATENATED MODULE: ./shared/demo/pipeline-history.ts




/** Days 1 … `days` before today, oldest first. */
function simulatePipelineHistory(options) {
    const todayNumber = parseDay(options.today);
    const sizes = (0,stats_random/* mulberry32 */.s)(options.seed ^ 0x5eed);
    const runs = [];
    for (let day = 1; day <= options.days; day++) {
        const shifted = day >= options.shift.fromDay;
        const rows = Math.max(1, Math.round(options.rows * (1 + 0.02 * normalVariate(sizes))));
        const date = formatDay(todayNumber - (options.days + 1 - day));
        const customers = generateCustomers({
            rows,
            seed: options.seed * 1_000 + day,
            snapshotDate: date,
            ...(shifted ? { shift: { chargesFactor: options.shift.chargesFactor } } : {})
        });
        runs.push({ day, date, shifted, metrics: extractMetrics(customers) });
    }
    return runs;
}
/**
 * The charted metrics of one extract, computed as validate-data's profile computes them: means
 * over the non-missing values, null fractions as counts of all rows.
 */
function extractMetrics(customers) {
    const charges = customers.flatMap((row) => row.monthly_charges === null ? [] : [row.monthly_charges]);
    const calls = customers.map((row) => row.support_calls_90d);
    const missingEmails = customers.filter((row) => row.email === null).length;
    return {
        rows: customers.length,
        'monthly_charges.mean': (0,moments/* mean */.i2)(charges),
        'support_calls_90d.mean': (0,moments/* mean */.i2)(calls),
        'email.null_fraction': { count: missingEmails, size: customers.length }
    };
}

// EXTERNAL MODULE: ./shared/html-report/deploy-sections.ts
var deploy_sections = __webpack_require__(57533);
// EXTERNAL MODULE: ./shared/html-report/drift-sections.ts
var drift_sections = __webpack_require__(42709);
// EXTERNAL MODULE: ./shared/html-report/gate-sections.ts + 1 modules
var gate_sections = __webpack_require__(56391);
// EXTERNAL MODULE: ./shared/html-report/html-report.ts + 2 modules
var html_report = __webpack_require__(71200);
// EXTERNAL MODULE: ./shared/html-report/lineage-section.ts + 2 modules
var lineage_section = __webpack_require__(33845);
// EXTERNAL MODULE: ./shared/html-report/spc-sections.ts + 1 modules
var spc_sections = __webpack_require__(73859);
// EXTERNAL MODULE: ./shared/html-report/validate-sections.ts
var validate_sections = __webpack_require__(22346);
// EXTERNAL MODULE: ./shared/lineage/mermaid-lineage.ts
var mermaid_lineage = __webpack_require__(19535);
// EXTERNAL MODULE: ./shared/registry/model-registry.ts
var model_registry = __webpack_require__(57677);
// EXTERNAL MODULE: ./shared/spc-history/spc-config.ts
var spc_config = __webpack_require__(78647);
// EXTERNAL MODULE: ./shared/version.ts
var version = __webpack_require__(84402);
;// CONCATENATED MODULE: ./shared/operations/demo.ts









































/**
 * `tollgate demo`: the whole lifecycle on generated data, with a local store and no network or
 * token, calling the same operations the actions call:
 * generate → validate → spc (29 simulated earlier days + today, one injected shift) → train and
 * register v0.0.1 → train and register v0.0.2 → v0.0.1 becomes the champion → gate v0.0.2 against
 * production → deploy to staging → deploy to production after a named approver's approval →
 * drift of a campaign batch against the production model → one HTML report with the lineage.
 */
const DEMO_MODEL = 'churn';
/** The series spc-check keeps the daily extract's history under. */
const DEMO_SPC_SERIES = 'customers';
/** The injected process shift: the pipeline starts reporting charges 6 % higher. */
const DEMO_SHIFT = { metric: 'monthly_charges.mean', chargesFactor: 1.06 };
/**
 * Parameters of the two versions: a quick first model (8 boosting rounds of stumps), then a tuned
 * one that beats it at every data size the demo allows (checked for 1,000 to 5,000 rows).
 */
const VERSION_PARAMS = [
    { max_iter: 8, max_leaf_nodes: 2 },
    { max_iter: 80, learning_rate: 0.08, max_leaf_nodes: 4, min_samples_leaf: 30 }
];
const STAGES = [
    ['generate', 'generate data'],
    ['validate', 'validate-data'],
    ['spc', 'spc-check'],
    ['train-1', 'train v1'],
    ['register-1', 'register v1'],
    ['train-2', 'train v2'],
    ['register-2', 'register v2'],
    ['champion', 'champion'],
    ['gate', 'evaluate-gate'],
    ['deploy-staging', 'deploy staging'],
    ['deploy-production', 'deploy production'],
    ['drift', 'drift-check'],
    ['report', 'report']
];
/** Provenance is recorded as on a laptop even inside a workflow: each step is its own run. */
const DEMO_ENV = {};
const demo_DAY_MS = 86_400_000;
async function runDemo(options) {
    const rows = options.rows ?? 5000;
    const holdoutRows = options.holdoutRows ?? 2000;
    const scoringRows = options.scoringRows ?? 2000;
    const historyDays = options.historyDays ?? 29;
    const seed = options.seed ?? 7;
    const now = options.now ?? Date.now();
    const today = formatDay(Math.floor(now / demo_DAY_MS));
    const shiftFromDay = Math.max(2, historyDays - 5);
    const progress = options.progress;
    const stages = [];
    const stage = async (id, work) => {
        const index = STAGES.findIndex(([name]) => name === id);
        const title = STAGES[index][1];
        progress?.stageStarted({ index: index + 1, total: STAGES.length, id, title });
        const started = performance.now();
        const { value, verdict } = await work();
        const result = {
            id,
            title,
            ...verdict,
            durationMs: Math.round(performance.now() - started)
        };
        stages.push(result);
        progress?.stageFinished(result);
        return value;
    };
    const dir = prepareDemoDirectory(options.directory, options.cwd);
    const path = (...parts) => (0,external_node_path_.join)(dir, ...parts);
    const reportPath = (name) => path('reports', name);
    const data = {
        customers: path('data', 'customers.csv'),
        holdout: path('data', 'holdout.csv'),
        scoring: path('data', 'scoring-batch.csv')
    };
    const checksPath = path('checks.yml');
    // ---- generate --------------------------------------------------------------------------------
    const history = await stage('generate', async () => {
        const todayShift = { chargesFactor: DEMO_SHIFT.chargesFactor };
        (0,user_files/* writeTextFile */.Tl)(path('.tollgate.yml'), demoProjectYaml());
        (0,user_files/* writeTextFile */.Tl)(checksPath, DEMO_CHECKS_YAML);
        (0,user_files/* writeTextFile */.Tl)(path('gate.yml'), DEMO_GATE_RULES_YAML);
        const customers = generateCustomers({ rows, seed, snapshotDate: today, shift: todayShift });
        (0,user_files/* writeTextFile */.Tl)(data.customers, customersCsv(customers));
        (0,user_files/* writeTextFile */.Tl)(data.holdout, customersCsv(generateCustomers({
            rows: holdoutRows,
            seed: seed + 1,
            snapshotDate: today,
            firstId: 500_001,
            shift: todayShift
        })));
        const scoringColumns = CUSTOMER_COLUMNS.filter((column) => column !== 'churned');
        (0,user_files/* writeTextFile */.Tl)(data.scoring, customersCsv(generateCustomers({
            rows: scoringRows,
            seed: seed + 2,
            snapshotDate: today,
            firstId: 800_001,
            shift: { ...todayShift, campaign: true },
            withTarget: false
        }), scoringColumns));
        const runs = simulatePipelineHistory({
            days: historyDays,
            rows,
            seed,
            today,
            shift: { fromDay: shiftFromDay, chargesFactor: DEMO_SHIFT.chargesFactor }
        });
        for (const run of runs) {
            (0,user_files/* writeJsonFile */.An)(path('history', `day-${String(run.day).padStart(2, '0')}.json`), run.metrics);
        }
        return {
            value: runs,
            verdict: {
                tone: 'pass',
                summary: `${(0,grouped_integer/* groupedInteger */.b)(rows)} customers today + ${runs.length} earlier days, ` +
                    `${(0,grouped_integer/* groupedInteger */.b)(holdoutRows)} holdout, ` +
                    `${(0,grouped_integer/* groupedInteger */.b)(scoringRows)} to score`
            }
        };
    });
    const project = (0,project_config/* loadProjectConfig */.WM)(dir);
    const store = new local_store/* LocalStore */.V(path('.tollgate'));
    const registry = new model_registry/* ModelRegistry */.z(store, project.registry);
    const context = (action) => (0,run_provenance/* lineageContextFor */.I7)(action, { env: DEMO_ENV });
    // ---- validate --------------------------------------------------------------------------------
    const validated = await stage('validate', async () => {
        const outcome = await (0,validate_data/* validateData */.l)({
            data: [data.customers],
            checksPath,
            format: 'auto',
            failOn: 'error',
            threads: 1,
            now,
            cwd: dir
        });
        const files = {
            report: reportPath('validate-report.json'),
            profile: reportPath('profile.json')
        };
        (0,user_files/* writeJsonFile */.An)(files.report, outcome.report);
        (0,user_files/* writeJsonFile */.An)(files.profile, outcome.profile);
        await storeLineageEvents(store, await (0,data_run_lineage/* validateDataRunEvents */.TN)({
            report: outcome.report,
            profile: outcome.profile,
            reportPath: files.report,
            profilePath: files.profile,
            env: DEMO_ENV
        }));
        return {
            value: { ...outcome, profilePath: files.profile },
            verdict: validateVerdict(outcome.report)
        };
    });
    // ---- spc -------------------------------------------------------------------------------------
    const spc = await stage('spc', async () => {
        const config = (0,spc_config/* parseSpcConfig */.IQ)(project.section('spc'));
        const runOf = (day) => ({
            id: `day-${String(day).padStart(2, '0')}`,
            attempt: 1,
            sha: '',
            ref: '',
            event: 'schedule'
        });
        const total = history.length + 1;
        for (const run of history) {
            await (0,spc_check/* spcCheck */.H)({
                mode: 'history',
                series: DEMO_SPC_SERIES,
                metricsPaths: [path('history', `day-${String(run.day).padStart(2, '0')}.json`)],
                store,
                run: runOf(run.day),
                config,
                inputs: {},
                failOn: 'error',
                now: now - (total - run.day) * demo_DAY_MS
            });
            progress?.stageProgress(run.day, total);
        }
        const today = {
            mode: 'history',
            series: DEMO_SPC_SERIES,
            metricsPaths: [validated.profilePath],
            store,
            run: runOf(total),
            config,
            inputs: {},
            failOn: 'error',
            now
        };
        const report = await (0,spc_check/* spcCheck */.H)(today);
        progress?.stageProgress(total, total);
        (0,user_files/* writeJsonFile */.An)(reportPath('spc-report.json'), report);
        await storeLineageEvents(store, await (0,data_run_lineage/* spcCheckRunEvents */.RH)({ request: today, report, env: DEMO_ENV }));
        return {
            value: report,
            verdict: spcVerdict(report, total, { metric: DEMO_SHIFT.metric, fromDay: shiftFromDay })
        };
    });
    // ---- train and register two versions ----------------------------------------------------------
    const trained = [];
    for (const [index, params] of VERSION_PARAMS.entries()) {
        const number = index + 1;
        const train = await stage(`train-${number}`, async () => {
            const outcome = await (0,train_model/* trainModel */._)({
                data: [data.customers],
                target: 'churned',
                model: 'gbdt',
                output: path('models', `churn-v${number}`),
                params,
                features: DEMO_FEATURES,
                seed,
                cwd: dir,
                env: DEMO_ENV,
                onProgress: (done, total) => progress?.stageProgress(done, total)
            });
            (0,user_files/* writeJsonFile */.An)(reportPath(`train-v${number}.json`), outcome.report);
            return { value: outcome, verdict: trainVerdict(outcome.report) };
        });
        const register = await stage(`register-${number}`, async () => {
            const outcome = await (0,register_model/* registerModel */.$)({
                name: DEMO_MODEL,
                modelPath: train.outputDir,
                registry,
                description: number === 1
                    ? 'Churn risk of a customer in the next month: a quick first model (8 rounds of stumps).'
                    : 'Churn risk of a customer in the next month: gradient-boosted trees, tuned.',
                cwd: dir,
                env: DEMO_ENV
            });
            (0,user_files/* writeJsonFile */.An)(reportPath(`register-${outcome.report.version}.json`), outcome.report);
            return {
                value: outcome.report,
                verdict: {
                    tone: 'pass',
                    summary: `${outcome.report.tag} (${outcome.report.files.length} files, lineage recorded)`
                }
            };
        });
        trained.push({ train: train.report, register });
    }
    const [first, second] = [trained[0].register.version, trained[1].register.version];
    // ---- the champion: the first version is what runs in staging and production -----------------
    await stage('champion', async () => {
        for (const stageName of ['staging', 'production']) {
            await registry.assignStage({
                model: DEMO_MODEL,
                stage: stageName,
                version: first,
                actor: DEMO_PEOPLE.initiator,
                reason: 'the model that ran before the demo'
            });
        }
        return {
            value: undefined,
            verdict: {
                tone: 'pass',
                summary: `${DEMO_MODEL} ${first} assigned to staging and production: the champion to beat`
            }
        };
    });
    // ---- gate ------------------------------------------------------------------------------------
    const gate = await stage('gate', async () => {
        const outcome = await (0,gate_evaluation/* evaluateGate */.D)({
            candidate: `${DEMO_MODEL}@${second}`,
            champion: 'production',
            data: [data.holdout],
            target: 'churned',
            gateSection: project.section('gate'),
            task: 'auto',
            format: 'auto',
            cwd: dir,
            openRegistry: async () => registry,
            now: Date.now(),
            onProgress: (done, total) => progress?.stageProgress(done, total)
        });
        const record = (0,gate_record_store/* gateVerdictRecordOf */.Fl)(outcome.report, localRun(), undefined, context('evaluate-gate'));
        if (record !== undefined)
            await (0,gate_record_store/* saveGateVerdict */.YP)(store, record);
        (0,user_files/* writeJsonFile */.An)(reportPath('gate-report.json'), outcome.report);
        return { value: outcome.report, verdict: gateVerdict(outcome.report) };
    });
    // ---- deploy ----------------------------------------------------------------------------------
    const deploy = (environment, vote) => {
        const config = (0,deploy_config/* environmentDeployConfig */.J)(project.section('deploy'), environment);
        return (0,deploy_model/* deployModel */.VR)({
            model: DEMO_MODEL,
            version: second,
            environment,
            store,
            registryConfig: project.registry,
            config,
            initiator: DEMO_PEOPLE.initiator,
            run: localRun(),
            now: () => Date.now(),
            approval: new deploy_approval/* LocalApprovalChannel */.uB(store, vote),
            step: (0,deploy_effects/* configuredStep */.Zd)(config, dir, () => undefined),
            workDir: path('.work'),
            lineage: context('deploy'),
            reason: 'demo: the gate promoted it'
        });
    };
    (0,external_node_fs_.mkdirSync)(path('serving'), { recursive: true });
    const staging = await stage('deploy-staging', async () => {
        const report = await deploy('staging');
        (0,user_files/* writeJsonFile */.An)(reportPath('deploy-staging.json'), report);
        return { value: report, verdict: deployVerdict(report, 'success') };
    });
    const production = await stage('deploy-production', async () => {
        const request = await deploy('production');
        (0,user_files/* writeJsonFile */.An)(reportPath('deploy-production-request.json'), request);
        if (request.status !== 'awaiting-approval') {
            const verdict = deployVerdict(request, 'awaiting-approval');
            return { value: { request, production: request }, verdict };
        }
        const approved = await deploy('production', { login: DEMO_PEOPLE.approver, kind: 'approve' });
        (0,user_files/* writeJsonFile */.An)(reportPath('deploy-production.json'), approved);
        const verdict = deployVerdict(approved, 'success');
        return {
            value: { request, production: approved },
            verdict: {
                tone: verdict.tone,
                summary: `requested by ${DEMO_PEOPLE.initiator}, approved by ${DEMO_PEOPLE.approver}: ${verdict.summary}`
            }
        };
    });
    // ---- drift -----------------------------------------------------------------------------------
    const drift = await stage('drift', async () => {
        const report = await (0,drift_check/* driftCheck */.W)({
            reference: `registry:${DEMO_MODEL}@production`,
            current: [data.scoring],
            format: 'auto',
            settings: (0,drift_settings/* resolveDriftSettings */.B)({ columnMethods: [], columns: [], ignore: [] }, project.section('drift')),
            threads: 1,
            now: Date.now(),
            cwd: dir,
            openStore: async () => store,
            registryConfig: project.registry
        });
        (0,user_files/* writeJsonFile */.An)(reportPath('drift-report.json'), report);
        await storeLineageEvents(store, await (0,data_run_lineage/* driftCheckRunEvents */.ym)({ report, cwd: dir, env: DEMO_ENV }));
        return { value: report, verdict: driftVerdict(report) };
    });
    // ---- report ----------------------------------------------------------------------------------
    const htmlPath = path('report.html');
    const lineagePath = path('lineage.md');
    const lineage = await stage('report', async () => {
        const collected = await (0,lifecycle_lineage/* collectLifecycleLineage */.a)(store, DEMO_MODEL);
        (0,user_files/* writeTextFile */.Tl)(lineagePath, `# Lineage of ${DEMO_MODEL}\n\nFrom the OpenLineage events in ${store.location}.\n\n` +
            (0,mermaid_lineage/* renderLineageMermaidBlock */.o2)(collected.graph));
        const sections = [
            demoOverviewSection(stages, [
                { key: 'Directory', value: dir },
                { key: 'Store', value: store.location },
                { key: 'In production', value: `${DEMO_MODEL} ${production.production.version ?? '?'}` },
                { key: 'Approved by', value: DEMO_PEOPLE.approver }
            ]),
            ...(0,validate_sections/* validateReportSections */.J_)(validated.report, validated.profile),
            ...(0,spc_sections/* spcReportSections */.n9)(spc),
            trainedVersionsSection(trained),
            ...(0,gate_sections/* gateReportSections */.c)(gate),
            ...(0,deploy_sections/* deployReportSections */.e2)(staging, { idPrefix: 'deploy-staging' }),
            ...(0,deploy_sections/* deployReportSections */.e2)(production.production, {
                idPrefix: 'deploy-production',
                history: await (0,deploy_record_store/* listDeployments */.Jn)(store, DEMO_MODEL)
            }),
            ...(0,drift_sections/* driftReportSections */.q$)(drift),
            (0,lineage_section/* lineageSection */.b)(collected.graph, {
                title: `Lineage of ${DEMO_MODEL}`,
                source: 'OpenLineage events in the store'
            })
        ];
        const failed = stages.some((entry) => entry.tone === 'fail');
        (0,user_files/* writeTextFile */.Tl)(htmlPath, (0,html_report/* renderHtmlReport */.w4)(sections, {
            title: 'Tollgate demo: a churn model from data to drift',
            subtitle: `Generated data for ${today}; store ${store.location}`,
            status: failed
                ? { tone: 'fail', text: 'a stage failed' }
                : { tone: 'pass', text: 'lifecycle complete' },
            generatedAt: new Date().toISOString(),
            toolVersion: version/* TOLLGATE_VERSION */.o
        }));
        const { graph, problems } = collected;
        return {
            value: collected,
            verdict: {
                tone: problems.length === 0 && graph.nodes.length > 0 ? 'pass' : 'fail',
                summary: `lineage of ${graph.nodes.length} nodes and ${graph.edges.length} links; report.html` +
                    (problems.length === 0 ? '' : `; ${problems.length} unreadable lineage record(s)`)
            }
        };
    });
    const passed = stages.every((entry) => entry.tone !== 'fail');
    return {
        directory: dir,
        reportPath: htmlPath,
        lineagePath,
        stages,
        passed,
        validate: validated.report,
        spc,
        trained,
        gate,
        deployments: { staging, request: production.request, production: production.production },
        drift,
        lineage
    };
}
/** A fresh command-line run identity (`local-<time>-<nonce>`) for each step. */
function localRun() {
    return (0,run_key/* runIdentityOf */.Zi)({ runId: '', runAttempt: '1', job: '', workflow: '' }, Date.now());
}
/** Keeps a run's events in the store's `lineage` series, where collectLifecycleLineage reads them. */
async function storeLineageEvents(store, events) {
    for (const event of events)
        await (0,lineage_record_store/* saveLineageEvent */.dt)(store, event);
}

;// CONCATENATED MODULE: ./shared/operations/demo-options.ts

/** Options of `tollgate demo` (a command-line command only; no action has these inputs). */
const demoOptions = {
    directory: {
        description: 'Directory to run the demo in; deleted and recreated (only if empty or made by an earlier demo).',
        default: DEFAULT_DEMO_DIRECTORY,
        cliOnly: true
    },
    rows: {
        description: "Rows of today's generated customers extract (the training data).",
        default: '5000',
        cliOnly: true
    },
    seed: {
        description: 'Seed of the generated data and the models; the same seed, the same data.',
        default: '7',
        cliOnly: true
    }
};

;// CONCATENATED MODULE: ./shared/cli/demo-progress.ts
/**
 * The demo's progress on the terminal: one line per stage with its duration and result, and for
 * long stages (training, the gate's bootstrap) a bar redrawn in place — only when the output is
 * a terminal. In CI logs and pipes the bar would be noise (or thousands of lines), so there are
 * only the stage lines.
 */
const BAR_WIDTH = 24;
const MARKS = { pass: 'ok  ', warn: 'note', fail: 'FAIL' };
function demoProgress(output, terminal) {
    const live = terminal?.isTTY === true ? terminal : undefined;
    let prefix = '';
    let drawn = -1;
    const clear = () => {
        if (live !== undefined && drawn >= 0)
            live.write('\r\u001b[K');
        drawn = -1;
    };
    return {
        stageStarted(stage) {
            prefix = `${String(stage.index).padStart(2)}/${stage.total}  ${stage.title.padEnd(18)}`;
            drawn = -1;
        },
        stageProgress(done, total) {
            if (live === undefined || total <= 0)
                return;
            const percent = Math.min(100, Math.floor((done / total) * 100));
            if (percent === drawn)
                return;
            drawn = percent;
            const filled = Math.round((percent / 100) * BAR_WIDTH);
            live.write(`\r${prefix}[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${String(percent).padStart(3)}%`);
        },
        stageFinished(result) {
            clear();
            output.out(`${prefix}${MARKS[result.tone]}  ${(result.durationMs / 1000).toFixed(1).padStart(5)} s  ${result.summary}`);
        }
    };
}

;// CONCATENATED MODULE: ./shared/cli/commands/demo.ts





/**
 * `tollgate demo`: the whole lifecycle on generated data in a fresh directory with a local
 * store, no token and no network. Exit 0 when every stage went as the demo expects, 1 when one
 * did not; the last line is the path of the HTML report.
 */
const demoCommand = {
    name: 'demo',
    summary: 'Run the whole lifecycle on generated data, offline, and write an HTML report.',
    usage: '[--directory tollgate-demo] [--rows 5000] [--seed 7]',
    options: demoOptions,
    async run(options, _positionals, output) {
        const rows = options.integer('rows');
        if (rows < 1000) {
            throw new errors/* UsageError */.eb(`--rows must be at least 1000 (the demo's checks require 1000 rows), got ${rows}`);
        }
        const directory = options.requiredString('directory');
        output.out(`Tollgate demo: a churn model from generated data to production and drift (local store, no network).`);
        const outcome = await runDemo({
            directory,
            rows,
            seed: options.integer('seed'),
            now: (0,clock/* nowFromEnvironment */.g)(),
            progress: demoProgress(output, process.stdout)
        });
        const seconds = outcome.stages.reduce((sum, stage) => sum + stage.durationMs, 0) / 1000;
        output.out(`${outcome.passed ? 'Done' : 'Finished with a failed stage'} in ${seconds.toFixed(1)} s. ` +
            `Files, reports and the store (.tollgate) are in ${outcome.directory}; lineage: ${outcome.lineagePath}`);
        output.out(`report: ${outcome.reportPath}`);
        return outcome.passed ? 0 : 1;
    }
};


/***/ }),

/***/ 43483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ barChartSvg)
/* harmony export */ });
/* harmony import */ var _axis_scale_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84753);
/* harmony import */ var _chart_frame_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98967);
/* harmony import */ var _display_number_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69755);
/* harmony import */ var _markup_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78643);




const DEFAULT_WIDTH = 760;
const DEFAULT_HEIGHT = 300;
const CATEGORY_LABEL_LENGTH = 14;
const MAX_X_LABELS = 24;
/** The chart as an `<svg>` element. Bars carry `bar series-<i>` classes (one per bin and series). */
function barChartSvg(spec) {
    const width = spec.width ?? DEFAULT_WIDTH;
    const height = spec.height ?? DEFAULT_HEIGHT;
    const slots = spec.bins.kind === 'intervals'
        ? Math.max(0, spec.bins.edges.length - 1)
        : spec.bins.labels.length;
    const share = spec.valueFormat === 'share';
    const values = spec.series.flatMap((series) => series.values.slice(0, slots).filter(Number.isFinite));
    const yTicks = (0,_axis_scale_js__WEBPACK_IMPORTED_MODULE_2__/* .niceTicks */ .at)(0, Math.max(0, ...values) || (share ? 0.1 : 1), 5, !share && values.every(Number.isInteger));
    const format = (value) => share ? `${(0,_axis_scale_js__WEBPACK_IMPORTED_MODULE_2__/* .tickLabel */ .q5)(value * 100, yTicks.step * 100)}%` : (0,_axis_scale_js__WEBPACK_IMPORTED_MODULE_2__/* .tickLabel */ .q5)(value, yTicks.step);
    const legend = spec.series.length > 1
        ? spec.series.map((series) => ({
            label: series.label,
            tone: series.tone,
            swatch: 'box'
        }))
        : [];
    const categoryLabels = spec.bins.kind === 'categories'
        ? spec.bins.labels.map((label) => (0,_markup_js__WEBPACK_IMPORTED_MODULE_1__/* .truncateText */ .EJ)(label, CATEGORY_LABEL_LENGTH))
        : [];
    const rotate = spec.bins.kind === 'categories' &&
        categoryLabels.some((label) => (0,_chart_frame_js__WEBPACK_IMPORTED_MODULE_0__/* .textWidth */ .sc)(label) > (width - 120) / Math.max(1, slots) - 4);
    const left = 30 + Math.max(...yTicks.values.map((value) => (0,_chart_frame_js__WEBPACK_IMPORTED_MODULE_0__/* .textWidth */ .sc)(format(value))));
    const right = 24;
    const top = 8 + (0,_chart_frame_js__WEBPACK_IMPORTED_MODULE_0__/* .legendHeight */ .vi)(legend, width - left - right);
    const bottom = rotate ? 112 : 46;
    const area = { left, top, width: width - left - right, height: height - top - bottom };
    const slotWidth = slots === 0 ? area.width : area.width / slots;
    const y = (0,_axis_scale_js__WEBPACK_IMPORTED_MODULE_2__/* .linearScale */ .om)([yTicks.min, yTicks.max], [area.top + area.height, area.top]);
    const gap = Math.min(2, slotWidth * 0.1);
    const bars = spec.series.map((series, index) => {
        const rects = [];
        for (let slot = 0; slot < slots; slot++) {
            const value = series.values[slot];
            if (value === undefined || !Number.isFinite(value))
                continue;
            const top = y(Math.max(0, value));
            const shown = share ? `${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_3__/* .displayNumber */ .o)(value * 100, 3)}%` : (0,_display_number_js__WEBPACK_IMPORTED_MODULE_3__/* .displayNumber */ .o)(value);
            // Overlaid series are inset a little so the lower one stays visible at its edges.
            const inset = index === 0 ? gap / 2 : gap / 2 + Math.min(3, slotWidth * 0.15);
            rects.push((0,_markup_js__WEBPACK_IMPORTED_MODULE_1__/* .safeHtml */ .b5) `<rect class="bar series-${index} tone-${series.tone}" x="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_1__/* .svgNumber */ .Ah)(area.left + slot * slotWidth + inset)}" y="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_1__/* .svgNumber */ .Ah)(top)}" width="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_1__/* .svgNumber */ .Ah)(Math.max(0.5, slotWidth - 2 * inset))}" height="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_1__/* .svgNumber */ .Ah)(Math.max(0, area.top + area.height - top))}"><title>${binName(spec.bins, slot)} — ${series.label}: ${shown}</title></rect>`);
        }
        return (0,_markup_js__WEBPACK_IMPORTED_MODULE_1__/* .safeHtml */ .b5) `<g class="bars series-${index}">${rects}</g>`;
    });
    return (0,_chart_frame_js__WEBPACK_IMPORTED_MODULE_0__/* .chartSvg */ .nS)({
        width,
        height,
        title: spec.title,
        description: spec.description,
        className: 'chart-svg bar-chart',
        body: [
            (0,_chart_frame_js__WEBPACK_IMPORTED_MODULE_0__/* .yAxisMarkup */ .Fm)(area, yTicks, spec.yLabel, format),
            (0,_chart_frame_js__WEBPACK_IMPORTED_MODULE_0__/* .xAxisMarkup */ .qN)(area, xTicks(spec.bins, area, slotWidth, categoryLabels), spec.xLabel, {
                rotate
            }),
            (0,_markup_js__WEBPACK_IMPORTED_MODULE_1__/* .safeHtml */ .b5) `<g class="series">${bars}</g>`,
            (0,_chart_frame_js__WEBPACK_IMPORTED_MODULE_0__/* .legendMarkup */ .aK)(legend, area.left, 8, area.width)
        ]
    });
}
/** Tick labels: bin edges for intervals, names under the bars for categories; thinned to fit. */
function xTicks(bins, area, slotWidth, categoryLabels) {
    if (bins.kind === 'categories') {
        const every = Math.ceil(categoryLabels.length / MAX_X_LABELS);
        return categoryLabels.flatMap((label, slot) => slot % every === 0 ? [{ position: area.left + (slot + 0.5) * slotWidth, label }] : []);
    }
    const edges = bins.edges;
    const labels = edges.map((edge, index) => {
        if (index === 0 && bins.openLower === true)
            return '−∞';
        if (index === edges.length - 1 && bins.openUpper === true)
            return '+∞';
        return (0,_display_number_js__WEBPACK_IMPORTED_MODULE_3__/* .displayNumber */ .o)(edge, 3);
    });
    const widest = Math.max(...labels.map(_chart_frame_js__WEBPACK_IMPORTED_MODULE_0__/* .textWidth */ .sc), 1);
    const every = Math.max(1, Math.ceil((widest + 8) / Math.max(1, slotWidth)));
    return labels.flatMap((label, index) => index % every === 0 ? [{ position: area.left + index * slotWidth, label }] : []);
}
function binName(bins, slot) {
    if (bins.kind === 'categories')
        return bins.labels[slot] ?? '';
    const low = slot === 0 && bins.openLower === true ? '−∞' : (0,_display_number_js__WEBPACK_IMPORTED_MODULE_3__/* .displayNumber */ .o)(bins.edges[slot], 6);
    const last = slot === bins.edges.length - 2;
    const high = last && bins.openUpper === true ? '+∞' : (0,_display_number_js__WEBPACK_IMPORTED_MODULE_3__/* .displayNumber */ .o)(bins.edges[slot + 1], 6);
    return `[${low}, ${high}${last ? ']' : ')'}`;
}


/***/ }),

/***/ 57533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a4: () => (/* binding */ deployStatus),
/* harmony export */   e2: () => (/* binding */ deployReportSections)
/* harmony export */ });
/* unused harmony export deploymentHistorySection */
/* harmony import */ var _display_number_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69755);
/* harmony import */ var _html_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88839);
/* harmony import */ var _key_value_card_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52587);
/* harmony import */ var _markup_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78643);
/* harmony import */ var _status_badge_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52111);





/**
 * The deploy part of an HTML report: what a deploy run did (status, versions, approval,
 * promotion checks, the deployment and rollback records, the evidence it weighed), and the
 * deployment history of a model as a table, newest first, from the stored deployment records.
 */
const STATUS_BADGES = {
    success: { tone: 'pass', text: 'deployed' },
    failure: { tone: 'fail', text: 'failed' },
    'rolled-back': { tone: 'fail', text: 'failed, rolled back' },
    'awaiting-approval': { tone: 'info', text: 'awaiting approval' },
    denied: { tone: 'fail', text: 'denied' },
    expired: { tone: 'warn', text: 'approval expired' },
    blocked: { tone: 'fail', text: 'blocked by policy' },
    planned: { tone: 'info', text: 'planned (dry run)' },
    skipped: { tone: 'neutral', text: 'skipped' }
};
const OUTCOME_BADGES = {
    success: { tone: 'pass', text: 'success' },
    failure: { tone: 'fail', text: 'failure' },
    'rolled-back': { tone: 'warn', text: 'rolled back' },
    denied: { tone: 'fail', text: 'denied' },
    expired: { tone: 'warn', text: 'expired' }
};
/** The outcome of a deploy report as a badge. */
function deployStatus(report) {
    return STATUS_BADGES[report.status];
}
/** Sections for one deploy run (plus the history when the caller has the records). */
function deployReportSections(report, options = {}) {
    const prefix = options.idPrefix ?? 'deploy';
    const sections = [runSection(report, `${prefix}-run`)];
    if (options.history !== undefined) {
        sections.push(deploymentHistorySection(options.history, { id: `${prefix}-history`, model: report.model }));
    }
    return sections;
}
function runSection(report, id) {
    const facts = [
        { key: 'Model', value: (0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .codeText */ .p)(report.model) },
        { key: 'Version', value: report.version === null ? '—' : (0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .codeText */ .p)(report.version) },
        { key: 'Environment', value: (0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .codeText */ .p)(report.environment) },
        {
            key: 'Previous version',
            value: report.previous_version === null ? 'none' : (0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .codeText */ .p)(report.previous_version)
        },
        { key: 'Generated', value: report.generated_at }
    ];
    const approval = report.approval;
    if (approval !== null) {
        facts.push({
            key: 'Approval',
            value: `${approval.state} via ${approval.via} (${approval.approvals.length} of ${approval.required} approval(s))`
        }, ...(approval.issue === null
            ? []
            : [{ key: 'Approval issue', value: `#${approval.issue.number}` }]), ...(approval.expires_at === null
            ? []
            : [{ key: 'Approval expires', value: approval.expires_at }]));
    }
    const parts = [(0,_key_value_card_js__WEBPACK_IMPORTED_MODULE_1__/* .keyValueCard */ .J)(facts)];
    if (report.promotion !== null && report.promotion.checks.length > 0) {
        parts.push((0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .htmlTable */ .I)({
            caption: `Promotion policy: ${report.promotion.allowed ? 'allowed' : 'refused'}`,
            columns: [{ header: 'Outcome' }, { header: 'Requirement' }, { header: 'Detail' }],
            rows: report.promotion.checks.map((check) => [
                check.passed ? (0,_status_badge_js__WEBPACK_IMPORTED_MODULE_3__/* .statusBadge */ .O)('pass', 'met') : (0,_status_badge_js__WEBPACK_IMPORTED_MODULE_3__/* .statusBadge */ .O)('fail', 'not met'),
                check.requirement,
                check.detail
            ]),
            rowClasses: report.promotion.checks.map((check) => (check.passed ? '' : 'row-fail'))
        }));
    }
    if (approval !== null &&
        approval.approvals.length + approval.denials.length + approval.ignored.length > 0) {
        parts.push((0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .htmlTable */ .I)({
            caption: 'Approval votes',
            columns: [{ header: 'Who' }, { header: 'Vote' }, { header: 'When' }, { header: 'Note' }],
            rows: [
                ...approval.approvals.map((vote) => [
                    (0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .codeText */ .p)(vote.login),
                    (0,_status_badge_js__WEBPACK_IMPORTED_MODULE_3__/* .statusBadge */ .O)('pass', 'approve'),
                    vote.at,
                    vote.reason ?? ''
                ]),
                ...approval.denials.map((vote) => [
                    (0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .codeText */ .p)(vote.login),
                    (0,_status_badge_js__WEBPACK_IMPORTED_MODULE_3__/* .statusBadge */ .O)('fail', 'deny'),
                    vote.at,
                    vote.reason ?? ''
                ]),
                ...approval.ignored.map((vote) => [
                    (0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .codeText */ .p)(vote.login),
                    (0,_status_badge_js__WEBPACK_IMPORTED_MODULE_3__/* .statusBadge */ .O)('neutral', `${vote.kind} (ignored)`),
                    vote.at,
                    vote.reason
                ])
            ]
        }));
    }
    const records = [report.deployment, report.rollback].filter((record) => record !== null);
    if (records.length > 0)
        parts.push(historyTable(records, 'Records written by this run'));
    const evidence = report.evidence;
    if (evidence !== null) {
        if (evidence.gate_verdicts.length > 0) {
            parts.push((0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .htmlTable */ .I)({
                caption: 'Gate verdicts of this version',
                columns: [
                    { header: 'Verdict' },
                    { header: 'Champion' },
                    { header: 'Summary' },
                    { header: 'Recorded' }
                ],
                rows: evidence.gate_verdicts.map((verdict) => [
                    verdict.passed
                        ? (0,_status_badge_js__WEBPACK_IMPORTED_MODULE_3__/* .statusBadge */ .O)('pass', verdict.verdict)
                        : (0,_status_badge_js__WEBPACK_IMPORTED_MODULE_3__/* .statusBadge */ .O)('fail', verdict.verdict),
                    verdict.champion === null ? 'none' : (0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .codeText */ .p)(verdict.champion.reference),
                    verdict.summary,
                    verdict.recordedAt
                ])
            }));
        }
        if (evidence.reports.length > 0) {
            parts.push((0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .htmlTable */ .I)({
                caption: 'Evidence reports',
                columns: [
                    { header: 'Report' },
                    { header: 'Action' },
                    { header: 'Status' },
                    { header: 'Summary' }
                ],
                rows: evidence.reports.map((entry) => [
                    (0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .codeText */ .p)(entry.path),
                    entry.action ?? '—',
                    entry.status,
                    entry.summary ?? ''
                ])
            }));
        }
        if (evidence.stage_history.length > 0) {
            parts.push((0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .htmlTable */ .I)({
                caption: 'Stage history of the model (oldest first)',
                columns: [
                    { header: 'When' },
                    { header: 'Stage' },
                    { header: 'Action' },
                    { header: 'Version' },
                    { header: 'By' }
                ],
                rows: evidence.stage_history.map((event) => [
                    event.at,
                    (0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .codeText */ .p)(event.stage),
                    event.action,
                    event.version === null ? '—' : (0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .codeText */ .p)(event.version),
                    event.actor ?? '—'
                ])
            }));
        }
    }
    return {
        id,
        title: `Deployment to ${report.environment}`,
        source: 'deploy',
        status: deployStatus(report),
        lead: report.message,
        body: (0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .safeHtml */ .b5) `${parts}`
    };
}
/**
 * The deployment history of a model: every stored deployment and rollback record, newest first
 * (what `tollgate deployments` lists), with who approved it and how the step ended.
 */
function deploymentHistorySection(records, options = {}) {
    const newestFirst = [...records].sort((a, b) => a.finishedAt < b.finishedAt ? 1 : a.finishedAt > b.finishedAt ? -1 : 0);
    const environments = [...new Set(records.map((record) => record.environment))];
    return {
        id: options.id ?? 'deployments',
        title: options.title ??
            (options.model === undefined
                ? 'Deployment history'
                : `Deployment history of ${options.model}`),
        source: 'deploy',
        lead: `${records.length} record(s) over ${environments.length} environment(s), newest first.`,
        body: historyTable(newestFirst, undefined)
    };
}
function historyTable(records, caption) {
    return (0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .htmlTable */ .I)({
        ...(caption === undefined ? {} : { caption }),
        columns: [
            { header: 'Finished' },
            { header: 'Environment' },
            { header: 'Kind' },
            { header: 'Version' },
            { header: 'Previous' },
            { header: 'Outcome' },
            { header: 'Approved by' },
            { header: 'Started by' },
            { header: 'Run' },
            { header: 'Step' }
        ],
        rows: records.map((record) => [
            record.finishedAt,
            (0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .codeText */ .p)(record.environment),
            record.kind,
            (0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .codeText */ .p)(record.version),
            record.previousVersion === null ? '—' : (0,_html_table_js__WEBPACK_IMPORTED_MODULE_0__/* .codeText */ .p)(record.previousVersion),
            (0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .safeHtml */ .b5) `${(0,_status_badge_js__WEBPACK_IMPORTED_MODULE_3__/* .statusBadge */ .O)(OUTCOME_BADGES[record.status].tone, OUTCOME_BADGES[record.status].text)}${record.rollback === undefined
                ? ''
                : (0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .safeHtml */ .b5) ` <span class="note">rollback to ${record.rollback.version}: ${record.rollback.status}</span>`}`,
            record.approval.approvers.length === 0
                ? `${record.approval.via}${record.approval.required === 0 ? ' (none needed)' : ''}`
                : record.approval.approvers.map((approver) => approver.login).join(', '),
            record.initiator,
            `${record.run.id} #${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_4__/* .displayNumber */ .o)(record.run.attempt)}`,
            record.step.detail
        ]),
        rowClasses: records.map((record) => record.status === 'success'
            ? ''
            : record.status === 'failure' || record.status === 'denied'
                ? 'row-fail'
                : 'row-warn'),
        emptyText: 'No deployments recorded yet.'
    });
}


/***/ }),

/***/ 42709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q$: () => (/* binding */ driftReportSections),
/* harmony export */   wM: () => (/* binding */ driftStatus)
/* harmony export */ });
/* unused harmony export MAX_DRIFT_HISTOGRAMS */
/* harmony import */ var _drift_report_drift_report_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(75959);
/* harmony import */ var _drift_report_drift_tables_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43024);
/* harmony import */ var _bar_chart_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43483);
/* harmony import */ var _chart_frame_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98967);
/* harmony import */ var _display_number_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(69755);
/* harmony import */ var _html_table_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88839);
/* harmony import */ var _key_value_card_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52587);
/* harmony import */ var _markup_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(78643);
/* harmony import */ var _status_badge_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(52111);









/**
 * The drift-check part of an HTML report: the verdict with both sides and the settings, schema
 * changes, a per-column table (method, statistic, p-value, score against its threshold), and the
 * reference and current distributions of the most drifted columns drawn over each other (the
 * bins the test used, as shares of each side).
 */
/** Columns whose distributions are drawn. */
const MAX_DRIFT_HISTOGRAMS = 12;
const CHANGE_TEXT = {
    missing_in_current: 'missing in the current data',
    new_in_current: 'new in the current data',
    type_changed: 'type changed'
};
/** The verdict of a drift report as a badge. */
function driftStatus(report) {
    if (report.dataset.dataset_drift)
        return { tone: 'fail', text: 'dataset drift' };
    if (report.dataset.schema_drift)
        return { tone: 'fail', text: 'schema changed' };
    if (report.dataset.drifted_columns > 0)
        return { tone: 'warn', text: 'some columns drifted' };
    return { tone: 'pass', text: 'no drift' };
}
/** Sections for one drift-check run; `idPrefix` tells apart several runs in one document. */
function driftReportSections(report, options = {}) {
    const prefix = options.idPrefix ?? 'drift';
    const sections = [
        summarySection(report, `${prefix}-summary`),
        columnsSection(report, `${prefix}-columns`)
    ];
    const distributions = distributionSection(report, `${prefix}-distributions`);
    if (distributions !== undefined)
        sections.push(distributions);
    return sections;
}
function summarySection(report, id) {
    const { dataset, settings } = report;
    const facts = [
        { key: 'Subject', value: (0,_html_table_js__WEBPACK_IMPORTED_MODULE_3__/* .codeText */ .p)(report.subject) },
        { key: 'Reference', value: sideText(report.reference) },
        { key: 'Current', value: sideText(report.current) },
        { key: 'Method', value: settings.method },
        {
            key: 'Threshold',
            value: settings.threshold === null ? 'per method default' : (0,_drift_report_drift_tables_js__WEBPACK_IMPORTED_MODULE_0__/* .formatScore */ .y)(settings.threshold)
        },
        { key: 'Dataset drifts at share', value: `≥ ${(0,_drift_report_drift_tables_js__WEBPACK_IMPORTED_MODULE_0__/* .formatScore */ .y)(dataset.drift_share)}` },
        ...(settings.ignored_columns.length === 0
            ? []
            : [{ key: 'Ignored columns', value: settings.ignored_columns.join(', ') }]),
        ...(report.run?.url === undefined ? [] : [{ key: 'Workflow run', value: report.run.url }]),
        { key: 'Generated', value: report.generated_at }
    ];
    const schema = report.schema_changes.length === 0
        ? ''
        : (0,_markup_js__WEBPACK_IMPORTED_MODULE_5__/* .safeHtml */ .b5) `<h3>Schema changes</h3>${(0,_html_table_js__WEBPACK_IMPORTED_MODULE_3__/* .htmlTable */ .I)({
            columns: [
                { header: 'Column' },
                { header: 'Change' },
                { header: 'Reference type' },
                { header: 'Current type' }
            ],
            rows: report.schema_changes.map((change) => [
                (0,_html_table_js__WEBPACK_IMPORTED_MODULE_3__/* .codeText */ .p)(change.column),
                CHANGE_TEXT[change.change],
                change.reference_type ?? '—',
                change.current_type ?? '—'
            ])
        })}`;
    const errors = dataset.errors.length === 0
        ? ''
        : (0,_markup_js__WEBPACK_IMPORTED_MODULE_5__/* .safeHtml */ .b5) `<h3>Columns that could not be tested</h3>${(0,_html_table_js__WEBPACK_IMPORTED_MODULE_3__/* .htmlTable */ .I)({
            columns: [{ header: 'Column' }, { header: 'Reason' }],
            rows: dataset.errors.map((error) => [(0,_html_table_js__WEBPACK_IMPORTED_MODULE_3__/* .codeText */ .p)(error.column), error.error])
        })}`;
    return {
        id,
        title: 'Drift',
        source: 'drift-check',
        status: driftStatus(report),
        lead: `${dataset.drifted_columns} of ${dataset.tested_columns} tested column(s) drifted (share ${(0,_drift_report_drift_tables_js__WEBPACK_IMPORTED_MODULE_0__/* .formatScore */ .y)(dataset.share)}; ` +
            `the dataset drifts at ≥ ${(0,_drift_report_drift_tables_js__WEBPACK_IMPORTED_MODULE_0__/* .formatScore */ .y)(dataset.drift_share)})` +
            (report.schema_changes.length > 0
                ? `; ${report.schema_changes.length} schema change(s).`
                : '.') +
            (dataset.exact ? '' : ' Some references are profile sketches: scores are approximate (≈).'),
        body: (0,_markup_js__WEBPACK_IMPORTED_MODULE_5__/* .safeHtml */ .b5) `${(0,_key_value_card_js__WEBPACK_IMPORTED_MODULE_4__/* .keyValueCard */ .J)(facts)}${schema}${errors}`
    };
}
function columnsSection(report, id) {
    const drifted = (0,_drift_report_drift_report_js__WEBPACK_IMPORTED_MODULE_7__/* .driftedEntries */ .$o)(report);
    const rest = report.columns
        .filter((entry) => !(entry.status === 'tested' && entry.drifted))
        .sort((a, b) => statusRank(a) - statusRank(b) || (0,_drift_report_drift_report_js__WEBPACK_IMPORTED_MODULE_7__/* .driftSeverity */ .N3)(b) - (0,_drift_report_drift_report_js__WEBPACK_IMPORTED_MODULE_7__/* .driftSeverity */ .N3)(a));
    const ordered = [...drifted, ...rest];
    const rows = ordered.map((entry) => {
        const test = entry.test;
        return [
            (0,_html_table_js__WEBPACK_IMPORTED_MODULE_3__/* .codeText */ .p)(entry.column),
            columnBadge(entry),
            entry.kind ?? '—',
            test?.method_label ?? test?.method ?? '—',
            test === undefined ? '—' : (0,_display_number_js__WEBPACK_IMPORTED_MODULE_8__/* .displayNumber */ .o)(test.statistic),
            test === undefined ? '—' : (0,_display_number_js__WEBPACK_IMPORTED_MODULE_8__/* .displayNumber */ .o)(test.p_value),
            test === undefined || test.status === 'error'
                ? '—'
                : `${(0,_drift_report_drift_tables_js__WEBPACK_IMPORTED_MODULE_0__/* .formatScore */ .y)(test.score)}${test.exact ? '' : ' ≈'}`,
            (0,_drift_report_drift_tables_js__WEBPACK_IMPORTED_MODULE_0__/* .conditionText */ .D3)(entry),
            test === undefined
                ? '—'
                : `${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_8__/* .displayNumber */ .o)(test.n_reference)} / ${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_8__/* .displayNumber */ .o)(test.n_current)}`,
            entry.message ?? test?.note ?? test?.error ?? ''
        ];
    });
    return {
        id,
        title: 'Drift by column',
        source: 'drift-check',
        lead: 'Drifted columns first, most severe first; then the rest. The score is the p-value of a test or the distance, compared with the threshold.',
        body: (0,_html_table_js__WEBPACK_IMPORTED_MODULE_3__/* .htmlTable */ .I)({
            columns: [
                { header: 'Column' },
                { header: 'Status' },
                { header: 'Kind' },
                { header: 'Method' },
                { header: 'Statistic', numeric: true },
                { header: 'p-value', numeric: true },
                { header: 'Score', numeric: true },
                { header: 'Drift when' },
                { header: 'n (ref / cur)', numeric: true },
                { header: 'Note' }
            ],
            rows,
            rowClasses: ordered.map((entry) => entry.drifted ? 'row-fail' : entry.status === 'schema' ? 'row-warn' : ''),
            emptyText: 'No columns were compared.'
        })
    };
}
function distributionSection(report, id) {
    const withHistogram = (entry) => entry.test?.histogram !== undefined;
    const drifted = (0,_drift_report_drift_report_js__WEBPACK_IMPORTED_MODULE_7__/* .driftedEntries */ .$o)(report).filter(withHistogram);
    // With few drifted columns, the closest calls among the rest fill the page.
    const others = report.columns
        .filter((entry) => entry.status === 'tested' && !entry.drifted && withHistogram(entry))
        .sort((a, b) => (0,_drift_report_drift_report_js__WEBPACK_IMPORTED_MODULE_7__/* .driftSeverity */ .N3)(b) - (0,_drift_report_drift_report_js__WEBPACK_IMPORTED_MODULE_7__/* .driftSeverity */ .N3)(a));
    const chosen = [...drifted, ...others].slice(0, MAX_DRIFT_HISTOGRAMS);
    if (chosen.length === 0)
        return undefined;
    return {
        id,
        title: 'Reference vs current distributions',
        source: 'drift-check',
        lead: drifted.length > 0
            ? `The ${Math.min(drifted.length, MAX_DRIFT_HISTOGRAMS)} most drifted column(s)${chosen.length > drifted.length ? ', then the closest calls' : ''}: the share of each side in the bins the test used.`
            : 'No column drifted; the closest calls: the share of each side in the bins the test used.',
        body: (0,_markup_js__WEBPACK_IMPORTED_MODULE_5__/* .safeHtml */ .b5) `<div class="chart-grid">${chosen.map(histogramFigure)}</div>`
    };
}
function histogramFigure(entry) {
    const test = entry.test;
    const histogram = test.histogram;
    const { bins, reference, current } = histogramBins(histogram);
    const verdict = entry.drifted ? 'drifted' : 'no drift';
    const svg = (0,_bar_chart_js__WEBPACK_IMPORTED_MODULE_1__/* .barChartSvg */ .U)({
        title: `Distribution of ${entry.column}: reference vs current`,
        description: `${reference.length} bins; ${test.method_label ?? test.method ?? 'test'} score ${(0,_drift_report_drift_tables_js__WEBPACK_IMPORTED_MODULE_0__/* .formatScore */ .y)(test.score)} (${(0,_drift_report_drift_tables_js__WEBPACK_IMPORTED_MODULE_0__/* .conditionText */ .D3)(entry)}): ${verdict}.`,
        xLabel: entry.column,
        yLabel: 'share of rows',
        valueFormat: 'share',
        bins,
        series: [
            { label: 'reference', tone: 'reference', values: reference },
            { label: 'current', tone: 'current', values: current }
        ],
        width: 520,
        height: 280
    });
    return (0,_chart_frame_js__WEBPACK_IMPORTED_MODULE_2__/* .chartFigure */ .VR)(`${entry.column} — ${verdict}`, svg, `${test.method_label ?? test.method ?? ''}: score ${(0,_drift_report_drift_tables_js__WEBPACK_IMPORTED_MODULE_0__/* .formatScore */ .y)(test.score)}${test.exact ? '' : ' ≈'}, drift when ${(0,_drift_report_drift_tables_js__WEBPACK_IMPORTED_MODULE_0__/* .conditionText */ .D3)(entry)}.`);
}
/** Bins of a drift histogram; categories beyond the display limit are one "other" bar. */
function histogramBins(histogram) {
    if (histogram.type === 'intervals') {
        return {
            bins: {
                kind: 'intervals',
                edges: histogram.edges,
                openLower: histogram.open_lower,
                openUpper: histogram.open_upper
            },
            reference: histogram.reference,
            current: histogram.current
        };
    }
    const labels = histogram.labels.map((label) => String(label));
    const reference = [...histogram.reference];
    const current = [...histogram.current];
    if (histogram.other !== undefined) {
        labels.push(`other (${histogram.other.categories})`);
        reference.push(histogram.other.reference);
        current.push(histogram.other.current);
    }
    return { bins: { kind: 'categories', labels }, reference, current };
}
function columnBadge(entry) {
    if (entry.status === 'tested')
        return entry.drifted ? (0,_status_badge_js__WEBPACK_IMPORTED_MODULE_6__/* .statusBadge */ .O)('fail', 'drifted') : (0,_status_badge_js__WEBPACK_IMPORTED_MODULE_6__/* .statusBadge */ .O)('pass', 'no drift');
    if (entry.status === 'schema')
        return (0,_status_badge_js__WEBPACK_IMPORTED_MODULE_6__/* .statusBadge */ .O)('warn', entry.schema_change === undefined ? 'schema' : CHANGE_TEXT[entry.schema_change]);
    if (entry.status === 'error')
        return (0,_status_badge_js__WEBPACK_IMPORTED_MODULE_6__/* .statusBadge */ .O)('neutral', 'not testable');
    return (0,_status_badge_js__WEBPACK_IMPORTED_MODULE_6__/* .statusBadge */ .O)('neutral', 'skipped');
}
function statusRank(entry) {
    return entry.status === 'schema'
        ? 0
        : entry.status === 'tested'
            ? 1
            : entry.status === 'error'
                ? 2
                : 3;
}
function sideText(side) {
    const what = side.model !== undefined
        ? `training profile of ${side.model.name} ${side.model.version}${side.model.stage === undefined ? '' : ` (${side.model.stage})`}`
        : `${side.kind === 'profile' ? 'profile ' : ''}${side.source}`;
    return `${what}: ${side.empty ? 'empty file' : `${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_8__/* .displayNumber */ .o)(side.rows)} rows`}, ${side.columns} columns`;
}


/***/ }),

/***/ 56391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ gateReportSections),
  _: () => (/* binding */ gateStatus)
});

// EXTERNAL MODULE: ./shared/evaluation/metrics.ts + 2 modules
var metrics = __webpack_require__(7302);
// EXTERNAL MODULE: ./shared/html-report/chart-frame.ts
var chart_frame = __webpack_require__(98967);
// EXTERNAL MODULE: ./shared/html-report/display-number.ts
var display_number = __webpack_require__(69755);
// EXTERNAL MODULE: ./shared/html-report/html-table.ts
var html_table = __webpack_require__(88839);
// EXTERNAL MODULE: ./shared/html-report/axis-scale.ts
var axis_scale = __webpack_require__(84753);
// EXTERNAL MODULE: ./shared/html-report/markup.ts
var markup = __webpack_require__(78643);
;// CONCATENATED MODULE: ./shared/html-report/interval-chart.ts




const ROW_HEIGHT = 28;
const LABEL_LENGTH = 28;
/** The chart as an `<svg>`; intervals are `line.interval`, estimates `circle.estimate`. */
function intervalChartSvg(spec) {
    const width = spec.width ?? 640;
    const reference = spec.reference ?? 0;
    const values = spec.rows.flatMap((row) => [row.estimate, row.lower, row.upper].filter((value) => value !== null && Number.isFinite(value)));
    values.push(reference);
    const ticks = (0,axis_scale/* niceTicks */.at)(Math.min(...values), Math.max(...values), 6);
    const left = 16 + Math.max(40, ...spec.rows.map((row) => (0,chart_frame/* textWidth */.sc)((0,markup/* truncateText */.EJ)(row.label, LABEL_LENGTH))));
    const area = {
        left,
        top: 10,
        width: width - left - 20,
        height: Math.max(1, spec.rows.length) * ROW_HEIGHT
    };
    const height = area.top + area.height + 46;
    const x = (0,axis_scale/* linearScale */.om)([ticks.min, ticks.max], [area.left, area.left + area.width]);
    const rows = spec.rows.map((row, index) => {
        const y = area.top + index * ROW_HEIGHT + ROW_HEIGHT / 2;
        const tone = `tone-${row.tone ?? 'value'}`;
        const interval = row.lower !== null &&
            row.upper !== null &&
            Number.isFinite(row.lower) &&
            Number.isFinite(row.upper)
            ? (0,markup/* safeHtml */.b5) `<line class="interval ${tone}" x1="${(0,markup/* svgNumber */.Ah)(x(row.lower))}" x2="${(0,markup/* svgNumber */.Ah)(x(row.upper))}" y1="${(0,markup/* svgNumber */.Ah)(y)}" y2="${(0,markup/* svgNumber */.Ah)(y)}"/>`
            : '';
        const estimate = row.estimate !== null && Number.isFinite(row.estimate)
            ? (0,markup/* safeHtml */.b5) `<circle class="estimate ${tone}" cx="${(0,markup/* svgNumber */.Ah)(x(row.estimate))}" cy="${(0,markup/* svgNumber */.Ah)(y)}" r="4.5"><title>${row.label}: ${(0,display_number/* displayNumber */.o)(row.estimate)} [${(0,display_number/* displayNumber */.o)(row.lower)}, ${(0,display_number/* displayNumber */.o)(row.upper)}]</title></circle>`
            : '';
        return (0,markup/* safeHtml */.b5) `<g class="interval-row"><text class="row-label" x="${(0,markup/* svgNumber */.Ah)(area.left - 8)}" y="${(0,markup/* svgNumber */.Ah)(y)}" text-anchor="end" dominant-baseline="central">${(0,markup/* truncateText */.EJ)(row.label, LABEL_LENGTH)}</text>${interval}${estimate}</g>`;
    });
    const referenceX = (0,markup/* svgNumber */.Ah)(x(reference));
    return (0,chart_frame/* chartSvg */.nS)({
        width,
        height,
        title: spec.title,
        description: spec.description,
        className: 'chart-svg interval-chart',
        body: [
            (0,markup/* safeHtml */.b5) `<g class="grid-lines">${ticks.values.map((value) => (0,markup/* safeHtml */.b5) `<line class="grid" x1="${(0,markup/* svgNumber */.Ah)(x(value))}" x2="${(0,markup/* svgNumber */.Ah)(x(value))}" y1="${(0,markup/* svgNumber */.Ah)(area.top)}" y2="${(0,markup/* svgNumber */.Ah)(area.top + area.height)}"/>`)}</g>`,
            (0,markup/* safeHtml */.b5) `<line class="reference tone-muted" x1="${referenceX}" x2="${referenceX}" y1="${(0,markup/* svgNumber */.Ah)(area.top)}" y2="${(0,markup/* svgNumber */.Ah)(area.top + area.height)}"/>`,
            (0,chart_frame/* xAxisMarkup */.qN)(area, ticks.values.map((value) => ({ position: x(value), label: (0,axis_scale/* tickLabel */.q5)(value, ticks.step) })), spec.xLabel),
            (0,markup/* safeHtml */.b5) `<g class="rows">${rows}</g>`
        ]
    });
}

// EXTERNAL MODULE: ./shared/html-report/key-value-card.ts
var key_value_card = __webpack_require__(52587);
// EXTERNAL MODULE: ./shared/html-report/status-badge.ts
var status_badge = __webpack_require__(52111);
;// CONCATENATED MODULE: ./shared/html-report/gate-sections.ts








/**
 * The evaluate-gate part of an HTML report: the verdict, candidate vs champion for every metric
 * with the difference and its bootstrap confidence interval (as a table and as a dot-and-whisker
 * chart around "no difference"), one row per rule with its reason, the paired tests (McNemar,
 * DeLong), and per-class and per-slice metrics.
 */
const VERDICTS = {
    promote: { tone: 'pass', text: 'promote' },
    reject: { tone: 'fail', text: 'reject' },
    'no-champion': { tone: 'neutral', text: 'no champion to compare' }
};
/** The verdict of a gate report as a badge. */
function gateStatus(report) {
    return VERDICTS[report.verdict];
}
/** Sections for one evaluate-gate run; `idPrefix` tells apart several runs in one document. */
function gateReportSections(report, options = {}) {
    const prefix = options.idPrefix ?? 'gate';
    const sections = [
        verdictSection(report, `${prefix}-verdict`),
        metricsSection(report, `${prefix}-metrics`)
    ];
    const details = detailSection(report, `${prefix}-details`);
    if (details !== undefined)
        sections.push(details);
    return sections;
}
function verdictSection(report, id) {
    const champion = report.champion === null
        ? report.champion_note
        : `${report.champion.reference}${report.champion.stage === null ? '' : ` (${report.champion.stage})`}`;
    const bootstrap = report.rules.bootstrap;
    const facts = [
        { key: 'Candidate', value: (0,html_table/* codeText */.p)(report.candidate.reference) },
        { key: 'Champion', value: report.champion === null ? champion : (0,html_table/* codeText */.p)(champion) },
        { key: 'Task', value: report.task },
        { key: 'Target', value: (0,html_table/* codeText */.p)(report.data.target) },
        {
            key: 'Rows scored',
            value: `${(0,display_number/* displayNumber */.o)(report.data.rows)}${report.data.rows_without_target > 0 ? ` (${(0,display_number/* displayNumber */.o)(report.data.rows_without_target)} without a target)` : ''}`
        },
        {
            key: 'Data',
            value: (0,markup/* joinMarkup */.Rm)(report.data.files.map((file) => (0,markup/* safeHtml */.b5) `${(0,html_table/* codeText */.p)(file.path)} (sha256 ${file.sha256.slice(0, 12)})`), ', ')
        },
        {
            key: 'Rules',
            value: (0,markup/* safeHtml */.b5) `${(0,html_table/* codeText */.p)(report.rules.source)} (${report.rules.comparison} comparison)`
        },
        {
            key: 'Bootstrap',
            value: `${(0,display_number/* displayNumber */.o)(bootstrap.replicates)} replicates, ${bootstrap.interval} intervals, seed ${bootstrap.seed}${bootstrap.stratified ? ', stratified' : ''}`
        },
        { key: 'Generated', value: report.generated_at }
    ];
    const rules = (0,html_table/* htmlTable */.I)({
        caption: 'Rules',
        columns: [
            { header: 'Outcome' },
            { header: 'Metric' },
            { header: 'Rule' },
            { header: 'Required' },
            { header: 'Candidate', numeric: true },
            { header: 'Champion', numeric: true },
            { header: 'Reason' }
        ],
        rows: report.reasons.map((reason) => [
            reason.passed === null
                ? (0,status_badge/* statusBadge */.O)('neutral', 'not evaluated')
                : reason.passed
                    ? (0,status_badge/* statusBadge */.O)('pass', 'passed')
                    : (0,status_badge/* statusBadge */.O)('fail', 'failed'),
            (0,html_table/* codeText */.p)(reason.metric),
            reason.rule.replace(/_/g, ' '),
            reason.required,
            (0,display_number/* displayNumber */.o)(reason.candidate),
            (0,display_number/* displayNumber */.o)(reason.champion),
            reason.sentence
        ]),
        rowClasses: report.reasons.map((reason) => (reason.passed === false ? 'row-fail' : '')),
        emptyText: 'The rules file has no rules.'
    });
    const warnings = report.warnings.length === 0
        ? ''
        : (0,markup/* safeHtml */.b5) `<h3>Warnings</h3><ul>${report.warnings.map((warning) => (0,markup/* safeHtml */.b5) `<li>${warning}</li>`)}</ul>`;
    return {
        id,
        title: 'Evaluation gate',
        source: 'evaluate-gate',
        status: gateStatus(report),
        lead: report.summary,
        body: (0,markup/* safeHtml */.b5) `${(0,key_value_card/* keyValueCard */.J)(facts)}${rules}${warnings}`
    };
}
function metricsSection(report, id) {
    const candidate = report.metrics.candidate;
    const champion = report.metrics.champion;
    const ruleMetrics = new Set(report.reasons.map((reason) => reason.metric));
    const names = [...new Set([...ruleMetrics, ...Object.keys(candidate)])];
    const intervals = new Map(report.evidence.bootstrap.map((entry) => [entry.metric, entry]));
    const rows = names.map((name) => {
        const label = ruleMetrics.has(name)
            ? (0,markup/* safeHtml */.b5) `${(0,html_table/* codeText */.p)(name)} <span class="note">(rule)</span>`
            : (0,html_table/* codeText */.p)(name);
        const value = candidate[name] ?? null;
        if (champion === null)
            return [label, (0,display_number/* displayNumber */.o)(value)];
        const other = champion[name] ?? null;
        const interval = intervals.get(name);
        return [
            label,
            (0,display_number/* displayNumber */.o)(value),
            (0,display_number/* displayNumber */.o)(other),
            delta(name, value, other),
            interval === undefined
                ? ''
                : `[${(0,display_number/* displayNumber */.o)(interval.lower)}, ${(0,display_number/* displayNumber */.o)(interval.upper)}] at ${(0,display_number/* displayPercent */.a)(interval.confidence_level, 4)}`
        ];
    });
    const table = (0,html_table/* htmlTable */.I)({
        caption: champion === null ? 'Candidate metrics' : 'Candidate vs champion',
        columns: champion === null
            ? [{ header: 'Metric' }, { header: 'Candidate', numeric: true }]
            : [
                { header: 'Metric' },
                { header: 'Candidate', numeric: true },
                { header: 'Champion', numeric: true },
                { header: 'Δ candidate − champion', numeric: true },
                { header: 'Bootstrap CI of Δ', numeric: true }
            ],
        rows
    });
    const withInterval = report.evidence.bootstrap.filter((entry) => entry.lower !== null && entry.upper !== null);
    const chart = withInterval.length === 0
        ? ''
        : (0,chart_frame/* chartFigure */.VR)('Bootstrap confidence intervals of candidate − champion', intervalChartSvg({
            title: 'Bootstrap confidence intervals of candidate minus champion',
            description: `${withInterval.length} metric difference(s) with their ${withInterval
                .map((entry) => `${(0,display_number/* displayPercent */.a)(entry.confidence_level, 4)} ${entry.interval}`)
                .filter((text, index, all) => all.indexOf(text) === index)
                .join(', ')} intervals; an interval that excludes 0 is a significant difference.`,
            xLabel: 'candidate − champion',
            rows: withInterval.map((entry) => ({
                label: entry.metric,
                estimate: entry.estimate,
                lower: entry.lower,
                upper: entry.upper,
                tone: improvementTone(entry.metric, entry.lower, entry.upper)
            }))
        }), 'Green: the whole interval is an improvement; red: the whole interval is worse; blue: it includes no difference.');
    return {
        id,
        title: 'Metrics',
        source: 'evaluate-gate',
        lead: champion === null
            ? 'No champion: the candidate alone, against the absolute bounds.'
            : 'Δ is the candidate minus the champion on the same rows; ▲ marks an improvement for the metric.',
        body: (0,markup/* safeHtml */.b5) `${table}${chart}${testsTable(report)}`
    };
}
function testsTable(report) {
    const { mcnemar, delong, notes } = report.evidence;
    const rows = [];
    if (mcnemar !== null) {
        rows.push([
            `McNemar (${mcnemar.method})`,
            (0,display_number/* displayNumber */.o)(mcnemar.statistic),
            (0,display_number/* displayNumber */.o)(mcnemar.p_value),
            `${(0,display_number/* displayNumber */.o)(mcnemar.c)} rows only the candidate got right, ${(0,display_number/* displayNumber */.o)(mcnemar.b)} only the champion; ${mcnemar.favours_candidate ? 'favours the candidate' : 'favours the champion'}.`
        ]);
    }
    if (delong !== null) {
        rows.push([
            'DeLong (ROC AUC)',
            (0,display_number/* displayNumber */.o)(delong.z),
            (0,display_number/* displayNumber */.o)(delong.p_value),
            `AUC ${(0,display_number/* displayNumber */.o)(delong.candidate_auc)} vs ${(0,display_number/* displayNumber */.o)(delong.champion_auc)}; ${(0,display_number/* displayPercent */.a)(delong.confidence_level, 4)} CI of Δ [${(0,display_number/* displayNumber */.o)(delong.lower)}, ${(0,display_number/* displayNumber */.o)(delong.upper)}].`
        ]);
    }
    for (const entry of report.evidence.bootstrap) {
        rows.push([
            `Bootstrap ${entry.metric}`,
            (0,display_number/* displayNumber */.o)(entry.estimate),
            '—',
            `${(0,display_number/* displayPercent */.a)(entry.confidence_level, 4)} ${entry.interval} CI [${(0,display_number/* displayNumber */.o)(entry.lower)}, ${(0,display_number/* displayNumber */.o)(entry.upper)}], ${entry.resampling}, ${(0,display_number/* displayNumber */.o)(entry.replicates_used)} replicates${entry.replicates_dropped > 0 ? ` (${entry.replicates_dropped} dropped)` : ''}, seed ${entry.seed}${entry.required ? '; required by a rule' : ''}.`
        ]);
    }
    if (rows.length === 0 && notes.length === 0)
        return '';
    return (0,markup/* safeHtml */.b5) `<h3>Statistical tests</h3>${(0,html_table/* htmlTable */.I)({
        columns: [
            { header: 'Test' },
            { header: 'Statistic', numeric: true },
            { header: 'p-value', numeric: true },
            { header: 'Meaning' }
        ],
        rows,
        emptyText: 'No paired test ran.'
    })}${notes.length === 0
        ? ''
        : (0,markup/* safeHtml */.b5) `<ul class="note">${notes.map((note) => (0,markup/* safeHtml */.b5) `<li>${note}</li>`)}</ul>`}`;
}
function detailSection(report, id) {
    const parts = [];
    const withChampion = report.champion !== null;
    if (report.per_class !== null && report.per_class.length > 0) {
        parts.push((0,html_table/* htmlTable */.I)({
            caption: 'Per-class precision, recall and F1',
            columns: [
                { header: 'Class' },
                { header: 'Support', numeric: true },
                { header: 'Precision', numeric: true },
                { header: 'Recall', numeric: true },
                { header: 'F1', numeric: true },
                ...(withChampion
                    ? [
                        { header: 'Champion precision', numeric: true },
                        { header: 'Champion recall', numeric: true },
                        { header: 'Champion F1', numeric: true }
                    ]
                    : [])
            ],
            rows: report.per_class.map((row) => [
                (0,html_table/* codeText */.p)(String(row.label)),
                row.support,
                (0,display_number/* displayNumber */.o)(row.candidate.precision),
                (0,display_number/* displayNumber */.o)(row.candidate.recall),
                (0,display_number/* displayNumber */.o)(row.candidate.f1),
                ...(row.champion === null
                    ? withChampion
                        ? ['—', '—', '—']
                        : []
                    : [
                        (0,display_number/* displayNumber */.o)(row.champion.precision),
                        (0,display_number/* displayNumber */.o)(row.champion.recall),
                        (0,display_number/* displayNumber */.o)(row.champion.f1)
                    ])
            ])
        }));
    }
    const slices = report.slices;
    if (slices !== null) {
        const value = (table, name) => (0,display_number/* displayNumber */.o)(table?.[name] ?? null);
        parts.push((0,html_table/* htmlTable */.I)({
            caption: `Metrics by ${slices.column} (${slices.slices.length} slices)`,
            columns: [
                { header: 'Slice' },
                { header: 'Rows', numeric: true },
                ...slices.metrics.flatMap((name) => withChampion
                    ? [
                        { header: name, numeric: true },
                        { header: `champion ${name}`, numeric: true }
                    ]
                    : [{ header: name, numeric: true }])
            ],
            rows: slices.slices.map((slice) => [
                slice.value === null
                    ? (0,markup/* safeHtml */.b5) `<span class="note">(missing)</span>`
                    : (0,html_table/* codeText */.p)(slice.value),
                slice.rows,
                ...slices.metrics.flatMap((name) => withChampion
                    ? [value(slice.candidate, name), value(slice.champion, name)]
                    : [value(slice.candidate, name)])
            ])
        }));
    }
    if (parts.length === 0)
        return undefined;
    return {
        id,
        title: 'Per class and per slice',
        source: 'evaluate-gate',
        collapsed: true,
        body: (0,markup/* safeHtml */.b5) `${parts}`
    };
}
/** The difference with an arrow saying whether it is an improvement for this metric. */
function delta(name, candidate, champion) {
    if (candidate === null || champion === null)
        return '—';
    const difference = candidate - champion;
    if (difference === 0)
        return '0';
    const better = greaterIsBetter(name) ? difference > 0 : difference < 0;
    return `${difference > 0 ? '+' : ''}${(0,display_number/* displayNumber */.o)(difference)} ${better ? '▲' : '▼'}`;
}
function greaterIsBetter(name) {
    return (0,metrics/* isMetricName */.M8)(name) ? metrics/* METRICS */.Cb[name].greaterIsBetter : true;
}
function improvementTone(name, lower, upper) {
    if (lower === null || upper === null)
        return 'value';
    const up = greaterIsBetter(name);
    if ((up && lower > 0) || (!up && upper < 0))
        return 'center';
    if ((up && upper < 0) || (!up && lower > 0))
        return 'limit';
    return 'value';
}


/***/ }),

/***/ 22346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J_: () => (/* binding */ validateReportSections),
/* harmony export */   d_: () => (/* binding */ validateStatus)
/* harmony export */ });
/* unused harmony export MAX_DISTRIBUTION_CHARTS */
/* harmony import */ var _bar_chart_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43483);
/* harmony import */ var _chart_frame_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98967);
/* harmony import */ var _display_number_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(69755);
/* harmony import */ var _html_table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88839);
/* harmony import */ var _key_value_card_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52587);
/* harmony import */ var _markup_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(78643);
/* harmony import */ var _status_badge_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(52111);







/**
 * The validate-data part of an HTML report: the checks (every check, problems first, with the
 * failing sample rows), the column profile and a distribution chart per column (histograms of
 * numeric columns, top values of the others), columns with failing checks first.
 */
/** Distribution charts drawn; a wide table lists the rest in the profile table only. */
const MAX_DISTRIBUTION_CHARTS = 40;
/** Failing sample values shown per check (the JSON report has them all). */
const SAMPLES_SHOWN = 10;
const CHECK_TONES = {
    pass: 'pass',
    warn: 'warn',
    fail: 'fail'
};
const CHECK_WORDS = {
    pass: 'passed',
    warn: 'warning',
    fail: 'failed'
};
const STATUS_ORDER = { fail: 0, warn: 1, pass: 2 };
/** The verdict of a validate report as a badge. */
function validateStatus(report) {
    if (!report.passed)
        return { tone: 'fail', text: 'failed' };
    return report.summary.warnings > 0 || report.summary.failed > 0
        ? { tone: 'warn', text: 'passed with warnings' }
        : { tone: 'pass', text: 'passed' };
}
/**
 * Sections for one validate-data run. `profile` is the profile written with the report; without
 * it only the checks are shown. `idPrefix` tells apart several runs in one document.
 */
function validateReportSections(report, profile, options = {}) {
    const prefix = options.idPrefix ?? 'validate';
    const sections = [checksSection(report, `${prefix}-checks`)];
    if (profile !== undefined) {
        sections.push(profileSection(profile, `${prefix}-profile`));
        const failing = new Set(report.results.flatMap((result) => result.status !== 'pass' && result.column !== null ? [result.column] : []));
        sections.push(distributionSection(profile, failing, `${prefix}-distributions`));
    }
    return sections;
}
function checksSection(report, id) {
    const { summary } = report;
    const files = report.data.files.map((file) => file.path);
    const ordered = [...report.results].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
    const rows = ordered.map((result) => [
        (0,_status_badge_js__WEBPACK_IMPORTED_MODULE_5__/* .statusBadge */ .O)(CHECK_TONES[result.status], CHECK_WORDS[result.status]),
        (0,_html_table_js__WEBPACK_IMPORTED_MODULE_2__/* .codeText */ .p)(result.id),
        result.column === null ? (0,_markup_js__WEBPACK_IMPORTED_MODULE_4__/* .safeHtml */ .b5) `<span class="note">(table)</span>` : (0,_html_table_js__WEBPACK_IMPORTED_MODULE_2__/* .codeText */ .p)(result.column),
        observedText(result),
        result.expected,
        samplesMarkup(result),
        result.message
    ]);
    const table = (0,_html_table_js__WEBPACK_IMPORTED_MODULE_2__/* .htmlTable */ .I)({
        caption: `${summary.checks} check(s), problems first`,
        columns: [
            { header: 'Status' },
            { header: 'Check' },
            { header: 'Column' },
            { header: 'Observed' },
            { header: 'Expected' },
            { header: 'Failing rows (first)' },
            { header: 'Message' }
        ],
        rows,
        // Row classes mark problems for the eye; the status word says it in text.
        rowClasses: ordered.map((result) => (result.status === 'pass' ? '' : `row-${result.status}`)),
        emptyText: 'The checks file declares no checks.'
    });
    return {
        id,
        title: 'Data checks',
        source: 'validate-data',
        status: validateStatus(report),
        lead: `${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(report.data.rows)} rows × ${report.data.columns.length} columns: ${summary.passed} passed, ${summary.failed} failed, ${summary.warnings} warning(s).`,
        body: (0,_markup_js__WEBPACK_IMPORTED_MODULE_4__/* .safeHtml */ .b5) `${(0,_key_value_card_js__WEBPACK_IMPORTED_MODULE_3__/* .keyValueCard */ .J)([
            { key: 'Data', value: files.length === 0 ? '—' : (0,_markup_js__WEBPACK_IMPORTED_MODULE_4__/* .joinMarkup */ .Rm)(files.map(_html_table_js__WEBPACK_IMPORTED_MODULE_2__/* .codeText */ .p), ', ') },
            { key: 'Rows', value: (0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(report.data.rows) },
            { key: 'Columns', value: String(report.data.columns.length) },
            { key: 'Checks file', value: (0,_html_table_js__WEBPACK_IMPORTED_MODULE_2__/* .codeText */ .p)(report.checks_file) },
            { key: 'Fail on', value: report.fail_on },
            { key: 'Generated', value: report.generated_at }
        ])}${table}`
    };
}
function profileSection(profile, id) {
    const rows = profile.columns.map((column) => [
        (0,_html_table_js__WEBPACK_IMPORTED_MODULE_2__/* .codeText */ .p)(column.name),
        column.type,
        column.null_fraction === null
            ? '—'
            : `${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(column.nulls)} (${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayPercent */ .a)(column.null_fraction)})`,
        `${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(column.distinct)}${column.distinct_exact ? '' : ' (est.)'}`,
        extremeText(column.min),
        (0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(column.mean),
        (0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(column.std),
        (0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(quantile(column, 0.5)),
        extremeText(column.max),
        column.top_values
            .slice(0, 3)
            .map((entry) => `${(0,_markup_js__WEBPACK_IMPORTED_MODULE_4__/* .truncateText */ .EJ)(entry.value, 24)} (${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(entry.count)})`)
            .join(', ')
    ]);
    return {
        id,
        title: 'Column profile',
        source: 'validate-data',
        lead: `${profile.columns.length} column(s) over ${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(profile.rows)} rows. Quantiles are ${profile.columns.every((column) => column.quantiles_exact || column.quantiles === null) ? 'exact' : 'exact where marked, else sketch estimates'}.`,
        body: (0,_html_table_js__WEBPACK_IMPORTED_MODULE_2__/* .htmlTable */ .I)({
            columns: [
                { header: 'Column' },
                { header: 'Type' },
                { header: 'Missing', numeric: true },
                { header: 'Distinct', numeric: true },
                { header: 'Min', numeric: true },
                { header: 'Mean', numeric: true },
                { header: 'Std', numeric: true },
                { header: 'Median', numeric: true },
                { header: 'Max', numeric: true },
                { header: 'Top values' }
            ],
            rows,
            emptyText: 'The data has no columns.'
        })
    };
}
function distributionSection(profile, failing, id) {
    const drawable = profile.columns.filter((column) => (column.histogram !== null && column.histogram.counts.length > 0) ||
        column.top_values.length > 0);
    const ordered = [
        ...drawable.filter((column) => failing.has(column.name)),
        ...drawable.filter((column) => !failing.has(column.name))
    ];
    const shown = ordered.slice(0, MAX_DISTRIBUTION_CHARTS);
    const charts = shown.map((column) => distributionChart(column, failing.has(column.name)));
    const rest = ordered.length - shown.length;
    return {
        id,
        title: 'Distributions',
        source: 'validate-data',
        lead: drawable.length === 0
            ? 'No column has values to draw.'
            : `Histograms of numeric columns and the most frequent values of the others${failing.size > 0 ? '; columns with failing checks first' : ''}.`,
        body: (0,_markup_js__WEBPACK_IMPORTED_MODULE_4__/* .safeHtml */ .b5) `<div class="chart-grid">${charts}</div>${rest > 0 ? (0,_markup_js__WEBPACK_IMPORTED_MODULE_4__/* .safeHtml */ .b5) `<p class="note">${rest} more column(s) are in the profile table and the profile JSON.</p>` : ''}`
    };
}
function distributionChart(column, failing) {
    const caption = `${column.name}${failing ? ' (failing checks)' : ''}`;
    if (column.histogram !== null && column.histogram.counts.length > 0) {
        const { edges, counts } = column.histogram;
        const svg = (0,_bar_chart_js__WEBPACK_IMPORTED_MODULE_0__/* .barChartSvg */ .U)({
            title: `Histogram of ${column.name}`,
            description: `${counts.length} bins from ${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(edges[0])} to ${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(edges[edges.length - 1])}; ${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(counts.reduce((a, b) => a + b, 0))} values.`,
            xLabel: column.name,
            yLabel: 'rows',
            bins: { kind: 'intervals', edges },
            series: [{ label: 'rows', tone: 'value', values: counts }],
            width: 480,
            height: 260
        });
        return (0,_chart_frame_js__WEBPACK_IMPORTED_MODULE_1__/* .chartFigure */ .VR)(caption, svg, column.quantiles_exact ? undefined : 'Counts estimated from the quantile sketch.');
    }
    const top = column.top_values.slice(0, 10);
    const svg = (0,_bar_chart_js__WEBPACK_IMPORTED_MODULE_0__/* .barChartSvg */ .U)({
        title: `Most frequent values of ${column.name}`,
        description: `${top.length} most frequent of ${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(column.distinct)} distinct values.`,
        xLabel: column.name,
        yLabel: 'rows',
        bins: { kind: 'categories', labels: top.map((entry) => entry.value) },
        series: [{ label: 'rows', tone: 'value', values: top.map((entry) => entry.count) }],
        width: 480,
        height: 260
    });
    return (0,_chart_frame_js__WEBPACK_IMPORTED_MODULE_1__/* .chartFigure */ .VR)(caption, svg, column.top_values_exact
        ? undefined
        : 'Counts are estimates (more distinct values than tracked exactly).');
}
/** What a check measured, in words. */
function observedText(result) {
    if (result.unexpected_count !== null &&
        result.element_count > 0 &&
        result.check !== 'unique' &&
        result.check !== 'compound_unique') {
        return `${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(result.unexpected_count)} of ${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(result.element_count)} fail (${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(result.unexpected_percent ?? 0, 3)}%)`;
    }
    const observed = result.observed;
    if (observed === null || observed === undefined)
        return '—';
    if (typeof observed === 'number')
        return `${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(observed)}${result.exact ? '' : ' (est.)'}`;
    if (typeof observed === 'string' || typeof observed === 'boolean')
        return String(observed);
    if (Array.isArray(observed)) {
        return observed.slice(0, 8).map(valueText).join(', ') + (observed.length > 8 ? ', …' : '');
    }
    return Object.entries(observed)
        .map(([key, value]) => `${key.replace(/_/g, ' ')}: ${valueText(value)}`)
        .join(', ');
}
/** A value of an observation: numbers shortened, nested structures as JSON. */
function valueText(value) {
    if (typeof value === 'number')
        return (0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(value);
    if (typeof value === 'string')
        return value;
    return JSON.stringify(value) ?? String(value);
}
function samplesMarkup(result) {
    if (result.unexpected_samples.length === 0)
        return '';
    const items = result.unexpected_samples
        .slice(0, SAMPLES_SHOWN)
        .map((sample) => (0,_markup_js__WEBPACK_IMPORTED_MODULE_4__/* .safeHtml */ .b5) `<li>row ${(0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(sample.row)}: <code>${(0,_markup_js__WEBPACK_IMPORTED_MODULE_4__/* .truncateText */ .EJ)(sample.value, 60)}</code></li>`);
    const more = result.unexpected_samples.length - SAMPLES_SHOWN;
    return (0,_markup_js__WEBPACK_IMPORTED_MODULE_4__/* .safeHtml */ .b5) `<ul class="samples">${items}${more > 0 ? (0,_markup_js__WEBPACK_IMPORTED_MODULE_4__/* .safeHtml */ .b5) `<li>… ${more} more in the JSON report</li>` : ''}</ul>`;
}
function extremeText(value) {
    if (value === null)
        return '—';
    return typeof value === 'number' ? (0,_display_number_js__WEBPACK_IMPORTED_MODULE_6__/* .displayNumber */ .o)(value) : value;
}
function quantile(column, q) {
    return column.quantiles?.find((entry) => entry.q === q)?.value ?? null;
}


/***/ }),

/***/ 52304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ collectLifecycleLineage)
});

// UNUSED EXPORTS: DEFAULT_LINEAGE_LIMIT

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
;// CONCATENATED MODULE: ./shared/lineage/lifecycle-graph.ts
/**
 * The part of a lineage graph that tells one model's story across its lifecycle (DESIGN.md §7):
 * data digests → validation and SPC runs → train run → model version → gate verdict →
 * deployments → drift runs.
 *
 * Upstream and downstream paths of the model's versions are not enough: a validation run reads
 * the training data but nothing the model is built from, so it is a sibling of the train run,
 * not an ancestor. The graph therefore keeps:
 * 1. every node on a directed path into or out of any version of the model;
 * 2. the "observers" of the data in (1): each run reading a kept dataset, with everything
 *    downstream of it (a validation run, the profile it wrote, the spc-check run that charted
 *    that profile), unless that leads to another model's version (another model trained on the
 *    same data is not this model's story);
 * 3. every input of a kept run (a gate's evaluation data, a drift run's current batch).
 */
function modelLifecycleGraph(graph, model) {
    const prefix = `model:${model}@`;
    const byId = new Map(graph.nodes.map((node) => [node.id, node]));
    const outgoing = adjacency(graph.edges, 'from');
    const incoming = adjacency(graph.edges, 'to');
    const seeds = graph.nodes.filter((node) => node.kind === 'model-version' && node.id.startsWith(prefix));
    if (seeds.length === 0)
        return { nodes: [], edges: [] };
    const reach = (starts, next) => {
        const seen = new Set(starts);
        const queue = [...starts];
        while (queue.length > 0) {
            for (const neighbour of next.get(queue.pop()) ?? []) {
                if (!seen.has(neighbour)) {
                    seen.add(neighbour);
                    queue.push(neighbour);
                }
            }
        }
        return seen;
    };
    const seedIds = seeds.map((node) => node.id);
    const keep = new Set([...reach(seedIds, outgoing), ...reach(seedIds, incoming)]);
    const isForeignModel = (id) => byId.get(id)?.kind === 'model-version' && !id.startsWith(prefix);
    for (const id of [...keep]) {
        if (byId.get(id)?.kind !== 'dataset')
            continue;
        for (const reader of outgoing.get(id) ?? []) {
            if (keep.has(reader))
                continue;
            const downstream = reach([reader], outgoing);
            if ([...downstream].some(isForeignModel))
                continue;
            for (const node of downstream)
                keep.add(node);
        }
    }
    for (const id of [...keep]) {
        if (!isRun(byId.get(id)))
            continue;
        for (const input of incoming.get(id) ?? [])
            keep.add(input);
    }
    return {
        nodes: graph.nodes.filter((node) => keep.has(node.id)),
        edges: graph.edges.filter((edge) => keep.has(edge.from) && keep.has(edge.to))
    };
}
function isRun(node) {
    return node !== undefined && node.kind !== 'dataset' && node.kind !== 'model-version';
}
function adjacency(edges, key) {
    const map = new Map();
    for (const edge of edges) {
        const [here, there] = key === 'from' ? [edge.from, edge.to] : [edge.to, edge.from];
        const list = map.get(here);
        if (list === undefined)
            map.set(here, [there]);
        else
            list.push(there);
    }
    return map;
}

// EXTERNAL MODULE: ./shared/lineage/lineage-graph.ts
var lineage_graph = __webpack_require__(80320);
// EXTERNAL MODULE: ./shared/lineage/openlineage-event.ts
var openlineage_event = __webpack_require__(20068);
// EXTERNAL MODULE: ./shared/registry/gto-tags.ts
var gto_tags = __webpack_require__(33148);
// EXTERNAL MODULE: ./shared/registry/model-bundle.ts + 2 modules
var model_bundle = __webpack_require__(61705);
// EXTERNAL MODULE: ./shared/store/canonical-json.ts
var canonical_json = __webpack_require__(92113);
// EXTERNAL MODULE: ./shared/operations/deploy-record-store.ts
var deploy_record_store = __webpack_require__(96650);
// EXTERNAL MODULE: ./shared/operations/gate-record-store.ts + 1 modules
var gate_record_store = __webpack_require__(37864);
// EXTERNAL MODULE: ./shared/operations/lineage-record-store.ts
var lineage_record_store = __webpack_require__(58964);
;// CONCATENATED MODULE: ./shared/operations/lifecycle-lineage.ts










const DEFAULT_LINEAGE_LIMIT = 2000;
async function collectLifecycleLineage(store, model, options = {}) {
    (0,gto_tags/* assertModelName */.fY)(model);
    const problems = [];
    const events = [];
    const attempt = async (what, read) => {
        try {
            events.push(...(await read()));
        }
        catch (error) {
            if (!(error instanceof errors/* TollgateError */.xB))
                throw error;
            problems.push(`${what}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    };
    const bundles = (await store.listBundles(`${model}@`)).filter((name) => /^[^@]+@v\d+\.\d+\.\d+/.test(name));
    for (const tag of bundles) {
        await attempt(`lineage.json of ${tag}`, () => bundleEvents(store, tag));
    }
    await attempt(`gate verdicts of ${model}`, async () => (await (0,gate_record_store/* listGateVerdicts */.eW)(store, model)).flatMap((record) => record.lineage === undefined ? [] : [record.lineage]));
    await attempt(`deployments of ${model}`, async () => (await (0,deploy_record_store/* listDeployments */.Jn)(store, model)).flatMap((record) => record.lineage === undefined ? [] : [record.lineage]));
    const series = await (0,lineage_record_store/* listLineageEvents */.rQ)(store, {
        limit: options.lineageLimit ?? DEFAULT_LINEAGE_LIMIT
    });
    events.push(...series.events);
    problems.push(...series.problems);
    events.push(...(options.extraEvents ?? []));
    return { graph: modelLifecycleGraph((0,lineage_graph/* buildLineageGraph */.yc)(events), model), events, problems };
}
/** The events of a version's lineage.json; none when the version has no such file. */
async function bundleEvents(store, tag) {
    const manifest = await store.readBundleManifest(tag);
    if (manifest === undefined)
        return [];
    if (!manifest.files.some((file) => file.name === model_bundle/* MODEL_BUNDLE_FILES */.rU.lineage))
        return [];
    const parsed = (0,canonical_json/* parseJsonBytes */.dQ)(await store.readBundleFile(tag, model_bundle/* MODEL_BUNDLE_FILES */.rU.lineage));
    if (!parsed.ok || !(0,canonical_json/* isJsonObject */.OW)(parsed.value) || !Array.isArray(parsed.value.events)) {
        throw new errors/* IntegrityError */.cs(`${tag}'s ${model_bundle/* MODEL_BUNDLE_FILES */.rU.lineage} is not a lineage document`);
    }
    return parsed.value.events.map((event, index) => (0,openlineage_event/* parseRunEvent */.X0)(event, `lineage event ${index + 1} of ${tag}`));
}


/***/ })

};
