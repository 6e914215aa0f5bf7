import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { barChartSvg } from '../../shared/html-report/bar-chart.js'
import { chartFigure } from '../../shared/html-report/chart-frame.js'
import { renderHtmlReport } from '../../shared/html-report/html-report.js'
import { lineChartSvg } from '../../shared/html-report/line-chart.js'
import { lineageSection } from '../../shared/html-report/lineage-section.js'
import { safeHtml } from '../../shared/html-report/markup.js'
import type { ReportSection } from '../../shared/html-report/report-section.js'
import { deployReportSections } from '../../shared/html-report/deploy-sections.js'
import { driftReportSections } from '../../shared/html-report/drift-sections.js'
import { gateReportSections } from '../../shared/html-report/gate-sections.js'
import { spcReportSections } from '../../shared/html-report/spc-sections.js'
import { trainReportSections } from '../../shared/html-report/train-sections.js'
import {
  validateReportSections,
  validateStatus
} from '../../shared/html-report/validate-sections.js'
import type { ValidateOutcome } from '../../shared/operations/validate-data.js'
import {
  expectNoPageProblems,
  launchChromium,
  watchPage,
  type PageProblems
} from '../helpers/chromium.js'
import { makeTempDir, type TempDir } from '../helpers/temp-dir.js'
import { smallFixtureReport } from '../shared/drift-report/drift-report-fixture.js'
import {
  deployFixtureReport,
  deploymentHistory,
  gateFixtureReport,
  HOSTILE,
  HOSTILE_COLUMN,
  hostileValidateOutcome,
  lifecycleGraph,
  spcFixtureReport,
  trainFixtureReport
} from '../shared/html-report/report-fixtures.js'

/**
 * The HTML report in a real browser (Debian's Chromium, headless): it loads from file:// with no
 * request besides itself, no console error (a CSP violation would be one), no script running
 * (the hostile values would open a dialog), the expected headings and SVG marks, a screenshot in
 * light and dark mode and a phone-width layout without horizontal scrolling.
 */

// The functions passed to page.evaluate run in the page; tsconfig has no DOM library, so the few
// DOM globals they use are declared here, for this module only.
interface PageElement {
  attributes: ArrayLike<{ name: string }>
  getAttribute(name: string): string | null
  getBoundingClientRect(): { width: number }
  querySelector(selector: string): { textContent: string | null } | null
}
declare const document: {
  querySelectorAll(selector: string): ArrayLike<PageElement>
  documentElement: { scrollWidth: number }
  body: object
}
declare const window: { innerWidth: number }
declare function getComputedStyle(element: object): { backgroundColor: string }

const SCREENSHOT_DIR = join(tmpdir(), 'tollgate-html-report-screenshots')

let browser: Browser
let dir: TempDir
let outcome: ValidateOutcome
let fileUrl: string

/** The generic charts, as the spc-check and drift-check sections use them. */
function chartSection(): ReportSection {
  const values = [10.2, 9.8, 10.5, 10.1, 9.6, 10.4, 13.9, 10.0, 9.9, 10.3, 10.6, 10.2]
  const points = values.map((y, index) => ({ x: index + 1, y }))
  const line = lineChartSvg({
    title: `Control chart of ${HOSTILE.svg}`,
    description: 'Individuals with limits.',
    xLabel: 'point',
    yLabel: HOSTILE.attribute,
    integerX: true,
    series: [
      { label: 'value', tone: 'value', points, markers: true },
      {
        label: 'UCL',
        tone: 'limit',
        shape: 'step',
        dashed: true,
        points: points.map((p) => ({ x: p.x, y: p.x < 6 ? 11.6 : 11.9 })),
        endLabel: 'UCL'
      }
    ],
    referenceLines: [
      { label: 'CL', tone: 'center', y: 10.1, endLabel: 'CL 10.1' },
      { label: 'LCL', tone: 'limit', y: 8.6, dashed: true, endLabel: 'LCL 8.6' }
    ],
    highlights: [{ x: 7, y: 13.9, label: 'nelson-1', detail: `point 7: ${HOSTILE.script}` }]
  })
  const bars = barChartSvg({
    title: 'Drift of age',
    description: 'Reference and current shares per bin.',
    xLabel: 'age',
    yLabel: 'share of rows',
    valueFormat: 'share',
    bins: { kind: 'intervals', edges: [18, 25, 32, 39, 46, 53, 60], openUpper: true },
    series: [
      { label: 'reference', tone: 'reference', values: [0.1, 0.2, 0.3, 0.2, 0.15, 0.05] },
      { label: 'current', tone: 'current', values: [0.05, 0.1, 0.2, 0.3, 0.2, 0.15] }
    ]
  })
  return {
    id: 'charts',
    title: 'Chart primitives',
    body: safeHtml`<div class="chart-grid">${chartFigure('Control chart', line)}${chartFigure('Drift histogram', bars)}</div>`
  }
}

beforeAll(async () => {
  dir = makeTempDir('tollgate-html-browser-')
  outcome = await hostileValidateOutcome(dir)
  const document = renderHtmlReport(
    [
      ...validateReportSections(outcome.report, outcome.profile),
      ...spcReportSections(spcFixtureReport()),
      ...driftReportSections(await smallFixtureReport()),
      ...trainReportSections(trainFixtureReport()),
      ...gateReportSections(await gateFixtureReport(dir)),
      ...deployReportSections(deployFixtureReport(), { history: deploymentHistory() }),
      lineageSection(lifecycleGraph(), { source: 'lineage' }),
      chartSection()
    ],
    {
      title: `Tollgate report ${HOSTILE.script}`,
      subtitle: HOSTILE.attribute,
      status: validateStatus(outcome.report),
      generatedAt: '2026-03-01T00:00:00.000Z',
      toolVersion: '0.1.0',
      facts: [{ key: 'Workflow run', value: 'https://github.com/octo-org/models/actions/runs/1' }]
    }
  )
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const path = join(SCREENSHOT_DIR, 'html-report.html')
  writeFileSync(path, document)
  console.log(`HTML report under test: ${path}`)
  fileUrl = pathToFileURL(path).href
  browser = await launchChromium()
}, 120_000)

afterAll(async () => {
  await browser?.close()
  dir?.remove()
})

async function openReport(viewport: {
  width: number
  height: number
}): Promise<{ page: Page; problems: PageProblems }> {
  const page = await browser.newPage({ viewport })
  const problems = await watchPage(page, fileUrl)
  await page.goto(fileUrl, { waitUntil: 'load' })
  return { page, problems }
}

async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const path = join(SCREENSHOT_DIR, name)
  writeFileSync(path, await page.screenshot({ fullPage: true }))
  console.log(`HTML report screenshot: ${path}`)
  return path
}

describe('the HTML report in headless Chromium', () => {
  it('loads offline without errors, runs no injected script and shows every section', async () => {
    const { page, problems } = await openReport({ width: 1280, height: 900 })
    try {
      for (const heading of [
        'Data checks',
        'Column profile',
        'Distributions',
        'Statistical process control',
        'Control charts',
        'Drift',
        'Drift by column',
        'Reference vs current distributions',
        'Training run',
        'Training data and parameters',
        'Evaluation gate',
        'Metrics',
        'Per class and per slice',
        'Deployment to production',
        'Deployment history of churn',
        'Lineage',
        'Chart primitives'
      ]) {
        expect(
          await page.getByRole('heading', { level: 2, name: heading, exact: true }).isVisible()
        ).toBe(true)
      }
      // Hostile values are visible as text, and nothing they contain became an element.
      expect(await page.locator('h1').textContent()).toContain(HOSTILE.script)
      expect(await page.locator('code', { hasText: HOSTILE_COLUMN }).first().isVisible()).toBe(true)
      const injected = await page.evaluate(() => ({
        scripts: document.querySelectorAll('script').length,
        images: document.querySelectorAll('img').length,
        handlers: Array.from(document.querySelectorAll('*')).filter((element) =>
          Array.from(element.attributes).some((attribute) => attribute.name.startsWith('on'))
        ).length,
        links: Array.from(document.querySelectorAll('[href], [src]')).map(
          (element) => element.getAttribute('href') ?? element.getAttribute('src')
        )
      }))
      expect(injected.scripts).toBe(0)
      expect(injected.images).toBe(0)
      expect(injected.handlers).toBe(0)
      expect(
        injected.links.every(
          (link) => link !== null && (link.startsWith('#') || link.startsWith('data:'))
        )
      ).toBe(true)

      // One histogram per numeric column with one bar per bin; top values for the others.
      const numeric = outcome.profile.columns.filter((column) => column.histogram !== null)
      const figures = page.locator('#validate-distributions figure.chart')
      expect(await figures.count()).toBe(outcome.profile.columns.length)
      for (const column of numeric) {
        const figure = figures
          .filter({ has: page.locator('figcaption', { hasText: column.name }) })
          .first()
        expect(await figure.locator('svg').isVisible()).toBe(true)
        expect(await figure.locator('rect.bar').count()).toBe(column.histogram!.counts.length)
      }
      // Every failing check is listed with its failing rows.
      const ageRow = page.locator('#validate-checks tr', { hasText: 'columns.age.between' })
      expect(await ageRow.textContent()).toContain('failed')
      expect(await ageRow.textContent()).toContain('row 2')

      // The lineage graph: one node per lineage node, one curve per edge.
      const graph = lifecycleGraph()
      expect(await page.locator('#lineage svg g.node').count()).toBe(graph.nodes.length)
      expect(await page.locator('#lineage svg path.edge').count()).toBe(graph.edges.length)
      expect(await page.locator('#lineage svg g.node-failed').count()).toBe(2)

      // Control chart: 12 points, one highlighted violation; drift chart: 6 bins × 2 series.
      expect(await page.locator('#charts svg.line-chart circle.point').count()).toBe(12)
      expect(await page.locator('#charts svg.line-chart circle.highlight-point').count()).toBe(1)
      expect(await page.locator('#charts svg.bar-chart rect.bar.series-0').count()).toBe(6)
      expect(await page.locator('#charts svg.bar-chart rect.bar.series-1').count()).toBe(6)
      // Every chart in an open section is drawn with a real size.
      const sizes = await page.evaluate(() =>
        Array.from(document.querySelectorAll('details[open] svg[role="img"]')).map(
          (svg) => svg.getBoundingClientRect().width
        )
      )
      expect(sizes.length).toBeGreaterThanOrEqual(20)
      expect(sizes.every((width) => width > 100)).toBe(true)
      // Every chart has an accessible name.
      const untitled = await page.evaluate(
        () =>
          Array.from(document.querySelectorAll('svg[role="img"]')).filter(
            (svg) => !svg.querySelector(':scope > title')?.textContent
          ).length
      )
      expect(untitled).toBe(0)

      await screenshot(page, 'html-report-light.png')
      expectNoPageProblems(problems)
    } finally {
      await page.close()
    }
  })

  it('follows the dark colour scheme', async () => {
    const { page, problems } = await openReport({ width: 1280, height: 900 })
    try {
      const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
      await page.emulateMedia({ colorScheme: 'dark' })
      const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
      expect(light).toBe('rgb(255, 255, 255)')
      expect(dark).toBe('rgb(13, 17, 23)')
      await screenshot(page, 'html-report-dark.png')
      expectNoPageProblems(problems)
    } finally {
      await page.close()
    }
  })

  it('fits a phone-width viewport: no horizontal page scroll, charts scaled to the width', async () => {
    const { page, problems } = await openReport({ width: 360, height: 740 })
    try {
      const layout = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
        widestChart: Math.max(
          ...Array.from(document.querySelectorAll('figure.chart svg')).map(
            (svg) => svg.getBoundingClientRect().width
          )
        )
      }))
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.innerWidth)
      expect(layout.widestChart).toBeLessThanOrEqual(layout.innerWidth)
      expect(
        await page.getByRole('heading', { level: 2, name: 'Data checks', exact: true }).isVisible()
      ).toBe(true)
      await screenshot(page, 'html-report-narrow.png')
      expectNoPageProblems(problems)
    } finally {
      await page.close()
    }
  })
})
