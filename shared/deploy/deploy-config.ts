import type { YamlNode } from '../config/yaml-source.js'
import { assertStageName } from '../registry/gto-tags.js'
import {
  APPROVAL_VIAS,
  DEFAULT_APPROVAL_EXPIRY_MS,
  NO_APPROVAL,
  parseApprovers,
  type ApprovalPolicy,
  type ApprovalVia
} from './approval-policy.js'
import { parseDuration } from './duration-text.js'

/**
 * The `deploy:` section of `.tollgate.yml`: per environment, what a version must have done before
 * it may be promoted there, who approves, and how the model is put in place.
 *
 * ```yaml
 * deploy:
 *   environments:
 *     staging:
 *       requires: { gate: true }            # its latest gate verdict passed
 *       target: /srv/models/churn/staging   # built-in step: copy the model files there
 *     production:
 *       requires: { gate: true, stage: staging }   # ...and it has been in staging
 *       approval:
 *         via: issue                        # issue (default) | environment | none
 *         required: 2                       # distinct approvers
 *         approvers: [alice, '@octo-org/ml-leads']
 *         allow-initiator: false
 *         expires-after: 72h
 *       command: ./scripts/deploy.sh        # or a command, with TOLLGATE_* variables
 *       timeout: 30m
 *       url: https://models.example.com/churn
 * ```
 * An environment that is not listed has no requirements, no approval and no step (only the
 * registry stage and the deployment record change).
 */
export interface EnvironmentDeployConfig {
  environment: string
  /** The version's most recent gate verdict must have passed. */
  requireGate: boolean
  /** The version must have been assigned to this stage at some point. */
  requireStage?: string
  approval: ApprovalPolicy
  /** Shell command that deploys the model (see deploy-command.ts for its environment). */
  command?: string
  /** Built-in step: a directory path or file:// URL to copy the model files into. */
  target?: string
  /** The environment's URL, shown on the GitHub Deployment. */
  url?: string
  /** Longest a command may run, ms. */
  timeoutMs: number
}

export const DEFAULT_COMMAND_TIMEOUT_MS = 30 * 60_000

const SECTION_KEYS = ['environments'] as const
const ENVIRONMENT_KEYS = ['requires', 'approval', 'command', 'target', 'url', 'timeout'] as const
const REQUIRES_KEYS = ['gate', 'stage'] as const
const APPROVAL_KEYS = ['via', 'required', 'approvers', 'allow-initiator', 'expires-after'] as const

/** The configuration of one environment (defaults when the section or the environment is absent). */
export function environmentDeployConfig(
  section: YamlNode | undefined,
  environment: string
): EnvironmentDeployConfig {
  const defaults: EnvironmentDeployConfig = {
    environment,
    requireGate: false,
    approval: NO_APPROVAL,
    timeoutMs: DEFAULT_COMMAND_TIMEOUT_MS
  }
  if (section === undefined || section.kind === 'null') return defaults
  section.assertKeys(SECTION_KEYS, 'deploy key')
  const environments = section.get('environments')
  if (environments === undefined || environments.kind === 'null') return defaults
  if (environments.kind !== 'map') {
    throw environments.error(
      `expected a mapping of environment names, found ${environments.describe()}`
    )
  }
  for (const { key, keyNode } of environments.entries()) {
    try {
      assertStageName(key)
    } catch (error) {
      throw keyNode.error((error as Error).message)
    }
  }
  const node = environments.get(environment)
  if (node === undefined || node.kind === 'null') return defaults
  return parseEnvironment(node, environment)
}

function parseEnvironment(node: YamlNode, environment: string): EnvironmentDeployConfig {
  if (node.kind !== 'map') throw node.error(`expected a mapping, found ${node.describe()}`)
  node.assertKeys(ENVIRONMENT_KEYS, 'environment key')
  const config: EnvironmentDeployConfig = {
    environment,
    requireGate: false,
    approval: NO_APPROVAL,
    timeoutMs: DEFAULT_COMMAND_TIMEOUT_MS
  }
  const requires = node.get('requires')
  if (requires !== undefined && requires.kind !== 'null') {
    if (requires.kind !== 'map')
      throw requires.error(`expected a mapping, found ${requires.describe()}`)
    requires.assertKeys(REQUIRES_KEYS, 'requirement')
    const gate = requires.get('gate')
    if (gate !== undefined) config.requireGate = gate.asBoolean()
    const stage = requires.get('stage')
    if (stage !== undefined) {
      const name = stage.asString()
      try {
        assertStageName(name)
      } catch (error) {
        throw stage.error((error as Error).message)
      }
      if (name === environment) throw stage.error(`an environment cannot require itself (${name})`)
      config.requireStage = name
    }
  }
  const approval = node.get('approval')
  if (approval !== undefined && approval.kind !== 'null') config.approval = parseApproval(approval)
  for (const key of ['command', 'target', 'url'] as const) {
    const value = node.get(key)
    if (value === undefined || value.kind === 'null') continue
    const text = value.asString().trim()
    if (text === '') throw value.error('must not be empty')
    config[key] = text
  }
  if (config.command !== undefined && config.target !== undefined) {
    throw node.error('set either command or target, not both')
  }
  const timeout = node.get('timeout')
  if (timeout !== undefined)
    config.timeoutMs = wrap(timeout, () => parseDuration(timeout.asString(), 'timeout'))
  return config
}

function parseApproval(node: YamlNode): ApprovalPolicy {
  if (node.kind !== 'map') throw node.error(`expected a mapping, found ${node.describe()}`)
  node.assertKeys(APPROVAL_KEYS, 'approval key')
  const viaNode = node.get('via')
  let via: ApprovalVia = 'issue'
  if (viaNode !== undefined) {
    const text = viaNode.asString()
    if (!(APPROVAL_VIAS as readonly string[]).includes(text)) {
      throw viaNode.error(
        `expected one of ${APPROVAL_VIAS.join(', ')}, found ${JSON.stringify(text)}`
      )
    }
    via = text as ApprovalVia
  }
  const requiredNode = node.get('required')
  let required = via === 'issue' ? 1 : 0
  if (requiredNode !== undefined) {
    required = requiredNode.asNumber()
    if (!Number.isInteger(required) || required < 0 || required > 100) {
      throw requiredNode.error(
        `expected a whole number of approvers from 0 to 100, found ${required}`
      )
    }
    if (via === 'issue' && required === 0) {
      throw requiredNode.error(
        'via: issue needs at least 1 approver; use via: none for no approval'
      )
    }
  }
  const approversNode = node.get('approvers')
  const approvers =
    approversNode === undefined || approversNode.kind === 'null'
      ? { users: [], teams: [] }
      : wrap(approversNode, () => parseApprovers(approversNode.asStringList(), 'approvers'))
  const allowNode = node.get('allow-initiator')
  const expiresNode = node.get('expires-after')
  return {
    via,
    required: via === 'none' ? 0 : required,
    ...approvers,
    allowInitiator: allowNode === undefined ? false : allowNode.asBoolean(),
    expiresAfterMs:
      expiresNode === undefined
        ? DEFAULT_APPROVAL_EXPIRY_MS
        : wrap(expiresNode, () => parseDuration(expiresNode.asString(), 'expires-after'))
  }
}

/** Re-raises a UsageError from a value parser at the node's line. */
function wrap<T>(node: YamlNode, parse: () => T): T {
  try {
    return parse()
  } catch (error) {
    if (error instanceof Error && error.name === 'UsageError') throw node.error(error.message)
    throw error
  }
}
