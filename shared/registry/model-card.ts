import type { JsonValue } from '../store/canonical-json.js'
import { compareCodeUnits } from '../store/store-names.js'
import { buildLineageGraph, lineageAround, modelVersionNodeId } from '../lineage/lineage-graph.js'
import { renderLineageMermaidBlock } from '../lineage/mermaid-lineage.js'
import type { RunEvent } from '../lineage/openlineage-event.js'
import { escapeMarkdownText, markdownTable } from './markdown-text.js'
import type { RunIdentity } from './registry-state.js'

/** What a model card shows; everything from data is escaped when rendered. */
export interface ModelCardContent {
  model: string
  version: string
  /** When the version was claimed (store time), so a re-run renders the same bytes. */
  registeredAt: string
  description?: string
  run?: RunIdentity
  actor?: string
  commit?: string
  metrics: Readonly<Record<string, number>>
  params: Readonly<Record<string, JsonValue>>
  trainingData: readonly TrainingDataDigest[]
  /** The model's own files (the bundle's other files are listed by the card). */
  files: ReadonlyArray<{ name: string; size: number; sha256: string }>
  lineage: readonly RunEvent[]
}

/** A dataset the model was trained on, identified by the SHA-256 of its bytes. */
export interface TrainingDataDigest {
  /** The file name or dataset name as the training step saw it. */
  name: string
  sha256: string
  rows?: number
}

/**
 * The `README.md` of a model version's bundle: a human-readable card (model, version, metrics,
 * data digests, parameters, files, lineage graph). It contains no clock reading other than the
 * registration time it is given, so the same registration always renders the same bytes.
 */
export function renderModelCard(content: ModelCardContent): string {
  const sections: string[] = []
  sections.push(`# ${escapeMarkdownText(content.model)} ${escapeMarkdownText(content.version)}`)
  if (content.description !== undefined && content.description.trim() !== '') {
    sections.push(escapeMarkdownText(content.description))
  }

  const facts: string[][] = [
    ['Model', content.model],
    ['Version', content.version],
    ['Registered', content.registeredAt]
  ]
  if (content.run !== undefined) facts.push(['Workflow run', describeRun(content.run)])
  if (content.actor !== undefined) facts.push(['Registered by', content.actor])
  if (content.commit !== undefined) facts.push(['Commit', content.commit])
  sections.push(markdownTable(['Field', 'Value'], facts))

  sections.push('## Metrics')
  const metrics = Object.entries(content.metrics).sort(([a], [b]) => compareCodeUnits(a, b))
  sections.push(
    metrics.length === 0
      ? 'No metrics were recorded.'
      : markdownTable(
          ['Metric', 'Value'],
          metrics.map(([name, value]) => [name, formatMetric(value)])
        )
  )

  sections.push('## Training data')
  sections.push(
    content.trainingData.length === 0
      ? 'No training data digests were recorded.'
      : markdownTable(
          ['Dataset', 'SHA-256', 'Rows'],
          content.trainingData.map((data) => [data.name, data.sha256, data.rows?.toString() ?? ''])
        )
  )

  const params = Object.entries(content.params).sort(([a], [b]) => compareCodeUnits(a, b))
  if (params.length > 0) {
    sections.push('## Parameters')
    sections.push(
      markdownTable(
        ['Parameter', 'Value'],
        params.map(([name, value]) => [name, JSON.stringify(value)])
      )
    )
  }

  sections.push('## Files')
  sections.push(
    markdownTable(
      ['File', 'Bytes', 'SHA-256'],
      content.files.map((file) => [file.name, String(file.size), file.sha256])
    )
  )
  sections.push(
    'Every file of this version, with this card, is listed with its SHA-256 in `manifest.json`; ' +
      'Tollgate verifies each file against it on download.'
  )

  if (content.lineage.length > 0) {
    const graph = lineageAround(
      buildLineageGraph(content.lineage),
      modelVersionNodeId(content.model, content.version)
    )
    if (graph.nodes.length > 1) {
      sections.push('## Lineage')
      sections.push(renderLineageMermaidBlock(graph).trimEnd())
    }
  }
  return `${sections.join('\n\n')}\n`
}

function describeRun(run: RunIdentity): string {
  const parts = [`run ${run.id}, attempt ${run.attempt}`]
  if (run.workflow !== undefined) parts.push(`workflow ${run.workflow}`)
  if (run.job !== undefined) parts.push(`job ${run.job}`)
  return parts.join(', ')
}

/** Six significant digits are plenty to read; metrics.json keeps the exact value. */
function formatMetric(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)))
}
