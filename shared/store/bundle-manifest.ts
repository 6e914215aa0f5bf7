import { IntegrityError, UsageError } from '../errors.js'
import { canonicalJsonBytes, isJsonObject, parseJsonBytes } from './canonical-json.js'
import { digestOf, isSha256Hex, verifyDigest } from './content-digest.js'
import {
  BUNDLE_MANIFEST_FILE,
  MAX_BUNDLE_FILES,
  assertBundleFileName,
  assertBundleName,
  assertStorableSize,
  compareCodeUnits
} from './store-names.js'

/**
 * The `manifest.json` every bundle carries: the name, size and SHA-256 of each other file. It is
 * what makes a bundle verifiable on download (DESIGN.md §3 "Integrity") and what an idempotent
 * re-publish compares against. It holds no timestamps, so the same files give the same bytes.
 */
export interface BundleManifest {
  schema: typeof BUNDLE_MANIFEST_SCHEMA
  /** The bundle's name, e.g. `churn@v0.0.1`. */
  bundle: string
  /** Every file except `manifest.json` itself, sorted by name. */
  files: BundleFileEntry[]
}

export interface BundleFileEntry {
  name: string
  /** Bytes. */
  size: number
  /** Lower-case hexadecimal SHA-256. */
  sha256: string
}

/** The files of a bundle, by file name. */
export type BundleFiles = ReadonlyMap<string, Uint8Array>

export const BUNDLE_MANIFEST_SCHEMA = 'tollgate.bundle-manifest/1'

/**
 * Validates a bundle before anything is written (names, count, sizes) and computes its manifest.
 * Two names that differ only in case are refused: they would overwrite each other on the
 * case-insensitive file systems of macOS and Windows runners.
 */
export function buildBundleManifest(bundle: string, files: BundleFiles): BundleManifest {
  assertBundleName(bundle)
  if (files.size + 1 > MAX_BUNDLE_FILES) {
    throw new UsageError(
      `Bundle ${JSON.stringify(bundle)} has ${files.size} files; at most ` +
        `${MAX_BUNDLE_FILES - 1} fit beside its ${BUNDLE_MANIFEST_FILE} (GitHub allows ` +
        `${MAX_BUNDLE_FILES} assets per release). Combine files, e.g. into an archive.`
    )
  }
  const seen = new Map<string, string>()
  const entries: BundleFileEntry[] = []
  for (const [name, bytes] of files) {
    assertBundleFileName(name)
    if (name === BUNDLE_MANIFEST_FILE) {
      throw new UsageError(
        `Bundle ${JSON.stringify(bundle)} cannot contain a file named ${BUNDLE_MANIFEST_FILE}: ` +
          'the store writes that file itself. Rename yours.'
      )
    }
    const folded = name.toLowerCase()
    const clash = seen.get(folded)
    if (clash !== undefined) {
      throw new UsageError(
        `Bundle ${JSON.stringify(bundle)} has files ${JSON.stringify(clash)} and ` +
          `${JSON.stringify(name)}, which differ only in case; rename one of them.`
      )
    }
    seen.set(folded, name)
    assertStorableSize(bytes.byteLength, `File ${JSON.stringify(name)}`)
    entries.push({ name, ...digestOf(bytes) })
  }
  entries.sort((a, b) => compareCodeUnits(a.name, b.name))
  return { schema: BUNDLE_MANIFEST_SCHEMA, bundle, files: entries }
}

/** The bytes of `manifest.json`. */
export function serializeBundleManifest(manifest: BundleManifest): Uint8Array {
  return canonicalJsonBytes(manifest, BUNDLE_MANIFEST_FILE)
}

/**
 * Reads a stored `manifest.json` and checks its shape. A manifest that does not parse, or names
 * another bundle, means the bundle itself cannot be trusted: IntegrityError.
 */
export function parseBundleManifest(bytes: Uint8Array, bundle: string): BundleManifest {
  const what = `The ${BUNDLE_MANIFEST_FILE} of bundle ${JSON.stringify(bundle)}`
  const parsed = parseJsonBytes(bytes)
  if (!parsed.ok) {
    throw new IntegrityError(`${what} is damaged: it is not valid JSON (${parsed.problem}).`)
  }
  const value = parsed.value
  if (
    !isJsonObject(value) ||
    value.schema !== BUNDLE_MANIFEST_SCHEMA ||
    !Array.isArray(value.files)
  ) {
    throw new IntegrityError(
      `${what} is damaged: expected an object with schema "${BUNDLE_MANIFEST_SCHEMA}" and a files list.`
    )
  }
  if (value.bundle !== bundle) {
    throw new IntegrityError(
      `${what} names bundle ${JSON.stringify(value.bundle)}; it was not written for this bundle.`
    )
  }
  const files: BundleFileEntry[] = []
  for (const entry of value.files as unknown[]) {
    if (
      !isJsonObject(entry) ||
      typeof entry.name !== 'string' ||
      typeof entry.size !== 'number' ||
      !Number.isSafeInteger(entry.size) ||
      entry.size < 0 ||
      !isSha256Hex(entry.sha256)
    ) {
      throw new IntegrityError(
        `${what} is damaged: a file entry lacks a name, a size or a sha256 (${JSON.stringify(entry)}).`
      )
    }
    files.push({ name: entry.name, size: entry.size, sha256: entry.sha256 })
  }
  return { schema: BUNDLE_MANIFEST_SCHEMA, bundle, files }
}

/** True when two manifests describe the same files with the same bytes. */
export function sameBundleContents(a: BundleManifest, b: BundleManifest): boolean {
  if (a.files.length !== b.files.length) return false
  return a.files.every((entry, index) => {
    const other = b.files[index]
    return (
      other !== undefined &&
      other.name === entry.name &&
      other.size === entry.size &&
      other.sha256 === entry.sha256
    )
  })
}

/** Describes how a re-publish differs from what is stored, for a ConflictError message. */
export function describeBundleDifference(
  stored: BundleManifest,
  attempted: BundleManifest
): string {
  const storedByName = new Map(stored.files.map((entry) => [entry.name, entry]))
  const attemptedByName = new Map(attempted.files.map((entry) => [entry.name, entry]))
  const differences: string[] = []
  for (const entry of attempted.files) {
    const other = storedByName.get(entry.name)
    if (other === undefined) differences.push(`${entry.name} is new`)
    else if (other.sha256 !== entry.sha256) differences.push(`${entry.name} has other content`)
  }
  for (const entry of stored.files) {
    if (!attemptedByName.has(entry.name)) differences.push(`${entry.name} is missing`)
  }
  return differences.slice(0, 5).join(', ') + (differences.length > 5 ? ', …' : '')
}

/** The manifest entry of one file; UsageError naming the available files when absent. */
export function findBundleFile(manifest: BundleManifest, fileName: string): BundleFileEntry {
  const entry = manifest.files.find((file) => file.name === fileName)
  if (entry === undefined) {
    const available = manifest.files.map((file) => file.name).join(', ')
    throw new UsageError(
      `Bundle ${JSON.stringify(manifest.bundle)} has no file ${JSON.stringify(fileName)}; ` +
        `it has: ${available || '(no files)'}.`
    )
  }
  return entry
}

/** Checks bytes read for one file against the manifest (IntegrityError on mismatch). */
export function verifyBundleFile(
  manifest: BundleManifest,
  fileName: string,
  bytes: Uint8Array
): void {
  verifyDigest(
    bytes,
    findBundleFile(manifest, fileName),
    `File ${JSON.stringify(fileName)} of bundle ${JSON.stringify(manifest.bundle)}`
  )
}
