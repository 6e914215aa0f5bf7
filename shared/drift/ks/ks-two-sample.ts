import { kolmogorovSmirnovSf } from './kolmogorov-two-sided.js'
import {
  ksEqualSizesTwoSidedP,
  ksOneSidedExactP,
  ksTwoSidedInsideP
} from './ks-two-sample-exact.js'
import { ksStatisticsSorted } from './ks-statistic.js'

/**
 * The two-sample Kolmogorov–Smirnov test exactly as scipy 1.10 `ks_2samp(data1, data2,
 * alternative, method)` computes it (statistics-reference §2.2).
 */
export type KsAlternative = 'two-sided' | 'less' | 'greater'
export type KsMethod = 'auto' | 'exact' | 'asymp'

/** scipy's MAX_AUTO_N: 'auto' is exact while both samples have at most this many values. */
export const KS_EXACT_MAX_SIZE = 10000
const INT32_MAX = 2147483647

export interface KsPValue {
  pValue: number
  /** The method that produced pValue. */
  method: 'exact' | 'asymp'
  /** The statistic as the p-value saw it (the exact method snaps D to h/lcm(n₁, n₂)). */
  statistic: number
  /** Why an exact request ended asymptotic, if it did. */
  fallback?: string
}

export interface KsTwoSampleResult extends KsPValue {
  statisticLocation: number
  /** +1 when the statistic is D⁺ (sample 1's ECDF above sample 2's), −1 for D⁻. */
  statisticSign: 1 | -1
  dPlus: number
  dMinus: number
}

/** Greatest common divisor of two positive integers. */
function gcd(a: number, b: number): number {
  while (b !== 0) {
    const remainder = a % b
    a = b
    b = remainder
  }
  return a
}

/** numpy's round: half to even. */
function roundHalfEven(value: number): number {
  const floor = Math.floor(value)
  const difference = value - floor
  if (difference < 0.5) return floor
  if (difference > 0.5) return floor + 1
  return floor % 2 === 0 ? floor : floor + 1
}

/**
 * p-value of a two-sample KS statistic `d` for sample sizes n₁, n₂ (scipy's selection):
 * 'auto' → 'exact' when max(n₁, n₂) ≤ 10000, else 'asymp'; an explicit 'exact' whose
 * lcm(n₁, n₂) would not fit scipy's int32 arithmetic, or whose one-sided path count would
 * overflow, falls back to 'asymp' (the `fallback` field says so).
 * Asymptotic two-sided: `kstwo.sf(d, round(n₁n₂/(n₁ + n₂)))`; one-sided: Hodges' (1958) eq. 5.3,
 * exp(−2z² − 2z(m + 2n)/√(mn(m + n))/3) with z = D√(mn/(m + n)), m ≥ n. D = 0 gives p = 1.
 */
export function ksTwoSampleP(
  d: number,
  n1: number,
  n2: number,
  alternative: KsAlternative = 'two-sided',
  method: KsMethod = 'auto'
): KsPValue {
  const g = gcd(n1, n2)
  let mode: 'exact' | 'asymp'
  let fallback: string | undefined
  if (method === 'auto') mode = Math.max(n1, n2) <= KS_EXACT_MAX_SIZE ? 'exact' : 'asymp'
  else if (method === 'exact' && n1 / g >= INT32_MAX / (n2 / g)) {
    mode = 'asymp'
    fallback = `exact p-value impossible for sample sizes ${n1} and ${n2} (lcm too large)`
  } else mode = method

  let statistic = d
  if (mode === 'exact') {
    const lcm = (n1 / g) * n2
    const h = roundHalfEven(d * lcm)
    statistic = h / lcm
    if (h === 0) return { pValue: 1, method: 'exact', statistic }
    let p: number | undefined
    if (alternative === 'two-sided') {
      p = n1 === n2 ? ksEqualSizesTwoSidedP(n1, h) : ksTwoSidedInsideP(n1, n2, g, h)
    } else {
      p = ksOneSidedExactP(n1, n2, g, h)
    }
    if (p !== undefined && p >= 0 && p <= 1) return { pValue: p, method: 'exact', statistic }
    fallback = 'exact p-value calculation unsuccessful (path count overflows a double)'
  }

  const m = Math.max(n1, n2)
  const n = Math.min(n1, n2)
  const effectiveSize = (m * n) / (m + n)
  let p: number
  if (alternative === 'two-sided') {
    p = kolmogorovSmirnovSf(roundHalfEven(effectiveSize), statistic)
  } else {
    const z = Math.sqrt(effectiveSize) * statistic
    p = Math.exp(-2 * z * z - (2 * z * (m + 2 * n)) / Math.sqrt(m * n * (m + n)) / 3)
  }
  p = Math.min(Math.max(p, 0), 1)
  return fallback === undefined
    ? { pValue: p, method: 'asymp', statistic }
    : { pValue: p, method: 'asymp', statistic, fallback }
}

/**
 * `ks_2samp(first, second, alternative, method)` on ascending-sorted samples without NaN.
 * For 'two-sided' the statistic is max(D⁺, D⁻) with ties resolved to D⁺ (sign +1); 'greater'
 * tests D⁺ and 'less' D⁻, as scipy.
 */
export function ksTwoSampleSorted(
  first: Float64Array,
  second: Float64Array,
  alternative: KsAlternative = 'two-sided',
  method: KsMethod = 'auto'
): KsTwoSampleResult {
  if (first.length === 0 || second.length === 0) {
    throw new RangeError('ksTwoSampleSorted: both samples must be non-empty')
  }
  const statistics = ksStatisticsSorted(first, second)
  const useMinus =
    alternative === 'less' || (alternative === 'two-sided' && statistics.dMinus > statistics.dPlus)
  const d = useMinus ? statistics.dMinus : statistics.dPlus
  const p = ksTwoSampleP(d, first.length, second.length, alternative, method)
  return {
    ...p,
    statisticLocation: useMinus ? statistics.locationMinus : statistics.locationPlus,
    statisticSign: useMinus ? -1 : 1,
    dPlus: statistics.dPlus,
    dMinus: statistics.dMinus
  }
}
