import type { DeploymentRecord } from '../deploy/deployment-record.js'
import type { DeployReport, DeployStatus } from '../report/deploy-report.js'
import { displayNumber } from './display-number.js'
import { codeText, htmlTable } from './html-table.js'
import { keyValueCard, type KeyValueEntry } from './key-value-card.js'
import { safeHtml, type Markup } from './markup.js'
import type { ReportSection } from './report-section.js'
import { statusBadge, type BadgeTone } from './status-badge.js'

/**
 * The deploy part of an HTML report: what a deploy run did (status, versions, approval,
 * promotion checks, the deployment and rollback records, the evidence it weighed), and the
 * deployment history of a model as a table, newest first, from the stored deployment records.
 */

const STATUS_BADGES: Readonly<Record<DeployStatus, { tone: BadgeTone; text: string }>> = {
  success: { tone: 'pass', text: 'deployed' },
  failure: { tone: 'fail', text: 'failed' },
  'rolled-back': { tone: 'fail', text: 'failed, rolled back' },
  'awaiting-approval': { tone: 'info', text: 'awaiting approval' },
  denied: { tone: 'fail', text: 'denied' },
  expired: { tone: 'warn', text: 'approval expired' },
  blocked: { tone: 'fail', text: 'blocked by policy' },
  planned: { tone: 'info', text: 'planned (dry run)' },
  skipped: { tone: 'neutral', text: 'skipped' }
}

const OUTCOME_BADGES: Readonly<
  Record<DeploymentRecord['status'], { tone: BadgeTone; text: string }>
> = {
  success: { tone: 'pass', text: 'success' },
  failure: { tone: 'fail', text: 'failure' },
  'rolled-back': { tone: 'warn', text: 'rolled back' },
  denied: { tone: 'fail', text: 'denied' },
  expired: { tone: 'warn', text: 'expired' }
}

/** The outcome of a deploy report as a badge. */
export function deployStatus(report: DeployReport): { tone: BadgeTone; text: string } {
  return STATUS_BADGES[report.status]
}

/** Sections for one deploy run (plus the history when the caller has the records). */
export function deployReportSections(
  report: DeployReport,
  options: { idPrefix?: string; history?: readonly DeploymentRecord[] } = {}
): ReportSection[] {
  const prefix = options.idPrefix ?? 'deploy'
  const sections = [runSection(report, `${prefix}-run`)]
  if (options.history !== undefined) {
    sections.push(
      deploymentHistorySection(options.history, { id: `${prefix}-history`, model: report.model })
    )
  }
  return sections
}

function runSection(report: DeployReport, id: string): ReportSection {
  const facts: KeyValueEntry[] = [
    { key: 'Model', value: codeText(report.model) },
    { key: 'Version', value: report.version === null ? '—' : codeText(report.version) },
    { key: 'Environment', value: codeText(report.environment) },
    {
      key: 'Previous version',
      value: report.previous_version === null ? 'none' : codeText(report.previous_version)
    },
    { key: 'Generated', value: report.generated_at }
  ]
  const approval = report.approval
  if (approval !== null) {
    facts.push(
      {
        key: 'Approval',
        value: `${approval.state} via ${approval.via} (${approval.approvals.length} of ${approval.required} approval(s))`
      },
      ...(approval.issue === null
        ? []
        : [{ key: 'Approval issue', value: `#${approval.issue.number}` }]),
      ...(approval.expires_at === null
        ? []
        : [{ key: 'Approval expires', value: approval.expires_at }])
    )
  }
  const parts: (Markup | string)[] = [keyValueCard(facts)]
  if (report.promotion !== null && report.promotion.checks.length > 0) {
    parts.push(
      htmlTable({
        caption: `Promotion policy: ${report.promotion.allowed ? 'allowed' : 'refused'}`,
        columns: [{ header: 'Outcome' }, { header: 'Requirement' }, { header: 'Detail' }],
        rows: report.promotion.checks.map((check) => [
          check.passed ? statusBadge('pass', 'met') : statusBadge('fail', 'not met'),
          check.requirement,
          check.detail
        ]),
        rowClasses: report.promotion.checks.map((check) => (check.passed ? '' : 'row-fail'))
      })
    )
  }
  if (
    approval !== null &&
    approval.approvals.length + approval.denials.length + approval.ignored.length > 0
  ) {
    parts.push(
      htmlTable({
        caption: 'Approval votes',
        columns: [{ header: 'Who' }, { header: 'Vote' }, { header: 'When' }, { header: 'Note' }],
        rows: [
          ...approval.approvals.map((vote) => [
            codeText(vote.login),
            statusBadge('pass', 'approve'),
            vote.at,
            vote.reason ?? ''
          ]),
          ...approval.denials.map((vote) => [
            codeText(vote.login),
            statusBadge('fail', 'deny'),
            vote.at,
            vote.reason ?? ''
          ]),
          ...approval.ignored.map((vote) => [
            codeText(vote.login),
            statusBadge('neutral', `${vote.kind} (ignored)`),
            vote.at,
            vote.reason
          ])
        ]
      })
    )
  }
  const records = [report.deployment, report.rollback].filter(
    (record): record is DeploymentRecord => record !== null
  )
  if (records.length > 0) parts.push(historyTable(records, 'Records written by this run'))
  const evidence = report.evidence
  if (evidence !== null) {
    if (evidence.gate_verdicts.length > 0) {
      parts.push(
        htmlTable({
          caption: 'Gate verdicts of this version',
          columns: [
            { header: 'Verdict' },
            { header: 'Champion' },
            { header: 'Summary' },
            { header: 'Recorded' }
          ],
          rows: evidence.gate_verdicts.map((verdict) => [
            verdict.passed
              ? statusBadge('pass', verdict.verdict)
              : statusBadge('fail', verdict.verdict),
            verdict.champion === null ? 'none' : codeText(verdict.champion.reference),
            verdict.summary,
            verdict.recordedAt
          ])
        })
      )
    }
    if (evidence.reports.length > 0) {
      parts.push(
        htmlTable({
          caption: 'Evidence reports',
          columns: [
            { header: 'Report' },
            { header: 'Action' },
            { header: 'Status' },
            { header: 'Summary' }
          ],
          rows: evidence.reports.map((entry) => [
            codeText(entry.path),
            entry.action ?? '—',
            entry.status,
            entry.summary ?? ''
          ])
        })
      )
    }
    if (evidence.stage_history.length > 0) {
      parts.push(
        htmlTable({
          caption: 'Stage history of the model (oldest first)',
          columns: [
            { header: 'When' },
            { header: 'Stage' },
            { header: 'Action' },
            { header: 'Version' },
            { header: 'By' }
          ],
          rows: evidence.stage_history.map((event) => [
            event.at,
            codeText(event.stage),
            event.action,
            event.version === null ? '—' : codeText(event.version),
            event.actor ?? '—'
          ])
        })
      )
    }
  }
  return {
    id,
    title: `Deployment to ${report.environment}`,
    source: 'deploy',
    status: deployStatus(report),
    lead: report.message,
    body: safeHtml`${parts}`
  }
}

/**
 * The deployment history of a model: every stored deployment and rollback record, newest first
 * (what `tollgate deployments` lists), with who approved it and how the step ended.
 */
export function deploymentHistorySection(
  records: readonly DeploymentRecord[],
  options: { id?: string; model?: string; title?: string } = {}
): ReportSection {
  const newestFirst = [...records].sort((a, b) =>
    a.finishedAt < b.finishedAt ? 1 : a.finishedAt > b.finishedAt ? -1 : 0
  )
  const environments = [...new Set(records.map((record) => record.environment))]
  return {
    id: options.id ?? 'deployments',
    title:
      options.title ??
      (options.model === undefined
        ? 'Deployment history'
        : `Deployment history of ${options.model}`),
    source: 'deploy',
    lead: `${records.length} record(s) over ${environments.length} environment(s), newest first.`,
    body: historyTable(newestFirst, undefined)
  }
}

function historyTable(records: readonly DeploymentRecord[], caption: string | undefined): Markup {
  return htmlTable({
    ...(caption === undefined ? {} : { caption }),
    columns: [
      { header: 'Finished' },
      { header: 'Environment' },
      { header: 'Kind' },
      { header: 'Version' },
      { header: 'Previous' },
      { header: 'Outcome' },
      { header: 'Approved by' },
      { header: 'Started by' },
      { header: 'Run' },
      { header: 'Step' }
    ],
    rows: records.map((record) => [
      record.finishedAt,
      codeText(record.environment),
      record.kind,
      codeText(record.version),
      record.previousVersion === null ? '—' : codeText(record.previousVersion),
      safeHtml`${statusBadge(OUTCOME_BADGES[record.status].tone, OUTCOME_BADGES[record.status].text)}${
        record.rollback === undefined
          ? ''
          : safeHtml` <span class="note">rollback to ${record.rollback.version}: ${record.rollback.status}</span>`
      }`,
      record.approval.approvers.length === 0
        ? `${record.approval.via}${record.approval.required === 0 ? ' (none needed)' : ''}`
        : record.approval.approvers.map((approver) => approver.login).join(', '),
      record.initiator,
      `${record.run.id} #${displayNumber(record.run.attempt)}`,
      record.step.detail
    ]),
    rowClasses: records.map((record) =>
      record.status === 'success'
        ? ''
        : record.status === 'failure' || record.status === 'denied'
          ? 'row-fail'
          : 'row-warn'
    ),
    emptyText: 'No deployments recorded yet.'
  })
}
