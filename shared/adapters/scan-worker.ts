import { parentPort, workerData } from 'node:worker_threads'
import { RangeSyntaxError, type RangePartial } from '../scan/range-scan.js'
import type { ScanPlan } from '../scan/scan-plan.js'
import { scanCsvRange } from './csv-source.js'
import type { DataFile } from './data-files.js'

/** What the driver sends a scan worker (structured clone). */
export interface ScanWorkerRequest {
  file: DataFile
  plan: ScanPlan
  delimiter: number
  start: number
  stop: number
}

export type ScanWorkerReply =
  | { ok: true; partial: RangePartial; endOffset: number }
  | { ok: false; relativeLine: number; problem: RangeSyntaxError['problem'] }
  | { ok: false; failure: string }

/** Every typed-array buffer in a partial, so postMessage can move them instead of copying. */
export function transferablesOf(partial: RangePartial): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>()
  const add = (array: Float64Array | undefined): void => {
    if (array !== undefined && array.buffer instanceof ArrayBuffer) buffers.add(array.buffer)
  }
  for (const column of partial.columns) {
    add(column.sortedNumbers)
    add(column.uniqueKeys)
  }
  for (const entry of Object.values(partial.compound)) add(entry.keys)
  return [...buffers]
}

/** Body of a scan worker thread (started from actions/dist/scan-worker.js). */
export async function scanWorkerMain(): Promise<void> {
  const request = workerData as ScanWorkerRequest
  let reply: ScanWorkerReply
  let transfer: ArrayBuffer[] = []
  try {
    const { partial, endOffset } = await scanCsvRange(
      request.file,
      request.plan,
      request.delimiter,
      request.start,
      request.stop
    )
    reply = { ok: true, partial, endOffset }
    transfer = transferablesOf(partial)
  } catch (error) {
    reply =
      error instanceof RangeSyntaxError
        ? { ok: false, relativeLine: error.relativeLine, problem: error.problem }
        : {
            ok: false,
            failure: error instanceof Error ? (error.stack ?? error.message) : String(error)
          }
  }
  parentPort!.postMessage(reply, transfer)
}
