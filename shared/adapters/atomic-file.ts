import { randomBytes } from 'node:crypto'
import { link, mkdir, open, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { CreateOutcome } from '../store/store.js'

/**
 * File-system primitives for writes that are all-or-nothing and exclusive, the local
 * counterparts of GitHub's create-if-absent APIs (GITHUB-TESTING.md §5.3). The pattern is always:
 * write the complete content under a private temporary name, fsync it, then make it visible in
 * one atomic step (link or rename), and fsync the directory so the new name survives a crash.
 */

/**
 * Writes the chunks, in order, to a new file and forces them to disk. Fails if the file exists
 * ('wx'), so a temporary name can never be shared by two writers.
 */
export async function writeDurableFile(
  path: string,
  chunks: Uint8Array | readonly Uint8Array[]
): Promise<void> {
  const handle = await open(path, 'wx')
  try {
    for (const chunk of chunks instanceof Uint8Array ? [chunks] : chunks) {
      let offset = 0
      while (offset < chunk.byteLength) {
        const { bytesWritten } = await handle.write(chunk, offset, chunk.byteLength - offset)
        offset += bytesWritten
      }
    }
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Makes directory entries (a new link or rename) durable. Some platforms (Windows) cannot open a
 * directory for syncing; there the rename itself is what the OS guarantees, so that is skipped.
 */
export async function syncDirectory(directory: string): Promise<void> {
  let handle
  try {
    handle = await open(directory, 'r')
  } catch (error) {
    if (isErrno(error, 'EISDIR') || isErrno(error, 'EPERM') || isErrno(error, 'EACCES')) return
    throw error
  }
  try {
    await handle.sync()
  } catch (error) {
    if (!isErrno(error, 'EINVAL') && !isErrno(error, 'EBADF')) throw error
  } finally {
    await handle.close()
  }
}

/**
 * Gives a complete, synced file a second name, exclusively: `link(2)` fails with EEXIST when the
 * name is taken, and the file appears under it with all its bytes at once. Of any number of
 * processes linking to one name, exactly one gets 'created'.
 */
export async function linkExclusive(existingPath: string, newPath: string): Promise<CreateOutcome> {
  try {
    await link(existingPath, newPath)
    return 'created'
  } catch (error) {
    if (isErrno(error, 'EEXIST')) return 'exists'
    if (isErrno(error, 'EPERM') || isErrno(error, 'ENOTSUP') || isErrno(error, 'EXDEV')) {
      throw new Error(
        `Cannot create ${newPath}: the file system does not support hard links, which the local ` +
          'store needs for exclusive, crash-safe writes. Put the store on a local disk.',
        { cause: error }
      )
    }
    throw error
  }
}

/**
 * Moves a fully written directory to its final name, exclusively: `rename(2)` refuses to replace
 * a non-empty directory (ENOTEMPTY / EEXIST; EPERM on Windows), so a published directory is never
 * overwritten and readers see either nothing or everything.
 */
export async function renameDirectoryExclusive(from: string, to: string): Promise<CreateOutcome> {
  try {
    await rename(from, to)
    return 'created'
  } catch (error) {
    if (isErrno(error, 'ENOTEMPTY') || isErrno(error, 'EEXIST') || isErrno(error, 'EPERM')) {
      return 'exists'
    }
    throw error
  }
}

/** A fresh private name in `directory` for a temporary file or directory. */
export function temporaryName(directory: string, purpose: string): string {
  return join(directory, `${purpose}-${process.pid}-${randomBytes(8).toString('hex')}`)
}

/** Creates a directory and its parents when missing. */
export async function ensureDirectory(directory: string): Promise<void> {
  await mkdir(directory, { recursive: true })
}

/** Removes a temporary file or directory of our own; missing is fine. */
export async function removeTemporary(path: string): Promise<void> {
  await rm(path, { recursive: true, force: true })
}

/** True when `error` is a Node system error with the given code. */
export function isErrno(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === code
}
