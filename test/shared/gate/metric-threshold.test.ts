import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { fixturePath } from '../../helpers/paths.js'
import {
  addDecimals,
  compareDecimals,
  decimalFromNumber,
  formatDecimal,
  multiplyDecimals,
  subtractDecimals
} from '../../../shared/gate/exact-decimal.js'
import type { ComparisonMode, MetricThreshold } from '../../../shared/gate/metric-threshold.js'
import {
  createMetricThreshold,
  validateMetric,
  validateMetricThresholds
} from '../../../shared/gate/metric-threshold.js'

interface ThresholdCase {
  name?: string
  greaterIsBetter: boolean
  candidate: number | null
  baseline: number | null
  threshold: number | null
  minAbsoluteChange: number | null
  minRelativeChange: number | null
  mlflow: string[]
  exact: string[]
}
const oracle = JSON.parse(readFileSync(fixturePath('gate', 'metric-threshold.json'), 'utf8')) as {
  named: ThresholdCase[]
  randomized: ThresholdCase[]
}

function thresholdOf(c: ThresholdCase): MetricThreshold {
  return {
    greaterIsBetter: c.greaterIsBetter,
    ...(c.threshold === null ? {} : { threshold: c.threshold }),
    ...(c.minAbsoluteChange === null ? {} : { minAbsoluteChange: c.minAbsoluteChange }),
    ...(c.minRelativeChange === null ? {} : { minRelativeChange: c.minRelativeChange })
  }
}

function failures(c: ThresholdCase, mode: ComparisonMode): string[] {
  return validateMetric(
    'm',
    thresholdOf(c),
    c.candidate ?? undefined,
    c.baseline ?? undefined,
    mode
  )
    .checks.filter((check) => !check.passed)
    .map((check) => check.check)
}

describe('exact decimals', () => {
  it('reads each double as its shortest round-trip decimal', () => {
    expect(decimalFromNumber(0.8)).toEqual({ coefficient: 8n, exponent: -1 })
    expect(decimalFromNumber(-1.5e-7)).toEqual({ coefficient: -15n, exponent: -8 })
    expect(decimalFromNumber(1e21)).toEqual({ coefficient: 1n, exponent: 21 })
    expect(() => decimalFromNumber(NaN)).toThrow(/finite/)
  })

  it('adds, subtracts, multiplies and compares exactly', () => {
    const sum = addDecimals(decimalFromNumber(0.8), decimalFromNumber(0.05))
    expect(formatDecimal(sum)).toBe('0.85')
    expect(compareDecimals(sum, decimalFromNumber(0.85))).toBe(0)
    expect(0.8 + 0.05).toBe(0.8500000000000001) // what the float sum would have given
    expect(formatDecimal(subtractDecimals(decimalFromNumber(0.3), decimalFromNumber(0.2)))).toBe(
      '0.1'
    )
    expect(formatDecimal(multiplyDecimals(decimalFromNumber(0.1), decimalFromNumber(-0.8)))).toBe(
      '-0.08'
    )
    expect(formatDecimal(decimalFromNumber(1200))).toBe('1200')
    expect(compareDecimals(decimalFromNumber(-2), decimalFromNumber(1e-300))).toBe(-1)
  })
})

describe.each(oracle.named)('MetricThreshold: $name', (c) => {
  it('mlflow-compatible mode reproduces MLflow', () => {
    expect(failures(c, 'mlflow-compatible')).toEqual(c.mlflow)
  })
  it('exact mode compares the printed decimals', () => {
    expect(failures(c, 'exact')).toEqual(c.exact)
  })
})

describe('MetricThreshold on 400 randomized cases (105 where the modes differ)', () => {
  it('matches both reference implementations', () => {
    let differ = 0
    for (const c of oracle.randomized) {
      expect(failures(c, 'mlflow-compatible')).toEqual(c.mlflow)
      expect(failures(c, 'exact')).toEqual(c.exact)
      if (c.mlflow.join() !== c.exact.join()) differ++
    }
    expect(differ).toBe(105)
  })
})

describe('MetricThreshold constructor checks (MLflow messages)', () => {
  const cases: [Record<string, unknown>, RegExp][] = [
    [{ threshold: '0.8', greater_is_better: true }, /`threshold` parameter must be a number/],
    [{ threshold: true, greater_is_better: true }, /`threshold` parameter must be a number/],
    [{ min_absolute_change: 0, greater_is_better: true }, /must be a positive number/],
    [{ min_absolute_change: -0.1, greater_is_better: true }, /must be a positive number/],
    [{ min_relative_change: '5%', greater_is_better: true }, /must be a floating point number/],
    [{ min_relative_change: 1.5, greater_is_better: true }, /must be between 0 and 1/],
    [{ threshold: 0.8 }, /`greater_is_better` parameter must be defined/],
    [{ threshold: 0.8, greater_is_better: 'yes' }, /must be a boolean/],
    [{ greater_is_better: false }, /no threshold was specified/]
  ]
  it.each(cases)('%p', (spec, message) => {
    expect(() => createMetricThreshold(spec)).toThrow(message)
    expect(() => createMetricThreshold(spec)).toThrow(
      /^Could not instantiate MetricThreshold class/
    )
  })

  it('builds a threshold from valid arguments', () => {
    expect(
      createMetricThreshold({ threshold: 0.8, min_relative_change: 0.05, greater_is_better: true })
    ).toEqual({ threshold: 0.8, minRelativeChange: 0.05, greaterIsBetter: true })
  })
})

describe('validateMetricThresholds', () => {
  it('collects every failure with MLflow sentences', () => {
    const outcome = validateMetricThresholds(
      {
        accuracy: { threshold: 0.8, minAbsoluteChange: 0.05, greaterIsBetter: true },
        log_loss: { threshold: 0.5, greaterIsBetter: false },
        f1: { threshold: 0.1, greaterIsBetter: true }
      },
      { accuracy: 0.85, log_loss: 0.4 },
      { accuracy: 0.8 },
      'mlflow-compatible'
    )
    expect(outcome.passed).toBe(false)
    expect(outcome.message).toBe(
      'Metric accuracy minimum absolute change check failed: candidate model accuracy = 0.85, ' +
        'baseline model accuracy = 0.8, accuracy minimum absolute change threshold = 0.05.\n' +
        'Metric validation failed: metric f1 was missing from the evaluation result of the ' +
        'candidate model.'
    )
    const exact = validateMetricThresholds(
      { accuracy: { threshold: 0.8, minAbsoluteChange: 0.05, greaterIsBetter: true } },
      { accuracy: 0.85 },
      { accuracy: 0.8 }
    )
    expect(exact).toEqual({
      passed: true,
      message: '',
      results: [
        {
          metric: 'accuracy',
          candidate: 0.85,
          baseline: 0.8,
          passed: true,
          checks: [
            { check: 'threshold', passed: true, message: '' },
            { check: 'min_absolute_change', passed: true, message: '' }
          ]
        }
      ]
    })
  })

  it('an undefined (NaN) value fails the checks that use it', () => {
    const result = validateMetric(
      'roc_auc',
      { threshold: 0.5, minAbsoluteChange: 0.01, greaterIsBetter: true },
      NaN,
      0.7
    )
    expect(result.checks.map((c) => [c.check, c.passed])).toEqual([
      ['threshold', false],
      ['min_absolute_change', false]
    ])
  })
})
