import { describe, expect, it } from '@jest/globals'
import { spcReportSections, spcStatus } from '../../../shared/html-report/spc-sections.js'
import { spcFixtureReport } from './report-fixtures.js'

const count = (text: string, pattern: RegExp): number => (text.match(pattern) ?? []).length

describe('spcReportSections', () => {
  const report = spcFixtureReport()
  const [summary, charts] = spcReportSections(report)

  it('summarises every chart, out-of-control ones first', () => {
    expect(summary).toMatchObject({
      title: 'Statistical process control',
      status: spcStatus(report)
    })
    expect(spcStatus(report)).toEqual({ tone: 'fail', text: 'out of control' })
    const rows = summary!.body.text.split('<tbody>')[1]!.split('<tr>').slice(1)
    expect(rows).toHaveLength(report.charts.length)
    expect(rows[0]).toContain('out of control')
    expect(rows.at(-1)).toContain('collecting baseline')
  })

  it('draws a control chart per panel with every violating point highlighted', () => {
    const articles = charts!.body.text.split('<article class="control-chart">').slice(1)
    // The collecting chart has no result and no figure.
    expect(articles).toHaveLength(3)
    const imr = report.charts.find((chart) => chart.chart === 'imr')!
    const imrArticle = articles.find((article) => article.includes('I-MR chart'))!
    expect(count(imrArticle, /<figure class="chart">/g)).toBe(2)
    const violating = imr.result!.panels.reduce(
      (sum, panel) =>
        sum +
        panel.points.filter((point) => point.violations.length > 0 && point.value !== null).length,
      0
    )
    expect(count(imrArticle, /<circle class="highlight-point/g)).toBe(violating)
    const plotted = imr.result!.panels.reduce(
      (sum, panel) => sum + panel.points.filter((point) => point.value !== null).length,
      0
    )
    expect(count(imrArticle, /<circle class="point tone-value"/g)).toBe(plotted)
    expect(imrArticle).toContain('>phase II →</text>')
    expect(imrArticle).toContain('nelson-1')
  })

  it('draws varying p-chart limits as step lines and CUSUM against ±h', () => {
    const articles = charts!.body.text.split('<article class="control-chart">').slice(1)
    const p = articles.find((article) => article.includes('p chart'))!
    expect(count(p, /<path class="line tone-limit dashed"/g)).toBe(1)
    expect(count(p, /<line class="reference tone-limit dashed"/g)).toBe(1)
    const cusum = articles.find((article) => article.includes('CUSUM chart'))!
    expect(count(cusum, /<figure class="chart">/g)).toBe(1)
    expect(cusum).toContain('>−C−</text>')
    expect(count(cusum, /<line class="reference tone-limit dashed"/g)).toBe(2)
  })

  it('escapes metric names', () => {
    expect(summary!.body.text + charts!.body.text).not.toMatch(/<script|<\/svg><script/)
  })
})
