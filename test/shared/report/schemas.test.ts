import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { parse } from 'yaml'
import { AGGREGATE_CHECK_NAMES, VALUE_CHECK_NAMES } from '../../../shared/checks/check-types.js'
import { validateData } from '../../../shared/operations/validate-data.js'
import { fixturePath, repoRoot } from '../../helpers/paths.js'
import { makeTempDir } from '../../helpers/temp-dir.js'

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv
const readSchema = (path: string): object =>
  JSON.parse(readFileSync(join(repoRoot, path), 'utf8')) as object

describe('checks file JSON Schema', () => {
  const schema = readSchema('shared/checks/checks.schema.json') as {
    definitions: { column: { properties: Record<string, unknown> } }
  }
  const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(schema)

  it('describes every check the loader accepts', () => {
    const keys = Object.keys(schema.definitions.column.properties)
    for (const name of [...VALUE_CHECK_NAMES, ...AGGREGATE_CHECK_NAMES])
      expect(keys).toContain(name)
  })

  it('accepts the documented example and rejects a typo', () => {
    const example = parse(`table:
  row_count: { min: 1000 }
  columns: { exact: [id, ts, age, email, country] }
  unique: [customer_id, ts]
columns:
  id:      { type: integer, not_null: true, unique: true }
  age:     { type: integer, between: { min: 18, max: 90, mostly: 0.99 } }
  email:   { regex: '^[^@]+@[^@]+$' }
  country: { in_set: [US, DE, FR], severity: warn }
  ts:      { type: datetime, freshness: { max_age: 2d } }
  income:  { mean: { between: [30000, 60000] }, quantile: { q: 0.99, max: 500000 } }
`) as unknown
    expect(validate(example)).toBe(true)
    expect(validate({ columns: { age: { beteen: { min: 1 } } } })).toBe(false)
  })
})

describe('validate-data report JSON Schema', () => {
  it('accepts a real report', async () => {
    const dir = makeTempDir()
    try {
      const checksPath = dir.file(
        'c.yml',
        `table:\n  row_count: { min: 1 }\n  unique: [id]\ncolumns:\n  id: { unique: true, type: integer }\n  age: { between: [18, 65], mean: { min: 0 } }\n  country: { in_set: [US, DE], severity: warn }\n`
      )
      const { report } = await validateData({
        data: [fixturePath('data', 'customers.csv')],
        checksPath,
        format: 'auto',
        failOn: 'error',
        threads: 1,
        now: Date.parse('2026-11-24T00:00:00Z')
      })
      const ajv = addFormats(new Ajv({ allErrors: true, allowUnionTypes: true }))
      const validate = ajv.compile(readSchema('shared/report/schemas/validate-report.schema.json'))
      const roundTripped = JSON.parse(JSON.stringify(report)) as unknown
      expect(validate(roundTripped) ? [] : validate.errors).toEqual([])
    } finally {
      dir.remove()
    }
  })
})
