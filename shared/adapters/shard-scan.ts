import { closeSync, openSync, readSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { InputError } from '../errors.js'
import type { RangePartial, SyntaxProblem } from '../scan/range-scan.js'
import type { ScanPlan } from '../scan/scan-plan.js'
import {
  planShardSegments,
  type ShardSegment,
  type ShardableFile
} from '../shard/shard-segments.js'
import { formatShardSpec, type ShardSpec } from '../shard/shard-spec.js'
import type { PartialFile, PartialSegment } from '../shard/validate-partial.js'
import { delimiterByte } from './csv-source.js'
import type { DataFile } from './data-files.js'
import { getDistDirectory } from './dist-location.js'
import { runRangeOnThisThread, type RangeRunner } from './parallel-csv-scan.js'
import type { ScanWorkerReply, ScanWorkerRequest } from './scan-worker.js'
import { scanTable, type TableHeader, type TableInput } from './table-scan.js'

/** Below this many bytes a byte-range segment is scanned on one thread. */
const MIN_SPLIT_BYTES = 8 << 20

/** The files of the table as a partial records them (every shard resolves the same list). */
export function partialFiles(input: TableInput, header: TableHeader): PartialFile[] {
  return input.files.map((file) => ({
    path: file.path,
    format: file.format,
    gzip: file.gzip,
    bytes: file.bytes,
    data_start: file.gzip ? 0 : (header.csv.get(file.path)?.dataOffset ?? 0)
  }))
}

/** What planShardSegments needs to know about the table's files. */
export function shardableFiles(files: readonly PartialFile[]): ShardableFile[] {
  return files.map((file) => ({
    bytes: file.bytes,
    dataStart: file.data_start,
    splittable: !file.gzip && (file.format === 'csv' || file.format === 'tsv')
  }))
}

/** The segments of the table that shard `spec` scans (reads a few bytes at each cut). */
export async function shardSegments(
  files: readonly DataFile[],
  partial: readonly PartialFile[],
  spec: ShardSpec
): Promise<ShardSegment[]> {
  return planShardSegments(shardableFiles(partial), spec, async (fileIndex, offset) =>
    findRowStart(files[fileIndex]!.path, offset)
  )
}

/**
 * Scans the segments of one shard. Whole files go through the normal table scan (worker threads
 * for large CSV files); byte ranges of a large CSV file are split again over `threads` workers
 * with the same LF-anchored guess-and-verify rule as a single run. Rows are counted from 0 in
 * every range; the merge positions them.
 */
export async function scanShardSegments(
  input: TableInput,
  header: TableHeader,
  plan: ScanPlan,
  spec: ShardSpec,
  segments: readonly ShardSegment[],
  options: { runRange?: RangeRunner; minSplitBytes?: number } = {}
): Promise<PartialSegment[]> {
  const runRange = options.runRange ?? defaultRangeRunner()
  const minSplitBytes = options.minSplitBytes ?? MIN_SPLIT_BYTES
  const scanned: PartialSegment[] = []
  for (const segment of segments) {
    const file = input.files[segment.fileIndex]!
    if (segment.whole) {
      const parts = await scanTable({ ...input, files: [file] }, header, plan)
      scanned.push({
        file: segment.fileIndex,
        start: 0,
        end_offset: file.bytes,
        whole: true,
        ranges: parts.map((part) => part.partial)
      })
      continue
    }
    const delimiter = delimiterByte(file, input.delimiter)
    const { ranges, endOffset } = await scanByteRange(
      file,
      plan,
      delimiter,
      segment,
      segment.stop - segment.start >= minSplitBytes ? Math.max(1, input.threads) : 1,
      spec,
      runRange
    )
    scanned.push({
      file: segment.fileIndex,
      start: segment.start,
      end_offset: endOffset,
      whole: false,
      ranges
    })
  }
  return scanned
}

/**
 * The rows starting in [segment.start, segment.stop) in one or more sub-ranges. A sub-range guess
 * that lands inside a quoted field is detected (the previous sub-range ends elsewhere) and that
 * sub-range is scanned again from the true row start, as scanCsvInRanges does for whole files.
 */
async function scanByteRange(
  file: DataFile,
  plan: ScanPlan,
  delimiter: number,
  segment: ShardSegment,
  pieces: number,
  spec: ShardSpec,
  runRange: RangeRunner
): Promise<{ ranges: RangePartial[]; endOffset: number }> {
  const starts = [segment.start]
  for (let k = 1; k < pieces; k++) {
    const nominal = Math.floor(segment.start + ((segment.stop - segment.start) * k) / pieces)
    const found = findRowStart(file.path, nominal)
    if (found === undefined || found >= segment.stop) break
    if (found > starts[starts.length - 1]!) starts.push(found)
  }
  starts.push(segment.stop)
  const replies = await Promise.all(
    starts
      .slice(0, -1)
      .map((start, k) => runRange({ file, plan, delimiter, start, stop: starts[k + 1]! }))
  )
  const ranges: RangePartial[] = []
  let expected = segment.start
  let rowsSoFar = 0
  for (let k = 0; k < replies.length; k++) {
    let reply = replies[k]!
    if (starts[k] !== expected)
      reply = await runRangeOnThisThread({
        file,
        plan,
        delimiter,
        start: expected,
        stop: starts[k + 1]!
      })
    if (!reply.ok) {
      if ('failure' in reply) throw new Error(`A scan worker failed: ${reply.failure}`)
      throw shardSyntaxError(
        file.path,
        spec,
        segment.start,
        rowsSoFar,
        reply.relativeLine,
        reply.problem
      )
    }
    ranges.push(reply.partial)
    rowsSoFar += reply.partial.rows
    expected = reply.endOffset
  }
  return { ranges, endOffset: expected }
}

/**
 * A malformed row inside a byte-range shard. The shard does not know how many lines precede its
 * first byte, so the message gives the byte offset and the line counted from there.
 */
function shardSyntaxError(
  file: string,
  spec: ShardSpec,
  start: number,
  rowsBefore: number,
  relativeLine: number,
  problem: SyntaxProblem
): InputError {
  const where = `in shard ${formatShardSpec(spec)}, line ${relativeLine} counted from byte ${start}`
  const hint =
    start > 0
      ? '; if the file has quoted fields with line breaks, the shard may have started inside one: shard by files instead'
      : ''
  switch (problem.reason) {
    case 'ragged':
      return new InputError(
        { file },
        `${where} (row ${rowsBefore + problem.row + 1} of the shard): the row has ${problem.fields} field(s) but the header has ${problem.header.length} (${problem.header.join(', ')})${hint}`
      )
    case 'utf8':
      return new InputError(
        { file, field: problem.column },
        `${where}: invalid UTF-8 bytes; the file must be UTF-8 encoded`
      )
    case 'csv':
      return new InputError({ file }, `${where}: ${problem.detail}${hint}`)
  }
}

/** The byte after the first line feed at or past `offset`, or undefined when there is none. */
export function findRowStart(path: string, offset: number): number | undefined {
  const fd = openSync(path, 'r')
  try {
    const window = new Uint8Array(1 << 16)
    let position = offset
    for (;;) {
      const read = readSync(fd, window, 0, window.length, position)
      if (read === 0) return undefined
      const at = window.subarray(0, read).indexOf(10)
      if (at >= 0) return position + at + 1
      position += read
    }
  } finally {
    closeSync(fd)
  }
}

/** Worker threads when running from the bundle, this thread otherwise (tests from sources). */
function defaultRangeRunner(): RangeRunner {
  const dist = getDistDirectory()
  if (dist === undefined) return runRangeOnThisThread
  return (request: ScanWorkerRequest) =>
    new Promise<ScanWorkerReply>((resolve, reject) => {
      const worker = new Worker(join(dist, 'scan-worker.js'), { workerData: request })
      let settled = false
      worker.once('message', (reply: ScanWorkerReply) => {
        settled = true
        resolve(reply)
      })
      worker.once('error', (error) => {
        settled = true
        reject(error)
      })
      worker.once('exit', (code) => {
        if (!settled) reject(new Error(`A scan worker exited with code ${code} before reporting`))
      })
    })
}
