/**
 * The report's one stylesheet, inlined in `<style>` (the Content-Security-Policy admits exactly
 * this text by its hash). Light and dark themes follow the reader's `prefers-color-scheme`;
 * chart marks take their colour from `tone-*` classes through the `--tone` custom property, so
 * the SVG renderers never write colours. The palette keeps the value, centre-line and limit
 * colours apart for common colour-vision deficiencies, and dashes and labels carry the meaning too.
 */
export const REPORT_STYLESHEET = `
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
`
