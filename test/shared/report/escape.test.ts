import { describe, expect, it } from '@jest/globals'
import {
  codeSpan,
  escapeLog,
  escapeMarkdown,
  escapeMermaid
} from '../../../shared/report/escape.js'

const HOSTILE =
  '<img src=x onerror=alert(1)> @octocat | `tick` **bold** [link](http://x) ::error::boom\n# heading'

describe('escaping values from data', () => {
  it('markdown: no HTML, no mention, no table break, no markdown structure', () => {
    const text = escapeMarkdown(HOSTILE, 500)
    expect(text).not.toMatch(/<img/)
    expect(text).toContain('&lt;img')
    expect(text).not.toMatch(/@octocat/)
    expect(text).not.toMatch(/(^|[^\\])\|/)
    expect(text).not.toContain('\n')
    expect(text).toContain('\\*\\*bold\\*\\*')
    expect(text).toContain('\\[link\\]')
  })
  it('code spans cannot be closed early and keep table cells intact', () => {
    const span = codeSpan('a ``b`` | c')
    expect(span.startsWith('```')).toBe(true)
    expect(span.endsWith('```')).toBe(true)
    expect(span).toContain('\\|')
  })
  it('mermaid labels: no quotes, brackets or HTML', () => {
    expect(escapeMermaid('a "b" [c] <d> {e}|f;g#h')).toBe("a 'b' c ‹d› e f g h")
  })
  it('logs: no workflow command can start', () => {
    const text = escapeLog('x\n::add-mask::secret ::error file=a::b')
    expect(text).not.toContain('::')
    expect(text).not.toContain('\n')
  })
  it('truncates long values', () => {
    expect(escapeMarkdown('x'.repeat(500), 10)).toBe('xxxxxxxxxx…')
  })
})
