import { UsageError } from '../errors.js'

/**
 * Model versions as GTO writes them: `v<MAJOR>.<MINOR>.<PATCH>` (https://semver.org, no
 * pre-release or build suffix; tags with one are not registry versions for Tollgate).
 */
export interface SemVer {
  major: number
  minor: number
  patch: number
}

export type VersionBump = 'patch' | 'minor' | 'major'

export const VERSION_BUMPS: readonly VersionBump[] = ['patch', 'minor', 'major']

const VERSION_PATTERN = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/

/** Parses `v1.2.3` exactly (leading zeros refused, as semver does); undefined otherwise. */
export function parseVersion(text: string): SemVer | undefined {
  const match = VERSION_PATTERN.exec(text)
  if (!match) return undefined
  const [major, minor, patch] = [match[1], match[2], match[3]].map(Number) as [
    number,
    number,
    number
  ]
  if (![major, minor, patch].every(Number.isSafeInteger)) return undefined
  return { major, minor, patch }
}

/**
 * Reads a version a user typed (`1.2.3` or `v1.2.3`); UsageError naming `what` otherwise.
 */
export function requireVersion(text: string, what: string): SemVer {
  const trimmed = text.trim()
  const version = parseVersion(trimmed.startsWith('v') ? trimmed : `v${trimmed}`)
  if (version === undefined) {
    throw new UsageError(
      `${what} ${JSON.stringify(text)} is not a version: expected v<MAJOR>.<MINOR>.<PATCH>, ` +
        'e.g. v1.4.0, with no leading zeros.'
    )
  }
  return version
}

export function formatVersion(version: SemVer): string {
  return `v${version.major}.${version.minor}.${version.patch}`
}

/** Semver precedence: negative when a < b. */
export function compareVersions(a: SemVer, b: SemVer): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch
}

/**
 * The next version after `current`. From nothing, a bump applies to v0.0.0, so the default
 * (patch) gives v0.0.1 like GTO's first registration; minor gives v0.1.0 and major v1.0.0.
 * Bumping resets the lower parts (v1.4.2 minor -> v1.5.0).
 */
export function bumpVersion(current: SemVer | undefined, bump: VersionBump): SemVer {
  const base = current ?? { major: 0, minor: 0, patch: 0 }
  switch (bump) {
    case 'major':
      return { major: base.major + 1, minor: 0, patch: 0 }
    case 'minor':
      return { major: base.major, minor: base.minor + 1, patch: 0 }
    case 'patch':
      return { major: base.major, minor: base.minor, patch: base.patch + 1 }
  }
}
