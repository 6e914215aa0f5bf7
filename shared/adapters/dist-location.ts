import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Where the running bundle lives, set by its generated entry file. Worker threads need a file to
 * start (actions/dist/scan-worker.js); when Tollgate runs from source (tests), there is none and
 * callers fall back to working on the current thread.
 */
let distDirectory: string | undefined

export function setDistLocation(entryUrl: string): void {
  distDirectory = dirname(fileURLToPath(entryUrl))
}

/** Directory of the bundle, or undefined when running from TypeScript sources. */
export function getDistDirectory(): string | undefined {
  return distDirectory
}
