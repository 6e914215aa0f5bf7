import type { BundleFiles, BundleManifest } from './bundle-manifest.js'
import type { JsonObject } from './canonical-json.js'

/**
 * Where Tollgate keeps state that must outlive a run: registry claims, model bundles and
 * append-only histories (DESIGN.md §3). Two implementations keep the same guarantees and pass
 * one contract suite (test/store-contract): `LocalStore` (a directory, default `.tollgate/`) and
 * `GitHubStore` (git tags, releases and release assets).
 *
 * Guarantees every implementation gives:
 * - Immutable and append-only. Nothing stored is ever rewritten or deleted-then-recreated; a
 *   second write of the same name with the same content is a no-op ('exists'), with other content
 *   a `ConflictError`.
 * - Atomic claims. Of any number of concurrent `createRef` calls for one name, across processes
 *   and machines, exactly one gets 'created'.
 * - All or nothing. A bundle is visible only once every file is stored; a writer that dies
 *   mid-way leaves nothing a reader can see, and publishing the same bundle again completes it.
 * - Integrity. Every bundle file and record has a recorded SHA-256, checked on every read;
 *   a mismatch is an `IntegrityError`, never silently used, dropped or replaced.
 * - Names are validated the same way everywhere (`store-names.ts`) before any I/O.
 *
 * Names: refs and bundles share one grammar (git tag names, e.g. `churn@v0.0.1`,
 * `churn#production#3`); bundle files, series and record keys use release-asset names
 * (`[A-Za-z0-9._-]`, no leading or trailing dot).
 */
export interface Store {
  /** Where the store is, for messages: "directory /repo/.tollgate", "GitHub octo/repo". */
  readonly location: string

  /**
   * Claims `name` if nobody has: 'created' for exactly one caller, 'exists' for everyone else.
   * The returned ref is always the stored one, so a caller that lost can read the winner's
   * metadata (e.g. to recognise its own claim on a retry). On GitHub this is an annotated tag
   * whose message is the metadata as JSON, created with `POST /git/refs` (422 when it exists).
   */
  createRef(name: string, claim: RefClaim): Promise<RefCreation>

  /** The ref named `name`, or undefined when it does not exist. */
  readRef(name: string): Promise<StoredRef | undefined>

  /** Every ref whose name starts with `prefix` ('' lists all), sorted by name. */
  listRefs(prefix: string): Promise<StoredRef[]>

  /**
   * Publishes a bundle of files under `name` with a generated `manifest.json`. Visible only when
   * complete. Publishing a name that is already published returns 'exists' when the files are
   * identical and throws `ConflictError` when they differ. A bundle left half-written by a
   * crashed writer is invisible, and this call completes it.
   * Limits: at most 999 files (plus the manifest), each under 2 GiB.
   */
  publishBundle(name: string, files: BundleFiles): Promise<BundlePublication>

  /** The manifest of a published bundle, or undefined when none is published under `name`. */
  readBundleManifest(name: string): Promise<BundleManifest | undefined>

  /**
   * One file of a published bundle, verified against the manifest (`IntegrityError` on
   * mismatch). `UsageError` when the bundle is not published or has no such file.
   */
  readBundleFile(name: string, fileName: string): Promise<Uint8Array>

  /** Names of the published bundles whose name starts with `prefix`, sorted by name. */
  listBundles(prefix: string): Promise<string[]>

  /**
   * Appends one record to a series if `key` is not taken: 'created', or 'exists' when the stored
   * record has identical bytes (an idempotent re-run). Different bytes under the same key throw
   * `ConflictError`; a damaged entry under the key is never reported as 'exists'. Series are
   * unbounded: on GitHub they roll over to new segment releases before the 1000-asset cap,
   * which callers never see.
   */
  appendRecord(series: string, key: string, bytes: Uint8Array): Promise<CreateOutcome>

  /**
   * The records of a series, oldest first (by creation time, then key), and the entries that
   * could not be read as records. Content corruption is found by `readRecord`, which verifies
   * the bytes; an entry whose own metadata is unreadable is listed in `damaged`, so callers can
   * report it and carry on with the rest.
   */
  listRecords(series: string): Promise<RecordListing>

  /** The bytes of one record, verified (`IntegrityError` on mismatch); undefined when absent. */
  readRecord(series: string, key: string): Promise<Uint8Array | undefined>
}

export type CreateOutcome = 'created' | 'exists'

/** What a claimer stores with a ref. */
export interface RefClaim {
  /** Small JSON object (a few kB at most): who claimed, for which run, what it points at. */
  metadata: JsonObject
  /**
   * The git commit the ref points at, when known (a registered model version points at the
   * commit it was trained from). GitHub needs one for a tag and uses its own default when this is
   * absent; a local store just records it.
   */
  commit?: string
}

export interface StoredRef {
  name: string
  metadata: JsonObject
  commit?: string
  /** When the ref was created, ISO-8601 UTC, as recorded by the store (not by the caller). */
  createdAt: string
}

export interface RefCreation {
  outcome: CreateOutcome
  /** The stored ref: the caller's on 'created', the earlier claimer's on 'exists'. */
  ref: StoredRef
}

export interface BundlePublication {
  outcome: CreateOutcome
  manifest: BundleManifest
}

export interface RecordInfo {
  key: string
  /** Bytes, as recorded at write time. */
  size: number
  /** ISO-8601 UTC, as recorded by the store. */
  createdAt: string
  /** Lower-case hexadecimal SHA-256, as recorded at write time. */
  sha256: string
}

/** An entry in a series that is not a readable record (damaged metadata, failed upload). */
export interface DamagedRecord {
  key: string
  /** One sentence: what is wrong with it. */
  problem: string
}

export interface RecordListing {
  records: RecordInfo[]
  damaged: DamagedRecord[]
}
