/**
 * The text a value of a typed format (JSON Lines, Parquet) has in a CSV file, so checks and samples
 * treat it as they treat a CSV field: strings as they are, numbers and booleans as JavaScript
 * writes them, bigints in full, dates as ISO 8601 in UTC, nested values as JSON (bigints inside as
 * their digits), and '' (missing) for null and undefined.
 */
export function typedValueText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'object') return JSON.stringify(value, bigintAsText)
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value)
  return ''
}

function bigintAsText(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value
}
