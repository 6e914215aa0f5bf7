import { linearScale, niceTicks, tickLabel, ticksWithin } from './axis-scale.js'
import {
  chartSvg,
  legendHeight,
  legendMarkup,
  textWidth,
  type LegendEntry,
  type PlotArea,
  type Tone,
  xAxisMarkup,
  yAxisMarkup
} from './chart-frame.js'
import { safeHtml, type Markup, svgNumber, truncateText } from './markup.js'

/**
 * An SVG line chart for control charts and other series over time: value lines with point
 * markers, step lines (limits that change from point to point, drawn as a step centred on each
 * point as qcc draws varying p/u-chart limits), horizontal reference lines (constant CL, UCL,
 * LCL, h) labelled at the right edge, and highlighted points with a label (the rule ids a point
 * violates). Gaps (`y: null`) break a line instead of being drawn as zero.
 */

export interface LinePoint {
  x: number
  /** null: no value here (the line breaks). */
  y: number | null
}

export interface LineSeries {
  label: string
  tone: Tone
  points: readonly LinePoint[]
  /** `line` joins points; `step` holds each value for the width of its point. */
  shape?: 'line' | 'step'
  /** Draw a circle on every point (value series), up to MAX_MARKERS points. */
  markers?: boolean
  dashed?: boolean
  /** Short text at the right edge, at the last value (e.g. "UCL"). */
  endLabel?: string
}

export interface ReferenceLine {
  label: string
  tone: Tone
  y: number
  dashed?: boolean
  /** Short text at the right edge (e.g. "CL 10.2"). */
  endLabel?: string
}

export interface HighlightedPoint {
  x: number
  y: number
  /** Drawn next to the point (e.g. "nelson-1, we-2"). */
  label: string
  /** Tooltip text; defaults to the label. */
  detail?: string
  tone?: Tone
}

/** A vertical line across the plot, e.g. the end of the baseline (phase I) or this run's point. */
export interface VerticalMarker {
  x: number
  label: string
  tone?: Tone
}

export interface LineChartSpec {
  /** The accessible name (`<title>`). */
  title: string
  /** The accessible description (`<desc>`): what is drawn, in a sentence. */
  description: string
  xLabel: string
  yLabel: string
  series: readonly LineSeries[]
  referenceLines?: readonly ReferenceLine[]
  highlights?: readonly HighlightedPoint[]
  verticalMarkers?: readonly VerticalMarker[]
  /** x values are whole numbers (point indices): ticks on integers only. */
  integerX?: boolean
  width?: number
  height?: number
}

const DEFAULT_WIDTH = 760
const DEFAULT_HEIGHT = 320
const END_LABEL_SPACING = 13
/** Beyond this many points a series is drawn as a line only (highlights are always drawn). */
export const MAX_MARKERS = 500

/** The chart as an `<svg>` element. */
export function lineChartSvg(spec: LineChartSpec): Markup {
  const width = spec.width ?? DEFAULT_WIDTH
  const height = spec.height ?? DEFAULT_HEIGHT
  const references = spec.referenceLines ?? []
  const highlights = spec.highlights ?? []
  const xs: number[] = []
  const ys: number[] = []
  for (const series of spec.series) {
    for (const point of series.points) {
      if (!Number.isFinite(point.x)) continue
      xs.push(point.x)
      if (point.y !== null && Number.isFinite(point.y)) ys.push(point.y)
    }
  }
  for (const line of references) if (Number.isFinite(line.y)) ys.push(line.y)
  for (const point of highlights) {
    if (Number.isFinite(point.x) && Number.isFinite(point.y)) {
      xs.push(point.x)
      ys.push(point.y)
    }
  }
  const yTicks = niceTicks(minOf(ys), maxOf(ys), 6)
  // x ends at the data (half a step of room for markers at the ends), y gets nice round limits.
  const xPad = spec.integerX === true ? 0.5 : 0
  const xTicks = ticksWithin(minOf(xs) - xPad, maxOf(xs) + xPad, 8, spec.integerX === true)
  const verticals = (spec.verticalMarkers ?? []).filter(
    (marker) => Number.isFinite(marker.x) && marker.x >= xTicks.min && marker.x <= xTicks.max
  )

  const legend = legendEntries(spec)
  const endLabels = [
    ...spec.series.flatMap((series) => (series.endLabel === undefined ? [] : [series.endLabel])),
    ...references.flatMap((line) => (line.endLabel === undefined ? [] : [line.endLabel]))
  ]
  const yLabelWidth = Math.max(
    ...yTicks.values.map((value) => textWidth(tickLabel(value, yTicks.step)))
  )
  const left = 30 + yLabelWidth
  const right =
    endLabels.length === 0
      ? 16
      : 14 + Math.max(...endLabels.map((text) => textWidth(truncateText(text, 18))))
  const top = 8 + legendHeight(legend, width - left - right)
  const area: PlotArea = { left, top, width: width - left - right, height: height - top - 46 }
  const x = linearScale([xTicks.min, xTicks.max], [area.left, area.left + area.width])
  const y = linearScale([yTicks.min, yTicks.max], [area.top + area.height, area.top])

  const lines = spec.series.map((series) => {
    const path =
      series.shape === 'step'
        ? stepPath(series.points, (value) => x(clamp(value, xTicks.min, xTicks.max)), y)
        : linePath(series.points, x, y)
    if (path === '') return safeHtml``
    return safeHtml`<path class="line tone-${series.tone}${series.dashed === true ? ' dashed' : ''}" d="${path}"/>`
  })
  const referenceMarks = references
    .filter((line) => Number.isFinite(line.y))
    .map((line) => {
      const position = svgNumber(y(line.y))
      return safeHtml`<line class="reference tone-${line.tone}${line.dashed === true ? ' dashed' : ''}" x1="${svgNumber(area.left)}" x2="${svgNumber(area.left + area.width)}" y1="${position}" y2="${position}"/>`
    })
  const pointCount = spec.series.reduce((sum, series) => sum + series.points.length, 0)
  const radius = pointCount > 150 ? 1.8 : 2.8
  const markers = spec.series
    .filter((series) => series.markers === true && series.points.length <= MAX_MARKERS)
    .map((series) =>
      series.points
        .filter(
          (point): point is { x: number; y: number } => point.y !== null && Number.isFinite(point.y)
        )
        .map(
          (point) =>
            safeHtml`<circle class="point tone-${series.tone}" cx="${svgNumber(x(point.x))}" cy="${svgNumber(y(point.y))}" r="${radius}"/>`
        )
    )
  // A label that would overlap one already placed is left out (the tooltip and the caller's
  // table still name the rules); runs of violating points would otherwise be unreadable.
  const placedLabels: { left: number; right: number; y: number }[] = []
  const highlighted = highlights
    .filter((point) => Number.isFinite(point.x) && Number.isFinite(point.y))
    .sort((a, b) => a.x - b.x)
    .map((point) => {
      const cx = x(point.x)
      const cy = y(point.y)
      const labelY = cy - 10 < area.top + 4 ? cy + 16 : cy - 10
      const text = truncateText(point.label, 24)
      const half = textWidth(text) / 2
      const box = { left: cx - half, right: cx + half, y: labelY }
      const free = placedLabels.every(
        (other) =>
          box.left > other.right + 2 || box.right < other.left - 2 || Math.abs(box.y - other.y) > 12
      )
      if (free) placedLabels.push(box)
      const label = free
        ? safeHtml`<text class="highlight-label" x="${svgNumber(cx)}" y="${svgNumber(labelY)}" text-anchor="middle">${text}</text>`
        : ''
      return safeHtml`<g class="highlight"><circle class="highlight-point tone-${point.tone ?? 'limit'}" cx="${svgNumber(cx)}" cy="${svgNumber(cy)}" r="5"><title>${point.detail ?? point.label}</title></circle>${label}</g>`
    })
  const labels = endLabelMarks(spec, y, area)
  // Labels alternate between the top and the bottom of the plot so neighbours do not collide.
  const verticalMarks = verticals.map((marker, index) => {
    const position = svgNumber(x(marker.x))
    // Near the right edge the label goes to the left of its line, clear of the end labels.
    const nearRight = x(marker.x) > area.left + area.width * 0.75
    return safeHtml`<g class="vertical-marker"><line class="reference dashed tone-${marker.tone ?? 'muted'}" x1="${position}" x2="${position}" y1="${svgNumber(area.top)}" y2="${svgNumber(area.top + area.height)}"/><text class="marker-label" x="${svgNumber(x(marker.x) + (nearRight ? -4 : 4))}" y="${svgNumber(index % 2 === 0 ? area.top + 11 : area.top + area.height - 5)}" text-anchor="${nearRight ? 'end' : 'start'}">${truncateText(marker.label, 20)}</text></g>`
  })

  const xAxis = xAxisMarkup(
    area,
    xTicks.values.map((value) => ({ position: x(value), label: tickLabel(value, xTicks.step) })),
    spec.xLabel
  )
  return chartSvg({
    width,
    height,
    title: spec.title,
    description: spec.description,
    className: 'chart-svg line-chart',
    body: [
      yAxisMarkup(area, yTicks, spec.yLabel),
      xAxis,
      safeHtml`<g class="references">${referenceMarks}${verticalMarks}</g>`,
      safeHtml`<g class="lines">${lines}</g>`,
      safeHtml`<g class="points">${markers}</g>`,
      safeHtml`<g class="highlights">${highlighted}</g>`,
      safeHtml`<g class="end-labels">${labels}</g>`,
      legendMarkup(legend, area.left, 8, area.width)
    ]
  })
}

function legendEntries(spec: LineChartSpec): LegendEntry[] {
  const entries: LegendEntry[] = []
  const seen = new Set<string>()
  const add = (entry: LegendEntry): void => {
    const key = `${entry.label}\u0000${entry.tone}`
    if (seen.has(key)) return
    seen.add(key)
    entries.push(entry)
  }
  for (const series of spec.series) {
    add({
      label: series.label,
      tone: series.tone,
      swatch: series.dashed === true ? 'dashed' : 'line'
    })
  }
  for (const line of spec.referenceLines ?? []) {
    add({ label: line.label, tone: line.tone, swatch: line.dashed === true ? 'dashed' : 'line' })
  }
  const highlights = spec.highlights ?? []
  if (highlights.length > 0) {
    add({ label: 'rule violation', tone: highlights[0]!.tone ?? 'limit', swatch: 'dot' })
  }
  return entries
}

/** Right-edge labels at each line's last value, pushed apart so they do not overlap. */
function endLabelMarks(
  spec: LineChartSpec,
  y: (value: number) => number,
  area: PlotArea
): Markup[] {
  const wanted: { text: string; tone: Tone; at: number }[] = []
  for (const series of spec.series) {
    if (series.endLabel === undefined) continue
    const last = [...series.points]
      .reverse()
      .find((point) => point.y !== null && Number.isFinite(point.y))
    if (last !== undefined)
      wanted.push({ text: series.endLabel, tone: series.tone, at: y(last.y!) })
  }
  for (const line of spec.referenceLines ?? []) {
    if (line.endLabel !== undefined && Number.isFinite(line.y)) {
      wanted.push({ text: line.endLabel, tone: line.tone, at: y(line.y) })
    }
  }
  wanted.sort((a, b) => a.at - b.at)
  for (let i = 1; i < wanted.length; i++) {
    const previous = wanted[i - 1]!
    const current = wanted[i]!
    if (current.at - previous.at < END_LABEL_SPACING) current.at = previous.at + END_LABEL_SPACING
  }
  const x = svgNumber(area.left + area.width + 6)
  return wanted.map(
    (label) =>
      safeHtml`<text class="end-label tone-${label.tone}" x="${x}" y="${svgNumber(label.at)}" dominant-baseline="central">${truncateText(label.text, 18)}</text>`
  )
}

function linePath(
  points: readonly LinePoint[],
  x: (value: number) => number,
  y: (value: number) => number
): string {
  const commands: string[] = []
  let drawing = false
  for (const point of sortedByX(points)) {
    if (point.y === null || !Number.isFinite(point.y)) {
      drawing = false
      continue
    }
    commands.push(`${drawing ? 'L' : 'M'}${svgNumber(x(point.x))} ${svgNumber(y(point.y))}`)
    drawing = true
  }
  return commands.join(' ')
}

/** Each value held from halfway to the previous point to halfway to the next one. */
function stepPath(
  points: readonly LinePoint[],
  x: (value: number) => number,
  y: (value: number) => number
): string {
  const sorted = sortedByX(points)
  const commands: string[] = []
  let drawing = false
  for (let i = 0; i < sorted.length; i++) {
    const point = sorted[i]!
    if (point.y === null || !Number.isFinite(point.y)) {
      drawing = false
      continue
    }
    const before = sorted[i - 1]
    const after = sorted[i + 1]
    const halfBefore =
      before === undefined
        ? after === undefined
          ? 0.5
          : (after.x - point.x) / 2
        : (point.x - before.x) / 2
    const halfAfter = after === undefined ? halfBefore : (after.x - point.x) / 2
    const start = svgNumber(x(point.x - halfBefore))
    const end = svgNumber(x(point.x + halfAfter))
    const level = svgNumber(y(point.y))
    commands.push(`${drawing ? 'L' : 'M'}${start} ${level} L${end} ${level}`)
    drawing = true
  }
  return commands.join(' ')
}

function sortedByX(points: readonly LinePoint[]): LinePoint[] {
  return points.filter((point) => Number.isFinite(point.x)).sort((a, b) => a.x - b.x)
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value))
}

function minOf(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => Math.min(a, b))
}

function maxOf(values: readonly number[]): number {
  return values.length === 0 ? 1 : values.reduce((a, b) => Math.max(a, b))
}
