import { describe, expect, it } from '@jest/globals'
import {
  buildLineageGraph,
  lineageAround,
  modelVersionNodeId
} from '../../../shared/lineage/lineage-graph.js'
import {
  buildRunEvent,
  type LineageRunContext,
  type RunEvent
} from '../../../shared/lineage/openlineage-event.js'
import { lineageRunId } from '../../../shared/lineage/run-id.js'

const base: LineageRunContext = {
  producer: 'https://github.com/example/tollgate/tree/v1',
  namespace: 'github://octo/repo',
  workflowRunId: '100',
  attempt: 1,
  job: 'ml',
  action: 'train'
}
const DATA = 'd'.repeat(64)
const MODEL_FILE = 'f'.repeat(64)
const modelVersion = (version: string) => ({
  namespace: 'github://octo/repo',
  name: `churn@${version}`,
  modelVersion: { model: 'churn', version }
})

/** The lifecycle of DESIGN.md §7: data -> train -> version -> gate -> deployment, plus drift. */
function lifecycle(): RunEvent[] {
  const train = { ...base, action: 'train' }
  const register = { ...base, action: 'register-model' }
  const gate = { ...base, workflowRunId: '101', action: 'evaluate-gate' }
  const deploy = { ...base, workflowRunId: '102', action: 'deploy' }
  const drift = { ...base, workflowRunId: '103', action: 'drift-check' }
  return [
    buildRunEvent({
      context: train,
      eventType: 'COMPLETE',
      eventTime: '2026-03-01T10:05:00Z',
      inputs: [{ namespace: 'file', name: 'data/train.csv', sha256: DATA }],
      outputs: [{ namespace: 'file', name: 'out/model.json', sha256: MODEL_FILE }]
    }),
    buildRunEvent({ context: train, eventType: 'START', eventTime: '2026-03-01T10:00:00Z' }),
    buildRunEvent({
      context: register,
      eventType: 'COMPLETE',
      eventTime: '2026-03-01T10:06:00Z',
      inputs: [{ namespace: 'github://octo/repo', name: 'model.json', sha256: MODEL_FILE }],
      outputs: [modelVersion('v0.0.1')]
    }),
    buildRunEvent({
      context: gate,
      eventType: 'COMPLETE',
      eventTime: '2026-03-01T11:00:00Z',
      inputs: [
        modelVersion('v0.0.1'),
        { namespace: 'file', name: 'holdout.csv', sha256: 'e'.repeat(64) }
      ],
      outcome: { gateVerdict: { passed: false } }
    }),
    buildRunEvent({
      context: deploy,
      eventType: 'FAIL',
      eventTime: '2026-03-01T12:00:00Z',
      inputs: [modelVersion('v0.0.1')],
      outcome: {
        deployment: {
          environment: 'production',
          model: 'churn',
          version: 'v0.0.1',
          status: 'failure'
        }
      }
    }),
    buildRunEvent({
      context: drift,
      eventType: 'COMPLETE',
      eventTime: '2026-03-02T00:00:00Z',
      inputs: [
        modelVersion('v0.0.1'),
        { namespace: 'file', name: 'data/today.csv', sha256: '9'.repeat(64) }
      ],
      outcome: { drift: { drifted: true, driftedColumns: 2 } }
    })
  ]
}

describe('lineage graph', () => {
  it('links data digests, runs, the model version, the gate, the deployment and drift', () => {
    const graph = buildLineageGraph(lifecycle())
    expect(graph.nodes.map((node) => [node.kind, node.label, node.status, node.flagged])).toEqual([
      ['run', 'train run 100#1', 'succeeded', undefined],
      ['dataset', `train.csv sha256:${DATA.slice(0, 12)}`, undefined, undefined],
      ['dataset', `model.json sha256:${MODEL_FILE.slice(0, 12)}`, undefined, undefined],
      ['run', 'register-model run 100#1', 'succeeded', undefined],
      ['model-version', 'churn v0.0.1', undefined, undefined],
      ['gate-verdict', 'gate: failed run 101#1', 'succeeded', false],
      ['dataset', `holdout.csv sha256:${'e'.repeat(12)}`, undefined, undefined],
      ['deployment', 'deploy production: failure run 102#1 (failed)', 'failed', undefined],
      ['drift-run', 'drift check: drifted run 103#1', 'succeeded', true],
      ['dataset', `today.csv sha256:${'9'.repeat(12)}`, undefined, undefined]
    ])
    const trainRun = `run:${lineageRunId({ ...base, action: 'train' })}`
    expect(graph.edges).toContainEqual({ from: `dataset:sha256:${DATA}`, to: trainRun })
    expect(graph.edges).toContainEqual({ from: trainRun, to: `dataset:sha256:${MODEL_FILE}` })
    expect(graph.edges).toContainEqual({
      from: `run:${lineageRunId({ ...base, action: 'register-model' })}`,
      to: modelVersionNodeId('churn', 'v0.0.1')
    })
    expect(graph.edges).toHaveLength(9)
  })

  it("merges a run's events and the same digest under different names", () => {
    const events = lifecycle()
    const graph = buildLineageGraph([...events, ...events])
    expect(graph.nodes).toHaveLength(10)
    expect(graph.edges).toHaveLength(9)
    // The file written as out/model.json and read as model.json is one node: same bytes.
    expect(graph.nodes.filter((node) => node.id === `dataset:sha256:${MODEL_FILE}`)).toHaveLength(1)
  })

  it('keeps a finished run finished when a START arrives late', () => {
    const [complete, start] = lifecycle()
    const graph = buildLineageGraph([start!, complete!])
    expect(graph.nodes[0]?.status).toBe('succeeded')
  })

  it('names datasets without a digest by namespace and name', () => {
    const event = buildRunEvent({
      context: base,
      eventType: 'COMPLETE',
      eventTime: '2026-03-01T10:00:00Z',
      inputs: [{ namespace: 'postgres://db', name: 'public.orders' }]
    })
    expect(buildLineageGraph([event]).nodes[1]).toEqual({
      id: 'dataset:postgres://db:public.orders',
      kind: 'dataset',
      label: 'public.orders'
    })
  })

  it("cuts out one version's lineage: its ancestors and descendants only", () => {
    const events = lifecycle()
    const retrain = buildRunEvent({
      context: { ...base, workflowRunId: '200', action: 'register-model' },
      eventType: 'COMPLETE',
      eventTime: '2026-03-05T10:00:00Z',
      inputs: [{ namespace: 'file', name: 'data/train.csv', sha256: DATA }],
      outputs: [modelVersion('v0.0.2')]
    })
    const around = lineageAround(
      buildLineageGraph([...events, retrain]),
      modelVersionNodeId('churn', 'v0.0.1')
    )
    const labels = around.nodes.map((node) => node.label)
    expect(labels).toContain('churn v0.0.1')
    expect(labels).toContain(`train.csv sha256:${DATA.slice(0, 12)}`)
    expect(labels).toContain('deploy production: failure run 102#1 (failed)')
    expect(labels).not.toContain('churn v0.0.2')
    expect(labels).not.toContain('register-model run 200#1')
    // Inputs of descendants that are not themselves upstream of the version stay out.
    expect(labels).not.toContain(`holdout.csv sha256:${'e'.repeat(12)}`)
  })
})
