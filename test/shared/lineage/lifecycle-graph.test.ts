import { describe, expect, it } from '@jest/globals'
import { modelLifecycleGraph } from '../../../shared/lineage/lifecycle-graph.js'
import { buildLineageGraph, type LineageGraph } from '../../../shared/lineage/lineage-graph.js'
import {
  buildRunEvent,
  type DatasetDescription,
  type LineageRunContext,
  type RunEvent
} from '../../../shared/lineage/openlineage-event.js'

const NS = 'github://octo/repo'
let runNumber = 0
const context = (action: string): LineageRunContext => ({
  producer: 'urn:tollgate:test',
  namespace: NS,
  workflowRunId: String(++runNumber),
  attempt: 1,
  job: 'job',
  action
})
const file = (name: string, digit: string): DatasetDescription => ({
  namespace: NS,
  name,
  sha256: digit.repeat(64)
})
const version = (model: string, v: string): DatasetDescription => ({
  namespace: NS,
  name: `${model}@${v}`,
  modelVersion: { model, version: v }
})
const run = (
  action: string,
  inputs: DatasetDescription[],
  outputs: DatasetDescription[] = [],
  outcome: Parameters<typeof buildRunEvent>[0]['outcome'] = undefined
): RunEvent =>
  buildRunEvent({
    context: context(action),
    eventType: 'COMPLETE',
    eventTime: `2026-11-24T10:00:${String(runNumber).padStart(2, '0')}Z`,
    inputs,
    outputs,
    ...(outcome === undefined ? {} : { outcome })
  })

const data = file('customers.csv', 'a')
const profile = file('profile.json', 'b')
const modelFile = file('model.json', 'c')
const otherModelFile = file('model.json', 'd')
const holdout = file('holdout.csv', 'e')
const batch = file('batch.csv', 'f')
const unrelated = file('orders.csv', '1')

/** Two models trained on the same data, plus a validation of unrelated data. */
function events(): RunEvent[] {
  return [
    run('validate-data', [data], [profile]),
    run('spc-check', [profile], [{ namespace: NS, name: 'spc-history.customers' }]),
    run('train', [data], [modelFile]),
    run('register-model', [modelFile], [version('churn', 'v0.0.1')]),
    run('train', [data], [otherModelFile]),
    run('register-model', [otherModelFile], [version('upsell', 'v0.0.1')]),
    run('evaluate-gate', [holdout, version('churn', 'v0.0.1')], [], {
      gateVerdict: { passed: true }
    }),
    run('deploy', [version('churn', 'v0.0.1')], [], {
      deployment: {
        environment: 'production',
        model: 'churn',
        version: 'v0.0.1',
        status: 'success'
      }
    }),
    run('drift-check', [version('churn', 'v0.0.1'), batch], [], { drift: { drifted: true } }),
    run('validate-data', [unrelated], [])
  ]
}

const labels = (graph: LineageGraph) => graph.nodes.map((node) => node.label.split(' run ')[0])

describe('modelLifecycleGraph', () => {
  const graph = modelLifecycleGraph(buildLineageGraph(events()), 'churn')

  it("keeps the model's ancestry, its gate, deployments and drift runs, with all their inputs", () => {
    expect(labels(graph)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^customers\.csv/),
        'train',
        expect.stringMatching(/^model\.json sha256:cccc/),
        'register-model',
        'churn v0.0.1',
        'gate: passed',
        expect.stringMatching(/^holdout\.csv/),
        'deploy production: success',
        'drift check: drifted',
        expect.stringMatching(/^batch\.csv/)
      ])
    )
  })

  it('adds the validation and spc-check runs that observed the training data', () => {
    expect(labels(graph)).toEqual(
      expect.arrayContaining([
        'validate-data',
        expect.stringMatching(/^profile\.json/),
        'spc-check',
        'spc-history.customers'
      ])
    )
  })

  it('leaves out another model trained on the same data, and unrelated runs', () => {
    const text = graph.nodes.map((node) => node.label).join('\n')
    expect(text).not.toContain('upsell')
    expect(text).not.toContain('model.json sha256:dddd')
    expect(text).not.toContain('orders.csv')
    expect(graph.nodes.filter((node) => node.label.startsWith('train'))).toHaveLength(1)
    expect(graph.nodes.filter((node) => node.label.startsWith('validate-data'))).toHaveLength(1)
  })

  it('keeps only edges between kept nodes, and nothing for an unknown model', () => {
    const ids = new Set(graph.nodes.map((node) => node.id))
    for (const edge of graph.edges) {
      expect(ids.has(edge.from)).toBe(true)
      expect(ids.has(edge.to)).toBe(true)
    }
    expect(graph.edges.length).toBe(13)
    expect(modelLifecycleGraph(buildLineageGraph(events()), 'nope')).toEqual({
      nodes: [],
      edges: []
    })
    // A model whose name is a prefix of another's does not pick up the other's versions.
    const prefixed = modelLifecycleGraph(
      buildLineageGraph([run('register-model', [modelFile], [version('churn-eu', 'v1.0.0')])]),
      'churn'
    )
    expect(prefixed.nodes).toEqual([])
  })
})
