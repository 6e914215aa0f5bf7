import type { ScanResult } from '../scan/merge-partials.js'
import type { ScanPlan } from '../scan/scan-plan.js'
import { pickRows } from './row-picker.js'
import type { TableHeader, TableInput } from './table-scan.js'

/**
 * The texts of the sample rows of uniqueness checks (single column and compound), read in one
 * extra pass only when some check found duplicates. Returns check id → row → text.
 */
export async function resolveSampleTexts(
  input: TableInput,
  header: TableHeader,
  plan: ScanPlan,
  scan: ScanResult
): Promise<Map<string, Map<number, string>>> {
  const wanted: { checkId: string; row: number; columns: number[] }[] = []
  for (const column of plan.columns) {
    const unique = scan.columns[column.index]?.duplicates.unique
    const check = column.valueChecks.find((candidate) => candidate.check === 'unique')
    if (unique === undefined || check === undefined) continue
    for (const sample of unique.samples)
      wanted.push({ checkId: check.id, row: sample.row, columns: [column.index] })
  }
  for (const key of plan.compoundKeys) {
    for (const sample of scan.compound[key.checkId]?.samples ?? [])
      wanted.push({ checkId: key.checkId, row: sample.row, columns: key.columnIndexes })
  }
  const texts = new Map<string, Map<number, string>>()
  if (wanted.length === 0) return texts
  const rows = await pickRows(input, header, new Set(wanted.map((entry) => entry.row)))
  for (const entry of wanted) {
    const values = rows.get(entry.row)!
    const text =
      entry.columns.length === 1
        ? values[entry.columns[0]!]!
        : `(${entry.columns.map((index) => values[index]!).join(', ')})`
    if (!texts.has(entry.checkId)) texts.set(entry.checkId, new Map())
    texts.get(entry.checkId)!.set(entry.row, text)
  }
  return texts
}
