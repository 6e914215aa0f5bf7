import { openStore } from '../adapters/open-store.js'
import { loadProjectConfig } from '../adapters/project-config.js'
import { readUserFile } from '../adapters/user-files.js'
import { readWorkflowContext } from '../adapters/workflow-context.js'
import { parseYamlSource } from '../config/yaml-source.js'
import { UsageError } from '../errors.js'
import type { Options } from '../options/option-table.js'
import type { SpcFailOn } from '../report/spc-report.js'
import type { ChartType } from '../spc/chart-types.js'
import type { MetricSettings, SpcSettings } from '../spc-history/metric-settings.js'
import { parseRuleChoice, parseSeverityPairs } from '../spc-history/rule-text.js'
import { parseSpcConfig } from '../spc-history/spc-config.js'
import type { SpcRunIdentity } from '../spc-history/spc-record.js'
import type { SpcCheckRequest } from './spc-check.js'
import type { spcCheckOptions } from './spc-options.js'

/**
 * Turns the shared options of spc-check (action inputs or `tollgate spc` flags) into a request,
 * so both surfaces behave the same. Only options the user gave explicitly override the spc
 * settings file; the table defaults apply after it (see metric-settings.ts for the layering).
 */

export type SpcOptions = Options<typeof spcCheckOptions>

/** The series a history is kept under when the user names none. */
export const DEFAULT_SERIES = 'data'

export interface SpcSurface {
  /** Where history lives when `store` is not given: GitHub for the action, `.tollgate/` locally. */
  defaultStore: 'github' | 'local'
  token?: string
  cwd: string
  now: number
  run: SpcRunIdentity
}

export async function spcRequestFromOptions(
  options: SpcOptions,
  surface: SpcSurface
): Promise<SpcCheckRequest> {
  const failOn = options.choice<SpcFailOn>('fail-on')!
  const config = loadSpcSettings(options.string('config'), surface.cwd)
  const inputs = explicitSettings(options)
  const values = options.string('values')
  const metrics = options.list('metrics')
  if (values !== undefined) {
    for (const name of ['metrics', 'store'] as const) {
      if (options.has(name)) {
        throw new UsageError(
          `${options.source.describe('values')} charts a given series without a store; ` +
            `drop ${options.source.describe(name)} (or drop values to use the history)`
        )
      }
    }
    return {
      mode: 'values',
      valuesPath: values,
      ...(options.has('series') ? { series: options.requiredString('series').trim() } : {}),
      config,
      inputs,
      failOn,
      now: surface.now,
      cwd: surface.cwd
    }
  }
  const store = await openStore({
    store: options.string('store'),
    token: surface.token,
    cwd: surface.cwd,
    defaultStore: surface.defaultStore
  })
  return {
    mode: 'history',
    series: options.string('series')?.trim() ?? DEFAULT_SERIES,
    metricsPaths: metrics,
    store,
    run: surface.run,
    config,
    inputs,
    ...(options.has('include') ? { include: options.list('include') } : {}),
    failOn,
    now: surface.now
  }
}

/** The spc settings: the `config` file, else the `spc:` section of `.tollgate.yml` (if any). */
export function loadSpcSettings(configPath: string | undefined, cwd: string): SpcSettings {
  if (configPath !== undefined) {
    return parseSpcConfig(
      parseYamlSource(readUserFile(configPath, 'spc settings file'), configPath)
    )
  }
  return parseSpcConfig(loadProjectConfig(cwd).section('spc'))
}

/** The per-metric settings the user gave as options (defaults of the table are not included). */
export function explicitSettings(options: SpcOptions): MetricSettings {
  const settings: MetricSettings = {}
  if (options.has('chart')) settings.chart = options.choice<ChartType | 'auto'>('chart')!
  if (options.has('baseline')) {
    const baseline = options.integer('baseline')!
    if (baseline < 0) {
      throw new UsageError(`${options.source.describe('baseline')} must be ≥ 0, got ${baseline}`)
    }
    settings.baseline = baseline
  }
  if (options.has('rules')) {
    const choice = parseRuleChoice(options.list('rules'))
    if (typeof choice === 'object' && 'problem' in choice) {
      throw new UsageError(`${options.source.describe('rules')}: ${choice.problem}`)
    }
    settings.rules = choice
  }
  if (options.has('severity')) {
    const map = parseSeverityPairs(options.list('severity'))
    if ('problem' in map)
      throw new UsageError(`${options.source.describe('severity')}: ${map.problem}`)
    settings.severity = map
  }
  if (options.has('exclude')) settings.exclude = options.list('exclude')
  for (const name of ['nsigmas', 'lambda', 'target', 'sigma', 'k', 'h'] as const) {
    const value = options.number(name)
    if (value !== undefined) settings[name] = value
  }
  return settings
}

/** The run a GitHub Actions step belongs to (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT, …). */
export function workflowRunIdentity(env: NodeJS.ProcessEnv = process.env): SpcRunIdentity {
  const context = readWorkflowContext(env)
  return {
    id: context.runId,
    attempt: parseAttempt(context.runAttempt),
    sha: context.sha,
    ref: env.GITHUB_REF ?? '',
    event: context.eventName
  }
}

/**
 * The run a CLI invocation records as: `--run-id`, else the surrounding GitHub run when the CLI
 * runs inside Actions, else `local-<UTC time>` (e.g. `local-20260314T120000Z`).
 */
export function commandRunIdentity(
  runId: string | undefined,
  now: number,
  env: NodeJS.ProcessEnv = process.env
): SpcRunIdentity {
  if (runId !== undefined) {
    return {
      id: runId.trim(),
      attempt: 1,
      sha: env.GITHUB_SHA ?? '',
      ref: env.GITHUB_REF ?? '',
      event: 'cli'
    }
  }
  if (env.GITHUB_RUN_ID !== undefined && env.GITHUB_RUN_ID !== '') return workflowRunIdentity(env)
  const stamp = new Date(now)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
  return { id: `local-${stamp}`, attempt: 1, sha: '', ref: '', event: 'cli' }
}

function parseAttempt(text: string): number {
  const attempt = Number(text)
  if (!Number.isInteger(attempt) || attempt < 1) {
    throw new UsageError(
      `GITHUB_RUN_ATTEMPT must be a whole number ≥ 1, got ${JSON.stringify(text)}`
    )
  }
  return attempt
}
