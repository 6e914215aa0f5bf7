import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../shared/errors.js'
import {
  extractMetrics,
  mergeMetrics,
  metricsFileKind
} from '../../../shared/spc-history/metric-extraction.js'

function inputError(run: () => unknown): InputError {
  try {
    run()
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected an InputError')
}

const profile = {
  format: 'tollgate-profile',
  version: 1,
  rows: 4,
  columns: [
    { name: 'age', count: 4, nulls: 1, mean: 40.5, std: 3.2, distinct: 3 },
    { name: 'email', count: 4, nulls: 0, mean: null, std: null, distinct: 4 }
  ]
}
const report = {
  action: 'validate-data',
  data: { rows: 4 },
  summary: { failed: 1, warnings: 2 },
  results: [
    { id: 'columns.age.between', unexpected_count: 1, element_count: 3 },
    { id: 'table.row_count', unexpected_count: null, element_count: 4 },
    { id: 'columns.email.not_null', unexpected_count: 0, element_count: 0 }
  ]
}

describe('metrics from validate-data files', () => {
  it('recognises profiles, reports and user metrics by their own markers', () => {
    expect(metricsFileKind(profile)).toBe('profile')
    expect(metricsFileKind(report)).toBe('validate-report')
    expect(metricsFileKind({ rows: 3 })).toBe('metrics')
  })

  it('names profile metrics <column>.<statistic>', () => {
    expect(extractMetrics(profile, 'p.json')).toEqual({
      rows: { kind: 'measurement', value: 4 },
      'age.null_fraction': { kind: 'proportion', count: 1, size: 4 },
      'age.mean': { kind: 'measurement', value: 40.5 },
      'age.std': { kind: 'measurement', value: 3.2 },
      'age.distinct': { kind: 'measurement', value: 3 },
      'email.null_fraction': { kind: 'proportion', count: 0, size: 4 },
      'email.distinct': { kind: 'measurement', value: 4 }
    })
  })

  it('takes failed and warned checks as counts and unexpected elements as proportions', () => {
    expect(extractMetrics(report, 'r.json')).toEqual({
      rows: { kind: 'measurement', value: 4 },
      failed_checks: { kind: 'defect-count', count: 1 },
      warned_checks: { kind: 'defect-count', count: 2 },
      'columns.age.between.unexpected': { kind: 'proportion', count: 1, size: 3 }
    })
  })

  it('names the file when a profile is malformed', () => {
    expect(
      inputError(() => extractMetrics({ ...profile, rows: 'many' }, 'p.json')).message
    ).toMatch(/^p\.json: this validate-data profile is malformed: rows is not a count/)
  })
})

describe('user metrics', () => {
  it('names the file and the metric of a bad value', () => {
    const error = inputError(() =>
      extractMetrics({ rows: 3, late: { count: -2, size: 10 } }, 'm.json')
    )
    expect(error.location).toEqual({ file: 'm.json', field: 'late' })
    expect(error.detail).toBe('metric "late": count must not be negative, got -2')
    expect(inputError(() => extractMetrics([1, 2], 'm.json')).message).toMatch(
      /JSON object of named metrics/
    )
    expect(inputError(() => extractMetrics({}, 'm.json')).message).toMatch(/names no metrics/)
    expect(inputError(() => extractMetrics({ 'a/b': 1 }, 'm.json')).message).toMatch(
      /must not contain "\/"/
    )
  })

  it('merges files, accepting a metric two files agree on and rejecting one they do not', () => {
    const merged = mergeMetrics([
      { file: 'p.json', metrics: extractMetrics(profile, 'p.json') },
      { file: 'r.json', metrics: extractMetrics(report, 'r.json') }
    ])
    expect(Object.keys(merged)).toContain('failed_checks')
    const error = inputError(() =>
      mergeMetrics([
        { file: 'a.json', metrics: { rows: { kind: 'measurement', value: 1 } } },
        { file: 'b.json', metrics: { rows: { kind: 'measurement', value: 2 } } }
      ])
    )
    expect(error.message).toMatch(
      /^b\.json \(column "rows"\): metric "rows" is a single value .* but .* in a\.json; give each metric once/
    )
  })
})
