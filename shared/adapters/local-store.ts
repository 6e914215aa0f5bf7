import { open, readFile, readdir, stat } from 'node:fs/promises'
import { isAbsolute, join, relative, resolve } from 'node:path'
import { IntegrityError, UsageError } from '../errors.js'
import {
  buildBundleManifest,
  describeBundleDifference,
  findBundleFile,
  parseBundleManifest,
  sameBundleContents,
  serializeBundleManifest,
  type BundleFiles,
  type BundleManifest
} from '../store/bundle-manifest.js'
import {
  canonicalJsonBytes,
  compactCanonicalJson,
  isJsonObject,
  parseJsonBytes,
  type JsonObject
} from '../store/canonical-json.js'
import { digestOf, isSha256Hex, verifyDigest, type ContentDigest } from '../store/content-digest.js'
import { compareRecords } from '../store/record-order.js'
import { ConflictError } from '../store/store-errors.js'
import {
  BUNDLE_MANIFEST_FILE,
  assertBundleName,
  assertRecordKey,
  assertRefName,
  assertRefPrefix,
  assertSeriesName,
  assertStorableSize,
  compareCodeUnits
} from '../store/store-names.js'
import type {
  BundlePublication,
  CreateOutcome,
  DamagedRecord,
  RecordInfo,
  RecordListing,
  RefClaim,
  RefCreation,
  Store,
  StoredRef
} from '../store/store.js'
import {
  ensureDirectory,
  isErrno,
  linkExclusive,
  removeTemporary,
  renameDirectoryExclusive,
  syncDirectory,
  temporaryName,
  writeDurableFile
} from './atomic-file.js'

/** The store directory the CLI and the demo use when `--store` is not given. */
export const DEFAULT_LOCAL_STORE_DIRECTORY = '.tollgate'

const REF_SUFFIX = '.json'
const RECORD_SUFFIX = '.record'
/** A record file starts with one line of JSON metadata; it is far shorter than this. */
const RECORD_HEADER_LIMIT = 1024
const NEWLINE = 0x0a

/**
 * The Store as a directory (DESIGN.md §3), for the CLI, the demo and self-hosted runners:
 *
 * ```
 * <root>/refs/<name>.json              claims, created by link(2): exclusive and all-or-nothing
 * <root>/bundles/<name>/…              published bundles, moved into place by one rename(2)
 * <root>/records/<series>/<key>.record one JSON header line, then the record's bytes (link(2))
 * <root>/staging/                      private temporary files and directories of writers
 * ```
 *
 * Every write goes to `staging/` first, is fsynced, and then appears under its final name in one
 * atomic, exclusive step, so two processes never both win a name and a crash at any point leaves
 * either nothing visible or the complete item. Leftovers in `staging/` are invisible to readers.
 * Names are validated before any path is built, and every path is checked to stay inside the
 * root, so nothing can be read or written outside the store directory.
 */
export class LocalStore implements Store {
  readonly root: string
  readonly location: string
  private readonly now: () => Date

  /** `root` is the store directory (created on first write); `now` is for tests. */
  constructor(root: string, options: { now?: () => Date } = {}) {
    this.root = resolve(root)
    this.location = `directory ${this.root}`
    this.now = options.now ?? (() => new Date())
  }

  /** The default store: `.tollgate/` in the given working directory. */
  static inWorkingDirectory(workingDirectory: string = process.cwd()): LocalStore {
    return new LocalStore(join(workingDirectory, DEFAULT_LOCAL_STORE_DIRECTORY))
  }

  // ---- claims ----------------------------------------------------------------------------------

  async createRef(name: string, claim: RefClaim): Promise<RefCreation> {
    assertRefName(name)
    const stored: StoredRef = {
      name,
      metadata: claim.metadata,
      ...(claim.commit === undefined ? {} : { commit: claim.commit }),
      createdAt: this.now().toISOString()
    }
    const bytes = canonicalJsonBytes(stored, `the metadata of ref ${JSON.stringify(name)}`)
    const refsDirectory = this.path('refs')
    const outcome = await this.publishFileExclusive(refsDirectory, this.refPath(name), [bytes])
    if (outcome === 'created') return { outcome, ref: parseRef(bytes, name) }
    const existing = await this.readRef(name)
    if (existing === undefined) {
      throw new IntegrityError(
        `Ref ${JSON.stringify(name)} exists in ${this.location} but cannot be read.`
      )
    }
    return { outcome, ref: existing }
  }

  async readRef(name: string): Promise<StoredRef | undefined> {
    assertRefName(name)
    const bytes = await readIfPresent(this.refPath(name))
    return bytes === undefined ? undefined : parseRef(bytes, name)
  }

  async listRefs(prefix: string): Promise<StoredRef[]> {
    assertRefPrefix(prefix)
    const names = (await listDirectory(this.path('refs')))
      .filter((entry) => entry.endsWith(REF_SUFFIX))
      .map((entry) => entry.slice(0, -REF_SUFFIX.length))
      .filter((name) => name.startsWith(prefix) && isValid(() => assertRefName(name)))
      .sort(compareCodeUnits)
    const refs: StoredRef[] = []
    for (const name of names) {
      const ref = await this.readRef(name)
      if (ref !== undefined) refs.push(ref)
    }
    return refs
  }

  // ---- bundles ---------------------------------------------------------------------------------

  async publishBundle(name: string, files: BundleFiles): Promise<BundlePublication> {
    const manifest = buildBundleManifest(name, files)
    const existing = await this.readBundleManifest(name)
    if (existing !== undefined) return this.republished(existing, manifest)
    const staged = await this.stageBundle(manifest, files)
    return this.commitBundle(staged, manifest)
  }

  async readBundleManifest(name: string): Promise<BundleManifest | undefined> {
    assertBundleName(name)
    const directory = this.bundlePath(name)
    const bytes = await readIfPresent(join(directory, BUNDLE_MANIFEST_FILE))
    if (bytes !== undefined) return parseBundleManifest(bytes, name)
    if (await exists(directory)) {
      throw new IntegrityError(
        `Bundle ${JSON.stringify(name)} in ${this.location} is damaged: its ` +
          `${BUNDLE_MANIFEST_FILE} is missing.`
      )
    }
    return undefined
  }

  async readBundleFile(name: string, fileName: string): Promise<Uint8Array> {
    const manifest = await this.readBundleManifest(name)
    if (manifest === undefined) {
      throw new UsageError(
        `No bundle named ${JSON.stringify(name)} is published in ${this.location}.`
      )
    }
    const entry = findBundleFile(manifest, fileName)
    const what = `File ${JSON.stringify(fileName)} of bundle ${JSON.stringify(name)}`
    const bytes = await readIfPresent(join(this.bundlePath(name), entry.name))
    if (bytes === undefined) throw new IntegrityError(`${what} is missing from ${this.location}.`)
    verifyDigest(bytes, entry, what)
    return bytes
  }

  async listBundles(prefix: string): Promise<string[]> {
    assertRefPrefix(prefix)
    return (await listDirectory(this.path('bundles')))
      .filter((name) => name.startsWith(prefix) && isValid(() => assertBundleName(name)))
      .sort(compareCodeUnits)
  }

  /**
   * Writes every file and the manifest into a private staging directory and syncs it. Until
   * `commitBundle` renames it, nothing of the bundle is visible. (Protected so a test can stop a
   * writer here, as a crash would.)
   */
  protected async stageBundle(manifest: BundleManifest, files: BundleFiles): Promise<string> {
    const stagingDirectory = this.path('staging')
    await ensureDirectory(stagingDirectory)
    const staged = temporaryName(stagingDirectory, 'bundle')
    await ensureDirectory(staged)
    for (const entry of manifest.files) {
      await writeDurableFile(join(staged, entry.name), files.get(entry.name) ?? new Uint8Array())
    }
    await writeDurableFile(join(staged, BUNDLE_MANIFEST_FILE), serializeBundleManifest(manifest))
    await syncDirectory(staged)
    return staged
  }

  /** Makes a staged bundle visible in one rename, or reconciles with a concurrent publisher. */
  protected async commitBundle(
    staged: string,
    manifest: BundleManifest
  ): Promise<BundlePublication> {
    const bundlesDirectory = this.path('bundles')
    await ensureDirectory(bundlesDirectory)
    const outcome = await renameDirectoryExclusive(staged, this.bundlePath(manifest.bundle))
    if (outcome === 'created') {
      await syncDirectory(bundlesDirectory)
      return { outcome, manifest }
    }
    await removeTemporary(staged)
    const existing = await this.readBundleManifest(manifest.bundle)
    if (existing === undefined) {
      throw new Error(
        `Could not publish bundle ${JSON.stringify(manifest.bundle)} in ${this.location}.`
      )
    }
    return this.republished(existing, manifest)
  }

  private republished(existing: BundleManifest, attempted: BundleManifest): BundlePublication {
    if (sameBundleContents(existing, attempted)) return { outcome: 'exists', manifest: existing }
    throw new ConflictError(
      `Bundle ${JSON.stringify(attempted.bundle)} is already published in ${this.location} with ` +
        `other files (${describeBundleDifference(existing, attempted)}); published bundles are ` +
        'immutable, so publish under a new name.'
    )
  }

  // ---- records ---------------------------------------------------------------------------------

  async appendRecord(series: string, key: string, bytes: Uint8Array): Promise<CreateOutcome> {
    assertSeriesName(series)
    assertRecordKey(key)
    assertStorableSize(bytes.byteLength, `Record ${JSON.stringify(key)}`)
    const digest = digestOf(bytes)
    const finalPath = this.recordPath(series, key)
    if (await exists(finalPath)) return this.compareWithStoredRecord(series, key, digest)
    const header: RecordHeader = { createdAt: this.now().toISOString(), ...digest }
    const headerLine = new TextEncoder().encode(
      `${compactCanonicalJson(header, 'record header')}\n`
    )
    const outcome = await this.publishFileExclusive(this.path('records', series), finalPath, [
      headerLine,
      bytes
    ])
    if (outcome === 'created') return outcome
    return this.compareWithStoredRecord(series, key, digest)
  }

  async listRecords(series: string): Promise<RecordListing> {
    assertSeriesName(series)
    const directory = this.path('records', series)
    const records: RecordInfo[] = []
    const damaged: DamagedRecord[] = []
    const keys = (await listDirectory(directory))
      .filter((entry) => entry.endsWith(RECORD_SUFFIX))
      .map((entry) => entry.slice(0, -RECORD_SUFFIX.length))
      .filter((key) => isValid(() => assertRecordKey(key)))
    for (const key of keys) {
      const inspected = await inspectRecordFile(this.recordPath(series, key))
      if ('problem' in inspected) damaged.push({ key, problem: inspected.problem })
      else records.push({ key, ...inspected.header })
    }
    records.sort(compareRecords)
    damaged.sort((a, b) => compareCodeUnits(a.key, b.key))
    return { records, damaged }
  }

  async readRecord(series: string, key: string): Promise<Uint8Array | undefined> {
    assertSeriesName(series)
    assertRecordKey(key)
    const bytes = await readIfPresent(this.recordPath(series, key))
    if (bytes === undefined) return undefined
    const what = recordDescription(series, key, this.location)
    const parsed = splitRecordFile(bytes)
    if ('problem' in parsed) throw new IntegrityError(`${what} is damaged: ${parsed.problem}`)
    verifyDigest(parsed.body, parsed.header, what)
    return parsed.body
  }

  private async compareWithStoredRecord(
    series: string,
    key: string,
    digest: ContentDigest
  ): Promise<CreateOutcome> {
    const stored = await this.readRecord(series, key)
    if (stored === undefined) {
      throw new IntegrityError(
        `${recordDescription(series, key, this.location)} vanished while being read.`
      )
    }
    const storedDigest = digestOf(stored)
    if (storedDigest.sha256 === digest.sha256) return 'exists'
    throw new ConflictError(
      `${recordDescription(series, key, this.location)} already exists with other content ` +
        `(sha256 ${storedDigest.sha256}, ${storedDigest.size} bytes; this write has ` +
        `${digest.sha256}, ${digest.size} bytes). Records are immutable: a re-run must write ` +
        'identical bytes, anything else needs a new key.'
    )
  }

  // ---- paths and primitives --------------------------------------------------------------------

  /**
   * Writes the chunks to a synced temporary file and links it to `finalPath` exclusively, so the
   * file appears complete or not at all, and only for one writer.
   */
  private async publishFileExclusive(
    directory: string,
    finalPath: string,
    chunks: readonly Uint8Array[]
  ): Promise<CreateOutcome> {
    const stagingDirectory = this.path('staging')
    await ensureDirectory(stagingDirectory)
    await ensureDirectory(directory)
    const temporary = temporaryName(stagingDirectory, 'file')
    try {
      await writeDurableFile(temporary, chunks)
      const outcome = await linkExclusive(temporary, finalPath)
      if (outcome === 'created') await syncDirectory(directory)
      return outcome
    } finally {
      await removeTemporary(temporary)
    }
  }

  private refPath(name: string): string {
    return this.path('refs', `${name}${REF_SUFFIX}`)
  }

  private bundlePath(name: string): string {
    return this.path('bundles', name)
  }

  private recordPath(series: string, key: string): string {
    return this.path('records', series, `${key}${RECORD_SUFFIX}`)
  }

  /** A path inside the store; refuses anything that would resolve outside the root. */
  private path(...parts: string[]): string {
    const full = resolve(this.root, ...parts)
    const inside = relative(this.root, full)
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
      throw new UsageError(`Refusing to use a path outside the store ${this.root}: ${full}`)
    }
    return full
  }
}

interface RecordHeader extends ContentDigest {
  createdAt: string
}

type ParsedRecord = { header: RecordHeader; body: Uint8Array } | { problem: string }

/** Splits a record file into its header line and body, checking the header's shape. */
function splitRecordFile(bytes: Uint8Array): ParsedRecord {
  const end = bytes.subarray(0, RECORD_HEADER_LIMIT).indexOf(NEWLINE)
  if (end < 0) return { problem: 'its header line is missing or truncated.' }
  const header = parseRecordHeader(bytes.subarray(0, end))
  if (header === undefined) return { problem: 'its header line is not valid record metadata.' }
  return { header, body: bytes.subarray(end + 1) }
}

/**
 * Reads only the header of a record file (listing must not read every record's bytes) and
 * checks that the file is as long as the header says, which catches truncation.
 */
async function inspectRecordFile(
  path: string
): Promise<{ header: RecordHeader } | { problem: string }> {
  const handle = await open(path, 'r')
  try {
    const buffer = new Uint8Array(RECORD_HEADER_LIMIT)
    const { bytesRead } = await handle.read(buffer, 0, RECORD_HEADER_LIMIT, 0)
    const end = buffer.subarray(0, bytesRead).indexOf(NEWLINE)
    if (end < 0) return { problem: 'its header line is missing or truncated.' }
    const header = parseRecordHeader(buffer.subarray(0, end))
    if (header === undefined) return { problem: 'its header line is not valid record metadata.' }
    const { size } = await handle.stat()
    if (size !== end + 1 + header.size) {
      return {
        problem: `it has ${size - end - 1} bytes of content but ${header.size} were recorded.`
      }
    }
    return { header }
  } finally {
    await handle.close()
  }
}

function parseRecordHeader(bytes: Uint8Array): RecordHeader | undefined {
  const parsed = parseJsonBytes(bytes)
  if (!parsed.ok || !isJsonObject(parsed.value)) return undefined
  const { createdAt, sha256, size } = parsed.value
  if (typeof createdAt !== 'string' || !isSha256Hex(sha256)) return undefined
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) return undefined
  return { createdAt, sha256, size }
}

function parseRef(bytes: Uint8Array, name: string): StoredRef {
  const parsed = parseJsonBytes(bytes)
  const ref = parsed.ok && isJsonObject(parsed.value) ? parsed.value : undefined
  if (
    ref === undefined ||
    ref.name !== name ||
    typeof ref.createdAt !== 'string' ||
    !isJsonObject(ref.metadata) ||
    (ref.commit !== undefined && typeof ref.commit !== 'string')
  ) {
    throw new IntegrityError(
      `Ref ${JSON.stringify(name)} is damaged: its file is not a valid claim.`
    )
  }
  return {
    name,
    metadata: ref.metadata as JsonObject,
    ...(ref.commit === undefined ? {} : { commit: ref.commit }),
    createdAt: ref.createdAt
  }
}

function recordDescription(series: string, key: string, location: string): string {
  return `Record ${JSON.stringify(key)} of series ${JSON.stringify(series)} in ${location}`
}

async function readIfPresent(path: string): Promise<Uint8Array | undefined> {
  try {
    const buffer = await readFile(path)
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return undefined
    throw error
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return false
    throw error
  }
}

async function listDirectory(directory: string): Promise<string[]> {
  try {
    return await readdir(directory)
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return []
    throw error
  }
}

function isValid(check: () => void): boolean {
  try {
    check()
    return true
  } catch {
    return false
  }
}
