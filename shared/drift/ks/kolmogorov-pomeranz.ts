import { scaleByPowerOfTwo } from './kolmogorov-durbin-matrix.js'

/**
 * P(Dₙ ≤ d) for the two-sided one-sample Kolmogorov–Smirnov statistic by Pomeranz's recursion
 * (Pomeranz 1974, CACM Algorithm 487) as organised by Simard & L'Ecuyer (2011, J. Stat. Softw.
 * 39(11), §2.1) and scipy's `_kolmogn_Pomeranz`: 2n + 1 rows, each the convolution of the
 * previous row's non-zero window with truncated Poisson-like weights (g/n)^j/j!, (2g/n)^j/j! or
 * ((1 − 2g)/n)^j/j! (g = min(f, 1 − f), f the fractional part of nd); the answer is n! times the
 * last entry. Only the band of possibly non-zero entries is kept, with a power-of-two rescaling
 * when a row would underflow. Used for moderate n·d² at n ≤ 140.
 */

const SCALE_EXPONENT = 128
const BIG = 2 ** SCALE_EXPONENT
const SMALL = 2 ** -SCALE_EXPONENT

/** Column window [first, last] of row i (Simard & L'Ecuyer's j1, j2 bounds, clipped to 0..n). */
function rowWindow(
  i: number,
  n: number,
  floorT: number,
  ceilF: number,
  roundF: number
): [number, number] {
  let first: number
  let last: number
  if (i === 0) {
    first = -floorT - ceilF - 1
    last = floorT + ceilF - 1
  } else {
    const half = Math.floor((i + 1) / 2)
    if ((i + 1) % 2 === 0) {
      if (half === n + 1) {
        first = n - floorT - ceilF - 1
        last = n + floorT + ceilF - 1
      } else {
        first = half - 1 - floorT - roundF - 1
        last = half + floorT - 1 + ceilF - 1
      }
    } else {
      first = half - 1 - floorT - 1
      last = half + floorT + roundF - 1
    }
  }
  return [Math.max(first + 2, 0), Math.min(last, n)]
}

export function kolmogorovCdfPomeranz(n: number, d: number): number {
  const t = n * d
  const floorT = Math.floor(t)
  const f = t - floorT
  const g = Math.min(f, 1 - f)
  const ceilF = f > 0 ? 1 : 0
  const roundF = f > 0.5 ? 1 : 0
  const width = 2 * (floorT + 1)

  const gPower = new Float64Array(width)
  const twoGPower = new Float64Array(width)
  const oneMinusTwoGPower = new Float64Array(width)
  gPower[0] = 1
  twoGPower[0] = 1
  oneMinusTwoGPower[0] = 1
  const gOverN = g / n
  const twoGOverN = (2 * g) / n
  const oneMinusTwoGOverN = (1 - 2 * g) / n
  for (let j = 1; j < width; j++) {
    gPower[j] = (gPower[j - 1]! * gOverN) / j
    twoGPower[j] = (twoGPower[j - 1]! * twoGOverN) / j
    oneMinusTwoGPower[j] = (oneMinusTwoGPower[j - 1]! * oneMinusTwoGOverN) / j
  }

  let previous = new Float64Array(width)
  let current = new Float64Array(width)
  current[0] = 1
  let previousStart = 0
  let currentStart = 0
  let exponent = 0
  let first = rowWindow(0, n, floorT, ceilF, roundF)[0]
  for (let i = 1; i < 2 * n + 2; i++) {
    const priorFirst = first
    const swap = previous
    previous = current
    current = swap
    const swapStart = previousStart
    previousStart = currentStart
    currentStart = swapStart
    current.fill(0)
    const window = rowWindow(i, n, floorT, ceilF, roundF)
    first = window[0]
    const last = window[1]
    const weights =
      i === 1 || i === 2 * n + 1 ? gPower : i % 2 === 1 ? twoGPower : oneMinusTwoGPower
    const span = last - priorFirst + 1
    if (span > 0) {
      // Entries priorFirst..priorFirst+span−1 of the previous row, convolved with the weights;
      // keep outputs (first − priorFirst) .. (last − priorFirst).
      const offset = priorFirst - previousStart
      const available = Math.min(span, width - offset)
      const outputStart = first - priorFirst
      const outputLength = last - first + 1
      let largest = 0
      for (let out = 0; out < outputLength; out++) {
        const k = outputStart + out
        let sum = 0
        const lowest = Math.max(0, k - span + 1)
        const highest = Math.min(k, available - 1)
        for (let source = lowest; source <= highest; source++) {
          sum += previous[offset + source]! * weights[k - source]!
        }
        current[out] = sum
        if (sum > largest) largest = sum
      }
      if (largest > 0 && largest < SMALL) {
        for (let out = 0; out < outputLength; out++) current[out] = current[out]! * BIG
        exponent -= SCALE_EXPONENT
      }
      currentStart = previousStart + first - priorFirst
    }
  }

  let answer = current[n - currentStart]!
  for (let m = 1; m <= n; m++) {
    if (Math.abs(answer) > BIG) {
      answer *= SMALL
      exponent += SCALE_EXPONENT
    }
    answer *= m
  }
  if (exponent !== 0) answer = scaleByPowerOfTwo(answer, exponent)
  return answer < 0 ? 0 : answer > 1 ? 1 : answer
}
