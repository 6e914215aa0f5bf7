import { buildLineageGraph, lineageAround, modelVersionNodeId } from '../lineage/lineage-graph.js'
import type { RunEvent } from '../lineage/openlineage-event.js'
import type { RegisterReport } from '../report/registry-report.js'
import { displayNumber } from './display-number.js'
import { codeText, htmlTable } from './html-table.js'
import { keyValueCard, type KeyValueEntry } from './key-value-card.js'
import { lineageSection } from './lineage-section.js'
import { safeHtml } from './markup.js'
import type { ReportSection } from './report-section.js'
import type { BadgeTone } from './status-badge.js'

/**
 * The register-model part of an HTML report: the registered version (model, version, tag, release,
 * stage, provenance) with its metrics, the files and training data it was registered with (by
 * SHA-256), and the lineage of the version from its training data, drawn from the OpenLineage
 * events stored with it. Built from the same primitives as the other sections.
 */

/** The outcome of a registration as a badge. */
export function registerStatus(report: RegisterReport): { tone: BadgeTone; text: string } {
  if (report.outcome === 'existing') return { tone: 'info', text: 'already registered' }
  return report.warnings.length > 0
    ? { tone: 'warn', text: 'registered with warnings' }
    : { tone: 'pass', text: 'registered' }
}

/**
 * Sections for one registration. `events` are the version's stored lineage events (what
 * registerModel returns); only the part of the graph around the new version is drawn.
 * `idPrefix` tells apart several registrations in one document.
 */
export function registerReportSections(
  report: RegisterReport,
  events: readonly RunEvent[],
  options: { idPrefix?: string } = {}
): ReportSection[] {
  const prefix = options.idPrefix ?? 'register'
  const facts: KeyValueEntry[] = [
    { key: 'Model', value: codeText(report.model) },
    { key: 'Version', value: codeText(report.version) },
    { key: 'Tag', value: codeText(report.tag) },
    // A URL stays text: the report links nowhere (html-report.ts).
    { key: 'Release', value: report.release_url === null ? '—' : codeText(report.release_url) },
    { key: 'Store', value: report.store },
    {
      key: 'Stage',
      value:
        report.stage === null
          ? 'none assigned'
          : safeHtml`${codeText(report.stage.stage)} (${codeText(report.stage.tag)}${report.stage.outcome === 'unchanged' ? ', already there' : ''})`
    },
    ...(report.commit === null
      ? []
      : [{ key: 'Commit', value: codeText(report.commit.slice(0, 12)) }]),
    ...(report.run === null
      ? []
      : [{ key: 'Run', value: `${report.run.id} (attempt ${report.run.attempt})` }]),
    ...(report.actor === null ? [] : [{ key: 'Registered by', value: report.actor }]),
    { key: 'Claimed', value: report.claimed_at }
  ]
  const metrics = htmlTable({
    caption: 'Metrics recorded with the version',
    columns: [{ header: 'Metric' }, { header: 'Value', numeric: true }],
    rows: Object.entries(report.metrics).map(([name, value]) => [
      codeText(name),
      displayNumber(value)
    ]),
    emptyText: 'The version records no metrics.'
  })
  const warnings =
    report.warnings.length === 0
      ? ''
      : safeHtml`<h3>Warnings</h3><ul>${report.warnings.map((warning) => safeHtml`<li>${warning}</li>`)}</ul>`
  const files = htmlTable({
    caption: 'Files of the version',
    columns: [{ header: 'File' }, { header: 'Bytes', numeric: true }, { header: 'SHA-256' }],
    rows: report.files.map((file) => [
      codeText(file.name),
      displayNumber(file.size),
      codeText(file.sha256)
    ])
  })
  const data = htmlTable({
    caption: 'Training data',
    columns: [{ header: 'Data' }, { header: 'Rows', numeric: true }, { header: 'SHA-256' }],
    rows: report.training_data.map((entry) => [
      codeText(entry.name),
      entry.rows === undefined ? '—' : displayNumber(entry.rows),
      codeText(entry.sha256)
    ]),
    emptyText: 'No training data digests were recorded.'
  })
  const graph = lineageAround(
    buildLineageGraph(events),
    modelVersionNodeId(report.model, report.version)
  )
  return [
    {
      id: `${prefix}-version`,
      title: `Model version ${report.tag}`,
      source: 'register-model',
      status: registerStatus(report),
      lead:
        report.outcome === 'created'
          ? `${report.tag} was registered in ${report.store}.`
          : `${report.tag} was already registered by this workflow run (a re-run); nothing new was written.`,
      body: safeHtml`${keyValueCard(facts)}${metrics}${warnings}`
    },
    {
      id: `${prefix}-files`,
      title: 'Files and training data',
      source: 'register-model',
      collapsed: true,
      lead: `${report.files.length} file(s) and ${report.training_data.length} training data digest(s), each by SHA-256.`,
      body: safeHtml`${files}${data}`
    },
    lineageSection(graph, {
      id: `${prefix}-lineage`,
      title: `Lineage of ${report.tag}`,
      source: 'register-model'
    })
  ]
}
