import { afterAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import {
  validateData,
  type ValidateOutcome,
  type ValidateRequest
} from '../../../shared/operations/validate-data.js'
import { validateShard } from '../../../shared/operations/shard-validate.js'
import { mergeValidate } from '../../../shared/operations/merge-validate.js'
import { readPartialFile, writePartialFile } from '../../../shared/adapters/shard-partial-file.js'
import { InputError, UsageError } from '../../../shared/errors.js'
import type { SourcedPartial } from '../../../shared/shard/shard-set.js'
import { mulberry32 } from '../../../shared/stats/random.js'
import { makeTempDir } from '../../helpers/temp-dir.js'

const dir = makeTempDir()
afterAll(() => {
  dir.remove()
})
const NOW = Date.parse('2026-11-24T12:00:00Z')

/**
 * Generated data with everything a merge must get right across shard boundaries: duplicates of
 * ids and emails far apart (cross-shard), an order check broken at arbitrary rows, nulls, numbers
 * for quantiles, categories for value sets, dates for freshness.
 */
function tableCsv(rows: number, seed: number, firstId: number): string {
  const random = mulberry32(seed)
  const lines = ['id,email,amount,plan,day,seq']
  for (let i = 0; i < rows; i++) {
    const id = random() < 0.01 ? Math.floor(random() * (firstId + i)) + 1 : firstId + i
    const email =
      random() < 0.01
        ? `user${Math.floor(random() * 50)}@example.com`
        : `user${firstId + i}@example.com`
    const amount = random() < 0.04 ? '' : (random() * 1000 - 100).toFixed(2)
    const plan = ['free', 'basic', 'pro', random() < 0.01 ? 'PRO' : 'enterprise'][
      Math.floor(random() * 4)
    ]!
    const day = `2026-${String(1 + Math.floor(random() * 11)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`
    const seq = random() < 0.005 ? 0 : firstId + i
    lines.push(`${id},${email},${amount},${plan},${day},${seq}`)
  }
  return `${lines.join('\n')}\n`
}

const CHECKS = `table:
  row_count: { min: 10 }
  unique: [plan, day, amount]
columns:
  id: { unique: true, not_null: true, type: integer, references: { file: ${'REFS'}, column: id } }
  email: { unique: true, regex: '[a-z0-9]+@example\\.com', length: { max: 24 } }
  amount: { between: { min: 0, max: 800 }, mean: { min: 0 }, median: { min: 0 }, quantile: [{ q: 0.9, max: 2000 }, { q: 0.1, min: -1000 }], stdev: { max: 1000 }, null_fraction: 0.1 }
  plan: { in_set: [free, basic, pro, enterprise], distinct_values: { in_set: [free, basic, pro, enterprise] }, most_common_value: [free] }
  day: { type: date, freshness: { max_age: 30d } }
  seq: { increasing: { strictly: true }, distinct_count: { min: 1 } }
`

function setup(
  name: string,
  parts: { rows: number; seed: number }[]
): { data: string[]; checksPath: string } {
  let firstId = 1
  const data: string[] = []
  parts.forEach((part, index) => {
    data.push(
      dir.file(
        `${name}/part-${String(index).padStart(2, '0')}.csv`,
        tableCsv(part.rows, part.seed, firstId)
      )
    )
    firstId += part.rows
  })
  const refs = dir.file(
    `${name}/refs.csv`,
    `id\n${Array.from({ length: firstId - 1 }, (_, i) => i + 1)
      .filter((id) => id % 97 !== 0)
      .join('\n')}\n`
  )
  const checksPath = dir.file(`${name}/checks.yml`, CHECKS.replace('REFS', refs))
  return { data, checksPath }
}

function request(
  data: string[],
  checksPath: string,
  extra: Partial<ValidateRequest> = {}
): ValidateRequest {
  return { data, checksPath, format: 'auto', failOn: 'error', threads: 1, now: NOW, ...extra }
}

/** Runs every shard, writes and reads back its partial (as the artifact would carry it), merges. */
async function shardedRun(
  data: string[],
  checksPath: string,
  count: number,
  options: { budget?: number; threads?: number } = {}
): Promise<ValidateOutcome> {
  const partials: SourcedPartial[] = []
  for (let index = 1; index <= count; index++) {
    const partial = await validateShard({
      ...request(data, checksPath, { threads: options.threads ?? 1 }),
      shard: { index, count },
      exactValueBudget: options.budget,
      minSplitBytes: 4096
    })
    const path = join(dir.path, `partial-${Math.random().toString(36).slice(2)}.json`)
    writePartialFile(path, partial)
    partials.push({ partial: readPartialFile(path), source: path })
  }
  return mergeValidate({ partials, checksPath, failOn: 'error', now: NOW })
}

/** Moments merge by Chan's formula: equal to one pass up to the last bits of a double. */
function comparable(outcome: ValidateOutcome): unknown {
  return {
    ...outcome.report,
    results: outcome.report.results.map((result) => ({
      ...result,
      observed:
        typeof result.observed === 'number' ? result.observed.toPrecision(12) : result.observed,
      message: result.message.replace(/\d+\.\d+/g, (x) => Number(x).toPrecision(6))
    })),
    profile: outcome.profile.columns.map((column) => ({
      ...column,
      mean: column.mean?.toPrecision(12),
      std: column.std?.toPrecision(12),
      sum: column.sum?.toPrecision(12),
      // Approximate top values (SpaceSaving, > 1000 distinct) depend on the order of merging and
      // carry error bounds: compared only by their exactness flag, as range-merge.test.ts does.
      top_values: column.top_values_exact ? column.top_values : 'approximate',
      state: {
        ...column.state,
        moments: undefined,
        tally: {
          ...column.state.tally,
          top: column.state.tally.top.exact ? column.state.tally.top : 'approximate'
        }
      }
    }))
  }
}

describe('merging shard partials gives the single-run report', () => {
  it.each([1, 2, 3, 5, 8])('%p shards over a list of 6 files of different sizes', async (count) => {
    const { data, checksPath } = setup(`files-${count}`, [
      { rows: 400, seed: 1 },
      { rows: 30, seed: 2 },
      { rows: 1200, seed: 3 },
      { rows: 0, seed: 4 },
      { rows: 700, seed: 5 },
      { rows: 90, seed: 6 }
    ])
    const single = await validateData(request(data, checksPath))
    const merged = await shardedRun(data, checksPath, count)
    expect(comparable(merged)).toEqual(comparable(single))
    // The data does fail checks across shard boundaries: the comparison is not vacuous.
    const failing = single.report.results
      .filter((result) => result.status === 'fail')
      .map((result) => result.id)
    expect(failing).toEqual(
      expect.arrayContaining([
        'columns.id.unique',
        'columns.email.unique',
        'columns.seq.increasing',
        'columns.amount.between',
        'columns.id.references'
      ])
    )
    expect(
      single.report.results.find((result) => result.id === 'columns.id.unique')!.unexpected_samples
        .length
    ).toBe(5)
  })

  it.each([2, 3, 4, 7])(
    '%p shards over byte ranges of one file (worker sub-ranges inside the shards)',
    async (count) => {
      const { data, checksPath } = setup(`bytes-${count}`, [{ rows: 5000, seed: 11 }])
      const single = await validateData(request(data, checksPath))
      const merged = await shardedRun(data, checksPath, count, { threads: 3 })
      expect(comparable(merged)).toEqual(comparable(single))
      expect(merged.report.data.rows).toBe(5000)
      const shardOne = await validateShard({
        ...request(data, checksPath, { threads: 3 }),
        shard: { index: 1, count },
        minSplitBytes: 4096
      })
      expect(shardOne.segments[0]!.ranges.length).toBe(3)
    }
  )

  it('deals whole JSON Lines and gzip files to shards and merges them in file order', async () => {
    const csv = tableCsv(600, 51, 1)
    const [header, ...rows] = csv.trim().split('\n')
    const names = header!.split(',')
    const jsonl = rows
      .slice(0, 300)
      .map((line) =>
        JSON.stringify(
          Object.fromEntries(
            line.split(',').map((value, i) => [names[i]!, value === '' ? null : value])
          )
        )
      )
      .join('\n')
    const data = [
      dir.file('mixed/a.jsonl', `${jsonl}\n`),
      dir.file('mixed/b.csv.gz', gzipSync(`${header}\n${rows.slice(300).join('\n')}\n`)),
      dir.file('mixed/c.csv', tableCsv(400, 52, 601))
    ]
    const checksPath = dir.file(
      'mixed/checks.yml',
      'columns:\n  id: { unique: true, not_null: true }\n  email: { unique: true }\n  seq: { increasing: true }\n  amount: { median: { min: 0 } }\n'
    )
    const single = await validateData(request(data, checksPath))
    for (const count of [2, 3, 5])
      expect(comparable(await shardedRun(data, checksPath, count))).toEqual(comparable(single))
  })

  it('sample texts of duplicates that span shards are read from the data at merge time, or marked', async () => {
    const { data, checksPath } = setup('texts', [{ rows: 3000, seed: 21 }])
    const single = await validateData(request(data, checksPath))
    const merged = await shardedRun(data, checksPath, 4)
    const samples = (outcome: ValidateOutcome): unknown =>
      outcome.report.results.find((result) => result.id === 'columns.email.unique')!
        .unexpected_samples
    expect(samples(merged)).toEqual(samples(single))
    // Without the data files, a text column's cross-shard sample says where the value is.
    const partials: SourcedPartial[] = []
    for (let index = 1; index <= 4; index++) {
      const partial = await validateShard({
        ...request(data, checksPath),
        shard: { index, count: 4 }
      })
      partial.data.files = partial.data.files.map((file) => ({
        ...file,
        path: `${file.path}.moved`
      }))
      partials.push({ partial, source: `p${index}` })
    }
    const blind = await mergeValidate({ partials, checksPath, failOn: 'error', now: NOW })
    const blindSamples = blind.report.results.find(
      (result) => result.id === 'columns.email.unique'
    )!.unexpected_samples
    const singleSamples = single.report.results.find(
      (result) => result.id === 'columns.email.unique'
    )!.unexpected_samples
    expect(blindSamples.map((sample) => sample.row)).toEqual(
      singleSamples.map((sample) => sample.row)
    )
    for (const [k, sample] of blindSamples.entries()) {
      expect([
        singleSamples[k]!.value,
        expect.stringMatching(/^\(value not available: row \d+ is in shard \d\/4/)
      ]).toContainEqual(sample.value)
    }
    // A numeric column shows the number itself.
    const idSamples = (outcome: ValidateOutcome): unknown =>
      outcome.report.results.find((result) => result.id === 'columns.id.unique')!.unexpected_samples
    expect(idSamples(blind)).toEqual(idSamples(single))
  })

  it('counts stay exact and quantiles stay within the DDSketch bound when shards fold values into sketches', async () => {
    const { data, checksPath } = setup('budget', [{ rows: 4000, seed: 31 }])
    const single = await validateData(request(data, checksPath))
    const merged = await shardedRun(data, checksPath, 3, { budget: 100 })
    for (const result of single.report.results) {
      const other = merged.report.results.find((candidate) => candidate.id === result.id)!
      expect(other.unexpected_count).toBe(result.unexpected_count)
      expect(other.unexpected_samples).toEqual(result.unexpected_samples)
      if (result.check === 'median' || result.check === 'quantile') {
        expect(result.exact).toBe(true)
        expect(other.exact).toBe(false)
        // DDSketch α = 0.005 relative to an order statistic next to the exact quantile.
        expect(
          Math.abs((other.observed as number) - (result.observed as number))
        ).toBeLessThanOrEqual(0.005 * Math.abs(result.observed as number) + 2)
      }
    }
    const amount = merged.profile.columns.find((column) => column.name === 'amount')!
    expect(amount.quantiles_exact).toBe(false)
  })
})

describe('the merge refuses incomplete or mixed sets', () => {
  it('names missing and duplicated shards, other checks files and other data', async () => {
    const { data, checksPath } = setup('sets', [
      { rows: 100, seed: 41 },
      { rows: 100, seed: 42 },
      { rows: 100, seed: 43 }
    ])
    const shard = async (index: number, count: number): Promise<SourcedPartial> => ({
      partial: await validateShard({ ...request(data, checksPath), shard: { index, count } }),
      source: `part-${index}-of-${count}.json`
    })
    const merge = (partials: SourcedPartial[], checks = checksPath): Promise<unknown> =>
      mergeValidate({ partials, checksPath: checks, failOn: 'error', now: NOW })
    const [one, two, three] = [await shard(1, 3), await shard(2, 3), await shard(3, 3)]
    await expect(merge([one, three])).rejects.toThrow(
      new UsageError(
        'The shard set is incomplete: missing shard 2/3 (got 2 of 3); did a matrix job fail or not upload its partial?'
      )
    )
    await expect(merge([one, two, two, three])).rejects.toThrow(
      /shard 2\/3 is in both part-2-of-3\.json and part-2-of-3\.json/
    )
    await expect(merge([one, two, await shard(2, 4)])).rejects.toThrow(
      /shard 2\/4 but part-1-of-3\.json is shard 1\/3/
    )
    const otherChecks = dir.file('sets/other.yml', 'columns:\n  id: { not_null: true }\n')
    await expect(merge([one, two, three], otherChecks)).rejects.toThrow(InputError)
    await expect(merge([one, two, three], otherChecks)).rejects.toThrow(
      /made with a different checks file/
    )
    const changed = {
      partial: {
        ...three.partial,
        data: {
          ...three.partial.data,
          files: three.partial.data.files.map((file, i) =>
            i === 2 ? { ...file, bytes: file.bytes + 1 } : file
          )
        }
      },
      source: 'changed.json'
    }
    await expect(merge([one, two, changed])).rejects.toThrow(
      /different data than part-1-of-3\.json: .*was it changed between the shard jobs/
    )
    await expect(merge([])).rejects.toThrow(UsageError)
  })

  it('a shard that starts inside a quoted field spanning lines fails with a hint', async () => {
    const header = 'id,note\n'
    const note = `"${'line\n'.repeat(4000)}end"`
    const path = dir.file('quoted/one.csv', `${header}1,${note}\n2,plain\n3,${note}\n4,plain\n`)
    const checksPath = dir.file('quoted/checks.yml', 'columns:\n  id: { not_null: true }\n')
    const partials: SourcedPartial[] = []
    const problems: unknown[] = []
    for (let index = 1; index <= 3; index++) {
      try {
        partials.push({
          partial: await validateShard({
            ...request([path], checksPath),
            shard: { index, count: 3 }
          }),
          source: `q${index}`
        })
      } catch (error) {
        problems.push(error)
      }
    }
    // Shards 2 and 3 start inside the notes: their rows have one field, the header two.
    expect(problems).toHaveLength(2)
    expect(String(problems[0])).toMatch(
      /in shard 2\/3, line 1 counted from byte \d+ .*shard by files instead/s
    )
    expect(partials.map((entry) => entry.partial.shard.index)).toEqual([1])
  })
})
