import { UsageError } from '../errors.js'
import type { MetricName } from '../evaluation/metrics.js'
import { prepareMetric } from '../evaluation/metrics.js'
import type { ClassificationPredictions, ModelPredictions } from '../evaluation/predictions.js'
import { validatePredictions } from '../evaluation/predictions.js'
import type { PairedBootstrapResult } from './bootstrap.js'
import { pairedBootstrap } from './bootstrap.js'
import type { DeLongResult } from './delong.js'
import { delongTest } from './delong.js'
import type { GateRules } from './gate-rules.js'
import { bootstrapOptionsFor } from './gate-rules.js'
import type { McNemarResult } from './mcnemar.js'
import { discordantCounts, mcnemarTest } from './mcnemar.js'

/**
 * Everything the gate decision reads besides the rules: each model's metric values and the
 * statistical tests the rules ask for, computed on the same evaluation rows.
 */

export type MetricValues = Partial<Record<MetricName, number>>

export interface GateEvidence {
  /** Paired bootstrap per metric whose rule requires `test: bootstrap`. */
  bootstrap: Partial<Record<MetricName, PairedBootstrapResult>>
  mcnemar?: McNemarResult
  delong?: DeLongResult
}

/** The value of every metric named in the rules for one model (NaN where undefined). */
export function computeRuleMetrics(rules: GateRules, predictions: ModelPredictions): MetricValues {
  const values: MetricValues = {}
  for (const rule of rules.rules) {
    values[rule.metric] = prepareMetric(rule.metric, predictions, rule.options)()
  }
  return values
}

/** Positive-class scores, one per row, from a binary model's scores (N or N×2 layout). */
function positiveScores(predictions: ClassificationPredictions, label: string): ArrayLike<number> {
  const { scores, actual, classCount } = predictions
  if (scores === undefined) {
    throw new UsageError(
      `DeLong's test needs the ${label} model's class scores, and none were given`
    )
  }
  if (classCount !== 2) {
    throw new UsageError(
      `DeLong's test compares binary ROC AUCs; this problem has ${classCount} classes (use bootstrap)`
    )
  }
  if (scores.length === actual.length) return scores
  return Float64Array.from({ length: actual.length }, (_, i) => scores[2 * i + 1]!)
}

function sameRows(candidate: ModelPredictions, champion: ModelPredictions): void {
  if (candidate.task !== champion.task) {
    throw new UsageError(
      `the candidate is a ${candidate.task} model and the champion a ${champion.task} model; ` +
        'they cannot be compared'
    )
  }
  const n = candidate.actual.length
  if (champion.actual.length !== n) {
    throw new UsageError(
      `the candidate was evaluated on ${n} rows and the champion on ${champion.actual.length}; ` +
        'paired tests need both models scored on the same rows'
    )
  }
  for (let i = 0; i < n; i++) {
    if (candidate.actual[i] !== champion.actual[i]) {
      throw new UsageError(
        `row ${i + 1}: the candidate's and the champion's true values differ ` +
          `(${candidate.actual[i]} vs ${champion.actual[i]}); both must be scored on the same rows`
      )
    }
  }
  if (candidate.task === 'classification' && champion.task === 'classification') {
    if (candidate.classCount !== champion.classCount) {
      throw new UsageError(
        `the candidate knows ${candidate.classCount} classes and the champion ` +
          `${champion.classCount}; encode both with the same class list`
      )
    }
  }
}

/**
 * Runs the tests the rules require, on paired rows: a bootstrap per metric with
 * `test: bootstrap` (stratified by true class when configured), McNemar for accuracy, DeLong for
 * binary ROC AUC. Throws a UsageError when the predictions cannot support a required test.
 */
export function collectEvidence(
  rules: GateRules,
  candidate: ModelPredictions,
  champion: ModelPredictions,
  progress: { onReplicate?: () => void } = {}
): GateEvidence {
  validatePredictions(candidate, 'candidate')
  validatePredictions(champion, 'champion')
  sameRows(candidate, champion)
  const evidence: GateEvidence = { bootstrap: {} }
  const rowCount = candidate.actual.length
  for (const rule of rules.rules) {
    const requirement = rule.requireSignificance
    if (requirement === undefined) continue
    switch (requirement.test) {
      case 'bootstrap': {
        const strata = candidate.task === 'classification' ? candidate.actual : undefined
        evidence.bootstrap[rule.metric] = pairedBootstrap(
          prepareMetric(rule.metric, candidate, rule.options),
          prepareMetric(rule.metric, champion, rule.options),
          rowCount,
          { ...bootstrapOptionsFor(rules, requirement, strata), ...progress }
        )
        break
      }
      case 'mcnemar':
        evidence.mcnemar = mcnemarTest(
          discordantCounts(candidate.actual, champion.predicted, candidate.predicted),
          requirement.method ?? 'exact'
        )
        break
      case 'delong':
        if (candidate.task !== 'classification' || champion.task !== 'classification') {
          throw new UsageError("DeLong's test needs classification models")
        }
        evidence.delong = delongTest(
          candidate.actual,
          positiveScores(champion, 'champion'),
          positiveScores(candidate, 'candidate'),
          { confidenceLevel: 1 - requirement.alpha }
        )
        break
    }
  }
  return evidence
}
