import { describe, expect, it } from '@jest/globals'
import {
  deployReportSections,
  deploymentHistorySection,
  deployStatus
} from '../../../shared/html-report/deploy-sections.js'
import { deployFixtureReport, deploymentHistory } from './report-fixtures.js'

describe('deploy sections', () => {
  it('shows what the run did: versions, policy, votes and its record', () => {
    const report = deployFixtureReport()
    const [run] = deployReportSections(report)
    expect(deployStatus(report)).toEqual({ tone: 'pass', text: 'deployed' })
    expect(run).toMatchObject({ title: 'Deployment to production', lead: report.message })
    const body = run!.body.text
    expect(body).toContain('Promotion policy: allowed')
    expect(body).toContain('approve (ignored)')
    expect(body).toContain('not an approver &quot;&gt;&lt;img src=x onerror=alert(2)&gt;')
    expect(body).toContain('Records written by this run')
  })

  it('lists the history newest first, marking failures and rollbacks', () => {
    const section = deploymentHistorySection(deploymentHistory(), { model: 'churn' })
    expect(section.title).toBe('Deployment history of churn')
    const rows = section.body.text.split('<tbody>')[1]!.split('<tr').slice(1)
    expect(rows.map((row) => /<td>([^<]+)<\/td>/.exec(row)![1])).toEqual([
      '2026-03-01T12:03:00Z',
      '2026-03-01T11:04:00Z',
      '2026-03-01T11:03:00Z',
      '2026-03-01T10:03:00Z'
    ])
    expect(rows[2]).toContain('class="row-warn"')
    expect(rows[2]).toContain('rollback to v0.0.1: success')
    expect(section.body.text).toContain('exit code 1 (&lt;script&gt;alert(1)&lt;/script&gt;)')
    expect(deploymentHistorySection([]).body.text).toContain('No deployments recorded yet.')
  })
})
