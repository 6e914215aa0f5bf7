import { UsageError } from '../errors.js'

/**
 * "Now" for checks that depend on time (freshness), normally the system clock. TOLLGATE_NOW (an
 * ISO 8601 time) pins it, so a CI result can be reproduced later on a laptop and tests are stable.
 */
export function nowFromEnvironment(env: NodeJS.ProcessEnv = process.env): number {
  const pinned = env.TOLLGATE_NOW
  if (pinned === undefined || pinned === '') return Date.now()
  const value = Date.parse(pinned)
  if (Number.isNaN(value))
    throw new UsageError(`TOLLGATE_NOW must be an ISO 8601 time, got ${JSON.stringify(pinned)}`)
  return value
}
