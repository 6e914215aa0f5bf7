import { afterAll, describe, expect, it } from '@jest/globals'
import { copyFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { writePartialFile } from '../../../shared/adapters/shard-partial-file.js'
import type { DriftReport } from '../../../shared/drift-report/drift-report.js'
import { driftCheck } from '../../../shared/operations/drift-check.js'
import { resolveDriftSettings } from '../../../shared/operations/drift-settings.js'
import {
  mergeDriftShards,
  mergedCurrentSide,
  readDriftPartialFiles,
  scanDriftShard
} from '../../../shared/operations/shard-drift.js'
import { hashString53 } from '../../../shared/sketch/hash-bytes.js'
import { mulberry32 } from '../../../shared/stats/random.js'
import { fixturePath } from '../../helpers/paths.js'
import { makeTempDir } from '../../helpers/temp-dir.js'

/**
 * drift-check over sharded current data: the report of a merge equals the report of one run over
 * all the current data. Statistics are identical whenever the value tables are exact (numeric
 * columns: every number kept; categorical columns: at most 1000 distinct values). Beyond 1000
 * distinct values both runs compare SpaceSaving summaries, which a merge does not reproduce
 * bit for bit: there the merged counts are checked against the summary's guarantee instead.
 */

const dir = makeTempDir('tollgate-drift-shards-')
afterAll(() => dir.remove())

const NOW = Date.parse('2026-11-24T12:00:00Z')
const noStore = (): Promise<never> => Promise.reject(new Error('no store in this test'))
const settings = () =>
  resolveDriftSettings({ columnMethods: [], columns: [], ignore: [] }, undefined)

/** Writes the partials of `count` shards over `data` into `folder`; returns their paths. */
async function shardPartials(
  data: string[],
  count: number,
  folder: string,
  exactValueBudget?: number
): Promise<string[]> {
  const paths: string[] = []
  for (let index = 1; index <= count; index++) {
    const partial = await scanDriftShard({
      data,
      format: 'auto',
      threads: 1,
      now: NOW,
      shard: { index, count },
      ...(exactValueBudget === undefined ? {} : { exactValueBudget })
    })
    const path = join(dir.path, folder, `part-${index}.json`)
    writePartialFile(path, partial)
    paths.push(path)
  }
  return paths
}

async function singleRun(reference: string, current: string[]): Promise<DriftReport> {
  return driftCheck({
    reference,
    current,
    format: 'auto',
    settings: settings(),
    threads: 1,
    now: NOW,
    openStore: noStore
  })
}

async function mergedRun(reference: string, partialPaths: string[]): Promise<DriftReport> {
  const merged = mergeDriftShards(readDriftPartialFiles(partialPaths))
  return driftCheck({
    reference,
    current: [],
    currentSide: mergedCurrentSide(merged),
    format: 'auto',
    settings: settings(),
    threads: 1,
    now: NOW,
    openStore: noStore
  })
}

/** The report without the current side's source, which names the shards instead of the patterns. */
function comparable(report: DriftReport): unknown {
  return { ...report, current: { ...report.current, source: '(source)' } }
}

describe('drift-check on the merged shards of the current data', () => {
  const reference = fixturePath('drift-check', 'small-reference.csv')
  const current = fixturePath('drift-check', 'small-current.csv')

  it.each([1, 2, 3, 7])(
    '%p byte-range shards of one file give the single-run report, statistics identical',
    async (count) => {
      const single = await singleRun(reference, [current])
      const merged = await mergedRun(
        reference,
        await shardPartials([current], count, `one-${count}`)
      )
      // The fixture covers every kind of column: numeric (KS), categorical, free text, dates,
      // a type change, an all-null column and a new column.
      expect(new Set(single.columns.map((column) => column.status))).toEqual(
        new Set(['tested', 'skipped', 'schema', 'error'])
      )
      expect(comparable(merged)).toEqual(comparable(single))
      expect(merged.current.source).toBe(
        `${current} (merged from ${count} shard${count === 1 ? '' : 's'})`
      )
    }
  )

  it('shards over several files give the single-run report', async () => {
    const files = [0, 1, 2].map((part) =>
      dir.file(`files/current-${part}.csv`, readFileSync(current))
    )
    const single = await singleRun(reference, files)
    const merged = await mergedRun(reference, await shardPartials(files, 4, 'files-4'))
    expect(comparable(merged)).toEqual(comparable(single))
    expect(merged.current.rows).toBe(3 * (await singleRun(reference, [current])).current.rows)
  })

  it('names a missing or a twice-given shard', async () => {
    const paths = await shardPartials([current], 3, 'gaps')
    expect(() => mergeDriftShards(readDriftPartialFiles([paths[0]!, paths[2]!]))).toThrow(
      /The shard set is incomplete: missing shard 2\/3 \(got 2 of 3\)/
    )
    const copy = join(dir.path, 'gaps', 'copy-of-part-1.json')
    copyFileSync(paths[0]!, copy)
    expect(() => mergeDriftShards(readDriftPartialFiles([...paths, copy]))).toThrow(
      /Each shard must be merged exactly once: shard 1\/3 is in both .*part-1\.json and .*copy-of-part-1\.json/
    )
    expect(() => readDriftPartialFiles([join(dir.path, 'gaps', 'none-*.json')])).toThrow(
      /the pattern matches no files/
    )
  })

  it('a column whose numbers a shard could not keep is reported as not testable, not guessed', async () => {
    // A budget of 100 numbers per shard folds the larger columns into their quantile sketches.
    const paths = await shardPartials([current], 2, 'budget', 100)
    const partials = readDriftPartialFiles(paths)
    expect(mergeDriftShards(partials).exactValuesKept).toBe(false)
    const merged = await mergedRun(reference, paths)
    const single = await singleRun(reference, [current])
    const age = merged.columns.find((column) => column.column === 'age')!
    expect(age).toMatchObject({ status: 'error', drifted: false })
    expect(age.message).toMatch(/more numbers than drift-check keeps exactly/)
    // Categorical columns do not depend on the number budget.
    const segment = (report: DriftReport) =>
      report.columns.find((column) => column.column === 'segment')
    expect(segment(merged)).toEqual(segment(single))
  })
})

describe('a categorical column with more than 1000 distinct values', () => {
  /** 20,000 rows with 3000 codes, a few of them frequent (Zipf-like), plus a numeric column. */
  function table(seed: number, rows: number): string {
    const random = mulberry32(seed)
    const lines = ['code,amount']
    for (let i = 0; i < rows; i++) {
      const code = Math.floor(3000 * random() ** 3)
      lines.push(`C${code},${(random() * 1000).toFixed(2)}`)
    }
    return `${lines.join('\n')}\n`
  }
  const reference = dir.file('wide/reference.csv', table(11, 20_000))
  const currentText = table(12, 20_000)
  const current = dir.file('wide/current.csv', currentText)

  it('merges within the SpaceSaving bound; the numeric column stays identical', async () => {
    const paths = await shardPartials([current], 4, 'wide-4')
    const merged = mergeDriftShards(readDriftPartialFiles(paths))
    const code = merged.scan.columns.find((column) => column.name === 'code')!
    const top = code.tally.top
    expect(top.exact).toBe(false)

    // The guarantee of top-values.ts, kept through merges: a listed value's true count lies in
    // [count − error, count], and a value not listed occurs at most unlistedBound ≤ n / k times.
    const truth = new Map<number, number>()
    for (const line of currentText.trimEnd().split('\n').slice(1)) {
      const key = hashString53(line.split(',')[0]!)
      truth.set(key, (truth.get(key) ?? 0) + 1)
    }
    expect(top.total).toBe(20_000)
    expect(top.unlistedBound).toBeLessThanOrEqual(20_000 / top.counters)
    const listed = new Set<number>()
    for (const [hash, count, error] of top.items) {
      listed.add(hash)
      const actual = truth.get(hash) ?? 0
      expect(actual).toBeLessThanOrEqual(count)
      expect(actual).toBeGreaterThanOrEqual(count - error)
    }
    for (const [hash, count] of truth)
      if (!listed.has(hash)) expect(count).toBeLessThanOrEqual(top.unlistedBound)

    const single = await singleRun(reference, [current])
    const report = await mergedRun(reference, paths)
    const column = (entry: DriftReport, name: string) =>
      entry.columns.find((candidate) => candidate.column === name)!
    expect(column(report, 'amount')).toEqual(column(single, 'amount'))
    // Both runs test the code column on their summaries, and say so.
    for (const entry of [report, single]) {
      expect(column(entry, 'code').status).toBe('tested')
      expect(column(entry, 'code').message).toMatch(/more than 1000 distinct values/)
    }
  })
})
