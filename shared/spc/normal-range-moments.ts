import { normalCdf, normalPdf } from '../stats/distributions.js'

/**
 * Exact moments of the range W of n independent standard normal values, the source of the
 * control-chart constants d2 = E[W] and d3 = sd(W) (stats-reference.md §1.2; Tippett 1925,
 * Montgomery Appendix VI). Computed by quadrature rather than read from a printed table, so every
 * n is accurate to about 1e-9 (d3) and 1e-14 (d2) instead of the 3-dp values of the tables.
 *
 * Both integrals are evaluated on one uniform grid x_j = −L + j·h. The integrands are smooth and
 * decay like φ(x), so the trapezoid rule converges geometrically (it is exact up to the
 * exponentially small aliasing error for analytic, rapidly decaying functions), and using the
 * same grid for x and for the range w = k·h makes Φ(x + w) a table look-up.
 */

const GRID_HALF_WIDTH = 9
const GRID_STEP = 0.02

interface NormalGrid {
  step: number
  density: Float64Array
  cdf: Float64Array
}

let grid: NormalGrid | undefined

function normalGrid(): NormalGrid {
  if (grid !== undefined) return grid
  const count = Math.round((2 * GRID_HALF_WIDTH) / GRID_STEP) + 1
  const density = new Float64Array(count)
  const cdf = new Float64Array(count)
  for (let j = 0; j < count; j++) {
    const x = -GRID_HALF_WIDTH + j * GRID_STEP
    density[j] = normalPdf(x)
    cdf[j] = normalCdf(x)
  }
  grid = { step: GRID_STEP, density, cdf }
  return grid
}

const meanCache = new Map<number, number>()
const sdCache = new Map<number, number>()

function checkSize(n: number): void {
  if (!Number.isInteger(n) || n < 2) {
    throw new RangeError(`range moments need an integer subgroup size of at least 2, got ${n}`)
  }
}

/**
 * d2(n) = E[W] = ∫ 1 − Φ(x)^n − (1 − Φ(x))^n dx (the expected range of n standard normals, in
 * units of the process sigma). Cached per n.
 */
export function exactD2(n: number): number {
  checkSize(n)
  const cached = meanCache.get(n)
  if (cached !== undefined) return cached
  const { step, cdf } = normalGrid()
  let sum = 0
  for (let j = 0; j < cdf.length; j++) {
    const p = cdf[j]!
    sum += 1 - p ** n - (1 - p) ** n
  }
  const value = sum * step
  meanCache.set(n, value)
  return value
}

/**
 * d3(n) = sd(W), from E[W²] = ∫∫_{x<y} (y − x)² n(n−1) φ(x) φ(y) [Φ(y) − Φ(x)]^(n−2) dx dy (the
 * joint density of the sample minimum and maximum), written with w = y − x ≥ 0. Near w = 0 the
 * w-integrand behaves like w^n, so the endpoint adds no low-order trapezoid error. n = 2 has the
 * closed form sqrt(2 − 4/π) (W = |X1 − X2| with X1 − X2 ~ N(0, 2)), used directly.
 */
export function exactD3(n: number): number {
  checkSize(n)
  const cached = sdCache.get(n)
  if (cached !== undefined) return cached
  let value: number
  if (n === 2) {
    value = Math.sqrt(2 - 4 / Math.PI)
  } else {
    const { step, density, cdf } = normalGrid()
    const count = cdf.length
    let sum = 0
    for (let k = 1; k < count; k++) {
      const w = k * step
      let inner = 0
      for (let j = 0; j + k < count; j++) {
        const spread = cdf[j + k]! - cdf[j]!
        inner += density[j]! * density[j + k]! * spread ** (n - 2)
      }
      sum += w * w * inner
    }
    const secondMoment = n * (n - 1) * sum * step * step
    const mean = exactD2(n)
    value = Math.sqrt(secondMoment - mean * mean)
  }
  sdCache.set(n, value)
  return value
}
