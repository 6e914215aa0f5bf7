import type { Zone } from './chart-types.js'

/**
 * Zone boundaries and limit tests shared by the zone labels and the run rules, so both agree on
 * every edge (stats-reference.md §1.8): the limits are strict (a point exactly on a limit is not
 * beyond it) and zone bands are inclusive on their inner side.
 */

/** A plotted value with the centre line, sigma and limits that apply at its point. */
export interface LimitedValue {
  value: number
  center: number
  /** Sigma of the plotted statistic at this point (per-point for varying n). */
  sigma: number
  lcl: number | null
  ucl: number | null
}

/**
 * Distance from the centre line to zone boundary `multiple` (1 = C/B, 2 = B/A), i.e.
 * (multiple/3)·L·σ_i. Written (multiple·L/3)·σ so that L = 3 gives exactly σ and 2σ, as qcc's
 * `nsigmas * k / 3` does.
 */
export function zoneDistance(point: LimitedValue, nsigmas: number, multiple: 1 | 2): number {
  return ((multiple * nsigmas) / 3) * point.sigma
}

/** Strictly above the UCL. */
export function isAboveLimit(point: LimitedValue): boolean {
  return point.ucl !== null && point.value > point.ucl
}

/** Strictly below the LCL. */
export function isBelowLimit(point: LimitedValue): boolean {
  return point.lcl !== null && point.value < point.lcl
}

/** Strictly beyond zone boundary `multiple` on the upper side. */
export function isAboveZone(point: LimitedValue, nsigmas: number, multiple: 1 | 2): boolean {
  return point.value > point.center + zoneDistance(point, nsigmas, multiple)
}

/** Strictly beyond zone boundary `multiple` on the lower side. */
export function isBelowZone(point: LimitedValue, nsigmas: number, multiple: 1 | 2): boolean {
  return point.value < point.center - zoneDistance(point, nsigmas, multiple)
}

/** The zone label of a point (see Zone). */
export function classifyZone(point: LimitedValue, nsigmas: number): Zone {
  if (isAboveLimit(point)) return 'beyond-upper'
  if (isBelowLimit(point)) return 'beyond-lower'
  if (point.value > point.center) {
    if (isAboveZone(point, nsigmas, 2)) return 'upper-a'
    return isAboveZone(point, nsigmas, 1) ? 'upper-b' : 'upper-c'
  }
  if (point.value < point.center) {
    if (isBelowZone(point, nsigmas, 2)) return 'lower-a'
    return isBelowZone(point, nsigmas, 1) ? 'lower-b' : 'lower-c'
  }
  return 'center-line'
}
