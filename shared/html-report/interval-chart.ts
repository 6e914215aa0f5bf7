import { linearScale, niceTicks, tickLabel } from './axis-scale.js'
import { chartSvg, textWidth, type Tone, xAxisMarkup } from './chart-frame.js'
import { displayNumber } from './display-number.js'
import { safeHtml, type Markup, svgNumber, truncateText } from './markup.js'

/**
 * Confidence intervals as a dot-and-whisker chart (a "forest plot"): one row per estimate, the
 * interval as a horizontal line, the estimate as a dot, and a vertical reference line (0 for
 * differences), so it shows at a glance whether an interval excludes "no difference". Used for
 * the gate's bootstrap intervals of candidate − champion.
 */

export interface IntervalRow {
  label: string
  estimate: number | null
  lower: number | null
  upper: number | null
  tone?: Tone
}

export interface IntervalChartSpec {
  title: string
  description: string
  xLabel: string
  rows: readonly IntervalRow[]
  /** The value meaning "no effect" (default 0). */
  reference?: number
  width?: number
}

const ROW_HEIGHT = 28
const LABEL_LENGTH = 28

/** The chart as an `<svg>`; intervals are `line.interval`, estimates `circle.estimate`. */
export function intervalChartSvg(spec: IntervalChartSpec): Markup {
  const width = spec.width ?? 640
  const reference = spec.reference ?? 0
  const values = spec.rows.flatMap((row) =>
    [row.estimate, row.lower, row.upper].filter(
      (value): value is number => value !== null && Number.isFinite(value)
    )
  )
  values.push(reference)
  const ticks = niceTicks(Math.min(...values), Math.max(...values), 6)
  const left =
    16 + Math.max(40, ...spec.rows.map((row) => textWidth(truncateText(row.label, LABEL_LENGTH))))
  const area = {
    left,
    top: 10,
    width: width - left - 20,
    height: Math.max(1, spec.rows.length) * ROW_HEIGHT
  }
  const height = area.top + area.height + 46
  const x = linearScale([ticks.min, ticks.max], [area.left, area.left + area.width])
  const rows = spec.rows.map((row, index) => {
    const y = area.top + index * ROW_HEIGHT + ROW_HEIGHT / 2
    const tone = `tone-${row.tone ?? 'value'}`
    const interval =
      row.lower !== null &&
      row.upper !== null &&
      Number.isFinite(row.lower) &&
      Number.isFinite(row.upper)
        ? safeHtml`<line class="interval ${tone}" x1="${svgNumber(x(row.lower))}" x2="${svgNumber(x(row.upper))}" y1="${svgNumber(y)}" y2="${svgNumber(y)}"/>`
        : ''
    const estimate =
      row.estimate !== null && Number.isFinite(row.estimate)
        ? safeHtml`<circle class="estimate ${tone}" cx="${svgNumber(x(row.estimate))}" cy="${svgNumber(y)}" r="4.5"><title>${row.label}: ${displayNumber(row.estimate)} [${displayNumber(row.lower)}, ${displayNumber(row.upper)}]</title></circle>`
        : ''
    return safeHtml`<g class="interval-row"><text class="row-label" x="${svgNumber(area.left - 8)}" y="${svgNumber(y)}" text-anchor="end" dominant-baseline="central">${truncateText(row.label, LABEL_LENGTH)}</text>${interval}${estimate}</g>`
  })
  const referenceX = svgNumber(x(reference))
  return chartSvg({
    width,
    height,
    title: spec.title,
    description: spec.description,
    className: 'chart-svg interval-chart',
    body: [
      safeHtml`<g class="grid-lines">${ticks.values.map((value) => safeHtml`<line class="grid" x1="${svgNumber(x(value))}" x2="${svgNumber(x(value))}" y1="${svgNumber(area.top)}" y2="${svgNumber(area.top + area.height)}"/>`)}</g>`,
      safeHtml`<line class="reference tone-muted" x1="${referenceX}" x2="${referenceX}" y1="${svgNumber(area.top)}" y2="${svgNumber(area.top + area.height)}"/>`,
      xAxisMarkup(
        area,
        ticks.values.map((value) => ({ position: x(value), label: tickLabel(value, ticks.step) })),
        spec.xLabel
      ),
      safeHtml`<g class="rows">${rows}</g>`
    ]
  })
}
