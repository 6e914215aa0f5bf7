import { describe, expect, it } from '@jest/globals'
import {
  parseRunEvent,
  TOLLGATE_FACETS,
  type LineageRunContext
} from '../../../shared/lineage/openlineage-event.js'
import { driftRunEvent } from '../../../shared/operations/drift-lineage.js'
import { spcRunEvent } from '../../../shared/operations/spc-lineage.js'
import { validateData } from '../../../shared/operations/validate-data.js'
import { validateRunEvent } from '../../../shared/operations/validate-lineage.js'
import { fixturePath } from '../../helpers/paths.js'
import { makeTempDir } from '../../helpers/temp-dir.js'
import { smallFixtureReport } from '../drift-report/drift-report-fixture.js'
import { spcFixtureReport } from '../html-report/report-fixtures.js'

const context = (action: string): LineageRunContext => ({
  producer: 'https://github.com/OWNER/REPO/tree/v1',
  namespace: 'github://octo/repo',
  workflowRunId: '42',
  attempt: 2,
  job: 'checks',
  action,
  repository: 'octo/repo',
  commit: 'f'.repeat(40)
})

describe('validateRunEvent', () => {
  it('describes the data with digest, schema, metrics and one assertion per check', async () => {
    const dir = makeTempDir()
    try {
      const checks = dir.file(
        'c.yml',
        'columns:\n  id: { unique: true }\n  age: { between: [18, 60] }\n'
      )
      const data = fixturePath('data', 'customers.csv')
      const { report, profile } = await validateData({
        data: [data],
        checksPath: checks,
        format: 'auto',
        failOn: 'error',
        threads: 1,
        now: Date.parse('2026-11-24T00:00:00Z')
      })
      const event = validateRunEvent({
        context: context('validate-data'),
        report,
        profile,
        digests: new Map([[data, 'a'.repeat(64)]]),
        outputs: [{ path: 'profile.json', sha256: 'b'.repeat(64) }]
      })
      expect(parseRunEvent(JSON.parse(JSON.stringify(event)), 'event')).toEqual(event)
      expect(event.eventType).toBe('COMPLETE')
      expect(event.eventTime).toBe(report.generated_at)
      expect(event.job.facets?.jobType?.jobType).toBe('validate-data')
      const [input] = event.inputs
      expect(input?.name).toBe(data)
      expect(input?.facets?.[TOLLGATE_FACETS.digest]?.sha256).toBe('a'.repeat(64))
      expect(input?.facets?.schema?.fields).toContainEqual({ name: 'age', type: 'integer' })
      expect(input?.inputFacets?.dataQualityMetrics?.rowCount).toBe(8)
      expect(input?.inputFacets?.dataQualityAssertions?.assertions).toEqual([
        { assertion: 'unique', success: true, column: 'id', severity: 'error', failures: 0 },
        { assertion: 'between', success: false, column: 'age', severity: 'error', failures: 2 }
      ])
      expect(event.outputs).toEqual([
        expect.objectContaining({
          name: 'profile.json',
          facets: expect.objectContaining({
            tollgate_digest: expect.objectContaining({ sha256: 'b'.repeat(64) })
          })
        })
      ])
    } finally {
      dir.remove()
    }
  })
})

describe('spcRunEvent', () => {
  it('reads the metric files by digest and writes the series history', () => {
    const report = spcFixtureReport()
    const event = spcRunEvent({
      context: context('spc-check'),
      report,
      metricsFiles: [{ path: 'profile.json', sha256: 'b'.repeat(64) }]
    })
    expect(parseRunEvent(event, 'event')).toBe(event)
    expect(event.outputs.map((output) => output.name)).toEqual(['spc-history.nightly'])
    const assertions = event.inputs[0]?.inputFacets?.dataQualityAssertions?.assertions as {
      assertion: string
      success: boolean
    }[]
    const charted = report.charts.filter((chart) => chart.result !== null)
    expect(assertions).toHaveLength(charted.length)
    expect(assertions.map((entry) => entry.success)).toEqual(
      charted.map((chart) => chart.in_control)
    )
    expect(assertions.some((entry) => !entry.success)).toBe(true)
  })
})

describe('driftRunEvent', () => {
  it('records the drift verdict and reads reference and current files', async () => {
    const report = await smallFixtureReport()
    const event = driftRunEvent({
      context: context('drift-check'),
      report,
      digests: new Map([[report.current.files[0]!.path, 'c'.repeat(64)]])
    })
    expect(parseRunEvent(event, 'event')).toBe(event)
    expect(event.run.facets?.[TOLLGATE_FACETS.drift]).toMatchObject({
      drifted: report.drift_detected,
      driftedColumns: report.dataset.drifted_columns
    })
    expect(event.inputs.map((input) => input.name)).toEqual([
      report.reference.files[0]!.path,
      report.current.files[0]!.path
    ])
    expect(event.inputs[1]?.facets?.[TOLLGATE_FACETS.digest]?.sha256).toBe('c'.repeat(64))
  })

  it('names the registered model version as the input of a registry reference', async () => {
    const report = await smallFixtureReport()
    const event = driftRunEvent({
      context: context('drift-check'),
      report: {
        ...report,
        reference: {
          ...report.reference,
          kind: 'registry',
          source: 'registry:churn@production',
          model: { name: 'churn', version: 'v1.2.0', tag: 'churn@v1.2.0', stage: 'production' }
        }
      }
    })
    expect(event.inputs[0]).toMatchObject({
      name: 'churn@v1.2.0',
      facets: { [TOLLGATE_FACETS.modelVersion]: { model: 'churn', version: 'v1.2.0' } }
    })
  })
})
