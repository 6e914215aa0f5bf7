import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { UsageError } from '../errors.js'

/**
 * The demo's working directory. The demo starts from scratch every time, so it deletes what an
 * earlier demo left — but only a directory it can prove is its own (its marker file is there),
 * or an empty or missing one: `--directory ~` must never wipe a home directory.
 */

/** The marker the demo writes into its directory; only a directory holding it is ever wiped. */
export const DEMO_MARKER_FILE = '.tollgate-demo'

/** Where the demo runs when no directory is given (gitignored in the repository). */
export const DEFAULT_DEMO_DIRECTORY = 'tollgate-demo'

/** Empties (or creates) the directory and marks it as the demo's; returns its absolute path. */
export function prepareDemoDirectory(directory: string, cwd: string = process.cwd()): string {
  const path = resolve(cwd, directory)
  if (existsSync(path)) {
    if (!statSync(path).isDirectory()) {
      throw new UsageError(`The demo directory ${path} exists and is not a directory.`)
    }
    const entries = readdirSync(path)
    if (entries.length > 0 && !entries.includes(DEMO_MARKER_FILE)) {
      throw new UsageError(
        `The demo directory ${path} is not empty and was not made by \`tollgate demo\` (it has no ` +
          `${DEMO_MARKER_FILE} file), so the demo will not delete it. Choose another directory ` +
          'with --directory, or empty this one.'
      )
    }
    rmSync(path, { recursive: true, force: true })
  }
  mkdirSync(path, { recursive: true })
  writeFileSync(
    join(path, DEMO_MARKER_FILE),
    'Made by `tollgate demo`; the next demo run deletes and recreates this directory.\n'
  )
  return path
}
