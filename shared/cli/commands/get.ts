import { writeJsonFile } from '../../adapters/user-files.js'
import { getModelVersion } from '../../operations/registry-get.js'
import { openModelRegistry } from '../../operations/registry-open.js'
import { getOptions } from '../../operations/registry-options.js'
import type { CliCommand } from '../command.js'

/** `tollgate get MODEL@VERSION|STAGE|latest --output DIR`: download and verify a version. */
export const getCommand: CliCommand<typeof getOptions> = {
  name: 'get',
  summary: 'Download a model version, verifying every file against its SHA-256.',
  usage:
    'MODEL@VERSION|MODEL@STAGE|MODEL@latest --output DIR [--store DIR|github] [--report-path R.json]',
  options: getOptions,
  positionals: {
    min: 1,
    max: 1,
    names: 'one model reference, e.g. churn@v0.0.2 or churn@production'
  },
  async run(options, positionals, output) {
    const { registry } = await openModelRegistry({
      store: options.string('store'),
      token: process.env.GITHUB_TOKEN,
      defaultStore: 'local'
    })
    const report = await getModelVersion({
      registry,
      reference: positionals[0]!,
      output: options.requiredString('output')
    })
    const via = report.stage === null ? '' : ` (stage ${report.stage})`
    output.out(
      `${report.tag}${via}: ${report.files.length} files verified and written to ${report.output}`
    )
    for (const file of report.files)
      output.out(
        `  ${file.name.padEnd(28)} ${String(file.size).padStart(10)}  sha256:${file.sha256}`
      )
    if (report.deprecated) output.err(`warning: model ${report.model} is deprecated`)
    const reportPath = options.string('report-path')
    if (reportPath !== undefined) {
      writeJsonFile(reportPath, report)
      output.out(`report: ${reportPath}`)
    }
    return 0
  }
}
