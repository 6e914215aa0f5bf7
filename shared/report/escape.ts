/**
 * Escaping for values that come from data or user files and end up in GitHub markdown (job
 * summaries, comments, issues), Mermaid diagrams or runner logs. Data must never inject HTML,
 * @mentions, markdown structure or workflow commands (DESIGN.md §6).
 */

/** Text for a markdown table cell or paragraph: no HTML, no table breaks, no mentions. */
export function escapeMarkdown(text: string, maxLength = 120): string {
  let value = text.length > maxLength ? `${text.slice(0, maxLength)}…` : text
  value = value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n|\r/g, ' ')
    .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
    // A zero-width space after @ stops GitHub from notifying a user or team.
    .replace(/@/g, '@\u200b')
  return value
}

/** Text inside a Mermaid quoted label: quotes and brackets replaced, no HTML. */
export function escapeMermaid(text: string, maxLength = 40): string {
  const value = text.length > maxLength ? `${text.slice(0, maxLength)}…` : text
  return value
    .replace(/["`]/g, "'")
    .replace(/[<>]/g, (c) => (c === '<' ? '‹' : '›'))
    .replace(/[[\]{}|;#&]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/@/g, '@\u200b')
    .trim()
}

/**
 * Text for a runner log line: a value starting a line with `::` would be read as a workflow
 * command (e.g. `::add-mask::` or `::stop-commands::`), so every `::` is broken up.
 */
export function escapeLog(text: string): string {
  return text.replace(/::/g, ':\u200b:').replace(/\r?\n|\r/g, ' ')
}

/**
 * Text inside a markdown code span (no HTML or mentions are interpreted there); the fence is
 * longer than any backtick run in the value so it cannot close early.
 */
export function codeSpan(text: string, maxLength = 80): string {
  // A pipe ends a GFM table cell even inside a code span unless escaped.
  const value = (text.length > maxLength ? `${text.slice(0, maxLength)}…` : text)
    .replace(/\r?\n|\r/g, ' ')
    .replace(/\|/g, '\\|')
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = value.startsWith('`') || value.endsWith('`') || value === '' ? ' ' : ''
  return `${fence}${pad}${value}${pad}${fence}`
}
