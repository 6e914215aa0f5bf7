import * as core from '../../shared/adapters/runner-commands.js'
import { basename } from 'node:path'
import { actionOptions, runActionStep } from '../../shared/adapters/action-step.js'
import { emitActionLineage } from '../../shared/adapters/action-lineage.js'
import { defaultReportPath, writeJobSummary } from '../../shared/adapters/action-report.js'
import { createCheckRun, type CheckConclusion } from '../../shared/adapters/check-run.js'
import { nowFromEnvironment } from '../../shared/adapters/clock.js'
import type { DataFormat } from '../../shared/adapters/data-files.js'
import { createGitHubClient, currentRepository } from '../../shared/adapters/github-client.js'
import { publishHtmlReport } from '../../shared/adapters/html-artifact.js'
import { openStore } from '../../shared/adapters/open-store.js'
import { upsertPullRequestComment } from '../../shared/adapters/pr-comment.js'
import { loadProjectConfig } from '../../shared/adapters/project-config.js'
import { writeJsonFile } from '../../shared/adapters/user-files.js'
import { readWorkflowContext, runUrl } from '../../shared/adapters/workflow-context.js'
import { lineageContextFor } from '../../shared/adapters/run-provenance.js'
import { runIdentityOf } from '../../shared/deploy/run-key.js'
import { errorMessage } from '../../shared/errors.js'
import { gateReportSections, gateStatus } from '../../shared/html-report/gate-sections.js'
import { evaluateGate, type GateTaskOption } from '../../shared/operations/gate-evaluation.js'
import type { RunEvent } from '../../shared/lineage/openlineage-event.js'
import { gateOptions } from '../../shared/operations/gate-options.js'
import { gateVerdictRecordOf, saveGateVerdict } from '../../shared/operations/gate-record-store.js'
import { splitList } from '../../shared/options/option-table.js'
import { ModelRegistry } from '../../shared/registry/model-registry.js'
import { escapeLog } from '../../shared/report/escape.js'
import { gateHeadline, gateSummaryMarkdown } from '../../shared/report/gate-summary.js'
import type { Store } from '../../shared/store/store.js'

/** The inputs this action reads (checked against action.yml by the metadata test). */
export const inputs = gateOptions

const CONCLUSION = {
  promote: 'success',
  reject: 'failure',
  'no-champion': 'neutral'
} as const satisfies Record<string, CheckConclusion>

/**
 * evaluate-gate: candidate vs thresholds and the champion; the verdict becomes a check run on
 * the head commit, a job summary, a PR comment (updated in place), outputs and a stored record.
 */
export async function run(): Promise<void> {
  await runActionStep('evaluate-gate', async () => {
    const options = actionOptions(gateOptions)
    const context = readWorkflowContext()
    const now = nowFromEnvironment()
    const token = options.string('token')
    const project = loadProjectConfig()
    let store: Store | undefined
    const openRegistry = async () => {
      store ??= await openStore({ store: options.string('store'), token, defaultStore: 'github' })
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
    const reportPath = options.string('report-path') ?? defaultReportPath('evaluate-gate', 'report')
    writeJsonFile(reportPath, report)
    const markdown = gateSummaryMarkdown(report)
    const url = runUrl(context)

    let checkRun: { id: number; url: string } | undefined
    const client = token === undefined ? undefined : createGitHubClient(token)
    if (client !== undefined) {
      const pullRequest = context.payload.pull_request as { head?: { sha?: string } } | undefined
      const headSha = pullRequest?.head?.sha ?? context.sha
      const name =
        options.string('check-name') ??
        `Tollgate gate: ${report.candidate.model ?? basename(report.candidate.reference)}`
      try {
        checkRun = await createCheckRun(client, currentRepository(), {
          name,
          headSha,
          conclusion: CONCLUSION[report.verdict],
          title: `${report.verdict}: ${gateHeadline(report)}`,
          summary: markdown,
          text: report.reasons
            .map((reason) => `- ${reason.metric} ${reason.rule}: ${reason.sentence}`)
            .join('\n'),
          completedAt: report.generated_at,
          ...(url === undefined ? {} : { detailsUrl: url }),
          ...(report.candidate.version === null ? {} : { externalId: report.candidate.reference })
        })
        core.info(`Check run: ${checkRun.url}`)
      } catch (error) {
        core.warning(
          `Could not create the check run (${escapeLog(errorMessage(error))}); the token needs checks: write. The verdict is in the outputs and the job summary.`
        )
      }
    }

    // The verdict record's OpenLineage event, sent to the lineage backend at the end.
    let verdictEvent: RunEvent | undefined
    if (
      options.boolean('record') === true &&
      outcome.candidate.kind === 'registry' &&
      store !== undefined
    ) {
      const lineage = lineageContextFor(
        'evaluate-gate',
        context.sha === '' ? {} : { commit: context.sha }
      )
      const record = gateVerdictRecordOf(
        report,
        runIdentityOf(context, now, url),
        checkRun,
        lineage
      )
      if (record !== undefined) {
        verdictEvent = record.lineage
        try {
          const saved = await saveGateVerdict(store, record)
          core.info(
            `Gate verdict ${saved === 'created' ? 'recorded' : 'already recorded'} for ${record.model} ${record.version} in ${store.location}.`
          )
        } catch (error) {
          // A fork's read-only token cannot write the store; the verdict still stands as a check.
          core.warning(
            `Could not record the verdict in ${store.location} (${escapeLog(errorMessage(error))}); deploy's requires.gate will not see it.`
          )
        }
      }
    }

    core.setOutput('passed', String(report.passed))
    core.setOutput('decision', report.verdict)
    core.setOutput('report', reportPath)
    core.setOutput('check-run-id', checkRun === undefined ? '' : String(checkRun.id))
    const html =
      options.boolean('html-report') === true
        ? await publishHtmlReport(
            gateReportSections(report),
            {
              title: `Tollgate evaluate-gate: ${report.candidate.reference}`,
              status: gateStatus(report),
              generatedAt: report.generated_at
            },
            { name: 'tollgate-evaluate-gate-report' }
          )
        : undefined
    await writeJobSummary(markdown + (html?.summary ? `\n${html.summary}` : ''))

    const comment = options.choice<'auto' | 'true' | 'false'>('comment')!
    const wantComment =
      comment === 'true' || (comment === 'auto' && context.pullRequestNumber !== undefined)
    if (wantComment) {
      if (context.pullRequestNumber === undefined || client === undefined) {
        core.warning(
          'comment is true but this run is not for a pull request; no comment was written.'
        )
      } else {
        const key = `evaluate-gate${report.candidate.model === null ? '' : `:${report.candidate.model}`}`
        const link = await upsertPullRequestComment(
          client,
          currentRepository(),
          context.pullRequestNumber,
          key,
          markdown
        )
        if (link !== undefined) core.info(`Pull-request comment: ${link}`)
      }
    }
    core.info(
      escapeLog(`evaluate-gate: ${report.verdict} — ${report.summary} Report: ${reportPath}`)
    )
    // Sent even when the store refused the record (a fork's read-only token): the verdict was
    // reached all the same, and a rejection is an outcome of the run, not a failure to report.
    await emitActionLineage('evaluate-gate', verdictEvent === undefined ? [] : [verdictEvent], {
      url: options.string('lineage-url')
    })
    if (!report.passed && options.boolean('fail-on-reject') === true) {
      core.setFailed(
        `evaluate-gate: the gate rejected ${report.candidate.reference}. ${report.summary}`
      )
    }
  })
}
