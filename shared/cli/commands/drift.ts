import { nowFromEnvironment } from '../../adapters/clock.js'
import { appendDriftHistory } from '../../adapters/drift-history-store.js'
import { writePartialFile } from '../../adapters/shard-partial-file.js'
import { writeJsonFile } from '../../adapters/user-files.js'
import { driftSeriesName } from '../../drift-report/drift-subject.js'
import { formatScore } from '../../drift-report/drift-tables.js'
import { driftCheck } from '../../operations/drift-check.js'
import { UsageError } from '../../errors.js'
import { driftCheckOptions } from '../../operations/drift-options.js'
import { driftInvocation, type DriftOptions } from '../../operations/drift-request.js'
import {
  mergedDriftInvocation,
  readDriftPartialFiles,
  scanDriftShard,
  driftShardRequest
} from '../../operations/shard-drift.js'
import { describeShard } from '../../operations/shard-validate.js'
import { splitList } from '../../options/option-table.js'
import { parseShardSpec, partialArtifactName } from '../../shard/shard-spec.js'
import { commandRunIdentity } from '../../operations/spc-request.js'
import type { CliCommand, CommandOutput } from '../command.js'

const STATUS_MARK = { tested: '', error: 'ERROR', skipped: 'SKIP', schema: 'SCHEMA' } as const

/**
 * `tollgate drift`: the drift-check action on a laptop. Exit code 0 without drift, 1 when drift
 * (dataset drift or a schema change) is detected, 2 for a usage or input error.
 *
 * Sharded: `--shard k/n` scans a share of the current data into a partial (exit 0), and
 * `--merge --current 'part-*.json'` compares the reference with the merged partials exactly as a
 * run over all the current data would.
 */
export const driftCommand: CliCommand<typeof driftCheckOptions> = {
  name: 'drift',
  summary: 'Compare current data with a reference and report drift per column (drift-check).',
  usage:
    '--reference FILE|PROFILE|registry:MODEL@STAGE --current FILE [--method auto|ks|psi|...] [--report-path R.json] [--shard k/n | --merge]',
  options: driftCheckOptions,
  async run(options, _positionals, output) {
    if (options.string('shard') !== undefined) return runDriftShard(options, output)
    const now = nowFromEnvironment()
    const surface = { defaultStore: 'local' as const, cwd: process.cwd(), now }
    const invocation =
      options.boolean('merge') === true
        ? mergedDriftInvocation(
            options,
            surface,
            readDriftPartialFiles(splitList(options.requiredString('current')), surface.cwd)
          )
        : driftInvocation(options, surface)
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

/**
 * `tollgate drift --shard k/n`: scans this shard's share of the current data and writes its
 * partial to --report-path (default `tollgate-drift-partial-k-of-n.json` here). The reference is
 * not read: the merge compares.
 */
async function runDriftShard(options: DriftOptions, output: CommandOutput): Promise<number> {
  const shard = parseShardSpec(options.requiredString('shard'), 'option --shard')
  if (options.boolean('merge') === true)
    throw new UsageError('Give either --shard k/n (one shard) or --merge (merge them), not both.')
  const partial = await scanDriftShard(driftShardRequest(options, shard, nowFromEnvironment()))
  const path = options.string('report-path') ?? `${partialArtifactName(shard, 'drift')}.json`
  writePartialFile(path, partial)
  output.out(describeShard(partial))
  output.out(
    `partial: ${path} (merge all ${shard.count} with \`tollgate drift --merge --reference REF --current <partials>\`)`
  )
  return 0
}
