import { describe, expect, it } from '@jest/globals'
import { UsageError } from '../../../shared/errors.js'
import {
  MAX_FILE_BYTES,
  assertBundleFileName,
  assertRecordKey,
  assertRefName,
  assertRefPrefix,
  assertSeriesName,
  assertStorableSize,
  compareCodeUnits
} from '../../../shared/store/store-names.js'

describe('store names', () => {
  it.each([
    'churn@v0.0.1',
    'churn#production#3',
    'churn#production!#4',
    'churn@v1.0.0!',
    'churn@deprecated',
    'a',
    'A.b_c-1'
  ])('accepts the ref name %j', (name) => {
    expect(() => assertRefName(name)).not.toThrow()
  })

  it.each([
    ['', /is empty/],
    ['../x', /not allowed/],
    ['a/b', /not allowed/],
    ['_internal', /starting with a letter or digit/],
    ['a..b', /must not contain ".."/],
    ['a.', /must not end with "."/],
    ['refs.lock', /ending in ".lock"/],
    ['a{b', /not allowed/],
    ['x'.repeat(201), /201 characters, at most 200/]
  ])('refuses the ref name %j', (name, message) => {
    expect(() => assertRefName(name)).toThrow(UsageError)
    expect(() => assertRefName(name)).toThrow(message)
  })

  it('allows empty and partial prefixes but not separators', () => {
    expect(() => assertRefPrefix('')).not.toThrow()
    expect(() => assertRefPrefix('churn@')).not.toThrow()
    expect(() => assertRefPrefix('churn#prod')).not.toThrow()
    expect(() => assertRefPrefix('../')).toThrow(UsageError)
  })

  it('restricts asset-like names to what GitHub keeps unchanged', () => {
    for (const check of [assertBundleFileName, assertSeriesName, assertRecordKey]) {
      expect(() => check('model-v1.2_final.json')).not.toThrow()
      for (const bad of ['a@b', 'a#b', '.a', 'a.', 'a b', 'a/b', 'a\\b', 'ü', '']) {
        expect(() => check(bad)).toThrow(UsageError)
      }
    }
    expect(() => assertRecordKey('run/1')).toThrow(/record key "run\/1" is not allowed/)
    expect(() => assertSeriesName('a.')).toThrow(/series name "a." .*GitHub renames it/)
  })

  it('enforces the per-asset size limit (under 2 GiB)', () => {
    expect(MAX_FILE_BYTES).toBe(2147483647)
    expect(() => assertStorableSize(MAX_FILE_BYTES, 'File "m.bin"')).not.toThrow()
    expect(() => assertStorableSize(MAX_FILE_BYTES + 1, 'File "m.bin"')).toThrow(
      /File "m.bin" has 2147483648 bytes; a store accepts at most 2147483647/
    )
  })

  it('orders names by code unit, independent of locale', () => {
    expect(['b', 'B', 'a', '_', 'A'].sort(compareCodeUnits)).toEqual(['A', 'B', '_', 'a', 'b'])
  })
})
