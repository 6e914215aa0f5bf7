import type { RunRuleId } from './chart-types.js'
import { isAboveLimit, isAboveZone, isBelowLimit, isBelowZone } from './zones.js'
import type { LimitedValue } from './zones.js'

/**
 * Western Electric and Nelson tests for special causes with the semantics stats-reference.md §1.8
 * pins (qcc 3.0 R/rules.R behaviour):
 * - limit and zone tests are strict (value > CL + kσ_i); "within 1 sigma" (Nelson 7) is inclusive;
 * - side: above if value > CL, below if value < CL; a point on the CL breaks side runs;
 * - trends count strictly increasing / decreasing moves (6 points = 5 moves), a tie breaks them;
 *   alternation counts sign changes of successive differences (14 points = 12 changes), a zero
 *   difference breaks it;
 * - run rules flag the point completing the run and every following point while it continues;
 * - k-of-m rules flag point i iff i itself is beyond the zone on side s and at least k of points
 *   i−m+1..i are (so a full window of m points is needed, as qcc's `embed` does);
 * - Nelson 8 flags i iff all of the last 8 points are beyond ±1σ with at least one on each side;
 * - each point's own σ_i is used for its zone boundaries (varying n on p/u charts).
 * The sequence given is the one tested: phase I then phase II, excluded points already removed.
 */

/** A hit at a 0-based position of the tested sequence. */
export interface RuleHit {
  rule: RunRuleId
  position: number
}

/** Positions i where `condition` has held for at least `length` consecutive positions ending at i. */
function runCompletions(condition: readonly boolean[], length: number): number[] {
  const positions: number[] = []
  let run = 0
  for (let i = 0; i < condition.length; i++) {
    run = condition[i] ? run + 1 : 0
    if (run >= length) positions.push(i)
  }
  return positions
}

function beyondLimits(points: readonly LimitedValue[]): number[] {
  const positions: number[] = []
  points.forEach((point, i) => {
    if (isAboveLimit(point) || isBelowLimit(point)) positions.push(i)
  })
  return positions
}

/** k of the last m points beyond zone boundary `multiple` on one side, the current one included. */
function kOfM(
  points: readonly LimitedValue[],
  k: number,
  m: number,
  multiple: 1 | 2,
  nsigmas: number
): number[] {
  const above = points.map((point) => isAboveZone(point, nsigmas, multiple))
  const below = points.map((point) => isBelowZone(point, nsigmas, multiple))
  const positions: number[] = []
  for (let i = m - 1; i < points.length; i++) {
    for (const side of [above, below]) {
      if (!side[i]) continue
      let count = 0
      for (let j = i - m + 1; j <= i; j++) if (side[j]) count++
      if (count >= k) positions.push(i)
    }
  }
  return positions
}

function sideRun(points: readonly LimitedValue[], length: number): number[] {
  const above = points.map((point) => point.value > point.center)
  const below = points.map((point) => point.value < point.center)
  return [...runCompletions(above, length), ...runCompletions(below, length)].sort((a, b) => a - b)
}

/** Nelson 3: `length` points in a row strictly increasing or strictly decreasing. */
function trend(points: readonly LimitedValue[], length: number): number[] {
  const rising = points.map((point, i) => i > 0 && point.value > points[i - 1]!.value)
  const falling = points.map((point, i) => i > 0 && point.value < points[i - 1]!.value)
  const moves = length - 1
  return [...runCompletions(rising, moves), ...runCompletions(falling, moves)].sort((a, b) => a - b)
}

/** Nelson 4: `length` points in a row alternating up and down. */
function alternation(points: readonly LimitedValue[], length: number): number[] {
  const direction = points.map((point, i) =>
    i === 0 ? 0 : Math.sign(point.value - points[i - 1]!.value)
  )
  const changes = points.map(
    (_, i) =>
      i >= 2 && direction[i] !== 0 && direction[i - 1] !== 0 && direction[i] !== direction[i - 1]
  )
  return runCompletions(changes, length - 2)
}

/** Nelson 7: `length` points in a row within 1σ of the CL, boundaries included. */
function stratification(
  points: readonly LimitedValue[],
  length: number,
  nsigmas: number
): number[] {
  const inside = points.map(
    (point) => !isAboveZone(point, nsigmas, 1) && !isBelowZone(point, nsigmas, 1)
  )
  return runCompletions(inside, length)
}

/** Nelson 8: the last `length` points all beyond ±1σ, with points on both sides. */
function mixture(points: readonly LimitedValue[], length: number, nsigmas: number): number[] {
  const above = points.map((point) => isAboveZone(point, nsigmas, 1))
  const below = points.map((point) => isBelowZone(point, nsigmas, 1))
  const positions: number[] = []
  for (let i = length - 1; i < points.length; i++) {
    let allOutside = true
    let anyAbove = false
    let anyBelow = false
    for (let j = i - length + 1; j <= i; j++) {
      allOutside &&= above[j]! || below[j]!
      anyAbove ||= above[j]!
      anyBelow ||= below[j]!
    }
    if (allOutside && anyAbove && anyBelow) positions.push(i)
  }
  return positions
}

/** The 0-based positions violating one rule. */
export function rulePositions(
  rule: RunRuleId,
  points: readonly LimitedValue[],
  nsigmas: number
): number[] {
  switch (rule) {
    case 'we-1':
    case 'nelson-1':
      return beyondLimits(points)
    case 'we-2':
    case 'nelson-5':
      return kOfM(points, 2, 3, 2, nsigmas)
    case 'we-3':
    case 'nelson-6':
      return kOfM(points, 4, 5, 1, nsigmas)
    case 'we-4':
      return sideRun(points, 8)
    case 'nelson-2':
      return sideRun(points, 9)
    case 'nelson-3':
      return trend(points, 6)
    case 'nelson-4':
      return alternation(points, 14)
    case 'nelson-7':
      return stratification(points, 15, nsigmas)
    case 'nelson-8':
      return mixture(points, 8, nsigmas)
  }
}

/** Every (rule, position) hit, rule by rule in the order given, positions ascending. */
export function evaluateRunRules(
  points: readonly LimitedValue[],
  rules: readonly RunRuleId[],
  nsigmas: number
): RuleHit[] {
  const hits: RuleHit[] = []
  for (const rule of rules) {
    for (const position of rulePositions(rule, points, nsigmas)) hits.push({ rule, position })
  }
  return hits
}
