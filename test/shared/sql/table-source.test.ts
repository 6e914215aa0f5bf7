import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import { parse } from 'yaml'
import { repoRoot } from '../../helpers/paths.js'
import { loadChecks } from '../../../shared/checks/checks-loader.js'
import { InputError } from '../../../shared/errors.js'

const checks = (source: string): string => `source: ${source}\ncolumns:\n  id: { not_null: true }\n`

describe('source: in the checks file', () => {
  it('reads postgres and duckdb sources', () => {
    expect(
      loadChecks(
        checks(
          '{ engine: postgres, url_env: DATABASE_URL, table: sales.orders, order_by: [id, ts] }'
        ),
        'c.yml'
      ).source
    ).toMatchObject({
      engine: 'postgres',
      urlEnv: 'DATABASE_URL',
      schema: 'sales',
      table: 'orders',
      orderBy: ['id', 'ts'],
      location: { file: 'c.yml', line: 1 }
    })
    expect(
      loadChecks(checks('{ engine: duckdb, path: w.duckdb, schema: main, table: t }'), 'c.yml')
        .source
    ).toMatchObject({ engine: 'duckdb', path: 'w.duckdb', schema: 'main', table: 't', orderBy: [] })
    expect(loadChecks('columns:\n  id: { not_null: true }\n', 'c.yml').source).toBeUndefined()
  })
  it.each([
    [
      '{ engine: bigquery, table: t }',
      /unknown engine "bigquery"; Tollgate pushes checks down to postgres and duckdb/
    ],
    ['{ engine: postgres }', /give the table to check/],
    ['{ engine: duckdb, table: t }', /a duckdb source needs `path:`/],
    ['{ engine: duckdb, path: x, url: y, table: t }', /give `path:`, not `url:`/],
    ['{ engine: postgres, path: x, table: t }', /a postgres source is a server/],
    ['{ engine: postgres, url: a, url_env: B, table: t }', /either `url:` or `url_env:`/],
    ['{ engine: postgres, tabel: t }', /unknown source key "tabel" \(did you mean "table"\?\)/],
    ['postgres', /expected a mapping/]
  ])('rejects %p with its line', (source, message) => {
    expect(() => loadChecks(checks(source), 'c.yml')).toThrow(InputError)
    expect(() => loadChecks(checks(source), 'c.yml')).toThrow(message)
  })
})

it('the checks file JSON Schema describes source:', () => {
  const schema = JSON.parse(
    readFileSync(join(repoRoot, 'shared/checks/checks.schema.json'), 'utf8')
  ) as object
  const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(schema)
  expect(
    validate(
      parse(checks('{ engine: postgres, url_env: DATABASE_URL, table: orders, order_by: [id] }'))
    )
  ).toBe(true)
  expect(validate(parse(checks('{ engine: oracle, table: orders }')))).toBe(false)
  expect(validate(parse(checks('{ engine: duckdb, path: x.duckdb, tabel: orders }')))).toBe(false)
})
