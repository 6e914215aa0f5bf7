import { describe, expect, it } from '@jest/globals'
import { buildSpcReport, chartReport } from '../../../shared/report/spc-report.js'
import type { SpcReport } from '../../../shared/report/spc-report.js'
import { controlChartMermaid } from '../../../shared/report/spc-control-chart.js'
import { spcSummaryMarkdown } from '../../../shared/report/spc-summary.js'
import { computeChart } from '../../../shared/spc/compute-chart.js'
import type { ChartInputPoint, ChartType } from '../../../shared/spc/chart-types.js'
import type { MetricKind } from '../../../shared/spc/chart-choice.js'

/** The job summary and PR comment: verdict, table, Mermaid control charts, escaping. */

const STABLE = [10, 11, 9, 10, 10.4, 9.8, 10.2, 9.6, 10.1, 10.3, 9.9, 10]

function report(
  charts: {
    name: string
    chart: ChartType
    kind: MetricKind
    points: ChartInputPoint[]
    baseline?: number
  }[],
  extra: Partial<Parameters<typeof buildSpcReport>[0]> = {}
): SpcReport {
  return buildSpcReport({
    mode: 'history',
    series: 'orders',
    store: 'GitHub octo-org/models',
    record: { key: '9876543210-1', outcome: 'created' },
    failOn: 'error',
    charts: charts.map(({ name, chart, kind, points, baseline }) =>
      chartReport({
        name,
        metric: name.split('/')[1] ?? null,
        kind,
        result: computeChart({ chart, points, series: name, baseline: baseline ?? 12 }),
        current: [points.length]
      })
    ),
    damaged: [],
    superseded: [],
    warnings: [],
    generatedAt: '2026-03-14T12:00:00.000Z',
    version: '0.1.0',
    ...extra
  })
}

const values = (list: number[]) =>
  list.map((value, i) => ({
    value,
    metadata: { key: `${100 + i}-1`, created_at: '2026-03-14T00:00:00Z' }
  }))

describe('Mermaid control chart', () => {
  it('draws the series, the centre line and both limits with a colour per role', () => {
    const result = computeChart({ chart: 'imr', points: values([...STABLE, 30]), baseline: 12 })
    const block = controlChartMermaid(result, { title: 'orders/rows (imr)' })!
    expect(block.split('\n')).toEqual([
      '```mermaid',
      '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#2563eb, #16a34a, #dc2626, #dc2626"}}}}%%',
      'xychart-beta',
      '  title "orders/rows (imr)"',
      '  x-axis "point" 1 --> 13',
      // 5% padding around the lowest limit and the highest value.
      '  y-axis "individual" 7.1984 --> 31.0858',
      `  line [${[...STABLE, 30].join(', ')}]`,
      `  line [${new Array(13).fill('10.025').join(', ')}]`,
      `  line [${new Array(13).fill('11.7658').join(', ')}]`,
      `  line [${new Array(13).fill('8.28419').join(', ')}]`,
      '```'
    ])
  })

  it('draws varying limits as steps, the values still joined point to point', () => {
    const sizes = [100, 400, 100, 400, 100, 400, 100, 400, 100, 400, 100, 400]
    const result = computeChart({
      chart: 'p',
      points: sizes.map((size, i) => ({ count: (i % 3) + 2, size })),
      baseline: 12
    })
    const block = controlChartMermaid(result, { title: 'p' })!
    expect(block).toContain('  x-axis "point" 0.625 --> 12.375')
    const lines = block
      .split('\n')
      .filter((line) => line.startsWith('  line'))
      .map((line) => line.slice(8, -1).split(', ').map(Number))
    const points = result.panels[0]!.points
    // Four positions per point: limits held flat (steps) ...
    expect(lines[2]).toEqual(
      points.flatMap((point) => new Array<number>(4).fill(Number(point.ucl!.toPrecision(6))))
    )
    expect(lines[3]).toEqual(
      points.flatMap((point) => new Array<number>(4).fill(Number(point.lcl!.toPrecision(6))))
    )
    // ... values interpolated on the segments between points (offsets ±1/8, ±3/8 of a step).
    const p = points.map((point) => point.value!)
    expect(lines[0]!.slice(4, 8)).toEqual(
      [
        p[1]! + (p[0]! - p[1]!) * 0.375,
        p[1]! + (p[0]! - p[1]!) * 0.125,
        p[1]! + (p[2]! - p[1]!) * 0.125,
        p[1]! + (p[2]! - p[1]!) * 0.375
      ].map((v) => Number(v.toPrecision(6)))
    )
    expect(lines[0]!.slice(0, 2)).toEqual([p[0], p[0]].map((v) => Number(v!.toPrecision(6))))
  })

  it('draws C+ and −C− against ±h for CUSUM', () => {
    const result = computeChart({
      chart: 'cusum',
      points: values([...STABLE, 11, 11.2, 11.1]),
      target: 10,
      sigma: 0.5,
      h: 4
    })
    const block = controlChartMermaid(result, { title: 'c' })!
    expect(block.match(/^ {2}line /gm)).toHaveLength(5)
    expect(block).toContain(`  line [${new Array(15).fill(4).join(', ')}]`)
    expect(block).toContain(`  line [${new Array(15).fill(-4).join(', ')}]`)
    expect(block).toContain('y-axis "cumulative sum (sigmas)"')
  })

  it('shows the newest 100 points of a long series', () => {
    const long = Array.from({ length: 130 }, (_, i) => 10 + Math.sin(i))
    const block = controlChartMermaid(computeChart({ chart: 'imr', points: values(long) }), {
      title: 't'
    })!
    expect(block).toContain('  x-axis "point" 31 --> 130')
    expect(block.split('\n')[6]!.split(',')).toHaveLength(100)
  })

  it('escapes labels from data', () => {
    const result = computeChart({ chart: 'imr', points: values(STABLE) })
    const block = controlChartMermaid(result, {
      title: 'orders/<img src=x onerror=alert(1)> "q" @team'
    })!
    const title = block.split('\n')[3]!
    expect(title).not.toMatch(/[<>]/)
    expect(title.slice(9, -1)).not.toContain('"')
    expect(title).toContain('@\u200bteam')
  })
})

describe('job summary', () => {
  const out = report([
    { name: 'orders/rows', chart: 'imr', kind: 'measurement', points: values([...STABLE, 30]) },
    { name: 'orders/<b>x</b>|@team', chart: 'imr', kind: 'measurement', points: values(STABLE) }
  ])

  it('gives the verdict, the table with this run first, and a chart with its violations', () => {
    const markdown = spcSummaryMarkdown(out)
    expect(markdown).toMatch(/^### Tollgate spc-check: ❌ out of control\n/)
    expect(markdown).toContain("this run's record `9876543210-1` was added")
    const rows = markdown
      .split('\n')
      .filter((line) => line.startsWith('| ❌') || line.startsWith('| ✅'))
    expect(rows[0]).toMatch(
      /^\| ❌ out of control \| `orders\/rows` \| imr \(measurement\) \| 13 \| 30 \| 10\.025 \| 8\.28419 \| 11\.7658 \| `we-1` \|$/
    )
    expect(markdown.match(/```mermaid/g)).toHaveLength(2)
    expect(markdown).toContain(
      '| 13 | run `112-1` 2026-03-14 | 30 | II | `we-1` | error | **yes** |'
    )
  })

  it('keeps data out of the markup', () => {
    const markdown = spcSummaryMarkdown(out)
    // The odd metric name appears only inside code spans (pipes escaped) and escaped Mermaid labels.
    expect(markdown).toContain('`orders/<b>x</b>\\|@team`')
    const outsideCode = markdown.replace(/```mermaid[\s\S]*?```/g, '').replace(/`[^`]*`/g, '')
    expect(outsideCode).not.toMatch(/<b>|@team/)
    expect(markdown).not.toMatch(/title "[^"]*[<>|][^"]*"/)
  })

  it('lists damaged records and keeps the comment compact', () => {
    const withDamage = report(
      [{ name: 'orders/rows', chart: 'imr', kind: 'measurement', points: values(STABLE) }],
      {
        damaged: [{ key: '77-1', problem: 'sha256 mismatch <script>' }]
      }
    )
    const markdown = spcSummaryMarkdown(withDamage)
    expect(markdown).toContain(
      '**1 damaged history record(s) skipped** (kept in the store, not overwritten):'
    )
    expect(markdown).toContain('- `77-1`: sha256 mismatch &lt;script&gt;')
    const compact = spcSummaryMarkdown(out, { compact: true })
    expect(compact.match(/```mermaid/g)).toHaveLength(1)
    expect(compact).not.toContain('<details>')
  })
})
