import type { LineageGraph } from '../lineage/lineage-graph.js'
import { codeText, htmlTable } from './html-table.js'
import { lineageGraphSvg, NODE_KIND_NAMES } from './lineage-svg.js'
import { safeHtml } from './markup.js'
import type { ReportSection } from './report-section.js'
import type { BadgeTone } from './status-badge.js'
import { statusBadge } from './status-badge.js'

/**
 * The lineage section: data digests → runs → model versions → gate verdicts → deployments →
 * drift runs as an SVG graph (lineage-svg.ts), with the same nodes as a table under it for
 * readers who cannot see the drawing. Build the graph with `buildLineageGraph(events)` (and
 * `lineageAround` to keep one model version's part) from the stored OpenLineage events.
 */
export function lineageSection(
  graph: LineageGraph,
  options: { id?: string; title?: string; source?: string; lead?: string } = {}
): ReportSection {
  const title = options.title ?? 'Lineage'
  const base = {
    id: options.id ?? 'lineage',
    title,
    ...(options.source === undefined ? {} : { source: options.source })
  }
  if (graph.nodes.length === 0) {
    return {
      ...base,
      body: safeHtml`<p class="note">No lineage events were recorded for this report.</p>`
    }
  }
  const failed = graph.nodes.filter((node) => node.status === 'failed').length
  const rows = graph.nodes.map((node) => {
    const incoming = graph.edges.filter((edge) => edge.to === node.id).length
    const outgoing = graph.edges.filter((edge) => edge.from === node.id).length
    return [
      NODE_KIND_NAMES[node.kind],
      node.label,
      outcomeBadge(node.status, node.kind, node.flagged),
      codeText(node.id),
      incoming,
      outgoing
    ]
  })
  return {
    ...base,
    lead:
      options.lead ??
      `${graph.nodes.length} node(s) and ${graph.edges.length} link(s) from the stored OpenLineage events, left to right from data to deployments and drift checks.`,
    ...(failed > 0
      ? { status: { tone: 'fail' as BadgeTone, text: `${failed} failed run(s)` } }
      : {}),
    body: safeHtml`<div class="graph-box">${lineageGraphSvg(graph, title)}</div><details class="node-list"><summary>Nodes as a table</summary>${htmlTable(
      {
        columns: [
          { header: 'Kind' },
          { header: 'Label' },
          { header: 'Outcome' },
          { header: 'Id' },
          { header: 'Inputs', numeric: true },
          { header: 'Outputs', numeric: true }
        ],
        rows
      }
    )}</details>`
  }
}

function outcomeBadge(status: string | undefined, kind: string, flagged: boolean | undefined) {
  if (kind === 'gate-verdict' && flagged !== undefined)
    return flagged ? statusBadge('pass', 'passed') : statusBadge('fail', 'rejected')
  if (kind === 'drift-run' && flagged !== undefined)
    return flagged ? statusBadge('warn', 'drifted') : statusBadge('pass', 'no drift')
  if (status === 'failed') return statusBadge('fail', 'failed')
  if (status === 'running') return statusBadge('neutral', 'running')
  if (status === 'succeeded') return statusBadge('pass', 'succeeded')
  return ''
}
