import { describe, expect, it } from '@jest/globals'
import { barChartSvg } from '../../../shared/html-report/bar-chart.js'
import { HOSTILE } from './report-fixtures.js'

const count = (text: string, pattern: RegExp): number => (text.match(pattern) ?? []).length

describe('barChartSvg', () => {
  it('overlays two series bin by bin with shares as percentages', () => {
    const svg = barChartSvg({
      title: 'drift',
      description: 'reference vs current',
      xLabel: 'age',
      yLabel: 'share',
      valueFormat: 'share',
      bins: { kind: 'intervals', edges: [0, 10, 20, 30], openUpper: true },
      series: [
        { label: 'reference', tone: 'reference', values: [0.5, 0.3, 0.2] },
        { label: 'current', tone: 'current', values: [0.2, 0.3, 0.5] }
      ]
    }).text
    expect(count(svg, /<rect class="bar series-0 tone-reference"/g)).toBe(3)
    expect(count(svg, /<rect class="bar series-1 tone-current"/g)).toBe(3)
    expect(svg).toContain('<title>[20, +∞] — current: 50%</title>')
    expect(svg).toContain('>+∞</text>')
    expect(svg).toContain('>50%</text>')
    // Two series get a legend.
    expect(svg).toContain('>reference</text>')
  })

  it('labels categories under their bars, escaped, rotated when they do not fit', () => {
    const labels = [HOSTILE.script, HOSTILE.attribute, 'Berlin', 'a long category name']
    const svg = barChartSvg({
      title: 't',
      description: 'd',
      xLabel: 'city',
      yLabel: 'rows',
      bins: { kind: 'categories', labels },
      series: [{ label: 'rows', tone: 'value', values: [4, 3, 2, 1] }],
      width: 300
    }).text
    expect(count(svg, /<rect class="bar series-0/g)).toBe(4)
    expect(svg).not.toMatch(/<script|<img/)
    expect(svg).toContain('rotate(-40)')
    expect(svg).toContain('>&lt;script&gt;alert…</text>')
    // Counts get whole-number ticks.
    expect(svg).not.toMatch(/>\d+\.\d+<\/text>/)
  })

  it('draws nothing odd for empty bins or missing values', () => {
    const svg = barChartSvg({
      title: 't',
      description: 'd',
      xLabel: 'x',
      yLabel: 'y',
      bins: { kind: 'intervals', edges: [1] },
      series: [{ label: 'v', tone: 'value', values: [] }]
    }).text
    expect(count(svg, /<rect class="bar/g)).toBe(0)
    expect(svg).not.toMatch(/NaN|Infinity/)
  })
})
