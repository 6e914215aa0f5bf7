import { describe, expect, it } from '@jest/globals'
import { InputError, UsageError } from '../../../shared/errors.js'
import { splitTrainValidation } from '../../../shared/learn/validation-split.js'

describe('splitTrainValidation', () => {
  it('holds out ceil(fraction·n) rows, the same ones for the same seed', () => {
    const a = splitTrainValidation(101, 0.2, 7, 'y')
    const b = splitTrainValidation(101, 0.2, 7, 'y')
    const c = splitTrainValidation(101, 0.2, 8, 'y')
    expect(a.validation).toHaveLength(21)
    expect(a.train).toHaveLength(80)
    expect(Array.from(a.validation)).toEqual(Array.from(b.validation))
    expect(Array.from(a.validation)).not.toEqual(Array.from(c.validation))
    const all = [...a.train, ...a.validation].sort((x, y) => x - y)
    expect(all).toEqual(Array.from({ length: 101 }, (_, i) => i))
    expect(Array.from(a.train)).toEqual([...a.train].sort((x, y) => x - y))
  })

  it('stratifies classes in proportion', () => {
    // 900 of class 0, 100 of class 1.
    const codes = Float64Array.from({ length: 1000 }, (_, i) => (i % 10 === 3 ? 1 : 0))
    const split = splitTrainValidation(1000, 0.2, 1, 'y', codes)
    const positives = Array.from(split.validation).filter((i) => codes[i] === 1).length
    expect(split.validation).toHaveLength(200)
    expect(positives).toBe(20)
  })

  it('allocates the leftover rows by largest remainder', () => {
    // Classes of 7, 7 and 6 rows at 25%: floors 1, 1, 1 (3 of ceil(5) = 5); remainders .75, .75, .5.
    const codes = Float64Array.from(
      [0, 1, 2].flatMap((c) => new Array<number>(c === 2 ? 6 : 7).fill(c))
    )
    const split = splitTrainValidation(20, 0.25, 3, 'y', codes)
    const perClass = [0, 1, 2].map(
      (c) => Array.from(split.validation).filter((i) => codes[i] === c).length
    )
    expect(perClass).toEqual([2, 2, 1])
  })

  it('returns every row for training at fraction 0', () => {
    const split = splitTrainValidation(5, 0, 0, 'y')
    expect(split.validation).toHaveLength(0)
    expect(split.train).toHaveLength(5)
  })

  it('refuses too few rows, a one-row class and a bad fraction', () => {
    expect(() => splitTrainValidation(9, 0.2, 0, 'label')).toThrow(InputError)
    expect(() => splitTrainValidation(9, 0.2, 0, 'label')).toThrow(/"label".*only 9 rows/)
    const codes = Float64Array.from({ length: 30 }, (_, i) => (i === 0 ? 1 : 0))
    expect(() => splitTrainValidation(30, 0.2, 0, 'label', codes, ['no', 'yes'])).toThrow(
      /class "yes" has a single row/
    )
    expect(() => splitTrainValidation(30, 1, 0, 'label')).toThrow(UsageError)
    expect(() => splitTrainValidation(30, -0.1, 0, 'label')).toThrow(UsageError)
    expect(() => splitTrainValidation(10, 0.9, 0, 'label')).toThrow(/leaves 1 of 10 rows/)
  })
})
