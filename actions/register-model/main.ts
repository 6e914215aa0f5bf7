import * as core from '../../shared/adapters/runner-commands.js'
import { actionOptions, runActionStep } from '../../shared/adapters/action-step.js'
import { emitActionLineage } from '../../shared/adapters/action-lineage.js'
import { defaultReportPath, writeJobSummary } from '../../shared/adapters/action-report.js'
import type { DataFormat } from '../../shared/adapters/data-files.js'
import { publishHtmlReport } from '../../shared/adapters/html-artifact.js'
import { writeJsonFile } from '../../shared/adapters/user-files.js'
import {
  registerReportSections,
  registerStatus
} from '../../shared/html-report/register-sections.js'
import { registerModel } from '../../shared/operations/register-model.js'
import { registerOptions } from '../../shared/operations/register-options.js'
import { openModelRegistry } from '../../shared/operations/registry-open.js'
import type { VersionBump } from '../../shared/registry/semver.js'
import { escapeLog } from '../../shared/report/escape.js'
import { registerSummaryMarkdown } from '../../shared/report/registry-summary.js'

/** The inputs this action reads (checked against action.yml by the metadata test). */
export const inputs = registerOptions

/**
 * register-model: a new immutable version of a model in the repository's registry (GitHub
 * Releases and GTO tags by default), with its metrics, training-data profile, model card and
 * lineage; optionally assigned to a stage.
 */
export async function run(): Promise<void> {
  await runActionStep('register-model', async () => {
    const options = actionOptions(registerOptions)
    const opened = await openModelRegistry({
      store: options.string('store'),
      token: options.string('token'),
      defaultStore: 'github'
    })
    const stage = options.string('stage')?.trim()
    const version = options.string('version')?.trim()
    const description = options.string('description')
    const outcome = await registerModel({
      name: options.requiredString('name').trim(),
      modelPath: options.requiredString('model-path').trim(),
      registry: opened.registry,
      bump: options.choice<VersionBump>('bump')!,
      ...(version === undefined || version === '' ? {} : { version }),
      ...(stage === undefined || stage === '' ? {} : { stage }),
      ...(description === undefined ? {} : { description }),
      data: options.list('data'),
      format: options.choice<DataFormat | 'auto'>('format')!,
      releaseUrl: opened.releaseUrl
    })
    const { report } = outcome
    const reportPath =
      options.string('report-path') ?? defaultReportPath('register-model', 'report')
    writeJsonFile(reportPath, report)
    for (const warning of report.warnings)
      core.warning(escapeLog(warning), { title: 'register-model' })
    core.setOutput('version', report.version)
    core.setOutput('tag', report.tag)
    core.setOutput('release-url', report.release_url ?? '')
    core.setOutput('outcome', report.outcome)
    core.setOutput('stage-tag', report.stage?.tag ?? '')
    core.setOutput('report', reportPath)
    const html =
      options.boolean('html-report') === true
        ? await publishHtmlReport(
            registerReportSections(report, outcome.events),
            {
              title: `Tollgate register-model: ${report.tag}`,
              status: registerStatus(report),
              generatedAt: report.generated_at
            },
            { name: 'tollgate-register-model-report' }
          )
        : undefined
    await writeJobSummary(
      registerSummaryMarkdown(report, outcome.events) + (html?.summary ? `\n${html.summary}` : '')
    )
    const stageText =
      report.stage === null ? '' : `, stage ${report.stage.stage} (${report.stage.tag})`
    core.info(
      escapeLog(
        `register-model: ${report.tag} ${report.outcome === 'created' ? 'registered' : 'was already registered by this run'}${stageText}. ` +
          `${report.files.length} files in ${report.store}. Report: ${reportPath}`
      )
    )
    // The version's lineage.json as stored: the training run's event and the registration's.
    await emitActionLineage('register-model', outcome.events, {
      url: options.string('lineage-url')
    })
  })
}
