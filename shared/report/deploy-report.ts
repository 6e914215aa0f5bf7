import type { ApprovalVia } from '../deploy/approval-policy.js'
import type { ApprovalState, ApprovalVote, IgnoredCommand } from '../deploy/approval-tally.js'
import type { DeploymentRecord } from '../deploy/deployment-record.js'
import type { GateVerdictRecord } from '../deploy/gate-verdict-record.js'
import type { PromotionAssessment } from '../deploy/promotion-policy.js'

/**
 * What a deploy run did, as the JSON report (`report-path`) and the source of the job summary.
 *
 * Statuses:
 * - `success` — deployed, the stage holds the version;
 * - `failure` — the step failed and nothing could be rolled back;
 * - `rolled-back` — the step failed and the previous version was put back;
 * - `awaiting-approval` — an approval request is open (the run ends; a comment resumes it);
 * - `denied` / `expired` — the approval request was denied or ran out of time;
 * - `blocked` — the promotion policy refused the version (nothing was asked or run);
 * - `planned` — dry run: the policy and evidence were checked, nothing ran;
 * - `skipped` — nothing to do (another run acts on this decision, or not an approval comment).
 */
export type DeployStatus =
  | 'success'
  | 'failure'
  | 'rolled-back'
  | 'awaiting-approval'
  | 'denied'
  | 'expired'
  | 'blocked'
  | 'planned'
  | 'skipped'

/** Statuses after which the step passes: the run did what it should (including waiting). */
export const PASSING_DEPLOY_STATUSES: readonly DeployStatus[] = [
  'success',
  'awaiting-approval',
  'planned',
  'skipped'
]

export interface EvidenceReport {
  path: string
  /** The Tollgate action that wrote it (`drift-check`, `spc-check`, …), when the report says. */
  action: string | null
  /** passed / failed / drifted / no drift, as the report says. */
  status: string
  summary: string | null
}

export interface DeployEvidence {
  /** The version's gate verdicts, oldest first. */
  gate_verdicts: GateVerdictRecord[]
  /** The model's recent stage events, oldest first. */
  stage_history: {
    stage: string
    action: 'assign' | 'unassign'
    version: string | null
    at: string
    actor: string | null
  }[]
  reports: EvidenceReport[]
}

export interface DeployApprovalReport {
  via: ApprovalVia | 'local'
  required: number
  state: ApprovalState | 'not-required' | 'via-environment'
  approvals: ApprovalVote[]
  denials: ApprovalVote[]
  ignored: IgnoredCommand[]
  request: string | null
  issue: { number: number; url: string } | null
  expires_at: string | null
}

export interface DeployReport {
  $schema: string
  tool: { name: 'tollgate'; version: string }
  action: 'deploy'
  generated_at: string
  model: string
  version: string | null
  environment: string
  status: DeployStatus
  passed: boolean
  /** One sentence for logs and outputs. */
  message: string
  previous_version: string | null
  promotion: PromotionAssessment | null
  approval: DeployApprovalReport | null
  /** The deployment record written (or found, on a re-run). */
  deployment: DeploymentRecord | null
  /** The rollback record, when the step failed and the previous version was put back. */
  rollback: DeploymentRecord | null
  evidence: DeployEvidence | null
}

export const DEPLOY_REPORT_SCHEMA_ID = 'https://tollgate.dev/schemas/deploy-report.schema.json'
