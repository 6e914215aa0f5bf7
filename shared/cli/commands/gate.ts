import { nowFromEnvironment } from '../../adapters/clock.js'
import type { DataFormat } from '../../adapters/data-files.js'
import { openStore } from '../../adapters/open-store.js'
import { loadProjectConfig } from '../../adapters/project-config.js'
import { writeJsonFile } from '../../adapters/user-files.js'
import { readWorkflowContext, runUrl } from '../../adapters/workflow-context.js'
import { lineageContextFor } from '../../adapters/run-provenance.js'
import { runIdentityOf } from '../../deploy/run-key.js'
import { evaluateGate, type GateTaskOption } from '../../operations/gate-evaluation.js'
import { gateOptions } from '../../operations/gate-options.js'
import { gateVerdictRecordOf, saveGateVerdict } from '../../operations/gate-record-store.js'
import { splitList } from '../../options/option-table.js'
import { ModelRegistry } from '../../registry/model-registry.js'
import { displayNumber, gateHeadline } from '../../report/gate-summary.js'
import type { Store } from '../../store/store.js'
import type { CliCommand } from '../command.js'

const MARK = { true: 'PASS', false: 'FAIL', null: 'SKIP' } as const

/** `tollgate gate`: the evaluate-gate action on a laptop (exit 1 when the gate rejects). */
export const gateCommand: CliCommand<typeof gateOptions> = {
  name: 'gate',
  summary: 'Evaluate a candidate model against thresholds and the champion (evaluate-gate).',
  usage:
    '--candidate MODEL@VERSION|DIR --data FILE --target COL [--champion STAGE] [--thresholds gate.yml] [--report-path R.json]',
  options: gateOptions,
  async run(options, _positionals, output) {
    const now = nowFromEnvironment()
    const project = loadProjectConfig()
    let store: Store | undefined
    const openRegistry = async () => {
      store ??= await openStore({
        store: options.string('store'),
        token: process.env.GITHUB_TOKEN,
        defaultStore: 'local'
      })
      return new ModelRegistry(store, project.registry)
    }
    const outcome = await evaluateGate({
      candidate: options.requiredString('candidate'),
      champion: options.string('champion'),
      data: splitList(options.requiredString('data')),
      target: options.requiredString('target'),
      thresholdsPath: options.string('thresholds'),
      gateSection: project.section('gate'),
      candidatePredictions: options.string('predictions'),
      championPredictions: options.string('champion-predictions'),
      task: options.choice<GateTaskOption>('task')!,
      slice: options.string('slice'),
      format: options.choice<DataFormat | 'auto'>('format')!,
      delimiter: options.string('delimiter'),
      cwd: process.cwd(),
      openRegistry,
      now
    })
    const { report } = outcome
    const reportPath = options.string('report-path')
    if (reportPath !== undefined) writeJsonFile(reportPath, report)
    output.out(`${gateHeadline(report)} on ${report.data.rows} rows (${report.task})`)
    if (report.champion === null) output.out(report.champion_note)
    const metrics = report.metrics
    for (const name of Object.keys(metrics.candidate)) {
      const champion =
        metrics.champion === null
          ? ''
          : `  champion ${displayNumber(metrics.champion[name] ?? null)}`
      output.out(
        `  ${name.padEnd(10)} candidate ${displayNumber(metrics.candidate[name] ?? null)}${champion}`
      )
    }
    for (const reason of report.reasons) {
      output.out(
        `${MARK[String(reason.passed) as 'true' | 'false' | 'null']}  ${reason.metric} ${reason.rule}: ${reason.sentence}`
      )
    }
    for (const warning of report.warnings) output.err(`warning: ${warning}`)
    output.out(`${report.verdict}: ${report.summary}`)
    if (
      options.boolean('record') === true &&
      outcome.candidate.kind === 'registry' &&
      store !== undefined
    ) {
      const context = readWorkflowContext()
      const record = gateVerdictRecordOf(
        report,
        runIdentityOf(context, now, runUrl(context)),
        undefined,
        lineageContextFor('evaluate-gate')
      )
      if (record !== undefined) {
        await saveGateVerdict(store, record)
        output.out(`verdict recorded for ${record.model} ${record.version} in ${store.location}`)
      }
    }
    if (reportPath !== undefined) output.out(`report: ${reportPath}`)
    return !report.passed && options.boolean('fail-on-reject') === true ? 1 : 0
  }
}
