import { writeJsonFile } from '../../adapters/user-files.js'
import { openModelRegistry } from '../../operations/registry-open.js'
import { listOptions } from '../../operations/registry-options.js'
import { assertModelName } from '../../registry/gto-tags.js'
import { currentAssignment, stagesInUse } from '../../registry/registry-state.js'
import {
  LIST_REPORT_SCHEMA,
  versionListing,
  type ListReport
} from '../../report/registry-report.js'
import type { CliCommand } from '../command.js'

/** `tollgate list [MODEL]`: the models in a registry, or one model's versions. */
export const listCommand: CliCommand<typeof listOptions> = {
  name: 'list',
  summary: "List the registry's models, or one model's versions and stages.",
  usage: '[MODEL] [--store DIR|github] [--report-path R.json]',
  options: listOptions,
  positionals: { min: 0, max: 1, names: 'at most one model name' },
  async run(options, positionals, output) {
    const { registry } = await openModelRegistry({
      store: options.string('store'),
      token: process.env.GITHUB_TOKEN,
      defaultStore: 'local'
    })
    const model = positionals[0]?.trim()
    let report: ListReport
    if (model === undefined) {
      const models = await registry.listModels()
      report = { schema: LIST_REPORT_SCHEMA, store: registry.store.location, models }
      if (models.length === 0) output.out(`no models in ${registry.store.location}`)
      for (const summary of models) {
        const stages = Object.entries(summary.stages).map(
          ([stage, version]) => `${stage}=${version}`
        )
        const notes = [
          `${summary.versions} version(s)`,
          ...(stages.length > 0 ? [stages.join(' ')] : []),
          ...(summary.incomplete.length > 0
            ? [`incomplete: ${summary.incomplete.join(', ')}`]
            : []),
          ...(summary.deprecated ? ['deprecated'] : [])
        ]
        output.out(
          `${summary.model.padEnd(24)} ${(summary.latest ?? '-').padEnd(10)} ${notes.join(', ')}`
        )
      }
    } else {
      assertModelName(model)
      const state = await registry.modelState(model)
      const current: Record<string, string> = {}
      for (const stage of stagesInUse(state)) {
        const version = currentAssignment(state, stage)?.version
        if (version !== undefined) current[stage] = version
      }
      const versions = versionListing(state.versions, current)
      report = { schema: LIST_REPORT_SCHEMA, store: registry.store.location, model, versions }
      if (versions.length === 0)
        output.out(`${model} has no versions in ${registry.store.location}`)
      for (const version of versions) {
        const stages = version.stages.length === 0 ? '' : ` [${version.stages.join(', ')}]`
        output.out(
          `${version.tag.padEnd(28)} ${version.status.padEnd(12)} ${version.claimed_at}${stages}`
        )
      }
    }
    const reportPath = options.string('report-path')
    if (reportPath !== undefined) {
      writeJsonFile(reportPath, report)
      output.out(`report: ${reportPath}`)
    }
    return 0
  }
}
