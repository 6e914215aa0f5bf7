import type { ChecksConfig } from '../checks/check-types.js'
import { InputError } from '../errors.js'
import { DEFAULT_EXACT_VALUE_BUDGET, type ScanPlan } from '../scan/scan-plan.js'
import { closestName } from '../text/closest-name.js'
import { resolveDataFiles, type DataFormat } from './data-files.js'
import { readTableHeader, scanTable } from './table-scan.js'

/**
 * Keys of the columns that `references` checks point at (referential integrity): the other file
 * is scanned once per distinct (file, column) and its non-null keys collected.
 */
export async function readReferenceKeys(
  checks: ChecksConfig,
  options: { delimiter?: string; cwd?: string; format: DataFormat | 'auto' }
): Promise<Record<string, Float64Array>> {
  const keys: Record<string, Float64Array> = {}
  const cache = new Map<string, Float64Array>()
  for (const column of checks.columns) {
    for (const check of column.valueChecks) {
      if (check.check !== 'references') continue
      const cacheKey = `${check.file}\u0000${check.column}`
      let found = cache.get(cacheKey)
      if (found === undefined) {
        const files = resolveDataFiles([check.file], 'auto', options.cwd)
        const input = { files, delimiter: options.delimiter, threads: 1 }
        const header = await readTableHeader(input)
        const index = header.header.indexOf(check.column)
        if (index < 0) {
          const suggestion = closestName(check.column, header.header)
          throw new InputError(
            check.location,
            `the referenced column "${check.column}" is not in ${check.file} (columns: ${header.header.join(', ')})${suggestion === undefined ? '' : `; did you mean "${suggestion}"?`}`
          )
        }
        const plan: ScanPlan = {
          header: header.header,
          nullValues: checks.nullValues,
          columns: header.header.map((name, position) => ({
            name,
            index: position,
            valueChecks: [],
            keepKeys: position === index,
            referenceKeys: {}
          })),
          compoundKeys: [],
          exactValueBudget: Math.min(DEFAULT_EXACT_VALUE_BUDGET, 1_000_000),
          sampleLimit: 0
        }
        const parts = await scanTable(input, header, plan)
        const all = parts.flatMap((part) =>
          [...part.partial.columns[index]!.uniqueKeys!].filter((key) => key === key)
        )
        found = Float64Array.from(all)
        cache.set(cacheKey, found)
      }
      keys[check.id] = found
    }
  }
  return keys
}
