import type { ShardSpec } from './shard-spec.js'

/**
 * How the rows of one table (a sorted list of files) are dealt to the shards of a matrix.
 *
 * The table is treated as the concatenation of its files' data bytes and cut into `count` equal
 * byte shares, so each shard gets about the same amount of work whether the data is many small
 * files or one large one:
 * - a cut inside an uncompressed CSV/TSV file is moved to just after the first line feed at or
 *   past it (the same LF-anchored rule the worker threads use), so shard k scans the rows that
 *   START in its byte range and reads past its end to finish the last one;
 * - a cut inside a file that cannot be split (gzip, JSON Lines, Parquet) moves to the nearer end
 *   of that file, so each such file belongs to exactly one shard.
 *
 * Every shard computes every cut from the same files, so the shards agree on their boundaries
 * without talking to each other. A line feed may sit inside a quoted field, in which case the
 * shard that starts there reads garbage: the previous shard, which starts at a true row boundary
 * by induction from the first, reports where its last row really ended, and the merge refuses a
 * set whose chain of ends and starts does not match (see checkSegmentChain). Shards may be empty
 * (fewer files than shards); they still write a partial so the merge sees the whole set.
 */

/** What the planner needs to know about one file of the table. */
export interface ShardableFile {
  /** Size in bytes. */
  bytes: number
  /** Offset of the first data row: after BOM and header for delimited files, else 0. */
  dataStart: number
  /** Rows can be cut at line feeds (uncompressed CSV/TSV). */
  splittable: boolean
}

/**
 * A piece of one file that a shard scans. `whole` segments are the entire file (any format);
 * others are the rows of an uncompressed delimited file that start in [start, stop).
 */
export interface ShardSegment {
  /** Index of the file in the table's sorted file list. */
  fileIndex: number
  start: number
  stop: number
  whole: boolean
}

/**
 * Finds the first row start at or after `offset` in a splittable file: the byte after the first
 * line feed at or past it, or undefined when there is none before the end of the file.
 */
export type RowStartFinder = (fileIndex: number, offset: number) => Promise<number | undefined>

/** A cut between two shards: before byte `offset` of file `fileIndex` (offset 0: before the file). */
interface Cut {
  fileIndex: number
  offset: number
}

function compareCuts(a: Cut, b: Cut): number {
  return a.fileIndex !== b.fileIndex ? a.fileIndex - b.fileIndex : a.offset - b.offset
}

/** The segments shard `spec` scans, in table order. */
export async function planShardSegments(
  files: readonly ShardableFile[],
  spec: ShardSpec,
  findRowStart: RowStartFinder
): Promise<ShardSegment[]> {
  const cuts = await planCuts(files, spec.count, findRowStart)
  return segmentsBetween(files, cuts[spec.index - 1]!, cuts[spec.index]!)
}

/** All count + 1 cuts: the table start, the count − 1 resolved cuts, the table end. */
async function planCuts(
  files: readonly ShardableFile[],
  count: number,
  findRowStart: RowStartFinder
): Promise<Cut[]> {
  const weights = files.map((file) => Math.max(0, file.bytes - file.dataStart))
  const total = weights.reduce((sum, weight) => sum + weight, 0)
  const cuts: Cut[] = [{ fileIndex: 0, offset: 0 }]
  for (let j = 1; j < count; j++) {
    const target = Math.floor((total * j) / count)
    let cut = await resolveCut(files, weights, target, findRowStart)
    const previous = cuts[cuts.length - 1]!
    if (compareCuts(cut, previous) < 0) cut = previous
    cuts.push(cut)
  }
  cuts.push({ fileIndex: files.length, offset: 0 })
  return cuts
}

/** Where the byte `target` of the concatenated data lands, moved to a row or file boundary. */
async function resolveCut(
  files: readonly ShardableFile[],
  weights: readonly number[],
  target: number,
  findRowStart: RowStartFinder
): Promise<Cut> {
  let base = 0
  for (let i = 0; i < files.length; i++) {
    const weight = weights[i]!
    if (target < base + weight) {
      const file = files[i]!
      const within = target - base
      if (within === 0) return { fileIndex: i, offset: 0 }
      if (!file.splittable)
        return within * 2 < weight ? { fileIndex: i, offset: 0 } : { fileIndex: i + 1, offset: 0 }
      const rowStart = await findRowStart(i, file.dataStart + within)
      if (rowStart === undefined || rowStart >= file.bytes) return { fileIndex: i + 1, offset: 0 }
      return { fileIndex: i, offset: rowStart }
    }
    base += weight
  }
  return { fileIndex: files.length, offset: 0 }
}

function segmentsBetween(files: readonly ShardableFile[], from: Cut, to: Cut): ShardSegment[] {
  const segments: ShardSegment[] = []
  for (let i = from.fileIndex; i < files.length && i <= to.fileIndex; i++) {
    const file = files[i]!
    const startsInside = i === from.fileIndex && from.offset > 0
    const endsInside = i === to.fileIndex
    if (endsInside && to.offset === 0) break
    const start = startsInside ? from.offset : file.dataStart
    const stop = endsInside ? to.offset : file.bytes
    if (!startsInside && !endsInside)
      segments.push({ fileIndex: i, start: 0, stop: file.bytes, whole: true })
    else if (stop > start) segments.push({ fileIndex: i, start, stop, whole: false })
  }
  return segments
}

/** A scanned segment as the merge sees it: where it started and where its last row ended. */
export interface ScannedSegment {
  fileIndex: number
  start: number
  /** File offset just after the last row read (the file size for whole segments). */
  endOffset: number
  whole: boolean
  /** The shard (1-based) that scanned it, for messages. */
  shard: number
}

/**
 * Checks that the segments of all shards, in table order, cover every file exactly once and that
 * each byte-range segment starts exactly where the previous one's last row ended. Returns a
 * sentence describing the first problem, or undefined when the chain is sound.
 */
export function checkSegmentChain(
  files: readonly ShardableFile[],
  segments: readonly ScannedSegment[],
  fileName: (index: number) => string
): string | undefined {
  let at = 0
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!
    let expected = file.dataStart
    let seen = false
    while (at < segments.length && segments[at]!.fileIndex === i) {
      const segment = segments[at++]!
      if (segment.whole) {
        if (seen)
          return `${fileName(i)} was scanned whole by shard ${segment.shard} and in part by another shard`
        expected = file.bytes
        seen = true
        continue
      }
      if (segment.start !== expected) {
        const previous = segments[at - 2]
        if (segment.start < expected && previous !== undefined && previous.fileIndex === i) {
          return (
            `shard ${segment.shard} started at byte ${segment.start} of ${fileName(i)}, but the row that shard ${previous.shard} ` +
            `read last ends at byte ${expected}: the line feed the shards cut at lies inside a quoted field. ` +
            'Split the data into several files (shards then take whole files) or use a different number of shards'
          )
        }
        return `the shards do not cover ${fileName(i)} without gaps or overlaps (a segment starts at byte ${segment.start}, expected ${expected}); were the partials made from different data?`
      }
      expected = segment.endOffset
      seen = true
    }
    if (!seen)
      return `no shard scanned ${fileName(i)}; is a partial missing or made from a different file list?`
    if (expected !== file.bytes)
      return `the rows read from ${fileName(i)} end at byte ${expected}, but the file has ${file.bytes} bytes`
  }
  if (at < segments.length)
    return `a partial names file number ${segments[at]!.fileIndex + 1}, but the data has only ${files.length} file(s)`
  return undefined
}
