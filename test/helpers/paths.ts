import { fileURLToPath } from 'node:url'

/** Absolute path of the repository root (jest's ESM mode has no import.meta.dirname). */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

/** Absolute path of a file under test/fixtures. */
export function fixturePath(...parts: string[]): string {
  return fileURLToPath(new URL(`../fixtures/${parts.join('/')}`, import.meta.url))
}
