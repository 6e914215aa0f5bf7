import * as core from '../../shared/adapters/runner-commands.js'
import { actionOptions, runActionStep } from '../../shared/adapters/action-step.js'
import { emitActionLineage } from '../../shared/adapters/action-lineage.js'
import { defaultReportPath, writeJobSummary } from '../../shared/adapters/action-report.js'
import { publishHtmlReport } from '../../shared/adapters/html-artifact.js'
import { writeJsonFile } from '../../shared/adapters/user-files.js'
import { trainReportSections } from '../../shared/html-report/train-sections.js'
import { trainModel } from '../../shared/operations/train-model.js'
import { readTrainRequest, trainOptions } from '../../shared/operations/train-options.js'
import { escapeLog } from '../../shared/report/escape.js'
import { trainSummaryMarkdown } from '../../shared/report/train-summary.js'

/** The inputs this action reads (checked against action.yml by the metadata test). */
export const inputs = trainOptions

/**
 * train: fit a built-in learner or run the user's training command, and leave a model directory
 * with metrics, params, the training-data profile, provenance and lineage for register-model.
 */
export async function run(): Promise<void> {
  await runActionStep('train', async () => {
    const options = actionOptions(trainOptions)
    const request = readTrainRequest(options)
    const outcome =
      request.model === 'command'
        ? await core.group('Training command', () => trainModel(request))
        : await trainModel(request)
    const { report } = outcome
    const reportPath = options.string('report-path') ?? defaultReportPath('train', 'report')
    writeJsonFile(reportPath, report)
    for (const warning of report.warnings) core.warning(escapeLog(warning), { title: 'train' })
    core.setOutput('model-path', outcome.outputDir)
    core.setOutput('metrics', JSON.stringify(report.metrics))
    core.setOutput('run-id', report.run_id)
    core.setOutput('lineage', outcome.lineagePath)
    core.setOutput('report', reportPath)
    const html =
      options.boolean('html-report') === true
        ? await publishHtmlReport(
            trainReportSections(report),
            {
              title: `Tollgate train: ${report.model}`,
              status:
                report.warnings.length > 0
                  ? { tone: 'warn', text: 'trained with warnings' }
                  : { tone: 'pass', text: 'trained' },
              generatedAt: report.generated_at
            },
            { name: 'tollgate-train-report' }
          )
        : undefined
    await writeJobSummary(
      trainSummaryMarkdown(report, outcome.events) + (html?.summary ? `\n${html.summary}` : '')
    )
    const metrics = Object.entries(report.metrics)
      .map(([name, value]) => `${name}=${Number(value.toPrecision(6))}`)
      .join(', ')
    core.info(
      escapeLog(
        `train: ${report.model} on ${report.rows.total} rows, ${report.metrics_source} metrics ${metrics}. ` +
          `Model: ${outcome.outputDir}. Report: ${reportPath}`
      )
    )
    // The event written to the model directory's lineage.json, which register-model stores.
    await emitActionLineage('train', outcome.events, { url: options.string('lineage-url') })
  })
}
