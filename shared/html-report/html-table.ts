import { safeHtml, type HtmlValue, type Markup } from './markup.js'

/**
 * A data table inside a horizontally scrolling box, so a wide table never widens the page on a
 * phone. Numeric columns are right-aligned with tabular figures so digits line up.
 */

export interface TableColumn {
  header: string
  /** Right-align (numbers). */
  numeric?: boolean
}

export interface TableSpec {
  /** Visible caption; also the table's accessible name. */
  caption?: string
  columns: readonly TableColumn[]
  /** One cell value per column; text is escaped, `Markup` is kept. */
  rows: readonly (readonly HtmlValue[])[]
  /** Shown instead of an empty body. */
  emptyText?: string
  /** Extra class on the `<table>` (e.g. `compact`). */
  className?: string
  /** A class per body row (e.g. `row-fail`), in row order; '' for none. */
  rowClasses?: readonly string[]
}

export function htmlTable(spec: TableSpec): Markup {
  const head = spec.columns.map(
    (column) =>
      safeHtml`<th scope="col"${column.numeric === true ? safeHtml` class="num"` : ''}>${column.header}</th>`
  )
  const body =
    spec.rows.length === 0
      ? safeHtml`<tr><td class="empty" colspan="${Math.max(1, spec.columns.length)}">${spec.emptyText ?? 'Nothing to show.'}</td></tr>`
      : spec.rows.map(
          (row, rowIndex) =>
            safeHtml`<tr${rowClass(spec.rowClasses?.[rowIndex])}>${spec.columns.map(
              (column, index) =>
                safeHtml`<td${column.numeric === true ? safeHtml` class="num"` : ''}>${row[index]}</td>`
            )}</tr>`
        )
  const caption = spec.caption === undefined ? '' : safeHtml`<caption>${spec.caption}</caption>`
  return safeHtml`<div class="table-box"><table class="data-table${spec.className === undefined ? '' : ` ${spec.className}`}">${caption}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`
}

/** Text in a monospace code span (identifiers, paths, values from data). */
export function codeText(text: string): Markup {
  return safeHtml`<code>${text}</code>`
}

function rowClass(name: string | undefined): Markup | '' {
  return name === undefined || name === '' ? '' : safeHtml` class="${name}"`
}
