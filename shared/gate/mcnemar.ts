import { UsageError } from '../errors.js'
import { binomialCdf, chiSquareSf } from '../stats/distributions.js'
import type { RowSelection } from '../evaluation/predictions.js'
import { selectionSize } from '../evaluation/predictions.js'

/**
 * McNemar's test for two classifiers scored on the same rows (stats-reference.md §3.1,
 * statsmodels.stats.contingency_tables.mcnemar). Only the discordant rows carry evidence:
 * b = champion right and candidate wrong, c = champion wrong and candidate right. Under "equal
 * accuracy" each discordant row is a fair coin, so b ~ Bin(b + c, ½).
 */

/**
 * `exact`: the binomial test (statsmodels' default `exact=True`; we use it always unless
 * configured, it is cheap). `chi-square-corrected`: (|b − c| − 1)²/(b + c) with Edwards'
 * continuity correction; `chi-square`: (b − c)²/(b + c); both on 1 degree of freedom.
 */
export type McNemarMethod = 'exact' | 'chi-square-corrected' | 'chi-square'

export interface DiscordantCounts {
  /** Rows the champion got right and the candidate wrong. */
  b: number
  /** Rows the champion got wrong and the candidate right. */
  c: number
  bothCorrect: number
  bothWrong: number
}

export interface McNemarResult extends DiscordantCounts {
  method: McNemarMethod
  /** min(b, c) for `exact` (statsmodels), the chi-square value otherwise. */
  statistic: number
  /** Two-sided p-value of "both models are equally accurate". 1 when b + c = 0. */
  pValue: number
  /** Whether the candidate wins more discordant rows (c > b): the direction of any effect. */
  favoursCandidate: boolean
}

/** The 2×2 agreement table of two models' predictions against the truth. */
export function discordantCounts(
  actual: ArrayLike<number>,
  championPredicted: ArrayLike<number>,
  candidatePredicted: ArrayLike<number>,
  rows?: RowSelection
): DiscordantCounts {
  const counts: DiscordantCounts = { b: 0, c: 0, bothCorrect: 0, bothWrong: 0 }
  const n = selectionSize(rows, actual.length)
  for (let k = 0; k < n; k++) {
    const i = rows === undefined ? k : rows[k]!
    const championRight = championPredicted[i] === actual[i]
    const candidateRight = candidatePredicted[i] === actual[i]
    if (championRight && candidateRight) counts.bothCorrect++
    else if (championRight) counts.b++
    else if (candidateRight) counts.c++
    else counts.bothWrong++
  }
  return counts
}

/**
 * McNemar's test from the discordant counts.
 * exact: p = min(1, 2·P(X ≤ min(b, c))), X ~ Bin(b + c, ½)  (statsmodels `exact=True`);
 * chi-square: see McNemarMethod. No discordant rows means no evidence: statistic 0, p = 1
 * (statsmodels would return NaN for the chi-square forms).
 */
export function mcnemarTest(
  counts: Pick<DiscordantCounts, 'b' | 'c'> & Partial<DiscordantCounts>,
  method: McNemarMethod = 'exact'
): McNemarResult {
  const { b, c } = counts
  for (const [name, value] of [
    ['b', b],
    ['c', c]
  ] as const) {
    if (!Number.isInteger(value) || value < 0) {
      throw new UsageError(`McNemar count ${name} must be a non-negative integer, got ${value}`)
    }
  }
  const discordant = b + c
  const base = {
    b,
    c,
    bothCorrect: counts.bothCorrect ?? 0,
    bothWrong: counts.bothWrong ?? 0,
    method,
    favoursCandidate: c > b
  }
  if (method === 'exact') {
    const statistic = Math.min(b, c)
    const pValue = discordant === 0 ? 1 : Math.min(1, 2 * binomialCdf(statistic, discordant, 0.5))
    return { ...base, statistic, pValue }
  }
  if (discordant === 0) return { ...base, statistic: 0, pValue: 1 }
  const difference = Math.abs(b - c) - (method === 'chi-square-corrected' ? 1 : 0)
  const statistic = (difference * difference) / discordant
  return { ...base, statistic, pValue: Math.min(1, chiSquareSf(statistic, 1)) }
}
