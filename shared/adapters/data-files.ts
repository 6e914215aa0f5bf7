import { existsSync, readdirSync, statSync } from 'node:fs'
import { isAbsolute, join, relative, sep } from 'node:path'
import { InputError, UsageError } from '../errors.js'
import { globBase, globToRegExp, hasGlobMagic } from '../text/glob-pattern.js'

export type DataFormat = 'csv' | 'tsv' | 'jsonl' | 'parquet'
export const DATA_FORMATS: readonly DataFormat[] = ['csv', 'tsv', 'jsonl', 'parquet']

export interface DataFile {
  /** The path as the user wrote it (or as matched by the glob), for messages and reports. */
  path: string
  /** The path to open: `path` resolved against the working directory the files were resolved in. */
  openPath: string
  format: DataFormat
  gzip: boolean
  bytes: number
}

/**
 * Expands the user's file list (paths and globs, separated by newlines or commas) into existing
 * files, sorted within each pattern so results do not depend on directory order. A pattern that
 * matches nothing is an error: a data check that silently checked zero files would pass.
 */
export function resolveDataFiles(
  patterns: string[],
  format: DataFormat | 'auto',
  cwd = process.cwd()
): DataFile[] {
  if (patterns.length === 0) throw new UsageError('No data files were given.')
  const files: DataFile[] = []
  const seen = new Set<string>()
  for (const pattern of patterns) {
    const matches = hasGlobMagic(pattern) ? expandGlob(pattern, cwd) : [pattern]
    if (matches.length === 0)
      throw new InputError({ file: pattern }, 'the pattern matches no files')
    for (const path of matches) {
      if (seen.has(path)) continue
      seen.add(path)
      const openPath = isAbsolute(path) ? path : join(cwd, path)
      if (!existsSync(openPath)) {
        throw new InputError({ file: path }, 'no such file')
      }
      const stats = statSync(openPath)
      if (!stats.isFile()) throw new InputError({ file: path }, 'not a regular file')
      files.push({ path, openPath, bytes: stats.size, ...detectFormat(path, format) })
    }
  }
  return files
}

/** Format from the extension (`.csv`, `.tsv`, `.jsonl`/`.ndjson`, `.parquet`, each optionally `.gz`). */
export function detectFormat(
  path: string,
  format: DataFormat | 'auto'
): { format: DataFormat; gzip: boolean } {
  const lower = path.toLowerCase()
  const gzip = lower.endsWith('.gz')
  const base = gzip ? lower.slice(0, -3) : lower
  if (format !== 'auto') return { format, gzip }
  if (base.endsWith('.csv') || base.endsWith('.txt')) return { format: 'csv', gzip }
  if (base.endsWith('.tsv') || base.endsWith('.tab')) return { format: 'tsv', gzip }
  if (base.endsWith('.jsonl') || base.endsWith('.ndjson') || base.endsWith('.json'))
    return { format: 'jsonl', gzip }
  if (base.endsWith('.parquet') || base.endsWith('.pq')) {
    if (gzip)
      throw new InputError(
        { file: path },
        'gzip-compressed Parquet is not supported; Parquet compresses its pages itself'
      )
    return { format: 'parquet', gzip: false }
  }
  throw new InputError(
    { file: path },
    'cannot tell the format from the file name; use a .csv, .tsv, .jsonl, .ndjson or .parquet extension (optionally .gz), or set the format explicitly'
  )
}

function expandGlob(pattern: string, cwd: string): string[] {
  const normalized = pattern.split(sep).join('/')
  const regex = globToRegExp(normalized.replace(/^\.\//, ''))
  const base = globBase(normalized)
  const root = base.startsWith('/') ? base : join(cwd, base)
  if (!existsSync(root)) return []
  const found: string[] = []
  const walk = (directory: string): void => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === '.git') continue
      const full = join(directory, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.isFile()) {
        const shown = normalized.startsWith('/') ? full : relative(cwd, full).split(sep).join('/')
        if (regex.test(shown)) found.push(shown)
      }
    }
  }
  walk(root)
  return found.sort()
}
