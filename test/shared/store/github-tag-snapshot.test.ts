import { describe, expect, it } from '@jest/globals'
import {
  parseTagSnapshot,
  serializeTagSnapshot,
  type TagObject
} from '../../../shared/store/github-tag-snapshot.js'

const tag = (sha: string): TagObject => ({
  sha,
  message: '{"kind":"version"}',
  date: '2025-06-01T10:00:00Z',
  objectSha: 'c'.repeat(40),
  objectType: 'commit'
})

describe('tag-object snapshots', () => {
  it('round-trips, with the same bytes for the same set in any order', () => {
    const a = tag('a'.repeat(40))
    const b = tag('b'.repeat(40))
    const bytes = serializeTagSnapshot([b, a])
    expect(bytes).toEqual(serializeTagSnapshot([a, b]))
    expect(parseTagSnapshot(bytes)).toEqual([a, b])
  })

  it('refuses anything that is not a snapshot', () => {
    const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value))
    expect(parseTagSnapshot(new TextEncoder().encode('{'))).toBeUndefined()
    expect(parseTagSnapshot(encode({ schema: 'other', tags: [] }))).toBeUndefined()
    expect(
      parseTagSnapshot(encode({ schema: 'tollgate.tag-objects/1', tags: [{ sha: 'xyz' }] }))
    ).toBeUndefined()
    expect(parseTagSnapshot(encode({ schema: 'tollgate.tag-objects/1', tags: [] }))).toEqual([])
  })
})
