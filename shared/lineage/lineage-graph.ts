import {
  TOLLGATE_FACETS,
  type Facet,
  type LineageDataset,
  type RunEvent,
  type RunEventType
} from './openlineage-event.js'
import { compareCodeUnits } from '../store/store-names.js'

/**
 * The lineage graph of a set of stored RunEvents (DESIGN.md §7): training data (by digest) ->
 * train run -> model version -> gate verdict -> deployments, plus drift runs against a model's
 * data. Datasets with a `tollgate_digest` facet are one node per digest, however they were named,
 * so the same bytes read by two runs connect them. A run's events (START, COMPLETE, ...) merge into
 * one node whose status is that of its last event.
 */

export type LineageNodeKind =
  'dataset' | 'model-version' | 'run' | 'gate-verdict' | 'deployment' | 'drift-run'

export type RunStatus = 'running' | 'succeeded' | 'failed'

export interface LineageNode {
  /** Stable id: `dataset:sha256:<hex>`, `dataset:<namespace>:<name>`, `model:<m>@<v>`, `run:<uuid>`. */
  id: string
  kind: LineageNodeKind
  /** Short text for a diagram (unescaped: renderers escape it). */
  label: string
  /** Runs only. */
  status?: RunStatus
  /** Runs only: the gate passed / the data drifted, when the run says so. */
  flagged?: boolean
}

export interface LineageEdge {
  from: string
  to: string
}

export interface LineageGraph {
  /** In order of first appearance in time. */
  nodes: LineageNode[]
  edges: LineageEdge[]
}

/** Builds the graph; events may come in any order and include duplicates. */
export function buildLineageGraph(events: readonly RunEvent[]): LineageGraph {
  const ordered = [...events].sort(
    (a, b) =>
      Date.parse(a.eventTime) - Date.parse(b.eventTime) ||
      compareCodeUnits(a.run.runId, b.run.runId) ||
      compareCodeUnits(a.eventType, b.eventType)
  )
  const nodes = new Map<string, LineageNode>()
  const edges = new Map<string, LineageEdge>()
  const addEdge = (from: string, to: string): void => {
    edges.set(`${from}\u0000${to}`, { from, to })
  }
  for (const event of ordered) {
    const runNode = mergeRun(nodes, event)
    for (const input of event.inputs) addEdge(addDataset(nodes, input), runNode.id)
    for (const output of event.outputs) addEdge(runNode.id, addDataset(nodes, output))
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] }
}

/**
 * The part of a graph connected to one node through directed paths: everything upstream of it
 * and everything downstream. For a model version: its data and training run, and its gate
 * verdicts and deployments, without unrelated versions.
 */
export function lineageAround(graph: LineageGraph, nodeId: string): LineageGraph {
  const reach = (forward: boolean): Set<string> => {
    const seen = new Set<string>([nodeId])
    const queue = [nodeId]
    while (queue.length > 0) {
      const current = queue.pop()!
      for (const edge of graph.edges) {
        const [here, there] = forward ? [edge.from, edge.to] : [edge.to, edge.from]
        if (here === current && !seen.has(there)) {
          seen.add(there)
          queue.push(there)
        }
      }
    }
    return seen
  }
  const keep = new Set([...reach(true), ...reach(false)])
  return {
    nodes: graph.nodes.filter((node) => keep.has(node.id)),
    edges: graph.edges.filter((edge) => keep.has(edge.from) && keep.has(edge.to))
  }
}

/** The node id of a registered model version, to pass to `lineageAround`. */
export function modelVersionNodeId(model: string, version: string): string {
  return `model:${model}@${version}`
}

function mergeRun(nodes: Map<string, LineageNode>, event: RunEvent): LineageNode {
  const id = `run:${event.run.runId}`
  const facets = event.run.facets ?? {}
  const existing = nodes.get(id)
  const node: LineageNode = existing ?? { id, kind: 'run', label: '' }
  const kind = runKind(facets, jobType(event))
  // A later event may carry the outcome facet an earlier START lacked; never downgrade the kind.
  if (node.kind === 'run') node.kind = kind
  node.status = statusOf(event.eventType, node.status)
  const flagged = flagOf(facets)
  if (flagged !== undefined) node.flagged = flagged
  node.label = runLabel(node, facets, event)
  if (!existing) nodes.set(id, node)
  return node
}

function runKind(facets: Record<string, Facet>, action: string | undefined): LineageNodeKind {
  if (facets[TOLLGATE_FACETS.gateVerdict] || action === 'evaluate-gate') return 'gate-verdict'
  if (facets[TOLLGATE_FACETS.deployment] || action === 'deploy') return 'deployment'
  if (facets[TOLLGATE_FACETS.drift] || action === 'drift-check') return 'drift-run'
  return 'run'
}

function statusOf(eventType: RunEventType, previous: RunStatus | undefined): RunStatus {
  if (eventType === 'COMPLETE') return 'succeeded'
  if (eventType === 'FAIL' || eventType === 'ABORT') return 'failed'
  // START, RUNNING and OTHER do not end a run: keep an ending already seen.
  return previous ?? 'running'
}

function flagOf(facets: Record<string, Facet>): boolean | undefined {
  const verdict = facets[TOLLGATE_FACETS.gateVerdict]?.passed
  if (typeof verdict === 'boolean') return verdict
  const drifted = facets[TOLLGATE_FACETS.drift]?.drifted
  if (typeof drifted === 'boolean') return drifted
  return undefined
}

function runLabel(node: LineageNode, facets: Record<string, Facet>, event: RunEvent): string {
  const github = facets[TOLLGATE_FACETS.githubRun]
  const action = jobType(event) ?? event.job.name
  const runRef =
    typeof github?.workflowRunId === 'string'
      ? ` run ${github.workflowRunId}#${typeof github.attempt === 'number' ? github.attempt : 1}`
      : ''
  const failed = node.status === 'failed' ? ' (failed)' : ''
  switch (node.kind) {
    case 'gate-verdict': {
      const verdict = node.flagged === undefined ? '' : node.flagged ? ': passed' : ': failed'
      return `gate${verdict}${runRef}`
    }
    case 'deployment': {
      const deployment = facets[TOLLGATE_FACETS.deployment]
      const environment =
        typeof deployment?.environment === 'string' ? ` ${deployment.environment}` : ''
      const status = typeof deployment?.status === 'string' ? `: ${deployment.status}` : ''
      return `deploy${environment}${status}${runRef}${failed}`
    }
    case 'drift-run': {
      const verdict = node.flagged === undefined ? '' : node.flagged ? ': drifted' : ': no drift'
      return `drift check${verdict}${runRef}${failed}`
    }
    default:
      return `${action}${runRef}${failed}`
  }
}

function addDataset(nodes: Map<string, LineageNode>, dataset: LineageDataset): string {
  const facets = dataset.facets ?? {}
  const modelVersion = facets[TOLLGATE_FACETS.modelVersion]
  if (typeof modelVersion?.model === 'string' && typeof modelVersion.version === 'string') {
    const id = modelVersionNodeId(modelVersion.model, modelVersion.version)
    if (!nodes.has(id)) {
      nodes.set(id, {
        id,
        kind: 'model-version',
        label: `${modelVersion.model} ${modelVersion.version}`
      })
    }
    return id
  }
  const sha256 = facets[TOLLGATE_FACETS.digest]?.sha256
  const digest = typeof sha256 === 'string' ? sha256 : undefined
  const id =
    digest !== undefined
      ? `dataset:sha256:${digest}`
      : `dataset:${dataset.namespace}:${dataset.name}`
  if (!nodes.has(id)) {
    const shortName = dataset.name.split('/').pop() || dataset.name
    const label = digest !== undefined ? `${shortName} sha256:${digest.slice(0, 12)}` : shortName
    nodes.set(id, { id, kind: 'dataset', label })
  }
  return id
}

function jobType(event: RunEvent): string | undefined {
  const value = event.job.facets?.jobType?.jobType
  return typeof value === 'string' ? value : undefined
}
