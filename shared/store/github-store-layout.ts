import { isSha256Hex } from './content-digest.js'

/**
 * How the GitHub store maps Store names onto a repository's git tags, releases and release assets
 * (DESIGN.md §3). Pure naming, shared by the store and by tests that inspect a repository:
 *
 * | Store item                 | GitHub object                                                   |
 * |----------------------------|-----------------------------------------------------------------|
 * | ref `churn@v0.0.1`         | annotated tag `refs/tags/churn@v0.0.1` (message: the metadata)  |
 * | bundle `churn@v0.0.1`      | release of tag `_tollgate/bundles/churn@v0.0.1`, one asset per  |
 * |                            | file plus `manifest.json`; a draft until complete, then public  |
 * | series `spc-history.x`     | draft releases of tags `_tollgate/records/spc-history.x@1`,     |
 * |                            | `@2`, ... (segments), each claimed by an annotated tag          |
 * | record key `run-7-1`       | asset `run-7-1` of one segment, label `sha256:<hex>`            |
 *
 * Callers' names start with a letter or digit (store-names.ts), so the `_tollgate/` tags can never
 * collide with them; refs listings skip them. The series name ends its tag component with
 * `@<n>`, which keeps a name such as `x.lock` a valid git ref and makes `<series>@` a prefix no
 * other series shares (series names cannot contain `@`).
 */

/** Where git tags live; GitHub's ref APIs take names below it. */
export const TAG_REF_PREFIX = 'refs/tags/'

/** Every tag the store creates for its own bookkeeping starts with this. */
export const STORE_TAG_NAMESPACE = '_tollgate/'

const BUNDLE_TAG_PREFIX = `${STORE_TAG_NAMESPACE}bundles/`
const SEGMENT_TAG_PREFIX = `${STORE_TAG_NAMESPACE}records/`
const RECORD_LABEL_PREFIX = 'sha256:'

/** The tag of the release that holds bundle `bundle`. */
export function bundleReleaseTag(bundle: string): string {
  return `${BUNDLE_TAG_PREFIX}${bundle}`
}

/** The tag prefix under which bundles whose name starts with `prefix` are published. */
export function bundleReleaseTagPrefix(prefix: string): string {
  return `${BUNDLE_TAG_PREFIX}${prefix}`
}

/** The bundle a release tag belongs to, or undefined for any other tag. */
export function bundleNameOfTag(tag: string): string | undefined {
  return tag.startsWith(BUNDLE_TAG_PREFIX) ? tag.slice(BUNDLE_TAG_PREFIX.length) : undefined
}

/** Every segment tag of `series` starts with this. */
export function segmentTagPrefix(series: string): string {
  return `${SEGMENT_TAG_PREFIX}${series}@`
}

/** The tag of segment `segment` (1, 2, ...) of a record series. */
export function segmentTag(series: string, segment: number): string {
  return `${segmentTagPrefix(series)}${segment}`
}

/** The segment number a tag names for `series`, or undefined when it is not one of its tags. */
export function segmentNumberOfTag(series: string, tag: string): number | undefined {
  const prefix = segmentTagPrefix(series)
  if (!tag.startsWith(prefix)) return undefined
  const digits = tag.slice(prefix.length)
  if (!/^[1-9][0-9]{0,8}$/.test(digits)) return undefined
  return Number(digits)
}

/** `refs/tags/x` → `x`; undefined for refs outside `refs/tags/`. */
export function tagNameOfRef(ref: string): string | undefined {
  return ref.startsWith(TAG_REF_PREFIX) ? ref.slice(TAG_REF_PREFIX.length) : undefined
}

/**
 * The label a record asset carries: the SHA-256 the writer computed before uploading. GitHub
 * also records a `digest` of what it received, but not every GitHub Enterprise Server version
 * does, and the label is the store's own record of what was meant to be stored.
 */
export function recordAssetLabel(sha256: string): string {
  return `${RECORD_LABEL_PREFIX}${sha256}`
}

/** The SHA-256 recorded in a record asset's label, or undefined when the label is not one. */
export function sha256OfRecordLabel(label: string | null | undefined): string | undefined {
  if (typeof label !== 'string' || !label.startsWith(RECORD_LABEL_PREFIX)) return undefined
  const hex = label.slice(RECORD_LABEL_PREFIX.length)
  return isSha256Hex(hex) ? hex : undefined
}

/** The lower-case hex of GitHub's asset `digest` (`sha256:<hex>`), when it has one. */
export function sha256OfAssetDigest(digest: string | null | undefined): string | undefined {
  return sha256OfRecordLabel(digest)
}
