import { describe, expect, it } from '@jest/globals'
import { categoryTableFromCounts, countCategories } from '../../../shared/drift/category-table.js'
import { chiSquareDriftTest } from '../../../shared/drift/chi-square-test.js'
import {
  evidentlyNumericBins,
  evidentlyNumericHellinger
} from '../../../shared/drift/evidently-binning.js'
import { jensenShannonDistance } from '../../../shared/drift/jensen-shannon.js'
import { klDivergence } from '../../../shared/drift/kl-divergence.js'
import { categoryTableScore } from '../../../shared/drift/method-scores.js'
import { populationStabilityIndex } from '../../../shared/drift/psi.js'
import { quantileNumericBins } from '../../../shared/drift/quantile-binning.js'
import {
  normalizeWasserstein,
  wassersteinSorted,
  wassersteinWeightedSorted
} from '../../../shared/drift/wasserstein.js'
import { populationStandardDeviation } from '../../../shared/stats/moments.js'
import { sortFloat64 } from '../../../shared/stats/sort-float64.js'
import { oracleSample, readDriftFixture, relativeError, type SampleSpec } from './oracle-samples.js'

interface NumericCase {
  name: string
  x: SampleSpec
  y: SampleSpec
  binned_reference: number[]
  binned_current: number[]
  layout: { edges?: number[]; labels?: number[] }
  psi_evidently: number
  psi_quantile: number
  quantile_edges: (number | null)[]
  kl: number
  js: number
  js_base2: number
  hellinger: number
}
interface CategoricalCase {
  name: string
  x: SampleSpec
  y: SampleSpec
  chisquare_statistic: number | null
  chisquare_p: number | null
  z_statistic: number | null
  z_p: number
  psi_evidently: number
  psi_quantile: number
  kl: number
  js: number
  hellinger: number
}
interface Oracle {
  wasserstein: {
    name: string
    x: SampleSpec
    y: SampleSpec
    distance: number
    normed: number
    std: number
  }[]
  wasserstein_explicit: { u: number[]; v: number[]; distance: number }[]
  wasserstein_weighted: {
    u: number[]
    uw: number[]
    v: number[]
    vw: number[] | null
    distance: number
  }[]
  jensenshannon: [number[], number[], number, number][]
  kl: [number[], number[], number, number | null][]
  numeric: NumericCase[]
  categorical: CategoricalCase[]
}
const oracle = readDriftFixture<Oracle>('distances-scipy.json')
const TIGHT = 1e-12

function sorted(values: ArrayLike<number>): Float64Array {
  return sortFloat64(Float64Array.from(values))
}
function labelsOf(spec: SampleSpec): string[] {
  return Array.from(oracleSample(spec), (v) => `c${v}`)
}
function sortedWithWeights(values: number[], weights: number[]): [Float64Array, Float64Array] {
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!)
  return [Float64Array.from(order, (i) => values[i]!), Float64Array.from(order, (i) => weights[i]!)]
}
function expectClose(actual: number, expected: number, tolerance = TIGHT): void {
  expect(relativeError(actual, expected)).toBeLessThanOrEqual(tolerance)
}

describe('Wasserstein-1 (scipy wasserstein_distance)', () => {
  it.each(oracle.wasserstein)('$name: raw and Evidently-normed', (testCase) => {
    const x = sorted(oracleSample(testCase.x))
    const y = sorted(oracleSample(testCase.y))
    const distance = wassersteinSorted(x, y)
    expectClose(distance, testCase.distance)
    expectClose(populationStandardDeviation(x), testCase.std)
    expectClose(normalizeWasserstein(distance, populationStandardDeviation(x)), testCase.normed)
  })
  it.each(oracle.wasserstein_explicit)('explicit %#', ({ u, v, distance }) => {
    expectClose(wassersteinSorted(sorted(u), sorted(v)), distance)
  })
  it.each(oracle.wasserstein_weighted)('weighted %#', ({ u, uw, v, vw, distance }) => {
    const [us, uws] = sortedWithWeights(u, uw)
    if (vw === null) {
      expectClose(wassersteinWeightedSorted(us, uws, sorted(v)), distance)
    } else {
      const [vs, vws] = sortedWithWeights(v, vw)
      expectClose(wassersteinWeightedSorted(us, uws, vs, vws), distance)
    }
  })
  it('unit weights equal the unweighted distance', () => {
    const x = sorted(oracleSample([3, 300, 'sum4', 0, 1]))
    const y = sorted(oracleSample([4, 200, 'sum4', 0.1, 1]))
    expectClose(
      wassersteinWeightedSorted(x, new Float64Array(x.length).fill(1), y),
      wassersteinSorted(x, y),
      1e-14
    )
  })
  it('floors the normaliser at 0.001 for a constant reference', () => {
    expect(normalizeWasserstein(0.01, 0)).toBeCloseTo(10, 12)
  })
})

describe('Jensen-Shannon distance and KL divergence (scipy)', () => {
  it('reproduces jensenshannon([1,0],[0.5,0.5]) = 0.46450140402245893', () => {
    expect(jensenShannonDistance([1, 0], [0.5, 0.5])).toBe(0.46450140402245893)
  })
  it('is 1 for disjoint supports in base 2', () => {
    expect(jensenShannonDistance([1, 0], [0, 1], 2)).toBe(1)
  })
  it.each(oracle.jensenshannon)('jensenshannon(%j, %j)', (p, q, natural, base2) => {
    expectClose(jensenShannonDistance(p, q), natural)
    expectClose(jensenShannonDistance(p, q, 2), base2)
  })
  it.each(oracle.kl)('entropy(%j, %j)', (p, q, natural, base2) => {
    if (natural === null) expect(klDivergence(p, q)).toBe(Infinity)
    else expectClose(klDivergence(p, q), natural)
    if (base2 !== null) expectClose(klDivergence(p, q, 2), base2)
  })
})

describe('numeric columns: Evidently binning, PSI (both conventions), KL, JS, Hellinger', () => {
  for (const testCase of oracle.numeric) {
    const x = sorted(oracleSample(testCase.x))
    const y = sorted(oracleSample(testCase.y))
    it(`${testCase.name}: get_binned_data`, () => {
      const binned = evidentlyNumericBins(x, y, false)
      if (testCase.layout.edges !== undefined) {
        expect(binned.layout.type).toBe('intervals')
        if (binned.layout.type === 'intervals') {
          expect(Array.from(binned.layout.edges)).toEqual(testCase.layout.edges)
        }
      } else {
        expect(binned.layout).toEqual({ type: 'categories', labels: testCase.layout.labels })
      }
      expect(Array.from(binned.reference)).toEqual(testCase.binned_reference)
      expect(Array.from(binned.current)).toEqual(testCase.binned_current)
    })
    it(`${testCase.name}: PSI, KL, JS, Hellinger`, () => {
      const filled = evidentlyNumericBins(x, y, true)
      expectClose(
        populationStabilityIndex(filled.reference, filled.current),
        testCase.psi_evidently
      )
      expectClose(klDivergence(filled.reference, filled.current), testCase.kl)
      const plain = evidentlyNumericBins(x, y, false)
      expectClose(jensenShannonDistance(plain.reference, plain.current), testCase.js)
      expectClose(jensenShannonDistance(plain.reference, plain.current, 2), testCase.js_base2)
      expectClose(evidentlyNumericHellinger(x, y).distance, testCase.hellinger)
      const quantile = quantileNumericBins(x, y)
      if (quantile.layout.type === 'intervals') {
        expect(Array.from(quantile.layout.edges)).toEqual(
          testCase.quantile_edges.map((edge, i) =>
            edge === null ? (i === 0 ? -Infinity : Infinity) : edge
          )
        )
      }
      expectClose(
        populationStabilityIndex(quantile.reference, quantile.current),
        testCase.psi_quantile
      )
    })
  }
})

describe('categorical columns: chi-square, Z, PSI, KL, JS, Hellinger (Evidently)', () => {
  for (const testCase of oracle.categorical) {
    const reference = countCategories(labelsOf(testCase.x)).counts
    const current = countCategories(labelsOf(testCase.y)).counts
    const table = categoryTableFromCounts(reference, current)
    it(`${testCase.name}: chi-square`, () => {
      const result = chiSquareDriftTest(
        table.reference,
        table.current,
        table.referenceTotal,
        table.currentTotal
      )
      if (testCase.chisquare_statistic === null) {
        expect(result.statistic).toBe(Infinity)
        expect(result.pValue).toBe(0)
      } else {
        expectClose(result.statistic, testCase.chisquare_statistic)
        // A single category has 0 degrees of freedom: scipy returns NaN.
        if (testCase.chisquare_p === null) expect(result.pValue).toBeNaN()
        else expectClose(result.pValue, testCase.chisquare_p, 1e-10)
      }
    })
    it(`${testCase.name}: Z`, () => {
      const result = categoryTableScore('z', table, { psiBinning: 'quantile' })
      expectClose(result.pValue!, testCase.z_p, 1e-10)
      if (testCase.z_statistic !== null) expectClose(result.statistic, testCase.z_statistic)
    })
    it(`${testCase.name}: distances`, () => {
      const options = { psiBinning: 'evidently' as const }
      expectClose(categoryTableScore('psi', table, options).score, testCase.psi_evidently)
      expectClose(
        categoryTableScore('psi', table, { psiBinning: 'quantile' }).score,
        testCase.psi_quantile
      )
      expectClose(categoryTableScore('kl_div', table, options).score, testCase.kl)
      expectClose(categoryTableScore('jensenshannon', table, options).score, testCase.js)
      expectClose(categoryTableScore('hellinger', table, options).score, testCase.hellinger)
    })
  }
})
