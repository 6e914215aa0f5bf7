import { expect } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { fixturePath } from '../../helpers/paths.js'

/** Parses test/fixtures/spc/<name>. */
export function loadSpcFixture<T>(name: string): T {
  return JSON.parse(readFileSync(fixturePath('spc', name), 'utf8')) as T
}

/**
 * Asserts that `actual` rounds to a number qcc printed with `significant` significant digits (R's
 * default 7): |actual − printed| ≤ half a unit in the 7th significant digit of the printed value.
 */
export function expectPrinted(actual: number | null | undefined, printed: number, significant = 7) {
  expect(typeof actual).toBe('number')
  const value = actual as number
  if (printed === 0) {
    expect(Math.abs(value)).toBeLessThan(1e-12)
    return
  }
  const unit = 10 ** (Math.floor(Math.log10(Math.abs(printed))) - (significant - 1))
  expect(Math.abs(value - printed)).toBeLessThanOrEqual(unit / 2 + 1e-15 * Math.abs(printed))
}

/** Asserts |actual − expected| ≤ tolerance (absolute). */
export function expectNear(actual: number | null | undefined, expected: number, tolerance: number) {
  expect(typeof actual).toBe('number')
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(tolerance)
}
