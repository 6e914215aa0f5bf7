import { userInfo } from 'node:os'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { nowFromEnvironment } from '../../adapters/clock.js'
import { openStore } from '../../adapters/open-store.js'
import { loadProjectConfig } from '../../adapters/project-config.js'
import { writeJsonFile } from '../../adapters/user-files.js'
import { readWorkflowContext, runUrl } from '../../adapters/workflow-context.js'
import { lineageContextFor } from '../../adapters/run-provenance.js'
import {
  environmentDeployConfig,
  type EnvironmentDeployConfig
} from '../../deploy/deploy-config.js'
import { runIdentityOf, runKey } from '../../deploy/run-key.js'
import { UsageError } from '../../errors.js'
import { LocalApprovalChannel, type LocalVote } from '../../operations/deploy-approval.js'
import { configuredStep } from '../../operations/deploy-effects.js'
import { readEvidenceReports } from '../../operations/deploy-evidence.js'
import { deployModel } from '../../operations/deploy-model.js'
import { applyDeployOverrides, deployOptions } from '../../operations/deploy-options.js'
import type { Options } from '../../options/option-table.js'
import type { DeployReport } from '../../report/deploy-report.js'
import { approvalInstructions } from '../../report/deploy-summary.js'
import type { CliCommand, CommandOutput } from '../command.js'

/**
 * `tollgate deploy`: the deploy action on a laptop, with the local approval mode: an environment
 * that needs approval gets a request in the store, and `--approve NAME` / `--deny NAME` record
 * votes; the deployment goes ahead in the run that reaches the quorum. Exit 0 when deployed (or
 * awaiting approval), 1 when the deployment failed, was denied, expired or was blocked.
 */
export const deployCommand: CliCommand<typeof deployOptions> = {
  name: 'deploy',
  summary: 'Promote a registry version to an environment, with approvals and rollback (deploy).',
  usage:
    '--name MODEL --version V --environment ENV [--store DIR] [--approve NAME | --deny NAME] [--report-path R.json]',
  options: deployOptions,
  async run(options, _positionals, output) {
    const now = nowFromEnvironment()
    const project = loadProjectConfig()
    const store = await openStore({
      store: options.string('store'),
      token: process.env.GITHUB_TOKEN,
      defaultStore: 'local'
    })
    const model = options.requiredString('name').trim()
    const environment = options.requiredString('environment').trim()
    const config = localApproval(
      applyDeployOverrides(environmentDeployConfig(project.section('deploy'), environment), options)
    )
    const context = readWorkflowContext()
    const run = runIdentityOf(context, now, runUrl(context))
    const report = await deployModel({
      model,
      version: options.requiredString('version'),
      environment,
      store,
      registryConfig: project.registry,
      config,
      initiator: actorOf(options),
      run,
      now: () => (process.env.TOLLGATE_NOW ? now : Date.now()),
      approval: new LocalApprovalChannel(store, voteOf(options)),
      step: configuredStep(config, process.cwd(), (text) => output.out(text.replace(/\n$/, ''))),
      workDir: join(tmpdir(), 'tollgate', `deploy-${runKey(run)}`),
      lineage: lineageContextFor('deploy'),
      dryRun: options.boolean('dry-run') === true,
      evidenceReports: readEvidenceReports(options.list('evidence'), process.cwd()),
      ...(options.string('reason') === undefined ? {} : { reason: options.string('reason') })
    })
    printDeployReport(report, output)
    if (report.status === 'awaiting-approval' && report.approval !== null) {
      output.out(approvalInstructions({ ...config.approval, required: report.approval.required }))
      output.out(
        `approve with: tollgate deploy --name ${model} --version ${report.version ?? ''} --environment ${environment} --approve NAME` +
          (options.has('store') ? ` --store ${options.string('store') ?? ''}` : '')
      )
    }
    const reportPath = options.string('report-path')
    if (reportPath !== undefined) {
      writeJsonFile(reportPath, report)
      output.out(`report: ${reportPath}`)
    }
    return report.passed ? 0 : 1
  }
}

/** Prints a deploy or rollback report: status, message, approvals, records. */
export function printDeployReport(report: DeployReport, output: CommandOutput): void {
  output.out(`${report.status}: ${report.message}`)
  const approval = report.approval
  if (approval !== null && approval.request !== null) {
    output.out(
      `approval request ${approval.request}: ${approval.state}, ${approval.approvals.length} of ${approval.required} approvals` +
        (approval.approvals.length === 0
          ? ''
          : ` (${approval.approvals.map((vote) => vote.login).join(', ')})`)
    )
    for (const ignored of approval.ignored)
      output.out(`  ignored /${ignored.kind} from ${ignored.login}: ${ignored.reason}`)
  }
  for (const check of report.promotion?.checks ?? [])
    output.out(`  ${check.passed ? 'ok  ' : 'FAIL'} ${check.requirement}: ${check.detail}`)
  for (const record of [report.deployment, report.rollback]) {
    if (record !== null)
      output.out(
        `  ${record.kind} ${record.version} -> ${record.environment}: ${record.status} (${record.step.detail})`
      )
  }
}

/** On the command line there is no GitHub environment or issue: approvals are local records. */
function localApproval(config: EnvironmentDeployConfig): EnvironmentDeployConfig {
  if (config.approval.via === 'none') return config
  return {
    ...config,
    approval: { ...config.approval, via: 'issue', required: Math.max(1, config.approval.required) }
  }
}

function voteOf(options: Options<typeof deployOptions>): LocalVote | undefined {
  const approve = options.string('approve')
  const deny = options.string('deny')
  if (approve !== undefined && deny !== undefined)
    throw new UsageError('give --approve or --deny, not both')
  if (approve !== undefined) return { login: approve.trim(), kind: 'approve' }
  if (deny !== undefined) {
    const reason = options.string('reason')
    return { login: deny.trim(), kind: 'deny', ...(reason === undefined ? {} : { reason }) }
  }
  return undefined
}

/** The initiator: --actor, else GITHUB_ACTOR, else the local user name. */
export function actorOf(options: { string(name: 'actor'): string | undefined }): string {
  const given = options.string('actor') ?? process.env.GITHUB_ACTOR
  if (given !== undefined && given.trim() !== '') return given.trim()
  try {
    return userInfo().username
  } catch {
    return 'local'
  }
}
