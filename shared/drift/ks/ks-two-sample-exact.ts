import { logChoose } from '../../stats/special-functions.js'

/**
 * Exact null distribution of the two-sample Kolmogorov–Smirnov statistic D_{m,n}, by counting
 * the monotone lattice paths from (0, 0) to (m, n) that a random interleaving of the two sorted
 * samples traces (Hodges 1958, "The significance probability of the Smirnov two-sample test",
 * Ark. Mat. 3(43) 469–486). Step x = a value from sample 1, step y = one from sample 2; the ECDF
 * difference after x and y steps is x/m − y/n, so D ≥ d exactly when the path leaves the band
 * |x/m − y/n| < d. Everything is kept as probabilities (not path counts), which cannot overflow.
 * Behaviour matched: scipy 1.10 `_attempt_exact_2kssamp`.
 */

/** Two-sided p when n₁ = n₂ = n and D = h/n:
 *  P = 2 Σ_{k≥1} (−1)^(k−1) C(2n, n − kh)/C(2n, n), evaluated from the innermost term outwards
 *  as 2·A₁(1 − A₂(1 − A₃(…))) with Aₖ = C(2n, n − kh)/C(2n, n − (k−1)h) written as h simple
 *  ratios, which avoids both the huge binomials and the alternating-sum cancellation (scipy
 *  `_compute_prob_outside_square`). */
export function ksEqualSizesTwoSidedP(n: number, h: number): number {
  let p = 0
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let ratio = 1
    for (let j = 0; j < h; j++) ratio = ((n - k * h - j) * ratio) / (n + k * h + j + 1)
    p = ratio * (1 - p)
  }
  return 2 * p
}

/**
 * Two-sided p for any m, n with D = h/lcm(m, n): the probability that a uniformly random path
 * leaves the band |x·n/g − y·m/g| < h (g = gcd). Recursion on Q(x, y) = P(a random path to
 * (x, y) has already left the band): Q = 1 outside the band and
 *   Q(x, y) = (x·Q(x−1, y) + y·Q(x, y−1)) / (x + y)
 * inside, because a random path reaches (x, y) from the left with probability x/(x + y). This is
 * the "1 − p" form of Hodges' inside method due to Viehmann (2021, arXiv:2102.08037), as scipy's
 * `_compute_outer_prob_inside_method`. Only one column and the band window of it are stored,
 * so memory is O(n) and time O(m × band width).
 */
export function ksTwoSidedInsideP(m: number, n: number, g: number, h: number): number {
  if (m < n) {
    const swap = m
    m = n
    n = swap
  }
  const mg = m / g
  const ng = n / g
  // Window [low, high) of column x holds the y with |ng·x − mg·y| < h; entries outside it are 1.
  let low = 0
  let high = Math.min(Math.ceil(h / mg), n + 1)
  let length = high - low
  const column = new Float64Array(Math.min(2 * high + 2, n + 1)).fill(1)
  column.fill(0, low, high)
  const firstUpperBoundaryY = Math.ceil(h / mg)
  for (let x = 1; x <= m; x++) {
    const previousLow = low
    const previousLength = length
    low = Math.min(Math.max(Math.floor((ng * x - h) / mg) + 1, 0), n)
    high = Math.min(Math.ceil((ng * x + h) / mg), n + 1)
    if (high <= low) return 1
    // Q(x, low − 1) is outside the band (1) unless low = 0, where the path along y = 0 is inside.
    let below = low === 0 ? 0 : 1
    // Until the lower boundary is reachable (ng·x < h), a path can only have left the band through
    // the upper boundary, which lies at y ≥ ⌈h/mg⌉: every cell below that is exactly 0 and is
    // already 0 in the column, so the loop starts there (a large saving when D is large).
    const first = ng * x < h ? Math.min(firstUpperBoundaryY, high) - low : 0
    for (let offset = first; offset < high - low; offset++) {
      const y = offset + low
      below = (column[offset + low - previousLow]! * x + below * y) / (x + y)
      column[offset] = below
    }
    length = high - low
    // Cells the previous window covered but this one does not are outside the band again.
    if (previousLength > length) column.fill(1, length, previousLength)
  }
  return column[high - low - 1]!
}

/**
 * One-sided p, P(D⁺ ≥ h/lcm): n₁ = n₂ uses the single reflection term C(2n, n − h)/C(2n, n) as a
 * product of ratios. Otherwise the probability that a random path touches the region
 * x·n/g − y·m/g ≥ h, by the same column recursion as the two-sided case with one boundary
 * (R = 1 on or beyond the boundary). scipy counts these paths with floating binomials
 * (`_count_paths_outside_method`) and gives up (falling back to the asymptotic formula) when
 * C(n₁ + n₂, n₁) overflows a double; `undefined` reproduces that fallback.
 */
export function ksOneSidedExactP(n1: number, n2: number, g: number, h: number): number | undefined {
  if (n1 === n2) {
    let p = 1
    for (let j = 0; j < h; j++) p *= (n1 - j) / (n1 + j + 1)
    return p
  }
  if (logChoose(n1 + n2, n1) > LOG_MAX_DOUBLE) return undefined
  const m = Math.max(n1, n2)
  const n = Math.min(n1, n2)
  const mg = m / g
  const ng = n / g
  // R(x, y) for the current x, y = 0..n. Boundary: ng·x − mg·y ≥ h.
  const column = new Float64Array(n + 1)
  for (let x = 1; x <= m; x++) {
    let below = 0
    for (let y = 0; y <= n; y++) {
      let value: number
      if (ng * x - mg * y >= h) value = 1
      else value = (column[y]! * x + below * y) / (x + y)
      column[y] = value
      below = value
    }
  }
  return column[n]!
}

const LOG_MAX_DOUBLE = Math.log(Number.MAX_VALUE)
