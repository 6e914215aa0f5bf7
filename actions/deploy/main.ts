import * as core from '../../shared/adapters/runner-commands.js'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { actionOptions, runActionStep } from '../../shared/adapters/action-step.js'
import { emitActionLineage } from '../../shared/adapters/action-lineage.js'
import { defaultReportPath, writeJobSummary } from '../../shared/adapters/action-report.js'
import { nowFromEnvironment } from '../../shared/adapters/clock.js'
import { createGitHubClient, currentRepository } from '../../shared/adapters/github-client.js'
import { publishHtmlReport, type HtmlReportUpload } from '../../shared/adapters/html-artifact.js'
import { openStore } from '../../shared/adapters/open-store.js'
import { loadProjectConfig } from '../../shared/adapters/project-config.js'
import { lineageContextFor } from '../../shared/adapters/run-provenance.js'
import { writeJsonFile } from '../../shared/adapters/user-files.js'
import { readWorkflowContext, runUrl } from '../../shared/adapters/workflow-context.js'
import type { ApprovalRequest } from '../../shared/deploy/approval-request.js'
import { environmentDeployConfig } from '../../shared/deploy/deploy-config.js'
import type { DeploymentRecord } from '../../shared/deploy/deployment-record.js'
import { runIdentityOf, runKey } from '../../shared/deploy/run-key.js'
import { UsageError, errorMessage } from '../../shared/errors.js'
import { deployReportSections, deployStatus } from '../../shared/html-report/deploy-sections.js'
import type { LineageGraph } from '../../shared/lineage/lineage-graph.js'
import type { RunEvent } from '../../shared/lineage/openlineage-event.js'
import { IssueApprovalChannel } from '../../shared/operations/deploy-issue-approval.js'
import { configuredStep, githubDeploymentTracker } from '../../shared/operations/deploy-effects.js'
import { readEvidenceReports } from '../../shared/operations/deploy-evidence.js'
import { deployModel } from '../../shared/operations/deploy-model.js'
import { listDeployments } from '../../shared/operations/deploy-record-store.js'
import { applyDeployOverrides, deployOptions } from '../../shared/operations/deploy-options.js'
import { collectLifecycleLineage } from '../../shared/operations/lifecycle-lineage.js'
import { escapeLog } from '../../shared/report/escape.js'
import type { DeployReport } from '../../shared/report/deploy-report.js'
import { deploySummaryMarkdown } from '../../shared/report/deploy-summary.js'
import type { Store } from '../../shared/store/store.js'

/** The inputs this action reads (checked against action.yml by the metadata test). */
export const inputs = deployOptions

interface Target {
  model: string
  version: string
  environment: string
}

/**
 * deploy: promote a registry version to an environment behind the promotion policy and approval,
 * inside a GitHub Deployment; roll back on a failing step. Three triggers:
 * - any event with name/version/environment: deploy (or open an approval request and end);
 * - `issue_comment` on an approval issue: count the votes of that request and act on a decision;
 * - `schedule` without a name: close approval requests whose time ran out.
 */
export async function run(): Promise<void> {
  await runActionStep('deploy', async () => {
    const options = actionOptions(deployOptions)
    const context = readWorkflowContext()
    const now = nowFromEnvironment()
    const pinned = process.env.TOLLGATE_NOW !== undefined && process.env.TOLLGATE_NOW !== ''
    const clock = () => (pinned ? now : Date.now())
    const token = options.requiredString('token')
    const client = createGitHubClient(token)
    const repository = currentRepository()
    const project = loadProjectConfig()
    const store = await openStore({ store: options.string('store'), token, defaultStore: 'github' })
    const url = runUrl(context)
    const run = runIdentityOf(context, now, url)
    const commentId = (context.payload.comment as { id?: number } | undefined)?.id
    const channel = new IssueApprovalChannel(
      client,
      repository,
      store,
      context.eventName === 'issue_comment' ? commentId : undefined
    )

    const deploy = async (target: Target, resume?: ApprovalRequest): Promise<DeployReport> => {
      const config = applyDeployOverrides(
        environmentDeployConfig(project.section('deploy'), target.environment),
        options
      )
      return deployModel({
        ...target,
        store,
        registryConfig: project.registry,
        config,
        initiator: context.actor === '' ? 'github-actions' : context.actor,
        run,
        now: clock,
        approval: channel,
        ...(resume === undefined ? {} : { resume }),
        tracker: githubDeploymentTracker(client, repository, {
          ref: context.sha,
          ...(url === undefined ? {} : { logUrl: url }),
          ...(config.url === undefined ? {} : { environmentUrl: config.url })
        }),
        step: configuredStep(config, process.cwd(), (text) => process.stdout.write(text)),
        workDir: join(process.env.RUNNER_TEMP ?? tmpdir(), 'tollgate', `deploy-${runKey(run)}`),
        lineage: lineageContextFor('deploy', context.sha === '' ? {} : { commit: context.sha }),
        dryRun: options.boolean('dry-run') === true,
        evidenceReports: readEvidenceReports(options.list('evidence'), process.cwd()),
        ...(options.string('reason') === undefined ? {} : { reason: options.string('reason') })
      })
    }
    const reportPath = options.string('report-path') ?? defaultReportPath('deploy', 'report')
    const surface: FinishSurface = {
      html: options.boolean('html-report') === true,
      store,
      lineageUrl: options.string('lineage-url')
    }

    if (context.eventName === 'issue_comment') {
      const issue = context.payload.issue as { number?: number; pull_request?: unknown } | undefined
      const request =
        issue?.number === undefined || issue.pull_request !== undefined
          ? undefined
          : await channel.requestFromIssue(issue.number)
      if (request === undefined) {
        core.info('deploy: this comment is not on a Tollgate approval issue; nothing to do.')
        setOutputs(undefined, '')
        return
      }
      await finish(await deploy(request, request), reportPath, surface)
      return
    }
    if (context.eventName === 'schedule' && !options.has('name')) {
      const expired = await channel.expiredRequests(clock())
      const reports: DeployReport[] = []
      for (const request of expired) reports.push(await deploy(request, request))
      writeJsonFile(reportPath, { expired: reports })
      setOutputs(undefined, reportPath)
      for (const report of reports) await writeJobSummary(deploySummaryMarkdown(report))
      core.info(`deploy: closed ${reports.length} expired approval request(s).`)
      await emitActionLineage('deploy', reports.flatMap(deploymentEvents), {
        url: surface.lineageUrl
      })
      return
    }
    await finish(
      await deploy({
        model: required(options.string('name'), 'name'),
        version: required(options.string('version'), 'version'),
        environment: required(options.string('environment'), 'environment')
      }),
      reportPath,
      surface
    )
  })
}

/** Where a deploy run's results go besides the report file. */
interface FinishSurface {
  /** Publish the HTML report. */
  html: boolean
  store: Store
  /** The `lineage-url` input. */
  lineageUrl: string | undefined
}

async function finish(
  report: DeployReport,
  reportPath: string,
  surface: FinishSurface
): Promise<void> {
  writeJsonFile(reportPath, report)
  setOutputs(report, reportPath)
  const page = surface.html ? await publishDeployHtml(report, surface.store) : undefined
  const lineage = await readLifecycleGraph(surface.store, report.model)
  await writeJobSummary(
    deploySummaryMarkdown(report, lineage === undefined ? {} : { lineage }) +
      (page?.summary ? `\n${page.summary}` : '')
  )
  core.info(escapeLog(`deploy: ${report.status} — ${report.message}`))
  // A failed or rolled-back deployment has its FAIL event: sent before the step is marked failed.
  await emitActionLineage('deploy', deploymentEvents(report), { url: surface.lineageUrl })
  if (!report.passed) core.setFailed(`deploy: ${report.message}`)
}

/** The OpenLineage events of the deployment records a run wrote: the deployment, its rollback. */
function deploymentEvents(report: DeployReport): RunEvent[] {
  return [report.deployment, report.rollback].flatMap((record) =>
    record?.lineage === undefined ? [] : [record.lineage]
  )
}

/**
 * The model's lifecycle graph for the summary, this run's deployment included (its record is
 * stored by now). The summary is the report, not the lineage: a store that cannot be read, or
 * records in it that cannot, are warnings and the summary goes without the graph or those records.
 */
async function readLifecycleGraph(store: Store, model: string): Promise<LineageGraph | undefined> {
  try {
    const collected = await collectLifecycleLineage(store, model)
    if (collected.problems.length > 0) {
      core.warning(
        escapeLog(
          `The lineage graph of ${model} leaves out ${collected.problems.length} record(s) that could not be read: ${collected.problems.slice(0, 3).join('; ')}${collected.problems.length > 3 ? '; …' : ''}`
        ),
        { title: 'deploy: lineage' }
      )
    }
    return collected.graph
  } catch (error) {
    core.warning(
      escapeLog(`The lineage graph of ${model} could not be read: ${errorMessage(error)}`),
      { title: 'deploy: lineage' }
    )
    return undefined
  }
}

/**
 * The HTML report of a deploy run with the model's deployment history read back from the store.
 * A history that cannot be read is a warning and the page is published without it.
 */
async function publishDeployHtml(
  report: DeployReport,
  store: Store
): Promise<HtmlReportUpload & { summary: string }> {
  let history: DeploymentRecord[] | undefined
  try {
    history = await listDeployments(store, report.model)
  } catch (error) {
    core.warning(
      escapeLog(
        `The deployment history of ${report.model} could not be read for the HTML report: ${errorMessage(error)}`
      )
    )
  }
  return publishHtmlReport(
    deployReportSections(report, history === undefined ? {} : { history }),
    {
      title: `Tollgate deploy: ${report.model} to ${report.environment}`,
      status: deployStatus(report),
      generatedAt: report.generated_at
    },
    { name: 'tollgate-deploy-report' }
  )
}

function required(value: string | undefined, name: string): string {
  if (value === undefined || value.trim() === '') {
    throw new UsageError(
      `Missing required input \`${name}\` (only a comment on an approval issue, or a scheduled sweep of expired requests, can leave it out).`
    )
  }
  return value.trim()
}

function setOutputs(report: DeployReport | undefined, reportPath: string): void {
  const main = report?.deployment ?? null
  const issue = report?.approval?.issue ?? null
  core.setOutput('status', report?.status ?? 'skipped')
  core.setOutput('version', report?.version ?? '')
  core.setOutput('previous-version', report?.previous_version ?? '')
  core.setOutput(
    'deployment-id',
    main?.githubDeployment === undefined ? '' : String(main.githubDeployment.id)
  )
  core.setOutput('approval-issue', issue === null ? '' : String(issue.number))
  core.setOutput('report', reportPath)
}
