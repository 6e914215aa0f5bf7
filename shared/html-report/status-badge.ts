import { safeHtml, type Markup } from './markup.js'

/**
 * A status pill for tables and section headings. The word is always written out next to the
 * colour and symbol, so the status reads the same without colour (WCAG 1.4.1).
 */

export type BadgeTone = 'pass' | 'warn' | 'fail' | 'info' | 'neutral'

const SYMBOLS: Readonly<Record<BadgeTone, string>> = {
  pass: '✓',
  warn: '!',
  fail: '✗',
  info: '•',
  neutral: '–'
}

/** `<span class="badge badge-<tone>">`: a symbol (hidden from screen readers) and the text. */
export function statusBadge(tone: BadgeTone, text: string): Markup {
  return safeHtml`<span class="badge badge-${tone}"><span class="badge-symbol" aria-hidden="true">${SYMBOLS[tone]}</span>${text}</span>`
}
