/**
 * A repository's releases and release assets in the fake GitHub: the model registry's storage.
 * Holds GitHub's rules that its OpenAPI description does not express: tag ownership, unique
 * asset names, the 1000-asset cap, asset renaming, and immutable releases.
 */
import { createHash } from 'node:crypto'
import type { FakeGitStore } from './fake-git-store.js'
import { GitHubApiError, notFound, validationFailed } from './fake-github-responses.js'
import type {
  CreateReleaseInput,
  FakeAsset,
  FakeRelease,
  FakeWorld,
  UpdateReleaseInput
} from './fake-github-records.js'
import { sanitizeAssetName } from './release-asset-name.js'

/** "Up to 1000 release assets may be associated with a single release" (GitHub docs, About releases). */
export const MAX_ASSETS_PER_RELEASE = 1000

export class FakeReleaseStore {
  /** The repository's "immutable releases" setting: published releases refuse new assets. */
  immutable = false
  /** Lower this in a test to exercise the 1000-asset roll-over cheaply. */
  maxAssetsPerRelease = MAX_ASSETS_PER_RELEASE
  readonly byId = new Map<number, FakeRelease>()
  readonly assets = new Map<number, FakeAsset>()
  /** Tags of deleted immutable releases: GitHub never lets a release use them again. */
  readonly burnedTags = new Set<string>()

  constructor(
    private readonly world: FakeWorld,
    private readonly git: FakeGitStore
  ) {}

  private publishedWithTag(tag: string, except?: number): FakeRelease | undefined {
    return [...this.byId.values()].find((r) => !r.draft && r.tagName === tag && r.id !== except)
  }

  /** Creates `refs/tags/<tag>` at `commitish` when publishing a release whose tag does not exist. */
  private ensureTagRef(tag: string, commitish: string): void {
    if (this.git.refs.has(`refs/tags/${tag}`)) return
    const sha = this.git.resolveCommitish(commitish)
    if (!sha)
      throw validationFailed({ resource: 'Release', code: 'invalid', field: 'target_commitish' })
    this.git.refs.set(`refs/tags/${tag}`, sha)
  }

  private checkTagFree(tag: string, except?: number): void {
    if (this.burnedTags.has(tag))
      throw validationFailed({
        resource: 'Release',
        code: 'custom',
        field: 'tag_name',
        message: 'tag_name was used by an immutable release'
      })
    if (this.publishedWithTag(tag, except))
      throw validationFailed({ resource: 'Release', code: 'already_exists', field: 'tag_name' })
  }

  /**
   * POST /releases. A published release owns its tag: a second one for the same tag is 422
   * already_exists, and a missing tag is created at `target_commitish` (default branch by
   * default). Drafts own no tag yet, so they neither conflict nor create the ref until published.
   */
  create(input: CreateReleaseInput, authorLogin: string): FakeRelease {
    const draft = input.draft ?? false
    const targetCommitish = input.targetCommitish ?? this.git.defaultBranch
    this.checkTagFree(input.tagName)
    if (!draft) this.ensureTagRef(input.tagName, targetCommitish)
    const now = this.world.now()
    const release: FakeRelease = {
      id: this.world.nextId(),
      tagName: input.tagName,
      targetCommitish,
      name: input.name ?? null,
      body: input.body ?? null,
      draft,
      prerelease: input.prerelease ?? false,
      immutable: !draft && this.immutable,
      makeLatest: input.makeLatest ?? 'true',
      authorLogin: this.world.ensureUser(authorLogin).login,
      createdAt: now,
      publishedAt: draft ? null : now,
      updatedAt: now
    }
    this.byId.set(release.id, release)
    return release
  }

  get(id: number): FakeRelease {
    const release = this.byId.get(id)
    if (!release) throw notFound()
    return release
  }

  /** GET /releases/tags/{tag}: published releases only (drafts answer 404, as on GitHub). */
  getByTag(tag: string): FakeRelease {
    const release = this.publishedWithTag(tag)
    if (!release) throw notFound()
    return release
  }

  /** The newest published, non-prerelease release not marked `make_latest: false`. */
  latest(): FakeRelease {
    const candidates = [...this.byId.values()]
      .filter((r) => !r.draft && !r.prerelease && r.makeLatest !== 'false')
      .sort(
        (a, b) => (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0) || b.id - a.id
      )
    const latest = candidates[0]
    if (!latest) throw notFound()
    return latest
  }

  /** Newest first, drafts included (the token is assumed to have push access). */
  list(): FakeRelease[] {
    return [...this.byId.values()].sort((a, b) => b.id - a.id)
  }

  /**
   * PATCH /releases/{id}; `draft: false` publishes (creating the tag) and makes the release
   * immutable if the repository setting is on.
   */
  update(id: number, patch: UpdateReleaseInput): FakeRelease {
    const release = this.get(id)
    const publishing = release.draft && patch.draft === false
    const tagName = patch.tagName ?? release.tagName
    const draft = patch.draft ?? release.draft
    if (release.immutable && (patch.tagName !== undefined || patch.draft === true))
      throw new GitHubApiError(422, 'Cannot modify an immutable release')
    if (!draft) {
      this.checkTagFree(tagName, release.id)
      this.ensureTagRef(tagName, patch.targetCommitish ?? release.targetCommitish)
    }
    release.tagName = tagName
    release.draft = draft
    if (patch.targetCommitish !== undefined) release.targetCommitish = patch.targetCommitish
    if (patch.name !== undefined) release.name = patch.name
    if (patch.body !== undefined) release.body = patch.body
    if (patch.prerelease !== undefined) release.prerelease = patch.prerelease
    if (patch.makeLatest !== undefined) release.makeLatest = patch.makeLatest
    const now = this.world.now()
    if (publishing) {
      release.publishedAt = now
      release.immutable = this.immutable
    }
    if (draft) release.publishedAt = null
    release.updatedAt = now
    return release
  }

  /** DELETE /releases/{id}: the tag ref stays; an immutable release's tag can never be reused. */
  delete(id: number): void {
    const release = this.get(id)
    if (release.immutable) this.burnedTags.add(release.tagName)
    for (const asset of this.assetsOf(id)) this.assets.delete(asset.id)
    this.byId.delete(id)
  }

  /** Upload order. */
  assetsOf(releaseId: number): FakeAsset[] {
    return [...this.assets.values()]
      .filter((a) => a.releaseId === releaseId)
      .sort((a, b) => a.id - b.id)
  }

  asset(id: number): FakeAsset {
    const asset = this.assets.get(id)
    if (!asset) throw notFound()
    return asset
  }

  /**
   * POST {upload_url}: the name is sanitised as GitHub does, must be unique in the release (422
   * already_exists), the release must hold fewer than 1000 assets, and a published immutable
   * release refuses uploads. `state: 'open'` records a partial upload (a killed run).
   */
  upload(
    releaseId: number,
    input: { name: string; label?: string | null; contentType: string; bytes: Buffer },
    uploaderLogin: string,
    state: FakeAsset['state'] = 'uploaded'
  ): FakeAsset {
    const release = this.get(releaseId)
    if (release.immutable)
      throw new GitHubApiError(422, 'Cannot upload assets to an immutable release')
    const name = sanitizeAssetName(input.name)
    if (name === '')
      throw validationFailed({ resource: 'ReleaseAsset', code: 'invalid', field: 'name' })
    const existing = this.assetsOf(releaseId)
    if (existing.some((a) => a.name === name))
      throw validationFailed({ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' })
    if (existing.length >= this.maxAssetsPerRelease)
      // Assumed body: GitHub enforces the cap with 422, but its exact wording is unrecorded.
      throw validationFailed({
        resource: 'ReleaseAsset',
        code: 'custom',
        field: 'release',
        message: `A release may have at most ${this.maxAssetsPerRelease} assets`
      })
    const now = this.world.now()
    const uploaded = state === 'uploaded'
    const asset: FakeAsset = {
      id: this.world.nextId(),
      releaseId,
      name,
      label: input.label ?? null,
      contentType: input.contentType,
      bytes: uploaded ? input.bytes : Buffer.alloc(0),
      state,
      digest: uploaded ? `sha256:${createHash('sha256').update(input.bytes).digest('hex')}` : null,
      downloadCount: 0,
      uploaderLogin: this.world.ensureUser(uploaderLogin).login,
      createdAt: now,
      updatedAt: now
    }
    this.assets.set(asset.id, asset)
    return asset
  }

  deleteAsset(id: number): void {
    const asset = this.asset(id)
    if (this.byId.get(asset.releaseId)?.immutable)
      // Assumed wording, by analogy with the documented upload refusal.
      throw new GitHubApiError(422, 'Cannot delete assets from an immutable release')
    this.assets.delete(id)
  }
}
