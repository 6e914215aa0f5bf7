import type { DataFormat } from '../../adapters/data-files.js'
import { writeJsonFile } from '../../adapters/user-files.js'
import { registerModel } from '../../operations/register-model.js'
import { registerOptions } from '../../operations/register-options.js'
import { openModelRegistry } from '../../operations/registry-open.js'
import type { VersionBump } from '../../registry/semver.js'
import type { CliCommand } from '../command.js'

/** `tollgate register`: the register-model action on a laptop (default store `.tollgate/`). */
export const registerCommand: CliCommand<typeof registerOptions> = {
  name: 'register',
  summary: 'Register a model directory as a new immutable version (register-model).',
  usage:
    '--name MODEL --model-path DIR [--store DIR|github] [--bump patch|minor|major] ' +
    '[--stage STAGE] [--report-path R.json]',
  options: registerOptions,
  async run(options, _positionals, output) {
    const opened = await openModelRegistry({
      store: options.string('store'),
      token: process.env.GITHUB_TOKEN,
      defaultStore: 'local'
    })
    const stage = options.string('stage')?.trim()
    const version = options.string('version')?.trim()
    const description = options.string('description')
    const { report } = await registerModel({
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
    for (const warning of report.warnings) output.err(`warning: ${warning}`)
    output.out(
      `${report.outcome === 'created' ? 'registered' : 'already registered'} ${report.tag} ` +
        `(${report.files.length} files) in ${report.store}`
    )
    if (report.release_url !== null) output.out(`release: ${report.release_url}`)
    if (report.stage !== null) {
      output.out(
        `${report.stage.outcome === 'created' ? 'assigned to' : 'already in'} ${report.stage.stage} (${report.stage.tag})`
      )
    }
    output.out(`version: ${report.version}`)
    const reportPath = options.string('report-path')
    if (reportPath !== undefined) {
      writeJsonFile(reportPath, report)
      output.out(`report: ${reportPath}`)
    }
    return 0
  }
}
