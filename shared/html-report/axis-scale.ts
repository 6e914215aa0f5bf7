/**
 * Axis ticks and the linear map from data to SVG coordinates. Ticks follow Heckbert's "nice
 * numbers" (Graphics Gems I, 1990, "Nice numbers for graph labels"): steps of 1, 2 or 5 × 10ⁿ,
 * with the axis widened to whole steps ("loose" labelling) so every drawn value sits inside it.
 */

export interface AxisTicks {
  /** The widened domain the axis covers. */
  min: number
  max: number
  step: number
  values: number[]
}

/** The nearest "nice" number to `x` (> 0): rounded, or the smallest nice number ≥ x. */
function niceNumber(x: number, round: boolean): number {
  const exponent = Math.floor(Math.log10(x))
  const power = 10 ** exponent
  const fraction = x / power
  let nice: number
  if (round) nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
  else nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
  return nice * power
}

/**
 * About `count` ticks covering [min, max]. A zero-width range is widened around its value; with
 * `integer` the step is a whole number (point indices, counts).
 */
export function niceTicks(min: number, max: number, count = 5, integer = false): AxisTicks {
  let low = Number.isFinite(min) ? min : 0
  let high = Number.isFinite(max) ? max : low
  if (high < low) [low, high] = [high, low]
  if (high === low) {
    const pad = low === 0 ? 1 : Math.abs(low) * 0.1
    low -= integer ? Math.max(1, Math.round(pad)) : pad
    high += integer ? Math.max(1, Math.round(pad)) : pad
  }
  const range = niceNumber(high - low, false)
  let step = niceNumber(range / Math.max(1, count - 1), true)
  if (integer) step = Math.max(1, Math.round(step))
  const first = Math.floor(low / step) * step
  const last = Math.ceil(high / step) * step
  const values: number[] = []
  // Computed from the index (not by repeated addition) so rounding does not accumulate.
  for (let i = 0; first + i * step <= last + step * 1e-9; i++)
    values.push(cleanTick(first + i * step, step))
  return { min: values[0] ?? first, max: values[values.length - 1] ?? last, step, values }
}

/** Removes binary noise such as 0.30000000000000004 from a tick value. */
function cleanTick(value: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step))) + 1
  return Number(value.toFixed(Math.min(20, decimals)))
}

/**
 * Ticks inside a fixed domain, for an axis that should end at the data (a series of points):
 * the multiples of a nice step that fall within [min, max]; the domain is not widened.
 */
export function ticksWithin(min: number, max: number, count = 8, integer = false): AxisTicks {
  const loose = niceTicks(min, max, count, integer)
  const values = loose.values.filter(
    (value) => value >= min - loose.step * 1e-9 && value <= max + loose.step * 1e-9
  )
  return { min, max: max > min ? max : min + 1, step: loose.step, values }
}

/**
 * A tick label with as many decimals as the step needs: 0.25 steps give "0.25", 1000 steps give
 * "3,000"; from 10⁵ on, k/M/G suffixes keep labels short ("1.5M").
 */
export function tickLabel(value: number, step: number): string {
  const magnitude = Math.max(Math.abs(value), Math.abs(step))
  const [divisor, suffix] =
    magnitude >= 1e9 && step >= 1e6
      ? [1e9, 'G']
      : magnitude >= 1e6 && step >= 1e3
        ? [1e6, 'M']
        : magnitude >= 1e5 && step >= 1e2
          ? [1e3, 'k']
          : [1, '']
  const scaledStep = step / divisor
  const decimals = Math.min(12, Math.max(0, -Math.floor(Math.log10(scaledStep) + 1e-9)))
  const text = (value / divisor).toFixed(decimals)
  const grouped =
    suffix === '' && decimals === 0 ? text.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : text
  const signed = grouped.replace(/^-/, '−')
  return /^−0(\.0+)?$/.test(signed) ? signed.slice(1) + suffix : signed + suffix
}

/** A linear map from a data domain onto a pixel range (the range may run backwards, as y does). */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number]
): (value: number) => number {
  const [d0, d1] = domain
  const [r0, r1] = range
  const span = d1 - d0
  if (span === 0) return () => (r0 + r1) / 2
  return (value) => r0 + ((value - d0) / span) * (r1 - r0)
}
