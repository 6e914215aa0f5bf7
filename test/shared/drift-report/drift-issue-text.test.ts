import { beforeAll, describe, expect, it } from '@jest/globals'
import {
  driftDuplicateComment,
  driftIssueBody,
  driftIssueMarker,
  driftIssueTitle,
  driftResolvedComment,
  driftUpdateComment,
  isDriftIssueOf
} from '../../../shared/drift-report/drift-issue-text.js'
import type { DriftReport } from '../../../shared/drift-report/drift-report.js'
import { smallFixtureReport, withoutDrift } from './drift-report-fixture.js'

const RUN_URL = 'https://github.com/octo-org/models/actions/runs/9876543210'
let report: DriftReport
beforeAll(async () => {
  report = await smallFixtureReport('churn')
})

describe('the issue marker', () => {
  it('is a hidden comment with the percent-encoded subject', () => {
    expect(driftIssueMarker('churn')).toBe('<!-- tollgate:drift-check subject="churn" -->')
    expect(driftIssueMarker('a --> b "c"')).toBe(
      '<!-- tollgate:drift-check subject="a%20--%3E%20b%20%22c%22" -->'
    )
  })

  it('matches exactly one subject: not a prefix, not a suffix', () => {
    const body = `${driftIssueMarker('churn')}\n## Drift detected`
    expect(isDriftIssueOf(body, 'churn')).toBe(true)
    expect(isDriftIssueOf(body, 'chur')).toBe(false)
    expect(isDriftIssueOf(`${driftIssueMarker('churn-2')}\n`, 'churn')).toBe(false)
    expect(isDriftIssueOf(null, 'churn')).toBe(false)
  })
})

describe('issue texts', () => {
  it('the body starts with the marker and lists drifted columns and schema changes, escaped', () => {
    const body = driftIssueBody(report, RUN_URL)
    expect(body.startsWith(`${driftIssueMarker('churn')}\n## Drift detected: churn\n`)).toBe(true)
    expect(body).toContain(
      `Found by Tollgate drift-check in [run 9876543210 (attempt 2)](${RUN_URL}) (2026-11-24T06:00:00.000Z).`
    )
    expect(body).toContain('**Drifted columns**')
    expect(body).toMatch(/\| `segment` \| categorical \| chisquare \| 0 \|/)
    expect(body).not.toMatch(/\| `income` \|/)
    expect(body).toContain('| `zip` | type changed | integer | string |')
    expect(body).toContain('`channel <b>@ops\\|x</b>`')
    const prose = body.replace(/(`+)[\s\S]*?\1/g, '').replace(/<!-- tollgate:[^>]*-->/, '')
    expect(prose).not.toMatch(/<[a-z/!]/i)
    expect(prose).not.toMatch(/@ops|@admin/)
  })

  it('update, reopen and close comments link the run', () => {
    expect(driftUpdateComment(report, RUN_URL, false)).toMatch(
      /^### Drift still detected — \[run 9876543210 \(attempt 2\)\]\(https:\/\/github\.com\/octo-org\/models\/actions\/runs\/9876543210\)\n/
    )
    expect(driftUpdateComment(report, RUN_URL, true)).toMatch(/^### Drift detected again — /)
    expect(driftUpdateComment(report, undefined, false)).toMatch(
      /^### Drift still detected — run 9876543210\n/
    )
    expect(driftResolvedComment(withoutDrift(report), RUN_URL)).toContain(
      '0 of 6 tested columns drifted (share 0, below 0.5) and no schema changes. Closing this issue'
    )
    expect(driftDuplicateComment(7)).toMatch(/^Closing as a duplicate of #7/)
  })

  it('the title names the subject', () => {
    expect(driftIssueTitle('churn')).toBe('Drift detected: churn')
  })
})
