import { describe, expect, it } from '@jest/globals'
import { IntegrityError, UsageError } from '../../../shared/errors.js'
import {
  buildBundleManifest,
  describeBundleDifference,
  parseBundleManifest,
  sameBundleContents,
  serializeBundleManifest,
  verifyBundleFile
} from '../../../shared/store/bundle-manifest.js'

const text = (value: string): Uint8Array => new TextEncoder().encode(value)

describe('bundle manifest', () => {
  // sha256("abc") and sha256("") from FIPS 180-2 Appendix B.1 and the empty-message digest.
  const ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
  const EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'

  it('lists every file with size and sha256, sorted by name', () => {
    const manifest = buildBundleManifest(
      'm@v1.0.0',
      new Map([
        ['z.bin', text('abc')],
        ['a.txt', text('')]
      ])
    )
    expect(manifest).toEqual({
      schema: 'tollgate.bundle-manifest/1',
      bundle: 'm@v1.0.0',
      files: [
        { name: 'a.txt', size: 0, sha256: EMPTY },
        { name: 'z.bin', size: 3, sha256: ABC }
      ]
    })
  })

  it('serialises canonically and parses back', () => {
    const manifest = buildBundleManifest('m@v1.0.0', new Map([['z.bin', text('abc')]]))
    const bytes = serializeBundleManifest(manifest)
    expect(new TextDecoder().decode(bytes)).toBe(
      '{\n  "bundle": "m@v1.0.0",\n  "files": [\n    {\n      "name": "z.bin",\n      "sha256": "' +
        ABC +
        '",\n      "size": 3\n    }\n  ],\n  "schema": "tollgate.bundle-manifest/1"\n}\n'
    )
    expect(parseBundleManifest(bytes, 'm@v1.0.0')).toEqual(manifest)
  })

  it.each([
    ['not json', /not valid JSON/],
    ['{"schema":"other","bundle":"m@v1.0.0","files":[]}', /expected an object with schema/],
    [
      '{"schema":"tollgate.bundle-manifest/1","bundle":"x@v1.0.0","files":[]}',
      /names bundle "x@v1.0.0"/
    ],
    [
      '{"schema":"tollgate.bundle-manifest/1","bundle":"m@v1.0.0","files":[{"name":"a","size":1}]}',
      /lacks/
    ]
  ])('refuses a damaged manifest %j', (content, message) => {
    expect(() => parseBundleManifest(text(content), 'm@v1.0.0')).toThrow(IntegrityError)
    expect(() => parseBundleManifest(text(content), 'm@v1.0.0')).toThrow(message)
  })

  it('compares contents and describes differences', () => {
    const a = buildBundleManifest(
      'm@v1.0.0',
      new Map([
        ['x', text('1')],
        ['y', text('2')]
      ])
    )
    const b = buildBundleManifest(
      'm@v1.0.0',
      new Map([
        ['y', text('2')],
        ['x', text('1')]
      ])
    )
    const c = buildBundleManifest(
      'm@v1.0.0',
      new Map([
        ['x', text('9')],
        ['z', text('2')]
      ])
    )
    expect(sameBundleContents(a, b)).toBe(true)
    expect(sameBundleContents(a, c)).toBe(false)
    expect(describeBundleDifference(a, c)).toBe('x has other content, z is new, y is missing')
  })

  it('verifies file bytes against the manifest', () => {
    const manifest = buildBundleManifest('m@v1.0.0', new Map([['z.bin', text('abc')]]))
    expect(() => verifyBundleFile(manifest, 'z.bin', text('abc'))).not.toThrow()
    expect(() => verifyBundleFile(manifest, 'z.bin', text('abd'))).toThrow(
      /File "z.bin" of bundle "m@v1.0.0" is damaged: its sha256 is/
    )
    expect(() => verifyBundleFile(manifest, 'z.bin', text('ab'))).toThrow(
      /has 2 bytes but 3 were recorded/
    )
    expect(() => verifyBundleFile(manifest, 'other', text('abc'))).toThrow(UsageError)
  })
})
