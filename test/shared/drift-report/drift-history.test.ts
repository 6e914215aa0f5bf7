import { beforeAll, describe, expect, it } from '@jest/globals'
import {
  driftHistoryMetrics,
  driftHistoryRecord,
  driftMetricsJson
} from '../../../shared/drift-report/drift-history.js'
import type { DriftReport } from '../../../shared/drift-report/drift-report.js'
import {
  cleanDriftSubject,
  defaultDriftSubject,
  driftSeriesName
} from '../../../shared/drift-report/drift-subject.js'
import { extractMetrics } from '../../../shared/spc-history/metric-extraction.js'
import { assertSpcSeriesName } from '../../../shared/spc-history/series-naming.js'
import { parseSpcRecord, serializeSpcRecord } from '../../../shared/spc-history/spc-record.js'
import { smallFixtureReport, TRICKY_COLUMN } from './drift-report-fixture.js'

let report: DriftReport
beforeAll(async () => {
  report = await smallFixtureReport('churn')
})

const RUN = { id: '9876543210', attempt: 2, sha: 'abc', ref: 'refs/heads/main', event: 'schedule' }

describe('drift history as spc-check points', () => {
  it('records the share as a proportion, counts, and one score per tested column and method', () => {
    const metrics = driftHistoryMetrics(report)
    expect(metrics.share).toEqual({ kind: 'proportion', count: 4, size: 6 })
    expect(metrics.drifted_columns).toEqual({ kind: 'defect-count', count: 4 })
    expect(metrics.schema_changes).toEqual({ kind: 'defect-count', count: 3 })
    const age = report.columns.find((entry) => entry.column === 'age')!.test!
    expect(metrics['ks:age']).toEqual({ kind: 'measurement', value: age.score })
    expect(metrics['ks-statistic:age']).toEqual({ kind: 'measurement', value: age.statistic })
    // segment's chi-square statistic is infinite (a new category): no statistic point.
    expect(metrics['chisquare:segment']).toEqual({ kind: 'measurement', value: 0 })
    expect(metrics['chisquare-statistic:segment']).toBeUndefined()
    // "/" separates series and metric in spc-check; it is written as a division slash.
    expect(Object.keys(metrics)).toContain('chisquare:channel <b>@ops|x<∕b>')
    expect(Object.keys(metrics).some((name) => name.includes(TRICKY_COLUMN))).toBe(false)
    expect(metrics['ks:income']).toBeDefined()
    expect(
      Object.keys(metrics).some((name) => name.endsWith(':bonus') || name.endsWith(':zip'))
    ).toBe(false)
  })

  it('is a valid spc-check history record that reads back identically', () => {
    const series = driftSeriesName(report.subject)
    const record = driftHistoryRecord(report, series, RUN)
    const bytes = serializeSpcRecord(record)
    expect(parseSpcRecord(bytes, series)).toEqual(record)
    expect(serializeSpcRecord(driftHistoryRecord(report, series, RUN))).toEqual(bytes)
    expect(record.sources).toEqual([report.reference.source, report.current.source])
  })

  it('the flat metrics JSON is what spc-check reads as a user metrics file', () => {
    const flat = driftMetricsJson(report)
    expect(flat.share).toBeCloseTo(4 / 6, 15)
    expect(flat.drifted_columns).toBe(4)
    const read = extractMetrics(
      JSON.parse(JSON.stringify(flat)) as unknown,
      'drift-check-metrics.json'
    )
    expect(Object.keys(read).sort()).toEqual(Object.keys(flat).sort())
    expect(read.share).toEqual({ kind: 'measurement', value: flat.share })
  })
})

describe('subjects and series names', () => {
  it('defaults to the model name, else the reference file name without extensions', () => {
    expect(
      defaultDriftSubject({ source: 'registry:churn@production', model: { name: 'churn' } })
    ).toBe('churn')
    expect(defaultDriftSubject({ source: 'data/train.csv' })).toBe('train')
    expect(defaultDriftSubject({ source: 'data/train.csv.gz' })).toBe('train')
    expect(defaultDriftSubject({ source: 'profiles/customers.profile.json' })).toBe(
      'customers.profile'
    )
    expect(defaultDriftSubject({ source: 'data/reference/*.parquet' })).toBe('reference')
    expect(defaultDriftSubject({ source: 'a.csv, b.csv' })).toBe('a')
  })

  it('cleans control characters and caps the length', () => {
    expect(cleanDriftSubject(' churn\t\nmodel\u0007 ')).toBe('churn model')
    expect(cleanDriftSubject('x'.repeat(200))).toHaveLength(121)
  })

  it('series names are valid spc-check series, lossless when possible, else hashed', () => {
    expect(driftSeriesName('churn')).toBe('drift-churn')
    expect(driftSeriesName('churn.v2_eu')).toBe('drift-churn.v2_eu')
    const spaced = driftSeriesName('churn model')
    const dashed = driftSeriesName('churn-model')
    expect(spaced).toMatch(/^drift-churn-model-[0-9a-f]{14}$/)
    expect(dashed).toBe('drift-churn-model')
    for (const subject of ['churn', 'churn model', '..', 'ü', 'x'.repeat(200), 'a/b', '-lead']) {
      expect(() => assertSpcSeriesName(driftSeriesName(subject))).not.toThrow()
    }
    expect(driftSeriesName('ü')).not.toBe(driftSeriesName('é'))
  })
})
