import { safeHtml, type HtmlValue, type Markup } from './markup.js'

/**
 * A small card of labelled facts (rows, files, verdict, model version…) as a description list,
 * for the top of a section.
 */

export interface KeyValueEntry {
  key: string
  /** Text is escaped; pass `Markup` (a badge, a code span) to keep formatting. */
  value: HtmlValue
}

export function keyValueCard(entries: readonly KeyValueEntry[], title?: string): Markup {
  const rows = entries.map(
    (entry) => safeHtml`<div class="kv"><dt>${entry.key}</dt><dd>${entry.value}</dd></div>`
  )
  return safeHtml`<div class="card">${title === undefined ? '' : safeHtml`<h3 class="card-title">${title}</h3>`}<dl class="kv-list">${rows}</dl></div>`
}
