import { closeSync, openSync, readSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { PositionedPartial } from '../scan/merge-partials.js'
import { RangeSyntaxError, syntaxInputError } from '../scan/range-scan.js'
import type { ScanPlan } from '../scan/scan-plan.js'
import { scanCsvRange, type CsvHeader, type CsvRangeResult } from './csv-source.js'
import type { DataFile } from './data-files.js'
import { getDistDirectory } from './dist-location.js'
import type { ScanWorkerReply, ScanWorkerRequest } from './scan-worker.js'

/** Below this size a second thread costs more to start than it saves. */
const MIN_PARALLEL_BYTES = 8 << 20

/** Whether a file is scanned by several worker threads (needs the bundled worker entry). */
export function parallelScanWorth(file: DataFile, threads: number): boolean {
  return (
    !file.gzip &&
    threads > 1 &&
    file.bytes >= MIN_PARALLEL_BYTES &&
    getDistDirectory() !== undefined
  )
}

/**
 * Splits an uncompressed delimited file into byte ranges scanned by worker threads
 * (PERFORMANCE.md §2.8). Each range after the first starts right after a raw line feed at or past
 * its share of the file; because that line feed may sit inside a quoted field, a guess is accepted
 * only if the previous range (scanned with the true quote state) ended exactly there. Otherwise
 * the range is scanned again from the true end, so the result always equals a serial scan.
 */
export async function scanCsvParallel(
  file: DataFile,
  plan: ScanPlan,
  delimiter: number,
  header: CsvHeader,
  rowsBefore: number,
  threads: number
): Promise<PositionedPartial[]> {
  return scanCsvInRanges(file, plan, delimiter, header, rowsBefore, threads, runWorker)
}

/** A scan of one byte range, in a worker or (tests, fallback) on this thread. */
export type RangeRunner = (request: ScanWorkerRequest) => Promise<ScanWorkerReply>

/** The range logic of scanCsvParallel with the runner injectable (tests use this thread). */
export async function scanCsvInRanges(
  file: DataFile,
  plan: ScanPlan,
  delimiter: number,
  header: CsvHeader,
  rowsBefore: number,
  ranges: number,
  runRange: RangeRunner
): Promise<PositionedPartial[]> {
  const boundaries = guessBoundaries(file, header.dataOffset, ranges)
  // Each range keeps its share of the exact numeric values.
  const rangePlan: ScanPlan = {
    ...plan,
    exactValueBudget: Math.ceil(plan.exactValueBudget / (boundaries.length - 1))
  }
  const replies = await Promise.all(
    boundaries
      .slice(0, -1)
      .map((start, k) =>
        runRange({ file, plan: rangePlan, delimiter, start, stop: boundaries[k + 1]! })
      )
  )
  const parts: PositionedPartial[] = []
  let line = header.headerLines + 1
  let rows = rowsBefore
  let expectedStart = header.dataOffset
  for (let k = 0; k < replies.length; k++) {
    const start = boundaries[k]!
    const stop = boundaries[k + 1]!
    let reply = replies[k]!
    if (start !== expectedStart) {
      // The guessed start was inside a quoted field: scan this range again from the true start.
      reply = await scanOnThisThread(file, rangePlan, delimiter, expectedStart, stop)
    }
    if (!reply.ok) {
      if ('failure' in reply) throw new Error(`A scan worker failed: ${reply.failure}`)
      throw syntaxInputError(file.path, line, rows, reply.relativeLine, reply.problem)
    }
    parts.push({ partial: reply.partial, rowsBefore: rows })
    rows += reply.partial.rows
    line += reply.partial.lines
    expectedStart = reply.endOffset
  }
  return parts
}

/** Runs a range on the current thread (also the runner tests inject). */
export const runRangeOnThisThread: RangeRunner = ({ file, plan, delimiter, start, stop }) =>
  scanOnThisThread(file, plan, delimiter, start, stop)

async function scanOnThisThread(
  file: DataFile,
  plan: ScanPlan,
  delimiter: number,
  start: number,
  stop: number
): Promise<ScanWorkerReply> {
  try {
    const result: CsvRangeResult = await scanCsvRange(file, plan, delimiter, start, stop)
    return { ok: true, ...result }
  } catch (error) {
    if (error instanceof RangeSyntaxError)
      return { ok: false, relativeLine: error.relativeLine, problem: error.problem }
    throw error
  }
}

function runWorker(request: ScanWorkerRequest): Promise<ScanWorkerReply> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(getDistDirectory()!, 'scan-worker.js'), {
      workerData: request,
      resourceLimits: { maxYoungGenerationSizeMb: 8 }
    })
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

/** Range starts: the data start, then just after the first line feed at or past each share. */
function guessBoundaries(file: DataFile, dataStart: number, parts: number): number[] {
  const boundaries = [dataStart]
  const fd = openSync(file.openPath, 'r')
  try {
    const window = new Uint8Array(1 << 16)
    for (let k = 1; k < parts; k++) {
      let position = Math.floor(dataStart + ((file.bytes - dataStart) * k) / parts)
      if (position <= boundaries[boundaries.length - 1]!) continue
      let found = -1
      while (found < 0 && position < file.bytes) {
        const read = readSync(fd, window, 0, window.length, position)
        if (read === 0) break
        const at = window.subarray(0, read).indexOf(10)
        if (at >= 0) found = position + at + 1
        else position += read
      }
      if (found < 0 || found >= file.bytes) break
      boundaries.push(found)
    }
  } finally {
    closeSync(fd)
  }
  boundaries.push(file.bytes)
  return boundaries
}
