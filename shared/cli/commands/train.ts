import { writeJsonFile } from '../../adapters/user-files.js'
import { trainModel } from '../../operations/train-model.js'
import { readTrainRequest, trainOptions } from '../../operations/train-options.js'
import type { CliCommand } from '../command.js'

/** `tollgate train`: the train action on a laptop. */
export const trainCommand: CliCommand<typeof trainOptions> = {
  name: 'train',
  summary: 'Train a built-in model or run a training command, with metrics and lineage (train).',
  usage:
    '--data FILE --target COL [--model logistic-regression|linear-regression|gbdt|command] ' +
    '[--command CMD] --output DIR [--params JSON] [--report-path R.json]',
  options: trainOptions,
  async run(options, _positionals, output) {
    const outcome = await trainModel(readTrainRequest(options))
    const { report } = outcome
    for (const warning of report.warnings) output.err(`warning: ${warning}`)
    const task = report.task === null ? '' : ` (${report.task})`
    output.out(
      `trained ${report.model}${task} on ${report.rows.total} rows, target ${report.target}`
    )
    output.out(`${report.metrics_source} metrics:`)
    for (const [name, value] of Object.entries(report.metrics)) {
      output.out(`  ${name.padEnd(16)} ${Number(value.toPrecision(6))}`)
    }
    const top = report.feature_importances.slice(0, 5)
    if (top.length > 0) {
      output.out('top features:')
      for (const entry of top) {
        output.out(`  ${entry.feature.padEnd(16)} ${(entry.importance * 100).toFixed(1)}%`)
      }
    }
    output.out(`model: ${outcome.outputDir}`)
    output.out(`run id: ${report.run_id}`)
    const reportPath = options.string('report-path')
    if (reportPath !== undefined) {
      writeJsonFile(reportPath, report)
      output.out(`report: ${reportPath}`)
    }
    return 0
  }
}
