import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser } from 'playwright-core'
import { runDemo, type DemoOutcome } from '../../shared/operations/demo.js'
import { expectNoPageProblems, launchChromium, watchPage } from '../helpers/chromium.js'
import { makeTempDir } from '../helpers/temp-dir.js'

/**
 * The report a new user opens first: the one `npm run demo` writes, with every stage of the
 * lifecycle, loaded in headless Chromium offline. No console or page errors, no request besides
 * the file itself, every stage's section present, a screenshot in the test output.
 */

const temp = makeTempDir('tollgate-demo-report-')
let outcome: DemoOutcome
let browser: Browser

beforeAll(async () => {
  outcome = await runDemo({
    directory: 'demo',
    cwd: temp.path,
    rows: 1200,
    holdoutRows: 600,
    scoringRows: 600,
    now: Date.parse('2026-11-24T09:30:00Z')
  })
  browser = await launchChromium()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  temp.remove()
})

describe("the demo's HTML report in headless Chromium", () => {
  it('loads offline with no errors and shows every stage, the charts and the lineage', async () => {
    const url = pathToFileURL(outcome.reportPath).href
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const problems = await watchPage(page, url)
    await page.goto(url, { waitUntil: 'load' })
    expectNoPageProblems(problems)
    const headings = await page.locator('h2').allTextContents()
    for (const expected of [
      'The demo at a glance',
      'Data checks',
      'Statistical process control',
      'Evaluation gate',
      'Drift',
      'Lineage of churn'
    ])
      expect(headings.some((heading) => heading.includes(expected))).toBe(true)
    // Control charts, drift histograms, gate intervals and the lineage graph are inline SVG.
    expect(await page.locator('svg').count()).toBeGreaterThan(10)
    const screenshots = join(tmpdir(), 'tollgate-html-report-screenshots')
    mkdirSync(screenshots, { recursive: true })
    const path = join(screenshots, 'demo-report.png')
    writeFileSync(path, await page.screenshot({ fullPage: true }))
    console.log(`Demo report screenshot: ${path}`)
    await page.close()
  })
})
