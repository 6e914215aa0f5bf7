import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { InputError } from '../errors.js'

/** Reads a user file as UTF-8 or fails with an InputError that names it and says why. */
export function readUserFile(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory, expected a file'
          : (error as Error).message
    throw new InputError({ file: path }, `cannot read the ${what}: ${reason}`)
  }
}

/** Reads and parses a user JSON file; syntax errors name the file. */
export function readUserJson(path: string, what: string): unknown {
  const text = readUserFile(path, what)
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new InputError(
      { file: path },
      `the ${what} is not valid JSON: ${(error as Error).message}`
    )
  }
}

/**
 * Writes JSON (2-space indent, trailing newline), creating the folder. The file is written
 * next to its target and renamed into place, so a reader never sees half a report.
 */
export function writeJsonFile(path: string, value: unknown): void {
  writeTextFile(path, `${JSON.stringify(value, null, 2)}\n`)
}

/** Writes text atomically (temp file + rename), creating the folder. */
export function writeTextFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true })
  const temporary = `${path}.${process.pid}.tmp`
  writeFileSync(temporary, text)
  renameSync(temporary, path)
}
