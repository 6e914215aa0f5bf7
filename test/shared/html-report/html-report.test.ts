import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { deployReportSections } from '../../../shared/html-report/deploy-sections.js'
import { driftReportSections } from '../../../shared/html-report/drift-sections.js'
import { gateReportSections } from '../../../shared/html-report/gate-sections.js'
import { contentSecurityPolicy, renderHtmlReport } from '../../../shared/html-report/html-report.js'
import { lineageSection } from '../../../shared/html-report/lineage-section.js'
import { safeHtml } from '../../../shared/html-report/markup.js'
import { spcReportSections } from '../../../shared/html-report/spc-sections.js'
import { validateReportSections } from '../../../shared/html-report/validate-sections.js'
import { makeTempDir, type TempDir } from '../../helpers/temp-dir.js'
import { smallFixtureReport } from '../drift-report/drift-report-fixture.js'
import {
  deployFixtureReport,
  deploymentHistory,
  gateFixtureReport,
  HOSTILE,
  hostileValidateOutcome,
  lifecycleGraph,
  spcFixtureReport
} from './report-fixtures.js'

/**
 * The whole document with every section renderer fed hostile values: nothing from data becomes
 * markup, nothing can load from the network, and the policy admits exactly the inline style.
 */
let dir: TempDir
let page: string

beforeAll(async () => {
  dir = makeTempDir('tollgate-html-document-')
  const outcome = await hostileValidateOutcome(dir)
  page = renderHtmlReport(
    [
      ...validateReportSections(outcome.report, outcome.profile),
      ...spcReportSections(spcFixtureReport()),
      ...driftReportSections(await smallFixtureReport()),
      ...gateReportSections(await gateFixtureReport(dir)),
      ...deployReportSections(deployFixtureReport(), { history: deploymentHistory() }),
      lineageSection(lifecycleGraph())
    ],
    {
      title: `Report ${HOSTILE.script}`,
      subtitle: HOSTILE.svg,
      status: { tone: 'fail', text: HOSTILE.attribute },
      generatedAt: '2026-03-01T00:00:00Z',
      toolVersion: '0.1.0',
      facts: [
        { key: HOSTILE.attribute, value: 'https://github.com/octo-org/models/actions/runs/1' }
      ]
    }
  )
}, 120_000)
afterAll(() => dir.remove())

const attributes = (text: string): { name: string; value: string }[] =>
  [...text.matchAll(/\s([a-zA-Z-:]+)="([^"]*)"/g)].map((match) => ({
    name: match[1]!,
    value: match[2]!
  }))

describe('renderHtmlReport', () => {
  it('is one UTF-8 document with a viewport, colour schemes and a policy that forbids loads', () => {
    expect(
      page.startsWith(
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy"'
      )
    ).toBe(true)
    const policy = contentSecurityPolicy()
    expect(policy).toMatch(
      /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*'; img-src data:; base-uri 'none'; form-action 'none'$/
    )
    expect(page).toContain(`content="${policy.replace(/'/g, '&#39;')}"`)
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">')
    expect(page).toContain('@media (prefers-color-scheme: dark)')
  })

  it('admits exactly its inline stylesheet by hash', () => {
    const styles = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]!)
    expect(styles).toHaveLength(1)
    const hash = createHash('sha256').update(styles[0]!, 'utf8').digest('base64')
    expect(contentSecurityPolicy()).toContain(`'sha256-${hash}'`)
    // A style attribute would be refused by that policy (and reported as a console error).
    expect(attributes(page).filter((attribute) => attribute.name === 'style')).toEqual([])
  })

  it('has no script, no external reference and no URL in any attribute', () => {
    expect(page).not.toMatch(
      /<script|<img|<iframe|<object|<embed|<link(?! rel="icon" href="data:,")/i
    )
    for (const attribute of attributes(page)) {
      expect(attribute.value).not.toMatch(/https?:|javascript:/i)
      if (attribute.name === 'href' || attribute.name === 'src')
        expect(attribute.value).toMatch(/^(#|data:)/)
      expect(attribute.name.toLowerCase().startsWith('on')).toBe(false)
    }
    // The run URL is there, as text.
    expect(page).toContain('<dd>https://github.com/octo-org/models/actions/runs/1</dd>')
  })

  it('escapes hostile values everywhere they appear, SVG text included', () => {
    expect(page).toContain('<h1>Report &lt;script&gt;alert(1)&lt;/script&gt;')
    expect(page).toContain('&lt;/svg&gt;&lt;script&gt;alert(3)&lt;/script&gt;')
    expect(page).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;')
    expect((page.match(/<svg/g) ?? []).length).toBe((page.match(/<\/svg>/g) ?? []).length)
    expect((page.match(/<svg/g) ?? []).length).toBeGreaterThan(10)
    // Every `<` that starts a tag is one of ours.
    const tags = new Set(
      [...page.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((match) => match[1]!.toLowerCase())
    )
    const allowed =
      'html head meta title link style body div header h1 h2 h3 p nav ol ul li a main section details summary span dl dt dd table caption thead tbody tr th td code figure figcaption svg desc g line text rect circle path polygon article footer'
    expect([...tags].filter((tag) => !allowed.split(' ').includes(tag))).toEqual([])
  })

  it('gives every section a unique id and links it from the table of contents', () => {
    const ids = [...page.matchAll(/<section class="report-section" id="([^"]+)"/g)].map(
      (match) => match[1]!
    )
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(page).toContain(`<a href="#${id}">`)
  })

  it('makes section ids safe and unique', () => {
    const twice = renderHtmlReport(
      [
        { id: 'Checks <1>', title: 'a', body: safeHtml`` },
        { id: 'checks 1', title: 'b', body: safeHtml``, collapsed: true },
        { id: '', title: 'c', body: safeHtml`` }
      ],
      { title: 't', generatedAt: 'now', toolVersion: '0' }
    )
    expect(
      [...twice.matchAll(/<section class="report-section" id="([^"]+)"/g)].map((match) => match[1])
    ).toEqual(['checks-1', 'checks-1-2', 'section'])
    expect(twice).toContain('<details><summary><h2 id="checks-1-2-heading">b</h2>')
    expect(twice).toContain('<details open><summary><h2 id="checks-1-heading">a</h2>')
  })
})
