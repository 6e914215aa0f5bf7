/**
 * Escaping for text from data (model names, metric names, parameter values, descriptions) that is
 * written into markdown a person reads on GitHub (model cards). After escaping, the text is shown
 * literally: no emphasis, links, images, HTML, table breaks or `@` mentions (DESIGN.md §6).
 */

/**
 * Escapes text for one line of markdown or one table cell. Markdown punctuation gets a
 * backslash; `<`, `>`, `&` and `@` become HTML entities (GitHub renders them as the characters
 * but never as tags or mentions); line breaks become spaces.
 */
export function escapeMarkdownText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]()#+!|~]/g, (character) => `\\${character}`)
    .replace(/[<>&@]/g, (character) => `&#${character.codePointAt(0)};`)
}

/** A markdown table from a header row and data rows; every cell is escaped. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[]
): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeMarkdownText).join(' | ')} |`
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n')
}
