import { describe, expect, it } from '@jest/globals'
import { trainReportSections } from '../../../shared/html-report/train-sections.js'
import { trainFixtureReport } from './report-fixtures.js'

const count = (text: string, pattern: RegExp): number => (text.match(pattern) ?? []).length

const report = trainFixtureReport()

describe('trainReportSections', () => {
  const [run, inputs] = trainReportSections(report)

  it('puts validation metrics next to training metrics', () => {
    const rows = run!.body.text.split('<tbody>')[1]!.split('</tbody>')[0]!.split('<tr>').slice(1)
    expect(rows).toHaveLength(2)
    expect(rows[0]).toContain('<td class="num">0.81</td><td class="num">0.93</td>')
    expect(run!.body.text).toContain('(uncommitted changes)')
    expect(run!.body.text).toContain('3 without a target')
  })

  it('draws the most important features, escaped', () => {
    expect(count(run!.body.text, /<rect class="bar series-0/g)).toBe(20)
    expect(run!.body.text).toContain('5 more feature(s) in the JSON report.')
    expect(run!.body.text + inputs!.body.text).not.toMatch(/<script|<img/)
  })

  it('folds the data digests and parameters', () => {
    expect(inputs!.collapsed).toBe(true)
    expect(inputs!.body.text).toContain(`<code>${'a'.repeat(64)}</code>`)
    expect(inputs!.body.text).toContain('<td><code>max_depth</code></td><td>3</td>')
  })
})
