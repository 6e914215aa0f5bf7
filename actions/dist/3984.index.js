export const id = 3984;
export const ids = [3984];
export const modules = {

/***/ 44908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inputs: () => (/* binding */ inputs),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./shared/adapters/action-step.ts
var action_step = __webpack_require__(70540);
// EXTERNAL MODULE: ./shared/adapters/action-report.ts
var action_report = __webpack_require__(11152);
// EXTERNAL MODULE: ./shared/adapters/workflow-context.ts
var workflow_context = __webpack_require__(93324);
// EXTERNAL MODULE: ./shared/operations/validate-options.ts
var validate_options = __webpack_require__(26820);
// EXTERNAL MODULE: ./shared/operations/validate-data.ts + 10 modules
var validate_data = __webpack_require__(73790);
// EXTERNAL MODULE: ./shared/adapters/user-files.ts
var user_files = __webpack_require__(24574);
// EXTERNAL MODULE: ./shared/report/escape.ts
var report_escape = __webpack_require__(46682);
// EXTERNAL MODULE: ./shared/report/mermaid-charts.ts
var mermaid_charts = __webpack_require__(11830);
;// CONCATENATED MODULE: ./shared/report/validate-summary.ts


const STATUS_ICON = { pass: '✅', warn: '⚠️', fail: '❌' };
/** Markdown for the job summary and the PR comment of validate-data. */
function validateSummaryMarkdown(report, profile, options = {}) {
    const { summary } = report;
    const verdict = report.passed
        ? summary.warnings > 0
            ? '⚠️ passed with warnings'
            : '✅ passed'
        : '❌ failed';
    const files = report.data.files.map((file) => (0,report_escape/* codeSpan */.SS)(file.path)).join(', ');
    const lines = [
        `### Tollgate validate-data: ${verdict}`,
        '',
        `${report.data.rows.toLocaleString('en-US')} rows × ${report.data.columns.length} columns in ${files} — ` +
            `**${summary.passed}** passed, **${summary.failed}** failed, **${summary.warnings}** warnings ` +
            `(checks: ${(0,report_escape/* codeSpan */.SS)(report.checks_file)}, fail on: ${report.fail_on}).`,
        ''
    ];
    const problems = report.results.filter((result) => result.status !== 'pass');
    if (problems.length > 0) {
        lines.push('| | Check | Column | Observed | Expected | Failing rows (first) |', '| --- | --- | --- | --- | --- | --- |');
        for (const result of problems)
            lines.push(checkRow(result, true));
        lines.push('');
    }
    const passing = report.results.filter((result) => result.status === 'pass');
    if (passing.length > 0 && !options.compact) {
        lines.push(`<details><summary>${passing.length} passing check(s)</summary>`, '');
        lines.push('| | Check | Column | Observed | Expected |', '| --- | --- | --- | --- | --- |');
        for (const result of passing)
            lines.push(checkRow(result, false));
        lines.push('', '</details>', '');
    }
    lines.push(...profileSection(profile, report, options.compact === true));
    return lines.join('\n');
}
function checkRow(result, withSamples) {
    const cells = [
        STATUS_ICON[result.status],
        (0,report_escape/* codeSpan */.SS)(result.check),
        result.column === null ? '(table)' : (0,report_escape/* codeSpan */.SS)(result.column),
        (0,report_escape/* escapeMarkdown */.FV)(observedText(result)),
        (0,report_escape/* escapeMarkdown */.FV)(result.expected)
    ];
    if (withSamples) {
        const samples = result.unexpected_samples.map((sample) => `row ${sample.row}: ${(0,report_escape/* codeSpan */.SS)(sample.value, 40)}`).join('<br>');
        cells.push(samples === '' ? '' : samples);
    }
    return `| ${cells.join(' | ')} |`;
}
function observedText(result) {
    if (result.unexpected_count !== null && result.element_count > 0 && result.check !== 'unique' && result.check !== 'compound_unique') {
        const share = result.unexpected_percent ?? 0;
        return `${result.unexpected_count.toLocaleString('en-US')} of ${result.element_count.toLocaleString('en-US')} fail (${Number(share.toPrecision(3))}%)`;
    }
    const observed = result.observed;
    if (observed === null || observed === undefined)
        return '—';
    if (typeof observed === 'number')
        return `${(0,mermaid_charts/* shortNumber */.In)(observed)}${result.exact ? '' : ' (est.)'}`;
    if (typeof observed === 'string')
        return observed;
    if (Array.isArray(observed))
        return observed.slice(0, 8).join(', ') + (observed.length > 8 ? ', …' : '');
    return Object.entries(observed)
        .map(([key, value]) => `${key.replace(/_/g, ' ')}: ${String(value)}`)
        .join(', ');
}
function profileSection(profile, report, compact) {
    const lines = [];
    if (!compact) {
        lines.push('<details><summary>Column profile</summary>', '');
        lines.push('| Column | Type | Missing | Distinct | Min | Mean | Max |', '| --- | --- | --- | --- | --- | --- | --- |');
        for (const column of profile.columns) {
            const missing = column.null_fraction === null ? '—' : `${Number((column.null_fraction * 100).toPrecision(3))}%`;
            const show = (value) => value === null ? '—' : typeof value === 'number' ? (0,mermaid_charts/* shortNumber */.In)(value) : (0,report_escape/* escapeMarkdown */.FV)(value, 25);
            lines.push(`| ${(0,report_escape/* codeSpan */.SS)(column.name)} | ${column.type} | ${missing} | ${column.distinct.toLocaleString('en-US')}${column.distinct_exact ? '' : ' (est.)'} | ${show(column.min)} | ${column.mean === null ? '—' : (0,mermaid_charts/* shortNumber */.In)(column.mean)} | ${show(column.max)} |`);
        }
        lines.push('', '</details>', '');
    }
    // One distribution where it helps most: the first numeric column with a failing check, else the first numeric.
    const failingColumns = new Set(report.results.filter((result) => result.status !== 'pass' && result.column !== null).map((result) => result.column));
    const numeric = profile.columns.filter((column) => column.histogram !== null);
    const chosen = numeric.find((column) => failingColumns.has(column.name)) ?? (compact ? undefined : numeric[0]);
    if (chosen?.histogram) {
        lines.push((0,mermaid_charts/* histogramChart */.RN)(`Distribution of ${chosen.name}`, chosen.histogram.edges, chosen.histogram.counts), '');
    }
    return lines;
}

// EXTERNAL MODULE: ./shared/adapters/clock.ts
var clock = __webpack_require__(85133);
// EXTERNAL MODULE: ./shared/shard/shard-spec.ts
var shard_spec = __webpack_require__(30225);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./shared/html-report/markup.ts
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

;// CONCATENATED MODULE: ./shared/html-report/key-value-card.ts

function keyValueCard(entries, title) {
    const rows = entries.map((entry) => safeHtml `<div class="kv"><dt>${entry.key}</dt><dd>${entry.value}</dd></div>`);
    return safeHtml `<div class="card">${title === undefined ? '' : safeHtml `<h3 class="card-title">${title}</h3>`}<dl class="kv-list">${rows}</dl></div>`;
}

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
table.data-table code { overflow-wrap: break-word; }
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

;// CONCATENATED MODULE: ./shared/html-report/status-badge.ts

const SYMBOLS = {
    pass: '✓',
    warn: '!',
    fail: '✗',
    info: '•',
    neutral: '–'
};
/** `<span class="badge badge-<tone>">`: a symbol (hidden from screen readers) and the text. */
function statusBadge(tone, text) {
    return safeHtml `<span class="badge badge-${tone}"><span class="badge-symbol" aria-hidden="true">${SYMBOLS[tone]}</span>${text}</span>`;
}

;// CONCATENATED MODULE: ./shared/html-report/report-section.ts


/** The `<section>`; `id` must already be unique in the document. */
function sectionMarkup(section, id) {
    const badge = section.status === undefined ? '' : statusBadge(section.status.tone, section.status.text);
    const source = section.source === undefined
        ? ''
        : safeHtml `<span class="section-source">${section.source}</span>`;
    const lead = section.lead === undefined ? '' : safeHtml `<p class="lead">${section.lead}</p>`;
    return safeHtml `<section class="report-section" id="${id}" aria-labelledby="${id}-heading"><details${section.collapsed === true ? '' : safeHtml ` open`}><summary><h2 id="${id}-heading">${section.title}</h2>${badge}${source}</summary><div class="section-body">${lead}${section.body}</div></details></section>`;
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
        ? safeHtml `<nav class="toc" aria-label="Sections"><ol>${placed.map(({ section, id }) => safeHtml `<li><a href="#${id}">${section.title}</a>${section.source === undefined ? '' : safeHtml ` <span class="section-source">${section.source}</span>`}</li>`)}</ol></nav>`
        : '';
    const facts = meta.facts !== undefined && meta.facts.length > 0 ? keyValueCard(meta.facts) : '';
    const badge = meta.status === undefined ? '' : statusBadge(meta.status.tone, meta.status.text);
    const sectionsMarkup = joinMarkup(placed.map(({ section, id }) => sectionMarkup(section, id)), '\n');
    const document = safeHtml `<!DOCTYPE html>
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
<style>${trustedMarkup(REPORT_STYLESHEET)}</style>
</head>
<body>
<div class="page">
<header class="report-header"><h1>${meta.title} ${badge}</h1>${meta.subtitle === undefined ? '' : safeHtml `<p class="subtitle">${meta.subtitle}</p>`}${facts}</header>
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

// EXTERNAL MODULE: ./shared/version.ts
var version = __webpack_require__(84402);
;// CONCATENATED MODULE: ./shared/adapters/html-artifact.ts










/**
 * The one call an action makes: renders `sections` into the report (with the workflow run's
 * facts added to `meta`), writes and uploads it, and returns the job-summary line linking it.
 *
 * ```ts
 * const html = await publishHtmlReport(validateReportSections(report, profile), {
 *   title: 'Tollgate validate-data', status: validateStatus(report), generatedAt: report.generated_at
 * }, { name: 'tollgate-validate-data-report' })
 * await writeJobSummary(summary + html.summary)
 * ```
 */
async function publishHtmlReport(sections, meta, options) {
    const env = options.env ?? process.env;
    const html = renderHtmlReport(sections, {
        ...meta,
        toolVersion: meta.toolVersion ?? version/* TOLLGATE_VERSION */.o,
        facts: [...(meta.facts ?? []), ...workflowRunFacts(env)]
    });
    const upload = await uploadHtmlReport(html, options);
    return { ...upload, summary: htmlReportSummaryMarkdown(upload) };
}
/**
 * Repository, workflow run, commit and event of the current run, for the report's header card.
 * URLs stay text: the report links nowhere.
 */
function workflowRunFacts(env = process.env) {
    const context = (0,workflow_context/* readWorkflowContext */.F)(env);
    const facts = [];
    if (context.repository !== '')
        facts.push({ key: 'Repository', value: context.repository });
    const run = (0,workflow_context/* runUrl */.V)(context);
    if (run !== undefined) {
        facts.push({ key: 'Workflow run', value: `${run} (attempt ${context.runAttempt})` });
    }
    if (context.workflow !== '')
        facts.push({ key: 'Workflow', value: context.workflow });
    if (context.sha !== '')
        facts.push({ key: 'Commit', value: context.sha.slice(0, 12) });
    if (context.eventName !== '')
        facts.push({ key: 'Event', value: context.eventName });
    if (context.pullRequestNumber !== undefined) {
        facts.push({ key: 'Pull request', value: `#${context.pullRequestNumber}` });
    }
    return facts;
}
/** Names tried when the base name is already taken in the run. */
const MAX_NAME_SUFFIX = 20;
/**
 * Writes the report and, in GitHub Actions, uploads it as a workflow artifact; returns where it
 * went, for the job summary (`htmlReportSummaryMarkdown`) and an output. Never throws for an
 * upload problem; a file-system error writing the report does throw.
 */
async function uploadHtmlReport(html, options) {
    const env = options.env ?? process.env;
    const base = artifactBaseName(options.name, env.GITHUB_RUN_ATTEMPT);
    const directory = options.directory ?? (0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'tollgate', 'html-report');
    let path = (0,external_node_path_.join)(directory, `${base}.html`);
    (0,user_files/* writeTextFile */.Tl)(path, html);
    if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
        return { path, notUploaded: 'not running in GitHub Actions (no artifact runtime)' };
    }
    // Loaded only when uploading: the artifact client (Azure SDK) is most of a bundle's start-up.
    const client = options.client ?? new (await Promise.all(/* import() */[__webpack_require__.e(6913), __webpack_require__.e(8110), __webpack_require__.e(6518)]).then(__webpack_require__.bind(__webpack_require__, 56518))).DefaultArtifactClient();
    const uploadOptions = {
        skipArchive: true,
        ...(options.retentionDays === undefined ? {} : { retentionDays: options.retentionDays })
    };
    for (let attempt = 1; attempt <= MAX_NAME_SUFFIX; attempt++) {
        const name = attempt === 1 ? base : `${base}-${attempt}`;
        if (attempt > 1) {
            const next = (0,external_node_path_.join)(directory, `${name}.html`);
            (0,external_node_fs_.renameSync)(path, next);
            path = next;
        }
        try {
            const uploaded = await client.uploadArtifact(`${name}.html`, [path], directory, uploadOptions);
            if (uploaded.id === undefined)
                throw new Error('the artifact service returned no artifact id');
            const url = artifactUrl(uploaded.id, env);
            return {
                path,
                artifact: { name: `${name}.html`, id: uploaded.id, ...(url === undefined ? {} : { url }) }
            };
        }
        catch (error) {
            const message = (0,errors/* errorMessage */.gJ)(error);
            if (/\b409\b|already exists/i.test(message) && attempt < MAX_NAME_SUFFIX)
                continue;
            const reason = `the HTML report could not be uploaded as an artifact: ${message}`;
            core/* warning */.$e((0,report_escape/* escapeLog */.Ah)(`${reason} It was written to ${path}.`));
            return { path, notUploaded: reason };
        }
    }
    // Unreachable: the last attempt returns from the catch block.
    return { path, notUploaded: 'every artifact name was taken' };
}
/** `<server>/<owner>/<repo>/actions/runs/<run id>/artifacts/<artifact id>`, the artifact's page. */
function artifactUrl(id, env = process.env) {
    const run = (0,workflow_context/* runUrl */.V)((0,workflow_context/* readWorkflowContext */.F)(env));
    return run === undefined ? undefined : `${run}/artifacts/${id}`;
}
/** The base name: allowed characters only, and the attempt for re-runs. */
function artifactBaseName(name, runAttempt) {
    const clean = name.replace(/[\\/":<>|*?\r\n]/g, '-').replace(/\.html?$/i, '') || 'tollgate-report';
    const attempt = Number(runAttempt ?? '1');
    return Number.isInteger(attempt) && attempt > 1 ? `${clean}-attempt-${attempt}` : clean;
}
/**
 * One markdown line for the job summary linking the uploaded report; empty when nothing was
 * uploaded (outside Actions there is no page to link, and a failure is already a warning).
 */
function htmlReportSummaryMarkdown(upload) {
    if (upload.artifact === undefined)
        return '';
    const name = (0,report_escape/* escapeMarkdown */.FV)(upload.artifact.name, 200);
    const target = upload.artifact.url === undefined
        ? `artifact **${name}** of this run`
        : `[${name}](${upload.artifact.url})`;
    return `📊 **HTML report** with charts: ${target} (one self-contained page; it opens in the browser).\n`;
}

;// CONCATENATED MODULE: ./shared/html-report/axis-scale.ts
/**
 * Axis ticks and the linear map from data to SVG coordinates. Ticks follow Heckbert's "nice
 * numbers" (Graphics Gems I, 1990, "Nice numbers for graph labels"): steps of 1, 2 or 5 × 10ⁿ,
 * with the axis widened to whole steps ("loose" labelling) so every drawn value sits inside it.
 */
/** The nearest "nice" number to `x` (> 0): rounded, or the smallest nice number ≥ x. */
function niceNumber(x, round) {
    const exponent = Math.floor(Math.log10(x));
    const power = 10 ** exponent;
    const fraction = x / power;
    let nice;
    if (round)
        nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
    else
        nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
    return nice * power;
}
/**
 * About `count` ticks covering [min, max]. A zero-width range is widened around its value; with
 * `integer` the step is a whole number (point indices, counts).
 */
function niceTicks(min, max, count = 5, integer = false) {
    let low = Number.isFinite(min) ? min : 0;
    let high = Number.isFinite(max) ? max : low;
    if (high < low)
        [low, high] = [high, low];
    if (high === low) {
        const pad = low === 0 ? 1 : Math.abs(low) * 0.1;
        low -= integer ? Math.max(1, Math.round(pad)) : pad;
        high += integer ? Math.max(1, Math.round(pad)) : pad;
    }
    const range = niceNumber(high - low, false);
    let step = niceNumber(range / Math.max(1, count - 1), true);
    if (integer)
        step = Math.max(1, Math.round(step));
    const first = Math.floor(low / step) * step;
    const last = Math.ceil(high / step) * step;
    const values = [];
    // Computed from the index (not by repeated addition) so rounding does not accumulate.
    for (let i = 0; first + i * step <= last + step * 1e-9; i++)
        values.push(cleanTick(first + i * step, step));
    return { min: values[0] ?? first, max: values[values.length - 1] ?? last, step, values };
}
/** Removes binary noise such as 0.30000000000000004 from a tick value. */
function cleanTick(value, step) {
    const decimals = Math.max(0, -Math.floor(Math.log10(step))) + 1;
    return Number(value.toFixed(Math.min(20, decimals)));
}
/**
 * Ticks inside a fixed domain, for an axis that should end at the data (a series of points):
 * the multiples of a nice step that fall within [min, max]; the domain is not widened.
 */
function ticksWithin(min, max, count = 8, integer = false) {
    const loose = niceTicks(min, max, count, integer);
    const values = loose.values.filter((value) => value >= min - loose.step * 1e-9 && value <= max + loose.step * 1e-9);
    return { min, max: max > min ? max : min + 1, step: loose.step, values };
}
/**
 * A tick label with as many decimals as the step needs: 0.25 steps give "0.25", 1000 steps give
 * "3,000"; from 10⁵ on, k/M/G suffixes keep labels short ("1.5M").
 */
function tickLabel(value, step) {
    const magnitude = Math.max(Math.abs(value), Math.abs(step));
    const [divisor, suffix] = magnitude >= 1e9 && step >= 1e6
        ? [1e9, 'G']
        : magnitude >= 1e6 && step >= 1e3
            ? [1e6, 'M']
            : magnitude >= 1e5 && step >= 1e2
                ? [1e3, 'k']
                : [1, ''];
    const scaledStep = step / divisor;
    const decimals = Math.min(12, Math.max(0, -Math.floor(Math.log10(scaledStep) + 1e-9)));
    const text = (value / divisor).toFixed(decimals);
    const grouped = suffix === '' && decimals === 0 ? text.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : text;
    const signed = grouped.replace(/^-/, '−');
    return /^−0(\.0+)?$/.test(signed) ? signed.slice(1) + suffix : signed + suffix;
}
/** A linear map from a data domain onto a pixel range (the range may run backwards, as y does). */
function linearScale(domain, range) {
    const [d0, d1] = domain;
    const [r0, r1] = range;
    const span = d1 - d0;
    if (span === 0)
        return () => (r0 + r1) / 2;
    return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}

;// CONCATENATED MODULE: ./shared/html-report/chart-frame.ts


/** Average advance of a 12 px sans-serif character, for laying out labels without a font. */
const CHARACTER_WIDTH = 6.8;
const LEGEND_ROW = 18;
const TITLE_FONT_PADDING = 8;
/** Width a label will take at the chart font size (estimate). */
function textWidth(text) {
    return [...text].length * CHARACTER_WIDTH;
}
/** The rows a legend needs when wrapped into `width`, with each entry's position. */
function legendLayout(entries, width) {
    const placed = [];
    let x = 0;
    let row = 0;
    for (const entry of entries) {
        const advance = 28 + textWidth(truncateText(entry.label, 40)) + 16;
        if (x > 0 && x + advance > width) {
            row += 1;
            x = 0;
        }
        placed.push({ entry, x, row });
        x += advance;
    }
    return { rows: entries.length === 0 ? 0 : row + 1, placed };
}
/** Height the legend takes above the plot. */
function legendHeight(entries, width) {
    const { rows } = legendLayout(entries, width);
    return rows === 0 ? 0 : rows * LEGEND_ROW + TITLE_FONT_PADDING;
}
/** The legend, drawn from (x, y) (top left). */
function legendMarkup(entries, x, y, width) {
    const { placed } = legendLayout(entries, width);
    const items = placed.map(({ entry, x: dx, row }) => {
        const left = x + dx;
        const middle = y + row * LEGEND_ROW + LEGEND_ROW / 2;
        const tone = `tone-${entry.tone}`;
        const swatch = entry.swatch === 'box'
            ? safeHtml `<rect class="swatch-box ${tone}" x="${svgNumber(left)}" y="${svgNumber(middle - 6)}" width="20" height="12"/>`
            : entry.swatch === 'dot'
                ? safeHtml `<circle class="swatch-dot ${tone}" cx="${svgNumber(left + 10)}" cy="${svgNumber(middle)}" r="5"/>`
                : safeHtml `<line class="swatch-line ${tone}${entry.swatch === 'dashed' ? ' dashed' : ''}" x1="${svgNumber(left)}" x2="${svgNumber(left + 20)}" y1="${svgNumber(middle)}" y2="${svgNumber(middle)}"/>`;
        return safeHtml `<g class="legend-entry">${swatch}<text x="${svgNumber(left + 26)}" y="${svgNumber(middle)}" dominant-baseline="central">${truncateText(entry.label, 40)}</text></g>`;
    });
    return safeHtml `<g class="legend">${items}</g>`;
}
/**
 * The outer `<svg>`: scalable (viewBox, width 100% in CSS), with the accessible name and
 * description every chart carries.
 */
function chartSvg(input) {
    return safeHtml `<svg class="${input.className}" role="img" viewBox="0 0 ${svgNumber(input.width)} ${svgNumber(input.height)}" width="${svgNumber(input.width)}" height="${svgNumber(input.height)}"><title>${input.title}</title><desc>${input.description}</desc>${input.body}</svg>`;
}
/** Horizontal grid lines, y tick labels and the rotated y-axis label. */
function yAxisMarkup(area, ticks, label, format = (value) => tickLabel(value, ticks.step)) {
    const y = linearScale([ticks.min, ticks.max], [area.top + area.height, area.top]);
    const lines = ticks.values.map((value) => {
        const position = svgNumber(y(value));
        return safeHtml `<line class="grid" x1="${svgNumber(area.left)}" x2="${svgNumber(area.left + area.width)}" y1="${position}" y2="${position}"/><text class="tick-label" x="${svgNumber(area.left - 6)}" y="${position}" text-anchor="end" dominant-baseline="central">${format(value)}</text>`;
    });
    const middle = area.top + area.height / 2;
    return safeHtml `<g class="axis axis-y">${lines}<line class="axis-line" x1="${svgNumber(area.left)}" x2="${svgNumber(area.left)}" y1="${svgNumber(area.top)}" y2="${svgNumber(area.top + area.height)}"/><text class="axis-label" transform="translate(14 ${svgNumber(middle)}) rotate(-90)" text-anchor="middle">${truncateText(label, 48)}</text></g>`;
}
/** Tick marks and labels under the plot at given positions, and the x-axis label. */
function xAxisMarkup(area, ticks, label, options = {}) {
    const bottom = area.top + area.height;
    const marks = ticks.map(({ position, label: text }) => {
        const x = svgNumber(position);
        const tickText = options.rotate
            ? safeHtml `<text class="tick-label" transform="translate(${x} ${svgNumber(bottom + 10)}) rotate(-40)" text-anchor="end" dominant-baseline="central">${text}</text>`
            : safeHtml `<text class="tick-label" x="${x}" y="${svgNumber(bottom + 16)}" text-anchor="middle">${text}</text>`;
        return safeHtml `<line class="tick" x1="${x}" x2="${x}" y1="${svgNumber(bottom)}" y2="${svgNumber(bottom + 4)}"/>${tickText}`;
    });
    return safeHtml `<g class="axis axis-x"><line class="axis-line" x1="${svgNumber(area.left)}" x2="${svgNumber(area.left + area.width)}" y1="${svgNumber(bottom)}" y2="${svgNumber(bottom)}"/>${joinMarkup(marks)}<text class="axis-label" x="${svgNumber(area.left + area.width / 2)}" y="${svgNumber(area.top + area.height + (options.rotate ? 100 : 36))}" text-anchor="middle">${truncateText(label, 80)}</text></g>`;
}
/** A chart inside a `<figure>` with its visible caption (the SVG's own title is for assistive tech). */
function chartFigure(caption, svg, note) {
    return safeHtml `<figure class="chart"><figcaption>${caption}</figcaption><div class="chart-box">${svg}</div>${note === undefined ? '' : safeHtml `<p class="chart-note">${note}</p>`}</figure>`;
}

;// CONCATENATED MODULE: ./shared/html-report/display-number.ts
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

;// CONCATENATED MODULE: ./shared/html-report/bar-chart.ts




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
    const yTicks = niceTicks(0, Math.max(0, ...values) || (share ? 0.1 : 1), 5, !share && values.every(Number.isInteger));
    const format = (value) => share ? `${tickLabel(value * 100, yTicks.step * 100)}%` : tickLabel(value, yTicks.step);
    const legend = spec.series.length > 1
        ? spec.series.map((series) => ({
            label: series.label,
            tone: series.tone,
            swatch: 'box'
        }))
        : [];
    const categoryLabels = spec.bins.kind === 'categories'
        ? spec.bins.labels.map((label) => truncateText(label, CATEGORY_LABEL_LENGTH))
        : [];
    const rotate = spec.bins.kind === 'categories' &&
        categoryLabels.some((label) => textWidth(label) > (width - 120) / Math.max(1, slots) - 4);
    const left = 30 + Math.max(...yTicks.values.map((value) => textWidth(format(value))));
    const right = 24;
    const top = 8 + legendHeight(legend, width - left - right);
    const bottom = rotate ? 112 : 46;
    const area = { left, top, width: width - left - right, height: height - top - bottom };
    const slotWidth = slots === 0 ? area.width : area.width / slots;
    const y = linearScale([yTicks.min, yTicks.max], [area.top + area.height, area.top]);
    const gap = Math.min(2, slotWidth * 0.1);
    const bars = spec.series.map((series, index) => {
        const rects = [];
        for (let slot = 0; slot < slots; slot++) {
            const value = series.values[slot];
            if (value === undefined || !Number.isFinite(value))
                continue;
            const top = y(Math.max(0, value));
            const shown = share ? `${displayNumber(value * 100, 3)}%` : displayNumber(value);
            // Overlaid series are inset a little so the lower one stays visible at its edges.
            const inset = index === 0 ? gap / 2 : gap / 2 + Math.min(3, slotWidth * 0.15);
            rects.push(safeHtml `<rect class="bar series-${index} tone-${series.tone}" x="${svgNumber(area.left + slot * slotWidth + inset)}" y="${svgNumber(top)}" width="${svgNumber(Math.max(0.5, slotWidth - 2 * inset))}" height="${svgNumber(Math.max(0, area.top + area.height - top))}"><title>${binName(spec.bins, slot)} — ${series.label}: ${shown}</title></rect>`);
        }
        return safeHtml `<g class="bars series-${index}">${rects}</g>`;
    });
    return chartSvg({
        width,
        height,
        title: spec.title,
        description: spec.description,
        className: 'chart-svg bar-chart',
        body: [
            yAxisMarkup(area, yTicks, spec.yLabel, format),
            xAxisMarkup(area, xTicks(spec.bins, area, slotWidth, categoryLabels), spec.xLabel, {
                rotate
            }),
            safeHtml `<g class="series">${bars}</g>`,
            legendMarkup(legend, area.left, 8, area.width)
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
        return displayNumber(edge, 3);
    });
    const widest = Math.max(...labels.map(textWidth), 1);
    const every = Math.max(1, Math.ceil((widest + 8) / Math.max(1, slotWidth)));
    return labels.flatMap((label, index) => index % every === 0 ? [{ position: area.left + index * slotWidth, label }] : []);
}
function binName(bins, slot) {
    if (bins.kind === 'categories')
        return bins.labels[slot] ?? '';
    const low = slot === 0 && bins.openLower === true ? '−∞' : displayNumber(bins.edges[slot], 6);
    const last = slot === bins.edges.length - 2;
    const high = last && bins.openUpper === true ? '+∞' : displayNumber(bins.edges[slot + 1], 6);
    return `[${low}, ${high}${last ? ']' : ')'}`;
}

;// CONCATENATED MODULE: ./shared/html-report/html-table.ts

function htmlTable(spec) {
    const head = spec.columns.map((column) => safeHtml `<th scope="col"${column.numeric === true ? safeHtml ` class="num"` : ''}>${column.header}</th>`);
    const body = spec.rows.length === 0
        ? safeHtml `<tr><td class="empty" colspan="${Math.max(1, spec.columns.length)}">${spec.emptyText ?? 'Nothing to show.'}</td></tr>`
        : spec.rows.map((row, rowIndex) => safeHtml `<tr${rowClass(spec.rowClasses?.[rowIndex])}>${spec.columns.map((column, index) => safeHtml `<td${column.numeric === true ? safeHtml ` class="num"` : ''}>${row[index]}</td>`)}</tr>`);
    const caption = spec.caption === undefined ? '' : safeHtml `<caption>${spec.caption}</caption>`;
    return safeHtml `<div class="table-box"><table class="data-table${spec.className === undefined ? '' : ` ${spec.className}`}">${caption}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}
/** Text in a monospace code span (identifiers, paths, values from data). */
function codeText(text) {
    return safeHtml `<code>${text}</code>`;
}
function rowClass(name) {
    return name === undefined || name === '' ? '' : safeHtml ` class="${name}"`;
}

;// CONCATENATED MODULE: ./shared/html-report/validate-sections.ts







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
        sections.push(validate_sections_profileSection(profile, `${prefix}-profile`));
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
        statusBadge(CHECK_TONES[result.status], CHECK_WORDS[result.status]),
        codeText(result.id),
        result.column === null ? safeHtml `<span class="note">(table)</span>` : codeText(result.column),
        validate_sections_observedText(result),
        result.expected,
        samplesMarkup(result),
        result.message
    ]);
    const table = htmlTable({
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
        lead: `${displayNumber(report.data.rows)} rows × ${report.data.columns.length} columns: ${summary.passed} passed, ${summary.failed} failed, ${summary.warnings} warning(s).`,
        body: safeHtml `${keyValueCard([
            { key: 'Data', value: files.length === 0 ? '—' : joinMarkup(files.map(codeText), ', ') },
            { key: 'Rows', value: displayNumber(report.data.rows) },
            { key: 'Columns', value: String(report.data.columns.length) },
            { key: 'Checks file', value: codeText(report.checks_file) },
            { key: 'Fail on', value: report.fail_on },
            { key: 'Generated', value: report.generated_at }
        ])}${table}`
    };
}
function validate_sections_profileSection(profile, id) {
    const rows = profile.columns.map((column) => [
        codeText(column.name),
        column.type,
        column.null_fraction === null
            ? '—'
            : `${displayNumber(column.nulls)} (${displayPercent(column.null_fraction)})`,
        `${displayNumber(column.distinct)}${column.distinct_exact ? '' : ' (est.)'}`,
        extremeText(column.min),
        displayNumber(column.mean),
        displayNumber(column.std),
        displayNumber(quantile(column, 0.5)),
        extremeText(column.max),
        column.top_values
            .slice(0, 3)
            .map((entry) => `${truncateText(entry.value, 24)} (${displayNumber(entry.count)})`)
            .join(', ')
    ]);
    return {
        id,
        title: 'Column profile',
        source: 'validate-data',
        lead: `${profile.columns.length} column(s) over ${displayNumber(profile.rows)} rows. Quantiles are ${profile.columns.every((column) => column.quantiles_exact || column.quantiles === null) ? 'exact' : 'exact where marked, else sketch estimates'}.`,
        body: htmlTable({
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
        body: safeHtml `<div class="chart-grid">${charts}</div>${rest > 0 ? safeHtml `<p class="note">${rest} more column(s) are in the profile table and the profile JSON.</p>` : ''}`
    };
}
function distributionChart(column, failing) {
    const caption = `${column.name}${failing ? ' (failing checks)' : ''}`;
    if (column.histogram !== null && column.histogram.counts.length > 0) {
        const { edges, counts } = column.histogram;
        const svg = barChartSvg({
            title: `Histogram of ${column.name}`,
            description: `${counts.length} bins from ${displayNumber(edges[0])} to ${displayNumber(edges[edges.length - 1])}; ${displayNumber(counts.reduce((a, b) => a + b, 0))} values.`,
            xLabel: column.name,
            yLabel: 'rows',
            bins: { kind: 'intervals', edges },
            series: [{ label: 'rows', tone: 'value', values: counts }],
            width: 480,
            height: 260
        });
        return chartFigure(caption, svg, column.quantiles_exact ? undefined : 'Counts estimated from the quantile sketch.');
    }
    const top = column.top_values.slice(0, 10);
    const svg = barChartSvg({
        title: `Most frequent values of ${column.name}`,
        description: `${top.length} most frequent of ${displayNumber(column.distinct)} distinct values.`,
        xLabel: column.name,
        yLabel: 'rows',
        bins: { kind: 'categories', labels: top.map((entry) => entry.value) },
        series: [{ label: 'rows', tone: 'value', values: top.map((entry) => entry.count) }],
        width: 480,
        height: 260
    });
    return chartFigure(caption, svg, column.top_values_exact
        ? undefined
        : 'Counts are estimates (more distinct values than tracked exactly).');
}
/** What a check measured, in words. */
function validate_sections_observedText(result) {
    if (result.unexpected_count !== null &&
        result.element_count > 0 &&
        result.check !== 'unique' &&
        result.check !== 'compound_unique') {
        return `${displayNumber(result.unexpected_count)} of ${displayNumber(result.element_count)} fail (${displayNumber(result.unexpected_percent ?? 0, 3)}%)`;
    }
    const observed = result.observed;
    if (observed === null || observed === undefined)
        return '—';
    if (typeof observed === 'number')
        return `${displayNumber(observed)}${result.exact ? '' : ' (est.)'}`;
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
        return displayNumber(value);
    if (typeof value === 'string')
        return value;
    return JSON.stringify(value) ?? String(value);
}
function samplesMarkup(result) {
    if (result.unexpected_samples.length === 0)
        return '';
    const items = result.unexpected_samples
        .slice(0, SAMPLES_SHOWN)
        .map((sample) => safeHtml `<li>row ${displayNumber(sample.row)}: <code>${truncateText(sample.value, 60)}</code></li>`);
    const more = result.unexpected_samples.length - SAMPLES_SHOWN;
    return safeHtml `<ul class="samples">${items}${more > 0 ? safeHtml `<li>… ${more} more in the JSON report</li>` : ''}</ul>`;
}
function extremeText(value) {
    if (value === null)
        return '—';
    return typeof value === 'number' ? displayNumber(value) : value;
}
function quantile(column, q) {
    return column.quantiles?.find((entry) => entry.q === q)?.value ?? null;
}

;// CONCATENATED MODULE: ./actions/validate-data/main.ts













/** The inputs this action reads (checked against action.yml by the metadata test). */
const inputs = validate_options/* validateDataOptions */.J;
/** validate-data: data tests + profile in one pass; summary, annotations, PR comment, outputs. */
async function run() {
    await (0,action_step/* runActionStep */.y)('validate-data', async () => {
        const options = (0,action_step/* actionOptions */.R)(validate_options/* validateDataOptions */.J);
        // Matrix sharding: a shard job writes a partial; the merge job reports as one run would. The
        // artifact client is loaded only in these modes (it would slow every other start).
        const shard = options.string('shard');
        if (shard !== undefined) {
            const { runShardStep } = await Promise.all(/* import() */[__webpack_require__.e(6913), __webpack_require__.e(8110), __webpack_require__.e(6518), __webpack_require__.e(9564), __webpack_require__.e(273)]).then(__webpack_require__.bind(__webpack_require__, 80273));
            return runShardStep(options, (0,shard_spec/* parseShardSpec */.d7)(shard, 'input `shard`'));
        }
        const failOn = options.choice('fail-on');
        const checksPath = options.requiredString('checks');
        const outcome = options.boolean('merge') === true
            ? await (await Promise.all(/* import() */[__webpack_require__.e(6913), __webpack_require__.e(8110), __webpack_require__.e(6518), __webpack_require__.e(9564), __webpack_require__.e(273)]).then(__webpack_require__.bind(__webpack_require__, 80273))).mergeUploadedPartials(options)
            : await (0,validate_data/* validateData */.l)({
                data: options.list('data'),
                checksPath,
                format: options.choice('format'),
                delimiter: options.string('delimiter'),
                failOn,
                threads: options.integer('threads') ?? 0,
                now: (0,clock/* nowFromEnvironment */.g)()
            });
        const { report, profile } = outcome;
        const reportPath = options.string('report-path') ?? (0,action_report/* defaultReportPath */.j)('validate-data', 'report');
        const profilePath = options.string('profile-path') ?? (0,action_report/* defaultReportPath */.j)('validate-data', 'profile');
        (0,user_files/* writeJsonFile */.An)(reportPath, report);
        (0,user_files/* writeJsonFile */.An)(profilePath, profile);
        for (const result of report.results) {
            if (result.status === 'pass')
                continue;
            const annotate = result.status === 'fail' ? core/* error */.z3 : core/* warning */.$e;
            annotate((0,report_escape/* escapeLog */.Ah)(`${result.id}: ${result.message}`), {
                title: `validate-data: ${result.check}${result.column === null ? '' : ` on ${result.column}`}`,
                file: result.location.file,
                startLine: result.location.line,
                startColumn: result.location.column
            });
        }
        core/* setOutput */.uH('passed', String(report.passed));
        core/* setOutput */.uH('failed-checks', String(report.summary.failed));
        core/* setOutput */.uH('warnings', String(report.summary.warnings));
        core/* setOutput */.uH('rows', String(report.data.rows));
        core/* setOutput */.uH('report', reportPath);
        core/* setOutput */.uH('profile', profilePath);
        const html = options.boolean('html-report') === true
            ? await publishHtmlReport(validateReportSections(report, profile), {
                title: 'Tollgate validate-data',
                status: validateStatus(report),
                generatedAt: report.generated_at
            }, { name: 'tollgate-validate-data-report' })
            : undefined;
        await (0,action_report/* writeJobSummary */.C)(validateSummaryMarkdown(report, profile) + (html?.summary ? `\n${html.summary}` : ''));
        const context = (0,workflow_context/* readWorkflowContext */.F)();
        const comment = options.choice('comment');
        const wantComment = comment === 'true' || (comment === 'auto' && context.pullRequestNumber !== undefined);
        if (wantComment) {
            if (context.pullRequestNumber === undefined) {
                core/* warning */.$e('comment is true but this run is not for a pull request; no comment was written.');
            }
            else {
                // Octokit is loaded only when there is a comment to write (start-up cost otherwise).
                const { createGitHubClient, currentRepository } = await Promise.all(/* import() */[__webpack_require__.e(6913), __webpack_require__.e(5533)]).then(__webpack_require__.bind(__webpack_require__, 95533));
                const { upsertPullRequestComment } = await __webpack_require__.e(/* import() */ 8805).then(__webpack_require__.bind(__webpack_require__, 38805));
                const client = createGitHubClient(options.requiredString('token'));
                const body = validateSummaryMarkdown(report, profile, { compact: false });
                const url = await upsertPullRequestComment(client, currentRepository(), context.pullRequestNumber, 'validate-data', body);
                if (url !== undefined)
                    core/* info */.pq(`Pull-request comment: ${url}`);
            }
        }
        core/* info */.pq(`validate-data: ${report.summary.passed} passed, ${report.summary.failed} failed, ${report.summary.warnings} warnings on ${report.data.rows} rows. Report: ${reportPath}`);
        if (!report.passed) {
            const failing = report.results.filter((result) => result.status === 'fail' || (failOn === 'warn' && result.status === 'warn'));
            core/* setFailed */.C1(`validate-data: ${failing.length} check(s) failed: ${failing
                .slice(0, 5)
                .map((result) => result.id)
                .join(', ')}${failing.length > 5 ? ', …' : ''}`);
        }
    });
}


/***/ }),

/***/ 11152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ writeJobSummary),
/* harmony export */   j: () => (/* binding */ defaultReportPath)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);



/** The runner's summary limit per step (actions/runner: 1024 KiB). */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4096;
/**
 * Where an action writes a report file when the user gave no path: under RUNNER_TEMP (unique per
 * job) so nothing lands in the repository's working tree.
 */
function defaultReportPath(action, kind) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(process.env.RUNNER_TEMP ?? (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'tollgate', `${action}-${kind}.json`);
}
/** Appends markdown to the job summary, cut to stay under the runner's 1 MiB limit. */
async function writeJobSummary(markdown) {
    if (process.env.GITHUB_STEP_SUMMARY === undefined || process.env.GITHUB_STEP_SUMMARY === '')
        return;
    let text = markdown;
    if (Buffer.byteLength(text) > SUMMARY_LIMIT_BYTES) {
        text = `${Buffer.from(text).subarray(0, SUMMARY_LIMIT_BYTES).toString('utf8').replace(/\uFFFD$/, '')}\n\n_… cut to fit the 1 MiB job-summary limit; see the JSON report._\n`;
    }
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(text, true).write();
}


/***/ }),

/***/ 70540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ actionOptions),
/* harmony export */   y: () => (/* binding */ runActionStep)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32635);
/* harmony import */ var _options_option_table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55739);



/** Options of an action, read from its `INPUT_*` variables via @actions/core. */
function actionOptions(table) {
    return new _options_option_table_js__WEBPACK_IMPORTED_MODULE_2__/* .Options */ .JY(table, {
        get: (name) => {
            const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);
            return value === '' ? undefined : value;
        },
        describe: (name) => `input \`${name}\``
    });
}
/**
 * Runs an action body and turns whatever it throws into a failed step with one readable sentence
 * prefixed by the action's name (several Tollgate actions often share a job). Input errors that
 * know their file and line also become an annotation on that line. Stack traces are printed only
 * in debug mode (ACTIONS_STEP_DEBUG), where they help a maintainer and do not bury the message.
 */
async function runActionStep(actionName, body) {
    try {
        await body();
    }
    catch (error) {
        const message = `${actionName} failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`;
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz && error.location.file !== undefined) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(error.detail, {
                title: `${actionName}: invalid input`,
                file: error.location.file,
                startLine: error.location.line,
                startColumn: error.location.column
            });
        }
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TollgateError */ .xB) && error instanceof Error && error.stack !== undefined) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(error.stack);
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(message);
    }
}


/***/ }),

/***/ 93324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ readWorkflowContext),
/* harmony export */   V: () => (/* binding */ runUrl)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

function readWorkflowContext(env = process.env) {
    let payload = {};
    const path = env.GITHUB_EVENT_PATH;
    if (path !== undefined && path !== '') {
        try {
            payload = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
        }
        catch {
            payload = {};
        }
    }
    const pullRequest = payload.pull_request;
    const issue = payload.issue;
    const pullRequestNumber = pullRequest?.number ?? (issue?.pull_request !== undefined ? issue.number : undefined);
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload,
        pullRequestNumber,
        sha: env.GITHUB_SHA ?? '',
        runId: env.GITHUB_RUN_ID ?? 'local',
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        workflow: env.GITHUB_WORKFLOW ?? '',
        job: env.GITHUB_JOB ?? '',
        actor: env.GITHUB_ACTOR ?? '',
        serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
        repository: env.GITHUB_REPOSITORY ?? ''
    };
}
/** URL of the workflow run's page, for links in comments and issues. */
function runUrl(context) {
    if (context.repository === '' || context.runId === 'local')
        return undefined;
    return `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}`;
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
/* unused harmony exports NotYetAvailableError, formatLocation, notYetAvailable */
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
/** The named feature exists in the interface but is not built yet; never pretend to pass. */
class NotYetAvailableError extends (/* unused pure expression or super */ null && (TollgateError)) {
    name = 'NotYetAvailableError';
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
/** The error an action or command that is declared but not built yet fails with. */
function notYetAvailable(feature) {
    return new NotYetAvailableError(`${feature} is not yet available in this version of Tollgate. The interface is published so ` +
        'workflows can be prepared, but the step fails rather than pretend to pass.');
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
    const value = (text.length > maxLength ? `${text.slice(0, maxLength)}…` : text).replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = value.startsWith('`') || value.endsWith('`') || value === '' ? ' ' : '';
    return `${fence}${pad}${value}${pad}${fence}`;
}


/***/ }),

/***/ 11830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $W: () => (/* binding */ categoryChart),
/* harmony export */   In: () => (/* binding */ shortNumber),
/* harmony export */   RN: () => (/* binding */ histogramChart)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46682);

/**
 * Mermaid charts for job summaries and comments (GitHub renders ```mermaid blocks). Numbers are
 * rounded for display only; labels pass through escapeMermaid.
 */
/** A compact number for axis labels: 3 significant digits, k/M suffixes. */
function shortNumber(value) {
    const abs = Math.abs(value);
    if (abs >= 1e9)
        return `${Number((value / 1e9).toPrecision(3))}G`;
    if (abs >= 1e6)
        return `${Number((value / 1e6).toPrecision(3))}M`;
    if (abs >= 1e4)
        return `${Number((value / 1e3).toPrecision(3))}k`;
    if (abs === 0)
        return '0';
    return String(Number(value.toPrecision(3)));
}
/** A bar chart of a histogram: one bar per bin, labelled by the bin's lower edge. */
function histogramChart(title, edges, counts, yLabel = 'rows') {
    const labels = counts.map((_, j) => `"${shortNumber(edges[j])}"`);
    return [
        '```mermaid',
        'xychart-beta',
        `  title "${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMermaid */ .Fw)(title)}"`,
        `  x-axis [${labels.join(', ')}]`,
        `  y-axis "${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMermaid */ .Fw)(yLabel)}"`,
        `  bar [${counts.map((count) => String(count)).join(', ')}]`,
        '```'
    ].join('\n');
}
/** A bar chart of category counts. */
function categoryChart(title, entries, yLabel) {
    return [
        '```mermaid',
        'xychart-beta',
        `  title "${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMermaid */ .Fw)(title)}"`,
        `  x-axis [${entries.map((entry) => `"${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMermaid */ .Fw)(entry.label, 20)}"`).join(', ')}]`,
        `  y-axis "${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMermaid */ .Fw)(yLabel)}"`,
        `  bar [${entries.map((entry) => String(entry.value)).join(', ')}]`,
        '```'
    ].join('\n');
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
