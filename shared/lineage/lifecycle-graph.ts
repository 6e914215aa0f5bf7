import type { LineageEdge, LineageGraph, LineageNode } from './lineage-graph.js'

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
export function modelLifecycleGraph(graph: LineageGraph, model: string): LineageGraph {
  const prefix = `model:${model}@`
  const byId = new Map(graph.nodes.map((node) => [node.id, node]))
  const outgoing = adjacency(graph.edges, 'from')
  const incoming = adjacency(graph.edges, 'to')
  const seeds = graph.nodes.filter(
    (node) => node.kind === 'model-version' && node.id.startsWith(prefix)
  )
  if (seeds.length === 0) return { nodes: [], edges: [] }

  const reach = (starts: readonly string[], next: Map<string, string[]>): Set<string> => {
    const seen = new Set(starts)
    const queue = [...starts]
    while (queue.length > 0) {
      for (const neighbour of next.get(queue.pop()!) ?? []) {
        if (!seen.has(neighbour)) {
          seen.add(neighbour)
          queue.push(neighbour)
        }
      }
    }
    return seen
  }
  const seedIds = seeds.map((node) => node.id)
  const keep = new Set([...reach(seedIds, outgoing), ...reach(seedIds, incoming)])

  const isForeignModel = (id: string): boolean =>
    byId.get(id)?.kind === 'model-version' && !id.startsWith(prefix)
  for (const id of [...keep]) {
    if (byId.get(id)?.kind !== 'dataset') continue
    for (const reader of outgoing.get(id) ?? []) {
      if (keep.has(reader)) continue
      const downstream = reach([reader], outgoing)
      if ([...downstream].some(isForeignModel)) continue
      for (const node of downstream) keep.add(node)
    }
  }
  for (const id of [...keep]) {
    if (!isRun(byId.get(id))) continue
    for (const input of incoming.get(id) ?? []) keep.add(input)
  }
  return {
    nodes: graph.nodes.filter((node) => keep.has(node.id)),
    edges: graph.edges.filter((edge) => keep.has(edge.from) && keep.has(edge.to))
  }
}

function isRun(node: LineageNode | undefined): boolean {
  return node !== undefined && node.kind !== 'dataset' && node.kind !== 'model-version'
}

function adjacency(edges: readonly LineageEdge[], key: 'from' | 'to'): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const edge of edges) {
    const [here, there] = key === 'from' ? [edge.from, edge.to] : [edge.to, edge.from]
    const list = map.get(here)
    if (list === undefined) map.set(here, [there])
    else list.push(there)
  }
  return map
}
