import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../shared/errors.js'
import { columnFromText } from '../../../shared/learn/column-from-text.js'

describe('columnFromText', () => {
  it('infers numeric columns, with pandas-style missing tokens as NaN', () => {
    const column = columnFromText('age', ['1', ' 2.5 ', '', 'NA', '-3e2', null])
    expect(column.kind).toBe('numeric')
    expect(Array.from(column.values as Float64Array)).toEqual([1, 2.5, NaN, NaN, -300, NaN])
  })

  it('infers categorical columns when any cell is not a number', () => {
    const column = columnFromText('city', ['Oslo', '2', 'N/A'])
    expect(column).toEqual({ name: 'city', kind: 'categorical', values: ['Oslo', '2', null] })
  })

  it('treats an all-missing column as categorical unless told otherwise', () => {
    expect(columnFromText('x', ['', 'NA']).kind).toBe('categorical')
    expect(columnFromText('x', ['', 'NA'], 'numeric').kind).toBe('numeric')
  })

  it('rejects a non-number in a declared numeric column, naming column and row', () => {
    expect(() => columnFromText('income', ['10', '1,5', '3'], 'numeric')).toThrow(InputError)
    expect(() => columnFromText('income', ['10', '1,5', '3'], 'numeric')).toThrow(
      /row 2, column "income"\): expected a number \(the column is numeric\), found "1,5"/
    )
    expect(() => columnFromText('income', ['inf'], 'numeric')).toThrow(/found "inf"/)
  })

  it('keeps numbers as text in a declared categorical column', () => {
    expect(columnFromText('zip', ['0150', '2000'], 'categorical').values).toEqual(['0150', '2000'])
  })
})
