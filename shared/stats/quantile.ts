/**
 * Quantiles of a sorted sample. The interpolation is named after numpy's `method` argument
 * (Hyndman & Fan 1996 numbering in brackets) because users compare against numpy and pandas.
 */
export type QuantileMethod = 'linear' | 'nearest' | 'lower' | 'higher' | 'midpoint'

/**
 * The q-quantile of ascending-sorted values. `linear` is numpy/pandas' default (type 7);
 * `nearest` rounds a .5 index to even as numpy does (Great Expectations' quantile check).
 */
export function quantileSorted(
  sorted: ArrayLike<number>,
  q: number,
  method: QuantileMethod = 'linear'
): number {
  const n = sorted.length
  if (n === 0) return NaN
  if (q <= 0) return sorted[0]!
  if (q >= 1) return sorted[n - 1]!
  const position = q * (n - 1)
  const below = Math.floor(position)
  const fraction = position - below
  const lowerValue = sorted[below]!
  const upperValue = sorted[Math.min(below + 1, n - 1)]!
  switch (method) {
    case 'lower':
      return lowerValue
    case 'higher':
      return fraction === 0 ? lowerValue : upperValue
    case 'midpoint':
      // numpy's _lerp at t = 0.5: b − (b − a)·0.5, bit-identical to numpy.quantile('midpoint').
      return fraction === 0 ? lowerValue : upperValue - (upperValue - lowerValue) * 0.5
    case 'nearest': {
      if (fraction < 0.5) return lowerValue
      if (fraction > 0.5) return upperValue
      return below % 2 === 0 ? lowerValue : upperValue
    }
    case 'linear':
      // numpy's _lerp: a + (b − a)t below t = 0.5 and b − (b − a)(1 − t) from 0.5 on, which is
      // what makes results bit-identical to numpy.quantile.
      if (fraction === 0) return lowerValue
      return fraction < 0.5
        ? lowerValue + (upperValue - lowerValue) * fraction
        : upperValue - (upperValue - lowerValue) * (1 - fraction)
  }
}

/** Median of ascending-sorted values (pandas: mean of the two middle values). */
export function medianSorted(sorted: ArrayLike<number>): number {
  return quantileSorted(sorted, 0.5, 'linear')
}
