import { nowFromEnvironment } from '../../adapters/clock.js'
import type { DataFormat } from '../../adapters/data-files.js'
import { validateDataOptions } from '../../operations/validate-options.js'
import { validateData, type FailOn } from '../../operations/validate-data.js'
import { writeJsonFile } from '../../adapters/user-files.js'
import type { ValidateReport } from '../../report/validate-report.js'
import type { CliCommand, CommandOutput } from '../command.js'
import { runShard } from './merge.js'

const STATUS_MARK = { pass: 'PASS', warn: 'WARN', fail: 'FAIL' } as const

/** `tollgate validate`: the validate-data action on a laptop. */
export const validateCommand: CliCommand<typeof validateDataOptions> = {
  name: 'validate',
  summary: 'Run data checks and build a column profile (validate-data).',
  usage:
    '--data FILE --checks checks.yml [--report-path R.json] [--profile-path P.json] [--shard k/n]',
  options: validateDataOptions,
  async run(options, _positionals, output) {
    // One shard of a matrix writes a partial for `tollgate merge` instead of a report.
    if (options.string('shard') !== undefined) return runShard(options, output)
    const failOn = options.choice<FailOn>('fail-on')!
    const outcome = await validateData({
      data: options.list('data'),
      checksPath: options.requiredString('checks'),
      format: options.choice<DataFormat | 'auto'>('format')!,
      delimiter: options.string('delimiter'),
      failOn,
      threads: options.integer('threads') ?? 0,
      now: nowFromEnvironment()
    })
    const { report, profile } = outcome
    const reportPath = options.string('report-path')
    const profilePath = options.string('profile-path')
    if (reportPath !== undefined) writeJsonFile(reportPath, report)
    if (profilePath !== undefined) writeJsonFile(profilePath, profile)
    printValidateReport(report, output)
    if (reportPath !== undefined) output.out(`report: ${reportPath}`)
    if (profilePath !== undefined) output.out(`profile: ${profilePath}`)
    return report.passed ? 0 : 1
  }
}

/** One line per check (with failing samples) and the totals; shared with `tollgate merge`. */
export function printValidateReport(report: ValidateReport, output: CommandOutput): void {
  for (const result of report.results) {
    const where = result.column === null ? 'table' : result.column
    output.out(`${STATUS_MARK[result.status]}  ${where}.${result.check}: ${result.message}`)
    for (const sample of result.status === 'pass' ? [] : result.unexpected_samples) {
      output.out(`        row ${sample.row}: ${JSON.stringify(sample.value)}`)
    }
  }
  const { summary } = report
  output.out(
    `${report.passed ? 'passed' : 'FAILED'}: ${summary.passed} passed, ${summary.failed} failed, ${summary.warnings} warnings on ${report.data.rows} rows (fail on: ${report.fail_on})`
  )
}
