import { describe, expect, it } from '@jest/globals'
import { UsageError } from '../../../shared/errors.js'
import {
  formatShardSpec,
  parseShardSpec,
  partialArtifactName,
  shardOfArtifactName
} from '../../../shared/shard/shard-spec.js'

describe('shard specs', () => {
  it('reads k/n with 1-based k', () => {
    expect(parseShardSpec('3/16')).toEqual({ index: 3, count: 16 })
    expect(parseShardSpec(' 1 / 1 ')).toEqual({ index: 1, count: 1 })
    expect(formatShardSpec({ index: 3, count: 16 })).toBe('3/16')
  })
  it.each([
    ['0/4', /shard number must be from 1 to 4/],
    ['5/4', /shard number must be from 1 to 4/],
    ['1/0', /number of shards must be from 1 to 256/],
    ['1/300', /number of shards must be from 1 to 256/],
    ['3', /must look like k\/n/],
    ['a/b', /must look like k\/n/]
  ])('rejects %p', (text, message) => {
    expect(() => parseShardSpec(text, 'option --shard')).toThrow(UsageError)
    expect(() => parseShardSpec(text, 'option --shard')).toThrow(message)
  })
  it('names artifacts per set and reads the names back', () => {
    expect(partialArtifactName({ index: 3, count: 16 })).toBe('tollgate-partial-3-of-16')
    expect(partialArtifactName({ index: 3, count: 16 }, 'drift')).toBe(
      'tollgate-drift-partial-3-of-16'
    )
    expect(shardOfArtifactName('tollgate-partial-3-of-16')).toEqual({ index: 3, count: 16 })
    expect(shardOfArtifactName('tollgate-drift-partial-3-of-16', 'drift')).toEqual({
      index: 3,
      count: 16
    })
    expect(shardOfArtifactName('tollgate-drift-partial-3-of-16')).toBeUndefined()
    expect(shardOfArtifactName('tollgate-partial-17-of-16')).toBeUndefined()
    expect(shardOfArtifactName('report')).toBeUndefined()
  })
})
