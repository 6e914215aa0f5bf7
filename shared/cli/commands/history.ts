import { writeJsonFile } from '../../adapters/user-files.js'
import { openModelRegistry } from '../../operations/registry-open.js'
import { historyOptions } from '../../operations/registry-options.js'
import { assertModelName, assertStageName } from '../../registry/gto-tags.js'
import { currentAssignment, stagesInUse } from '../../registry/registry-state.js'
import {
  HISTORY_REPORT_SCHEMA,
  historyEntries,
  type HistoryReport
} from '../../report/registry-report.js'
import type { CliCommand } from '../command.js'

/**
 * `tollgate history MODEL [--stage STAGE]`: the audit trail — every registration and stage
 * assignment with who, when and which workflow run — which is also the list to roll back along.
 */
export const historyCommand: CliCommand<typeof historyOptions> = {
  name: 'history',
  summary: "A model's registrations and stage assignments: who, when, which run.",
  usage: 'MODEL [--stage STAGE] [--store DIR|github] [--report-path R.json]',
  options: historyOptions,
  positionals: { min: 1, max: 1, names: 'one model name' },
  async run(options, positionals, output) {
    const model = positionals[0]!.trim()
    assertModelName(model)
    const stage = options.string('stage')?.trim()
    if (stage !== undefined) assertStageName(stage)
    const { registry } = await openModelRegistry({
      store: options.string('store'),
      token: process.env.GITHUB_TOKEN,
      defaultStore: 'local'
    })
    const state = await registry.modelState(model)
    const current: Record<string, string> = {}
    for (const name of stagesInUse(state)) {
      const version = currentAssignment(state, name)?.version
      if (version !== undefined) current[name] = version
    }
    const report: HistoryReport = {
      schema: HISTORY_REPORT_SCHEMA,
      model,
      stage: stage ?? null,
      current,
      entries: historyEntries(state.versions, state.stageEvents, stage)
    }
    if (report.entries.length === 0) {
      output.out(
        `${model} has no ${stage === undefined ? 'history' : `assignments to ${stage}`} in ${registry.store.location}`
      )
    }
    for (const entry of report.entries) {
      const what =
        entry.action === 'register' || entry.action === 'deregister'
          ? `${entry.action} ${entry.version}`
          : `${entry.action} ${entry.stage} -> ${entry.version ?? '?'}`
      const who = entry.actor === null ? '' : ` by ${entry.actor}`
      const run = entry.run === null ? '' : ` (run ${entry.run.id} attempt ${entry.run.attempt})`
      const reason = entry.reason === null ? '' : ` — ${entry.reason}`
      output.out(`${entry.at}  ${what.padEnd(32)} ${entry.tag}${who}${run}${reason}`)
    }
    for (const [name, version] of Object.entries(current)) output.out(`current ${name}: ${version}`)
    const reportPath = options.string('report-path')
    if (reportPath !== undefined) {
      writeJsonFile(reportPath, report)
      output.out(`report: ${reportPath}`)
    }
    return 0
  }
}
