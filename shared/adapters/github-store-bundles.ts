import { setTimeout as sleep } from 'node:timers/promises'
import { IntegrityError, UsageError } from '../errors.js'
import {
  buildBundleManifest,
  describeBundleDifference,
  findBundleFile,
  parseBundleManifest,
  sameBundleContents,
  serializeBundleManifest,
  type BundleFileEntry,
  type BundleFiles,
  type BundleManifest
} from '../store/bundle-manifest.js'
import { digestOf, sha256Hex, type ContentDigest } from '../store/content-digest.js'
import {
  UPLOADED,
  assetAgeMs,
  compareAssetWith,
  isAbandonedUpload,
  type ReleaseAssetView
} from '../store/github-release-assets.js'
import {
  bundleNameOfTag,
  bundleReleaseTag,
  bundleReleaseTagPrefix,
  sha256OfAssetDigest
} from '../store/github-store-layout.js'
import { ConflictError } from '../store/store-errors.js'
import {
  BUNDLE_MANIFEST_FILE,
  assertBundleName,
  assertRefPrefix,
  compareCodeUnits
} from '../store/store-names.js'
import type { BundlePublication } from '../store/store.js'
import {
  apiMessageOf,
  explainAccessError,
  isAlreadyExists,
  isNotFound,
  statusOf
} from './github-store-errors.js'
import {
  assetHolds,
  assetView,
  deleteReleaseAsset,
  downloadReleaseAsset,
  listReleaseAssets,
  serverTime,
  uploadReleaseAsset,
  type AssetListing,
  type UploadTarget
} from './github-store-assets.js'
import type { GitHubStoreContext } from './github-store-context.js'
import { mapWithLimit } from './github-store-parallel.js'
import type { GitHubClaims } from './github-store-refs.js'

/** The assets of a published release, by name. */
interface ReleaseAssets {
  releaseId: number
  /** From the release's embedded list (which may be abridged) until `fullListing`. */
  assets: Map<string, ReleaseAssetView>
  fullListing: boolean
}

/** A published bundle, as read once per store (published bundles never change). */
interface PublishedBundle extends ReleaseAssets {
  manifest: BundleManifest
}

/** A draft release this writer is completing, with its assets as last listed. */
interface DraftInProgress {
  target: UploadTarget
  listing: AssetListing
}

/**
 * What became of one attempt to complete a draft: published by this writer; 'retry' when another
 * writer's release is published (or the draft vanished) so the caller must look again; or
 * 'abandoned' when the draft holds something this writer cannot use (other content, an upload
 * still in flight), so the caller starts a draft of its own.
 */
type DraftOutcome = 'published' | 'retry' | 'abandoned'

/** Rounds of look → draft → publish before giving up on a bundle other writers keep changing. */
const MAX_PUBLISH_ROUNDS = 6

/**
 * Bundles as releases (DESIGN.md §3). A bundle `b` is the release of tag `_tollgate/bundles/b`:
 * one asset per file plus `manifest.json` (name, size and SHA-256 of every file). A writer
 * creates a draft, uploads every file, then `manifest.json`, then publishes (draft → false);
 * drafts are invisible to `get-release-by-tag` and own no tag, so readers only ever see complete
 * bundles, and nothing is uploaded after publishing (which immutable releases forbid anyway).
 *
 * Concurrency, with no lock service:
 * - Published releases own their tag: of several drafts for one bundle, GitHub publishes one and
 *   refuses the others with 422, whose writers then compare (identical files: 'exists', else
 *   ConflictError) and delete their own draft.
 * - A writer may complete a draft it finds (a crashed writer's): it uploads what is missing and
 *   checks what is there by digest. Uploading `manifest.json` is the lock on publishing a draft
 *   (an asset name is created once): only the writer whose upload succeeds publishes it, so two
 *   writers never both report 'created' for the same draft. A writer that finds the manifest
 *   already there waits for the publication and starts a draft of its own if none comes.
 * - Only an unfinished upload older than `abandonedUploadAfterMs` is deleted (and a published
 *   release never is): a younger one may belong to a live writer.
 */
export class GitHubBundles {
  private readonly published = new Map<string, PublishedBundle>()

  constructor(
    private readonly context: GitHubStoreContext,
    private readonly claims: GitHubClaims
  ) {}

  async publishBundle(name: string, files: BundleFiles): Promise<BundlePublication> {
    const manifest = buildBundleManifest(name, files)
    const manifestBytes = serializeBundleManifest(manifest)
    let adoptDrafts = true
    for (let round = 0; round < MAX_PUBLISH_ROUNDS; round++) {
      const existing = await this.findPublished(name)
      if (existing !== undefined) return this.republished(existing.manifest, manifest)
      const draft =
        (adoptDrafts ? await this.findAdoptableDraft(manifest) : undefined) ??
        (await this.createDraft(name))
      const outcome = await this.completeDraft(draft, manifest, manifestBytes, files)
      if (outcome === 'published') return { outcome: 'created', manifest }
      if (outcome === 'abandoned') adoptDrafts = false
    }
    throw new Error(
      `Could not publish bundle ${JSON.stringify(name)} in ${this.context.location} after ` +
        `${MAX_PUBLISH_ROUNDS} attempts: other writers kept changing its draft releases.`
    )
  }

  async readBundleManifest(name: string): Promise<BundleManifest | undefined> {
    assertBundleName(name)
    return (await this.findPublished(name))?.manifest
  }

  async readBundleFile(name: string, fileName: string): Promise<Uint8Array> {
    assertBundleName(name)
    const bundle = await this.findPublished(name)
    if (bundle === undefined) {
      throw new UsageError(
        `No bundle named ${JSON.stringify(name)} is published in ${this.context.location}.`
      )
    }
    const entry = findBundleFile(bundle.manifest, fileName)
    const what = `File ${JSON.stringify(fileName)} of bundle ${JSON.stringify(name)}`
    const asset = await this.assetOf(bundle, entry.name)
    if (asset === undefined) {
      throw new IntegrityError(`${what} is missing from ${this.context.location}.`)
    }
    if (asset.state !== UPLOADED) {
      throw new IntegrityError(`${what} is damaged: its upload never finished.`)
    }
    if (compareAssetWith(asset, entry) === 'mismatch') {
      throw new IntegrityError(
        `${what} is damaged: GitHub holds ${asset.size} bytes (${asset.digest ?? 'no digest'}), ` +
          `but ${entry.size} bytes with sha256 ${entry.sha256} were recorded when it was written.`
      )
    }
    return this.context.cache.readThrough(entry, what, () =>
      downloadReleaseAsset(this.context, asset.id)
    )
  }

  async listBundles(prefix: string): Promise<string[]> {
    assertRefPrefix(prefix)
    // Publishing creates the release's tag; drafts have none, so tags list exactly the
    // published bundles, in one request.
    const tags = await this.claims.matchingTags(bundleReleaseTagPrefix(prefix))
    return tags
      .map((target) => bundleNameOfTag(target.tag))
      .filter((bundle): bundle is string => bundle !== undefined && isBundleName(bundle))
      .sort(compareCodeUnits)
  }

  // ---- reading published bundles -------------------------------------------------------------

  /** The published bundle and its manifest, or undefined when none is published. */
  private async findPublished(name: string): Promise<PublishedBundle | undefined> {
    const known = this.published.get(name)
    if (known !== undefined) return known
    let release
    try {
      release = (
        await this.context.client.rest.repos.getReleaseByTag({
          ...this.context.repository,
          tag: bundleReleaseTag(name)
        })
      ).data
    } catch (error) {
      if (isNotFound(error)) return undefined
      throw explainAccessError(error, `read bundle ${name}`)
    }
    if (release.draft) return undefined
    const assets: ReleaseAssets = {
      releaseId: release.id,
      assets: new Map(release.assets.map((asset) => [asset.name, assetView(asset)])),
      fullListing: false
    }
    const manifest = await this.readManifest(assets, name)
    const bundle: PublishedBundle = { ...assets, manifest }
    this.published.set(name, bundle)
    return bundle
  }

  private async readManifest(bundle: ReleaseAssets, name: string): Promise<BundleManifest> {
    const asset = await this.assetOf(bundle, BUNDLE_MANIFEST_FILE)
    const what = `Bundle ${JSON.stringify(name)} in ${this.context.location}`
    if (asset === undefined || asset.state !== UPLOADED) {
      throw new IntegrityError(`${what} is damaged: its release has no ${BUNDLE_MANIFEST_FILE}.`)
    }
    const bytes = await downloadReleaseAsset(this.context, asset.id)
    const served = sha256OfAssetDigest(asset.digest)
    if (served !== undefined && served !== sha256Hex(bytes)) {
      throw new IntegrityError(
        `${what} is damaged: its ${BUNDLE_MANIFEST_FILE} does not match GitHub's digest of it.`
      )
    }
    return parseBundleManifest(bytes, name)
  }

  /** An asset of a published bundle by name, listing every asset if the embedded list lacks it. */
  private async assetOf(
    bundle: ReleaseAssets,
    name: string
  ): Promise<ReleaseAssetView | undefined> {
    const asset = bundle.assets.get(name)
    if (asset !== undefined || bundle.fullListing) return asset
    const listing = await listReleaseAssets(this.context, bundle.releaseId)
    bundle.assets = new Map(listing.assets.map((item) => [item.name, item]))
    bundle.fullListing = true
    return bundle.assets.get(name)
  }

  private republished(existing: BundleManifest, attempted: BundleManifest): BundlePublication {
    if (sameBundleContents(existing, attempted)) return { outcome: 'exists', manifest: existing }
    throw new ConflictError(
      `Bundle ${JSON.stringify(attempted.bundle)} is already published in ` +
        `${this.context.location} with other files ` +
        `(${describeBundleDifference(existing, attempted)}); published bundles are immutable, ` +
        'so publish under a new name.'
    )
  }

  // ---- drafts ----------------------------------------------------------------------------------

  /**
   * The oldest draft of this bundle that this writer can complete: every asset it holds is one of
   * this bundle's files with the right bytes (or `manifest.json`), and any unfinished upload in
   * it is old enough to be abandoned. Drafts have no tag to look them up by, so this lists the
   * repository's releases (one request per 100 releases).
   */
  private async findAdoptableDraft(manifest: BundleManifest): Promise<DraftInProgress | undefined> {
    const tag = bundleReleaseTag(manifest.bundle)
    const releases = await this.context.client.paginate(
      this.context.client.rest.repos.listReleases,
      { ...this.context.repository, per_page: 100 },
      (response) =>
        response.data
          .filter((release) => release.draft && release.tag_name === tag)
          .map((release) => ({ id: release.id, uploadUrl: release.upload_url }))
    )
    releases.sort((a, b) => a.id - b.id)
    for (const target of releases) {
      const listing = await listReleaseAssets(this.context, target.id)
      if (this.isAdoptable(listing, manifest)) return { target, listing }
    }
    return undefined
  }

  private isAdoptable(listing: AssetListing, manifest: BundleManifest): boolean {
    const expected = new Map(manifest.files.map((entry) => [entry.name, entry]))
    return listing.assets.every((asset) => {
      if (asset.name === BUNDLE_MANIFEST_FILE) return true
      const entry = expected.get(asset.name)
      if (entry === undefined) return false
      if (asset.state === UPLOADED) return compareAssetWith(asset, entry) !== 'mismatch'
      return isAbandonedUpload(
        asset,
        listing.serverNow,
        this.context.settings.abandonedUploadAfterMs
      )
    })
  }

  private async createDraft(name: string): Promise<DraftInProgress> {
    try {
      const response = await this.context.client.rest.repos.createRelease({
        ...this.context.repository,
        tag_name: bundleReleaseTag(name),
        name,
        body:
          `Files of the Tollgate bundle \`${name}\`. \`${BUNDLE_MANIFEST_FILE}\` records the ` +
          'SHA-256 of every file and Tollgate checks it on every download. Written by Tollgate; ' +
          'do not edit or delete.',
        draft: true,
        make_latest: 'false',
        ...(this.context.knownCommit === undefined
          ? {}
          : { target_commitish: this.context.knownCommit })
      })
      return {
        target: { id: response.data.id, uploadUrl: response.data.upload_url },
        listing: { assets: [], serverNow: serverTime(response.headers) }
      }
    } catch (error) {
      throw explainAccessError(error, `create a draft release for bundle ${name}`)
    }
  }

  private async completeDraft(
    draft: DraftInProgress,
    manifest: BundleManifest,
    manifestBytes: Uint8Array,
    files: BundleFiles
  ): Promise<DraftOutcome> {
    try {
      const checked = await this.checkDraft(draft, manifest)
      if (checked === 'abandoned') return 'abandoned'
      const missing = manifest.files.filter((entry) => !checked.present.has(entry.name))
      const uploads = await mapWithLimit(
        missing,
        this.context.settings.uploadConcurrency,
        (entry) => this.uploadFile(draft.target, entry, fileBytes(files, entry.name))
      )
      if (uploads.includes('abandoned')) return 'abandoned'
      const lock = await this.takePublicationLock(draft, checked.manifestAsset, manifestBytes)
      if (lock === 'abandoned') return 'abandoned'
      if (lock === 'taken') return await this.awaitPublication(manifest.bundle)
      return await this.publishDraft(draft.target, manifest, files)
    } catch (error) {
      // The draft was deleted under us: its owner lost to a published release. Look again.
      if (isNotFound(error)) return 'retry'
      throw explainAccessError(error, `publish bundle ${manifest.bundle}`)
    }
  }

  /**
   * Checks what a draft already holds: which files are complete with the right bytes, and its
   * manifest asset if any. Deletes unfinished uploads that are abandoned.
   */
  private async checkDraft(
    draft: DraftInProgress,
    manifest: BundleManifest
  ): Promise<{ present: Set<string>; manifestAsset?: ReleaseAssetView } | 'abandoned'> {
    const expected = new Map(manifest.files.map((entry) => [entry.name, entry]))
    const present = new Set<string>()
    let manifestAsset: ReleaseAssetView | undefined
    for (const asset of draft.listing.assets) {
      if (asset.name === BUNDLE_MANIFEST_FILE) {
        manifestAsset = { ...asset }
        continue
      }
      const entry = expected.get(asset.name)
      if (entry === undefined) return 'abandoned'
      if (asset.state !== UPLOADED) {
        if (!this.isAbandoned(asset, draft.listing.serverNow)) return 'abandoned'
        await deleteReleaseAsset(this.context, asset.id)
        continue
      }
      if (!(await this.holds(asset, entry))) return 'abandoned'
      present.add(asset.name)
    }
    return manifestAsset === undefined ? { present } : { present, manifestAsset }
  }

  /**
   * Uploads one file into the draft. When the name is taken (a concurrent writer, or a retried
   * request whose first attempt arrived), the asset there must hold the same bytes; an abandoned
   * unfinished upload is replaced.
   */
  private async uploadFile(
    target: UploadTarget,
    entry: BundleFileEntry,
    bytes: Uint8Array
  ): Promise<'ok' | 'abandoned'> {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const asset = await uploadReleaseAsset(this.context, target, entry.name, bytes)
        if (compareAssetWith(asset, entry) === 'mismatch') {
          throw new IntegrityError(
            `GitHub stored other bytes for ${entry.name} than were sent to ${this.context.location}.`
          )
        }
        return 'ok'
      } catch (error) {
        if (!isAlreadyExists(error)) throw error
      }
      const listing = await listReleaseAssets(this.context, target.id)
      const existing = listing.assets.find((asset) => asset.name === entry.name)
      if (existing === undefined) continue
      if (existing.state === UPLOADED)
        return (await this.holds(existing, entry)) ? 'ok' : 'abandoned'
      if (!this.isAbandoned(existing, listing.serverNow)) return 'abandoned'
      await deleteReleaseAsset(this.context, existing.id)
    }
    return 'abandoned'
  }

  /**
   * Uploads `manifest.json`, the lock on publishing this draft: 'held' when this writer's upload
   * created it, 'taken' when another writer's manifest is there (it is about to publish), and
   * 'abandoned' when the draft's manifest describes other content. A manifest that has sat
   * unpublished for longer than `abandonedUploadAfterMs` belongs to a dead writer: it is
   * replaced, which hands the lock to whichever replacement upload succeeds.
   */
  private async takePublicationLock(
    draft: DraftInProgress,
    existing: ReleaseAssetView | undefined,
    manifestBytes: Uint8Array
  ): Promise<'held' | 'taken' | 'abandoned'> {
    const expected = digestOf(manifestBytes)
    if (existing !== undefined) {
      const finished = existing.state === UPLOADED
      if (finished && !(await this.holds(existing, expected))) return 'abandoned'
      const age = assetAgeMs(existing, draft.listing.serverNow)
      if (age < this.context.settings.abandonedUploadAfterMs) return 'taken'
      await deleteReleaseAsset(this.context, existing.id)
    }
    try {
      await uploadReleaseAsset(this.context, draft.target, BUNDLE_MANIFEST_FILE, manifestBytes, {
        contentType: 'application/json'
      })
      return 'held'
    } catch (error) {
      if (isAlreadyExists(error)) return 'taken'
      throw error
    }
  }

  /**
   * Publishes the draft this writer holds the lock of, after checking that every file is there
   * with the right bytes (a file deleted meanwhile is uploaded again). When another release of
   * the bundle was published first, GitHub refuses (422); this writer deletes its draft and the
   * caller compares with the published one.
   */
  private async publishDraft(
    target: UploadTarget,
    manifest: BundleManifest,
    files: BundleFiles
  ): Promise<DraftOutcome> {
    const listing = await listReleaseAssets(this.context, target.id)
    const byName = new Map(listing.assets.map((asset) => [asset.name, asset]))
    for (const entry of manifest.files) {
      const asset = byName.get(entry.name)
      if (asset !== undefined && asset.state === UPLOADED) {
        if (!(await this.holds(asset, entry))) return 'abandoned'
        continue
      }
      if (asset !== undefined) await deleteReleaseAsset(this.context, asset.id)
      const uploaded = await this.uploadFile(target, entry, fileBytes(files, entry.name))
      if (uploaded === 'abandoned') return 'abandoned'
    }
    const expectedNames = new Set([BUNDLE_MANIFEST_FILE, ...manifest.files.map((e) => e.name)])
    if (listing.assets.some((asset) => !expectedNames.has(asset.name))) return 'abandoned'
    try {
      await this.context.client.rest.repos.updateRelease({
        ...this.context.repository,
        release_id: target.id,
        draft: false,
        make_latest: 'false'
      })
      return 'published'
    } catch (error) {
      if (statusOf(error) !== 422) throw error
      if ((await this.findPublished(manifest.bundle)) === undefined) {
        throw new UsageError(
          `GitHub refused to publish bundle ${JSON.stringify(manifest.bundle)} in ` +
            `${this.context.location}: ${apiMessageOf(error) || 'validation failed'}. Its tag ` +
            `${bundleReleaseTag(manifest.bundle)} may belong to a deleted immutable release; ` +
            'publish under a new name.'
        )
      }
      await this.deleteDraft(target.id)
      return 'retry'
    }
  }

  /** Waits for the writer holding a draft's lock to publish it; 'abandoned' if it never does. */
  private async awaitPublication(bundle: string): Promise<DraftOutcome> {
    for (const pause of this.context.settings.publicationWaitMs) {
      await sleep(pause)
      if ((await this.findPublished(bundle)) !== undefined) return 'retry'
    }
    return 'abandoned'
  }

  private async deleteDraft(releaseId: number): Promise<void> {
    try {
      await this.context.client.rest.repos.deleteRelease({
        ...this.context.repository,
        release_id: releaseId
      })
    } catch (error) {
      if (!isNotFound(error)) throw error
    }
  }

  private holds(asset: ReleaseAssetView, expected: ContentDigest): Promise<boolean> {
    return assetHolds(this.context, asset, expected)
  }

  private isAbandoned(asset: ReleaseAssetView, serverNow: number): boolean {
    return isAbandonedUpload(asset, serverNow, this.context.settings.abandonedUploadAfterMs)
  }
}

function fileBytes(files: BundleFiles, name: string): Uint8Array {
  const bytes = files.get(name)
  if (bytes === undefined) throw new Error(`Bundle file ${name} vanished while publishing.`)
  return bytes
}

function isBundleName(name: string): boolean {
  try {
    assertBundleName(name)
    return true
  } catch {
    return false
  }
}
