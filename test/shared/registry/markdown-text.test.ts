import { describe, expect, it } from '@jest/globals'
import { escapeMarkdownText, markdownTable } from '../../../shared/registry/markdown-text.js'

describe('markdown text escaping', () => {
  it.each([
    ['plain text 1.5', 'plain text 1.5'],
    ['*bold* _it_', '\\*bold\\* \\_it\\_'],
    ['[link](http://x)', '\\[link\\]\\(http://x\\)'],
    ['![img](x)', '\\!\\[img\\]\\(x\\)'],
    ['<script>alert(1)</script>', '&#60;script&#62;alert\\(1\\)&#60;/script&#62;'],
    ['ping @octocat', 'ping &#64;octocat'],
    ['a | b', 'a \\| b'],
    ['`code`', '\\`code\\`'],
    ['# heading', '\\# heading'],
    ['line\nbreak\r\n  here', 'line break here'],
    ['&amp;', '&#38;amp;'],
    ['back\\slash', 'back\\\\slash']
  ])('escapes %j', (text, escaped) => {
    expect(escapeMarkdownText(text)).toBe(escaped)
  })

  it('builds a table whose cells cannot break it', () => {
    expect(
      markdownTable(
        ['Metric', 'Value'],
        [
          ['a|b', '1'],
          ['c\nd', '@x']
        ]
      )
    ).toBe('| Metric | Value |\n|---|---|\n| a\\|b | 1 |\n| c d | &#64;x |')
  })
})
