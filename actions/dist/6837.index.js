export const id = 6837;
export const ids = [6837];
export const modules = {

/***/ 39572:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I7: () => (/* binding */ lineageContextFor),
/* harmony export */   WQ: () => (/* binding */ runtimeEnvironment),
/* harmony export */   iq: () => (/* binding */ codeVersion),
/* harmony export */   sN: () => (/* binding */ fileSha256),
/* harmony export */   tM: () => (/* binding */ workflowRun),
/* harmony export */   ti: () => (/* binding */ actorName)
/* harmony export */ });
/* unused harmony export lineageProducer */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(84402);





/**
 * What a training or registration run records about where it ran, so a model version can be
 * traced back to the exact data bytes, code commit and machine that produced it (the issue's
 * "Tracks: … data digests, code commit, runner/OS/Node versions"). Everything here reads the
 * environment or the file system; callers pass `env` so tests can pin it.
 */
/** SHA-256 of a file's bytes, lower-case hex, read as a stream (the file may be gigabytes). */
async function fileSha256(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}
/**
 * The commit of the working tree at `cwd` (`git rev-parse HEAD`, plus whether tracked files were
 * modified), falling back to GITHUB_SHA when `cwd` is not a git checkout (e.g. a workflow that
 * skipped actions/checkout). A machine without git simply records no commit.
 */
function codeVersion(cwd, env = process.env) {
    const version = {};
    const head = git(['rev-parse', 'HEAD'], cwd);
    if (head !== undefined && /^[0-9a-f]{40,64}$/.test(head)) {
        version.commit = head;
        const status = git(['status', '--porcelain', '--untracked-files=no'], cwd);
        if (status !== undefined)
            version.dirty = status !== '';
    }
    else if (nonEmpty(env.GITHUB_SHA)) {
        version.commit = env.GITHUB_SHA;
    }
    if (nonEmpty(env.GITHUB_REF))
        version.ref = env.GITHUB_REF;
    else if (version.commit !== undefined && head !== undefined) {
        const branch = git(['rev-parse', '--abbrev-ref', 'HEAD'], cwd);
        if (branch !== undefined && branch !== 'HEAD')
            version.ref = branch;
    }
    if (nonEmpty(env.GITHUB_REPOSITORY))
        version.repository = env.GITHUB_REPOSITORY;
    return version;
}
function git(args, cwd) {
    try {
        const result = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', args, {
            cwd,
            encoding: 'utf8',
            timeout: 10_000,
            stdio: ['ignore', 'pipe', 'ignore']
        });
        return result.status === 0 ? result.stdout.trim() : undefined;
    }
    catch {
        return undefined;
    }
}
function runtimeEnvironment(env = process.env) {
    const runtime = {
        tollgate: _version_js__WEBPACK_IMPORTED_MODULE_4__/* .TOLLGATE_VERSION */ .o,
        node: process.version,
        os: { platform: (0,node_os__WEBPACK_IMPORTED_MODULE_3__.platform)(), release: (0,node_os__WEBPACK_IMPORTED_MODULE_3__.release)(), arch: (0,node_os__WEBPACK_IMPORTED_MODULE_3__.arch)() }
    };
    if (env.GITHUB_ACTIONS === 'true') {
        const runner = {};
        if (nonEmpty(env.RUNNER_NAME))
            runner.name = env.RUNNER_NAME;
        if (nonEmpty(env.RUNNER_OS))
            runner.os = env.RUNNER_OS;
        if (nonEmpty(env.RUNNER_ARCH))
            runner.arch = env.RUNNER_ARCH;
        if (nonEmpty(env.RUNNER_ENVIRONMENT))
            runner.environment = env.RUNNER_ENVIRONMENT;
        runtime.runner = runner;
    }
    return runtime;
}
/**
 * The surrounding workflow run (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT, GITHUB_JOB), which makes a
 * re-run of the same attempt write the same registry entry instead of a second one. Undefined on
 * a laptop: there every invocation is its own run, so two `tollgate register` calls give two
 * versions.
 */
function workflowRun(env = process.env) {
    if (!nonEmpty(env.GITHUB_RUN_ID))
        return undefined;
    const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1');
    const run = {
        id: env.GITHUB_RUN_ID,
        attempt: Number.isSafeInteger(attempt) && attempt >= 1 ? attempt : 1
    };
    if (nonEmpty(env.GITHUB_JOB))
        run.job = env.GITHUB_JOB;
    if (nonEmpty(env.GITHUB_WORKFLOW))
        run.workflow = env.GITHUB_WORKFLOW;
    return {
        run,
        ...(nonEmpty(env.GITHUB_ACTOR) ? { actor: env.GITHUB_ACTOR } : {}),
        ...(nonEmpty(env.GITHUB_REPOSITORY) ? { repository: env.GITHUB_REPOSITORY } : {}),
        serverUrl: nonEmpty(env.GITHUB_SERVER_URL) ? env.GITHUB_SERVER_URL : 'https://github.com'
    };
}
/**
 * The identity of the emitting software for OpenLineage's `producer`: the action's repository
 * and ref when GitHub says which ones are running (GITHUB_ACTION_REPOSITORY/REF), else a URN with
 * Tollgate's version.
 */
function lineageProducer(env = process.env) {
    if (nonEmpty(env.GITHUB_ACTION_REPOSITORY)) {
        const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
        const ref = nonEmpty(env.GITHUB_ACTION_REF) ? env.GITHUB_ACTION_REF : `v${_version_js__WEBPACK_IMPORTED_MODULE_4__/* .TOLLGATE_VERSION */ .o}`;
        return `${server}/${env.GITHUB_ACTION_REPOSITORY}/tree/${ref}`;
    }
    return `urn:tollgate:v${_version_js__WEBPACK_IMPORTED_MODULE_4__/* .TOLLGATE_VERSION */ .o}`;
}
/**
 * The lineage context of one execution of `action`: in a workflow, job namespace
 * `github://owner/repo` and the run id, attempt and job of the workflow (so a re-run of the same
 * attempt produces the same OpenLineage run id); on a laptop, namespace `local` and a fresh id per
 * invocation.
 */
function lineageContextFor(action, options = {}) {
    const env = options.env ?? process.env;
    const run = workflowRun(env);
    const context = {
        // Short enough to read in a lineage graph; 32 random bits keep local runs apart.
        workflowRunId: run?.run.id ?? `local-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomUUID)().slice(0, 8)}`,
        attempt: run?.run.attempt ?? 1,
        job: run?.run.job ?? '',
        action,
        producer: lineageProducer(env),
        namespace: run?.repository === undefined ? 'local' : `github://${run.repository}`
    };
    if (run?.run.workflow !== undefined)
        context.workflow = run.run.workflow;
    if (run?.repository !== undefined) {
        context.repository = run.repository;
        context.serverUrl = run.serverUrl;
    }
    if (options.commit !== undefined)
        context.commit = options.commit;
    return context;
}
function nonEmpty(value) {
    return value !== undefined && value.trim() !== '';
}
/**
 * Who is acting, for the registry's audit trail: the workflow's GITHUB_ACTOR in Actions, the
 * operating-system user on a laptop.
 */
function actorName(env = process.env) {
    const run = workflowRun(env);
    if (run?.actor !== undefined)
        return run.actor;
    try {
        const name = (0,node_os__WEBPACK_IMPORTED_MODULE_3__.userInfo)().username;
        return name === '' ? undefined : name;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 69755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ displayPercent),
/* harmony export */   o: () => (/* binding */ displayNumber)
/* harmony export */ });
/**
 * Numbers as people read them in report tables: counts with thousands separators, measurements
 * with a few significant digits. The JSON reports keep full precision; this is display only.
 */
/** Integers grouped (12,345), others with `significant` digits; tiny values in exponent form. */
function displayNumber(value, significant = 4) {
    if (value === null || value === undefined)
        return '—';
    if (Number.isNaN(value))
        return 'NaN';
    if (!Number.isFinite(value))
        return value > 0 ? '∞' : '−∞';
    if (Number.isInteger(value) && Math.abs(value) < 1e15)
        return groupDigits(value);
    if (value !== 0 && Math.abs(value) < 1e-4)
        return value.toExponential(significant - 1);
    if (Math.abs(value) >= 1e15)
        return value.toExponential(significant - 1);
    const rounded = Number(value.toPrecision(significant));
    return Number.isInteger(rounded) ? groupDigits(rounded) : String(rounded);
}
/** A share (0.1234) as a percentage ("12.34%"). */
function displayPercent(share, significant = 3) {
    if (share === null || share === undefined || !Number.isFinite(share))
        return '—';
    return `${displayNumber(share * 100, significant)}%`;
}
/** 1234567 → "1,234,567" without depending on the runtime's locale data. */
function groupDigits(value) {
    const sign = value < 0 ? '-' : '';
    const digits = String(Math.abs(value));
    return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}


/***/ }),

/***/ 71200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w4: () => (/* binding */ renderHtmlReport)
});

// UNUSED EXPORTS: contentSecurityPolicy, stylesheetHashSource

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./shared/html-report/key-value-card.ts
var key_value_card = __webpack_require__(52587);
// EXTERNAL MODULE: ./shared/html-report/markup.ts
var markup = __webpack_require__(78643);
;// CONCATENATED MODULE: ./shared/html-report/report-style.ts
/**
 * The report's one stylesheet, inlined in `<style>` (the Content-Security-Policy admits exactly
 * this text by its hash). Light and dark themes follow the reader's `prefers-color-scheme`;
 * chart marks take their colour from `tone-*` classes through the `--tone` custom property, so
 * the SVG renderers never write colours. The palette keeps the value, centre-line and limit
 * colours apart for common colour-vision deficiencies, and dashes and labels carry the meaning too.
 */
const REPORT_STYLESHEET = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --panel: #f6f8fa;
  --grid: #e5e9ee; --link: #0969da;
  --c-value: #1d4ed8; --c-secondary: #7c3aed; --c-center: #15803d; --c-limit: #c2410c;
  --c-warning: #a16207; --c-reference: #64748b; --c-current: #db2777; --c-muted: #94a3b8;
  --pass-bg: #dafbe1; --pass-fg: #116329; --warn-bg: #fff8c5; --warn-fg: #7d4e00;
  --fail-bg: #ffebe9; --fail-fg: #a40e26; --info-bg: #ddf4ff; --info-fg: #0a3069;
  --neutral-bg: #eff2f5; --neutral-fg: #59636e;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --border: #3d444d; --panel: #151b23;
    --grid: #262c36; --link: #4493f8;
    --c-value: #60a5fa; --c-secondary: #c4b5fd; --c-center: #4ade80; --c-limit: #fb923c;
    --c-warning: #facc15; --c-reference: #94a3b8; --c-current: #f472b6; --c-muted: #64748b;
    --pass-bg: #12361f; --pass-fg: #7ee2a0; --warn-bg: #3a2e08; --warn-fg: #f2cc60;
    --fail-bg: #4b1519; --fail-fg: #ff9492; --info-bg: #0c2d4f; --info-fg: #9ecbff;
    --neutral-bg: #262c36; --neutral-fg: #9198a1;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
}
a { color: var(--link); }
code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.9em; }
code { background: var(--panel); border: 1px solid var(--border); border-radius: 4px; padding: 0 4px; overflow-wrap: anywhere; }
.page { max-width: 1120px; margin: 0 auto; padding: 16px; }
.report-header { border-bottom: 1px solid var(--border); margin-bottom: 16px; padding-bottom: 8px; }
.report-header h1 { font-size: 1.6rem; margin: 0.2em 0; overflow-wrap: anywhere; }
.subtitle { color: var(--muted); margin: 0 0 8px; overflow-wrap: anywhere; }
nav.toc ol { display: flex; flex-wrap: wrap; gap: 6px 16px; list-style: none; margin: 8px 0 16px; padding: 0; }
nav.toc a { text-decoration: none; }
nav.toc a:hover, nav.toc a:focus { text-decoration: underline; }
section.report-section { border: 1px solid var(--border); border-radius: 8px; margin: 0 0 16px; background: var(--bg); }
section.report-section > details > summary {
  cursor: pointer; padding: 10px 14px; display: flex; flex-wrap: wrap; align-items: center; gap: 8px;
  background: var(--panel); border-radius: 8px;
}
section.report-section > details[open] > summary { border-bottom: 1px solid var(--border); border-radius: 8px 8px 0 0; }
section.report-section h2 { font-size: 1.15rem; margin: 0; overflow-wrap: anywhere; }
.section-source { color: var(--muted); font-size: 0.85rem; }
.section-body { padding: 12px 14px; min-width: 0; }
.lead { margin: 0 0 12px; overflow-wrap: anywhere; }
h3 { font-size: 1rem; margin: 16px 0 8px; overflow-wrap: anywhere; }
.card { border: 1px solid var(--border); border-radius: 6px; padding: 8px 12px; margin: 0 0 12px; background: var(--panel); }
.card-title { margin: 0 0 6px; }
.kv-list { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 220px), 1fr)); gap: 6px 16px; margin: 0; }
.kv dt { color: var(--muted); font-size: 0.8rem; }
.kv dd { margin: 0; overflow-wrap: anywhere; }
.table-box { overflow-x: auto; margin: 0 0 12px; max-width: 100%; }
table.data-table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
table.data-table caption { text-align: left; font-weight: 600; padding: 4px 0; }
table.data-table th, table.data-table td { border-bottom: 1px solid var(--border); padding: 5px 8px; text-align: left; vertical-align: top; }
table.data-table th { background: var(--panel); font-weight: 600; white-space: nowrap; }
table.data-table td { overflow-wrap: break-word; }
table.data-table code { overflow-wrap: anywhere; }
table.data-table .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.data-table td.empty { color: var(--muted); text-align: center; }
table.data-table tr.row-fail td:first-child { box-shadow: inset 3px 0 var(--fail-fg); }
table.data-table tr.row-warn td:first-child { box-shadow: inset 3px 0 var(--warn-fg); }
.samples { margin: 0; padding-left: 1.1em; }
.badge {
  display: inline-flex; align-items: center; gap: 4px; border-radius: 999px; padding: 0 8px;
  font-size: 0.8rem; font-weight: 600; white-space: nowrap; line-height: 1.6;
}
.badge-symbol { font-weight: 700; }
.badge-pass { background: var(--pass-bg); color: var(--pass-fg); }
.badge-warn { background: var(--warn-bg); color: var(--warn-fg); }
.badge-fail { background: var(--fail-bg); color: var(--fail-fg); }
.badge-info { background: var(--info-bg); color: var(--info-fg); }
.badge-neutral { background: var(--neutral-bg); color: var(--neutral-fg); }
.note { color: var(--muted); font-size: 0.9rem; overflow-wrap: anywhere; }
figure.chart { margin: 0 0 16px; min-width: 0; }
figure.chart figcaption { font-weight: 600; margin-bottom: 4px; overflow-wrap: anywhere; }
.chart-box svg { display: block; max-width: 100%; height: auto; }
.chart-note { color: var(--muted); font-size: 0.85rem; margin: 4px 0 0; overflow-wrap: anywhere; }
.chart-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 380px), 1fr)); gap: 8px 24px; }
.graph-box { overflow-x: auto; max-width: 100%; border: 1px solid var(--border); border-radius: 6px; padding: 8px; }
.graph-box svg { display: block; max-width: none; height: auto; }
svg text { fill: var(--fg); font: 12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
svg .tick-label, svg .axis-label { fill: var(--muted); }
svg .grid { stroke: var(--grid); stroke-width: 1; }
svg .axis-line, svg .tick { stroke: var(--muted); stroke-width: 1; }
.tone-value { --tone: var(--c-value); }
.tone-secondary { --tone: var(--c-secondary); }
.tone-center { --tone: var(--c-center); }
.tone-limit { --tone: var(--c-limit); }
.tone-warning { --tone: var(--c-warning); }
.tone-reference { --tone: var(--c-reference); }
.tone-current { --tone: var(--c-current); }
.tone-muted { --tone: var(--c-muted); }
svg .line { fill: none; stroke: var(--tone); stroke-width: 1.8; stroke-linejoin: round; }
svg .reference { stroke: var(--tone); stroke-width: 1.4; }
svg .dashed { stroke-dasharray: 6 4; }
svg .point { fill: var(--tone); }
svg .highlight-point { fill: var(--tone); stroke: var(--bg); stroke-width: 1.5; }
svg .highlight-label { fill: var(--c-limit); font-weight: 600; font-size: 11px; }
svg .end-label { fill: var(--tone); font-size: 11px; }
svg .marker-label { fill: var(--muted); font-size: 11px; }
svg .swatch-line { stroke: var(--tone); stroke-width: 2.5; }
svg .swatch-box, svg .swatch-dot { fill: var(--tone); }
svg .bar { fill: var(--tone); }
svg .interval { stroke: var(--tone); stroke-width: 2.5; stroke-linecap: round; }
svg .estimate { fill: var(--tone); stroke: var(--bg); stroke-width: 1.5; }
svg .bar.series-0 { fill-opacity: 0.6; }
svg .bar.series-1 { fill-opacity: 0.3; stroke: var(--tone); stroke-width: 1.5; }
svg .edge { fill: none; stroke: var(--muted); stroke-width: 1.4; }
svg .edge-head { fill: var(--muted); }
svg .node-shape { stroke-width: 1.6; fill: var(--panel); stroke: var(--muted); }
svg .node-dataset .node-shape { stroke: var(--c-reference); }
svg .node-run .node-shape { stroke: var(--c-value); }
svg .node-model-version .node-shape { stroke: var(--c-secondary); fill: var(--info-bg); }
svg .node-gate-verdict .node-shape { stroke: var(--c-center); }
svg .node-deployment .node-shape { stroke: var(--c-current); }
svg .node-drift-run .node-shape { stroke: var(--c-warning); }
svg .node-failed .node-shape { stroke: var(--fail-fg); stroke-width: 3; fill: var(--fail-bg); }
svg .node-flagged .node-shape { stroke-width: 3; }
svg .node-kind { fill: var(--muted); font-size: 10px; }
footer.report-footer { color: var(--muted); font-size: 0.85rem; border-top: 1px solid var(--border); margin-top: 24px; padding-top: 8px; overflow-wrap: anywhere; }
@media (max-width: 600px) {
  body { font-size: 14px; }
  .page { padding: 8px; }
  .section-body { padding: 8px; }
}
`;

// EXTERNAL MODULE: ./shared/html-report/status-badge.ts
var status_badge = __webpack_require__(52111);
;// CONCATENATED MODULE: ./shared/html-report/report-section.ts


/** The `<section>`; `id` must already be unique in the document. */
function sectionMarkup(section, id) {
    const badge = section.status === undefined ? '' : (0,status_badge/* statusBadge */.O)(section.status.tone, section.status.text);
    const source = section.source === undefined
        ? ''
        : (0,markup/* safeHtml */.b5) `<span class="section-source">${section.source}</span>`;
    const lead = section.lead === undefined ? '' : (0,markup/* safeHtml */.b5) `<p class="lead">${section.lead}</p>`;
    return (0,markup/* safeHtml */.b5) `<section class="report-section" id="${id}" aria-labelledby="${id}-heading"><details${section.collapsed === true ? '' : (0,markup/* safeHtml */.b5) ` open`}><summary><h2 id="${id}-heading">${section.title}</h2>${badge}${source}</summary><div class="section-body">${lead}${section.body}</div></details></section>`;
}
/** A lower-case id of letters, digits and dashes (HTML ids and fragment links stay simple). */
function sectionSlug(text) {
    const slug = text
        .normalize('NFKD')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 60);
    return slug === '' ? 'section' : slug;
}

;// CONCATENATED MODULE: ./shared/html-report/html-report.ts






/** The style-src source that admits exactly the inlined stylesheet. */
function stylesheetHashSource(css = REPORT_STYLESHEET) {
    return `'sha256-${(0,external_node_crypto_.createHash)('sha256').update(css, 'utf8').digest('base64')}'`;
}
/**
 * The page's policy: nothing may load (no scripts, fonts, frames, fetches, images other than
 * `data:` ones such as the empty favicon) and only the inlined stylesheet applies.
 */
function contentSecurityPolicy() {
    return [
        "default-src 'none'",
        `style-src ${stylesheetHashSource()}`,
        'img-src data:',
        "base-uri 'none'",
        "form-action 'none'"
    ].join('; ');
}
/**
 * Renders the whole document. Section ids are turned into safe slugs and made unique (a second
 * `checks` becomes `checks-2`), so sections of several runs can share one report.
 */
function renderHtmlReport(sections, meta) {
    const used = new Set();
    const placed = sections.map((section) => {
        const base = sectionSlug(section.id);
        let id = base;
        for (let n = 2; used.has(id); n++)
            id = `${base}-${n}`;
        used.add(id);
        return { section, id };
    });
    const toc = placed.length > 1
        ? (0,markup/* safeHtml */.b5) `<nav class="toc" aria-label="Sections"><ol>${placed.map(({ section, id }) => (0,markup/* safeHtml */.b5) `<li><a href="#${id}">${section.title}</a>${section.source === undefined ? '' : (0,markup/* safeHtml */.b5) ` <span class="section-source">${section.source}</span>`}</li>`)}</ol></nav>`
        : '';
    const facts = meta.facts !== undefined && meta.facts.length > 0 ? (0,key_value_card/* keyValueCard */.J)(meta.facts) : '';
    const badge = meta.status === undefined ? '' : (0,status_badge/* statusBadge */.O)(meta.status.tone, meta.status.text);
    const sectionsMarkup = (0,markup/* joinMarkup */.Rm)(placed.map(({ section, id }) => sectionMarkup(section, id)), '\n');
    const document = (0,markup/* safeHtml */.b5) `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="Tollgate ${meta.toolVersion}">
<title>${meta.title}</title>
<link rel="icon" href="data:,">
<style>${(0,markup/* trustedMarkup */.U7)(REPORT_STYLESHEET)}</style>
</head>
<body>
<div class="page">
<header class="report-header"><h1>${meta.title} ${badge}</h1>${meta.subtitle === undefined ? '' : (0,markup/* safeHtml */.b5) `<p class="subtitle">${meta.subtitle}</p>`}${facts}</header>
${toc}
<main>
${sectionsMarkup}
</main>
<footer class="report-footer">Generated by Tollgate ${meta.toolVersion} at ${meta.generatedAt}. This file is self-contained: it loads nothing from the network.</footer>
</div>
</body>
</html>
`;
    return document.text;
}


/***/ }),

/***/ 88839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ htmlTable),
/* harmony export */   p: () => (/* binding */ codeText)
/* harmony export */ });
/* harmony import */ var _markup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78643);

function htmlTable(spec) {
    const head = spec.columns.map((column) => (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) `<th scope="col"${column.numeric === true ? (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) ` class="num"` : ''}>${column.header}</th>`);
    const body = spec.rows.length === 0
        ? (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) `<tr><td class="empty" colspan="${Math.max(1, spec.columns.length)}">${spec.emptyText ?? 'Nothing to show.'}</td></tr>`
        : spec.rows.map((row, rowIndex) => (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) `<tr${rowClass(spec.rowClasses?.[rowIndex])}>${spec.columns.map((column, index) => (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) `<td${column.numeric === true ? (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) ` class="num"` : ''}>${row[index]}</td>`)}</tr>`);
    const caption = spec.caption === undefined ? '' : (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) `<caption>${spec.caption}</caption>`;
    return (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) `<div class="table-box"><table class="data-table${spec.className === undefined ? '' : ` ${spec.className}`}">${caption}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}
/** Text in a monospace code span (identifiers, paths, values from data). */
function codeText(text) {
    return (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) `<code>${text}</code>`;
}
function rowClass(name) {
    return name === undefined || name === '' ? '' : (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) ` class="${name}"`;
}


/***/ }),

/***/ 52587:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ keyValueCard)
/* harmony export */ });
/* harmony import */ var _markup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78643);

function keyValueCard(entries, title) {
    const rows = entries.map((entry) => (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) `<div class="kv"><dt>${entry.key}</dt><dd>${entry.value}</dd></div>`);
    return (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) `<div class="card">${title === undefined ? '' : (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) `<h3 class="card-title">${title}</h3>`}<dl class="kv-list">${rows}</dl></div>`;
}


/***/ }),

/***/ 78643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ah: () => (/* binding */ svgNumber),
/* harmony export */   EJ: () => (/* binding */ truncateText),
/* harmony export */   Rm: () => (/* binding */ joinMarkup),
/* harmony export */   U7: () => (/* binding */ trustedMarkup),
/* harmony export */   b5: () => (/* binding */ safeHtml)
/* harmony export */ });
/* unused harmony exports Markup, escapeHtml */
/**
 * HTML (and inline SVG) built so that a value from data can never become markup: every
 * interpolation into the `safeHtml` template is escaped unless it is already `Markup`, which only
 * this module and templates produce. A section renderer therefore cannot forget to escape a
 * column name, a check message or a lineage label (DESIGN.md §6: no HTML from data).
 */
/** A fragment of trusted HTML/SVG. Build it with `safeHtml`; data strings are escaped on the way in. */
class Markup {
    text;
    /** Use `safeHtml` or `trustedMarkup`; the constructor is not meant for data. */
    constructor(text) {
        this.text = text;
    }
    /** @internal Wraps text that is already markup. */
    static wrap(text) {
        return new Markup(text);
    }
    toString() {
        return this.text;
    }
}
// C0 controls other than tab, LF and CR are not allowed in HTML text; they become U+FFFD.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;'
};
/**
 * Text for an HTML or SVG text node or a quoted attribute value: `& < > " '` become entities, so
 * the value can close neither an element, an attribute nor an inline `<svg>`/`<script>` block.
 */
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => ENTITIES[c]).replace(CONTROL_CHARACTERS, '\ufffd');
}
function render(value) {
    if (value instanceof Markup)
        return value.text;
    if (value === null || value === undefined || value === false)
        return '';
    if (Array.isArray(value))
        return value.map(render).join('');
    if (typeof value === 'number')
        return escapeHtml(Number.isFinite(value) ? String(value) : '');
    return escapeHtml(String(value));
}
/**
 * Tagged template for HTML and SVG: the literal parts are trusted markup, the interpolated
 * values are escaped (`Markup` is kept, arrays are joined, `null`/`undefined`/`false` render as
 * nothing, a non-finite number as nothing so that `NaN` never reaches an SVG coordinate).
 *
 * Deliberately not named `html`: Prettier reformats templates tagged `html` as HTML documents,
 * which would change the whitespace of the output (and with it the stylesheet's CSP hash).
 */
function safeHtml(strings, ...values) {
    let text = strings[0] ?? '';
    for (let i = 0; i < values.length; i++)
        text += render(values[i]) + (strings[i + 1] ?? '');
    return Markup.wrap(text);
}
/** Joins fragments with an optional (trusted) separator. */
function joinMarkup(parts, separator = '') {
    return Markup.wrap(parts.map(render).join(separator));
}
/**
 * Markup from a string the caller guarantees is not data (the stylesheet, a fixed glyph).
 * Never pass a value that came from a report, a file or the environment.
 */
function trustedMarkup(text) {
    return Markup.wrap(text);
}
/** A number for an SVG coordinate: 2 decimals are plenty at screen resolution. */
function svgNumber(value) {
    if (!Number.isFinite(value))
        return '0';
    const rounded = Math.round(value * 100) / 100;
    return String(Object.is(rounded, -0) ? 0 : rounded);
}
/** Shortens text to `max` characters with an ellipsis (the full text belongs in a `<title>`). */
function truncateText(text, max) {
    const characters = [...text];
    return characters.length <= max ? text : `${characters.slice(0, Math.max(1, max - 1)).join('')}…`;
}


/***/ }),

/***/ 52111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ statusBadge)
/* harmony export */ });
/* harmony import */ var _markup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78643);

const SYMBOLS = {
    pass: '✓',
    warn: '!',
    fail: '✗',
    info: '•',
    neutral: '–'
};
/** `<span class="badge badge-<tone>">`: a symbol (hidden from screen readers) and the text. */
function statusBadge(tone, text) {
    return (0,_markup_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHtml */ .b5) `<span class="badge badge-${tone}"><span class="badge-symbol" aria-hidden="true">${SYMBOLS[tone]}</span>${text}</span>`;
}


/***/ }),

/***/ 58964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dt: () => (/* binding */ saveLineageEvent),
/* harmony export */   rQ: () => (/* binding */ listLineageEvents)
/* harmony export */ });
/* unused harmony exports LINEAGE_SERIES, lineageRecordKey */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
/* harmony import */ var _lineage_openlineage_event_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20068);
/* harmony import */ var _store_canonical_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92113);
/* harmony import */ var _store_store_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74309);




/**
 * The store's home for OpenLineage events that no other record carries: validate-data,
 * spc-check and drift-check runs (train and register-model events live in a version's
 * lineage.json, gate verdicts and deployments carry theirs in their own records). One series,
 * `lineage`, one record per event under `<run id>.<event type>`, so collectLifecycleLineage can
 * find every data-side run however its data, series or subject is named.
 */
const LINEAGE_SERIES = 'lineage';
/** `<run id>.<event type>`: a run's START and COMPLETE are two records, a re-run rewrites none. */
function lineageRecordKey(event) {
    return `${event.run.runId}.${event.eventType}`;
}
/**
 * Appends an event. A re-run of the same workflow attempt derives the same run id; its event is
 * kept as first written ('exists'), even when a time in it differs.
 */
async function saveLineageEvent(store, event) {
    const key = lineageRecordKey(event);
    try {
        return await store.appendRecord(LINEAGE_SERIES, key, (0,_store_canonical_json_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalJsonBytes */ .qJ)(event, `lineage event ${key}`));
    }
    catch (error) {
        if (error instanceof _store_store_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConflictError */ .f)
            return 'exists';
        throw error;
    }
}
/**
 * The newest `limit` events of the series (all when undefined), oldest first. A damaged record is
 * reported in `problems` and skipped: lineage is a view, and one bad record must not hide the
 * rest.
 */
async function listLineageEvents(store, options = {}) {
    const listing = await store.listRecords(LINEAGE_SERIES);
    const problems = listing.damaged.map((entry) => `lineage record ${entry.key} in ${store.location}: ${entry.problem}`);
    const records = options.limit === undefined ? listing.records : listing.records.slice(-options.limit);
    const events = [];
    for (const info of records) {
        const what = `lineage record ${info.key} in ${store.location}`;
        try {
            const bytes = await store.readRecord(LINEAGE_SERIES, info.key);
            if (bytes === undefined)
                continue;
            const parsed = (0,_store_canonical_json_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonBytes */ .dQ)(bytes);
            if (!parsed.ok)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IntegrityError */ .cs(`${what} is not JSON: ${parsed.problem}`);
            events.push((0,_lineage_openlineage_event_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRunEvent */ .X0)(parsed.value, what));
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IntegrityError */ .cs))
                throw error;
            problems.push((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error));
        }
    }
    return { events, problems };
}


/***/ }),

/***/ 46682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ah: () => (/* binding */ escapeLog),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Fw: () => (/* binding */ escapeMermaid),
/* harmony export */   SS: () => (/* binding */ codeSpan)
/* harmony export */ });
/**
 * Escaping for values that come from data or user files and end up in GitHub markdown (job
 * summaries, comments, issues), Mermaid diagrams or runner logs. Data must never inject HTML,
 * @mentions, markdown structure or workflow commands (DESIGN.md §6).
 */
/** Text for a markdown table cell or paragraph: no HTML, no table breaks, no mentions. */
function escapeMarkdown(text, maxLength = 120) {
    let value = text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
    value = value
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\r?\n|\r/g, ' ')
        .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
        // A zero-width space after @ stops GitHub from notifying a user or team.
        .replace(/@/g, '@\u200b');
    return value;
}
/** Text inside a Mermaid quoted label: quotes and brackets replaced, no HTML. */
function escapeMermaid(text, maxLength = 40) {
    const value = text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
    return value
        .replace(/["`]/g, "'")
        .replace(/[<>]/g, (c) => (c === '<' ? '‹' : '›'))
        .replace(/[[\]{}|;#&]/g, ' ')
        .replace(/\s+/g, ' ')
        .replace(/@/g, '@\u200b')
        .trim();
}
/**
 * Text for a runner log line: a value starting a line with `::` would be read as a workflow
 * command (e.g. `::add-mask::` or `::stop-commands::`), so every `::` is broken up.
 */
function escapeLog(text) {
    return text.replace(/::/g, ':\u200b:').replace(/\r?\n|\r/g, ' ');
}
/**
 * Text inside a markdown code span (no HTML or mentions are interpreted there); the fence is
 * longer than any backtick run in the value so it cannot close early.
 */
function codeSpan(text, maxLength = 80) {
    // A pipe ends a GFM table cell even inside a code span unless escaped.
    const value = (text.length > maxLength ? `${text.slice(0, maxLength)}…` : text)
        .replace(/\r?\n|\r/g, ' ')
        .replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = value.startsWith('`') || value.endsWith('`') || value === '' ? ' ' : '';
    return `${fence}${pad}${value}${pad}${fence}`;
}


/***/ })

};
