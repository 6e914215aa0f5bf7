import { UsageError } from '../errors.js'
import { assertModelName, assertStageName } from '../registry/gto-tags.js'
import { ModelRegistry } from '../registry/model-registry.js'
import { isUsable } from '../registry/registry-state.js'
import { runKey } from '../deploy/run-key.js'
import { TOLLGATE_VERSION } from '../version.js'
import {
  DEPLOY_REPORT_SCHEMA_ID,
  type DeployApprovalReport,
  type DeployReport
} from '../report/deploy-report.js'
import {
  deploymentRecord,
  performStep,
  registryRun,
  stepResult,
  type DeployContext
} from './deploy-model.js'
import { readDeploymentRecord, saveDeploymentRecord } from './deploy-record-store.js'

export interface RollbackRequest extends DeployContext {
  model: string
  environment: string
  /** Roll back to this version instead of the one before the current. */
  toVersion?: string
}

const NO_APPROVAL: DeployApprovalReport = {
  via: 'none',
  required: 0,
  state: 'not-required',
  approvals: [],
  denials: [],
  ignored: [],
  request: null,
  issue: null,
  expires_at: null
}

/**
 * `tollgate rollback`: puts an environment back on the version it ran before the current one (the
 * most recent earlier assignment of another usable version, as the registry's rollbackStage
 * picks it), by running the deploy step for that version and, only when the step succeeds,
 * assigning the stage. A rollback is an emergency action: it skips the promotion policy and
 * approvals (the version ran there before), and is recorded as kind `rollback`.
 */
export async function rollbackEnvironment(request: RollbackRequest): Promise<DeployReport> {
  const { model, environment, store } = request
  assertModelName(model)
  assertStageName(environment)
  const registry = new ModelRegistry(store, request.registryConfig)
  const generatedAt = new Date(request.now()).toISOString()
  const report = (
    status: DeployReport['status'],
    message: string,
    version: string | null,
    previous: string | null,
    deployment: DeployReport['deployment']
  ): DeployReport => ({
    $schema: DEPLOY_REPORT_SCHEMA_ID,
    tool: { name: 'tollgate', version: TOLLGATE_VERSION },
    action: 'deploy',
    generated_at: generatedAt,
    model,
    version,
    environment,
    status,
    passed: status === 'success',
    message,
    previous_version: previous,
    promotion: null,
    approval: NO_APPROVAL,
    deployment,
    rollback: null,
    evidence: null
  })
  const done = await readDeploymentRecord(
    store,
    model,
    environment,
    runKey(request.run),
    'rollback'
  )
  if (done !== undefined) {
    return report(
      done.status === 'success' ? 'success' : 'failure',
      `this run already rolled ${environment} back to ${done.version}: ${done.status}`,
      done.version,
      done.previousVersion,
      done
    )
  }
  const current = await registry.currentStage(model, environment)
  if (current?.version === undefined) {
    throw new UsageError(
      `${model} has no version in ${environment}; there is nothing to roll back.`
    )
  }
  let target: string
  if (request.toVersion !== undefined) {
    target = (await registry.resolve(`${model}@${request.toVersion}`)).version
  } else {
    const usable = new Set(
      (await registry.listVersions(model)).filter(isUsable).map((version) => version.version)
    )
    const earlier = (await registry.stageHistory(model, environment))
      .filter(
        (event) =>
          event.action === 'assign' &&
          event.version !== undefined &&
          event.version !== current.version &&
          usable.has(event.version)
      )
      .at(-1)
    if (earlier?.version === undefined) {
      throw new UsageError(
        `${model} has no earlier version in ${environment} to roll back to (it holds ${current.version}).`
      )
    }
    target = earlier.version
  }
  if (target === current.version)
    throw new UsageError(`${environment} already holds ${model} ${target}.`)
  const resolved = await registry.resolve(`${model}@${target}`)
  const started = new Date(request.now()).toISOString()
  const attempt = await performStep(request, resolved, 'rollback', current.version)
  if (attempt.outcome.ok) {
    await registry.assignStage({
      model,
      stage: environment,
      version: target,
      actor: request.initiator,
      run: registryRun(request.run),
      reason: request.reason ?? `rollback from ${current.version}`
    })
    await attempt.setStatus('success', `rolled back to ${target}`)
  } else {
    await attempt.setStatus('failure', `rollback failed: ${attempt.outcome.detail}`)
  }
  const record = await saveDeploymentRecord(
    store,
    deploymentRecord(request, {
      version: target,
      kind: 'rollback',
      status: attempt.outcome.ok ? 'success' : 'failure',
      previous: current.version,
      approval: NO_APPROVAL,
      step: stepResult(attempt.outcome),
      startedAt: started,
      finishedAt: new Date(request.now()).toISOString(),
      initiator: request.initiator,
      ...(attempt.github === undefined ? {} : { github: attempt.github }),
      reason: request.reason ?? `rollback from ${current.version}`
    })
  )
  return attempt.outcome.ok
    ? report(
        'success',
        `rolled ${environment} back from ${model} ${current.version} to ${target}`,
        target,
        current.version,
        record
      )
    : report(
        'failure',
        `rolling ${environment} back to ${model} ${target} failed (${attempt.outcome.detail}); it still holds ${current.version}`,
        target,
        current.version,
        record
      )
}
