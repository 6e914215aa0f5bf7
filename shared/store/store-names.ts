import { UsageError } from '../errors.js'

/**
 * Names a Store accepts, and the limits it enforces. Every store checks names with these functions
 * before any I/O, so a name that works locally also works on GitHub and the other way round:
 * - ref and bundle names become git tag names (`refs/tags/<name>`) and release tag names;
 * - bundle file names, series names and record keys become release asset names, which GitHub
 *   silently renames when they contain other characters or a leading or trailing period
 *   (GITHUB-TESTING.md §5.1), and local file names.
 * None of them may contain a path separator or `..`, so no name can reach outside a local store.
 *
 * Names always start with a letter or digit. Implementations may use names starting with `_`
 * for their own bookkeeping (e.g. the release tags of record-series segments on GitHub); such
 * names can never collide with a caller's.
 */

/** GitHub's cap on assets per release; a bundle's `manifest.json` counts as one of them. */
export const MAX_BUNDLE_FILES = 1000

/** Largest file or record a store accepts: GitHub requires each release asset to be under 2 GiB. */
export const MAX_FILE_BYTES = 2 * 1024 ** 3 - 1

/** Longest name accepted, well inside file-system (255) and git limits. */
export const MAX_NAME_LENGTH = 200

/** The file every bundle carries, written by the store; callers cannot supply a file by this name. */
export const BUNDLE_MANIFEST_FILE = 'manifest.json'

const REF_NAME = /^[A-Za-z0-9][A-Za-z0-9._@#!-]*$/
const REF_PREFIX = /^[A-Za-z0-9._@#!-]*$/
const ASSET_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/

const REF_CHARACTERS_HINT =
  'use letters, digits and the characters . _ - @ # !, starting with a letter or digit'
const ASSET_CHARACTERS_HINT =
  'use letters, digits and the characters . _ -, starting with a letter or digit ' +
  '(GitHub renames release assets with other characters)'

/**
 * Checks the name of a claim (a git tag on GitHub, e.g. `churn@v0.0.1` or `churn#production#3`).
 * `what` says what the name is for in the error ("ref name", "bundle name").
 */
export function assertRefName(name: string, what = 'ref name'): void {
  checkLength(name, what)
  if (!REF_NAME.test(name)) fail(name, what, REF_CHARACTERS_HINT)
  if (name.includes('..')) fail(name, what, 'it must not contain ".."')
  if (name.endsWith('.')) fail(name, what, 'it must not end with "."')
  if (name.endsWith('.lock')) fail(name, what, 'git does not allow names ending in ".lock"')
}

/** Checks a prefix used to list refs or bundles (may be empty: list everything). */
export function assertRefPrefix(prefix: string): void {
  if (prefix.length > MAX_NAME_LENGTH) fail(prefix, 'ref prefix', 'it is too long')
  if (!REF_PREFIX.test(prefix)) fail(prefix, 'ref prefix', REF_CHARACTERS_HINT)
}

/** Bundles are named like refs: on GitHub a bundle is the release of the tag with its name. */
export function assertBundleName(name: string): void {
  assertRefName(name, 'bundle name')
}

/** Checks the name of one file inside a bundle (a release asset on GitHub). */
export function assertBundleFileName(name: string): void {
  assertAssetName(name, 'bundle file name')
}

/** Checks the name of a record series (`spc-history.orders`, `lineage`, `deployments`). */
export function assertSeriesName(name: string): void {
  assertAssetName(name, 'series name')
}

/** Checks the key of one record in a series, e.g. `<run-id>-<attempt>`. */
export function assertRecordKey(key: string): void {
  assertAssetName(key, 'record key')
}

/** Checks the size of a file or record against the per-asset limit. `what` names it. */
export function assertStorableSize(size: number, what: string): void {
  if (size > MAX_FILE_BYTES) {
    throw new UsageError(
      `${what} has ${size} bytes; a store accepts at most ${MAX_FILE_BYTES} bytes per file ` +
        '(GitHub requires each release asset to be under 2 GiB). Split it into smaller files.'
    )
  }
}

function assertAssetName(name: string, what: string): void {
  checkLength(name, what)
  if (!ASSET_NAME.test(name)) fail(name, what, ASSET_CHARACTERS_HINT)
  if (name.endsWith('.')) fail(name, what, 'it must not end with "." (GitHub renames it)')
  if (name.includes('..')) fail(name, what, 'it must not contain ".."')
}

function checkLength(name: string, what: string): void {
  if (name.length === 0) throw new UsageError(`The ${what} is empty; give a name.`)
  if (name.length > MAX_NAME_LENGTH) {
    fail(name, what, `it has ${name.length} characters, at most ${MAX_NAME_LENGTH} are allowed`)
  }
}

function fail(name: string, what: string, rule: string): never {
  throw new UsageError(`The ${what} ${JSON.stringify(name)} is not allowed: ${rule}.`)
}

/** Locale-independent order of names, so every store lists in the same order. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
