import { describe, expect, it } from '@jest/globals'
import type { LineageGraph, LineageNode } from '../../../shared/lineage/lineage-graph.js'
import {
  MERMAID_MAX_EDGES,
  fitsMermaidLimits,
  renderLineageMermaidBlock
} from '../../../shared/lineage/mermaid-lineage.js'
import { DEPLOY_REPORT_SCHEMA_ID, type DeployReport } from '../../../shared/report/deploy-report.js'
import { deploySummaryMarkdown } from '../../../shared/report/deploy-summary.js'

/** The Lineage section of deploy's job summary (the graph itself is read by the action). */

const report: DeployReport = {
  $schema: DEPLOY_REPORT_SCHEMA_ID,
  tool: { name: 'tollgate', version: '0.1.0' },
  action: 'deploy',
  generated_at: '2025-06-12T09:00:00.000Z',
  model: 'churn',
  version: 'v1.0.0',
  environment: 'staging',
  status: 'success',
  passed: true,
  message: 'deployed churn v1.0.0 to staging',
  previous_version: null,
  promotion: null,
  approval: null,
  deployment: null,
  rollback: null,
  evidence: null
}

const version = (v: string): LineageNode => ({
  id: `model:churn@${v}`,
  kind: 'model-version',
  label: `churn ${v}`
})

/** Train run → version → one deployment per version, for `count` versions. */
function lifecycle(count: number): LineageGraph {
  const graph: LineageGraph = { nodes: [], edges: [] }
  for (let index = 0; index < count; index++) {
    const v = `v1.0.${index}`
    const train = `run:train-${index}`
    const deploy = `run:deploy-${index}`
    graph.nodes.push(
      { id: train, kind: 'run', label: `train run ${index}`, status: 'succeeded' },
      version(v),
      { id: deploy, kind: 'deployment', label: `deploy staging ${index}`, status: 'succeeded' }
    )
    graph.edges.push({ from: train, to: version(v).id }, { from: version(v).id, to: deploy })
  }
  return graph
}

describe('deploy summary: Lineage section', () => {
  it('has no section when the graph was not read', () => {
    expect(deploySummaryMarkdown(report)).not.toContain('#### Lineage')
  })

  it('draws the lifecycle graph as a Mermaid block', () => {
    const graph = lifecycle(2)
    const markdown = deploySummaryMarkdown(report, { lineage: graph })
    expect(markdown).toContain(`#### Lineage\n\n${renderLineageMermaidBlock(graph)}`)
  })

  it('says so, without a chart, when nothing is recorded', () => {
    const markdown = deploySummaryMarkdown(report, { lineage: { nodes: [], edges: [] } })
    expect(markdown).toContain('#### Lineage\n\nNo lineage of `churn` is recorded in the store yet')
    expect(markdown).not.toContain('```mermaid')
  })

  it("draws only the deployed version's part when the whole lifecycle is past Mermaid's limits", () => {
    const graph = lifecycle(MERMAID_MAX_EDGES / 2 + 1)
    expect(fitsMermaidLimits(graph)).toBe(false)
    const markdown = deploySummaryMarkdown(report, { lineage: graph })
    expect(markdown).toContain(
      `The whole lifecycle of \`churn\` (${graph.nodes.length} nodes, ${graph.edges.length} links) is too large for a Mermaid chart; this is the part linked to \`v1.0.0\`.`
    )
    const block = /```mermaid\n([\s\S]*?)```/.exec(markdown)?.[1]
    expect(block?.split('\n')).toEqual([
      'flowchart LR',
      '  n1["train run 0"]',
      '  n2(["churn v1.0.0"])',
      '  n3[["deploy staging 0"]]',
      '  n1 --> n2',
      '  n2 --> n3',
      ''
    ])
  })

  it('gives a sentence when even that part is too large, or no version was deployed', () => {
    const graph = lifecycle(MERMAID_MAX_EDGES / 2 + 1)
    const undeployed = deploySummaryMarkdown(
      { ...report, version: null, status: 'skipped' },
      { lineage: graph }
    )
    expect(undeployed).toContain(
      `The lineage of \`churn\` (${graph.nodes.length} nodes, ${graph.edges.length} links) is too large for a Mermaid chart in a job summary.`
    )
    expect(undeployed).not.toContain('```mermaid')
    // The deployed version's own part past the limits: one version deployed very often.
    const busy: LineageGraph = { nodes: [version('v1.0.0')], edges: [] }
    for (let index = 0; index <= MERMAID_MAX_EDGES; index++) {
      busy.nodes.push({ id: `run:d${index}`, kind: 'deployment', label: `deploy ${index}` })
      busy.edges.push({ from: version('v1.0.0').id, to: `run:d${index}` })
    }
    const crowded = deploySummaryMarkdown(report, { lineage: busy })
    expect(crowded).toContain('is too large for a Mermaid chart in a job summary.')
    expect(crowded).not.toContain('```mermaid')
    // A version absent from the graph has no part to draw either.
    const unknown = deploySummaryMarkdown({ ...report, version: 'v9.9.9' }, { lineage: graph })
    expect(unknown).toContain('is too large for a Mermaid chart in a job summary.')
    expect(unknown).not.toContain('```mermaid')
  })
})
