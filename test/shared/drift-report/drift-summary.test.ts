import { beforeAll, describe, expect, it } from '@jest/globals'
import { driftHistogramChart } from '../../../shared/drift-report/drift-charts.js'
import {
  driftedEntries,
  driftSeverity,
  type DriftReport
} from '../../../shared/drift-report/drift-report.js'
import { driftSummaryMarkdown } from '../../../shared/drift-report/drift-summary.js'
import { formatScore } from '../../../shared/drift-report/drift-tables.js'
import type { DriftHistogram } from '../../../shared/drift/drift-result.js'
import { smallFixtureReport, TRICKY_COLUMN, withoutDrift } from './drift-report-fixture.js'

let report: DriftReport
beforeAll(async () => {
  report = await smallFixtureReport()
})

describe('driftSummaryMarkdown', () => {
  it('states the verdict, the share rule and what was compared', () => {
    const markdown = driftSummaryMarkdown(report, {
      runUrl: 'https://github.com/o/r/actions/runs/1'
    })
    expect(markdown).toContain('## drift-check: small-reference — drift detected')
    expect(markdown).toContain(
      '**4 of 6** tested columns drifted (share 0.6667; the dataset drifts at ≥ 0.5: **dataset drift**)'
    )
    expect(markdown).toContain('**3 schema changes**')
    expect(markdown).toMatch(
      /Reference: `.*small-reference\.csv` \(600 rows\) · Current: `.*small-current\.csv` \(500 rows\)/
    )
    expect(markdown).toContain('[Workflow run](https://github.com/o/r/actions/runs/1)')
  })

  it('lists tested columns drifted first, then schema changes and untested columns with reasons', () => {
    const markdown = driftSummaryMarkdown(report)
    const rows = markdown.split('\n').filter((line) => /^\| `/.test(line))
    expect(rows[0]).toMatch(
      /^\| `segment` \| categorical \| chisquare \| 0 \| p < 0\.05 \| \*\*yes\*\* \| 600 \/ 500 \|$/
    )
    expect(rows.slice(0, 4).every((row) => row.includes('**yes**'))).toBe(true)
    expect(markdown).toContain('| `zip` | type changed | integer | string |')
    expect(markdown).toContain('| `legacy` | missing in the current data | integer | – |')
    expect(markdown).toMatch(
      /\| `bonus` \| not testable \| all values are missing in the current data \|/
    )
    expect(markdown).toMatch(/\| `signup` \| skipped \| date and time columns are not tested/)
  })

  it('draws the most drifted columns as Mermaid charts, reference bars and current line', () => {
    const markdown = driftSummaryMarkdown(report)
    const charts = markdown.match(/```mermaid\nxychart-beta[\s\S]*?```/g) ?? []
    expect(charts).toHaveLength(4)
    expect(charts[0]).toContain('title "segment: reference (bars) vs current (line)"')
    expect(charts[0]).toMatch(/x-axis \["A", "B", "C", "D", "E"\]|x-axis \[("[A-E]", ){4}"[A-E]"\]/)
    expect(charts[0]).toMatch(/\n {2}bar \[[\d., ]+\]\n {2}line \[[\d., ]+\]\n/)
  })

  it('escapes every value from data: no HTML, no table breaks, no mentions', () => {
    const markdown = driftSummaryMarkdown(report)
    // Code spans show text literally (no HTML, no mentions); outside them nothing may be raw.
    const prose = outsideCode(markdown)
    expect(prose).not.toMatch(/<[a-z/!]/i)
    expect(prose).not.toMatch(/@ops|@admin/)
    expect(markdown).toContain('`channel <b>@ops\\|x</b>`')
    const chart = (markdown.match(/```mermaid\n[\s\S]*?```/g) ?? []).find((part) =>
      part.includes('channel')
    )!
    expect(chart).not.toMatch(/<|[^-]>/)
    expect(chart).toContain('‹script›')
  })

  it('a run without drift says so and draws nothing', () => {
    const markdown = driftSummaryMarkdown(withoutDrift(report))
    expect(markdown).toContain('— no drift')
    expect(markdown).toContain('**0 of 6** tested columns drifted (share 0;')
    expect(markdown).not.toContain('```mermaid')
  })

  it('marks approximate results', () => {
    const approximate: DriftReport = {
      ...report,
      dataset: { ...report.dataset, exact: false },
      columns: report.columns.map((entry) =>
        entry.column === 'age' ? { ...entry, test: { ...entry.test!, exact: false } } : entry
      )
    }
    const markdown = driftSummaryMarkdown(approximate)
    expect(markdown).toContain('_Approximate:')
    expect(markdown).toMatch(/\| `age` \| numeric \| ks \| [^|]+ ≈ \|/)
  })
})

/** The markdown without fenced blocks and code spans. */
function outsideCode(markdown: string): string {
  return markdown.replace(/```[\s\S]*?```/g, '').replace(/(`+)[\s\S]*?\1/g, '')
}

describe('driftedEntries and driftSeverity', () => {
  it('orders drifted columns by how far past the threshold they are, across methods', () => {
    expect(driftedEntries(report).map((entry) => entry.column)).toEqual([
      'segment',
      TRICKY_COLUMN,
      'age',
      'prediction'
    ])
    const age = report.columns.find((entry) => entry.column === 'age')!
    expect(driftSeverity(age)).toBeCloseTo(0.05 / age.test!.score!, 6)
  })
})

describe('driftHistogramChart', () => {
  it('labels interval bins by lower edge and open outer bins by their bound', () => {
    const histogram: DriftHistogram = {
      type: 'intervals',
      edges: [0, 10, 20, 30],
      open_lower: true,
      open_upper: true,
      reference: [0.5, 0.25, 0.25],
      current: [0.125, 0.375, 0.5]
    }
    expect(driftHistogramChart('x', histogram)).toBe(
      [
        '```mermaid',
        'xychart-beta',
        '  title "x: reference (bars) vs current (line)"',
        '  x-axis ["under 10", "10", "20"]',
        '  y-axis "% of values" 0 --> 50',
        '  bar [50, 25, 25]',
        '  line [12.5, 37.5, 50]',
        '```'
      ].join('\n')
    )
  })

  it('merges neighbouring bins until at most 20 bars remain', () => {
    const bins = 45
    const histogram: DriftHistogram = {
      type: 'intervals',
      edges: Array.from({ length: bins + 1 }, (_, i) => i),
      open_lower: false,
      open_upper: false,
      reference: Array.from({ length: bins }, () => 1 / bins),
      current: Array.from({ length: bins }, (_, i) => (i === 0 ? 1 : 0))
    }
    const chart = driftHistogramChart('x', histogram)
    const bar = /bar \[([^\]]*)\]/.exec(chart)![1]!.split(', ').map(Number)
    expect(bar.length).toBeLessThanOrEqual(20)
    expect(bar.reduce((sum, value) => sum + value, 0)).toBeCloseTo(100, 1)
    expect(chart).toContain('x-axis ["0", "4", "8"')
  })

  it('keeps the largest categories and folds the rest into one "other" bar', () => {
    const labels = Array.from({ length: 30 }, (_, i) => `c${i}`)
    const histogram: DriftHistogram = {
      type: 'categories',
      labels,
      reference: labels.map((_, i) => (30 - i) / 465),
      current: labels.map(() => 1 / 30)
    }
    const chart = driftHistogramChart('cat', histogram)
    const axis = /x-axis \[([^\]]*)\]/.exec(chart)![1]!.split(', ')
    expect(axis).toHaveLength(20)
    expect(axis[0]).toBe('"c0"')
    expect(axis.at(-1)).toBe('"other"')
  })
})

describe('formatScore', () => {
  it('shows 4 significant digits, exponents for tiny p-values and ∞ for null', () => {
    expect(formatScore(0.123456)).toBe('0.1235')
    expect(formatScore(7.1726e-13)).toBe('7.17e-13')
    expect(formatScore(0)).toBe('0')
    expect(formatScore(null)).toBe('∞')
  })
})
