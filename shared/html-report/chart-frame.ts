import { type AxisTicks, linearScale, tickLabel } from './axis-scale.js'
import { safeHtml, joinMarkup, type Markup, svgNumber, truncateText } from './markup.js'

/**
 * What every SVG chart of the HTML report shares: the accessible `<svg role="img">` with a
 * `<title>` and `<desc>`, the plot area inside margins, y and x axes with ticks, grid lines and
 * axis labels, and a legend. Colours are not written into the SVG: marks carry `tone-*` classes
 * that the report stylesheet colours for light and dark mode (report-style.ts).
 */

/** The colour roles of the stylesheet. */
export type Tone =
  'value' | 'secondary' | 'center' | 'limit' | 'warning' | 'reference' | 'current' | 'muted'

export interface LegendEntry {
  label: string
  tone: Tone
  /** How the swatch looks: a solid or dashed line, a filled box, a dot. */
  swatch: 'line' | 'dashed' | 'box' | 'dot'
}

export interface PlotArea {
  left: number
  top: number
  width: number
  height: number
}

/** Average advance of a 12 px sans-serif character, for laying out labels without a font. */
export const CHARACTER_WIDTH = 6.8
const LEGEND_ROW = 18
const TITLE_FONT_PADDING = 8

/** Width a label will take at the chart font size (estimate). */
export function textWidth(text: string): number {
  return [...text].length * CHARACTER_WIDTH
}

/** The rows a legend needs when wrapped into `width`, with each entry's position. */
export function legendLayout(
  entries: readonly LegendEntry[],
  width: number
): { rows: number; placed: { entry: LegendEntry; x: number; row: number }[] } {
  const placed: { entry: LegendEntry; x: number; row: number }[] = []
  let x = 0
  let row = 0
  for (const entry of entries) {
    const advance = 28 + textWidth(truncateText(entry.label, 40)) + 16
    if (x > 0 && x + advance > width) {
      row += 1
      x = 0
    }
    placed.push({ entry, x, row })
    x += advance
  }
  return { rows: entries.length === 0 ? 0 : row + 1, placed }
}

/** Height the legend takes above the plot. */
export function legendHeight(entries: readonly LegendEntry[], width: number): number {
  const { rows } = legendLayout(entries, width)
  return rows === 0 ? 0 : rows * LEGEND_ROW + TITLE_FONT_PADDING
}

/** The legend, drawn from (x, y) (top left). */
export function legendMarkup(
  entries: readonly LegendEntry[],
  x: number,
  y: number,
  width: number
): Markup {
  const { placed } = legendLayout(entries, width)
  const items = placed.map(({ entry, x: dx, row }) => {
    const left = x + dx
    const middle = y + row * LEGEND_ROW + LEGEND_ROW / 2
    const tone = `tone-${entry.tone}`
    const swatch =
      entry.swatch === 'box'
        ? safeHtml`<rect class="swatch-box ${tone}" x="${svgNumber(left)}" y="${svgNumber(middle - 6)}" width="20" height="12"/>`
        : entry.swatch === 'dot'
          ? safeHtml`<circle class="swatch-dot ${tone}" cx="${svgNumber(left + 10)}" cy="${svgNumber(middle)}" r="5"/>`
          : safeHtml`<line class="swatch-line ${tone}${entry.swatch === 'dashed' ? ' dashed' : ''}" x1="${svgNumber(left)}" x2="${svgNumber(left + 20)}" y1="${svgNumber(middle)}" y2="${svgNumber(middle)}"/>`
    return safeHtml`<g class="legend-entry">${swatch}<text x="${svgNumber(left + 26)}" y="${svgNumber(middle)}" dominant-baseline="central">${truncateText(entry.label, 40)}</text></g>`
  })
  return safeHtml`<g class="legend">${items}</g>`
}

/**
 * The outer `<svg>`: scalable (viewBox, width 100% in CSS), with the accessible name and
 * description every chart carries.
 */
export function chartSvg(input: {
  width: number
  height: number
  title: string
  description: string
  className: string
  body: Markup | readonly Markup[]
}): Markup {
  return safeHtml`<svg class="${input.className}" role="img" viewBox="0 0 ${svgNumber(input.width)} ${svgNumber(input.height)}" width="${svgNumber(input.width)}" height="${svgNumber(input.height)}"><title>${input.title}</title><desc>${input.description}</desc>${input.body}</svg>`
}

/** Horizontal grid lines, y tick labels and the rotated y-axis label. */
export function yAxisMarkup(
  area: PlotArea,
  ticks: AxisTicks,
  label: string,
  format: (value: number) => string = (value) => tickLabel(value, ticks.step)
): Markup {
  const y = linearScale([ticks.min, ticks.max], [area.top + area.height, area.top])
  const lines = ticks.values.map((value) => {
    const position = svgNumber(y(value))
    return safeHtml`<line class="grid" x1="${svgNumber(area.left)}" x2="${svgNumber(area.left + area.width)}" y1="${position}" y2="${position}"/><text class="tick-label" x="${svgNumber(area.left - 6)}" y="${position}" text-anchor="end" dominant-baseline="central">${format(value)}</text>`
  })
  const middle = area.top + area.height / 2
  return safeHtml`<g class="axis axis-y">${lines}<line class="axis-line" x1="${svgNumber(area.left)}" x2="${svgNumber(area.left)}" y1="${svgNumber(area.top)}" y2="${svgNumber(area.top + area.height)}"/><text class="axis-label" transform="translate(14 ${svgNumber(middle)}) rotate(-90)" text-anchor="middle">${truncateText(label, 48)}</text></g>`
}

/** Tick marks and labels under the plot at given positions, and the x-axis label. */
export function xAxisMarkup(
  area: PlotArea,
  ticks: readonly { position: number; label: string }[],
  label: string,
  options: { rotate?: boolean } = {}
): Markup {
  const bottom = area.top + area.height
  const marks = ticks.map(({ position, label: text }) => {
    const x = svgNumber(position)
    const tickText = options.rotate
      ? safeHtml`<text class="tick-label" transform="translate(${x} ${svgNumber(bottom + 10)}) rotate(-40)" text-anchor="end" dominant-baseline="central">${text}</text>`
      : safeHtml`<text class="tick-label" x="${x}" y="${svgNumber(bottom + 16)}" text-anchor="middle">${text}</text>`
    return safeHtml`<line class="tick" x1="${x}" x2="${x}" y1="${svgNumber(bottom)}" y2="${svgNumber(bottom + 4)}"/>${tickText}`
  })
  return safeHtml`<g class="axis axis-x"><line class="axis-line" x1="${svgNumber(area.left)}" x2="${svgNumber(area.left + area.width)}" y1="${svgNumber(bottom)}" y2="${svgNumber(bottom)}"/>${joinMarkup(marks)}<text class="axis-label" x="${svgNumber(area.left + area.width / 2)}" y="${svgNumber(area.top + area.height + (options.rotate ? 100 : 36))}" text-anchor="middle">${truncateText(label, 80)}</text></g>`
}

/** A chart inside a `<figure>` with its visible caption (the SVG's own title is for assistive tech). */
export function chartFigure(caption: string, svg: Markup, note?: string): Markup {
  return safeHtml`<figure class="chart"><figcaption>${caption}</figcaption><div class="chart-box">${svg}</div>${note === undefined ? '' : safeHtml`<p class="chart-note">${note}</p>`}</figure>`
}
