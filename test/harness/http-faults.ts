/**
 * Fault injection for the fake servers: "the next N requests matching METHOD + path fail this
 * way". Lets tests prove retries, rate-limit handling and crash safety against the real clients.
 */

export type Fault =
  /** Answer with this status (e.g. 500, 502, 503) and a GitHub-style error body. */
  | { kind: 'status'; status: number; message?: string; headers?: Record<string, string> }
  /** GitHub's secondary rate limit: 403 with `retry-after` and the documented message. */
  | { kind: 'secondary-rate-limit'; retryAfterSeconds?: number }
  /** Primary rate limit exhausted: 403 with `x-ratelimit-remaining: 0` and a reset time. */
  | { kind: 'primary-rate-limit'; resetInSeconds?: number }
  /** 429 Too Many Requests with `retry-after`. */
  | { kind: 'too-many-requests'; retryAfterSeconds?: number }
  /** Destroy the connection without answering (a network failure). */
  | { kind: 'reset' }
  /**
   * Read `afterBytes` of the request body (default half of it), then destroy the connection:
   * a run killed mid-upload. On a release-asset upload, `leavePartialAsset` leaves what GitHub
   * can leave after a failed upload, an asset in state `open` holding the name.
   */
  | { kind: 'reset-mid-body'; afterBytes?: number; leavePartialAsset?: boolean }
  /** Never answer (the connection stays open until the server closes). */
  | { kind: 'hang' }
  /** Answer normally, `ms` later. */
  | { kind: 'delay'; ms: number }

export interface FaultMatch {
  /** HTTP method; any when omitted. */
  method?: string
  /**
   * Path (without query). A string may use `*` for one path segment and `**` for any rest,
   * e.g. `/repos/acme/models/releases/*\/assets`; or a RegExp tested against the path.
   */
  path: string | RegExp
}

export interface FaultRule extends FaultMatch {
  fault: Fault
  /** How many more requests this rule will hit. */
  remaining: number
  /** How many requests it has hit so far. */
  hits: number
}

function patternToRegExp(pattern: string): RegExp {
  const escaped = pattern
    .split(/(\*\*|\*)/)
    .map((part) =>
      part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    )
    .join('')
  return new RegExp(`^${escaped}$`)
}

export class FaultInjector {
  readonly rules: FaultRule[] = []

  /** Makes the next `times` requests matching `match` fail with `fault`. */
  add(match: FaultMatch, fault: Fault, times = 1): FaultRule {
    const rule: FaultRule = { ...match, fault, remaining: times, hits: 0 }
    this.rules.push(rule)
    return rule
  }

  /** The fault for this request, if a rule with hits left matches (the first added wins). */
  take(method: string, path: string): Fault | undefined {
    for (const rule of this.rules) {
      if (rule.remaining <= 0) continue
      if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) continue
      const regex = typeof rule.path === 'string' ? patternToRegExp(rule.path) : rule.path
      if (!regex.test(path)) continue
      rule.remaining -= 1
      rule.hits += 1
      return rule.fault
    }
    return undefined
  }

  clear(): void {
    this.rules.length = 0
  }
}

/** GitHub's secondary-rate-limit message (the text `@octokit/plugin-throttling` recognises). */
export const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
  'If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.'
