import { existsSync } from 'node:fs'
import { expect } from '@jest/globals'
import { chromium, type Browser, type Page } from 'playwright-core'

/**
 * Debian's Chromium, driven headless through playwright-core (which brings no browser of its
 * own). The browser tests need it: CI installs it with
 * `apt-get install -y --no-install-recommends chromium`. A missing browser FAILS the tests with
 * that instruction; it is never a silent skip. TOLLGATE_CHROMIUM points at another binary.
 */
export const CHROMIUM_PATH = process.env.TOLLGATE_CHROMIUM || '/usr/bin/chromium'

/** Flags for a quiet, offline, sandbox-less run (CI containers have no user namespaces). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `The browser tests need Chromium at ${CHROMIUM_PATH}, which does not exist. Install Debian's ` +
        `package: sudo apt-get install -y --no-install-recommends chromium (or set TOLLGATE_CHROMIUM ` +
        `to a Chromium binary).`
    )
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS })
}

/** What a page did that a self-contained report must never do. */
export interface PageProblems {
  /** console.error messages, CSP violations included. */
  consoleErrors: string[]
  /** Uncaught exceptions in the page. */
  pageErrors: string[]
  /** Requests that failed (or were refused because they left the file). */
  failedRequests: string[]
  /** Every request other than the document itself and data: URLs. */
  otherRequests: string[]
  /** alert/confirm/prompt dialogs: script injected through data would open one. */
  dialogs: string[]
}

/**
 * Records console errors, page errors, failed and unexpected requests and dialogs of a page, and
 * refuses every request that is not `allowedUrl` (the report file) or a `data:` URL, so a report
 * that tried to load anything cannot pass by the network being absent.
 */
export async function watchPage(page: Page, allowedUrl: string): Promise<PageProblems> {
  const problems: PageProblems = {
    consoleErrors: [],
    pageErrors: [],
    failedRequests: [],
    otherRequests: [],
    dialogs: []
  }
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => problems.pageErrors.push(error.message))
  page.on('requestfailed', (request) =>
    problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`)
  )
  page.on('dialog', (dialog) => {
    problems.dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  await page.route('**/*', async (route) => {
    const url = route.request().url()
    if (url === allowedUrl || url.startsWith('data:')) {
      await route.continue()
      return
    }
    problems.otherRequests.push(url)
    await route.abort('blockedbyclient')
  })
  return problems
}

/** Asserts that a watched page had none of the problems watchPage records. */
export function expectNoPageProblems(problems: PageProblems): void {
  expect(problems).toEqual({
    consoleErrors: [],
    pageErrors: [],
    failedRequests: [],
    otherRequests: [],
    dialogs: []
  })
}
