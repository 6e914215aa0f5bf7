import { describe, expect, it } from '@jest/globals'
import { typedValueText } from '../../../shared/data/typed-value-text.js'

describe('typedValueText: a typed value as a CSV field would hold it', () => {
  it.each([
    ['a string', 'Zürich, CH', 'Zürich, CH'],
    ['an empty string', '', ''],
    ['null', null, ''],
    ['undefined', undefined, ''],
    ['an integer', 42, '42'],
    ['a float', 0.1, '0.1'],
    ['a boolean', false, 'false'],
    ['a bigint', 12345678901234567890n, '12345678901234567890'],
    ['a date', new Date(Date.UTC(2026, 1, 3, 4, 5, 6, 7)), '2026-02-03T04:05:06.007Z'],
    ['a list', [1, 'x', null], '[1,"x",null]'],
    [
      'a struct with a bigint',
      { id: 9007199254740993n, ok: true },
      '{"id":"9007199254740993","ok":true}'
    ]
  ])('%s', (_, value, text) => {
    expect(typedValueText(value)).toBe(text)
  })
})
