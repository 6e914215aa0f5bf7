import * as core from '../../shared/adapters/runner-commands.js'
import { actionOptions, runActionStep } from '../../shared/adapters/action-step.js'
import { emitActionLineage } from '../../shared/adapters/action-lineage.js'
import { defaultReportPath, writeJobSummary } from '../../shared/adapters/action-report.js'
import { nowFromEnvironment } from '../../shared/adapters/clock.js'
import { spcCheckRunEvents } from '../../shared/adapters/data-run-lineage.js'
import { createGitHubClient, currentRepository } from '../../shared/adapters/github-client.js'
import { publishHtmlReport } from '../../shared/adapters/html-artifact.js'
import { upsertPullRequestComment } from '../../shared/adapters/pr-comment.js'
import { writeJsonFile } from '../../shared/adapters/user-files.js'
import { readWorkflowContext } from '../../shared/adapters/workflow-context.js'
import { spcReportSections, spcStatus } from '../../shared/html-report/spc-sections.js'
import { spcCheck } from '../../shared/operations/spc-check.js'
import { spcCheckOptions } from '../../shared/operations/spc-options.js'
import { spcRequestFromOptions, workflowRunIdentity } from '../../shared/operations/spc-request.js'
import { escapeLog } from '../../shared/report/escape.js'
import type { SpcReport } from '../../shared/report/spc-report.js'
import { spcSummaryMarkdown } from '../../shared/report/spc-summary.js'

/** The inputs this action reads (checked against action.yml by the metadata test). */
export const inputs = spcCheckOptions

/**
 * spc-check: record this run's metrics in the history, chart every metric against limits frozen
 * from its baseline, apply the run rules, and judge this run's point. Summary, annotations, PR
 * comment, outputs.
 */
export async function run(): Promise<void> {
  await runActionStep('spc-check', async () => {
    const options = actionOptions(spcCheckOptions)
    const now = nowFromEnvironment()
    const request = await spcRequestFromOptions(options, {
      defaultStore: 'github',
      token: options.string('token'),
      cwd: process.cwd(),
      now,
      run: workflowRunIdentity()
    })
    const report = await spcCheck(request)
    const reportPath = options.string('report-path') ?? defaultReportPath('spc-check', 'report')
    writeJsonFile(reportPath, report)

    annotate(report)
    core.setOutput('in-control', String(report.in_control))
    core.setOutput('violations', String(report.summary.current_violations))
    core.setOutput('report', reportPath)

    const html =
      options.boolean('html-report') === true
        ? await publishHtmlReport(
            spcReportSections(report),
            {
              title: `Tollgate spc-check: ${report.series}`,
              status: spcStatus(report),
              generatedAt: report.generated_at
            },
            { name: 'tollgate-spc-check-report' }
          )
        : undefined
    await writeJobSummary(spcSummaryMarkdown(report) + (html?.summary ? `\n${html.summary}` : ''))
    const context = readWorkflowContext()
    const comment = options.choice<'auto' | 'true' | 'false'>('comment')!
    const wantComment =
      comment === 'true' || (comment === 'auto' && context.pullRequestNumber !== undefined)
    if (wantComment) {
      if (context.pullRequestNumber === undefined) {
        core.warning(
          'comment is true but this run is not for a pull request; no comment was written.'
        )
      } else {
        const client = createGitHubClient(options.requiredString('token'))
        const body = spcSummaryMarkdown(report, { compact: true })
        const url = await upsertPullRequestComment(
          client,
          currentRepository(),
          context.pullRequestNumber,
          `spc-check:${report.series}`,
          body
        )
        if (url !== undefined) core.info(`Pull-request comment: ${url}`)
      }
    }
    const { summary } = report
    core.info(
      escapeLog(
        `spc-check: ${summary.charts} chart(s) of ${report.series}, ${summary.out_of_control} out of ` +
          `control on this run, ${summary.current_violations} violation(s) on this run's points, ` +
          `${summary.violations} in the whole history. Report: ${reportPath}`
      )
    )
    // The history's store also keeps the event (its `lineage` series), where deploy's lineage
    // graph finds spc runs; stateless mode has no store and only sends it. An out-of-control run
    // has an event too (its assertions say so), so this comes before the step is marked failed.
    await emitActionLineage('spc-check', () => spcCheckRunEvents({ request, report }), {
      url: options.string('lineage-url'),
      store: request.mode === 'history' ? request.store : undefined
    })
    if (!report.passed) {
      const failing = report.charts.filter((chart) =>
        report.fail_on === 'warn' ? chart.current_violations.length > 0 : !chart.in_control
      )
      core.setFailed(
        escapeLog(
          `spc-check: ${failing.length} chart(s) out of control on this run: ${failing
            .slice(0, 5)
            .map(
              (chart) =>
                `${chart.name} (${[...new Set(chart.current_violations.map((v) => v.rule))].join(', ')})`
            )
            .join('; ')}${failing.length > 5 ? '; …' : ''}`
        )
      )
    }
  })
}

/** One annotation per chart with violations on this run, and one per damaged history record. */
function annotate(report: SpcReport): void {
  for (const damaged of report.damaged_records) {
    core.warning(
      escapeLog(`History record ${damaged.key} is damaged and was skipped: ${damaged.problem}`),
      {
        title: `spc-check: damaged history record in ${report.series}`
      }
    )
  }
  for (const warning of report.warnings) core.warning(escapeLog(warning), { title: 'spc-check' })
  for (const chart of report.charts) {
    if (chart.current_violations.length === 0) continue
    const rules = [...new Set(chart.current_violations.map((violation) => violation.rule))]
    const annotateWith = chart.in_control ? core.warning : core.error
    const points = [...new Set(chart.current_violations.map((violation) => violation.index))]
    annotateWith(
      escapeLog(
        `${chart.name}: point ${points.join(', ')} of ${chart.points} violates ${rules.join(', ')} ` +
          `on ${chart.chart === 'cusum' ? 'the CUSUM' : `the ${chart.chart} chart`}`
      ),
      { title: `spc-check: ${chart.in_control ? 'warning' : 'out of control'} on ${chart.name}` }
    )
  }
}
