import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { validateShard } from '../../../shared/operations/shard-validate.js'
import { capExactValues } from '../../../shared/shard/exact-value-cap.js'
import { encodePartialJson } from '../../../shared/shard/partial-json.js'
import {
  readValidatePartial,
  type ValidatePartial
} from '../../../shared/shard/validate-partial.js'
import { InputError } from '../../../shared/errors.js'
import { repoRoot } from '../../helpers/paths.js'
import { makeTempDir } from '../../helpers/temp-dir.js'

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv
const dir = makeTempDir()
afterAll(() => {
  dir.remove()
})

async function partial(): Promise<ValidatePartial> {
  const rows = Array.from(
    { length: 200 },
    (_, i) => `${i % 150},${i % 7 === 0 ? '' : (i * 1.5).toFixed(1)},name${i % 9}`
  )
  const data = dir.file('t.csv', `id,x,name\n${rows.join('\n')}\n`)
  const checksPath = dir.file(
    'c.yml',
    'table:\n  unique: [id, name]\ncolumns:\n  id: { unique: true, increasing: true }\n  x: { between: [0, 100] }\n'
  )
  return validateShard({
    data: [data],
    checksPath,
    format: 'auto',
    failOn: 'error',
    threads: 1,
    now: 0,
    shard: { index: 1, count: 2 }
  })
}

describe('the shard partial format', () => {
  it('matches its JSON Schema (shared/shard/schemas/validate-partial.schema.json)', async () => {
    const schema = JSON.parse(
      readFileSync(join(repoRoot, 'shared/shard/schemas/validate-partial.schema.json'), 'utf8')
    ) as object
    const validate = addFormats(
      new Ajv({ allErrors: true, allowUnionTypes: true, strictTuples: false })
    ).compile(schema)
    const written = JSON.parse(encodePartialJson(await partial())) as unknown
    expect(validate.errors ?? []).toEqual([])
    expect(validate(written)).toBe(true)
    const broken = { ...(written as Record<string, unknown>), shard: { index: 0, count: 2 } }
    expect(validate(broken)).toBe(false)
  })

  it('is read back exactly, and damage is reported with the file and the field', async () => {
    const original = await partial()
    const text = encodePartialJson(original)
    const back = readValidatePartial(text, 'p.json')
    expect(back.segments[0]!.ranges[0]!.columns[0]!.uniqueKeys).toEqual(
      original.segments[0]!.ranges[0]!.columns[0]!.uniqueKeys
    )
    expect(back.rows).toBe(original.rows)
    const damaged = (edit: (value: Record<string, unknown>) => void): string => {
      const value = JSON.parse(text) as Record<string, unknown>
      edit(value)
      return JSON.stringify(value)
    }
    expect(() => readValidatePartial(text.slice(0, 100), 'p.json')).toThrow(InputError)
    expect(() => readValidatePartial(text.slice(0, 100), 'p.json')).toThrow(
      /p\.json: the shard partial is unreadable: not valid JSON/
    )
    expect(() =>
      readValidatePartial(
        damaged((v) => (v.format = 'tollgate-profile')),
        'p.json'
      )
    ).toThrow(/not a validate-data shard partial/)
    expect(() =>
      readValidatePartial(
        damaged((v) => (v.version = 2)),
        'p.json'
      )
    ).toThrow(/version 2 is not supported/)
    expect(() =>
      readValidatePartial(
        damaged((v) => (v.rows = 5)),
        'p.json'
      )
    ).toThrow(/"rows" is 5 but the segments hold \d+ rows/)
    expect(() =>
      readValidatePartial(
        damaged(
          (v) =>
            ((v.segments as { ranges: { columns: unknown[] }[] }[])[0]!.ranges[0]!.columns = [])
        ),
        'p.json'
      )
    ).toThrow(/"segments\[0\]\.ranges\[0\]\.columns" has 0 columns, the header 3/)
  })

  it('folds the largest columns into sketches to stay within the exact-value budget', async () => {
    const value = await partial()
    const ranges = value.segments.flatMap((segment) => segment.ranges)
    const kept = ranges.reduce(
      (sum, range) =>
        sum +
        range.columns.reduce((total, column) => total + (column.sortedNumbers?.length ?? 0), 0),
      0
    )
    expect(capExactValues(ranges, kept)).toBe(true)
    expect(capExactValues(ranges, kept - 1)).toBe(false)
    const id = ranges[0]!.columns[0]!
    expect(id.sortedNumbers).toBeUndefined()
    expect(id.tally.quantiles?.count).toBe(value.rows)
    expect(ranges[0]!.columns[1]!.sortedNumbers).toBeDefined()
  })
})
