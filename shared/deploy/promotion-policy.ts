import type { RegistryConfig } from '../registry/registry-config.js'
import type { StageEvent } from '../registry/registry-state.js'
import type { EnvironmentDeployConfig } from './deploy-config.js'
import type { GateVerdictRecord } from './gate-verdict-record.js'

/**
 * Whether a version may be promoted to an environment, checked before anyone is asked to approve
 * and before anything runs, so a deployment that the registry would refuse at the end (after the
 * model was already copied into place) is refused at the start instead.
 *
 * Requirements, each reported with a sentence:
 * - the environment is one of `registry.stages` when that list is configured;
 * - `registry.promotion: sequential`: the version has been in the stage before the environment;
 * - `deploy.environments.<env>.requires.stage`: the version has been in that stage;
 * - `requires.gate`: the version's most recent gate verdict passed (a later rejection — e.g.
 *   against a better champion — outweighs an earlier pass; `no-champion` verdicts pass, since
 *   every threshold did).
 */

export interface PromotionCheck {
  requirement: string
  passed: boolean
  detail: string
}

export interface PromotionAssessment {
  allowed: boolean
  checks: PromotionCheck[]
}

export interface PromotionInput {
  model: string
  version: string
  environment: string
  config: EnvironmentDeployConfig
  registry: RegistryConfig
  /** The version's gate verdicts, oldest first. */
  gateVerdicts: readonly GateVerdictRecord[]
  /** The model's stage events in history order. */
  stageEvents: readonly StageEvent[]
}

export function assessPromotion(input: PromotionInput): PromotionAssessment {
  const { model, version, environment, config, registry } = input
  const checks: PromotionCheck[] = []
  const wasIn = (stage: string) =>
    input.stageEvents.some(
      (event) => event.stage === stage && event.action === 'assign' && event.version === version
    )
  if (registry.stages !== undefined) {
    const allowed = registry.stages.includes(environment)
    checks.push({
      requirement: `${environment} is a registry stage`,
      passed: allowed,
      detail: allowed
        ? `${environment} is one of registry.stages (${registry.stages.join(', ')}).`
        : `${environment} is not one of registry.stages (${registry.stages.join(', ')}) in .tollgate.yml.`
    })
    const index = registry.stages.indexOf(environment)
    if (registry.promotion === 'sequential' && index > 0) {
      const previous = registry.stages[index - 1]!
      const passed = wasIn(previous)
      checks.push({
        requirement: `was in ${previous} (promotion: sequential)`,
        passed,
        detail: passed
          ? `${model} ${version} has been in ${previous}.`
          : `${model} ${version} has never been in ${previous}; registry.promotion is sequential (${registry.stages.join(' -> ')}).`
      })
    }
  }
  if (config.requireStage !== undefined) {
    const stage = config.requireStage
    const passed = wasIn(stage)
    checks.push({
      requirement: `was in ${stage}`,
      passed,
      detail: passed
        ? `${model} ${version} has been in ${stage}.`
        : `${model} ${version} has never been in ${stage}; deploy.environments.${environment}.requires.stage asks for it.`
    })
  }
  if (config.requireGate) {
    const latest = input.gateVerdicts.at(-1)
    const passed = latest?.passed === true
    checks.push({
      requirement: 'passed the gate',
      passed,
      detail:
        latest === undefined
          ? `No gate verdict is recorded for ${model} ${version}; run evaluate-gate on it first.`
          : `The latest gate verdict for ${model} ${version} (${latest.recordedAt}, run ${latest.run.id}) is ` +
            `${latest.verdict}: ${latest.summary}`
    })
  }
  return { allowed: checks.every((check) => check.passed), checks }
}
