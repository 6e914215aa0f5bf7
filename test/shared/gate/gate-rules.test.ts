import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../shared/errors.js'
import { bootstrapOptionsFor, parseGateRules } from '../../../shared/gate/gate-rules.js'

describe('parseGateRules', () => {
  it('parses a full rules object with inferred and explicit directions', () => {
    const rules = parseGateRules({
      comparison: 'mlflow-compatible',
      bootstrap: { replicates: 5000, seed: 9, stratified: true, interval: 'percentile' },
      metrics: {
        accuracy: {
          min: 0.8,
          max_regression: 0.01,
          require_significance: { test: 'mcnemar', alpha: 0.01, method: 'chi-square-corrected' }
        },
        roc_auc: {
          min_improvement: { value: 0.02, relative: true },
          require_significance: { test: 'delong', margin: 0.01 },
          average: 'weighted'
        },
        rmse: { max: 3.5 },
        f1: { min: 0.5, average: 'macro', greater_is_better: true },
        mae: { require_significance: 'bootstrap' }
      }
    })
    expect(rules.comparison).toBe('mlflow-compatible')
    expect(rules.bootstrap).toEqual({
      replicates: 5000,
      seed: 9,
      stratified: true,
      interval: 'percentile'
    })
    expect(rules.rules).toEqual([
      {
        metric: 'accuracy',
        greaterIsBetter: true,
        greaterIsBetterInferred: true,
        options: {},
        min: 0.8,
        maxRegression: { value: 0.01, relative: false },
        requireSignificance: { test: 'mcnemar', alpha: 0.01, method: 'chi-square-corrected' }
      },
      {
        metric: 'roc_auc',
        greaterIsBetter: true,
        greaterIsBetterInferred: true,
        options: { rocAucAverage: 'weighted' },
        minImprovement: { value: 0.02, relative: true },
        requireSignificance: { test: 'delong', alpha: 0.05, margin: 0.01 }
      },
      {
        metric: 'rmse',
        greaterIsBetter: false,
        greaterIsBetterInferred: true,
        options: {},
        max: 3.5
      },
      {
        metric: 'f1',
        greaterIsBetter: true,
        greaterIsBetterInferred: false,
        options: { average: 'macro' },
        min: 0.5
      },
      {
        metric: 'mae',
        greaterIsBetter: false,
        greaterIsBetterInferred: true,
        options: {},
        requireSignificance: { test: 'bootstrap', alpha: 0.05 }
      }
    ])
  })

  it('defaults to exact comparison and a 2000-replicate BCa bootstrap', () => {
    const rules = parseGateRules({ metrics: { accuracy: { min: 0.5 } } })
    expect(rules.comparison).toBe('exact')
    expect(rules.bootstrap).toMatchObject({ replicates: 2000, stratified: false, interval: 'bca' })
    const options = bootstrapOptionsFor(rules, { test: 'bootstrap', alpha: 0.1 }, [0, 1])
    expect(options.confidenceLevel).toBeCloseTo(0.9, 15)
    expect(options.strata).toBeUndefined()
  })

  const errors: [string, unknown, RegExp][] = [
    [
      'unknown metric',
      { metrics: { acuracy: { min: 0.5 } } },
      /metrics\.acuracy.*unknown metric "acuracy" \(did you mean "accuracy"\?\)/
    ],
    [
      'unknown rule key',
      { metrics: { accuracy: { min_improvment: 0.1 } } },
      /unknown key "min_improvment".*did you mean "min_improvement"/
    ],
    [
      'unknown top key',
      { metric: {} },
      /unknown key "metric" in the gate rules \(did you mean "metrics"\?\)/
    ],
    ['no metrics', {}, /need a "metrics" mapping/],
    ['empty metrics', { metrics: {} }, /lists no metric/],
    ['rule without condition', { metrics: { f1: { average: 'macro' } } }, /sets no condition/],
    ['min above max', { metrics: { r2: { min: 0.9, max: 0.5 } } }, /min 0.9 is above max 0.5/],
    [
      'non-numeric bound',
      { metrics: { r2: { min: 'high' } } },
      /metrics\.r2\.min.*expected a number, got "high"/
    ],
    [
      'negative margin',
      { metrics: { roc_auc: { require_significance: { test: 'delong', margin: -0.01 } } } },
      /margin must not be negative/
    ],
    [
      'negative improvement',
      { metrics: { accuracy: { min_improvement: -0.01 } } },
      /must not be negative.*use max_regression/
    ],
    [
      'negative regression',
      { metrics: { accuracy: { max_regression: { value: -1 } } } },
      /max_regression must not be negative/
    ],
    [
      'McNemar on f1',
      { metrics: { f1: { require_significance: 'mcnemar' } } },
      /McNemar's test compares accuracy.*not f1/
    ],
    [
      'DeLong on accuracy',
      { metrics: { accuracy: { require_significance: 'delong' } } },
      /DeLong's test compares ROC AUC/
    ],
    [
      'McNemar margin',
      { metrics: { accuracy: { require_significance: { test: 'mcnemar', margin: 0.01 } } } },
      /no non-inferiority margin/
    ],
    [
      'unknown test',
      { metrics: { accuracy: { require_significance: { test: 'bootstrp' } } } },
      /did you mean "bootstrap"/
    ],
    [
      'alpha out of range',
      { metrics: { accuracy: { require_significance: { test: 'bootstrap', alpha: 5 } } } },
      /alpha must be between 0 and 1/
    ],
    [
      'too few replicates',
      { bootstrap: { replicates: 500 }, metrics: { accuracy: { min: 0 } } },
      /at least 1000/
    ],
    [
      'average on rmse',
      { metrics: { rmse: { max: 1, average: 'macro' } } },
      /"average" applies to precision/
    ],
    [
      'mlflow absolute change 0',
      { comparison: 'mlflow-compatible', metrics: { accuracy: { min_improvement: 0 } } },
      /must be positive/
    ],
    [
      'mlflow relative above 1',
      {
        comparison: 'mlflow-compatible',
        metrics: { accuracy: { min_improvement: { value: 1.5, relative: true } } }
      },
      /between 0 and 1/
    ],
    ['not a mapping', [1, 2], /the gate rules must be a mapping, got a list/]
  ]
  it.each(errors)('rejects: %s', (_name, raw, message) => {
    expect(() => parseGateRules(raw)).toThrow(InputError)
    expect(() => parseGateRules(raw)).toThrow(message)
  })

  it('places errors with the locate callback (file, line, column of the key)', () => {
    const seen: (string | number)[][] = []
    const locate = (path: readonly (string | number)[]) => {
      seen.push([...path])
      return { file: 'gate.yml', line: 7, column: 5 }
    }
    expect(() => parseGateRules({ metrics: { accuracy: { min: 'x' } } }, locate)).toThrow(
      /^gate\.yml:7:5: expected a number, got "x"$/
    )
    expect(seen).toEqual([['metrics', 'accuracy', 'min']])
  })

  it('accepts a zero min_improvement in exact mode ("not worse")', () => {
    const rules = parseGateRules({ metrics: { accuracy: { min_improvement: 0 } } })
    expect(rules.rules[0]!.minImprovement).toEqual({ value: 0, relative: false })
  })
})
