import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { gzipSync } from 'node:zlib'
import { readFileSync } from 'node:fs'
import { validateData, type ValidateRequest } from '../../../shared/operations/validate-data.js'
import { InputError } from '../../../shared/errors.js'
import type { CheckResult } from '../../../shared/checks/check-result.js'
import { fixturePath } from '../../helpers/paths.js'
import { makeTempDir, type TempDir } from '../../helpers/temp-dir.js'

const NOW = Date.parse('2026-11-24T12:00:00Z')
let dir: TempDir

beforeAll(() => {
  dir = makeTempDir()
})
afterAll(() => {
  dir.remove()
})

async function validate(
  csv: string,
  checks: string,
  extra: Partial<ValidateRequest> = {}
): Promise<CheckResult[]> {
  const data = dir.file(`d-${Math.random().toString(36).slice(2)}.csv`, csv)
  const checksPath = dir.file(`c-${Math.random().toString(36).slice(2)}.yml`, checks)
  const outcome = await validateData({
    data: [data],
    checksPath,
    format: 'auto',
    failOn: 'error',
    threads: 1,
    now: NOW,
    ...extra
  })
  return outcome.report.results
}

function only(results: CheckResult[], id: string): CheckResult {
  const found = results.find((result) => result.id === id)
  if (found === undefined)
    throw new Error(`no result ${id} in ${results.map((r) => r.id).join(', ')}`)
  return found
}

async function inputError(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected an InputError')
}

describe('mostly and denominators (Great Expectations semantics, stats-reference §4.1)', () => {
  const csv = 'x\n10\n20\n\n30\n40\n\n50\n60\n70\n100\n'
  it('value checks skip nulls: element_count is the non-null count', async () => {
    const result = only(
      await validate(csv, 'columns:\n  x: { between: { max: 70 } }\n'),
      'columns.x.between'
    )
    expect(result).toMatchObject({
      element_count: 8,
      missing_count: 2,
      unexpected_count: 1,
      status: 'fail'
    })
    expect(result.unexpected_percent).toBeCloseTo(12.5, 12)
    expect(result.unexpected_percent_total).toBeCloseTo(10, 12)
    expect(result.unexpected_samples).toEqual([{ row: 10, value: '100' }])
  })
  it('mostly is inclusive: 7 of 8 passing meets mostly 0.875 but not 0.876', async () => {
    expect(
      only(
        await validate(csv, 'columns:\n  x: { between: { max: 70, mostly: 0.875 } }\n'),
        'columns.x.between'
      ).status
    ).toBe('pass')
    expect(
      only(
        await validate(csv, 'columns:\n  x: { between: { max: 70, mostly: 0.876 } }\n'),
        'columns.x.between'
      ).status
    ).toBe('fail')
  })
  it('not_null counts all rows', async () => {
    const result = only(
      await validate(csv, 'columns:\n  x: { not_null: { mostly: 0.8 } }\n'),
      'columns.x.not_null'
    )
    expect(result).toMatchObject({ element_count: 10, unexpected_count: 2, status: 'pass' })
    expect(result.unexpected_samples.map((sample) => sample.row)).toEqual([3, 6])
  })
  it('an all-null column passes value checks vacuously', async () => {
    const result = only(
      await validate('x,y\n,1\n,2\n', 'columns:\n  x: { between: { min: 5 } }\n'),
      'columns.x.between'
    )
    expect(result).toMatchObject({ element_count: 0, unexpected_count: 0, status: 'pass' })
  })
  it('strict bounds exclude the bound itself', async () => {
    const results = await validate(
      'x\n1\n5\n9\n',
      'columns:\n  x: { between: { min: 1, max: 9, strict_min: true, strict_max: true } }\n'
    )
    expect(only(results, 'columns.x.between').unexpected_count).toBe(2)
  })
})

describe('uniqueness: the four definitions of "duplicate" (stats-reference §4.3)', () => {
  const values = [
    ...Array<string>(9).fill('US'),
    ...Array<string>(4).fill('DE'),
    ...Array<string>(3).fill('FR'),
    'GB',
    'GB',
    'XX',
    ''
  ]
  it('reports rows in duplicates (GX), extra occurrences (pandas keep=first) and repeated values (Soda v3)', async () => {
    const result = only(
      await validate(`country\n${values.join('\n')}\n`, 'columns:\n  country: { unique: true }\n'),
      'columns.country.unique'
    )
    expect(result.unexpected_count).toBe(18)
    expect(result.observed).toEqual({
      duplicated_values: 4,
      duplicate_rows: 14,
      rows_in_duplicates: 18
    })
    expect(result.element_count).toBe(19)
    expect(result.unexpected_samples.slice(0, 2)).toEqual([
      { row: 1, value: 'US' },
      { row: 2, value: 'US' }
    ])
  })
  it('compares numbers by value and ignores nulls', async () => {
    const result = only(
      await validate('id\n1\n1.0\n\n\n2\n', 'columns:\n  id: { unique: true }\n'),
      'columns.id.unique'
    )
    expect(result.unexpected_count).toBe(2)
  })
  it('compound uniqueness ignores rows where every key column is missing', async () => {
    const csv = 'a,b\n1,x\n1,y\n1,x\n,\n,\n2,\n2,\n'
    const result = only(await validate(csv, 'table:\n  unique: [a, b]\n'), 'table.unique')
    expect(result.observed).toEqual({
      duplicated_values: 2,
      duplicate_rows: 2,
      rows_in_duplicates: 4
    })
    expect(result.element_count).toBe(5)
    expect(result.unexpected_samples[0]).toEqual({ row: 1, value: '(1, x)' })
  })
})

describe('value checks', () => {
  it('regex matches the whole value unless search is set', async () => {
    const csv = 'code\nab12\nxab12y\n'
    expect(
      only(await validate(csv, "columns:\n  code: { regex: 'ab\\d+' }\n"), 'columns.code.regex')
        .unexpected_count
    ).toBe(1)
    expect(
      only(
        await validate(csv, "columns:\n  code: { regex: { pattern: 'ab\\d+', search: true } }\n"),
        'columns.code.regex'
      ).unexpected_count
    ).toBe(0)
  })
  it('in_set compares numbers numerically and text exactly', async () => {
    const results = await validate(
      'n,c\n1.0,US\n2,us\n3,DE\n',
      'columns:\n  n: { in_set: [1, 2] }\n  c: { not_in_set: [us] }\n'
    )
    expect(only(results, 'columns.n.in_set').unexpected_samples).toEqual([{ row: 3, value: '3' }])
    expect(only(results, 'columns.c.not_in_set').unexpected_samples).toEqual([
      { row: 2, value: 'us' }
    ])
  })
  it('types, formats and lengths', async () => {
    const csv =
      'i,d,e,u,s\n1,2026-01-31,a@b.co,123e4567-e89b-12d3-a456-426614174000,héllo\n2.5,2026-02-30,nope,xyz,hi\n'
    const results = await validate(
      csv,
      'columns:\n  i: { type: integer }\n  d: { type: date }\n  e: { format: email }\n  u: { format: uuid }\n  s: { length: { min: 3, max: 5 } }\n'
    )
    expect(only(results, 'columns.i.type').unexpected_count).toBe(1)
    expect(only(results, 'columns.d.type').unexpected_samples).toEqual([
      { row: 2, value: '2026-02-30' }
    ])
    expect(only(results, 'columns.e.format').unexpected_count).toBe(1)
    expect(only(results, 'columns.u.format').unexpected_count).toBe(1)
    expect(only(results, 'columns.s.length').unexpected_samples).toEqual([{ row: 2, value: 'hi' }])
  })
  it('increasing and decreasing, strict or not', async () => {
    const results = await validate(
      't,n\n1,5\n2,5\n2,4\n1,6\n',
      'columns:\n  t: { increasing: true }\n  n: { decreasing: { strictly: true } }\n'
    )
    expect(only(results, 'columns.t.increasing').unexpected_samples).toEqual([
      { row: 4, value: '1' }
    ])
    expect(only(results, 'columns.n.decreasing').unexpected_count).toBe(2)
  })
  it('references: values must exist in another file', async () => {
    const reference = dir.file('ref.csv', 'code,name\nA,x\nB,y\n')
    const results = await validate(
      'code\nA\nC\n\nB\n',
      `columns:\n  code: { references: { file: ${JSON.stringify(reference)}, column: code } }\n`
    )
    expect(only(results, 'columns.code.references')).toMatchObject({
      unexpected_count: 1,
      element_count: 3,
      unexpected_samples: [{ row: 2, value: 'C' }]
    })
  })
})

describe('aggregate checks', () => {
  const csv = 'x\n1\n2\n3\n4\n\n10\n'
  it('computes the statistics over non-null values like pandas', async () => {
    const results = await validate(
      csv,
      `columns:
  x:
    mean: { between: [3.9, 4.1] }
    stdev: { min: 3.53, max: 3.54 }
    median: { equal: 3 }
    sum: { equal: 20 }
    min: { equal: 1 }
    max: { equal: 10 }
    quantile: [{ q: 0.5, equal: 3 }, { q: 0.9, equal: 10 }, { q: 0.625, equal: 3 }]
    distinct_count: { equal: 5 }
    unique_proportion: { equal: 1 }
    null_fraction: { max: 0.2 }
`
    )
    for (const result of results)
      expect({ id: result.id, status: result.status }).toEqual({ id: result.id, status: 'pass' })
    expect(only(results, 'columns.x.stdev').observed).toBeCloseTo(3.5355339059327378, 12)
  })
  it('freshness uses the pinned clock', async () => {
    const results = await validate(
      'ts\n2026-11-20T00:00:00Z\n2026-11-23T00:00:00Z\n',
      'columns:\n  ts: { freshness: { max_age: 1d } }\n'
    )
    expect(only(results, 'columns.ts.freshness')).toMatchObject({
      status: 'fail',
      observed: { newest: '2026-11-23T00:00:00.000Z', age_seconds: 129600 }
    })
  })
  it('distinct value sets and the most common value', async () => {
    const results = await validate(
      'c\nUS\nUS\nDE\nFR\n',
      'columns:\n  c:\n    distinct_values: { in_set: [US, DE] }\n    most_common_value: [US]\n'
    )
    expect(only(results, 'columns.c.distinct_values')).toMatchObject({ status: 'fail' })
    expect(only(results, 'columns.c.distinct_values').message).toContain('unexpected: FR')
    expect(only(results, 'columns.c.most_common_value').status).toBe('pass')
  })
})

describe('table checks', () => {
  it('row count and column sets (exact, include, ordered)', async () => {
    const csv = 'b,a,c\n1,2,3\n'
    expect(
      only(await validate(csv, 'table:\n  row_count: { min: 2 }\n'), 'table.row_count').status
    ).toBe('fail')
    expect(
      only(await validate(csv, 'table:\n  columns: { exact: [a, b, c] }\n'), 'table.columns').status
    ).toBe('pass')
    expect(
      only(
        await validate(csv, 'table:\n  columns: { exact: [a, b, c], ordered: true }\n'),
        'table.columns'
      ).status
    ).toBe('fail')
    expect(
      only(await validate(csv, 'table:\n  columns: { include: [a, d] }\n'), 'table.columns').message
    ).toContain('missing: d')
  })
  it('severity warn turns a failure into a warning and fail-on decides the verdict', async () => {
    const data = dir.file('w.csv', 'c\nXX\n')
    const checksPath = dir.file('w.yml', 'columns:\n  c: { in_set: [US], severity: warn }\n')
    const base = { data: [data], checksPath, format: 'auto' as const, threads: 1, now: NOW }
    expect((await validateData({ ...base, failOn: 'error' })).report.passed).toBe(true)
    expect((await validateData({ ...base, failOn: 'warn' })).report.passed).toBe(false)
    expect((await validateData({ ...base, failOn: 'never' })).report.summary).toEqual({
      checks: 1,
      passed: 0,
      failed: 0,
      warnings: 1
    })
  })
})

describe('readers agree on the same table', () => {
  const checks = `table:
  row_count: { equal: 8 }
columns:
  id: { unique: true, type: integer }
  age: { between: { min: 18, max: 65 }, mean: { min: 0 } }
  email: { regex: '[^@]+@[^@]+' }
  country: { in_set: [US, DE, FR] }
  income: { not_null: true, quantile: { q: 0.5, min: 0 } }
`
  const summarize = (results: CheckResult[]): unknown =>
    results.map((result) => [
      result.id,
      result.status,
      result.element_count,
      result.unexpected_count,
      result.observed,
      result.unexpected_samples
    ])

  it('CSV, gzip CSV, TSV, JSON Lines and Parquet give identical results', async () => {
    const csvPath = fixturePath('data', 'customers.csv')
    const checksPath = dir.file('readers.yml', checks)
    const run = async (data: string): Promise<unknown> =>
      summarize(
        (
          await validateData({
            data: [data],
            checksPath,
            format: 'auto',
            failOn: 'error',
            threads: 1,
            now: NOW
          })
        ).report.results
      )
    const expected = await run(csvPath)
    const csvText = readFileSync(csvPath, 'utf8')
    expect(await run(dir.file('customers.csv.gz', gzipSync(csvText)))).toEqual(expected)
    const { rows, header } = parseSimpleCsv(csvText)
    const tsv = [header, ...rows]
      .map((row) =>
        row.map((v) => (/[\t\n"]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join('\t')
      )
      .join('\n')
    expect(await run(dir.file('customers.tsv', tsv))).toEqual(expected)
    const jsonl = rows
      .map((row) =>
        JSON.stringify(
          Object.fromEntries(
            header.map((name, i) => [
              name,
              row[i] === '' ? null : /^-?\d+(\.\d+)?$/.test(row[i]!) ? Number(row[i]) : row[i]
            ])
          )
        )
      )
      .join('\n')
    expect(await run(dir.file('customers.jsonl', jsonl))).toEqual(expected)
    expect(await run(fixturePath('data', 'customers.parquet'))).toEqual(expected)
  })
})

describe('bad input is an error naming file, line, row and column', () => {
  it('a ragged row', async () => {
    const error = await inputError(validate('a,b\n1,2\n3\n', 'columns:\n  a: { not_null: true }\n'))
    expect(error.location).toMatchObject({ line: 3, row: 2 })
    expect(error.message).toMatch(/has 1 field\(s\) but the header has 2/)
  })
  it('an unterminated quote', async () => {
    const error = await inputError(
      validate('a,b\n1,2\n3,"open\n4,5\n', 'columns:\n  a: { not_null: true }\n')
    )
    expect(error.location.line).toBe(3)
    expect(error.message).toMatch(/closing quote/)
  })
  it('invalid UTF-8', async () => {
    const bytes = Buffer.concat([
      Buffer.from('a,b\n1,ok\n2,'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('\n')
    ])
    const data = dir.file('bad-utf8.csv', bytes)
    const checksPath = dir.file('bad-utf8.yml', 'columns:\n  b: { not_null: true }\n')
    const error = await inputError(
      validateData({
        data: [data],
        checksPath,
        format: 'auto',
        failOn: 'error',
        threads: 1,
        now: NOW
      })
    )
    expect(error.location).toMatchObject({ line: 3, row: 2, field: 'b' })
  })
  it('a checks file naming a column the data lacks, with a suggestion', async () => {
    const error = await inputError(
      validate('customer_id\n1\n', 'columns:\n  customer_ids: { not_null: true }\n')
    )
    expect(error.location).toMatchObject({ line: 2, column: 3 })
    expect(error.message).toContain('did you mean "customer_id"')
  })
  it('a missing data file and a missing checks file', async () => {
    const checksPath = dir.file('ok.yml', 'columns:\n  a: { not_null: true }\n')
    const missingData = await inputError(
      validateData({
        data: ['/nonexistent/data.csv'],
        checksPath,
        format: 'auto',
        failOn: 'error',
        threads: 1,
        now: NOW
      })
    )
    expect(missingData.message).toContain('/nonexistent/data.csv')
    const missingChecks = await inputError(
      validateData({
        data: [fixturePath('data', 'customers.csv')],
        checksPath: '/nope/checks.yml',
        format: 'auto',
        failOn: 'error',
        threads: 1,
        now: NOW
      })
    )
    expect(missingChecks.message).toContain(
      '/nope/checks.yml: cannot read the checks file: no such file'
    )
  })
  it('files of one table with different columns', async () => {
    const a = dir.file('parts/a.csv', 'x,y\n1,2\n')
    dir.file('parts/b.csv', 'x,z\n1,2\n')
    const checksPath = dir.file('parts.yml', 'columns:\n  x: { not_null: true }\n')
    const error = await inputError(
      validateData({
        data: [a.replace(/a\.csv$/, '*.csv')],
        checksPath,
        format: 'auto',
        failOn: 'error',
        threads: 1,
        now: NOW
      })
    )
    expect(error.message).toMatch(
      /b\.csv:1: its columns differ from .*a\.csv \(missing y; extra z\)/
    )
  })
  it('an empty file and a malformed JSON line', async () => {
    await expect(validate('', 'columns:\n  a: { not_null: true }\n')).rejects.toThrow(
      /the file is empty/
    )
    const data = dir.file('bad.jsonl', '{"a": 1}\n{"a": 2,}\n')
    const checksPath = dir.file('bad-jsonl.yml', 'columns:\n  a: { not_null: true }\n')
    const error = await inputError(
      validateData({
        data: [data],
        checksPath,
        format: 'auto',
        failOn: 'error',
        threads: 1,
        now: NOW
      })
    )
    expect(error.location).toMatchObject({ line: 2 })
  })
})

/** A small RFC 4180 parser for test data (independent of the engine under test). */
function parseSimpleCsv(text: string): { header: string[]; rows: string[][] } {
  const records: string[][] = []
  let field = ''
  let record: string[] = []
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      record.push(field)
      field = ''
    } else if (c === '\n') {
      record.push(field)
      records.push(record)
      record = []
      field = ''
    } else field += c
  }
  if (field !== '' || record.length > 0) {
    record.push(field)
    records.push(record)
  }
  return { header: records[0]!, rows: records.slice(1) }
}
