import { beforeAll, describe, expect, it } from '@jest/globals'
import type { DriftReport } from '../../../shared/drift-report/drift-report.js'
import { driftReportSections, driftStatus } from '../../../shared/html-report/drift-sections.js'
import { smallFixtureReport, withoutDrift } from '../drift-report/drift-report-fixture.js'

const count = (text: string, pattern: RegExp): number => (text.match(pattern) ?? []).length
let report: DriftReport

beforeAll(async () => {
  report = await smallFixtureReport()
})

describe('driftReportSections', () => {
  it('gives the verdict, the schema changes and a row per column, drifted first', () => {
    const [summary, columns] = driftReportSections(report)
    expect(summary!.status).toEqual(driftStatus(report))
    expect(summary!.body.text).toContain('Schema changes')
    const rows = columns!.body.text.split('<tbody>')[1]!.split('<tr').slice(1)
    expect(rows).toHaveLength(report.columns.length)
    const drifted = report.columns.filter(
      (entry) => entry.status === 'tested' && entry.drifted
    ).length
    expect(rows.slice(0, drifted).every((row) => row.includes('drifted'))).toBe(true)
    expect(columns!.body.text).not.toMatch(/<b>|<script/)
  })

  it('overlays reference and current for the most drifted columns, one bar per bin and side', () => {
    const distributions = driftReportSections(report)[2]!
    const figures = distributions.body.text.split('<figure class="chart">').slice(1)
    const first = report.columns.find((entry) =>
      figures[0]!.includes(`<figcaption>${entry.column} — `)
    )!
    const histogram = first.test!.histogram!
    const bins =
      histogram.type === 'intervals'
        ? histogram.edges.length - 1
        : histogram.labels.length + (histogram.other === undefined ? 0 : 1)
    expect(count(figures[0]!, /<rect class="bar series-0 tone-reference"/g)).toBe(bins)
    expect(count(figures[0]!, /<rect class="bar series-1 tone-current"/g)).toBe(bins)
    expect(first.drifted).toBe(true)
  })

  it('still draws the closest calls when nothing drifted', () => {
    const calm = withoutDrift(report)
    expect(driftStatus(calm)).toEqual({ tone: 'pass', text: 'no drift' })
    const distributions = driftReportSections(calm).find(
      (section) => section.id === 'drift-distributions'
    )!
    expect(distributions.lead).toMatch(/^No column drifted/)
  })
})
