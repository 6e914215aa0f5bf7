import { linearScale, niceTicks, tickLabel } from './axis-scale.js'
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
import { displayNumber } from './display-number.js'
import { safeHtml, type Markup, svgNumber, truncateText } from './markup.js'

/**
 * An SVG bar chart over bins: a histogram (interval bins, labelled at their edges) or category
 * counts (labelled under each bar). One series, or two drawn over each other in the same slots —
 * reference filled, current outlined and translucent on top — so a shift between the two
 * distributions shows as bars that no longer line up (the drift view Evidently draws). Every bin
 * gets one slot of equal width, so unequal quantile bins stay readable; the edge labels say
 * where each bin starts and ends.
 */

export type BarBins =
  | {
      kind: 'intervals'
      /** bins + 1 edges. */
      edges: readonly number[]
      /** The first / last bin really extends to −∞ / +∞ (labelled so). */
      openLower?: boolean
      openUpper?: boolean
    }
  | { kind: 'categories'; labels: readonly string[] }

export interface BarSeries {
  label: string
  tone: Tone
  /** One value per bin. */
  values: readonly number[]
}

export interface BarChartSpec {
  title: string
  description: string
  xLabel: string
  yLabel: string
  bins: BarBins
  /** One or two series; a second one is drawn over the first. */
  series: readonly BarSeries[]
  /** `share`: values are fractions, shown as percentages. */
  valueFormat?: 'count' | 'share'
  width?: number
  height?: number
}

const DEFAULT_WIDTH = 760
const DEFAULT_HEIGHT = 300
const CATEGORY_LABEL_LENGTH = 14
const MAX_X_LABELS = 24

/** The chart as an `<svg>` element. Bars carry `bar series-<i>` classes (one per bin and series). */
export function barChartSvg(spec: BarChartSpec): Markup {
  const width = spec.width ?? DEFAULT_WIDTH
  const height = spec.height ?? DEFAULT_HEIGHT
  const slots =
    spec.bins.kind === 'intervals'
      ? Math.max(0, spec.bins.edges.length - 1)
      : spec.bins.labels.length
  const share = spec.valueFormat === 'share'
  const values = spec.series.flatMap((series) =>
    series.values.slice(0, slots).filter(Number.isFinite)
  )
  const yTicks = niceTicks(
    0,
    Math.max(0, ...values) || (share ? 0.1 : 1),
    5,
    !share && values.every(Number.isInteger)
  )
  const format = (value: number): string =>
    share ? `${tickLabel(value * 100, yTicks.step * 100)}%` : tickLabel(value, yTicks.step)

  const legend: LegendEntry[] =
    spec.series.length > 1
      ? spec.series.map((series) => ({
          label: series.label,
          tone: series.tone,
          swatch: 'box' as const
        }))
      : []
  const categoryLabels =
    spec.bins.kind === 'categories'
      ? spec.bins.labels.map((label) => truncateText(label, CATEGORY_LABEL_LENGTH))
      : []
  const rotate =
    spec.bins.kind === 'categories' &&
    categoryLabels.some((label) => textWidth(label) > (width - 120) / Math.max(1, slots) - 4)
  const left = 30 + Math.max(...yTicks.values.map((value) => textWidth(format(value))))
  const right = 24
  const top = 8 + legendHeight(legend, width - left - right)
  const bottom = rotate ? 112 : 46
  const area: PlotArea = { left, top, width: width - left - right, height: height - top - bottom }
  const slotWidth = slots === 0 ? area.width : area.width / slots
  const y = linearScale([yTicks.min, yTicks.max], [area.top + area.height, area.top])
  const gap = Math.min(2, slotWidth * 0.1)

  const bars = spec.series.map((series, index) => {
    const rects: Markup[] = []
    for (let slot = 0; slot < slots; slot++) {
      const value = series.values[slot]
      if (value === undefined || !Number.isFinite(value)) continue
      const top = y(Math.max(0, value))
      const shown = share ? `${displayNumber(value * 100, 3)}%` : displayNumber(value)
      // Overlaid series are inset a little so the lower one stays visible at its edges.
      const inset = index === 0 ? gap / 2 : gap / 2 + Math.min(3, slotWidth * 0.15)
      rects.push(
        safeHtml`<rect class="bar series-${index} tone-${series.tone}" x="${svgNumber(area.left + slot * slotWidth + inset)}" y="${svgNumber(top)}" width="${svgNumber(Math.max(0.5, slotWidth - 2 * inset))}" height="${svgNumber(Math.max(0, area.top + area.height - top))}"><title>${binName(spec.bins, slot)} — ${series.label}: ${shown}</title></rect>`
      )
    }
    return safeHtml`<g class="bars series-${index}">${rects}</g>`
  })

  return chartSvg({
    width,
    height,
    title: spec.title,
    description: spec.description,
    className: 'chart-svg bar-chart',
    body: [
      yAxisMarkup(area, yTicks, spec.yLabel, format),
      xAxisMarkup(area, xTicks(spec.bins, area, slotWidth, categoryLabels), spec.xLabel, {
        rotate
      }),
      safeHtml`<g class="series">${bars}</g>`,
      legendMarkup(legend, area.left, 8, area.width)
    ]
  })
}

/** Tick labels: bin edges for intervals, names under the bars for categories; thinned to fit. */
function xTicks(
  bins: BarBins,
  area: PlotArea,
  slotWidth: number,
  categoryLabels: readonly string[]
): { position: number; label: string }[] {
  if (bins.kind === 'categories') {
    const every = Math.ceil(categoryLabels.length / MAX_X_LABELS)
    return categoryLabels.flatMap((label, slot) =>
      slot % every === 0 ? [{ position: area.left + (slot + 0.5) * slotWidth, label }] : []
    )
  }
  const edges = bins.edges
  const labels = edges.map((edge, index) => {
    if (index === 0 && bins.openLower === true) return '−∞'
    if (index === edges.length - 1 && bins.openUpper === true) return '+∞'
    return displayNumber(edge, 3)
  })
  const widest = Math.max(...labels.map(textWidth), 1)
  const every = Math.max(1, Math.ceil((widest + 8) / Math.max(1, slotWidth)))
  return labels.flatMap((label, index) =>
    index % every === 0 ? [{ position: area.left + index * slotWidth, label }] : []
  )
}

function binName(bins: BarBins, slot: number): string {
  if (bins.kind === 'categories') return bins.labels[slot] ?? ''
  const low = slot === 0 && bins.openLower === true ? '−∞' : displayNumber(bins.edges[slot], 6)
  const last = slot === bins.edges.length - 2
  const high = last && bins.openUpper === true ? '+∞' : displayNumber(bins.edges[slot + 1], 6)
  return `[${low}, ${high}${last ? ']' : ')'}`
}
