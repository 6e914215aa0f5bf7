import { afterAll, describe, expect, it } from '@jest/globals'
import { resolveDataFiles } from '../../../shared/adapters/data-files.js'
import { readTableHeader, scanTable } from '../../../shared/adapters/table-scan.js'
import { mergePartials, type ScanResult } from '../../../shared/scan/merge-partials.js'
import { buildScanPlan } from '../../../shared/scan/scan-plan.js'
import {
  DRIFT_SHARD_EXACT_VALUES,
  mergeDriftShards,
  scanDriftShard
} from '../../../shared/operations/shard-drift.js'
import { encodePartialJson } from '../../../shared/shard/partial-json.js'
import {
  readValidatePartial,
  DRIFT_PARTIAL_FORMAT
} from '../../../shared/shard/validate-partial.js'
import { mulberry32 } from '../../../shared/stats/random.js'
import { makeTempDir } from '../../helpers/temp-dir.js'

const dir = makeTempDir()
afterAll(() => {
  dir.remove()
})

function currentCsv(rows: number, seed: number): string {
  const random = mulberry32(seed)
  const lines = ['score,country,age']
  for (let i = 0; i < rows; i++) {
    lines.push(
      `${(random() * 100).toFixed(3)},${['US', 'DE', 'FR', 'JP'][Math.floor(random() ** 2 * 4)]},${random() < 0.05 ? '' : 18 + Math.floor(random() * 60)}`
    )
  }
  return `${lines.join('\n')}\n`
}

/** What drift-check reads from the current data: sorted numbers, nulls, exact value counts. */
function driftView(scan: ScanResult): unknown {
  return {
    rows: scan.rows,
    columns: scan.columns.map((column) => ({
      name: column.name,
      nulls: column.nulls,
      values: column.values,
      types: column.types,
      sorted: column.sortedNumbers === undefined ? undefined : [...column.sortedNumbers],
      // Approximate value tables (> 1000 distinct) depend on the merge order; exact ones must match.
      top: column.tally.top.exact ? column.tally.top : 'approximate',
      hll: column.tally.hll
    }))
  }
}

describe("drift-check's current data in shards", () => {
  it.each([1, 2, 3, 6])('%p shards merge to the single scan of the current data', async (count) => {
    const data = [
      dir.file(`cur-${count}/a.csv`, currentCsv(1500, 1)),
      dir.file(`cur-${count}/b.csv`, currentCsv(800, 2))
    ]
    const files = resolveDataFiles(data, 'auto')
    const input = { files, threads: 1 }
    const header = await readTableHeader(input)
    const plan = buildScanPlan(
      { file: '', nullValues: [], tableChecks: [], columns: [] },
      header.header,
      {},
      { exactValueBudget: DRIFT_SHARD_EXACT_VALUES, sampleLimit: 0 }
    )
    const single = mergePartials(await scanTable(input, header, plan), 0)
    const partials = []
    for (let index = 1; index <= count; index++) {
      const partial = await scanDriftShard({
        data,
        format: 'auto',
        threads: 1,
        now: 0,
        shard: { index, count }
      })
      partials.push({
        partial: readValidatePartial(encodePartialJson(partial), `p${index}`, DRIFT_PARTIAL_FORMAT),
        source: `p${index}`
      })
    }
    const merged = mergeDriftShards(partials)
    expect(merged.exactValuesKept).toBe(true)
    expect(merged.header).toEqual(['score', 'country', 'age'])
    expect(driftView(merged.scan)).toEqual(driftView(single))
  })

  it('a drift partial is not a validate-data partial', async () => {
    const data = [dir.file('kinds/a.csv', currentCsv(50, 3))]
    const partial = await scanDriftShard({
      data,
      format: 'auto',
      threads: 1,
      now: 0,
      shard: { index: 1, count: 1 }
    })
    expect(() => readValidatePartial(encodePartialJson(partial), 'drift.json')).toThrow(
      /not a validate-data shard partial/
    )
  })
})
