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

export interface LayoutEdge {
  from: string
  to: string
}

export interface LayoutSlot {
  /** A node id, or for a virtual node the index of the edge it carries. */
  id: string
  virtual: boolean
  /** For virtual nodes: index into `edges` of the input. */
  edge?: number
}

export interface LayeredLayout {
  /** Slots per layer in their final order (real and virtual nodes). */
  layers: LayoutSlot[][]
  /** Layer and position of every real node. */
  position: Map<string, { layer: number; order: number }>
  /**
   * One route per drawable input edge (self-loops and edges to unknown nodes are left out):
   * the ids of the slots it passes, from the earlier layer to the later one. `reversed` edges
   * point backwards in the input (a broken cycle).
   */
  routes: { edge: number; slots: string[]; reversed: boolean }[]
  /** Edge crossings between adjacent layers in the final ordering. */
  crossings: number
}

/** Sweeps of the barycentre pass; small graphs settle in a few. */
const SWEEPS = 8

export function layeredLayout(
  nodeIds: readonly string[],
  edges: readonly LayoutEdge[]
): LayeredLayout {
  const known = new Set(nodeIds)
  const drawable = edges
    .map((edge, index) => ({ ...edge, index }))
    .filter((edge) => edge.from !== edge.to && known.has(edge.from) && known.has(edge.to))
  const reversed = backEdges(nodeIds, drawable)
  const directed = drawable.map((edge) =>
    reversed.has(edge.index) ? { from: edge.to, to: edge.from, index: edge.index } : edge
  )
  const layerOf = longestPathLayers(nodeIds, directed)

  const layerCount = Math.max(0, ...layerOf.values()) + 1
  const layers: LayoutSlot[][] = Array.from(
    { length: nodeIds.length === 0 ? 0 : layerCount },
    () => []
  )
  for (const id of nodeIds) layers[layerOf.get(id)!]!.push({ id, virtual: false })
  // Adjacent-layer links between slot ids (real or virtual), for ordering and crossings.
  const links: { from: string; to: string; layer: number }[] = []
  const routes: LayeredLayout['routes'] = []
  for (const edge of directed) {
    const start = layerOf.get(edge.from)!
    const end = layerOf.get(edge.to)!
    const slots = [edge.from]
    for (let layer = start + 1; layer < end; layer++) {
      const id = `\u0000edge${edge.index}@${layer}`
      layers[layer]!.push({ id, virtual: true, edge: edge.index })
      slots.push(id)
    }
    slots.push(edge.to)
    for (let i = 0; i + 1 < slots.length; i++)
      links.push({ from: slots[i]!, to: slots[i + 1]!, layer: start + i })
    routes.push({ edge: edge.index, slots, reversed: reversed.has(edge.index) })
  }
  routes.sort((a, b) => a.edge - b.edge)

  const ordered = orderLayers(layers, links)
  const position = new Map<string, { layer: number; order: number }>()
  ordered.layers.forEach((layer, layerIndex) =>
    layer.forEach((slot, order) => {
      if (!slot.virtual) position.set(slot.id, { layer: layerIndex, order })
    })
  )
  return { layers: ordered.layers, position, routes, crossings: ordered.crossings }
}

/** Edges (by input index) that close a cycle in a depth-first search from each node in order. */
function backEdges(
  nodeIds: readonly string[],
  edges: readonly (LayoutEdge & { index: number })[]
): Set<number> {
  const outgoing = new Map<string, (LayoutEdge & { index: number })[]>()
  for (const edge of edges) appendTo(outgoing, edge.from, edge)
  const state = new Map<string, 'active' | 'done'>()
  const back = new Set<number>()
  for (const root of nodeIds) {
    if (state.has(root)) continue
    // Iterative DFS: lineage graphs can be long chains, deeper than a safe recursion.
    const stack: { id: string; next: number }[] = [{ id: root, next: 0 }]
    state.set(root, 'active')
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!
      const out = outgoing.get(top.id) ?? []
      if (top.next >= out.length) {
        state.set(top.id, 'done')
        stack.pop()
        continue
      }
      const edge = out[top.next++]!
      const seen = state.get(edge.to)
      if (seen === 'active') back.add(edge.index)
      else if (seen === undefined) {
        state.set(edge.to, 'active')
        stack.push({ id: edge.to, next: 0 })
      }
    }
  }
  return back
}

/** Layer = longest path from a source (Kahn's topological order over an acyclic edge set). */
function longestPathLayers(
  nodeIds: readonly string[],
  edges: readonly LayoutEdge[]
): Map<string, number> {
  const layer = new Map(nodeIds.map((id) => [id, 0]))
  const indegree = new Map(nodeIds.map((id) => [id, 0]))
  const outgoing = new Map<string, string[]>()
  const incoming = new Set<string>()
  for (const edge of edges) {
    incoming.add(edge.to)
    indegree.set(edge.to, indegree.get(edge.to)! + 1)
    appendTo(outgoing, edge.from, edge.to)
  }
  const queue = nodeIds.filter((id) => indegree.get(id) === 0)
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head]!
    for (const next of outgoing.get(id) ?? []) {
      layer.set(next, Math.max(layer.get(next)!, layer.get(id)! + 1))
      const remaining = indegree.get(next)! - 1
      indegree.set(next, remaining)
      if (remaining === 0) queue.push(next)
    }
  }
  // A source only feeding late nodes (today's data read by a drift check) moves next to its
  // first consumer instead of stretching an edge across the whole graph.
  for (const id of nodeIds) {
    if (incoming.has(id)) continue
    const next = outgoing.get(id)
    if (next !== undefined) layer.set(id, Math.min(...next.map((to) => layer.get(to)!)) - 1)
  }
  return layer
}

function orderLayers(
  initial: readonly LayoutSlot[][],
  links: readonly { from: string; to: string; layer: number }[]
): { layers: LayoutSlot[][]; crossings: number } {
  const predecessors = new Map<string, string[]>()
  const successors = new Map<string, string[]>()
  for (const link of links) {
    appendTo(predecessors, link.to, link.from)
    appendTo(successors, link.from, link.to)
  }
  const current = initial.map((layer) => [...layer])
  let best = current.map((layer) => [...layer])
  let bestCrossings = countCrossings(best, links)
  for (let sweep = 0; sweep < SWEEPS && bestCrossings > 0; sweep++) {
    const down = sweep % 2 === 0
    const indices = current.map((_, index) => index)
    const sequence = down ? indices.slice(1) : indices.slice(0, -1).reverse()
    for (const layerIndex of sequence) {
      const fixed = current[down ? layerIndex - 1 : layerIndex + 1]!
      const place = new Map(fixed.map((slot, order) => [slot.id, order]))
      const neighbours = down ? predecessors : successors
      current[layerIndex] = sortByBarycentre(current[layerIndex]!, neighbours, place)
    }
    const crossings = countCrossings(current, links)
    if (crossings < bestCrossings) {
      bestCrossings = crossings
      best = current.map((layer) => [...layer])
    }
  }
  return { layers: best, crossings: bestCrossings }
}

/** Stable sort by mean neighbour position; a slot without neighbours keeps its own position. */
function sortByBarycentre(
  layer: readonly LayoutSlot[],
  neighbours: ReadonlyMap<string, readonly string[]>,
  place: ReadonlyMap<string, number>
): LayoutSlot[] {
  const keyed = layer.map((slot, order) => {
    const positions = (neighbours.get(slot.id) ?? []).flatMap((id) => {
      const at = place.get(id)
      return at === undefined ? [] : [at]
    })
    const barycentre =
      positions.length === 0 ? order : positions.reduce((sum, at) => sum + at, 0) / positions.length
    return { slot, barycentre, order }
  })
  keyed.sort((a, b) => a.barycentre - b.barycentre || a.order - b.order)
  return keyed.map((entry) => entry.slot)
}

/** Pairs of links between the same two adjacent layers whose ends are in opposite orders. */
function countCrossings(
  layers: readonly (readonly LayoutSlot[])[],
  links: readonly { from: string; to: string; layer: number }[]
): number {
  const order = new Map<string, number>()
  for (const layer of layers) layer.forEach((slot, index) => order.set(slot.id, index))
  const byLayer = new Map<number, { a: number; b: number }[]>()
  for (const link of links) {
    const list = byLayer.get(link.layer) ?? []
    list.push({ a: order.get(link.from)!, b: order.get(link.to)! })
    byLayer.set(link.layer, list)
  }
  let crossings = 0
  for (const list of byLayer.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if ((list[i]!.a - list[j]!.a) * (list[i]!.b - list[j]!.b) < 0) crossings++
      }
    }
  }
  return crossings
}

function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}
