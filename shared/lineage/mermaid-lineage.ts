import type { LineageGraph, LineageNode, LineageNodeKind } from './lineage-graph.js'

/**
 * Renders a lineage graph as a Mermaid `flowchart LR`, the form GitHub draws in job summaries,
 * PR comments and model cards (GITHUB-TESTING.md §4.3). Labels come from data (dataset and model
 * names, environments), so every character outside a small safe set is written as a Mermaid
 * entity code (`#35;`): a label cannot close its node, start a link, inject markdown or HTML,
 * ping someone with `@`, or end the surrounding ```mermaid fence.
 */

/** Longest label drawn, in characters; longer ones are shortened with an ellipsis. */
export const MAX_LABEL_LENGTH = 60

/** Opening and closing brackets of each node kind's shape. */
const SHAPES: Record<LineageNodeKind, [string, string]> = {
  dataset: ['[(', ')]'],
  'model-version': ['([', '])'],
  run: ['[', ']'],
  'gate-verdict': ['{', '}'],
  deployment: ['[[', ']]'],
  'drift-run': ['{{', '}}']
}

/** The Mermaid source, without the surrounding ```mermaid fence. */
export function renderLineageMermaid(graph: LineageGraph): string {
  const ids = new Map(graph.nodes.map((node, index) => [node.id, `n${index + 1}`]))
  const lines = ['flowchart LR']
  for (const node of graph.nodes) {
    const [open, close] = SHAPES[node.kind]
    lines.push(`  ${ids.get(node.id)}${open}"${mermaidLabel(node.label)}"${close}`)
  }
  for (const edge of graph.edges) {
    const from = ids.get(edge.from)
    const to = ids.get(edge.to)
    if (from !== undefined && to !== undefined) lines.push(`  ${from} --> ${to}`)
  }
  const failed = graph.nodes.filter(isFailed).map((node) => ids.get(node.id))
  if (failed.length > 0) {
    lines.push('  classDef failed stroke:#d73a49,stroke-width:3px')
    lines.push(`  class ${failed.join(',')} failed`)
  }
  const drifted = graph.nodes.filter(isDrifted).map((node) => ids.get(node.id))
  if (drifted.length > 0) {
    lines.push('  classDef drifted stroke:#d29922,stroke-width:3px')
    lines.push(`  class ${drifted.join(',')} drifted`)
  }
  return `${lines.join('\n')}\n`
}

/** The same, inside a ```mermaid fence, ready for a summary or README. */
export function renderLineageMermaidBlock(graph: LineageGraph): string {
  return `\`\`\`mermaid\n${renderLineageMermaid(graph)}\`\`\`\n`
}

/**
 * Mermaid's default limits (`maxEdges`, `maxTextSize`): past either, Mermaid draws an error box
 * instead of the diagram. A model's lifecycle grows with every run, so a summary checks before
 * drawing and shows a smaller part, or a sentence, instead of a broken chart.
 */
export const MERMAID_MAX_EDGES = 500
export const MERMAID_MAX_TEXT_SIZE = 50_000

/** True when Mermaid, with its default limits, draws the graph. */
export function fitsMermaidLimits(graph: LineageGraph): boolean {
  return (
    graph.edges.length <= MERMAID_MAX_EDGES &&
    renderLineageMermaid(graph).length <= MERMAID_MAX_TEXT_SIZE
  )
}

/**
 * Escapes text for a quoted Mermaid label. Letters, digits, space and `. , _ : / = + -` stay;
 * anything else (quotes, brackets, pipes, backticks, `<`, `>`, `@`, `#`, `&`, `;`, non-ASCII)
 * becomes `#<code point>;`, which Mermaid draws as the character itself. Line breaks become
 * spaces and long labels are shortened first.
 */
export function mermaidLabel(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  const characters = [...flat]
  const shortened =
    characters.length > MAX_LABEL_LENGTH
      ? [...characters.slice(0, MAX_LABEL_LENGTH - 1), '…']
      : characters
  return shortened
    .map((character) =>
      /^[A-Za-z0-9 .,_:/=+-]$/.test(character) ? character : `#${character.codePointAt(0)};`
    )
    .join('')
}

function isFailed(node: LineageNode): boolean {
  return node.status === 'failed' || (node.kind === 'gate-verdict' && node.flagged === false)
}

function isDrifted(node: LineageNode): boolean {
  return node.kind === 'drift-run' && node.flagged === true && node.status !== 'failed'
}
