import { describe, expect, it } from '@jest/globals'
import { UsageError } from '../../../shared/errors.js'
import {
  bumpVersion,
  compareVersions,
  formatVersion,
  parseVersion,
  requireVersion
} from '../../../shared/registry/semver.js'

describe('semver', () => {
  it('parses v<MAJOR>.<MINOR>.<PATCH> exactly', () => {
    expect(parseVersion('v1.20.3')).toEqual({ major: 1, minor: 20, patch: 3 })
    expect(parseVersion('v0.0.0')).toEqual({ major: 0, minor: 0, patch: 0 })
    for (const bad of [
      '1.2.3',
      'v1.2',
      'v01.2.3',
      'v1.02.3',
      'v1.2.3-rc.1',
      'v1.2.3+build',
      'V1.2.3',
      'v1.2.3 ',
      'v99999999999999999.0.0'
    ]) {
      expect(parseVersion(bad)).toBeUndefined()
    }
  })

  it('reads what users type, with or without the v', () => {
    expect(formatVersion(requireVersion('1.4.0', 'The version'))).toBe('v1.4.0')
    expect(formatVersion(requireVersion(' v2.0.1 ', 'The version'))).toBe('v2.0.1')
    expect(() => requireVersion('latest', 'The version')).toThrow(UsageError)
    expect(() => requireVersion('1.4', 'The version')).toThrow(
      /The version "1.4" is not a version: expected v<MAJOR>.<MINOR>.<PATCH>/
    )
  })

  it('orders by precedence, numerically', () => {
    const versions = ['v1.10.0', 'v1.2.0', 'v0.0.9', 'v1.2.10', 'v1.2.2'].map((v) =>
      parseVersion(v)!
    )
    expect(versions.sort(compareVersions).map(formatVersion)).toEqual([
      'v0.0.9',
      'v1.2.0',
      'v1.2.2',
      'v1.2.10',
      'v1.10.0'
    ])
  })

  it('bumps like GTO: first version v0.0.1, then resets lower parts', () => {
    expect(formatVersion(bumpVersion(undefined, 'patch'))).toBe('v0.0.1')
    expect(formatVersion(bumpVersion(undefined, 'minor'))).toBe('v0.1.0')
    expect(formatVersion(bumpVersion(undefined, 'major'))).toBe('v1.0.0')
    const current = parseVersion('v1.4.2')!
    expect(formatVersion(bumpVersion(current, 'patch'))).toBe('v1.4.3')
    expect(formatVersion(bumpVersion(current, 'minor'))).toBe('v1.5.0')
    expect(formatVersion(bumpVersion(current, 'major'))).toBe('v2.0.0')
    expect(formatVersion(bumpVersion(parseVersion('v0.0.9'), 'patch'))).toBe('v0.0.10')
  })
})
