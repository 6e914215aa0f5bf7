import { actorName, workflowRun } from '../../adapters/run-provenance.js'
import { writeJsonFile } from '../../adapters/user-files.js'
import { UsageError } from '../../errors.js'
import { stageReport } from '../../operations/register-model.js'
import { openModelRegistry } from '../../operations/registry-open.js'
import { assignOptions } from '../../operations/registry-options.js'
import { parseModelReference } from '../../registry/model-reference.js'
import { ASSIGN_REPORT_SCHEMA, type AssignReport } from '../../report/registry-report.js'
import type { CliCommand } from '../command.js'

/**
 * `tollgate assign churn@v0.0.2 --stage staging` (or `--name churn --version v0.0.2`): appends a
 * stage tag `churn#staging#N`. The argument may also be `churn@latest` or `churn@staging`, which
 * promotes whatever that resolves to (e.g. staging's version to production).
 */
export const assignCommand: CliCommand<typeof assignOptions> = {
  name: 'assign',
  summary: 'Assign a model version to a stage (appends a GTO stage tag).',
  usage:
    'MODEL@VERSION|MODEL@STAGE|MODEL@latest --stage STAGE [--reason TEXT] [--store DIR|github]',
  options: assignOptions,
  positionals: { min: 0, max: 1, names: 'at most one model reference, e.g. churn@v0.0.2' },
  async run(options, positionals, output) {
    const name = options.string('name')?.trim()
    const version = options.string('version')?.trim()
    const reference = positionals[0]
    if (reference !== undefined && (name !== undefined || version !== undefined)) {
      throw new UsageError('Give either MODEL@VERSION or --name and --version, not both.')
    }
    if (reference === undefined && (name === undefined || version === undefined)) {
      throw new UsageError(
        'Name the version to assign: MODEL@VERSION, or --name MODEL --version V.'
      )
    }
    const { registry } = await openModelRegistry({
      store: options.string('store'),
      token: process.env.GITHUB_TOKEN,
      defaultStore: 'local'
    })
    const resolved = await registry.resolve(
      reference === undefined
        ? parseModelReference(`${name}@${version}`)
        : parseModelReference(reference)
    )
    const run = workflowRun()
    const reason = options.string('reason')
    const actor = actorName()
    const change = await registry.assignStage({
      model: resolved.model,
      version: resolved.version,
      stage: options.requiredString('stage').trim(),
      ...(reason === undefined ? {} : { reason }),
      ...(run === undefined ? {} : { run: run.run }),
      ...(actor === undefined ? {} : { actor })
    })
    const report: AssignReport = {
      schema: ASSIGN_REPORT_SCHEMA,
      model: resolved.model,
      ...stageReport(change),
      actor: change.event.actor ?? null,
      run: change.event.run ?? null
    }
    output.out(
      change.outcome === 'created'
        ? `assigned ${resolved.model} ${report.version} to ${report.stage} (${report.tag})`
        : `${resolved.model} ${report.version} is already in ${report.stage} (${report.tag}); nothing written`
    )
    const reportPath = options.string('report-path')
    if (reportPath !== undefined) {
      writeJsonFile(reportPath, report)
      output.out(`report: ${reportPath}`)
    }
    return 0
  }
}
