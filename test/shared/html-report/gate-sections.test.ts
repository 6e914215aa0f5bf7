import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { gateReportSections, gateStatus } from '../../../shared/html-report/gate-sections.js'
import type { GateReport } from '../../../shared/report/gate-report.js'
import { makeTempDir, type TempDir } from '../../helpers/temp-dir.js'
import { gateFixtureReport } from './report-fixtures.js'

const count = (text: string, pattern: RegExp): number => (text.match(pattern) ?? []).length
let dir: TempDir
let report: GateReport

beforeAll(async () => {
  dir = makeTempDir('tollgate-html-gate-')
  report = await gateFixtureReport(dir)
}, 120_000)
afterAll(() => dir.remove())

describe('gateReportSections', () => {
  it('shows the verdict and one row per rule with its reason', () => {
    const [verdict] = gateReportSections(report)
    expect(verdict!.status).toEqual(gateStatus(report))
    // f1 ≥ 0.99 cannot hold: the candidate is rejected on that rule alone.
    expect(report.verdict).toBe('reject')
    const rows = verdict!.body.text.split('<tbody>')[1]!.split('<tr').slice(1)
    expect(rows).toHaveLength(report.reasons.length)
    expect(count(verdict!.body.text, /<tr class="row-fail">/g)).toBe(
      report.reasons.filter((reason) => reason.passed === false).length
    )
  })

  it('compares candidate and champion per metric with bootstrap intervals, drawn around zero', () => {
    const [, metrics] = gateReportSections(report)
    const body = metrics!.body.text
    for (const entry of report.evidence.bootstrap) expect(body).toContain(`>${entry.metric}</text>`)
    expect(count(body, /<line class="interval /g)).toBe(report.evidence.bootstrap.length)
    expect(count(body, /<circle class="estimate /g)).toBe(report.evidence.bootstrap.length)
    // log loss fell: an improvement, green like the rest.
    expect(count(body, /<line class="interval tone-center"/g)).toBe(
      report.evidence.bootstrap.length
    )
    expect(body).toContain('McNemar (exact)')
    expect(body).toContain('DeLong (ROC AUC)')
  })

  it('folds per-class metrics into a collapsed section', () => {
    const details = gateReportSections(report)[2]!
    expect(details.collapsed).toBe(true)
    expect(details.body.text).toContain('Per-class precision, recall and F1')
  })
})
