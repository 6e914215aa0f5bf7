import { escapeMermaid } from './escape.js'

/**
 * Mermaid charts for job summaries and comments (GitHub renders ```mermaid blocks). Numbers are
 * rounded for display only; labels pass through escapeMermaid.
 */

/** A compact number for axis labels: 3 significant digits, k/M suffixes. */
export function shortNumber(value: number): string {
  const abs = Math.abs(value)
  if (abs >= 1e9) return `${Number((value / 1e9).toPrecision(3))}G`
  if (abs >= 1e6) return `${Number((value / 1e6).toPrecision(3))}M`
  if (abs >= 1e4) return `${Number((value / 1e3).toPrecision(3))}k`
  if (abs === 0) return '0'
  return String(Number(value.toPrecision(3)))
}

/** A bar chart of a histogram: one bar per bin, labelled by the bin's lower edge. */
export function histogramChart(
  title: string,
  edges: readonly number[],
  counts: readonly number[],
  yLabel = 'rows'
): string {
  const labels = counts.map((_, j) => `"${shortNumber(edges[j]!)}"`)
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${escapeMermaid(title)}"`,
    `  x-axis [${labels.join(', ')}]`,
    `  y-axis "${escapeMermaid(yLabel)}"`,
    `  bar [${counts.map((count) => String(count)).join(', ')}]`,
    '```'
  ].join('\n')
}

/** A bar chart of category counts. */
export function categoryChart(
  title: string,
  entries: readonly { label: string; value: number }[],
  yLabel: string
): string {
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${escapeMermaid(title)}"`,
    `  x-axis [${entries.map((entry) => `"${escapeMermaid(entry.label, 20)}"`).join(', ')}]`,
    `  y-axis "${escapeMermaid(yLabel)}"`,
    `  bar [${entries.map((entry) => String(entry.value)).join(', ')}]`,
    '```'
  ].join('\n')
}
