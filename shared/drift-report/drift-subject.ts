import { hashString53 } from '../sketch/hash-bytes.js'
import { HISTORY_SERIES_PREFIX } from '../spc-history/series-naming.js'
import { MAX_NAME_LENGTH } from '../store/store-names.js'

/**
 * The subject of a drift check — what is monitored, e.g. the model `churn` or the dataset
 * `customers`. One issue and one history series exist per subject, so the subject must be stable
 * from run to run: by default the model name of a registry reference, else the reference file's
 * name without directory and extensions.
 */

const DATA_EXTENSIONS = /\.(csv|tsv|tab|txt|jsonl|ndjson|json|parquet|pq)$/i
const GLOB_CHARACTERS = /[*?[\]{}]/
/** Longest subject kept: it appears in an issue title (GitHub allows 256 characters). */
export const MAX_SUBJECT_LENGTH = 120

/** The subject a run uses when the user names none. */
export function defaultDriftSubject(reference: {
  source: string
  model?: { name: string }
}): string {
  if (reference.model !== undefined) return reference.model.name
  const first = reference.source.split(/[\n,]/)[0]?.trim() ?? ''
  const segments = first.split(/[\\/]/).filter((segment) => segment !== '')
  // A glob names a folder of files: use the last segment without wildcards.
  const named = [...segments].reverse().find((segment) => !GLOB_CHARACTERS.test(segment)) ?? ''
  let name = named.replace(/\.gz$/i, '')
  const isFile = segments.at(-1) === named
  if (isFile) name = name.replace(DATA_EXTENSIONS, '')
  return cleanDriftSubject(name === '' ? 'data' : name)
}

/** A subject as given by a user, made safe for titles: one line, no control characters, capped. */
export function cleanDriftSubject(text: string): string {
  const oneLine = text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return oneLine.length > MAX_SUBJECT_LENGTH ? `${oneLine.slice(0, MAX_SUBJECT_LENGTH)}…` : oneLine
}

/**
 * The spc-check series holding a subject's drift history: `drift-<subject>` in the characters a
 * series name allows (stored under spc-check's historySeriesName). When characters had to be replaced, a
 * hash of the exact subject is appended, so two subjects that differ only in those characters
 * never share a series.
 */
export function driftSeriesName(subject: string): string {
  const slug = subject
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
  const lossless = slug === subject && slug !== ''
  const suffix = lossless ? '' : `-${hashString53(subject).toString(16).padStart(14, '0')}`
  const room = MAX_NAME_LENGTH - HISTORY_SERIES_PREFIX.length - 'drift-'.length - suffix.length
  const cut = slug.slice(0, room).replace(/[-.]+$/, '')
  return `drift-${cut}${suffix}`.replace(/-{2,}/g, '-')
}
