import * as core from '../../shared/adapters/runner-commands.js'
import { dirname, join } from 'node:path'
import { actionOptions, runActionStep } from '../../shared/adapters/action-step.js'
import { emitActionLineage } from '../../shared/adapters/action-lineage.js'
import { defaultReportPath, writeJobSummary } from '../../shared/adapters/action-report.js'
import { nowFromEnvironment } from '../../shared/adapters/clock.js'
import { driftCheckRunEvents } from '../../shared/adapters/data-run-lineage.js'
import { driftDispatchPayload, sendDriftDispatch } from '../../shared/adapters/drift-dispatch.js'
import { appendDriftHistory } from '../../shared/adapters/drift-history-store.js'
import { syncDriftIssue } from '../../shared/adapters/drift-issue.js'
import { createGitHubClient, currentRepository } from '../../shared/adapters/github-client.js'
import { publishHtmlReport } from '../../shared/adapters/html-artifact.js'
import { writeJsonFile } from '../../shared/adapters/user-files.js'
import { readWorkflowContext, runUrl } from '../../shared/adapters/workflow-context.js'
import { driftMetricsJson } from '../../shared/drift-report/drift-history.js'
import { driftedEntries } from '../../shared/drift-report/drift-report.js'
import { driftSeriesName } from '../../shared/drift-report/drift-subject.js'
import { driftSummaryMarkdown } from '../../shared/drift-report/drift-summary.js'
import { errorMessage } from '../../shared/errors.js'
import { driftReportSections, driftStatus } from '../../shared/html-report/drift-sections.js'
import { driftCheck } from '../../shared/operations/drift-check.js'
import { driftCheckOptions } from '../../shared/operations/drift-options.js'
import { driftInvocation } from '../../shared/operations/drift-request.js'
import { workflowRunIdentity } from '../../shared/operations/spc-request.js'
import { escapeLog } from '../../shared/report/escape.js'
import { parseShardSpec } from '../../shared/shard/shard-spec.js'

/** The inputs this action reads (checked against action.yml by the metadata test). */
export const inputs = driftCheckOptions

/**
 * drift-check: compare current data with a reference, write the report, summary and outputs,
 * then keep the subject's issue up to date, optionally dispatch a retraining event, and append
 * the scores to the drift history. Every GitHub effect is attempted even when an earlier one
 * failed, and the step then fails naming each failure: an alert that could not be delivered must
 * not pass silently.
 */
export async function run(): Promise<void> {
  await runActionStep('drift-check', async () => {
    const options = actionOptions(driftCheckOptions)
    // Matrix sharding: a shard job writes a partial of the current data; the merge job compares
    // as one run would. The artifact client is loaded only in these modes.
    const shard = options.string('shard')
    if (shard !== undefined) {
      const { runDriftShardStep } = await import('../../shared/adapters/shard-action.js')
      return runDriftShardStep(options, parseShardSpec(shard, 'input `shard`'))
    }
    const context = readWorkflowContext()
    const url = runUrl(context)
    const token = options.string('token')
    const surface = {
      defaultStore: 'github' as const,
      cwd: process.cwd(),
      now: nowFromEnvironment(),
      ...(token === undefined ? {} : { token }),
      run: {
        id: context.runId,
        attempt: context.runAttempt,
        ...(url === undefined ? {} : { url })
      }
    }
    const invocation =
      options.boolean('merge') === true
        ? await (
            await import('../../shared/adapters/shard-action.js')
          ).driftMergeInvocation(options, surface)
        : driftInvocation(options, surface)
    const report = await driftCheck(invocation.request)
    const reportPath = options.string('report-path') ?? defaultReportPath('drift-check', 'report')
    writeJsonFile(reportPath, report)
    const metricsPath = join(dirname(reportPath), 'drift-check-metrics.json')
    writeJsonFile(metricsPath, driftMetricsJson(report))

    const drifted = driftedEntries(report).map((entry) => entry.column)
    core.setOutput('drift-detected', String(report.drift_detected))
    core.setOutput('drifted-columns', drifted.join(','))
    core.setOutput('share', String(report.dataset.share))
    core.setOutput('report', reportPath)
    core.setOutput('metrics', metricsPath)
    const html =
      options.boolean('html-report') === true
        ? await publishHtmlReport(
            driftReportSections(report),
            {
              title: `Tollgate drift-check: ${report.subject}`,
              status: driftStatus(report),
              generatedAt: report.generated_at
            },
            { name: 'tollgate-drift-check-report' }
          )
        : undefined
    await writeJobSummary(
      driftSummaryMarkdown(report, url === undefined ? {} : { runUrl: url }) +
        (html?.summary ? `\n${html.summary}` : '')
    )
    for (const entry of report.columns) {
      if (entry.status === 'error') {
        core.warning(escapeLog(`${entry.column}: ${entry.message ?? 'not testable'}`), {
          title: 'drift-check: column not tested'
        })
      }
    }

    const failures: string[] = []
    let issueNumber = ''
    if (options.boolean('issue')!) {
      try {
        const outcome = await syncDriftIssue({
          client: createGitHubClient(options.requiredString('token')),
          repository: currentRepository(),
          report,
          label: options.requiredString('label'),
          ...(url === undefined ? {} : { runUrl: url })
        })
        issueNumber = outcome.issueNumber === undefined ? '' : String(outcome.issueNumber)
        if (outcome.action !== 'none') {
          core.info(`Drift issue #${outcome.issueNumber}: ${outcome.action} (${outcome.url ?? ''})`)
        }
      } catch (error) {
        failures.push(`the drift issue could not be updated: ${errorMessage(error)}`)
      }
    }
    core.setOutput('issue-number', issueNumber)

    const eventType = options.string('dispatch-event')
    if (eventType !== undefined && report.drift_detected) {
      try {
        await sendDriftDispatch(
          createGitHubClient(options.requiredString('token')),
          currentRepository(),
          eventType,
          driftDispatchPayload(report, issueNumber === '' ? undefined : Number(issueNumber), url)
        )
        core.info(`Sent repository_dispatch ${escapeLog(eventType)}.`)
      } catch (error) {
        failures.push(`the repository_dispatch event could not be sent: ${errorMessage(error)}`)
      }
    }

    if (invocation.history) {
      try {
        const written = await appendDriftHistory(
          await invocation.store(),
          report,
          driftSeriesName(report.subject),
          workflowRunIdentity()
        )
        core.info(
          `Drift history: ${written.outcome === 'created' ? 'recorded' : 'already recorded'} ${written.key} in ${written.storeSeries} (chart it with spc-check series ${written.series}).`
        )
      } catch (error) {
        failures.push(`the drift history could not be written: ${errorMessage(error)}`)
      }
    }

    // A run that keeps history keeps its lineage event beside it (the store's `lineage` series),
    // where deploy's lineage graph finds drift runs. A store that could not be opened was already
    // reported as a history failure above; the event is then only sent.
    await emitActionLineage(
      'drift-check',
      () => driftCheckRunEvents({ report, cwd: process.cwd() }),
      {
        url: options.string('lineage-url'),
        store: invocation.history ? await invocation.store().catch(() => undefined) : undefined
      }
    )

    core.info(
      escapeLog(
        `drift-check ${report.subject}: ${report.dataset.drifted_columns} of ${report.dataset.tested_columns} tested columns drifted (share ${report.dataset.share}); ${report.schema_changes.length} schema change(s). Report: ${reportPath}`
      )
    )
    if (failures.length > 0) throw new Error(failures.join('; '))
    if (report.drift_detected && options.boolean('fail-on-drift')!) {
      core.setFailed(
        escapeLog(
          `drift-check: drift detected for ${report.subject}${drifted.length > 0 ? ` in ${drifted.slice(0, 5).join(', ')}${drifted.length > 5 ? ', …' : ''}` : ''}${report.schema_changes.length > 0 ? `; ${report.schema_changes.length} schema change(s)` : ''}`
        )
      )
    }
  })
}
