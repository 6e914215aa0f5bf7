import { nowFromEnvironment } from '../../adapters/clock.js'
import { UsageError } from '../../errors.js'
import { runDemo } from '../../operations/demo.js'
import { demoOptions } from '../../operations/demo-options.js'
import type { CliCommand } from '../command.js'
import { demoProgress } from '../demo-progress.js'

/**
 * `tollgate demo`: the whole lifecycle on generated data in a fresh directory with a local
 * store, no token and no network. Exit 0 when every stage went as the demo expects, 1 when one
 * did not; the last line is the path of the HTML report.
 */
export const demoCommand: CliCommand<typeof demoOptions> = {
  name: 'demo',
  summary: 'Run the whole lifecycle on generated data, offline, and write an HTML report.',
  usage: '[--directory tollgate-demo] [--rows 5000] [--seed 7]',
  options: demoOptions,
  async run(options, _positionals, output) {
    const rows = options.integer('rows')!
    if (rows < 1000) {
      throw new UsageError(
        `--rows must be at least 1000 (the demo's checks require 1000 rows), got ${rows}`
      )
    }
    const directory = options.requiredString('directory')
    output.out(
      `Tollgate demo: a churn model from generated data to production and drift (local store, no network).`
    )
    const outcome = await runDemo({
      directory,
      rows,
      seed: options.integer('seed')!,
      now: nowFromEnvironment(),
      progress: demoProgress(output, process.stdout)
    })
    const seconds = outcome.stages.reduce((sum, stage) => sum + stage.durationMs, 0) / 1000
    output.out(
      `${outcome.passed ? 'Done' : 'Finished with a failed stage'} in ${seconds.toFixed(1)} s. ` +
        `Files, reports and the store (.tollgate) are in ${outcome.directory}; lineage: ${outcome.lineagePath}`
    )
    output.out(`report: ${outcome.reportPath}`)
    return outcome.passed ? 0 : 1
  }
}
