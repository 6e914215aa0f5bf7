import { afterAll, describe, expect, it } from '@jest/globals'
import { loadChecks } from '../../../shared/checks/checks-loader.js'
import { evaluateChecks } from '../../../shared/checks/evaluate-checks.js'
import { readCsvHeader, scanCsvFile } from '../../../shared/adapters/csv-source.js'
import { detectFormat, type DataFile } from '../../../shared/adapters/data-files.js'
import {
  runRangeOnThisThread,
  scanCsvInRanges
} from '../../../shared/adapters/parallel-csv-scan.js'
import { buildProfile } from '../../../shared/profile/data-profile.js'
import { buildScanPlan } from '../../../shared/scan/scan-plan.js'
import { mergePartials } from '../../../shared/scan/merge-partials.js'
import { mulberry32 } from '../../../shared/stats/random.js'
import { makeTempDir } from '../../helpers/temp-dir.js'

const dir = makeTempDir()
afterAll(() => {
  dir.remove()
})

/** A table with quoted fields holding commas, CRLFs and line feeds, so many cuts land inside quotes. */
function adversarialCsv(rows: number, seed: number): string {
  const random = mulberry32(seed)
  const lines = ['id,amount,note,day']
  for (let i = 0; i < rows; i++) {
    const id = random() < 0.02 ? Math.floor(random() * i) : i
    const amount = random() < 0.05 ? '' : (random() * 1000 - 200).toFixed(2)
    const note =
      random() < 0.3
        ? `"line one\nline, two ""quoted""\r\nend ${i}"`
        : random() < 0.5
          ? `plain ${i % 7}`
          : `"${'x'.repeat(Math.floor(random() * 30))}"`
    const day = `2026-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`
    lines.push(`${id},${amount},${note},${day}`)
  }
  return `${lines.join('\r\n')}\r\n`
}

const CHECKS = `table:
  unique: [id, day]
columns:
  id: { unique: true, increasing: true, not_null: true }
  amount: { between: { min: 0, max: 700 }, mean: { min: 0 }, quantile: { q: 0.5, min: -1000 } }
  note: { regex: { pattern: 'plain', search: true }, length: { max: 25 } }
  day: { type: date, decreasing: true }
`

describe('scanning in byte ranges equals one serial scan', () => {
  it.each([2, 3, 5, 8, 13])(
    'with %p ranges (guesses inside quotes are detected and re-scanned)',
    async (ranges) => {
      const path = dir.file(`table-${ranges}.csv`, adversarialCsv(3000, ranges))
      const { size } = await import('node:fs').then((fs) => fs.statSync(path))
      const file: DataFile = { path, openPath: path, bytes: size, ...detectFormat(path, 'auto') }
      const config = loadChecks(CHECKS, 'checks.yml')
      const header = await readCsvHeader(file, 44)
      const plan = buildScanPlan(config, header.header, {})
      const serialParts = [{ partial: await scanCsvFile(file, plan, 44, header, 0), rowsBefore: 0 }]
      const rangedParts = await scanCsvInRanges(
        file,
        plan,
        44,
        header,
        0,
        ranges,
        runRangeOnThisThread
      )
      expect(rangedParts.length).toBeGreaterThan(1)
      const serial = mergePartials(serialParts, plan.sampleLimit)
      const ranged = mergePartials(rangedParts, plan.sampleLimit)
      const context = { now: 0 }
      // Moments merge by Chan's formula: equal to a serial pass up to the last bits of a double.
      const rounded = (results: ReturnType<typeof evaluateChecks>): unknown =>
        results.map((result) => ({
          ...result,
          observed:
            typeof result.observed === 'number' ? result.observed.toPrecision(12) : result.observed
        }))
      expect(rounded(evaluateChecks(config, header.header, ranged, context))).toEqual(
        rounded(evaluateChecks(config, header.header, serial, context))
      )
      // Approximate top values (SpaceSaving, > 1000 distinct) depend on the order of merging; they
      // carry error bounds and are compared only by their exactness flag.
      const strip = (profile: ReturnType<typeof buildProfile>): unknown =>
        profile.columns.map((column) => ({
          ...column,
          mean: column.mean?.toPrecision(12),
          std: column.std?.toPrecision(12),
          sum: column.sum?.toPrecision(12),
          top_values: column.top_values_exact ? column.top_values : 'approximate',
          state: undefined
        }))
      expect(strip(buildProfile(ranged, [], ''))).toEqual(strip(buildProfile(serial, [], '')))
      expect(ranged.rows).toBe(3000)
    }
  )
})
