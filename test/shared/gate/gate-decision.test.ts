import { describe, expect, it } from '@jest/globals'
import type {
  ClassificationPredictions,
  RegressionPredictions
} from '../../../shared/evaluation/predictions.js'
import { decideGate } from '../../../shared/gate/gate-decision.js'
import { collectEvidence, computeRuleMetrics } from '../../../shared/gate/gate-evidence.js'
import { parseGateRules } from '../../../shared/gate/gate-rules.js'

describe('thresholds and champion comparisons', () => {
  const rules = parseGateRules({
    metrics: {
      accuracy: { min: 0.8, min_improvement: 0.05 },
      rmse: { max: 1, max_regression: 0.02 }
    }
  })

  it('no champion: thresholds decide, comparisons are not evaluated', () => {
    const decision = decideGate(rules, { accuracy: 0.85, rmse: 0.14 }, undefined)
    expect(decision.verdict).toBe('no-champion')
    expect(decision.passed).toBe(true)
    expect(decision.reasons.map((r) => [r.metric, r.rule, r.passed])).toEqual([
      ['accuracy', 'min', true],
      ['accuracy', 'min_improvement', null],
      ['rmse', 'max', true],
      ['rmse', 'max_regression', null]
    ])
    expect(decision.summary).toBe(
      'No champion to compare with: 2 threshold rules passed, 2 comparison rules not evaluated.'
    )
  })

  it('no champion and a failed threshold: reject', () => {
    const decision = decideGate(rules, { accuracy: 0.79, rmse: 0.14 }, undefined)
    expect(decision.verdict).toBe('reject')
    expect(decision.reasons[0]).toEqual({
      metric: 'accuracy',
      rule: 'min',
      candidate: 0.79,
      champion: null,
      required: '≥ 0.8',
      passed: false,
      sentence: 'accuracy of the candidate is 0.79, below the minimum 0.8.'
    })
  })

  it('exact mode: 0.85 vs 0.8 + 0.05 passes, and rmse 0.14 vs 0.12 + 0.02 passes', () => {
    const decision = decideGate(
      rules,
      { accuracy: 0.85, rmse: 0.14 },
      { accuracy: 0.8, rmse: 0.12 }
    )
    expect(decision.verdict).toBe('promote')
    expect(decision.summary).toBe('Promote: all 4 rules passed.')
    expect(decision.reasons[1]).toMatchObject({
      rule: 'min_improvement',
      candidate: 0.85,
      champion: 0.8,
      required: 'improvement ≥ 0.05 (higher is better)',
      passed: true
    })
  })

  it('mlflow-compatible mode reproduces the float quirks and rejects both', () => {
    const mlflow = parseGateRules({
      comparison: 'mlflow-compatible',
      metrics: {
        accuracy: { min: 0.8, min_improvement: 0.05 },
        rmse: { max: 1, max_regression: 0.02 }
      }
    })
    const decision = decideGate(
      mlflow,
      { accuracy: 0.85, rmse: 0.14 },
      { accuracy: 0.8, rmse: 0.12 }
    )
    expect(decision.verdict).toBe('reject')
    expect(decision.comparison).toBe('mlflow-compatible')
    expect(decision.summary).toBe(
      'Reject: 2 of 4 rules failed (accuracy min_improvement, rmse max_regression).'
    )
  })

  it('relative changes are measured against |champion| (negative R²)', () => {
    const relative = parseGateRules({
      metrics: { r2: { min_improvement: { value: 0.1, relative: true } } }
    })
    expect(decideGate(relative, { r2: -0.1 }, { r2: -0.2 }).verdict).toBe('promote')
    expect(decideGate(relative, { r2: -0.3 }, { r2: -0.2 }).verdict).toBe('reject')
    const regression = parseGateRules({
      metrics: { mae: { max_regression: { value: 0.1, relative: true } } }
    })
    expect(decideGate(regression, { mae: 2.2 }, { mae: 2 }).verdict).toBe('promote')
    expect(decideGate(regression, { mae: 2.21 }, { mae: 2 }).verdict).toBe('reject')
  })

  it('missing and undefined metric values fail with a sentence', () => {
    const decision = decideGate(rules, { rmse: NaN }, { accuracy: 0.8 })
    expect(decision.reasons.map((r) => [r.rule, r.passed, r.sentence])).toEqual([
      ['min', false, "accuracy is missing from the candidate's metrics."],
      ['min_improvement', false, "accuracy is missing from the candidate's metrics."],
      ['max', false, 'rmse of the candidate is undefined (NaN), above the maximum 1.'],
      ['max_regression', false, "rmse is missing from the champion's metrics."]
    ])
  })
})

/** A binary problem of 300 rows: the candidate is right on 90 % of rows, the champion on 70 %. */
function binaryModels(): {
  candidate: ClassificationPredictions
  champion: ClassificationPredictions
} {
  const n = 300
  const actual = Array.from({ length: n }, (_, i) => ((i * 37) % 100 < 45 ? 1 : 0))
  const noise = (i: number, salt: number) => ((i * 7919 + salt * 104729) % 1000) / 1000
  const model = (accuracyRate: number, salt: number): ClassificationPredictions => {
    const scores = actual.map((y, i) => {
      const right = noise(i, salt) < accuracyRate
      const confidence = 0.5 + 0.45 * noise(i, salt + 1)
      return right === (y === 1) ? confidence : 1 - confidence
    })
    return {
      task: 'classification',
      classCount: 2,
      actual,
      predicted: scores.map((s) => (s > 0.5 ? 1 : 0)),
      scores
    }
  }
  return { candidate: model(0.9, 1), champion: model(0.7, 2) }
}

describe('significance rules with evidence from collectEvidence', () => {
  const { candidate, champion } = binaryModels()

  it('a clearly better candidate is promoted by bootstrap, McNemar and DeLong', () => {
    const rules = parseGateRules({
      bootstrap: { replicates: 1000, seed: 3 },
      metrics: {
        accuracy: { require_significance: 'mcnemar' },
        roc_auc: { require_significance: 'delong' },
        f1: { require_significance: { test: 'bootstrap', alpha: 0.05 } }
      }
    })
    const evidence = collectEvidence(rules, candidate, champion)
    const decision = decideGate(
      rules,
      computeRuleMetrics(rules, candidate),
      computeRuleMetrics(rules, champion),
      evidence
    )
    expect(decision.reasons.map((r) => [r.metric, r.passed])).toEqual([
      ['accuracy', true],
      ['roc_auc', true],
      ['f1', true]
    ])
    expect(decision.verdict).toBe('promote')
    expect(evidence.mcnemar!.c).toBeGreaterThan(evidence.mcnemar!.b)
    expect(evidence.bootstrap.f1!.confidenceLevel).toBe(0.95)
    expect(decision.reasons[2]!.sentence).toMatch(
      /^f1: 95% bca interval of the improvement is \[.*\] \(paired bootstrap, 1000 replicates, seed 3\); its lower bound is above 0 \(superiority\)\.$/
    )
  })

  it('the champion against the candidate: significance in the wrong direction fails', () => {
    const rules = parseGateRules({
      bootstrap: { replicates: 1000 },
      metrics: {
        accuracy: { require_significance: 'mcnemar' },
        roc_auc: { require_significance: 'delong' }
      }
    })
    const evidence = collectEvidence(rules, champion, candidate)
    const decision = decideGate(
      rules,
      computeRuleMetrics(rules, champion),
      computeRuleMetrics(rules, candidate),
      evidence
    )
    expect(decision.verdict).toBe('reject')
    expect(decision.reasons[0]!.sentence).toMatch(
      /significant at alpha 0.05 in the champion’s favour\.$/
    )
  })

  it('identical models: superiority fails, non-inferiority within a margin passes', () => {
    const rules = parseGateRules({
      bootstrap: { replicates: 1000, stratified: true },
      metrics: {
        accuracy: { require_significance: { test: 'bootstrap', margin: 0.01 } },
        roc_auc: { require_significance: { test: 'delong', margin: 0.01 } },
        log_loss: { require_significance: 'bootstrap' }
      }
    })
    const evidence = collectEvidence(rules, candidate, candidate)
    expect(evidence.bootstrap.accuracy!.resampling).toBe('stratified')
    const values = computeRuleMetrics(rules, candidate)
    const decision = decideGate(rules, values, values, evidence)
    expect(decision.reasons.map((r) => [r.metric, r.passed])).toEqual([
      ['accuracy', true],
      ['roc_auc', true],
      ['log_loss', false]
    ])
  })

  it('lower-is-better metrics are oriented: a smaller RMSE is an improvement', () => {
    const n = 200
    const actual = Array.from({ length: n }, (_, i) => Math.sin(i) * 10)
    const good: RegressionPredictions = {
      task: 'regression',
      actual,
      predicted: actual.map((y, i) => y + Math.cos(i * 3) * 0.5)
    }
    const poor: RegressionPredictions = {
      task: 'regression',
      actual,
      predicted: actual.map((y, i) => y + Math.cos(i * 5) * 2)
    }
    const rules = parseGateRules({
      bootstrap: { replicates: 1000 },
      metrics: { rmse: { require_significance: { test: 'bootstrap', alpha: 0.01 } } }
    })
    const evidence = collectEvidence(rules, good, poor)
    // cand − champ is negative for RMSE; the reported improvement interval is its mirror image.
    const raw = evidence.bootstrap.rmse!
    expect(raw.bca[1]).toBeLessThan(0)
    const forward = decideGate(
      rules,
      computeRuleMetrics(rules, good),
      computeRuleMetrics(rules, poor),
      evidence
    )
    expect(forward.verdict).toBe('promote')
    expect(forward.reasons[0]!.sentence).toContain(
      `99% bca interval of the improvement is [${(-raw.bca[1]).toPrecision(6)}, ${(-raw.bca[0]).toPrecision(6)}]`
    )
    const backward = decideGate(
      rules,
      computeRuleMetrics(rules, poor),
      computeRuleMetrics(rules, good),
      collectEvidence(rules, poor, good)
    )
    expect(backward.verdict).toBe('reject')
  })

  it('significance rules are not evaluated without a champion', () => {
    const rules = parseGateRules({
      metrics: { accuracy: { min: 0.5, require_significance: 'mcnemar' } }
    })
    const decision = decideGate(rules, computeRuleMetrics(rules, candidate), undefined)
    expect(decision.verdict).toBe('no-champion')
    expect(decision.reasons[1]).toMatchObject({ rule: 'significance', passed: null })
  })

  it('refuses to decide without the evidence a rule requires (a wiring bug)', () => {
    const rules = parseGateRules({ metrics: { accuracy: { require_significance: 'bootstrap' } } })
    expect(() => decideGate(rules, { accuracy: 0.9 }, { accuracy: 0.8 })).toThrow(
      /requires bootstrap evidence/
    )
  })

  it('refuses models scored on different rows', () => {
    const rules = parseGateRules({ metrics: { accuracy: { require_significance: 'mcnemar' } } })
    const shifted = {
      ...champion,
      actual: Array.from(champion.actual, (y, i) => (i === 4 ? 1 - y : y))
    }
    expect(() => collectEvidence(rules, candidate, shifted)).toThrow(/row 5: .*true values differ/)
  })
})
