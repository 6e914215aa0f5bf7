import { describe, expect, it } from '@jest/globals'
import { UsageError } from '../../../shared/errors.js'
import { canonicalJson, compactCanonicalJson } from '../../../shared/store/canonical-json.js'

describe('canonical JSON', () => {
  it('sorts keys at every depth and ends with a newline', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { f: 1, e: 2 }], c: null } }, 'doc')).toBe(
      '{\n  "a": {\n    "c": null,\n    "d": [\n      3,\n      {\n        "e": 2,\n        "f": 1\n      }\n    ]\n  },\n  "b": 1\n}\n'
    )
    expect(compactCanonicalJson({ b: true, a: 'x' }, 'doc')).toBe('{"a":"x","b":true}')
  })

  it('gives the same text for the same content whatever the key order', () => {
    expect(canonicalJson({ x: 1, y: 2 }, 'doc')).toBe(canonicalJson({ y: 2, x: 1 }, 'doc'))
  })

  it('drops undefined properties like JSON.stringify', () => {
    expect(compactCanonicalJson({ a: undefined, b: 1 }, 'doc')).toBe('{"b":1}')
  })

  it.each([
    [{ metrics: { auc: Number.NaN } }, /metrics.json: the value at \$.metrics.auc is NaN/],
    [{ list: [1, Infinity] }, /\$.list\[1\] is Infinity/],
    [{ when: new Date(0) }, /\$.when is a object/],
    [{ f: () => 1 }, /\$.f is a function/]
  ])('refuses values JSON cannot represent exactly: %p', (value, message) => {
    expect(() => canonicalJson(value, 'metrics.json')).toThrow(UsageError)
    expect(() => canonicalJson(value, 'metrics.json')).toThrow(message)
  })
})
