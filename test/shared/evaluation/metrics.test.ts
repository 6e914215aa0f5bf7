import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { fixturePath } from '../../helpers/paths.js'
import type { ClassAverage } from '../../../shared/evaluation/classification-metrics.js'
import {
  confusionMatrix,
  logLoss,
  perClassPrecisionRecallF1,
  precisionRecallF1
} from '../../../shared/evaluation/classification-metrics.js'
import {
  computeMetric,
  METRICS,
  metricDefinition,
  prepareMetric
} from '../../../shared/evaluation/metrics.js'
import type {
  ClassificationPredictions,
  RegressionPredictions
} from '../../../shared/evaluation/predictions.js'
import { validatePredictions } from '../../../shared/evaluation/predictions.js'
import { binaryRocAuc, prepareOneVsRestRocAuc } from '../../../shared/evaluation/roc-auc.js'
import { InputError, UsageError } from '../../../shared/errors.js'

interface ClassificationResults {
  accuracy: number
  confusion_matrix: number[][]
  per_class: [number[], number[], number[]]
  macro: [number, number, number]
  weighted: [number, number, number]
  micro: [number, number, number]
  binary?: [number, number, number]
  roc_auc?: number | null
  roc_auc_weighted?: number | null
  log_loss?: number
}
interface ClassificationCase {
  name: string
  classCount: number
  actual: number[]
  predicted: number[]
  scores: number[] | null
  subset: number[]
  all: ClassificationResults
  on_subset: ClassificationResults
}
interface RegressionResults {
  rmse: number
  mae: number
  r2: number | null
  mape: number
}
interface RegressionCase {
  name: string
  actual: number[]
  predicted: number[]
  subset: number[]
  all: RegressionResults
  on_subset: RegressionResults
}
const oracle = JSON.parse(
  readFileSync(fixturePath('evaluation', 'metrics-sklearn.json'), 'utf8')
) as { classification: ClassificationCase[]; regression: RegressionCase[] }

/** Relative closeness (1e-12 by default) that also copes with exact zeros. */
function expectClose(actual: number, expected: number | null | undefined, relative = 1e-12): void {
  if (expected === null || expected === undefined) {
    expect(actual).toBeNaN()
    return
  }
  const scale = Math.max(Math.abs(expected), 1e-300)
  expect(Math.abs(actual - expected) / scale).toBeLessThanOrEqual(relative)
}

function classification(c: ClassificationCase, typed: boolean): ClassificationPredictions {
  return {
    task: 'classification',
    classCount: c.classCount,
    actual: typed ? Int32Array.from(c.actual) : c.actual,
    predicted: typed ? Uint8Array.from(c.predicted) : c.predicted,
    ...(c.scores === null ? {} : { scores: typed ? Float64Array.from(c.scores) : c.scores })
  }
}

describe.each(oracle.classification)('classification metrics match sklearn 1.2.1: $name', (c) => {
  const cases: [string, number[] | undefined, ClassificationResults][] = [
    ['all rows', undefined, c.all],
    ['index subset with repeats', c.subset, c.on_subset]
  ]
  describe.each(cases)('%s', (_label, rows, expected) => {
    const predictions = classification(c, rows !== undefined)
    const selection = rows === undefined ? undefined : Uint32Array.from(rows)

    it('accuracy and confusion matrix', () => {
      expectClose(computeMetric('accuracy', predictions, {}, selection), expected.accuracy)
      expect(confusionMatrix(c.actual, c.predicted, c.classCount, selection)).toEqual(
        expected.confusion_matrix
      )
    })

    const averages: ClassAverage[] = ['macro', 'weighted', 'micro']
    if (expected.binary !== undefined) averages.push('binary')
    it.each(averages)('precision, recall and F1, average %s', (average) => {
      const triple = expected[average]!
      const result = precisionRecallF1(c.actual, c.predicted, c.classCount, average, 1, selection)
      expectClose(result.precision, triple[0])
      expectClose(result.recall, triple[1])
      expectClose(result.f1, triple[2])
      expectClose(computeMetric('f1', predictions, { average }, selection), triple[2])
      expectClose(computeMetric('precision', predictions, { average }, selection), triple[0])
      expectClose(computeMetric('recall', predictions, { average }, selection), triple[1])
    })

    it('per-class precision, recall and F1', () => {
      const perClass = perClassPrecisionRecallF1(c.actual, c.predicted, c.classCount, selection)
      perClass.forEach((scores, k) => {
        expectClose(scores.precision, expected.per_class[0][k])
        expectClose(scores.recall, expected.per_class[1][k])
        expectClose(scores.f1, expected.per_class[2][k])
      })
    })

    if (c.scores !== null) {
      it('ROC AUC and log loss', () => {
        expectClose(computeMetric('roc_auc', predictions, {}, selection), expected.roc_auc)
        if (c.classCount > 2) {
          expectClose(
            computeMetric('roc_auc', predictions, { rocAucAverage: 'weighted' }, selection),
            expected.roc_auc_weighted
          )
        }
        expectClose(computeMetric('log_loss', predictions, {}, selection), expected.log_loss)
      })
    }
  })
})

describe.each(oracle.regression)('regression metrics match sklearn 1.2.1: $name', (c) => {
  const predictions: RegressionPredictions = {
    task: 'regression',
    actual: Float64Array.from(c.actual),
    predicted: c.predicted
  }
  const names = ['rmse', 'mae', 'r2', 'mape'] as const
  it.each(names)('%s on all rows and on a subset with repeats', (name) => {
    expectClose(computeMetric(name, predictions), c.all[name])
    expectClose(computeMetric(name, predictions, {}, c.subset), c.on_subset[name])
  })
})

describe('ROC AUC details', () => {
  it('is undefined (NaN) when the selection has one class, as sklearn raises', () => {
    expect(binaryRocAuc([0, 0, 1], [0.1, 0.2, 0.3], [0, 1])).toBeNaN()
    expect(binaryRocAuc([0, 0, 1], [0.1, 0.2, 0.3])).toBe(1)
  })

  it('gives the same value through the small-selection path and the presorted path', () => {
    const c = oracle.classification[0]!
    const auc = prepareMetric('roc_auc', classification(c, false))
    const few = c.subset.slice(0, 9) // 9 · 16 < 200: sorted on its own
    const repeated = Array.from({ length: 23 }, () => few).flat() // 207 rows: presorted walk
    expect(auc(few)).toBeGreaterThan(0.5)
    expectClose(auc(few), auc(repeated), 1e-15)
  })

  it('refuses multiclass probabilities that do not sum to 1, naming the row', () => {
    expect(() => prepareOneVsRestRocAuc([0, 1, 2], [1, 0, 0, 0, 1, 0, 0.5, 0.4, 0], 3)).toThrow(
      /row 3.*sum to 1/
    )
  })
})

describe('log loss clipping', () => {
  it('clips 0 and 1 to float64 epsilon like sklearn eps="auto"', () => {
    // −ln(eps)/2 for one certain mistake out of two rows.
    expectClose(logLoss([1, 0], [0, 0], 2), -Math.log(2.220446049250313e-16) / 2)
  })
})

describe('metric catalogue', () => {
  it('knows the direction of every metric', () => {
    const better = Object.values(METRICS)
      .filter((m) => m.greaterIsBetter)
      .map((m) => m.name)
    expect(better.sort()).toEqual(['accuracy', 'f1', 'precision', 'r2', 'recall', 'roc_auc'])
  })

  it('suggests the closest name for a typo', () => {
    expect(() => metricDefinition('acurracy')).toThrow(/did you mean "accuracy"/)
    expect(() => metricDefinition('auc')).toThrow(UsageError)
  })

  it('refuses metrics that the predictions cannot give', () => {
    const c = oracle.classification[0]!
    const noScores: ClassificationPredictions = { ...classification(c, false), scores: undefined }
    expect(() => prepareMetric('roc_auc', noScores)).toThrow(/needs class scores/)
    expect(() => prepareMetric('rmse', noScores)).toThrow(/regression metric/)
    expect(() => precisionRecallF1([0, 1, 2], [0, 1, 2], 3, 'binary', 1)).toThrow(/two-class/)
  })
})

describe('validatePredictions', () => {
  it('names the row and column of a bad class code or score', () => {
    const base: ClassificationPredictions = {
      task: 'classification',
      classCount: 2,
      actual: [0, 1, 1],
      predicted: [0, 1, 2],
      scores: [0.1, 0.9, 0.8]
    }
    expect(() => validatePredictions(base, 'candidate')).toThrow(InputError)
    expect(() => validatePredictions(base, 'candidate')).toThrow(/row 3.*"predicted".*code 2/)
    expect(() =>
      validatePredictions({ ...base, predicted: [0, 1, 1], scores: [0.1, NaN, 0.8] })
    ).toThrow(/row 2/)
    expect(() => validatePredictions({ ...base, predicted: [0, 1, 1], scores: [0.1] })).toThrow(
      /1 scores for 3 rows/
    )
    expect(() => validatePredictions({ ...base, predicted: [0, 1, 1] })).not.toThrow()
  })
})
