/**
 * An integer with thousands separators, as `toLocaleString('en-US')` writes it (1234567 →
 * "1,234,567"). Written by hand because the first toLocaleString call of a process loads ICU's
 * number formatting, about 30 ms of a small step's start-up. Non-integers and non-finite values
 * (never expected here) go to toLocaleString.
 */
export function groupedInteger(value: number): string {
  if (!Number.isSafeInteger(value)) return value.toLocaleString('en-US')
  const digits = String(Math.abs(value))
  let grouped = ''
  for (let end = digits.length; end > 0; end -= 3) {
    const part = digits.slice(Math.max(0, end - 3), end)
    grouped = grouped === '' ? part : `${part},${grouped}`
  }
  return value < 0 ? `-${grouped}` : grouped
}
