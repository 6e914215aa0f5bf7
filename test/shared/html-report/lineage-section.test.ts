import { describe, expect, it } from '@jest/globals'
import { lineageSection } from '../../../shared/html-report/lineage-section.js'
import { lineageGraphSvg } from '../../../shared/html-report/lineage-svg.js'
import { lineageAround, modelVersionNodeId } from '../../../shared/lineage/lineage-graph.js'
import { lifecycleGraph } from './report-fixtures.js'

const count = (text: string, pattern: RegExp): number => (text.match(pattern) ?? []).length

describe('lineage graph as SVG', () => {
  const graph = lifecycleGraph()
  const svg = lineageGraphSvg(graph).text

  it('draws one shape per node and one curve with an arrowhead per edge', () => {
    expect(count(svg, /<g class="node /g)).toBe(graph.nodes.length)
    expect(count(svg, /<path class="edge"/g)).toBe(graph.edges.length)
    expect(count(svg, /<polygon class="edge-head"/g)).toBe(graph.edges.length)
    // Every edge is a curve.
    for (const match of svg.matchAll(/<path class="edge" d="([^"]+)"/g))
      expect(match[1]).toContain('C')
  })

  it('styles node kinds apart and marks failed runs, rejecting gates and drift', () => {
    for (const kind of [
      'dataset',
      'run',
      'model-version',
      'gate-verdict',
      'deployment',
      'drift-run'
    ]) {
      expect(count(svg, new RegExp(`<g class="node node-${kind}[ "]`, 'g'))).toBe(
        graph.nodes.filter((node) => node.kind === kind).length
      )
    }
    expect(count(svg, /node-failed/g)).toBe(
      graph.nodes.filter((node) => node.status === 'failed').length
    )
    expect(svg).toContain('node-drift-run node-flagged tone-warning')
    expect(svg).toMatch(/<text class="node-kind"[^>]*>deployment · failed<\/text>/)
  })

  it('places data before runs before the model version before its gate and deployments', () => {
    // Node groups are drawn in graph order, each with its layer.
    const layers = [
      ...svg.matchAll(/<g class="node [^"]*" data-kind="[^"]+" data-layer="(\d+)">/g)
    ].map((match) => Number(match[1]))
    const x = (id: string): number => layers[graph.nodes.findIndex((node) => node.id === id)]!
    const model = modelVersionNodeId('churn', 'v0.0.1')
    const train = graph.nodes.find((node) => node.label.startsWith('train run'))!.id
    const gate = graph.nodes.find((node) => node.kind === 'gate-verdict')!.id
    const dataset = graph.nodes.find((node) => node.label.startsWith('train.csv'))!.id
    expect(x(dataset)).toBeLessThan(x(train))
    expect(x(train)).toBeLessThan(x(model))
    expect(x(model)).toBeLessThan(x(gate))
  })

  it('escapes labels in text and tooltips', () => {
    expect(svg).not.toMatch(/<img|<script/)
    expect(svg).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;')
  })
})

describe('lineageSection', () => {
  it('adds the nodes as a table and flags failed runs', () => {
    const graph = lifecycleGraph()
    const section = lineageSection(graph)
    expect(section.status).toEqual({ tone: 'fail', text: '2 failed run(s)' })
    expect(count(section.body.text.split('<tbody>')[1]!, /<tr>/g)).toBe(graph.nodes.length)
  })

  it('draws one version\u2019s neighbourhood and says so when there is nothing', () => {
    const around = lineageAround(lifecycleGraph(), modelVersionNodeId('churn', 'v0.0.1'))
    expect(count(lineageSection(around).body.text, /<g class="node /g)).toBe(around.nodes.length)
    expect(lineageSection({ nodes: [], edges: [] }).body.text).toContain(
      'No lineage events were recorded'
    )
  })
})
