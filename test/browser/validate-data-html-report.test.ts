import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser } from 'playwright-core'
import {
  startFakeActionsRuntime,
  type FakeActionsRuntime
} from '../harness/fake-actions-runtime.js'
import { removeRunDirectories, runAction } from '../harness/run-action.js'
import { expectNoPageProblems, launchChromium, watchPage } from '../helpers/chromium.js'
import { makeTempDir, type TempDir } from '../helpers/temp-dir.js'
import { HOSTILE, writeHostileTable } from '../shared/html-report/report-fixtures.js'

/**
 * End to end: the BUNDLED validate-data action, run as the runner runs it with the fake Actions
 * runtime, uploads its HTML report as a single-file artifact and links it from the job summary;
 * the uploaded page then opens in headless Chromium without errors. Needs a current bundle
 * (`node scripts/build.mjs`).
 */
let runtime: FakeActionsRuntime
let workspace: TempDir
let browser: Browser

beforeAll(async () => {
  runtime = await startFakeActionsRuntime()
  workspace = makeTempDir('tollgate-validate-html-')
  writeHostileTable(workspace)
  browser = await launchChromium()
}, 120_000)
afterAll(async () => {
  await browser?.close()
  await runtime?.close()
  workspace?.remove()
  removeRunDirectories()
})

const REPORT_NAME = 'tollgate-validate-data-report.html'

describe('validate-data with html-report', () => {
  it('uploads the report as an artifact, links it in the summary, and the page renders cleanly', async () => {
    const result = await runAction({
      action: 'validate-data',
      inputs: { data: 'customers.csv', checks: 'checks.yml' },
      cwd: workspace.path,
      runtime
    })
    expect(result.stderr).toBe('')
    // The age check fails; the report is published all the same.
    expect(result.exitCode).toBe(1)
    expect(
      result.annotations
        .filter((annotation) => annotation.level === 'warning')
        .map((a) => a.message)
    ).not.toContainEqual(expect.stringContaining('HTML report'))
    const artifact = runtime.artifacts().find((candidate) => candidate.name === REPORT_NAME)
    expect(artifact).toMatchObject({ mimeType: 'text/html', finalized: true })
    expect(result.summary).toContain(
      `[${REPORT_NAME}](https://github.com/octo-org/models/actions/runs/9876543210/artifacts/${artifact!.id})`
    )

    const folder = join(tmpdir(), 'tollgate-html-report-screenshots')
    mkdirSync(folder, { recursive: true })
    const file = join(folder, 'validate-data-artifact.html')
    writeFileSync(file, artifact!.bytes)
    const url = pathToFileURL(file).href
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    try {
      const problems = await watchPage(page, url)
      await page.goto(url, { waitUntil: 'load' })
      for (const heading of ['Data checks', 'Column profile', 'Distributions']) {
        expect(
          await page.getByRole('heading', { level: 2, name: heading, exact: true }).isVisible()
        ).toBe(true)
      }
      expect(await page.locator('h1').textContent()).toContain('Tollgate validate-data')
      expect(await page.locator('.report-header .badge-fail').textContent()).toContain('failed')
      // The run's facts are in the header, as text.
      expect(await page.locator('.report-header').textContent()).toContain(
        'https://github.com/octo-org/models/actions/runs/9876543210 (attempt 1)'
      )
      expect(await page.locator('code', { hasText: HOSTILE.script }).count()).toBeGreaterThan(0)
      expect(await page.locator('#validate-distributions figure svg').count()).toBe(5)
      const path = join(folder, 'validate-data-artifact.png')
      writeFileSync(path, await page.screenshot({ fullPage: true }))
      console.log(`validate-data HTML report screenshot: ${path}`)
      expectNoPageProblems(problems)
    } finally {
      await page.close()
    }
  })

  it('publishes nothing with html-report false', async () => {
    const before = runtime.artifacts().length
    const result = await runAction({
      action: 'validate-data',
      inputs: {
        data: 'customers.csv',
        checks: 'checks.yml',
        'html-report': 'false',
        'fail-on': 'never'
      },
      cwd: workspace.path,
      runtime: { env: () => runtime.env('run-2') }
    })
    expect(result.exitCode).toBe(0)
    expect(runtime.artifacts()).toHaveLength(before)
    expect(result.summary).not.toContain('HTML report')
  })
})
