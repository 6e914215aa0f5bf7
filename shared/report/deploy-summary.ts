import { describeApprovers, type ApprovalPolicy } from '../deploy/approval-policy.js'
import type { DeploymentRecord } from '../deploy/deployment-record.js'
import type { PromotionAssessment } from '../deploy/promotion-policy.js'
import { lineageAround, modelVersionNodeId, type LineageGraph } from '../lineage/lineage-graph.js'
import { fitsMermaidLimits, renderLineageMermaidBlock } from '../lineage/mermaid-lineage.js'
import { codeSpan, escapeMarkdown } from './escape.js'
import type { DeployEvidence, DeployReport, DeployStatus } from './deploy-report.js'

const STATUS_TEXT: Record<DeployStatus, string> = {
  success: '✅ deployed',
  failure: '❌ failed',
  'rolled-back': '↩️ failed and rolled back',
  'awaiting-approval': '⏳ awaiting approval',
  denied: '🚫 denied',
  expired: '⌛ approval expired',
  blocked: '⛔ blocked by the promotion policy',
  planned: '📝 planned (dry run)',
  skipped: '⚪ nothing to do'
}

/**
 * Markdown of a deploy run for the job summary. `lineage` is the model's lifecycle graph read
 * from the store (collectLifecycleLineage); without it there is no Lineage section (e.g. when it
 * could not be read).
 */
export function deploySummaryMarkdown(
  report: DeployReport,
  options: { lineage?: LineageGraph } = {}
): string {
  const version = report.version === null ? '' : ` ${report.version}`
  const lines = [
    `### Tollgate deploy: ${STATUS_TEXT[report.status]} — ${codeSpan(report.model)}${version} to ${codeSpan(report.environment)}`,
    '',
    escapeMarkdown(report.message, 1000),
    ''
  ]
  if (report.previous_version !== null)
    lines.push(
      `Previous version in ${codeSpan(report.environment)}: ${report.previous_version}.`,
      ''
    )
  const approval = report.approval
  if (approval !== null && approval.state !== 'not-required') {
    if (approval.state === 'via-environment') {
      lines.push('Approval: required reviewers of the GitHub environment approved this job.', '')
    } else {
      const who = approval.approvals.map((vote) => codeSpan(vote.login)).join(', ')
      lines.push(
        `Approval (${approval.via}): ${approval.state}, ${approval.approvals.length} of ${approval.required} approvals` +
          (who === '' ? '' : ` (${who})`) +
          (approval.issue === null
            ? ''
            : ` in [issue #${approval.issue.number}](${approval.issue.url})`) +
          (approval.expires_at === null ? '' : `; the request expires ${approval.expires_at}`) +
          '.',
        ''
      )
      for (const denial of approval.denials) {
        lines.push(
          `- ${codeSpan(denial.login)} denied${denial.reason === undefined ? '' : `: ${escapeMarkdown(denial.reason, 300)}`}`
        )
      }
      for (const ignored of approval.ignored) {
        lines.push(
          `- ignored ${codeSpan(`/${ignored.kind}`)} from ${codeSpan(ignored.login)}: ${escapeMarkdown(ignored.reason, 200)}`
        )
      }
      if (approval.denials.length + approval.ignored.length > 0) lines.push('')
    }
  }
  for (const record of [report.deployment, report.rollback]) {
    if (record !== null) lines.push(deploymentLine(record))
  }
  if (report.deployment !== null || report.rollback !== null) lines.push('')
  if (report.promotion !== null || report.evidence !== null) {
    lines.push(deployEvidenceMarkdown(report.promotion, report.evidence))
  }
  if (options.lineage !== undefined) lines.push(...lineageLines(report, options.lineage))
  return lines.join('\n')
}

/**
 * The model's lifecycle as a Mermaid graph: data → validation and SPC runs → training → versions
 * → gate verdicts → deployments → drift runs. When the whole lifecycle is past what Mermaid draws,
 * the part linked to the deployed version (its data, training, verdicts and deployments); when
 * even that is too large, or nothing was recorded, a sentence instead of a chart.
 */
function lineageLines(report: DeployReport, graph: LineageGraph): string[] {
  const model = codeSpan(report.model)
  const heading = ['#### Lineage', '']
  if (graph.nodes.length === 0) {
    return [
      ...heading,
      `No lineage of ${model} is recorded in the store yet: train, register-model, evaluate-gate and deploy record it, and validate-data, spc-check and drift-check link to it by data digest.`,
      ''
    ]
  }
  if (fitsMermaidLimits(graph)) {
    return [...heading, renderLineageMermaidBlock(graph).trimEnd(), '']
  }
  const size = `${graph.nodes.length} nodes, ${graph.edges.length} links`
  const version = report.version
  const around =
    version === null ? undefined : lineageAround(graph, modelVersionNodeId(report.model, version))
  if (
    version === null ||
    around === undefined ||
    around.nodes.length === 0 ||
    !fitsMermaidLimits(around)
  ) {
    return [
      ...heading,
      `The lineage of ${model} (${size}) is too large for a Mermaid chart in a job summary.`,
      ''
    ]
  }
  return [
    ...heading,
    `The whole lifecycle of ${model} (${size}) is too large for a Mermaid chart; this is the part linked to ${codeSpan(version)}.`,
    '',
    renderLineageMermaidBlock(around).trimEnd(),
    ''
  ]
}

function deploymentLine(record: DeploymentRecord): string {
  const github =
    record.githubDeployment === undefined
      ? ''
      : ` (GitHub deployment ${record.githubDeployment.id})`
  return `- ${record.kind} ${record.version} → ${record.environment}: **${record.status}**${github}; ${escapeMarkdown(record.step.detail, 400)}`
}

/**
 * The evidence a reviewer needs before approving: the promotion checks, the version's gate
 * verdicts, the model's recent stage history, and the status of other reports (drift, SPC).
 */
export function deployEvidenceMarkdown(
  promotion: PromotionAssessment | null,
  evidence: DeployEvidence | null
): string {
  const lines: string[] = []
  if (promotion !== null && promotion.checks.length > 0) {
    lines.push('#### Promotion policy', '', '| | Requirement | Detail |', '| --- | --- | --- |')
    for (const check of promotion.checks) {
      lines.push(
        `| ${check.passed ? '✅' : '❌'} | ${escapeMarkdown(check.requirement, 100)} | ${escapeMarkdown(check.detail, 400)} |`
      )
    }
    lines.push('')
  }
  if (evidence !== null) {
    lines.push('#### Gate verdicts of this version', '')
    if (evidence.gate_verdicts.length === 0) {
      lines.push('No gate verdict is recorded for this version.', '')
    } else {
      lines.push('| | When | Verdict | Champion | Summary |', '| --- | --- | --- | --- | --- |')
      for (const verdict of evidence.gate_verdicts.slice(-5)) {
        const champion =
          verdict.champion === null
            ? '—'
            : `${verdict.champion.version} (${codeSpan(verdict.champion.reference, 60)})`
        const when =
          verdict.run.url === undefined
            ? verdict.recordedAt
            : `[${verdict.recordedAt}](${verdict.run.url})`
        lines.push(
          `| ${verdict.passed ? '✅' : '❌'} | ${when} | ${verdict.verdict} | ${champion} | ${escapeMarkdown(verdict.summary, 300)} |`
        )
      }
      lines.push('')
    }
    if (evidence.reports.length > 0) {
      lines.push(
        '#### Other checks',
        '',
        '| Report | Action | Status | Summary |',
        '| --- | --- | --- | --- |'
      )
      for (const report of evidence.reports) {
        lines.push(
          `| ${codeSpan(report.path)} | ${report.action === null ? '—' : escapeMarkdown(report.action, 40)} | ${escapeMarkdown(report.status, 40)} | ${report.summary === null ? '' : escapeMarkdown(report.summary, 300)} |`
        )
      }
      lines.push('')
    }
    if (evidence.stage_history.length > 0) {
      lines.push(
        '<details><summary>Stage history</summary>',
        '',
        '| When | Stage | Event | Version | By |',
        '| --- | --- | --- | --- | --- |'
      )
      for (const event of evidence.stage_history.slice(-10)) {
        lines.push(
          `| ${event.at} | ${codeSpan(event.stage)} | ${event.action} | ${event.version ?? '—'} | ${event.actor === null ? '—' : codeSpan(event.actor)} |`
        )
      }
      lines.push('', '</details>', '')
    }
  }
  return lines.join('\n')
}

/** How to vote, for the approval issue and the CLI. */
export function approvalInstructions(
  policy: Pick<ApprovalPolicy, 'required' | 'allowInitiator' | 'users' | 'teams'>
): string {
  const who = describeApprovers({ ...policy, via: 'issue', expiresAfterMs: 0 })
  return (
    `${policy.required} distinct approval${policy.required === 1 ? '' : 's'} needed from ${who}` +
    (policy.allowInitiator ? '.' : '; the requester’s own approval does not count.')
  )
}
