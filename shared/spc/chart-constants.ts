import { normalQuantile } from '../stats/distributions.js'
import { logGamma } from '../stats/special-functions.js'
import { exactD2, exactD3 } from './normal-range-moments.js'

/**
 * Normal-theory control-chart constants (stats-reference.md §1.2; Montgomery Appendix VI, NIST
 * e-Handbook 6.3.2). Two sources:
 * - 'qcc': d2 rounded to 3 dp and d3 to 7 dp for n = 2..25, the tables qcc 3.0 uses
 *   (`qcc.options("exp.R.unscaled")`, `"se.R.unscaled"`). Published qcc numbers are computed with
 *   them, so they are the default wherever qcc is the oracle.
 * - 'exact': d2 and d3 by numerical integration (normal-range-moments.ts), valid for any n ≥ 2.
 * c4 is always exact (qcc computes it from the gamma function too).
 */
export type ConstantsSource = 'qcc' | 'exact'

/** Largest subgroup size the range tables (and therefore R charts) cover. */
export const MAX_RANGE_SUBGROUP_SIZE = 25

/** qcc's d2 table, index = subgroup size n (2..25); printed Montgomery/NIST values to 3 dp. */
const QCC_D2: readonly number[] = [
  NaN,
  NaN,
  1.128,
  1.693,
  2.059,
  2.326,
  2.534,
  2.704,
  2.847,
  2.97,
  3.078,
  3.173,
  3.258,
  3.336,
  3.407,
  3.472,
  3.532,
  3.588,
  3.64,
  3.689,
  3.735,
  3.778,
  3.819,
  3.858,
  3.895,
  3.931
]

/** qcc's d3 table, index = subgroup size n (2..25), 7 dp. */
const QCC_D3: readonly number[] = [
  NaN,
  NaN,
  0.8525033,
  0.8883697,
  0.8798108,
  0.8640855,
  0.8480442,
  0.8332108,
  0.8198378,
  0.8078413,
  0.7970584,
  0.787323,
  0.7784873,
  0.7704257,
  0.763033,
  0.7562217,
  0.7499188,
  0.7440627,
  0.7386021,
  0.7334929,
  0.728698,
  0.7241851,
  0.7199267,
  0.7158987,
  0.7120802,
  0.7084528
]

function tableValue(table: readonly number[], n: number, name: string): number {
  const value = Number.isInteger(n) ? table[n] : undefined
  if (value === undefined || Number.isNaN(value)) {
    throw new RangeError(
      `qcc's ${name} table covers subgroup sizes 2..${MAX_RANGE_SUBGROUP_SIZE}, got ${n}`
    )
  }
  return value
}

/** d2(n): expected range of n standard normal values (sigma_hat = Rbar / d2). */
export function d2(n: number, source: ConstantsSource = 'qcc'): number {
  return source === 'qcc' ? tableValue(QCC_D2, n, 'd2') : exactD2(n)
}

/** d3(n): standard deviation of that range (sigma of R = d3 · sigma). */
export function d3(n: number, source: ConstantsSource = 'qcc'): number {
  return source === 'qcc' ? tableValue(QCC_D3, n, 'd3') : exactD3(n)
}

/**
 * c4(n) = sqrt(2/(n−1)) Γ(n/2) / Γ((n−1)/2), the bias of the sample sd: E[s] = c4 σ. Evaluated
 * through log-gamma so large n (qcc's RMSDF uses c4(Σ(n_i − 1) + 1)) does not overflow. Accepts any
 * real n > 1.
 */
export function c4(n: number): number {
  if (!(n > 1)) throw new RangeError(`c4 needs n > 1, got ${n}`)
  return Math.sqrt(2 / (n - 1)) * Math.exp(logGamma(n / 2) - logGamma((n - 1) / 2))
}

/**
 * Divisor turning the median moving range (span 2) into sigma. 'qcc' gives JMP's printed 0.954;
 * 'exact' the median of |Z1 − Z2| = sqrt(2) Φ⁻¹(3/4) = 0.95387.
 */
export function medianMovingRangeFactor(source: ConstantsSource = 'qcc'): number {
  return source === 'qcc' ? 0.954 : Math.SQRT2 * normalQuantile(0.75)
}

/** The full row of Montgomery Appendix VI for one subgroup size. */
export interface ChartConstants {
  n: number
  d2: number
  d3: number
  c4: number
  /** X-bar limits from Rbar: 3 / (d2 sqrt n). */
  A2: number
  /** X-bar limits from sbar: 3 / (c4 sqrt n). */
  A3: number
  /** S chart lower limit factor: max(0, 1 − 3 sqrt(1 − c4²)/c4). */
  B3: number
  /** S chart upper limit factor: 1 + 3 sqrt(1 − c4²)/c4. */
  B4: number
  /** R chart lower limit factor: max(0, 1 − 3 d3/d2). */
  D3: number
  /** R chart upper limit factor: 1 + 3 d3/d2. */
  D4: number
  /** Individuals chart factor 3 / d2(2) (independent of n; 2.660). */
  E2: number
}

/** All factors for subgroup size n (2..25 with the 'qcc' source), from the §1.2 formulas. */
export function chartConstants(n: number, source: ConstantsSource = 'qcc'): ChartConstants {
  const rangeMean = d2(n, source)
  const rangeSd = d3(n, source)
  const sdBias = c4(n)
  const sdSpread = (3 * Math.sqrt(1 - sdBias * sdBias)) / sdBias
  return {
    n,
    d2: rangeMean,
    d3: rangeSd,
    c4: sdBias,
    A2: 3 / (rangeMean * Math.sqrt(n)),
    A3: 3 / (sdBias * Math.sqrt(n)),
    B3: Math.max(0, 1 - sdSpread),
    B4: 1 + sdSpread,
    D3: Math.max(0, 1 - (3 * rangeSd) / rangeMean),
    D4: 1 + (3 * rangeSd) / rangeMean,
    E2: 3 / d2(2, source)
  }
}
