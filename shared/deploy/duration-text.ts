import { UsageError } from '../errors.js'

/**
 * Durations as people write them in configuration (`72h`, `30m`, `1d12h`, `90s`), for approval
 * expiry, polling waits and command timeouts. A unit is required: a bare `72` could mean hours or
 * seconds, and guessing wrong would expire an approval request a few thousand times too early.
 */

const UNIT_MS: Readonly<Record<string, number>> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000
}

const PART = /(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)/gy

/** Milliseconds in `text`; `what` names the setting in the error ("approval expires-after"). */
export function parseDuration(text: string, what: string): number {
  const trimmed = text.trim()
  PART.lastIndex = 0
  let total = 0
  let matched = 0
  let position = 0
  while (position < trimmed.length) {
    PART.lastIndex = position
    const match = PART.exec(trimmed)
    if (match === null) break
    total += Number(match[1]) * UNIT_MS[match[2]!]!
    matched++
    position = PART.lastIndex
    while (trimmed[position] === ' ') position++
  }
  if (matched === 0 || position !== trimmed.length || !Number.isFinite(total)) {
    throw new UsageError(
      `${what} must be a duration such as 90s, 30m, 72h or 7d (units ms, s, m, h, d, w), got ` +
        JSON.stringify(text)
    )
  }
  return Math.round(total)
}

/** A short human form of a duration: `3d`, `2h 30m`, `45s`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return String(ms)
  if (ms < 1000) return `${Math.round(ms)}ms`
  const parts: string[] = []
  let rest = Math.round(ms / 1000)
  for (const [unit, seconds] of [
    ['d', 86_400],
    ['h', 3_600],
    ['m', 60],
    ['s', 1]
  ] as const) {
    const count = Math.floor(rest / seconds)
    if (count > 0) parts.push(`${count}${unit}`)
    rest -= count * seconds
  }
  return parts.slice(0, 2).join(' ')
}
