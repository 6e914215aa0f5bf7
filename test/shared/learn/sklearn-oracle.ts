import { readFileSync } from 'node:fs'
import { fixturePath } from '../../helpers/paths.js'

/** Shape of test/fixtures/learn/sklearn-learners.json (scripts/oracles/learn-sklearn.py). */
export interface LearnOracle {
  generator_check: {
    mulberry32_seed42: number[]
    regression_seed3: Record<string, (number | string | null)[]>
  }
  logistic_regression: {
    name: string
    rows: number
    seed: number
    target: 'binary' | 'multiclass'
    C: number
    max_categories: number
    columns: string[]
    coefficients: number[][]
    intercepts: number[]
    reference_gradient_norm: number
    lbfgs_coefficients: number[][]
    lbfgs_intercepts: number[]
    lbfgs_gradient_norm: number
    validation_probabilities: number[][]
  }[]
  linear_regression: {
    name: string
    rows: number
    seed: number
    features: string[]
    alpha: number
    max_categories: number
    columns: string[]
    coefficients: number[]
    intercept: number
    validation_predictions: number[]
  }[]
  gbdt: {
    name: string
    rows: number
    seed: number
    target: 'binary' | 'regression' | 'multiclass'
    metrics: Record<string, number>
    linear_baseline: Record<string, number>
    n_iter: number
  }[]
  bin_thresholds: { rows: number; seed: number; feature: string; thresholds: number[] }[]
}

export const oracle = JSON.parse(
  readFileSync(fixturePath('learn', 'sklearn-learners.json'), 'utf8')
) as LearnOracle
