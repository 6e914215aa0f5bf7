import { describe, expect, it } from '@jest/globals'
import { sha256Hex } from '../../../shared/store/content-digest.js'
import {
  bundleNameOfTag,
  bundleReleaseTag,
  bundleReleaseTagPrefix,
  recordAssetLabel,
  segmentNumberOfTag,
  segmentTag,
  segmentTagPrefix,
  sha256OfAssetDigest,
  sha256OfRecordLabel,
  tagNameOfRef
} from '../../../shared/store/github-store-layout.js'
import { assertRefName } from '../../../shared/store/store-names.js'

describe('how store names map to GitHub tags and labels', () => {
  it('puts bundles and record segments under store-owned tags no caller name can reach', () => {
    expect(bundleReleaseTag('churn@v0.0.1')).toBe('_tollgate/bundles/churn@v0.0.1')
    expect(bundleNameOfTag('_tollgate/bundles/churn@v0.0.1')).toBe('churn@v0.0.1')
    expect(bundleNameOfTag('churn@v0.0.1')).toBeUndefined()
    expect(bundleReleaseTagPrefix('churn@')).toBe('_tollgate/bundles/churn@')
    expect(segmentTag('spc-history.orders', 12)).toBe('_tollgate/records/spc-history.orders@12')
    for (const tag of [bundleReleaseTag('a@v1.0.0'), segmentTag('a', 1)]) {
      expect(() => assertRefName(tag)).toThrow()
    }
  })

  it('reads a segment number back only for its own series', () => {
    expect(segmentNumberOfTag('s', '_tollgate/records/s@3')).toBe(3)
    expect(segmentNumberOfTag('s', '_tollgate/records/s.x@3')).toBeUndefined()
    expect(segmentNumberOfTag('s.x', '_tollgate/records/s.x@3')).toBe(3)
    expect(segmentTagPrefix('s')).toBe('_tollgate/records/s@')
    for (const bad of [
      '_tollgate/records/s@0',
      '_tollgate/records/s@03',
      '_tollgate/records/s@x'
    ]) {
      expect(segmentNumberOfTag('s', bad)).toBeUndefined()
    }
    // A series ending in .lock still gives a valid git ref: its component ends in @<n>.
    expect(segmentTag('x.lock', 1).endsWith('.lock')).toBe(false)
  })

  it('strips refs/tags/ and parses the sha256 of labels and GitHub digests', () => {
    expect(tagNameOfRef('refs/tags/churn#prod#1')).toBe('churn#prod#1')
    expect(tagNameOfRef('refs/heads/main')).toBeUndefined()
    const sha = sha256Hex(new TextEncoder().encode('x'))
    expect(sha256OfRecordLabel(recordAssetLabel(sha))).toBe(sha)
    expect(sha256OfAssetDigest(`sha256:${sha}`)).toBe(sha)
    for (const bad of [
      null,
      undefined,
      '',
      'sha256:',
      `sha1:${sha}`,
      `sha256:${sha.toUpperCase()}`
    ]) {
      expect(sha256OfRecordLabel(bad)).toBeUndefined()
    }
  })
})
