import { nowFromEnvironment } from '../../adapters/clock.js'
import { appendDriftHistory } from '../../adapters/drift-history-store.js'
import { writeJsonFile } from '../../adapters/user-files.js'
import { driftSeriesName } from '../../drift-report/drift-subject.js'
import { formatScore } from '../../drift-report/drift-tables.js'
import { driftCheck } from '../../operations/drift-check.js'
import { driftCheckOptions } from '../../operations/drift-options.js'
import { driftInvocation } from '../../operations/drift-request.js'
import { commandRunIdentity } from '../../operations/spc-request.js'
import type { CliCommand } from '../command.js'

const STATUS_MARK = { tested: '', error: 'ERROR', skipped: 'SKIP', schema: 'SCHEMA' } as const

/**
 * `tollgate drift`: the drift-check action on a laptop. Exit code 0 without drift, 1 when drift
 * (dataset drift or a schema change) is detected, 2 for a usage or input error.
 */
export const driftCommand: CliCommand<typeof driftCheckOptions> = {
  name: 'drift',
  summary: 'Compare current data with a reference and report drift per column (drift-check).',
  usage:
    '--reference FILE|PROFILE|registry:MODEL@STAGE --current FILE [--method auto|ks|psi|...] [--report-path R.json]',
  options: driftCheckOptions,
  async run(options, _positionals, output) {
    const now = nowFromEnvironment()
    const invocation = driftInvocation(options, {
      defaultStore: 'local',
      cwd: process.cwd(),
      now
    })
    const report = await driftCheck(invocation.request)
    const reportPath = options.string('report-path')
    if (reportPath !== undefined) writeJsonFile(reportPath, report)

    for (const entry of report.columns) {
      const test = entry.test
      if (entry.status === 'tested' && test !== undefined) {
        const mark = entry.drifted ? 'DRIFT' : 'ok'
        const approximate = test.exact ? '' : ' (approximate)'
        output.out(
          `${mark.padEnd(6)} ${JSON.stringify(entry.column)} ${test.method}: ${formatScore(test.score)} ` +
            `(drift when ${test.operator} ${formatScore(test.threshold)})${approximate}`
        )
      } else {
        output.out(
          `${STATUS_MARK[entry.status].padEnd(6)} ${JSON.stringify(entry.column)}: ${entry.message ?? ''}`
        )
      }
    }
    const { dataset } = report
    output.out(
      `${report.drift_detected ? 'DRIFT DETECTED' : 'no drift'} for ${report.subject}: ` +
        `${dataset.drifted_columns} of ${dataset.tested_columns} tested columns drifted ` +
        `(share ${formatScore(dataset.share)}, dataset drift at ≥ ${formatScore(dataset.drift_share)})` +
        (report.schema_changes.length > 0
          ? `; ${report.schema_changes.length} schema change(s)`
          : '')
    )
    if (invocation.history) {
      const written = await appendDriftHistory(
        await invocation.store(),
        report,
        driftSeriesName(report.subject),
        commandRunIdentity(undefined, now)
      )
      output.out(
        `history: ${written.outcome === 'created' ? 'recorded' : 'already recorded'} as ${written.key} in series ${written.series}`
      )
    }
    if (reportPath !== undefined) output.out(`report: ${reportPath}`)
    return report.drift_detected ? 1 : 0
  }
}
