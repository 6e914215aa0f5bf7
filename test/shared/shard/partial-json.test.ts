import { describe, expect, it } from '@jest/globals'
import {
  decodePartialJson,
  encodePartialJson,
  PartialJsonError
} from '../../../shared/shard/partial-json.js'

describe('partial JSON', () => {
  it('round-trips Float64Arrays bit for bit and non-finite numbers', () => {
    const keys = Float64Array.of(1, -0, NaN, 2 ** 53 - 1, 1e-310, -Infinity, 0.1 + 0.2)
    const value = {
      a: keys,
      b: { min: Infinity, max: -Infinity, mean: NaN, n: 3 },
      list: [Float64Array.of(), 'x']
    }
    const text = encodePartialJson(value)
    expect(text).toContain('"$f64"')
    const back = decodePartialJson(text) as typeof value
    expect(back.a).toBeInstanceOf(Float64Array)
    expect(new Uint8Array(back.a.buffer)).toEqual(new Uint8Array(keys.buffer))
    expect(back.b).toEqual({ min: Infinity, max: -Infinity, mean: NaN, n: 3 })
    expect(back.list[0]).toEqual(new Float64Array(0))
  })
  it('rejects truncated files and corrupted arrays', () => {
    const text = encodePartialJson({ a: Float64Array.of(1, 2, 3) })
    expect(() => decodePartialJson(text.slice(0, -3))).toThrow(/not valid JSON .*truncated/)
    expect(() => decodePartialJson(text.replace(/"\$f64":"(.)/, '"$f64":"*'))).toThrow(
      PartialJsonError
    )
    expect(() => decodePartialJson('{"x":{"$f64":"AAAA"}}')).toThrow(/8-byte numbers/)
    expect(() => decodePartialJson('{"x":{"$num":"big"}}')).toThrow(/Infinity, -Infinity or NaN/)
  })
})
