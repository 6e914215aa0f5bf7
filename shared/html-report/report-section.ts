import { safeHtml, type Markup } from './markup.js'
import { statusBadge, type BadgeTone } from './status-badge.js'

/**
 * One part of an HTML report: what one renderer made of one report (validate-data's checks, an
 * spc-check control chart set, a lineage graph…). A report for one run is a few sections; the
 * demo's report is the sections of every run in order. Sections are collapsible (`<details>`, no
 * script) and listed in the table of contents.
 */
export interface ReportSection {
  /** Anchor id; renderHtmlReport makes ids unique and safe, so a plain title-like id is fine. */
  id: string
  title: string
  /** Which action or report it came from (e.g. `validate-data`), shown next to the title. */
  source?: string
  /** A badge next to the title (e.g. failed, in control, promote). */
  status?: { tone: BadgeTone; text: string }
  /** One or two sentences under the heading. */
  lead?: string
  body: Markup
  /** Start folded (the reader opens it). */
  collapsed?: boolean
}

/** The `<section>`; `id` must already be unique in the document. */
export function sectionMarkup(section: ReportSection, id: string): Markup {
  const badge =
    section.status === undefined ? '' : statusBadge(section.status.tone, section.status.text)
  const source =
    section.source === undefined
      ? ''
      : safeHtml`<span class="section-source">${section.source}</span>`
  const lead = section.lead === undefined ? '' : safeHtml`<p class="lead">${section.lead}</p>`
  return safeHtml`<section class="report-section" id="${id}" aria-labelledby="${id}-heading"><details${section.collapsed === true ? '' : safeHtml` open`}><summary><h2 id="${id}-heading">${section.title}</h2>${badge}${source}</summary><div class="section-body">${lead}${section.body}</div></details></section>`
}

/** A lower-case id of letters, digits and dashes (HTML ids and fragment links stay simple). */
export function sectionSlug(text: string): string {
  const slug = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
  return slug === '' ? 'section' : slug
}
