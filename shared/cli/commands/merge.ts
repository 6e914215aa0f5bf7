import { nowFromEnvironment } from '../../adapters/clock.js'
import type { DataFormat } from '../../adapters/data-files.js'
import { readPartialFile, writePartialFile } from '../../adapters/shard-partial-file.js'
import { writeJsonFile } from '../../adapters/user-files.js'
import { UsageError } from '../../errors.js'
import { mergeOptions } from '../../operations/merge-options.js'
import { mergeValidate } from '../../operations/merge-validate.js'
import { describeShard, validateShard } from '../../operations/shard-validate.js'
import type { FailOn } from '../../operations/validate-data.js'
import type { validateDataOptions } from '../../operations/validate-options.js'
import type { Options } from '../../options/option-table.js'
import { parseShardSpec, partialArtifactName } from '../../shard/shard-spec.js'
import type { CliCommand, CommandOutput } from '../command.js'
import { printValidateReport } from './validate.js'

/** `tollgate merge part-*.json --checks checks.yml`: the report of a sharded validate-data run. */
export const mergeCommand: CliCommand<typeof mergeOptions> = {
  name: 'merge',
  summary: 'Merge the partials of `tollgate validate --shard k/n` runs into one report.',
  usage: 'PARTIAL.json... --checks checks.yml [--report-path R.json] [--profile-path P.json]',
  options: mergeOptions,
  positionals: {
    min: 1,
    max: 4096,
    names: 'the partial files written by `tollgate validate --shard k/n`'
  },
  async run(options, positionals, output) {
    const partials = positionals.map((path) => ({ partial: readPartialFile(path), source: path }))
    const outcome = await mergeValidate({
      partials,
      checksPath: options.requiredString('checks'),
      failOn: options.choice<FailOn>('fail-on')!,
      now: nowFromEnvironment()
    })
    const { report, profile } = outcome
    const reportPath = options.string('report-path')
    const profilePath = options.string('profile-path')
    if (reportPath !== undefined) writeJsonFile(reportPath, report)
    if (profilePath !== undefined) writeJsonFile(profilePath, profile)
    output.out(`merged ${partials.length} shard partial(s)`)
    printValidateReport(report, output)
    if (reportPath !== undefined) output.out(`report: ${reportPath}`)
    if (profilePath !== undefined) output.out(`profile: ${profilePath}`)
    return report.passed ? 0 : 1
  }
}

/**
 * `tollgate validate --shard k/n`: scans this shard's share of the data and writes its partial to
 * --report-path (default `tollgate-partial-k-of-n.json` here). Checks are decided by the merge.
 */
export async function runShard(
  options: Options<typeof validateDataOptions>,
  output: CommandOutput
): Promise<number> {
  const shard = parseShardSpec(options.requiredString('shard'), 'option --shard')
  if (options.has('profile-path'))
    throw new UsageError(
      'A shard writes no profile: the merge writes it (`tollgate merge ... --profile-path P.json`).'
    )
  const partial = await validateShard({
    data: options.list('data'),
    checksPath: options.requiredString('checks'),
    format: options.choice<DataFormat | 'auto'>('format')!,
    delimiter: options.string('delimiter'),
    failOn: options.choice<FailOn>('fail-on')!,
    threads: options.integer('threads') ?? 0,
    now: nowFromEnvironment(),
    shard
  })
  const path = options.string('report-path') ?? `${partialArtifactName(shard)}.json`
  writePartialFile(path, partial)
  output.out(describeShard(partial))
  output.out(
    `partial: ${path} (merge all ${shard.count} with \`tollgate merge <partials> --checks ${partial.checks.file}\`)`
  )
  return 0
}
