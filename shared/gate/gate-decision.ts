import type { MetricName } from '../evaluation/metrics.js'
import {
  absoluteDecimal,
  compareDecimals,
  decimalFromNumber,
  multiplyDecimals,
  subtractDecimals
} from './exact-decimal.js'
import type { GateEvidence, MetricValues } from './gate-evidence.js'
import type {
  ChangeRequirement,
  GateRules,
  MetricRule,
  SignificanceRequirement
} from './gate-rules.js'
import type { ComparisonMode } from './metric-threshold.js'
import { meetsAbsoluteChange, meetsRelativeChange, meetsThreshold } from './metric-threshold.js'

/**
 * The evaluate-gate verdict: every rule of the rules file checked against the candidate's
 * metrics, the champion's metrics and the statistical evidence, with one reason per rule.
 *
 * - `reject` when any rule fails;
 * - `no-champion` when nothing failed and there is no champion to compare with: only the absolute
 *   bounds (min/max) decided, champion rules are listed as not evaluated (the check run's
 *   "neutral");
 * - `promote` when every rule passed against a champion.
 *
 * Comparisons with the champion follow the rules' comparison mode (metric-threshold.ts): by
 * default exact decimal arithmetic on the printed values, or MLflow's float arithmetic.
 */

export type GateVerdict = 'promote' | 'reject' | 'no-champion'
export type GateRuleKind = 'min' | 'max' | 'min_improvement' | 'max_regression' | 'significance'

export interface GateReason {
  metric: MetricName
  rule: GateRuleKind
  /** Candidate metric value; null when missing. NaN when undefined on the data. */
  candidate: number | null
  /** Champion metric value; null when there is no champion or it lacks the metric. */
  champion: number | null
  /** What the rule asks for, e.g. "≥ 0.8" or "improvement ≥ 1% of |champion|". */
  required: string
  /** null when the rule was not evaluated (no champion). */
  passed: boolean | null
  /** One human sentence explaining the outcome. */
  sentence: string
}

export interface GateDecision {
  verdict: GateVerdict
  /** False only for `reject`. */
  passed: boolean
  comparison: ComparisonMode
  reasons: GateReason[]
  summary: string
}

/** Numbers in sentences: the printed value when short, else 6 significant digits. */
function show(value: number | null | undefined): string {
  if (value === null || value === undefined) return 'missing'
  if (Number.isNaN(value)) return 'undefined (NaN)'
  const text = String(value)
  return text.length <= 12 ? text : value.toPrecision(6)
}

function percent(share: number): string {
  return `${show(share * 100)}%`
}

/**
 * max_regression (no MLflow counterpart): the candidate may be worse than the champion by at
 * most `allowed` (metric units, or a share of |champion|; champion 0 with a relative allowance:
 * not worse at all). mlflow-compatible mode uses MLflow-style float arithmetic (cand ≥ champ −
 * allowed; relative change divided by the signed champion).
 */
function withinRegression(
  candidate: number,
  champion: number,
  allowance: ChangeRequirement,
  greaterIsBetter: boolean,
  mode: ComparisonMode
): boolean {
  if (Number.isNaN(candidate) || Number.isNaN(champion)) return false
  const allowed = allowance.value
  if (mode === 'mlflow-compatible') {
    if (!allowance.relative) {
      return greaterIsBetter ? candidate >= champion - allowed : candidate <= champion + allowed
    }
    if (champion === 0) return greaterIsBetter ? candidate >= 0 : candidate <= 0
    const relative = greaterIsBetter
      ? (candidate - champion) / champion
      : (champion - candidate) / champion
    return !(relative < -allowed)
  }
  const cand = decimalFromNumber(candidate)
  const champ = decimalFromNumber(champion)
  const improvement = greaterIsBetter
    ? subtractDecimals(cand, champ)
    : subtractDecimals(champ, cand)
  const tolerance = allowance.relative
    ? multiplyDecimals(decimalFromNumber(allowed), absoluteDecimal(champ))
    : decimalFromNumber(allowed)
  return (
    compareDecimals(improvement, {
      coefficient: -tolerance.coefficient,
      exponent: tolerance.exponent
    }) >= 0
  )
}

function changeText(change: ChangeRequirement, sign: '≥' | '≤'): string {
  return change.relative
    ? `${sign} ${percent(change.value)} of |champion|`
    : `${sign} ${show(change.value)}`
}

interface Context {
  rules: GateRules
  candidate: MetricValues
  champion: MetricValues | undefined
  evidence: GateEvidence
}

/** Checks one metric rule; returns one reason per condition it sets. */
function checkRule(rule: MetricRule, context: Context): GateReason[] {
  const { metric } = rule
  const mode = context.rules.comparison
  const candidate = context.candidate[metric]
  const champion = context.champion?.[metric]
  const reasons: GateReason[] = []
  const reason = (kind: GateRuleKind, required: string, passed: boolean | null, sentence: string) =>
    reasons.push({
      metric,
      rule: kind,
      candidate: candidate ?? null,
      champion: champion ?? null,
      required,
      passed,
      sentence
    })
  const better = rule.greaterIsBetter ? 'higher' : 'lower'

  if (rule.min !== undefined) {
    const required = `≥ ${show(rule.min)}`
    if (candidate === undefined) {
      reason('min', required, false, `${metric} is missing from the candidate's metrics.`)
    } else {
      const passed = meetsThreshold(candidate, rule.min, true)
      reason(
        'min',
        required,
        passed,
        `${metric} of the candidate is ${show(candidate)}, ` +
          (passed
            ? `at least the minimum ${show(rule.min)}.`
            : `below the minimum ${show(rule.min)}.`)
      )
    }
  }
  if (rule.max !== undefined) {
    const required = `≤ ${show(rule.max)}`
    if (candidate === undefined) {
      reason('max', required, false, `${metric} is missing from the candidate's metrics.`)
    } else {
      const passed = meetsThreshold(candidate, rule.max, false)
      reason(
        'max',
        required,
        passed,
        `${metric} of the candidate is ${show(candidate)}, ` +
          (passed
            ? `at most the maximum ${show(rule.max)}.`
            : `above the maximum ${show(rule.max)}.`)
      )
    }
  }

  const comparisons: [GateRuleKind, ChangeRequirement | undefined][] = [
    ['min_improvement', rule.minImprovement],
    ['max_regression', rule.maxRegression]
  ]
  for (const [kind, change] of comparisons) {
    if (change === undefined) continue
    const required =
      kind === 'min_improvement'
        ? `improvement ${changeText(change, '≥')} (${better} is better)`
        : `regression ${changeText(change, '≤')} (${better} is better)`
    const skip = comparisonSkip(metric, candidate, champion, context.champion !== undefined)
    if (skip !== undefined) {
      reason(kind, required, skip.passed, skip.sentence)
      continue
    }
    const cand = candidate!
    const champ = champion!
    let passed: boolean
    if (kind === 'min_improvement') {
      passed = change.relative
        ? meetsRelativeChange(cand, champ, change.value, rule.greaterIsBetter, mode)
        : meetsAbsoluteChange(cand, champ, change.value, rule.greaterIsBetter, mode)
    } else {
      passed = withinRegression(cand, champ, change, rule.greaterIsBetter, mode)
    }
    const what = kind === 'min_improvement' ? 'an improvement' : 'a regression'
    reason(
      kind,
      required,
      passed,
      `${metric}: candidate ${show(cand)} vs champion ${show(champ)} (${better} is better); ` +
        `${what} ${changeText(change, kind === 'min_improvement' ? '≥' : '≤')} is required` +
        (passed ? ' and met.' : ' and not met.')
    )
  }

  const requirement = rule.requireSignificance
  if (requirement !== undefined) {
    const required = significanceText(requirement)
    const skip = comparisonSkip(metric, candidate, champion, context.champion !== undefined)
    if (skip !== undefined && skip.passed === null) {
      reason('significance', required, null, skip.sentence)
    } else {
      const outcome = checkSignificance(rule, requirement, context)
      reason('significance', required, outcome.passed, outcome.sentence)
    }
  }
  return reasons
}

/** Why a champion comparison cannot run: no champion (skipped) or a missing value (failed). */
function comparisonSkip(
  metric: MetricName,
  candidate: number | undefined,
  champion: number | undefined,
  hasChampion: boolean
): { passed: boolean | null; sentence: string } | undefined {
  if (!hasChampion) {
    return { passed: null, sentence: `No champion to compare ${metric} with; not evaluated.` }
  }
  if (candidate === undefined) {
    return { passed: false, sentence: `${metric} is missing from the candidate's metrics.` }
  }
  if (champion === undefined) {
    return { passed: false, sentence: `${metric} is missing from the champion's metrics.` }
  }
  return undefined
}

function significanceText(requirement: SignificanceRequirement): string {
  const test =
    requirement.test === 'bootstrap'
      ? 'paired bootstrap'
      : requirement.test === 'mcnemar'
        ? "McNemar's test"
        : "DeLong's test"
  const confidence = percent(1 - requirement.alpha)
  return requirement.margin === undefined
    ? `${test}: candidate significantly better (alpha ${show(requirement.alpha)}, ${confidence} interval)`
    : `${test}: candidate not worse by more than ${show(requirement.margin)} (${confidence} interval)`
}

/** The improvement interval (oriented so that positive = candidate better). */
function orient(interval: readonly [number, number], greaterIsBetter: boolean): [number, number] {
  return greaterIsBetter ? [interval[0], interval[1]] : [-interval[1], -interval[0]]
}

function checkSignificance(
  rule: MetricRule,
  requirement: SignificanceRequirement,
  context: Context
): { passed: boolean; sentence: string } {
  const { metric } = rule
  const level = 1 - requirement.alpha
  const bound = requirement.margin === undefined ? 0 : -requirement.margin
  const goal =
    requirement.margin === undefined
      ? 'above 0 (superiority)'
      : `above −${show(requirement.margin)} (non-inferiority)`
  const missing = (what: string) =>
    new Error(
      `decideGate: the rule for ${metric} requires ${what} evidence, which was not computed ` +
        '(collectEvidence runs the tests the rules require)'
    )
  switch (requirement.test) {
    case 'bootstrap': {
      const result = context.evidence.bootstrap[metric]
      if (result === undefined) throw missing('bootstrap')
      if (Math.abs(result.confidenceLevel - level) > 1e-12) {
        throw new Error(
          `decideGate: the bootstrap for ${metric} used level ${result.confidenceLevel}, the rule needs ${level}`
        )
      }
      const method = context.rules.bootstrap.interval
      const [lower, upper] = orient(result[method], rule.greaterIsBetter)
      const dropped =
        result.replicatesDropped > 0
          ? ` ${result.replicatesDropped} of ${result.replicatesRequested} replicates were dropped (metric undefined on the resample).`
          : ''
      if (Number.isNaN(lower)) {
        return {
          passed: false,
          sentence: `${metric}: the ${method} bootstrap interval is undefined, so significance cannot be shown.${dropped}`
        }
      }
      const passed = lower > bound
      return {
        passed,
        sentence:
          `${metric}: ${percent(level)} ${method} interval of the improvement is ` +
          `[${show(lower)}, ${show(upper)}] (${result.resampling} bootstrap, ` +
          `${result.replicatesUsed} replicates, seed ${result.seed}); its lower bound is ` +
          `${passed ? '' : 'not '}${goal}.${dropped}`
      }
    }
    case 'mcnemar': {
      const result = context.evidence.mcnemar
      if (result === undefined) throw missing('McNemar')
      const passed = result.pValue < requirement.alpha && result.favoursCandidate
      return {
        passed,
        sentence:
          `${metric}: McNemar (${result.method}) p = ${show(result.pValue)} with ` +
          `${result.c} rows only the candidate got right and ${result.b} only the champion got ` +
          `right; ${passed ? 'significant' : 'not significant'} at alpha ${show(requirement.alpha)}` +
          (result.pValue < requirement.alpha && !result.favoursCandidate
            ? ' in the champion’s favour.'
            : '.')
      }
    }
    case 'delong': {
      const result = context.evidence.delong
      if (result === undefined) throw missing('DeLong')
      if (Math.abs(result.confidenceLevel - level) > 1e-12) {
        throw new Error(
          `decideGate: DeLong used level ${result.confidenceLevel}, the rule needs ${level}`
        )
      }
      const [lower, upper] = orient(result.confidenceInterval, rule.greaterIsBetter)
      const improvement = rule.greaterIsBetter ? result.difference : -result.difference
      const passed =
        requirement.margin === undefined
          ? result.pValue < requirement.alpha && improvement > 0
          : lower > bound
      return {
        passed,
        sentence:
          `${metric}: DeLong AUC ${show(result.candidateAuc)} vs ${show(result.championAuc)}, ` +
          `z = ${show(result.z)}, p = ${show(result.pValue)}, ${percent(level)} interval of the ` +
          `improvement [${show(lower)}, ${show(upper)}]; ` +
          (requirement.margin === undefined
            ? `${passed ? 'significant' : 'not significant'} at alpha ${show(requirement.alpha)}.`
            : `its lower bound is ${passed ? '' : 'not '}${goal}.`)
      }
    }
  }
}

/**
 * Decides the gate. `champion` undefined means there is no champion (first model, or none at
 * the configured stage); `evidence` must hold the tests the rules require (collectEvidence).
 */
export function decideGate(
  rules: GateRules,
  candidate: MetricValues,
  champion: MetricValues | undefined,
  evidence: GateEvidence = { bootstrap: {} }
): GateDecision {
  const context: Context = { rules, candidate, champion, evidence }
  const reasons = rules.rules.flatMap((rule) => checkRule(rule, context))
  const failed = reasons.filter((r) => r.passed === false)
  const skipped = reasons.filter((r) => r.passed === null)
  let verdict: GateVerdict
  let summary: string
  if (failed.length > 0) {
    verdict = 'reject'
    summary =
      `Reject: ${failed.length} of ${reasons.length} rules failed (` +
      failed.map((r) => `${r.metric} ${r.rule}`).join(', ') +
      ').'
  } else if (champion === undefined) {
    verdict = 'no-champion'
    const evaluated = reasons.length - skipped.length
    summary =
      `No champion to compare with: ${evaluated} threshold rule${evaluated === 1 ? '' : 's'} passed` +
      (skipped.length > 0
        ? `, ${skipped.length} comparison rule${skipped.length === 1 ? '' : 's'} not evaluated.`
        : '.')
  } else {
    verdict = 'promote'
    summary = `Promote: all ${reasons.length} rules passed.`
  }
  return { verdict, passed: verdict !== 'reject', comparison: rules.comparison, reasons, summary }
}
