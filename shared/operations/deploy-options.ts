import { UsageError } from '../errors.js'
import type { Options, OptionTable } from '../options/option-table.js'
import { splitList } from '../options/option-table.js'
import { APPROVAL_VIAS, parseApprovers, type ApprovalVia } from '../deploy/approval-policy.js'
import type { EnvironmentDeployConfig } from '../deploy/deploy-config.js'
import { parseDuration } from '../deploy/duration-text.js'
import { LINEAGE_URL_OPTION } from '../options/lineage-url-option.js'
import { HTML_REPORT_OPTION } from '../options/html-report-option.js'

/** Options of deploy: the action's inputs and `tollgate deploy`'s flags. */
export const deployOptions = {
  name: {
    description:
      'Model name. Not needed on a comment on an approval issue, or on a scheduled sweep of expired requests.',
    default: ''
  },
  version: {
    description: 'Version to deploy (v0.0.3), latest, or a stage to promote from (staging).',
    default: ''
  },
  environment: {
    description:
      'Target environment; also the registry stage assigned after a successful deployment.',
    default: ''
  },
  store: {
    description:
      'Where the registry lives: github (the repository) or a directory. Empty: github in Actions, .tollgate locally.',
    default: ''
  },
  approval: {
    description:
      'How approval is asked: auto (from .tollgate.yml), none, environment (GitHub required reviewers) or issue.',
    default: 'auto',
    choices: ['auto', ...APPROVAL_VIAS]
  },
  approvers: {
    description:
      'Allowed approvers (logins and @org/team), comma- or newline-separated; overrides .tollgate.yml.',
    default: ''
  },
  'required-approvals': {
    description: 'Distinct approvals needed; overrides .tollgate.yml.',
    default: ''
  },
  'allow-initiator': {
    description:
      'Whether the person who started the deployment may approve it (true/false); overrides .tollgate.yml.',
    default: ''
  },
  'approval-expires': {
    description: 'How long an approval request stays open (e.g. 72h); overrides .tollgate.yml.',
    default: ''
  },
  command: {
    description:
      'Deploy command (run in a shell with TOLLGATE_* variables); overrides .tollgate.yml.',
    default: ''
  },
  target: {
    description: 'Directory or file:// URL to copy the model files to; overrides .tollgate.yml.',
    default: ''
  },
  'environment-url': {
    description: 'URL of the deployed environment, shown on the GitHub Deployment.',
    default: ''
  },
  timeout: {
    description: 'Longest the deploy command may run (e.g. 30m); overrides .tollgate.yml.',
    default: ''
  },
  evidence: {
    description:
      'JSON reports of other Tollgate actions (drift-check, spc-check) to show with the approval request.',
    default: ''
  },
  'dry-run': {
    description: 'Check the promotion policy and show the evidence; deploy nothing.',
    default: 'false'
  },
  reason: {
    description: 'Why, recorded with the deployment (and a denial’s reason on the command line).',
    default: ''
  },
  'report-path': { description: 'Where to write the JSON report.', default: '' },
  approve: {
    description:
      'Record an approval by this person (local approval mode) and deploy when the quorum is met.',
    default: '',
    cliOnly: true
  },
  deny: {
    description: 'Record a denial by this person (local approval mode).',
    default: '',
    cliOnly: true
  },
  actor: {
    description: 'Who runs the command (the initiator); default GITHUB_ACTOR, else the user name.',
    default: '',
    cliOnly: true
  },
  'html-report': HTML_REPORT_OPTION,
  'lineage-url': LINEAGE_URL_OPTION,
  token: {
    description: 'Token for deployments, approval issues and the registry.',
    actionOnly: true
  }
} as const satisfies OptionTable

/** The environment's configuration with the options a user gave on top. */
export function applyDeployOverrides(
  config: EnvironmentDeployConfig,
  options: Options<typeof deployOptions>
): EnvironmentDeployConfig {
  const approval = { ...config.approval }
  const via = options.choice<'auto' | ApprovalVia>('approval')
  if (via !== undefined && via !== 'auto') {
    approval.via = via
    if (via === 'issue' && approval.required < 1) approval.required = 1
    if (via === 'none') approval.required = 0
  }
  if (options.has('approvers')) {
    Object.assign(
      approval,
      parseApprovers(splitList(options.requiredString('approvers')), 'option approvers')
    )
  }
  const required = options.integer('required-approvals')
  if (required !== undefined) {
    if (required < 1 || required > 100)
      throw new UsageError(`required-approvals must be from 1 to 100, got ${required}`)
    approval.required = required
    if (approval.via === 'none') approval.via = 'issue'
  }
  const allow = options.boolean('allow-initiator')
  if (allow !== undefined) approval.allowInitiator = allow
  const expires = options.string('approval-expires')
  if (expires !== undefined) approval.expiresAfterMs = parseDuration(expires, 'approval-expires')
  const merged: EnvironmentDeployConfig = { ...config, approval }
  const command = options.string('command')
  const target = options.string('target')
  if (command !== undefined && target !== undefined)
    throw new UsageError('give either command or target, not both')
  if (command !== undefined) {
    merged.command = command
    delete merged.target
  }
  if (target !== undefined) {
    merged.target = target
    delete merged.command
  }
  const url = options.string('environment-url')
  if (url !== undefined) merged.url = url
  const timeout = options.string('timeout')
  if (timeout !== undefined) merged.timeoutMs = parseDuration(timeout, 'timeout')
  return merged
}

/** Options of `tollgate rollback`. */
export const rollbackOptions = {
  name: { description: 'Model name.', required: true },
  environment: { description: 'Environment (registry stage) to roll back.', required: true },
  'to-version': {
    description: 'Version to return to; default the one before the current.',
    default: ''
  },
  store: deployOptions.store,
  command: deployOptions.command,
  target: deployOptions.target,
  timeout: deployOptions.timeout,
  reason: deployOptions.reason,
  actor: deployOptions.actor,
  'report-path': deployOptions['report-path']
} as const satisfies OptionTable

/** Options of `tollgate deployments` (the deployment history). */
export const deploymentsOptions = {
  name: { description: 'Model name.', required: true },
  environment: { description: 'Only this environment.', default: '' },
  store: deployOptions.store,
  'report-path': { description: 'Where to write the history as JSON.', default: '' }
} as const satisfies OptionTable
