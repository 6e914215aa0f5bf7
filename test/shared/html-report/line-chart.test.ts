import { describe, expect, it } from '@jest/globals'
import { lineChartSvg } from '../../../shared/html-report/line-chart.js'
import { HOSTILE } from './report-fixtures.js'

const count = (text: string, pattern: RegExp): number => (text.match(pattern) ?? []).length

describe('lineChartSvg', () => {
  const svg = lineChartSvg({
    title: `Chart ${HOSTILE.svg}`,
    description: HOSTILE.attribute,
    xLabel: 'point',
    yLabel: HOSTILE.script,
    integerX: true,
    series: [
      {
        label: 'value',
        tone: 'value',
        markers: true,
        points: [1, 2, 3, 4, 5].map((x) => ({ x, y: x === 3 ? null : x * 2 }))
      },
      {
        label: 'UCL',
        tone: 'limit',
        shape: 'step',
        points: [
          { x: 1, y: 12 },
          { x: 2, y: 11 },
          { x: 3, y: 11 }
        ],
        endLabel: 'UCL'
      }
    ],
    referenceLines: [{ label: 'CL', tone: 'center', y: 6, endLabel: 'CL 6' }],
    highlights: [{ x: 5, y: 10, label: 'we-1', detail: HOSTILE.script }],
    verticalMarkers: [{ x: 2.5, label: 'phase II →' }]
  }).text

  it('is an accessible, escaped SVG', () => {
    expect(svg.startsWith('<svg class="chart-svg line-chart" role="img"')).toBe(true)
    expect(svg).toContain('<title>Chart &lt;/svg&gt;&lt;script&gt;alert(3)&lt;/script&gt;</title>')
    expect(svg).toContain('<desc>&quot;&gt;&lt;img src=x onerror=alert(2)&gt;</desc>')
    expect(svg).not.toMatch(/<script|<img/)
    expect(count(svg, /<svg/g)).toBe(1)
    expect(count(svg, /<\/svg>/g)).toBe(1)
  })

  it('draws one marker per value, breaks the line at a gap, and holds step values between points', () => {
    expect(count(svg, /<circle class="point tone-value"/g)).toBe(4)
    const valuePath = /<path class="line tone-value" d="([^"]+)"/.exec(svg)![1]!
    // The gap at x = 3 starts a new subpath.
    expect(count(valuePath, /M/g)).toBe(2)
    const stepPath = /<path class="line tone-limit" d="([^"]+)"/.exec(svg)![1]!
    // Three points: each value is a horizontal run joined by vertical moves, one subpath.
    expect(count(stepPath, /M/g)).toBe(1)
    const levels = [...stepPath.matchAll(/[ML]([\d.]+) ([\d.]+)/g)].map((match) => match[2])
    expect(levels[0]).toBe(levels[1])
    expect(levels[2]).toBe(levels[3])
    expect(levels[1]).not.toBe(levels[2])
  })

  it('draws reference lines, labelled highlights, markers and a legend', () => {
    expect(count(svg, /<line class="reference tone-center"/g)).toBe(1)
    expect(count(svg, /<circle class="highlight-point tone-limit"/g)).toBe(1)
    expect(svg).toContain('>we-1</text>')
    expect(svg).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>')
    expect(svg).toContain('>phase II →</text>')
    expect(svg).toContain('>CL 6</text>')
    for (const label of ['value', 'UCL', 'CL', 'rule violation'])
      expect(svg).toContain(`>${label}</text>`)
    expect(svg).not.toMatch(/NaN|undefined|Infinity/)
  })

  it('leaves out a highlight label that would overlap the previous one', () => {
    const crowded = lineChartSvg({
      title: 't',
      description: 'd',
      xLabel: 'x',
      yLabel: 'y',
      integerX: true,
      series: [
        {
          label: 'v',
          tone: 'value',
          points: Array.from({ length: 100 }, (_, i) => ({ x: i + 1, y: 1 }))
        }
      ],
      highlights: [50, 51, 52].map((x) => ({ x, y: 5, label: 'nelson-5' }))
    }).text
    expect(count(crowded, /<circle class="highlight-point/g)).toBe(3)
    expect(count(crowded, /class="highlight-label"/g)).toBe(1)
  })

  it('survives empty and constant data', () => {
    const empty = lineChartSvg({
      title: 't',
      description: 'd',
      xLabel: 'x',
      yLabel: 'y',
      series: []
    }).text
    expect(empty).not.toMatch(/NaN|Infinity/)
    const flat = lineChartSvg({
      title: 't',
      description: 'd',
      xLabel: 'x',
      yLabel: 'y',
      series: [{ label: 'v', tone: 'value', points: [{ x: 1, y: 3 }] }]
    }).text
    expect(flat).not.toMatch(/NaN|Infinity/)
  })
})
