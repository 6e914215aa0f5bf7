import { UsageError } from '../errors.js'

/**
 * Who must approve a deployment, and how Tollgate asks them (the `approval:` block of an
 * environment in `.tollgate.yml`, overridable by action inputs and CLI flags).
 *
 * - `none`: no approval step in Tollgate.
 * - `environment`: GitHub Environments with required reviewers gate the job itself (the workflow
 *   says `environment: production`); by the time the step runs a reviewer has approved, so Tollgate
 *   records the approval as "via the environment" and proceeds.
 * - `issue`: Tollgate opens an approval issue with the evidence and ends (no runner minutes while
 *   it waits); a workflow on `issue_comment` runs deploy again, which counts `/approve` and `/deny`
 *   comments (approval-tally.ts). On the command line the same requests and the same counting use
 *   approval records in the store instead of an issue (the "local" mode).
 */
export type ApprovalVia = 'none' | 'environment' | 'issue'

export const APPROVAL_VIAS: readonly ApprovalVia[] = ['none', 'environment', 'issue']

/** A team allowed to approve, written `@org/team-slug`. */
export interface ApproverTeam {
  org: string
  slug: string
}

export interface ApprovalPolicy {
  via: ApprovalVia
  /** Distinct approvers needed (the quorum); at least 1 when `via` is `issue`. */
  required: number
  /** Allowed individual approvers, lower-cased logins. */
  users: string[]
  /** Allowed teams; a member with an active membership may approve. */
  teams: ApproverTeam[]
  /**
   * Whether the person who started the deployment may approve it. Default false: a second pair
   * of eyes is the point of an approval.
   */
  allowInitiator: boolean
  /** How long a request stays open, in milliseconds. */
  expiresAfterMs: number
}

/** 72 hours: long enough for a weekend, short enough that stale requests close themselves. */
export const DEFAULT_APPROVAL_EXPIRY_MS = 72 * 3_600_000

export const NO_APPROVAL: ApprovalPolicy = {
  via: 'none',
  required: 0,
  users: [],
  teams: [],
  allowInitiator: false,
  expiresAfterMs: DEFAULT_APPROVAL_EXPIRY_MS
}

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/
const TEAM = /^@?([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9][A-Za-z0-9._-]*)$/

/** Splits an approver list into users and `@org/team` entries; UsageError on malformed entries. */
export function parseApprovers(
  entries: readonly string[],
  what: string
): { users: string[]; teams: ApproverTeam[] } {
  const users: string[] = []
  const teams: ApproverTeam[] = []
  for (const raw of entries) {
    const entry = raw.trim()
    const team = TEAM.exec(entry)
    if (team !== null) {
      teams.push({ org: team[1]!.toLowerCase(), slug: team[2]!.toLowerCase() })
      continue
    }
    const login = entry.startsWith('@') ? entry.slice(1) : entry
    if (!LOGIN.test(login)) {
      throw new UsageError(
        `${what}: ${JSON.stringify(raw)} is neither a GitHub login (letters, digits and "-") nor ` +
          'a team written @org/team-slug'
      )
    }
    if (!users.includes(login.toLowerCase())) users.push(login.toLowerCase())
  }
  return { users, teams }
}

/** True for a well-formed GitHub login (also what local approver names must look like). */
export function isLogin(text: string): boolean {
  return LOGIN.test(text)
}

/** `alice, bob, @octo-org/ml-leads` for messages and issue bodies. */
export function describeApprovers(policy: ApprovalPolicy): string {
  const names = [...policy.users, ...policy.teams.map((team) => `@${team.org}/${team.slug}`)]
  return names.length === 0 ? 'anyone with write access to the repository' : names.join(', ')
}
