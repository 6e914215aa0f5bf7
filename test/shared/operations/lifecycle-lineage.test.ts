import { afterAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { LocalStore } from '../../../shared/adapters/local-store.js'
import { GATE_RECORD_SCHEMA } from '../../../shared/deploy/gate-verdict-record.js'
import { buildRunEvent, type LineageRunContext } from '../../../shared/lineage/openlineage-event.js'
import { collectLifecycleLineage } from '../../../shared/operations/lifecycle-lineage.js'
import {
  LINEAGE_SERIES,
  lineageRecordKey,
  listLineageEvents,
  saveLineageEvent
} from '../../../shared/operations/lineage-record-store.js'
import { saveGateVerdict } from '../../../shared/operations/gate-record-store.js'
import { ModelRegistry } from '../../../shared/registry/model-registry.js'
import { makeTempDir } from '../../helpers/temp-dir.js'

const temp = makeTempDir('tollgate-lineage-')
afterAll(() => temp.remove())

const context = (action: string, run: string): LineageRunContext => ({
  producer: 'urn:tollgate:test',
  namespace: 'local',
  workflowRunId: run,
  attempt: 1,
  job: '',
  action
})
const DATA = { namespace: 'local', name: 'data/customers.csv', sha256: 'a'.repeat(64) }
const MODEL_FILE_BYTES = new TextEncoder().encode('{"model":1}\n')

describe('collectLifecycleLineage', () => {
  it('joins the events of bundles, gate verdicts and the lineage series into one graph', async () => {
    const store = new LocalStore(temp.path + '/store')
    const registry = new ModelRegistry(store)
    const trainEvent = buildRunEvent({
      context: context('train', 't1'),
      eventType: 'COMPLETE',
      eventTime: '2026-11-24T10:00:00Z',
      inputs: [DATA],
      // The train run's output is the file registered: the same digest joins them.
      outputs: [
        {
          namespace: 'local',
          name: 'model.json',
          sha256: createHash('sha256').update(MODEL_FILE_BYTES).digest('hex')
        }
      ]
    })
    await registry.registerVersion({
      model: 'churn',
      files: new Map([['model.json', MODEL_FILE_BYTES]]),
      metrics: { roc_auc: 0.8 },
      trainingData: [{ name: DATA.name, sha256: DATA.sha256 }],
      profile: {},
      lineage: { context: context('register-model', 'r1'), events: [trainEvent] }
    })
    const validation = buildRunEvent({
      context: context('validate-data', 'v1'),
      eventType: 'COMPLETE',
      eventTime: '2026-11-24T09:00:00Z',
      inputs: [DATA]
    })
    expect(await saveLineageEvent(store, validation)).toBe('created')
    // A re-run of the same attempt keeps the first record.
    expect(
      await saveLineageEvent(store, { ...validation, eventTime: '2026-11-24T09:05:00Z' })
    ).toBe('exists')
    await saveGateVerdict(store, {
      schema: GATE_RECORD_SCHEMA,
      model: 'churn',
      version: 'v0.0.1',
      verdict: 'no-champion',
      passed: true,
      summary: 'thresholds met',
      champion: null,
      metrics: { candidate: { roc_auc: 0.8 }, champion: null },
      data: { rows: 10, files: [] },
      rules: { source: 'gate.yml', sha256: 'c'.repeat(64) },
      run: { id: 'g1', attempt: 1 },
      recordedAt: '2026-11-24T11:00:00Z',
      lineage: buildRunEvent({
        context: context('evaluate-gate', 'g1'),
        eventType: 'COMPLETE',
        eventTime: '2026-11-24T11:00:00Z',
        inputs: [
          {
            namespace: 'local',
            name: 'churn@v0.0.1',
            modelVersion: { model: 'churn', version: 'v0.0.1' }
          }
        ],
        outcome: { gateVerdict: { passed: true } }
      })
    })
    // A damaged record is reported, not fatal.
    await store.appendRecord(
      LINEAGE_SERIES,
      'broken.COMPLETE',
      new TextEncoder().encode('{not json')
    )

    const lineage = await collectLifecycleLineage(store, 'churn')
    expect(lineage.problems).toEqual([expect.stringContaining('broken.COMPLETE')])
    const labels = lineage.graph.nodes.map((node) => node.label)
    expect(labels).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^customers\.csv sha256:aaaaaaaaaaaa$/),
        expect.stringMatching(/^validate-data run v1#1$/),
        expect.stringMatching(/^train run t1#1$/),
        expect.stringMatching(/^register-model run r1#1$/),
        'churn v0.0.1',
        'gate: passed run g1#1'
      ])
    )
    expect(lineage.events.map((event) => event.job.facets?.jobType?.jobType).sort()).toEqual([
      'evaluate-gate',
      'register-model',
      'train',
      'validate-data'
    ])
    expect(lineageRecordKey(validation)).toBe(`${validation.run.runId}.COMPLETE`)
  })

  it('returns an empty graph for a model without versions, and honours the series limit', async () => {
    const store = new LocalStore(temp.path + '/empty')
    for (const run of ['a', 'b', 'c']) {
      await saveLineageEvent(
        store,
        buildRunEvent({
          context: context('spc-check', run),
          eventType: 'COMPLETE',
          eventTime: '2026-11-24T09:00:00Z'
        })
      )
    }
    expect((await listLineageEvents(store, { limit: 2 })).events).toHaveLength(2)
    const lineage = await collectLifecycleLineage(store, 'churn')
    expect(lineage.graph).toEqual({ nodes: [], edges: [] })
    expect(lineage.events).toHaveLength(3)
    await expect(collectLifecycleLineage(store, 'Not A Name')).rejects.toThrow()
  })
})
