import { nowFromEnvironment } from '../../adapters/clock.js'
import { writeJsonFile, writeTextFile } from '../../adapters/user-files.js'
import { spcCheck } from '../../operations/spc-check.js'
import { spcCheckOptions } from '../../operations/spc-options.js'
import { commandRunIdentity, spcRequestFromOptions } from '../../operations/spc-request.js'
import type { SpcChartReport, SpcReport } from '../../report/spc-report.js'
import { spcSummaryMarkdown } from '../../report/spc-summary.js'
import type { CliCommand, CommandOutput } from '../command.js'

/**
 * `tollgate spc`: spc-check on a laptop. Stateless with `--values FILE` (chart the given points);
 * otherwise with a history in `--store DIR` (default `.tollgate/`): `--metrics FILE` records this
 * run under `--series NAME` and charts it, without `--metrics` the history is only charted.
 */
export const spcCommand: CliCommand<typeof spcCheckOptions> = {
  name: 'spc',
  summary: 'Control charts with run rules for pipeline metrics (spc-check).',
  usage:
    '--values points.csv [--chart imr|xbar-r|xbar-s|p|np|c|u|ewma|cusum] [--baseline N] ' +
    '[--rules nelson|western-electric] [--lambda L --nsigmas K --target T --sigma S --k K --h H] ' +
    '[--report-path R.json] [--summary-path S.md]   (stateless; or --series NAME [--metrics FILE] [--store DIR])',
  options: spcCheckOptions,
  async run(options, _positionals, output) {
    const now = nowFromEnvironment()
    const request = await spcRequestFromOptions(options, {
      defaultStore: 'local',
      cwd: process.cwd(),
      now,
      run: commandRunIdentity(options.string('run-id'), now)
    })
    const report = await spcCheck(request)
    const reportPath = options.string('report-path')
    const summaryPath = options.string('summary-path')
    if (reportPath !== undefined) writeJsonFile(reportPath, report)
    if (summaryPath !== undefined) writeTextFile(summaryPath, spcSummaryMarkdown(report))
    printReport(report, output)
    if (reportPath !== undefined) output.out(`report: ${reportPath}`)
    if (summaryPath !== undefined) output.out(`summary: ${summaryPath}`)
    return report.passed ? 0 : 1
  }
}

function text(value: number | null | undefined): string {
  return value === null || value === undefined ? '-' : String(Number(value.toPrecision(7)))
}

function printChart(chart: SpcChartReport, output: CommandOutput): void {
  const mark = {
    'in-control': 'OK  ',
    'out-of-control': 'FAIL',
    warning: 'WARN',
    'collecting-baseline': 'WAIT'
  }[chart.status]
  const result = chart.result
  if (result === null) {
    output.out(`${mark}  ${chart.name} (${chart.chart}): ${chart.note ?? ''}`)
    return
  }
  const index = chart.current[chart.current.length - 1]
  const point = result.panels[0]?.points.find((candidate) => candidate.index === index)
  const value = result.chart === 'cusum' ? point?.observed : point?.value
  output.out(
    `${mark}  ${chart.name} (${result.chart}, ${chart.points} points): point ${index ?? '-'} = ${text(value)}, ` +
      `CL ${text(point?.center)}, LCL ${text(point?.lcl)}, UCL ${text(point?.ucl)}`
  )
  for (const [rule, indices] of Object.entries(chart.rule_hits)) {
    output.out(`        ${rule}: points ${indices.join(', ')}`)
  }
  for (const warning of result.warnings) output.out(`        warning: ${warning}`)
}

function printReport(report: SpcReport, output: CommandOutput): void {
  for (const damaged of report.damaged_records) {
    output.err(`damaged history record ${damaged.key} skipped: ${damaged.problem}`)
  }
  for (const warning of report.warnings) output.err(`warning: ${warning}`)
  for (const chart of report.charts) printChart(chart, output)
  const { summary } = report
  const record =
    report.record === null
      ? ''
      : ` Record ${report.record.key} ${report.record.outcome === 'created' ? 'added' : 'already stored'}.`
  output.out(
    `${report.in_control ? 'in control' : 'OUT OF CONTROL'}: ${summary.charts} chart(s), ` +
      `${summary.out_of_control} out of control on the newest point, ${summary.current_violations} ` +
      `violation(s) on it, ${summary.violations} in the whole series (fail on: ${report.fail_on}).${record}`
  )
}
