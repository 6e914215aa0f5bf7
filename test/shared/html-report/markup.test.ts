import { describe, expect, it } from '@jest/globals'
import {
  escapeHtml,
  safeHtml,
  joinMarkup,
  Markup,
  svgNumber,
  truncateText
} from '../../../shared/html-report/markup.js'
import { HOSTILE } from './report-fixtures.js'

describe('escapeHtml', () => {
  it('turns every character that could end text or an attribute into an entity', () => {
    expect(escapeHtml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &#39; f')
    expect(escapeHtml(HOSTILE.attribute)).toBe('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;')
    expect(escapeHtml(HOSTILE.svg)).toBe('&lt;/svg&gt;&lt;script&gt;alert(3)&lt;/script&gt;')
  })

  it('replaces control characters HTML does not allow, keeping tab and line breaks', () => {
    expect(escapeHtml('a\u0000b\u0007c\td\ne\rf\u007f')).toBe('a\ufffdb\ufffdc\td\ne\rf\ufffd')
  })
})

describe('safeHtml template', () => {
  it('escapes interpolated text but keeps markup, arrays and the template itself', () => {
    const inner = safeHtml`<b>${'<i>'}</b>`
    const page = safeHtml`<p title="${HOSTILE.attribute}">${inner}${['<x>', safeHtml`<br>`]}${null}${undefined}${false}${3}</p>`
    expect(page).toBeInstanceOf(Markup)
    expect(page.text).toBe(
      '<p title="&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"><b>&lt;i&gt;</b>&lt;x&gt;<br>3</p>'
    )
  })

  it('renders non-finite numbers as nothing, so NaN never reaches an SVG attribute', () => {
    expect(safeHtml`<circle cx="${Number.NaN}" cy="${Infinity}"/>`.text).toBe(
      '<circle cx="" cy=""/>'
    )
  })

  it('joins fragments with a separator', () => {
    expect(joinMarkup([safeHtml`<a>`, '<b>', 1], ', ').text).toBe('<a>, &lt;b&gt;, 1')
  })
})

describe('helpers', () => {
  it('rounds SVG numbers to two decimals and never prints -0', () => {
    expect(svgNumber(1.23456)).toBe('1.23')
    expect(svgNumber(-0.001)).toBe('0')
    expect(svgNumber(Number.NaN)).toBe('0')
  })

  it('shortens long text by characters (not UTF-16 units) with an ellipsis', () => {
    expect(truncateText('abcdef', 4)).toBe('abc…')
    expect(truncateText('abc', 4)).toBe('abc')
    expect(truncateText('😀😀😀😀😀', 3)).toBe('😀😀…')
  })
})
