import { join } from 'node:path'
import { UsageError } from '../errors.js'
import type { ApprovalRequest } from '../deploy/approval-request.js'
import type { EnvironmentDeployConfig } from '../deploy/deploy-config.js'
import {
  DEPLOYMENT_RECORD_SCHEMA,
  type DeploymentKind,
  type DeploymentOutcome,
  type DeploymentRecord,
  type RecordedApprover
} from '../deploy/deployment-record.js'
import { assessPromotion, type PromotionAssessment } from '../deploy/promotion-policy.js'
import { runKey } from '../deploy/run-key.js'
import { assertModelName, assertStageName } from '../registry/gto-tags.js'
import { ModelRegistry, type ResolvedVersion } from '../registry/model-registry.js'
import type { RegistryConfig } from '../registry/registry-config.js'
import type { RunIdentity } from '../registry/registry-state.js'
import type { Store } from '../store/store.js'
import {
  buildRunEvent,
  type LineageRunContext,
  type RunEventType
} from '../lineage/openlineage-event.js'
import { TOLLGATE_VERSION } from '../version.js'
import type { DeployStepOutcome } from '../adapters/deploy-command.js'
import {
  DEPLOY_REPORT_SCHEMA_ID,
  PASSING_DEPLOY_STATUSES,
  type DeployApprovalReport,
  type DeployEvidence,
  type DeployReport,
  type DeployStatus,
  type EvidenceReport
} from '../report/deploy-report.js'
import { deployEvidenceMarkdown } from '../report/deploy-summary.js'
import type { ApprovalChannel, ApprovalStatus, RecordedRun } from './deploy-approval.js'
import type { DeploymentTracker, DeployStep } from './deploy-effects.js'
import { writeVersionFiles } from './deploy-effects.js'
import { collectDeployEvidence } from './deploy-evidence.js'
import { listGateVerdicts } from './gate-record-store.js'
import { readDeploymentRecord, saveDeploymentRecord } from './deploy-record-store.js'

/** What every deploy and rollback needs: where, who, how. */
export interface DeployContext {
  store: Store
  registryConfig: RegistryConfig
  config: EnvironmentDeployConfig
  /** Who starts the deployment (GitHub actor, or local user). */
  initiator: string
  run: RecordedRun
  /** ms since the epoch; called at each step so records carry real times (TOLLGATE_NOW pins it). */
  now: () => number
  /** GitHub Deployments; absent on the command line. */
  tracker?: DeploymentTracker
  step: DeployStep
  /** Scratch directory for the version files the step reads. */
  workDir: string
  reason?: string
  /** OpenLineage context of this run; each record then carries its event. */
  lineage?: LineageRunContext
}

export interface DeployRequest extends DeployContext {
  model: string
  /** `v1.2.3`, `latest`, or a stage to promote from (e.g. `staging`). */
  version: string
  environment: string
  /** Required when the environment's approval is via issue (or local). */
  approval?: ApprovalChannel
  /** The request to count (the run an approval comment started); model/version/environment must match it. */
  resume?: ApprovalRequest
  /** Check the policy and show the evidence, deploy nothing. */
  dryRun?: boolean
  evidenceReports?: EvidenceReport[]
}

/**
 * deploy end to end: resolve the version, check the promotion policy, ask for (or count)
 * approvals, run the deploy step inside a GitHub Deployment, assign the registry stage only after
 * the step succeeded, and on failure put the previous version back. Every outcome that involved a
 * decision or a step is recorded in the store (deployments.<model>).
 */
export async function deployModel(request: DeployRequest): Promise<DeployReport> {
  const { model, environment, store } = request
  assertModelName(model)
  assertStageName(environment)
  const registry = new ModelRegistry(store, request.registryConfig)
  const resolved = await registry.resolve(versionReference(model, request.version))
  const version = resolved.version
  if (request.resume !== undefined) {
    const wanted = request.resume
    if (
      wanted.model !== model ||
      wanted.version !== version ||
      wanted.environment !== environment
    ) {
      throw new UsageError(
        `the approval request is for ${wanted.model} ${wanted.version} to ${wanted.environment}, not ${model} ${version} to ${environment}`
      )
    }
  }
  const base = reportBase(request, model, environment, version)
  const key = runKey(request.run)
  const done = await readDeploymentRecord(store, model, environment, key, 'deploy')
  if (done !== undefined) {
    const rollback =
      (await readDeploymentRecord(store, model, environment, key, 'rollback')) ?? null
    return finish(
      base,
      done.status,
      `this run already deployed ${model} ${done.version} to ${environment}: ${done.status}`,
      {
        deployment: done,
        rollback,
        previous: done.previousVersion
      }
    )
  }

  const current = await registry.currentStage(model, environment)
  const previous = current?.version ?? null
  const stageEvents = await registry.stageHistory(model)
  const gateVerdicts = await listGateVerdicts(store, model, version)
  const promotion = assessPromotion({
    model,
    version,
    environment,
    config: request.config,
    registry: request.registryConfig,
    gateVerdicts,
    stageEvents
  })
  const evidence = collectDeployEvidence(gateVerdicts, stageEvents, request.evidenceReports ?? [])
  const context = { previous, promotion, evidence }
  if (!promotion.allowed) {
    const failed = promotion.checks.filter((check) => !check.passed)
    return finish(
      base,
      'blocked',
      `promotion refused: ${failed.map((check) => check.detail).join(' ')}`,
      context
    )
  }
  if (request.dryRun === true) {
    return finish(
      base,
      'planned',
      `dry run: ${model} ${version} may be promoted to ${environment}${approvalNote(request.config)}`,
      context
    )
  }

  const policy = request.config.approval
  let approval: ApprovalStatus | undefined
  let approvalReport: DeployApprovalReport
  if (policy.via === 'issue' && policy.required > 0) {
    const channel = request.approval
    if (channel === undefined)
      throw new Error('deployModel: approval via issue needs an approval channel')
    approval =
      request.resume !== undefined
        ? await channel.check(request.resume, request.run, request.now())
        : await channel.open({
            model,
            version,
            environment,
            policy,
            initiator: request.initiator,
            run: request.run,
            now: request.now(),
            evidence: deployEvidenceMarkdown(promotion, evidence)
          })
    approvalReport = approvalReportOf(channel.via, approval)
    const withApproval = { ...context, approval: approvalReport }
    if (approval.state === 'pending') {
      const where = approval.url === undefined ? '' : ` at ${approval.url}`
      return finish(
        base,
        'awaiting-approval',
        `${approval.opened ? 'approval requested' : 'still awaiting approval'}: ${approval.tally.approvals.length} of ${approval.request.required} approvals${where}`,
        withApproval
      )
    }
    if (!approval.claimed) {
      return finish(
        base,
        'skipped',
        `request ${approval.request.id} was already decided (${approval.state}) by run ${approval.decision?.run.id ?? '?'}`,
        withApproval
      )
    }
    if (approval.state === 'denied' || approval.state === 'expired') {
      const record = await saveDeploymentRecord(
        store,
        deploymentRecord(request, {
          version,
          kind: 'deploy',
          status: approval.state,
          previous,
          approval: approvalReport,
          step: { kind: 'none', detail: `nothing ran: the approval request was ${approval.state}` },
          startedAt: approval.request.requestedAt,
          finishedAt: iso(request.now()),
          initiator: approval.request.initiator
        })
      )
      const message =
        approval.state === 'denied'
          ? `deployment of ${model} ${version} to ${environment} was denied by ${approval.tally.denials.map((vote) => vote.login).join(', ')}`
          : `the approval request for ${model} ${version} to ${environment} expired at ${approval.request.expiresAt} with ${approval.tally.approvals.length} of ${approval.request.required} approvals`
      await channel.finish(approval, {
        completed: false,
        message: capitalize(message),
        ...runUrl(request.run)
      })
      return finish(base, approval.state, message, { ...withApproval, deployment: record })
    }
  } else {
    approvalReport = {
      via: policy.via,
      required: policy.via === 'none' ? 0 : policy.required,
      state: policy.via === 'environment' ? 'via-environment' : 'not-required',
      approvals: [],
      denials: [],
      ignored: [],
      request: null,
      issue: null,
      expires_at: null
    }
  }

  const initiator = approval?.request.initiator ?? request.initiator
  const started = iso(request.now())
  const attempt = await performStep(request, resolved, 'deploy', previous)
  if (attempt.outcome.ok) {
    await registry.assignStage({
      model,
      stage: environment,
      version,
      actor: initiator,
      run: registryRun(request.run),
      reason: assignmentReason(request.reason, approvalReport)
    })
    await attempt.setStatus('success', `${model} ${version} is live in ${environment}`)
    const record = await saveDeploymentRecord(
      store,
      deploymentRecord(request, {
        version,
        kind: 'deploy',
        status: 'success',
        previous,
        approval: approvalReport,
        step: stepResult(attempt.outcome),
        startedAt: started,
        finishedAt: iso(request.now()),
        initiator,
        github: attempt.github
      })
    )
    const message = `deployed ${model} ${version} to ${environment}${previous === null ? '' : ` (was ${previous})`}`
    if (approval !== undefined)
      await request.approval!.finish(approval, {
        completed: true,
        message: capitalize(message),
        ...runUrl(request.run)
      })
    return finish(base, 'success', message, {
      ...context,
      approval: approvalReport,
      deployment: record
    })
  }

  await attempt.setStatus('failure', `the deploy step failed: ${attempt.outcome.detail}`)
  let rollbackRecord: DeploymentRecord | null = null
  let status: DeploymentOutcome = 'failure'
  if (previous !== null && previous !== version) {
    const rollbackStarted = iso(request.now())
    const target = await registry.resolve(`${model}@${previous}`)
    const rollback = await performStep(request, target, 'rollback', version)
    await rollback.setStatus(
      rollback.outcome.ok ? 'success' : 'failure',
      rollback.outcome.ok
        ? `rolled back to ${previous}`
        : `rollback failed: ${rollback.outcome.detail}`
    )
    status = rollback.outcome.ok ? 'rolled-back' : 'failure'
    rollbackRecord = await saveDeploymentRecord(
      store,
      deploymentRecord(request, {
        version: previous,
        kind: 'rollback',
        status: rollback.outcome.ok ? 'success' : 'failure',
        previous: version,
        approval: approvalReport,
        step: stepResult(rollback.outcome),
        startedAt: rollbackStarted,
        finishedAt: iso(request.now()),
        initiator,
        github: rollback.github,
        reason: `automatic rollback after ${version} failed to deploy`
      })
    )
  }
  const record = await saveDeploymentRecord(
    store,
    deploymentRecord(request, {
      version,
      kind: 'deploy',
      status,
      previous,
      approval: approvalReport,
      step: stepResult(attempt.outcome),
      startedAt: started,
      finishedAt: iso(request.now()),
      initiator,
      github: attempt.github,
      ...(rollbackRecord === null
        ? {}
        : {
            rollback: {
              version: rollbackRecord.version,
              status: rollbackRecord.status === 'success' ? 'success' : 'failure'
            }
          })
    })
  )
  const message =
    status === 'rolled-back'
      ? `deploying ${model} ${version} to ${environment} failed (${attempt.outcome.detail}); rolled back to ${previous}`
      : `deploying ${model} ${version} to ${environment} failed (${attempt.outcome.detail})` +
        (rollbackRecord === null
          ? previous === null
            ? '; there was no earlier version to roll back to'
            : ''
          : `; the rollback to ${previous} failed too (${rollbackRecord.step.detail})`)
  if (approval !== undefined)
    await request.approval!.finish(approval, {
      completed: false,
      message: capitalize(message),
      ...runUrl(request.run)
    })
  return finish(base, status, message, {
    ...context,
    approval: approvalReport,
    deployment: record,
    rollback: rollbackRecord
  })
}

export interface StepAttempt {
  outcome: DeployStepOutcome
  github?: { id: number; url?: string }
  setStatus(state: 'success' | 'failure', description: string): Promise<void>
}

/** Writes the version's files, opens the GitHub Deployment (in_progress) and runs the step. */
export async function performStep(
  context: DeployContext & { model: string; environment: string },
  version: ResolvedVersion,
  kind: DeploymentKind,
  previous: string | null
): Promise<StepAttempt> {
  const directory = join(context.workDir, `${version.model}-${version.version}`)
  await writeVersionFiles(context.store, version.tag, directory)
  let github: { id: number; url?: string } | undefined
  if (context.tracker !== undefined) {
    github = await context.tracker.start({
      version: version.version,
      environment: context.environment,
      kind,
      description: `${kind === 'rollback' ? 'Roll back' : 'Deploy'} ${version.model} ${version.version} to ${context.environment}`,
      payload: {
        model: version.model,
        version: version.version,
        kind,
        tollgate: TOLLGATE_VERSION,
        previousVersion: previous
      }
    })
    await context.tracker.status(
      github.id,
      'in_progress',
      `${kind} of ${version.model} ${version.version} started`
    )
  }
  const outcome = await context.step.run({
    model: version.model,
    version: version.version,
    environment: context.environment,
    modelDir: directory,
    previousVersion: previous,
    kind,
    ...(github === undefined ? {} : { deploymentId: github.id })
  })
  const tracker = context.tracker
  return {
    outcome,
    ...(github === undefined ? {} : { github }),
    async setStatus(state, description) {
      if (tracker !== undefined && github !== undefined)
        await tracker.status(github.id, state, description)
    }
  }
}

interface RecordFields {
  version: string
  kind: DeploymentKind
  status: DeploymentOutcome
  previous: string | null
  approval: DeployApprovalReport
  step: DeploymentRecord['step']
  startedAt: string
  finishedAt: string
  initiator: string
  github?: { id: number; url?: string }
  rollback?: DeploymentRecord['rollback']
  reason?: string
}

export function deploymentRecord(
  context: DeployContext & { model: string; environment: string },
  fields: RecordFields
): DeploymentRecord {
  const approvers: RecordedApprover[] = fields.approval.approvals.map((vote) => ({
    login: vote.login,
    at: vote.at
  }))
  const reason = fields.reason ?? context.reason
  return {
    schema: DEPLOYMENT_RECORD_SCHEMA,
    model: context.model,
    version: fields.version,
    environment: context.environment,
    kind: fields.kind,
    status: fields.status,
    previousVersion: fields.previous,
    ...(fields.rollback === undefined ? {} : { rollback: fields.rollback }),
    approval: {
      via: fields.approval.via,
      required: fields.approval.required,
      approvers,
      ...(fields.approval.request === null ? {} : { request: fields.approval.request }),
      ...(fields.approval.issue === null ? {} : { issue: fields.approval.issue.number })
    },
    initiator: fields.initiator,
    ...(reason === undefined ? {} : { reason }),
    run: context.run,
    ...(fields.github === undefined ? {} : { githubDeployment: fields.github }),
    step: fields.step,
    startedAt: fields.startedAt,
    finishedAt: fields.finishedAt,
    ...(context.lineage === undefined
      ? {}
      : {
          lineage: buildRunEvent({
            context: context.lineage,
            eventType: LINEAGE_EVENT[fields.status],
            eventTime: fields.finishedAt,
            inputs: [
              {
                namespace: context.lineage.namespace,
                name: `${context.model}@${fields.version}`,
                modelVersion: { model: context.model, version: fields.version }
              }
            ],
            outcome: {
              deployment: {
                environment: context.environment,
                model: context.model,
                version: fields.version,
                status: fields.status
              }
            }
          })
        })
  }
}

/** A deployment that ran to its end is COMPLETE, a failed one FAIL, one that never ran ABORT. */
const LINEAGE_EVENT: Record<DeploymentOutcome, RunEventType> = {
  success: 'COMPLETE',
  failure: 'FAIL',
  'rolled-back': 'FAIL',
  denied: 'ABORT',
  expired: 'ABORT'
}

export function stepResult(outcome: DeployStepOutcome): DeploymentRecord['step'] {
  return {
    kind: outcome.kind,
    ...(outcome.exitCode === undefined ? {} : { exitCode: outcome.exitCode }),
    detail: outcome.detail
  }
}

/** `churn@v1.2.3`, `churn@latest` or `churn@staging` from what the user wrote for the version. */
export function versionReference(model: string, version: string): string {
  const text = version.trim()
  if (text === '')
    throw new UsageError('the version to deploy is empty; give v1.2.3, latest or a stage')
  return `${model}@${text}`
}

export function registryRun(run: RecordedRun): RunIdentity {
  return {
    id: run.id,
    attempt: run.attempt,
    ...(run.job === undefined ? {} : { job: run.job }),
    ...(run.workflow === undefined ? {} : { workflow: run.workflow })
  }
}

function approvalReportOf(via: 'issue' | 'local', status: ApprovalStatus): DeployApprovalReport {
  return {
    via,
    required: status.request.required,
    state: status.state,
    approvals: status.tally.approvals,
    denials: status.tally.denials,
    ignored: status.tally.ignored,
    request: status.request.id,
    issue:
      status.request.issue === undefined
        ? null
        : { number: status.request.issue, url: status.url ?? '' },
    expires_at: status.request.expiresAt
  }
}

function assignmentReason(reason: string | undefined, approval: DeployApprovalReport): string {
  const parts = [reason ?? 'deployed by Tollgate']
  if (approval.approvals.length > 0)
    parts.push(`approved by ${approval.approvals.map((vote) => vote.login).join(', ')}`)
  if (approval.state === 'via-environment') parts.push('approved through the GitHub environment')
  return parts.join('; ')
}

function approvalNote(config: EnvironmentDeployConfig): string {
  const policy = config.approval
  if (policy.via === 'issue') return `; ${policy.required} approval(s) will be requested`
  if (policy.via === 'environment') return '; the GitHub environment asks its required reviewers'
  return ''
}

interface ReportBase {
  model: string
  version: string
  environment: string
  generatedAt: string
}

function reportBase(
  request: DeployContext,
  model: string,
  environment: string,
  version: string
): ReportBase {
  return { model, version, environment, generatedAt: iso(request.now()) }
}

function finish(
  base: ReportBase,
  status: DeployStatus,
  message: string,
  parts: {
    previous: string | null
    promotion?: PromotionAssessment
    evidence?: DeployEvidence
    approval?: DeployApprovalReport
    deployment?: DeploymentRecord
    rollback?: DeploymentRecord | null
  }
): DeployReport {
  return {
    $schema: DEPLOY_REPORT_SCHEMA_ID,
    tool: { name: 'tollgate', version: TOLLGATE_VERSION },
    action: 'deploy',
    generated_at: base.generatedAt,
    model: base.model,
    version: base.version,
    environment: base.environment,
    status,
    passed: PASSING_DEPLOY_STATUSES.includes(status),
    message,
    previous_version: parts.previous,
    promotion: parts.promotion ?? null,
    approval: parts.approval ?? null,
    deployment: parts.deployment ?? null,
    rollback: parts.rollback ?? null,
    evidence: parts.evidence ?? null
  }
}

function iso(ms: number): string {
  return new Date(ms).toISOString()
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function runUrl(run: RecordedRun): { runUrl?: string } {
  return run.url === undefined ? {} : { runUrl: run.url }
}
