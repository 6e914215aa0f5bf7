import type { BinnedDistribution } from './binned-distribution.js'
import type { CategoryTable } from './category-table.js'
import { chiSquareDriftTest } from './chi-square-test.js'
import type { DriftMethod } from './drift-methods.js'
import type { DriftDetails } from './drift-result.js'
import { evidentlyCategoricalBins } from './evidently-binning.js'
import { hellingerDistance } from './hellinger.js'
import { jensenShannonDistance } from './jensen-shannon.js'
import { klDivergence } from './kl-divergence.js'
import { populationStabilityIndex } from './psi.js'
import { quantileCategoricalBins } from './quantile-binning.js'
import { proportionsZTest } from './z-test-proportions.js'

/**
 * The score of one method on already-reduced data (a category table or binned proportions),
 * shared by categorical columns, numeric columns tested per distinct value, and the approximate
 * (profile-based) mode.
 */
export interface MethodScore {
  /** Test statistic, or the distance itself. */
  statistic: number
  /** p-value of a test; null for distances. */
  pValue: number | null
  /** The number compared with the threshold. */
  score: number
  details?: DriftDetails
  /** The bins the score was computed on, for the histogram. */
  binned?: BinnedDistribution
  note?: string
}

/** PSI binning convention (statistics-reference §2.5). */
export type PsiBinning = 'quantile' | 'evidently'

export interface ScoreOptions {
  psiBinning: PsiBinning
  /** Logarithm base for Jensen–Shannon and KL (natural log when absent). */
  logBase?: number
}

/** A distance computed on binned proportions (PSI, Jensen–Shannon, KL). */
export function binnedDistanceScore(
  method: 'psi' | 'jensenshannon' | 'kl_div',
  binned: BinnedDistribution,
  options: ScoreOptions
): MethodScore {
  let value: number
  if (method === 'psi') value = populationStabilityIndex(binned.reference, binned.current)
  else if (method === 'jensenshannon') {
    value = jensenShannonDistance(binned.reference, binned.current, options.logBase)
  } else value = klDivergence(binned.reference, binned.current, options.logBase)
  return { statistic: value, pValue: null, score: value, binned }
}

/**
 * Any method that works on categories: chi-square, Z, and PSI / Jensen–Shannon / KL / Hellinger
 * with one bin per category (Evidently's categorical branch; PSI follows `psiBinning`).
 */
export function categoryTableScore(
  method: Exclude<DriftMethod, 'ks' | 'wasserstein'>,
  table: CategoryTable,
  options: ScoreOptions
): MethodScore {
  switch (method) {
    case 'chisquare': {
      const result = chiSquareDriftTest(
        table.reference,
        table.current,
        table.referenceTotal,
        table.currentTotal
      )
      const newCategories = table.labels.filter((_, i) => table.reference[i] === 0)
      const details: DriftDetails = {
        chi_square: {
          degrees_of_freedom: result.degreesOfFreedom,
          ...(newCategories.length > 0 ? { new_categories: newCategories } : {})
        }
      }
      let note: string | undefined
      if (newCategories.length > 0) {
        note =
          `${newCategories.length} categor${newCategories.length === 1 ? 'y' : 'ies'} absent ` +
          'from the reference: the chi-square statistic is infinite and p = 0'
      } else if (result.degreesOfFreedom < 1) {
        note = 'only one category: chi-square is undefined (0 degrees of freedom)'
      }
      const binned = evidentlyCategoricalBins(table, false)
      return {
        statistic: result.statistic,
        pValue: result.pValue,
        score: result.pValue,
        details,
        binned,
        ...(note === undefined ? {} : { note })
      }
    }
    case 'z': {
      const referenceOthers = table.referenceTotal - (table.reference[0] ?? 0)
      const currentOthers = table.currentTotal - (table.current[0] ?? 0)
      const result = proportionsZTest(
        referenceOthers,
        table.referenceTotal,
        currentOthers,
        table.currentTotal,
        table.labels.length === 1
      )
      return {
        statistic: result.statistic,
        pValue: result.pValue,
        score: result.pValue,
        binned: evidentlyCategoricalBins(table, false),
        ...(table.labels.length === 1 ? { note: 'both samples are the same constant: p = 1' } : {})
      }
    }
    case 'hellinger': {
      const binned = evidentlyCategoricalBins(table, false)
      const value = hellingerDistance(binned.reference, binned.current)
      return { statistic: value, pValue: null, score: value, binned }
    }
    case 'psi':
      return {
        ...binnedDistanceScore(
          'psi',
          options.psiBinning === 'evidently'
            ? evidentlyCategoricalBins(table, true)
            : quantileCategoricalBins(table),
          options
        ),
        details: { binning: options.psiBinning }
      }
    case 'jensenshannon':
      return binnedDistanceScore('jensenshannon', evidentlyCategoricalBins(table, false), options)
    case 'kl_div':
      return binnedDistanceScore('kl_div', evidentlyCategoricalBins(table, true), options)
  }
}
