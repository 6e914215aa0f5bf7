import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../shared/errors.js'
import { parseModelText, validateModel } from '../../../shared/learn/model-loading.js'
import { train } from '../../../shared/learn/train.js'
import { syntheticTable } from './synthetic-data.js'

const table = syntheticTable(400, 5, 'binary')
const gbdt = train({ table, target: 'y', algorithm: 'gbdt', params: { max_iter: 3 } }).model
const linear = train({ table, target: 'y', algorithm: 'logistic-regression' }).model

type Path = (string | number)[]
const REMOVE = Symbol('remove')

/**
 * A deep copy of the model with the value at `path` replaced by `change(old)` (or removed when
 * it returns REMOVE), to build corrupt files without loosening the types elsewhere.
 */
function corrupt(model: object, path: Path, change: (old: unknown) => unknown): unknown {
  const copy = JSON.parse(JSON.stringify(model)) as unknown
  let parent = copy as Record<string | number, unknown>
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>
  const last = path[path.length - 1]!
  const value = change(parent[last])
  if (value === REMOVE) delete parent[last]
  else parent[last] = value
  return copy
}
const set = (model: object, path: Path, value: unknown): unknown =>
  corrupt(model, path, () => value)
const shorten = (model: object, path: Path): unknown =>
  corrupt(model, path, (old) => (old as unknown[]).slice(0, -1))

describe('model loading', () => {
  it('accepts what train wrote', () => {
    expect(validateModel(JSON.parse(JSON.stringify(gbdt)))).toEqual(gbdt)
    expect(validateModel(JSON.parse(JSON.stringify(linear)))).toEqual(linear)
  })

  it('rejects text that is not JSON, naming the file', () => {
    expect(() => parseModelText('{"format": "tollgate-mo', 'models/churn.json')).toThrow(
      /^models\/churn\.json: not a Tollgate model: the file is not valid JSON/
    )
  })

  it.each([
    [
      'a foreign JSON file',
      { name: 'my-model', weights: [1, 2] },
      /"format"\): not a Tollgate model/
    ],
    ['a newer format version', set(gbdt, ['formatVersion'], 2), /version 2 is not supported/],
    ['an unknown algorithm', set(gbdt, ['algorithm'], 'svm'), /"algorithm"\): expected one of/],
    ['a task the algorithm cannot have', set(linear, ['task'], 'regression'), /cannot have task/],
    ['too few classes', set(gbdt, ['classes'], ['yes']), /"classes"\): expected 2 distinct labels/],
    [
      'a missing feature list',
      corrupt(gbdt, ['features'], () => REMOVE),
      /"features"\): expected an array, found nothing/
    ],
    [
      'a wrong encoding for the algorithm',
      set(gbdt, ['features', 0, 'encoding'], { type: 'one-hot', levels: [], other: false }),
      /encoding passthrough/
    ],
    [
      'a tree child pointing backwards (a cycle)',
      set(gbdt, ['gbdt', 'trees', 0, 0, 'left', 0], 0),
      /must be a later node index/
    ],
    [
      'a leaf value that is not a number',
      set(gbdt, ['gbdt', 'trees', 1, 0, 'value', 1], 'x'),
      /value"\): expected a finite number, found "x"/
    ],
    [
      'truncated node arrays',
      shorten(gbdt, ['gbdt', 'trees', 0, 0, 'right']),
      /node arrays must be non-empty and of equal length/
    ],
    [
      'a split on a feature that does not exist',
      set(gbdt, ['gbdt', 'trees', 0, 0, 'feature', 0], 99),
      /expected −1 or a feature index below 7/
    ],
    ['a missing tree for an output', set(gbdt, ['gbdt', 'trees', 0], []), /expected 1 trees/],
    [
      'coefficients of the wrong width',
      shorten(linear, ['linear', 'coefficients', 0]),
      /expected \d+ coefficients/
    ],
    ['a non-positive scale', set(linear, ['features', 0, 'encoding', 'scale'], 0), /positive scale/]
  ])('rejects %s', (_, value, message) => {
    expect(() => validateModel(value, 'model.json')).toThrow(InputError)
    expect(() => validateModel(value, 'model.json')).toThrow(message)
  })
})
