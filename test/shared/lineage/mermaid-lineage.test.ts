import { describe, expect, it } from '@jest/globals'
import type { LineageGraph } from '../../../shared/lineage/lineage-graph.js'
import {
  MAX_LABEL_LENGTH,
  MERMAID_MAX_EDGES,
  MERMAID_MAX_TEXT_SIZE,
  fitsMermaidLimits,
  mermaidLabel,
  renderLineageMermaid,
  renderLineageMermaidBlock
} from '../../../shared/lineage/mermaid-lineage.js'

describe('Mermaid lineage', () => {
  const graph: LineageGraph = {
    nodes: [
      { id: 'dataset:sha256:abc', kind: 'dataset', label: 'train.csv sha256:abc' },
      { id: 'run:1', kind: 'run', label: 'train run 1#1', status: 'succeeded' },
      { id: 'model:churn@v0.0.1', kind: 'model-version', label: 'churn v0.0.1' },
      {
        id: 'run:2',
        kind: 'gate-verdict',
        label: 'gate: failed',
        status: 'succeeded',
        flagged: false
      },
      { id: 'run:3', kind: 'deployment', label: 'deploy production', status: 'failed' },
      {
        id: 'run:4',
        kind: 'drift-run',
        label: 'drift check: drifted',
        status: 'succeeded',
        flagged: true
      }
    ],
    edges: [
      { from: 'dataset:sha256:abc', to: 'run:1' },
      { from: 'run:1', to: 'model:churn@v0.0.1' },
      { from: 'model:churn@v0.0.1', to: 'run:2' },
      { from: 'model:churn@v0.0.1', to: 'run:3' },
      { from: 'model:churn@v0.0.1', to: 'run:4' }
    ]
  }

  it('draws a left-to-right flowchart with one shape per kind and marks failures and drift', () => {
    expect(renderLineageMermaid(graph)).toBe(
      [
        'flowchart LR',
        '  n1[("train.csv sha256:abc")]',
        '  n2["train run 1#35;1"]',
        '  n3(["churn v0.0.1"])',
        '  n4{"gate: failed"}',
        '  n5[["deploy production"]]',
        '  n6{{"drift check: drifted"}}',
        '  n1 --> n2',
        '  n2 --> n3',
        '  n3 --> n4',
        '  n3 --> n5',
        '  n3 --> n6',
        '  classDef failed stroke:#d73a49,stroke-width:3px',
        '  class n4,n5 failed',
        '  classDef drifted stroke:#d29922,stroke-width:3px',
        '  class n6 drifted',
        ''
      ].join('\n')
    )
    expect(renderLineageMermaidBlock(graph).startsWith('```mermaid\nflowchart LR\n')).toBe(true)
    expect(renderLineageMermaidBlock(graph).endsWith('```\n')).toBe(true)
  })

  it.each([
    ['say "hi"', 'say #34;hi#34;'],
    ['a]b[c', 'a#93;b#91;c'],
    ['x|y', 'x#124;y'],
    ['`code`', '#96;code#96;'],
    ['<img src=x onerror=alert(1)>', '#60;img src=x onerror=alert#40;1#41;#62;'],
    ['ping @octocat', 'ping #64;octocat'],
    ['a --> b', 'a --#62; b'],
    ['x;y&z#w', 'x#59;y#38;z#35;w'],
    ['```\nend', '#96;#96;#96; end'],
    ['émoji 🚀', '#233;moji #128640;'],
    ['*bold* _x_ [l](u)', '#42;bold#42; _x_ #91;l#93;#40;u#41;']
  ])('escapes %j so it cannot break out of its label', (label, escaped) => {
    expect(mermaidLabel(label)).toBe(escaped)
    expect(mermaidLabel(label)).not.toMatch(/["[\]|`<>@(){}&]/)
  })

  it('shortens long labels', () => {
    const long = 'x'.repeat(200)
    const escaped = mermaidLabel(long)
    expect(escaped).toBe(`${'x'.repeat(MAX_LABEL_LENGTH - 1)}#8230;`)
  })

  it('keeps hostile labels inside their node in the rendered chart', () => {
    const hostile: LineageGraph = {
      nodes: [{ id: 'dataset:x', kind: 'dataset', label: '"]) --> evil[("@team ```' }],
      edges: []
    }
    const lines = renderLineageMermaid(hostile).split('\n')
    expect(lines[1]).toBe('  n1[("#34;#93;#41; --#62; evil#91;#40;#34;#64;team #96;#96;#96;")]')
  })

  it("tells whether Mermaid's default limits (edges, source size) let it draw a graph", () => {
    expect(fitsMermaidLimits(graph)).toBe(true)
    const star = (edges: number): LineageGraph => ({
      nodes: [{ id: 'model:m@v1', kind: 'model-version', label: 'm v1' }],
      edges: Array.from({ length: edges }, (_, index) => ({
        from: 'model:m@v1',
        to: `run:${index}`
      }))
    })
    expect(fitsMermaidLimits(star(MERMAID_MAX_EDGES))).toBe(true)
    expect(fitsMermaidLimits(star(MERMAID_MAX_EDGES + 1))).toBe(false)
    // No edges at all, but more source text than Mermaid accepts.
    const wordy: LineageGraph = {
      nodes: Array.from({ length: 1000 }, (_, index) => ({
        id: `dataset:${index}`,
        kind: 'dataset' as const,
        label: `${'x'.repeat(MAX_LABEL_LENGTH)}${index}`
      })),
      edges: []
    }
    expect(renderLineageMermaid(wordy).length).toBeGreaterThan(MERMAID_MAX_TEXT_SIZE)
    expect(fitsMermaidLimits(wordy)).toBe(false)
  })
})
