import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** A scratch directory with helpers to write files into it; remove() cleans up. */
export interface TempDir {
  path: string
  file(name: string, content: string | Uint8Array): string
  remove(): void
}

export function makeTempDir(prefix = 'tollgate-test-'): TempDir {
  const path = mkdtempSync(join(tmpdir(), prefix))
  return {
    path,
    file(name, content) {
      const full = join(path, name)
      mkdirSync(dirname(full), { recursive: true })
      writeFileSync(full, content)
      return full
    },
    remove() {
      rmSync(path, { recursive: true, force: true })
    }
  }
}
