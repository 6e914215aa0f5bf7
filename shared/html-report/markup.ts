/**
 * HTML (and inline SVG) built so that a value from data can never become markup: every
 * interpolation into the `safeHtml` template is escaped unless it is already `Markup`, which only
 * this module and templates produce. A section renderer therefore cannot forget to escape a
 * column name, a check message or a lineage label (DESIGN.md §6: no HTML from data).
 */

/** A fragment of trusted HTML/SVG. Build it with `safeHtml`; data strings are escaped on the way in. */
export class Markup {
  /** Use `safeHtml` or `trustedMarkup`; the constructor is not meant for data. */
  private constructor(readonly text: string) {}

  /** @internal Wraps text that is already markup. */
  static wrap(text: string): Markup {
    return new Markup(text)
  }

  toString(): string {
    return this.text
  }
}

/** What a template may interpolate: markup as is, everything else as escaped text. */
export type HtmlValue = Markup | string | number | boolean | null | undefined | readonly HtmlValue[]

// C0 controls other than tab, LF and CR are not allowed in HTML text; they become U+FFFD.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}

/**
 * Text for an HTML or SVG text node or a quoted attribute value: `& < > " '` become entities, so
 * the value can close neither an element, an attribute nor an inline `<svg>`/`<script>` block.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!).replace(CONTROL_CHARACTERS, '\ufffd')
}

function render(value: HtmlValue): string {
  if (value instanceof Markup) return value.text
  if (value === null || value === undefined || value === false) return ''
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(render).join('')
  if (typeof value === 'number') return escapeHtml(Number.isFinite(value) ? String(value) : '')
  return escapeHtml(String(value))
}

/**
 * Tagged template for HTML and SVG: the literal parts are trusted markup, the interpolated
 * values are escaped (`Markup` is kept, arrays are joined, `null`/`undefined`/`false` render as
 * nothing, a non-finite number as nothing so that `NaN` never reaches an SVG coordinate).
 *
 * Deliberately not named `html`: Prettier reformats templates tagged `html` as HTML documents,
 * which would change the whitespace of the output (and with it the stylesheet's CSP hash).
 */
export function safeHtml(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Markup {
  let text = strings[0] ?? ''
  for (let i = 0; i < values.length; i++) text += render(values[i]) + (strings[i + 1] ?? '')
  return Markup.wrap(text)
}

/** Joins fragments with an optional (trusted) separator. */
export function joinMarkup(parts: readonly HtmlValue[], separator = ''): Markup {
  return Markup.wrap(parts.map(render).join(separator))
}

/**
 * Markup from a string the caller guarantees is not data (the stylesheet, a fixed glyph).
 * Never pass a value that came from a report, a file or the environment.
 */
export function trustedMarkup(text: string): Markup {
  return Markup.wrap(text)
}

/** A number for an SVG coordinate: 2 decimals are plenty at screen resolution. */
export function svgNumber(value: number): string {
  if (!Number.isFinite(value)) return '0'
  const rounded = Math.round(value * 100) / 100
  return String(Object.is(rounded, -0) ? 0 : rounded)
}

/** Shortens text to `max` characters with an ellipsis (the full text belongs in a `<title>`). */
export function truncateText(text: string, max: number): string {
  const characters = [...text]
  return characters.length <= max ? text : `${characters.slice(0, Math.max(1, max - 1)).join('')}…`
}
