import { describe, expect, it } from '@jest/globals'
import type { Ajv as AjvClass } from 'ajv'
import type { FormatsPlugin } from 'ajv-formats'
import { createRequire } from 'node:module'
import { IntegrityError } from '../../../shared/errors.js'
import {
  FACET_SCHEMA_URLS,
  RUN_EVENT_SCHEMA_URL,
  buildRunEvent,
  parseRunEvent,
  type LineageRunContext
} from '../../../shared/lineage/openlineage-event.js'
import { lineageRunId } from '../../../shared/lineage/run-id.js'

const nativeRequire = createRequire(import.meta.url)
const { Ajv } = nativeRequire('ajv') as { Ajv: typeof AjvClass }
const addFormats = nativeRequire('ajv-formats') as FormatsPlugin

/**
 * A minimal JSON Schema of an OpenLineage 2-0-2 RunEvent (https://openlineage.io/spec/2-0-2/
 * OpenLineage.json): required fields, formats, the BaseFacet rule that every facet names its
 * producer and schema, and the shapes of the standard facets Tollgate emits.
 */
const facet = {
  type: 'object',
  required: ['_producer', '_schemaURL'],
  properties: {
    _producer: { type: 'string', format: 'uri' },
    _schemaURL: { type: 'string', format: 'uri' }
  }
}
const facets = { type: 'object', additionalProperties: facet }
const dataset = {
  type: 'object',
  required: ['namespace', 'name'],
  properties: {
    namespace: { type: 'string' },
    name: { type: 'string' },
    facets: {
      ...facets,
      properties: {
        schema: {
          allOf: [
            facet,
            {
              type: 'object',
              properties: {
                fields: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['name'],
                    properties: { name: { type: 'string' }, type: { type: 'string' } }
                  }
                }
              }
            }
          ]
        },
        version: { allOf: [facet, { type: 'object', required: ['datasetVersion'] }] }
      }
    },
    inputFacets: {
      ...facets,
      properties: {
        dataQualityMetrics: {
          allOf: [
            facet,
            {
              type: 'object',
              required: ['columnMetrics'],
              properties: {
                rowCount: { type: 'integer' },
                bytes: { type: 'integer' },
                columnMetrics: {
                  type: 'object',
                  additionalProperties: {
                    type: 'object',
                    properties: {
                      nullCount: { type: 'integer' },
                      distinctCount: { type: 'integer' },
                      min: { type: 'number' },
                      max: { type: 'number' },
                      quantiles: { type: 'object', additionalProperties: { type: 'number' } }
                    }
                  }
                }
              }
            }
          ]
        },
        dataQualityAssertions: {
          allOf: [
            facet,
            {
              type: 'object',
              required: ['assertions'],
              properties: {
                assertions: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['assertion', 'success'],
                    properties: {
                      assertion: { type: 'string' },
                      success: { type: 'boolean' },
                      column: { type: 'string' }
                    }
                  }
                }
              }
            }
          ]
        }
      }
    },
    outputFacets: facets
  }
}
const runEventSchema = {
  type: 'object',
  required: ['eventTime', 'producer', 'schemaURL', 'run', 'job'],
  properties: {
    eventType: { enum: ['START', 'RUNNING', 'COMPLETE', 'ABORT', 'FAIL', 'OTHER'] },
    eventTime: { type: 'string', format: 'date-time' },
    producer: { type: 'string', format: 'uri' },
    schemaURL: { type: 'string', format: 'uri' },
    run: {
      type: 'object',
      required: ['runId'],
      properties: {
        runId: { type: 'string', format: 'uuid' },
        facets: {
          ...facets,
          properties: {
            errorMessage: {
              allOf: [facet, { type: 'object', required: ['message', 'programmingLanguage'] }]
            }
          }
        }
      }
    },
    job: {
      type: 'object',
      required: ['namespace', 'name'],
      properties: {
        namespace: { type: 'string' },
        name: { type: 'string' },
        facets: {
          ...facets,
          properties: {
            jobType: {
              allOf: [facet, { type: 'object', required: ['processingType', 'integration'] }]
            },
            sourceCodeLocation: {
              allOf: [
                facet,
                {
                  type: 'object',
                  required: ['type', 'url'],
                  properties: { url: { type: 'string', format: 'uri' } }
                }
              ]
            }
          }
        }
      }
    },
    inputs: { type: 'array', items: dataset },
    outputs: { type: 'array', items: dataset }
  }
}

const ajv = new Ajv({ allErrors: true, strict: false })
addFormats(ajv)
const validate = ajv.compile(runEventSchema)

const context: LineageRunContext = {
  producer: 'https://github.com/example/tollgate/tree/v1',
  namespace: 'github://octo/repo',
  workflowRunId: '987654',
  attempt: 2,
  job: 'checks',
  action: 'validate-data',
  workflow: 'data-checks',
  repository: 'octo/repo',
  commit: 'abc123'
}

describe('OpenLineage RunEvents', () => {
  it('emits a complete, schema-valid event with data-quality facets', () => {
    const event = buildRunEvent({
      context,
      eventType: 'COMPLETE',
      eventTime: '2026-03-01T12:00:00.000Z',
      inputs: [
        {
          namespace: 'file',
          name: 'data/orders.csv',
          sha256: 'a'.repeat(64),
          schema: [
            { name: 'id', type: 'integer' },
            { name: 'amount', type: 'number', description: 'in EUR' }
          ],
          quality: {
            rowCount: 1200,
            bytes: 50000,
            columns: { amount: { nullCount: 3, min: 0.5, max: 99, quantiles: { '0.5': 12.5 } } },
            assertions: [
              { assertion: 'not_null', column: 'id', success: true },
              {
                assertion: 'between',
                column: 'amount',
                success: false,
                severity: 'error',
                failures: 2
              }
            ]
          }
        }
      ],
      outputs: [{ namespace: 'file', name: 'reports/validate.json', sha256: 'b'.repeat(64) }]
    })
    expect(validate(event)).toBe(true)
    expect(validate.errors ?? []).toEqual([])
    expect(event.schemaURL).toBe(RUN_EVENT_SCHEMA_URL)
    expect(event.run.runId).toBe(lineageRunId(context))
    expect(event.job).toMatchObject({
      namespace: 'github://octo/repo',
      name: 'data-checks.checks.validate-data'
    })
    expect(event.job.facets?.sourceCodeLocation).toMatchObject({
      type: 'git',
      url: 'https://github.com/octo/repo/tree/abc123',
      version: 'abc123'
    })
    expect(event.run.facets?.tollgate_githubRun).toMatchObject({
      workflowRunId: '987654',
      attempt: 2
    })
    const input = event.inputs[0]!
    expect(input.facets?.tollgate_digest).toMatchObject({ sha256: 'a'.repeat(64) })
    expect(input.facets?.version).toMatchObject({
      datasetVersion: 'a'.repeat(64),
      _schemaURL: FACET_SCHEMA_URLS.version
    })
    expect(input.inputFacets?.dataQualityMetrics).toMatchObject({
      rowCount: 1200,
      columnMetrics: { amount: { nullCount: 3, quantiles: { '0.5': 12.5 } } }
    })
    expect(input.inputFacets?.dataQualityAssertions?.assertions).toEqual([
      { assertion: 'not_null', column: 'id', success: true },
      { assertion: 'between', column: 'amount', success: false, severity: 'error', failures: 2 }
    ])
    expect(event.outputs[0]).not.toHaveProperty('inputFacets')
    expect(JSON.parse(JSON.stringify(event))).toEqual(event)
    // The schema check itself rejects what the spec rejects.
    expect(validate({ ...event, run: { runId: 'run-1' } })).toBe(false)
    expect(
      validate({
        ...event,
        job: { ...event.job, facets: { jobType: { processingType: 'BATCH' } } }
      })
    ).toBe(false)
    expect(validate({ ...event, eventTime: 'noon' })).toBe(false)
  })

  it('emits START and FAIL events of the same run with one run id', () => {
    const start = buildRunEvent({ context, eventType: 'START', eventTime: '2026-03-01T12:00:00Z' })
    const fail = buildRunEvent({
      context,
      eventType: 'FAIL',
      eventTime: '2026-03-01T12:01:00Z',
      outcome: { error: { message: 'data/orders.csv:12: bad number' } }
    })
    for (const event of [start, fail]) expect(validate(event)).toBe(true)
    expect(fail.run.runId).toBe(start.run.runId)
    expect(fail.run.facets?.errorMessage).toMatchObject({
      message: 'data/orders.csv:12: bad number',
      programmingLanguage: 'JavaScript'
    })
    expect(start.inputs).toEqual([])
  })

  it('marks model versions, gate verdicts, deployments and drift', () => {
    const event = buildRunEvent({
      context: { ...context, action: 'deploy', repository: undefined, commit: undefined },
      eventType: 'COMPLETE',
      eventTime: '2026-03-01T12:00:00Z',
      inputs: [
        {
          namespace: 'github://octo/repo',
          name: 'churn@v0.0.2',
          modelVersion: { model: 'churn', version: 'v0.0.2' }
        }
      ],
      outcome: {
        deployment: {
          environment: 'production',
          model: 'churn',
          version: 'v0.0.2',
          status: 'success'
        },
        gateVerdict: { passed: true },
        drift: { drifted: false, driftedColumns: 0 }
      }
    })
    expect(validate(event)).toBe(true)
    expect(event.job.facets).not.toHaveProperty('sourceCodeLocation')
    expect(event.inputs[0]?.facets?.tollgate_modelVersion).toMatchObject({
      model: 'churn',
      version: 'v0.0.2'
    })
    expect(event.inputs[0]?.facets?.version).toMatchObject({ datasetVersion: 'v0.0.2' })
    expect(event.run.facets?.tollgate_deployment?._schemaURL).toBe(
      'https://github.com/example/tollgate/tree/v1/schemas/openlineage/tollgate_deployment.json#/$defs/tollgate_deployment'
    )
    expect(event.run.facets?.tollgate_gateVerdict).toMatchObject({ passed: true })
    expect(event.run.facets?.tollgate_drift).toMatchObject({ drifted: false, driftedColumns: 0 })
  })

  it('checks stored events before using them', () => {
    const event = buildRunEvent({
      context,
      eventType: 'COMPLETE',
      eventTime: '2026-03-01T12:00:00Z'
    })
    expect(parseRunEvent(JSON.parse(JSON.stringify(event)), 'lineage record x')).toEqual(event)
    const broken = [
      [null, 'it is not an object'],
      [{ ...event, eventType: 'DONE' }, 'eventType is missing or unknown'],
      [{ ...event, eventTime: 'yesterday' }, 'eventTime is not a date-time'],
      [{ ...event, run: { runId: '42' } }, 'run.runId is not a UUID'],
      [{ ...event, job: { name: 'x' } }, 'job needs a namespace and a name'],
      [{ ...event, inputs: [{ name: 'x' }] }, 'an entry of inputs needs a namespace and a name'],
      [{ ...event, outputs: 'none' }, 'outputs is not a list']
    ] as const
    for (const [value, problem] of broken) {
      expect(() => parseRunEvent(value, 'lineage record x')).toThrow(IntegrityError)
      expect(() => parseRunEvent(value, 'lineage record x')).toThrow(
        `lineage record x is not a valid OpenLineage RunEvent: ${problem}.`
      )
    }
  })
})
