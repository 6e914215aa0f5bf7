export const id = 3359;
export const ids = [3359];
export const modules = {

/***/ 33845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ lineageSection)
});

// EXTERNAL MODULE: ./shared/html-report/html-table.ts
var html_table = __webpack_require__(88839);
;// CONCATENATED MODULE: ./shared/html-report/layered-layout.ts
/**
 * A layered (Sugiyama-style) layout of a directed graph, left to right, for the lineage graph:
 *
 * 1. cycles are broken by reversing the back edges a depth-first search finds (lineage should
 *    be acyclic, but a run that writes the bytes it read would make a loop);
 * 2. each node's layer is the length of the longest path reaching it, so every edge points to a
 *    later layer; a source then moves right to just before its nearest consumer (so the data a
 *    late drift check reads sits beside it, not in the first column);
 * 3. an edge spanning several layers gets a virtual node in each layer it crosses, so it can
 *    be routed and ordered like a short edge;
 * 4. nodes are ordered within their layer by the barycentre heuristic (Sugiyama, Tagawa & Toda
 *    1981, "Methods for visual understanding of hierarchical system structures", §3.2): sweeps
 *    down and up the layers sort each layer by the mean position of its neighbours in the layer
 *    before; the ordering with the fewest edge crossings is kept.
 *
 * The result is abstract (layer and order); the renderer turns it into coordinates.
 */
/** Sweeps of the barycentre pass; small graphs settle in a few. */
const SWEEPS = 8;
function layeredLayout(nodeIds, edges) {
    const known = new Set(nodeIds);
    const drawable = edges
        .map((edge, index) => ({ ...edge, index }))
        .filter((edge) => edge.from !== edge.to && known.has(edge.from) && known.has(edge.to));
    const reversed = backEdges(nodeIds, drawable);
    const directed = drawable.map((edge) => reversed.has(edge.index) ? { from: edge.to, to: edge.from, index: edge.index } : edge);
    const layerOf = longestPathLayers(nodeIds, directed);
    const layerCount = Math.max(0, ...layerOf.values()) + 1;
    const layers = Array.from({ length: nodeIds.length === 0 ? 0 : layerCount }, () => []);
    for (const id of nodeIds)
        layers[layerOf.get(id)].push({ id, virtual: false });
    // Adjacent-layer links between slot ids (real or virtual), for ordering and crossings.
    const links = [];
    const routes = [];
    for (const edge of directed) {
        const start = layerOf.get(edge.from);
        const end = layerOf.get(edge.to);
        const slots = [edge.from];
        for (let layer = start + 1; layer < end; layer++) {
            const id = `\u0000edge${edge.index}@${layer}`;
            layers[layer].push({ id, virtual: true, edge: edge.index });
            slots.push(id);
        }
        slots.push(edge.to);
        for (let i = 0; i + 1 < slots.length; i++)
            links.push({ from: slots[i], to: slots[i + 1], layer: start + i });
        routes.push({ edge: edge.index, slots, reversed: reversed.has(edge.index) });
    }
    routes.sort((a, b) => a.edge - b.edge);
    const ordered = orderLayers(layers, links);
    const position = new Map();
    ordered.layers.forEach((layer, layerIndex) => layer.forEach((slot, order) => {
        if (!slot.virtual)
            position.set(slot.id, { layer: layerIndex, order });
    }));
    return { layers: ordered.layers, position, routes, crossings: ordered.crossings };
}
/** Edges (by input index) that close a cycle in a depth-first search from each node in order. */
function backEdges(nodeIds, edges) {
    const outgoing = new Map();
    for (const edge of edges)
        appendTo(outgoing, edge.from, edge);
    const state = new Map();
    const back = new Set();
    for (const root of nodeIds) {
        if (state.has(root))
            continue;
        // Iterative DFS: lineage graphs can be long chains, deeper than a safe recursion.
        const stack = [{ id: root, next: 0 }];
        state.set(root, 'active');
        while (stack.length > 0) {
            const top = stack[stack.length - 1];
            const out = outgoing.get(top.id) ?? [];
            if (top.next >= out.length) {
                state.set(top.id, 'done');
                stack.pop();
                continue;
            }
            const edge = out[top.next++];
            const seen = state.get(edge.to);
            if (seen === 'active')
                back.add(edge.index);
            else if (seen === undefined) {
                state.set(edge.to, 'active');
                stack.push({ id: edge.to, next: 0 });
            }
        }
    }
    return back;
}
/** Layer = longest path from a source (Kahn's topological order over an acyclic edge set). */
function longestPathLayers(nodeIds, edges) {
    const layer = new Map(nodeIds.map((id) => [id, 0]));
    const indegree = new Map(nodeIds.map((id) => [id, 0]));
    const outgoing = new Map();
    const incoming = new Set();
    for (const edge of edges) {
        incoming.add(edge.to);
        indegree.set(edge.to, indegree.get(edge.to) + 1);
        appendTo(outgoing, edge.from, edge.to);
    }
    const queue = nodeIds.filter((id) => indegree.get(id) === 0);
    for (let head = 0; head < queue.length; head++) {
        const id = queue[head];
        for (const next of outgoing.get(id) ?? []) {
            layer.set(next, Math.max(layer.get(next), layer.get(id) + 1));
            const remaining = indegree.get(next) - 1;
            indegree.set(next, remaining);
            if (remaining === 0)
                queue.push(next);
        }
    }
    // A source only feeding late nodes (today's data read by a drift check) moves next to its
    // first consumer instead of stretching an edge across the whole graph.
    for (const id of nodeIds) {
        if (incoming.has(id))
            continue;
        const next = outgoing.get(id);
        if (next !== undefined)
            layer.set(id, Math.min(...next.map((to) => layer.get(to))) - 1);
    }
    return layer;
}
function orderLayers(initial, links) {
    const predecessors = new Map();
    const successors = new Map();
    for (const link of links) {
        appendTo(predecessors, link.to, link.from);
        appendTo(successors, link.from, link.to);
    }
    const current = initial.map((layer) => [...layer]);
    let best = current.map((layer) => [...layer]);
    let bestCrossings = countCrossings(best, links);
    for (let sweep = 0; sweep < SWEEPS && bestCrossings > 0; sweep++) {
        const down = sweep % 2 === 0;
        const indices = current.map((_, index) => index);
        const sequence = down ? indices.slice(1) : indices.slice(0, -1).reverse();
        for (const layerIndex of sequence) {
            const fixed = current[down ? layerIndex - 1 : layerIndex + 1];
            const place = new Map(fixed.map((slot, order) => [slot.id, order]));
            const neighbours = down ? predecessors : successors;
            current[layerIndex] = sortByBarycentre(current[layerIndex], neighbours, place);
        }
        const crossings = countCrossings(current, links);
        if (crossings < bestCrossings) {
            bestCrossings = crossings;
            best = current.map((layer) => [...layer]);
        }
    }
    return { layers: best, crossings: bestCrossings };
}
/** Stable sort by mean neighbour position; a slot without neighbours keeps its own position. */
function sortByBarycentre(layer, neighbours, place) {
    const keyed = layer.map((slot, order) => {
        const positions = (neighbours.get(slot.id) ?? []).flatMap((id) => {
            const at = place.get(id);
            return at === undefined ? [] : [at];
        });
        const barycentre = positions.length === 0 ? order : positions.reduce((sum, at) => sum + at, 0) / positions.length;
        return { slot, barycentre, order };
    });
    keyed.sort((a, b) => a.barycentre - b.barycentre || a.order - b.order);
    return keyed.map((entry) => entry.slot);
}
/** Pairs of links between the same two adjacent layers whose ends are in opposite orders. */
function countCrossings(layers, links) {
    const order = new Map();
    for (const layer of layers)
        layer.forEach((slot, index) => order.set(slot.id, index));
    const byLayer = new Map();
    for (const link of links) {
        const list = byLayer.get(link.layer) ?? [];
        list.push({ a: order.get(link.from), b: order.get(link.to) });
        byLayer.set(link.layer, list);
    }
    let crossings = 0;
    for (const list of byLayer.values()) {
        for (let i = 0; i < list.length; i++) {
            for (let j = i + 1; j < list.length; j++) {
                if ((list[i].a - list[j].a) * (list[i].b - list[j].b) < 0)
                    crossings++;
            }
        }
    }
    return crossings;
}
function appendTo(map, key, value) {
    const list = map.get(key);
    if (list === undefined)
        map.set(key, [value]);
    else
        list.push(value);
}

// EXTERNAL MODULE: ./shared/html-report/markup.ts
var markup = __webpack_require__(78643);
;// CONCATENATED MODULE: ./shared/html-report/lineage-svg.ts


/**
 * The lineage graph (shared/lineage/lineage-graph.ts) as an SVG drawing, left to right: data
 * digests → validation/SPC/train runs → model versions → gate verdicts → deployments → drift
 * runs, in the layers of a layered layout (layered-layout.ts). Each node kind has its own shape
 * (dataset: cylinder, run: box, model version: pill, gate verdict: hexagon, deployment: box with
 * side bars, drift check: parallelogram) and colour; failed runs and rejecting gates are drawn
 * red, drifted checks amber. Edges are Bézier curves with an arrowhead drawn as a small triangle
 * (no `<marker>`, so no document-wide ids). Long labels are shortened; the full label is the
 * node's tooltip (`<title>`).
 */
const NODE_WIDTH = 184;
const NODE_HEIGHT = 46;
const COLUMN_GAP = 56;
const ROW_GAP = 18;
/** Height a virtual node (an edge passing a layer) reserves. */
const LANE_HEIGHT = 14;
const PADDING = 12;
const LEGEND_HEIGHT = 34;
const LABEL_LENGTH = 25;
const MAX_DISPLAY_WIDTH = 1000;
const MIN_SCALE = 0.7;
const NODE_KIND_NAMES = {
    dataset: 'dataset',
    run: 'run',
    'model-version': 'model version',
    'gate-verdict': 'gate verdict',
    deployment: 'deployment',
    'drift-run': 'drift check'
};
const KIND_ORDER = [
    'dataset',
    'run',
    'model-version',
    'gate-verdict',
    'deployment',
    'drift-run'
];
/** The graph as an `<svg>`; nodes are `g.node` elements, edges `path.edge`. */
function lineageGraphSvg(graph, title = 'Lineage graph') {
    const layout = layeredLayout(graph.nodes.map((node) => node.id), graph.edges);
    const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
    const heights = layout.layers.map((layer) => layer.reduce((sum, slot, index) => sum + (slot.virtual ? LANE_HEIGHT : NODE_HEIGHT) + (index > 0 ? ROW_GAP : 0), 0));
    const tallest = Math.max(NODE_HEIGHT, ...heights);
    const top = PADDING + LEGEND_HEIGHT;
    // Slot centres: each layer centred vertically against the tallest one.
    const centre = new Map();
    layout.layers.forEach((layer, layerIndex) => {
        const x = PADDING + layerIndex * (NODE_WIDTH + COLUMN_GAP);
        let y = top + (tallest - heights[layerIndex]) / 2;
        for (const slot of layer) {
            const height = slot.virtual ? LANE_HEIGHT : NODE_HEIGHT;
            centre.set(slot.id, { x, y: y + height / 2 });
            y += height + ROW_GAP;
        }
    });
    const width = Math.max(PADDING * 2 +
        layout.layers.length * NODE_WIDTH +
        Math.max(0, layout.layers.length - 1) * COLUMN_GAP, legendWidth(graph) + PADDING * 2);
    const height = top + tallest + PADDING;
    const edges = layout.routes.map((route) => {
        const points = route.slots.map((id) => centre.get(id));
        const path = edgePath(points);
        const edge = graph.edges[route.edge];
        const from = nodes.get(edge.from);
        const to = nodes.get(edge.to);
        const end = route.reversed ? points[0] : points[points.length - 1];
        const arrow = route.reversed
            ? arrowHead(end.x + NODE_WIDTH, end.y, 'left')
            : arrowHead(end.x, end.y, 'right');
        return (0,markup/* safeHtml */.b5) `<g class="edge-group"><path class="edge" d="${path}"><title>${from?.label ?? edge.from} → ${to?.label ?? edge.to}</title></path>${arrow}</g>`;
    });
    const nodeMarks = graph.nodes.map((node) => {
        const at = centre.get(node.id);
        if (at === undefined)
            return (0,markup/* safeHtml */.b5) ``;
        const layer = layout.position.get(node.id)?.layer ?? 0;
        return nodeMarkup(node, layer, {
            x: at.x,
            y: at.y - NODE_HEIGHT / 2,
            width: NODE_WIDTH,
            height: NODE_HEIGHT
        });
    });
    const counts = KIND_ORDER.flatMap((kind) => {
        const count = graph.nodes.filter((node) => node.kind === kind).length;
        return count === 0 ? [] : [`${count} ${NODE_KIND_NAMES[kind]}${count === 1 ? '' : 's'}`];
    });
    // Shown at most MAX_DISPLAY_WIDTH wide, shrunk no further than MIN_SCALE (labels stay
    // legible); a wider graph keeps that size and its box scrolls sideways.
    const displayWidth = Math.min(width, Math.max(MAX_DISPLAY_WIDTH, width * MIN_SCALE));
    const displayHeight = (height * displayWidth) / width;
    return (0,markup/* safeHtml */.b5) `<svg class="lineage-svg" role="img" viewBox="0 0 ${(0,markup/* svgNumber */.Ah)(width)} ${(0,markup/* svgNumber */.Ah)(height)}" width="${(0,markup/* svgNumber */.Ah)(displayWidth)}" height="${(0,markup/* svgNumber */.Ah)(displayHeight)}"><title>${title}</title><desc>${`A left-to-right lineage graph of ${counts.join(', ')} with ${graph.edges.length} link${graph.edges.length === 1 ? '' : 's'}.`}</desc>${legendMarkup(graph)}<g class="edges">${edges}</g><g class="nodes">${nodeMarks}</g></svg>`;
}
/** Classes of a node: its kind and what its outcome says. */
function nodeClasses(node) {
    const classes = ['node', `node-${node.kind}`];
    const failed = node.status === 'failed' || (node.kind === 'gate-verdict' && node.flagged === false);
    if (failed)
        classes.push('node-failed');
    if (node.kind === 'drift-run' && node.flagged === true)
        classes.push('node-flagged', 'tone-warning');
    return classes.join(' ');
}
function kindLine(node) {
    const parts = [NODE_KIND_NAMES[node.kind]];
    if (node.status !== undefined && node.status !== 'succeeded')
        parts.push(node.status);
    if (node.kind === 'gate-verdict' && node.flagged !== undefined)
        parts.push(node.flagged ? 'passed' : 'rejected');
    if (node.kind === 'drift-run' && node.flagged !== undefined)
        parts.push(node.flagged ? 'drifted' : 'no drift');
    return parts.join(' · ');
}
function nodeMarkup(node, layer, box) {
    const middle = box.x + box.width / 2;
    return (0,markup/* safeHtml */.b5) `<g class="${nodeClasses(node)}" data-kind="${node.kind}" data-layer="${layer}"><title>${NODE_KIND_NAMES[node.kind]}: ${node.label}</title>${shapeMarkup(node.kind, box)}<text class="node-kind" x="${(0,markup/* svgNumber */.Ah)(middle)}" y="${(0,markup/* svgNumber */.Ah)(box.y + 16)}" text-anchor="middle">${kindLine(node)}</text><text class="node-label" x="${(0,markup/* svgNumber */.Ah)(middle)}" y="${(0,markup/* svgNumber */.Ah)(box.y + 33)}" text-anchor="middle">${(0,markup/* truncateText */.EJ)(node.label, LABEL_LENGTH)}</text></g>`;
}
/** The outline of a node kind inside `box`. */
function shapeMarkup(kind, box) {
    const { x, y, width: w, height: h } = box;
    const n = markup/* svgNumber */.Ah;
    switch (kind) {
        case 'dataset': {
            const e = Math.min(6, h / 6);
            return (0,markup/* safeHtml */.b5) `<path class="node-shape" d="M${n(x)} ${n(y + e)} A${n(w / 2)} ${n(e)} 0 0 1 ${n(x + w)} ${n(y + e)} V${n(y + h - e)} A${n(w / 2)} ${n(e)} 0 0 1 ${n(x)} ${n(y + h - e)} Z M${n(x)} ${n(y + e)} A${n(w / 2)} ${n(e)} 0 0 0 ${n(x + w)} ${n(y + e)}"/>`;
        }
        case 'model-version':
            return (0,markup/* safeHtml */.b5) `<rect class="node-shape" x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="${n(h / 2)}"/>`;
        case 'gate-verdict': {
            const s = Math.min(12, w / 4);
            return (0,markup/* safeHtml */.b5) `<polygon class="node-shape" points="${`${n(x + s)},${n(y)} ${n(x + w - s)},${n(y)} ${n(x + w)},${n(y + h / 2)} ${n(x + w - s)},${n(y + h)} ${n(x + s)},${n(y + h)} ${n(x)},${n(y + h / 2)}`}"/>`;
        }
        case 'deployment':
            return (0,markup/* safeHtml */.b5) `<path class="node-shape" d="M${n(x)} ${n(y)} H${n(x + w)} V${n(y + h)} H${n(x)} Z M${n(x + 8)} ${n(y)} V${n(y + h)} M${n(x + w - 8)} ${n(y)} V${n(y + h)}"/>`;
        case 'drift-run': {
            const s = Math.min(10, w / 5);
            return (0,markup/* safeHtml */.b5) `<polygon class="node-shape" points="${`${n(x + s)},${n(y)} ${n(x + w)},${n(y)} ${n(x + w - s)},${n(y + h)} ${n(x)},${n(y + h)}`}"/>`;
        }
        default:
            return (0,markup/* safeHtml */.b5) `<rect class="node-shape" x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="4"/>`;
    }
}
/**
 * A smooth path through slot centres: from the right side of the first node, straight through
 * the lanes of the layers it passes, into the left side of the last node.
 */
function edgePath(points) {
    const n = markup/* svgNumber */.Ah;
    const first = points[0];
    let x = first.x + NODE_WIDTH;
    let y = first.y;
    const commands = [`M${n(x)} ${n(y)}`];
    for (let i = 1; i < points.length; i++) {
        const next = points[i];
        const entry = i === points.length - 1 ? next.x - 7 : next.x;
        const bend = (entry - x) / 2;
        commands.push(`C${n(x + bend)} ${n(y)} ${n(entry - bend)} ${n(next.y)} ${n(entry)} ${n(next.y)}`);
        x = entry;
        y = next.y;
        if (i < points.length - 1) {
            // Through a virtual node: straight across the column.
            x = next.x + NODE_WIDTH;
            commands.push(`H${n(x)}`);
        }
    }
    return commands.join(' ');
}
function arrowHead(x, y, pointing) {
    const n = markup/* svgNumber */.Ah;
    const back = pointing === 'right' ? x - 8 : x + 8;
    return (0,markup/* safeHtml */.b5) `<polygon class="edge-head" points="${`${n(x)},${n(y)} ${n(back)},${n(y - 4.5)} ${n(back)},${n(y + 4.5)}`}"/>`;
}
function presentKinds(graph) {
    return KIND_ORDER.filter((kind) => graph.nodes.some((node) => node.kind === kind));
}
function legendWidth(graph) {
    return presentKinds(graph).reduce((sum, kind) => sum + 40 + NODE_KIND_NAMES[kind].length * 7 + 14, 0);
}
/** One small shape per node kind present, with its name. */
function legendMarkup(graph) {
    let x = PADDING;
    const items = presentKinds(graph).map((kind) => {
        const item = (0,markup/* safeHtml */.b5) `<g class="legend-node node-${kind}">${shapeMarkup(kind, { x, y: PADDING, width: 34, height: 18 })}<text x="${(0,markup/* svgNumber */.Ah)(x + 40)}" y="${(0,markup/* svgNumber */.Ah)(PADDING + 9)}" dominant-baseline="central">${NODE_KIND_NAMES[kind]}</text></g>`;
        x += 40 + NODE_KIND_NAMES[kind].length * 7 + 14;
        return item;
    });
    return (0,markup/* safeHtml */.b5) `<g class="legend">${items}</g>`;
}

// EXTERNAL MODULE: ./shared/html-report/status-badge.ts
var status_badge = __webpack_require__(52111);
;// CONCATENATED MODULE: ./shared/html-report/lineage-section.ts




/**
 * The lineage section: data digests → runs → model versions → gate verdicts → deployments →
 * drift runs as an SVG graph (lineage-svg.ts), with the same nodes as a table under it for
 * readers who cannot see the drawing. Build the graph with `buildLineageGraph(events)` (and
 * `lineageAround` to keep one model version's part) from the stored OpenLineage events.
 */
function lineageSection(graph, options = {}) {
    const title = options.title ?? 'Lineage';
    const base = {
        id: options.id ?? 'lineage',
        title,
        ...(options.source === undefined ? {} : { source: options.source })
    };
    if (graph.nodes.length === 0) {
        return {
            ...base,
            body: (0,markup/* safeHtml */.b5) `<p class="note">No lineage events were recorded for this report.</p>`
        };
    }
    const failed = graph.nodes.filter((node) => node.status === 'failed').length;
    const rows = graph.nodes.map((node) => {
        const incoming = graph.edges.filter((edge) => edge.to === node.id).length;
        const outgoing = graph.edges.filter((edge) => edge.from === node.id).length;
        return [
            NODE_KIND_NAMES[node.kind],
            node.label,
            outcomeBadge(node.status, node.kind, node.flagged),
            (0,html_table/* codeText */.p)(node.id),
            incoming,
            outgoing
        ];
    });
    return {
        ...base,
        lead: options.lead ??
            `${graph.nodes.length} node(s) and ${graph.edges.length} link(s) from the stored OpenLineage events, left to right from data to deployments and drift checks.`,
        ...(failed > 0
            ? { status: { tone: 'fail', text: `${failed} failed run(s)` } }
            : {}),
        body: (0,markup/* safeHtml */.b5) `<div class="graph-box">${lineageGraphSvg(graph, title)}</div><details class="node-list"><summary>Nodes as a table</summary>${(0,html_table/* htmlTable */.I)({
            columns: [
                { header: 'Kind' },
                { header: 'Label' },
                { header: 'Outcome' },
                { header: 'Id' },
                { header: 'Inputs', numeric: true },
                { header: 'Outputs', numeric: true }
            ],
            rows
        })}</details>`
    };
}
function outcomeBadge(status, kind, flagged) {
    if (kind === 'gate-verdict' && flagged !== undefined)
        return flagged ? (0,status_badge/* statusBadge */.O)('pass', 'passed') : (0,status_badge/* statusBadge */.O)('fail', 'rejected');
    if (kind === 'drift-run' && flagged !== undefined)
        return flagged ? (0,status_badge/* statusBadge */.O)('warn', 'drifted') : (0,status_badge/* statusBadge */.O)('pass', 'no drift');
    if (status === 'failed')
        return (0,status_badge/* statusBadge */.O)('fail', 'failed');
    if (status === 'running')
        return (0,status_badge/* statusBadge */.O)('neutral', 'running');
    if (status === 'succeeded')
        return (0,status_badge/* statusBadge */.O)('pass', 'succeeded');
    return '';
}


/***/ }),

/***/ 19667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* binding */ registerModel),
  X: () => (/* binding */ stageReport)
});

// EXTERNAL MODULE: ./shared/adapters/run-provenance.ts
var run_provenance = __webpack_require__(39572);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/lineage/openlineage-event.ts
var openlineage_event = __webpack_require__(20068);
// EXTERNAL MODULE: ./shared/lineage/run-id.ts
var run_id = __webpack_require__(8315);
// EXTERNAL MODULE: ./shared/registry/gto-tags.ts
var gto_tags = __webpack_require__(33148);
// EXTERNAL MODULE: ./shared/registry/model-bundle.ts + 2 modules
var model_bundle = __webpack_require__(61705);
// EXTERNAL MODULE: ./shared/store/canonical-json.ts
var canonical_json = __webpack_require__(92113);
// EXTERNAL MODULE: ./shared/version.ts
var version = __webpack_require__(84402);
// EXTERNAL MODULE: ./shared/report/registry-report.ts
var registry_report = __webpack_require__(79309);
// EXTERNAL MODULE: ./shared/operations/profile-data.ts
var profile_data = __webpack_require__(30429);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/profile/data-profile.ts
var data_profile = __webpack_require__(10706);
// EXTERNAL MODULE: ./shared/store/content-digest.ts
var content_digest = __webpack_require__(73734);
// EXTERNAL MODULE: ./shared/store/store-names.ts
var store_names = __webpack_require__(33780);
// EXTERNAL MODULE: ./shared/operations/train-metrics-file.ts
var train_metrics_file = __webpack_require__(95354);
// EXTERNAL MODULE: ./shared/operations/train-output.ts
var train_output = __webpack_require__(40625);
;// CONCATENATED MODULE: ./shared/operations/register-model-directory.ts










/** Files the registry writes into every version: a downloaded version's copies are not re-used. */
const REGENERATED = [store_names/* BUNDLE_MANIFEST_FILE */.EI, model_bundle/* MODEL_BUNDLE_FILES */.rU.card];
function readModelDirectory(path) {
    if (!(0,external_node_fs_.existsSync)(path)) {
        throw new errors/* UsageError */.eb(`The model directory ${JSON.stringify(path)} does not exist; give the directory train wrote ` +
            '(its model-path output) or another directory of model files.');
    }
    if (!(0,external_node_fs_.statSync)(path).isDirectory()) {
        throw new errors/* UsageError */.eb(`The model path ${JSON.stringify(path)} is not a directory.`);
    }
    const shown = (name) => (0,external_node_path_.join)(path, name);
    const warnings = [];
    const files = new Map();
    const metadata = new Map();
    for (const name of (0,external_node_fs_.readdirSync)(path).sort()) {
        const full = (0,external_node_path_.join)(path, name);
        const stats = (0,external_node_fs_.statSync)(full);
        if (stats.isDirectory()) {
            throw new errors/* UsageError */.eb(`The model directory holds a subdirectory ${JSON.stringify(name)}; a registered version is ` +
                'a flat list of files (GitHub release assets), so pack it into one file first, e.g. ' +
                `\`tar -czf ${name}.tar.gz -C ${name} .\`.`);
        }
        if (!stats.isFile()) {
            throw new errors/* UsageError */.eb(`${JSON.stringify(full)} is not a regular file; a model directory holds files only.`);
        }
        if (name.startsWith('.')) {
            warnings.push(`left out the hidden file ${name}`);
            continue;
        }
        if (REGENERATED.includes(name)) {
            warnings.push(`left out ${name}: the registry writes a new one for the version`);
            continue;
        }
        if (name === train_output/* TRAIN_OUTPUT_FILES */.Jz.metrics ||
            name === train_output/* TRAIN_OUTPUT_FILES */.Jz.params ||
            name === train_output/* TRAIN_OUTPUT_FILES */.Jz.lineage ||
            name === train_output/* TRAIN_OUTPUT_FILES */.Jz.profile) {
            metadata.set(name, (0,external_node_fs_.readFileSync)(full, 'utf8'));
            continue;
        }
        files.set(name, (0,external_node_fs_.readFileSync)(full));
    }
    const metricsText = metadata.get(train_output/* TRAIN_OUTPUT_FILES */.Jz.metrics);
    const metrics = metricsText === undefined
        ? undefined
        : (0,train_metrics_file/* parseMetricsText */.o0)(metricsText, shown(train_output/* TRAIN_OUTPUT_FILES */.Jz.metrics));
    const paramsText = metadata.get(train_output/* TRAIN_OUTPUT_FILES */.Jz.params);
    const params = paramsText !== undefined
        ? (0,train_metrics_file/* parseParamsText */.z3)(paramsText, shown(train_output/* TRAIN_OUTPUT_FILES */.Jz.params))
        : metricsText === undefined
            ? {}
            : ((0,train_metrics_file/* bundleParams */.pp)(metricsText, shown(train_output/* TRAIN_OUTPUT_FILES */.Jz.metrics)) ?? {});
    const lineageText = metadata.get(train_output/* TRAIN_OUTPUT_FILES */.Jz.lineage);
    const events = lineageText === undefined ? [] : parseLineage(lineageText, shown(train_output/* TRAIN_OUTPUT_FILES */.Jz.lineage));
    const profileText = metadata.get(train_output/* TRAIN_OUTPUT_FILES */.Jz.profile);
    const profile = profileText === undefined
        ? undefined
        : parseProfile(profileText, shown(train_output/* TRAIN_OUTPUT_FILES */.Jz.profile));
    const runBytes = files.get(train_output/* TRAIN_OUTPUT_FILES */.Jz.trainingRun);
    const training = runBytes === undefined
        ? undefined
        : parseTrainingRun(new TextDecoder().decode(runBytes), shown(train_output/* TRAIN_OUTPUT_FILES */.Jz.trainingRun));
    return {
        path,
        files,
        metrics,
        params,
        events,
        profile,
        ...(training === undefined ? {} : { training }),
        warnings
    };
}
function parseJson(text, file) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new errors/* InputError */.dz({ file }, `not valid JSON (${error.message})`);
    }
}
/** lineage.json: `{ schema, events: [RunEvent…] }` as train writes it, or a bare list of events. */
function parseLineage(text, file) {
    const value = parseJson(text, file);
    const list = Array.isArray(value) ? value : value?.events;
    if (!Array.isArray(list)) {
        throw new errors/* InputError */.dz({ file }, 'expected {"events": [...]} with OpenLineage run events');
    }
    return list.map((event, index) => {
        try {
            return (0,openlineage_event/* parseRunEvent */.X0)(event, `event ${index + 1}`);
        }
        catch (error) {
            if (error instanceof errors/* IntegrityError */.cs) {
                throw new errors/* InputError */.dz({ file, field: `events[${index}]` }, error.message);
            }
            throw error;
        }
    });
}
function parseProfile(text, file) {
    const value = parseJson(text, file);
    if (value === null ||
        typeof value !== 'object' ||
        value.format !== data_profile/* PROFILE_FORMAT */.y6 ||
        !Array.isArray(value.columns)) {
        throw new errors/* InputError */.dz({ file }, `expected a Tollgate data profile ("format": "${data_profile/* PROFILE_FORMAT */.y6}"), as train and validate-data write`);
    }
    return value;
}
function parseTrainingRun(text, file) {
    const value = parseJson(text, file);
    if (value === null || typeof value !== 'object' || value.schema !== train_output/* TRAINING_RUN_SCHEMA */.DX) {
        throw new errors/* InputError */.dz({ file }, `expected a training run record ("schema": "${train_output/* TRAINING_RUN_SCHEMA */.DX}")`);
    }
    if (!Array.isArray(value.data))
        throw new errors/* InputError */.dz({ file, field: 'data' }, 'expected a list of data files');
    const data = value.data.map((entry, index) => {
        const item = entry;
        if (item === null || typeof item.path !== 'string' || !(0,content_digest/* isSha256Hex */.P4)(item.sha256)) {
            throw new errors/* InputError */.dz({ file, field: `data[${index}]` }, 'expected a path and a sha256');
        }
        return {
            name: item.path,
            sha256: item.sha256,
            ...(typeof item.rows === 'number' ? { rows: item.rows } : {})
        };
    });
    const commit = value.code?.commit;
    return { data, ...(typeof commit === 'string' && commit !== '' ? { commit } : {}) };
}

;// CONCATENATED MODULE: ./shared/operations/register-model.ts











async function registerModel(request) {
    const { registry, name } = request;
    const cwd = request.cwd ?? process.cwd();
    const env = request.env ?? process.env;
    const clock = request.clock ?? Date.now;
    (0,gto_tags/* assertModelName */.fY)(name);
    if (request.stage !== undefined)
        checkStageBeforeRegistering(registry, request.stage);
    const directory = readModelDirectory(request.modelPath);
    const warnings = [...directory.warnings];
    const dataGiven = request.data !== undefined && request.data.length > 0;
    let profile = directory.profile;
    let trainingData = directory.training?.data ?? [];
    if (dataGiven && profile !== undefined) {
        throw new errors/* UsageError */.eb(`The model directory ${JSON.stringify(request.modelPath)} already has the training data's ` +
            'profile (profile.json, written by train); leave `data` out.');
    }
    if (dataGiven) {
        const profiled = await (0,profile_data/* profileData */.A)({
            data: request.data,
            format: request.format,
            now: clock()
        });
        profile = profiled.profile;
        const digests = await Promise.all(profiled.files.map((file) => (0,run_provenance/* fileSha256 */.sN)(file.path)));
        trainingData = profiled.files.map((file, index) => ({
            name: file.path,
            sha256: digests[index],
            ...(profiled.files.length === 1 ? { rows: profiled.profile.rows } : {})
        }));
    }
    if (profile === undefined) {
        throw new errors/* UsageError */.eb(`The model directory ${JSON.stringify(request.modelPath)} has no profile.json, the ` +
            "training data's profile that drift-check compares production data against. Register " +
            "train's output, or give the training data (`data`) to profile it now.");
    }
    if (directory.metrics === undefined) {
        warnings.push('the model directory has no metrics.json; the version records no metrics');
    }
    const run = (0,run_provenance/* workflowRun */.tM)(env);
    const actor = (0,run_provenance/* actorName */.ti)(env);
    const commit = directory.training?.commit ?? (0,run_provenance/* codeVersion */.iq)(cwd, env).commit;
    const context = (0,run_provenance/* lineageContextFor */.I7)('register-model', {
        env,
        ...(commit === undefined ? {} : { commit })
    });
    const registered = await registry.registerVersion({
        model: name,
        files: directory.files,
        metrics: directory.metrics ?? {},
        params: directory.params,
        trainingData,
        profile,
        ...(request.description === undefined || request.description.trim() === ''
            ? {}
            : { description: request.description }),
        ...(commit === undefined ? {} : { commit }),
        lineage: { context, events: directory.events },
        ...(run === undefined ? {} : { run: run.run }),
        ...(actor === undefined ? {} : { actor }),
        ...(request.bump === undefined ? {} : { bump: request.bump }),
        ...(request.version === undefined ? {} : { version: request.version })
    });
    let stageChange;
    if (request.stage !== undefined) {
        stageChange = await registry.assignStage({
            model: name,
            stage: request.stage,
            version: registered.version,
            ...(run === undefined ? {} : { run: run.run }),
            ...(actor === undefined ? {} : { actor }),
            reason: `registered ${registered.tag}`
        });
    }
    const events = await storedLineage(registry, registered.tag);
    const releaseUrl = request.releaseUrl?.(registered.tag);
    const report = {
        schema: registry_report/* REGISTER_REPORT_SCHEMA */.Nj,
        tollgate_version: version/* TOLLGATE_VERSION */.o,
        generated_at: new Date(clock()).toISOString(),
        model: name,
        version: registered.version,
        tag: registered.tag,
        outcome: registered.outcome,
        claimed_at: registered.claimedAt,
        release_url: releaseUrl ?? null,
        store: registry.store.location,
        files: registered.manifest.files,
        metrics: directory.metrics ?? {},
        params: directory.params,
        training_data: trainingData,
        commit: commit ?? null,
        run: run?.run ?? null,
        actor: actor ?? null,
        stage: stageChange === undefined ? null : stageReport(stageChange),
        lineage_run_id: (0,run_id/* lineageRunId */.yP)(context),
        warnings
    };
    return { report, events, ...(stageChange === undefined ? {} : { stageChange }) };
}
/** A stage change as the reports show it. */
function stageReport(change) {
    return {
        stage: change.event.stage,
        version: change.event.version ?? '',
        outcome: change.outcome,
        tag: change.event.tag,
        at: change.event.at
    };
}
/**
 * Refuses a stage the version could not enter before anything is registered, so a typo in
 * `stage` does not leave a registered but unassigned version behind.
 */
function checkStageBeforeRegistering(registry, stage) {
    (0,gto_tags/* assertStageName */.Gs)(stage);
    const { stages, promotion } = registry.config;
    if (stages === undefined)
        return;
    if (!stages.includes(stage)) {
        throw new errors/* UsageError */.eb(`Stage ${JSON.stringify(stage)} is not one of the stages configured in .tollgate.yml ` +
            `(registry.stages: ${stages.join(', ')}).${(0,gto_tags/* stageSuggestion */.t6)(stage, stages)}`);
    }
    if (promotion === 'sequential' && stages.indexOf(stage) > 0) {
        throw new errors/* UsageError */.eb(`A new version cannot enter ${stage} directly: .tollgate.yml sets promotion: sequential ` +
            `(${stages.join(' -> ')}), so it starts in ${stages[0]}.`);
    }
}
/** The events of the version's stored lineage.json, read back (verified) from the store. */
async function storedLineage(registry, tag) {
    const bytes = await registry.store.readBundleFile(tag, model_bundle/* MODEL_BUNDLE_FILES */.rU.lineage);
    const parsed = (0,canonical_json/* parseJsonBytes */.dQ)(bytes);
    if (!parsed.ok || !(0,canonical_json/* isJsonObject */.OW)(parsed.value) || !Array.isArray(parsed.value.events))
        return [];
    return parsed.value.events.map((event, index) => (0,openlineage_event/* parseRunEvent */.X0)(event, `lineage event ${index + 1} of ${tag}`));
}


/***/ }),

/***/ 79309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $o: () => (/* binding */ ASSIGN_REPORT_SCHEMA),
/* harmony export */   Iv: () => (/* binding */ HISTORY_REPORT_SCHEMA),
/* harmony export */   Nj: () => (/* binding */ REGISTER_REPORT_SCHEMA),
/* harmony export */   Sk: () => (/* binding */ GET_REPORT_SCHEMA),
/* harmony export */   Xh: () => (/* binding */ versionListing),
/* harmony export */   it: () => (/* binding */ LIST_REPORT_SCHEMA),
/* harmony export */   tA: () => (/* binding */ historyEntries)
/* harmony export */ });
/**
 * JSON reports of the registry commands (`--report-path`) and of the register-model action.
 * Shapes are stable for other tools (schema: shared/report/schemas/register-report.schema.json).
 */
const REGISTER_REPORT_SCHEMA = 'tollgate.register-report/1';
const GET_REPORT_SCHEMA = 'tollgate.get-report/1';
const ASSIGN_REPORT_SCHEMA = 'tollgate.assign-report/1';
const HISTORY_REPORT_SCHEMA = 'tollgate.history-report/1';
const LIST_REPORT_SCHEMA = 'tollgate.list-report/1';
/** Lists versions with their status and the stages each currently holds. */
function versionListing(versions, current) {
    return versions.map((version) => ({
        version: version.version,
        tag: version.tag,
        claimed_at: version.claimedAt,
        status: version.deregistered !== undefined
            ? 'deregistered'
            : version.complete
                ? 'complete'
                : 'incomplete',
        stages: Object.entries(current)
            .filter(([, held]) => held === version.version)
            .map(([stage]) => stage)
            .sort(),
        actor: version.actor ?? null,
        run: version.run ?? null,
        commit: version.commit ?? null
    }));
}
/**
 * A model's audit trail: every registration, deregistration, assignment and unassignment, oldest
 * first (stage events in the registry's history order, merged with versions by time).
 */
function historyEntries(versions, stageEvents, stage) {
    const fromStages = stageEvents
        .filter((event) => stage === undefined || event.stage === stage)
        .map((event) => ({
        at: event.at,
        tag: event.tag,
        action: event.action,
        version: event.version ?? null,
        stage: event.stage,
        actor: event.actor ?? null,
        run: event.run ?? null,
        reason: event.reason ?? null
    }));
    if (stage !== undefined)
        return fromStages;
    const fromVersions = versions.flatMap((version) => {
        const registered = {
            at: version.claimedAt,
            tag: version.tag,
            action: 'register',
            version: version.version,
            stage: null,
            actor: version.actor ?? null,
            run: version.run ?? null,
            reason: null
        };
        const deregistered = version.deregistered;
        return deregistered === undefined
            ? [registered]
            : [
                registered,
                {
                    at: deregistered.at,
                    tag: deregistered.tag,
                    action: 'deregister',
                    version: version.version,
                    stage: null,
                    actor: deregistered.actor ?? null,
                    run: deregistered.run ?? null,
                    reason: deregistered.reason ?? null
                }
            ];
    });
    // Stable merge by time: stage events keep their (counter) order among themselves.
    const merged = [];
    const byTime = [...fromVersions].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    let v = 0;
    for (const entry of fromStages) {
        while (v < byTime.length && Date.parse(byTime[v].at) <= Date.parse(entry.at))
            merged.push(byTime[v++]);
        merged.push(entry);
    }
    while (v < byTime.length)
        merged.push(byTime[v++]);
    return merged;
}


/***/ })

};
