import type { ChartPanel, ChartPoint, ChartResult } from '../spc/chart-types.js'
import { escapeMermaid } from './escape.js'

/**
 * A control chart as a Mermaid `xychart-beta` block for job summaries and PR comments: the plotted
 * statistic as a line, the centre line and the control limits as lines, coloured through the theme
 * palette because xychart has no legend: value blue, CL green, limits red. CUSUM draws C+ and
 * −C− (as qcc plots them) against ±h. Long series show their newest points only.
 *
 * Limits that vary from point to point (p and u charts with varying sample sizes) are drawn as
 * steps: xychart only joins evenly spaced values, so each point gets STEP_SUBDIVISION positions
 * across its interval, its limits held flat over them, while the value line is interpolated
 * linearly between the points (so it is the same polyline as without subdivision).
 */

/** Newest points drawn in one chart (older ones stay in the JSON report). */
export const MAX_CHART_POINTS = 100

/** Positions per point when limits are drawn as steps. */
export const STEP_SUBDIVISION = 4

const VALUE_COLOR = '#2563eb'
const LOWER_SUM_COLOR = '#7c3aed'
const CENTER_COLOR = '#16a34a'
const LIMIT_COLOR = '#dc2626'

/** A number short enough for a chart: 6 significant digits, no exponent clutter for integers. */
export function plotNumber(value: number): string {
  if (value === 0) return '0'
  return String(Number(value.toPrecision(6)))
}

interface Line {
  values: number[]
  color: string
  /** A limit: held flat over each point's interval when drawn as steps. */
  step?: boolean
}

/**
 * The line at STEP_SUBDIVISION positions per point: limits held per point (steps), values
 * interpolated linearly between neighbouring points (clamped at both ends).
 */
function subdivide(line: Line): Line {
  const values: number[] = []
  const n = line.values.length
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < STEP_SUBDIVISION; j++) {
      const offset = (j + 0.5) / STEP_SUBDIVISION - 0.5
      if (line.step === true) {
        values.push(line.values[i]!)
        continue
      }
      const neighbour = offset < 0 ? i - 1 : i + 1
      const other = line.values[neighbour]
      const here = line.values[i]!
      values.push(other === undefined ? here : here + (other - here) * Math.abs(offset))
    }
  }
  return { ...line, values }
}

export interface ControlChartOptions {
  title: string
  maxPoints?: number
}

/** The Mermaid block, or undefined when the chart has nothing to draw. */
export function controlChartMermaid(
  result: ChartResult,
  options: ControlChartOptions
): string | undefined {
  const primary = result.panels[0]
  if (primary === undefined || primary.points.length === 0) return undefined
  const maxPoints = options.maxPoints ?? MAX_CHART_POINTS
  const start = Math.max(0, primary.points.length - maxPoints)
  const drawn = result.chart === 'cusum' ? cusumLines(result, start) : shewhartLines(primary, start)
  if (drawn.length === 0) return undefined
  const stepped = drawn.some((line) => line.step && new Set(line.values).size > 1)
  const lines = stepped ? drawn.map(subdivide) : drawn
  const all = lines.flatMap((line) => line.values)
  let low = Math.min(...all)
  let high = Math.max(...all)
  const pad = high > low ? (high - low) * 0.05 : Math.max(Math.abs(high) * 0.1, 1)
  low -= pad
  high += pad
  const first = primary.points[start]!.index
  const last = primary.points[primary.points.length - 1]!.index
  const palette = lines.map((line) => line.color).join(', ')
  // Subdivided positions sit at the centres of STEP_SUBDIVISION equal parts of [i − ½, i + ½].
  const edge = stepped ? 0.5 - 0.5 / STEP_SUBDIVISION : 0
  const xAxis =
    first === last && !stepped
      ? `  x-axis "point" [${first}]`
      : `  x-axis "point" ${plotNumber(first - edge)} --> ${plotNumber(last + edge)}`
  return [
    '```mermaid',
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
    'xychart-beta',
    `  title "${escapeMermaid(options.title, 60)}"`,
    xAxis,
    `  y-axis "${escapeMermaid(axisLabel(result))}" ${plotNumber(low)} --> ${plotNumber(high)}`,
    ...lines.map((line) => `  line [${line.values.map(plotNumber).join(', ')}]`),
    '```'
  ].join('\n')
}

/** What the y axis shows. */
function axisLabel(result: ChartResult): string {
  const statistic = result.panels[0]?.statistic ?? 'value'
  return result.chart === 'cusum' ? 'cumulative sum (sigmas)' : statistic.replace(/-/g, ' ')
}

/** Excluded or undefined points are drawn on the centre line, where they mislead least. */
function plotted(point: ChartPoint): number {
  return point.value ?? point.center
}

function shewhartLines(panel: ChartPanel, start: number): Line[] {
  const points = panel.points.slice(start)
  const lines: Line[] = [
    { values: points.map(plotted), color: VALUE_COLOR },
    { values: points.map((point) => point.center), color: CENTER_COLOR, step: true }
  ]
  for (const limit of ['ucl', 'lcl'] as const) {
    const values = points.map((point) => point[limit])
    if (values.every((value): value is number => value !== null && Number.isFinite(value))) {
      lines.push({ values, color: LIMIT_COLOR, step: true })
    }
  }
  return lines
}

function cusumLines(result: ChartResult, start: number): Line[] {
  const upper = result.panels.find((panel) => panel.statistic === 'cusum-upper')
  const lower = result.panels.find((panel) => panel.statistic === 'cusum-lower')
  if (upper === undefined || lower === undefined) return []
  const h = result.cusum?.h ?? 5
  const count = upper.points.length - start
  return [
    { values: upper.points.slice(start).map((point) => point.value ?? 0), color: VALUE_COLOR },
    {
      values: lower.points.slice(start).map((point) => -(point.value ?? 0)),
      color: LOWER_SUM_COLOR
    },
    { values: new Array<number>(count).fill(0), color: CENTER_COLOR },
    { values: new Array<number>(count).fill(h), color: LIMIT_COLOR },
    { values: new Array<number>(count).fill(-h), color: LIMIT_COLOR }
  ]
}
