import * as core from '../../shared/adapters/runner-commands.js'
import { actionOptions, runActionStep } from '../../shared/adapters/action-step.js'
import { emitActionLineage } from '../../shared/adapters/action-lineage.js'
import { validateDataRunEvents } from '../../shared/adapters/data-run-lineage.js'
import { defaultReportPath, writeJobSummary } from '../../shared/adapters/action-report.js'
import { readWorkflowContext } from '../../shared/adapters/workflow-context.js'
import { validateDataOptions } from '../../shared/operations/validate-options.js'
import { validateData, type FailOn } from '../../shared/operations/validate-data.js'
import { writeJsonFile } from '../../shared/adapters/user-files.js'
import type { DataFormat } from '../../shared/adapters/data-files.js'
import { escapeLog } from '../../shared/report/escape.js'
import { validateSummaryMarkdown } from '../../shared/report/validate-summary.js'
import { nowFromEnvironment } from '../../shared/adapters/clock.js'
import { parseShardSpec } from '../../shared/shard/shard-spec.js'
import { publishHtmlReport } from '../../shared/adapters/html-artifact.js'
import {
  validateReportSections,
  validateStatus
} from '../../shared/html-report/validate-sections.js'

/** The inputs this action reads (checked against action.yml by the metadata test). */
export const inputs = validateDataOptions

/** validate-data: data tests + profile in one pass; summary, annotations, PR comment, outputs. */
export async function run(): Promise<void> {
  await runActionStep('validate-data', async () => {
    const options = actionOptions(validateDataOptions)
    // Matrix sharding: a shard job writes a partial; the merge job reports as one run would. The
    // artifact client is loaded only in these modes (it would slow every other start).
    const shard = options.string('shard')
    if (shard !== undefined) {
      const { runShardStep } = await import('../../shared/adapters/shard-action.js')
      return runShardStep(options, parseShardSpec(shard, 'input `shard`'))
    }
    const failOn = options.choice<FailOn>('fail-on')!
    const checksPath = options.requiredString('checks')
    const outcome =
      options.boolean('merge') === true
        ? await (
            await import('../../shared/adapters/shard-action.js')
          ).mergeUploadedPartials(options)
        : await validateData({
            data: options.list('data'),
            checksPath,
            format: options.choice<DataFormat | 'auto'>('format')!,
            delimiter: options.string('delimiter'),
            failOn,
            threads: options.integer('threads') ?? 0,
            now: nowFromEnvironment()
          })
    const { report, profile } = outcome
    const reportPath = options.string('report-path') ?? defaultReportPath('validate-data', 'report')
    const profilePath =
      options.string('profile-path') ?? defaultReportPath('validate-data', 'profile')
    writeJsonFile(reportPath, report)
    writeJsonFile(profilePath, profile)

    for (const result of report.results) {
      if (result.status === 'pass') continue
      const annotate = result.status === 'fail' ? core.error : core.warning
      annotate(escapeLog(`${result.id}: ${result.message}`), {
        title: `validate-data: ${result.check}${result.column === null ? '' : ` on ${result.column}`}`,
        file: result.location.file,
        startLine: result.location.line,
        startColumn: result.location.column
      })
    }
    core.setOutput('passed', String(report.passed))
    core.setOutput('failed-checks', String(report.summary.failed))
    core.setOutput('warnings', String(report.summary.warnings))
    core.setOutput('rows', String(report.data.rows))
    core.setOutput('report', reportPath)
    core.setOutput('profile', profilePath)

    const html =
      options.boolean('html-report') === true
        ? await publishHtmlReport(
            validateReportSections(report, profile),
            {
              title: 'Tollgate validate-data',
              status: validateStatus(report),
              generatedAt: report.generated_at
            },
            { name: 'tollgate-validate-data-report' }
          )
        : undefined
    await writeJobSummary(
      validateSummaryMarkdown(report, profile) + (html?.summary ? `\n${html.summary}` : '')
    )
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
        // Octokit is loaded only when there is a comment to write (start-up cost otherwise).
        const { createGitHubClient, currentRepository } =
          await import('../../shared/adapters/github-client.js')
        const { upsertPullRequestComment } = await import('../../shared/adapters/pr-comment.js')
        const client = createGitHubClient(options.requiredString('token'))
        const body = validateSummaryMarkdown(report, profile, { compact: false })
        const url = await upsertPullRequestComment(
          client,
          currentRepository(),
          context.pullRequestNumber,
          'validate-data',
          body
        )
        if (url !== undefined) core.info(`Pull-request comment: ${url}`)
      }
    }
    core.info(
      `validate-data: ${report.summary.passed} passed, ${report.summary.failed} failed, ${report.summary.warnings} warnings on ${report.data.rows} rows. Report: ${reportPath}`
    )
    // No store here: the event goes to the lineage backend only. Failed checks are in its
    // assertions, so it is sent before the step is marked failed.
    await emitActionLineage(
      'validate-data',
      () => validateDataRunEvents({ report, profile, reportPath, profilePath }),
      { url: options.string('lineage-url') }
    )
    if (!report.passed) {
      const failing = report.results.filter(
        (result) => result.status === 'fail' || (failOn === 'warn' && result.status === 'warn')
      )
      core.setFailed(
        `validate-data: ${failing.length} check(s) failed: ${failing
          .slice(0, 5)
          .map((result) => result.id)
          .join(', ')}${failing.length > 5 ? ', …' : ''}`
      )
    }
  })
}
