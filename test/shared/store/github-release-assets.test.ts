import { describe, expect, it } from '@jest/globals'
import { sha256Hex } from '../../../shared/store/content-digest.js'
import {
  assetAgeMs,
  compareAssetWith,
  isAbandonedUpload,
  isoTime,
  recordOfAsset,
  type ReleaseAssetView
} from '../../../shared/store/github-release-assets.js'
import { recordAssetLabel } from '../../../shared/store/github-store-layout.js'

const bytes = new TextEncoder().encode('{"value":1}')
const sha = sha256Hex(bytes)
const asset = (fields: Partial<ReleaseAssetView> = {}): ReleaseAssetView => ({
  id: 1,
  name: 'run-1-1',
  label: recordAssetLabel(sha),
  size: bytes.byteLength,
  state: 'uploaded',
  digest: `sha256:${sha}`,
  createdAt: '2025-06-01T10:00:00Z',
  updatedAt: '2025-06-01T10:00:05Z',
  ...fields
})

describe('reading records and files from release assets', () => {
  it('reads a record from an uploaded, labelled asset', () => {
    expect(recordOfAsset(asset())).toEqual({
      record: { key: 'run-1-1', size: 11, sha256: sha, createdAt: '2025-06-01T10:00:00.000Z' }
    })
    // Servers without asset digests: the label alone records the content.
    expect(recordOfAsset(asset({ digest: null }))).toHaveProperty('record')
  })

  it('says why an asset is not a record', () => {
    const problem = (fields: Partial<ReleaseAssetView>) =>
      (recordOfAsset(asset(fields)) as { problem: string }).problem
    expect(problem({ state: 'open' })).toMatch(/did not finish.*"open"/)
    expect(problem({ state: 'starter' })).toMatch(/"starter"/)
    expect(problem({ label: null })).toMatch(/label/)
    expect(problem({ digest: `sha256:${'0'.repeat(64)}` })).toMatch(/differs/)
    expect(problem({ createdAt: 'yesterday' })).toMatch(/creation time/)
  })

  it('compares an asset with expected content without downloading when GitHub has a digest', () => {
    expect(compareAssetWith(asset(), { size: 11, sha256: sha })).toBe('match')
    expect(compareAssetWith(asset(), { size: 11, sha256: '1'.repeat(64) })).toBe('mismatch')
    expect(compareAssetWith(asset(), { size: 12, sha256: sha })).toBe('mismatch')
    expect(compareAssetWith(asset({ digest: null }), { size: 11, sha256: sha })).toBe('unknown')
  })

  it('takes only old unfinished uploads as abandoned, by GitHub’s clock', () => {
    const open = asset({ state: 'open', updatedAt: '2025-06-01T10:00:00Z' })
    const now = Date.parse('2025-06-01T10:10:00Z')
    expect(assetAgeMs(open, now)).toBe(600_000)
    expect(isAbandonedUpload(open, now, 600_000)).toBe(true)
    expect(isAbandonedUpload(open, now, 600_001)).toBe(false)
    expect(isAbandonedUpload(asset({ updatedAt: '2000-01-01T00:00:00Z' }), now, 0)).toBe(false)
    expect(isoTime('2025-06-01T10:00:00Z')).toBe('2025-06-01T10:00:00.000Z')
    expect(isoTime('nope')).toBeUndefined()
  })
})
