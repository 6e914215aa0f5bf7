import { describe, expect, it } from '@jest/globals'
import { groupedInteger } from '../../../shared/text/grouped-integer.js'

describe('groupedInteger', () => {
  it('writes what toLocaleString("en-US") writes', () => {
    const values = [0, 1, -1, 12, 999, 1000, -1000, 1234, 99999, 100000, 1234567, -987654321]
    values.push(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2.5, NaN, Infinity, 1e21)
    for (let digits = 1; digits <= 15; digits++) values.push(Number('9'.repeat(digits)))
    for (const value of values) expect(groupedInteger(value)).toBe(value.toLocaleString('en-US'))
  })
})
