import type { LineageGraph, LineageNode, LineageNodeKind } from '../lineage/lineage-graph.js'
import { layeredLayout } from './layered-layout.js'
import { safeHtml, type Markup, svgNumber, truncateText } from './markup.js'

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

const NODE_WIDTH = 184
const NODE_HEIGHT = 46
const COLUMN_GAP = 56
const ROW_GAP = 18
/** Height a virtual node (an edge passing a layer) reserves. */
const LANE_HEIGHT = 14
const PADDING = 12
const LEGEND_HEIGHT = 34
const LABEL_LENGTH = 25
const MAX_DISPLAY_WIDTH = 1000
const MIN_SCALE = 0.7

export const NODE_KIND_NAMES: Readonly<Record<LineageNodeKind, string>> = {
  dataset: 'dataset',
  run: 'run',
  'model-version': 'model version',
  'gate-verdict': 'gate verdict',
  deployment: 'deployment',
  'drift-run': 'drift check'
}

const KIND_ORDER: readonly LineageNodeKind[] = [
  'dataset',
  'run',
  'model-version',
  'gate-verdict',
  'deployment',
  'drift-run'
]

interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** The graph as an `<svg>`; nodes are `g.node` elements, edges `path.edge`. */
export function lineageGraphSvg(graph: LineageGraph, title = 'Lineage graph'): Markup {
  const layout = layeredLayout(
    graph.nodes.map((node) => node.id),
    graph.edges
  )
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]))
  const heights = layout.layers.map((layer) =>
    layer.reduce(
      (sum, slot, index) =>
        sum + (slot.virtual ? LANE_HEIGHT : NODE_HEIGHT) + (index > 0 ? ROW_GAP : 0),
      0
    )
  )
  const tallest = Math.max(NODE_HEIGHT, ...heights)
  const top = PADDING + LEGEND_HEIGHT
  // Slot centres: each layer centred vertically against the tallest one.
  const centre = new Map<string, { x: number; y: number }>()
  layout.layers.forEach((layer, layerIndex) => {
    const x = PADDING + layerIndex * (NODE_WIDTH + COLUMN_GAP)
    let y = top + (tallest - heights[layerIndex]!) / 2
    for (const slot of layer) {
      const height = slot.virtual ? LANE_HEIGHT : NODE_HEIGHT
      centre.set(slot.id, { x, y: y + height / 2 })
      y += height + ROW_GAP
    }
  })
  const width = Math.max(
    PADDING * 2 +
      layout.layers.length * NODE_WIDTH +
      Math.max(0, layout.layers.length - 1) * COLUMN_GAP,
    legendWidth(graph) + PADDING * 2
  )
  const height = top + tallest + PADDING

  const edges = layout.routes.map((route) => {
    const points = route.slots.map((id) => centre.get(id)!)
    const path = edgePath(points)
    const edge = graph.edges[route.edge]!
    const from = nodes.get(edge.from)
    const to = nodes.get(edge.to)
    const end = route.reversed ? points[0]! : points[points.length - 1]!
    const arrow = route.reversed
      ? arrowHead(end.x + NODE_WIDTH, end.y, 'left')
      : arrowHead(end.x, end.y, 'right')
    return safeHtml`<g class="edge-group"><path class="edge" d="${path}"><title>${from?.label ?? edge.from} → ${to?.label ?? edge.to}</title></path>${arrow}</g>`
  })
  const nodeMarks = graph.nodes.map((node) => {
    const at = centre.get(node.id)
    if (at === undefined) return safeHtml``
    const layer = layout.position.get(node.id)?.layer ?? 0
    return nodeMarkup(node, layer, {
      x: at.x,
      y: at.y - NODE_HEIGHT / 2,
      width: NODE_WIDTH,
      height: NODE_HEIGHT
    })
  })
  const counts = KIND_ORDER.flatMap((kind) => {
    const count = graph.nodes.filter((node) => node.kind === kind).length
    return count === 0 ? [] : [`${count} ${NODE_KIND_NAMES[kind]}${count === 1 ? '' : 's'}`]
  })
  // Shown at most MAX_DISPLAY_WIDTH wide, shrunk no further than MIN_SCALE (labels stay
  // legible); a wider graph keeps that size and its box scrolls sideways.
  const displayWidth = Math.min(width, Math.max(MAX_DISPLAY_WIDTH, width * MIN_SCALE))
  const displayHeight = (height * displayWidth) / width
  return safeHtml`<svg class="lineage-svg" role="img" viewBox="0 0 ${svgNumber(width)} ${svgNumber(height)}" width="${svgNumber(displayWidth)}" height="${svgNumber(displayHeight)}"><title>${title}</title><desc>${`A left-to-right lineage graph of ${counts.join(', ')} with ${graph.edges.length} link${graph.edges.length === 1 ? '' : 's'}.`}</desc>${legendMarkup(graph)}<g class="edges">${edges}</g><g class="nodes">${nodeMarks}</g></svg>`
}

/** Classes of a node: its kind and what its outcome says. */
function nodeClasses(node: LineageNode): string {
  const classes = ['node', `node-${node.kind}`]
  const failed =
    node.status === 'failed' || (node.kind === 'gate-verdict' && node.flagged === false)
  if (failed) classes.push('node-failed')
  if (node.kind === 'drift-run' && node.flagged === true)
    classes.push('node-flagged', 'tone-warning')
  return classes.join(' ')
}

function kindLine(node: LineageNode): string {
  const parts = [NODE_KIND_NAMES[node.kind]]
  if (node.status !== undefined && node.status !== 'succeeded') parts.push(node.status)
  if (node.kind === 'gate-verdict' && node.flagged !== undefined)
    parts.push(node.flagged ? 'passed' : 'rejected')
  if (node.kind === 'drift-run' && node.flagged !== undefined)
    parts.push(node.flagged ? 'drifted' : 'no drift')
  return parts.join(' · ')
}

function nodeMarkup(node: LineageNode, layer: number, box: Box): Markup {
  const middle = box.x + box.width / 2
  return safeHtml`<g class="${nodeClasses(node)}" data-kind="${node.kind}" data-layer="${layer}"><title>${NODE_KIND_NAMES[node.kind]}: ${node.label}</title>${shapeMarkup(node.kind, box)}<text class="node-kind" x="${svgNumber(middle)}" y="${svgNumber(box.y + 16)}" text-anchor="middle">${kindLine(node)}</text><text class="node-label" x="${svgNumber(middle)}" y="${svgNumber(box.y + 33)}" text-anchor="middle">${truncateText(node.label, LABEL_LENGTH)}</text></g>`
}

/** The outline of a node kind inside `box`. */
function shapeMarkup(kind: LineageNodeKind, box: Box): Markup {
  const { x, y, width: w, height: h } = box
  const n = svgNumber
  switch (kind) {
    case 'dataset': {
      const e = Math.min(6, h / 6)
      return safeHtml`<path class="node-shape" d="M${n(x)} ${n(y + e)} A${n(w / 2)} ${n(e)} 0 0 1 ${n(x + w)} ${n(y + e)} V${n(y + h - e)} A${n(w / 2)} ${n(e)} 0 0 1 ${n(x)} ${n(y + h - e)} Z M${n(x)} ${n(y + e)} A${n(w / 2)} ${n(e)} 0 0 0 ${n(x + w)} ${n(y + e)}"/>`
    }
    case 'model-version':
      return safeHtml`<rect class="node-shape" x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="${n(h / 2)}"/>`
    case 'gate-verdict': {
      const s = Math.min(12, w / 4)
      return safeHtml`<polygon class="node-shape" points="${`${n(x + s)},${n(y)} ${n(x + w - s)},${n(y)} ${n(x + w)},${n(y + h / 2)} ${n(x + w - s)},${n(y + h)} ${n(x + s)},${n(y + h)} ${n(x)},${n(y + h / 2)}`}"/>`
    }
    case 'deployment':
      return safeHtml`<path class="node-shape" d="M${n(x)} ${n(y)} H${n(x + w)} V${n(y + h)} H${n(x)} Z M${n(x + 8)} ${n(y)} V${n(y + h)} M${n(x + w - 8)} ${n(y)} V${n(y + h)}"/>`
    case 'drift-run': {
      const s = Math.min(10, w / 5)
      return safeHtml`<polygon class="node-shape" points="${`${n(x + s)},${n(y)} ${n(x + w)},${n(y)} ${n(x + w - s)},${n(y + h)} ${n(x)},${n(y + h)}`}"/>`
    }
    default:
      return safeHtml`<rect class="node-shape" x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="4"/>`
  }
}

/**
 * A smooth path through slot centres: from the right side of the first node, straight through
 * the lanes of the layers it passes, into the left side of the last node.
 */
function edgePath(points: readonly { x: number; y: number }[]): string {
  const n = svgNumber
  const first = points[0]!
  let x = first.x + NODE_WIDTH
  let y = first.y
  const commands = [`M${n(x)} ${n(y)}`]
  for (let i = 1; i < points.length; i++) {
    const next = points[i]!
    const entry = i === points.length - 1 ? next.x - 7 : next.x
    const bend = (entry - x) / 2
    commands.push(
      `C${n(x + bend)} ${n(y)} ${n(entry - bend)} ${n(next.y)} ${n(entry)} ${n(next.y)}`
    )
    x = entry
    y = next.y
    if (i < points.length - 1) {
      // Through a virtual node: straight across the column.
      x = next.x + NODE_WIDTH
      commands.push(`H${n(x)}`)
    }
  }
  return commands.join(' ')
}

function arrowHead(x: number, y: number, pointing: 'right' | 'left'): Markup {
  const n = svgNumber
  const back = pointing === 'right' ? x - 8 : x + 8
  return safeHtml`<polygon class="edge-head" points="${`${n(x)},${n(y)} ${n(back)},${n(y - 4.5)} ${n(back)},${n(y + 4.5)}`}"/>`
}

function presentKinds(graph: LineageGraph): LineageNodeKind[] {
  return KIND_ORDER.filter((kind) => graph.nodes.some((node) => node.kind === kind))
}

function legendWidth(graph: LineageGraph): number {
  return presentKinds(graph).reduce(
    (sum, kind) => sum + 40 + NODE_KIND_NAMES[kind].length * 7 + 14,
    0
  )
}

/** One small shape per node kind present, with its name. */
function legendMarkup(graph: LineageGraph): Markup {
  let x = PADDING
  const items = presentKinds(graph).map((kind) => {
    const item = safeHtml`<g class="legend-node node-${kind}">${shapeMarkup(kind, { x, y: PADDING, width: 34, height: 18 })}<text x="${svgNumber(x + 40)}" y="${svgNumber(PADDING + 9)}" dominant-baseline="central">${NODE_KIND_NAMES[kind]}</text></g>`
    x += 40 + NODE_KIND_NAMES[kind].length * 7 + 14
    return item
  })
  return safeHtml`<g class="legend">${items}</g>`
}
