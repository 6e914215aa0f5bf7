import { describe, expect, it } from '@jest/globals'
import { lastParsedNumber, parseNumberBytes } from '../../../shared/data/parse-number.js'
import { parseDatetimeBytes, parseDuration } from '../../../shared/data/parse-datetime.js'
import { mulberry32 } from '../../../shared/stats/random.js'

const encoder = new TextEncoder()
const number = (text: string): number => {
  const bytes = encoder.encode(text)
  return parseNumberBytes(bytes, 0, bytes.length)
}
const epoch = (text: string): number => {
  const bytes = encoder.encode(text)
  return parseDatetimeBytes(bytes, 0, bytes.length)
}

describe('parseNumberBytes', () => {
  it.each([
    '0',
    '-0',
    '42',
    '-17',
    '3.14159',
    '.5',
    '5.',
    '1e10',
    '-2.5E-3',
    '+7',
    '123456789012345678901234',
    '0.1',
    '9007199254740993',
    '1e-400',
    '1e400',
    ' 12 '
  ])('equals parseFloat for %p', (text) => {
    expect(Object.is(number(text), parseFloat(text))).toBe(true)
  })

  it.each(['', '-', 'abc', '1,000', '0x1F', 'NaN', 'inf', '1e', '1.2.3', '--1', '12abc', '.'])(
    'rejects %p',
    (text) => {
      expect(number(text)).toBeNaN()
    }
  )

  it('flags integer literals', () => {
    number('42')
    expect(lastParsedNumber.integerLiteral).toBe(true)
    number('42.0')
    expect(lastParsedNumber.integerLiteral).toBe(false)
  })

  it('is bit-identical to parseFloat on random decimals', () => {
    const random = mulberry32(3)
    for (let i = 0; i < 20000; i++) {
      const digits = 1 + Math.floor(random() * 18)
      const value = (random() - 0.5) * 10 ** Math.floor(random() * 30 - 10)
      const text = value.toPrecision(digits)
      expect(Object.is(number(text), parseFloat(text))).toBe(true)
    }
  })
})

describe('parseDatetimeBytes', () => {
  it.each([
    ['2026-11-24', Date.UTC(2026, 10, 24)],
    ['2024-02-29', Date.UTC(2024, 1, 29)],
    ['2026-11-24T10:20:30Z', Date.UTC(2026, 10, 24, 10, 20, 30)],
    ['2026-11-24 10:20', Date.UTC(2026, 10, 24, 10, 20)],
    ['2026-11-24T10:20:30.125+02:00', Date.UTC(2026, 10, 24, 8, 20, 30, 125)],
    ['2026-11-24T10:20:30-0530', Date.UTC(2026, 10, 24, 15, 50, 30)],
    ['0001-01-01', -62135596800000],
    ['0099-12-31T23:59:59Z', -59011459201000],
    ['0000-02-29', -62162121600000]
  ])('parses %p', (text, expected) => {
    expect(epoch(text)).toBe(expected)
  })

  it.each([
    '2026-02-30',
    '2025-02-29',
    '2026-13-01',
    '2026-11-24T24:00',
    '2026-11-24T10:61',
    '26-11-24',
    '2026-11-24T10:20:30Q',
    '2026/11/24'
  ])('rejects %p (Date.parse would roll some of these over)', (text) => {
    expect(epoch(text)).toBeNaN()
  })
})

describe('parseDuration', () => {
  it.each([
    ['2d', 172800000],
    ['90s', 90000],
    ['1d12h', 129600000],
    ['15m', 900000],
    ['1w', 604800000]
  ])('%p', (text, ms) => {
    expect(parseDuration(text)).toBe(ms)
  })
  it.each(['', '2', 'two days', '2x'])('rejects %p', (text) => {
    expect(parseDuration(text)).toBeNaN()
  })
})
