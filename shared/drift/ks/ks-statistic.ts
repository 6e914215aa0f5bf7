/**
 * The two-sample Kolmogorov–Smirnov statistics from two ascending-sorted samples in one merge
 * walk, O(n₁ + n₂) time and no allocation. Matches scipy 1.10 `ks_2samp`, which evaluates both
 * ECDFs at every pooled value with `searchsorted(side='right')` — so tied values are counted in
 * full before the difference is taken — and computes cdf₁ − cdf₂ as (count₁/n₁) − (count₂/n₂),
 * exactly the floating-point operations used here, so D is bit-identical.
 */
export interface KsStatistics {
  /** D⁺ = max over pooled values of F₁ − F₂ (≥ 0, since both ECDFs end at 1). */
  dPlus: number
  /** D⁻ = max(0, max of F₂ − F₁). */
  dMinus: number
  /** Pooled value where D⁺ is attained: scipy's first argmax over concat(sorted₁, sorted₂). */
  locationPlus: number
  /** Pooled value where D⁻ is attained (first argmin of F₁ − F₂ in the same order). */
  locationMinus: number
}

/**
 * D⁺, D⁻ and their locations for ascending `first` and `second` (both non-empty, no NaN).
 *
 * numpy's argmax returns the first index of the maximum in concat(sorted₁, sorted₂): the smallest
 * value of sample 1 that attains it if any does, otherwise the smallest value of sample 2. The
 * walk therefore tracks the best difference separately among values present in each sample.
 */
export function ksStatisticsSorted(first: Float64Array, second: Float64Array): KsStatistics {
  const n1 = first.length
  const n2 = second.length
  let i = 0
  let j = 0
  let maxInFirst = -Infinity
  let maxInSecond = -Infinity
  let minInFirst = Infinity
  let minInSecond = Infinity
  let maxFirstAt = NaN
  let maxSecondAt = NaN
  let minFirstAt = NaN
  let minSecondAt = NaN
  while (i < n1 || j < n2) {
    // The next pooled value: the smaller head (a side that is used up never supplies it).
    let inFirst: boolean
    let inSecond: boolean
    let value: number
    if (j >= n2) {
      value = first[i]!
      inFirst = true
      inSecond = false
    } else if (i >= n1) {
      value = second[j]!
      inFirst = false
      inSecond = true
    } else {
      const a = first[i]!
      const b = second[j]!
      value = a <= b ? a : b
      inFirst = a <= b
      inSecond = b <= a
    }
    // Count every tie on both sides (searchsorted side='right').
    if (inFirst) {
      i++
      while (i < n1 && first[i]! <= value) i++
    }
    if (inSecond) {
      j++
      while (j < n2 && second[j]! <= value) j++
    }
    const difference = i / n1 - j / n2
    if (inFirst) {
      if (difference > maxInFirst) {
        maxInFirst = difference
        maxFirstAt = value
      }
      if (difference < minInFirst) {
        minInFirst = difference
        minFirstAt = value
      }
    } else {
      if (difference > maxInSecond) {
        maxInSecond = difference
        maxSecondAt = value
      }
      if (difference < minInSecond) {
        minInSecond = difference
        minSecondAt = value
      }
    }
  }
  const maxDifference = Math.max(maxInFirst, maxInSecond)
  const minDifference = Math.min(minInFirst, minInSecond)
  return {
    dPlus: maxDifference,
    dMinus: Math.min(Math.max(-minDifference, 0), 1),
    locationPlus: maxInFirst >= maxInSecond ? maxFirstAt : maxSecondAt,
    locationMinus: minInFirst <= minInSecond ? minFirstAt : minSecondAt
  }
}

/**
 * The same statistics between two weighted empirical distributions (ascending values, weights
 * ≥ 0 with positive sums), F(v) = Σ_{x ≤ v} w / Σ w. This is what the approximate mode uses
 * when the reference is only a sketch or histogram; with unit weights it equals the unweighted
 * walk. `secondWeights` may be omitted for an unweighted second sample.
 */
export function ksStatisticsWeightedSorted(
  first: Float64Array,
  firstWeights: Float64Array,
  second: Float64Array,
  secondWeights?: Float64Array
): KsStatistics {
  const n1 = first.length
  const n2 = second.length
  let total1 = 0
  for (let k = 0; k < n1; k++) total1 += firstWeights[k]!
  let total2 = n2
  if (secondWeights !== undefined) {
    total2 = 0
    for (let k = 0; k < n2; k++) total2 += secondWeights[k]!
  }
  let i = 0
  let j = 0
  let cumulative1 = 0
  let cumulative2 = 0
  let maxDifference = -Infinity
  let minDifference = Infinity
  let maxAt = NaN
  let minAt = NaN
  while (i < n1 || j < n2) {
    const a = i < n1 ? first[i]! : Infinity
    const b = j < n2 ? second[j]! : Infinity
    const value = i < n1 && (j >= n2 || a <= b) ? a : b
    while (i < n1 && first[i]! <= value) cumulative1 += firstWeights[i++]!
    while (j < n2 && second[j]! <= value) {
      cumulative2 += secondWeights === undefined ? 1 : secondWeights[j]!
      j++
    }
    const difference = cumulative1 / total1 - cumulative2 / total2
    if (difference > maxDifference) {
      maxDifference = difference
      maxAt = value
    }
    if (difference < minDifference) {
      minDifference = difference
      minAt = value
    }
  }
  return {
    dPlus: Math.max(maxDifference, 0),
    dMinus: Math.min(Math.max(-minDifference, 0), 1),
    locationPlus: maxAt,
    locationMinus: minAt
  }
}
