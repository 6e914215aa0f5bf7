import type { DriftHistogram } from '../drift/drift-result.js'
import { escapeMermaid } from '../report/escape.js'
import { shortNumber } from '../report/mermaid-charts.js'

/** Bars drawn at most per chart; smaller categories are summed into one "other" bar. */
export const CHART_MAX_BARS = 20

/**
 * A Mermaid chart of one column's distribution on both sides, as percentages of each side's
 * values: the reference as bars, the current data as a line over them (xychart-beta draws
 * several bar series on top of each other, so a bar and a line stay readable). Interval bins
 * are labelled by their lower edge; labels from data pass through escapeMermaid.
 */
export function driftHistogramChart(column: string, histogram: DriftHistogram): string {
  const bins = histogram.type === 'intervals' ? intervalBins(histogram) : categoryBins(histogram)
  const percent = (share: number): string => String(Math.round(share * 10000) / 100)
  const top = Math.max(...bins.map((bin) => Math.max(bin.reference, bin.current)), 0)
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${escapeMermaid(column)}: reference (bars) vs current (line)"`,
    `  x-axis [${bins.map((bin) => `"${escapeMermaid(bin.label, 20)}"`).join(', ')}]`,
    `  y-axis "% of values" 0 --> ${Math.max(1, Math.ceil(top * 100))}`,
    `  bar [${bins.map((bin) => percent(bin.reference)).join(', ')}]`,
    `  line [${bins.map((bin) => percent(bin.current)).join(', ')}]`,
    '```'
  ].join('\n')
}

interface Bin {
  label: string
  reference: number
  current: number
}

function intervalBins(histogram: Extract<DriftHistogram, { type: 'intervals' }>): Bin[] {
  const count = histogram.reference.length
  const bins: Bin[] = histogram.reference.map((reference, index) => ({
    label:
      index === 0 && histogram.open_lower
        ? `under ${shortNumber(histogram.edges[1] ?? histogram.edges[0]!)}`
        : shortNumber(histogram.edges[index]!),
    reference,
    current: histogram.current[index] ?? 0
  }))
  if (count <= CHART_MAX_BARS) return bins
  // Merge neighbouring bins pairwise until the chart fits; edges stay lower edges.
  let merged = bins
  while (merged.length > CHART_MAX_BARS) {
    const next: Bin[] = []
    for (let i = 0; i < merged.length; i += 2) {
      const first = merged[i]!
      const second = merged[i + 1]
      next.push(
        second === undefined
          ? first
          : {
              label: first.label,
              reference: first.reference + second.reference,
              current: first.current + second.current
            }
      )
    }
    merged = next
  }
  return merged
}

function categoryBins(histogram: Extract<DriftHistogram, { type: 'categories' }>): Bin[] {
  const bins: Bin[] = histogram.labels.map((label, index) => ({
    label: String(label),
    reference: histogram.reference[index] ?? 0,
    current: histogram.current[index] ?? 0
  }))
  bins.sort((a, b) => b.reference + b.current - (a.reference + a.current))
  const kept = bins.slice(0, CHART_MAX_BARS - 1)
  const rest = bins.slice(CHART_MAX_BARS - 1)
  let otherReference = rest.reduce((sum, bin) => sum + bin.reference, 0)
  let otherCurrent = rest.reduce((sum, bin) => sum + bin.current, 0)
  if (histogram.other !== undefined) {
    otherReference += histogram.other.reference
    otherCurrent += histogram.other.current
  }
  if (bins.length <= CHART_MAX_BARS && histogram.other === undefined) return bins
  return [...kept, { label: 'other', reference: otherReference, current: otherCurrent }]
}
