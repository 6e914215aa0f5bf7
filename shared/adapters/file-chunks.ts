import { closeSync, createReadStream, openSync, readSync } from 'node:fs'
import { createGunzip } from 'node:zlib'
import { InputError } from '../errors.js'
import type { DataFile } from './data-files.js'

const CHUNK_BYTES = 1 << 20

/**
 * Reads chunks of an uncompressed file synchronously or of a gzip file as a stream, and hands
 * them to `consume` with the unconsumed tail of the previous chunk in front (rows may span chunks).
 * `consume` returns how many bytes of the buffer it used; stops early when it returns `stop`.
 */
export async function forEachChunk(
  file: DataFile,
  start: number,
  consume: (buffer: Uint8Array, length: number, atEnd: boolean) => number | 'stop'
): Promise<void> {
  // A Buffer (not a plain Uint8Array) so field texts can use its native latin1/utf8 slicing.
  let buffer: Uint8Array = Buffer.allocUnsafe(CHUNK_BYTES * 2)
  let pending = 0
  const feed = (atEnd: boolean): boolean => {
    const used = consume(buffer, pending, atEnd)
    if (used === 'stop') return false
    buffer.copyWithin(0, used, pending)
    pending -= used
    return true
  }
  const makeRoom = (needed: number): void => {
    if (buffer.length - pending >= needed) return
    const larger = Buffer.allocUnsafe(Math.max(buffer.length * 2, pending + needed))
    larger.set(buffer.subarray(0, pending))
    buffer = larger
  }
  if (!file.gzip) {
    const fd = openSync(file.openPath, 'r')
    try {
      let position = start
      for (;;) {
        makeRoom(CHUNK_BYTES)
        const read = readSync(fd, buffer, pending, CHUNK_BYTES, position)
        position += read
        pending += read
        if (!feed(read === 0)) return
        if (read === 0) return
      }
    } finally {
      closeSync(fd)
    }
  }
  const stream = createReadStream(file.openPath).pipe(createGunzip())
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      makeRoom(chunk.length)
      buffer.set(chunk, pending)
      pending += chunk.length
      if (!feed(false)) return
    }
  } catch (error) {
    throw new InputError(
      { file: file.path },
      `cannot decompress the gzip file: ${(error as Error).message}`
    )
  } finally {
    stream.destroy()
  }
  feed(true)
}
