import { describe, expect, it } from '@jest/globals'
import { loadChecks } from '../../../shared/checks/checks-loader.js'
import { InputError } from '../../../shared/errors.js'

const ISSUE_EXAMPLE = `table:
  row_count: { min: 1000 }
  columns: { exact: [id, ts, age, email, country] }
  unique: [customer_id, ts]
columns:
  id:      { type: integer, not_null: true, unique: true }
  age:     { type: integer, between: { min: 18, max: 90, mostly: 0.99 } }
  email:   { regex: '^[^@\\s]+@[^@\\s]+\\.[a-z]+$' }
  country: { in_set: [US, DE, FR], severity: warn }
  ts:      { type: datetime, freshness: { max_age: 2d } }
  income:  { mean: { between: [30000, 60000] }, quantile: { q: 0.99, max: 500000 } }
`

function errorOf(text: string): InputError {
  try {
    loadChecks(text, 'checks.yml')
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected an InputError')
}

describe('loadChecks', () => {
  it('reads the example from the issue with every check located at its line', () => {
    const config = loadChecks(ISSUE_EXAMPLE, 'checks.yml')
    expect(config.tableChecks.map((check) => check.check)).toEqual([
      'row_count',
      'columns',
      'compound_unique'
    ])
    const age = config.columns.find((column) => column.name === 'age')!
    const between = age.valueChecks.find((check) => check.check === 'between')!
    expect(between).toMatchObject({
      mostly: 0.99,
      bounds: { min: 18, max: 90, strictMin: false, strictMax: false }
    })
    expect(between.location).toEqual({ file: 'checks.yml', line: 7, column: 29 })
    const country = config.columns.find((column) => column.name === 'country')!
    expect(country.valueChecks[0]).toMatchObject({
      check: 'in_set',
      severity: 'warn',
      values: ['US', 'DE', 'FR']
    })
    const income = config.columns.find((column) => column.name === 'income')!
    expect(income.aggregateChecks.map((check) => check.check)).toEqual(['mean', 'quantile'])
    const ts = config.columns.find((column) => column.name === 'ts')!
    expect(ts.aggregateChecks[0]).toMatchObject({ check: 'freshness', maxAgeMs: 2 * 86400000 })
  })

  it('suggests the intended key for a typo, at its line and column', () => {
    const error = errorOf('columns:\n  age:\n    beteen: { min: 1, max: 2 }\n')
    expect(error.location).toEqual({ file: 'checks.yml', line: 3, column: 5 })
    expect(error.message).toContain('did you mean "between"')
  })

  it.each([
    ['columns:\n  a: { between: { min: 5, max: 1 } }\n', /min \(5\) is greater than max \(1\)/],
    ['columns:\n  a: { between: { mostly: 1.5, min: 1 } }\n', /mostly must be between 0 and 1/],
    ['columns:\n  a: { type: integr }\n', /unknown type "integr"/],
    ['columns:\n  a: { regex: "([a-z" }\n', /invalid regular expression/],
    ['columns:\n  a: { freshness: { max_age: soon } }\n', /is not a duration/],
    ['columns:\n  a: { in_set: [x], severity: fatal }\n', /severity must be "error" or "warn"/],
    ['table:\n  row_count: { min: many }\n', /expected a number/],
    ['columns:\n  a: { not_null: true\n', /invalid YAML/],
    ['', /empty/],
    ['columns:\n  a: { not_null: false }\n', /declares no checks/]
  ])('rejects %p', (text, message) => {
    expect(errorOf(text).message).toMatch(message)
  })

  it('accepts the short and long forms of each check', () => {
    const config = loadChecks(
      `columns:
  a:
    between: [1, null]
    length: { equal: 3 }
    regex: { pattern: '[a-z]+', search: true, ignore_case: true, mostly: 0.5 }
    not_in_set: { values: [x, y] }
    increasing: { strictly: true }
    null_fraction: 0.1
    quantile: [{ q: 0.5, min: 1 }, { q: 0.9, between: [1, 2] }]
    distinct_values: { contain: [a, b] }
    most_common_value: [a]
    references: { file: other.csv, column: id }
`,
      'c.yml'
    )
    const checks = [...config.columns[0]!.valueChecks, ...config.columns[0]!.aggregateChecks]
    expect(checks.map((check) => check.id)).toEqual([
      'columns.a.between',
      'columns.a.length',
      'columns.a.regex',
      'columns.a.not_in_set',
      'columns.a.increasing',
      'columns.a.references',
      'columns.a.null_fraction',
      'columns.a.quantile[0]',
      'columns.a.quantile[1]',
      'columns.a.distinct_values',
      'columns.a.most_common_value'
    ])
    expect(checks[0]).toMatchObject({ bounds: { min: 1 } })
    expect(checks[2]).toMatchObject({ search: true, flags: 'iu', mostly: 0.5 })
  })
})
