import { describe, expect, it } from '@jest/globals'
import { InputError, UsageError } from '../../../shared/errors.js'
import type { DataColumn } from '../../../shared/learn/data-table.js'
import { prepareTarget } from '../../../shared/learn/learning-task.js'
import type { LearningTask } from '../../../shared/learn/learning-task.js'

const numbers = (values: number[]): DataColumn => ({
  name: 't',
  kind: 'numeric',
  values: Float64Array.from(values)
})
const texts = (values: (string | null)[]): DataColumn => ({
  name: 't',
  kind: 'categorical',
  values
})

describe('prepareTarget', () => {
  it.each<[string, DataColumn, LearningTask | undefined, LearningTask]>([
    ['two text labels', texts(['yes', 'no', 'yes']), undefined, 'binary'],
    ['three text labels', texts(['a', 'b', 'c']), undefined, 'multiclass'],
    ['0/1 numbers', numbers([0, 1, 1, 0]), undefined, 'binary'],
    ['a few integers', numbers([1, 2, 3, 2, 1]), undefined, 'multiclass'],
    ['many integers', numbers(Array.from({ length: 50 }, (_, i) => i)), undefined, 'regression'],
    ['fractions', numbers([0.5, 1.25, 3]), undefined, 'regression'],
    ['a few integers declared regression', numbers([1, 2, 3]), 'regression', 'regression'],
    ['fractions declared classes', numbers([0.5, 1.5, 2.5]), 'multiclass', 'multiclass'],
    ['two classes declared multiclass', texts(['x', 'y']), 'multiclass', 'binary']
  ])('%s → %s', (_, column, requested, task) => {
    expect(prepareTarget(column, requested).task).toBe(task)
  })

  it('codes classes in sorted order and keeps the rows with a target', () => {
    const prepared = prepareTarget(texts(['b', null, 'a', 'b']))
    expect(prepared.classes).toEqual(['a', 'b'])
    expect(Array.from(prepared.values)).toEqual([1, 0, 1])
    expect(Array.from(prepared.rows)).toEqual([0, 2, 3])
    expect(prepared.droppedMissing).toBe(1)
    const numeric = prepareTarget(numbers([10, 2, NaN, 2]))
    expect(numeric.classes).toEqual([2, 10])
  })

  it('refuses impossible requests and unusable targets', () => {
    expect(() => prepareTarget(texts(['a', 'b']), 'regression')).toThrow(InputError)
    expect(() => prepareTarget(texts(['a', 'b', 'c']), 'binary')).toThrow(/exactly two classes/)
    expect(() => prepareTarget(numbers([1, 2]), 'ordinal' as LearningTask)).toThrow(UsageError)
    expect(() => prepareTarget(numbers([3, 3, NaN]))).toThrow(/constant/)
    expect(() => prepareTarget(texts([null, null]))).toThrow(/no values in any of the 2 rows/)
    const many = numbers(Array.from({ length: 150 }, (_, i) => i))
    expect(() => prepareTarget(many, 'multiclass')).toThrow(/at most 100 classes/)
  })
})
