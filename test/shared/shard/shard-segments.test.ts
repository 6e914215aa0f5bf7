import { describe, expect, it } from '@jest/globals'
import {
  checkSegmentChain,
  planShardSegments,
  type ScannedSegment,
  type ShardableFile,
  type ShardSegment
} from '../../../shared/shard/shard-segments.js'

/** Row starts every `rowBytes` bytes after the data start (line feeds at the end of each row). */
function rowsEvery(files: ShardableFile[], rowBytes: number) {
  return async (fileIndex: number, offset: number): Promise<number | undefined> => {
    const file = files[fileIndex]!
    const row = Math.ceil((offset - file.dataStart) / rowBytes)
    const start = file.dataStart + row * rowBytes
    return start >= file.bytes ? undefined : start
  }
}

async function plan(
  files: ShardableFile[],
  count: number,
  rowBytes = 10
): Promise<ShardSegment[][]> {
  const all: ShardSegment[][] = []
  for (let index = 1; index <= count; index++)
    all.push(await planShardSegments(files, { index, count }, rowsEvery(files, rowBytes)))
  return all
}

/** The segments of all shards as the merge sees them when every cut was a true row start. */
function scanned(shards: ShardSegment[][], files: ShardableFile[]): ScannedSegment[] {
  return shards.flatMap((segments, shard) =>
    segments.map((segment) => ({
      fileIndex: segment.fileIndex,
      start: segment.start,
      endOffset: segment.whole ? files[segment.fileIndex]!.bytes : segment.stop,
      whole: segment.whole,
      shard: shard + 1
    }))
  )
}

describe('dealing the table to shards', () => {
  it('cuts one large CSV file at row starts into equal byte shares', async () => {
    const files = [{ bytes: 10_010, dataStart: 10, splittable: true }]
    const shards = await plan(files, 4)
    expect(shards).toEqual([
      [{ fileIndex: 0, start: 10, stop: 2510, whole: false }],
      [{ fileIndex: 0, start: 2510, stop: 5010, whole: false }],
      [{ fileIndex: 0, start: 5010, stop: 7510, whole: false }],
      [{ fileIndex: 0, start: 7510, stop: 10_010, whole: false }]
    ])
    expect(checkSegmentChain(files, scanned(shards, files), () => 'f.csv')).toBeUndefined()
  })

  it('moves a cut to the next row start (the LF-anchored rule)', async () => {
    const files = [{ bytes: 1010, dataStart: 10, splittable: true }]
    const shards = await plan(files, 3, 100)
    expect(
      shards.map((segments) => segments.map((segment) => [segment.start, segment.stop]))
    ).toEqual([[[10, 410]], [[410, 710]], [[710, 1010]]])
  })

  it('gives files that cannot be split to the shard holding most of them, and leaves extra shards empty', async () => {
    const files = [
      { bytes: 100, dataStart: 0, splittable: false },
      { bytes: 300, dataStart: 0, splittable: false },
      { bytes: 100, dataStart: 0, splittable: false }
    ]
    const shards = await plan(files, 4)
    expect(shards.map((segments) => segments.map((segment) => segment.fileIndex))).toEqual([
      [0],
      [1],
      [],
      [2]
    ])
    expect(shards.flat().every((segment) => segment.whole)).toBe(true)
    expect(checkSegmentChain(files, scanned(shards, files), () => 'f')).toBeUndefined()
  })

  it('covers many files of mixed kinds exactly once for every shard count', async () => {
    const files: ShardableFile[] = [
      { bytes: 1_000, dataStart: 20, splittable: true },
      { bytes: 50, dataStart: 0, splittable: false },
      { bytes: 20, dataStart: 20, splittable: true },
      { bytes: 5_000, dataStart: 20, splittable: true },
      { bytes: 700, dataStart: 0, splittable: false }
    ]
    for (let count = 1; count <= 12; count++) {
      const shards = await plan(files, count)
      expect(shards).toHaveLength(count)
      expect(checkSegmentChain(files, scanned(shards, files), (i) => `file ${i}`)).toBeUndefined()
    }
  })
})

describe('the merge checks the chain of segments', () => {
  const files = [{ bytes: 1000, dataStart: 10, splittable: true }]
  const name = (): string => 'big.csv'
  it('names the shards when a cut landed inside a quoted field', () => {
    const segments: ScannedSegment[] = [
      { fileIndex: 0, start: 10, endOffset: 520, whole: false, shard: 1 },
      { fileIndex: 0, start: 505, endOffset: 1000, whole: false, shard: 2 }
    ]
    expect(checkSegmentChain(files, segments, name)).toMatch(
      /shard 2 started at byte 505 of big\.csv, but the row that shard 1 read last ends at byte 520: .* inside a quoted field/
    )
  })
  it('reports gaps, missing files and short reads', () => {
    expect(
      checkSegmentChain(
        files,
        [{ fileIndex: 0, start: 10, endOffset: 600, whole: false, shard: 1 }],
        name
      )
    ).toMatch(/end at byte 600, but the file has 1000 bytes/)
    expect(
      checkSegmentChain(
        [...files, { bytes: 5, dataStart: 0, splittable: false }],
        [{ fileIndex: 0, start: 0, endOffset: 1000, whole: true, shard: 1 }],
        (i) => `f${i}`
      )
    ).toMatch(/no shard scanned f1/)
    expect(
      checkSegmentChain(
        files,
        [{ fileIndex: 0, start: 30, endOffset: 1000, whole: false, shard: 1 }],
        name
      )
    ).toMatch(/without gaps or overlaps/)
    expect(
      checkSegmentChain(
        files,
        [
          { fileIndex: 0, start: 0, endOffset: 1000, whole: true, shard: 1 },
          { fileIndex: 0, start: 0, endOffset: 1000, whole: true, shard: 2 }
        ],
        name
      )
    ).toMatch(/scanned whole by shard 2/)
  })
})
