/**
 * Numbers as people read them in report tables: counts with thousands separators, measurements
 * with a few significant digits. The JSON reports keep full precision; this is display only.
 */

/** Integers grouped (12,345), others with `significant` digits; tiny values in exponent form. */
export function displayNumber(value: number | null | undefined, significant = 4): string {
  if (value === null || value === undefined) return '—'
  if (Number.isNaN(value)) return 'NaN'
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞'
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return groupDigits(value)
  if (value !== 0 && Math.abs(value) < 1e-4) return value.toExponential(significant - 1)
  if (Math.abs(value) >= 1e15) return value.toExponential(significant - 1)
  const rounded = Number(value.toPrecision(significant))
  return Number.isInteger(rounded) ? groupDigits(rounded) : String(rounded)
}

/** A share (0.1234) as a percentage ("12.34%"). */
export function displayPercent(share: number | null | undefined, significant = 3): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '—'
  return `${displayNumber(share * 100, significant)}%`
}

/** 1234567 → "1,234,567" without depending on the runtime's locale data. */
function groupDigits(value: number): string {
  const sign = value < 0 ? '-' : ''
  const digits = String(Math.abs(value))
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}
